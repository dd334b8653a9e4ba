"""OCR seconds per page: pages of the sample notices rendered as 150-dpi scans, read on one core.

    .venv/bin/python bench/ocr_bench.py [--pages 4]

Needs the `ocr` extra (and the dev extras for the font). Prints the engine's load time once and the
seconds of each page (decode, detection and recognition; the parse afterwards is not counted).
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
from tests.notice_files import to_page_images  # noqa: E402


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
    seconds = []
    for number, page in enumerate(pages, 1):
        start = time.perf_counter()
        lines = ocr.image_lines(page, f"page {number}")
        seconds.append(time.perf_counter() - start)
        chars = sum(len(line.text) for line in lines)
        print(f"page {number}: {seconds[-1]:.1f} s, {len(lines)} lines, {chars} characters")
    print(f"OCR: median {statistics.median(seconds):.1f} s a page over {len(seconds)} pages, one core")


if __name__ == "__main__":
    main()
