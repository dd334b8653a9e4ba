"""Every text a person reads, from one Fluent catalogue per language (answers/locales/<lang>.ftl).

Fluent rather than gettext: messages are looked up by key with named arguments, plurals are written in
the catalogue (`{ $days -> [one] … *[other] … }`) instead of in code, and the .ftl files are read as
they are at start-up, so there is nothing to compile and nothing binary in the repository.
Pure: no Telegram import; the lowest layer that renders text.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser

LANGUAGES = ("zh", "en")
DEFAULT = "zh"  # the genre is Chinese: a client that sends no language_code reads Chinese
log = logging.getLogger(__name__)


def language_of(code: str | None) -> str:
    """Telegram's language_code → our language: zh* is Chinese, anything else English, none Chinese."""
    if code is None:
        return DEFAULT
    return "zh" if code.lower().startswith("zh") else "en"


def catalogue_text(lang: str) -> str:
    """The catalogue file of a language, as written."""
    return resources.files(__package__).joinpath("locales", f"{lang}.ftl").read_text(encoding="utf-8")


@cache
def bundle(lang: str) -> FluentBundle:
    # use_isolating=False: bidi marks around arguments would show up as stray characters in Telegram
    found = FluentBundle([lang if lang in LANGUAGES else DEFAULT], use_isolating=False)
    # without source spans (nothing reports positions in the catalogue): a quicker start for every command
    found.add_resource(FluentParser(with_spans=False).parse(catalogue_text(lang if lang in LANGUAGES else DEFAULT)))
    return found


def keys(lang: str) -> set[str]:
    """Every message key of a language's catalogue."""
    return set(bundle(lang)._messages)


def t(lang: str, key: str, /, **args: Any) -> str:
    """The message `key` in `lang` with its arguments filled in (HTML escaping is the caller's)."""
    b = bundle(lang)
    message = b.get_message(key)  # KeyError for a key no catalogue has: a bug, found by tests
    assert message.value is not None, key
    # Counts and years are plain numbers: no "2,025"; plural selection still sees a number.
    values = {k: fluent_number(v, useGrouping=False) if isinstance(v, int) and not isinstance(v, bool) else v
              for k, v in args.items()}  # fmt: skip
    text, errors = b.format_pattern(message.value, values)
    if errors:
        log.error("message %s in %s: %s", key, lang, errors)
    return str(text)
