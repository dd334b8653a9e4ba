"""The notice cut into its 一、 sections, and which of them list problems (carries_items, section_is_problem)."""

from __future__ import annotations

import re

from ..lexicon import (
    AREA_LEAD_RE,
    CLOSING_RE,
    CONTEXT_SECTION_RE,
    FINDINGS_PART_RE,
    FRAMING_PART_RE,
    LABEL_RE,
    LEDGER_SIGN_OFF_RE,
    MEASURE_START_RE,
    MEASURES_FIELD_LABELS,
    ORIGIN_PART_RE,
    OWNER_PART_RE,
    PART_HEADING_RE,
    PROBLEM_WORDING_RE,
    SECTION_PROGRESS_RE,
    SECTION_RE,
    SHI_ENUM_RE,
    TASK_OPENINGS,
    TITLE_FIELD_RE,
    TITLE_PREFIX_RE,
    WORK_POINT_RE,
)
from ..numbering import ENTRY_STYLES, WORD_FAMILIES, number_of, numbering_of
from ..status import (
    bracketed_status,
    numbered_statuses,
    prose_status,
    states_status_alone,
    trailing_status,
    undecorated,
)
from .headlines import (
    _aspect_words,
    _names_itself,
    _status_heading,
    _task_headline,
    _wrapped_title,
    heading_states_status,
    lead_clause,
    reads_as_problem,
    status_part,
    wrapped_headline,
)
from .labels import _block_states_own_status
from .nodes import Marker, Section, marker_of
from .unnumbered import area_count, paragraph_problem, unnumbered_problems
from .words import word_numbered

# Status sections headed by words alone, with no number of their own (✅已完成整改的问题(4个) /
# 正在推进整改的问题(2个)): a WeChat post sets them in styled boxes, an emoji before the words, and numbers the problems
# afresh under each (a street's, round 99). A line of status words and the noun they group, followed at once by a
# numbered problem, heads the problems after it: a sibling of the status heading before it, else a child of the heading
# above the problems.
STATUS_HEADING = "status heading"
_STATUS_HEADING_MAX = 30
_NOUN_REACH = 12  # the noun, a 清单 after it and the count closing the line (问题清单(共12个)。) fit in it


def is_status_heading(line: str) -> bool:
    """Whether an unnumbered line is a status section's heading (see above)."""
    if len(line) > _STATUS_HEADING_MAX:
        return False
    tail = line[-_NOUN_REACH:]
    if "问题" not in tail and "事项" not in tail and "任务" not in tail:  # the cheap precheck, three literal scans
        return False  # a short line ending on the noun it groups
    return not LABEL_RE.match(line) and states_status_alone(undecorated(line))


def body_end(lines: list[str]) -> int:
    """Index of the first line of closing matter (欢迎…监督, 联系电话, signature block)."""
    first_section = next((i for i, ln in enumerate(lines) if SECTION_RE.match(ln)), 0)
    for i in range(first_section, len(lines)):
        if CLOSING_RE.match(lines[i]) and not _form_heading(lines, first_section, i):
            return i
    return len(lines)


def _form_heading(lines: list[str], start: int, i: int) -> bool:
    """Whether a ledger's sign-off line is its form's heading: a 整改台账 prints its 填报单位/填报时间 row under the
    title, above the header row, as often as under its last row (issue 19's round 116, a school branch's .xls): before
    any numbered line it closes nothing, the problems are still to come."""
    if not LEDGER_SIGN_OFF_RE.match(lines[i]):
        return False
    return not any(numbering_of(line) is not None for line in lines[start:i])


def split_sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    """Header lines before the first 一、 heading, then the sections (or one unnamed section)."""
    head, sections = _sections(lines)
    sections = [part for n, section in enumerate(sections, 1) for part in _closing_apart(section, n == len(sections))]
    # Parts divide the list by whose problems they hold only where there are two of them at least (一、镇党委… /
    # 二、村（社区）…); one such part frames the whole list (二、县林业局党组巡察反馈问题整改情况), its areas below it.
    owners = [s for s in sections if (m := SECTION_RE.match(s.heading)) and OWNER_PART_RE.match(m[2])]
    for section in owners if len(owners) >= 2 else ():
        section.owner_part = True
    _problems_by_place(sections)
    return head, sections


