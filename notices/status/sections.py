"""Status stated for several problems at once: section headings, lead and closing sentences, numbered lists."""

from __future__ import annotations

import re
import unicodedata

from ..lexicon import (
    BACK_WORDS,
    CLOSING_REST_COUNTED,
    CLOSING_REST_WORDS,
    COUNT_NAMES_WORDS,
    DONE_RE,
    EXCEPT_CLOSERS,
    EXCEPT_NOT_AFTER,
    EXCEPT_OPENERS,
    IN_PROGRESS_RE,
    LEAD_SUBJECT_RE,
    LIST_FOLLOWS_WORDS,
    LIST_NUMBER_NOUNS,
    LIST_STATUS_AFTER_COMMA,
    LONGTERM_RE,
    PARTIAL_DONE_RE,
    SECTION_DONE_RE,
    SECTION_LONGTERM_RE,
    SECTION_PARTIAL_RE,
    SECTION_PROGRESS_RE,
    STATUS_ONLY_RE,
    by_first_character,
    holds_any,
)
from ..model import Status
from ..numbering import ENTRY_NOUNS, FIRST_CHARS, number_of, numbering_of
from .words import CLAUSE_LAST, CLAUSE_REACH, CLOSERS, OPENERS, classify_status


def lead_status(lines: list[str], defined_done: frozenset[str] = frozenset()) -> Status | None:
    """A section's lead sentence about all its problems ("共计12个问题已全部整改完成", "以下问题正在推进").

    Only sentences that speak of all of them (全部, 均, 以下, 共计) count; a sentence counting one or
    several statuses (已完成10个，正在整改2个) is a claim about part of them, not a section's status.
    """
    found: set[Status] = set()
    for line in lines[:3]:
        if LEAD_SUBJECT_RE.search(line) is None:
            continue  # the cheap precheck: no sentence of the line speaks of problems, matters or tasks
        for sentence in _SENTENCE_CUT.split(line):
            if not (LEAD_SUBJECT_RE.search(sentence) and _ALL_OF_THEM_RE.search(sentence)):
                continue
            if _COUNT_AFTER_STATUS_RE.search(sentence) and not _tally_of_all(sentence):
                continue
            if "除" in sentence and _EXCEPT_RE.search(sentence):
                continue  # 本方面3个问题中，除第2个问题外，其余均已完成整改: not all of them (numbered_statuses)
            if (
                "第" not in sentence
                and "问题" in sentence
                and _BY_LABEL_RE.search(sentence)
                and numbered_statuses(sentence)
            ):
                continue  # 该方面3个问题中，问题6已整改完成，问题7、问题8正在推进: by label (numbered_lead_statuses)
            composed = status_suffix(sentence) if "第" not in sentence else None  # 第1、2个已完成…: by number
            if composed is not None:  # 以下问题尚未完成整改: status words alone close the sentence, negations and all
                found.add(composed)
                continue
            kinds = {k for k, rx in _KINDS if rx.search(sentence)}
            if len(kinds) == 1:
                found.add(classify_status(sentence, defined_done) or "unstated")
    found.discard("unstated")
    return found.pop() if len(found) == 1 else None


_SENTENCE_CUT = re.compile(r"[。；;]")
# A lead naming some of its problems by their labels (问题6, 问题7、问题8) gives statuses by number, not one to all
_BY_LABEL_RE = re.compile(r"问题\s*[\d一二三四五六七八九十]")
# 本方面/该方面 names the whole aspect the lead sentence sits under, as 全部 names all its problems.
# (本方面 / 该方面 / 此方面 / 这方面 spelt out: each alternative opening with its character, see lexicon.PENDING_RE)
_ALL_OF_THEM_RE = re.compile(
    by_first_character(r"全部|均已|均在|均|以下|下列|上述|以上|前述|共计|所有|各项|这些|本方面|该方面|此方面|这方面")
)
_COUNT_AFTER_STATUS_RE = re.compile(
    r"(?:完成|整改|推进|到位|销号)(?:整改)?(?:的问题)?\s*([\d一二三四五六七八九十两]+)\s*[个项条件]"
)
# The lead's total (共3个问题) and one status counted after it that is the whole of it (已整改完成3个): all of them.
_TOTAL_RE = re.compile(r"([\d一二三四五六七八九十两]+)\s*个(?:具体)?问题")


