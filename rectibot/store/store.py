"""The store: the only code that talks to SQLite. `Store(db)` receives its database."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from rectibot.notices import STATUSES, Notice
from rectibot.notices.gazetteer import short_name

from .names import aliases, kind_of, pinyin
from .schema import migrate

if TYPE_CHECKING:
    from .resolve import Directory


@dataclass(frozen=True)
class Change:
    kind: str  # status | new | dropped
    label: str | None
    title: str
    old_status: str | None = None
    new_status: str | None = None


@dataclass(frozen=True)
class IngestResult:
    outcome: str  # new | updated | duplicate
    notice_id: int
    agency: str
    changes: tuple[Change, ...] = ()
    previous_id: int | None = None


@dataclass(frozen=True)
class Agency:
    id: int
    name: str
    region: str | None
    prefecture: str | None
    province: str | None
    level: str | None
    aliases: tuple[str, ...]
    pinyin: str
    kind: str

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(p for p in (self.region, self.prefecture, self.province) if p)


@dataclass
class ItemRow:
    """An item with enough of its notice to cite it."""

    id: int
    agency: str
    notice_id: int
    notice_title: str | None
    notice_date: str | None
    seq: int
    label: str
    title: str
    status: str
    pending: bool
    pending_evidence: list[str]
    measures: str
    deadline: str | None
    aspect: str | None
    group: str | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ItemRow:
        return cls(
            id=row["id"],
            agency=row["agency"],
            notice_id=row["notice_id"],
            notice_title=row["notice_title"],
            notice_date=row["notice_date"],
            seq=row["seq"],
            label=row["label"],
            title=row["title"],
            status=row["status"],
            pending=bool(row["pending"]),
            pending_evidence=json.loads(row["pending_evidence"]),
            measures=row["measures"],
            deadline=row["deadline"],
            aspect=row["aspect"],
            group=row["grp"],
        )


@dataclass
class Counts:
    notices: int = 0
    items: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    pending: int = 0


# Items are chosen (and limited) from the items table alone, then joined for the rows returned.
_ITEM_ROWS = """
SELECT i.id, a.name AS agency, n.id AS notice_id, n.title AS notice_title, n.notice_date,
       i.seq, i.label, i.title, i.status, i.pending, i.pending_evidence, i.measures, i.deadline,
       i.aspect, i.grp
FROM ({inner}) i JOIN notices n ON n.id = i.notice_id JOIN agencies a ON a.id = i.agency_id
ORDER BY {order}
"""
_ITEMS = "items i JOIN notices n ON n.id = i.notice_id"  # whether an item is current is its notice's
SEARCH_CAP = 2000  # matches looked at per full-text index, newest first (store-wide searches)
SCAN_LIMIT = 6_000  # items of the named agencies read in full for an exact search
_OPEN_OR_PENDING = "(i.status IN ('in_progress', 'unstated') OR i.pending = 1)"


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) a database file in WAL mode with the latest schema."""
    db = Database(path)
    db.enable_wal()
    # In WAL mode NORMAL keeps the database consistent after a crash and skips an fsync per commit.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages: full-text index merges stay in memory
    db.execute("PRAGMA wal_autocheckpoint = 10000")  # checkpoint every ~40 MB of WAL, not every 4 MB
    migrate(db)
    return db


def content_hash(notice: Notice) -> str:
    """The same notice in any file format hashes the same: what was read, not the bytes."""
    data = notice.to_dict()
    data.pop("warnings", None)
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _in(ids: Sequence[object]) -> str:
    return ",".join("?" * len(ids))


def _bigrams(text: str) -> str:
    chars = [ch for ch in text if ch.isalnum()]
    return " ".join(a + b for a, b in itertools.pairwise(chars))


