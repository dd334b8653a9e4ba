"""The numbering families of the genre: every enumerator a notice prints before a heading or a problem.

One row a family. A family's `style` is its level key: the first style met under a section becomes
the next level down, and a style met again closes everything below it (structure/), so a family
is whatever level it is met at. Rows sharing a style are one numbering printed in different glyphs
(`(1)` and `⑴`, `1.` and `⒈`). Adding a family is adding a row (and an example to its test).
Text reaches this table normalised: full-width digits, letters and brackets are already half-width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import cn_int

CN = "零〇一二三四五六七八九十百两"
# The financial (大写) numerals 壹 贰 叁 …, the forms a cheque or a contract prints and Word's chineseLegalSimplified
# list numbers with: a typist who has numbered the notice's parts 一、二、 numbers the areas below them 壹、贰、 (a
# community's notice typed in WPS, round 136), a numbering of its own; each read as the common numeral it stands for
FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰"
_FINANCIAL_TO_CN = str.maketrans(FINANCIAL + "貳參叄", "一二三四五六七八九十百" + "二三三")
_CN_NUM = rf"[{CN}]{{1,3}}"
_NUM = r"\d{1,3}"

# Glyphs that carry their number: circled ①, negative circled ❶/➊, parenthesised ⑴, with full stop ⒈.
_GLYPHS = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ①…⑳
    **{chr(0x2776 + i): i + 1 for i in range(10)},  # ❶…❿
    **{chr(0x278A + i): i + 1 for i in range(10)},  # ➊…➓
    **{chr(0x24EB + i): i + 11 for i in range(10)},  # ⓫…⓴
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴…⒇
    **{chr(0x2488 + i): i + 1 for i in range(20)},  # ⒈…⒛
}
# Roman numeral glyphs: Ⅰ…Ⅻ and ⅰ…ⅻ, each its number
_ROMAN = {**{chr(0x2160 + i): i + 1 for i in range(12)}, **{chr(0x2170 + i): i + 1 for i in range(12)}}
ROMAN_GLYPHS = "".join(_ROMAN)
CIRCLED = "".join(chr(0x2460 + i) for i in range(20))  # ①…⑳
BLACK_CIRCLED = "".join(ch for ch in _GLYPHS if ord(ch) >= 0x2776 or 0x24EB <= ord(ch) < 0x24F5)  # ❶ ➊ ⓫
PAREN_GLYPHS = "".join(chr(0x2474 + i) for i in range(20))
STOP_GLYPHS = "".join(chr(0x2488 + i) for i in range(20))


@dataclass(frozen=True)
class Family:
    """One way of numbering: its level key, how a line opens with it (groups `n` and `rest`), an example."""

    style: str
    pattern: re.Pattern[str]
    example: str
    label_prefix: str = ""  # 问题 in 问题3: kept in the label, as the notice prints it
    lead: str = ""  # the words every line of the family opens with (具体问题, 任务), for a cheap precheck

    def match(self, line: str) -> tuple[str, str] | None:
        """(label, rest) when the line opens with this numbering."""
        if self.lead and not line.startswith(self.lead):
            return None
        m = self.pattern.match(line)
        return None if m is None else (self.label(m["n"]), m["rest"])

    def label(self, n: str) -> str:
        """The label a number of this family reads as: 问题 + 3, a glyph's number (③ → 3)."""
        return self.label_prefix + (str(_GLYPHS[n]) if n in _GLYPHS else n)


def _row(style: str, pattern: str, example: str, label_prefix: str = "") -> Family:
    lead = re.match(r"\^([\u4e00-\u9fff]+)", pattern)  # ^具体问题\s*…: a pattern opening with plain words
    return Family(style, re.compile(pattern), example, label_prefix, lead[1] if lead else "")


