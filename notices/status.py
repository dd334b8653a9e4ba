"""Status of an item, from its own marker or its section heading, and evidence of pending work."""

from __future__ import annotations

import re

from .lexicon import (
    DEADLINE_LABELS,
    DEADLINE_VALUE,
    DONE_LABELS,
    DONE_RE,
    FIELD_VALUE_LIMIT,
    IN_PROGRESS_RE,
    LEAD_SUBJECT_RE,
    LONGTERM_RE,
    MAYBE_STATUS_LABELS,
    PARTIAL_DEFINED_DONE_RE,
    PARTIAL_DONE_RE,
    PENDING_RE,
    PROSE_DONE_RE,
    PROSE_PROGRESS_RE,
    SECTION_DONE_RE,
    SECTION_LONGTERM_RE,
    SECTION_PARTIAL_RE,
    SECTION_PROGRESS_RE,
    STATUS_CLAUSE_RE,
    STATUS_LABELS,
    STATUS_LAG_RE,
    STATUS_LEAD_CLAUSE_RE,
    STATUS_ONLY_RE,
    STATUS_PARTS,
    STATUS_PARTS_NOT_SHORT,
    STATUS_RESULT_DONE_RE,
    STATUS_SHORTFALL_RE,
    YES_NO_LABELS,
)
from .model import Status
from .numbering import number_of

# Brackets the genre prints a status in, before or after a problem's title: (已完成) [正在推进] 【已销号】 〔未完成〕.
STATUS_BRACKETS = (("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("「", "」"), ("<", ">"), ("《", "》"))
_OPEN = "".join(re.escape(o) for o, _ in STATUS_BRACKETS)
_CLOSE = "".join(re.escape(c) for _, c in STATUS_BRACKETS)
_OPENERS = frozenset(o for o, _ in STATUS_BRACKETS)
_CLOSERS = frozenset(c for _, c in STATUS_BRACKETS)
_TRAILING_STATUS_RE = re.compile(rf"[{_OPEN}]\s*(?P<s>[^{_OPEN}{_CLOSE}]{{2,12}})\s*[{_CLOSE}]\s*[。.;；]?$")
_LEADING_STATUS_RE = re.compile(rf"^[{_OPEN}]\s*(?P<s>[^{_OPEN}{_CLOSE}]{{2,12}})\s*[{_CLOSE}]\s*")


# 整改状态：完成 (034); also after the measures it names (整改进度:第一项、第二项完成, as 002 names them).
_BARE_DONE_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}项[、,，和及]?)*(?:已)?(?:完成|办结|销号|整改)[。.]?$")


