"""Resolve what a user names (朔州, 溆浦科技局, shuozhou, 叙浦, 山西) to stored agencies.

`directory(store)` prepares the names once (kept by the store until an ingest adds an agency);
`resolve(question, directory)` is then a pure function. Order of evidence: a full agency name or
alias in the question; a place (province, prefecture or county, as written or in pinyin, which also
catches homophone typos) narrowed by the kind of organisation; a kind alone. Several agencies of one
kind and no place → the choices are returned, never a guess. Nothing → the closest names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from notices.gazetteer import gazetteer, short_name
from notices.names import kind_forms, pinyin
from store import Agency, Store

# English words for the kinds of organisation most notices come from.
ENGLISH_KINDS = {
    "science and technology bureau": "科技局",
    "sci-tech bureau": "科技局",
    "science bureau": "科技局",
    "science and technology department": "科技厅",
    "science association": "科协",
    "association for science and technology": "科协",
    "civil affairs bureau": "民政局",
    "education bureau": "教育局",
    "market regulation": "市场监管局",
    "housing and construction": "住建局",
    "agriculture bureau": "农业农村局",
}
_AGENCY_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|办|厅|协会|科协|党组|中心|院|所)")
_FULL_PLACE = ("省", "市", "县", "区", "州", "旗", "盟")


@dataclass(frozen=True)
class Resolution:
    agencies: tuple[Agency, ...] = ()
    place: str | None = None  # a region the question covers as a whole (山西省)
    choices: tuple[str, ...] = ()  # several good matches: the user chooses
    suggestions: tuple[str, ...] = ()  # nothing matched: the closest names
    named: bool = False  # the question names an agency or a place at all
    spans: tuple[str, ...] = ()  # the words that named them (left out of topic words)


@dataclass
class Directory:
    """Stored agencies indexed by every word that names them."""

    agencies: list[Agency]
    aliases: dict[str, list[Agency]] = field(default_factory=dict)  # 朔州科技局 → agencies
    places: dict[str, set[str]] = field(default_factory=dict)  # 朔州 → {朔州市}
    in_place: dict[str, list[Agency]] = field(default_factory=dict)  # 朔州市 → agencies there
    kinds: dict[str, list[Agency]] = field(default_factory=dict)  # 科技局 → agencies of that kind
    place_pinyin: dict[str, str] = field(default_factory=dict)  # xupu → 溆浦
    max_len: int = 2

    @classmethod
    def build(cls, agencies: Sequence[Agency]) -> Directory:
        d = cls(list(agencies))
        for a in agencies:
            for alias in (a.name, *a.aliases):
                d.aliases.setdefault(alias.lower(), []).append(a)
            for place in a.places:
                d.in_place.setdefault(place, []).append(a)
                for word in {place, short_name(place)}:
                    if len(word) >= 2:
                        d.places.setdefault(word, set()).add(place)
            for form in kind_forms(a.kind):
                if len(form) >= 2:
                    d.kinds.setdefault(form, []).append(a)
        for word in d.places:
            sound = pinyin(word)
            if len(sound) >= 4:
                d.place_pinyin.setdefault(sound, word)
        d.max_len = max([len(w) for w in (*d.aliases, *d.places, *d.kinds)] + [2])
        return d

    def words_in(self, q: str, table: Mapping[str, object]) -> list[str]:
        """Words of `table` that occur in q, longest first, none inside a longer one found."""
        found: set[str] = set()
        for i in range(len(q)):
            for j in range(min(len(q), i + self.max_len), i + 1, -1):
                if q[i:j] in table:
                    found.add(q[i:j])
                    break
        ordered = sorted(found, key=len, reverse=True)
        return [w for w in ordered if not any(w != o and w in o for o in ordered)]


def directory(store: Store) -> Directory:
    """The store's agencies indexed by every name they go by (rebuilt only when an agency is added)."""
    return store.derived("directory", Directory.build)


def resolve(question: str, directory: Directory, *, limit: int = 8, cutoff: float = 60.0) -> Resolution:
    """Resolve the agencies a question names; see the module docstring for the order of evidence."""
    q = question.lower()
    for english, kind in ENGLISH_KINDS.items():
        q = q.replace(english, kind)
    if found := _by_alias(q, directory):
        return found
    kinds = directory.words_in(q, directory.kinds)
    if found := _by_place(q, directory, kinds, limit):
        return found
    if _unstored_place(q, directory):
        return _unmatched(q, directory, limit, cutoff)
    if kinds:
        matching = _unique(a for k in kinds for a in directory.kinds[k])
        if len(matching) == 1:
            return Resolution(agencies=(matching[0],), named=True, spans=tuple(kinds))
        return Resolution(choices=tuple(a.name for a in matching[:limit]), named=True, spans=tuple(kinds))
    return _unmatched(q, directory, limit, cutoff)


