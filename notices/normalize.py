"""Turn raw notice text into clean lines: width, markup, soft line breaks, stray spaces, characters."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from .lexicon import (
    ARABIC_RE,
    CHROME_RE,
    CLOSING_RE,
    CN_PAREN_RE,
    LABEL_RE,
    MEASURE_START_RE,
    ORG_LINE_RE,
    PAREN_RE,
    PROBLEM_RE,
    SECTION_RE,
    TITLE_END_RE,
    TITLE_HEAD_LINE_RE,
    TITLE_SEARCH_RE,
    ZHENDUI_RE,
)
from .numbering import numbering_of
from .status import trailing_status

# Full-width ASCII variants -> ASCII; ideographic space -> space. CJK punctuation (，。、“”) is kept.
_WIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({"\u3000": " ", "\u00a0": " "})
_WIDTH.update(dict.fromkeys("\ufffd\ufeff\u200b\u200c\u200d\u2060\u00ad", ""))
_WIDTH_RE = re.compile("[" + "".join(re.escape(ch) for ch in _WIDTH) + "]")

_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》、。，；：！？（）"
_CJK_RE = re.compile(f"[{_CJK}]")
_SPACE_RUN = re.compile(r"[ \t]+")
_MARKDOWN = re.compile(r"(?m)\*\*|^#{1,6}\s+")
_TERMINAL = '。！？!?：:；;…"”’)）》】'
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日$")
_CONTINUING = "，、,（(“《‘"


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


# Characters that only occur in traditional script; one of them is enough to convert the text.
_TRADITIONAL_HINTS = re.compile("[關於組織黨員會議頭書辦與為這幹進問題們體學習區縣後實廣歲義務處舉報]")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified; simplified text is returned unchanged."""
    if _TRADITIONAL_HINTS.search(text) is None:
        return text
    return str(_t2s().convert(_PINYIN_DEBRIS.sub("", text)))


# Converters that annotate characters with their reading leave 關(guān), 進(jìn): a CJK character followed by
# its toned pinyin in brackets. Only the pinyin goes; brackets holding anything else stay.
_PINYIN_DEBRIS = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"
)


def clean_line(line: str) -> str:
    """Normalise one line: width, zero-width characters, markdown bold, spaces around CJK and in numbers."""
    for ch in set(_WIDTH_RE.findall(line)):  # few distinct characters, each replaced in one pass
        line = line.replace(ch, _WIDTH[ch])
    if "**" in line or "#" in line:  # cheap pre-checks: each scan costs as much as the text is long
        line = _MARKDOWN.sub("", line)
    if " " in line or "\t" in line:
        line = _SPACE_RUN.sub(_space, line)
    return line.strip()


def _space(m: re.Match[str]) -> str:
    """A run of spaces: gone next to CJK and between digits (2022 年, 1 5), else one space."""
    text, start, end = m.string, m.start(), m.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _CJK_RE.match(before) or _CJK_RE.match(after) or (before.isdigit() and after.isdigit()):
        return ""
    return " "


def starts_unit(line: str) -> bool:
    """True when a line opens a new structural unit (numbered heading, label, closing matter)."""
    return _UNIT_RE.match(line) is not None or numbering_of(line) is not None


_UNIT_RE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            SECTION_RE,
            CN_PAREN_RE,
            PAREN_RE,
            ARABIC_RE,
            PROBLEM_RE,
            ZHENDUI_RE,
            LABEL_RE,
            MEASURE_START_RE,
            CLOSING_RE,
        )
    )
)


def _is_signature(line: str) -> bool:
    """An organisation name or a date standing alone (the signature block)."""
    return bool(ORG_LINE_RE.match(line) or _DATE_LINE.match(line))


def display_width(line: str) -> float:
    """Width as a page lays it out: a CJK character 1, an ASCII character 1/2 (from the UTF-8 length)."""
    n = len(line)
    ascii_count = (3 * n - len(line.encode("utf-8"))) / 2  # ASCII takes 1 byte, CJK 3
    return n - ascii_count / 2


def wrap_width(widths: list[float]) -> int | None:
    """The fixed width a text copied out of a PDF was hard-wrapped at, if most long lines share it."""
    if len(widths) < 6:
        return None
    width, count = Counter(math.ceil(w) for w in widths).most_common(1)[0]
    return width if count >= 0.4 * len(widths) and width <= 60 else None


_WRAP_TERMINAL = "。！？!?；;：:…"
_CLOSERS = ")）”’》】"
_NO_PUNCTUATION = re.compile(r"[^,，。、;；:：]+")