def _tally_of_all(sentence: str) -> bool:
    """本方面共3个问题,已整改完成3个: the one status counted counts every problem the sentence totals, so it is
    the status of all of them, as 均已整改完成 would say (a heading's lead tally, the generator's seed 71002203)."""
    total, counted = _TOTAL_RE.search(sentence), _COUNT_AFTER_STATUS_RE.findall(sentence)
    if total is None or len(counted) != 1:
        return False
    whole = number_of(total[1].replace("两", "二"))
    return whole is not None and whole >= 2 and number_of(counted[0].replace("两", "二")) == whole


_KINDS = (("progress", IN_PROGRESS_RE), ("partial", PARTIAL_DONE_RE), ("done", DONE_RE), ("longterm", LONGTERM_RE))


# An aspect heading printed with its lead sentence on its own line ((一)关于…方面。该方面反馈问题3个，均已整改到位。: a
# county court's notice, round 76): the heading ends at its 方面。/问题。, and the sentence after it states its
# problems' status as a lead line under the heading would.
_HEADING_THEN_LEAD_RE = re.compile(r"(?P<name>.{4,80}?(?:方面|问题|事项))。(?P<lead>.{4,60})")


def heading_lead(heading: str) -> tuple[str, str | None]:
    """(一)…方面。该方面…均已整改到位。 → the heading and the lead sentence printed after it on its line, if any."""
    at = heading.find("。")
    if at == -1 or at >= len(heading) - 4:
        return heading, None  # the cheap precheck: no sentence ends inside the heading
    m = _HEADING_THEN_LEAD_RE.fullmatch(heading.strip())
    if m is None or lead_status([m["lead"]]) is None:
        return heading, None
    return m["name"], m["lead"]


