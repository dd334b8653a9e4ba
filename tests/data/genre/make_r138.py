"""Build round 138's notices and their gold (run once: `python tests/data/genre/make_r138.py`); the files are committed.

Round 138 imitates LEDGERS WHOSE STATUS IS A CELL'S COLOUR: the 整改台账 an office forwards as .xlsx, whose status
column is empty or holds only a symbol while the row (or the status cell) is filled in a colour the sheet explains:
a note row under the table (绿色表示已完成 …), a legend block of coloured cells beside the table, or a second sheet
说明. With them the furniture of such workbooks: dates stored as datetime cells or as Excel date serials, a 汇总 sheet
before the 明细 sheet, hidden helper columns, a frozen title row, merged class cells, and one workbook whose colours
have no legend at all (its statuses are unstated: the gold README's convention, no marker a reader can read).
Bodies are named 某 (the problems are invented). Written blind, before reading the parser's code.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = Path(__file__).parent
ROUND = 138

GREEN, YELLOW, RED, BLUE = "92D050", "FFFF00", "FF0000", "00B0F0"
LIGHT_GREEN, LIGHT_ORANGE = "C6EFCE", "FFEB9C"


def fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


WRAP = Alignment(wrap_text=True, vertical="center")


# --- A: a county 农业农村局 党组's ledger, one sheet: a frozen title row, the opening in a merged row, columns
# 序号/问题类别 (merged down its rows)/问题描述/整改措施/责任领导/完成时限 (datetime cells)/整改情况 (EMPTY), each
# row filled green/yellow/red, and under the table a note row 备注：绿色表示已完成，黄色表示正在推进，红色表示未启动。
GUCHENG = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "落实粮食安全党政同责不够有力，部分乡镇高标准农田建后管护缺位",
                "制定《高标准农田建后管护办法》，明确乡镇管护主体和经费，对2019年以来建成的12.6万亩高标准农田逐块排查，修复损毁沟渠、机耕路37处。",
                dt.datetime(2025, 9, 30),
                GREEN,
                "done",
                False,
            ),
            (
                "农村人居环境整治推进不平衡，个别村生活污水治理设施闲置",
                "对全县已建成的46处村级污水处理设施开展运行评估，38处已恢复正常运行，其余8处管网改造正在施工。",
                dt.datetime(2025, 12, 31),
                YELLOW,
                "in_progress",
                True,
            ),
            (
                "巩固拓展脱贫攻坚成果有差距，防止返贫动态监测帮扶不及时",
                "开展防返贫监测集中排查，新识别监测对象23户，全部落实针对性帮扶措施，建立月度会商研判机制。",
                dt.datetime(2025, 8, 31),
                GREEN,
                "done",
                False,
            ),
            (
                "农业产业化龙头企业带动作用不强，联农带农机制不健全",
                "拟制定联农带农利益联结评价办法，待县政府常务会议审定后实施，相关工作尚未启动。",
                dt.datetime(2026, 3, 31),
                RED,
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "党组落实主体责任不到位，对局属事业单位监督管理偏松",
                "修订党组主体责任清单，党组书记与局属6个事业单位负责人逐一开展约谈，建立季度履责报告制度。",
                dt.datetime(2025, 9, 30),
                GREEN,
                "done",
                False,
            ),
            (
                "惠农补贴资金监管不严，个别乡镇耕地地力保护补贴面积核定不准",
                "对2023年以来的耕地地力保护补贴开展专项核查，追回多发补贴资金4.2万元，完善补贴面积村级公示和乡镇复核程序。",
                dt.datetime(2025, 10, 31),
                GREEN,
                "done",
                False,
            ),
            (
                "政府采购和项目管理不规范，部分农业项目验收把关不严",
                "修订农业项目验收管理办法，对2022年以来的31个项目逐一复查，其中4个项目的整改复验正在进行中。",
                dt.datetime(2025, 12, 31),
                YELLOW,
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "基层农技推广队伍老化，专业技术人员青黄不接",
                "2025年通过公开招聘补充农技人员5名，与省农业科学院签订基层农技人员培训协议，完成年度轮训。",
                dt.datetime(2025, 11, 30),
                GREEN,
                "done",
                False,
            ),
            (
                "机关党支部“三会一课”落实不严格，组织生活质量不高",
                "制定支部组织生活质量评价标准，补正2024年以来的会议记录，党组成员以普通党员身份参加支部组织生活。",
                dt.datetime(2025, 8, 31),
                GREEN,
                "done",
                False,
            ),
            (
                "干部交流轮岗不到位，个别关键岗位人员长期未交流",
                "梳理关键岗位人员任职年限，对在同一岗位任职满8年的4名干部完成交流轮岗。",
                dt.datetime(2025, 10, 31),
                GREEN,
                "done",
                False,
            ),
        ],
    ),
]


def gucheng(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(["中共谷城县某局党组关于县委巡察反馈意见整改情况的通报"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(size=18, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "根据县委统一部署，2025年4月8日至5月30日，县委第二巡察组对县某局党组开展了常规巡察，"
            "2025年7月10日向局党组反馈了巡察意见。局党组坚持把巡察整改作为重要政治任务，成立整改工作领导小组，"
            "逐条制定整改措施。截至2025年11月15日，巡察反馈的3个方面10个问题中，已完成整改7个。"
            "按照党务公开原则，现将整改进展情况以台账形式予以公布。"
        ]
    )
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 80
    ws.append(["序号", "问题类别", "问题描述", "整改措施", "责任领导", "完成时限", "整改情况"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A4"
    leaders = ["局长", "分管副局长", "纪检组长", "办公室主任"]
    n = 0
    for aspect, problems in GUCHENG:
        first = ws.max_row + 1
        for title, measures, deadline, colour, _, _ in problems:
            n += 1
            ws.append([n, aspect if ws.max_row + 1 == first else None, title, measures, leaders[n % 4], deadline, None])
            row = ws.max_row
            ws.cell(row, 6).number_format = "yyyy-mm-dd"
            for col in range(1, 8):
                ws.cell(row, col).fill = fill(colour)
                ws.cell(row, col).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    for line in [
        "备注：绿色表示已完成，黄色表示正在推进，红色表示未启动。",
        "下一步，局党组将对尚未完成的问题紧盯不放，明确时间节点，确保整改到位；对已完成整改的问题适时开展“回头看”，"
        "防止问题反弹。欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0710-7221835；"
        "电子邮箱：gcxnyj@163.com。",
        "中共谷城县某局党组",
        "2025年11月20日",
    ]:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for col, width in zip("ABCDEFG", [6, 16, 40, 60, 12, 12, 10], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# --- B: a city 国资委-owned water group 党委's workbook: a 汇总 sheet first (title, opening, counts by class, the
# signature), then the 明细 sheet: a title row, a legend block of coloured cells beside the table (I3:J5), columns
# 序号/问题类别 (merged)/具体问题/整改措施/责任部门/编码 (hidden helper)/完成时限 (Excel serials)/进展 (a ● only),
# the 进展 cell alone filled green/blue/yellow
CHANGZHOU = [
    (
        "贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "服务城市供水安全保障作用发挥不充分，老旧供水管网改造进度滞后",
                "制定老旧管网改造三年计划，2025年完成改造管网86公里，管网漏损率由13.2%降至9.8%。",
                45838,
                GREEN,
                "done",
                False,
            ),
            (
                "二次供水设施移交接管推进缓慢，部分老旧小区水压不稳",
                "已接管二次供水泵房112座，其余27座泵房的改造工程正在施工，计划2026年6月底前全部移交接管。",
                46203,
                YELLOW,
                "in_progress",
                True,
            ),
            (
                "农村区域供水一体化覆盖不全，部分镇村供水服务标准偏低",
                "完成3个镇区域供水管网并网，统一执行城区供水服务标准，建立镇村供水服务网点巡检制度。",
                45930,
                BLUE,
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "落实全面从严治党战略部署方面",
        [
            (
                "集团党委对下属子公司监督管理偏弱，“三重一大”决策制度执行不严",
                "修订子公司“三重一大”决策事项清单，对4家子公司开展专项检查，督促整改问题15个。",
                45869,
                GREEN,
                "done",
                False,
            ),
            (
                "工程建设项目管理不规范，部分管网工程存在先施工后招标问题",
                "对2022年以来的58个工程项目开展全面排查，对3名责任人进行了问责，修订工程招标管理办法。",
                45900,
                GREEN,
                "done",
                False,
            ),
            (
                "水费欠费清缴不力，部分大用户欠费长期挂账",
                "建立欠费分级催缴机制，已清缴欠费1860万元，剩余420万元正在通过诉讼程序追缴。",
                46112,
                YELLOW,
                "in_progress",
                True,
            ),
            (
                "违反中央八项规定精神问题仍有发生，公务用车管理不严格",
                "开展公务用车专项治理，安装车载定位系统32台，对2名违规人员给予党纪处分。",
                45869,
                BLUE,
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "落实新时代党的组织路线方面",
        [
            (
                "年轻干部培养选拔力度不够，中层管理人员年龄结构偏大",
                "制定年轻干部培养计划，2025年提拔35周岁以下中层干部4名，建立优秀年轻干部储备库。",
                45961,
                GREEN,
                "done",
                False,
            ),
            (
                "基层党组织建设存在薄弱环节，个别水厂党支部作用发挥不明显",
                "对5个水厂党支部开展分类定级，调整充实支部委员3名，推行“党员责任区”。",
                45900,
                GREEN,
                "done",
                False,
            ),
        ],
    ),
]


def changzhou(path: Path) -> None:
    wb = Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(["中共常州市某水务集团有限公司委员会关于市委巡察反馈意见整改进展情况的通报"])
    summary.merge_cells("A1:E1")
    summary["A1"].font = Font(size=16, bold=True)
    summary.append(
        [
            "根据市委统一部署，2025年3月17日至5月16日，市委第一巡察组对集团党委开展了常规巡察，6月20日反馈了巡察意见。"
            "集团党委认领3个方面9个问题，制定整改措施36条。截至2025年12月10日，9个问题中已完成整改7个，正在推进2个。"
            "现将整改进展情况汇总如下，具体见“明细”工作表。"
        ]
    )
    summary.merge_cells("A2:E2")
    summary["A2"].alignment = WRAP
    summary.row_dimensions[2].height = 70
    summary.append(["序号", "问题类别", "问题数", "已完成", "正在推进"])
    for n, (aspect, problems) in enumerate(CHANGZHOU, 1):
        done = sum(p[4] != "in_progress" for p in problems)
        summary.append([n, aspect, len(problems), done, len(problems) - done])
    summary.append(["合计", None, 9, 7, 2])
    summary.append([])
    for line in [
        "下一步，集团党委将对正在推进的2个问题实行挂牌督办，盯紧时间节点，确保按期完成，并建立健全长效机制，巩固整改成果。",
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0519-86681230；电子邮箱：czsw_dw@163.com。",
        "中共常州市某水务集团有限公司委员会",
        "2025年12月15日",
    ]:
        summary.append([line])
        summary.merge_cells(start_row=summary.max_row, start_column=1, end_row=summary.max_row, end_column=5)
    summary.column_dimensions["B"].width = 44

    ws = wb.create_sheet("明细")
    ws.append(["市委巡察反馈问题整改明细表"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：集团党委办公室", None, None, None, None, None, "填报日期：", dt.datetime(2025, 12, 10)])
    ws.cell(2, 8).number_format = "yyyy/m/d"
    ws.append(["序号", "问题类别", "具体问题", "整改措施", "责任部门", "编码", "完成时限", "进展"])
    ws.column_dimensions["F"].hidden = True
    # the legend block beside the table
    ws["J3"] = "图例"
    for row, (colour, words) in enumerate(
        [(GREEN, "已完成"), (BLUE, "已完成，长期坚持"), (YELLOW, "正在推进")], start=4
    ):
        ws.cell(row, 10).fill = fill(colour)
        ws.cell(row, 11, words)
    departments = ["生产运营部", "工程管理部", "客户服务中心", "党群工作部", "财务部"]
    n = 0
    for a, (aspect, problems) in enumerate(CHANGZHOU, 1):
        first = ws.max_row + 1
        for title, measures, serial, colour, _, _ in problems:
            n += 1
            ws.append(
                [n, aspect if ws.max_row + 1 == first else None, title, measures, departments[n % 5], f"XC-{a}-{n:02d}"]
            )
            row = ws.max_row
            ws.cell(row, 7, serial).number_format = "yyyy/m/d"
            ws.cell(row, 8, "●").fill = fill(colour)
            for col in range(1, 9):
                ws.cell(row, col).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    for col, width in zip("ABCDEGHJK", [6, 18, 40, 56, 14, 12, 8, 6, 18], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


# --- C: a district 法院 党组's ledger: sheet 整改台账 with a frozen title row, the opening, columns
# 序号/问题类别 (merged)/存在问题/整改措施/责任部门/完成时限 (datetime or 长期坚持)/是否完成 (√ or empty) and two hidden
# helper columns (a sort key, a formula), the whole row filled; the colours explained on a second sheet 说明;
# the signature date a real date cell
WUHOU = [
    (
        "（一）学习贯彻习近平新时代中国特色社会主义思想和党中央决策部署方面",
        [
            (
                "学习贯彻习近平法治思想不够深入，理论学习与审判执行工作结合不紧",
                "修订党组理论学习中心组学习制度，开展习近平法治思想专题研讨4次，形成调研成果6篇。",
                dt.datetime(2025, 9, 30),
                "√",
                LIGHT_GREEN,
                "done",
                False,
            ),
            (
                "服务保障优化营商环境不够有力，涉企案件审理周期偏长",
                "建立涉企案件快立快审机制，涉企民商事案件平均审理周期由97天缩短至68天，将持续跟踪通报。",
                "长期坚持",
                "√",
                BLUE,
                "done_longterm",
                False,
            ),
            (
                "诉源治理工作推进不平衡，多元解纷机制作用发挥不充分",
                "已在8个街道设立诉讼服务站，其余5个街道的诉讼服务站正在建设中，特邀调解员队伍扩充工作正在推进。",
                dt.datetime(2026, 3, 31),
                None,
                YELLOW,
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组落实全面从严治党主体责任不够到位，对审判权力运行监督制约不够有力",
                "制定审判权力运行监督管理办法，完善院庭长阅核机制，开展审判执行案件评查420件。",
                dt.datetime(2025, 10, 31),
                "√",
                LIGHT_GREEN,
                "done",
                False,
            ),
            (
                "执行案款管理不规范，个别案款发放不及时",
                "开展执行案款专项清理，发放历史案款612万元，建立“一案一账号”管理系统，实行案款到账提醒。",
                "长期坚持",
                "√",
                BLUE,
                "done_longterm",
                False,
            ),
            (
                "司法作风建设有差距，个别干警存在庭审不规范问题",
                "开展庭审作风专项检查，通报庭审不规范问题11个，对3名干警进行了提醒谈话。",
                dt.datetime(2025, 8, 31),
                "√",
                LIGHT_GREEN,
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "审判辅助人员队伍建设滞后，书记员流失较多",
                "书记员招录方案已报区委政法委审批，待批复后组织公开招聘，同步完善书记员薪酬激励办法。",
                dt.datetime(2026, 6, 30),
                None,
                YELLOW,
                "in_progress",
                True,
            ),
            (
                "年轻干警培养机制不健全，审判业务骨干储备不足",
                "实施青年干警“导师制”，为28名青年干警确定业务导师，选派6名干警到上级法院跟班学习。",
                dt.datetime(2025, 11, 30),
                "√",
                LIGHT_GREEN,
                "done",
                False,
            ),
        ],
    ),
]


def wuhou(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(["中共成都市武侯区某法院党组关于区委巡察反馈问题整改进展情况的通报"])
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(size=16, bold=True)
    ws.freeze_panes = "A2"
    ws.append(
        [
            "2025年4月14日至6月13日，区委第三巡察组对区某法院党组进行了巡察，并于2025年7月18日反馈了巡察意见。"
            "院党组对照反馈的3个方面8个问题，逐项制定整改措施。截至2025年12月20日，已完成整改6个，正在整改2个。"
            "现将整改台账公布如下（颜色说明见“说明”工作表）。"
        ]
    )
    ws.merge_cells("A2:I2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 60
    ws.append(["序号", "排序", "问题类别", "存在问题", "整改措施", "责任部门", "完成时限", "是否完成", "核对"])
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["I"].hidden = True
    departments = ["政治部", "立案庭", "执行局", "审判管理办公室", "机关党委"]
    n = 0
    for a, (aspect, problems) in enumerate(WUHOU, 1):
        first = ws.max_row + 1
        for title, measures, deadline, mark, colour, _, _ in problems:
            n += 1
            ws.append([n, a * 100 + n, aspect if ws.max_row + 1 == first else None, title, measures])
            row = ws.max_row
            ws.cell(row, 6, departments[n % 5])
            ws.cell(row, 7, deadline)
            if isinstance(deadline, dt.datetime):
                ws.cell(row, 7).number_format = "yyyy-mm-dd"
            ws.cell(row, 8, mark)
            ws.cell(row, 9, f'=IF(H{row}="√",1,0)')
            for col in range(1, 10):
                ws.cell(row, col).fill = fill(colour)
                ws.cell(row, col).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=3, end_row=ws.max_row, end_column=3)
    ws.append([])
    for line in [
        "下一步，院党组将持续压实整改责任，对正在整改的2个问题倒排工期、跟踪问效，确保按时整改到位，"
        "并将巡察整改与审判执行工作深度融合，推动整改成果转化为司法为民的实际成效。",
        "欢迎社会各界对巡察整改落实情况进行监督。联系电话：028-85079632；通信地址：成都市武侯区某路16号。",
        "中共成都市武侯区某法院党组",
    ]:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=9)
    ws.append([dt.datetime(2025, 12, 26)])
    ws.cell(ws.max_row, 1).number_format = 'yyyy"年"m"月"d"日"'
    for col, width in zip("ACDEFGH", [6, 20, 40, 56, 14, 12, 10], strict=True):
        ws.column_dimensions[col].width = width

    note = wb.create_sheet("说明")
    note.append(["填表说明"])
    note.append(["1.表中浅绿色底纹表示该问题已完成整改；"])
    note.append(["2.蓝色底纹表示已完成整改并长期坚持；"])
    note.append(["3.黄色底纹表示该问题正在整改，尚未完成；"])
    note.append(["4.“是否完成”栏打“√”的为已完成整改的问题。"])
    wb.save(path)


# --- D: a university hospital 党委's ledger with NO legend: one sheet, title, opening (only the total), columns
# 序号/问题类别/问题清单/整改措施/牵头部门/完成时限 (Excel serials, general format in some rows)/整改进度 (EMPTY), rows
# filled light green or light orange, nothing on the sheet saying what the colours mean
XIAN = [
    (
        "一、党的政治建设方面",
        [
            (
                "党委领导下的院长负责制执行不到位，党委会议和院长办公会议议事规则不够细化",
                "修订党委会议和院长办公会议议事规则，明确“三重一大”事项清单及议事范围。",
                45900,
                LIGHT_GREEN,
            ),
            (
                "落实公立医院高质量发展要求有差距，学科建设规划执行不力",
                "重新制定学科建设五年规划，3个省级重点专科建设项目正在组织申报，待省卫健委评审。",
                46022,
                LIGHT_ORANGE,
            ),
            (
                "意识形态工作责任制落实不够到位，院内宣传阵地管理不规范",
                "建立院内宣传阵地台账，清理不规范展板、横幅24处，实行信息发布“三审三校”。",
                45869,
                LIGHT_GREEN,
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "医药购销领域廉洁风险防控不到位，药品耗材遴选程序不规范",
                "修订药事管理与药物治疗学委员会工作制度，对2023年以来新进药品耗材42种逐一复核。",
                45930,
                LIGHT_GREEN,
            ),
            (
                "科研经费管理不规范，个别项目存在超范围列支",
                "对2022年以来在研科研项目经费开展专项审计，审计工作正在进行中，已追回超范围列支经费3.6万元。",
                46053,
                LIGHT_ORANGE,
            ),
            (
                "医德医风建设存在薄弱环节，收受“红包”问题时有发生",
                "开展医德医风专项整治，签订廉洁行医承诺书2860份，对2名违规人员给予处理。",
                45900,
                LIGHT_GREEN,
            ),
            (
                "大型医疗设备采购论证不充分，部分设备使用效率不高",
                "建立大型设备采购前可行性论证和采购后使用效益评价制度，对在用的18台大型设备开展效益评价。",
                45961,
                LIGHT_GREEN,
            ),
        ],
    ),
    (
        "三、干部队伍和基层党组织建设方面",
        [
            (
                "临床医技科室党支部书记“双带头人”比例偏低",
                "调整配备“双带头人”支部书记9名，“双带头人”比例由62%提高至100%。",
                45930,
                LIGHT_GREEN,
            ),
            (
                "中层干部选拔任用程序不够严密，个别干部试用期满考核走过场",
                "修订中层干部选拔任用工作办法，对2023年以来试用期满的17名中层干部重新开展考核。",
                45900,
                LIGHT_GREEN,
            ),
        ],
    ),
]


def xian(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["中共某大学附属医院委员会关于校党委巡察反馈意见整改落实情况的通报"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(size=16, bold=True)
    ws.append(
        [
            "根据校党委统一部署，2025年3月24日至5月23日，校党委第二巡察组对医院党委开展了巡察，"
            "2025年6月26日反馈了巡察意见，指出3个方面9个问题。医院党委召开专题会议研究部署整改工作，"
            "逐项明确责任领导、牵头部门和完成时限。现将整改落实情况公布如下。"
        ]
    )
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 60
    ws.append(["序号", "问题类别", "问题清单", "整改措施", "牵头部门", "完成时限", "整改进度"])
    departments = ["党委办公室", "医务部", "纪委办公室", "科研处", "组织部"]
    n = 0
    for aspect, problems in XIAN:
        for title, measures, serial, colour in problems:
            n += 1
            ws.append([n, aspect, title, measures, departments[n % 5], serial, None])
            row = ws.max_row
            if n % 2:
                ws.cell(row, 6).number_format = "yyyy年m月d日"
            for col in range(1, 8):
                ws.cell(row, col).fill = fill(colour)
                ws.cell(row, col).alignment = WRAP
    ws.append([])
    for line in [
        "下一步，医院党委将持续深化巡察整改，对尚未完成的事项跟踪督办，确保件件有着落、事事有回音，"
        "以整改实效推动医院高质量发展。",
        "欢迎广大干部职工和患者群众对整改落实情况进行监督。联系电话：029-85324117；电子邮箱：fsyy_dwb@126.com。",
        "中共某大学附属医院委员会",
        "2025年12月10日",
    ]:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for col, width in zip("ABCDEFG", [6, 18, 40, 56, 14, 12, 10], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)


FILES = {
    "gucheng": "r138_gucheng_county_agriculture_bureau_xlsx_row_fill_note_row_legend_frozen_title.xlsx",
    "changzhou": "r138_changzhou_city_water_group_xlsx_summary_sheet_first_legend_block_status_cell_fill_serials.xlsx",
    "wuhou": "r138_wuhou_district_court_xlsx_row_fill_legend_sheet_hidden_helper_columns_date_cells.xlsx",
    "xian": "r138_xian_university_hospital_xlsx_row_fill_no_legend_raw_serials.xlsx",
}


def _nfkc(title: str) -> str:
    return unicodedata.normalize("NFKC", title).rstrip("。")


def gold_items() -> dict[str, list[list]]:
    out: dict[str, list[list]] = {}
    rows = [(p[0], p[4], p[5]) for _, ps in GUCHENG for p in ps]
    out["gucheng"] = [[str(n), _nfkc(t), s, pend] for n, (t, s, pend) in enumerate(rows, 1)]
    rows = [(p[0], p[4], p[5]) for _, ps in CHANGZHOU for p in ps]
    out["changzhou"] = [[str(n), _nfkc(t), s, pend] for n, (t, s, pend) in enumerate(rows, 1)]
    rows = [(p[0], p[5], p[6]) for _, ps in WUHOU for p in ps]
    out["wuhou"] = [[str(n), _nfkc(t), s, pend] for n, (t, s, pend) in enumerate(rows, 1)]
    # no legend: the colours say nothing a reader can read, so each status is unstated; pending from the text
    pend = {"3个省级重点专科建设项目正在组织申报": True, "审计工作正在进行中": True}
    rows = [(p[0], p[1]) for _, ps in XIAN for p in ps]
    out["xian"] = [[str(n), _nfkc(t), "unstated", any(k in m for k in pend)] for n, (t, m) in enumerate(rows, 1)]
    return out


def aspects(table) -> list[str]:
    return [unicodedata.normalize("NFKC", a) for a, ps in table for _ in ps]


if __name__ == "__main__":
    gucheng(HERE / FILES["gucheng"])
    changzhou(HERE / FILES["changzhou"])
    wuhou(HERE / FILES["wuhou"])
    xian(HERE / FILES["xian"])
    items = gold_items()
    print(json.dumps(items, ensure_ascii=False, indent=1)[:400])
    print(
        json.dumps(
            {
                "gucheng": aspects(GUCHENG),
                "changzhou": aspects(CHANGZHOU),
                "wuhou": aspects(WUHOU),
                "xian": aspects(XIAN),
            },
            ensure_ascii=False,
        )
    )
