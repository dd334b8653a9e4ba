"""The hierarchy's parts: a line's numbering (Marker, marker_of), the nodes it builds and the sections holding them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import PROBLEM_WORDING_RE, QUOTED_OPENER_RE, STATUS_ONLY_RE, UNQUOTED_OPENER_RE, ZHENDUI_RE
from ..numbering import ENTRY_STYLES, WORD_FAMILIES, number_of, numbering_of
from ..status import classify_status, numbered_statuses, opening_bracket, opens_status_list
from ..status.words import OPENERS


@dataclass(frozen=True)
class Marker:
    style: str
    label: str
    rest: str

    @property
    def number(self) -> int | None:
        return number_of(self.label)


_STATUS_ASPECTS = ("已", "正在", "尚", "仍", "均")
_QUOTED_OPENERS = frozenset("关对在")  # QUOTED_OPENER_RE's first characters: the cheap precheck
_UNQUOTED_OPENERS = frozenset("关对存")  # UNQUOTED_OPENER_RE's
_CLAUSE_END_RE = re.compile(r"[,，。；;]")


# Asked of the same lines by every pass of the section builder: cached, cleared per notice by parse_notice.
@lru_cache(maxsize=2048)
def marker_of(line: str) -> Marker | None:
    """The numbering a line starts with, if it opens with one of the genre's families (numbering.py)."""
    found = numbering_of(line)
    if found is not None:
        family, label, rest = found
        if family.style.startswith("第") and rest.startswith(_STATUS_ASPECTS) and len(numbered_statuses(line)) >= 2:
            return None  # 第3个问题正在推进，其余问题已完成整改: a closing list giving statuses by number, no label
        if opens_status_list(rest):
            # (一)已完成整改（5个）：问题1、问题3。/ 1.正在推进：问题2: a closing list with its status first, its lines
            # numbered as the notice numbers its parts (a county-level city's health commission, round 77): no
            # problem, the statuses of those listed above
            return None
        if len(rest) <= _STATUS_ALONE_LIMIT and family.style in ENTRY_STYLES and _status_alone(rest):
            # 问题1：已完成 / 问题4：已完成，长期坚持 / 第3项：正在推进: a closing list's line giving the problem of
            # that number its status, a line each (a county bureau's 整改完成情况一览 after its problems, issue 19's
            # round 163): a problem's name and number followed by status words alone titles no problem (a part
            # numbered 一、/(二) over status words alone, 二、已完成整改, heads a status section and keeps its number)
            return None
        return Marker(family.style, label, rest)
    if line.startswith("针") and ZHENDUI_RE.match(line):
        return Marker("针对", "", line)  # 针对“…”的问题: an unnumbered problem heading (018)
    if line[:1] in _QUOTED_OPENERS and QUOTED_OPENER_RE.match(line):
        return Marker("针对", "", line)  # 关于“…”问题，<measures>: its siblings' opening, one family (round 160)
    if line[:1] in OPENERS and _status_then_wrapper(line):
        return Marker("针对", "", line)  # 【已整改到位】针对“…”的问题，…: the same opening after its status (round 168)
    if (
        line[:1] in _UNQUOTED_OPENERS
        and "问题" in line
        and (m := UNQUOTED_OPENER_RE.match(line)) is not None
        and PROBLEM_WORDING_RE.search(m["t"])
        and classify_status(_CLAUSE_END_RE.split(line[m.end() :], 1)[0]) is None
    ):
        # 关于/存在<shortcoming>的问题，<measures>: unquoted (round 162); 关于<shortcoming>的问题，持续推进中。 is a
        # headline closed by its status clause, read as such (the generator's unnumbered × comma_clause)
        return Marker("针对", "", line)
    return None


def _status_then_wrapper(line: str) -> bool:
    """Whether an unnumbered paragraph opens with its status in brackets, then a problem's quoted wrapper (【已完成】
    针对“<problem>”的问题，<measures>): a notice stating each problem's status first (issue 19's round 168)."""
    rest, status = opening_bracket(line)
    return status is not None and bool(ZHENDUI_RE.match(rest) or QUOTED_OPENER_RE.match(rest))


