"""Write a notice's text as the file formats people forward: .docx, .pdf, .html, .xlsx, .xls, GB18030 and UTF-16 text.

Used by the tests and by bench/parse_bench.py; needs the dev extras (reportlab).
"""

from __future__ import annotations

import html
import io
import re

FORMATS = ("txt", "gb18030", "utf16", "docx", "doc", "pdf", "html")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def to_gb18030_crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("gb18030")


def to_utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with BOM, as Windows Notepad writes it


def to_docx(text: str, table: list[list[str]] | None = None, after: str = "") -> bytes:
    import docx

    document = docx.Document()
    for para in paragraphs(text):
        document.add_paragraph(para)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for para in paragraphs(after):
        document.add_paragraph(para)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_xlsx(text: str) -> bytes:
    """An Excel workbook of the text: a line a row, a tab-separated line's cells in its columns (a ledger pasted
    into Excel, or typed there)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for para in paragraphs(text):
        sheet.append([cell.strip() for cell in para.split("\t")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_xls(text: str) -> bytes:
    """An Excel 97–2003 workbook of the text (xlwt writes BIFF8, as Excel and WPS 表格 save it), laid out as
    to_xlsx's."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for r, para in enumerate(paragraphs(text)):
        for c, cell in enumerate(para.split("\t")):
            if cell.strip():
                sheet.write(r, c, cell.strip())
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_html(text: str, title: str | None = None) -> bytes:
    """The article inside typical government-site chrome: nav, breadcrumbs, sidebar and footer."""
    paras = paragraphs(text)
    title = title or (paras[0] if "关于" in paras[0] else "巡察整改进展情况")
    # The page header carries the publication date where the notice has one; the article does not.
    info = next((p for p in paras[:5] if "发布时间" in p), "来源：本站 浏览次数：503")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras if p not in (title, info))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_人民政府网</title>
<script>var _hmt = _hmt || [];</script><style>body{{font-size:14px}}</style></head>
<body>
<div class="top"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/xwzx">新闻中心</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
<div class="main"><div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">{html.escape(info)}</div>
<div class="content">{body}</div>
</div>
<div class="sidebar"><h3>热点推荐</h3><ul><li><a href="#">全县召开经济工作会议</a></li>
<li><a href="#">政务服务事项清单</a></li></ul></div></div>
<div class="footer"><p>主办单位：县人民政府办公室 承办：县政务服务中心</p>
<p>网站标识码：4312240001 备案号：湘ICP备12345678号 公网安备 43122402000123号</p>
<p>政务微信 政务微博 手机版</p></div>
</body></html>"""
    return page.encode("utf-8")


def to_pdf(text: str, chars_per_line: int = 36, lines_per_page: int = 40) -> bytes:
    """A text PDF in reportlab's built-in STSong-Light: wrapped lines, running header and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size = 12
    width, height = A4
    left, top = 72, height - 80
    lines: list[str] = []
    for para in paragraphs(text):
        indent = "" if _is_heading(para) else "　　"
        para = indent + para
        lines.extend(_wrap(para, chars_per_line))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    for number, page in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 9)
        pdf.drawCentredString(width / 2, height - 40, "巡察整改进展情况通报")
        pdf.drawCentredString(width / 2, 30, f"- {number} -")
        pdf.setFont("STSong-Light", size)
        y = top
        for line in page:
            pdf.drawString(left, y, line)
            y -= size * 1.5
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _is_heading(para: str) -> bool:
    return bool(re.match(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])", para))


def _wrap(para: str, width: int) -> list[str]:
    """Wrap by display width: a CJK character counts 1, an ASCII character 1/2."""
    lines, current, used = [], "", 0.0
    for ch in para:
        w = 0.5 if ord(ch) < 128 else 1.0
        if used + w > width:
            lines.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    if current:
        lines.append(current)
    return lines


def hard_wrap(text: str, width: int) -> str:
    """Text as copied out of a PDF: every paragraph broken at a fixed display width, also inside
    titles, numbers and dates (a CJK character counts 1, an ASCII character 1/2)."""
    return "\n".join(line for para in paragraphs(text) for line in _wrap(para, width))


def convert(text: str, fmt: str) -> tuple[bytes, str]:
    """(file bytes, file name suffix) of text written as fmt."""
    if fmt == "txt":
        return text.encode("utf-8"), ".txt"
    if fmt == "gb18030":
        return to_gb18030_crlf(text), ".txt"
    if fmt == "utf16":
        return to_utf16(text), ".txt"
    if fmt == "docx":
        return to_docx(text), ".docx"
    if fmt == "doc":
        return to_doc(text), ".doc"
    if fmt == "pdf":
        return to_pdf(text), ".pdf"
    if fmt == "html":
        return to_html(text), ".html"
    if fmt == "xlsx":
        return to_xlsx(text), ".xlsx"
    if fmt == "xls":
        return to_xls(text), ".xls"
    raise ValueError(fmt)


