"""Shapes fresh generator seeds met beyond the test command's tiers (issue 19 point 7): problems worded as tasks amid
framing words, runs of problems numbered in words, and hard-wrapped headlines closed by a status in brackets.

Each notice is small and written as the genre prints it; each test checks what a reader of the ledger sees: the
problems, their titles and statuses. The last test holds the generator to the layouts a reader can annotate.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

from .generator import generate
from .test_generated import differences
from .test_top_level import CLOSING, OPENING, _read  # the same small notice around each body


@pytest.mark.parametrize("family", ["{n}.", "({n})", "{n}、"])
def test_a_task_with_framing_words_amid_the_problems_is_one_of_them(family: str) -> None:
    """1.<task> > 2.压紧压实管党治党责任。 > 3.<task>: the genre's framing parts (压实整改责任) open or close the
    notice, so a point worded so amid a run of problems is one of them."""
    one, two, three = (family.format(n=n) for n in (1, 2, 3))
    items = _read(
        f"{one}规范财务资产管理。\n建立健全长效机制,防止问题反弹回潮。\n"
        f"{two}压紧压实管党治党责任。\n一是建立定期调度机制。二是建立工作台账。\n"
        f"{three}推进重点项目建设。\n一是对相关责任人进行提醒谈话。二是制定年度工作要点。\n"
    )
    assert [title for _, title, _ in items] == ["规范财务资产管理", "压紧压实管党治党责任", "推进重点项目建设"]


@pytest.mark.parametrize("bracket", ["【{s}】", "({s})", "〔{s}〕"])
def test_a_last_task_with_framing_words_stating_its_status_is_a_problem(bracket: str) -> None:
    """… > 2.<task>(已销号)。 > 3.压紧压实管党治党责任【已销号】。 last: a framing part states no status of its own, so
    a last point stating one is a problem, not the notice's closing part."""
    items = _read(
        f"1.规范财务资产管理{bracket.format(s='暂未销号')}。\n建立健全长效机制,防止问题反弹回潮。\n"
        f"2.优化政务服务流程{bracket.format(s='已销号')}。\n组织开展业务培训2次。\n"
        f"3.压紧压实管党治党责任{bracket.format(s='已销号')}。\n一是召开专题会议研究部署。二是建立工作台账。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("规范财务资产管理", "in_progress"),
        ("优化政务服务流程", "done"),
        ("压紧压实管党治党责任", "done"),
    ]


def test_a_framing_part_opening_the_notice_stays_apart() -> None:
    """(1)提高政治站位,压实整改责任 > ⒈…: the framing part before the problems holds no problem."""
    items = _read(
        "(1)提高政治站位,压实整改责任\n⒈提高政治站位。党组召开专题会议研究部署。\n"
        "(2)整改落实情况\n⒈公务接待管理不规范。\n整改进度:已完成。\n⒉合同管理不规范。\n整改进度:正在推进。\n"
    )
    assert [title for _, title, _ in items] == ["公务接待管理不规范", "合同管理不规范"]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
def test_a_bare_last_problem_of_a_run_in_words_is_a_problem(family: str) -> None:
    """其一,<shortcoming>。 > <text> > 其二,<shortcoming>。 > <text> > 其三,<shortcoming>。 (its text left out): the run
    of problems goes on, so the bare last one is a problem too."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        f"{one}党组理论学习中心组学习次数不达标。\n制定年度工作要点,将任务分解到岗到人。\n"
        f"{two}违规发放津补贴。\n开展警示教育,组织观看警示教育片。\n{three}政务公开工作不及时。\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("一", "党组理论学习中心组学习次数不达标"),
        ("二", "违规发放津补贴"),
        ("三", "政务公开工作不及时"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
def test_task_headlines_in_words_under_an_area_each_with_its_own_text_are_its_problems(family: str) -> None:
    """1)在…方面 > 其一,<task>。 > <its text, its responsibility fields> > 其二,<task>。 > …: an area holds problems,
    and each point heads a text of its own, so the points are the problems (measures in words run clause after
    clause)."""
    one, two = family.format(n="一"), family.format(n="二")
    items = _read(
        "1)在意识形态工作责任制落实方面\n"
        f"{one}加强专项资金监管。\n组织开展业务培训2次。建立工作台账。\n责任领导:分管副局长;责任单位:办公室\n"
        f"{two}健全廉政风险防控机制。\n牵头领导:党组书记;责任科室:财务科\n对相关责任人进行提醒谈话。\n"
        "2)履行职能责任、推动高质量发展方面\n"
        f"{one}加强档案规范管理。\n对近三年的有关资料进行全面梳理,规范归档。\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("一", "加强专项资金监管"),
        ("二", "健全廉政风险防控机制"),
        ("一", "加强档案规范管理"),
    ]


def test_measures_in_words_under_an_area_headline_stay_measures() -> None:
    """⒈在…方面 > 加强保密管理。 > 整改情况:… > 一是加强日常监督。 > 二是组织专题学习。: clauses on consecutive lines
    are one enumeration of the task's measures, not problems of the area."""
    items = _read(
        "⒈在“基层党组织建设不够到位”方面\n加强保密管理。\n整改情况:已整改完成。\n一是加强日常监督。\n二是组织专题学习。\n"
        "⒉在“履行职能责任不够到位”方面\n健全意识形态工作机制。\n整改情况:已完成。\n一是组织全体干部开展专题学习。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("加强保密管理", "done"),
        ("健全意识形态工作机制", "done"),
    ]


@pytest.mark.parametrize("bracket", ["[{s}]", "（{s}）", "【{s}】", "〔{s}〕"])
def test_a_wrapped_headline_closed_by_its_status_in_brackets_ends_its_line(bracket: str) -> None:
    """A page hard-wrapped at the width of 问题一:针对“…”的问题[未销号], then its text: a status in brackets closes the
    headline, so the text on the next line is not part of it."""
    head = f"问题一:针对“基层党支部标准化建设滞后”的问题{bracket.format(s='未销号')}"
    text = "加强日常监督,定期通报工作进展。对近三年的有关资料进行全面梳理,规范归档。剩余款项待审计结论出具后处置。"
    paragraphs = [
        *OPENING.splitlines(),
        head,
        text,
        f"问题二:针对“服务企业精准度不够”的问题{bracket.format(s='已销号')}",
        text,
        CLOSING.strip(),
    ]
    width = len(head)
    lines = [p[k : k + width] for p in paragraphs for k in range(0, len(p), width)]
    notice = parse_notice("\n".join(lines) + "\n")
    assert [(i.title, i.status) for i in notice.items] == [
        ("基层党支部标准化建设滞后", "in_progress"),
        ("服务企业精准度不够", "done"),
    ]


