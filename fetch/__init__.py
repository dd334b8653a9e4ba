"""Fetching notices from the web: links, attachments and watched listing pages, within bounds.

Imports only store and notices (below it); handlers and bot use it.
"""

from errors import FetchError, Refused, TimedOut, TooLarge, Unreachable

from .client import Fetched, FetchSettings, get
from .pages import LinkedNotice, fetch_notice

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
