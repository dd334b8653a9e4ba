"""parse_notice: notice text in, verified structure out."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from errors import EmptyFile, NotANotice

from .appendix import Row, apply_rows, cut_status_appendix, ledger_status_headings, repeats_body
from .count_table import flat_table_at, flat_table_end, table_claims
from .dates import find_dates, find_deadline
from .gazetteer import Place, gazetteer
from .given import (
    BACK_WORDS,
    DONE,
    area_summary_statuses,
    areas_count,
    back_by_number,
    back_by_tally,
    closing_line,
    counted_by_notice,
    counted_in_leads,
    counted_run_statuses,
    excepts_the_rest,
    framed_whole_done,
    kept_up_by_counts,
    kept_up_closings,
    label_number,
    numbered_area_closings,
    numbered_closing_statuses,
    numbered_lead_statuses,
    quoted_closing_statuses,
    speaks_back,
    sums_up_by_area,
    titled_closing_statuses,
    worded_closing_statuses,
)
from .header import counted_sentence, find_title, place_part, read_claims, read_header
from .lexicon import (
    ASIDE_PART_RE,
    ASIDE_PART_WORDS,
    BARE_ZHENDUI_RE,
    CLOSING_SUMMARY_RE,
    COLOPHON_ISSUE_DAY_RE,
    COLOPHON_RE,
    COLOPHON_WORDS,
    CONTEXT_SECTION_RE,
    DEADLINE_AS_STATUS_RE,
    DEADLINE_LABELS,
    DONE_COUNTS_IN_RE,
    DONE_DATE_LABELS,
    FEEDBACK_QUOTE_RE,
    FINDINGS_LEAD_RE,
    FINDINGS_PART_RE,
    GENRE_INSPECTION_RE,
    GUANYU_WRAPPER_RE,
    LABEL_RE,
    LIST_INTRO_RE,
    MANNER_TAG_CLOSERS,
    MANNER_TAG_OPENERS,
    MANNER_TAG_RE,
    MAYBE_STATUS_LABELS,
    MEASURE_START_RE,
    NON_MEASURE_LABELS,
    ORG_LINE_RE,
    ORIGIN_PART_RE,
    PART_HEADING_RE,
    PLANNED_DATE_LABELS,
    PROBLEM_WORDING_RE,
    SECTION_DONE_RE,
    SECTION_PARTIAL_RE,
    SECTION_PROGRESS_RE,
    SECTION_RE,
    STATUS_LABELS,
    SUMMARY_OPENERS,
    TIME_LIMIT_LABELS,
    TITLE_FIELD_RE,
    TITLE_PREFIX_RE,
    TITLE_WRAPPER_RE,
    TITLE_WRAPPERS,
    WORK_UNDER_WAY_RE,
    ZAI_QUOTED_WRAPPER_RE,
    holds_any,
)
from .model import Claimed, Item, Notice, NoticeWarning, Status, StatusSource
from .normalize import colour_legend_read, normalize_lines, prepared_text, split_chrome
from .numbering import NAMED_ENTRY_STYLES, WORD_FAMILIES, numbering_of
from .status import (
    OTHERS,
    OWN_LINE_LIMIT,
    bracketed_status,
    classify_status,
    clear_label_cache,
    closing_status_clause,
    closing_summary_status,
    heading_lead,
    heading_status,
    is_status_label,
    label_status,
    lead_status,
    measures_status,
    numbered_statuses,
    own_status,
    partial_words_defined_done,
    pending_evidence,
    prose_status,
    rejoin_cut_status,
    reported_stage_only,
    states_done_kept_up,
    states_status_alone,
    status_lead_remainder,
    status_sentence_alone,
    strip_status_lead,
    tallied_in_part,
    tasks_status,
    trailing_status,
)
from .status.titles import FIRST_CLAUSE_RE
from .status.words import CLAUSE_LAST, CLOSERS, LEADING_STATUS_RE, OPENERS
from .structure import (
    Node,
    Section,
    body_end,
    build,
    carries_items,
    forget_lines,
    framing_in_run,
    groups_tasks,
    heading_states_status,
    item_nodes,
    lone_points_like_the_others,
    longterm_section,
    marker_of,
    may_list_problems,
    partial_section,
    reads_as_problem,
    rebuild,
    section_is_aspect,
    split_inline_labels,
    split_sections,
    unnumbered_areas,
    unnumbered_problems,
    word_task_lines,
)
from .structure import headline as headline_of
from .structure.answered import answers_in_place
from .tables import text_tables


def parse_notice(text: str, name: str = "the text") -> Notice:
    """Parse the text of a rectification notice. Raises EmptyFile or NotANotice."""
    # The cache serves one notice (its headings are asked of once per item): cleared, so that a notice
    # parsed again (the benchmark's round robin) costs what a new one does.
    _not_shown.cache_clear()
    clear_label_cache()
    trailing_status.cache_clear()
    forget_lines()
    # Line ends and script are unified, and a squeezed notice's lines given back, before anything reads the text:
    # table rows split at line feeds, headers (問題/整改情況), records (問題：…, 问题序号:1 on a line of its own) and
    # the notice's own definitions (視爲已完成) are matched in simplified words.
    text = colour_legend_read(prepared_text(text))
    lines = normalize_lines(text_tables(text), prepared=True)
    if not lines:
        raise EmptyFile(name)
    _check_genre(lines, name)
    title = find_title(lines)
    if title:  # the title alone, without the breadcrumb or tag before it; what follows on its line stays
        rest = lines[title.line].split(title.text, 1)[1].strip()
        lines[title.line : title.line + 1] = [title.text, rest] if rest else [title.text]
    if title and title.line:
        lines = _without_outline(lines, title.line)
    appendix: list[Row] = []  # the rows of a task list attached after the signature, with their statuses
    ledger_heads: list[
        tuple[str, Status]
    ] = []  # its headings sorting the rows by status, counting them at times (round 83)
    if _ATTACHMENT_WORD.search(text):  # the cheap precheck: an attachment is opened by its word
        lines = _attached_ledger_in_body(lines)
        kept, appendix = cut_status_appendix(lines)
        ledger_heads = ledger_status_headings(lines[len(kept) :]) if appendix else []
        lines = kept if appendix else _without_signed_attachment(lines)
    chrome, lines = split_chrome(lines)
    lines = _without_colophon(lines)
    stop = body_end(lines)
    if "问题" in text:  # the cheap precheck: an answer by reference names its 问题 (round 86)
        answered = answers_in_place(lines, stop)
        if answered is not lines:  # the answers put under their problems: the closing matter moved up
            lines, stop = answered, body_end(answered)
    end = _trim_signature(lines, stop)
    summary = _closing_summary(lines, end)
    body, tail = lines[:summary], lines[end:]
    head, sections = split_sections(body)
    closing = lines[summary:end]
    if closing and flat_table_at(closing, 0) is not None:
        # a flattened table of counts opening the closing matter (round 97): its cells are no sentences (a column's
        # name run into the row's counts, 长期坚持六个五个…, is no claim); table_claims reads it from the text
        closing = closing[flat_table_end(closing, 0) :]
    _take_claimed_sections(sections, [*head, *closing])
    context: list[str] = list(head)
    context.extend(closing)
    framing = list(context)  # the text that frames the list: its opening, closing and parts that list no problem
    found: list[tuple[Node, Section]] = []
    styled: frozenset[tuple[str, int]] = frozenset()  # the problems' numbering and depth in the sections so far
    cut: dict[int, list[str]] = {}  # lines cut from under a section's last problem: an area's closing, at times
    for section in sections:
        context.append(section.heading)
        if not section.carries_items:
            if not section.findings:  # the findings' own counts (对反馈的32个问题…) describe them, they claim nothing
                context.extend(section.lines)
                framing.extend(section.lines)
            continue
        # A section's lead sentence (本方面共2个问题,均已整改完成) states its problems' status, not the notice's
        # totals: the claims are read without it.
        # Under the part that frames the whole list (一、巡察反馈问题整改情况 > 巡察反馈的4个问题已全部完成整改: a
        # province's forestry station, round 22) the lead counts the notice's problems, so it is read as claims.
        whole = (
            bool(section.intro)
            and (m := SECTION_RE.match(section.heading)) is not None
            and PART_HEADING_RE.match(m[2]) is not None
        )
        context.extend(ln for ln in section.intro if whole or lead_status([ln]) is None)
        items_here = item_nodes(section, styled)
        styled |= {(n.style, n.depth()) for n in items_here}
        if items_here:  # 第1、2个问题已整改销账；第3个问题尚在整改 printed under the section's last problem
            numbered = _cut_number_list(items_here[-1])
            context.extend(_not_the_areas(items_here[-1], numbered, items_here, body))
            cut[id(items_here[-1])] = numbered
        item_ids = {id(n) for n in items_here}
        heads = (n for n in section.walk() if id(n) not in item_ids)
        context.extend(
            ln for n in heads for ln in n.body if lead_status([ln]) is None and not areas_count(n, ln, items_here)
        )
        found.extend((n, section) for n in items_here)
        section.holders = frozenset(id(a) for n in items_here for a in n.ancestors())
    if found:
        summed = _cut_summary(found[-1][0])
        if summed:  # a list by number printed above the totals (已完成整改的有第2、3个问题…。截至目前,反馈的5个问题…)
            summed = _cut_number_list(found[-1][0]) + summed
        context.extend(_not_the_areas(found[-1][0], summed, [n for n, s in found if s is found[-1][1]], body))
        cut[id(found[-1][0])] = cut.get(id(found[-1][0]), []) + summed
    context_text = "\n".join(context)
    header = read_header(lines[:end], chrome, tail)
    reference = _reference_date(header.signed, header.published, header.feedback_date)
    year_hint = int(header.feedback_date[:4]) if header.feedback_date else None
    read = "\n".join(lines)  # the definitions as the lines read, a wrap that cut one joined again
    defined = partial_words_defined_done(read) | _counted_in_done(read)
    fielded = _fielded_statuses([n for n, _ in found])
    dated = _dated_statuses([n for n, _ in found])
    paired = dated and _paired_dates([n for n, _ in found])
    items = tuple(
        _item(seq, node, section, reference, year_hint, defined, fielded, dated, paired)
        for seq, (node, section) in enumerate(found, 1)
    )
    restated = _restated_findings(items)
    if restated:
        found = [f for f, item in zip(found, items, strict=True) if item.seq not in restated]
        items = tuple(
            _item(seq, node, section, reference, year_hint, defined, fielded, dated, paired)
            for seq, (node, section) in enumerate(found, 1)
        )
    items = apply_rows(items, appendix)  # the attached task list's status column (round 78)
    listed, items = items, numbered_closing_statuses(items, context_text)
    named = frozenset(i.seq for i, was in zip(items, listed, strict=True) if i.status != was.status)
    if any(i.status == "unstated" for i in items):  # the cheap precheck: every problem states its status
        items = quoted_closing_statuses(items, context_text)  # a closing naming problems by quoted words (r81)
        items = titled_closing_statuses(items, context_text)  # …by their titles' words, unquoted, after a colon
        items = counted_run_statuses(items, context_text)  # …by their titles' words joined by 、, counted (r163)
        items = worded_closing_statuses(items, context_text)  # …by their words after 针对/关于, a status after (r83)
        items = numbered_lead_statuses(items, [n for n, _ in found])
        items = numbered_area_closings(items, [n for n, _ in found], defined, cut)
        items = area_summary_statuses(items, context_text)  # a closing summing up by area: 第一方面… (round 143)
        items = framed_whole_done(items, framing)
        items = kept_up_closings(items)  # …，一直坚持。 among problems closing on their statuses (round 130)
    aspect_sections = {id(s) for s in sections if s.carries_items and section_is_aspect(s)}
    shown = [_shown(n, s) for n, s in found]  # each problem's headings, asked once for its group and its aspect
    groups = _distinct(
        n.parent
        for (n, s), heads in zip(found, shown, strict=True)
        if len(heads) >= (1 if id(s) in aspect_sections else 2)
    )
    # An aspect repeated under a second status section (二、已完成… 三、正在推进…) is the same aspect.
    aspects = {_aspect_of(n, s, heads) for (n, s), heads in zip(found, shown, strict=True)} - {None}
    claimed = _own_claims(context_text, title.text if title else None, len(groups) if groups else None, len(items))
    if claimed.completed is None and claimed.in_progress is None:
        claimed = _status_heading_counts(claimed, found, ledger_heads)
    if claimed.problems is None and (table := table_claims(text)):
        # the counts stated only by a table of counts, pasted one cell per line (round 97): claims where no
        # sentence states them
        claimed = replace(claimed, **{k: v for k, v in table.items() if getattr(claimed, k) is None})
    items = kept_up_by_counts(items, claimed)
    place = gazetteer().locate(place_part(header.agency), text) if header.agency else None
    if header.issuer and header.agency and header.issuer.removeprefix("中共") != header.agency:
        place = _signed_place(header.agency, header.issuer, text) or place
    counts = [_bracket_count(n.marker.rest if n.marker else n.heading) for n, _ in found]
    class_counts = tuple(c for c in counts if c is not None) if None not in counts else None
    counted = counted_in_leads(items, found) if "unstated" in {i.status for i in items} else (0, 0)
    if counted == (0, 0):
        counted = counted_by_notice(items, claimed, named)
    warnings = consistency_warnings(
        claimed, items, len(aspects), len(groups) if groups else None, class_counts, counted, header.agency is not None
    )
    warnings[:0] = _missing(header.agency, items, lines[:end], tail, _ends_on_a_row(text))
    warnings += _pages_missing(text)
    if header.agency_as_printed and header.agency:  # the reader should know the place was not printed with it
        warnings.append(NoticeWarning("agency_place", {"printed": header.agency_as_printed, "agency": header.agency}))
    return Notice(
        agency=header.agency,
        issuer=header.issuer,
        region=place.region if place else None,
        province=place.province if place else None,
        prefecture=place.prefecture if place else None,
        inspection_team=header.inspection_team,
        inspection_start=header.inspection_start,
        inspection_end=header.inspection_end,
        feedback_date=header.feedback_date,
        published=header.published,
        signed=header.signed,
        title=header.title,
        claimed=claimed,
        items=items,
        group_count=len(groups) if groups else None,
        aspect_count=len(aspects),
        warnings=tuple(warnings),
    )


def _own_claims(context: str, title: str | None, groups: int | None, items: int) -> Claimed:
    """The counts the notice states about itself: those from its title on where the title follows other text.

    A page that runs its news before the body's own notice (the 纪委's story of a 专项督查 over ten units with its
    8个方面36个问题, then 附: the unit's own report of its 7 problems: round 51) counts other bodies' problems there;
    where the notice under the title states counts of its own, they are its claims, and none is taken from above.
    """
    at = context.find(title) if title else -1
    if at <= 0:
        return read_claims(context, groups, items)
    own = read_claims(context[at:], groups, items)
    if any(v is not None for v in own.to_dict().values()) or not counted_sentence(context[:at]):
        return own  # the text above states no count: reading it too would find what the title on found
    return read_claims(context, groups, items)


def _take_claimed_sections(sections: list[Section], outside: list[str]) -> None:
    """Decide which sections list problems; where the wording leaves it open, the notice's own count decides.

    Some notices phrase their problems as tasks (1.全面贯彻落实党的教育方针 > (1)落实立德树人根本任务。
    一是…, L04), so a section of nested numbered headings whose wording shows no shortcoming may list
    problems or may frame the work. Such a section is taken when taking it makes the number of problems
    agree with the number the notice claims, and only then.
    """
    _find_plain_problems(sections)
    maybe: list[Section] = []
    for section in sections:
        section.carries_items = carries_items(section)
        if section.carries_items:
            build(section)
        elif may_list_problems(section):
            build(section)
            maybe.append(section)
    maybe += _numbered_like_the_problems(sections, maybe)
    _points_like_the_problems(sections)
    _findings_before_rectification(sections)
    _named_back_after_the_problems(sections)
    _aside_parts_after_the_problems(sections, outside)
    _prefer_finer_level(sections, outside)
    _tasks_when_nothing_else(sections)
    _bare_list_when_nothing_else(sections, outside)
    lone_points_like_the_others(sections)
    unnamed = [s for s in sections if s.carries_items and not s.heading and framing_in_run(s)]
    if not maybe and not unnamed:
        return  # most notices: nothing left for the count to decide
    sure = sum(len(item_nodes(s)) for s in sections if s.carries_items)
    text = [*outside, *(ln for s in sections if s.carries_items is False and s not in maybe for ln in s.lines)]
    if unnamed:
        # a summary printed after the list, inside its part (截至目前,反馈的3个问题已全部制定整改措施。): the count the
        # framing-worded point is weighed against (_framing_counted)
        text += [
            ln for s in unnamed for ln in s.lines if "问题" in ln and "个" in ln and ln.startswith(SUMMARY_OPENERS)
        ]
    claims = read_claims("\n".join(text))
    claimed = claims.problems or claims.problem_groups
    if claimed is None or claimed == sure:
        return
    if unnamed and _framing_counted(unnamed, sure, claimed):
        return
    for k in range(1, min(len(maybe), 4) + 1):
        for chosen in combinations(maybe, k):
            if sure + sum(len(item_nodes(s)) for s in chosen) == claimed:
                for s in chosen:
                    s.carries_items = True
                return


def _numbered_like_the_problems(sections: list[Section], maybe: list[Section]) -> list[Section]:
    """Areas whose numbered lines are of the family the problems are numbered in elsewhere (二、…方面 >
    （1）干部人事档案。 beside 一、…方面 > （1）<problem>): a family met at a level is that level (issue 19 point 1), so
    such an area may list problems even where its lone point's words name no shortcoming; the notice's own count
    decides, as for the other sections in doubt."""
    areas = [s for s in sections if not s.carries_items and s not in maybe and "方面" in s.heading]
    if not areas:
        return []  # the cheap precheck: most notices leave no area aside
    styles = {n.style for s in sections if s.carries_items for n in item_nodes(s) if n.marker is not None}
    found: list[Section] = []
    for section in areas:
        if any((mk := marker_of(ln)) is not None and mk.style in styles for ln in section.lines):
            build(section)
            found.append(section)
    return found


def _points_like_the_problems(sections: list[Section]) -> None:
    """一、<shortcoming> > A.<plain words>,正在整改。 beside 二、…方面 > A.<problem>,持续推进中。: a section read as one
    problem whose points are numbered in the family the problems are numbered in right under the other sections, each
    point stating its own status, is their area too (a family met at a level is that level, issue 19 point 1; a
    measure's step stating its status stands under a problem numbered otherwise)."""
    one = [s for s in sections if s.carries_items and s.roots and s.roots[0].is_problem and s.roots[0].style == "一、"]
    alone = [s for s in one if any((mk := marker_of(ln)) and _closes_with_status(mk.rest) for ln in s.lines)]
    if not alone:
        return  # the cheap precheck: most notices hold no section read as one problem over points stating a status
    styles = {
        n.style
        for s in sections
        if s.carries_items and s not in alone
        for n in item_nodes(s)
        if n.marker is not None and n.parent is None
    }
    for section in alone:
        points = [mk for ln in section.lines if (mk := marker_of(ln)) is not None]
        if points and all(mk.style in styles and _closes_with_status(mk.rest) for mk in points):
            section.points_are_problems = True
            section.roots, section.intro = [], []
            build(section)


def _closes_with_status(rest: str) -> bool:
    """A point's text whose headline closes with its own status, in brackets or a clause (财务票据报销,正在整改。)."""
    head = rest.split("。", 1)[0]
    return bool(head) and (bracketed_status(head)[1] is not None or trailing_status(head)[1] is not None)


def _framing_counted(unnamed: list[Section], sure: int, claimed: int) -> bool:
    """A list with no 一、 parts opening with a point worded like the genre's framing parts (1.压紧压实管党治党责任。 >
    its own text > 2.…6.<task>): the point is a problem worded as a task (L04) where counting it makes the list agree
    with the number of problems the notice claims, and only then (issue 19 point 2: the notice's own count decides
    where the wording leaves it open)."""
    before = sum(len(item_nodes(s)) for s in unnamed)
    for section in unnamed:
        section.framing_kept = True
    if sure - before + sum(len(item_nodes(s)) for s in unnamed) == claimed:
        return True
    for section in unnamed:
        section.framing_kept = False
    return False


def _findings_before_rectification(sections: list[Section]) -> None:
    """A part listing the findings (一、…发现的主要问题 > 一是<shortcoming>。<examples>) before a later part that
    restates them with their rectification (二、… > (一)针对“<shortcoming>”的问题 > 整改措施:…) holds no problem of
    its own (issue 19 point 2: the problems are the level carrying their own rectification text). Only where the
    later part's problems are the findings restated: 一、…方面存在的问题 > (一)<problem> > 一是<measure> is an area
    with problems of its own."""
    for k, section in enumerate(sections):
        m = SECTION_RE.match(section.heading) if section.carries_items else None
        if m is None or FINDINGS_PART_RE.match(m[2]) is None:
            continue
        later = [n for s in sections[k + 1 :] if s.carries_items for n in item_nodes(s)]
        found = _bare("".join(section.lines))
        restated = sum(1 for n in later if (key := _bare(_quoted_or_first(n))[:_RESTATED_KEY]) and key in found)
        if later and restated >= max(2, (len(later) + 1) // 2):
            section.carries_items, section.findings = False, True


def _named_back_after_the_problems(sections: list[Section]) -> None:
    """A part after the problems that names them back by their words, each with its status (三、整改完成情况 >
    针对“<the title's opening>”的问题，已于…完成整改。关于…问题，目前正在推进: a university's notice, round 83) lists no
    problem of its own: its 针对“…”的问题 opens a sentence about a problem already listed, whose opening words it
    quotes. Its lines are read as the notice's closing matter (given.quoted_closing_statuses)."""
    if not any(ln.startswith("针对") for s in sections[1:] if s.carries_items for ln in s.lines):
        return  # the cheap precheck: a part's line opens with 针对
    earlier: list[str] = []  # the bare headlines of the problems the parts before it list
    for section in sections:
        if not section.carries_items:
            continue
        nodes = item_nodes(section)
        if earlier and nodes and all(n.style == "针对" for n in nodes):
            keys = [_bare(_quoted_or_first(n)) for n in nodes]
            if all(len(k) >= _RESTATED_KEY and sum(t.startswith(k) for t in earlier) == 1 for k in keys):
                section.carries_items = False
                continue
        earlier += [_bare(n.marker.rest if n.marker else n.heading) for n in nodes]


def _names_aside(heading: str) -> bool:
    """Whether a part's heading names a part from elsewhere by its name alone, the words before its first stop: a
    problem numbered 二、 with its text run on after it (二、<problem>。整改举措:开展专项检查…) names no such part."""
    name = _PART_NAME_END_RE.split(heading, maxsplit=1)[0]
    return ASIDE_PART_RE.search(name) is not None and ORIGIN_PART_RE.search(name) is None


_PART_NAME_END_RE = re.compile(r"[。；;:：]")


def _aside_parts_after_the_problems(sections: list[Section], outside: list[str]) -> None:
    """A part after the feedback's problems listing what came from elsewhere (三、自查自纠问题整改情况 > 1.<problem
    the body found itself> / 四、移交问题线索处置情况 > 1.关于…的问题线索 / 三、选人用人专项检查… > 1.<finding> /
    四、“回头看”情况 > the last round's problems: round 89) holds no problem of the feedback's, unless the notice's own
    count takes its points in (巡察反馈的12个问题: the feedback's parts list 9, the part 3): the count decides."""
    if not any(holds_any(s.heading, ASIDE_PART_WORDS) for s in sections[1:]):
        return  # the cheap precheck: most notices have no such part
    carrying = [s for s in sections if s.carries_items]
    aside = [s for s in carrying[1:] if (m := SECTION_RE.match(s.heading)) and _names_aside(m[2])]
    if not aside or all(s in aside for s in carrying):
        return
    total = sum(len(item_nodes(s)) for s in carrying)
    text = [*outside, *(ln for s in sections if not s.carries_items for ln in s.lines)]
    claims = read_claims("\n".join(text))
    if (claims.problems or claims.problem_groups) == total:
        return  # the notice counts them among the feedback's
    for section in aside:
        section.carries_items = False


_RESTATED_KEY = 8  # the first characters of a problem's headline that identify it in the findings' words
_NOT_BARE_RE = re.compile(r"[^\u4e00-\u9fff\w]")


def _bare(text: str) -> str:
    return _NOT_BARE_RE.sub("", text)


def _quoted_or_first(node: Node) -> str:
    """A problem's headline: its quotation (针对“…”的问题) where it has one, else its first clause."""
    text = node.marker.rest if node.marker else node.heading
    quoted = re.search(r"“([^”]{4,})”", text)
    return quoted[1] if quoted else re.split(r"[。；;，,]", text, maxsplit=1)[0]


def _find_plain_problems(sections: list[Section]) -> None:
    """Mark the sections whose problems are unnumbered paragraphs right under their heading (L13's layout).

    A section with nothing numbered in it whose lines are two or more problem paragraphs, each with its own
    rectification text, lists them; once one section of the notice reads so, a section holding a single such
    paragraph reads the same way (its heading is the aspect, not the problem).
    """
    found: list[tuple[Section, int]] = []
    unread: list[tuple[Section, list[str]]] = []  # sections with nothing numbered whose words read no problem
    for section in sections:
        if not section.heading or CONTEXT_SECTION_RE.search(section.heading):
            continue
        lines = split_inline_labels(section.lines)
        if any(marker_of(ln) for ln in lines):
            continue
        if unnumbered_areas(lines) is not None:
            # …方面 > <problem>。 > <its text> > …方面 > …: areas and problems alike unnumbered (bold on the page); an
            # area worded as a finding (…方面存在的问题) is no problem of its own over them (round 139)
            section.plain_problems = section.plain_areas = True
            continue
        split = unnumbered_problems(lines)
        if split is None and groups_tasks(section.heading, lines):
            # 一、…方面 > 加强保密管理。 > 整改结果:… : problems worded as tasks (L04) under an area, a status part or a
            # lead counting its problems, each its own text
            split = unnumbered_problems(lines, tasks=True)
        if split is not None:
            found.append((section, len(split[1])))
        else:
            unread.append((section, lines))
    if any(count >= 2 for _, count in found):
        # siblings read alike (issue 19 point 2): a section whose first paragraph holds no problem word but stands in
        # a problem's shape (its own field at once below, its own status clause) reads as the word-read ones do
        shaped = [s for s, lines in unread if unnumbered_problems(lines, shaped=True) is not None]
        for section in [*(s for s, _ in found), *shaped]:
            section.plain_problems = True


def _check_genre(lines: list[str], name: str) -> None:
    """Refuse a text that shows no sign of the genre: no rectification (整改) or no inspection (巡察/巡视)."""
    whole = "\n".join(lines)
    if "整改" not in whole:
        raise NotANotice(name, "no_rectification")
    if GENRE_INSPECTION_RE.search(whole) is None:
        raise NotANotice(name, "no_inspection")


def _missing(
    agency: str | None, items: tuple[Item, ...], body: list[str], tail: list[str], on_a_row: bool = False
) -> list[NoticeWarning]:
    """Warnings saying what the notice lacks: its organisation, a list of problems, its end."""
    warnings: list[NoticeWarning] = []
    if agency is None:
        warnings.append(NoticeWarning("no_agency"))
    if not items:
        warnings.append(NoticeWarning("no_problems"))
    if not tail and body and body[-1][-1] not in _ENDS and not on_a_row:
        warnings.append(NoticeWarning("cut_off"))
    return warnings


def _ends_on_a_row(text: str) -> bool:
    """Whether the text ends on a table's row (cells split by tabs): a 整改台账 forwarded alone ends on its last row,
    whose cells no writer closes with a stop (an Excel ledger, issue 19's round 101), not on a sentence cut off."""
    last = text.rstrip()
    return "\t" in last[last.rfind("\n") + 1 :]


_ENDS = '。！？!?…”’"）)】'

# parse_notice's precheck for an attachment, the literal 附件 as a pattern: the engine's scan for its first character
# is one tight loop, where `in` pays a two-character search's skips at every character of a text that lacks it
_ATTACHMENT_WORD = re.compile("附[件表]")

# A page footer that counts the pages (第1页 共3页, 共3页 第1页, Page 1 of 3): photos and scans keep it.
_PAGE_OF = re.compile(r"第\s*(\d{1,3})\s*页\s*[,，/]?\s*共\s*(\d{1,3})\s*页")
_PAGE_OF_EN = re.compile(r"Page\s+(\d{1,3})\s+of\s+(\d{1,3})", re.I)  # apart: IGNORECASE scans every character
_PAGES_THEN_PAGE = re.compile(r"共\s*(\d{1,3})\s*页\s*[,，/]?\s*第\s*(\d{1,3})\s*页")


def _pages_missing(text: str) -> list[NoticeWarning]:
    """A warning when the page footers count more pages than the text reaches (page 1 of 3 alone)."""
    seen: list[tuple[int, int]] = [(int(m.group(1)), int(m.group(2))) for m in _PAGE_OF.finditer(text)]
    if any(word in text for word in ("Page", "page", "PAGE")):
        seen += [(int(m.group(1)), int(m.group(2))) for m in _PAGE_OF_EN.finditer(text)]
    seen += [(int(m.group(2)), int(m.group(1))) for m in _PAGES_THEN_PAGE.finditer(text)]
    if not seen:
        return []
    last, total = max(page for page, _ in seen), max(total for _, total in seen)
    return [NoticeWarning("pages", {"last": last, "total": total})] if last < total else []


def _without_colophon(lines: list[str]) -> list[str]:
    """The lines without the 公文's 版记 and 附注 at their end (抄送：…, X办公室 2025年1月10日印发, (此件公开发布)):
    what follows the signature there is the document's furniture (lexicon.COLOPHON_RE)."""
    end = len(lines)
    while end > 0 and any(w in lines[end - 1] for w in COLOPHON_WORDS) and COLOPHON_RE.match(lines[end - 1]):
        end -= 1
        # the 版记's row broken in two: the printing office's bare name on the line above its day (X办公室 /
        # 2026年11月6日印发), never the signer (round 120's brief)
        if end > 0 and COLOPHON_ISSUE_DAY_RE.match(lines[end]) and _BARE_NAME_RE.fullmatch(lines[end - 1]):
            end -= 1
    return lines if end == len(lines) else lines[:end]


# A 公文's attachment follows its date (GB/T 9704-2012 §7.4: 附件 / 附件1 on a line of its own, its title, its
# content: a contact list, a table of the rules made), before the 版记. One that states no problem's status
# (appendix.cut_status_appendix takes those) and numbers nothing is no part of the last sentence or the signature:
# cut where the line above it is the signature's date or an 附注 ((此件公开发布)), under a body numbering its
# problems (round 120's brief: the signature went unread).
_ATTACHMENT_HEAD_RE = re.compile(r"^附件\s*\d{0,2}\s*[:：]?$")


def _without_signed_attachment(lines: list[str]) -> list[str]:
    """The lines without an attachment after the signature's date that states and numbers nothing."""
    at = next((i for i in range(len(lines) - 1, 0, -1) if lines[i].startswith("附件")), 0)
    if at == 0 or not _ATTACHMENT_HEAD_RE.match(lines[at]):
        return lines
    above = lines[at - 1]
    dates = find_dates(above)
    if not (len(dates) == 1 and len(above) - (dates[0].end - dates[0].start) <= 2) and not COLOPHON_RE.match(above):
        return lines
    if any(marker_of(ln) for ln in lines[at + 1 :]) or sum(1 for ln in lines[:at] if marker_of(ln)) < 2:
        return lines
    return lines[:at]


def _trim_signature(lines: list[str], end: int) -> int:
    """Move a signature and date that follow the last item without closing words into the tail."""
    after_date = False
    while end > 0 and len(lines[end - 1]) <= 40:
        line = lines[end - 1]
        dates = find_dates(line)
        is_date = len(dates) == 1 and len(line) - (dates[0].end - dates[0].start) <= 2
        # the signer and its date on one line (中共X党组 2026年11月5日: a right-aligned block pasted as one line)
        is_date = is_date or (
            len(dates) == 1
            and dates[0].end == len(line)
            and ORG_LINE_RE.match(line[: dates[0].start].strip()) is not None
        )
        # The line above the closing date is the signer's name whatever kind of body signs (淮北市红十字会,
        # 佛山市南海区档案馆): a bare name, no punctuation or number, where ORG_LINE_RE lists no such suffix.
        if not (is_date or ORG_LINE_RE.match(line) or (after_date and _BARE_NAME_RE.fullmatch(line))):
            break
        after_date = is_date
        end -= 1
    return end


# A bare organisation name: Chinese characters (brackets allowed), no punctuation, digit or sentence.
_BARE_NAME_RE = re.compile(r"[\u4e00-\u9fa5（）()]{4,40}")


def _closing_summary(lines: list[str], end: int) -> int:
    """Where the closing summary after the last problem starts (截至目前…N个问题已完成…, 下一步…), else end.

    The genre often closes without a heading: the totals and next steps follow the last problem's
    text directly (L03, L05, L12, L13); they are the notice's claims, not that problem's measures.
    """
    last = next((i for i in range(end - 1, -1, -1) if marker_of(lines[i]) or SECTION_RE.match(lines[i])), -1)
    if last == -1:
        # 其一,<problem>。…其四,…: problems numbered only in words (L14's 一是/其一 at the top) are the notice's
        # numbered lines; the totals printed above them (截至目前,反馈的4个问题…) are its opening, not a closing
        last = next((i for i in range(end - 1, -1, -1) if _word_numbered_line(lines[i])), -1)
    if last == -1:
        # 反馈问题：<problem> > 整改情况：… records, numbered by nothing (a prefecture's progress page, round 56): the
        # last record's problem field is the last problem's start, so the totals printed above the records
        # (截至目前，反馈的3个问题已整改2个…, issue 19's round 148) are the notice's opening, not its closing
        last = next((i for i in range(end - 1, -1, -1) if _record_field(lines[i])), -1)
    for i in range(last + 1, end):
        if CLOSING_SUMMARY_RE.match(lines[i]) and not _last_areas_copy(lines, last, i):
            return i
        # a table of counts flattened one cell a line after the last problem (整改完成情况统计 / 反馈问题 / 已完成 /
        # 正在推进 / 六个 / 五个 …): the notice's totals, as a closing sentence states them (round 97)
        if flat_table_at(lines, i) is not None:
            return i
    return end


def _record_field(line: str) -> bool:
    """Whether a line opens a record by its problem's field (反馈问题：<problem>, 存在问题：…, 具体问题：…)."""
    if "问题" not in line[:8] and "意见" not in line[:8]:
        return False  # the cheap precheck: the field's name holds 问题 or 意见 (反馈意见：)
    return LABEL_RE.match(line) is not None and TITLE_PREFIX_RE.match(line) is not None


def _last_areas_copy(lines: list[str], last: int, at: int) -> bool:
    """Whether a closing that speaks back with a count (以上3个问题中，第2个问题正在整改，…) is the last area's copy of
    the sentence each area closes with (round 78's brief), not the notice's totals (以上7个问题中,已完成整改5个: a city
    hospital, round 20): an earlier area closes speaking back of its problems too."""
    if not lines[at].startswith(BACK_WORDS):
        return False  # the cheap precheck: the totals of the problems above speak back
    return any(ln.startswith(BACK_WORDS) and (closing_summary_status(ln) or back_by_number(ln)) for ln in lines[:last])


def _not_the_areas(last: Node, lines: list[str], items_here: list[Node], body: list[str]) -> list[str]:
    """Lines cut from under a section's last problem, without the closing of its area (以上3个问题中，第2个问题正在
    整改…, the last area's copy of the sentence each area closes with: round 78's brief): the area's count and its
    list by number, not the notice's claims or its list; so where it counts the area's own problems, or where an
    earlier area closes speaking back too."""
    area = last.parent
    mine = [_label_number(n) for n in items_here if n.parent is area]
    if area is None or not any(speaks_back(ln, mine) for ln in lines):
        return lines  # the cheap precheck: an area's closing speaks back (以上/上述/前述, 除…外，其余…)
    backs = sum(1 for ln in body if ln.startswith(BACK_WORDS) and (closing_summary_status(ln) or back_by_number(ln)))
    # 除第10个问题正在推进外，其余问题均已整改到位 after the last area, its numbers the area's own, where an earlier
    # area closes speaking back (its status, its list by number or its tally): the last area's closing in the form of
    # an exception (a city 税务局, round 143)
    closes_back = bool(backs) or any(back_by_tally(ln) for ln in body)
    excepting = [ln for ln in lines if closes_back and excepts_the_rest(ln, mine)]
    return [
        ln
        for ln in lines
        if not (ln.startswith(BACK_WORDS) and (backs >= 2 or areas_count(area, ln, items_here))) and ln not in excepting
    ]


def _label_number(node: Node) -> int | None:
    """The number a problem's node is printed with (its label's digits), else None."""
    return label_number(node.marker.label) if node.marker and node.marker.label else None


def _word_numbered_line(line: str) -> bool:
    """Whether the line opens with a number in words (一是, 其一,), a family never read alone (numbering)."""
    return any(family.match(line) for family in WORD_FAMILIES)


def _cut_number_list(node: Node) -> list[str]:
    """Closing lines under a section's last problem that give the statuses of several problems by number.

    They speak of all the problems above (a list, not that problem's measures), so they are cut from its body and
    read with the notice's closing matter (numbered_closing_statuses).
    """
    at = len(node.body)
    while at > 0 and (_names_problems_bylabel_number(node.body[at - 1]) or sums_up_by_area(node.body[at - 1])):
        at -= 1
    cut = node.body[at:]
    del node.body[at:]
    if not cut and node.labels and node.lines and node.lines[-1].endswith(node.labels[-1][1]):
        # 完成情况：第1、3、5个问题已整改完成，第2、6个问题正在推进: the closing list typed as a field under the last
        # problem (a branch secretary's notice, round 130's class) speaks of the problems above as the line does;
        # named as problems (问题) and three at least, so that a problem's own field counting its measures (整改状态：
        # 第一项、第二项、第三项已完成) stays its own
        value = node.labels[-1][1]
        if "问题" in value and _NAMES_PROBLEMS.search(value):  # it names problems by number, not its own measures
            given = numbered_statuses(value) if len(value) <= _NUMBER_LIST_LIMIT else {}
            if len(set(given) - {OTHERS}) >= _FIELD_LIST_NUMBERS or sums_up_by_area(value):
                # … or it sums up area by area (整改完成情况：第一方面5个问题已完成4个…；第二方面…: round 143), which
                # no problem's own field does
                node.labels.pop()
                cut = [value]
    return cut


_FIELD_LIST_NUMBERS = 3
# problems named by their numbers (第1、3、5个问题, 第一、二项问题, 问题1、问题3, 问题（一）): a 问题 elsewhere in a
# problem's own field (第一项、第二项完成。…防止问题反弹回潮) names none (the generator's held-out draw 75000417)
_NAMES_PROBLEMS = re.compile(
    r"第[0-9０-９一二三四五六七八九十百、，,和及与至第]+[个项条]?问题|问题\s*[（(]?[0-9０-９一二三四五六七八九十]"
)


def _names_problems_bylabel_number(line: str) -> bool:
    given = numbered_statuses(line) if len(line) <= _NUMBER_LIST_LIMIT else {}
    return len(given) >= 2


_NUMBER_LIST_LIMIT = 120  # a closing list is a sentence or two


def _cut_summary(node: Node) -> list[str]:
    """The closing summary printed under the last problem when a closing section follows it (截至目前,…N个问题…).

    The genre states its totals between the last problem and 下一步工作打算 as often as at the very end; those
    lines are the notice's claims, not that problem's measures or status (cut from its body).
    """
    at = next((i for i, line in enumerate(node.body) if CLOSING_SUMMARY_RE.match(line)), None)
    if at is None:
        return _cut_glued_summary(node) or _cut_closing_paragraph(node)
    cut = node.body[at:]
    del node.body[at:]
    return cut


# The notice's totals glued inside the last problem's line where the page lost the break before them
# (完成时限:长期坚持截至目前,反馈的9个问题,已整改完成3个 / …规范归档。截至目前,巡察反馈的3个方面6个问题…):
# 截至目前 opening a sentence that counts what the inspection fed back.
_GLUED_SUMMARY_RE = re.compile(r"截至(?:目前|当前)[,，]?[^。]{0,20}?反馈的?[^。]{0,6}?\d+\s*个(?:方面|问题|具体问题)")


def _cut_glued_summary(node: Node) -> list[str]:
    """The totals glued inside the last problem's body line or field value, cut from it."""
    for i, line in enumerate(node.body):
        m = _GLUED_SUMMARY_RE.search(line) if "截至" in line else None
        if m:
            cut = [line[m.start() :], *node.body[i + 1 :]]
            node.body[i:] = [line[: m.start()]] if m.start() else []
            return cut
    for i, (label, value) in enumerate(node.labels):
        m = _GLUED_SUMMARY_RE.search(value) if "截至" in value else None
        if m:
            node.labels[i] = (label, value[: m.start()])
            return [value[m.start() :]]
    return []


# The notice's closing paragraph run on after the last problem's fields under no heading of its own: what the
# rectification brought, the next steps (下一步,…) and the call for supervision (欢迎广大干部群众…监督, 联系电话) in
# one paragraph (a district veterans bureau, round 31). A problem's text never calls on the public: from the call,
# or from the next steps printed before it in that paragraph, the lines are the notice's closing matter.
_CLOSING_CALL_RE = re.compile(r"(?<=[。；;])\s*(?:欢迎[^。，,；;]{2,16}?(?:对|监督)|如有意见)")
_NEXT_STEPS_RE = re.compile(r"(?<=[。；;])\s*(?:下一步|下步)[,，]")
# The problems spoken of as a whole: the done and the open tasks (对已完成的整改任务…对正在推进的整改任务), every
# problem (确保全部整改到位, 所有问题).
_WHOLE_LIST_RE = re.compile(
    r"(?:已完成|正在推进|正在整改|未完成|尚未完成)的(?:整改)?(?:任务|问题|事项)|(?:全部|所有)(?:整改)?(?:问题|任务)?(?:整改)?(?:到位|完成|销号)"
)


def _cut_closing_paragraph(node: Node) -> list[str]:
    """The closing paragraph's next steps and call for supervision glued after the last problem's text, cut from it."""
    for i, line in enumerate(node.body):
        if "欢迎" not in line and "如有意见" not in line:
            continue  # the cheap precheck: a problem's lines hold no call
        call = _CLOSING_CALL_RE.search(line)
        if call is None:
            continue
        steps = [m.start() for m in _NEXT_STEPS_RE.finditer(line, 0, call.start())]
        at = steps[-1] if steps else call.start()
        # 学院党委将坚持…对正在推进的整改任务紧盯不放，确保全部整改到位。欢迎…: next steps without 下一步 (a
        # college's closing paragraph, round 78) are known by speaking of the problems in the plural, which no
        # problem's own text does: the paragraph is closing matter from its first such sentence
        whole = _WHOLE_LIST_RE.search(line, 0, at)
        if whole is not None:
            at = max(line.rfind(end, 0, whole.start()) + 1 for end in "。；;")
        cut = [line[at:].strip(), *node.body[i + 1 :]]
        node.body[i:] = [line[:at]] if line[:at].strip() else []
        return cut
    return []


# A page's outline of the notice printed above its title (一、提高政治站位 … （一）聚焦…方面（7个问题） … 四、正视工作
# 差距, then the title and the body whose headings open with the same words): a city literary federation's page
# (issue 19's eighth round). An outline line is numbered and opens a line of the body; it is the page's, not the body's.
_OUTLINE_OPENERS = frozenset("一二三四五六七八九十（(0123456789")


def _without_outline(lines: list[str], title_line: int) -> list[str]:
    """The lines without the numbered headings above the title that the body repeats below it."""
    below = lines[title_line + 1 :]
    outline = {
        i
        for i, line in enumerate(lines[:title_line])
        if len(line) >= 4 and line[0] in _OUTLINE_OPENERS and any(b.startswith(line) for b in below)
    }
    return [line for i, line in enumerate(lines) if i not in outline] if outline else lines


def _reference_date(*isos: str | None) -> date | None:
    for iso in isos:
        if iso and len(iso) == 10:
            return date.fromisoformat(iso)
    return None


def _unnumbered(node: Node) -> str:
    return node.marker.rest if node.marker else node.heading


def _distinct(nodes: Iterable[Node | None]) -> list[Node]:
    seen: dict[int, Node] = {}
    for node in nodes:
        if node is not None:
            seen.setdefault(id(node), node)  # nodes compare by identity; ids keep their order
    return list(seen.values())


def _has_status_field(node: Node) -> bool:
    for label, _ in node.labels:  # noqa: SIM110 (a loop, not any(): asked of every problem, 0.4% of a parse)
        if is_status_label(label):
            return True
    return False


def _fielded_statuses(nodes: list[Node]) -> bool:
    """Whether the notice states its problems' status in a field of their own (整改状态:已完成 on most of them).

    Such a notice (a town's 公示 table with its 整改状态 column, round 51; a school's 完成情况 field, round 47) says
    "no status" for a problem by leaving the field out or blank: its measures' last clause (目前正在进行培养考察) is
    work reported, not the status the notice withholds.
    """
    with_field = sum(1 for n in nodes if _has_status_field(n))
    return with_field >= 2 and 2 * with_field >= len(nodes)


# A date field's value: a date, a month or a year opening it (2024年5月5日, 2024年12月底, 2024.9).
_DATE_VALUE_RE = re.compile(r"\d{4}\s*(?:年|[.\-/]\d)|\d{1,2}月")


def _date_field_status(node: Node) -> Status | None:
    """The status a problem's date states in a notice whose problems print either a planned date or the date done."""
    for label, value in node.labels:
        if label[-1:] not in "间期限":
            continue  # the cheap precheck: a date's label ends so (时间, 日期, 时限)
        if PLANNED_DATE_LABELS.match(label) and _DATE_VALUE_RE.match(value.lstrip()):
            return "in_progress"
        if DONE_DATE_LABELS.match(label) and _DATE_VALUE_RE.match(value.lstrip()) and "前" not in value:
            return "done"  # not 2024年6月底前: a deadline's wording, not the day it was done
    return None


def _deadline_as_status(node: Node, reference: date) -> tuple[tuple[str, str], Status] | None:
    """A status field whose whole value is a deadline still ahead of the notice's own date (整改情况：2024年12月底前
    完成, lexicon.DEADLINE_AS_STATUS_RE): the field and in_progress; None where no field is such or its day is past."""
    for field in node.labels:
        label, value = field
        if "前" not in value or not (STATUS_LABELS.match(label) or MAYBE_STATUS_LABELS.match(label)):
            continue  # the cheap precheck: a deadline's 前
        if DEADLINE_AS_STATUS_RE.fullmatch(value.strip(" 。.;；")) is None:
            continue
        found = find_deadline(value, reference)
        if found is not None and date.fromisoformat(found[0]) > reference:
            return field, "in_progress"
    return None


def _paired_dates(nodes: list[Node]) -> bool:
    """Whether some problem prints both its time limit and the date it was done: the notice's form has a column for
    each (整改时限 / 实际完成时间), so a problem without its date done left that column blank."""
    return any(_time_limited(n) and _date_field_status(n) == "done" for n in nodes if n.labels)


def _time_limited(node: Node) -> bool:
    """Whether a problem prints a time limit with a date (完成时限：2024年12月), the deadline it is held to."""
    return any(
        TIME_LIMIT_LABELS.match(label) and (_DATE_VALUE_RE.match(value.lstrip()) or _TIME_WORD_RE.match(value.lstrip()))
        for label, value in node.labels
    )


# A time limit in words (整改时限：长期坚持 / 立行立改) beside others' dates done (完成时间：2024.8): a town's short
# paragraphs (issue 19's round 90) hold the work to a limit, as round 85's 完成时限：2024年12月 does, no date done.
_TIME_WORD_RE = re.compile(r"立行立改|长期坚持")


def _dated_statuses(nodes: list[Node]) -> bool:
    """Whether the notice gives some problems the date they were done and others a planned date, or a time limit
    alone (see lexicon.PLANNED_DATE_LABELS and TIME_LIMIT_LABELS)."""
    kinds = {_date_field_status(node) for node in nodes if node.labels}
    if "done" not in kinds:
        return False
    if "in_progress" in kinds:
        return True
    # the others' time limit in place of a date done: the dates set the done apart (round 85)
    return None in kinds and any(_date_field_status(n) is None and _time_limited(n) for n in nodes if n.labels)


# A status bracket closing the headline goes on, after its status clause, with what the work still waits on
# (<problem>（已完成，待县财政局验收） / （基本完成，剩余2项待县局批复）: a city hospital's headlines, issue 19's round
# 125's probes): the bracket is cut from the title, so the clause after its status is handed to the pending reading,
# as a short status field's remainder is (_status_remainders).
_BRACKET_REMAINDER_RE = re.compile(r"[(（【\[](?P<s>[^()（）【】\[\]]{2,40})[)）】\]][。.；;]?\s*$")


def _bracket_remainder(headline: str, title: str) -> str:
    """What the status bracket cut from the headline states after its status clause, or ''."""
    if "，" not in headline[len(title) :] and "," not in headline[len(title) :]:
        return ""  # the cheap precheck: a bracket of one clause (（已完成）, most) hands nothing back
    if not headline.startswith(title.rstrip()) or (m := _BRACKET_REMAINDER_RE.search(headline)) is None:
        return ""
    parts = _STATUS_CLAUSE_END_RE.split(m["s"], maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def _status_sentence_closing(title: str) -> tuple[str, Status | None]:
    """'<problem>。目前已整改完成。' → ('<problem>', 'done'): a sentence of nothing but status words closing the
    problem's own line after its full stop is its status, not its title (（1）<problem>。目前已整改完成。: a city
    bureau's notice on its 纪委监委's site, round 118's probe), as a clause after a comma is (trailing_status)."""
    head, _, last = title.rstrip("。.").rpartition("。")
    if len(head) < 4 or (status := status_sentence_alone(last + "。")) is None:
        return title, None
    return head, status


def _item(
    seq: int,
    node: Node,
    section: Section,
    reference: date | None,
    year_hint: int | None,
    defined: frozenset[str],
    fielded: bool = False,
    dated: bool = False,
    paired: bool = False,
) -> Item:
    ancestors = node.ancestors()
    shown = _shown(node, section)
    text = node.body
    siblings = node.parent.children if node.parent is not None else (section.roots if section.heading else [])
    last = bool(siblings) and siblings[-1] is node
    if (
        text
        and last
        and not node.children
        and (
            closing_summary_status(text[-1], defined)
            or back_by_number(text[-1])
            or back_by_tally(text[-1])
            or excepts_the_rest(text[-1], [label_number(s.marker.label) for s in siblings if s.marker])
        )
    ):
        # 以上3个问题已全部完成整改 after an aspect's last problem: the aspect's, not this problem's; so is its list by
        # number (以上3个问题中，第2个问题正在整改，其余已整改完成: numbered_area_closings gives it to the aspect's)
        # and its tally by status (该方面4个问题，已完成2个，2个正在推进: back_by_tally), and its exception naming its
        # own problems by number before the rest (除第5个问题需长期坚持外，其余均已整改到位: round 143)
        text = text[:-1]
    headline, body = rejoin_cut_status(node.marker.rest if node.marker else node.heading, text)
    if body and _status_said_first(headline, body[0]):
        # 1.已整改到位。针对“<problem>”的问题，<measures>: the status said first, in a sentence of its own, then the
        # problem's wrapper (a township's notice, issue 19's round 168): read as the bracket before a wrapper is
        problem, tail = headline_of(body[0])
        headline, body = f"【{headline.rstrip('。.;；!！:：')}】{problem}", ([tail] if tail else []) + body[1:]
    if body and (inner := numbering_of(headline)) is not None and not inner[2]:
        # (一)问题清单第1项：<problem> — a second numbering (the entry's place in the feedback's checklist) closing
        # the line: the problem is the line after it (a province's forestry station, round 22)
        headline, body = body[0], body[1:]
    if body and body[0][:1] in OPENERS:  # the cheap precheck: a line opening with a bracket
        headline, body = _status_opening_text(headline, body)
    title, marked = trailing_status(_bracket_without_count(headline))
    awaited = _bracket_remainder(headline, title) if marked is not None else ""
    if marked is None and title.rstrip("。.")[-1:] in CLAUSE_LAST and "。" in title[:-1]:
        # the cheap precheck: a line of more than one sentence, closed by a status word's last character
        title, marked = _status_sentence_closing(title)
    title, body = _split_quoted_headline(title, body)
    if marked is None and body and _ANSWERED_HEADLINE_RE.search(title):
        marked = status_sentence_alone(body[0].split("。", 1)[0] + "。")
    after = ""  # what the problem's own field says after the problem
    if not title.strip():  # '1.' alone, the problem in its field (存在问题:…)
        # its headline is the field's first sentence (问题表现:<problem>。<facts>…), as a numbered line's is
        title, after = next((headline_of(v) for label, v in node.labels if TITLE_FIELD_RE.match(label)), (title, ""))
    elif node.marker is not None and node.marker.style in _TASK_RECORD_STYLES and not reads_as_problem(title):
        # 整改任务1：<the task's name> > 存在问题：<problem> > 整改措施：… > 完成情况：…: a task list's record named for
        # its task, the problem it answers in its problem field (round 158): the title is the problem as stated
        title = next((headline_of(v)[0] for label, v in node.labels if TITLE_FIELD_RE.match(label)), title)
    fields = [strip_status_lead(label, v) for label, v in node.labels if not _is_status_or_meta(label, v)]
    if after and not fields and not body:
        # the number alone, then the problem's field running on past the problem with no field of measures after it
        # ((1) > 问题内容:<problem>。<what was done>。, a squeezed page's record cut after its number): the text after
        # the problem is its rectification, as after a numbered line's headline (1.<problem>。<what was done>)
        body = [after]
    measures = "\n".join(fields + body).strip()
    # the closing prose sentence is the last resort (own_status's order): read only when nothing else states it
    due = _deadline_as_status(node, reference) if reference is not None else None
    labels = node.labels if due is None else [f for f in node.labels if f != due[0]]
    own = own_status(labels, marked, None, defined, lambda v: prose_status(v, defined))
    if due is not None and own is None:
        own = due[1]  # 整改情况：2024年12月底前完成, ahead of the notice's date: the deadline, not a result (lexicon)
    # the date printed is the problem's only status where the notice prints a planned date or the date done
    own = own or (_date_field_status(node) if dated else None) or measures_status(measures)
    if node.tasks and (together := tasks_status(node.lines)) is not None:
        # 问题1:<problem> > 该问题分解为3项整改任务: > (1)<task>。完成情况:… > (2)…: the tasks' statuses together, not
        # the first task's field (round 158)
        own = together
    # the notice's status field left out: only a sentence that is nothing but a status states one
    withheld = fielded and bool(node.labels) and not _has_status_field(node)
    # … or a clause of status words alone closing its text, where the clerk typed it there for the one problem whose
    # field he left out (…规范报账资料，已整改完毕: a township's 公示, round 127)
    own = own or (
        (status_sentence_alone(measures) or closing_status_clause(measures))
        if withheld
        else prose_status(measures, defined)
    )
    if own is None and fields and body and not withheld:
        # the headline's line describes the problem (1、<problem>。一是…二是…) and the field after it closes the
        # rectification text with its status (整改成效：一是…。此问题已整改到位。): a county forestry bureau's form
        # (issue 19's eighth round); the description is kept after the fields, so their close is read apart
        own = prose_status("\n".join(fields))
    if (
        own is None
        and fields
        and body
        and not withheld
        and len(body[0]) <= OWN_LINE_LIMIT
        and _printed_before_fields(node, body[0])
    ):
        # 2)关于…的问题。> 截至目前,该问题已整改到位。> 整改情况:…: the status on its own line before the fields, which
        # the measures put first (a page stating where each problem stands before what was done)
        own = prose_status(body[0], defined)
    if own is None and paired and _time_limited(node) and _date_field_status(node) is None:
        # a ledger whose columns give each problem its time limit and the date it was done (整改时限 / 实际完成时间,
        # 销号时间), the date filled on some rows: a row with its time limit and no date done is not done (a city
        # bureau's Word ledger, a township's page, issue 19's round 167)
        own = "in_progress"
    # a problem's own closing sentence stating it done and kept up (该问题已完成整改，将长期坚持。) is its own
    # marker, as one in its headline is, not an echo of the heading above saying the same (states_done_kept_up)
    stated = marked is not None or (own == "done_longterm" and states_done_kept_up(measures))
    status, source = _status(ancestors, section, own, defined, headline_marked=stated)
    if source == "item" and reported_stage_only(node.labels, defined):
        # the field reports a stage of the work (已完成全镇测绘,…待审核后颁证): the status heading above states the
        # problem's status as such (仍在推进的事项), and outranks it (status.fields.reports_stage)
        above, where = _status(ancestors, section, None, defined)
        if where == "section":
            status, source = above, where
    deadline = _deadline(node, measures, reference, year_hint)
    # each remainder is a clause of its own: a page's line break inside the measures joins a clause, this joint ends one
    evidence = pending_evidence("；".join([measures, *_status_remainders(node.labels), awaited]))
    title, facts = quoted_headline(title)
    return Item(
        seq=seq,
        label=_label(node, section),
        title=clean_title(title),
        aspect=_aspect_of(node, section, shown),
        group=shown[-1].heading if len(shown) >= (1 if section_is_aspect(section) else 2) else None,
        status=status,
        status_source=source,
        pending=bool(evidence),
        pending_evidence=evidence,
        measures=f"{facts}\n{measures}" if facts else measures,  # the finding's facts, as printed, before the text
        deadline=deadline[0] if deadline else None,
        deadline_text=deadline[1] if deadline else None,
        section=section.heading or None,
    )


# The numberings of a task list's records (整改任务1:, 任务一:, 事项2:, 第3项:): a record named for its task.
_TASK_RECORD_STYLES = NAMED_ENTRY_STYLES | {"第n项", "第cn项"}


# Issue 19 point 3: a headline quoting its problem (关于“X”问题的整改情况, 针对“X”的问题) ends where the wrapper
# ends; text glued after it where the page lost the line break (…问题对相关责任人进行提醒谈话) is the
# rectification text.
_QUOTED_HEADLINE_RE = re.compile(
    r"^(?:关于|对于|针对)\s*[“\"][^”\"]{2,80}[”\"]\s*(?:的)?问题(?:的)?(?:整改(?:落实|进展|完成)?(?:情况)?)?"
)
_NOT_GLUED = tuple("。；;:：,，、(（[【〔「<《")
_SENTENCE_STOPS = frozenset("。；;")


# A sentence of measures naming its problem in a clause (针对“X”的问题, followed by what was done): the problem is X.
_ZHENDUI_CLAUSE_RE = re.compile(
    r"(?=[,，针])(?:^|[,，])针对(?:巡察|巡视)?(?:组)?(?:反馈|指出|发现)?(?:的)?[“\"](?P<t>[^”\"]{2,60})[”\"]\s*(?:的)?问题(?=[,，])"
)


# A status sentence opening an item before its problem's wrapper (已整改到位。针对“…”的问题，…): short enough to be
# status words alone (status_sentence_alone decides the words), the wrapper's opening word after it.
_STATUS_FIRST_MAX = 16
_WRAPPER_OPENINGS = ("针对", "关于", "对于")


def _status_said_first(headline: str, first: str) -> bool:
    """Whether a numbered line's headline is a status sentence alone and its text opens on a problem's wrapper."""
    if len(headline) > _STATUS_FIRST_MAX or not first.startswith(_WRAPPER_OPENINGS):
        return False  # the cheap precheck: most headlines are longer, most texts open otherwise
    return "，" not in headline and "," not in headline and status_sentence_alone(headline + "。") is not None


# A headline naming its problem's rectification as a field would (关于“<problem>”问题的整改情况：已基本完成。一是…, a
# college's notice): the sentence of status words alone opening the text after it answers it, as the field's value
# does (整改情况：正在推进。); other words of the kind are read there already (已完成 by the prose reading).
_ANSWERED_HEADLINE_RE = re.compile(r"问题的?(?:整改|落实)(?:落实)?(?:情况|进展|进度)[:：,，]?$")


def _status_opening_text(headline: str, body: list[str]) -> tuple[str, list[str]]:
    """(四)<problem>。（已整改）一是…: a bracketed status opening the text right after the headline is the problem's,
    as one closing the headline is (a township health centre's notice, round 21); it joins the headline."""
    m = LEADING_STATUS_RE.match(body[0])
    if m is None or trailing_status(headline.rstrip("。.;； ") + m.group(0).strip())[1] is None:
        return headline, body
    rest = body[0][m.end() :].strip()
    return headline.rstrip("。.;； ") + m.group(0).strip(), ([rest] if rest else []) + body[1:]


def _printed_before_fields(node: Node, line: str) -> bool:
    """Whether a line of the node's text is printed before one of its labelled lines."""
    if line not in node.lines:
        # the sentences after the title on the numbered line itself (第1项:<title>。目前,该问题已完成整改。 > 整改举措:
        # … > more of the measures): printed first, before every field, as a line of its own between them is
        # (the structure keeps them in the body, never among the lines printed after it)
        return node.marker is not None and line in node.body
    return any(ln not in node.body for ln in node.lines[node.lines.index(line) + 1 :])


def _split_quoted_headline(title: str, body: list[str]) -> tuple[str, list[str]]:
    """The quoting headline alone, the text glued after it moved to the head of the body."""
    if "针对" in title and (clause := _ZHENDUI_CLAUSE_RE.search(title)):
        # (1)坚持问题导向,…,针对“X”的问题,建立…制度。: points that open with the work and name the problem they
        # answer in a clause (a city bureau's notice, round 15): the wrapper is the headline, the sentence its text
        return clause.group(0).lstrip(",，"), [title, *body]
    m = _QUOTED_HEADLINE_RE.match(title) if title.startswith(("关于", "对于", "针对")) else None
    rest = title[m.end() :].strip() if m else ""
    if rest[:1] in _SENTENCE_STOPS and rest[1:].strip():
        # 一、关于“X”的问题。<what was done>。此问题已整改落实。 in one paragraph (a short form of the genre): the
        # headline is the wrapper's sentence, the sentences after it its text
        rest = rest[1:].strip()
    elif not rest or rest.startswith(_NOT_GLUED):
        return title, body
    return m.group(0) if m else title, [rest, *body]


def _aspect_of(node: Node, section: Section, shown: list[Node] | None = None) -> str | None:
    """The item's top heading inside its section, else the section's heading when it names an aspect (`shown`:
    the item's headings when the caller has them already)."""
    if section_is_aspect(section):  # 一、…方面 > (一)… > 1.…: the section is the aspect, (一) the group
        return _aspect_name(section.heading)
    ancestors = _shown(node, section) if shown is None else shown
    return _aspect_name(ancestors[0].heading) if ancestors else None


def _shown(node: Node, section: Section) -> list[Node]:
    """The headings an item sits under, without those that only state a status ((一)已整改完成的问题) or frame
    the whole list ((二)巡察反馈问题整改落实情况)."""
    return [a for a in node.ancestors() if not _not_shown(_unnumbered(a)) or _one_of_parts(a, section)]


def _one_of_parts(heading: Node, section: Section) -> bool:
    """A heading worded as the part framing the whole list (巡察整改) beside siblings of its numbering that hold
    problems too (not a framing part's measures): it frames only its share, one class among the others ((一)政治建设
    … (五)巡察整改: a ledger's class column, round 34). Headings that state a status stay apart whatever their
    siblings."""
    if PART_HEADING_RE.match(_unnumbered(heading)) is None:
        return False
    siblings = heading.parent.children if heading.parent is not None else section.roots
    return any(
        other is not heading
        and other.style == heading.style
        and id(other) in section.holders
        and not _not_shown(_unnumbered(other))
        for other in siblings
    )


@lru_cache(maxsize=1024)
def _not_shown(text: str) -> bool:
    """A heading that only states a status or frames the list (asked of every item's every heading: cached)."""
    return (
        # an aspect's heading tallying its problems in part ((二)…方面(共3个问题,已完成2个,1个正在推进)) names the
        # area, it groups no problems by status (round 97); so does one stating its group's status in its closing
        # bracket ((二)…方面(3个问题,均已完成整改,需长期坚持) / (三)…方面(2个问题,正在推进): round 143)
        (heading_states_status(text) and not tallied_in_part(text) and not _area_stating_status(text))
        or PART_HEADING_RE.match(text) is not None
        or LIST_INTRO_RE.search(text) is not None  # …具体整改情况如下: a work paragraph framing the list (round 71)
        or (longterm_section(text) and not _area_stating_status(text))
        or (partial_section(text) and not _area_stating_status(text))
        or states_status_alone(text)
    )


def _area_stating_status(text: str) -> bool:
    """Whether a heading names an area (…方面) and states its problems' status set apart after it, in its closing
    bracket with or without their count ((二)关于…方面(3个问题,均已完成整改,需长期坚持)): an aspect heading stating
    its group's status (a county 司法局's notice, round 143), which status.sections reads for the problems below; the
    heading is the aspect's, shown without the status (_aspect_name), never a status section's."""
    if text[-1:] not in CLOSERS:
        return False  # the cheap precheck: the status stands in the closing bracket
    name = _aspect_name(text)
    return name != text and name.rstrip("。.,，:： ").endswith("方面")


def _label(node: Node, section: Section) -> str:
    if node.marker and node.marker.label:
        return node.marker.label
    # an unnumbered problem is labelled by its position under its heading (L13), the section's when it is the heading
    siblings = node.parent.children if node.parent else section.roots
    same = [s for s in siblings if s.style == node.style]
    return str(next(i for i, s in enumerate(same, 1) if s is node))


_QUOTE_OPEN = "“\"‘'「"


def quoted_headline(title: str) -> tuple[str, str]:
    """'关于“<headline>。<facts>”问题的整改' → ('关于“<headline>”问题的整改', '<facts>'): a wrapper quoting the whole
    finding (婺城's layout) has the finding's first sentence as its title; the facts after it describe it."""
    if "“" not in title and '"' not in title:
        return title, ""  # the cheap precheck: no quote, no quoted finding
    m = GUANYU_WRAPPER_RE.match(title) or TITLE_WRAPPER_RE.match(title)
    if m is None or title[m.start("t") - 1] not in _QUOTE_OPEN:
        return title, ""
    quote = m["t"]
    cut = next((i for i, ch in enumerate(quote) if ch in "。；;"), -1)
    facts = quote[cut + 1 :].strip()
    if cut < 2 or not facts:
        return title, ""
    return title[: m.start("t")] + quote[:cut] + title[m.end("t") :], facts


# 存在 makes the closing 问题 its object only in the same clause (存在违规发放问题); a 存在 in an earlier clause
# (涉农资金监管存在薄弱环节,个别补助资金审核不严的问题: a city bureau's headline, round 19) leaves 的问题 a wrapper.
# A 、 joins the objects of one 存在 (部分药店存在串换药品、超量开药问题: a banner's medical-insurance bureau, r25).
# 出现 and 发生 do the same as 存在 (部分村(社区)“三资”管理出现新的不规范问题: an Anhui district's 回头看 list,
# round 48): the problem occurred, and 问题 is what occurred, not the heading's kind.
_HEADING_PROBLEM_RE = re.compile(r"^(?!.*(?:存在|出现|发生)[^,，;；]*$).*(?<!等)问题$")
# An OCR reads the 、 between the objects of one 存在 as a comma (存在过度检查，重复收费问题: a city hospital's scan,
# issue 19's round 134): a last clause of two to six characters before 问题, without 的, right after the clause holding
# 存在, is one more of its objects; a clause that says more is a wrapper's own (…，个别补助资金审核不严的问题).
_OBJECT_AFTER_COMMA_RE = re.compile(r"(?:存在|出现|发生)[^,，;；]{2,}[,，][^,，;；的]{2,6}问题$")


def clean_title(title: str) -> str:
    """The problem as stated: without 针对“…”的问题 wrappers and the closing 。."""
    title = title.strip()
    # 【立行立改】<problem> / <problem>（立行立改）: a tag of how it is handled, opening or closing the headline
    if title[:1] in MANNER_TAG_OPENERS or title.rstrip("。.;； ")[-1:] in MANNER_TAG_CLOSERS:  # the cheap precheck
        title = MANNER_TAG_RE.sub("", title)
    title = TITLE_PREFIX_RE.sub("", title)
    for pattern in TITLE_WRAPPERS:
        m = pattern.match(title)
        if m:
            title = m["t"]
            break
    else:
        title = _unwrapped(title)
    title = _MIRROR_COMMAS.sub("", title)
    if "表现" in title:  # the cheap precheck: most headlines announce no facts
        # 1.<problem>,主要表现在: > ①<fact> ②<fact>: the announcement of the facts below is no part of the problem
        title = FINDINGS_LEAD_RE.sub("", title)
    title = _TITLE_END.sub("", title)
    # '1.财务管理不规范问题': the genre's closing 问题 names the kind of heading, not the problem (L01);
    # '…等问题' lists instances and '存在…问题' is a sentence whose object it is: both keep it (001, 004).
    if (
        len(title) >= 6
        and title.endswith("问题")
        and _HEADING_PROBLEM_RE.search(title)  # the end, then the rest
        and not _OBJECT_AFTER_COMMA_RE.search(title)
    ):
        title = title[:-2].removesuffix("的")
    return title


_TITLE_END = re.compile(r"[。;；.,，:：\s][。;；.,，:：\s]*$")  # [..]+$ opening on its class: the engine skips to it
# A mirror site's doubled punctuation (不经常,,学习形式单一 / 八里,、丁集: traditional-script copies that print a comma
# before many of the page's marks, a village's 公示, round 47): the comma it adds is no part of the problem's words.
_MIRROR_COMMAS = re.compile(r"[,，](?=[,，、])")


def _unwrapped(title: str) -> str:
    """The problem out of the wrappers that do not end in 问题: 巡视指出“X”。<findings> and 针对<shortcoming>。"""
    if title.startswith("在"):
        # 在“<problem>”方面，<measures>: an unnumbered problem paragraph's wrapper (round 160), the quote the problem
        m = ZAI_QUOTED_WRAPPER_RE.match(title)
        return m["t"] if m else title
    if title.startswith("针对"):
        m = BARE_ZHENDUI_RE.match(title)
        # 针对把握职能定位不够准确。: the shortcoming is the problem (round 33); 针对…开展… is a measure, kept
        return m["t"] if m and PROBLEM_WORDING_RE.search(m["t"]) else title
    if "“" not in title and '"' not in title:
        return title  # the cheap precheck: the feedback's words are quoted
    m = FEEDBACK_QUOTE_RE.match(title)
    return m["t"] + m["rest"] if m else title


def _status(
    ancestors: list[Node],
    section: Section,
    own: Status | None,
    defined: frozenset[str],
    *,
    headline_marked: bool = False,
) -> tuple[Status, StatusSource]:
    """The item's own status (field, bracket, prose sentence), else the nearest heading or lead sentence.

    `headline_marked`: the problem states its own kept-up status (in its headline, or a closing sentence stating it
    done and kept up), which no heading above overrides."""
    levels = [_with_lead(a) for a in reversed(ancestors)] + [_section_with_lead(section)]
    if own == "done" or (own == "done_longterm" and not headline_marked):
        # a problem done under 已完成并需长期坚持的整改事项 is kept up as well: the notice's own class of it
        # (…诉求23件，均已办结 closing a problem of that section: a town's notice, round 35); the nearest status
        # heading decides, also where the problem's text only echoes the keeping up (…,此项工作长期坚持。 under
        # 二、已完成并需长期坚持的问题: a college's notice, issue 19's round 52), not where its own headline states it
        for heading, _ in levels:  # the nearest heading stating a status (a loop: asked of every done problem)
            if heading and (kept := _heading_status(heading)):
                return ("done_longterm", "section") if kept == "done_longterm" else (own, "item")
        return own, "item"
    if own:
        return own, "item"
    for heading, lead in levels:
        found = heading_status(_unqualified(heading)) or lead_status(lead, defined)
        if found:
            return found, "section"
    # a sentence closing the aspect after its last problem (以上3个问题已全部完成整改): the aspect a heading above the
    # problem, or the section it stands in (一、…方面 > 1.… 2.… > 以上2个问题已全部完成整改)
    closed = [
        *reversed(ancestors),
        *([section.roots[-1]] if section.heading and section.roots and not ancestors else []),
    ]
    for a in closed:
        closing = closing_line(a)
        found = closing_summary_status(closing, defined) if closing else None
        if found:
            return found, "section"
    return "unstated", "none"


def _with_lead(node: Node) -> tuple[str, list[str]]:
    """A heading and the lines leading its problems: its body, after a lead sentence printed on its own line."""
    name, lead = heading_lead(node.heading)
    return (name, [lead, *node.body]) if lead else (node.heading, node.body)


def _section_with_lead(section: Section) -> tuple[str, list[str]]:
    """A top-level section's heading and the lines leading its problems, its lead sentence printed on the heading's
    own line (一、…方面。该方面问题已全部整改完成。) read as a lead, as a lower heading's is (_with_lead)."""
    if not section.heading or "。" not in section.heading:
        return section.heading, section.intro  # the cheap precheck: a lead on the heading's line follows its 。
    name, lead = heading_lead(section.heading)
    return (name, [lead, *section.intro]) if lead else (section.heading, section.intro)


@lru_cache(maxsize=1024)
def _heading_status(heading: str) -> Status | None:
    """The status a heading states, read once per heading (every problem under it asks)."""
    return heading_status(_unqualified(heading))


# 集中整改期内已完成（含基本完成）的整改事项: a status heading's word qualified by what it counts in (a city CDC's
# 党委); the qualifier names a share of that status, so the heading is read without it.
_QUALIFIER_RE = re.compile(r"[(（](?:含|包括|包含)[^()（）]{1,12}[)）]")


def _unqualified(heading: str) -> str:
    """The heading without a bracket saying what its status word counts in."""
    return _QUALIFIER_RE.sub("", heading) if "含" in heading or "包括" in heading else heading


def _counted_in_done(text: str) -> frozenset[str]:
    """The partial words a notice counts in its completed work (已完成（含基本完成）): done in that notice."""
    if "含" not in text and "包括" not in text and "或基本" not in text:
        return frozenset()  # the cheap precheck: a qualifier opens with 含, 包含 or 包括, a class joins 或基本…
    return frozenset(m["w"] or m["w1"] or m["w3"] or m["w2"] for m in DONE_COUNTS_IN_RE.finditer(text))


# A status field this short is no measure (_is_status_or_meta); a longer one is among the measures already.
_SHORT_STATUS_FIELD = 25


# Where a short status field's status clause ends: a comma (基本完成，…尚在试运行) or a full stop, the status a
# sentence of its own before the work still open (整改进展：尚未完成。1个项目结算审计正在进行中。: a university's
# fields, round 73)
_STATUS_CLAUSE_END_RE = re.compile(r"[，,；;。]")


def _status_remainders(labels: list[tuple[str, str]]) -> list[str]:
    """What a short status field states after its status (整改进展：基本完成，分包管理系统尚在试运行 / 整改状态：阶段性
    完成，剩余欠款正在追收): the unfinished work a ledger's status cell names, read for pending evidence though the
    field is no measure. The status clause itself (推进中, 正在整改) is no work."""
    out = []
    for label, value in labels:
        if "在" in value and _deadline_label(label) and WORK_UNDER_WAY_RE.search(value):
            # a follow-up's table writes in its 完成时间 column the month a problem was done or, for one still open,
            # what remains (耗材管理信息系统正在调试，预计2026年5月上线: a city hospital's 续报, round 121): the work
            # named under way in a date field is pending as a remark's is
            out.append(value)
            continue
        if label == "备注" and "待" in value and len(value) <= _SHORT_STATUS_FIELD:
            # a ledger's remarks column naming what the work still waits on (备注：待市委编办批复, beside 整改进度：
            # 已完成: a city bureau's ledger, round 110): the step to come is pending evidence whatever status the
            # remark reads as (a bare 待销号 names no step: PENDING_RE reads none in it)
            out.append(value)
            continue
        if _meta_label(label):
            continue
        if len(value) > _SHORT_STATUS_FIELD:
            # a long field opening on a status sentence that names, after its status, the step still to come
            # (整改情况：整改已完成，待县委组织部验收。<measures>): the sentence left out of the measures is read here
            if rest := status_lead_remainder(label, value):
                out.append(rest)
            continue
        if label_status(label, value) is None:
            continue
        if len(parts := _STATUS_CLAUSE_END_RE.split(value, maxsplit=1)) == 2:
            out.append(parts[1])
        elif "在" in value and WORK_UNDER_WAY_RE.search(value):
            # one clause naming the work it says is under way (备注：2个村的产业项目正在建设中: a township's ledger,
            # round 116): the status read from it, and the work named pending as a longer field's would be
            out.append(value)
    return out


# The labels are the genre's small vocabulary (责任单位, 完成时限, 整改情况), asked of per field and item: cached.
@lru_cache(maxsize=1024)
def _meta_label(label: str) -> bool:
    """A field about the problem's handling (责任单位, 牵头领导) or its deadline (完成时限), never its measures."""
    return NON_MEASURE_LABELS.match(label) is not None or _deadline_label(label)


@lru_cache(maxsize=1024)
def _deadline_label(label: str) -> bool:
    return DEADLINE_LABELS.match(label) is not None


def _is_status_or_meta(label: str, value: str) -> bool:
    if _meta_label(label):
        return True
    return label_status(label, value) is not None and len(value) <= _SHORT_STATUS_FIELD


def _deadline(node: Node, measures: str, reference: date | None, year_hint: int | None) -> tuple[str, str] | None:
    anchor = reference or (date(year_hint, 12, 31) if year_hint else None)
    for label, value in node.labels:
        if _deadline_label(label):
            found = find_deadline(value, anchor) or _date_in(value, year_hint)
            if found:
                return found[0], value
    return find_deadline(measures, anchor)


def _date_in(value: str, year_hint: int | None) -> tuple[str, str] | None:
    """A date written in a 完成时限 cell; a month alone means its last day."""
    dates = find_dates(value, default_year=year_hint)
    if not dates:
        return None
    iso = dates[0].iso
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        iso = date(y, m, calendar.monthrange(y, m)[1]).isoformat()
    return iso, value


def consistency_warnings(
    claimed: Claimed,
    items: tuple[Item, ...],
    aspect_count: int,
    group_count: int | None,
    class_counts: tuple[int, ...] | None = None,
    counted: tuple[int, int] = (0, 0),
    one_body: bool = True,
) -> list[NoticeWarning]:
    """Each difference between what the notice claims and what its body lists.

    `class_counts`: the count each item's closing bracket gives (1.学习教育方面问题（共187项，已全部整改完成）), where
    every item gives one: items that are classes of problems, counted by the notice itself.
    `counted`: (done, in progress) among the problems stating no status of their own that their area's lead counts
    (counted_in_leads): listed with those statuses, though not one by one.
    `one_body`: whether the notice names the one body inspected (its agency), whose own problems its counts are.
    """
    if class_counts and claimed.problems == sum(class_counts) and len(class_counts) == len(items):
        # 523 problems summarised as 5 classes whose brackets count them all (a street's 工委, round 16): the body
        # lists every problem the notice counts, by class; its done count is the done classes' problems
        done_in_classes = sum(c for c, i in zip(class_counts, items, strict=True) if i.status in DONE)
        return _class_warnings(claimed, done_in_classes, items)
    warnings: list[NoticeWarning] = []
    longterm = sum(1 for i in items if i.status == "done_longterm")
    # A notice that counts long-term items apart (已完成5个、需长期坚持1个) means "completed" without them; one that
    # claims every problem completed counts its long-term ones among them (36个具体问题已全部整改完成,其中3项纳入常态化
    # 整改范畴: a development-zone bureau's notice, round 72), as nothing is left to count them apart from.
    within = claimed.problems is not None and claimed.completed == claimed.problems
    apart = claimed.longterm is not None and not within
    done = sum(1 for i in items if i.status == "done") + (0 if apart else longterm)
    in_progress = sum(1 for i in items if i.status == "in_progress")
    done, in_progress = done + counted[0], in_progress + counted[1]
    # 已完成整改5个，需长期坚持1个 over two problems kept up, one 已完成，长期坚持 and one a bare 长期坚持 (a village's
    # 公示, round 39): the notice counts apart only what it keeps up without calling it done, so where the two counts
    # together are the listed done and kept-up problems together, the split is the notice's own
    if (
        claimed.longterm is not None
        and claimed.completed is not None
        and claimed.longterm < longterm
        and done + longterm == claimed.completed + claimed.longterm
    ):
        done, longterm = claimed.completed, claimed.longterm
    # 正在整改2个，需长期坚持整改1个 over three problems in progress (a district procuratorate's status sections,
    # round 62): work that must go on for long is in progress (L04's 需要长期坚持整改的事项), so where none is read as
    # done and kept up and the two counts together are the problems in progress, the split is the notice's own
    if (
        claimed.longterm is not None
        and claimed.in_progress is not None
        and longterm == 0
        and in_progress == claimed.in_progress + claimed.longterm
    ):
        in_progress, longterm = claimed.in_progress, claimed.longterm

    def differ(what: str, claim: int | None, body: int | None) -> None:
        if claim is not None and body is not None and claim != body:
            warnings.append(NoticeWarning("claim_mismatch", {"what": what, "claimed": claim, "listed": body}))

    # 4个方面7项具体问题 over (一)…(七) headings, the aspects themselves not printed (a city 人大机关's notice in its
    # province's template, round 15): the headings are the specific problems the notice counts as its groups
    if group_count is not None or claimed.problem_groups is None or claimed.problem_groups != aspect_count:
        differ("aspects", claimed.aspects, aspect_count or None)
    differ("problem_groups", claimed.problem_groups, group_count)
    # 5个方面14个大类40项具体问题 with the 14 classes listed, each with its status (a police bureau's notice in its
    # city's newspaper): the notice lists the coarser level it counts, so its finer count is no shortfall
    coarser = group_count is None and claimed.problem_groups == len(items) and claimed.problems is not None
    # 697个问题,完成整改688个 over a list of the 9 still open, none done (a district 委's report on a round's units,
    # round 15): the body lists what the notice counts as open, so neither the total nor the done count is short.
    # Only where no one body is inspected: those counts are the round's, over bodies the report does not list. One
    # body's notice listing only its open problems (共反馈问题28个…已完成整改20个,正在推进8个 over the 8, the done
    # ones 不再逐一列出 or summarised by count: a city bureau's and a county police bureau's, round 159) lists fewer
    # than its own count, and the user hears it (issue 19 point 6), as round 92's 回头看 listing 6 of its 10
    open_only = (
        not one_body
        and claimed.problems is not None
        and claimed.completed is not None
        and len(items) == claimed.problems - claimed.completed
        and done == 0
    )
    if not coarser and not open_only:
        differ("problems", claimed.problems, len(items))
        warnings.extend(_unrecognised(claimed, len(items)))
    # 36个具体问题,已完成整改21个,其余15个正在推进 over problems none of which states a status (a city committee's
    # 巡视 notice whose problems print their measures only, round 54): the list cannot count done or open problems, so
    # those claims are not checked against it (none is "listed" as done); the count of problems still is
    stated = done or in_progress or any(i.status != "unstated" for i in items)
    by_groups = claimed.problems is None and claimed.problem_groups is not None and group_count is not None
    if stated and by_groups:
        differ("completed", claimed.completed, _groups_done(items))
    elif stated and not open_only:
        differ("completed", claimed.completed, done)
    if stated:
        differ("in_progress", claimed.in_progress, in_progress)
    differ("longterm", claimed.longterm, longterm)
    warnings.extend(_numbering_warnings(items))
    return warnings


# A status section's heading counting its problems in brackets: （一）已完成整改的问题（6个） / （二）正在推进整改的问题
# （2个） (a county's notice on a 省委巡视, round 28). read_claims drops bracketed counts as subsets, so these are
# read from the headings the problems stand under.
_HEADING_COUNT = re.compile(r"[（(]\s*(?:共)?\s*(\d{1,4})\s*(?:个|项|条)(?:问题)?\s*[）)]\s*[:：。]?$")


def _status_heading_counts(
    claimed: Claimed, found: list[tuple[Node, Section]], ledger: list[tuple[str, Status]]
) -> Claimed:
    """The claims of completed and open problems, from status sections' headings that count them in brackets: the
    body's, or those of an attached ledger sorting its rows by status (`ledger`: 一、已完成整改的问题（6个）, with the
    status its rows take)."""
    headings = {s.heading for _, s in found} | {n.parent.heading for n, _ in found if n.parent is not None}
    done = open_ = 0
    for heading, status in ledger:
        if (m := _HEADING_COUNT.search(heading)) is not None:
            done, open_ = (done + int(m[1]), open_) if status in DONE else (done, open_ + int(m[1]))
    for heading in headings:
        if not heading.endswith(("）", ")")) or (m := _HEADING_COUNT.search(heading)) is None:
            continue  # the cheap precheck: a heading closed by a bracket
        if SECTION_PROGRESS_RE.search(heading) or SECTION_PARTIAL_RE.search(heading):
            open_ += int(m[1])  # 尚未完成整改的 also holds 完成整改的: open is decided first
        elif SECTION_DONE_RE.search(heading):
            done += int(m[1])
    if not done and not open_:
        return claimed
    return replace(claimed, completed=done or None, in_progress=open_ or None)


def _unrecognised(claimed: Claimed, listed: int) -> list[NoticeWarning]:
    """The parser's own doubt: the notice claims clearly more problems than were recognised in it.

    A gap of one or two is the notice's own miscount (the genre often counts a problem twice); from
    three on, or with none recognised, problems were probably printed in a way not read (issue 19 point 6).
    """
    claim = claimed.problems if claimed.problems is not None else claimed.problem_groups
    if claim is None or (claim - listed < _UNSURE_GAP and not (listed == 0 < claim)):
        return []
    return [NoticeWarning("unrecognised", {"claimed": claim, "listed": listed})]


_UNSURE_GAP = 3


def _groups_done(items: tuple[Item, ...]) -> int:
    groups: dict[str, bool] = {}
    for item in items:
        key = f"{item.aspect}|{item.group}"
        groups[key] = groups.get(key, True) and item.status in ("done", "done_longterm")
    return sum(groups.values())


def _numbering_warnings(items: tuple[Item, ...]) -> list[NoticeWarning]:
    warnings: list[NoticeWarning] = []
    prev: Item | None = None
    repeated = False  # the item before repeated its predecessor's number (5 | 5)
    for item in items:
        n = label_number(item.label)
        p = label_number(prev.label) if prev else None
        same_parent = prev is not None and (prev.aspect, prev.group, prev.section) == (
            item.aspect,
            item.group,
            item.section,
        )
        # after a number typed twice ((5) | (5) | (7): a street's clerk, round 127), the next one goes on from the
        # count of the problems, not from the slip: only the repeat is flagged, as across an aspect (r88's 2 | 2 | 4)
        allowed = (p + 1, 1, p + 2) if repeated and p is not None else (p + 1, 1) if p is not None else ()
        # across an aspect a number skipped is flagged too where the numbering runs on through the notice (4. | 二、… |
        # 6.: a workshop 党支部's secretary skipped 5 across his two parts, round 130), as a number repeated is
        skipped = n is not None and p is not None and n > p + 1 and prev is not None and _runs_on_across(prev, item)
        if n is not None and p is not None and n not in allowed and (same_parent or n < p or skipped):
            previous = prev.label if prev else ""
            warnings.append(NoticeWarning("numbering", {"seq": item.seq, "label": item.label, "previous": previous}))
        repeated = n is not None and n == p
        prev = item
    return [] if warnings and _regrouped_by_status(items) else warnings


def _runs_on_across(prev: Item, item: Item) -> bool:
    """Whether two problems either side of an aspect's heading stand at one level, each numbered by a plain number
    (4. | 二、… | 6.), so that the second's number goes on from the first's; a sub-problem's number (a group's (1)(2))
    or an outline number (1-3 | 2-1) counts something else."""
    return prev.group == item.group and prev.label.isdigit() and item.label.isdigit()


def _regrouped_by_status(items: tuple[Item, ...]) -> bool:
    """(一)已完成整改的问题 1. 2. 3. 4. 6. 8. / (二)持续整改的问题 5. 7.: problems regrouped under status sections keep
    the feedback's numbers (a city hospital's notice, round 36), so their order jumps by design; together they are the
    feedback's numbering whole, each number once."""
    if not any(i.status_source == "section" for i in items):
        return False  # the cheap precheck: no status section
    numbers = sorted(label_number(i.label) or 0 for i in items)
    return numbers == list(range(1, len(items) + 1))


def _restated_findings(items: tuple[Item, ...]) -> set[int]:
    """The problems listed first as the feedback found them (一、巡察发现的问题 > 1.<problem>。<what was found>, no
    status), then restated with their rectification (二、整改进展情况 > 1.针对“<problem>”问题。…该问题已整改完成: a city
    police bureau, round 20): the first listing is the feedback's, each problem is its restatement."""
    if len({i.title for i in items}) == len(items):
        return set()  # the cheap precheck: no title twice
    later: dict[str, Item] = {}
    for item in reversed(items):
        later.setdefault(item.title, item)
    return {
        i.seq for i in items if i.status == "unstated" and (j := later[i.title]).seq > i.seq and j.status != "unstated"
    }


def _tasks_when_nothing_else(sections: list[Section]) -> None:
    """A notice whose only numbered lines are 一是<task>。 headlines, each with its own text below, lists its problems
    so (一是 健全意识形态工作机制。 > its measures > 责任领导:…; a small unit's notice with no heading above them):
    where no other reading finds any problem, they are the problems, not measures of nothing. So they are under the
    part heading framing the whole list ((二)巡察反馈问题整改落实情况 > 其一，<task>。), which another reading takes for
    the one problem or, as a 一、 section, for a part listing none."""
    carrying = [s for s in sections if s.carries_items]
    # the part heading over the whole list ((二)巡察反馈问题整改落实情况) read as the one problem, its tasks its text,
    # found nothing either: it frames the list, it names no problem
    rooted = any(s.roots for s in carrying)
    if rooted and not any(_frames_the_list(r) for s in carrying for r in s.roots):
        return  # the cheap precheck: numbered lines were read
    if not any(word_task_lines(s) for s in sections):
        return  # no 一是 line is left unread
    if rooted and not all(_frames_the_list(n) for s in carrying for n in item_nodes(s)):
        return  # a problem of its own was read beside the framing heading
    if not rooted and any(item_nodes(s) for s in carrying):
        return
    for section in sections:
        # a section headed as the part holding the list (二、反馈意见整改情况) holds them, though its lines alone did
        # not say so (tasks with no field or status of their own)
        m = None if section.carries_items else SECTION_RE.match(section.heading)
        if (section.carries_items or (m and PART_HEADING_RE.match(m[2]))) and word_task_lines(section):
            rebuild(section, word_tasks=True)
            section.carries_items = section.carries_items or bool(item_nodes(section))


def _bare_list_when_nothing_else(sections: list[Section], outside: list[str]) -> None:
    """A notice that lists its problems in one place, bare (一、巡察反馈的问题 > (一)…方面 > 1.<problem>。 with no text
    of its own), tells their rectification as a whole in a later part and says which are done by number (第3、7个问题
    正在推进，其余问题已整改完成: a city 林业局's notice, issue 19's round 163): where no reading finds a problem with
    text of its own, the bare list is the problems. Only where every line of it is worded as a problem and the notice
    names it the findings (FINDINGS_PART_RE) or counts exactly as many problems, so that a bare list of tasks or
    work is not read."""
    bare: list[tuple[Section, list[Node]]] = []  # the sections listing numbered lines, all bare
    for section in sections:
        if section.carries_items:
            leaves = [n for n in section.walk() if not n.children and n.marker is not None]
            if any(n.has_body or n.is_problem for n in leaves):
                return  # the cheap precheck: most notices list problems with text of their own
            if len(leaves) >= 2:
                bare.append((section, leaves))
    if not bare or any(item_nodes(s) for s in sections if s.carries_items):
        return
    claimed: int | None = None
    for section, leaves in bare:
        if not all(reads_as_problem(n.marker.rest) for n in leaves if n.marker is not None):
            continue
        m = SECTION_RE.match(section.heading)
        if m is None or FINDINGS_PART_RE.match(m[2]) is None:
            if claimed is None:
                claims = read_claims("\n".join([*outside, *(ln for s in sections for ln in s.lines if "问题" in ln)]))
                claimed = claims.problems or 0
            if claimed != len(leaves):
                continue
        for n in leaves:
            n.is_problem = True


def _frames_the_list(node: Node) -> bool:
    """Whether an item node is only the part heading over the notice's whole list, its lines 一是<task>。 unread."""
    heading = node.marker.rest if node.marker else node.heading
    return PART_HEADING_RE.match(heading.strip()) is not None and any(MEASURE_START_RE.match(b) for b in node.body)


def _prefer_finer_level(sections: list[Section], outside: list[str]) -> None:
    """Where the notice counts its problems twice (4个问题12个具体问题) and the problems read so far are as many as the
    coarser count, they are the groups: read 一是<task>。 headlines under them as the problems, and keep that reading
    when its count comes nearer the finer claim without passing it (issue 19 point 2: the reading whose count
    agrees)."""
    # the claims of the opening and the closing, and of a summary printed among the sections (截至目前,…个问题…)
    counted = (ln for s in sections for ln in s.lines if "问题" in ln and "个" in ln)
    text = "\n".join([*outside, *counted])
    if "具体" not in text and "问题清单" not in text:
        return  # most notices: no finer count stated (具体问题/具体表现/具体整改事项/问题清单, read_claims' "specific")
    held = [s for s in sections if s.carries_items and word_task_lines(s)]
    if not held:
        return  # no 一是 headline left unread
    claims = read_claims(text)
    if claims.problems is None or claims.problem_groups is None or claims.problems <= claims.problem_groups:
        return
    listed = sum(len(item_nodes(s)) for s in sections if s.carries_items)
    if listed != claims.problem_groups:
        return
    for section in held:
        rebuild(section, word_tasks=True)
    finer = sum(len(item_nodes(s)) for s in sections if s.carries_items)
    if not listed < finer <= claims.problems:
        for section in held:
            rebuild(section, word_tasks=False)


# The line opening a notice's attachment after its signature: 附件, 附件1, 附件：<its title>.
_ATTACHMENT_RE = re.compile(r"^附件\s*\d{0,2}\s*(?:[:：]\s*\S{0,40})?$")
# A numbered row of the attachment: in figures (1.<problem>), or by the problem's name (问题1:<problem>, 问题一、: a
# college's 回头看 自查表 attached to its 通知, each problem with its measures and 销号情况 fields, round 54)
_FIGURE_ROW_RE = re.compile(r"^\d{1,3}[.、．]\S|^(?:具体)?问题\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：、.]\S")


# the number opening such a row, left out of the problem's words
_FIGURE_ROW_LEAD_RE = re.compile(r"^(?:具体)?(?:问题\s*)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．:：]?")


def _attached_ledger_in_body(lines: list[str]) -> list[str]:
    """A notice whose problems stand only in the ledger attached after its signature (附件 / …整改落实工作台账: a
    street's 党工委 gives the counts in its body and the problems in the attachment, round 16): the attachment is read
    as the body's last part, before the closing matter. Only where the body numbers no problem in figures and the
    attachment does, twice at least, and where its rows do not repeat problems the body names otherwise (round 117)."""
    end = body_end(lines)
    opens = [i for i in range(end, len(lines)) if lines[i].startswith("附件") and _ATTACHMENT_RE.match(lines[i])]
    # 附件:<its title> listed above the signature, then 附件 over the attachment itself after it (a college's 通知
    # with its 自查表, round 54): the attachment opens at the first 附件 line with rows of its own before the next
    at = next(
        (
            at
            for k, at in enumerate(opens)
            if any(_FIGURE_ROW_RE.match(ln) for ln in lines[at + 1 : opens[k + 1] if k + 1 < len(opens) else None])
        ),
        None,
    )
    if at is None:
        return lines
    rows = [ln for ln in lines[at + 1 :] if _FIGURE_ROW_RE.match(ln)]
    if len(rows) < 2 or any(_FIGURE_ROW_RE.match(ln) for ln in lines[:end]):
        return lines
    # a body numbering its problems otherwise (（一）/①/一是 under 一、…方面) names them too: its ledger repeats them
    # and is left to give their statuses (cut_status_appendix), not listed again (round 117)
    if repeats_body([_FIGURE_ROW_LEAD_RE.sub("", row) for row in rows], lines[:end]):
        return lines
    return lines[:end] + lines[at + 1 :] + lines[end:at]


# An area's heading closed by its problems' count ((一)…方面（2个问题，已全部完成整改）, （共3个问题，已销号2个）:
# a county-level zone's 党委, round 16) or by their status set apart ((一)…方面【已完成】, (一)…方面：已完成整改): the
# long notices at the top of the genre state an area's status in its heading (round 21); the status is set apart,
# the count stays with the name as printed whether 共 opens it or not ((一)…方面（共3个问题）: a college, round 34).
_AREA_COUNT_RE = re.compile(r"\s*[(（]\s*(?:共\s*)?\d{1,3}\s*[个项条]\s*(?:具体)?问题[^()（）]{0,24}[)）]\s*$")


@lru_cache(maxsize=256)
def _aspect_name(heading: str) -> str:
    """The aspect heading without its problems' count or status closing it."""
    heading = heading_lead(heading)[0]  # (一)…方面。该方面…均已整改到位。: the lead sentence is no part of it
    if heading[-1:] not in CLOSERS and heading.rstrip("。.")[-1:] not in CLAUSE_LAST:
        return heading  # the cheap precheck: no bracket or status word closes it (most headings)
    # a bare count closing the heading ((一)…方面（7个问题）) is printed as its name is: kept, as the gold keeps it
    counted = _AREA_COUNT_RE.search(heading) if "问题" in heading else None
    stated = counted and classify_status(FIRST_CLAUSE_RE.split(counted.group().strip(" （()）"), maxsplit=1)[-1])
    name = heading[: counted.start()] if counted and stated else heading
    bare, status = trailing_status(name)
    if status is None and ":" in name:  # (一)…方面:已完成整改 (the text is normalised to half-width)
        bare, _, tail = name.rpartition(":")
        status = heading_status(tail) if len(tail) <= 12 else None
    return bare.rstrip(":：,，;； ") if status is not None and len(bare) >= 4 else name


# A class of problems numbered with its count before its status in the closing bracket (1.学习教育方面问题（共187项，
# 已全部整改完成）。: a street's 工委 summarises 523 problems by class so, round 16): the count is the class's claim,
# the status the bracket's.
_BRACKET_COUNT_RE = re.compile(
    r"(?<=[(（])\s*共\s*(?P<n>\d{1,5})\s*[个项条件]\s*(?:具体)?(?:问题)?\s*[，,]\s*(?=[^()（）]{2,12}[)）][。.]?$)"
)


def _bracket_count(headline: str) -> int | None:
    """The count of problems a class's closing bracket gives (（共187项，已全部整改完成） → 187)."""
    m = _BRACKET_COUNT_RE.search(headline) if "共" in headline else None
    return int(m["n"]) if m else None


def _class_warnings(claimed: Claimed, done_in_classes: int, items: tuple[Item, ...]) -> list[NoticeWarning]:
    """The warnings left where the items are classes that count all of the notice's problems."""
    if claimed.completed is None or claimed.completed == done_in_classes:
        return _numbering_warnings(items)
    found = {"what": "completed", "claimed": claimed.completed, "listed": done_in_classes}
    return [NoticeWarning("claim_mismatch", found), *_numbering_warnings(items)]


def _bracket_without_count(headline: str) -> str:
    """The headline with the count opening its closing bracket left out."""
    return _BRACKET_COUNT_RE.sub("", headline) if "共" in headline else headline


def _signed_place(agency: str, issuer: str, text: str) -> Place | None:
    """The place the signature's name gives where the title names the body short from its finest place on
    (杭州道街道工委 signed 中共天津市滨海新区杭州道街道工作委员会, 茨菇塘街道…社区党委 signed 中共株洲市荷塘区
    茨菇塘街道…: streets' and communities' notices, round 16): the signature's chain locates it, the short name
    alone may not."""
    signed = gazetteer().locate(place_part(issuer.removeprefix("中共")), text)
    if signed is None or signed.province is None:
        return None
    if not agency.startswith(signed.region) and not _village_under(agency, signed.region, issuer):
        return None
    return signed


# A village's or a community's own name opening its party body's (团圆村党总支, 梅园社区党委).
_GRASSROOTS_NAME_RE = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:村|社区|居委会)")


def _village_under(agency: str, region: str, issuer: str) -> bool:
    """Whether the title names a village or community alone and the signature writes it straight after the town
    the chain locates (团圆村党总支 signed 中共南通市通州区平潮镇团圆村总支部委员会: a village's 公示, round 30)."""
    m = _GRASSROOTS_NAME_RE.match(agency)
    return m is not None and region + m.group(0) in issuer
