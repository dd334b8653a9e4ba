"""Round 157's class (issue 19): notices of the municipalities and autonomous areas, printed as their own pages print
them. Two members of the class the set had not read: the committees of the autonomous areas and the 兵团 named in
their own forms before an inspection team (a 新疆 autonomous prefecture's 州党委, a 地区's 地委, an autonomous
region's 区党委, the 兵团党委 and its divisions' 师市党委/师党委), which lost their place (党委第三巡察组, 第二巡察组);
and the prose part heading that says the rectification as a whole has begun to show results (…，巡察整改取得阶段性
成效), which is no section of problems in progress. Members the round's notices do not print: the other committees,
the team named only in the inspection sentence or only in the feedback sentence, and the other subjects and results
of that heading."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TAIL = "欢迎监督。联系电话：0991-1234567。\n中共某局党组\n2025年3月10日\n"


# An autonomous area's or the 兵团's committee names its team in its own form; the team keeps it, told in the
# inspection sentence alone or in the feedback sentence alone.
@pytest.mark.parametrize(
    ("opening", "team"),
    [
        ("根据地委统一部署，2024年4月1日至5月31日，地委第二巡察组对某局党组开展了常规巡察。", "地委第二巡察组"),
        ("2024年4月1日至5月31日，地委机动巡察组对某局党组开展了巡察。", "地委机动巡察组"),
        ("根据兵团党委统一部署，2024年4月1日至5月31日，兵团党委第三巡视组对某师党委开展了巡视。", "兵团党委第三巡视组"),
        ("2024年4月1日至5月31日，师市党委第一巡察组对某团党委开展了常规巡察。", "师市党委第一巡察组"),
        ("2024年4月1日至5月31日，师党委第四巡察组对某团党委开展了常规巡察。", "师党委第四巡察组"),
        ("2024年4月1日至5月31日，区党委第五巡视组对某市委开展了常规巡视。", "区党委第五巡视组"),
        ("2024年4月1日至5月31日，州党委第二巡察组对某县某局党组进行了巡察。", "州党委第二巡察组"),
        ("2024年4月1日至5月31日，州党委专项巡察组对某局党组开展了专项巡察。", "州党委专项巡察组"),
    ],
)
def test_an_autonomous_area_s_committee_names_its_team(opening: str, team: str) -> None:
    text = (
        "中共某局党组关于巡察整改进展情况的通报\n" + opening + "2024年7月9日反馈了巡察意见。\n"
        "1.理论学习不深入。\n整改情况：已完成整改。\n2.财务管理不规范。\n整改情况：正在整改。\n" + _TAIL
    )
    assert parse_notice(text).inspection_team == team


# The part heading over every problem saying the rectification (整改, 整改落实) has begun to show results is no
# status section: a problem printing no status under it is unstated, and the claims are not contradicted.
@pytest.mark.parametrize(
    "heading",
    [
        "二、坚持问题导向，巡察整改落实取得阶段性成效",
        "二、对照反馈问题逐项整改，整改取得阶段性成果",
        "二、聚焦反馈问题抓落实，巡察整改取得阶段性进展",
        "（二）狠抓整改落实，反馈问题整改取得阶段性成效",
    ],
)
def test_results_begun_of_the_rectification_is_no_status_section(heading: str) -> None:
    text = (
        "中共某镇委员会关于县委巡察整改进展情况的通报\n"
        "根据县委统一部署，2024年4月8日至6月6日，县委第三巡察组对某镇党委进行了常规巡察，2024年7月18日反馈了巡察意见。\n"
        "一、提高政治站位，强化责任担当\n镇党委成立巡察整改工作领导小组。\n"
        + heading
        + "\n县委巡察组反馈的3个问题，已完成整改2个。\n"
        "1.理论学习不深入。\n整改进展：已完成整改。修订学习制度。\n"
        "2.村级财务管理不规范。\n整改进展：补全审批手续48笔。\n"
        "3.流动党员管理薄弱。\n整改进展：已完成整改。建立台账。\n" + _TAIL
    )
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == [("1", "done"), ("2", "unstated"), ("3", "done")]
    assert [str(w) for w in notice.warnings] == []
