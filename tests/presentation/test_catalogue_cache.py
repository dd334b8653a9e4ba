"""The parsed catalogues kept in the user's cache: used while the .ftl is unchanged, never after it changes."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser

from presentation.i18n import cache_dir, catalogue_text, parsed


def said(text: str, key: str) -> str:
    """What message `key` reads as, from the catalogue `text` through the cache."""
    bundle = FluentBundle(["zh"], use_isolating=False)
    bundle.add_resource(parsed(text))
    message = bundle.get_message(key)
    assert message.value is not None
    return str(bundle.format_pattern(message.value, {})[0])


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return cache_dir()


def test_a_catalogue_is_parsed_once_then_loaded_from_the_cache(cache: Path) -> None:
    text = catalogue_text("zh")
    first = parsed(text)
    kept = list(cache.glob("catalogue-*.pickle"))
    assert len(kept) == 1
    assert kept[0].stat().st_mode & 0o077 == 0  # nobody else reads or writes it
    assert parsed(text).equals(first)
    assert first.equals(FluentParser(with_spans=False).parse(text))


def test_the_kept_form_is_what_is_used_while_the_text_is_the_same(cache: Path) -> None:
    said("greeting = 你好\n", "greeting")
    [kept] = cache.glob("catalogue-*.pickle")
    kept.write_bytes(pickle.dumps(FluentParser(with_spans=False).parse("greeting = kept\n")))
    assert said("greeting = 你好\n", "greeting") == "kept"  # not parsed again


def test_an_edited_catalogue_is_parsed_again(cache: Path) -> None:
    assert said("greeting = 你好\n", "greeting") == "你好"
    assert said("greeting = 您好\n", "greeting") == "您好"  # not the cached 你好
    assert said("greeting = 你好\n", "greeting") == "你好"
    assert len(list(cache.glob("catalogue-*.pickle"))) == 2


def test_a_cache_file_others_may_write_is_not_loaded(cache: Path) -> None:
    said("greeting = 你好\n", "greeting")
    [kept] = cache.glob("catalogue-*.pickle")
    forged = FluentParser(with_spans=False).parse("greeting = forged\n")
    kept.write_bytes(pickle.dumps(forged))
    kept.chmod(0o666)
    assert said("greeting = 你好\n", "greeting") == "你好"


def test_an_unreadable_cache_is_parsed_around(cache: Path) -> None:
    said("greeting = 你好\n", "greeting")
    [kept] = cache.glob("catalogue-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert said("greeting = 你好\n", "greeting") == "你好"
