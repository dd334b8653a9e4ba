"""Build round 113's Word files (run once: `python tests/data/genre/make_r113.py`); the .docx files are committed.

Round 113 imitates notices as users forward them in Word, part three: running headers and footers with page-number
fields (first page apart), footnotes whose marks stand after a problem's title, Wingdings check boxes (w:sym) ticking
a ledger's status column, tracked changes inside a table (rows inserted and deleted, a number retyped, a paragraph's
properties changed), a 已完成 stamp drawn as a text box beside each problem (DrawingML with its VML fallback, so the
box's text is in the file twice), a title set in a text box, a landscape section holding the ledger between portrait
parts, and soft line breaks inside titles. Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

HERE = Path(__file__).parent
RED = RGBColor(0xC0, 0x00, 0x00)
INDENT = "\u3000\u3000"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2024-11-02T09:30:00Z"


# --- small builders --------------------------------------------------------------------------------------------------
def body(document, text: str, indent: bool = True):  # type: ignore[no-untyped-def]
    """A paragraph; '\n' in text becomes a soft line break (Shift+Enter)."""
    paragraph = document.add_paragraph()
    soft(paragraph, (INDENT if indent else "") + text)
    return paragraph


def soft(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    lines = text.split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        if n < len(lines) - 1:
            run.add_break()


def heading(document, text: str):  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.add_run(INDENT + text).bold = True
    return paragraph


def title(document, text: str) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = True


def signature(document, name: str, date: str) -> None:  # type: ignore[no-untyped-def]
    for text in (name, date):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def field(paragraph, instruction: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    """A complex field (PAGE, NUMPAGES) with its last computed value."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, shown), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == f" {instruction} " else "w:t")
            el.text = text
        run._r.append(el)


def running_header(section, name: str) -> None:  # type: ignore[no-untyped-def]
    """A running header: the body's name, a tab, 第 N 页 共 M 页 from PAGE / NUMPAGES fields."""
    paragraph = section.header.paragraphs[0]
    paragraph.add_run(name + "\t\t")
    paragraph.add_run("第 ")
    field(paragraph, "PAGE", "2")
    paragraph.add_run(" 页 共 ")
    field(paragraph, "NUMPAGES", "4")
    paragraph.add_run(" 页")


def page_footer(section, before: str = "— ", after: str = " —") -> None:  # type: ignore[no-untyped-def]
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(before)
    field(paragraph, "PAGE", "1")
    paragraph.add_run(after)


# --- footnotes: a footnotes part, its separators, and reference marks in the text -----------------------------------
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def footnotes_part(document, notes: list[str]) -> None:  # type: ignore[no-untyped-def]
    paras = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for n, text in enumerate(notes, start=1):
        paras.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    xml = f'{head}<w:footnotes xmlns:w="{W}">{"".join(paras)}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_mark(paragraph, note_id: int) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


# --- Wingdings check boxes -------------------------------------------------------------------------------------------
def sym(paragraph, char: str, font: str = "Wingdings") -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    el = OxmlElement("w:sym")
    el.set(qn("w:font"), font)
    el.set(qn("w:char"), char)
    run._r.append(el)


TICKED, EMPTY = "F0FE", "F0A8"  # Wingdings ☑ and □


def ticks(paragraph, options: list[str], ticked: str) -> None:  # type: ignore[no-untyped-def]
    for n, option in enumerate(options):
        sym(paragraph, TICKED if option == ticked else EMPTY)
        paragraph.add_run(option + ("  " if n < len(options) - 1 else ""))


# --- tracked changes -------------------------------------------------------------------------------------------------
_ID = [100]