def classify_status(text: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """Status words in a short marker: 已完成 → done, …并长期坚持 → done_longterm, 正在推进 → in_progress.

    阶段性完成, 基本完成 and 视同完成 are in progress unless the notice defines them as done
    (`defined_done`, read by `partial_words_defined_done`).
    """
    if "“" in text or '"' in text:
        text = _QUOTE_MARKS_RE.sub("", text)  # 已“清零” / 已“销号”: a page quotes the ledger's word (issue 19, round 7)
    partial = PARTIAL_DONE_RE.search(text)
    if partial and partial.group() in defined_done:
        return "done"
    if IN_PROGRESS_RE.search(text) or partial:
        return "in_progress"
    if len(text) <= _MARKER_LIMIT and (STATUS_SHORTFALL_RE.search(text) or STATUS_LAG_RE.match(text)):
        return "in_progress"  # 整改不彻底 / 未得到有效整改 as the whole marker; a problem's longer words are not read
    done, longterm = DONE_RE.search(text), LONGTERM_RE.search(text)
    if done is not None and _aimed(text, done.start()):
        done = next((m for m in DONE_RE.finditer(text, done.end()) if not _aimed(text, m.start())), None)
    if longterm:
        return "done_longterm"
    if done or _BARE_DONE_RE.match(text.strip()):
        return "done"
    if len(text) <= _MARKER_LIMIT and STATUS_RESULT_DONE_RE.fullmatch(text.strip().rstrip("。.")):
        return "done"  # 落实到位 / 整改实现闭环 as the whole marker; a measure's 确保整改落实到位 is not read
    return None


# Quote marks a page sets around the status word it borrows from the ledger (已“清零”, 已“销号”, “已完成”).
_QUOTE_MARKS_RE = re.compile('[“”"]')


# The aim of the work, not its status: a done phrase after 确保/力争/预计… in its clause (整改情况：确保整改落实到位 /
# 力争年底前完成整改 / 整改进度：确保按期完成): measures and plans of the genre state what the work is to reach.
_AIM_RE = re.compile(r"确保|力争|争取|保证|务必|力求|预计|计划于|拟于|将于")
_AIM_REACH = 10
_CLAUSE_MARKS = "，,。；;"


def _aimed(text: str, at: int) -> bool:
    """Whether an aim word stands before text[at] in the same clause, at most _AIM_REACH characters back."""
    start = max(0, at - _AIM_REACH)
    if _AIM_RE.search(text, start, at) is None:
        return False  # most done phrases: no aim word near them, the clause need not be found
    last = [m.start() for m in _AIM_RE.finditer(text, start, at)][-1]
    cut = max(text.rfind(mark, last, at) for mark in _CLAUSE_MARKS)
    return cut == -1  # no clause mark between the aim word and the done phrase


# The longest marker a shortfall is read in (整改工作尚未启动。, 未得到有效整改到位): a bracket, a field or a closing
# sentence of nothing but the status.
_MARKER_LIMIT = 12


def partial_words_defined_done(text: str) -> frozenset[str]:
    """Partial-completion words the notice itself counts as done ("阶段性完成的问题视为已完成")."""
    return frozenset(m["w"] for m in PARTIAL_DEFINED_DONE_RE.finditer(text))


def prose_status(text: str) -> Status | None:
    """A sentence of the rectification text stating the problem's own status (目前该问题已整改完成).

    The genre closes the text with it, so only the closing sentences are read (also keeps it fast).
    """
    last = text[text.rfind("\n") + 1 :][-120:]  # the last paragraph: a measure's "目前已整改" is not the item's
    if last.rstrip("。.;； ")[-1:] in _CLOSERS:
        # …修订办法。(已完成,长期坚持): the paragraph closed by its status in brackets (a provincial enterprise's form)
        bracketed = bracketed_status(last)[1]
        if bracketed is not None:
            return bracketed
    # Or a paragraph of its own that is nothing but the statement, printed before the measures (目前,该问题已
    # 整改完成。\n<measures>): short, so a measure's clause inside a longer paragraph is not read.
    first = text[: text.find("\n")] if "\n" in text else ""
    closing = prose_found(last) or _closing_status_sentence(last) is not None
    text = last if closing or not (0 < len(first) <= _OWN_LINE_LIMIT) else first
    progress, done = PROSE_PROGRESS_RE.search(text), PROSE_DONE_RE.search(text)
    if not (progress or done):
        return _closing_status_sentence(text) or opening_status_sentence(text)
    if progress and done:
        return "in_progress" if progress.start() > done.start() else "done"  # the later statement wins
    if progress:
        return "in_progress"
    if done and "%" in text and (share := _SHARE_AFTER_RE.match(text, done.end())) and share["n"] != "100":
        return "in_progress"  # 该问题已完成整改任务的80%: a share of the work, not all of it (issue 19, round 7)
    if done and LONGTERM_RE.search(text, done.end()):
        return "done_longterm"  # 目前,该问题已完成整改,并将长期坚持
    return "done" if done else None


_SHARE_AFTER_RE = re.compile(r"(?:任务|工作|进度)?(?:的)?(?P<n>\d{1,3})(?:\.\d+)?%")
_OWN_LINE_LIMIT = 30
# A rectification text closed (or opened, on a line of its own) by a sentence that is nothing but a status,
# its subject left out (整改情况:修订…制度。已完成整改。 / …每月调度一次。正在整改。): a county bureau's notice
# (婺城区, https://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html) states each so.
_CLOSING_SENTENCE_LIMIT = 8
_LED_SENTENCE_LIMIT = 24


def _closing_status_sentence(text: str) -> Status | None:
    """The status of a short last sentence of the paragraph (or the short paragraph itself), if it is one."""
    body = text.rstrip("。.;；!！ ")
    cut = max(body.rfind("。"), body.rfind("；"), body.rfind(";"))
    sentence = body[cut + 1 :]
    if sentence.endswith(("%", "％")) and (share := _PERCENT_FIELD_RE.search(sentence)):
        return "done" if float(share["p"]) >= 100 else "in_progress"  # …建立核查制度。完成进度：100%
    named = time_led = False
    if sentence[:1] in _SUBJECT_FIRST:
        bare = _SUBJECT_PREFIX_RE.sub("", sentence, count=1)  # 目前，此项整改已完毕 → 已完毕
        named = _NAMES_THE_PROBLEM_RE.search(sentence, 0, len(sentence) - len(bare)) is not None
        time_led = len(bare) < len(sentence)
        sentence = bare
    if named and len(sentence) <= FIELD_VALUE_LIMIT:
        # 目前，该问题已清退 / 此问题正在协调 / 该问题整改实现闭环: the sentence names the problem itself, then its
        # status in words no family lists, read by its parts (a bare 已<verb> only as a short marker: 已清退)
        stated = len(sentence) <= _ASPECT_MARKER_LIMIT and sentence.startswith(_ASPECT_WORDS)
        found = classify_status(sentence) or parts_status(sentence, stated=stated)
        if found is not None:
            return found
    elif time_led and _time_led_status(sentence) is not None:
        return _time_led_status(sentence)
    if (at := sentence.find("工作", 0, _WORK_SUBJECT_LIMIT)) > 0 and sentence.startswith(_STATUS_STARTS, at + 2):
        sentence = sentence[at + 2 :]  # 干部培训工作尚在持续开展 / 相关工作正在推进: the work named, then its status
    if (
        _CLOSING_SENTENCE_LIMIT < len(sentence) <= _STATED_SENTENCE_LIMIT
        and sentence.startswith(_STATUS_STARTS)
        and not ("，" in sentence or "," in sentence)
        and not _reports_work(sentence)
    ):
        return classify_status(sentence)  # 已于2025年5月整改到位 / 已整改完成并长期坚持: nothing but the status
    if len(sentence) > _CLOSING_SENTENCE_LIMIT and ("，" in sentence or "," in sentence):
        led = STATUS_LEAD_CLAUSE_RE.match(sentence) if len(sentence) <= _LED_SENTENCE_LIMIT else None
        if led is None:  # 基本完成整改，将持续推进: the status, then what comes next
            found = _status_clause(sentence)
            # 已全面完成整改，并长期坚持 / 已整改到位，纳入日常监督长期抓: done, then a clause keeping it up (an
            # autonomous county's and a police bureau's notices)
            after = max(sentence.find("，"), sentence.find(","))
            return "done_longterm" if found == "done" and LONGTERM_RE.search(sentence, after) else found
        status = classify_status(led["s"])
        return "done_longterm" if status == "done" and LONGTERM_RE.search(sentence, led.end("s")) else status
    if not 2 <= len(sentence) <= _CLOSING_SENTENCE_LIMIT:
        return None
    return classify_status(sentence)


def _time_led_status(sentence: str) -> Status | None:
    """目前，已列入计划逐步解决 / 目前，整改进入收尾阶段: after the time, a short status read by its parts. A report
    of work done (截至目前已完成专项检查3次, 目前已清退2人) is the measures' last word, not the problem's status."""
    if len(sentence) > FIELD_VALUE_LIMIT or not sentence.startswith(STATUS_PARTS["opening"]):
        return None
    if _reports_work(sentence) or any(ch.isdigit() for ch in sentence):
        return None
    return parts_status(sentence)


# A closing sentence whose first or last clause is its subject and a status, the other clause the work it speaks of
# (该项整改正在深化中，作风建设长效机制还在完善 / 属长期整改事项，目前正按计划有序推进 / 收费系统改造还未完成，
# 整改仍在进行 / 上述整改举措均已落实，问题已解决): a city commission's, a township's and a provincial commission's
# notices close their texts so (issue 19's sixth batch). A clause counts only when, its subject set aside, it opens
# with a status word and is short: a measure's purpose (确保整改到位, 推动问题解决) opens with its verb and is not read.
_CLAUSE_SUBJECT_RE = re.compile(
    r"^(?:目前|截至目前|现|当前)?[,，]?(?:(?:该|此|本|这)?(?:个|项)?(?:问题|整改任务|整改事项|整改工作|整改|任务|事项))?"
    r"(?:目前|现)?[,，]?"
)
_CLAUSE_STARTS = ("已", "正", "仍", "尚", "还在", "未", "按计划", "持续", "整改")
_STATUS_CLAUSE_LIMIT = 9


def _status_clause(sentence: str) -> Status | None:
    """The status of the first or the last clause of a sentence, when one of them is a subject and a status."""
    clauses = _COMMA_RE.split(sentence)
    for clause in (clauses[0], clauses[-1]):
        bare = _CLAUSE_SUBJECT_RE.sub("", clause, count=1) if clause[:1] in _CLAUSE_SUBJECT_FIRST else clause
        if (at := bare.find("工作", 0, _WORK_SUBJECT_LIMIT)) > 0 and bare.startswith(_CLAUSE_STARTS, at + 2):
            bare = bare[at + 2 :]  # 清欠工作仍在持续: the work named, then its status
        short = 2 <= len(bare) <= _STATUS_CLAUSE_LIMIT
        if short and bare.startswith(_CLAUSE_STARTS) and not _reports_work(bare) and (found := classify_status(bare)):
            return found
    # 截至2024年6月底，该问题已整改完成，下一步将持续巩固整改成果 / 经过整改，此项工作已全部整改到位，并建立长效机制:
    # a lead-in of time or means, the status, then what comes next. The first clause of status words alone that does
    # not speak of what comes next (将持续推进, 并建立…) states the status.
    for clause in clauses:
        if 2 <= len(clause) <= _COMPOSED_CLAUSE_LIMIT and not clause.startswith(_WHAT_COMES_NEXT):
            if _LONGTERM_TAIL_RE.match(clause):
                continue  # …每学期开展一次专项检查，长期坚持: the routine kept up, no status of its own (L04)
            if STATUS_ONLY_RE.fullmatch(clause) and (found := classify_status(clause)):
                return found
    return None


_COMPOSED_CLAUSE_LIMIT = 16
_WHAT_COMES_NEXT = ("将", "并将", "下一步", "下步", "今后", "后续", "需", "需要", "仍需", "还需", "并")


_CLAUSE_SUBJECT_FIRST = frozenset("目截现当该此本这问整任事")
_COMMA_RE = re.compile(r"[，,]")


# A closing sentence may name what it speaks of before the status (目前，此项整改已完毕 / 该项任务正在整改中 /
# 此问题已清零: the courts' and schools' notices of issue 19's fourth batch): the time word and the subject are not
# status words, so they are set aside before the sentence is read.
_SUBJECT_FIRST = frozenset("目截现当该此本这")
_SUBJECT_PREFIX_RE = re.compile(
    r"^(?:目前|截至目前|现|当前)?[,，]?(?:(?:该|此|本|这)(?:个|项)?(?:问题|整改任务|整改事项|整改工作|整改|任务|事项|工作)?)?"
    r"(?:目前|现)?[,，]?"
)
# A status sentence opens with a status word; its length with a date or a manner inside (已于2025年5月整改到位).
# Also all of them, or the degree, before the status (均已完成80%以上, 均在有序办理, 基本都得到了有效解决): a design
# institute's, a district office's and a county's reports (issue 19, round 7).
_STATUS_STARTS = (
    "已",
    "正在",
    "仍",
    "尚",
    "未",
    "按计划",
    "持续",
    "整改",
    "完成",
    "均已",
    "均在",
    "都已",
    "都在",
    "基本",
    # issue 19's eleventh round (phrases_round11): results only begun (目前，该问题取得阶段性办理成效) and the date
    # that cannot be met (该问题难以按原定时限完成): the status families of those words (IN_PROGRESS_RE, STATUS_LAG_RE)
    "取得",
    "难以",
    "无法",
    "达到",  # 达到序时进度仍在推进 (a city's environmental-inspection ledger) / 达到整改要求 (DONE_RE)
    "没有",  # 没有达到序时进度要求 (issue 19's thirteenth round: a national daily's inspection report; STATUS_LAG_RE)
)
_STATED_SENTENCE_LIMIT = 16
_WORK_SUBJECT_LIMIT = 10


def opening_status_sentence(text: str) -> Status | None:
    """A text opened by a sentence that is nothing but a status (已整改。村党支部制定…): a village's notice prints
    '一是<problem>。已整改。<what was done>' as one paragraph."""
    end = text.find("。", 1, _CLOSING_SENTENCE_LIMIT + 1)
    return classify_status(text[:end]) if end > 1 and _BARE_STATUS_RE.fullmatch(text[:end]) else None


# Nothing but status words (已整改, 正在整改, 已完成整改, 基本完成): a sentence of them states a status.
_BARE_STATUS_RE = re.compile(
    r"(?:目前)?(?:已经?|正在|尚未|未|基本|阶段性)?(?:整改|完成|办结|销号)(?:整改|完成|到位|中)?"
)


def prose_found(text: str) -> bool:
    """Whether the text holds a prose statement of a problem's status (目前该问题已整改完成)."""
    return bool(PROSE_PROGRESS_RE.search(text) or PROSE_DONE_RE.search(text))


def lead_status(lines: list[str], defined_done: frozenset[str] = frozenset()) -> Status | None:
    """A section's lead sentence about all its problems ("共计12个问题已全部整改完成", "以下问题正在推进").

    Only sentences that speak of all of them (全部, 均, 以下, 共计) count; a sentence counting one or
    several statuses (已完成10个，正在整改2个) is a claim about part of them, not a section's status.
    """
    found: set[Status] = set()
    for line in lines[:3]:
        for sentence in re.split(r"[。；;]", line):
            if not (LEAD_SUBJECT_RE.search(sentence) and _ALL_OF_THEM_RE.search(sentence)):
                continue
            if _COUNT_AFTER_STATUS_RE.search(sentence):
                continue
            composed = status_suffix(sentence) if "第" not in sentence else None  # 第1、2个已完成…: by number
            if composed is not None:  # 以下问题尚未完成整改: status words alone close the sentence, negations and all
                found.add(composed)
                continue
            kinds = {k for k, rx in _KINDS if rx.search(sentence)}
            if len(kinds) == 1:
                found.add(classify_status(sentence, defined_done) or "unstated")
    found.discard("unstated")
    return found.pop() if len(found) == 1 else None


# 本方面/该方面 names the whole aspect the lead sentence sits under, as 全部 names all its problems.
_ALL_OF_THEM_RE = re.compile(r"全部|均已|均在|均|以下|下列|上述|以上|前述|共计|所有|各项|这些|[本该此这]方面")
_COUNT_AFTER_STATUS_RE = re.compile(
    r"(?:完成|整改|推进|到位|销号)(?:整改)?(?:的问题)?\s*[\d一二三四五六七八九十两]+\s*[个项条件]"
)
_KINDS = (("progress", IN_PROGRESS_RE), ("partial", PARTIAL_DONE_RE), ("done", DONE_RE), ("longterm", LONGTERM_RE))


# A closing sentence after an aspect's last problem, speaking back of all of them (以上3个问题已全部完成整改。/ 上述问题
# 正在持续推进整改。): a county hospital's notice states its statuses once per aspect so.
_BACK_REFERENCE = ("以上", "上述", "前述")


def closing_summary_status(line: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """The status a closing sentence states of all the problems above it, if the line is one."""
    if not line.startswith(_BACK_REFERENCE) or "问题" not in line or len(line) > 60:
        return None
    return lead_status([line], defined_done)


def heading_status(heading: str) -> Status | None:
    """Status stated by a section heading such as 集中整改期内已完成的整改事项 or 需要继续整改的事项."""
    tail = _HEADING_TAIL_RE.search(heading)
    composed = status_suffix(heading[: tail.start()]) if tail else None
    if composed == "done_longterm" and SECTION_PROGRESS_RE.search(heading):
        return "in_progress"  # 需要长期坚持整改的事项: the work goes on (L04), unlike 已完成并长期坚持的问题
    if composed is not None:
        return composed  # 尚未完成整改的问题 / 已全部整改到位的问题: the status words before the noun, composed freely
    apart = _status_set_apart(heading)
    if apart is not None:
        return apart
    if (SECTION_PROGRESS_RE.search(heading) or SECTION_PARTIAL_RE.search(heading)) and not SECTION_DONE_RE.search(
        heading
    ):
        return "in_progress"
    if SECTION_LONGTERM_RE.search(heading):
        return "done_longterm"
    if SECTION_DONE_RE.search(heading):
        return "done"
    return None


def _status_set_apart(heading: str) -> Status | None:
    """A heading's status set apart from what it names: in closing brackets (立行立改类问题（已全部整改完成）, 党建方面
    （共1个问题，已完成整改）), after a colon or a comma (党的建设方面：已完成整改 / 财务管理方面，1个问题正在整改), or
    as the whole heading (一、已办结 / 二、已完成整改（1个）). A clause there of status words alone states the status
    of every problem below; an aspect's own words (深化改革，持续推进) never end in one after its 方面."""
    text = _HEADING_MARKER_RE.sub("", heading.strip().rstrip("。.:："), count=1)
    text = _COUNT_BRACKET_RE.sub("", text)  # （1个） counts what follows, it states nothing
    if text[-1:] in _CLOSERS:
        inside = text[max(text.rfind(o) for o in _OPENERS) + 1 : -1]
        return _counted_status(inside.rsplit("，", 1)[-1].rsplit(",", 1)[-1])
    for mark in ("：", ":", "，", ","):
        at = text.rfind(mark)
        if at > 0 and text[:at].endswith(_ASPECT_ENDS):
            return _counted_status(text[at + 1 :])
    return _counted_status(text) if STATUS_ONLY_RE.fullmatch(text) else None


def _counted_status(clause: str) -> Status | None:
    """共1个问题已完成整改 / 均已整改到位 / 正在推进 → its status: status words alone, after a count if any."""
    clause = _COUNT_LEAD_RE.sub("", clause.strip(), count=1)
    return classify_status(clause) if clause and STATUS_ONLY_RE.fullmatch(clause) else None


_HEADING_MARKER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,3}\s*[.、])"
)
_COUNT_BRACKET_RE = re.compile(r"[(（]\s*共?\s*[\d一二三四五六七八九十两]+\s*[个项条](?:问题|事项)?\s*[)）]$")
_COUNT_LEAD_RE = re.compile(r"^(?:共|其中)?[\d一二三四五六七八九十两]+\s*[个项条](?:问题|事项)?[,，]?")
_ASPECT_ENDS = ("方面", "问题", "事项", "类")


