"""Problems that carry no number: unnumbered paragraphs, task paragraphs and 一是 splits inside leaves."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..lexicon import (
    AREA_LEAD_RE,
    DEADLINE_LABELS,
    DONE_LABELS,
    FRAMING_PART_RE,
    LABEL_RE,
    MEASURE_LEADS,
    MEASURE_OPENING_RE,
    MEASURE_START_RE,
    MEASURE_VERBS,
    MEASURES_FIELD_LABELS,
    RUNON_LABEL_RE,
    SHI_ENUM_RE,
    SUMMARY_SUBJECT_RE,
    TASK_OPENINGS,
    TITLE_PREFIX_RE,
)
from ..status import (
    bracketed_status,
    heading_status,
    is_status_label,
    label_status,
    lead_status,
    opening_bracket,
    prose_found,
    prose_status,
    trailing_status,
)
from ..status.words import reports_work
from .counts import _counted
from .framing import _framing_part
from .headlines import (
    _aspect_like,
    _status_heading,
    _task_headline,
    _wrapped_title,
    colon_headline,
    facts_kept,
    is_problem_heading,
    lead_clause,
    quotes_whole_finding,
    reads_as_facts,
    reads_as_problem,
    wrapped_headline,
)
from .labels import add_line, fields
from .nodes import Marker, Node, Section, marker_of


def groups_tasks(heading: str, lines: list[str]) -> bool:
    """Whether a part groups problems, so that paragraphs under it worded as tasks (加强干部队伍建设。整改措施:…)
    are its problems, each with its own text: an area (一、…方面, L04) or a status part (一、已完成整改的问题 /
    二、正在推进的问题, a notice sorting its task-worded problems by how far each is rectified), or a part whose lead
    counts its problems as an area's (一、<shortcoming> > 本方面1个问题正在整改中。 > 加强保密管理。…) — a part under
    which the notice's own problems stand, never a part of its own work (下一步打算)."""
    return "方面" in heading or heading_status(heading) is not None or area_count(lines) is not None


def area_count(lines: list[str]) -> int | None:
    """How many problems a section's lead sentence counts under it, speaking of it as an area (本方面1个问题正在整改中,
    该方面3个问题均已整改完成), else None."""
    first = lines[0] if lines else ""
    return _counted(first) if AREA_LEAD_RE.match(first) else None


def unnumbered_problems(
    lines: list[str], listed: bool = False, tasks: bool = False, shaped: bool = False
) -> tuple[list[str], list[Node]] | None:
    """Problems printed as unnumbered paragraphs under a heading (L13), with the lead lines above them.

    Each paragraph opens with its problem statement (组织建设滞后。 / 关于…的问题。, a status in brackets
    allowed) and carries its own rectification text, on the same line or on the lines below it (整改情况:,
    measures, a prose status) up to the next such paragraph. Only a lead sentence stating the status of them
    all (本方面3个问题均已整改完成) may stand above the first; anything else means the lines are not problems.
    `shaped`: the first paragraph may also open a problem by its shape alone, whatever its words (_shaped_opening);
    after it a plain paragraph opens one only where the problem above already holds the field below it.
    """
    lead: list[str] = []
    children: list[Node] = []
    openers: list[tuple[Node, str, str]] = []  # each problem, its opening line and the text after its headline
    bare: Node | None = None  # the problem opened by a headline alone on its line (its text on the lines below)
    for i, line in enumerate(lines):
        if bare is not None and bare is (children[-1] if children else None) and not bare.has_body:
            # <problem>。 alone on its line > <its text>: a headline printed apart (a bold paragraph on a web page or
            # in a Word file, round 139) is followed by its own text, however that text's words read (开展…专项整治,
            # 整改隐患205处 reads like a finding): a problem has text before the next one opens
            add_line(bare, line)
            continue
        # 反馈问题:<problem> > 整改情况:… : unnumbered records under an area, each problem given as a field of its
        # own (a prefecture's progress page printing its findings so); the field's name goes, its text is the headline
        record = TITLE_PREFIX_RE.match(line) if not tasks and LABEL_RE.match(line) else None
        if record is not None:
            line = line[record.end() :]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        opening = paragraph_problem(line, listed) if not tasks else task_paragraph(line)
        if opening is None and shaped and not children:
            opening = _shaped_opening(line, following)
        if opening is None and i == 0 and not tasks:
            opening = _plain_first(line, lines[1:], listed)
        if opening is None and children:
            above = openers[-1][1] if openers and openers[-1][0] is children[-1] else ""
            opening = _field_again(line, _below_measures(lines, i), children[-1], above)
            if opening is None and bare is children[-1]:
                opening = _after_closed(line, following, bare)
            if opening is None and above:
                opening = _colon_after_closed(line, children[-1], above) or _inline_after_closed(
                    line, children[-1], above
                )
            if opening is None and listed and above and MEASURE_START_RE.match(lines[i - 1]):
                opening = _task_after_its_points(line, openers[-1][2])
        if opening is not None:
            child = Node(opening[0], "sentence", None, None, is_problem=True)
            if opening[1]:
                add_line(child, opening[1])
                openers.append((child, line, opening[1]))
            elif not tasks:
                bare = child
            children.append(child)
        elif children:
            add_line(children[-1], line)  # its rectification text, or a further paragraph of it
        elif lead_status([line]) is not None:
            lead.append(line)
        else:
            return None
    if not children or not all(child.has_body for child in children):
        return None
    for child, line, tail in openers:
        if child.body[:1] != [tail] or not line.startswith(child.heading) or not line.endswith(tail):
            continue
        if facts := facts_kept(
            child.heading, tail, child.labels
        ):  # <problem>。<facts> > 整改措施:…: facts in the title
            child.heading = line[: len(line) - len(tail) + facts].rstrip("。.")
            rest = tail[facts:].lstrip("。.")
            if rest:
                child.body[0] = child.lines[0] = rest
            else:
                del child.body[0], child.lines[0]
    return lead, children


