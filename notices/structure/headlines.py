"""How a line reads: its headline and the text after it, and whether it words a problem, a task, a named
problem or a status (the tests every level decision asks)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import (
    CLAUSE_AFTER_PROBLEM,
    CN_DIGITS,
    DESCRIPTION_WRONGS_RE,
    EVIDENCE_OPENERS,
    FEEDBACK_QUOTE_RE,
    FIELD_VALUE_LIMIT,
    FINDING_DESCRIPTION_RE,
    FINDINGS_OPENERS,
    GUANYU_WRAPPER_RE,
    HEADLINE_WRAPPER_RE,
    LABEL_RE,
    LONGTERM_RE,
    MEASURE_LEADS,
    MEASURE_OPENING_RE,
    MEASURE_START_RE,
    MEASURES_FIELD_LABELS,
    PROBLEM_WORDING_RE,
    REMEDY_CLAUSE_RE,
    SECTION_DONE_RE,
    SECTION_LONGTERM_RE,
    SECTION_PARTIAL_RE,
    SECTION_PROGRESS_RE,
    SHORTFALL_FIGURES_RE,
    STATUS_CLAUSE_RE,
    TITLE_PREFIX_RE,
    TITLE_WRAPPER_RE,
    TITLE_WRAPPERS,
)
from ..numbering import NAMED_ENTRY_STYLES
from ..status import (
    bracketed_status,
    clause_status,
    heading_status,
    label_status,
    opening_bracket,
    prose_found,
    prose_status,
    trailing_status,
)
from ..status.words import OPENERS
from .nodes import Marker, Node, Section


def heading_states_status(heading: str) -> bool:
    """已完成的整改事项 / 需要继续整改的事项: a section grouping problems by status."""
    return bool(SECTION_PROGRESS_RE.search(heading) or SECTION_DONE_RE.search(heading))


def partial_section(text: str) -> bool:
    """(二)持续整改的问题(2个) / (二)取得阶段性成效的问题: a status section of the work going on, named by what was
    achieved so far (a city hospital's problems regrouped by status, round 36); it names no area of them."""
    return SECTION_PARTIAL_RE.search(text) is not None and heading_status(text) == "in_progress"


def longterm_section(text: str) -> bool:
    """(二)已完成整改并需长期坚持的问题: a status section of the long-term problems (a city 文旅局 党委, round 23),
    whose 已完成整改并 the done sections' words do not take; it groups problems by status, names no area of them."""
    return SECTION_LONGTERM_RE.search(text) is not None and heading_status(text) == "done_longterm"


def status_part(heading: str) -> bool:
    """三、已完成整改并需长期坚持的问题 / 三、取得阶段性成效、需持续整改的问题: a part of the notice grouping
    its problems by a status the plain done and open words do not take (kept up after done, results begun), as
    heading_states_status groups them by those; a city 住房公积金 centre's notice prints its problems in such parts,
    二、 to 四、, with no aspect printed (round 112). The part names its problems' noun (的问题, 事项, 任务, a count
    after it at times), never an area: 一、党的建设方面（已完成，需长期坚持） is an aspect stating its status."""
    if "方面" in heading or _STATUS_PART_NOUN_RE.search(heading) is None:
        return False
    if partial_section(heading):
        return True
    # kept up in any of the genre's words for it (已整改到位并常态化推进的问题), as a problem's own status takes them
    if LONGTERM_RE.search(heading) or SECTION_LONGTERM_RE.search(heading):  # or a part's own (长效坚持的问题)
        return heading_status(heading) == "done_longterm"
    # a result reached and kept up (已完成整改并持续巩固的问题, round 111) or the mechanism set up to keep it
    # (已完成并建立长效机制的问题, round 132): done, in the framing parts' words
    kept = "巩固" in heading or "深化" in heading or ("长效" in heading and "机制" in heading)
    return kept and heading_status(heading) == "done"


_STATUS_PART_NOUN_RE = re.compile(r"(?:问题|事项|任务)(?:[(（][^()（）]{1,12}[)）])?[。.:：]?$")


def lead_clause(text: str) -> tuple[str, str]:
    """'组织建设滞后。召开会议…' → ('组织建设滞后', '召开会议…'): the first sentence and the rest.

    A sentence does not end inside a quotation: 一是关于“<headline>。<facts>”问题的整改 quotes a whole finding.
    """
    quoted = "“" in text
    for stop in _SENTENCE_STOP.finditer(text):
        i = stop.start()
        opened = text.rfind("“", 0, i) if quoted else -1
        if opened != -1 and text.find("”", opened, i) == -1 and text.find("”", i) != -1:
            continue  # inside an open quote that closes later
        return text[:i].strip(), text[i + 1 :].strip()
    return text.strip(), ""


_SENTENCE_STOP = re.compile(r"[。；;!！?？]")


def wrapped_headline(text: str) -> tuple[str, str]:
    """'(1)关于…问题。一是…' → the 关于/对于/针对…问题 wrapper and the rectification text after it.

    The wrapper is the whole title even when the problem it quotes holds a 。 of its own (L03).
    """
    m = HEADLINE_WRAPPER_RE.match(text)
    if m:
        return text[: m.end()].rstrip("：:,，"), text[m.end() :].strip()
    if text[:1] in OPENERS:
        # 【已整改到位】关于“<problem>”的问题，<measures>: the item's status first (a status sentence set in brackets by
        # normalize, or printed so: issue 19's round 168), then the wrapper; the status stays with the headline
        rest, status = opening_bracket(text)
        if status is not None and (m := HEADLINE_WRAPPER_RE.match(rest)):
            end = len(text) - len(rest) + m.end()
            return text[:end].rstrip("：:,，"), text[end:].strip()
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
        if not node.children:
            split_headline(node)


def split_headline(node: Node) -> None:
    """Split a numbered leaf's line into its headline and the rectification text run on after it."""
    if node.marker is None or quotes_whole_finding(node.marker.rest):
        return
    title, tail = short_headline(node.marker.rest) if node.has_body else headline(node.marker.rest)
    if tail and title == lead_clause(node.marker.rest)[0] and (facts := facts_kept(title, tail, node.labels)):
        if facts == len(tail):
            return  # the paragraph is the problem's title whole
        title, tail = node.marker.rest[: len(node.marker.rest) - len(tail) + facts], tail[facts:].lstrip("。.")
    if tail and _details_after_colon(node.marker.rest, title, tail, node.labels):
        return  # <problem>:①<detail>;②<detail>。 above its own measures field: the details are the problem's
    if tail:
        node.marker = Marker(node.marker.style, node.marker.label, title)
        node.body.insert(0, tail)


# The points a problem's headline enumerates after its colon: ①… / (1)… / 1.… / 一是…
_DETAIL_POINT_RE = re.compile(rf"^(?:[①-⑳]|\(\d{{1,2}}\)|\d{{1,2}}[.、]|[{CN_DIGITS}]{{1,3}}是)")


def _details_after_colon(text: str, title: str, tail: str, labels: list[tuple[str, str]]) -> bool:
    """'<problem>:①<detail>;②<detail>。' above its own 整改措施:/整改情况: field: the problem's sub-points listed
    inline under one rectification and one status (a college's notice under 省委巡视, round 86), not measures run on
    after a colon headline, which the field below holds. Points reporting work done or a status are measures."""
    if text[len(title) : len(title) + 1] not in ":：" or _DETAIL_POINT_RE.match(tail) is None:
        return False
    points = (_DETAIL_POINT_RE.sub("", point) for point in re.split(r"[;；]", tail.rstrip("。")) if point)
    return _measures_field(labels) and all(reads_as_facts(point) for point in points)


def facts_kept(title: str, tail: str, labels: list[tuple[str, str]]) -> int:
    """'<problem>。<more sentences>' above its own 整改情况:/整改措施: field (`labels`, the problem's fields): the
    measures stand in the field, so the sentences after the first are the problem's facts and the paragraph its title
    whole (../shared/gold 000 and 001, layouts L03), whatever their words (issue 19 point 3: decided by the
    structure, where the description lexicon knows no word of them: 经调阅…, 挤占…, 3个月才拨付…, rounds 71 and 72).
    The facts end where a sentence opens with a measure's verb (组织…, 开展…, 一是…: lexicon MEASURE_LEADS), reports
    work done (已…), a status in brackets or states a status (a page that lost the break after the facts runs the
    problem's status sentence on after them). Returns how many characters of `tail` are facts: 0 for none (also after
    a first sentence stating its own status), len(tail) for all."""
    if not _measures_field(labels) or trailing_status(title)[1] is not None or _wrapped_title(title) is not None:
        return 0
    kept = 0
    while kept < len(tail):
        sentence, rest = lead_clause(tail[kept:])
        if not sentence or not reads_as_facts(sentence):
            break
        kept = len(tail) - len(rest) if rest else len(tail)
    return kept if kept == len(tail) else len(tail[:kept].rstrip())


def reads_as_facts(sentence: str) -> bool:
    """A sentence after a problem's headline that is no measure, work done or status (facts_kept)."""
    if MEASURE_START_RE.match(sentence) or sentence.startswith(("(", "（", "【", "[", "〔", *MEASURE_LEADS)):
        return False  # 一是… / (已完成) / 组织…学习: what was done
    return "已" not in sentence and not prose_found(sentence) and prose_status(sentence) is None


def _measures_field(labels: list[tuple[str, str]]) -> bool:
    """A field holding the problem's measures (lexicon MEASURES_FIELD_LABELS) over its text: a value left empty (the
    text on the lines below), longer than a status column's cell (FIELD_VALUE_LIMIT) unless its words are a status
    clause whole (完成情况:已完成整改,并转入常态化监督。), or short and stating no status."""
    return any(
        label in MEASURES_FIELD_LABELS
        and (not value or _longer_than_a_status(value) or label_status(label, value) is None)
        for label, value in labels
    )


def _longer_than_a_status(value: str) -> bool:
    return len(value) > FIELD_VALUE_LIMIT and STATUS_CLAUSE_RE.match(f",{value}") is None


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
        and not _opens_with_evidence(rest)
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
        and (
            MEASURE_START_RE.match(rest) is not None
            or not (_finding_described(lead_clause(rest)[0]) or _names_wrong(lead_clause(rest)[0]))
        )
        and not _opens_with_evidence(rest)
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
        or _names_wrong(sentence)
    )


