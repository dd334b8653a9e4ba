"""Round 113's classes (issue 19: Word files as people forward them, part three), each with members the round's
notices do not print: a symbol font's check boxes (w:sym) ticking a form's choice of status, in a ledger's cell and
in a paragraph, and a status stamp drawn as a text box beside the problem it marks."""

from __future__ import annotations

import io
import unicodedata

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from notices import parse_bytes

_HEAD = (
    "中共某县某局党组关于巡察反馈意见整改进展情况的通报",
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改进展情况公布如下。",
)
_PROBLEMS = ("制度建设不健全，内部管理制度修订滞后", "档案资料管理不规范，部分档案材料缺失")
_TITLES = [unicodedata.normalize("NFKC", p) for p in _PROBLEMS]  # a title as the parser gives it


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def _t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A Word file of plain paragraphs (raw run XML each) and an optional table whose cells are raw run XML."""
    document = docx.Document()
    body = document.element.body
    sect = body[-1]
    for runs in [_t(_HEAD[0]), _t(_HEAD[1]), *paragraphs]:
        sect.addprevious(parse_xml(f"<w:p {nsdecls('w')}>{runs}</w:p>"))
    if table:
        rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{c}</w:p></w:tc>" for c in row) + "</w:tr>" for row in table)
        sect.addprevious(parse_xml(f"<w:tbl {nsdecls('w')}><w:tblGrid/>{rows}</w:tbl>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# A Word form ticks its status column with a symbol font's boxes (Insert > Symbol): ☑ and □ are no text but w:sym, a
# font and a code (F052 and F0A3 in Wingdings 2, FE and A8 in Wingdings, D6 √ in Symbol). The ticked option is the
# row's status, the empty one states nothing.
_CHOICES = [
    # (font, ticked code, empty code, first option, second option)
    ("Wingdings 2", "F052", "F0A3", "已整改", "整改中"),
    ("Wingdings", "00FE", "00A8", "已销号", "持续推进"),
    ("Wingdings", "F0FD", "F06F", "已办结", "正在整改"),
    ("Symbol", "F0D6", None, "已完成整改", "正在推进"),
]


def _choice(font: str, ticked: str, empty: str | None, options: tuple[str, str], chosen: int) -> str:
    runs = []
    for n, option in enumerate(options):
        box = _sym(font, ticked) if n == chosen else (_sym("Wingdings", "F0A8") if empty is None else _sym(font, empty))
        runs.append(box + _t(option + "  "))
    return "".join(runs)


@pytest.mark.parametrize(("font", "ticked", "empty", "first", "second"), _CHOICES)
def test_a_symbol_fonts_box_ticks_the_status_in_a_ledgers_cell(
    font: str, ticked: str, empty: str | None, first: str, second: str
) -> None:
    table = [[_t("序号"), _t("反馈问题"), _t("整改措施"), _t("完成情况")]]
    for n, problem in enumerate(_PROBLEMS):
        cells = [_t(str(n + 1)), _t(problem), _t("修订制度，开展检查。")]
        table.append([*cells, _choice(font, ticked, empty, (first, second), n)])
    notice = parse_bytes(_docx([], table), "ledger.docx")
    assert [(i.title, i.status) for i in notice.items] == list(zip(_TITLES, ["done", "in_progress"], strict=True))


@pytest.mark.parametrize(("font", "ticked", "empty", "first", "second"), _CHOICES)
def test_a_symbol_fonts_box_ticks_the_status_in_a_field(
    font: str, ticked: str, empty: str | None, first: str, second: str
) -> None:
    paragraphs = []
    for n, problem in enumerate(_PROBLEMS):
        paragraphs += [
            _t(f"{n + 1}.{problem}。"),
            _t("完成情况：") + _choice(font, ticked, empty, (first, second), 1 - n),
        ]
    notice = parse_bytes(_docx(paragraphs), "fields.docx")
    assert [i.status for i in notice.items] == ["in_progress", "done"]


# The boxes typed rather than inserted: the run's font set to a symbol font and R typed for ☑, £ for □ (Wingdings 2),
# þ for ☑, ¨ for □ (Wingdings); the letters show as the marks, the CJK words beside them keep their own font.
def _typed(font: str, letter: str, words: str = "") -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    return f'<w:r><w:rPr>{fonts}</w:rPr><w:t xml:space="preserve">{letter}{words}</w:t></w:r>'


@pytest.mark.parametrize(
    ("font", "ticked", "empty", "first", "second", "words_in_font"),
    [
        ("Wingdings 2", "R", "£", "已整改", "整改中", False),
        ("wingdings 2", "R", "£", "已销号", "未销号", True),
        ("Wingdings", "þ", "¨", "已办结", "持续推进", False),
        ("Wingdings", "\uf0fe", "\uf0a8", "整改完成", "正在整改", True),
    ],
)
def test_a_box_typed_in_a_symbol_font_ticks_the_status(
    font: str, ticked: str, empty: str, first: str, second: str, words_in_font: bool
) -> None:
    table = [[_t("序号"), _t("反馈问题"), _t("整改措施"), _t("完成情况")]]
    for n, problem in enumerate(_PROBLEMS):
        cells = [_t(str(n + 1)), _t(problem), _t("修订制度，开展检查。")]
        options = []
        for m, option in enumerate((first, second)):
            box = ticked if m == n else empty
            options.append(_typed(font, box, option + " ") if words_in_font else _typed(font, box) + _t(option + " "))
        table.append([*cells, "".join(options)])
    notice = parse_bytes(_docx([], table), "typed.docx")
    assert [(i.title, i.status) for i in notice.items] == list(zip(_TITLES, ["done", "in_progress"], strict=True))


# A status stamp (已完成 in a red box beside the problem) is a text box anchored in the problem's paragraph: its
# words state that problem's status, whether Word saved it as a drawing with a VML fallback or WPS as VML alone.
_MC = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box(lines: list[str], vml_only: bool) -> str:
    content = "<w:txbxContent>" + "".join(f"<w:p>{_t(line)}</w:p>" for line in lines) + "</w:txbxContent>"
    vml = f'<w:pict><v:shape style="position:absolute"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    if vml_only:
        return f"<w:r {_MC}>{vml}</w:r>"
    drawing = (
        f"<w:drawing><wp:anchor {nsdecls('wp', 'a')}><a:graphic><a:graphicData><wps:wsp><wps:txbx>{content}"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    return (
        f'<w:r {_MC}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


@pytest.mark.parametrize(
    ("stamps", "vml_only", "statuses"),
    [
        ((["已整改"], ["正在推进"]), False, ["done", "in_progress"]),
        ((["持续整改"], ["已销号"]), False, ["in_progress", "done"]),
        ((["已办结"], ["整改完成", "长期坚持"]), True, ["done", "done_longterm"]),
        ((["未完成"], ["已整改到位"]), True, ["in_progress", "done"]),
    ],
)
def test_a_stamp_box_beside_a_problem_states_its_status(
    stamps: tuple[list[str], list[str]], vml_only: bool, statuses: list[str]
) -> None:
    paragraphs = ["".join(_t("二、巡察反馈问题整改情况"))]
    for n, (problem, stamp) in enumerate(zip(_PROBLEMS, stamps, strict=True)):
        paragraphs += [_t(f"{n + 1}.{problem}。") + _box(stamp, vml_only), _t("整改情况：修订制度5项，开展检查2次。")]
    notice = parse_bytes(_docx(paragraphs), "stamps.docx")
    assert [(i.title, i.status) for i in notice.items] == list(zip(_TITLES, statuses, strict=True))


# The same stamp set inside a ledger's cell: the 完成情况 cell holds no typed words, only a text box (or its VML
# copy for older readers) with the status, or the measures cell closes with one. The box's words are the cell's, read
# once, not twice from the drawing and its fallback.
@pytest.mark.parametrize(
    ("stamps", "vml_only", "column", "statuses"),
    [
        ((["已整改"], ["正在推进"]), False, 3, ["done", "in_progress"]),
        ((["整改中"], ["已办结"]), True, 3, ["in_progress", "done"]),
        ((["已完成", "长期坚持"], ["持续推进"]), False, 2, ["done_longterm", "in_progress"]),
    ],
)
def test_a_stamp_box_inside_a_ledgers_cell_states_its_rows_status(
    stamps: tuple[list[str], list[str]], vml_only: bool, column: int, statuses: list[str]
) -> None:
    table = [[_t("序号"), _t("反馈问题"), _t("整改措施"), _t("完成情况")]]
    for n, (problem, stamp) in enumerate(zip(_PROBLEMS, stamps, strict=True)):
        cells = [_t(str(n + 1)), _t(problem), _t("修订制度，开展检查。"), ""]
        cells[column] += _box(stamp, vml_only)
        table.append(cells)
    notice = parse_bytes(_docx([], table), "ledger.docx")
    assert [(i.title, i.status) for i in notice.items] == list(zip(_TITLES, statuses, strict=True))
    assert all("已" not in i.title and "推进" not in i.title for i in notice.items)
