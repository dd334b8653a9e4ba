"""Status clauses as the genre composes them: a subject, a time, an aspect, manners and a result (issue 19 point 4).

The pages of test_status_phrases.py print single phrases; writers compose the same words freely (该项整改已按期完成,
整改工作正在有序推进中, 已完成部分整改). Each core below is read alone and after each subject a notice may name, in
each place a notice prints a status: a field, a stage field, a closing sentence, a bracket after the title, a clause
after the title's comma. The cores follow ../shared/gold/README.md: done, done_longterm (…并长期坚持), in_progress.
"""

from __future__ import annotations

import random

import pytest

from notices import parse_notice
from tests.notices.test_status_phrases import HEAD, MEASURE, TITLE  # the same minimal notice the real phrases sit in

CORES: dict[str, tuple[str, ...]] = {
    "done": (
        *("已整改完成", "已完成整改", "已整改到位", "已全部整改到位", "已整改完毕", "整改已完成", "已按期完成整改"),
        *("已经整改到位", "已落实到位", "已整改落实", "已全面整改", "已完成整改销号", "已整改并销号", "已解决"),
        *("已得到解决", "已纠正到位", "已彻底整改", "已整改结束", "全部完成整改", "已完成整改任务", "问题已清零"),
        *("已按要求完成整改", "已全部完成", "已办结", "整改完毕", "已立行立改", "立行立改已完成", "整改已到位"),
        *("已整改销号", "已按时完成整改", "已如期完成整改", "完成整改并销号", "整改工作已完成", "已完成整改工作"),
        *("已整改落实到位", "已全部整改完毕", "已经完成", "已落实", "已整改完成并销号", "已完成整改目标", "问题已解决"),
        *("整改任务已完成", "已达到整改要求", "已完成全部整改任务", "已全部整改", "已完结", "整改已结束"),
        "已于2024年5月完成整改",
        # issue 19's seventh round (tests/data/status_phrases.json): the whole in the ledger's words, the work's result
        *("均已全部办结", "已经成功化解", "已妥善处置", "完成销号", "完成问题整改", "已“清零”", "整改措施已完成"),
        "整改落实到位",
    ),
    "in_progress": (
        *("正在整改", "正在推进", "正在持续推进", "整改中", "推进中", "正在抓紧整改", "持续整改中", "尚未完成整改"),
        *("未完成", "基本完成", "部分完成", "阶段性完成", "已取得阶段性成效", "正在有序推进中", "仍在推进"),
        *("正在按计划推进", "按序时进度推进", "有序推进中", "正在稳步推进", "正在逐步整改", "逐步整改中"),
        *("整改正在进行中", "整改工作正在推进", "已基本整改到位", "整改工作有序推进", "尚在推进", "未完全整改"),
        *("暂未完成", "还未完成", "整改尚未完成", "正在落实中", "正在推进中", "正在整改中", "整改进行中", "仍在整改中"),
        *("尚未整改到位", "整改未完成", "正在积极推进", "已完成阶段性整改任务", "阶段性整改完成", "正在持续整改"),
        *("整改工作正在进行", "持续推进中", "未销号", "正在加紧推进", "按计划推进中", "序时推进中", "部分整改到位"),
        *("已整改一部分", "已完成部分整改", "整改工作仍在推进", "尚需持续推进", "正在有序推进", "基本整改完成"),
        *("取得阶段性进展", "正在办理中", "正在实施"),
        # issue 19's seventh round: all still under way, results begun, still owed, work that goes on for long
        *("均在有序办理", "都在持续推进", "取得一定成效", "基本都得到了有效解决", "有待持续整改", "正在整改之中"),
        *("需要长期坚持整改", "未能按期完成整改"),
        # issue 19's eighth round: under way as the body driving it says (a women's federation's closing)
        *("正在督促推进", "正在督促整改", "正在跟踪落实", "正在协调推进中"),
        # round 21's probes: a first stage done is not all of it
        *("初步完成整改", "已初步完成"),
    ),
    "done_longterm": (
        *("已完成并长期坚持", "已整改完成并长期坚持", "已完成整改并长期坚持", "已整改到位并长期坚持"),
        *("已完成，长期坚持", "已完成整改，需长期坚持", "已整改，长期坚持", "已整改到位并常态化推进"),
        "已完成整改并常态化推进",
    ),
}
# What a closing sentence or a field may name before the status (该项整改已按期完成 / 目前，该问题正在推进).
SUBJECTS = ("该问题", "此问题", "该项问题", "该项整改", "目前", "目前，该问题", "截至目前，该问题", "现")
_MARKER_LIMIT = 12  # a bracket, or a clause after the title's comma, holds a marker, never a sentence
_COLON_LIMIT = 7  # a status set off by a colon before the headline is a marker's length


