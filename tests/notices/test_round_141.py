"""Round 141's class (issue 19): notices out of note apps in Markdown (飞书文档, 语雀, 腾讯文档, Notion, Obsidian, 钉钉
文档), a .md file or its text pasted with the marks left in. The marks shape the page and carry no words: a list
item's marker and its nesting, a quote's >, a task list's box, emphasis, links, escapes, <br>, rules and front
matter. The problems, their titles (no ** or #) and their statuses are those the rendered page shows. Members the
round's notices do not print: other list markers and labels before a problem, other emphasis around a status
(underscores, italics), tabs and 2-space nesting, boxes before labelled problems, quoted numbered headlines, escaped
brackets, and the .markdown suffix."""

from __future__ import annotations

import pytest

from notices import SUFFIXES, parse_bytes, parse_notice

_HEAD = (
    "# 中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n\n"
    "> 某局办公室 · 最后编辑于 2025-06-10\n\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对某局党组进行了巡察，2024年5月20日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n\n"
    "## 一、总体情况\n\n县委巡察反馈的2个问题，已完成整改1个，正在推进1个。\n\n"
    "## 二、问题整改情况\n\n"
)
_TAIL = (
    "\n## 三、下一步工作打算\n\n持续巩固整改成果。联系电话：0731-1234567。\n\n---\n\n"
    "中共某县某局党组\n\n2025年6月10日\n\n---\n\n*最后更新于 2025-06-10 18:02*\n\n**评论（1）**\n\n- 王某：已阅。\n"
)
_TITLES = ["基层党组织建设薄弱，组织生活不规范", "专项资金拨付滞后，部分项目资金闲置"]
_WANT = [("基层党组织建设薄弱,组织生活不规范", "done"), ("专项资金拨付滞后,部分项目资金闲置", "in_progress")]


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_notice(text).items]


# A problem's headline behind a list marker, a task box or a quote's >, its number or label in or out of the bold
# (the sub-items nested by 2 spaces, 4 spaces or a tab, behind any of the three bullets).
@pytest.mark.parametrize(
    ("headline", "labels"),
    [
        ("- **问题{cn}：{title}。**", ["问题一", "问题二"]),
        ("* [x] **{n}、{title}**", ["1", "2"]),
        ("> **{n}.** {title}。", ["1", "2"]),
        ("+ {n}\\. {title}。", ["1", "2"]),
        ("- [ ] 问题{n}：**{title}**", ["问题1", "问题2"]),
        ("{n}. __{title}。__", ["1", "2"]),
    ],
)
@pytest.mark.parametrize(("indent", "bullet"), [("  ", "-"), ("    ", "*"), ("\t", "+")])
def test_a_problem_behind_markdown_marks_is_read_with_its_status(
    headline: str, labels: list[str], indent: str, bullet: str
) -> None:
    statuses = ["已完成整改。修订组织生活制度。", "正在推进。剩余资金正在办理拨付手续。"]
    body = "".join(
        headline.format(n=n, cn="一二"[n - 1], title=title)
        + f"\n{indent}{bullet} 整改措施：逐项落实。\n{indent}{bullet} 整改情况：{status}\n\n"
        for n, (title, status) in enumerate(zip(_TITLES, statuses, strict=True), 1)
    )
    got = _read(_HEAD + body + _TAIL)
    assert got == [(label, title, status) for label, (title, status) in zip(labels, _WANT, strict=True)]