def test_the_generator_puts_unstated_task_problems_under_areas_only() -> None:
    """Task-worded problems stating no status of their own are told from a problem's measures only by their heading
    (real_openings 032 prints such points under a named problem as its measures): the generator never draws them under
    a heading naming a problem or a shortcoming."""
    for seed in range(400):
        g = generate(seed, title_words="task", status_form="none", levels=3)
        for item in g.gold["items"]:
            for heading in (item["aspect"], item["group"]):
                assert heading is None or "方面" in heading, (g.describe(), heading)


@pytest.mark.parametrize("area", ["一、基层党组织建设方面", "一、在“意识形态工作责任制落实不够到位”方面"])
def test_unnumbered_tasks_right_under_an_area_section_are_its_problems(area: str) -> None:
    """一、…方面 > 加强保密管理。一是… > 整改结果:… > 压紧压实管党治党责任。 > 完成情况:…: unnumbered task headlines
    each followed by their own text are the section's problems (L13's layout with L04's wording); a section holding one
    such paragraph reads the same way."""
    items = _read(
        f"{area}\n完善内部控制体系。一是制定年度工作要点。二是建立健全长效机制。\n整改结果:已完成。\n"
        "压紧压实管党治党责任。\n完成情况:正在推进。\n一是组织开展业务培训2次。二是规范归档。\n"
        "二、履行职能责任、推动高质量发展方面\n扩大优质服务供给。\n整改进度:已完成。\n一是加强日常监督。二是定期通报。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("完善内部控制体系", "done"),
        ("压紧压实管党治党责任", "in_progress"),
        ("扩大优质服务供给", "done"),
    ]


@pytest.mark.parametrize(
    ("done", "going"), [("[已完成]", "（已基本完成）"), ("【已整改】", "(正在推进)"), ("〔已销号〕", "[未销号]")]
)
def test_unnumbered_tasks_opening_with_their_status_in_brackets_are_the_areas_problems(done: str, going: str) -> None:
    """一、…方面 > [已完成]优化政务服务流程。 > 整改措施:… : the status a notice prints before each problem, in
    brackets, on unnumbered task paragraphs as on numbered ones; the task's verb opens the paragraph after it."""
    items = _read(
        f"一、在作风建设和廉洁自律方面\n{done}优化政务服务流程。\n整改举措:对相关责任人进行提醒谈话。\n"
        f"{going}强化选人用人监督。\n整改措施:修订完善相关制度。\n"
        f"二、落实新时代党的组织路线方面\n{done}加强专项资金监管。\n整改情况:加强与相关部门的沟通协调。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("优化政务服务流程", "done"),
        ("强化选人用人监督", "in_progress"),
        ("加强专项资金监管", "done"),
    ]


@pytest.mark.parametrize("bracket", ["({s})", "[{s}]", "〔{s}〕", "【{s}】"])
def test_a_status_bracket_closes_a_headline_its_measures_run_on_after_above_fields(bracket: str) -> None:
    """第1项:<problem>问题(已整改)<measures>。 > 牵头领导:…: a page that lost the break after the headline's status
    bracket, its fields below: the bracket still ends the headline, whatever bracket the notice prints it in."""
    items = _read(
        f"第1项:违规发放津补贴问题{bracket.format(s='已整改')}修订完善相关制度,印发《工作规程》。截至目前已完成专项检查3次。\n"
        "牵头领导:党组书记;责任科室:财务科\n"
        f"第2项:对下属单位监督指导不够问题{bracket.format(s='正在推进')}开展专项检查,对发现的问题逐一督促落实。\n"
        "责任领导:分管副局长;责任单位:办公室\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("违规发放津补贴", "done"),
        ("对下属单位监督指导不够", "in_progress"),
    ]


@pytest.mark.parametrize("closing", ["目前,该问题已完成整改。", "已完成整改。", "目前该问题已整改到位。"])
def test_task_points_under_a_named_problem_closing_with_their_own_status_are_problems(closing: str) -> None:
    """(1)关于“…”问题的整改 > 1.<task>。 > 一是… > 目前,该问题已完成整改。 > 2.<task>。 > … > 目前该问题正在整改中。:
    each point's own text closes with a sentence stating the problem's status (measures state their steps, never
    该问题's), so the points are the problems and the named heading their group."""
    items = _read(
        "第1个问题:在落实全面从严治党方面\n(1)关于“党组领导核心作用发挥不够”问题的整改\n"
        f"1.加强保密管理。\n一是组织专题学习。二是召开专题会议研究部署。\n{closing}\n"
        "2.深化作风建设。\n一是开展警示教育。二是加强日常监督。\n目前该问题正在整改中。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("加强保密管理", "done"),
        ("深化作风建设", "in_progress"),
    ]


@pytest.mark.parametrize("closing", ["问题3:下一步工作安排", "问题3:建立长效机制,巩固整改成果"])
def test_unnumbered_problems_beside_a_closing_part_numbered_like_their_headings(closing: str) -> None:
    """问题1:…方面 > <problem>。<text> … > 问题3:下一步工作安排 > 1.坚持…: the closing part among the headings holds
    no problems, and the headings beside it still hold their unnumbered problem paragraphs."""
    items = _read(
        "问题1:落实新时代党的组织路线方面存在的问题\n内部控制制度不健全。一是组织专题学习。二是修订制度。\n"
        "信访举报办理不及时。一是建立定期调度机制。二是建立长效机制。\n整改结果:整改中。\n"
        "问题2:在落实巡察、审计等监督发现问题整改方面\n选人用人程序不规范。\n整改结果:已完成。\n一是修订完善相关制度。\n"
        f"{closing}\n1.坚持思想不松。进一步提高政治站位。\n2.坚持标准不降。定期调度。\n"
    )
    assert [title for _, title, _ in items] == ["内部控制制度不健全", "信访举报办理不及时", "选人用人程序不规范"]


