"""The problem level read from evidence (issue 19 point 2), continued: layouts the free tier met at levels 3 and 4.

Each notice is small and written as the genre prints it; each test checks what a reader of the ledger sees: the
problems, their titles, statuses and groups.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

OPENING = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于2024年6月10日反馈了巡察意见。\n"
)


def _read(body: str) -> list[tuple[str, str, str, str | None]]:
    notice = parse_notice(OPENING + body)
    return [(i.label, i.title, i.status, i.group) for i in notice.items]


@pytest.mark.parametrize("bracket", ["({s})", "【{s}】", "〔{s}〕", "[{s}]"])
@pytest.mark.parametrize("point", ["⑴", "(1)", "1."])
def test_a_lone_point_stating_its_status_after_its_headline_is_the_problem(point: str, bracket: str) -> None:
    """一、关于“…”问题的整改 > ⑴<shortcoming>(未销号)。<what was done>: the point states its own status right after
    its headline, so it is a problem (as its siblings under the next heading are), not a measure of the heading."""
    second = point.replace("1", "2").replace("⑴", "⑵")
    undone, done = bracket.format(s="未销号"), bracket.format(s="已销号")
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "一、关于“选人用人工作不够规范”问题的整改\n"
        f"{point}基层党支部标准化建设滞后{undone}。已完成全部32份合同的复核。剩余款项待审计结论出具后处置。\n"
        "二、基层党组织建设有弱项。\n"
        f"{second}工会经费使用不规范{done}。目前相关制度均已按期印发。\n"
    )
    assert items == [
        ("1", "基层党支部标准化建设滞后", "in_progress", "一、关于“选人用人工作不够规范”问题的整改"),
        ("2", "工会经费使用不规范", "done", "二、基层党组织建设有弱项。"),
    ]


def test_an_action_with_a_done_step_under_a_problem_stays_its_measure() -> None:
    """1.关于“…”问题的整改 > (1)<action>(已完成)。: an action stating its step done is a measure, not a problem."""
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "1.关于“公务接待管理不规范”问题的整改\n"
        "(1)修订《公务接待管理办法》并印发执行(已完成)。组织专题学习。\n"
        "(2)对近三年公务接待报销凭证逐笔核查(正在推进)。\n"
        "整改进度:正在推进\n"
    )
    assert [(label, title, status) for label, title, status, _ in items] == [
        ("1", "公务接待管理不规范", "in_progress"),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
@pytest.mark.parametrize("field", ["是否完成:{s}", "整改进度:{s}"], ids=["yes_no", "progress"])
def test_task_worded_points_in_words_each_with_their_own_status_field_are_the_problems(family: str, field: str) -> None:
    """⒈<shortcoming> > 其一,<task>。 > <text> > 是否完成:否 > 其二,…: each point states its own status in its own
    field, so the points carry their own rectification text and are the problems; the heading is their group."""
    one, two, three = (family.format(n=n) for n in "一二三")
    no, yes = ("否", "是") if "是否" in field else ("正在推进", "已完成")
    items = _read(
        "一、在基层党组织建设方面\n"
        f"⒈落实意识形态工作责任制有差距\n{one}严格公务接待管理。\n制定年度工作要点,将任务分解到岗到人。\n"
        f"{field.format(s=no)}\n牵头领导:党组书记;完成时限:长期坚持\n"
        f"{two}健全意识形态工作机制。\n{field.format(s=yes)}\n组织开展业务培训2次。\n"
        f"⒉关于“服务群众意识不强”问题的整改\n{three}强化选人用人监督。\n{field.format(s=yes)}\n"
        "邀请专家进行现场指导,提升工作质效。\n"
    )
    first, second = "⒈落实意识形态工作责任制有差距", "⒉关于“服务群众意识不强”问题的整改"
    assert [(title, status, group) for _, title, status, group in items] == [
        ("严格公务接待管理", "in_progress", first),
        ("健全意识形态工作机制", "done", first),
        ("强化选人用人监督", "done", second),
    ]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
def test_measures_in_words_sharing_one_status_field_stay_measures(family: str) -> None:
    """⒈<shortcoming> > 一是<task>。 > 二是<task>。 > 整改进度:已完成: one status after the last measure is the
    problem's, so the points are its measures."""
    one, two = (family.format(n=n) for n in "一二")
    items = _read(
        "一、在基层党组织建设方面\n"
        f"⒈落实意识形态工作责任制有差距\n{one}严格公务接待管理。\n制定年度工作要点。\n"
        f"{two}健全意识形态工作机制。\n组织开展业务培训2次。\n整改进度:已完成\n"
        f"⒉服务群众意识不强\n{one}强化选人用人监督。\n邀请专家进行现场指导。\n{two}优化政务服务流程。\n"
        "建立工作台账。\n整改进度:正在推进\n"
    )
    assert [(title, status) for _, title, status, _ in items] == [
        ("落实意识形态工作责任制有差距", "done"),
        ("服务群众意识不强", "in_progress"),
    ]


def test_a_measure_in_words_continuing_a_labelled_text_stays_a_measure() -> None:
    """(1)针对“…”问题。 > 整改情况:一是… > 二是<task>。 > <text> > 整改进度:…: the 二是 continues the problem's own
    measures (opened on its 整改情况: line), so the status field after it is the problem's."""
    items = _read(
        "1.项目管理意识淡薄。\n"
        "(1)针对巡察反馈“项目资料未及时整理归档”问题。\n整改情况:一是项目资料已归档并装订完成。\n"
        "二是明确专人负责项目工作。\n3月10日对各项目实施方开展培训。\n整改进度:第一项、第二项已整改完成。\n"
        "(2)针对巡察反馈“项目监管不到位”问题。\n整改情况:建立项目台账。\n整改进度:已整改完成。\n"
    )
    assert [(label, title, status) for label, title, status, _ in items] == [
        ("1", "项目资料未及时整理归档", "done"),
        ("2", "项目监管不到位", "done"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
@pytest.mark.parametrize("bracket", ["({s})", "【{s}】", "〔{s}〕"])
def test_a_bare_task_worded_problem_in_words_beside_ones_with_text_is_a_problem(family: str, bracket: str) -> None:
    """B.<shortcoming> > 三是<task>(基本完成)。 <text> > 四是<task>(已整改完成)。 > 五是…: the bare point states its
    status as its siblings do (its text left out), so it is a problem of the same run, first under a heading too."""
    three, four, five, six, seven = (family.format(n=n) for n in "三四五六七")
    items = _read(
        "一、关于落实全面从严治党战略部署方面\n"
        f"B.政治监督不够有力。\n{three}强化选人用人监督{bracket.format(s='基本完成')}。\n"
        "邀请专家进行现场指导,提升工作质效。\n"
        f"{four}健全廉政风险防控机制{bracket.format(s='已整改完成')}。\n"
        f"{five}强化对下属单位的监督指导{bracket.format(s='已整改')}。\n制定年度工作要点。\n"
        f"C.关于“服务群众意识不强”方面\n{six}推进政务公开{bracket.format(s='已整改')}。\n"
        f"{seven}加强人才引进培养{bracket.format(s='已完成')}。\n建立健全长效机制,防止问题反弹回潮。\n"
    )
    assert [(title, status) for _, title, status, _ in items] == [
        ("强化选人用人监督", "in_progress"),
        ("健全廉政风险防控机制", "done"),
        ("强化对下属单位的监督指导", "done"),
        ("推进政务公开", "done"),
        ("加强人才引进培养", "done"),
    ]


def test_measures_in_words_each_stating_its_step_in_brackets_stay_measures() -> None:
    """1.<shortcoming> > 一是<step>(已完成)。 > 二是<step>(正在推进)。 > 整改进度:…: no point has text of its own, so
    they are the problem's measures."""
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "1.公务接待管理不规范。\n一是修订接待办法(已完成)。\n二是逐笔核查报销凭证(正在推进)。\n整改进度:正在推进\n"
        "2.差旅费报销审核不严。\n整改情况:对近三年差旅费逐笔复核。\n整改进度:已完成\n"
    )
    assert [(title, status) for _, title, status, _ in items] == [
        ("公务接待管理不规范", "in_progress"),
        ("差旅费报销审核不严", "done"),
    ]


# Points worded as tasks that state their own status in a closing clause (L04), their text below or on their line.
CLAUSE_POINTS = [
    ("text_below", "{p}规范公务用车使用,已整改到位。\n整改举措:建立定期调度机制。\n", "done"),
    ("fields_below", "{p}规范公务用车使用,正在推进。\n责任部门:人事科\n整改措施:开展专项检查。\n", "in_progress"),
    ("inline", "{p}规范公务用车使用,已完成,需长期坚持。一是召开专题会议研究部署。二是规范归档。\n", "done_longterm"),
]


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in CLAUSE_POINTS], ids=[c[0] for c in CLAUSE_POINTS])
@pytest.mark.parametrize("heading", ["B.关于“财务管理制度执行不严”问题的整改", "B.财务管理制度执行不严"])
@pytest.mark.parametrize("points", ["⒈⒉", "(一)(二)", "①②"])
def test_task_worded_points_stating_their_status_in_a_clause_are_the_problems(
    points: str, heading: str, text: str, status: str
) -> None:
    """B.<shortcoming or a named problem> > ⒈<task>,已整改到位。 <its text> > ⒉<task>,已整改。: each point states its
    own status (the second bare), so the points are the problems and B. their group, not one problem with measures."""
    one, two = (points[:3], points[3:]) if "(" in points else (points[0], points[1])
    items = _read(
        "第1个问题:履行职能责任、推动高质量发展方面存在的问题\n"
        f"A.基层党组织建设有弱项。\n{one}提升统计数据质量,已整改。\n整改情况:组织开展业务培训2次。\n"
        f"{heading}\n{text.format(p=one)}{two}加强人才引进培养,已整改。\n"
    )
    assert [(title, st, group) for _, title, st, group in items] == [
        ("提升统计数据质量", "done", "A.基层党组织建设有弱项。"),
        ("规范公务用车使用", status, heading),
        ("加强人才引进培养", "done", heading),
    ]


