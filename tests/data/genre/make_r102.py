"""Build round 102's Word files (run once: `python tests/data/genre/make_r102.py`); the .docx files are committed.

Round 102 imitates Word files as people really forward them, part two (round 96 was part one): tracked changes left
in (w:ins text that is part of the notice, w:del text that is not, w:moveFrom / w:moveTo), margin comments (the
comment text lives in comments.xml), a footnote whose mark stands in a problem's title, hyperlinks around quoted
titles, content controls (inline, block-level around paragraphs, around a table and around a table row, checkboxes),
complex fields (SEQ numbers, a DATE field holding the signed date) whose result is shown and whose instruction is not,
a table nested in a table cell, smart tags and customXml wrappers, w:tab and w:noBreakHyphen runs. Bodies are named
某 (the problems are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).parent
INDENT = "\u3000\u3000"
AUTHOR = "办公室"
DATE = "2024-12-10T09:00:00Z"
_ids = iter(range(1, 10_000))


# --- runs: a segment is a str (plain text) or a tuple naming a Word construct ---------------------------------------
def _run(text: str, tag: str = "w:t") -> OxmlElement:
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _revision(tag: str) -> OxmlElement:
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def _field(instr: str, result: str) -> list[OxmlElement]:
    """A complex field: begin, instruction, separate, the result Word shows, end."""
    runs = []
    for kind, text in (("begin", None), (None, instr), ("separate", None), ("result", result), ("end", None)):
        if kind == "result":
            runs.append(_run(text or ""))
            continue
        r = OxmlElement("w:r")
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r.append(el)
        runs.append(r)
    return runs


def _sdt(children: list[OxmlElement], alias: str, checkbox: bool | None = None) -> OxmlElement:
    """A content control (w:sdt) around children; a checkbox control when checkbox is True/False."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for tag, value in (("w:alias", alias), ("w:tag", alias), ("w:id", str(next(_ids) + 100000))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        pr.append(el)
    if checkbox is not None:
        pr.append(
            parse_xml(
                f'<w14:checkbox {nsdecls("w14")}><w14:checked w14:val="{int(checkbox)}"/>'
                '<w14:checkedState w14:val="2611" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            )
        )
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for child in children:
        content.append(child)
    sdt.append(content)
    return sdt


def _segment(seg, document) -> list[OxmlElement]:  # type: ignore[no-untyped-def]
    if isinstance(seg, str):
        return [_run(seg)]
    kind, *args = seg
    if kind == "ins":  # a tracked insertion: part of the notice
        el = _revision("w:ins")
        el.append(_run(args[0]))
        return [el]
    if kind == "del":  # a tracked deletion: not part of the notice
        el = _revision("w:del")
        el.append(_run(args[0], "w:delText"))
        return [el]
    if kind in ("moveFrom", "moveTo"):  # a tracked move: the text stands where it was moved to, not where it was
        name = args[1]
        start = _revision(f"w:{kind}RangeStart")
        start.set(qn("w:name"), name)
        move = _revision(f"w:{kind}")
        move.append(_run(args[0]))
        end = OxmlElement(f"w:{kind}RangeEnd")
        end.set(qn("w:id"), start.get(qn("w:id")))
        return [start, move, end]
    if kind == "seq":  # SEQ field: the number shown is its result
        return _field(f" SEQ {args[0]} \\* ARABIC ", args[1])
    if kind == "datefield":
        return _field(' DATE \\@ "yyyy年M月d日" ', args[0])
    if kind == "link":  # hyperlink to an outside page around text
        r_id = document.part.relate_to(args[1], RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), r_id)
        run = _run(args[0])
        rpr = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "Hyperlink")
        rpr.append(style)
        run.insert(0, rpr)
        link.append(run)
        return [link]
    if kind == "smartdate":  # Word's Chinese date smart tag around a date
        tag = OxmlElement("w:smartTag")
        tag.set(qn("w:uri"), "urn:schemas-microsoft-com:office:smarttags")
        tag.set(qn("w:element"), "chsdate")
        pr = OxmlElement("w:smartTagPr")
        for name, value in zip(
            ("Year", "Month", "Day", "IsLunarDate", "IsROCDate"), (*args[1], "False", "False"), strict=True
        ):
            attr = OxmlElement("w:attr")
            attr.set(qn("w:name"), name)
            attr.set(qn("w:val"), value)
            pr.append(attr)
        tag.append(pr)
        tag.append(_run(args[0]))
        return [tag]
    if kind == "cx":  # an inline customXml wrapper (a template's tagged field)
        el = OxmlElement("w:customXml")
        el.set(qn("w:uri"), "http://schemas.example.org/notice")
        el.set(qn("w:element"), args[1])
        el.append(_run(args[0]))
        return [el]
    if kind == "tab":
        r = OxmlElement("w:r")
        r.append(OxmlElement("w:tab"))
        return [r]
    if kind == "phone":  # a phone number whose hyphen is a non-breaking hyphen
        r = OxmlElement("w:r")
        for n, part in enumerate(args[0].split("-")):
            if n:
                r.append(OxmlElement("w:noBreakHyphen"))
            t = OxmlElement("w:t")
            t.text = part
            r.append(t)
        return [r]
    if kind == "box":  # a checkbox content control and its label
        return [_sdt([_run("☑" if args[1] else "☐")], "复选框", checkbox=args[1]), _run(args[0] + "  ")]
    if kind == "sdt":  # an inline plain-text content control
        return [_sdt([_run(args[0])], args[1])]
    raise ValueError(kind)


