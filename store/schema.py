"""The SQLite schema and its migrations. The version lives in PRAGMA user_version.

To change the schema, append a function to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from .fulltext import indexed
from .identity import notice_identity
from .transaction import immediate


def _v1(db: Database) -> None:
    db.execute(
        """CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,      -- canonical: 朔州市科学技术局党组
            region TEXT, prefecture TEXT, province TEXT, level TEXT, adcode TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',  -- JSON list of other names it is known by
            pinyin TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            content_hash TEXT NOT NULL UNIQUE,
            source_name TEXT, title TEXT, issuer TEXT, inspection_team TEXT,
            inspection_start TEXT, inspection_end TEXT, feedback_date TEXT,
            published TEXT, signed TEXT,
            notice_date TEXT,               -- signed, else published: the date a reader cites
            sort_date TEXT NOT NULL,        -- notice_date, else feedback date, else ingest day: orders notices
            inspection_key TEXT NOT NULL,
            claimed TEXT NOT NULL DEFAULT '{}', item_count INTEGER, group_count INTEGER, aspect_count INTEGER,
            n_done INTEGER NOT NULL DEFAULT 0, n_done_longterm INTEGER NOT NULL DEFAULT 0,
            n_in_progress INTEGER NOT NULL DEFAULT 0, n_unstated INTEGER NOT NULL DEFAULT 0,
            n_pending INTEGER NOT NULL DEFAULT 0,  -- per-status counts: summaries without scanning items
            warnings TEXT NOT NULL DEFAULT '[]',
            ingested_at TEXT NOT NULL,
            is_current INTEGER NOT NULL DEFAULT 1,
            previous_id INTEGER REFERENCES notices(id)
        )"""
    )
    db.execute("CREATE INDEX notices_agency ON notices(agency_id, is_current)")
    db.execute("CREATE INDEX notices_ingested ON notices(ingested_at)")
    db.execute(
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),  -- copied from the notice (never changes):
                                                                -- queries by agency read one index
            seq INTEGER NOT NULL, label TEXT NOT NULL, title TEXT NOT NULL,
            aspect TEXT, grp TEXT, section TEXT,
            status TEXT NOT NULL, status_source TEXT NOT NULL,
            pending INTEGER NOT NULL, pending_evidence TEXT NOT NULL DEFAULT '[]',
            measures TEXT NOT NULL DEFAULT '', deadline TEXT, deadline_text TEXT
        )"""
    )
    db.execute("CREATE INDEX items_notice ON items(notice_id, status)")
    db.execute("CREATE INDEX items_scope ON items(agency_id, status, notice_id)")
    db.execute(
        """CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            notice_id INTEGER NOT NULL REFERENCES notices(id),
            previous_id INTEGER NOT NULL REFERENCES notices(id),
            kind TEXT NOT NULL,  -- status | new | dropped
            label TEXT, title TEXT NOT NULL, old_status TEXT, new_status TEXT
        )"""
    )
    db.execute("CREATE INDEX changes_agency ON changes(agency_id, notice_id)")
    # Trigram index: substrings of three characters or more in titles and measures.
    db.execute(
        "CREATE VIRTUAL TABLE items_fts USING fts5(title, measures, content='items', content_rowid='id',"
        " tokenize='trigram')"
    )
    # Trigrams cannot find two-character words (差旅, 档案). Two paths cover them: the index's own
    # vocabulary (every indexed trigram that starts with the word: titles and measures), and title
    # bigrams for a word that ends a title.
    db.execute("CREATE VIRTUAL TABLE items_vocab USING fts5vocab(items_fts, 'row')")
    db.execute("CREATE VIRTUAL TABLE items_bigrams USING fts5(grams, content='', tokenize='unicode61')")
    # Merge index segments less eagerly while ingesting (FTS5's maximum): ~40% faster ingest, same queries.
    for table in ("items_fts", "items_bigrams"):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 16)")


