"""Every genre notice read again as another copy of the page prints it (issue 19, point 7: "test over combinations,
not instances"). The rounds' notices are real layouts; the transforms are what copying them does to their bytes
without touching their structure: punctuation all half-width or all full-width, a blank line between paragraphs
(a word processor's), Windows line ends, traditional script (a mirror site's), a GB18030 file (a Chinese Windows
editor's). Each notice is forwarded as a file's bytes in one of them, drawn by its place in the rounds so that every
transform meets every kind of layout over the set, and must give the problems and statuses its gold gives.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import opencc
import pytest

from notices import parse_bytes
from notices.normalize import to_simplified
from tests.conftest import norm

from .genre_rounds import Expected, all_cases, genre_text, is_text

_HALF = str.maketrans("，：；（）！？", ",:;()!?")
_FULL = str.maketrans(",:;()!?", "，：；（）！？")


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


TRANSFORMS: dict[str, Callable[[str], bytes]] = {
    "half-width": lambda text: text.translate(_HALF).encode(),
    "full-width": lambda text: text.translate(_FULL).encode(),
    "blank-lines": lambda text: text.replace("\n", "\n\n").encode(),
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
    "traditional": lambda text: _s2t().convert(text).encode(),
    "gb18030": lambda text: text.encode("gb18030"),
}
CASES = [case for case in all_cases() if not case.gap and not case.items_gap and is_text(case)]


def _fits(case: Expected, transform: str) -> bool:
    """A page kept in its markup (<p class="…">) keeps its attributes' ASCII: punctuation is changed in text only."""
    return not (transform.endswith("-width") and "</" in genre_text(case.file))


def _drawn(n: int, case: Expected) -> str:
    """The transform the n-th notice is read in: the next in turn that fits it."""
    fitting = [name for name in TRANSFORMS if _fits(case, name)]
    return fitting[n % len(TRANSFORMS) % len(fitting)]


DRAWN = [(case, _drawn(n, case)) for n, case in enumerate(CASES)]


def test_every_transform_meets_many_layouts() -> None:
    drawn = [name for _, name in DRAWN]
    assert all(drawn.count(name) >= 40 for name in TRANSFORMS)


@pytest.mark.parametrize(("case", "transform"), DRAWN, ids=[f"{c.file}-{t}" for c, t in DRAWN])
def test_a_notice_copied_another_way_reads_as_its_gold(case: Expected, transform: str) -> None:
    data = TRANSFORMS[transform](genre_text(case.file))
    notice = parse_bytes(data, case.file)
    got = [(norm(i.label), norm(to_simplified(i.title)), i.status) for i in notice.items]
    assert got == [(norm(label), norm(title), status) for label, title, status, _ in case.items]