@pytest.mark.parametrize("heading", ["⒈关于“落实意识形态工作责任制有差距”问题的整改", "⒈服务群众意识不强。"])
def test_task_worded_points_opening_their_own_measures_in_words_are_the_problems(heading: str) -> None:
    """⒈<a problem> > 1)<task>。一是…二是…已完成整改。 > 2)<task>。一是… > 截至目前,该问题已整改到位。: each point
    opens its own measures (measures do not nest) and states its own status, so the points are the problems."""
    items = _read(
        "第1项:关于基层党组织建设方面\n"
        f"{heading}\n"
        "1)深化作风建设。一是制定年度工作要点。二是建立工作台账,实行清单化管理。已完成整改。\n"
        "2)加强人才引进培养。一是建立健全长效机制。二是加强与相关部门的沟通协调。\n"
        "截至目前,该问题尚未整改到位。\n"
    )
    assert [(label, title, st, group) for label, title, st, group in items] == [
        ("1", "深化作风建设", "done", heading),
        ("2", "加强人才引进培养", "in_progress", heading),
    ]


def test_steps_stating_their_status_under_a_named_problem_stay_its_measures() -> None:
    """1.…不规范问题 > (1)<step>,已完成。 > (2)<step>,正在推进。: steps with no text of their own below them are the
    problem's measures."""
    items = _read(
        "(一)在落实全面从严治党方面\n"
        "1.公务接待管理不规范问题\n(1)修订接待办法,已完成。\n(2)逐笔核查报销凭证,正在推进。\n"
        "2.差旅费报销审核不严问题\n(1)对近三年差旅费逐笔复核,已完成。\n(2)修订报销办法,已完成。\n"
    )
    assert [title for _, title, _, _ in items] == ["公务接待管理不规范", "差旅费报销审核不严"]


@pytest.mark.parametrize(
    ("first_status", "second_status", "want"),
    [
        ("目前,该问题已完成整改,并将长期坚持。", "正在整改。", ("done_longterm", "in_progress")),
        ("截至目前,该问题已整改到位。", "目前该问题尚未整改到位。", ("done", "in_progress")),
    ],
    ids=["mubian", "jiezhi"],
)
@pytest.mark.parametrize("points", [("⑴", "⑵"), ("1.", "2."), ("①", "②")], ids=["paren_glyph", "dot", "circled"])
def test_task_worded_points_whose_text_closes_with_their_own_status_are_the_problems(
    points: tuple[str, str], first_status: str, second_status: str, want: tuple[str, str]
) -> None:
    """(一)<shortcoming> > ⑴<task>。 > <text>目前,该问题已完成整改。 > ⑵<task>。 > <text>正在整改。: each point's text
    closes with its own status, so the points are the problems and (一) their group."""
    one, two = points
    items = _read(
        "问题一:在“基层党组织建设不够到位”方面\n"
        f"(一)选人用人工作不够规范。\n{one}完善内部控制体系。\n建立工作台账,实行清单化管理。{first_status}\n"
        f"{two}落实立德树人根本任务。\n制定年度工作要点,将任务分解到岗到人。\n{second_status}\n"
    )
    group = "(一)选人用人工作不够规范。"
    assert [(title, st, g) for _, title, st, g in items] == [
        ("完善内部控制体系", want[0], group),
        ("落实立德树人根本任务", want[1], group),
    ]


@pytest.mark.parametrize("points", ["1.", "一、", "(1)"])
def test_a_lone_point_under_a_named_problem_is_at_the_level_its_family_holds_elsewhere(points: str) -> None:
    """(一)<area> > 1.<task>,已基本完成。 <fields> … (二)关于“…”问题的整改 > 1.<task>,已整改完成。 (bare): the family
    holds the problems under the other headings, so the lone point under the named problem is a problem too."""
    one, two = points, points.replace("1", "2").replace("一", "二")
    items = _read(
        "第1项:贯彻落实党的路线方针政策和上级决策部署有差距\n"
        f"(一)关于“财务管理制度执行不严”方面\n{one}加强专项资金监管,已基本完成。\n建立工作台账。\n"
        "责任部门:人事科\n"
        f"{two}加强干部队伍建设,阶段性完成。\n开展警示教育。\n责任单位:办公室\n"
        f"(二)关于“落实意识形态工作责任制有差距”问题的整改\n{one}规范公务用车使用,已整改完成。\n"
        f"第2项:落实全面从严治党战略部署有差距\n(一)政治监督不够有力\n{one}压紧压实管党治党责任,已整改完成。\n"
        "牵头领导:党组书记\n"
    )
    assert [(title, st, group) for _, title, st, group in items] == [
        ("加强专项资金监管", "in_progress", "(一)关于“财务管理制度执行不严”方面"),
        ("加强干部队伍建设", "in_progress", "(一)关于“财务管理制度执行不严”方面"),
        ("规范公务用车使用", "done", "(二)关于“落实意识形态工作责任制有差距”问题的整改"),
        ("压紧压实管党治党责任", "done", "(一)政治监督不够有力"),
    ]


def test_task_worded_points_counted_by_the_lead_sentence_under_a_named_problem_too() -> None:
    """3.<area> > 本方面2个问题… > A.<area> > 一、<task>。 B.关于“…”问题的整改 > 一、<task>。: where the first area's
    count (3) is its points', the points are the problems in every area, the one under a named problem too."""
    items = _read(
        "1.反馈问题:意识形态工作责任制落实不到位\n共计3个问题已整改完成。\n"
        "A.基层党组织建设有弱项\n一、加强网络安全防护。\n对有关资料进行全面梳理。\n二、推进重点项目建设。\n召开专题会议。\n"
        "B.党组领导核心作用发挥不够。\n一、加强干部队伍建设。\n建立工作台账。\n"
        "2.落实新时代党的组织路线方面\n本方面2个问题正在持续整改中。\n"
        "A.关于“财务管理制度执行不严”方面\n一、强化对下属单位的监督指导。\n修订完善相关制度。\n"
        "B.关于“选人用人工作不够规范”问题的整改\n一、提升基层党组织组织力。\n加强日常监督。\n"
    )
    assert [(title, st) for _, title, st, _ in items] == [
        ("加强网络安全防护", "done"),
        ("推进重点项目建设", "done"),
        ("加强干部队伍建设", "done"),
        ("强化对下属单位的监督指导", "in_progress"),
        ("提升基层党组织组织力", "in_progress"),
    ]


def _two_counts(claim: str, where: str) -> str:
    """(1)<area> > 第一条:<shortcoming> > 一是<task>。 <text> …, the notice counting problems and specific problems."""
    body = (
        "(1)意识形态工作责任制落实方面\n"
        "第一条:服务群众意识不强\n一是落实立德树人根本任务。\n组织全体干部开展专题学习。\n"
        "第二条:关于“贯彻上级指示精神不到位”方面\n一是规范公务用车使用。\n建立健全长效机制。\n"
        "(2)落实新时代党的组织路线方面存在的问题\n"
        "第一条:关于“财务管理制度执行不严”问题的整改\n一是提升基层党组织组织力。\n加强日常监督。\n"
        "二是压紧压实管党治党责任。\n制定年度工作要点。\n三是提升统计数据质量。\n"
        "(3)建立长效机制,巩固整改成果\n一是坚持思想不松。进一步提高政治站位。\n二是坚持标准不降。定期调度。\n"
    )
    if where == "opening":
        return f"截至目前,{claim}。\n{body}"
    return body.replace("(3)", f"截至目前,{claim}。\n(3)")


@pytest.mark.parametrize("where", ["opening", "after_the_problems"])
@pytest.mark.parametrize(
    "claim", ["巡察反馈的2个方面3个问题5个具体问题已全部整改完成", "反馈3个问题,细化为7个具体问题,均已制定整改措施"]
)
def test_task_headlines_in_words_are_the_problems_when_the_notice_counts_specific_problems(
    claim: str, where: str
) -> None:
    """3个问题5个具体问题 over three 第N条 headings with 一是<task>。 headlines under them: the headings are as many as
    the coarser count, so they are the groups and the headlines the specific problems (the closing part's 一是
    points, with text on their line, stay its own)."""
    items = _read(_two_counts(claim, where))
    assert [(label, title) for label, title, _, _ in items] == [
        ("一", "落实立德树人根本任务"),
        ("一", "规范公务用车使用"),
        ("一", "提升基层党组织组织力"),
        ("二", "压紧压实管党治党责任"),
        ("三", "提升统计数据质量"),
    ]


@pytest.mark.parametrize("claim", ["巡察反馈的2个方面3个问题已全部整改完成", "反馈3个问题,细化为3个具体问题"])
def test_task_headlines_in_words_stay_measures_when_the_counts_name_the_headings(claim: str) -> None:
    """One count (3个问题), or a finer count no larger: the headings are the problems, the 一是 lines measures."""
    items = _read(_two_counts(claim, "opening"))
    assert len(items) == 3
    assert (items[0][1], items[2][1]) == ("服务群众意识不强", "财务管理制度执行不严")


@pytest.mark.parametrize(
    "lead", ["该方面{c}个问题已全部整改完成。", "本方面共{c}个问题,均已整改完成。"], ids=["gai", "ben"]
)
@pytest.mark.parametrize("points", ["abc", "123"], ids=["letters", "digits"])
def test_points_under_a_named_problem_are_the_problems_when_the_area_counts_them(lead: str, points: str) -> None:
    """第一条:<area> > 该方面3个问题… > 问题1:<shortcoming> > a.<task> <fields> b. c.: it counts three, one heading
    and three points below it, so the points are the problems and 问题1 their group."""
    a, b, c = (f"{p}." if p.isalpha() else f"({p})" for p in points)
    items = _read(
        f"第一条:反馈问题:贯彻落实上级决策部署不到位\n{lead.format(c=3)}\n问题1:基层党组织建设有弱项。\n"
        f"{a}深化“三会一课”制度落实。\n整改情况:建立工作台账。\n{b}深化作风建设。\n整改措施:规范归档。\n"
        f"{c}加强网络安全防护。\n牵头领导:党组书记\n整改措施:建立定期调度机制。\n"
        f"第二条:落实新时代党的组织路线方面\n{lead.format(c=1)}\n问题1:财务管理制度执行不严\n"
        f"{a}提升统计数据质量。\n整改举措:组织开展业务培训。\n"
    )
    assert [(title, st, group) for _, title, st, group in items] == [
        ("深化“三会一课”制度落实", "done", "问题1:基层党组织建设有弱项。"),
        ("深化作风建设", "done", "问题1:基层党组织建设有弱项。"),
        ("加强网络安全防护", "done", "问题1:基层党组织建设有弱项。"),
        ("提升统计数据质量", "done", "问题1:财务管理制度执行不严"),
    ]


