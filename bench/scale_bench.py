"""Scale benchmark: a store of N notices with realistic variety, and every figure issue 21 asks for.

    nice -n 10 .venv/bin/python bench/scale_bench.py --notices 20000 [--questions 320] [--db F]

Notices: store_bench's corpus (the samples' items recombined under agencies in real counties of every
province, two inspections each reported twice), dated across 2021–2027, with a third of the items given
a stated deadline between 2021 and 2027 (past and future) and every status, pending work included.
Reports: ingest rate and its ratio to a rows-only floor (the same notice and item rows inserted into
tables without indexes, one transaction a notice), the longest wait of a concurrent process (the bot
saving a chat's context under the write lock, and reading), database bytes per item, the WAL's peak,
p50/p95 of every intent in a warm process (store-wide overdue included), a cold `rectibot ask`, and the
ledger export's time and sizes against openpyxl's write-only floor for the same rows.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from store_bench import corpus, questions  # noqa: E402

from notices import Notice  # noqa: E402
from store import Store  # noqa: E402

MANY_CHUNK = 500  # notices generated, then given to Store.ingest_many at a time (--batch 0)
STORE_WIDE = ["哪些问题超期了", "哪些问题快到期了", "还有哪些问题没整改完", "整改总体完成率是多少", "overdue items?"]


def varied(n: int) -> Iterator[Notice]:
    """store_bench's corpus with deadlines (past and future) on a third of the items, pending work on some."""
    rng = random.Random(11)
    for notice in corpus(n):
        items = []
        for item in notice.items:
            if rng.random() < 0.33:
                deadline = date(rng.randint(2021, 2027), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
                item = replace(item, deadline=deadline, deadline_text=deadline)
            if item.status in ("done", "done_longterm") and rng.random() < 0.05:
                item = replace(item, pending=True, pending_evidence=("等待省厅发文",))
            items.append(item)
        yield replace(notice, items=tuple(items))


def rows_floor(notices: list[Notice]) -> tuple[float, float]:
    """Seconds (wall clock, CPU) to insert the notices' rows (the same values) into tables without indexes, a
    transaction each."""
    from store.ingest import content_hash

    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "floor.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("CREATE TABLE notices (id INTEGER PRIMARY KEY, agency TEXT, hash TEXT, title TEXT, date TEXT)")
        conn.execute(
            "CREATE TABLE items (id INTEGER PRIMARY KEY, notice_id, seq, label, title, aspect, grp, section, status,"
            " pending, evidence, measures, deadline)"
        )
        start, cpu = time.perf_counter(), time.process_time()
        for notice in notices:
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute(
                "INSERT INTO notices (agency, hash, title, date) VALUES (?, ?, ?, ?)",
                [notice.agency, content_hash(notice), notice.title, notice.signed],
            )
            conn.executemany(
                "INSERT INTO items (notice_id, seq, label, title, aspect, grp, section, status, pending, evidence,"
                " measures, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(cur.lastrowid, i.seq, i.label, i.title, i.aspect, i.group, i.section, i.status, int(i.pending),
                  "；".join(i.pending_evidence), i.measures, i.deadline) for i in notice.items],
            )  # fmt: skip
            conn.execute("COMMIT")
        return time.perf_counter() - start, time.process_time() - cpu


