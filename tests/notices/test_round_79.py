"""Round 79's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.model import Status

_OPENING = (
    "中共某某县统计局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县统计局党组进行了巡察。现将巡察整改进展情况予以通报。\n"
    "二、巡察反馈问题整改情况\n"
)
_LISTED = (
    _OPENING + "1.统计数据质量核查不严。\n整改措施:修订数据质量核查制度,开展抽查2次。\n"
    "2.统计执法检查覆盖不全。\n整改措施:制定执法检查计划,开展执法检查。\n"
    "3.统计档案管理不规范。\n整改措施:补齐档案资料,修订档案管理办法。\n"
    "三、整改推进情况\n{closing}\n"
    "中共某某县统计局党组\n2024年9月30日\n"
)


def _statuses(text: str) -> list[Status]:
    return [i.status for i in parse_notice(text).items]


# A closing list may set its problems' numbers apart from their status by a comma, as a notice sorting its problems
# into the genre's classes writes it (立行立改的问题…，已全部整改到位); a class kept up long-term may take a second
# clause for its status (…，已建立长效机制，将长期坚持).
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("问题1、3，均已整改到位;问题2正在推进。", ["done", "in_progress", "done"]),
        ("立行立改类问题1、2，目前已完成整改;限期整改类问题3正在推进。", ["done", "done", "in_progress"]),
        ("问题1已完成整改;第2、3项，正在按计划推进。", ["done", "in_progress", "in_progress"]),
        ("问题1、2已完成整改;长期坚持类问题3，已出台管理制度，持续坚持抓好落实。", ["done", "done", "done_longterm"]),
    ],
)
def test_a_closing_list_sets_its_status_after_a_comma(closing: str, statuses: list[Status]) -> None:
    assert _statuses(_LISTED.format(closing=closing)) == statuses


# A number a closing sentence names again to explain it, with the same status, agrees with the list: the problem
# keeps its status (with two statuses the list contradicts itself and the number is left out).
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("问题1、2已完成整改;问题3正在推进，问题3的档案数字化正在推进。", ["done", "done", "in_progress"]),
        ("第1项、第3项已整改到位，其中第3项已于6月整改到位;第2项正在推进。", ["done", "in_progress", "done"]),
    ],
)
def test_a_number_named_again_with_its_status_keeps_it(closing: str, statuses: list[Status]) -> None:
    assert _statuses(_LISTED.format(closing=closing)) == statuses


# A ledger's closing still awaited (待销账, 待办结) is work in progress, as 未销号 is.
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("问题1、2已销号;问题3待办结。", ["done", "done", "in_progress"]),
        ("第1项、第3项已销账;第2项待销账。", ["done", "in_progress", "done"]),
    ],
)
def test_a_closing_still_awaited_is_in_progress(closing: str, statuses: list[Status]) -> None:
    assert _statuses(_LISTED.format(closing=closing)) == statuses


_PROSE = (
    _OPENING + "(一)贯彻落实上级决策部署方面\n"
    "问题一:统计数据质量核查不严。\n整改情况:修订数据质量核查制度,开展抽查2次,核查数据1200条。{first}\n"
    "问题二:统计执法检查覆盖不全。\n整改情况:制定执法检查计划,开展执法检查。该问题已整改到位。\n"
    "中共某某县统计局党组\n2024年9月30日\n"
)


# A status said inside the rectification prose: work still owed, the problem named in its own words (…问题仍需持续
# 努力, …问题还需持续发力), is in progress; work done and taken into the routine (并纳入常态化监管) is kept up, as
# 转入常态化 is.
@pytest.mark.parametrize(
    ("first", "status"),
    [
        ("目前核查覆盖率已达到85%,但数据质量问题还需持续发力。", "in_progress"),
        ("目前核查覆盖率已达到85%,但数据质量问题仍需持续努力。", "in_progress"),
        ("目前核查覆盖率已达到85%,但数据质量问题仍需继续发力。", "in_progress"),
        ("该问题已整改到位,并纳入常态化监管。", "done_longterm"),
        ("该问题已完成整改,列入常态化管理,每季度开展一次抽查。", "done_longterm"),
    ],
)
def test_a_status_inside_the_prose(first: str, status: Status) -> None:
    assert _statuses(_PROSE.format(first=first)) == [status, "done"]
