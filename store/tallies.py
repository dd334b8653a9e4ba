"""What a chart of the ledger draws, as data: items per agency (or per aspect) and status, overdue
counts, a 红/黄/绿 light per agency, the open count from notice to notice, and the notices counted.

Counts are read in SQL, grouped, never item by item: a chart of a region with 600,000 items reads a
few hundred rows. Drawing is elsewhere (presentation/charts.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from notices import OPEN_STATUSES, STATUSES

from .models import ItemRow
from .store import Store

# A bar's segments: the notice model's statuses, with the items declared done whose text still shows
# pending work (正在…中, 待…后) taken out of done and done_longterm and drawn apart as "flagged".
SEGMENTS: tuple[str, ...] = ("done", "done_longterm", "flagged", "in_progress", "unstated")
DONE_STATUSES = tuple(s for s in STATUSES if s not in OPEN_STATUSES)
MAX_BARS = 100  # a picture of more agencies shows the most open ones; the caption says how many in all
MAX_OVERDUE = 8  # overdue items named under one agency's picture
LIGHTS = ("red", "yellow", "green")


@dataclass(frozen=True)
class Thresholds:
    """When an agency's light turns red or yellow: its open share or its overdue share above these."""

    red_open_share: float = 0.5
    yellow_open_share: float = 0.2
    red_overdue_share: float = 0.1
    yellow_overdue_share: float = 0.0


@dataclass(frozen=True)
class Tally:
    """Items of one agency (or of one aspect of an agency) per segment, and how many are overdue."""

    name: str
    counts: dict[str, int]
    overdue: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def open(self) -> int:
        return sum(self.counts.get(s, 0) for s in OPEN_STATUSES)

    @property
    def open_share(self) -> float:
        return self.open / self.total if self.total else 0.0

    @property
    def overdue_share(self) -> float:
        return self.overdue / self.total if self.total else 0.0


def light(tally: Tally, thresholds: Thresholds) -> str:
    """红/黄/绿 from the open and overdue shares: red above either red threshold, yellow above either yellow one."""
    if tally.open_share > thresholds.red_open_share or tally.overdue_share > thresholds.red_overdue_share:
        return "red"
    if tally.open_share > thresholds.yellow_open_share or tally.overdue_share > thresholds.yellow_overdue_share:
        return "yellow"
    return "green"


@dataclass(frozen=True)
class Cited:
    """A notice counted in a chart, enough to cite it."""

    agency: str
    date: str | None
    title: str | None
    url: str | None


@dataclass
class Snapshot:
    """Everything one chart draws and its caption says, for the agencies in scope on `today`."""

    today: date
    agencies: list[Tally]  # the most open first, at most MAX_BARS
    agency_count: int  # agencies in scope with items (may exceed len(agencies))
    lights: dict[str, str] = field(default_factory=dict)  # agency → red | yellow | green
    aspects: list[Tally] = field(default_factory=list)  # one agency: its items per aspect ("" = none named)
    overdue: list[ItemRow] = field(default_factory=list)  # one agency: its overdue items, earliest deadline first
    overdue_count: int = 0
    history: list[tuple[str, int]] = field(default_factory=list)  # one agency: (notice date, open items) in order
    notices: list[Cited] = field(default_factory=list)  # the current notices counted
    notice_count: int = 0
    totals: Tally = field(default_factory=lambda: Tally("", {}))  # every agency in scope, not only those drawn

    @property
    def single(self) -> bool:
        return self.agency_count == 1


def snapshot(
    store: Store,
    agency_ids: Sequence[int],
    today: date,
    thresholds: Thresholds = Thresholds(),
    limit: int | None = MAX_BARS,
) -> Snapshot:
    """The chart's data for the agencies' current notices (every agency if none are named); `limit`
    agencies at most, the most open first (None: all, for the export's summary sheet)."""
    every = _tallies(store, agency_ids, today, "a.name")
    ranked = sorted(every, key=lambda x: (-x.open_share, -x.counts.get("flagged", 0) / max(x.total, 1), x.name))
    shown = ranked[:limit]
    result = Snapshot(today=today, agencies=shown, agency_count=len(every))
    result.lights = {x.name: light(x, thresholds) for x in shown}
    result.totals = _add(every)
    result.notices, result.notice_count = _cited(store, agency_ids)
    if result.single:
        ids = list(agency_ids) or [a.id for a in store.agencies() if a.name == every[0].name]
        result.aspects = _tallies(store, ids, today, "COALESCE(i.aspect, '')", order="MIN(i.seq)")
        result.overdue = store.overdue(ids, today.isoformat(), limit=MAX_OVERDUE)
        result.overdue_count = store.count_overdue(ids, today.isoformat())
        result.history = _history(store, ids)
    return result


def _tallies(store: Store, agency_ids: Sequence[int], today: date, key: str, order: str = "") -> list[Tally]:
    """Items grouped by `key` (an SQL expression), status and pending: one Tally per key."""
    where, params = store._scope(agency_ids)
    open_list = ",".join(f"'{s}'" for s in sorted(OPEN_STATUSES))
    late = f"i.deadline IS NOT NULL AND i.deadline < ? AND (i.status IN ({open_list}) OR i.pending = 1)"
    sql = (
        f"SELECT key, status, pending, n, late FROM (SELECT {key} AS key, i.status, i.pending, COUNT(*) AS n,"
        f" SUM(CASE WHEN {late} THEN 1 ELSE 0 END) AS late, {order or key} AS ord"
        " FROM items i JOIN notices n ON n.id = i.notice_id JOIN agencies a ON a.id = i.agency_id"
        f" WHERE {where} GROUP BY key, i.status, i.pending) ORDER BY MIN(ord) OVER (PARTITION BY key), key"
    )
    found: dict[str, tuple[dict[str, int], list[int]]] = {}
    for name, status, pending, count, overdue in store.db.execute(sql, [today.isoformat(), *params]):
        counts, late_count = found.setdefault(str(name), (dict.fromkeys(SEGMENTS, 0), [0]))
        counts["flagged" if pending and status in DONE_STATUSES else status] += int(count)
        late_count[0] += int(overdue or 0)
    return [Tally(name, counts, late[0]) for name, (counts, late) in found.items()]


def _add(tallies: Sequence[Tally]) -> Tally:
    counts = {s: sum(x.counts.get(s, 0) for x in tallies) for s in SEGMENTS}
    return Tally("", counts, sum(x.overdue for x in tallies))


def _history(store: Store, agency_ids: Sequence[int]) -> list[tuple[str, int]]:
    """The open count of each of the agency's notices, oldest first (a notice's sorting date)."""
    marks = ",".join("?" * len(agency_ids))
    sql = (
        f"SELECT sort_date, n_in_progress + n_unstated FROM notices WHERE agency_id IN ({marks}) ORDER BY sort_date, id"
    )
    return [(str(day)[:10], int(count)) for day, count in store.db.execute(sql, list(agency_ids))]


def _cited(store: Store, agency_ids: Sequence[int], limit: int = 30) -> tuple[list[Cited], int]:
    """The current notices counted (the first `limit`, by agency), and how many there are."""
    rows: list[dict[str, Any]] = store.notices(agency_ids, current_only=True, limit=limit)
    cited = sorted((Cited(r["agency"], r["notice_date"], r["title"], r["url"]) for r in rows), key=lambda c: c.agency)
    return cited, store.counts(agency_ids).notices