_REST = r"\s*(?P<rest>.*)$"
# What follows a quantity, not a heading: a PDF's line may open with "3 个方面12个问题" or "2.5 万元" where it wrapped
# (…2023年有 | 2笔支出手续不完备, 3宗案件, 5位同志: a wrap before any counter of the genre's facts).
COUNTERS = "个项条件年月日号名人次家万元余多届批倍亿千百亩户台辆套篇份场期起例所座处天周岁笔宗张位吨株栋间轮"
# Counters of whole things (people, bodies, places, vehicles, documents) that a decimal never counts: 3.1 所党委…,
# 3.2 人才队伍… open decimal-numbered problems (a university institute's 1.1/1.2 labels, round 50), while 2.5万元
# and 1.5个月 stay quantities.
WHOLE_COUNTERS = "名人家所座处户台辆套篇份届批例笔宗张位株栋间轮"
DECIMAL_COUNTERS = "".join(ch for ch in COUNTERS if ch not in WHOLE_COUNTERS)
# Units of measure a decimal counts (86.3公顷, 1.2公里, 3.5米, 2.6平方米): no outline label is followed by one, though
# a squeezed notice puts the quantity where a line may begin (…消化批而未供土地86.3公顷。)
MEASURE_UNITS = ("公里", "公顷", "公斤", "千米", "千克", "平方米", "立方米", "米")
# A numbering's dot before figures that open the problem's text (5.12345热线…): three figures or more, then a word that
# is not a counter (see the n. row)
_DOT_BEFORE_FIGURES = rf"\.(?=\d{{3,}}[\u4e00-\u9fff](?<![{COUNTERS}]))"
# the comma a number is typed with for 、 (3，村级…): before the text's own words, not one of the counts' clauses
# (or before the status bracket a secretary types ahead of the problem: 3，【正在改】问题：…, round 130)
_COMMA_SLIP = r"[，,](?=[\u4e00-\u9fff“【〔\[])(?!其中|其余|共|分别|均|占|同比|比)"
# 2:<problem>: a colon typed for the stop, the same slip (a community's notice typed in a hurry); only before words (or
# a status bracket before them) or alone on its line, so that a time (9:30) or a ratio (1:1) is no label
_COLON_SLIP = r":(?=\s*(?:[\u4e00-\u9fff“(\[【〔]|$))"
# 1-<problem> / 1—<problem>: a hyphen or a dash typed for the stop (a phone's keyboard offers it beside the digits,
# round 136); only before words, never a counter's, so that a span (1-3月, 2—3年) or an outline's 1-1 is no label
_DASH_SLIP = rf"[-—–]{{1,2}}(?=[\u4e00-\u9fff“])(?![{COUNTERS}])"
_PROBLEM_NUM = rf"[(]?(?P<n>{_NUM}|{_CN_NUM})[)]?"  # 问题1 / 问题一 / 问题(一)
_FED = r"(?:(?:巡察|巡视)?反馈)?"  # 反馈问题一: the problem numbered by the feedback's name for it
# A number followed by more numbers is a list naming problems (问题1、2已完成整改 / 1、2号问题… / 第1个和第2个问题…, a
# closing list giving statuses by number), never a label: the label's number is followed by its text. So is a number
# followed by the list's last number (1、3。), or by another named the same way (问题1、问题3、问题5;), as a closing
# list run on after the last problem of a page that lost its line breaks prints them.
_NOT_A_LIST = r"(?!\s*(?:问题|第)?\d{1,3}(?:\s*[、,，和及号;；。)]|已|正|尚|未|均|$))"
_NOT_NEXT_NUMBER = rf"(?!\s*(?:[和及、,，]|[-—~～至到])\s*第?(?:\d|[{CN}]))"
# Nouns other than 问题 that number the problems themselves, each numbered like 问题N (任务1:, 事项一:): the
# rectification tasks a notice made of its problems (a university's notice on a ministry's inspection, round 32)
# and the matters a team hands over during its inspection (立行立改事项, 交办事项: a street's 公示 of the matters
# its villages and communities were handed, 事项一:<matter> > 整改情况: > 办理结果:, round 47) and the team's opinions
# each answered by its own rectification (一项反馈意见、一名责任领导、一套整改措施: 反馈意见1:<problem> > 责任领导: >
# 整改措施: > 完成情况:, a city hospital's notice on a special 巡察, round 50).
# Each noun with the marks after its number in figures and in words: 事项 and 反馈意见 take a colon only, as a
# section's heading ends in the noun (集中整改期内已完成的整改事项, 二、反馈意见整改情况) and a joined page runs the
# next problem's 3、 on after it.
# The same nouns named for the rectification they stand for (整改事项1:, 整改任务4:): a group's 回头看 notice numbering
# the first round's problems as 整改事项 and the new ones as 整改任务 (round 80); the label keeps the words as printed.
ENTRY_NOUNS = {
    "任务": (r"(?:[:、]|\.(?!\d))", r"[:.、]"),
    "事项": (r":", r":"),
    "反馈意见": (r":", r":"),
    "整改任务": (r"(?:[:、]|\.(?!\d))", r"[:.、]"),
    "整改事项": (r":", r":"),
}
# 第1项任务:<task> / 第二项整改事项: the entry's noun after the counter, the same numbering as 第1项 (a task list's
# records, round 158): the noun is no part of the text after it.
_ENTRY_AFTER = r"(?:(?:整改)?(?:任务|事项)(?![\u4e00-\u9fff]))?"
# 整改任务一 / 任务3 / 事项2 alone on its line, no stop: a task list's record number above the task's fields (任务来源:
# / 存在问题: / 整改措施: / 完成情况:, a county bureau's 整改任务清单, round 158); the problem is its 存在问题 field.
_ALONE = r"(?=\s*$)"
NAMED_ENTRY_STYLES = frozenset(f"{noun}{kind}" for noun in ENTRY_NOUNS for kind in ("n", "cn"))
# Families that number the entries of a list of problems (问题1:, 第1项:, 任务一:), never the measures of one: a line
# numbered so is a problem, whatever its words. Not 第N个问题, which also names a problem listed above to give its
# status (第1个问题:已销号, a zone's closing table read as lines).
ENTRY_STYLES = NAMED_ENTRY_STYLES | {"问题n", "问题cn", "问题(n)", "n.问题n", "第n项", "第cn项", "问题清单第n项"}
# Ordered: compound forms before the simple ones they contain (1.问题1 before 1.; 问题(一) before (一)).
FAMILIES: tuple[Family, ...] = (
    # 1.问题1: / 1、问题一 — a running number in front of the problem's own number (000)
    _row("n.问题n", rf"^\d{{1,3}}\s*[.、]\s*问题\s*{_PROBLEM_NUM}\s*[:.、]?{_REST}", "1.问题1:", "问题"),
    # 问题1: / 问题一、 / 问题(一) — problems numbered by name; three numberings, so a notice may print
    # 问题一 headings above 问题(一) problems (each a level of its own)
    # (反馈问题一: — the same numbering named for the feedback it comes from, as a court's notice groups its problems)
    _row("问题n", rf"^{_FED}问题\s*(?P<n>{_NUM})\s*[:.、]{_NOT_A_LIST}{_REST}", "问题1:", "问题"),
    _row("问题cn", rf"^{_FED}问题\s*(?P<n>{_CN_NUM})\s*[:.、]{_REST}", "问题一:", "问题"),
    # 问题①<problem>: the name numbered by a circled figure, which is its own stop (a ledger typed in Word)
    _row("问题n", rf"^{_FED}问题\s*(?P<n>[{CIRCLED}])\s*[:.、]?{_REST}", "问题①", "问题"),
    _row("问题(n)", rf"^{_FED}问题\s*\(\s*(?P<n>{_NUM}|{_CN_NUM})\s*\)\s*[:.、]?{_REST}", "问题(一)", "问题"),
    # 具体问题1: / 具体问题一、 — the same numbering by the name the counts give the finest problems
    # (3个方面9个具体问题: a county bureau's 五个一 清单, one field line each for 分管领导/牵头股室/整改措施/整改状态,
    # round 46); the label keeps the name as printed
    *(
        _row(style, rf"^具体问题\s*{num}\s*{stop}{_REST}", f"具体问题{example}", "具体问题")
        for style, num, stop, example in (
            ("问题n", rf"(?P<n>{_NUM})", rf"[:.、]{_NOT_A_LIST}", "1:"),
            ("问题cn", rf"(?P<n>{_CN_NUM})", "[:.、]", "一:"),
            ("问题(n)", rf"\(\s*(?P<n>{_NUM}|{_CN_NUM})\s*\)", "[:.、]?", "(一)"),
        )
    ),
    # 任务1: / 任务一、 / 事项一: — problems numbered by another noun of the genre (ENTRY_NOUNS): named like 问题N,
    # the finest level; never 任务1、2已完成 (a list)
    *(
        row
        for noun, (marks, cn_marks) in ENTRY_NOUNS.items()
        for row in (
            _row(f"{noun}n", rf"^{noun}\s*(?P<n>{_NUM})\s*(?:{marks}|{_ALONE}){_NOT_A_LIST}{_REST}", f"{noun}1:", noun),
            _row(f"{noun}cn", rf"^{noun}\s*(?P<n>{_CN_NUM})\s*(?:{cn_marks}|{_ALONE}){_REST}", f"{noun}一:", noun),
        )
    ),
    # (一) — Chinese numerals in brackets
    _row("(cn)", rf"^\(\s*(?P<n>{_CN_NUM})\s*\)\s*[、.]?{_REST}", "(一)"),
    # (1) and its one-glyph form ⑴
    _row("(n)", rf"^\(\s*(?P<n>{_NUM})\s*\)\s*[、.]?{_REST}", "(1)"),
    _row("(n)", rf"^(?P<n>[{PAREN_GLYPHS}])\s*[、.]?{_REST}", "⑴"),
    # 2.1.1 / 2.1 / 2 — decimal outline numbering, as enterprises number their documents, each depth a level of its
    # own. Normalisation joins the number to its heading (2.1关于…), so a quantity is told apart by its counter
    # (2.5万元, 3个方面), and the bare top number only opens a short heading with no punctuation (1整改工作总体情况).
    _row("n.n.n", rf"^(?P<n>\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}})(?![\d.]){_REST}", "2.1.1"),
    _row(
        "n.n",
        rf"^(?P<n>\d{{1,2}}\.\d{{1,2}})(?![\d.])\s*(?=[\u4e00-\u9fff“\"(])(?![{DECIMAL_COUNTERS}]|{'|'.join(MEASURE_UNITS)})"
        + _REST,
        "2.1",
    ),
    # 1-1 / (1-2) — the outline numbered with a hyphen (an enterprise's or a hospital's ledger numbering each problem
    # by its area: 2-3 is area 2's third problem), a level of its own like 2.1; never a span of months or years
    # (1-3月, 2-3年: a counter follows). A stop after the number (3-2．人员分类管理…, 2-1、项目资金…) makes it a label
    # whatever word opens the problem: a span is never stopped before its counter, and problems open with words whose
    # first character is a counter (人员, 项目, 年轻干部, 条块: a county court's notice numbering 1-1．…3-2．, round 94)
    _row(
        "n-n",
        rf"^\(?(?P<n>\d{{1,2}}[-—–]\d{{1,2}})\)?(?![\d\-—–])\s*"
        rf"(?:[、.:]\s*(?=[\u4e00-\u9fff“\"(])|(?=[\u4e00-\u9fff“\"(])(?![{COUNTERS}]))" + _REST,
        "1-1",
    ),
    # 01<heading> — a zero-padded number glued to its text: a WeChat post's badge (a square holding 01 beside its
    # aspect's heading, normalize._badges_joined), a level of its own; labelled by its figure (01 → 1), never a
    # quantity (01月: a counter follows); its lead 0 keeps it from the other digits' lines (numbering_of's branches)
    Family("0n", re.compile(rf"^0(?P<n>[1-9])(?=[\u4e00-\u9fff“\"])(?![{COUNTERS}]){_REST}"), "01", lead="0"),
    _row("n ", rf"^(?P<n>\d{{1,2}})\s*(?=[\u4e00-\u9fff])(?![{COUNTERS}])\s*(?P<rest>[^。，,；;:：]{{2,24}})$", "2 "),
    # 1. / 1、 / 1． (not 2.5万元) and its one-glyph form ⒈
    # 3，<problem>: a non-specialist's slip of the comma key for 、 (a village's notice numbering 1、 2. 3，, round 88),
    # as 一， stands for 一、 (SECTION_FAMILY); only before words, so that a wrapped count (3，其中…) is no label
    # 1.2023年以来<problem>: a dot before a year is a numbering glued to its text, never a decimal
    # 5.12345热线诉求办理质量不高 / 3.110接处警…: nor before a run of three figures or more that a word, not a counter,
    # follows: a problem opening with a hotline's or a service's number (a district's notice, issue 19's round 52);
    # a quantity's decimals end in a counter (2.125万元), an outline's (2.1) have two figures at most
    _row(
        "n.",
        rf"^(?P<n>{_NUM})\s*(?:、|\.(?!\d)|\.(?=(?:19|20)\d\d年)|{_DOT_BEFORE_FIGURES}|{_COMMA_SLIP}|{_COLON_SLIP}"
        rf"|{_DASH_SLIP})"
        rf"{_NOT_A_LIST}{_REST}",
        "1、",
    ),
    _row("n.", rf"^(?P<n>[{STOP_GLYPHS}]){_REST}", "⒈"),
    # No.1 / NO.2 / No3、 — the English abbreviation a phone's or a WPS user types before the figure (round 136): the
    # same numbering, labelled by its figure; only before words, so that a document's or a model's number is no label
    _row("n.", rf"^(?:No|NO|no)\.?\s*(?P<n>{_NUM})\s*[.、:]?\s*(?=[\u4e00-\u9fff“]){_REST}", "No.1"),
    # 第1.<problem> / 第2、 — an ordinal's 第 before the figure and its stop, no counter word (round 136); never a list
    # of numbers (第1、2个问题已整改, 第1、第3项: a closing list giving statuses by number)
    _row("n.", rf"^第(?P<n>{_NUM})\s*(?:、|\.(?!\d))(?!\s*(?:\d|第|问题)){_REST}", "第1."),
    # 1) — a closing bracket alone
    _row("n)", rf"^(?P<n>{_NUM})\s*\)\s*[、.]?{_REST}", "1)"),
    # 一) — the same for Chinese numerals, typed by a non-specialist for (一) (a township's or a school's notice)
    _row("cn)", rf"^(?P<n>{_CN_NUM})\s*\)\s*[、.]?{_REST}", "一)"),
    # ① and ❶ — circled numbers, also used for measures inside a problem's text; white and black are two numberings
    _row("①", rf"^(?P<n>[{CIRCLED}])\s*[、.]?{_REST}", "①"),
    _row("❶", rf"^(?P<n>[{BLACK_CIRCLED}])\s*[、.]?{_REST}", "❶"),
    # 第1项 / 第一项 / 第一条 / 第1个问题: each counter word in figures or in words is a numbering of its own
    # (第一部分 <area> / 第一类问题:<area>: an enterprise's and a school's areas, round 18)
    *(
        _row(
            f"第{kind}{word}",
            rf"^第(?P<n>{digits}){word}{_ENTRY_AFTER if word == '项' else ''}{_NOT_NEXT_NUMBER}\s*[:、.]?{_REST}",
            f"第{example}{word}",
        )
        for word in ("个问题", "项", "条", "个", "部分", "类问题")
        for kind, digits, example in (("n", r"\d{1,3}", "1"), ("cn", f"[{CN}]{{1,4}}", "一"))
    ),
    # 第一，<problem> / 第二，<problem> — bare ordinals with a comma, as a provincial department's prose report
    # numbers its problems (round 29); never 第一、二项 (a list) nor 第一条 (a counter word, the rows above). Like
    # (1), under a problem it numbers measures (MEASURE_CAPABLE).
    _row("第cn,", rf"^第(?P<n>{_CN_NUM}),(?![{CN}]){_REST}", "第一,"),
    # Ⅰ. / Ⅱ、 — Roman numeral glyphs (Ⅰ…Ⅻ, ⅰ…ⅻ), as a city commission's or an enterprise's notice numbers its
    # areas above 问题N (round 94); typed in Latin letters (I. II. III.) they are given their glyphs where the notice
    # prints a numeral of two letters (normalize._latin_roman_glyphs), as a lone I, V or X may be a letter of a. below
    _row("Ⅰ", rf"^(?P<n>[{ROMAN_GLYPHS}])\s*[.、]?{_REST}", "Ⅰ."),
    # (ⅰ) — in a pair of brackets, as the (1) of figures is typed (round 136)
    _row("(Ⅰ)", rf"^\(\s*(?P<n>[{ROMAN_GLYPHS}])\s*\)\s*[.、]?{_REST}", "(Ⅰ)"),
    # 壹、 / (壹) — the financial numerals (FINANCIAL) in the stops and brackets the common ones take; labelled as
    # printed (壹), numbered by the common numeral (number_of)
    _row("壹、", rf"^(?P<n>[{FINANCIAL}]{{1,3}})\s*(?:[、，,]|\.(?![\d.])){_REST}", "壹、"),
    _row("(壹)", rf"^\(\s*(?P<n>[{FINANCIAL}]{{1,3}})\s*\)\s*[、.]?{_REST}", "(壹)"),
    # a. / A. — Latin letters
    _row("a.", rf"^(?P<n>[a-zA-Z])\s*[.、)](?![a-zA-Z0-9]){_REST}", "a."),
    # 问题清单第1项:<problem> — each problem an entry of the feedback's checklist, numbered by its place in it (a
    # school's notice, round 18); the label is the entry's number
    _row("问题清单第n项", rf"^问题清单第(?P<n>{_NUM}|{_CN_NUM})项\s*[:、.]?{_REST}", "问题清单第1项:"),
    # 板块一:<area> — the feedback's areas called 板块 (a county school's notice, round 18)
    _row("板块cn", rf"^板块(?P<n>{_CN_NUM})\s*[:、.]?{_REST}", "板块一:"),
)

