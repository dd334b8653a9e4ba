"""Dates as notices write them: 2024年7月12日, 10月31日 (year from context), 3月下旬, 二〇二五年六月八日,
2025-06-29; and deadlines stated in rectification text (年底前, 5月底前, 三个月内)."""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .lexicon import CN_DIGITS

_NUM = rf"(?:\d{{1,4}}|[{CN_DIGITS}]{{1,4}})"
# Each pattern opens with the characters a date can start with, so the scan skips other text quickly.
DATE_RE = re.compile(
    rf"(?=[\d{CN_DIGITS}])(?:(?P<y>\d{{4}}|[{CN_DIGITS}]{{4}})\s*年\s*)?(?P<m>{_NUM})\s*月\s*"
    rf"(?:(?P<d>{_NUM})\s*[日号]|(?P<part>上旬|中旬|下旬|初|底|末|份)?)"
    # a day whose 日 the page dropped (2022年11月15市委第三巡察组…): figures that count nothing (no unit, 余 or 多
    # after them) and end no longer number; read only where the year is printed, so one reading is possible
    rf"(?P<bare>(?<=月)\d{{1,2}}(?![\d.．%％:：\-~～日号个项件条人次名家所处万元天年月余多亿岁户间座辆台套份期批])"
    rf"(?=[\u4e00-\u9fff，,。；;、]))?"
)
ISO_RE = re.compile(r"(?P<y>[12]\d{3})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
# — or the Chinese dash ——, two em dashes wide (2018年11月26日——2019年1月26日: a city's news of a township's notice),
# printed ―― by pages decoded as cp936 (GBK A1AA); 自…起至… (the start's 起 before 至) is the same range.
RANGE_SEP = r"\s*(?:起?(?:至|到)|[—―]{1,2}|－|-|~|～)\s*"
# A dotted date's range whose end leaves out the year (2025.4.14—6.13 / 2024.11.4至1.10: a city bureau's opening,
# issue 19's round 133's probes): the end's month and day, read only right after a dotted date and a range sign, its
# year the start's (the next where the month comes round again)
DOTTED_END_RE = re.compile(rf"{RANGE_SEP}(?P<m>\d{{1,2}})[.．](?P<d>\d{{1,2}})(?![\d.．%％])")


@lru_cache(maxsize=4096)
def cn_int(text: str) -> int | None:
    """Parse an Arabic or Chinese numeral (12, 十二, 二〇二五); None if it is not a number."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text and all(ch in "〇零一二三四五六七八九" for ch in text) and len(text) >= 3:
        return int("".join(str("〇一二三四五六七八九".index(ch.replace("零", "〇"))) for ch in text))
    try:
        import cn2an

        return int(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError, TypeError):
        return None


def cn_numeral(n: int) -> str:
    """1–99 in Chinese numerals as the genre and Word's chineseCounting print them (一 … 十, 十一, 二十, 二十一); 0 as
    〇, 100 and more in digits. The inverse of cn_int for those numbers."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "") if n < 100 else str(n)


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: ISO string (YYYY-MM-DD or YYYY-MM), whether the year was written, span."""

    iso: str
    year_written: bool
    start: int
    end: int
    value: date


def _make(y: int, m: int, d: int | None) -> tuple[str, date] | None:
    if not (1 <= m <= 12 and 1900 <= y <= 2100):
        return None
    if d is None:
        return f"{y:04d}-{m:02d}", date(y, m, 1)
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    value = date(y, m, d)
    return value.isoformat(), value


def find_dates(text: str, default_year: int | None = None) -> list[FoundDate]:
    """Return dates in order; a missing year is taken from the nearest earlier date (or default_year)."""
    found: list[FoundDate] = []
    year = default_year
    prev: date | None = None
    spans: list[tuple[int, re.Match[str], bool | None]] = [(m.start(), m, True) for m in ISO_RE.finditer(text)]
    spans += [(m.start(), m, False) for m in DATE_RE.finditer(text)]
    if "日" in text or "月" in text:
        spans += [(m.start(), m, None) for m in DAMAGED_RE.finditer(text)]
    for _, match, iso in sorted(spans, key=lambda s: (s[0], s[2] is not None)):
        if found and match.start() < found[-1].end:
            continue
        if iso and "." in match.group(0) and (end := DOTTED_END_RE.match(text, match.end())) is not None:
            start = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            stop = start and _make(int(match["y"]), int(end["m"]), int(end["d"]))
            if start and stop and stop[1] < start[1]:
                stop = _make(int(match["y"]) + 1, int(end["m"]), int(end["d"]))  # 2024.11.4至1.10: the year turned
            if start and stop:
                found.append(FoundDate(start[0], True, match.start(), match.end(), start[1]))
                found.append(FoundDate(stop[0], False, end.start("m"), end.end(), stop[1]))
                year, prev = stop[1].year, stop[1]
                continue
        if iso is None:  # a date whose page dropped 年 or 月: kept only when one reading is possible
            reading = _damaged_reading(match)
            if reading is not None:
                found.append(FoundDate(reading[0], True, match.start(), match.end(), reading[1]))
                year, prev = reading[1].year, reading[1]
            continue
        y_text = match.group("y")
        y = cn_int(y_text) if y_text else year
        m = cn_int(match.group("m"))
        d_text = match.group("d") or (match.group("bare") if match.group("y") else None)
        d = cn_int(d_text) if d_text else None
        if y is None or m is None or (d_text and d is None):
            continue
        made = _make(y, m, d)
        if made is None:
            continue
        if not y_text and prev is not None and made[1] < prev and made[1].month < prev.month:
            made = _make(y + 1, m, d) or made  # 11月 then 1月: the year turned
        found.append(FoundDate(made[0], bool(y_text) or iso, match.start(), match.end(), made[1]))
        year, prev = made[1].year, made[1]
    return found


# 20227月21日 (年 dropped) and 2022年721日 (月 dropped): what pages that lost a character print.
# 20249月至11月 (年 dropped, no day): one reading too, the month.
# 2024月10月15日 (年 typed as 月, a Xinjiang city's notice): the year then a second 月, one reading.
# The year's first figure opens the pattern, no digit before it looked back for after it, so that the engine scans for
# a 1 or a 2 (a lookahead or a lookbehind first makes it try every place: three times slower).
DAMAGED_RE = re.compile(
    r"(?P<y>(?:1(?<!\d1)9|2(?<!\d2)0)\d{2})(?:(?P<m>\d{1,2})月(?:\s*(?P<d>\d{1,2})日)?|年(?P<md>\d{2,4})\s*(?P<d2>\d{1,2})?日"
    r"|月(?P<m2>\d{1,2})月(?:\s*(?P<d3>\d{1,2})日)?)"
)


def _damaged_reading(match: re.Match[str]) -> tuple[str, date] | None:
    """The one date a damaged form can stand for, else None (2022年111日 is 1-11 or 11-1: no date)."""
    y = int(match["y"])
    if match["m2"] is not None:
        return _make(y, int(match["m2"]), int(match["d3"]) if match["d3"] else None)
    if match["m"] is not None:
        return _make(y, int(match["m"]), int(match["d"]) if match["d"] else None)
    if match["d2"] is not None:
        return None  # 2022年7 21日: not a form the genre prints
    digits = match["md"]
    # Month and day are one or two digits each: 1021 is 10-21 only (a day is never written 021). A page pads both
    # or neither (2024年01月05日, 2024年1月5日): 105 is 10-5, never 1-05 or 01-5.
    cuts = [k for k in (1, 2) if 1 <= len(digits) - k <= 2]
    if len(digits) == 3:
        cuts = [k for k in cuts if digits[0] != "0" and digits[k] != "0"]
    readings = {r for k in cuts if (r := _make(y, int(digits[:k]), int(digits[k:])))}
    return readings.pop() if len(readings) == 1 else None


def find_range(text: str, dates: list[FoundDate] | None = None) -> tuple[FoundDate, FoundDate] | None:
    """The first 'DATE 至 DATE' in text (the inspection period); `dates` are text's dates if known."""
    dates = find_dates(text) if dates is None else dates
    for a, b in itertools.pairwise(dates):
        if re.fullmatch(RANGE_SEP, text[a.end : b.start]) or re.fullmatch(r"\s*(?:至|到)\s*", text[a.end : b.start]):
            return a, b
    return None


# --- deadlines ------------------------------------------------------------------------------------
_DEADLINE_RE = re.compile(
    rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?:(?P<m>{_NUM})\s*月\s*(?:(?P<d>{_NUM})\s*日|(?P<end>底|末))|(?P<ye>年底|年末))\s*(?:之)?前"
    rf"|(?P<n>{_NUM})\s*个月(?:之)?内|(?P<ny>今年|年内)(?:底)?(?:完成|前)"
)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def find_deadline(text: str, reference: date | None) -> tuple[str, str] | None:
    """The first deadline stated in text as (ISO date, the words), resolved against the notice date."""
    for end in _DEADLINE_END.finditer(text):  # look back from each 前/内 only: most text has neither
        if (
            end[0] == "前"
            and (at := end.start())
            and text[at - 1] not in _BEFORE_DEADLINE_END
            and not text[at - 1].isspace()
        ):
            continue  # 目前, 当前, 提前: a deadline's 前 follows its day (日, 底, 末, 年, 内) or 之
        window = text[max(0, end.end() - 24) : end.end()]
        match = _DEADLINE_RE.search(window)
        if match and match.end() == len(window):
            resolved = _resolve_deadline(match, reference)
            if resolved is not None:
                return resolved.isoformat(), match.group(0)
    return None


_DEADLINE_END = re.compile(r"前|内(?=完成|[,，。;；]|$)|年内")
_BEFORE_DEADLINE_END = "日底末年内之"


def _resolve_deadline(match: re.Match[str], reference: date | None) -> date | None:
    year = int(match.group("y")) if match.group("y") else (reference.year if reference else None)
    if match.group("n"):
        months = cn_int(match.group("n"))
        return _add_months(reference, months) if reference and months else None
    if year is None:
        return None
    if match.group("ye") or match.group("ny"):
        return date(year, 12, 31)
    month = cn_int(match.group("m") or "")
    if month is None or not 1 <= month <= 12:
        return None
    if match.group("end"):
        return date(year, month, calendar.monthrange(year, month)[1])
    day = cn_int(match.group("d") or "")
    if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)
