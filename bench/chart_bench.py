"""Chart benchmark: the /chart picture of many agencies, and of one, rendered again and again.

    .venv/bin/python bench/chart_bench.py [--agencies 100] [--runs 20]

Stores the store benchmark's synthetic notices (four per agency, 30 items each, in real counties),
then times the chart's data (SQL), the PNG of every agency (one bar each), the PNG of one agency
(aspects, overdue items, history) and the caption. Memory: the resident size after the first few
renders and after all of them (rendering must not grow it), and the process's peak.
Target: the picture of 100 agencies in under 1 s.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

from store_bench import corpus  # noqa: E402

from presentation.charts import caption, chart_png  # noqa: E402
from store import Store, open_database  # noqa: E402
from store.tallies import snapshot  # noqa: E402

TODAY = date(2026, 3, 2)


def rss_mb() -> float:
    """The resident set size now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def timed(work: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median and slowest wall time, and median CPU time of this process, of `runs` calls (ms). On a
    shared machine the wall time includes waiting for a core; the CPU time is what the work costs."""
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agencies", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(open_database(str(Path(folder) / "bench.db")))
        for notice in corpus(args.agencies * 4):
            store.ingest(notice, "bench.txt")
        one = [store.agencies()[0].id]
        every = snapshot(store, [], TODAY)
        single = snapshot(store, one, TODAY)
        print(f"{every.agency_count} agencies, {every.totals.total} current items, {every.notice_count} notices")
        chart_png(every, None, "zh")  # the font loaded, matplotlib warmed up
        warm = rss_mb()
        rows = [
            ("chart data, every agency (SQL)", timed(lambda: snapshot(store, [], TODAY), args.runs)),
            ("chart data, one agency (SQL)", timed(lambda: snapshot(store, one, TODAY), args.runs)),
            (f"PNG of {len(every.agencies)} agencies (zh)", timed(lambda: chart_png(every, None, "zh"), args.runs)),
            (f"PNG of {len(every.agencies)} agencies (en)", timed(lambda: chart_png(every, None, "en"), args.runs)),
            ("PNG of one agency", timed(lambda: chart_png(single, None, "zh"), args.runs)),
            ("caption", timed(lambda: caption(every, None, "zh"), args.runs)),
        ]
        print(f"load average before: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
        for name, (median, slowest, cpu) in rows:
            print(f"{name:<34} wall median {median:7.1f} ms  slowest {slowest:7.1f} ms   CPU median {cpu:7.1f} ms")
        size = len(chart_png(every, None, "zh"))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"PNG of every agency: {size / 1024:.0f} KB")
        print(f"resident memory: {warm:.0f} MB after the first picture, {rss_mb():.0f} MB after "
              f"{args.runs * 3 + 2} more; peak {peak:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
