"""What the full-text index holds: each text's distinct character bigrams, and queries built from the same.

Titles and measures are Chinese with no spaces; a reader's word (差旅费, 公车, 档案) is found wherever it
occurs inside them. Every item's distinct bigrams (差旅 旅费 …) go into a contentless FTS5 table, so a
word of n ≥ 2 characters is the AND of its n−1 bigrams; the candidates are then checked against the
item's own text, so the answer is exact. Distinct bigrams without positions or columns (detail=none)
cost a fifth of the trigram index with positions they replace (185 against 1,011 bytes an item), and a
two-character word is one token. Without positions FTS5's bm25() scores every match 0 (it needs
detail=full, 717 bytes an item): a ranking must come from the matched items' own text.
"""

from __future__ import annotations

from functools import lru_cache
from operator import add

# Bigrams are pairs of letters and digits (str.isalnum: Unicode categories L and N), which FTS5's unicode61
# tokenizer also treats as token characters, so each bigram written here is one token to it.


def bigrams(text: str) -> list[str]:
    """The distinct bigrams of a text's runs of letters and digits (lower case), in order of appearance."""
    low = text.lower()
    # each character joined to the next (in C); a pair with a space or punctuation in it is no bigram
    return list(dict.fromkeys(filter(str.isalnum, map(add, low, low[1:]))))


# A notice's later reports repeat most of its titles and measures word for word (only statuses change), and
# a batch reads a notice and its reports together: each text's bigrams are computed once.
@lru_cache(maxsize=4096)
def indexed(text: str) -> str:
    """A title or measures as the index stores it: its distinct bigrams separated by spaces."""
    return " ".join(bigrams(text))


# The store keeps its text in UTF-16 (store/db.py): a str bound for the index is converted to UTF-16 when
# bound and back to UTF-8 when FTS5 reads it. Bytes are bound as they are, and FTS5 reads them as the UTF-8
# text they are: the same tokens, without the two conversions (~4,000 bigrams a notice).
@lru_cache(maxsize=4096)
def indexed_bytes(text: str) -> bytes:
    """`indexed(text)` as UTF-8 bytes, as the ingest gives it to the index."""
    return indexed(text).encode()


def match_query(terms: list[str]) -> str | None:
    """An FTS5 query matching every text that may contain one of the terms (None: no term has a bigram).

    Each bigram is quoted (no operator from a user's words gets through)."""
    parts = []
    for term in terms:
        grams = bigrams(term)
        if grams:
            parts.append("(" + " AND ".join('"' + g.replace('"', '""') + '"' for g in grams) + ")")
    return " OR ".join(parts) or None
