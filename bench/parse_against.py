"""Parse speed of this checkout as a ratio to another revision's, measured in the same run.

    .venv/bin/python bench/parse_against.py 2bf471c [--pairs 4] [--instructions]

The 300 notices/s target was met by 2bf471c on an earlier, faster machine; on any other machine the honest figure is
the ratio to that code, measured side by side. The revision is checked out into a temporary git worktree (removed
after), and both parse the five sample notices (bot/samples) in child processes:

- by default, CPU time: alternating pairs, each the best of five 1.5-second runs of one process (CPU time, not wall
  time, so that other work on the machine moves the figures less); prints notices per CPU-second and each pair's ratio;
- with --instructions, the instructions a sample notice costs as valgrind counts them (deterministic, so a 1% change
  shows; valgrind must be installed: it is no dependency of the project), the start-up's count subtracted.

A ratio above 1 means this checkout is faster.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The child's program: parse the samples of the checkout at argv[1]; "rate" prints notices per CPU-second (best of
# five 1.5-second runs), "N" parses them N times after a warm-up (for the instruction count).
_CHILD = r"""
import sys, time
from pathlib import Path
root = Path(sys.argv[1]); sys.path.insert(0, str(root))
from notices import parse_bytes
files = [(p.read_bytes(), p.name) for p in sorted((root / "bot" / "samples").glob("*.txt"))]
for data, name in files:
    parse_bytes(data, name)
if sys.argv[2] == "rate":
    best = 0.0
    for _ in range(5):
        start, done = time.process_time(), 0
        while time.process_time() - start < 1.5:
            for data, name in files:
                parse_bytes(data, name)
                done += 1
        best = max(best, done / (time.process_time() - start))
    print(f"{best:.2f}")
else:
    for _ in range(int(sys.argv[2])):
        for data, name in files:
            parse_bytes(data, name)
"""
_SAMPLES = 5
_INSTRUCTION_ROUNDS = 2


def _rate(root: Path) -> float:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(root), "rate"], check=True, capture_output=True, text=True)
    return float(out.stdout)


def _instructions(root: Path, rounds: int) -> int:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind on the PATH")
    child = [sys.executable, "-c", _CHILD, str(root), str(rounds)]
    out = subprocess.run(
        [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *child],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found[1].replace(",", ""))


def _per_notice(root: Path) -> float:
    """Instructions a sample notice costs: N rounds of the samples, the warm-up and start-up's count subtracted."""
    return (_instructions(root, _INSTRUCTION_ROUNDS) - _instructions(root, 0)) / (_INSTRUCTION_ROUNDS * _SAMPLES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="the revision to compare with, e.g. 2bf471c")
    parser.add_argument("--pairs", type=int, default=4, help="alternating pairs of CPU-time runs")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "other"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(other), args.revision], check=True
        )
        try:
            if args.instructions:
                here, there = _per_notice(ROOT), _per_notice(other)
                print(
                    f"instructions a sample notice: this checkout {here / 1e6:.2f}M, {args.revision} {there / 1e6:.2f}M"
                )
                print(f"ratio (higher is faster): {there / here:.3f}")
                return
            ratios = []
            for _ in range(args.pairs):
                here, there = _rate(ROOT), _rate(other)
                ratios.append(here / there)
                print(f"this checkout {here:.1f}, {args.revision} {there:.1f} notices per CPU-second: {ratios[-1]:.3f}")
            print(f"median ratio (higher is faster): {statistics.median(ratios):.3f}")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=True)


if __name__ == "__main__":
    main()
