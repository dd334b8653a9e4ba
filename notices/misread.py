"""Characters a scan's OCR or a hurried typist put for others, read back where the genre's words leave no doubt.

A scanned notice comes out of OCR with look-alike characters in its most frequent words (己完成 / 巳整改 for 已, 末完成
for 未, 已完戌 for 成, 推迸 for 进, 整改惜况 / 完成清况 for 情况), and a typist's hurry leaves the same (issue 19's
round 93: a county bureau's and a college's scans, a town's typed notice). Each look-alike is read back only in the
words of the genre where it cannot be meant (自己完成, 年末完成, 戊戌, 迸发 are kept); the text is otherwise untouched.
"""

from __future__ import annotations

import re

from .status import classify_status

# --- the look-alikes, each with the words it is read back in ------------------------------------------------------
# What 已 opens in a status or a count (已完成, 已整改, 已落实到位, 已按期完成…): the verbs a done problem states.
_DONE_VERBS = (
    "完成|完戌|整改|落实|办结|销号|到位|建立|制定|出台|印发|修订|清退|追回|收回|开展|召开|解决|形成|实现|达到|上线"
    "|启动|验收|纳入|完善|补齐|健全|取消|清理|全部|基本|初步|按期|按时|如期|于|经"
)

# Each look-alike is found by str.find (a search by character costs a third of a regex scan, and most notices hold
# none of them) and its pattern matched where it stands: (the character, its pattern, what it reads back).
_LOOK_ALIKES = (
    # 己 and 巳 for 已 before those verbs; not after the words 己 ends (自己, 知己, 异己, 利己, 舍己, 克己, 律己,
    # 一己): a cyclic year (己亥, 辛巳) has no verb after it
    ("己", re.compile(rf"己(?<![自知异利舍克律一]己)(?=(?:{_DONE_VERBS}))"), "已"),
    ("巳", re.compile(rf"巳(?=(?:{_DONE_VERBS}))"), "已"),
    # 末 for 未 before what a negated status says (末完成, 末整改, 末落实到位), and after 尚/仍/还 (尚末); not after
    # the time words 末 ends (年末完成, 月末, 期末, 周末, 季末, 旬末): a date, not a negation. Also before the verbs a
    # finding negates (末按规定, 末经党委会研究, 末及时, 末严格执行, 末能): a scan's OCR in a problem's title (round
    # 129: 部分耗材末按规定集中采购)
    (
        "末",
        re.compile(
            r"末(?:(?<![年月期周季旬底岁终始本]末)(?=完成|完戌|整改|落实|到位|销号|办结|解决|达到|验收"
            r"|按|经|及时|严格|能|纳入|建立|制定|履行|执行)|(?<=[尚仍还]末))"
        ),
        "未",
    ),
    # 戌 for 成 in 完成, 达成, 形成 and before 效 (成效); a cyclic year (戊戌, 甲戌) has none of them beside it
    ("戌", re.compile(r"戌(?:(?<=[完达形]戌)|(?=效))"), "成"),
    # 戍, the other look-alike of 成, in the same words (已完戍: issue 19's round 134); 戍's own (卫戍, 戍边, 戍守)
    # have none of them beside it
    ("戍", re.compile(r"戍(?:(?<=[完达形]戍)|(?=效))"), "成"),
    # 迸 for 进 (推迸, 迸展, 迸度); 迸's own words (迸发, 迸裂, 迸溅, 迸射, 迸出, 迸流) are kept
    ("迸", re.compile(r"迸(?![发裂溅射出流])"), "进"),
    # 曰 for 日 closing a date's day (6月18曰, 十二月八曰): OCR's commonest slip in a date, which no date reader takes
    # (round 129: a feedback date read as its month alone); 曰 after a word (子曰, 一曰…) is kept
    (
        "曰",
        re.compile(
            r"曰(?:(?<=\d曰)|(?<=月[一二三四五六七八九十]曰)|(?<=月[一二三十][一二三四五六七八九十]曰)"
            r"|(?<=月[二三]十[一二三四五六七八九]曰))"
        ),
        "日",
    ),
    # 朗 for 期 in the genre's time words: 长期 before what is kept up (长朗坚持, 需长朗坚持的问题, 长朗推进), and 按期,
    # 如期, 定期, 逾期 before what is done on time (按朗完成, 定朗开展); 开朗, 明朗, 晴朗 and a name's 朗 stand after
    # none of them (issue 19's round 134: 已完成整改，并长朗坚持 read done, a status section 需长朗坚持 read none)
    (
        "朗",
        re.compile(
            r"朗(?:(?<=长朗)(?=坚持|推进|执行|落实|整改|保持|巩固|开展|有效|管用|机制)"
            r"|(?<=[按如定逾]朗)(?=完成|整改|推进|办结|销号|开展|召开|检查|到位|落实|报送|调度|督查|研究|通报|未))"
        ),
        "期",
    ),
    # 況, the traditional form of 况, among simplified words (完成情況: to_simplified converts only a traditional text)
    ("況", re.compile("況"), "况"),
)
# 惜, 清 or 晴 for 情 before 况 (整改惜况, 完成清况): read where each 况 is looked at (_fields_read).
_QING_LOOK_ALIKES = "惜清晴"