def test_measures_under_a_named_problem_stay_measures_when_the_area_counts_the_problems() -> None:
    """该方面2个问题 over 问题1 and 问题2, each with a. b. measures: the count is the headings', not the points'."""
    items = _read(
        "第一条:反馈问题:贯彻落实上级决策部署不到位\n该方面2个问题已全部整改完成。\n"
        "问题1:基层党组织建设有弱项。\na.深化“三会一课”制度落实。\nb.深化作风建设。\n"
        "问题2:财务管理制度执行不严\na.提升统计数据质量。\nb.规范归档。\n"
    )
    assert [title for _, title, _, _ in items] == ["基层党组织建设有弱项", "财务管理制度执行不严"]


@pytest.mark.parametrize(
    ("status", "want"),
    [("截至目前,该问题尚未整改到位,将持续推进。", "in_progress"), ("截至目前,该问题已整改到位。", "done")],
)
def test_a_task_headline_followed_by_its_status_sentence_on_its_line_is_the_title(status: str, want: str) -> None:
    """第一项:<task>。截至目前,该问题尚未整改到位… > <text>: the sentence after the headline is its status (its 未…到位
    is no shortcoming), so the title is the headline alone."""
    items = _read(
        "(一)关于“选人用人工作不够规范”方面\n"
        f"第一项:强化选人用人监督。{status}\n截至目前已完成专项检查3次。\n"
        "第二项:规范公务用车使用。制定年度工作要点。\n截至目前,该问题尚未整改到位,将持续推进。\n"
    )
    assert [(title, st) for _, title, st, _ in items] == [
        ("强化选人用人监督", want),
        ("规范公务用车使用", "in_progress"),
    ]


def test_a_measure_in_words_continuing_the_text_on_its_problem_line_stays_a_measure() -> None:
    """⑨<task>。一是… > 二是<outcome>。 > 整改进度:…: its text runs on its own line, so the 二是 below continues
    its measures and the status field after it is the problem's."""
    items = _read(
        "⑷党组领导核心作用发挥不够\n"
        "⑧规范财务资产管理。\n整改进度:已基本完成\n一是对近三年的有关资料进行全面梳理。\n二是规范归档。\n"
        "⑨优化政务服务流程。一是修订完善相关制度。\n二是已对5名相关人员完成提醒谈话。\n"
        "责任单位:财务科;整改时限:长期坚持;整改进度:整改完成\n"
    )
    assert [(label, title, st) for label, title, st, _ in items] == [
        ("8", "规范财务资产管理", "in_progress"),
        ("9", "优化政务服务流程", "done"),
    ]


@pytest.mark.parametrize("family", ["{n}是", "其{n},"], ids=["shi", "qi"])
@pytest.mark.parametrize(
    ("done", "open_"),
    [("一、已完成整改的问题", "二、正在整改的问题"), ("1.已整改完成的问题", "2.正在推进整改的问题")],
    ids=["sections", "numbered_headings"],
)
def test_task_headlines_in_words_numbered_on_across_status_headings_are_the_problems(
    family: str, done: str, open_: str
) -> None:
    """已完成整改的问题 > 一是<task>。 … 四是<task>。 > 正在整改的问题 > 五是<task>。 (bare): the run lists the
    problems across the status headings, its numbers running on, each taking its heading's status."""
    one, two, three, four = (family.format(n=n) for n in "一二三四")
    items = _read(
        f"{done}\n{one}加强档案规范管理。\n建立工作台账,实行清单化管理。\n{two}加强专项资金监管。\n"
        f"{three}提升统计数据质量。\n截至目前已完成专项检查3次。\n"
        f"{open_}\n{four}加强保密管理。\n邀请专家进行现场指导。\n{family.format(n='五')}加强干部队伍建设。\n"
    )
    assert [(title, st) for _, title, st, _ in items] == [
        ("加强档案规范管理", "done"),
        ("加强专项资金监管", "done"),
        ("提升统计数据质量", "done"),
        ("加强保密管理", "in_progress"),
        ("加强干部队伍建设", "in_progress"),
    ]


@pytest.mark.parametrize(
    "status", ["目前该问题还没有完成整改。", "截至目前,该问题尚未整改到位。", "目前该问题未完成整改。"]
)
def test_a_status_sentence_alone_on_its_line_before_the_next_problem_is_no_group_heading(status: str) -> None:
    """三、 > 问题表现:<shortcoming> > <text> > 目前该问题还没有完成整改。 > 四、: the last line before the next problem
    states the status of the one above; its 没有完成 is no shortcoming naming a new group."""
    items = _read(
        "第二条:落实巡察、审计等监督发现问题整改方面存在的问题\n(2)关于“党组领导核心作用发挥不够”方面\n"
        "三、\n问题表现:职工队伍建设有短板。\n对相关责任人进行提醒谈话。建立定期调度机制。\n"
        f"{status}\n四、\n存在问题:网站信息发布审核把关不严。\n建立工作台账。截至目前,该问题已整改到位。\n"
    )
    group = "(2)关于“党组领导核心作用发挥不够”方面"
    assert [(title, st, g) for _, title, st, g in items] == [
        ("职工队伍建设有短板", "in_progress", group),
        ("网站信息发布审核把关不严", "done", group),
    ]


FIELDS = "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改\n"


@pytest.mark.parametrize("where", ["after_the_last", "under_the_headline"])
@pytest.mark.parametrize("points", [("A.", "B."), ("(一)", "(二)"), ("①", "②")], ids=["letters", "paren_cn", "circled"])
def test_actions_under_a_named_problem_with_the_problems_fields_stay_its_measures(
    points: tuple[str, str], where: str
) -> None:
    """(一)…不够严格问题 > A.<action>,… > B.<action>,… > 责任领导:…: the fields after the last action (or right under
    the headline) are the problem's, so the actions are its measures, not problems."""
    one, two = points
    measures = f"{one}组织全体干部开展专题学习,深入剖析问题根源。\n{two}建立工作台账,实行清单化管理、销号式推进。\n"
    text = measures + FIELDS if where == "after_the_last" else FIELDS + measures
    items = _read(
        "第一条:关于落实巡察、审计等监督发现问题整改方面\n❶关于“政治监督不够有力”方面\n"
        f"1.落实中央八项规定精神不够严格问题\n{text}"
        f"2.专项资金使用监管不到位问题\n{FIELDS}{one}邀请专家进行现场指导,提升工作质效。\n"
        f"{two}修订完善相关制度,印发《工作规程》。\n"
    )
    assert [title for _, title, _, _ in items] == ["落实中央八项规定精神不够严格", "专项资金使用监管不到位"]


def test_task_worded_points_with_fields_after_the_last_stay_problems() -> None:
    """(一)<shortcoming> > A.<task>。 > B.<task>。 > 责任单位:…: short task headlines may be problems printed bare, so
    the fields after the last one are not taken from it."""
    items = _read(
        "第一条:关于落实巡察、审计等监督发现问题整改方面\n(一)政治监督不够有力\n"
        f"A.强化选人用人监督【已完成】。\nB.加强保密管理【未完成】。\n{FIELDS}"
    )
    assert [(title, st) for _, title, st, _ in items] == [("强化选人用人监督", "done"), ("加强保密管理", "in_progress")]


@pytest.mark.parametrize("letters", ["ABCD", "1234", "abcd"], ids=["upper", "digits", "lower"])
def test_points_numbered_on_across_their_headings_are_the_problems(letters: str) -> None:
    """第一条:<shortcoming> > A.<task>。 B.<task>。 > 第二条:关于“…”问题的整改 > C.<task>。 …: the points run on across
    headings (measures count from 1 under each problem), so they are the problems and the headings their groups."""
    a, b, c, d = (f"{x}." for x in letters)
    items = _read(
        "第1个问题:落实全面从严治党战略部署方面存在的问题\n"
        f"第一条:基层党组织建设有弱项。\n{a}提升基层党组织组织力。\n开展警示教育,组织观看警示教育片。\n"
        f"{b}健全廉政风险防控机制。\n建立健全长效机制,防止问题反弹回潮。\n"
        f"第二条:关于“党组领导核心作用发挥不够”问题的整改\n{c}扩大优质服务供给。\n加强日常监督,定期通报工作进展。\n"
        f"{d}加强保密管理。\n制定年度工作要点。\n"
    )
    assert [(label, title) for label, title, _, _ in items] == [
        (letters[0], "提升基层党组织组织力"),
        (letters[1], "健全廉政风险防控机制"),
        (letters[2], "扩大优质服务供给"),
        (letters[3], "加强保密管理"),
    ]


def test_actions_counting_from_one_under_each_problem_stay_its_measures() -> None:
    """第一条:<shortcoming> > A.<action> B.<action> > 第二条:<shortcoming> > A.<action>: the points count from 1 under
    each heading, so nothing says they are problems: the headings are."""
    items = _read(
        "第1个问题:落实全面从严治党战略部署方面存在的问题\n"
        "第一条:基层党组织建设有弱项。\nA.开展警示教育,组织观看警示教育片。\nB.建立健全长效机制,防止问题反弹回潮。\n"
        "第二条:党组领导核心作用发挥不够。\nA.加强日常监督,定期通报工作进展。\nB.制定年度工作要点。\n"
    )
    assert [title for _, title, _, _ in items] == ["基层党组织建设有弱项", "党组领导核心作用发挥不够"]


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        (
            "1.强化选人用人监督,已完成。",
            "2.加强保密管理,正在推进。",
            [("强化选人用人监督", "done"), ("加强保密管理", "in_progress")],
        ),
        ("1.强化选人用人监督【已完成】", "", [("强化选人用人监督", "done")]),
        (
            "①针对“公务接待管理不规范”的问题[已整改]\n(1)修订接待办法。\n(2)逐笔核查报销凭证。",
            "",
            [("公务接待管理不规范", "done")],
        ),
    ],
    ids=["clauses", "one_bracketed", "named_over_measures"],
)
def test_numbered_lines_stating_their_own_status_under_an_area_section_are_its_problems(
    first: str, second: str, want: list[tuple[str, str]]
) -> None:
    """一、在…方面 > 1.<task>,已完成。 (bare) or ①针对“…”的问题[已整改] > (1)(2): a numbered headline closed by its own
    status is a problem, so the area section lists problems even when none of them names a shortcoming."""
    items = _read(f"一、在落实全面从严治党方面\n{first}\n{second}\n二、下一步工作打算\n1.坚持思想不松。定期调度。\n")
    assert [(title, st) for _, title, st, _ in items] == want