@pytest.mark.parametrize("bracket", ["【{s}】", "({s})", "[{s}]"])
def test_task_points_stating_their_status_in_brackets_under_a_named_heading_are_problems(bracket: str) -> None:
    """问题一:反馈问题:…不到位 > 1.深化作风建设【已整改】。<text> > 2.<task>(已完成)。<text>: a task headline stating
    its own status, then its own text, is a problem worded as a task (L04), not a measure of the heading."""
    items = _read(
        "问题一:反馈问题:作风建设和廉洁自律不到位\n"
        f"1.深化作风建设{bracket.format(s='已整改')}。制定年度工作要点,将任务分解到岗到人。\n"
        f"2.健全廉政风险防控机制{bracket.format(s='正在整改')}。开展专项检查,对发现的问题逐一督促落实。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("深化作风建设", "done"),
        ("健全廉政风险防控机制", "in_progress"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
def test_a_bare_task_in_words_amid_an_areas_problems_is_one_of_them(family: str) -> None:
    """⑴关于“…”方面 > 其一,<task>。 > <text> > 其二,<task>。 (its text left out) > 其三,<task>。 > <text>: most points
    head a text of their own, so the run lists the area's problems and the bare one reads as its siblings."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        "⑴关于“党组领导核心作用发挥不够”方面\n"
        f"{one}深化作风建设。\n对近三年的有关资料进行全面梳理,规范归档。\n{two}完善内部控制体系。\n"
        f"{three}优化政务服务流程。\n加强日常监督,定期通报工作进展。\n"
    )
    assert [title for _, title, _ in items] == ["深化作风建设", "完善内部控制体系", "优化政务服务流程"]


@pytest.mark.parametrize("end", [":", "。"])
def test_shortcomings_opening_their_own_measures_under_a_named_heading_are_problems(end: str) -> None:
    """a.关于“…”问题的整改 > 1.<shortcoming>: > 一是… > 2.<shortcoming>: > 一是…: each point states a shortcoming and
    opens measures of its own (measures do not nest), so the points are the problems and the heading their group."""
    items = _read(
        "(一)在“落实新时代党的组织路线不够到位”方面\na.关于“政治监督不够有力”问题的整改\n"
        f"1.执法检查覆盖面不足{end}\n一是建立工作台账。二是开展警示教育。\n"
        f"2.网络安全防护有漏洞{end}\n一是加强日常监督。二是修订完善相关制度。\n"
    )
    assert [(label, title) for label, title, _ in items] == [("1", "执法检查覆盖面不足"), ("2", "网络安全防护有漏洞")]


@pytest.mark.parametrize(
    "measures", ["一是建立定期调度机制。\n二是组织专题学习。", "邀请专家进行现场指导,提升工作质效。"]
)
def test_task_points_under_area_sections_are_their_problems(measures: str) -> None:
    """一、在…方面 > 1.加强保密管理。 > <its text> > 2.…: an area section whose numbered points are task headlines, each
    over a text of its own, lists its problems worded as tasks (L04), even with no status stated."""
    items = _read(
        f"一、在“意识形态工作责任制落实不够到位”方面\n1.加强保密管理。\n{measures}\n2.规范财务资产管理。\n{measures}\n"
        f"二、在落实巡察、审计等监督发现问题整改方面\n1.压紧压实管党治党责任。\n{measures}\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("1", "加强保密管理"),
        ("2", "规范财务资产管理"),
        ("1", "压紧压实管党治党责任"),
    ]


@pytest.mark.parametrize("prose", ["目前该问题已完成整改。", "目前,该问题已完成整改,并将长期坚持。"])
def test_shortcomings_stating_their_status_in_a_sentence_below_a_group_are_problems(prose: str) -> None:
    """问题1:<shortcoming> > 1.<shortcoming>。 > 目前该问题已完成整改。 > <text> > 2.…: each point's own lines state
    该问题's status, so the points are the problems and the numbered heading their group, not one problem."""
    items = _read(
        "第一项:落实巡察、审计等监督发现问题整改方面\n问题1:选人用人工作不够规范\n"
        f"1.学习贯彻上级精神不够深入。\n{prose}\n组织全体干部开展专题学习。\n"
        "2.落实中央八项规定精神不够严格。\n目前,该问题正在整改中。\n一是邀请专家进行现场指导。二是修订完善相关制度。\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("1", "学习贯彻上级精神不够深入"),
        ("2", "落实中央八项规定精神不够严格"),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
def test_problems_numbered_in_words_after_the_opening_totals_are_read(family: str) -> None:
    """截至目前,反馈的3个问题… > 其一,针对“…”的问题。 > 是否完成:是 > 其二,…: a notice whose only numbering is in
    words has its totals above the list, an opening, not a closing summary that ends the problems."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        "截至目前,巡察反馈的3个问题,已整改完成2个,正在整改1个。\n"
        f"{one}针对“内部控制制度不健全”的问题。\n邀请专家进行现场指导。\n是否完成:是\n"
        f"{two}针对“干部队伍结构不合理”的问题。\n制定年度工作要点。\n是否完成:否\n"
        f"{three}针对“合同管理不规范”的问题。\n开展专项检查。\n是否完成:是\n"
    )
    assert items == [
        ("一", "内部控制制度不健全", "done"),
        ("二", "干部队伍结构不合理", "in_progress"),
        ("三", "合同管理不规范", "done"),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
def test_a_squeezed_list_numbered_in_words_opens_after_the_leads_colon(family: str) -> None:
    """…现将整改进展情况通报如下:其一,针对“…”的问题(正在整改)。责任部门:… — squeezed onto one line, the first
    word-numbered problem right after the lead's colon begins a line as any numbering there does."""
    one, two, three = (family.format(n=n) for n in "一二三")
    squeezed = (
        "中共某县统计局党组关于巡察整改进展情况的通报根据县委统一部署,县委第一巡察组于2024年3月至5月对县统计局党组"
        "开展了巡察,并于2024年6月10日反馈了巡察意见。现将整改进展情况通报如下:"
        f"{one}针对“违规发放津补贴”的问题(正在整改)。责任部门:人事科整改时限:2024年12月底前组织开展业务培训2次。"
        f"{two}针对“干部队伍结构不合理”的问题(已整改完成)。责任部门:办公室开展警示教育。"
        f"{three}针对“项目验收把关不严”的问题[正在整改]。责任部门:财务科加强日常监督,定期通报工作进展。"
        "特此通报。中共某县统计局党组2024年8月9日"
    )
    notice = parse_notice(squeezed)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("一", "违规发放津补贴", "in_progress"),
        ("二", "干部队伍结构不合理", "done"),
        ("三", "项目验收把关不严", "in_progress"),
    ]


@pytest.mark.parametrize("points", ["a.{t}", "{n}.{t}", "({n}){t}"], ids=["latin", "figures", "brackets"])
def test_an_area_counting_its_own_points_holds_them_as_its_problems(points: str) -> None:
    """问题(一)反馈问题:<shortcoming> > 本方面3个问题正在持续整改中。 > a.<task>。 b. c.: the heading reads as one
    shortcoming, but its own lead counts the points below it, so they are its problems, not its measures."""
    tasks = ["扩大优质服务供给", "健全廉政风险防控机制", "加强保密管理"]
    body = "".join(
        points.format(n=k, t=t).replace("a.", f"{'abc'[k - 1]}.")
        + "。\n责任部门:办公室\n开展警示教育,组织观看警示教育片。\n"
        for k, t in enumerate(tasks, 1)
    )
    items = _read(
        f"问题(一)反馈问题:落实巡察、审计等监督发现问题整改不到位\n本方面3个问题正在持续整改中。\n{body}"
        "问题(二)反馈问题:落实全面从严治党战略部署不到位\n本方面1个问题已整改完成。\n"
        + points.format(n=1, t="提升基层党组织组织力").replace("a.", "d.")
        + "。\n组织全体干部开展专题学习。\n"
    )
    assert [title for _, title, _ in items] == [*tasks, "提升基层党组织组织力"]
    assert [status for _, _, status in items] == ["in_progress"] * 3 + ["done"]


@pytest.mark.parametrize("report", ["截至目前已开展督导检查5次", "目前整改方案均已印发", "已对3名责任人完成诫勉谈话"])
def test_a_measure_point_reporting_work_done_stays_a_measure_above_the_problems_fields(report: str) -> None:
    """问题一:<shortcoming> > A.<problem>问题 > ⑴<report of work done>。 ⑵<action>。 > 责任领导:…: a short clause
    reporting a measure's outcome is no task headline (tasks open with a verb of improvement, L04), so the points stay
    the problem's measures and the fields after them its own."""
    items = _read(
        "(二)巡察反馈问题整改落实情况\n1.意识形态工作责任制落实方面\n问题一:服务群众意识不强。\n"
        f"A.违规发放津补贴问题\n⑴{report}。\n⑵建立定期调度机制,每月听取一次工作汇报。\n"
        "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持\n"
        f"B.合同管理不规范问题\n⑴修订完善相关制度,明确工作标准。\n⑵{report}。\n"
        "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改\n"
        "问题二:政治监督不够有力\nA.公务接待管理不规范问题\n⑴开展专项检查,逐一督促落实。\n⑵组织全体干部开展专题学习。\n"
        "责任部门:人事科 整改时限:2024年12月底前\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("A", "违规发放津补贴"),
        ("B", "合同管理不规范"),
        ("A", "公务接待管理不规范"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
@pytest.mark.parametrize("text", ["整改措施:开展警示教育,组织观看警示教育片。", "邀请专家进行现场指导,提升工作质效。"])
def test_an_area_counting_the_tasks_under_its_headings_holds_them_as_its_problems(family: str, text: str) -> None:
    """第一项:…方面 > 本方面3个问题正在持续整改中。 > 1)<shortcoming>。 > 一是<task>。<text> 二是… > 2)关于“…”问题的整改
    > 三是<task>。<text>: the headings read as shortcomings, but the area's own lead counts the task points under them
    (3, not the 2 headings), so the points are its problems, numbered through the area or from one under each; an area
    counting 2 over two headings of one point each reads as its siblings do."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        "第一项:在“落实新时代党的组织路线不够到位”方面\n本方面3个问题正在持续整改中。\n1)干部队伍结构不合理。\n"
        f"{one}深化作风建设。\n{text}\n{two}完善内部控制体系。\n{text}\n"
        f"2)关于“政务公开工作不及时”问题的整改\n{three}优化政务服务流程。\n{text}\n"
        "第二项:在作风建设和廉洁自律方面\n该方面2个问题已全部整改完成。\n3)执法检查覆盖面不足\n"
        f"{one}加强专项资金监管。\n{text}\n{two}规范公务用车使用。\n{text}\n"
        "第三项:在履行职能责任方面\n本方面共2个问题,均已整改完成。\n4)服务企业精准度不够。\n"
        f"{one}提升统计数据质量。\n{text}\n5)网络安全防护有漏洞\n{one}健全意识形态工作机制。\n{text}\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("深化作风建设", "in_progress"),
        ("完善内部控制体系", "in_progress"),
        ("优化政务服务流程", "in_progress"),
        ("加强专项资金监管", "done"),
        ("规范公务用车使用", "done"),
        ("提升统计数据质量", "done"),
        ("健全意识形态工作机制", "done"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
def test_a_problem_in_words_right_after_a_bare_one_is_the_next_of_the_run(family: str) -> None:
    """一是<shortcoming>。 > <text> > 二是<shortcoming>。 (its text left out) > 三是<shortcoming>。 > <text>: the bare
    problem is on the stack, so the next shortcoming on the next line goes on the run, not 二是's measure clause."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        f"一、反馈问题整改情况\n{one}违规发放津补贴。\n整改情况:开展专项检查,对发现的问题逐一督促落实。\n"
        f"{two}干部队伍结构不合理。\n{three}合同管理不规范。\n整改举措:修订完善相关制度,明确工作标准。\n"
        "责任领导:分管副局长;责任单位:办公室\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("一", "违规发放津补贴"),
        ("二", "干部队伍结构不合理"),
        ("三", "合同管理不规范"),
    ]


@pytest.mark.parametrize(
    ("value", "status"),
    [("已办结,需长期坚持", "done_longterm"), ("正在推进中", "in_progress"), ("已经整改到位", "done")],
    ids=["longterm", "open", "done"],
)
@pytest.mark.parametrize(
    "measure",
    [
        "组织党员干部集中学习,深入剖析问题根源。举一反三查找漏洞,建立长效机制。",
        "邀请审计机构进行专项审计,逐项核对账目明细。举一反三查找漏洞。",
    ],
    ids=["organise", "invite"],
)
def test_a_status_value_run_on_into_the_measures_ends_with_its_status_words(
    value: str, status: str, measure: str
) -> None:
    """…;整改进度:<status words><measure>… in a notice joined with no line breaks: the field's value ends where its
    status words end and a measure's verb opens, so the status is all of them and the measure states no pending work
    (a value this long was read as measures, its status cut at the first clause and its 推进中 read as work pending)."""
    body = (
        "一、违规发放津补贴问题。\n召开专题会议研究部署。\n"
        f"责任单位:办公室;整改时限:立行立改;整改进度:{value}{measure}\n"
        "二、合同管理不规范问题。\n修订完善相关制度。\n责任单位:财务科;整改时限:长期坚持;整改进度:已完成\n"
    )
    notice = parse_notice((OPENING + body + CLOSING).replace("\n", ""))
    assert [(i.title, i.status, i.pending) for i in notice.items] == [
        ("违规发放津补贴", status, False),
        ("合同管理不规范", "done", False),
    ]


@pytest.mark.parametrize("value", ["已基本完成", "正在推进中", "已完成并长期坚持"])
@pytest.mark.parametrize("closing", ["一、下一步工作计划", "一、巩固整改成果的下一步打算"], ids=["plan", "next"])
def test_a_closing_part_run_on_after_the_last_status_field_holds_no_problem(value: str, closing: str) -> None:
    """…(二)<problem><text>;整改进度:<status words>一、<closing part>(一)<point>。(二)<point>。 joined with no line
    breaks: the last field's value ends with its status words and the closing part opens its own line, so its
    points are no problems."""
    body = (
        "(一)关于“干部队伍结构不合理”问题的整改\n召开专题会议研究部署。\n"
        "责任单位:办公室;整改时限:立行立改;整改进度:已完成\n"
        "(二)关于“合同管理不规范”问题的整改\n修订完善相关制度。\n"
        f"责任单位:财务科;整改时限:长期坚持;整改进度:{value}\n{closing}\n"
        "(一)强化政治担当。持续压实整改责任。\n(二)健全长效机制。把整改成果转化为制度成果。\n"
    )
    notice = parse_notice((OPENING + body + CLOSING).replace("\n", ""))
    assert [i.title for i in notice.items] == ["干部队伍结构不合理", "合同管理不规范"]


@pytest.mark.parametrize("family", ["第{n}项:", "({n})", "{n}."])
@pytest.mark.parametrize("last", ["干部队伍结构不合理。", "深化作风建设。"], ids=["shortcoming", "task"])
def test_a_section_whose_only_problem_is_bare_lists_it_as_its_siblings_do(family: str, last: str) -> None:
    """一、…方面 > 1)…方面 > <n><problem>。<text> … 三、…方面 > 1)…方面 > <n><problem>。 with no text: numbered and
    placed as the problems of the sections before it, the bare last one is a problem too, though its own section
    holds no problem with text to be styled like."""
    one, two = (family.format(n=n) for n in (("一", "二") if family.startswith("第") else (1, 2)))
    items = _read(
        f"一、在履行职能责任方面\n1)关于“财务管理不严”方面\n{one}违规发放津补贴。\n开展专项检查,逐一督促落实。\n"
        f"{two}合同管理不规范。\n修订完善相关制度。\n"
        f"二、在作风建设方面\n1)关于“服务意识不强”方面\n{one}政务服务流程不优。\n组织开展业务培训。\n"
        f"三、在组织建设方面\n1)关于“基层组织建设有弱项”方面\n{one}{last}\n"
    )
    assert [title for _, title, _ in items] == [
        "违规发放津补贴",
        "合同管理不规范",
        "政务服务流程不优",
        last.rstrip("。"),
    ]


@pytest.mark.parametrize("area", ["问题({n})", "问题（{n}）"], ids=["half", "full"])
@pytest.mark.parametrize("words", ["在履行职能责任方面存在的问题", "作风建设方面"])
def test_a_group_run_on_after_an_area_numbered_in_its_family_opens_its_line(area: str, words: str) -> None:
    """问题(一)<area> > (一)<group> > (1)<problem> … 问题(二)<area>(二)<group> joined with no line breaks: the (二)
    inside 问题(二)'s label is no number of the groups' run, so the group after it still opens a line of its own."""
    one, two = (area.format(n=n) for n in "一二")
    body = (
        f"{one}{words}\n(一)关于“贯彻上级指示精神不到位”问题的整改\n(1)针对“统计数据把关不严”的问题,已完成。\n"
        "召开专题会议研究部署。\n"
        f"{two}{words}\n(二)关于“基层党组织建设有弱项”问题的整改\n(2)针对“工会经费使用不规范”的问题,已完成。\n"
        "修订完善相关制度。\n"
    )
    notice = parse_notice((OPENING + body + CLOSING).replace("\n", ""))
    assert [(i.title, (i.group or "")[:3]) for i in notice.items] == [
        ("统计数据把关不严", "(一)"),
        ("工会经费使用不规范", "(二)"),
    ]


@pytest.mark.parametrize("seed", range(90_000_000, 90_000_040))
def test_a_deadline_run_on_in_a_joined_page_stays_whole_in_its_field(seed: int) -> None:
    """A joined page runs a deadline field on into the next field (整改时限:2024年12月底前;整改进度:…): the value ends
    after its whole phrase, never cut back to 2024年12月 with 底前; left at the head of the problem's measures."""
    generated = generate(seed, squeeze="joined", fields_row=True)
    for item in parse_notice(generated.text).items:
        assert not item.measures.startswith(("底前", "前;", "前；")), item.measures[:40]
        assert "\n底前" not in item.measures, item.measures[-40:]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
@pytest.mark.parametrize(
    "above",
    ["", "一、整改工作开展情况\n1.提高政治站位。召开专题会议研究部署。\n二、整改落实情况\n"],
    ids=["alone", "after_framing"],
)
def test_shortcomings_in_words_with_their_measures_run_on_after_them_are_problems(family: str, above: str) -> None:
    """其一,<shortcoming>。<measures> > 其二,<shortcoming>。<measures> > 其三,<shortcoming>。 (its text left out): the
    inline layout of problems numbered in words (a joined page's lines given back keep it); a measure enumeration runs
    steps, never shortcomings (fresh seed 65000007)."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        f"{above}{one}公务接待管理不规范。修订接待办法,逐笔核查报销凭证。加强日常监督。\n"
        f"{two}党组会议议事规则不健全。组织全体干部开展专题学习,深入剖析问题根源。\n"
        f"{three}统计数据质量把关不严。\n"
    )
    assert [(label, title) for label, title, _ in items] == [
        ("一", "公务接待管理不规范"),
        ("二", "党组会议议事规则不健全"),
        ("三", "统计数据质量把关不严"),
    ]


def test_findings_listed_in_words_under_a_problem_stay_its_text() -> None:
    """1.<shortcoming>。 > 一是<finding>。 > 二是<finding>。 > <measures>: a problem's findings listed clause after
    clause hold no measures between them, so they are its text, not problems of their own (a guard of the rule
    above)."""
    items = _read(
        "一、整改落实情况\n1.理论学习不深入。\n一是学习计划执行不到位。\n二是学习记录不规范。\n"
        "修订学习制度,建立学习台账。\n完成情况:已完成。\n"
        "2.合同管理不规范。\n建立合同台账,开展法律审核。\n完成情况:已完成。\n"
    )
    assert [title for _, title, _ in items] == ["理论学习不深入", "合同管理不规范"]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
@pytest.mark.parametrize("colon", [":", "："], ids=["half", "full"])
def test_a_bare_colon_headline_in_words_on_a_joined_page_ends_before_the_next(family: str, colon: str) -> None:
    """…。其二,<shortcoming>:其三,<shortcoming>:<its text>: on a joined page the colon closing a headline left bare
    (its text left out) is followed by the next number of its run, which opens a line of its own; a field's value
    after its colon (整改情况:一是…) follows no numbered headline (fresh seed 65001115)."""
    one, two, three, four = (family.format(n=n) for n in "一二三四")
    squeezed = (
        "中共某县统计局党组关于巡察整改进展情况的通报根据县委统一部署,县委第一巡察组于2024年3月至5月对县统计局党组"
        "开展了巡察,并于2024年6月10日反馈了巡察意见。现将整改进展情况通报如下:一、已完成整改的问题"
        f"{one}财务报销审核把关不严{colon}已对5名相关人员完成提醒谈话。加强与相关部门的沟通协调。"
        f"{two}干部队伍结构不合理{colon}{three}档案管理工作不规范{colon}开展警示教育,组织观看警示教育片。"
        f"{four}政府采购程序不规范{colon}整改情况{colon}一是修订制度。二是开展专项检查。"
        "特此通报。中共某县统计局党组2024年8月9日"
    )
    notice = parse_notice(squeezed)
    assert [(i.label, i.title) for i in notice.items] == [
        ("一", "财务报销审核把关不严"),
        ("二", "干部队伍结构不合理"),
        ("三", "档案管理工作不规范"),
        ("四", "政府采购程序不规范"),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
@pytest.mark.parametrize("bracket", ["({s})", "[{s}]", "【{s}】"])
def test_tasks_in_words_stating_their_status_with_their_text_run_on_are_problems(family: str, bracket: str) -> None:
    """二、整改落实情况 > 其一,<task>(持续推进中)。<its text> > 其二,<task>[已整改完成]。 (its text left out) > 其三,…:
    each task states its own status and heads a text of its own on its line, so each is a problem (fresh seed
    65000255)."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        "一、提高政治站位,压实整改责任\n一是提高政治站位。党组召开专题会议研究部署。\n二、整改落实情况\n"
        f"{one}加强专项资金监管{bracket.format(s='持续推进中')}。截至目前已完成专项检查3次。其余3个项目正在协调。\n"
        f"{two}加强人才引进培养{bracket.format(s='已整改完成')}。\n"
        f"{three}优化政务服务流程{bracket.format(s='已完成')}。已对5名相关人员完成提醒谈话。\n"
    )
    assert items == [
        ("一", "加强专项资金监管", "in_progress"),
        ("二", "加强人才引进培养", "done"),
        ("三", "优化政务服务流程", "done"),
    ]


def test_steps_stating_their_status_under_a_problem_stay_its_measures() -> None:
    """1.<shortcoming>。 > 一是<step>(已完成)。<outcome> > 二是<step>(正在推进)。<outcome>: under a problem the points
    stating their status are its measure steps (a guard of the rule above)."""
    items = _read(
        "一、整改落实情况\n1.公务接待管理不规范。\n一是修订接待办法(已完成)。已印发《接待管理办法》。\n"
        "二是逐笔核查报销凭证(正在推进)。已核查凭证120份。\n2.合同管理不规范。\n建立合同台账。\n完成情况:已完成。\n"
    )
    assert [title for _, title, _ in items] == ["公务接待管理不规范", "合同管理不规范"]


@pytest.mark.parametrize("point", ["⒈{t}", "({n}){t}", "{c}是{t}", "其{c},{t}"], ids=["dot", "brackets", "shi", "qi"])
@pytest.mark.parametrize(
    "group", ["A.关于“基层党组织建设有弱项”问题的整改", "A.上轮巡察整改不彻底。"], ids=["named", "shortcoming"]
)
def test_a_lone_point_under_a_group_is_a_problem_where_the_other_groups_points_are(point: str, group: str) -> None:
    """一、<area> > A.<group> > ⒈<task>。 > <its text> beside 二、<area> > A.<group> > ⒈<task>。 ⒉<task>。, each its own
    status: a family met at a level is that level in every section, so the lone point is the first area's problem
    and A. its group; one section's reading cannot see the next's, and measures come two or more (fresh seeds
    62000625, 63000659, 62001035, 65000704)."""

    def numbered(n: int, task: str) -> str:
        return point.format(n=n, c="一二"[n - 1], t=task)

    items = _read(
        f"一、履行职能责任方面\n{group}\n{numbered(1, '强化选人用人监督')}。\n"
        "开展警示教育,组织观看警示教育片。\n目前,该问题已整改完成。\n"
        "二、意识形态工作责任制落实方面\nA.贯彻上级指示精神不到位\n"
        f"{numbered(1, '加强档案规范管理')}。\n建立工作台账。\n整改进度:已完成\n"
        f"{numbered(2, '加强网络安全防护')}。\n开展专项检查。\n整改进度:正在推进\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("强化选人用人监督", "done"),
        ("加强档案规范管理", "done"),
        ("加强网络安全防护", "in_progress"),
    ]


@pytest.mark.parametrize("value", ["完成", "全部完成"], ids=["bare", "all"])
@pytest.mark.parametrize(
    "measure",
    ["对相关责任人进行提醒谈话,举一反三查找漏洞。", "组织全体干部开展专题学习。", "将相关内容纳入学习计划。"],
    ids=["dui", "zuzhi", "jiang"],
)
def test_bare_status_words_run_on_into_the_measures_end_where_a_measure_opens(value: str, measure: str) -> None:
    """整改进度:完成|对相关责任人… on a joined page: status words with no clause mark that the field reads as a status
    end where a measure opens, so the problem's status is read (fresh seed 63000970); status words whole to their
    clause's end (第一项、第二项已完成并长期坚持, its 坚持 a task's verb elsewhere) are not cut."""
    body = (
        "一、违规发放津补贴问题。\n召开专题会议研究部署。\n"
        f"整改进度:{value}{measure}\n"
        "二、合同管理不规范问题。\n修订完善相关制度。\n整改进度:第一项、第二项已完成并长期坚持。\n"
    )
    notice = parse_notice((OPENING + body + CLOSING).replace("\n", ""))
    assert [(i.title, i.status) for i in notice.items] == [
        ("违规发放津补贴", "done"),
        ("合同管理不规范", "done_longterm"),
    ]


_MEASURES, _SHI = (
    "建立工作台账,实行清单化管理。组织全体干部开展专题学习。",
    "一是建立工作台账。二是组织全体干部开展专题学习。",
)


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("第一条:已整改完成的问题", _MEASURES),
        ("一、落实全面从严治党战略部署方面", _MEASURES),
        ("一、落实全面从严治党战略部署方面", _SHI),
    ],
    ids=["status_heading", "area", "area_shi"],
)
def test_a_plain_first_headline_of_unnumbered_problems_is_one_of_them(heading: str, text: str) -> None:
    """<heading> > 统计报表报送。<measures> > <shortcoming>。<measures> > …: a first paragraph whose headline names only
    what the finding concerns (round 69's plain headline), followed by paragraphs read as problems by their words, is
    a problem too; before, the heading was read as the problem and the paragraphs lost (fresh seed 63000118)."""
    items = _read(
        f"{heading}\n统计报表报送。{text}\n"
        "“第一议题”制度落实不到位。加强日常监督,定期通报工作进展。\n开展警示教育,组织观看警示教育片。\n"
        "选人用人程序不规范。组织开展业务培训2次。召开专题会议研究部署。\n"
    )
    assert [title for _, title, _ in items] == ["统计报表报送", "“第一议题”制度落实不到位", "选人用人程序不规范"]


