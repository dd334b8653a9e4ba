"""Read a chat question into slots: cleaned text, item reference, status filter, time, topic words. Pure.

Names (agencies, places) are read by answers/resolve.py; the intent is chosen from the slots and cue
words by answers/intents.py. The wording lives in answers/data/*.toml.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import opencc

from .numbers import user_number

MAX_QUESTION = 300  # characters read of a question; the rest is ignored (and said so)

# Characters that change nothing a reader sees: zero-width spaces and joiners, word joiner, BOM.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")  # HTML pasted around a name: <b>朔州</b>
_SCRIPT = re.compile(r"<(script|style)\b[^<>]{0,200}>.{0,2000}?</\1\s*>", re.I | re.S)  # code, never words
_MD_LINK = re.compile(r"\[([^\]]{0,200})\]\((?:[^()]|\([^()]{0,100}\)){0,300}\)")  # markdown link: keep its text
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]?")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (a question is short: always converted, no hint needed)."""
    return str(_t2s().convert(text))


@cache
def data(name: str) -> dict[str, Any]:
    """One of the answers/data/*.toml tables (read once)."""
    # package data (pyproject [tool.setuptools.package-data]): found in a wheel as in a checkout
    return tomllib.loads(resources.files(__package__).joinpath("data", f"{name}.toml").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Cleaned:
    text: str  # simplified, NFKC, markup and invisible characters removed, at most MAX_QUESTION characters
    lang: str  # zh | en
    truncated: bool


def clean(raw: str) -> Cleaned:
    """Normalise a typed question; a long one keeps its distinct sentences, first and last before the middle."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = _INVISIBLE.sub("", _MD_LINK.sub(r"\1", text))
    text = _TAG.sub(" ", _SCRIPT.sub(" ", text)).strip()
    truncated = False
    if len(text) > MAX_QUESTION:
        text, truncated = _shorten(text), True
    text = _standard_words(_digit_years(_spaced_out(to_simplified(text).strip())))
    return Cleaned(text=text, lang="zh" if _CJK.search(text) else "en", truncated=truncated)


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _standard_words(text: str) -> str:
    """Dialect and very casual words as their everyday Mandarin (answers/data/intents.toml [dialect])."""
    table: dict[str, str] = data("intents")["dialect"]
    for word in sorted(table, key=len, reverse=True):
        if word in text:
            text = text.replace(word, table[word])
    return text


def _spaced_out(text: str) -> str:
    """Chinese typed a character at a time with spaces between (源 城 区, 差 旅 费) written whole: a space beside a
    character that stands alone between spaces joins it to its neighbour; spaces between words (点我 天长) stay."""

    def alone(i: int) -> bool:  # the character at i has no Chinese character on its other side
        return not (0 <= i < len(text) and _CJK.match(text[i]))

    return _CJK_GAP.sub(lambda m: "" if alone(m.start() - 2) or alone(m.end() + 1) else m.group(0), text)


# A year written digit by digit in Chinese (二〇二五年, 二零二三年): the digits the time slots read.
_CN_DIGITS = "〇零一二三四五六七八九"
_CN_YEAR = re.compile(rf"[{_CN_DIGITS}]{{4}}(?=\s*年)")


def _digit_years(text: str) -> str:
    """Years written digit by digit in Chinese as ASCII digits (二〇二五年以后 → 2025年以后)."""
    return _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS.index(c) - (c != "〇")) for c in m.group(0)), text)


def _shorten(text: str) -> str:
    """A pasted preamble repeats itself and the question often comes last: drop repeats, keep the ends."""
    sentences = list(dict.fromkeys(s.strip() for s in _SENTENCE.findall(text[:20_000]) if s.strip()))
    if not sentences:
        return text[:MAX_QUESTION]
    if len(sentences) == 1:
        return sentences[0][:MAX_QUESTION]
    first, last = sentences[0][: MAX_QUESTION // 2], sentences[-1][: MAX_QUESTION // 2]
    middle = "".join(sentences[1:-1])[: max(0, MAX_QUESTION - len(first) - len(last))]
    return first + middle + last


# ---- item references ---------------------------------------------------------------------------

_CN_NUM = "零〇一二两三四五六七八九十百"
_RUN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_RUN_WORDS = "|".join(_RUN_NUMBERS)
_NUM = rf"(\d{{1,3}}|[{_CN_NUM}]{{1,5}})"
# (pattern, form): "label" = the printed label first; "either" = label where printed, else the Nth;
# "ordinal" = the Nth item; "last" = the last item.
_REFS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), form)
    for p, form in (
        (
            rf"倒数第\s*{_NUM}\s*[个项条]?|\b(\d{{1,3}})(?:st|nd|rd|th)?\s+(?:item |problem |one )?from the end\b",
            "from_end",
        ),
        (r"最后一\s*[个项条]|最后那个|\bthe last (?:item|problem|one)\b|\blast (?:item|problem)\b", "last"),
        # 前五个 / 最后三条 / the first three items: a run of items from either end (not 前三季度, 最后一个)
        (rf"(?:最前面|最前|前面|头|前)\s*{_NUM}\s*(?:个|项|条)(?!月|季|年|天|周)", "first_n"),
        (rf"(?:最后面|最后|末尾|后面|后)\s*{_NUM}\s*(?:个|项|条)(?!月|季|年|天|周)", "last_n"),
        (rf"\b(?:first|1st)\s+(\d{{1,2}}|{_RUN_WORDS})\s+(?:items|problems|ones|issues|of)\b", "first_n"),
        (rf"\blast\s+(\d{{1,2}}|{_RUN_WORDS})\s+(?:items|problems|ones|issues|of)\b", "last_n"),
        (rf"第\s*{_NUM}\s*个", "ordinal"),  # 第二十一个
        (rf"第\s*{_NUM}\s*(?:项|条|号|问题)", "either"),  # 第13项, 第十三条 (not 第一议题)
        (rf"第\s*{_NUM}\s*(?=[、,，和及与]\s*{_NUM}\s*[个项条])", "either"),  # 第4、5项: the first of them
        (r"第\s*(\d{1,3})\s*(?=$|[?？呢吗。!！\s])", "either"),  # 朔州第33: digits with no unit, ending the question
        # 源城第十七: the same in Chinese numerals (not a rank: 排名第一, 位列第三)
        (rf"(?<![排名列居位])第\s*([{_CN_NUM}]{{1,5}})\s*(?=$|[?？呢吗。!！\s])", "either"),
        (rf"问题\s*{_NUM}", "label"),  # 问题21, 问题二十一
        (rf"(?<![月\d]){_NUM}\s*号", "label"),  # 21号问题 (not a date: 6月21号)
        (r"#\s*(\d{1,3})", "label"),
        # Q21 = 问题21 (not a quarter of a year: 2025 Q3)
        (r"(?<![\d.])(?<![\d.]\s)\bq(\d{1,3})\b(?!\s*(?:季度|quarter))", "label"),
        (r"\bno\.?\s*(\d{1,3})\b", "label"),
        (r"[(（]\s*(\d{1,3})\s*[)）]", "label"),  # (17)
        (r"\b(?:item|problem|issue|number|wenti|wen4ti2)\s*(?:number\s*|no\.?\s*)?#?\s*(\d{1,3})\b", "label"),
        (r"\b(\d{1,3})(?:st|nd|rd|th)\b", "ordinal"),  # the 33rd
        (r"\bfirst (?:item|problem|one)\b", "first"),
        (r"\bdi\s*(\d{1,3})\s*(?:ge|xiang|tiao)\b", "either"),  # pinyin 第N个
    )
)


RUNS = ("first_n", "last_n", "span")  # 前五个 / 最后三条 / 第3到第8条: a run of items
MAX_RUN = 10
MAX_SPAN = 20  # 第3到第8条, items 2 through 4: a span longer than this is a list, not a run

# A span of items: from one number to another, each maybe with 第 and a unit (第3到第8条, 从第6条到第9条, 第10至15个,
# 3~6号, 20-25号, 1-5 ending the question), or in English (items 2 through 4, items 28 to 31). Never a date or a
# period (2023-2024年, 1-5月) nor a count (3到5个人).
_SPAN_UNIT = r"(?:个|项|条|号|个问题|项问题|条问题)"
_SPAN_LINK = r"(?:到|至|~|～|-|－|—|–|—)"
_SPAN_END = r"(?![\d月年日天周季%.])"
_SPANS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        rf"(?<![\d.])(?:从\s*)?第\s*{_NUM}\s*{_SPAN_UNIT}?\s*{_SPAN_LINK}\s*第?\s*{_NUM}\s*{_SPAN_UNIT}?{_SPAN_END}",
        rf"(?<![\d.第])(\d{{1,3}})\s*{_SPAN_LINK}\s*(\d{{1,3}})\s*(?:{_SPAN_UNIT}(?![月年日天周季人家位])|(?=\s*$|\s*[?？呢吗。!！]))",
        r"\b(?:items?|problems?|issues?|nos?\.?|numbers?|#)\s*(\d{1,3})\s*(?:-|–|to|through|thru|till|until)\s*(\d{1,3})\b",
    )
)


@dataclass(frozen=True)
class ItemRef:
    number: int | None  # N as typed (None for "last"); the first of a span
    form: str  # label | either | ordinal | last | from_end (倒数第N个: the Nth counted from the last) | runs
    span: str  # the words that said it
    to: int | None = None  # the last number of a span (第3到第8条: 8)

    @property
    def text(self) -> str:
        return str(self.number) if self.number is not None and self.form not in RUNS else self.span


def read_ref(text: str) -> ItemRef | None:
    """The item a question points at, in any of the common forms; None if it names none."""
    text = english_numbers(_toneless(text))
    span = read_span(text)
    if span:
        return span
    text = re.sub(r"(?<=[前头后])\s*俩(?![个项条])", "两个", text)  # 前俩 = 前两个
    for pattern, form in _REFS:
        m = pattern.search(text)
        if not m:
            continue
        if form == "last":
            return ItemRef(None, "last", m.group(0))
        if form == "first":
            return ItemRef(1, "ordinal", m.group(0))
        word = next(g for g in m.groups() if g)
        number = _RUN_NUMBERS.get(word.lower()) or _number(word)
        if form in RUNS and (number is None or not 1 < number <= MAX_RUN):
            continue  # 前一个 / 最后一个 are one item; a run longer than a page is the list, not a run
        if number is not None and 0 < number < 1000:
            return ItemRef(number, form, m.group(0))
    return None


def read_span(text: str) -> ItemRef | None:
    """A span of items from one number to another (第3到第8条, 3~6号, items 2 through 4), in either order."""
    for pattern in _SPANS:
        for m in pattern.finditer(text):
            first, last = (_number(g) for g in m.groups()[:2])
            if first is None or last is None:
                continue
            first, last = min(first, last), max(first, last)
            if 0 < first < last and last - first < MAX_SPAN:
                return ItemRef(first, "span", m.group(0), to=last)
    return None


_TONE_MARKS = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f]+")


def _toneless(text: str) -> str:
    """Pinyin typed with tone marks read without them (wèntí 21 = wenti 21); other scripts unchanged."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _TONE_MARKS.sub("", unicodedata.normalize("NFD", text)))


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
             "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th",
             "twelfth": "12th"}  # fmt: skip
