"""Round 142's class (issue 19): notices saved in office formats other than Word's and Excel's own — OpenDocument text
(.odt: LibreOffice, WPS's 另存为 ODF, the 永中/中标 suites of government machines), Rich Text (.rtf: WordPad, old OA
systems' exports, Word's 另存为 RTF; Chinese as \\'xx bytes of a code page or as \\uN escapes) and OpenDocument
spreadsheets (.ods ledgers). They are read through the notices' entry point (bytes in, problems out) as their Word
and Excel counterparts are. Members the round's notices do not print: lists numbered by the list style (the number
is not in the text), headings numbered by the outline style, a table's class cell merged down its rows and its header
rows wrapped, Word's RTF (\\uc2 with two-byte fallbacks, a table of \\cell and \\row with a cell merged down, list
numbers cached in \\listtext, \\upr), Big5 and raw 8-bit RTF, an RTF an OA system names .doc, a ledger's hidden rows,
hidden columns and hidden sheet; and files that are damaged or far larger than a notice, refused clearly."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from errors import CorruptFile, EmptyFile, EncryptedFile, Oversized
from notices import SUFFIXES, parse_bytes

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.2"'
)
_TEXT_TYPE = "application/vnd.oasis.opendocument.text"
_SHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet"

_TITLE = "中共某县某局党组关于巡察整改进展情况的通报"
_OPENING = (
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，2024年5月20日反馈了巡察意见。"
    "反馈的3个问题中，已完成整改2个，正在推进1个。现将整改进展情况公布如下："
)
_SIGNATURE = ["欢迎监督。联系电话：0731-1234567。", "中共某县某局党组", "2024年10月9日"]
_PROBLEMS = [
    ("基层党组织建设薄弱，组织生活不规范", "已完成整改。修订组织生活制度。", "done"),
    ("专项资金拨付滞后", "正在推进。剩余资金正在办理拨付手续。", "in_progress"),
    ("干部队伍结构不合理", "已完成整改，并长期坚持。制定年轻干部培养计划。", "done_longterm"),
]


def _zip(mimetype: str, content: str, styles: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", mimetype)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr(
            "styles.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}><office:styles>{styles}'
            "</office:styles></office:document-styles>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
        for name, data in (extra or {}).items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _odt(body: str, automatic: str = "", styles: str = "") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return _zip(_TEXT_TYPE, content, styles)


def _ods(tables: str, automatic: str = "") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    return _zip(_SHEET_TYPE, content)


def _p(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def _read(data: bytes, name: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_bytes(data, name).items]


_WANT = [(str(n), title.replace("，", ","), status) for n, (title, _, status) in enumerate(_PROBLEMS, 1)]


def test_the_formats_are_taken_by_name() -> None:
    """The bot's upload handler and the console's folders take the files by their suffix."""
    assert {".odt", ".ods", ".rtf"} <= SUFFIXES


# --- .odt -----------------------------------------------------------------------------------------------------------
# A LibreOffice or WPS user numbers the problems with the list button and the aspects with the outline numbering of
# 标题 1: the numbers are the list style's (prefix, format, suffix), not the text's, and are counted as shown; a list
# interrupted by an aspect heading goes on counting where it continues its list (text:continue-numbering).
@pytest.mark.parametrize(
    ("aspect", "problem"),
    [
        (("(", "一, 二, 三, ...", ")"), ("", "1", ".")),
        (("", "一, 二, 三, ...", "、"), ("", "1", "、")),
        (("（", "一, 二, 三, ...", "）"), ("(", "1", ")")),
        (("", "一, 二, 三, ...", "."), ("", "1", ".")),
    ],
)
def test_an_odt_numbered_by_its_list_and_outline_styles(
    aspect: tuple[str, str, str], problem: tuple[str, str, str]
) -> None:
    outline = (
        '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
        f'style:num-prefix="{aspect[0]}" style:num-format="{aspect[1]}" style:num-suffix="{aspect[2]}"/>'
        "</text:outline-style>"
    )
    lists = (
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        f'style:num-prefix="{problem[0]}" style:num-format="{problem[1]}" style:num-suffix="{problem[2]}"/>'
        "</text:list-style>"
    )
    aspects = ["贯彻落实上级决策部署方面", "全面从严治党方面"]
    body = [_p(_TITLE), _p(_OPENING)]
    for k, (title, result, _) in enumerate(_PROBLEMS):
        if k in (0, 2):
            body.append(f'<text:h text:outline-level="1">{aspects[k // 2]}</text:h>')
        continued = ' text:continue-numbering="true"' if k else ""
        body.append(
            f'<text:list text:style-name="L1"{continued}><text:list-item>{_p(title + "。")}'
            f"</text:list-item></text:list>{_p('整改情况：' + result)}"
        )
    body += [_p(line) for line in _SIGNATURE]
    notice = parse_bytes(_odt("".join(body), lists, outline), "通报.odt")
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT
    assert (notice.claimed.completed, notice.claimed.in_progress) == (2, 1)
    assert len({i.aspect for i in notice.items}) == 2


# A table's header rows wrapped in table:table-header-rows, its class cell merged DOWN its rows (number-rows-spanned,
# covered cells under it), a status column: read as a Word table's rows are.
@pytest.mark.parametrize("status_header", ["完成情况", "整改进度", "整改状态"])
def test_an_odt_table_with_a_class_cell_merged_down(status_header: str) -> None:
    def row(*cells: str) -> str:
        out = []
        for cell in cells:
            if cell == "<covered>":
                out.append("<table:covered-table-cell/>")
            elif cell.startswith("<span"):
                rows, text = cell[5:].split(">", 1)
                out.append(f'<table:table-cell table:number-rows-spanned="{rows}">{_p(text)}</table:table-cell>')
            else:
                out.append(f"<table:table-cell>{_p(cell)}</table:table-cell>")
        return "<table:table-row>" + "".join(out) + "</table:table-row>"

    header = row("序号", "问题类别", "存在问题", "整改措施", status_header)
    rows = [
        row("1", "<span2>(一)贯彻落实上级决策部署方面", _PROBLEMS[0][0], "修订组织生活制度", "已完成"),
        row("2", "<covered>", _PROBLEMS[1][0], "办理拨付手续", "正在推进"),
        row("3", "(二)全面从严治党方面", _PROBLEMS[2][0], "制定培养计划", "已完成并长期坚持"),
    ]
    table = (
        '<table:table table:name="表格1"><table:table-column table:number-columns-repeated="5"/>'
        f"<table:table-header-rows>{header}</table:table-header-rows>{''.join(rows)}</table:table>"
    )
    body = _p(_TITLE) + _p(_OPENING) + table + "".join(_p(line) for line in _SIGNATURE)
    notice = parse_bytes(_odt(body), "通报.odt")
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT
    assert [i.aspect for i in notice.items][:2] == ["(一)贯彻落实上级决策部署方面"] * 2


def test_an_odt_shows_no_tracked_deletion_nor_note() -> None:
    """A deleted problem kept in the tracked changes, a footnote's text: no text the reader sees."""
    body = [
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        + _p("4.已删除的问题。")
        + "</text:deletion></text:changed-region></text:tracked-changes>",
        _p(_TITLE),
        _p(_OPENING),
    ]
    for n, (title, result, _) in enumerate(_PROBLEMS, 1):
        note = '<text:note text:note-class="footnote"><text:note-body>' + _p("注：5.另一问题。") + "</text:note-body>"
        body.append(f"<text:p>{n}.{escape(title)}。{note}</text:note></text:p>{_p('整改情况：' + result)}")
    body += [_p(line) for line in _SIGNATURE]
    assert _read(_odt("".join(body)), "通报.odt") == _WANT