def test_a_plain_headline_with_its_status_sentence_first_is_one_of_the_problems() -> None:
    """财务票据报销。目前该问题已基本完成整改。 > <its measures> > <shortcoming>。<status> > …: the plain headline's
    text may open with its status sentence and go on over lines of its own (fresh seed 63000662)."""
    items = _read(
        "一、落实新时代党的组织路线方面\n财务票据报销。目前该问题已基本完成整改。\n制定年度工作要点,将任务分解到岗到人。\n"
        "选人用人程序不规范。目前该问题已基本完成整改。\n一是开展警示教育。\n二是邀请专家进行现场指导。\n"
        "服务企业精准度不够。一是将相关内容纳入学习计划。\n二是加强沟通协调。目前,该问题已整改完成。\n"
    )
    assert [title for _, title, _ in items] == ["财务票据报销", "选人用人程序不规范", "服务企业精准度不够"]


def test_a_status_sentence_first_under_a_heading_is_no_plain_headline() -> None:
    """目前该问题已整改完成。<measures> above unnumbered problems states a status and names no problem: the plain
    headline's reading does not take it (guard)."""
    items = _read(
        "一、落实新时代党的组织路线方面\n目前相关制度均已按期印发。建立工作台账。\n"
        "选人用人程序不规范。一是开展警示教育。二是邀请专家进行现场指导。\n"
        "服务企业精准度不够。一是将相关内容纳入学习计划。二是加强沟通协调。\n"
    )
    assert "目前相关制度均已按期印发" not in [title for _, title, _ in items]


