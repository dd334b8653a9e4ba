"""Turn raw notice text into clean lines: width, markup, soft line breaks, stray spaces, characters."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .dates import cn_int, cn_numeral
from .lexicon import (
    ARABIC_RE,
    CHROME_RE,
    CLOSING_RE,
    CLOSING_SUMMARY_RE,
    CN_DIGITS,
    CN_PAREN_RE,
    DEADLINE_VALUE,
    LABEL_RE,
    LEGEND_COLOUR_SIGNS,
    LEGEND_COLOURS,
    LEGEND_MARK_FORMS,
    LEGEND_MARKS,
    LEGEND_VERBS,
    LIST_FOLLOWS_WORDS,
    MAYBE_STATUS_LABELS,
    MEASURE_LEADS,
    MEASURE_ORDINALS_RE,
    MEASURE_START_RE,
    ORG_LINE_RE,
    PAREN_RE,
    PROBLEM_RE,
    PROBLEM_WORDING_RE,
    PROSE_DONE_RE,
    PROSE_PROGRESS_RE,
    SECTION_RE,
    STATUS_CLAUSE_RE,
    STATUS_LABELS,
    STATUS_ONLY_RE,
    STATUS_RUN_ON_LEADS,
    TASK_OPENINGS,
    TITLE_END_RE,
    TITLE_HEAD_LINE_RE,
    TITLE_SEARCH_RE,
    ZHENDUI_RE,
)
from .markdown import markdown_read
from .misread import misreads_read
from .numbering import (
    CIRCLED,
    CN,
    COUNTERS,
    FIRST_CHARS,
    NAMED_ENTRY_STYLES,
    WORD_FAMILIES,
    Family,
    number_of,
    numbering_of,
)
from .status import bracketed_status, classify_status, clause_status, label_status, trailing_status
from .status.words import CLOSERS
from .statusicons import status_icons_read

# Full-width ASCII variants -> ASCII; ideographic space -> space. CJK punctuation (，。、“”) is kept.
_WIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({"\u3000": " ", "\u00a0": " "})
_WIDTH.update(dict.fromkeys("\ufffd\ufeff\u200b\u200c\u200d\u2060\u00ad", ""))
# The parenthesised ideographs ㈠…㈩ (U+3220-3229), one glyph each that an input method offers for (一)…(十) when a
# phone's user types 一 and picks the bracketed form (a county bureau's WeChat post numbering its areas ㈠㈡㈢, round
# 136): the bracketed numeral they stand for, as NFKC reads them, so that they are the (一) family's
_WIDTH.update({chr(0x3220 + i): f"({cn})" for i, cn in enumerate("一二三四五六七八九十")})
_WIDTH_RE = re.compile("[" + "".join(re.escape(ch) for ch in _WIDTH) + "]")

_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’《》、。，；：！？（）"
_CJK_RE = re.compile(f"[{_CJK}]")
# The runs of spaces (a run: a maximal [ \t]+) _space must look at: all but a lone space beside CJK, which _space
# drops whatever stands around it (most of the spaces a Chinese page holds); those are dropped after, by one pattern
# without a call a run. Neither pass changes what the other sees: a run becomes a space only away from CJK, and the
# characters beside a run are kept.
# (each pattern opens on its space, so that the regex engine scans for it)
_SPACE_RUN_ASKED = re.compile(rf"[ \t](?:[ \t]+|(?<![{_CJK}][ \t])(?![ \t{_CJK}]))")
_LONE_SPACE_BY_CJK = re.compile(rf"[ \t](?:(?<=[{_CJK}][ \t])(?![ \t])|(?<![ \t][ \t])(?=[{_CJK}]))")
# The same two opening on the literal space, for a text without a tab (most: then they match alike): the engine finds
# a literal by a tight scan, a class of two by a test at every place (a seventh of the cost)
_SPACE_RUN_UNTABBED, _LONE_SPACE_UNTABBED = (
    re.compile(" " + pattern.pattern.removeprefix(r"[ \t]")) for pattern in (_SPACE_RUN_ASKED, _LONE_SPACE_BY_CJK)
)
# Bullets a page or a word processor sets before a line (◆整改情况：…, ●1.…, ▲问题一): decoration, not text.
_BULLETS = frozenset("◆◇●■□▲△★☆►▶•※➢➤❖✔√")
_BULLET_RE = re.compile(rf"(?m)^[ \t]*[{''.join(sorted(_BULLETS))}]+[ \t]*")
_BULLET_CHAR_RE = re.compile(f"[{''.join(sorted(_BULLETS))}]")
# indented as a copy indents every line (its bold ** is dropped by str.replace)
_MARKDOWN_HEADING = re.compile(r"(?m)^[ \t\u3000]*#{1,6}\s+")
# Emoji a WeChat post sets before its lines (📌问题1：…, 🔷一、…方面, 👉整改总体情况) and after its words (持续推进中⏳
# …): pictographs carrying no text, dropped as bullets are (a district bureau's WeChat post, round 78). The tick and
# cross marks (✅❌☑, in the dingbat and symbol blocks) are not among them: a ledger may state a status by them alone.
_EMOJI = (
    "\U0001f000-\U0001faff\u2300-\u23ff\u2b00-\u2bff\ufe0f"
    # the symbol and dingbat blocks (✨☀❤), their ticks and crosses ☐☑☒✅✓✔✗✘❌❎ and their circled numbers ❶➀➊ (an
    # item numbering) left out
    "\u2600-\u260f\u2613-\u2704\u2706-\u2712\u2715\u2716\u2719-\u274b\u274d\u274f-\u2775\u2794-\u27bf"
)
_EMOJI_CHAR_RE = re.compile(f"[{_EMOJI}]")
_DECOR_CHAR_RE = re.compile(f"[{_EMOJI}{''.join(sorted(_BULLETS))}]")
# The blocks every bullet and emoji above lies in: a class of three ranges is scanned at a tenth of the cost of the
# exact class (0.05M instructions a sample notice against 0.6M), which is asked only where one of them stands.
_DECOR_BLOCKS_RE = re.compile("[\u2000-\u2bff\ufe0f\U0001f000-\U0001faff]")
_EMOJI_RE = re.compile(f"(?m)^[ \t]*(?:[{_EMOJI}]+[ \t]*)+|[ \t]*[{_EMOJI}]+[ \t]*")

_TERMINAL = '。！？!?：:；;…"”’)）》】'
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日$")
_CONTINUING = "，、,（(“《‘"


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


# Characters that only occur in traditional script; one of them is enough to convert the text. The status words'
# own (長期堅持, 並, 銷號, 持續) too: a legend or a cell holding only them (已完成並長期堅持) reads as simplified.
_TRADITIONAL_HINTS = re.compile("[關於組織黨員會議頭書辦與為這幹進問題們體學習區縣後實廣歲義務處舉報長堅並銷續]")


def is_traditional(text: str) -> bool:
    """Whether the text holds a character only traditional script writes."""
    return _TRADITIONAL_HINTS.search(text) is not None


def to_simplified(text: str, traditional: bool = False) -> str:
    """Convert traditional characters to simplified; simplified text is returned unchanged. `traditional`: the text
    is a piece of a page known to be in traditional script (a table's cell, 完成情況, may hold no hint of its own)."""
    if not traditional and _TRADITIONAL_HINTS.search(text) is None:
        return text
    return str(_t2s().convert(_PINYIN_DEBRIS.sub("", text)))


# Converters that annotate characters with their reading leave 關(guān), 進(jìn): a CJK character followed by
# its toned pinyin in brackets. Only the pinyin goes; brackets holding anything else stay.
_PINYIN_DEBRIS = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"
)


# A half-width full stop: older pages (and a full-width ． after the width pass) end sentences with "." between
# Chinese words (…补齐材料3份.已整改到位. / 已整改落实.): it ends a sentence as 。 does, so a status closing a field
# is read as its own sentence (round 32). Never a numbering (一. / 问题一. / 壹.: a Chinese numeral before it, or a
# financial one, round 136), a decimal
# or a date (digits round it), an address (Latin letters before it). Before the next problem's number (已整改到位.2、…,
# the line break after it lost) it ends the sentence too.
_HALF_STOP_RE = re.compile(
    r"\.(?<=[\u4e00-\u9fff”\"》]\.)(?<![一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]\.)"
    r"(?=[\u4e00-\u9fff“\"《]|(?:19|20)\d\d年|$|\d{1,2}、|\d{1,2}\.(?=[\u4e00-\u9fff])|[(（]\d{1,2}[)）])",
    re.M,
)

# A year in Chinese numerals whose zero is typed with a look-alike: the white circle ○ or the large circle ◯ an input
# method offers for 〇, a Latin O or a digit 0 (二○二六年十月二十八日, 二O二四年, 二0二三年): how a 公文's date under
# its signature is often typed (round 120), which no date reader takes with a foreign character in it (the signature
# went unread, and the text seemed cut off). Read as 〇 where four numeral characters stand before 年, the first 一
# or 二 (a year of the 1900s or 2000s), at least one of them the look-alike. The pass runs before OCR's full stops,
# which would take the O between two numerals for a 。. Each 年 is looked at by str.find (a line holds few), the four
# characters before it by set tests: a regex scan of every line holding 年 costs more.
_ZERO_LOOKALIKES = frozenset("○◯Oo0")
_YEAR_NUMERALS = frozenset("〇零一二三四五六七八九") | _ZERO_LOOKALIKES
_TO_ZERO = str.maketrans(dict.fromkeys("○◯Oo0", "〇"))


def _year_zeros(line: str) -> str:
    at = line.find("年", 4)
    while at != -1:
        if line[at - 4] in "一二":  # the first character alone asked of most years (2026年)
            year = line[at - 4 : at]
            if not _ZERO_LOOKALIKES.isdisjoint(year) and _YEAR_NUMERALS.issuperset(year):
                line = f"{line[: at - 4]}{year.translate(_TO_ZERO)}{line[at:]}"
        at = line.find("年", at + 1)
    return line


# A full stop read as a Latin o by OCR: a scanned notice's small circle 。 comes out o or O
# (…发展不平衡o / 反馈了巡察意见o镇党委…, round 82). A lone o between a Chinese word and the next one
# (or the line's end) is no Latin word: it ends the sentence. A Latin word's o (Logo, OA系统) has a
# Latin letter beside it and is kept.
# O型 (a blood group) is a letter of a word between Chinese ones.
_OCR_STOP_RE = re.compile(r"[oO](?<=[\u4e00-\u9fff”》）][oO])(?!型)(?=[\u4e00-\u9fff“《（]|(?:19|20)\d\d|$)", re.M)


def _ocr_stops(line: str) -> str:
    """The o's OCR read for 。 made full stops again. A regex scan of the text costs more than the letters are
    frequent (an e-mail address holds most of them), so each letter is found by str.find and matched where it is."""
    out: list[str] = []
    done = 0
    for letter in "oO":
        at = line.find(letter)
        while at != -1:
            if at and _OCR_STOP_RE.match(line, at):
                out.append(f"{line[done:at]}。")
                done = at + 1
            at = line.find(letter, at + 1)
        if out and letter == "o":  # the upper case is read after the lower case's changes
            line, out, done = "".join(out) + line[done:], [], 0
    return "".join(out) + line[done:] if out else line


def _unemoji(m: re.Match[str]) -> str:
    """An emoji run at a line's start goes with its spaces; one between words stands for the pause after a status
    word (持续推进中⏳ 公开遴选公告已发布 → 持续推进中，公开…: the space would be dropped between Chinese words and glue
    the status to the facts); one before punctuation or the line's end goes."""
    at, end = m.start(), m.end()
    if at == 0 or m.string[at - 1] == "\n":
        return ""
    before, after = m.string[at - 1], m.string[end : end + 1]
    return "，" if after and before.isalnum() and after.isalnum() else ""


# Keycap emoji number a WeChat post's problems in place of 1、 (1️⃣落实…不到位。 2️⃣…, restarting in each status
# section of a street's post, round 99): a digit with U+FE0F and the keycap mark U+20E3 (the selector often lost), and
# the one glyph 🔟 for ten. At a line's start a run of them (1️⃣2️⃣ for 12) is the numbering it shows, typed as the 1、
# it stands for; elsewhere (问题3️⃣已完成) the number alone. The emoji pass would drop the selector and 🔟 and leave
# the mark glued to the digit, which no numbering reads.
_KEYCAP_RE = re.compile("(?P<start>^[ \t]*)?(?P<digits>(?:\\d\ufe0f?\u20e3)+|\U0001f51f)", re.M)


def _keycap_number(m: re.Match[str]) -> str:
    digits = "".join(ch for ch in m["digits"] if ch.isdigit()) or "10"
    return digits if m["start"] is None else f"{m['start']}{digits}、"


# A form's choice of status, each word behind a box and the box that holds ticked (☑已完成 ☐正在推进 in a ledger's
# status cell, a Word checkbox content control showing ☒ or ☑; □已完成 ■正在推进 as a printed form ticks it, round
# 102): the ticked word is the status the row states, the unticked words state nothing. The line keeps the ticked
# words alone, so that no status reader takes the unticked ones. A choice is two or more boxes, one ticked and one
# not, each before a status word; a line otherwise is left as it is (bullets □ ■ before lines, a tick √ after a word,
# a legend's marks explained by their verb: 注：■代表已整改到位，□代表持续推进, round 85).
_TICKED = "☑☒■√✓✔"
_UNTICKED = "☐□"
_CHOICE_RE = re.compile(
    f"([{_TICKED}{_UNTICKED}])[ \t]*(?!(?:的|者)?(?:{'|'.join(LEGEND_VERBS)}))([\u4e00-\u9fff，,]{{2,12}})"
)
_CHOSEN = frozenset({"done", "done_longterm", "in_progress"})


def _ticked_choice(line: str) -> str:
    """The line with a form's choice of status read: the ticked words kept, the unticked dropped with their boxes."""
    options = _CHOICE_RE.findall(line)
    boxes = {box in _TICKED for box, _ in options}
    if len(options) < 2 or boxes != {True, False} or any(classify_status(w) not in _CHOSEN for _, w in options):
        return line
    return _CHOICE_RE.sub(lambda m: m[2] if m[1] in _TICKED else "", line)


def clean_line(line: str) -> str:
    """Normalise one line: width, zero-width characters, markdown bold, spaces around CJK and in numbers."""
    for ch in set(_WIDTH_RE.findall(line)):  # few distinct characters, each replaced in one pass
        line = line.replace(ch, _WIDTH[ch])
    if "年" in line:  # a year's look-alike zeros (二○二六年)
        line = _year_zeros(line)
    if "." in line:  # a literal-first pattern: a scan for its dot, as cheap as the check
        line = _HALF_STOP_RE.sub("。", line)
    if "o" in line or "O" in line:  # OCR's 。: two scans for a letter most Chinese lines never hold
        line = _ocr_stops(line)
    # Markdown's headings, then its bold: the same as one pass of both (a heading's # stands after a line's start, never
    # beside an asterisk a bold's removal would join), the bold a str.replace (an alternation with ^ tried at every
    # position of a text holding ** cost 1% of a sample notice's parse)
    if "#" in line:
        line = _MARKDOWN_HEADING.sub("", line)
    if "**" in line:
        line = line.replace("**", "")
    # one character class scan for bullets and emoji both (far cheaper than the line-start patterns); emoji are rare
    decorated = _DECOR_BLOCKS_RE.search(line) is not None
    if decorated and ("\u20e3" in line or "\U0001f51f" in line):  # keycaps, asked only where the blocks stand
        line = _KEYCAP_RE.sub(_keycap_number, line)
    if decorated and ("☐" in line or "□" in line):  # an unticked box: a form's choice may stand on the line
        line = _ticked_choice(line)
    if decorated and _DECOR_CHAR_RE.search(line):
        if _EMOJI_CHAR_RE.search(line):
            line = _EMOJI_RE.sub(_unemoji, line)
        if _BULLET_CHAR_RE.search(line):
            line = _BULLET_RE.sub("", line)
    if "【" in line or "〔" in line or "[" in line or "〈" in line:
        line = _odd_brackets_read(line)
    if _NAMED_IN_PARENS_AT.search(line):  # the literal by a pattern: one tight scan, not `in`'s skips
        line = _NAMED_IN_PARENS_RE.sub(_odd_bracket_number, line)
    if "】" in line or (
        ")" in line and not _pairs_before(line, ")").isdisjoint(_LABEL_IN_PARENS_ENDS)
    ):  # (整改情况)已完成: parentheses, more rarely
        line = _BRACKETED_LABEL_RE.sub(_bracketed_label, line)
    if " " in line or "\t" in line:
        for noun, pattern in zip(("问题", "任务"), _GAP_STOPPED_ENTRY_RES, strict=True):
            if noun in line:  # the cheap precheck: the noun that names an entry
                line = pattern.sub(_gap_stopped, line)
        if "\t" in line:  # (_space puts no tab in)
            line = _LONE_SPACE_BY_CJK.sub("", _SPACE_RUN_ASKED.sub(_space, line))
        else:
            line = _LONE_SPACE_UNTABBED.sub("", _SPACE_RUN_UNTABBED.sub(_space, line))
    return line.strip()


# A named entry's number set apart from its text by a gap where its stop would stand (问题1 <problem>, 问题二\u3000…,
# 具体问题3 …, 任务4 …): a web page prints the label bold and lets a space (&nbsp;, a full-width space) stop it, the
# extractor keeps the gap and nothing else (round 95). The gap is read as the colon the label is typed with elsewhere,
# before spaces next to CJK are dropped (问题1基层… would read as no label); never before a list's joining word or a
# status (问题一 和问题三 已完成整改: a closing list by number). A pattern a noun, each opening on its literal, so that
# the scan is the engine's search for a fixed prefix (an alternation of the two nouns tried every position: three
# times the cost); the matches of the two cannot overlap. What stands before the noun on its line is checked apart.
_GAP_STOPPED_ENTRY_RES = tuple(
    re.compile(
        rf"{noun}[ \t]*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})[ \t]+(?=[\u4e00-\u9fff“\"(])(?![和及与已正尚未均])"
    )
    for noun in ("问题", "任务")
)
_ENTRY_LABEL_OPENING_RE = re.compile(r"[ \t]*(?:(?:巡察|巡视)?反馈)?(?:具体|整改)?")


def _gap_stopped(m: re.Match[str]) -> str:
    """'问题1 ' → '问题1:' where the noun opens its line (after the label's own words), else as printed."""
    text, start = m.string, m.start()
    opening = text[text.rfind("\n", 0, start) + 1 : start]
    if _ENTRY_LABEL_OPENING_RE.fullmatch(opening) is None:
        return m.group()
    return m.group().rstrip(" \t") + ":"


# 1.(1)<problem> … (2)<problem> … 2.(1)<problem>: a group's number printed glued before its first problem's, the group
# naming nothing of its own (a county health bureau's notice, round 25). The problem is numbered (1); the bare
# group number would make it one item titled (1)… and hide its sibling (2).
def _unglued_group(row: tuple[str, str]) -> list[tuple[str, str]]:
    """'1.(1)<problem>' → '1.' and '(1)<problem>': the group's number on a line of its own above its first problem."""
    printed, line = row
    m = _GLUED_GROUP_RE.match(line)
    return [(printed, line[: m.end()].strip()), (printed, line[m.end() :])] if m else [row]


_GLUED_GROUP_MARKS = (".(", ".（", "、(", "、（", "．（")

# 一是<problem>。<measures>。(持续整改)二是<problem>。…(已整改): problems numbered only in prose, each closing on its
# status in brackets after its last sentence, two of them printed in one paragraph (a university college's notice,
# round 80). After a paragraph-closing status the next word-numbered point opens a problem of its own; a status
# bracket inside a clause (一是修订制度(已完成);二是…) qualifies a measure's step and is left alone.
_CLOSING_STATUS_POINT_RE = re.compile(r"(?<=。)\((?P<status>[^()]{2,16})\)(?=[一二三四五六七八九十]{1,3}是)")
_WORD_POINT_OPENING_RE = re.compile(r"^[一二三四五六七八九十]{1,3}是")


