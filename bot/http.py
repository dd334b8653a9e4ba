"""The bot's HTTP client: python-telegram-bot's `BaseRequest` over aiohttp.

PTB's default backend (HTTPXRequest) costs about 1.6 ms of CPU per Bot API call here; aiohttp, whose
HTTP parser is in C, costs about 0.5 ms (bench/bot_bench.py measures the whole bot). Every answer is
one call, so this is most of what a busy bot spends per update. Behaviour follows HTTPXRequest:
the same default timeouts, `TimedOut` and `NetworkError` for failures. The proxy is chosen once
(`proxy_for`), not looked up in the environment on every call as aiohttp's `trust_env` would.
"""

from __future__ import annotations

import urllib.request
from typing import cast
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a bounded connection pool, opened by `initialize()`.

    aiohttp has no write timeout: for a call that uploads a file the whole call is bounded by
    `media_write_timeout` plus the other timeouts instead, as HTTPXRequest bounds the upload alone.
    """

    def __init__(
        self,
        *,
        pool_size: int,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        proxy: str | None = None,
    ) -> None:
        self._pool_size = pool_size
        self._proxy = proxy
        self._defaults = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._defaults[0]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:  # inside the running loop, as aiohttp wants
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(connector=connector, proxy=self._proxy)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized; call initialize() first")
        uploads = bool(request_data and request_data.contains_files)
        default_read, default_write, default_connect, default_pool = self._defaults
        read = _given(read_timeout, default_read)
        write = _given(write_timeout, self._media_write_timeout if uploads else default_write)
        connect = _given(connect_timeout, default_connect)
        pool = _given(pool_timeout, default_pool)
        timeout = aiohttp.ClientTimeout(
            total=_sum(read, write, connect, pool), connect=_sum(pool, connect), sock_connect=connect, sock_read=read
        )
        try:
            async with self._session.request(
                method,
                url,
                data=_body(request_data),
                headers={"User-Agent": self.USER_AGENT},
                timeout=timeout,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's timeouts are TimeoutError subclasses
            if isinstance(err, aiohttp.ConnectionTimeoutError):
                raise TimedOut("Timed out connecting to the Bot API (or waiting for a free connection)") from err
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err


def proxy_for(base_url: str, configured: str = "") -> str | None:
    """The proxy for the Bot API: the configured one, else HTTPS_PROXY/HTTP_PROXY/ALL_PROXY from the
    environment unless NO_PROXY exempts the host (as httpx, PTB's default client, would). A Bot API
    server on this machine is never reached through a proxy."""
    if configured:
        return configured
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if host in ("localhost", "127.0.0.1", "::1") or urllib.request.proxy_bypass(host):  # a local Bot API server
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all") or None


def _body(request_data: RequestData | None) -> aiohttp.FormData | dict[str, str] | None:
    """Form fields url-encoded; with files, multipart/form-data (file fields as PTB encoded them)."""
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.json_parameters
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form


def _sum(*timeouts: float | None) -> float | None:
    """A bound on the whole call: the sum of its parts, or none if any part is unbounded."""
    parts = [t for t in timeouts if t is not None]
    return sum(parts) if len(parts) == len(timeouts) else None


def _given(value: object, default: float | None) -> float | None:
    """A timeout passed to a Bot method, or the default when PTB passed its DEFAULT_NONE marker."""
    return default if value is BaseRequest.DEFAULT_NONE else cast(float | None, value)