def _placements(phrase: str, subject: str) -> list[tuple[str, str]]:
    """The item's printed lines for each place a notice states a status in (a bare marker only without subject)."""
    stated = subject + phrase
    forms = [
        ("field", f"1.{TITLE}。\n整改情况：{stated}。{MEASURE}"),
        ("stage", f"1.{TITLE}。\n整改进展：{stated}。\n整改措施：{MEASURE}"),
        ("closing", f"1.{TITLE}。\n{MEASURE}{stated}。"),
        # the status on a line of its own before the fields (where each problem stands, then what was done)
        ("own_line", f"1.{TITLE}。\n{stated}。\n整改措施：{MEASURE}"),
    ]
    if not subject and len(phrase) <= _MARKER_LIMIT:
        forms += [("bracket", f"1.{TITLE}（{phrase}）。\n{MEASURE}"), ("comma", f"1.{TITLE}，{phrase}。\n{MEASURE}")]
    if not subject and len(phrase) <= _COLON_LIMIT and phrase.startswith(("已", "正在", "尚未", "未", "持续", "基本")):
        forms.append(("colon", f"1.{phrase}：{TITLE}。\n{MEASURE}"))  # the status and a colon before the headline
    if not subject and phrase.startswith(("已", "正在", "尚未")) and not any(ch.isdigit() for ch in phrase):
        # a closing sentence naming the work, not the problem, before the status (目前，接待制度修订正在推进)
        forms.append(("work", f"1.{TITLE}。\n{MEASURE}目前，接待制度修订{phrase}。"))
    if not subject and phrase.startswith(("已", "正在")):
        # where the page lost the mark after the problem's 问题 or after a status field's value (a one-line squeeze)
        forms += [
            ("suffix", f"1.{TITLE}问题{phrase}。\n{MEASURE}"),
            ("glued", f"1.{TITLE}。\n整改进度：{phrase}{MEASURE}"),
        ]
    return forms