def _word_points_apart(row: tuple[str, str]) -> list[tuple[str, str]]:
    """'一是…。(已整改)二是…' → two lines where a line numbered in words holds a closing status and the next point."""
    printed, line = row
    if "是" not in line or _WORD_POINT_OPENING_RE.match(line) is None:
        return [row]
    cuts = [
        m.end()
        for m in _CLOSING_STATUS_POINT_RE.finditer(line)
        if STATUS_CLAUSE_RE.match(f",{m['status']}。") is not None
    ]
    return [(printed, line[a:b]) for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


_GLUED_GROUP_RE = re.compile(r"\s*\d{1,2}\s*[.、]\s*(?=\(\d{1,2}\)\s*[\u4e00-\u9fff“])")


def _space(m: re.Match[str]) -> str:
    """A run of spaces: gone next to CJK and between digits (2022 年, 1 5), else one space.

    A wide gap before a field's label separates two fields of a ledger row copied as one line (责任单位:办公室
    整改时限:年底前  整改情况:已完成): it becomes the ; a row's fields are otherwise printed with.
    """
    text, start, end = m.string, m.start(), m.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if end - start >= 2 and start and before not in _MARKER_LAST:
        if _label_at(text, end) and (_field_before(text, start) or _headline_before(text, start)):
            return ";"  # after the width pass, as the text prints every ;
        if _status_ends_line(text, end):
            return ","  # 1.<problem>  已完成: a status set apart at the headline's end is its closing clause
    if _CJK_RE.match(before) or _CJK_RE.match(after) or (before.isdigit() and after.isdigit()):
        return ""
    return " "


# A line's number in brackets other than the outline's round ones (【1】 〔一〕 [2] 【问题1】 〔问题三〕 (问题二)):
# a web page's, a ledger's or a typist's emphasis of the same numbering (【问题一】 in an enterprise's web
# notice, 〔一〕 in a document typed with the official-document brackets), read as the table's own forms (1) (一)
# 问题1: so that a level is one family whatever bracket it was printed in; anywhere in a line, as a page whose
# line breaks were lost runs them on (…通报如下:【1】加强…【2】深化…); the angle brackets 〈1〉 a phone's input
# method offers beside them alike (round 136); (问题二) only where a line opens with it,
# as a sentence names problems so (正在整改1个(问题1)). Never a year (〔2023〕 is a document number: four figures).
_ODD_NUMBER = rf"[ \t]*(?P<n>\d{{1,3}}|[{CN}]{{1,3}}|[①-⑳])[ \t]*[】〕〉\])](?![\d年])[ \t]*[:：、.]?[ \t]*"
_ODD_BRACKET_NUMBER_RE = re.compile(rf"[【〔〈\[][ \t]*(?P<noun>问题)?{_ODD_NUMBER}")  # opens on a class: a fast scan
_NAMED_IN_PARENS_RE = re.compile(rf"(?m)^[ \t]*\([ \t]*(?P<noun>问题){_ODD_NUMBER}")
_NAMED_IN_PARENS_AT = re.compile(r"\(问题")  # clean_line's precheck: the literal "(问题"


def _odd_brackets_read(text: str) -> str:
    """text with its odd brackets' numbers as the table's forms: the brackets found by str.find, each tried in place
    (a pattern scanning the whole text for its first character costs far more, and most of a notice holds none)."""
    starts = sorted(k for ch in "【〔〈[" for k in _positions(text, ch))
    pieces, done = [], 0
    for k in starts:
        if k >= done and (m := _ODD_BRACKET_NUMBER_RE.match(text, k)) is not None:
            pieces += [text[done:k], _odd_bracket_number(m)]
            done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def _positions(text: str, ch: str) -> list[int]:
    found, k = [], text.find(ch)
    while k != -1:
        found.append(k)
        k = text.find(ch, k + 1)
    return found


def _odd_bracket_number(m: re.Match[str]) -> str:
    """'【1】' → '(1)', '〔一〕' → '(一)', '【问题1】' / '(问题一)' → '问题1:' / '问题一:'."""
    return f"问题{m['n']}:" if m["noun"] else f"({m['n']})"


# A field's label set in lenticular brackets (【整改情况】已完成 / 【整改进度】：正在推进), the way a page or a word
# processor emphasises it: the label of a field like any other. In a line of other fields it also separates them.
_LABEL_IN_PARENS_ENDS = ("况)", "展)", "度)", "态)", "果)", "施)", "题)", "述)", "现)")  # labels' last characters
_BRACKETED_LABEL_RE = re.compile(r"[【\[(](?P<label>[\u4e00-\u9fff]{2,8})[】\])][:：]?")  # opens on a literal: fast


def _bracketed_label(m: re.Match[str]) -> str:
    """'【整改情况】' → '整改情况：' where the bracket holds a field's label; anything else stays as printed."""
    label = m["label"]
    # A line indented by spaces (a Word or PDF copy's first-line indent) still opens on the bracket.
    opens = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \u3000") == ""
    if LABEL_RE.match(label + "：") is None:
        # 【问题一】<problem>: a problem's name-number bracketed as a headline, an enterprise's 问题一:<problem>
        if opens and (found := numbering_of(label + ":")) is not None and found[0].style.startswith("问题"):
            return label + ":"
        return m.group()
    return ("" if opens else ";") + label + ":"  # after the width pass: the half-width marks


# The last character of a number's marker ((二), 1., 一、, ⒈, ①, 第二项:): a gap after it separates the number
# from its text (a squeezed page keeps the gap), never two fields; nor does a gap after any colon (a value follows).
_MARKER_LAST = frozenset(
    "\n)]】〕.、:：" + "".join(chr(c) for c in (*range(0x2460, 0x24A0), *range(0x2776, 0x2794)))  # ①…⒇ ⑴…⒇ ⒈…⒛ ❶…➓
)


def _field_before(text: str, at: int) -> bool:
    """Whether the line holds a field's colon before text[at] (a row of fields, not a number before its text)."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.find(":", line_start, at) != -1 or text.find("：", line_start, at) != -1


def _headline_before(text: str, at: int) -> bool:
    """Whether the line opens with a numbered headline before text[at] (1.<problem>  责任单位:…  整改情况:…: a
    township's problems typed one a line, the headline the row's first field, round 127)."""
    line_start = text.rfind("\n", 0, at) + 1
    return numbering_of(text[line_start:at].lstrip()) is not None


def _status_ends_line(text: str, at: int) -> bool:
    """Whether the rest of the line from text[at] is status words alone (a short marker)."""
    end = text.find("\n", at, at + _MARKER_REACH + 2)
    rest = text[at : end if end != -1 else at + _MARKER_REACH + 2].rstrip("。.;；")
    return len(rest) <= _MARKER_REACH and _bare_status(rest)


_MARKER_REACH = 12  # the longest status a headline's end holds (已完成并长期坚持, 已整改到位)


def _label_at(text: str, at: int) -> bool:
    """Whether a field's label and its colon start at text[at] (the rest of the line is its value)."""
    end = text.find("\n", at, at + _LABEL_REACH)
    return LABEL_RE.match(text[at : end if end != -1 else at + _LABEL_REACH]) is not None


_LABEL_REACH = 24  # the longest label and its colon fit in it


# The two fields of a problem record (问题：<problem> / 整改：<what was done>, a provincial bureau's notice): each opens
# a line of its own, even after a sentence that ended at the page's right margin.
_RECORD_LABEL_RE = re.compile(r"^(?:问题|整改)\s*[:：](?=\S)")


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
            _RECORD_LABEL_RE,
        )
    )
)


def is_signature(line: str) -> bool:
    """An organisation name or a date standing alone (the signature block)."""
    return bool(ORG_LINE_RE.match(line) or _DATE_LINE.match(line))


def display_width(line: str) -> float:
    """Width as a page lays it out: a CJK character 1, an ASCII character 1/2 (from the UTF-8 length)."""
    n = len(line)
    ascii_count = (3 * n - len(line.encode("utf-8"))) / 2  # ASCII takes 1 byte, CJK 3
    return n - ascii_count / 2


def _wrap_mode(widths: list[float]) -> tuple[int, int]:
    """(width, lines at it) of the most common line width, (0, 0) when no width is shared by enough lines:
    40% of them, or, in a short notice whose paragraphs are short, 25% at the width no line exceeds."""
    if len(widths) < 6:
        return 0, 0
    counts = Counter(math.ceil(w) for w in widths)
    width, count = counts.most_common(1)[0]
    widest = max(counts)
    # Full lines a half over the width (a closing mark squeezed onto the line's end, or OCR's half-width colon or
    # stray space in a line read off a page: round 129's scans and photos) leave the width the widest lines reach
    # where every line one over it stands exactly a half over.
    if widest == width + 1 and all(w == width + 0.5 for w in widths if w > width):
        widest = width
    shared = count >= 0.4 * len(widths) or (count >= 3 and count >= 0.25 * len(widths) and width == widest)
    # A page's width is the widest its lines run: many short lines of one length (measures of a ledger, 17
    # characters each) under longer ones are paragraphs, not a wrap.
    over = sum(n for w, n in counts.items() if w > width + 1)
    return (width, count) if shared and width <= 60 and over <= 0.1 * len(widths) else (0, 0)


def char_count(line: str) -> float:
    """Width as a tool that cuts every N characters lays it out: each character 1."""
    return len(line)


def _wrap_measure(printed: list[str]) -> tuple[int | None, Callable[[str], float]]:
    """The width a text was hard-wrapped at and how it was measured. A PDF lays out by display width (an
    ASCII character half a CJK one); a tool that cuts every N characters counts them alike. Each reading
    is tried and the one more lines agree with wins; on CJK-only lines the two are the same."""
    best: tuple[int, int, Callable[[str], float]] = (0, 0, display_width)
    for measure in (display_width, char_count):
        width, count = _wrap_mode([measure(p) for p in printed])
        if count > best[1]:
            best = (width, count, measure)
    if not best[0] and len(printed) >= 6:
        open_ends = [p[-1] not in _WRAP_TERMINAL for p in printed]
        for measure in (display_width, char_count):
            width, count = _full_lines([measure(p) for p in printed], open_ends)
            if count > best[1]:
                best = (width, count, measure)
    return best[0] or None, best[2]


# A 公文 page indents each paragraph's first line by two characters; pdftotext (without -layout), a PDF viewer's copy
# and OCR drop those spaces (or keep one or two ASCII spaces for them), so on a page wrapped at its width the first
# line of every paragraph that goes on stands two characters short of it (round 126).
_DROPPED_INDENT = 2.0
_INDENT_LANDED_MIN = 3  # first lines the indent brings to the width: a habit of the page, not a chance short line


_GOING_ON_FULL = 0.6  # the share of the lines that go on which fill the width, on a page of short paragraphs


def _going_on(rows: list[tuple[str, str]]) -> list[bool]:
    """For each line of 16 characters or more, whether the next line goes on with its text: the line ends no
    sentence, and the next opens no unit (a numbering, a field's label), is no signature, and neither is page
    furniture (a site's 发布时间 or 上一篇 lines). A wrapped page fills its width on such lines."""
    out: list[bool] = []
    for at, (_, cleaned) in enumerate(rows):
        if len(cleaned) < 16:
            continue
        nxt = rows[at + 1][1] if at + 1 < len(rows) else ""
        out.append(
            bool(nxt)
            and cleaned[-1] not in _WRAP_TERMINAL
            and not starts_unit(nxt)
            and not is_signature(nxt)
            and CHROME_RE.search(cleaned[:80]) is None
            and CHROME_RE.search(nxt[:80]) is None
        )
    return out


def _lifted(
    rows: list[tuple[str, str]], measure: Callable[[str], float], indent: float, width: int | None
) -> tuple[list[float], list[float]]:
    """The widths of the lines of 16 characters or more with the dropped indent given back to those that open a
    paragraph and go on, and those lifted widths alone: a paragraph opens after a line that ends a sentence, or
    (where the page's `width` is known) after one that, its own indent given back, stops short of it."""
    lifted: list[float] = []
    landed: list[float] = []  # the lifted lines' widths, each short of a full line as printed
    before = ""
    before_size = 0.0
    for printed, cleaned in rows:
        size = measure(printed)
        opens = bool(before) and (
            before[-1] in _WRAP_TERMINAL or (width is not None and math.ceil(before_size) < width - 1)
        )
        if opens and cleaned[-1] not in _WRAP_TERMINAL:
            size = measure(printed.lstrip()) + indent
            if len(cleaned) >= 16:
                landed.append(size)
        if len(cleaned) >= 16:
            lifted.append(size)
        before, before_size = cleaned, size
    return lifted, landed


def _indent_dropped(
    rows: list[tuple[str, str]], wrap: tuple[int | None, Callable[[str], float]]
) -> tuple[tuple[int | None, Callable[[str], float]], float]:
    """The page's width and measure, and the width of the indent its extraction dropped from the first line of each
    paragraph (0 where it kept it or the page has none): read from the lines that open a paragraph (the line before
    ends a sentence) and go on (end open), whose widths with the indent given back share the width of the full lines
    more often than the widths as printed do."""
    found, short_paragraphs = _indent_by(rows, wrap[1])
    if found is None and short_paragraphs:
        # a page of short paragraphs read by the other measure: an OCR's half-width marks (: , ;) and stray spaces
        # scatter the widths by characters of a line a page laid out by display width (round 129), and the reverse
        found, _ = _indent_by(rows, char_count if wrap[1] is display_width else display_width)
    return found or (wrap, 0.0)


def _indent_by(
    rows: list[tuple[str, str]], measure: Callable[[str], float]
) -> tuple[tuple[tuple[int | None, Callable[[str], float]], float] | None, bool]:
    """The page's width, the measure and the dropped indent by that measure (None where the page shows none), and
    whether the page was read as one of short paragraphs."""
    # a copy may indent every line alike (a user's paste, a quoting tool): that lead stands before the dropped indent
    leads = [p[: len(p) - len(p.lstrip())] for p, c in rows if len(c) >= 16]
    indent = _DROPPED_INDENT + measure(min(leads, key=len)) if leads else _DROPPED_INDENT
    lifted, landed = _lifted(rows, measure, indent, None)
    if len(landed) < _INDENT_LANDED_MIN:
        return None, False  # the cheap precheck: too few paragraphs that open and go on
    # the width most lines reach with the indent given back: at it, or one over where the page squeezed a closing
    # mark onto the line's end (…缺少公函， stands a half-width over a full line); few lines run wider
    counts = Counter(math.ceil(size) for size in lifted)
    width = max(counts, key=lambda w: (counts[w], w))
    full = counts[width] + counts[width + 1]
    shared = full >= 0.5 * len(lifted)
    if not shared:
        # A page of short paragraphs under headings (a scan's OCR of a 公文, round 129: 1.<problem> / 整改措施：… /
        # 整改进展：已完成。 / (二)…方面): many paragraphs open after a line that ends no sentence (a heading, a status
        # whose 。 the OCR lost), and many lines end one. A line after one that stops short of the width opens a
        # paragraph too: its indent is given back as well, and the width is read again, from the lines that go on
        # (a paragraph's last line ends a sentence short of the width; a line cut by the wrap fills it).
        lifted, landed = _lifted(rows, measure, indent, width)
        counts = Counter(math.ceil(size) for size in lifted)
        width = max(counts, key=lambda w: (counts[w], w))
        full = counts[width] + counts[width + 1]
        going_on = [math.ceil(size) for size, goes_on in zip(lifted, _going_on(rows), strict=True) if goes_on]
        if sum(1 for w in going_on if w in (width, width + 1)) < _GOING_ON_FULL * len(going_on):
            return None, True
    over = sum(n for w, n in counts.items() if w > width + 1)
    if over > 0.1 * len(lifted) or width > 60:
        return None, not shared
    if full <= _wrap_mode([measure(p) for p, c in rows if len(c) >= 16])[1]:
        return None, False  # the widths as printed share a width as well: the page kept its indent
    short = sum(
        1 for p, c in rows if len(c) >= 16 and math.ceil(measure(p)) < width - 1 and c[-1] not in _WRAP_TERMINAL
    )
    if sum(1 for size in landed if math.ceil(size) == width) < _INDENT_LANDED_MIN or short < _INDENT_LANDED_MIN:
        return None, not shared
    return ((width, measure), indent), not shared


def _full_lines(widths: list[float], open_ends: list[bool]) -> tuple[int, int]:
    """(width, weight) of a page wrapped narrow (20–40 columns) whose paragraphs are short, so that few lines fill
    it: the lines cut mid-sentence at the widest width (or one less, where a full-width character did not fit)
    are three or more and a twelfth of them, and most lines at that width are cut; a text never wrapped ends its longest
    lines with a mark (a wrapped one may too, where a sentence ended at the width). The weight counts lines at
    the width twice, so the measure the page was cut by (every line at one width) wins over the other."""
    top = max(math.ceil(w) for w in widths)
    at_top = [end for w, end in zip(widths, open_ends, strict=True) if math.ceil(w) == top]
    cut = [math.ceil(w) == top for w, end in zip(widths, open_ends, strict=True) if end and w > top - 2]
    shared = len(cut) >= max(3, len(widths) / 12) and sum(at_top) >= 0.6 * len(at_top)
    # Many lines at exactly the widest width, none wider, three of them cut mid-sentence: a page wrapped at that width
    # whose paragraphs often ended at it (a short notice of one-sentence fields, 40 columns); unwrapped text spreads
    # its longest lines over many widths.
    crowded = len(at_top) >= max(_CROWDED_MIN, len(widths) / 12) and sum(at_top) >= 3
    return (top, len(cut) + sum(cut)) if (shared or crowded) and top <= 60 else (0, 0)


_CROWDED_MIN = 6


_WRAP_TERMINAL = "。！？!?；;：:…"
_CLOSERS = ")）”’》】]〕"  # the closing marks of quotes, titles and the brackets statuses are printed in
_NO_PUNCTUATION = re.compile(r"[^,，。、;；:：]+")


# Punctuation that never opens a line a writer began: a line starting with it was cut off the line before.
_NO_LINE_START = ",，。、;；:：)）!！?？”’》】…"
# A section's lead sentence about its problems (本方面1个问题已整改完成。, 该方面3个问题均正在整改。, _LEAD_SENTENCE_RE
# below) opens a line of its own under the heading, never the rest of it; these are its first characters.
_LEAD_FIRST = frozenset("本该此这")
_LIST_GOES_ON = "、,，"  # the commas inside a sentence or a list
_NUMBER_GOES_ON = "0123456789-./:：年月日号时"  # the characters of numbers, dates and times


