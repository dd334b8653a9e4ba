"""`Store(db)`: notices, their items and agencies in SQLite — the ingest and query sides in one object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ingest import Ingesting
from .queries import Querying

if TYPE_CHECKING:  # imported when first used: buttons need pydantic, 0.1–0.2 s that `rectibot ask` never needs
    from .buttons import Buttons
    from .conversations import Conversations


class Store(Ingesting, Querying):
    """Notices, their items and agencies in SQLite. It receives its database (`open_database` or in-memory)."""

    @property
    def conversations(self) -> Conversations:
        """Each chat's conversation context (follow-ups)."""
        from .conversations import Conversations

        return Conversations(self.db)

    @property
    def buttons(self) -> Buttons:
        """What inline buttons need when pressed."""
        from .buttons import Buttons

        return Buttons(self.db)
