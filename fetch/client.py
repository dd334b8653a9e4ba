"""GET a link within bounds: a vetted address on every hop, a cap on redirects, one deadline for the whole
fetch (not per read: a server trickling a byte a second is cut at the deadline) and a size cap on the bytes
as they arrive. Those bytes are still encoded: `decode` undoes every content-encoding layer with the same cap
on each layer's output, counted while it inflates (a page gzip-compressed twice inflates a thousandfold per
layer: it is dropped at the cap, never decoded whole). The bot runs `decode` in a reader process
(`FetchSettings.run`), never in its own."""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from errors import FetchError, Refused, TimedOut, TooLarge, Unreachable

from .deadline import transport
from .guard import vet
from .settings import FetchSettings

USER_AGENT = "rectibot/0.1 (+notice reader; one request per link)"
_PIECE = 64 * 1024  # at most this much is decoded at a time, per layer


@dataclass(frozen=True)
class Fetched:
    """A response body and what the server said about it."""

    url: str  # after redirects
    data: bytes
    content_type: str  # lower case, without parameters
    charset: str | None  # from the Content-Type header
    encodings: tuple[str, ...] = ()  # content-encoding layers still on `data`, the last applied first


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def get(url: str, settings: FetchSettings) -> Fetched:
    """Fetch a URL's body and decode it (where `settings.run` says), following redirects; all bounded."""
    return settings.run(decode, fetch_raw(url, settings), settings.max_bytes, name=url)


def fetch_raw(url: str, settings: FetchSettings) -> Fetched:
    """Fetch a URL's body as sent (still encoded), following redirects; every hop is vetted and bounded."""
    deadline = time.monotonic() + settings.timeout
    timeout = httpx.Timeout(settings.timeout)  # per operation; the transport holds the whole fetch to the deadline
    # trust_env off: a proxy from the environment would connect to hosts the guard never saw.
    with httpx.Client(
        timeout=timeout, follow_redirects=False, trust_env=False, transport=transport(deadline)
    ) as client:
        for _ in range(settings.max_redirects + 1):
            target = vet(url, settings.allowed_private_hosts)
            request = client.build_request(
                "GET",
                target.connect_url,
                headers={
                    "Host": _host_header(url, target.host),
                    "User-Agent": USER_AGENT,
                    "Accept": "*/*",
                    "Accept-Encoding": "gzip, deflate",  # the encodings `decode` undoes, within bounds
                },
                extensions={"sni_hostname": target.host},  # TLS and its certificate check are for the host
            )
            try:
                response = client.send(request, stream=True)
                try:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    return _body(url, response, settings, deadline)
                finally:
                    response.close()
            except httpx.TimeoutException:
                raise TimedOut(url, settings.timeout) from None
            except httpx.HTTPError as err:
                raise Unreachable(url, "network", error=type(err).__name__) from None
    raise Refused(url, "redirects", count=settings.max_redirects)


def _host_header(url: str, host: str) -> str:
    """The Host header as the link wrote it (an IPv6 literal in brackets), with a non-default port."""
    port = httpx.URL(url).port
    name = f"[{host}]" if ":" in host else host
    return f"{name}:{port}" if port else name


def _body(url: str, response: httpx.Response, settings: FetchSettings, deadline: float) -> Fetched:
    if response.status_code >= 400:
        raise Unreachable(url, "status", status=response.status_code, phrase=response.reason_phrase)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise TooLarge(url, settings.max_bytes)
    encodings = [e.strip().lower() for e in response.headers.get_list("content-encoding", split_commas=True)]
    layers = tuple(e for e in reversed(encodings) if e not in ("", "identity"))  # the last applied first
    for encoding in layers:
        _layer(url, encoding)  # an encoding that cannot be decoded is refused before the body is read
    chunks: list[bytes] = []
    size = 0
    for raw in response.iter_raw():
        if time.monotonic() > deadline:
            raise TimedOut(url, settings.timeout)
        size += len(raw)
        if size > settings.max_bytes:  # the bytes on the wire; decoding counts its own output
            raise TooLarge(url, settings.max_bytes)
        chunks.append(raw)
    header = response.headers.get("content-type", "")
    match = _CHARSET.search(header)
    charset = match.group(1) if match else None
    return Fetched(url, b"".join(chunks), header.split(";", 1)[0].strip().lower(), charset, layers)


def decode(page: Fetched, limit: int) -> Fetched:
    """The page with every content-encoding layer undone, each layer's output counted against `limit` as it
    inflates (TooLarge past it). Untrusted decoding: the bot runs it in a reader process."""
    layers = [_layer(page.url, e) for e in page.encodings]
    chunks: list[bytes] = []
    size = 0
    for start in range(0, len(page.data), _PIECE):
        for piece in _decoded(layers, page.data[start : start + _PIECE], page.url, limit):
            size += len(piece)
            if size > limit:
                raise TooLarge(page.url, limit)
            chunks.append(piece)
    return Fetched(page.url, b"".join(chunks), page.content_type, page.charset)


class _Layer:
    """One content-encoding layer (gzip or deflate), decoded a bounded piece at a time."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._z = zlib.decompressobj(wbits)
        self._started = False
        self.size = 0  # bytes this layer has put out

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of `data`, in pieces of at most _PIECE bytes."""
        while not self._z.eof:
            try:
                out = self._z.decompress(data, _PIECE)
            except zlib.error:
                if self.encoding != "deflate" or self._started:
                    raise
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # servers send raw deflate as "deflate" too
                out = self._z.decompress(data, _PIECE)
            self._started = True
            data = self._z.unconsumed_tail
            if not out and not data:
                return
            self.size += len(out)
            yield out


def _layer(url: str, encoding: str) -> _Layer:
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise Unreachable(url, "encoding", encoding=encoding)
    return _Layer(encoding)


def _decoded(layers: list[_Layer], data: bytes, url: str, limit: int) -> Iterator[bytes]:
    """`data` through every layer, counting each layer's output against the cap as it comes."""
    if not layers:
        yield data
        return
    first, rest = layers[0], layers[1:]
    try:
        for piece in first.feed(data):
            if first.size > limit:
                raise TooLarge(url, limit)
            yield from _decoded(rest, piece, url, limit)
    except zlib.error:
        raise Unreachable(url, "encoding", encoding=first.encoding) from None


__all__ = ["FetchError", "FetchSettings", "Fetched", "decode", "fetch_raw", "get"]
