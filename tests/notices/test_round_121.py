"""Round 121's class (issue 19): follow-up notices (续报, 第二次通报, the notice after a 集中整改期). They recall the
first notice and its counts, then state the counts as they stand now; each problem's current status stands beside
the earlier one (a line of the earlier progress, a bracket recalling it, a sentence telling where the work stood
then). The claims are the current counts, the status and the pending work the current ones. Members the round's
notices do not print: other verbs of the recalled publication, other earlier reports (上次/前次/第二次, 报告/公示),
other statuses and other points the work is told at."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的续报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"


def _problems(*blocks: str) -> str:
    return "".join(f"{n}.{block}\n" for n, block in enumerate(blocks, 1))


_TWO = _problems(
    "基层党组织建设薄弱，组织生活不规范。\n整改情况：已完成整改。修订组织生活制度。",
    "专项资金拨付滞后。\n整改情况：正在推进。剩余资金正在办理拨付手续。",
)


# A follow-up recalls its first notice as a publication done (…公示了/公开了/发布了/通报了…情况), its counts the
# earlier notice's; the counts as they stand now follow in a sentence of now (截至/目前).
@pytest.mark.parametrize(
    "recalled",
    [
        "局党组于2024年9月在县政府网站公示了整改进展情况，反馈的2个问题中已完成整改0个，正在推进2个。",
        "2024年10月，我局公开了集中整改进展情况：巡察反馈的5个问题中，已整改完成3个，尚在整改2个。",
        "我局已于2024年9月30日发布了整改落实情况，反馈的4个问题当时已完成整改3个，正在整改1个。",
        "局党组于2024年11月通报了巡察整改情况，反馈的3个问题已完成1个、正在推进2个。",
    ],
)
def test_the_counts_a_follow_up_recalls_are_the_earlier_notice_s(recalled: str) -> None:
    text = _HEAD + recalled + "截至2025年5月31日，2个问题中已完成整改1个，正在推进1个。\n" + _TWO + _TAIL
    claimed = parse_notice(text).claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (2, 1, 1)


# The problems a follow-up reports on named by their earlier state (上次通报时尚未完成的4个问题中, …): the set is
# counted, the tally after it is the notice's now.
@pytest.mark.parametrize(
    "tally",
    [
        "截至2025年5月31日，上次通报时尚未完成的2个问题中，已完成整改1个，正在推进1个。",
        "截至目前，前次报告时正在整改的2个问题中，已整改完成1个，仍在整改1个。",
        "截至2025年5月底，第二次通报时未完成整改的2个问题，已完成1个，正在推进1个。",
    ],
)
def test_a_set_named_by_its_earlier_state_is_counted_now(tally: str) -> None:
    claimed = parse_notice(_HEAD + tally + "\n" + _TWO + _TAIL).claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (2, 1, 1)


# The sentence announcing what the notice lists names its set by a status (现将尚未完成整改的2个问题…通报如下): no
# tally of problems in progress.
@pytest.mark.parametrize(
    "announced",
    [
        "现将上次通报后仍在推进的6个问题的整改情况通报如下。",
        "现将尚未完成整改的6个问题整改进展情况报告如下。",
        "现将正在整改的6个问题进展情况公布如下。",
    ],
)
def test_the_set_a_notice_announces_is_no_tally(announced: str) -> None:
    claimed = parse_notice(_HEAD + announced + "\n" + _TWO + _TAIL).claimed
    assert claimed.in_progress is None


# A line of its own giving the earlier report's progress above the current one: the earlier line is no status and
# its work then is not pending now.
@pytest.mark.parametrize("label", ["上次通报时进展", "前次报告时情况", "第二次通报时整改进度", "首次公示时的整改情况"])
def test_the_earlier_report_s_progress_line_is_not_the_item_s(label: str) -> None:
    body = _problems(
        f"基层党组织建设薄弱，组织生活不规范。\n{label}：正在整改，正在制定支部组织生活规范。\n"
        "目前进展：已完成整改。修订组织生活制度，开展专项检查。",
    )
    item = parse_notice(_HEAD + body + _TAIL).items[0]
    assert (item.status, item.pending) == ("done", False)


# A status now with, in its bracket, the earlier report's status and the month done: the status is the current one.
@pytest.mark.parametrize(
    "state",
    [
        "已完成（上次通报时正在整改，2025年2月完成）",
        "已整改到位（前次报告时为推进中，2025年3月销号）",
        "已完成（第二次通报时正在推进，2025年4月完成整改）",
    ],
)
def test_a_bracket_recalling_the_earlier_status_after_the_current(state: str) -> None:
    body = "问题1：基层党组织建设薄弱，组织生活不规范。\n整改情况：修订组织生活制度，开展专项检查。\n"
    item = parse_notice(_HEAD + body + f"完成情况：{state}。\n" + _TAIL).items[0]
    assert item.status == "done"


# A sentence telling where the work stood at an earlier point (集中整改期届满时，…正在…), followed by what was done
# since: the work then is no work pending now.
@pytest.mark.parametrize(
    "then",
    [
        "集中整改期届满时，剩余3户的补贴正在追缴。",
        "上次报告时，专项审计正在进行中。",
        "集中整改期满时，剩余款项正在办理退还手续。",
    ],
)
def test_the_work_at_an_earlier_point_is_not_pending_now(then: str) -> None:
    body = _problems(f"违规发放补贴问题清退不彻底。\n整改进展：{then}2025年3月，已全部整改到位。")
    item = parse_notice(_HEAD + body + _TAIL).items[0]
    assert (item.status, item.pending) == ("done", False)


# A follow-up's table writing in its date column the month done or, for a problem still open, what remains: the work
# named under way there is pending.
@pytest.mark.parametrize(
    ("column", "remark"),
    [
        ("完成时间", "监管平台正在升级改造，预计2025年8月投用"),
        ("完成时限", "剩余3处隐患点正在施工"),
        ("实际完成时间", "新制度草案尚在征求意见"),
    ],
)
def test_the_work_a_date_column_names_under_way_is_pending(column: str, remark: str) -> None:
    table = (
        f"序号\t反馈问题\t上次通报状态\t当前状态\t{column}\n"
        "1\t基层党组织建设薄弱，组织生活不规范\t正在整改\t已完成\t2025年3月\n"
        f"2\t安全生产监管存在薄弱环节，隐患整治不彻底\t正在整改\t正在整改\t{remark}\n"
    )
    items = parse_notice(_HEAD + table + _TAIL).items
    assert [(i.status, i.pending) for i in items] == [("done", False), ("in_progress", True)]