@pytest.mark.parametrize(("seed", "levels"), [(63000118, 1), (63000132, 1), (63000662, 3), (64000306, 2)])
def test_fresh_seeds_with_a_plain_headline_among_unnumbered_problems_read_whole(seed: int, levels: int) -> None:
    """The fresh seeds of the class (unnumbered problems, one with a plain headline, hard-wrapped with page marks): a
    plain headline under a heading that filled the page width opens its problem, not the heading's rest (63000132)."""
    assert differences(generate(seed, levels=levels)) == []


@pytest.mark.parametrize("family", ["第{c}条:", "第{c}项:", "({c})"])
def test_problems_wrapped_in_duiyu_under_a_part_naming_none_are_the_problems(family: str) -> None:
    """二、反馈意见整改情况 > 第一条:对于<shortcoming>的问题。 > 目前,该问题…: 对于 opens measures too (对于发现的问题,
    立即…), but a headline that is wholly the 对于…的问题 wrapper names the problem it wraps, as 针对 does."""
    titles = [
        "选人用人程序不规范",
        "党组会议议事规则不健全",
        "保密工作制度执行不严",
        "意识形态阵地管理不严",
        "科普工作统筹推进不够有力",
    ]
    said = [
        "目前,该问题正在整改中。",
        "目前,该问题已完成整改,并将长期坚持。",
        "目前该问题已完成整改。",
        "",
        "已完成整改。",
    ]
    body = "".join(
        f"{family.format(c=c)}对于{title}的问题。\n" + (f"{status}\n" if status else "")
        for c, title, status in zip("一二三四五", titles, said, strict=True)
    )
    items = _read("二、反馈意见整改情况\n" + body)
    assert [(title, status) for _, title, status in items] == list(
        zip(titles, ["in_progress", "done_longterm", "done", "unstated", "done"], strict=True)
    )