def other_process(db_path: str, stop: str, out: str) -> None:
    """Another process on the store: every 50 ms it saves a chat's context under the write lock (as the bot
    does) and reads a count; records its longest wait for each and the WAL file's largest size."""
    conn = sqlite3.connect(db_path, timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    worst_write = worst_read = 0.0
    wal_peak = 0
    while not os.path.exists(stop):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT OR REPLACE INTO conversations (chat_id, context, updated_at) VALUES (1, '{}', datetime('now'))"
        )
        conn.execute("COMMIT")
        worst_write = max(worst_write, time.perf_counter() - start)
        start = time.perf_counter()
        conn.execute("SELECT COUNT(*) FROM notices WHERE is_current = 1").fetchone()
        worst_read = max(worst_read, time.perf_counter() - start)
        with contextlib.suppress(OSError):
            wal_peak = max(wal_peak, os.path.getsize(db_path + "-wal"))
        time.sleep(0.05)
    Path(out).write_text(f"{worst_write} {worst_read} {wal_peak}")


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--questions", type=int, default=320)
    parser.add_argument("--db", help="database file (default: a temporary one; kept if given)")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--batch", type=int, default=1, help="notices stored in one transaction (default 1; 0: Store.ingest_many)"
    )
    parser.add_argument("--cold-process", action="store_true", help="time answers without answering others first")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold `rectibot ask` figures")
    parser.add_argument("--reuse", action="store_true", help="measure over --db as it is, without ingesting")
    args = parser.parse_args()
    from store import Store, open_database

    tmp = tempfile.mkdtemp()
    db_path = args.db or str(Path(tmp) / "scale.db")
    store = Store(open_database(db_path)) if args.reuse else build(db_path, args.notices, tmp, args.batch)
    answer_figures(store, args.questions, warm=not args.cold_process)
    if not args.no_cold:
        cold_figures(db_path)
    if not args.no_export:
        export_figures(store)
    store.db.conn.close()


def build(db_path: str, n: int, tmp: str, batch: int = 1) -> Store:
    """Ingest n notices while another process writes and reads; print the ingest figures."""
    from store import Store, open_database
    from store.db import checkpoint
    from store.transaction import immediate

    for suffix in ("", "-wal", "-shm"):
        Path(db_path + suffix).unlink(missing_ok=True)
    store = Store(open_database(db_path))
    stop, out = str(Path(tmp) / "stop"), str(Path(tmp) / "other.txt")
    other = multiprocessing.get_context("spawn").Process(target=other_process, args=(db_path, stop, out))
    other.start()
    items, ingest_s, worst_commit, sample, cpu = 0, 0.0, 0.0, [], 0.0
    pending: list[tuple[int, Notice]] = []
    for k, notice in enumerate(varied(n)):
        items += len(notice.items)
        if k < 2000:
            sample.append(notice)
        pending.append((k, notice))
        if len(pending) < (batch or MANY_CHUNK) and k < n - 1:
            continue
        start, cpu_start = time.perf_counter(), time.process_time()  # generating the notices is not ingest
        if not batch:  # Store.ingest_many: transactions of BATCH_S; the longest is the longest wait for a result
            last = start
            for _ in store.ingest_many((each, f"n{j}.txt") for j, each in pending):
                worst_commit, last = max(worst_commit, time.perf_counter() - last), time.perf_counter()
        else:
            with immediate(store.db) if batch > 1 else contextlib.nullcontext():  # several notices a transaction
                for j, each in pending:
                    store.ingest(each, f"n{j}.txt")
        pending.clear()
        cpu += time.process_time() - cpu_start
        took = time.perf_counter() - start
        ingest_s += took
        worst_commit = max(worst_commit, took) if batch else worst_commit
    start = time.perf_counter()
    checkpoint(store.db)
    checkpoint_s = time.perf_counter() - start
    Path(stop).touch()
    other.join()
    worst_write, worst_read, wal_peak = (float(x) for x in Path(out).read_text().split())
    floor_s, floor_cpu = (x * n / len(sample) for x in rows_floor(sample))
    size = Path(db_path).stat().st_size
    rate, floor_rate = n / ingest_s, n / floor_s
    print(f"notices {n}, items {items}")
    print(
        f"ingest {ingest_s:.1f} s = {rate:.0f} notices/s;"
        f" rows-only floor {floor_rate:.0f}/s; ratio {rate / floor_rate:.2f}"
    )
    print(
        f"ingest CPU time (this process) {cpu:.1f} s = {n / cpu:.0f} notices/s;"
        f" {batch or 'Store.ingest_many:'} notice(s) a transaction;"
        f" rows-only floor {n / floor_cpu:.0f}/s of CPU; ratio {floor_cpu / cpu:.2f}"
    )
    print(f"longest ingest transaction {worst_commit * 1000:.0f} ms; final merge+checkpoint {checkpoint_s:.2f} s")
    print(f"other process: longest write-lock wait {worst_write * 1000:.0f} ms, read {worst_read * 1000:.0f} ms")
    print(f"database {size / 1e6:.0f} MB = {size / items:.0f} bytes/item; WAL peak {wal_peak / 1e6:.0f} MB")
    print("load average (1, 5, 15 min) at the end of the ingest: " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return store


def answer_figures(store: Store, count: int, *, warm: bool = True) -> None:
    """p50/p95 per intent in this process, and of store-wide questions; `warm`: after answering others first
    (without it the first questions read the indexes from disk and build the tables of Latin words)."""
    from answers.answer import answer
    from answers.resolve import directory
    from presentation.render import format_answer

    directory(store)
    if warm:  # a process that has answered questions before: other questions (another seed), not timed
        for _, question in questions(store, count, random.Random(4)):
            format_answer(answer(store, question))
    timings: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)  # this process's CPU time: what the load does not add
    asked = questions(store, count, random.Random(3))
    asked += [("store-wide:" + q, q) for q in STORE_WIDE for _ in range(8)]
    for intent, question in asked:
        t0, c0 = time.perf_counter(), time.process_time()
        format_answer(answer(store, question))
        timings[intent].append((time.perf_counter() - t0) * 1000)
        cpu[intent].append((time.process_time() - c0) * 1000)
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'intent':<32}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'CPU p50':>9}{'CPU p95':>9}")
    for intent, values in timings.items():
        print(
            f"{intent:<32}{len(values):>5}{statistics.median(values):>9.1f}{percentile(values, 0.95):>9.1f}"
            f"{statistics.median(cpu[intent]):>9.1f}{percentile(cpu[intent], 0.95):>9.1f}"
        )