# An area named on a line of its own without a number (贯彻落实党的路线方针政策和上级决策部署方面, 关于…方面存在的
# 问题): a notice printing its problems as bold headlines without numbers may print its areas so too, a bold paragraph
# over them (a state enterprise's Word file, round 139). One phrase closed by 方面, no stop, no clause list.
_BARE_AREA_RE = re.compile(r"^(?:关于|在)?[^。；;:：,，、“”()（）]{4,40}?方面(?:的|存在的)?(?:问题)?$")


def unnumbered_areas(lines: list[str]) -> list[Node] | None:
    """Areas named on lines of their own without numbers (…方面), each over unnumbered problem paragraphs, as heading
    nodes holding their problems; None unless the lines open with such an area, two areas at least stand among them
    and the lines under each read as its problems (unnumbered_problems), two under one area at least."""
    if not lines or "方面" not in lines[0] or not _BARE_AREA_RE.match(lines[0]) or marker_of(lines[0]):
        return None  # the cheap precheck: the first line names an area
    starts = [i for i, ln in enumerate(lines) if "方面" in ln and _BARE_AREA_RE.match(ln) and marker_of(ln) is None]
    if len(starts) < 2:
        return None
    roots: list[Node] = []
    for a, b in itertools.pairwise([*starts, len(lines)]):
        run = lines[a + 1 : b]
        split = unnumbered_problems(run) or unnumbered_problems(run, shaped=True)
        if split is None:
            return None
        area = Node(lines[a], "方面", None, None)
        area.body, area.lines = list(split[0]), list(split[0])
        for child in split[1]:
            child.parent = area
            area.children.append(child)
        roots.append(area)
    return roots if any(len(area.children) >= 2 for area in roots) else None


def _plain_first(line: str, rest: list[str], listed: bool) -> tuple[str, str] | None:
    """(headline, text) of a heading's first paragraph whose headline names only what the finding concerns (统计报表
    报送。建立工作台账…), where the paragraphs after it read as two or more problems by their words, none above them.

    The genre prints such a plain headline among worded ones (round 69's 党组对下属单位监督管理宽松软 read so to a
    reader without 宽松软); as the first of unnumbered paragraphs it would otherwise turn the whole section into the
    heading's text. Its siblings decide: two read by their words, or one where the plain headline's text stands in
    fields of its own below it, as the sibling's does (its shape then speaks as well as its words).
    """
    shaped = None if (opening := plain_headline(line)) else _plain_above_fields(line, rest)
    opening = opening or shaped
    if opening is None:
        return None
    # its own text may go on over lines of its own; the next problem read by its words opens the rest
    start = next((j for j, ln in enumerate(rest) if paragraph_problem(ln, listed) is not None), None)
    after = unnumbered_problems(rest[start:], listed) if start is not None else None
    if after is None or after[0]:
        return None
    fields_alike = shaped is not None and all(child.labels for child in after[1])
    # <plain headline>〔未销号〕。<text> > <problem>(已销号)。<text>: each headline closed by its own status in
    # brackets, as the genre prints a problem stating its status (the held-out draws' 71000001): the shape speaks too
    marked_alike = _closed_by_bracket(opening[0]) and all(_closed_by_bracket(child.heading) for child in after[1])
    return opening if len(after[1]) >= 2 or (after[1] and (fields_alike or marked_alike)) else None


def _closed_by_bracket(headline: str) -> bool:
    """A headline closing on its status in brackets (…〔未销号〕 / …(已整改完成))."""
    return headline[-1:] in _CLOSING_BRACKETS and bracketed_status(headline)[1] is not None


_CLOSING_BRACKETS = frozenset(")）]】〕")


