"""A section's lines into its numbered tree with the numbering-style stack: where each numbered line is placed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from ..lexicon import (
    FINDINGS_LEAD_RE,
    LABEL_RE,
    MEASURE_LEADS,
    MEASURE_OPENING_RE,
    MEASURE_START_RE,
    SECTION_RE,
    TASK_OPENINGS,
    TASKS_LEAD_RE,
)
from ..numbering import MEASURE_CAPABLE, POINT_CAPABLE, SLIP_STYLES, WORD_FAMILIES
from ..status import (
    bracketed_status,
    clause_status,
    lead_status,
    prose_found,
    prose_status,
    trailing_status,
)
from .counts import _lead_count, _section_top, claimed_points
from .fold import fold_measures, fold_trailing_fields, numbered_on
from .headlines import (
    _TASK_WITH_STATUS,
    _aspect_like,
    _closes_with_prose,
    _names_itself,
    _task_headline,
    _wrapped_title,
    heading_states_status,
    is_problem_heading,
    lead_clause,
    own_status_line,
    reads_as_problem,
    split_headline,
    split_headlines,
    unfielded,
    wrapped_headline,
)
from .labels import _block_states_own_status, add_line, fields, split_inline_labels
from .nodes import Marker, Node, Section, marker_of
from .sections import STATUS_HEADING, is_status_heading, section_is_problem
from .unnumbered import groups_tasks, unnumbered_areas, unnumbered_problems
from .words import word_numbered


def build(section: Section) -> None:
    """Fill section.roots/intro from its lines with the numbering-style stack."""
    lines = split_inline_labels(section.lines)
    if section_is_problem(section):
        _build_problem_section(section, lines)
        split_headlines(section)  # 一、<problem>。一是<measure>…: the heading's own text runs on its line (L05, inline)
        return
    stack: list[Node] = []
    markers = _slips_read(lines, [marker_of(line) for line in lines])
    grouped = bool(section.heading) and heading_states_status(section.heading)  # 一、已完成整改的问题
    # the last problem numbered in words (二是…), whose run may go on under the next group
    last_word: Node | None = None
    # its problems unnumbered paragraphs opening in plain words (加强档案管理。 > 牵头领导:… > 一是<measure>。二是…):
    # the 一是 runs inside them are their measures, never problems of the part (a status part's task-worded problems)
    plain = section.plain_problems and bool(lines) and MEASURE_START_RE.match(lines[0]) is None
    for i, line in enumerate(lines):
        mk = markers[i]
        # asked once: word_numbered reads only a line opening so (一是, 其一), and most lines open otherwise
        opens_words = not plain and MEASURE_START_RE.match(line) is not None
        if mk is None or opens_words:
            mk = word_numbered(lines, i, stack, section.word_tasks, grouped, last_word) if opens_words else None
            section.word_points += mk is not None
            if mk is None and opens_words:
                last_word = None  # a 一是 read as a measure breaks the run
        if mk is not None:
            _place_marker(section, stack, line, mk, (lines, markers, i))
            if stack and stack[-1].style == mk.style and mk.style in _WORD_STYLES:
                last_word = stack[-1]
            continue
        nxt = markers[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and is_status_heading(line):
            _place_status_heading(section, stack, line, nxt)
            continue
        target = stack[-1] if stack else None
        if target is None:
            section.intro.append(line)
            continue
        if _is_unnumbered_heading(line, nxt, stack):
            level = len(stack) - 2
            style = stack[level].style
            del stack[level:]
            _push(section, stack, Node(line, style, None, stack[-1]))
            continue
        add_line(target, line)
    if not section.roots and section.plain_areas and (areas := unnumbered_areas(section.intro)) is not None:
        section.intro, section.roots = [], areas  # …方面 > <problem>。 > <its text>: unnumbered areas (round 139)
    if not section.roots and section.plain_problems:
        split = unnumbered_problems(section.intro)
        if split is None and groups_tasks(section.heading, section.intro):
            split = unnumbered_problems(section.intro, tasks=True)  # tasks under an area (parse._find_plain_problems)
        if split is None:  # its first paragraph a problem by its shape, as parse._find_plain_problems found
            split = unnumbered_problems(section.intro, shaped=True)
        if split is not None:
            section.intro, section.roots = split
    split_headlines(section)
    nodes = section.walk()
    if fold_trailing_fields(nodes, _once(lambda: numbered_on(nodes))):
        nodes = section.walk()
    labelled = {(n.style, n.depth()) for n in nodes if n.labels}
    kept = claimed_points(section)
    if section.word_tasks:  # the 一是 headlines read as problems are not folded back into their headings
        kept |= {id(n.parent) for n in nodes if n.style in _WORD_STYLES}
    fold_measures(section.roots, labelled, kept, _once(lambda: numbered_on(nodes)))  # asked only before a fold
    for node in nodes:  # 1.<problem>。目前已完成整改。 > (1)(2) folded as its measures: a leaf now, split as leaves are
        if node.folded is not None and not node.children:
            before = len(node.body)
            split_headline(node)
            if len(node.body) > before:  # the run-on text opens the body: the points still start after it
                node.folded = (node.folded[0], node.folded[1] + 1)


_WORD_STYLES = frozenset(f.style for f in WORD_FAMILIES)


def _slips_read(lines: list[str], markers: list[Marker | None]) -> list[Marker | None]:
    """Each lone number whose form slipped from its run's (1.<problem> | (2)<problem> | 3.<problem>, or (1) 2. (3)) as
    a number of the run: a grassroots notice typed by hand slips the bracket or the stop on one problem (a 社区's
    and a 街道's notices, round 127), which would otherwise open a level below the problem before it and vanish
    into its text. The evidence is the run's own: the nearest numbers in figures before and after it are of one
    other style and number one less and one more than it; a measure enumeration under a problem opens at 1 and
    comes two or more, and one numbered on across problems ((1) under 1., (2) under 2.) never sits so."""
    if len({mk.style for mk in markers if mk is not None and mk.style in SLIP_STYLES}) < 2:
        return markers  # the cheap precheck: most sections number in one style of figures
    figures = [i for i, mk in enumerate(markers) if mk is not None and mk.style in SLIP_STYLES]
    out = list(markers)
    for before, at, after in zip(figures, figures[1:], figures[2:], strict=False):
        prev, mk, nxt = markers[before], markers[at], markers[after]
        assert prev is not None and mk is not None and nxt is not None
        if prev.style == mk.style or nxt.style != prev.style or mk.number is None:
            continue
        if prev.number == mk.number - 1 and nxt.number == mk.number + 1 and not MEASURE_START_RE.match(lines[at]):
            out[at] = Marker(prev.style, mk.label, mk.rest)
    return _runs_read(lines, out, figures)


def _runs_read(lines: list[str], markers: list[Marker | None], figures: list[int]) -> list[Marker | None]:
    """Each run of numbers in figures that counts on by one from its first ((1) 2) 3、 / 1) 2) (3)), its forms mixed,
    as one numbering in the form the section's counting runs print most: a typist on a phone or in WPS slips the
    bracket or the stop at a run's first or last number, or on several (a community's notice, round 136), where
    _slips_read finds no neighbours of one form on both sides. A run is the figures no other numbering stands between
    (the heading above them, 壹、 or (一), ends it), each with lines of its own; a problem's measures ((1)(2) under 1.)
    restart, so a run holding them never counts on by one, and a measure opening (一是) keeps its form."""
    runs: list[list[tuple[int, Marker]]] = []
    last: dict[str, int | None] = {}  # each form's last number met so far
    for i in figures:
        mk = markers[i]
        assert mk is not None
        # a number going on from its own form's last (2.<part> … 1) 2) under it … 3.<next part>) is that numbering's
        # next, a level of its own, not a slip closing the run before it (held-out draws 77000630 and kin)
        own = bool(runs) and mk.number is not None and last.get(mk.style) == mk.number - 1
        own = own and runs[-1][-1][1].style != mk.style
        if runs and not any(markers[runs[-1][-1][0] + 1 : i]) and not own:
            runs[-1].append((i, mk))
        else:
            runs.append([(i, mk)])
        last[mk.style] = mk.number
    # three numbers or more, from 1: a run of two (1) under A. then 2.<next area>) or one going on from an earlier
    # heading's ((2)<group> 3.<problem>, numbered through the groups) is as often two levels as one slipped
    counting = [run for run in runs if len(run) >= 3 and _counts_on([0, *(mk.number for _, mk in run)])]
    # every number of a mixed run with lines of its own before the next: a number whose next line is numbered at once
    # in another form heads it ((2)<group> then 3.<problem>, numbered through the groups), no slip
    mixed = [
        run
        for run in counting
        if len({mk.style for _, mk in run}) >= 2
        and all(i + 1 < len(markers) and markers[i + 1] is None for i, _ in run)
    ]
    if not mixed:
        return markers
    tally = Counter(mk.style for run in counting for _, mk in run)
    style = tally.most_common(1)[0][0]  # the first met among equals
    out = list(markers)
    for run in mixed:
        for i, mk in run:
            if mk.style != style and not MEASURE_START_RE.match(lines[i]):
                out[i] = Marker(style, mk.label, mk.rest)
    return out


def _counts_on(numbers: list[int | None]) -> bool:
    """Whether the numbers go on by one (0, 1, 2, 3: a run from 1)."""
    return all(a is not None and b == a + 1 for a, b in pairwise(numbers))


def rebuild(section: Section, word_tasks: bool) -> None:
    """Read the section again with its 一是<task>。 headlines as problems or not (the notice's counts decide)."""
    section.roots, section.intro, section.word_tasks, section.word_points = [], [], word_tasks, 0
    build(section)


def _once(compute: Callable[[], frozenset[int]]) -> Callable[[], frozenset[int]]:
    """Compute on the first call only (most sections never ask)."""
    memo: list[frozenset[int]] = []

    def get() -> frozenset[int]:
        if not memo:
            memo.append(compute())
        return memo[0]

    return get


def _build_problem_section(section: Section, lines: list[str]) -> None:
    """The whole section is one problem: every line below its heading is its rectification text."""
    m = SECTION_RE.match(section.heading)
    assert m is not None
    node = Node(section.heading, "一、", Marker("一、", m[1], m[2]), None, is_problem=True)
    for line in lines:
        label = LABEL_RE.match(line)
        if label:
            node.labels.extend(fields(line))
        else:
            node.body.append(line)
    section.roots.append(node)


# Where a numbered line stands: the section's lines, their numbering, and its index.
At = tuple[list[str], list[Marker | None], int]


def _bracketed_like_the_next(mk: Marker, at: At) -> bool:
    """(一)公务用车使用登记(已完成)。<text> followed by (二)<shortcoming>【已完成】。<text>: a first point closing its
    headline with a bracketed status, whose next point of its family is a problem by its own evidence in the same
    shape, is a problem too, whatever its words (siblings read alike, issue 19 point 2); a measure's done step opens
    with its verb (修订…(已完成)), never standing so beside a problem."""
    head = lead_clause(mk.rest)[0]
    if bracketed_status(head)[1] is None or head.startswith((*TASK_OPENINGS, *MEASURE_LEADS)):
        return False  # the cheap precheck: most first points close with no bracket; a step opens with its verb
    lines, markers, i = at
    j = next((k for k in range(i + 1, len(lines)) if (m := markers[k]) is not None and m.style == mk.style), None)
    if j is None or (nxt := markers[j]) is None or nxt.number != 2:
        return False
    following = bracketed_status(lead_clause(nxt.rest)[0])[1] is not None
    return following and states_own_problem(nxt.rest, _own_block((lines, markers, j))[0], False)


def _own_block(at: At) -> tuple[list[str], Marker | None]:
    """The lines after a numbered line up to the next numbered line (what it carries of its own), and that line's
    numbering when it follows at once."""
    lines, markers, i = at
    end = next((j for j in range(i + 1, len(lines)) if markers[j]), len(lines))
    return lines[i + 1 : end], markers[end] if end == i + 1 < len(lines) else None


def _place_marker(section: Section, stack: list[Node], line: str, mk: Marker, at: At) -> None:
    styles = [n.style for n in stack]
    top = stack[-1] if stack else None
    if (
        top is not None
        and _is_measure_enumeration(top, mk, styles, at, section)
        and not _level_met(section, top, mk, styles, at)
    ):
        top.body.append(line)
        top.lines.append(line)
        return
    if mk.style in styles:
        del stack[styles.index(mk.style) :]
    title, tail = wrapped_headline(mk.rest)
    node = Node(line, mk.style, Marker(mk.style, mk.label, title), stack[-1] if stack else None)
    if tail:  # the rest of a one-paragraph item is its rectification text
        add_line(node, tail)
    _push(section, stack, node)


def _level_met(section: Section, top: Node, mk: Marker, styles: list[str], at: At) -> bool:
    """A lone point under a heading naming one problem, its family already met at this depth as points of their own
    (1.<task>,已完成。 under the other headings): a family met at a level is that level (issue 19 point 1), so it is
    placed as a point, and the level is decided for all of them alike (fold_measures, the heading's count); measures
    come two or more, a problem with a single measure is the weaker reading."""
    depth, above = len(styles), at[0][at[2] - 1] if at[2] else ""
    if mk.number != 1 or marker_of(above) is None or not section.roots or not is_problem_heading(top):
        return False  # the point must follow its heading at once (its measures would come after the heading's text)
    if not _lone_point(mk, styles, at):
        return False
    return any(n.style == mk.style and n.depth() == depth for n in section.walk())


def _is_measure_enumeration(top: Node, mk: Marker, styles: list[str], at: At, section: Section) -> bool:
    """(1)(2) or 1. 2. inside a problem's rectification text rather than new problems."""
    if mk.style not in POINT_CAPABLE:
        return False
    if mk.style not in styles and mk.number == 1 and _facts_announced(top, at):
        top.enum_next, top.enum_style = 2, mk.style  # its next points go on as the facts' (_continues_enumeration)
        return True
    if mk.style not in styles and mk.number == 1 and _tasks_announced(top, at):
        top.enum_next, top.enum_style = 2, mk.style  # its next tasks go on as the first's (_continues_enumeration)
        top.tasks = True  # their statuses read together (status.sentences.tasks_status)
        return True
    if mk.style not in styles and is_problem_heading(top):
        # under "问题1.针对…的问题。" a new numbering enumerates measures, unless its lines are problems of
        # their own: then those are the problems and 问题1 (or 1.关于“…”问题的整改) is their group (L07, L14)
        if _continues_enumeration(top, mk, at):
            return True  # (2) after the measure (1): the same enumeration, whatever follows it
        if _headed_alike_before(top, mk.style, section.roots):
            return False  # 问题3:<shortcoming> > (一)… as under 问题1 and 问题2: siblings read alike
        if (not top.has_body or _only_lead(top)) and mk.style != top.enum_style and mk.number not in (None, 1):
            return False  # 3、 right under (2)关于“…”问题的整改: measures count from 1, so it continues the problems
        block, points = _own_block(at)
        below = points is not None and points.style not in (*styles, mk.style)
        if states_own_problem(mk.rest, block, below):
            return False
        if mk.style not in MEASURE_CAPABLE and reads_as_problem(wrapped_headline(mk.rest)[0]):
            return False  # (一)<shortcoming>问题 under 1.关于“…”问题的整改: a heading family numbers problems
        if _named_shortcoming(mk.rest):
            return False  # A.固定资产管理混乱问题 under 一、关于“…”问题的整改: a point naming a shortcoming a problem
        if mk.number == 1 and _bracketed_like_the_next(mk, at):
            return False  # (一)<plain words>(已完成)。 > (二)<shortcoming>【已完成】。: points alike, the problems
        if mk.number == 1 and not _lone_point(mk, styles, at) and _states_own_in_block(mk, block):
            return (
                False  # 问题(一)… > 1.<task> / 整改进度:… > 2.<task> / 整改进度:…: each point its own status, a problem
            )
        if _lone_point(mk, styles, at) and _carries_text(block, mk.rest):
            return False  # 1)关于“…”问题的整改 > (1)<task>。 with its own 一是…/整改结果: lines, no (2): the problem
        above = top.parent or _section_top(section)  # or the section itself, its lead sentence first
        if mk.number == 1 and _counted_points(above, mk, styles, at):
            return False  # 本方面共3个问题 > 问题1:<shortcoming> > a.<task> b. c.: the count above is the points'
        if mk.number == 1 and _counted_points(top, mk, styles, at, own=True):
            return False  # 问题(一)<area>:<shortcoming> > 本方面3个问题… > a.<task> b. c.: its own count is the points'
        top.enum_next, top.enum_style = (mk.number or 0) + 1, mk.style
        return True
    if mk.style not in MEASURE_CAPABLE:
        return False
    if not top.has_body or _only_lead(top):
        return False
    if _continues_enumeration(top, mk, at):
        return True
    if mk.style not in styles:
        return bool(top.labels) or len(styles) >= 2
    # Same style as the problem itself: a restart at 1 inside a labelled body is an enumeration.
    if mk.style == top.style and mk.number == 1 and (top.marker and (top.marker.number or 0) > 1) and top.labels:
        top.enum_next, top.enum_style = 2, mk.style
        return True
    if mk.style == top.style and mk.number == 1 and _announced_restart(top, at):
        top.enum_next, top.enum_style = 2, mk.style
        return True
    return False


def _announced_restart(top: Node, at: At) -> bool:
    """1.<problem>。 > 整改措施：(or 存在问题：, 具体表现：) > 1.<measure> 2.<measure> > 整改进展：… > 2.<next problem>:
    under the first problem, whose number is no help, a list announced by a field's name on a line alone restarts the
    problem's own numbering; it is its text when its points stand a line each (two or more) and the number after them
    steps back (the next problem's 2. after the list's 1. 2.), which a run of problems never does (round 156); under a
    later problem a 1. restarts by itself (a field's name on its line, where the problem holds no field yet)."""
    lines, markers, i = at
    above = lines[i - 1] if i else ""
    label = LABEL_RE.match(above)
    if label is None and not ("表现" in above and FINDINGS_LEAD_RE.search(above)):
        return False  # the cheap precheck: most points follow no field's name
    if label is not None and (label["value"] or "").strip():
        return False  # a field with its value on its line: the point is no list it announces
    mk = markers[i]
    assert mk is not None and mk.number is not None
    run = _numbered_run(at, mk)
    if run < 2:
        return False
    if top.marker is not None and (top.marker.number or 0) > 1:
        return True  # under 2. or a later problem, a 1. is no next problem: the restart is plain (the last one's too)
    after = next((m for m in markers[i + run :] if m is not None and m.style == mk.style), None)
    return after is not None and after.number is not None and after.number <= run


def _numbered_run(at: At, mk: Marker) -> int:
    """How many points of mk's style follow one another from at, numbered on by one (1. 2. 3.); 0 where the numbering
    breaks inside the run (1. 3.)."""
    lines, markers, i = at
    run = 1
    while i + run < len(lines) and (nxt := markers[i + run]) is not None and nxt.style == mk.style:
        if nxt.number != run + 1:
            return 0
        run += 1
    return run


def _facts_announced(top: Node, at: At) -> bool:
    """1.<problem>。 > 具体表现： (or 1.<problem>,主要表现在：) > ①<fact>；②<fact>。 > 整改措施：… > 整改进展：…: points
    right after a line announcing the finding's facts (lexicon FINDINGS_LEAD_RE), each a line alone, the problem's
    text after the last of them, are the problem's description, not problems of their own however they read, nor a
    level: the problem is the finest level with its own rectification text (round 156). Points carrying lines of their
    own (an area's (1)<problem> > 整改措施：…) are problems still, whatever announced them."""
    lines, markers, i = at
    above = lines[i - 1] if i else ""
    announced = "表现" in above and FINDINGS_LEAD_RE.search(above) is not None
    if announced and above != top.heading and not (top.body and top.body[-1] == above):
        return False
    if not announced and (above != top.heading or top.marker is None):
        return False  # the cheap precheck: most points follow neither an announcement nor their heading at once
    mk = markers[i]
    assert mk is not None
    run = _numbered_run(at, mk)
    if run < 2:
        return False
    if announced:
        return True
    # unannounced (1.<problem>。 > ①<fact>；②<fact>。 > 整改措施：…): the heading states one shortcoming, not an area,
    # the problem's fields follow the last point at once, and every point is a fact: a shortcoming, neither an action
    # (the heading's measures, folded as such) nor a task or a line stating a status (problems printed bare)
    after = lines[i + run] if i + run < len(lines) else ""
    if mk.style not in MEASURE_CAPABLE or LABEL_RE.match(after) is None:
        return False
    assert top.marker is not None
    if _aspect_like(top) or not reads_as_problem(top.marker.rest):
        return False
    if is_status_heading(top.marker.rest):  # (二)正在推进整改的问题 > ①<problem> > 牵头领导：…: a status section's
        return False  # points are its problems, each stating its fields, never facts of a problem the heading names
    points = [lead_clause(m.rest)[0] for m in markers[i : i + run] if m is not None]
    return not any(_not_fact(p) for p in points) and any(reads_as_problem(p, limit=40) for p in points)


def _tasks_announced(top: Node, at: At) -> bool:
    """问题1:<problem>。 > 该问题分解为3项整改任务： > (1)<task>。完成情况:… > (2)…: points right after a line (or
    the heading's close) announcing the tasks the problem was broken into (lexicon TASKS_LEAD_RE), two or more, are
    the problem's tasks: its rectification text, each task with its own status (status.sentences' tasks read them
    together), not problems, though each states its own status (round 158)."""
    lines, markers, i = at
    above = lines[i - 1] if i else ""
    if not above.endswith((":", "：")) or TASKS_LEAD_RE.search(above) is None:
        return False  # the cheap precheck: most points follow no colon
    if above != top.heading and not (top.body and top.body[-1] == above):
        return False
    mk = markers[i]
    assert mk is not None
    # the tasks numbered on (1) (2) …, each a line or a line with its status field's line under it (a field's label
    # runs on after a task's full stop and is cut to a line of its own: normalize's inline labels)
    run, k = 1, i + 1
    while k < len(lines):
        nxt = markers[k]
        if nxt is None and LABEL_RE.match(lines[k]):
            k += 1  # the task's field line
            continue
        if nxt is None or nxt.style != mk.style or nxt.number != run + 1:
            break
        run, k = run + 1, k + 1
    return run >= 2


def _not_fact(lead: str) -> bool:
    """A point's headline that cannot be a fact of the problem above: an action or a task (its measures, or problems
    worded as tasks), a problem named by its wrapper (关于“…”问题的整改情况) or a line stating a status of its own."""
    if lead.startswith((*TASK_OPENINGS, *MEASURE_LEADS, "关于", "针对", "对于")) or MEASURE_OPENING_RE.match(lead):
        return True
    if _wrapped_title(lead) is not None or own_status_line(lead):
        return True
    return trailing_status(lead)[1] is not None or clause_status(lead)[1] is not None


def _named_shortcoming(rest: str) -> bool:
    """A point's headline naming a shortcoming as a problem (固定资产管理混乱问题。): no measure is worded so, though a
    measure may name the problem it answers after its own verb (针对…问题, 解决…问题, 整改…问题)."""
    head = lead_clause(rest)[0].rstrip("。.;；")
    return (
        head.endswith("问题")
        and not MEASURE_OPENING_RE.match(head)
        and not head.startswith(TASK_OPENINGS)
        and not head.startswith(MEASURE_LEADS)
        and reads_as_problem(head)
    )


def _headed_alike_before(top: Node, style: str, roots: list[Node]) -> bool:
    """Whether a heading before top, of its family and under the same parent, holds headings of `style` of its own:
    the family numbers the level below those headings (problems under 问题1, 问题2, 问题3), not measures."""
    siblings = top.parent.children if top.parent else roots
    if top not in siblings:
        return False
    return any(c.style == style for s in siblings[: siblings.index(top)] if s.style == top.style for c in s.children)


def _counted_points(head: Node, mk: Marker, styles: list[str], at: At, own: bool = False) -> bool:
    """Whether the heading two levels up (own: the heading right above) counts its problems (该方面3个问题…) and its
    block numbers exactly that many points in mk's family, not that many headings right below it: the notice's own
    count says the points are the problems (issue 19 point 2), as claimed_points decides for points already placed.
    A heading counting its own points counts two at least (one point under 本方面1个问题 reads alike either way)."""
    claimed = _lead_count(head)
    if claimed is None or (own and claimed < 2):
        return False
    lines, markers, i = at
    upper = styles if own else styles[:-1]  # the heading's own level and those above it close its block
    start = i
    while start > 0 and not ((m := markers[start - 1]) is not None and m.style in upper):
        start -= 1
    end = i + 1
    while end < len(lines) and not ((m := markers[end]) is not None and m.style in upper):
        end += 1
    found = [m.style for m in markers[start:end] if m is not None]
    return found.count(mk.style) == claimed != found.count(styles[-1])


def _lone_point(mk: Marker, styles: list[str], at: At) -> bool:
    """A first point with no second of its numbering before the heading above it closes: measures come two or more."""
    if mk.number != 1:
        return False
    _, markers, i = at
    for other in markers[i + 1 :]:
        if other is None:
            continue
        if other.style == mk.style:
            return False
        if other.style in styles:
            return True
    return True


def _states_own_in_block(mk: Marker, block: list[str]) -> bool:
    """A first point whose own lines hold a status field, or, its headline a task's words alone on its line, a closing
    sentence stating the problem's status (1.加强保密管理。 > 一是… > 目前该问题已完成整改。): a problem (L04)."""
    if _block_states_own_status(block):
        return True
    lead, tail = lead_clause(unfielded(mk.rest))  # A.问题表现:<task>。: the field's name no part of its headline
    if tail and _names_itself(tail) and _task_headline(lead) and prose_status(tail) is not None:
        return True  # ⑴<task>。目前该问题已完成整改。: the point calls itself the problem whose status it states
    if tail and block and _task_headline(lead) and _names_itself(block[-1]) and prose_status(block[-1]) is not None:
        return True  # a.<task>。<its measure>。 > 目前该问题正在推进整改。: its text run on, its own closing on a line
    return not tail and bool(block) and _task_headline(lead) and _closes_with_prose(block)


def _carries_text(block: list[str], rest: str) -> bool:
    """A point followed by its own labelled lines or 一是 measures, its headline not an action frame (对于…开展…)."""
    if MEASURE_OPENING_RE.match(rest):
        return False
    return any(LABEL_RE.match(ln) or MEASURE_START_RE.match(ln) for ln in block)


def _only_lead(top: Node) -> bool:
    """A heading whose only text is its lead sentence (该方面2个问题已全部整改完成): it heads problems, not measures."""
    return len(top.body) == 1 and not top.labels and lead_status(top.body) is not None


def _continues_enumeration(top: Node, mk: Marker, at: At) -> bool:
    """The next number of the measure enumeration running in the node's body, in its style."""
    if top.enum_next is None or mk.style != top.enum_style or mk.number != top.enum_next:
        return False
    if mk.style == top.style and top.marker is not None and mk.number == (top.marker.number or 0) + 1:
        # 2.<problem> > 整改措施： > 1.<measure> 2.<measure> > 整改进展：… > 3.<next problem> > 整改措施：…: a list
        # in the problem's own numbering reaching the next problem's number: a point whose own lines begin a field
        # the problem above already holds (整改措施：) or announce facts (具体表现：) is the next problem (measures
        # carry neither), not the list's next (round 156); the problem's own fields after its list's last point
        # (1.<measure> 2.<measure> > 整改进展：<status>, 1.<fact> 2.<fact> > 整改措施：) are new to it
        held = {label for label, _ in top.labels}
        lines, markers, i = at
        end = next((j for j in range(i + 1, len(lines)) if (m := markers[j]) and m.style == mk.style), len(lines))
        if any(_begins_again(ln, held) for ln in lines[i + 1 : end]):
            return False
    top.enum_next += 1
    return True


def _begins_again(line: str, held: set[str]) -> bool:
    """A field the problem already holds (整改措施：, 存在问题：), or a line announcing its facts (具体表现：)."""
    field = LABEL_RE.match(line)
    if field is not None:
        return field["label"] in held
    return "表现" in line and FINDINGS_LEAD_RE.search(line) is not None


def states_own_problem(rest: str, block: list[str], points_below: bool) -> bool:
    """Whether a numbered line is a problem by its own evidence rather than a measure of the one above.

    The problem level is the finest whose nodes carry their own rectification text: a line that names a
    problem ((1)对于…的问题。, L07), states its own status in brackets (…问题(已整改)), has labelled lines of
    its own (整改情况:/完成情况:) before the next numbered line or its own numbered measures right below it
    (1.…不到位问题 > (1)(2), L01), and states a shortcoming, is a problem; an action is a measure.
    """
    title, marked = bracketed_status(wrapped_headline(rest)[0])
    if marked is not None or _wrapped_title(title) is not None:
        return True
    if own_status_line(title):
        return True
    first, marked = trailing_status(lead_clause(rest)[0])
    if marked is not None and _wrapped_title(first) is not None:
        return True  # 关于…的问题(已销号)。一是…: the status sits between the named problem and its text
    if marked is not None and bracketed_status(lead_clause(rest)[0])[1] is not None and reads_as_problem(first, 30):
        return True  # ⑴<shortcoming>(未销号)。<what was done>: a headline stating its own status before its text
    lead, tail = lead_clause(title)
    if (block or tail) and len(lead) <= _TASK_WITH_STATUS:  # the cheap precheck: a short headline with text of its own
        # brackets only after a task's opening verb: (1)修订《…办法》并印发执行(已完成)。 is a measure's done step
        head, clause = trailing_status(lead) if lead.startswith(TASK_OPENINGS) else clause_status(lead)
        if _task_headline(head) and (clause is not None or MEASURE_START_RE.match(tail)):
            # ⒈<task>,已整改到位。 > 整改情况:…, 1.<task>【已整改】。<text> and 1)<task>。一是…二是…: a task headline
            # stating its status (in a clause or brackets) or opening its own measures 一是… (measures do not nest),
            # then its own text: a problem worded as a task (L04)
            return True
    if not title.strip() and any(LABEL_RE.match(ln) for ln in block):
        return True  # '(一)' alone, then 问题描述:…/整改情况:…: a ledger-style problem in its fields, never a measure
    # Labelled lines after a lone action ((1)对于…开展检查。 then 整改进度:) are the problem's, not the action's; a
    # shortcoming opening its own measures 一是… below it (1.<shortcoming>: > 一是…) is a problem: measures never nest.
    opens_measures = bool(block) and MEASURE_START_RE.match(block[0]) is not None
    if (points_below or opens_measures or any(LABEL_RE.match(ln) for ln in block)) and reads_as_problem(title):
        return True
    # a shortcoming whose own lines state 该问题's status (1.<shortcoming>。 > 目前该问题已完成整改。 > <text>)
    return bool(block) and _closes_with_prose(block) and reads_as_problem(title)


def _push(section: Section, stack: list[Node], node: Node) -> None:
    if node.parent is None:
        section.roots.append(node)
    else:
        node.parent.children.append(node)
    stack.append(node)


def _place_status_heading(section: Section, stack: list[Node], line: str, nxt: Marker) -> None:
    styles = [n.style for n in stack]
    if STATUS_HEADING in styles:
        del stack[styles.index(STATUS_HEADING) :]
    elif nxt.style in styles:
        del stack[styles.index(nxt.style) :]
    _push(section, stack, Node(line, STATUS_HEADING, None, stack[-1] if stack else None))


def _is_unnumbered_heading(line: str, nxt: Marker | None, stack: list[Node]) -> bool:
    """A short unnumbered line between two problems, followed by a problem: a group heading (002)."""
    return (
        len(stack) >= 3
        and nxt is not None
        and nxt.style == stack[-1].style
        and stack[-1].has_body
        and len(line) <= 40
        and "," not in line
        and "，" not in line  # a heading is one phrase; a clause list (制定…,将…) is the last problem's measure
        and not LABEL_RE.match(line)
        and not MEASURE_START_RE.match(line)
        and reads_as_problem(line)  # a group names a shortcoming; a page mark (- 3 -) or a finished task does not
        and not prose_found(
            line
        )  # 目前该问题还没有完成整改: the status of the problem above, its 没有完成 no shortcoming
    )