def _problems_by_place(sections: list[Section]) -> None:
    """Siblings read alike (issue 19 point 2) at the top level too: a 一、 section whose heading holds no problem word
    (二、合同签订流程。) but that stands between two sections read as problems, or first or last in the list with two
    of them beside it (一、公务用车使用登记(已销号)。 > 二、<problem> > 三、<problem>), in their shape (no numbered line
    of its own, a field of its own: 整改状态:完成), is one of them, not a part framing the list."""
    for i, section in enumerate(sections):
        m = SECTION_RE.match(section.heading)
        if m is None or not section.lines or CONTEXT_SECTION_RE.search(m[2]) or FRAMING_PART_RE.search(m[2]):
            continue
        if any(marker_of(ln) for ln in section.lines) or not _carries_its_own(m[2], section.lines):
            continue
        beside = [sections[j] for j in (i - 1, i + 1) if 0 <= j < len(sections)]
        if len(beside) == 1:  # at an edge of the list: the two sections on its one side
            beside = sections[1:3] if i == 0 else sections[-3:-1]
        if len(beside) == 2 and all(map(section_is_problem, beside)) and not section_is_problem(section):
            section.between_problems = True


def _carries_its_own(heading: str, lines: list[str]) -> bool:
    """What a problem of the genre carries of its own, by shape rather than words: a field of any label
    (整改状态:完成, 整改情况:…), a status on its headline (（已销号）, 【已完成】) or a sentence stating its status
    (目前该问题已整改完成). Not unnumbered._states_status, which asks of a node for its status alone."""
    if any(LABEL_RE.match(ln) for ln in lines) or trailing_status(heading.rstrip("。"))[1] is not None:
        return True
    return prose_status("\n".join(lines)) is not None


# The closing parts of the genre (下一步工作打算, 建立长效机制, 巩固深化整改成果的打算), not its opening ones
# (整改工作开展情况, 加强组织领导): after the problems, whatever family numbers them.
_CLOSING_PART_RE = re.compile(r"下一步|下步|今后|后续|巩固|长效机制|打算|计划|思路")


# The closing part's heading on a line of its own, unnumbered (下一步工作打算 / 今后工作计划 under the last problem's
# 整改情况 paragraph, its points 一是… or (一)… below): a city police bureau's notice numbers its aspects 一、 and
# leaves its framing parts unnumbered (round 103). Nothing but the part's name, so no problem's sentence.
_BARE_CLOSING_RE = re.compile(r"^(?:下一步|下步|今后)[\u4e00-\u9fff]{0,6}?(?:打算|计划|安排|思路)[:：。]?$")


def _lone_bare_closing(lines: list[str], at: int, last: bool = False) -> bool:
    """Whether the heading at `at` closes numbered lines above it and stands alone: one under each problem of a block
    layout is a field of the problem, and one above every numbered line opens no closing part. In the list's last
    section, where nothing in it is numbered (problems set apart by type alone: bold headlines over their text, round
    145), it closes the unnumbered problems above it, two lines at least."""
    if sum(1 for ln in lines if _BARE_CLOSING_RE.match(ln)) != 1:
        return False
    if last and at >= 2 and not any(marker_of(ln) is not None for ln in lines):
        return True
    return any(marker_of(ln) is not None for ln in lines[:at])


