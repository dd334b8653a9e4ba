"""Build round 96's Word files (run once: `python tests/data/genre/make_r96.py`); the .docx files are committed.

Round 96 imitates notices as users forward them in Word: numbers from Word's automatic list numbering (the number
is in numbering.xml, not in the paragraph's text), headings in Word heading styles, a 整改台账 as a Word table with
merged cells, headers and footers holding a title line and page numbers, bold red status runs, soft line breaks
(Shift+Enter) inside paragraphs and full-width spaces for indents. Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

HERE = Path(__file__).parent
RED = RGBColor(0xFF, 0x00, 0x00)
INDENT = "\u3000\u3000"


# --- Word's own list numbering: an abstractNum with its levels, a num pointing at it, numPr on the paragraphs ---
def numbering(document: docx.document.Document, levels: list[tuple[str, str]]) -> int:
    """Add a list definition whose levels are (numFmt, lvlText); return its numId."""
    part = document.part.numbering_part.element
    abstract_id = 100 + len(part.findall(qn("w:abstractNum")))
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    first_num = part.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        part.append(abstract)
    num_id = 100 + len(part.findall(qn("w:num")))
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    part.append(num)
    return num_id


def numbered(paragraph, num_id: int, ilvl: int = 0):  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", ilvl), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), str(value))
        numpr.append(child)
    ppr.append(numpr)
    return paragraph


def status_run(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = RED


def page_footer(document: docx.document.Document, before: str, after: str) -> None:
    """A footer with a PAGE field between two texts (— 1 — / 第 1 页)."""
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(before)
    run = footer.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            el.text = text
        run._r.append(el)
    footer.add_run(after)


def body(document: docx.document.Document, text: str, indent: bool = True):  # type: ignore[no-untyped-def]
    """A paragraph; '\n' in text becomes a soft line break (Shift+Enter)."""
    paragraph = document.add_paragraph()
    for n, line in enumerate(text.split("\n")):
        run = paragraph.add_run((INDENT if indent and n == 0 else "") + line)
        if n < len(text.split("\n")) - 1:
            run.add_break()
    return paragraph


def labelled(document: docx.document.Document, label: str, text: str):  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.add_run(INDENT)
    paragraph.add_run(label).bold = True
    paragraph.add_run(text)
    return paragraph


def signature(document: docx.document.Document, name: str, date: str) -> None:
    for text in (name, date):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def title(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph(text, style="Title")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


# --- A: a city justice bureau 党组: heading styles, aspects and problems by Word numbering, red status after titles ---
def yueyang() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "岳阳市某局党组文件"
    page_footer(document, "— ", " —")
    title(document, "中共岳阳市某局党组关于市委第三巡察组巡察反馈意见整改进展情况的通报")
    body(
        document,
        "根据市委统一部署，2024年3月11日至5月10日，市委第三巡察组对市某局党组开展了常规巡察。"
        "2024年6月14日，市委第三巡察组向局党组反馈了巡察意见。按照党务公开和巡察工作有关要求，"
        "现将巡察整改进展情况予以公布。",
    )
    document.add_paragraph("一、整改工作开展情况", style="Heading 1")
    body(
        document,
        "局党组把巡察整改作为重大政治任务，成立整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”。"
        "对巡察反馈的3个方面6个问题，已完成整改4个，正在推进整改2个。",
    )
    document.add_paragraph("二、巡察反馈问题整改落实情况", style="Heading 1")
    aspects = numbering(document, [("chineseCounting", "（%1）")])
    problems = numbering(document, [("decimal", "%1.")])
    for aspect, items in (
        (
            "贯彻落实党的路线方针政策和党中央决策部署方面",
            [
                (
                    "法治宣传教育针对性不强，“八五”普法责任清单落实不到位。",
                    "【已完成】",
                    "整改措施：修订普法责任清单，明确42家成员单位普法任务；开展“法律进企业”活动18场。\n"
                    "整改成效：责任清单已印发执行，纳入年度绩效考评。",
                ),
                (
                    "公共法律服务体系建设推进缓慢，部分乡镇公共法律服务工作站运行不规范。",
                    "【正在推进】",
                    "整改措施：制定工作站建设标准，逐站开展检查。\n"
                    "整改成效：已完成21个工作站规范化改造，剩余6个工作站改造方案正在报市政府审批。",
                ),
            ],
        ),
        (
            "落实全面从严治党战略部署方面",
            [
                (
                    "党组落实主体责任不够到位，对下属单位监督管理偏软。",
                    "【已完成】",
                    "整改措施：召开专题民主生活会，签订责任书15份，开展下属单位专项检查2轮。",
                ),
                (
                    "公务用车管理不规范，存在派车审批手续不全问题。",
                    "【已完成并长期坚持】",
                    "整改措施：修订公务用车管理办法，启用车辆管理平台，实行派车审批全程留痕。",
                ),
            ],
        ),
        (
            "落实新时代党的组织路线方面",
            [
                (
                    "基层党组织建设不够规范，个别支部组织生活质量不高。",
                    "【已完成】",
                    "整改措施：开展支部书记轮训，规范“三会一课”记录，评选标准化支部3个。",
                ),
                (
                    "人民调解员队伍专业化程度不高，专职调解员配备不足。",
                    "【正在推进】",
                    "整改措施：制定调解员队伍建设方案，新招聘专职调解员12名。\n"
                    "整改成效：剩余8名专职调解员招聘计划待省厅批复后实施。",
                ),
            ],
        ),
    ):
        numbered(document.add_paragraph(aspect, style="Heading 2"), aspects)
        for problem, status, measures in items:
            paragraph = numbered(document.add_paragraph(), problems)
            paragraph.add_run(problem)
            status_run(paragraph, status)
            body(document, measures)
    document.add_paragraph("三、下一步工作打算", style="Heading 1")
    body(document, "局党组将持续抓好未完成事项整改，确保件件有着落、事事有回音。")
    body(document, "欢迎广大干部群众对巡察整改情况进行监督。联系电话：0730-8888888。")
    signature(document, "中共岳阳市某局党组", "2024年11月8日")
    document.save(HERE / "r96_yueyang_city_justice_bureau_docx_word_numbering_heading_styles_red_status.docx")


# --- B: a county hospital 党委: the ledger as a Word table, area cells merged, a status column with an empty cell ---
def youxian() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "攸县某医院党委办公室"
    page_footer(document, "第 ", " 页")
    title(document, "中共攸县某医院委员会关于县委巡察反馈意见整改进展情况的通报")
    body(
        document,
        "根据县委统一部署，2024年4月8日至6月7日，县委第一巡察组对县某医院党委进行了巡察，"
        "并于2024年7月5日反馈了巡察意见。现将整改进展情况通报如下：",
    )
    document.add_paragraph("一、整改工作总体情况", style="Heading 1")
    body(
        document,
        "医院党委召开专题会议研究部署整改工作，逐条制定整改措施。巡察反馈的3个方面7个问题中，"
        "已完成整改4个，正在整改3个。",
    )
    document.add_paragraph("二、整改台账", style="Heading 1")
    rows = [
        (
            "政治建设方面",
            "落实党委领导下的院长负责制不够到位，党委会议事规则不健全",
            "修订党委会议事规则。\n明确“三重一大”事项清单。",
            "党委办公室",
            "2024年9月",
            "已完成",
        ),
        (
            "政治建设方面",
            "意识形态工作责任制落实不到位，院内宣传阵地管理不严",
            "建立宣传阵地审批登记制度，清理过期展板。",
            "宣传科",
            "2024年8月",
            "已完成",
        ),
        (
            "政治建设方面",
            "服务县域医疗卫生发展大局不够有力，胸痛中心建设滞后",
            "制定胸痛中心建设方案，配齐专业人员。\n导管室设备采购正在招标中。",
            "医务科",
            "2025年3月",
            "正在推进",
        ),
        (
            "医疗服务方面",
            "医疗质量安全核心制度执行不严，病历书写不规范",
            "开展病历质量专项检查，每月通报。",
            "医务科\n质控科",
            "长期坚持",
            "已完成，长期坚持",
        ),
        (
            "医疗服务方面",
            "药品耗材管理存在漏洞，部分高值耗材出入库登记不全",
            "上线耗材管理系统，实行扫码出入库。",
            "",
            "2024年12月",
            "",
        ),
        (
            "全面从严治党方面",
            "廉洁风险防控机制不健全，重点岗位轮岗交流不及时",
            "梳理重点岗位风险点，制定轮岗计划，待市卫健委验收后全面推行。",
            "纪检监察室",
            "2024年12月",
            "基本完成",
        ),
        (
            "全面从严治党方面",
            "违规收受医药代表宴请问题时有发生，警示教育不经常",
            "开展警示教育2次，签订廉洁承诺书460份。",
            "纪检监察室",
            "2024年9月",
            "已完成",
        ),
    ]
    table = document.add_table(rows=1 + len(rows), cols=7)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("序号", "问题类别", "存在问题", "整改措施", "责任科室", "完成时限", "完成情况"),
        strict=True,
    ):
        cell.paragraphs[0].add_run(text).bold = True
    for n, row in enumerate(rows, start=1):
        cells = table.rows[n].cells
        cells[0].text = str(n)
        for col, text in enumerate(row[1:], start=2):
            paragraph = cells[col].paragraphs[0]
            lines = text.split("\n")
            for k, line in enumerate(lines):
                run = paragraph.add_run(line)
                if col == 6:
                    run.bold, run.font.color.rgb = True, RED
                if k < len(lines) - 1:
                    run.add_break()
    for first, last, text in ((1, 3, rows[0][0]), (4, 5, rows[3][0]), (6, 7, rows[5][0])):
        merged = table.cell(first, 1).merge(table.cell(last, 1))
        merged.text = text
    document.add_paragraph("三、下一步工作", style="Heading 1")
    body(document, "对尚未完成的问题，医院党委将持续跟踪督办，确保整改到位。联系电话：0731-2222222。")
    signature(document, "中共攸县某医院委员会", "2024年12月2日")
    document.save(HERE / "r96_youxian_county_hospital_docx_word_table_merged_area_cells_status_column.docx")


# --- C: a provincial university college 党委: 问题N by Word numbering, four bold-labelled fields per problem ---
def college() -> None:
    document = docx.Document()
    page_footer(document, "", "")
    title(document, "中共某大学化学化工学院委员会关于校党委第二巡察组巡察反馈意见整改进展情况的通报")
    body(
        document,
        "根据学校党委统一部署，2024年4月15日至5月31日，校党委第二巡察组对化学化工学院党委开展了巡察，"
        "2024年6月28日反馈了巡察意见。学院党委坚决扛起整改主体责任，现将整改进展情况公布如下。",
    )
    document.add_paragraph("一、整改工作基本情况", style="Heading 1")
    body(document, "巡察反馈问题共3个方面6个问题，截至2024年12月，已完成整改4个，2个正在推进。")
    document.add_paragraph("二、具体问题整改情况", style="Heading 1")
    problems = numbering(document, [("decimal", "问题%1：")])
    for aspect, items in (
        (
            "（一）党的政治建设方面",
            [
                (
                    "学院党委把方向、管大局、保落实作用发挥不充分，党政联席会议制度执行不严格",
                    "修订党政联席会议议事规则",
                    "学院党委",
                    "2024年10月",
                    "已完成。议事规则已印发执行。",
                ),
                (
                    "学习贯彻党的创新理论不够深入，理论学习中心组学习形式单一",
                    "制定年度学习计划，开展专题研讨",
                    "学院党委",
                    "2024年9月",
                    "已完成。",
                ),
            ],
        ),
        (
            "（二）立德树人根本任务方面",
            [
                (
                    "课程思政建设推进不平衡，部分专业课程思政元素挖掘不够",
                    "建设课程思政示范课程，开展教学观摩",
                    "教学办公室",
                    "2025年7月",
                    "持续推进中。已立项示范课程6门，4门正在建设中。",
                ),
                (
                    "研究生导师立德树人职责落实不到位，导学关系管理不规范",
                    "出台导师职责清单，开展导师培训",
                    "研究生办公室",
                    "2024年11月",
                    "已完成。",
                ),
            ],
        ),
        (
            "（三）全面从严治党方面",
            [
                (
                    "科研经费管理不规范，部分项目存在报销手续不全问题",
                    "开展科研经费专项检查，完善报销审核流程",
                    "学院办公室",
                    "长期",
                    "已完成，并长期坚持。",
                ),
                (
                    "实验室安全管理存在薄弱环节，危险化学品台账不健全",
                    "建立危化品全流程管理台账，改造试剂库房",
                    "实验中心",
                    "2025年6月",
                    "正在推进。试剂库房改造方案已报学校审批。",
                ),
            ],
        ),
    ):
        document.add_paragraph(aspect, style="Heading 2")
        for problem, task, unit, deadline, progress in items:
            numbered(document.add_paragraph(problem, style="Heading 3"), problems)
            labelled(document, "整改任务：", task)
            labelled(document, "责任单位：", unit)
            labelled(document, "完成时限：", deadline)
            paragraph = labelled(document, "完成情况：", "")
            head, _, rest = progress.partition("。")
            status_run(paragraph, head + "。")
            paragraph.add_run(rest)
    document.add_paragraph("三、下一步工作", style="Heading 1")
    body(document, "学院党委将持续推进未完成事项整改，巩固整改成果。联系电话：0791-8333333。")
    signature(document, "中共某大学化学化工学院委员会", "2024年12月20日")
    document.save(HERE / "r96_university_college_docx_wenti_n_word_numbering_field_blocks.docx")


# --- D: a district SOE 党委: status parts as Heading 1 with Word numbering 一、, items 1. by Word numbering ---
def baohe() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "中共合肥市包河区某集团有限公司委员会关于巡察整改进展情况的通报"
    page_footer(document, "- ", " -")
    title(document, "关于巡察整改进展情况的通报")
    body(
        document,
        "2024年3月25日至5月24日，区委第四巡察组对区某集团有限公司党委进行了巡察。"
        "2024年6月20日，区委第四巡察组向集团党委反馈了巡察意见。\n"
        "集团党委对巡察反馈的3个方面7个问题照单全收，其中已完成整改5个，正在推进2个。现将有关情况通报如下。",
    )
    parts = numbering(document, [("chineseCounting", "%1、")])
    items = numbering(document, [("decimal", "%1.")])
    for part, entries in (
        (
            "已完成整改的问题（5个）",
            [
                (
                    "国有资本投资方向把握不准，部分投资项目论证不充分。",
                    "修订投资管理办法，建立投资项目负面清单，对在建项目开展后评价。",
                ),
                (
                    "“三重一大”决策制度执行不严格，个别事项未经集体研究。",
                    "修订“三重一大”决策事项清单，建立会议决策台账。",
                ),
                ("子公司财务管控薄弱，资金支付审批不规范。", "上线资金集中管控平台，子公司资金支付全部线上审批。"),
                ("选人用人工作不够规范，干部档案审核不严。", "开展干部档案专项审核，补齐材料32份。"),
                (
                    "工程招投标管理存在漏洞，个别项目化整为零规避招标。",
                    "修订招标采购管理办法，开展专项检查，追责问责2人。",
                ),
            ],
        ),
        (
            "正在推进整改的问题（2个）",
            [
                (
                    "闲置资产盘活力度不够，部分房产长期空置。",
                    "制定资产盘活方案，已盘活房产3处，剩余2处正在挂牌招租中。",
                ),
                (
                    "历史遗留问题化解不力，部分安置房产权证办理滞后。",
                    "成立工作专班，已办理产权证210本，剩余56本待区不动产登记中心审核。",
                ),
            ],
        ),
    ):
        numbered(document.add_paragraph(part, style="Heading 1"), parts)
        for problem, measures in entries:
            paragraph = numbered(document.add_paragraph(problem), items)
            paragraph.runs[0].bold = True
            labelled(document, "整改情况：", measures)
    numbered(document.add_paragraph("下一步工作打算", style="Heading 1"), parts)
    body(document, "集团党委将对未完成整改的问题持续跟踪，确保按期完成。联系电话：0551-6666666。")
    signature(document, "中共合肥市包河区某集团有限公司委员会", "2024年11月28日")
    document.save(HERE / "r96_baohe_district_soe_docx_status_parts_word_numbering_header_title.docx")


if __name__ == "__main__":
    yueyang()
    youxian()
    college()
    baohe()
