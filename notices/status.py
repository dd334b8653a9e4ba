"""Status of an item, from its own marker or its section heading, and evidence of pending work."""

from __future__ import annotations

import re

from .lexicon import (
    DONE_LABELS,
    DONE_RE,
    IN_PROGRESS_RE,
    LONGTERM_RE,
    MAYBE_STATUS_LABELS,
    PENDING_RE,
    SECTION_DONE_RE,
    SECTION_LONGTERM_RE,
    SECTION_PROGRESS_RE,
    STATUS_LABELS,
)
from .model import Status

_TRAILING_STATUS_RE = re.compile(r"[(\[【]\s*(?P<s>[^()\[\]【】]{2,12})\s*[)\]】]\s*[。.]?$")


def classify_status(text: str) -> Status | None:
    """Status words in a short marker: 已完成 → done, …并长期坚持 → done_longterm, 正在推进 → in_progress."""
    if IN_PROGRESS_RE.search(text):
        return "in_progress"
    done, longterm = DONE_RE.search(text), LONGTERM_RE.search(text)
    if longterm:
        return "done_longterm"
    if done:
        return "done"
    return None


def heading_status(heading: str) -> Status | None:
    """Status stated by a section heading such as 集中整改期内已完成的整改事项 or 需要继续整改的事项."""
    if SECTION_PROGRESS_RE.search(heading) and not SECTION_DONE_RE.search(heading):
        return "in_progress"
    if SECTION_LONGTERM_RE.search(heading):
        return "done_longterm"
    if SECTION_DONE_RE.search(heading):
        return "done"
    return None


def label_status(label: str, value: str) -> Status | None:
    """Status given by a labelled line of an item (整改结果:已完成, 整改进度:正在推进, 整改完成情况:…)."""
    lead = _lead(value)
    if STATUS_LABELS.match(label):
        return classify_status(value if len(value) <= 40 else lead)
    if MAYBE_STATUS_LABELS.match(label):
        return classify_status(lead)
    if DONE_LABELS.match(label):
        return classify_status(lead) or "done"
    return None


def strip_status_lead(label: str, value: str) -> str:
    """The rectification text of a labelled value without a leading status clause ("已完成。")."""
    lead = _lead(value)
    if lead and lead != value and label_status(label, value):
        return value[len(lead) :].lstrip("。;；,，:： ")
    return value


def _lead(value: str) -> str:
    """The value itself when short, else its first clause when that is short ("已完成。局党组修订…")."""
    if len(value) <= 25:
        return value
    first = re.split(r"[。;；,，:：]", value, maxsplit=1)[0]
    return first if len(first) <= 12 else ""


def trailing_status(title: str) -> tuple[str, Status | None]:
    """'问题标题（已完成）' → ('问题标题', 'done')."""
    m = _TRAILING_STATUS_RE.search(title)
    if m:
        status = classify_status(m["s"])
        if status:
            return title[: m.start()].rstrip(), status
    return title, None


def pending_evidence(text: str) -> tuple[str, ...]:
    """Phrases stating concrete unfinished work (正在对接中, 待…后录入, 等待省厅发文, 初稿, 报…审批)."""
    found: list[str] = []
    for m in PENDING_RE.finditer(text):
        phrase = _clause(text, m.start(), m.end())
        if phrase not in found:
            found.append(phrase)
    return tuple(found)


def _clause(text: str, start: int, end: int, limit: int = 40) -> str:
    """The clause around a match, trimmed to `limit` characters."""
    left = max(text.rfind(ch, 0, start) for ch in "，。；,;：:\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in "，。；,;\n") if i != -1]
    right = min(rights) if rights else len(text)
    clause = text[left:right].strip().lstrip("，,、；;")
    if len(clause) > limit:
        lo = max(0, min(start - left, len(clause) - limit))
        clause = clause[lo : lo + limit]
    return clause
