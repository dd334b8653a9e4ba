"""Round 114 (issue 19): 整改台账 forwarded as Excel 97–2003 .xls files. The round's four ledgers were refused
(UnsupportedFormat xls); read through xlrd into the lines a .xlsx gives, they read right but for two ledger forms the
readers then met: a sign-off row whose date stands in a cell of its own after its label, and a 汇总 sheet's count table
whose 合计 row is the notice's claims. Each member below is another of its class, none printed by the round."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
import xlwt

from notices import parse_bytes, parse_notice

ROWS = (
    "序号\t反馈问题\t整改措施\t完成情况\n"
    "1\t村级集体经济发展缓慢，部分村经营性收入偏低\t制定村集体经济发展三年计划\t已完成\n"
    "2\t农村人居环境整治不彻底，部分村庄垃圾清运不及时\t建立垃圾清运日巡查制度\t正在推进\n"
)


@pytest.mark.parametrize(
    ("row", "signed"),
    [
        ("填报单位（盖章）：中共某县某乡委员会\t\t填表日期：\t2025年1月6日", "2025-01-06"),
        ("填表人：王某\t审核人：李某\t制表时间：\t2024-12-30", "2024-12-30"),
        ("填报单位：中共某县某局党组（盖章）\t填报日期：\t\t2024年9月3日", "2024-09-03"),
    ],
    ids=["filled-in-date", "preparer-reviewer-iso", "empty-cell-between"],
)
def test_a_ledgers_sign_off_date_in_a_cell_of_its_own_is_its_date(row: str, signed: str) -> None:
    """The sign-off row of a form filled in cell by cell: its label in one cell, the date typed in the next."""
    text = "中共某县某乡委员会县委第一巡察组反馈问题整改台账\n" + ROWS + row
    assert parse_notice(text).signed == signed


@pytest.mark.parametrize(
    ("table", "claimed"),
    [
        ("单位\t问题总数\t已整改\t整改中\n机关\t7\t5\t2\n下属单位\t5\t4\t1\n总计\t12\t9\t3", (12, 9, 3)),
        ("问题类别\t问题个数\t已完成\t未完成\n党的建设\t4\t3\t1\n业务工作\t5\t3\t2\n合 计\t9\t6\t3", (9, 6, 3)),
        ("方面\t反馈问题数量\t已完成整改\t正在整改\n一\t6\t5\t1\n二\t4\t4\t0\n合计：\t10\t9\t1", (10, 9, 1)),
    ],
    ids=["units-zongji", "classes-heji-spaced", "aspects-heji-colon"],
)
def test_a_count_tables_total_row_is_the_notices_claims(table: str, claimed: tuple[int, int, int]) -> None:
    """A 汇总 sheet's count table before the ledger: its total row states the counts, its other rows no problem."""
    text = "某局党组巡察反馈问题整改情况汇总表\n" + table + "\n中共某县某局党组巡察反馈问题整改台账\n" + ROWS
    notice = parse_notice(text)
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == claimed
    assert len(notice.items) == 2


def _ledger(merge_problems: bool, dated: bool) -> bytes:
    """A small .xls ledger: a title merged across, a status column, problems merged over their measure rows or one
    row each, completion dates as date cells or text."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改台账")
    sheet.write_merge(0, 0, 0, 4, "中共某县某乡委员会关于县委第二巡察组反馈问题整改落实台账")
    for c, head in enumerate(["序号", "存在问题", "整改措施", "完成时间", "整改情况"]):
        sheet.write(1, c, head)
    day = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')
    problems = [
        (
            "惠农补贴资金发放审核不严，个别补贴对象信息不准确",
            ["逐户核对补贴对象信息", "建立补贴发放公示制度"],
            "已完成",
        ),
        ("村务公开不及时不规范，部分村公开内容不全", ["制定村务公开目录", "每季度开展公开情况检查"], "正在整改"),
    ]
    row = 2
    for n, (problem, measures, state) in enumerate(problems, 1):
        rows = len(measures) if merge_problems else 1
        sheet.write_merge(row, row + rows - 1, 0, 0, n)
        sheet.write_merge(row, row + rows - 1, 1, 1, problem)
        sheet.write_merge(row, row + rows - 1, 4, 4, state)
        for k, measure in enumerate(measures if merge_problems else ["；".join(measures)]):
            sheet.write(row + k, 2, measure)
            when = datetime(2024, 6 + n, 10 + k)
            if dated:
                sheet.write(row + k, 3, when, day)
            else:
                sheet.write(row + k, 3, f"{when.year}年{when.month}月")
        row += rows
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("merge_problems", "dated"), [(True, True), (False, True), (True, False)], ids=["merged-dated", "rows", "text"]
)
def test_an_xls_ledger_is_read_as_its_problems_and_statuses(merge_problems: bool, dated: bool) -> None:
    notice = parse_bytes(_ledger(merge_problems, dated), "台账.xls")
    assert [(i.label, i.status) for i in notice.items] == [("1", "done"), ("2", "in_progress")]
    assert notice.items[0].title == "惠农补贴资金发放审核不严,个别补贴对象信息不准确"
    assert notice.agency == "某县某乡委员会"
