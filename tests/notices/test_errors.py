"""Bad input gets its own exception with a message a user can act on, and never a traceback."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from notices import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    NotANotice,
    NoticeError,
    ScannedPdf,
    UnsupportedFormat,
    parse_bytes,
)
from tests.cli import rectibot
from tests.conftest import SAMPLES
from tests.notice_files import to_docx, to_pdf
from tests.words import raises_saying, said

NOTICE = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


def scanned_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(50, 50, 400, 600, fill=1)  # an image of a page: shapes, no text
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    enc = pdfencrypt.StandardEncryption("open-sesame", ownerPassword="owner", strength=128)
    pdf = canvas.Canvas(out, encrypt=enc)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 700, "中共朔州市科学技术局党组关于巡察整改进展情况的通报")
    pdf.save()
    return out.getvalue()


def junk(n: int = 4096) -> bytes:
    return random.Random(7).randbytes(n)


def not_a_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return out.getvalue()


NEWS = """全县召开2025年经济工作会议
12月20日，全县经济工作会议召开。会议总结了今年经济工作，分析了当前形势，部署了明年工作。
会议强调，要坚持稳中求进工作总基调，推动高质量发展。"""


@pytest.mark.parametrize(
    ("data", "name", "error", "says"),
    [
        (b"", "empty.txt", EmptyFile, "is empty"),
        (b"  \r\n\n ", "blank.txt", EmptyFile, "is empty"),
        (scanned_pdf(), "scan.pdf", ScannedPdf, "no text layer"),
        (encrypted_pdf(), "locked.pdf", EncryptedFile, "password"),
        (to_pdf(NOTICE)[:1500], "cut.pdf", CorruptFile, "damaged PDF"),
        (to_docx(NOTICE)[:2000], "cut.docx", CorruptFile, "damaged Word"),
        (not_a_docx(), "archive.docx", UnsupportedFormat, "ZIP archive"),
        (junk(), "junk.bin", UnsupportedFormat, "binary data"),
        (b"\x89PNG\r\n\x1a\n" + junk(200), "photo.txt", CorruptFile, "damaged image"),
        (NEWS.encode("gb18030"), "news.txt", NotANotice, "never mentions 整改"),
        (
            "关于做好整改工作的通知\n请各单位认真做好整改工作。".encode(),
            "memo.txt",
            NotANotice,
            "never mentions an inspection",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "scanned-pdf",
        "encrypted-pdf",
        "truncated-pdf",
        "truncated-docx",
        "zip-not-docx",
        "binary-junk",
        "image",
        "not-a-notice",
        "rectification-without-inspection",
    ],
)
def test_bad_input_raises_its_own_error(data: bytes, name: str, error: type[NoticeError], says: str) -> None:
    with pytest.raises(error) as caught:
        parse_bytes(data, name)
    assert name in said(caught.value) and says in said(caught.value)


@pytest.mark.parametrize(
    ("data", "suffix"),
    [(b"", ".txt"), (junk(), ".bin"), (scanned_pdf(), ".pdf"), (NEWS.encode(), ".txt")],
    ids=["empty", "junk", "scanned", "news"],
)
def test_cli_reports_bad_input_in_one_line_with_status_2(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / ("input" + suffix)
    path.write_bytes(data)
    run = rectibot("parse", str(path), "--json")
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("rectibot: ")


def test_cli_missing_file(tmp_path: Path) -> None:
    run = rectibot("parse", str(tmp_path / "nope.txt"))
    assert run.returncode == 2 and "does not exist" in run.stderr


def test_a_damaged_excel_97_2003_workbook_is_named_as_such() -> None:
    from tests.notice_files import _compound_file

    with raises_saying(CorruptFile, r"book\.xls is a damaged Excel 97–2003 \(\.xls\) file"):
        parse_bytes(_compound_file({"Workbook": b"\x09\x08" + b"\x00" * 600}), "book.xls")


def test_a_truncated_doc_is_damaged() -> None:
    from tests.notice_files import to_doc

    with raises_saying(CorruptFile, r"cut\.doc is a damaged Word 97–2003"):
        parse_bytes(to_doc(NOTICE)[:3000], "cut.doc")


def test_the_reader_process_reports_an_error_by_its_code_and_arguments() -> None:
    from notices.worker import WorkerPool
    from tests.bombs import docx_damaged

    pool = WorkerPool(size=1)
    try:
        with pytest.raises(CorruptFile) as caught:  # the parent rebuilds the child's error as its own class
            pool.parse(docx_damaged(NOTICE), "cut.docx")
    finally:
        pool.close()
    assert caught.value.code == "corrupt" and caught.value.params["name"] == "cut.docx"
    assert caught.value.params["kind"] == "docx"  # what the chat words in the reader's language
    assert said(caught.value).startswith("cut.docx is a damaged Word (.docx) file and cannot be opened")