SQUEEZED_HEAD = (
    "中共某县统计局党组关于巡察整改进展情况的通报根据县委统一部署,县委第一巡察组于2024年3月至5月对县统计局党组"
    "开展了巡察,并于2024年6月10日反馈了巡察意见。现将整改进展情况通报如下:"
)
SQUEEZED_TAIL = "欢迎广大干部群众进行监督。联系电话:0546-8338123。中共某县统计局党组2024年8月9日"


@pytest.mark.parametrize("label", ["{n}、", "{n}.", "({n})"])
def test_a_squeezed_status_part_holding_one_problem_restarts_its_numbering(label: str) -> None:
    """(一)已完成整改的问题1、<problem>…2、<problem>…(二)正在整改的问题1、<problem>: on a page that lost its line
    breaks the numbering restarts under the second status part, whose …的问题 closes its heading though it holds one
    problem (no 2、 follows it): the 问题1 there is no label of its own."""
    one, two = (label.format(n=n) for n in (1, 2))
    notice = parse_notice(
        SQUEEZED_HEAD + f"(一)已完成整改的问题{one}问题表现:提升统计数据质量。开展警示教育。"
        f"{two}问题表现:规范公务用车使用。修订完善相关制度。"
        f"(二)正在整改的问题{one}问题表现:强化对下属单位的监督指导。对有关资料进行全面梳理。" + SQUEEZED_TAIL
    )
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "提升统计数据质量", "done"),
        ("2", "规范公务用车使用", "done"),
        ("1", "强化对下属单位的监督指导", "in_progress"),
    ]