def _closing_apart(section: Section, last: bool = False) -> list[Section]:
    """A section whose last problem is followed by a numbered closing part ((一)建立长效机制 after 五、<problem>): the
    part ends the problem list at whatever family it is numbered (its points may restart 一、 like the problems), so it
    is a section of its own, holding no problems. Only a lone line of its family in the section: one of a run ((一)…
    (二)建立长效机制) is a step of the problem's measures."""
    for j, line in enumerate(section.lines):
        if not _CLOSING_PART_RE.search(line[:24]):
            continue  # the cheap precheck: most lines name no closing part
        mk = marker_of(line)
        if mk is None and _BARE_CLOSING_RE.match(line) and _lone_bare_closing(section.lines, j, last):
            return [Section(section.heading, section.lines[:j]), Section(line, section.lines[j + 1 :])]
        if mk is None or mk.style == "针对" or not FRAMING_PART_RE.search(mk.rest):
            continue
        if any((other := marker_of(ln)) is not None and other.style == mk.style for ln in section.lines if ln != line):
            continue  # (一)… (二)建立长效机制 numbering a problem's own steps (017, L05), not its closing part
        return [Section(section.heading, section.lines[:j]), Section(line, section.lines[j + 1 :])]
    return [section]


def _sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    starts = [i for i, ln in enumerate(lines) if SECTION_RE.match(ln)]
    above = next((mk for i in range(starts[0]) if (mk := _numbered_above(lines, i))), None) if starts else None
    if above is not None:
        # 一、 met below another family ((一)… then 一、…) is a level, not a section; only the closing part the
        # genre numbers 一、 after its problems (一、下一步工作打算, 一、巩固深化巡察整改成果的打算) still ends the list
        starts = [i for i in starts if (m := SECTION_RE.match(lines[i])) and FRAMING_PART_RE.search(m[2])]
    first = next((i for i, ln in enumerate(lines) if marker_of(ln) or _numbered_above(lines, i)), len(lines))
    if 0 < first < len(lines) and is_status_heading(lines[first - 1]):
        first -= 1  # the status heading of the first problems, unnumbered (see is_status_heading), heads them
    if first == len(lines) and not starts:
        first = _task_run_with_fields(lines)
    if first == len(lines) and not starts and (run := _word_tasks_before(lines, len(lines))) is not None:
        return lines[:run], [Section("", lines[run:])]  # the same run with no closing part after it
    if first == len(lines) and not starts and (plain := _plain_paragraph_run(lines)):
        return lines[: plain[0]], [Section("", plain[1], plain_problems=True)]
    if not starts:
        return lines[:first], [Section("", lines[first:])]
    if first < starts[0] and above is not None:
        body = Section("", lines[first : starts[0]])
        closing = [Section(lines[s], lines[s + 1 : e]) for s, e in zip(starts, [*starts[1:], len(lines)], strict=True)]
        return lines[:first], [body, *closing]
    sections = [Section(lines[s], lines[s + 1 : e]) for s, e in zip(starts, [*starts[1:], len(lines)], strict=True)]
    run = _word_tasks_before(lines, starts[0]) if all(_framing_section(s) for s in sections) else None
    if run is not None:
        return lines[:run], [Section("", lines[run : starts[0]]), *sections]
    return lines[: starts[0]], sections


def _framing_section(section: Section) -> bool:
    m = SECTION_RE.match(section.heading)
    return m is not None and FRAMING_PART_RE.search(m[2]) is not None


def _word_tasks_before(lines: list[str], end: int) -> int | None:
    """Where a notice lists its problems numbered in words above its closing part alone (其一,<task>。 > its text >
    其二,… then 一、建立长效机制…): the first of the run, two or more task headlines alone on their lines, numbered from
    one, each with lines of its own text below; else None. Whether they are problems the notice's reading decides
    (parse._tasks_when_nothing_else): here they are only kept out of its header."""
    heads = [i for i in range(end) if MEASURE_START_RE.match(lines[i])]
    if len(heads) < 2:
        return None
    numbers: list[int | None] = []
    bare = 0  # headlines with no text below: one of three or more may have had nothing to tell (a page mark between)
    framing = 0  # headlines of the work done (一是提高政治站位。…二是压实整改责任。…): the genre's framing points
    for k, i in enumerate(heads):
        found = next((m for f in WORD_FAMILIES if (m := f.match(lines[i]))), None)
        nxt = heads[k + 1] if k + 1 < len(heads) else end
        if found is None or lead_clause(found[1])[1] or not _task_headline(lead_clause(found[1])[0]):
            return None
        bare += nxt == i + 1
        framing += WORK_POINT_RE.search(found[1]) is not None
        numbers.append(number_of(found[0]))
    if bare > (1 if len(heads) >= _ONE_BARE_AMONG else 0) or 2 * framing >= len(heads):
        return None
    return heads[0] if numbers == list(range(1, len(heads) + 1)) else None


