"""Hostile files, built small on the fly: what a careless or malicious sender could forward."""

from __future__ import annotations

import gzip
import io
import multiprocessing
import resource
import struct
import zipfile
import zlib
from collections.abc import Callable
from functools import cache
from multiprocessing.connection import Connection
from typing import Any

from tests.notice_files import to_docx
from tests.words import said


def _deflated(unit: bytes, count: int) -> bytes:
    """Raw deflate of `unit` * `count`, built in the time of compressing one unit (a 2 GB bomb took 20 s of the
    suite): after a full flush the compressor forgets what it saw, so every unit compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(unit) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * count + compressor.flush()


def _checksum(update: Callable[[bytes, int], int], unit: bytes, count: int, start: int) -> int:
    value = start
    for _ in range(count):
        value = update(unit, value)
    return value


def _gzip_stream(unit: bytes, count: int) -> bytes:
    """gzip of `unit` * `count` (RFC 1952: header, deflate, CRC-32 and size mod 2**32)."""
    trailer = struct.pack("<II", _checksum(zlib.crc32, unit, count, 0), len(unit) * count & 0xFFFFFFFF)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + _deflated(unit, count) + trailer


def _zlib_stream(unit: bytes, count: int) -> bytes:
    """zlib of `unit` * `count` (RFC 1950, what a PDF's /FlateDecode holds: header, deflate, Adler-32)."""
    return b"\x78\xda" + _deflated(unit, count) + struct.pack(">I", _checksum(zlib.adler32, unit, count, 1))


def _replace_part(docx: bytes, part: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == part else src.read(info))
    return out.getvalue()


@cache  # a second or two of deflate each: built once per test process (the bot and CLI tests share them)
def docx_bomb(text: str, inflated_mb: int = 1500) -> bytes:
    """A real .docx whose document.xml inflates to `inflated_mb` MB (a few MB on disk)."""
    filler = b"<w:p><w:r><w:t>" + b"A" * (1024 * 1024) + b"</w:t></w:r></w:p>"
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    return _replace_part(to_docx(text), "word/document.xml", body + filler * inflated_mb + b"</w:body></w:document>")


@cache
def xlsx_bomb(text: str, inflated_mb: int = 300) -> bytes:
    """A real .xlsx whose sheet XML inflates to `inflated_mb` MB (a few hundred KB on disk)."""
    from tests.notice_files import to_xlsx

    row = b'<row><c t="inlineStr"><is><t>' + b"A" * (1024 * 1024) + b"</t></is></c></row>"
    sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    return _replace_part(
        to_xlsx(text), "xl/worksheets/sheet1.xml", sheet + row * inflated_mb + b"</sheetData></worksheet>"
    )


def xlsx_cells_bomb(text: str) -> bytes:
    """A .xlsx of a few KB whose one sheet spans a million rows by its last cell (A1048576): the rows between
    are empty, and each one read is a row of the sheet."""
    from tests.notice_files import to_xlsx

    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
        b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>y</t></is></c></row></sheetData></worksheet>'
    )
    return _replace_part(to_xlsx(text), "xl/worksheets/sheet1.xml", sheet)


def xlsx_merges_bomb(text: str, merges: int = 100_000) -> bytes:
    """A .xlsx of a few hundred KB whose one sheet of a few rows declares `merges` ranges, each spanning the whole
    sheet (A1:XFD1048576): repeating each range's value over the cells it names would take hours."""
    from tests.notice_files import to_xlsx

    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (r, r) for r in range(1, 51))
        + b"</sheetData><mergeCells>"
        + b'<mergeCell ref="A1:XFD1048576"/>' * merges
        + b"</mergeCells></worksheet>"
    )
    return _replace_part(to_xlsx(text), "xl/worksheets/sheet1.xml", sheet)