def _misread(items: list[str], status: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The items (a problem's printed lines each) not read as the one problem TITLE of `status`, with what was read:
    a test over a table's row checks all its placements at once and names every one read wrong."""
    read = ((item, [(i.title, i.status) for i in parse_notice(HEAD + item + "\n").items]) for item in items)
    return [(item, got) for item, got in read if got != [(TITLE, status)]]


def _cases() -> list[tuple[str, str, list[str]]]:
    """Every core in every bare placement, and after two subjects drawn for it (seeded: the same run each time)."""
    draw = random.Random(19)
    cases = []
    for status, cores in CORES.items():
        for core in cores:
            items = []
            for subject in ("", *draw.sample(SUBJECTS, 2)):
                if len(subject + core) > 16:
                    continue  # longer than a status sentence: a field's lead clause of that length reports work
                items += [item for _, item in _placements(core, subject)]
            cases.append((core, status, items))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("core", "status", "items"), CASES, ids=[core for core, _, _ in CASES])
def test_a_composed_status_clause_is_read_in_every_placement(core: str, status: str, items: list[str]) -> None:
    assert not _misread(items, status)


@pytest.mark.parametrize(
    "title",
    [
        "落实上级部署,未完成年度计划",  # a shortcoming of the work: a word outside the status words (计划)
        "上轮巡察反馈问题,整改不到位",  # 不 is no status word: the problem's wording
        "对审计发现问题,已完成清退但未追责",
        "违规发放津贴补贴,已完成清退",  # work done on the problem's object: the problem still names it
    ],
)
def test_a_clause_with_words_outside_the_status_words_stays_in_the_title(title: str) -> None:
    """(The parser prints a title's commas half-width, as the notices of the genre mix both.)"""
    notice = parse_notice(HEAD + f"1.{title}。\n{MEASURE}\n")
    assert [i.title for i in notice.items] == [title]


# Status headings over the problems they group (一、已整改完成的问题 / （二）尚未完成整改的问题（2个）), composed of
# the same words; the second section always states the other status, so a heading read wrong shows on both.
HEADINGS: dict[str, tuple[str, ...]] = {
    "done": (
        *("已整改完成的问题", "已完成整改的问题", "已完成的整改事项", "已整改到位的问题", "已销号的问题"),
        *("已经完成整改的问题（2个）", "已完成整改问题", "整改完成的问题", "已办结的问题", "已整改完毕的问题"),
        *("集中整改期内已完成的整改事项", "已全部整改到位的问题", "已完成整改的问题2个"),
    ),
    "in_progress": (
        *("正在推进的问题", "正在整改的问题", "尚未完成整改的问题", "需要继续整改的事项", "基本完成的问题"),
        *("阶段性完成的问题", "持续推进的问题", "整改中的问题", "正在整改中的问题（2个）", "未完成整改的问题"),
        *("部分完成的问题", "尚在推进的问题", "取得阶段性成效的问题", "正在有序推进的问题", "需持续整改的问题"),
        *("未完全整改到位的问题", "需要长期坚持整改的事项"),
    ),
}
PROBLEMS = ("公务接待管理不规范", "政府采购程序不严格")
HEADING_CASES = [
    (form, heading, status)
    for status, headings in HEADINGS.items()
    for heading in headings
    for form in ("一、{h}", "（一）{h}")
]


@pytest.mark.parametrize(("form", "heading", "status"), HEADING_CASES)
def test_a_composed_status_heading_gives_its_problems_their_status(form: str, heading: str, status: str) -> None:
    other_status = "in_progress" if status == "done" else "done"
    other = HEADINGS[other_status][0]
    second = form.replace("一", "二")
    text = HEAD.rsplit("一、", 1)[0] + (
        f"{form.format(h=heading)}\n1.{PROBLEMS[0]}。\n{MEASURE}\n{second.format(h=other)}\n1.{PROBLEMS[1]}。\n{MEASURE}\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [(PROBLEMS[0], status), (PROBLEMS[1], other_status)]


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("以下问题尚未完成整改。", "in_progress"),
        ("以下问题均已整改到位。", "done"),
        ("本方面问题正在有序推进中。", "in_progress"),
        ("下列问题需要继续整改。", "in_progress"),
        ("以上问题已全部完成整改并长期坚持。", "done_longterm"),
    ],
)
def test_a_sections_lead_sentence_of_status_words_gives_its_problems_their_status(lead: str, status: str) -> None:
    text = HEAD + f"{lead}\n1.{PROBLEMS[0]}。\n{MEASURE}\n2.{PROBLEMS[1]}。\n{MEASURE}\n"
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [(p, status) for p in PROBLEMS]


# A status field under the names ledgers give their status column, set off as pages print a label, placed before or
# after the measures or in a row of other fields (责任单位:办公室  整改时限:…  整改情况:已完成).
STATUS_FIELD_LABELS = (
    *("整改情况", "整改进展", "整改进度", "完成情况", "整改结果", "整改状态", "进展情况", "目前进展", "办理情况"),
    *("推进情况", "落实情况", "整改落实情况", "整改完成情况", "完成进度", "当前状态", "目前状态", "进度", "进展"),
    *("状态", "销号情况", "办结情况", "整改进展情况", "整改完成进度", "完成状态", "落实进度", "目前整改进度"),
)
LABEL_FORMS = ("{l}：{v}", "{l}:{v}", "【{l}】{v}", "【{l}】：{v}", "（{l}）{v}", "◆{l}：{v}")
FIELD_VALUES = {"done": "已完成", "in_progress": "正在推进", "done_longterm": "已完成并长期坚持"}
ROW = "责任单位：办公室  整改时限：2024年12月底  {field}"


def _field_item(field: str, place: str) -> str:
    if place == "after":
        return f"1.{TITLE}。\n整改措施：{MEASURE}\n{field}\n"
    if place == "before":
        return f"1.{TITLE}。\n{field}\n整改措施：{MEASURE}\n"
    return f"1.{TITLE}。\n{ROW.format(field=field)}\n整改措施：{MEASURE}\n"


FIELD_CASES = [
    (label, form, place, status)
    for label in STATUS_FIELD_LABELS
    for form in LABEL_FORMS
    for place in ("before", "after", "row")
    for status in FIELD_VALUES
    if not (place == "row" and form.startswith("◆"))  # a bullet opens a line, never a field inside a row
]


@pytest.mark.parametrize("label", STATUS_FIELD_LABELS)
@pytest.mark.parametrize("status", FIELD_VALUES)
def test_a_status_field_is_read_under_every_label_and_form(label: str, status: str) -> None:
    cases = [(f, place) for lb, f, place, st in FIELD_CASES if (lb, st) == (label, status)]
    items = [_field_item(form.format(l=label, v=FIELD_VALUES[status]), place).rstrip("\n") for form, place in cases]
    assert not _misread(items, status)