def _is_wrapped(
    prev: str, last: tuple[str, bool], nxt: str, wrap: tuple[int, Callable[[str], float]], indent: float = 0
) -> bool:
    """Whether prev's last line filled the page width, so that nxt continues it (inside a title,
    number, date or field label too). A paragraph may end exactly at the width: a closing 。 keeps it
    whole unless the next line cannot begin a paragraph."""
    printed, single = last
    width, measure = wrap
    size = measure(printed)
    if indent and single and size < width - 1:
        size = measure(printed.lstrip()) + indent  # a paragraph's first line, its indent dropped by the extraction
    if size < width - 1:
        # 信息时间:202 | 2-10-27: a number cut at the width of a line whose half-width characters a page counted
        # whole (wrapped by characters, not display width); a numbered line (1.…) after it starts anew
        return len(printed) >= width - 1 and _cut_number(prev, nxt)
    if nxt[0] in _NO_LINE_START or (prev[-1] in _NUMBER_GOES_ON[:-3] and nxt[0] in _NUMBER_GOES_ON):
        # 发布时间 | :2023-09-26, 不到位 | 。, 202 | 3-09-26: the cut fell inside what the line ends; but a colon
        # that ends a lead-in (…通报如下: | 1.提高政治站位) announces the numbered line after it
        return not (prev[-1] in _COLON and numbering_of(nxt) is not None)
    if prev[-1] in _WRAP_TERMINAL and not _sentence_cut(prev, printed, nxt, wrap):
        return _label_ends_full_line(prev, nxt)
    if prev[-1].isdigit() and nxt[0] in "(（" and starts_unit(nxt):
        return False  # 完成时间:2024.6 | (三)…方面: a value ending in a figure fills the width, then a bracketed number
        # opens the next unit (a figure cut by the wrap goes on in figures or its counter, 2024年6 | 月)
    if "时" in prev[-_DEADLINE_REACH:] and _deadline_ends(prev[-_DEADLINE_REACH:], nxt):
        return False  # 完成时限:长期坚持 | 目前相关制度…: a field that fills the width, then the problem's text
    if ":" in prev[-_STATUS_FIELD_REACH:] and _status_value_ends_line(prev, nxt):
        return False  # 责任单位:机关党委;整改进度:完成 | 建立健全长效机制…: the fields' row ends, the text follows
    if nxt[:1] in _BRACKET_FIRST and _field_then_prefixed_headline(prev, nxt):
        return False  # 责任科室:财务科;完成时限:长期坚持 | (已整改)固定资产管理混乱。: the next problem's line
    if nxt[:1] in _BRACKET_FIRST and prev[-1] not in _CLOSERS and _status_alone(nxt):
        return True  # …不够深入问题 | 【已完成并长期坚持】。: a status suffix alone opens nothing, it ends the headline
    if nxt[:1] in _LEAD_FIRST and _LEAD_SENTENCE_RE.match(nxt) and starts_unit(prev):
        return (
            False  # 一、在…方面 | 本方面3个问题已全部整改完成。: a heading that fills the width, then its lead sentence
        )
    if prev[-1] in _LIST_GOES_ON:
        # 整改进度:第一项、| 第二项完成: no heading or field ends on a list's comma; a numbering after it is the list's
        return True
    if CHROME_RE.search(prev[:80]):
        return _cut_field_label(prev, nxt)  # furniture keeps its line, unless the wrap cut a field's label
    if prev[-1] in _CLOSERS and single and starts_unit(prev) and bracketed_status(prev[-12:])[1] is not None:
        return False  # 问题一:针对“…”的问题[未销号] | 加强日常监督…: a status in brackets closes the headline it ends
    if (prev[-1] in _CLOSERS or (single and starts_unit(prev))) and (
        starts_unit(nxt) or _opens_under_heading(nxt) or _opens_sentence_unit(nxt)
    ):
        return False  # a heading that fills the width exactly, then the next numbered line, its first problem, or
        # the totals after the last problem (…问题(已完成并长期坚持) | 截至目前,…已销号9个)
    # (三)落实…有短板,…斗争精神不足 | 问题七:…: a heading wrapped over lines to the width, then a problem under it
    if not single and _heading_then_other_numbering(prev, nxt):
        return False
    if prev[-1] in "题改况面" and _HEADING_END_RE.search(prev[-12:]) and starts_unit(nxt) and starts_unit(prev):
        return False  # a headline wrapped onto a second line that its wrapper's closing words fill, then ①…
    if single and starts_unit(prev) and _problem_opens_after_heading(prev, nxt):
        return False  # (二)关于…战略部署方面 | 统计数据质量把关不严。…: a heading that fills the width, then a problem
    if CHROME_RE.search(nxt[:80]) or ("关于" in prev and TITLE_END_RE.search(prev[-120:])):
        return False  # a title that fills the width, or page furniture after a full line
    # A signature is shorter than the width; a full line of an organisation's name continues prev.
    return not (is_signature(nxt) and _NO_PUNCTUATION.fullmatch(nxt) and measure(nxt) < width - 1)


def _heading_then_other_numbering(prev: str, nxt: str) -> bool:
    """Whether prev is a numbered heading printed over more than one line (no sentence ends in it) and nxt opens a
    unit numbered in another family (问题七:, 1., ①): the heading's lines end where the width does, and the numbered
    unit under it starts the next line, as a single-line heading's does."""
    if nxt[:1] not in _HEADING_NEXT_FIRST or any(mark in prev for mark in _SENTENCE_MARK):
        return False  # the cheap precheck: a heading holds no full stop, a numbering opens on its first characters
    heading, under = numbering_of(prev), numbering_of(nxt)
    return heading is not None and under is not None and under[0] is not heading[0] and heading[0] not in WORD_FAMILIES


_HEADING_NEXT_FIRST = frozenset("问第(（0123456789１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐")


_DEADLINE_REACH = 24  # a deadline field's label and value (整改时限:2024年12月31日之前) fit in it


def _deadline_ends(tail: str, nxt: str) -> bool:
    """Whether a deadline field's value ends where the line does (…整改时限:立行立改 | 一是…), not cut inside it
    (整改时限:立行立 | 改, 2024年12月 | 底前)."""
    return any(m.end(1) == len(tail) for m in _DEADLINE_ANSWER_RE.finditer(tail + nxt[:12]))


# The closing words of a problem's wrapper (针对“…”的问题, 关于“…”问题的整改情况) or of an aspect (…方面存在的问题).
_HEADING_END_RE = re.compile(r"(?:”(?:的)?问题(?:的整改(?:情况)?)?|方面(?:存在的问题)?)$")


def _problem_opens_after_heading(prev: str, nxt: str) -> bool:
    """Whether nxt opens an unnumbered problem under the heading prev, which filled the page width: prev ends as a
    heading does (…方面, …问题, …整改不到位) and nxt's first sentence states a shortcoming of its own (统计数据质量
    把关不严。), not the heading's closing words (存在的问题。) or a fragment of its last word (到位。)."""
    if any(ch in _SENTENCE_MARK for ch in prev) or not (_HEADING_END_RE.search(prev[-12:]) or _ends_on_problem(prev)):
        return False
    end = next((i for i, ch in enumerate(nxt[:_HEADLINE_MAX]) if ch in _SENTENCE_MARK), 0)
    sentence = nxt[:end]
    if end < _HEADLINE_MIN or sentence.startswith(_HEADING_CLOSING_WORDS):
        return False
    if sentence.startswith(TASK_OPENINGS) and end <= _TASK_HEADLINE_MAX and not any(c in sentence for c in ",，、"):
        return True  # 一、…方面存在的问题 | 加强人才引进培养。…: a problem worded as a task (L04), one short phrase
    return PROBLEM_WORDING_RE.search(sentence) is not None or _plain_headline_after(prev, sentence, nxt[end + 1 :])


def _plain_headline_after(prev: str, sentence: str, text: str) -> bool:
    """…方面存在的问题 | 财务票据报销。一是…: under a heading closed by its own words (…方面, …问题), a short phrase
    with no word of a shortcoming (round 69's plain headline) closed by a full stop, its measures run on after it,
    opens a problem: a heading's wrapped rest never follows its closing words, nor does a measure open its text."""
    if len(sentence) > _PLAIN_HEADLINE_MAX or _HEADING_END_RE.search(prev[-12:]) is None:
        return False
    if any(c in sentence for c in ",，、:：“") or sentence.startswith((*TASK_OPENINGS, *MEASURE_LEADS)):
        return False
    return text.startswith((*MEASURE_LEADS, *TASK_OPENINGS)) or MEASURE_START_RE.match(text) is not None


_PLAIN_HEADLINE_MAX = 12  # a plain headline is a short noun phrase (公务用车使用登记, 财务票据报销)


_TASK_HEADLINE_MAX = 20


def _ends_on_problem(text: str) -> bool:
    """Whether text ends on a heading's closing shortcoming (…整改不到位, …有差距), one no character extends (…不严
    | 格的问题 is cut inside 不严格; 不到位 goes on only as 不到位的问题, which the heading's closing words tell)."""
    return text.endswith(_FINAL_SHORTCOMINGS)


# Shortcomings that end a heading as printed (反馈问题:…整改不到位), words no further character completes.
_FINAL_SHORTCOMINGS = (
    "不到位",
    "有差距",
    "不彻底",
    "不规范",
    "不及时",
    "不健全",
    "不完善",
    "有弱项",
    "有短板",
    "不严格",
)


_HEADLINE_MIN, _HEADLINE_MAX = 6, 40  # an unnumbered problem's headline: one short sentence
_HEADING_CLOSING_WORDS = ("存在", "的", "问题", "等", "方面", "有关", "相关")


def _status_alone(line: str) -> bool:
    """Whether line is a status in brackets and nothing else but a closing mark (【已完成并长期坚持】。)."""
    bracket = _LEADING_BRACKET_RE.match(line)
    return (
        bracket is not None
        and line[bracket.end() :].strip() in ("", "。", ";", "；")
        and bracketed_status(bracket.group())[1] is not None
    )


def _status_value_ends_line(prev: str, nxt: str) -> bool:
    """Whether prev ends with a status field whose value is status words, whole (…;整改进度:完成), and nxt does
    not go on with status words (完成 | 整改, 已完成 | 并长期坚持 continue it): what follows is the problem's text."""
    field = LABEL_RE.match(prev[max(prev.rfind(";"), prev.rfind("；")) + 1 :])
    if field is None or STATUS_LABELS.match(field["label"]) is None:
        return False
    value = field["value"]
    if value.startswith("第"):  # the measures named by their order first (第一项、第二项已整改清零): the words after
        value = MEASURE_ORDINALS_RE.sub("", value, count=1)
    if not _status_words_whole(value):
        return False  # a value that is not status words alone (第一项、第二项已整改完成并长期 | 坚持) runs on
    clause = re.split(r"[,，。;；]", nxt, maxsplit=1)[0]
    # status words the wrap cut (已完成大 | 部分整改任务): the value and the next line's clause are status words whole
    return STATUS_CLAUSE_RE.match(f",{value}{clause}。") is None and STATUS_ONLY_RE.fullmatch(value + clause) is None


def _status_words_whole(value: str) -> bool:
    """A status clause (已完成,长期坚持), a short status word (完成), or clauses each of status words alone
    (未完全到位,正在推进: round 150's hedged words)."""
    if STATUS_CLAUSE_RE.match(f",{value}。") is not None:
        return True
    if len(value) <= _SHORT_STATUS and classify_status(value) is not None:
        return True
    return all(STATUS_ONLY_RE.fullmatch(part) for part in re.split(r"[,，]", value))


# A status field's value cut inside its word by the page (整改情况:已完 | 成。审计项目27个… / 完成情况:正在推 | 进,…): a
# PDF's text layer or a scan wraps at the page's edge wherever the word stands (issue 19's round 93: a city water
# group's PDF). The line is a status field whose value alone is no status, the next line's first characters make it one.
def _status_word_cut(prev: str, nxt: str) -> bool:
    """Whether prev is a status field whose short value is a status word that nxt's first clause completes."""
    field = LABEL_RE.match(prev)
    if field is None or not field["value"] or len(field["value"]) > _SHORT_STATUS:
        return False
    label, value = field["label"], field["value"]
    if STATUS_LABELS.match(label) is None and MAYBE_STATUS_LABELS.match(label) is None:
        return False
    head = re.split(r"[,，。;；.]", nxt, maxsplit=1)[0]
    return len(head) <= _SHORT_STATUS and classify_status(value) is None and classify_status(value + head) is not None


_SHORT_STATUS = 4  # 完成, 已完成, 正在推进: a status word the clause table need not list
# A status field's label and value fit in it (整改进度:已完成并长期坚持), the measures named by their order before the
# status words too (整改进度:第一项、第二项、第三项已整改到位 | 一是…: a college's page wrapped at its width)
_STATUS_FIELD_REACH = 32


# Fields whose value is a short phrase (a unit, a leader, a deadline), never a paragraph that a wrap could go on with.
_SHORT_VALUE_LABEL = re.compile(r"^(?:责任|牵头|整改责任人|(?:整改|完成)(?:时限|时间))")


def _field_then_prefixed_headline(prev: str, nxt: str) -> bool:
    """Whether prev ends with a short-valued field (…;完成时限:长期坚持) and nxt opens a problem with its status in
    brackets before its headline ((已整改)固定资产管理混乱。): a row of fields ends its item, whatever its width.
    A bracket with nothing after it ((已完成) alone) may be the rest of a status cut by the wrap, and stays."""
    prefix = _LEADING_BRACKET_RE.match(nxt)
    if prefix is None or prefix.end() >= len(nxt) or nxt[prefix.end()] in _NO_LINE_START:
        return False
    field = LABEL_RE.match(prev[max(prev.rfind(";"), prev.rfind("；")) + 1 :])
    if field is None or _SHORT_VALUE_LABEL.match(field["label"]) is None or not field["value"]:
        return False
    return bracketed_status(prefix.group())[1] is not None


def _cut_field_label(prev: str, nxt: str) -> bool:
    """Whether the wrap cut a furniture field's label (来源:X党组  时 | 间:2024-12-28, 更 | 新时间:): the line's
    end and the next line's start before its colon make one label of the page's furniture."""
    colon = next((i for i, ch in enumerate(nxt[:6]) if ch in _COLON), 0)
    head = nxt[:colon]
    return colon > 0 and any(
        label.endswith(head) and len(label) > colon and prev.endswith(label[: len(label) - colon])
        for label in _CHROME_LABELS
    )


def _opens_under_heading(nxt: str) -> bool:
    """Whether nxt opens what stands under a heading printed without a closing mark: an unnumbered problem's
    headline (关于…的问题。, 关于…的问题,已完成。) or the heading's lead sentence (该方面4个问题已全部整改完成。)."""
    if nxt[:1] not in _UNDER_HEADING_FIRST:
        return False  # the cheap precheck: neither a headline nor a lead sentence opens with this character
    return bool(
        _HEADLINE_RE.match(nxt)
        or _headline_with_status(nxt, 0)
        or _LEAD_SENTENCE_RE.match(nxt)
        or _HEADLINE_THEN_CLAUSE_RE.match(nxt)  # 关于…的问题,未整 | 改到位。: its status clause cut by the wrap
    )


_HEADLINE_THEN_CLAUSE_RE = re.compile(r"(?:关于|对于|针对)[^。；;，,:：]{2,60}?问题[,，]")


_UNDER_HEADING_FIRST = frozenset("关对针本该此这共以")


def _cut_number(prev: str, nxt: str) -> bool:
    return prev[-1] in _NUMBER_GOES_ON[:-3] and nxt[0] in _NUMBER_GOES_ON[:-6] and numbering_of(nxt) is None


_LABEL_SEGMENT_RE = re.compile(r"(?<=[。；;，,])[\u4e00-\u9fff]{2,8}[:：]$")


def _label_ends_full_line(prev: str, nxt: str) -> bool:
    """A field's label that the wrap left at the end of a full line after other text (…;整改时限:2023年12月;整改进度: |
    正在推进, …。具体表现为: | …): its value follows on the next line, as the label printed inline announces; a label
    opening its own line (整改措施:) stands over what follows, and a numbered line after the colon starts anew."""
    return bool(_LABEL_SEGMENT_RE.search(prev[-10:])) and not starts_unit(nxt)


def _sentence_cut(prev: str, printed: str, nxt: str, wrap: tuple[int, Callable[[str], float]]) -> bool:
    """A numbered paragraph whose sentence ended exactly at the page width, followed by a line that opens
    nothing: the wrap fell between two sentences of one item's text ((12)…缴纳年租金。| 在20人以内…)."""
    width, measure = wrap
    if prev[-1] not in "。；;" or measure(printed) < width - 0.5:
        return False
    if numbering_of(prev) is None and not _quote_open(prev):
        return False  # (其一,关于“<headline>。| <facts>”问题的整改: a quote left open goes on, whatever numbers it)
    # the totals after the last problem (截至2024年6月底，10个问题中…) open a paragraph of their own
    return not (starts_unit(nxt) or is_signature(nxt) or CHROME_RE.search(nxt[:80]) or _opens_sentence_unit(nxt))


def _quote_open(line: str) -> bool:
    """Whether the line opens a quotation it does not close (关于“<headline>。 at the line's end)."""
    opened = line.rfind("“")
    return opened != -1 and "”" not in line[opened:]


def _bare_status(line: str) -> bool:
    """A line of status words alone (已完成, 整改中, 已销号): the status a ledger prints under a problem's headline."""
    return STATUS_ONLY_RE.fullmatch(line) is not None and classify_status(line) is not None


# A status in brackets printed before a problem's number (【已完成】1.<problem>, [正在推进](二)<problem>): a ledger
# marks its rows so. The number opens the line, as everywhere else; the status follows it, where it is read.
_STATUS_OPENERS = frozenset("【[(〔")
# A problem numbered by its name (问题3, 具体问题一, 任务2, 事项一), the entry families of numbering.ENTRY_STYLES.
_NAMED_NUMBER = rf"(?:具体问题|问题|任务|事项)\s*(?:\d{{1,3}}|[{CN_DIGITS}]{{1,3}})"
_NAMED_OPENERS = frozenset("具问任事")
_STATUS_BEFORE_NUMBER_RE = re.compile(
    r"^(?P<status>[【\[(〔][^】\])〕]{2,12}[】\])〕])\s*"
    rf"(?P<number>\d{{1,3}}\s*[.、]|[{CN_DIGITS}]{{1,3}}\s*、|\([{CN_DIGITS}\d]{{1,3}}\)|{_NAMED_NUMBER}\s*[:.、])"
)
# The same status printed between a problem's named number and its colon (问题1（已整改）：<problem>, 任务3【已完成】：
# <problem>): a school's notice marks its headlines so. The number and its colon open the line, the status follows.
_STATUS_AFTER_NAMED_RE = re.compile(
    rf"^(?P<number>{_NAMED_NUMBER})\s*(?P<status>[【\[(〔][^】\])〕]{{2,12}}[】\])〕])\s*(?P<stop>[:.、])"
)

# A status printed before a problem's number without brackets, set off by a bar (已完成｜问题3：<problem>, 正在整改 |
# 2.<problem>): a notice posted as a web page marks each problem's heading so, its status first (a county bureau,
# round 81). The number opens the line; the status follows it in brackets, where a bracketed status is read.
_STATUS_BAR_BEFORE_NUMBER_RE = re.compile(
    r"^(?P<status>[\u4e00-\u9fff，,]{2,12})\s*[|丨]\s*"
    rf"(?P<number>\d{{1,3}}\s*[.、]|[{CN_DIGITS}]{{1,3}}\s*、|\([{CN_DIGITS}\d]{{1,3}}\)|{_NAMED_NUMBER}\s*[:.、])"
)


def _barred(line: str) -> bool:
    """The cheap precheck for a status set off by a bar: a bar among the line's first characters."""
    head = line[2:15]
    return "|" in head or "丨" in head


def _number_first(line: str) -> str:
    """'【已完成】1.<problem>' → '1.【已完成】<problem>', '问题1(已完成):<problem>' → '问题1:(已完成)<problem>',
    '已完成|问题1:<problem>' → '问题1:【已完成】<problem>'; any other line as it is."""
    m = _STATUS_BAR_BEFORE_NUMBER_RE.match(line) if _barred(line) else None
    if m is not None and classify_status(m["status"]) is not None:
        return m["number"] + "【" + m["status"] + "】" + line[m.end() :]
    if line[:1] not in _STATUS_OPENERS:
        m = _STATUS_AFTER_NAMED_RE.match(line)
        if m is None or classify_status(m["status"][1:-1]) is None:
            return line
        return m["number"] + m["stop"] + m["status"] + line[m.end() :]
    m = _STATUS_BEFORE_NUMBER_RE.match(line)
    if m is None or classify_status(m["status"][1:-1]) is None:
        return line
    return m["number"] + m["status"] + line[m.end() :]


# A bracketed status printed ALONE on its own line BEFORE the problem it governs (【已完成】 | 1.<problem>。 |
# 整改情况：… | 【正在整改】 | 2.<problem>。: a county bureau tags each problem so, round 171). Read as the line after a
# headline (…问题 | 【已完成】), each tag would go to the problem before it. It is the next problem's where every tag
# alone is followed by a numbered line and none stands between two lines of that one numbering (a tag closing the
# problem above it, then the next problem, in a ledger without rectification text): the tag then opens its line
# (【已完成】1.<problem>), as a ledger that prints its status before the number has it (_number_first).
_TAG_ALONE_CLOSERS = frozenset("】])〕")


