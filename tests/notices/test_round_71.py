"""Round 71 (issue 19): the classes two street notices found by Party-building topic words showed."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.structure.headlines import short_headline


@pytest.mark.parametrize(
    "paragraph",
    [
        # facts that open by where they were found: more of the problem, not its measures (lexicon EVIDENCE_OPENERS)
        "党员发展工作不规范。经查阅党员档案,3名党员缺少入党申请书。",
        "干部请销假制度执行不严。经抽查考勤记录,有5人次外出未履行报备手续。",
        "财务报销审核不严。抽查发现,2022年有12张发票事由填写不清。",
        # a shortfall in figures of meetings held (lexicon SHORTFALL_FIGURES_RE)
        "主题党日活动开展不经常。2023年全年仅召开4次党员大会。",
        "理论学习中心组学习计划落实不够。全年只组织2次专题研讨。",
        # wrongs the headline lexicon leaves out (lexicon DESCRIPTION_WRONGS_RE)
        "党建工作经费使用不规范。支部活动经费被挤占用于日常办公开支。",
        "村级活动场所管理不到位。村委会议室被挪作他用。",
        "上轮巡察整改成果巩固不够。同类问题在两个站所反复出现。",
        "基层报表负担较重。同一组数据需多头上报三个科室。",
    ],
)
def test_a_headline_paragraph_keeps_its_facts(paragraph: str) -> None:
    """A problem's paragraph above its 整改情况: line is its title whole, facts included (the seeds' convention)."""
    assert short_headline(paragraph) == (paragraph, "")


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        # what was done after a short headline still leaves it: the same words with the work reported
        ("党员发展工作不规范。经核查,已补齐3名党员的入党申请书。", "党员发展工作不规范"),
        ("村级活动场所管理不到位。已将挪作他用的会议室全部腾退。", "村级活动场所管理不到位"),
    ],
)
def test_work_done_after_a_headline_is_not_its_facts(paragraph: str, title: str) -> None:
    assert short_headline(paragraph)[0] == title


_WORK_THEN_LIST = """中共某街道工作委员会关于巡察整改进展情况的通报
根据区委统一部署,2023年3月1日至4月20日,区委第二巡察组对街道党工委进行了巡察。
2023年6月5日,巡察组反馈了巡察意见。现将整改进展情况予以公布。
一、整改工作开展情况
街道党工委召开专题会议研究部署整改工作。
二、{second}
(一){first_work}
(二){list_intro}
1.{aspect_one}
(1)理论学习制度执行不严格,学习记录不完整。
整改情况:制定年度学习计划,每月集中学习一次。目前已整改到位。
(2)基层党组织换届工作不及时。
整改情况:督促2个社区党组织按期完成换届。目前已整改到位。
2.{aspect_two}
(3)公务用车使用登记不规范。
整改情况:建立公务用车使用登记台账。目前正在整改中。
三、下一步工作打算
持续巩固整改成果。
中共某街道工作委员会
2023年9月1日
"""


@pytest.mark.parametrize(
    ("second", "first_work", "list_intro"),
    [
        (
            "落实整改任务",
            "强化组织领导,压实整改责任。街道党工委书记带头研究整改工作,班子成员分工负责。",
            "坚持问题导向,逐项推进整改。对照反馈的问题清单,逐条制定措施,具体整改情况如下:",
        ),
        (
            "狠抓整改落实",
            "坚持书记挂帅,高位推动。街道党工委每月听取一次整改进展汇报。",
            "坚持清单管理,挂图作战。针对巡察反馈的两个方面问题,整改落实情况分别如下：",
        ),
    ],
)
def test_work_paragraphs_beside_the_one_introducing_the_list_are_no_problems(
    second: str, first_work: str, list_intro: str
) -> None:
    """二、 > (一)<work> (二)<work>…情况如下: > 1.<aspect> > (1)<problem>: the (一) beside the paragraph introducing the
    list is the work's, not a problem, and its aspects are the 1./2. headings under it (lexicon LIST_INTRO_RE)."""
    text = _WORK_THEN_LIST.format(
        second=second,
        first_work=first_work,
        list_intro=list_intro,
        aspect_one="聚焦党的建设情况:",
        aspect_two="聚焦作风建设情况:",
    )
    notice = parse_notice(text)
    assert [i.label for i in notice.items] == ["1", "2", "3"]
    assert [i.aspect for i in notice.items] == ["1.聚焦党的建设情况:"] * 2 + ["2.聚焦作风建设情况:"]
