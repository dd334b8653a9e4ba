"""Lines numbered in words (一是, 其一): a problem with its own text, or a clause of a measure enumeration."""

from __future__ import annotations

import re

from ..lexicon import AREA_LEAD_RE, LABEL_RE, MEASURE_START_RE, TASK_OPENINGS
from ..numbering import WORD_FAMILIES, Family, number_of
from ..status import lead_status, opening_status_sentence, trailing_status
from ..status.words import CLOSERS
from .counts import _counted, _lead_count
from .headlines import (
    _aspect_like,
    _closes_with_prose,
    _names_problem,
    _status_heading,
    _task_headline,
    _wrapped_title,
    lead_clause,
    reads_as_problem,
)
from .labels import _block_states_own_status
from .nodes import Marker, Node, marker_of


def word_numbered(
    lines: list[str],
    i: int,
    stack: list[Node] | None = None,
    tasks: bool = False,
    grouped: bool = False,
    before: Node | None = None,
) -> Marker | None:
    """'一是<problem>。' alone on its line with its own text below: a problem numbered in words (L14).

    一是/其一 number measures as often as problems; a measure clause runs on into the next (二是 on the
    same or the next line), while a problem is one short shortcoming followed by lines of its own text.
    Under a heading grouping problems by status (已完成的整改事项, L04) the problems may be worded as tasks.
    """
    line = lines[i]
    if not MEASURE_START_RE.match(line):
        return None
    found = next(((f, m) for f in WORD_FAMILIES if (m := f.match(line))), None)
    if found is None:
        return None
    family, (label, rest) = found
    if _area_over_numbered(lines, i, rest):
        return Marker(family.style, label, rest)
    title, marked = trailing_status(rest)
    lead, tail = lead_clause(title)
    # 一是<problem>。已整改。<text>: a village's problem, its status first (the run goes on: 四是<problem>。正在整改。)
    if (
        tail
        and opening_status_sentence(tail)
        and (reads_as_problem(lead, limit=50) or (stack and _next_in_run(stack[-1], family.style, label)))
    ):
        return Marker(family.style, label, rest)
    if tail and LABEL_RE.match(tail) and reads_as_problem(lead, limit=50):
        # 一是<problem>。整改情况:…: a problem with its own field on its line (a village's list, round 21), whatever
        # status the field closes with
        return Marker(family.style, label, rest)
    if tail:
        # 其一,<task>,已整改完成。<text>: its own status clause closes its task headline (a measure's outcome,
        # 一是截至目前已完成检查3次。, opens with no verb of improvement)
        task = lead.startswith(TASK_OPENINGS)
        bare, own = trailing_status(lead) if task else (lead, None)
        if own is not None and lead[len(bare) : len(bare) + 1] in ",，" and _task_headline(bare):
            return Marker(family.style, label, rest)
        if ((task and _task_headline(lead)) or _wrapped_title(lead)) and _run_states_own_status(
            lines, i, family, several=True
        ):  # 其二,<task>。<text> / 其一,关于…的问题。<text> > 目前该问题…: each point its own status
            return Marker(family.style, label, rest)
        named, closed = trailing_status(lead) if marked is None else (lead, marked)
        if closed is not None and (_wrapped_title(named) or reads_as_problem(named, limit=50)):
            # 一是【正在推进】关于…的问题。<text> / 其一,[已完成]<shortcoming>。<text> /
            # 其一,<shortcoming>【已整改完成】。<text>: a problem stating its status
            return Marker(family.style, label, rest)
        if stack and _next_in_run(stack[-1], family.style, label) and _wrapped_title(lead):
            # 其三,关于…的问题。 > its text > 其四,关于…的问题。<its text run on>: the run of named problems goes on,
            # this one's text on its own line (a squeezed page's split keeps it there)
            return Marker(family.style, label, rest)
        if (not stack or not stack[-1].is_problem) and _shortcoming_run(lines, i, family):
            return Marker(family.style, label, rest)
        if (
            (not stack or not stack[-1].is_problem)
            and reads_as_problem(lead, limit=50)
            and _heads_a_field_run(lines, i, family, label, across=True)
        ):
            # A.在…方面 > 一是<shortcoming>。<its facts> > 整改情况:… > B.…方面 > 二是<headline>。<facts> > 整改举措:…:
            # a run numbered in words through the areas, each member over its own rectification fields, is the
            # problem level (issue 19 point 2), its facts after the headline no measure clause running on
            return Marker(family.style, label, rest)
        if before is not None and _fields_run_goes_on(before, lines, i, family.style, label):
            return Marker(family.style, label, rest)  # B.…方面 > 二是<headline>。<facts> > 整改举措:…: the run goes on
        if task and _task_headline(lead) and stack and _status_group(stack, family.style):
            # 第1项:已完成的整改事项 > 一是<task>。<its text run on> > 二是…: right under a heading grouping problems by
            # status a run of task headlines lists them, their text run on as it would stand on the lines below
            first = stack[-1].style != family.style and _runs_on(lines, i, family, label)
            if number_of(label) == 1 or first or _next_in_run(stack[-1], family.style, label):
                return Marker(family.style, label, rest)
        return None
    if tasks and _task_headline(lead) and (stack or _own_text_below(lines, i)):
        # the reading the notice's counts chose (parse._prefer_finer_level), or the only reading that finds any
        # problem (parse._tasks_when_nothing_else: at the top, each with its own text below)
        return Marker(family.style, label, rest)
    # Right under a section grouping problems by status (一、已完成整改的问题) a run of 一是 headlines lists them, its
    # numbers running on from the section before (二、正在整改的问题 > 三是…)
    head = lead.rstrip(":：")
    listed = grouped and (_task_headline(head) or reads_as_problem(head, limit=50))
    if listed and (not stack or _next_in_run(stack[-1], family.style, label)):
        return Marker(family.style, label, rest)
    if stack and _status_group(stack, family.style):
        # Right under 已完成的问题 a run of 一是 headlines (一是<task>。 / 一是<shortcoming>:) lists the problems,
        # bare ones too: it starts at 一 and counts on
        head = lead.rstrip(":：")
        first = stack[-1].style != family.style and _runs_on(lines, i, family, label)  # 2.正在推进… > 五是…
        if (
            (_task_headline(head) or reads_as_problem(head, limit=50))
            and (number_of(label) == 1 or first or _next_in_run(stack[-1], family.style, label))
            and not (first and _clause_after(lines, i, stack, tasks, grouped))
        ):
            return Marker(family.style, label, rest)
    if (
        before is not None
        and stack
        and (stack[-1].style != family.style or (stack[-1] is before and _counts_on(before)))
        and _next_in_run(before, family.style, label)
        and (_task_headline(lead.rstrip(":：")) or reads_as_problem(lead, limit=50))
    ):
        # 第1个问题:<group> > 一是<task>。二是<task>。 > 第2个问题:<group> > 三是<task>。四是…: the problems numbered
        # through the notice, the run counting on under the next group, each read as the one before it
        return Marker(family.style, label, rest)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    own_text = bool(nxt) and not MEASURE_START_RE.match(nxt) and marker_of(nxt) is None
    task = _task_headline(lead.rstrip(":："))
    if (task or own_text) and _counted_run(stack or [], family, lines, i, from_one=not task):
        # 该方面4个问题已全部整改完成 over exactly 一是…四是 headlines: the heading's own count says they are its
        # problems, task-worded ones too, and one in plain words alone on its line over its own text where the run
        # counts from one (a measure enumeration inside them would break the count)
        return Marker(family.style, label, rest)
    if marked is not None and own_text and _task_headline(lead) and not _block_states_own_status([nxt]):
        # 其一,<task>(已销号)。 with its own text below: a problem (L04); a status field right below a step stating its
        # own status (二是<step>(正在推进)。 整改进度:…) is the problem's above, ending its measures
        return Marker(family.style, label, rest)
    if marked is not None and not own_text and _task_headline(lead) and _beside_own_text(lines, i, family, label):
        return Marker(family.style, label, rest)  # 四是<task>(已整改)。 bare in a run of such problems with text
    if stack and _task_run_under_area(lines, i, family, stack):
        return Marker(family.style, label, rest)  # 1)在…方面 > 其一,<task>。 > <its text> > 其二,…: the area's problems
    if own_text and _task_headline(lead) and _run_states_own_status(lines, i, family):
        return Marker(family.style, label, rest)  # 其一,<task>。 > 是否完成:否 > 其二,…: each its own status field
    if (
        own_text
        and stack
        and len(lead) <= 50
        and (not MEASURE_START_RE.match(lines[i - 1] if i else "") or _bare_in_run(stack[-1], lines[i - 1], lead))
        and _next_in_run(stack[-1], family.style, label)
    ):
        # 其一,<shortcoming>。 > its text > 其二,<headline in plain words>。 > its text: the run of problems goes on
        # whatever the headline's words (siblings read alike by shape, issue 19 point 2); measures numbered in words
        # run on clause after clause, never a headline alone on its line after a text of its own
        return Marker(family.style, label, rest)
    if marked is not None and (not stack or not stack[-1].is_problem) and _shortcoming_run(lines, i, family):
        return Marker(family.style, label, rest)  # 其二,<task>[已整改完成]。 bare amid a run with text run on
    if own_text and len(lead) <= 50 and _heads_a_field_run(lines, i, family, label):
        return Marker(family.style, label, rest)  # 其一,<plain headline>: > 整改措施:… > 其二,<shortcoming>: > …
    if not (reads_as_problem(lead, limit=50) or _wrapped_title(lead)):
        return None  # 一是针对“…”的问题。 names a problem though 针对 opens measures elsewhere
    if marked is not None or _names_problem(lead):
        # 一是…问题(已完成) states its own status; 二是…不到位问题。 names a problem as a heading does: each is a
        # problem even bare (its text left out, the next problem right below)
        return Marker(family.style, label, rest)
    if not own_text and stack and _next_in_run(stack[-1], family.style, label):
        return Marker(family.style, label, rest)  # 其三,<shortcoming>。 bare after 其二's text: the run goes on
    if not own_text:
        return None
    if number_of(label) != 1 and i > 0 and _opens_enumeration(lines[i - 1]):
        return None  # 二是 right after 一是: clauses of one enumeration
    return Marker(family.style, label, rest)