@pytest.mark.parametrize("part", ["已完成整改的问题", "已整改到位的问题"])
def test_a_squeezed_status_part_numbered_with_colons_lists_its_first_problem(part: str) -> None:
    """❶已完成整改的问题1:<problem>:<text>2:<problem>:…: squeezed, the heading's 的问题 ends it and the problems are
    numbered 1: 2: (a 2: follows with no 问题 of its own), so the first is no 问题1 swallowed by the heading."""
    notice = parse_notice(
        SQUEEZED_HEAD + f"❶{part}1:党费收缴使用管理不规范:建立工作台账,实行清单化管理。"
        "2:选人用人程序不规范:开展专项检查,对发现的问题逐一督促落实。"
        "❷正在整改的问题3:公务用车管理不严格:对相关责任人进行提醒谈话。" + SQUEEZED_TAIL
    )
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "党费收缴使用管理不规范", "done"),
        ("2", "选人用人程序不规范", "done"),
        ("3", "公务用车管理不严格", "in_progress"),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是,"], ids=["qi", "shi"])
def test_the_first_of_a_run_in_words_over_fields_is_a_problem_whatever_its_words(family: str) -> None:
    """其一,党组会议记录: > 整改措施:… > 完成情况:… > 其二,<shortcoming>: > …: each point of the run stands over its own
    rectification fields, so the first is a problem though its headline names only its matter."""
    one, two, three = (family.format(n=n) for n in "一二三")
    items = _read(
        "一、关于“政治监督不够有力”方面\n"
        f"{one}党组会议记录:\n整改措施:加强日常监督,定期通报工作进展。\n完成情况:尚未整改到位。\n"
        f"{two}干部队伍结构不合理:\n整改举措:修订完善相关制度。\n整改状态:已整改完成。\n"
        f"{three}基层党支部标准化建设滞后:\n整改举措:开展专项检查。\n整改进度:已整改到位。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("党组会议记录", "in_progress"),
        ("干部队伍结构不合理", "done"),
        ("基层党支部标准化建设滞后", "done"),
    ]