# Where a status stands by a problem's headline: in any bracket after or before it, before its number (a ledger's
# row mark), on a line of its own, set apart by a wide gap or a dash.
MARKER_FORMS = (
    *("1.{t}（{v}）", "1.{t}({v})", "1.{t}[{v}]", "1.{t}【{v}】", "1.{t}〔{v}〕", "1.{t}「{v}」", "1.{t}。（{v}）"),
    *("1.【{v}】{t}", "1.（{v}）{t}", "【{v}】1.{t}", "1.{t}\n{v}", "1.{t}。\n{v}。", "1.{t}  {v}", "1.{t}——{v}"),
    *("1.{t}：{v}。", "1.{t}；{v}。"),
)
MARKERS = {
    "done": ("已完成", "已整改", "已销号", "整改完成", "已整改到位"),
    "done_longterm": ("已完成并长期坚持",),
    "in_progress": ("正在推进", "整改中", "未完成", "基本完成", "持续推进", "正在整改"),
}
MARKER_CASES = [(form, v, status) for form in MARKER_FORMS for status, vs in MARKERS.items() for v in vs]


@pytest.mark.parametrize("form", MARKER_FORMS)
@pytest.mark.parametrize("status", MARKERS)
def test_a_status_marker_by_the_headline_is_read_wherever_it_stands(form: str, status: str) -> None:
    items = [
        form.format(t=TITLE, v=marker) + "\n" + MEASURE for f, marker, st in MARKER_CASES if (f, st) == (form, status)
    ]
    assert not _misread(items, status)


# A closing sentence of three parts: a lead-in of time or means, the subject and its status, what comes next
# (截至2024年6月底，该问题已整改完成，下一步将持续巩固整改成果). Drawn from every combination, a quarter of them
# (seeded), at the end of the measures' paragraph or on a line of its own.
LEAD_INS = ("", "目前，", "截至目前，", "截至2024年6月底，", "经过整改，", "通过整改，")
PROSE_SUBJECTS = ("", "该问题", "此问题", "该项问题", "该项整改任务", "此项工作")
PROSE_CORES = {
    "done": ("已整改完成", "已完成整改", "已整改到位", "已得到解决", "已全部整改到位", "已按期完成整改"),
    "in_progress": ("正在整改中", "正在推进", "尚未完成整改", "已基本完成", "仍在持续推进", "正在有序推进"),
}
FOLLOW_ONS = ("", "，下一步将持续巩固整改成果", "，并建立长效机制", "，将持续跟踪问效")
PROSE_MEASURE = "修订《公务接待管理办法》,规范接待审批,开展专项检查2次。"
PROSE_CASES = random.Random(4).sample(
    [
        (lead + subject + core + follow + "。", status, own_line)
        for lead in LEAD_INS
        for subject in PROSE_SUBJECTS
        for status, cores in PROSE_CORES.items()
        for core in cores
        for follow in FOLLOW_ONS
        for own_line in (False, True)
    ],
    k=len(LEAD_INS) * len(PROSE_SUBJECTS) * 12 * len(FOLLOW_ONS) * 2 // 4,
)


@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("status", PROSE_CORES)
def test_a_closing_sentence_of_lead_in_status_and_what_comes_next_is_read(lead: str, status: str) -> None:
    items = [
        f"1.{TITLE}。\n{PROSE_MEASURE}" + ("\n" if own_line else "") + sentence
        for sentence, st, own_line in PROSE_CASES
        if st == status and sentence.startswith(lead) and (lead or not sentence.startswith(LEAD_INS[1:]))
    ]
    assert items and not _misread(items, status)