def _unique(agencies: Iterable[Agency]) -> list[Agency]:
    seen: dict[int, Agency] = {}
    for a in agencies:
        seen.setdefault(a.id, a)
    return list(seen.values())


def _by_alias(q: str, d: Directory) -> Resolution | None:
    words = d.words_in(q, d.aliases)
    if not words:
        return None
    longest = len(words[0])
    chosen = [w for w in words if len(w) == longest]
    return Resolution(agencies=tuple(_unique(a for w in chosen for a in d.aliases[w])), named=True, spans=tuple(chosen))


def _by_place(q: str, d: Directory, kinds: list[str], limit: int) -> Resolution | None:
    hits = d.words_in(q, d.places)
    if not hits:
        hits = _places_by_sound(q, d, kinds)
        if not hits:
            return None
    places = {p for w in hits for p in d.places[w]}
    covered = _unique(a for p in places for a in d.in_place[p])
    if kinds:
        wanted = {id(a) for k in kinds for a in d.kinds[k]}
        narrowed = [a for a in covered if id(a) in wanted]
        if not narrowed:
            return Resolution(named=True, suggestions=tuple(a.name for a in covered[:limit]), spans=tuple(hits))
        covered = narrowed
    elif _names_other_kind(q, hits):
        return Resolution(named=True, suggestions=tuple(a.name for a in covered[:limit]), spans=tuple(hits))
    place = next(iter(places)) if len(places) == 1 else None
    return Resolution(agencies=tuple(covered), place=place, named=True, spans=tuple(hits) + tuple(kinds))


def _places_by_sound(q: str, d: Directory, kinds: list[str]) -> list[str]:
    """Places typed in pinyin (shuozhou) or with a homophone typo (叙浦 for 溆浦).

    Sound alone matches too much among thousands of places, so a match must be a whole Latin word,
    or Chinese characters that open the question or stand right before 省/市/县/区 or a kind of agency.
    """
    hits = [d.place_pinyin[w] for w in re.findall(r"[a-z]+", q) if w in d.place_pinyin]
    for start in range(len(q)):
        for length in (2, 3, 4):
            span, after = q[start : start + length], q[start + length : start + length + 8]
            if len(span) < length or not all("\u4e00" <= ch <= "\u9fff" for ch in span):
                break
            anchored = start == 0 or after[:1] in ("省", "市", "县", "区") or any(after.startswith(k) for k in kinds)
            word = d.place_pinyin.get(pinyin(span))
            if word and anchored:
                hits.append(word)
    return list(dict.fromkeys(hits))


def _names_other_kind(q: str, hits: list[str]) -> bool:
    """朔州市民政局 when only 朔州's 科技局 is stored: the place is known, the organisation is not."""
    return any(re.search(re.escape(hit) + r"(?:省|市|县|区)?" + _AGENCY_WORD.pattern, q) for hit in hits)


def _unstored_place(q: str, d: Directory) -> bool:
    """A full place name (上海市, 浦东新区) is named and no stored agency lies there."""
    named = [p for p in gazetteer().find_in(q) if p.region.endswith(_FULL_PLACE)]
    return bool(named) and not any(p.region in d.in_place for p in named)


def _unmatched(q: str, d: Directory, limit: int, cutoff: float) -> Resolution:
    """Nothing stored matches: is an agency or a place named at all, and what is closest?"""
    places = gazetteer().find_in(q)
    named_word = _AGENCY_WORD.search(q)
    if not places and named_word is None:
        return Resolution()
    probe = named_word.group(0) if named_word else places[0].region
    names = {alias: agencies[0].name for alias, agencies in d.aliases.items()}
    best = process.extract(probe, list(names), scorer=fuzz.partial_ratio, limit=limit * 3, score_cutoff=cutoff)
    suggestions = list(dict.fromkeys(names[alias] for alias, _score, _ in best))
    return Resolution(named=True, suggestions=tuple(suggestions[:limit]), spans=(probe,))