# A status heading names what it groups after the status words (…的问题, 的整改事项（2个）, 问题清单：).
_HEADING_TAIL_RE = re.compile(
    r"的?(?:整改)?(?:问题|事项|任务)(?:清单)?\s*(?:[(（]?共?[\d一二三四五六七八九十两]+\s*[个项条][)）]?)?\s*[。:：]?$"
)


def status_suffix(text: str) -> Status | None:
    """The status of the longest closing run of status words alone (集中整改期内|已完成, 以下问题|均已整改到位)."""
    text = text.rstrip("。.;；:：,， ")
    if text[-1:] not in _CLAUSE_LAST:
        return None  # the cheap precheck: status words end on one of these characters
    for start in range(max(0, len(text) - _CLAUSE_REACH), len(text) - 1):
        if STATUS_ONLY_RE.fullmatch(text, start):
            return classify_status(text[start:])
    return None


def field_value_status(value: str) -> Status | None:
    """The status a status column's short value states by its parts (已清退 → done, 筹备中 / 已启动 → in progress)."""
    return parts_status(value, stated=True)


def parts_status(text: str, *, stated: bool = False) -> Status | None:
    """The status a short marker states by its parts (lexicon.STATUS_PARTS): 整改实现闭环 → done, 推进比较迟缓 / 取得
    初步成效 / 正在落实 → in progress, 推进落实到位 → done (the result closes the process).

    `stated`: the notice's form makes the text a status (a field labelled as one), so a bare 已<verb> (已清退, 已移交)
    is done and an aim (确保按期完成) is work still open; elsewhere neither states anything.
    """
    text = text.strip().rstrip("。.;；")
    if not text or len(text) > FIELD_VALUE_LIMIT:
        return None
    if (share := _SHARE_IN_RE.search(text)) is not None:
        return "done" if float(share["p"]) >= 100 else "in_progress"  # 已整改50% / 进行中(完成70%)
    if _AIM_RE.search(text):
        return "in_progress" if stated else None  # 确保按期完成: the aim, not the result
    bare = text
    for word in STATUS_PARTS_NOT_SHORT:
        bare = bare.replace(word, "")
    if bare.endswith("中") or bare.startswith(STATUS_PARTS["ongoing_first"]):
        return "in_progress"
    if _has_part(bare, "short", "partial", "ongoing"):
        return "in_progress"
    kept = min((at for part in STATUS_PARTS["longterm"] if (at := bare.find(part)) >= 0), default=-1)
    done, process = _last_part(bare, "done"), _last_part(bare[:kept] if kept >= 0 else bare, "process")
    if done >= 0 and done > process:
        return "done_longterm" if kept > done else "done"
    if process >= 0:
        return "in_progress"
    if stated and bare.startswith("已"):
        return "done_longterm" if kept >= 0 else "done"
    return None


