"""A notice reads the same however the user's copy of it was saved (issue 19: a notice in any real layout, as users
forward it): every genre notice in tests/data/genre that reads right is read again as a Windows or old-Mac text
file ends its lines, with a word processor's first-line indent (full-width spaces), with a blank line after every
paragraph (a web page copied paragraph by paragraph), and in traditional script. Each copy must give the same
problems with the same statuses as the notice as written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import opencc
import pytest

from notices import parse_bytes
from notices.normalize import to_simplified

from .test_genre import CASES, GENRE


@cache
def _s2t() -> Callable[[str], str]:
    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return]


COPIES: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "cr": lambda text: text.replace("\n", "\r"),
    "indented": lambda text: "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n")),
    "blank_lines": lambda text: "\n\n".join(text.split("\n")),
    "traditional": lambda text: _s2t()(text),
}
READ_RIGHT = [c.file for c in CASES if c.gap is None]


def _read(text: str, name: str) -> list[tuple[str, str]]:
    """What a ledger shows of the notice: each problem's title (in simplified script) and status."""
    return [(to_simplified(i.title), i.status) for i in parse_bytes(text.encode("utf-8"), name).items]


@pytest.mark.parametrize("copy", sorted(COPIES))
def test_every_genre_notice_reads_the_same_in_a_users_copy(copy: str) -> None:
    read_otherwise = []
    for name in READ_RIGHT:
        text = (GENRE / name).read_text(encoding="utf-8")
        if _read(COPIES[copy](text), name) != _read(text, name):
            read_otherwise.append(name)
    assert read_otherwise == []
