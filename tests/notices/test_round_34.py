"""Round 34's classes (a random sample of the genre's commonest bodies), each with members its notices do not print.

The notices themselves are read whole by test_genre.py from tests/data/genre/rounds/r34.json.
"""

from __future__ import annotations

import pytest

from notices import parse_bytes
from notices.status import pending_evidence

_TOWN = """中共某县城关镇委员会关于县委巡察反馈意见整改情况的通报
根据县委统一部署，2023年3月6日至5月5日，县委第二巡察组对城关镇党委开展了巡察。2023年6月2日，县委第二巡察组向城关镇党委反馈了巡察意见。现将整改情况通报如下。
{body}
欢迎广大干部群众对巡察整改落实情况进行监督。
中共某县城关镇委员会
2023年10月9日
"""


def _town(body: str) -> list[tuple[str, str, str | None]]:
    notice = parse_bytes(_TOWN.format(body=body).encode(), "r34.txt")
    return [(i.title, i.status, i.aspect) for i in notice.items]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("镇党委", "村（社区）"),
        ("镇机关", "下属单位"),
        ("街道党工委", "社区党组织"),
    ],
)
def test_owner_parts_over_one_paragraph_zhendui_problems(first: str, second: str) -> None:
    """一、<body>反馈问题整改情况 > 针对“<problem>”问题，<measures>。目前该问题已整改完成。 (r34_mituo): the wrapper
    closed by a comma heads a one-paragraph problem, and each part naming whose problems it holds is their aspect."""
    body = (
        f"一、{first}反馈问题整改情况\n"
        "针对“财务报销审核不严”问题，修订财务管理制度，规范报销审批程序。目前该问题已整改完成。\n"
        "针对“公务接待管理不规范”问题，制定公务接待管理办法，严格执行接待清单制度。目前该问题正在整改中。\n"
        f"二、{second}反馈问题整改情况\n"
        "针对“‘三会一课’落实不到位”问题，建立组织生活督查制度，每季度开展检查。目前该问题已整改完成，长期坚持。\n"
        "针对“集体资产底数不清”问题，开展资产清查，建立资产台账。目前该问题已整改完成。\n"
    )
    first_part, second_part = f"一、{first}反馈问题整改情况", f"二、{second}反馈问题整改情况"
    got = [(t, s, a and a.replace("(", "（").replace(")", "）")) for t, s, a in _town(body)]
    assert got == [
        ("财务报销审核不严", "done", first_part),
        ("公务接待管理不规范", "in_progress", first_part),
        ("‘三会一课’落实不到位", "done_longterm", second_part),
        ("集体资产底数不清", "done", second_part),
    ]


@pytest.mark.parametrize("owner", ["县林业局党组", "镇党委", "局机关"])
def test_one_part_naming_the_body_frames_the_list_its_areas_are_the_aspects(owner: str) -> None:
    """二、<the body>巡察反馈问题整改情况 alone frames the whole list: the 方面 headings under it are the aspects."""
    body = (
        "一、整改工作总体情况\n成立整改工作领导小组。\n"
        f"二、{owner}巡察反馈问题整改情况\n"
        "（一）党的领导方面\n1.理论学习不深入。\n整改情况：制定学习计划。目前已整改完成。\n"
        "（二）全面从严治党方面\n2.公务接待管理不规范。\n整改情况：修订办法。目前正在整改。\n"
    )
    got = [(t, s, a and a.replace("(", "（").replace(")", "）")) for t, s, a in _town(body)]
    assert got == [
        ("理论学习不深入", "done", "（一）党的领导方面"),
        ("公务接待管理不规范", "in_progress", "（二）全面从严治党方面"),
    ]


@pytest.mark.parametrize(
    ("count", "kept"),
    [
        ("（共2个问题）", True),
        ("（共 2 项问题）", True),
        ("（共2个问题，已全部完成整改）", False),
        ("（共2个问题，已销号1个）", False),
    ],
)
def test_an_areas_bare_count_with_gong_stays_in_its_name(count: str, kept: bool) -> None:
    """(一)…方面（共3个问题） (r34_zzu): a bare count stays in the aspect's name as printed, with 共 or without it
    (round 33's convention); a status closing the bracket is set apart with its count (round 16)."""
    body = (
        f"（一）落实全面从严治党责任方面{count}\n"
        "1.财务报销审核不严。\n整改情况：修订财务管理制度。该问题已整改完成。\n"
        "2.公务接待管理不规范。\n整改情况：制定公务接待管理办法。该问题已整改完成。\n"
        "（二）基层党组织建设方面\n"
        "1.“三会一课”落实不到位。\n整改情况：建立组织生活督查制度。该问题已整改完成。\n"
    )
    aspect = _town(body)[0][2]
    name = "(一)落实全面从严治党责任方面"
    assert aspect is not None
    assert aspect.replace("（", "(").replace("）", ")").replace(" ", "") == (
        name + count.replace("（", "(").replace("）", ")").replace(" ", "") if kept else name
    )


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("正在整改，实施方案已报市住建局审查。", True),
        ("基本完成，规划调整成果已报上级审查", True),
        ("已基本完成，3名拟任人选处于任前公示期。", True),
        ("阶段性完成，改造项目目前处于招标阶段。", True),
        ("已完成，系统已处于正常运行阶段。", False),
        ("已完成，方案经市住建局审查通过。", False),
    ],
)
def test_work_up_for_review_or_at_a_stage_is_pending(text: str, pending: bool) -> None:
    """完成情况：正在整改，规划成果已报省自然资源厅审查 (r34_jiangcheng) / 整改情况：正在推进，2名入党积极分子处于
    培养考察期 (r34_weibin): work put up for another body's review, or standing at a stage of its course, is still to
    do; a state kept (处于正常运行阶段) or a review passed is not."""
    assert bool(pending_evidence(text)) is pending


@pytest.mark.parametrize("last", ["巡察整改", "巡视整改", "整改落实"])
def test_a_class_worded_as_the_whole_lists_part_is_one_class_among_others(last: str) -> None:
    """序号 | 问题类别 | 存在问题 | … with the classes 政治建设 … 巡察整改 (r34_weibin): a class worded like the part
    that frames the whole list is, beside its sibling classes, the aspect of its own rows."""
    rows = [
        ("1", "政治建设", "理论学习不够深入", "已完成"),
        ("2", "组织建设", "党员发展工作滞后", "已完成"),
        ("3", last, "上轮巡察反馈问题整改不彻底", "已完成"),
    ]
    table = "序号\t问题类别\t存在问题\t整改措施\t整改情况\n" + "".join(
        f"{n}\t{cls}\t{problem}\t制定计划，逐项落实\t{status}\n" for n, cls, problem, status in rows
    )
    aspects = [a for _, _, a in _town("巡察反馈问题整改情况一览表\n" + table)]
    assert [a and a.replace("（", "(").replace("）", ")") for a in aspects] == [
        "(一)政治建设",
        "(二)组织建设",
        f"(三){last}",
    ]