def closing_summary_status(line: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """The status a closing sentence states of all the problems above it, if the line is one.

    A sentence after an aspect's last problem, speaking back of all of them (以上3个问题已全部完成整改。/ 上述问题正在
    持续推进整改。/ 本方面3个问题已整改完成): a county hospital's notice states its statuses once per aspect so."""
    if not line.startswith(BACK_WORDS) or "问题" not in line or len(line) > 60:
        return None
    return lead_status([line], defined_done)


def heading_status(heading: str) -> Status | None:
    """Status stated by a section heading such as 集中整改期内已完成的整改事项 or 需要继续整改的事项."""
    if tallied_in_part(heading):
        return None
    # the cheap precheck: every kept-up clause holds one of these
    if "巩固" in heading or "深化" in heading or "机制" in heading:
        heading = _KEPT_UP_RE.sub("", heading)
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


# A done section's heading joining the keeping up of the result to its done word (已完成整改并持续巩固的问题 /
# 已完成、需持续巩固的问题 / 已整改到位并持续深化的问题: issue 19's round 111): the result was reached, the keeping up
# is no work still open (lexicon.KEPT_UP_STATUSES), so the heading states done, as 已完成，持续巩固 does after a
# problem; read without the clause. Only right after a done word and right before the noun the heading groups.
# The same for the mechanism set up to keep it (已完成并建立长效机制的问题 / 已整改到位并健全长效机制的事项:
# a township's or a county company's status parts, issue 19's round 132): a problem's own 已整改到位，并建立长效机制
# states done by its first clause (status.sentences), so the part's heading does too.
_KEPT_UP_RE = re.compile(
    r"(?<=[成位毕改])(?:整改)?[并且、，,]?(?:(?:需要?|仍需|将)?(?:持续|不断)?(?:巩固|深化)(?:提升|深化|成果|成效)?"
    r"|(?:建立|健全|完善|形成)(?:健全|完善)?了?长效(?:工作|管理)?机制)"
    r"(?=的?(?:整改)?(?:问题|事项|任务))"
)


def _status_set_apart(heading: str) -> Status | None:
    """A heading's status set apart from what it names: in closing brackets (立行立改类问题（已全部整改完成）, 党建方面
    （共1个问题，已完成整改）), after a colon or a comma (党的建设方面：已完成整改 / 财务管理方面，1个问题正在整改), or
    as the whole heading (一、已办结 / 二、已完成整改（1个）). A clause there of status words alone states the status
    of every problem below; an aspect's own words (深化改革，持续推进) never end in one after its 方面."""
    text = _HEADING_MARKER_RE.sub("", heading.strip().rstrip("。.:："), count=1)
    text = _COUNT_BRACKET_RE.sub("", text)  # （1个） counts what follows, it states nothing
    if text[-1:] in _COUNT_UNITS:
        text = _COUNT_TAIL_RE.sub("", text)  # 一、已完成整改2项: the count printed bare after the status
    if text[-1:] in CLOSERS:
        inside = text[max(text.rfind(o) for o in OPENERS) + 1 : -1]
        return _counted_status(inside.rsplit("，", 1)[-1].rsplit(",", 1)[-1])
    for mark in ("：", ":", "，", ","):
        at = text.rfind(mark)
        if at > 0 and text[:at].endswith(_ASPECT_ENDS):
            return _counted_status(text[at + 1 :])
    return _counted_status(text) if STATUS_ONLY_RE.fullmatch(text) else None


def tallied_in_part(heading: str) -> bool:
    """Whether a heading closes on a bracket tallying its problems by several statuses (_tallies_part)."""
    return (bracket := _LAST_BRACKET_RE.search(heading)) is not None and _tallies_part(bracket[1])


def _tallies_part(inside: str) -> bool:
    """Whether a heading's bracket tallies its problems by several statuses (（共3个问题，已完成2个，1个正在推进） /
    （4个问题：已整改3个、正在整改1个）): an aspect heading's tally of part, which says how many are open but not which,
    so it settles none of the problems below (round 97)."""
    clauses = [c for c in _TALLY_SPLIT_RE.split(inside) if _TALLY_COUNT_RE.search(c) and classify_status(c)]
    return len(clauses) >= 2


_LAST_BRACKET_RE = re.compile(r"[(（]([^()（）]*)[)）]\s*$")
_TALLY_SPLIT_RE = re.compile(r"[，,；;、：:]")
_TALLY_COUNT_RE = re.compile(r"[\d一二三四五六七八九十两]\s*[个项条]")


def _counted_status(clause: str) -> Status | None:
    """共1个问题已完成整改 / 均已整改到位 / 正在推进 → its status: status words alone, after a count if any."""
    clause = _COUNT_LEAD_RE.sub("", clause.strip(), count=1)
    return classify_status(clause) if clause and STATUS_ONLY_RE.fullmatch(clause) else None


_HEADING_MARKER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,3}\s*[.、])"
)
_COUNT_BRACKET_RE = re.compile(r"[(（]\s*共?\s*[\d一二三四五六七八九十两]+\s*[个项条](?:问题|事项)?\s*[)）]$")
_COUNT_LEAD_RE = re.compile(r"^(?:共|其中)?[\d一二三四五六七八九十两]+\s*[个项条](?:问题|事项)?[,，]?")
_COUNT_TAIL_RE = re.compile(r"(?<=[^\d一二三四五六七八九十两])共?[\d一二三四五六七八九十两]{1,3}\s*[个项条]$")
_COUNT_UNITS = frozenset("个项条")
_ASPECT_ENDS = ("方面", "问题", "事项", "类")


# A status heading names what it groups after the status words (…的问题, 的整改事项（2个）, 问题清单：).
_HEADING_TAIL_RE = re.compile(
    r"的?(?:整改)?(?:问题|事项|任务)(?:清单)?\s*(?:[(（]?共?[\d一二三四五六七八九十两]+\s*[个项条][)）]?)?\s*[。:：]?$"
)


def undecorated(line: str) -> str:
    """The line without the symbols a post sets before its words (✅已完成整改的问题: a tick left by the emoji pass,
    which keeps ticks as a ledger's statuses; round 99's status boxes)."""
    k = 0
    while k < len(line) and not line[k].isalnum() and unicodedata.category(line[k]) == "So":
        k += 1
    return line[k:]


def states_status_alone(heading: str) -> bool:
    """Whether a heading is status words alone before its noun (（一）已办结的问题（4个） / （二）序时推进的问题 /
    （三）需常态化推进的问题): it groups problems by status in whatever words the notice uses for it and names no
    area of them (a township's status sections, issue 19's round 84)."""
    tail = _HEADING_TAIL_RE.search(heading)
    return tail is not None and tail.start() > 0 and STATUS_ONLY_RE.fullmatch(heading, 0, tail.start()) is not None