_TENS_ORDINALS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                  "seventieth": 70, "eightieth": 80, "ninetieth": 90}  # fmt: skip


_TENS_WORDS, _UNIT_ORDINALS, _TENTHS = "|".join(_TENS), "|".join(list(_ORDINALS)[:9]), "|".join(_TENS_ORDINALS)
_COMPOUND_ORDINAL = re.compile(  # followed, as the other ordinals, by item / problem / one / from or the end
    rf"\b(?:({_TENS_WORDS})[\s-]+({_UNIT_ORDINALS})|({_TENTHS}))\b(?= (?:item|problem|one|from)|\s*[?？.!]*$)", re.I
)


def _compound_ordinal(tens: str | None, unit: str | None, alone: str | None) -> str:
    """thirty-third → 33rd, twentieth → 20th (the ordinal the item references read)."""
    if alone:
        return f"{_TENS_ORDINALS[alone.lower()]}th"
    assert tens is not None and unit is not None
    ordinal = _ORDINALS[unit.lower()]  # "3rd": its number and its suffix
    return f"{_TENS[tens.lower()] + int(ordinal[:-2])}{ordinal[-2:]}"


_EN_NUMBER = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[\s-]+(" + "|".join(_UNITS[1:10]) + r"))?|(" + "|".join(_UNITS) + r"))\b", re.I
)


