"""Round 159's class (issue 19): one body's notice that lists only part of its problems and says so. Where the part
listed is exactly the problems its counts leave open (共反馈问题N个，已完成整改D个，正在推进M个 over the M, the done
ones 不再逐一列出 or summarised by count), the body still lists fewer than the notice's own count: the user hears that
it claims N and lists M, and D done with none listed (issue 19 point 6), as for any part listed. Only a report on a
round's units naming no one body (round 15) counts a round's problems it does not list. Members the round's notices
do not print: other count wordings (未销号, 尚未完成, 持续整改, 项), other numberings and status forms, the open ones
counted before the done ones, a sentence saying the done ones are left out or none."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，2024年5月20日反馈了巡察意见。\n"
)
_TAIL = (
    "\n三、下一步工作打算\n局党组将持续抓好整改。\n"
    "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年12月10日\n"
)

_PROBLEMS = (
    "基层党组织建设薄弱，组织生活不规范",
    "专项资金拨付滞后，部分项目资金闲置",
    "干部队伍结构老化，专业人才储备不足",
)


def _warnings(counts: str, lead: str, problems: str) -> tuple[list[str], list[str]]:
    notice = parse_notice(
        _HEAD + "一、总体情况\n" + counts + lead + "\n二、正在推进的问题整改情况\n" + problems + _TAIL
    )
    return [i.status for i in notice.items], [str(w) for w in notice.warnings]


def _open_list(numbering: str, status: str) -> str:
    """Three open problems numbered and marked in one form; {n} the number, {t} the problem."""
    return "".join(numbering.format(n=n, t=t) + status + "\n" for n, t in enumerate(_PROBLEMS, 1))


_WANT = [
    "the notice claims 10 specific problems but lists 3",
    "the notice says 10 problems; 3 were recognised: check it against the text",
    "the notice claims 7 problems completed but lists 0",
]


# The counts in the genre's words: the done ones and the open ones in any order, in 个 or 项, 未销号 / 尚未完成 /
# 持续整改 / 还有…正在推进 for the open ones.
@pytest.mark.parametrize(
    "counts",
    [
        "巡察反馈问题10个，截至2024年11月30日，已完成整改7个，尚未完成3个。",
        "反馈的10个问题中，已整改销号7个，未销号3个。",
        "巡察反馈的10个问题，目前已完成7个，还有3个正在推进。",
        "县委第一巡察组反馈问题10项，已完成整改7项，持续整改3项。",
        "巡察反馈问题共10个，其中正在推进3个，已完成整改7个。",
    ],
)
def test_the_open_ones_alone_listed_fall_short_of_the_count(counts: str) -> None:
    problems = _open_list("{n}.{t}。\n整改措施：制定整改方案，明确责任。\n", "整改进展：正在推进。")
    statuses, warnings = _warnings(counts, "", problems)
    assert statuses == ["in_progress"] * 3
    assert warnings == _WANT


# The sentence saying the done ones are left out, in other words or none at all: the list is still short of the count.
@pytest.mark.parametrize(
    "lead",
    [
        "已完成整改的问题不再列出，现将尚未完成的问题通报如下。",
        "已整改到位的7个问题已在前期公示，此处从略。",
        "已销号问题不再逐项公布。",
        "",
    ],
)
def test_the_done_ones_said_left_out_or_not(lead: str) -> None:
    counts = "巡察反馈问题10个，已完成整改7个，正在推进3个。"
    problems = _open_list("{n}.{t}。\n整改措施：制定整改方案，明确责任。\n", "整改进展：正在推进。")
    assert _warnings(counts, lead, problems) == (["in_progress"] * 3, _WANT)


# The open problems in other numberings and status forms: a closing bracket, a 整改状态 field, a closing sentence,
# a 完成情况 field of a negation.
@pytest.mark.parametrize(
    ("numbering", "status"),
    [
        ("（{n}）{t}（正在推进）。\n", "整改措施：制定整改方案，明确责任。"),
        ("问题{n}：{t}。\n整改措施：制定整改方案，明确责任。\n", "整改状态：持续推进。"),
        ("{n}、{t}。\n", "制定整改方案，明确责任。目前，该问题正在整改中。"),
        ("问题{n}：{t}。\n整改措施：制定整改方案，明确责任。\n", "完成情况：未完成，持续推进。"),
    ],
)
def test_in_any_numbering_and_status_form(numbering: str, status: str) -> None:
    counts = "巡察反馈问题10个，已完成整改7个，正在推进3个。"
    assert _warnings(counts, "", _open_list(numbering, status)) == (["in_progress"] * 3, _WANT)
