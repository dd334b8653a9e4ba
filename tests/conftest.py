"""Shared fixtures: where the sample notices and their hand-read gold structure live."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

os.environ.setdefault("PTB_TIMEDELTA", "1")  # python-telegram-bot 22: time periods as timedelta (as in production)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "notices"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"  # a copy of ../shared/gold, the specification of the parser's output


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