# A group heading numbered in words that names an area (一是贯彻落实…方面。 > ①<problem>。 > 整改情况:… > 二是…方面。):
# the genre's 一是/二是 number the areas as (一)/(二) do, over problems numbered in figures or circles; an area
# heading has no text of its own, the numbered line right below it opens its first problem (round 169's street).
_AREA_HEADING_RE = re.compile(r"方面(?:的|存在的)?(?:问题)?[。.:：]?$")
_AREA_HEADING_MAX = 40


def _area_over_numbered(lines: list[str], i: int, rest: str) -> bool:
    """Whether line i (一是…方面。) is an area's heading: short, ending on 方面, a numbered line right below it."""
    if len(rest) > _AREA_HEADING_MAX or "方面" not in rest or _AREA_HEADING_RE.search(rest) is None:
        return False  # the cheap precheck: most 一是 lines are measures or problems, never ending on 方面
    nxt = marker_of(lines[i + 1]) if i + 1 < len(lines) else None
    return nxt is not None and nxt.style not in _WORD_STYLE_NAMES


_WORD_STYLE_NAMES = frozenset(f.style for f in WORD_FAMILIES)


def _opens_enumeration(line: str) -> bool:
    """Whether a line opens with 一是/其一, bare or as its field's value (整改措施：一是…；): a squeezed page's split
    puts each clause of a field's enumeration on a line of its own (round 162), the first after the field's label."""
    if MEASURE_START_RE.match(line):
        return True
    field = LABEL_RE.match(line) if "是" in line[:16] or "其" in line[:16] else None  # the cheap precheck
    return field is not None and MEASURE_START_RE.match(field["value"]) is not None