def english_numbers(text: str) -> str:
    """Numbers written in English words as digits (item thirty-one → item 31); ordinals too (the second → 2nd)."""

    def digits(m: re.Match[str]) -> str:
        tens, unit, alone = (g.lower() if g else g for g in m.groups())
        if alone:
            return str(_UNITS.index(alone))
        return str(_TENS[tens] + (_UNITS.index(unit) if unit else 0))

    # the thirty-third problem, the twentieth item: tens with an ordinal unit, or a tens ordinal alone
    text = _COMPOUND_ORDINAL.sub(lambda m: _compound_ordinal(*m.groups()), text)
    text = re.sub(
        # the second item / the second one; and the second? (an ordinal ending a follow-up)
        r"\b(" + "|".join(_ORDINALS) + r")\b(?= (?:item|problem|one|from)|\s*[?？.!]*$)",
        lambda m: _ORDINALS[m.group(1).lower()],
        text,
        flags=re.I,
    )
    return re.sub(
        # problem twenty one, item no. thirty-one, issue number five
        r"\b(item|problem|issue|number)\s+((?:no\.?\s*|number\s+|#\s*)?)(" + _EN_NUMBER.pattern[2:-2] + r")\b",
        lambda m: m.group(1) + " " + m.group(2) + _EN_NUMBER.sub(digits, m.group(3)),
        text,
        flags=re.I,
    )


# A number that counts the items a question looks inside (青神31条里有几条, 朔州33项中): a total, never an item.
_A_TOTAL = r"(?!\s*[条项](?:问题|事项)?(?:里|中|当中|之中|内))"


