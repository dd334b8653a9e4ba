"""Parse throughput over the sample notices, per input format, on one core.

    .venv/bin/python bench/parse_bench.py [--seconds 3]

Prints notices/s and MB/s for UTF-8 text, GB18030 text, UTF-16 text, .docx, .pdf and .html. The files
are made once from the samples (tests/notice_files.py); only parse_bytes (decode + extract + parse)
is timed. Target: at least 300 notices/s for text input.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notices import parse_bytes  # noqa: E402
from tests.notice_files import FORMATS, convert  # noqa: E402


def bench(files: list[tuple[bytes, str]], seconds: float) -> tuple[float, float]:
    """Parse the files round-robin for about `seconds`; return (notices/s, MB/s)."""
    for data, name in files:  # warm-up: gazetteer, converters, imports
        parse_bytes(data, name)
    done = size = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for data, name in files:
            parse_bytes(data, name)
            done += 1
            size += len(data)
    elapsed = time.perf_counter() - start
    return done / elapsed, size / elapsed / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per format")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "bot" / "samples").glob("*.txt"))]
    size_kb = sum(len(t.encode()) for t in texts) / 1e3
    print(f"{len(texts)} sample notices, {size_kb:.0f} kB of UTF-8 text, one core")
    print(f"{'format':<10}{'notices/s':>12}{'MB/s':>10}")
    for fmt in FORMATS:
        files = [(data, "notice" + suffix) for data, suffix in (convert(t, fmt) for t in texts)]
        rate, mbps = bench(files, args.seconds)
        print(f"{fmt:<10}{rate:>12.1f}{mbps:>10.2f}")


if __name__ == "__main__":
    main()