# 一、 opens a section where it is the notice's first numbering (structure.sections.split_sections); met below
# another family it is one more level, read last so that it never shadows the forms above.
# 一.<problem>: the full stop typed for 、, as 一， is (a school 党支部's secretary mixing 一. 二、 三、 四.,
# round 130); never before a figure (一.5 is no heading the genre prints)
SECTION_FAMILY = _row("一、", rf"^(?P<n>{_CN_NUM})\s*(?:[、，,]|\.(?![\d.])){_REST}", "一、")
FAMILIES = (*FAMILIES, SECTION_FAMILY)

# 一是/二是 and 其一/其二 number problems inside a group (L14) as often as they number measures inside a
# problem, so these rows are never read alone: structure.words.word_numbered decides from the lines around them.
WORD_FAMILIES: tuple[Family, ...] = (
    _row("是", rf"^(?P<n>{_CN_NUM})是\s*[,，、:：]?{_REST}", "一是"),
    _row("其", rf"^其(?P<n>{_CN_NUM})\s*[,，、:：]{_REST}", "其一,"),
)

# Families that also enumerate measures inside a problem's text ((1)(2) or ①② under a problem).
MEASURE_CAPABLE = frozenset({"n.", "(n)", "n)", "cn)", "①", "❶", "a.", "第cn,"})
# Under a heading that names one problem, any numbering not worded as a problem or entry may number its measures
# (一、加强…。二、建立… under 问题1:关于“…”问题): the problem is the finest level with its own text.
POINT_CAPABLE = MEASURE_CAPABLE | {"(cn)", "一、"}
# Families numbering in figures that a typist's hand slips between within one run of problems (1. (2) 3. / (1) 2. (3)
# / 1、 2) 3、): a grassroots notice's clerk types the brackets or the stop by hand, one number at a time (a 社区's
# and a 街道's notices, round 127); structure.tree reads such a lone slip as its run's own style.
SLIP_STYLES = frozenset({"n.", "(n)", "n)", "①", "❶"})
# Every family's first character, so that most lines are rejected at once.
FIRST_CHARS = frozenset(
    CN
    + "0123456789(问第针板具"
    + "".join(noun[0] for noun in ENTRY_NOUNS if noun[0] not in "反巡整")
    + CIRCLED
    + BLACK_CIRCLED
    + PAREN_GLYPHS
    + STOP_GLYPHS
    + "abcdefghijklmnopqrstuvwxyz"
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + ROMAN_GLYPHS
    + FINANCIAL
)


