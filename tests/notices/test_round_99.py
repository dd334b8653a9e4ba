"""Round 99's classes (issue 19): WeChat official-account articles as the bot fetches them, each class with members
the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_bytes, parse_notice
from notices.header import read_claims

_OPENING = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。现将整改进展情况通报如下。\n"
)
_SIGNATURE = "中共某县某局党组\n2024年10月9日\n"
_PROBLEMS = [
    ("政府采购管理不规范", "修订采购管理办法，已完成。"),
    ("公务用车管理不严", "建立用车登记制度，已完成。"),
    ("固定资产账实不符", "开展资产清查，已完成。"),
]


# Keycap emoji number a post's problems in place of 1、: a digit, U+FE0F (often lost) and U+20E3, or the one glyph 🔟.
@pytest.mark.parametrize(
    ("keys", "labels"),
    [
        (["5\ufe0f\u20e3", "6\ufe0f\u20e3", "7\ufe0f\u20e3"], ["5", "6", "7"]),
        (["1\u20e3", "2\u20e3", "3\u20e3"], ["1", "2", "3"]),  # the selector lost
        (["8\ufe0f\u20e3", "9\ufe0f\u20e3", "\U0001f51f"], ["8", "9", "10"]),  # 🔟 for ten
        (
            ["1\ufe0f\u20e31\ufe0f\u20e3", "1\ufe0f\u20e32\ufe0f\u20e3", "1\ufe0f\u20e33\ufe0f\u20e3"],
            ["11", "12", "13"],
        ),
    ],
)
def test_keycap_emoji_number_the_problems(keys: list[str], labels: list[str]) -> None:
    body = "".join(
        f"{key}{problem}。\n整改情况：{measure}\n" for key, (problem, measure) in zip(keys, _PROBLEMS, strict=True)
    )
    notice = parse_notice(_OPENING + body + _SIGNATURE)
    assert [(i.label, i.title) for i in notice.items] == [
        (label, problem) for label, (problem, _) in zip(labels, _PROBLEMS, strict=True)
    ]


# A badge (01 in a square, 3 in a circle, PART 02) prints its number on a line of its own above the heading or the
# problem it numbers: zero-padded it is an aspect's or a part's, plain a problem's; PART makes the run parts.
@pytest.mark.parametrize(
    "names",
    [
        ["落实全面从严治党主体责任方面", "加强干部队伍建设方面", "巡察整改和成果运用方面"],
        ["贯彻落实党的理论和路线方针政策方面", "落实新时代党的组织路线方面", "落实中央八项规定精神方面"],
    ],
)
def test_a_zero_padded_badge_numbers_an_aspect(names: list[str]) -> None:
    body = "二、整改落实情况\n" + "".join(
        f"0{n}\n{name}\n问题{n}：{problem}。\n整改进展：已完成。\n"
        for n, (name, (problem, _)) in enumerate(zip(names, _PROBLEMS, strict=True), 1)
    )
    notice = parse_notice(_OPENING + "一、整改工作开展情况\n局党组召开专题会议研究整改工作。\n" + body + _SIGNATURE)
    assert [i.aspect for i in notice.items] == [f"0{n}{name}" for n, name in enumerate(names, 1)]
    assert [i.status for i in notice.items] == ["done"] * 3


# plain badges numbering the problems through the aspects, or afresh under each
@pytest.mark.parametrize("numbers", [[1, 2, 3], [1, 2, 1]])
def test_a_plain_badge_numbers_a_problem(numbers: list[int]) -> None:
    aspects = ["（一）落实上级决策部署方面", "（二）落实全面从严治党方面"]
    under = [aspects[0], aspects[0], aspects[1]]
    body = ""
    for n, aspect, (problem, measure) in zip(numbers, under, _PROBLEMS, strict=True):
        body += (f"{aspect}\n" if aspect not in body else "") + f"{n}\n{problem}。\n整改措施：{measure}\n"
    notice = parse_notice(_OPENING + body + _SIGNATURE)
    assert [(i.label, i.title, i.aspect) for i in notice.items] == [
        (str(n), problem, aspect.replace("（", "(").replace("）", ")"))
        for n, aspect, (problem, _) in zip(numbers, under, _PROBLEMS, strict=True)
    ]


_ASPECT_LINES = ["（一）落实上级决策部署方面\n", "", "（二）落实全面从严治党方面\n"]


# a part's badge (PART above or before its number, printed by the first at least) numbers the post's parts, as 一、
# does, not aspects of its problems (the (一) areas below it); the problems under them numbered by plain badges
@pytest.mark.parametrize("word", ["Part\n", "PART ", "PART\n"])
def test_a_part_badge_numbers_a_part_not_an_aspect(word: str) -> None:
    text = (
        _OPENING
        + f"{word}01\n强化责任担当\n局党组召开专题会议研究整改工作。\n"
        + "02\n扎实推进整改\n"
        + "".join(
            f"{aspect}{n}\n{problem}。\n整改情况：{measure}\n"
            for aspect, n, (problem, measure) in zip(_ASPECT_LINES, [1, 2, 1], _PROBLEMS, strict=True)
        )
        + "03\n巩固整改成果\n局党组将持续抓好整改。\n"
        + _SIGNATURE
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.aspect) for i in notice.items] == [
        ("1", _PROBLEMS[0][0], "(一)落实上级决策部署方面"),
        ("2", _PROBLEMS[1][0], "(一)落实上级决策部署方面"),
        ("1", _PROBLEMS[2][0], "(二)落实全面从严治党方面"),
    ]


# Status sections headed by words alone, no number of their own, the problems numbered afresh under each (and an
# emoji or a tick set before the words): each heading states its problems' status.
@pytest.mark.parametrize(
    ("done", "open_"),
    [
        ("☑️已整改到位的问题（2个）", "🔶仍在持续推进的问题（1个）"),
        ("已办结的事项", "正在整改的事项"),
        ("✔已完成整改的问题", "🔄持续推进整改的问题（1项）"),
    ],
)
def test_unnumbered_status_headings_state_their_problems_status(done: str, open_: str) -> None:
    (p1, _), (p2, _), (p3, _) = _PROBLEMS
    text = (
        _OPENING
        + f"{done}\n1.{p1}。\n整改情况：修订采购管理办法。\n2.{p2}。\n整改情况：建立用车登记制度。\n"
        + f"{open_}\n1.{p3}。\n整改情况：资产清查工作按计划开展。\n"
        + _SIGNATURE
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", p1, "done"),
        ("2", p2, "done"),
        ("1", p3, "in_progress"),
    ]


# The long-term class counted before its done word (1个问题已完成整改并长期坚持) is counted apart, as 长期坚持1个 is.
@pytest.mark.parametrize(
    ("sentence", "longterm"),
    [
        ("截至目前，6个问题已完成整改，2个问题已完成整改并需长期坚持，1个问题正在推进。", 2),
        ("已完成整改6个，3项已整改完成并长期坚持，正在推进1个。", 3),
        ("其中5个已完成，1个已完成并将长期坚持。", 1),
    ],
)
def test_a_long_term_count_before_its_done_word(sentence: str, longterm: int) -> None:
    assert read_claims(sentence).longterm == longterm


# An opening printing no year before its dates takes the year of the notice's own date under its signature: that
# year, or the year before for a day later in the year than the signature's.
@pytest.mark.parametrize(
    ("opening", "signed", "period", "feedback"),
    [
        (
            "根据区委统一部署，3月11日至5月10日，区委第三巡察组对街道党工委进行了巡察，6月14日反馈了巡察意见。",
            "2025年9月1日",
            ("2025-03-11", "2025-05-10"),
            "2025-06-14",
        ),
        (
            "根据县委统一部署，10月9日至12月6日，县委第二巡察组对镇党委进行了巡察，12月28日反馈了巡察意见。",
            "2025年4月20日",
            ("2024-10-09", "2024-12-06"),
            "2024-12-28",
        ),
    ],
)
def test_an_opening_without_a_year_takes_the_signatures(
    opening: str, signed: str, period: tuple[str, str], feedback: str
) -> None:
    text = (
        "中共某区某街道工作委员会关于巡察整改进展情况的通报\n"
        + opening
        + "\n1.政府采购管理不规范。\n整改情况：已完成。\n中共某区某街道工作委员会\n"
        + signed
        + "\n"
    )
    notice = parse_notice(text)
    assert (notice.inspection_start, notice.inspection_end, notice.feedback_date) == (*period, feedback)


# A post's credits under the signature (图文来源, 来源|, 审核|, 校对:) are its furniture: the date above them is the
# signature's.
@pytest.mark.parametrize(
    "credits",
    [
        "图片来源：某局办公室\n责编：张\n",
        "来源丨“某局发布”公众号\n编辑丨李\n",
        "校对：王\n审核：赵\n",
        "排版|小某\n监制|某局\n",
    ],
)
def test_a_posts_credits_under_the_signature_leave_its_date(credits: str) -> None:
    text = (
        _OPENING
        + "".join(f"{n}.{problem}。\n整改情况：{measure}\n" for n, (problem, measure) in enumerate(_PROBLEMS, 1))
        + "局党组将持续巩固整改成果。\n"
        + _SIGNATURE
        + credits
    )
    notice = parse_bytes(text.encode(), "post.txt")
    assert notice.signed == "2024-10-09"