def _names_wrong(sentence: str) -> bool:
    """A wrong the headline's lexicon leaves out (挤占了服务群众的时间, 在部分社区再次出现: lexicon
    DESCRIPTION_WRONGS_RE), told with no work done: more of the problem's facts (round 71)."""
    return DESCRIPTION_WRONGS_RE.search(sentence) is not None and "已" not in sentence


_CLAUSE_CUT_RE = re.compile(r"[,，;；]")


def _opens_with_evidence(rest: str) -> bool:
    """Facts that open by where they were found (经调阅有关资料,…; 抽查发现,…: lexicon EVIDENCE_OPENERS) and report no
    work done: more of the problem above its 整改情况: line (a street's notice, round 71), not its measures."""
    return rest.startswith(EVIDENCE_OPENERS) and "已" not in lead_clause(rest)[0]


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


# Asked of the same headlines and leads by the tree, the levels, the word numbering and the items: cached for one
# notice (forget_lines)
@lru_cache(maxsize=1024)
def reads_as_problem(text: str, limit: int = 60) -> bool:
    """A short statement of a shortcoming (不到位, 有差距, 滞后), not an action or a framed measure."""
    lead = lead_clause(text)[0]
    if lead.startswith(("针对", "对于")):
        # 1.针对城市精细化管理水平不高的问题。一是…: a headline that is wholly the 针对…的问题 wrapper names the
        # problem when what it wraps is a shortcoming (a city bureau's notice, round 15); 针对巡察反馈的问题 frames.
        # 对于 opens measures too (对于发现的问题，立即…), so it wraps a problem only so, whole (第一条:对于…的问题。
        # under a part heading naming no shortcoming: a generated draw)
        wrapped = _wrapped_title(lead)
        if wrapped is not None:
            return len(wrapped) <= limit and PROBLEM_WORDING_RE.search(wrapped) is not None
    quoted = _wrapped_title(lead) if "“" in lead else None  # a quoted finding is as long as its headline
    if not lead or len(lead_clause(quoted)[0] if quoted else lead) > limit or MEASURE_OPENING_RE.match(lead):
        return False
    wording = REMEDY_CLAUSE_RE.sub("", lead) if "问题" not in lead[-2:] else lead
    return PROBLEM_WORDING_RE.search(wording) is not None or bool(_wrapped_title(lead))


