"""Round 172's class (issue 19): portal pages of the northeast and northwest, calibrated from real pages (新疆 昌吉州's
乡镇 page, 青海 西宁's district page, 内蒙古 通辽's sectioned page, 甘肃's collective publication). What the round
found open: a portal titling each body's notice by the body and its subject alone, with no 的通报 after it (<body>巡察
整改进展情况), and a flat run of unnumbered 反馈问题：/整改情况： records standing straight under the one part that
frames the whole list (二、反馈问题整改情况), which no aspect is. Members the round's notices do not print: other
bodies (党组, 党工委, 党支部, a company's 党委) and other subject words (整改落实情况, 反馈问题整改情况, 巡视整改情况),
other framing parts (巡察反馈问题整改落实情况, 反馈意见整改进展情况, 具体问题整改情况) and other field words."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "根据县委统一部署，2025年3月4日至4月30日，县委第一巡察组对{body}进行了巡察。2025年5月20日，县委第一巡察组向"
    "{body}反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
)
_TAIL = "三、下一步工作打算\n将持续巩固整改成果。联系电话：0901-1234567。\n{signer}\n2025年9月10日\n"


# A title naming the body and the subject alone, no 的通报 after it: the body is the inspected organisation.
@pytest.mark.parametrize(
    ("title", "body", "signer", "agency"),
    [
        ("甘泉县某局党委巡察整改落实情况", "甘泉县某局党委", "中共甘泉县某局委员会", "甘泉县某局党委"),
        (
            "阿荣旗某街道党工委巡察反馈问题整改情况",
            "阿荣旗某街道党工委",
            "中共阿荣旗某街道工作委员会",
            "阿荣旗某街道党工委",
        ),
        (
            "敦化市某中学党支部巡察整改推进情况",
            "敦化市某中学党支部",
            "中共敦化市某中学支部委员会",
            "敦化市某中学党支部",
        ),
        (
            "平罗县某投资有限公司党委巡视整改情况",
            "平罗县某投资有限公司党委",
            "中共平罗县某投资有限公司委员会",
            "平罗县某投资有限公司党委",
        ),
    ],
)
def test_a_title_without_its_tongbao_names_the_inspected_body(title: str, body: str, signer: str, agency: str) -> None:
    text = (
        f"{title}\n"
        + _OPENING.format(body=body)
        + "一、整改工作总体情况\n反馈的2个问题，已整改完成1个，正在整改1个。\n二、巡察反馈问题整改情况\n"
        + "1.理论学习不够深入。\n整改情况：修订学习制度，开展专题研讨3次。目前，该问题已整改完成。\n"
        + "2.专项资金拨付滞后。\n整改情况：剩余资金正在办理拨付手续。目前，该问题正在整改中。\n"
        + _TAIL.format(signer=signer)
    )
    assert parse_notice(text).agency == agency


_RECORDS = (
    "{problem}学习贯彻上级决策部署不够深入，研讨交流不充分。\n"
    "{field}修订理论学习中心组学习制度，开展专题研讨4次。目前，该问题已整改完成。\n"
    "{problem}惠民资金发放监管不严，个别补贴面积核实不准确。\n"
    "{field}逐户复核补贴面积，多发资金已追回一部分，剩余部分正在协调退缴。目前，该问题正在整改中。\n"
    "{problem}财务管理不规范，部分报销凭证附件不全。\n"
    "{field}逐笔核查报销凭证，补齐附件资料。该问题已整改完成，将长期坚持。\n"
)


# Unnumbered records in one flat run straight under the part framing the whole list: no aspect is theirs.
@pytest.mark.parametrize(
    ("part", "problem", "field"),
    [
        ("二、巡察反馈问题整改落实情况", "反馈问题：", "整改情况："),
        ("二、反馈意见整改进展情况", "反馈问题：", "整改落实情况："),
        ("二、具体问题整改情况", "巡察反馈问题：", "整改情况："),
        ("二、问题整改落实情况", "反馈问题：", "整改进展："),
    ],
)
def test_flat_records_under_the_framing_part_stand_under_no_aspect(part: str, problem: str, field: str) -> None:
    text = (
        "中共某县某镇委员会关于县委巡察整改进展情况的通报\n"
        + _OPENING.format(body="某镇党委")
        + "一、整改工作总体情况\n反馈的3个问题，已整改完成2个，正在整改1个。\n"
        + f"{part}\n"
        + _RECORDS.format(problem=problem, field=field)
        + _TAIL.format(signer="中共某县某镇委员会")
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [
        ("学习贯彻上级决策部署不够深入,研讨交流不充分", "done"),
        ("惠民资金发放监管不严,个别补贴面积核实不准确", "in_progress"),
        ("财务管理不规范,部分报销凭证附件不全", "done_longterm"),
    ]
    assert [i.aspect for i in notice.items] == [None, None, None]
