"""Follow-ups: a chat's next question takes what its previous one established, per chat, in SQLite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from answers.answer import LIST_LIMIT
from answers.conversation import converse
from presentation.markup import plain
from presentation.render import format_answer
from store import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TTL = timedelta(minutes=30)
QS, SZ, XP, YC = "青神县科学技术协会党组", "朔州市科学技术局党组", "溆浦县科学技术局党组", "源城区科技局党组"


def ask(store: Store, question: str, chat: int = 1, at: datetime = T0):  # type: ignore[no-untyped-def]
    return converse(store, chat, question, now=at, ttl=TTL)


def test_another_agency_same_question(store: Store) -> None:
    ask(store, "朔州还有哪些问题没整改完")
    result = ask(store, "那青神呢")
    assert result.intent == "open_items" and result.agencies == [QS]
    assert {i.seq for i in result.flagged} == {12, 16, 17}


def test_another_item_same_agency(store: Store) -> None:
    ask(store, "青神#12")
    result = ask(store, "第16项呢？")
    assert result.intent == "item_status" and result.agencies == [QS] and [i.seq for i in result.items] == [16]


def test_english_follow_up(store: Store) -> None:
    ask(store, "Has Xupu fixed problem 21?")
    result = ask(store, "and Qingshen?")
    assert result.agencies == [QS] and result.intent == "item_status"


def test_more_is_the_next_page(store: Store) -> None:
    first = ask(store, "溆浦和朔州哪些问题已经完成")  # 33 + 31 items marked done: a page of LIST_LIMIT first
    assert first.total == 64 and len(first.items) == LIST_LIMIT
    assert "回复“还有吗”看下一页" in plain(format_answer(first))
    rest = ask(store, "还有吗").items
    assert len(rest) == 64 - LIST_LIMIT and not {i.id for i in rest} & {i.id for i in first.items}
    assert ask(store, "more").problem == "no_more"


def test_a_question_that_names_everything_stands_alone(store: Store) -> None:
    ask(store, "朔州还有哪些问题没整改完")
    result = ask(store, "溆浦问题21整改了吗")
    assert result.agencies == [XP] and [i.seq for i in result.items] == [21]


def test_context_expires_after_the_quiet_while(store: Store) -> None:
    ask(store, "朔州还有哪些问题没整改完")
    late = ask(store, "第12项呢", at=T0 + TTL + timedelta(seconds=1))
    assert late.problem == "need_agency"
    assert "请说明是哪个单位" in plain(format_answer(late))


def test_chats_never_share_context(store: Store) -> None:
    ask(store, "朔州还有哪些问题没整改完", chat=1)
    assert ask(store, "第12项呢", chat=2).problem == "need_agency"
    assert ask(store, "第12项呢", chat=1).agencies == [SZ]


def test_context_survives_a_new_store_on_the_same_database(store: Store) -> None:
    ask(store, "源城还有哪些没整改")
    again = Store(store.db)  # what a restart builds
    assert ask(again, "第3项呢").agencies == [YC]


@pytest.mark.parametrize("follow_up", ["what about 17?", "and 17?", "那17呢", "17呢？"])
def test_a_number_alone_in_a_follow_up_is_the_next_item(store: Store, follow_up: str) -> None:
    ask(store, "Qingshen item 16")
    result = ask(store, follow_up)
    assert result.intent == "item_status" and result.agencies == [QS] and [i.seq for i in result.items] == [17]


def test_a_filter_after_a_summary_stays_on_its_agency(store: Store) -> None:
    # 其中|正在推进 reads 中正 (a district of Taipei) across two question words: not a place named
    ask(store, "朔州的整改情况")
    result = ask(store, "其中正在推进的")
    assert result.intent == "open_items" and result.agencies == [SZ] and [i.seq for i in result.items] == [33]
