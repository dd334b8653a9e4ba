"""A batch ingest (`Store.ingest_many`) stores what one ingest at a time stores, and lets others write."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from errors import NoAgency
from notices import Notice, parse_notice
from store import Store, open_database
from tests.conftest import sample_notices
from tests.store.test_store import SHUOZHOU, later_shuozhou


def contents(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """What a reader sees: notices, items, changes and what the full-text index finds."""
    return {
        "notices": store.db.execute(
            "SELECT id, agency_id, source_name, is_current, previous_id, notice_key FROM notices ORDER BY id"
        ).fetchall(),
        "items": store.db.execute("SELECT * FROM items ORDER BY id").fetchall(),
        "changes": store.db.execute("SELECT * FROM changes ORDER BY id").fetchall(),
        "found": [
            tuple(sorted(i.id for i in store.search([w], limit=500))) for w in ("档案", "公车", "差旅费", "学习")
        ],
    }


def mixed() -> list[tuple[Notice, str]]:
    """New notices, a later report of one, a duplicate, and an older report arriving late."""
    samples = [(notice, name) for name, notice in sample_notices()]
    return [
        *samples,
        (parse_notice(later_shuozhou()), "later.txt"),
        samples[0],
        (parse_notice(SHUOZHOU + "\n2023年1月1日\n"), "older.txt"),
    ]


def test_a_batch_stores_what_single_ingests_store(tmp_path: Path) -> None:
    one, many = (Store(open_database(tmp_path / f"{kind}.db")) for kind in ("one", "many"))
    singles = [one.ingest(notice, name) for notice, name in mixed()]
    batched = list(many.ingest_many(mixed()))
    assert [r.outcome for r in batched] == ["new"] * 5 + ["updated", "duplicate", "history"]
    assert batched == singles
    assert contents(many) == contents(one)
    assert [a.name for a in many.agencies()] == [a.name for a in one.agencies()]


def test_a_failing_notice_keeps_those_before_it_and_raises(tmp_path: Path) -> None:
    store = Store(open_database(tmp_path / "s.db"))
    notices = mixed()[:5]
    # A real constraint failure in the fourth notice's items, inside the batch's transaction.
    bad_agency = notices[3][0].agency
    store.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.agency_id ="
        f" (SELECT id FROM agencies WHERE name = '{bad_agency}') BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    results = []
    with pytest.raises(sqlite3.IntegrityError):
        for result in store.ingest_many(notices):
            results.append(result)
    assert [r.outcome for r in results] == ["new"] * 3
    stored = {row[0] for row in store.db.execute("SELECT name FROM agencies")}
    assert stored == {n.agency for n, _ in notices[:3]}
    assert not store.db.conn.in_transaction
    store.db.execute("DROP TRIGGER refuse")
    assert [r.outcome for r in store.ingest_many(notices)] == ["duplicate"] * 3 + ["new"] * 2


def test_another_process_gets_the_write_lock_within_a_second(tmp_path: Path) -> None:
    """The bot saving a chat's context while a folder is ingested: it waits its turn, never long."""
    path = tmp_path / "s.db"
    store = Store(open_database(path))
    samples = [notice for _, notice in sample_notices()]
    waits: list[float] = []
    done = threading.Event()

    def other() -> None:
        conn = sqlite3.connect(path, timeout=60, isolation_level=None)
        while not done.is_set():
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('probe', datetime('now'))")
            conn.execute("COMMIT")
            waits.append(time.perf_counter() - start)
            time.sleep(0.05)
        conn.close()

    thread = threading.Thread(target=other)
    thread.start()
    try:
        # Folders of 1,000 notices of distinct agencies (each new, with all its items: 1–4 s of writes on these
        # machines, by their load) until the other process has waited its turn a few times.
        for folder in range(6):
            notices = [
                (replace(samples[k % 5], agency=f"第{folder}-{k}县科学技术局党组"), f"n{k}.txt") for k in range(1000)
            ]
            assert all(r.outcome == "new" for r in store.ingest_many(notices))
            if len(waits) >= 3:
                break
    finally:
        done.set()
        thread.join()
    assert len(waits) >= 3 and max(waits) < 1.0, waits


def test_notices_prepared_during_a_turn_keep_their_order_and_a_failure_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another process has its turn at the lock, the batch prepares the notices that follow: a notice
    without an agency among them is still refused only after those before it are stored."""
    import store.ingest

    monkeypatch.setattr(store.ingest, "LOCK_TURN_S", 0.0)  # a turn before every transaction
    monkeypatch.setattr(store.ingest, "BATCH_S", 0.0)  # a transaction a notice
    store_ = Store(open_database(tmp_path / "s.db"))
    samples = [notice for _, notice in sample_notices()]
    notices = [(replace(samples[k % 5], agency=f"第{k}县科学技术局党组"), f"n{k}.txt") for k in range(12)]
    notices.insert(8, (replace(samples[0], agency=None), "none.txt"))
    results = []
    with pytest.raises(NoAgency):
        for result in store_.ingest_many(notices):
            results.append(result)
    assert [r.outcome for r in results] == ["new"] * 8
    assert store_.db.execute("SELECT COUNT(*) FROM notices").fetchone()[0] == 8
    assert not store_.db.conn.in_transaction