def to_page_images(text: str, chars_per_line: int = 36, lines_per_page: int = 40, dpi: int = 150) -> list[bytes]:
    """The notice printed on A4 pages and scanned: PNG images of the text in Noto Sans SC, with the
    same running header, wrapping and page numbers as `to_pdf`. The font comes from a PyPI package
    (pylopdf-fonts-zh-cn, SIL Open Font License), never from the system."""
    from PIL import Image, ImageDraw, ImageFont
    from pylopdf_fonts_zh_cn import sans_path

    scale = dpi / 72
    width, height = int(595 * scale), int(842 * scale)
    body = ImageFont.truetype(str(sans_path()), int(12 * scale))
    small = ImageFont.truetype(str(sans_path()), int(9 * scale))
    images: list[bytes] = []
    pages = printed_pages(text, chars_per_line, lines_per_page)
    for number, page in enumerate(pages, 1):
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        draw.text((width / 2, 40 * scale), "巡察整改进展情况通报", font=small, fill=0, anchor="mm")
        draw.text((width / 2, height - 30 * scale), f"- {number} -", font=small, fill=0, anchor="mm")
        y = 80 * scale
        for line in page:
            draw.text((72 * scale, y), line, font=body, fill=0)
            y += 18 * scale
        out = io.BytesIO()
        image.save(out, "PNG")
        images.append(out.getvalue())
    return images


def printed_pages(text: str, chars_per_line: int = 36, lines_per_page: int = 40) -> list[list[str]]:
    """The lines of each printed page, wrapped and indented as `to_pdf` and `to_page_images` print them."""
    lines: list[str] = []
    for para in paragraphs(text):
        lines.extend(_wrap(("" if _is_heading(para) else "　　") + para, chars_per_line))
    return [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]


def to_scanned_pdf(images: list[bytes]) -> bytes:
    """Page images wrapped in a PDF with no text layer, as a scanner writes it."""
    from PIL import Image

    pages = [Image.open(io.BytesIO(data)).convert("RGB") for data in images]
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=150)
    return out.getvalue()


def to_doc(text: str) -> bytes:
    """A Word 97–2003 .doc of the text, paragraph by paragraph, as a minimal binary document: a FIB,
    the text as one UTF-16 piece, the piece table in 1Table, in a compound file ([MS-DOC], [MS-CFB])."""
    import struct

    body = "\r".join(paragraphs(text)) + "\r"
    clx = b"\x02" + struct.pack("<I", 16) + struct.pack("<IIHIH", 0, len(body), 0, 1024, 0)
    fib = bytearray(1024)
    struct.pack_into("<HHHHHH", fib, 0, 0xA5EC, 0x00C1, 0, 0x0409, 0, 0x1200)  # Word 97, fExtChar, 1Table
    struct.pack_into("<H", fib, 32, 14)  # csw, then FibRgW97
    struct.pack_into("<H", fib, 62, 22)  # cslw, then FibRgLw97
    struct.pack_into("<22I", fib, 64, 1024 + 2 * len(body), 0, 0, len(body), *([0] * 18))  # cbMac, ccpText
    struct.pack_into("<H", fib, 152, 93)  # cbRgFcLcb, then FibRgFcLcb97 pairs
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))  # fcClx, lcbClx
    word = bytes(fib) + body.encode("utf-16-le")
    return _compound_file({"WordDocument": word, "1Table": clx})


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file of regular-sector streams (each padded to 4096 bytes: no mini stream)."""
    import struct

    free, end, fat_mark, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    sectors: list[bytes] = []
    fat: list[int] = []
    starts: list[tuple[str, int, int]] = []
    for name, data in streams.items():
        data = data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
        first = len(sectors)
        count = len(data) // 512
        sectors += [data[i * 512 : (i + 1) * 512] for i in range(count)]
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        starts.append((name, first, len(data)))

    def entry(name: str, kind: int, *, right: int = none, child: int = none, start: int = end, size: int = 0) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, none, right, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, child=1)
    for index, (name, start, size) in enumerate(starts):
        right = index + 2 if index + 1 < len(starts) else none
        directory += entry(name, 2, right=right, start=start, size=size)
    directory_sector = len(sectors)
    sectors.append(directory.ljust(512, b"\0"))
    fat.append(end)
    fat_sectors = -(-(len(fat) + 1) // 127)
    first_fat = len(sectors)
    fat += [fat_mark] * fat_sectors
    fat += [free] * (fat_sectors * 128 - len(fat))
    sectors += [struct.pack("<128I", *fat[i * 128 : (i + 1) * 128]) for i in range(fat_sectors)]
    header = bytearray(512)
    header[:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, fat_sectors, directory_sector, 0, 0x1000, end, 0, end, 0)
    assert fat_sectors <= 109, "a header holds 109 FAT sector numbers"
    struct.pack_into("<109I", header, 76, *[first_fat + i for i in range(fat_sectors)], *[free] * (109 - fat_sectors))
    return bytes(header) + b"".join(sectors)
