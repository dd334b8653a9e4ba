"""Round 139's class (issue 19): problems marked only by bold, without numbers. A WeChat article, a portal page or a
Word file prints each problem as a bold headline (<strong>, <b>, a bold run) and its rectification text in plain
paragraphs below it, the status in the text's closing sentence or in a 整改进展 field; the areas above them are
numbered ((一), 一、) or bold lines of their own without a number (…方面). The bold is lost in the text, so the
structure speaks: a headline alone on its line is followed by its own text, however that text's words read, and
once a problem's text has closed on its status the next headline alone on its line opens the next problem, whatever
its words. Members the round's notices do not print: other headline and measure wordings, other status sentences
and fields, other area wordings (关于/在…方面, …方面存在的问题), two to four areas."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下。\n"
    "一、整改工作开展情况\n局党组召开专题会议研究部署整改工作。\n"
    "二、巡察反馈问题整改落实情况\n"
)
_TAIL = (
    "三、下一步工作打算\n局党组将持续巩固整改成果。\n欢迎监督。联系电话：0731-1234567。\n"
    "中共某县某局党组\n2024年9月10日\n"
)


def _read(body: str) -> list[tuple[str, str, str]]:
    notice = parse_notice(_HEAD + body + _TAIL)
    return [(i.label, i.title, i.status) for i in notice.items]


# A headline alone on its line is followed by its own text, though the first line of that text reads like a finding
# (违规, 问题12个, 隐患): the text is the problem's, not a problem of its own.
@pytest.mark.parametrize(
    "measure",
    [
        "开展违规吃喝问题专项检查，发现问题12个，已督促整改到位。",
        "对存在安全隐患的36处场所逐一建立台账，隐患全部整改销号。",
        "组织排查违规发放津补贴问题，清退资金5.2万元。",
    ],
)
@pytest.mark.parametrize(
    ("done", "going"),
    [
        ("目前，此问题已整改到位。", "目前，此问题正在整改中。"),
        ("整改状态：已完成。", "整改状态：正在推进。"),
        ("该问题已整改销号。", "该问题整改正在推进中。"),
    ],
)
def test_the_line_below_a_headline_alone_is_its_text(measure: str, done: str, going: str) -> None:
    body = (
        "（一）贯彻落实上级决策部署方面\n"
        f"重点项目推进缓慢，个别项目未按期开工。\n{measure}\n{done}\n"
        f"安全生产监管不到位，部分场所存在隐患。\n{measure}\n{going}\n"
        "（二）落实全面从严治党方面\n"
        f"财务管理不规范，部分支出审批手续不全。\n{measure}\n{done}\n"
        f"公务用车管理不严格，存在私车公养现象。\n{measure}\n{done}\n"
    )
    assert _read(body) == [
        ("1", "重点项目推进缓慢,个别项目未按期开工", "done"),
        ("2", "安全生产监管不到位,部分场所存在隐患", "in_progress"),
        ("1", "财务管理不规范,部分支出审批手续不全", "done"),
        ("2", "公务用车管理不严格,存在私车公养现象", "done"),
    ]


# After a problem's text has closed on its status, a headline alone on its line opens the next problem though its
# words name no shortcoming the parser knows (…不优, …欠佳, …起步晚).
@pytest.mark.parametrize(
    "headline",
    [
        "机关干部年龄结构不优，专业人才匮乏",
        "科室之间协作配合欠佳",
        "信息化建设起步晚，数据共享程度低",
    ],
)
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("此问题已整改到位。", "done"),
        ("目前该问题正在整改中。", "in_progress"),
        ("该问题已整改完成，并将长期坚持。", "done_longterm"),
    ],
)
def test_a_headline_alone_after_a_closed_status_opens_a_problem(headline: str, closing: str, status: str) -> None:
    body = (
        "（一）落实新时代党的组织路线方面\n"
        "基层党组织建设不够规范，组织生活流于形式。\n"
        "制定支部标准化建设方案，对各支部组织生活开展专项检查。\n"
        "目前，该问题已整改完成。\n"
        f"{headline}。\n"
        "组织开展业务培训3期，选派干部到上级部门跟班学习。\n"
        f"{closing}\n"
        "（二）落实全面从严治党方面\n"
        "财务管理不规范，部分支出审批手续不全。\n修订财务管理制度，规范审批流程。\n目前，该问题已整改完成。\n"
        "公务用车管理不严格，存在私车公养现象。\n开展公务用车专项检查，清退费用0.8万元。\n目前，该问题已整改完成。\n"
    )
    assert _read(body)[:3] == [
        ("1", "基层党组织建设不够规范,组织生活流于形式", "done"),
        ("2", headline.replace("，", ","), status),
        ("1", "财务管理不规范,部分支出审批手续不全", "done"),
    ]


# Areas printed as lines of their own without a number (bold on the page), each over unnumbered problems: the areas
# are the aspects, the part above them frames the list, and the problems are counted under each area.
@pytest.mark.parametrize(
    "areas",
    [
        ("关于贯彻落实上级决策部署方面", "关于落实全面从严治党责任方面"),
        ("在贯彻落实上级决策部署方面存在的问题", "在落实全面从严治党责任方面存在的问题"),
        ("贯彻落实上级决策部署方面的问题", "落实全面从严治党责任方面的问题"),
        ("党的领导方面", "党的建设方面", "全面从严治党方面"),
    ],
)
def test_unnumbered_areas_over_unnumbered_problems(areas: tuple[str, ...]) -> None:
    problems = [
        ("重点项目推进缓慢，个别项目未按期开工", "建立项目调度机制，逐项倒排工期。", "该问题已整改完成。", "done"),
        ("安全生产监管不到位，部分场所存在隐患", "开展专项整治，整改隐患36处。", "该问题正在推进。", "in_progress"),
        ("财务管理不规范，部分支出审批手续不全", "修订财务管理制度，规范审批流程。", "该问题已整改完成。", "done"),
        ("公务用车管理不严格，存在私车公养现象", "开展公务用车专项检查，清退费用。", "该问题已整改完成。", "done"),
    ]
    body, want = "", []
    for n, area in enumerate(areas):
        body += f"{area}\n"
        for k, (title, measure, closing, status) in enumerate(problems[n : n + 2], 1):
            body += f"{title}。\n{measure}\n{closing}\n"
            want.append((str(k), title.replace("，", ","), status, area))
    notice = parse_notice(_HEAD + body + _TAIL)
    assert [(i.label, i.title, i.status, i.aspect) for i in notice.items] == want
    assert notice.aspect_count == len(areas)