def plain_headline(line: str) -> tuple[str, str] | None:
    """(headline, text) of a line opening with one short phrase closed by a full stop, no task, no measure and no
    status sentence, its measures run on after it (财务票据报销。一是… / 统计报表报送。建立工作台账…): the shape of a
    problem's plain headline. Alone it proves nothing; the callers ask it only where siblings read as problems."""
    title, tail = lead_clause(line)
    if not tail or not _short_phrase(title):
        return None  # the cheap test first: one short phrase closed by a full stop, its text run on
    opens_text = tail.startswith((*MEASURE_LEADS, *TASK_OPENINGS)) or MEASURE_START_RE.match(tail) is not None
    if not opens_text and not prose_found(lead_clause(tail)[0]):
        return None  # what follows is a measure (一是…, 建立…) or its status (目前该问题已基本完成整改。)
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line):
        return None
    return (title, tail) if _names_no_work(title) else None


def _short_phrase(title: str) -> bool:
    """One short phrase: a plain headline's length, no clause or quotation in it."""
    return 2 < len(title) <= _PLAIN_HEADLINE_MAX and not any(ch in title for ch in ",，、:：“")


def _names_no_work(title: str) -> bool:
    """Whether a short headline names no measure, task, status sentence or summary of the problems above."""
    if MEASURE_OPENING_RE.match(title) or title.startswith((*MEASURE_LEADS, *TASK_OPENINGS)) or prose_found(title):
        return False  # a measure, a task or a status sentence is no plain headline
    return SUMMARY_SUBJECT_RE.match(title) is None


_PLAIN_HEADLINE_MAX = 12  # a plain headline is a short noun phrase (公务用车使用登记, 财务票据报销)
_STATUS_BRACKET_MAX = 12  # （已完成并长期坚持） after it


def _plain_above_fields(line: str, rest: list[str]) -> tuple[str, str] | None:
    """(headline, "") of a line that is one short phrase closed by a full stop (a status bracket allowed: 财务票据报销
    （正在推进）。), its facts after it (固定资产台账。全年46笔报销中有19笔…), with its text in fields on the lines
    below it (责任科室:… / 整改举措:…): a plain headline whose text the page set apart. Facts only where the measures
    stand in their own field below (facts_kept's evidence). As plain_headline, asked only where siblings read as
    problems."""
    stop = line.find("。", 0, _PLAIN_HEADLINE_MAX + _STATUS_BRACKET_MAX)
    if stop < 0 or not rest or not LABEL_RE.match(rest[0]) or LABEL_RE.match(line) or marker_of(line):
        return None  # the cheap tests first: a full stop a short phrase in, fields below
    title, tail = lead_clause(line)
    fielded = itertools.takewhile(lambda ln: LABEL_RE.match(ln) is not None, rest)
    if tail and not (any(_measures_label(ln) for ln in fielded) and _all_facts(tail)):
        return None
    title = trailing_status(title)[0]
    if not _short_phrase(title) or MEASURE_START_RE.match(title) or not _names_no_work(title):
        return None
    return line.rstrip("。."), ""


def _measures_label(line: str) -> bool:
    """Whether a field line is a problem's measures field (整改措施:… / 整改情况:…)."""
    field = LABEL_RE.match(line)
    return field is not None and field["label"] in MEASURES_FIELD_LABELS


def _all_facts(text: str) -> bool:
    """Whether every sentence of text reads as a problem's facts (headlines.reads_as_facts), or there is none."""
    while text:
        sentence, text = lead_clause(text)
        if not reads_as_facts(sentence):
            return False
    return True


def paragraph_problem(line: str, listed: bool = False) -> tuple[str, str] | None:
    """(problem statement, the text after it) when an unnumbered line opens with a problem, else None.

    `listed`: under a heading grouping problems by status (已完成的整改事项, L04), where problems may be worded
    as tasks: a short task headline whose measures follow at once in 一是… is one too.
    """
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line):
        return None  # a field, a 一是 clause or a numbered line is text, not a problem
    title, tail = wrapped_headline(line)
    if not tail and not quotes_whole_finding(line):
        title, tail = lead_clause(line)
    if prose_found(title) or SUMMARY_SUBJECT_RE.match(title):
        return None  # 目前该问题尚未整改到位 / 以上问题,均已整改完成: the problems above spoken of, not a new one
    if listed and _task_headline(title) and MEASURE_START_RE.match(tail):
        return title, tail
    if ":" in title or "：" in title:
        # <problem>：<its text>… in one paragraph: a headline closed by a colon (a bold span on a web page, its text
        # run on after it, round 145); the colon ends it where what follows it is no finding of its own (measures)
        head, rest = colon_headline(line)
        if (
            rest
            and reads_as_problem(trailing_status(head)[0], limit=50)
            and (len(title) > 50 or not reads_as_problem(lead_clause(rest)[0]))
        ):
            return head, rest
    if reads_as_problem(trailing_status(title)[0], limit=50):
        return title, tail
    return None


