"""Labelled fields (整改情况:…): splitting them off a line, a ledger row's fields apart, a node's own text."""

from __future__ import annotations

import re

from ..lexicon import (
    DONE_DATE_LABELS,
    DONE_LABELS,
    FIELD_VALUE_LIMIT,
    INLINE_LABEL_END_RE,
    INLINE_LABEL_RE,
    LABEL_RE,
    MAYBE_STATUS_LABELS,
    PLANNED_DATE_LABELS,
    RUNON_HEADLINE_STOPS,
    RUNON_LABEL_RE,
    STATUS_LABELS,
    TIME_LIMIT_LABELS,
    YES_NO_LABELS,
)
from ..status import label_status
from .nodes import Node, marker_of, word_marker_of

_FIELD_SEP_RE = re.compile(r"(?=[\s;；])(?:\s*[;；]\s*|\s{2,}|\t)")  # every separator opens on a space or a ;


def fields(line: str) -> list[tuple[str, str]]:
    """'责任单位:财务科;整改时限:年底前;整改进度:正在推进' → each field a (label, value).

    Ledgers print an item's fields in one row; a separator followed by another label starts the next field.
    """
    if ";" not in line and "；" not in line and "\t" not in line and "  " not in line:
        m = LABEL_RE.match(line)  # one field: most lines (keeps parsing fast)
        return _stop_joined(m["label"], m["value"].strip()) if m else []
    out: list[tuple[str, str]] = []
    for part in _split_fields(line):
        m = LABEL_RE.match(part)
        if m is None and out:
            out[-1] = (out[-1][0], out[-1][1] + "；" + part)  # a ; inside a value
        elif m is not None:
            out.extend(_stop_joined(m["label"], m["value"].strip()))
    return out


# A short field and the status field printed after it on one line, a full stop between them (完成时限:2023年11月底
# 前。完成情况:已完成。 / 责任领导:县委副书记。整改进度:正在推进。: a county's notice on a provincial 巡视 that rows
# each problem's deadline and status so, round 63): the status field is a field of its own, as after a ; (fields).
# Only a short value before the stop: a long one is a field's text, whose sentences may name a label in passing.
_STOP_JOINED_RE = re.compile(r"^(?P<first>[^。]{1,24}。)\s*(?P<rest>\S.*)$")


def _stop_joined(label: str, value: str) -> list[tuple[str, str]]:
    """A field (label, value), with the status field run on after a full stop in its short value cut off it."""
    m = _STOP_JOINED_RE.match(value) if value.find("。", 0, 25) > 0 else None  # the cheap precheck: a short value
    if m is None or (after := LABEL_RE.match(m["rest"])) is None or not STATUS_LABELS.match(after["label"]):
        return _status_field_last(label, value)
    return [(label, m["first"]), (after["label"], after["value"].strip())]


def _status_field_last(label: str, value: str) -> list[tuple[str, str]]:
    """A field whose long value closes with the status field run on after its last full stop (整改措施:修订制度，
    补齐材料。完成情况:完成 / 是否完成:是): the page lost the line break before the status, which is a field of
    its own. Only the last sentence, and only a status label with a value as short as a status column's cell: a
    sentence naming a label in passing is longer or is not the last."""
    if "：" not in value and ":" not in value:
        return [(label, value)]  # the cheap precheck: no colon, no field run on
    cut = value.rfind("。", 0, len(value) - 1)
    after = LABEL_RE.match(value[cut + 1 :]) if cut > 0 else None
    if after is None or len(after["value"].strip().rstrip("。.")) > FIELD_VALUE_LIMIT:
        return [(label, value)]
    if not any(labels.match(after["label"]) for labels in _STATUS_FIELDS):
        return [(label, value)]
    return [(label, value[: cut + 1]), (after["label"], after["value"].strip())]


# Every family of labels whose short value is the problem's status, and the problem's dates, which state it where
# the notice prints the date done for some problems and a time limit for others (…规范入账凭证。完成时间：2024.8 /
# …新招引后备干部12名。整改时限：长期坚持。: a town's short paragraphs run them on after the text, issue 19's round
# 90, where round 85's community prints them on lines of their own).
_STATUS_FIELDS = (
    STATUS_LABELS,
    YES_NO_LABELS,
    MAYBE_STATUS_LABELS,
    DONE_LABELS,
    DONE_DATE_LABELS,
    TIME_LIMIT_LABELS,
    PLANNED_DATE_LABELS,
)


