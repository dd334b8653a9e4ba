"""The status groups questions, reminders and the ledger count items in (with the notice model)."""

from __future__ import annotations

from .model import OPEN_STATUSES, STATUSES

OPEN: tuple[str, ...] = tuple(s for s in STATUSES if s in OPEN_STATUSES)  # not marked done: "still open"
DONE: tuple[str, ...] = tuple(s for s in STATUSES if s not in OPEN_STATUSES)

__all__ = ["DONE", "OPEN", "STATUSES"]
