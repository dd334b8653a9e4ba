"""Round 131's class (issue 19): enterprises and financial bodies under 中央巡视 / 省委巡视 and under their own head
office's 巡视 — a central or provincial group's 党委, a city bank's or a rural credit union's 党委, an insurer's or a
securities firm's branch 党委. Their notices name a nationwide company's branch by its place after the company's
form (…股份有限公司湖北省分公司), fill a progress field with the measures alone where no status is stated, and close a
problem still open on a plan carried on to its next dated step. Members the round's notices do not print: other
company forms and branch levels, other progress labels and measure verbs, other plan steps."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TAIL = "欢迎监督。联系电话：027-12345678。\n"


def _notice(agency: str, problems: str) -> str:
    return (
        f"中共{agency}委员会关于总公司党委巡视整改进展情况的通报\n"
        f"根据总公司党委统一部署，2025年4月14日至6月13日，总公司党委第一巡视组对{agency}党委开展了常规巡视。"
        "2025年7月25日，巡视组反馈了巡视意见。现将整改进展情况通报如下：\n"
        f"{problems}{_TAIL}中共{agency}委员会\n2025年11月28日\n"
    )


_TWO = (
    "一、落实全面从严治党战略部署方面\n"
    "（一）费用管理不规范，部分机构存在虚列费用问题\n整改进展：已完成整改。追回违规费用52.4万元。\n"
    "（二）基层党组织建设不够规范，部分营销服务部党建工作薄弱\n整改进展：正在推进。已轮训党支部书记2期。\n"
)


# A nationwide company named without 中国 names its branch's place after its company form, whatever the form and
# the branch's level: the place is the agency's region.
@pytest.mark.parametrize(
    ("agency", "region", "province", "prefecture"),
    [
        ("某证券有限责任公司江苏省分公司", "江苏省", "江苏省", None),
        ("某财产保险股份有限公司南昌市分公司", "南昌市", "江西省", "南昌市"),
        ("某人寿保险有限公司四川省分公司", "四川省", "四川省", None),
        ("某保险股份有限公司岳阳分公司", "岳阳", "湖南省", "岳阳市"),
    ],
)
def test_a_company_branch_is_placed_by_the_place_after_its_company_form(
    agency: str, region: str, province: str, prefecture: str | None
) -> None:
    notice = parse_notice(_notice(agency, _TWO))
    assert (notice.agency, notice.region, notice.province, notice.prefecture) == (
        f"{agency}委员会",
        region,
        province,
        prefecture,
    )


# A progress field holding only the measures (a measure's verb and object, then more measures, no status word, no
# work still to do) states no status, where the problems beside it state theirs in the same field.
@pytest.mark.parametrize(
    "field",
    [
        "整改进展：开展违规兼职取酬专项清理，修订兼职管理办法，清退违规兼职报酬3.6万元。",
        "整改进度：实施营业网点标准化改造，完善服务流程，客户满意度提升至96%。",
        "完成情况：开展全员合规教育，组织合规考试2次，建立合规积分管理制度。",
        "目前进展：实施信贷审批权限分级管理，修订授权方案，上收大额贷款审批权限。",
    ],
)
def test_a_progress_field_of_measures_alone_states_no_status(field: str) -> None:
    problems = _TWO + "（三）合规管理存在薄弱环节，员工违规行为时有发生\n" + field + "\n"
    notice = parse_notice(_notice("某人寿保险股份有限公司湖北省分公司", problems))
    assert [i.title for i in notice.items][2] == "合规管理存在薄弱环节,员工违规行为时有发生"
    assert [(i.status, i.status_source) for i in notice.items] == [
        ("done", "item"),
        ("in_progress", "item"),
        ("unstated", "none"),
    ]


# A problem still open whose text closes on a dated plan carried on to its next dated step: the work's end is still
# to come, so the text is pending.
@pytest.mark.parametrize(
    "plan",
    [
        "新系统已完成招标，开发测试计划2026年3月完成，5月投产上线。",
        "改造方案已批复，主体工程计划明年6月完工，9月交付使用。",
        "管理办法已起草，计划2026年1月印发，3月起施行。",
    ],
)
def test_a_plan_carried_on_to_its_next_step_is_pending(plan: str) -> None:
    problems = _TWO + "（三）信息系统建设滞后，核心系统升级缓慢\n整改进展：正在推进。" + plan + "\n"
    problems += "（四）违反中央八项规定精神问题时有发生\n整改进展：已完成整改。查处问题3起。\n"
    notice = parse_notice(_notice("某人寿保险股份有限公司湖北省分公司", problems))
    assert [(i.status, i.pending) for i in notice.items] == [
        ("done", False),
        ("in_progress", False),
        ("in_progress", True),
        ("done", False),
    ]