def _replaced(text: str, char: str, pattern: re.Pattern[str], meant: str) -> str:
    """text with each char that pattern matches where it stands replaced by meant."""
    out: list[str] = []
    done = 0
    at = text.find(char)
    while at != -1:
        if pattern.match(text, at):
            out += [text[done:at], meant]
            done = at + 1
        at = text.find(char, at + 1)
    return "".join(out) + text[done:] if out else text


def look_alikes_read(text: str) -> str:
    """The text with the genre's look-alike characters read back (己完成 → 已完成, 末完成 → 未完成, 推迸 → 推进)."""
    for char, pattern, meant in _LOOK_ALIKES:
        if char in text:
            text = _replaced(text, char, pattern, meant)
    return text


# --- digits an OCR read as letters: l or I for 1, O for 0 -----------------------------------------------------------
# A scan's or a photo's OCR reads a digit as the Latin letter it looks like: 1 as l or I, 0 as O (l.<problem>,
# I、<problem>, 问题1O：, l1.; 2025年3月1O日, 8月2O日, 4月l5日; 己完成整改1O个), and no numbering or date reader takes
# a letter for a digit: the problem is lost in the one before it, the date goes unread (issue 19's round 129: four
# notices read by OCR). A run of digits and those letters is read as the number it shows where the genre prints a
# number: opening a line (after 问题 or 第 at most, or inside a bracket) before a numbering's mark and a Chinese word,
# as a date's part (a year of four before 年; a month before 月, after 年 or 至 where it holds no digit; a day between
# 月 and 日/曰/号), or before a count's unit (个, 条, 项: a digit in the run). A number never opens on O; a run of I
# alone is a Roman numeral where the notice numbers a line II; a Latin word (Logo, OA, COVID-19) has a letter beside
# the run and is kept.
_DIGIT_LOOKS = "lIO"
_DIGIT_RUN = frozenset("0123456789" + _DIGIT_LOOKS)
_TO_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0"})
_LABEL_LEADS = ("", "问题", "第")
_LABEL_MARKS = frozenset(".、．:：)）")
_OPEN_BRACKETS = ("(", "（")
_CLOSE_BRACKETS = frozenset(")）")
_DAY_UNITS = frozenset("日曰号")
_MONTH_LEADS = frozenset("年至到")  # what a month stands after in a date or a period (2024年l月, 至lO月)
_COUNT_UNITS = frozenset("个条项")
_LATIN_NEAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@_/\\-+=&#")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _number_meant(text: str, start: int, end: int, roman: bool) -> bool:
    """Whether the run text[start:end] of digits and look-alike letters stands where the genre prints a number."""
    run = text[start:end]
    before = text[start - 1] if start else "\n"
    after = text[end : end + 1]
    if before in _LATIN_NEAR or after in _LATIN_NEAR or not after:
        return False
    digits = any(ch.isdigit() for ch in run)
    number = digits or (run[0] != "O" and not (roman and run.strip("I") == ""))
    if not number:
        return False
    if len(run) <= 2 and _is_cjk(text[end + 1 : end + 2]):
        # a label opening its line: l. / I、 / 1O. / 问题1O： / (l), a Chinese word after its mark
        opening = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t\u3000")
        if (opening in _LABEL_LEADS and after in _LABEL_MARKS) or (
            opening in _OPEN_BRACKETS and after in _CLOSE_BRACKETS
        ):
            return True
    if after == "年":
        return len(run) == 4 and digits
    if after == "月":
        return len(run) <= 2 and (digits or before in _MONTH_LEADS)
    if after in _DAY_UNITS:
        return len(run) <= 2 and before == "月"
    return after in _COUNT_UNITS and len(run) <= 3 and digits


