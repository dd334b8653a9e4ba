"""Closing summaries that name the problems they except and give the rest a status (issue 19, left open by round
75): 除问题四、问题八外，其余问题均已整改到位 / 除第3、5个问题外，其余问题已全部完成整改 / 除(二)(五)两项正在推进外，
其余均已完成.
Each member is a whole small notice: its problems labelled in one of the genre's families, its closing summary naming
two of them in that family's way."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TITLES = ("理论学习不经常", "会议记录不完整", "财务报销手续不全", "网格员走访不到位", "后备干部培养不够")
_MEASURES = (
    "制定学习计划,每月集中学习1次。",
    "规范会议记录本。",
    "补齐签字手续。",
    "建立走访台账。",
    "建立后备干部人才库。",
)
_WORDS = "一二三四五"

# How each family prints its problems (n: 1…5) and how a closing summary names two of them (a, b: 2 and 4).
_FAMILIES = {
    "问题N": (lambda n: f"问题{n}:", ("问题{a}、问题{b}", "问题{a}、{b}")),
    "问题N in words": (lambda n: f"问题{_WORDS[n - 1]}:", ("问题{A}、问题{B}",)),
    "N.": (lambda n: f"{n}.", ("第{a}、{b}个问题", "{a}、{b}号问题")),
    "第N项": (lambda n: f"第{n}项:", ("第{a}项、第{b}项", "第{a}、{b}项")),
    "(N)": (lambda n: f"({n})", ("第({a})({b})项", "({a})({b})两项")),
    "(一) in words": (lambda n: f"({_WORDS[n - 1]})", ("第{A}、{B}个问题", "({A})({B})两项问题")),
}

# The exception, then the rest's clause with its status (None: the excepted are given none).
_PHRASINGS = (
    "除{named}外,其余问题{status}",
    "除{named}以外,其他问题{status}",
    "除了{named},剩余3个问题{status}",
    "除{named}之外,另外3个问题{status}",
    "除{named}外,{status}",
)
_STATUSES = {"done": "均已整改到位", "done_longterm": "均已完成整改并长期坚持", "in_progress": "均在持续推进整改"}


def _notice(family: str, closing: str) -> str:
    label = _FAMILIES[family][0]
    problems = "\n".join(
        f"{label(n)}{title}。\n整改情况:{measure}"
        for n, (title, measure) in enumerate(zip(_TITLES, _MEASURES, strict=True), 1)
    )
    return (
        "中共某某县某社区委员会关于县委巡察反馈问题整改情况的公示\n"
        "2024年3月11日至4月12日,县委第四巡察组对社区党委开展了巡察,共反馈问题5个。现将整改情况公示如下:\n"
        f"{problems}\n截至目前,{closing}。\n"
    )


def _named(family: str, form: int) -> str:
    return _FAMILIES[family][1][form].format(a=2, b=4, A=_WORDS[1], B=_WORDS[3])


_CASES = [
    (family, form, phrasing, status)
    for family, (_, forms) in _FAMILIES.items()
    for form in range(len(forms))
    for phrasing in _PHRASINGS
    for status in _STATUSES
]


@pytest.mark.parametrize(("family", "form", "phrasing", "status"), _CASES)
def test_the_rest_take_the_status_and_the_excepted_none(family: str, form: int, phrasing: str, status: str) -> None:
    closing = phrasing.format(named=_named(family, form), status=_STATUSES[status])
    notice = parse_notice(_notice(family, closing))
    assert [(i.status, i.status_source) for i in notice.items] == [
        ("unstated", "none") if n in (2, 4) else (status, "item") for n in range(1, 6)
    ]


# The excepted given a status of their own inside the exception (除(二)(五)两项正在推进外 / 除问题四正在整改外),
# counted or not, the rest named by a count after 另外 or by nothing: the excepted take their status, the rest theirs.
_OWN = (
    "除{named}正在推进外,另外3个问题均已整改到位",
    "除{named}两个问题正在整改以外,均已完成整改",
    "除了{named}尚在整改,另外3个均已整改到位",
)


@pytest.mark.parametrize(
    ("family", "form", "phrasing"),
    [(f, k, p) for f, (_, forms) in _FAMILIES.items() for k in range(len(forms)) for p in _OWN],
)
def test_the_excepted_take_the_status_the_exception_gives_them(family: str, form: int, phrasing: str) -> None:
    notice = parse_notice(_notice(family, phrasing.format(named=_named(family, form))))
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "in_progress", "done"]


# A count beside problems named with their status (5个问题中已整改到位3个,问题2、问题4正在整改): the named take their
# status, the others stay unstated (a count is no marker), and where the named and the count add up to the problems
# listed the count states the rest, so no claim is reported as differing from the body.
_COUNTED = (
    "5个问题中已整改到位3个,{named}正在整改",
    "已完成整改3个,{named}正在持续推进",
    "反馈的5个问题已整改完成3个,{named}两项正在推进",
)


@pytest.mark.parametrize(
    ("family", "form", "phrasing"),
    [(f, k, p) for f, (_, forms) in _FAMILIES.items() for k in range(len(forms)) for p in _COUNTED],
)
def test_a_count_beside_named_problems_states_the_rest(family: str, form: int, phrasing: str) -> None:
    notice = parse_notice(_notice(family, phrasing.format(named=_named(family, form))))
    assert [i.status for i in notice.items] == ["unstated", "in_progress", "unstated", "in_progress", "unstated"]
    assert (notice.claimed.completed, [w.code for w in notice.warnings]) == (3, [])


# The excepted counted by the notice's own totals (已完成整改3个,正在整改2个) and named nowhere with a status: the
# count states them in progress, but which ones only the exception says, so they stay unstated and are counted.
@pytest.mark.parametrize(("family", "form"), [(f, k) for f, (_, forms) in _FAMILIES.items() for k in range(len(forms))])
def test_excepted_problems_a_count_covers_stay_unstated_and_counted(family: str, form: int) -> None:
    closing = f"已完成整改3个,正在整改2个。除{_named(family, form)}外,其余问题均已整改到位"
    notice = parse_notice(_notice(family, closing))
    assert [i.status for i in notice.items] == ["done", "unstated", "done", "unstated", "done"]
    assert [w.code for w in notice.warnings] == []


# An area's lead or closing sentence excepting one of its problems (本方面3个问题中，除第2个问题外，其余均已完成整改 /
# 以上问题中，除第2项以外，其他问题均已整改到位): it speaks of all of them but one, so it is no status of the whole
# area; the area's own numbers name the excepted one.
_AREA_EXCEPTIONS = (
    "除第2个问题外,其余均已完成整改",
    "除第2项以外,其他问题均已整改到位",
    "除了第2个问题,其余问题已全部完成整改",
)


def _areas(lead: str | None, closing: str | None) -> str:
    text = (
        "中共某某县卫生健康局党组关于巡察整改情况的通报\n"
        "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县卫生健康局党组进行了巡察。现将巡察整改情况予以通报。\n"
    )
    for area, titles in (("(一)贯彻落实上级决策部署方面", _TITLES[:3]), ("(二)全面从严治党方面", _TITLES[2:])):
        text += area + "\n" + (f"{lead}\n" if lead else "")
        text += "".join(f"{k}.{title}。\n整改情况:开展检查{k}次。\n" for k, title in enumerate(titles, 1))
        text += f"{closing}\n" if closing else ""
    return text


@pytest.mark.parametrize("phrasing", _AREA_EXCEPTIONS)
@pytest.mark.parametrize("where", ["lead", "closing"])
def test_an_area_sentence_excepting_a_problem_states_the_others(phrasing: str, where: str) -> None:
    sentence = ("本方面3个问题中," if where == "lead" else "以上问题中,") + phrasing + "。"
    notice = parse_notice(_areas(sentence if where == "lead" else None, sentence if where == "closing" else None))
    assert [i.status for i in notice.items] == ["done", "unstated", "done"] * 2


# The exception printed after what it names, closed by 除外 (问题四、问题八除外，其余问题均已整改到位): read as 除…外.
_POSTFIX = (
    "{named}除外,其余问题{status}",
    "{named}除外,其他{status}",
    "{named}除外,{status}",
)


@pytest.mark.parametrize(
    ("family", "form", "phrasing", "status"),
    [
        (f, k, p, s)
        for f, (_, forms) in _FAMILIES.items()
        for k in range(len(forms))
        for p in _POSTFIX
        for s in ("done", "in_progress")
    ],
)
def test_an_exception_closed_by_chuwai_reads_as_chu_wai(family: str, form: int, phrasing: str, status: str) -> None:
    closing = phrasing.format(named=_named(family, form), status=_STATUSES[status])
    notice = parse_notice(_notice(family, closing))
    assert [(i.status, i.status_source) for i in notice.items] == [
        ("unstated", "none") if n in (2, 4) else (status, "item") for n in range(1, 6)
    ]
