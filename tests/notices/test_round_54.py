"""Round 54's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.lexicon import CONTEXT_SECTION_RE, PENDING_RE, TEAM_RE
from notices.status import parts_status
from notices.structure import colon_headline

_OPENING = (
    "中共某某县财政局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署,2022年3月1日至4月20日,县委第一巡察组对县财政局党组开展了常规巡察。"
    "2022年5月10日,县委第一巡察组向县财政局党组反馈了巡察意见。现将整改进展情况通报如下:\n"
)


# A colon between two digits (a ratio, a clock time, a score) is part of the problem's words, never a headline's end.
@pytest.mark.parametrize(
    "problem",
    [
        "生师比未达到18:1标准,专任教师缺口较大。",
        "窗口工作人员上班纪律松散,部分人员9:00后才到岗。",
        "病床使用率偏低,医护比仅为1:1.2。",
    ],
)
def test_a_colon_between_digits_ends_no_headline(problem: str) -> None:
    assert colon_headline(problem) == (problem, "")


# A special team named by its topic reads no committee's 委 as its topic: a title's …委员会关于县委第二专项巡察组 names
# the committee's team.
@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("中共某某区教育局委员会关于区委第二专项巡察组反馈意见整改情况的报告", "区委第二专项巡察组"),
        ("某某县人民医院党委关于县委第一机动巡察组反馈问题整改进展的通报", "县委第一机动巡察组"),
        ("中共某某镇委员会落实市委提级巡察组反馈意见整改情况", "市委提级巡察组"),
    ],
)
def test_a_topic_named_team_holds_no_committee_word(text: str, team: str) -> None:
    m = TEAM_RE.search(text)
    assert m is not None and m.group() == team


# Work waiting on the meeting of a higher body that decides it is pending; a plain wish (有待研究) is not.
@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("调整方案已拟定,待县委常委会会议研究。", True),
        ("奖励性绩效分配办法待局党组会审议。", True),
        ("用地手续待区政府常务会议研究决定。", True),
        ("该问题成因复杂,有待会议研究。", False),
        ("方案已经党组会研究通过。", False),
    ],
)
def test_waiting_on_a_deciding_meeting_is_pending(text: str, pending: bool) -> None:
    assert (PENDING_RE.search(text) is not None) is pending


# Under a problem's heading, one paragraph running on from 一是 into 二是 is its run of measures, however its first
# clause reads (…未完成整改问题3个…): not problems numbered in words.
@pytest.mark.parametrize(
    "first",
    [
        "对上轮巡察反馈问题逐项复查,梳理未完成整改问题3个,明确责任人",
        "对个别问题整改不彻底的单位进行约谈,督促整改",
        "对存在问题的3个项目重新审计",
    ],
)
def test_a_run_on_shi_paragraph_is_measures(first: str) -> None:
    notice = parse_notice(
        _OPENING + "二、巡察反馈问题整改落实情况\n"
        "(一)落实全面从严治党方面\n"
        "1.关于“落实中央八项规定精神不严格”的问题\n"
        "一是开展专项整治,查处问题3起。二是修订公务接待制度。\n"
        "(二)巡察整改方面\n"
        "2.关于“上轮巡察反馈问题整改不彻底”的问题\n"
        f"一是{first}。二是对反弹问题开展专项治理。三是纳入日常监督。\n"
        "三、下一步工作打算\n下一步,局党组将持续巩固整改成果。\n"
    )
    assert [(i.label, i.title) for i in notice.items] == [
        ("1", "落实中央八项规定精神不严格"),
        ("2", "上轮巡察反馈问题整改不彻底"),
    ]


# Counts of done and open problems over a list none of whose problems states a status are not checked against it.
@pytest.mark.parametrize(("done", "open_"), [(5, 4), (9, 0), (1, 8)])
def test_claims_over_a_list_stating_no_status_warn_of_nothing_listed_done(done: int, open_: int) -> None:
    notice = parse_notice(
        _OPENING.replace("现将", f"巡察反馈的9个问题,已完成整改{done}个,正在整改{open_}个。现将")
        + "".join(f"{n}.关于“问题{n}不够规范”的问题\n一是修订制度{n}项。二是开展培训。\n" for n in range(1, 10))
    )
    assert all(i.status == "unstated" for i in notice.items)
    assert not [str(w) for w in notice.warnings if "completed" in str(w) or "in progress" in str(w)]


# A 通知 whose problems stand in the attachment after its signature: rows numbered by the problem's name (问题N:),
# and the attachment opens at the 附件 after the signature, not the 附件:<title> listed above it.
@pytest.mark.parametrize("label", ["问题", "具体问题"])
def test_problems_numbered_by_name_in_an_attachment(label: str) -> None:
    notice = parse_notice(
        "关于开展巡察整改“回头看”自查工作的通知\n各单位:\n决定开展巡察整改“回头看”自查。\n"
        "一、时间安排\n9月底前完成自查。\n二、工作要求\n(一)如实填写自查表。\n(二)按时报送。\n"
        "附件:某某学院巡察反馈问题整改自查表\n党委办公室\n2025年8月28日\n"
        "附件\n某某学院巡察反馈问题整改自查表\n"
        + "".join(
            f"{label}{n}:某项工作不够规范{n}。\n整改措施:修订制度。\n销号情况:{s}\n"
            for n, s in ((1, "已销号"), (2, "持续销号"), (3, "已销号"))
        )
    )
    assert [(i.label, i.status) for i in notice.items] == [
        (f"{label}1", "done"),
        (f"{label}2", "in_progress"),
        (f"{label}3", "done"),
    ]


# The closing done by steps (持续销号, 滚动销号, 分批销号) is still open, as a status and as a count; 已销号 is done.
@pytest.mark.parametrize(
    ("status", "expected"),
    [("滚动销号", "in_progress"), ("分批销号", "in_progress"), ("持续销账", "in_progress"), ("已销号", "done")],
)
def test_closing_by_steps_is_open(status: str, expected: str) -> None:
    assert parts_status(status, stated=True) == expected


@pytest.mark.parametrize("word", ["滚动销号", "分批销号", "持续销号"])
def test_closing_by_steps_counts_open_problems(word: str) -> None:
    claims = read_claims(f"共反馈问题20个。截至目前,已销号16个,{word}4个。")
    assert (claims.completed, claims.in_progress) == (16, 4)


# A 通知's closing part of requirements (四、工作要求) frames the work; an area naming a duty does not.
@pytest.mark.parametrize(
    ("heading", "framing"),
    [("三、有关要求", True), ("五、工作要求", True), ("四、几点要求", True), ("一、落实上级工作要求方面", False)],
)
def test_a_requirements_part_frames_the_work(heading: str, framing: bool) -> None:
    assert (CONTEXT_SECTION_RE.search(heading) is not None) is framing
