"""Shared fixtures: the sample notices, their hand-read gold structure, and stores holding them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from sqlite_utils import Database

from notices import Notice, parse_file
from store import Store

os.environ.setdefault("PTB_TIMEDELTA", "1")  # python-telegram-bot 22: time periods as timedelta (as in production)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "bot" / "samples"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"  # a copy of ../shared/gold, the specification of the parser's output
# The agencies of the five sample notices (bot/samples), as the answers name them.
XP, TC, QS, SZ, YC = (
    "溆浦县科学技术局党组",
    "天长市科学技术局党组",
    "青神县科学技术协会党组",
    "朔州市科学技术局党组",
    "源城区科技局党组",
)


def norm(value: object) -> str | None:
    """Compare texts as the gold README says: NFKC, without punctuation and spaces."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(ch for ch in text if not (unicodedata.category(ch)[0] in "PZS" or ch.isspace()))


def load_gold() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(GOLD.glob("*.json"))]


GOLD_NOTICES = load_gold()
GOLD_IDS = [g["file"][:3] + "-" + g["region"] for g in GOLD_NOTICES]


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (pyproject addopts): a worker more than the cores this process may run on. The suite mostly waits
    (bots in processes of their own, stand-in servers, OCR children), so a third worker on two cores fills the
    waits with the short parser tests: a clean clone's suite took 172 s on three workers against 203 s on two and
    175 s on four (2026-12-06, 2 cores, the machine otherwise idle)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores + 1


# Tests that mostly wait (bots in processes of their own, slow stand-ins, OCR): run first, so that with the
# workers of `-n auto` (pytest-xdist, pyproject addopts) they overlap the short tests instead of ending the run
# alone. Work stealing takes from the end of a worker's queue: a module listed whole keeps its module
# fixture (the installed wheel) on one worker. Node ids or their beginnings; a name not found is ignored.
LONG_FIRST = (
    "tests/bot/test_outbox.py::test_kill_9_at_random_points",
    "tests/test_installed.py",
    "tests/notices/test_ocr.py",
    "tests/bot/test_outbox.py",
    "tests/bot/test_watch_concurrency.py",
    "tests/bot/test_bounds.py",
    "tests/bot/test_photos.py::test_an_album",
    "tests/bot/test_languages.py::test_every_command",
    "tests/bot/test_reliability.py::test_bombs",
    "tests/test_packaging.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long tests first (LONG_FIRST), the rest in their usual order."""

    def rank(item: pytest.Item) -> int:
        return next((k for k, prefix in enumerate(LONG_FIRST) if item.nodeid.startswith(prefix)), len(LONG_FIRST))

    items.sort(key=rank)  # stable: the order within a rank is kept


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel` builds from a copy of the checkout, once per session (the packaging and the
    installed-wheel tests share it). A copy: setuptools reuses an in-tree build/ folder and would leave it
    in the checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    junk = shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__", "*.db*", "bench")
    shutil.copytree(ROOT, source, ignore=junk)
    pip = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp)]
    subprocess.run(pip, check=True, capture_output=True)
    (built,) = tmp.glob("rectibot-*.whl")
    return built


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@cache
def sample_notices() -> tuple[tuple[str, Notice], ...]:
    """The five samples, parsed once per test session."""
    return tuple((p.name, parse_file(str(p))) for p in sorted(SAMPLES.glob("*.txt")))


@pytest.fixture
def fresh_store() -> Store:
    return Store(Database(memory=True))


@pytest.fixture
def store(fresh_store: Store) -> Store:
    """An in-memory store holding the five sample notices."""
    for name, notice in sample_notices():
        fresh_store.ingest(notice, name)
    return fresh_store