# A line opening on a Latin letter and a numbering's mark (A. / b、 / C)): where the notice numbers a line by the letter
# before (H. before I., k. before l.), its I. or l. is the next letter of that run, never a 1 (the generator's A. family
# over nine problems); an OCR's I、 under A. headings stays a 1
_LETTER_LABEL = re.compile(r"^[ \t\u3000]*([A-Za-z])[.、．)）]", re.MULTILINE)


def _a_letter_label(text: str, start: int, end: int, letters: set[str]) -> bool:
    """Whether the run is a line's letter label (I. after H., l. after k.) of a notice numbered by letters."""
    run = text[start:end]
    if len(run) != 1 or run.isdigit() or chr(ord(run) - 1) not in letters:
        return False
    return text[text.rfind("\n", 0, start) + 1 : start].strip(" \t\u3000") == ""


def ocr_digits_read(text: str) -> str:
    """The text with each digit an OCR read as a letter (l, I for 1; O for 0) read back where the genre prints a
    number: a line's numbering, a date, a count. Each letter is found by str.find (most notices hold few)."""
    found: set[tuple[int, int]] = set()
    roman = "II" in text  # a line numbered II: the notice may number by Roman numerals, its I、 is one
    for letter in _DIGIT_LOOKS:
        at = text.find(letter)
        while at != -1:
            start, end = at, at + 1
            while start and text[start - 1] in _DIGIT_RUN:
                start -= 1
            while end < len(text) and text[end] in _DIGIT_RUN:
                end += 1
            if end - start <= 4 and _number_meant(text, start, end, roman):
                found.add((start, end))
            at = text.find(letter, end)
    if not found:
        return text
    if any(text[a:b] in ("I", "l") for a, b in found):
        letters = {m.group(1) for m in _LETTER_LABEL.finditer(text)}
        found = {(a, b) for a, b in found if not _a_letter_label(text, a, b, letters)}
    out: list[str] = []
    done = 0
    for start, end in sorted(found):
        out += [text[done:start], text[start:end].translate(_TO_DIGITS)]
        done = end
    return "".join(out) + text[done:]


# --- a heading's opening bracket misread, its numeral lost ------------------------------------------------------
# OCR reads a heading's full-width opening bracket as a Latin C (C二）全面从严治党方面), and loses the one stroke of
# 一 inside it (（）落实立德树人根本任务方面): no heading reader takes either, and the problems under the heading go
# to the one before it or to none (issue 19's round 129). At a line's start, a C before a Chinese numeral and a
# closing bracket is the opening bracket; an empty bracket before a Chinese word is the numeral the next heading
# bracketed so at a line's start leaves before it (（）… above （二）… is （一）).
_CN_NUMERALS = "一二三四五六七八九十"
_C_BRACKET_RE = re.compile(rf"(?<![^\n \t\u3000])C(?=[{_CN_NUMERALS}]{{1,2}}[）)])")
_EMPTY_BRACKET_RE = re.compile(r"(?<![^\n \t\u3000])[（(][）)](?=[\u4e00-\u9fff])")
_NEXT_BRACKETED_RE = re.compile(rf"\n[ \t\u3000]*[（(]([{_CN_NUMERALS}])[）)]")


