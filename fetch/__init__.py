"""Fetching notices from the web: links, attachments and watched listing pages, within bounds.

Imports only store and notices (below it); handlers and bot use it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from errors import FetchError, Refused, TimedOut, TooLarge, Unreachable

from .settings import FetchSettings

if TYPE_CHECKING:
    from .client import Fetched, get
    from .pages import LinkedNotice, fetch_notice

# The web machinery (httpx, the HTML reader) is imported when first used: a cold `rectibot ask`, which
# holds FetchSettings but fetches nothing, does not pay for it.
_LAZY = {"Fetched": "client", "get": "client", "LinkedNotice": "pages", "fetch_notice": "pages"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FetchError",
    "FetchSettings",
    "Fetched",
    "LinkedNotice",
    "Refused",
    "TimedOut",
    "TooLarge",
    "Unreachable",
    "fetch_notice",
    "get",
]
