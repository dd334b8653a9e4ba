"""When reminders fall due: pure functions with `now` injected."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from answers.answer import answer
from notices import parse_file
from presentation.markup import as_of
from presentation.render import format_answer
from reminders.facts import reminder_facts
from reminders.render import format_reminder
from reminders.schedule import apply_remind, due_now, next_due, next_run
from store import Store
from store.subscriptions import ChatSchedule, Subscription
from tests.conftest import DATA

BASE = ChatSchedule(
    chat_id=1, lang="zh", timezone="Asia/Shanghai", frequency="daily", weekday=0, time="09:00",
    quiet_hours="22:00-08:00", paused=False, created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    last_sent_at=None, last_open=(),
)  # fmt: skip


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "after", "due"),
    [
        ({}, "2026-03-01T12:00", "2026-03-02T01:00"),  # 09:00 Shanghai is 01:00 UTC
        ({}, "2026-03-02T01:00", "2026-03-03T01:00"),  # strictly after
        ({"frequency": "weekly", "weekday": 4}, "2026-03-01T12:00", "2026-03-06T01:00"),  # next Friday
        ({"time": "23:30"}, "2026-03-01T12:00", "2026-03-02T00:00"),  # inside quiet hours → 08:00 local
        ({"time": "23:30", "quiet_hours": ""}, "2026-03-01T12:00", "2026-03-01T15:30"),
        ({"timezone": "Europe/Berlin", "quiet_hours": ""}, "2026-03-01T12:00", "2026-03-02T08:00"),
    ],
)
def test_next_due(changes: dict[str, object], after: str, due: str) -> None:
    assert next_due(replace(BASE, **changes), utc(after)) == utc(due)  # type: ignore[arg-type]


def test_a_reminder_missed_for_days_is_due_once() -> None:
    now = utc("2026-03-05T03:00")  # three 09:00s passed since creation
    assert due_now(BASE, now) == utc("2026-03-02T01:00")
    handled = replace(BASE, last_sent_at=now)
    assert due_now(handled, now) is None
    assert next_run(handled, now) == utc("2026-03-06T01:00")


@pytest.mark.parametrize("changes", [{"paused": True}, {"frequency": "off"}])
def test_paused_or_off_is_never_due(changes: dict[str, object]) -> None:
    chat = replace(BASE, **changes)  # type: ignore[arg-type]
    assert due_now(chat, utc("2026-04-01T00:00")) is None and next_run(chat, utc("2026-04-01T00:00")) is None


def test_reminder_facts_name_deadlines_and_changes(fresh_store: Store) -> None:
    fresh_store.ingest(parse_file(str(DATA / "genre" / "shanxi_keji_inline.txt")))
    subs = [Subscription(1, "山西省科学技术厅党组", "agency")]
    soon = reminder_facts(fresh_store, subs, (), date(2025, 6, 20))
    assert [i.label for i in soon.due_soon] == ["5"] and soon.overdue == []
    late = reminder_facts(fresh_store, subs, (), date(2025, 7, 1))
    assert [i.label for i in late.overdue] == ["5"]
    previous = (*soon.open_keys, "山西省科学技术厅党组｜9｜已整改的旧问题")
    again = reminder_facts(fresh_store, subs, previous, date(2025, 6, 20))
    assert again.newly_closed == ["山西省科学技术厅党组｜9｜已整改的旧问题"] and again.newly_open == []
    assert {i.label for i in again.open_items} == {"2", "5"}


@pytest.mark.parametrize(
    ("words", "changed"),
    [
        ("每天早上9点", {"frequency": "daily", "time": "09:00"}),
        ("每周一上午九点", {"frequency": "weekly", "weekday": 0, "time": "09:00"}),
        ("每周五下午三点半", {"frequency": "weekly", "weekday": 4, "time": "15:30"}),
        ("星期日 晚上8点15分", {"frequency": "weekly", "weekday": 6, "time": "20:15"}),
        ("工作日 8:30", {"frequency": "workdays", "time": "08:30"}),
        ("时区 北京", {"timezone": "Asia/Shanghai"}),
        ("时区 Europe/Berlin", {"timezone": "Europe/Berlin"}),
        ("免打扰 晚上十点到早上八点", {"quiet_hours": "22:00-08:00"}),
        ("免打扰 关闭", {"quiet_hours": ""}),
        ("关闭", {"frequency": "off"}),
        ("daily 9am", {"frequency": "daily", "time": "09:00"}),
        ("Mondays 9:00", {"frequency": "weekly", "weekday": 0, "time": "09:00"}),
        ("every friday at 6pm", {"frequency": "weekly", "weekday": 4, "time": "18:00"}),
        ("weekdays 12:30pm", {"frequency": "workdays", "time": "12:30"}),
        ("weekly fri 18:00", {"frequency": "weekly", "weekday": 4, "time": "18:00"}),
        ("tz europe/berlin", {"timezone": "Europe/Berlin"}),
        ("quiet 23:00-07:00", {"quiet_hours": "23:00-07:00"}),
        ("quiet 10pm to 7am", {"quiet_hours": "22:00-07:00"}),
        ("off", {"frequency": "off"}),
        ("7:45", {"time": "07:45"}),
    ],
)
def test_remind_in_everyday_words(words: str, changed: dict[str, object]) -> None:
    fields = dict(FIELDS)
    assert apply_remind(words, fields) is None
    assert fields == {**FIELDS, **changed}


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ("", "usage"),
        ("sometimes", "usage"),
        ("daily 25:00", "bad_time"),
        ("每天 9点 10点", "bad_time"),
        ("每周 9点", "no_weekday"),
        ("weekly someday 18:00", "no_weekday"),
        ("tz Mars/Olympus", "bad_zone"),
        ("quiet late", "bad_quiet"),
        ("免打扰 晚上十点", "bad_quiet"),
    ],
)
def test_remind_words_not_understood_say_what_was_wrong(words: str, problem: str) -> None:
    fields = dict(FIELDS)
    said = apply_remind(words, fields)
    assert said is not None and said.key == problem and fields == FIELDS


FIELDS: dict[str, object] = {"frequency": "daily", "weekday": 0, "time": "09:00", "timezone": "Asia/Shanghai",
                             "quiet_hours": "22:00-08:00"}  # fmt: skip


@pytest.mark.parametrize(
    ("after", "due"),
    [
        ("2026-03-06T02:00:00", "2026-03-09T01:00:00"),  # Friday 10:00 in Shanghai → Monday 09:00
        ("2026-03-08T02:00:00", "2026-03-09T01:00:00"),  # Sunday → Monday
        ("2026-03-09T00:30:00", "2026-03-09T01:00:00"),  # Monday 08:30 → the same morning
    ],
)
def test_workday_reminders_skip_the_weekend(after: str, due: str) -> None:
    chat = replace(BASE, frequency="workdays")
    assert next_due(chat, utc(after)) == utc(due)


@pytest.mark.parametrize(
    ("today", "lang", "mark"),
    [
        (date(2025, 7, 1), "zh", "（<b>已逾期 1 天</b>）"),
        (date(2025, 7, 1), "en", "(<b>overdue by 1 day</b>)"),
        (date(2025, 6, 30), "zh", "（<b>今天到期</b>）"),
        (date(2025, 6, 20), "zh", "（还剩 10 天）"),
        (date(2025, 6, 20), "en", "(10 days left)"),
    ],
)
def test_reminders_mark_deadlines_past_and_near(fresh_store: Store, today: date, lang: str, mark: str) -> None:
    fresh_store.ingest(parse_file(str(DATA / "genre" / "shanxi_keji_inline.txt")))
    facts = reminder_facts(fresh_store, [Subscription(1, "山西省科学技术厅党组", "agency")], (), today)
    text = format_reminder(facts, lang)
    assert text is not None and mark in text


def test_an_answer_marks_an_item_past_its_deadline(fresh_store: Store) -> None:
    fresh_store.ingest(parse_file(str(DATA / "genre" / "shanxi_keji_inline.txt")))
    result = answer(fresh_store, "山西省科学技术厅还有哪些问题没整改完")
    with as_of(date(2025, 7, 13)):
        text = format_answer(result)
    assert "时限：2025-06-30（<b>已逾期 13 天</b>）" in text
    assert "已逾期" not in format_answer(result)  # no date given, no claim about it
