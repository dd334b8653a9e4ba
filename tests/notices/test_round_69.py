"""Round 69's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.structure import reads_as_problem

_HEAD = (
    "中共某某县财政局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2023年3月1日至4月30日,县委第一巡察组对县财政局党组进行了巡察。"
    "5月20日,巡察组向县财政局党组反馈了巡察意见。现将巡察整改情况予以公布。\n"
    "二、问题整改落实情况\n"
)


# Laxity, the genre's stock verdict on oversight (宽松软, 失之于宽, 软弱涣散): a problem's headline however short.
@pytest.mark.parametrize(
    "verdict",
    [
        "管党治党宽松软",
        "对局属单位干部日常管理过于宽松",
        "执纪问责失之于宽",
        "个别基层党支部软弱涣散",
        "机关党支部组织涣散",
    ],
)
def test_laxity_reads_as_a_shortcoming(verdict: str) -> None:
    assert reads_as_problem(verdict)


# A plain 宽松 is an aim of the measures, not a verdict.
@pytest.mark.parametrize("aim", ["营造宽松的营商环境", "创造宽松和谐的干事氛围"])
def test_a_plain_kuansong_is_an_aim(aim: str) -> None:
    assert not reads_as_problem(aim)


# Aspects as sentences over unnumbered problem lines, each with its 整改情况: — one line worded as laxity among them.
@pytest.mark.parametrize("verdict", ["党组对二级机构监督宽松软。", "基层党支部软弱涣散。", "对预算单位监管失之于宽。"])
def test_a_laxity_line_keeps_its_siblings_problems(verdict: str) -> None:
    notice = parse_notice(
        _HEAD + "(一)落实全面从严治党主体责任不到位。\n"
        f"{verdict}\n整改情况:制定监督管理办法,开展专项检查。目前已整改到位。\n"
        "落实中央八项规定精神不严格。\n整改情况:开展自查,清退超标准费用。目前已整改到位。\n"
        "(二)预算管理工作存在短板。\n预算执行进度偏慢。\n整改情况:建立预算执行通报制度。正在持续推进。\n"
    )
    assert [i.label for i in notice.items] == ["1", "2", "1"]
    assert notice.items[0].title == verdict.rstrip("。")
    assert [i.status for i in notice.items] == ["done", "done", "in_progress"]