def para(document, segments, style=None, indent=True, container=None):  # type: ignore[no-untyped-def]
    """A paragraph built from segments, added to the document (or to a cell / container with add_paragraph)."""
    paragraph = (container or document).add_paragraph(style=style)
    if indent:
        paragraph._p.append(_run(INDENT))
    for seg in segments if isinstance(segments, list) else [segments]:
        for el in _segment(seg, document):
            paragraph._p.append(el)
    return paragraph


def moved_paragraph(paragraph, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Mark the paragraph mark itself as moved (w:pPr/w:rPr/w:moveFrom|moveTo), as Word does for a whole paragraph."""
    rpr = OxmlElement("w:rPr")
    rpr.append(_revision(f"w:{kind}"))
    paragraph._p.get_or_add_pPr().append(rpr)


def comment(document, paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    """A margin comment anchored on the paragraph's runs (the text lives in comments.xml)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    document.add_comment(runs=[runs[0], runs[-1]], text=text, author=AUTHOR, initials="BGS")


def add_footnotes(document, notes: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The footnotes part: the two separators Word writes and one note per text, ids 1…"""
    w = nsdecls("w")
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for n, text in enumerate(notes, 1):
        body.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>{"".join(body)}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_mark(n: int) -> OxmlElement:
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    return r


def into_sdt(document, paragraphs, alias: str) -> None:  # type: ignore[no-untyped-def]
    """Wrap consecutive body paragraphs (or a table) in a block-level content control."""
    first = paragraphs[0]._element if hasattr(paragraphs[0], "_element") else paragraphs[0]
    sdt = _sdt([], alias)
    first.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for p in paragraphs:
        content.append(p._element if hasattr(p, "_element") else p)


def signature(document, name: str, date_segments) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph(name).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(document, date_segments, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def title(document, segments) -> None:  # type: ignore[no-untyped-def]
    para(document, segments, style="Title", indent=False).alignment = WD_ALIGN_PARAGRAPH.CENTER


# --- A: a city audit bureau 党组: tracked changes throughout, margin comments, a footnote mark in a title ---
def hengyang() -> None:
    document = docx.Document()
    document.settings.element.append(OxmlElement("w:trackRevisions"))
    title(document, "中共衡阳市某局党组关于市委第五巡察组巡察反馈意见整改进展情况的通报")
    para(
        document,
        [
            "根据市委统一部署，2024年",
            ("del", "3月"),
            ("ins", "4月"),
            "8日至6月7日，市委第五巡察组对市某局党组开展了常规巡察，并于2024年7月12日反馈了巡察意见。"
            "按照党务公开和巡察工作有关要求，现将巡察整改进展情况予以通报。",
        ],
    )
    para(document, "一、整改工作总体情况", style="Heading 1", indent=False)
    para(
        document,
        [
            "局党组召开专题会议研究部署整改工作，成立由党组书记任组长的整改工作领导小组，制定整改方案，"
            "明确整改措施34条。巡察反馈的3个方面7个问题，已完成整改",
            ("del", "5"),
            ("ins", "6"),
            "个，正在推进",
            ("del", "2"),
            ("ins", "1"),
            "个。",
        ],
    )
    para(document, "二、巡察反馈问题整改落实情况", style="Heading 1", indent=False)
    para(document, "（一）贯彻落实党中央决策部署和省委、市委工作要求方面", style="Heading 2", indent=False)
    p1 = para(document, "1.审计监督服务全市重大战略不够聚焦，重大政策措施落实情况跟踪审计覆盖面不广。")
    comment(document, p1, "请核实跟踪审计覆盖的政策项数，与整改台账保持一致。")
    para(
        document,
        "整改情况：已完成。制定《重大政策措施落实情况跟踪审计工作方案》，2024年下半年对12项重大政策开展跟踪审计，"
        "形成审计专报5篇。",
    )
    moved = para(document, [("moveFrom", "整改情况：正在推进。审计信息化平台二期建设方案已报市政府审批。", "move1")])
    moved_paragraph(moved, "moveFrom")
    para(document, ["2.审计整改跟踪检查不到位", ("ins", "，部分问题整改销号把关不严"), "。"])
    para(
        document,
        "整改情况：已完成。建立审计整改“对账销号”机制，对2021年以来审计查出的136个问题逐项复核，督促相关单位整改到位。",
    )
    p3 = para(document, "3.落实“两统筹”")
    p3._p.append(footnote_mark(1))
    p3._p.append(_run("要求不够有力，年度审计项目计划统筹不足。"))
    para(
        document,
        [
            "整改情况：",
            ("del", "正在推进。"),
            ("ins", "已完成。"),
            "修订《年度审计项目计划管理办法》，实行“一审多项、一审多果”，2025年度审计项目计划已经局党组会议审定。",
        ],
    )
    para(document, "（二）落实全面从严治党战略部署方面", style="Heading 2", indent=False)
    p4 = para(document, "4.审计信息化建设滞后，大数据审计应用能力不强。")
    comment(document, p4, "建议：该问题是否可表述为已完成？")
    moved = para(document, [("moveTo", "整改情况：正在推进。审计信息化平台二期建设方案已报市政府审批。", "move1")])
    moved_paragraph(moved, "moveTo")
    para(document, "5.审计现场管理不严格，个别审计组存在违反审计纪律“八不准”现象。")
    para(
        document,
        [
            "整改情况：已完成并长期坚持。开展审计纪律专项教育，修订《审计现场管理办法》，",
            ("del", "目前仍有1个审计组未完成整改，"),
            "对3名相关人员进行提醒谈话，审计纪律执行情况纳入审计质量检查长期坚持。",
        ],
    )
    para(document, "（三）落实新时代党的组织路线方面", style="Heading 2", indent=False)
    p6 = para(document, "6.审计专业人才队伍建设不足，年轻干部培养锻炼渠道单一。")
    comment(document, p6, "人数请再核对。")
    para(document, "整改情况：已完成。制定年轻干部培养计划，选派8名年轻干部参加省审计厅跟班学习。")
    para(document, "7.机关党支部“三会一课”制度落实不规范，党员教育管理不严。")
    para(
        document,
        [
            "整改情况：已完成。",
            ("ins", "规范“三会一课”记录，"),
            "开展支部书记轮训1次，评定标准化党支部2个。",
        ],
    )
    para(document, "三、下一步工作打算", style="Heading 1", indent=False)
    para(
        document,
        [
            "局党组将持续抓好正在推进问题的整改，确保巡察反馈问题全部整改到位。"
            "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：",
            ("phone", "0734-8862315"),
            "。",
        ],
    )
    add_footnotes(document, ["“两统筹”指统筹审计项目和审计力量，统筹审计资源和审计成果运用。"])
    signature(document, "中共衡阳市某局党组", ["2024年12月16日"])
    document.save(HERE / "r102_hengyang_city_audit_bureau_docx_tracked_changes_moves_comments_footnote.docx")


# --- B: a county hospital 党委: the ledger a Word table inside a content control, a nested table, checkbox statuses ---
def ningyuan() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "宁远县某医院党委办公室"
    title(document, "中共宁远县某医院委员会关于县委巡察反馈意见整改进展情况的通报")
    para(
        document,
        "根据县委统一部署，2024年5月13日至7月12日，县委第三巡察组对县某医院党委开展了常规巡察，"
        "并于2024年8月9日反馈了巡察意见。现将整改进展情况通报如下：",
    )
    para(document, "一、整改工作总体情况", style="Heading 1", indent=False)
    para(
        document,
        "医院党委把巡察整改作为重大政治任务，逐条制定整改措施，建立整改台账。巡察反馈的3个方面6个问题中，"
        "已完成整改4个，正在整改2个，具体见下表。",
    )
    para(document, "二、巡察反馈问题整改台账", style="Heading 1", indent=False)
    rows = [
        (
            "政治建设方面",
            "党委领导下的院长负责制落实不够到位，党委会与院长办公会议事范围界定不清",
            "修订党委会、院长办公会议事规则，明确议事清单32项。",
            "党委办公室",
            "2024年10月",
            True,
        ),
        (
            "政治建设方面",
            "落实意识形态工作责任制不到位，院内宣传阵地审核把关不严",
            "建立宣传阵地“三审三校”制度，清理过期展板41块。",
            "宣传科",
            "2024年9月",
            True,
        ),
        (
            "医疗服务方面",
            "分级诊疗推进不力，对乡镇卫生院帮扶指导不够",
            None,  # the nested table
            "医务科",
            "2025年6月",
            False,
        ),
        (
            "医疗服务方面",
            "医疗质量安全核心制度执行不严，部分病历书写不规范",
            "每月开展病历质控检查并全院通报，将病历质量纳入科室绩效考核。",
            "质控科",
            "长期坚持",
            True,
        ),
        (
            "全面从严治党方面",
            "药品耗材采购监管存在薄弱环节，个别科室存在临时采购手续不全问题",
            "修订《临时采购管理办法》，对2023年以来临时采购逐笔核查。",
            "采购中心",
            "2024年12月",
            True,
        ),
        (
            "全面从严治党方面",
            "医德医风建设抓得不实，收受“红包”回扣专项治理不深入",
            "开展专项治理，全院职工签订廉洁从业承诺书；医德医风信访举报平台建设方案待院长办公会审议。",
            "纪检监察室",
            "2025年3月",
            False,
        ),
    ]
    table = document.add_table(rows=1 + len(rows), cols=7)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("序号", "问题类别", "存在问题", "整改措施", "责任科室", "完成时限", "整改状态"),
        strict=True,
    ):
        cell.text = text
    for n, (area, problem, measures, unit, deadline, done) in enumerate(rows, 1):
        cells = table.rows[n].cells
        for cell, text in zip(cells, (str(n), area, problem), strict=False):
            cell.text = text
        if measures is None:
            cell = cells[3]
            cell.text = "组建专家团队下沉乡镇卫生院坐诊带教，按季度考核："
            nested = cell.add_table(rows=3, cols=2)
            for r, (a, b) in enumerate((("季度", "下沉专家（人次）"), ("2024年三季度", "46"), ("2024年四季度", "52"))):
                nested.cell(r, 0).text = a
                nested.cell(r, 1).text = b
            cell.add_paragraph("医共体远程会诊信息平台正在联调中。")
        else:
            cells[3].text = measures
        cells[4].text = unit
        cells[5].text = deadline
        status = cells[6].paragraphs[0]
        for el in _segment(("box", "已完成", done), document) + _segment(("box", "正在推进", not done), document):
            status._p.append(el)
    # the fifth row stands in a row-level content control, as a template's repeating section leaves it
    row = table.rows[5]._tr
    sdt = _sdt([], "整改事项")
    row.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(row)
    into_sdt(document, [table._tbl], "整改台账")
    para(document, "三、下一步工作打算", style="Heading 1", indent=False)
    para(
        document,
        "医院党委将对正在整改的2个问题持续跟踪督办，按时限完成整改。"
        "欢迎干部职工和社会各界监督，联系电话：0746-7222110。",
    )
    signature(document, "中共宁远县某医院委员会", ["2024年12月27日"])
    document.save(HERE / "r102_ningyuan_county_hospital_docx_ledger_in_content_control_nested_table_checkboxes.docx")


# --- C: a university college 党委: 问题N by SEQ fields, the quoted titles inside hyperlinks, closing status ---
def college() -> None:
    document = docx.Document()
    title(document, "中共某大学机械工程学院委员会关于校党委巡察反馈意见整改进展情况的通报")
    para(
        document,
        [
            "根据校党委统一部署，2024年10月14日至11月29日，校党委第三巡察组对机械工程学院党委开展了巡察，并于",
            ("smartdate", "2025年1月8日", ("2025", "1", "8")),
            "反馈了巡察意见。学院党委高度重视，召开专题会议研究部署，逐项制定整改措施。现将整改进展情况通报如下。",
        ],
    )
    para(document, "一、巡察反馈问题整改落实情况", style="Heading 1", indent=False)
    url = "https://xcb.example.edu.cn/info/1024/"
    aspects = (
        (
            "（一）党的政治建设方面",
            [
                (
                    "学院党委会议事决策制度执行不严格，“三重一大”事项集体决策记录不完整",
                    "修订《学院党委会议事规则》，补齐2023年以来议事记录，建立决策事项台账。",
                ),
                (
                    "理论学习中心组学习与学科建设结合不紧",
                    "制定年度学习计划，开展“学理论、谋发展”专题研讨4次。",
                ),
            ],
        ),
        (
            "（二）立德树人根本任务方面",
            [
                (
                    "课程思政示范课程建设进展缓慢，专业课教师参与度不高",
                    "立项建设课程思政示范课程6门，其中4门已通过验收，2门正在建设中。",
                ),
                (
                    "本科生导师制落实不到位，师生交流频次偏低",
                    "修订本科生导师工作考核办法，导师每月至少与学生面谈1次。",
                ),
                (
                    "研究生学位论文质量把关不严，学位论文抽检存在问题论文",
                    "实行学位论文预答辩和校外盲审全覆盖，对相关导师暂停招生1年。",
                ),
            ],
        ),
        (
            "（三）全面从严治党方面",
            [
                (
                    "科研经费管理不规范，部分横向项目经费报销手续不全",
                    "开展横向科研经费专项检查，《横向科研经费管理细则》（初稿）已提交学校审议。",
                ),
                (
                    "基层党支部组织生活不规范，教工党支部“双带头人”培育不足",
                    "规范支部“三会一课”，选配“双带头人”支部书记3名。",
                ),
            ],
        ),
    )
    n = 0
    for aspect, items in aspects:
        para(document, aspect, style="Heading 2", indent=False)
        for problem, measures in items:
            n += 1
            para(document, ["问题", ("seq", "问题", str(n)), "：针对“", ("link", problem, url + f"{n}.htm"), "”的问题"])
            para(document, "整改措施：" + measures)
    para(document, "二、整改完成情况", style="Heading 1", indent=False)
    para(
        document,
        "截至2025年6月，巡察反馈的3个方面7个问题中，已完成整改5个（问题1、问题2、问题4、问题5、问题7），"
        "正在推进2个（问题3、问题6）。",
    )
    para(document, "三、下一步工作打算", style="Heading 1", indent=False)
    para(
        document,
        ["学院党委将持续推进未完成事项整改。整改情况详见学院网站", ("link", "巡察整改专栏", url), "。"],
    )
    signature(document, "中共某大学机械工程学院委员会", ["2025年6月20日"])
    document.save(HERE / "r102_university_college_docx_seq_field_wenti_n_hyperlinked_quoted_titles_closing_status.docx")


# --- D: a town 党委: the signed date a DATE field, aspects in block-level content controls, bracketed statuses ---
def anfu() -> None:
    document = docx.Document()
    title(document, "中共安福县某镇委员会关于县委巡察反馈意见整改情况的通报")
    para(
        document,
        "按照县委统一部署，县委第四巡察组于2024年3月25日至5月24日对某镇党委开展了常规巡察，"
        "6月28日向镇党委反馈了巡察意见。现将整改情况通报如下：",
    )
    para(document, "一、整改工作开展情况", style="Heading 1", indent=False)
    para(
        document,
        "镇党委成立巡察整改工作领导小组，建立问题清单、任务清单、责任清单。巡察反馈问题涉及3个方面共6个，"
        "目前已整改到位4个、正在整改2个。",
    )
    para(document, "二、巡察反馈问题整改情况", style="Heading 1", indent=False)
    aspects = (
        (
            "（一）贯彻落实党的路线方针政策和上级决策部署方面",
            [
                (
                    "乡村振兴产业项目谋划不足，村级集体经济增收渠道单一",
                    "已完成",
                    "谋划实施油茶、蔬菜产业项目3个，9个村集体经济收入均达到10万元以上。",
                ),
                (
                    "耕地保护和防止耕地“非粮化”工作落实不到位",
                    "正在推进",
                    "完成复耕复种46亩，剩余12亩复耕工作待秋收后实施。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "镇党委落实主体责任存在层层递减现象",
                    "已完成",
                    "签订党风廉政建设责任书11份，开展村级约谈22人次。",
                ),
                (
                    "村级财务管理不规范，部分村报账凭证不完整",
                    "已完成，长期坚持",
                    "推行村级财务“线上审批”，对全镇9个村账目逐一清理。",
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "村“两委”干部队伍年龄结构偏大，后备力量不足",
                    "正在推进",
                    "已储备村级后备力量18名，后备力量培训计划待县委组织部审定。",
                ),
                (
                    "党员发展质量不高，部分村连续两年未发展党员",
                    "已完成",
                    "制定党员发展计划，2024年确定发展对象7名。",
                ),
            ],
        ),
    )
    marks = "⑴⑵⑶⑷⑸⑹"
    n = 0
    for aspect, items in aspects:
        block = [para(document, aspect, style="Heading 2", indent=False)]
        for problem, status, measures in items:
            if n == 5:  # the last title stands in a template's inline customXml field
                head = [marks[n], ("tab",), ("cx", problem, "problem"), f"（{status}）"]
            else:
                head = [marks[n], ("tab",), problem + f"（{status}）"]
            block.append(para(document, head))
            block.append(para(document, measures))
            n += 1
        into_sdt(document, block, "巡察反馈问题")
    # the third problem's two paragraphs also stand in a block-level customXml element
    third = document.element.body.findall(".//" + qn("w:p"))
    heads = [p for p in third if "".join(t.text or "" for t in p.iter(qn("w:t"))).strip().startswith("⑶")]
    head = heads[0]
    wrapper = OxmlElement("w:customXml")
    wrapper.set(qn("w:uri"), "http://schemas.example.org/notice")
    wrapper.set(qn("w:element"), "item")
    following = head.getnext()
    head.addprevious(wrapper)
    wrapper.append(head)
    wrapper.append(following)
    para(document, "三、下一步工作打算", style="Heading 1", indent=False)
    para(
        document,
        ["镇党委将持续抓好整改落实，巩固整改成果。欢迎广大干部群众监督。联系电话：", ("phone", "0796-7621053"), "。"],
    )
    document.add_paragraph("中共安福县某镇委员会").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(
        document, [("tab",), ("tab",), ("datefield", "2024年12月3日")], indent=False
    ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(HERE / "r102_anfu_town_docx_date_field_block_content_controls_tab_numbers_bracket_status.docx")


if __name__ == "__main__":
    hengyang()
    ningyuan()
    college()
    anfu()