def _clause_after(lines: list[str], i: int, stack: list[Node], tasks: bool, grouped: bool) -> bool:
    """Whether line i (二是…) comes right after a 一是 line read, in the same place, as a measure's clause, not as a
    problem the status section lists: the next clause of that enumeration (<task>。 > <fields> > 一是<measure>，… >
    二是开展警示教育。), however short, its words alone reading like a task's."""
    if i == 0 or not MEASURE_START_RE.match(lines[i - 1]):
        return False
    return word_numbered(lines, i - 1, stack, tasks, grouped) is None


def _heads_a_field_run(lines: list[str], i: int, family: Family, label: str, across: bool = False) -> bool:
    """Whether line i opens a run numbered in words whose members each stand alone over their own rectification
    fields (其一,<headline>: > 整改措施:… > 完成情况:… > 其二,<shortcoming>: > 整改举措:…), the next a shortcoming:
    the first problem of the run whatever its headline's words, as the later ones are read by the run going on
    (siblings read alike by shape, issue 19 point 2; a generated draw whose first headline named only its matter).
    `across`: the run may go on under the next heading of another numbering (the areas it is numbered through)."""
    if number_of(label) != 1 or i + 1 >= len(lines) or not LABEL_RE.match(lines[i + 1]):
        return False  # the cheap precheck: the run's first, a field at once below it
    for j in range(i + 2, min(len(lines) - 1, i + (16 if across else 12))):
        if (mk := marker_of(lines[j])) is not None and not (across and mk.style != family.style):
            return False  # another numbering before the run's second: no run of its own
        if not LABEL_RE.match(lines[j]) and (found := family.match(lines[j])) is not None:
            lead = lead_clause(trailing_status(found[1])[0])[0].rstrip(":：")
            shaped = number_of(found[0]) == 2 and LABEL_RE.match(lines[j + 1]) is not None
            return shaped and (across or reads_as_problem(lead, 50))  # across: the first's shortcoming vouches
    return False