def split_unnumbered(section: Section) -> None:
    """Find problems that carry no number of their own inside leaves (一是… paragraphs, bare sentences).

    016: "1.关于“…”问题的整改" holds "一是“第一议题”制度执行不到位" followed by its text; 033: under
    "(一)在…方面" each paragraph opens with the problem ("组织建设滞后。") followed by its text. The
    decision is taken for a set of sibling leaves at once, so that siblings read the same way.
    """
    by_parent: dict[int, list[Node]] = {}
    for node in section.walk():
        if not node.children and node.lines and not node.is_problem:
            by_parent.setdefault(id(node.parent), []).append(node)
    for siblings in by_parent.values():
        # a closing part among the headings (问题4:下一步工作安排 > 1.坚持…) holds no problems: the others decide alone
        leaves = [n for n in siblings if not _frames_work(n, section)] if len(siblings) > 1 else siblings
        if not leaves:
            continue
        shi = [_shi_split(n) if n.body and not n.labels else None for n in leaves]
        if all(s is not None for s in shi):
            for node, children in zip(leaves, shi, strict=True):
                _adopt(node, children or [])
            continue
        if any(s is not None for s in shi):
            continue
        sentences = _split_all(leaves)
        if sentences is None:
            tasks = _task_paragraphs(leaves, section)
            if tasks is None:
                continue
            leaves, sentences = [n for n, _ in tasks], [split for _, split in tasks]
        several = any(len(s[1]) >= 2 for s in sentences)
        wrapped = _wrapped_problems(leaves, sentences)
        if any(is_problem_heading(n) for n in leaves) and not _family_names_areas(leaves):
            # 问题1:<area> over several 关于…的问题。 paragraphs each stating its own status (是否完成:是): the
            # paragraphs are the problems, the numbered heading their aspect
            if not (wrapped or (several and all(_states_status(c) for s in sentences for c in s[1]))):
                continue
        elif not (several or wrapped or any(_aspect_like(n) for n in leaves)):
            continue
        for node, (lead, children) in zip(leaves, sentences, strict=True):
            node.body, node.labels, node.lines = lead, [], lead  # a lead sentence stays the heading's own
            for child in children:
                child.parent = node
                node.children.append(child)


def _wrapped_problems(leaves: list[Node], sentences: list[tuple[list[str], list[Node]]]) -> bool:
    """Whether sibling headings each hold problems whose headlines name one problem and nothing else (第一条:<area> >
    （已整改）关于…的问题。 > fields / 第二条:<area> > <shortcoming>【已完成】。<measures>), one a heading or more: such
    a line is no measure of the heading above it, so the headings are areas, as headings holding several are."""
    headings = [(n.marker.rest if n.marker else n.heading).strip() for n in leaves]
    if len(leaves) < 2 or any(_wrapped_title(heading) is not None for heading in headings):
        return False  # one heading alone, or a heading that is itself a problem's wrapper: the line may restate it
    return all(children and all(_names_one_problem(c.heading) for c in children) for _, children in sentences)


def _names_one_problem(headline: str) -> bool:
    """A problem's wrapper whole (关于…的问题。), or a shortcoming closed by its status bracket (…不到位【已完成】), a
    status bracket before either or not: a headline of its own, not a measure's sentence."""
    bare, status = bracketed_status(headline)
    return _wrapped_title((bare if status is not None else headline).strip()) is not None or (
        status is not None and reads_as_problem(bare)
    )


def _split_all(leaves: list[Node]) -> list[tuple[list[str], list[Node]]] | None:
    """Every leaf's unnumbered problem paragraphs, or None as soon as one leaf holds none (siblings read alike).

    Siblings read alike (issue 19 point 2) also the other way: once the paragraphs of some leaf read as problems by
    their wording, several under one heading, a sibling whose paragraph has no problem word (党组对下属单位监督管理
    宽松软) but stands in the same shape, a plain line with its own rectification field at once below it, holds a
    problem too (a district bureau's aspects over unnumbered problem lines, round 69).
    """
    found: list[tuple[list[str], list[Node]]] = []
    several_by_words = by_shape = False
    for node in leaves:
        split = unnumbered_problems(node.lines, node.marker is not None and _status_heading(node.marker.rest))
        if split is None:
            split = _shaped_problems(node.lines)
            if split is None:
                return None  # neither by words nor by shape: given up at the first such leaf (the common case)
            by_shape = True
        else:
            several_by_words = several_by_words or len(split[1]) >= 2
        found.append(split)
    return None if by_shape and not several_by_words else found


def _shaped_problems(lines: list[str]) -> tuple[list[str], list[Node]] | None:
    """A leaf's lines as problems where the first opens one by its shape alone (_shaped_opening); the lines after it
    are read as a word-read leaf's are, by their words or their shape."""
    if lines and not may_open_by_shape(lines[0], lines[1] if len(lines) > 1 else ""):
        return None  # the cheap precheck: the words failed on the first line, so its shape must open a problem
    return unnumbered_problems(lines, shaped=True)