def _split_fields(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for sep in _FIELD_SEP_RE.finditer(line):
        if LABEL_RE.match(line[sep.end() :]):
            parts.append(line[start : sep.start()])
            start = sep.end()
    parts.append(line[start:])
    return [p for p in parts if p]


def split_inline_labels(lines: list[str]) -> list[str]:
    """'1.问题。整改情况:…' → '1.问题。' and '整改情况:…' on their own lines."""
    out: list[str] = []
    for line in lines:
        if ":" not in line and "：" not in line:  # the cheap precheck: a field needs its colon (most lines)
            if line:
                out.append(line)
            continue
        # any labelled field after a full stop, not only 整改…: (…。推进情况:持续推进中, round 48); the pattern opens
        # on a lookbehind, so it scans every position: asked only of a numbered line where a label's end stands
        fielded = _headline_then_fields(line) if ";" in line else None
        if fielded is not None:
            out.extend(fielded)
            continue
        cut = marker_of(line) and INLINE_LABEL_END_RE.search(line)
        parts = INLINE_LABEL_RE.split(line) if cut else [line]
        if len(parts) == 1 and parts[0] is line and ("整改" in line or cut):
            parts = _runon_headline(line)
        if len(parts) > 1:
            out.extend(p for p in parts if p)
        elif parts[0]:
            out.append(parts[0])  # most lines: not cut
    return out


def _headline_then_fields(line: str) -> list[str] | None:
    """'1.<problem>;责任单位:…;整改情况:…;状态:…' → the headline and its row of fields on a line of their own: a
    problem typed on one line, its headline the row's first field and a wide gap (read as the ;, normalize) before
    each labelled field (a township's 公示 for itself and its 站所, round 127); the first ; before any label of the
    genre (LABEL_RE) ends the headline, whatever the label (责任单位 as much as 整改情况). None where the numbered
    line holds no such ; (most lines)."""
    at = line.find(";")
    if at < 0 or ":" in line[:at] or "：" in line[:at] or marker_of(line) is None:
        return None
    while at >= 0:
        if LABEL_RE.match(line[at + 1 :]):
            return [line[:at], line[at + 1 :]]
        at = line.find(";", at + 1)
    return None


def _runon_headline(line: str) -> list[str]:
    """'问题1.<headline>整改情况:…' → the headline and the label on their own lines (RUNON_LABEL_RE); so a problem
    numbered in words (其一,<headline>:整改完成情况:…), which structure.words reads as a problem in its place."""
    marker = marker_of(line) or word_marker_of(line)
    if marker is None or not line.endswith(marker.rest):
        return [line]
    closed = _colon_closed_headline(marker.rest)
    if closed is not None:
        cut = len(line) - len(marker.rest) + closed
        return [line[:cut], line[cut:]]
    m = RUNON_LABEL_RE.search(marker.rest)
    if m is None or len(marker.rest[: m.start()].strip()) < 4:
        return [line]
    if any(ch in RUNON_HEADLINE_STOPS for ch in marker.rest[: m.start()]):
        return [line]
    cut = len(line) - len(marker.rest) + m.start()
    return [line[:cut], line[cut:]]


def _colon_closed_headline(rest: str) -> int | None:
    """Where a field begins after a headline closed by its colon (其一,<headline>:整改完成情况:… / 1.<headline>:完成
    进度:90%): a page that lost its line breaks between a problem and its fields. Any label of the genre (LABEL_RE)
    straight after the headline's first colon, nothing closing a sentence before it; None where there is none."""
    colon = min((i for i in (rest.find(":"), rest.find("：")) if i >= 0), default=-1)
    if colon < 4 or any(ch in RUNON_HEADLINE_STOPS for ch in rest[:colon]):
        return None
    return colon + 1 if LABEL_RE.match(rest[colon + 1 :]) else None


def add_line(node: Node, line: str) -> None:
    """A line of the node's own text: labelled fields (整改情况:…) apart, the rest as its body."""
    node.lines.append(line)
    if LABEL_RE.match(line):
        node.labels.extend(fields(line))
    elif node.labels and not node.labels[-1][1] and len(node.lines) > 1 and LABEL_RE.match(node.lines[-2]):
        # a field's label alone on its line, its value on the next (整改情况： | 正在推进。…): a page's bold label in a
        # paragraph of its own, as WeChat articles and Word files print it (round 118's probe); the value is the
        # field's, as where the label leads its line, not text of the problem's own
        node.labels[-1] = (node.labels[-1][0], line)
    else:
        node.body.append(line)


def _block_states_own_status(block: list[str]) -> bool:
    """A point's own lines hold a status field (整改进度:已完成): measures come without one each."""
    return any(label_status(label, value) for ln in block if LABEL_RE.match(ln) for label, value in fields(ln))