@pytest.mark.parametrize("title", ["项目建设进度较慢", "部分工程难以按期完成", "整改推进偏慢", "资金拨付迟缓"])
def test_a_lone_problem_worded_as_slowness_is_a_problem(title: str) -> None:
    """1.项目建设进度较慢。 alone under its aspect: a shortfall of pace is the genre's problem wording too."""
    items = _read(f"一、在落实全面从严治党方面\n1.{title}。\n修订《公务接待管理办法》。\n")
    assert [t for _, t, _, _ in items] == [title]


@pytest.mark.parametrize("lone", ["对下属单位的日常管理较宽", "公务用车使用登记", "党组会议记录"])
@pytest.mark.parametrize("heading", ["({n})在{topic}方面", "({n}){topic}不到位。"], ids=["area", "shortcoming"])
@pytest.mark.parametrize(
    "siblings",
    [("意识形态阵地管理不严", "网络舆情研判不及时"), ("加强意识形态阵地管理", "健全网络舆情研判机制")],
    ids=["shortcomings", "tasks"],
)
def test_a_line_shaped_like_its_siblings_problems_is_a_problem_whatever_its_words(
    lone: str, heading: str, siblings: tuple[str, str]
) -> None:
    """(一)<aspect> > <problem line or task headline> > 整改情况:… : once a sibling's lines read as problems,
    several under one heading, a line of the same shape (a plain line, its own 整改情况: at once below) is a problem
    too, even when it holds no word of a shortcoming or task; the headings stay its aspects."""
    first = heading.format(n="一", topic="落实意识形态工作责任制")
    second = heading.format(n="二", topic="加强对下属单位监督")
    notice = parse_notice(
        OPENING + "二、问题整改落实情况\n"
        f"{first}\n"
        f"{siblings[0]}。\n"
        "整改情况:修订阵地管理办法,清理不规范内容14处。目前已整改到位。\n"
        f"{siblings[1]}。\n"
        "整改情况:建立舆情日监测制度。目前正在推进。\n"
        f"{second}\n"
        f"{lone}。\n"
        "整改情况:制定下属单位监管清单,开展专项检查2次。目前已整改到位。\n"
    )
    assert [(i.title, i.status, i.aspect) for i in notice.items] == [
        (siblings[0], "done", first),
        (siblings[1], "in_progress", first),
        (lone, "done", second),
    ]


@pytest.mark.parametrize(
    ("second", "own"),
    [
        ("二、合同签订流程。", "整改状态:完成。"),
        ("二、党组会议记录(已销号)", "组织开展业务培训2次。"),
        ("二、公务用车使用登记", "目前该问题已整改完成。"),
    ],
    ids=["field", "suffix", "sentence"],
)
def test_a_plainly_worded_section_between_two_problems_is_a_problem(second: str, own: str) -> None:
    """一、<problem> > 二、<plain words> > 三、<problem>, each with its own text and status: the middle section stands
    where problems stand and carries what they carry, so it is one of them, not a part framing the list."""
    notice = parse_notice(
        OPENING + "一、项目验收把关不严。\n"
        "修订验收管理办法。\n"
        "整改结果:已完成。\n"
        f"{second}\n"
        "修订完善相关制度,明确工作标准。\n"
        f"{own}\n"
        "三、政务公开工作不及时。\n"
        "建立信息发布台账。\n"
        "整改结果:已完成。\n"
    )
    assert [(i.label, i.status) for i in notice.items] == [("一", "done"), ("二", "done"), ("三", "done")]
    assert notice.items[1].title == second[2:].split("(")[0].rstrip("。")


@pytest.mark.parametrize("point", ["（1）", "1.", "①"])
def test_a_lone_point_in_plain_words_under_an_area_is_a_problem_where_the_count_says_so(point: str) -> None:
    """一、…方面 > （1）<problem> / 二、…方面 > （1）<plain words> > 一是…: the family numbers the problems under
    the other area, so under this one too; the notice's count of its problems (2个方面3个问题) settles it."""
    second = point.replace("1", "2").replace("①", "②")
    notice = parse_notice(
        "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
        "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于2024年6月10日反馈了巡察意见,"
        "反馈了2个方面3个问题。\n"
        "一、落实全面从严治党战略部署方面存在的问题\n"
        f"{point}网站信息发布审核把关不严。\n"
        "一是加强日常监督,定期通报工作进展。二是制定年度工作要点。\n"
        f"{second}职工队伍建设有短板。\n"
        "一是邀请专家进行现场指导。二是开展警示教育。\n"
        "二、落实新时代党的组织路线方面存在的问题\n"
        f"{point}干部人事档案。\n"
        "一是对近三年的有关资料进行全面梳理,规范归档。二是建立工作台账,实行清单化管理。\n"
    )
    assert [i.title for i in notice.items] == ["网站信息发布审核把关不严", "职工队伍建设有短板", "干部人事档案"]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("first_field", "second_field"),
    [
        ("整改结果:已完成。", "整改状态:已整改完成。"),
        ("整改情况:目前已整改到位。", "整改情况:目前已整改到位。"),
        ("是否完成:是", "整改进度:已完成"),
    ],
    ids=["status_columns", "same_label", "yes_no_then_progress"],
)
@pytest.mark.parametrize(
    "plain", ["统计报表报送。", "党组会议记录。一是建立会议记录审核制度。"], ids=["alone", "measures_run_on"]
)
def test_a_plain_line_before_a_field_the_problem_above_already_holds_opens_the_next_problem(
    first_field: str, second_field: str, plain: str
) -> None:
    """<problem>。<measures> > 整改结果:已完成 > <plain words>。 > 整改状态:…: a problem states one status and one
    整改情况, so a field of a kind the problem above already holds belongs to the next problem, and the plain line
    right above it is that problem's headline, whatever its words (round 69's plain problem line, the generator's
    plain_headline)."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        "对下属单位监督指导不够。组织全体干部开展专题学习。\n"
        f"{first_field}\n"
        f"{plain}\n"
        f"{second_field}\n"
        "公务用车管理不严格。开展专项检查。\n"
        f"{first_field}\n"
    )
    headline = plain.split("。")[0]
    assert [(i.title, i.status) for i in notice.items] == [
        ("对下属单位监督指导不够", "done"),
        (headline, "done"),
        ("公务用车管理不严格", "done"),
    ]


def test_a_plain_line_of_a_fields_text_before_the_status_field_stays_the_problems_text() -> None:
    """整改措施: over its text on the next line, then 整改结果:: the problem above holds no status yet, so the status
    field is its own and the plain line its measure, not a new problem."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        "对下属单位监督指导不够。\n"
        "整改措施:\n"
        "建立监管清单。\n"
        "整改结果:已完成。\n"
        "公务用车管理不严格。\n"
        "整改措施:\n"
        "开展专项检查。\n"
        "整改结果:正在推进。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("对下属单位监督指导不够", "done"),
        ("公务用车管理不严格", "in_progress"),
    ]


@pytest.mark.parametrize("plain", ["公务用车使用登记", "党组会议记录", "财务票据报销"])
def test_a_plain_headline_going_on_a_run_of_problems_numbered_in_words_is_one(plain: str) -> None:
    """其一,<problem>。 > its text > 其二,<plain words>。 > its text > 其三,<problem>。: the run of problems goes on,
    each headline alone on its line over a text of its own, so the plain one is a problem too; measures numbered in
    words run on clause after clause instead."""
    notice = parse_notice(
        OPENING + "一、落实全面从严治党战略部署有差距\n"
        "该方面3个问题均正在整改。\n"
        "其一,财务报销审核把关不严。\n"
        "开展警示教育,组织观看警示教育片。剩余2处正在督促整改。\n"
        f"其二,{plain}。\n"
        "修订完善相关制度,明确工作标准。\n"
        "其三,党费收缴使用管理不规范。\n"
        "组织全体干部开展专题学习。\n"
    )
    assert [(i.label, i.title) for i in notice.items] == [
        ("一", "财务报销审核把关不严"),
        ("二", plain),
        ("三", "党费收缴使用管理不规范"),
    ]


@pytest.mark.parametrize(
    ("point", "status"),
    [("第1项:", "【已整改完成】"), ("1.", "(已销号)"), ("问题1:", "")],
    ids=["entry", "bracket", "named"],
)
def test_a_lone_entry_or_bracketed_point_under_a_shortcoming_section_is_its_problem(point: str, status: str) -> None:
    """二、反馈问题:<shortcoming> > 第1项:【已整改完成】<plain words>。 > 一是…: entries (第N项, 问题N) never number
    measures, and a point stating its own status in brackets closes a problem, so the section is its area."""
    notice = parse_notice(
        OPENING + "一、意识形态工作责任制落实有差距\n"
        "第1项:【已整改】政务公开工作不及时。\n"
        "一是建立定期调度机制。二是制定年度工作要点。\n"
        "二、反馈问题:履行职能责任、推动高质量发展不到位\n"
        f"{point}{status}党组会议记录。\n"
        "一是组织全体干部开展专题学习。二是开展警示教育。\n"
    )
    assert [(i.title, i.aspect) for i in notice.items] == [
        ("政务公开工作不及时", "一、意识形态工作责任制落实有差距"),
        ("党组会议记录", "二、反馈问题:履行职能责任、推动高质量发展不到位"),
    ]


# An area whose two problems read by their words, each headline closed by its own status clause.
CLAUSED_AREA = (
    "二、整改落实情况\n"
    "（一）贯彻落实上级决策部署有差距\n"
    "工会经费使用不规范,已完成整改。一是邀请专家进行现场指导。二是组织开展业务培训。\n"
    "审计发现问题整改不到位,已整改。加强日常监督,定期通报工作进展。\n"
)