_ONE_BARE_AMONG = 3


def _plain_paragraph_run(lines: list[str]) -> tuple[int, list[str]] | None:
    """Where a notice numbered by nothing at all lists its problems as unnumbered paragraphs, each a headline followed
    by its own labelled field (a village's 党支部: <problem>。 > 整改情况：…已整改。, the field on its line or
    the next, the headline itself a field 存在问题：<problem>): where the first headline stands, and the lines from it
    on with the headlines' field names dropped; None unless two or more such paragraphs make up all those lines."""
    heads: list[int] = []
    run = list(lines)
    for i, line in enumerate(lines):
        field = TITLE_PREFIX_RE.match(line) if LABEL_RE.match(line) else None
        text = line[field.end() :] if field else line
        if field is None and LABEL_RE.match(line):
            continue
        opening = paragraph_problem(text)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if opening and (LABEL_RE.match(opening[1]) or (LABEL_RE.match(nxt) and not TITLE_PREFIX_RE.match(nxt))):
            heads.append(i)
            run[i] = text
    if len(heads) < 2:
        return None
    split = unnumbered_problems(run[heads[0] :])
    return (heads[0], run[heads[0] :]) if split is not None and not split[0] and len(split[1]) >= 2 else None


def _task_run_with_fields(lines: list[str]) -> int:
    """Where a notice numbered by nothing but 一是/其一 lists its problems as tasks, each block with a labelled
    field of its own (一是 健全意识形态工作机制。 > its measures > 责任领导:…;整改时限:…): the first such line, or
    len(lines). The fields are a problem's, so the blocks are its problems, not measures of nothing."""
    heads = [i for i, ln in enumerate(lines) if MEASURE_START_RE.match(ln)]
    if len(heads) < 2:
        return len(lines)
    blocks = zip(heads, [*heads[1:], len(lines)], strict=True)
    if all(any(LABEL_RE.match(ln) for ln in lines[a + 1 : b]) for a, b in blocks):
        return heads[0]
    return len(lines)


def _numbered_above(lines: list[str], i: int) -> Marker | None:
    """A numbered line before the first 一、: any family, or 一是<problem>。 with its own text below (L14)."""
    mk = marker_of(lines[i])
    if mk is not None:
        return mk if mk.style != "针对" else None
    # what stands above it is the notice's header, not a heading's text: the run is read from its first line
    return word_numbered(lines[i:], 0) if MEASURE_START_RE.match(lines[i]) else None