def _number_kind(line: str) -> str | None:
    """The numbering a line opens with, its digits blanked ('1.' and '12.' alike, '一、' and '十二、' alike, the two
    apart), None where it opens with none."""
    m = _STATUS_BEFORE_NUMBER_RE.match("【已完成】" + line)
    if m is None:
        return None
    return re.sub(rf"[{CN_DIGITS}]+", "一", re.sub(r"\d+", "0", m["number"])).replace(" ", "")


def _tags_before_items_joined(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each status tag alone before its problem's numbered line joined to that line's front (see above)."""
    tags = [
        i
        for i, (_, c) in enumerate(rows)
        if c[-1:] in _TAG_ALONE_CLOSERS
        and c[:1] in _STATUS_OPENERS
        and len(c) <= 14
        and (m := _TAG_ALONE_RE.fullmatch(c)) is not None
        and classify_status(m["s"]) is not None
    ]
    if len(tags) < 2 or tags[-1] + 1 >= len(rows):
        return rows
    kinds = set()
    # tags followed by the first number of a run: 〔已整改〕 | 〔一〕<measure>, a wrapped headline's own bracket
    firsts = 0
    for i in tags:
        kind = _number_kind(rows[i + 1][1])
        if kind is None or (i > 0 and _number_kind(rows[i - 1][1]) == kind):
            return rows
        kinds.add(kind)
        firsts += _FIRST_NUMBER_RE.search(rows[i + 1][1][:8]) is not None
    if len(kinds) != 1 or firsts == len(tags):
        return rows  # problems tagged so count on (1. 2. 3.); points restarting at one under each are measures
    joined = set(tags)
    out: list[tuple[str, str]] = []
    for i, (p, c) in enumerate(rows):
        if i in joined:
            continue
        out.append((p, rows[i - 1][1] + c) if i - 1 in joined else (p, c))
    return out


_FIRST_NUMBER_RE = re.compile(r"^\D{0,3}(?:1|一)(?![\d一二三四五六七八九十])")
_TAG_ALONE_RE = re.compile(r"[【\[(〔]\s*(?P<s>[^】\])〕]{2,12})\s*[】\])〕]")


def _is_soft_break(prev: str, nxt: str) -> bool:
    """Whether `nxt` continues the sentence `prev` was cut off in (a line broken by page width)."""
    if not prev or prev[-1] in _TERMINAL:
        return False
    if prev[-1] in "〕]" and bracketed_status(prev[-40:])[1] is not None:
        return False  # …。〔整改进度：已完成〕 / […已完成]: a status bracket closes its paragraph as 】 does (r145)
    if prev[-1] in _CONTINUING or (len(nxt) <= 3 and nxt[-1:] not in _TERMINAL and not _bare_status(nxt)):
        candidate = True  # cut after 、 or （, or a heading's last character wrapped onto its own line
    elif len(prev) <= _STATUS_FIELD_REACH and _status_word_cut(prev, nxt):
        return True
    else:
        candidate = len(prev) >= 40 and len(prev) >= (60 if starts_unit(prev) else 40)
    if not candidate or starts_unit(nxt) or is_signature(nxt):
        return False
    if CHROME_RE.search(prev[:80]) or ("关于" in nxt and TITLE_SEARCH_RE.match(nxt)):
        return False  # page furniture and a title each stand on their own line
    return not ("关于" in prev and TITLE_END_RE.search(prev[-120:]))


# --- a notice whose line breaks were lost ---------------------------------------------------------
# A page copied without its paragraph marks comes as one long line: its lines joined with nothing, or with
# a space (issue 19: "a notice whose line breaks were lost parses like its line-broken form").
_SQUEEZED_MIN = 100  # a township's whole notice can be a few short lines
# A space that stood for a line break: after a CJK character or mark (not inside "1. 标题" or 15:45), or after a
# share closing a progress field (完成进度：90%  (3)…: a county hospital's blocks, round 76, on a page joined at
# spaces).
_JOINING_SPACE = re.compile(rf"(?<=[{_CJK}:;,!?)\]%])[ \t]+(?=\S)")
# A page mark between spaces (- 1 -, — 2 —, 第1页 共3页) is a line of its own, its inner spaces no line breaks.
_SPACED_PAGE_MARK = re.compile(
    r"(?:^|(?<=\s))([-—–]\s*[0-9０-９]{1,3}\s*[-—–]|第\s*[0-9０-９]{1,3}\s*[页頁]\s*共\s*[0-9０-９]{1,3}\s*[页頁])(?:\s+|$)"
)
_SENTENCE_MARK = "。；;！？!?\x00"  # and the page break a page mark left before a numbering (_PAGE_BREAK)
_COLON = ":："
# Where a line may have begun: after a sentence or a colon, or right after a CJK character or a closing
# bracket when a numbering, a word-numbering or the closing matter follows (a heading printed without a
# closing mark, then the first problem: …方面1.…, …长期坚持第2个问题:…, …立行立改其二,…), or after a share closing
# a progress field (整改完成率:100%|问题2:…, rounds 76 and 90).
# A field label (整改情况:) opens a line wherever it stands: 整改结果:已完成整改情况:… is two fields.
_AFTER_BARE = "\u4e00-\u9fff)）”’】〕\\]%"
_NUMBER_FIRST = "".join(sorted(FIRST_CHARS - set("针"))) + "其"
_MAY_BEGIN = re.compile(
    rf"(?<=[{_SENTENCE_MARK}{_COLON}])|(?<=[{_AFTER_BARE}])(?=[{re.escape(_NUMBER_FIRST)}特欢截本该此这共以关对【〔\[])"
    # a field's label after the value before it (责任人:学院党委书记|销号情况:已销号), any label of the genre's fields
    r"|(?<=[^\s:：])(?=(?:整改|完成|进展|目前|当前|责任|牵头|是否|销号|办结|落实|具体措施|主要措施|阶段)"
    r"[^:：。]{0,8}[:：])"
    # a record's number field after the value of the record before it, and its next field after the number
    # (整改结果:已完成|问题序号:2|问题描述:…)
    r"|(?<=[^\s:：])(?=(?:问题)?(?:序号|编号)[:：]\d)|(?<=\d)(?=问题(?:描述|表现)[:：])"
    # The closing request for comments opens a line after a field's value (整改进度:正在整改|如有意见建议,…).
    r"|(?<=[^\s:：])(?=如有意见)"
    # A contact field of the closing matter opens a line after the value before it (…0349—2023583|电子邮箱:…).
    r"|(?<=[\w.@—-])(?=(?:联系(?:电话|方式|地址|人)|电子邮箱|邮政(?:编码|信箱)|邮编|通讯地址)\s*[:：])"
    # The signature's name after the value of the last contact field (邮政编码:036002|中共…党组).
    r"|(?<=\d)(?=(?:中共|中国共产党)[^,，。;；:：\d]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会))"
)
# Numberings also run inside a sentence (统一、规范; 《条例》第一条规定; 于1、2月; 唯一是): after a bare character
# they open a line only as the next number of a numbering already met, or as the first of one whose second
# follows within a problem's length.
_NEXT_WITHIN = 1500


def label_text(family: Family, line: str, at: int) -> str:
    """The characters of the label family opens at line[at] with (三 of 三、)."""
    m = family.pattern.match(line[at : at + 20])
    return m["n"] if m else ""


def _label_marked(window: str, family: Family) -> bool:
    """Whether the label family opens window with is bracketed or followed by a colon, 、 or full stop (or numbered
    by a circled figure, its own mark: 问题①)."""
    found = family.match(window)
    if found is None:
        return False
    label = window[: len(window) - len(found[1])]
    return any(ch in label for ch in ":：、.()") or any(ch in CIRCLED for ch in label)


def _in_prose(family: Family) -> bool:
    """Families whose first label is also a word of prose (统一、 第一条 问题一): they need their second."""
    return family.style == "一、" or family.style.startswith(("第", "问题"))


def _is_squeezed(text: str) -> str | None:
    """The line holding most of a notice whose line breaks were lost, else None (cheap for ordinary text)."""
    if len(text) < _SQUEEZED_MIN:
        return None
    lines = text.split("\n")
    longest = max(lines, key=len)
    if len(longest) < _SQUEEZED_MIN:
        return None
    if len(longest) >= 0.6 * len(text.strip()):
        return longest
    # A web page copied whole keeps its furniture on lines of their own around the squeezed notice (breadcrumbs,
    # 发布时间, 打印本页/关闭窗口, 上一篇/下一篇, the site's owner): the notice is the text without them.
    # (measured only where the line holds a good share already, and only on short lines: furniture is short)
    if len(longest) < 0.35 * len(text):
        return None
    short = (ln.strip() for ln in lines if len(ln) <= _FURNITURE_WIDTH)
    furniture = sum(len(ln) for ln in short if CHROME_RE.search(ln) or CLOSING_RE.match(ln))
    return longest if len(longest) >= 0.6 * (len(text.strip()) - furniture) else None


_FURNITURE_WIDTH = 80

# A page whose line breaks were lost and which was then printed at a width (a web page saved as a PDF, or scanned):
# every printed line runs to the width but the last, where a notice printed from its own paragraphs ends one at
# nearly every few lines. Such a text is the squeezed page cut at the width; it is joined back and read as one.
_PRINTED_MIN_LINES = 8
_PRINTED_MAX_WIDTH = 80


def _printed_squeeze(text: str) -> bool:
    """Whether the text is a squeezed page printed at a width (cheap: a scan of the line lengths)."""
    printed = text.split("\n")
    for line in printed:
        if len(line) > _PRINTED_MAX_WIDTH and line.strip():
            return False  # the cheap precheck: a line longer than any printed line (most notices: the first few)
    measured = [
        (len(line), display_width(line))
        for line in printed
        if line.strip() and not (len(line) <= _PAGE_MARK_MAX and _PAGE_MARK_LINE.fullmatch(line.strip()))
    ]
    if len(measured) < _PRINTED_MIN_LINES:
        return False
    top_count = sorted(count for count, _ in measured)[len(measured) * 9 // 10]
    top_width = sorted(width for _, width in measured)[len(measured) * 9 // 10]
    short = sum(1 for count, width in measured if count < top_count - 1 and width < top_width - 2)
    return short <= 2 + len(measured) // 50


# A squeezed page copied out in a few very long lines broken at arbitrary places (a chat tool's or an editor's
# soft wrap made hard, a page whose text nodes split mid-sentence: round 162's energy company, its 3个方面1|1个问题
# broken inside a number): no width rules the breaks, but most long lines end inside a sentence, where a
# notice pasted a paragraph a line ends its long lines at a sentence's close. The breaks inside sentences are the
# copy's, not the notice's: those lines are joined to the next, and the page is read as the squeezed page it was.
_BROKEN_MAX_LINES = 20  # a few long lines: a paragraph-per-line notice has more, and ends them at its sentences
_BROKEN_SHARE = 0.75  # of the text in its long lines: the title, a run's tail and the signature may stand apart
_SENTENCE_CLOSE = frozenset('。；;！？!?：:）)”"】」』>')
_TABLE_GAP_RE = re.compile(r"\t|\||\S {2,}\S|\u3000{3,}")  # a grid's cells or a fixed-width column: no prose run


def _broken_squeeze(text: str) -> str | None:
    """The text with its long lines that end inside a sentence joined to the next, if it is a squeezed page broken
    into a few long lines at arbitrary places (cheap: a scan of the line lengths), else None."""
    lines = text.split("\n")
    long_lines = [k for k, line in enumerate(lines) if len(line) >= _SQUEEZED_MIN]
    if not 2 <= len(long_lines) <= _BROKEN_MAX_LINES:
        return None
    if sum(len(lines[k]) for k in long_lines) < _BROKEN_SHARE * len(text.strip()):
        return None
    # the long lines text follows (the last may end the text), and those of them ending inside a sentence
    followed = [k for k in long_lines if k + 1 < len(lines) and lines[k + 1].strip()]
    broken = [k for k in followed if lines[k].rstrip()[-1:] not in _SENTENCE_CLOSE]
    if not followed or 2 * len(broken) < len(followed) or any(_TABLE_GAP_RE.search(lines[k]) for k in long_lines):
        return None
    # Once the breaks are the copy's, one after a sentence's close is as arbitrary as the rest: every long line runs
    # on into the next, and a short line ending inside a sentence (the title, a run's tail) into the long one after.
    long_set = set(long_lines)
    out = [
        line + ("" if k in long_set or (k + 1 in long_set and line.rstrip()[-1:] not in _SENTENCE_CLOSE) else "\n")
        for k, line in enumerate(lines)
    ]
    return "".join(out).removesuffix("\n")


# A page that lost its line breaks but kept each paragraph's indent (two ideographic spaces, 　　, as Chinese
# documents open a paragraph) holds the indents where its lines began: …予以公布。　　一、整改工作总体情况　　街道…
# (a street's one-line notice, round 162). Where indents stand after sentences all through the line, each is a line
# break, whatever opens the paragraph after it (an unnumbered problem, a heading without its stop).
_INDENT_RUN_RE = re.compile(r"[ \t]*\u3000{2,}[ \t]*")
_INDENT_AFTER_SENTENCE_RE = re.compile(r"[。；;！？!?][ \t]*\u3000{2,}")
_INDENTS_MIN = 3


def _indents_kept(line: str) -> bool:
    """Whether the paragraph indents in a squeezed line stand for its line breaks: several, and after a tenth of
    its sentences at least."""
    after = len(_INDENT_AFTER_SENTENCE_RE.findall(line))
    return after >= _INDENTS_MIN and after >= 0.1 * len(_SENTENCE_END.findall(line))


def unsqueeze(text: str) -> str:
    """Give a notice whose line breaks were lost its lines back: at the spaces that joined them, else
    before each numbering, field label, 一是 or closing matter that opens a unit of the genre."""
    longest = _is_squeezed(text)
    if longest is None and _printed_squeeze(text):
        text = "".join(text.split("\n"))
        longest = text
    elif longest is None and (rejoined := _broken_squeeze(text)) is not None:
        text, longest = rejoined, _is_squeezed(rejoined)
    if longest is not None and "\u3000\u3000" in longest and _indents_kept(longest):
        text = text.replace(longest, _INDENT_RUN_RE.sub("\n", longest).strip("\n \u3000"), 1)
        longest = _is_squeezed(text)  # each paragraph on its line again: squeezed no more, but a part may be
    if longest is None:
        return _signature_apart(_unsqueeze_parts(text))
    if _has_mark(longest) and (read := legend_read(longest)) != longest:
        text, longest = text.replace(longest, read, 1), read  # a mark closing a headline marks where a line ended
    if _joined_at_spaces(longest):
        spaced = [
            piece
            for k, part in enumerate(_SPACED_PAGE_MARK.split(longest))
            for piece in ([part] if k % 2 else _JOINING_SPACE.split(part))
            if piece
        ]
        spaced = [p for piece in spaced for p in _RECORD_NUMBER_SPACE_RE.split(piece) if p]
        pieces = [p for piece in _relabel(spaced) for p in _SIGNER_AFTER_VALUE_RE.split(piece) if p]
    else:
        pieces = [p for piece in _split_units(_without_page_marks(clean_line(longest))) for p in _at_page_breaks(piece)]
    return _signature_apart(text.replace(longest, "\n".join(pieces), 1))  # the closing paragraph may be apart


# A part of a notice pasted as one paragraph while the rest keeps its lines (二、's problems run together:
# (一)关于“…”的问题。<measures>。目前已整改完成。(二)关于…, a township's notice, round 20): a long line that opens
# with a numbering and holds two more of its family where a unit may begin is split as a squeezed notice is.
_RUN_ON_MIN = 120
_RUN_ON_UNITS = 3


def _unsqueeze_parts(text: str) -> str:
    """Give each run-on part of an otherwise line-broken notice its lines back (cheap: long lines only)."""
    lines = text.split("\n")
    if _paragraph_runs(lines):
        return "\n".join(
            p for line in lines for p in (_split_units(clean_line(line)) if len(line) >= _RUN_ON_MIN else [line])
        )
    for line in lines:  # a loop, not any() over a generator: every line of every notice is asked
        if len(line) >= _RUN_ON_MIN and _opens_numbered(line) and _RUN_ON_NEXT.search(line) and _run_on_units(line):
            break
    else:
        return text  # most notices: no long line opening with a numbering whose next two labels it holds
    out: list[str] = []
    for line in lines:
        units = _run_on_units(line) if len(line) >= _RUN_ON_MIN else None
        out.extend(units or [line])
    return "\n".join(out)


# A notice pasted as a few paragraphs, each holding several of its own run together (a page whose breaks were lost
# inside each block it copied: one line per group of problems, or a few lines broken at paragraph ends that fall
# nowhere in particular, round 169): the lines are no squeezed page's (none holds most of the text) nor parts
# opening with a numbering whose next two labels they hold (the line opens with a group's heading, the problems
# under it numbered in words or afresh). Their evidence is a rectification field's label printed twice after a
# sentence in one line, two problems' fields; where two lines hold it, every long line is split as a squeezed
# page's line is (the furniture run together with them too).
_FIELD_AFTER_SENTENCE_RE = re.compile(
    r"[。；;][ \t\u3000]*(整改(?:情况|措施|举措|进展|进度|结果|落实情况|完成情况)|完成情况|进展情况|落实情况)[:：]"
)
_PARAGRAPH_RUN_LINES = 2


def _paragraph_runs(lines: list[str]) -> bool:
    """Whether the long lines of a text hold paragraphs run together (see above; cheap: long lines with colons)."""
    runs = 0
    for line in lines:
        if len(line) < _RUN_ON_MIN or line.count("：") + line.count(":") < 2:
            continue
        labels = Counter(m[1] for m in _FIELD_AFTER_SENTENCE_RE.finditer(line))
        runs += bool(labels) and max(labels.values()) >= 2
        if runs >= _PARAGRAPH_RUN_LINES:
            return True
    return False


def _signature_apart(text: str) -> str:
    """A line with the signature and its date glued after its closing sentence (…请予监督。中共X委员会 2025年12月30日)
    cut into its lines: a notice pasted as a few paragraphs, its breaks lost inside each, runs its signature on after
    the closing words as a squeezed one does (a city group's four-line notice, round 160), the page's furniture after
    it or not."""
    if "日" not in text:
        return text  # the cheap precheck: no date at all
    lines = text.split("\n")
    for k, line in enumerate(lines):
        body = line.rstrip()
        if not body.endswith("日") or len(body) <= _GLUED_SIGNATURE_MIN:
            continue  # a line ending on a date and holding more than a signature
        if (m := _GLUED_SIGNATURE_RE.search(body)) is not None:
            lines[k] = f"{body[: m.start()]}\n{m['name']}\n{m['date']}{line[len(body) :]}"
    return "\n".join(lines)


_GLUED_SIGNATURE_MIN = 40  # a signature and its date alone on a line are shorter
_GLUED_SIGNATURE_RE = re.compile(
    r"(?<=[。！!])[ \u3000]*"
    r"(?P<name>(?:中共|中国共产党)[^,，。;；:：、\d\n]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会))"
    r"[ \u3000]*(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4})年[^,，。;；:：\n]{1,6}日)$"
)


def _run_on_units(line: str) -> list[str] | None:
    """The lines of a run-on part, if the line opens with a numbering and two more units of its family follow."""
    opening = line.lstrip(_INDENT)[:24].translate(_TO_HALF)
    first = numbering_of(opening) if _LABEL_START.match(opening) else None
    if first is None or first[0] in WORD_FAMILIES:
        return None  # 一是…二是…三是 run on within a paragraph by the genre's own habit: measures, not lost breaks
    markers = _next_markers(opening[: len(opening) - len(first[2])], first[1])
    if not all(_after_a_sentence(m, line) or _after_a_sentence(m.translate(_FULL_WIDTH), line) for m in markers):
        # the cheap precheck: the next two labels of the family open sentences of the line as printed; else the line
        # may be one part's heading with its own units run on after it
        return _units_under_heading(line, first[0])
    cleaned = clean_line(line)
    pieces = _split_units(cleaned)
    same = sum(1 for piece in pieces if (found := numbering_of(piece)) is not None and found[0] is first[0])
    return pieces if same >= _RUN_ON_UNITS else None


def _units_under_heading(line: str, family: Family) -> list[str] | None:
    """The lines of one part run on after its heading (二、巡察反馈问题整改落实情况 问题一：关于…方面 1.<problem>。
    整改情况：…完成情况：已完成。2.…): a notice pasted as a few paragraphs, its breaks lost inside each, holds its
    problems on the line of the part's heading, whose own family goes on only on the next line (a city group's
    notice, round 160). The heading is short, closed before any sentence by the next unit's label, and three units
    of one family other than the heading's follow."""
    if _HEADING_THEN_LABEL_RE.match(line.lstrip(_INDENT)) is None:
        return None  # the cheap precheck: a short heading, then a label, before the line's first sentence ends
    pieces = _split_units(clean_line(line))
    if len(pieces) <= _RUN_ON_UNITS or _SENTENCE_END.search(pieces[0]):
        return None
    kinds = Counter(found[0] for piece in pieces[1:] if (found := numbering_of(piece)) is not None)
    kinds.pop(family, None)
    return pieces if any(count >= _RUN_ON_UNITS for count in kinds.values()) else None


# A part's heading (二、巡察反馈问题整改落实情况) and, before any sentence ends, the label of a unit under it (问题一：,
# (一), 1.), a space between them or none.
_HEADING_THEN_LABEL_RE = re.compile(
    r"^\S{1,4}[、.．][^。；;:：\n]{2,30}?[ \u3000]*"
    r"(?:问题[一二三四五六七八九十\d]{1,3}[:：、.]|[(（][一二三四五六七八九十]{1,3}[)）]|1[.、．])"
)


_CN_NUMERALS = [*"一二三四五六七八九十", *(f"十{d}" for d in "一二三四五六七八九")]
_RUN_ON_FIRST = FIRST_CHARS | set("（(１２３４５６７８９")
_INDENT = " \u3000\t"
# What a numbering's label looks like at a line's start ((二), 2., 二、, ③, 问题二, 第二): a cheap filter before trying
# every family (一是, 10月22日 and the like fail it).
_LABEL_START = re.compile(r"[(]?[\d一二三四五六七八九十]{1,3}[).、:]|[①-⒇❶-❿]|问题|第")
_RUN_ON_NEXT = re.compile(r"[。；;][(（]?[2-9２-９二三四五六七八九]")  # a sentence running on into a later label


def _after_a_sentence(marker: str, line: str) -> bool:
    return "。" + marker in line or "；" + marker in line or ";" + marker in line


def _opens_numbered(line: str) -> bool:
    """Whether a line, past its indent, opens with a character a numbering can open with."""
    return line[:1] in _RUN_ON_FIRST or (line[:1] in _INDENT and line.lstrip(_INDENT)[:1] in _RUN_ON_FIRST)


_FULL_WIDTH = str.maketrans("():.", "（）：．")
_TO_HALF = str.maketrans("（）：．、１２３４５６７８９０", "():.、1234567890")


def _next_markers(marker: str, label: str) -> list[str]:
    """The markers of the two numbers after a line's first ((一) → (二), (三); 1. → 2., 3.); none past twenty."""
    n = number_of(label)
    if n is None or n + 2 > len(_CN_NUMERALS) or label not in marker:
        return ["\n"]  # never in a line: no precheck passes
    names = [str(k) if label.isdigit() else _CN_NUMERALS[k - 1] for k in (n + 1, n + 2)]
    return [marker.replace(label, name, 1) for name in names]


# Lines joined by spaces leave a space after many of their sentence marks (…完成。 2.…); lines joined with
# nothing leave none, their spaces stand after labels ((二) 财务…, 第1个问题: [已完成]) or inside fields.
_SENTENCE_SPACE = re.compile(r"[。；;！？!?][ \t]+")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _joined_at_spaces(line: str) -> bool:
    """Whether the spaces of a squeezed notice stand for its line breaks: a tenth of its sentences end at one."""
    joins = len(_SENTENCE_SPACE.findall(line))
    return joins >= 3 and joins >= 0.1 * len(_SENTENCE_END.findall(line))


# A page mark glued between two pages' text (…完成。- 2 -②…, 第2页共5页) goes, as it would on a line of its own:
# the text runs on across it, and the evidence for a numbering (its next number) is read across pages.
_PAGE_MARK_RE = re.compile(r"[-—–] \d{1,3} [-—–]|(?<![\d-])[-—–]\d{1,3}[-—–](?![\d-])|第\d{1,3}页[,，/]?共\d{1,3}页")


_PAGE_BREAK = "\x00"  # where a numbered unit opens right after a page mark: its line begins there, as after a sentence


def _at_page_breaks(piece: str) -> list[str]:
    return [p for p in piece.split(_PAGE_BREAK) if p] if _PAGE_BREAK in piece else [piece]


def _without_page_marks(line: str) -> str:
    """The line without its page marks; where a numbering follows one (…突出问题- 2 -一、下一步工作安排), the unit
    begins a line whatever the evidence for its family, as it began the new page."""

    def drop(m: re.Match[str]) -> str:
        return _PAGE_BREAK if numbering_of(line[m.end() : m.end() + 16].lstrip()) else ""

    return _PAGE_MARK_RE.sub(drop, line)


def _relabel(pieces: list[str]) -> list[str]:
    """Labels printed with a space before their text ((2) 加强…) stay on their text's line, unless a field follows.

    A lone label followed by a field (1. / 问题描述:…) is a ledger layout; any other lone label was cut off its line.
    """
    out: list[str] = []
    for piece in pieces:
        if out and not LABEL_RE.match(piece) and _bare_label(out[-1]) and not _PAGE_MARK_LINE.fullmatch(piece):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _bare_label(piece: str) -> bool:
    """A label alone: a numbering of the table, or a word-numbering (二是 关于…, 其二, …) spaced off its text."""
    if len(piece) > 8:
        return False
    label = clean_line(piece)
    found = numbering_of(label)
    if found is None and label[:1] in _WORD_FIRST:
        found = next(((f, *m) for f in WORD_FAMILIES if (m := f.match(label))), None)
    return found is not None and not found[2].strip()


# A yes/no status field's answer is one character (是否完成:是|一是对…, 是否完成:否|建立…): where the line break
# after it was lost, the problem's text runs on from the answer without a mark between.
_YES_NO_ANSWER_RE = re.compile(
    r"(是否(?:已经?)?(?:整改)?(?:完成|到位|销号|办结)(?:整改)?[:：]\s*[是否])(?=[^\s。;；,，、:：])"
)


# The same for a deadline field (整改时限:2024年12月底前|召开…, 完成时限:立行立改|一是…): its value is a deadline
# phrase, and what runs on after it, unless it continues the deadline (…前完成, 2024年6月至12月), is the text.
_DEADLINE_ANSWER_RE = re.compile(
    rf"((?:整改|完成)(?:时限|时间)[:：]\s*(?>{DEADLINE_VALUE}))"
    r"(?=[^\s\d。;；,，、:：()（）\-—~至起以前之])(?!完成|办结|到位|落实|整改完成|全部)"
)


def _split_units(line: str) -> list[str]:
    """Split a joined line where a unit of the notice begins."""
    pieces: list[str] = []
    start = 0
    met: dict[str, int] = {}  # the last number met of each numbering, the evidence for the next one
    for m in _MAY_BEGIN.finditer(line):
        at = m.start()
        if at <= start:
            continue
        # every numbering met counts for the next one's evidence, but not one inside another's label: 问题(二)'s
        # (二) is no (二) of the (一) run under it (问题(二)…方面存在的问题(二)关于…: fresh seed 62000057)
        numbered = not _inside_label(line, start, at) and _begins_line(line, at, met)
        if (
            numbered
            or _status_field_ends(line, start, at)
            or _status_value_ends(line, start, at)
            or _headline_follows(line, start, at)
            or _measures_follow(line, start, at)
            or _field_after_headline(line, start, at)
            or _record_field_follows(line, start, at)
        ):
            pieces.append(line[start:at])
            start = at
    pieces.append(line[start:])
    *body, last = pieces
    # The signature: the name (after the last contact field it was glued to), then the date under it.
    pieces = [*body, *(p for part in _SIGNATURE_RE.split(last) for p in _SIGNED_DATE_RE.split(part))]
    pieces = [p for piece in pieces for p in _REVIEWERS_RE.split(piece)]
    pieces = [p for piece in pieces for p in _YES_NO_ANSWER_RE.sub("\\1\n", piece).split("\n")]
    pieces = [p for piece in pieces for p in _split_after_deadline(piece)]
    pieces = [p for piece in pieces for p in _split_status_run_on(piece)]
    pieces = [p for piece in pieces for p in _split_bare_status(piece)]
    pieces = [part for piece in pieces for part in _split_chrome_fields(piece) if part]
    pieces = [part for piece in pieces for part in _cut_quoted_title(piece)]
    pieces = _cut_word_headlines(pieces)
    (*body,) = pieces[:-_TAIL_PIECES]
    return [*body, *(p for piece in pieces[-_TAIL_PIECES:] for p in _split_signature(piece))]


def _split_after_deadline(piece: str) -> list[str]:
    """A piece whose deadline field's value runs on into the text, cut after the value (cheap: most hold no 时)."""
    if "时" not in piece:
        return [piece]
    return [p for p in _DEADLINE_ANSWER_RE.sub("\\1\n", piece).split("\n") if p]


def _split_status_run_on(piece: str) -> list[str]:
    """A piece opening with a status field whose value runs on into the measures with no mark (整改进度:持续推进中
    组织全体干部…, 整改进度:已完成,长期坚持将相关内容纳入…): cut where the longest run of status words ends and a
    measure's verb begins (lexicon.STATUS_RUN_ON_LEADS), the status a line of its own as the row printed it."""
    colon = next((i for i, ch in enumerate(piece[:_STATUS_LABEL_MAX]) if ch in _COLON), 0)  # cheap: most hold none
    if not colon or len(piece) <= colon + 3:
        return [piece]
    field = LABEL_RE.match(piece[: colon + 1 + _STATUS_RUN_ON_MAX])
    if field is None or STATUS_LABELS.match(field["label"]) is None:
        return [piece]
    start = field.start("value")
    # the measures named by their order before the status words (第一项、第二项、第三项已完成,转入常态化管理…)
    named = MEASURE_ORDINALS_RE.match(piece[start:]) if piece.startswith("第", start) else None
    words = start + (named.end() if named else 0)
    for end in range(min(len(piece) - 1, words + _STATUS_RUN_ON_MAX), words + 1, -1):
        if _opens_after_status(piece, end) and STATUS_CLAUSE_RE.match(f",{piece[words:end]}。"):
            return [piece[:end], piece[end:]]
    ends = range(min(len(piece) - 1, start + _STATUS_RUN_ON_MAX), start + 1, -1)
    # no status clause: words with no mark that the field reads as a status (完成, 第一项、第二项已完成), the rows' bare
    # and per-step values, before a measure's opening (完成|对相关责任人进行提醒谈话, …已完成|一是修订…)
    clause = re.split(r"[,，。;；]", piece[start:], maxsplit=1)[0]
    if STATUS_CLAUSE_RE.match(f",{clause}。"):
        return [piece]  # the clause is status words whole (已完成并长期坚持): nothing ran on inside it
    for end in ends:  # a measure's opening (组织, 对相关, 一是), not a task's verb that status words end with (坚持)
        if piece.startswith(_BARE_RUN_ON_LEADS, end) and _bare_status_words(field["label"], piece[start:end]):
            return [piece[:end], piece[end:]]
    return [piece]


def _bare_status_words(label: str, value: str) -> bool:
    """A status field's value of status words alone, no clause mark in it (完成, 第一项、第二项已完成)."""
    return not any(mark in value for mark in _CLAUSE_MARKS) and label_status(label, value) is not None


_CLAUSE_MARKS = ",，。;；"
_BARE_RUN_ON_LEADS = (*MEASURE_LEADS, "将", "对")


def _opens_after_status(piece: str, at: int) -> bool:
    """Whether a measure's verb (组织…, 将…) or a numbered unit (一、巩固深化巡察整改成果的打算, the closing part
    after the last problem's fields) opens at piece[at], right after a status field's words."""
    if piece.startswith(STATUS_RUN_ON_LEADS, at):
        return True
    found = numbering_of(piece[at : at + 24]) if piece[at] in _RUN_ON_FIRST else None
    return found is not None and found[2][:1] not in _NO_LINE_START


_STATUS_LABEL_MAX = 10  # a status field's label and colon (整改进展情况:, 目前整改状态:) fit in it
_STATUS_RUN_ON_MAX = 20  # a status field's status words (已完成,长期坚持, 已整改完成,形成长效机制,长期坚持) fit in it


def _split_bare_status(piece: str) -> list[str]:
    """A piece opening with a bare status sentence (已完成整改。|召开…, after a field's value was cut off it): the
    status stands on its own line, as printed, and the measures after it on theirs."""
    end = _bare_status_end(piece)
    if end == 0 or end >= len(piece):
        return [piece]
    return [piece[:end], piece[end:]]


def _bare_status_end(text: str) -> int:
    """Where a bare status sentence opening text ends (已经整改到位。 → after its 。), 0 where none opens it: a
    sentence of status words and nothing else (已完成专项检查3次。 is a measure)."""
    if text[:1] not in _BARE_STATUS_FIRST:
        return 0
    end = next((i for i, ch in enumerate(text[:_BARE_STATUS_MAX]) if ch in _SENTENCE_MARK), 0)
    return end + 1 if end and STATUS_CLAUSE_RE.match("," + text[: end + 1]) is not None else 0


_BARE_STATUS_FIRST = frozenset("已正尚未完持")  # 已完成整改 正在整改 尚未完成 未完成 完成 持续推进
_BARE_STATUS_MAX = 16  # 已经整改到位,需长期坚持。


# The signature after the last sentence of the text (…特此通报。X党委二〇二三年七月六日【打印本页】): the issuer's name
# and the date stand on lines of their own, and so does the page's furniture after them.
_TAIL_PIECES = 4
_SIGNATURE_TAIL_RE = re.compile(
    r"(?:(?<=[。;；!！)）])|^)(?P<name>(?:中共|中国共产党)?[^,，。;；:：、\d]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会))?"
    r"(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4})年[^,，。;；:：]{1,6}日)?(?P<rest>(?:【|扫一扫|分享|打印|关闭).*)?$"
)


# The signature's name glued to the value of the last contact field (邮政编码:036002中共…党组).
_SIGNER_AFTER_VALUE_RE = re.compile(
    r"(?<=\d)\s*(?=(?:中共|中国共产党)[^,，。;；:：\d]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会)$)"
)
_SIGNER_RE = re.compile(r"^(?:中共|中国共产党)[^,，。;；:：\d]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会)")


def _name_then_furniture(piece: str) -> list[str]:
    """The signature's name with the site's footer glued after it (中共X党组|晋公网安备…): two lines."""
    m = _SIGNER_RE.match(piece)
    if m is None or m.end() == len(piece) or any(ch in _SENTENCE_MARK for ch in piece):
        return [piece]
    rest = piece[m.end() :]
    return [piece] if rest.startswith(("关于", "(", "（")) else [m.group(), rest]


def _split_signature(piece: str) -> list[str]:
    """A piece ending in the signature's name or date (and furniture after them) cut into its lines."""
    m = _SIGNATURE_TAIL_RE.search(piece)
    if m is None or not (m["name"] or m["date"]):
        return _name_then_furniture(piece)
    return [p for p in (piece[: m.start()], m["name"], m["date"], m["rest"]) if p]


_SIGNATURE_RE = re.compile(
    r"(?<=\S)(?=(?:中共|中国共产党)[^,，。;；:：]{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会)"
    r"(?:\d{4}|[〇零一二三四五六七八九]{4})年[^。]{1,6}日)"
)
_SIGNED_DATE_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:\d{4}|[〇零一二三四五六七八九]{4})年[^。]{1,6}日(?:$|初审))")
_REVIEWERS_RE = re.compile(r"(?<=日)(?=初审[:：])")  # 初审:…复审:…终审:… under the date


