"""An error of the tree (errors/), worded in the reader's language from its code and arguments: for the
chat (`error-<code>`, HTML-escaped, ❌ first) or the console (`cli-error-<code>` where the console has
words of its own — a command to type, a library's detail —, else the chat's words; plain text).
Pure: no Telegram import."""

from __future__ import annotations

from errors import RectibotError

from .i18n import keys, t
from .markup import esc

GENERIC = "error-unreadable"  # an error without a message of its own still gets a line in the language


def error_text(err: RectibotError, lang: str, *, mark: bool = True) -> str:
    """The chat's one line for an error (HTML-escaped), ❌ first unless not `mark`ed."""
    key = f"error-{err.code}"
    args = {k: esc(v) if isinstance(v, str) else v for k, v in err.params.items()}
    said = t(lang, key if key in keys(lang) else GENERIC, **args)
    return f"❌ {said}" if mark else said


def error_line(err: RectibotError, lang: str) -> str:
    """The console's line for an error: plain text, no ❌."""
    known = keys(lang)
    key = next((k for k in (f"cli-error-{err.code}", f"error-{err.code}") if k in known), GENERIC)
    return t(lang, key, **err.params)