def status_suffix(text: str) -> Status | None:
    """The status of the longest closing run of status words alone (集中整改期内|已完成, 以下问题|均已整改到位)."""
    text = text.rstrip("。.;；:：,， ")
    if text[-1:] not in CLAUSE_LAST:
        return None  # the cheap precheck: status words end on one of these characters
    for start in range(max(0, len(text) - CLAUSE_REACH), len(text) - 1):
        if STATUS_ONLY_RE.fullmatch(text, start):
            return classify_status(text[start:])
    return None


# Statuses given per problem by its number in a closing list (第1、2、4个问题已整改销账；第3、5个问题尚在整改 /
# 问题3、5正在整改): a city commission's notice lists its problems with their measures only and states their statuses
# so at the end (issue 19's sixth batch). Each sentence names its problems, then a status. The numbers are written as
# the genre writes them: in figures or words (第一、二个问题), as ranges (第1-3个, 第1至3项), each with its own 第…个
# (第1个和第2个问题), or as 1、2号问题; 其余/其他问题 names the problems no other sentence named. A list naming each
# problem by its label repeats the label's noun (问题四、问题八正在整改，其余8个问题均已整改到位: a 社区's closing
# summary under problems labelled 问题一…问题十, round 75), as 第1个和第2个 repeats its 第.
_N = r"[\d一二三四五六七八九十]{1,3}"
_COUNT = r"[\d一二三四五六七八九十两]{1,3}"
_NUMBER_LIST = rf"{_N}(?:\s*(?:个|项|条)?\s*(?:[、,，和及]|[-—~～至到])\s*(?:第|问题)?{_N})*"
# 1、2号问题 has no word before its numbers to open them, so they are listed without commas, which would reach back
# into the clause before (已整改完成3个,2、4号问题正在推进: the 3 is a count)
_NUMBER_LIST_CLOSE = rf"{_N}(?:\s*(?:[、和及]|[-—~～至到])\s*{_N})*"
# the rest named by their noun, their count or both (其余问题, 其余三个, 其余8个问题, 另外8个问题), or by 其余
# alone where a status follows it straight (问题四、问题八正在整改，其余均已整改到位: a 社区's closing summary,
# round 75)
_OTHERS = (
    rf"(?:{'|'.join(CLOSING_REST_WORDS)})(?:的)?(?:{_COUNT}\s*[个项])?(?:问题|事项|(?<=[个项])|(?=均|都|已|正在))"
    rf"|(?:{'|'.join(CLOSING_REST_COUNTED)}){_COUNT}\s*[个项](?:问题|事项)?"
)
# Problems labelled (1)…(N) or (一)…(N) are named in their brackets, one after another, after 第 or before their count
# (第(3)(6)项问题正在持续整改 / (二)(五)两项正在推进): bare, a bracketed number opens a problem or a measure.
_BRACKETED = rf"[(（]\s*{_N}\s*[)）](?:\s*[、和及]?\s*[(（]\s*{_N}\s*[)）])*"
# Every list opens on one of these characters: the lookahead costs a position one test, the alternatives six.
_LIST_FIRST = "".join(
    sorted(
        {"第", "(", "（", *"一二三四五六七八九十", *(w[0] for w in LIST_NUMBER_NOUNS)}
        | {w[0] for w in (*CLOSING_REST_WORDS, *CLOSING_REST_COUNTED)}
    )
)
_NUMBERED_STATUS_RE = re.compile(
    rf"(?=[\d{_LIST_FIRST}])(?:第(?P<a>{_NUMBER_LIST})\s*(?:(?:个|项|条)(?:问题|事项)?|(?:问题|事项))"
    rf"|(?:{'|'.join(LIST_NUMBER_NOUNS)})(?P<b>{_NUMBER_LIST})(?![\d个项条])|(?P<c>{_NUMBER_LIST_CLOSE})号(?:问题|事项)"
    rf"|第(?P<d>{_BRACKETED})\s*(?:个|项|条)?(?:问题|事项)?"
    rf"|(?P<e>{_BRACKETED})\s*{_COUNT}\s*(?:个|项|条)(?:问题|事项)?"
    rf"|(?P<others>{_OTHERS}))(?P<comma>[，,](?=(?:{'|'.join(LIST_STATUS_AFTER_COMMA)})))?(?P<rest>[^，,；;。\n]{{2,30}})"
)
# After a comma the status may take a second clause, as a class kept up long-term is written (长期坚持的问题6、9，已建立
# 长效机制，将长期坚持): the numbers' status is read from both clauses where the first alone states none.
_SECOND_CLAUSE_RE = re.compile(r"[，,][^，,；;。\n]{2,20}")


