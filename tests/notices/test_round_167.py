"""Round 167's class (issue 19): the status given as a date, or as a deadline met or missed. A problem states how far
it is rectified only through dates: the day it was done (已于…完成整改, 完成时间), a deadline with the result due by it
(2024年12月底前完成: still ahead at the notice's own date, the work is in progress), a ledger whose columns give the
time limit and the date done (a blank date done: not done), or the verdict on the deadline after it (超期未完成, 逾期
整改中, 按期完成). Members the round's notices do not print: other field labels, other deadline wordings and aims,
other column pairs, other verdicts and separators."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
    "一、整改进展情况\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年9月10日\n"


def _notice(*blocks: str, lead: str = "") -> str:
    return _HEAD + lead + "".join(f"（{n}）{block}\n" for n, block in enumerate(blocks, 1)) + _TAIL


# A status field holding nothing but a deadline and the result due by it, the deadline after the notice's own date
# (2024年9月10日): the work is in progress, whatever the field's label and the deadline's wording.
@pytest.mark.parametrize("label", ["整改情况", "整改进展", "完成情况", "落实情况"])
@pytest.mark.parametrize(
    "due",
    ["2024年12月底前完成整改", "预计2025年3月底前完成", "力争2024年11月底前整改到位", "2025年6月30日前全部完成"],
)
def test_a_deadline_ahead_of_the_notice_is_work_in_progress(label: str, due: str) -> None:
    text = _notice(
        f"档案管理不规范，部分档案缺失。\n整改措施：开展档案清理，补齐缺失材料。\n{label}：已于2024年6月完成整改。",
        f"专项资金拨付滞后。\n整改措施：制定资金拨付计划，督促项目单位加快进度。\n{label}：{due}。",
    )
    items = parse_notice(text).items
    assert [(i.title, i.status) for i in items] == [
        ("档案管理不规范,部分档案缺失", "done"),
        ("专项资金拨付滞后", "in_progress"),
    ]


# A ledger giving each problem its time limit and the date it was done, the date filled on some rows: a row with its
# time limit and no date done is not done, whichever pair of columns the ledger names.
@pytest.mark.parametrize(
    ("limit", "done_at"),
    [("整改时限", "完成时间"), ("完成时限", "办结日期"), ("整改时限", "销号日期"), ("完成时限", "实际完成时间")],
)
def test_a_blank_date_done_beside_the_time_limit_is_not_done(limit: str, done_at: str) -> None:
    text = _notice(
        f"档案管理不规范。\n整改措施：开展档案清理。\n{limit}：2024年6月底前\n{done_at}：2024年6月",
        f"专项资金拨付滞后。\n整改措施：督促项目单位加快进度。\n{limit}：2024年12月底前",
        f"党支部组织生活不规范。\n整改措施：修订组织生活制度。\n{limit}：2024年5月底前\n{done_at}：2024年5月",
        lead="反馈的3个问题中，已完成整改2个，正在整改1个。\n",
    )
    assert [i.status for i in parse_notice(text).items] == ["done", "in_progress", "done"]
    assert [str(w) for w in parse_notice(text).warnings] == []


# The time limit followed by the verdict on it (超期未完成 / 逾期整改中 / 已按期完成), after a ; or a comma.
@pytest.mark.parametrize(
    ("verdict", "status"),
    [
        ("2024年6月底前；逾期未完成，正在督促施工单位", "in_progress"),
        ("2024年6月30日前，未按期完成，仍在推进", "in_progress"),
        ("2024年7月底前；超期整改中", "in_progress"),
        ("2024年8月底前；目前按序时推进", "in_progress"),
    ],
)
def test_the_verdict_after_a_time_limit_is_the_status(verdict: str, status: str) -> None:
    text = _notice(
        "档案管理不规范。\n整改措施：开展档案清理。\n整改时限：2024年5月底前；已按期完成",
        f"专项资金拨付滞后。\n整改措施：督促项目单位加快进度。\n整改时限：{verdict}",
    )
    assert [i.status for i in parse_notice(text).items] == ["done", status]