def _has_part(text: str, *kinds: str) -> bool:
    return any(part in text for kind in kinds for part in STATUS_PARTS[kind])


def _last_part(text: str, kind: str) -> int:
    """Where the last part of the kind starts in the text, -1 where none is."""
    return max(text.rfind(part) for part in STATUS_PARTS[kind])


_SHARE_IN_RE = re.compile(r"(?P<p>\d{1,3}(?:\.\d+)?)\s*%")


def label_status(label: str, value: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """Status given by a labelled line of an item (整改结果:已完成, 整改进度:正在推进, 整改完成情况:…)."""
    if len(value) <= _TICK_LIMIT and (mark := value.strip().rstrip("。.;；")) in _TICKS and _names_status(label):
        return _TICKS[mark]  # 整改情况：√ / 是否完成：× — a ledger's tick in the status column
    if YES_NO_LABELS.match(label):  # 是否完成:是 / 是否销号:否
        answer = value.strip().rstrip("。.")
        if answer.startswith("是"):
            return "done"
        if answer.startswith("否"):
            return "in_progress"
        return classify_status(_lead(value), defined_done) or field_value_status(_lead(value))  # 是否销号：已销号
    if DEADLINE_LABELS.match(label):
        return _status_after_deadline(value, defined_done)
    if STATUS_LABELS.match(label):
        if "%" in value or "％" in value:  # the cheap precheck for a share of the work
            if (share := _PERCENT_RE.match(value)) is not None:
                return "done" if float(share["p"]) >= 100 else "in_progress"
            lead = _lead(value)
            if len(lead) <= FIELD_VALUE_LIMIT and (share := _SHARE_IN_RE.search(lead)) is not None:
                return "done" if float(share["p"]) >= 100 else "in_progress"  # 已整改50%: a share, not all
        found = classify_status(value if len(value) <= 40 else _lead(value), defined_done)
        return found or field_value_status(_lead(value))
    if MAYBE_STATUS_LABELS.match(label):
        lead = _lead(value)
        if _reports_work(lead):
            return None
        found = classify_status(lead, defined_done)
        if found is None and lead.startswith(STATUS_PARTS["opening"]):
            # 整改情况：整改实现闭环。<measures>: a short lead of status words no family lists, read by its parts
            found = parts_status(lead)
        return found
    if DONE_LABELS.match(label):
        return classify_status(_lead(value), defined_done) or "done"
    return None  # most labels state no status: their value's lead is never cut


# A tick or a cross as the whole of a status column's value (√ 已完成, × 未完成), as ledgers printed from a form do.
_TICKS: dict[str, Status] = {"√": "done", "✓": "done", "✔": "done", "×": "in_progress", "✗": "in_progress"}
_TICK_LIMIT = 4  # the tick and a closing mark, spaces around them
# A deadline field that also states where the work stands (整改时限：2024年6月底前（已完成） / 完成时限：立行立改，
# 已完成): the deadline, then the status in brackets or after a comma, opening with a status word (a ; starts the
# next field, whose label a wrap may have cut: 整改时限:年底前;整改|进度:…). The deadline alone states none.
_DEADLINE_THEN_STATUS_RE = re.compile(
    rf"^(?:{DEADLINE_VALUE})\s*[(（,，]\s*(?P<s>(?:已|正|未|尚|仍|持续|基本|部分)[^()（）;；]{{1,11}}?)\s*[)）]?\s*[。.]?$"
)


def _names_status(label: str) -> bool:
    """Whether a field's label names the status (整改进度, 是否完成) or may hold it (整改情况)."""
    return bool(STATUS_LABELS.match(label) or YES_NO_LABELS.match(label) or MAYBE_STATUS_LABELS.match(label))


def _status_after_deadline(value: str, defined_done: frozenset[str]) -> Status | None:
    m = _DEADLINE_THEN_STATUS_RE.match(value.strip())
    return classify_status(m["s"], defined_done) if m else None


# Progress as a share of the work (完成进度：100% / 整改进度：80%): a police bureau's ledger-like list marks each
# problem so (round 7); the whole work done is done, any less is in progress.
# The same field run on at the end of the text (…开展抽查。完成进度：100%): its label kept in the text.
_PERCENT_FIELD_RE = re.compile(r"(?:完成|整改)进度\s*[:：]\s*(?:已完成)?\s*(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*[%％]$")
_PERCENT_RE = re.compile(r"^\s*(?:已完成|完成)?\s*(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*[%％](?:\s*[。.;；]?\s*)$")


def own_status(
    labels: list[tuple[str, str]], bracketed: Status | None, prose: Status | None, defined: frozenset[str]
) -> Status | None:
    """The status an item states itself: a status field (整改进度:…, 是否完成:是), else the bracket by its title,
    else a field that may state one, else a closing prose sentence.

    整改情况 holds a status or the measures (整改情况:截至目前已完成专项检查3次 reports work done); where the title
    carries its own bracketed status (…(阶段性完成)), that is the notice's statement of the item's status.
    """
    maybe: Status | None = None
    for label, value in labels:
        found = label_status(label, value, defined)
        if found and not MAYBE_STATUS_LABELS.match(label):
            return found
        maybe = maybe or found
    return bracketed or maybe or prose


def strip_status_lead(label: str, value: str) -> str:
    """The rectification text of a labelled value without a leading status clause ("已完成。")."""
    lead = _lead(value)
    if lead and lead != value and label_status(label, value):
        return value[len(lead) :].lstrip("。;；,，:： ")
    return value


# What may follow a done word that states a status (已完成整改, 已完成并长期坚持, 已完成,需长期坚持).
# (the ledger's words may follow a done word: 已整改销号, 已完成销号, 已办结销账)
_STATUS_FOLLOWERS = (
    "整改",
    "并",
    "且",
    "了",
    "，",
    ",",
    "。",
    "；",
    ";",
    "、",
    "(",
    "（",
    "销号",
    "销账",
    "清零",
    "办结",
    "”",  # “已完成”: the page's quote closes after the status word
    '"',
)


def _reports_work(clause: str) -> bool:
    """Whether a done word has an object (已完成全部32份合同的复核, 截至目前已完成专项检查3次): a measure
    reporting work done, not the problem's status, which 整改情况 may hold either of."""
    m = DONE_RE.search(clause)
    if m is None:
        return False
    rest = clause[m.end() :]
    if rest[:1].isdigit() and _SHARE_RE.match(rest):
        return False  # 均已完成80%以上: the share of the work done is its status, not an object of work
    if not rest or rest.startswith(_STATUS_FOLLOWERS) or LONGTERM_RE.match(rest):
        return False
    # 已落实到位 / 已完成部分整改 / 已完成全部整改任务: status words follow the done word, no object of work
    return STATUS_ONLY_RE.fullmatch(rest.rstrip("。.;；")) is None


_SHARE_RE = re.compile(r"\d{1,3}(?:\.\d+)?%")


# 第一项、第二项、第三项已完成: the measures named by their order before the status words (002).
_MEASURE_ORDINALS_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}项[、,，和及]?)+")