# --- .rtf ------------------------------------------------------------------------------------------------------------
def _rtf_bytes(text: str, codec: str) -> str:
    return "".join(
        ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode(codec)) for ch in text.replace("\\", "\\\\")
    )


def _rtf_word(text: str) -> str:
    """Word's way: \\uN with its GBK bytes as the fallback (\\uc2)."""
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append(ch)
        else:
            fallback = "".join(f"\\'{b:02x}" for b in ch.encode("gbk", errors="replace"))
            out.append(f"\\u{code - 65536 if code > 32767 else code}{fallback}")
    return "".join(out)


def _lines() -> list[str]:
    lines = [_TITLE, _OPENING]
    for n, (title, result, _) in enumerate(_PROBLEMS, 1):
        lines += [f"{n}.{title}。", f"整改情况：{result}"]
    return lines + _SIGNATURE


@pytest.mark.parametrize(
    ("head", "escape_text", "name"),
    [
        # Word 另存为 RTF: \ansicpg936, every Chinese character as \uN with two fallback bytes (\uc2)
        (
            "{\\rtf1\\adeflang1025\\ansi\\ansicpg936\\uc2\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}",
            _rtf_word,
            "a.rtf",
        ),
        # WordPad under a Chinese Windows, saved by an OA system under the name .doc
        (
            "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0",
            lambda t: _rtf_bytes(t, "gbk"),
            "通报.doc",
        ),
        # a font's charset over a Western code page (\ansicpg1252 with \fcharset134: the bytes are the font's)
        (
            "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}"
            "{\\f1\\fnil\\fcharset134 SimSun;}}\\f1",
            lambda t: _rtf_bytes(t, "gbk"),
            "b.rtf",
        ),
        # an old exporter's raw 8-bit GB18030 bytes, not escaped
        ("{\\rtf1\\ansi\\ansicpg936\\deff0", lambda t: t, "c.rtf"),
    ],
)
def test_an_rtf_in_each_way_of_writing_chinese(head: str, escape_text, name: str) -> None:  # type: ignore[no-untyped-def]
    body = "".join(f"\\pard {escape_text(line)}\\par\r\n" for line in _lines())
    data = head + "\r\n{\\info{\\title 标题}}" + body + "}"
    raw = data.encode("gb18030")
    assert _read(raw, name) == _WANT


