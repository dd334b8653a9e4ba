"""A link to a notice in, a parsed notice out: a page's article, or the file it links to, or the file
the link names. The page's charset comes from its header, else its <meta>, else its bytes.

The fetching (addresses, redirects, deadline, bytes on the wire) is this process's; everything that
reads the untrusted bytes (content encodings, charset, HTML, PDF, DOCX) is one call of `read_page` or
`read_file` through `FetchSettings.run`: in the bot, a reader process with its memory and time limits."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from errors import FetchError, ListingPage, NeedsOcr, Param, rebuilt
from notices import Notice, NoticeError, parse_bytes
from notices.extract import decode_text, sniff

from .client import Fetched, FetchSettings, decode, fetch_raw

# A page that is only a stub for the notice links the file itself: .pdf, .docx, .doc or .wps.
ATTACHMENT = re.compile(r"\.(?:pdf|docx?|wps)$", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)
MAX_ATTACHMENTS = 3  # attachments tried on a stub page before giving up
# A listing's entry for a rectification notice: its title speaks of inspection (巡察/巡视) and
# rectification (整改), or of a rectification report or progress (整改情况/进展/通报).
NOTICE_TITLE = re.compile(r"(?:巡察|巡视).{0,30}整改|整改.{0,12}(?:通报|情况|进展|报告)")
# A page with no notice of its own that links this many notices (or two notice pages) is a column's
# listing, not a stub: a stub links its own notice's file, perhaps twice (.pdf and .docx).
LISTING_MIN = 3
LISTING_SHARE = 0.3  # …and whose entries' titles are at least this share of its text (a notice's body dwarfs them)


@dataclass(frozen=True)
class LinkedNotice:
    """A notice read from a link: the URL shared, and the file it came from when the page was a stub."""

    url: str
    name: str
    notice: Notice
    attachment: str | None = None


@dataclass(frozen=True)
class PageRead:
    """What a reader process made of a fetched body: a notice, or why not (an error's parts), the notices a
    listing links and the attachments a stub links; or, for a scan, the decoded bytes for OCR."""

    notice: Notice | None = None
    failure: tuple[str, dict[str, Param]] | None = None
    listed: int = 0
    attachments: tuple[str, ...] = ()
    scan: bytes | None = None


def fetch_notice(url: str, settings: FetchSettings) -> LinkedNotice:
    """Fetch a link and parse the notice it holds, following a stub page to its attachment."""
    page = fetch_raw(url, settings)
    name = file_name(page.url)
    read = settings.run(read_page, page, settings.max_bytes, name=url)
    notice = settings.parse(read.scan, name) if read.scan is not None else read.notice
    if read.listed and (notice is None or len(notice.items) < read.listed):  # the entries read as items
        raise ListingPage(url, read.listed)
    if notice is None or not notice.items:  # a stub: a title and the notice attached (.pdf, .docx, …)
        for link in read.attachments[:MAX_ATTACHMENTS]:
            try:
                attached = _attachment(link, settings)
            except FetchError:
                raise
            except NoticeError:
                continue
            if attached.items or notice is None:
                return LinkedNotice(url, file_name(link), attached, attachment=link)
        if notice is None:
            assert read.failure is not None
            raise rebuilt(*read.failure)
    return LinkedNotice(url, name, notice)


def _attachment(link: str, settings: FetchSettings) -> Notice:
    """The notice in a file a stub page links to; a scan goes to `settings.parse` (OCR, a process of its own)."""
    read = settings.run(read_file, fetch_raw(link, settings), settings.max_bytes, name=link)
    if read.scan is not None:
        return settings.parse(read.scan, file_name(link))
    if read.notice is None:
        assert read.failure is not None
        raise rebuilt(*read.failure)
    return read.notice


def read_page(page: Fetched, limit: int) -> PageRead:
    """A fetched body (still encoded) decoded and read: a page's article, the notices it lists and the files
    it attaches, or a file's notice. All the untrusted decoding of a link: it runs where `FetchSettings.run`
    says (the bot's reader processes)."""
    page = decode(page, limit)
    name = file_name(page.url)
    if not _is_html(page):
        return _read(page.data, name)
    html = decode_html(page)
    read = _read(html.encode("utf-8"), _as_html(name))  # the page as UTF-8 HTML: the reader finds the article
    notice = with_page_date(read.notice, html) if read.notice is not None else None
    listed = len(listing(html, page.url))
    stub = not listed and (notice is None or not notice.items)  # a title, and the notice attached
    attachments = tuple(attachment_links(html, page.url)) if stub else ()
    return PageRead(notice, read.failure, listed, attachments)


def read_file(page: Fetched, limit: int) -> PageRead:
    """A fetched attachment (still encoded) decoded and read as a notice file, whatever its kind."""
    page = decode(page, limit)
    return _read(page.data, file_name(page.url))


def _read(data: bytes, name: str) -> PageRead:
    try:
        return PageRead(parse_bytes(data, name, ocr=False))
    except NeedsOcr:
        return PageRead(scan=data)  # OCR has a process of its own (settings.parse)
    except NoticeError as err:
        return PageRead(failure=err.parts())


def _as_html(name: str) -> str:
    """A page's name as an .html file (what the reader sniffs is the bytes; the name is for messages)."""
    return name if name.lower().endswith((".html", ".htm")) else f"{name}.html"


def _is_html(page: Fetched) -> bool:
    if page.content_type in ("text/html", "application/xhtml+xml"):
        return True
    try:
        return sniff(page.data) == "html"
    except NoticeError:
        return False


def decode_html(page: Fetched) -> str:
    """The page's text: the header's charset, else the <meta> charset, else detected from the bytes."""
    declared = page.charset
    if declared is None:
        meta = _META_CHARSET.search(page.data[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    if declared:
        codec = {"gb2312": "gb18030", "gbk": "gb18030"}.get(declared.lower(), declared)  # GB2312 pages use GBK
        try:
            return page.data.decode(codec, errors="replace")
        except (LookupError, UnicodeError, ValueError):
            pass  # an unknown charset name, or a codec that is no text encoding (idna, zlib…): detect instead
    return decode_text(page.data, file_name(page.url))


def with_page_date(notice: Notice, html: str) -> Notice:
    """A notice whose text prints no date gets the page's publication date (from its metadata)."""
    if notice.published or notice.signed or "<" not in html[:2000]:  # htmldate fetches a bare URL: never
        return notice
    from htmldate import find_date

    found = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    return dataclasses.replace(notice, published=found) if found else notice


def attachment_links(html: str, base: str) -> list[str]:
    """Links on a page to notice files (.pdf/.docx/.doc/.wps), absolute, in page order, once each."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    tree.make_links_absolute(base, handle_failures="discard")
    found: list[str] = []
    for element, attribute, link, _ in tree.iterlinks():
        if element.tag != "a" or attribute != "href" or link in found:
            continue
        parts = urlsplit(link)
        if ATTACHMENT.search(unquote(parts.path)) or ATTACHMENT.search(unquote(parts.query)):
            found.append(link)
    return found


def listing(html: str, base: str) -> list[str]:
    """The notices a column's listing page links to (absolute URLs); [] for a page that is no listing.
    A listing is mostly its entries' titles; a notice page's sidebar of related notices is not."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    tree.make_links_absolute(base, handle_failures="discard")
    found: dict[str, str] = {}
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        title = " ".join((anchor.get("title") or anchor.text_content() or "").split())
        if not href.startswith(("http://", "https://")) or href in found or href == base:
            continue
        if NOTICE_TITLE.search(title) or (ATTACHMENT.search(unquote(href)) and "整改" in title):
            found[href] = title
    pages = sum(not ATTACHMENT.search(unquote(u)) for u in found)
    if len(found) < LISTING_MIN and pages < 2:
        return []
    text = "".join(tree.text_content().split())
    titles = sum(len("".join(t.split())) for t in found.values())
    return list(found) if titles >= LISTING_SHARE * len(text) else []


def file_name(url: str) -> str:
    """A readable name for what a URL holds: its last path segment, else its host."""
    parts = urlsplit(url)
    last = PurePosixPath(unquote(parts.path)).name
    return last or parts.hostname or url
