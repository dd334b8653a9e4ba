"""Round 161's class (issue 19): notices grouped by status sections (已完成整改的问题 / 需长期坚持的问题 /
正在整改的问题) whose kept-up problems also close on their own sentence stating them done and kept up
(该问题已完成整改，将长期坚持。: a county hospital's print view, 甘肃). The problem's own statement, agreeing with
its heading, is its status's source (round 103's convention), as a marker in its headline is; a bare echo of the
keeping up (…,此项工作长期坚持。) is not (round 52) and leaves the heading's. Members the round's notices do not
print: other kept-up headings, other numbering, other sentences stating done and kept up (other subjects, done words,
keeping-up words, a time word before them)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某中学委员会关于县委巡察反馈意见整改进展情况的通报\n"
    "按照县委统一部署，2025年3月10日至5月9日，县委第二巡察组对某中学党委开展了巡察，2025年6月18日反馈了巡察意见。"
    "现将整改进展情况予以公布。\n"
    "一、总体情况\n"
    "巡察反馈的4个问题，已完成整改3个，其中需长期坚持的2个；正在整改1个。\n"
    "二、整改落实情况\n"
)
_TAIL = (
    "三、下一步工作打算\n持续巩固整改成果。\n欢迎监督。联系电话：0000-1234567。\n中共某县某中学委员会\n2025年11月20日\n"
)


def _notice(kept_heading: str, sentences: tuple[str, str], numbers: tuple[str, str]) -> str:
    first, second = numbers
    return (
        _HEAD
        + "（一）已完成整改的问题\n"
        + f"{first}校园食堂管理不规范，食材进货查验记录不全。\n整改情况：建立食材进货查验台账，实行每日公示。\n"
        + f"{kept_heading}\n"
        + f"{first}落实中央八项规定精神不严格，存在违规发放福利问题。\n"
        + f"整改情况：清退违规发放的福利，修订福利发放管理办法。{sentences[0]}\n"
        + f"{second}师德师风建设抓得不实，存在有偿补课现象。\n"
        + f"整改情况：开展有偿补课专项整治，签订师德承诺书。{sentences[1]}\n"
        + "（三）正在整改的问题\n"
        + f"{first}教学楼维修改造滞后。\n整改情况：维修工程正在施工，预计2026年春季开学前完工。\n"
        + _TAIL
    )


@pytest.mark.parametrize(
    "kept_heading",
    ["（二）需长期坚持的问题", "（二）已完成并需长期坚持的问题", "（二）已完成整改、需长期坚持的问题（2个）"],
)
@pytest.mark.parametrize(
    "sentences",
    [
        ("此问题已整改到位，并将长期坚持。", "该项问题已整改完毕，需长期坚持。"),
        ("目前，该问题已完成整改，今后将常态化推进。", "该问题已销号，长期坚持。"),
        ("截至目前，已全部整改完成，将持续坚持。", "目前已整改到位，并长期坚持。"),
    ],
)
@pytest.mark.parametrize("numbers", [("1.", "2."), ("（1）", "（2）"), ("1、", "2、")])
def test_a_kept_up_problem_stating_its_own_status_is_its_source(
    kept_heading: str, sentences: tuple[str, str], numbers: tuple[str, str]
) -> None:
    notice = parse_notice(_notice(kept_heading, sentences, numbers))
    assert [i.status for i in notice.items] == ["done", "done_longterm", "done_longterm", "in_progress"]
    assert [i.status_source for i in notice.items] == ["section", "item", "item", "section"]
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (4, 3, 1)
