"""The words of /watch (and `rectibot watch`): the listing of watched sites, a watch removed."""

from __future__ import annotations

from store.watches import Watch

from .i18n import t
from .markup import esc


def watch_list(rows: list[Watch], lang: str) -> str:
    """The /watch listing: each site with ✓ or its failures."""
    if not rows:
        return t(lang, "watch-none")
    lines = [t(lang, "watch-list-title")]
    for w in rows:
        state = f"⚠ {w.failures}× {esc(w.last_error or '')}" if w.failures else "✓"
        lines.append(f"{w.id}. {esc(w.url)} — {state}")
    return "\n".join(lines)


def removed_text(removed: Watch | None, which: str, lang: str) -> str:
    """The reply to /watch remove (HTML, as every chat message)."""
    if removed is None:
        return t(lang, "watch-no-such", which=esc(which))
    return t(lang, "watch-removed", url=esc(removed.url))
