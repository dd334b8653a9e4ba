"""Status stated in the rectification text's sentences (目前，该问题已整改完成), and evidence of pending work."""

from __future__ import annotations

import re

from ..lexicon import (
    ACCEPTANCE_PUT_UP_RE,
    APPLICATION_PUT_UP_RE,
    ARRIVALS,
    CLOSING_PLAN_RE,
    CONCESSION_OPENERS,
    DONE_TALLY_AFTER_RE,
    EARLIER_STATE_SENTENCE_RE,
    EXCEPT_CLOSERS,
    EXCEPT_OPENERS,
    EXCEPT_REST_DONE_RE,
    FIELD_VALUE_LIMIT,
    FINDING_SUBJECTS,
    LEADING_DATE_RE,
    LONGTERM_LISTED_RE,
    LONGTERM_RE,
    PART_DONE_CLAUSE_RE,
    PART_OF_COUNT_DONE_RE,
    PARTIAL_DONE_RE,
    PENDING_RE,
    PROGRESS_SHARE_RE,
    PROMISED_AFTER_STEP_RE,
    PROSE_DONE_RE,
    PROSE_PROGRESS_RE,
    REST_WORDS,
    RESULTS_CLAUSE_RE,
    SHORTFALL_WORDS,
    SPOKEN_OPEN_CLAUSE_RE,
    STATUS_DATE_RE,
    STATUS_LABELS,
    STATUS_LEAD_CLAUSE_RE,
    STATUS_ONLY_RE,
    STATUS_PARTS,
    STEP_UNDER_WAY_RE,
    TERM_ARRIVAL_RE,
    holds_any,
)
from ..model import Status
from .fields import PERCENT_FIELD_RE, label_status, step_done_then_pending
from .titles import (
    ASPECT_MARKER_LIMIT,
    ASPECT_WORDS,
    FIRST_CLAUSE_RE,
    LONGTERM_TAIL_RE,
    NAMES_THE_PROBLEM_RE,
    bracketed_status,
)
from .words import CLOSERS, classify_status, parts_status, reports_work


