"""Round 132's class (issue 19): county-level notices under a 县委/区委巡察 (a township 党委, a street 党工委, a county
department 党组, a county company's 党支部) as county portals publish them. Some group their problems under status
parts (已完成整改的问题 / 正在整改的问题) rather than aspects. Members the round's notices do not print: a done part
whose heading joins the mechanism set up to keep the result (已完成并建立长效机制的问题, 已整改到位并健全长效机制的
事项, 已完成整改、形成长效机制的问题) to its done words — the framing part's words (长效机制) in a part that lists
problems. Its problems are listed, and done, as a problem's own 已整改到位，并建立长效机制 is. And the counts a
township states with the schedule's word in its other order (剩余1个正在按时序推进, beside 按序时): open problems."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某镇党委关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2025年3月10日至5月9日，县委第二巡察组对我镇党委开展了常规巡察，并于6月18日反馈了巡察意见。"
    "现将整改进展情况公布如下。\n"
)
_TAIL = "欢迎监督。联系电话：0737-1234567。\n中共某县某镇党委\n2025年11月6日\n"
_TITLES = ["学习贯彻党的二十大精神不够深入", "村级财务管理不规范", "基层党组织建设薄弱", "公务接待管理不严格"]


def _notice(done: str, kept: str, open_: str) -> str:
    return (
        f"{_HEAD}{done}\n1.{_TITLES[0]}。\n整改情况：修订学习制度，开展专题研讨。\n"
        f"2.{_TITLES[1]}。\n整改情况：全面审核票据，开展培训。\n"
        f"{kept}\n3.{_TITLES[2]}。\n整改情况：统一记录本，每月抽查。\n"
        f"{open_}\n4.{_TITLES[3]}。\n整改情况：修订接待办法，相关制度正在征求意见。\n{_TAIL}"
    )


# A done part whose heading sets up the mechanism keeping the result (建立/健全/形成/完善…长效(工作)机制) between its
# done words and its noun: its problems are listed, done.
@pytest.mark.parametrize(
    ("done", "kept", "open_"),
    [
        ("一、立行立改已完成的问题", "二、已完成并建立长效机制的问题", "三、尚未完成整改的问题"),
        ("（一）已完成整改的问题（2个）", "（二）已整改到位并健全长效机制的事项（1个）", "（三）正在整改的问题（1个）"),
        ("一、已销号的问题", "二、已完成整改、形成长效机制的问题", "三、正在推进的问题"),
        ("一、已办结的事项", "二、已整改完毕并建立健全长效工作机制的事项", "三、未完成的事项"),
        ("一、已完成整改的任务", "二、已完成，完善长效管理机制的任务", "三、需继续整改的任务"),
    ],
)
def test_a_done_part_setting_up_its_mechanism_lists_done_problems(done: str, kept: str, open_: str) -> None:
    notice = parse_notice(_notice(done, kept, open_))
    assert [item.title for item in notice.items] == _TITLES
    assert [item.status for item in notice.items] == ["done", "done", "done", "in_progress"]
    assert notice.items[2].status_source == "section"


def _counted(claim: str) -> str:
    return (
        f"{_HEAD}二、整改落实情况\n{claim}\n（一）贯彻落实上级决策部署方面\n"
        f"1.{_TITLES[0]}。\n整改措施：修订学习制度，开展专题研讨。\n整改进展：已完成。\n"
        f"2.{_TITLES[1]}。\n整改措施：全面审核票据，开展培训。\n整改进展：已完成。\n"
        f"3.{_TITLES[2]}。\n整改措施：统一记录本，每月抽查，2个村正在补充完善。\n整改进展：正在推进。\n{_TAIL}"
    )


# The schedule's word in its other order (按时序 beside 按序时): a count of the problems pushed on by it counts open
# problems, as 按序时推进 does.
@pytest.mark.parametrize(
    "claim",
    [
        "巡察反馈问题3个，已完成整改2个，剩余1个正在按时序推进。",
        "反馈的3个问题中，已完成整改2个，按时序推进1个。",
        "共反馈问题3个，已整改到位2个，1个问题正在按时序推进。",
    ],
)
def test_a_count_pushed_on_by_the_schedule_is_open(claim: str) -> None:
    claimed = parse_notice(_counted(claim)).claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (3, 2, 1)