def test_an_rtf_upr_shows_its_unicode_text_once() -> None:
    r"""\upr{ansi text}{\*\ud{unicode text}}: Word's paragraph written twice, read once, in Unicode."""
    body = "".join(
        f"{{\\upr{{\\pard {_rtf_bytes(line, 'gbk')}\\par}}{{\\*\\ud{{\\pard {_rtf_word(line)}\\par}}}}}}\r\n"
        for line in _lines()
    )
    data = "{\\rtf1\\ansi\\ansicpg936\\uc2" + body + "}"
    assert _read(data.encode("ascii"), "a.rtf") == _WANT


def test_an_rtf_picture_in_raw_bytes_and_hidden_text_are_no_text() -> None:
    r"""A logo stored as \bin raw bytes (braces among them are no groups) and a hidden paragraph (\v) before the
    notice's text: neither is read."""
    logo = b"{\\pict\\pngblip\\bin8 }{\x89{}}PN}"
    hidden = "{\\v " + _rtf_word("9.已删除的问题。") + "\\par}"
    body = "".join(f"\\pard {_rtf_word(line)}\\par\r\n" for line in _lines())
    data = b"{\\rtf1\\ansi\\ansicpg936\\uc2" + logo + (hidden + body + "}").encode("ascii")
    assert _read(data, "a.rtf") == _WANT


def test_an_rtf_table_with_its_class_cell_merged_down_and_list_numbers() -> None:
    """A Word table saved as RTF: \\trowd row definitions, \\clvmgf/\\clvmrg for the class cell merged down, a cell of
    two paragraphs, and the numbers Word caches in \\listtext before the paragraphs after it."""

    def row(cells: list[str], merge: list[str]) -> str:
        defs = "".join(f"{m}\\cellx{1500 * (k + 1)}" for k, m in enumerate(merge))
        return "\\trowd" + defs + "".join(f"\\pard\\intbl {_rtf_word(c)}\\cell" for c in cells) + "\\row\r\n"

    width = ["", "", "", ""]
    rows = row(["序号", "问题类别", "存在问题", "整改情况"], width)
    rows += row(
        ["1", "(一)贯彻落实上级决策部署方面", _PROBLEMS[0][0], "已完成整改。\\par 修订组织生活制度。"],
        ["", "\\clvmgf", "", ""],
    )
    rows += row(["2", "", _PROBLEMS[1][0], "正在推进。剩余资金正在办理拨付手续。"], ["", "\\clvmrg", "", ""])
    rows += row(["3", "(二)全面从严治党方面", _PROBLEMS[2][0], "已完成整改，并长期坚持。"], width)
    head = "".join(f"\\pard {_rtf_word(line)}\\par\r\n" for line in [_TITLE, _OPENING])
    tail = "".join(
        f"\\pard{{\\listtext\\f0 {n}.\\tab}}{_rtf_word(line)}\\par\r\n"
        for n, line in enumerate(["下一步将持续巩固整改成果。", "建立长效机制。"], 1)
    ) + "".join(f"\\pard {_rtf_word(line)}\\par\r\n" for line in _SIGNATURE)
    data = "{\\rtf1\\ansi\\ansicpg936\\uc2" + head + rows + tail + "}"
    notice = parse_bytes(data.encode("ascii"), "a.rtf")
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT
    assert [i.aspect for i in notice.items][:2] == ["(一)贯彻落实上级决策部署方面"] * 2