_SENTENCE_END = re.compile(r"[。;；]")
_CLAUSE_END = re.compile(r"[。;；,，:：]")


def _lead(value: str) -> str:
    """The value itself when short, else its first clause when that is short ("已完成。局党组修订…")."""
    sentence = _SENTENCE_END.split(value, maxsplit=1)[0]
    named = _MEASURE_ORDINALS_RE.match(sentence) if sentence.startswith("第") else None
    if sentence != value and len(sentence) - (named.end() if named else 0) <= 16:
        return sentence  # "已完成,需长期坚持。一是…": a status sentence opening the text
    if len(value) <= 25:
        return value
    first = _CLAUSE_END.split(value, maxsplit=1)[0]
    return first if len(first) <= 12 else ""


def bracketed_status(title: str) -> tuple[str, Status | None]:
    """'问题标题（已完成）' or '【已完成】问题标题' → ('问题标题', 'done'): a status set off in brackets."""
    for pattern in (_TRAILING_STATUS_RE, _LEADING_STATUS_RE):
        m = pattern.search(title)
        if m:
            # 《…》 names a document (修订《公务接待管理办法》): only a status family's words make it a status
            named = m.group().lstrip().startswith("《")
            status = classify_status(m["s"]) or (None if named else _aspect_marker(m["s"]))
            if status:
                return (title[: m.start()] + title[m.end() :]).strip(), status
    return title, None


