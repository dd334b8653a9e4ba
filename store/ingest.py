"""Ingest: a parsed notice into the tables in one transaction, with its changes since the previous one."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from errors import NoAgency
from notices import STATUSES, Notice
from notices.gazetteer import short_name
from notices.names import aliases, pinyin

from .agencies import AgencyCache
from .fulltext import indexed_bytes
from .identity import notice_identity, title_key
from .models import Change, IngestResult, Removed
from .transaction import immediate

CUT_OFF_SHARE = 0.8  # listing at most this share of the problems a notice claims: it looks cut off
# SQLite's busy handler lets a waiting process retry only every 100 ms, so a writer that stores notices
# back to back can keep the lock for seconds while the bot waits to save a chat's context. After
# LOCK_TURN_S of back-to-back writes the ingest pauses LOCK_GAP_S (longer than one retry interval), so a
# waiting process gets its turn within LOCK_TURN_S and one notice's write: 0.5 s leaves room under the
# second allowed for a loaded machine (0.7 s gave waits of 0.8–0.9 s).
LOCK_TURN_S = 0.5
LOCK_GAP_S = 0.11
# A batch ingest (`ingest_many`) commits after this long in one transaction: most of its turn at the lock,
# leaving room for the commit (which writes the transaction's full-text segment) within LOCK_TURN_S; hundreds
# of notices share a commit and a segment (0.2 s made three smaller segments a turn, each merged again later).
# A whole turn (0.5 s) made the other process wait 0.97 s once in a 20k run under load.
BATCH_S = 0.4


def content_hash(notice: Notice) -> str:
    """The same notice in any file format hashes the same: what was read, not the bytes."""
    data = notice.to_dict()
    data.pop("warnings", None)
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class _Prepared:
    """What the ingest computes from a notice before taking the write lock."""

    notice: Notice
    digest: str
    key: str
    identity: str
    stamp: str
    sort_date: str
    texts: list[tuple[bytes, bytes]]  # each item's title and measures as the full-text index is given them

    @classmethod
    def of(cls, notice: Notice, now: datetime | None) -> _Prepared:
        if not notice.agency:
            raise NoAgency()
        key = _inspection_key(notice)
        identity = notice_identity(notice.agency, key, notice.signed or notice.published, _item_triples(notice))
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        sort_date = notice.signed or notice.published or notice.feedback_date or stamp[:10]
        texts = [(indexed_bytes(i.title), indexed_bytes(i.measures)) for i in notice.items]
        return cls(notice, content_hash(notice), key, identity, stamp, sort_date, texts)


class Ingesting(AgencyCache):
    """The write side of `Store`."""

    _streak_start = 0.0  # when the current run of back-to-back writes began (time.monotonic)
    _last_write = 0.0  # when the last write ended

    def _take_turns(self, meanwhile: Callable[[], bool] | None = None) -> None:
        """Pause before writing if this process has held the write lock back to back for LOCK_TURN_S, calling
        `meanwhile` (work outside the lock) during the pause for as long as it returns True."""
        if self.db.conn.in_transaction:
            return  # inside a caller's transaction: the lock is held anyway
        now = time.monotonic()
        if now - self._last_write >= LOCK_GAP_S:
            self._streak_start = now  # others had a gap to take the lock in
        elif now - self._streak_start >= LOCK_TURN_S:
            end = now + LOCK_GAP_S
            while meanwhile is not None and time.monotonic() < end and meanwhile():
                pass
            time.sleep(max(0.0, end - time.monotonic()))
            self._streak_start = time.monotonic()

    def ingest(
        self,
        notice: Notice,
        source_name: str = "",
        now: datetime | None = None,
        *,
        confirm: bool = False,
        url: str | None = None,
    ) -> IngestResult:
        """Store a parsed notice in one transaction (see `IngestResult` for the outcomes); `url` is the web
        address it was read from, cited in answers.

        A notice that would replace the current one with fewer problems on the same date, or that looks
        cut off, is held unless `confirm` is given: the result lists what would be dropped.
        """
        prepared = _Prepared.of(notice, now)  # before the lock: others wait less
        self._take_turns()
        try:
            with immediate(self.db):  # the write lock first: another process's ingest waits its turn
                result, created = self._store(prepared, source_name, confirm, url)
        finally:
            self._last_write = time.monotonic()
        if created:
            self.forget_agencies()  # a new name to resolve
        return result

    def ingest_many(self, notices: Iterable[tuple[Notice, str]], now: datetime | None = None) -> Iterator[IngestResult]:
        """Store (notice, source name) pairs as `ingest` does, yielding each one's result once it is committed.

        A batch (a folder of files, a benchmark) shares transactions: one commit and one flush of the
        full-text index for the notices of BATCH_S seconds, instead of one each. Each transaction still
        ends within BATCH_S, and turns are taken between them, so another process waits no longer than
        it does for single ingests; during the pauses the notices that follow are prepared (hash, identity,
        index texts) instead of sleeping. A notice that fails leaves the notices before it stored (its batch
        is rolled back and stored again one by one) and its error is raised, as a loop over `ingest` would.
        """
        source = iter(notices)
        # notices prepared ahead (hash, identity, index texts) while others take their turn at the write lock;
        # a notice that cannot be prepared keeps its error, raised in its turn
        ahead: deque[tuple[Notice, str, _Prepared | Exception]] = deque()

        def prepare() -> bool:
            """Prepare the next notice into `ahead`; False at the end or after one that failed."""
            if ahead and isinstance(ahead[-1][2], Exception):
                return False
            pair = next(source, None)
            if pair is None:
                return False
            try:
                prepared: _Prepared | Exception = _Prepared.of(pair[0], now)
            except Exception as error:
                prepared = error
            ahead.append((pair[0], pair[1], prepared))
            return not isinstance(prepared, Exception)

        batch: list[tuple[Notice, str]] = []
        results: list[IngestResult] = []
        created = False
        started = 0.0
        while True:
            try:
                if not ahead:
                    prepare()
            except BaseException:
                yield from self._commit_batch(results, created)
                raise
            if not ahead:
                break
            notice, name, prepared = ahead.popleft()
            if isinstance(prepared, Exception):
                yield from self._commit_batch(results, created)
                raise prepared
            if not batch:
                self._take_turns(prepare)  # the pause prepares the notices that follow
                self.db.conn.execute("BEGIN IMMEDIATE")
                started = time.monotonic()
            try:
                # no savepoint per notice: FTS5 flushes its pending entries at every savepoint
                result, new_agency = self._store(prepared, name, False, None)
            except BaseException:
                self._rollback_batch()
                for earlier, earlier_name in batch:
                    yield self.ingest(earlier, earlier_name, now)
                raise
            batch.append((notice, name))
            results.append(result)
            created = created or new_agency
            now_s = time.monotonic()
            # the batch ends before this process has held the lock LOCK_TURN_S back to back: then a turn
            if now_s - started >= BATCH_S or now_s - self._streak_start >= LOCK_TURN_S:
                yield from self._commit_batch(results, created)
                batch.clear()
                created = False
        yield from self._commit_batch(results, created)

    def _commit_batch(self, results: list[IngestResult], created: bool) -> Iterator[IngestResult]:
        """Commit a batch's transaction (if one is open) and yield its results."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")
            self._last_write = time.monotonic()
        if created:
            self.forget_agencies()  # a new name to resolve
        yield from results
        results.clear()

    def _rollback_batch(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")
        self._last_write = time.monotonic()
        self.forget_agencies()  # an agency may have been created and rolled back

    def _store(
        self, prepared: _Prepared, source_name: str, confirm: bool, url: str | None
    ) -> tuple[IngestResult, bool]:
        """The ingest's writes, inside the caller's transaction (see `ingest`); whether an agency was created."""
        notice, digest, key, identity = prepared.notice, prepared.digest, prepared.key, prepared.identity
        sort_date = prepared.sort_date
        assert notice.agency is not None  # checked by `_Prepared.of`
        existing = self.db.execute(
            "SELECT n.id, a.name FROM notices n JOIN agencies a ON a.id = n.agency_id"
            " WHERE content_hash = ? OR notice_key = ? LIMIT 1",
            [digest, identity],
        ).fetchone()
        if existing:
            return IngestResult("duplicate", existing[0], existing[1]), False
        row = self.db.execute("SELECT id FROM agencies WHERE name = ?", [notice.agency]).fetchone()
        known = int(row[0]) if row else None  # looked up once: the checks and the insert below reuse it
        previous = self._current_for(known, key) if known is not None else None
        is_current = previous is None or sort_date >= previous[1]
        held = None if confirm or not is_current else self._hold_reason(notice, previous, sort_date, known)
        if held is not None:  # nothing written: not even a new agency
            reason, hold, dropped = held
            result = IngestResult("held", 0, notice.agency, dropped, previous[0] if previous else None, reason, hold)
            return result, False
        agency_id, created = (known, False) if known is not None else (self._new_agency(notice), True)
        notice_id = self._insert_notice(
            notice, agency_id, digest, source_name, key, sort_date, prepared.stamp, is_current, identity, url
        )
        self._insert_items(notice_id, agency_id, notice, is_current, prepared.texts)
        recorded = self._relink(agency_id, key)
        changes = recorded.get(notice_id, ()) if is_current else ()  # what _relink recorded: not read back
        outcome = "new" if previous is None else "updated" if is_current else "history"
        return IngestResult(outcome, notice_id, notice.agency, changes, previous[0] if previous else None), created

    def _hold_reason(
        self, notice: Notice, previous: tuple[int, str] | None, sort_date: str, known: int | None
    ) -> tuple[str, dict[str, Any], tuple[Change, ...]] | None:
        """Why this notice must not become current unconfirmed (and what it would drop), or None."""
        claimed = notice.claimed.problems
        pages = next((w for w in notice.warnings if w.code == "pages"), None)
        if pages is not None:  # the notice's own footers (page 1 of 3) say most precisely what is missing
            reason, hold = partial_evidence(notice, new_agency=False) or ("", {})
            return reason, hold, self._dropped(notice, previous[0]) if previous else ()
        # A cut-off text (a paste split by Telegram, a truncated download) keeps the header's claims but loses
        # a large share of the problems; notices that miscount themselves are off by one or two.
        if claimed and len(notice.items) <= claimed * CUT_OFF_SHARE:
            dropped = self._dropped(notice, previous[0]) if previous else ()
            reason = f"it lists {len(notice.items)} problems but says it has {claimed}: it looks cut off"
            return reason, {"code": "cut_off", "listed": len(notice.items), "claimed": claimed}, dropped
        fewer = self._fewer(notice, previous, sort_date)
        if fewer is not None:  # said first: it names the current notice's count
            return fewer
        if (part := partial_evidence(notice, new_agency=previous is None and known is None)) is not None:
            reason, hold = part
            return reason, hold, self._dropped(notice, previous[0]) if previous else ()
        return None

    def _fewer(
        self, notice: Notice, previous: tuple[int, str] | None, sort_date: str
    ) -> tuple[str, dict[str, Any], tuple[Change, ...]] | None:
        """A notice of the current one's date that lists fewer problems: what it would drop."""
        if previous is None or previous[1] != sort_date:
            return None
        current_count = int(self.db.execute("SELECT item_count FROM notices WHERE id = ?", [previous[0]]).fetchone()[0])
        if len(notice.items) >= current_count:
            return None
        reason = (
            f"it lists {len(notice.items)} problems where the current notice of the same date lists {current_count}"
        )
        hold = {"code": "fewer", "listed": len(notice.items), "current": current_count}
        return reason, hold, self._dropped(notice, previous[0])

    def _dropped(self, notice: Notice, current_id: int) -> tuple[Change, ...]:
        """The current notice's items this notice does not list."""
        kept = Counter(title_key(i.title) for i in notice.items)  # a short title (重视不够) may recur in a notice
        dropped = []
        for label, title, status in self.db.execute(
            "SELECT label, title, status FROM items WHERE notice_id = ? ORDER BY seq", [current_id]
        ):
            if kept[title_key(title)] > 0:
                kept[title_key(title)] -= 1
            else:
                dropped.append(Change("dropped", label, title, status, None))
        return tuple(dropped)

    def _relink(self, agency_id: int, key: str) -> dict[int, tuple[Change, ...]]:
        """Order the agency's notices of one inspection by date: the newest is current, each points to the one
        before it, and changes are recorded again wherever that pairing changed (returned by notice id)."""
        chain = self.db.execute(
            "SELECT id, previous_id, is_current FROM notices WHERE agency_id = ? AND inspection_key = ?"
            " ORDER BY sort_date, id",
            [agency_id, key],
        ).fetchall()
        before: int | None = None
        recorded: dict[int, tuple[Change, ...]] = {}
        for position, (notice_id, previous_id, is_current) in enumerate(chain):
            current = int(position == len(chain) - 1)
            if current != is_current:
                self.db.execute("UPDATE notices SET is_current = ? WHERE id = ?", [current, notice_id])
                # OR IGNORE (the value is never NULL: nothing is ignored) spares this many-row UPDATE a statement
                # savepoint, at which FTS5 would write its pending entries out as a segment of their own
                self.db.execute("UPDATE OR IGNORE items SET is_current = ? WHERE notice_id = ?", [current, notice_id])
            if previous_id != before:
                self.db.execute("UPDATE notices SET previous_id = ? WHERE id = ?", [before, notice_id])
                self.db.execute("DELETE FROM changes WHERE notice_id = ?", [notice_id])
                if before is not None:
                    recorded[notice_id] = self._record_changes(agency_id, before, notice_id)
            before = notice_id
        return recorded

    def last_ingested(self) -> int | None:
        """The notice stored last (what `undo` takes back), or None."""
        row = self.db.execute("SELECT MAX(id) FROM notices").fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def remove_notice(self, notice_id: int, reason: str = "remove", now: datetime | None = None) -> Removed | None:
        """Take a notice out of the ledger (None if there is no such notice); a copy of it and its items is
        kept in `removed_notices`, and the agency's previous notice for that inspection is current again."""
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        with immediate(self.db):
            rows = list(self.db.query("SELECT * FROM notices WHERE id = ?", [notice_id]))
            if not rows:
                return None
            row = rows[0]
            agency = str(self.db.execute("SELECT name FROM agencies WHERE id = ?", [row["agency_id"]]).fetchone()[0])
            items = list(self.db.query("SELECT * FROM items WHERE notice_id = ? ORDER BY seq", [notice_id]))
            self.db.execute(
                "INSERT INTO removed_notices (notice_id, agency, notice_date, title, source_name, item_count,"
                " removed_at, reason, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [notice_id, agency, row["notice_date"], row["title"], row["source_name"], row["item_count"], stamp,
                 reason, json.dumps({"notice": row, "items": items}, ensure_ascii=False)],
            )  # fmt: skip
            self._delete_items(items)
            self.db.execute("DELETE FROM changes WHERE notice_id = ? OR previous_id = ?", [notice_id, notice_id])
            self.db.execute("UPDATE notices SET previous_id = NULL WHERE previous_id = ?", [notice_id])
            self.db.execute("DELETE FROM notices WHERE id = ?", [notice_id])
            self._relink(row["agency_id"], row["inspection_key"])
            current = self._current_for(row["agency_id"], row["inspection_key"])
            left = self.db.execute("SELECT COUNT(*) FROM notices WHERE agency_id = ?", [row["agency_id"]]).fetchone()
            if not left[0]:  # its only notice: the name no longer resolves to anything
                self.db.execute("DELETE FROM agencies WHERE id = ?", [row["agency_id"]])
                self._next_generation()
        self.forget_agencies()
        return Removed(notice_id, agency, row["notice_date"], len(items), current[0] if current else None)

    def _delete_items(self, items: list[dict[str, Any]]) -> None:
        """Delete items and their full-text entries (the contentless index needs the values it was given)."""
        self.db.conn.executemany(
            "INSERT INTO items_fts (items_fts, rowid, title, measures) VALUES ('delete', ?, ?, ?)",
            [(i["id"], indexed_bytes(i["title"]), indexed_bytes(i["measures"])) for i in items],
        )
        self.db.conn.executemany("DELETE FROM items WHERE id = ?", [(i["id"],) for i in items])

    def _new_agency(self, notice: Notice) -> int:
        """Store the notice's agency (not stored yet); its id."""
        assert notice.agency is not None
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
        self._next_generation()
        return int(cursor.lastrowid or 0)

    def _next_generation(self) -> None:
        """The agencies changed: what was built from them (and kept in the store) is out of date."""
        self.db.execute("UPDATE store_meta SET value = value + 1 WHERE key = 'agency_generation'")

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
        identity: str,
        url: str | None,
    ) -> int:
        claimed = notice.claimed.to_dict()
        counts = notice.status_counts()
        cursor = self.db.execute(
            """INSERT INTO notices (agency_id, content_hash, source_name, title, issuer, inspection_team,
                inspection_start, inspection_end, feedback_date, published, signed, notice_date, sort_date,
                inspection_key, claimed, item_count, group_count, aspect_count, warnings, ingested_at, is_current,
                n_done, n_done_longterm, n_in_progress, n_unstated, n_pending, notice_key, url)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                agency_id, digest, source, notice.title, notice.issuer, notice.inspection_team,
                notice.inspection_start, notice.inspection_end, notice.feedback_date, notice.published,
                notice.signed, notice.signed or notice.published, sort_date, key, json.dumps(claimed),
                notice.item_count, notice.group_count,
                notice.aspect_count, json.dumps([w.to_dict() for w in notice.warnings], ensure_ascii=False), stamp,
                int(current),
                *(counts[s] for s in STATUSES), sum(i.pending for i in notice.items), identity, url,
            ],
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def _insert_items(
        self, notice_id: int, agency_id: int, notice: Notice, current: bool, texts: list[tuple[bytes, bytes]]
    ) -> None:
        """The items' rows and their full-text entries (`texts`: each item's title and measures as indexed)."""
        rows = [
            (
                notice_id, agency_id, i.seq, i.label, i.title, i.aspect, i.group, i.section,
                i.status, i.status_source,
                int(i.pending), _evidence_json(i.pending_evidence), i.measures,
                i.deadline, i.deadline_text, int(current),
            )
            for i in notice.items
        ]  # fmt: skip
        first = self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM items").fetchone()[0]
        self.db.conn.executemany(
            """INSERT INTO items (notice_id, agency_id, seq, label, title, aspect, grp, section, status,
                status_source, pending, pending_evidence, measures, deadline, deadline_text, is_current)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        ids = range(first, first + len(rows))
        self.db.conn.executemany(
            "INSERT INTO items_fts (rowid, title, measures) VALUES (?, ?, ?)",
            [(rid, title, measures) for rid, (title, measures) in zip(ids, texts, strict=True)],
        )

    def _record_changes(self, agency_id: int, older: int, newer: int) -> tuple[Change, ...]:
        before = {
            title_key(r[1]): r
            for r in self.db.execute("SELECT label, title, status FROM items WHERE notice_id = ?", [older])
        }
        after = {
            title_key(r[1]): r
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


def _evidence_json(evidence: tuple[str, ...]) -> str:
    """An item's pending evidence as stored (most items have none: no encoder for them)."""
    return json.dumps(list(evidence), ensure_ascii=False) if evidence else "[]"


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


def _item_triples(notice: Notice) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in notice.items]


