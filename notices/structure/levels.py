"""Which nodes are the problems: the leaves with their own rectification text and those styled like them."""

from __future__ import annotations

from ..lexicon import FRAMING_PART_RE, LABEL_RE, LIST_INTRO_RE, MEASURE_START_RE
from ..numbering import POINT_CAPABLE, WORD_FAMILIES
from ..status import trailing_status
from .framing import framing_roots
from .headlines import (
    _aspect_like,
    _task_headline,
    heading_states_status,
    lead_clause,
    own_status_line,
    reads_as_problem,
    split_headline,
)
from .labels import add_line
from .nodes import Marker, Node, Section, marker_of, word_marker_of
from .unnumbered import area_count, split_unnumbered

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
    if not own and leaves and area_count(section.intro) == len(leaves):
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


def lone_points_like_the_others(sections: list[Section]) -> None:
    """A heading over one point read as the problem itself (A.关于“…”问题的整改 > ⒈<task>。<text>, its point folded
    into its text, or ⒈<shortcoming>。 > 一是<task>。 > its fields and text) where headings of its style at its depth
    elsewhere in the notice hold points of that family as their problems (A.<shortcoming> > ⒈<task>。 ⒉<task>。, the
    count there says so): a family met at a level is that level, and the level is read alike in every section
    (issue 19 point 1), so the lone point is the problem and the heading its group. One section's reading cannot see
    the next section's; a measure enumeration of one point is the weaker reading (measures come two or more)."""
    walks = [s.walk() for s in sections if s.carries_items]
    leaves = [n for nodes in walks for n in nodes if not n.children and n.marker is not None]
    lone = [n for n in leaves if _lone_point(n)]
    # the same for a heading whose text is a run of such points numbered from 1 (问题(一)<shortcoming> > 1:<problem>。
    # <measure> > 2:…, placed as its measures) where its siblings' points are their problems
    runs = {id(n): run for n in leaves if (run := _point_run(n)) is not None}
    if not lone and not runs:
        return  # the cheap precheck: most notices fold no lone point and open no text with a lone 一是
    points = [n.folded[0][0] if n.folded is not None else _numbered(n.body[0]) for n in lone]
    pairs = {(n.style, p.style) for n, p in zip(lone, points, strict=True) if p is not None}
    pairs |= {(n.style, runs[id(n)][0][1].style) for n in leaves if id(n) in runs}
    # the levels whose points under a heading hold text of their own; under an area (…方面) points are its problems
    # whatever its siblings' points are, so such headings say nothing of a group's lone point
    kept = {
        (n.parent.style, n.depth() - 1, n.style)
        for nodes in walks
        for n in nodes
        if n.parent is not None
        and (n.parent.style, n.style) in pairs
        and not n.children
        and n.has_body
        and n.marker is not None
        and not _aspect_like(n.parent)
    }
    for node, point in zip(lone, points, strict=True):
        if point is None or (node.style, node.depth(), point.style) not in kept:
            continue
        if node.folded is not None:
            node.children, node.body, node.folded = node.folded[0], node.body[: node.folded[1]], None
        elif isinstance(point, Marker) and _headline(point):
            _open_point(node, point)
    for node in leaves:
        run = runs.get(id(node))
        if run is not None and (node.style, node.depth(), run[0][1].style) in kept:
            _open_points(node, run)


def _lone_point(node: Node) -> bool:
    """Whether the node folded one point with text of its own into its text, or opens its text with a lone point
    (⒈, 一是: a task headline or a shortcoming; a numbering under a heading naming a problem is first placed as its
    measures) that lines of its own follow."""
    if node.folded is not None:
        kids, at = node.folded
        return len(kids) == 1 and at == 0 and bool(kids[0].body) and not kids[0].labels
    if not node.body or not node.lines or node.lines[0] != node.body[0]:
        return False
    found = _numbered(node.body[0])
    if found is None or found.number != 1 or not (len(node.body) > 1 or node.labels):
        return False
    return not any((mk := _numbered(ln)) is not None and mk.style == found.style for ln in node.body[1:])


def _point_run(node: Node) -> list[tuple[int, Marker]] | None:
    """(line index, point) of the run of points the node's text is, numbered from 1 in one family, each headed by a task
    or a shortcoming (1:<shortcoming>。<its measure> 2:…); None unless it opens the text and counts two or more."""
    if node.folded is not None or not node.body or not node.lines or node.lines[0] != node.body[0]:
        return None
    first = _numbered(node.body[0])
    if first is None or first.number != 1 or len(node.lines) < 2:
        return None
    run = [(0, first)]
    for k, line in enumerate(node.lines[1:], 1):
        mk = _numbered(line)
        if mk is not None and mk.style == first.style:
            if mk.number != len(run) + 1:
                return None
            run.append((k, mk))
    if node.labels and not any(LABEL_RE.match(line) for line in node.lines[: run[-1][0]]):
        return None  # fields after the last point alone are the heading's own: its points are its measures
    # (fields between the points are the points' own: 1.<task>。<status> > 责任部门:… > 2.<task>… each a problem)
    return run if len(run) >= 2 and all(_headline(mk) for _, mk in run) else None


def _open_points(node: Node, run: list[tuple[int, Marker]]) -> None:
    """The node's text, a run of points, becomes those points: problems under it, each with its own lines."""
    lines, kids = node.lines, []
    for (at, mk), (end, _) in zip(run, [*run[1:], (len(lines), run[0][1])], strict=True):
        kid = Node(lines[at], mk.style, mk, node)
        for line in lines[at + 1 : end]:
            add_line(kid, line)
        split_headline(kid)
        kids.append(kid)
    node.body, node.labels, node.lines, node.children = [], [], [], kids


def _numbered(line: str) -> Marker | None:
    """The point a line opens with (⒈, (1), 一是, 其一, …)."""
    found = marker_of(line)
    if found is not None:
        return found if found.style in POINT_CAPABLE else None
    if not MEASURE_START_RE.match(line):
        return None
    return word_marker_of(line)


def _headline(point: Marker) -> bool:
    """A point headed by a task (加强…) or a shortcoming, as a problem is; a step's outcome (已对…) is neither."""
    lead = lead_clause(trailing_status(point.rest)[0])[0]
    return _task_headline(lead) or reads_as_problem(lead, limit=50)


def _open_point(node: Node, mk: Marker) -> None:
    """The node's text, opened by its lone point, becomes that point's: the point a problem under it."""
    kid = Node(node.body[0], mk.style, mk, node)
    for line in node.lines[1:]:
        add_line(kid, line)
    split_headline(kid)  # ⒈<task>。<its text run on>, as the section's reading splits its points
    node.body, node.labels, node.lines, node.children = [], [], [], [kid]