# 反馈问题一: / 反馈意见1: / 整改事项1: open a numbering, yet 反/巡/整 are no family's first character (a wrapped
# line may begin before any character of FIRST_CHARS, many open with 整改情况:, so it stays as small as it can).
_FED_OPENINGS = ("反馈问题", "巡察反馈问题", "巡视反馈问题", "反馈意见", "整改事项", "整改任务")


@lru_cache(maxsize=1024)  # a notice's few labels, asked again by every reader of its numbering (as cn_int is cached)
def number_of(label: str) -> int | None:
    """The number a label stands for: 12, 十二, ③, ⑷, 问题三 → 3."""
    label = label.removeprefix("具体问题").removeprefix("问题")
    for noun in ENTRY_NOUNS:
        label = label.removeprefix(noun)
    if len(label) == 1 and label in _GLYPHS:
        return _GLYPHS[label]
    if label in _ROMAN:
        return _ROMAN[label]
    if label.isdigit():
        return int(label)
    if label.isascii() and label.isalpha() and len(label) == 1:
        return ord(label.lower()) - ord("a") + 1
    if label and label[0] in FINANCIAL:
        label = label.translate(_FINANCIAL_TO_CN)
    return cn_int(label) if label and all(ch in CN or ch.isdigit() for ch in label) else None


