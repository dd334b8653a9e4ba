"""Resolve what a user names (朔州, 溆浦科技局, shuozhou, 叙浦, 山西) to stored agencies.

`directory(store)` prepares the names once (kept by the store until an ingest adds an agency);
`resolve(question, directory)` is then a pure function. Order of evidence: a full agency name or
alias in the question; a place (province, prefecture or county, as written or in pinyin, which also
catches homophone typos) narrowed by the kind of organisation; a kind alone. Several agencies of one
kind and no place → the choices are returned, never a guess. Nothing → the closest names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz import fuzz, process

from notices.gazetteer import Place, gazetteer, short_name
from notices.names import kind_forms
from store import Agency, Store

from .names import heard_as, latin_key, readings, sounds_near
from .slots import data, question_words, topic_keys

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
# An organisation's name: a few characters and a kind-of-body ending (not 所有, 办法, 在办: common words).
# Its characters are never question or function words (超编配备干部的是哪个局 names no organisation).
_BODY_CHARS = r"(?:(?![的是哪个了吗呢和与跟在有])[\u4e00-\u9fff]){2,10}?"


def _endings(*keys: str) -> str:
    words = [w for k in keys for w in data("regions")["bodies"][k]]
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


_AGENCY_WORD = re.compile(_BODY_CHARS + _endings("endings"))
# Right after a known place, more kinds of body are names (溆浦县人民医院); an English question names the body
# before its place (the education bureau in Shanxi: 教育局 in shanxi once its English kind is read).
_BODY_AFTER_PLACE = _BODY_CHARS + _endings("endings", "after_place")
_BODY_IN_PLACE = re.compile(_AGENCY_WORD.pattern + r"\s+(?:in|of|at|from)\b")
_FULL_PLACE = ("省", "市", "县", "区", "州", "旗", "盟")
# Official romanisations that are not plain pinyin (陕西 is Shaanxi so that it is not 山西 Shanxi).
ROMANISATIONS = {"shaanxi": "陕西", "innermongolia": "内蒙古", "tibet": "西藏", "hongkong": "香港", "macau": "澳门"}
_LATIN = re.compile(r"[a-z\u00c0-\u024f][a-z\u00c0-\u024f\u0300-\u036f0-9]*")
# Where a homophone typo of a place may stand: the question's start, after a lead-in word or a
# non-Chinese character, or before a level, a kind of agency or a question word.
_LEAD_IN = ("请问", "问下", "问一下", "查一下", "查查", "看看", "那个", "那", "查", "和", "跟", "与")
_LEAD_OUT = ("省", "市", "县", "区", "的", "还", "有", "问题", "第", "完成", "整改", "呢", "和")


@dataclass(frozen=True)
class Resolution:
    agencies: tuple[Agency, ...] = ()
    place: str | None = None  # a region the question covers as a whole (山西省)
    choices: tuple[str, ...] = ()  # several good matches: the user chooses
    suggestions: tuple[str, ...] = ()  # nothing matched: the closest names
    heard: tuple[tuple[str, str], ...] = ()  # (as typed, place read): names matched by their sound
    unknown: str | None = None  # a name that was not recognised, as typed
    named: bool = False  # the question names an agency or a place at all
    spans: tuple[str, ...] = ()  # the words that named them (left out of topic words)


class _Agencies:
    """The directory's agencies, read by id from the store as words are looked up, and kept: every table of one
    directory gives the same objects (resolution compares them by identity)."""

    def __init__(self, read: Callable[[Sequence[int]], list[Agency]]) -> None:
        self._read = read
        self._known: dict[int, Agency] = {}

    def of(self, ids: Sequence[int]) -> list[Agency]:
        missing = [i for i in ids if i not in self._known]
        if missing:
            self._known.update((a.id, a) for a in self._read(missing))
        # (an agency another process removed since the directory was read is left out, not a KeyError)
        return [self._known[i] for i in ids if i in self._known]


class _ById(Mapping[str, list[Agency]]):
    """A table of the stored directory (word → agency ids) read as word → agencies: the agencies of a word are
    read from the store when it is first looked up, so a question that names none (a cold 哪些问题超期了) reads
    none of the thousands of them, and one naming a place (叙浦) reads that place's."""

    def __init__(self, ids: dict[str, list[int]], agencies: _Agencies) -> None:
        self._ids, self._agencies = ids, agencies
        self._found: dict[str, list[Agency]] = {}

    def __getitem__(self, word: str) -> list[Agency]:
        if word not in self._found:
            self._found[word] = self._agencies.of(self._ids[word])  # KeyError as a dict's
        return self._found[word]

    def __contains__(self, word: object) -> bool:
        return word in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@dataclass
