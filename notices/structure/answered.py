"""Problems listed first, each answered after the list by reference (issue 19, rounds 86 and 100).

A notice may print the feedback's problems as a bare list (二、巡察反馈的问题 > (一)…方面 > 1.<problem>。, or a
paragraph per aspect: 巡察指出:一是…;二是…) and only then their rectification, each block naming its problem by
its number (针对第1个问题:…), by its aspect and number (关于第二方面第1个问题。…), by its label in any family
(针对问题(三):… under a ⑴ list), or by some of its words (关于“<words>”问题的整改 / 关于“公车私用”问题:…). A block may
name several problems at once (关于第二方面第2、3个问题), carry a numbering of its own ((一)关于… / 1.关于…), and
stand under a heading that sorts the blocks by status ((一)已完成整改的问题 / (三)正在推进的问题). The problem is the
list's entry (its number, its words, the aspect it stands under); its rectification text and status are the block
that names it. The lines are put back into the shape the rest of the parser reads: each answer under its entry, the
blocks and their status headings gone, the heading's status carried with each answer it held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import CLOSING_RE, SECTION_RE
from ..numbering import number_of
from ..status import heading_status
from .headlines import reads_as_problem

_CN = "一二三四五六七八九十"
_NUM = rf"(?:\d{{1,3}}|[{_CN}]{{1,3}})"
# The circled and parenthesized digits a list numbers its entries with (①…⑳, ⑴…⒇)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
# A numbering of the answers' own before the reference ((一)关于… / 1.关于…): the answers' order, no label; a part's
# number (一、关于“…”的问题) heads a part of the notice, no answer
_OWN_ORDINAL = rf"(?:\([{_CN}]{{1,3}}\)|(?P<digits>\d{{1,2}})[.、])?\s*"
# what may follow the reference before its text: the rectification's name, then a colon, comma or full stop
_AFTER = r"(?:的?整改(?:落实|进展|完成)?(?:情况)?)?(?:[:,。]\s*(?P<inline>.*))?$"
# An answer naming its problems by number, as a headline or leading its paragraph: 针对第1个问题: / 关于第二项问题的
# 整改情况 / 第3个问题整改情况:… / 关于第二方面第2、3个问题。… (the pattern of the genre: the rectification part
# following a numbered list; a list restarting under each aspect is pointed into by the aspect's place)
BY_NUMBER_RE = re.compile(
    rf"^{_OWN_ORDINAL}(?:针对|关于|对)?(?:第\s*(?P<aspect>{_NUM})\s*(?:个)?方面(?:的)?)?"
    rf"第\s*(?P<nums>{_NUM}(?:\s*(?:个|项|条)?\s*(?:[、和及至到\-—～~])\s*第?\s*{_NUM})*)\s*(?:个|项|条)?(?:反馈)?问题"
    + _AFTER
)
# An answer naming its problem by the list's own label, in any family (针对问题(三): under ⑴…⑻ / 对应问题7: /
# 关于问题二、问题五:): a numbering the answers write in their own family points at the list's by its value
_LABEL = rf"(?:\(\s*{_NUM}\s*\)|{_NUM}|[{_CIRCLED}{_PAREN_DIGITS}])"
BY_LABEL_RE = re.compile(
    rf"^{_OWN_ORDINAL}(?:针对|关于|对应|对)\s*(?:第\s*(?P<aspect>{_NUM})\s*(?:个)?方面(?:的)?)?"
    rf"问题\s*(?P<nums>{_LABEL}(?:\s*[、和及]?\s*(?:问题)?\s*{_LABEL})*)" + _AFTER
)
# An answer naming its problem by its words in quotation marks: 关于“<words>”问题的整改 / 针对“<words>”的整改情况:… /
# 关于“公车私用”问题:<text> (named without 整改, the answer's text follows on its line: a heading 关于“…”的问题 alone
# on its line heads the problems it names, as an aspect does)
BY_WORDS_RE = re.compile(
    rf"^{_OWN_ORDINAL}(?:关于|针对|对)“(?P<words>.{{2,}}?)”(?:的)?(?:问题(?:的)?)?(?<=[题”的])"
    r"(?:整改(?:落实|进展|完成)?(?:情况)?(?:[:,。]\s*(?P<inline>.*))?|(?<=题)[:,。]\s*(?P<text>\S.*))$"
)
# The cheap precheck: a reference opens with one of these characters, straight or after a number of the answer's own
# ((一)关于… / 12.针对…: within the line's first five characters)
_OPENERS = frozenset("针关对第")
_NUMBER_FIRST = frozenset("(0123456789")
_HEADLINE_ENDS = ("问题", "问题。", "问题:")


# A list entry on its own line: 1.<problem> / 1、<problem> / (1)<problem> / 问题1:<problem> / 问题一:<problem> /
# ⑴<problem> / ①<problem>, each family a style of its own
_ENTRY_RE = re.compile(
    rf"^(?:(?P<dot>\d{{1,3}})[.、]|\((?P<paren>\d{{1,3}})\)|问题(?P<wenti>{_NUM})[:.、]"
    rf"|(?P<circled>[{_CIRCLED}{_PAREN_DIGITS}]))\s*(?P<text>\S.*)$"
)
# A problem in a paragraph listing several: 一是…;二是…  (the 一是 prose of the feedback's findings)
_PROSE_RE = re.compile(rf"(?:^|(?<=[:;。]))([{_CN}]{{1,3}})是")
# The words leading a paragraph's list into its problems, left with the aspect: 巡察指出: / 巡视发现的主要问题有:
_LEAD_IN_RE = re.compile(
    r"(?:巡[察视](?:组)?(?:指出|发现)(?:的)?(?:主要)?(?:问题)?(?:有|是|为)?|主要问题(?:有|是|为)?):?$"
)
_ASPECT_RE = re.compile(rf"^\([{_CN}]{{1,3}}\)")
_NOT_BARE_RE = re.compile(r"[^\u4e00-\u9fff\w]")
# The status a heading sorting the answers gives each answer under it, carried as the answer's closing bracket
_STATUS_WORDS = {"done": "已完成整改", "done_longterm": "已完成整改并长期坚持", "in_progress": "正在推进"}


@dataclass
class _Entry:
    line: int
    label: str  # as the list prints it: 1 / 一 (for 一是) / ⑴
    text: str  # the problem's words, its closing mark removed
    prose: bool
    style: str = ""  # the family of its number (_ENTRY_RE's group): dot, paren, wenti, circled
    aspect: int = 0  # the place of the aspect heading it stands under (1…), 0 under none
    place: int = 0  # its place under that aspect (1…)


@dataclass
class _Reference:
    kind: str  # number / words
    keys: list[int]  # the numbers named (kind number)
    aspect: int | None  # the aspect the numbers count in (第二方面第1个问题), else None
    words: str  # the words quoted (kind words)
    inline: str
    numbered: bool = False  # the answer carries a number of its own in figures (1.关于…)


def _bare(text: str) -> str:
    return _NOT_BARE_RE.sub("", text)


def _value(label: str) -> int | None:
    """(三) / 3 / 三 / ⑶ / ③ → 3."""
    label = label.strip("() ")
    if label in _PAREN_DIGITS:
        return _PAREN_DIGITS.index(label) + 1
    if label in _CIRCLED:
        return _CIRCLED.index(label) + 1
    return number_of(label)


def _numbers(listed: str) -> list[int]:
    """2、3 / 1至4 / (一)(三) / 二和五 → the numbers named, ranges spread."""
    out: list[int] = []
    parts = re.split(r"\s*(?=[至到\-—～~])", listed)
    for part in parts:
        found = [v for v in (_value(x) for x in re.findall(_LABEL, part.lstrip("至到-—～~"))) if v is not None]
        if out and found and part[:1] in "至到-—～~" and out[-1] < found[0] <= out[-1] + 50:
            out.extend(range(out[-1] + 1, found[0]))
        out.extend(found)
    return out


def _reference(line: str) -> _Reference | None:
    """The reference that opens an answer on the line, if it opens one."""
    if not _may_refer(line):
        return None
    if "“" in line[:8]:  # a quotation opens early: words, else a number or a label
        if line.endswith(_HEADLINE_ENDS) and "整改" not in line:
            return None  # 1.针对“…”的问题。 alone: a problem's headline, no answer (which says 整改 or runs on)
        if m := BY_WORDS_RE.match(line):
            return _Reference("words", [], None, m["words"], m["inline"] or m["text"] or "", bool(m["digits"]))
        return None
    for pattern in (BY_NUMBER_RE, BY_LABEL_RE):
        if m := pattern.match(line):
            aspect = _value(m["aspect"]) if m["aspect"] else None
            return _Reference("number", _numbers(m["nums"]), aspect, "", m["inline"] or "", bool(m["digits"]))
    return None


def _may_refer(line: str) -> bool:
    """The cheap precheck: the line opens with a reference's opener, straight or after a number of its own."""
    first = line[:1]
    return first in _OPENERS or (first in _NUMBER_FIRST and not _OPENERS.isdisjoint(line[2:5]))


