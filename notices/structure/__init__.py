"""Lines in, numbered hierarchy out: sections (一、) → aspects → groups → items.

Numbering styles are not tied to levels: the first style met under a section becomes the next
level down, a style met again closes everything below it (so 001's groups, all printed "1.",
are still siblings). Enumerations inside rectification text ((1)(2), ①②, 一是) are kept as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import (
    CLAUSE_AFTER_PROBLEM,
    CLOSING_RE,
    CONTEXT_SECTION_RE,
    FEEDBACK_QUOTE_RE,
    FINDING_DESCRIPTION_RE,
    FINDINGS_OPENERS,
    FRAMING_PART_RE,
    GUANYU_WRAPPER_RE,
    HEADLINE_WRAPPER_RE,
    INLINE_LABEL_RE,
    LABEL_RE,
    MEASURE_LEADS,
    MEASURE_OPENING_RE,
    MEASURE_START_RE,
    ORIGIN_PART_RE,
    OWNER_PART_RE,
    PART_HEADING_RE,
    PROBLEM_WORDING_RE,
    REMEDY_CLAUSE_RE,
    RUNON_HEADLINE_STOPS,
    RUNON_LABEL_RE,
    SECTION_DONE_RE,
    SECTION_PROGRESS_RE,
    SECTION_RE,
    SHI_ENUM_RE,
    SHORTFALL_FIGURES_RE,
    STATUS_LABELS,
    TASK_OPENINGS,
    TITLE_PREFIX_RE,
    TITLE_WRAPPER_RE,
    TITLE_WRAPPERS,
    ZHENDUI_RE,
)
from ..numbering import (
    MEASURE_CAPABLE,
    NAMED_ENTRY_STYLES,
    POINT_CAPABLE,
    WORD_FAMILIES,
    Family,
    number_of,
    numbering_of,
)
from ..status import (
    bracketed_status,
    clause_status,
    label_status,
    lead_status,
    numbered_statuses,
    opening_bracket,
    opening_status_sentence,
    prose_found,
    prose_status,
    trailing_status,
)


@dataclass(frozen=True)
class Marker:
    style: str
    label: str
    rest: str

    @property
    def number(self) -> int | None:
        return number_of(self.label)


_STATUS_ASPECTS = ("已", "正在", "尚", "仍", "均")


# Asked of the same lines by every pass of the section builder: cached, cleared per notice by parse_notice.
@lru_cache(maxsize=2048)
def marker_of(line: str) -> Marker | None:
    """The numbering a line starts with, if it opens with one of the genre's families (numbering.py)."""
    found = numbering_of(line)
    if found is not None:
        family, label, rest = found
        if family.style.startswith("第") and rest.startswith(_STATUS_ASPECTS) and len(numbered_statuses(line)) >= 2:
            return None  # 第3个问题正在推进，其余问题已完成整改: a closing list giving statuses by number, no label
        return Marker(family.style, label, rest)
    if line.startswith("针") and ZHENDUI_RE.match(line):
        return Marker("针对", "", line)  # 针对“…”的问题: an unnumbered problem heading (018)
    return None


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


@dataclass
class Section:
    heading: str  # "" for a notice without 一、 sections
    lines: list[str]
    carries_items: bool = False
    plain_problems: bool = False  # its problems are unnumbered paragraphs right under its heading (L13)
    is_aspect: bool | None = None  # section_is_aspect, once its lines are read (asked for every item)
    word_tasks: bool = False  # its 一是<task>。 headlines are the problems: the reading the notice's counts chose
    word_points: int = 0  # lines numbered in words (一是, 其一) its reading took as points
    intro: list[str] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)
    holders: frozenset[int] = frozenset()  # ids of the headings its problems stand under, once they are found
    owner_part: bool = False  # one of two or more parts naming whose problems each holds (lexicon.OWNER_PART_RE)
    findings: bool = False  # lists the findings that a later part restates with their rectification (FINDINGS_PART_RE)
    framing_kept: bool = False  # its top points worded like framing parts are problems: the notice's count says so

    def walk(self) -> list[Node]:
        out: list[Node] = []
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out


_FIELD_SEP_RE = re.compile(r"\s*[;；]\s*|\s{2,}|\t")


def fields(line: str) -> list[tuple[str, str]]:
    """'责任单位:财务科;整改时限:年底前;整改进度:正在推进' → each field a (label, value).

    Ledgers print an item's fields in one row; a separator followed by another label starts the next field.
    """
    if not any(sep in line for sep in (";", "；", "\t", "  ")):
        m = LABEL_RE.match(line)  # one field: most lines (keeps parsing fast)
        return _stop_joined(m["label"], m["value"].strip()) if m else []
    out: list[tuple[str, str]] = []
    for part in _split_fields(line):
        m = LABEL_RE.match(part)
        if m is None and out:
            out[-1] = (out[-1][0], out[-1][1] + "；" + part)  # a ; inside a value
        elif m is not None:
            out.extend(_stop_joined(m["label"], m["value"].strip()))
    return out


# A short field and the status field printed after it on one line, a full stop between them (完成时限:2023年11月底
# 前。完成情况:已完成。 / 责任领导:县委副书记。整改进度:正在推进。: a county's notice on a provincial 巡视 that rows
# each problem's deadline and status so, round 63): the status field is a field of its own, as after a ; (fields).
# Only a short value before the stop: a long one is a field's text, whose sentences may name a label in passing.
_STOP_JOINED_RE = re.compile(r"^(?P<first>[^。]{1,24}。)\s*(?P<rest>\S.*)$")


def _stop_joined(label: str, value: str) -> list[tuple[str, str]]:
    """A field (label, value), with the status field run on after a full stop in its short value cut off it."""
    m = _STOP_JOINED_RE.match(value) if value.find("。", 0, 25) > 0 else None  # the cheap precheck: a short value
    if m is None or (after := LABEL_RE.match(m["rest"])) is None or not STATUS_LABELS.match(after["label"]):
        return [(label, value)]
    return [(label, m["first"]), (after["label"], after["value"].strip())]


