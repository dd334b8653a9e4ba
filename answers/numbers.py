"""Numbers typed by users (/undo 12, /watch remove 3, 第12项, a page in a button): ASCII digits only.

str.isdigit() is true of '²', '①' and other scripts' digits, on which int() raises or reads something the
user never meant; and a 5,000-digit number overflows SQLite. One helper accepts exactly what it should.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]{1,18}")
MAX_ID = 2**63 - 1  # SQLite's largest integer


def user_number(text: str, low: int = 0, high: int = MAX_ID) -> int | None:
    """The number written in ASCII digits (nothing else), if it is within [low, high]; else None."""
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None