_HEADING_NOUNS = ("的", "问题", "事项", "(", "（")
_STATUS_ALONE_LIMIT = 16  # the longest status a closing list's line gives (已完成整改，并长期坚持)


def _status_alone(rest: str) -> bool:
    """Whether a numbered line's words after its number are status words alone, clause by clause (已完成，长期坚持)."""
    if any(w in rest for w in _HEADING_NOUNS):
        return False  # 第1项:已完成整改的事项 / 问题1:已完成(3个): a status section's heading names what it holds
    parts = [p for p in re.split(r"[，,；;。.\s]+", rest) if p]
    return bool(parts) and all(STATUS_ONLY_RE.fullmatch(p) for p in parts) and classify_status(rest) is not None


def word_marker_of(line: str) -> Marker | None:
    """The word numbering a line opens with (一是, 其一,): read apart from marker_of, as it numbers problems or
    measures by the lines around it (structure.words)."""
    return next((Marker(f.style, *m) for f in WORD_FAMILIES if (m := f.match(line))), None)


@dataclass(eq=False)
class Node:
    heading: str
    style: str
    marker: Marker | None
    parent: Node | None
    children: list[Node] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)
    enum_next: int | None = None  # next number of a measure enumeration running in the body
    enum_style: str | None = None  # and its numbering style
    is_problem: bool = False  # decided from content: a problem even without rectification text yet
    lines: list[str] = field(default_factory=list)  # its own lines as printed, labelled or not, in order
    folded: tuple[list[Node], int] | None = None  # the points fold_measures made its text, and where they begin in it
    tasks: bool = False  # its text announces the tasks it was broken into, each with its own status (round 158)

    @property
    def has_body(self) -> bool:
        return bool(self.body or self.labels)

    def ancestors(self) -> list[Node]:
        chain: list[Node] = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def depth(self) -> int:
        """How many nodes stand above it: len(ancestors()) without building the list (asked of every node)."""
        depth, node = 0, self.parent
        while node is not None:
            depth, node = depth + 1, node.parent
        return depth

    def is_under(self, ids: frozenset[int] | set[int]) -> bool:
        """Whether it or a node above it is one of `ids` (ids of nodes)."""
        node: Node | None = self
        while node is not None:
            if id(node) in ids:
                return True
            node = node.parent
        return False


@dataclass
class Section:
    heading: str  # "" for a notice without 一、 sections
    lines: list[str]
    carries_items: bool = False
    plain_problems: bool = False  # its problems are unnumbered paragraphs right under its heading (L13)
    plain_areas: bool = False  # its lines are unnumbered areas (…方面) over unnumbered problems (round 139)
    is_aspect: bool | None = None  # section_is_aspect, once its lines are read (asked for every item)
    word_tasks: bool = False  # its 一是<task>。 headlines are the problems: the reading the notice's counts chose
    word_points: int = 0  # lines numbered in words (一是, 其一) its reading took as points
    intro: list[str] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)
    holders: frozenset[int] = frozenset()  # ids of the headings its problems stand under, once they are found
    owner_part: bool = False  # one of two or more parts naming whose problems each holds (lexicon.OWNER_PART_RE)
    findings: bool = False  # lists the findings that a later part restates with their rectification (FINDINGS_PART_RE)
    framing_kept: bool = False  # its top points worded like framing parts are problems: the notice's count says so
    between_problems: bool = (
        False  # a problem by its place and shape: 一、<plain words> > 整改状态: between or beside problems
    )
    points_are_problems: bool = False  # not one problem: its points, numbered like the problems elsewhere, are

    def walk(self) -> list[Node]:
        """Every node, each before its children, in the order printed."""
        out: list[Node] = []
        _visit(self.roots, out)
        return out


def _visit(nodes: list[Node], out: list[Node]) -> None:
    for node in nodes:  # leaves, most nodes, cost no call of their own
        out.append(node)
        if node.children:
            _visit(node.children, out)
