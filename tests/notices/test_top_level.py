"""Problems printed at the notice's top level (issue 19 points 1–2): 一、<problem> headings carrying their own text,
其一/一是 headlines with no heading above them, and the closing part that ends their list whatever family numbers it.

Fresh generator seeds met these shapes (tests/notices/generator.py, levels=1); each notice here is small and written as
the genre prints it, and each test checks what a reader of the ledger sees: the problems, their titles and statuses.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

OPENING = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于2024年6月10日反馈了巡察意见。\n"
)
CLOSING = "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0546-8338123。\n"


def _read(body: str) -> list[tuple[str, str, str]]:
    notice = parse_notice(OPENING + body + CLOSING)
    return [(i.label, i.title, i.status) for i in notice.items]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a shortcoming whose measures run on after its headline (the inline layout)
        (
            "一、公务接待管理不规范。一是修订接待办法。二是逐笔核查报销凭证。\n完成情况:已完成。",
            "二、合同管理不规范。一是建立合同台账。二是开展法律审核。\n完成情况:正在整改。",
        ),
        # tasks over their own status fields (L04's wording at the top level)
        (
            "一、加强档案规范管理。\n是否完成:是\n对近三年的有关资料进行全面梳理,规范归档。",
            "二、深化作风建设。\n是否完成:否\n开展警示教育,组织观看警示教育片。",
        ),
        # tasks stating their status in a bracket before the headline, 压实 among their words
        (
            "一、〔已整改〕压紧压实管党治党责任。一是制定年度工作要点。\n二是加强日常监督。",
            "二、[正在整改]加强网络安全防护。\n开展专项检查,对发现的问题逐一督促落实。",
        ),
        # tasks whose text closes with the problem's status in a sentence of its own
        (
            "一、优化政务服务流程。\n目前,该问题已完成整改。\n组织全体干部开展专题学习。",
            "二、提升统计数据质量。\n组织开展业务培训2次。\n目前该问题正在整改中。",
        ),
        # named problems with their status after the name, their text after it on the line or below it
        (
            "一、针对“信访举报办理不及时”的问题,已完成整改。一是建立台账。二是定期调度。",
            "二、针对“干部教育培训针对性不强”的问题(暂未销号)\n加强日常监督,定期通报工作进展。",
        ),
    ],
    ids=["inline_text", "task_fields", "task_prefix", "task_prose", "named_with_status"],
)
def test_top_level_headings_carrying_their_own_text_are_the_problems(first: str, second: str) -> None:
    """一、<headline> over (or followed on its line by) its own rectification text, nothing numbered below it: the
    finest level carrying its own text is the problem level, so each 一、 heading is one problem, titled by its
    headline alone."""
    items = _read(f"{first}\n{second}\n")
    assert [label for label, _, _ in items] == ["一", "二"]
    assert [status for _, _, status in items] == ["done", "in_progress"]
    for _, title, _ in items:
        assert "。" not in title and "一是" not in title and "已" not in title and "(" not in title, title


def test_a_framing_part_worded_as_a_task_without_a_status_is_not_a_problem() -> None:
    """一、强化督促检查。 over how the work was done (no status, no 一是 measures): the genre's framing part, not a
    problem; the problems are those of the part that lists them."""
    items = _read(
        "一、强化督促检查。\n建立整改工作台账,定期调度整改进展。\n"
        "二、整改落实情况\n1.公务接待管理不规范。\n整改进度:已完成。\n2.合同管理不规范。\n整改进度:正在推进。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("公务接待管理不规范", "done"),
        ("合同管理不规范", "in_progress"),
    ]


@pytest.mark.parametrize(
    "closing", ["(一)建立长效机制,巩固整改成果", "(一)下一步工作安排", "①巩固深化巡察整改成果的打算"]
)
def test_a_closing_part_numbered_apart_ends_the_problems(closing: str) -> None:
    """五、<problem> > (一)建立长效机制 > 一、坚持…: the closing part ends the problem list whatever family numbers it,
    and its points (restarting 一、 like the problems) are not problems, nor part of the last problem."""
    items = _read(
        "一、公务接待管理不规范。\n整改进度:已完成。\n"
        "二、加强档案规范管理。\n是否完成:是\n对有关资料进行全面梳理。\n"
        f"三、针对“合同管理不规范”的问题[已销号]\n{closing}\n"
        "一、坚持思想不松。进一步提高政治站位。\n二、坚持标准不降。对需要长期坚持的事项定期调度。\n"
    )
    assert [(label, title, status) for label, title, status in items] == [
        ("一", "公务接待管理不规范", "done"),
        ("二", "加强档案规范管理", "done"),
        ("三", "合同管理不规范", "done"),
    ]


def test_a_problem_whose_last_measure_builds_a_mechanism_keeps_it() -> None:
    """一、关于“…”问题的整改情况 > (一)… (二)建立长效机制。…: a step numbered on in the problem's measures (L05), not a
    closing part: the problem is read whole, and the next problem after it."""
    items = _read(
        "一、关于“上轮巡察整改不够彻底”问题的整改情况\n(一)开展整改“回头看”。逐项复查。\n(二)建立长效机制。每年复查一次。\n"
        "二、关于“财务管理不够规范”问题的整改情况\n(一)完善财务制度。修订管理办法。\n(二)规范经费使用。逐笔核查。\n"
    )
    assert [title for _, title, _ in items] == ["上轮巡察整改不够彻底", "财务管理不够规范"]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
@pytest.mark.parametrize(
    "shape",
    [
        # each task headline over its own status field
        "{one}提升统计数据质量。\n整改进度:已整改完成。\n开展专项检查。\n{two}强化选人用人监督。\n整改结果:持续推进中。\n加强日常监督。\n",
        # its status as a clause closing the headline, its text run on after it (a page that lost its line breaks)
        "{one}提升统计数据质量,已整改完成。开展专项检查。\n{two}强化选人用人监督,正在整改。加强日常监督。\n",
        # its text run on after the headline, a closing sentence stating the problem's status below it
        "{one}提升统计数据质量。开展专项检查。\n目前,该问题已完成整改。\n{two}强化选人用人监督。加强日常监督。\n"
        "目前该问题正在整改中。\n",
    ],
    ids=["fields", "clause", "prose"],
)
def test_task_headlines_numbered_in_words_at_the_top_are_the_problems(family: str, shape: str) -> None:
    """其一,<task>。 / 一是<task>。 with nothing numbered above them, each stating its own status: the points carry
    their own rectification text, so they are the problems (the notice's header above them is no heading's text)."""
    one, two = family.format(n="一"), family.format(n="二")
    items = _read(shape.format(one=one, two=two))
    assert items == [("一", "提升统计数据质量", "done"), ("二", "强化选人用人监督", "in_progress")]


def test_measures_in_words_under_a_problem_closing_with_its_status_stay_measures() -> None:
    """1.<shortcoming> > 一是加大政策宣传。<text>二是…。 > 整改结果:已完成整改。: one run of measures sharing the
    problem's status field, its first clause a task's words: the problem's measures, not problems (seed 003)."""
    items = _read(
        "1.科技成果转化力度不大。\n一是加大政策宣传。培训期间讲解技术合同实务。二是做好技术合同登记。提高工作效率。\n"
        "整改结果:已完成整改。\n2.落实科研激励机制有弱项。\n一是组织企业申报创新券。二是开展科技金融专项申报。\n"
        "整改结果:已完成整改。\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("1", "科技成果转化力度不大"),
        ("2", "落实科研激励机制有弱项"),
    ]


