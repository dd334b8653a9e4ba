"""Round 145's class (issue 19): problems marked only by type, part two. Web pages and Word files whose problems
carry no number and are set apart only by how they are typed (a CSS class, a span of font-weight:700, a custom
paragraph style, bold runs), the type lost in the text, so the structure speaks: a headline closed by a full-width
colon with its text in the same paragraph and the status in a bracket at its end; a bold headline alone on its line
whose words name no shortcoming the parser knows, opening its area, over a paragraph closing on its status; a status
bracket naming its field (【整改进展：已完成并长期坚持】); an unnumbered 下一步工作打算 line after the last problem.
Members the round's notices do not print: other headlines, measures, bracket labels and brackets, status words,
closing headings and area numberings."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某区某街道工作委员会关于区委巡察反馈意见整改进展情况的通报\n"
    "根据区委统一部署，2024年3月4日至4月30日，区委第二巡察组对某街道党工委开展了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下。\n"
)
_SIGNATURE = "欢迎广大干部群众监督。联系电话：025-1234567。\n中共某区某街道工作委员会\n2024年10月10日\n"


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_notice(text).items]


# <headline>：<its text>【<field>：<status>】 as one paragraph; after a problem so closed, the next paragraph of that
# shape opens a problem though its words name no known shortcoming (…跟不上…, …欠佳); the unnumbered closing heading
# after the last problem ends the list.
@pytest.mark.parametrize(
    ("done", "longterm", "going"),
    [
        ("【整改状态：已完成】", "【整改状态：已完成整改并长期坚持】", "【整改状态：正在推进】"),
        ("（完成情况：已完成整改）", "（完成情况：已完成并长期坚持）", "（完成情况：正在整改）"),
        ("〔整改进度：已完成〕", "〔整改进度：已整改并长期坚持〕", "〔整改进度：持续推进中〕"),
        ("[进展情况：已完成]", "[进展情况：已完成，并长期坚持]", "[进展情况：正在整改]"),
    ],
    ids=["lenticular", "round", "tortoise-shell", "square"],
)
@pytest.mark.parametrize(
    "closing", ["下一步工作打算", "下步工作计划", "今后工作安排"], ids=["xiayibu", "xiabu", "jinhou"]
)
@pytest.mark.parametrize(
    "measure",
    [
        "修订管理制度。",
        "修订完善相关管理制度，建立工作台账和月度调度机制，组织开展专项检查两轮，督促相关科室逐项整改到位。",
    ],
    ids=["short", "long"],
)
def test_colon_headlines_with_their_text_and_a_labelled_bracket(
    done: str, longterm: str, going: str, closing: str, measure: str
) -> None:
    body = (
        "一、政治建设方面\n"
        f"学习贯彻上级精神不够深入，研讨交流质量不高：{measure}{done}\n"
        f"便民服务事项办理流程繁琐：{measure}{longterm}\n"
        "二、基层治理方面\n"
        f"物业管理监督不到位，居民投诉较多：{measure}{going}\n"
        f"辖区停车设施配套跟不上居民需求：{measure}{done}\n"
        f"{closing}\n街道党工委将持续巩固整改成果。\n"
    )
    assert _read(_OPENING + body + _SIGNATURE) == [
        ("1", "学习贯彻上级精神不够深入,研讨交流质量不高", "done"),
        ("2", "便民服务事项办理流程繁琐", "done_longterm"),
        ("1", "物业管理监督不到位,居民投诉较多", "in_progress"),
        ("2", "辖区停车设施配套跟不上居民需求", "done"),
    ]


# A bold headline alone on its line opening an area, its words naming no shortcoming the parser knows, over a
# paragraph closing on its status, where the other areas' problems are read by their words.
@pytest.mark.parametrize(
    "headline",
    [
        "园区配套服务跟不上企业发展需求",
        "老旧设备更新换代周期长，运维投入大",
        "数字化转型起步晚，系统建设分散",
    ],
    ids=["gen-shang", "zhou-qi-chang", "qi-bu-wan"],
)
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("此问题已整改到位。", "done"),
        ("目前，该问题仍在整改中。", "in_progress"),
        ("该问题已完成整改，将长期坚持。", "done_longterm"),
    ],
    ids=["done", "in_progress", "done_longterm"],
)
def test_a_bare_headline_opening_an_area_by_its_shape(headline: str, closing: str, status: str) -> None:
    body = (
        "一、党的建设方面\n"
        "基层党组织建设不够规范，组织生活流于形式\n"
        "制定支部标准化建设方案，对各支部组织生活开展专项检查。该问题已整改完成。\n"
        "党风廉政建设责任落实不到位\n"
        "签订党风廉政建设责任书，开展廉政谈话。该问题已整改完成。\n"
        "二、经营管理方面\n"
        f"{headline}\n"
        f"组织开展专题调研，制定工作方案，明确责任部门和完成时限。{closing}\n"
        "合同管理不规范，部分合同未经法律审核\n"
        "修订合同管理办法，对在履行合同逐一复核。该问题已整改完成。\n"
    )
    assert _read(_OPENING + body + _SIGNATURE) == [
        ("1", "基层党组织建设不够规范,组织生活流于形式", "done"),
        ("2", "党风廉政建设责任落实不到位", "done"),
        ("1", headline.replace("，", ","), status),
        ("2", "合同管理不规范,部分合同未经法律审核", "done"),
    ]


# A status bracket naming its field closes a numbered problem's paragraph too: the label's words are no status and
# its length no longer hides the status.
@pytest.mark.parametrize(
    ("bracket", "status"),
    [
        ("【整改进展：已完成整改并长期坚持】", "done_longterm"),
        ("（整改状态：已按期完成整改并长期坚持）", "done_longterm"),
        ("[进展情况：已完成整改并将长期坚持]", "done_longterm"),
        ("【整改结果：已全部整改完成并销号】", "done"),
    ],
    ids=["progress", "state", "square-progress", "result"],
)
def test_a_labelled_status_bracket_closing_a_numbered_problem(bracket: str, status: str) -> None:
    body = (
        "一、巡察反馈问题整改情况\n"
        f"1.财务管理不规范，部分支出审批手续不全。修订财务管理制度，规范审批流程。{bracket}\n"
        "2.公务用车管理不严格。开展公务用车专项检查，清退费用0.8万元。【整改进展：已完成】\n"
        "二、下一步工作打算\n持续巩固整改成果。\n"
    )
    assert _read(_OPENING + body + _SIGNATURE) == [
        ("1", "财务管理不规范,部分支出审批手续不全", status),
        ("2", "公务用车管理不严格", "done"),
    ]
