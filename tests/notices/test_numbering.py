"""The numbering families of the genre (notices/numbering.py), each with a line as notices print it."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.numbering import FAMILIES, number_of, numbering_of

# (line as printed, family style, label, number, rest): one example a row of the table, and more.
EXAMPLES = [
    ("1.问题1:党组会议制度执行不严", "n.问题n", "问题1", 1, "党组会议制度执行不严"),
    ("问题3:公务接待不规范", "问题n", "问题3", 3, "公务接待不规范"),
    ("问题一、公务接待不规范", "问题cn", "问题一", 1, "公务接待不规范"),
    ("问题(二)公务接待不规范", "问题(n)", "问题二", 2, "公务接待不规范"),
    ("(十二)在选人用人方面", "(cn)", "十二", 12, "在选人用人方面"),
    ("(3)差旅费报销不规范", "(n)", "3", 3, "差旅费报销不规范"),
    ("⑷差旅费报销不规范", "(n)", "4", 4, "差旅费报销不规范"),
    ("12、固定资产管理不善", "n.", "12", 12, "固定资产管理不善"),
    ("2.项目成效不明显", "n.", "2", 2, "项目成效不明显"),
    ("⒌项目成效不明显", "n.", "5", 5, "项目成效不明显"),
    ("1)档案管理不规范", "n)", "1", 1, "档案管理不规范"),
    ("③意识形态阵地建设滞后", "①", "3", 3, "意识形态阵地建设滞后"),
    ("❷意识形态阵地建设滞后", "❶", "2", 2, "意识形态阵地建设滞后"),
    ("第1项 派驻监督作用发挥不强", "第n项", "1", 1, "派驻监督作用发挥不强"),
    ("第十三条贯彻上级精神打折扣", "第cn条", "十三", 13, "贯彻上级精神打折扣"),
    ("第2个问题:编外人员管理不规范", "第n个问题", "2", 2, "编外人员管理不规范"),
    ("b.合同管理不规范", "a.", "b", 2, "合同管理不规范"),
    ("C、合同管理不规范", "a.", "C", 3, "合同管理不规范"),
    ("问题②公务接待不规范", "问题n", "问题2", 2, "公务接待不规范"),
    ("三)合同管理不规范", "cn)", "三", 3, "合同管理不规范"),
    ("2-3 固定资产管理不善", "n-n", "2-3", None, "固定资产管理不善"),
    ("(1-2)固定资产管理不善", "n-n", "1-2", None, "固定资产管理不善"),
    ("4:档案管理不规范", "n.", "4", 4, "档案管理不规范"),
    ("Ⅳ、落实新时代党的组织路线方面", "Ⅰ", "Ⅳ", 4, "落实新时代党的组织路线方面"),
    ("ⅱ.落实全面从严治党方面", "Ⅰ", "ⅱ", 2, "落实全面从严治党方面"),
    ("3-2.人员分类管理不到位", "n-n", "3-2", None, "人员分类管理不到位"),
]


@pytest.mark.parametrize(("line", "style", "label", "number", "rest"), EXAMPLES, ids=[e[0][:6] for e in EXAMPLES])
def test_a_numbered_line_is_read_by_its_family(
    line: str, style: str, label: str, number: int | None, rest: str
) -> None:
    found = numbering_of(line)
    assert found is not None
    family, got_label, got_rest = found
    assert (family.style, got_label, number_of(got_label), got_rest) == (style, label, number, rest)


@pytest.mark.parametrize(
    "line",
    [
        "2.5万元已退回",
        "2024年3月召开会议",
        "党组会议制度执行不严",
        "一是修订制度",
        "A级景区创建",
        "PPP项目管理",
        "1-3月召开会议",  # a span of months, not the outline's 1-3
        "2-3年内完成",
        "3-5人组成专班",  # a span of people: no stop after it
        "9:30召开会议",  # a time, not a colon typed for the stop
        "1:1配套资金",
    ],
)
def test_text_that_only_starts_like_a_number_is_no_numbering(line: str) -> None:
    assert numbering_of(line) is None


@pytest.mark.parametrize("family", FAMILIES, ids=[f.example for f in FAMILIES])
def test_every_family_reads_its_own_example(family: object) -> None:
    found = numbering_of(family.example + "党组会议制度执行不严")  # type: ignore[attr-defined]
    assert found is not None and found[0].style == family.style  # type: ignore[attr-defined]


def _notice(first: str, second: str) -> str:
    return (
        "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
        "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于6月10日反馈了巡察意见。\n"
        "一、在落实全面从严治党方面\n"
        f"{first}公务接待管理不规范。\n整改情况:已完成。修订《公务接待管理办法》。\n"
        f"{second}差旅费报销审核不严。\n整改情况:正在推进。对近三年差旅费逐笔复核。\n"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("①", "②"),
        ("❶", "❷"),
        ("⑴", "⑵"),
        ("⒈", "⒉"),
        ("1)", "2)"),
        ("问题一、", "问题二、"),
        ("第一项", "第二项"),
        ("第1个问题:", "第2个问题:"),
        ("a.", "b."),
        ("1、", "2、"),
        ("(1)", "(2)"),
        ("一)", "二)"),
        ("1-1", "1-2"),
        ("1:", "2:"),
        ("问题①", "问题②"),
    ],
)
def test_problems_numbered_in_any_family_are_the_items(first: str, second: str) -> None:
    notice = parse_notice(_notice(first, second))
    assert [(i.title, i.status) for i in notice.items] == [
        ("公务接待管理不规范", "done"),
        ("差旅费报销审核不严", "in_progress"),
    ]


# A number in brackets other than the outline's round ones, as web pages, ledgers and typists print it: read as the
# family it stands for, with the label the round brackets would give.
@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        ("【1】", "【2】", ["1", "2"]),
        ("[1]", "[2]", ["1", "2"]),
        ("〔1〕", "〔2〕", ["1", "2"]),
        ("〔一〕", "〔二〕", ["一", "二"]),
        ("【一】", "【二】", ["一", "二"]),
        ("【问题1】", "【问题2】", ["问题1", "问题2"]),
        ("【问题一】", "【问题二】", ["问题一", "问题二"]),
        ("〔问题3〕", "〔问题4〕", ["问题3", "问题4"]),
        ("（问题一）", "（问题二）", ["问题一", "问题二"]),
        ("  【1】", "  【2】", ["1", "2"]),  # a Word copy's first-line indent
    ],
)
def test_a_number_in_any_bracket_numbers_its_problem(first: str, second: str, labels: list[str]) -> None:
    notice = parse_notice(_notice(first, second))
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        (labels[0], "公务接待管理不规范", "done"),
        (labels[1], "差旅费报销审核不严", "in_progress"),
    ]


def test_a_year_in_the_document_brackets_is_no_number() -> None:
    text = _notice("1.", "2.").replace("修订《公务接待管理办法》。", "修订办法。\n〔2023〕5号文件已印发。")
    notice = parse_notice(text)
    assert len(notice.items) == 2 and "〔2023〕5号文件已印发" in notice.items[0].measures
