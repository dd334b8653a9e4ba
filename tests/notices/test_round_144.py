"""Round 144's class (issue 19): the genre as published in 2025–2026 on the sites of 纪委监委, city portals and
bureaus: each problem at the notice's top numbering (一、关于“…”的问题), its rectification text opened by its
measures' field (整改情况：) and the steps numbered under the field on lines of their own (1. 2.), closed by the
problem's status (目前，该问题已完成整改 / a 整改进度 field). A step mending a shortcoming names it (对进度滞后的3个
项目…, 补齐…不规范问题), which makes it no problem: the field above the steps says they are the problem's measures.
Members the round's notices do not print: other wrappers of the heading, other names of the field, other numberings
of the steps, other shortcomings a step names, the status in a field after the steps."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年4月8日至5月30日，县委第二巡察组对县某局党组进行了巡察。2025年7月10日，县委第二"
    "巡察组向县某局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
)
_TAIL = (
    "下一步，局党组将持续巩固整改成果，确保整改到位。\n"
    "欢迎广大干部群众监督。联系电话：0839-6621234。\n中共某县某局党组\n2026年1月12日\n"
)
_PROBLEMS = ("公务接待管理不规范", "重点项目推进缓慢", "干部队伍年龄结构老化")
# each problem's steps: the second step of the second and third names the shortcoming it mends
_STEPS = (
    ("对2022年以来公务接待开展专项清查，清退费用0.86万元。", "修订《公务接待管理办法》。"),
    ("建立项目专班推进机制。", "对进度滞后的3个项目逐一分析原因，其余2个项目正在加快建设。"),
    ("制定干部队伍建设规划。", "对干部档案中材料不全问题逐一整改，补齐材料12份。"),
)
_CLOSINGS = ("目前，该问题已完成整改。", "目前，该问题正在持续推进。", "目前，该问题已完成整改，并长期坚持。")
_WANT = [
    ("一", "公务接待管理不规范", "done"),
    ("二", "重点项目推进缓慢", "in_progress"),
    ("三", "干部队伍年龄结构老化", "done_longterm"),
]


def _notice(heading: str, field: str, point: str, closing: str = "{}") -> str:
    lines = []
    for n, (problem, steps, status) in enumerate(zip(_PROBLEMS, _STEPS, _CLOSINGS, strict=True)):
        lines.append(f"{'一二三'[n]}、{heading.format(problem)}")
        lines.append(f"{field}：")
        lines.extend(point.format(k) + step for k, step in enumerate(steps, 1))
        lines.append(closing.format(status))
    return _HEAD + "\n".join(lines) + "\n" + _TAIL


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_notice(text).items]


# The heading names one problem in any of the genre's wrappers, or states it bare.
@pytest.mark.parametrize("heading", ["关于“{}”的问题", "关于“{}”问题", "针对“{}”的问题", "“{}”的问题", "{}的问题"])
def test_steps_under_the_measures_field_are_the_heading_s_measures(heading: str) -> None:
    assert _read(_notice(heading, "整改情况", "{}.")) == _WANT


# The field under other names the genre gives it.
@pytest.mark.parametrize("field", ["整改措施", "整改举措", "整改落实情况", "整改措施及成效"])
def test_other_names_of_the_measures_field(field: str) -> None:
    assert _read(_notice("关于“{}”的问题", field, "{}.")) == _WANT


# The steps numbered in other forms of figures.
@pytest.mark.parametrize("point", ["({})", "（{}）", "{}、", "{})"])
def test_other_numberings_of_the_steps(point: str) -> None:
    assert _read(_notice("关于“{}”的问题", "整改情况", point)) == _WANT


# The status in a field after the last step rather than a closing sentence.
@pytest.mark.parametrize("label", ["整改进度", "整改状态", "完成情况"])
def test_the_status_in_a_field_after_the_steps(label: str) -> None:
    text = _notice("关于“{}”的问题", "整改情况", "{}.", label + "：{}")
    text = text.replace("目前，该问题", "")
    assert _read(text) == _WANT


# The work kept up after it is done in the later pages' words (长效推进 / 常态推进, as 常态长效推进 is), in the field
# after the steps or in the closing sentence; a measure setting up such work (建立长效推进机制) states no status.
@pytest.mark.parametrize(
    "kept",
    [
        "整改进度：已完成，长效推进。",
        "整改状态：已整改到位，常态推进。",
        "目前，该问题已完成整改，并长效推进。",
        "目前，该问题已整改到位，常态推进。",
    ],
)
def test_the_work_kept_up_in_other_words(kept: str) -> None:
    text = _notice("关于“{}”的问题", "整改情况", "{}.").replace("目前，该问题已完成整改，并长期坚持。", kept)
    text = text.replace("1.制定干部队伍建设规划。", "1.建立长效推进机制，制定干部队伍建设规划。")
    assert _read(text) == _WANT