def _split_fields(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for sep in _FIELD_SEP_RE.finditer(line):
        if LABEL_RE.match(line[sep.end() :]):
            parts.append(line[start : sep.start()])
            start = sep.end()
    parts.append(line[start:])
    return [p for p in parts if p]


def split_inline_labels(lines: list[str]) -> list[str]:
    """'1.问题。整改情况:…' → '1.问题。' and '整改情况:…' on their own lines."""
    out: list[str] = []
    for line in lines:
        # any labelled field after a full stop, not only 整改…: (…。推进情况:持续推进中, round 48)
        # the cheap precheck: a field needs its colon (the pattern opens on a lookbehind, so it scans every position)
        parts = INLINE_LABEL_RE.split(line) if (":" in line or "：" in line) and marker_of(line) else [line]
        if len(parts) == 1 and parts[0] is line and ("整改" in line) and (":" in line or "：" in line):
            parts = _runon_headline(line)
        out.extend(p for p in parts if p)
    return out


def _runon_headline(line: str) -> list[str]:
    """'问题1.<headline>整改情况:…' → the headline and the label on their own lines (RUNON_LABEL_RE)."""
    marker = marker_of(line)
    if marker is None or not line.endswith(marker.rest):
        return [line]
    m = RUNON_LABEL_RE.search(marker.rest)
    if m is None or len(marker.rest[: m.start()].strip()) < 4:
        return [line]
    if any(ch in RUNON_HEADLINE_STOPS for ch in marker.rest[: m.start()]):
        return [line]
    cut = len(line) - len(marker.rest) + m.start()
    return [line[:cut], line[cut:]]


def body_end(lines: list[str]) -> int:
    """Index of the first line of closing matter (欢迎…监督, 联系电话, signature block)."""
    first_section = next((i for i, ln in enumerate(lines) if SECTION_RE.match(ln)), 0)
    for i in range(first_section, len(lines)):
        if CLOSING_RE.match(lines[i]):
            return i
    return len(lines)


def split_sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    """Header lines before the first 一、 heading, then the sections (or one unnamed section)."""
    head, sections = _sections(lines)
    sections = [part for section in sections for part in _closing_apart(section)]
    # Parts divide the list by whose problems they hold only where there are two of them at least (一、镇党委… /
    # 二、村（社区）…); one such part frames the whole list (二、县林业局党组巡察反馈问题整改情况), its areas below it.
    owners = [s for s in sections if (m := SECTION_RE.match(s.heading)) and OWNER_PART_RE.match(m[2])]
    for section in owners if len(owners) >= 2 else ():
        section.owner_part = True
    return head, sections


# The closing parts of the genre (下一步工作打算, 建立长效机制, 巩固深化整改成果的打算), not its opening ones
# (整改工作开展情况, 加强组织领导): after the problems, whatever family numbers them.
_CLOSING_PART_RE = re.compile(r"下一步|今后|后续|巩固|长效机制|打算|计划")


def _closing_apart(section: Section) -> list[Section]:
    """A section whose last problem is followed by a numbered closing part ((一)建立长效机制 after 五、<problem>): the
    part ends the problem list at whatever family it is numbered (its points may restart 一、 like the problems), so it
    is a section of its own, holding no problems. Only a lone line of its family in the section: one of a run ((一)…
    (二)建立长效机制) is a step of the problem's measures."""
    for j, line in enumerate(section.lines):
        if not _CLOSING_PART_RE.search(line[:24]):
            continue  # the cheap precheck: most lines name no closing part
        mk = marker_of(line)
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
    if first == len(lines) and not starts:
        first = _task_run_with_fields(lines)
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
    for k, i in enumerate(heads):
        found = next((m for f in WORD_FAMILIES if (m := f.match(lines[i]))), None)
        nxt = heads[k + 1] if k + 1 < len(heads) else end
        if found is None or lead_clause(found[1])[1] or not _task_headline(lead_clause(found[1])[0]) or nxt == i + 1:
            return None
        numbers.append(number_of(found[0]))
    return heads[0] if numbers == list(range(1, len(heads) + 1)) else None


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
    if CONTEXT_SECTION_RE.search(heading) and not SECTION_PROGRESS_RE.search(heading) and not _shortfall_part(heading):
        # the genre's framing sections (下一步打算, 长效机制, 组织领导) never list problems - unless a problem ledger
        # stands in one (一、整改工作总体情况 … 具体情况如下: and the table's rows, a district court, round 20)
        return _ledger_rows(section.lines)
    if section.plain_problems:
        return True
    if not heading or section_is_problem(section) or heading_states_status(heading):
        return True
    lines = section.lines
    if any(LABEL_RE.match(ln) or _numbered_problem(ln) or _shi_problem(ln) for ln in lines):
        return True
    if any(_numbered_with_status(ln) for ln in lines):
        return (
            True  # 一、<area>方面 > 1.<task>,已完成。 / ①针对“…”的问题[已整改]: numbered lines stating their own status
        )
    if _area_count(lines) is not None and any(marker_of(ln) for ln in lines):
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


def heading_states_status(heading: str) -> bool:
    """已完成的整改事项 / 需要继续整改的事项: a section grouping problems by status."""
    return bool(SECTION_PROGRESS_RE.search(heading) or SECTION_DONE_RE.search(heading))


def section_is_aspect(section: Section) -> bool:
    """一、关于…有差距方面 directly above its problems: the section heading is their aspect (L01)."""
    if section.is_aspect is None:
        m = SECTION_RE.match(section.heading)
        section.is_aspect = (
            m is not None
            and not heading_states_status(section.heading)
            and not section_is_problem(section)
            and (
                "方面" in m[2]
                or reads_as_problem(m[2])
                or section.plain_problems
                or section.owner_part
                or ORIGIN_PART_RE.search(m[2]) is not None  # a 回头看's parts by the problems' origin (round 37)
            )
        )
    return section.is_aspect


def lead_clause(text: str) -> tuple[str, str]:
    """'组织建设滞后。召开会议…' → ('组织建设滞后', '召开会议…'): the first sentence and the rest.

    A sentence does not end inside a quotation: 一是关于“<headline>。<facts>”问题的整改 quotes a whole finding.
    """
    quoted = "“" in text
    for i, ch in enumerate(text):
        if ch in "。；;!！?？":
            opened = text.rfind("“", 0, i) if quoted else -1
            if opened != -1 and text.find("”", opened, i) == -1 and text.find("”", i) != -1:
                continue  # inside an open quote that closes later
            return text[:i].strip(), text[i + 1 :].strip()
    return text.strip(), ""


def wrapped_headline(text: str) -> tuple[str, str]:
    """'(1)关于…问题。一是…' → the 关于/对于/针对…问题 wrapper and the rectification text after it.

    The wrapper is the whole title even when the problem it quotes holds a 。 of its own (L03).
    """
    m = HEADLINE_WRAPPER_RE.match(text)
    if m:
        return text[: m.end()].rstrip("：:,，"), text[m.end() :].strip()
    return text, ""


def headline(text: str) -> tuple[str, str]:
    """A one-paragraph item's headline (its first sentence or its wrapper) and the text after it.

    The genre often prints '1.<problem>。<what was done>…目前,该问题已整改完成。' as one paragraph;
    when labelled lines follow instead, the whole paragraph is the problem (001) and is not split.
    """
    title, tail = wrapped_headline(text)
    if tail:
        return title, tail
    title, tail = colon_headline(text)
    if tail:
        return title, tail
    title, tail = status_bracket_headline(text)
    if tail:
        return title, tail
    title, tail = lead_clause(text) if _SENTENCE_END_RE.search(text.rstrip("。；;!！?？ ")) else (text, "")
    return _run_on_after_problem(title, tail)


def status_bracket_headline(text: str) -> tuple[str, str]:
    """'<problem>(已完成)<what was done>' → ('<problem>(已完成)', '<what was done>'), else (text, "").

    A headline closed by its status in a bracket, its measures printed on the next line (1.…不够到位（已完成）): where a
    squeeze or a paste lost that break, the bracket still ends the headline (round 26). Only a bracket standing in
    the first sentence, after a headline's worth of text, whose words are a status (status/titles.py).
    """
    close = min((at for at in map(text.find, _HEADLINE_CLOSERS) if at != -1), default=-1)
    if close == -1:
        return text, ""
    end = _SENTENCE_END_RE.search(text)
    if end is not None and end.start() < close:
        return text, ""
    rest = text[close + 1 :].lstrip()
    if not rest or rest[0] in _AFTER_BRACKET_MARKS:
        return text, ""  # the bracket closes the sentence or a clause of it: lead_clause reads it
    title = text[: close + 1]
    bare, status = bracketed_status(title)
    if status is None or len(bare) < _BRACKET_HEADLINE_MIN:
        return text, ""
    return title, rest


# The brackets a status closing a headline is printed in ((已整改), 【已完成】, [整改中], 〔已销号〕, 「已完成」); not
# 《》, which names a document
_HEADLINE_CLOSERS = (")", "】", "]", "〕", "」")
_AFTER_BRACKET_MARKS = frozenset("。；;，,、:：!！?？)")
_BRACKET_HEADLINE_MIN = 4  # (已完成)<problem>: a status opening the text is no headline's close


def _run_on_after_problem(title: str, tail: str) -> tuple[str, str]:
    """'…不严问题开展警示教育,组织…' → ('…不严问题', '开展警示教育,组织…'): the headline's 问题, then a measure's
    opening verb (lexicon.MEASURE_LEADS) with no mark between, where a squeeze or a wrap lost the break."""
    at = title.find("问题", _RUN_ON_TITLE_MIN)
    while at != -1:
        # …发现问题开展复查,针对“X”的问题,建立…: a 针对 clause after it names the problem (parse._ZHENDUI_CLAUSE_RE)
        # (对…问题开展… is a problem worded from its object; 对…问题已… is not)
        clause = title.startswith(CLAUSE_AFTER_PROBLEM, at + 2) and title[at - 1] not in _CLAUSE_MARKS
        leads = clause or (title.startswith(MEASURE_LEADS, at + 2) and not title.startswith("对"))
        if leads and not title.startswith(("针对", "关于")) and "针对" not in title[at:]:
            rest = title[at + 2 :]
            return title[: at + 2], f"{rest}。{tail}" if tail else rest
        at = title.find("问题", at + 2)
    return title, tail


_RUN_ON_TITLE_MIN = 4  # a headline names its shortcoming before its 问题
_CLAUSE_MARKS = frozenset("，,。；;、:：")  # …不规范，问题已清零: 问题 the subject of a status clause of its own


def colon_headline(text: str) -> tuple[str, str]:
    """'<problem>:<what was done>' — a headline ended by a colon (issue 19: the title runs to 。；:), else (text, "").

    Only a short headline before any sentence end, and never a field's own label (整改情况:, 问题描述:).
    """
    m = _COLON_HEADLINE_RE.match(text)
    if m is None or m["digits"] is not None or LABEL_RE.match(text) or TITLE_PREFIX_RE.match(text):
        return text, ""
    if text[m.end() :].lstrip()[:1] in '“"' and FEEDBACK_QUOTE_RE.match(text):
        return text, ""  # 巡察组反馈指出：“<problem>”，…: the colon introduces the feedback's words (round 33)
    if len(m["title"]) <= _COLON_STATUS_LIMIT and bracketed_status(text)[1] is not None:
        return text, ""  # 正在整改：<problem>: a status set off by its colon, the problem after it (status/titles.py)
    return m["title"], text[m.end() :].strip()


_COLON_STATUS_LIMIT = 8
# The colon that ends a headline; never one between two digits, which the genre prints inside a problem's own words: a
# ratio (师生比未达到1:350要求, 生师比18:1), a clock time (8:30前到岗), a score (round 54)
_COLON_HEADLINE_RE = re.compile(
    r"^(?P<title>[^。；;!！?？:：]{4,40})(?<!\d)[:：](?!\s*$)|^(?P<digits>[^。；;!！?？:：]{4,40}\d[:：]\d)"
)


def split_headlines(section: Section) -> None:
    """Split every bare numbered leaf (no lines of its own) into its headline and rectification text."""
    for node in section.walk():
        if node.children or node.marker is None or quotes_whole_finding(node.marker.rest):
            continue
        title, tail = short_headline(node.marker.rest) if node.has_body else headline(node.marker.rest)
        if tail:
            node.marker = Marker(node.marker.style, node.marker.label, title)
            node.body.insert(0, tail)


def quotes_whole_finding(text: str) -> bool:
    """'关于“<headline>。<facts>”问题的整改' as the whole line: the quote is the finding, never cut at its 。 (the
    title is its first sentence, taken when the item is read)."""
    if "“" not in text and '"' not in text:
        return False
    bare = trailing_status(text)[0]
    return GUANYU_WRAPPER_RE.match(bare) is not None or TITLE_WRAPPER_RE.match(bare) is not None


def short_headline(text: str) -> tuple[str, str]:
    """'3.<short shortcoming>。一是<measure>…' above labelled lines: the headline, then measures run on.

    A paragraph above 整改情况: lines is mostly the problem's whole description (001: several sentences of
    facts); it is split only when its first sentence is a short shortcoming and what follows does not
    read as one (it is what was done).
    """
    title, tail = wrapped_headline(text)
    if not tail:
        title, tail = colon_headline(text)
    if not tail:
        # <problem>(已整改)<what was done>: the status bracket closes the headline here too, where a squeeze lost the
        # break after it and fields follow the measures (a joined page, fresh generator seeds)
        title, tail = status_bracket_headline(text)
    if tail:
        return title, tail
    lead, rest = lead_clause(text)
    cut, run_on = _run_on_after_problem(lead, rest)
    if cut != lead:
        return cut, run_on  # …不严问题开展警示教育,…: the headline's 问题, then its measures with no break
    if (
        rest
        and reads_as_problem(lead, limit=30)
        and not _describes_problem(lead_clause(rest)[0])
        # 巡视指出“X”。具体表现为：<long facts>: the findings describe the problem however long (round 33)
        and not rest.startswith(FINDINGS_OPENERS)
    ):
        return lead, rest
    if rest:
        # 关于…的问题(已销号)。一是…: a named problem, its status, then what was done; and '1.<problem>，已整改。
        # <text>' (or （已整改）): a first sentence closed by its own status ends the problem.
        bare, marked = trailing_status(lead)
        if marked is not None or _wrapped_title(bare):
            return lead, rest
    # A short task-worded headline (推进重点项目建设。, L04) followed by measures numbered 一是 or by a
    # plain action sentence: what follows is what was done, not more of the problem's description.
    if (
        rest
        and len(lead) <= 20
        and not _SENTENCE_END_RE.search(lead)
        and _reads_as_action(rest)
        # …。辖区部分企业消防通道堵塞: a finding placed where it was found is more of the problem, worded as no
        # shortcoming; an enumeration (一是…) still opens what was done, or the 一是 description the title leaves out
        and (MEASURE_START_RE.match(rest) is not None or not _finding_described(lead_clause(rest)[0]))
    ):
        return lead, rest
    return text, ""


def _describes_problem(sentence: str) -> bool:
    """More of the problem's description: a shortcoming, or a finding placed where it was found.

    A long sentence of facts is read by its first clause (汉审〔2020〕5号文件指出的…等问题未整改到位,<more facts>), and
    a shortfall told in figures (计划改造的6个小区仅开工3个) is a finding however plainly worded: both describe the
    problem above its 整改完成情况: field (a county housing bureau's notice, round 49)."""
    return (
        reads_as_problem(sentence)
        or _finding_described(sentence)
        or reads_as_problem(_CLAUSE_CUT_RE.split(sentence, maxsplit=1)[0])
    )


_CLAUSE_CUT_RE = re.compile(r"[,，;；]")


def _finding_described(sentence: str) -> bool:
    """A finding placed where it was found (lexicon FINDING_DESCRIPTION_RE), or a shortfall told in figures (计划改造
    的6个小区仅开工3个, lexicon SHORTFALL_FIGURES_RE), that reports no work done (部分问题已整改 is a result)."""
    found = FINDING_DESCRIPTION_RE.search(sentence) is not None or SHORTFALL_FIGURES_RE.search(sentence) is not None
    return found and "已" not in sentence and not prose_found(sentence)


def _reads_as_action(text: str) -> bool:
    """Text that opens with measures: 一是… or a first sentence with no shortcoming in it, or one that states the
    problem's status (强化选人用人监督。截至目前,该问题尚未整改到位。: its 未 negates the work, not the problem's)."""
    first = lead_clause(text)[0]
    return (
        bool(MEASURE_START_RE.match(text))
        or not PROBLEM_WORDING_RE.search(REMEDY_CLAUSE_RE.sub("", first))
        or prose_found(first)
    )


_SENTENCE_END_RE = re.compile(r"[。；;!！?？]")


def reads_as_problem(text: str, limit: int = 60) -> bool:
    """A short statement of a shortcoming (不到位, 有差距, 滞后), not an action or a framed measure."""
    lead = lead_clause(text)[0]
    if lead.startswith("针对"):
        # 1.针对城市精细化管理水平不高的问题。一是…: a headline that is wholly the 针对…的问题 wrapper names the
        # problem when what it wraps is a shortcoming (a city bureau's notice, round 15); 针对巡察反馈的问题 frames
        wrapped = _wrapped_title(lead)
        if wrapped is not None:
            return len(wrapped) <= limit and PROBLEM_WORDING_RE.search(wrapped) is not None
    quoted = _wrapped_title(lead) if "“" in lead else None  # a quoted finding is as long as its headline
    if not lead or len(lead_clause(quoted)[0] if quoted else lead) > limit or MEASURE_OPENING_RE.match(lead):
        return False
    wording = REMEDY_CLAUSE_RE.sub("", lead) if "问题" not in lead[-2:] else lead
    return PROBLEM_WORDING_RE.search(wording) is not None or bool(_wrapped_title(lead))


def _wrapped_title(text: str) -> str | None:
    """The problem inside 关于“…”问题的整改情况 / 针对“…”的问题 / 关于…的问题, if the text is one."""
    for pattern in TITLE_WRAPPERS:
        m = pattern.match(text)
        if m:
            return m["t"]
    return None


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
    if m is None or section.plain_problems:
        return False  # problems in unnumbered paragraphs below it: the heading is their aspect
    rest = m[2]
    if _wrapped_title(rest) is None and not reads_as_problem(rest) and not _names_one_problem(rest):
        return _task_section(rest, section.lines)
    # 一、已整改完成的问题: a status section holds problems, even task-worded ones; 一、在“…不够到位”方面 names an
    # area; numbered lines that carry their own labelled text (整改进度:…) are the problems below it.
    if _status_heading(rest) or _aspect_words(rest) or _blocks_labelled(section.lines):
        return False
    if section.lines and _AREA_LEAD_RE.match(section.lines[0]):
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
    return not any(_numbered_problem(ln) for ln in lines if marker_of(ln))


# A heading's lead sentence speaking of the heading as an area (本方面/该方面…): what stands below are its problems.
_AREA_LEAD_RE = re.compile(r"^[本该此这]方面")


def _lists_the_problems(heading: str, lines: list[str]) -> bool:
    """A heading under which task-worded points are the problems (L04): an area (一、在…方面, or its lead sentence
    calling it one, 本方面…), or the part holding the whole list (二、反馈意见整改情况, 二、巡察反馈问题整改落实情况).
    """
    if "方面" in heading or (lines and _AREA_LEAD_RE.match(lines[0])):
        return True
    m = SECTION_RE.match(heading)
    return m is not None and PART_HEADING_RE.match(m[2]) is not None


def _area_count(lines: list[str]) -> int | None:
    """How many problems a section's lead sentence counts under it, speaking of it as an area (本方面1个问题正在整改中,
    该方面3个问题均已整改完成), else None."""
    first = lines[0] if lines else ""
    return _counted(first) if _AREA_LEAD_RE.match(first) else None


def _names_itself(text: str) -> bool:
    """A sentence calling what it speaks of 该问题/此问题: a problem's own text, never a measure's."""
    return "该问题" in text or "此问题" in text


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


def _aspect_words(rest: str) -> bool:
    return re.search(r"方面(?:的|存在的)?(?:问题)?[。.]?$", rest) is not None


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


def build(section: Section) -> None:
    """Fill section.roots/intro from its lines with the numbering-style stack."""
    lines = split_inline_labels(section.lines)
    if section_is_problem(section):
        _build_problem_section(section, lines)
        split_headlines(section)  # 一、<problem>。一是<measure>…: the heading's own text runs on its line (L05, inline)
        return
    stack: list[Node] = []
    markers = [marker_of(line) for line in lines]
    grouped = bool(section.heading) and heading_states_status(section.heading)  # 一、已完成整改的问题
    # the last problem numbered in words (二是…), whose run may go on under the next group
    last_word: Node | None = None
    for i, line in enumerate(lines):
        mk = markers[i]
        if mk is None or MEASURE_START_RE.match(line):
            mk = word_numbered(lines, i, stack, section.word_tasks, grouped, last_word)
            section.word_points += mk is not None
            if mk is None and MEASURE_START_RE.match(line):
                last_word = None  # a 一是 read as a measure breaks the run
        if mk is not None:
            _place_marker(section, stack, line, mk, (lines, markers, i))
            if stack and stack[-1].style == mk.style and mk.style in _WORD_STYLES:
                last_word = stack[-1]
            continue
        target = stack[-1] if stack else None
        if target is None:
            section.intro.append(line)
            continue
        nxt = markers[i + 1] if i + 1 < len(lines) else None
        if _is_unnumbered_heading(line, nxt, stack):
            level = len(stack) - 2
            style = stack[level].style
            del stack[level:]
            _push(section, stack, Node(line, style, None, stack[-1]))
            continue
        add_line(target, line)
    if not section.roots and section.plain_problems:
        split = unnumbered_problems(section.intro)
        if split is None and "方面" in section.heading:  # tasks under an area (parse._find_plain_problems)
            split = unnumbered_problems(section.intro, tasks=True)
        if split is not None:
            section.intro, section.roots = split
    split_headlines(section)
    nodes = section.walk()
    if fold_trailing_fields(nodes):
        nodes = section.walk()
    labelled = {(n.style, len(n.ancestors())) for n in nodes if n.labels}
    kept = claimed_points(section)
    if section.word_tasks:  # the 一是 headlines read as problems are not folded back into their headings
        kept |= {id(n.parent) for n in nodes if n.style in _WORD_STYLES}
    fold_measures(section.roots, labelled, kept, _once(lambda: numbered_on(nodes)))  # asked only before a fold


_WORD_STYLES = frozenset(f.style for f in WORD_FAMILIES)


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


def fold_trailing_fields(nodes: list[Node]) -> bool:
    """'(一)…不够严格问题 > A.<action>,… > B.<action>,… > 责任领导:…;整改时限:…': fields after the last measure, or
    right under the headline before the first, are the problem's (measures carry no fields of their own), so the
    actions become its body and the fields its own, as fold_measures does for actions without fields. True if any."""
    folded = False
    for node in nodes:
        kids = node.children
        if len(kids) < 2 or bool(node.labels) == bool(kids[-1].labels) or any(k.labels for k in kids[:-1]):
            continue  # the common case: no fields, fields of each point's own, or on both
        if any(k.children or k.marker is None or k.style not in POINT_CAPABLE for k in kids):
            continue
        rest = node.marker.rest if node.marker else node.heading
        if _aspect_like(node) or _status_heading(rest) or not reads_as_problem(rest):
            continue  # only a heading stating one shortcoming holds measures
        if any(_point_of_its_own(k) for k in kids):
            continue
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
    return _task_headline(lead_clause(rest)[0]) or any(label_status(label, value) for label, value in node.labels)


_WORD_STYLES = frozenset(f.style for f in WORD_FAMILIES)


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
        if (_task_headline(head) or reads_as_problem(head, limit=50)) and (
            number_of(label) == 1 or first or _next_in_run(stack[-1], family.style, label)
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
    if stack and _counted_run(stack, family, lines, i) and _task_headline(lead.rstrip(":：")):
        # 该方面4个问题已全部整改完成 over exactly 一是…四是 headlines: the heading's own count says they are its
        # problems, task-worded ones too (a measure enumeration inside them would break the count)
        return Marker(family.style, label, rest)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    own_text = bool(nxt) and not MEASURE_START_RE.match(nxt) and marker_of(nxt) is None
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
    if number_of(label) != 1 and i > 0 and MEASURE_START_RE.match(lines[i - 1]):
        return None  # 二是 right after 一是: clauses of one enumeration
    return Marker(family.style, label, rest)


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


def _counted_run(stack: list[Node], family: Family, lines: list[str], i: int) -> bool:
    """Whether the heading above counts its problems (该方面4个问题…) and its block numbers exactly that many
    lines 一是…, in order, each starting its line."""
    heads = stack[:-1] if stack[-1].style == family.style else stack
    claimed = _lead_count(heads[-1]) if heads else None
    if claimed is None:
        return False
    start, end = _block_around(lines, i)
    numbers = [number_of(m[0]) for ln in lines[start:end] if MEASURE_START_RE.match(ln) and (m := family.match(ln))]
    # the run may count on from the area before (第二项 > 该方面4个问题… > 三是…六是): numbered through the notice
    first = numbers[0] if numbers and numbers[0] else 1
    return numbers == list(range(first, first + claimed))


def _beside_own_text(lines: list[str], i: int, family: Family, label: str) -> bool:
    """Whether the point numbered just before or after line i in `family` is a task headline stating its status in
    brackets with its own text below (三是<task>(基本完成)。 > <text>): a bare one beside it (四是<task>(已整改)。, its
    text left out) is a problem of the same run, siblings read alike; measures stating their steps' status in
    brackets (一是<step>(已完成)。 二是<step>(正在推进)。) have no text of their own between them."""
    n = number_of(label)
    if n is None:
        return False
    before = (j for j in range(i - 1, -1, -1) if MEASURE_START_RE.match(lines[j]) and family.match(lines[j]))
    after = (j for j in range(i + 1, len(lines)) if MEASURE_START_RE.match(lines[j]) and family.match(lines[j]))
    return any(
        j is not None and _marked_with_text(lines, j, family, n + step)
        for j, step in ((next(before, None), -1), (next(after, None), 1))
    )


def _marked_with_text(lines: list[str], j: int, family: Family, n: int) -> bool:
    """Line j is the point numbered n: a task headline with a bracketed status and its own text on the next line."""
    found = family.match(lines[j])
    if found is None or number_of(found[0]) != n:
        return False
    title, marked = trailing_status(found[1])
    nxt = lines[j + 1] if j + 1 < len(lines) else ""
    own_text = bool(nxt) and not MEASURE_START_RE.match(nxt) and marker_of(nxt) is None
    own_text = own_text and not _block_states_own_status([nxt])  # a status field ends the measures above it
    return marked is not None and own_text and _task_headline(lead_clause(title)[0])


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
    return len(run) >= 2 and all(_closes_with_prose([lead_clause(lines[a])[1], *lines[a + 1 : b]]) for a, b in blocks)


def _closes_with_prose(block: list[str]) -> bool:
    """A point's own text (the rest of its line, its lines below) holds a sentence stating the problem's status."""
    return any(prose_status(ln) is not None for ln in block if ln)


# A task headline (at most 20 characters, _task_headline) and the status clause after it (,已完成,需长期坚持).
_TASK_WITH_STATUS = 36


def _task_headline(lead: str) -> bool:
    """A short task-worded headline (加强干部队伍建设): one phrase, not an action frame or a status sentence."""
    return 2 < len(lead) <= 20 and not any(ch in lead for ch in ",，、:：") and not MEASURE_OPENING_RE.match(lead)


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


def _names_problem(lead: str) -> bool:
    """'…不到位问题' / '针对“…”的问题': a clause printed as the name of one problem, not a measure's sentence."""
    if _wrapped_title(lead) is not None:
        return True
    return lead.endswith("问题") and reads_as_problem(lead[:-2].removesuffix("的"), limit=50)


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
        if any((k.style, len(k.ancestors())) in labelled for k in kids):
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
        named = rest.rstrip("。.").endswith("问题")
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


def _fold_points(node: Node) -> None:
    """The node's points become its body, as printed: its measures."""
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
    title, clause = clause_status(node.marker.rest)
    if not _task_headline(title):
        return False
    if clause is not None:
        return True
    return bool(node.body) and (MEASURE_START_RE.match(node.body[0]) is not None or _closes_with_status(node))


def _closes_with_status(node: Node) -> bool:
    """The node's own text states a status in prose (目前,该问题已完成整改 / 正在整改)."""
    return prose_status("\n".join(node.body)) is not None


# A heading's lead sentence counting its problems (该方面3个问题已全部整改完成, 共计5个问题…, 本方面共2个问题…).
_LEAD_COUNT_RE = re.compile(r"^(?:[本该此这]方面)?(?:共计|共有|共)?(\d{1,2})个(?:具体)?问题")


def claimed_points(section: Section) -> frozenset[int]:
    """The headings whose points are the problems by the count the heading above them states (issue 19 point 2).

    1.<area> > 共计5个问题已整改完成 > A.<shortcoming> > 一、<task> …: where a lead sentence counts the points two
    levels down (5) rather than the headings right below (2), the points are the problems and are not folded into
    their headings as measures; the level is decided for all headings alike (该方面2个问题 over two headings of one
    point each agrees with both readings), so the notice's own count decides where its wording leaves it open.
    """
    nodes = section.walk()
    top = _section_top(section)
    if (claimed := _lead_count(top)) is not None and claimed == _points_below(top) != len(top.children):
        # 一、<area> > 本方面共3个问题… > 第1个问题:<heading> > 1.<task> 2. 3.: the section's own lead counts the
        # points under its headings, so those points are its problems
        return frozenset(id(root) for root in section.roots)  # the headings whose points are not folded into them
    counts = {id(n): c for n in nodes if (c := _lead_count(n)) is not None}
    if not counts:
        return frozenset()  # most notices: no heading counts its problems
    levels: set[tuple[str, int]] = set()
    candidates: list[Node] = []
    for node in nodes:
        claimed, points = counts.get(id(node)), _points_below(node)
        if points is None or (claimed is not None and claimed != points):
            continue  # the count names the headings right below, or something else
        candidates.append(node)
        if claimed is not None and claimed != len(node.children):
            levels.add((node.children[0].style, len(node.ancestors()) + 1))
    if not levels:
        return frozenset()
    kids = (k for node in candidates for k in node.children)
    return frozenset(id(k) for k in kids if (k.style, len(k.ancestors())) in levels)


def _section_top(section: Section) -> Node:
    """The section as the heading over its roots, its lead sentence (本方面共3个问题…) as its body: counted as any
    heading's lead is (_lead_count)."""
    return Node(section.heading, "", None, None, children=section.roots, body=section.intro[:1])


def _lead_count(node: Node) -> int | None:
    return _counted(node.body[0] if node.body else "")


def _counted(first: str) -> int | None:
    """How many problems a lead sentence counts (该方面3个问题…, 共计5个问题…), else None."""
    m = _LEAD_COUNT_RE.match(first) if "个" in first[:12] else None
    return int(m[1]) if m else None


def _points_below(node: Node) -> int | None:
    """How many points sit two levels down when every heading right below holds only leaf points, else None."""
    kids = node.children
    if not kids or any(not k.children or any(g.children for g in k.children) for k in kids):
        return None
    return sum(len(k.children) for k in kids)


# A status in brackets before or after a problem's headline ((已整改)关于“…”问题, …问题【尚未完成】) is its own.
_BRACKETED = re.compile(r"^[(（【\[〔][^)）】\]〕]{1,12}[)）】\]〕]|[(（【\[〔][^)）】\]〕]{1,12}[)）】\]〕][。.]?$")


def _status_heading(rest: str) -> bool:
    """A heading grouping problems by status (已整改完成的问题), not one problem stating its own in brackets."""
    if not heading_states_status(_BRACKETED.sub("", rest)) or _wrapped_title(rest) is not None:
        return False
    if not heading_states_status(_BRACKETED.sub("", lead_clause(rest)[0])):
        return False  # 第7个问题:<shortcoming>。截至目前,该问题尚未整改到位。: the status is its own text's, after it
    if _NAMED_PROBLEM_RE.match(rest):
        return False  # 第四条:针对“…”的问题目前该问题正在推进整改。: a problem named whole, its status glued after it
    # <shortcoming>,未完成。: one problem whose status is a trailing clause; a group heading's status words
    # qualify its 事项/问题 instead (尚未完成整改的问题), so no clause splits off from it; its first sentence alone,
    # as the heading's line may run on into the text (二、…问题,未整改到位。一是…: an inline layout)
    title, marked = trailing_status(lead_clause(rest)[0])
    return marked is None or heading_states_status(title)


# A problem named whole at the start of a heading's text (针对“…”的问题 / 关于“…”问题的整改): what follows it is that
# problem's own text, whether or not a mark closes the name.
_NAMED_PROBLEM_RE = re.compile(r"(?:关于|针对|对于)[“\"][^“”\"]{2,60}[”\"](?:的)?问题(?:的整改(?:情况)?)?")


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


def add_line(node: Node, line: str) -> None:
    """A line of the node's own text: labelled fields (整改情况:…) apart, the rest as its body."""
    node.lines.append(line)
    if LABEL_RE.match(line):
        node.labels.extend(fields(line))
    else:
        node.body.append(line)


def unnumbered_problems(
    lines: list[str], listed: bool = False, tasks: bool = False
) -> tuple[list[str], list[Node]] | None:
    """Problems printed as unnumbered paragraphs under a heading (L13), with the lead lines above them.

    Each paragraph opens with its problem statement (组织建设滞后。 / 关于…的问题。, a status in brackets
    allowed) and carries its own rectification text, on the same line or on the lines below it (整改情况:,
    measures, a prose status) up to the next such paragraph. Only a lead sentence stating the status of them
    all (本方面3个问题均已整改完成) may stand above the first; anything else means the lines are not problems.
    """
    lead: list[str] = []
    children: list[Node] = []
    for line in lines:
        # 反馈问题:<problem> > 整改情况:… : unnumbered records under an area, each problem given as a field of its
        # own (a prefecture's progress page printing its findings so); the field's name goes, its text is the headline
        record = TITLE_PREFIX_RE.match(line) if not tasks and LABEL_RE.match(line) else None
        if record is not None:
            line = line[record.end() :]
        opening = paragraph_problem(line, listed) if not tasks else task_paragraph(line)
        if opening is not None:
            child = Node(opening[0], "sentence", None, None, is_problem=True)
            if opening[1]:
                add_line(child, opening[1])
            children.append(child)
        elif children:
            add_line(children[-1], line)  # its rectification text, or a further paragraph of it
        elif lead_status([line]) is not None:
            lead.append(line)
        else:
            return None
    if not children or not all(child.has_body for child in children):
        return None
    return lead, children


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
    if prose_found(title):
        return None  # 目前该问题尚未整改到位: the status of the problem above, not a new one
    if listed and _task_headline(title) and MEASURE_START_RE.match(tail):
        return title, tail
    return (title, tail) if reads_as_problem(trailing_status(title)[0], limit=50) else None


# Where a numbered line stands: the section's lines, their numbering, and its index.
At = tuple[list[str], list[Marker | None], int]


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
    return any(n.style == mk.style and len(n.ancestors()) == depth for n in section.walk())


def _is_measure_enumeration(top: Node, mk: Marker, styles: list[str], at: At, section: Section) -> bool:
    """(1)(2) or 1. 2. inside a problem's rectification text rather than new problems."""
    if mk.style not in POINT_CAPABLE:
        return False
    if mk.style not in styles and is_problem_heading(top):
        # under "问题1.针对…的问题。" a new numbering enumerates measures, unless its lines are problems of
        # their own: then those are the problems and 问题1 (or 1.关于“…”问题的整改) is their group (L07, L14)
        if _continues_enumeration(top, mk):
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
    if _continues_enumeration(top, mk):
        return True
    if mk.style not in styles:
        return bool(top.labels) or len(styles) >= 2
    # Same style as the problem itself: a restart at 1 inside a labelled body is an enumeration.
    if mk.style == top.style and mk.number == 1 and (top.marker and (top.marker.number or 0) > 1) and top.labels:
        top.enum_next, top.enum_style = 2, mk.style
        return True
    return False


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
    lead, tail = lead_clause(mk.rest)
    if tail and _names_itself(tail) and _task_headline(lead) and prose_status(tail) is not None:
        return True  # ⑴<task>。目前该问题已完成整改。: the point calls itself the problem whose status it states
    return not tail and bool(block) and _task_headline(lead) and _closes_with_prose(block)


def _block_states_own_status(block: list[str]) -> bool:
    """A point's own lines hold a status field (整改进度:已完成): measures come without one each."""
    return any(label_status(label, value) for ln in block if LABEL_RE.match(ln) for label, value in fields(ln))


def _carries_text(block: list[str], rest: str) -> bool:
    """A point followed by its own labelled lines or 一是 measures, its headline not an action frame (对于…开展…)."""
    if MEASURE_OPENING_RE.match(rest):
        return False
    return any(LABEL_RE.match(ln) or MEASURE_START_RE.match(ln) for ln in block)


def _only_lead(top: Node) -> bool:
    """A heading whose only text is its lead sentence (该方面2个问题已全部整改完成): it heads problems, not measures."""
    return len(top.body) == 1 and not top.labels and lead_status(top.body) is not None


def _continues_enumeration(top: Node, mk: Marker) -> bool:
    """The next number of the measure enumeration running in the node's body, in its style."""
    if top.enum_next is None or mk.style != top.enum_style or mk.number != top.enum_next:
        return False
    top.enum_next += 1
    return True


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


def own_status_line(text: str) -> bool:
    """'1.<problem>（已整改）' or '1.<shortcoming>，已整改。': a line stating its own status. A closing status clause
    after an action ('(1)<action>，目前已整改到位。') is a measure whose step is done, under its problem (L01)."""
    if bracketed_status(text)[1] is not None:
        return True
    title, clause = clause_status(text)  # a one-line problem is short; a measure's step runs longer
    return clause is not None and reads_as_problem(title, limit=30)


def is_problem_heading(node: Node) -> bool:
    """Headings that name one problem (问题N, 针对“…”的问题, 关于…的问题, …问题(已完成)), hence the finest level."""
    rest = node.marker.rest if node.marker else node.heading
    if node.style in ("问题n", "问题cn", "问题(n)", "n.问题n", "针对") or node.style in NAMED_ENTRY_STYLES:
        # 问题一:已整改完成的问题 numbers a status section and 问题一:在…方面 an area, not a problem
        return not _status_heading(rest) and not _aspect_words(rest)
    title, marked = trailing_status(rest)
    if _wrapped_title(title) is not None:
        return True  # 针对“…”的问题(已完成): status is not title
    # (一)…不到位问题(已完成): a shortcoming stating its own status is one problem; points below are its measures.
    # A closing clause (，目前已整改到位) marks a one-line problem only when short: after an action it is a step.
    limit = 60 if bracketed_status(rest)[1] is not None else 30
    return marked is not None and reads_as_problem(title, limit) and not _aspect_words(title)


def _push(section: Section, stack: list[Node], node: Node) -> None:
    if node.parent is None:
        section.roots.append(node)
    else:
        node.parent.children.append(node)
    stack.append(node)


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


def item_nodes(section: Section) -> list[Node]:
    """Leaves with their own rectification text, plus bare leaves styled like those."""
    split_unnumbered(section)
    nodes = section.walk()
    # (三)下一步工作打算 with 1.坚持思想不松… under it: the genre's closing part at any level lists no problems.
    framing = {id(n) for n in nodes if FRAMING_PART_RE.search(n.marker.rest if n.marker else n.heading)}
    if not section.heading and not section.framing_kept:  # the notice's parts numbered (1)(2) or ⒈⒉ rather than 一、
        framing.update(framing_roots(section.roots))  # are framed as sections are
    nodes = [n for n in nodes if not any(id(a) in framing for a in (*n.ancestors(), n)) or n.labels]
    leaves = [n for n in nodes if not n.children]
    own = {id(n) for n in leaves if n.has_body or _line_states_own_status(n)}
    if not own and leaves and _area_count(section.intro) == len(leaves):
        return leaves  # 本方面1个问题正在整改中 > 问题(二)关于“…”方面 > 第4项:<task>。 bare: the lead counts them
    with_body = {(n.style, len(n.ancestors())) for n in leaves if id(n) in own}
    if section.heading and heading_states_status(section.heading):  # 二、正在整改的问题 > 三是<task>。 alone: listed
        with_body.update((s, 0) for s in _WORD_STYLES)
    return [n for n in leaves if id(n) in own or n.is_problem or (n.style, len(n.ancestors())) in with_body]


def _line_states_own_status(node: Node) -> bool:
    """1.<problem>，已整改。 / 1.<problem>（已整改）。 with nothing below: the line states its own status, which is
    its rectification text (a township's shortest notices print each problem so, issue 19 point 2)."""
    if node.marker is None:
        return False
    if own_status_line(node.marker.rest):
        return True
    title, marked = trailing_status(node.marker.rest)  # 1.强化选人用人监督,已完成。: a task worded problem too (L04)
    return marked is not None and _task_headline(title)


def framing_roots(roots: list[Node]) -> set[int]:
    """The top headings framing the work, except one standing inside a run of others of its family that do not
    (4.压紧压实管党治党责任 between 3.<task> and 5.<task>): the genre's framing parts open or close the notice, so one
    amid the problems is a problem worded as a task (L04)."""
    found = [_framing_part(n) for n in roots]
    if not any(found):
        return set()  # most notices: no framing words at the top
    out: set[int] = set()
    for k, node in enumerate(roots):
        if not found[k]:
            continue
        before = any(not found[j] and roots[j].style == node.style for j in range(k))
        after = any(not found[j] and roots[j].style == node.style for j in range(k + 1, len(roots)))
        if not (before and after):
            out.add(id(node))
    return out


def framing_in_run(section: Section) -> bool:
    """Whether every top point worded like a framing part numbers one run with the problems beside it
    (1.压紧压实管党治党责任 > 2.<task> … 6.<task>, one family counting on from 1): a framing part stands in a
    family or a part of its own (1.提高政治站位 2.压实整改责任 before 一、<problem> 二、…), so only such a run may
    make it a problem."""
    framing = framing_roots(section.roots)
    styles = {n.style for n in section.roots if id(n) in framing}
    for style in styles:
        run = [n.marker.number if n.marker else None for n in section.roots if n.style == style]
        if len(run) - len([n for n in section.roots if n.style == style and id(n) in framing]) < 2:
            return False  # the family is the framing parts' alone
        if run != list(range(1, len(run) + 1)):
            return False
    return bool(styles)


def _framing_part(node: Node) -> bool:
    """A top heading that frames the work (提高政治站位,压实整改责任), as the genre's framing sections do."""
    rest = node.marker.rest if node.marker else node.heading
    if _aspect_like(node) or reads_as_problem(rest) or SECTION_PROGRESS_RE.search(rest):
        return False
    if CONTEXT_SECTION_RE.search(rest) is None:
        return False
    # 6.压紧压实管党治党责任【已销号】: a headline stating its own status is a problem; framing parts state none
    return trailing_status(lead_clause(rest)[0])[1] is None


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
        if any(is_problem_heading(n) for n in leaves) and not _family_names_areas(leaves):
            # 问题1:<area> over several 关于…的问题。 paragraphs each stating its own status (是否完成:是): the
            # paragraphs are the problems, the numbered heading their aspect
            if not (several and all(_states_status(c) for s in sentences for c in s[1])):
                continue
        elif not (several or any(_aspect_like(n) for n in leaves)):
            continue
        for node, (lead, children) in zip(leaves, sentences, strict=True):
            node.body, node.labels, node.lines = lead, [], lead  # a lead sentence stays the heading's own
            for child in children:
                child.parent = node
                node.children.append(child)


def _split_all(leaves: list[Node]) -> list[tuple[list[str], list[Node]]] | None:
    """Every leaf's unnumbered problem paragraphs, or None as soon as one leaf holds none (siblings read alike).

    Siblings read alike (issue 19 point 2) also the other way: once the paragraphs of some leaf read as problems by
    their wording, several under one heading, a sibling whose paragraph has no problem word (党组对下属单位监督管理
    宽松软) but stands in the same shape, a plain line with its own rectification field at once below it, holds a
    problem too (a district bureau's aspects over unnumbered problem lines, round 69).
    """
    found = [
        unnumbered_problems(node.lines, node.marker is not None and _status_heading(node.marker.rest))
        for node in leaves
    ]
    if all(split is not None for split in found):
        return [split for split in found if split is not None]
    if not any(split is not None and len(split[1]) >= 2 for split in found):
        return None
    shaped = [split or _shaped_problems(node.lines) for node, split in zip(leaves, found, strict=True)]
    return None if any(split is None for split in shaped) else [split for split in shaped if split is not None]


def _shaped_problems(lines: list[str]) -> tuple[list[str], list[Node]] | None:
    """A leaf's lines as problems by their shape alone: each a plain line of a headline's length, followed at once
    by its rectification field (整改情况: / 整改措施:), and the field's text up to the next such line."""
    children: list[Node] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        plain = not (LABEL_RE.match(line) or MEASURE_START_RE.match(line) or marker_of(line) or prose_found(line))
        if plain and len(line) <= 50 and RUNON_LABEL_RE.match(following):
            children.append(Node(line.rstrip("。.；;"), "sentence", None, None, is_problem=True))
        elif children:
            add_line(children[-1], line)
        else:
            return None
    return ([], children) if children and all(child.has_body for child in children) else None


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
    for node in leaves:
        first = node.lines[0]
        # the cheap precheck: a task headline or a lead sentence about the problems opens the leaf's lines
        opens = _opens_with_task(first) or "问题" in first or "事项" in first
        split = unnumbered_problems(node.lines, tasks=True) if opens else None
        if split is None:
            if _frames_work(node, section):
                continue
            return None
        found.append((node, split))
    if _family_names_areas(leaves):
        return found  # the family numbers areas (问题2:…方面存在的问题): one task under each is a problem
    if not any(len(children) >= 2 for _, (_, children) in found):
        return None
    return None if any(is_problem_heading(n) for n, _ in found) else found


def _family_names_areas(leaves: list[Node]) -> bool:
    """Siblings numbered alike, one of them naming an area (问题2:…方面存在的问题): a family met at a level is that
    level (issue 19 point 1), so 问题1:<shortcoming> beside it names an area too, not one problem."""
    return len(leaves) >= 2 and len({n.style for n in leaves}) == 1 and any(_aspect_like(n) for n in leaves)


def _states_status(node: Node) -> bool:
    """Whether a problem states its own status: a status field, a bracketed status, a closing prose sentence."""
    if any(label_status(label, value) for label, value in node.labels) or trailing_status(node.heading)[1]:
        return True
    return prose_status("\n".join(node.body)) is not None


def _aspect_like(node: Node) -> bool:
    """(一)在…方面 / (一)关于…方面问题: a heading that names an area, not one problem."""
    rest = node.marker.rest if node.marker else node.heading
    return bool(re.search(r"方面(?:的|存在的)?(?:问题)?[。.]?$", rest))


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


def word_task_lines(section: Section) -> bool:
    """Whether the section holds lines 一是<task>。 alone that its reading did not take as problems (a cheap precheck
    before the notice's counts are asked which level is the problems')."""
    return sum(1 for ln in section.lines if MEASURE_START_RE.match(ln)) > section.word_points
