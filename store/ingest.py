"""Ingest: a parsed notice into the tables in one transaction, with its changes since the previous one."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import UTC, datetime

from notices import STATUSES, Notice
from notices.gazetteer import short_name
from notices.names import aliases, pinyin

from .agencies import AgencyCache
from .models import Change, IngestResult


def content_hash(notice: Notice) -> str:
    """The same notice in any file format hashes the same: what was read, not the bytes."""
    data = notice.to_dict()
    data.pop("warnings", None)
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _bigrams(text: str) -> str:
    chars = [ch for ch in text if ch.isalnum()]
    return " ".join(a + b for a, b in itertools.pairwise(chars))


class Ingesting(AgencyCache):
    """The write side of `Store`."""

    def ingest(
        self, notice: Notice, source_name: str = "", now: datetime | None = None, url: str | None = None
    ) -> IngestResult:
        """Store a parsed notice in one transaction; the same content again is reported as a duplicate.
        `url` is the web address it was read from, cited in answers."""
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
            if url:
                self.db.execute("UPDATE notices SET url = ? WHERE id = ?", [url, notice_id])
            self._insert_items(notice_id, agency_id, notice)
            changes: tuple[Change, ...] = ()
            if previous is not None:
                older, newer = (previous[0], notice_id) if is_current else (notice_id, previous[0])
                self.db.execute("UPDATE notices SET previous_id = ? WHERE id = ?", [older, newer])
                changes = self._record_changes(agency_id, older, newer)
        if created:
            self.forget_agencies()  # a new name to resolve
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
