"""A file or link that could not be read, worded in the reader's language from its code and arguments.
Pure: no Telegram import."""

from __future__ import annotations

from notices import NoticeError

from .i18n import keys, t
from .markup import esc


def error_text(err: NoticeError, lang: str) -> str:
    """The chat's one line for a reading or fetching error (HTML-escaped), ❌ first."""
    key = f"error-{err.code}"
    if key not in keys(lang):  # an error without a message of its own still gets a line in the language
        key = "error-unreadable"
    args = {k: esc(v) if isinstance(v, str) else v for k, v in err.params.items()}
    return f"❌ {t(lang, key, **args)}"