_TITLE_WRAPPER_FIRST = frozenset('关对针“"「')  # the characters TITLE_WRAPPERS' patterns open on


def _wrapped_title(text: str) -> str | None:
    """The problem inside 关于“…”问题的整改情况 / 针对“…”的问题 / 关于…的问题, if the text is one."""
    if text[:1] not in _TITLE_WRAPPER_FIRST:
        return None  # the cheap precheck: every wrapper opens on one of these (six patterns tried in vain otherwise)
    for pattern in TITLE_WRAPPERS:
        m = pattern.match(text)
        if m:
            return m["t"]
    return None


def unfielded(rest: str) -> str:
    """A point's words without the field naming its headline (A.问题表现:<task>。 / B.存在问题:<task>。 → <task>。): a
    problem given as a field of its point, the field's name no part of its headline."""
    if "问题" not in rest[:6]:
        return rest  # the cheap precheck: every such field's name holds 问题 in its first characters
    field = TITLE_PREFIX_RE.match(rest)
    return rest[field.end() :] if field else rest


def _names_itself(text: str) -> bool:
    """A sentence calling what it speaks of 该问题/此问题: a problem's own text, never a measure's."""
    return "该问题" in text or "此问题" in text


def _aspect_words(rest: str) -> bool:
    return re.search(r"方面(?:的|存在的)?(?:问题)?[。.]?$", rest) is not None


