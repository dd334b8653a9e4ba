"""Round 77's classes (issue 19: statuses again, in layouts rounds 75-76 did not use), each with members the round's
notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县市场监督管理局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县市场监督管理局党组进行了巡察。现将整改进展情况予以通报。\n"
    "二、巡察反馈问题整改情况\n"
)


# A status in brackets between a problem's named number and its colon (问题1（已整改）：<problem>), or before the
# named number (【正在推进】问题3：<problem>): the label stays the number as printed, the bracket states the status.
@pytest.mark.parametrize(
    ("first", "second", "labels", "statuses"),
    [
        ("问题1（已完成）：", "问题2（正在整改）：", ["问题1", "问题2"], ["done", "in_progress"]),
        ("问题一【已销号】：", "问题二【持续推进】：", ["问题一", "问题二"], ["done", "in_progress"]),
        ("任务1(已办结):", "任务2(整改中):", ["任务1", "任务2"], ["done", "in_progress"]),
        ("【已整改到位】问题1：", "【尚未完成】问题2：", ["问题1", "问题2"], ["done", "in_progress"]),
    ],
)
def test_a_status_bracket_beside_a_named_number(
    first: str, second: str, labels: list[str], statuses: list[str]
) -> None:
    text = (
        _OPENING
        + f"{first}食品安全抽检覆盖面不广，部分品类未纳入抽检计划。\n"
        + "整改情况：修订年度抽检计划，扩大抽检品类。\n"
        + f"{second}特种设备监管存在薄弱环节，部分电梯维保不到位。\n"
        + "整改情况：开展电梯安全专项检查，约谈维保单位。\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == list(zip(labels, statuses, strict=True))
    assert notice.items[0].title == "食品安全抽检覆盖面不广,部分品类未纳入抽检计划"


# A closing list of statuses by number, itself numbered as a notice numbers its parts ((一)已完成整改（2个）：问题1、
# 问题3 / 1.正在推进：问题2): the number opens the list's line, the status words follow it.
@pytest.mark.parametrize(
    ("lists", "statuses"),
    [
        ("1.已完成整改：问题1、问题3。\n2.正在推进：问题2。", ["done", "in_progress", "done"]),
        ("一、已办结（2个）：问题2、问题3。\n二、持续推进（1个）：问题1。", ["in_progress", "done", "done"]),
        ("⑴已销号：第1、2项。\n⑵长期坚持：第3项。", ["done", "done", "done_longterm"]),
        ("(1)整改到位的问题：问题1、问题2；(2)尚未完成的问题：问题3。", ["done", "done", "in_progress"]),
    ],
)
def test_a_numbered_closing_list_of_statuses(lists: str, statuses: list[str]) -> None:
    text = (
        _OPENING
        + "1.食品安全抽检覆盖面不广。\n整改措施：修订年度抽检计划，扩大抽检品类。\n"
        + "2.特种设备监管存在薄弱环节。\n整改措施：开展电梯安全专项检查，约谈维保单位。\n"
        + "3.行政执法程序不够规范。\n整改措施：开展执法案卷评查，规范执法文书。\n"
        + "三、整改完成情况\n"
        + lists
        + "\n"
    )
    assert [i.status for i in parse_notice(text).items] == statuses


# A notice that prints some problems' planned date and the others' date done states each one's status by which date
# it prints: the date done, done; the date planned, in progress.
@pytest.mark.parametrize(
    ("done_field", "planned_field"),
    [
        ("实际完成时间：2024年5月5日", "预计完成时间：2024年12月底"),
        ("办结时间：2024年4月", "计划办结时间：2024年10月"),
        ("完成日期：2024.5.20", "拟完成时间：2025年3月"),
    ],
)
def test_a_date_done_or_planned_states_the_status(done_field: str, planned_field: str) -> None:
    text = (
        _OPENING
        + "⑴食品安全抽检覆盖面不广。\n整改情况：修订年度抽检计划，扩大抽检品类。\n"
        + done_field
        + "\n⑵特种设备监管存在薄弱环节。\n整改情况：开展电梯安全专项检查，维保单位整改正在进行。\n"
        + planned_field
        + "\n⑶行政执法程序不够规范。\n整改情况：开展执法案卷评查，规范执法文书。\n"
        + done_field
        + "\n"
    )
    assert [i.status for i in parse_notice(text).items] == ["done", "in_progress", "done"]


# A team sent by a committee's working committee named by its field (市委教育工委, 县直机关工委): the field and the
# committee are part of the team's name.
@pytest.mark.parametrize(
    "team",
    ["县委教育工委第二巡察组", "市直机关工委第一巡察组", "区委教育工委第三巡察组"],
)
def test_a_working_committee_team_keeps_its_name(team: str) -> None:
    text = (
        "中共某某县第一中学委员会关于巡察整改进展情况的通报\n"
        f"根据统一部署,2024年3月4日至4月30日,{team}对学校党委进行了巡察。现将整改进展情况予以通报。\n"
        "1.食品安全管理不到位。\n整改情况：已完成。\n"
    )
    assert parse_notice(text).inspection_team == team