# Asked of a leaf's first lines by the word-read and the task-read passes alike: cached, cleared per notice
# (structure.forget_lines) so that a notice parsed again costs what a new one does.
@lru_cache(maxsize=512)
def may_open_by_shape(line: str, following: str) -> bool:
    """Whether a leaf's first line may open a problem by its shape, or is a lead sentence above such problems."""
    return _shaped_opening(line, following) is not None or lead_status([line]) is not None


_OWN_CLAUSE_LIMIT = 60  # a headline and its status clause are short


def _shaped_opening(line: str, following: str) -> tuple[str, str] | None:
    """(headline, text) of a heading's first plain line opening a problem by its shape: a headline of one sentence
    (its text may run on after it, as a word-read problem's does) with its rectification field at once below
    (整改情况: / 整改措施: / a status column), or a short headline closed by its own status clause (合同签订流程,
    尚未整改到位。一是…)."""
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line):
        return None
    title, tail = lead_clause(line)
    if len(title) > _OWN_CLAUSE_LIMIT or prose_found(line):
        return None  # a headline is short (the cheap test first); a status sentence is no headline
    if len(title) <= 50 and _rectification_field(following) and not SUMMARY_SUBJECT_RE.match(title):
        return title, tail
    if not tail and following and prose_status(following) is not None and _lone_headline(title):
        # <headline> alone on its line > <its text, closing on its status>: a bold paragraph without number or words
        # of a known shortcoming (…存在廉洁风险，…规避招标) over its own text, as its siblings print theirs (a Word
        # file's bold unnumbered problems, round 145); the lines after it are read as _after_closed reads them
        return title, ""
    # 财务票据报销。一是…: a plain headline with its measures run on, as its word-read siblings' are (round 69's genre)
    return _states_own_clause(title, tail) or plain_headline(line)


def _rectification_field(line: str) -> bool:
    """A field of a problem's own opening the line: 整改情况: / 整改措施: / a status column (整改状态:, 是否完成:) / its
    ledger row (牵头领导:…;责任科室:…;完成时限:…); not a field naming the problem itself (问题描述:, 反馈问题:)."""
    if RUNON_LABEL_RE.match(line):
        return True
    return LABEL_RE.match(line) is not None and TITLE_PREFIX_RE.match(line) is None


def _states_own_clause(lead: str, tail: str) -> tuple[str, str] | None:
    """(headline, text) of a line whose first sentence (`lead`, the text after it `tail`) is a short headline closed by
    its own status clause (<headline>,尚未整改到位。<measures>): the shape of a problem stating its status, as its
    word-read siblings do; a summary of the problems above (以上问题,均已整改完成) is none."""
    if len(lead) > _OWN_CLAUSE_LIMIT:
        return None
    title, clause = trailing_status(lead)
    title = title.rstrip(",，、 ")
    if clause is None or not 4 <= len(title) <= 40 or SUMMARY_SUBJECT_RE.match(title):
        return None
    return lead, tail  # the status clause stays on the headline, read off it as a word-read problem's is


def _below_measures(lines: list[str], i: int) -> str:
    """The line below line i, past the measures its headline opens (<task>。一是<measure>。 > 二是… > 三是…): the
    enumeration run on after a headline goes on on the lines below it, and the field after it is the headline's own
    (推进重点项目建设 > its fields > 规范财务资产管理。一是… > 二是… > 责任部门:…, a task-worded ledger's paragraph)."""
    j = i + 1
    if j < len(lines) and MEASURE_START_RE.match(lines[j]) and MEASURE_START_RE.match(lead_clause(lines[i])[1]):
        while j < len(lines) and MEASURE_START_RE.match(lines[j]):
            j += 1
    return lines[j] if j < len(lines) else ""


def _field_again(line: str, following: str, problem: Node, above: str = "") -> tuple[str, str] | None:
    """(headline, text) of a plain line opening the next problem by its shape: a headline of one sentence (its
    measures 一是… may run on after it, or its facts where the problem above printed its own so, `above` its line),
    with a field at once below of a kind the problem above already holds (整改结果:已完成 > 统计报表报送。 > 整改状态:
    已整改完成): one problem states one status and one 整改情况, so the field is the next problem's and the line its
    headline, whatever its words (siblings read alike by shape, issue 19 point 2)."""
    if not problem.labels or not LABEL_RE.match(following):
        return None  # the cheap precheck: a field right below, under a problem holding fields
    if MEASURE_START_RE.match(line) or marker_of(line) or LABEL_RE.match(line) or prose_found(line):
        return None
    title, tail = lead_clause(line)
    if len(title) > 50 or (
        tail
        and not MEASURE_START_RE.match(tail)
        and not _facts_alike(tail, above)
        and not _task_runs_on(title, tail, problem)
    ):
        return None  # a headline is one short sentence; more sentences are a field's text run on
    if title.startswith(_WORK_OPENERS) and reports_work(title):
        return None  # 已完成全部32份合同的复核。: work done, the problem above's measures printed among its fields
    if title.startswith((*MEASURE_VERBS, *TASK_OPENINGS)) and _shortcoming_named(problem.heading):
        # 开展专项检查，对发现的问题逐一督促落实。 / 建立健全长效机制，防止问题反弹回潮。 among the fields of a problem
        # named as a shortcoming: its measure, no sibling (siblings are worded alike: a shortcoming, or all tasks)
        return None
    kinds = {_field_kind(label) for label, _ in problem.labels}
    return (title, tail) if any(_field_kind(label) in kinds for label, _ in fields(following)) else None


