"""Round 39's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2023年4月3日至5月26日，县委第二巡察组对县某某局党组进行了巡察。"
    "2023年6月28日，县委第二巡察组向县某某局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "一、整改工作开展情况\n局党组成立整改工作领导小组，逐项制定整改措施。\n"
    "二、巡察反馈问题整改落实情况\n"
)


def _effects(closing: str) -> str:
    """问题一:…问题三: headlines, each with 整改措施:… and a 整改成效: closing sentence; the second's is `closing`."""
    return (
        _HEAD + "问题一：学习贯彻上级决策部署不够深入，理论学习流于形式。\n"
        "整改措施：修订理论学习中心组学习制度，每月开展专题学习。\n"
        "整改成效：目前，该问题已整改到位。\n"
        "问题二：公务用车管理不规范，部分车辆未按规定登记使用。\n"
        "整改措施：修订公务用车管理办法，补齐登记手续，建立出车审批制度。\n"
        f"整改成效：{closing}\n"
        "问题三：干部教育培训针对性不强，业务培训覆盖面不广。\n"
        "整改措施：制定年度培训计划，已开展专题培训2期。\n"
        "整改成效：目前，该问题已整改到位。\n"
        "三、下一步工作打算\n持续巩固整改成果。\n中共某县某某局党组\n2023年10月9日\n"
    )


# A closing sentence whose first clause names the problem in its own words (not 该问题) before its status, the next
# clause keeping it up or saying what comes next (目前，中心街道占道经营问题已整改到位，长效管理机制已建立并长期坚持:
# a town's 整改成效 field): the named problem is the clause's subject, the status the clause's.
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("目前，公务用车登记不规范问题已全部整改到位，相关制度长期坚持执行。", "done_longterm"),
        ("截至目前，车辆登记问题已整改完成，出车审批制度已建立并长期坚持。", "done_longterm"),
        ("截至目前，公务用车管理问题已完成整改，下一步将加强日常检查。", "done"),
        ("目前，车辆管理不规范问题正在整改中，预计年底前完成。", "in_progress"),
    ],
)
def test_closing_sentence_naming_the_problem(closing: str, status: str) -> None:
    notice = parse_notice(_effects(closing))
    assert [i.status for i in notice.items] == ["done", status, "done"]


# A measure's object is no subject (对检查发现的问题已建立台账 reports work), nor a share of the problems (已整改问题
# 37个，其余问题正在推进整改中: the rest's status, not the problem's).
@pytest.mark.parametrize(
    "closing",
    [
        "对检查发现的问题已建立台账，逐项推进。",
        "建立整改台账，已整改问题5个，其余问题正在推进整改中。",
        "建立整改台账，已整改问题5个，剩余问题正在推进整改中。",
    ],
)
def test_measure_object_or_share_is_no_named_problem(closing: str) -> None:
    notice = parse_notice(_effects(closing))
    assert notice.items[1].status == "unstated"


def _kept_up(counts: str, statuses: tuple[str, ...]) -> str:
    """A village's 公示: its counts in the framing section, then N.<problem> lines each over a 整改状态: line."""
    problems = ("学习制度落实不严", "集体资产台账不全", "环境整治不彻底", "组织生活不规范", "后备力量不足")
    body = "".join(
        f"{k}.{p}。\n整改情况：制定制度，逐项落实。\n整改状态：{s}\n"
        for k, (p, s) in enumerate(zip(problems, statuses, strict=False), 1)
    )
    return (
        "中共某县某镇某村总支部委员会关于县委巡察反馈意见整改情况的公示\n"
        "根据县委统一部署，2022年7月13日至9月27日，县委第一巡察组对某村党组织进行了巡察。"
        "2022年10月19日，县委第一巡察组反馈了巡察意见。现将整改情况予以公示。\n"
        f"一、整改工作开展情况\n县委第一巡察组反馈问题{len(statuses)}个，截至目前，{counts}。\n"
        "二、反馈问题整改落实情况\n" + body + "中共某县某镇某村总支部委员会\n2022年12月20日\n"
    )


# A notice that counts apart only the problems it keeps up without calling them done (已完成整改3个，需长期坚持1个
# over one 已完成，长期坚持 and one bare 长期坚持): its split of the kept-up problems is its own, no claim differs.
# Where the two counts together are not what the body lists, the notice still differs.
@pytest.mark.parametrize(
    ("counts", "statuses", "warned"),
    [
        ("已完成整改3个，需长期坚持1个", ("已完成", "已完成，长期坚持", "已完成", "长期坚持"), False),
        ("已整改完成3个，长期坚持的问题1个", ("已完成，长期坚持", "长期坚持", "已完成", "已完成"), False),
        ("已完成整改2个，正在整改1个，需长期坚持1个", ("已完成", "已完成并长期坚持", "正在整改", "长期坚持"), False),
        ("已完成整改4个，需长期坚持1个", ("已完成", "已完成，长期坚持", "已完成", "长期坚持"), True),
    ],
)
def test_kept_up_counted_apart_only_without_done(counts: str, statuses: tuple[str, ...], warned: bool) -> None:
    notice = parse_notice(_kept_up(counts, statuses))
    assert [i.status for i in notice.items].count("done_longterm") == 2
    assert bool(notice.warnings) is warned
