"""A problem's status shown by an icon its notice's legend explains (issue 19's round 170).

A notice typed in a Markdown editor, a note app or a chat tool often shows each problem's status by an emoji set
before the problem, after its number or before it (``* （1）✅ <problem>。`` / ``- ⏳ 2. <problem>`` /
``问题3：🔄 <problem>``), and says once what each icon means in a legend line without a verb (``> 图例：✅ 已完成整改
🔄 已完成整改，需长期坚持　⏳ 正在推进`` / ``状态说明：🟢已完成；🟡推进中``). The cleaning of lines drops the
pictographs as decoration (🔄 ⏳), or leaves the tick glued to the title (✅): the status went unread. Each icon the
legend explains, where it stands between a problem's number and its words, is read as the legend's words in the
bracket the genre prints a status in after a headline (1.<problem>（已完成）), as a task list's box is
(notices.markdown). A mark closing a headline (…不到位。√) is the legend reader's (normalize.legend_read); an icon in
a table's status cell, the table reader's.
"""

from __future__ import annotations

import re

from .lexicon import STATUS_ICONS
from .status import classify_status

_SP = r"[ \t\u3000]"
_ICON = rf"(?:[{STATUS_ICONS}]\ufe0f?)"
# A legend's entry: the icon, an optional verb or colon, then its words (to the next space, stop or icon)
_ENTRY_RE = re.compile(
    rf"(?P<m>[{STATUS_ICONS}])\ufe0f?[”\"」]?{_SP}*(?:的|者)?(?:为|表示|代表|即|[:：=＝])?{_SP}*"
    r"(?P<w>[\u4e00-\u9fff，,、]{2,16})"
)
# A problem's number, in the forms the genre numbers problems with: (1) / （1） / 1. / 1． / 1、 / 一、 / 问题3： /
# 第3项 / a keycap 1️⃣ (a chat post's numbering)
_CN_NUM = "一二三四五六七八九十"
_NUMBER = (
    rf"(?:[(（]\s*[\d{_CN_NUM}]{{1,3}}\s*[)）]"
    r"|\d{1,3}\s*[.．、:：]"
    rf"|(?:具体)?问题\s*[\d{_CN_NUM}]{{1,3}}\s*[.．、:：]?"
    rf"|第[\d{_CN_NUM}]{{1,3}}[项条个]\s*[、:：]?"
    rf"|[{_CN_NUM}]{{1,3}}\s*、"
    r"|\d\ufe0f?\u20e3)"
)
# A problem's line: its indentation, quote and list marker, then the icon before or after the number, then words.
_ICONED_RE = re.compile(
    rf"^(?P<lead>{_SP}*(?:>{_SP}*)*(?:[-*+•·]{_SP}+)?(?:\*\*)?)"
    rf"(?:(?P<pre>{_ICON}){_SP}*(?P<n1>{_NUMBER}(?:\*\*)?)|(?P<n2>{_NUMBER}(?:\*\*)?){_SP}*(?P<post>{_ICON}))"
    rf"{_SP}*(?P<rest>[^\s{STATUS_ICONS}][^\n]*?){_SP}*$"
)
_LEGEND_MIN = 2  # a legend explains two icons at least: one icon with words is a status stated in place (✅ 已完成)


def _icon_present(text: str) -> bool:
    """Whether the text holds a status icon (a find an icon: few notices hold any)."""
    for icon in STATUS_ICONS:  # noqa: SIM110 (a loop, not any(): asked of every notice)
        if icon in text:
            return True
    return False


def _legend(lines: list[str]) -> tuple[dict[str, str], set[int]]:
    """The icons a legend line explains by status words (icon -> words), and the legend lines' indices."""
    words: dict[str, str] = {}
    legend_lines: set[int] = set()
    for k, line in enumerate(lines):
        if not _icon_present(line):
            continue
        said: dict[str, str] = {}
        for m in _ENTRY_RE.finditer(line):
            entry = m["w"].strip("，,、")
            if classify_status(entry) is not None:
                said.setdefault(m["m"], entry)
        if len(said) >= _LEGEND_MIN:
            legend_lines.add(k)
            for icon, entry in said.items():
                words.setdefault(icon, entry)
    return words, legend_lines


def status_icons_read(text: str) -> str:
    """The text with each icon its legend explains, standing between a problem's number and its words, read as the
    legend's words in a bracket after the line (the number and words as printed); other text as printed."""
    if not _icon_present(text):
        return text
    lines = text.split("\n")
    words, legend_lines = _legend(lines)
    if not words:
        return text
    read = False
    for k, line in enumerate(lines):
        if k in legend_lines or not _icon_present(line) or (m := _ICONED_RE.match(line)) is None:
            continue
        icon = (m["pre"] or m["post"]).replace("\ufe0f", "")
        said = words.get(icon)
        if said is None or any(m["rest"].startswith(w[:2]) for w in words.values()):
            continue  # an icon no legend explains, or one before the status words themselves (1. ✅ 已完成整改)
        lines[k] = f"{m['lead']}{m['n1'] or m['n2']}{m['rest']}（{said}）"
        read = True
    return "\n".join(lines) if read else text
