"""Problems listed first, each answered after the list by reference (issue 19, round 86).

A notice may print the feedback's problems as a bare list (二、巡察反馈的问题 > (一)…方面 > 1.<problem>。, or a
paragraph per aspect: 巡察指出:一是…;二是…) and only then their rectification, each block naming its problem by
its number (针对第1个问题:…) or by its opening words (关于“<words>”问题的整改). The problem is the list's entry
(its number, its words, the aspect it stands under); its rectification text and status are the block that names it.
The lines are put back into the shape the rest of the parser reads: each answer under its entry, the blocks gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import CLOSING_RE, SECTION_RE
from ..numbering import number_of
from .headlines import reads_as_problem

_CN = "一二三四五六七八九十"

# An answer naming its problem by number, as a headline or leading its paragraph: 针对第1个问题: / 关于第二项问题的
# 整改情况 / 第3个问题整改情况:… (the pattern of the genre: the rectification part following a numbered list).
BY_NUMBER_RE = re.compile(
    rf"^(?:针对|关于|对)?第\s*(\d{{1,3}}|[{_CN}]{{1,3}})\s*(?:个|项|条)?(?:反馈)?问题"
    r"(?:的?整改(?:落实|进展)?(?:情况)?)?(?:[:,。]\s*(.*))?$"
)
# An answer naming its problem by its words in quotation marks: 关于“<words>”问题的整改 / 针对“<words>”的整改情况:…
BY_WORDS_RE = re.compile(
    r"^(?:关于|针对|对)“(.{4,}?)”(?:的)?(?:问题)?(?:的)?整改(?:落实|进展)?(?:情况)?(?:[:,。]\s*(.*))?$"
)
_REFERENCE_OPENERS = "针关对第"  # the first characters BY_NUMBER_RE and BY_WORDS_RE allow
# A list entry on its own line: 1.<problem> / 1、<problem> / (1)<problem> / 问题1:<problem>
_ENTRY_RE = re.compile(r"^(?:(\d{1,3})[.、]|\((\d{1,3})\)|问题(\d{1,3})[:.、])\s*(\S.*)$")
# A problem in a paragraph listing several: 一是…;二是…  (the 一是 prose of the feedback's findings)
_PROSE_RE = re.compile(rf"(?:^|(?<=[:;。]))([{_CN}]{{1,3}})是")
# The words leading a paragraph's list into its problems, left with the aspect: 巡察指出: / 巡视发现的主要问题有:
_LEAD_IN_RE = re.compile(
    r"(?:巡[察视](?:组)?(?:指出|发现)(?:的)?(?:主要)?(?:问题)?(?:有|是|为)?|主要问题(?:有|是|为)?):?$"
)
_ASPECT_RE = re.compile(rf"^\([{_CN}]{{1,3}}\)")
_NOT_BARE_RE = re.compile(r"[^\u4e00-\u9fff\w]")


@dataclass
class _Entry:
    line: int
    label: str  # as the list prints it: 1 / 一 (for 一是)
    text: str  # the problem's words, its closing mark removed
    prose: bool


def _bare(text: str) -> str:
    return _NOT_BARE_RE.sub("", text)


def _reference(line: str) -> tuple[str, str, str] | None:
    """('number' | 'words', key, inline text) where the line opens an answer by reference."""
    if line[:1] not in _REFERENCE_OPENERS:  # the cheap precheck: both kinds open with one of these characters
        return None
    if m := BY_NUMBER_RE.match(line):
        return "number", m[1], m[2] or ""
    if m := BY_WORDS_RE.match(line):
        return "words", m[1], m[2] or ""
    return None


def _stop(line: str) -> bool:
    """A line no answer runs into: a part's or an aspect's heading, the closing matter, the plans after the list."""
    return bool(SECTION_RE.match(line) or _ASPECT_RE.match(line) or CLOSING_RE.match(line) or line.startswith("下一步"))


def _answers(lines: list[str], start: int, end: int) -> list[tuple[int, int, tuple[str, str, str]]] | None:
    """The answer blocks as (first line, end, reference), run together from the first one; None if fewer than 2."""
    blocks: list[tuple[int, int, tuple[str, str, str]]] = []
    i = start
    while i < end:
        ref = _reference(lines[i])
        if ref is None:
            if blocks:
                break
            i += 1
            continue
        j = i + 1
        while j < end and _reference(lines[j]) is None and not _stop(lines[j]):
            j += 1
        blocks.append((i, j, ref))
        i = j
        while i < end and SECTION_RE.match(lines[i]) is None and _reference(lines[i]) is None and not lines[i]:
            i += 1
    return blocks if len(blocks) >= 2 else None


def _entries(lines: list[str], end: int) -> list[_Entry]:
    """The bare list before the answers: numbered lines with nothing of their own under them, and 一是 paragraphs."""
    found: list[_Entry] = []
    for i in range(end):
        line = lines[i]
        if m := _ENTRY_RE.match(line):
            after = lines[i + 1] if i + 1 < end else ""
            if i + 1 < end and not (_ENTRY_RE.match(after) or _stop(after) or _reference(after)):
                continue  # text of its own under it: a problem with its rectification, not a bare list entry
            found.append(_Entry(i, m[1] or m[2] or m[3], m[4].rstrip("。;"), prose=False))
            continue
        marks = list(_PROSE_RE.finditer(line))
        if len(marks) >= 2 and [number_of(m[1]) for m in marks] == list(range(1, len(marks) + 1)):
            for m, nxt in zip(marks, [*marks[1:], None], strict=True):
                text = line[m.end() : nxt.start() if nxt else len(line)]
                found.append(_Entry(i, m[1], text.rstrip("。;"), prose=True))
    return found


def _match(entries: list[_Entry], kind: str, key: str) -> _Entry | None:
    """The one entry a reference names: by its number, or by the words it opens with (or holds)."""
    if kind == "number":
        n = str(number_of(key))
        hits = [e for e in entries if not e.prose and e.label == n]
    else:
        words = _bare(key)
        hits = [e for e in entries if _bare(e.text).startswith(words)] or [e for e in entries if words in _bare(e.text)]
    return hits[0] if len(hits) == 1 else None


def _lead(line: str) -> str:
    """What a paragraph listing problems prints before its 一是: the aspect, without the words leading into the list."""
    first = _PROSE_RE.search(line)
    return _LEAD_IN_RE.sub("", line[: first.start() if first else 0].rstrip(":")).rstrip(":")


def answers_in_place(lines: list[str], end: int) -> list[str]:
    """Put each answer given by reference under the list entry it names; the lines unchanged unless every answer
    names exactly one entry of a bare list printed before them."""
    first = next((i for i in range(end) if _reference(lines[i])), None)
    if first is None:
        return lines
    blocks = _answers(lines, first, end)
    if blocks is None or any(_reference(lines[i]) for i in range(blocks[-1][1], end)):
        return lines  # answers by reference elsewhere too: numbered problems of their own (第1个问题:<problem>)
    entries = _entries(lines, first)
    named: dict[int, tuple[int, int, str]] = {}  # id of the entry -> its block (from, to, inline text)
    for begin, stop, (kind, key, inline) in blocks:
        entry = _match(entries, kind, key)
        if entry is None or id(entry) in named or not reads_as_problem(entry.text):
            return lines  # the list's entries are problems, not the work's points (1.提高政治站位。…)
        named[id(entry)] = (begin, stop, inline)
    out: list[str] = []
    used = {i for begin, stop, _ in named.values() for i in range(begin, stop)}
    by_line: dict[int, list[_Entry]] = {}
    for entry in entries:
        by_line.setdefault(entry.line, []).append(entry)
    for i, line in enumerate(lines):
        if i in used:
            continue
        here = by_line.get(i)
        if not here or not any(id(e) in named for e in here):
            out.append(line)
            continue
        if here[0].prose and (lead := _lead(line)):  # the aspect's lead stays its heading, each problem a paragraph
            out.append(lead)
        for entry in here:
            out.append(f"{entry.label}是{entry.text}。" if entry.prose else line)
            if id(entry) in named:
                begin, stop, inline = named[id(entry)]
                out.extend(t for t in [inline, *lines[begin + 1 : stop]] if t)
    return out