def _keeps_up(clause: str) -> bool:
    """Whether a clause after a done status only keeps the work up (，今后长期坚持 / ，并长期坚持): the numbers' status
    is done_longterm, as 已完成并长期坚持 is; a clause naming other problems (，问题4还在改) is theirs. A small
    body's closing summary by number sets the keeping-up in a clause of its own (a health centre's, round 88)."""
    return LONGTERM_RE.search(clause) is not None and not any(ch.isdigit() for ch in clause) and "问题" not in clause


# A closing summary naming the problems it excepts, then the rest's status (lexicon.EXCEPT_OPENERS…): 除问题四、
# 问题八外，其余问题均已整改到位 / 除第3、5个问题外，其余问题已全部完成整改 / 除(二)(五)两项正在推进外，其余均已
# 完成 / 除了问题2，剩余4个问题均已整改到位 / 除第(3)项以外均已完成整改. The excepted are named in any family the
# problems are labelled with (问题N, 第N个问题, 第N项, (N) one after another, N号问题), may be counted (两项) and
# given a status of their own (…正在推进外); the exception closes on 外/以外/之外 or a comma, and the rest's clause
# follows, its noun optional.
_EXCEPTED = (
    rf"第?{_BRACKETED}"
    rf"|第{_NUMBER_LIST}|问题{_NUMBER_LIST}|{_NUMBER_LIST}\s*号"
)
_EXCEPT_RE = re.compile(
    rf"(?<![{EXCEPT_NOT_AFTER}])(?:{'|'.join(EXCEPT_OPENERS)})\s*(?P<named>{_EXCEPTED})"
    rf"\s*(?:{_COUNT}\s*)?(?:个|项|条)?(?:问题|事项)?(?P<own>[^，,；;。\n]{{0,20}}?)"
    rf"\s*(?:(?:{'|'.join(EXCEPT_CLOSERS)})\s*[，,]?|[，,])\s*(?:{_OTHERS})?\s*(?P<rest>[^，,；;。\n]{{2,30}})"
)
# The same exception printed after what it names, closed by 除外 (问题四、问题八除外，其余问题均已整改到位 / 第3、5个
# 问题除外，均已完成整改): the officialese's postfix form of 除…外, read alike (`own` is empty: this form gives the
# excepted no status of their own).
_EXCEPT_AFTER_RE = re.compile(
    rf"(?P<named>{_EXCEPTED})\s*(?:{_COUNT}\s*)?(?:个|项|条)?(?:问题|事项)?(?P<own>)\s*除外\s*[，,]?"
    rf"\s*(?:{_OTHERS})?\s*(?P<rest>[^，,；;。\n]{{2,30}})"
)
# The same lists with the status first, each a line or a clause to itself: a status word, its count at times, a
# colon and the problems by number (已完成整改（7个）：问题1、问题2。/ 正在推进的问题：第3、6项；长期坚持：问题11 /
# 截至目前，已办结：问题2): a county enterprise's closing 整改完成情况 sorts its problems so (round 76). The first
# number carries its 问题/第/号 frame, so that a count (已完成：8个) is never read as a list; the numbers after it may
# stand bare (问题1、2、4, 第1、2项).
# Problems numbered by another noun (ENTRY_NOUNS: 整改事项1, 任务一) are named by it as 问题N by 问题
# (已完成：整改事项1、2、5 / 未完成：整改事项3、整改任务7: a group's 回头看 notice, its closing status table,
# round 80).
_NOUNS = "|".join(sorted(ENTRY_NOUNS, key=len, reverse=True))
# Problems labelled in brackets are named with their noun and their brackets, run together at times (已完成整改的问题：
# 问题（一）（二）（四）: a group company's closing naming its ⑴…⑻ problems in another family, round 100).
_REF = rf"(?:(?:问题|{_NOUNS})\s*(?:{_N}|{_BRACKETED})|第\s*{_N}\s*[个项条]?(?:问题|事项)?|{_N}\s*号(?:问题|事项)?)"
# The list may close on a clause restating its head's status (尚未完成的问题：问题（三）、问题（六），正在加紧
# 推进), read where it states the head's status or none.
_STATUS_FIRST_RE = re.compile(
    rf"(?:^|(?<=[；;。，,]))\s*(?P<head>[^:：；;。，,\n]{{2,24}})[:：]\s*"
    rf"(?P<list>{_REF}(?:\s*[、,，和及]\s*(?:{_REF}|{_N}\s*[个项条号]?(?:问题|事项)?))*)"
    rf"(?:[，,](?P<after>[^:：，,；;。\n]{{2,16}}))?\s*(?=[。；;.]|$)",
    re.M,
)
# The same lists without a colon, the words LIST_FOLLOWS_WORDS between the head and its problems (目前，已完成整改的
# 有第1、3项，正在整改的有第2项), or with the colon and the numbers bare where the head's noun says they number
# problems (已完成整改的问题：1、3；正在整改的问题：2): the list ends at a clause's end.
_FOLLOWED_RE = re.compile(
    rf"(?:^|(?<=[；;。，,:：]))\s*(?P<head>[^:：；;。，,\n]{{2,24}}?)(?:{'|'.join(LIST_FOLLOWS_WORDS)})[:：]?\s*"
    rf"(?P<list>(?:{_REF}|{_N})(?:\s*[、,，和及]\s*(?:{_REF}|{_N}\s*[个项条号]?(?:问题|事项)?))*)\s*(?=[。；;.，,]|$)",
    re.M,
)
_BARE_AFTER_NOUN_RE = re.compile(
    rf"(?:^|(?<=[；;。，,]))\s*(?P<head>[^:：；;。，,\n]{{2,24}}?的(?:整改)?(?:问题|事项))[:：]\s*"
    rf"(?P<list>{_N}(?:\s*[、,，和及]\s*{_N})*)\s*(?=[。；;.]|$)",
    re.M,
)
# A status, its count and the problems it counts in brackets (已整改完成2个（问题1、问题3），正在整改1个（问题2）):
# a closing summary names what it counts; read where the count and the list agree.
_COUNTED_LIST_RE = re.compile(
    rf"(?P<head>[^:：；;。，,()（）\n]{{2,16}}?)\s*(?P<count>{_COUNT})\s*[个项条](?:问题|事项)?\s*[(（]\s*"
    rf"(?P<list>(?:{_REF}|{_N})(?:\s*[、,，和及]\s*(?:{_REF}|{_N}\s*[个项条号]?(?:问题|事项)?))*)\s*[)）]"
)
# The same counted lists unbracketed, the members after a comma and the words that name them (COUNT_NAMES_WORDS:
# 已完成整改5个，分别是问题一、问题二…；正在推进2个，分别是问题三、问题六: a street's closing sentence, round 83): the
# list runs to the clause's end, and is read, as the bracketed one, where the count and the list agree.
_COUNTED_NAMED_RE = re.compile(  # the head holds no digit: 4个问题中已完成整改3个 counts the status after 中
    rf"(?P<head>[^:：；;。，,()（）\n\d]{{2,16}}?)\s*(?P<count>{_COUNT})\s*[个项条](?:问题|事项)?\s*[，,:：]?\s*"
    rf"(?:{'|'.join(COUNT_NAMES_WORDS)})[:：]?\s*"
    rf"(?P<list>{_REF}(?:\s*[、,，和及]\s*(?:{_REF}|{_N}\s*[个项条号]?(?:问题|事项)?))*)\s*(?=[。；;.]|$)",
    re.M,
)
_HEAD_COUNT_RE = re.compile(r"\s*[(（]\s*共?[\d一二三四五六七八九十两]+\s*[个项条][)）]\s*$")
_HEAD_NOUN_RE = re.compile(r"的(?:整改)?(?:问题|事项)$")
_NUMBER_OR_RANGE_RE = re.compile(rf"(?P<lo>{_N})(?:\s*(?:个|项|条)?\s*[-—~～至到]\s*(?:第|问题)?(?P<hi>{_N}))?")
_LIST_WORDS = ("问题", "项", "第", "除", "个", "条", "号", *ENTRY_NOUNS)  # 3号问题, a status-first list's 1号、2号
_KEPT_UP_OVER_DONE: frozenset[Status] = frozenset({"done", "done_longterm"})
OTHERS = 0  # the key numbered_statuses gives the status of the problems no other sentence names


