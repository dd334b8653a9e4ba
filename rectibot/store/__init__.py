"""The store: SQLite schema, ingest and queries (the only code that runs SQL), and answering questions."""

from .store import Agency, Change, Counts, IngestResult, ItemRow, Store, content_hash, open_database

__all__ = ["Agency", "Change", "Counts", "IngestResult", "ItemRow", "Store", "content_hash", "open_database"]
