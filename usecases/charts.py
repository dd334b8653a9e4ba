"""The ledger at a glance: the data of a picture of an agency, a region or every agency (/chart, the 📊
button, a reminder's picture, `rectibot chart`). Drawing it is presentation/charts.py's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from answers.resolve import directory, resolve
from store.gateway import Db
from store.tallies import Snapshot, Thresholds, snapshot

from .services import Services


@dataclass(frozen=True)
class Chart:
    """What a picture shows: its scope as named (None: every agency) and the data; `no_match` when the
    name given matched no agency. Nothing to draw when the snapshot has no agency."""

    scope: str | None
    snapshot: Snapshot | None = None
    no_match: bool = False


def _scope(db: Db, name: str) -> tuple[str, list[int]] | None:
    res = resolve(name, directory(db.store))
    if not res.agencies:
        return None
    ids = [a.id for a in res.agencies]
    return res.place or (res.agencies[0].name if len(res.agencies) == 1 else name), ids


def _snapshot(db: Db, agency_ids: list[int], today: date, thresholds: Thresholds) -> Snapshot:
    return snapshot(db.store, agency_ids, today, thresholds)


async def chart(svc: Services, name: str, today: date) -> Chart:
    """The picture of the agencies `name` names (every agency when empty), deadlines counted from `today`."""
    scope: str | None = None
    ids: list[int] = []
    if name:
        found = await svc.db.read(_scope, name)
        if found is None:
            return Chart(name, no_match=True)
        scope, ids = found
    return Chart(scope, await svc.db.read(_snapshot, ids, today, svc.settings.chart))


async def chart_of(svc: Services, scope: str | None, agency_ids: Sequence[int], today: date) -> Chart:
    """The picture of agencies already known (a button's scope, a reminder's subscriptions)."""
    return Chart(scope, await svc.db.read(_snapshot, list(agency_ids), today, svc.settings.chart))
