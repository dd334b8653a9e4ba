"""Round 46 of issue 19: the classes its ledger notices were misread by, each with members the notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_bytes
from notices.header import read_claims
from notices.numbering import number_of, numbering_of
from notices.parse import clean_title
from notices.tables import text_tables

_OPENING = "中共某县某局党组关于县委第一巡察组巡察反馈意见整改进展情况的通报\n\n现将整改进展情况予以公布。\n\n"
_HEADER = ["序号", "存在问题", "整改措施", "责任单位", "完成时限", "完成情况"]
_ROWS = [
    ("1", "理论学习不深入。", "制定学习计划。", "办公室", "2024年3月", "已完成"),
    ("2", "财务报销不规范。", "逐笔复核票据。", "财务股", "2024年4月", "正在推进"),
    ("3", "支部活动不经常。", "制定年度计划。", "机关支部", "2024年5月", "已完成"),
]


def _cell_table(areas: dict[int, str]) -> str:
    """A ledger copied a cell per line, an area's merged row before the rows it heads (by row number)."""
    lines = list(_HEADER)
    for row in _ROWS:
        if int(row[0]) in areas:
            lines.append(areas[int(row[0])])
        lines.extend(row)
    return _OPENING + "\n".join(lines) + "\n\n某局党组\n2024年6月1日\n"


# A cell-per-line table whose areas are rows of their own (round 46, a town's 三色预警 ledger): the area rows head
# the rows after them and are never read as column names or as a cell of the row before.
@pytest.mark.parametrize(
    "areas",
    [
        {1: "一、政治建设方面", 3: "二、组织建设方面"},
        {1: "(一)贯彻落实上级决策部署方面", 2: "(二)全面从严治党方面"},
        {1: "一、党的建设方面", 2: "二、作风建设方面", 3: "三、纪律建设方面"},  # an area row before every row
    ],
)
def test_cell_table_area_rows_head_their_rows(areas: dict[int, str]) -> None:
    text = _cell_table(areas)
    rewritten = text_tables(text)
    assert rewritten is not text
    for n, area in areas.items():
        at = rewritten.split("\n").index(area)
        assert rewritten.split("\n")[at + 1].startswith(f"{n}.")
    notice = parse_bytes(text.encode("utf-8"), "ledger.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "理论学习不深入", "done"),
        ("2", "财务报销不规范", "in_progress"),
        ("3", "支部活动不经常", "done"),
    ]
    heads = {n: area for n, area in sorted(areas.items())}
    expected, current = [], None
    for n in (1, 2, 3):
        current = heads.get(n, current)
        expected.append(current)
    assert [i.aspect for i in notice.items] == expected


# Problems numbered 具体问题N (round 46, a county bureau's 五个一 清单): the name the counts give the finest problems
# (N个具体问题), a numbering as 问题N is, the label kept as printed.
@pytest.mark.parametrize(
    ("line", "label", "number", "rest"),
    [
        ("具体问题12:干部轮岗不及时。", "具体问题12", 12, "干部轮岗不及时。"),
        ("具体问题三、公务接待不规范。", "具体问题三", 3, "公务接待不规范。"),
        ("具体问题(4)党建档案不全。", "具体问题4", 4, "党建档案不全。"),
    ],
)
def test_specific_problem_numbering(line: str, label: str, number: int, rest: str) -> None:
    found = numbering_of(line)
    assert found is not None
    family, got, text = found
    assert family.style.startswith("问题")
    assert (got, number_of(got), text) == (label, number, rest)


# The open word of the 办结 vocabulary counted (round 46): 已办结 N counts the done, 正在办理 / 办理中 N the open.
@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("巡察反馈8个问题,已办结6个,正在办理2个。", 6, 2),
        ("巡察反馈10个问题,已办结7个,办理中3个。", 7, 3),
        ("共反馈问题5个,截至目前已办结4个、正在办理的1个。", 4, 1),
    ],
)
def test_banjie_open_counts(sentence: str, completed: int, in_progress: int) -> None:
    claimed = read_claims(sentence)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


# The problem's field label in lenticular or square brackets before it (round 46, a college's 整改成效清单 with
# 【问题】/【整改措施】/【完成状态】 lines): the bracket form of 问题：, never part of the title.
@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("【问题描述】科研经费管理不规范。", "科研经费管理不规范"),
        ("[存在问题]实验室台账不全", "实验室台账不全"),
        ("【反馈问题】:辅导员配备不足。", "辅导员配备不足"),
    ],
)
def test_bracketed_problem_field_label(title: str, clean: str) -> None:
    assert clean_title(title) == clean


# Parts opened by 其中 and their sum after them (round 46, a village's 公示: 其中…立行立改事项2个,反馈问题6个,
# 共8个问题): the total is the claim, each part a subset.
@pytest.mark.parametrize(
    ("sentence", "problems"),
    [
        ("巡察组反馈意见,其中立行立改问题3个,反馈问题5个,共8个问题。", 8),
        ("其中党委层面问题4个,班子成员个人问题2个,合计6个问题。", 6),
        ("巡察发现问题,其中交办问题1个、反馈问题9个,共计10个问题。", 10),
    ],
)
def test_total_after_its_parts(sentence: str, problems: int) -> None:
    assert read_claims(sentence).problems == problems
