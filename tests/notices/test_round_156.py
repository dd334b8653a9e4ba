"""Round 156's class (issue 19 point 2): problems with numbered manifestations, the level decided by evidence. A
problem's headline is followed by its facts (具体表现) numbered ①②③ / (1)(2) / 1) 2), each a line alone, then one set
of measures and one status for the problem: the facts are its description, never problems, however they read as
shortcomings; the problem is the finest level with its own rectification text (gold README). The round's notices
print the facts under a line 具体表现： beneath an aspect, or as 存在问题 fields; these are the members they do not
print: the problems straight under the part (no aspect heading), headed 1. or (一), the facts announced in other words
(主要表现在：, 具体表现为：, 表现为：, at the headline's close or on a line alone) or not announced at all, and numbered
in other families ((1), 1), ⑴, a., ❶)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "截至2024年10月31日，反馈的3个问题中，已完成整改2个，正在整改1个。\n"
    "二、巡察反馈问题整改情况\n"
)
_TAIL = (
    "三、下一步工作打算\n我们将持续巩固整改成果。\n欢迎监督。联系电话：0731-1234567。\n"
    "中共某县某局党组\n2024年11月10日\n"
)

_PROBLEMS = [
    (
        "落实立德树人根本任务不够到位",
        ["部分学校思政课专职教师配备不足", "课后服务内容单一"],
        "已完成整改。新招聘教师14名。",
    ),
    (
        "教育经费管理使用不规范",
        ["部分学校公用经费支出超范围", "资助对象认定不精准", "食堂伙食费结余较多"],
        "正在整改。专项审计工作正在进行中。",
    ),
    ("基层党组织建设薄弱", ["“三会一课”记录不规范", "议事规则不健全"], "已完成整改，并长期坚持。将常态化开展督导。"),
]
_WANT = [
    ("落实立德树人根本任务不够到位", "done"),
    ("教育经费管理使用不规范", "in_progress"),
    ("基层党组织建设薄弱", "done_longterm"),
]
_CN = "一二三"


def _notice(heading: str, announce: str, number: str, inline: bool = False) -> str:
    """The three problems, each headed by `heading` (formatted with n and 一二三), its facts announced by `announce`
    (on a line alone, or at the headline's close when inline; none when empty) and numbered by `number`, a family's
    first three numbers (（1）（2）（3）)."""
    marks = number.split()
    body = ""
    for n, (title, facts, status) in enumerate(_PROBLEMS, 1):
        head = heading.format(n=n, cn=_CN[n - 1], t=title)
        if inline:
            body += f"{head}，{announce}\n"
        else:
            body += f"{head}。\n" + (f"{announce}\n" if announce else "")
        body += "".join(f"{marks[k]}{fact}；\n" for k, fact in enumerate(facts))
        body += f"整改措施：一是修订制度；二是开展专项检查。\n整改进展：{status}\n"
    return _HEAD + body + _TAIL


def _read(text: str) -> tuple[list[tuple[str, str]], int | None]:
    notice = parse_notice(text)
    return [(i.title, i.status) for i in notice.items], notice.claimed.problems


# Facts announced on a line of their own, in the genre's other words, numbered in other families, under problems
# straight below the part (1. or (一)): the announcement says the points are the problem's description.
@pytest.mark.parametrize(
    ("heading", "announce", "number"),
    [
        ("{n}.{t}", "主要表现：", "（1） （2） （3）"),
        ("{n}.{t}", "具体表现为：", "1） 2） 3）"),
        ("{n}、{t}", "表现在：", "⑴ ⑵ ⑶"),
        ("（{cn}）{t}", "具体表现：", "1. 2. 3."),
        ("（{cn}）{t}", "主要表现在：", "① ② ③"),
        ("({cn}){t}", "问题具体表现：", "(1) (2) (3)"),
    ],
)
def test_facts_announced_on_a_line_are_the_problem_s_description(heading: str, announce: str, number: str) -> None:
    items, claimed = _read(_notice(heading, announce, number))
    assert items == _WANT
    assert claimed == len(items)


# The headline closing on the announcement (…不够到位，主要表现在：) before its numbered facts.
@pytest.mark.parametrize("announce", ["主要表现在：", "具体表现为：", "表现为：", "具体表现如下："])
@pytest.mark.parametrize("number", ["（1） （2） （3）", "① ② ③", "a. b. c."])
def test_facts_announced_at_the_headline_s_close(announce: str, number: str) -> None:
    items, _ = _read(_notice("{n}.{t}", announce, number, inline=True))
    assert items == _WANT


# No announcement: a headline stating one shortcoming, its facts each a line alone right below it, then its fields.
@pytest.mark.parametrize("heading", ["{n}.{t}", "（{cn}）{t}"])
@pytest.mark.parametrize("number", ["（1） （2） （3）", "① ② ③", "1） 2） 3）", "❶ ❷ ❸"])
def test_facts_right_under_the_headline_before_its_fields(heading: str, number: str) -> None:
    items, claimed = _read(_notice(heading, "", number))
    assert items == _WANT
    assert claimed == 3


# Problems numbered 1. 2. 3., each listing its facts under 存在问题： (or 具体表现：) and its measures under
# 整改措施： in the problems' own numbering 1. 2. (3.), or in one paragraph: a list a field's name announces restarts
# the numbering, and the next problem, its fields begun again, is no point of the list before it however its number
# follows on.
_TWO, _THREE = ["修订制度", "开展专项检查"], ["修订制度", "开展专项检查", "建立工作台账"]


@pytest.mark.parametrize(
    ("facts", "measures"),
    [
        ("存在问题：", _TWO),
        ("存在问题：", _THREE),
        ("存在问题：", []),
        ("具体表现：", _TWO),
        ("具体表现：", _THREE),
        ("具体表现：", []),
        ("", _TWO),
        ("", _THREE),
    ],
)
def test_lists_under_field_names_in_the_problems_own_numbering(facts: str, measures: list[str]) -> None:
    body = ""
    for n, (title, points, status) in enumerate(_PROBLEMS, 1):
        body += f"{n}.{title}。\n"
        if facts:
            body += facts + "\n" + "".join(f"{k}.{p}；\n" for k, p in enumerate(points, 1))
        if measures:
            body += "整改措施：\n" + "".join(f"{k}.{m}；\n" for k, m in enumerate(measures, 1))
        else:  # the measures in one paragraph: the facts are the only list
            body += "整改措施：一是修订制度；二是开展专项检查。\n"
        body += f"整改进展：{status}\n"
    items, claimed = _read(_HEAD + body + _TAIL)
    assert items == _WANT
    assert claimed == 3