@pytest.mark.parametrize("clause", ["尚未整改到位", "已整改完成", "正在推进"])
def test_a_plain_headline_closed_by_its_own_status_clause_among_such_problems_is_one(clause: str) -> None:
    """(二)<area> > 合同签订流程,尚未整改到位。一是… beside areas whose lines read <problem>,已完成整改。一是…: the same
    shape, a short headline closed by its own status clause, is a problem whatever its words."""
    notice = parse_notice(
        OPENING + CLAUSED_AREA + "（二）落实全面从严治党战略部署有差距\n"
        f"合同签订流程,{clause}。一是开展专项检查。二是加强与相关部门的沟通协调。\n"
    )
    assert [i.title for i in notice.items] == ["工会经费使用不规范", "审计发现问题整改不到位", "合同签订流程"]


def test_a_summary_of_the_problems_above_closed_by_a_status_is_no_problem() -> None:
    """以上问题,均已整改完成。 heading an area's text speaks of problems already named: no headline of its own."""
    notice = parse_notice(
        OPENING + CLAUSED_AREA + "（二）落实全面从严治党战略部署有差距\n以上问题,均已整改完成。建立长效机制。\n"
    )
    assert "以上问题" not in [i.title for i in notice.items]


@pytest.mark.parametrize(
    "field",
    [
        "整改结果:已完成。",
        "整改状态:正在推进。",
        "整改情况:修订报表报送制度。",
        "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持",
    ],
)
def test_an_areas_first_problem_in_plain_words_with_its_field_below_is_a_problem(field: str) -> None:
    """一、<area> > 统计报表报送。<text> > 整改结果:… beside areas whose unnumbered paragraphs read as problems by their
    words: the area's first paragraph stands in a problem's shape (its own field at once below), so the areas read
    alike and it is a problem, not a lead above nothing."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        "统计报表报送。组织全体干部开展专题学习。\n"
        f"{field}\n"
        "公务用车管理不严格。开展专项检查。\n"
        "整改结果:已完成。\n"
        "二、在落实新时代党的组织路线方面\n"
        "干部档案管理不规范。对档案进行全面梳理。\n"
        "整改结果:已完成。\n"
        "发展党员程序不规范。修订发展党员工作细则。\n"
        "整改结果:已完成。\n"
    )
    assert [(i.title, i.aspect) for i in notice.items] == [
        ("统计报表报送", "一、在落实全面从严治党方面"),
        ("公务用车管理不严格", "一、在落实全面从严治党方面"),
        ("干部档案管理不规范", "二、在落实新时代党的组织路线方面"),
        ("发展党员程序不规范", "二、在落实新时代党的组织路线方面"),
    ]


@pytest.mark.parametrize("own", ["（已销号）", "。\n整改状态:正在推进"], ids=["suffix", "field"])
def test_a_first_section_in_plain_words_before_two_problems_is_a_problem(own: str) -> None:
    """一、公务用车使用登记(已销号)。 > 二、<problem> > 三、<problem>: first in the list with two problems beside it, in
    their shape (its own status, nothing numbered), it is one of them, not a part framing the list."""
    notice = parse_notice(
        OPENING + f"一、公务用车使用登记{own}。\n"
        "制定年度工作要点。\n"
        "二、档案管理工作不规范(已销号)。\n"
        "一是组织专题学习。二是开展专项检查。\n"
        "三、固定资产管理混乱(已销号)。\n"
        "一是加强日常监督。二是开展警示教育。\n"
    )
    assert [i.label for i in notice.items] == ["一", "二", "三"]
    assert notice.items[0].title == "公务用车使用登记"


def test_a_framing_first_section_before_two_problems_stays_framing() -> None:
    """一、整改工作开展情况 opening the list frames it, whatever stands after it."""
    notice = parse_notice(
        OPENING + "一、整改工作开展情况\n"
        "党组高度重视,目前已完成整改。\n"
        "二、档案管理工作不规范(已销号)。\n"
        "一是组织专题学习。\n"
        "三、固定资产管理混乱(已销号)。\n"
        "一是加强日常监督。\n"
    )
    assert [i.label for i in notice.items] == ["二", "三"]


@pytest.mark.parametrize("family", ["其{n},", "{n}是"], ids=["qi", "shi"])
def test_a_plain_first_headline_in_words_counted_by_the_areas_lead_is_a_problem(family: str) -> None:
    """一、<area> > 该方面3个问题均正在整改。 > 其一,<plain words>。 > its text > 其二,…: the area's own count
    over a run from 其一 of exactly that many headlines, each over its own text, says they are its problems."""
    lines = [
        f"{family.format(n=n)}{title}。\n{text}\n"
        for n, title, text in (
            ("一", "公务用车使用登记", "开展警示教育。"),
            ("二", "意识形态阵地管理不严", "修订完善相关制度。"),
            ("三", "党费收缴使用管理不规范", "组织专题学习。"),
        )
    ]
    notice = parse_notice(OPENING + "一、落实全面从严治党战略部署有差距\n该方面3个问题均正在整改。\n" + "".join(lines))
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("一", "公务用车使用登记", "in_progress"),
        ("二", "意识形态阵地管理不严", "in_progress"),
        ("三", "党费收缴使用管理不规范", "in_progress"),
    ]


def test_measures_numbered_on_after_a_problems_headline_stay_its_measures_under_a_counted_area() -> None:
    """问题(一)<area> > 该方面2个问题… > <problem>。一是… > 二是… > 三是… > <problem>: 二是 and 三是 go on from
    the 一是 on the problem's line, measures; a count matching them by chance makes no problem of them."""
    notice = parse_notice(
        OPENING + "问题（一）在落实全面从严治党方面\n"
        "该方面2个问题已全部整改完成。\n"
        "工会经费使用不规范。一是建立工作台账,实行清单化管理、销号式推进。\n"
        "二是召开专题会议研究部署,制定整改方案,明确责任领导和责任科室。\n"
        "三是修订完善相关制度,印发《工作规程》,明确工作标准和办理时限。\n"
        "服务企业精准度不够。加强日常监督。\n"
    )
    assert [i.title for i in notice.items] == ["工会经费使用不规范", "服务企业精准度不够"]


@pytest.mark.parametrize("status", ["，正在整改", "(已销号)"], ids=["clause", "bracket"])
def test_a_lone_point_stating_its_status_in_the_problems_family_makes_its_section_an_area(status: str) -> None:
    """一、反馈问题:<shortcoming> > A.<plain words>,正在整改。 beside 二、…方面 > A.<problem>,… > B.…: the points under
    the other sections are the problems and are numbered A.; a lone A. stating its own status under a section that
    reads as one problem is its problem too, the section its area."""
    notice = parse_notice(
        OPENING + "一、反馈问题:落实全面从严治党战略部署不到位\n"
        f"A.财务票据报销{status}。\n"
        "对近三年的有关资料进行全面梳理,规范归档。\n"
        "二、在意识形态工作责任制落实方面\n"
        "A.合同管理不规范,持续推进中。\n"
        "一是组织全体干部开展专题学习。\n"
        "B.执法检查覆盖面不足,已完成。\n"
        "一是建立定期调度机制。\n"
    )
    assert [(i.label, i.title, i.aspect) for i in notice.items] == [
        ("A", "财务票据报销", "一、反馈问题:落实全面从严治党战略部署不到位"),
        ("A", "合同管理不规范", "二、在意识形态工作责任制落实方面"),
        ("B", "执法检查覆盖面不足", "二、在意识形态工作责任制落实方面"),
    ]


@pytest.mark.parametrize(
    "facts",
    [
        "2023年度的7次集体学习均由站长一人领学。",
        "全年46笔报销中有19笔由经办人本人审批。",
        "调研报告5篇,均为会议材料汇编。",
    ],
)
@pytest.mark.parametrize(
    "field", ["整改情况:", "整改措施:修订学习制度,明确领学轮换要求。"], ids=["text_below", "inline"]
)
def test_a_problems_facts_above_its_measures_field_stay_in_its_title_whatever_their_words(
    facts: str, field: str
) -> None:
    """1.<problem>。<facts in plain words> > 整改情况: > <measures>: the measures stand in the field, so what the
    paragraph says after its first sentence is the problem's description, its title whole (gold README, seeds
    000/001), even when no word of the description lexicon is in it."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        f"1.理论学习流于形式。{facts}\n"
        f"{field}\n"
        "修订学习制度,明确领学轮换要求。目前已整改完成。\n"
        "2.财务管理不规范。\n"
        "整改情况:修订财务报销办法。目前已整改完成。\n"
    )
    assert [i.title for i in notice.items] == [f"理论学习流于形式。{facts.rstrip('。')}", "财务管理不规范"]


@pytest.mark.parametrize(
    "rest", ["一是修订学习制度。二是开展专题学习。", "(正在推进,预计2025年6月底前完成)", "目前该问题已整改完成。"]
)
def test_measures_a_status_or_a_status_sentence_after_the_headline_are_not_its_title(rest: str) -> None:
    """1.<problem>。一是… / (正在推进) / 目前该问题已整改完成。 above 整改措施:: what was done or its status."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        f"1.理论学习流于形式。{rest}\n"
        "整改措施:修订学习制度,明确领学轮换要求。\n"
        "2.财务管理不规范。\n"
        "整改情况:修订财务报销办法。目前已整改完成。\n"
    )
    assert notice.items[0].title == "理论学习流于形式"


@pytest.mark.parametrize("record", ["反馈问题:", ""], ids=["record_field", "plain_paragraph"])
def test_an_unnumbered_problems_facts_above_its_measures_field_stay_in_its_title(record: str) -> None:
    """(一)<area> > 反馈问题:<problem>。<facts> > 整改情况:… (unnumbered records, a prefecture's page): the paragraph
    above the problem's own measures field is its title whole, as a numbered problem's is."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        f"{record}财务管理不规范。全年46笔报销中有19笔由经办人本人审批。\n"
        "整改情况:修订财务报销办法,明确审批权限。\n"
        f"{record}公务用车管理不严格。近两年的32份派车单由同一名工作人员填写。\n"
        "整改情况:建立派车登记台账。\n"
    )
    assert [i.title for i in notice.items] == [
        "财务管理不规范。全年46笔报销中有19笔由经办人本人审批",
        "公务用车管理不严格。近两年的32份派车单由同一名工作人员填写",
    ]


def test_work_done_after_the_headline_above_a_measures_field_is_not_its_title() -> None:
    """<problem>。已对5名相关人员完成提醒谈话。 > 整改措施:…: work done, not the problem's facts."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        "1.财务管理不规范。已对5名相关人员完成提醒谈话。\n"
        "整改措施:修订财务报销办法,明确审批权限。\n"
        "2.公务用车管理不严格。\n"
        "整改措施:建立派车登记台账。\n"
    )
    assert [i.title for i in notice.items] == ["财务管理不规范", "公务用车管理不严格"]