class Directory:
    """Stored agencies indexed by every word that names them."""

    aliases: Mapping[str, list[Agency]] = field(default_factory=dict)  # 朔州科技局 → agencies
    places: dict[str, set[str]] = field(default_factory=dict)  # 朔州 → {朔州市}
    in_place: Mapping[str, list[Agency]] = field(default_factory=dict)  # 朔州市 → agencies there
    kinds: Mapping[str, list[Agency]] = field(default_factory=dict)  # 科技局 → agencies of that kind
    place_pinyin: dict[str, str] = field(default_factory=dict)  # xupu, tianchang → 溆浦, 天长 (typed Latin)
    place_toned: dict[str, str] = field(default_factory=dict)  # xu4pu3 → 溆浦 (typed Chinese homophones)
    max_len: int = 2
    _slips: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)  # 溆? → 溆浦 (`slipped`)

    @classmethod
    def build(cls, agencies: Sequence[Agency]) -> Directory:
        aliases: dict[str, list[Agency]] = {}
        in_place: dict[str, list[Agency]] = {}
        kinds: dict[str, list[Agency]] = {}
        d = cls(aliases=aliases, in_place=in_place, kinds=kinds)
        for a in agencies:
            for alias in (a.name, *a.aliases):
                aliases.setdefault(alias.lower(), []).append(a)
            for place in a.places:
                in_place.setdefault(place, []).append(a)
                for word in {place, short_name(place)}:
                    if len(word) >= 2:
                        d.places.setdefault(word, set()).add(place)
            for form in kind_forms(a.kind):
                if len(form) >= 2:
                    kinds.setdefault(form, []).append(a)
        for word in sorted(d.places, key=len, reverse=True):  # 朔州市 before 朔州: the short form wins
            for sound in readings(word, tones=False):
                if len(sound) >= 4:
                    d.place_pinyin[sound] = word
            for sound in readings(word, tones=True):
                d.place_toned[sound] = word
        d.max_len = max([len(w) for w in (*d.aliases, *d.places, *d.kinds)] + [2])
        return d

    def dumps(self) -> str:
        """JSON of the indexes, agencies by id (kept in the store: `directory`)."""
        ids = lambda found: [a.id for a in found]  # noqa: E731
        return json.dumps(
            {
                "aliases": {k: ids(v) for k, v in self.aliases.items()},
                "places": {k: sorted(v) for k, v in self.places.items()},
                "in_place": {k: ids(v) for k, v in self.in_place.items()},
                "kinds": {k: ids(v) for k, v in self.kinds.items()},
                "place_pinyin": self.place_pinyin,
                "place_toned": self.place_toned,
                "max_len": self.max_len,
            },
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, text: str, agencies_by_id: Callable[[Sequence[int]], list[Agency]]) -> Directory:
        """The directory `dumps` wrote, over the same agencies (read by id when a word is looked up)."""
        data = json.loads(text)
        agencies = _Agencies(agencies_by_id)
        return cls(
            aliases=_ById(data["aliases"], agencies),
            places={k: set(v) for k, v in data["places"].items()},
            in_place=_ById(data["in_place"], agencies),
            kinds=_ById(data["kinds"], agencies),
            place_pinyin=data["place_pinyin"],
            place_toned=data["place_toned"],
            max_len=data["max_len"],
        )

    def slipped(self, span: str) -> str | None:
        """The stored place a span names with one character slipped to another that sounds alike in another tone
        or nearly (溆蒲 for 溆浦, 田长 for 天长, 淑州 for 朔州; `sounds_near`): the other characters as the name writes
        them, so an everyday word that only sounds like a name (今天 / 金田) is never one. None where no place, or more
        than one, is so near."""
        if len(span) < 2 or len(span) > 4:
            return None
        if self._slips is None:
            self._slips = {}
            for word in self.places:
                if 2 <= len(word) <= 4 and _CJK_ONLY.match(word):
                    for i in range(len(word)):
                        self._slips.setdefault(word[:i] + "?" + word[i + 1 :], []).append(word)
        found = set()
        for i, typed in enumerate(span):
            for word in self._slips.get(span[:i] + "?" + span[i + 1 :], ()):
                if word != span and sounds_near(typed, word[i]):
                    found.add(word)
        return found.pop() if len(found) == 1 else None

    def words_in(self, q: str, table: Mapping[str, object]) -> list[str]:
        """Words of `table` that occur in q, longest first (then in the question's order: answers do not
        depend on set order), none inside a longer one found."""
        found: set[str] = set()
        for i in range(len(q)):
            for j in range(min(len(q), i + self.max_len), i + 1, -1):
                if q[i:j] in table:
                    found.add(q[i:j])
                    break
        ordered = sorted(found, key=lambda w: (-len(w), q.find(w)))
        return [w for w in ordered if not any(w != o and w in o for o in ordered)]