def _rev(tag: str, author: str = "办公室"):  # type: ignore[no-untyped-def]
    el = OxmlElement(tag)
    _ID[0] += 1
    el.set(qn("w:id"), str(_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    return el


def row_revision(row, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Mark a table row inserted (w:ins) or deleted (w:del) in its w:trPr, and its runs alike."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_rev(f"w:{kind}"))
    for r in list(row._tr.iter(qn("w:r"))):
        wrapper = _rev(f"w:{kind}")
        r.addprevious(wrapper)
        wrapper.append(r)
        if kind == "del":
            for t in r.findall(qn("w:t")):
                t.tag = qn("w:delText")


def retyped(paragraph, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """A text retyped with changes tracked: the old text deleted, the new inserted."""
    deleted = _rev("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = old
    run.append(text)
    deleted.append(run)
    inserted = _rev("w:ins")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = new
    run.append(text)
    inserted.append(run)
    paragraph._p.append(deleted)
    paragraph._p.append(inserted)


def cell_inserted(cell) -> None:  # type: ignore[no-untyped-def]
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_rev("w:cellIns"))


def ppr_changed(paragraph) -> None:  # type: ignore[no-untyped-def]
    """A paragraph whose properties were changed with tracking on (indent and spacing): w:pPrChange."""
    ppr = paragraph._p.get_or_add_pPr()
    change = _rev("w:pPrChange")
    old = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLine"), "0")
    old.append(ind)
    change.append(old)
    ppr.append(change)


# --- tables ----------------------------------------------------------------------------------------------------------
def borders(table) -> None:  # type: ignore[no-untyped-def]
    table.style = "Table Grid"


def cell_text(cell, text: str) -> None:  # type: ignore[no-untyped-def]
    paragraph = cell.paragraphs[0]
    soft(paragraph, text)


def spanning_row(table, text: str):  # type: ignore[no-untyped-def]
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    merged.paragraphs[0].add_run(text).bold = True
    return row


# --- text boxes ------------------------------------------------------------------------------------------------------
_BOX = [0]


def _box_paragraphs(lines: list[str], red: bool, size: int) -> str:
    colour = '<w:color w:val="C00000"/>' if red else ""
    return "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>{colour}<w:sz w:val="{size}"/></w:rPr>'
        f"<w:t>{line}</w:t></w:r></w:p>"
        for line in lines
    )


def text_box(paragraph, lines: list[str], *, red: bool = True, size: int = 28, width_cm: float = 2.6) -> None:
    """A floating text box anchored in the paragraph, as Word 2010+ saves it: mc:AlternateContent whose Choice is a
    DrawingML shape (wps:txbx) and whose Fallback is the same box in VML (v:textbox), each with the box's text."""
    _BOX[0] += 1
    n = _BOX[0]
    cx, cy = int(width_cm * 360000), int((0.5 + 0.55 * len(lines)) * 360000)
    content = _box_paragraphs(lines, red, size)
    line = (
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln>'
        if red
        else "<a:ln><a:noFill/></a:ln>"
    )
    xml = (
        f"<w:r {nsdecls('w', 'wp', 'a', 'r')} "
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f"<a:noFill/>{line}</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="ctr"/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202{n}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {n}" o:spid="_x0000_s10{n:02d}" type="#_x0000_t202{n}" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{cy / 360000:.2f}cm;'
        'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
        f'filled="f" strokecolor="#c00000" strokeweight="1.5pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def vml_only_box(paragraph, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A text box as older Word (and WPS) saves it: only VML, v:textbox in w:pict."""
    _BOX[0] += 1
    n = _BOX[0]
    content = _box_paragraphs(lines, True, 28)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="_x0000_s20{n:02d}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:380pt;margin-top:0;width:74pt;height:30pt;z-index:251660288" '
        'filled="f" strokecolor="#c00000" strokeweight="1.5pt">'
        f"<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def landscape(document):  # type: ignore[no-untyped-def]
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    return section


def portrait(document):  # type: ignore[no-untyped-def]
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = section.page_height, section.page_width
    return section


# --- A: a city audit bureau 党组: running headers and footers, footnote marks after titles ---
def yiyang() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = first.add_run("中共益阳市某局党组")
    run.bold = True
    run.font.color.rgb = RED
    running_header(section, "益阳市某局党组巡察整改进展情况通报")
    page_footer(section)
    section.first_page_footer.paragraphs[0].text = "益阳市某局党组办公室 2024年12月10日印发"
    notes = [
        "该问题同时列入市某局2024年度内部审计发现问题整改清单，整改情况一并报送市委巡察办。",
        "涉及的3个审计项目为2022年实施的县市区财政决算审计项目，整改时限为2024年10月底。",
        "该问题系巡察组抽查局机关2个党支部2023年以来的组织生活记录时发现。",
    ]
    footnotes_part(document, notes)
    title(document, "中共益阳市某局党组关于市委第二巡察组\n巡察反馈意见整改进展情况的通报")
    body(
        document,
        "根据市委统一部署，2024年3月18日至5月17日，市委第二巡察组对中共益阳市某局党组开展了常规巡察。"
        "2024年6月20日，市委第二巡察组向局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    heading(document, "一、整改工作总体情况")
    body(
        document,
        "局党组坚决扛起巡察整改主体责任，成立由党组书记任组长的整改工作领导小组，召开专题会议研究制定整改方案，"
        "对巡察反馈的3个方面7个问题逐项明确责任领导、责任科室和完成时限。截至2024年11月底，7个问题中"
        "已完成整改5个，正在整改2个；建立完善制度9项。",
    )
    heading(document, "二、巡察反馈问题整改落实情况")
    aspects = [
        (
            "（一）贯彻落实党中央决策部署和上级工作要求方面",
            [
                (
                    "1.审计监督服务保障重大决策部署不够有力，对重点民生资金的跟踪审计覆盖面不广。",
                    None,
                    "制定重点民生资金跟踪审计三年规划，将养老、教育、医疗等6类资金纳入年度审计计划；"
                    "建立审计项目库，实行动态管理。",
                    "已完成整改。2024年已对4类民生资金开展跟踪审计，发现并推动整改问题23个。",
                ),
                (
                    "2.审计发现问题整改跟踪督办不到位，部分问题整改“挂账”时间较长。",
                    1,
                    "建立审计整改台账，实行销号管理；会同市纪委监委、市委督查室开展审计整改联合督查；"
                    "对逾期未整改问题进行约谈。",
                    "正在整改。已对42个挂账问题逐一督办，销号35个，其余7个涉及资产处置的问题正在按程序报市政府审批。",
                ),
                (
                    "3.审计成果运用不够充分，审计结果与干部考核结合不紧。",
                    None,
                    "修订《审计结果运用办法》，将经济责任审计结果抄送组织部门；每半年向市委审计委员会报送审计成果综合分析报告。",
                    "已完成整改，并长期坚持。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "4.对审计项目廉政风险防控不严，审计现场纪律执行监督不到位。",
                    None,
                    "出台审计现场“八不准”纪律要求，每个项目配备廉政监督员；开展审计回访，听取被审计单位意见。",
                    "已完成整改。2024年共开展审计回访31次，未发现违纪问题。",
                ),
                (
                    "5.审计质量控制存在薄弱环节，部分审计项目复核不严格。",
                    2,
                    "落实审计项目三级复核制度，成立审理科独立审理；对2022年以来审计报告开展质量检查。",
                    "正在整改。已完成质量检查项目18个，对存在问题的3个项目正在组织重新复核，"
                    "审计业务质量管理办法修订稿待局党组会议审议。",
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "6.审计专业人才队伍建设滞后，计算机审计等专业人才短缺。",
                    None,
                    "制定审计人才培养计划，选派12名干部参加大数据审计培训；通过公开遴选引进计算机专业人才2名。",
                    "已完成整改。",
                ),
                (
                    "7.基层党支部组织生活不够规范，主题党日活动形式单一。",
                    3,
                    "对照《中国共产党支部工作条例（试行）》有关规定，规范“三会一课”记录；开展“审计先锋”主题党日活动。",
                    "已完成整改。",
                ),
            ],
        ),
    ]
    for aspect, items in aspects:
        heading(document, aspect)
        for problem, note, measures, progress in items:
            paragraph = body(document, problem)
            if note:
                footnote_mark(paragraph, note)
            body(document, "整改措施：" + measures)
            body(document, "整改进展：" + progress)
    heading(document, "三、下一步工作打算")
    body(
        document,
        "局党组将持续巩固巡察整改成果，对已完成的整改事项适时开展“回头看”，对尚未完成的事项紧盯不放、"
        "跟踪问效，确保全部整改到位。",
    )
    body(
        document,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0737-4223516；电子邮箱：yysjjdb@163.com。",
    )
    signature(document, "中共益阳市某局党组", "2024年12月10日")
    document.save(HERE / "r113_yiyang_city_audit_bureau_docx_running_headers_footnote_marks_after_titles.docx")


# --- B: a county hospital 党委: a ledger with Wingdings check boxes, rows inserted and deleted with tracking on ---
def xinhua() -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "新化县某医院党委巡察整改"
    page_footer(section, "第 ", " 页")
    title(document, "中共新化县某医院委员会\n关于县委巡察反馈问题整改进展情况的通报")
    opening = body(
        document,
        "根据县委统一部署，2024年4月8日至6月7日，县委第三巡察组对中共新化县某医院委员会进行了常规巡察，"
        "并于2024年7月15日反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况通报如下。",
    )
    ppr_changed(opening)
    heading(document, "一、整改工作开展情况")
    body(
        document,
        "医院党委召开专题会议研究部署整改工作，制定整改方案，形成问题、任务、责任“三张清单”。"
        "县委第三巡察组反馈的3个方面6个问题，已完成整改4个，正在推进2个。",
    )
    heading(document, "二、巡察反馈问题整改台账")
    table = document.add_table(rows=1, cols=5)
    borders(table)
    for cell, text in zip(table.rows[0].cells, ("序号", "反馈问题", "整改措施", "责任科室", "完成情况"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    options = ["已完成", "正在推进"]
    rows = [
        ("一、贯彻落实上级卫生健康决策部署方面", None),
        (
            "1",
            (
                "紧密型县域医共体建设推进缓慢，对乡镇卫生院的帮扶作用发挥不充分",
                "制定医共体建设实施方案，向12家乡镇卫生院派驻专家团队；建立远程会诊中心。",
                "医务部",
                "已完成",
                None,
            ),
        ),
        (
            "2",
            (
                "公立医院改革任务落实不到位，薪酬制度改革进展滞后",
                "制定薪酬制度改革方案，已报县人社局、县卫健局审核，待批复后实施。",
                "人力资源部",
                "正在推进",
                None,
            ),
        ),
        ("二、落实全面从严治党方面", None),
        (
            "3",
            (
                "医疗设备采购论证不充分，部分设备使用率偏低",
                "建立大型设备采购可行性论证制度，对使用率低的设备在医共体内调剂使用。",
                "设备科",
                "已完成",
                "ins",
            ),
        ),
        (
            "4",
            (
                "医保基金使用管理不规范，存在超标准收费问题",
                "开展医保基金使用自查自纠，退回违规费用；上线医保智能审核系统。",
                "医保办",
                "已完成",
                None,
            ),
        ),
        (
            "5",
            (
                "部分科室存在“搭车”开药和过度检查现象",
                "开展处方点评，纳入科室绩效考核。",
                "药剂科",
                "已完成",
                "del",
            ),
        ),
        ("三、落实新时代党的组织路线方面", None),
        (
            ("6", "5"),
            (
                "党支部书记“双带头人”培育不够，支部建在科室上落实不到位",
                "按照“支部建在科室上”调整党支部设置，选配“双带头人”支部书记9名。",
                "党委办公室",
                "已完成",
                None,
            ),
        ),
        (
            ("7", "6"),
            (
                "人才梯队建设不完善，学科带头人后备力量不足",
                "制定人才培养五年规划，与省级医院签订人才培养协议；2名学科后备人才进修正在进行中，计划2025年6月结业。",
                "科教科",
                "正在推进",
                None,
            ),
        ),
    ]
    for number, cells in rows:
        if cells is None:
            spanning_row(table, str(number))
            continue
        problem, measures, unit, status, revision = cells
        row = table.add_row()
        if isinstance(number, tuple):
            retyped(row.cells[0].paragraphs[0], *number)
        else:
            cell_text(row.cells[0], number)
        cell_text(row.cells[1], problem)
        cell_text(row.cells[2], measures)
        cell_text(row.cells[3], unit)
        ticks(row.cells[4].paragraphs[0], options, status)
        if revision:
            row_revision(row, revision)
            if revision == "ins":
                cell_inserted(row.cells[3])
    body(document, "注：完成情况一栏，☑为已勾选项。")
    heading(document, "三、下一步工作打算")
    body(
        document,
        "医院党委将持续抓好未完成事项的整改落实，对已完成事项开展“回头看”，防止问题反弹。"
        "欢迎广大干部群众对整改落实情况进行监督，联系电话：0738-3521120。",
    )
    signature(document, "中共新化县某医院委员会", "2024年12月18日")
    document.save(HERE / "r113_xinhua_county_hospital_docx_wingdings_ticks_tracked_rows_in_ledger.docx")


# --- C: a university college 党委: the title in a text box, a 已完成 stamp box beside each problem ---
def college() -> None:
    document = docx.Document()
    section = document.sections[0]
    page_footer(section, "- ", " -")
    anchor = document.add_paragraph()
    text_box(
        anchor,
        ["中共某大学机械工程学院委员会", "关于校党委巡察反馈意见整改进展情况的通报"],
        red=False,
        size=36,
        width_cm=15,
    )
    body(
        document,
        "根据校党委统一部署，2024年4月8日至5月10日，校党委第二巡察组对中共某大学机械工程学院委员会开展了巡察，"
        "并于2024年6月5日反馈了巡察意见。学院党委坚持把巡察整改作为重要政治任务，现将整改进展情况公布如下。",
    )
    heading(document, "一、整改工作总体情况")
    body(
        document,
        "学院党委成立巡察整改工作领导小组，制定整改方案，明确整改任务32项。对巡察反馈的3个方面7个问题，"
        "已完成整改5个，2个正在整改中。",
    )
    heading(document, "二、巡察反馈问题整改情况")
    aspects = [
        (
            "（一）贯彻落实党的教育方针和学校党委决策部署方面",
            [
                (
                    "1.学院党委把方向、管大局、保落实作用发挥不够充分，党政联席会议议事规则执行不严格。",
                    ["已完成"],
                    "修订《学院党委会议事规则》《党政联席会议议事规则》，明确议事范围和决策程序；"
                    "重大事项一律经党委会前置研究。2024年以来召开党委会14次。",
                ),
                (
                    "2.课程思政建设推进不平衡，部分专业课程思政元素挖掘不够。",
                    ["整改中"],
                    "制定课程思政建设方案，立项建设示范课程8门；其余专业核心课程的课程思政教学设计正在修订，计划2025年春季学期完成。",
                ),
                (
                    "3.落实意识形态工作责任制不够到位，对讲座论坛等阵地管理不严。",
                    ["已完成", "长期坚持"],
                    "建立讲座论坛“一会一报”审批制度，落实专人旁听；每学期开展意识形态工作专题研判。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "4.科研经费管理不规范，个别项目存在劳务费发放手续不全问题。",
                    ["已完成"],
                    "开展科研经费使用专项检查，补齐劳务费发放手续；举办科研财务管理培训2场。",
                ),
                (
                    "5.学院“三重一大”事项公开不够及时，师生知情面不广。",
                    ["已完成"],
                    "制定院务公开目录，通过学院网站和公告栏及时公开“三重一大”事项。",
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "6.教工党支部书记“双带头人”培育不够，支部活动与学科建设结合不紧。",
                    ["已完成"],
                    "选优配强教工党支部书记，4个教工党支部书记均由“双带头人”担任；开展支部共建活动6次。",
                ),
                (
                    "7.青年教师培养机制不健全，高层次人才引进成效不明显。",
                    ["整改中"],
                    "制定青年教师导师制实施办法；引进博士6名，1名高层次人才引进事项待学校人才工作领导小组审议。",
                ),
            ],
        ),
    ]
    for aspect, items in aspects:
        heading(document, aspect)
        for n, (problem, stamp, progress) in enumerate(items):
            paragraph = body(document, problem)
            if aspect.startswith("（三）") and n == 1:
                vml_only_box(paragraph, stamp)  # one box as WPS saves it: VML only
            else:
                text_box(paragraph, stamp)
            body(document, "整改情况：" + progress)
    heading(document, "三、下一步工作打算")
    body(
        document,
        "学院党委将坚持目标不变、标准不降、力度不减，对未完成事项挂图作战，对已完成事项巩固提升，"
        "切实把巡察整改成果转化为推动学院高质量发展的实际成效。",
    )
    body(document, "欢迎广大师生对巡察整改落实情况进行监督。联系电话：0731-58290316。")
    signature(document, "中共某大学机械工程学院委员会", "2024年11月20日")
    document.save(HERE / "r113_university_college_docx_title_text_box_status_stamp_boxes_beside_problems.docx")


# --- D: a town 党委: portrait text, the ledger in a landscape section, soft line breaks inside titles -----------------
def qiyang() -> None:
    document = docx.Document()
    page_footer(document.sections[0])
    title(document, "中共祁阳市某镇委员会关于市委第四巡察组\n反馈意见整改进展情况的通报")
    body(
        document,
        "根据市委统一部署，2024年3月25日至5月24日，市委第四巡察组对中共祁阳市某镇委员会开展了常规巡察，"
        "6月28日向镇党委反馈了巡察意见。现将整改进展情况予以通报。",
    )
    heading(document, "一、整改工作开展情况")
    body(
        document,
        "镇党委召开专题会议，逐条对照反馈问题制定整改方案，明确责任领导和责任人。巡察反馈的3个方面8个问题，"
        "目前已整改到位6个，正在整改2个。具体整改情况见下表。",
    )
    landscape(document)  # the footer carries on from the portrait section (linked to previous)
    heading(document, "二、巡察反馈问题整改台账")
    table = document.add_table(rows=1, cols=5)
    borders(table)
    for cell, text in zip(table.rows[0].cells, ("序号", "存在问题", "整改措施", "整改时限", "整改进展"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    rows: list[tuple[str, tuple[str, str, str, str] | None]] = [
        ("（一）贯彻落实党的路线方针政策和上级决策部署方面", None),
        (
            "1",
            (
                "乡村振兴工作推进不够有力，\n部分村集体经济发展后劲不足",
                "制定村集体经济发展三年行动方案，每村确定1个增收项目；\n组织村干部赴先进地区学习。",
                "2024年10月",
                "已完成整改。全镇14个村集体经济收入均达到10万元以上。",
            ),
        ),
        (
            "2",
            (
                "耕地保护责任落实不到位，\n个别村存在违规占用耕地问题",
                "开展耕地“非农化”排查整治，拆除违建并复耕。",
                "2024年12月",
                "正在推进。已复耕11.2亩，剩余3.5亩复耕工程正在施工。",
            ),
        ),
        (
            "3",
            (
                "安全生产监管存在薄弱环节，\n对小作坊等重点场所检查不到位",
                "开展安全生产大排查大整治，建立隐患台账。",
                "长期坚持",
                "已完成整改，长期坚持。",
            ),
        ),
        ("（二）落实全面从严治党战略部署方面", None),
        (
            "4",
            (
                "村级财务管理不规范，\n部分村存在白条入账问题",
                "开展村级财务专项清理，规范报账程序；推行村级财务“线上审批”。",
                "2024年9月",
                "已完成整改。清理不规范票据46张，追责2人。",
            ),
        ),
        (
            "5",
            (
                "镇纪委监督执纪不够有力，\n“四种形态”运用不充分",
                "加强镇纪委力量配备，开展提醒谈话和函询。",
                "2024年9月",
                "已完成整改。",
            ),
        ),
        (
            "6",
            (
                "落实中央八项规定精神不够严格，\n公务用车管理不规范",
                "修订公务用车管理制度，安装北斗定位设备。",
                "2024年8月",
                "已完成整改。",
            ),
        ),
        ("（三）落实新时代党的组织路线方面", None),
        (
            "7",
            (
                "村级后备干部培养不够，\n村“两委”班子年龄结构偏大",
                "建立村级后备干部人才库，每村储备2名以上后备力量。",
                "2024年10月",
                "已完成整改。储备村级后备干部31名。",
            ),
        ),
        (
            "8",
            (
                "软弱涣散村党组织整顿成效不明显",
                "成立整顿工作专班，由镇领导包村整顿；选派驻村第一书记。",
                "2025年6月",
                "正在推进。2个软弱涣散村党组织正在整顿中，待市委组织部验收。",
            ),
        ),
    ]
    for number, cells in rows:
        if cells is None:
            spanning_row(table, number)
            continue
        row = table.add_row()
        cell_text(row.cells[0], number)
        for cell, text in zip(row.cells[1:], cells, strict=True):
            cell_text(cell, text)
    portrait(document)
    heading(document, "三、下一步工作打算")
    body(
        document,
        "镇党委将继续保持整改工作力度，对未完成事项紧盯不放，对已完成事项巩固提升，建立长效机制。"
        "欢迎广大干部群众监督，联系电话：0746-3862017。",
    )
    signature(document, "中共祁阳市某镇委员会", "2024年11月28日")
    document.save(HERE / "r113_qiyang_town_docx_landscape_ledger_section_soft_breaks_in_titles.docx")


if __name__ == "__main__":
    yiyang()
    xinhua()
    college()
    qiyang()
