"""Unnumbered problems whose text stands in fields below them, one headline in plain words among siblings worded as
problems (issue 19 point 2: siblings read alike by shape). Found by the generator's free draws and its plain
headlines forced into an unnumbered ledger (tests/notices/generator.py, plain_headline=true meta_fields=true
measures_form=labelled item_family=unnumbered); each member written in words the generator does not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月20日,县委第三巡察组对某县某局党组开展了巡察,并于5月28日反馈了巡察意见。"
    "现将巡察整改进展情况予以公布。\n"
)
_TAIL = "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县某局党组\n2024年9月2日\n"


def _titles_and_statuses(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.status) for i in parse_notice(_HEAD + text + _TAIL, "notice.txt").items]


# A plain headline first under its heading, its status in a bracket and its text in fields below (财务票据报销（正在
# 推进）。 / 责任科室：… / 整改举措：…): a problem as the worded ones after it are.
@pytest.mark.parametrize(
    ("plain", "bracket", "status"),
    [
        ("公务用车使用登记", "（已完成）", "done"),
        ("固定资产台账", "【正在推进】", "in_progress"),
        ("档案借阅手续", "(已整改)", "done"),
    ],
)
def test_a_plain_headline_with_its_status_above_its_fields(plain: str, bracket: str, status: str) -> None:
    text = (
        "一、关于作风建设方面\n"
        f"{plain}{bracket}。\n"
        "责任科室:办公室;完成时限:2024年12月底前\n"
        "整改举措:建立登记台账,每月抽查一次。\n"
        "接待审批手续不完备(已完成)。\n"
        "责任科室:财务科;完成时限:立行立改\n"
        "整改举措:修订接待管理办法,逐笔补齐审批单。\n"
        "会议记录补记问题突出(正在推进)。\n"
        "责任科室:综合科;完成时限:长期坚持\n"
        "整改举措:实行会议记录当场签字。\n"
    )
    assert _titles_and_statuses(text) == [
        (plain, status),
        ("接待审批手续不完备", "done"),
        ("会议记录补记问题突出", "in_progress"),
    ]


# A plain headline with the finding's facts after it, the problem's measures in a field of their own below: first of
# the two problems of its heading (the one after it worded as a problem), and second after a sibling printing its own
# facts so, its fields named in other words than the sibling's (责任部门 / 责任科室, 整改时限 / 完成时限).
@pytest.mark.parametrize(
    ("plain", "facts"),
    [
        ("合同签订流程", "抽查的20份合同中有6份未经法律审核"),
        ("工会经费台账", "2023年有3笔支出无经办人签字"),
    ],
)
def test_a_plain_headline_with_its_facts_above_its_fields(plain: str, facts: str) -> None:
    text = (
        "一、关于落实全面从严治党方面\n"
        "干部选拔任用程序不规范。2023年2名干部任职前未经公示。\n"
        "责任领导:分管副局长;完成时限:2024年10月底前\n"
        "完成情况:已完成。\n"
        "整改措施:严格执行任前公示制度,逐人补办手续。\n"
        f"{plain}。{facts}。\n"
        "责任部门:财务科 整改时限:2024年12月底前\n"
        "完成情况:正在推进。\n"
        "整改措施:逐笔核对,建立审核台账。\n"
        "二、关于基层党组织建设方面\n"
        f"{plain}。{facts}。\n"
        "牵头领导:党组书记;责任科室:机关党支部;完成时限:长期坚持\n"
        "完成情况:已完成。\n"
        "整改措施:制定管理细则,每季度检查一次。\n"
        "党员发展程序执行不严。2名发展对象培养考察期不足一年。\n"
        "牵头领导:党组书记;责任科室:机关党支部;完成时限:长期坚持\n"
        "完成情况:正在推进。\n"
        "整改措施:重新履行考察程序。\n"
    )
    got = _titles_and_statuses(text)
    assert [status for _, status in got] == ["done", "in_progress", "done", "in_progress"]
    assert [title.split("。")[0] for title, _ in got] == [
        "干部选拔任用程序不规范",
        plain,
        plain,
        "党员发展程序执行不严",
    ]


# A sentence of work done printed among a problem's fields (已完成…的<object>。 between 整改进度 and 责任部门) is that
# problem's measure, not the next unnumbered problem's headline, though a field stands at once below it (held-out
# draw 84000855).
@pytest.mark.parametrize(
    "work",
    ["已完成全部17辆公务用车的登记。", "截至目前已完成专项检查4次。", "已完成3家下属单位的财务审计。"],
)
def test_work_done_among_a_problems_fields_is_its_measure(work: str) -> None:
    text = (
        "(一)贯彻落实上级决策部署方面\n"
        "关于公务用车管理不规范的问题。\n责任单位:办公室;整改时限:2024年6月;整改进度:已完成整改\n"
        f"{work}\n责任部门:财务股 整改时限:2024年12月底前\n"
        "关于财务报销审核把关不严的问题。\n责任单位:财务股;整改时限:长期坚持;整改进度:正在推进\n"
    )
    assert _titles_and_statuses(text) == [
        ("公务用车管理不规范", "done"),
        ("财务报销审核把关不严", "in_progress"),
    ]