def xls_merges_bomb() -> bytes:
    """A .xls of a few KB: cells in the sheet's first and last row and column (A1, IV65536) and ranges merging the
    whole sheet (A1:IV65536), whose value repeated over the cells the sheet stores would fill 16 million of them."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, "x")
    sheet.write(65535, 255, "y")
    sheet.merged_ranges.extend([(0, 65535, 0, 255)] * 1000)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xls_cells_bomb(rows: int = 800) -> bytes:
    """A .xls of a few KB whose rows each hold one cell in the last column (IV): each row read spans 256 cells."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    for r in range(rows):
        sheet.write(r, 255, "x")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx_lying_sizes(text: str) -> bytes:
    """A .docx whose document.xml says it is 100 bytes and inflates to 64 MB."""
    data = _replace_part(to_docx(text), "word/document.xml", b"<x>" + b" " * (64 * 1024 * 1024) + b"</x>")
    return _patch_central_size(data, "word/document.xml", 100)


def _patch_central_size(data: bytes, name: str, size: int) -> bytes:
    """Overwrite a member's uncompressed size in the central directory (what zipfile believes)."""
    out = bytearray(data)
    marker = b"PK\x01\x02"
    at = out.find(marker)
    while at != -1:
        name_len = int.from_bytes(out[at + 28 : at + 30], "little")
        if out[at + 46 : at + 46 + name_len] == name.encode():
            out[at + 24 : at + 28] = size.to_bytes(4, "little")
        at = out.find(marker, at + 4)
    return bytes(out)


def docx_damaged(text: str) -> bytes:
    """A .docx whose compressed document.xml is cut and overwritten halfway: corrupt deflate data."""
    data = bytearray(to_docx(text))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 64] = b"\xff" * 64
    return bytes(data)


def docx_malformed_xml(text: str) -> bytes:
    """A .docx whose document.xml is not well-formed XML."""
    return _replace_part(to_docx(text), "word/document.xml", b"<w:document><w:body><w:p>unclosed")


@cache
def pdf_bomb(inflated_mb: int = 600) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated_mb` MB (under 1 MB on disk)."""
    stream = _zlib_stream(b"0 0 m " * (1024 * 1024 // 6), inflated_mb)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % o for o in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def html_flood(mb: int = 8) -> bytes:
    """A flat web page of `mb` MB of paragraphs."""
    para = "<p>巡察整改进展情况的通报，整改措施正在推进。</p>\n".encode()
    return b"<html><body>" + para * (mb * 1024 * 1024 // len(para)) + b"</body></html>"


@cache
def double_gzip(inflated_mb: int = 1024) -> bytes:
    """A body gzip-compressed twice (sent as Content-Encoding: gzip, gzip): KBs that inflate to `inflated_mb` MB."""
    return gzip.compress(_gzip_stream(b"\0" * (1024 * 1024), inflated_mb), 9)


def huge_page_pdf(points: int = 14_400) -> bytes:
    """A few hundred bytes of PDF: one blank page `points` square (200 inches), no text, so it goes to OCR."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (points, points),
        ]
    )


def huge_png(side: int = 60_000) -> bytes:
    """A valid PNG header for a `side`² greyscale image with one tiny, truncated data chunk."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
        + chunk(b"IEND", b"")
    )


def capped(memory_mb: int, function: Callable[..., Any], *args: Any) -> tuple[str, str]:
    """Run `function(*args)` in a child whose address space is capped: (exception class name or "ok", message).

    A reproduction of a memory bomb must cost a child process, never the test machine."""
    ctx = multiprocessing.get_context("forkserver")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_capped_child, args=(child, memory_mb, function, args), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(120):
            return "hung", ""
        return tuple(parent.recv())  # type: ignore[return-value]
    except EOFError:
        return "killed", ""
    finally:
        process.kill()
        process.join()


def _capped_child(conn: Connection, memory_mb: int, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = function(*args)
    except BaseException as err:  # the child reports whatever happened, MemoryError included
        conn.send((type(err).__name__, said(err)))  # an error of the tree: the words a person reads
        return
    conn.send(("ok", repr(result)[:2000]))
