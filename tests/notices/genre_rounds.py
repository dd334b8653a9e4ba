"""The genre's test notices and what a careful reader takes from each, kept as data: one file per round.

`tests/data/genre/` holds the notices; `tests/data/genre/rounds/rNN.json` holds, for each notice of round NN, its
header facts, claims and items (label, title, status, pending) as the gold README (`../shared/gold/README.md`)
defines them, with notes where a convention decides a value. A round's `first_reading` records how the parser read
it before any change for it: what the kept-back sets will see.

Measure a round (what a new round's author runs before and after a fix):

    python -m tests.notices.genre_rounds tests/data/genre/rounds/r34.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notices import NotANotice, Notice, UnsupportedFormat, parse_file
from tests.conftest import DATA, norm

GENRE = DATA / "genre"
ROUNDS = GENRE / "rounds"

Item = tuple[str, str, str, bool | None]


@dataclass
class Expected:
    file: str
    agency: str | None
    region: str | None
    province: str | None
    prefecture: str | None
    team: str | None
    period: tuple[str | None, str | None]
    feedback: str | None
    signed: str | None
    items: list[Item]
    claimed: dict[str, int | None] = field(default_factory=dict)
    aspects: Sequence[str | None] | None = None
    sources: list[str] | None = None  # where each status was read: item / section / none
    warnings: list[str] = field(default_factory=list)  # each claim the body contradicts; [] = none
    issuer: str | None = None  # checked where given: the name the notice signs with
    groups: Sequence[str | None] | None = None
    # A layout the parser does not read right yet: why the whole reading fails (a strict xfail naming the gap) …
    gap: str | None = None
    # … and, apart from it, why its items and statuses alone fail (None: those are read right)
    items_gap: str | None = None
    round: int = 0
    # what the data file says about the layout and the conventions behind values; not compared
    layout: str = ""
    notes: dict[str, str] = field(default_factory=dict)


def _expected(raw: dict[str, Any], round_: int) -> Expected:
    fields = dict(raw)
    # an item is [label, title, status, pending] with an optional note on the convention it follows
    fields["items"] = [tuple(item[:4]) for item in fields["items"]]
    fields["period"] = tuple(fields["period"])
    return Expected(round=round_, **fields)


def load_round(path: Path) -> list[Expected]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [_expected(raw, data["round"]) for raw in data["notices"]]


def all_cases() -> list[Expected]:
    """Every round's notices, in round order (by number: r100 after r99, so that a new round adds its notices at the
    end and moves no earlier notice's place, which draws its altered copy in test_genre_transforms)."""
    return [case for path in sorted(ROUNDS.glob("r*.json"), key=_round_number) for case in load_round(path)]


def _round_number(path: Path) -> int:
    return int(path.stem[1:])


def genre_text(name: str) -> str:
    """A notice's text as its bytes hold it, its lines ended by \\n: UTF-8, or the GB18030 and CRLF a Chinese Windows
    saves plain text in (Word's 另存为纯文本 keeps the system's code page: round 123's Word table saved as .txt),
    which the bot decodes alike; the copies the tests make of it start from that text."""
    data = (GENRE / name).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return text.replace("\r\n", "\n")


def is_text(case: Expected) -> bool:
    """Whether the notice is kept as text (.txt, .html): a Word file (.docx, round 96) or an Excel ledger (.xlsx,
    round 101) is a zip, an Excel 97-2003 ledger (.xls, round 114) a compound file and a PDF (.pdf, round 98) a set of
    positioned glyphs, whose bytes no text copy (line ends, widths, script, a wrap) can be made of; so are an
    OpenDocument text or spreadsheet (.odt, .ods: zips, round 142), a Rich Text file (.rtf, round 142: its
    characters are escapes a text copy would not keep), an OFD file (.ofd, round 152: a zip of positioned glyphs) and
    a saved web page, single file (.mht, .mhtml, round 152: MIME parts in quoted-printable or base64)."""
    return not case.file.endswith((".docx", ".xlsx", ".xls", ".pdf", ".odt", ".ods", ".rtf", ".ofd", ".mht", ".mhtml"))


