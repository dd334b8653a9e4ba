"""A local web site for the fetching tests: pages, files, redirects, and an endless page, on 127.0.0.1."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    stream_bytes: int = 0  # > 0: send this many bytes in chunks, without Content-Length


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up early (a capped or timed-out fetch) is what the tests make happen, not an
        error: socketserver would print its traceback into the stderr of the command under test."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Site:
    """Serves `pages` by path; `sent[path]` counts the body bytes actually written for each request."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.pages: dict[str, Page] = {}
        self.sent: dict[str, int] = {}
        self.hits: dict[str, int] = {}
        self._server = _Server((host, 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )  # stops within 20 ms
        self.host = host

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def start(self) -> Site:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                page = site.pages.get(path)
                if page is None:
                    self._send(Page(b"not found", "text/plain", 404))
                    return
                self._send(page)

            def _send(self, page: Page) -> None:
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                for key, value in page.headers.items():
                    self.send_header(key, value)
                if page.stream_bytes:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self._stream(page.stream_bytes)
                    return
                self.send_header("Content-Length", str(len(page.body)))
                self.end_headers()
                self.wfile.write(page.body)
                site.sent[self.path] = len(page.body)

            def _stream(self, total: int) -> None:
                chunk = b"<p>" + "整改".encode() * 10_000 + b"</p>\n"
                written = 0
                try:
                    while written < total:
                        self.wfile.write(chunk)
                        written += len(chunk)
                        site.sent[self.path] = written
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True

        return Handler


def serve(pages: dict[str, Page], host: str = "127.0.0.1") -> Site:
    site = Site(host)
    site.pages.update(pages)
    return site.start()