def numbered_statuses(text: str) -> dict[int, Status]:
    """The status a closing list gives each problem it names by number (OTHERS: the rest); a number named twice with
    two statuses is left out. A problem the list excepts from the rest without a status of its own (除问题四外，其余…)
    is named `unstated`: part of the list, its status not given (given_status reads it so)."""
    if not any(word in text for word in _LIST_WORDS):
        return {}  # the cheap precheck: a list names its problems with one of these words
    found: dict[int, Status] = {}
    twice: set[int] = set()
    excepted: set[int] = set()

    def give(numbers: list[int], status: Status) -> None:
        for n in numbers:
            # a number named again with the same status agrees (第5项、第7项待销号，其中…第7项…仍在完善: a closing
            # sentence explaining what it listed, round 79); with another status the list contradicts itself
            if n not in found:
                found[n] = status
            elif {found[n], status} == _KEPT_UP_OVER_DONE:
                # 问题6至问题8已销号，其中问题7需长期坚持: a problem named done, then named among them as kept up,
                # is done and kept up; the second naming adds to the first (a closing summary by area, round 143)
                found[n] = "done_longterm"
            elif found[n] != status:
                twice.add(n)

    def except_(m: re.Match[str]) -> str:
        rest = classify_status(m["rest"])
        if rest is None:
            return m[0]
        own = classify_status(m["own"]) if m["own"].strip() else None
        give([OTHERS], rest)
        (give(_numbers(m["named"]), own) if own else excepted.update(_numbers(m["named"])))
        return "。"  # read: the lists after it are read without it

    if "除" in text:  # the cheap precheck: an exception opens with 除, or closes with 除外
        text = _EXCEPT_RE.sub(except_, text)
        if "除外" in text:
            text = _EXCEPT_AFTER_RE.sub(except_, text)
    for m in _NUMBERED_STATUS_RE.finditer(text):
        if m["comma"] and any(w in m["rest"] for w in LIST_FOLLOWS_WORDS):
            continue  # 已完成整改的有第1、3项，正在整改的有第2项: the clause after the comma opens the next list
        status = classify_status(m["rest"])
        if status is None and m["comma"] and (second := _SECOND_CLAUSE_RE.match(text, m.end())):
            status = classify_status(m["rest"] + second[0])
        elif status == "done" and (second := _SECOND_CLAUSE_RE.match(text, m.end())) and _keeps_up(second[0]):
            status = "done_longterm"  # 问题2、问题6已经整改到位，今后长期坚持: the done clause's keeping-up (round 88)
        elif status is None and (second := _SECOND_CLAUSE_RE.match(text, m.end())) and _keeps_up(second[0]):
            # 第1、5个问题已建立长效机制，需长期坚持: what was built to keep the work up, then the keeping-up in a
            # clause of its own, no comma after the numbers (a city 林业局's progress part, issue 19's round 163)
            status = classify_status(m["rest"] + second[0])
        if status is not None:
            give([OTHERS] if m["others"] else _numbers(m["a"] or m["b"] or m["c"] or m["d"] or m["e"]), status)
    colon = "：" in text or ":" in text
    for pattern in (_STATUS_FIRST_RE, _BARE_AFTER_NOUN_RE) if colon else ():
        if pattern is _BARE_AFTER_NOUN_RE and not holds_any(text, _NOUN_COLONS):
            continue  # the cheap precheck: the head's noun and its colon (已完成整改的问题：)
        for m in pattern.finditer(text):
            status = _listed_status(m["head"])
            after = m.groupdict().get("after")
            if after and classify_status(after) not in (None, status):
                continue  # the clause after the list states another status: no restatement of the head's
            if status is not None:
                give(_listed_numbers(m["list"]), status)
    for m in _FOLLOWED_RE.finditer(text) if holds_any(text, LIST_FOLLOWS_WORDS) else ():
        status = _listed_status(m["head"])
        if status is not None:
            give(_listed_numbers(m["list"]), status)
    for m in _COUNTED_LIST_RE.finditer(text) if _COUNT_BRACKET_OPENS_RE.search(text) else ():
        numbers, status = _listed_numbers(m["list"]), _listed_status(m["head"])
        if status is not None and number_of(m["count"]) == len(numbers):
            give(numbers, status)
    for m in _COUNTED_NAMED_RE.finditer(text) if _COUNT_NAMES_OPENS_RE.search(text) else ():
        numbers, status = _listed_numbers(m["list"]), _listed_status(m["head"])
        if status is not None and number_of(m["count"]) == len(numbers):
            give(numbers, status)
    for n in excepted - found.keys():
        found[n] = "unstated"
    return {n: s for n, s in found.items() if n not in twice}