def _first_reference(lines: list[str], end: int) -> int | None:
    """The first line before `end` opening an answer by reference."""
    for i in range(end):
        line = lines[i]
        first = line[:1]  # _may_refer inline: the loop runs over every line of every notice
        if (first in _OPENERS or (first in _NUMBER_FIRST and not _OPENERS.isdisjoint(line[2:5]))) and _reference(line):
            return i
    return None


def _stop(line: str) -> bool:
    """A line no answer runs into: a part's or an aspect's heading, the closing matter, the plans after the list."""
    return bool(SECTION_RE.match(line) or _ASPECT_RE.match(line) or CLOSING_RE.match(line) or line.startswith("下一步"))


def _sorting_heading(lines: list[str], i: int, end: int) -> str | None:
    """The status a heading gives the answers after it ((一)已完成整改的问题 / (三)正在推进的问题), where line i is such
    a heading and an answer follows it."""
    if i + 1 >= end or _reference(lines[i + 1]) is None or not _stop(lines[i]):
        return None
    return heading_status(lines[i])


_Block = tuple[int, int, _Reference, str | None]  # first line, end, reference, the status its heading gives


def _answers(lines: list[str], start: int, end: int) -> tuple[list[_Block], set[int]] | None:
    """The answer blocks run together from the first one, and the lines of the status headings between them; None if
    fewer than 2."""
    blocks: list[_Block] = []
    headings: set[int] = set()
    status = _sorting_heading(lines, start - 1, end) if start else None
    if status is not None:
        headings.add(start - 1)
    i = start
    while i < end:
        ref = _reference(lines[i])
        if ref is None:
            if blocks and (sorted_as := _sorting_heading(lines, i, end)) is not None:
                status = sorted_as  # the next heading sorting the answers by status
                headings.add(i)
                i += 1
                continue
            if blocks:
                break
            i += 1
            continue
        j = i + 1
        while j < end and _reference(lines[j]) is None and not _stop(lines[j]):
            j += 1
        blocks.append((i, j, ref, status))
        i = j
        while i < end and SECTION_RE.match(lines[i]) is None and _reference(lines[i]) is None and not lines[i]:
            i += 1
    return (blocks, headings) if len(blocks) >= 2 else None


