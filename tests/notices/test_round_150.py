"""Round 150's class (issue 19): statuses that are MIXED, STAGED OR HEDGED, as notices of 2023–2026 write them after
the plain 已完成/正在推进: a done verdict followed by the work going on (已完成，持续推进: done, the going on routine),
the stage the work has reached as a field or a ledger column (整改阶段：推进阶段, 当前阶段：验收中: in progress; the
stage after the result, 巩固提升阶段, done), and closing sentences that hedge, stage or condition the status (a share
or a first stage done, results conceding a shortfall, the problem listed as long-term rectification, the rest done
after an exception): in progress. Members the round's notices do not print: other stage labels and stage words,
other verdicts and continuations, other shares, stages, concessions, long-term lists and exceptions, a part of a
counted whole done, and acceptance asked of a body named before the verb."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年3月3日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n"
    "一、巡察反馈问题整改情况\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2026年1月10日\n"
_PLAIN = (
    "干部教育培训针对性不强，培训计划落实不到位。\n整改措施：修订年度培训计划，开展专题培训2期。\n整改进度：已完成。"
)


def _problems(*blocks: str) -> str:
    return "".join(f"{n}.{block}\n" for n, block in enumerate(blocks, 1))


def _statuses(*blocks: str) -> list[str]:
    return [item.status for item in parse_notice(_HEAD + _problems(*blocks) + _TAIL).items]


# The stage the work has reached, under the other labels a ledger or a record titles it, in the other words of its
# stages: the stage under way is in progress, the stage after the result (巩固…阶段) is done.
@pytest.mark.parametrize("label", ["当前阶段", "所处阶段", "目前阶段"])
@pytest.mark.parametrize(
    ("stage", "status"),
    [
        ("实施阶段", "in_progress"),
        ("攻坚阶段", "in_progress"),
        ("验收阶段", "in_progress"),
        ("巩固深化阶段", "done"),
        ("持续巩固阶段", "done"),
    ],
)
def test_a_stage_field_states_the_status(label: str, stage: str, status: str) -> None:
    block = f"村级财务管理不规范，报账凭证不齐全。\n整改措施：开展村级财务专项检查，规范审批流程。\n{label}：{stage}"
    assert _statuses(_PLAIN, block) == ["done", status]


# A done verdict, then the work going on (持续推进) with no object named: done.
@pytest.mark.parametrize(
    "marker", ["已完成整改，持续推进", "已整改完毕，持续推进", "已全部完成，持续推进", "已整改到位，将持续推进"]
)
@pytest.mark.parametrize("label", ["整改结果", "完成情况", "推进情况"])
def test_a_done_verdict_then_the_work_going_on(label: str, marker: str) -> None:
    block = f"公务用车管理不规范。\n整改措施：修订公务用车管理办法，严格派车审批。\n{label}：{marker}。"
    assert _statuses(_PLAIN, block) == ["done", "done"]


# A closing sentence that hedges, stages or conditions the problem's status: in progress.
@pytest.mark.parametrize(
    "closing",
    [
        "目前已完成绝大部分整改任务，剩余3个村的档案整理正在推进。",
        "截至目前，该问题大部分整改内容已完成，个别事项正在办理。",
        "该问题第一期整改任务已完成，第二期改造工程正在实施。",
        "此项整改取得了显著成效，但与群众期待还有差距，将持续推进。",
        "目前整改已取得明显效果，但长效机制尚需完善。",
        "该问题整改取得很大成效，但仍有短板。",
        "该问题属历史遗留问题，已纳入长期整改清单，逐年推进。",
        "因涉及多个部门，该问题已确定为长期整改任务，按年度计划推进。",
        "截至目前，除2名干部的交流轮岗尚在报批外，其他整改措施均已落实到位。",
        "目前，除了档案数字化工作正在招标以外，其余整改任务已全部完成。",
    ],
)
def test_a_hedged_closing_sentence_is_in_progress(closing: str) -> None:
    block = f"干部队伍结构不合理，专业人才缺乏。\n整改情况：制定人才培养计划，开展专题培训2期。{closing}"
    plain = "财务管理不规范，报账凭证不齐全。\n整改情况：开展财务专项检查，规范报账审批流程。该问题已整改完成。"
    assert _statuses(plain, block) == ["done", "in_progress"]


# The rest of the work awaited, a part of a counted whole done, and acceptance asked of a body named before the verb:
# pending work.
@pytest.mark.parametrize(
    "text",
    [
        "已完成竣工结算，已向区住建局提出竣工验收申请。",
        "改造工程已完工，已向市消防救援支队申请验收。",
        "已清退9人，其余3人的清退手续待办理。",
        "推动5家企业完成改制，已完成3家。",
        "对20所学校开展专项检查，已完成16所。",
    ],
)
def test_awaited_rest_and_acceptance_asked_are_pending(text: str) -> None:
    block = f"工程建设项目监管不严。\n整改措施：开展专项检查。{text}\n整改进度：已完成。"
    item = parse_notice(_HEAD + _problems(_PLAIN, block) + _TAIL).items[1]
    assert (item.status, item.pending) == ("done", True)