def carries_items(section: Section) -> bool:
    """Whether a section lists problems, judged from what it contains rather than its heading's words.

    Framing sections (组织整改落实情况, 下一步工作打算) are numbered like the others, but their numbered
    lines are actions (强化组织领导, 压实整改责任); a section holds problems when its heading names one,
    its heading states the status of what follows, or its lines carry rectification labels or headings
    worded as shortcomings.
    """
    heading = section.heading
    if section_is_problem(section):
        return True  # 四、关于“主体责任落实不够到位”问题的整改情况 names a problem whatever its words (L05)
    framing = CONTEXT_SECTION_RE.search(heading) and not SECTION_PROGRESS_RE.search(heading)
    # (三、已完成整改并持续巩固的问题: a part of problems kept up, in the framing parts' words 巩固/长效, is no framing)
    if framing and not _shortfall_part(heading) and not status_part(heading):
        # the genre's framing sections (下一步打算, 长效机制, 组织领导) never list problems - unless a problem ledger
        # stands in one (一、整改工作总体情况 … 具体情况如下: and the table's rows, a district court, round 20)
        return _ledger_rows(section.lines)
    if section.plain_problems:
        return True
    if not heading or section_is_problem(section) or heading_states_status(heading):
        return True
    if status_part(heading):
        # 三、已完成整改并需长期坚持的问题 over 1.<noun-phrase headline> and unlabelled paragraphs: a part grouping
        # problems by their status lists problems as a done or open part does, whatever its items' words (round 168)
        return True
    lines = section.lines
    if any(LABEL_RE.match(ln) or _numbered_problem(ln) or _shi_problem(ln) for ln in lines):
        return True
    if any(_numbered_with_status(ln) for ln in lines):
        return (
            True  # 一、<area>方面 > 1.<task>,已完成。 / ①针对“…”的问题[已整改]: numbered lines stating their own status
        )
    if any(_entry_point(mk, ln) for ln in lines if (mk := marker_of(ln))):
        return True  # 二、<shortcoming> > 问题1:<plain words>。 / 第1项:【已整改完成】…: entries or bracketed statuses
    if area_count(lines) is not None and any(marker_of(ln) for ln in lines):
        return True  # 一、<area> > 本方面1个问题正在整改中。 > its numbered lines: its own lead says it holds problems
    if _lists_the_problems(heading, lines) and _area_tasks(lines):
        return True  # 一、在…方面 > 1.<task>。 > <its text> > 2.…: an area's problems worded as tasks (L04)
    if _points_name_themselves(lines):
        return True  # 一、<area> > 1、<task>。 > … > 目前该问题已完成整改。: points stating their own status
    # 其一,<problem>。 with its own text below (L14): problems numbered in words
    return any(word_numbered(lines, i) for i, ln in enumerate(lines) if MEASURE_START_RE.match(ln))


def _ledger_rows(lines: list[str]) -> bool:
    """Two or more rows of one numbering family, each going straight on in rectification fields (1.<problem> >
    整改措施:… > 整改状态:…): a ledger's rows as tables.py writes them, never a framing section's points, which go on in
    prose (（一）统一思想认识。…)."""
    if sum(1 for line in lines if LABEL_RE.match(line)) < 2:
        return False  # the cheap precheck: a framing section's points go on in prose, with no fields
    rows: dict[str, list[bool]] = {}
    for i, line in enumerate(lines):
        mk = marker_of(line)
        if mk is not None:
            rows.setdefault(mk.style, []).append(i + 1 < len(lines) and LABEL_RE.match(lines[i + 1]) is not None)
    return any(len(fields) >= 2 and all(fields) for fields in rows.values())


def _area_tasks(lines: list[str]) -> bool:
    """Every numbered line of the section is a task headline (1.加强保密管理。), in one family, most with text of their
    own below it or run on after it: the finest level carrying its own text (issue 19 point 2) under an area."""
    styles: set[str] = set()
    with_text = bare = 0
    for i, line in enumerate(lines):
        mk = marker_of(line)
        if mk is None:
            continue
        lead, tail = lead_clause(mk.rest)
        if not lead.startswith(TASK_OPENINGS) or not _task_headline(lead):
            return False
        if tail:
            with_text += 1  # 1.<task>。<its text> on one line: its text run on after the headline
        elif i + 1 >= len(lines) or marker_of(lines[i + 1]) is not None:
            bare += 1  # one left bare, its text left out, reads as its siblings with text
        else:
            with_text += 1
        styles.add(mk.style)
    return len(styles) == 1 and with_text > bare


# A part heading that names a shortfall as the problems it holds (二、关于全面从严治党主体责任落实不到位的问题 /
# 二、在党风廉政建设责任落实方面存在的问题: a 市委's notice on a provincial 巡视 whose parts are the feedback's
# aspects, worded as its problems, round 63). Its words may be the framing parts' (责任落实, 压实, 组织领导), but a
# framing part names the work done (压实整改责任, 责任落实情况), never a shortfall ending in 问题.
_SHORTFALL_PART_RE = re.compile(
    r"^(?:关于|在)(?P<inner>[^。；;:：]{2,40}?)(?:方面)?(?:存在)?的?(?:突出)?问题[。.:：]?$"
)