def _aspect_marker(marker: str) -> Status | None:
    """A short bracket closing the headline ((已清退), 【正在协调】, (整改清零), (推进迟缓)): the genre's status marker
    in words no family lists, read by its parts; a bare 已<verb> is a status only opening so short a bracket."""
    marker = marker.strip()
    if len(marker) > (FIELD_VALUE_LIMIT if marker.startswith(STATUS_PARTS["opening"]) else _ASPECT_MARKER_LIMIT):
        return None  # (正在按有关要求推进实施): a longer bracket only when it opens as a status opens
    # (整改清零) / (推进迟缓): no aspect word, but parts that say what became of the work
    stated = len(marker) <= _ASPECT_MARKER_LIMIT and marker.startswith(_ASPECT_WORDS)
    return parts_status(marker, stated=stated)


_ASPECT_MARKER_LIMIT = 8
_ASPECT_WORDS = ("已", "正在", "尚", "未", "待", "仍")
_NAMES_THE_PROBLEM_RE = re.compile(r"[该此本这](?:个|项)?问题")


def trailing_status(title: str) -> tuple[str, Status | None]:
    """'问题标题（已完成）', '【已完成】问题标题' or '问题标题，已完成' → ('问题标题', 'done'): status is not title."""
    bare, status = bracketed_status(title)
    if status is not None:
        return bare, status
    if title.rstrip("。.;；!！ ")[-1:] not in _CLAUSE_LAST:
        return title, None  # no status word closes it (most titles): spare the clause's regex
    return clause_status(title)


