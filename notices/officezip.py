"""The bounds an Office zip (.docx, .xlsx, and OpenDocument's .odt, .ods) is held to before any part of it is decoded.

A notice's Word XML is well under 5 MB and a ledger's sheet XML under 1 MB; a compressed bomb (1.6 MB of .docx
inflating to 1.5 GB) is refused before it is parsed, and so is a zip of more members than any document holds.
"""

from __future__ import annotations

import zipfile

from errors import Oversized

MAX_DOCX_XML_MB = 32  # each XML part, as declared and as actually inflated
MAX_DOCX_MB = 256  # all parts together (pictures included), as declared
MAX_MEMBERS = 10_000  # a document's parts: a few dozen, a few hundred with pictures


def check_inflated(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse an Office zip (.docx, .xlsx, .odt, .ods) whose parts are more, or declare or actually inflate to
    more, than a notice could need."""
    mb = 1024 * 1024
    if len(zf.infolist()) > MAX_MEMBERS:
        raise Oversized(name, "whole", MAX_DOCX_MB)
    if sum(info.file_size for info in zf.infolist()) > MAX_DOCX_MB * mb:
        raise Oversized(name, "whole", MAX_DOCX_MB)
    for info in zf.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        if info.file_size > MAX_DOCX_XML_MB * mb:
            raise Oversized(name, "part", MAX_DOCX_XML_MB)
        inflated = 0
        with zf.open(info) as part:  # streamed: a size header that lies is caught by counting
            while chunk := part.read(mb):
                inflated += len(chunk)
                if inflated > MAX_DOCX_XML_MB * mb:
                    raise Oversized(name, "part", MAX_DOCX_XML_MB)