def test_a_routine_kept_up_is_no_status_of_its_own() -> None:
    """…每学期开展一次专项检查，长期坚持。 says the work is kept up: the item's status comes from elsewhere (L04)."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n建立常态化治理机制，每学期开展一次专项检查，长期坚持。\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "unstated")]


# A status column's value in words no family lists: ledgers fill the column with whatever verb fits the problem
# (已清退, 已通过验收, 筹备中, 暂缓). Under a label that names the status, its parts decide.
COLUMN_VALUES = {
    "done": (
        *("已清退", "已处理", "处理完毕", "已修订", "已建立", "已出台", "已制定", "已关闭", "已达标", "已归还"),
        *("已退还", "已补缴", "已清理", "清理完毕", "已收回", "完结", "已结案", "已兑现", "全部完成", "已落地"),
        *("已全部清退", "验收合格", "已通过验收", "100%"),
    ),
    "in_progress": (
        *("在办", "暂缓", "延期", "按进度推进", "正常推进", "已启动", "已启动整改", "初步完成", "未到期", "整改期内"),
        *("按计划实施", "正在完善", "完善中", "已整改50%", "筹备中", "正在协调", "进行中(完成70%)"),
    ),
    "done_longterm": ("已完成，长效坚持", "已清退，长期坚持"),
}
COLUMN_CASES = [
    (label, value, status)
    for status, values in COLUMN_VALUES.items()
    for value in values
    for label in ("整改状态", "整改进度", "完成情况")
]


@pytest.mark.parametrize(("label", "value", "status"), COLUMN_CASES)
def test_a_status_columns_value_in_unlisted_words_is_read_by_its_parts(label: str, value: str, status: str) -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}。\n整改措施：{MEASURE}\n{label}：{value}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]


@pytest.mark.parametrize("label", ["整改措施", "责任单位", "整改情况"])
def test_only_a_label_naming_the_status_reads_a_value_by_its_parts(label: str) -> None:
    """整改措施：已修订 reports a measure; 整改情况 may hold the measures: neither names the status."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n{label}：已修订\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "unstated")]


# Statuses given by problem number, in a sentence before the problems or under the last one, with the numbers
# written every way the genre writes them.
NUMBER_LISTS = (
    "第1、2个问题已整改销账；第3个问题尚在整改。",
    "问题1、2已完成整改，问题3正在推进。",
    "第1、2项已完成整改，第3项正在推进。",
    "其中，第1、2个问题已完成整改，第3个问题正在推进。",
    "第1-2个问题已完成整改，第3个问题正在推进。",
    "第1至2个问题已完成整改，第3个问题正在推进。",
    "第一、二个问题已完成整改，第三个问题正在推进。",
    "第1、2条已完成整改，第3条正在推进。",
    "1、2号问题已完成整改，3号问题正在推进。",
    "第1个和第2个问题已完成整改，第3个问题正在推进。",
    "以上问题中，第1、2个已完成整改，第3个正在推进。",
    "第3个问题正在推进，其余问题已完成整改。",  # the rest named after the one
)
LISTED = (("公务接待管理不规范", "done"), ("政府采购程序不严格", "done"), ("干部教育培训不扎实", "in_progress"))
LISTED_BODY = "".join(f"{n}.{title}。\n修订制度,加强管理。\n" for n, (title, _) in enumerate(LISTED, 1))


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("sentence", NUMBER_LISTS)
def test_statuses_given_by_problem_number_are_read(sentence: str, where: str) -> None:
    body = sentence + "\n" + LISTED_BODY if where == "before" else LISTED_BODY + sentence + "\n"
    notice = parse_notice(HEAD + body)
    assert [(i.title, i.status) for i in notice.items] == list(LISTED)
    assert sentence[:6] not in notice.items[-1].measures  # the list speaks of all of them, not of the last


