"""Links fetched from a local web site: the notice read, stubs followed, and every bound held."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest

from fetch import FetchSettings, Refused, TimedOut, TooLarge, Unreachable, fetch_notice
from notices import NotANotice, UnsupportedFormat
from tests.conftest import SAMPLES
from tests.notice_files import to_docx, to_html, to_pdf
from tests.web import Page, Site, serve
from tests.words import raises_saying, said

XUPU = (SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")
SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
LOCAL = FetchSettings(max_bytes=1024 * 1024, allowed_private_hosts=frozenset({"127.0.0.1"}), timeout=10)


def stub(links: str) -> bytes:
    """A site's page for a notice that is only its title and the attached file."""
    return (
        "<html><head><meta charset='utf-8'><title>关于巡察整改进展情况的通报</title></head><body>"
        f"<h1>关于巡察整改进展情况的通报</h1><p>附件：</p>{links}</body></html>"
    ).encode()


@pytest.fixture
def site() -> Iterator[Site]:
    running = serve({})
    yield running
    running.stop()


def test_a_page_holding_a_notice_is_read_and_keeps_its_url(site: Site) -> None:
    site.pages["/xxgk/2025/notice.html"] = Page(to_html(XUPU))
    linked = fetch_notice(site.url("/xxgk/2025/notice.html"), LOCAL)
    assert linked.notice.agency == "溆浦县科学技术局党组" and linked.notice.item_count == 33
    assert linked.url == site.url("/xxgk/2025/notice.html") and linked.name == "notice.html"


def test_a_gbk_page_declared_only_in_its_meta_tag_is_decoded(site: Site) -> None:
    page = to_html(SHUOZHOU).decode().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" '
                                                 'content="text/html; charset=gb2312">')  # fmt: skip
    site.pages["/gbk.htm"] = Page(page.encode("gb18030"), content_type="text/html")
    assert fetch_notice(site.url("/gbk.htm"), LOCAL).notice.agency == "朔州市科学技术局党组"


def test_the_page_date_comes_from_its_metadata_when_the_text_prints_none(site: Site) -> None:
    page = to_html(SHUOZHOU).replace(
        b"<head>", b'<head><meta property="article:published_time" content="2025-03-18T09:30:00+08:00">'
    )
    site.pages["/n.html"] = Page(page)
    assert fetch_notice(site.url("/n.html"), LOCAL).notice.published == "2025-03-18"


@pytest.mark.parametrize(
    ("file", "data", "agency"),
    [("tz.pdf", to_pdf(XUPU), "溆浦县科学技术局党组"), ("附件1.docx", to_docx(SHUOZHOU), "朔州市科学技术局党组")],
    ids=["pdf", "docx"],
)
def test_a_stub_page_is_followed_to_its_attachment(site: Site, file: str, data: bytes, agency: str) -> None:
    site.pages["/files/" + quote(file)] = Page(data, "application/octet-stream")
    site.pages["/stub.html"] = Page(stub(f'<a href="/xw/">新闻</a><a href="files/{quote(file)}">{file}</a>'))
    linked = fetch_notice(site.url("/stub.html"), LOCAL)
    assert linked.notice.agency == agency
    assert linked.url == site.url("/stub.html") and linked.attachment == site.url("/files/" + quote(file))


def test_a_link_straight_to_a_file_is_read(site: Site) -> None:
    site.pages["/a.pdf"] = Page(to_pdf(XUPU), "application/pdf")
    assert fetch_notice(site.url("/a.pdf"), LOCAL).notice.item_count == 33


def test_a_page_that_is_no_notice_says_so(site: Site) -> None:
    site.pages["/news.html"] = Page(
        "<html><body><h1>全县召开经济工作会议</h1><p>会议强调发展。</p></body></html>".encode()
    )
    with raises_saying(NotANotice, r"news\.html"):
        fetch_notice(site.url("/news.html"), LOCAL)


def test_a_file_that_is_neither_page_pdf_nor_word_is_refused(site: Site) -> None:
    site.pages["/x.rar"] = Page(b"Rar!\x1a\x07\x00" + b"\x00" * 200, "application/x-rar")
    with raises_saying(UnsupportedFormat, "RAR archive"):
        fetch_notice(site.url("/x.rar"), LOCAL)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://127.0.0.2:9/notice.html", "private or local address (127.0.0.2)"),
        ("http://localhost:9/notice.html", "private or local address"),
        ("http://[::1]:9/notice.html", "private or local address (::1)"),
        ("http://169.254.169.254/latest/meta-data/", "private or local address (169.254.169.254)"),
        ("http://10.1.2.3/a.html", "private or local address (10.1.2.3)"),
        ("ftp://127.0.0.1/notice.pdf", "only http:// and https:// links"),
        ("file:///etc/passwd", "only http:// and https:// links"),
    ],
    ids=["loopback-other", "localhost", "ipv6-loopback", "link-local-metadata", "private", "ftp", "file"],
)
def test_links_to_private_or_local_addresses_are_refused_before_connecting(url: str, says: str) -> None:
    with pytest.raises(Refused) as caught:
        fetch_notice(url, LOCAL)
    assert says in said(caught.value)


def test_a_redirect_to_a_private_address_is_refused(site: Site) -> None:
    other = serve({"/secret.html": Page(to_html(XUPU))}, host="127.0.0.2")
    try:
        site.pages["/go"] = Page(status=302, headers={"Location": other.url("/secret.html")})
        with raises_saying(Refused, r"127\.0\.0\.2"):
            fetch_notice(site.url("/go"), LOCAL)
        assert other.hits == {}
    finally:
        other.stop()


def test_redirects_are_followed_up_to_the_cap(site: Site) -> None:
    site.pages["/old"] = Page(status=301, headers={"Location": "/new.html"})
    site.pages["/new.html"] = Page(to_html(XUPU))
    assert fetch_notice(site.url("/old"), LOCAL).notice.item_count == 33
    for n in range(10):
        site.pages[f"/loop{n}"] = Page(status=302, headers={"Location": f"/loop{n + 1}"})
    with raises_saying(Refused, "redirects more than 5 times"):
        fetch_notice(site.url("/loop0"), LOCAL)


def test_a_50_mb_page_is_refused_at_the_cap_without_reading_it_all(site: Site) -> None:
    site.pages["/huge.html"] = Page(stream_bytes=50 * 1024 * 1024)
    with raises_saying(TooLarge, "larger than the 1 MB limit"):
        fetch_notice(site.url("/huge.html"), LOCAL)
    assert site.sent["/huge.html"] < 10 * 1024 * 1024


def test_a_declared_size_over_the_cap_is_refused_before_the_body(site: Site) -> None:
    site.pages["/big.pdf"] = Page(b"%PDF-" + b"0" * (2 * 1024 * 1024), "application/pdf")
    with pytest.raises(TooLarge):
        fetch_notice(site.url("/big.pdf"), LOCAL)


def test_an_error_status_and_a_closed_port_are_unreachable(site: Site) -> None:
    with raises_saying(Unreachable, "404"):
        fetch_notice(site.url("/missing.html"), LOCAL)
    from tests.bot.conftest import free_port

    with raises_saying(Unreachable, "could not be reached"):
        fetch_notice(f"http://127.0.0.1:{free_port()}/", LOCAL)


def test_a_site_that_never_answers_times_out() -> None:
    import socket

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow.html"
        with raises_saying(TimedOut, "did not answer within 1 s"):
            fetch_notice(url, FetchSettings(allowed_private_hosts=frozenset({"127.0.0.1"}), timeout=1))
