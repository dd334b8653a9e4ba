"""Scans and photos read by OCR: pages of a sample notice rendered with a CJK font from a PyPI package,
then parsed from a PNG on the command line and from a scanned two-page PDF."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from notices import Notice, parse_bytes, parse_notice
from tests import cli
from tests.conftest import SAMPLES, norm
from tests.notice_files import printed_pages, to_page_images, to_scanned_pdf
from tests.words import raises_saying

TIANCHANG = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")
NO_OCR = (
    "import sys; sys.modules['rapidocr_onnxruntime'] = None; from bot.cli import main; sys.exit(main(sys.argv[1:]))"
)


@cache
def images() -> tuple[bytes, ...]:
    return tuple(to_page_images(TIANCHANG)[:2])


def printed_labels(pages: int) -> list[str]:
    """The labels of the items that start on the first `pages` printed pages (read without OCR)."""
    text = "\n".join(line for page in printed_pages(TIANCHANG)[:pages] for line in page)
    return [i.label for i in parse_notice(text, "printed").items]


def assert_same_items(read: Notice, pages: int) -> None:
    """The agency and the items printed on those pages, titles as in the notice's own text, allowing a
    misread character here and there (the last item may run on to the next page)."""
    whole = parse_notice(TIANCHANG, "the text")
    assert read.agency == whole.agency
    assert [i.label for i in read.items] == printed_labels(pages)
    for got, want in zip(read.items[:-1], whole.items, strict=False):
        assert fuzz.ratio(norm(got.title), norm(want.title)) >= 90, (got.title, want.title)
    last = read.items[-1]
    assert fuzz.partial_ratio(norm(last.title), norm(whole.items[len(read.items) - 1].title)) >= 90


def rectibot(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "bot.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def test_parse_json_of_a_photographed_page_finds_its_items(tmp_path: Path) -> None:
    page = tmp_path / "page1.png"
    page.write_bytes(images()[0])
    run = cli.rectibot("parse", str(page), "--json")  # in this process (the reading is in a worker process anyway)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["agency"] == "天长市科学技术局党组"
    assert [i["label"] for i in data["items"]] == printed_labels(1) == ["1", "2", "3", "4"]
    assert data["warnings"][0] == {"code": "ocr", "pages": 1}  # said first: names and figures need checking


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_without_the_ocr_extra_a_scan_exits_2_saying_how_to_install_it(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / ("scan" + suffix)
    path.write_bytes(images()[0] if suffix == ".png" else to_scanned_pdf([images()[0]]))
    run = rectibot("parse", str(path), "--json", code=NO_OCR)
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "pip install 'rectibot[ocr]'" in run.stderr


def test_a_damaged_image_is_reported_as_damaged() -> None:
    from notices import CorruptFile

    with raises_saying(CorruptFile, "damaged image"):
        parse_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300, "photo.png")


def test_a_scan_of_two_pages_is_read_at_once_by_two_ocr_children_in_order_without_its_running_header() -> None:
    """A scanned PDF of two pages, each page in an OCR child of its own, given back in order; the children stay
    with their models loaded for an album of the same pages."""
    from notices.worker import Limits, WorkerPool

    pool = WorkerPool(Limits(ocr_cores=2))
    try:
        pages_done: list[tuple[int, int]] = []
        scan = to_scanned_pdf(list(images()))  # two pages, one a child: read at once, given back in order
        notice = pool.parse(scan, "scan.pdf", progress=lambda done, total: pages_done.append((done, total)))
        assert_same_items(notice, 2)
        assert [i.label for i in notice.items] == [str(n) for n in range(1, 10)]
        assert pages_done == [(1, 2), (2, 2)]  # page-by-page progress
        assert str(notice.warnings[0]).startswith("the text was read by OCR from 2 page image(s)")
        assert all("巡察整改进展情况通报" not in i.title + i.measures for i in notice.items)  # the running header
        children = [w._process.pid for w in pool._ocr if w._process is not None and w._process.is_alive()]
        assert len(children) == 2  # both read pages
        album = pool.parse_images(list(images()), "album")
        assert_same_items(album, 2)
        assert [w._process.pid for w in pool._ocr if w._process is not None] == children  # models kept loaded
    finally:
        pool.close()
