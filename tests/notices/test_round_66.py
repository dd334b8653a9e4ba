"""Round 66's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import PENDING_RE

_HEAD = "中共某某县农业农村局党组关于巡察整改情况的通报\n"


# A themed round named by its topic with 关于 and no 专项 (开展了关于…巡察): the inspection sentence, its period read.
@pytest.mark.parametrize(
    "topic",
    [
        "关于推动黄河流域生态保护和高质量发展战略落实情况的",
        "关于深化农村集体产权制度改革和集体经济发展",
        "关于落实最严格耕地保护制度和粮食安全党政同责情况",
    ],
)
def test_a_themed_round_named_with_guanyu(topic: str) -> None:
    notice = parse_notice(
        _HEAD + f"根据县委统一部署,2023年4月10日至5月31日,县委第二巡察组对县农业农村局党组开展了{topic}巡察。"
        "2023年7月6日,县委第二巡察组向县农业农村局党组反馈了巡察意见。现将整改情况予以公布。\n"
        "二、具体问题整改情况\n1.理论学习不够深入。\n整改情况:制定学习计划。目前已整改完成。\n"
    )
    assert (notice.inspection_start, notice.inspection_end) == ("2023-04-10", "2023-05-31")


# The rest of the work, counted, waiting (待) for a time or a step: pending work.
@pytest.mark.parametrize(
    "clause",
    [
        "已改造18座,其余4座待汛期结束施工",
        "已完成9家,剩余3家待设备到货安装",
        "已办结20件,剩下2件待当事人到场签字",
    ],
)
def test_the_counted_rest_waiting_is_pending(clause: str) -> None:
    assert PENDING_RE.search(clause)


@pytest.mark.parametrize("clause", ["其余2名待遇标准已调整到位", "已全部完成,无待办事项"])
def test_no_counted_rest_waiting(clause: str) -> None:
    assert not PENDING_RE.search(clause)


# A problem named by a policy's results (巩固拓展脱贫攻坚成果…) is no closing part 巩固…成果 that frames the work.
@pytest.mark.parametrize(
    "problem",
    [
        "巩固拓展脱贫攻坚成果工作不够扎实",
        "巩固脱贫成果后续帮扶措施落实不到位",
        "巩固提升扶贫成果资产管护不规范",
    ],
)
def test_a_problem_named_by_a_policys_results(problem: str) -> None:
    notice = parse_notice(
        _HEAD + "根据县委统一部署,2023年4月10日至5月31日,县委第二巡察组对县农业农村局党组进行了巡察。\n"
        "二、巡察反馈问题整改落实情况\n(一)贯彻落实党中央决策部署方面\n1.落实乡村振兴战略有差距。\n"
        f"(1){problem}。一是建立监测台账。二是落实帮扶措施。\n"
        "(2)特色产业带动作用不强。一是编制产业规划。二是培育经营主体。\n"
    )
    assert [item.title for item in notice.items] == [problem, "特色产业带动作用不强"]