_CLAUSE_REACH = (
    26  # the longest status clause (,截至目前,该问题已经整改到位,需要长期坚持。) fits in the last 26 characters
)
# the last characters of the words a status clause ends with (STATUS_CLAUSE_RE, STATUS_CLAUSE_WORDS' results)
_CLAUSE_LAST = frozenset(
    "改成位毕实结号决中进持束零正行施展理效果求标账化务作分" + "解除置”"
)  # +化解 消除 处置 已“清零”
_COUNT_OF_PROBLEMS_RE = re.compile(r"[\d一二三四五六七八九十两]+\s*[个项条件](?:问题|事项|任务)$")


def clause_status(title: str) -> tuple[str, Status | None]:
    """'问题标题，已整改。' → ('问题标题', 'done'): a closing clause of nothing but status words is not title."""
    if title.rstrip("。.;；!！ ")[-1:] not in _CLAUSE_LAST:
        return title, None  # the cheap precheck: a status clause ends with one of its words' last characters
    at = max(0, len(title) - _CLAUSE_REACH)
    m = STATUS_CLAUSE_RE.search(title, at)
    start, status = (m.start(), classify_status(m["s"])) if m else _composed_clause(title)
    if status is None or start < 2 or _COUNT_OF_PROBLEMS_RE.search(title, 0, start):
        return title, None  # 本方面共2个问题,已整改完成: a lead sentence about several problems, not one's clause
    return title[:start], status


_LONGTERM_TAIL_RE = re.compile(r"^(?:并|且|需要|需|将|并将)?(?:长期坚持|常态化(?:推进|坚持|开展|落实|执行))$")


def _composed_clause(title: str) -> tuple[int, Status | None]:
    """Where a closing clause composed of status words alone starts (…，整改工作正在有序推进中), and its status.

    A last clause that only says the work is kept up (，需长期坚持) goes with the clause before it (已完成，需长期坚持).
    """
    body = title.rstrip("。.;；!！ ")
    reach = max(0, len(body) - _CLAUSE_REACH)
    cut, width = max(body.rfind(ch, reach) for ch in "，,；;"), 1
    if (dash := body.rfind("——", reach)) > cut:
        cut, width = dash, 2  # 1.<problem>——已完成: a dash sets the status apart as a comma does
    if cut < 0:
        return 0, None
    if _LONGTERM_TAIL_RE.match(body[cut + width :]):
        cut, width = max(body.rfind(ch, max(0, cut - _CLAUSE_REACH), cut) for ch in "，,；;"), 1
        if cut < 0:
            return 0, None
    clause = body[cut + width :]
    if STATUS_ONLY_RE.fullmatch(clause.replace("，", "").replace(",", "")) is None:
        return 0, None
    return cut, classify_status(clause)


# A bracket opened near the end of a title and not closed on its line (…的问题(已完成并长期坚 | 持)。).
_OPEN_AT_END_RE = re.compile(rf"[{_OPEN}][^{_OPEN}{_CLOSE}]{{0,11}}$")
_CLOSE_NEAR_START_RE = re.compile(rf"^[^{_OPEN}{_CLOSE}]{{0,11}}[{_CLOSE}]")


