"""Round 65's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.status.sections import heading_status

_OPENING = (
    "中共某某县民政局党组关于县委巡察反馈意见整改情况的通报\n"
    "根据县委统一部署,2023年3月1日至4月30日,县委第二巡察组对县民政局党组进行了巡察。"
    "2023年6月10日,县委第二巡察组向县民政局党组反馈了巡察意见。现将整改进展情况予以公布。\n"
)


# A numbered problem whose headline runs into its measures' label with no stop (问题1.<headline>整改情况:…): the
# headline ends where the label begins; a headline closing on 的 (…问题的整改情况:) is a wrapper, left whole.
@pytest.mark.parametrize(
    ("line", "title", "after"),
    [
        ("问题1.困难群众救助政策落实不精准整改措施:对低保对象开展全面复核。", "困难群众救助政策落实不精准", "问题2."),
        ("1.养老机构消防安全隐患排查不彻底整改结果:已完成整改。", "养老机构消防安全隐患排查不彻底", "2."),
        (
            "问题1.殡葬领域突出问题专项整治不深入,部分公墓违规建设整改落实情况:已拆除违建墓穴。",
            "殡葬领域突出问题专项整治不深入,部分公墓违规建设",
            "问题2.",
        ),
    ],
)
def test_a_headline_running_into_its_label(line: str, title: str, after: str) -> None:
    notice = parse_notice(
        _OPENING + "一、整改落实情况\n(一)落实全面从严治党方面\n" + line + "\n"
        f"{after}机关财务管理不规范整改情况:修订财务制度。\n"
    )
    assert notice.items[0].title == title


# A headline closed by its colon with any field's label straight after (1.<headline>:整改完成情况:…, 其一,<headline>:
# 整改完成率:100%): a page that lost the break between a problem and its fields. The field is the problem's (整改完成
# 情况 states it done, as a share of 100% does); the headline is the title.
@pytest.mark.parametrize(
    ("first", "title", "second"),
    [
        ("1.困难群众救助政策落实不精准:整改完成情况:对低保对象开展全面复核。", "困难群众救助政策落实不精准", "2."),
        ("(1)养老机构消防隐患排查不彻底：整改完成情况：已拆除违建设施。", "养老机构消防隐患排查不彻底", "(2)"),
        (
            "其一,困难群众救助政策落实不精准:整改完成情况:对低保对象开展全面复核。",
            "困难群众救助政策落实不精准",
            "其二,",
        ),
        ("其一、养老机构消防隐患排查不彻底：整改落实情况：已完成整改。", "养老机构消防隐患排查不彻底", "其二、"),
        ("1.养老机构消防隐患排查不彻底:完成进度:100%", "养老机构消防隐患排查不彻底", "2."),
        ("其一,困难群众救助政策落实不精准:整改完成率:100%", "困难群众救助政策落实不精准", "其二,"),
        ("第一项、困难群众救助政策落实不精准：整改结果：已整改到位", "困难群众救助政策落实不精准", "第二项、"),
    ],
)
def test_a_headline_closed_by_its_colon_before_its_label(first: str, title: str, second: str) -> None:
    notice = parse_notice(
        _OPENING
        + "一、整改落实情况\n(一)落实全面从严治党方面存在的问题\n"
        + first
        + "\n责任单位:办公室;整改时限:立行立改\n"
        f"{second}机关财务管理不规范:整改完成情况:修订财务制度。\n责任单位:财务股\n"
    )
    assert [i.title for i in notice.items] == [title, "机关财务管理不规范"]
    assert [i.status for i in notice.items] == ["done", "done"]


# The feedback told by its date alone, with the inspection's opinions as its object (…开展了巡察,2023年6月10日反馈
# 巡察意见 / 反馈巡视情况): the feedback day.
@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("2023年6月10日反馈巡察意见", "2023-06-10"),
        ("6月12日反馈了巡察意见", "2023-06-12"),
        ("2023年7月3日反馈巡察情况", "2023-07-03"),
    ],
)
def test_a_feedback_told_by_its_date(phrase: str, day: str) -> None:
    notice = parse_notice(
        "中共某某县民政局党组关于县委巡察反馈意见整改情况的通报\n"
        f"根据县委统一部署,县委第二巡察组于2023年3月1日至4月30日对县民政局党组开展了巡察工作,{phrase},"
        "现将整改进展情况予以公布。\n一、整改落实情况\n1.救助政策落实不精准。整改情况:开展复核。已完成整改。\n"
    )
    assert notice.feedback_date == day


# Results begun said of the work as a whole (…,巡察整改工作取得阶段性成效) frame the list; said of the problems
# (取得阶段性成效的问题) they name a status section.
@pytest.mark.parametrize(
    ("heading", "status"),
    [
        ("二、坚持问题导向,逐项抓好落实,巡察整改工作取得阶段性成效", None),
        ("二、聚焦反馈问题真改实改,整改工作取得阶段性进展", None),
        ("(二)取得阶段性成效的问题", "in_progress"),
    ],
)
def test_results_begun_said_of_the_work(heading: str, status: str | None) -> None:
    assert heading_status(heading) == status


# Joint issuers in the title: the one the opening names first where it was inspected (对区文化馆党支部、区图书馆党支部
# 进行了巡察) reports; where it names neither, the last.
@pytest.mark.parametrize(
    ("issuers", "inspected", "agency"),
    [
        ("中共某某区文化馆党支部 中共某某区图书馆党支部", "区文化馆党支部、区图书馆党支部", "某某区文化馆党支部"),
        ("中共某某区图书馆党支部 中共某某区文化馆党支部", "区文化馆党支部、区图书馆党支部", "某某区文化馆党支部"),
        ("中共某某区档案馆党组 中共某某区地方志办公室党组", "区档案馆党组(区地方志办公室)", "某某区档案馆党组"),
    ],
)
def test_joint_issuers_the_first_inspected_reports(issuers: str, inspected: str, agency: str) -> None:
    notice = parse_notice(
        f"{issuers}关于区委巡察反馈意见整改情况的通报\n"
        f"根据区委统一部署,2023年3月1日至4月30日,区委第一巡察组对{inspected}进行了巡察。"
        "2023年6月10日,区委第一巡察组反馈了巡察意见。现将整改进展情况予以公布。\n"
        "一、整改落实情况\n1.学习制度落实不严格。整改情况:修订制度。已完成整改。\n"
    )
    assert notice.agency == agency