def _is_wrapped(prev: str, last: tuple[str, bool], nxt: str, width: int) -> bool:
    """Whether prev's last line filled the page width, so that nxt continues it (inside a title,
    number or date too). A paragraph may end exactly at the width: a closing 。 keeps it whole."""
    printed, single = last
    if display_width(printed) < width - 1 or prev[-1] in _WRAP_TERMINAL or CHROME_RE.search(prev[:80]):
        return False
    if (prev[-1] in _CLOSERS or (single and starts_unit(prev))) and starts_unit(nxt):
        return False  # a heading that fills the width exactly, then the next numbered line
    if CHROME_RE.search(nxt[:80]) or ("关于" in prev and TITLE_END_RE.search(prev[-120:])):
        return False  # a title that fills the width, or page furniture after a full line
    # A signature is shorter than the width; a full line of an organisation's name continues prev.
    return not (_is_signature(nxt) and _NO_PUNCTUATION.fullmatch(nxt) and display_width(nxt) < width - 1)


def _is_soft_break(prev: str, nxt: str) -> bool:
    """Whether `nxt` continues the sentence `prev` was cut off in (a line broken by page width)."""
    if not prev or prev[-1] in _TERMINAL:
        return False
    if prev[-1] in _CONTINUING or (len(nxt) <= 3 and nxt[-1:] not in _TERMINAL):
        candidate = True  # cut after 、 or （, or a heading's last character wrapped onto its own line
    else:
        candidate = len(prev) >= 40 and len(prev) >= (60 if starts_unit(prev) else 40)
    if not candidate or starts_unit(nxt) or _is_signature(nxt):
        return False
    if CHROME_RE.search(prev[:80]) or ("关于" in nxt and TITLE_SEARCH_RE.match(nxt)):
        return False  # page furniture and a title each stand on their own line
    return not ("关于" in prev and TITLE_END_RE.search(prev[-120:]))


def normalize_lines(text: str) -> list[str]:
    """Return the non-empty, cleaned lines of a notice with soft line breaks rejoined."""
    text = to_simplified(text.replace("\r\n", "\n").replace("\r", "\n"))
    printed = [r.strip() for r in text.split("\n")]
    cleaned = clean_line(text).split("\n")
    if len(cleaned) != len(printed):  # a converter artefact spanned lines: measure the cleaned text
        printed = [c.strip() for c in cleaned]
    rows = [(p, c.strip()) for p, c in zip(printed, cleaned, strict=False) if c.strip()]
    # Widths are measured as printed, before full-width punctuation becomes ASCII; only a text whose
    # lines are short can have been hard-wrapped, so most notices skip the measuring.
    short = sum(1 for p, _ in rows if len(p) <= 62)
    width = wrap_width([display_width(p) for p, c in rows if len(c) >= 16]) if short >= 0.8 * len(rows) else None
    out: list[str] = []
    prev_printed, single = "", True
    for printed_line, line in rows:
        if out and _continues(out[-1], (prev_printed, single), line, width):
            out[-1] += line
            single = False
        else:
            out.append(line)
            single = True
        prev_printed = printed_line
    return out


def _continues(prev: str, last: tuple[str, bool], line: str, width: int | None) -> bool:
    """Whether line continues prev (whose last line was last[0] as printed, and which is one printed
    line when last[1]): a hard wrap at the page width, a soft break, or a split title."""
    if width and _is_wrapped(prev, last, line, width):
        return True
    if _is_soft_break(prev, line):
        return True
    return _is_split_title(prev, line)


def _is_split_title(prev: str, nxt: str) -> bool:
    """A title printed over two lines: the issuer (or 'X关于') alone, then the rest of the title."""
    if not (nxt.startswith("关于") or prev.endswith("关于")) or len(prev) > 50 or len(nxt) > 60:
        return False
    return "巡" in nxt and "整改" in nxt and TITLE_HEAD_LINE_RE.match(prev) is not None


def split_chrome(lines: list[str], limit: int = 30) -> tuple[list[str], list[str]]:
    """Page furniture (breadcrumbs, 来源/发布时间 lines, 字号 widgets, banners) among the first lines,
    and the lines without it."""
    chrome: list[str] = []
    kept: list[str] = []
    for line in lines[:limit]:
        # 【已完成】<problem>: a status in brackets opening a problem's line (L08-like ledgers) is not a page's 【…】
        furniture = CHROME_RE.search(line) and not (line.startswith("【") and trailing_status(line)[1])
        (chrome if furniture else kept).append(line)
    return chrome, kept + lines[limit:]