class Store:
    """Notices, their items and agencies in SQLite."""

    def __init__(self, db: Database) -> None:
        self.db = db
        migrate(db)
        self._agencies: list[Agency] | None = None
        self._directory: Directory | None = None

    # --- ingest ---------------------------------------------------------------------------------------
    def ingest(self, notice: Notice, source_name: str = "", now: datetime | None = None) -> IngestResult:
        """Store a parsed notice in one transaction; the same content again is reported as a duplicate."""
        if not notice.agency:
            raise ValueError("a notice without an issuing agency cannot be stored")
        digest = content_hash(notice)
        existing = self.db.execute(
            "SELECT n.id, a.name FROM notices n JOIN agencies a ON a.id = n.agency_id WHERE content_hash = ?",
            [digest],
        ).fetchone()
        if existing:
            return IngestResult("duplicate", existing[0], existing[1])
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with self.db.atomic():  # one transaction per notice (sqlite-utils commits each write otherwise)
            agency_id, created = self._agency_id(notice)
            key = _inspection_key(notice)
            sort_date = notice.signed or notice.published or notice.feedback_date or stamp[:10]
            previous = self._current_for(agency_id, key)
            is_current = previous is None or sort_date >= previous[1]
            if previous is not None and is_current:  # its items follow: current-ness is the notice's alone
                self.db.execute("UPDATE notices SET is_current = 0 WHERE id = ?", [previous[0]])
            notice_id = self._insert_notice(notice, agency_id, digest, source_name, key, sort_date, stamp, is_current)
            self._insert_items(notice_id, agency_id, notice)
            changes: tuple[Change, ...] = ()
            if previous is not None:
                older, newer = (previous[0], notice_id) if is_current else (notice_id, previous[0])
                self.db.execute("UPDATE notices SET previous_id = ? WHERE id = ?", [older, newer])
                changes = self._record_changes(agency_id, older, newer)
        if created:
            self._agencies = self._directory = None  # a new name to resolve
        outcome = "updated" if previous is not None else "new"
        return IngestResult(outcome, notice_id, notice.agency, changes, previous[0] if previous else None)

    def _agency_id(self, notice: Notice) -> tuple[int, bool]:
        """The agency's id, and whether it was created now."""
        assert notice.agency is not None
        row = self.db.execute("SELECT id FROM agencies WHERE name = ?", [notice.agency]).fetchone()
        if row:
            return int(row[0]), False
        cursor = self.db.execute(
            "INSERT INTO agencies (name, region, prefecture, province, level, adcode, aliases, pinyin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                notice.agency,
                notice.region,
                notice.prefecture,
                notice.province,
                _level(notice),
                None,
                json.dumps(aliases(notice.agency, notice.region), ensure_ascii=False),
                pinyin(short_name(notice.region)) if notice.region else "",
            ],
        )
        return int(cursor.lastrowid or 0), True

    def _current_for(self, agency_id: int, key: str) -> tuple[int, str] | None:
        row = self.db.execute(
            "SELECT id, sort_date FROM notices WHERE agency_id = ? AND inspection_key = ? AND is_current = 1",
            [agency_id, key],
        ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def _insert_notice(
        self,
        notice: Notice,
        agency_id: int,
        digest: str,
        source: str,
        key: str,
        sort_date: str,
        stamp: str,
        current: bool,
    ) -> int:
        claimed = notice.claimed.to_dict()
        counts = notice.status_counts()
        cursor = self.db.execute(
            """INSERT INTO notices (agency_id, content_hash, source_name, title, issuer, inspection_team,
                inspection_start, inspection_end, feedback_date, published, signed, notice_date, sort_date,
                inspection_key, claimed, item_count, group_count, aspect_count, warnings, ingested_at, is_current,
                n_done, n_done_longterm, n_in_progress, n_unstated, n_pending)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                agency_id, digest, source, notice.title, notice.issuer, notice.inspection_team,
                notice.inspection_start, notice.inspection_end, notice.feedback_date, notice.published,
                notice.signed, notice.signed or notice.published, sort_date, key, json.dumps(claimed),
                notice.item_count, notice.group_count,
                notice.aspect_count, json.dumps(list(notice.warnings), ensure_ascii=False), stamp, int(current),
                *(counts[s] for s in STATUSES), sum(i.pending for i in notice.items),
            ],
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def _insert_items(self, notice_id: int, agency_id: int, notice: Notice) -> None:
        rows = [
            (
                notice_id, agency_id, i.seq, i.label, i.title, i.aspect, i.group, i.section,
                i.status, i.status_source,
                int(i.pending), json.dumps(list(i.pending_evidence), ensure_ascii=False), i.measures,
                i.deadline, i.deadline_text,
            )
            for i in notice.items
        ]  # fmt: skip
        first = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM items").fetchone()[0]
        self.db.conn.executemany(
            """INSERT INTO items (notice_id, agency_id, seq, label, title, aspect, grp, section, status,
                status_source, pending, pending_evidence, measures, deadline, deadline_text)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        ids = range(first, first + len(rows))
        self.db.conn.executemany(
            "INSERT INTO items_fts (rowid, title, measures) VALUES (?, ?, ?)",
            [(rid, i.title, i.measures) for rid, i in zip(ids, notice.items, strict=True)],
        )
        self.db.conn.executemany(
            "INSERT INTO items_bigrams (rowid, grams) VALUES (?, ?)",
            [(rid, _bigrams(i.title)) for rid, i in zip(ids, notice.items, strict=True)],
        )

    def _record_changes(self, agency_id: int, older: int, newer: int) -> tuple[Change, ...]:
        before = {
            _key(r[1]): r
            for r in self.db.execute("SELECT label, title, status FROM items WHERE notice_id = ?", [older])
        }
        after = {
            _key(r[1]): r
            for r in self.db.execute("SELECT label, title, status FROM items WHERE notice_id = ?", [newer])
        }
        changes: list[Change] = []
        for k, (label, title, status) in after.items():
            if k not in before:
                changes.append(Change("new", label, title, None, status))
            elif before[k][2] != status:
                changes.append(Change("status", label, title, before[k][2], status))
        changes += [
            Change("dropped", label, title, status, None)
            for k, (label, title, status) in before.items()
            if k not in after
        ]
        self.db.conn.executemany(
            "INSERT INTO changes (agency_id, notice_id, previous_id, kind, label, title, old_status, new_status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(agency_id, newer, older, c.kind, c.label, c.title, c.old_status, c.new_status) for c in changes],
        )
        return tuple(changes)

    # --- agencies -------------------------------------------------------------------------------------
    def agencies(self) -> list[Agency]:
        """All agencies (cached until the next ingest): the candidates names are resolved against."""
        if self._agencies is None:
            self._agencies = [
                Agency(
                    id=r["id"], name=r["name"], region=r["region"], prefecture=r["prefecture"],
                    province=r["province"], level=r["level"], aliases=tuple(json.loads(r["aliases"])),
                    pinyin=r["pinyin"], kind=kind_of(r["name"], r["region"]),
                )
                for r in self.db.query("SELECT * FROM agencies ORDER BY id")
            ]  # fmt: skip
        return self._agencies

    def directory(self) -> Directory:
        """The agencies indexed by every name they go by (cached until the next ingest)."""
        if self._directory is None:
            from .resolve import Directory

            self._directory = Directory.build(self.agencies())
        return self._directory

    # --- queries --------------------------------------------------------------------------------------
    def _rows(self, where: str, params: list[Any], limit: int, order: str = "i.agency_id, i.id") -> list[ItemRow]:
        inner = f"SELECT i.* FROM {_ITEMS} WHERE {where} ORDER BY {order} LIMIT ?"
        sql = _ITEM_ROWS.format(inner=inner, order=order)
        return [ItemRow.from_row(r) for r in self.db.query(sql, [*params, limit])]

    def _scope(self, agency_ids: Sequence[int], statuses: Iterable[str] | None = None,
               pending: bool | None = None, current: bool = True) -> tuple[str, list[Any]]:  # fmt: skip
        """WHERE over items of the agencies' current notices (all agencies if none are named)."""
        where, params = ("n.is_current = 1" if current else "1"), list[Any]()
        if agency_ids:
            where += f" AND i.agency_id IN ({_in(agency_ids)})"
            params += list(agency_ids)
        if statuses is not None:
            status_list = list(statuses)
            where += f" AND i.status IN ({_in(status_list)})"
            params += status_list
        if pending is not None:
            where += " AND i.pending = ?"
            params.append(int(pending))
        return where, params

    def items(
        self,
        agency_ids: Sequence[int],
        *,
        statuses: Iterable[str] | None = None,
        pending: bool | None = None,
        label: str | None = None,
        limit: int = 50,
    ) -> list[ItemRow]:
        """Items of the agencies' current notices, in notice order."""
        where, params = self._scope(agency_ids, statuses, pending)
        if label is not None:
            where += " AND (i.label = ? OR i.label = ?)"
            params += [label, label.removeprefix("问题")]
        return self._rows(where, params, limit)

    def count_items(
        self, agency_ids: Sequence[int], statuses: Iterable[str] | None = None, pending: bool | None = None
    ) -> int:
        where, params = self._scope(agency_ids, statuses, pending)
        return int(self.db.execute(f"SELECT COUNT(*) FROM {_ITEMS} WHERE {where}", params).fetchone()[0])

    def _current_where(self, agency_ids: Sequence[int]) -> tuple[str, list[Any]]:
        """WHERE over the agencies' current notices."""
        if not agency_ids:
            return "n.is_current = 1", []
        return f"n.is_current = 1 AND n.agency_id IN ({_in(agency_ids)})", list(agency_ids)

    def search(self, terms: Sequence[str], agency_ids: Sequence[int] = (), limit: int = 50) -> list[ItemRow]:
        """Items whose title or measures contain any of the terms (Chinese words of two characters or more)."""
        match = self._match(terms, agency_ids)
        if match is None:
            return []
        where, params = self._scope(agency_ids)
        return self._rows(f"{match[0]} AND {where}", [*match[1], *params], limit)

    def topic(
        self, terms: Sequence[str], agency_ids: Sequence[int] = (), limit: int = 50
    ) -> tuple[list[ItemRow], list[tuple[str, int]], bool]:
        """Which agencies mention the terms: (the first items, [(agency, items)] most first, capped).

        `capped` says only the newest SEARCH_CAP matches were looked at: the counts are lower bounds.
        One pass over the matches serves both the list and the counts.
        """
        match = self._match(terms, agency_ids)
        if match is None:
            return [], [], False
        where, params = self._scope(agency_ids, current=False)
        sql = f"SELECT i.id, i.agency_id, n.is_current FROM {_ITEMS} WHERE {match[0]} AND {where}"
        rows = self.db.execute(sql, [*match[1], *params]).fetchall()
        current = sorted((agency, item) for item, agency, is_current in rows if is_current)
        names = {a.id: a.name for a in self.agencies()}
        per_agency = Counter(names[agency] for agency, _ in current)
        shown = [item for _, item in current[:limit]]
        items = self._rows(f"i.id IN ({_in(shown)})", shown, limit) if shown else []
        capped = match[2] and (len(rows) >= SEARCH_CAP or bool(agency_ids))
        return items, sorted(per_agency.items(), key=lambda pair: (-pair[1], pair[0])), capped

    def _match(self, terms: Sequence[str], agency_ids: Sequence[int]) -> tuple[str, list[Any], bool] | None:
        """A condition on items for the terms, its parameters, and whether it may be capped.

        Within the named agencies (up to SCAN_LIMIT items) every item's text is read: exact. Over
        everything, the full-text indexes give the newest SEARCH_CAP matches each: common words match
        tens of thousands of items, and a chat answer needs the recent ones and honest counts.
        """
        terms = [t for t in terms if len(t) >= 2]
        if not terms:
            return None
        if agency_ids and self.count_items(agency_ids) <= SCAN_LIMIT:
            clause = " OR ".join("instr(i.title, ?) > 0 OR instr(i.measures, ?) > 0" for _ in terms)
            return f"({clause})", [t for t in terms for _ in (0, 1)], False
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) == 2]
        parts: list[tuple[str, str]] = []
        if long_terms:
            parts.append(("items_fts", " OR ".join(_fts_quote(t) for t in long_terms)))
        if short_terms:
            parts.append(("items_bigrams", " OR ".join(_fts_quote(t) for t in short_terms)))
            trigrams = [
                term
                for t in short_terms
                for (term,) in self.db.execute(
                    # the most used trigrams that start with the word; title bigrams cover every title
                    "SELECT term FROM items_vocab WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT 40",
                    [t, t + "\U0010ffff"],
                )
            ]
            if trigrams:
                parts.append(("items_fts", " OR ".join(_fts_quote(t) for t in trigrams)))
        cap = SEARCH_CAP * 3 if agency_ids else SEARCH_CAP  # a region keeps a share of a larger window
        union = " UNION ".join(
            f"SELECT * FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT {cap})"
            for table, _ in parts
        )
        return f"i.id IN ({union})", [query for _, query in parts], True

    def counts(self, agency_ids: Sequence[int]) -> Counts:
        """Notices, items per status and pending items of the agencies' current notices."""
        where, params = self._current_where(agency_ids)
        row = self.db.execute(
            "SELECT COUNT(*), SUM(n.n_done), SUM(n.n_done_longterm), SUM(n.n_in_progress), SUM(n.n_unstated),"
            f" SUM(n.n_pending) FROM notices n WHERE {where}",
            params,
        ).fetchone()
        by_status: dict[str, int] = {s: int(v or 0) for s, v in zip(STATUSES, row[1:5], strict=True) if v}
        return Counts(notices=int(row[0]), items=sum(by_status.values()), by_status=by_status, pending=int(row[5] or 0))

    def notices(self, agency_ids: Sequence[int], current_only: bool = True, limit: int = 20) -> list[dict[str, Any]]:
        """Notices of the agencies, newest first, with their claims and warnings decoded."""
        where, params = (
            self._current_where(agency_ids)
            if current_only
            else (f"n.agency_id IN ({_in(agency_ids)})" if agency_ids else "1", list(agency_ids))
        )
        sql = (
            "SELECT n.*, a.name AS agency FROM notices n JOIN agencies a ON a.id = n.agency_id"
            f" WHERE {where} ORDER BY n.sort_date DESC, n.id DESC LIMIT ?"
        )
        rows = list(self.db.query(sql, [*params, limit]))
        for row in rows:
            row["claimed"] = json.loads(row["claimed"])
            row["warnings"] = json.loads(row["warnings"])
        return rows

    def latest(self, limit: int = 10) -> list[dict[str, Any]]:
        """The most recently ingested notices."""
        sql = (
            "SELECT n.id, n.title, n.notice_date, n.ingested_at, n.item_count, a.name AS agency"
            " FROM notices n JOIN agencies a ON a.id = n.agency_id ORDER BY n.ingested_at DESC, n.id DESC LIMIT ?"
        )
        return list(self.db.query(sql, [limit]))

    def changes(self, agency_ids: Sequence[int], limit: int = 50) -> list[dict[str, Any]]:
        """Per-item differences recorded between each agency's notices, newest first."""
        where = f"c.agency_id IN ({_in(agency_ids)})" if agency_ids else "1"
        sql = (
            "SELECT c.*, a.name AS agency, n.sort_date AS notice_date, p.sort_date AS previous_date FROM changes c"
            " JOIN agencies a ON a.id = c.agency_id JOIN notices n ON n.id = c.notice_id"
            f" JOIN notices p ON p.id = c.previous_id WHERE {where} ORDER BY c.notice_id DESC, c.id LIMIT ?"
        )
        return list(self.db.query(sql, [*agency_ids, limit]))

    def agency_ids_for(self, targets: Iterable[tuple[str, str]]) -> list[int]:
        """Agencies covered by subscriptions: (name, "agency") or (place, "place"), agencies added later included."""
        ids: list[int] = []
        for target, kind in targets:
            ids += [a.id for a in self.agencies() if (a.name == target if kind == "agency" else target in a.places)]
        return list(dict.fromkeys(ids))

    def open_keys(self, agency_ids: Sequence[int], limit: int = 5000) -> list[str]:
        """ "agency｜label｜title" of every open item and every done item with pending work (for reminders)."""
        where, params = self._scope(agency_ids)
        sql = (
            f"SELECT a.name || '｜' || i.label || '｜' || i.title FROM {_ITEMS} JOIN agencies a ON a.id = i.agency_id"
            f" WHERE {where} AND {_OPEN_OR_PENDING} ORDER BY i.agency_id, i.id LIMIT ?"
        )
        return [r[0] for r in self.db.execute(sql, [*params, limit])]

    def deadline_items(self, agency_ids: Sequence[int], before: str, limit: int = 20) -> list[ItemRow]:
        """Open items (or done with pending work) whose stated deadline is on or before `before`."""
        where, params = self._scope(agency_ids)
        where += f" AND i.deadline IS NOT NULL AND i.deadline <= ? AND {_OPEN_OR_PENDING}"
        return self._rows(where, [*params, before], limit, order="i.deadline, i.id")

    def stats(self) -> dict[str, int]:
        one = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "agencies": one("SELECT COUNT(*) FROM agencies"),
            "notices": one("SELECT COUNT(*) FROM notices"),
            "current_notices": one("SELECT COUNT(*) FROM notices WHERE is_current = 1"),
            "items": one("SELECT COUNT(*) FROM items"),
        }

    def export_rows(self, agency_ids: Sequence[int] = ()) -> Iterator[dict[str, Any]]:
        """The ledger, one row per item of the current notices (streamed)."""
        where, params = self._scope(agency_ids)
        sql = (
            "SELECT a.name AS agency, COALESCE(n.title, n.source_name) AS notice, n.notice_date, i.label, i.title,"
            f" i.status, i.pending_evidence, i.deadline FROM items i JOIN notices n ON n.id = i.notice_id"
            f" JOIN agencies a ON a.id = i.agency_id WHERE {where} ORDER BY a.name, n.id, i.seq"
        )
        yield from self.db.query(sql, params)


def _fts_quote(term: str) -> str:
    """An FTS5 phrase for a user's word: quoted, inner quotes doubled, so no operator gets through."""
    return '"' + term.replace('"', '""') + '"'


def _inspection_key(notice: Notice) -> str:
    return "|".join([notice.inspection_team or "", notice.inspection_start or notice.feedback_date or ""])


def _level(notice: Notice) -> str | None:
    if not notice.region:
        return None
    if notice.region == notice.province:
        return "province"
    if notice.region == notice.prefecture:
        return "prefecture"
    return "county"


def _key(title: str) -> str:
    return "".join(ch for ch in title if ch.isalnum())