def prose_status(text: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """A sentence of the rectification text stating the problem's own status (目前该问题已整改完成); a partial word
    the notice counts as done is done (该问题已基本完成整改 where it counts 已完成（含基本完成）: a city CDC's 党委)."""
    found = _prose_status(text)
    if found != "in_progress" or not defined_done:
        return found
    last = text[text.rfind("\n") + 1 :][-120:]
    m = PROSE_PROGRESS_RE.search(last)
    # the partial word in the progress sentence, or in a closing sentence read by its parts (该问题已基本解决)
    partial = PARTIAL_DONE_RE.search(m.group() if m else last.rstrip("。.；; ").rsplit("。", 1)[-1])
    return "done" if partial and partial.group() in defined_done else found


def _prose_status(text: str) -> Status | None:
    """A sentence of the rectification text stating the problem's own status (目前该问题已整改完成).

    The genre closes the text with it, so only the closing sentences are read (also keeps it fast).
    """
    last = text[text.rfind("\n") + 1 :][-120:]  # the last paragraph: a measure's "目前已整改" is not the item's
    if last.rstrip("。.;； ")[-1:] in CLOSERS:
        # …修订办法。(已完成,长期坚持): the paragraph closed by its status in brackets (a provincial enterprise's form)
        bracketed = bracketed_status(last)[1]
        if bracketed is not None:
            return bracketed
    # Or a paragraph of its own that is nothing but the statement, printed before the measures (目前,该问题已
    # 整改完成。\n<measures>): short, so a measure's clause inside a longer paragraph is not read.
    first = text[: text.find("\n")] if "\n" in text else ""
    text, read, sentence = last, False, None  # the closing sentence's status, once read
    progress, done = PROSE_PROGRESS_RE.search(text), PROSE_DONE_RE.search(text)
    if not (progress or done):
        read, sentence = True, _closing_status_sentence(text)
        if sentence is None and 0 < len(first) <= OWN_LINE_LIMIT:  # the last paragraph states none: the first may
            text, read = first, False
            progress, done = PROSE_PROGRESS_RE.search(text), PROSE_DONE_RE.search(text)
    if done and DONE_TALLY_AFTER_RE.match(text, done.end()):
        done = None  # 目前已整改到位41个，剩余3个…: a tally of the parts done, not the problem's status
    if not (progress or done):
        found = (sentence if read else _closing_status_sentence(text)) or opening_status_sentence(text)
        return found or (_share_status(text) if "%" in text or "％" in text else None)
    if progress and done:
        return "in_progress" if progress.start() > done.start() else "done"  # the later statement wins
    if progress:
        return "in_progress"
    if done and "%" in text and (share := _SHARE_AFTER_RE.match(text, done.end())) and share["n"] != "100":
        return "in_progress"  # 该问题已完成整改任务的80%: a share of the work, not all of it (issue 19, round 7)
    if done and LONGTERM_RE.search(text, done.end()):
        return "done_longterm"  # 目前,该问题已完成整改,并将长期坚持
    return "done" if done else None


def states_done_kept_up(text: str) -> bool:
    """Whether the text's closing paragraph states the problem done and kept up in one statement of its own
    (…建立医保智能监控机制。该问题已完成整改，将长期坚持。), not only echoes the keeping up (…,此项工作长期坚持。):
    under a status heading saying the same (需长期坚持的问题), the problem's own statement is its source (round 103's
    convention; a county hospital's status sections, issue 19's round 161), an echo takes the heading's (round 52)."""
    last = text[text.rfind("\n") + 1 :][-120:]  # the paragraph _prose_status reads (asked of kept-up problems only)
    done = PROSE_DONE_RE.search(last)
    return bool(done and LONGTERM_RE.search(last, done.end()))


def _share_status(text: str) -> Status | None:
    """The status the paragraph's last share of the work done gives (…整改完成进度80%。剩余3项正在对接… / 目前完成
    进度60%，预计9月底前完成 / …诫勉谈话。整改完成率100%): a city bureau's 整改情况 paragraphs tell how far each
    problem is by the figure, no status word beside it (issue 19's round 90); read where no sentence states one."""
    shares = list(PROGRESS_SHARE_RE.finditer(text))
    if not shares:
        return None
    return "done" if float(shares[-1]["p"]) >= 100 else "in_progress"


_SHARE_AFTER_RE = re.compile(r"(?:任务|工作|进度)?(?:的)?(?P<n>\d{1,3})(?:\.\d+)?%")
OWN_LINE_LIMIT = 30
# A rectification text closed (or opened, on a line of its own) by a sentence that is nothing but a status,
# its subject left out (整改情况:修订…制度。已完成整改。 / …每月调度一次。正在整改。): a county bureau's notice
# (婺城区, https://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html) states each so.
_CLOSING_SENTENCE_LIMIT = 8
_LED_SENTENCE_LIMIT = 24


def _closing_status_sentence(text: str) -> Status | None:
    """The status of a short last sentence of the paragraph (or the short paragraph itself), if it is one; where the
    sentence as a whole states none, the status its clause led by 目前 states (below)."""
    found = _last_sentence_status(text)
    return _now_clause_status(text) if found is None else found


# A closing sentence whose MIDDLE clause, led by a word of the present (目前/当前/截至目前), states the status, a step
# taken before it and one more step after (…换届工作方案已经党委常委会审议通过，目前换届工作正在推进中，民主推荐环节
# 已完成。: a provincial university's notice on its own site, round 137): the first clause is a step of the past, the
# time word turns to where the problem stands now. Read only where the whole sentence states no status, and only a
# clause that is, its subject and the work it names set aside, nothing but status words (正在推进中, 已完成整改): a step
# under way (目前正在进行内部装修, 目前正在进行公示前考察) or the parts' state (目前均已按期推进) is no status.
_NOW_CLAUSE_RE = re.compile(r"[，,](?:目前|当前|截至目前|截止目前)")


def _now_clause_status(text: str) -> Status | None:
    """The status stated by the last sentence's clause led by 目前 after its first clause, if that clause states one."""
    if "目前" not in text and "当前" not in text:
        return None  # the cheap precheck
    body = text.rstrip("。.;；!！ ")
    cut = max(body.rfind("。"), body.rfind("；"), body.rfind(";"))
    m = _NOW_CLAUSE_RE.search(body, cut + 1)
    if m is None:
        return None
    rest = body[m.end() :].lstrip("，, ")  # 截至目前，调整工作仍在推进: the time word set apart by its comma
    clause = _COMMA_RE.split(rest, maxsplit=1)[0]
    bare = _CLAUSE_SUBJECT_RE.sub("", clause, count=1)  # 该问题 / 此项 set aside
    if (at := bare.find("工作", 0, _WORK_SUBJECT_LIMIT)) > 0:
        bare = bare[at + 2 :]  # 换届工作正在推进中: the work named, then its status
    if not (bare.startswith(_CLAUSE_STARTS) and STATUS_ONLY_RE.fullmatch(bare)) or STEP_UNDER_WAY_RE.match(bare):
        return None
    found = classify_status(bare)
    # …，目前该问题已完成整改，并长期坚持: done, then kept up
    return "done_longterm" if found == "done" and LONGTERM_RE.search(rest, len(clause)) else found


def _last_sentence_status(text: str) -> Status | None:
    """The status of a short last sentence of the paragraph (or the short paragraph itself), if it is one."""
    body = text.rstrip("。.;；!！ ")
    cut = max(body.rfind("。"), body.rfind("；"), body.rfind(";"))
    sentence = body[cut + 1 :]
    if "待" in sentence and PROMISED_AFTER_STEP_RE.fullmatch(_COMMA_RE.split(sentence)[-1].strip()):
        return "in_progress"  # …报送补充计划，待省法院统一招录后即可完成: done only once that step is taken
    if sentence.endswith(("%", "％")) and (share := PERCENT_FIELD_RE.search(sentence)):
        return "done" if float(share["p"]) >= 100 else "in_progress"  # …建立核查制度。完成进度：100%
    if STEP_UNDER_WAY_RE.match(sentence.strip()):
        return None  # 正在审计中 / 审计工作正在进行中: a step's pending work, not the problem's status
    named = time_led = False
    if sentence[:1] in _DATE_FIRST and (dated := _leading_date(sentence)):
        sentence, time_led = sentence[dated:], True  # 2024年8月已整改完成 / 截至8月底，已整改到位: a time word
    if sentence[:1] in _SUBJECT_FIRST:
        bare = _SUBJECT_PREFIX_RE.sub("", sentence, count=1)  # 目前，此项整改已完毕 → 已完毕
        named = NAMES_THE_PROBLEM_RE.search(sentence, 0, len(sentence) - len(bare)) is not None
        time_led = time_led or len(bare) < len(sentence)
        sentence = bare
    if named and len(sentence) <= FIELD_VALUE_LIMIT:
        # 目前，该问题已清退 / 此问题正在协调 / 该问题整改实现闭环: the sentence names the problem itself, then its
        # status in words no family lists, read by its parts (a bare 已<verb> only as a short marker: 已清退)
        stated = len(sentence) <= ASPECT_MARKER_LIMIT and sentence.startswith(ASPECT_WORDS)
        found = classify_status(sentence) or parts_status(sentence, stated=stated)
        if found is not None:
            return found
    elif time_led and _time_led_status(sentence) is not None:
        return _time_led_status(sentence)
    hedged = None
    if len(sentence) > _CLOSING_SENTENCE_LIMIT and ("，" in sentence or "," in sentence):
        hedged = _hedged_status(sentence)  # 已完成大部分整改任务，…正在办理: a share done is no step done
    if hedged is not None:
        return hedged
    if (at := sentence.find("工作", 0, _WORK_SUBJECT_LIMIT)) > 0 and sentence.startswith(_STATUS_STARTS, at + 2):
        if _named_part_after_done_part(body, cut, sentence[:at]):
            return None  # …凭证47笔;往来款项的清理工作正在进行中: one part done, another under way (L05's class)
        sentence = sentence[at + 2 :]  # 干部培训工作尚在持续开展 / 相关工作正在推进: the work named, then its status
    if (
        len(sentence) > _CLOSING_SENTENCE_LIMIT
        and _length_but_dates(sentence) <= _STATED_SENTENCE_LIMIT
        and sentence.startswith(_STATUS_STARTS)
        and not ("，" in sentence or "," in sentence)
        and not reports_work(sentence)
    ):
        return classify_status(sentence)  # 已于2025年5月整改到位 / 已整改完成并长期坚持: nothing but the status
    if len(sentence) > _CLOSING_SENTENCE_LIMIT and ("，" in sentence or "," in sentence):
        if sentence.count("，") + sentence.count(",") == 1 and step_done_then_pending(sentence):  # two clauses
            # …互认平台已完成招标，正在建设中: one step of a piece done, the rest under way (L05's class); a third
            # clause may state the problem's own status after them (…，剩余84个正在推进，整改工作持续推进中): two only
            return None
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


def _hedged_status(sentence: str) -> Status | None:
    """In progress where a closing sentence of several clauses hedges, stages or conditions the status (issue 19's round
    150, see lexicon.PART_DONE_CLAUSE_RE and what follows it): a share or a stage done first, results conceding a
    shortfall, the problem listed as long-term rectification, or the rest done after an exception of a part."""
    share = "完成" in sentence and ("部分" in sentence or "第" in sentence or "多数" in sentence)
    conceded = "取得" in sentence and holds_any(sentence, CONCESSION_OPENERS)
    listed = "长期" in sentence
    excepted = "除" in sentence and "外" in sentence
    if not (share or conceded or listed or excepted):
        return None  # the cheap prechecks: most closing sentences hold none of the words
    clauses = _COMMA_RE.split(sentence)
    first = clauses[0].strip()
    if first[:1] in _CLAUSE_SUBJECT_FIRST:
        first = _CLAUSE_SUBJECT_RE.sub("", first, count=1)  # 该问题 / 目前 set aside
    if share and PART_DONE_CLAUSE_RE.fullmatch(first):
        return "in_progress"
    if conceded and RESULTS_CLAUSE_RE.fullmatch(first):
        for clause in clauses[1:]:
            if clause.strip().startswith(CONCESSION_OPENERS) and holds_any(clause, SHORTFALL_WORDS):
                return "in_progress"
    if listed:
        for clause in clauses:
            bare = _CLAUSE_SUBJECT_RE.sub("", clause.strip(), count=1)
            if LONGTERM_LISTED_RE.fullmatch(bare):
                return "in_progress"
    if (
        excepted
        and len(clauses) == _EXCEPTION_AND_REST
        and first.startswith(EXCEPT_OPENERS)
        and first.endswith(EXCEPT_CLOSERS)
        and EXCEPT_REST_DONE_RE.fullmatch(clauses[1].strip())
    ):
        return "in_progress"
    return None


_EXCEPTION_AND_REST = 2  # 除…外，其余…均已完成: two clauses


def _length_but_dates(sentence: str) -> int:
    """A sentence's length without the dates its status names (已于2024年5月31日前整改完毕 is as short a statement as
    已于5月整改完毕): a date is no sign of a longer report."""
    if not _STATED_SENTENCE_LIMIT < len(sentence) <= _STATED_SENTENCE_LIMIT + _LONGEST_DATE:
        return len(sentence)  # the cheap precheck: within the limit, or too long even if a full date is set aside
    return len(STATUS_DATE_RE.sub("", sentence))


_LONGEST_DATE = 12  # 于2024年12月31日前


def _leading_date(sentence: str) -> int:
    """Where a closing sentence's status starts after the date leading it (2024年8月已整改完成, 于2024年7月完成整改),
    0 where no date leads it or the date is a deadline (于2024年底前完成整改: a promise unless 已 says it is kept)."""
    m = LEADING_DATE_RE.match(sentence)
    if m is None or m.end() == len(sentence):
        return 0
    deadline = "前" in m.group() and not sentence.startswith("已", m.end())
    return 0 if deadline else m.end()


# The first characters of a date leading a closing sentence: its digits, 于, 截至/截止.
_DATE_FIRST = frozenset("0123456789于截")


def _named_part_after_done_part(body: str, cut: int, work: str) -> bool:
    """Whether a closing clause's work (<object>的<verb>工作) is one part of the rectification, named apart after a
    clause of the same sentence that reports another part done (规范报销手续不全的凭证47笔;往来款项的清理工作正在
    进行中, a county development zone's 整改成效 field, round 60): a part done and the rest going on, which the
    layouts' L05 states with 其余 (已完成换届4个,其余3个正在…), is pending work and no status; the whole work named
    (相关工作正在推进, 整改工作正在推进) or a clause after a full stop is the problem's status."""
    if cut < 0 or body[cut] not in ";；" or not _names_a_part(work):
        return False
    done = body[:cut].rsplit("。", 1)[-1]
    return reports_work(done) or any(ch.isdigit() for ch in done)


# The words that name the rectification at large before 工作 (相关工作, 整改工作, 各项工作): the whole work, whose
# status the sentence states, never one part of it.
_WHOLE_WORK = ("相关", "有关", "整改", "各项", "此项", "该项", "这项", "上述", "全部", "后续", "巡察", "巡视")


def _names_a_part(work: str) -> bool:
    """Whether the words before 工作 name one piece of the rectification: <object>的<verb> (往来款项的清理), or an
    object and its verb run together (群众满意度回访工作, a town's 整改情况 on its service hall, round 73); not
    the work at large (相关工作, 整改工作)."""
    return "的" in work or (len(work) >= _PART_NAME_MIN and not work.startswith(_WHOLE_WORK))


_PART_NAME_MIN = 4  # 满意度回访, 档案整理: an object and its verb; 整改, 相关 are the whole


def _time_led_status(sentence: str) -> Status | None:
    """目前，已列入计划逐步解决 / 目前，整改进入收尾阶段: after the time, a short status read by its parts. A report
    of work done (截至目前已完成专项检查3次, 目前已清退2人) is the measures' last word, not the problem's status."""
    if not sentence.startswith(STATUS_PARTS["opening"]):
        # 目前，校办企业体制改革正在按计划推进 / 目前，平台建设已进入验收阶段: the work named, then its status (a
        # university's and a bureau's closings, round 21)
        at = min((k for w in _AFTER_THE_WORK if (k := sentence.find(w, 0, _WORK_SUBJECT_LIMIT + 1)) > 1), default=0)
        sentence = sentence[at:] if at else sentence
    if (dated := _under_way_then_expected(sentence)) is not None:
        return dated
    if len(sentence) > FIELD_VALUE_LIMIT or not sentence.startswith(STATUS_PARTS["opening"]):
        return None
    if reports_work(sentence) or any(ch.isdigit() for ch in sentence):
        return None
    return classify_status(sentence) or parts_status(sentence)


_AFTER_THE_WORK = ("正在", "仍在", "尚在", "尚未", "已")  # where a status starts after the work it speaks of

# 目前，村集体经济项目正在建设中，预计2019年12月底前竣工: the work under way, then the day it is expected to end (a city
# government office's closing, round 64): the problem's own status, in progress; a step others take (正在审计中) is
# pending work, not a status (STEP_UNDER_WAY_RE), and the date after it is no report of work done.
_EXPECTED_END_RE = re.compile(
    r"^(?:预计|计划|力争|争取)(?:于|在|到)?\S{2,16}?(?:完成|完工|竣工|建成|投用|投入使用|到位)$"
)


def _under_way_then_expected(sentence: str) -> Status | None:
    """正在建设中，预计…竣工 after the time and the work's name: in progress."""
    if "中" not in sentence or ("预计" not in sentence and "计划" not in sentence):
        return None  # the cheap precheck: 正在…中 and the expected end
    first, _, rest = sentence.replace("，", ",").partition(",")
    if not rest or _EXPECTED_END_RE.match(rest.rstrip("。.;； ")) is None:
        return None
    under = first[first.find("正在") :] if "正在" in first else ""
    if not (under.endswith("中") and 3 <= len(under) <= 8) or STEP_UNDER_WAY_RE.match(under):
        return None
    return "in_progress"


# A closing sentence whose first or last clause is its subject and a status, the other clause the work it speaks of
# (该项整改正在深化中，作风建设长效机制还在完善 / 属长期整改事项，目前正按计划有序推进 / 收费系统改造还未完成，
# 整改仍在进行 / 上述整改举措均已落实，问题已解决): a city commission's, a township's and a provincial commission's
# notices close their texts so (issue 19's sixth batch). A clause counts only when, its subject set aside, it opens
# with a status word and is short: a measure's purpose (确保整改到位, 推动问题解决) opens with its verb and is not read.
_CLAUSE_SUBJECT_RE = re.compile(
    r"^(?:目前|截至目前|现|当前)?[,，]?(?:(?:该|此|本|这)?(?:个|项)?(?:问题|整改任务|整改事项|整改工作|整改|任务|事项))?"
    r"(?:目前|现)?[,，]?"
)
# (还需: work still owed, as 仍需/尚需 open it: 数据质量问题还需持续发力, round 79)
_CLAUSE_STARTS = ("已", "正", "仍", "尚", "还在", "还需", "未", "按计划", "持续", "整改")
# A closing sentence's first clause may name the problem in its own words, not as 该问题, before its status, the next
# clause keeping it up (目前，中心街道占道经营问题已整改到位，长效管理机制已建立并长期坚持: a town's 整改成效 field,
# round 39): the named problem is the clause's subject, set aside as 该问题 is; not a measure's object (对…问题已…).
# Nor a share of the problems (其余问题正在推进整改中, 部分问题已整改: a part's status, not the problem's).
_NAMED_PROBLEM_SUBJECT_RE = re.compile(
    rf"(?![对针就将把按]|{'|'.join((*REST_WORDS, *FINDING_SUBJECTS, '其他', '其它'))})"
    r"[^，,。；;：:]{2,14}?问题(?=已|正在|仍|尚|还需|均已|基本)"
)
_STATUS_CLAUSE_LIMIT = 9


def _status_clause(sentence: str) -> Status | None:
    """The status of the first or the last clause of a sentence, when one of them is a subject and a status."""
    clauses = _COMMA_RE.split(sentence)
    if len(clauses) > 1 and SPOKEN_OPEN_CLAUSE_RE.fullmatch(clauses[-1].strip()):
        return (
            "in_progress"  # …正在办理，马上整改到位 / …已报审批，下一步继续做: a secretary's spoken status (round 130)
        )
    for clause in (clauses[0], clauses[-1]):
        if STEP_UNDER_WAY_RE.match(clause.strip()):
            continue  # …已送市审计局，正在审计中: a step's pending work (lexicon.STEP_UNDER_WAY_RE)
        bare = _CLAUSE_SUBJECT_RE.sub("", clause, count=1) if clause[:1] in _CLAUSE_SUBJECT_FIRST else clause
        if len(bare) > _STATUS_CLAUSE_LIMIT and (named := _NAMED_PROBLEM_SUBJECT_RE.match(bare)):
            bare = bare[named.end() :]  # 中心街道占道经营问题已整改到位: the problem named in its own words
        if (at := bare.find("工作", 0, _WORK_SUBJECT_LIMIT)) > 0 and bare.startswith(_CLAUSE_STARTS, at + 2):
            bare = bare[at + 2 :]  # 清欠工作仍在持续: the work named, then its status
        short = 2 <= len(bare) <= _STATUS_CLAUSE_LIMIT
        if short and bare.startswith(_CLAUSE_STARTS) and not reports_work(bare) and (found := classify_status(bare)):
            return found
    # 截至2024年6月底，该问题已整改完成，下一步将持续巩固整改成果 / 经过整改，此项工作已全部整改到位，并建立长效机制:
    # a lead-in of time or means, the status, then what comes next. The first clause of status words alone that does
    # not speak of what comes next (将持续推进, 并建立…) states the status.
    for n, clause in enumerate(clauses):
        if 2 <= len(clause) <= _COMPOSED_CLAUSE_LIMIT and not clause.startswith(_WHAT_COMES_NEXT):
            if LONGTERM_TAIL_RE.match(clause):
                continue  # …每学期开展一次专项检查，长期坚持: the routine kept up, no status of its own (L04)
            if STATUS_ONLY_RE.fullmatch(clause) and (found := classify_status(clause)):
                return _kept_up(found, clauses[n + 1 :])
    return None


def _kept_up(found: Status, after: list[str]) -> Status:
    """A done clause kept up by the short clause after it (…，已经整改，今后长期坚持 / …，已整改，以后长期坚持): done
    long-term, as 已整改并长期坚持 is; a small body's own clerk sets the keeping-up apart so (a village, round 88)."""
    if found != "done" or not after:
        return found
    tail = after[0].rstrip("。.；; ")
    kept = len(tail) <= _KEPT_UP_LIMIT and tail.startswith(_KEPT_UP_FROM) and LONGTERM_RE.search(tail) is not None
    return "done_longterm" if kept else found


_KEPT_UP_LIMIT = 8
_KEPT_UP_FROM = ("今后", "以后", "后续")


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


_SENTENCE_END_RE = re.compile(r"[。；;\n]")


def status_sentence_alone(text: str) -> Status | None:
    """The status of the text's first or last sentence where it is nothing but a status (已完成整改。<measures> /
    <measures>。该问题正在整改中。); a clause closing a measure's sentence (物色后备干部23名,…,目前正在进行培养
    考察) reports the work, so it is not read. For a problem whose notice withholds its status field (round 51)."""
    sentences = [part.strip() for part in _SENTENCE_END_RE.split(text) if part.strip()]
    for sentence in sentences[:1] + sentences[-1:]:
        if "，" in sentence or "," in sentence:
            continue
        bare = _SUBJECT_PREFIX_RE.sub("", sentence, count=1) if sentence[:1] in _SUBJECT_FIRST else sentence
        stated = 2 <= len(bare) <= _STATED_SENTENCE_LIMIT and bare.startswith(_STATUS_STARTS)
        if stated and not reports_work(bare) and (found := classify_status(bare)) is not None:
            return found
    return None


def closing_status_clause(text: str) -> Status | None:
    """The status of the clause closing the text's last sentence where that clause is status words alone (…对培训
    经费逐笔核查，规范报账资料，已整改完毕): a grassroots notice's clerk types the problem's status as the last clause
    of its 整改情况 where the status field was left out for that problem (a township's 公示, round 127). Status words
    alone (STATUS_ONLY_RE), so a clause reporting the work (目前正在进行培养考察) is not read, nor a routine kept up
    (…，长期坚持, LONGTERM_TAIL_RE), nor a step done before the rest under way (step_done_then_pending)."""
    body = text.rstrip("。.；; \n")
    sentence = _SENTENCE_END_RE.split(body)[-1].strip()
    if "，" not in sentence and "," not in sentence:
        return None  # the sentence alone is status_sentence_alone's
    clause = _COMMA_RE.split(sentence)[-1].strip()
    if not 2 <= len(clause) <= _STATUS_CLAUSE_LIMIT or LONGTERM_TAIL_RE.match(clause):
        return None
    if STATUS_ONLY_RE.fullmatch(clause) is None or step_done_then_pending(sentence):
        return None
    return classify_status(clause)


# Nothing but status words (已整改, 正在整改, 已完成整改, 基本完成): a sentence of them states a status.
_BARE_STATUS_RE = re.compile(
    r"(?:目前)?(?:已经?|正在|尚未|未|基本|阶段性)?(?:整改|完成|办结|销号)(?:整改|完成|到位|中)?"
)


def prose_found(text: str) -> bool:
    """Whether the text holds a prose statement of a problem's status (目前该问题已整改完成)."""
    return bool(PROSE_PROGRESS_RE.search(text) or PROSE_DONE_RE.search(text))


def _names_earlier_point(text: str) -> bool:
    """Whether the words of an earlier point of EARLIER_STATE_SENTENCE_RE stand in the text (集中整改期…时, 上次通报时,
    首次报告时…): plain substring tests, asked of every item's text."""
    return "整改期" in text or "次通报" in text or "次报告" in text or "次公示" in text or "次公布" in text


def pending_evidence(text: str) -> tuple[str, ...]:
    """Phrases stating concrete unfinished work (正在对接中, 待…后录入, 等待省厅发文, 初稿, 报…审批)."""
    text = text.replace("\n", "")  # a page's line break is no clause's end (…正|在征求意见 copied at a width)
    if ("时," in text or "时，" in text) and _names_earlier_point(text):  # the cheap precheck: 时 and a comma
        text = EARLIER_STATE_SENTENCE_RE.sub("", text)
    found: list[str] = []
    matches = list(PENDING_RE.finditer(text))
    if "申" in text:  # an application put up and waiting (申报材料已提交): a scan of its own, see the lexicon
        matches = sorted([*matches, *APPLICATION_PUT_UP_RE.finditer(text)], key=lambda m: m.start())
    if "验收" in text:  # the work put up for acceptance (已提请…组织验收): a scan of its own, see the lexicon
        matches = sorted([*matches, *ACCEPTANCE_PUT_UP_RE.finditer(text)], key=lambda m: m.start())
    if ("已完成" in text or "已经完成" in text) and _DONE_COUNT_RE.search(text):  # (…3户…，已完成2户): see the lexicon
        parts = [m for m in PART_OF_COUNT_DONE_RE.finditer(text) if int(m["m"]) < int(m["n"])]
        matches = sorted([*matches, *parts], key=lambda m: m.start()) if parts else matches
    for m in matches:
        phrase = _clause(text, m.start(), m.end())
        if phrase not in found:
            found.append(phrase)
    plan = _closing_plan(text)
    if plan and plan not in found:
        found.append(plan)
    return tuple(found)


# The cheap precheck of lexicon.PART_OF_COUNT_DONE_RE: a count right after the done word (已完成2户)
_DONE_COUNT_RE = re.compile(r"已(?:经)?完成\d")


def _closing_plan(text: str) -> str | None:
    """The text's last clause where it is a dated plan (计划2025年上半年到岗): the work's end is still to come."""
    if text[-1:] in "。；;" and ("在" in text[-_STATED_SENTENCE_LIMIT - 2 :] or "中" in text[-3:]):
        text = _before_closing_under_way(text)  # the cheap precheck: a closing 正在…/仍在…/…中 sentence
    tail = len(text) - _PLAN_TAIL if len(text) > _PLAN_TAIL else 0
    m = CLOSING_PLAN_RE.search(text, tail)  # one search of the tail: a call per item, kept cheap
    if m is None and "后" in text[tail:] and any(word in text[tail:] for word in ARRIVALS):
        m = TERM_ARRIVAL_RE.search(text, tail)  # staff to come when their course ends: only where one may stand
    return _clause(text, m.start(), m.end()) if m else None


def _before_closing_under_way(text: str) -> str:
    """The text without a closing sentence that says nothing but that the work is under way (…2所新建学校已开工建设，
    计划2026年9月投入使用。正在推进整改。: a district bureau's 整改进展 paragraphs each end on their status sentence,
    issue 19's round 152): that sentence agrees with the dated plan before it, which still closes what the text
    reports; a sentence saying the work done (…计划6月底前完成。已完成整改。) or reporting work is kept."""
    body = text.rstrip("。；; ")
    cut = max(body.rfind(ch) for ch in "。；;\n")
    sentence = body[cut + 1 :].strip()
    if cut < 0 or not 2 <= len(sentence) <= _STATED_SENTENCE_LIMIT or "，" in sentence or "," in sentence:
        return text
    bare = _SUBJECT_PREFIX_RE.sub("", sentence, count=1) if sentence[:1] in _SUBJECT_FIRST else sentence
    if bare.startswith(_STATUS_STARTS) and not reports_work(bare) and classify_status(bare) == "in_progress":
        return body[: cut + 1]
    return text


_PLAN_TAIL = 48  # a closing plan's clause is short: the lead, the day and the end, with what follows the end


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


# A status per measure: each numbered measure closed by its own bracket ((1)…。（已完成，2021年10月15日销号） /
# (2)…。（推进中，完成进度80%） / （完成进度100%，…销号） / （长期坚持）): a city bureau's 党组 reports its measures so,
# round 16. The problem is done when every measure is, in progress while one is not.
_MEASURE_NUMBER = r"(?:[(（]\d{1,2}[)）]|[①-⑳]|\d{1,2}[.、．](?!\d))"  # (1) / ① / 1. opening one measure
_MEASURE_LINE_RE = re.compile(rf"^{_MEASURE_NUMBER}")
# The measures run on in one paragraph, each numbered and closed by its bracket, a ； between them (整改措施：1.修订
# …（已完成）；2.倒排工期…（已完成）；3.完成剩余2个片区征收安置（正在推进）。: a county enterprise's 第N项 blocks,
# issue 19's round 90): each is a measure as a line of its own is.
_MEASURE_RUN_RE = re.compile(rf"(?<=[)）])\s*[；;]\s*(?={_MEASURE_NUMBER})")
# The measures counted, those done among them (制定整改措施5条，已完成4条，剩余1条正在推进 / 措施6项，已落实6项): the
# same enterprise's blocks tell how far a problem is by the tally of its own measures (round 90), a count of the
# measures, not of a part of the work (the layouts' L05 item 7); all done is done, fewer in progress.
_MEASURE_TALLY_RE = re.compile(
    r"措施\s*(?P<n>\d{1,2})\s*(?P<u>[条项])\s*[，,]\s*(?:其中|目前|现)?\s*已(?:完成|落实)\s*(?P<m>\d{1,2})\s*(?P=u)"
)
_MEASURE_BRACKET_RE = re.compile(r"[(（](?P<s>[^()（）]{2,30})[)）][。.；;]?$")
_PROGRESS_SHARE_RE = re.compile(r"^(?:完成|整改)?进度\s*[:：]?\s*(?P<p>\d{1,3})\s*[%％]$")


# A problem broken into the tasks it was rectified by, each task a numbered line closed by its own status field after
# its full stop (问题1:<problem>。 > 针对该问题，分解为3项整改任务： > 任务(1):<task>。完成情况:已完成，<facts>。 >
# 任务(2):<task>。完成情况:正在推进，<facts>。: a city bureau reporting each problem through its tasks, issue 19's
# round 158): each task's field states its part, and the parts together the problem's, as measures' brackets do.
_TASK_LINE_RE = re.compile(rf"^(?:(?:整改)?(?:任务|措施|事项)\s*)?{_MEASURE_NUMBER}")
_TASK_FIELD_RE = re.compile(r"[。.;；]\s*(?P<label>[\u4e00-\u9fff]{2,6})[:：]\s*(?P<value>[^:：]+)$")


def _tasks_status(measures: str) -> Status | None:
    """The status the numbered tasks' own status fields give together, where each numbered line closes on one."""
    found: list[Status] = []
    for ln in measures.split("\n"):
        if not _TASK_LINE_RE.match(ln):
            continue
        field = _TASK_FIELD_RE.search(ln)
        if field is None or not STATUS_LABELS.match(field["label"]):
            return None  # a numbered line closing on no status field: measures, not tasks reported each
        status = label_status(field["label"], field["value"])
        if status not in ("done", "done_longterm", "in_progress"):
            return None
        found.append(status)
    return _together(found)


def _together(found: list[Status]) -> Status | None:
    """The parts' statuses as the whole's: done only when every part is, in progress while one is not, done and kept
    up where one part is kept up and the rest done (rounds 16, 90, 105)."""
    if not found:
        return None
    if "in_progress" in found:
        return "in_progress"
    return "done_longterm" if "done_longterm" in found else "done"


def tasks_status(lines: list[str]) -> Status | None:
    """A problem's status from the tasks its text announced (structure.tree's _tasks_announced): each numbered task
    with its status field closing its line or on the field's own line under it (normalize cuts a label running on
    after a full stop to a line of its own); None where a task states none."""
    found: list[Status] = []
    task = False  # a numbered task met whose status is still to come
    for ln in lines:
        if _TASK_LINE_RE.match(ln):
            if task:
                return None  # the task before stated no status
            field = _TASK_FIELD_RE.search(ln)
            if field is None or not STATUS_LABELS.match(field["label"]):
                task = True
                continue
            label, value = field["label"], field["value"]
        elif task and (":" in ln or "：" in ln):
            label, _, value = ln.replace("：", ":", 1).partition(":")
            if not STATUS_LABELS.match(label.strip()):
                continue  # another field of the task (责任单位:…)
        else:
            continue
        status = label_status(label.strip(), value)
        if status not in ("done", "done_longterm", "in_progress"):
            return None
        found.append(status)
        task = False
    return None if task else _together(found)


def measures_status(measures: str) -> Status | None:
    """The status the numbered measures' closing brackets give together, where each of them states one; or the
    numbered tasks' own status fields (_tasks_status)."""
    if "措施" in measures and (tally := _MEASURE_TALLY_RE.search(measures)) is not None:
        return "in_progress" if int(tally["m"]) < int(tally["n"]) else "done"
    if ":" in measures and (tasks := _tasks_status(measures)) is not None:  # the cheap precheck: a field's colon
        return tasks
    if "）" not in measures and ")" not in measures:
        return None  # the cheap precheck: no bracket, no status per measure
    found: list[Status] = []
    for ln in measures.split("\n"):
        # a run of measures needs its ；: most lines hold none, and the split's lookbehind opening tries every place
        for part in _MEASURE_RUN_RE.split(ln) if ";" in ln or "；" in ln else (ln,):
            if _MEASURE_LINE_RE.match(part):
                status = _measure_status(part)
                if status is None:
                    return None  # a measure that states none: the first such ends the reading (most notices)
                found.append(status)
    if not found:
        return None
    if "in_progress" in found:
        return "in_progress"
    return "done_longterm" if "done_longterm" in found else "done"


def _measure_status(line: str) -> Status | None:
    """A measure's closing bracket: its status words, or the share of it done (完成进度100%)."""
    m = _MEASURE_BRACKET_RE.search(line)
    if m is None:
        return None
    first = FIRST_CLAUSE_RE.split(m["s"], maxsplit=1)[0].strip()
    if share := _PROGRESS_SHARE_RE.match(first):
        return "done" if int(share["p"]) >= 100 else "in_progress"
    whole = classify_status(m["s"]) if len(m["s"]) <= 12 else None
    status = whole or classify_status(first)
    return status if status in ("done", "done_longterm", "in_progress") else None
