"""OCR seconds per page: pages of the sample notices printed and scanned at 150 dpi into one-page PDFs,
read as the bot reads a scan (rendered at ocr.RENDER_DPI, detected, recognised) on one core.

    nice -n 10 .venv/bin/python bench/ocr_bench.py [--pages 4]

Needs the `ocr` extra (and the dev extras for the font). Prints the engine's load time once and the
wall and CPU seconds of each page (the parse afterwards is not counted); CPU time is what the page
costs, wall time what it took on a machine shared with other work.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notices import ocr  # noqa: E402
from notices.extract import extract  # noqa: E402
from tests.notice_files import to_page_images, to_scanned_pdf  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=4, help="pages to read (from the samples, in turn)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "bot" / "samples").glob("*.txt"))]
    pages = [to_page_images(t)[i] for i in range(2) for t in texts][: args.pages]
    start = time.perf_counter()
    ocr._engine()
    print(f"engine loaded in {time.perf_counter() - start:.1f} s")
    seconds, cpu = [], []
    for number, page in enumerate(pages, 1):
        scan = to_scanned_pdf([page])
        start, start_cpu = time.perf_counter(), time.process_time()
        text = extract(scan, f"page {number}.pdf").text
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        print(f"page {number}: {seconds[-1]:.1f} s ({cpu[-1]:.1f} s CPU), {len(text)} characters")
    print(
        f"OCR: median {statistics.median(seconds):.1f} s a page ({statistics.median(cpu):.1f} s CPU) "
        f"over {len(seconds)} pages, one core"
    )


if __name__ == "__main__":
    main()