def test_tasks_numbered_in_words_each_with_its_own_fields_are_the_problems() -> None:
    """一是<task>。 > its measures > 责任领导:…;整改时限:… with nothing else numbered: the fields are a problem's."""
    body = (
        "一是 健全意识形态工作机制。\n制定年度工作要点,将任务分解到岗到人。\n"
        "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持\n"
        "二是 推进政务公开。\n召开专题会议研究部署,制定整改方案。\n"
        "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改\n"
    )
    assert _read(body) == [("一", "健全意识形态工作机制", "unstated"), ("二", "推进政务公开", "unstated")]


def test_a_summary_of_the_work_numbered_in_words_lists_no_problems() -> None:
    """一是提高政治站位…二是压实整改责任…: the genre's summary of how the work was done, no problem among them."""
    body = (
        "一是 提高政治站位。\n党组多次召开专题会议研究部署整改工作。\n"
        "二是 压实整改责任。\n党组书记切实履行第一责任人职责,班子成员抓好分管领域整改。\n"
    )
    assert _read(body) == []


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a squeeze or a hard wrap lost the break after the headline's 问题; fields below, or none
        (
            "1.意识形态阵地管理不严问题开展警示教育,组织观看警示教育片。\n责任单位:机关党委;整改时限:长期坚持",
            "意识形态阵地管理不严",
        ),
        (
            "1.工会经费使用不规范问题建立定期调度机制,每月听取一次工作汇报。目前,该问题已整改完成。",
            "工会经费使用不规范",
        ),
        ("1.党组会议议事规则不健全问题截至目前已完成专项检查3次。\n整改进度:已完成", "党组会议议事规则不健全"),
        # 问题 followed by a measure's verb inside a problem worded from its object: the whole is the problem
        ("1.对巡察发现问题开展整改不及时。\n整改进度:已完成", "对巡察发现问题开展整改不及时"),
    ],
)
def test_a_headline_run_on_into_its_measures_ends_at_its_problem(item: str, title: str) -> None:
    assert [t for _, t, _ in _read(item + "\n")] == [title]