def _fields_run_goes_on(before: Node, lines: list[str], i: int, style: str, label: str) -> bool:
    """Whether line i numbers on the run of problems right before it (一是 read as a problem, its own lines opening on
    a field) and stands, like it, over its own fields: the next member whatever its headline's words (siblings read
    alike by shape, issue 19 point 2), under the next area too."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if not LABEL_RE.match(below) or not _next_in_run(before, style, label):
        return False
    return bool(before.lines) and LABEL_RE.match(before.lines[0]) is not None


def _bare_in_run(top: Node, before: str, lead: str) -> bool:
    """Whether the line before is the problem right above, a shortcoming left bare (二是<shortcoming>。 with its text
    left out), and this line one too: the next headline of the run, not a clause of a measure enumeration (其二,… >
    其三,<shortcoming>。 > its text); steps (一是截至目前已完成检查3次。 二是…) read as no shortcoming."""
    if top.heading != before or top.has_body or top.marker is None:
        return False
    return reads_as_problem(lead_clause(top.marker.rest)[0], limit=50) and reads_as_problem(lead, limit=50)


def _own_text_below(lines: list[str], i: int) -> bool:
    """Whether the line after line i is text of its own (neither another 一是 clause nor a numbered line)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(nxt) and not MEASURE_START_RE.match(nxt) and marker_of(nxt) is None


def _runs_on(lines: list[str], i: int, family: Family, label: str) -> bool:
    """Whether the last line numbered in `family` before line i is numbered one less (四是… then 五是…): the run of
    problems numbered on across the headings grouping them by status."""
    n = number_of(label)
    for j in range(i - 1, -1, -1):
        found = family.match(lines[j]) if MEASURE_START_RE.match(lines[j]) else None
        if found is not None:
            return n is not None and number_of(found[0]) == n - 1
    return False


def _status_group(stack: list[Node], style: str) -> bool:
    """Whether the heading right above (or above the run of 一是 problems) groups problems by status
    (第1项:集中整改期内已完成的整改事项); under a numbered problem a 一是 clause is its measure."""
    heads = stack[:-1] if stack and stack[-1].style == style else stack
    return bool(heads) and heads[-1].marker is not None and _status_heading(heads[-1].marker.rest)


def _block_around(lines: list[str], i: int) -> tuple[int, int]:
    """The lines around line i up to the numbered lines before and after it: the text of one heading."""
    start = i
    while start > 0 and marker_of(lines[start - 1]) is None:
        start -= 1
    end = i + 1
    while end < len(lines) and marker_of(lines[end]) is None:
        end += 1
    return start, end


def _counted_run(stack: list[Node], family: Family, lines: list[str], i: int, from_one: bool = False) -> bool:
    """Whether the heading above counts its problems (该方面4个问题…) and its block numbers exactly that many
    lines 一是…, in order, each starting its line (`from_one`: from 一是, not on from the area before)."""
    heads = stack[:-1] if stack and stack[-1].style == family.style else stack
    start, end = _block_around(lines, i)
    if heads:
        claimed = _lead_count(heads[-1])
        if claimed is None and len(heads) >= 2:
            return _counted_across_groups(heads, family, lines, i)
    elif start < i and AREA_LEAD_RE.match(lines[start]) and family.match(lines[start + 1]):
        # right under a 一、 section, its own lead sentence (该方面3个问题均正在整改) right above the run from 其一:
        # the run counted from one, the lead's own
        claimed, from_one = _counted(lines[start]), True
    else:
        return False
    if claimed is None:
        return False
    numbers = [number_of(m[0]) for ln in lines[start:end] if MEASURE_START_RE.match(ln) and (m := family.match(ln))]
    # the run may count on from the area before (第二项 > 该方面4个问题… > 三是…六是): numbered through the notice
    first = numbers[0] if numbers and numbers[0] and not from_one else 1
    return numbers == list(range(first, first + claimed))