@pytest.mark.parametrize(("done", "going"), [("(已完成)", "(正在推进)"), ("【已销号】", "【未销号】")])
def test_a_bare_task_restarting_the_run_under_the_next_group_is_its_problem(done: str, going: str) -> None:
    """(一)<group> > 其一,<task>(已完成)。 > <text> > (二)<group> > 其一,<task>(正在推进)。 (its text left out): the run
    restarts under each group, so the bare first point under the next is its problem, as its sibling above is."""
    items = _read(
        "一、在落实新时代党的组织路线方面\n(一)关于“服务群众意识不强”问题的整改\n"
        f"其一,优化政务服务流程{done}。\n已完成全部32份合同的复核。\n"
        f"(二)基层党组织建设有弱项。\n其一,严格公务接待管理{going}。\n"
        "二、在落实全面从严治党方面\n(一)选人用人工作不够规范\n"
        f"其一,规范财务资产管理{done}。\n目前相关制度均已按期印发。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("优化政务服务流程", "done"),
        ("严格公务接待管理", "in_progress"),
        ("规范财务资产管理", "done"),
    ]


@pytest.mark.parametrize(
    ("open_", "done"), [("〔未销号〕", "(已销号)"), ("【正在整改】", "【已整改完成】"), ("(推进中)", "(已完成)")]
)
def test_a_plain_headline_closed_by_its_status_bracket_beside_a_worded_one_is_a_problem(open_: str, done: str) -> None:
    """(二)<area> > 党组会议记录〔未销号〕。<text> > 发展党员程序不规范(已销号)。<text>: unnumbered paragraphs under
    areas, each headline closed by its own status in brackets; the first names only its matter, the second a
    shortcoming, and the brackets they share make both problems (siblings read alike by shape)."""
    items = _read(
        f"(一)反馈问题:履行职能责任不到位\n基层党支部标准化建设滞后{open_}。建立定期调度机制,每月听取一次工作汇报。\n"
        f"(二)反馈问题:落实新时代党的组织路线不到位\n党组会议记录{open_}。召开专题会议研究部署。\n"
        f"发展党员程序不规范{done}。召开专题会议研究部署,制定整改方案。\n"
        f"(三)作风建设和廉洁自律有差距\n统计数据质量把关不严{done}。开展警示教育,组织观看警示教育片。\n"
    )
    assert [(title, status) for _, title, status in items] == [
        ("基层党支部标准化建设滞后", "in_progress"),
        ("党组会议记录", "in_progress"),
        ("发展党员程序不规范", "done"),
        ("统计数据质量把关不严", "done"),
    ]