def _style(m: re.Match[str]) -> str:
    return next(k for k in ("dot", "paren", "wenti", "circled") if m[k])


def _group_style(lines: list[str], end: int) -> str | None:
    """The style of a three-level list's group lines: the one style whose every line stands straight over an entry
    of another style (1.<group>。 > (1)<problem> (2)<problem> > 2.<group>。 > (3)<problem>), else None."""
    over: dict[str, bool] = {}
    for i in range(end):
        if (m := _ENTRY_RE.match(lines[i])) is None:
            continue
        after = _ENTRY_RE.match(lines[i + 1]) if i + 1 < end else None
        style = _style(m)
        over[style] = over.get(style, True) and after is not None and _style(after) != style
    heads = [style for style, always in over.items() if always]
    return heads[0] if len(heads) == 1 and len(over) >= 2 else None


def _entries(lines: list[str], end: int) -> list[_Entry]:
    """The bare list before the answers: numbered lines with nothing of their own under them, and 一是 paragraphs.
    A numbered line over entries of another style heads them (a group of a three-level list), no entry itself."""
    found: list[_Entry] = []
    aspect = place = 0
    groups = _group_style(lines, end)
    for i in range(end):
        line = lines[i]
        if m := _ENTRY_RE.match(line):
            if _style(m) == groups:
                continue  # 1.<group>。 over (1)<problem>: the group's heading
            after = _ENTRY_RE.match(lines[i + 1]) if i + 1 < end else None
            if i + 1 < end and not (after or _stop(lines[i + 1]) or _reference(lines[i + 1])):
                continue  # text of its own under it: a problem with its rectification, not a bare list entry
            label = m["dot"] or m["paren"] or m["wenti"] or m["circled"]
            place += 1
            text = m["text"].rstrip("。;")
            found.append(_Entry(i, label, text, prose=False, style=_style(m), aspect=aspect, place=place))
            continue
        if _ASPECT_RE.match(line):
            aspect, place = aspect + 1, 0
        marks = list(_PROSE_RE.finditer(line))
        if len(marks) >= 2 and [number_of(m[1]) for m in marks] == list(range(1, len(marks) + 1)):
            for m, nxt in zip(marks, [*marks[1:], None], strict=True):
                text = line[m.end() : nxt.start() if nxt else len(line)]
                found.append(_Entry(i, m[1], text.rstrip("。;"), prose=True, aspect=aspect))
    return found