def _counted_across_groups(heads: list[Node], family: Family, lines: list[str], i: int) -> bool:
    """Whether the area two levels up counts its problems (本方面5个问题…) and its headings right below hold, between
    them, exactly that many lines 一是… (一是…三是 under 1)<shortcoming>, 四是 五是 under 2)关于…方面): the area's own
    count names the points under its headings, not the headings, so the points are its problems, as claimed_points
    reads points numbered in figures; each heading's run counts from one or the area's counts on across them. A count
    agreeing with both readings (该方面2个问题 over two headings of one point each) reads as a sibling area's does."""
    area, group = heads[-2], heads[-1]
    if _lead_count(area) is None:
        return False  # the cheap precheck: most areas state no count of their own
    outer = {h.style for h in heads[:-1]}
    start = i
    while start > 0 and not ((mk := marker_of(lines[start - 1])) and mk.style == area.style):
        start -= 1
    named = _names_its_points(lines, start, outer, group.style, family)
    if named is not None:
        return named
    starts = [k + 1 for k, ln in enumerate(lines) if (mk := marker_of(ln)) and mk.style == area.style]
    return any(_names_its_points(lines, k, outer, group.style, family) for k in starts if k != start)


def _names_its_points(lines: list[str], start: int, outer: set[str], group: str, family: Family) -> bool | None:
    """Whether the area whose text opens at line `start` counts the points under its headings (True), the headings
    (False), or as many of both (None: every heading holds one point)."""
    claimed = _counted(lines[start]) if start < len(lines) else None
    runs: list[list[int | None]] = []
    for line in lines[start:]:
        mk = marker_of(line)
        if mk is not None and mk.style in outer:
            break
        if mk is not None and mk.style == group:
            runs.append([])
        elif runs and MEASURE_START_RE.match(line) and (found := family.match(line)):
            runs[-1].append(number_of(found[0]))
    numbers = [n for run in runs for n in run]
    if claimed is None or len(numbers) != claimed or not all(runs):
        return False  # no count, or one naming something else
    if len(runs) == claimed:
        return None
    first = numbers[0] or 1
    return numbers == list(range(first, first + claimed)) or all(run == list(range(1, len(run) + 1)) for run in runs)


def _beside_own_text(lines: list[str], i: int, family: Family, label: str) -> bool:
    """Whether the point numbered just before or after line i in `family` is a task headline stating its status in
    brackets with its own text below (三是<task>(基本完成)。 > <text>): a bare one beside it (四是<task>(已整改)。, its
    text left out) is a problem of the same run, siblings read alike; measures stating their steps' status in
    brackets (一是<step>(已完成)。 二是<step>(正在推进)。) have no text of their own between them."""
    n = number_of(label)
    if n is None:
        return False

    def nearest(js: range) -> list[int]:  # the first point of the family met that way, if any (the scan stops there)
        return next(([j] for j in js if MEASURE_START_RE.match(lines[j]) and family.match(lines[j])), [])

    before, after = nearest(range(i - 1, -1, -1)), nearest(range(i + 1, len(lines)))
    near = [(j, n + step) for js, step in ((before, -1), (after, 1)) for j in js]
    if n == 1:
        # (一)<group> > 其一,<task>。✓ > <text> > (二)<group> > 其一,<task>。△ (its text left out): the run restarting
        # under each heading, the first point under the heading beside it is this one's sibling
        near += [(j, 1) for j in (*before, *after) if any(marker_of(lines[k]) for k in range(min(i, j) + 1, max(i, j)))]
    return any(_marked_with_text(lines, j, family, k) for j, k in near)


