"""`Store(db)`: notices, their items and agencies in SQLite — the ingest and query sides in one object."""

from __future__ import annotations

from .buttons import Buttons
from .conversations import Conversations
from .ingest import Ingesting
from .queries import Querying


class Store(Ingesting, Querying):
    """Notices, their items and agencies in SQLite. It receives its database (`open_database` or in-memory)."""

    @property
    def conversations(self) -> Conversations:
        """Each chat's conversation context (follow-ups)."""
        return Conversations(self.db)

    @property
    def buttons(self) -> Buttons:
        """What inline buttons need when pressed."""
        return Buttons(self.db)