def _shortfall_part(heading: str) -> bool:
    """Whether a numbered part's heading names a shortfall as its problems (关于…不到位的问题)."""
    m = SECTION_RE.match(heading)
    part = _SHORTFALL_PART_RE.match(m[2] if m else heading)
    return part is not None and PROBLEM_WORDING_RE.search(part["inner"]) is not None


def may_list_problems(section: Section) -> bool:
    """A section of nested numbered headings (at least two styles) outside the genre's framing sections.

    Its wording shows no shortcoming, so whether it lists problems is left to the notice's own count.
    """
    if CONTEXT_SECTION_RE.search(section.heading):
        return False
    styles = {mk.style for ln in section.lines if (mk := marker_of(ln)) is not None}
    return len(styles) >= 2


def section_is_aspect(section: Section) -> bool:
    """一、关于…有差距方面 directly above its problems: the section heading is their aspect (L01)."""
    if section.is_aspect is None:
        m = SECTION_RE.match(section.heading)
        section.is_aspect = (
            m is not None
            and not heading_states_status(section.heading)
            and not status_part(section.heading)
            and not section_is_problem(section)
            # 二、巡察反馈的问题 over (一)…方面 > 1.<problem>: the part naming the findings as a whole frames the list
            # (its answers put under it, round 86), never one aspect of it; 三、…方面存在的问题 names its aspect; a
            # 回头看's part of what it newly found (二、“回头看”新发现的问题 beside 一、上轮巡察整改不到位的问题: a
            # workshop 党支部's notice, round 130) is one origin of its problems, as ORIGIN_PART_RE's parts are
            and ("方面" in m[2] or FINDINGS_PART_RE.match(m[2]) is None or ORIGIN_PART_RE.search(m[2]) is not None)
            and (
                "方面" in m[2]
                or reads_as_problem(m[2])
                # unnumbered problems right under it (L13), unless it has its own areas below it (a part framing
                # them) or is worded as the part framing the whole list (二、反馈问题整改情况 over a flat run of
                # 反馈问题：/整改情况： records: a prefecture portal's town notice, round 172), which no aspect is
                or (section.plain_problems and not section.plain_areas and PART_HEADING_RE.match(m[2]) is None)
                or section.owner_part
                or ORIGIN_PART_RE.search(m[2]) is not None  # a 回头看's parts by the problems' origin (round 37)
            )
        )
    return section.is_aspect


def _numbered_problem(line: str) -> bool:
    """A numbered line (or a 针对“…”问题 heading) opening with a problem; a wrapper whose measures run on in the same
    paragraph (针对“<problem>”问题，<measures>。目前该问题已整改完成。, a town's notice, round 34) is judged by the
    wrapper alone, as _place_marker splits it."""
    mk = marker_of(line)
    return mk is not None and reads_as_problem(wrapped_headline(mk.rest)[0])


def _numbered_with_status(line: str) -> bool:
    """'1.强化选人用人监督,已完成。' / '①针对“…”的问题[已整改]': a numbered headline (a task or a named
    problem) closed by its own status, as the genre prints a problem with its status (L04), never a framing point."""
    mk = marker_of(line)
    if mk is None:
        return False
    title, marked = trailing_status(lead_clause(mk.rest)[0])
    return marked is not None and (
        _task_headline(title) or reads_as_problem(title) or _wrapped_title(title) is not None
    )


def _shi_problem(line: str) -> bool:
    m = SHI_ENUM_RE.match(line)
    return m is not None and reads_as_problem(m["rest"], limit=50)