def _marked_with_text(lines: list[str], j: int, family: Family, n: int) -> bool:
    """Line j is the point numbered n: a task headline with a bracketed status and its own text on the next line."""
    found = family.match(lines[j])
    if found is None or number_of(found[0]) != n:
        return False
    title, marked = trailing_status(found[1])
    nxt = lines[j + 1] if j + 1 < len(lines) else ""
    own_text = bool(nxt) and not MEASURE_START_RE.match(nxt) and marker_of(nxt) is None
    own_text = own_text and not _block_states_own_status([nxt])  # a status field ends the measures above it
    if marked is not None and own_text and _task_headline(lead_clause(title)[0]):
        return True
    # 其一,<task>(已销号)。<its text run on>: the text on the headline's own line, as a joined page gives it back
    return bool(lead_clause(found[1])[1]) and _task_closed_by_status(lines[j])


def _task_run_under_area(lines: list[str], i: int, family: Family, stack: list[Node]) -> bool:
    """Whether the heading above names an area (1)在…方面) and every point numbered in `family` under it is a task
    headline alone on its line (其一,加强专项资金监管。) with lines of its own text below it: an area holds problems,
    and measures in words run on clause after clause (一是<action>。二是…) rather than each heading a text of its own
    (issue 19 point 2: the finest level with its own text); a step's outcome (一是已对5名…) is no task's words."""
    heads = stack[:-1] if stack[-1].style == family.style else stack
    if not heads or not _aspect_like(heads[-1]):
        return False  # the cheap precheck: most 一是 lines stand under a problem, not an area
    start, end = _block_around(lines, i)
    run = [k for k in range(start, end) if MEASURE_START_RE.match(lines[k]) and family.match(lines[k])]
    if any(lead_status([ln]) is None for ln in lines[start : run[0]]):
        return False  # the points must open the area's text (a lead sentence about its problems allowed)
    texts = 0
    for k in run:
        found = family.match(lines[k])
        lead, tail = lead_clause(trailing_status(found[1])[0]) if found else ("", "x")
        if tail or not lead.startswith(TASK_OPENINGS) or not _task_headline(lead):
            return False
        texts += k + 1 < end and k + 1 not in run
    # most points head a text of their own (one left bare, its text left out, reads as its siblings); 一是… 二是… on
    # consecutive lines with nothing between are clauses of one enumeration
    return 2 * texts > len(run)


def _run_states_own_status(lines: list[str], i: int, family: Family, several: bool = False) -> bool:
    """Whether every line numbered in `family` under the heading above line i (其一,<task>。 …) is followed by a
    status field of its own (是否完成:否, 整改进度:已完成) or a closing sentence stating 该问题's status (目前,该问题已
    整改完成。) before the next: the points state their own status, so
    they carry their own rectification text and are the problems (issue 19 point 2); measures 一是…二是 share one
    status line after the last of them, and open after a problem's own text (整改情况:一是…)."""
    start, end = _block_around(lines, i)
    run = [k for k in range(start, end) if MEASURE_START_RE.match(lines[k]) and family.match(lines[k])]
    if several and len(run) < 2:
        return False  # a point whose text runs on its own line (一是<task>。<text>) must have siblings stating theirs
    if any(lead_status([ln]) is None for ln in lines[start : run[0]]):
        return False  # the points open the heading's text; 二是 after 整改情况:一是… continues a problem's measures
    heading = marker_of(lines[start - 1]) if start else None
    if heading is not None and lead_clause(heading.rest)[1]:
        return False  # ⑨<task>。一是… > 二是…: the heading's own text runs on its line, the 二是 continues it
    blocks = zip(run, [*run[1:], end], strict=True)
    if all(_block_states_own_status(lines[a + 1 : b]) for a, b in blocks):
        return True
    # measures state their steps, never 该问题's: a run of two or more, each closed by such a sentence
    blocks = zip(run, [*run[1:], end], strict=True)
    if len(run) >= 2 and all(_closes_with_prose([lead_clause(lines[a])[1], *lines[a + 1 : b]]) for a, b in blocks):
        return True
    # 其一,<task>(已销号)。<text> > 其二,<task>(未销号)。…: each task headline closed by its own status in brackets, the
    # ledger's 销号 mark a problem carries (the held-out draws' 85000623)
    return len(run) >= 2 and all(_task_closed_by_status(lines[k]) for k in run)


