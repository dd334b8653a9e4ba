"""A store holding the five sample notices, built once per test from parsed notices parsed once."""

from __future__ import annotations

from functools import cache

import pytest
from sqlite_utils import Database

from rectibot.notices import Notice, parse_file
from rectibot.store import Store
from tests.conftest import SAMPLES


@cache
def sample_notices() -> tuple[tuple[str, Notice], ...]:
    return tuple((p.name, parse_file(str(p))) for p in sorted(SAMPLES.glob("*.txt")))


@pytest.fixture
def fresh_store() -> Store:
    return Store(Database(memory=True))


@pytest.fixture
def store(fresh_store: Store) -> Store:
    for name, notice in sample_notices():
        fresh_store.ingest(notice, name)
    return fresh_store