def directory(store: Store) -> Directory:
    """The store's agencies indexed by every name they go by (rebuilt only when an agency is added or removed;
    kept in the store, so a new process loads it)."""
    return store.derived("directory", Directory.build, persist=(Directory.dumps, Directory.loads))


def resolve(question: str, directory: Directory, *, limit: int = 8, cutoff: float = 60.0) -> Resolution:
    """Resolve the agencies a question names; see the module docstring for the order of evidence."""
    q = question.lower()
    for english, kind in ENGLISH_KINDS.items():
        q = q.replace(english, kind)
    q = _LATIN.sub(lambda m: ROMANISATIONS.get(latin_key(m.group(0)), m.group(0)), q)
    q, typed = _region_words(q, directory)
    found = _resolve(q, directory, limit, cutoff)
    if not typed:
        return found
    # the words the user typed (粤, north china), not the provinces read for them, are what named the agencies
    return replace(found, spans=tuple(dict.fromkeys(typed.get(s, s) for s in found.spans)))


def _resolve(q: str, directory: Directory, limit: int, cutoff: float) -> Resolution:
    """The agencies a question (lower case, English kinds and romanisations read) names, by the order of evidence."""
    if found := _by_alias(q, directory):
        return found
    kinds = directory.words_in(q, directory.kinds)
    if found := _by_place(q, directory, kinds, limit):
        return found
    if _unstored_place(q, directory):
        return _unmatched(q, directory, limit, cutoff)
    if found := _latin_unknown(q, directory, limit):
        return found
    region = _unstored_region(q) if kinds else None
    if region:  # 北京科技局 / 浙江的科技局: a province or city with nothing stored, said so (never every 科技局)
        return Resolution(named=True, place=region, unknown=region, spans=(region,))
    if kinds:
        matching = _by_level(q, kinds, _unique(a for k in kinds for a in directory.kinds[k]))
        if len(matching) == 1:
            return Resolution(agencies=(matching[0],), named=True, spans=tuple(kinds))
        return Resolution(choices=tuple(a.name for a in matching[:limit]), named=True, spans=tuple(kinds))
    return _unmatched(q, directory, limit, cutoff)