def _empty_bracket_filled(m: re.Match[str]) -> str:
    following = _NEXT_BRACKETED_RE.search(m.string, m.end())
    if following is None or following[1] == "一":
        return m[0]
    return m[0][0] + _CN_NUMERALS[_CN_NUMERALS.index(following[1]) - 1] + m[0][1]


def ocr_brackets_read(text: str) -> str:
    """The text with a heading's opening bracket read as C, and its numeral lost, read back at a line's start."""
    if "C" in text:
        text = _C_BRACKET_RE.sub("（", text)
    if "（）" in text or "()" in text:
        text = _EMPTY_BRACKET_RE.sub(_empty_bracket_filled, text)
    return text


# --- a status field's label: 情 misread, its colon lost or misread --------------------------------------------------
# A status field's label run into its value with no colon (整改情况已完成。), or with the colon read as a stop
# (整改情况.已完成. / 完成情况，已完成): a PDF's text layer or a scan's OCR drops or misreads the small mark (issue 19's
# round 93: a city water group's PDF). At a line's start, a status field's label followed by a status is the field,
# so its colon is given back; a sentence that opens on the label and goes on otherwise (整改情况良好) is kept. The
# labels ending in 情况 (整改情况, 完成情况, 进展情况, 落实情况, 推进情况), the status fields' most frequent, are read.
_STATUS_FIELD_RE = re.compile(r"整改(?:落实|推进|工作|完成)?情况|(?:完成|进展|落实|推进)情况")
_COLON_MARKS = "。.，,"
_LABEL_REACH = 12  # the longest label (整改落实情况) and the spaces a line may open with
# what may follow a label that lost its colon: a mark read for it, or what a status's value opens with
_AFTER_LABEL = _COLON_MARKS + "已己巳正未尚基持整推"


def _colon_lost(text: str, at: int) -> int:
    """Where the value starts when the 况 at `at` ends a status field's label that opens its line and runs into a
    status with no colon (or a mark read for it); -1 where it does not."""
    line_start = text.rfind("\n", max(0, at - _LABEL_REACH), at) + 1
    if not line_start and at >= _LABEL_REACH:
        return -1  # the label's line opens further back: no label opens it
    label = text[line_start : at + 1].lstrip(" \t\u3000")
    if label[-2:-1] in _QING_LOOK_ALIKES:
        label = label[:-2] + "情况"
    if _STATUS_FIELD_RE.fullmatch(label) is None:
        return -1
    start = at + 2 if text[at + 1] in _COLON_MARKS else at + 1
    value = re.split(r"[。.，,;；\n]", text[start : start + 24], maxsplit=1)[0]
    return start if classify_status(look_alikes_read(value)) is not None else -1


# a 况 a label's 情 was misread before, or that a mark read for a colon or a status's value follows (the pattern
# opens on its literal character, so that the regex engine scans for it)
_LABEL_END_RE = re.compile(rf"况(?:(?=[{_AFTER_LABEL}])|(?<=[{_QING_LOOK_ALIKES}]况))")


def _fields_read(text: str) -> str:
    """The text with each status label's 情 read back (整改惜况 → 整改情况) and the colon of each status field that
    lost it at a line's start given back (整改情况已完成 → 整改情况：已完成)."""
    out: list[str] = []
    done = 0
    for m in _LABEL_END_RE.finditer(text):
        at = m.start()
        if at and text[at - 1] in _QING_LOOK_ALIKES:
            out += [text[done : at - 1], "情"]
            done = at
        if text[at + 1 : at + 2] in _AFTER_LABEL and (start := _colon_lost(text, at)) != -1:
            out += [text[done : at + 1], "："]
            done = start
    return "".join(out) + text[done:] if out else text


def misreads_read(text: str) -> str:
    """The text with the genre's look-alike characters read back and each status field's lost colon at a line's
    start given back."""
    return _fields_read(look_alikes_read(ocr_brackets_read(ocr_digits_read(text))))