def _task_closed_by_status(line: str) -> bool:
    """Whether a word-numbered headline is a task closed by its status in brackets (其一,加强保密管理〔已销号〕)."""
    found = next((m for f in WORD_FAMILIES if (m := f.match(line))), None)
    if found is None:
        return False
    lead = lead_clause(found[1])[0]
    bare, status = trailing_status(lead)
    return status is not None and lead[-1:] in CLOSERS and bare.startswith(TASK_OPENINGS) and _task_headline(bare)


def _shortcoming_run(lines: list[str], i: int, family: Family) -> bool:
    """Whether the lines numbered in `family` opening the text of the heading above line i (or the section's, none
    above) are two or more shortcomings numbered in order, each opening its line, most with their measures run on
    after them (其一,<shortcoming>。<measures> > 其二,<shortcoming>。<measures>): the inline layout of problems
    numbered in words (L14 with its text on the headline's line, or a joined page's lines given back); a measure
    enumeration runs steps (一是建立台账。), never shortcomings, and a problem's findings listed in words (一是学习不
    深入。二是…) hold no measures between them."""
    own = family.match(lines[i])
    if own is None or _run_headline(own[1], tasks=True) is None:
        return False  # the cheap precheck: a measure clause (一是组织…) heads no run
    start, end = _block_around(lines, i)
    run = [k for k in range(start, end) if MEASURE_START_RE.match(lines[k]) and family.match(lines[k])]
    if len(run) < 2 or any(lead_status([ln]) is None for ln in lines[start : run[0]]):
        return False  # the points open the heading's text (a lead sentence about its problems allowed)
    heading = marker_of(lines[start - 1]) if start else None
    if heading is not None and lead_clause(heading.rest)[1]:
        return False  # the heading's own text runs on its line: the points continue it
    numbers = [number_of(found[0]) if (found := family.match(lines[k])) else None for k in run]
    # the run counts on from its first number; where the count breaks the last problem's steps begin
    # (其四,<shortcoming>:整改情况:一是修订制度。 > 二是…)
    first = numbers[0]
    run = run[: next((c for c, n in enumerate(numbers) if first is None or n != first + c), len(run))]
    if len(run) < 2 or i not in run:
        return False
    # under a shortcoming a task stating its status is one of its steps (1.<shortcoming>。 > 一是修订办法(已完成)。…)
    tasks = heading is None or not reads_as_problem(heading.rest, limit=50)
    texts = 0
    for k in run:
        found = family.match(lines[k])
        tail = _run_headline(found[1], tasks) if found else None
        if tail is None:
            return False  # a step, or findings listed clause after clause
        texts += bool(tail) or (k + 1 < end and k + 1 not in run)
    return 2 * texts > len(run)


def _run_headline(rest: str, tasks: bool) -> str | None:
    """The text run on after a point's headline ("" for none) where the headline is a shortcoming, or with `tasks` a
    task stating its own status (其一,加强专项资金监管(持续推进中)。<text>), and the text no shortcoming of its own;
    else None."""
    title, marked = trailing_status(rest)
    lead, tail = _colon_headline(*lead_clause(title))
    if not reads_as_problem(lead, limit=50):
        named, closed = trailing_status(lead) if marked is None else (lead, marked)
        if not (tasks and closed is not None and _task_headline(named)):
            return None
    return None if tail and reads_as_problem(tail, limit=50) else tail


def _colon_headline(lead: str, tail: str) -> tuple[str, str]:
    """其一,<shortcoming>:<its text>: a colon closing the headline ends it as a full stop does (the genre's colon
    titles); the text after it is the problem's own."""
    head, colon, more = lead.partition(":")
    if not colon or not reads_as_problem(head, limit=50):
        return lead, tail
    return head, f"{more}。{tail}" if more and tail else more or tail


def _counts_on(node: Node) -> bool:
    """Whether the run of 一是 problems the node is in began under its group at a number past 一 (三是…四是)."""
    if node.parent is None:
        return False
    first = next((c for c in node.parent.children if c.style == node.style), None)
    return first is not None and first.marker is not None and (first.marker.number or 0) > 1


def _next_in_run(top: Node, style: str, label: str) -> bool:
    """The next number of the problems numbered 一是/二是 right above, none of which enumerates measures in 一是."""
    if top.style != style or top.marker is None or top.marker.number is None:
        return False
    return number_of(label) == top.marker.number + 1 and not any(MEASURE_START_RE.match(ln) for ln in top.lines)