# Page furniture glued to the title and the opening (…的通报发布时间:2025-06-29信息来源:X根据县委…部署): each
# field is a line of its own, the title ends at its 通报, and the opening sentence begins at 根据/按照 … 部署/要求.
# The fields of government sites' article pages (信息公开 blocks, share and font widgets), as data.
_CHROME_FIELDS = (
    "发布时间|发布日期|更新时间|信息时间|信息来源|浏览次数|阅读次数|浏览量|访问次数|信息索引号"
    "|文件名称|发布机构|成文日期|公开方式|公开日期|分享到|分享|字号|字体"
)
# 日期, 时间, 来源 and 索引号 are fields of their own too, but not where they end one of the names above.
_CHROME_FIELD_RE = re.compile(
    rf"(?<=\S)(?:(?=(?:{_CHROME_FIELDS})\s*[:：]|朗读|今天是)"
    r"|(?<!信息)(?<!发布)(?<!成文)(?<!公开)(?<!更新)(?=(?:日期|时间)\s*[:：])|(?<!信息)(?=(?:来源|索引号)\s*[:：]))"
)
# The labels a wrap may cut (_cut_field_label): every field above.
_CHROME_LABELS = (*_CHROME_FIELDS.split("|"), "日期", "时间", "来源", "索引号")
_OPENING_RE = re.compile(r"(?<=\S)(?=(?:根据|按照)[^。]{0,30}(?:部署|安排|要求))")
_HEAD = 600  # the title, the page's furniture and the opening's first words lie within it


def _split_chrome_fields(piece: str) -> list[str]:
    """A head piece holding page furniture or the title cut into its fields, the title and the opening."""
    head = piece[:_HEAD]
    title = TITLE_SEARCH_RE.search(head) if "关于" in head else None
    if not CHROME_RE.search(head[:200]) and _CHROME_FIELD_RE.search(head) is None and title is None:
        return [piece]
    opening = _OPENING_RE.search(piece, 0, _HEAD)
    cut = opening.start() if opening else len(piece)
    lines = [f for f in _CHROME_FIELD_RE.split(piece[:cut]) if f]
    lines = [p for line in lines for p in _cut_title(line)]
    return [*lines, piece[cut:]] if cut < len(piece) else lines


def _cut_title(line: str) -> list[str]:
    """A title glued to what the page printed before and after it (breadcrumb|title|日期:…): three lines."""
    title = TITLE_SEARCH_RE.search(line) if "关于" in line else None
    if title is None or line.startswith("文件名称"):
        return [line]
    widget = _NAME_AFTER_WIDGET.match(title["issuer"])
    start = _issuer_start(line, title) if title.start() else widget.end() if widget else 0
    return [p for p in (line[:start], line[start : title.end()], line[title.end() :]) if p]


def _issuer_start(line: str, title: re.Match[str]) -> int:
    """Where the title's issuer begins after furniture glued to it (…>整改公开中共X党组关于…, 公开方式:主动公开X党委
    关于…): at 中共, else after the site's column name or field value, else where the title search began."""
    issuer = title["issuer"]
    at = issuer.find("中共")
    if at < 0:
        column = _NAME_AFTER_COLUMN.search(issuer) or _NAME_AFTER_WIDGET.match(issuer)
        at = column.end() if column else issuer.find("关于") + 1 if issuer.endswith("关于") else 0
    return title.start() + at


# The name of a site's column that a breadcrumb ends with (首页>巡察工作>整改公开): the organisation follows it.
_NAME_AFTER_COLUMN = re.compile(r"^\S{0,6}(?:公开|公告|动态|工作|专栏|整改|要闻|通知)(?=\S{2,})")
# The date widget of a site's header (今天是2025年8月20日 星期三) glued before the title: the organisation follows it.
_NAME_AFTER_WIDGET = re.compile(r"^今天是[^,，。;；]{0,24}?星期[一二三四五六日天](?=\S{2,})")


