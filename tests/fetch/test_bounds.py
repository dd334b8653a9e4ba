"""Fetching bounded as an attacker meets it: compressed bombs and trickling servers, with the memory capped."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from fetch import FetchSettings, Refused, TimedOut, fetch_notice, get
from tests.bombs import capped, double_gzip
from tests.web import Page, Site, serve
from tests.words import raises_saying

LOCAL = FetchSettings(max_bytes=1024 * 1024, allowed_private_hosts=frozenset({"127.0.0.1"}), timeout=10)


@pytest.fixture
def site() -> Iterator[Site]:
    running = serve({})
    yield running
    running.stop()


def test_a_page_gzipped_twice_is_refused_without_inflating_it(site: Site) -> None:
    site.pages["/bomb.html"] = Page(double_gzip(1024), headers={"Content-Encoding": "gzip, gzip"})
    # 2 KB on the wire, 1 GB decoded: in a child of 512 MB it is refused at the cap, never decoded whole
    kind, message = capped(512, get, site.url("/bomb.html"), LOCAL)
    assert (kind, message) == (
        "TooLarge",
        f"{site.url('/bomb.html')} is larger than the 1 MB limit, so it was not read.",
    )


def test_each_content_encoding_header_is_a_layer(site: Site) -> None:
    site.pages["/twice.html"] = Page(double_gzip(8), headers={"Content-Encoding": "gzip"})  # the header lies
    kind, _ = capped(512, get, site.url("/twice.html"), LOCAL)  # one layer off: the gzip of 8 MB, 8 KB
    assert kind == "ok"
    site.pages["/bomb.html"] = Page(double_gzip(64), headers={"Content-Encoding": "x-gzip, gzip"})
    assert capped(512, get, site.url("/bomb.html"), LOCAL)[0] == "TooLarge"


def test_a_compressed_page_is_read(site: Site) -> None:
    html = "<html><body><p>巡察整改进展情况的通报</p></body></html>".encode()
    site.pages["/gz.html"] = Page(gzip.compress(gzip.compress(html)), headers={"Content-Encoding": "gzip, gzip"})
    assert get(site.url("/gz.html"), LOCAL).data == html


def test_an_unknown_encoding_is_refused_with_its_name(site: Site) -> None:
    site.pages["/br.html"] = Page(b"\x1b\x00", headers={"Content-Encoding": "br"})
    with raises_saying(Exception, "content encoding br cannot be read"):
        get(site.url("/br.html"), LOCAL)


def _trickler(headers_first: bool) -> tuple[socket.socket, threading.Event]:
    """A server that sends one byte every 0.2 s for a minute: the headers, or the body after them."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(4096)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n"
            if not headers_first:
                conn.sendall(head + b"\r\n")
            for byte in head if headers_first else b"x" * 300:
                if stop.wait(0.2):
                    return
                try:
                    conn.send(bytes([byte]))
                except OSError:
                    return

    threading.Thread(target=serve, daemon=True).start()
    return server, stop


@pytest.mark.parametrize("headers_first", [False, True], ids=["body", "headers"])
def test_a_server_trickling_a_byte_at_a_time_is_cut_at_the_whole_fetch_deadline(headers_first: bool) -> None:
    server, stop = _trickler(headers_first)
    url = f"http://127.0.0.1:{server.getsockname()[1]}/slow.html"
    started = time.monotonic()
    try:
        with raises_saying(TimedOut, "did not answer within 2 s"):
            fetch_notice(url, FetchSettings(allowed_private_hosts=frozenset({"127.0.0.1"}), timeout=2))
    finally:
        stop.set()
        server.close()
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("address", "embedded"),
    [
        ("64:ff9b::7f00:1", "127.0.0.1"),  # NAT64 of loopback
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),  # NAT64 of the cloud metadata service
        ("2002:c0a8:101::1", "192.168.1.1"),  # 6to4 of a private network
        ("::ffff:10.0.0.1", "10.0.0.1"),  # IPv4-mapped
        ("::10.0.0.1", "10.0.0.1"),  # IPv4-compatible
    ],
    ids=["nat64-loopback", "nat64-metadata", "6to4-private", "mapped", "compatible"],
)
def test_ipv6_forms_of_private_ipv4_addresses_are_refused(address: str, embedded: str) -> None:
    with raises_saying(Refused, r"is a private or local address"):
        fetch_notice(f"http://[{address}]/notice.html", LOCAL)


def test_ipv6_forms_of_public_ipv4_addresses_are_not_refused_as_private() -> None:
    settings = FetchSettings(timeout=1)
    for address in ("64:ff9b::808:808", "2002:808:808::1"):  # 8.8.8.8 behind NAT64 and 6to4
        with pytest.raises(Exception) as caught:  # no network here: unreachable, never refused as private
            fetch_notice(f"http://[{address}]/notice.html", settings)
        assert not isinstance(caught.value, Refused)
