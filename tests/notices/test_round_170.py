"""Round 170's class (issue 19): a problem's status shown by an icon its notice's legend explains, as notices typed
in a Markdown editor, pasted out of a note app or rewritten by a chat tool show it: an emoji set between a problem's
number and its words (* （1）✅ <problem> / - ⏳ 2. <problem>), and one legend line saying what each icon means
without a verb (图例：✅ 已完成整改　🔄 已完成整改，需长期坚持　⏳ 正在推进). Members the round's notices do
not print: other icons (coloured circles and squares, hourglasses, works signs, crosses, infinity), the icon before
the number, other numberings (1、 / 1. / 问题1： / 第1项 / (1)), legends with a verb or a colon and set after the
list, and plain text that is no Markdown. With them, a pipe table typed with a Chinese input method, its delimiter
row's colons full-width (|：---：|), one table under each area."""

from __future__ import annotations

import unicodedata

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年3月3日至4月30日，县委第一巡察组对县某局党组开展了巡察，2025年6月5日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n"
    "一、整改工作总体情况\n"
    "针对反馈的3个问题，已完成整改2个（其中需长期坚持1个），正在推进1个。\n"
    "二、具体问题整改情况\n"
)
_TAIL = "三、下一步工作打算\n持续抓好整改。\n欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年9月10日\n"
_TITLES = (
    "基层党组织建设薄弱，组织生活不规范",
    "专项资金拨付滞后，部分项目资金闲置",
    "干部教育培训针对性不强",
)
_MEASURES = "整改措施：修订制度，开展专项检查。\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.status) for i in parse_notice(text).items]


def _notice(legend: str, lines: list[str], *, legend_after: bool = False) -> str:
    body = "".join(f"{line}\n{_MEASURES}" for line in lines)
    return _HEAD + (body + legend + "\n" if legend_after else legend + "\n" + body) + _TAIL


_WANT = [
    (unicodedata.normalize("NFKC", t), s)
    for t, s in zip(_TITLES, ("done", "in_progress", "done_longterm"), strict=True)
]


# Icons of other kinds, each legend in the form a chat tool or a note app prints it (a colon, a verb, a bar)
@pytest.mark.parametrize(
    ("legend", "marks"),
    [
        ("状态说明：🟢 已完成整改 🟡 正在推进 🔵 已完成，长期坚持", ("🟢", "🟡", "🔵")),
        ("图例：☑️ 已完成　⌛ 整改中　♾️ 已完成并长期坚持", ("☑️", "⌛", "♾️")),
        ("> 注：🟩为已完成整改；🟧为正在推进；🔁为已完成整改、需长期坚持", ("🟩", "🟧", "🔁")),
        ("说明：✔️ 已整改到位 ｜ 🚧 推进中 ｜ ♻️ 已整改，长期坚持", ("✔️", "🚧", "♻️")),
        ("图例：✅ 已完成　❌ 未完成，正在推进　♾ 已完成并长期坚持", ("✅", "❌", "♾")),
    ],
)
def test_an_icon_its_legend_explains_is_the_problem_s_status(legend: str, marks: tuple[str, str, str]) -> None:
    lines = [f"{n}.{mark} {title}。" for n, (mark, title) in enumerate(zip(marks, _TITLES, strict=True), 1)]
    assert _read(_notice(legend, lines)) == _WANT


# Other numberings, and the icon before the number (- ✅ 1. …), in Markdown lists or plain lines
@pytest.mark.parametrize(
    "line",
    [
        "{n}、{icon} {title}。",
        "- {icon} {n}. {title}。",
        "* **问题{n}**：{icon} {title}。",
        "问题{n}：{icon}{title}。",
        "{icon} 第{n}项：{title}。",
        "  - ({n}){icon} {title}",
        "> {icon} **{n}．{title}。**",
    ],
)
def test_the_icon_stands_before_or_after_any_numbering(line: str) -> None:
    legend = "> 图例：✅ 已完成整改　⏳ 正在推进　🔄 已完成整改，需长期坚持"
    lines = [line.format(n=n, icon=icon, title=t) for n, (icon, t) in enumerate(zip("✅⏳🔄", _TITLES, strict=True), 1)]
    assert _read(_notice(legend, lines)) == _WANT


# A legend printed after the list (a note at the foot of the section) explains the icons above it as well
def test_a_legend_after_the_list_explains_the_icons_above_it() -> None:
    lines = [f"{n}.{icon} {t}。" for n, (icon, t) in enumerate(zip("🟢🔴🔵", _TITLES, strict=True), 1)]
    legend = "注：🟢表示已完成整改，🔴表示正在推进，🔵表示已完成并长期坚持。"
    assert _read(_notice(legend, lines, legend_after=True)) == _WANT


# A Markdown table typed with a Chinese input method: its delimiter row's alignment colons full-width (|：---：|), as
# the method types a sentence's ：; the row is the table's rule, no problem, where a table stands under each area
@pytest.mark.parametrize("rule", ["|：---：|：---|：---：|", "| ：--- | ---： | ：---： |", "|---|：--|--：|"])
@pytest.mark.parametrize("heading", ["### （{cn}）{area}方面", "**（{cn}）{area}方面**", "（{cn}）{area}方面"])
def test_a_delimiter_row_with_full_width_colons_is_the_table_s_rule(rule: str, heading: str) -> None:
    statuses = ("已完成", "正在推进", "已完成，长期坚持")
    rows = [f"| {n} | {t} | {s} |\n" for n, (t, s) in enumerate(zip(_TITLES, statuses, strict=True), 1)]
    header = "| 序号 | 问题 | 整改状态 |\n" + rule + "\n"
    body = (
        heading.format(cn="一", area="党的建设")
        + "\n"
        + header
        + "".join(rows[:2])
        + heading.format(cn="二", area="作风建设")
        + "\n"
        + header
        + rows[2]
    )
    assert _read(_HEAD + body + _TAIL) == _WANT
