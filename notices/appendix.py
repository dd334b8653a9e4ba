"""A task list attached after the signature that states each problem's status (issue 19, round 78).

The genre's notices often close with 附件 and a table (整改任务清单 / 问题清单 / 整改台账:
序号 | 问题 | 责任单位 | 完成时限 | 完成情况), the body listing the problems with their measures and the table alone
saying which are done. text_tables reads the table into numbered rows with labelled lines (1.<problem> /
完成情况:已完成) whatever its text form (tabs, one cell per line, aligned columns). Here it is cut from the notice
(it is no part of the last problem's text, and the signature above it closes the body) and its status column kept,
to be given to the body's problems.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from .lexicon import MAYBE_STATUS_LABELS
from .model import Item, Status
from .status import heading_status, is_status_label, label_status
from .structure import marker_of

# The line opening an attachment: 附件, 附件1, 附件：<its title> (the title may follow on the next line); an attached
# table is opened by 附表 the same way (附表 / 附表1：…整改完成情况表: a college's notice, issue 19's round 163).
_ATTACHMENT_RE = re.compile(r"^附[件表]\s*\d{0,2}\s*(?:[:：]\s*\S{0,40})?$")
# A row of the table as text_tables writes it, or as the notice numbers it: 1.<problem cell>
_ROW_RE = re.compile(r"^(\d{1,3})[.、．]\s*(\S.*)$")
# The same row under a ledger's status heading, its cells run together once the tabs between them are dropped:
# 1前置研究讨论程序不规范党委办公室2024年9月, or between the bars a web page's table is extracted with
# (| 1 |前置…|): the 序号, then the problem's words, never a date's 10月; a row's words may open with 个/项 as
# 7个别干部… does, so a stray count is left to apply_rows, which takes rows numbering 1…N once each
_BARE_ROW_RE = re.compile(r"^\|?\s*(\d{1,3})(?!\d)\s*\|?\s*(?![年月日])([\u4e00-\u9fff“].*)$")
_HEADING_MAX = 30  # a status heading of a ledger is a short line
# A labelled cell of the row: 完成情况:已完成
_FIELD_RE = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.+)$")


@dataclass(frozen=True)
class Row:
    number: int
    title: str
    status: Status | None


def cut_status_appendix(lines: list[str]) -> tuple[list[str], list[Row]]:
    """The notice's lines without an attached table whose status column speaks for two rows at least, and its rows.

    Only where the body numbers its problems itself: a notice whose problems stand only in its attachment has them
    moved into the body (parse._attached_ledger_in_body) before this is asked."""
    for at in range(len(lines) - 1, 0, -1):
        if lines[at].startswith(("附件", "附表")) and _ATTACHMENT_RE.match(lines[at]):
            rows = _rows(lines[at + 1 :])
            body_rows = sum(1 for ln in lines[:at] if marker_of(ln))
            if sum(r.status is not None for r in rows) >= 2 and body_rows >= 2:
                return lines[:at], rows
            return lines, []
    return lines, []


def _rows(lines: list[str]) -> list[Row]:
    rows: list[Row] = []
    number, title, status = 0, "", None
    sorted_as: Status | None = None  # the status a heading of the ledger states for the rows under it
    for line in lines:
        if m := _ROW_RE.match(line) or (_BARE_ROW_RE.match(line) if sorted_as else None):
            if number:
                rows.append(Row(number, title, status or sorted_as))
            number, title, status = int(m[1]), m[2], None
        elif number and (f := _FIELD_RE.match(line)) and _names_status(f[1]):
            status = status or label_status(f[1], f[2])
        elif (heading := _status_heading(line)) is not None:
            if number:
                rows.append(Row(number, title, status or sorted_as))
            number, title, status, sorted_as = 0, "", None, heading
    if number:
        rows.append(Row(number, title, status or sorted_as))
    return rows


def ledger_status_headings(lines: list[str]) -> list[tuple[str, Status]]:
    """The headings of an attached ledger that sort its rows by status (一、已完成整改的问题（6个）), with it."""
    return [(line, status) for line in lines if (status := _status_heading(line)) is not None]


def _status_heading(line: str) -> Status | None:
    """The status a heading of the ledger states for its rows: a ledger sorted by status into parts, each row giving
    the body's problem by its 序号 (一、已完成整改的问题（6个） / 二、正在推进的问题（3个）: a city group's 整改台账,
    round 83)."""
    if len(line) > _HEADING_MAX:
        return None  # the cheap precheck: a heading is a short line
    mk = marker_of(line)
    return heading_status(mk.rest) if mk is not None and not mk.rest[:1].isdigit() else None


def _names_status(label: str) -> bool:
    """A column naming the status: 完成情况, 进展情况, 整改状态, 整改情况 (in a task list, what became of the task)."""
    return is_status_label(label) or MAYBE_STATUS_LABELS.match(label) is not None


def apply_rows(items: tuple[Item, ...], rows: list[Row]) -> tuple[Item, ...]:
    """The items with the attached table's statuses: the table speaks for a problem where its row states one,
    the problem's own text where the table is silent. A row is matched by its 序号 where the table numbers the
    body's problems through (as many rows, 1…N), else by the title's words (the row's cell shortens the title)."""
    if not rows:
        return items
    # the rows numbered 1…N in order, or each number once where the ledger sorts them by status (round 83)
    by_number = sorted(r.number for r in rows) == list(range(1, len(items) + 1))
    out = list(items)
    for row in rows:
        if row.status is None:
            continue
        k = row.number - 1 if by_number else _by_title(row.title, items)
        if k is not None and out[k].status != row.status:
            out[k] = replace(out[k], status=row.status, status_source="item")
        elif k is not None:
            out[k] = replace(out[k], status_source="item")
    return tuple(out)


# A ledger row repeats a body's problem where most of its words' pairs stand in one line of the body: the row prints
# the title whole or shortened (课程思政建设推进不平衡 for 课程思政建设推进不平衡，部分专业…), in another order at
# times (意识形态责任制落实不到位 for 落实意识形态工作责任制不到位); the same share as _by_title's.
_REPEAT_SHARE = 0.6


def repeats_body(row_titles: list[str], body: list[str]) -> bool:
    """Whether the attached ledger's rows repeat problems the body names (half of them, two at least).

    A notice with its ledger attached prints each problem twice where its body names them (the body's 1./（一）/①/一是
    problem, then the ledger's row) and once where the body gives counts only (详见附件): round 117's notices
    and ledgers. Only a ledger that repeats no problem stands in for a body that lists none."""
    titles = [bare for title in row_titles if len(bare := _bare(title)) >= 4]
    if len(titles) < 2:
        return False
    lines = [_pairs(bare) for line in body if len(bare := _bare(line)) >= 4]
    found = 0
    for title in titles:
        pairs = _pairs(title)
        if any(len(pairs & line) >= _REPEAT_SHARE * len(pairs) for line in lines):
            found += 1
    return found * 2 >= len(titles)


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _bare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not (unicodedata.category(ch)[0] in "PZS" or ch.isspace()))


def _by_title(cell: str, items: tuple[Item, ...]) -> int | None:
    """The one problem whose title holds the row's cell (shortened from it), or shares most of its characters."""
    bare = _bare(cell)
    if len(bare) < 4:
        return None
    holding = [k for k, item in enumerate(items) if bare in _bare(item.title)]
    if len(holding) == 1:
        return holding[0]
    pairs = {bare[i : i + 2] for i in range(len(bare) - 1)}
    titles = [_bare(item.title) for item in items]
    scores = [len(pairs & {t[i : i + 2] for i in range(len(t) - 1)}) / len(pairs) for t in titles]
    best = max(scores, default=0.0)
    if best >= 0.6 and scores.count(best) == 1:
        return scores.index(best)
    return None
