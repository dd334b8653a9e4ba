"""The message catalogues: the same keys in every language, and every key the code asks for exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from errors import (
    _BY_CODE,
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FetchError,
    ImageTooLarge,
    IsAFolder,
    ListingPage,
    NeedsOcr,
    NoAgency,
    NoSuchFile,
    NotANotice,
    NoticeError,
    OcrFoundNothing,
    OcrUnavailable,
    Oversized,
    Refused,
    ScannedPdf,
    TimedOut,
    TooLarge,
    TooManyCells,
    TooManyPages,
    TooMuchMemory,
    TooSlow,
    Unreachable,
    UnsupportedFormat,
)
from notices import NoticeWarning
from presentation.errors import error_text
from presentation.i18n import keys, language_of, t
from presentation.receipts import warning_text
from tests.test_errors import messages, selectors

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["notices", "store", "answers", "presentation", "reminders", "handlers", "bot"]
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


def chosen(key: str, variable: str) -> list[str]:
    """The values a message of the English catalogue selects on (what a file turned out to be, …)."""
    return sorted(selectors(messages("en")[key])[variable])  # sorted: every xdist worker collects the same order


def reading_errors() -> list[NoticeError]:
    """One of every way a file or link can fail, with each reason it can give."""
    return [
        EmptyFile("a.txt"),
        *(UnsupportedFormat("a.bin", f) for f in chosen("error-unsupported", "format")),
        *(CorruptFile("a.bin", k, "BadZipFile") for k in chosen("error-corrupt", "kind")),
        EncryptedFile("a.pdf"),
        ScannedPdf("a.pdf"),
        OcrFoundNothing("a.png"),
        OcrUnavailable("a.png"),
        NeedsOcr("a.png"),
        *(NotANotice("a.txt", r) for r in chosen("error-not-notice", "reason")),
        *(Oversized("a.docx", p, 32) for p in chosen("error-oversized", "part")),
        *(TooManyCells("a.xlsx", w, 64) for w in chosen("error-cells", "what")),
        TooManyPages("a.pdf", 50, 40),
        ImageTooLarge("a.png", 9000, 9000),
        NoSuchFile("a.txt"),
        IsAFolder("通报"),
        NoAgency(),
        TooMuchMemory("a.pdf", 512),
        TooSlow("a.pdf", 60.0),
        Refused("ftp://a.example/n", "scheme"),
        Refused("http:///n", "no_host"),
        Refused("http://a.example:x/n", "port"),
        Refused("http://10.0.0.1/n", "private", host="10.0.0.1", address="10.0.0.1"),
        Refused("http://a.example/n", "redirects", count=5),
        Unreachable("http://a.example/n", "network", error="ConnectError"),
        Unreachable("http://a.example/n", "no_address", host="a.example"),
        FetchError(),
        Unreachable("http://a.example/n", "status", status=404, phrase="Not Found"),
        TimedOut("http://a.example/n", 20.0),
        TooLarge("http://a.example/n", 1_000_000),
        ListingPage("http://a.example/xcgz/", 12),
        NoticeError(),
    ]


def test_every_reading_error_code_has_a_message_in_both_catalogues() -> None:
    reading = {code for code, cls in _BY_CODE.items() if issubclass(cls, NoticeError)}
    assert {type(err).code for err in reading_errors()} >= reading  # the examples cover every class
    for code in _BY_CODE:
        assert f"error-{code}" in keys("zh") and f"error-{code}" in keys("en"), code


@pytest.mark.parametrize(
    "err", reading_errors(), ids=lambda err: f"{err.code}-{'-'.join(map(str, err.params.values()))}"
)
def test_a_reading_error_reads_in_each_language(err: NoticeError) -> None:
    zh, en = error_text(err, "zh"), error_text(err, "en")
    assert "{" not in zh + en  # every argument the message names was given
    assert re.search(r"[\u4e00-\u9fff]", zh) and zh.endswith("。")  # Chinese, with Chinese punctuation
    # file types, format names, units and /commands are written so in Chinese too; names and links are the user's
    prose = re.sub(
        r"\S+://\S*|/\w+|\b(?:txt|docx?|wps|rtf|od[ts]|ofd|pdf|html|mht|xlsx?|ppt|RAR|gzip|RTF|MB)\b|a\.\w+", "", zh
    )
    assert re.findall(r"[A-Za-z]{2,}", prose) == [], zh  # no English word left in the Chinese line
    assert en.startswith("❌ ") and len(re.findall(r"[A-Za-z]{3,}", en)) >= 3, en  # a sentence in English