def test_a_plain_first_point_closed_by_its_bracketed_status_beside_such_a_problem_is_one() -> None:
    """第一条:关于“…”问题的整改 > (一)公务用车使用登记(已完成)。<text> > (二)<shortcoming>【已完成】。<text>: the
    points stand alike, each headline closed by its own status, and the second is a problem by its words, so the first
    is one too and the named heading their group."""
    notice = parse_notice(
        OPENING + "第1项:意识形态工作责任制落实有差距\n"
        "第一条:关于“基层党组织建设有弱项”问题的整改\n"
        "(一)公务用车使用登记(已完成)。建立定期调度机制,每月听取一次工作汇报。\n"
        "(二)“三会一课”制度落实不严格【已完成】。建立健全长效机制,防止问题反弹回潮。\n"
        "第二条:落实意识形态工作责任制有差距。\n"
        "(三)项目验收把关不严[正在推进]。开展警示教育。\n"
    )
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("一", "公务用车使用登记", "done"),
        ("二", "“三会一课”制度落实不严格", "done"),
        ("三", "项目验收把关不严", "in_progress"),
    ]


def test_measures_stating_their_steps_done_in_brackets_stay_the_named_problems_measures() -> None:
    """1.关于“…”问题的整改 > (1)修订《…办法》(已完成)。 > (2)开展专题培训(已完成)。: steps opening with their verb,
    the named problem's measures."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        "1.关于“财务管理不规范”问题的整改\n"
        "(1)修订《财务报销管理办法》(已完成)。明确审批权限。\n"
        "(2)开展专题培训(已完成)。参训人员86人次。\n"
        "2.关于“公务用车管理不严格”问题的整改\n"
        "建立派车登记台账。目前已整改完成。\n"
    )
    assert [i.title for i in notice.items] == ["财务管理不规范", "公务用车管理不严格"]


@pytest.mark.parametrize("status", ["目前,该问题已完成整改。", "已完成整改。"])
def test_a_status_run_on_after_the_facts_ends_them(status: str) -> None:
    """1.<problem>。<facts>。目前,该问题已完成整改。 > 整改举措:… (a page that lost the break after the facts): the
    facts stay in the title, the status sentence after them is the problem's status."""
    notice = parse_notice(
        OPENING + "一、在落实全面从严治党方面\n"
        f"1.科普活动开展。2022年以来的15次党组会议记录均为事后补记。{status}\n"
        "整改举措:组织全体干部开展专题学习。\n"
        "2.公务用车使用登记。全年46笔报销中有19笔由经办人本人审批。\n"
        "整改情况:建立定期调度机制。目前正在推进。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("科普活动开展。2022年以来的15次党组会议记录均为事后补记", "done"),
        ("公务用车使用登记。全年46笔报销中有19笔由经办人本人审批", "in_progress"),
    ]


@pytest.mark.parametrize(
    "fields", ["牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持", "责任单位:办公室", "整改时限:2024年底"]
)
@pytest.mark.parametrize(
    ("heading", "status"), [("(二)正在推进整改的问题", "in_progress"), ("二、已完成整改的事项", "done")]
)
@pytest.mark.parametrize("point", ["①", "(1)", "1."])
def test_a_status_sections_bare_points_over_fields_are_its_problems(
    point: str, heading: str, status: str, fields: str
) -> None:
    """(二)正在推进整改的问题 > ①<problem>: > ②<problem>: > 牵头领导:…: points printed bare (their text lost, or
    never written) under a status section are its problems; the heading names a status, not a problem whose facts
    they could be."""
    second = point.replace("1", "2").replace("①", "②")
    notice = parse_notice(
        OPENING + "(一)已完成整改的问题\n"
        f"{point}干部人事档案管理不规范:\n一是开展专项检查。二是建立台账。\n"
        f"{heading}\n{point}上轮巡察反馈问题整改不彻底:\n{second}公务用车管理不严格:\n{fields}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("干部人事档案管理不规范", "done"),
        ("上轮巡察反馈问题整改不彻底", status),
        ("公务用车管理不严格", status),
    ]


@pytest.mark.parametrize(("first", "second", "third"), [("一是", "二是", "三是"), ("其一,", "其二,", "其三,")])
@pytest.mark.parametrize("areas", [("A.", "B."), ("(一)", "(二)"), ("1.", "2.")])
@pytest.mark.parametrize("fields", [("整改情况", "整改状态"), ("整改措施", "完成情况"), ("整改举措", "整改进度")])
def test_problems_numbered_in_words_through_the_areas_over_their_own_fields(
    first: str, second: str, third: str, areas: tuple[str, str], fields: tuple[str, str]
) -> None:
    """A.在…方面 > 一是<shortcoming>。<its facts> > 整改情况:… > 整改状态:… > B.…方面 > 二是<headline>。<facts> > …:
    the words number the problems through the areas, each over its own rectification fields; the areas are aspects."""
    measures, status = fields
    notice = parse_notice(
        OPENING + f"{areas[0]}在作风建设和廉洁自律方面\n"
        f"{first}基层党支部标准化建设滞后。近两年的32份合同由同一名工作人员起草。\n"
        f"{measures}:开展专项检查,逐一督促落实。\n{status}:已完成整改。\n"
        f"{areas[1]}履行职能责任方面\n"
        f"{second}干部人事档案。档案材料缺失12份。\n{measures}:规范归档。\n{status}:正在推进。\n"
        f"{third}公务用车管理不严格。调研报告5篇均为会议材料汇编。\n{measures}:建立台账。\n{status}:已完成。\n"
    )
    assert [(i.title, i.status, (i.aspect or "")[-6:]) for i in notice.items] == [
        ("基层党支部标准化建设滞后。近两年的32份合同由同一名工作人员起草", "done", "廉洁自律方面"),
        ("干部人事档案。档案材料缺失12份", "in_progress", "职能责任方面"),
        ("公务用车管理不严格。调研报告5篇均为会议材料汇编", "done", "职能责任方面"),
    ]


@pytest.mark.parametrize(
    "measure",
    ["开展专项检查,对发现的问题逐一督促落实。", "建立健全长效机制,防止问题反弹回潮。", "召开专题会议研究部署。"],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("关于党组会议议事规则不健全的问题。", "关于固定资产管理混乱的问题。"),
        ("党组会议议事规则不健全。", "固定资产管理混乱。"),
    ],
)
def test_a_measure_line_among_an_unnumbered_problems_fields_is_its_measure(
    measure: str, first: str, second: str
) -> None:
    """(一)…方面 > <shortcoming>。 > 责任单位:…;整改进度:… > <measure>。 > 责任领导:… > <shortcoming>。 > …: a line
    opening with a measure's verb between a shortcoming's fields is its measure, not a problem of its own however it
    names 问题 (siblings are worded alike)."""
    notice = parse_notice(
        OPENING + "(一)作风建设和廉洁自律方面\n"
        f"{first}\n责任部门:人事科;整改时限:2024年12月底前;整改进度:已完成整改\n"
        f"{measure}\n责任领导:分管副局长;责任单位:办公室;整改时限:立行立改\n"
        f"{second}\n责任单位:办公室;整改时限:长期坚持;整改进度:正在推进\n"
        f"{measure}\n责任领导:分管副局长;责任单位:办公室;整改时限:立行立改\n"
    )
    assert [(i.title, i.status, measure.rstrip("。") in i.measures) for i in notice.items] == [
        (first.removeprefix("关于").removesuffix("的问题。").rstrip("。"), "done", True),
        (second.removeprefix("关于").removesuffix("的问题。").rstrip("。"), "in_progress", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "开展专项检查,逐一督促落实。",
        "举一反三查找漏洞。",
        "开展“回头看”,防止反弹。",
        "对问题线索逐一核查。",
        "结合自查自纠一并整改。",
    ],
)
@pytest.mark.parametrize("family", [("一、", "二、", "三、"), ("1.", "2.", "3.")])
def test_a_problem_whose_text_names_a_special_check_is_no_part_from_elsewhere(
    text: str, family: tuple[str, ...]
) -> None:
    """二、<problem>。整改举措:开展专项检查… on one line: the words of a part from elsewhere (专项检查, 回头看,
    自查自纠, 问题线索, 举一反三查找) in a problem's own text after its headline name no such part."""
    one, two, three = family
    notice = parse_notice(
        OPENING + f"{one}干部教育培训针对性不强。整改举措:修订培训计划。\n"
        f"{two}网站信息发布审核把关不严。整改举措:{text}\n"
        f"{three}党费收缴使用管理不规范。整改举措:建立台账。\n"
    )
    assert [i.title for i in notice.items] == [
        "干部教育培训针对性不强",
        "网站信息发布审核把关不严",
        "党费收缴使用管理不规范",
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("这个问题还没改完。", "in_progress"),
        ("该问题已整改到位。", "done"),
        ("此项问题正在推进整改。", "in_progress"),
        ("目前该问题正在推进整改。", "in_progress"),
    ],
)
def test_a_headlines_problem_run_into_a_sentence_naming_it_again_ends_there(sentence: str, status: str) -> None:
    """二、<shortcoming>问题这个问题还没改完。整改举措:… (the mark after 问题 lost in a squeeze): the headline ends at
    its 问题, the sentence naming the problem again states its status, and the line is no status section's heading."""
    notice = parse_notice(
        OPENING + "一、干部教育培训针对性不强问题目前该问题已整改完成。整改举措:修订培训计划。\n"
        f"二、网站信息发布审核把关不严问题{sentence}整改举措:建立审核制度。\n"
        "三、党费收缴使用管理不规范问题。整改举措:建立台账。已完成整改。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("干部教育培训针对性不强", "done"),
        ("网站信息发布审核把关不严", status),
        ("党费收缴使用管理不规范", "done"),
    ]


