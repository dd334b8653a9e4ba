"""Round 84's classes (issue 19): the vocabulary of status and the names of the field carrying it, each with members
the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
)
_MEASURES = "整改措施：制定专项工作方案，逐项明确责任股室和完成时限，每月调度一次整改进展，整改情况纳入年度考核。"


# A problem printed as one paragraph, its status field running on after the measures' full stop under any of the
# status column's names (当前状态：已清零。<facts>): the field is cut out and read, whatever its name.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("目前状态：已销号。", "done"),
        ("整改评估：已整改到位。", "done"),
        ("落实情况：正在推进。", "in_progress"),
        ("处理结果：已办结。", "done"),
        ("当前进度：基本完成。", "in_progress"),
        ("整改成效：已完成整改。", "done"),
    ],
)
def test_a_status_field_runs_on_after_the_measures(field: str, status: str) -> None:
    body = f"问题1：公务接待管理不规范，部分接待清单填写不全。{_MEASURES}{field}共清理接待清单36份。\n"
    notice = parse_notice(_HEAD + body)
    assert [i.status for i in notice.items] == [status]


# A status field that declares the problem done in a clause of its own and then concedes what is unfinished (已完成，
# 但…尚未…): the verdict is done, the concession pending work.
@pytest.mark.parametrize(
    "value",
    [
        "已销号，但仍有3户补偿款尚未发放到位，待审计结束后统一发放。",
        "已整改到位，不过2处监控点位尚未完成安装调试，预计下月投入使用。",
        "整改完毕，但是个别档案尚未补齐，正在联系原经办人员补充材料。",
    ],
)
def test_done_then_a_concession_is_done_with_work_pending(value: str) -> None:
    body = f"1.公务接待管理不规范，部分接待清单填写不全。\n{_MEASURES}\n整改进度：{value}\n"
    notice = parse_notice(_HEAD + "（一）落实全面从严治党方面\n" + body)
    assert [(i.status, i.pending) for i in notice.items] == [("done", True)]


# The counts of a framing paragraph with the count before the pushed-on manner (3个按计划推进) or before the
# routine the work is kept up in (1个常态化推进, 2个需长期坚持), as well as after it.
@pytest.mark.parametrize(
    ("claim", "key", "count"),
    [
        ("9个问题中已整改完成6个，3个按计划推进。", "in_progress", 3),
        ("9个问题中已整改完成5个，4个攻坚推进。", "in_progress", 4),
        ("9个问题中已整改完成7个，1个正在整改，1个需长期坚持。", "longterm", 1),
        ("9个问题中已整改完成6个，正在整改1个，常态化坚持2个。", "longterm", 2),
    ],
)
def test_a_count_before_its_open_or_routine_words(claim: str, key: str, count: int) -> None:
    notice = parse_notice(_HEAD + claim + "\n（一）落实全面从严治党方面\n1.公务接待管理不规范。\n" + _MEASURES + "\n")
    assert getattr(notice.claimed, key) == count


# Sections named by a status alone, in any of the notice's status words (已解决的问题（2个） / 已处置到位的事项 /
# 已整改完毕的问题): they group the problems by status and name no area, so the problems under them have none.
@pytest.mark.parametrize(
    "heading",
    ["（一）已解决的问题（2个）", "（一）已全部整改的问题", "（一）已处置到位的事项（2项）", "（一）已整改完毕的问题"],
)
def test_a_status_section_in_other_words_is_no_aspect(heading: str) -> None:
    body = (
        f"{heading}\n"
        "1.公务接待管理不规范，部分接待清单填写不全。整改情况：修订接待管理办法，清理接待清单36份。\n"
        "2.固定资产管理不严格，部分资产账实不符。整改情况：开展资产清查，核销报废资产12件。\n"
        "（二）正在整改的问题（1个）\n"
        "3.干部教育培训针对性不强。整改情况：制定年度培训计划，培训方案正在审核中。\n"
    )
    notice = parse_notice(_HEAD + body)
    assert [(i.aspect, i.status) for i in notice.items] == [
        (None, "done"),
        (None, "done"),
        (None, "in_progress"),
    ]


# The rest of the work handed to a court or an arbitration (已进入诉讼程序, 已转入司法程序): its end is still to come.
@pytest.mark.parametrize(
    "progress",
    [
        "已清收欠款86万元，剩余欠款已转入司法程序。",
        "已追回违规资金12万元，其余2笔已移交仲裁程序。",
        "已收回逾期租金40万元，另1户承租人已进入强制执行程序。",
    ],
)
def test_the_rest_before_a_court_is_pending(progress: str) -> None:
    body = f"1.应收款项清收不力，逾期账款较多。\n{_MEASURES}\n整改结果：{progress}\n"
    notice = parse_notice(_HEAD + "（一）落实全面从严治党方面\n" + body)
    assert [i.pending for i in notice.items] == [True]


# Status counts in the unit of the tasks the problems were refined into, yet adding up to the problems (8个问题细化为
# 整改任务31项…已完成整改4项，其余4项正在推进): they count the problems, as their sum tells.
@pytest.mark.parametrize(
    ("claim", "completed", "in_progress"),
    [
        ("反馈的2个方面6个问题，细化为整改任务20项。截至目前，已完成整改5项，1项正在推进。", 5, 1),
        ("反馈的9个问题细化为整改措施27条，已完成7条，其余2条正在推进。", 7, 2),
    ],
)
def test_counts_in_the_tasks_unit_adding_up_to_the_problems(claim: str, completed: int, in_progress: int) -> None:
    notice = parse_notice(_HEAD + claim + "\n（一）落实全面从严治党方面\n1.公务接待管理不规范。\n" + _MEASURES + "\n")
    assert (notice.claimed.completed, notice.claimed.in_progress) == (completed, in_progress)
