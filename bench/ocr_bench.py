"""OCR seconds per page: pages of the sample notices printed and scanned at 150 dpi into one PDF, read as
the bot reads a scan (the reader child finds no text, the OCR children render, detect and recognise).

    nice -n 10 .venv/bin/python bench/ocr_bench.py [--pages 4] [--cores 1]

Needs the `ocr` extra (and the dev extras for the font). `--cores` is `[store] ocr_cores`: how many OCR
children read pages at once. Prints the time to start the children and load their engines (a warm-up
scan), then the wall and CPU seconds a page of the scan: CPU time (of the OCR children, from /proc) is
what a page costs and does not depend on other work; wall time is what it took on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notices.worker import DEFAULT_LIMITS, WorkerPool  # noqa: E402
from tests.notice_files import to_page_images, to_scanned_pdf  # noqa: E402


def _cpu(pids: list[int]) -> float:
    """User and system CPU seconds of the processes so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def _peak_mb(pid: int) -> float:
    """The most resident memory the process has had."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4, help="pages of the scan (from the samples, in turn)")
    parser.add_argument("--cores", type=int, default=1, help="OCR children reading pages at once")
    args = parser.parse_args()
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "bot" / "samples").glob("*.txt"))]
    pages = [to_page_images(t)[i] for i in range(2) for t in texts][: args.pages]
    scan = to_scanned_pdf(pages)
    pool = WorkerPool(DEFAULT_LIMITS.__class__(ocr_cores=args.cores))
    try:
        start = time.perf_counter()
        pool.parse(to_scanned_pdf(pages[: args.cores]), "warm-up.pdf")  # every child loads its engine
        print(f"{args.cores} OCR children started, engines loaded: {time.perf_counter() - start:.1f} s")
        pids = [w._process.pid for w in pool._ocr if w._process is not None and w._process.pid]
        start, start_cpu = time.perf_counter(), _cpu(pids)
        notice = pool.parse(scan, "scan.pdf")
        wall, cpu = time.perf_counter() - start, _cpu(pids) - start_cpu
        peak = max(_peak_mb(pid) for pid in pids)
    finally:
        pool.close()
    n = len(pages)
    print(
        f"OCR: {wall / n:.2f} s a page ({cpu / n:.2f} s CPU) over a scan of {n} pages, "
        f"{args.cores} core(s); {len(notice.items)} items; peak {peak:.0f} MB a child; load {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