def ref_after_name(text: str, spans: tuple[str, ...]) -> ItemRef | None:
    """A bare number right after a name (Tianchang 3, 溆浦 21): that agency's item, as printed or the Nth."""
    for span in spans:
        m = re.search(re.escape(span) + r"[\s:：,，]*(\d{1,3})(?![\d年月日号%.个家])" + _A_TOTAL, text, re.I)
        if m:
            return ItemRef(int(m.group(1)), "either", m.group(1))
    return None


def _number(word: str) -> int | None:
    if word.isascii():  # digits as typed ('12'); '²' and other scripts' digits are not numbers here
        return user_number(word)
    import cn2an  # 0.1–0.2 s to import: only when a question writes a number in Chinese

    try:
        return int(cn2an.cn2an(word, "smart"))
    except (ValueError, KeyError):
        return None


# ---- status filters and time ---------------------------------------------------------------------


def read_status(text: str) -> str | None:
    """Which items of a list the question asks for (done_pending, in_progress, unstated, longterm, done, overdue)."""
    lowered = _HYPHEN.sub(" ", text.lower())  # in-progress = in progress, long-term = long term
    table: dict[str, list[str]] = data("intents")["status_filters"]
    sound = _pinyin_sound(lowered)
    found = [
        (len(w), status)
        for status, words in table.items()
        for w in words
        if _has(lowered, _HYPHEN.sub(" ", w)) or (sound and _word_sound(w) in sound)
    ]
    if any(status == "done" for _, status in found) and (_not_done_filter(lowered) or _ASKED_DONE_SOUND.search(sound)):
        found = [(n, status) for n, status in found if status != "done"]
    return max(found)[1] if found else None


def _pinyin_sound(lowered: str) -> str:
    """A question typed in pinyin, its syllables joined (zheng zai tui jin -> zhengzaituijin); '' otherwise."""
    if _CJK.search(lowered):
        return ""
    from .names import latin_key

    return "".join(latin_key(w) for w in re.findall(r"[a-z0-9]+", lowered))


@cache
def _word_sound(word: str) -> str:
    """How a Chinese filter word of three characters or more is said (正在推进 -> zhengzaituijin); never for
    English words or short ones, which pinyin could hold by chance."""
    if len(word) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return "\0"
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word)).lower()


# A done word negated (未销号的, 没有整改完成的, 尚未办结): the items not done. Asked as yes or no with no
# "which" (整改完成了没, 已经完成了吗): whether all is done. Neither is the filter for the done items.
_NEGATED_DONE = re.compile(
    r"(?:未|没有?|尚未|还没有?|不曾|不是|并非|并未)(?:已经?)?(?:销号|办结|整改完成|完成整改|整改到位|整改好|改完)"
    r"|(?:不是|并非)(?:已经?)?完成"  # 不是已完成的: the items whose status is not done
)


@cache
def _done_refused() -> re.Pattern[str]:
    """The done list turned away (不要已完成的, 别给我列已经改完的, 除了已完成的, not the done ones): what is left is
    not done. The words are answers/data/intents.toml [status_refusals]."""
    words = "|".join(re.escape(w) for w in sorted(data("intents")["status_refusals"]["words"], key=len, reverse=True))
    verbs = r"(?:列|看|查|要|显示|列出|show|list)?"  # 别给我列已完成的, 不用看已经完成的
    done = r"(?:已经?|已)?(?:整改)?(?:完成|改完|办结|销号|done|finished|completed)"
    return re.compile(rf"(?:{words})\s*{verbs}\s*(?:那些|the)?\s*{done}")


_ASKED_DONE = re.compile(r"(?:销号|办结|完成|整改好|改完|整改到位)了?(?:吗|么|没|否|与否|[?？])")
# The same asked with the yes-or-no word before it (是不是都已经完成了, 是否已全部整改完成): whether all is done.
_FRAMED_DONE = re.compile(r"(?:是不是|是否|有没有)[^，,。？?！!；;]{0,8}?(?:销号|办结|完成|整改好|改完|整改到位)")
_WHICH = re.compile(r"哪|\bwhich\b|\bwhat\b")
# The same yes-or-no typed in pinyin (zhenggai wancheng le ma, gai wan le mei): whether all is done.
_ASKED_DONE_SOUND = re.compile(r"(?:wancheng|gaiwan|banjie|xiaohao|daowei|zhenggaihao)(?:le)?(?:ma|mei|meiyou|fou|me)$")


def refuses_done(text: str) -> bool:
    """Whether a question turns the done list away (不要已完成的, 除了已完成的还有啥): see _done_refused."""
    return _done_refused().search(text.lower()) is not None


