"""The only code that talks to SQLite: schema and migrations, ingest, queries, subscriptions and schedules as data.

Imports `notices` only.
"""

from .db import open_database
from .ingest import content_hash
from .models import Agency, Change, Counts, IngestResult, ItemRow, Removed
from .store import Store

__all__ = ["Agency", "Change", "Counts", "IngestResult", "ItemRow", "Removed", "Store", "content_hash", "open_database"]
