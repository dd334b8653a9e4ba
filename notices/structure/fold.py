"""After a section is built: numbered points that are a problem's measures folded back into its body."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import MEASURE_START_RE, TASK_OPENINGS
from ..numbering import POINT_CAPABLE
from ..status import clause_status, label_status, prose_status
from .counts import _lead_count
from .headlines import (
    _TASK_WITH_STATUS,
    _aspect_like,
    _status_heading,
    _task_headline,
    is_problem_heading,
    lead_clause,
    own_status_line,
    reads_as_problem,
    unfielded,
)
from .nodes import Node


def numbered_on(nodes: list[Node]) -> frozenset[int]:
    """The headings whose points are numbered on from the points under the heading before (A. B. > C. D.): measures
    count from 1 under each problem, so points whose numbers run on across headings are the problems."""
    depth: dict[int, int] = {}
    last: dict[tuple[str, int], int | None] = {}
    heads: dict[tuple[str, int], list[int]] = {}
    levels: set[tuple[str, int]] = set()
    for node in nodes:  # walked top down: a heading before its points
        d = depth[id(node)] = depth[id(node.parent)] + 1 if node.parent is not None else 0
        kids = node.children
        if not kids or kids[0].marker is None or kids[0].style not in POINT_CAPABLE:
            continue
        level, first = (kids[0].style, d + 1), kids[0].marker.number
        if first is not None and first > 1 and last.get(level) == first - 1:
            levels.add(level)
        heads.setdefault(level, []).append(id(node))
        end = kids[-1].marker
        last[level] = end.number if end is not None and kids[-1].style == level[0] else None
    return frozenset(i for level in levels for i in heads[level])


def fold_trailing_fields(nodes: list[Node], running: Callable[[], frozenset[int]]) -> bool:
    """'(一)…不够严格问题 > A.<action>,… > B.<action>,… > 责任领导:…;整改时限:…': fields after the last measure, or
    right under the headline before the first, are the problem's (measures carry no fields of their own), so the
    actions become its body and the fields its own, as fold_measures does for actions without fields. True if any."""
    folded = False
    owned: set[tuple[str, int]] | None = None  # the levels whose points carry fields of their own somewhere
    for node in nodes:
        kids = node.children
        if len(kids) < 2 or bool(node.labels) == bool(kids[-1].labels) or any(k.labels for k in kids[:-1]):
            continue  # the common case: no fields, fields of each point's own, or on both
        if owned is None:  # a point with fields before a sibling: asked only where a fold may follow
            owned = {(k.style, k.depth()) for n in nodes for k in n.children[:-1] if k.labels}
        if (kids[-1].style, kids[-1].depth()) in owned:
            continue  # 1.<task>,基本完成。 > 2.<task>… > fields, where under the heading before 1. and 2. each carry
            # their own: the level's points are problems, the fields the last one's
        if any(k.children or k.marker is None or k.style not in POINT_CAPABLE for k in kids):
            continue
        rest = node.marker.rest if node.marker else node.heading
        if _aspect_like(node) or _status_heading(rest) or not reads_as_problem(rest):
            continue  # only a heading stating one shortcoming holds measures
        if any(_point_of_its_own(k) for k in kids):
            continue
        if id(node) in running():
            continue  # (五) under the heading before, (六)(七)(八) > 责任领导:… here: points numbered on are problems
        for kid in kids:
            node.body.extend([kid.heading, *kid.body])
        node.labels.extend(kids[-1].labels)
        node.children, folded = [], True
    return folded


def _point_of_its_own(node: Node) -> bool:
    """A point that reads as a problem, names one, states its own status or is a short task headline (L04)."""
    assert node.marker is not None
    rest = node.marker.rest
    if reads_as_problem(rest, limit=40) or is_problem_heading(node) or own_status_line(rest):
        return True
    lead = lead_clause(rest)[0]
    # ⑴截至目前已完成专项检查3次。 / ⑶目前相关制度均已按期印发。: a short clause reporting a measure's outcome is no
    # task headline; problems worded as tasks open with a verb of improvement (lexicon TASK_OPENINGS, L04).
    task = lead.startswith(TASK_OPENINGS) and _task_headline(lead)
    return task or any(label_status(label, value) for label, value in node.labels)


def fold_measures(
    nodes: list[Node],
    labelled: set[tuple[str, int]],
    kept: frozenset[int] = frozenset(),
    running: Callable[[], frozenset[int]] | None = None,
) -> None:
    """A problem whose numbered children are all actions keeps them as its measures (L01).

    '1.…不到位问题' followed by '(1)进一步修订…' '(2)针对…问题,编制…': the finest level carrying its
    own rectification text is the problem's, so the actions become its body, as printed. A level whose
    nodes elsewhere carry labelled rectification text (整改情况:) is a problem level and stays.
    """
    held: list[Node] = []  # headings named …问题 over one point that reads as a problem (see below)
    folded_named: set[tuple[str, str]] = set()  # (heading, point) styles of headings named …问题 folded so
    for node in nodes:
        fold_measures(node.children, labelled, kept, running)
        kids = node.children
        if not kids or node.labels or id(node) in kept or any(k.children or k.labels for k in kids):
            continue
        if any((k.style, k.depth()) in labelled for k in kids):
            continue
        rest = node.marker.rest if node.marker else node.heading
        if any(is_problem_heading(k) for k in kids):
            continue  # children that name problems of their own (对于…的问题) are the problems
        if any(k.style not in POINT_CAPABLE or (k.marker and own_status_line(k.marker.rest)) for k in kids):
            continue  # 第12项/问题3 number entries, never measures; a child stating its status (【已销号】) is one
        if all(_task_with_own_text(k) for k in kids) and any(k.body for k in kids):
            continue  # 4.<task>,已完成。 <text> / 1)<task>。一是…: each point its own status or measures, a problem
        # A headline printed as '…问题' names one problem: its children can only be measures. A headline
        # that merely reads as a shortcoming needs children that do not read as problems themselves.
        if _aspect_like(node):
            continue  # (一)…方面存在的问题 names an area holding problems
        if _status_heading(rest):
            continue  # 1.已整改完成的问题 groups problems by status, even task-worded ones (❶加强人才引进培养。…)
        if (count := _lead_count(node)) is not None and count == len(kids) and (count >= 2 or _area_lead(node)):
            continue  # 1、<shortcoming> > 本方面共3个问题… > A.<task> B. C.: its own count is its points, the problems;
            # one point too where the lead calls the heading an area (<shortcoming> > 本方面1个问题… > (1)<task>)
        named = lead_clause(rest)[0].rstrip("。.").endswith("问题")  # its headline: 1.<…问题>。目前已完成整改。
        problems = sum(reads_as_problem(k.marker.rest if k.marker else k.heading, limit=40) for k in kids)
        if not (named and 2 * problems <= len(kids)) and not (reads_as_problem(rest) and problems == 0):
            if named and len(kids) == 1:
                held.append(node)
            continue
        if running is not None and id(node) in running():
            continue  # its points are numbered on from the heading before's (numbered_on): they are the problems
        if named:
            folded_named.add((node.style, kids[0].style))
        _fold_points(node)
    # 6.…覆盖不全问题 > (1)对未建立党组织的学会选派指导员…。此项问题已销号。 among 5.…问题 > (1)…(2)…: a lone point
    # whose action mentions a shortcoming (未建立…的学会) is still a measure where the sibling headings named …问题
    # hold measures at that level; the whole level is read one way.
    for node in held:
        level = (node.style, node.children[0].style)
        if level in folded_named and not (running is not None and id(node) in running()):
            _fold_points(node)


def _area_lead(node: Node) -> bool:
    """Whether the heading's lead sentence speaks of it as an area (本方面/该方面1个问题…)."""
    return node.body[0][1:3] == "方面" and node.body[0][:1] in "本该此这"