@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("是否完成：已完成", "done"),  # a yes/no field answered in status words
        ("是否销号：已销号", "done"),
        ("是否完成：未完成", "in_progress"),
        ("是否完成：正在推进", "in_progress"),
        ("整改时限：2024年6月底前（已完成）", "done"),  # a deadline, then where the work stands
        ("完成时限：立行立改（已完成）", "done"),
        ("整改时限：立行立改，已完成。", "done"),
        ("整改时限：长期坚持（正在推进）", "in_progress"),
        ("整改情况：√", "done"),  # a ledger's tick
        ("整改状态：×", "in_progress"),
        ("整改时限：长期坚持", "unstated"),  # the deadline alone states no status
    ],
)
def test_a_yes_no_or_deadline_field_states_the_status_it_holds(field: str, status: str) -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}。\n整改措施：{MEASURE}\n{field}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("一、立行立改类问题（已全部整改完成）", "二、需长期整改的问题（正在推进）"),  # in closing brackets
        ("一、在落实全面从严治党方面（已完成）", "二、在选人用人方面（正在推进）"),
        ("一、党的建设方面（共1个问题，已完成整改）", "二、财务管理方面（共1个问题，正在整改）"),  # after a count
        ("一、党的建设方面：已完成整改", "二、财务管理方面：正在整改"),  # after a colon
        ("一、党的建设方面，1个问题已整改完成", "二、财务管理方面，1个问题正在整改"),  # after a comma
        ("一、已完成整改（1个）", "二、正在推进整改（1个）"),  # the whole heading
        ("一、已办结", "二、持续推进"),
    ],
)
def test_a_headings_status_set_apart_from_its_name_is_its_problems_status(first: str, second: str) -> None:
    text = (
        HEAD.rsplit("一、", 1)[0] + f"{first}\n1.{PROBLEMS[0]}。\n{MEASURE}\n{second}\n1.{PROBLEMS[1]}。\n{MEASURE}\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [(PROBLEMS[0], "done"), (PROBLEMS[1], "in_progress")]


@pytest.mark.parametrize("heading", ["一、深化改革，持续推进", "一、强化监督，有序推进"])
def test_an_aspects_own_words_are_no_status(heading: str) -> None:
    """A group named by its task (深化改革，持续推进) states no status of its problems: only an aspect's or a count's
    clause, or a heading of status words alone, does."""
    text = HEAD.rsplit("一、", 1)[0] + f"{heading}\n1.{PROBLEMS[0]}。\n{MEASURE}\n"
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [(PROBLEMS[0], "unstated")]


@pytest.mark.parametrize(
    ("marker", "status"),
    [
        ("已清退", "done"),
        ("已移交", "done"),
        ("正在协调", "in_progress"),
        ("待审批", "in_progress"),
        ("尚在办理", "in_progress"),
    ],
)
@pytest.mark.parametrize("form", ["1.{t}（{m}）", "1.{t}【{m}】", "1.【{m}】{t}"])
def test_a_short_bracket_opening_with_an_aspect_word_is_the_headlines_status(
    form: str, marker: str, status: str
) -> None:
    """The genre's status marker in words no family lists: read by its parts, as a status column's value is."""
    notice = parse_notice(HEAD + form.format(t=TITLE, m=marker) + "\n" + MEASURE + "\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]


def test_a_bracket_of_other_words_stays_in_the_title() -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}（含下属单位）。\n{MEASURE}\n")
    assert [(i.title, i.status) for i in notice.items] == [(f"{TITLE}(含下属单位)", "unstated")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("目前，该问题已清退。", "done"),  # the problem named, then its status in unlisted words
        ("此问题正在协调。", "in_progress"),
        ("该项问题待审批。", "in_progress"),
        ("目前已清退。", "unstated"),  # no subject: a measure's own result, not the problem's status
    ],
)
def test_a_closing_sentence_naming_the_problem_states_its_status_in_any_words(sentence: str, status: str) -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}。\n{MEASURE}{sentence}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]


def test_a_deadline_field_runs_into_no_status_from_the_next_fields_cut_label() -> None:
    """整改时限:年底前;整改|进度:已基本完成 — a wrap cut the next label: its 整改 is no status of the deadline."""
    text = f"1.{TITLE}。\n整改措施：{MEASURE}\n责任单位:机关党委;整改时限:2024年12月底前;整改\n进度:已基本完成\n"
    notice = parse_notice(HEAD + text)
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "in_progress")]


def test_a_gap_after_a_numbers_colon_keeps_the_number_with_its_field() -> None:
    """第二项:  问题表现:<problem> on a squeezed page: the gap after the number's colon separates no two fields."""
    text = f"第一项:  问题表现:{TITLE}。\n{MEASURE}\n第二项:  问题描述:加强专项资金监管。\n{MEASURE}\n"
    notice = parse_notice(HEAD + text)
    assert [i.title for i in notice.items] == [TITLE, "加强专项资金监管"]


@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("整改情况：确保整改落实到位。", "unstated"),  # the aim of the measures, not their result
        ("整改情况：确保整改到位。", "unstated"),
        ("整改情况：力争年底前完成整改。", "unstated"),
        ("整改进度：确保按期完成。", "in_progress"),  # a status column that names the aim: not there yet
        ("整改情况：确保整改到位，目前已整改完成。", "done"),  # the aim, then the result
        ("整改情况：已按要求完成整改。", "done"),  # 按要求 is a manner of the result, no aim
    ],
)
def test_a_done_phrase_after_an_aim_word_is_the_aim_not_the_status(field: str, status: str) -> None:
    notice = parse_notice(HEAD + f"1.{TITLE}。\n{field}{MEASURE}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)]