def _region_words(q: str, d: Directory) -> tuple[str, dict[str, str]]:
    """The question with a province's one-character name or a large region (晋, 华南, north China) written as its
    provinces (answers/data/regions.toml), and which typed word each province stands for.

    A single character is a name only where a name stands: at the start or after a lead-in word, and before a
    level, a kind of agency, a word such as 那/的/和/内, or the end (晋和粤, 那晋的那家呢, 川内; never 晋升).
    """
    table = data("regions")
    if not any(k in q for k in (*table["abbreviations"], *table["regions"])):
        return q, {}
    typed: dict[str, str] = {}
    before, after = tuple(table["around"]["before"]), (*table["around"]["after"], *_LEAD_OUT, *d.kinds)
    for word, provinces in sorted({**table["abbreviations"], **table["regions"]}.items(), key=lambda kv: -len(kv[0])):
        pattern = r"(?<![a-z])" + re.escape(word) + r"(?![a-z])" if word.isascii() else re.escape(word)
        for m in reversed(list(re.finditer(pattern, q))):
            head, tail = q[: m.start()], q[m.end() :]
            if not word.isascii() and not (
                (not head or not _CJK_ONLY.match(head[-1]) or head.endswith(before))
                and (not tail or not _CJK_ONLY.match(tail[0]) or tail.startswith(after))
            ):
                continue
            q = head + " " + "、".join(provinces) + " " + tail
            for province in provinces:
                typed.setdefault(province, word)
    return q, typed


def _unique(agencies: Iterable[Agency]) -> list[Agency]:
    seen: dict[int, Agency] = {}
    for a in agencies:
        seen.setdefault(a.id, a)
    return list(seen.values())


def _by_level(q: str, kinds: list[str], agencies: list[Agency]) -> list[Agency]:
    """市科技局 / 县科技局: a level written before the kind narrows it to agencies of places of that level."""
    levels = {q[i - 1] for k in kinds for i in [q.find(k)] if i > 0 and q[i - 1] in "省市县区"}
    narrowed = [a for a in agencies if a.region and a.region[-1] in levels]
    return narrowed or agencies


def _by_alias(q: str, d: Directory) -> Resolution | None:
    words = d.words_in(q, d.aliases)
    if not words:
        return None
    longest = len(words[0])
    chosen = [w for w in words if len(w) == longest]
    return Resolution(agencies=tuple(_unique(a for w in chosen for a in d.aliases[w])), named=True, spans=tuple(chosen))


def _by_place(q: str, d: Directory, kinds: list[str], limit: int) -> Resolution | None:
    hits = d.words_in(q, d.places)
    heard: list[tuple[str, str]] = []
    if not hits:
        heard = _places_by_sound(q, d, kinds)
        hits = list(dict.fromkeys(word for _, word in heard))
        if not hits:
            return None
    places = {p for w in hits for p in d.places[w]}
    covered = _unique(a for p in places for a in d.in_place[p])
    if kinds:
        wanted = {id(a) for k in kinds for a in d.kinds[k]}
        narrowed = [a for a in covered if id(a) in wanted]
        if not narrowed:
            unknown = _named_word(q, hits) or hits[0] + kinds[0]
            suggestions = tuple(a.name for a in covered[:limit])
            return Resolution(named=True, suggestions=suggestions, spans=tuple(hits), unknown=unknown)
        covered = narrowed
    elif _names_other_kind(q, hits):
        suggestions = tuple(a.name for a in covered[:limit])
        return Resolution(named=True, suggestions=suggestions, spans=tuple(hits), unknown=_named_word(q, hits))
    place = next(iter(places)) if len(places) == 1 else None
    typed = tuple(t for t, _ in heard)
    return Resolution(
        agencies=tuple(covered), place=place, named=True, spans=tuple(hits) + typed + tuple(kinds),
        heard=tuple((t, w) for t, w in heard if t != w and _CJK_ONLY.match(t)),
    )  # fmt: skip