@pytest.mark.parametrize(
    "measure", ["修订完善相关制度,印发《工作规程》,明确工作标准。", "开展专项检查2次。", "召开专题会议研究部署。"]
)
@pytest.mark.parametrize(
    "fields", ["牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持", "责任部门:人事科 整改时限:2024年12月底前"]
)
def test_a_task_with_its_measure_run_on_among_tasks_over_fields_is_a_problem(measure: str, fields: str) -> None:
    """第一条:已完成的整改事项 > <task>。 > <fields> > 一是… > <task>。<measure run on> > <fields>: a problem worded as
    a task whose measure runs on after it is the next problem, as its siblings worded as tasks are."""
    notice = parse_notice(
        "中共某县科学技术局党组关于巡察整改进展情况的通报\n2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,"
        "并于2024年6月10日反馈了巡察意见,指出问题6个,已完成整改4个,正在推进2个。\n第一条:集中整改期内已完成的整改事项\n"
        f"加强档案规范管理。\n{fields}\n一是建立定期调度机制,每月听取一次工作汇报。\n二是开展警示教育,组织观看警示教育片。\n"
        f"强化对下属单位的监督指导。{measure}\n{fields}\n强化选人用人监督。{measure}\n{fields}\n"
        f"深化作风建设。\n{fields}\n一是对相关责任人进行提醒谈话,举一反三查找漏洞。\n二是开展警示教育,组织观看警示教育片。\n"
        "第二条:正在推进整改的问题\n"
        f"推进重点项目建设。一是加强与相关部门的沟通协调,形成工作合力。\n二是召开专题会议研究部署。\n{fields}\n"
        f"完善内部控制体系。一是组织开展业务培训2次。\n二是建立工作台账,实行清单化管理。\n{fields}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("加强档案规范管理", "done"),
        ("强化对下属单位的监督指导", "done"),
        ("强化选人用人监督", "done"),
        ("深化作风建设", "done"),
        ("推进重点项目建设", "in_progress"),
        ("完善内部控制体系", "in_progress"),
    ]