def _after_closed(line: str, following: str, problem: Node) -> tuple[str, str] | None:
    """(headline, "") of a line opening the next problem by its place and shape: the problem above opened with its
    headline alone on a line and its text has closed on its status (…。目前，该问题已整改完成。 / 整改进展：已完成。),
    and this line is such a headline, one short sentence alone with its text below it. Bold headlines without numbers
    over plain paragraphs (a WeChat article, a portal page, a Word file, round 139) print each problem so: one states
    one status, so what follows its status is the next problem, whatever its words (干部队伍专业结构不优，…人才匮乏)."""
    if not following or len(problem.lines) < 2 or not _closes_on_status(problem.lines[-1]):
        return None  # the cheap precheck: the problem above's text has closed on its status, and text stands below
    # (its text before the status: a status field printed first, 整改进度：已完成 > <measures>, closes nothing)
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line) or prose_found(line):
        return None
    title, tail = lead_clause(line)
    return (title, "") if not tail and _lone_headline(title) else None


def _inline_after_closed(line: str, problem: Node, above: str) -> tuple[str, str] | None:
    """(headline, text) of a paragraph opening the next problem as the one above opened (`above`, its line:
    <headline>。<its text> run on), where that problem's text has closed on its status (整改完成进度:100% / 目前该问题
    已完成整改。) and this line is such a paragraph: a headline of one short clause, its text run on after it. One
    states one status, so the next paragraph in the same shape is the next problem, whatever its headline's words
    (合同签订流程。<measures> names no shortcoming: a ledger printed as unnumbered paragraphs)."""
    if len(problem.lines) < 2 or not above.startswith(problem.heading) or not _closes_on_status(problem.lines[-1]):
        return None  # the cheap precheck: the problem above opened on a headline and its text closed on its status
    # (its status stated first, <problem>。目前该问题正在推进整改。 > <measures>, closes nothing: its text follows)
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line):
        return None
    title, tail = lead_clause(line)
    if not tail or not lead_clause(above)[1] or "," in title or "，" in title or not _lone_headline(title):
        return None  # one short clause as a headline, its text run on as the problem above's was
    return (title, tail) if prose_status(title) is None else None


def _colon_after_closed(line: str, problem: Node, above: str) -> tuple[str, str] | None:
    """(headline, text) of a paragraph opening the next problem as the one above opened (`above`, its line): a headline
    closed by a colon, its text run on after it, where the text above has closed on its status (<problem>：<measures>
    【整改进展：已完成】, a bold span on a WeChat page, round 145): one paragraph is one problem, whatever its words
    (…覆盖面不广 names no known shortcoming)."""
    head = problem.heading
    if not above.startswith(head) or above[len(head) : len(head) + 1] not in (":", "："):
        return None  # the cheap precheck: the problem above opened on a headline and its colon
    if not problem.lines or not _closes_on_status(problem.lines[-1]):
        return None
    if LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line) or prose_found(line):
        return None
    title, tail = colon_headline(line)
    return (title, tail) if tail and _lone_headline(title) else None


def _task_after_its_points(line: str, above_tail: str) -> tuple[str, str] | None:
    """(headline, text) of a task-worded problem after the 一是…二是… run of the one above, under a heading grouping
    problems by status (已完成的整改事项 > 加强保密管理。一是…二是… > 落实立德树人根本任务。建立工作台账…): the run of
    points ended the problem above, so a short task headline with its text run on after it opens the next one, its
    text in plain sentences or points (siblings under one status heading are worded alike)."""
    if not MEASURE_START_RE.match(above_tail) or LABEL_RE.match(line) or MEASURE_START_RE.match(line):
        return None  # the cheap precheck: the problem above opened its text with 一是
    title, tail = lead_clause(line)
    if not tail or not title.startswith(TASK_OPENINGS) or not _task_headline(title) or prose_found(title):
        return None
    return title, tail


