"""Build round 146's notices and their gold items (run once: `python tests/data/genre/make_r146.py`); the files are
committed.

Round 146 is the second round of LEDGERS WHOSE STATUS IS A COLOUR OR A MARK (round 138's road): a web page whose
ledger rows are coloured by a CSS class, its legend a line of coloured ■ above the table, one row in a grey no legend
names; a Word ledger whose status cells are shaded (w:shd fill) with a legend paragraph under the table, one cell in a
shade no legend names; a workbook whose 进展 column holds ●/◐/○ in font colours under a legend comment row above the
header; a workbook whose 已销号 rows are struck through, a note row saying so. Bodies are named 某 (the problems are
invented). Written blind, before reading the parser's code.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
ROUND = 146

FILES = {
    "taojiang": "r146_taojiang_county_water_bureau_html_row_class_colour_legend_squares_above_grey_row_unstated.html",
    "mianyang": "r146_mianyang_city_investment_group_docx_status_cell_shading_legend_paragraph_below.docx",
    "university": "r146_university_logistics_branch_xlsx_glyph_column_font_colour_legend_comment_row.xlsx",
    "linqu": "r146_linqu_county_township_xlsx_strikethrough_rows_xiaohao_note_row.xlsx",
}

# --- A: a county 水利局 党组's web page: rows coloured by a CSS class; the legend a line of coloured ■ above the
# table; one row in a grey no legend names (unstated)
TAOJIANG = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "落实河湖长制工作不够有力，部分乡镇河道“四乱”问题反弹",
                "开展河湖“清四乱”专项行动，排查整治乱占、乱堆等问题41处，建立县乡村三级巡河台账，实行问题销号管理。",
                "done",
                False,
            ),
            (
                "农村饮水安全保障存在短板，个别集中供水工程水质检测不到位",
                "制定《农村集中供水工程水质检测办法》，委托第三方机构按季度检测，对检测不达标的3处工程完成消毒设备更换，并长期坚持季度检测制度。",
                "done_longterm",
                False,
            ),
            (
                "水利工程建设项目推进缓慢，部分中小型水库除险加固滞后",
                "对12座病险水库逐座明确责任人和时间表，已完成除险加固8座，其余4座正在施工，计划2026年汛前完工。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组落实主体责任不到位，对二级机构监督管理偏松",
                "修订党组落实全面从严治党主体责任清单，党组书记与二级机构主要负责人逐一开展约谈，建立季度履责报告制度。",
                "done",
                False,
            ),
            (
                "水利项目资金管理不规范，个别项目存在超进度拨付资金问题",
                "对2022年以来的水利项目资金拨付情况开展专项清查，收回超拨资金36.5万元，修订项目资金拨付审批流程。",
                "done",
                False,
            ),
            (
                "落实中央八项规定精神有差距，公务接待审批把关不严",
                "全面清理2023年以来的公务接待票据，规范接待审批单和公函，每半年在局机关公示一次公务接待情况，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "水资源费征收不到位，部分取水户欠缴水资源费",
                "梳理欠费取水户17户，已追缴11户，其余6户正在依法催缴中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "基层水利站人员力量薄弱，专业技术人员占比偏低",
                "2025年通过公开招聘补充水利专业技术人员6名，组织基层水利站人员参加业务培训2期，完成年度轮训。",
                "done",
                False,
            ),
            (
                "机关党支部组织生活不够规范，主题党日活动形式单一",
                "制定机关党支部组织生活规范化清单，补正会议记录，结合防汛抗旱开展主题党日活动4次。",
                # a grey row: no legend names grey, so no marker states a status (unstated, source none)
                "unstated",
                False,
            ),
        ],
    ),
]

GREY = "#D9D9D9"
# the legend line above the table: a square in each class's colour, then what it means
LEGEND = (
    '<p>图例：<span class="sq-wc">■</span>已完成　<span class="sq-cq">■</span>已完成并长期坚持　'
    '<span class="sq-tj">■</span>正在推进</p>'
)
CSS_CLASS = {"done": "zt-wc", "done_longterm": "zt-cq", "in_progress": "zt-tj"}


def taojiang(path: Path) -> None:
    rows = []
    n = 0
    for aspect, problems in TAOJIANG:
        rows.append(f'<tr><td colspan="5" style="text-align:left;font-weight:bold">{aspect}</td></tr>')
        for title, measure, status, _ in problems:
            n += 1
            cells = (
                f'<td align="center">{n}</td><td>{title}</td><td>{measure}</td>'
                f'<td align="center">县水利局</td><td align="center">&nbsp;</td>'
            )
            if status == "unstated":
                rows.append(f'<tr style="background:{GREY}">{cells}</tr>')
            else:
                rows.append(f'<tr class="{CSS_CLASS[status]}">{cells}</tr>')
    table = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中共桃江县某局党组关于县委巡察反馈意见整改进展情况的通报_桃江县人民政府</title>
<style>
body {{ font-family: "微软雅黑"; }}
.article-table td {{ border: 1px solid #000; padding: 4px; }}
tr.zt-wc td {{ background-color: #92D050; }}
tr.zt-cq td {{ background-color: #00B0F0; }}
tr.zt-tj td {{ background-color: #FFFF00; }}
.sq-wc {{ color: #92D050; }}
.sq-cq {{ color: #00B0F0; }}
.sq-tj {{ color: #FFFF00; }}
</style>
</head>
<body>
<div class="header"><a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; 巡察整改</div>
<div class="article">
<h1>中共桃江县某局党组关于县委巡察反馈意见整改进展情况的通报</h1>
<div class="info">发布时间：2025-12-22 09:30　来源：县某局　浏览次数：<span id="hits">236</span></div>
<div class="content">
<p>根据县委统一部署，2025年3月10日至5月9日，县委第三巡察组对县某局党组开展了常规巡察。2025年6月18日，县委第三巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。</p>
<p><strong>一、提高政治站位，扛牢整改政治责任</strong></p>
<p>局党组把巡察整改作为重大政治任务，第一时间召开党组会议专题研究，成立由党组书记任组长的整改工作领导小组，制定整改方案，建立问题清单、任务清单、责任清单，实行挂图作战、对账销号。截至2025年12月15日，巡察反馈的3个方面9个问题中，已完成整改6个（其中需长期坚持的2个），正在推进2个。</p>
<p><strong>二、巡察反馈问题整改进展情况</strong></p>
{LEGEND}
<table class="article-table" border="1" cellspacing="0" cellpadding="0" width="100%">
<tr><th>序号</th><th>反馈问题</th><th>整改措施及成效</th><th>责任单位</th><th>整改状态</th></tr>
{table}
</table>
<p><strong>三、下一步工作打算</strong></p>
<p>局党组将坚持目标不变、标准不降、力度不减，对正在推进的问题紧盯不放，确保按期完成；对已完成整改的问题适时开展“回头看”，防止反弹回潮，切实巩固整改成果。</p>
<p>欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0737-8823516；通信地址：桃江县桃花江镇某路某号；电子邮箱：tjslj_xc@163.com。</p>
<p style="text-align:right">中共桃江县某局党组</p>
<p style="text-align:right">2025年12月20日</p>
</div>
</div>
<div class="footer">主办：桃江县人民政府办公室　湘ICP备05004217号</div>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# --- B: a city 城投集团 党委's Word ledger: the 完成情况 cell empty and shaded (w:shd fill), the legend a paragraph
# under the table; one cell in a shade the legend does not name (unstated)
MIANYANG = [
    (
        "一、贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "服务城市建设主责主业不够聚焦，部分非主业投资清理退出滞后",
                "制定非主业投资清理退出工作方案，对5项非主业投资逐项评估，已通过产权交易中心完成挂牌转让退出。",
                "done",
                False,
            ),
            (
                "重大基础设施项目建设推进缓慢，个别项目投资完成率偏低",
                "建立重点项目周调度机制，班子成员包抓项目，目前项目主体工程已完工，附属工程正在施工。",
                "in_progress",
                True,
            ),
            (
                "防范化解债务风险不够有力，融资结构不尽合理",
                "制定债务风险防控方案，置换高成本融资8.3亿元，建立月度债务风险监测机制并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "党委落实主体责任不够到位，对子公司管党治党压力传导不足",
                "修订党委主体责任清单，与9家子公司党组织签订全面从严治党责任书，开展专项约谈14人次。",
                "done",
                False,
            ),
            (
                "工程建设领域廉洁风险防控不力，部分项目变更签证管理不规范",
                "对2022年以来的工程变更签证开展专项审计，修订《工程变更管理办法》，审计发现的问题正在逐项整改。",
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神不够严格，公务用车管理不规范",
                "开展公务用车专项清理，规范用车审批和登记，安装车载定位系统，公务用车管理纳入日常监督并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "招标采购管理存在漏洞，个别项目规避公开招标",
                "修订招标采购管理制度，建立集团统一的采购平台，对规避公开招标的2个项目责任人进行了追责问责。",
                "done",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "选人用人工作不够规范，干部档案管理存在缺项",
                "对中层干部人事档案开展专项审核，补齐缺失材料126份，修订中层干部选拔任用工作办法。",
                "done",
                False,
            ),
            (
                "基层党组织建设薄弱，部分项目部党建工作与生产经营结合不紧",
                "在6个重点项目部成立临时党支部，开展“党建+项目”创建活动。",
                # a shade no legend names: no status (unstated, source none)
                "unstated",
                False,
            ),
            (
                "人才队伍结构不合理，专业技术人才储备不足",
                "制定人才发展规划，2025年引进工程、财务等专业人才12名，与2所高校签订人才培养合作协议。",
                "done",
                False,
            ),
        ],
    ),
]

SHADE = {"done": "92D050", "done_longterm": "00B0F0", "in_progress": "FFC000", "unstated": "B4A7D6"}


def _shade(cell, colour: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tc_pr.append(shd)


def _para(doc, text: str, *, center: bool = False, bold: bool = False):
    p = doc.add_paragraph()
    if center:
        p.alignment = 1
    run = p.add_run(text)
    run.bold = bold
    return p


def mianyang(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共绵阳市某城投集团有限公司委员会", center=True, bold=True)
    _para(doc, "关于市委巡察反馈意见整改进展情况的通报", center=True, bold=True)
    _para(
        doc,
        "根据市委统一部署，2025年4月7日至6月6日，市委第二巡察组对市某城投集团有限公司党委开展了常规巡察，"
        "2025年7月16日向集团党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    _para(doc, "一、整改工作总体情况", bold=True)
    _para(
        doc,
        "集团党委坚持把巡察整改作为重要政治任务，成立由党委书记任组长的巡察整改工作领导小组，"
        "召开专题民主生活会，对照反馈意见逐条制定整改措施，明确责任领导、责任部门和完成时限。"
        "截至2025年12月10日，巡察反馈的3个方面10个问题中，已完成整改7个，正在推进2个。",
    )
    _para(doc, "二、巡察反馈问题整改进展情况", bold=True)
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["序号", "问题类别", "存在问题", "整改措施及进展", "责任部门", "完成情况"], strict=True
    ):
        cell.text = text
    n = 0
    for aspect, problems in MIANYANG:
        first = None
        for title, measure, status, _ in problems:
            n += 1
            row = table.add_row().cells
            row[0].text = str(n)
            row[2].text = title
            row[3].text = measure
            row[4].text = "集团相关部门"
            row[5].text = ""
            _shade(row[5], SHADE[status])
            if first is None:
                first = row[1]
                first.text = aspect
            else:
                first = first.merge(row[1])
                # merging keeps the class text once (python-docx joins the empty cell's paragraph)
                first.text = aspect
    _para(
        doc, "注：“完成情况”栏底纹为绿色的表示已完成整改，为蓝色的表示已完成整改并长期坚持，为橙色的表示正在推进整改。"
    )
    _para(doc, "三、下一步工作", bold=True)
    _para(
        doc,
        "集团党委将持续压实整改责任，对正在推进的问题加强跟踪督办，确保按期完成；对已完成的整改事项开展“回头看”，"
        "建立健全长效机制，巩固整改成果。欢迎广大干部职工和社会各界对巡察整改情况进行监督。"
        "联系电话：0816-2356187；电子邮箱：mycthjwb@126.com。",
    )
    _para(doc, "中共绵阳市某城投集团有限公司委员会")
    _para(doc, "2025年12月18日")
    doc.save(str(path))


# --- C: a university 后勤 党总支's workbook: the 进展 column holds ●/◐/○ in font colours; the legend a comment row
# above the header (图例：绿色●已完成 …)
UNIVERSITY = [
    (
        "一、党的政治建设方面",
        [
            (
                "学习贯彻党的创新理论不够深入，理论学习与后勤服务保障结合不紧",
                "修订党总支理论学习中心组学习制度，制定年度学习计划，开展专题研讨6次，形成调研报告3篇。",
                "done",
                False,
            ),
            (
                "落实意识形态工作责任制不到位，对外包服务人员思想教育薄弱",
                "将外包服务人员纳入后勤职工教育培训体系，每季度开展一次集中教育，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "服务师生意识不强，学生食堂饭菜价格和质量反映较多",
                "成立伙食管理委员会，引入师生评价机制，新建的第三食堂正在装修，计划2026年春季学期投入使用。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "后勤物资采购管理不规范，部分物资未按规定比价采购",
                "修订后勤物资采购管理办法，将单笔1万元以上物资纳入学校采购平台比价采购，对2024年以来的采购记录逐笔复查。",
                "done",
                False,
            ),
            (
                "维修工程管理存在廉洁风险，零星维修工程结算审核不严",
                "建立零星维修工程结算审核台账，委托第三方审计机构对2023年以来的结算项目开展复审，复审工作正在进行中。",
                "in_progress",
                True,
            ),
            (
                "公房管理不规范，部分经营性用房租金收缴不及时",
                "清理经营性用房合同23份，追缴拖欠租金18.6万元，建立租金收缴月度提醒机制并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "三、干部队伍和基层党组织建设方面",
        [
            (
                "党支部设置与后勤业务不相适应，个别支部组织生活不正常",
                "按照业务板块调整党支部设置，撤并支部2个，新设支部1个，规范“三会一课”记录。",
                "done",
                False,
            ),
            (
                "后勤管理人员队伍老化，专业化水平不高",
                "制定后勤管理人员培训计划，选派12名骨干参加高校后勤协会培训，引进专业管理人员3名。",
                "done",
                False,
            ),
        ],
    ),
]

GLYPH = {"done": ("●", "00B050"), "done_longterm": ("◐", "0070C0"), "in_progress": ("○", "FF0000")}
WRAP = Alignment(wrap_text=True, vertical="center")


def university(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "整改进展"
    ws.append(["中共某大学后勤党总支关于校党委巡察反馈意见整改进展情况的通报"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "根据校党委统一部署，2025年3月24日至5月16日，校党委第三巡察组对后勤党总支开展了巡察，"
            "2025年6月27日反馈了巡察意见。后勤党总支成立整改工作领导小组，逐条制定整改措施。"
            "截至2025年11月30日，巡察反馈的3个方面8个问题中，已完成整改6个，正在推进2个。现将整改进展情况通报如下。"
        ]
    )
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 60
    ws.append(["图例：绿色●已完成　蓝色◐已完成并长期坚持　红色○正在推进"])
    ws.merge_cells("A3:G3")
    ws["A3"].font = Font(italic=True, size=10)
    ws.append(["序号", "问题类别", "问题描述", "整改措施", "责任科室", "整改时限", "进展"])
    for c in ws[4]:
        c.font = Font(bold=True)
    n = 0
    for aspect, problems in UNIVERSITY:
        for title, measure, status, _ in problems:
            n += 1
            glyph, colour = GLYPH[status]
            ws.append(
                [n, aspect, title, measure, "后勤管理处", "长期" if status == "done_longterm" else "2025年12月", glyph]
            )
            row = ws.max_row
            ws.cell(row, 7).font = Font(color=colour, size=14)
            ws.cell(row, 7).alignment = Alignment(horizontal="center", vertical="center")
            for col in (3, 4):
                ws.cell(row, col).alignment = WRAP
    ws.append([])
    ws.append(["下一步，后勤党总支将持续推进整改落实，对正在推进的问题加强督办，确保按期完成，巩固深化整改成果。"])
    ws.append(["欢迎广大师生对巡察整改工作进行监督，联系电话：028-87654321，电子邮箱：hqdzz@163.com。"])
    ws.append(["中共某大学后勤党总支"])
    ws.append(["2025年12月5日"])
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 50
    wb.save(str(path))


# --- D: a township 党委's workbook: 已销号 rows struck through, a note row under the table saying so
LINQU = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "落实乡村振兴战略不够有力，村级集体经济发展不平衡",
                "制定村级集体经济发展三年行动计划，对收入低于10万元的5个村逐村制定增收方案，已全部达到年度目标。",
                "done",
                False,
            ),
            (
                "安全生产监管存在薄弱环节，部分企业隐患整改不到位",
                "开展安全生产大排查大整治，排查企业86家，整改隐患213处，建立镇村两级网格化监管机制并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "农村人居环境整治标准不高，个别村生活垃圾清运不及时",
                "调整垃圾清运线路，增设垃圾转运点4处，其中2处正在建设中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党委落实主体责任不到位，对村级权力运行监督不力",
                "修订村级小微权力清单，推行村级事务“阳光公开”，对14个村的“三资”管理开展专项检查。",
                "done",
                False,
            ),
            (
                "惠民资金管理不规范，个别村低保评审程序不严",
                "对全镇低保对象开展全面复核，清退不符合条件的9户，规范村级民主评议程序。",
                "done",
                False,
            ),
            (
                "村级工程项目管理不规范，部分项目未按程序招投标",
                "对2022年以来的村级工程项目开展专项审计，审计发现的问题正在整改，相关责任人的处理待镇纪委调查后确定。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "村级后备干部培养不够，部分村“两委”干部年龄偏大",
                "建立村级后备干部人才库，储备后备干部42名，选派15名后备干部到镇机关跟班学习。",
                "done",
                False,
            ),
            (
                "基层党组织组织生活不规范，部分村党支部主题党日流于形式",
                "制定村党支部主题党日活动规范，镇党委班子成员包村督导，每月抽查组织生活记录，长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
]


def linqu(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["中共临朐县某镇委员会关于县委巡察反馈意见整改进展情况的通报"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "根据县委统一部署，2025年4月21日至6月20日，县委第一巡察组对某镇党委开展了常规巡察，2025年7月25日反馈了巡察意见。"
            "镇党委对反馈的3个方面8个问题逐项制定整改措施，实行清单化管理、销号式推进。"
            "截至2025年12月20日，已整改销号6个，正在整改2个。现将整改进展情况公布如下。"
        ]
    )
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 60
    ws.append(["序号", "问题类型", "具体问题", "整改措施", "责任人", "整改时限", "备注"])
    for c in ws[3]:
        c.font = Font(bold=True)
    n = 0
    for aspect, problems in LINQU:
        for title, measure, status, _ in problems:
            n += 1
            note = "长期坚持" if status == "done_longterm" else ""
            limit = "2026年3月底前" if status == "in_progress" else "2025年10月底前"
            ws.append([n, aspect, title, measure, "镇党委相关班子成员", limit, note])
            row = ws.max_row
            for col in range(1, 8):
                ws.cell(row, col).font = Font(strike=status != "in_progress")
                ws.cell(row, col).alignment = WRAP
    ws.append(
        ["说明：表中划线的为已销号问题，划线且备注“长期坚持”的为已销号、需长期坚持的问题，未划线的为正在整改的问题。"]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    ws.append([])
    ws.append(
        [
            "下一步，镇党委将坚持整改不松劲，对正在整改的问题挂图作战、倒排工期，确保按时销号；对已销号问题定期回访，"
            "防止问题反弹。欢迎广大干部群众监督，联系电话：0536-3271025。"
        ]
    )
    ws.append(["中共临朐县某镇委员会"])
    ws.append(["2025年12月26日"])
    ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 50
    wb.save(str(path))


def _nfkc(title: str) -> str:
    return unicodedata.normalize("NFKC", title).rstrip("。")


TABLES = {"taojiang": TAOJIANG, "mianyang": MIANYANG, "university": UNIVERSITY, "linqu": LINQU}


def gold() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for key, table in TABLES.items():
        rows = [(t, s, p) for _, ps in table for t, _, s, p in ps]
        out[key] = {
            "items": [[str(n), _nfkc(t), s, p] for n, (t, s, p) in enumerate(rows, 1)],
            "aspects": [unicodedata.normalize("NFKC", a) for a, ps in table for _ in ps],
            "sources": ["none" if s == "unstated" else "item" for _, s, _ in rows],
        }
    return out


if __name__ == "__main__":
    taojiang(HERE / FILES["taojiang"])
    mianyang(HERE / FILES["mianyang"])
    university(HERE / FILES["university"])
    linqu(HERE / FILES["linqu"])
    print(json.dumps(gold(), ensure_ascii=False))