# A headline cannot end on these (a particle, an open quote, a conjunction): a line ending so was cut by a wrap.
_UNFINISHED = ("的", "“", "、", "和", "及", "与")
_CONTINUATION_LIMIT = 24


def rejoin_cut_status(title: str, body: list[str]) -> tuple[str, list[str]]:
    """A title whose bracketed status a hard wrap cut, joined with the rest the next line carries.

    A page wrapped at a fixed width breaks '…问题(正在整改)' anywhere inside the bracket; the bracket's rest opens
    the next line ('在整改)'), which then belongs to the title's status, not to the measures. Only a rest that
    closes the bracket and makes a status is taken.
    """
    if not body:
        return title, body
    alone = _LEADING_STATUS_RE.fullmatch(body[0]) if body[0][:1] in _OPENERS else None
    if alone and classify_status(alone["s"]):
        # …问题 | 【正在整改】: a bracketed status alone on the next line (a wrap at the headline's width, or printed
        # so) is the headline's status, never a line of its rectification text
        return title + body[0], body[1:]
    if title.endswith(_UNFINISHED) and len(body[0]) <= _CONTINUATION_LIMIT and _TRAILING_STATUS_RE.search(body[0]):
        # …关于“X”问题的 | 整改情况[已完成并长期坚持]: the wrap fell before the bracket, inside the headline
        return title + body[0], body[1:]
    if _OPEN_AT_END_RE.search(title[-12:]) is None:
        return title, body
    close = _CLOSE_NEAR_START_RE.match(body[0])
    if close is None or trailing_status(title + close.group(0))[1] is None:
        return title, body
    rest = body[0][close.end() :].lstrip("。.;；,， ")
    return title + close.group(0), ([rest] if rest else []) + body[1:]


def pending_evidence(text: str) -> tuple[str, ...]:
    """Phrases stating concrete unfinished work (正在对接中, 待…后录入, 等待省厅发文, 初稿, 报…审批)."""
    text = text.replace("\n", "")  # a page's line break is no clause's end (…正|在征求意见 copied at a width)
    found: list[str] = []
    for m in PENDING_RE.finditer(text):
        phrase = _clause(text, m.start(), m.end())
        if phrase not in found:
            found.append(phrase)
    return tuple(found)


def _clause(text: str, start: int, end: int, limit: int = 40) -> str:
    """The clause around a match, trimmed to `limit` characters."""
    left = max(text.rfind(ch, 0, start) for ch in "，。；,;：:\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in "，。；,;\n") if i != -1]
    right = min(rights) if rights else len(text)
    clause = text[left:right].strip().lstrip("，,、；;")
    if len(clause) > limit:
        lo = max(0, min(start - left, len(clause) - limit))
        clause = clause[lo : lo + limit]
    return clause


# Statuses given per problem by its number in a closing list (第1、2、4个问题已整改销账；第3、5个问题尚在整改 /
# 问题3、5正在整改): a city commission's notice lists its problems with their measures only and states their statuses
# so at the end (issue 19's sixth batch). Each sentence names its problems, then a status. The numbers are written as
# the genre writes them: in figures or words (第一、二个问题), as ranges (第1-3个, 第1至3项), each with its own 第…个
# (第1个和第2个问题), or as 1、2号问题; 其余/其他问题 names the problems no other sentence named.
_N = r"[\d一二三四五六七八九十]{1,3}"
_NUMBER_LIST = rf"{_N}(?:\s*(?:个|项|条)?\s*(?:[、,，和及]|[-—~～至到])\s*第?{_N})*"
_NUMBERED_STATUS_RE = re.compile(
    rf"(?:第(?P<a>{_NUMBER_LIST})\s*(?:(?:个|项|条)(?:问题|事项)?|(?:问题|事项))"
    rf"|问题(?P<b>{_NUMBER_LIST})(?![\d个项条])|(?P<c>{_NUMBER_LIST})号(?:问题|事项)"
    r"|(?P<others>其余|其他|剩余)(?:的)?(?:\d+\s*个)?(?:问题|事项))(?P<rest>[^，,；;。\n]{2,30})"
)
_NUMBER_OR_RANGE_RE = re.compile(rf"(?P<lo>{_N})(?:\s*(?:个|项|条)?\s*[-—~～至到]\s*第?(?P<hi>{_N}))?")
OTHERS = 0  # the key numbered_statuses gives the status of the problems no other sentence names


def numbered_statuses(text: str) -> dict[int, Status]:
    """The status a closing list gives each problem it names by number (OTHERS: the rest); a number named twice is
    left out."""
    if "问题" not in text and "事项" not in text and "第" not in text:
        return {}
    found: dict[int, Status] = {}
    twice: set[int] = set()
    for m in _NUMBERED_STATUS_RE.finditer(text):
        status = classify_status(m["rest"])
        if status is None:
            continue
        numbers = [OTHERS] if m["others"] else _numbers(m["a"] or m["b"] or m["c"])
        for n in numbers:
            (twice.add(n) if n in found else found.__setitem__(n, status))
    return {n: s for n, s in found.items() if n not in twice}


def _numbers(listed: str) -> list[int]:
    """第1、2、4 / 1-3 / 一、二 / 第1个和第2个 → the problem numbers they name."""
    out: list[int] = []
    for m in _NUMBER_OR_RANGE_RE.finditer(listed):
        lo, hi = number_of(m["lo"]), number_of(m["hi"]) if m["hi"] else None
        if lo is None:
            continue
        out.extend(range(lo, hi + 1) if hi is not None and lo < hi <= lo + 50 else [lo])
    return out
