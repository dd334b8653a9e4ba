"""Buttons' state in SQLite: kept whole, found only by its chat and kind, gone once expired."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from store import Store
from store.buttons import HELD, PAGES, QUESTION
from tests.conftest import sample_notices

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def test_a_held_notice_comes_back_whole(fresh_store: Store) -> None:
    name, notice = sample_notices()[0]
    key = fresh_store.buttons.keep(HELD, 100, 100, (notice, name), NOW, DAY)
    button = fresh_store.buttons.find(HELD, key, 100, NOW + DAY / 2)
    assert button is not None and button.value == (notice, name) and button.shown_to == 100


def test_a_button_is_found_only_in_its_chat_as_its_kind_and_before_it_expires(fresh_store: Store) -> None:
    key = fresh_store.buttons.keep(QUESTION, -500, 7, "科技局还有哪些问题没整改完", NOW, DAY)
    assert fresh_store.buttons.find(QUESTION, key, -500, NOW + DAY / 2) is not None
    assert fresh_store.buttons.find(QUESTION, key, -501, NOW) is None  # another chat
    assert fresh_store.buttons.find(PAGES, key, -500, NOW) is None  # another kind of button
    assert fresh_store.buttons.find(QUESTION, key, -500, NOW + DAY) is None  # expired


def test_expired_buttons_are_deleted_as_new_ones_come(fresh_store: Store) -> None:
    for hour in range(48):
        fresh_store.buttons.keep(PAGES, 100, None, ["第一页", "第二页"], NOW + timedelta(hours=hour), DAY)
    assert fresh_store.db.execute("SELECT count(*) FROM buttons").fetchone()[0] == 24  # a day's worth


def test_a_made_choice_is_dropped(fresh_store: Store) -> None:
    key = fresh_store.buttons.keep(QUESTION, 100, 100, "朔州还有哪些问题", NOW, DAY)
    fresh_store.buttons.drop(key)
    assert fresh_store.buttons.find(QUESTION, key, 100, NOW) is None