def given_status(given: dict[int, Status], number: int) -> Status | None:
    """The status a closing list (numbered_statuses) gives problem `number`: said of it, else of the rest; None where
    it names the problem without a status (excepted: 除问题四外) or names neither it nor the rest."""
    status = given.get(number, given.get(OTHERS))
    return None if status == "unstated" else status


_LIST_HEAD_LIMIT = 24  # _STATUS_FIRST_RE's head
_REF_OPENINGS = ("问题", "第", *ENTRY_NOUNS, *"0123456789一二三四五六七八九十")  # how _REF opens


def opens_status_list(text: str) -> bool:
    """Whether the text opens with a list of problems by number under its status (已完成整改（2个）：问题1、问题3 /
    正在推进的问题：第2项): a line of a closing list, whatever number the list's own line carries before it."""
    colon = text.find(":", 2, _LIST_HEAD_LIMIT + 1)
    if colon < 0 or not text.startswith(_REF_OPENINGS, colon + 1):
        return False  # the cheap precheck: a short head, its colon (normalized), then a problem named by number
    m = _STATUS_FIRST_RE.match(text)
    return m is not None and _listed_status(m["head"]) is not None


_NOUN_COLONS = ("问题:", "问题：", "事项:", "事项：")
# _COUNTED_NAMED_RE's precheck: a count's measure word, then a comma or none, then a naming word
_COUNT_NAMES_OPENS_RE = re.compile(rf"[个项条][，,]?(?:{'|'.join(COUNT_NAMES_WORDS)})")
_COUNT_BRACKET_OPENS_RE = re.compile(r"[个项条](?:问题|事项)?\s*[(（]")  # _COUNTED_LIST_RE's count and bracket