def cold_figures(db_path: str, runs: int = 7) -> None:
    """A cold `rectibot ask` (a new process each time), against a bare Python start timed in turn with it:
    medians, their ratio, and the load they were measured under."""
    exe = str(Path(sys.executable).parent / "rectibot")
    for question in ("哪些问题超期了", "叙浦还有哪些问题没整改完"):  # no place named; a homophone of one
        colds, bares = [], []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([exe, "ask", question, "--db", db_path], capture_output=True, check=True)
            colds.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bares.append(time.perf_counter() - start)
        cold, bare = statistics.median(colds), statistics.median(bares)
        print(
            f"cold rectibot ask {question}: median {cold:.2f} s (min {min(colds):.2f}); "
            f"bare python median {bare:.3f} s; ratio {cold / bare:.0f}x; load average {os.getloadavg()[0]:.1f}"
        )


def export_figures(store: Store) -> None:
    """The whole ledger as xlsx and csv: time and sizes, and openpyxl's write-only floor for the same rows."""
    from openpyxl import Workbook

    from presentation.export import ledger_files, ledger_xlsx

    today = date(2026, 12, 4)
    start = time.perf_counter()
    xlsx = ledger_xlsx(store, (), lang="zh", today=today)
    print(f"xlsx alone: {time.perf_counter() - start:.1f} s, {len(xlsx) / 1e6:.1f} MB")
    start = time.perf_counter()
    files, divided = ledger_files(store, (), lang="zh", today=today)
    took = time.perf_counter() - start
    sizes = ", ".join(f"{f.name} {len(f.data) / 1e6:.1f} MB" for f in files)
    print(f"export: {took:.1f} s for {len(files)} files{' (divided)' if divided else ''}: {sizes}")
    from presentation.export import COLUMNS, ledger_rows

    rows = [[r[c.key] for c in COLUMNS] for r in ledger_rows(store, (), lang="zh", today=today)]
    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("floor")
    for row in rows:
        sheet.append(row)
    with tempfile.TemporaryFile() as fh:
        book.save(fh)
    print(f"openpyxl write-only floor for the same {len(rows)} rows: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
