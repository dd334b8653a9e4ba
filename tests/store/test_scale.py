"""A store of many notices: every store-wide question reads an index, the full-text index finds exactly
what a scan would, and it costs a fraction of the trigram index it replaced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from store import Store, open_database
from store.db import checkpoint
from tests.conftest import sample_notices

TODAY = "2026-03-02"


@pytest.fixture()
def many(tmp_path: Path) -> Store:
    """The samples under 40 agencies (a small copy of a national store), in a real file."""
    store = Store(open_database(tmp_path / "many.db"))
    for k in range(40):
        name, notice = sample_notices()[k % 5]
        agency = f"{notice.agency}{k}"
        store.ingest(replace(notice, agency=agency, issuer=agency, title=f"{agency}通报"), name)
    store.db.execute("ANALYZE")
    return store


def plan(store: Store, sql: str, params: list[object]) -> str:
    return "\n".join(str(row[3]) for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))


def traced(store: Store, call: object) -> list[tuple[str, list[object]]]:
    """The SQL statements (with their parameters) a store call runs."""
    seen: list[tuple[str, list[object]]] = []
    store.db._tracer = lambda sql, params: seen.append((sql, list(params or [])))  # sqlite-utils' own hook
    try:
        call()  # type: ignore[operator]
    finally:
        store.db._tracer = None
    return seen


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.overdue([], TODAY),  # 哪些问题超期了, store-wide
        lambda s: s.count_overdue([], TODAY),
        lambda s: s.deadline_items([], "2026-03-16"),  # due soon (reminders)
        lambda s: s.items([], statuses=["in_progress", "unstated"]),  # open items, store-wide
        lambda s: s.count_items([], statuses=["in_progress", "unstated"]),
        lambda s: s.items([], statuses=["done", "done_longterm"], pending=True),  # done but work left
        lambda s: s.count_items([], statuses=["done"], pending=True),
        lambda s: s.counts([]),  # summary
        lambda s: s.items([3], seq=5),  # item_status of one agency
        lambda s: s.items([3, 4], label="21"),
        lambda s: s.last_items([3]),
        lambda s: s.open_keys([]),
        lambda s: s.search(["差旅费"]),  # topic words, store-wide
        lambda s: s.topic(["档案", "公务用车"]),
        lambda s: s.notices([3]),
        lambda s: s.changes([]),
        lambda s: s.latest(10),
    ],
)
def test_no_question_scans_every_item(many: Store, call: object) -> None:
    statements = traced(many, lambda: call(many))  # type: ignore[operator]
    assert statements
    for sql, params in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            text = plan(many, sql, params)
            # "SCAN i" / "SCAN items" without an index is a read of every item (a covering index is not)
            bad = [line for line in text.splitlines() if line.startswith("SCAN") and "INDEX" not in line
                   and (line.strip() == "SCAN i" or line.startswith(("SCAN items", "SCAN i ", "SCAN x")))]  # fmt: skip
            assert not bad, f"{sql}\n{text}"


def test_overdue_reads_the_index_of_open_items_with_deadlines(many: Store) -> None:
    (sql, params), *_ = [s for s in traced(many, lambda: many.overdue([], TODAY)) if "deadline" in s[0]]
    assert "items_due" in plan(many, sql, params)


def test_the_index_finds_exactly_what_reading_every_item_finds(many: Store) -> None:
    for term in ["差旅费", "档案", "公务用车", "固定资产管理", "意识形态", "党组"]:
        scanned = {
            r[0]
            for r in many.db.execute(
                "SELECT i.id FROM items i WHERE i.is_current = 1 AND (instr(i.title, ?) OR instr(i.measures, ?))",
                [term, term],
            )
        }
        found = {row.id for row in many.search([term], limit=10_000)}
        assert found == scanned and scanned, term


def test_an_undone_notice_leaves_no_index_entries_and_the_previous_is_current_again(many: Store) -> None:
    before = {r.id for r in many.search(["差旅费"], limit=10_000)}
    _name, notice = sample_notices()[0]
    agency = f"{notice.agency}0"
    later = replace(notice, agency=agency, issuer=agency, title=f"{agency}通报", signed="2099-01-01")
    result = many.ingest(later, "later.txt")
    assert result.outcome == "updated"
    retired = "SELECT COUNT(*) FROM items WHERE notice_id = ? AND is_current = 0"
    assert many.db.execute(retired, [result.previous_id]).fetchone()[0]  # the previous notice's items retired
    many.remove_notice(result.notice_id)
    assert {r.id for r in many.search(["差旅费"], limit=10_000)} == before
    assert not many.db.execute(retired, [result.previous_id]).fetchone()[0]
    many.db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 0)")


def test_a_large_ingest_leaves_a_small_wal(many: Store, tmp_path: Path) -> None:
    checkpoint(many.db)
    assert (tmp_path / "many.db-wal").stat().st_size == 0
    assert many.db.execute("PRAGMA journal_size_limit").fetchone()[0] > 0


def test_a_new_process_loads_the_name_directory_kept_for_the_agencies_generation(many: Store, tmp_path: Path) -> None:
    from answers.resolve import Directory, directory

    built = directory(many)  # builds it and keeps it in the store
    generation = many.generation()
    again = Store(open_database(tmp_path / "many.db"))  # another process opening the file
    loaded = again._load_derived("directory", Directory.loads)
    assert loaded == built and directory(again) == built
    name, notice = sample_notices()[0]
    many.ingest(replace(notice, agency="新设的单位党组", issuer="新设的单位党组", title="新设的单位党组通报"), name)
    assert many.generation() == generation + 1
    assert again._load_derived("directory", Directory.loads) is None  # out of date: built again
    assert "新设的单位党组" in directory(again).aliases


def test_a_store_of_the_previous_schema_is_brought_over_with_its_index_rebuilt(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from store.schema import MIGRATIONS

    db = Database(tmp_path / "old.db")
    for number, step in enumerate(MIGRATIONS[:8], start=1):  # a store written before this schema
        step(db)
        db.execute(f"PRAGMA user_version = {number}")
    db.execute("INSERT INTO agencies (id, name) VALUES (1, '朔州市科学技术局党组')")
    for notice_id, current in ((1, 0), (2, 1)):
        db.execute(
            "INSERT INTO notices (id, agency_id, content_hash, sort_date, inspection_key, ingested_at, is_current)"
            " VALUES (?, 1, ?, '2025-01-01', 'k', '2025-01-01', ?)",
            [notice_id, f"h{notice_id}", current],
        )
        db.execute(
            "INSERT INTO items (id, notice_id, agency_id, seq, label, title, status, status_source, pending, measures)"
            " VALUES (?, ?, 1, 1, '1', '差旅费报销不规范', 'in_progress', 'item', 0, '完善财务管理制度')",
            [notice_id, notice_id],
        )
        db.execute("INSERT INTO items_fts (rowid, title, measures) SELECT id, title, measures FROM items WHERE id = ?",
                   [notice_id])  # fmt: skip
    db.conn.commit()
    store = Store(open_database(tmp_path / "old.db"))
    assert [r.id for r in store.search(["差旅费"])] == [2] and [r.id for r in store.search(["财务"])] == [2]
    assert store.count_items([], statuses=["in_progress"]) == 1  # the retired notice's item is not current
    store.db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 0)")


def test_a_region_of_many_agencies_gets_the_same_overdue_page_from_the_deadline_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store import queries

    store = Store(open_database(tmp_path / "due.db"))
    for k in range(24):  # the samples under 24 agencies, every third item with a stated deadline now past
        name, notice = sample_notices()[k % 5]
        agency = f"{notice.agency}{k}"
        items = tuple(
            replace(item, deadline=f"2025-0{1 + n % 9}-1{k % 9}", status="in_progress") if n % 3 == 0 else item
            for n, item in enumerate(notice.items)
        )
        store.ingest(replace(notice, agency=agency, issuer=agency, title=f"{agency}通报", items=items), name)
    store.db.execute("ANALYZE")
    ids = [a.id for a in store.agencies()][:20]
    read_directly = store.overdue(ids, TODAY, limit=10, offset=3)
    monkeypatch.setattr(queries, "WIDE_SCOPE", 10)  # 20 agencies count as a wide region
    walked = store.overdue(ids, TODAY, limit=10, offset=3)
    assert [r.id for r in walked] == [r.id for r in read_directly] and len(read_directly) == 10
    (sql, params), *_ = [s for s in traced(store, lambda: store.overdue(ids, TODAY)) if "deadline" in s[0]]
    assert "items_due" in plan(store, sql, params)


def test_a_store_of_schema_12_keeps_everything_and_writes_larger_index_segments(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from store.schema import FULLTEXT_PENDING_BYTES, MIGRATIONS

    db = Database(tmp_path / "v12.db")
    for number, step in enumerate(MIGRATIONS[:12], start=1):  # a store written by the previous release
        step(db)
        db.execute(f"PRAGMA user_version = {number}")
    db.conn.commit()
    old = Store(db)
    for k in range(10):
        name, notice = sample_notices()[k % 5]
        agency = f"{notice.agency}{k}"
        old.ingest(replace(notice, agency=agency, issuer=agency, title=f"{agency}通报"), name)

    def seen(store: Store) -> tuple[list[Any], list[Any], list[list[int]], list[Any]]:
        return (
            store.db.execute("SELECT * FROM items ORDER BY id").fetchall(),
            store.db.execute("SELECT * FROM notices ORDER BY id").fetchall(),
            [sorted(r.id for r in store.search([w], limit=10_000)) for w in ("差旅费", "档案", "公务用车")],
            store.db.execute("SELECT term, doc FROM items_vocab ORDER BY term").fetchall(),
        )

    before = seen(old)
    db.conn.close()
    store = Store(open_database(tmp_path / "v12.db"))
    assert seen(store) == before and before[2][0]
    config = dict(store.db.execute("SELECT k, v FROM items_fts_config").fetchall())
    assert config["hashsize"] == FULLTEXT_PENDING_BYTES
    name, notice = sample_notices()[0]
    assert store.ingest(replace(notice, agency="新设的单位党组", issuer="新设的单位党组"), name).outcome == "new"
    store.db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 0)")


def test_the_index_holds_every_bigram_of_the_items_as_text_in_a_utf16_store(many: Store) -> None:
    """The ingest gives the index UTF-8 bytes; the vocabulary is the items' bigrams, each counted per item."""
    from collections import Counter

    from store.fulltext import bigrams

    assert many.db.execute("PRAGMA encoding").fetchone()[0] == "UTF-16le"
    expected: Counter[str] = Counter()
    for title, measures in many.db.execute("SELECT title, measures FROM items"):
        expected.update(set(bigrams(title)) | set(bigrams(measures)))
    vocab = dict(many.db.execute("SELECT term, doc FROM items_vocab").fetchall())
    assert vocab == dict(expected) and "差旅" in vocab