def _places_by_sound(q: str, d: Directory, kinds: list[str]) -> list[tuple[str, str]]:
    """Places typed in pinyin (shuozhou, Shuòzhōu, xu4pu3) or as a homophone typo (叙浦 for 溆浦): (typed, place).

    Sound alone matches too much among thousands of places, so a match must be a whole Latin word
    (or two), or Chinese characters with the same tones that stand where a name stands (_LEAD_IN,
    _LEAD_OUT) and are not themselves the name of another place (陕西 is never 山西).
    """
    hits: list[tuple[str, str]] = []
    words = [(m.group(0), latin_key(m.group(0))) for m in _LATIN.finditer(q)]
    for i, (typed, key) in enumerate(words):
        for span, sound in ((typed, key), (typed, key + (words[i + 1][1] if i + 1 < len(words) else ""))):
            if sound in d.place_pinyin:
                hits.append((span, d.place_pinyin[sound]))
                break
    for start in range(len(q)):
        for length in (4, 3, 2):
            span = q[start : start + length]
            if len(span) < length or not _CJK_ONLY.match(span):
                continue
            before, after = q[:start], q[start + length :]
            anchored = (
                not before or not _CJK_ONLY.match(before[-1]) or before.endswith(_LEAD_IN)
                or after.startswith(_LEAD_OUT) or any(after.startswith(k) for k in kinds)
            )  # fmt: skip
            if not anchored:
                continue
            word = heard_as(span, d.place_toned) or d.slipped(span)  # typed Chinese read with the table: no pypinyin
            if word and gazetteer().names_at(span, 0) != [span]:  # loaded only for a question that needs it
                hits.append((span, word))
                break
    return list(dict.fromkeys(hits))


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def _named_word(q: str, hits: list[str]) -> str | None:
    """The organisation's name as typed after a known place (朔州市民政局)."""
    for hit in hits:
        m = re.search(re.escape(hit) + r"(?:省|市|县|区)?" + _BODY_AFTER_PLACE, q)
        if m:
            return m.group(0)
    return None


def _names_other_kind(q: str, hits: list[str]) -> bool:
    """朔州市民政局 when only 朔州's 科技局 is stored: the place is known, the organisation is not."""
    return bool(_BODY_IN_PLACE.search(q)) or any(
        re.search(re.escape(hit) + r"(?:省|市|县|区)?" + _BODY_AFTER_PLACE, q) for hit in hits
    )


def _unstored_place(q: str, d: Directory) -> bool:
    """A full place name (上海市, 浦东新区) is named and no stored agency lies there."""
    if not any(suffix in q for suffix in _FULL_PLACE):  # no full name can be there: the gazetteer stays unloaded
        return False
    named = [p for p in _places_named(q) if p.region.endswith(_FULL_PLACE)]
    return bool(named) and not any(p.region in d.in_place for p in named)


def _unstored_region(q: str) -> str | None:
    """A province or prefecture named by its short name (北京, 浙江), as named; no stored place matched before this."""
    return next((p.region for p in _places_named(q) if p.level in ("province", "prefecture")), None)


def _places_named(q: str) -> list[Place]:
    """Places of the whole country named in a question; a name read across two question words (其中|正在推进
    holds 中正, a district of Taipei) or inside a topic word (三重一大 holds 三重, a district of New Taipei) is
    not one: the gazetteer's thousands of two-character names meet everyday words by chance, while a place the
    user names stands whole beside them."""
    words = (*question_words(), *topic_keys())
    cues = [(m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), q)]
    return [p for p in gazetteer().find_in(q) if not cues or not _all_straddle(q, p.region, cues)]


def _all_straddle(q: str, name: str, cues: list[tuple[int, int]]) -> bool:
    """Every occurrence of `name` in q overlaps a question word without containing it."""
    for m in re.finditer(re.escape(name), q):
        a, b = m.span()
        if not any(s < b and a < e and not (a <= s and e <= b) for s, e in cues):
            return False
    return True


def _unmatched(q: str, d: Directory, limit: int, cutoff: float) -> Resolution:
    """Nothing stored matches: is an agency or a place named at all, and what is closest?"""
    places = _places_named(q)
    named_word = _AGENCY_WORD.search(q)
    if not places and named_word is None:
        return Resolution()
    probe = named_word.group(0) if named_word else places[0].region
    names = {alias: agencies[0].name for alias, agencies in d.aliases.items()}
    best = process.extract(probe, list(names), scorer=fuzz.partial_ratio, limit=limit * 3, score_cutoff=cutoff)
    suggestions = list(dict.fromkeys(names[alias] for alias, _score, _ in best))
    place = places[0].region if places and not named_word else None
    return Resolution(named=True, suggestions=tuple(suggestions[:limit]), spans=(probe,), unknown=probe, place=place)


