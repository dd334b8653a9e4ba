"""Round 41's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims

_BODY = (
    "一、整改工作开展情况\n公司党委成立整改工作领导小组，逐项制定整改措施。\n"
    "二、巡察反馈问题整改落实情况\n"
    "（一）落实全面从严治党战略部署方面\n"
    "1.公务用车管理不规范，部分车辆未按规定登记使用。\n"
    "整改情况：修订公务用车管理办法，补齐登记手续。目前，该问题已整改完成。\n"
    "2.干部教育培训针对性不强，业务培训覆盖面不广。\n"
    "整改情况：制定年度培训计划，已开展专题培训2期。目前，该问题正在持续整改中。\n"
    "三、下一步工作打算\n持续巩固整改成果。\n中共某某集团有限公司委员会\n2024年11月8日\n"
)


def _notice(opening: str) -> str:
    return "中共某某集团有限公司委员会关于巡察整改进展情况的通报\n" + opening + "\n" + _BODY


# A commission that leads its bodies by a 党委 sends its own team (国资委党委第六巡视组, 省国资委党委第一巡察组: the
# state-assets commissions over their enterprises): the team is named with the commission, not cut to 党委第N组.
@pytest.mark.parametrize(
    "team",
    ["市国资委党委第三巡察组", "自治区国资委党委第二巡视组", "省交通运输厅党组第一巡察组", "区国资委党委第五巡察组"],
)
def test_team_of_a_commission_party_committee(team: str) -> None:
    notice = parse_notice(
        _notice(
            f"根据统一部署，2024年3月5日至5月10日，{team}对某某集团有限公司党委开展了巡察。"
            f"2024年6月20日，{team}向集团党委反馈了巡察意见。现将巡察整改进展情况予以公布。"
        )
    )
    assert notice.inspection_team == team


# A round's entry into several bodies told first (进驻A、B，对…2家企业开展专项巡察, its day only), the body's own
# period told by the next inspection sentence: the period is the first an inspection sentence gives.
@pytest.mark.parametrize(
    ("entry", "period"),
    [
        (
            "3月6日，市委第二巡察组进驻甲公司、乙公司，对市属2家企业开展专项巡察。"
            "巡察组于2023年3月6日至4月28日对某某集团有限公司党委开展了专项巡察。",
            ("2023-03-06", "2023-04-28"),
        ),
        (
            "9月上旬，县委巡察组同时进驻县属4家国有企业，对县属4家国有企业开展常规巡察。"
            "其中，县委第一巡察组于2022年9月5日至10月30日对某某集团有限公司党委进行了巡察。",
            ("2022-09-05", "2022-10-30"),
        ),
    ],
)
def test_period_from_the_body_s_own_inspection_sentence(entry: str, period: tuple[str, str]) -> None:
    notice = parse_notice(_notice(entry + "2023年6月20日，巡察组向集团党委反馈了巡察意见。"))
    assert (notice.inspection_start, notice.inspection_end) == period


# The open count told by the manner the work is pushed on, with no 正在 (按计划推进2个, 攻坚推进4个): still open, as
# 持续推进 is; an effort on projects (加快推进12个重点项目) is no count of problems.
@pytest.mark.parametrize(
    ("sentence", "open_"),
    [
        ("巡察反馈的8个问题，已完成整改6个，按计划推进2个。", 2),
        ("共反馈10个问题，已整改销号6个，攻坚推进4个。", 4),
        ("反馈的7个问题中，已完成整改5个，序时推进2个。", 2),
        ("反馈的9个问题，已完成整改8个，按序时推进1个。", 1),
        ("反馈的9个问题，已完成整改9个。下一步，加快推进12个重点项目建设。", None),
    ],
)
def test_open_count_by_the_manner_of_pushing(sentence: str, open_: int | None) -> None:
    assert read_claims(sentence).in_progress == open_
