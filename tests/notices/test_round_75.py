"""Round 75's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims

_HEAD = (
    "中共某某县卫生健康局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县卫生健康局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)贯彻落实上级决策部署方面\n"
    "1.基层医疗机构建设推进不快。\n"
)


# 中 after a verb of work says it is under way (推进中, 对接中) only where it closes the verb; where it opens the noun
# the verb takes (中医院, 中小学, 中心, 中介, 中长期), the clause names the work, done or planned, not work going on.
@pytest.mark.parametrize(
    "measure",
    [
        "整改措施:建立帮扶机制,对接中医院专家定期坐诊。",
        "整改措施:配齐校医,推进中小学卫生室建设。",
        "整改措施:与县行政审批中心对接,压缩审批时限。",
        "整改措施:清理代办事项,办理中介服务机构备案12家。",
    ],
)
def test_a_noun_opening_with_zhong_is_no_work_under_way(measure: str) -> None:
    notice = parse_notice(_HEAD + measure + "\n完成情况:已完成。\n")
    assert [(i.status, i.pending) for i in notice.items] == [("done", False)]


@pytest.mark.parametrize(
    "progress",
    [
        "整改情况:实施中长期人才引进计划,引进专业人才5名。",
        "整改情况:开展中医药适宜技术培训,培训乡村医生86人次。",
        "整改情况:落实中央八项规定精神,开展明察暗访4次。",
    ],
)
def test_a_measure_naming_a_zhong_noun_states_no_status(progress: str) -> None:
    notice = parse_notice(_HEAD + progress + "\n")
    assert [i.status for i in notice.items] == ["unstated"]


# A closing summary naming the open problems by their labels repeats the label's noun before each number (问题2、问题4
# 正在整改), and names the rest by their noun, their count in figures or words, or 其余 alone (其余三个问题均已整改到位,
# 其余均已整改到位): every problem named takes its status, the rest theirs.
_PROBLEMS = "\n".join(
    f"问题{n}:{title}。整改情况:{done}"
    for n, title, done in [
        ("{1}", "理论学习不经常", "制定学习计划,每月集中学习1次。"),
        ("{2}", "会议记录不完整", "规范会议记录本。"),
        ("{3}", "财务报销手续不全", "补齐签字手续。"),
        ("{4}", "网格员走访不到位", "建立走访台账。"),
        ("{5}", "后备干部培养不够", "建立后备干部人才库。"),
    ]
)


@pytest.mark.parametrize(
    ("numbers", "closing", "statuses"),
    [
        ("12345", "截至目前,问题2、问题4正在整改,其余问题均已整改到位。", "dpdpd"),
        ("一二三四五", "截至目前,问题三、问题五正在整改,其余问题均已整改到位。", "ddpdp"),
        ("一二三四五", "截至目前,问题一、问题二正在推进,其余三个问题均已整改到位。", "ppddd"),
        ("12345", "截至目前,问题1和问题5正在整改,其余问题已整改到位。", "pdddp"),
        ("12345", "截至目前,问题2、问题3正在整改,其余均已整改到位。", "dppdd"),
        ("一二三四五", "截至目前,问题五尚未完成整改,其余4个均已整改到位。", "ddddp"),
    ],
)
def test_a_closing_summary_names_the_open_problems_by_label(numbers: str, closing: str, statuses: str) -> None:
    text = (
        "中共某某县某社区委员会关于县委巡察反馈问题整改情况的公示\n"
        "2024年3月11日至4月12日,县委第四巡察组对社区党委开展了巡察,共反馈问题5个。现将整改情况公示如下:\n"
        + _PROBLEMS.format("", *numbers)
        + "\n"
        + closing
        + "\n"
    )
    notice = parse_notice(text)
    names = {"d": "done", "p": "in_progress"}
    assert [i.status for i in notice.items] == [names[s] for s in statuses]


# A whole count's adverb (均/都) between the counted problems and their status: still the count of that status.
@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("巡察反馈的12个问题都已整改完成。", 12, None),
        ("反馈的11个问题中,9个问题均已完成整改,2个问题均正在推进。", 9, 2),
        ("共反馈问题7个,其余5个均已整改到位。", 5, None),
    ],
)
def test_a_count_with_its_adverb_is_a_status_count(sentence: str, completed: int, in_progress: int | None) -> None:
    claimed = read_claims(sentence)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)
