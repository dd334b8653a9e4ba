"""Round 152's class (issue 19): notices in file formats the bot did not read, part two — OFD (开放版式文档,
GB/T 33190: the fixed-layout file 电子公文 systems export, a zip of pages whose TextObjects place runs of glyphs in
millimetres) and a web page saved as a single file (MHTML, .mht/.mhtml: a MIME multipart/related holding the page's
HTML in quoted-printable or base64 and its images). They are read through the notices' entry point (bytes in,
problems out): an OFD file as a PDF's positioned lines, a saved page's HTML part as the saved web page it is.

Members the round's notices do not print: an OFD page with one TextObject per glyph, a paragraph in one TextObject
with a TextCode per line and TextCodes that go on without X, text sized by a CTM, absolute part paths, a template
page carrying the page number, a seal's turned letters, a status bracket after a problem that crosses the page
break; Word's .mht (MIME-Version first, GBK declared only in the page's meta, LF line ends), a multipart whose
`start` names a later part, the article in a frame saved as a part of its own; and files that are damaged, nested
or far larger than a notice, refused clearly in both languages."""

from __future__ import annotations

import base64
import io
import quopri
import zipfile
from xml.sax.saxutils import escape

import pytest

from errors import CorruptFile, EncryptedFile, Oversized
from notices import SUFFIXES, parse_bytes
from tests.words import said

_TITLE = "中共某县某局党组关于巡察整改进展情况的通报"
_OPENING = (
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，2024年5月20日反馈了巡察意见。"
    "反馈的4个问题中，已完成整改3个，正在推进1个。现将整改进展情况公布如下："
)
_PROBLEMS = [
    ("基层党组织建设薄弱，组织生活不规范", "修订组织生活制度，开展专项检查2次。", "已完成整改", "done"),
    (
        "专项资金拨付滞后，部分项目资金闲置",
        "对滞后资金逐笔建立台账，剩余资金正在办理拨付手续。",
        "正在推进",
        "in_progress",
    ),
    (
        "干部队伍结构不合理，年轻干部储备不足",
        "制定年轻干部培养计划，选派6名干部到基层锻炼。",
        "已完成整改并长期坚持",
        "done_longterm",
    ),
    ("公务接待管理不规范，接待清单不完整", "修订公务接待管理办法，接待清单全部规范填写。", "已完成整改", "done"),
]
_SIGNATURE = ["欢迎监督。联系电话：0731-1234567。", "中共某县某局党组", "2024年10月9日"]
_WANT = [(str(n), p[0].replace("，", ","), p[3]) for n, p in enumerate(_PROBLEMS, 1)]


def _paragraphs(bracket: bool = False) -> list[str]:
    """The notice's paragraphs: the opening, each problem with its text, the signature. With `bracket`, the status
    is a bracket closing the problem's text (…。（已完成整改）), else a sentence opening it."""
    lines = [_OPENING]
    for n, (title, text, status, _) in enumerate(_PROBLEMS, 1):
        body = f"{text}（{status}）" if bracket else f"{status}。{text}"
        lines.append(f"{n}.{title}。整改情况：{body}")
    return [*lines, *_SIGNATURE]


def _read(data: bytes, name: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_bytes(data, name).items]


def test_the_formats_are_taken_by_name() -> None:
    """The bot's upload handler and the console's folders take the files by their suffix."""
    assert {".ofd", ".mht", ".mhtml"} <= SUFFIXES


# --- OFD ---------------------------------------------------------------------------------------------------------
_OFD = "http://www.ofdspec.org/2016"
_SIZE = 4.0  # mm: one full-width glyph's advance
_COLUMN = 30  # glyphs a line
_LEFT, _TOP, _PITCH, _BOTTOM = 25.0, 30.0, 7.0, 250.0


def _wrap(text: str, indent: int = 2) -> list[str]:
    """A paragraph cut at the column's width as a typesetter cuts it (every glyph one em, for the test)."""
    first = _COLUMN - indent
    lines = [text[:first]]
    rest = text[first:]
    while rest:
        lines.append(rest[:_COLUMN])
        rest = rest[_COLUMN:]
    return lines


