"""Status stated in an item's labelled fields (整改进度：已完成, 是否完成：是, 完成时限：…（已完成）)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..dates import cn_int
from ..lexicon import (
    APPLICATION_PUT_UP_RE,
    CONCESSION_OPENERS,
    DEADLINE_LABELS,
    DEADLINE_VALUE,
    DEADLINE_VERDICT_OPENERS,
    DONE_DATE_CLAUSE_RE,
    DONE_LABELS,
    DONE_RE,
    EARLIER_STATE_SENTENCE_RE,
    FIELD_VALUE_LIMIT,
    IN_PROGRESS_RE,
    KEPT_UP_STATUSES,
    LONGTERM_RE,
    MAYBE_STATUS_LABELS,
    MEASURE_ORDINALS_RE,
    PENDING_RE,
    PERCENT_WORDS_RE,
    PROGRESS_FRACTION_RE,
    PROGRESS_SHARE_RE,
    STAGE_LABELS,
    STATUS_CLAUSE_RE,
    STATUS_LABELS,
    STATUS_ONLY_RE,
    STATUS_PARTS,
    YES_NO_LABELS,
    by_first_character,
)
from ..model import Status
from .words import (
    LEADING_STATUS_RE,
    OPENERS,
    SHARE_IN_RE,
    classify_status,
    field_value_status,
    parts_status,
    reports_work,
    rest_goes_on,
)


def label_status(label: str, value: str, defined_done: frozenset[str] = frozenset()) -> Status | None:
    """Status given by a labelled line of an item (整改结果:已完成, 整改进度:正在推进, 整改完成情况:…)."""
    return _label_status(label, value, defined_done)  # one cache key however the caller passes the words defined


def clear_label_cache() -> None:
    """Forget the fields and status words read: parse_notice calls it per notice, so that a notice parsed again costs
    what a new one does."""
    _label_status.cache_clear()
    _lead.cache_clear()
    classify_status.cache_clear()


# Asked of each field up to three times per item (what it states, whether it is a measure, its lead cut): cached
# for one notice (clear_label_cache).
@lru_cache(maxsize=512)
def _label_status(label: str, value: str, defined_done: frozenset[str]) -> Status | None:
    if "时" in value[:24] and (then := EARLIER_STATE_SENTENCE_RE.match(value)) is not None:
        # 集中整改期届满时，…正在追缴。2025年3月，已全部整改到位: the state since the earlier point is the status
        value = value[then.end() :]
    if len(value) <= _TICK_LIMIT and (mark := value.strip().rstrip("。.;；")) in _TICKS and _names_status(label):
        return _TICKS[mark]  # 整改情况：√ / 是否完成：× — a ledger's tick in the status column
    if YES_NO_LABELS.match(label):  # 是否完成:是 / 是否销号:否
        answer = value.strip().rstrip("。.")
        if answer.startswith("是"):
            # 是否销号:是(长期坚持): yes, and kept up, as 已完成并长期坚持 (a village's 公示, round 48)
            return "done_longterm" if LONGTERM_RE.search(answer, 1) else "done"
        if answer.startswith("否"):
            return "in_progress"
        return classify_status(_lead(value), defined_done) or field_value_status(_lead(value))  # 是否销号：已销号
    if DEADLINE_LABELS.match(label):
        return _status_after_deadline(value, defined_done)
    if STATUS_LABELS.match(label):
        if (measured := _measured_status(value)) is not None:
            return measured  # 完成进度：3/5 / 已完成3项/共5项 / 整改进度：百分之八十: the measure opening the field
        if "%" in value or "％" in value:  # the cheap precheck for a share of the work
            if (share := _PERCENT_RE.match(value)) is not None:
                return "done" if float(share["p"]) >= 100 else "in_progress"
            lead = _lead(value)
            if len(lead) <= FIELD_VALUE_LIMIT and (share := SHARE_IN_RE.search(lead)) is not None:
                return "done" if float(share["p"]) >= 100 else "in_progress"  # 已整改50%: a share, not all
        if _DATED_DONE_RE.fullmatch(value.strip(" 。.;；")):
            return "done"  # 完成情况：2024年11月15日完成: the day it was done stands for the done word
        if (figure := figure_status(_FIGURE_CLAUSE_END.split(value.strip(), maxsplit=1)[0])) is not None:
            return figure  # 完成情况：完成进度100%，建成… / 完成时间2024年5月，设立…: the figure opening the field
        found = _done_conceding(value, defined_done) or classify_status(
            value if len(value) <= 40 else _lead(value), defined_done
        )
        if found in ("done", "done_longterm") and rest_goes_on(value):
            return "in_progress"  # 已完成58个服务站建设，其余6个…同步推进: a part done counted, the rest going on
        if found is None and (_work_done_then_pending(value) or _reports_results(value) or _opens_on_measure(value)):
            return None  # the field reports work, no status: the section's heading, or else none, states it
        found = found or field_value_status(_lead(value)) or _glued_status(value, defined_done)
        return None if found in ("done", "done_longterm") and step_done_then_pending(value) else found
    if MAYBE_STATUS_LABELS.match(label):
        lead = _lead(value)
        if lead[:1] in OPENERS:  # 【已完成】<measures>: the words inside the opening bracket (_lead)
            lead = lead.strip()[1:-1]
        if reports_work(lead):
            return None
        found = classify_status(lead, defined_done)
        if found is None and lead.startswith(STATUS_PARTS["opening"]):
            # 整改情况：整改实现闭环。<measures>: a short lead of status words no family lists, read by its parts
            found = parts_status(lead)
        return None if found in ("done", "done_longterm") and step_done_then_pending(value) else found
    if DONE_LABELS.match(label):
        return classify_status(_lead(value), defined_done) or "done"
    if label[-2:] == "阶段" and STAGE_LABELS.match(label):
        return _stage_status(value, defined_done)
    return None  # most labels state no status: their value's lead is never cut


def _stage_status(value: str, defined_done: frozenset[str]) -> Status | None:
    """The status a stage field's short value names (整改阶段：推进阶段 / 启动阶段 / 验收中 → in progress; 已完成 /
    已销号 → done; 巩固提升阶段 → done): a stage of the work is under way unless it is the stage after the result, where
    the result reached is only kept up (lexicon.KEPT_UP_STATUSES, as a follow-up's 本次进展：巩固提升 reads)."""
    text = value.strip().rstrip("。.;；")
    if not text or len(text) > FIELD_VALUE_LIMIT:
        return None
    if text.endswith("阶段") and text[:-2] in KEPT_UP_STATUSES:
        return "done"
    return classify_status(text, defined_done) or field_value_status(text)


def _measured_status(value: str) -> Status | None:
    """The status a status field's value states by a measure other than a share in figures: the count of measures
    done of those set (3/5, 已完成3项/共5项: lexicon.PROGRESS_FRACTION_RE) or a share in words (百分之八十:
    lexicon.PERCENT_WORDS_RE), opening the value; the whole done is done, any less in progress."""
    counted = "/" in value or "／" in value or "共" in value or "总" in value or "合计" in value  # the cheap precheck
    if counted and (count := PROGRESS_FRACTION_RE.match(value)) is not None:
        done, of = int(count["k"] or count["k2"]), int(count["n"] or count["n2"])
        if of > 0 and done <= of:  # more done than set is no count of measures
            return "done" if done == of else "in_progress"
    if "百分之" in value and (share := PERCENT_WORDS_RE.match(value)) is not None:
        words = share["cn"].replace("两", "二")
        figure = 100 if words in ("百", "一百") else cn_int(words)
        if figure is not None and figure <= 100:
            return "done" if figure == 100 else "in_progress"
    return None


# A tick or a cross as the whole of a status column's value (√ 已完成, × 未完成), as ledgers printed from a form do.
_TICKS: dict[str, Status] = {"√": "done", "✓": "done", "✔": "done", "×": "in_progress", "✗": "in_progress"}
_TICK_LIMIT = 4  # the tick and a closing mark, spaces around them
# A deadline field that also states where the work stands (整改时限：2024年6月底前（已完成） / 完成时限：立行立改，
# 已完成): the deadline, then the status in brackets or after a comma, opening with a status word (a ; starts the
# next field, whose label a wrap may have cut: 整改时限:年底前;整改|进度:…). The deadline alone states none.
_DEADLINE_THEN_STATUS_RE = re.compile(
    rf"^(?:{DEADLINE_VALUE})\s*[(（,，]\s*(?P<s>(?:已|正|未|尚|仍|持续|基本|部分)[^()（）;；]{{1,11}}?)\s*[)）]?\s*[。.]?$"
)


# A status field's value run on into the next text where the page lost the line break (整改进度:已整改到位修订完善
# 相关制度,… / 整改进度:正在推进开展专项检查…, a one-line squeeze): its opening status words, and a few after them
# (已完成并长期坚持), are its status.
_GLUED_STATUS_RE = re.compile(by_first_character(IN_PROGRESS_RE.pattern, DONE_RE.pattern))
_GLUED_TAIL = 8
_CLAUSE_MARK_RE = re.compile(r"[。；;，,、:：]")  # where the words after the status end


def _glued_status(value: str, defined_done: frozenset[str]) -> Status | None:
    """The status words a status field's value opens with, read where nothing marks their end."""
    m = _GLUED_STATUS_RE.match(value)
    if m is None:
        return None
    found = classify_status(m.group(), defined_done)
    after = _CLAUSE_MARK_RE.split(value[m.end() : m.end() + _GLUED_TAIL], maxsplit=1)[0]
    return "done_longterm" if found == "done" and LONGTERM_RE.search(after) else found


def _done_conceding(value: str, defined_done: frozenset[str]) -> Status | None:
    """The done status a field's first clause declares where the next clause concedes unfinished work (已完成，但仍有
    2名干部尚未交流到位): the verdict stands, the concession is pending work (lexicon.CONCESSION_OPENERS)."""
    first, sep, rest = value.partition("，") if "，" in value else value.partition(",")
    if not sep or not rest.startswith(CONCESSION_OPENERS) or len(first) > FIELD_VALUE_LIMIT:
        return None  # most fields: no comma, or no concession after the first clause
    found = classify_status(first, defined_done)
    return found if found in ("done", "done_longterm") else None


def _work_done_then_pending(value: str) -> bool:
    """Whether a status field's value opens with a step taken (已<verb><object>, no status word) and goes on to
    concrete work still to do: the field reports a part done and the rest under way, not the problem closed.

    整改进展：已购置档案柜，确定专人负责，正在对…档案进行整理归档 / 完成情况：已拟定方案，待局党组会议审定后印发 (a
    kindergarten's problems under its 正在整改的问题 heading, round 57): a bare 已<verb> alone in the field (已清退) is
    done; with work pending after it the field states no status, as a part done and the rest going on in the measures
    states none (the layouts' L05): the heading over it, or nothing, does.
    """
    lead = _lead(value)
    if not lead or lead == value.strip() or field_value_status(lead) not in ("done", "done_longterm"):
        return False
    if PENDING_RE.search(value, len(lead)) is not None:
        return True
    # an application put up and waiting (申报材料已提交) is pending work too: a scan of its own, see the lexicon
    return "申" in value and APPLICATION_PUT_UP_RE.search(value, len(lead)) is not None


def step_done_then_pending(value: str) -> bool:
    """Whether a status field's value (or a closing sentence of two clauses, sentences._closing_status_sentence)
    opens with ONE STEP of the measures said done and goes on to concrete work still to do: it reports a part done
    and the rest under way, not the problem closed, so it states no status (the heading over it, or nothing, does),
    as _work_done_then_pending reads a bare step taken.

    完成情况：已完成《…规范》修订初稿，正在征求各司法所意见 / 整改情况：消防喷淋系统改造已完成，防火分区改造方案已报…
    审批 (a county bureau's 完成情况 blocks and a city hospital's status parts, issue 19's round 91): the done word
    stands with an object or a subject that names a piece of the work (初稿, 改造), so the first clause is not status
    words alone. A clause of status words alone (已完成整改，…正在调试 / 该问题已整改完成，…) is the item's own verdict,
    and any pending work after it is shown apart (the README's "declared done whose text is pending").
    """
    first = _CLAUSE_END.split(value, maxsplit=1)[0]
    if len(first) == len(value) or "未" in first or STATUS_ONLY_RE.fullmatch(first) is not None:
        return False  # one clause, a done word negated (尚未完成整改), or the item's own verdict
    if DONE_RE.search(first) is None:
        return False  # no step said done
    return PENDING_RE.search(value, len(first)) is not None


def _reports_results(value: str) -> bool:
    """Whether a status field's longer value only reports results of the work: it opens with a step taken and its
    object (已<verb><object>, no status word) and goes on with more work, naming no status anywhere.

    整改进展：已追回全部违规列支经费，修订完善制度3项，…系统已上线运行。 (a university's 问题N fields, round 73):
    what the measures achieved, as 江夏商城已全部出租 closing a measures paragraph is (round 70), not the problem's
    status; a bare 已<verb> alone as the value (已清退) or its short lead (已清退。…) is still done.
    """
    lead = _lead(value)
    if len(lead) <= _STEP_WITH_OBJECT or lead == value.strip().rstrip("。.;；"):
        return False
    if parts_status(lead) is not None or field_value_status(lead) not in ("done", "done_longterm"):
        return False  # a status word of its own (已整改到位, 已完成…), or no step taken at all
    return classify_status(value) is None and IN_PROGRESS_RE.search(value) is None


_STEP_WITH_OBJECT = 6  # 已清退, 已办结销号: a short marker; 已追回全部违规列支经费: a step and what it took


# The verbs a measure opens with that STATUS_PARTS also counts as a process under way (开展中, 实施中: the status).
_MEASURE_VERBS = ("开展", "实施")


def _opens_on_measure(value: str) -> bool:
    """Whether a status field's longer value is the measures alone: it opens with a measure's verb and its object
    and goes on with more measures, naming no status and no work still to do anywhere.

    整改进展：开展销售误导专项治理，修订销售行为管理办法，实行“双录”全覆盖，…投诉量环比下降23%。 (an insurer's
    branch, whose other problems' 整改进展 open on 已完成整改 / 正在推进, issue 19's round 131): what was done, as the
    results _reports_results reads, not the problem's status; 开展中 or 实施中 alone is still in progress.
    """
    if not value.startswith(_MEASURE_VERBS):
        return False  # the cheap precheck: most status fields open on a status word
    lead = _lead(value)
    if len(lead) <= len(_MEASURE_VERBS[0]) + 2 or lead.endswith("中") or lead == value.strip().rstrip("。.;；"):
        return False  # the verb alone or with 中 (开展中), or a one-clause value: read by its parts
    if classify_status(value) is not None or IN_PROGRESS_RE.search(value) is not None:
        return False  # a status stated after the measures
    return PENDING_RE.search(value) is None and not rest_goes_on(value)


# The labels are the genre's small vocabulary (整改情况, 完成时限, 是否完成), asked of per field: cached.
@lru_cache(maxsize=1024)
def is_status_label(label: str) -> bool:
    """Whether a field's label names the status (整改进度, 整改状态, 是否完成)."""
    return bool(STATUS_LABELS.match(label) or YES_NO_LABELS.match(label) or STAGE_LABELS.match(label))


def _names_status(label: str) -> bool:
    """Whether a field's label names the status (整改进度, 是否完成) or may hold it (整改情况)."""
    return is_status_label(label) or MAYBE_STATUS_LABELS.match(label) is not None


# A status field holding the date the work was done and the done word (完成情况：2024年11月15日完成 / 2024.10完成):
# a county hospital's blocks (round 76) print the day in place of 已完成. Read whatever the date's length (a full
# date with a two-digit month and day runs past the short value read by its parts); a month's end or a 前
# (2024年12月底前完成) is a deadline's wording, not read here.
_DATED_DONE_RE = re.compile(
    r"于?(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)"
    r"(?:已|已经)?(?:完成|办结|销号|整改到位|完成整改|整改完成)"
)


def _status_after_deadline(value: str, defined_done: frozenset[str]) -> Status | None:
    m = _DEADLINE_THEN_STATUS_RE.match(value.strip())
    if m is not None:
        return classify_status(m["s"], defined_done)
    if "期" in value or "按" in value:  # the cheap precheck: a verdict's words (lexicon)
        verdict = _DEADLINE_VERDICT_RE.match(value.strip())
        if verdict is not None:
            # 2024年6月底前；超期未完成，正在督促… : the verdict's first clause is the status
            return classify_status(_FIRST_CLAUSE.split(verdict["s"], maxsplit=1)[0], defined_done)
    return None


# The deadline, then after a ; or a comma the verdict on it (lexicon.DEADLINE_VERDICT_OPENERS), or the schedule's
# going on (按时序推进 / 按序时推进), as a city hospital's time lines print them (issue 19's round 167).
_DEADLINE_VERDICT_RE = re.compile(
    rf"^(?:{DEADLINE_VALUE})\s*[;；,，]\s*(?:目前)?\s*"
    rf"(?P<s>(?:{'|'.join(DEADLINE_VERDICT_OPENERS)}|按(?:时序|序时))[^;；。]{{1,30}})"
)
_FIRST_CLAUSE = re.compile(r"[,，。;；]")


# Progress as a share of the work (完成进度：100% / 整改进度：80%): a police bureau's ledger-like list marks each
# problem so (round 7); the whole work done is done, any less is in progress.
# The same field run on at the end of the text (…开展抽查。完成进度：100%): its label kept in the text; or said
# as a sentence (目前整改进度为70%, 完成进度已达90%: a city bureau's points close so, issue 19's round 15).
PERCENT_FIELD_RE = re.compile(
    r"(?:完成|整改)进度\s*(?:[:：]|为|已?达到?)\s*(?:已完成)?\s*(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*[%％]$"
)
# The share opening the field's value decides it, whatever text runs on after it (完成进度：80%已完成全部32份合同的复核:
# a page that lost the break after the share, or 80%，已完成…: what was done toward it)
_PERCENT_RE = re.compile(r"^\s*(?:已完成|完成)?\s*(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*[%％](?![\d.])")


def figure_status(clause: str) -> Status | None:
    """The status a clause states by a figure alone: the share of the work done (完成进度80%, 整改完成率100%) or the
    date it was done (完成时间2024年5月), as lexicon.PROGRESS_SHARE_RE and DONE_DATE_CLAUSE_RE word them."""
    if clause[:1] not in _FIGURE_FIRST:
        return None  # the cheap precheck: such a clause opens with its share's or its date's label
    if (share := PROGRESS_SHARE_RE.match(clause)) is not None and share.end() == len(clause.rstrip()):
        return "done" if float(share["p"]) >= 100 else "in_progress"
    return "done" if DONE_DATE_CLAUSE_RE.match(clause.strip()) else None


_FIGURE_FIRST = frozenset("完整实办销目当")
_FIGURE_CLAUSE_END = re.compile(r"[。;；,，]")  # not the colon: 完成时间：2024.5 is one clause


def own_status(
    labels: list[tuple[str, str]],
    bracketed: Status | None,
    prose: Status | None,
    defined: frozenset[str],
    closing: Callable[[str], Status | None] | None = None,
) -> Status | None:
    """The status an item states itself: a status field (整改进度:…, 是否完成:是), else the bracket by its title,
    else a field that may state one, else a closing prose sentence.

    整改情况 holds a status or the measures (整改情况:截至目前已完成专项检查3次 reports work done); where the title
    carries its own bracketed status (…(阶段性完成)), that is the notice's statement of the item's status.
    整改完成情况 asserts completion where its text says no more; a status sentence closing that text (`closing`
    reads it) is the item's own word and says more (…,目前正在整改中。/ …,该问题已整改完成,并长期坚持。: a notice
    that labels every problem's text so, the open ones too, a county housing bureau's, round 49).
    """
    maybe: Status | None = None
    reported: Status | None = None
    staged: Status | None = None
    for label, value in labels:
        found = label_status(label, value, defined)
        if found and label[-2:] == "阶段" and STAGE_LABELS.match(label):
            # 整改阶段：验收阶段 beside 整改进度：百分之百: the stage states the status only where no status field does
            staged = staged or found
            continue
        if found and not MAYBE_STATUS_LABELS.match(label):
            if closing is not None and DONE_LABELS.match(label) and classify_status(_lead(value), defined) is None:
                return closing(value) or found
            if reports_stage(label, value, defined):
                if closing is not None and (stated := closing(value)) is not None:
                    # 整改进展:开展专项整治,…。该问题已整改到位,将长期坚持。: the progress field opens on a stage of
                    # the work and closes on a sentence stating the problem's status (a development zone 党工委's
                    # notice, round 60): the statement outranks the stage, as a status column beside it does
                    return stated
                reported = reported or found  # a later field stating the status as such outranks it
                continue
            return _kept_up_by_remark(found, labels, defined)
        maybe = maybe or found
    return reported or staged or bracketed or maybe or prose


def _kept_up_by_remark(found: Status, labels: list[tuple[str, str]], defined: frozenset[str]) -> Status:
    """A done status column qualified by a short remark beside it that the work is kept up (整改进度:已完成 with
    备注:长期坚持, a ledger's remarks column; issue 19's round 110, a city bureau's Excel book): done and kept up, as
    已完成，长期坚持 in the status cell itself is. A remark of measures or of other news says nothing of it."""
    if found != "done":
        return found
    for label, value in labels:  # the cheap prechecks first: a short value holding a kept-up word
        if len(value) > FIELD_VALUE_LIMIT and len(value.strip()) > FIELD_VALUE_LIMIT:
            continue
        if LONGTERM_RE.search(value) is None:
            continue
        if MAYBE_STATUS_LABELS.match(label) is None and STATUS_LABELS.match(label) is None:
            # a second status column kept up (整改进度：百分之百 beside 整改结果：已验收，长期坚持: a city bureau's
            # fields, issue 19's round 147) qualifies the measure as a remark does
            continue
        if label_status(label, value, defined) == "done_longterm":
            return "done_longterm"
    return found


def reports_stage(label: str, value: str, defined: frozenset[str] = frozenset()) -> bool:
    """Whether a status field's value reports a stage of the work rather than stating the problem's status.

    A progress column or field (整改进展:) holds the measures as often as the status: its opening clause a piece of
    work done (已完成全镇集体土地测绘,…待审核通过后颁证 / 制定债务化解方案,已偿还…,剩余欠款…) names how far the
    work has gone, not where the problem stands. A status stated as such outranks it: a status column beside it
    (完成情况:持续推进, a 旗's 调度表) or the status heading the problem stands under (仍在推进的事项, a town's
    督促 report; round 55). Only a longer text opening so reports a stage: a short value (已完成) or an opening
    status clause (已完成。…) is the status itself.
    """
    if not STATUS_LABELS.match(label) or len(value) <= FIELD_VALUE_LIMIT:
        return False
    text = value.strip().rstrip("。.;；")
    opening = _CLAUSE_END.split(text, maxsplit=1)[0]
    if opening == text:
        return False
    # 已完成全镇测绘,… (the done word with an object), or 制定化解方案,… (a measure, a status only by its parts)
    return reports_work(opening) or (
        classify_status(opening, defined) is None and field_value_status(opening) is not None
    )


def reported_stage_only(labels: list[tuple[str, str]], defined: frozenset[str] = frozenset()) -> bool:
    """Whether the item's status comes only from fields that report a stage of the work (see reports_stage)."""
    stated = False
    for label, value in labels:  # a loop, not all() over a generator: asked of every problem
        if MAYBE_STATUS_LABELS.match(label):
            continue
        if reports_stage(label, value, defined):
            # a stage reported, whether or not the field is read as a status (已完成全镇测绘,…已报…审核 states none:
            # step_done_then_pending)
            stated = True
        elif label_status(label, value, defined):
            return False
    return stated


def strip_status_lead(label: str, value: str) -> str:
    """The rectification text of a labelled value without a leading status clause ("已完成。")."""
    if "时" in value[:24] and EARLIER_STATE_SENTENCE_RE.match(value) is not None:
        return value  # it opens with the earlier state (集中整改期届满时，…), no status lead: kept whole
    lead = _lead(value)
    if lead and lead != value and label_status(label, value):
        return value[len(lead) :].lstrip("。;；,，:： ")
    return value


# A status sentence opening a long field goes on, after its status clause, with what the work still waits on
# (整改情况：整改已完成，待县委组织部验收。<measures> / 已完成整改，修订稿尚在审批中。<measures>: a township's and a
# college's notices, issue 19's round 125): strip_status_lead drops the sentence from the measures, so the clause after
# the status is handed back for the pending reading, as a short status field's remainder is.
def status_lead_remainder(label: str, value: str) -> str:
    """What the status sentence strip_status_lead drops states after its status clause, or ''."""
    if "，" not in value[:_LEAD_SENTENCE_MAX] and "," not in value[:_LEAD_SENTENCE_MAX]:
        return ""  # the cheap precheck: a lead sentence of one clause hands nothing back
    if "时" in value[:24] and EARLIER_STATE_SENTENCE_RE.match(value) is not None:
        return ""  # the earlier state (上次报告时，…正在…), kept in the measures whole as strip_status_lead keeps it
    lead = _lead(value)
    if not lead or lead == value or not label_status(label, value):
        return ""
    parts = _CLAUSE_END.split(lead, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


_LEAD_SENTENCE_MAX = 18  # _lead's status sentence (16 characters) and its closing mark


_SENTENCE_END = re.compile(r"[。;；]")
_CLAUSE_END = re.compile(r"[。;；,，:：]")


# Asked of a field's value by each reader of it (its status, its lead cut, the remainder after it): cached for one
# notice (clear_label_cache)
@lru_cache(maxsize=512)
def _lead(value: str) -> str:
    """The value itself when short, else its first clause when that is short ("已完成。局党组修订…"), or the
    bracket opening it where that states a status ("【已完成】重新划分…")."""
    if value[:1] in OPENERS and (m := LEADING_STATUS_RE.match(value)) and classify_status(m["s"]):
        # 整改情况：【已完成】<measures> / 整改情况：（正在推进）<measures>: the status set off in brackets before the
        # rectification text, as it is set off before or after a title (a street 党工委's notice, round 94); the
        # bracket is the lead, however long the text after it
        return m.group(0)
    # the text up to its first stop, found by a search (a split would copy the rest of the text too)
    stop = _SENTENCE_END.search(value)
    sentence = value if stop is None else value[: stop.start()]
    named = MEASURE_ORDINALS_RE.match(sentence) if sentence.startswith("第") else None
    if sentence != value and len(sentence) - (named.end() if named else 0) <= 16:
        return sentence  # "已完成,需长期坚持。一是…": a status sentence opening the text
    words = sentence[named.end() :] if named else sentence
    if sentence != value and len(words) <= 26 and STATUS_CLAUSE_RE.match(f",{words}。"):
        return sentence  # a longer one of status words alone (已整改完成，形成长效机制，长期坚持。一是…)
    if len(value) <= 25:
        return value
    # the first clause where it is short: a stop among the first 13 characters
    stop = _CLAUSE_END.search(value, 0, 13)
    return "" if stop is None else value[: stop.start()]