def _closes_with_prose(block: list[str]) -> bool:
    """A point's own text (the rest of its line, its lines below) holds a sentence stating the problem's status."""
    return any(prose_status(ln) is not None for ln in block if ln)


# A task headline (at most 20 characters, _task_headline) and the status clause after it (,已完成,需长期坚持).
_TASK_WITH_STATUS = 36


def _task_headline(lead: str) -> bool:
    """A short task-worded headline (加强干部队伍建设): one phrase, not an action frame or a status sentence."""
    return 2 < len(lead) <= 20 and not any(ch in lead for ch in ",，、:：") and not MEASURE_OPENING_RE.match(lead)


def _names_problem(lead: str) -> bool:
    """'…不到位问题' / '针对“…”的问题': a clause printed as the name of one problem, not a measure's sentence."""
    if _wrapped_title(lead) is not None:
        return True
    return lead.endswith("问题") and reads_as_problem(lead[:-2].removesuffix("的"), limit=50)


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
    head, after = _run_on_after_problem(lead_clause(rest)[0], "")
    if after and reads_as_problem(head.removesuffix("问题"), limit=50):
        return False  # 二、<shortcoming>问题该问题正在推进整改。: one problem, its status sentence glued after its 问题
    # <shortcoming>,未完成。: one problem whose status is a trailing clause; a group heading's status words
    # qualify its 事项/问题 instead (尚未完成整改的问题), so no clause splits off from it; its first sentence alone,
    # as the heading's line may run on into the text (二、…问题,未整改到位。一是…: an inline layout)
    title, marked = trailing_status(lead_clause(rest)[0])
    return marked is None or heading_states_status(title)


# A problem named whole at the start of a heading's text (针对“…”的问题 / 关于“…”问题的整改): what follows it is that
# problem's own text, whether or not a mark closes the name.
_NAMED_PROBLEM_RE = re.compile(r"(?:关于|针对|对于)[“\"][^“”\"]{2,60}[”\"](?:的)?问题(?:的整改(?:情况)?)?")


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


def _aspect_like(node: Node) -> bool:
    """(一)在…方面 / (一)关于…方面问题: a heading that names an area, not one problem."""
    rest = node.marker.rest if node.marker else node.heading
    return bool(re.search(r"方面(?:的|存在的)?(?:问题)?[。.]?$", rest))
