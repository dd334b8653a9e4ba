"""Round 45's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import PENDING_RE, TEAM_RE
from notices.parse import clean_title


# “<problem>”的整改 / “<problem>”问题的整改情况: the problem quoted whole with its rectification's word after it and no
# 关于/针对 before it: the quotation is the title.
@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("“村务公开不及时,公开内容不全面”的整改。", "村务公开不及时,公开内容不全面"),
        ("“干部请销假制度执行不严”问题的整改情况", "干部请销假制度执行不严"),
        ("“食堂采购管理不规范”的整改落实情况。", "食堂采购管理不规范"),
    ],
)
def test_quoted_problem_with_its_rectification(headline: str, title: str) -> None:
    assert clean_title(headline) == title


# The villages' scope after the team's number (区委第五村级巡察组): the team is named whole.
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("2020年3月,县委第二村级巡察组对该村党支部开展了巡察。", "县委第二村级巡察组"),
        ("市委第三对村巡察组进驻后", "市委第三对村巡察组"),
        ("区委第12村(社区)巡察组反馈了意见", "区委第12村(社区)巡察组"),
    ],
)
def test_village_scope_after_the_number(sentence: str, team: str) -> None:
    m = TEAM_RE.search(sentence)
    assert m is not None and m.group(0).strip() == team


# Work waiting on the plan, quota or funds a higher body hands down (待州卫健委下达计划): pending.
@pytest.mark.parametrize(
    "text",
    [
        "第二批培训名额待省厅下达计划。",
        "剩余项目资金待市财政下达,",
        "招聘工作待上级下达指标",
    ],
)
def test_waiting_on_what_a_higher_body_hands_down(text: str) -> None:
    assert PENDING_RE.search(text)


def _items(body: str) -> list[tuple[str, str, str, bool]]:
    notice = parse_notice(
        "中共某县某镇委员会关于巡察整改“回头看”情况的报告\n"
        "根据县委统一部署,镇党委对照县委第二巡察组反馈意见逐项核查整改落实情况。现将有关情况报告如下。\n"
        f"{body}特此报告。\n中共某县某镇委员会\n2024年4月18日\n"
    )
    return [(i.label, i.title, i.status, i.pending) for i in notice.items]


# 一、…发现的主要问题 > 一是<shortcoming>。<its examples> … then 二、整改措施及进展情况 > (一)针对“…”的问题 > 整改进展:
# the first part lists the findings, which the second restates with their rectification: no problem of its own.
@pytest.mark.parametrize("heading", ["一、整改“回头看”发现的主要问题", "一、巡察反馈的问题", "一、自查发现的突出问题"])
def test_a_findings_part_before_the_rectification_part_holds_no_problem(heading: str) -> None:
    items = _items(
        f"{heading}\n"
        "一是整改台账管理不规范。对反馈的18个问题,部分台账未及时更新,例如村级财务问题的整改记录缺失。\n"
        "二是整改监督跟进不够。镇纪委对整改情况的监督多以查阅资料为主。\n"
        "二、整改措施及进展情况\n"
        "(一)针对“整改台账管理不规范”的问题\n整改措施:建立整改台账动态更新机制。\n整改进展:已完成整改。\n"
        "(二)针对“整改监督跟进不够”的问题\n整改措施:每季度开展1次实地核查。\n整改进展:正在推进。\n"
    )
    assert [(title, status) for _, title, status, _ in items] == [
        ("整改台账管理不规范", "done"),
        ("整改监督跟进不够", "in_progress"),
    ]


# The other part of the work counted and still going on (另1个项目正在办理, 另有2户正在协调) after a done part in a
# status field: the problem is in progress, its work pending; the rest scheduled (其余4个村将于5月底前完成) is pending.
@pytest.mark.parametrize(
    ("progress", "status", "pending"),
    [
        ("已完成整改,闲置资金已收回1个项目,另1个项目正在办理调整审批。", "in_progress", True),
        ("已整改到位,另有2户正在协调搬迁。", "in_progress", True),
        ("正在推进,目前已有9个村完成公开,其余4个村将于6月底前完成。", "in_progress", True),
        ("已完成整改,另行建立了长效机制。", "done", False),
    ],
)
def test_the_other_part_still_going_on_in_a_status_field(progress: str, status: str, pending: bool) -> None:
    items = _items(f"1.村务公开不及时。\n整改措施:督促各村同步公开整改情况。\n整改进展:{progress}\n")
    assert [(s, p) for _, _, s, p in items] == [(status, pending)]


# A piece of work named, then still going on without 中 (人员、财务统一管理尚在推进 / 综合整治仍在推进), in the measures
# beside a status stated elsewhere: pending work, as …尚在推进中 reads. The status sentence whose subject is the
# problem, the rectification or the work at large (该问题仍在推进, 此项整改仍在有序推进, 培训工作尚在持续开展) is not.
@pytest.mark.parametrize(
    ("measures", "pending"),
    [
        ("组建2个医共体,人员、财务统一管理尚在推进。", True),
        ("完成3个小区改造,老旧管网更换仍在实施。", True),
        ("制定管理办法,档案数字化还在进行", True),
        ("制定管理办法,该问题仍在推进。", False),
        ("制定管理办法,此项整改仍在有序推进。", False),
        ("选派干部跟班学习,干部培训工作尚在持续开展。", False),
        ("制定管理办法,目前尚在推进。", False),
    ],
)
def test_named_work_still_going_on(measures: str, pending: bool) -> None:
    items = _items(f"1.医共体建设成效不明显。\n整改措施:{measures}\n整改状态:未销号\n")
    assert [p for *_, p in items] == [pending]


# A ledger row whose status cell says more after its status (未销号,持续推进): that remainder is a clause of its own,
# so the measures cell's last clause before it (…尚在推进) is still read whole.
def test_the_status_cells_remainder_does_not_run_into_the_measures() -> None:
    items = _items(
        "序号\t问题\t整改措施\t责任人\t整改时限\t销号情况\n"
        "1\t村务公开不及时\t制定公开目录;网上公开平台建设尚在推进\t副镇长\t2024年6月\t未销号,持续推进\n"
        "2\t食堂采购管理不规范\t建立采购台账\t副镇长\t2024年3月\t已销号\n"
    )
    assert items == [
        ("1", "村务公开不及时", "in_progress", True),
        ("2", "食堂采购管理不规范", "done", False),
    ]


# A special round's news opening the notice: the whole round's teams counted first (6个巡察组共…指出具体问题41个),
# then the share of the team that inspected this body (其中,…巡察组向我县…): the share is the notice's claim; the
# team's entry day (…日,…巡察组进驻…) is the inspection's start where no range is told; the letters the problems
# were handed over in (一、第1号交办函) are their areas.
@pytest.mark.parametrize(
    ("round_counts", "own_counts", "problems", "completed"),
    [
        ("4个巡察组共指出问题36个,其中30个已整改", "指出问题3个,其中2个已整改", 3, 2),
        ("各专项巡察组累计发现具体问题52个", "发现具体问题3个,已整改2个", 3, 2),
    ],
)
def test_a_round_s_counts_then_the_body_s_own_share(
    round_counts: str, own_counts: str, problems: int, completed: int
) -> None:
    letters = "".join(
        f"{cn}、第{n}号交办函\n{n}.问题:危房改造资金拨付不及时。\n整改措施:逐户核查。\n整改结果:{done}\n"
        for cn, n, done in (("一", 1, "已整改。"), ("二", 2, "已整改。"), ("三", 3, "正在整改。"))
    )
    notice = parse_notice(
        "中共某县委关于县委专项巡察立行立改交办事项整改情况的通报\n"
        "2019年4月2日,县委第二专项巡察组进驻某县。"
        f"截至5月7日,{round_counts}。其中,县委第二专项巡察组向我县发放交办函3份,{own_counts}。"
        f"现将整改情况通报如下:\n{letters}中共某县委\n2019年5月10日\n"
    )
    assert (notice.claimed.problems, notice.claimed.completed) == (problems, completed)
    assert (notice.inspection_start, notice.inspection_end) == ("2019-04-02", None)
    assert [i.aspect for i in notice.items] == ["一、第1号交办函", "二、第2号交办函", "三、第3号交办函"]
    assert not notice.warnings
