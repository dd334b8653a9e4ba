"""A web page saved as a single file (MHTML: .mht, .mhtml) as the page it holds.

Internet Explorer's 网页，单个文件 (Web Archive), Edge's and Chrome's 网页，单个文件 (Saved by Blink), WPS's and Word's
单个文件网页 save a page as a MIME message (RFC 2557): headers (From: <Saved by …>, Subject, MIME-Version,
Content-Type: multipart/related; boundary=…), then parts split by the boundary — the page's HTML first (or the part
the `start` parameter names by its Content-ID), then its stylesheets, images and frames, each in quoted-printable
or base64 and named by Content-Location. The HTML part's charset is on its Content-Type (gb2312, GBK, utf-8) or only
in the page's own <meta> (Blink names none): read by the one, else the other, else detected as plain text is.

The page is then read as any saved web page (extract.html_text: the article without the site's furniture); a frame
the page embeds (<iframe src> naming another HTML part of the file by its Content-Location or cid:) is read after it,
where a portal keeps its article in a frame.

Bounded: the file is at most MAX_MHTML_MB, its parts at most MAX_PARTS, multiparts nested at most MAX_DEPTH deep; the
page's decoded text is held to extract.MAX_HTML_CHARS by its reader. A file whose headers promise parts it does not
hold (cut short before its page, a boundary lost) is refused as a damaged saved page.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from email.message import Message
from typing import Any

from errors import CorruptFile, Oversized

MAX_MHTML_MB = 64  # a saved page with its pictures: a few MB
MAX_PARTS = 2_000  # a page's parts: the HTML, its stylesheets, images and frames
MAX_DEPTH = 8  # multiparts inside multiparts: a saved page nests none, an e-mail two or three

# The header block a MIME file opens with: header lines (a name, a colon; folded lines indented) up to the first empty
# line, among them a multipart Content-Type. Only the file's start is looked at (the sniffing precheck).
_HEADER_LINE = re.compile(rb"[!-9;-~]+:[^\r\n]*|[ \t][^\r\n]*")
_MULTIPART = re.compile(rb"^content-type:\s*multipart/", re.I | re.M)
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
# the Chinese single-byte-compatible charsets a page declares are all read through their superset
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030"}


def is_mhtml(head: bytes) -> bool:
    """Whether a file's first bytes are a MIME message's header block declaring a multipart body (a page saved as
    a single file, or an e-mail carrying one)."""
    head = head.lstrip(b"\xef\xbb\xbf")
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None or not _MULTIPART.search(head[: end.start() + 1]):
        return False
    return all(_HEADER_LINE.fullmatch(line) for line in head[: end.start()].splitlines() if line)


Decode = Callable[[bytes, str], str]  # plain text's decoder (extract.decode_text), for a part naming no charset


def mhtml_pages(data: bytes, name: str, decode: Decode) -> list[str]:
    """The HTML of the saved page, then of the frames it embeds, decoded (by `decode` where no charset is named)."""
    from email import message_from_bytes

    if len(data) > MAX_MHTML_MB * 1024 * 1024:
        raise Oversized(name, "whole", MAX_MHTML_MB)
    try:
        message = message_from_bytes(data.lstrip(b"\xef\xbb\xbf"))
        parts = _leaves(message, name)
    except RecursionError:
        raise CorruptFile(name, "mhtml", "RecursionError") from None
    pages = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    root = _root(message, pages)
    if root is None:
        raise CorruptFile(name, "mhtml", "no-page")
    out = [_decoded(root, name, decode)]
    if not out[0].strip():
        raise CorruptFile(name, "mhtml", "empty-page")
    for frame in _frames(out[0], pages, root):
        out.append(_decoded(frame, name, decode))
    return out


def _leaves(message: Message, name: str) -> list[Message]:
    """The message's non-multipart parts in order, counted and their nesting bounded; a multipart whose boundary
    never comes (the file cut short, the boundary lost) holds no parts and is damaged."""
    leaves: list[Message] = []
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise CorruptFile(name, "mhtml", "RecursionError")
        if part.is_multipart():
            children: Any = part.get_payload()
            if not isinstance(children, list) or not children:
                raise CorruptFile(name, "mhtml", "no-parts")
            stack += [(child, depth + 1) for child in reversed(children)]
        else:
            leaves.append(part)
            if len(leaves) > MAX_PARTS:
                raise Oversized(name, "whole", MAX_MHTML_MB)
    if message.get_content_maintype() == "multipart" and not message.is_multipart():
        raise CorruptFile(name, "mhtml", "boundary")
    return leaves


def _root(message: Message, pages: list[Message]) -> Message | None:
    """The page the file saves: the part the multipart's `start` names by Content-ID, else the first HTML part."""
    start = str(message.get_param("start") or "").strip().strip("<>")
    if start:
        for page in pages:
            if str(page.get("Content-ID", "")).strip().strip("<>") == start:
                return page
    return pages[0] if pages else None


_FRAME_SRC = re.compile(r"<i?frame\b[^>]{0,500}?\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)


def _frames(html: str, pages: list[Message], root: Message) -> list[Message]:
    """The HTML parts the page embeds as frames (<iframe src> / <frame src>), by Content-Location or cid:."""
    if "frame" not in html.lower():  # the cheap precheck: most pages embed none
        return []
    named: dict[str, Message] = {}
    for page in pages:
        if page is root:
            continue
        for key in (page.get("Content-Location"), page.get("Content-ID")):
            if key:
                named.setdefault(str(key).strip().strip("<>"), page)
    out: list[Message] = []
    for src in _FRAME_SRC.findall(html):
        frame = named.get(src.removeprefix("cid:"))
        if frame is not None and frame not in out:
            out.append(frame)
    return out


def _decoded(part: Message, name: str, decode: Decode) -> str:
    """A part's text: its transfer encoding undone, its bytes decoded by the charset its header or its page's meta
    names, else detected."""
    payload: Any = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    for charset in (part.get_content_charset(), _meta_charset(raw)):
        codec = _codec(charset)
        if codec:
            return raw.decode(codec, errors="replace")
    return decode(raw, name) if raw.strip() else ""


def _meta_charset(raw: bytes) -> str | None:
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii") if found else None


def _codec(charset: str | None) -> str | None:
    """A charset's codec name (its superset for GB2312/GBK), None where Python knows none by that name."""
    if not charset:
        return None
    charset = charset.strip().lower()
    charset = _SUPERSET.get(charset, charset)
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None
