"""GET a link within bounds: a vetted address on every hop, a cap on redirects, a time limit and a
size cap enforced while the body streams in (a huge page is dropped at the cap, not read whole)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from notices import Notice, parse_bytes

from .errors import FetchError, Refused, TimedOut, TooLarge, Unreachable
from .guard import vet

USER_AGENT = "rectibot/0.1 (+notice reader; one request per link)"


@dataclass(frozen=True)
class FetchSettings:
    """Bounds on fetching: `max_bytes` is the same cap as for files sent to the bot."""

    max_bytes: int = 20 * 1024 * 1024
    allowed_private_hosts: frozenset[str] = field(default_factory=frozenset)
    timeout: float = 20.0  # seconds for the whole fetch, redirects and body included
    max_redirects: int = 5
    # How fetched bytes become a notice: the bot and the CLI pass their reader processes (notices/worker.py),
    # so a hostile page or attachment costs a child process within its memory and time limits.
    parse: Callable[[bytes, str], Notice] = parse_bytes


@dataclass(frozen=True)
class Fetched:
    """A response body and what the server said about it."""

    url: str  # after redirects
    data: bytes
    content_type: str  # lower case, without parameters
    charset: str | None  # from the Content-Type header


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def get(url: str, settings: FetchSettings) -> Fetched:
    """Fetch a URL's body, following redirects; every hop is vetted and bounded."""
    deadline = time.monotonic() + settings.timeout
    timeout = httpx.Timeout(settings.timeout)
    # trust_env off: a proxy from the environment would connect to hosts the guard never saw.
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(settings.max_redirects + 1):
            target = vet(url, settings.allowed_private_hosts)
            request = client.build_request(
                "GET",
                target.connect_url,
                headers={"Host": _host_header(url, target.host), "User-Agent": USER_AGENT, "Accept": "*/*"},
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
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes(64 * 1024):
        size += len(chunk)
        if size > settings.max_bytes:
            raise TooLarge(url, settings.max_bytes)
        if time.monotonic() > deadline:
            raise TimedOut(url, settings.timeout)
        chunks.append(chunk)
    header = response.headers.get("content-type", "")
    match = _CHARSET.search(header)
    return Fetched(url, b"".join(chunks), header.split(";", 1)[0].strip().lower(), match.group(1) if match else None)


__all__ = ["FetchError", "FetchSettings", "Fetched", "get"]