def _begins_line(line: str, at: int, met: dict[str, int]) -> bool:
    """Whether a unit of the genre begins at line[at]: after a sentence any, after a colon or a bare
    character only a numbering (整改情况:一是… stays one field)."""
    rest = line[at : at + 80]
    before = line[at - 1]
    if before == "十" and rest[1:2] == "是":
        return False  # 十一是, 十二是: the ones of a word-number past ten, not a 一是 of their own
    if before in _REFERENCE_BEFORE or (before in _LIST_FOLLOWS_LAST and line.endswith(LIST_FOLLOWS_WORDS, 0, at)):
        return False  # 第1、3个问题 / 除问题2、问题4外 / 已完成整改的有问题1: a number there names a problem
    if before not in _COLON and LABEL_RE.match(rest):
        return LABEL_RE.match(line[max(0, at - 2) : at + 80]) is None  # 整改|完成情况: is one label
    if before not in _COLON and _RECORD_NUMBER_RE.match(rest):
        return True  # 整改结果:已完成|问题序号:2: a ledger's records, one field a line (tables._RECORD_SEQ)
    numbered = numbering_of(rest)
    if numbered is None and (before not in _COLON or _opens_the_list(line, at)):
        # 通报如下:其一,<problem>。…: after the lead's colon a word-numbering opens the list as any numbering does
        numbered = _word_numbered(line, at, met)
    if numbered is None and before in _COLON and rest[:1] in _WORD_FIRST and _closes_bare_headline(line, at):
        _note_word_number(rest, met)
        return True  # 其二,<shortcoming>:|其三,…: the colon closed a headline whose text was left out
    if before in _SENTENCE_MARK and numbered is None:
        begins = starts_unit(_first_sentence(rest)) or _opens_sentence_unit(rest) or _status_sentence(rest)
        # 1、<problem>。已经整改到位。整改情况:… run together: the bare status sentence under its headline opens a line
        begins = begins or (before == "。" and _bare_status_end(rest) > 0)
        if begins and rest[:1] in _WORD_FIRST:
            _note_word_number(rest, met)  # 。其三,… opens a line: 方面其四,… may go on the count mid-sentence
        return begins
    if numbered is None or _inside_book_title(line, at):
        return before not in _COLON and (_opens_sentence_unit(rest) or (before.isdigit() and rest.startswith("中")))
    family, label, _ = numbered
    if before in _COLON and family.style.startswith("第") and not _opens_the_list(line, at):
        return False  # 整改进度:第一项、第二项已完成 is the field's value; …通报如下:|第1个问题: opens the list
    n = number_of(label) or 0
    mid = before not in _COLON and before not in _SENTENCE_MARK
    if mid and not _in_sequence(line, at, family, n, met):
        return False
    met[family.style] = n
    return True


_REFERENCE_BEFORE = "第除"  # no unit of the genre ends on these: a closing list's reference runs on after them
_LIST_FOLLOWS_LAST = frozenset(w[-1] for w in LIST_FOLLOWS_WORDS)  # the cheap precheck of a list's 的有/的是


def _closes_bare_headline(line: str, at: int) -> bool:
    """Whether the colon before line[at] closes a headline numbered in words one less than the number opening there
    (其二,<shortcoming>:|其三,<shortcoming>:<text>): the genre's colon titles, the one before left bare (its text left
    out), so the next begins a line; a field's value after its colon (整改情况:一是…) follows no numbered headline."""
    found = next(((f, m) for f in WORD_FAMILIES if (m := f.match(line[at : at + 20]))), None)
    n = number_of(found[1][0]) if found else None
    if found is None or not n or n < 2:
        return False
    last = max(line.rfind(mark, 0, at) for mark in _SENTENCE_MARK)
    head = line[last + 1 : at - 1]
    before = found[0].match(head) if len(head) <= _HEADING_MAX else None
    return before is not None and number_of(before[0]) == n - 1 and not any(c in before[1] for c in _COLON)


def _opens_the_list(line: str, at: int) -> bool:
    """Whether line[at] follows the lead's colon that opens the notice's list (…通报如下:)."""
    return line[at - 3 : at - 1] == "如下"


# A problem's headline wrapping its quoted title (关于“…”问题的整改情况, 针对“…”的问题), a status in brackets before
# or after it: where it ends, the problem's text began on a line of its own.
_BRACKETED = r"[(\[【〔（][^()\[\]【】〔〕（）]{2,10}[)\]】〕）]"
_QUOTED_TITLE_RE = re.compile(
    rf"(?:{_BRACKETED})?(?:关于|针对|对于)“[^“”]{{2,60}}”(?:的)?问题(?:的整改(?:情况)?)?(?:{_BRACKETED})?"
)


_LEADING_BRACKET_RE = re.compile(rf"^\s*{_BRACKETED}")
_BRACKET_FIRST = frozenset("([【〔（")
_BRACKET_RE = re.compile(_BRACKETED)


def _cut_word_headlines(pieces: list[str]) -> list[str]:
    """一是/其一 problems (with fields of their own before the next one) keep their headline, the first sentence,
    on its line (二是对下属单位监督指导不够。|将相关内容…): as printed, the problem's text below it."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        family = _word_family(piece)
        end = piece.find("。") + 1
        if family is None or not 0 < end < len(piece) or end > _WORD_HEADLINE_MAX:
            out.append(piece)
            continue
        below = itertools.takewhile(lambda p: _word_family(p) is None, pieces[k + 1 :])
        if any(LABEL_RE.match(p) for p in below):
            out += [piece[:end], piece[end:]]
        else:
            out.append(piece)
    return out


_WORD_HEADLINE_MAX = 40  # a problem's headline is one short sentence; a measure runs longer


def _word_family(piece: str) -> Family | None:
    """The word-numbering (一是, 其一) a piece opens with."""
    if piece[:1] not in _WORD_FIRST:
        return None
    return next((f for f in WORD_FAMILIES if f.match(piece[:20])), None)


def _cut_quoted_title(piece: str) -> list[str]:
    """A numbered problem whose quoted headline runs on into its text (…”问题的整改情况修订完善…): two lines."""
    found = numbering_of(piece) if "“" in piece[:20] else None
    if found is None:
        return [piece]
    offset = len(piece) - len(found[2])
    m = _QUOTED_TITLE_RE.match(found[2])
    if m is None or m.end() == len(found[2]) or found[2][m.end()] in ":：,，、":
        return [piece]
    end = offset + m.end() + (1 if found[2][m.end()] in "。；;" else 0)  # 针对“…”的问题。|今年以来…
    return [piece[:end], piece[end:]] if end < len(piece) else [piece]


def _headline_follows(line: str, start: int, at: int) -> bool:
    """Whether an unnumbered problem's headline (关于…的问题(已销号)。) begins at line[at], after a sentence or
    right after a heading printed without a closing mark (①反馈问题:…不到位|关于…的问题。)."""
    # A status in brackets before the headline (〔已完成〕关于…的问题。) opens its line with it.
    status = _BRACKET_RE.match(line, at, at + 14) if line[at : at + 1] in _BRACKET_FIRST else None
    head = status.end() if status else at
    if line[head : head + 1] not in ("关", "对", "针"):
        return False
    if _HEADLINE_RE.match(line, head) is None and not _headline_with_status(line, head):
        return False
    before = line[at - 1]
    if before in _SENTENCE_MARK:
        return True
    piece = line[start:at]
    return _is_heading_piece(piece) or _short_field(piece)


def _short_field(piece: str) -> bool:
    """A field whose short value ends without a mark (整改时限:立行立改|关于…的问题。): the value of a deadline,
    a unit or a leader is a phrase, so a whole headline after it opened the next line."""
    if len(piece) > _SHORT_FIELD_MAX or any(ch in _SENTENCE_MARK for ch in piece):
        return False
    field = LABEL_RE.match(piece)
    return field is not None and field["value"] != ""


_SHORT_FIELD_MAX = 24


def _headline_with_status(line: str, at: int) -> bool:
    """Whether an unnumbered problem's headline with its status as a closing clause (关于…的问题,已完成。) begins at
    line[at]: the clause is nothing but status words, so the sentence is the problem's headline, not prose."""
    m = _HEADLINE_CLAUSE_RE.match(line, at)
    return m is not None and clause_status(m.group())[1] is not None


def _measures_follow(line: str, start: int, at: int) -> bool:
    """Whether 一是/其一 at line[at] opens the measures under a headline printed without a closing mark
    (1.…不够问题|一是…二是…): the headline is one clause, its measures another line."""
    return line[at : at + 2] in ("一是", "其一") and _is_heading_piece(line[start:at])


def _field_after_headline(line: str, start: int, at: int) -> bool:
    """Whether a field (整改状态:…) begins at line[at] right after a headline ended by a colon (1.…有差距:)."""
    if line[at - 1] not in _COLON or LABEL_RE.match(line[at : at + 80]) is None:
        return False
    found = numbering_of(line[start:at])
    return found is not None and _is_heading_piece(line[start:at]) and LABEL_RE.match(found[2]) is None


def _is_heading_piece(piece: str) -> bool:
    """A numbered piece with no sentence in it yet: a heading whose text has ended."""
    found = numbering_of(piece)
    text = _LEADING_BRACKET_RE.sub("", found[2]).strip() if found else ""  # (1)〔持续推进中〕 has no text yet
    return text != "" and not any(ch in _SENTENCE_MARK for ch in piece)


# An unnumbered problem's headline: one clause wrapped in 关于/对于/针对 … 问题, a status in brackets after it.
_HEADLINE_RE = re.compile(
    r"(?:关于|对于|针对)[^。；;，,:：]{2,60}?问题(?:的整改(?:情况)?)?(?:[(\[【〔（][^()\[\]【】〔〕（）]{2,10}[)\]】〕）])?[。；;:：]"
)


# The same headline with its status after a comma (关于…的问题,尚未完成。): the clause a status in a sentence ends with.
_HEADLINE_CLAUSE_RE = re.compile(r"(?:关于|对于|针对)[^。；;，,:：]{2,60}?问题[,，][^。；;:：“”]{1,24}[。；;]")


def _status_field_ends(line: str, start: int, at: int) -> bool:
    """Whether line[start:at] is a status field whose short value ended with its sentence (整改状态:完成。|加强…):
    a status is a line of its own, what follows it is the problem's text."""
    if line[at - 1] not in _SENTENCE_MARK or at - start > 30:
        return False
    field = LABEL_RE.match(line[start:at])
    return field is not None and STATUS_LABELS.match(field["label"]) is not None


def _status_value_ends(line: str, start: int, at: int) -> bool:
    """Whether line[start:at] is a status field whose value is nothing but status words and line[at] opens the
    measures (整改进度:已整改完成|一是建立…): the status is a line of its own, as it was printed."""
    if line[at : at + 2] not in ("一是", "其一") or at - start > 24:
        return False
    field = LABEL_RE.match(line[start:at])
    return (
        field is not None
        and STATUS_LABELS.match(field["label"]) is not None
        and classify_status(field["value"]) is not None
    )


# A ledger printed as records, one field a line (tables._RECORD_SEQ, tables._problem_records): the number field
# (问题序号:2, 序号:2) begins a line and ends one, and a 问题:/整改: record's second field begins one.
_RECORD_NUMBER = r"(?:问题)?(?:序号|编号)[:：]\d{1,3}"
_RECORD_NUMBER_RE = re.compile(_RECORD_NUMBER)
_RECORD_NUMBER_END_RE = re.compile(_RECORD_NUMBER + "$")
# The number field's value is a figure, and the space after a figure joined no line (1. 标题): after the number field
# it did (问题序号:2 问题描述:…).
_RECORD_NUMBER_SPACE_RE = re.compile(rf"^({_RECORD_NUMBER})\s+(?=\S)")


def _record_field_follows(line: str, start: int, at: int) -> bool:
    """Whether a record's next field begins at line[at]: 整改: after its 问题: field's value (问题:…不到位|整改:…), or
    any field after the number field (问题序号:2|问题描述:…)."""
    piece = line[start:at]
    if _RECORD_NUMBER_END_RE.search(piece):
        return LABEL_RE.match(line[at : at + 80]) is not None
    return (
        line.startswith(("整改:", "整改："), at)
        and _RECORD_LABEL_RE.match(piece) is not None
        and piece.startswith("问题")
        and not any(ch in _SENTENCE_MARK for ch in piece)
    )


def _inside_label(line: str, start: int, at: int) -> bool:
    """Whether line[at] lies inside the numbering that opens the piece begun at start (问题|12.)."""
    found = numbering_of(line[start : at + 80]) if at - start <= 6 else None
    return found is not None and at < start + len(line[start : at + 80]) - len(found[2])


# 一是 and 其一 number a problem's measures inside one field as often as they number problems: a word-numbered
# clause opens a line only when a field of its own (责任单位:, 整改措施:) lies between it and the next number.
_WORD_FIRST = frozenset("其一二三四五六七八九十")
_FIELD_START = re.compile(r"(?:整改|完成|责任|牵头|是否)[^:：。,，]{0,6}[:：]")


def _word_numbered(line: str, at: int, met: dict[str, int]) -> tuple[Family, str, str] | None:
    """一是/其一 opening a problem of its own at line[at], with the evidence of fields in its text."""
    if line[at : at + 1] not in _WORD_FIRST:
        return None
    found = next(((f, *m) for f in WORD_FAMILIES if (m := f.match(line[at : at + 80]))), None)
    if found is None:
        return None
    family, label, _ = found
    n = number_of(label) or 0
    nxt = next(
        (k for k in range(at + 2, min(len(line), at + _NEXT_WITHIN)) if _word_label(line, k, family, n + 1)), None
    )
    if n > 1 and met.get(family.style) == n - 1 and (nxt is None or _after_heading(line, at)):
        return found  # the count goes on (其二 opened a line); ②…方面其三,…: after a heading printed without its mark
    if nxt is not None and _FIELD_START.search(line, at, nxt):
        return found
    if n > 1 and met.get(family.style) == n - 1 and _status_closes_headline(line, at):
        # 三是<problem>(已销号)。: the count goes on from a problem, and a status in brackets closes the first clause
        # as it closes a problem's headline, never a measure's (the held-out draws' squeezed 一是 problems, 77000155)
        return found
    met[family.style] = 0  # a clause of measures: the next number is no problem either
    return None


def _status_closes_headline(line: str, at: int) -> bool:
    """Whether the first sentence from line[at] ends on a status in brackets (三是<problem>【已销号】。)."""
    end = line.find("。", at, at + _HEADING_MAX)
    return end > 0 and line[end - 1] in _STATUS_CLOSERS and bracketed_status(line[at:end])[1] is not None


_STATUS_CLOSERS = CLOSERS | {"）", "］"}  # a joined page is split before its full-width forms are made half


def _after_heading(line: str, at: int) -> bool:
    """Whether what stands before line[at] since the last sentence is a numbered heading with no mark closing it
    (…。②关于…方面|其三,…): a unit of its own, so what follows it begins a line."""
    last = max(line.rfind(mark, 0, at) for mark in _SENTENCE_MARK)
    return at - last <= _HEADING_MAX and _is_heading_piece(line[last + 1 : at])


_HEADING_MAX = 60


def _note_word_number(rest: str, met: dict[str, int]) -> None:
    """Record the word-numbering (其三, 三是) a line opens with as the last met of its family."""
    found = next(((f, m) for f in WORD_FAMILIES if (m := f.match(rest[:40]))), None)
    if found is not None:
        met[found[0].style] = number_of(found[1][0]) or 0


def _word_label(line: str, k: int, family: Family, n: int) -> bool:
    """Whether the word-numbering n of family opens at line[k]."""
    if line[k] not in _WORD_FIRST:
        return False
    found = family.match(line[k : k + 20])
    return found is not None and number_of(found[0]) == n


def _in_sequence(line: str, at: int, family: Family, n: int, met: dict[str, int]) -> bool:
    """Whether a numbering met mid-sentence continues its family's count (二 after 一), or starts one
    whose second number follows within a problem's length (…方面1.… then 2.)."""
    if family.style.startswith("问题") and line[at - 3 : at] == "存在的":
        return False  # …方面存在的问题(一)…: the heading's closing words (no heading ends on 存在的), then a label
    if family.style in NAMED_ENTRY_STYLES and (line[at - 1] == "的" or line[max(0, at - 3) : at] == "的整改"):
        # (一)集中整改期内已完成的整改事项1:<task>: the noun closes the heading (none ends on 的), then 1: opens
        return False
    if family.style == "一、" and line[at + len(label_text(family, line, at))] != "、":
        return False  # 举一反三,: a section's number inside a sentence is followed by 、 alone
    if n > 1:
        return met.get(family.style) == n - 1
    if met.get(family.style) is not None and _heading_runs_into(line, at):
        return True  # …方面一、<problem>: a numbering met before restarts under a heading whose line break was lost
    shortcoming = family.style == "一、" and _shortcoming_heading_before(line, at)
    if shortcoming and (met.get(family.style) is not None or _numbered_later(line, at, family)):
        # 1)<area>…不到位一、<group>…二、…: the notice's first 一、 straight after a numbered heading that names an
        # area or a shortcoming and holds no sentence, the family numbered again further on (二、, or 一、 restarting
        # under the next heading): a level under the heading, its line break lost (the held-out draws' squeezed
        # three-level notices, 72001177 and its kin)
        return True
    if family.style in ("是", "其") or not _in_prose(family):
        return True  # 是/其 decided by _word_numbered; a heading's first problem follows it unmarked (…方面1.…)
    if _second_follows(line, at, family):
        return True
    inner = numbering_of(line[at + 2 : at + 80]) if family.style.startswith("问题") else None
    colon = inner is not None and inner[0].style == "n." and line[at + 2 + len(inner[1]) :].lstrip()[:1] in _COLON
    if colon and inner is not None and not (line[at - 1] == "的" and _second_follows(line, at + 2, inner[0])):
        # 问题1:<problem>: a colon after 问题's figure is the named label's, never 1: typed for 1. — unless a heading's
        # 的问题 stands before it and 2: follows with no 问题 of its own (已完成整改的问题|1:<problem>:…2:<problem>:)
        inner = None
    if inner is not None and (_second_follows(line, at + 2, inner[0]) or not _named_elsewhere(line, at, family)):
        return False  # …存在的问题|1.…2.…: 问题 ends the heading, the problems are numbered 1. 2.
    if inner is not None and line[at - 1] == "的" and met.get(inner[0].style) is not None and family.style not in met:
        # (二)正在整改的问题|1、<problem>: the family under the first heading restarts under the next, whose …的问题
        # ends it, though this part holds one problem (no second number follows) and a 的问题1 stood before it
        return False
    # 问题1: / 第一项、 / 问题(一): a label marked off its text is no word of a sentence
    return family.style != "一、" and _label_marked(line[at : at + 20], family)


# The words a part's heading closes on (…方面, 关于“…”问题, …问题的整改): on a page that lost its line breaks, the first
# problem under it runs straight on (…方面一、<problem>) where its numbering restarts (the generator's held-out draws:
# squeezed three-level notices, 81000360 and its kin)
_HEADING_ENDS = ("方面", "问题", "的整改", "方面存在的问题")


def _heading_runs_into(line: str, at: int) -> bool:
    """Whether the text before line[at], since the last sentence, is a heading closing on its words."""
    last = max(line.rfind(mark, 0, at) for mark in _SENTENCE_MARK)
    return line.endswith(_HEADING_ENDS, last + 1, at) and at - last <= _HEADING_MAX


_HEADING_MAX = 60


def _named_elsewhere(line: str, at: int, family: Family) -> bool:
    """Whether the notice numbers anything else with this 问题 family (问题2 elsewhere, 问题一 in another part)."""
    k = line.find("问题")
    while k >= 0:
        if k != at and family.match(line[k : k + 20]) is not None:
            return True
        k = line.find("问题", k + 2)
    return False