def _lone_headline(title: str) -> bool:
    """Whether one short sentence alone on its line may be a problem's headline by its shape: no measure, task or work
    done (开展…, 已完成…), no summary of the problems above, no closing matter (下一步…)."""
    if not 6 <= len(title) <= 50 or title.startswith((*_WORK_OPENERS, *MEASURE_LEADS, *TASK_OPENINGS)):
        return False  # one short sentence alone; a measure, a task or work done is text
    return not (MEASURE_OPENING_RE.match(title) or SUMMARY_SUBJECT_RE.match(title) or _FRAMING_LINE_RE.search(title))


def _closes_on_status(line: str) -> bool:
    """Whether a problem's last line states its status: a status field (整改进展：已完成) or a closing sentence."""
    field = LABEL_RE.match(line)
    if field is not None:
        return is_status_label(field["label"]) and label_status(field["label"], field["value"]) is not None
    return prose_status(line) is not None


# What closes a notice's list rather than opening a problem (下一步…, 欢迎…监督): never a headline after a status.
_FRAMING_LINE_RE = re.compile(r"^(?:下一步|下步|今后|欢迎|联系)")


# How a sentence reporting work done opens (已完成…, 截至目前已完成…): a measure's words, never a problem's headline's.
_WORK_OPENERS = ("已", "截至", "截止", "目前")


def _task_runs_on(title: str, tail: str, problem: Node) -> bool:
    """Whether a line is a problem worded as a task with its measure run on after it (强化选人用人监督。修订完善…), the
    problem above worded as a task too (siblings are worded alike): the measure's verb ends the task's headline, or the
    work it reports done (强化对下属单位的监督指导。已完成全部32份合同的复核。 / 已对5名相关人员完成提醒谈话。), a
    sentence stating no status."""
    if not (title.startswith(TASK_OPENINGS) and problem.heading.startswith(TASK_OPENINGS)):
        return False
    if tail.startswith(MEASURE_VERBS):
        return True
    if not tail.startswith(_WORK_OPENERS):
        return False
    clause = lead_clause(tail)[0]
    return reports_work(clause) or prose_status(clause) is None  # 已对5名相关人员完成提醒谈话: work, no status


def _shortcoming_named(heading: str) -> bool:
    """Whether a problem's headline names a shortcoming, not a task (加强…管理)."""
    return not heading.startswith(TASK_OPENINGS) and reads_as_problem(heading, limit=50)


def _facts_alike(tail: str, above: str) -> bool:
    """Whether the sentences after a headline are its facts, as the sentences after the headline of the problem above
    (`above`, its line) are that problem's: siblings print their findings alike (<problem>。<facts> over fields)."""
    above_tail = lead_clause(above)[1] if above else ""
    return bool(above_tail) and _all_facts(above_tail) and _all_facts(tail)


def _field_kind(label: str) -> str:
    """A field's kind: the status columns (整改结果, 整改状态, 是否完成) are one kind, who answers for the problem
    (牵头领导, 责任单位, 责任科室, 责任人) one, by when (完成时限, 整改时限) one and what was done (整改措施, 整改举措,
    整改情况, 整改落实) one: a ledger names them in its own words from one problem to the next; the others their own."""
    if is_status_label(label) or DONE_LABELS.match(label):
        return "status"
    if _WHO_LABEL_RE.match(label):
        return "who"
    if label in MEASURES_FIELD_LABELS:
        return "measures"
    return "deadline" if DEADLINE_LABELS.match(label) else label


_WHO_LABEL_RE = re.compile(r"^(?:牵头|责任|分管|主要)(?:领导|单位|部门|科室|处室|人|校领导)$")


def _frames_work(node: Node, section: Section) -> bool:
    """A heading of the genre's framing parts (下一步工作打算, 建立长效机制), as item_nodes sets them aside."""
    if FRAMING_PART_RE.search(node.marker.rest if node.marker else node.heading):
        return True
    return not section.heading and node.parent is None and _framing_part(node)