# ---- names typed in pinyin that match nothing stored -------------------------------------------

LATIN_CUTOFF = 75.0  # rapidfuzz ratio of a typed romanisation to a stored place's pinyin (shuozhuo ~ shuozhou)
# The same for a word that splits into no pinyin syllables (tianchnag, letters swapped): closer, and longer, so that
# an English word (human ~ hunan) is never taken for a misspelt name.
TYPO_CUTOFF = 85.0
TYPO_MIN = 6


def _latin_unknown(q: str, d: Directory, limit: int) -> Resolution | None:
    """A word in pinyin that names no stored place: a province or city with nothing stored (Jiangxi),
    or a near miss of a stored one (Shuozhuo, Shouzhou → 朔州?). Said, never widened to every agency."""
    for m in _LATIN.finditer(q):
        typed = m.group(0)
        key = latin_key(typed)
        if len(key) < 4 or key in _english_words():  # tables read only for Latin words
            continue
        syllables = _is_pinyin(key)
        if not syllables and len(key) < TYPO_MIN:
            continue
        if syllables and key in _region_pinyin() and _region_pinyin()[key] not in d.places:
            return Resolution(named=True, place=_region_pinyin()[key], unknown=typed, spans=(typed,))
        cutoff = LATIN_CUTOFF if syllables else TYPO_CUTOFF  # tianchnag: a stored name with two letters swapped
        best = process.extract(key, list(d.place_pinyin), scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
        if best:
            places = {p for sound, _score, _ in best for p in d.places[d.place_pinyin[sound]]}
            names = tuple(dict.fromkeys(a.name for p in sorted(places) for a in d.in_place[p]))
            return Resolution(named=True, suggestions=names[:limit], unknown=typed, spans=(typed,))
    return None


@cache
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (from pypinyin's table)."""
    from pypinyin.constants import PINYIN_DICT  # imported only for a question with Latin words

    found: set[str] = set()
    for readings_ in PINYIN_DICT.values():
        found.update(latin_key(r) for r in readings_.split(","))
    return frozenset(s for s in found if s)


def _is_pinyin(word: str) -> bool:
    """Whether a word splits into two or more pinyin syllables (shuozhuo = shuo zhuo; 'items' does not)."""
    syllables = _syllables()
    reach = {0: 0}  # position -> fewest syllables to reach it
    for i in range(len(word)):
        if i not in reach:
            continue
        for j in range(i + 1, min(len(word), i + 6) + 1):
            if word[i:j] in syllables:
                reach[j] = min(reach.get(j, 99), reach[i] + 1)
    return reach.get(len(word), 0) >= 2


@cache
def _region_pinyin() -> dict[str, str]:
    """Provinces and prefectures by the pinyin of their short names (jiangxi → 江西)."""
    g = gazetteer()
    table: dict[str, str] = {}
    for d in g.by_code.values():
        if d.level in ("province", "prefecture") and d.name not in ("市辖区", "县"):
            word = short_name(d.name)
            for sound in readings(word, tones=False):
                table.setdefault(sound, word)
    return table


@cache
def _english_words() -> frozenset[str]:
    """English words of the question tables (cues, examples, topic words): never read as a name."""
    from .slots import data

    words: set[str] = set(_COMMON_ENGLISH)
    for table in (*data("intents").values(), *data("topics").values()):
        for key, value in table.items():
            texts = [key] + (value if isinstance(value, list) else [])
            for text in texts:
                if isinstance(text, str):
                    words.update(re.findall(r"[a-z]+", text.lower()))
    return frozenset(words)


# Everyday English words that happen to split into pinyin syllables (open = o pen, change = chan ge).
_COMMON_ENGLISH = (
    "open", "change", "changes", "hang", "long", "same", "game", "name", "bureau", "agency", "agencies", "notice",
    "notices", "done", "none", "gone", "china", "chinese", "tianchang", "shuozhou", "qingshen", "xupu", "yuancheng",
    "anyone", "someone", "nobody", "menu", "panel", "pane", "banner", "sane", "dance", "lane", "tune", "zone",
)  # fmt: skip