def _second_follows(line: str, at: int, family: Family) -> bool:
    """Whether the family's number 2 opens somewhere in the problem's length after line[at], written in the
    same numerals as its first (问题(一) is not continued by 问题(2))."""
    first = family.match(line[at : at + 20])
    digits = first is not None and first[0][-1:].isdigit()
    ahead = line[at + 2 : at + _NEXT_WITHIN]
    return any(
        (found := family.match(ahead[k : k + 20])) is not None
        and number_of(found[0]) == 2
        and found[0][-1:].isdigit() == digits
        for k, ch in enumerate(ahead)
        if ch in _SECOND_FIRST
    )


def _shortcoming_heading_before(line: str, at: int) -> bool:
    """Whether what stands before line[at] since the last sentence is a numbered heading holding no sentence whose
    words close on an area (方面, 问题) or name a shortcoming (…不到位, …有差距): not a word of it (统一、规范)."""
    if not _after_heading(line, at):
        return False
    last = max(line.rfind(mark, 0, at) for mark in _SENTENCE_MARK)
    found = numbering_of(line[last + 1 : at])
    return found is not None and (_heading_runs_into(line, at) or PROBLEM_WORDING_RE.search(found[2][-8:]) is not None)


def _numbered_later(line: str, at: int, family: Family) -> bool:
    """Whether the family numbers again anywhere after line[at]: its 2, or its 1 restarting under the next heading
    (a part's groups may run long before the next)."""
    for first in "一二":
        k = line.find(first, at + 2)
        while k >= 0:
            found = family.match(line[k : k + 20])
            if found is not None and number_of(found[0]) in (1, 2) and line[k + 1 : k + 2] == "、":
                return True
            k = line.find(first, k + 1)
    return False


# The characters a second number's label may open with: 2. ② ⑵ ⒉ (2) 二、 问题2 第二项 b.
_SECOND_FIRST = frozenset("2二(问第b" + chr(0x2461) + chr(0x2777) + chr(0x278B) + chr(0x2475) + chr(0x2489) + "B")


def _opens_sentence_unit(rest: str) -> bool:
    """Sentences that stand on a line of their own wherever the text before them ended: the closing matter
    (特此通报。), the totals after the last problem (截至目前,…N个) and a heading's lead sentence about its
    problems (…方面|本方面2个问题已整改完成。, L14)."""
    sentence = _first_sentence(rest)
    return bool(CLOSING_RE.match(sentence) or CLOSING_SUMMARY_RE.match(sentence) or _LEAD_SENTENCE_RE.match(sentence))


def _status_sentence(rest: str) -> bool:
    """A problem's status in a sentence of its own after another (…。目前,该问题已整改完成。): its own line."""
    sentence = _first_sentence(rest)
    if _STATUS_SENTENCE_RE.match(sentence) is None:
        return False
    return (PROSE_DONE_RE.search(sentence) or PROSE_PROGRESS_RE.search(sentence)) is not None


_STATUS_SENTENCE_RE = re.compile(r"(?:目前|截至目前|当前|现)?[,，]?(?:该|此|本|这一?)(?:个|项)?问题")
# A heading's lead sentence: its problems counted, with their status (共计12个问题已整改完成, 本方面2个问题正在整改中).
_LEAD_SENTENCE_RE = re.compile(
    r"(?:(?:本|该|此|这)方面(?:共计?)?|共计|以下)\d{1,3}个(?:具体)?(?:问题|事项)[^。；;]{0,16}(?:完成|整改|推进|到位|销号)"
    # an area's closing after its last problem (以上3个问题已全部完成整改 / 上述问题中，第2个问题正在推进): the area's
    # statuses, never that problem's measures
    r"|(?:以上|上述)(?:\d{1,3}个)?(?:具体)?(?:问题|事项)[^。；;]{0,24}(?:完成|整改|推进|到位|销号)"
)


def _first_sentence(rest: str) -> str:
    """rest up to its first sentence mark (特此通报。 is closing matter, whatever follows it)."""
    end = next((i for i, ch in enumerate(rest) if ch in _SENTENCE_MARK), len(rest) - 1)
    return rest[: end + 1]


def _inside_book_title(line: str, at: int) -> bool:
    """Whether line[at] is inside 《…》 (《关于…的意见(五)》 numbers a document, not the notice)."""
    window = line[max(0, at - 60) : at]
    return window.rfind("《") > window.rfind("》")


# A page mark on a line of its own (- 1 -, — 2 —, 第1页 共3页) is furniture between two pages of a printed notice:
# dropped, so that a problem's text, a table or a hard-wrapped line runs on across it.
_PAGE_MARK_LINE = re.compile(r"[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页")
_PAGE_MARK_MAX = 16
_PAGE_MARK_FIRST = "-—–第"  # the characters a page mark opens with (_PAGE_MARK_LINE), asked before the pattern


def _running_heads_dropped(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rows without a running header: a short line (the 文号, the notice's or the body's name) that pdftotext or a
    viewer's copy prints at the top of each page after the first, so after the page number that ends the page before
    (— 1 — | 郴某党发〔2026〕3号 | …), the same text after most page marks (round 126). Inside a paragraph it would
    stand in the middle of a sentence the page cut. A labelled field (是否完成：是 under each problem, which a page
    mark may fall before twice) is the body's own, never the page's, as is a line the body prints twice elsewhere: a
    running header stands at the pages' tops, its text at most once besides (the signature's name) after the first
    page's head (_FIRST_PAGE_TOP rows)."""
    marks = [
        k
        for k, (_, c) in enumerate(rows)
        if len(c) <= _PAGE_MARK_MAX and c[:1] in _PAGE_MARK_FIRST and _PAGE_MARK_LINE.fullmatch(c)
    ]
    if len(marks) < 2:
        return rows  # the cheap precheck: a running header repeats on two pages at least
    after = [k + 1 for k in marks if k + 1 < len(rows)]
    counts = Counter(rows[k][1] for k in after)
    tops = set(after)
    elsewhere = Counter(c for k, (_, c) in enumerate(rows) if k >= _FIRST_PAGE_TOP and k not in tops)
    heads = {
        k
        for k in after
        if counts[rows[k][1]] >= max(2, 0.6 * len(after))
        and elsewhere[rows[k][1]] <= 1
        and ":" not in rows[k][1]
        and "：" not in rows[k][1]
        and len(rows[k][1]) <= _RUNNING_HEAD_MAX
        and rows[k][1][-1] not in _WRAP_TERMINAL
        and not _PAGE_MARK_LINE.fullmatch(rows[k][1])
    }
    return [row for k, row in enumerate(rows) if k not in heads] if heads else rows


_RUNNING_HEAD_MAX = 40  # a 文号 or a name, never a paragraph
_FIRST_PAGE_TOP = 8  # rows of the first page's head (title, 文号, 主送) where a running header's text may stand too


# A status set in a bracket between a field's label and its colon (整改落实情况(已完成):一是… / (正在推进) /
# (已完成,长期坚持): a city hospital, round 20) is the status field the genre prints on a line of its own.
_LABEL_STATUS_RE = re.compile(
    r"^(?P<indent>[ \u3000]*)(?P<label>(?:整改|落实|完成)[\u4e00-\u9fff]{0,6}(?:情况|进展|结果))"
    r"[(（](?P<status>(?:已|正在|正|未|尚|基本|部分|持续|长期|阶段性|按序时|序时)[^()（）:：\n]{0,14})[)）][:：]",
    re.M,
)
_LABEL_STATUS_MARKS = ("）：", "):")  # as printed: full-width or half-width throughout


# A follow-up report (整改进展情况的第二次通报, a 回头看, a report a year on) states an item's status against the
# earlier report's: 已完成（首次通报为正在推进）, 【已完成，上次通报为正在推进】, 上次通报时正在推进，现已完成
# 整改, a line 首次通报状态：已完成. The earlier report's status is no status of the item now, nor its work
# pending: the clause naming it is left out, with its bracket or the comma that joined it, so that only the current
# status is read.
# The marker names an earlier report (上次/首次/前次/第N次 + 通报/报告/公示), or 上次 with 为 (上次为正在推进); the
# clause is a status by its words (classify_status) and holds no count (较上次通报增加4个 is a tally, kept); 以来/后
# after the marker (上次通报后新完成整改的问题) dates the notice's own work from it and is kept.
_EARLIER_STATUS_RE = re.compile(
    r"(?:上次|首次|前次|上一次|第[一二三四1-4]次)"
    r"(?:(?:通报|报告|公示|公布)(?:时|中)?(?:的)?(?:状态)?(?:为|是|[:：])?|为|是)"
    r"(?!以来|以后|之后|后)\s*(?P<s>[^\d,，。;；()（）【】\[\]\n:：]{2,10})(?P<close>[)）])?"
    r"(?=[,，。;；)）】\]\n]|$)(?P<after>[,，]?)"
)


def _earlier_marks_at(text: str) -> list[int]:
    """Where an earlier report's marker opens (上次, 首次, 前次, 上一次, 第二次): each holds 次, found by str.find in
    one pass, the regex then matched there only (a regex scan of the whole notice costs every notice)."""
    starts = []
    at = text.find("次")
    while at >= 0:
        if at >= 1 and text[at - 1] in "上首前":
            starts.append(at - 1)
        elif at >= 2 and (text[at - 2] == "第" or text[at - 2 : at] == "上一"):
            starts.append(at - 2)
        at = text.find("次", at + 1)
    return starts


# A line of its own labelled with the earlier report's progress (首次通报时进展：正在推进，已制定管护办法。 above
# 目前进展：已完成整改。…: a 续报 printing each problem's state then and now, issue 19's round 121) is the earlier
# report's whole: its status and its work then (正在…) are no status of the item now, nor its work pending.
_EARLIER_LINE_RE = re.compile(
    r"(?:上次|首次|前次|上一次|第[一二三四1-4]次)(?:通报|报告|公示|公布)时?(?:的)?(?:整改)?(?:进展|情况|状态|进度)"
    r"(?:情况)?[:：][^\n]*\n?"
)


def _earlier_statuses_dropped(text: str) -> str:
    """The text with each clause naming the earlier report's status left out (_EARLIER_STATUS_RE), and each line
    labelled with the earlier report's progress (_EARLIER_LINE_RE)."""
    out, at = [], 0
    for start in _earlier_marks_at(text):
        if start < at:
            continue
        before = text[start - 1] if start else ""
        if before in ("", "\n") and (line := _EARLIER_LINE_RE.match(text, start)) is not None:
            out.append(text[at:start])
            at = line.end()
            continue
        if (m := _EARLIER_STATUS_RE.match(text, start)) is None:
            continue
        if classify_status(m["s"]) is None or (before in "(（" and not m["close"] and not m["after"]):
            continue
        if before and before in "(（" and not m["close"]:
            # 已完成（首次通报时正在推进，2025年12月完成）: the earlier status opens the bracket, the month done or
            # the date planned follows it (a 第二次通报 stating each problem's status now, round 121): the clause and
            # its comma are left out, the bracket and what follows kept
            out.append(text[at:start])
        elif before and before in "(（":
            out += [text[at : start - 1], m["after"]]  # 已完成（首次通报为正在推进）: the bracket after the status
        elif before and before in ",，":
            # 【已完成，上次通报为正在推进】 / (已整改到位,首次通报时为正在整改): the clause after the status and its
            # comma; the bracket the status stands in is kept
            out += [text[at : start - 1], (m["close"] or "") + m["after"]]
        elif not m["close"]:
            out.append(text[at:start])  # 上次通报时正在推进，现已完成: the clause before the status, and its comma
        else:
            continue
        at = m.end()
    return "".join(out) + text[at:] if out else text


# A closing list naming problems by their headings' bracketed numbers (第(一)(二)(四)(五)项问题已整改完成,
# 第(三)、(六)项…: a city university, round 20) is the list 第一、二、四、五项 the genre prints without brackets.
_BRACKETED_LIST_RE = re.compile(
    r"第((?:\([一二三四五六七八九十\d]{1,3}\)[、,和及]?){1,30})(?=(?:个|项|条)?(?:问题|事项))"
)
_LISTED_LABEL_RE = re.compile(r"\(([一二三四五六七八九十\d]{1,3})\)")


def _listed_plain(m: re.Match[str]) -> str:
    return "第" + "、".join(_LISTED_LABEL_RE.findall(m[1]))


# What a copy adds that no reader sees: Windows (CRLF) and old Mac (CR) line ends, a web page's no-break spaces
# (&nbsp; indents), zero-width and soft-hyphen characters.
_INVISIBLE = {"\r\n": "\n", "\r": "\n", "\u00a0": " ", **dict.fromkeys("\ufeff\u200b\u200c\u200d\u2060\u00ad", "")}


def unified_text(text: str) -> str:
    """The text as its reader sees it: line feeds for every line end and plain spaces, without the invisible
    characters a copy adds (a notice saved by Word or Notepad, a web page copied whole); the table readers split
    rows by line feeds and find labels after spaces."""
    # a search per character (far cheaper than a class scan), replaced where present (translate() maps every
    # character in Python)
    for ch, plain in _INVISIBLE.items():
        if ch in text:
            text = text.replace(ch, plain)
    return text


def prepared_text(text: str) -> str:
    """The text with its line ends, spaces and script unified and, where its line breaks were lost, given back:
    what every reader of lines (tables, records, fields) sees; a note app's Markdown as the page it renders."""
    return unsqueeze(misreads_read(status_icons_read(to_simplified(markdown_read(unified_text(text))))))


# A legend printed once (注：√为已完成，△为正在推进，○为长期坚持 / 打“√”的表示已完成整改 / 标注✓的为已整改完成) and the
# marks it explains set after the problems' headlines (1.<problem>。√, a county bureau's list, round 85): each mark is
# read as the words it stands for, in the bracket the genre prints a status in after a headline
# (1.<problem>（已完成）。), so that the readers of lines (levels, headlines, statuses) meet the status in a form they
# know. Read on the lines as rejoined: a wrap no longer cuts the legend's words, and the brackets lengthen no line
# whose width tells a wrap.
_LEGEND_RE = re.compile(
    rf"(?:打|标|标注|标有|以|用)?[“\"]?(?P<m>[{LEGEND_MARKS}])[”\"]?\s*(?:的|者)?\s*(?:{'|'.join(LEGEND_VERBS)})"
    r"(?:该问题)?(?P<w>[^，,；;。、）)\s“”\"]{2,10})"
)
# a mark with the spaces around it and the full stop before it, where it closes a headline (…不到位。 √ / …不到位√),
# or alone on the next line, where a wrap put it there (…问题的整改 | ○); the spaces after it are kept where text
# follows (a page joined at spaces: they stand for its line breaks)
_MARK_AFTER_RE = re.compile(
    rf"(?P<stop>。?)(?P<nl>[ \t\u3000]*\n)?[ \t\u3000]*(?P<m>[{LEGEND_MARKS}])(?:[ \t\u3000]*(?P<end>\n|$))?"
)


# a mark alone on its line (blank lines before it): a wrap or a page put it there, below the headline it closes
_LONE_MARK_RE = re.compile(rf"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<m>[{LEGEND_MARKS}])[ \t\u3000]*(?=\n|$)")
# what a legend's line holds besides its explanations (注：…。 / （说明：…）)
_LEGEND_LINE_REST_RE = re.compile(r"[注说明:：()（）【】\[\],，。;；、\s]*")


def _has_mark(text: str) -> bool:
    """Whether the text holds a legend's mark (a find a mark: a fifth of a character class's scan)."""
    for mark in LEGEND_MARKS:  # noqa: SIM110 (a loop, not any(): asked of every notice)
        if mark in text:
            return True
    return False


def lone_marks_joined(text: str) -> str:
    """The text with each mark alone on its line put back after the line above it, where the notice has a legend
    (before the lines are cleaned, which drop a mark opening a line as a bullet)."""
    if _LONE_MARK_RE.search(text) is None or _LEGEND_RE.search(text) is None:
        return text
    return _LONE_MARK_RE.sub(lambda m: m["m"], text)


def legend_read(text: str) -> str:
    """The text with each mark its legend explains read as the legend's words in a bracket (cheap: few texts hold a
    mark); the legend itself, marks opening a line of text (bullets) and marks no legend explains as printed."""
    if not _has_mark(text):
        return text
    words: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for m in _LEGEND_RE.finditer(text):
        if classify_status(m["w"]) in ("done", "done_longterm", "in_progress"):
            words.setdefault(m["m"], m["w"])
            spans.append((m.start(), m.end()))
    if not words:
        return text
    words = with_mark_forms(words)

    def read(m: re.Match[str]) -> str:
        at = m.start("m")
        if m["m"] not in words or any(a <= at < b for a, b in spans):
            return m[0]
        alone = m["nl"] is not None or not text[text.rfind("\n", 0, at) + 1 : at].strip()
        if alone and (m["end"] is None or m.start() == 0):
            return m[0]  # a mark opening a line of text: a bullet
        return f"({words[m['m']]}){m['stop']}{m['end'] or ''}"  # the brackets as the width pass leaves them

    read_text = _MARK_AFTER_RE.sub(read, text)
    # the legend's own line, once read, is no paragraph of the notice (a list numbered 一是 may follow it)
    lines = read_text.split("\n")
    kept = [line for line in lines if not _legend_line(line)]
    return "\n".join(kept) if len(kept) != len(lines) else read_text


def with_mark_forms(words: dict[str, str]) -> dict[str, str]:
    """A legend's words by mark, each mark's other glyphs (✔ ✓ for √, ✗ ✘ for ×: LEGEND_MARK_FORMS) given the words
    of the one it explains where it explains no other of them."""
    out = dict(words)
    for forms in LEGEND_MARK_FORMS:
        said = {words[f] for f in forms if f in words}
        if len(said) == 1:
            out.update({f: next(iter(said)) for f in forms if f not in words})
    return out


# A colour, named with its mark (色 / 灯), explained by the note (绿色=已完成 / 黄灯表示正在推进), and a colour
# standing alone as a cell or a field's value (…<tab>绿灯<tab>… / 状态灯:绿灯 / a run of spaces either side): the
# ledger's traffic light (round 135).
_COLOUR_SIGN = rf"\s*(?:{'|'.join(map(re.escape, (*LEGEND_COLOUR_SIGNS, *LEGEND_VERBS)))})"
_COLOUR_SIGN_RE = re.compile(_COLOUR_SIGN)
# (a flag, 旗, is an icon set's mark as a lamp is: 绿旗表示已完成, a ledger's 3 flags, round 149)
_COLOUR_LEGEND_RE = re.compile(
    rf"(?P<c>[{LEGEND_COLOURS}])(?:色|灯|旗){_COLOUR_SIGN}\s*"
    r"(?P<w>[^，,；;。、\s()（）“”\"=]{2,10})"
)
_COLOUR_CELL_RE = re.compile(
    rf"(?:^|(?<=[\t:：|｜])|(?<=  ))[ \t]*(?P<m>(?P<c>[{LEGEND_COLOURS}])(?:色|灯|旗))(?=[ \t]*(?:$|[\t|｜])|  )",
    re.M,
)


def colour_legend_read(text: str) -> str:
    """The text with each traffic light standing as a cell read as the words the note explains its colour by, the
    colour kept in a bracket (绿灯 → 已完成(绿灯)), where the note explains two colours at least by status words; the
    note and colours in sentences (对黄灯、红灯事项…) as printed. Cheap: few notices set a sign after 灯 or 色."""
    words = colour_legend(text)
    if not words:
        return text
    return _COLOUR_CELL_RE.sub(lambda m: f"{words[m['c']]}({m['m']})" if m["c"] in words else m[0], text)


def colour_legend(text: str) -> dict[str, str]:
    """The colours a note explains by status words (绿灯表示已完成 → 绿: 已完成), where it explains two at least."""
    if not _colour_signed(text):
        return {}
    words: dict[str, str] = {}
    for m in _COLOUR_LEGEND_RE.finditer(text):
        if classify_status(m["w"]) in ("done", "done_longterm", "in_progress"):
            words.setdefault(m["c"], m["w"])
    return words if len(words) >= 2 else {}


