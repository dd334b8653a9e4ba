"""Build round 110's ledgers (run once: `python tests/data/genre/make_r110.py`); the files are committed.

Round 110 imitates 整改台账 whose rows are MEASURES: one problem spans several rows (one row per 整改措施), its cell
merged down or printed once and blank below, and a status stands on each measure's row. Four forms: a landscape
PDF as Word/WPS export a ruled table (merged problem cells drawn as spans, a two-row header repeated on the next
page, aspect rows across the table); a tab-separated paste as Excel puts a range on the clipboard (cells with line
breaks or quotes quoted, the problem only on its first row); a Word file whose ledger is two tables split by a page
break, each with its header row marked to repeat (w:tblHeader), the problem column vMerged, a 序号 column numbering
the measures running; an Excel book whose first sheet is a 汇总 of counts per status and whose second sheet is the
ledger with merged problem cells, a 整改进度 column per measure and a 备注 column. Bodies are named 某 (the problems
are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# a problem: (title, [(measure, status, extra cells...)])
Measure = tuple[str, ...]
Problem = tuple[str, list[Measure]]


# --- A: a county-level city hospital 党委's notice exported to PDF: prose, then a landscape ruled ledger ---------
XIANGXIANG: list[tuple[str, list[Problem]]] = [
    (
        "一、党的政治建设方面",
        [
            (
                "落实党委领导下的院长负责制不够到位，党委会与院长办公会议事范围界定不清",
                [
                    ("修订党委会议事规则和院长办公会议事规则，明确议事清单", "党委书记", "党办", "2024年8月", "已完成"),
                    ("建立党委会前置研究讨论重大问题清单", "党委书记", "党办", "2024年8月", "已完成"),
                ],
            ),
            (
                "意识形态工作责任制落实不到位，院内宣传阵地管理不规范",
                [
                    ("全面清理院内宣传阵地，建立审批登记台账", "党委副书记", "宣传科", "2024年9月", "已完成"),
                    ("党委每半年专题研究意识形态工作一次", "党委书记", "党办", "长期坚持", "已完成，长期坚持"),
                ],
            ),
        ],
    ),
    (
        "二、全面从严治党方面",
        [
            (
                "医药领域腐败问题集中整治不够深入，医药代表接待管理不严",
                [
                    ("制定医药代表接待管理办法，实行定时定点定人接待", "纪委书记", "纪检监察室", "2024年8月", "已完成"),
                    ("开展医药购销领域专项检查，查摆问题15个", "纪委书记", "纪检监察室", "2024年10月", "已完成"),
                    ("上线廉洁风险预警系统，目前系统正在招标采购中", "院长", "信息科", "2025年3月", "正在推进"),
                ],
            ),
            (
                "财务管理不规范，部分科室存在超范围列支费用问题",
                [
                    (
                        "全面清查2022年以来费用列支情况，追回违规资金3.6万元",
                        "总会计师",
                        "财务科",
                        "2024年9月",
                        "已完成",
                    ),
                    ("修订财务报销管理制度", "总会计师", "财务科", "2024年9月", "已完成"),
                ],
            ),
            (
                "大型医用设备采购论证不充分，个别设备使用率偏低",
                [
                    ("建立大型设备采购可行性论证和使用效益评价制度", "副院长", "设备科", "2024年10月", "已完成"),
                    ("对使用率偏低的2台设备实行院内调配使用", "副院长", "设备科", "2024年10月", "已完成"),
                ],
            ),
        ],
    ),
    (
        "三、党的组织建设方面",
        [
            (
                "基层党支部建设薄弱，临床科室党支部书记“双带头人”比例偏低",
                [
                    ("调整优化党支部设置，选优配强支部书记", "党委副书记", "组织人事科", "2024年9月", "已完成"),
                    (
                        "实施“双带头人”培育工程，已推荐培养对象6名，待市卫健委党组审批后任用",
                        "党委副书记",
                        "组织人事科",
                        "2025年6月",
                        "正在推进",
                    ),
                ],
            ),
            (
                "人才队伍建设滞后，高层次人才引进培养机制不健全",
                [
                    ("制定高层次人才引进办法", "院长", "组织人事科", "2024年10月", "已完成"),
                    ("选派12名骨干医师到省级医院进修", "院长", "医务科", "2024年12月", "已完成"),
                    ("落实人才激励措施，建立长效培养机制", "院长", "组织人事科", "长期坚持", "已完成，长期坚持"),
                ],
            ),
        ],
    ),
]


def xiangxiang() -> None:
    body = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=24, firstLineIndent=28, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=FONT, fontSize=20, leading=30, alignment=1)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=14, wordWrap="CJK")
    right = ParagraphStyle("right", parent=body, alignment=2, firstLineIndent=0)

    def p(text: str) -> Paragraph:
        return Paragraph(text, cell)

    rows: list[list[object]] = [
        [p("序号"), p("反馈问题"), p("整改措施"), p("整改责任"), "", p("整改时限"), p("完成情况")],
        ["", "", "", p("责任领导"), p("责任科室"), "", ""],
    ]
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (4, 0)),
        ("SPAN", (5, 0), (5, 1)),
        ("SPAN", (6, 0), (6, 1)),
    ]
    number = 0
    for aspect, problems in XIANGXIANG:
        style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([p(aspect), "", "", "", "", "", ""])
        for title, measures in problems:
            number += 1
            first = len(rows)
            for k, measure in enumerate(measures):
                rows.append([p(str(number)) if k == 0 else "", p(title) if k == 0 else "", *map(p, measure)])
            style.append(("SPAN", (0, first), (0, len(rows) - 1)))
            style.append(("SPAN", (1, first), (1, len(rows) - 1)))
    table = Table(rows, colWidths=[36, 190, 220, 74, 78, 66, 96], repeatRows=2)
    table.setStyle(TableStyle(style))
    story = [
        Paragraph("中共湘乡市某医院委员会关于市委第一巡察组", head),
        Paragraph("巡察反馈意见整改进展情况的通报", head),
        Spacer(1, 12),
        Paragraph(
            "根据市委统一部署，2024年3月11日至5月10日，市委第一巡察组对市某医院党委开展了常规巡察，并于2024年6月14日"
            "反馈了巡察意见。医院党委照单全收、逐条认领，针对反馈的3个方面7个问题细化整改措施16条，建立整改台账，"
            "实行销号管理。截至目前，已完成整改5个，正在推进2个。现将整改进展情况通报如下：",
            body,
        ),
        Spacer(1, 8),
        table,
        Spacer(1, 12),
        Paragraph(
            "欢迎广大干部职工和群众对巡察整改落实情况进行监督。联系电话：0731-56789012；电子信箱：xxyyjw@163.com。",
            body,
        ),
        Spacer(1, 24),
        Paragraph("中共湘乡市某医院委员会", right),
        Paragraph("2024年12月20日", right),
    ]
    path = HERE / "r110_xiangxiang_city_hospital_pdf_landscape_ledger_spanned_problems_two_row_header_repeated.pdf"

    def foot(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(FONT, 12)
        canvas.drawCentredString(landscape(A4)[0] / 2, 30, f"— {doc.page} —")

    pdf = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), title=path.stem, topMargin=56, bottomMargin=56, leftMargin=40, rightMargin=40
    )
    pdf.build(story, onFirstPage=foot, onLaterPages=foot)


# --- B: a township 党委's ledger copied from Excel and pasted into a chat: tab-separated, quoted multi-line cells -
TONGLU: list[tuple[str, list[Problem]]] = [
    (
        "政治建设方面",
        [
            (
                "学习贯彻党的二十大精神不够深入，理论学习流于形式",
                [
                    ("已完成", "制定党委理论学习中心组年度学习计划，每月集中学习1次", "党委书记", "2024年7月"),
                    ("已完成并长期坚持", "开展“学思想、强党性”专题研讨，每季度1次", "党委书记", "长期坚持"),
                ],
            ),
            (
                "耕地保护责任落实不到位，存在违法占用耕地建房问题",
                [
                    ("已完成", "对2020年以来违法占地问题开展全面排查，拆除违法建筑5处", "分管副镇长", "2024年8月"),
                    (
                        "推进中",
                        "剩余2处违法建筑已下达限期拆除通知书，正在督促当事人自行拆除",
                        "分管副镇长",
                        "2024年12月",
                    ),
                    ("已完成", "建立镇村两级耕地保护网格化巡查机制", "分管副镇长", "2024年8月"),
                ],
            ),
        ],
    ),
    (
        "全面从严治党方面",
        [
            (
                "村级财务管理不规范，部分村白条入账、大额资金支出未经集体研究",
                [
                    (
                        "已完成",
                        "对12个村2022年以来财务收支开展专项审计\n发现问题23个，均已整改到位",
                        "纪委书记",
                        "2024年8月",
                    ),
                    ("已完成", "修订村级财务管理办法，严格落实“四议两公开”", "纪委书记", "2024年8月"),
                ],
            ),
            (
                "惠民惠农资金监管不严，个别村存在重复申领补贴问题",
                [
                    ("已完成", "追缴重复申领的补贴资金1.2万元", "分管副镇长", "2024年7月"),
                    ("已完成", "建立补贴发放公示和复核制度", "分管副镇长", "2024年7月"),
                ],
            ),
        ],
    ),
    (
        "基层组织建设方面",
        [
            (
                '村党组织"三会一课"制度落实不到位，\n部分支部组织生活不规范',
                [
                    ("已完成", "开展支部组织生活专项检查，对3个村党支部书记进行约谈", "组织委员", "2024年7月"),
                    ("已完成并长期坚持", '每月通报各支部"三会一课"开展情况', "组织委员", "长期坚持"),
                ],
            ),
            (
                "村级后备力量培养不足，村干部年龄结构老化",
                [
                    ("推进中", "建立村级后备干部库，正在组织第二批后备干部集中培训", "组织委员", "2024年12月"),
                    ("已完成", "每村选派1名年轻干部到镇机关跟班学习", "组织委员", "2024年9月"),
                ],
            ),
        ],
    ),
]


def excel_cell(text: str) -> str:
    """A cell as Excel puts it on the clipboard: quoted (inner quotes doubled) where it holds a break or a quote."""
    if any(c in text for c in '\n\t"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def tonglu() -> None:
    width = 7
    lines = ["桐庐县某镇党委落实县委第三巡察组反馈意见整改情况台账" + "\t" * (width - 1)]
    lines.append("\t".join(["序号", "问题类别", "具体问题", "整改进度", "整改措施", "责任人", "完成时限"]))
    number = 0
    for aspect, problems in TONGLU:
        for a, (title, measures) in enumerate(problems):
            number += 1
            for k, measure in enumerate(measures):
                lead = [str(number), aspect if a == 0 else "", title] if k == 0 else ["", "", ""]
                lines.append("\t".join(excel_cell(c) for c in [*lead, *measure]))
    path = HERE / "r110_tonglu_town_tsv_excel_paste_problem_on_first_row_quoted_cells_status_before_measures.txt"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")


# --- C: a university college 党委's Word notice: the ledger in two tables split by a page break -------------------
COLLEGE: list[tuple[str, list[Problem]]] = [
    (
        "党的政治建设方面",
        [
            (
                "落实立德树人根本任务不够到位，课程思政建设推进不平衡",
                [
                    ("制定学院课程思政建设实施方案", "已完成", "党委书记", "党政办公室", "2024年7月"),
                    ("立项建设课程思政示范课程8门", "已完成", "院长", "教学办公室", "2024年9月"),
                    ("将课程思政成效纳入教师考核评价", "已完成", "院长", "教学办公室", "2024年9月"),
                ],
            ),
            (
                "意识形态阵地管理存在薄弱环节，讲座论坛报告会审批把关不严",
                [
                    ("修订学院讲座论坛报告会管理办法", "已完成", "党委书记", "党政办公室", "2024年7月"),
                    ("落实“一会一报”审批制度", "已完成并长期坚持", "党委书记", "党政办公室", "长期坚持"),
                ],
            ),
        ],
    ),
    (
        "全面从严治党方面",
        [
            (
                "科研经费管理不规范，部分项目存在超范围支出",
                [
                    ("全面清查2021年以来纵向科研项目经费使用情况", "已完成", "院长", "科研办公室", "2024年8月"),
                    ("追回违规支出经费2.3万元", "已完成", "院长", "科研办公室", "2024年8月"),
                    ("修订学院科研经费管理实施细则", "已完成", "院长", "科研办公室", "2024年9月"),
                ],
            ),
            (
                "“三重一大”决策制度执行不严格，个别事项未经集体研究决定",
                [
                    ("修订学院党政联席会议议事规则", "已完成", "党委书记", "党政办公室", "2024年7月"),
                    ("建立“三重一大”事项决策台账", "已完成", "党委书记", "党政办公室", "2024年7月"),
                ],
            ),
            (
                "招生考试监督不到位，研究生复试录取程序不够规范",
                [
                    ("修订研究生复试录取工作细则", "已完成", "副院长", "研究生办公室", "2024年9月"),
                    ("建设复试全程录像管理系统，目前系统正在调试中", "正在推进", "副院长", "研究生办公室", "2025年3月"),
                ],
            ),
        ],
    ),
    (
        "组织建设和干部队伍建设方面",
        [
            (
                "教工党支部“双带头人”培育不足，支部书记队伍结构不优",
                [
                    ("调整优化教工党支部设置", "已完成", "党委副书记", "组织员办公室", "2024年9月"),
                    (
                        "选拔培育“双带头人”支部书记，2名人选已报校党委组织部审批",
                        "正在推进",
                        "党委副书记",
                        "组织员办公室",
                        "2024年12月",
                    ),
                ],
            ),
            (
                "青年教师培养机制不健全，传帮带作用发挥不充分",
                [
                    ("实施青年教师导师制，为21名青年教师配备导师", "已完成", "院长", "教学办公室", "2024年9月"),
                    ("每年组织青年教师教学竞赛", "已完成并长期坚持", "院长", "教学办公室", "长期坚持"),
                ],
            ),
        ],
    ),
]
COLLEGE_HEAD = ["序号", "问题类别", "巡察反馈问题", "整改措施", "完成情况", "责任领导", "责任单位", "完成时限"]


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    tr_pr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def _ledger_table(document, problems: list[tuple[str, str, list[Measure]]], start: int) -> int:  # type: ignore[no-untyped-def]
    """Write one table of the ledger (header row marked to repeat), vMerging the class and problem cells; return the
    next measure number."""
    count = sum(len(m) for _, _, m in problems)
    table = document.add_table(rows=1 + count, cols=len(COLLEGE_HEAD))
    table.style = "Table Grid"
    for c, text in zip(table.rows[0].cells, COLLEGE_HEAD, strict=True):
        c.paragraphs[0].add_run(text).bold = True
    _repeat_header(table.rows[0])
    row = 1
    number = start
    spans: list[tuple[int, int, int, str]] = []
    class_first, class_name = 1, problems[0][0]
    for aspect, title, measures in problems:
        if aspect != class_name:
            spans.append((1, class_first, row - 1, class_name))
            class_first, class_name = row, aspect
        spans.append((2, row, row + len(measures) - 1, title))
        for measure in measures:
            cells = table.rows[row].cells
            cells[0].text = str(number)
            for col, text in enumerate(measure, start=3):
                cells[col].text = text
            number += 1
            row += 1
    spans.append((1, class_first, row - 1, class_name))
    for col, first, last, text in spans:
        merged = table.cell(first, col).merge(table.cell(last, col)) if last > first else table.cell(first, col)
        merged.text = text
    return number


def college() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run("中共某大学外国语学院委员会关于校党委第二巡察组巡察反馈意见整改进展情况的通报").bold = True
    document.add_paragraph(
        "根据学校党委统一部署，2024年4月8日至5月24日，校党委第二巡察组对外国语学院党委开展了巡察，"
        "并于2024年6月21日反馈了巡察意见。学院党委对照反馈的3个方面7个问题，逐条制定整改措施16条。"
        "7个问题中已有5个完成整改，其余2个正在持续推进。现将整改进展情况通报如下："
    )
    document.add_paragraph("附：巡察反馈意见整改落实台账")
    flat: list[tuple[str, str, list[Measure]]] = []
    for aspect, problems in COLLEGE:
        for title, measures in problems:
            flat.append((aspect, title, measures))
    number = _ledger_table(document, flat[:4], 1)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _ledger_table(document, flat[4:], number)
    document.add_paragraph(
        "下一步，学院党委将持续推动未完成事项整改到位。欢迎广大师生对巡察整改落实情况进行监督，联系电话：027-87654321。"
    )
    for text in ("中共某大学外国语学院委员会", "2024年11月15日"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(
        HERE
        / "r110_university_college_docx_two_tables_page_break_tblheader_vmerged_problems_running_measure_numbers.docx"
    )


# --- D: a city bureau 党组's Excel book: a 汇总 sheet of counts, then the ledger with 整改进度 and 备注 -------------
JIUJIANG: list[tuple[str, list[tuple[str, str, list[Measure]]]]] = [
    (
        "贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "食品安全监管责任落实不到位，校园食品安全检查存在盲区",
                "分管副局长",
                [
                    ("开展校园及周边食品安全专项检查，覆盖学校326所", "食品经营科", "2024年6月", "已完成", ""),
                    (
                        "建设校园食堂“互联网+明厨亮灶”监管平台",
                        "食品经营科",
                        "2024年12月",
                        "正在推进",
                        "平台建设项目正在招标",
                    ),
                ],
            ),
            (
                "优化营商环境举措落实不够有力，企业开办审批环节多",
                "分管副局长",
                [
                    ("压缩企业开办时间至1个工作日", "登记注册科", "2024年6月", "已完成", ""),
                    ("推行经营主体登记“一网通办”", "登记注册科", "2024年6月", "已完成", "长期坚持"),
                ],
            ),
        ],
    ),
    (
        "落实全面从严治党战略部署方面",
        [
            (
                "落实中央八项规定精神有差距，公务用车管理不规范",
                "党组书记、局长",
                [
                    ("开展公务用车使用情况专项检查", "办公室", "2024年5月", "已完成", ""),
                    ("为公务车辆安装北斗定位系统", "办公室", "2024年6月", "已完成", ""),
                ],
            ),
            (
                "行政执法不规范，部分案件超期办理",
                "分管副局长",
                [
                    ("对2022年以来办结案件开展案卷评查", "法规科", "2024年6月", "已完成", ""),
                    ("建立案件办理时限预警制度", "法规科", "2024年6月", "已完成", ""),
                    ("对超期办案责任人进行约谈提醒", "法规科", "2024年5月", "已完成", ""),
                ],
            ),
        ],
    ),
    (
        "落实新时代党的组织路线方面",
        [
            (
                "干部教育培训针对性不强，基层执法人员业务能力不足",
                "党组成员、副局长",
                [
                    ("制定年度干部教育培训计划", "人事科", "2024年5月", "已完成", ""),
                    ("开展执法业务大练兵大比武", "人事科", "长期坚持", "已完成，长期坚持", ""),
                ],
            ),
            (
                "所属事业单位机构编制管理不规范，存在混岗使用人员问题",
                "党组成员、副局长",
                [
                    ("清理规范混岗使用人员11名", "人事科", "2024年6月", "已完成", ""),
                    ("制定所属事业单位机构调整方案并上报市委编办", "人事科", "2024年9月", "已完成", "待市委编办批复"),
                ],
            ),
        ],
    ),
]


def jiujiang() -> openpyxl.Workbook:
    wrap = Alignment(wrap_text=True, vertical="center")
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.cell(1, 1, "九江市某局党组巡察整改进展情况汇总表").font = Font(bold=True, size=16)
    summary.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    for r, row in enumerate(
        [["整改状态", "问题数（个）", "整改措施（条）"], ["已完成", 5, 13], ["正在推进", 1, 1], ["合计", 6, 14]],
        start=2,
    ):
        for c, value in enumerate(row, start=1):
            summary.cell(r, c, value)
    summary.cell(7, 1, "填报单位（盖章）：中共九江市某局党组")
    summary.cell(8, 1, "填报时间：2024年10月28日")

    sheet = book.create_sheet("整改台账")
    head = ["序号", "问题类别", "反馈问题", "责任领导", "整改措施", "责任科室", "整改时限", "整改进度", "备注"]
    sheet.cell(1, 1, "中共九江市某局党组关于市委第四巡察组反馈意见整改落实台账").font = Font(bold=True, size=16)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    for c, text in enumerate(head, start=1):
        sheet.cell(2, c, text).font = Font(bold=True)
    row = 3
    number = 0
    for aspect, problems in JIUJIANG:
        aspect_first = row
        for title, leader, measures in problems:
            number += 1
            first = row
            for measure in measures:
                for c, value in enumerate(measure, start=5):
                    if value:
                        sheet.cell(row, c, value).alignment = wrap
                row += 1
            for c, value in ((1, number), (3, title), (4, leader)):
                sheet.cell(first, c, value).alignment = wrap
                if row - 1 > first:
                    sheet.merge_cells(start_row=first, start_column=c, end_row=row - 1, end_column=c)
        sheet.cell(aspect_first, 2, aspect).alignment = wrap
        sheet.merge_cells(start_row=aspect_first, start_column=2, end_row=row - 1, end_column=2)
    return book


def main() -> None:
    xiangxiang()
    tonglu()
    college()
    jiujiang().save(
        HERE / "r110_jiujiang_city_bureau_xlsx_summary_sheet_then_ledger_merged_problems_progress_remarks.xlsx"
    )


if __name__ == "__main__":
    main()
