"""Round 158's class (issue 19): notices whose items are TASKS (整改任务 / 整改事项), not written as problems. A body
turns the feedback into a task list and reports task by task: each task a record numbered by its noun alone on its
line (整改任务一) over its fields (任务来源, 存在问题 or 问题描述, 整改目标, 整改措施, 责任领导, 整改时限, 完成情况),
or a row of a pasted table whose first column numbers the tasks by name (事项1); or it numbers the problems and
reports each through the tasks it was broken into (任务（1）… 完成情况：…), the problem's status the tasks' together
(done only when all are). The item is the task where tasks and problems are one to one, titled by the problem it
answers; the problem where its tasks are reported under it. Members the round's notices do not print: other nouns
and numberings of the record (任务1, 事项一, 整改事项3), other problem fields, other numberings of the tasks under a
problem ((1), ①, 1., 措施（1）) and other names of their status field, other entry columns of a pasted table, and
other words of a year's target passed."""

from __future__ import annotations

import pytest

from notices import parse_bytes, parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n"
    "二、整改任务完成情况\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"

_TITLES = ["基层党组织建设薄弱,组织生活不规范", "专项资金拨付滞后,部分项目资金闲置", "干部教育培训针对性不强"]
_DONE = [
    "已完成。修订组织生活制度，开展专项检查。",
    "正在推进。剩余资金正在办理拨付手续。",
    "已完成，长期坚持。制定年度培训计划。",
]
_STATUSES = ["done", "in_progress", "done_longterm"]


def _record(label: str, field: str, n: int) -> str:
    title = _TITLES[n].replace(",", "，")
    return (
        f"{label}\n任务来源：巡察反馈意见第{n + 1}条\n{field}：{title}。\n整改目标：问题全部整改到位。\n"
        f"整改措施：1.建立制度；2.开展检查。\n责任领导：分管副局长\n整改时限：2024年12月底\n完成情况：{_DONE[n]}\n"
    )


# A task record numbered by its noun alone on its line, in figures or in words, under any of the entry nouns
# (numbering.ENTRY_NOUNS); the problem is its problem field, under any of that field's names.
@pytest.mark.parametrize(
    ("labels", "field"),
    [
        (["任务1", "任务2", "任务3"], "存在问题"),
        (["任务一", "任务二", "任务三"], "问题描述"),
        (["事项1", "事项2", "事项3"], "问题表现"),
        (["整改事项一", "整改事项二", "整改事项三"], "具体问题"),
        (["整改任务1", "整改任务2", "整改任务3"], "主要问题"),
        (["整改任务 1", "整改任务 2", "整改任务 3"], "存在的问题"),
    ],
)
def test_a_task_record_numbered_by_its_noun_alone_is_an_item(labels: list[str], field: str) -> None:
    text = _HEAD + "".join(_record(label, field, n) for n, label in enumerate(labels)) + _TAIL
    items = parse_notice(text).items
    assert [(i.label, i.title, i.status) for i in items] == [
        (label.replace(" ", ""), title, status) for label, title, status in zip(labels, _TITLES, _STATUSES, strict=True)
    ]


_PROBLEMS_HEAD = (
    "中共某市某局党组关于市委巡察整改进展情况的通报\n"
    "根据市委统一部署，2024年4月8日至6月6日，市委第四巡察组对市某局党组进行了巡察，7月10日反馈了巡察意见。\n"
    "二、巡察反馈问题整改落实情况\n"
)


def _broken_into_tasks(number: str, field: str, statuses: list[list[str]]) -> str:
    blocks = []
    for n, tasks in enumerate(statuses):
        lines = [f"问题{n + 1}：{_TITLES[n].replace(',', '，')}。", f"该问题分解为{len(tasks)}项整改任务："]
        for k, state in enumerate(tasks, 1):
            lines.append(
                f"{number.format(k=k, c='①②③④'[k - 1])}制定第{k}项工作方案。{field}：{state}，相关工作已落实。"
            )
        blocks.append("\n".join(lines) + "\n")
    return _PROBLEMS_HEAD + "".join(blocks) + _TAIL


# A problem broken into tasks under it, each task a numbered line closing on its own status field: the problem is
# the item, its status the tasks' together (done only when every task is, in progress while one is not, done and
# kept up where one task is kept up and the rest done), whatever numbers the tasks and names their field.
@pytest.mark.parametrize(
    ("number", "field"),
    [
        ("（{k}）", "完成情况"),
        ("{c}", "进展情况"),
        ("措施（{k}）：", "推进情况"),
        ("任务{c}", "完成状态"),
        ("整改任务（{k}）：", "整改进展"),
        ("{k}.", "完成情况"),
    ],
)
def test_a_problem_s_status_is_its_tasks_together(number: str, field: str) -> None:
    statuses = [["已完成", "已完成"], ["已完成", "正在推进", "已完成"], ["已完成", "已完成并长期坚持"]]
    items = parse_notice(_broken_into_tasks(number, field, statuses)).items
    assert [(i.label, i.title, i.status) for i in items] == [
        (f"问题{n}", title, status) for n, (title, status) in enumerate(zip(_TITLES, _STATUSES, strict=True), 1)
    ]