def _v2(db: Database) -> None:
    """Chats (reminder schedule, pause state, what the last reminder showed) and their subscriptions."""
    db.execute(
        """CREATE TABLE chats (
            chat_id INTEGER PRIMARY KEY,
            lang TEXT NOT NULL DEFAULT 'zh',
            timezone TEXT NOT NULL,
            frequency TEXT NOT NULL DEFAULT 'daily',  -- daily | weekly | off
            weekday INTEGER NOT NULL DEFAULT 0,       -- 0 = Monday (weekly)
            time TEXT NOT NULL,                       -- HH:MM, the chat's local time
            quiet_hours TEXT NOT NULL DEFAULT '',     -- HH:MM-HH:MM local, or ''
            paused INTEGER NOT NULL DEFAULT 0,        -- the bot was blocked or removed
            created_at TEXT NOT NULL,                 -- UTC ISO
            last_sent_at TEXT,                        -- UTC ISO of the last reminder due that was handled
            last_open TEXT NOT NULL DEFAULT '[]'      -- item keys open at that reminder (for "what changed")
        )"""
    )
    db.execute(
        """CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL REFERENCES chats(chat_id),
            target TEXT NOT NULL,   -- an agency's name, or a place covering every agency in it
            kind TEXT NOT NULL,     -- agency | place
            created_at TEXT NOT NULL,
            UNIQUE (chat_id, target)
        )"""
    )


def _v3_integrity(db: Database) -> None:
    """A notice's identity across file formats, and a copy of every notice taken out of the ledger."""
    db.execute("ALTER TABLE notices ADD COLUMN notice_key TEXT")  # store/identity.py: agency, inspection, items
    sql = "SELECT n.id, a.name, n.inspection_key, n.notice_date FROM notices n JOIN agencies a ON a.id = n.agency_id"
    for notice_id, agency, inspection, date in db.execute(sql).fetchall():
        items = db.execute("SELECT label, title, status FROM items WHERE notice_id = ? ORDER BY seq", [notice_id])
        key = notice_identity(agency, inspection, date, items.fetchall())
        db.execute("UPDATE notices SET notice_key = ? WHERE id = ?", [key, notice_id])
    db.execute("CREATE INDEX notices_key ON notices(notice_key)")
    db.execute(
        """CREATE TABLE removed_notices (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER NOT NULL,     -- its id while it was stored
            agency TEXT NOT NULL, notice_date TEXT, title TEXT, source_name TEXT, item_count INTEGER,
            removed_at TEXT NOT NULL,
            reason TEXT NOT NULL,           -- undo | remove
            snapshot TEXT NOT NULL          -- JSON: the notice's row and its items' rows, as they were
        )"""
    )


def _v4_conversations(db: Database) -> None:
    """Per chat, what the last question established (agency, item, topic, page) for follow-ups."""
    db.execute(
        """CREATE TABLE conversations (
            chat_id INTEGER PRIMARY KEY,
            context TEXT NOT NULL,      -- JSON: intent, agency ids, item reference, topic, status, page
            updated_at TEXT NOT NULL    -- ISO with offset; quiet longer than [chat] context_minutes = stale
        )"""
    )


def _v5_sources(db: Database) -> None:
    """Where a notice was read from on the web (the link shared or watched), so answers can cite it."""
    db.execute("ALTER TABLE notices ADD COLUMN url TEXT")