@pytest.mark.parametrize("last", ["二是开展警示教育。", "二是建立台账。", "二是加强日常监督。"])
@pytest.mark.parametrize("heading", ["第一条:集中整改期内已完成的整改事项", "第1项:已完成整改的事项"])
def test_a_short_last_clause_of_a_tasks_measures_lists_no_problem(last: str, heading: str) -> None:
    """<status section> > <task>。 > <fields> > 一是<measure>，… > 二是开展警示教育。: the short 二是 goes on the
    measures its 一是 opened; it lists no problem of its own, and the tasks above are still the section's problems."""
    fields = "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持"
    notice = parse_notice(
        OPENING + f"{heading}\n加强档案规范管理。\n{fields}\n一是建立定期调度机制,每月听取一次工作汇报。\n"
        f"二是开展警示教育,组织观看警示教育片。\n深化作风建设。\n{fields}\n一是对相关责任人进行提醒谈话,举一反三查找漏洞。\n"
        f"{last}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [("加强档案规范管理", "done"), ("深化作风建设", "done")]


@pytest.mark.parametrize(
    ("done", "open_"),
    [("一、已完成整改的问题", "二、正在推进的问题"), ("二、已整改到位的事项", "三、尚未完成整改的事项")],
)
@pytest.mark.parametrize("field", ["整改措施:", "\n整改措施:", "\n"], ids=["inline", "own_line", "bare"])
def test_task_worded_paragraphs_under_status_parts_are_their_problems(done: str, open_: str, field: str) -> None:
    """一、已完成整改的问题 > 加强干部队伍建设。整改措施:一是…: paragraphs worded as tasks, each with its own measures,
    are the part's problems as they are under an area (…方面); the part's heading gives their status."""
    notice = parse_notice(
        OPENING + f"{done}\n加强干部队伍建设。{field}一是开展业务培训。二是完善考核制度。\n"
        f"规范财务报销管理。{field}一是清理往来账目。二是建立报销台账。\n"
        f"{open_}\n落实意识形态工作责任制。{field}一是召开专题会议。二是开展专项检查。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("加强干部队伍建设", "done"),
        ("规范财务报销管理", "done"),
        ("落实意识形态工作责任制", "in_progress"),
    ]
    assert "一是开展业务培训。" in (notice.items[0].measures or "")


@pytest.mark.parametrize("heading", ["一、已完成整改的问题", "二、集中整改期内已完成的整改事项"])
@pytest.mark.parametrize("last", ["二是开展警示教育。", "二是建立台账。"])
def test_measures_numbered_in_words_under_a_status_parts_task_paragraphs_list_no_problem(
    heading: str, last: str
) -> None:
    """<status part> > <task>。 > <its fields> > 一是<measure>。 > 二是…: the words-numbered lines are the task's
    measures, not problems of the part (under a 第一条: part the same shape read right already)."""
    fields = "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持"
    notice = parse_notice(
        OPENING + f"{heading}\n加强档案规范管理。\n{fields}\n一是建立定期调度机制,每月听取一次工作汇报。\n"
        f"二是开展警示教育,组织观看警示教育片。\n深化作风建设。\n{fields}\n一是对相关责任人进行提醒谈话,举一反三查找漏洞。\n"
        f"{last}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [("加强档案规范管理", "done"), ("深化作风建设", "done")]


@pytest.mark.parametrize(
    ("first", "second"), [("整改措施", "整改举措"), ("整改举措", "整改落实"), ("整改情况", "整改措施")]
)
def test_unnumbered_problems_name_their_measures_field_in_other_words(first: str, second: str) -> None:
    """<task>。 > 整改进度:100% > 整改措施:… > <task>。 > 整改举措:…: a ledger names the field of what was done in its
    own words from one problem to the next; the line over such a field opens the next problem all the same, so the
    part's heading (反馈问题:<finding>) is no problem of its own."""
    notice = parse_notice(
        OPENING + "一、反馈问题:落实新时代党的组织路线不到位\n规范财务资产管理。\n整改完成率:100%\n"
        f"{first}:修订完善相关制度,印发《工作规程》。\n优化政务服务流程。\n整改进度:100%\n{second}:全面梳理,规范归档。\n"
        f"严格公务接待管理。\n{first}:加强与相关部门的沟通协调。管理办法初稿已形成。\n完成进度:30%\n"
        f"二、在意识形态工作责任制落实方面\n提升基层党组织组织力。\n整改进度:100%\n{second}:已完成提醒谈话。\n"
        f"深化作风建设。\n整改进度:100%\n{first}:开展警示教育。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("规范财务资产管理", "done"),
        ("优化政务服务流程", "done"),
        ("严格公务接待管理", "in_progress"),
        ("提升基层党组织组织力", "done"),
        ("深化作风建设", "done"),
    ]


@pytest.mark.parametrize(
    "run_on",
    [
        "一是建立工作台账,实行清单化管理。\n二是对相关责任人进行提醒谈话。",
        "其一,建立工作台账。\n其二,开展警示教育。\n其三,加强日常监督。",
    ],
)
def test_a_task_with_its_measures_run_on_over_several_lines_before_its_fields_opens_the_next_problem(
    run_on: str,
) -> None:
    """推进重点项目建设。 > its fields > <measures> > 规范财务资产管理。一是… > 二是… > 责任部门:…: the enumeration
    run on after the headline goes on on the lines below, and the fields after it are that headline's: the next
    problem."""
    fields = "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改"
    notice = parse_notice(
        OPENING
        + f"二、需要继续整改的事项\n推进重点项目建设。\n{fields}\n组织开展业务培训2次。剩余2处正在督促相关单位整改。\n"
        f"规范财务资产管理。{run_on}\n责任部门:人事科 整改时限:2024年12月底前\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("推进重点项目建设", "in_progress"),
        ("规范财务资产管理", "in_progress"),
    ]


@pytest.mark.parametrize(
    "work", ["已完成全部32份合同的复核。", "截至目前已完成专项检查3次。", "已对5名相关人员完成提醒谈话。"]
)
@pytest.mark.parametrize("heading", ["a.已完成整改的问题", "(一)已完成整改的事项"])
def test_a_task_with_the_work_it_reports_done_run_on_among_tasks_is_a_problem(work: str, heading: str) -> None:
    """<task>。一是… > its fields > <task>。已完成全部32份合同的复核。 > its fields: the work reported done ends the
    task's headline as a measure's verb does, so the line is the next problem, not a measure of the one above."""
    fields = "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持"
    notice = parse_notice(
        OPENING + f"{heading}\n深化作风建设。一是组织全体干部开展专题学习。二是建立工作台账。\n{fields}\n"
        f"强化对下属单位的监督指导。{work}\n责任部门:人事科 整改时限:2024年12月底前\n"
        f"完善内部控制体系。一是建立定期调度机制。二是开展专项检查。\n{fields}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("深化作风建设", "done"),
        ("强化对下属单位的监督指导", "done"),
        ("完善内部控制体系", "done"),
    ]
    assert notice.items[1].measures == work


@pytest.mark.parametrize(
    ("done", "open_"),
    [
        ("整改完成进度:100%", "整改完成进度:80%"),
        ("整改进展:已完成", "整改进展:正在推进"),
        ("目前该问题已完成整改。", "目前该问题正在整改中。"),
    ],
)
@pytest.mark.parametrize("headline", ["合同签订流程", "财务票据报销审核", "公务用车使用登记"])
def test_a_paragraph_after_a_closed_status_opening_as_the_one_above_is_the_next_problem(
    headline: str, done: str, open_: str
) -> None:
    """<problem>。<its text> > <status> > 合同签订流程。<its text> > <status>: one problem states one status, so the
    paragraph after it opening in the same shape is the next problem, though its headline names no shortcoming."""
    notice = parse_notice(
        OPENING + "第1个问题:关于履行职能责任、推动高质量发展方面\n"
        f"行政审批服务效率不高。邀请专家进行现场指导,提升工作质效。\n{done}\n"
        f"{headline}。组织全体干部开展专题学习。剩余2处正在督促相关单位整改。\n{open_}\n"
        "第2个问题:在落实巡察、审计等监督发现问题整改方面\n“第一议题”制度落实不到位。加强与相关部门的沟通协调。\n"
        f"{done}\n工会经费使用不规范。开展警示教育。\n{done}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("行政审批服务效率不高", "done"),
        (headline, "in_progress"),
        ("“第一议题”制度落实不到位", "done"),
        ("工会经费使用不规范", "done"),
    ]


@pytest.mark.parametrize("family", [("(一)", "(二)", "(三)"), ("1.", "2.", "3."), ("①", "②", "③")])
@pytest.mark.parametrize(
    "summary", ["截至目前,反馈的3个问题已全部制定整改措施。", "目前,巡察反馈的3个问题均已明确责任领导和完成时限。"]
)
def test_a_last_point_worded_as_a_framing_part_is_a_problem_when_the_summary_after_the_list_counts_it(
    family: tuple[str, str, str], summary: str
) -> None:
    """(一)<task>。一是… > (二)<task>。… > (三)压紧压实管党治党责任。一是… > 截至目前,反馈的3个问题…: the last point's
    words are a framing part's, but the count printed after the list, inside its part, counts it: a problem."""
    first, second, third = family
    notice = parse_notice(
        OPENING + f"{first}落实立德树人根本任务。一是组织全体干部开展专题学习。\n二是开展警示教育。\n"
        f"{second}扩大优质服务供给。一是已对5名相关人员完成提醒谈话。\n二是规范归档。\n"
        f"{third}压紧压实管党治党责任。一是制定年度工作要点,将任务分解到岗到人。\n二是建立工作台账。\n{summary}\n"
        "一、下一步工作安排\n(一)坚持思想不松。进一步提高政治站位。\n(二)坚持标准不降。明确时间表、路线图。\n"
    )
    assert [i.title for i in notice.items] == ["落实立德树人根本任务", "扩大优质服务供给", "压紧压实管党治党责任"]


@pytest.mark.parametrize(("first", "second"), [("a.", "b."), ("①", "②"), ("(1)", "(2)")])
@pytest.mark.parametrize(
    ("doing", "done"),
    [("目前该问题正在推进整改。", "目前该问题已完成整改。"), ("此问题正在整改中。", "此问题已整改到位。")],
)
def test_task_points_with_their_text_run_on_and_their_own_closing_line_under_a_named_problem_are_problems(
    first: str, second: str, doing: str, done: str
) -> None:
    """(1)关于“…”问题的整改 > a.<task>。<its measure>。 > 目前该问题正在推进整改。 > b.…: each point closes on its own
    status line speaking of itself (该问题), so the points are the problems and the named heading their group."""
    notice = parse_notice(
        OPENING + "一、作风建设和廉洁自律有差距\n(一)关于“政治监督不够有力”问题的整改\n"
        f"{first}强化对下属单位的监督指导。组织开展业务培训2次。\n{doing}\n"
        f"{second}加强人才引进培养。已对5名相关人员完成提醒谈话。\n{done}\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("强化对下属单位的监督指导", "in_progress"),
        ("加强人才引进培养", "done"),
    ]


@pytest.mark.parametrize("field", ["问题表现", "存在问题", "反馈问题"])
@pytest.mark.parametrize("group", ["问题①贯彻上级指示精神不到位。", "第一条:贯彻上级指示精神不到位"])
def test_points_titled_by_a_problem_field_closing_on_their_own_status_under_a_shortcoming_are_problems(
    field: str, group: str
) -> None:
    """问题①<shortcoming>。 > A.问题表现:<task>。 > 一是… > 截至目前,该问题已整改到位。 > B.…: the headline given as a
    field names no part of it; each point closes on its own status, so the points are the problems, the shortcoming
    their group."""
    notice = parse_notice(
        OPENING + f"1.反馈问题:落实全面从严治党战略部署不到位\n{group}\nA.{field}:健全意识形态工作机制。\n"
        "一是开展专项检查,对发现的问题逐一督促落实。\n二是建立健全长效机制,防止问题反弹回潮。\n截至目前,该问题已整改到位。\n"
        f"B.{field}:规范公务用车使用。\n一是加强日常监督,定期通报工作进展。\n二是组织全体干部开展专题学习。\n"
        "目前,该问题正在推进整改。\n"
    )
    assert [(i.title, i.status) for i in notice.items] == [
        ("健全意识形态工作机制", "done"),
        ("规范公务用车使用", "in_progress"),
    ]


@pytest.mark.parametrize(("one", "two"), [("1:", "2:"), ("1.", "2."), ("①", "②")])
@pytest.mark.parametrize("heading", ["问题(一)服务群众意识不强。", "问题(一)基层党组织建设有弱项"])
def test_a_groups_points_read_as_its_measures_are_problems_where_the_next_groups_points_are(
    one: str, two: str, heading: str
) -> None:
    """问题(一)<shortcoming> > 1:<shortcoming>。<measure> > 2:… beside 问题(二)关于“…”问题的整改 > 1:<problem>。一是…:
    the second group's points are its problems, so the first group's points of that family are too (a family met at a
    level is that level, read alike in every group), not measures of the group heading."""
    notice = parse_notice(
        OPENING + f"(1)反馈问题:作风建设和廉洁自律不到位\n{heading}\n"
        f"{one}人才引进培养机制不完善。加强日常监督,定期通报工作进展。\n"
        f"{two}安全隐患排查整治不彻底。制定年度工作要点,将任务分解到岗到人。\n"
        "问题(二)关于“上轮巡察整改不彻底”问题的整改\n"
        f"{one}“三会一课”制度落实不严格。一是组织全体干部开展专题学习。二是开展警示教育。\n"
        f"{two}公务用车管理不严格。对近三年的有关资料进行全面梳理,规范归档。\n"
    )
    assert [i.title for i in notice.items] == [
        "人才引进培养机制不完善",
        "安全隐患排查整治不彻底",
        "“三会一课”制度落实不严格",
        "公务用车管理不严格",
    ]


@pytest.mark.parametrize("field", ["问题内容", "问题描述", "存在问题", "具体问题"])
@pytest.mark.parametrize("squeezed", [False, True])
def test_a_problem_field_running_on_past_the_problem_under_a_lone_number_keeps_what_was_done(
    field: str, squeezed: bool
) -> None:
    """(1) > 问题内容:<problem>。<what was done>。 — the number alone, then the problem's field running on with no field
    of measures after it (a squeezed page cuts the number off its field): the text after the problem is what was done,
    so the work still awaited in it (待…时) is read, as after a numbered line's headline."""
    lines = [
        "二、正在整改的问题",
        "(1)",
        f"{field}:固定资产管理混乱。已将资产清查纳入年度计划。相关岗位待年底集中调整时一并调整。",
        "(2)",
        f"{field}:公务用车管理不规范。已修订公务用车管理办法。",
    ]
    text = OPENING + "\n".join(lines) + "\n"
    notice = parse_notice(text.replace("\n", "") if squeezed else text)
    assert [(i.title, i.status, i.pending) for i in notice.items] == [
        ("固定资产管理混乱", "in_progress", True),
        ("公务用车管理不规范", "in_progress", False),
    ]
    assert "已将资产清查纳入年度计划" in notice.items[0].measures


@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        (
            "（已整改完成）关于财务票据报销的问题。",
            "〔正在整改〕关于推动重点工作落实不够有力的问题。",
            ["done", "in_progress"],
        ),
        ("关于“财务票据报销”问题的整改情况", "关于“推动重点工作落实不够有力”问题的整改情况", ["unstated", "unstated"]),
        ("财务票据报销审核不严【已完成】。", "推动重点工作落实不够有力(还在改)。", ["done", "in_progress"]),
    ],
)
@pytest.mark.parametrize("heading", ["第{n}条:", "问题{n}:", "({n})"])
def test_headings_each_over_one_line_naming_one_problem_are_its_areas(
    heading: str, first: str, second: str, statuses: list[str]
) -> None:
    """第一条:<area> > （已整改）关于…的问题。 > fields, 第二条:<area> > …: each heading holds one line that names a
    problem and nothing else (a wrapper whole, or a shortcoming closed by its status bracket). Such a line is no measure
    of the heading, so the headings are the problems' areas, as headings holding several such lines are."""
    one, two = heading.format(n="一"), heading.format(n="二")
    body = (
        f"{one}意识形态工作责任制落实有差距\n{first}\n"
        "责任科室:财务科;完成时限:长期坚持\n整改情况:目前相关制度均已按期印发。\n"
        f"{two}贯彻落实上级决策部署不到位\n{second}\n"
        "整改情况:召开专题会议研究部署,制定整改方案。\n"
    )
    notice = parse_notice(OPENING + body)
    first_title = "财务票据报销审核不严" if "审核" in first else "财务票据报销"
    assert [(i.title, i.status) for i in notice.items] == list(
        zip([first_title, "推动重点工作落实不够有力"], statuses, strict=True)
    )
    assert [i.aspect for i in notice.items] == [
        f"{one}意识形态工作责任制落实有差距",
        f"{two}贯彻落实上级决策部署不到位",
    ]


@pytest.mark.parametrize(
    "lead", ["本方面1个问题正在整改中。", "该方面共1个问题,目前正在推进。", "此方面1个问题尚未完成整改。"]
)
@pytest.mark.parametrize(
    "heading", ["一、基层党组织建设有差距", "一、选人用人工作不够规范", "一、落实全面从严治党责任不到位"]
)
def test_a_part_whose_lead_counts_one_problem_holds_its_task_worded_paragraph(heading: str, lead: str) -> None:
    """一、<shortcoming> > 本方面1个问题正在整改中。 > 加强保密管理。<its text>: the heading is no area by its words
    (…方面) and its one paragraph is worded as a task, but its lead counts the problems under it as an area's does, so
    the paragraph is a problem, as the next parts' two each are; the lead's count is no claim of the notice's."""
    notice = parse_notice(
        OPENING
        + f"{heading}\n{lead}\n加强保密管理。建立定期调度机制,每月听取一次工作汇报。剩余款项待审计结论出具后处置。\n"
        "二、落实全面从严治党战略部署方面存在的问题\n本方面2个问题已全部整改完成。\n"
        "健全意识形态工作机制。对相关责任人进行提醒谈话。\n深化“三会一课”制度落实。建立健全长效机制。\n"
        "三、下一步工作安排\n1.坚持思想不松。进一步提高政治站位。\n"
    )
    assert [(i.title, i.aspect) for i in notice.items] == [
        ("加强保密管理", heading),
        ("健全意识形态工作机制", "二、落实全面从严治党战略部署方面存在的问题"),
        ("深化“三会一课”制度落实", "二、落实全面从严治党战略部署方面存在的问题"),
    ]
    assert notice.items[0].status == "in_progress" and notice.claimed.in_progress is None