def _laid_out(paragraphs: list[str], bottom: float = _BOTTOM) -> list[list[tuple[float, float, str]]]:
    """Pages of (x, baseline, text) lines in millimetres: a centred title, indented paragraphs, a page break where
    the column is full (a paragraph runs on over it)."""
    pages: list[list[tuple[float, float, str]]] = [[(_LEFT + 4 * _SIZE, _TOP, _TITLE)]]
    y = _TOP + 2 * _PITCH
    for paragraph in paragraphs:
        for k, line in enumerate(_wrap(paragraph)):
            if y > bottom:
                pages.append([])
                y = _TOP
            pages[-1].append((_LEFT + (2 * _SIZE if k == 0 else 0.0), y, line))
            y += _PITCH
    return pages


def _code(text: str, x: float | None, y: float | None, step: float = _SIZE) -> str:
    xy = ("" if x is None else f' X="{x:g}"') + ("" if y is None else f' Y="{y:g}"')
    delta = f' DeltaX="g {len(text) - 1} {step:g}"' if len(text) > 1 else ""
    return f"<ofd:TextCode{xy}{delta}>{escape(text)}</ofd:TextCode>"


def _per_line(page: list[tuple[float, float, str]]) -> str:
    return "".join(
        f'<ofd:TextObject ID="{n}" Boundary="{x:g} {y - _SIZE:g} 150 {_SIZE * 1.5:g}" Font="1" Size="{_SIZE:g}">'
        f"{_code(text, 0, _SIZE)}</ofd:TextObject>"
        for n, (x, y, text) in enumerate(page, 100)
    )


def _per_glyph(page: list[tuple[float, float, str]]) -> str:
    """One TextObject per glyph, each placed by its own Boundary (as some 电子公文 exporters write a page)."""
    out, n = [], 100
    for x, y, text in page:
        for k, ch in enumerate(text):
            out.append(
                f'<ofd:TextObject ID="{n}" Boundary="{x + k * _SIZE:g} {y - _SIZE:g} {_SIZE:g} {_SIZE:g}" Font="1" '
                f'Size="{_SIZE:g}">{_code(ch, 0, _SIZE)}</ofd:TextObject>'
            )
            n += 1
    return "".join(out)


def _per_paragraph(page: list[tuple[float, float, str]]) -> str:
    """The page in one TextObject, a TextCode per line placed by X and Y, each line's second half a TextCode that
    goes on where the first ended (no X, no Y)."""
    codes = []
    for x, y, text in page:
        half = len(text) // 2
        codes.append(_code(text[:half], x, y) if half else "")
        codes.append(_code(text[half:], None if half else x, None if half else y))
    return (
        f'<ofd:TextObject ID="100" Boundary="0 0 210 297" Font="1" Size="{_SIZE:g}">{"".join(codes)}</ofd:TextObject>'
    )


def _scaled(page: list[tuple[float, float, str]]) -> str:
    """Each line sized by its CTM (Size 1, the matrix scaling it to the em), as a converter from PDF writes it."""
    return "".join(
        f'<ofd:TextObject ID="{n}" Boundary="{x:g} {y - _SIZE:g} 150 {_SIZE * 1.5:g}" Font="1" Size="1" '
        f'CTM="{_SIZE:g} 0 0 {_SIZE:g} 0 0">{_code(text, 0, 1, 1)}</ofd:TextObject>'
        for n, (x, y, text) in enumerate(page, 100)
    )