def _not_done_filter(lowered: str) -> bool:
    """Whether the done words of a question negate or ask rather than filter (see _NEGATED_DONE)."""
    asked = _ASKED_DONE.search(lowered) or _FRAMED_DONE.search(lowered)
    refused = _done_refused().search(lowered)
    return bool(_NEGATED_DONE.search(lowered) or refused or (asked and not _WHICH.search(lowered)))


def _has(text: str, word: str) -> bool:
    """A cue occurs: Chinese as a substring, Latin as whole words."""
    if _CJK.search(word) or word not in text:  # (absent: no pattern compiled, ~190 of them in a cold ask)
        return word in text
    return re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text) is not None


_YEAR = re.compile(r"(20\d\d)\s*年(?:以来|之后|以后|后|起)|(?:since|after)\s+(20\d\d)")
_THIS_YEAR = re.compile(r"今年|本年度|this year")


_BEFORE = re.compile(r"(20\d\d)\s*年?(?:以前|之前|前)|before\s+(20\d\d)")


def read_until(text: str) -> str | None:
    """An upper time bound on the notices asked about (2024年之前 / before 2024: dated before 2024-01-01)."""
    m = _BEFORE.search(text.lower())
    return f"{m.group(1) or m.group(2)}-01-01" if m else None


# A year the notices are asked of (2023年的通报, 去年的通报, notices from 2023, last year's notices): dated within it.
_IN_YEAR = re.compile(
    r"(20\d\d)\s*年度?(?:的|发布的|收录的|公布的|出的)?(?:整改)?通报"
    r"|notices?\s+(?:from|of|in|published in|dated)\s+(20\d\d)|(20\d\d)(?:'s)?\s+notices?"
    # a year and, in the same clause, the notice's publishing (2023年公布的是哪家的通报, published in 2023)
    r"|(20\d\d)\s*年度?[^，,。？?！!；;]{0,4}?(?:发布|公布|印发|签发|发的|出的|巡察|被巡|反馈|进驻)"
    r"|(?:published|issued|released|signed|inspected|fed back)\s+in\s+(20\d\d)"
)
_LAST_YEAR = re.compile(
    r"去年(?:的|发布的|收录的)?(?:整改)?通报|last year'?s?\s+notices?|notices?\s+(?:from|of)\s+last year"
)


def read_year(text: str, this_year: int) -> tuple[str, str] | None:
    """The first day of a year the notices are asked of and of the year after, or None."""
    lowered = text.lower()
    m = _IN_YEAR.search(lowered)
    year = int(next(g for g in m.groups() if g)) if m else this_year - 1 if _LAST_YEAR.search(lowered) else None
    return (f"{year}-01-01", f"{year + 1}-01-01") if year is not None else None


def time_words(text: str) -> tuple[str, ...]:
    """The words of a question that say its time bound (2023年发布的, since 2025): never part of its topic."""
    lowered = text.lower()
    patterns = (_IN_YEAR, _LAST_YEAR, _YEAR, _BEFORE, _THIS_YEAR)
    return tuple(m.group(0) for p in patterns for m in p.finditer(lowered))


def read_event(text: str) -> tuple[str | None, tuple[str, ...]]:
    """Which of a notice's dates a time bound is about (反馈: the feedback, 巡察: the inspection; None: the notice's
    own), and the words that said so (answers/data/intents.toml [time_events])."""
    lowered = text.lower()
    for event, words in data("intents")["time_events"].items():
        said = tuple(w for w in words if _has(lowered, w))
        if said and event != "oldest":
            return event, said
    return None, ()


def read_oldest(text: str) -> bool:
    """Whether the earliest notices are asked for (最早的那份通报, the oldest notice)."""
    lowered = text.lower()
    return any(_has(lowered, w) for w in data("intents")["time_events"]["oldest"])


def read_since(text: str, this_year: int) -> str | None:
    """A time bound on the notices asked about: since a year, this year (ISO date), or None."""
    if _THIS_YEAR.search(text.lower()):
        return f"{this_year}-01-01"
    m = _YEAR.search(text.lower())
    return f"{m.group(1) or m.group(2)}-01-01" if m else None


# ---- kinds of place -------------------------------------------------------------------------------

# What asks for places of a kind (都有哪些县的, 哪几个区还有没整改完的, 各县): a which-word before the kind's word,
# and after it the end of the phrase, never a longer word (哪些市场, 各县委 are no kind of place).
_WHICH_KIND = r"(?:都有哪些|有哪些|哪些|哪几个|哪个|几个|多少个?|各个?|所有的?|全部的?)"
_WHICH_EN = r"(?:which|what|list(?: the)?|all(?: the)?|every|how many)"
_KIND_END = r"(?=单位|部门|机关|[的有还都没已在里呢吗啊了那这？?，,。.！!\s]|$)"


