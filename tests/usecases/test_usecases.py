"""The use cases without Telegram: what a user does, on a real SQLite file through the gateway."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from errors import NoAgency
from store.gateway import Gateway
from tests.conftest import sample_notices
from usecases import buttons, ledger, notices, outbox, questions, reminders, subscriptions
from usecases.services import Services, Settings

TODAY = date(2026, 3, 2)


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def svc(tmp_path: Path) -> AsyncIterator[Services]:
    """Services on a new database holding the five samples, at 08:00 in Shanghai."""
    services = Services(Settings(), Gateway(tmp_path / "u.db"), clock=Clock(datetime(2026, 3, 2, tzinfo=UTC)))
    for name, notice in sample_notices():
        await notices.store(services, notice, name)
    yield services
    await services.db.settle()
    services.db.close()


async def test_a_follow_up_takes_the_context_the_question_before_left(svc: Services) -> None:
    other = sqlite3.connect(svc.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing: the first question's context must wait
    try:
        first = await questions.ask(svc, 7, "青神还有哪些问题没整改完")  # answered all the same
        asyncio.get_running_loop().call_later(0.3, other.execute, "COMMIT")
        follow_up = await questions.ask(svc, 7, "第16项呢")  # waits for the context its predecessor left
    finally:
        other.close()
    assert first.agencies == follow_up.agencies == ["青神县科学技术协会党组"]
    assert [i.title for i in follow_up.items] == ["项目成效不明显"]
    assert (await questions.ask(svc, 8, "第16项呢")).agencies != ["青神县科学技术协会党组"]  # another chat


async def test_a_button_pressed_before_its_row_is_written_finds_it(svc: Services) -> None:
    other = sqlite3.connect(svc.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing: the button's row waits in the writer's queue
    try:
        key = buttons.keep(svc, buttons.QUESTION, 7, 7, "科技局还有哪些问题没整改完")
        asyncio.get_running_loop().call_later(0.3, other.execute, "COMMIT")
        pressed = await buttons.find(svc, buttons.QUESTION, key, 7)  # a quick press: not "expired"
    finally:
        other.close()
    assert pressed is not None and pressed.value == "科技局还有哪些问题没整改完"
    assert await buttons.find(svc, buttons.QUESTION, "not-a-key", 7) is None


async def test_subscribing_plans_the_next_reminder_and_unsubscribing_drops_it(svc: Services) -> None:
    found = await subscriptions.find_target(svc, "朔州科技局")
    assert found.target == subscriptions.Target("朔州市科学技术局党组", "agency")
    done = await subscriptions.subscribe(svc, 7, found.target, "zh")
    assert done.added and done.next_run == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    assert await reminders.next_reminder(svc, 7) == done.next_run
    assert not (await subscriptions.subscribe(svc, 7, found.target, "zh")).added
    gone = await subscriptions.unsubscribe(svc, 7, "朔州")
    assert gone.names == ["朔州市科学技术局党组"] and gone.next_run is None


async def test_remind_words_not_understood_change_nothing(svc: Services) -> None:
    await subscriptions.subscribe(svc, 7, subscriptions.Target("朔州市科学技术局党组", "agency"), "zh")
    wrong = await subscriptions.set_reminders(svc, 7, "时区 火星", "zh")
    assert wrong.problem is not None and wrong.problem.key == "bad_zone"
    right = await subscriptions.set_reminders(svc, 7, "每周一上午九点", "zh")
    assert right.problem is None and right.chat is not None and right.chat.frequency == "weekly"


async def test_a_due_reminder_is_handled_once(svc: Services) -> None:
    await subscriptions.subscribe(svc, 7, subscriptions.Target("朔州市科学技术局党组", "agency"), "zh")
    svc.clock.now = datetime(2026, 3, 2, 1, 1, tzinfo=UTC)  # type: ignore[attr-defined]
    due = await reminders.due(svc, 7)
    assert due is not None and due.facts.total_open == 2
    await reminders.owe(svc, due, "the reminder's text")
    assert await reminders.due(svc, 7) is None
    assert [o.text for o in await outbox.unsent(svc, ("reminder",), 7)] == ["the reminder's text"]
    assert await reminders.next_reminder(svc, 7) == svc.clock()  # owed: its job runs at once


async def test_export_names_its_files_and_refuses_a_name_it_does_not_know(svc: Services) -> None:
    exported = await ledger.export(svc, "朔州", "en", TODAY)
    assert [f.name for f in exported.files] == ["rectification-ledger-朔州.xlsx", "rectification-ledger-朔州.csv"]
    assert exported.files[0].data[:2] == b"PK" and "朔州市科学技术局党组" in exported.files[1].data.decode("utf-8-sig")
    assert (await ledger.export(svc, "火星局", "en", TODAY)).no_match


async def test_undo_takes_back_the_last_notice_then_the_one_before(svc: Services) -> None:
    before = (await ledger.stats(svc))["notices"]
    removed = await notices.undo(svc)
    assert removed is not None and (await ledger.stats(svc))["notices"] == before - 1
    assert await notices.undo(svc, 999) is None


async def test_a_batch_stores_every_notice_but_the_one_without_an_agency(tmp_path: Path) -> None:
    services = Services(Settings(), Gateway(tmp_path / "b.db"), clock=Clock(datetime(2026, 3, 2, tzinfo=UTC)))
    read = [(notice, name) for name, notice in sample_notices()]
    nameless = replace(read[0][0], agency=None)
    batch = [read[0], (nameless, "nameless.txt"), *read[1:]]
    try:
        outcomes = await notices.store_many(services, batch)
        assert isinstance(outcomes[1], NoAgency)  # in its file's place; the notices after it are stored too
        added = [o for o in outcomes if isinstance(o, notices.Added)]
        assert [a.name for a in added] == [name for _, name in read]
        assert {a.result.outcome for a in added} <= {"new", "updated", "history"}
        assert (await ledger.stats(services))["notices"] == len(read)
        again = await notices.store_many(services, read)
        assert [o.result.outcome for o in again if isinstance(o, notices.Added)] == ["duplicate"] * len(read)
    finally:
        services.db.close()
