"""Reading status words: the families (classify_status), the parts (parts_status), aims and reports of work."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import (
    DONE_RE,
    FIELD_VALUE_LIMIT,
    IN_PROGRESS_RE,
    KEPT_UP_STATUSES,
    LONGTERM_RE,
    PARTIAL_DEFINED_DONE_RE,
    PARTIAL_DONE_RE,
    REST_GOES_ON_RE,
    REST_OPENERS,
    STATUS_LAG_RE,
    STATUS_ONLY_RE,
    STATUS_PARTS,
    STATUS_PARTS_NOT_SHORT,
    STATUS_RESULT_DONE_RE,
    STATUS_SHORTFALL_RE,
    STEPWISE_CLOSE_RE,
)
from ..model import Status

# Brackets the genre prints a status in, before or after a problem's title: (已完成) [正在推进] 【已销号】 〔未完成〕.
STATUS_BRACKETS = (("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("「", "」"), ("<", ">"), ("《", "》"))
OPEN = "".join(re.escape(o) for o, _ in STATUS_BRACKETS)
CLOSE = "".join(re.escape(c) for _, c in STATUS_BRACKETS)
OPENERS = frozenset(o for o, _ in STATUS_BRACKETS)
CLOSERS = frozenset(c for _, c in STATUS_BRACKETS)
# (a follow-up's bracket may join a verdict to the status, two clauses each a marker's length: 【已达到整改时限要求，
# 已完成】, issue 19's round 92)
TRAILING_STATUS_RE = re.compile(
    rf"[{OPEN}]\s*(?P<s>[^{OPEN}{CLOSE}]{{2,12}}(?:[,，][^{OPEN}{CLOSE},，]{{2,12}})?)\s*[{CLOSE}]\s*[。.;；]?$"
)
LEADING_STATUS_RE = re.compile(rf"^[{OPEN}]\s*(?P<s>[^{OPEN}{CLOSE}]{{2,12}})\s*[{CLOSE}]\s*")


# 整改状态：完成 (034); also after the measures it names (整改进度:第一项、第二项完成, as 002 names them).
_BARE_DONE_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}项[、,，和及]?)*(?:已)?(?:完成|办结|销号|整改)[。.]?$")


# Asked of the same markers and leads by each reader of an item (its fields, headline, text): cached for one notice
# (status.fields.clear_label_cache)
@lru_cache(maxsize=1024)
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
    if "销" in text and _DONE_BEFORE_SIGNOFF_RE.search(text):  # the cheap precheck: the ledger's word
        return "done"
    if ("持续" in text or "继续" in text) and not partial and _DONE_THEN_GOING_ON_RE.fullmatch(text.strip()):
        return "done"  # 已完成，持续推进: the verdict, then the routine going on after it (the cheap precheck first)
    if IN_PROGRESS_RE.search(text) or partial:
        return "in_progress"
    if len(text) <= MARKER_LIMIT and (STATUS_SHORTFALL_RE.search(text) or STATUS_LAG_RE.match(text)):
        return "in_progress"  # 整改不彻底 / 未得到有效整改 as the whole marker; a problem's longer words are not read
    done, longterm = DONE_RE.search(text), LONGTERM_RE.search(text)
    if done is not None and _aimed(text, done.start()):
        done = next((m for m in DONE_RE.finditer(text, done.end()) if not _aimed(text, m.start())), None)
    if longterm:
        return "done_longterm"
    if done or _BARE_DONE_RE.match(text.strip()):
        return "done"
    if len(text) <= MARKER_LIMIT and STATUS_RESULT_DONE_RE.fullmatch(text.strip().rstrip("。.")):
        return "done"  # 落实到位 / 整改实现闭环 as the whole marker; a measure's 确保整改落实到位 is not read
    return None


# The work done, only the ledger's striking off still to come (已整改完成尚未销号 / 已完成整改，待销账 / 整改到位暂未
# 销号): a city's 督办 ledger prints it as a status of its own (issue 19's eleventh round, LIAOCHENG), the problem
# rectified, the sign-off the office's paperwork. A bare 待销号 / 尚未销号 with no done word before it (第5项待销号,
# round 79) stays open: only the done word says the work is through. The done word's clause closes on the sign-off.
_DONE_BEFORE_SIGNOFF_RE = re.compile(
    r"(?:已(?:经)?(?:全部)?(?:整改)?完成(?:整改)?|已(?:经)?整改(?:到位|完毕)?|整改(?:完成|到位|完毕)|完成整改)"
    r"[，,]?(?:但)?(?:尚未|还未|暂未|仍未|未|待)(?:申请)?(?:销号|销账)(?=[，,。.；;）)]|$)"
)


# A marker of two clauses, a done verdict and then the work going on with no object named (整改进度：已完成，持续
# 推进 / 已整改到位，将持续深化 / 已完成整改，继续推进: a city 国资委 党委's field, issue 19's round 150): the verdict
# stands, the going on is the routine after it, as 已完成，持续巩固 keeps up a result reached (rounds 92, 125). A
# partial verdict (基本完成，持续推进 / 阶段性完成，持续推进) or work named after it (已完成，持续推进剩余2个项目) stays
# open.
_DONE_THEN_GOING_ON_RE = re.compile(
    r"(?:已(?:经)?(?:全部|全面)?(?:整改)?完成(?:整改)?|已(?:经)?整改(?:到位|完毕|完成)|整改(?:已)?(?:完成|到位|完毕)|完成整改)"
    r"[，,]\s*(?:并|后续|今后|下一步)?将?(?:持续|继续)(?:推进|深化|巩固|用力)[。.]?"
)


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
MARKER_LIMIT = 12


def partial_words_defined_done(text: str) -> frozenset[str]:
    """Partial-completion words the notice itself counts as done ("阶段性完成的问题视为已完成")."""
    if "基本完成" not in text and "阶段性完成" not in text and "视同完成" not in text:
        return frozenset()  # the cheap precheck: the words each match opens with (a literal's scan, not a class's)
    return frozenset(m["w"] for m in PARTIAL_DEFINED_DONE_RE.finditer(text))


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
    if stated and text in KEPT_UP_STATUSES:
        return "done"  # 本次进展：巩固提升: a follow-up's word for a result reached before and kept up
    if (share := SHARE_IN_RE.search(text)) is not None:
        return "done" if float(share["p"]) >= 100 else "in_progress"  # 已整改50% / 进行中(完成70%)
    if _AIM_RE.search(text):
        return "in_progress" if stated else None  # 确保按期完成: the aim, not the result
    bare = text
    for word in STATUS_PARTS_NOT_SHORT:
        bare = bare.replace(word, "")
    if bare.endswith("中") or bare.startswith(STATUS_PARTS["ongoing_first"]):
        return "in_progress"
    if _has_part(bare, "short", "partial", "ongoing") or STEPWISE_CLOSE_RE.search(bare):
        return "in_progress"  # 持续销号: the ledger's closing under way (lexicon.STEPWISE_CLOSE)
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


SHARE_IN_RE = re.compile(r"(?P<p>\d{1,3}(?:\.\d+)?)\s*%")


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


def rest_goes_on(text: str) -> bool:
    """Whether the text says the rest of the work is still going on after a part of it (其余6个…同步推进)."""
    return any(word in text for word in REST_OPENERS) and REST_GOES_ON_RE.search(text) is not None


def reports_work(clause: str) -> bool:
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


CLAUSE_REACH = (
    26  # the longest status clause (,截至目前,该问题已经整改到位,需要长期坚持。) fits in the last 26 characters
)
# the last characters of the words a status clause ends with (STATUS_CLAUSE_RE, STATUS_CLAUSE_WORDS' results)
CLAUSE_LAST = frozenset(
    "改成位毕实结号决中进持束零正行施展理效果求标账化务作分" + "解除置”" + "好完了"
)  # +化解 消除 处置 已“清零”; +已经改好 / 没改完 / 改完了 (round 88's spoken statuses, lexicon.SPOKEN_DONE)