# The status in emphasis (bold, italics, in asterisks or underscores) or cut from its facts by <br>.
@pytest.mark.parametrize(
    ("done", "progress"),
    [
        ("*已完成整改。* 修订制度2项。", "*正在推进。* 剩余资金正在办理拨付手续。"),
        ("_已完成整改。_ 修订制度2项。", "_正在推进。_ 剩余资金正在办理拨付手续。"),
        ("__已完成整改__<br/>修订制度2项。", "__正在推进__<br/>剩余资金正在办理拨付手续。"),
        ("***已完成整改。***<BR>修订制度2项。", "***正在推进。***<BR>剩余资金正在办理拨付手续。"),
    ],
)
def test_a_status_in_emphasis_is_the_problem_s(done: str, progress: str) -> None:
    body = "".join(
        f"{n}. **{title}。**\n   * 整改措施：逐项落实。\n   * 整改进展：{status}\n"
        for n, (title, status) in enumerate(zip(_TITLES, (done, progress), strict=True), 1)
    )
    assert [(t, s) for _, t, s in _read(_HEAD + body + _TAIL)] == _WANT


# A task list of measures under each problem (- [x] / - [ ] a measure's done-mark) lists no problems, and the title
# keeps an escaped bracket or asterisk as its words.
@pytest.mark.parametrize("box", ["[x]", "[X]", "[ ]"])
def test_measures_in_a_task_list_are_no_problems(box: str) -> None:
    body = "".join(
        f"{n}\\. **{title}\\[附件{n}\\]**\n    - 整改措施：\n"
        f"        - {box} 制定工作方案\n        - {box} 开展专项检查\n    - 整改情况：{status}\n\n"
        for n, (title, status) in enumerate(zip(_TITLES, ("已完成整改。", "正在推进。"), strict=True), 1)
    )
    got = _read(_HEAD + body + _TAIL)
    assert [(t, s) for _, t, s in got] == [(f"{t}[附件{n}]", s) for n, (t, s) in enumerate(_WANT, 1)]


# A note app's Markdown file is a notice the bot takes, read through the notices' own entry point; the signature's
# date under the app's rules and furniture is the notice's.
@pytest.mark.parametrize("name", ["整改通报.md", "整改通报.markdown", "NOTICE.MD"])
def test_a_markdown_file_is_read_as_a_notice(name: str) -> None:
    body = "".join(
        f"- [x] **{n}. {title}**\n  - 整改情况：{status}\n"
        for n, (title, status) in enumerate(zip(_TITLES, ("已完成整改。", "正在推进。"), strict=True), 1)
    )
    front = "---\ntitle: 整改通报\nupdated: 2025-06-11 09:00\n---\n\n"
    assert name[name.rindex(".") :].lower() in SUFFIXES
    notice = parse_bytes((front + _HEAD + body + _TAIL).encode("utf-8"), name)
    assert [(i.title, i.status) for i in notice.items] == _WANT
    assert (notice.signed, notice.claimed.problems) == ("2025-06-10", 2)


# A task list's box before a problem whose lines state no status is its status: the ticked box 已完成, either box
# the words a legend gives it; without a legend the unticked box says nothing.
@pytest.mark.parametrize(
    ("legend", "headline", "want"),
    [
        ("", "- [x] {n}、{title}", ["done", "unstated"]),
        ("", "* [X] **问题{cn}：{title}**", ["done", "unstated"]),
        ("> 注：[x] 代表已整改到位，[ ] 代表正在整改。\n\n", "+ [x] **{n}. {title}**", ["done", "in_progress"]),
        (
            "说明：`[ ]` 为持续推进，`[x]` 为已完成并长期坚持。\n\n",
            "- [x] 问题{n}：{title}",
            ["done_longterm", "in_progress"],
        ),
    ],
)
def test_a_problem_s_task_box_is_its_status_where_its_lines_state_none(
    legend: str, headline: str, want: list[str]
) -> None:
    lines = [headline.format(n=n, cn="一二"[n - 1], title=_TITLES[n - 1]) for n in (1, 2)]
    lines[1] = lines[1].replace("[x]", "[ ]").replace("[X]", "[ ]")
    body = legend + "".join(f"{line}\n  - 整改措施：逐项落实。\n" for line in lines)
    text = _HEAD.replace("已完成整改1个，正在推进1个", "已完成整改1个") + body + _TAIL
    assert [(t, s) for _, t, s in _read(text)] == [(t, s) for (t, _), s in zip(_WANT, want, strict=True)]