@dataclass(frozen=True)
class PlaceKind:
    """A kind of place a question scopes agencies by: by its place name's ending or by its level."""

    key: str  # county | city | district | county_level | …: the catalogues' kind-<key>
    endings: tuple[str, ...] = ()
    not_endings: tuple[str, ...] = ()
    level: str | None = None
    span: str = ""  # the words that asked for it (left out of topic words)

    def holds(self, place: str | None, level: str | None) -> bool:
        """Whether an agency whose own place is `place`, at `level`, is of this kind."""
        if self.level is not None and level != self.level:
            return False
        if self.level is not None and not self.endings:
            return True
        return place is not None and place.endswith(self.endings) and not place.endswith(self.not_endings)


@cache
def _kind_patterns() -> tuple[tuple[re.Pattern[str], PlaceKind], ...]:
    found = []
    for key, row in data("regions")["kinds"].items():
        kind = PlaceKind(key, tuple(row.get("endings", ())), tuple(row.get("not_endings", ())), row.get("level"))
        words = "|".join(re.escape(w) for w in sorted(row["words"], key=len, reverse=True))
        # a level word (县级) names the kind before 单位/部门 without a which-word; a bare kind (县) needs one
        before = rf"{_WHICH_KIND}?" if kind.level else _WHICH_KIND
        english = "|".join(re.escape(w) for w in sorted(row["english"], key=len, reverse=True))
        found.append((re.compile(rf"{before}(?:{words}){_KIND_END}"), kind))
        found.append((re.compile(rf"\b{_WHICH_EN}\s+(?:{english})\b(?:\s+(?:agencies|bodies|ones))?", re.I), kind))
    return tuple(found)


def read_place_kind(text: str) -> PlaceKind | None:
    """The kind of place a question lists or scopes by (都有哪些县的 → county), or None: the longest words asking
    for one (区县级 over 县)."""
    lowered = text.lower()
    best: PlaceKind | None = None
    for pattern, kind in _kind_patterns():
        m = pattern.search(lowered)
        if m and len(m.group(0)) > len(best.span if best else ""):
            best = replace(kind, span=m.group(0))
    return best


# ---- topics --------------------------------------------------------------------------------------

_SPLIT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")


@dataclass(frozen=True)
class Topic:
    terms: tuple[str, ...] = ()
    known: bool = False  # an everyday topic word of the table (or one that sounds like it), not a leftover
    pieces: tuple[str, ...] = ()  # the leftover with its qualifiers (不规范 helps rank, never makes a topic)
    synonym: bool = False  # an everyday topic word of the table is among it
    rest: tuple[str, ...] = ()  # beside a synonym, the other words left (党支部 + 选举)
    concepts: tuple[tuple[str, ...], ...] = ()  # each everyday topic word's notice words (临时工 | 财务)


