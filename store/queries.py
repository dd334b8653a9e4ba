"""Queries: items, counts, full-text search, notices and changes (no answer loads all rows)."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from notices import STATUSES, NoticeWarning

from .agencies import AgencyCache
from .fulltext import match_query
from .models import Counts, ItemRow

# Items are chosen (and limited) from the items table alone, then joined for the rows returned.
_ITEM_ROWS = """
SELECT i.id, a.name AS agency, n.id AS notice_id, n.title AS notice_title, n.notice_date, n.url AS notice_url,
       i.seq, i.label, i.title, i.status, i.pending, i.pending_evidence, i.measures, i.deadline,
       i.aspect, i.grp, i.section
FROM ({inner}) i JOIN notices n ON n.id = i.notice_id JOIN agencies a ON a.id = i.agency_id
ORDER BY {order}
"""
_ITEMS = "items i JOIN notices n ON n.id = i.notice_id"  # whether an item is current is its notice's
WIDE_SCOPE = 200  # agencies from which a page of overdue items is found in the store-wide deadline index
SEARCH_CAP = 2000  # matches looked at per full-text index, newest first (store-wide searches)
SCAN_LIMIT = 6_000  # items of the named agencies read in full for an exact search
HEADINGS_SCAN = 1_000  # agencies with at most this many items have every item weighed for a topic
RELEVANT_CANDIDATES = 120  # best BM25 matches weighed word by word for a topic no synonym covers
RELEVANT_SEEDS = 4  # the question's rarest words whose trigrams find the candidates (common ones match too much)
_OPEN_OR_PENDING = "(i.status IN ('in_progress', 'unstated') OR i.pending = 1)"  # schema.OPEN_OR_PENDING: items_due


def _in(ids: Sequence[object]) -> str:
    return ",".join("?" * len(ids))


# The notice dates a time bound may be about (2023年以后反馈的, 2024年被巡察的): a column each, never typed text.
_EVENT_DATES = {"feedback": "n.feedback_date", "inspection": "n.inspection_start"}


class Querying(AgencyCache):
    """The read side of `Store`."""

    def _rows(
        self, where: str, params: list[Any], limit: int, order: str = "i.agency_id, i.id", offset: int = 0
    ) -> list[ItemRow]:
        # The page's ids from the indexes first, then only those rows: a store-wide list never reads every
        # matching row to keep 50.
        ids = f"SELECT i.id FROM items i WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        inner = f"SELECT i.* FROM items i WHERE i.id IN ({ids})"
        sql = _ITEM_ROWS.format(inner=inner, order=order)
        return [ItemRow.from_row(r) for r in self.db.query(sql, [*params, limit, offset])]

    def _scope(self, agency_ids: Sequence[int], statuses: Iterable[str] | None = None, pending: bool | None = None,
               current: bool = True, wide: bool = False) -> tuple[str, list[Any]]:  # fmt: skip
        """WHERE over items of the agencies' current notices (all agencies if none are named); `wide`: the
        query may walk a store-wide index of current items instead of reading the agencies' items."""
        where, params = ("i.is_current = 1" if current else "1"), list[Any]()
        if agency_ids and current and not wide:
            # + keeps SQLite from choosing the store-wide items_state index for is_current: the agencies'
            # items (items_agency) are far fewer than every current item
            where = "+i.is_current = 1"
        if agency_ids:
            where += f" AND i.agency_id IN ({_in(agency_ids)})"
            params += list(agency_ids)
        if statuses is not None:
            status_list = list(statuses)
            where += f" AND i.status IN ({_in(status_list)})"
            params += status_list
        if pending is not None:
            where += " AND i.pending = ?"
            params.append(int(pending))
        return where, params

    def items(
        self,
        agency_ids: Sequence[int],
        *,
        statuses: Iterable[str] | None = None,
        pending: bool | None = None,
        label: str | None = None,
        seq: int | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ItemRow]:
        """Items of the agencies' current notices, in notice order (a label as printed, or the Nth item)."""
        where, params = self._scope(agency_ids, statuses, pending)
        if label is not None:
            where += " AND (i.label = ? OR i.label = ?)"
            params += [label, label.removeprefix("问题")]
        if seq is not None:
            where += " AND i.seq = ?"
            params.append(seq)
        return self._rows(where, params, limit, offset=offset)

    def last_items(self, agency_ids: Sequence[int]) -> list[ItemRow]:
        """Each agency's last item in its current notice (最后一个问题)."""
        where, params = self._scope(agency_ids)
        last = f"SELECT i.agency_id, MAX(i.seq) FROM items i WHERE {where} GROUP BY i.agency_id"
        return self._rows(f"(i.agency_id, i.seq) IN ({last}) AND {where}", [*params, *params], 20)

    def overdue(self, agency_ids: Sequence[int], today: str, limit: int = 50, offset: int = 0) -> list[ItemRow]:
        """Items not done (or done with pending work) whose stated deadline is before `today` (ISO date)."""
        # A province's hundreds of agencies: its first page is found sooner walking every current overdue item
        # in deadline order (items_due) than by reading and sorting all its agencies' items (2.5 against
        # 18–80 ms for 880 agencies at 100,000 notices); a few agencies' items are read directly.
        where, params = self._scope(agency_ids, wide=len(agency_ids) >= WIDE_SCOPE)
        where += f" AND i.deadline IS NOT NULL AND i.deadline < ? AND {_OPEN_OR_PENDING}"
        return self._rows(where, [*params, today], limit, order="i.deadline, i.id", offset=offset)

    def count_overdue(self, agency_ids: Sequence[int], today: str) -> int:
        where, params = self._scope(agency_ids)
        where += f" AND i.deadline IS NOT NULL AND i.deadline < ? AND {_OPEN_OR_PENDING}"
        return int(self.db.execute(f"SELECT COUNT(*) FROM items i WHERE {where}", [*params, today]).fetchone()[0])

    def count_items(
        self, agency_ids: Sequence[int], statuses: Iterable[str] | None = None, pending: bool | None = None
    ) -> int:
        where, params = self._scope(agency_ids, statuses, pending)
        return int(self.db.execute(f"SELECT COUNT(*) FROM items i WHERE {where}", params).fetchone()[0])

    def _current_where(self, agency_ids: Sequence[int]) -> tuple[str, list[Any]]:
        """WHERE over the agencies' current notices."""
        if not agency_ids:
            return "n.is_current = 1", []
        return f"n.is_current = 1 AND n.agency_id IN ({_in(agency_ids)})", list(agency_ids)

    def search(self, terms: Sequence[str], agency_ids: Sequence[int] = (), limit: int = 50) -> list[ItemRow]:
        """Items whose title or measures contain any of the terms (Chinese words of two characters or more)."""
        match = self._match(terms, agency_ids)
        if match is None:
            return []
        where, params = self._scope(agency_ids)
        return self._rows(f"{match[0]} AND {where}", [*match[1], *params], limit)

    def topic(
        self, terms: Sequence[str], agency_ids: Sequence[int] = (), limit: int = 50, offset: int = 0
    ) -> tuple[list[ItemRow], list[tuple[str, int]], bool]:
        """Which agencies mention the terms: (the first items, [(agency, items)] most first, capped).

        `capped` says only the newest SEARCH_CAP matches were looked at: the counts are lower bounds.
        One pass over the matches serves both the list and the counts.
        """
        match = self._match(terms, agency_ids)
        if match is None:
            return [], [], False
        where, params = self._scope(agency_ids, current=False)
        sql = f"SELECT i.id, i.agency_id, n.is_current FROM {_ITEMS} WHERE {match[0]} AND {where}"
        rows = self.db.execute(sql, [*match[1], *params]).fetchall()
        current = sorted((agency, item) for item, agency, is_current in rows if is_current)
        # counted by id, named once per agency counted (not a name map of every agency built per question)
        names = self.derived("names_by_id", lambda agencies: {a.id: a.name for a in agencies})
        per_agency: Counter[str] = Counter()
        for agency, n in Counter(agency for agency, _ in current).items():
            per_agency[names[agency]] += n
        shown = [item for _, item in current[offset : offset + limit]]
        items = self._rows(f"i.id IN ({_in(shown)})", shown, limit) if shown else []
        capped = match[2] and (len(rows) >= SEARCH_CAP or bool(agency_ids))
        return items, sorted(per_agency.items(), key=lambda pair: (-pair[1], pair[0])), capped

    def _match(self, terms: Sequence[str], agency_ids: Sequence[int]) -> tuple[str, list[Any], bool] | None:
        """A condition on items for the terms, its parameters, and whether it may be capped.

        Within the named agencies (up to SCAN_LIMIT items) every item's text is read: exact. Over
        everything, the full-text indexes give the newest SEARCH_CAP matches each: common words match
        tens of thousands of items, and a chat answer needs the recent ones and honest counts.
        """
        terms = [t for t in terms if len(t) >= 2]
        if not terms:
            return None
        if agency_ids and self.count_items(agency_ids) <= SCAN_LIMIT:
            clause = " OR ".join("instr(i.title, ?) > 0 OR instr(i.measures, ?) > 0" for _ in terms)
            return f"({clause})", [t for t in terms for _ in (0, 1)], False
        query = match_query(terms)
        if query is None:  # no term has two letters or digits in a row: nothing the index can find
            return None
        cap = SEARCH_CAP * 3 if agency_ids else SEARCH_CAP  # a region keeps a share of a larger window
        # The index gives the items holding every bigram of a term; the item's text says whether the term
        # itself is there (in that order, unbroken). Newest first, and only the first `cap` confirmed.
        if all(len(t) == 2 and t.isalnum() for t in terms):  # one bigram each: the index's match is exact
            union = f"SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT {cap}"
            return f"i.id IN ({union})", [query], True
        # SQLite's lower() changes only A–Z: a term without ASCII letters is found in the text as it is, without
        # lowering every candidate's title and measures (a quarter of the search's time)
        exact = " OR ".join(
            "instr(x.title, ?) > 0 OR instr(x.measures, ?) > 0"
            if not any("a" <= c <= "z" for c in t.lower())
            else "instr(lower(x.title), ?) > 0 OR instr(lower(x.measures), ?) > 0"
            for t in terms
        )
        union = (
            "SELECT f.rowid FROM items_fts f JOIN items x ON x.id = f.rowid"
            f" WHERE items_fts MATCH ? AND ({exact}) ORDER BY f.rowid DESC LIMIT {cap}"
        )
        params = [query, *(t.lower() for t in terms for _ in (0, 1))]
        return f"i.id IN ({union})", params, True

    def known_words(self, chunks: Sequence[str]) -> dict[str, int]:
        """The two-character words of `chunks` that occur in stored titles or measures, with how many items
        hold them (each is one bigram of the index: items_vocab counts the items holding it)."""
        words: dict[str, int] = {}
        for chunk in chunks:
            for k in range(len(chunk) - 1):
                word = chunk[k : k + 2]
                if word in words or not _all_cjk(word):
                    continue
                row = self.db.execute("SELECT doc FROM items_vocab WHERE term = ?", [word]).fetchone()
                if row and row[0]:
                    words[word] = int(row[0])
        return words

    def relevant(
        self, words: dict[str, int], agency_ids: Sequence[int] = (), limit: int = RELEVANT_CANDIDATES
    ) -> list[tuple[float, ItemRow]]:
        """Items of current notices ranked by how much of the words' weight (rarer words weigh more; a
        title counts most, then the group heading, then the measures) they hold: (share, item), best first.

        Within agencies of up to HEADINGS_SCAN items every item is weighed (a group heading such as
        财经纪律执行不严 names what its items are about); otherwise the candidates are the items holding the
        rarest words, among the newest SEARCH_CAP matches, ranked by the words' weights in their titles
        (twice) and measures — the index keeps no positions, so FTS5's bm25() cannot rank them.
        """
        if not words:
            return []
        total = max(1, self.db.execute("SELECT COUNT(*) FROM items").fetchone()[0])
        weight = {w: math.log(1 + total / max(1, doc)) for w, doc in words.items()}
        rarest = sorted(words, key=lambda w: words[w])[:RELEVANT_SEEDS]  # candidates come from the rarest words
        query = " OR ".join(_fts_quote(w.lower()) for w in rarest)  # each word is one bigram token
        where, params = self._scope(agency_ids)
        if agency_ids and self.count_items(agency_ids) <= HEADINGS_SCAN:
            rows = self._rows(where, params, HEADINGS_SCAN)
        elif agency_ids and self.count_items(agency_ids) <= SCAN_LIMIT:  # the named agencies: every match weighed
            matched = "SELECT rowid FROM items_fts WHERE items_fts MATCH ?"
            rows = self._rows(f"i.id IN ({matched}) AND {where}", [query, *params], SCAN_LIMIT)
        else:
            # The newest SEARCH_CAP matches (current notices are the newest), ranked by the rare words' weights.
            newest = f"SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT {SEARCH_CAP}"
            score = " + ".join("? * (2 * (instr(x.title, ?) > 0) + (instr(x.measures, ?) > 0))" for _ in rarest)
            ranked = f"SELECT x.id FROM items x WHERE x.id IN ({newest}) ORDER BY {score} DESC, x.id DESC LIMIT ?"
            scoring = [v for w in rarest for v in (weight[w], w, w)]
            rows = self._rows(f"i.id IN ({ranked}) AND {where}", [query, *scoring, limit * 4, *params], limit)
        full = sum(weight.values())
        scored = [(sum(weight[w] * _held(w, r) for w in words) / full, r) for r in rows]
        return sorted(scored, key=lambda pair: (-pair[0], pair[1].agency, pair[1].seq))

    def counts(self, agency_ids: Sequence[int]) -> Counts:
        """Notices, items per status and pending items of the agencies' current notices."""
        where, params = self._current_where(agency_ids)
        row = self.db.execute(
            "SELECT COUNT(*), SUM(n.n_done), SUM(n.n_done_longterm), SUM(n.n_in_progress), SUM(n.n_unstated),"
            f" SUM(n.n_pending) FROM notices n WHERE {where}",
            params,
        ).fetchone()
        by_status: dict[str, int] = {s: int(v or 0) for s, v in zip(STATUSES, row[1:5], strict=True) if v}
        return Counts(notices=int(row[0]), items=sum(by_status.values()), by_status=by_status, pending=int(row[5] or 0))

    def notices(
        self,
        agency_ids: Sequence[int],
        current_only: bool = True,
        limit: int = 20,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Notices of the agencies (dated `since` or later, if given), newest first, with their claims and
        warnings decoded. A notice's date is the one it prints, else its feedback date, else when it was stored."""
        where, params = (
            self._current_where(agency_ids)
            if current_only
            else (f"n.agency_id IN ({_in(agency_ids)})" if agency_ids else "1", list(agency_ids))
        )
        if since is not None:
            where, params = f"{where} AND n.sort_date >= ?", [*params, since]
        if until is not None:  # dated before this day
            where, params = f"{where} AND n.sort_date < ?", [*params, until]
        sql = (
            "SELECT n.*, a.name AS agency FROM notices n JOIN agencies a ON a.id = n.agency_id"
            f" WHERE {where} ORDER BY n.sort_date DESC, n.id DESC LIMIT ?"
        )
        rows = list(self.db.query(sql, [*params, limit]))
        for row in rows:
            row["claimed"] = json.loads(row["claimed"])
            row["warnings"] = [NoticeWarning.from_stored(w) for w in json.loads(row["warnings"])]
        return rows

    def latest(
        self,
        limit: int = 10,
        since: str | None = None,
        until: str | None = None,
        *,
        dated_by: str | None = None,
        oldest: bool = False,
    ) -> list[dict[str, Any]]:
        """The most recently ingested notices (of those dated `since` or later and before `until`, if given).

        `dated_by` bounds another of the notice's dates instead of its own (feedback: the inspectors' feedback,
        inspection: the inspection's start); `oldest` lists the earliest dated first (最早的那份)."""
        column = _EVENT_DATES.get(dated_by or "", "n.sort_date")
        where, params = (f"{column} >= ?", [since]) if since is not None else ("1", [])
        if until is not None:
            where, params = f"{where} AND {column} < ?", [*params, until]
        order = "n.sort_date ASC, n.id" if oldest else "n.ingested_at DESC, n.id DESC"
        sql = (
            "SELECT n.id, n.title, n.notice_date, n.ingested_at, n.item_count, a.name AS agency,"
            " n.feedback_date, n.inspection_start, n.sort_date"
            f" FROM notices n JOIN agencies a ON a.id = n.agency_id WHERE {where}"
            f" ORDER BY {order} LIMIT ?"
        )
        return list(self.db.query(sql, [*params, limit]))

    def changes(self, agency_ids: Sequence[int], limit: int = 50) -> list[dict[str, Any]]:
        """Per-item differences recorded between each agency's notices, newest first."""
        where = f"c.agency_id IN ({_in(agency_ids)})" if agency_ids else "1"
        sql = (
            "SELECT c.*, a.name AS agency, n.sort_date AS notice_date, p.sort_date AS previous_date FROM changes c"
            " JOIN agencies a ON a.id = c.agency_id JOIN notices n ON n.id = c.notice_id"
            f" JOIN notices p ON p.id = c.previous_id WHERE {where} ORDER BY c.notice_id DESC, c.id LIMIT ?"
        )
        return list(self.db.query(sql, [*agency_ids, limit]))

    def agency_ids_for(self, targets: Iterable[tuple[str, str]]) -> list[int]:
        """Agencies covered by subscriptions: (name, "agency") or (place, "place"), agencies added later included."""
        ids: list[int] = []
        for target, kind in targets:
            ids += [a.id for a in self.agencies() if (a.name == target if kind == "agency" else target in a.places)]
        return list(dict.fromkeys(ids))

    def open_keys(self, agency_ids: Sequence[int], limit: int = 5000) -> list[str]:
        """ "agency｜label｜title" of every open item and every done item with pending work (for reminders)."""
        where, params = self._scope(agency_ids)
        sql = (
            f"SELECT a.name || '｜' || i.label || '｜' || i.title FROM items i JOIN agencies a ON a.id = i.agency_id"
            f" WHERE {where} AND {_OPEN_OR_PENDING} ORDER BY i.agency_id, i.id LIMIT ?"
        )
        return [r[0] for r in self.db.execute(sql, [*params, limit])]

    def deadline_items(self, agency_ids: Sequence[int], before: str, limit: int = 20) -> list[ItemRow]:
        """Open items (or done with pending work) whose stated deadline is on or before `before`."""
        where, params = self._scope(agency_ids)
        where += f" AND i.deadline IS NOT NULL AND i.deadline <= ? AND {_OPEN_OR_PENDING}"
        return self._rows(where, [*params, before], limit, order="i.deadline, i.id")

    def stats(self) -> dict[str, int]:
        one = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "agencies": one("SELECT COUNT(*) FROM agencies"),
            "notices": one("SELECT COUNT(*) FROM notices"),
            "current_notices": one("SELECT COUNT(*) FROM notices WHERE is_current = 1"),
            "items": one("SELECT COUNT(*) FROM items"),
        }

    def export_rows(self, agency_ids: Sequence[int] = ()) -> Iterator[dict[str, Any]]:
        """The ledger, one row per item of the current notices (streamed)."""
        where, params = self._scope(agency_ids)
        sql = (
            "SELECT a.name AS agency, n.title AS notice, n.notice_date, n.source_name, n.url,"
            " i.label, i.title, i.measures, i.status, i.pending, i.pending_evidence, i.deadline"
            " FROM items i JOIN notices n ON n.id = i.notice_id"
            f" JOIN agencies a ON a.id = i.agency_id WHERE {where} ORDER BY a.name, n.id, i.seq"
        )
        yield from self.db.query(sql, params)


def _held(word: str, item: ItemRow) -> float:
    """How strongly an item holds a word: in its title 1, its group or aspect heading 0.6, its measures 0.4."""
    if word in item.title:
        return 1.0
    if word in (item.group or "") or word in (item.aspect or ""):
        return 0.6
    return 0.4 if word in (item.measures or "") else 0.0


def _all_cjk(word: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def _fts_quote(term: str) -> str:
    """An FTS5 phrase for a user's word: quoted, inner quotes doubled, so no operator gets through."""
    return '"' + term.replace('"', '""') + '"'