def _match(entries: list[_Entry], ref: _Reference) -> list[_Entry] | None:
    """The entries a reference names: each by its number (in its aspect where the reference names one), or the one
    entry its words open (or stand in); None where any is named by no entry or by several."""
    if ref.kind == "words":
        words = _bare(ref.words)
        hits = [e for e in entries if _bare(e.text).startswith(words)] or [e for e in entries if words in _bare(e.text)]
        return hits if len(hits) == 1 else None
    out: list[_Entry] = []
    listed = [e for e in entries if not e.prose]
    for n in ref.keys:
        if ref.aspect is not None:  # 第二方面第1个问题: the first entry under the second aspect
            hits = [e for e in listed if e.aspect == ref.aspect and e.place == n]
        else:
            hits = [e for e in listed if _value(e.label) == n]
        if len(hits) != 1:
            return None
        out.append(hits[0])
    return out or None


def _lead(line: str) -> str:
    """What a paragraph listing problems prints before its 一是: the aspect, without the words leading into the list."""
    first = _PROSE_RE.search(line)
    return _LEAD_IN_RE.sub("", line[: first.start() if first else 0].rstrip(":")).rstrip(":")


def answers_in_place(lines: list[str], end: int) -> list[str]:
    """Put each answer given by reference under the list entry it names; the lines unchanged unless every answer
    names entries of a bare list printed before them, each entry named once."""
    first = _first_reference(lines, end)
    if first is None:
        return lines
    found = _answers(lines, first, end)
    if found is None:
        return lines
    blocks, headings = found
    if any(_reference(lines[i]) for i in range(blocks[-1][1], end)):
        return lines  # answers by reference elsewhere too: numbered problems of their own (第1个问题:<problem>)
    entries = _entries(lines, first)
    if any(ref.numbered and ref.kind == "words" for _, _, ref, _ in blocks) and any(e.style == "dot" for e in entries):
        # 1.<finding> … then 1.针对“<finding>”问题。<text>: the findings restated, numbered alike, with their
        # rectification (round 20), which the parser reads as such
        return lines
    named: dict[int, tuple[int, int, str, str | None]] = {}  # id of the entry -> its block (from, to, inline, status)
    for begin, stop, ref, status in blocks:
        hits = _match(entries, ref)
        if hits is None or any(id(e) in named or not reads_as_problem(e.text) for e in hits):
            return lines  # the list's entries are problems, not the work's points (1.提高政治站位。…)
        for entry in hits:
            named[id(entry)] = (begin, stop, ref.inline, status)
    out: list[str] = []
    used = headings | {i for begin, stop, _, _ in named.values() for i in range(begin, stop)}
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
                begin, stop, inline, status = named[id(entry)]
                out.extend(t for t in [inline, *lines[begin + 1 : stop]] if t)
                if status is not None:  # the sorting heading's status, said of each answer it held
                    out.append(f"({_STATUS_WORDS[status]})")
    return out