@pytest.mark.parametrize(
    ("claim", "warnings"),
    [
        ("共发现问题30个,已全部整改完成。", []),  # 18 + 12: the classes count every problem
        ("共发现问题40个,已全部整改完成。", ["claim_mismatch", "unrecognised"]),  # 30 of 40: a doubt to show
    ],
)
def test_classes_counting_their_problems_answer_the_notices_total(claim: str, warnings: list[str]) -> None:
    """1.<class>方面问题（共18项，已全部整改完成）: the notice lists its problems by class, each counting its own."""
    body = (
        f"{claim}\n"
        "1.学习教育方面问题（共18项，已全部整改完成）。\n开展专题学习,建立学习台账。\n"
        "2.环境设施方面问题（共12项，已全部整改完成）。\n修缮活动阵地,更换老旧设施。\n"
    )
    notice = parse_notice(OPENING + body + CLOSING)
    assert [i.status for i in notice.items] == ["done", "done"]
    assert [w.code for w in notice.warnings] == warnings


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 一、<problem>问题,<status>。<its text> on one line: a status clause, not a heading grouping by status
        (
            "一、公务接待管理不规范问题,未整改到位。一是修订接待办法。\n二是逐笔核查报销凭证。\n"
            "二、合同管理不规范问题,已完成整改。一是建立合同台账。\n",
            [("一", "公务接待管理不规范", "in_progress"), ("二", "合同管理不规范", "done")],
        ),
        # the headline closed by its status or its first measure with no mark after 问题 (a squeeze)
        (
            "一、在财务管理方面\n1.工会经费使用不规范问题已完成整改。\n整改措施:开展专项检查。\n"
            "2.干部教育培训针对性不强问题已对5名相关人员完成提醒谈话。\n整改进度:正在推进\n",
            [("1", "工会经费使用不规范", "done"), ("2", "干部教育培训针对性不强", "in_progress")],
        ),
        # 一是【status】关于…的问题。<text>: each a named problem with its status, under an area heading
        (
            "一、在“贯彻落实上级决策部署不够到位”方面\n"
            "一是【正在推进】关于网络安全防护有漏洞的问题。建立工作台账,实行清单化管理。\n"
            "二是(已完成)关于行政审批服务效率不高的问题。建立定期调度机制,每月听取一次工作汇报。\n",
            [("一", "网络安全防护有漏洞", "in_progress"), ("二", "行政审批服务效率不高", "done")],
        ),
        # 其一,[status]<shortcoming>。<text>: the same with the problem stated as a shortcoming
        (
            "一、在落实全面从严治党战略部署方面\n其一,【已完成】选人用人程序不规范。建立定期调度机制。\n"
            "其二,【未完成】发展党员程序不规范。对近三年的有关资料进行全面梳理。\n",
            [("一", "选人用人程序不规范", "done"), ("二", "发展党员程序不规范", "in_progress")],
        ),
        # 其一,<shortcoming>【status】。<text>: the status closing the headline, the text after it on its line
        (
            "一、在落实全面从严治党战略部署方面\n其一,选人用人程序不规范【已整改完成】。建立定期调度机制。\n"
            "其二,发展党员程序不规范(整改中)。对近三年的有关资料进行全面梳理。\n",
            [("一", "选人用人程序不规范", "done"), ("二", "发展党员程序不规范", "in_progress")],
        ),
        # 一、<shortcoming> > ①<task>,<status>。一是…: tasks stating their status make the heading their area
        (
            "一、基层党组织建设有差距\n①加强档案规范管理,已完成。一是建立定期调度机制。\n二是制定年度工作要点。\n"
            "②深化作风建设,已基本完成。一是加强日常监督。\n",
            [("1", "加强档案规范管理", "done"), ("2", "深化作风建设", "in_progress")],
        ),
        # the status on a line of its own between the problem's description and what was done
        (
            "一、在意识形态方面\n问题1:\n问题描述:违规发放津补贴。\n目前,该问题已完成整改,并将长期坚持。\n"
            "整改情况:清退违规发放的津补贴。\n每季度开展一次抽查。\n问题2:\n问题描述:固定资产管理混乱。\n"
            "截至目前,该问题尚未整改到位。\n整改措施:开展资产清查。\n建立资产台账。\n",
            [("问题1", "违规发放津补贴", "done_longterm"), ("问题2", "固定资产管理混乱", "in_progress")],
        ),
    ],
)
def test_a_status_stated_where_a_squeeze_or_the_order_of_lines_hides_it(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(body) == expected


def test_points_stating_their_own_status_under_a_named_problem_are_its_problems() -> None:
    """第2个问题:关于“X”问题的整改 > ⑴<task>。目前该问题已完成整改。: each point calls itself the problem."""
    body = (
        "一、关于意识形态工作责任制落实方面\n"
        "第1个问题:关于“财务管理制度执行不严”方面\n⑴加强人才引进培养。目前,该问题已整改完成。\n"
        "⑵提升基层党组织组织力。截至目前,该问题已整改到位。\n"
        "第2个问题:关于“服务群众意识不强”问题的整改\n⑴规范财务资产管理。目前该问题已完成整改。\n"
        "对近三年的有关资料进行全面梳理,规范归档。\n⑵深化“三会一课”制度落实。截至目前,该问题尚未整改到位,将持续推进。\n"
    )
    assert [(t, s) for _, t, s in _read(body)] == [
        ("加强人才引进培养", "done"),
        ("提升基层党组织组织力", "done"),
        ("规范财务资产管理", "done"),
        ("深化“三会一课”制度落实", "in_progress"),
    ]


def test_points_that_call_themselves_the_problem_are_problems_under_a_shortcoming_heading() -> None:
    """一、反馈问题:<shortcoming> > 1、<task>。 > … > 目前该问题已完成整改。: the heading is the area, not one problem
    whose measures are numbered; measures never call themselves 该问题."""
    body = (
        "一、反馈问题:落实新时代党的组织路线不到位\n1、健全意识形态工作机制。\n已完成全部32份合同的复核。\n"
        "目前该问题已完成整改。\n2、提升基层党组织组织力。\n建立健全长效机制。目前该问题还没有完成整改。\n"
    )
    assert [(t, s) for _, t, s in _read(body)] == [
        ("健全意识形态工作机制", "done"),
        ("提升基层党组织组织力", "in_progress"),
    ]


def test_a_counted_run_of_tasks_may_count_on_from_the_area_before() -> None:
    """第二项:<area> > 该方面2个问题已全部整改完成。 > 三是<task>。 四是<task>。: numbered through the notice."""
    body = (
        "第一项:关于落实新时代党的组织路线方面\n该方面2个问题均正在整改。\n一是加强档案规范管理。\n召开专题会议研究部署。\n"
        "二是加强干部队伍建设。\n已对5名相关人员完成提醒谈话。\n"
        "第二项:反馈问题:落实全面从严治党战略部署不到位\n该方面2个问题已全部整改完成。\n三是提升统计数据质量。\n"
        "邀请专家进行现场指导。\n四是严格公务接待管理。\n制定年度工作要点。\n"
    )
    assert [(t, s) for _, t, s in _read(body)] == [
        ("加强档案规范管理", "in_progress"),
        ("加强干部队伍建设", "in_progress"),
        ("提升统计数据质量", "done"),
        ("严格公务接待管理", "done"),
    ]


def test_problems_numbered_in_words_through_the_notice_count_on_under_the_next_group() -> None:
    """第2个问题:<group> > 三是<task>。 (bare) > 四是<task>。 > <text>: the run of 一是/二是 problems goes on."""
    body = (
        "第1个问题:关于履行职能责任、推动高质量发展方面\n一是加强网络安全防护。\n开展警示教育。\n"
        "二是优化政务服务流程。\n建立工作台账。\n第2个问题:落实巡察、审计等监督发现问题整改方面存在的问题\n"
        "三是提升基层党组织组织力。\n四是严格公务接待管理。\n建立定期调度机制。\n"
    )
    assert [(label, t) for label, t, _ in _read(body)] == [
        ("一", "加强网络安全防护"),
        ("二", "优化政务服务流程"),
        ("三", "提升基层党组织组织力"),
        ("四", "严格公务接待管理"),
    ]


def test_a_bare_task_stating_its_status_among_top_level_problems_is_one() -> None:
    """三、(已完成)<task>。 printed with no text of its own between problems that have theirs."""
    body = (
        "一、[已完成]完善内部控制体系。\n开展警示教育,组织观看警示教育片。\n"
        "二、(已完成)推进重点项目建设。\n三、(正在推进)强化对下属单位的监督指导。\n建立定期调度机制。\n"
    )
    assert [(t, s) for _, t, s in _read(body)] == [
        ("完善内部控制体系", "done"),
        ("推进重点项目建设", "done"),
        ("强化对下属单位的监督指导", "in_progress"),
    ]


def test_a_group_heading_worded_as_a_shortcoming_holds_problems_as_its_siblings_do() -> None:
    """问题3:<shortcoming> > (一)针对“X”的问题<text>… after 问题1 and 问题2 held their problems under (一)(二)."""
    groups = "".join(
        f"问题{n}:{head}\n(一)针对“{a}”的问题\n目前该问题已完成整改。\n(二)针对“{b}”的问题\n目前该问题正在推进整改。\n"
        for n, head, a, b in (
            (1, "落实新时代党的组织路线方面存在的问题", "廉政风险防控机制不健全", "审计发现问题整改不到位"),
            (2, "关于意识形态工作责任制落实方面", "工会经费使用不规范", "职工队伍建设有短板"),
        )
    )
    body = (
        groups + "问题3:作风建设和廉洁自律有差距\n(一)针对“执法检查覆盖面不足”的问题组织全体干部开展专题学习。\n"
        "目前该问题正在推进整改。\n(二)针对“专项资金使用监管不到位”的问题\n目前该问题已完成整改。\n"
    )
    assert [(t, s) for _, t, s in _read(body)][-2:] == [
        ("执法检查覆盖面不足", "in_progress"),
        ("专项资金使用监管不到位", "done"),
    ]