@lru_cache(maxsize=256)
def _families_for(first: str) -> tuple[tuple[Family, ...], re.Pattern[str]]:
    """The families a line opening with `first` may be numbered by, in order (those opening with plain words, 具体问题,
    第, 任务, only where the line opens with their first word's character), and one pattern trying them all in that
    order: the first alternative that matches is the first family that would, found in one call (f<i> names the
    family's branch, n<i> and rest<i> its groups)."""
    families = tuple(f for f in FAMILIES if not f.lead or f.lead[0] == first)
    branches = (
        f"(?P<f{i}>" + f.pattern.pattern.replace("(?P<n>", f"(?P<n{i}>").replace("(?P<rest>", f"(?P<rest{i}>") + ")"
        for i, f in enumerate(families)
    )
    return families, re.compile("|".join(branches))


def numbering_of(line: str) -> tuple[Family, str, str] | None:
    """The family a line opens with, its label and the rest of the line."""
    if not line or (line[0] not in FIRST_CHARS and (line[0] not in "反巡整" or not line.startswith(_FED_OPENINGS))):
        return None
    families, pattern = _families_for(line[0])
    m = pattern.match(line)
    if m is None or m.lastgroup is None:
        return None
    i = int(m.lastgroup[1:])
    return families[i], families[i].label(m[f"n{i}"]), m[f"rest{i}"]
