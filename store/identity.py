"""What makes two stored notices the same notice, whatever file each came in."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache


# An ingest keys each title several times (the notice's identity, its changes against the previous report,
# whose titles are mostly the same): each distinct title is keyed once.
@lru_cache(maxsize=8192)
def title_key(title: str) -> str:
    """A title without spacing and punctuation: how the same problem is recognised across notices."""
    return "".join(filter(str.isalnum, title))  # the same characters; in C, not a Python generator (ingest's CPU)


def notice_identity(agency: str, inspection: str, date: str | None, items: Iterable[tuple[str, str, str]]) -> str:
    """Agency, inspection, date and each item's label, title and status — not measures' wording or the bytes.

    Text read from a PDF differs from the .docx of the same notice in line breaks and stray characters
    inside long rectification texts; labels, titles and statuses are what a reader would compare.
    """
    data = [agency, inspection, date or "", [(label, title_key(title), status) for label, title, status in items]]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()
