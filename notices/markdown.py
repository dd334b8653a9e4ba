"""A note app's Markdown read as the text it renders (issue 19's round 141).

Notices reach the bot as Markdown out of 飞书文档 / 语雀 / 腾讯文档 / Notion / Obsidian / 钉钉文档: a .md file, or its
text pasted with the marks left in. The marks carry the notice's structure the way a rendered page shows it, and
none of its words: a list item's marker (``- `` ``* `` ``+ ``, nested by its indentation) and a quote's ``> `` before
a problem or its 整改措施/整改情况 lines, a task list's box (``- [x]`` / ``- [ ]``) before a problem or a measure,
emphasis (``*正在推进。*``), a link's target (``[text](url)``, a 目录's anchors), an escaped character (``1\\.``,
``\\*``) as an exporter writes a line's numbering or an asterisk, an inline ``<br>`` for a line break, rules
(``---``), a file's front matter, inline code, and the app's furniture (the doc's edit stamp, its comments). Each
is read as the page shows it, so that the readers of lines meet the numbered problems and labelled fields they know;
``#`` headings and ``**`` bold are dropped by normalize.clean_line for every text. A text is read so only where two
kinds of the marks stand in it: a notice seldom holds a dash or an asterisk by chance, never two kinds of Markdown's
syntax.
"""

from __future__ import annotations

import re

_SP = r"[ \t\u3000]"  # a line's indentation: spaces, tabs, full-width spaces (a copy indents every line with them)
# The kinds of Markdown's syntax whose presence tells a Markdown text (two kinds at least), each behind the single
# character that writes it (the cheap precheck: a search for one character is a fast scan, one for two a tenth as
# fast). The kinds a line opens with are asked of the text behind a line feed: a pattern opening on a literal is
# scanned for it, where a line start's ^ is tried at every position; each pattern opens on its literal.
_MARKED_KINDS = (
    ("#", re.compile(rf"\n{_SP}*#{{1,6}}{_SP}+\S")),  # an ATX heading
    (">", re.compile(rf"\n{_SP}*>{_SP}*\S")),  # a quoted block
    ("[", re.compile(rf"\n{_SP}*[-*+]{_SP}+\[[ xX]\]{_SP}")),  # a task list's box
    ("*", re.compile(r"\*\*[^*\n]+\*\*")),  # bold
    ("]", re.compile(r"\]\([^)\s]+\)")),  # a link
    ("<", re.compile(r"<[bB][rR]\s*/?>")),  # an inline line break
    ("\\", re.compile(r"\\[.*#\[\]_+\-]")),  # an escaped character
)
# The kinds written with dashes, which dates, phone numbers and page footers hold too: asked only where a kind above
# stands (a text of bullets and rules alone is read as it stands).
_DASHED_KINDS = (
    # a list item (a page footer - 2 - is none): beside a heading or a quote, one is enough — a note app's export
    # puts each problem's line in a bullet between its plain paragraphs (## 一、… over - 1.<problem>, no two in a row)
    re.compile(rf"\n{_SP}*[-*+]{_SP}+(?!\d{{1,3}}{_SP}*-)\S"),
    re.compile(rf"\n{_SP}*---{_SP}*\n"),  # a rule, front matter
)