def check(notice: Notice, want: Expected) -> None:
    """Assert the whole reading: header facts, items, claims, aspects, groups, sources, issuer and warnings."""
    assert (notice.agency, notice.region, notice.province, notice.prefecture) == (
        want.agency,
        want.region,
        want.province,
        want.prefecture,
    )
    assert notice.inspection_team == want.team
    assert (notice.inspection_start, notice.inspection_end) == want.period
    assert (notice.feedback_date, notice.signed) == (want.feedback, want.signed)
    # a null pending is one a careful reader could argue either way: not scored (gold README), as measure() leaves it
    unscored = {n for n, item in enumerate(want.items) if item[3] is None}
    got = [(i.label, i.title, i.status, None if n in unscored else i.pending) for n, i in enumerate(notice.items)]
    assert got == [(label, title, status, pending) for label, title, status, pending in want.items]
    for key, value in want.claimed.items():
        assert getattr(notice.claimed, key) == value, key
    if want.aspects is not None:
        assert [norm(i.aspect) for i in notice.items] == [norm(a) for a in want.aspects]
    if want.sources is not None:
        assert [i.status_source for i in notice.items] == want.sources
    if want.groups is not None:
        assert [norm(i.group) for i in notice.items] == [norm(g) for g in want.groups]
    if want.issuer is not None:
        assert notice.issuer == want.issuer
    assert [str(w) for w in notice.warnings] == want.warnings


# --- measuring a round ---------------------------------------------------------------------------------------------
def _header(notice: Notice, want: Expected) -> list[tuple[str, bool]]:
    facts = [
        ("agency", notice.agency == want.agency),
        ("region", notice.region == want.region),
        ("province", notice.province == want.province),
        ("prefecture", notice.prefecture == want.prefecture),
        ("team", notice.inspection_team == want.team),
        ("start", notice.inspection_start == want.period[0]),
        ("end", notice.inspection_end == want.period[1]),
        ("feedback", notice.feedback_date == want.feedback),
        ("signed", notice.signed == want.signed),
    ]
    facts += [(f"claimed.{key}", getattr(notice.claimed, key) == value) for key, value in want.claimed.items()]
    if want.issuer is not None:
        facts.append(("issuer", notice.issuer == want.issuer))
    return facts


def measure(want: Expected) -> dict[str, tuple[int, int]]:
    """How the parser reads one notice, as counts (right, of): problems (label and title), statuses (label, title
    and status), aspects and pending where the items line up, and header facts."""
    try:
        notice = parse_file(str(GENRE / want.file))
    except (UnsupportedFormat, NotANotice):
        # a file the bot refuses (a format it does not read, as round 152 found OFD and MHTML) reads nothing: 0
        total = len(want.items)
        header = 9 + len(want.claimed) + (want.issuer is not None)  # the facts _header checks
        return {k: (0, total) for k in ("problems", "statuses", "aspects", "pending")} | {
            "header": (0, header),
            "found": (0, total),
        }
    got = {(norm(i.label), norm(i.title)): i for i in notice.items}
    problems = statuses = aspects = pending = 0
    for n, (label, title, status, pend) in enumerate(want.items):
        item = got.get((norm(label), norm(title)))
        if item is None:
            continue
        problems += 1
        statuses += item.status == status
        if want.aspects is None or norm(item.aspect) == norm(want.aspects[n]):
            aspects += 1
        pending += pend is None or item.pending == pend
    header = _header(notice, want)
    total = len(want.items)
    return {
        "problems": (problems, total),
        "statuses": (statuses, total),
        "aspects": (aspects, total),
        "pending": (pending, total),
        "header": (sum(ok for _, ok in header), len(header)),
        "found": (len(notice.items), total),
    }


def _fraction(right: int, of: int) -> str:
    return f"{right}/{of} ({100 * right / of:.0f}%)" if of else "0/0"


def main(paths: Sequence[str]) -> None:
    totals: dict[str, list[int]] = {}
    for path in paths:
        for want in load_round(Path(path)):
            counts = measure(want)
            print(want.file, "  ".join(f"{k} {r}/{o}" for k, (r, o) in counts.items()))
            for key, (right, of) in counts.items():
                total = totals.setdefault(key, [0, 0])
                total[0] += right
                total[1] += of
    print("in all:", ", ".join(f"{k} {_fraction(*v)}" for k, v in totals.items() if k != "found"))


if __name__ == "__main__":
    main(sys.argv[1:] or [str(p) for p in sorted(ROUNDS.glob("r*.json"))])
