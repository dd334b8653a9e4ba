"""Resolve what a user names (朔州, 溆浦科技局, shuozhou, 叙浦, 山西) to stored agencies.

A pure function over the question and the candidate agencies. Order of evidence: a full agency name
or alias in the question; a place (province, prefecture or county, as written or in pinyin, which
also catches homophone typos) narrowed by the kind of organisation; a kind alone. Several agencies
of one kind and no place → the choices are returned, never a guess. Nothing → the closest names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from rectibot.notices.gazetteer import gazetteer, short_name

from .names import kind_forms, pinyin
from .store import Agency

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


@dataclass(frozen=True)
class Resolution:
    agencies: tuple[Agency, ...] = ()
    place: str | None = None  # a region the question covers as a whole (山西省)
    choices: tuple[str, ...] = ()  # several good matches: the user chooses
    suggestions: tuple[str, ...] = ()  # nothing matched: the closest names
    named: bool = False  # the question names an agency or a place at all
    spans: tuple[str, ...] = ()  # the words that named them (left out of topic words)


def resolve(question: str, agencies: Sequence[Agency], *, limit: int = 8, cutoff: float = 60.0) -> Resolution:
    """Resolve the agencies a question names; see the module docstring for the order of evidence."""
    q = question.lower()
    for english, kind in ENGLISH_KINDS.items():
        q = q.replace(english, kind)
    if found := _by_alias(q, agencies):
        return found
    kinds = _kinds_in(q, agencies)
    if found := _by_place(q, agencies, kinds, limit):
        return found
    if _unstored_place(q, agencies):
        return _unmatched(q, agencies, limit, cutoff)
    if kinds:
        matching = [a for a in agencies if kinds & kind_forms(a.kind)]
        spans = tuple(sorted(kinds, key=len, reverse=True))
        if len(matching) == 1:
            return Resolution(agencies=(matching[0],), named=True, spans=spans)
        if matching:
            return Resolution(choices=tuple(a.name for a in matching[:limit]), named=True, spans=spans)
    return _unmatched(q, agencies, limit, cutoff)


def _by_alias(q: str, agencies: Sequence[Agency]) -> Resolution | None:
    best: dict[int, str] = {}
    for agency in agencies:
        for alias in (agency.name, *agency.aliases):
            if alias in q and len(alias) > len(best.get(agency.id, "")):
                best[agency.id] = alias
    if not best:
        return None
    longest = max(len(a) for a in best.values())
    chosen = tuple(a for a in agencies if len(best.get(a.id, "")) == longest)
    return Resolution(agencies=chosen, named=True, spans=tuple({best[a.id] for a in chosen}))


def _places(agencies: Sequence[Agency]) -> dict[str, set[str]]:
    """Place words (full and short, and pinyin) → the full place names they stand for."""
    words: dict[str, set[str]] = {}
    for agency in agencies:
        for place in agency.places:
            for word in {place, short_name(place)}:
                if len(word) >= 2:
                    words.setdefault(word, set()).add(place)
    return words


def _by_place(q: str, agencies: Sequence[Agency], kinds: set[str], limit: int) -> Resolution | None:
    words = _places(agencies)
    hits = [w for w in sorted(words, key=len, reverse=True) if w in q]
    hits = [w for w in hits if not any(w != h and w in h for h in hits)]
    if not hits:
        q_pinyin = pinyin(q)
        hits = [w for w in words if len(pinyin(w)) >= 4 and pinyin(w) in q_pinyin]
        if not hits:
            return None
    places = {p for w in hits for p in words[w]}
    covered = [a for a in agencies if places & set(a.places)]
    if not kinds and _names_other_kind(q, hits, agencies):
        inside = [a.name for a in covered][:limit]
        return Resolution(named=True, suggestions=tuple(inside), spans=tuple(hits))
    if kinds:
        covered = [a for a in covered if kinds & kind_forms(a.kind)]
        if not covered:
            inside = [a.name for a in agencies if places & set(a.places)][:limit]
            return Resolution(named=True, suggestions=tuple(inside), spans=tuple(hits))
    place = next(iter(places)) if len(places) == 1 else None
    return Resolution(agencies=tuple(covered), place=place, named=True, spans=tuple(hits) + tuple(kinds))


def _names_other_kind(q: str, hits: list[str], agencies: Sequence[Agency]) -> bool:
    """朔州市民政局 when only 朔州's 科技局 is stored: the place is known, the organisation is not."""
    for hit in hits:
        m = re.search(re.escape(hit) + r"(?:省|市|县|区)?" + _AGENCY_WORD.pattern, q)
        if m:
            return True
    return False


def _unstored_place(q: str, agencies: Sequence[Agency]) -> bool:
    """A full place name (上海市, 浦东新区) is named and no stored agency lies there."""
    stored = {p for a in agencies for p in a.places}
    named = [
        p
        for p in gazetteer().find_in(q)
        if p.region in (p.province, p.prefecture) or p.region.endswith(("省", "市", "县", "区", "州", "旗"))
    ]
    return bool(named) and not any(p.region in stored for p in named)


def _kinds_in(q: str, agencies: Sequence[Agency]) -> set[str]:
    forms = {form for a in agencies for form in kind_forms(a.kind) if len(form) >= 2}
    found = {form for form in forms if form in q}
    return {f for f in found if not any(f != g and f in g for g in found)}


def _unmatched(q: str, agencies: Sequence[Agency], limit: int, cutoff: float) -> Resolution:
    """Nothing stored matches: is an agency or a place named at all, and what is closest?"""
    places = gazetteer().find_in(q)
    named_word = _AGENCY_WORD.search(q)
    named = bool(places) or named_word is not None
    if not named or not agencies:
        return Resolution(named=named)
    probe = named_word.group(0) if named_word else places[0].region
    names = {alias: a.name for a in agencies for alias in (a.name, *a.aliases)}
    best = process.extract(probe, list(names), scorer=fuzz.partial_ratio, limit=limit * 3, score_cutoff=cutoff)
    suggestions: list[str] = []
    for alias, _score, _ in best:
        if names[alias] not in suggestions:
            suggestions.append(names[alias])
    return Resolution(named=True, suggestions=tuple(suggestions[:limit]), spans=(probe,))