# --- .ods ------------------------------------------------------------------------------------------------------------
def test_an_ods_ledger_reads_only_what_it_shows() -> None:
    """A hidden row (a problem struck off the ledger), a hidden column (内部备注 saying the opposite) and a hidden
    sheet (a draft) are not read; the empty cells a sheet is padded with (number-columns-repeated) are not kept."""

    def row(*cells: str, hidden: bool = False) -> str:
        out = [f"<table:table-cell>{_p(c)}</table:table-cell>" for c in cells]
        out.append('<table:table-cell table:number-columns-repeated="16379"/>')
        visibility = ' table:visibility="collapse"' if hidden else ""
        return f"<table:table-row{visibility}>" + "".join(out) + "</table:table-row>"

    columns = (
        '<table:table-column table:number-columns-repeated="3"/>'
        '<table:table-column table:visibility="collapse"/><table:table-column/>'
    )
    rows = [
        row("中共某县某局党组巡察整改台账"),
        row("序号", "存在问题", "整改措施", "内部备注", "完成情况"),
        row("1", _PROBLEMS[0][0], "修订组织生活制度", "未完成", "已完成"),
        row("9", "已撤销的问题", "无", "无", "正在推进", hidden=True),
        row("2", _PROBLEMS[1][0], "办理拨付手续", "已完成", "正在推进"),
        row("3", _PROBLEMS[2][0], "制定培养计划", "未完成", "已完成并长期坚持"),
    ]
    sheet = f'<table:table table:name="台账">{columns}{"".join(rows)}</table:table>'
    hidden = (
        '<table:table table:name="草稿" table:style-name="ta2"><table:table-row>'
        f"<table:table-cell>{_p('5')}</table:table-cell><table:table-cell>{_p('草稿中的问题')}</table:table-cell>"
        "</table:table-row></table:table>"
    )
    style = (
        '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
        "</style:style>"
    )
    assert _read(_ods(sheet + hidden, style), "台账.ods") == _WANT


# --- damaged and oversized files -------------------------------------------------------------------------------------
def _notice_odt() -> bytes:
    body = [_p(line) for line in _lines()]
    return _odt("".join(body))


def test_a_damaged_odt_is_refused_as_a_damaged_odt() -> None:
    data = _notice_odt()
    with pytest.raises(CorruptFile) as cut:
        parse_bytes(data[: len(data) // 2], "通报.odt")
    assert cut.value.params["kind"] == "odt"
    with pytest.raises(CorruptFile) as bad_xml:
        parse_bytes(_zip(_TEXT_TYPE, "<office:document-content><unclosed>"), "通报.odt")
    assert bad_xml.value.params["kind"] == "odt"


def test_a_password_protected_odt_is_named_so() -> None:
    manifest = (
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        b'<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>'
        b"</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", _TEXT_TYPE)
        zf.writestr("content.xml", b"\x8f\x13 encrypted bytes")
        zf.writestr("META-INF/manifest.xml", manifest)
    with pytest.raises(EncryptedFile):
        parse_bytes(out.getvalue(), "通报.odt")


def test_an_odt_bomb_and_a_zip_of_many_members_are_refused_before_decoding() -> None:
    bomb = _zip(_TEXT_TYPE, "<a>" + " " * (40 * 1024 * 1024) + "</a>")
    assert len(bomb) < 200_000
    with pytest.raises(Oversized):
        parse_bytes(bomb, "通报.odt")
    many = _zip(_TEXT_TYPE, "<a/>", extra={f"Pictures/{n}.png": b"" for n in range(10_050)})
    with pytest.raises(Oversized):
        parse_bytes(many, "通报.odt")


def test_an_ods_repeating_rows_of_text_is_bounded() -> None:
    """A row with text repeated a million times (a sheet filled down to its end) is not built a million times."""
    row = (
        '<table:table-row table:number-rows-repeated="1000000">'
        f'<table:table-cell table:number-columns-repeated="1000">{_p("已完成")}</table:table-cell></table:table-row>'
    )
    with pytest.raises(Oversized):
        parse_bytes(_ods(f'<table:table table:name="台账">{row}</table:table>'), "台账.ods")


def test_an_rtf_nested_beyond_reason_or_without_text_is_refused() -> None:
    with pytest.raises(CorruptFile) as nested:
        parse_bytes(b"{\\rtf1" + b"{" * 100_000 + b"}" * 100_000 + b"}", "a.rtf")
    assert nested.value.params["kind"] == "rtf"
    with pytest.raises(EmptyFile):
        parse_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}", "a.rtf")