def _page_xml(objects: str, template: bool = False) -> str:
    tpl = '<ofd:Template TemplateID="5" ZOrder="Background"/>' if template else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{_OFD}">{tpl}<ofd:Content>'
        f'<ofd:Layer ID="99">{objects}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def _ofd(pages: list[str], *, absolute: bool = False, template: str | None = None, extra: dict | None = None) -> bytes:
    root = "/Doc_0/" if absolute else ""
    tpl = f'<ofd:TemplatePage ID="5" BaseLoc="{root}Tpls/Tpl_0/Content.xml"/>' if template is not None else ""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{_OFD}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
        f"</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData><ofd:Pages>"
        + "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="{root}Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        + "</ofd:Pages></ofd:Document>"
    )
    entry = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{_OFD}" Version="1.1" DocType="OFD">'
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>"
        f"<ofd:DocRoot>{'/' if absolute else ''}Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    )
    res = (
        f'<ofd:Res xmlns:ofd="{_OFD}" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋"/></ofd:Fonts></ofd:Res>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", entry)
        zf.writestr("Doc_0/Document.xml", document)
        zf.writestr("Doc_0/PublicRes.xml", res)
        if template is not None:
            zf.writestr("Doc_0/Tpls/Tpl_0/Content.xml", template)
        for n, page in enumerate(pages):
            zf.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", page)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("write", [_per_line, _per_glyph, _per_paragraph, _scaled])
def test_an_ofd_notice_is_read_whatever_objects_its_exporter_cuts_the_lines_into(write) -> None:
    pages = _laid_out(_paragraphs())
    assert len(pages) == 1
    data = _ofd([_page_xml(write(page)) for page in pages])
    assert _read(data, "通报.ofd") == _WANT


def test_an_ofd_notice_over_two_pages_keeps_the_problem_across_the_break_whole() -> None:
    """A problem's paragraph cut by the page break, its status a bracket on the next page; the page number (a
    template page drawn under each page, named by absolute paths) is no text of the notice."""
    pages = _laid_out(_paragraphs(bracket=True), bottom=_TOP + 10 * _PITCH)  # a break inside a problem
    assert len(pages) >= 2
    footer = _page_xml(
        f'<ofd:TextObject ID="90" Boundary="95 275 20 6" Font="1" Size="{_SIZE:g}">{_code("— 1 —", 0, _SIZE)}'
        "</ofd:TextObject>"
    )
    data = _ofd([_page_xml(_per_line(page), template=True) for page in pages], absolute=True, template=footer)
    notice = parse_bytes(data, "通报.ofd")
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (4, 3, 1)


def test_an_ofd_seal_s_turned_letters_are_not_read() -> None:
    """A seal drawn as text along its arc (each letter turned by its CTM) over the signature is not the notice's."""
    pages = _laid_out(_paragraphs())
    seal = "".join(
        f'<ofd:TextObject ID="{900 + k}" Boundary="{120 + 3 * k} 200 6 6" Font="1" Size="5" '
        f'CTM="0.7071 0.7071 -0.7071 0.7071 0 0">{_code(ch, 0, 5)}</ofd:TextObject>'
        for k, ch in enumerate("某县某局党组")
    )
    data = _ofd([_page_xml(_per_line(pages[0]) + seal)])
    notice = parse_bytes(data, "通报.ofd")
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT
    assert notice.signed == "2024-10-09"


def _plain_ofd() -> bytes:
    return _ofd([_page_xml(_per_line(page)) for page in _laid_out(_paragraphs())])


def test_a_damaged_ofd_is_refused_as_a_damaged_ofd_in_both_languages() -> None:
    data = _plain_ofd()
    with pytest.raises(CorruptFile) as cut:
        parse_bytes(data[: len(data) // 2], "通报.ofd")
    assert cut.value.params["kind"] == "ofd"
    assert "OFD" in said(cut.value, "en") and "ofd 文件" in said(cut.value, "zh")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{_OFD}"><ofd:DocBody><unclosed>')
    with pytest.raises(CorruptFile) as bad_xml:
        parse_bytes(out.getvalue(), "通报.ofd")
    assert bad_xml.value.params["kind"] == "ofd"


def test_an_encrypted_ofd_is_named_so() -> None:
    with pytest.raises(EncryptedFile):
        parse_bytes(_ofd([_page_xml("")], extra={"Encryptions.xml": "<Encryptions/>"}), "通报.ofd")


def test_an_ofd_of_too_many_members_or_a_bomb_is_refused_before_decoding() -> None:
    many = _ofd([_page_xml("")], extra={f"Doc_0/Res/img_{n}.png": b"x" for n in range(10_001)})
    with pytest.raises(Oversized):
        parse_bytes(many, "通报.ofd")
    bomb = _ofd([_page_xml("")], extra={"Doc_0/Pages/Page_9/Content.xml": b" " * (33 * 1024 * 1024)})
    with pytest.raises(Oversized):
        parse_bytes(bomb, "通报.ofd")


# --- MHTML ------------------------------------------------------------------------------------------------------------
def _page(paragraphs: list[str], furniture: bool = True) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    nav = '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>' if furniture else ""
    foot = '<div class="foot">版权所有 某县人民政府 备案号 12345</div>' if furniture else ""
    return (
        f"<html><head><title>{_TITLE}</title></head><body>{nav}<h1>{_TITLE}</h1>"
        f'<div class="content">{body}</div>{foot}</body></html>'
    )


def _mime(parts: list[tuple[str, bytes]], *, head: str = "", eol: str = "\r\n", start: str = "") -> bytes:
    """A MIME multipart/related of (headers, body) parts, split by a boundary."""
    boundary = "----=_NextPart_01DB0A1B.2C3D4E50"
    start_param = f'; start="<{start}>"' if start else ""
    lines = [
        *([head] if head else []),
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related; boundary="{boundary}"; type="text/html"{start_param}',
        "",
        "This document is a Single File Web Page, also known as a Web Archive file.",
        "",
    ]
    text = eol.join(lines).encode("ascii")
    for headers, body in parts:
        text += f"--{boundary}{eol}{headers.replace(chr(10), eol)}{eol}{eol}".encode("ascii") + body + eol.encode()
    return text + f"--{boundary}--{eol}".encode("ascii")


def _qp(data: bytes, eol: str = "\r\n") -> bytes:
    return quopri.encodestring(data).replace(b"\n", eol.encode())


def _b64(data: bytes, eol: str = "\r\n") -> bytes:
    text = base64.b64encode(data)
    return eol.encode().join(text[i : i + 76] for i in range(0, len(text), 76))


def test_word_s_mht_with_its_charset_only_in_the_page_s_meta_and_lf_line_ends_is_read() -> None:
    """Word's and WPS's 单个文件网页: MIME-Version first, the HTML part's Content-Type without a charset, the page's
    <meta> naming GBK, quoted-printable, LF line ends."""
    html = _page(_paragraphs(), furniture=False).replace(
        "<head>", '<head><meta http-equiv=Content-Type content="text/html; charset=gbk">'
    )
    part = (
        "Content-Location: file:///C:/tongbao.htm\nContent-Transfer-Encoding: quoted-printable\n"
        "Content-Type: text/html",
        _qp(html.encode("gbk"), "\n"),
    )
    assert _read(_mime([part], eol="\n"), "通报.mht") == _WANT


def test_a_saved_page_whose_start_names_a_later_part_is_read_from_that_part() -> None:
    """The multipart's `start` names the page's part by its Content-ID; a stylesheet and another page precede it."""
    css = ("Content-Type: text/css\nContent-Location: http://x.gov.cn/a.css", b"p { margin: 0 }")
    other = (
        "Content-Type: text/html; charset=utf-8\nContent-ID: <ad@x>\nContent-Transfer-Encoding: base64",
        _b64("<html><body><p>广告位</p><p>扫码关注</p><p>返回顶部</p></body></html>".encode()),
    )
    page = (
        "Content-Type: text/html; charset=utf-8\nContent-ID: <page@x>\nContent-Transfer-Encoding: base64",
        _b64(_page(_paragraphs()).encode()),
    )
    assert _read(_mime([css, other, page], start="page@x"), "通报.mhtml") == _WANT


def test_a_saved_page_whose_article_is_a_frame_reads_the_frame() -> None:
    """A portal keeps its article in an <iframe>; the browser saves the frame as a part of its own (cid:)."""
    shell = (
        '<html><head><meta charset="utf-8"><title>信息公开</title></head><body><div class="nav"><a>首页</a></div>'
        '<iframe src="cid:frame-1@mhtml.blink"></iframe><div class="foot">版权所有</div></body></html>'
    )
    parts = [
        (
            "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\nContent-Location: http://x.gov.cn/",
            _qp(shell.encode()),
        ),
        (
            "Content-Type: text/html\nContent-ID: <frame-1@mhtml.blink>\nContent-Transfer-Encoding: quoted-printable",
            _qp(_page(_paragraphs(bracket=True)).replace("<head>", '<head><meta charset="utf-8">').encode()),
        ),
    ]
    assert _read(_mime(parts, head="From: <Saved by Blink>"), "通报.mhtml") == _WANT


def _notice_mht() -> bytes:
    return _mime(
        [
            (
                "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64",
                _b64(_page(_paragraphs()).encode()),
            )
        ]
    )


def test_a_damaged_saved_page_is_refused_as_one_in_both_languages() -> None:
    """Cut short before its page's part, or its boundary lost: a damaged saved page, said so in both languages."""
    data = _notice_mht()
    with pytest.raises(CorruptFile) as cut:
        parse_bytes(data[: data.index(b"------=_NextPart")], "通报.mht")
    assert cut.value.params["kind"] == "mhtml"
    assert ".mht" in said(cut.value, "en") and "mht" in said(cut.value, "zh")
    lost = data.replace(b'boundary="----=_NextPart_01DB0A1B.2C3D4E50"', b'boundary="other"')
    with pytest.raises(CorruptFile) as no_boundary:
        parse_bytes(lost, "通报.mht")
    assert no_boundary.value.params["kind"] == "mhtml"


def test_a_saved_page_nested_too_deep_or_of_too_many_parts_is_refused() -> None:
    entity = "Content-Type: text/html; charset=utf-8\r\n\r\n" + _page(_paragraphs())
    for depth in range(12):  # multiparts inside multiparts, the page at the bottom
        entity = f'Content-Type: multipart/related; boundary="b{depth}"\r\n\r\n--b{depth}\r\n{entity}\r\n--b{depth}--'
    with pytest.raises(CorruptFile) as deep:
        parse_bytes(("MIME-Version: 1.0\r\n" + entity).encode(), "通报.mht")
    assert deep.value.params["kind"] == "mhtml"
    images = [("Content-Type: image/png\nContent-Transfer-Encoding: base64", b"iVBORw0KGgo=")] * 2_001
    page = ("Content-Type: text/html; charset=utf-8", _page(_paragraphs()).encode())
    with pytest.raises(Oversized):
        parse_bytes(_mime([page, *images]), "通报.mht")


# --- a dated plan, then a sentence saying only that the work goes on -------------------------------------------------
@pytest.mark.parametrize(
    ("closing", "pending"),
    [
        ("新招录的专业人员将于2026年7月到岗。目前正在整改。", True),
        ("办公用房已完成设计，计划年内完工。仍在推进。", True),
        ("新建校区已开工建设，计划2026年9月投入使用。整改中。", True),
    ],
)
def test_a_dated_plan_before_a_closing_under_way_sentence_is_pending_work(closing: str, pending: bool) -> None:
    """A 整改进展 paragraph closing on its status sentence (正在推进整改。 / 该问题正在整改中。) after a dated plan
    (计划…投入使用, 力争…上线, 将于…到岗): the sentence agrees with the plan, whose end is still to come."""
    from notices import parse_notice

    lines = [_TITLE, _OPENING]
    for n, (title, text, status, _) in enumerate(_PROBLEMS, 1):
        lines += [f"{n}.{title}。", f"整改情况：{closing if n == 2 else status + '。' + text}"]
    notice = parse_notice("\n".join([*lines, *_SIGNATURE]), "通报.txt")
    assert [i.title for i in notice.items] == [w[1] for w in _WANT]
    assert notice.items[1].pending is pending
