"""Downloading a file from Telegram with a byte limit enforced while it streams, whatever size was declared."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx

from errors import DownloadFailed, TooBig


def downloader(
    proxy: str | None, *, trust_env: bool = False, timeout: float = 60.0
) -> Callable[[str, int], Awaitable[bytes]]:
    """`download(url, limit)`: the file's bytes, or TooBig as soon as more than `limit` bytes arrived.

    Through `proxy` when given, else (with `trust_env`) the environment's proxy, like the Bot API calls."""

    async def download(url: str, limit: int) -> bytes:
        chunks: list[bytes] = []
        received = 0
        try:
            async with (
                httpx.AsyncClient(proxy=proxy or None, timeout=timeout, trust_env=trust_env) as client,
                client.stream("GET", url) as response,
            ):
                if response.status_code != 200:
                    raise DownloadFailed(str(response.status_code))  # Telegram's status
                declared = int(response.headers.get("content-length") or 0)
                if declared > limit:
                    raise TooBig(declared, limit)
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if received > limit:
                        raise TooBig(received, limit)
                    chunks.append(chunk)
        except httpx.HTTPError as err:  # its message may carry the URL, and the URL carries the token
            raise DownloadFailed(type(err).__name__) from None
        return b"".join(chunks)

    return download
