"""The message catalogues: the same keys in every language, and every key the code asks for exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from answers.i18n import keys, language_of, t
from answers.receipts import warning_text
from notices import NoticeWarning

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["notices", "store", "answers", "reminders", "handlers", "bot"]
# t(lang, "key" …) with a literal key, and keys built from a prefix (t(lang, f"status-{s}"))
LITERAL = re.compile(r"""\bt\(\s*[\w.\[\]"']+,\s*"([a-z][\w-]*)"[,)]""")
PREFIX = re.compile(r"""\bt\(\s*[\w.\[\]"']+,\s*f"([a-z][\w-]*-)\{""")


def used_keys() -> tuple[set[str], set[str]]:
    literal, prefixes = set(), set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            literal |= set(LITERAL.findall(text))
            prefixes |= set(PREFIX.findall(text))
    return literal, prefixes


def test_both_catalogues_have_the_same_keys() -> None:
    assert keys("zh") == keys("en")


def test_every_key_the_code_uses_exists() -> None:
    literal, prefixes = used_keys()
    assert len(literal) > 60  # the scan finds the code's messages
    assert literal - keys("en") == set()
    for prefix in prefixes:  # a built key has at least one message under its prefix
        assert any(k.startswith(prefix) for k in keys("en")), prefix


@pytest.mark.parametrize(
    ("code", "language"), [("zh-hans", "zh"), ("zh-TW", "zh"), ("en", "en"), ("de", "en"), (None, "zh")]
)
def test_telegram_language_codes(code: str | None, language: str) -> None:
    assert language_of(code) == language


CLAIMS = NoticeWarning("claim_mismatch", {"what": "problems", "claimed": 34, "listed": 33})


def test_a_claims_warning_in_each_language() -> None:
    assert warning_text(CLAIMS, "en") == "the notice claims 34 specific problems but lists 33"
    assert warning_text(CLAIMS, "zh") == "通报自述34个具体问题，正文列出33个"


@pytest.mark.parametrize("what", ["aspects", "problem_groups", "problems", "completed", "in_progress", "longterm"])
def test_every_claim_reads_in_chinese_without_english(what: str) -> None:
    text = warning_text(NoticeWarning("claim_mismatch", {"what": what, "claimed": 5, "listed": 4}), "zh")
    assert "5" in text and "4" in text and not re.search(r"[A-Za-z]", text)


def test_counts_are_plain_numbers_and_plurals_read_right() -> None:
    assert t("en", "ledger-overdue-by", days=1) == "yes (by 1 day)"
    assert t("en", "ledger-overdue-by", days=2025) == "yes (by 2025 days)"  # no "2,025"


def test_chinese_text_uses_chinese_punctuation() -> None:
    text = t("zh", "reminder-open", count=3) + t("zh", "deadline-today", text="时限：2026-06-30")
    assert "（" in text and "：" in text and ":" not in text.replace("时限：", "")