def topic_terms(text: str, remove: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Words to search titles and measures for (see `read_topic`)."""
    return read_topic(text, remove).terms


def read_topic(text: str, remove: tuple[str, ...] = ()) -> Topic:
    """Words to search titles and measures for: what is left once names, references and question words go.

    Everyday words and English become the notices' wording through answers/data/topics.toml; a
    typo that sounds like a known topic word (意识形太) is read as that word. Otherwise the leftover
    pieces, fillers dropped (请问, 所有, 一下): which of their words the notices use is the store's to say.
    """
    lowered = text.lower()
    for span in sorted((s for s in remove if s), key=len, reverse=True):
        lowered = lowered.replace(span.lower(), " ")
    lowered = _pinyin_to_chinese(_english_to_chinese(lowered))
    lowered = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", lowered)  # "出差 报销" -> 出差报销
    lowered = _unslipped(lowered)  # 公务有车 -> 公务用车
    lowered = _strip_cues(lowered)
    concepts, lowered = _synonyms_in(lowered)
    found = tuple(dict.fromkeys(w for words in concepts for w in words))
    chunks = [c for c in _SPLIT.split(_strip_fillers(lowered)) if len(c) >= 2 and _CJK.search(c)]
    if found:  # 党支部选举: a known word and more; the more makes it a search for both
        rest = tuple(t for t in (_without_qualifiers(c) for c in chunks) if len(t) >= 2 and not _sounds_like_topic(t))
        pieces = tuple(_pieces(c) for c in chunks) if rest else ()
        return Topic(found, known=True, pieces=pieces, synonym=True, rest=rest, concepts=concepts)
    leftover: tuple[str, ...] = ()
    for chunk in chunks:
        term = _strip_qualifiers(chunk)
        if len(term) >= 2 and _CJK.search(term):
            corrected = _sounds_like_topic(term)
            if corrected:
                return Topic(corrected, known=True)
            leftover += (term,)
    pieces = tuple(_pieces(c) for c in chunks if _strip_qualifiers(c)) if leftover else ()
    return Topic(tuple(dict.fromkeys(leftover))[:4], pieces=pieces[:4])


# Never part of what a topic is about (方面, 存在 frame it; 的问题 asks about it).
_FRAME = re.compile(r"问题|情况|事情|那个|这个|方面|存在|相关|有关|出现|发生|[的了吗呢吧啊么啥]")


def _without_qualifiers(chunk: str) -> str:
    """A chunk with every qualifier taken out wherever it stands (违规报 -> 报)."""
    for w in sorted(data("topics")["qualifiers"]["words"], key=len, reverse=True):
        chunk = chunk.replace(w, "")
    return chunk


def _pieces(chunk: str) -> str:
    """A leftover chunk for ranking: qualifiers (不规范) kept, question framing (的问题) dropped."""
    return _FRAME.sub(" ", chunk)


# 那33个问题, 五个单位, 那两家, 2019年: a number, not a topic (四个服务 is one: 个 counts only units and problems).
_COUNTED = re.compile(
    r"(?:19|20)\d\d\s*年度?|\d+\s*[个项条家件]?|[一二两三四五六七八九十]+\s*(?:[家份]|[个项条](?=单位|问题|事项|通报))"
)


def _strip_fillers(text: str) -> str:
    text = _COUNTED.sub(" ", text)
    for word in _fillers():
        text = text.replace(word, " ") if _CJK.search(word) else re.sub(rf"\b{re.escape(word)}\b", " ", text)
    return text


@cache
def _fillers() -> tuple[str, ...]:
    return tuple(sorted(data("topics")["fillers"]["words"], key=len, reverse=True))


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")  # mixed-post = mixed post, heart-to-heart = heart to heart


def _english_to_chinese(text: str) -> str:
    table: dict[str, str] = data("topics")["english"]
    text = _HYPHEN.sub(" ", text)
    for key in sorted(table, key=len, reverse=True):
        spaced = _HYPHEN.sub(" ", key)
        if spaced in text:
            # a word that starts with the key (vehicles, elected), never one that only holds it (s-elect)
            text = re.sub(r"(?<![a-z])" + re.escape(spaced) + r"[a-z]*", table[key], text)
    return text


_LATIN_WORD = re.compile(r"[a-z]+")
MAX_PINYIN_WORDS = 4  # a topic word typed in pinyin spans at most this many Latin words (chai lv fei)


def _pinyin_to_chinese(text: str) -> str:
    """Topic words typed in pinyin, with or without spaces, as the table's Chinese (gongche → 公车, chai lv → 差旅)."""
    words = [(m.start(), m.end(), m.group(0)) for m in _LATIN_WORD.finditer(text)]
    if all(w in _english_vocabulary() for _, _, w in words):  # (no pinyin left: the readings are never loaded)
        return text
    table = _topic_pinyin()
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_PINYIN_WORDS), i, -1):
            key = "".join(w for _, _, w in words[i:j])
            if key in table:
                found.append((words[i][0], words[j - 1][1], table[key]))
                i = j
                break
        else:
            i += 1
    for start, end, chinese in reversed(found):
        text = text[:start] + chinese + text[end:]
    return text


@cache
def _english_vocabulary() -> frozenset[str]:
    """The English words of the question tables (cues, examples, topic words): never pinyin."""
    words: set[str] = set(_COMMON_ENGLISH)
    for name in ("intents", "topics"):
        for table in data(name).values():
            for key, value in table.items():
                for text in [key, *(value if isinstance(value, list) else [value])]:
                    if isinstance(text, str):
                        words.update(_LATIN_WORD.findall(text.lower()))
    return frozenset(words)


# English words of questions no table holds (a, the, is …): never read as pinyin.
_COMMON_ENGLISH = (
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "of", "in",
    "on", "at", "for", "to", "from", "with", "and", "or", "what", "which", "who", "how", "when", "why", "where", "any",
    "anything", "there", "their", "its", "it", "s", "please", "me", "my", "i", "about", "problem", "problems", "issue",
    "issues", "item", "items", "agency", "agencies", "notice", "notices", "tell", "show", "list", "give",
)  # fmt: skip


@cache
def _topic_pinyin() -> dict[str, str]:
    """Every everyday topic word of the table by how it may be said, toneless (公车 → gongche; 差旅 → chailv, chalv)."""
    from .names import readings  # pypinyin: only for a question with Latin words left

    return {sound: k for k in sorted(data("topics")["synonyms"], key=len) for sound in readings(k, tones=False)}


@cache
def _cue_words() -> tuple[str, ...]:
    """Every intent and status cue, longest first: question words, not topic words."""
    d = data("intents")
    words = {w for name, table in d.items() if name in _INTENT_TABLES for w in table.get("cues", {})}
    words |= {w for ws in d["status_filters"].values() for w in ws}
    words |= {w for ws in d["fragments"].values() for w in ws}
    words |= set(_FRAME_WORDS)
    return tuple(sorted(words, key=len, reverse=True))