# A name that starts with a bare level (县科协党组, 市委办): the place before it was on another page or line.
_FRAGMENT_NAME = re.compile(r"^[省市县区州旗盟]")


def partial_evidence(notice: Notice, *, new_agency: bool) -> tuple[str, dict[str, Any]] | None:
    """Why a notice looks like part of one (a page, a pasted piece), as (English reason, hold), or None.
    Each test is a sign the genre leaves when a notice is split: photos of page 1 of N, a paste cut by
    Telegram, a download that stopped."""
    listed = len(notice.items)
    pages = next((w for w in notice.warnings if w.code == "pages"), None)
    if pages is not None:  # its footers count more pages than it has (photos of page 1 of 3)
        reason = f"it reaches page {pages.args['last']} of {pages.args['total']}: later pages are missing"
        return reason, {"code": "pages", **pages.args}
    first = _first_number(notice)
    if first is not None and first > 1:  # problems numbered from the middle: the earlier pages are missing
        return f"its problems start at number {first}: earlier pages are missing", {
            "code": "from_middle",
            "first": first,
        }
    groups = notice.group_count or len({(i.aspect, i.group) for i in notice.items if i.group})
    claimed_groups = notice.claimed.problem_groups
    # a claim counting groups (10个方面问题) where the body shows groups: a page of them is missing
    if claimed_groups and 0 < groups <= claimed_groups * CUT_OFF_SHARE and listed < claimed_groups:
        return (
            f"it lists {groups} groups of problems but says it has {claimed_groups}: it looks cut off",
            {"code": "groups", "listed": groups, "claimed": claimed_groups},
        )
    # the text stops mid-sentence inside its last problem, before that problem's progress is stated (a
    # notice that ends on a progress line without a full stop is whole)
    stops = any(w.code == "cut_off" for w in notice.warnings)
    if stops and listed and notice.items[-1].status == "unstated":
        return "its text stops in the middle of a problem: it looks cut off", {"code": "stops", "listed": listed}
    # a first page alone: a bare-level name (its place was in a heading not read) and no date, which is
    # printed at the end; a complete notice with such a name still has its date and becomes an agency
    undated = not (notice.signed or notice.published)
    placed = next((w for w in notice.warnings if w.code == "agency_place"), None)  # place taken from the text
    printed = placed.args["printed"] if placed else notice.agency
    if new_agency and undated and printed and _FRAGMENT_NAME.match(printed):
        return (
            f"the agency {printed} names no place: the notice's first page may be missing",
            {"code": "fragment_name", "name": printed},
        )
    return None


def _first_number(notice: Notice) -> int | None:
    """The number printed on the notice's first problem (问题21, （21）, 21.), if it has digits."""
    if not notice.items:
        return None
    digits = re.sub(r"\D", "", notice.items[0].label)
    return int(digits) if digits and len(digits) <= 3 else None
