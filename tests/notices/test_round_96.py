"""Round 96's classes (issue 19): Word files as users forward them, each with members the round's notices do not
print (other formats, levels and places of Word's list numbering; soft breaks in other cells of a ledger)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from notices import parse_bytes, parse_notice

_OPENING = (
    "中共某某县统计局党组关于巡察整改进展情况的通报",
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。现将整改进展情况公布如下。",
    "二、巡察反馈问题整改情况",
)
_ASPECTS = ("落实上级决策部署方面", "全面从严治党方面")
_PROBLEMS = (
    ("统计数据质量核查不到位", "整改情况：已完成。建立数据核查制度。"),
    ("统计执法检查覆盖不全", "整改情况：正在推进。剩余企业检查正在开展中。"),
)


def _element(tag: str, **attrs: str) -> OxmlElement:
    node = OxmlElement(tag)
    for key, value in attrs.items():
        node.set(qn(f"w:{key}"), value)
    return node


def _list(document: docx.document.Document, levels: list[tuple[str, str]]) -> str:
    """A list definition of Word's numbering (numFmt, lvlText per level); its numId."""
    part = document.part.numbering_part.element
    abstract = _element("w:abstractNum", abstractNumId=str(200 + len(part)))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = _element("w:lvl", ilvl=str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            lvl.append(_element(tag, val=value))
        abstract.append(lvl)
    part.insert(0, abstract)
    num_id = str(300 + len(part))
    num = _element("w:num", numId=num_id)
    num.append(_element("w:abstractNumId", val=abstract.get(qn("w:abstractNumId"))))
    part.append(num)
    return num_id


def _number(paragraph: object, num_id: str, ilvl: int, *, in_style: bool = False) -> None:
    """Put the paragraph (or, in_style, its style: a heading style the user linked to the list) on the list."""
    numpr = _element("w:numPr")
    numpr.append(_element("w:ilvl", val=str(ilvl)))
    numpr.append(_element("w:numId", val=num_id))
    owner = paragraph.style.element if in_style else paragraph._p  # type: ignore[attr-defined]
    owner.get_or_add_pPr().append(numpr)


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _word_file(aspect: tuple[str, str], item: tuple[str, str], *, one_list: bool, in_style: bool) -> bytes:
    """The notice with its aspects and problems numbered by Word's list buttons, no number in their text."""
    document = docx.Document()
    for line in _OPENING:
        document.add_paragraph(line)
    if one_list:  # one multilevel list: aspects its level 1, problems its level 2, restarting under each aspect
        shared = _list(document, [aspect, (item[0], item[1].replace("%1", "%2"))])
        lists = (shared, 0), (shared, 1)
    else:
        lists = (_list(document, [aspect]), 0), (_list(document, [item]), 0)
    for n, name in enumerate(_ASPECTS):
        heading = document.add_paragraph(name, style="Heading 2")
        if n == 0 or not in_style:
            _number(heading, *lists[0], in_style=in_style)
        for title, progress in _PROBLEMS:
            _number(document.add_paragraph(title + "。"), *lists[1])
            document.add_paragraph(progress)
    return _saved(document)


def _typed(aspects: tuple[str, ...], items: tuple[str, ...], restart: bool) -> str:
    """The same notice with the numbers typed in as Word shows them, as a copy pasted from Word carries them: the
    problems restart under each aspect where they are a level of the aspects' list, else run through."""
    lines = list(_OPENING)
    for k, (shown, name) in enumerate(zip(aspects, _ASPECTS, strict=True)):
        lines.append(shown + name)
        numbers = items[:2] if restart else items[2 * k : 2 * k + 2]
        for number, (title, progress) in zip(numbers, _PROBLEMS, strict=True):
            lines += [number + title + "。", progress]
    return "\n".join(lines)


def _read(notice: object) -> list[tuple[str, str, str, str | None]]:
    return [(i.label, i.title, i.status, i.aspect) for i in notice.items]  # type: ignore[attr-defined]


# Word's list numbering keeps the number in numbering.xml, not in the paragraph's text: a notice numbered with the
# list buttons reads as the same notice with its numbers typed, in every format and level a user picks, on lists of
# its own or levels of one multilevel list, on the paragraphs or on the heading style they wear.
@pytest.mark.parametrize(
    ("aspect", "item", "shown"),
    [
        (("chineseCounting", "(%1)"), ("decimalEnclosedCircle", "%1"), (("(一)", "(二)"), ("①", "②", "③", "④"))),
        (
            ("chineseCountingThousand", "（%1）"),
            ("decimal", "%1、"),
            (("（一）", "（二）"), ("1、", "2、", "3、", "4、")),
        ),
        (
            ("chineseCounting", "（%1）"),
            ("decimal", "（%1）"),
            (("（一）", "（二）"), ("（1）", "（2）", "（3）", "（4）")),
        ),
        (("upperRoman", "%1."), ("decimal", "%1）"), (("I.", "II."), ("1）", "2）", "3）", "4）"))),
        (
            ("decimalFullWidth", "（%1）"),
            ("decimal", "第%1项："),
            (("（１）", "（２）"), ("第1项：", "第2项：", "第3项：", "第4项：")),
        ),
    ],
    ids=["paren-circled", "thousand-dun", "paren-paren", "roman-halfparen", "fullwidth-di-xiang"],
)
@pytest.mark.parametrize(
    ("one_list", "in_style"), [(False, False), (True, False), (False, True)], ids=["own-lists", "levels", "style"]
)
def test_word_list_numbering_reads_as_the_numbers_typed(
    aspect: tuple[str, str],
    item: tuple[str, str],
    shown: tuple[tuple[str, ...], tuple[str, ...]],
    one_list: bool,
    in_style: bool,
) -> None:
    want = _read(parse_notice(_typed(*shown, restart=one_list)))
    assert len(want) == 4
    got = _read(parse_bytes(_word_file(aspect, item, one_list=one_list, in_style=in_style), "notice.docx"))
    assert got == want


# A ledger typed in a Word table breaks a long cell with Shift+Enter: the break is the cell's own, not the row's end,
# in whichever cell the reader needs (a problem broken after a comma or inside a phrase, a status, a header).
_LEDGER = [
    ["序号", "存在问题", "整改措施", "责任单位", "整改进展"],
    ["1", "统计数据质量核查不到位，部分数据审核流于形式", "建立数据核查制度，每月抽查", "综合股", "已完成长期坚持"],
    ["2", "统计执法检查覆盖不全，部分企业多年未检查", "制定执法检查计划，分批开展", "执法大队", "正在推进"],
]


@pytest.mark.parametrize(
    ("row", "column", "at"),
    [(1, 1, 12), (2, 1, 6), (1, 4, 3), (0, 4, 2), (0, 1, 2)],
    ids=["problem-after-comma", "problem-in-phrase", "status", "status-header", "problem-header"],
)
def test_a_soft_break_in_a_ledger_cell_keeps_its_row(row: int, column: int, at: int) -> None:
    document = docx.Document()
    for line in _OPENING:
        document.add_paragraph(line)
    table = document.add_table(rows=len(_LEDGER), cols=len(_LEDGER[0]))
    for r, cells in enumerate(_LEDGER):
        for c, value in enumerate(cells):
            paragraph = table.cell(r, c).paragraphs[0]
            if (r, c) == (row, column):
                paragraph.add_run(value[:at]).add_break()
                value = value[at:]
            paragraph.add_run(value)
    notice = parse_bytes(_saved(document), "notice.docx")
    assert [(i.label, i.status) for i in notice.items] == [("1", "done_longterm"), ("2", "in_progress")]
    assert [i.title[:6] for i in notice.items] == ["统计数据质量", "统计执法检查"]


# A title set in a Word text box lies in the runs of the paragraph it is anchored in, saved twice (a drawing and its
# VML fallback): it is read once, as its own line before its anchor's text, whether anchored in the file number's line
# or in the opening, and whether or not the fallback is saved.
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _box(text: str, fallback: bool) -> str:
    inner = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    choice = f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{inner}</wps:txbx></w:drawing></mc:Choice>'
    vml = f"<mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback>"
    return (
        f'<w:r xmlns:w="{qn("w:p")[1:].split("}")[0]}" xmlns:mc="{_MC}" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        f'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>{choice}{vml if fallback else ""}'
        "</mc:AlternateContent></w:r>"
    )


@pytest.mark.parametrize("fallback", [True, False], ids=["with-fallback", "drawing-only"])
@pytest.mark.parametrize("anchor", [0, 1], ids=["file-number-line", "opening"])
def test_a_title_in_a_text_box_is_read_once_on_its_own_line(anchor: int, fallback: bool) -> None:
    from lxml import etree

    document = docx.Document()
    lines = ["县统党组〔2024〕8号", *_OPENING[1:]]
    for n, line in enumerate(lines):
        paragraph = document.add_paragraph(line)
        if n == anchor:
            paragraph._p.insert(1, etree.fromstring(_box(_OPENING[0], fallback)))
    for title, progress in _PROBLEMS:
        document.add_paragraph("1." + title + "。")
        document.add_paragraph(progress)
    notice = parse_bytes(_saved(document), "notice.docx")
    assert (notice.title, notice.agency, notice.inspection_team) == (_OPENING[0], "某某县统计局党组", "县委第一巡察组")