_INTENT_TABLES = (
    "open_items", "item_status", "topic_search", "summary", "claims_check", "changes", "latest", "list_agencies",
    "help",
)  # fmt: skip
# Words that frame a question rather than name its topic.
_FRAME_WORDS = (
    "哪些单位", "哪些部门", "哪个单位", "哪家单位", "哪些", "哪个", "哪家", "什么", "有没有", "是否", "整改", "情况",
    "进展", "请问", "一下", "查询", "查一下", "搜索", "关于", "单位", "部门", "通报", "都有", "也有", "还有", "处理",
    "的事", "怎么样", "如何", "咋样", "目前", "现在", "刚才", "那个", "那", "呢", "吗", "了", "啥", "谁", "都",
)  # fmt: skip


@cache
def topic_keys() -> tuple[str, ...]:
    """The everyday topic words of answers/data/topics.toml (三重一大, 一岗双责): never part of a name."""
    return tuple(k for k in data("topics")["synonyms"] if len(k) >= 3)


@cache
def question_words() -> tuple[str, ...]:
    """The Chinese cue words of two characters or more: words of the question, never part of a name."""
    return tuple(w for w in _cue_words() if len(w) >= 2 and _CJK.search(w))


def _strip_cues(text: str) -> str:
    for word in _cue_words():
        if _CJK.search(word):
            text = text.replace(word, " ")
    return text


def _synonyms_in(text: str) -> tuple[tuple[tuple[str, ...], ...], str]:
    """The notices' words for each everyday topic word in the text (longest first, each span once), and
    the text without those words."""
    table: dict[str, list[str]] = data("topics")["synonyms"]
    found: list[tuple[str, ...]] = []
    for key in sorted(table, key=len, reverse=True):
        if key in text:
            found.append(tuple(table[key]))
            text = text.replace(key, " ")
    return tuple(found), text


def _strip_qualifiers(chunk: str) -> str:
    words: list[str] = sorted(data("topics")["qualifiers"]["words"], key=len, reverse=True)
    changed = True
    while changed and chunk:
        changed = False
        for w in words:
            if chunk.startswith(w) and len(chunk) - len(w) >= 2:
                chunk, changed = chunk[len(w) :], True
            if chunk.endswith(w) and len(chunk) - len(w) >= 2:
                chunk, changed = chunk[: -len(w)], True
    return "" if chunk in words else chunk


def _unslipped(text: str) -> str:
    """Topic words typed with one character slipped to another that sounds alike or nearly (公务有车 for 公务用车,
    工会经废 for 工会经费; `names.sounds_near`) written as the table writes them: the everyday words and the notices'
    words of answers/data/topics.toml of three characters or more, the others as typed."""
    from .names import sounds_near

    slips = _topic_slips()
    if not _CJK.search(text):
        return text
    for size in range(_SLIP_MAX, 2, -1):
        start = 0
        while start + size <= len(text):
            window = text[start : start + size]
            meant = next(
                (
                    word
                    for i in range(size)
                    for word in slips.get(window[:i] + "?" + window[i + 1 :], ())
                    if word != window and _CJK_ONLY.match(window) and sounds_near(window[i], word[i])
                ),
                None,
            )
            if meant:
                text = text[:start] + meant + text[start + size :]
            start += size if meant else 1
    return text


_SLIP_MAX = 6
_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


@cache
def _topic_slips() -> dict[str, tuple[str, ...]]:
    """The topic table's Chinese words of three characters or more, by each form with one character left out."""
    table: dict[str, list[str]] = data("topics")["synonyms"]
    words = {w for k, v in table.items() for w in (k, *v) if 3 <= len(w) <= _SLIP_MAX and _CJK_ONLY.match(w)}
    slips: dict[str, tuple[str, ...]] = {}
    for w in sorted(words):
        for i in range(len(w)):
            key = w[:i] + "?" + w[i + 1 :]
            slips[key] = (*slips.get(key, ()), w)
    return slips


def _sounds_like_topic(term: str) -> tuple[str, ...]:
    """A typed word that sounds exactly like a known topic word (same tones): its notice words."""
    from .names import toned

    table: dict[str, list[str]] = data("topics")["synonyms"]
    sounds = _topic_sounds()
    for size in range(min(len(term), 6), 1, -1):
        for start in range(len(term) - size + 1):
            key = sounds.get(toned(term[start : start + size]))
            if key:
                return tuple(table[key])
    return ()


@cache
def _topic_sounds() -> dict[str, str]:
    from .names import toned

    table: dict[str, list[str]] = data("topics")["synonyms"]
    return {toned(key): key for key in sorted(table, key=len) if len(key) >= 3}