def _v6_watches(db: Database) -> None:
    """Watched listing pages, the links seen on each, and messages owed to chats (sent once)."""
    db.execute(
        """CREATE TABLE watches (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,         -- the listing page (a site's 巡察整改 column)
            chat_id INTEGER NOT NULL,         -- the chat it was added in
            added_by INTEGER,                 -- the admin told when it keeps failing
            created_at TEXT NOT NULL,
            next_check_at TEXT NOT NULL,      -- UTC ISO: when it is due
            last_checked_at TEXT,             -- UTC ISO of the last successful check (NULL: never)
            failures INTEGER NOT NULL DEFAULT 0,  -- consecutive failed checks
            last_error TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE watch_links (
            watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            notice_id INTEGER REFERENCES notices(id),  -- what it became; NULL: not a notice
            PRIMARY KEY (watch_id, url)
        )"""
    )
    db.execute(
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            key TEXT NOT NULL UNIQUE,         -- what it is about: one message per chat and event, ever
            text TEXT NOT NULL,               -- Telegram HTML
            created_at TEXT NOT NULL,
            sent_at TEXT
        )"""
    )


def _v7_chat_language(db: Database) -> None:
    """Whether a chat chose its language with /lang (kept) or it follows the language_code of whoever
    last set it up (updated as people talk to the bot)."""
    db.execute("ALTER TABLE chats ADD COLUMN lang_chosen INTEGER NOT NULL DEFAULT 0")


def _v8_buttons(db: Database) -> None:
    """What inline buttons need when pressed (store/buttons.py), so that they survive a restart."""
    db.execute(
        """CREATE TABLE buttons (
            key TEXT PRIMARY KEY,             -- random, carried in the callback data
            kind TEXT NOT NULL,               -- pages | question | pasted | held
            chat_id INTEGER NOT NULL,
            shown_to INTEGER,                 -- the only user it answers; NULL: anyone in the chat
            value TEXT NOT NULL,              -- JSON
            expires_at TEXT NOT NULL          -- UTC ISO time; rows past it are deleted as new ones come
        )"""
    )
    db.execute("CREATE INDEX buttons_expiry ON buttons(expires_at)")


# Open, or done with work left: queries on items_due repeat these terms (with their alias) so SQLite uses it.
OPEN_OR_PENDING = "(status IN ('in_progress', 'unstated') OR pending = 1)"
FTS_SCHEMA = (
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, measures, content='', detail=none,"
    " tokenize='unicode61 remove_diacritics 0')"
)


def _v9_scale(db: Database) -> None:
    """A store of 10⁵ notices: store-wide questions read indexes, and the full-text index costs a fraction
    of the data it indexes.

    Items carry their notice's is_current (kept by the ingest), so overdue, due-soon and status questions
    are index ranges instead of scans of every item joined to its notice. The trigram index (positions of
    every three characters) and the title bigrams become one contentless index of distinct bigrams
    (store/fulltext.py). The store generation counts changes to the agencies: name indexes built from them
    are kept with it (store/agencies.py).
    """
    db.execute("ALTER TABLE items ADD COLUMN is_current INTEGER NOT NULL DEFAULT 1")
    db.execute("UPDATE items SET is_current = (SELECT n.is_current FROM notices n WHERE n.id = items.notice_id)")
    db.execute("DROP INDEX items_scope")
    # is_current last: counts over a province's thousands of agencies stay inside the index, and a notice's
    # replacement moves its items' entries only within their agency's pages
    db.execute("CREATE INDEX items_agency ON items(agency_id, status, pending, is_current)")
    db.execute("CREATE INDEX items_state ON items(is_current, status, pending, agency_id)")
    # Only open items (or done with work left) that state a deadline: overdue and due soon, store-wide.
    db.execute(
        f"CREATE INDEX items_due ON items(is_current, deadline) WHERE deadline IS NOT NULL AND {OPEN_OR_PENDING}"
    )
    db.execute("CREATE INDEX changes_notice ON changes(notice_id)")
    db.execute("CREATE INDEX notices_current ON notices(is_current, agency_id)")
    for table in ("items_vocab", "items_fts", "items_bigrams"):
        db.execute(f"DROP TABLE {table}")
    db.execute(FTS_SCHEMA)
    tune_fulltext(db)
    _index_every_item(db)
    db.execute("CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO store_meta VALUES ('agency_generation', '1')")  # + 1 whenever agencies change
    db.execute(
        """CREATE TABLE derived (
            key TEXT PRIMARY KEY,           -- what it is (the name directory)
            generation INTEGER NOT NULL,    -- the agency generation it was built from
            value TEXT NOT NULL             -- JSON
        )"""
    )


def tune_fulltext(db: Database) -> None:
    """Merge the index's segments in small steps: no commit stalls behind one large merge.

    automerge 4 merges four segments of a level at a time, in bits of work spread over the inserts;
    crisismerge 16 caps how many pile up before a commit must merge them all at once (FTS5's defaults
    4 and 16; the previous schema's automerge 16 let 16·N segments build up into merges of seconds).
    """
    db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 4)")
    db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('crisismerge', 16)")


def _v10_reminder_chart(db: Database) -> None:
    """Whether a chat's reminders carry a picture of its subscriptions (/remind … 图表 / with chart)."""
    db.execute("ALTER TABLE chats ADD COLUMN chart INTEGER NOT NULL DEFAULT 0")


def _v11_vocabulary(db: Database) -> None:
    """The bigram index's vocabulary: how many items hold each bigram (a two-character word is one), so a
    question's leftover words are weighed by rarity and kept as a topic only if the notices use them.
    A view over the index (fts5vocab): it costs no storage."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS items_vocab USING fts5vocab(items_fts, 'row')")


# The bigram index as _v12 builds it (FTS_SCHEMA above is _v9's, kept as it shipped).
FULLTEXT_SCHEMA = (
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, measures, content='', detail=none, columnsize=0,"
    " tokenize='ascii')"
)


def _v12_fulltext_rows(db: Database) -> None:
    """Cheaper full-text rows: the same bigrams, tokenized by `ascii` and without per-row column sizes.

    The index is given distinct bigrams already lower-cased and split by spaces (store/fulltext.py), so
    unicode61's case folding and character classes find nothing to do, and cost a fifth of an insert;
    `ascii` splits at the same spaces and keeps every other character, so each bigram is still one token,
    the same for the questions. The column sizes (a row of items_fts_docsize per item) serve only bm25(),
    which scores 0 without positions. Together 0.15 ms of CPU a notice of 30 items, a quarter of the index's.
    """
    db.execute("DROP TABLE IF EXISTS items_vocab")  # a view of the index: made again over the new one
    db.execute("DROP TABLE items_fts")
    db.execute(FULLTEXT_SCHEMA)
    tune_fulltext(db)
    _index_every_item(db)
    db.execute("CREATE VIRTUAL TABLE items_vocab USING fts5vocab(items_fts, 'row')")


# FTS5 keeps an ingest's new index entries in memory and writes them out as a segment when this many bytes
# have built up or the transaction commits; segments are then merged, four at a time, into larger ones.
FULLTEXT_PENDING_BYTES = 8 * 1024 * 1024


def _v13_fulltext_segments(db: Database) -> None:
    """Larger full-text segments: a batch ingest's transaction (BATCH_S of notices, a few MB of entries)
    becomes one segment instead of several of FTS5's default 1 MB, so each entry is merged into larger
    segments fewer times."""
    db.execute(f"INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', {FULLTEXT_PENDING_BYTES})")


def _index_every_item(db: Database) -> None:
    """Fill a new, empty items_fts with every stored item's title and measures (the migrations that rebuild it)."""
    rows = db.execute("SELECT id, title, measures FROM items")
    db.conn.executemany(
        "INSERT INTO items_fts (rowid, title, measures) VALUES (?, ?, ?)",
        ((rid, indexed(title), indexed(measures)) for rid, title, measures in rows),
    )


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1, _v2, _v3_integrity, _v4_conversations, _v5_sources, _v6_watches, _v7_chat_language, _v8_buttons,
    _v9_scale,
    _v10_reminder_chart,
    _v11_vocabulary,
    _v12_fulltext_rows,
    _v13_fulltext_segments,
]  # fmt: skip


def migrate(db: Database) -> int:
    """Bring the database to the latest schema, once however many processes open it; return its version."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= len(MIGRATIONS):
        return len(MIGRATIONS)
    # The version is read again under the write lock: a process that waited finds the work done.
    with immediate(db):
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            step(db)
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)
