"""Build round 116's ordinary ledgers (run once: `python tests/data/genre/make_r116.py`); the workbooks are committed.

Round 116 calibrates the parser on the most common 整改台账 as offices forward them, with no trick beyond the road
itself: one problem a row (序号 / 问题类别 or 方面 / 存在问题 / 整改措施 / 责任领导 / 责任单位 / 整改时限 / 完成情况 or
整改进展 / 备注), a merged title row naming the body, a header row, the problems of one 方面 under a merged class
cell or an aspect row. Two are .xlsx (openpyxl), two .xls (xlwt). Deadlines are Excel date cells; one ledger closes on
a 合计 row, one carries a 填报单位/填报时间 row. Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
WRAP = Alignment(wrap_text=True, vertical="center")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def xlsx_row(sheet, row: int, values: list[object], fmt: str = 'yyyy"年"m"月"d"日"') -> None:  # type: ignore[no-untyped-def]
    for col, value in enumerate(values, 1):
        if value is None:
            continue
        cell = sheet.cell(row, col, value)
        cell.alignment = WRAP
        if isinstance(value, datetime):
            cell.number_format = fmt


# --- 1. a district bureau (.xlsx): 问题类别 merged down over its class, 责任领导 column, 完成情况 column ------------
WUHOU = [
    (
        "政治建设",
        [
            (
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，党组理论学习中心组学习研讨质量不高",
                "修订党组理论学习中心组学习制度，每季度开展1次专题研讨，班子成员带头撰写研讨材料",
                "党组书记",
                "办公室",
                datetime(2024, 6, 30),
                "已完成，长期坚持",
                "",
            ),
            (
                "落实上级决策部署有温差，城市更新项目推进缓慢",
                "梳理城市更新项目清单，实行挂图作战、周调度",
                "分管副局长",
                "城市更新科",
                datetime(2024, 12, 31),
                "正在推进",
                "12个项目已开工9个，剩余3个项目正在办理前期手续",
            ),
            (
                "意识形态工作责任制落实不到位，对所属单位网站、公众号内容审核把关不严",
                "建立网站、公众号信息发布“三审三校”制度，开展1次全面排查",
                "分管副局长",
                "办公室",
                datetime(2024, 5, 31),
                "已完成",
                "",
            ),
        ],
    ),
    (
        "全面从严治党",
        [
            (
                "党组落实主体责任不到位，对下属事业单位监督管理偏松",
                "制定党组主体责任清单，班子成员每半年到分管下属单位督导1次",
                "党组书记",
                "机关党委",
                datetime(2024, 6, 30),
                "已完成",
                "",
            ),
            (
                "公务用车管理不规范，个别车辆派车登记不全",
                "修订公务用车管理办法，启用公务用车信息化管理平台",
                "分管副局长",
                "办公室",
                datetime(2024, 4, 30),
                "已完成",
                "",
            ),
            (
                "工程项目招投标监管存在漏洞，个别项目存在拆分发包问题",
                "对2021年以来工程项目逐一倒查，修订工程项目管理办法",
                "分管副局长",
                "计划财务科",
                datetime(2024, 10, 31),
                "正在推进",
                "已倒查项目46个，修订办法已形成初稿，待党组会审定",
            ),
        ],
    ),
    (
        "组织建设",
        [
            (
                "干部队伍结构不优，35岁以下年轻干部占比偏低",
                "制定年轻干部培养规划，通过公开遴选、选调补充年轻干部",
                "党组书记",
                "人事科",
                datetime(2025, 6, 30),
                "正在推进",
                "遴选公告已发布，计划于年底前到岗",
            ),
            (
                "基层党支部“三会一课”制度落实不严格，部分支部组织生活会流于形式",
                "开展支部组织生活全面检查，建立支部工作纪实台账",
                "机关党委书记",
                "机关党委",
                datetime(2024, 6, 30),
                "已完成",
                "",
            ),
            (
                "发展党员工作不规范，个别发展对象培养考察材料缺失",
                "对近五年发展党员档案逐份核查，补齐缺失材料",
                "机关党委书记",
                "机关党委",
                datetime(2024, 5, 31),
                "已完成",
                "",
            ),
        ],
    ),
]


def wuhou() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    sheet.cell(1, 1, "中共武侯区某局党组落实区委第二巡察组反馈意见整改台账").font = Font(bold=True, size=16)
    sheet.merge_cells("A1:I1")
    head = ["序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限", "完成情况", "备注"]
    xlsx_row(sheet, 2, head)
    row, number = 3, 0
    for aspect, problems in WUHOU:
        first = row
        for problem, measure, leader, unit, deadline, status, remark in problems:
            number += 1
            xlsx_row(sheet, row, [number, None, problem, measure, leader, unit, deadline, status, remark or None])
            row += 1
        sheet.cell(first, 2, aspect).alignment = CENTRE
        sheet.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    return book


# --- 2. a city state-owned group (.xlsx): aspect rows across, 整改进展 column, a closing 合计 row --------------------
MIANYANG = [
    "一、党的领导方面",
    (
        "党委把方向、管大局、保落实作用发挥不充分，前置研究讨论重大经营管理事项清单不够细化",
        "修订党委前置研究讨论重大经营管理事项清单，细化事项23项",
        "党委书记、董事长",
        "党委办公室",
        datetime(2024, 5, 31),
        "已完成",
    ),
    (
        "落实国企改革深化提升行动不够有力，子公司压减层级工作进展慢",
        "制定子公司整合方案，对三级以下子公司实施清理注销",
        "总经理",
        "企业管理部",
        datetime(2024, 12, 31),
        "阶段性完成。已注销三级子公司5户，剩余2户正在履行清算程序",
    ),
    (
        "意识形态阵地管理有薄弱环节，所属企业宣传栏、电子屏内容审核不严",
        "建立宣传阵地台账，实行内容发布审批制",
        "党委副书记",
        "党群工作部",
        datetime(2024, 4, 30),
        "已完成",
    ),
    "二、全面从严治党方面",
    (
        "“三重一大”决策制度执行不严格，个别投资项目未经集体研究先行实施",
        "修订“三重一大”决策制度实施办法，对2021年以来投资项目开展专项检查",
        "党委书记、董事长",
        "投资发展部",
        datetime(2024, 6, 30),
        "已完成",
    ),
    (
        "工程建设领域廉洁风险防控不到位，部分项目变更签证审核不严",
        "开展工程变更签证专项审计，建立变更签证联审机制",
        "纪委书记",
        "审计部",
        datetime(2024, 9, 30),
        "整改中。专项审计已进场，审计报告预计10月底出具",
    ),
    (
        "违规发放津补贴问题仍有发生，所属企业存在超标准发放加班费",
        "清退超标准发放的加班费，修订薪酬管理办法",
        "分管副总经理",
        "人力资源部",
        datetime(2024, 5, 31),
        "已完成",
    ),
    (
        "应收账款清收不力，部分账款账龄超过三年",
        "成立清欠工作专班，对逾期账款逐笔制定清收方案，必要时提起诉讼",
        "总会计师",
        "财务部",
        datetime(2024, 12, 31),
        "整改中。已清收逾期账款1260万元，对3笔账款正在提起诉讼",
    ),
    "三、组织建设方面",
    (
        "基层党组织建设存在短板，个别项目部未及时成立临时党支部",
        "对在建项目部党组织设置情况全面排查，符合条件的全部成立临时党支部",
        "党委副书记",
        "党群工作部",
        datetime(2024, 4, 30),
        "已完成",
    ),
    (
        "领导人员任期制和契约化管理落实不到位，经营业绩考核刚性不足",
        "与经理层成员签订岗位聘任协议和经营业绩责任书，修订考核办法",
        "党委书记、董事长",
        "组织人事部",
        datetime(2024, 6, 30),
        "已完成，长期坚持",
    ),
    (
        "人才队伍结构不合理，专业技术人才储备不足",
        "制定人才队伍建设三年规划，开展校园招聘和社会招聘",
        "总经理",
        "组织人事部",
        datetime(2025, 6, 30),
        "整改中。三年规划已印发，2024年校园招聘正在组织实施",
    ),
]


def mianyang() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.cell(1, 1, "中共绵阳市某集团有限公司委员会巡察整改落实情况台账").font = Font(bold=True, size=16)
    sheet.merge_cells("A1:G1")
    xlsx_row(sheet, 2, ["序号", "存在问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展"])
    row, number = 3, 0
    for entry in MIANYANG:
        if isinstance(entry, str):
            sheet.cell(row, 1, entry).font = Font(bold=True)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        else:
            number += 1
            problem, measure, leader, unit, deadline, status = entry
            xlsx_row(sheet, row, [number, problem, measure, leader, unit, deadline, status], "yyyy/m/d")
        row += 1
    sheet.cell(row, 1, "合计")
    sheet.cell(row, 2, "共10个问题，已完成6个，正在整改4个")
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
    return book


# --- 3. a county middle school's branch (.xls): a 填报单位/填报时间 row under the title, a 方面 column repeated -----
YUEXI = [
    (
        "党建工作",
        "党支部书记抓党建述职评议流于形式，问题查摆不深入",
        "严格落实述职评议制度，对照问题清单逐项整改",
        "党支部书记",
        "党支部",
        datetime(2024, 6, 30),
        "已完成",
    ),
    (
        "党建工作",
        "党员教育管理不严格，个别党员组织生活缺席未说明原因",
        "建立党员组织生活考勤制度，缺席者书面说明",
        "党支部书记",
        "党支部",
        datetime(2024, 5, 31),
        "已销号",
    ),
    (
        "党建工作",
        "党费收缴不规范，部分党员未按时足额交纳党费",
        "对2022年以来党费收缴情况进行核查，补交党费",
        "组织委员",
        "党支部",
        datetime(2024, 4, 30),
        "已销号",
    ),
    (
        "意识形态",
        "课堂教学意识形态管理存在薄弱环节，教辅资料征订审核不严",
        "建立教辅资料征订审核制度，成立审核小组",
        "校长",
        "教务处",
        datetime(2024, 6, 30),
        "已完成",
    ),
    (
        "意识形态",
        "师德师风建设有短板，个别教师存在有偿补课现象",
        "开展有偿补课专项治理，签订师德承诺书，畅通举报渠道",
        "校长",
        "政教处",
        datetime(2024, 8, 31),
        "已完成，长期坚持",
    ),
    (
        "学校管理",
        "食堂管理不规范，食材采购验收记录不全",
        "推行食材集中采购，落实陪餐和验收登记制度",
        "副校长",
        "总务处",
        datetime(2024, 5, 31),
        "已完成",
    ),
    (
        "学校管理",
        "校舍维修项目管理不规范，部分项目未按规定程序采购",
        "规范维修项目采购程序，对已实施项目开展审计",
        "副校长",
        "总务处",
        datetime(2024, 10, 31),
        "整改中",
    ),
    (
        "学校管理",
        "学生资助工作精准度不高，个别受助学生认定依据不足",
        "重新核定受助学生家庭经济困难情况，完善认定档案",
        "副校长",
        "政教处",
        datetime(2024, 9, 30),
        "整改中",
    ),
]
YUEXI_MEASURES = {
    6: "；已委托第三方审计机构，审计报告尚未出具",
    7: "；秋季学期受助学生认定正在进行中",
}


def yuexi() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    title = xlwt.easyxf("font: bold on, height 320; align: horiz centre")
    plain = xlwt.easyxf("align: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    day = xlwt.easyxf("align: vert centre; borders: left thin, right thin, top thin, bottom thin")
    day.num_format_str = "yyyy-mm-dd"
    sheet.write_merge(0, 0, 0, 7, "中共岳西县某中学党支部巡察反馈问题整改落实台账", title)
    sheet.write_merge(1, 1, 0, 3, "填报单位（盖章）：中共岳西县某中学党支部")
    sheet.write_merge(1, 1, 4, 7, "填报时间：2024年9月20日")
    for col, head in enumerate(["序号", "方面", "存在问题", "整改措施", "责任人", "责任部门", "整改时限", "完成情况"]):
        sheet.write(2, col, head, plain)
    for n, (aspect, problem, measure, person, unit, deadline, status) in enumerate(YUEXI):
        row = 3 + n
        values: list[object] = [n + 1, aspect, problem, measure + YUEXI_MEASURES.get(n, ""), person, unit]
        for col, value in enumerate(values):
            sheet.write(row, col, value, plain)
        sheet.write(row, 6, deadline, day)
        sheet.write(row, 7, status, plain)
    return book


# --- 4. a township (.xls): aspect rows across, 责任领导/责任单位, 完成时限 date cells, 整改进展 then 备注 ------------
PINGJIANG = [
    "一、贯彻落实党的路线方针政策和上级决策部署方面",
    (
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接不够扎实，防返贫监测帮扶不及时",
        "开展防返贫监测全面排查，对监测对象落实“一户一策”帮扶",
        "乡党委书记",
        "乡村振兴办",
        datetime(2024, 6, 30),
        "已完成",
        "",
    ),
    (
        "耕地保护责任落实不到位，个别村存在违法占用耕地建房",
        "对违法占用耕地建房逐宗核查，依法拆除复耕",
        "乡长",
        "自然资源所",
        datetime(2024, 12, 31),
        "整改中",
        "已拆除复耕4宗，剩余2宗正在走司法程序",
    ),
    (
        "安全生产监管存在盲区，自建房安全隐患排查不彻底",
        "开展自建房安全隐患“回头看”，建立隐患整改台账",
        "分管副乡长",
        "应急办",
        datetime(2024, 5, 31),
        "已完成",
        "",
    ),
    "二、落实全面从严治党责任方面",
    (
        "村级财务管理不规范，部分村招待费报销凭证不全",
        "开展村级财务专项清理，实行村账乡代管",
        "乡纪委书记",
        "经管站",
        datetime(2024, 7, 31),
        "已完成",
        "",
    ),
    (
        "惠民惠农资金监管不严，个别村存在冒领补贴问题",
        "对近三年惠农补贴发放情况全面核查，追回违规资金",
        "乡纪委书记",
        "财政所",
        datetime(2024, 9, 30),
        "已完成",
        "追回资金2.3万元",
    ),
    (
        "“四风”问题仍有发生，乡属单位存在公车私用现象",
        "开展作风建设专项整治，对违规人员严肃处理",
        "乡纪委书记",
        "党政办",
        datetime(2024, 4, 30),
        "已完成，长期坚持",
        "",
    ),
    "三、基层党组织建设方面",
    (
        "村级后备干部队伍建设滞后，个别村后备干部储备不足",
        "每村储备2名以上后备干部，建立培养台账",
        "组织委员",
        "党建办",
        datetime(2024, 12, 31),
        "正在推进",
        "已储备后备干部21名，仍有3个村未达到储备要求",
    ),
    (
        "软弱涣散村党组织整顿不彻底，整顿效果不明显",
        "实行乡领导包村整顿，逐村制定整顿方案",
        "组织委员",
        "党建办",
        datetime(2024, 8, 31),
        "已完成",
        "",
    ),
    (
        "村集体经济发展不平衡，部分村集体经济收入低于5万元",
        "因村施策发展集体经济项目，盘活闲置资产资源",
        "乡长",
        "经管站",
        datetime(2025, 6, 30),
        "正在推进",
        "2个村的产业项目正在建设中",
    ),
]


def pingjiang() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    title = xlwt.easyxf("font: bold on, height 300; align: horiz centre, wrap on")
    bold = xlwt.easyxf("font: bold on; align: vert centre")
    plain = xlwt.easyxf("align: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    day = xlwt.easyxf("align: vert centre; borders: left thin, right thin, top thin, bottom thin")
    day.num_format_str = 'yyyy"年"m"月"d"日"'
    sheet.write_merge(0, 0, 0, 7, "中共平江县某乡委员会关于县委第五巡察组巡察反馈问题整改落实情况台账", title)
    head = ["序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限", "整改进展", "备注"]
    for col, text in enumerate(head):
        sheet.write(1, col, text, plain)
    row, number = 2, 0
    for entry in PINGJIANG:
        if isinstance(entry, str):
            sheet.write_merge(row, row, 0, 7, entry, bold)
        else:
            number += 1
            problem, measure, leader, unit, deadline, status, remark = entry
            for col, value in enumerate([number, problem, measure, leader, unit]):
                sheet.write(row, col, value, plain)
            sheet.write(row, 5, deadline, day)
            sheet.write(row, 6, status, plain)
            sheet.write(row, 7, remark, plain)
        row += 1
    return book


if __name__ == "__main__":
    for name, build in [
        ("r116_wuhou_district_bureau_xlsx_class_cells_merged_leader_column_completion_column.xlsx", wuhou),
        ("r116_mianyang_city_soe_group_xlsx_aspect_rows_progress_column_closing_total_row.xlsx", mianyang),
        ("r116_yuexi_county_school_branch_xls_filled_in_row_under_title_aspect_column_repeated.xls", yuexi),
        ("r116_pingjiang_township_xls_aspect_rows_progress_then_remarks_date_cells.xls", pingjiang),
    ]:
        build().save(str(HERE / name))