def section_is_problem(section: Section) -> bool:
    """一、关于“…”问题的整改情况 with measures (（一）推进…) below it: the section is one problem (017)."""
    m = SECTION_RE.match(section.heading)
    if m is None or section.plain_problems or section.points_are_problems:
        return False  # problems in unnumbered paragraphs or numbered points below it: the heading is their aspect
    if section.between_problems:
        return True
    rest = m[2]
    if not rest.strip() and section.lines and _title_field(section.lines[0]):
        return (
            True  # '一、' alone, then 问题描述:<problem>: a ledger-style problem in its fields, as tree's '(一)' alone
        )
    if _wrapped_title(rest) is None and not reads_as_problem(rest) and not _names_one_problem(rest):
        return _task_section(rest, section.lines)
    # 一、已整改完成的问题: a status section holds problems, even task-worded ones; 一、在“…不够到位”方面 names an
    # area; numbered lines that carry their own labelled text (整改进度:…) are the problems below it.
    if _status_heading(rest) or _aspect_words(rest) or _blocks_labelled(section.lines):
        return False
    if status_part(section.heading):
        return (
            False  # 三、已完成整改并需长期坚持的问题: a part of problems kept up, as a done part, never one (round 168)
        )
    if section.lines and AREA_LEAD_RE.match(section.lines[0]):
        return (
            False  # 一、<shortcoming> > 本方面1个问题已整改完成。: its lead calls it an area (方面) over its problems
        )
    # Its numbered lines must be measures: problem-worded ones (also 一是<problem>。 with text of its own,
    # L14) would make the section an aspect.
    lines = section.lines
    if any(word_numbered(lines, i) for i, ln in enumerate(lines) if MEASURE_START_RE.match(ln)):
        return False
    if _points_name_themselves(lines):
        return False
    if _wrapped_title(rest) is None and sum(1 for ln in lines if _numbered_with_status(ln)) >= 2:
        return False  # 一、<shortcoming> > ①<task>,已完成。一是… > ②<task>,已整改完成。: an area over its problems
    if _points_under_measures_field(lines):
        return not any(_entry_point(mk, ln) for ln in lines if (mk := marker_of(ln)))
    return not any(_numbered_problem(ln) or _entry_point(mk, ln) for ln in lines if (mk := marker_of(ln)))


def _points_under_measures_field(lines: list[str]) -> bool:
    """一、关于“…”的问题 > 整改情况: > 1.<step> 2.<step> > 目前,该问题…: the heading's problem opens its text with its
    measures' field and numbers the steps under it (a city bureau's page, round 144), so the points are that field's
    measures, whatever a step mentions of the shortcoming it mends (对进度滞后的3个项目… / 补齐…不规范问题); points with
    fields of their own between them are problems (_blocks_labelled), a field after the last step is the problem's."""
    if not lines or (first := next((i for i, ln in enumerate(lines) if marker_of(ln)), None)) is None:
        return False
    if not any((m := LABEL_RE.match(ln)) and m["label"] in MEASURES_FIELD_LABELS for ln in lines[:first]):
        return False  # the cheap precheck: most problem sections open with no field before their points
    last = max(i for i, ln in enumerate(lines) if marker_of(ln))
    return not any(LABEL_RE.match(ln) for ln in lines[first:last])


def _title_field(line: str) -> bool:
    """A field naming the problem itself (问题描述:…, 反馈问题:…, 存在问题:…)."""
    m = LABEL_RE.match(line)
    return m is not None and TITLE_FIELD_RE.match(m["label"]) is not None


def _entry_point(mk: Marker, line: str) -> bool:
    """第1项:【已整改完成】<headline>。 below a shortcoming heading: a numbering of entries (第N项, 问题N), never of
    measures, or a point stating its own status in brackets is a problem whatever its words, so the heading above is
    its area, as fold_measures reads a heading's points (issue 19 points 1 and 4: a family met at a level is that
    level; a bracketed status marks the problem it closes). A closing list naming problems by number to give their
    statuses (第1项问题已办结,第2和3项问题正在整改中) speaks of the problems above."""
    if mk.style not in ENTRY_STYLES and bracketed_status(mk.rest)[1] is None:
        return False
    return len(numbered_statuses(line)) < 2


