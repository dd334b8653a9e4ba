"""The problem level where the notice's own words decide it (issue 19 point 2): an area's lead sentence that counts
its problems, the notice's claimed count, and a run of problems numbered in words that goes on.

Each class was met in the generator's free sweep (seeds past the test command's) and is written here as the genre
prints it, with members the sweep did not print; each test checks what a reader of the ledger sees.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.notices.generator import generate
from tests.notices.test_generated import differences

OPENING = (
    "中共某县统计局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县统计局党组开展了巡察,并于2024年6月10日反馈了巡察意见。\n"
)


def _read(body: str, opening: str = OPENING) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_notice(opening + body).items]


# 一、<shortcoming> > 本方面1个问题已整改完成。 > 1.<task>: the lead speaks of the heading as an area (本方面/该方面),
# so what stands below is its problem, even a task-worded one, and the heading is no problem of its own.
@pytest.mark.parametrize(
    "lead", ["本方面1个问题已整改完成。", "该方面1个问题已完成整改。", "此方面共1个问题,已整改完成。"]
)
@pytest.mark.parametrize("heading", ["意识形态工作责任制落实有差距", "党建工作与业务工作融合不够"])
def test_an_area_lead_makes_its_heading_an_area(heading: str, lead: str) -> None:
    body = (
        f"一、{heading}\n{lead}\n1.严格落实意识形态工作责任制。\n召开专题会议研究部署。\n"
        "二、选人用人方面\n本方面1个问题正在整改中。\n2.规范干部选拔任用程序。\n修订相关制度。\n"
    )
    assert _read(body) == [
        ("1", "严格落实意识形态工作责任制", "done"),
        ("2", "规范干部选拔任用程序", "in_progress"),
    ]


# 二、<area>方面 > 2.<task>。 bare (its text left out) > 3.<task>。 > its text: one point left bare among points with
# text of their own reads as its siblings, so the area still lists its problems.
@pytest.mark.parametrize("bare", ["加强保密管理", "规范公务接待"])
def test_a_bare_task_among_tasks_with_text_is_a_problem(bare: str) -> None:
    body = (
        "一、作风建设方面存在的问题\n"
        f"1.{bare}。\n"
        "2.健全内部控制制度。\n修订完善财务报销制度。\n"
        "3.加强档案规范管理。\n对近三年档案进行全面梳理。\n"
    )
    assert [label for label, _, _ in _read(body)] == ["1", "2", "3"]


# 一、…方面 > 1.<task>。<its text> on one line: a task headline whose text runs on after it is a problem of the area,
# as one with its text on the lines below is.
@pytest.mark.parametrize("point", ["1.", "1、", "(1)"])
def test_task_points_with_text_run_on_under_an_area(point: str) -> None:
    second = point.replace("1", "2")
    body = (
        "一、关于落实全面从严治党战略部署方面\n"
        f"{point}深化“三会一课”制度落实。建立工作台账,实行清单化管理。\n"
        f"{second}压实意识形态工作责任。组织全体干部开展专题学习。\n"
        "二、落实巡察、审计等监督发现问题整改方面\n"
        f"{point}完善内部控制体系。修订完善相关制度。\n"
    )
    assert [title for _, title, _ in _read(body)] == [
        "深化“三会一课”制度落实",
        "压实意识形态工作责任",
        "完善内部控制体系",
    ]


# A list with no 一、 parts whose first point is worded like the genre's framing parts (压紧压实…责任, 加强组织领导)
# while the notice's count (反馈问题4个) counts it: the point is a problem worded as a task (L04).
@pytest.mark.parametrize("framing", ["压紧压实管党治党责任", "压实整改主体责任"])
def test_a_framing_worded_first_point_counted_by_the_notice_is_a_problem(framing: str) -> None:
    opening = OPENING.replace("反馈了巡察意见。", "反馈了巡察意见,反馈问题4个。")
    body = (
        f"1.{framing}。\n建立定期调度机制。\n2.加强档案规范管理。\n开展专项检查。\n"
        "3.完善内部控制体系。\n修订相关制度。\n4.推进政务公开。\n规范公开流程。\n特此通报。\n"
    )
    assert [label for label, _, _ in _read(body, opening)] == ["1", "2", "3", "4"]


def test_framing_points_of_their_own_part_stay_framing() -> None:
    """a.整改工作总体情况 > (1)提高政治站位 (2)压实整改责任 before b.整改落实情况 > (1)<problem> (2)…: the framing
    points stand in a part of their own, so they are never counted to meet the claim (4 claimed, 2 listed)."""
    opening = OPENING.replace("反馈了巡察意见。", "反馈了巡察意见,反馈问题4个。")
    body = (
        "a.整改工作总体情况\n(1)提高政治站位。党组召开专题会议研究部署。\n(2)压实整改责任。党组书记履行第一责任人责任。\n"
        "b.整改落实情况\n(1)财务管理不规范。\n修订制度。目前该问题已完成整改。\n(2)档案管理混乱。\n全面梳理。目前该问题正在整改。\n"
    )
    assert _read(body, opening) == [("1", "财务管理不规范", "done"), ("2", "档案管理混乱", "in_progress")]


# 一、<area> > 本方面共3个问题… > 第1个问题:关于“…”问题的整改 > 1.<task> 2. 3.: the area's lead counts the points
# under the heading, not the one heading, so the points are its problems; a lone point under a heading naming an area
# (关于“…”方面) whose lead counts one problem is that problem even bare.
@pytest.mark.parametrize(
    "group", ["第1个问题:关于“政治监督不够有力”问题的整改", "问题(一)关于“政治监督不够有力”问题的整改"]
)
def test_an_area_lead_counts_the_points_under_its_heading(group: str) -> None:
    body = (
        "一、落实全面从严治党战略部署不到位\n本方面共3个问题,均已整改完成。\n"
        f"{group}\n"
        "1.规范公务用车使用。\n对相关责任人进行提醒谈话。\n2.加强档案规范管理。\n开展警示教育。\n"
        "3.强化对下属单位的监督指导。\n制定年度工作要点。\n"
        "二、落实新时代党的组织路线有差距\n本方面1个问题正在整改中。\n"
        f"{group.split('关于')[0].replace('1', '2').replace('一', '二')}关于“贯彻上级指示精神不到位”方面\n"
        "4.加强干部队伍建设。\n"
    )
    assert _read(body) == [
        ("1", "规范公务用车使用", "done"),
        ("2", "加强档案规范管理", "done"),
        ("3", "强化对下属单位的监督指导", "done"),
        ("4", "加强干部队伍建设", "in_progress"),
    ]


# A squeezed page (no line breaks) of problems numbered in words: 其四,关于…的问题。<its text> goes on the run of
# named problems whether its text runs on or not, and ②…方面其三,… opens a line after a heading printed without its
# closing mark, as 。其三 does.
def test_a_squeezed_run_of_named_problems_goes_on() -> None:
    body = (
        "b.反馈意见整改情况①关于落实巡察监督发现问题整改方面"
        "其一,关于统计数据质量把关不严的问题。开展专项检查,对发现的问题逐一督促落实。正在整改。"
        "其二,关于“第一议题”制度落实不到位的问题。目前,该问题已整改完成。"
        "②关于贯彻落实上级决策部署方面其三,关于推动重点工作落实不够有力的问题。制定年度工作要点。"
        "目前,该问题正在整改中。其四,关于违规发放津补贴的问题。已清退相关款项。目前该问题已完成整改。"
        "特此通报。某县统计局党组2024年9月1日"
    )
    assert _read(body) == [
        ("一", "统计数据质量把关不严", "in_progress"),
        ("二", "“第一议题”制度落实不到位", "done"),
        ("三", "推动重点工作落实不够有力", "in_progress"),
        ("四", "违规发放津补贴", "done"),
    ]


# 第7个问题:<shortcoming>。截至目前,该问题尚未整改到位。 > 一是<what was done> …: the status sentence after the
# headline is the problem's own, not a heading grouping problems by status, so its 一是 lines are its measures.
@pytest.mark.parametrize("sentence", ["截至目前,该问题尚未整改到位,将持续推进。", "目前该问题尚未完成整改。"])
def test_a_problem_stating_its_status_keeps_its_measures(sentence: str) -> None:
    body = (
        "第1个问题:专项资金使用监管不到位。一是全面梳理有关资料。\n二是已约谈相关人员。目前该问题已完成整改。\n"
        f"第2个问题:党组理论学习中心组学习次数不达标。{sentence}\n"
        "一是截至目前已完成专项检查3次。\n二是加强与相关部门的沟通协调。\n"
    )
    assert _read(body) == [
        ("1", "专项资金使用监管不到位", "done"),
        ("2", "党组理论学习中心组学习次数不达标", "in_progress"),
    ]


# 二、反馈意见整改情况 > 第1项:<task>。<its text>: the part holding the whole list lists its problems as an area does,
# task-worded ones too, a bare last one among them.
@pytest.mark.parametrize("part", ["反馈意见整改情况", "巡察反馈问题整改落实情况", "反馈问题整改情况"])
def test_task_points_under_the_part_holding_the_list(part: str) -> None:
    body = (
        "一、整改工作开展情况\n其一,提高政治站位。党组召开专题会议研究部署。\n"
        f"二、{part}\n"
        "第1项:完善内部控制体系。组织开展业务培训2次。\n第2项:深化作风建设。建立定期调度机制。\n"
        "第3项:加强人才引进培养。\n特此通报。\n"
    )
    assert [title for _, title, _ in _read(body)] == ["完善内部控制体系", "深化作风建设", "加强人才引进培养"]


# 其一,<task>。 > its text > … 其七 above the closing part alone (一、建立长效机制…): the run is the notice's list,
# not its header, and its points are the problems where no other reading finds any.
def test_word_numbered_tasks_above_a_closing_part() -> None:
    body = (
        "其一,扩大优质服务供给。\n将相关内容纳入年度学习计划。\n其二,严格公务接待管理。\n开展警示教育。\n"
        "其三,规范财务资产管理。\n建立工作台账。\n截至目前,巡察反馈的3个问题已全部制定整改措施。\n"
        "一、建立长效机制,巩固整改成果\n其一,坚持思想不松。进一步提高政治站位。\n其二,坚持标准不降。定期调度。\n"
    )
    assert [title for _, title, _ in _read(body)] == ["扩大优质服务供给", "严格公务接待管理", "规范财务资产管理"]


# The same run with nothing after it but the closing words and the signature (a college's short notice): the run is
# still the list, one headline of three or more left without text (a page mark fell where it was) among them.
@pytest.mark.parametrize("family", ["其{},", "{}是"])
@pytest.mark.parametrize("bare", [None, 1], ids=["each_with_text", "one_bare"])
def test_word_numbered_tasks_with_no_part_around_them(family: str, bare: int | None) -> None:
    tasks = ["健全意识形态工作机制", "提升统计数据质量", "强化选人用人监督", "加强保密管理"]
    texts = [
        "建立定期调度机制。",
        "召开专题会议研究部署。",
        "已对5名相关人员完成提醒谈话。",
        "目前相关制度均已按期印发。",
    ]
    body = "".join(
        f"{family.format(n)}{task}。\n" + ("" if k == bare else f"{text}\n")
        for k, (n, task, text) in enumerate(zip("一二三四", tasks, texts, strict=True))
    )
    closing = "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县统计局党组\n2024年10月12日\n"
    assert [title for _, title, _ in _read(body + closing)] == tasks


# A notice that tells only its work as a whole, numbered in words (一是提高政治站位。… 二是压实整改责任。…), lists no
# problem: its points are not read as problems, and the reader hears that none was found.
@pytest.mark.parametrize(
    "points",
    [("提高政治站位", "压实整改责任", "强化督促检查"), ("加强组织领导", "坚持标准不降", "健全长效机制")],
)
def test_word_numbered_points_of_the_work_alone_are_no_problems(points: tuple[str, ...]) -> None:
    body = "".join(f"{n}是{p}。\n党组召开专题会议研究部署。\n" for n, p in zip("一二三", points, strict=True))
    notice = parse_notice(OPENING + body + "欢迎广大干部群众监督。\n中共某县统计局党组\n2024年10月12日\n")
    assert not notice.items
    assert "no_problems" in {w.code for w in notice.warnings}


# Hard-wrapped at the page width: a heading that fills the line (一、…方面存在的问题) then an unnumbered problem worded
# as a task (加强人才引进培养。…) starts a line of its own; a figure cut from its counter (…有 | 2笔支出…) is no number.
def _wrapped(paragraphs: list[str], width: int = 20) -> str:
    """The paragraphs hard-wrapped at `width` characters, as a page printed at that width keeps them."""
    return "".join("".join(p[k : k + width] + "\n" for k in range(0, len(p), width)) for p in paragraphs)


def test_a_full_width_heading_then_a_task_headline() -> None:
    text = _wrapped(
        [
            OPENING.split("\n")[0],
            "根据县委统一部署,县委第一巡察组对县统计局党组开展了常规巡察,并于六月中旬反馈了巡察意见。",
            "一、落实新时代党的组织路线方面存在的问题",
            "加强人才引进培养。一是对近三年的有关资料进行全面梳理,规范归档。二是建立工作台账,实行清单化管理。",
            "完成情况:正在推进。",
            "健全意识形态工作机制。一是加强日常监督,定期通报工作进展。",
            "完成情况:已完成。",
            "二、意识形态工作责任制落实方面存在的问题",
            "优化政务服务流程。目前相关制度均已按期印发。",
            "整改结果:已完成。",
            "完善内部控制体系。组织全体干部开展专题学习。",
            "整改结果:正在推进。",
        ]
    )
    assert _read(text, "") == [
        ("1", "加强人才引进培养", "in_progress"),
        ("2", "健全意识形态工作机制", "done"),
        ("1", "优化政务服务流程", "done"),
        ("2", "完善内部控制体系", "in_progress"),
    ]


@pytest.mark.parametrize("counter", ["笔", "宗", "张", "位"])
def test_a_figure_wrapped_before_its_counter_is_no_number(counter: str) -> None:
    body = (
        "(一)关于“政治理论学习跟进不够及时。部分台账记录不全。2023年有\n"
        f"2{counter}支出手续不完备”问题的整改(已销号)\n整改情况:开展警示教育,组织观看警示教育片。对相关责任人进\n"
        "行提醒谈话。\n(二)关于“意识形态阵地管理不严”问题的整改(未销号)\n整改情况:全面梳理有关资料。\n"
    )
    assert [(label, status) for label, _, status in _read(body)] == [("一", "done"), ("二", "in_progress")]


# 第四条:针对“…”的问题目前该问题正在推进整改。 > 一是… 二是…: the problem named whole, its own status glued after the
# name with no mark between, heads its measures; it is no heading grouping problems by status.
@pytest.mark.parametrize("status", ["目前该问题正在推进整改。", "目前,该问题已整改完成。"])
def test_a_named_problem_with_its_status_glued_on_keeps_its_measures(status: str) -> None:
    expected = "in_progress" if "正在" in status else "done"
    body = (
        "第一条:针对“档案管理工作不规范”的问题\n已全面梳理有关资料。\n目前该问题已完成整改。\n"
        f"第二条:针对“内部控制制度不健全”的问题{status}\n"
        "一是召开专题会议研究部署。\n二是加强日常监督。\n三是截至目前已完成专项检查3次。\n"
    )
    assert _read(body) == [("一", "档案管理工作不规范", "done"), ("二", "内部控制制度不健全", expected)]


# The free sweep's notices these classes were met in (seed, levels), past the seeds the test command draws: each
# reads right whole, its gold known by construction (generator.py).
SWEEP_FINDS = [
    (50000014, 1),  # 本方面1个问题 under a shortcoming heading, a bare first task under an area
    (50000014, 3),  # 本方面共3个问题 over 第1个问题:<heading> > 1. 2. 3., a lone bare point under 关于“…”方面
    (50000064, 1),  # 第7个问题:<shortcoming>。截至目前,该问题尚未整改到位。 > 一是…
    (50000086, 1),  # squeezed: 其一,关于…的问题。<text> > 目前该问题… run on
    (50000086, 2),  # squeezed: ②…方面其三,…
    (50000112, 1),  # 1.压紧压实管党治党责任 counted by 反馈问题6个
    (50000112, 2),  # 1.<task>。<text> inline under an area
    (60000048, 1),  # wrapped at 20: 一、…方面存在的问题 | 加强人才引进培养。
    (60000067, 3),  # wrapped at 40, many lines ending at the width
    (60000223, 1),  # wrapped: …2023年有 | 2笔支出…
    (60000265, 1),  # 二、反馈意见整改情况 > 第N项:<task>。<text>
    (60000276, 1),  # 其一…其七 tasks above 一、建立长效机制 alone
    (60000282, 2),  # 第四条:针对“…”的问题目前该问题正在推进整改。
]


@pytest.mark.parametrize(("seed", "levels"), SWEEP_FINDS)
def test_the_sweeps_finds_read_right(seed: int, levels: int) -> None:
    assert differences(generate(seed, levels=levels)) == []
