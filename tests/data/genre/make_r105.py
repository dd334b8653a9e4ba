"""Build round 105's Word and Excel ledgers (run once: `python tests/data/genre/make_r105.py`); the files are committed.

Round 105 imitates 整改台账 whose ROWS ARE MEASURES: one problem spans several rows, one row per 整改措施, its cell
merged down (Word's w:vMerge, Excel's merged ranges), the status given per measure row. The Word notice prints
prose around its table, a 序号 per problem merged down with the problem, aspect rows merged across all columns; the
Excel ledger has a title row, a header over two rows, the status column before the measures, 责任人/整改时限
between the problem and its measures, a 序号 numbering the measures (1-1, 1-2 …) and class cells merged down.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
INDENT = "\u3000\u3000"
WRAP = Alignment(wrap_text=True, vertical="center")

# (aspect, problem, [(measure, leader, deadline, status)])
Problem = tuple[str, str, list[tuple[str, str, str, str]]]

A1 = "贯彻落实党的路线方针政策和党中央决策部署方面"
A2 = "落实全面从严治党战略部署方面"
A3 = "落实新时代党的组织路线方面"

# --- A: a city bureau 党组's notice in Word: prose, then the ledger as a table -------------------------------------
ZHUZHOU: list[Problem] = [
    (
        A1,
        "学习贯彻党的二十大精神不够深入，理论学习与业务工作结合不紧。",
        [
            ("修订党组理论学习中心组学习制度，制定年度学习计划。", "党组书记", "2024年8月", "已完成"),
            ("围绕城市更新、物业管理等重点工作开展专题研讨3次。", "党组书记", "2024年10月", "已完成"),
        ],
    ),
    (
        A1,
        "城镇老旧小区改造推进缓慢，部分项目未按期开工。",
        [
            ("建立老旧小区改造项目周调度、月通报机制。", "分管副局长", "2024年7月", "已完成"),
            (
                "对未开工的6个项目逐一制定推进方案，明确开工节点。",
                "分管副局长",
                "2024年12月",
                "正在推进。已开工4个，其余2个正在办理施工许可手续。",
            ),
        ],
    ),
    (
        A1,
        "建筑市场监管不到位，个别在建项目存在违法分包问题。",
        [
            ("开展建筑市场秩序专项整治，查处违法分包项目3个。", "分管副局长", "2024年9月", "已完成"),
            ("建立建筑市场信用评价和“黑名单”制度，每季度通报一次。", "分管副局长", "长期", "长期坚持"),
        ],
    ),
    (
        A2,
        "党组主体责任落实不到位，“一岗双责”履行不力。",
        [
            ("制定党组落实全面从严治党主体责任清单。", "党组书记", "2024年7月", "已完成"),
            ("党组书记与班子成员、科室负责人逐级开展谈心谈话。", "党组书记", "2024年8月", "已完成"),
            ("将全面从严治党工作纳入科室年度绩效考核。", "党组成员", "2024年12月", "已完成"),
        ],
    ),
    (
        A2,
        "财务管理不规范，存在无预算、超预算列支问题。",
        [
            ("修订《机关财务管理办法》，严格预算执行。", "分管财务副局长", "2024年8月", "已完成"),
            (
                "对2021年以来超预算列支的经费进行全面清理。",
                "分管财务副局长",
                "2025年3月",
                "正在推进。2021年、2022年经费已清理完毕，2023年经费正在清理。",
            ),
        ],
    ),
    (
        A2,
        "公务用车管理不严格，存在公车私用苗头。",
        [("完善公务用车派车登记制度，全部公务用车安装北斗定位系统。", "办公室主任", "2024年7月", "已完成")],
    ),
    (
        A3,
        "干部交流轮岗不够，部分科室负责人任职时间过长。",
        [
            ("制定中层干部交流轮岗实施方案。", "党组书记", "2024年9月", "已完成"),
            (
                "分批次开展中层干部交流轮岗。",
                "党组书记",
                "2025年3月",
                "正在推进。已完成第一批8名中层干部轮岗，第二批轮岗方案正在报市委组织部审核。",
            ),
        ],
    ),
]


def zhuzhou() -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("中共株洲市某局党组关于市委第二巡察组巡察反馈意见整改进展情况的通报", style="Title")
    prose = [
        "根据市委统一部署，2024年3月11日至5月10日，市委第二巡察组对市某局党组开展了常规巡察。2024年6月18日，"
        "市委第二巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "局党组把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，针对巡察反馈的3个方面7个问题，"
        "逐条制定整改措施14条，明确责任领导和完成时限。截至2024年11月底，7个问题中已完成整改4个，正在推进3个。",
        "二、巡察反馈问题整改落实情况",
        "巡察反馈问题整改落实情况见下表。",
    ]
    for text in prose:
        style = "Heading 1" if text[1] == "、" else None
        document.add_paragraph(text if style else INDENT + text, style=style)
    head = ["序号", "反馈问题", "整改措施", "责任领导", "完成时限", "完成情况"]
    table = document.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    aspect = None
    order = "一二三"
    for n, (area, problem, measures) in enumerate(ZHUZHOU, 1):
        if area != aspect:
            aspect = area
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = f"（{order[[A1, A2, A3].index(area)]}）{area}"
        first = len(table.rows)
        for measure, leader, deadline, status in measures:
            row = table.add_row()
            for c, text in ((2, measure), (3, leader), (4, deadline), (5, status)):
                row.cells[c].text = text
        last = len(table.rows) - 1
        for c, text in ((0, str(n)), (1, problem)):
            merged = table.cell(first, c).merge(table.cell(last, c))
            merged.text = text
    tail = [
        "三、下一步工作打算",
        "局党组将持续压实整改责任，对正在推进的3个问题紧盯时间节点，确保按期全面完成；对已完成整改的问题适时开展"
        "“回头看”，巩固整改成效。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-28xxxxxx；"
        "邮政编码：412000；电子邮箱：zzxcgz@163.com。",
    ]
    for text in tail:
        style = "Heading 1" if text[1] == "、" else None
        document.add_paragraph(text if style else INDENT + text, style=style)
    for text in ("中共株洲市某局党组", "2024年12月10日"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return document


# --- B: a county company 党委's Excel ledger: two header rows, status before measures, 序号 numbering measures ----
CHONGREN: list[Problem] = [
    (
        A1,
        "服务县域经济发展作用发挥不充分，城市更新项目推进迟缓",
        [
            (
                "制定城市更新项目推进计划，明确节点目标；3个片区中2个片区已完成征收，剩余1个片区正在开展入户调查",
                "总经理",
                "2025年6月",
                "正在推进",
            ),
            ("成立项目攻坚专班，实行项目周调度", "总经理", "2024年8月", "已完成"),
        ],
    ),
    (
        A1,
        "国有资产管理不规范，部分闲置资产未有效盘活",
        [
            ("对公司资产进行全面清查，建立资产管理台账", "副总经理", "2024年9月", "已完成"),
            ("通过公开招租盘活闲置门面23间，年增收租金68万元", "副总经理", "2024年10月", "已完成"),
        ],
    ),
    (
        A2,
        "工程项目招投标管理存在漏洞，个别项目化整为零规避招标",
        [
            ("修订《工程建设项目招标采购管理办法》", "党委书记、董事长", "2024年8月", "已完成"),
            ("由纪检、财务、审计部门联合开展工程项目全过程监督", "纪委书记", "长期", "长期坚持"),
        ],
    ),
    (
        A2,
        "财务管理制度执行不严，大额资金支出未经集体决策",
        [
            ("修订“三重一大”决策制度实施办法，明确大额资金标准", "党委书记、董事长", "2024年8月", "已完成"),
            ("对2022年以来大额资金支出逐笔复核，补办决策程序3笔", "财务总监", "2024年9月", "已完成"),
            ("上线财务资金管控系统，系统已完成招标，正在安装调试", "财务总监", "2025年3月", "正在推进"),
        ],
    ),
    (
        A3,
        "基层党组织建设薄弱，党建与生产经营“两张皮”",
        [
            ("调整优化基层党支部设置，新成立项目党支部2个", "党委副书记", "2024年9月", "已完成"),
            ("开展“党建+项目”创建活动，评选示范岗6个", "党委副书记", "2024年11月", "已完成"),
        ],
    ),
    (
        A3,
        "干部队伍专业化水平不高，工程、财会等专业人才短缺",
        [
            ("制定2024—2026年人才引进计划", "党委书记、董事长", "2024年9月", "已完成"),
            ("公开招聘工程、财会专业人才8名，招聘方案已报县国资委审批", "党委书记、董事长", "2025年6月", "正在推进"),
        ],
    ),
]


def chongren() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    sheet.cell(1, 1, "中共崇仁县某公司委员会关于县委第一巡察组反馈问题整改落实台账").font = Font(bold=True, size=16)
    sheet.merge_cells("A1:G1")
    for col, text in enumerate(["序号", "问题类别", "巡察反馈问题", "责任人", "整改时限", "整改落实情况"], 1):
        sheet.cell(2, col, text).alignment = WRAP
    sheet.cell(3, 6, "完成状态")
    sheet.cell(3, 7, "整改措施及成效")
    for col in "ABCDE":
        sheet.merge_cells(f"{col}2:{col}3")
    sheet.merge_cells("F2:G2")
    row = 4
    spans: dict[str, list[int]] = {}
    for n, (area, problem, measures) in enumerate(CHONGREN, 1):
        first = row
        for m, (measure, leader, deadline, status) in enumerate(measures, 1):
            values: list[object] = [f"{n}-{m}", area, problem, leader, deadline, status, measure]
            if area in spans:  # the class cell stands once, merged down its rows
                values[1] = None
            if row != first:  # the problem cell stands once, merged down its measures
                values[2] = None
            for col, value in enumerate(values, 1):
                if value is not None:
                    sheet.cell(row, col, value).alignment = WRAP
            spans.setdefault(area, [row, row])[1] = row
            row += 1
        if row - 1 > first:
            sheet.merge_cells(start_row=first, start_column=3, end_row=row - 1, end_column=3)
    for first, last in spans.values():
        if last > first:
            sheet.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    sheet.cell(row + 1, 1, "填报单位：中共崇仁县某公司委员会")
    sheet.cell(row + 1, 5, "填报时间：2024年11月20日")
    for col, width in zip("ABCDEFG", (6, 16, 30, 12, 10, 10, 46), strict=True):
        sheet.column_dimensions[col].width = width
    return book


if __name__ == "__main__":
    zhuzhou().save(HERE / "r105_zhuzhou_city_bureau_docx_vmerged_problem_rows_per_measure_status_aspect_rows.docx")
    chongren().save(HERE / "r105_chongren_county_company_xlsx_two_header_rows_status_before_measures_n_m_numbers.xlsx")
    print("built")