def _lists_the_problems(heading: str, lines: list[str]) -> bool:
    """A heading under which task-worded points are the problems (L04): an area (一、在…方面, or its lead sentence
    calling it one, 本方面…), or the part holding the whole list (二、反馈意见整改情况, 二、巡察反馈问题整改落实情况).
    """
    if "方面" in heading or (lines and AREA_LEAD_RE.match(lines[0])):
        return True
    m = SECTION_RE.match(heading)
    return m is not None and PART_HEADING_RE.match(m[2]) is not None


def _points_name_themselves(lines: list[str]) -> bool:
    """Two or more numbered points, each with a sentence stating 该问题's status in its own lines (1、<task>。 > … >
    目前该问题已完成整改。): measures never call themselves the problem, so the points are the problems."""
    if not any(_names_itself(ln) for ln in lines):
        return False  # the cheap precheck
    blocks: list[bool] = []
    for line in lines:
        if marker_of(line):
            blocks.append(False)
        elif blocks and not blocks[-1] and _names_itself(line):
            blocks[-1] = prose_status(line) is not None
    return len(blocks) >= 2 and all(blocks)


def _names_one_problem(rest: str) -> bool:
    """一、针对“…”的问题(暂未销号) / 一、针对“…”的问题,已完成。一是…: a heading naming one problem, its status and text
    after the name (the top-level form of a numbered problem's headline)."""
    if "“" not in rest and "的问题" not in rest:
        return False  # the cheap precheck: a named problem is quoted or says 的问题
    return _wrapped_title(trailing_status(lead_clause(rest)[0])[0]) is not None


def _task_section(rest: str, lines: list[str]) -> bool:
    """一、<task>。 over its own rectification text and nothing numbered: a problem worded as a task (L04) printed at
    the top level. The finest level carrying its own rectification text is the problem level (issue 19 point 2), so the
    heading must state its own status (一、<task>(已完成)) or its lines must (整改进度:…, 是否完成:是, a closing
    status sentence), or open with its measures 一是…; the genre's framing parts (组织领导, 下一步打算) never do."""
    prefixed = bracketed_status(rest) if rest[:1] in "(（【[〔" else (rest, None)  # 一、(已完成)<task>。
    if len(rest) > 120 or not prefixed[0].startswith(TASK_OPENINGS):
        return False  # the cheap precheck: a task headline opens with a verb of improvement
    lead, tail = lead_clause(prefixed[0])
    bare, marked = trailing_status(lead)
    if not _task_headline(bare.rstrip(",，")):
        return False
    if not lines:  # 三、(已完成)推进重点项目建设。 bare among problems with text: its status says it is one
        return not tail and (marked is not None or prefixed[1] is not None)
    if any(marker_of(ln) or (MEASURE_START_RE.match(ln) and word_numbered(lines, i)) for i, ln in enumerate(lines)):
        return False  # numbered lines below it: it heads them
    if marked is not None or prefixed[1] is not None:
        return True  # 一、〔已整改〕压紧压实管党治党责任。: its own status, whatever its words
    if CONTEXT_SECTION_RE.search(bare):
        return False  # 压实整改责任 frames the work
    if _block_states_own_status(lines):
        return True
    if MEASURE_START_RE.match(tail or lines[0]):
        return True
    return any(prose_status(ln) is not None for ln in ([tail, *lines] if tail else lines))  # 目前,该问题已整改完成。


def _blocks_labelled(lines: list[str]) -> bool:
    """Every numbered line has labelled lines of its own (整改进度:…) before the next: the finest level with its own
    rectification text is the problem level (issue 19 point 2), whatever its wording."""
    blocks: list[bool] = []
    for line in lines:
        if marker_of(line):
            blocks.append(False)
        elif blocks and LABEL_RE.match(line):
            blocks[-1] = True
    return bool(blocks) and all(blocks)