def _colour_signed(text: str) -> bool:
    """Whether a colour's mark (绿色 / 红灯) has a sign after it (the cheap precheck: a find a mark, not a scan)."""
    for mark in ("色", "灯", "旗"):
        at = text.find(mark, 1)
        while at != -1:
            if text[at - 1] in LEGEND_COLOURS and _COLOUR_SIGN_RE.match(text, at + 1):
                return True
            at = text.find(mark, at + 1)
    return False


def _legend_line(line: str) -> bool:
    """Whether a line holds a legend's explanations and nothing else (注：√为已完成，△为正在推进。)."""
    if _LEGEND_RE.search(line) is None:
        return False
    return _LEGEND_LINE_REST_RE.fullmatch(_LEGEND_RE.sub("", line).replace("打", "").replace("标注", "")) is not None


# Areas numbered by Roman numerals typed in Latin letters (I.…方面 / II.…方面 / III.…方面: a notice typed where the
# numeral glyphs Ⅰ Ⅱ Ⅲ are not at hand, round 94). A lone I, V or X also numbers a list of letters (the a. family), so
# the letters are read as numerals only in a notice that numbers a line II. or III.: there every line so opened is an
# area of the Roman numbering, given its glyph.
_LATIN_ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ", "VII": "Ⅶ", "VIII": "Ⅷ"}
_LATIN_ROMAN_RE = re.compile(r"^(?P<n>VIII|VII|VI|IV|V|III|II|I)\s*(?P<stop>[.、．])(?![A-Za-z0-9])")


def _latin_roman_glyphs(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Lines numbered I. II. III. given the glyphs Ⅰ. Ⅱ. Ⅲ., where some line is numbered II. or III. (two letters)."""
    found = [_LATIN_ROMAN_RE.match(c) for _, c in rows]
    if not any(m is not None and len(m["n"]) > 1 for m in found):
        return rows
    return [
        (p, c if m is None else _LATIN_ROMAN[m["n"]] + c[m.start("stop") :])
        for (p, c), m in zip(rows, found, strict=True)
    ]


# A WeChat editor's badge: the number of a heading or a problem set in a styled block of its own (a square holding 01,
# a circle holding 3, PART 02), its text in the next block, so that the page's text prints the number on a line alone
# and the text on the next (a county bureau's aspects 01/02/03, a school's problems in circles, a street's PART 01
# parts, round 99). It is read as the numbering it shows: a zero-padded badge as printed before its text (the 0n
# family), a plain one as N、, and a part's (PART 01, the word printed by the first at least: the extractor keeps a
# repeated line once) as the 一、 the genre numbers its parts with. Only where the page numbers so throughout: two
# badges or more, their numbers running on or restarting at 1, each after a line that ends a unit (a stop, a numbered
# heading) and before a line of words not numbered itself (the zero-padded and the plain ones counted apart, a
# post numbering its parts by the one and its problems by the other); a PDF copy's page number stands alone too, but
# where the page's end cut a sentence.
_BADGE_RE = re.compile(r"(?P<part>(?:PART|Part|part)\s*)?(?P<n>0[1-9]|[1-9]\d?)")
_BADGE_WORDS = frozenset({"PART", "Part", "part"})  # the word a part's badge prints above or before its number
_BADGE_MAX = 7  # PART 01 and shorter
_UNIT_END = "。！？!?；;"


def _badges_joined(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rows with each badge's number (see above) joined to the line it numbers, where the page numbers so."""
    at = [k for k, (_, c) in enumerate(rows) if len(c) <= _BADGE_MAX and c[-1].isdigit()]  # the cheap precheck
    badges = {k: m for k in at if (m := _BADGE_RE.fullmatch(rows[k][1])) is not None}
    if len(badges) < 2:
        return rows
    last = {True: 0, False: 0}  # each kind's last number: the zero-padded badges (parts, areas) and the plain ones
    parts = {True: False, False: False}  # which kind a PART word marks as the parts
    for k, m in badges.items():
        n, padded = int(m["n"]), m["n"].startswith("0")
        worded = k > 0 and rows[k - 1][1] in _BADGE_WORDS
        parts[padded] |= worded or m["part"] is not None
        before = k - 1 - worded
        if n not in (last[padded] + 1, 1) or k + 1 >= len(rows) or not _badge_numbers(rows[k + 1][1]):
            return rows
        if before >= 0 and rows[before][1][-1] not in _UNIT_END and numbering_of(rows[before][1]) is None:
            return rows
        last[padded] = n
    out: list[tuple[str, str]] = []
    for k, row in enumerate(rows):
        if k - 1 in badges:
            printed = badges[k - 1]["n"]
            out.append((row[0], _badge_label(printed, parts[printed.startswith("0")]) + row[1]))
        elif k not in badges and not (row[1] in _BADGE_WORDS and k + 1 in badges):
            out.append(row)
    return out


def _badge_label(n: str, part: bool) -> str:
    """A badge's number as the numbering it shows: 二、 for a part, 01 as printed, 3、."""
    if part:
        return cn_numeral(int(n)) + "、"
    return n if n.startswith("0") else f"{n}、"


def _badge_numbers(line: str) -> bool:
    """Whether a badge may number the line: it opens with words (or a quote) and no numbering of its own."""
    return bool(line) and ("\u4e00" <= line[0] <= "\u9fff" or line[0] in '“"') and numbering_of(line) is None


def normalize_lines(text: str, *, prepared: bool = False, rejoined: bool = False) -> list[str]:
    """Return the non-empty, cleaned lines of a notice with soft line breaks rejoined (`prepared`: the caller has
    already passed the text through prepared_text: each step is a scan of the whole text; `rejoined`: the text is
    a hard-wrapped page's lines already rejoined and given back as a squeezed notice's)."""
    if not prepared:
        text = prepared_text(text)
    marked = _has_mark(text)
    if marked:
        text = lone_marks_joined(text)
    if any(mark in text for mark in _LABEL_STATUS_MARKS):
        text = _LABEL_STATUS_RE.sub(r"\g<indent>整改进度:\g<status>\n\g<indent>\g<label>:", text)
    text = _earlier_statuses_dropped(text)  # one str.find pass for 次, the character every marker holds
    # as printed, the indentation a page gives a paragraph's first line filling the width with it (the first line's too)
    printed = [r.rstrip() for r in text.strip().split("\n")]
    printed[0] = text[: len(text) - len(text.lstrip())].rsplit("\n", 1)[-1] + printed[0]
    cleaned_text = clean_line(text)
    cleaned = cleaned_text.split("\n")
    if len(cleaned) != len(printed):  # a converter artefact spanned lines: measure the cleaned text
        printed = [c.strip() for c in cleaned]
    rows = [(p, bare) for p, c in zip(printed, cleaned, strict=False) if (bare := c.strip())]
    if "II" in text:  # the cheap precheck: a Roman numeral of two letters or more, in Latin letters
        rows = _latin_roman_glyphs(rows)
    bars = "|" in text or "丨" in text or "｜" in text  # the cheap precheck for a status set off by a bar (_barred)
    rows = _tags_before_items_joined(rows)
    rows = [
        (p, _number_first(c) if c[:1] in _STATUS_OPENERS or c[:1] in _NAMED_OPENERS or (bars and _barred(c)) else c)
        for p, c in rows
    ]
    # the three prechecks below ask which character stands before an opening bracket (nine pairs)
    opened = _pairs_before(text, "(（")
    if not opened.isdisjoint(_GLUED_GROUP_MARKS):
        rows = [piece for row in rows for piece in _unglued_group(row)]
    if "。(" in opened or "。（" in opened:  # the cheap precheck: a bracket after a full stop
        rows = [piece for row in rows for piece in _word_points_apart(row)]
    rows = _running_heads_dropped(rows)
    rows = [(p, c) for p, c in rows if len(c) > _PAGE_MARK_MAX or not _PAGE_MARK_LINE.fullmatch(c)]
    if "\n1\n" in cleaned_text or "01\n" in cleaned_text:  # the cheap precheck: a run of badges opens at 1 or 01
        rows = _badges_joined(rows)
    # Widths are measured as printed, before full-width punctuation becomes ASCII; only a text whose
    # lines are short can have been hard-wrapped, so most notices skip the measuring.
    short = sum(1 for p, _ in rows if len(p) <= 62)
    wrap = _wrap_measure([p for p, c in rows if len(c) >= 16]) if short >= 0.8 * len(rows) else (None, display_width)
    if wrap[0] is None and short >= 0.8 * len(rows):
        # A page's prose wrapped at its width above problems whose lines run longer and outnumber it (a ledger read
        # into a line per cell, 1.<problem> / 整改措施:<measures>: an OCR'd photo of a bank branch's notice, issue 19's
        # round 134; fields a line each): the width is the prose's, measured without the lines that open a unit.
        wrap = _wrap_measure([p for p, c in rows if len(c) >= 16 and not starts_unit(c)])
    indent = 0.0
    if short >= 0.8 * len(rows):
        wrap, indent = _indent_dropped(rows, wrap)
    out: list[str] = []
    prev_printed, single = "", True
    for printed_line, line in rows:
        if out and _continues(out[-1], (prev_printed, single), line, wrap, indent):
            out[-1] += line
            single = False
        else:
            out.append(line)
            single = True
        prev_printed = printed_line
    if wrap[0] is not None and not rejoined and max(map(len, out), default=0) >= _RUN_ON_MIN:
        # A page whose paragraphs had run together (the whole notice, or a part's units) and was then printed at a
        # width: a web page that lost its breaks saved as a PDF, or scanned. Its rejoined lines are the squeezed
        # page; they are given their lines back as that page's are (unsqueeze), then read as it is read.
        # Where the page was squeezed whole, a break kept after a run-on line was the rejoining's guess at a wrap
        # (a field label opening the printed line): the run continues, as the squeezed page has it.
        squeezed = sum(len(line) for line in out if len(line) >= _SQUEEZED_RUN) >= 0.6 * sum(len(line) for line in out)
        out = _runs_joined(out, squeezed)
        joined = "\n".join(out)
        given_back = unsqueeze(joined)
        if given_back != joined:
            return normalize_lines(given_back, prepared=True, rejoined=True)
    if "第(" in opened or "第（" in opened:  # after the rejoining: a wrap may cut the list (第(三 | )(六)项)
        out = [_BRACKETED_LIST_RE.sub(_listed_plain, c) if "第(" in c else c for c in out]
    out = _one_numbering_typed_two_ways(out)
    if marked:  # after the rejoining: a legend's words whole, the lines as printed
        out = legend_read("\n".join(out)).split("\n")
    return _marks_restored(out)


# A numbering in Chinese numerals typed now as 一、 now as (二) at the one level (一、<problem> / (二)<problem> /
# 三、<problem>): a small body's non-specialist writer numbers its problems so (a community's notice, round 88). Taken
# together the two run 1, 2, 3 … unbroken, which two levels never do (their (一) restarts under each 一、), so the
# bracketed ones are given the 一、 form and the numbering is read as the one level it is.
_CN_EITHER_RE = re.compile(
    r"^(?:(?P<a>[一二三四五六七八九十]{1,3})\s*[、，,]|\(\s*(?P<b>[一二三四五六七八九十]{1,3})\s*\)\s*[、.]?)"
)


def _one_numbering_typed_two_ways(lines: list[str]) -> list[str]:
    """The lines with a one-level numbering typed both as 一、 and as (二) given the 一、 form throughout."""
    if not any(line.startswith("(") for line in lines):
        return lines  # the cheap precheck: no bracketed number at all
    marked = [
        (n, m) for n, line in enumerate(lines) if line[:1] in _CN_EITHER_FIRST and (m := _CN_EITHER_RE.match(line))
    ]
    bracketed = sum(1 for _, m in marked if m["b"])
    if not 2 <= bracketed <= len(marked) - 2:
        return lines  # one form alone, or the other only once: no mixture to read
    if [cn_int(m["a"] or m["b"]) for _, m in marked] != list(range(1, len(marked) + 1)):
        return lines  # two levels: the bracketed numbers restart under each part
    out = list(lines)
    for n, m in marked:
        if m["b"]:
            out[n] = f"{m['b']}、{out[n][m.end() :].lstrip()}"
    return out


_CN_EITHER_FIRST = frozenset("(一二三四五六七八九十")


# A rejoined line this long is a squeezed page's run, not a paragraph: the genre's paragraphs (a problem with its
# measures, an opening) run to a few hundred characters; most of a squeezed page stands in runs longer than that.
_SQUEEZED_RUN = 400


# A field label opening a line (整改措施:), asked of a line after a run-on line.
_OPENING_LABEL_RE = re.compile(r"[\u4e00-\u9fff]{2,8}:")


# A run-on line ending on a field's label after a sentence (…不足。整改情况:) breaks where a printed line ended on the
# label's colon: the field's value is the next line, and the run goes on into it (a city bureau's problems' part
# run together, printed at a width: round 169), as a paragraph never ends on a bare label within a run.
_ENDS_ON_LABEL_RE = re.compile(r"[。；;](?:整改|完成|进展|落实)[\u4e00-\u9fff]{0,6}:$")
_ENDS_ON_LABEL_MAX = 12


def _runs_joined(lines: list[str], squeezed: bool) -> list[str]:
    """The lines with each line after a run-on line joined to it: every such line where the page was squeezed
    whole; else a line opening with a field label the run-on line runs on within its sentences (。整改措施:), the
    page's own habit, so its break was the rejoining's guess at a wrap."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) >= _RUN_ON_MIN
            and (
                squeezed
                or ((label := _OPENING_LABEL_RE.match(line)) is not None and "。" + label[0] in out[-1])
                or _ENDS_ON_LABEL_RE.search(out[-1][-_ENDS_ON_LABEL_MAX:]) is not None
            )
        ):
            out[-1] += line
        else:
            out.append(line)
    return out


# 4.… | 5践行安全发展理念有差距。… | 6.…: a problem's number printed without its mark, a slip of the page (a city
# hospital's feedback as its city published it, round 36). A line opening with a bare number and a word that is no
# counter (5名, 3家, 2023年 are quantities) is read as numbered only where the notice's own numbering (N. or N、)
# lacks exactly that number and holds the numbers on both sides of it.
_BARE_NUMBER_RE = re.compile(rf"^(\d{{1,2}})(?=[\u4e00-\u9fff])(?![{COUNTERS}])")
_MARKED_NUMBER_RE = re.compile(r"^(\d{1,3})\s*(?:、|\.(?!\d))")


def _pairs_before(text: str, marks: str) -> set[str]:
    """Each of the marks with the character printed before it (。(, 第（, 况)), as the text prints them: one pass
    over the marks (a notice prints a few dozen brackets) instead of a scan of the whole text for each pair."""
    found: set[str] = set()
    for mark in marks:
        at = text.find(mark, 1)
        while at != -1:
            found.add(text[at - 1 : at + 1])
            at = text.find(mark, at + 1)
    return found


def _marks_restored(lines: list[str]) -> list[str]:
    """The lines with a number printed without its mark given the mark its numbered siblings print."""
    bare = [i for i, line in enumerate(lines) if line[:1].isdigit() and _BARE_NUMBER_RE.match(line)]
    if not bare:  # the cheap precheck: most notices print every mark
        return lines
    marked = [m for line in lines if line[:1].isdigit() and (m := _MARKED_NUMBER_RE.match(line))]
    numbers = {int(m[1]) for m in marked}
    mark = Counter(m.group()[len(m[1]) :].strip() for m in marked).most_common(1)[0][0] if marked else "."
    out = list(lines)
    for i in bare:
        n = int(_BARE_NUMBER_RE.match(out[i])[1])  # type: ignore[index]
        if n not in numbers and n - 1 in numbers and n + 1 in numbers:
            out[i] = f"{n}{mark}{out[i][len(str(n)) :]}"
            numbers.add(n)
    return out


def _continues(
    prev: str, last: tuple[str, bool], line: str, wrap: tuple[int | None, Callable[[str], float]], indent: float = 0
) -> bool:
    """Whether line continues prev (whose last line was last[0] as printed, and which is one printed
    line when last[1]): a hard wrap at the page width, a soft break, or a split title. indent: the width of the
    indent the page gave a paragraph's first line and the extraction dropped (_indent_dropped)."""
    width, measure = wrap
    if width and _is_wrapped(prev, last, line, (width, measure), indent):
        return True
    # each test's own first check asked here first: asked of every pair of lines, most end a sentence
    if prev and prev[-1] not in _TERMINAL and _is_soft_break(prev, line):
        return True
    if (line.startswith("关于") or prev.endswith("关于")) and _is_split_title(prev, line):
        return True
    if "“" in prev and _inside_quote(prev, line):
        return True
    # the cheap precheck: a bracket cut open ends its line on neither a stop nor a bracket's close
    return prev[-1] not in _TERMINAL and _inside_status_bracket(prev, line)


# A status in brackets after a problem's title cut by a hard wrap inside the bracket (…未经集体研究。【已 | 完成】 / …
# 机制不健全(已完成并长 | 期坚持)): a PDF pasted line by line, its width too uneven to be measured (round 89).
_BRACKET_PAIRS = {"【": "】", "〔": "〕", "［": "］", "[": "]", "（": "）", "(": ")"}
_BRACKET_REACH = 10  # how far from a line's end a cut bracket opens, and from the next line's start it closes
_OPEN_NEAR_END_RE = re.compile(r"[【〔［\[（(][^】〕］\]）)]*$")


def _inside_status_bracket(prev: str, nxt: str) -> bool:
    """Whether prev ends inside an opening bracket that nxt's first characters close, the two a bracketed status."""
    found = _OPEN_NEAR_END_RE.search(prev, max(0, len(prev) - _BRACKET_REACH))
    if found is None:
        return False
    close = nxt.find(_BRACKET_PAIRS[found[0][0]], 0, _BRACKET_REACH)
    return close != -1 and bracketed_status(found[0] + nxt[: close + 1])[1] is not None


def _inside_quote(prev: str, nxt: str) -> bool:
    """A line break inside a quoted finding: prev opens a quote the next line closes (关于“<headline>。<facts>|…”问题
    的整改), or cuts the wrapper's closing words (…”问|题的整改), on a page whose width the lines do not show."""
    if "”" not in nxt and nxt[:1] not in "问题的整改":
        return False  # the cheap precheck: the next line closes no quote and no wrapper
    if prev.count("“") > prev.count("”"):
        close = nxt.find("”")
        return close != -1 and "“" not in nxt[:close] and not starts_unit(nxt)
    tail = prev[prev.rfind("”") :]
    return any(
        len(tail) < len(words) and words.startswith(tail) and nxt.startswith(words[len(tail) :])
        for words in _WRAPPER_CLOSES
    ) and bool(_WRAPPER_OPEN.search(prev))


_WRAPPER_CLOSES = ("”问题的整改", "”的问题")
_WRAPPER_OPEN = re.compile(r"(?:关于|对于|针对)“")


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
    for i, line in enumerate(lines[:limit]):
        # 【已完成】<problem>: a status in brackets opening a problem's line (L08-like ledgers) is not a page's 【…】
        furniture = CHROME_RE.search(line) and not (line.startswith("【") and trailing_status(line)[1])
        if furniture and i and _signed_under(lines[i - 1], line):
            furniture = False  # a short notice's signature dated 2024-12-20 within the first lines: its date
        (chrome if furniture else kept).append(line)
    return chrome, kept + lines[limit:]


_ISO_DATE_LINE_RE = re.compile(r"\s*[12]\d{3}-\d{1,2}-\d{1,2}\s*")


def _signed_under(above: str, line: str) -> bool:
    """A date alone in figures (2024-12-20) right under the signing body's name: the notice's date as signed, not
    the publication date a page prints in its furniture (which never follows the signature)."""
    above = above.strip()
    return (
        _ISO_DATE_LINE_RE.fullmatch(line) is not None
        and ORG_LINE_RE.match(above) is not None
        and not any(mark in above for mark in ":：")  # 来源：某局 is a page's field, no signature
    )
