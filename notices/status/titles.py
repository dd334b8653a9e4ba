"""Status set off by a problem's headline: brackets (（已完成）, 【已完成】) and closing clauses (…，已整改)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import (
    FIELD_VALUE_LIMIT,
    STATUS_CLAUSE_RE,
    STATUS_DATE_RE,
    STATUS_ONLY_RE,
    STATUS_PARTS,
)
from ..model import Status
from .words import (
    CLAUSE_LAST,
    CLAUSE_REACH,
    CLOSE,
    CLOSERS,
    LEADING_STATUS_RE,
    MARKER_LIMIT,
    OPEN,
    OPENERS,
    TRAILING_STATUS_RE,
    classify_status,
    parts_status,
)


def bracketed_status(title: str) -> tuple[str, Status | None]:
    """'问题标题（已完成）' or '【已完成】问题标题' → ('问题标题', 'done'): a status set off in brackets."""
    for pattern in (TRAILING_STATUS_RE, LEADING_STATUS_RE):
        m = pattern.search(title)
        if m:
            # 《…》 names a document (修订《公务接待管理办法》): only a status family's words make it a status
            named = m.group().lstrip().startswith("《")
            status = classify_status(m["s"]) or (None if named else _aspect_marker(m["s"]))
            if status:
                return (title[: m.start()] + title[m.end() :]).strip(), status
    if title[:1] in _COLON_STATUS_FIRST and (m := _COLON_STATUS_RE.match(title)) and (found := classify_status(m["s"])):
        return m["t"], found  # 1.已整改：<problem>。: the status and a colon before the headline (a village's list)
    if title.rstrip("。.;； ")[-1:] in CLOSERS and (":" in title or "：" in title):  # the cheap precheck
        m = _LABELLED_BRACKET_RE.search(title)
        if m is not None and (found := classify_status(m["s"])) is not None:
            return (title[: m.start()] + title[m.end() :]).strip(), found
    return _status_then_remainder(title)


# A status bracket naming its field (【整改进展：已完成并长期坚持】, （整改状态：已完成整改）): a WeChat article closes
# each problem's paragraph so (round 145); the label's length is not counted against the marker's, its words no status.
_LABELLED_BRACKET_RE = re.compile(
    rf"[{OPEN}]\s*(?:整改)?(?:进展|进度|状态|完成情况|结果)(?:情况)?\s*[:：]\s*"
    rf"(?P<s>[^{OPEN}{CLOSE}:：]{{2,12}}(?:[,，][^{OPEN}{CLOSE},，:：]{{2,12}})?)\s*[{CLOSE}]\s*[。.;；]?$"
)


def opening_bracket(line: str) -> tuple[str, Status | None]:
    """'[已完成]加强网络安全防护。…' → ('加强网络安全防护。…', 'done'): a status in brackets opening the line, else the
    line as it is."""
    if line[:1] in OPENERS and (m := LEADING_STATUS_RE.match(line)) and (status := classify_status(m["s"])):
        return line[m.end() :], status
    return line, None


# A status word and a colon opening the headline (已整改：<problem> / 正在整改：<problem>): a status set off by its
# colon as a bracket sets it off; short, and never a field's label (整改情况：).
_COLON_STATUS_FIRST = frozenset("已正尚未持基")
_COLON_STATUS_RE = re.compile(r"^(?P<s>(?:已|正在|尚未|未|持续|基本)[^:：，,。；;]{0,6})\s*[:：]\s*(?P<t>[^:：]{4,})$")


# A closing bracket longer than a marker: the status, then what remains of the work (（阶段性完成，郊区部分正在推进）,
# （已完成，后续工作纳入常态化管理）): a municipal bureau closes its problems' paragraphs so (issue 19's round 14).
_TRAILING_CLAUSES_RE = re.compile(rf"[{OPEN}]\s*(?P<s>[^{OPEN}{CLOSE}]{{13,24}})\s*[{CLOSE}]\s*[。.;；]?$")
FIRST_CLAUSE_RE = re.compile(r"[，,；;]")


def _status_then_remainder(title: str) -> tuple[str, Status | None]:
    """A long closing bracket whose first clause is a status: the status the whole bracket states."""
    m = _TRAILING_CLAUSES_RE.search(title) if title.rstrip("。.;； ")[-1:] in CLOSERS else None
    if m is None or m.group().startswith("《"):
        return title, None
    first = FIRST_CLAUSE_RE.split(m["s"], maxsplit=1)[0]
    # （已于2024年8月完成整改）: the date the status names is not counted against a marker's length
    if len(STATUS_DATE_RE.sub("", first)) > MARKER_LIMIT or classify_status(first) is None:
        return title, None  # （涉及资金120万元，已全部退还）: the bracket describes, its status words are not first
    status = classify_status(m["s"])
    return ((title[: m.start()] + title[m.end() :]).strip(), status) if status else (title, None)


def _aspect_marker(marker: str) -> Status | None:
    """A short bracket closing the headline ((已清退), 【正在协调】, (整改清零), (推进迟缓)): the genre's status marker
    in words no family lists, read by its parts; a bare 已<verb> is a status only opening so short a bracket."""
    marker = marker.strip()
    if len(marker) > (FIELD_VALUE_LIMIT if marker.startswith(STATUS_PARTS["opening"]) else ASPECT_MARKER_LIMIT):
        return None  # (正在按有关要求推进实施): a longer bracket only when it opens as a status opens
    # (整改清零) / (推进迟缓): no aspect word, but parts that say what became of the work
    stated = len(marker) <= ASPECT_MARKER_LIMIT and marker.startswith(ASPECT_WORDS)
    return parts_status(marker, stated=stated)


ASPECT_MARKER_LIMIT = 8
ASPECT_WORDS = ("已", "正在", "尚", "未", "待", "仍")
NAMES_THE_PROBLEM_RE = re.compile(r"[该此本这](?:个|项)?问题")


# Asked of a headline by each reader of it (the item, its level, the framing and the words numbering it): cached for
# one notice (parse_notice clears it)
@lru_cache(maxsize=512)
def trailing_status(title: str) -> tuple[str, Status | None]:
    """'问题标题（已完成）', '【已完成】问题标题' or '问题标题，已完成' → ('问题标题', 'done'): status is not title."""
    bare, status = bracketed_status(title)
    if status is not None:
        return bare, status
    if title.rstrip("。.;；!！ ")[-1:] not in CLAUSE_LAST:
        return title, None  # no status word closes it (most titles): spare the clause's regex
    return clause_status(title)


_COUNT_OF_PROBLEMS_RE = re.compile(r"[\d一二三四五六七八九十两]+\s*[个项条件](?:问题|事项|任务)$")


def clause_status(title: str) -> tuple[str, Status | None]:
    """'问题标题，已整改。' → ('问题标题', 'done'): a closing clause of nothing but status words is not title."""
    if title.rstrip("。.;；!！ ")[-1:] not in CLAUSE_LAST:
        return title, None  # the cheap precheck: a status clause ends with one of its words' last characters
    at = max(0, len(title) - CLAUSE_REACH)
    m = STATUS_CLAUSE_RE.search(title, at)
    start, status = (m.start(), classify_status(m["s"])) if m else _composed_clause(title)
    if status is None or start < 2 or _COUNT_OF_PROBLEMS_RE.search(title, 0, start):
        return title, None  # 本方面共2个问题,已整改完成: a lead sentence about several problems, not one's clause
    return title[:start], status


LONGTERM_TAIL_RE = re.compile(r"^(?:并|且|需要|需|将|并将)?(?:长期坚持|一直坚持|常态化(?:推进|坚持|开展|落实|执行))$")


def _composed_clause(title: str) -> tuple[int, Status | None]:
    """Where a closing clause composed of status words alone starts (…，整改工作正在有序推进中), and its status.

    A last clause that only says the work is kept up (，需长期坚持) goes with the clause before it (已完成，需长期坚持).
    """
    body = title.rstrip("。.;；!！ ")
    reach = max(0, len(body) - CLAUSE_REACH)
    cut, width = max(body.rfind(ch, reach) for ch in "，,；;"), 1
    if (dash := body.rfind("——", reach)) > cut:
        cut, width = dash, 2  # 1.<problem>——已完成: a dash sets the status apart as a comma does
    if cut < 0:
        return 0, None
    if LONGTERM_TAIL_RE.match(body[cut + width :]):
        cut, width = max(body.rfind(ch, max(0, cut - CLAUSE_REACH), cut) for ch in "，,；;"), 1
        if cut < 0:
            return 0, None
    clause = body[cut + width :]
    if STATUS_ONLY_RE.fullmatch(clause.replace("，", "").replace(",", "")) is None:
        return 0, None
    return cut, classify_status(clause)


# A bracket opened near the end of a title and not closed on its line (…的问题(已完成并长期坚 | 持)。).
_OPEN_AT_END_RE = re.compile(rf"[{OPEN}][^{OPEN}{CLOSE}]{{0,11}}$")
_CLOSE_NEAR_START_RE = re.compile(rf"^[^{OPEN}{CLOSE}]{{0,11}}[{CLOSE}]")


# A headline cannot end on these (a particle, an open quote, a conjunction): a line ending so was cut by a wrap.
_UNFINISHED = ("的", "“", "、", "和", "及", "与")
_CONTINUATION_LIMIT = 24


def rejoin_cut_status(title: str, body: list[str]) -> tuple[str, list[str]]:
    """A title whose bracketed status a hard wrap cut, joined with the rest the next line carries.

    A page wrapped at a fixed width breaks '…问题(正在整改)' anywhere inside the bracket; the bracket's rest opens
    the next line ('在整改)'), which then belongs to the title's status, not to the measures. Only a rest that
    closes the bracket and makes a status is taken.
    """
    if not body:
        return title, body
    alone = LEADING_STATUS_RE.fullmatch(body[0]) if body[0][:1] in OPENERS else None
    if alone and classify_status(alone["s"]):
        # …问题 | 【正在整改】: a bracketed status alone on the next line (a wrap at the headline's width, or printed
        # so) is the headline's status, never a line of its rectification text
        return title + body[0], body[1:]
    if title.endswith(_UNFINISHED) and len(body[0]) <= _CONTINUATION_LIMIT and TRAILING_STATUS_RE.search(body[0]):
        # …关于“X”问题的 | 整改情况[已完成并长期坚持]: the wrap fell before the bracket, inside the headline
        return title + body[0], body[1:]
    if _OPEN_AT_END_RE.search(title[-12:]) is None:
        return title, body
    close = _CLOSE_NEAR_START_RE.match(body[0])
    if close is None or trailing_status(title + close.group(0))[1] is None:
        return title, body
    rest = body[0][close.end() :].lstrip("。.;；,， ")
    return title + close.group(0), ([rest] if rest else []) + body[1:]
