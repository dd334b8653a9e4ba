"""Build round 117's notices (run once: `python tests/data/genre/make_r117.py`); the files are committed.

Round 117 imitates A NOTICE AND ITS ATTACHED LEDGER IN ONE FILE: the 通报 is signed and dated,
then 附件：整改落实情况台账 follows in the same document. The problems then stand twice (named in the
body, rowed again in the ledger, with the same titles or shortened ones) or once (the body gives
counts only and says 详见附件). Four forms: a city bureau 党组's Word file (body lists the problems
with their status, then a Word table repeating them, status column); a county hospital 党委's PDF
whose body gives counts only and whose last pages hold the ledger (status in 备注); a university
college 党委's web page whose article ends with the ledger as an HTML table (shortened titles,
status column); a street 党工委's plain text whose body gives counts only and whose ledger is
tab-separated (status in 备注). Bodies are named 某 (the problems are invented). Where a problem
stands twice, body and ledger agree on its status.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# a problem: (title in the body, title in the ledger, measures, unit, deadline, status as the ledger prints it)
Problem = tuple[str, str, str, str, str, str]
Aspect = tuple[str, list[Problem]]

# --- A: a city bureau 党组, .docx: body names each problem with its status, the ledger repeats it (same titles) ----
CHENZHOU: list[Aspect] = [
    (
        "贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，党组理论学习中心组学习结合业务实际不紧",
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，党组理论学习中心组学习结合业务实际不紧",
                "修订党组理论学习中心组学习制度，制定年度学习计划，每季度开展1次研讨交流，已开展专题研讨4次",
                "办公室",
                "2024年9月",
                "已完成",
            ),
            (
                "优化营商环境工作推进不力，涉企审批事项办理时限压缩不到位",
                "优化营商环境工作推进不力，涉企审批事项办理时限压缩不到位",
                "梳理涉企审批事项23项，平均办理时限由12个工作日压缩至5个工作日，建立超时预警机制",
                "行政审批科",
                "2024年10月",
                "已完成，长期坚持",
            ),
            (
                "安全生产监管存在薄弱环节，部分行业领域隐患排查整治不彻底",
                "安全生产监管存在薄弱环节，部分行业领域隐患排查整治不彻底",
                "开展隐患排查专项行动，排查隐患56处，已整改49处，其余7处正在整改中，预计2025年3月底前完成",
                "安全监管科",
                "2025年3月",
                "正在推进",
            ),
        ],
    ),
    (
        "落实全面从严治党责任方面",
        [
            (
                "党组落实主体责任不够到位，对下属单位监督管理偏软",
                "党组落实主体责任不够到位，对下属单位监督管理偏软",
                "制定党组落实全面从严治党主体责任清单，党组书记与下属单位主要负责人开展廉政谈话12人次",
                "机关党委",
                "2024年8月",
                "已完成",
            ),
            (
                "财务管理不规范，存在公务接待审批手续不全、超标准列支问题",
                "财务管理不规范，存在公务接待审批手续不全、超标准列支问题",
                "清查2022年以来公务接待费用，退回超标准列支资金1.2万元，修订公务接待管理办法",
                "财务科",
                "2024年9月",
                "已完成",
            ),
        ],
    ),
    (
        "领导班子和干部队伍建设方面",
        [
            (
                "干部队伍年龄结构老化，年轻干部培养选拔力度不够",
                "干部队伍年龄结构老化，年轻干部培养选拔力度不够",
                "制定年轻干部培养三年规划，拟提拔使用的3名年轻干部正在履行考察程序，待市委组织部审批",
                "人事科",
                "2025年6月",
                "正在推进",
            ),
            (
                "基层党组织建设质量不高，“三会一课”制度落实不严格",
                "基层党组织建设质量不高，“三会一课”制度落实不严格",
                "对机关各支部“三会一课”记录逐一检查，建立支部工作月提醒、季通报制度",
                "机关党委",
                "2024年8月",
                "已完成，长期坚持",
            ),
        ],
    ),
]


def _docx_fonts(doc: docx.Document) -> None:
    style = doc.styles["Normal"]
    style.font.name = "仿宋"
    style.font.size = Pt(14)


def chenzhou() -> None:
    doc = docx.Document()
    _docx_fonts(doc)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("中共郴州市某局党组关于市委第三巡察组巡察反馈意见整改进展情况的通报")
    run.bold = True
    run.font.size = Pt(20)
    body = [
        "根据市委巡察工作统一部署，2024年3月11日至5月10日，市委第三巡察组对市某局党组开展了常规巡察。"
        "2024年6月14日，市委第三巡察组向市某局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，"
        "现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "局党组坚决扛起巡察整改政治责任，成立由党组书记任组长的整改工作领导小组，制定整改方案，"
        "建立问题清单、任务清单、责任清单。巡察反馈的3个方面7个问题，已完成整改5个，正在推进2个。",
        "二、反馈问题整改落实情况",
    ]
    for text in body:
        doc.add_paragraph(text)
    number = 0
    for a, (aspect, problems) in enumerate(CHENZHOU):
        doc.add_paragraph(f"（{'一二三'[a]}）{aspect}")
        for problem, _short, measures, _unit, _deadline, status in problems:
            number += 1
            doc.add_paragraph(f"{number}.{problem}。")
            state = {"已完成": "已完成整改", "已完成，长期坚持": "已完成整改，长期坚持", "正在推进": "正在推进"}[status]
            doc.add_paragraph(f"整改情况：{measures}。整改状态：{state}。")
    for text in [
        "三、下一步工作打算",
        "局党组将持续巩固整改成果，对尚未完成的整改任务盯紧不放，确保按时限全部整改到位。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0735-2xxxxxx；电子邮箱：czsmj@163.com。",
    ]:
        doc.add_paragraph(text)
    for text in ["中共郴州市某局党组", "2024年11月20日"]:
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    doc.add_paragraph("附件")
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.add_run("市委第三巡察组反馈意见整改落实情况台账").bold = True
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ["序号", "问题类别", "反馈问题", "整改措施", "责任单位", "完成时限", "完成情况"],
        strict=True,
    ):
        cell.text = text
    number = 0
    for aspect, problems in CHENZHOU:
        for _problem, short, measures, unit, deadline, status in problems:
            number += 1
            cells = table.add_row().cells
            for cell, text in zip(cells, [str(number), aspect, short, measures, unit, deadline, status], strict=True):
                cell.text = text
    doc.save(HERE / "r117_chenzhou_city_bureau_docx_body_problems_then_attached_ledger_table_same_titles.docx")


# --- B: a county hospital 党委, .pdf: body gives counts only (详见附件), the ledger fills the last pages ------------
QIDONG: list[Aspect] = [
    (
        "党的领导和政治建设方面",
        [
            (
                "",
                "落实党委领导下的院长负责制不到位，党委会议事规则修订不及时",
                "修订党委会和院长办公会议事规则，明确“三重一大”事项清单",
                "党委办公室",
                "2024年7月",
                "已完成",
            ),
            (
                "",
                "意识形态工作责任制落实不够到位，院内宣传栏、电子屏管理不规范",
                "建立宣传阵地审批登记制度，清理过期宣传内容18处",
                "宣传科",
                "2024年7月",
                "已完成，长期坚持",
            ),
        ],
    ),
    (
        "全面从严治党和党风廉政建设方面",
        [
            (
                "",
                "医药领域腐败问题集中整治不够深入，医药代表接待管理不严格",
                "制定医药代表接待管理规定，实行定时定点定人接待，安装接待室监控",
                "纪检监察室",
                "2024年8月",
                "已完成",
            ),
            (
                "",
                "药品耗材采购管理不规范，部分耗材未按规定集中采购",
                "全面清理院内耗材采购目录，将47种耗材纳入集中采购，剩余12种正在与供应商谈判中",
                "设备科",
                "2025年3月",
                "正在推进，预计2025年3月完成",
            ),
            (
                "",
                "财务内控制度执行不严，部分科室超范围列支费用",
                "追回违规列支费用2.3万元，修订财务报销审批制度",
                "财务科",
                "2024年9月",
                "已完成",
            ),
        ],
    ),
    (
        "基层党建和人才队伍建设方面",
        [
            (
                "",
                "党支部设置与临床科室不相适应，支部书记“双带头人”比例偏低",
                "调整党支部设置，新设临床科室党支部3个，选配“双带头人”支部书记5名",
                "组织人事科",
                "2024年9月",
                "已完成",
            ),
            (
                "",
                "人才引进培养机制不健全，高层次人才流失较多",
                "制定人才引进培养办法，已报县卫健局审批，待批复后实施",
                "组织人事科",
                "2025年6月",
                "正在推进",
            ),
            (
                "",
                "医德医风建设抓得不实，群众就医满意度不高",
                "开展医德医风专项整治，建立患者满意度月度测评制度",
                "医务科",
                "2024年10月",
                "已完成，长期坚持",
            ),
        ],
    ),
]


def qidong() -> None:
    body = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=24, firstLineIndent=28, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=FONT, fontSize=20, leading=30, alignment=1)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    right = ParagraphStyle("right", parent=body, alignment=2, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=14, wordWrap="CJK")
    story: list[object] = [
        Paragraph("中共祁东县某医院委员会关于县委第三巡察组巡察反馈意见整改进展情况的通报", head),
        Spacer(1, 12),
    ]
    for text in [
        "按照县委统一部署，2024年4月8日至6月7日，县委第三巡察组对县某医院党委开展了常规巡察，"
        "并于2024年7月5日反馈了巡察意见。医院党委高度重视，坚持把巡察整改作为一项重要政治任务抓紧抓实。"
        "现将整改进展情况通报如下。",
        "一、提高政治站位，扛牢整改主体责任",
        "医院党委召开专题会议研究部署整改工作，成立巡察整改工作领导小组，逐条制定整改措施，明确责任领导、责任科室和完成时限。",
        "二、整改任务完成情况",
        "县委第三巡察组反馈问题共3个方面8个，截至2024年12月底，已完成整改6个，正在推进2个，"
        "完善制度12项，追回资金2.3万元。具体整改情况详见附件。",
        "三、下一步工作打算",
        "医院党委将坚持目标不变、标准不降、力度不减，对正在推进的问题持续跟踪督办，确保按期整改到位。",
        "欢迎广大干部群众对整改落实情况进行监督，联系电话：0734-6xxxxxx。",
    ]:
        story.append(Paragraph(text, body))
    story += [
        Spacer(1, 18),
        Paragraph("中共祁东县某医院委员会", right),
        Paragraph("2025年1月10日", right),
        PageBreak(),
        Paragraph("附件", plain),
        Paragraph("县委第三巡察组反馈意见整改落实情况台账", head),
        Spacer(1, 8),
    ]

    def p(text: str) -> Paragraph:
        return Paragraph(text, cell)

    rows: list[list[object]] = [[p(t) for t in ["序号", "反馈问题", "整改措施", "责任科室", "整改时限", "备注"]]]
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    number = 0
    for a, (aspect, problems) in enumerate(QIDONG):
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([p(f"{'一二三'[a]}、{aspect}"), "", "", "", "", ""])
        for _body, title, measures, unit, deadline, status in problems:
            number += 1
            rows.append([p(str(number)), p(title), p(measures), p(unit), p(deadline), p(status)])
    table = Table(rows, colWidths=[30, 210, 270, 70, 65, 110], repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    path = HERE / "r117_qidong_county_hospital_pdf_counts_only_see_attachment_ledger_last_pages_status_in_remarks.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), title="整改进展情况通报", author="").build(story)


# --- C: a university college 党委, .html: body names the problems, the ledger table shortens them -----------------
COLLEGE: list[Aspect] = [
    (
        "落实立德树人根本任务方面",
        [
            (
                "课程思政建设推进不平衡，部分专业课程思政元素挖掘不深",
                "课程思政建设推进不平衡",
                "组织课程思政示范课评选，修订12门专业课教学大纲",
                "教学办",
                "2024年12月",
                "已完成",
            ),
            (
                "学生思想政治教育针对性不强，辅导员深入学生宿舍谈心谈话不够",
                "学生思想政治教育针对性不强",
                "建立辅导员联系宿舍制度，每月开展谈心谈话全覆盖",
                "学工办",
                "2024年11月",
                "已完成，长期坚持",
            ),
            (
                "研究生导师立德树人职责落实不到位，导学关系管理不规范",
                "研究生导师立德树人职责落实不到位",
                "制定导师立德树人职责清单，导师考核办法已提交学校研究生院审核，待审定后实施",
                "研究生办",
                "2025年6月",
                "正在推进",
            ),
        ],
    ),
    (
        "全面从严治党方面",
        [
            (
                "学院党委落实意识形态工作责任制不够到位，讲座论坛审批把关不严",
                "意识形态工作责任制落实不到位",
                "修订讲座论坛报告会审批管理办法，实行“一会一报”",
                "党政办",
                "2024年10月",
                "已完成",
            ),
            (
                "科研经费管理不规范，存在劳务费发放审核不严问题",
                "科研经费管理不规范",
                "开展科研经费专项检查，规范劳务费发放审核流程",
                "科研办",
                "2024年12月",
                "已完成",
            ),
            (
                "“三重一大”决策制度执行不严格，个别事项未经集体研究",
                "“三重一大”决策制度执行不严格",
                "修订党政联席会议议事规则，明确“三重一大”事项清单",
                "党政办",
                "2024年10月",
                "已完成",
            ),
        ],
    ),
    (
        "组织建设和师资队伍建设方面",
        [
            (
                "教师党支部书记“双带头人”培育不足，支部组织生活质量不高",
                "教师党支部“双带头人”培育不足",
                "选优配强教师党支部书记，实现“双带头人”全覆盖",
                "党政办",
                "2024年11月",
                "已完成",
            ),
            (
                "高层次人才引育成效不明显，青年教师培养体系不健全",
                "高层次人才引育成效不明显",
                "制定青年教师导师制实施方案，正在面向海内外招聘学科带头人2名",
                "人事办",
                "2025年8月",
                "正在推进",
            ),
        ],
    ),
]


def college() -> None:
    parts = [
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        "<title>中共某大学某学院委员会关于校党委第一巡察组巡察反馈意见整改进展情况的通报-某学院</title>\n</head>\n<body>\n"
        '<div class="header"><a href="/">首页</a> &gt; <a href="/xwgg">通知公告</a></div>\n'
        '<div class="article">\n<h1>中共某大学某学院委员会关于校党委第一巡察组巡察反馈意见整改进展情况的通报</h1>\n'
        '<div class="info">发布时间：2025-01-08 点击数：312</div>\n<div class="content">\n',
    ]
    paras = [
        "根据校党委统一部署，2024年5月13日至6月28日，校党委第一巡察组对学院党委进行了巡察，"
        "并于2024年7月9日反馈了巡察意见。学院党委照单全收、逐条整改，现将整改进展情况公布如下。",
        "一、整改工作的组织领导",
        "学院党委成立巡察整改工作领导小组，党委书记、院长任组长，制定整改方案，明确8个问题的整改措施、责任单位和完成时限。",
        "二、巡察反馈问题的整改落实情况",
        "巡察反馈的3个方面8个问题中，已完成整改6个，正在推进2个。",
    ]
    parts += [f"<p>{html.escape(t)}</p>\n" for t in paras]
    number = 0
    for a, (aspect, problems) in enumerate(COLLEGE):
        parts.append(f"<p><strong>（{'一二三'[a]}）{html.escape(aspect)}</strong></p>\n")
        for problem, _short, measures, _unit, _deadline, status in problems:
            number += 1
            mark = {"已完成": "已完成", "已完成，长期坚持": "已完成，长期坚持", "正在推进": "正在推进"}[status]
            parts.append(
                f"<p>{number}.{html.escape(problem)}。（{mark}）</p>\n<p>整改措施：{html.escape(measures)}。</p>\n"
            )
    for t in [
        "三、下一步工作",
        "学院党委将持续巩固拓展整改成果，对正在推进的事项实行挂图作战，确保整改到位。",
        "欢迎广大师生对整改工作进行监督，联系电话：0731-8xxxxxxx。",
    ]:
        parts.append(f"<p>{html.escape(t)}</p>\n")
    parts.append(
        '<p style="text-align:right">中共某大学某学院委员会</p>\n<p style="text-align:right">2025年1月6日</p>\n'
    )
    parts.append('<p>附件：巡察反馈问题整改落实情况台账</p>\n<table border="1" cellspacing="0">\n<tbody>\n')
    parts.append(
        "<tr><td>序号</td><td>问题类别</td><td>问题概述</td><td>责任单位</td><td>完成时限</td><td>整改状态</td></tr>\n"
    )
    number = 0
    for aspect, problems in COLLEGE:
        for _problem, short, _measures, unit, deadline, status in problems:
            number += 1
            cells = [str(number), aspect, short, unit, deadline, status]
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>\n")
    parts.append("</tbody>\n</table>\n</div>\n</div>\n")
    parts.append('<div class="footer">版权所有：某大学某学院 地址：长沙市岳麓区</div>\n</body>\n</html>\n')
    path = HERE / "r117_university_college_html_body_problems_bracket_status_then_ledger_table_short_titles.html"
    path.write_text("".join(parts), encoding="utf-8")


# --- D: a street 党工委, .txt: body gives counts only, the ledger pasted tab-separated, status in 备注 --------------
KAIFU: list[Aspect] = [
    (
        "贯彻落实上级决策部署方面",
        [
            (
                "",
                "基层治理网格化管理落实不到位，网格员履职考核不严",
                "重新划分网格42个，制定网格员履职考核办法",
                "综治办",
                "2024年9月",
                "已完成",
            ),
            (
                "",
                "老旧小区改造推进缓慢，部分小区改造项目进度滞后",
                "倒排工期推进3个老旧小区改造，目前2个已完工，1个正在施工中",
                "城建办",
                "2025年4月",
                "正在推进",
            ),
            (
                "",
                "信访矛盾化解不及时，重复信访问题较多",
                "建立信访积案领导包案制度，化解重复信访件9件",
                "信访办",
                "2024年10月",
                "已完成，长期坚持",
            ),
        ],
    ),
    (
        "全面从严治党方面",
        [
            (
                "",
                "社区“微权力”监督不到位，集体资产管理不规范",
                "清理社区集体资产，建立资产台账和“微权力”清单",
                "纪工委",
                "2024年10月",
                "已完成",
            ),
            (
                "",
                "执行中央八项规定精神不严，公务用车管理不规范",
                "修订公务用车管理办法，实行派车单和行车日志制度",
                "党政办",
                "2024年8月",
                "已完成",
            ),
            (
                "",
                "财政资金使用监管不严，部分项目资金拨付不规范",
                "开展专项资金清查，规范拨付审批流程",
                "财政所",
                "2024年11月",
                "已完成",
            ),
        ],
    ),
    (
        "基层党组织建设方面",
        [
            (
                "",
                "社区党组织书记队伍老化，后备力量储备不足",
                "建立社区后备干部人才库，储备后备干部18名",
                "组织办",
                "2024年11月",
                "已完成",
            ),
            (
                "",
                "非公企业和社会组织党建覆盖不够，部分“两新”组织未建立党组织",
                "排查“两新”组织52家，新建党组织4个，另有3家正在筹建中",
                "组织办",
                "2025年6月",
                "正在推进",
            ),
        ],
    ),
]


def kaifu() -> None:
    lines = [
        "中共开福区某街道工作委员会关于区委第四巡察组巡察反馈意见整改进展情况的通报",
        "",
        "根据区委统一部署，2024年3月18日至5月17日，区委第四巡察组对某街道党工委开展了常规巡察，"
        "2024年6月20日反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。",
        "一、整改工作组织开展情况",
        "街道党工委成立巡察整改工作领导小组，召开专题会议研究部署，逐项明确责任领导、责任科室和整改时限。",
        "二、整改任务落实情况",
        "对区委第四巡察组反馈的3个方面8个问题，街道党工委制定整改措施26条。截至目前，已完成整改6个，正在推进2个。"
        "各项问题整改落实情况详见附件。",
        "三、下一步工作打算",
        "街道党工委将持续跟踪问效，对正在推进的问题加强调度，确保整改见底见效。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-8xxxxxxx。",
        "",
        "中共开福区某街道工作委员会",
        "2024年12月16日",
        "",
        "附件",
        "区委第四巡察组反馈问题整改落实情况台账",
        "\t".join(["序号", "问题类别", "问题表现", "整改措施", "责任科室", "完成时限", "备注"]),
    ]
    number = 0
    for aspect, problems in KAIFU:
        for _body, title, measures, unit, deadline, status in problems:
            number += 1
            lines.append("\t".join([str(number), aspect, title, measures, unit, deadline, status]))
    path = HERE / "r117_kaifu_district_street_txt_counts_only_see_attachment_tab_ledger_status_in_remarks.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    chenzhou()
    qidong()
    college()
    kaifu()
