"""Which nodes are the problems: the leaves with their own rectification text and those styled like them."""

from __future__ import annotations

from ..lexicon import FRAMING_PART_RE, LIST_INTRO_RE, MEASURE_START_RE
from ..numbering import WORD_FAMILIES
from ..status import trailing_status
from .framing import framing_roots
from .headlines import _task_headline, heading_states_status, lead_clause, own_status_line, reads_as_problem
from .nodes import Node, Section
from .sections import _area_count
from .unnumbered import split_unnumbered

_WORD_STYLES = frozenset(f.style for f in WORD_FAMILIES)


def item_nodes(section: Section, styled: frozenset[tuple[str, int]] = frozenset()) -> list[Node]:
    """Leaves with their own rectification text, plus bare leaves styled like those; styled: the (style, depth) of
    the problems the sections before it listed, for a section whose problems all left their text out."""
    split_unnumbered(section)
    nodes = section.walk()
    # (三)下一步工作打算 with 1.坚持思想不松… under it: the genre's closing part at any level lists no problems.
    framing = {id(n) for n in nodes if FRAMING_PART_RE.search(n.marker.rest if n.marker else n.heading)}
    if not section.heading and not section.framing_kept:  # the notice's parts numbered (1)(2) or ⒈⒉ rather than 一、
        framing.update(framing_roots(section.roots))  # are framed as sections are
    nodes = [n for n in nodes if n.labels or not (framing and n.is_under(framing))]
    intros = _list_intros(nodes)
    if intros:  # most sections hold no heading introducing the list
        nodes = [n for n in nodes if not _work_beside_list(n, intros)]
    leaves = [n for n in nodes if not n.children]
    own = {id(n) for n in leaves if n.has_body or _line_states_own_status(n)}
    if not own and leaves and _area_count(section.intro) == len(leaves):
        return leaves  # 本方面1个问题正在整改中 > 问题(二)关于“…”方面 > 第4项:<task>。 bare: the lead counts them
    with_body = {(n.style, n.depth()) for n in leaves if id(n) in own}
    # 三、…方面 > 1)关于“…”方面 > 第一项:<problem>。 bare, the section's only problem: numbered and placed as the
    # problems of the sections before it, it is one of them (fresh seed 62000131)
    if not own:
        with_body.update(styled)
    if section.heading and heading_states_status(section.heading):  # 二、正在整改的问题 > 三是<task>。 alone: listed
        with_body.update((s, 0) for s in _WORD_STYLES)
    return [n for n in leaves if id(n) in own or n.is_problem or (n.style, n.depth()) in with_body]


def _list_intros(nodes: list[Node]) -> set[tuple[int, str]]:
    """(parent, style) of the headings whose words introduce the list below them (…具体整改情况如下:, lexicon
    LIST_INTRO_RE)."""
    return {
        (id(n.parent), n.style)
        for n in nodes
        if n.children and LIST_INTRO_RE.search(n.marker.rest if n.marker else n.heading) is not None
    }


def _work_beside_list(node: Node, intros: set[tuple[int, str]]) -> bool:
    """(一)坚持党工委主抓,组织筹划有力。<what was done> beside (二)…具体整改情况如下: holding the problems: a leaf of
    the work's paragraphs, worded as work, next to the one whose words introduce the list (_list_intros) is no
    problem (a street's notice, round 71); a leaf worded as a shortcoming there stays one."""
    if node.children or node.marker is None or (id(node.parent), node.style) not in intros:
        return False
    return not reads_as_problem(lead_clause(node.marker.rest)[0])


def _line_states_own_status(node: Node) -> bool:
    """1.<problem>，已整改。 / 1.<problem>（已整改）。 with nothing below: the line states its own status, which is
    its rectification text (a township's shortest notices print each problem so, issue 19 point 2)."""
    if node.marker is None:
        return False
    if own_status_line(node.marker.rest):
        return True
    title, marked = trailing_status(node.marker.rest)  # 1.强化选人用人监督,已完成。: a task worded problem too (L04)
    return marked is not None and _task_headline(title)


def word_task_lines(section: Section) -> bool:
    """Whether the section holds lines 一是<task>。 alone that its reading did not take as problems (a cheap precheck
    before the notice's counts are asked which level is the problems')."""
    return sum(1 for ln in section.lines if MEASURE_START_RE.match(ln)) > section.word_points