def _listed_numbers(listed: str) -> list[int]:
    """问题1、问题3 / 第1、3项 / 1、3 → the problem numbers a status-first list names, one by one."""
    return [n for n in (number_of(x) for x in re.findall(_N, listed)) if n is not None]


def _listed_status(head: str) -> Status | None:
    """已完成整改（7个） / 正在推进的问题 / 长期坚持 → its status: status words alone before a list's colon."""
    head = head.strip()
    if head[:1] in FIRST_CHARS and (numbered := numbering_of(head)) is not None:
        # (一)已完成整改（5个）：问题1、… / 1.正在推进：问题3: the list numbers its statuses as a notice numbers its
        # parts (a county-level city's health commission, round 77); the number is no part of the status
        head = numbered[2]
    head = _HEAD_NOUN_RE.sub("", _HEAD_COUNT_RE.sub("", head))
    return classify_status(head) if head and STATUS_ONLY_RE.fullmatch(head) else None


def _numbers(listed: str) -> list[int]:
    """第1、2、4 / 1-3 / 一、二 / 第1个和第2个 → the problem numbers they name."""
    out: list[int] = []
    for m in _NUMBER_OR_RANGE_RE.finditer(listed):
        lo, hi = number_of(m["lo"]), number_of(m["hi"]) if m["hi"] else None
        if lo is None:
            continue
        out.extend(range(lo, hi + 1) if hi is not None and lo < hi <= lo + 50 else [lo])
    return out