_FRONT_MATTER_RE = re.compile(rf"\A{_SP}*---{_SP}*\n(?:[^\n]*\n){{0,30}}?{_SP}*---{_SP}*\n")
_RULE_RE = re.compile(rf"(?m)^{_SP}*(?:(?:-{_SP}*){{3,}}|(?:\*{_SP}*){{3,}}|(?:_{_SP}*){{3,}})$")
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_CODE_RE = re.compile(r"`([^`\n]+)`")
# a line's indentation, quote marks, list marker and task box (a page footer - 2 - is no list item)
_LEAD_RE = re.compile(rf"(?m)^{_SP}*(?:>{_SP}?)*{_SP}*(?:[-*+]{_SP}+(?!\d{{1,3}}{_SP}*-{_SP}*$))?(?:\[[ xX]\]{_SP}+)?")
# emphasis in single asterisks: opened after no word character (a CJK character is one), never an escaped \*
_EMPHASIS_RE = re.compile(r"(?<![*\w\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
# emphasis in underscores (__bold__, _italics_), never inside a word (an e-mail's gz_xc@163.com)
_UNDERSCORES_RE = re.compile(r"(?<![_\w\\])(_{1,2})(?=\S)([^_\n]+?)(?<=\S)\1(?![_\w])")

# A note app's furniture, never the notice's: the doc's stamp of its creation or last edit (最后更新于 2025-06-10
# 18:02, 某局办公室 · 创建于 2026年2月26日 · 最后更新于…), which after the signature reads as a later sign-off, and
# the comments under the doc (评论（2） / 💬 评论 2 条 · 王某：…), which close the text after the signature.
_STAMP_RE = re.compile(
    rf"(?m)^[ \t\u3000>*_]*(?:[^\n。，；;]{{0,40}}?[·|｜•]{_SP}*)?(?:最后)?(?:创建|更新|编辑|修改)于{_SP}*"
    r"\d{4}[-年/.][^\n。；;]{0,60}\n?"
)
_COMMENTS_RE = re.compile(
    rf"(?m)^[ \t\u3000>*_#💬]*(?:全部)?评论(?:区)?{_SP}*(?:[（(]\d+[)）]|\d+{_SP}*条)?[ \t\u3000*_]*(?:$|[·:：])"
)
_COMMENTS_REACH = 600  # the comments close the text: the last characters hold them


# A task list's box before a problem (- [x] **问题3：…** / - [ ] 2. …), a note app's ledger's done-mark: where the
# problem's own lines state no status, the box is its status. The ticked box says 已完成, the unticked one says nothing
# unless the notice's legend gives the words of either (说明：[x] 表示已完成整改，[ ] 表示正在推进整改): the page shows
# a tick, and the status is read as the bracket the genre prints after a headline (1.<problem>（已完成）).
_BOXED_PROBLEM_RE = re.compile(
    rf"(?m)^(?P<indent>{_SP}*)(?:>{_SP}?)*[-*+]{_SP}+\[(?P<tick>[ xX])\]{_SP}+(?P<line>(?:\*\*)?"
    rf"(?:(?:具体)?问题{_SP}*)?(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:\\?[.．、:：]|{_SP})[^\n]*?){_SP}*$"
)
_BOX_LEGEND_RE = re.compile(r"\[(?P<tick>[ xX])\]`?\s*(?:表示|代表|为|即)\s*(?P<words>[\u4e00-\u9fff]{2,10})")
# the words by which a problem's lines under its headline state a status of their own (the box then marks nothing
# more), and the bracket a headline states one in
_STATUS_WORDS_RE = re.compile(
    r"已完成|完成整改|整改完成|已整改|整改到位|正在|整改中|推进中|持续推进|长期坚持|销号|办结|未完成|尚未"
)
_BRACKETED_STATUS_RE = re.compile(r"[（(【][^）)】\n]{0,8}(?:完成|推进|整改中|已整改|长期坚持|销号)")


def _boxed_problems_read(text: str) -> str:
    """The text with each boxed problem whose lines state no status given its box's status after its headline."""
    legend = {m["tick"].lower(): m["words"] for m in _BOX_LEGEND_RE.finditer(text)}
    words = {"x": legend.get("x", "已完成"), " ": legend.get(" ")}
    lines = text.split("\n")
    boxed = False
    for k, line in enumerate(lines):
        if "[" not in line or (m := _BOXED_PROBLEM_RE.match(line)) is None or words[m["tick"].lower()] is None:
            continue
        depth = len(m["indent"].expandtabs(4))
        if _BRACKETED_STATUS_RE.search(m["line"]):  # the headline's own bracket (its words hold 推进不力, 不到位)
            continue
        block = []
        for nxt in lines[k + 1 :]:
            if nxt.strip() and len(nxt.expandtabs(4)) - len(nxt.expandtabs(4).lstrip(" \u3000")) <= depth:
                break
            block.append(nxt)
        if _STATUS_WORDS_RE.search("\n".join(block)) is None:
            lines[k] = f"{line.rstrip()}（{words[m['tick'].lower()]}）"
            boxed = True
    return "\n".join(lines) if boxed else text


def is_markdown(text: str) -> bool:
    """Whether the text is written in Markdown: two kinds of its syntax stand in it."""
    kinds, lined = 0, ""
    for mark, pattern in _MARKED_KINDS:
        if mark in text:
            lined = lined or "\n" + text
            if pattern.search(lined):
                kinds += 1
                if kinds == 2:
                    return True
    if not kinds:
        return False
    return any(pattern.search(lined) for pattern in _DASHED_KINDS)


def markdown_read(text: str) -> str:
    """The text as a note app renders its Markdown (line ends already \\n), else the text unchanged. A pipe table's
    rows are left whole: their cells' <br> and bars are the table readers' (round 119)."""
    if not is_markdown(text):
        return text
    text = _FRONT_MATTER_RE.sub("", text)
    if "于" in text:
        text = _STAMP_RE.sub("", text)
    if "评论" in text:
        comments = _COMMENTS_RE.search(text, max(0, len(text) - _COMMENTS_REACH))
        if comments is not None:
            text = text[: comments.start()]
    text = _RULE_RE.sub("", text)
    if "<br" in text or "<BR" in text:
        text = "\n".join(line if "|" in line else _BR_RE.sub("\n", line) for line in text.split("\n"))
    if "](" in text:
        text = _LINK_RE.sub(r"\1", text)
    if "`" in text:
        text = _CODE_RE.sub(r"\1", text)
    if "[" in text:
        text = _boxed_problems_read(text)
    text = _LEAD_RE.sub("", text)
    if "*" in text:
        text = _EMPHASIS_RE.sub(r"\1", text.replace("**", ""))
    if "_" in text:
        text = _UNDERSCORES_RE.sub(r"\2", text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    return text