def _fold_points(node: Node) -> None:
    """The node's points become its body, as printed: its measures (kept, should the notice read them otherwise)."""
    node.folded = (node.children, len(node.body))
    for kid in node.children:
        node.body.extend([kid.heading, *kid.body])
    node.children = []


def _task_with_own_text(node: Node) -> bool:
    """'4.提升基层党组织组织力,已完成,需长期坚持。', '1)深化作风建设。一是…二是…' or '⑴<task>。' over text closing with
    目前,该问题已完成整改: a short task headline stating its own status or opening its own measures 一是… (L04 problems
    worded as tasks; measures do not nest); a measure's step stating its status (修订…制度，目前已整改到位) is one
    longer sentence."""
    if node.marker is None or node.labels:
        return False
    if len(node.marker.rest) > _TASK_WITH_STATUS + 1:
        return False  # the cheap precheck: longer than a task headline and its status clause
    title, clause = clause_status(unfielded(node.marker.rest))  # A.问题表现:<task>。 as <task>。
    if not _task_headline(title):
        return False
    if clause is not None:
        return True
    return bool(node.body) and (MEASURE_START_RE.match(node.body[0]) is not None or _closes_with_status(node))


def _closes_with_status(node: Node) -> bool:
    """The node's own text states a status in prose (目前,该问题已完成整改 / 正在整改)."""
    return prose_status("\n".join(node.body)) is not None