# A task list pasted from a spreadsheet whose first column numbers the rows by the entry's noun: each row an item,
# labelled as printed, whatever the noun and the numbering.
@pytest.mark.parametrize(
    ("column", "labels"),
    [
        ("事项", ["事项一", "事项二", "事项三"]),
        ("任务", ["任务1", "任务2", "任务3"]),
        ("整改任务", ["整改任务1", "整改任务2", "整改任务3"]),
        ("任务编号", ["任务一", "任务二", "任务三"]),
        ("整改事项", ["整改事项1", "整改事项2", "整改事项3"]),
    ],
)
def test_a_pasted_task_list_numbered_by_its_noun(column: str, labels: list[str]) -> None:
    rows = [f"{column}\t问题描述\t整改措施\t责任部门\t整改时限\t整改进展"]
    for label, title, done in zip(labels, _TITLES, _DONE, strict=True):
        rows.append(f"{label}\t{title.replace(',', '，')}\t建立制度，开展检查\t办公室\t2024年12月底\t{done}")
    items = parse_notice(_HEAD + "\n".join(rows) + "\n" + _TAIL).items
    assert [(i.label, i.title, i.status) for i in items] == list(zip(labels, _TITLES, _STATUSES, strict=True))


# The same list published as a web page's table: read as the pasted one.
def test_a_task_list_numbered_by_its_noun_in_a_web_table() -> None:
    cells = ["".join(f"<td>{c}</td>" for c in ["事项", "存在问题", "整改措施", "牵头部门", "整改进展"])]
    for n, (title, done) in enumerate(zip(_TITLES, _DONE, strict=True), 1):
        cells.append("".join(f"<td>{c}</td>" for c in [f"事项{n}", title, "建立制度", "办公室", done]))
    table = "<table>" + "".join(f"<tr>{row}</tr>" for row in cells) + "</table>"
    paragraphs = "".join(f"<p>{line}</p>" for line in _HEAD.split("\n") if line)
    closing = "".join(f"<p>{line}</p>" for line in _TAIL.split("\n") if line)
    page = f"<html><head><meta charset='utf-8'></head><body>{paragraphs}{table}{closing}</body></html>"
    items = parse_bytes(page.encode("utf-8"), "notice.html").items
    assert [(i.label, i.status) for i in items] == [(f"事项{n}", s) for n, s in enumerate(_STATUSES, 1)]


# A year's target passed (超额完成年度任务) is a fact of the work done, not a share of it: the done field stays done.
@pytest.mark.parametrize(
    "fact",
    ["超额完成年度任务", "超额完成年度目标任务", "超额完成当年计划", "超完成本年度目标", "超额完成了今年整改任务"],
)
def test_a_year_s_target_passed_is_no_share(fact: str) -> None:
    text = _PROBLEMS_HEAD + f"1.{_TITLES[1]}。\n整改进展：已完成。筹集资金1200万元，{fact}。\n" + _TAIL
    assert [i.status for i in parse_notice(text).items] == ["done"]


_TASK_NAMES = ["完善基层组织生活制度", "规范专项资金拨付管理", "加强干部教育培训"]


# A task record named for its task on its number's line (整改任务1：完善…) over its problem field: the title is the
# problem it answers, not the task's name, whatever numbers the record (第1项任务： the noun after the counter too).
@pytest.mark.parametrize(
    ("number", "labels"),
    [
        ("整改任务{n}：", ["整改任务1", "整改任务2", "整改任务3"]),
        ("任务{cn}：", ["任务一", "任务二", "任务三"]),
        ("第{n}项任务：", ["1", "2", "3"]),
        ("第{cn}项整改任务、", ["一", "二", "三"]),
        ("事项{n}：", ["事项1", "事项2", "事项3"]),
    ],
)
def test_a_task_named_record_is_titled_by_its_problem(number: str, labels: list[str]) -> None:
    records = []
    for n, (name, title, done) in enumerate(zip(_TASK_NAMES, _TITLES, _DONE, strict=True), 1):
        heading = number.format(n=n, cn="一二三"[n - 1]) + name
        records.append(
            f"{heading}\n任务来源：巡察反馈意见第{n}条\n存在问题：{title.replace(',', '，')}。\n整改措施：建立制度。\n"
            f"责任领导：分管副局长\n整改时限：2024年12月底\n完成情况：{done}\n"
        )
    items = parse_notice(_HEAD + "".join(records) + _TAIL).items
    assert [(i.label, i.title, i.status) for i in items] == list(zip(labels, _TITLES, _STATUSES, strict=True))


# The tasks announced without their count: their field's name alone on its line or a sentence naming them.
@pytest.mark.parametrize("lead", ["整改任务：", "任务分解：", "针对该问题，制定整改任务如下：", "明确以下整改任务："])
def test_tasks_announced_without_a_count(lead: str) -> None:
    statuses = [["已完成", "已完成"], ["已完成", "正在推进", "已完成"], ["已完成", "已完成并长期坚持"]]
    text = _broken_into_tasks("（{k}）", "完成情况", statuses)
    for count in (2, 3):
        text = text.replace(f"该问题分解为{count}项整改任务：", lead)
    items = parse_notice(text).items
    assert [(i.label, i.status) for i in items] == [(f"问题{n}", s) for n, s in enumerate(_STATUSES, 1)]
