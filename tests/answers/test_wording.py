"""Replies read naturally in both languages: singular counts, no zero clauses, no double spaces, and
/start and /help naming the same inputs."""

from __future__ import annotations

import re

import pytest

from answers.answer import answer
from presentation.i18n import t
from presentation.markup import plain
from presentation.render import format_answer
from store import Store
from tests.conftest import sample_notices


@pytest.fixture
def one_notice(fresh_store: Store) -> Store:
    """The store of a new user: only 朔州's notice (which prints no date) and 天长's."""
    for name, notice in sample_notices():
        if name.startswith(("001", "003")):
            fresh_store.ingest(notice, name)
    return fresh_store


def reply(store: Store, question: str) -> str:
    return plain(format_answer(answer(store, question)))


def test_counts_of_one_are_singular(one_notice: Store) -> None:
    text = reply(one_notice, "which agencies have travel expense problems")
    assert re.search(r"\b1 agencies\b|\b1 items\b|\b1 problems\b", text) is None, text
    for key, args in [
        ("topic-head", {"agencies": 1, "topic": "x"}),
        ("topic-rest", {"items": 1}),
        ("open-head", {"scope": "A", "count": 1}),
        ("latest-line", {"agency": "A", "date": "", "count": 1}),
        ("removed", {"agency": "A", "date": "", "count": 1}),
    ]:
        assert re.search(r"\b1 (agencies|items|problems) ?\b|1 agencies have", t("en", key, **args)) is None, key
    assert t("en", "topic-head", agencies=1, topic="x").startswith("1 agency has")
    assert t("en", "topic-head", agencies=2, topic="x").startswith("2 agencies have")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("which Shuozhou problems are in progress", "1 item in progress:"),
        ("Shuozhou items with no status", "1 item with no status stated:"),
    ],
)
def test_a_status_filter_of_one_item_is_singular(one_notice: Store, question: str, head: str) -> None:
    """朔州 has one item in progress (1) and one with no status (10): the heading says "1 item", never "1 items"."""
    assert head in reply(one_notice, question)


@pytest.mark.parametrize(("question", "lang"), [("天长完成了多少", "zh"), ("how many has Tianchang finished", "en")])
def test_no_zero_clause_in_a_summary(one_notice: Store, question: str, lang: str) -> None:
    text = reply(one_notice, question)
    assert "天长市科学技术局党组" in text
    assert "其中0个" not in text and "; 0 with" not in text, text


@pytest.mark.parametrize("question", ["最新的通报", "latest notices", "朔州的通报对得上吗"])
def test_a_notice_without_a_date_leaves_no_stray_space(one_notice: Store, question: str) -> None:
    text = reply(one_notice, question)
    assert "朔州市科学技术局党组" in text and "  " not in text and " \n" not in text, text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_start_and_help_name_the_same_inputs(lang: str) -> None:
    from handlers.general import welcome

    kinds = {"zh": ["txt", "docx", "doc、", "wps", "pdf", "html", "照片", "链接"],
             "en": ["txt", "docx", "doc,", "wps", "pdf", "html", "photos", "link"]}[lang]  # fmt: skip
    for text in (welcome(lang), t(lang, "help")):
        assert [k for k in kinds if k not in text] == [], text
