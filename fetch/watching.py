"""A watched listing page checked once: the links to notices on it, the new ones fetched and stored.

Fetching only (blocking network and parsing, no database): what a check stores is the use case's
(usecases/watches.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from errors import FetchError, RectibotError
from notices import Notice, NoticeError
from store import IngestResult

from .client import Fetched, decode, fetch_raw
from .pages import ATTACHMENT, NOTICE_TITLE, LinkedNotice, decode_html, fetch_notice
from .settings import FetchSettings

MAX_NEW = 10  # notices fetched from one listing in one check; the rest wait for the next check
FAILURES_REPORTED = 3  # failed checks in a row before the admin who added the watch is told (once)


@dataclass(frozen=True)
class ListingLink:
    url: str
    title: str


@dataclass
class Harvest:
    """What one check of a listing found: new notices, links that hold none, and why it failed if it did."""

    links: list[ListingLink] = field(default_factory=list)
    notices: list[tuple[ListingLink, LinkedNotice]] = field(default_factory=list)
    not_notices: list[ListingLink] = field(default_factory=list)
    error: str | None = None
    failure: RectibotError | None = None  # the error behind `error` when it is one of ours: worded above


@dataclass(frozen=True)
class Arrival:
    """A notice a check stored, with where it came from."""

    url: str
    notice: Notice
    result: IngestResult


def listing_links(url: str, settings: FetchSettings) -> list[ListingLink]:
    """Links on a listing page whose titles name a rectification notice, absolute, in page order; the page
    is decoded and parsed where `settings.run` says (the bot's reader processes: it is untrusted HTML)."""
    return settings.run(read_listing, fetch_raw(url, settings), settings.max_bytes, name=url)


def read_listing(page: Fetched, limit: int) -> list[ListingLink]:
    """A fetched listing page (still encoded) decoded, and its links to notices harvested."""
    import lxml.html

    page = decode(page, limit)
    try:
        tree = lxml.html.fromstring(decode_html(page))
    except (ValueError, lxml.etree.ParserError):
        return []
    tree.make_links_absolute(page.url, handle_failures="discard")
    found: dict[str, ListingLink] = {}
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        title = " ".join((anchor.get("title") or anchor.text_content() or "").split())
        if not href.startswith(("http://", "https://")) or href in found or href == page.url:
            continue
        if NOTICE_TITLE.search(title) or (ATTACHMENT.search(href) and "整改" in title):
            found[href] = ListingLink(href, title)
    return list(found.values())


def harvest(watch_url: str, seen: set[str], settings: FetchSettings, limit: int = MAX_NEW) -> Harvest:
    """Fetch the listing, then each notice link not seen before (at most `limit`). Blocking; no database."""
    result = Harvest()
    try:
        result.links = listing_links(watch_url, settings)
    except Exception as err:  # any failure, a library's own included, is a failed check with backoff
        result.error = one_line(err)
        result.failure = err if isinstance(err, RectibotError) else None
        return result
    for link in [x for x in result.links if x.url not in seen][:limit]:
        try:
            result.notices.append((link, fetch_notice(link.url, settings)))
        except FetchError:
            continue  # unreachable for now: tried again at the next check
        except NoticeError:
            result.not_notices.append(link)  # read, and not a notice: never fetched again
        except Exception as err:  # a surprise on one link: the check fails, and is tried again later
            result.error = f"{link.url}: {one_line(err)}"
            return result
    return result


def one_line(err: BaseException) -> str:
    """Why a check failed, on one line (for the log; `watch list` words our errors from the catalogues):
    the error's words, else its kind."""
    words = " ".join(str(err).split())
    if not isinstance(err, RectibotError):
        words = f"{type(err).__name__}: {words}" if words else type(err).__name__
    return words[:300]


def backoff(failures: int) -> timedelta:
    """A failing site is tried less and less often: 1 h, 2 h, 4 h … at most a week."""
    return min(timedelta(hours=2 ** (failures - 1)), timedelta(days=7))
