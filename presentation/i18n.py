"""Every text a person reads, from one Fluent catalogue per language (answers/locales/<lang>.ftl).

Fluent rather than gettext: messages are looked up by key with named arguments, plurals are written in
the catalogue (`{ $days -> [one] … *[other] … }`) instead of in code, and the .ftl files are read as
they are at start-up, so there is nothing to compile and nothing binary in the repository.
Parsing a catalogue takes 25–40 ms of every command's start (a cold `rectibot ask`), so the parsed form is
kept in the user's cache directory under the hash of the .ftl it came from (`parsed`): loading it takes
~1 ms, and an edited .ftl has another hash, so it is parsed again.
Pure: no Telegram import; the lowest layer that renders text.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser, ast

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


def cache_dir() -> Path:
    """Where parsed catalogues are kept: $XDG_CACHE_HOME/rectibot, by default ~/.cache/rectibot."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rectibot"


def parsed(text: str) -> ast.Resource:
    """A catalogue's text parsed, from the cache when this very text was parsed before (else parsed and kept)."""
    # the key covers the text and the Python that pickled it; fluent.syntax's own changes fail to load below
    digest = hashlib.sha256(f"{sys.version_info[:2]}\n{text}".encode()).hexdigest()[:24]
    path = cache_dir() / f"catalogue-{digest}.pickle"
    try:
        # only a file of this user that nobody else may write: unpickling runs whatever the file says
        info = path.stat()
        if info.st_uid == os.getuid() and not info.st_mode & 0o022:
            loaded = pickle.loads(path.read_bytes())
            if isinstance(loaded, ast.Resource):
                return loaded
    except Exception:  # no cache, another user's, or unreadable: parse, as without one
        pass
    # without source spans (nothing reports positions in the catalogue): smaller, and quicker to parse
    resource = FluentParser(with_spans=False).parse(text)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        part = path.with_suffix(f".{os.getpid()}.part")  # written whole, then renamed: never read half-written
        part.write_bytes(pickle.dumps(resource, protocol=pickle.HIGHEST_PROTOCOL))
        part.chmod(0o600)
        part.replace(path)
    except OSError:  # a read-only home: every start parses, as before
        pass
    return resource


@cache
def bundle(lang: str) -> FluentBundle:
    # use_isolating=False: bidi marks around arguments would show up as stray characters in Telegram
    found = FluentBundle([lang if lang in LANGUAGES else DEFAULT], use_isolating=False)
    found.add_resource(parsed(catalogue_text(lang if lang in LANGUAGES else DEFAULT)))
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