def _task_paragraphs(leaves: list[Node], section: Section) -> list[tuple[Node, tuple[list[str], list[Node]]]] | None:
    """Problems worded as tasks, unnumbered under aspect headings (在“…”方面 > 加强保密管理。 > 整改情况:…).

    The finest level carrying its own rectification text is the problem level (issue 19 point 2): when every
    leaf's lines are task headlines (推进重点项目建设。) each followed by its own text, and some leaf holds two or
    more of them, the headlines are the problems and the numbered headings above them their aspects. A
    heading naming one problem keeps such paragraphs as its measures; a closing part among the headings
    (问题4:建立长效机制) lists no problems and is left as it is.
    """
    found: list[tuple[Node, tuple[list[str], list[Node]]]] = []
    several_by_words = by_shape = False
    for node in leaves:
        first = node.lines[0]
        # the cheap precheck: a task headline or a lead sentence about the problems opens the leaf's lines
        opens = _opens_with_task(first) or "问题" in first or "事项" in first
        split = unnumbered_problems(node.lines, tasks=True) if opens else None
        if split is None:
            if _frames_work(node, section):
                continue
            # siblings read alike, as in _split_all: once several task headlines stand under one heading, a
            # sibling's line in their shape (a plain line, its own rectification field below) is a problem whatever
            # its words
            split = _shaped_problems(node.lines)
            if split is None:
                return None
            by_shape = True
        else:
            several_by_words = several_by_words or len(split[1]) >= 2
        found.append((node, split))
    if by_shape and not several_by_words:
        return None
    if _family_names_areas(leaves):
        return found  # the family numbers areas (问题2:…方面存在的问题): one task under each is a problem
    if not any(len(children) >= 2 for _, (_, children) in found):
        return None
    if any(is_problem_heading(n) for n, _ in found):
        # 问题1:<shortcoming> over task paragraphs each closing on its own status: the paragraphs are the problems, as
        # split_unnumbered reads problem paragraphs under such a heading (a problem's measures never each state one)
        return found if all(_states_status(c) for _, (_, children) in found for c in children) else None
    return found


def _family_names_areas(leaves: list[Node]) -> bool:
    """Siblings numbered alike, one of them naming an area (问题2:…方面存在的问题): a family met at a level is that
    level (issue 19 point 1), so 问题1:<shortcoming> beside it names an area too, not one problem."""
    return len(leaves) >= 2 and len({n.style for n in leaves}) == 1 and any(_aspect_like(n) for n in leaves)


def _states_status(node: Node) -> bool:
    """Whether a problem states its own status: a status field, a bracketed status, a closing prose sentence."""
    if any(label_status(label, value) for label, value in node.labels) or trailing_status(node.heading)[1]:
        return True
    # the closing sentence may end a measures field's text (整改措施:…。截至目前,该问题尚未整改到位。)
    return prose_status("\n".join([*node.body, *(value for _, value in node.labels)])) is not None


def _shi_split(node: Node) -> list[Node] | None:
    """一是/二是 paragraphs each opening with a problem and followed by text, else None."""
    starts = [i for i, ln in enumerate(node.body) if SHI_ENUM_RE.match(ln)]
    if not starts:
        return None
    children: list[Node] = []
    for k, i in enumerate(starts):
        m = SHI_ENUM_RE.match(node.body[i])
        assert m is not None
        lead, tail = lead_clause(m["rest"])
        following = node.body[i + 1 : starts[k + 1] if k + 1 < len(starts) else len(node.body)]
        if not reads_as_problem(lead, limit=50) or not (tail or following):
            return None
        if m["n"] in _NEXT_SHI and tail.startswith(_NEXT_SHI[m["n"]]):
            # 一是对上轮…梳理未完成整改问题4个,…。二是…三是…: one paragraph running on from 一是 to 二是 is a run of
            # measures under the problem its heading names, however its first clause reads (a city committee's 巡视
            # notice, round 54); a problem numbered in words stands apart, its own text below it
            return None
        child = Node(node.body[i], "是", Marker("是", m["n"], lead), node, is_problem=True)
        child.body = [t for t in (tail, *following) if t]
        children.append(child)
    return children


# The word number after each (一是 → 二是): a paragraph whose first clause is followed on its line by the next
_NEXT_SHI = {a: f"{b}是" for a, b in zip("一二三四五六七八九", "二三四五六七八九十", strict=True)}


def _adopt(node: Node, children: list[Node]) -> None:
    """Give the node its problems; the lines before the first of them stay its own (a lead sentence)."""
    first = children[0].heading if children else None
    node.body = node.body[: node.body.index(first)] if first in node.body else []
    for child in children:
        lead = lead_clause(child.heading)[0] if child.marker is None else child.heading
        child.heading = lead
        node.children.append(child)


def _opens_with_task(line: str) -> bool:
    """Whether the line opens with a task's verb, read past a status in brackets before it ([已完成]加强网络安全防护。:
    the status prefix a notice may print on each unnumbered paragraph, as on numbered ones)."""
    return opening_bracket(line)[0].startswith(TASK_OPENINGS)


def task_paragraph(line: str) -> tuple[str, str] | None:
    """(task headline, the text after it) when an unnumbered line opens with a problem worded as a task (L04).

    A task headline is one short phrase opening with a verb of improvement (深化作风建设。); a measure's outcome
    (截至目前已完成专项检查3次。), a field, a 一是 clause or a status sentence is the text of the one above.
    """
    if not _opens_with_task(line) or LABEL_RE.match(line):
        return None  # the cheap precheck: most lines of a problem's text open otherwise
    title, tail = lead_clause(line)
    bare = trailing_status(title)[0].rstrip(",，")  # 深化作风建设,基本完成。: its own status is not its headline
    if not _task_headline(bare) or prose_found(bare) or any(ch.isdigit() for ch in bare):
        return None
    return title, tail
