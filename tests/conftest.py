"""Shared fixtures: the sample notices, their hand-read gold structure, and stores holding them."""

from __future__ import annotations

import json
import os
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
