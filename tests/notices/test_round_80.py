"""Round 80's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_bytes

_HEAD = (
    "中共某某县审计局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县审计局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改进展情况予以公布。\n"
)
_AREA = "（一）贯彻落实上级决策部署方面\n"


def _read(body: str) -> list[tuple[str, str, str]]:
    notice = parse_bytes((_HEAD + body).encode(), "r80.txt")
    return [(i.label, i.title, i.status) for i in notice.items]


# Problems numbered by a noun named for the rectification (整改事项N:, 整改任务N:) are entries of the problem list, as
# 任务N and 事项N are: the label keeps the words as printed, the title starts after the colon.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("整改事项一：", "整改事项二："),
        ("整改任务1：", "整改任务2："),
        ("整改任务一、", "整改任务二、"),
    ],
)
def test_a_problem_numbered_as_a_rectification_matter(first: str, second: str) -> None:
    body = (
        _AREA
        + f"{first}审计整改跟踪问效不到位。\n整改措施及进展：建立审计整改台账，已完成。\n"
        + f"{second}审计质量控制制度执行不严。\n整改措施及进展：修订审计质量控制办法，已完成。\n"
    )
    labels = [first.rstrip("：、"), second.rstrip("：、")]
    assert [(label, title) for label, title, _ in _read(body)] == [
        (labels[0], "审计整改跟踪问效不到位"),
        (labels[1], "审计质量控制制度执行不严"),
    ]


_TWO_TASKS = (
    "一、巡察反馈问题整改情况\n"
    + _AREA
    + "{noun}1：审计整改跟踪问效不到位。\n整改措施：建立审计整改台账。\n"
    + "{noun}2：审计质量控制制度执行不严。\n整改措施：修订审计质量控制办法。\n"
    + "{noun}3：审计档案管理不规范。\n整改措施：开展档案专项清理。\n"
    + "二、整改完成情况\n"
)


# A closing list naming the problems by the noun they are numbered with (已完成：任务1、任务3): the status-first list
# the genre prints with 问题N, read alike.
@pytest.mark.parametrize("noun", ["任务", "整改任务", "整改事项"])
def test_a_closing_list_names_problems_by_their_own_noun(noun: str) -> None:
    body = _TWO_TASKS.format(noun=noun) + f"已完成整改（2个）：{noun}1、{noun}3。\n正在推进（1个）：{noun}2。\n"
    assert [status for _, _, status in _read(body)] == ["done", "in_progress", "done"]


# A closing table of statuses, a row a status and the problems it names in one cell (完成情况 | 数量 | 对应事项), its
# header's first column the status: read as the status-first closing list.
@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("整改情况\t对应问题", ["已整改\t问题1、问题3", "整改中\t问题2"]),
        ("完成情况\t问题数\t涉及问题", ["已办结\t2个\t问题1、3", "正在推进\t1个\t问题2"]),
        ("整改进展\t数量\t问题编号", ["已完成\t2\t问题1、问题3", "持续推进\t1\t问题2"]),
    ],
)
def test_a_closing_table_lists_the_problems_of_each_status(header: str, rows: list[str]) -> None:
    body = _TWO_TASKS.format(noun="问题") + "\n".join([header, *rows]) + "\n三、下一步工作打算\n继续巩固整改成果。\n"
    assert [status for _, _, status in _read(body)] == ["done", "in_progress", "done"]


# The problems' count as parts named by kind one after another, their total after them without 其中: the total is
# the notice's count, not the first part.
@pytest.mark.parametrize(
    ("counts", "problems"),
    [
        ("反馈共性问题4个、个性问题5个，共计9个问题", 9),
        ("指出上轮巡视整改不到位问题2个、本轮巡视发现问题7个，共9个问题", 9),
        ("反馈立行立改问题3个，其他问题6个，合计9个问题", 9),
    ],
)
def test_parts_named_in_a_row_before_their_total(counts: str, problems: int) -> None:
    text = _HEAD.replace("反馈了巡察意见。", f"反馈了巡察意见，{counts}。") + _AREA + "1.审计整改跟踪问效不到位。\n"
    notice = parse_bytes(text.encode(), "r80.txt")
    assert notice.claimed.problems == problems


# Problems numbered only in prose (一是…), each paragraph closing on its status in brackets after its last sentence:
# two printed in one paragraph are two problems, the next point opening right after the first one's status.
@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        ("已办结", "整改中", ["done", "in_progress"]),
        ("基本完成", "已完成", ["in_progress", "done"]),
        ("正在推进", "已整改到位", ["in_progress", "done"]),
    ],
)
def test_a_word_numbered_problem_closes_on_its_status(first: str, second: str, statuses: list[str]) -> None:
    body = (
        "二、巡察反馈问题整改情况\n"
        + _AREA
        + f"一是审计整改跟踪问效不到位。局党组建立审计整改台账，开展专项督查2次。（{first}）"
        + f"二是审计质量控制制度执行不严。修订审计质量控制办法，组织业务培训1次。（{second}）\n"
    )
    assert _read(body) == [
        ("一", "审计整改跟踪问效不到位", statuses[0]),
        ("二", "审计质量控制制度执行不严", statuses[1]),
    ]
