"""The genre's notices (tests/data/genre), each read whole against its round's data file, and the classes of the
genre the rounds taught, each with members the notices do not print.

What a careful reader takes from each notice lives in tests/data/genre/rounds/rNN.json (see genre_rounds.py); this
module holds the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from notices import parse_bytes, parse_file
from notices.dates import find_dates
from notices.gazetteer import gazetteer
from notices.header import read_claims
from notices.status import pending_evidence
from tests.conftest import norm
from tests.notice_files import to_docx

from .genre_rounds import GENRE, Expected, all_cases, check

CASES = all_cases()


# Round 15's classes, with members the notices did not print.
TITLED_BY_BODY = """{title}关于{level}委巡察整改进展情况的通报
根据{level}委统一部署,2025年3月13日至5月12日,{level}委第一巡察组对{short}进行了巡察。2025年7月3日,{level}委巡察组向{short}反馈了巡察意见。
二、巡察反馈问题整改情况
1.制度建设不健全。整改情况：修订内部管理制度5项。（已完成）
2.档案资料管理不规范。整改情况：对2021年以来的资料重新整理归档。（已完成）
"""


@pytest.mark.parametrize(
    ("title", "level", "short", "agency"),
    [
        ("中共闽清县委宣传部", "县", "县委宣传部", "闽清县委宣传部"),  # round 15's page
        ("临湘市人大机关", "市", "市人大机关", "临湘市人大机关"),  # round 15's page
        ("晋江市政协机关", "市", "市政协机关", "晋江市政协机关"),  # round 15's page
        ("中共桐庐县委统战部", "县", "县委统战部", "桐庐县委统战部"),
        ("桐庐县人大常委会机关", "县", "县人大常委会机关", "桐庐县人大常委会机关"),
    ],
)
def test_a_committees_department_or_a_congress_office_issues_its_own_notice(
    title: str, level: str, short: str, agency: str
) -> None:
    """县委宣传部, 市人大机关 before 关于市委巡察: the title's issuer, not a name read on to the 委 of 关于市委."""
    text = TITLED_BY_BODY.format(title=title, level=level, short=short)
    notice = parse_bytes(text.encode(), "t.txt")
    assert notice.agency == agency
    assert [i.status for i in notice.items] == ["done", "done"]


ZHENDUI_POINTS = """中共桐庐县统计局党组关于巡察集中整改进展情况的通报
根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县统计局党组进行了巡察。2024年6月3日,县委第一巡察组反馈了巡察意见。
二、精准聚焦反馈问题,坚决抓好各项整改任务落实
(一)聚焦党中央决策部署落实方面
1.{first}一是修订统计数据质量核查制度。二是开展抽查2次。目前,该问题已整改到位。
2.针对统计执法检查覆盖不全的问题。一是制定执法检查计划。二是开展执法检查。该问题正在整改中。
"""


@pytest.mark.parametrize(
    ("first", "titles"),
    [
        ("针对“第一议题”制度落实不到位的问题。", ["“第一议题”制度落实不到位", "统计执法检查覆盖不全"]),  # round 15's
        ("针对统计数据质量核查不严的问题。", ["统计数据质量核查不严", "统计执法检查覆盖不全"]),
        ("针对巡察指出的“数据质量核查滞后”问题。", ["数据质量核查滞后", "统计执法检查覆盖不全"]),
    ],
)
def test_a_numbered_zhendui_headline_under_an_area_names_its_problem(first: str, titles: list[str]) -> None:
    """1.针对<shortcoming>的问题。一是…二是…<status> under (一)…方面: the wrapper names the problem."""
    notice = parse_bytes(ZHENDUI_POINTS.format(first=first).encode(), "z.txt")
    assert [(i.title, i.status) for i in notice.items] == list(zip(titles, ["done", "in_progress"], strict=True))


def test_a_zhendui_line_naming_no_shortcoming_is_a_measure() -> None:
    """1.针对巡察反馈的问题,…: what the wrapper holds is no shortcoming, so the line frames the work."""
    text = ZHENDUI_POINTS.format(first="针对统计数据质量核查不严的问题。").replace(
        "二、精准聚焦", "一、整改工作开展情况\n1.针对巡察反馈的问题,局党组召开专题会议研究部署。\n二、精准聚焦"
    )
    notice = parse_bytes(text.encode(), "z.txt")
    assert [i.title for i in notice.items] == ["统计数据质量核查不严", "统计执法检查覆盖不全"]


MEASURES_NAMING_PROBLEMS = """中共桐庐县统计局党组关于巡察集中整改进展情况的通报
根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县统计局党组进行了巡察。2024年6月3日,县委第一巡察组反馈了巡察意见。
(1){first}该问题已整改完成。
(2)针对“统计执法检查覆盖不全”的问题,制定执法检查计划,开展执法检查3次。目前该问题仍在持续推进。
"""


@pytest.mark.parametrize(
    "first",
    [
        "坚持问题导向,举一反三,对2021年专项检查发现问题开展复查,针对“数据质量核查不到位”的问题,建立核查制度。",  # 15's
        "针对巡察指出的“数据质量核查不到位”问题,建立核查制度,开展抽查2次。",
        "强化源头治理,针对“数据质量核查不到位”问题,建立核查制度。",
    ],
)
def test_a_point_of_measures_names_its_problem_in_a_zhendui_clause(first: str) -> None:
    """(n)<measure>,针对“<problem>”的问题,<measures>。<status>: the problem is the quoted one; the sentence its text."""
    notice = parse_bytes(MEASURES_NAMING_PROBLEMS.format(first=first).encode(), "m.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("数据质量核查不到位", "done"),
        ("统计执法检查覆盖不全", "in_progress"),
    ]
    assert "建立核查制度" in notice.items[0].measures


GLUED_SITE_NAME = """服务热线:400-123-4567
{title}关于巡察集中整改进展情况的通报
时间:2024-09-26 11:12:56 文章作者:小编 点击:
根据{level}委统一部署,2023年4月20日至6月25日,{level}委第六巡察组对{short}进行了巡察。2023年8月4日,{level}委第六巡察组向{short}反馈了巡察意见。
(1)针对“公务接待管理不规范”的问题,修订公务接待管理办法。已完成整改。
"""


@pytest.mark.parametrize(
    ("title", "level", "short", "agency"),
    [
        ("宝博体育常州市城市管理局党组", "市", "市城市管理局党组", "常州市城市管理局党组"),  # round 15's page
        ("米乐桐庐县统计局党组", "县", "县统计局党组", "桐庐县统计局党组"),
        ("中共桐庐县统计局党组", "县", "县统计局党组", "桐庐县统计局党组"),  # the party's prefix, no site name
        ("国家税务总局杭州市西湖区税务局委员会", "区", "区税务局委员会", "国家税务总局杭州市西湖区税务局委员会"),
    ],
)
def test_a_sites_name_glued_before_the_titles_place_is_no_part_of_the_agency(
    title: str, level: str, short: str, agency: str
) -> None:
    """A copying site prints its name before the title (宝博体育常州市…): the agency starts at the place."""
    text = GLUED_SITE_NAME.format(title=title, level=level, short=short)
    notice = parse_bytes(text.encode(), "g.txt")
    assert notice.agency == agency


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("针对反馈的4个方面7项具体问题涉及的17个细化问题,逐一明确责任领导。", (4, 7, 17)),  # round 15's page
        ("巡察反馈3个方面5项具体问题,细化后的12个细化问题已整改10个。", (3, 5, 12)),
        ("反馈4个方面13个问题,细化为62个具体问题。", (4, 13, 62)),  # the refinement named by 具体 (as before)
        ("反馈的4个方面7项具体问题已全部完成整改。", (4, None, 7)),
    ],
)
def test_problems_refined_below_the_specific_ones(sentence: str, claimed: tuple[int | None, ...]) -> None:
    """N项具体问题涉及的M个细化问题: the refined problems are the finest count, the specific ones their groups."""
    found = read_claims(sentence)
    assert (found.aspects, found.problem_groups, found.problems) == claimed


@pytest.mark.parametrize(
    ("opening", "team"),
    [
        # round 15's page: the round's name before the team, the owner named in the feedback sentence
        (
            "一届市委第六轮巡察第一巡察组于2024年4月16日至6月14日,对县统计局党组开展了巡察。2024年9月13日,"
            "市委第一巡察组向我单位反馈了巡察意见。",
            "市委第一巡察组",
        ),
        (
            "十四届县委第三轮巡察第二巡察组于2024年4月16日至6月14日,对县统计局党组开展了巡察。2024年9月13日,"
            "县委第二巡察组向县统计局党组反馈了巡察意见。",
            "县委第二巡察组",
        ),
        (
            "第二巡察组于2024年4月16日至6月14日,对县统计局党组开展了巡察。2024年9月13日,巡察组反馈了巡察意见。",
            "第二巡察组",
        ),  # no owner anywhere: the team as printed
    ],
)
def test_a_team_printed_after_its_rounds_name_takes_its_owner_from_the_feedback(opening: str, team: str) -> None:
    head = "中共桐庐县统计局党组关于巡察整改情况的通报\n根据县委统一部署,"
    text = f"{head}{opening}\n一、整改落实情况\n1.公务接待不规范。已整改。\n"
    assert parse_bytes(text.encode(), "t.txt").inspection_team == team


REPORT_ON_UNITS = """关于十二届区委第二轮巡察整改进展情况的通报
根据区委统一安排部署,2021年11月8日至12月20日,区委组建4个巡察组对区民政局、区农业农村局等{units}开展常规巡察。
2022年1月27日,区委4个巡察组向{fed}全面反馈巡察情况。
截止目前,巡察反馈的120个问题,完成整改117个,{kind}2个,未完成1个。
一、未完成整改的问题(1个)
(一)区民政局党组
1.养老服务设施建设项目推进缓慢。目前,室外配套设施正在建设。
二、{kind}(2个)
(一)区农业农村局党组
1.高标准农田建设项目验收滞后。1个项目正在整改初验发现的问题。
2.农村集体“三资”管理不规范。剩余2个村的清产核资正在进行。
区委巡察办
2023年1月29日
"""


@pytest.mark.parametrize(
    ("units", "fed", "kind"),
    [
        ("4家单位", "40家被巡察单位党组织", "基本完成取得阶段性成果并持续整改问题"),  # round 15's page
        ("12个部门", "12个被巡察党组织", "持续整改问题"),
        ("4家单位", "各被巡察单位党组织", "基本完成问题"),
    ],
)
def test_a_report_on_a_rounds_units_lists_its_open_problems(units: str, fed: str, kind: str) -> None:
    """A district 委's report on the units of one round: no one agency; the 3 listed are the 3 the opening counts
    open (持续整改问题2个,未完成1个), so the 120 claimed and the 117 done are no shortfall of the list."""
    notice = parse_bytes(REPORT_ON_UNITS.format(units=units, fed=fed, kind=kind).encode(), "r.txt")
    assert notice.agency is None
    assert [i.status for i in notice.items] == ["in_progress"] * 3
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (120, 117, 3)
    assert [w.code for w in notice.warnings] == ["no_agency"]


def test_a_problem_numbered_before_its_year_is_listed() -> None:
    """1.2023年以来… (r24_ezhou): a number whose dot stands glued to a year opens a problem."""
    notice = parse_file(str(GENRE / "r24_ezhou_jxj_closure_verdict.txt"))
    assert [i.label for i in notice.items] == ["1", "2", "3", "4", "5", "6"]
    assert notice.items[0].title.startswith("2023年以来党组理论学习中心组")


AREA_CLOSINGS = """中共某县财政局党组关于巡察整改情况的通报
根据县委统一部署，2024年3月1日至4月30日，县委第二巡察组对县财政局党组进行了巡察。2024年6月3日反馈了巡察意见。
二、巡察反馈问题整改落实情况
（一）预算管理方面
1.预算编制不够精细，部分项目预算执行率偏低。
整改措施：修订预算编制规程，建立执行进度月通报制度。
2.政府采购监管不到位，部分项目采购程序不规范。
整改措施：开展政府采购专项检查，约谈采购单位3家。
{first}
（二）党的建设方面
1.“三会一课”制度落实不到位。
整改措施：规范支部组织生活记录，开展专项检查。
2.干部教育培训针对性不强。
整改措施：制定年度培训计划，开展业务培训4期。
3.廉政风险防控不够有力。
整改措施：梳理廉政风险点20个，制定防控措施。
{second}
三、下一步工作打算
局党组将持续巩固整改成果。
中共某县财政局党组
2024年10月8日
"""


@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        (  # the numbers restart per area; the rest of an area named as 其余
            "上述问题中，第1个问题已完成整改，第2个问题正在持续推进。",
            "以上问题中，第2个问题正在整改，其余问题已完成整改。",
            ["done", "in_progress", "done", "in_progress", "done"],
        ),
        (  # a status said of all of them, then the exception by number
            "以上2个问题均已完成整改。",
            "以上3个问题已完成整改，其中第3个问题需长期坚持。",
            ["done", "done", "done", "done", "done_longterm"],
        ),
    ],
)
def test_an_areas_closing_sentence_gives_its_problems_statuses_by_number(
    first: str, second: str, statuses: list[str]
) -> None:
    notice = parse_bytes(AREA_CLOSINGS.format(first=first, second=second).encode(), "r.txt")
    assert [i.status for i in notice.items] == statuses


_OPENING_26 = """中共某县委统战部关于巡察整改情况的通报
{opening}
一、巡察反馈问题整改情况
1.统一战线理论学习不够深入。
整改情况：制定年度学习计划，开展专题学习6次。
完成情况：已完成
中共某县委统战部
2024年12月2日
"""


@pytest.mark.parametrize(
    ("opening", "team"),
    [
        (
            "按照市委统一部署，2024年3月4日至4月30日，市委第三提级交叉巡察组对县委统战部开展了巡察，6月3日反馈了巡察意见。",
            "市委第三提级交叉巡察组",
        ),
        (
            "根据县委部署，2024年3月4日至4月30日，县委第二专项交叉巡察组对县委统战部进行了巡察。2024年6月3日，巡察组向县委统战部反馈了巡察意见。",
            "县委第二专项交叉巡察组",
        ),
        (
            "根据市委部署，2024年3月4日至4月30日，市委第一联动交叉巡察组对县委统战部进行了巡察。2024年6月3日，市委第一联动交叉巡察组向县委统战部反馈了巡察意见。",
            "市委第一联动交叉巡察组",
        ),
    ],
)
def test_a_team_named_with_two_kinds_of_round_after_its_number(opening: str, team: str) -> None:
    """第N提级交叉巡察组 (round 26): two kinds of round may stand between a team's number and 巡察组."""
    notice = parse_bytes(_OPENING_26.format(opening=opening).encode(), "t.txt")
    assert notice.inspection_team == team
    assert (notice.inspection_start, notice.inspection_end, notice.feedback_date) == (
        "2024-03-04",
        "2024-04-30",
        "2024-06-03",
    )


@pytest.mark.parametrize(
    "opening",
    [
        "按照市委统一部署，2024年3月4日至4月30日，市委第三巡察组对我单位开展了巡察工作，并于6月3日召开了巡察反馈会议。",
        "根据县委部署，2024年3月4日至4月30日，县委第一巡察组对县委统战部进行了巡察。2024年6月3日，县委第一巡察组召开巡察情况反馈会。",
        "2024年3月4日至4月30日，县委第一巡察组对县委统战部进行了巡察，并于2024年6月3日在统战部召开反馈大会。",
    ],
)
def test_the_feedback_told_as_the_day_its_meeting_was_held(opening: str) -> None:
    """并于7月26日召开了巡察反馈会议 (round 26): the feedback meeting's day is the feedback date."""
    notice = parse_bytes(_OPENING_26.format(opening=opening).encode(), "f.txt")
    assert (notice.inspection_start, notice.inspection_end, notice.feedback_date) == (
        "2024-03-04",
        "2024-04-30",
        "2024-06-03",
    )


_SQUEEZED_BRACKETS = [
    "中共某区委统战部关于巡察整改进展情况的通报",
    "根据区委统一部署，2024年3月4日至4月30日，区委第二巡察组对区委统战部进行了巡察。2024年6月3日，区委第二巡察组向"
    "区委统战部反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。",
    "一、整改工作组织情况",
    "部务会把巡察整改作为重大政治任务，成立整改工作领导小组，制定整改方案，逐项明确责任领导、责任科室和整改时限，"
    "实行清单管理、对账销号。巡察反馈的3个问题，已完成整改2个，正在整改1个。",
    "二、巡察反馈问题整改情况",
    "1.党外代表人士队伍建设统筹不够{first}",
    "建立党外代表人士数据库，开展专题培训2期，推荐党外代表人士参加上级调训5人次。",
    "2.民族宗教工作基础台账不全{second}",
    "对全区宗教活动场所逐一走访，补齐台账资料，部分场所的登记手续正在办理。",
    "3.同心实践基地作用发挥不明显{third}",
    "制定实践基地管理办法，组织开展主题活动4次，基地运行情况纳入年度考核。",
    "中共某区委统战部",
    "2024年9月30日",
]


@pytest.mark.parametrize(
    ("first", "second", "third", "statuses"),
    [
        ("（已完成）", "（正在整改）", "（已完成，长期坚持）", ["done", "in_progress", "done_longterm"]),
        ("【已整改】", "【持续推进】", "【已完成】", ["done", "in_progress", "done"]),
        ("(已整改到位)", "(基本完成)", "(已销号)", ["done", "in_progress", "done"]),
    ],
)
def test_a_headline_closed_by_its_status_bracket_in_a_squeeze(
    first: str, second: str, third: str, statuses: list[str]
) -> None:
    """1.<problem>（已完成）<measures> with the line break lost (round 26's zone, squeezed): the bracket ends the
    headline and states its status; the measures start after it."""
    text = "".join(_SQUEEZED_BRACKETS).format(first=first, second=second, third=third)
    notice = parse_bytes(text.encode(), "s.txt")
    titles = ["党外代表人士队伍建设统筹不够", "民族宗教工作基础台账不全", "同心实践基地作用发挥不明显"]
    assert [(i.title, i.status) for i in notice.items] == list(zip(titles, statuses, strict=True))
    assert notice.items[0].measures.startswith("建立党外代表人士数据库")


def test_pending_evidence_names_the_unfinished_work() -> None:
    notice = parse_file(str(GENRE / "yongdeng_chinese_numerals.txt"))
    assert notice.items[11].pending_evidence == ("其中2个问题正在与县财政局对接中", "待资金到位后完成整改")
    assert notice.items[2].deadline == "2025-01-09"  # 三个月内, from the notice date 2024-10-09


def test_deadline_at_year_end_of_the_notice() -> None:
    notice = parse_file(str(GENRE / "yuecheng_question_numbered.txt"))
    assert (notice.items[5].deadline, notice.items[5].deadline_text) == ("2024-12-31", "年底前")
    assert notice.published == "2024-03-15"


TABLE_NOTICE = """中共宜春市袁州区教育体育局党组关于巡察整改进展情况的通报
根据区委统一部署，2024年5月6日至6月28日，区委第四巡察组对区教体局党组进行了巡察，8月15日反馈了巡察意见。现将整改进展情况公布如下。
一、巡察反馈问题整改情况
巡察反馈的4个问题，已完成整改2个，正在整改1个，需长期坚持1个。
"""
TABLE = [
    ["序号", "问题", "整改措施", "完成时限", "整改情况"],
    ["1", "校外培训机构监管不到位", "开展校外培训专项治理，取缔无证机构6家", "2024年10月31日", "已完成"],
    [
        "2",
        "学校食堂食品安全管理不规范",
        "建立食堂负责人陪餐制度，引入第三方检测",
        "2024年12月底前",
        "正在推进",
    ],
    ["3", "教师职称评审程序不规范", "修订职称评审办法，评审结果全部公示", "2024年9月30日", "已完成"],
    ["4", "师德师风建设存在薄弱环节", "开展师德师风专题教育，纳入教师年度考核", "长期", "长期坚持"],
]


def test_docx_with_problems_in_a_table() -> None:
    signature = "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共宜春市袁州区教育体育局党组\n2024年11月5日"
    data = to_docx(TABLE_NOTICE, TABLE, after=signature)
    notice = parse_bytes(data, "table.docx")
    assert notice.agency == "宜春市袁州区教育体育局党组" and notice.prefecture == "宜春市"
    assert [(i.label, i.title, i.status, i.deadline) for i in notice.items] == [
        ("1", "校外培训机构监管不到位", "done", "2024-10-31"),
        ("2", "学校食堂食品安全管理不规范", "in_progress", "2024-12-31"),
        ("3", "教师职称评审程序不规范", "done", "2024-09-30"),
        ("4", "师德师风建设存在薄弱环节", "done_longterm", None),
    ]
    assert notice.items[0].measures == "开展校外培训专项治理，取缔无证机构6家".replace("，", ",")
    assert (notice.claimed.completed, notice.claimed.in_progress, notice.claimed.longterm) == (2, 1, 1)
    assert notice.signed == "2024-11-05" and notice.warnings == ()


def test_genre_files_are_all_covered() -> None:
    """Every notice file of the genre, text, web page (.html, round 95), Word file (.docx, round 96), PDF (.pdf,
    round 98), Excel ledger (.xlsx, round 101; .xls, round 114), OpenDocument text or spreadsheet (.odt, .ods) or
    Rich Text file (.rtf, round 142), note app's Markdown file (.md, round 141), OFD file (.ofd) or saved web page,
    single file (.mht, .mhtml, round 152), is some round's case."""
    files = [*Path(GENRE).glob("*.txt"), *Path(GENRE).glob("*.html"), *Path(GENRE).glob("*.docx")]
    files += [*Path(GENRE).glob("*.md")]
    files += [*Path(GENRE).glob("*.pdf"), *Path(GENRE).glob("*.xlsx"), *Path(GENRE).glob("*.xls")]
    files += [*Path(GENRE).glob("*.odt"), *Path(GENRE).glob("*.ods"), *Path(GENRE).glob("*.rtf")]
    files += [*Path(GENRE).glob("*.ofd"), *Path(GENRE).glob("*.mht"), *Path(GENRE).glob("*.mhtml")]
    assert {c.file for c in CASES} == {p.name for p in files}


SHORT = """中共桐庐县统计局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。现将整改进展情况公布如下。
{section}
1.统计数据质量核查不到位{trailing}
{body}
2.统计执法检查覆盖不全
整改结果：已完成
整改情况：对全县规上企业开展执法检查。
中共桐庐县统计局党组
2024年9月2日
"""


@pytest.mark.parametrize(
    ("section", "trailing", "body", "status", "source"),
    [
        ("一、整改落实情况", "", "整改进度：正在推进\n整改情况：建立数据质量核查制度。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改状态：完成\n整改情况：建立数据质量核查制度。", "done", "item"),
        ("一、整改落实情况", "", "整改情况：已完成。建立数据质量核查制度，开展核查2次。", "done", "item"),
        ("一、整改落实情况", "（已完成）", "建立数据质量核查制度，开展核查2次。", "done", "item"),
        ("一、整改落实情况", "", "建立数据质量核查制度。目前该问题已整改完成。", "done", "item"),
        ("一、整改落实情况", "", "建立数据质量核查制度。目前该问题仍在持续推进中。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改情况：阶段性完成。建立数据质量核查制度。", "in_progress", "item"),
        ("一、整改落实情况", "", "完成情况：基本完成\n整改情况：建立数据质量核查制度。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改结果：视同完成\n整改情况：建立数据质量核查制度。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改结果：持续整改\n整改情况：建立数据质量核查制度。", "in_progress", "item"),
        ("一、正在推进整改的问题", "", "建立数据质量核查制度。", "in_progress", "section"),
        ("一、整改落实情况\n以下问题均已整改完成。", "", "建立数据质量核查制度。", "done", "section"),
        ("一、整改落实情况\n已完成整改1个，正在整改1个。", "", "建立数据质量核查制度。", "unstated", "none"),
        ("一、整改落实情况", "", "建立数据质量核查制度。此问题阶段性完成，将持续推进。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改情况：建立数据质量核查制度。基本完成整改，将持续推进。", "in_progress", "item"),
        ("一、整改落实情况", "", "整改情况：建立数据质量核查制度。已完成整改，需长期坚持。", "done_longterm", "item"),
        (
            "一、整改落实情况",
            "",
            "整改措施：建立数据质量核查制度。\n整改成效：正在整改，核查系统已上线。",
            "in_progress",
            "item",
        ),
        ("一、整改落实情况", "", "整改措施：建立数据质量核查制度。\n整改成效：已整改到位。", "done", "item"),
    ],
    ids=[
        "marker-progress",
        "marker-bare-done",
        "lead-of-text",
        "trailing",
        "prose-done",
        "prose-progress",
        "staged",
        "basically",
        "deemed",
        "continuing",
        "heading",
        "lead-sentence",
        "counts-are-claims",
        "prose-partial",
        "led-closing-sentence",
        "led-closing-longterm",
        "result-field-progress",
        "result-field-done",
    ],
)
def test_status_in_every_form_of_the_genre(section: str, trailing: str, body: str, status: str, source: str) -> None:
    notice = parse_bytes(SHORT.format(section=section, trailing=trailing, body=body).encode(), "short.txt")
    assert [(i.title, i.status, i.status_source) for i in notice.items] == [
        ("统计数据质量核查不到位", status, source),
        ("统计执法检查覆盖不全", "done", "item"),
    ]


# The families of status wording the fourth batch taught (courts, a procuratorate, schools, a bank): each closing
# sentence or field below states the first problem's status in words no earlier case used, and the negative rows
# are work reports and pending work, which state none.
@pytest.mark.parametrize(
    ("body", "status"),
    [
        # done: 已 + a result (完毕, 完结, 清零, 解决, a verb's 到位), a manner or a date before 完成, a subject first
        ("建立数据质量核查制度。目前，此项整改已完毕。", "done"),
        ("建立数据质量核查制度。该问题已整改销号。", "done"),
        ("建立数据质量核查制度。此问题已清零。", "done"),
        ("建立数据质量核查制度。此问题已经解决。", "done"),
        ("建立数据质量核查制度。此问题整改已到位。", "done"),
        ("建立数据质量核查制度。已于2024年8月整改到位。", "done"),
        ("建立数据质量核查制度。已清理到位。", "done"),
        ("建立数据质量核查制度。此项整改已全面完成。", "done"),
        ("建立数据质量核查制度。此项整改任务完成。", "done"),
        ("整改进展情况：已完结\n整改情况：建立数据质量核查制度。", "done"),
        ("完成情况：已于2024年6月完成\n整改情况：建立数据质量核查制度。", "done"),
        ("完成情况：已按期完成\n整改情况：建立数据质量核查制度。", "done"),
        ("完成情况：已追回到位\n整改情况：追回资金0.45万元。", "done"),
        ("建立数据质量核查制度。已全部整改完毕。", "done"),
        ("建立数据质量核查制度。已经整改落实到位。", "done"),
        ("建立数据质量核查制度。整改完毕。", "done"),
        ("建立数据质量核查制度。该问题已得到解决。", "done"),
        # in progress: 按计划/正在/仍在/尚在 … and …中
        ("建立数据质量核查制度。此项整改按计划推进中。", "in_progress"),
        ("建立数据质量核查制度。该项任务正在整改中。", "in_progress"),
        ("建立数据质量核查制度。此项整改仍在有序推进。", "in_progress"),
        ("建立数据质量核查制度。此问题正在持续整改。", "in_progress"),
        ("完成情况：持续开展中\n整改情况：建立数据质量核查制度。", "in_progress"),
        ("完成情况：核查工作尚在进行\n整改情况：建立数据质量核查制度。", "in_progress"),
        ("整改进展情况：部分完成，正在推进\n整改情况：建立数据质量核查制度。", "in_progress"),
        ("整改进度：正在加紧推进\n整改情况：建立数据质量核查制度。", "in_progress"),
        # … and what is still owed or only begun, and 基本 before a done word
        ("建立数据质量核查制度。已基本整改到位。", "in_progress"),
        ("建立数据质量核查制度。尚需进一步推进。", "in_progress"),
        ("整改结果：未全部完成\n整改情况：建立数据质量核查制度。", "in_progress"),
        ("整改结果：已部分整改\n整改情况：建立数据质量核查制度。", "in_progress"),
        ("整改结果：已取得阶段性成效\n整改情况：建立数据质量核查制度。", "in_progress"),
        # done and kept up
        ("建立数据质量核查制度。已整改完成并长期坚持。", "done_longterm"),
        ("整改进展情况：已落实，常态化开展\n整改情况：建立数据质量核查制度。", "done_longterm"),
        ("建立数据质量核查制度。该项任务已完成当期目标，后续需长期推进。", "done_longterm"),
        ("建立数据质量核查制度。整改完成，常态化推进。", "done_longterm"),
        # no status: work reported done, pending work, a measure's own 已建立
        ("建立数据质量核查制度。已完成全部32份报表的复核。", "unstated"),
        ("已核查报表37份，剩余9份正在加紧核查。", "unstated"),
        ("建立数据质量核查制度。已建立核查台账3本。", "unstated"),
        ("建立数据质量核查制度。已要求各单位整改到位前不得报送数据。", "unstated"),
        # the fifth batch: the work named before its status, 正在抓紧整改 with what is planned next
        ("建立数据质量核查制度。相关工作正在推进。", "in_progress"),
        ("建立数据质量核查制度。核查培训工作尚在持续开展。", "in_progress"),
        ("建立数据质量核查制度。该问题正在抓紧整改，预计年底前完成。", "in_progress"),
        ("建立数据质量核查制度。日常核查工作持续开展。", "unstated"),
        ("建立数据质量核查制度。目前，相关工作已全部完成。", "done"),
        ("建立数据质量核查制度。初见成效，持续推进。", "in_progress"),
    ],
)
def test_status_families_of_the_fourth_batch(body: str, status: str) -> None:
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing="", body=body).encode(), "short.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", status),
        ("统计执法检查覆盖不全", "done"),
    ]


@pytest.mark.parametrize(
    ("trailing", "status"),
    [
        ("（已整改完毕）", "done"),
        ("（按计划推进中）", "in_progress"),
        ("（已整改，长期坚持）", "done_longterm"),
        ("，已整改完毕。", "done"),
        ("，整改已到位。", "done"),
        ("，正在抓紧整改。", "in_progress"),
        ("，已基本整改到位。", "in_progress"),
    ],
)
def test_status_families_after_the_headline(trailing: str, status: str) -> None:
    """The same families printed after the problem's headline, in brackets or as its last clause."""
    text = SHORT.format(section="一、整改落实情况", trailing=trailing, body="建立数据质量核查制度，开展核查2次。")
    notice = parse_bytes(text.encode(), "short.txt")
    assert (notice.items[0].title, notice.items[0].status) == ("统计数据质量核查不到位", status)


@pytest.mark.parametrize(
    ("sentence", "aspects", "problems"),
    [
        ("针对巡察中发现的四方面13类共27项问题整改情况如下：", 4, 27),
        ("针对巡察反馈的4方面16大项50小项问题，党组认真分析。", 4, 50),
        ("对照反馈的3个方面11类问题30项问题的具体表现，逐条研究。", 3, 30),
    ],
)
def test_counts_with_classes_between_aspects_and_problems(sentence: str, aspects: int, problems: int) -> None:
    claimed = read_claims(sentence)
    assert (claimed.aspects, claimed.problems) == (aspects, problems)


@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("目前，5个整改任务已完成4个，1个正在推进。", 4, 1),
        ("反馈的6个问题，已经整改完成4个，2个正在整改。", 4, 2),
        ("反馈的6个问题，已完成整改3个，3个尚未完成。", 3, 3),
    ],
)
def test_open_counts_stated_before_their_status(sentence: str, completed: int, in_progress: int) -> None:
    claimed = read_claims(sentence)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


@pytest.mark.parametrize("numbering", ["反馈问题一：", "巡察反馈问题一：", "反馈问题1："])
def test_problems_grouped_under_numbered_feedback_items(numbering: str) -> None:
    second = numbering.replace("一", "二").replace("1", "2")
    text = (
        "中共桐庐县统计局党组关于巡察整改进展情况的通报\n"
        "根据县委统一部署，2024年3月4日至4月30日，县委第一联动巡察组对县统计局党组进行了巡察。\n"
        f"{numbering}关于“统计工作基础不牢”的问题。\n1.数据质量核查不到位\n整改情况：建立核查制度。已整改完毕。\n"
        "2.统计台账不规范\n整改情况：规范台账12本。此项整改按计划推进中。\n"
        f"{second}关于“统计执法不严”的问题。\n1.执法检查覆盖不全\n整改情况：检查企业30家。已按期完成。\n"
    )
    notice = parse_bytes(text.encode(), "fed.txt")
    assert notice.inspection_team == "县委第一联动巡察组"
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "数据质量核查不到位", "done"),
        ("2", "统计台账不规范", "in_progress"),
        ("1", "执法检查覆盖不全", "done"),
    ]


def test_a_notice_may_define_staged_completion_as_done() -> None:
    text = SHORT.format(
        section="一、整改落实情况\n阶段性完成的问题视为已完成，纳入日常工作持续巩固。",
        trailing="",
        body="整改结果：阶段性完成\n整改情况：建立数据质量核查制度。",
    )
    assert parse_bytes(text.encode(), "short.txt").items[0].status == "done"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("一、关于“统计数据质量核查不到位”问题的整改情况", "统计数据质量核查不到位"),
        ("一、关于统计数据质量核查不到位的问题", "统计数据质量核查不到位"),
        ("一、针对“统计数据质量核查不到位”的问题", "统计数据质量核查不到位"),
    ],
)
def test_a_numbered_section_can_be_one_problem_with_its_measures(heading: str, title: str) -> None:
    text = (
        "中共桐庐县统计局党组关于巡察整改进展情况的通报\n"
        "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。\n"
        f"{heading}\n（一）完善核查制度。建立数据质量核查制度。\n（二）开展专项核查。抽查企业30家。\n"
        "二、关于“统计执法检查覆盖不全”问题的整改情况\n（一）开展执法检查。对规上企业开展执法检查。\n"
    )
    notice = parse_bytes(text.encode(), "sections.txt")
    assert [(i.label, i.title) for i in notice.items] == [("一", title), ("二", "统计执法检查覆盖不全")]
    assert "抽查企业30家" in notice.items[0].measures


def test_a_quoted_finding_keeps_its_facts_in_the_text() -> None:
    """The facts a 关于“<headline>。<facts>”问题的整改 wrapper quotes after its headline stay with the item."""
    item = parse_file(str(GENRE / "wucheng_long_quoted_problems.txt")).items[4]
    assert item.title == "公务接待管理不规范"
    assert item.measures.startswith("2021年以来有7批次公务接待无公函")
    assert "修订公务接待管理办法" in item.measures


QUOTED = (
    "中共桐庐县统计局党组关于巡察整改情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。\n"
    "一、在“统计工作基础不牢”方面\n{first}\n"
    "(2)关于“统计执法检查覆盖不全。2023年仅检查企业12家”问题的整改\n整改情况：开展执法检查。已完成整改。\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "(1)关于“统计数据质量核查不到位。2022年以来有3个月数据未核查”问题的整改\n整改情况：建立核查制度。已完成整改。",
        # the headline run on into its text (a soft line break lost), and a label run on after it
        "(1)关于“统计数据质量核查不到位。2022年以来有3个月数据未核查”问题的整改建立核查制度。已完成整改。",
        "(1)关于“统计数据质量核查不到位。2022年以来有3个月数据未核查”问题的整改整改情况：建立核查制度。已完成整改。",
        # the quote broken over two lines of a page
        "(1)关于“统计数据质量核查不到位。2022年以来有3个\n月数据未核查”问题的整改\n整改情况：建立核查制度。已完成整改。",
        "(1)【已完成】关于“统计数据质量核查不到位。2022年以来有3个月数据未核查”问题的整改\n建立核查制度。",
        "(1)关于“统计数据质量核查不到位。2022年以来有3个月数据未核查”问题的整改，已整改。\n建立核查制度。",
    ],
    ids=["label-below", "text-run-on", "label-run-on", "quote-wrapped", "prefix", "comma-clause"],
)
def test_a_quoted_finding_is_titled_by_its_headline(first: str) -> None:
    notice = parse_bytes(QUOTED.format(first=first).encode(), "quoted.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "统计数据质量核查不到位", "done"),
        ("2", "统计执法检查覆盖不全", "done"),
    ]
    assert notice.items[0].measures.startswith("2022年以来有3个月数据未核查")
    assert "建立核查制度" in notice.items[0].measures


PER_ASPECT = (
    "中共桐庐县统计局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。\n"
    "一、巡察反馈问题整改情况\n（一）统计基础工作方面\n"
    "1.统计数据质量核查不到位。整改措施：建立数据质量核查制度。\n2.统计执法检查覆盖不全。整改措施：开展执法检查。\n"
    "{first}\n（二）统计队伍建设方面\n3.统计人员业务培训不足。整改措施：开展业务培训2次。\n{second}\n"
    "二、下一步工作打算\n持续巩固整改成果。\n"
)


@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        ("以上2个问题已全部完成整改。", "以上问题正在持续推进整改。", ["done", "done", "in_progress"]),
        ("上述问题均已整改到位。", "上述1个问题已完成整改。", ["done", "done", "done"]),
        ("以上2个问题正在整改。", "以上问题均已整改完成。", ["in_progress", "in_progress", "done"]),
    ],
    ids=["all-done-then-progress", "shangshu", "progress-then-done"],
)
def test_a_status_stated_once_per_aspect_after_its_problems(first: str, second: str, statuses: list[str]) -> None:
    """以上N个问题已全部完成整改 after an aspect's last problem: all its problems' status, not the last one's text."""
    notice = parse_bytes(PER_ASPECT.format(first=first, second=second).encode(), "aspect.txt")
    assert [(i.title, i.status, i.status_source) for i in notice.items] == [
        ("统计数据质量核查不到位", statuses[0], "section"),
        ("统计执法检查覆盖不全", statuses[1], "section"),
        ("统计人员业务培训不足", statuses[2], "section"),
    ]
    assert notice.items[1].measures == "开展执法检查。"


OUTLINE = (
    "中共苏州市相城区统计局党组关于巡察整改进展情况的通报\n"
    "根据区委统一部署，2024年3月4日至4月30日，区委第一巡察组对区统计局党组进行了巡察。\n"
    "1{sp}整改工作总体情况\n局党组成立整改工作领导小组。\n"
    "2{sp}巡察反馈问题整改情况\n2.1 关于统计基础工作不扎实的问题\n"
    "2.1.1{sp}统计数据质量核查不到位。整改进展：已完成。建立数据质量核查制度。\n"
    "2.1.2{sp}统计执法检查覆盖不全。整改进展：正在整改。已检查企业12家。\n"
    "2.2 关于统计队伍建设薄弱的问题\n"
    "2.2.1{sp}统计人员业务培训不足。整改进展：已完成。开展业务培训2次，发放补助2.5万元。\n"
    "3{sp}下一步工作打算\n3.1 持续巩固整改成果。\n"
)


@pytest.mark.parametrize("sp", [" ", "　", "\t"], ids=["space", "ideographic-space", "tab"])
def test_decimal_outline_numbering_reads_its_deepest_level_as_the_problems(sp: str) -> None:
    """2 / 2.1 / 2.1.1, as enterprises number their documents: 2.1.1 are the problems, labelled as printed."""
    notice = parse_bytes(OUTLINE.format(sp=sp).encode(), "outline.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("2.1.1", "统计数据质量核查不到位", "done"),
        ("2.1.2", "统计执法检查覆盖不全", "in_progress"),
        ("2.2.1", "统计人员业务培训不足", "done"),
    ]
    assert notice.warnings == ()


@pytest.mark.parametrize(
    ("agency", "region", "province", "prefecture"),
    [
        ("金平县金垦二社区总支部委员会", "金平县", "云南省", "红河哈尼族彝族自治州"),  # not 汕头's 金平区
        ("红河州卫生健康委员会党组", "红河州", "云南省", "红河哈尼族彝族自治州"),
        ("长阳县教育局党组", "长阳县", "湖北省", "宜昌市"),
        ("博尔塔拉州林业和草原局党组", "博尔塔拉州", "新疆维吾尔自治区", "博尔塔拉蒙古自治州"),
        ("乌海市海勃湾区新华西街道工作委员会", "新华西街道", "内蒙古自治区", "乌海市"),  # not a 新华区
        ("青浦区朱家角镇委员会", "朱家角镇", "上海市", "上海市"),
    ],
)
def test_an_autonomous_division_or_a_street_is_located_by_its_common_name(
    agency: str, region: str, province: str, prefecture: str
) -> None:
    """金平县 is 金平苗族瑶族傣族自治县 as the genre writes it; a 街道 named like a district elsewhere is the street."""
    place = gazetteer().locate(agency)
    assert place is not None
    assert (place.region, place.province, place.prefecture) == (region, province, prefecture)


BANNER_TITLE = (
    "当前位置：首页>>信息公开>>巡察整改\n{title_line}\n{source}\n"
    "根据校党委巡察工作统一部署，2023年4月8日到5月10日，校党委第二巡察组对机械工程学院党委开展了常规巡察，"
    "并于2023年8月26日反馈了巡察意见。现将巡察整改情况予以公布。\n"
    "一、整改落实情况\n1.理论学习不够深入。整改结果：已完成。\n"
)


@pytest.mark.parametrize(
    ("title_line", "source", "published"),
    [
        ("今天是2024年2月16日 星期三机械工程学院党委关于巡察整改进展情况的通报", "发布时间：2023-12-16", "2023-12-16"),
        ("2024-02-16 周五 机械工程学院党委关于巡察整改进展情况的通报", "公开日期：2023-12-16 10:53", "2023-12-16"),
        # the 时间 label cut by a wrap, its halves parted by the title the page prints between them
        ("来源：校党委巡察办时\n机械工程学院党委关于巡察整改进展情况的通报", "间：2023-12-16 10:53", "2023-12-16"),
        ("机械工程学院党委关于巡察整改进展情况的通报", "来源：校党委巡察办 发布日\n期：2023-12-16", "2023-12-16"),
    ],
    ids=["today-banner", "iso-banner", "label-cut-parted", "label-cut"],
)
def test_page_furniture_around_the_title_is_not_its_issuer(title_line: str, source: str, published: str) -> None:
    """A date banner glued before the title, and a 时间/日期 label a wrap cut in two, as web pages print them."""
    text = BANNER_TITLE.format(title_line=title_line, source=source)
    notice = parse_bytes(text.encode(), "banner.txt")
    assert (notice.agency, notice.issuer, notice.published) == ("机械工程学院党委", "机械工程学院党委", published)


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # a hospital's count of what it publishes, the unit dropped after 已完成整改3 and a space before 个
        (
            "巡察反馈具体问题需要向社会公开的7 个，已完成整改3(含立行立改已办结1)，阶段性完成整改3个，未完成整改 1个；",
            (7, 3, 4),
        ),
        ("巡察反馈问题10个，已完成整改8个，基本完成整改1个，未完成整改1个。", (10, 8, 2)),
        ("巡察反馈的12个具体问题，已完成整改10个，阶段性完成整改2个。", (12, 10, 2)),
    ],
    ids=["published-of-them", "open-kinds-add-up", "staged-is-not-completed"],
)
def test_claimed_counts_as_hospitals_print_them(sentence: str, claimed: tuple[int, int, int]) -> None:
    """阶段性完成整改3个 is open work, never completed; 未完成整改 1个 and 已完成整改3( count as printed."""
    found = read_claims(sentence)
    assert (found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        ("20249月至11月", ["2024-09", "2024-11"]),  # 年 dropped, months only: one reading
        ("20238月26日", ["2023-08-26"]),
        ("2025117日", []),  # 1月17日 or 11月7日: no date
        ("2024年9月至11月", ["2024-09", "2024-11"]),
    ],
)
def test_a_month_whose_year_lost_its_character_is_read_once(text: str, isos: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == isos


RECORDS = (
    "中共宣城市统计局党组关于巡察整改情况的通报\n"
    "根据区委统一部署，2024年3月4日至4月30日，区委第一巡察组对区统计局党组进行了巡察。\n"
    "一、反馈问题整改落实情况\n{records}\n二、下一步工作\n持续巩固整改成果。\n"
)


@pytest.mark.parametrize(
    "records",
    [
        "问题序号：1\n问题描述：统计数据质量核查不到位。\n整改措施：建立核查制度。\n整改结果：已完成\n"
        "问题序号：2\n问题描述：统计执法检查覆盖不全。\n整改措施：开展执法检查。\n整改结果：正在整改",
        "序号：1\n存在问题：统计数据质量核查不到位\n整改措施：建立核查制度。\n完成情况：已完成\n"
        "序号：2\n存在问题：统计执法检查覆盖不全\n整改措施：开展执法检查。\n完成情况：正在推进",
        "1.统计数据质量核查不到位\n【整改措施】建立核查制度。\n【完成情况】已完成\n"
        "2.统计执法检查覆盖不全\n【整改措施】开展执法检查。\n【完成情况】正在推进",
        "1.统计数据质量核查不到位\n【整改措施】：建立核查制度。\n【整改结果】：已完成\n"
        "2.【正在整改】统计执法检查覆盖不全\n【整改措施】开展执法检查。",
    ],
    ids=["record-number-field", "record-seq-field", "bracketed-fields", "bracketed-fields-colon"],
)
def test_problems_printed_as_records_of_fields(records: str) -> None:
    """A 台账 as one record of fields per problem (问题序号：1 …), or fields labelled in black brackets."""
    notice = parse_bytes(RECORDS.format(records=records).encode(), "records.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "统计数据质量核查不到位", "done"),
        ("2", "统计执法检查覆盖不全", "in_progress"),
    ]
    assert notice.items[0].measures == "建立核查制度。"


@pytest.mark.parametrize("line", ["2 个月内完成全部复核。", "2.5万元已全部退回。", "12家企业已完成整改", "3所学校"])
def test_a_quantity_opening_a_wrapped_line_is_no_outline_number(line: str) -> None:
    """A PDF's line may open with a number and a space where it wrapped: a count in the text, not 2 / 2.1 numbering."""
    text = OUTLINE.format(sp=" ").replace("建立数据质量核查制度。", f"建立数据质量核查制度。\n{line}")
    notice = parse_bytes(text.encode(), "outline.txt")
    assert [(i.label, i.aspect) for i in notice.items] == [
        ("2.1.1", "2.1关于统计基础工作不扎实的问题"),
        ("2.1.2", "2.1关于统计基础工作不扎实的问题"),
        ("2.2.1", "2.2关于统计队伍建设薄弱的问题"),
    ]
    assert line.replace(" ", "")[:4] in notice.items[0].measures.replace(" ", "")


def test_a_problem_closing_its_own_text_with_shangshu_keeps_its_status() -> None:
    """上述问题已整改到位 closing a problem that is not its aspect's last is that problem's own statement."""
    text = PER_ASPECT.format(first="", second="").replace("开展执法检查。", "开展执法检查。\n上述问题已整改到位。")
    text = text.replace("整改措施：建立数据质量核查制度。", "整改措施：建立数据质量核查制度。\n上述问题正在整改。")
    notice = parse_bytes(text.encode(), "aspect.txt")
    assert (notice.items[0].status, notice.items[0].status_source) == ("in_progress", "item")
    assert notice.items[1].status == "done"  # after the aspect's last problem it is read as the aspect's closing


VILLAGE = (
    "中共兴宁市叶塘镇河西村委员会关于巡察整改情况的公示\n"
    "按照市委统一部署，2018年11月26日至2019年1月26日，{team}对叶塘镇河西村党组织进行了巡察。现将整改情况公示如下：\n"
    "巡察反馈问题3个，目前已整改2个，正在整改1个。\n"
    "一是村务公开不及时。{s1}按月公开村级财务收支。\n"
    "二是村级财务管理不规范。已整改。严格执行村级财务制度。\n"
    "三是村集体经济收入低。{s3}盘活集体闲置土地30亩。\n"
)


@pytest.mark.parametrize(
    ("team", "s1", "s3", "statuses"),
    [
        ("市委机动巡察一组", "已整改。", "正在整改。", ["done", "done", "in_progress"]),
        ("委党组巡察组", "已完成整改。", "尚未完成。", ["done", "done", "in_progress"]),
        ("市委第二巡察组", "整改完成。", "基本完成。", ["done", "done", "in_progress"]),
    ],
)
def test_problems_numbered_in_words_with_their_status_first(team: str, s1: str, s3: str, statuses: list[str]) -> None:
    """一是<problem>。已整改。<what was done>, one paragraph a problem, as a village's notice prints them."""
    notice = parse_bytes(VILLAGE.format(team=team, s1=s1, s3=s3).encode(), "village.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("一", "村务公开不及时", statuses[0]),
        ("二", "村级财务管理不规范", statuses[1]),
        ("三", "村集体经济收入低", statuses[2]),
    ]
    assert notice.inspection_team == team


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("阶段进展：已整改销号。", "done"),
        ("阶段进展：已按时限整改完毕。", "done"),
        ("阶段性进展：整改已见底清零。", "done"),
        ("最新进展：尚未全部完成，待年度考核后实施。", "in_progress"),
        ("阶段进展：相关制度还在实施中。", "in_progress"),
    ],
)
def test_a_stage_reports_progress_field_states_the_status(body: str, status: str) -> None:
    """阶段进展/最新进展: the field a stage report (巡视整改阶段进展情况) states each problem's status in."""
    text = SHORT.format(section="一、整改落实情况", trailing="", body=f"整改措施：建立数据质量核查制度。\n{body}")
    notice = parse_bytes(text.encode(), "stage.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", status),
        ("统计执法检查覆盖不全", "done"),
    ]
    assert "阶段" not in notice.items[0].measures and "进展" not in notice.items[0].measures


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # the first clause its subject and a status, the last the work it speaks of
        ("开展作风专项整治。该项整改正在深化中，长效机制还在完善。", "in_progress"),
        ("开展清欠。清欠工作仍在持续，剩余欠款分批偿还。", "in_progress"),
        # the last clause its subject and a status
        ("编制规划。该问题属长期整改事项，目前正按计划有序推进。", "in_progress"),
        ("开展收费检查。系统改造还未完成，整改仍在进行。", "in_progress"),
        ("开展改厕。改厕项目已达序时进度，尚需持续用力。", "in_progress"),
        ("修订办法。上述整改举措均已落实，问题已解决。", "done"),
        ("建立台账。相关制度已印发实施，该问题整改完结。", "done"),
        ("建立纪实台账。该问题已彻底整改。", "done"),
        # a measure's purpose is no status
        ("修订办法，开展专项检查，确保整改到位。", "unstated"),
    ],
)
def test_status_sentences_of_the_sixth_batch(body: str, status: str) -> None:
    """Closing sentences whose first or last clause is a subject and a status; 已+manner+整改; 整改完结."""
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing="", body=body).encode(), "short.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", status),
        ("统计执法检查覆盖不全", "done"),
    ]


CLOSING_LIST = (
    "中共宿迁市统计局党组关于巡察整改进展情况的通报\n"
    "根据市委统一部署，2024年3月4日至4月30日，市委第一巡察组对市统计局党组进行了巡察。2024年6月3日，巡察组向市统计局"
    "党组反馈了巡察意见。现将整改进展情况公布如下。\n"
    "一、巡察反馈问题整改落实情况\n"
    "1.统计数据质量核查不到位。建立数据质量核查制度。\n"
    "2.统计执法检查覆盖不全。开展执法检查。\n"
    "3.统计人员业务培训不足。组织培训2次。\n"
    "二、整改完成情况\n"
    "{closing}\n"
    "中共宿迁市统计局党组\n"
    "2024年9月2日\n"
)


@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        ("截至目前，第1、3个问题已整改销账；第2个问题尚在整改，年底前完成。", ["done", "in_progress", "done"]),
        ("截至目前，问题1、2已完成整改；问题3正在推进。", ["done", "done", "in_progress"]),
        ("第1项问题已办结，第2和3项问题正在整改中。", ["done", "in_progress", "in_progress"]),
        ("反馈的3个问题已全部整改完成。", ["unstated"] * 3),  # a count, not a list by number: the claims' business
    ],
)
def test_statuses_given_by_number_in_a_closing_list(closing: str, statuses: list[str]) -> None:
    """Problems printed with their measures only, their statuses listed by number at the end (第1、3个问题已…)."""
    notice = parse_bytes(CLOSING_LIST.format(closing=closing).encode(), "closing.txt")
    assert [i.status for i in notice.items] == statuses
    assert [i.title for i in notice.items] == ["统计数据质量核查不到位", "统计执法检查覆盖不全", "统计人员业务培训不足"]


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("鄂州市临空经济区沙窝乡委员会", "沙窝乡"),
        ("成都天府新区兴隆街道工作委员会", "兴隆街道"),
        ("西宁市城南新区总寨镇委员会", "总寨镇"),
    ],
)
def test_a_town_inside_a_zone_is_the_place(name: str, region: str) -> None:
    """A township or street inside a zone (临空经济区+沙窝乡) is located as the town, in the zone's city."""
    place = gazetteer().locate(name)
    assert place is not None and place.region == region


@pytest.mark.parametrize(
    "section",
    [
        "二、取得阶段性成效、需持续整改的问题",
        "（二）基本完成的问题（2个）",
        "二、需持续整改的事项",
        "（二）取得阶段性进展的问题",
    ],
)
def test_a_section_of_results_begun_is_in_progress(section: str) -> None:
    """A status section of results begun and work going on (取得阶段性成效、需持续整改的问题): in progress."""
    notice = parse_bytes(SHORT.format(section=section, trailing="", body="修订核查制度。").encode(), "s.txt")
    assert [(i.status, i.status_source) for i in notice.items][:1] == [("in_progress", "section")]


@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("（已完成，长期坚持）", "done_longterm"),
        ("【已整改到位】", "done"),
        ("（持续推进）", "in_progress"),
        ("〔未完成〕", "in_progress"),
        ("(已完成并长期坚持)", "done_longterm"),
    ],
)
def test_a_bracket_closing_the_text_states_its_status(closing: str, status: str) -> None:
    """A problem's paragraph closed by its status in brackets (…修订办法。（已完成，长期坚持）)."""
    body = f"整改情况：修订核查制度，开展抽查2次。{closing}"
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing="", body=body).encode(), "b.txt")
    assert [i.status for i in notice.items] == [status, "done"]


@pytest.mark.parametrize(
    "team", ["集团公司党委第一巡察组", "集团党委第二巡察组", "公司党委第三巡察组", "校党委第一巡察组"]
)
def test_an_enterprise_or_school_team_keeps_its_whole_owner(team: str) -> None:
    """A group company's own team (集团公司党委第一巡察组) keeps its owner whole, not 公司党委…."""
    notice = parse_bytes(
        SHORT.format(section="一、整改落实情况", trailing="", body="已完成。").replace("县委第一巡察组", team).encode(),
        "t.txt",
    )
    assert notice.inspection_team == team


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("无锡市公安局委员会", ("无锡市", "江苏省", "无锡市")),  # not 公安县 of 荆州
        ("东营市公安局东营经济技术开发区分局委员会", ("东营市", "山东省", "东营市")),  # the bureau's branch
        ("公安县公安局党委", ("公安县", "湖北省", "荆州市")),  # the county itself, named in full
        ("东营市委东营港经济开发区工作委员会", ("东营港经济开发区", "山东省", "东营市")),  # the zone's 党工委
        ("东营经济技术开发区党工委", ("东营经济技术开发区", "山东省", "东营市")),  # a zone named after its city
        ("徐庄镇党委", ("徐庄镇", None, None)),  # a town named alone: its province is not in the name
        ("张范街道社区卫生服务中心", ("张范街道", None, None)),
        ("薛城区张范街道社区卫生服务中心", ("张范街道", "山东省", "枣庄市")),
        ("长春市南关区自强街道工作委员会", ("自强街道", "吉林省", "长春市")),  # a district in full before its street
        ("上海市嘉定区徐行镇委员会", ("徐行镇", "上海市", "上海市")),  # (round 16)
        ("乌海市海勃湾区新华西街道工作委员会", ("新华西街道", "内蒙古自治区", "乌海市")),  # 新华: a district elsewhere
    ],
)
def test_offices_zones_and_towns_are_located_as_named(name: str, place: tuple[str, str | None, str | None]) -> None:
    """A bureau named by a county's short name (公安局), a zone under its city's 委 or named after its city, a town
    or street named alone or by its institution: police, zone and township notices of the seventh round."""
    found = gazetteer().locate(name)
    assert found is not None and (found.region, found.province, found.prefecture) == place


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # the total first, then the done count (a bureau's and a county's opening)
        ("截至目前，11个问题已完成整改9个，2个正在按计划推进。", (11, None, 9, 2)),
        ("截至目前，16个问题已完成整改13个，正在整改3个。", (16, None, 13, 3)),
        ("成立作风转变、打击成效等7个重点问题整改组，分组协同推动整改。", (None, None, None, None)),  # groups of people
        # a township's counts of 大方面/大项 and of the tasks it broke them into
        ("共反馈问题4个大方面26个大项的问题，梳理分解整改任务106个，已完成整改98个。", (None, None, None, None)),
        ("针对市委巡察反馈的5个方面14个大类40项具体问题，制定113项整改工作措施。", (40, 14, None, None)),
        ("截至目前，12项问题已整改完成10项，2项正在有序推进。", (12, None, 10, 2)),
        ("成立5个问题整改专班，逐项推进。", (None, None, None, None)),
        ("共梳理整改任务56项，已完成52项，正在推进4项。", (None, None, None, None)),  # every status count of tasks
        ("制定整改措施46条，巡察反馈的8个问题已完成整改6个，正在整改2个。", (8, None, 6, 2)),  # problems named again
    ],
    ids=[
        "total-then-done",
        "total-then-done-open",
        "groups-of-people",
        "tasks",
        "classes",
        "items-total-then-done",
        "task-force",
        "tasks-chain",
        "measures-then-problems",
    ],
)
def test_counts_of_the_seventh_round(sentence: str, claimed: tuple[int | None, ...]) -> None:
    """A total before its done count, counts of working groups, of 大项 and of tasks, classes between aspects and
    specific problems: what a reader takes from the openings of round 7's police, township and bureau notices."""
    found = read_claims(sentence)
    assert (found.problems, found.problem_groups, found.completed, found.in_progress) == claimed


def test_a_notice_listing_the_classes_it_counts_is_not_short_of_its_specific_problems() -> None:
    """14 classes listed against 5个方面14个大类40项具体问题: the notice lists its coarser level, no warning."""
    notice = parse_file(str(GENRE / "wuxi_police_newspaper_classes.txt"))
    assert len(notice.items) == 14 and notice.claimed.problems == 40
    assert not [w for w in notice.warnings if "problems" in str(w)]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("整改措施：修订核查制度。\n目前状态：已完成，长效坚持", "done_longterm"),
        ("整改措施：修订核查制度。\n目前状态：正在推进", "in_progress"),
        ("修订核查制度，开展抽查2次。目前已全面完成整改，并长期坚持。", "done_longterm"),
        ("修订核查制度，开展抽查2次。此项问题已整改到位，纳入日常监督长期抓。", "done_longterm"),
        ("修订核查制度，开展抽查2次。此项问题已整改到位，转入日常监督。", "done"),
        ("修订核查制度，开展抽查2次。此项问题基本整改到位，将持续深化。", "in_progress"),
    ],
)
def test_a_done_status_kept_up_by_a_later_clause(body: str, status: str) -> None:
    """Done, then a clause keeping it up (并长期坚持, 长效坚持, 纳入日常监督长期抓): done, kept up."""
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing="", body=body).encode(), "k.txt")
    assert [i.status for i in notice.items] == [status, "done"]


@pytest.mark.parametrize(
    ("trailing", "body", "status"),
    [
        ("", "整改措施：修订核查制度。\n完成进度：100%", "done"),
        ("。整改措施：修订核查制度，开展抽查2次。完成进度：100%。", "", "done"),  # on the problem's own line
        ("。整改措施：修订核查制度，抽查正在进行。完成进度：80%。", "", "in_progress"),
        ("", "整改措施：修订核查制度。\n整改进度：50％", "in_progress"),
        ("", "整改措施：修订核查制度。\n整改进度：已完成100%", "done"),
    ],
)
def test_progress_stated_as_a_percentage(trailing: str, body: str, status: str) -> None:
    """完成进度：100% is done, any less in progress: a police bureau marks each problem's progress so."""
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing=trailing, body=body).encode(), "p.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", status),
        ("统计执法检查覆盖不全", "done"),
    ]
    assert "%" not in notice.items[0].measures and "％" not in notice.items[0].measures


MERGED_CLASS_TABLE = (
    "中共东营市统计局党组关于巡察整改进展情况的通报\n"
    "按照市委统一部署，2024年3月4日至4月30日，市委第一巡察组对市统计局党组开展了巡察。\n"
    "二、巡察反馈问题整改落实情况\n"
    "序号\t{column}\t反馈问题\t整改措施\t完成情况\n"
    "1\t统计业务方面\t统计数据质量核查不到位\t建立核查制度\t已完成\n"
    "2\t\t统计执法检查覆盖不全\t开展执法检查\t持续整改\n"
    "3\t党的建设方面\t支部组织生活不规范\t制定组织生活规范\t已完成\n"
    "三、下一步工作打算\n持续巩固整改成果。\n"
)


@pytest.mark.parametrize("column", ["问题类别", "问题分类", "所属方面"])
def test_a_tables_merged_class_column_heads_its_rows(column: str) -> None:
    """A class column printed on the first row it spans, empty below (a web table's merged cell): the aspect of its
    rows, numbered in the table's order."""
    notice = parse_bytes(MERGED_CLASS_TABLE.format(column=column).encode(), "t.txt")
    assert [(i.label, i.title, i.status, norm(i.aspect)) for i in notice.items] == [
        ("1", "统计数据质量核查不到位", "done", norm("(一)统计业务方面")),
        ("2", "统计执法检查覆盖不全", "in_progress", norm("(一)统计业务方面")),
        ("3", "支部组织生活不规范", "done", norm("(二)党的建设方面")),
    ]


@pytest.mark.parametrize(
    ("trailing", "body", "status"),
    [
        ("。建立核查制度，开展抽查。完成进度：100%。", "", "done"),  # no 整改 on the line
        ("。建立核查制度。完成进度：60%。", "", "in_progress"),
        ("", "建立核查制度。完成进度：100%。", "done"),  # closing the text
        # a share in a sentence is no field, but states the status as the field does (整改完成进度80%。剩余…: a city
        # bureau's paragraphs, issue 19's round 90; written "unstated" before that round)
        ("", "建立核查制度，整改完成率达到100%。", "done"),
    ],
)
def test_a_percentage_field_closing_the_text(trailing: str, body: str, status: str) -> None:
    """完成进度：100% run on at the end of a problem's text states its status as the field does."""
    notice = parse_bytes(SHORT.format(section="一、整改落实情况", trailing=trailing, body=body).encode(), "p.txt")
    assert [i.status for i in notice.items] == [status, "done"]


# --- issue 19's eighth round: the families its notices met, with members their pages did not print ---------------


@pytest.mark.parametrize("label", ["整改成效", "整改情况", "整改措施", "整改落实情况"])
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("此问题已整改到位。", "done"),
        ("该问题已完成整改。", "done"),
        ("此问题正在整改中。", "in_progress"),
        ("目前正在督促推进。", "in_progress"),
        ("此问题已整改到位，并建立长效机制长期坚持。", "done_longterm"),
    ],
)
def test_a_fields_closing_status_behind_a_headline_that_describes_the_problem(
    label: str, closing: str, status: str
) -> None:
    """1、<problem>。一是…二是…, then the field closed by the status (a county forestry bureau's form): the
    headline's description is the finding, so the status is the field's closing sentence."""
    text = (
        "中共某县林业局党组关于巡察组整改情况的通报\n"
        "根据县委统一部署，2022年3月11日至5月27日，县委第二巡察组对林业局党组进行了巡察，6月24日反馈了巡察意见。\n"
        "一、整改落实情况\n"
        "1、政治理论学习表面化。一是学习重形式，轻效果。二是学用结合不紧密。\n"
        f"{label}：一是完善了中心组学习计划。二是制定了提醒谈话制度。{closing}\n"
        "2、党组织建设薄弱。一是支部制度落实不到位。二是党员发展工作停滞。\n"
        f"{label}：一是规范了“三会一课”记录。二是制定党员发展计划。此问题已整改到位。\n"
    )
    items = parse_bytes(text.encode()).items
    assert [(i.title, i.status) for i in items] == [("政治理论学习表面化", status), ("党组织建设薄弱", "done")]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("巡察反馈的33个具体问题，已完成整改30个，正在整改的3个。", (33, 30, 3)),
        ("反馈的12个问题，已完成整改的10个，正在整改的2个。", (12, 10, 2)),
        ("反馈的9个问题，已整改完成的8个，尚未完成的1个。", (9, 8, 1)),
        ("反馈的7个问题，已办结的6个，基本完成整改的1个。", (7, 6, 1)),
    ],
)
def test_a_status_count_after_de(sentence: str, claimed: tuple[int, int, int]) -> None:
    """已完成整改的30个, 正在整改的3个: a county media centre counts its problems by status so."""
    found = read_claims(sentence)
    assert (found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("已制定实施方案，技能竞赛等工作按年度计划推进。", True),
        ("已完成一期建设，二期工程按阶段计划有序推进。", True),
        ("存量债务化解需按年度计划推进。", False),  # a rule for the work, not a report of it
        ("制定了全年学习计划，并按计划、按程序严格开展了10次中心组学习。", False),  # work done to plan
    ],
)
def test_work_scheduled_over_the_year_is_still_going_on(text: str, pending: bool) -> None:
    """按年度计划推进 reports work still going on (an autonomous county trade union's 持续整改 problem)."""
    assert bool(pending_evidence(text)) is pending


@pytest.mark.parametrize(
    "outline",
    [
        "一、整改工作开展情况\n二、巡察反馈问题整改情况\n三、下一步工作打算\n",
        "一、整改工作开展情况\n二、巡察反馈问题整改情况\n（一）贯彻落实上级决策部署方面\n（二）全面从严治党方面\n三、下一步工作打算\n",
    ],
    ids=["top-headings", "with-aspects"],
)
def test_a_pages_outline_above_the_title_is_no_part_of_the_body(outline: str) -> None:
    """A page prints the notice's outline above its title (a city literary federation's page): the title is found
    below it and the outline's headings are neither problems nor aspects."""
    body = (
        "中共某县统计局党组关于巡察整改进展情况的通报\n"
        "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察，6月3日反馈了巡察意见。\n"
        "一、整改工作开展情况\n局党组成立整改领导小组。\n"
        "二、巡察反馈问题整改情况\n（一）贯彻落实上级决策部署方面\n1.统计数据质量核查不到位。建立核查制度。已整改。\n"
        "（二）全面从严治党方面\n2.公务接待管理不规范。修订接待办法。持续整改。\n"
        "三、下一步工作打算\n持续巩固整改成果。\n中共某县统计局党组\n2024年9月10日\n"
    )
    notice = parse_bytes((outline + body).encode())
    assert notice.issuer == "中共某县统计局党组"
    assert notice.inspection_team == "县委第一巡察组"
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", "done"),
        ("公务接待管理不规范", "in_progress"),
    ]
    assert notice.warnings == ()


def test_a_body_without_title_still_names_no_document_as_its_title() -> None:
    """A pasted body opening with its first section has no title, even where that heading recurs further down
    (an outline's mark): a 关于…巡察 phrase between them is a document the notice names."""
    from notices.header import find_title

    text = (
        "一、整改落实情况\n1.公务接待管理不规范。已整改。\n"
        "2.中共某局党组关于巡察整改工作的实施方案执行不到位。正在整改。\n"
        "一、整改落实情况（续）\n3.会议费管理不规范。已整改。\n"
    )
    assert find_title(text.splitlines()) is None


# Round 10: bodies that are neither a party organ nor a bureau sign their notices with their bare name.
SIGNED_BARE = """{name}关于巡察整改情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对{short}进行了巡察。2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改情况公布如下。
一、巡察反馈问题整改情况
1.制度建设不健全
整改情况：修订内部管理制度5项。目前，该问题已整改到位。
2.档案资料管理不规范
整改情况：对2021年以来的资料重新整理归档。该问题整改完毕。
{name}
2024年9月2日
"""


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("淮北市红十字会", "市红十字会"),  # round 10's page
        ("佛山市南海区档案馆", "区档案馆"),  # round 10's page
        ("桐庐县图书馆", "县图书馆"),
        ("桐庐县农业技术推广站", "县农业技术推广站"),
        ("桐庐县供销合作社", "县供销合作社"),
        ("桐庐县妇幼保健院", "县妇幼保健院"),
    ],
)
def test_a_body_of_any_kind_signs_with_its_bare_name(name: str, short: str) -> None:
    notice = parse_bytes(SIGNED_BARE.format(name=name, short=short).encode(), "signed.txt")
    assert notice.agency == name
    assert [(i.title, i.status) for i in notice.items] == [("制度建设不健全", "done"), ("档案资料管理不规范", "done")]
    assert name not in notice.items[-1].measures
    assert notice.signed == "2024-09-02"


LONE_MEASURE = """中共桐庐县科学技术协会党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县科协党组进行了巡察。2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改进展情况公布如下。
一、关于落实新时代党的组织路线有差距方面
1.学会党建工作覆盖不全问题
（1）{lone}
2.干部交流轮岗不够问题
（1）制定机关干部交流轮岗计划，首批2名干部已完成轮岗。
（2）建立轮岗干部跟踪考核机制。该问题已整改完成。
中共桐庐县科学技术协会党组
2024年9月2日
"""


@pytest.mark.parametrize(
    "lone",
    [
        "对未建立党组织的市级学会选派党建工作指导员，实现党的工作全覆盖。此项问题已销号。",  # round 10's
        "对不符合规定的3项制度予以废止，重新印发学会管理办法。该问题已整改完成。",
        "对党建工作不规范的学会逐一约谈，督促完善组织生活记录。目前，该问题已整改到位。",
    ],
)
def test_a_problem_heading_over_one_measure_keeps_it_as_its_measure(lone: str) -> None:
    """A lone (1) under a heading named …问题 mentions a shortcoming; the sibling heading's (1)(2) are measures."""
    notice = parse_bytes(LONE_MEASURE.format(lone=lone).encode(), "lone.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "学会党建工作覆盖不全", "done"),
        ("2", "干部交流轮岗不够", "done"),
    ]


COUNTED_IN = """中共桐庐县卫生健康局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，{team}对县卫生健康局党组进行了巡察。2024年6月3日，巡察组反馈了巡察意见。现将整改进展情况公布如下。
一、整改进展情况
（一）{done_heading}
1.关于“药品采购监管不严”问题的整改。
建立药品采购联审制度，对2023年以来采购合同逐一复核。
2.关于“基层医疗机构服务能力不强”问题的整改。
选派15名医师下沉乡镇卫生院。该问题已基本完成整改。
（二）仍需长期整改的事项
3.关于“医疗卫生人才引进不足”问题的整改。
制定人才引进三年计划，2名博士正在办理入职手续。
截至目前，第1、2项问题已整改完成，第3项问题正在整改中。
中共桐庐县卫生健康局党组
2024年9月2日
"""


@pytest.mark.parametrize(
    "done_heading",
    ["集中整改期内已完成（含基本完成）的整改事项", "已完成整改(包括基本完成)的问题", "已完成（含基本完成整改）的事项"],
)
def test_a_status_heading_saying_what_it_counts_in_defines_it_as_done(done_heading: str) -> None:
    """已完成（含基本完成）: the heading states done, and the notice's 基本完成 is done below it (round 14's CDC)."""
    text = COUNTED_IN.format(team="县委第一巡察组", done_heading=done_heading)
    notice = parse_bytes(text.encode(), "counted_in.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("药品采购监管不严", "done"),
        ("基层医疗机构服务能力不强", "done"),
        ("医疗卫生人才引进不足", "in_progress"),
    ]
    # the closing list names problems by number: it counts nothing
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (None, None, None)


@pytest.mark.parametrize(
    ("team", "read"),
    [
        ("教育部党组第三巡视组", "教育部党组第三巡视组"),
        ("市卫生健康委党组第一巡察组", "市卫生健康委党组第一巡察组"),
        ("经批准，省交通运输厅党组第二巡察组", "省交通运输厅党组第二巡察组"),
        ("2024年5月市卫健委党组第三巡察组", "市卫健委党组第三巡察组"),
        ("县委第一巡察组", "县委第一巡察组"),
    ],
)
def test_a_ministry_or_commission_team_keeps_its_owner_name(team: str, read: str) -> None:
    """A team owned by a ministry's, a department's or a commission's 党组 is named with its owner (round 14's)."""
    text = COUNTED_IN.format(team=team, done_heading="已完成的整改事项")
    assert parse_bytes(text.encode(), "team.txt").inspection_team == read


NUMBERED_TABLE = """中共桐庐县统计局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。现将整改进展情况公布如下。
一、巡察反馈问题整改情况
（一）落实统计监督职责方面（共2个问题，已销号1个）
1.统计数据质量核查不到位。整改措施：建立数据质量核查制度。
2.统计执法检查覆盖不全。整改措施：对全县规上企业开展执法检查。
（二）加强党的建设方面（共1个问题，已销号1个）
3.统计人员业务培训不足。整改措施：开展业务培训3期。
二、整改销号情况
{table}
中共桐庐县统计局党组
2024年9月2日
"""


@pytest.mark.parametrize(
    ("table", "statuses"),
    [
        (
            "问题序号\t整改状态\t销号时间\n1\t已销号\t2024年8月1日\n2\t整改中\t——\n3\t已销号，长期坚持\t2024年8月20日",
            ["done", "in_progress", "done_longterm"],
        ),
        ("序号\t完成情况\n1\t已完成\n2\t正在推进\n3\t已完成", ["done", "in_progress", "done"]),
    ],
    ids=["xiaohao-columns", "two-columns"],
)
def test_statuses_in_a_closing_table_by_problem_number(table: str, statuses: list[str]) -> None:
    """Problems with their measures only, their statuses in a closing table by number (a zone's 党委, round 16); each
    aspect heading counting its problems in a bracket is named without that count."""
    notice = parse_bytes(NUMBERED_TABLE.format(table=table).encode(), "t.txt")
    assert [i.status for i in notice.items] == statuses
    assert [norm(i.aspect) for i in notice.items] == ["一落实统计监督职责方面"] * 2 + ["二加强党的建设方面"]
    assert notice.claimed.problems is None and notice.warnings == ()  # each aspect's count is no total


PER_MEASURE = """中共桐庐县统计局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县统计局党组进行了巡察。2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。现将整改进展情况公布如下。
一、巡察反馈问题整改情况
1.统计数据质量核查不到位
整改措施及进展：
（1）建立数据质量核查制度，明确核查责任。{first}
（2）开展数据质量专项核查，发现问题8个。{second}
2.统计执法检查覆盖不全
整改措施及进展：
（1）对全县规上企业开展执法检查。（完成进度100%，2024年8月1日销号）
中共桐庐县统计局党组
2024年9月2日
"""


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("（推进中，完成进度60%）", "（已完成，2024年8月1日销号）", "in_progress"),  # the open measure first
        ("（已完成，2024年7月5日销号）", "（推进中，完成进度60%）", "in_progress"),
        ("（完成进度100%）", "（完成进度100%，2024年8月5日销号）", "done"),
        ("（已完成，2024年7月5日销号）", "（长期坚持）", "done_longterm"),
    ],
)
def test_a_problems_status_is_its_measures_statuses_together(first: str, second: str, status: str) -> None:
    """Each numbered measure closed by its own status (a city bureau's 党组, round 16): done when all are, in progress
    while one is not, wherever it stands."""
    notice = parse_bytes(PER_MEASURE.format(first=first, second=second).encode(), "measures.txt")
    assert [i.status for i in notice.items] == [status, "done"]


@pytest.mark.parametrize(
    ("bracket", "status"),
    [("（共187项，已全部整改完成）", "done"), ("（共12个问题，正在整改）", "in_progress")],
)
def test_a_class_counting_its_problems_before_its_status(bracket: str, status: str) -> None:
    """1.学习教育方面问题（共187项，已全部整改完成）。: a class of problems summarised with its count (round 16)."""
    body = f"1.学习教育方面问题{bracket}。主要是部分单位学习记录不完整，已补齐。"
    text = SHORT.format(section="一、整改落实情况", trailing="", body="").replace("1.统计数据质量核查不到位\n", body)
    notice = parse_bytes(text.encode(), "classes.txt")
    assert (notice.items[0].title, notice.items[0].status) == ("学习教育方面", status)


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        # the measures counted before the problems, each with its statuses (a city bureau's 党组)
        ("截至目前，15条整改措施已完成12条，2条正在推进；7个问题中已完成整改4个，正在整改2个。", (7, 4, 2)),
        ("29个社区涉及整改问题523项，目前已经完成整改问题523项。", (523, 523, None)),  # a street's 工委
        ("镇党委将对正在推进的3个问题加强督办。", (None, None, 3)),  # the problems of one status, not all
        ("区党委将对尚在整改中的3个问题加强调度。", (None, None, None)),
    ],
)
def test_counts_of_the_sixteenth_round(sentence: str, claimed: tuple[int | None, ...]) -> None:
    """Counts of measures apart from the problems', a done count before its noun, a closing plan for the open ones."""
    found = read_claims(sentence)
    assert (found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    ("line", "label", "title"),
    [
        ("【问题二】国有资产盘活利用效率不高", "问题二", "国有资产盘活利用效率不高"),
        ("问题清单第3项：食堂采购验收管理不严。", "3", "食堂采购验收管理不严"),
    ],
)
def test_problems_headlined_as_bracketed_names_or_checklist_entries(line: str, label: str, title: str) -> None:
    """Round 18: a problem's 【问题二】 headline and a checklist's 问题清单第N项: entry open problems like 问题二:."""
    text = (
        "中共某县教育局党组关于巡察整改进展情况的通报\n根据县委统一部署，县委第一巡察组对县教育局党组进行了巡察。"
        f"现将整改进展情况公布如下。\n{line}\n整改措施：修订制度。\n整改结果：已完成\n中共某县教育局党组\n2024年9月2日\n"
    )
    notice = parse_bytes(text.encode())
    assert [(i.label, i.title, i.status) for i in notice.items] == [(label, title, "done")]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("反馈的3个方面6个问题，已整改销号4个，持续推进2个。", (3, 6, 4, 2)),
        ("县委巡察组反馈的3个板块8个问题，目前已整改到位6个，正在整改2个。", (3, 8, 6, 2)),
    ],
)
def test_counts_of_the_eighteenth_round(sentence: str, claimed: tuple[int | None, ...]) -> None:
    """Areas called 板块, problems struck off as 已整改销号."""
    found = read_claims(sentence)
    assert (found.aspects, found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("巡察反馈的7类共性问题，已整改完成4类，正在整改3类。", (None, None, 7, 4, 3)),  # a town for its villages
        ("针对反馈的3个方面9类问题，细化为26个具体问题，逐项制定措施。", (3, 9, 26, None, None)),
        ("反馈的5类突出问题已全部整改完成。", (None, None, 5, None, None)),
    ],
)
def test_counts_of_the_nineteenth_round(sentence: str, claimed: tuple[int | None, ...]) -> None:
    """Problems counted by their classes (N类问题), refined or not, and their statuses counted in classes."""
    found = read_claims(sentence)
    assert (found.aspects, found.problem_groups, found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    "closing",
    ["涉及的23个村(社区)已全部完成整改。", "涉及的5个单位均已完成整改。", "涉及的科室已整改到位。"],
)
def test_a_problem_done_in_every_unit_it_touched(closing: str) -> None:
    """Round 19: a report for several units closes a problem by the units it touched, all of them done."""
    text = (
        "中共某县某镇委员会关于巡察整改进展情况的通报\n根据县委统一部署，县委第一巡察组对某镇所辖村党组织进行了巡察。"
        f"现将整改进展情况公布如下。\n（一）财务制度管理不严\n整改落实情况：开展账目审计，追回违规支出。{closing}\n"
        "（二）人居环境整治不彻底\n整改落实情况：开展村庄清洁行动。\n中共某县某镇委员会\n2024年9月2日\n"
    )
    notice = parse_bytes(text.encode())
    assert [(i.title, i.status) for i in notice.items] == [
        ("财务制度管理不严", "done"),
        ("人居环境整治不彻底", "unstated"),
    ]


@pytest.mark.parametrize("area", ["一、党的建设方面", "(一)党的建设方面"])
def test_parts_framing_the_notice_stay_above_its_areas(area: str) -> None:
    """第一部分/第二部分 framing a notice's parts are no area of its problems, now that 第N部分 can number areas."""
    text = (
        "中共某县教育局党组关于巡察整改进展情况的通报\n根据县委统一部署，县委第一巡察组对县教育局党组进行了巡察。"
        "现将整改进展情况公布如下。\n第一部分 整改工作总体情况\n"
        "局党组高度重视，反馈的1个方面2个问题，已完成1个，正在推进1个。\n"
        f"第二部分 巡察反馈问题整改情况\n{area}\n1.理论学习不够深入\n整改情况：已完成。修订学习制度。\n"
        "2.组织生活不规范\n整改情况：正在推进。支部方案正在修订。\n中共某县教育局党组\n2024年9月2日\n"
    )
    notice = parse_bytes(text.encode())
    assert [(i.title, i.status, norm(i.aspect)) for i in notice.items] == [
        ("理论学习不够深入", "done", norm(area)),
        ("组织生活不规范", "in_progress", norm(area)),
    ]


# Round 20's classes, with members the notices did not print.
ROUND20 = """中共桐庐县统计局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日{gap}4月30日，县委第一巡察组对县统计局党组进行了巡察。2024年6月3日，县委第一巡察组向县统计局党组反馈了巡察意见。现将整改进展情况公布如下。
一、巡察反馈问题整改情况
{body}
二、下一步工作打算
持续巩固整改成果。
中共桐庐县统计局党组
2024年9月2日
"""
_R20_TITLES = ["统计数据质量核查不到位", "统计执法检查覆盖不全", "统计人员业务培训不足"]


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        # the status in a bracket between a field's label and its colon
        (
            "1.统计数据质量核查不到位。\n整改情况（正在推进）：建立数据质量核查制度。\n"
            "2.统计执法检查覆盖不全。\n整改情况（已完成）：对规上企业开展执法检查。\n"
            "3.统计人员业务培训不足。\n整改落实情况（已完成，长期坚持）：举办业务培训班2期。",
            ["in_progress", "done", "done_longterm"],
        ),
        # the problems pasted as one line, numbered 1. (a status sentence closing each)
        (
            "1.关于“统计数据质量核查不到位”的问题。建立数据质量核查制度，每季度抽查一次基层报表，对发现的差错逐项更正"
            "并通报。目前已整改完成。2.关于“统计执法检查覆盖不全”的问题。制定年度执法检查计划，对规上企业开展执法检查，"
            "检查覆盖面明显提高。目前该问题正在整改中。3.关于“统计人员业务培训不足”的问题。举办统计业务培训班2期，"
            "培训基层统计人员120人次。目前已整改完成。",
            ["done", "in_progress", "done"],
        ),
        # a closing list naming the problems by their headings' bracketed numbers
        (
            "（一）统计数据质量核查不到位\n建立数据质量核查制度。\n（二）统计执法检查覆盖不全\n对规上企业开展执法检查。\n"
            "（三）统计人员业务培训不足\n举办业务培训班2期。\n截至目前，第（一）、（三）项问题已整改完成，第（二）项问题正在整改中。",
            ["done", "in_progress", "done"],
        ),
    ],
)
def test_round20_status_forms(body: str, statuses: list[str]) -> None:
    notice = parse_bytes(ROUND20.format(gap="至", body=body).encode(), "r20.txt")
    assert [(i.title, i.status) for i in notice.items] == list(zip(_R20_TITLES, statuses, strict=True))


def test_round20_a_range_whose_separator_the_page_lost() -> None:
    notice = parse_bytes(
        ROUND20.format(gap="", body="1.统计数据质量核查不到位。\n整改情况：已完成。").encode(), "r.txt"
    )
    assert (notice.inspection_start, notice.inspection_end) == ("2024-03-04", "2024-04-30")


def test_round20_findings_restated_with_their_rectification_are_the_problems() -> None:
    body = (
        "（一）巡察发现的问题\n1.统计数据质量核查不到位。部分报表差错未及时更正。\n2.统计执法检查覆盖不全。执法检查次数偏少。\n"
        "（二）整改进展情况\n1.针对“统计数据质量核查不到位”问题。建立数据质量核查制度。该问题已整改完成。\n"
        "2.针对“统计执法检查覆盖不全”问题。对规上企业开展执法检查。该问题正在整改中。"
    )
    notice = parse_bytes(ROUND20.format(gap="至", body=body).encode(), "r.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量核查不到位", "done"),
        ("统计执法检查覆盖不全", "in_progress"),
    ]


# Round 21's classes, with members the notices did not print.
R21_VILLAGE = """根德村党支部关于巡察反馈问题整改情况的公示
根据县委巡察工作统一部署，2021年4月23日至5月14日，县委第四巡察组对根德村党支部开展了巡察。2021年6月8日，巡察组反馈了巡察意见。现将整改情况公示如下：
{body}欢迎广大党员群众对整改情况进行监督。
中共根德村支部委员会
2021年7月9日
"""


@pytest.mark.parametrize(
    "body",
    [
        # the field on the next line (round 21's village)
        "村级财务报销手续不规范，部分票据缺少签字。\n整改情况：补齐签字手续。已整改。\n"
        "党员发展不规范，培养考察材料不全。\n整改情况：正在补齐材料。整改中。\n",
        # the field on the headline's line
        "村级财务报销手续不规范，部分票据缺少签字。整改情况：补齐签字手续，已整改。\n"
        "党员发展不规范，培养考察材料不全。整改情况：正在补齐材料，整改中。\n",
        # the headline a field of its own, then two fields
        "存在问题：村级财务报销手续不规范，部分票据缺少签字。\n整改措施：补齐签字手续。\n整改状态：已整改\n"
        "存在问题：党员发展不规范，培养考察材料不全。\n整改措施：正在补齐材料。\n整改状态：整改中\n",
    ],
    ids=["field-below", "field-on-the-line", "problem-field"],
)
def test_a_notice_numbered_by_nothing_lists_its_problem_paragraphs(body: str) -> None:
    """A village's 公示, no numbers, no sections: each problem a paragraph followed by its own field (round 21)."""
    notice = parse_bytes(R21_VILLAGE.format(body=body).encode(), "village.txt")
    assert notice.agency == "根德村党支部"
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "村级财务报销手续不规范,部分票据缺少签字", "done"),
        ("2", "党员发展不规范,培养考察材料不全", "in_progress"),
    ]
    assert "欢迎" not in notice.items[-1].measures and notice.warnings == ()


def test_a_notice_of_plain_paragraphs_without_fields_lists_no_problems() -> None:
    """Paragraphs with no field of their own are the notice's prose, not problems (the run needs its fields)."""
    body = "村党支部高度重视，召开专题会议。\n对反馈问题逐条制定措施，明确责任人。\n"
    notice = parse_bytes(R21_VILLAGE.format(body=body).encode(), "village.txt")
    assert notice.items == ()


@pytest.mark.parametrize(
    ("bracket", "status"),
    [("（已整改）", "done"), ("【整改中】", "in_progress"), ("（已完成，长期坚持）", "done_longterm")],
)
def test_a_bracketed_status_opening_the_text_after_the_headline(bracket: str, status: str) -> None:
    """(四)<problem>。（已整改）一是…: the status bracket opens the rectification text (a health centre's, round 21)."""
    body = (
        f"（一）设备采购论证不充分。{bracket}一是制定论证办法；二是调剂使用设备。\n"
        "（二）设备账实不符。已整改。清查盘点。\n"
    )
    notice = parse_bytes(R21_VILLAGE.format(body="二、反馈问题整改情况\n" + body).encode(), "bracket.txt")
    assert [(i.title, i.status) for i in notice.items] == [("设备采购论证不充分", status), ("设备账实不符", "done")]
    assert notice.items[0].measures == "一是制定论证办法;二是调剂使用设备。"


R21_AREAS = """中共某大学委员会关于巡视整改进展情况的通报
根据中央统一部署，2021年5月至7月，中央第十二巡视组对某大学党委进行了巡视，并于2021年9月反馈了巡视情况。现将整改进展情况予以公布。
二、巡视反馈问题整改落实情况
（一）党的建设方面
{lead}
1.基层党组织建设基础薄弱。一是调整设置党支部。
2.干部选拔任用把关不严。一是修订选拔任用规定。
3.人才引进管理不规范。一是修订人才引进办法。
（二）全面从严治党方面
1.“两个责任”落实不到位。一是制定责任清单。目前该问题已完成整改。
中共某大学委员会
2022年4月16日
"""


@pytest.mark.parametrize(
    ("lead", "statuses"),
    [
        ("本方面3个问题中，第1、2个问题已完成整改，第3个问题正在持续推进。", ["done", "done", "in_progress"]),
        ("该方面第1项问题已整改完成，第2、3项问题正在推进。", ["done", "in_progress", "in_progress"]),
        ("本方面3个问题中，第2个问题正在推进，其余问题已整改完成。", ["done", "in_progress", "done"]),
        # the area's counts alone: which problem is open the notice never says
        ("该方面3个问题，已完成整改2个，持续整改1个。", ["unstated", "unstated", "unstated"]),
    ],
    ids=["by-number", "by-item", "the-rest", "counts-only"],
)
def test_an_areas_lead_gives_its_problems_statuses(lead: str, statuses: list[str]) -> None:
    """An area's lead states its problems' statuses by their numbers restarting in each area, or counts them (a
    university's and a central SOE's notices under 中央巡视, round 21); the area's count is no claim of the notice."""
    notice = parse_bytes(R21_AREAS.format(lead=lead).encode(), "areas.txt")
    assert [i.status for i in notice.items] == [*statuses, "done"]
    assert notice.claimed.problems is None and notice.warnings == ()


def test_an_areas_counts_account_for_its_problems_in_the_claims() -> None:
    """The notice's done count takes in what an area's lead counts as done among its problems stating none."""
    text = R21_AREAS.format(lead="该方面3个问题，已完成整改2个，持续整改1个。").replace(
        "现将整改进展情况予以公布。", "现将整改进展情况予以公布。反馈的4个问题，已完成整改3个，正在推进1个。"
    )
    notice = parse_bytes(text.encode(), "areas.txt")
    assert (notice.claimed.problems, notice.claimed.completed, notice.claimed.in_progress) == (4, 3, 1)
    assert notice.warnings == ()


@pytest.mark.parametrize(
    "heading",
    [
        "（一）党的建设方面（3个问题，已全部完成整改）",
        "（一）党的建设方面【已完成】",
        "（一）党的建设方面：已完成整改",
        "（一）党的建设方面（共3个问题，均已整改完成）",
    ],
)
def test_an_areas_heading_stating_its_status_is_named_without_it(heading: str) -> None:
    """An area's heading closed by its problems' count or status (the long notices at the top of the genre, round
    21): the status is its problems', the area is named without it."""
    text = R21_AREAS.format(lead="").replace("（一）党的建设方面", heading)
    notice = parse_bytes(text.encode(), "areas.txt")
    assert [i.status for i in notice.items] == ["done"] * 4
    assert norm(notice.items[0].aspect) == norm("（一）党的建设方面")


@pytest.mark.parametrize("count", ["（3个问题）", "(3项问题)"])
def test_an_areas_heading_closed_by_its_count_alone_is_named_as_printed(count: str) -> None:
    """(一)…方面（7个问题） (a city 文联's table of contents, round 9): a bare count is part of the heading as printed
    (../shared/gold: the aspect "as printed"); only a status closing it is set apart."""
    text = R21_AREAS.format(lead="").replace("（一）党的建设方面", "（一）党的建设方面" + count)
    notice = parse_bytes(text.encode(), "areas.txt")
    assert norm(notice.items[0].aspect) == norm("（一）党的建设方面" + count)


@pytest.mark.parametrize("third", ["已整改", "整改中", "长期坚持"])
def test_problems_numbered_in_words_each_with_its_field_on_its_line(third: str) -> None:
    """一是<problem>。整改情况：…: a village's problems numbered in words, each with its own field on its line
    (round 21); every one is a problem whatever status its field closes with (二是 was lost where 三是's field
    closed 长期坚持)."""
    body = (
        "一是村级财务报销手续不规范。整改情况：补齐签字手续，已整改。\n"
        "二是党员发展不规范。整改情况：补齐材料，整改中。\n"
        f"三是“四议两公开”执行不到位。整改情况：组织重新学习，{third}。\n"
    )
    notice = parse_bytes(R21_VILLAGE.format(body=body).encode(), "words.txt")
    assert [(i.label, i.title) for i in notice.items] == [
        ("一", "村级财务报销手续不规范"),
        ("二", "党员发展不规范"),
        ("三", "“四议两公开”执行不到位"),
    ]
    assert [i.status for i in notice.items[:2]] == ["done", "in_progress"]


_CHECKLIST_ENTRIES = """中共某县林业局党组关于巡察整改情况的公示

根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县林业局党组进行了巡察，5月20日反馈了巡察意见。

一、巡察反馈问题整改情况

巡察反馈的{n}个问题已全部完成整改。

{entries}
中共某县林业局党组
2024年9月1日
"""


@pytest.mark.parametrize("n", [2, 3])
def test_checklist_entries_numbered_again_and_counted_all_done(n: int) -> None:
    """(一)问题清单第1项：<problem> with its fields: the problem is after the entry's own number (round 22), and the
    part's lead 巡察反馈的N个问题已全部完成整改 is the notice's count, each of them done."""
    problems = ["林地保护管理不严", "资金拨付滞后", "督导检查次数偏少"][:n]
    entries = "".join(
        f"（{'一二三'[k]}）问题清单第{k + 1}项：{p}。\n责任科室：办公室\n整改完成情况：\n已整改完成。\n\n"
        for k, p in enumerate(problems)
    )
    notice = parse_bytes(_CHECKLIST_ENTRIES.format(n=n, entries=entries).encode(), "l.txt")
    assert [(i.title, i.status) for i in notice.items] == [(p, "done") for p in problems]
    assert (notice.claimed.problems, notice.claimed.completed) == (n, n)


_R27_LEDGER = """中共某职业技术学院委员会关于巡视整改进展情况的通报

根据省委统一部署，2025年3月3日至4月30日，省委第二巡视组对某职业技术学院党委进行了巡视。2025年6月10日，省委第二巡视组向学校党委反馈了巡视意见。现将巡视整改进展情况予以公布。

一、整改落实情况

对省委巡视组反馈的2个方面3个问题，学校党委逐项制定整改措施，已完成整改2个，正在推进1个。各项问题的整改进展见附件。

{call}

中共某职业技术学院委员会
2025年9月30日

附件

巡视反馈问题整改台账

序号\t反馈问题\t整改措施\t完成时限\t整改进展
{area1}
1\t教学督导流于形式。{fact}\t修订教学督导办法\t2025年8月底前\t已完成
2\t实训设备闲置率较高\t建立设备共享平台\t2025年9月底前\t正在推进
{area2}
3\t财务报销审核不严\t修订财务报销制度\t2025年7月底前\t已完成
"""


@pytest.mark.parametrize(
    ("call", "area1", "area2"),
    [
        (
            "欢迎广大师生员工和社会各界对巡视整改落实情况进行监督。",
            "一、落实立德树人根本任务不够有力，教育教学改革创新和人才培养质量提升存在短板弱项",
            "二、全面从严治党“两个责任”落实不到位，重点领域廉洁风险防控存在薄弱环节",
        ),
        (
            "欢迎广大干部职工对巡视整改工作进行监督。联系电话：0512-12345678。",
            "（一）学习贯彻习近平总书记关于职业教育的重要论述不深入，服务地方产业发展的主动性不强",
            "（二）落实新时代党的组织路线有差距，干部人才队伍建设存在短板",
        ),
        ("欢迎社会各界监督。", "一、办学治校方面", "二、管党治党方面"),
    ],
    ids=["students", "staff", "short-areas"],
)
def test_a_ledger_attached_after_the_signature_in_tab_rows_under_long_area_rows(
    call: str, area1: str, area2: str
) -> None:
    """附件 after the signature, a 整改台账 flattened to tab rows (1<tab>…), each area a merged row that may print the
    area as its feedback sentence of two clauses, longer than a heading (round 27); the call to the college's staff
    and students (欢迎广大师生员工…/干部职工…/社会各界) closes the body before its signature."""
    text = _R27_LEDGER.format(call=call, area1=area1, area2=area2, fact="部分督导记录缺失")
    notice = parse_bytes(text.encode(), "ledger.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "教学督导流于形式。部分督导记录缺失", "done"),
        ("2", "实训设备闲置率较高", "in_progress"),
        ("3", "财务报销审核不严", "done"),
    ]
    assert [norm(i.aspect) for i in notice.items] == [norm(area1)] * 2 + [norm(area2)]
    assert notice.signed == "2025-09-30" and notice.warnings == ()


@pytest.mark.parametrize(
    ("fact", "kept"),
    [
        ("到账经费连续两年下降", True),  # a decline over years is the problem's own fact
        ("招生人数逐年减少", True),
        ("课程资源建设连续三年下滑", True),
    ],
)
def test_a_decline_over_years_stays_in_the_problem(fact: str, kept: bool) -> None:
    """A cell's second sentence stating a decline over years (…连续两年下降, …逐年减少) is the problem's fact, kept in
    its title as any description is where labelled lines follow (round 27), never the measures' first line."""
    text = _R27_LEDGER.format(call="欢迎社会各界监督。", area1="一、办学治校方面", area2="二、管党治党方面", fact=fact)
    notice = parse_bytes(text.encode(), "ledger.txt")
    assert (notice.items[0].title == f"教学督导流于形式。{fact}") is kept
    assert fact not in (notice.items[0].measures or "")


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "县委第八轮巡察第三巡察组对县林草局党委开展了巡察，2024年7月9日，县委第三巡察组对我局反馈了巡察意见",
            "县委第三巡察组",
        ),
        (
            "市委第五轮巡察第二巡察组对市供水公司党委进行了巡察，2024年7月9日，市委第二巡察组向公司党委反馈了巡察意见",
            "市委第二巡察组",
        ),
        (
            "某垦集团党委第八轮巡察第一巡察组对草业公司党委进行了巡察。2024年7月9日，某垦集团党委第一巡察组向公司党委反馈了巡察意见",
            "某垦集团党委第一巡察组",
        ),
        (
            "集团党委第二轮巡察第四巡察组对物流公司党支部进行了巡察。2024年7月9日，某投资集团党委第四巡察组反馈了巡察意见",
            "某投资集团党委第四巡察组",
        ),
    ],
)
def test_a_rounds_team_named_again_by_its_owner(sentence: str, team: str) -> None:
    """A round's team (…第八轮巡察第三巡察组) named again with its owner later in the opening, in the same sentence or
    the next; an enterprise's owner keeps the group's name before 集团党委 (round 27)."""
    text = (
        "中共某单位委员会关于巡察整改进展情况的通报\n"
        f"根据统一部署，2024年3月4日至4月30日，{sentence}。现将整改进展情况公布如下。\n"
        "一、整改落实情况\n1.资产管理不规范\n整改结果：已完成\n2.制度执行不严格\n整改结果：已完成\n"
        "中共某单位委员会\n2024年9月2日\n"
    )
    assert parse_bytes(text.encode(), "t.txt").inspection_team == team


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("巡察组反馈问题共3个方面7个，已整改销号5个，阶段性完成2个。", (3, 7, 5)),
        ("反馈问题共计4个方面12个，已完成整改10个。", (4, 12, 10)),
        ("巡察反馈问题共2个方面5项，已完成整改5项。", (2, 5, 5)),
    ],
)
def test_counts_with_the_noun_before_both(sentence: str, claimed: tuple[int, int, int]) -> None:
    """问题共3个方面7个: the noun before the aspects' and the problems' counts (round 27)."""
    c = read_claims(sentence)
    assert (c.aspects, c.problems, c.completed) == claimed


_R25_NOTICE = """中共某县医疗保障局党组关于巡察整改进展情况的通报
根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县医疗保障局党组进行了巡察，6月3日反馈了巡察意见。现将整改进展情况公布如下。
{body}
中共某县医疗保障局党组
2024年9月2日
"""


@pytest.mark.parametrize(
    "headline",
    [
        "部分定点药店存在串换药品、超量开药问题",
        "个别项目存在未批先建、边批边建问题",
        "基金收支存在核算不及时、凭证不完整、审批不严格问题",
    ],
)
def test_the_objects_of_one_cunzai_listed_with_dun_keep_the_closing_wenti(headline: str) -> None:
    """存在A、B问题 (r25_kalaqin): a 、 joins the objects of one 存在, whose object the closing 问题 is."""
    body = f"1.{headline}。\n整改情况：已完成整改。\n2.经办服务不规范。\n整改情况：已完成整改。\n"
    notice = parse_bytes(_R25_NOTICE.format(body=body).encode(), "r25.txt")
    assert [i.title for i in notice.items] == [headline, "经办服务不规范"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "基层党组织建设不够规范。个别党支部“三会一课”记录不完整，主题党日活动内容单一",
        "档案管理不规范。部分案卷归档资料不完整",
        "普法宣传针对性不强。宣传形式单一，群众参与度低",
        "收费管理不规范。乱收费现象屡有发生",
    ],
)
def test_a_headline_paragraph_above_its_fields_keeps_its_description(paragraph: str) -> None:
    """N.<problem>。<description> above 整改措施/整改结果 lines is the problem as the notice states it (the seeds'
    convention, r25_mianyang): a description naming its shortcoming (不完整, 单一, 屡有发生) is no measure to cut."""
    body = (
        f"1.{paragraph}。\n整改措施：修订制度。\n整改结果：已完成整改。\n2.经办服务不规范。\n整改结果：已完成整改。\n"
    )
    notice = parse_bytes(_R25_NOTICE.format(body=body).encode(), "r25.txt")
    assert [i.title for i in notice.items] == [paragraph.replace("，", ","), "经办服务不规范"]


@pytest.mark.parametrize(("first", "second"), [("1.（1）", "2.（1）"), ("1、(1)", "2、(1)"), ("1．（1）", "2．（1）")])
def test_a_groups_number_glued_before_its_first_problems(first: str, second: str) -> None:
    """1.(1)<problem> … (2)<problem> … 2.(1)<problem> (r25_yizhang): the group's number glued before its first
    problem's names no group of its own; every (k) is a problem with its own field."""
    body = (
        "一、巡察反馈问题整改情况\n（一）履行职能职责方面\n"
        f"{first}医保基金监管不严。\n整改情况：开展专项检查。目前，该问题已整改到位。\n"
        "（2）经办服务不规范。\n整改情况：压缩办理时限。目前，该问题正在整改中。\n"
        f"{second}政策宣传不到位。\n整改情况：印发明白卡。目前，该问题已整改到位。\n"
    )
    notice = parse_bytes(_R25_NOTICE.format(body=body).encode(), "r25.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "医保基金监管不严", "done"),
        ("2", "经办服务不规范", "in_progress"),
        ("1", "政策宣传不到位", "done"),
    ]


@pytest.mark.parametrize(
    ("body", "party"),
    [("株洲市医疗保障局", "党组"), ("宜宾市生态环境局", "党组"), ("芜湖市公安局", "党委")],
)
def test_a_title_naming_the_body_without_its_party_body(body: str, party: str) -> None:
    """中共X关于…的通报 above 对X党组进行了巡察 (r25_huaihua): the inspected party body is the agency."""
    text = (
        f"中共{body}关于巡察整改进展情况的通报\n"
        f"根据市委统一部署，2024年3月4日至4月30日，市委第一巡察组对{body}{party}进行了巡察，6月3日反馈了巡察意见。\n"
        "1.执法监督不到位。\n整改情况：已完成整改。\n"
    )
    notice = parse_bytes(text.encode(), "r25.txt")
    assert notice.agency == body + party


@pytest.mark.parametrize(
    "team",
    [
        "市委深化“放管服”改革、优化营商环境专项巡察组",
        "县委乡村振兴、粮食安全专项巡察组",
        "区委“三资”管理、工程建设专项巡察组",
    ],
)
def test_a_special_team_named_by_a_topic_holding_a_list(team: str) -> None:
    """市委深化“最多跑一次”改革、优化营商环境专项巡察组 (r25_yueyang): the team is named by its whole topic."""
    text = (
        "中共某县市场监督管理局党组关于巡察整改进展情况的通报\n"
        f"根据统一部署，2024年3月4日至4月30日，{team}对县市场监督管理局进行了专项巡察，6月3日反馈了巡察意见。\n"
        "1.执法监督不到位。\n整改情况：已完成整改。\n"
    )
    assert parse_bytes(text.encode(), "r25.txt").inspection_team == team


# Round 28's classes: a county 委's notice on its whole place counts what is left open at a pace, and counts its
# status sections in their headings.
@pytest.mark.parametrize(
    ("counts", "done", "open_"),
    [
        ("反馈的5个问题已完成整改3个，其余2个正在加紧整改", 3, 2),
        ("反馈的7个问题已整改完成6个，剩余1个正在加快推进", 6, 1),
        ("巡察反馈问题12个，已完成整改9个，3个问题正在抓紧整改", 9, 3),
    ],
)
def test_the_rest_in_progress_at_a_pace_is_the_open_claim(counts: str, done: int, open_: int) -> None:
    """其余32个正在加紧整改 (r28_zhengyang): a pace between 正在 and the work still counts the open problems."""
    text = (
        "中共某县委关于巡察整改进展情况的通报\n"
        "根据市委统一部署，2024年3月4日至4月30日，市委第二巡察组对某县进行了巡察，6月3日反馈了巡察意见。\n"
        f"{counts}。\n"
        "1.招商引资项目落地率不高。\n整改情况：已完成整改。\n"
        "2.农村集体“三资”管理不规范。\n整改情况：正在整改。\n"
    )
    claimed = parse_bytes(text.encode(), "r28.txt").claimed
    assert (claimed.completed, claimed.in_progress) == (done, open_)


@pytest.mark.parametrize(
    ("done_heading", "open_heading", "done", "open_"),
    [
        ("（一）已完成整改的问题（2个）", "（二）正在推进整改的问题（1个）", 2, 1),
        ("二、已整改到位的问题（2项）", "三、尚未完成整改的问题（1项）", 2, 1),
        ("（一）已完成的问题（共2个）", "（二）需持续整改的问题（1个）", 2, 1),
    ],
)
def test_status_sections_counted_in_their_headings_are_claims(
    done_heading: str, open_heading: str, done: int, open_: int
) -> None:
    """已完成整改的问题（6个） (r28_liancheng): a status section's bracketed count is the count of that status."""
    text = (
        "中共某县委关于巡视整改进展情况的通报\n"
        "根据省委统一部署，2024年3月4日至4月30日，省委第三巡视组对某县进行了巡视，6月3日反馈了巡视意见。\n"
        f"{done_heading}\n"
        "1.县委落实主体责任不够到位。\n制定主体责任清单，开展专项检查2轮。\n"
        "2.执行中央八项规定精神不够严格。\n查处违规公款吃喝问题6起。\n"
        f"{open_heading}\n"
        "3.重点项目征迁工作滞后。\n成立征迁攻坚指挥部，征迁正在推进中。\n"
    )
    notice = parse_bytes(text.encode(), "r28.txt")
    assert [i.status for i in notice.items] == ["done", "done", "in_progress"]
    assert (notice.claimed.completed, notice.claimed.in_progress) == (done, open_)
    assert notice.warnings == ()


@pytest.mark.parametrize(
    "header",
    [
        "序号\t反馈问题\t整改措施\t完成情况",
        "序号\t存在问题\t整改情况\t整改状态",
        "编号\t巡视发现问题\t责任单位\t整改进展",
    ],
)
def test_a_tab_ledger_pasted_as_one_line_is_not_lost(header: str) -> None:
    """A tab ledger whose line ends a copy lost (r28_shuangpai as one line) is still the notice: its header is read
    and the reader is told its problems were not, instead of the text reported empty."""
    lines = [
        "中共某县委关于省委巡视反馈意见整改情况的通报",
        "根据省委统一部署，2024年3月4日至4月30日，省委第五巡视组对某县进行了巡视，6月3日反馈了巡视意见。",
        header,
        "一、作风建设方面",
        "1\t公务接待管理不规范\t出台公务接待管理办法\t已完成",
        "2\t违规发放津贴补贴\t清理规范津贴补贴\t正在推进",
    ]
    notice = parse_bytes("".join(lines).encode(), "r28.txt")
    assert (notice.agency, notice.inspection_team) == ("某县委", "省委第五巡视组")
    assert "no_problems" in [w.code for w in notice.warnings]


_R29_HEAD = (
    "中共某省统计局党组关于省委巡视整改进展情况的通报\n"
    "根据省委统一部署，2023年3月1日至4月30日，省委第二巡视组对省统计局党组进行了巡视。"
    "2023年6月5日，省委第二巡视组反馈了巡视意见。现将整改进展情况予以公布。\n二、反馈问题整改情况\n"
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (  # the problems straight under the part, each closed by its status sentence
            "第一，统计数据质量管控不严。建立数据核查制度。目前已整改到位。\n"
            "第二，统计执法检查不规范。修订执法办法，案卷评查正在进行。目前正在整改中。\n"
            "第三，公务接待管理不规范。清退超标准费用。目前已整改到位。\n",
            [
                ("一", "统计数据质量管控不严", "done"),
                ("二", "统计执法检查不规范", "in_progress"),
                ("三", "公务接待管理不规范", "done"),
            ],
        ),
        (  # numbered afresh under each aspect
            "（一）关于统计业务方面\n第一，统计数据质量管控不严。建立数据核查制度。目前已整改到位。\n"
            "第二，统计执法检查不规范。修订执法办法。目前正在整改中。\n"
            "（二）关于基层党建方面\n第一，党支部换届不及时。完成换届选举。目前已整改到位。\n",
            [
                ("一", "统计数据质量管控不严", "done"),
                ("二", "统计执法检查不规范", "in_progress"),
                ("一", "党支部换届不及时", "done"),
            ],
        ),
        (  # under a numbered problem the ordinals number its measures, after a field's label and on lines below
            "1.统计数据质量管控不严。\n整改情况：第一，建立数据核查制度。\n第二，开展专项检查。\n整改进展：已完成。\n"
            "2.统计执法检查不规范。\n整改情况：第一，修订执法办法。\n第二，开展案卷评查。\n整改进展：正在推进。\n",
            [("1", "统计数据质量管控不严", "done"), ("2", "统计执法检查不规范", "in_progress")],
        ),
    ],
)
def test_problems_numbered_by_bare_ordinals(body: str, want: list[tuple[str, str, str]]) -> None:
    """第一，<problem>。<measures>。目前已整改到位。: a provincial department's prose report numbers its problems by
    ordinals (round 29); under a numbered problem the same ordinals number its measures."""
    notice = parse_bytes((_R29_HEAD + body).encode(), "r29.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == want


@pytest.mark.parametrize(
    ("sentence", "completed"),
    [
        ("针对巡视指出的问题，梳理出20项具体问题。目前已解决或基本解决的有9项；已经取得明显进展的有8项。", 9),
        ("对反馈的20个问题，已完成整改的有15个，正在推进的有5个。", 15),
        ("巡视反馈的20个问题中，已经整改到位的有18个。", 18),
    ],
)
def test_a_summary_counting_the_done_class_after_de_you(sentence: str, completed: int) -> None:
    """目前已解决或基本解决的有12项: a summary counts each class of progress after 的有 (a ministry's notice,
    round 29)."""
    text = _R29_HEAD + sentence + "\n第一，统计数据质量管控不严。建立数据核查制度。目前已整改到位。\n"
    claimed = parse_bytes(text.encode(), "r29.txt").claimed
    assert (claimed.problems, claimed.completed) == (20, completed)


_R30_NOTICE = (
    "中共某县水利局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县水利局党组进行了巡察。"
    "2024年6月3日，巡察组反馈了巡察意见。现将整改进展情况公布如下：\n{body}\n中共某县水利局党组\n2024年10月9日\n"
)
_SPACED_CLASS_TABLE = (
    "序号   {cls}        存在问题                         整改措施                 整改情况\n"
    "1      工程管理         小型水库巡查记录不全             建立巡查台账             已完成\n"
    "2      工程管理         河道采砂监管存在盲区             开展联合执法             正在推进\n"
    "3      财务管理         专项资金拨付滞后                 倒排拨付计划             已完成\n"
)
_CELL_CLASS_TABLE = (
    "序号\n{cls}\n存在问题\n整改措施\n整改情况\n"
    "1\n工程管理\n小型水库巡查记录不全\n建立巡查台账\n已完成\n"
    "2\n工程管理\n河道采砂监管存在盲区\n开展联合执法\n正在推进\n"
    "3\n财务管理\n专项资金拨付滞后\n倒排拨付计划\n已完成\n"
)


@pytest.mark.parametrize(
    ("table", "cls"),
    [(_SPACED_CLASS_TABLE, "问题类别"), (_SPACED_CLASS_TABLE, "所属方面"), (_CELL_CLASS_TABLE, "问题分类")],
)
def test_an_untabbed_ledger_with_a_class_column(table: str, cls: str) -> None:
    """序号 | 问题类别 | 问题 | 措施 | 状态 printed without tabs (a PDF's 一览表 aligned by spaces, r30_shucheng; a
    web table a cell per line): the class column is a column of the ledger, each class heading its rows once."""
    notice = parse_bytes(_R30_NOTICE.format(body=table.format(cls=cls)).encode(), "r30.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "小型水库巡查记录不全", "done"),
        ("2", "河道采砂监管存在盲区", "in_progress"),
        ("3", "专项资金拨付滞后", "done"),
    ]
    assert [norm(i.aspect) for i in notice.items] == [norm("（一）工程管理")] * 2 + [norm("（二）财务管理")]


@pytest.mark.parametrize(
    "furniture",
    ["END\n来源：县纪委监委\n编辑：张三", "—END—\n审核：李四", "- END -", "分享 收藏 点赞 在看"],
)
def test_a_signature_above_a_wechat_articles_closing_furniture(furniture: str) -> None:
    """A 公众号 article carrying the notice closes with END / 来源 / 编辑 / 分享 收藏 点赞 在看 under the signature and
    its date (r30_junchuan): they close the notice, so its signature and date are read."""
    text = (
        "某镇党委关于县委巡察反馈问题整改进展情况的通报\n原创 某镇发布 2024-05-06 18:00\n"
        "根据县委统一部署，2023年9月4日至10月30日，县委第二巡察组对某镇党委进行了巡察。"
        "2023年12月8日，巡察组反馈了巡察意见。现将整改进展情况通报如下：\n"
        "1.党委理论学习不够系统。整改情况：已完成。\n2.村级财务管理不规范。整改情况：正在推进。\n"
        f"中共某县某镇委员会\n2024年5月6日\n{furniture}\n"
    )
    notice = parse_bytes(text.encode(), "r30.txt")
    assert (notice.issuer, notice.signed) == ("中共某县某镇委员会", "2024-05-06")
    assert [i.status for i in notice.items] == ["done", "in_progress"]


@pytest.mark.parametrize(
    ("name", "region", "province"),
    [
        ("高台县宣化镇委员会", "宣化镇", "甘肃省"),
        ("高台县南华镇委员会", "南华镇", "甘肃省"),
        ("宣化镇党委", "宣化镇", None),
        ("张家口市宣化区委", "宣化区", "河北省"),  # the county itself, written whole
    ],
)
def test_a_town_named_after_a_county_elsewhere(name: str, region: str, province: str | None) -> None:
    """宣化+镇 (r30_xuanhua): a county's short name with a town's 镇 right after it names a town, not that county."""
    place = gazetteer().locate(name)
    assert place is not None
    assert (place.region, place.province) == (region, province)


@pytest.mark.parametrize(
    ("short", "signature", "region", "province"),
    [
        ("联合村党支部", "中共绍兴市越城区东湖街道联合村支部委员会", "东湖街道", "浙江省"),
        ("红星社区党委", "中共株洲市荷塘区茨菇塘街道红星社区委员会", "茨菇塘街道", "湖南省"),
        ("新民村党总支", "中共高台县宣化镇新民村总支部委员会", "宣化镇", "甘肃省"),
    ],
)
def test_a_village_named_alone_in_its_title_located_by_its_signature(
    short: str, signature: str, region: str, province: str
) -> None:
    """<village>党支部关于…的公示 signed 中共<city><county><town><village>…委员会 (r30_tuanyuan): the village lies in
    the town its signature chains, which is its place."""
    text = (
        f"{short}关于区委巡察反馈问题整改情况的公示\n"
        f"根据区委统一部署，2024年4月1日至5月31日，区委第三巡察组对{short}进行了巡察。"
        "2024年6月20日，巡察组反馈了巡察意见。现将整改情况公示如下：\n"
        "问题一：村务公开不及时。\n整改结果：已整改到位。\n问题二：村级财务报销凭证不全。\n整改结果：正在整改。\n"
        f"{signature}\n2024年9月15日\n"
    )
    notice = parse_bytes(text.encode(), "r30.txt")
    assert (notice.region, notice.province) == (region, province)
    assert [i.status for i in notice.items] == ["done", "in_progress"]


_R31_NOTICE = (
    "中共某市某局党组关于巡察整改进展情况的通报\n{opening}\n"
    "二、巡察反馈问题整改落实情况\n（一）履行职能职责方面\n{body}\n中共某市某局党组\n2024年9月20日\n"
)
_R31_OPENING = (
    "根据市委统一部署，2024年3月18日至4月26日，市委第三巡察组对市某局党组开展了推动建设全国构建新发展格局先行区"
    "专项巡察。2024年6月14日，巡察组向市某局党组反馈了巡察意见。现将整改进展情况予以公布。"
)
_R31_BODY = (
    "1.统计分析深度不够。\n整改情况：开展专题分析12篇。已完成整改。\n"
    "2.专项资金监管不严。\n整改情况：修订管理办法。已完成整改。"
)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (
            "2024年3月18日至4月26日，市委第三巡察组对市某局党组开展了推动建设全国构建新发展格局先行区专项巡察。",
            ("2024-03-18", "2024-04-26"),
        ),
        (
            "2023年5月8日至6月30日，市委第二巡察组对市某局党组进行了优化营商环境和规范涉企执法检查专项巡察。",
            ("2023-05-08", "2023-06-30"),
        ),
        (
            "2022年9月1日至10月28日，区委第一巡察组对区某局党组开展了乡村振兴领域资金项目管理使用情况专项巡察。",
            ("2022-09-01", "2022-10-28"),
        ),
    ],
)
def test_the_period_of_a_special_inspection_named_by_a_long_topic(sentence: str, period: tuple[str, str]) -> None:
    """对X开展了<a topic of 17-40 characters>专项巡察 (r31_jingzhou): the sentence is the inspection's, its range the
    period, however long the topic the special round is named by."""
    opening = f"根据统一部署，{sentence}2024年6月14日，巡察组向市某局党组反馈了巡察意见。现将整改进展情况予以公布。"
    notice = parse_bytes(_R31_NOTICE.format(opening=opening, body=_R31_BODY).encode(), "r31.txt")
    assert (notice.inspection_start, notice.inspection_end) == period


@pytest.mark.parametrize(
    ("headline", "description"),
    [
        ("高标准农田建设任务推进缓慢", "2022年度新建任务完成率仅为58%"),
        ("困难群众救助资金发放监管不到位", "部分乡镇临时救助资金发放率低于全市平均水平"),
        ("村级便民服务站建设不规范", "部分村便民服务站“有机构无人员”"),
    ],
)
def test_a_headlines_description_stating_a_shortfall_stays_in_the_title(headline: str, description: str) -> None:
    """N.<problem>。<facts>。 above labelled fields (r31_fengjie, r31_pingfang): facts stated by a figure (仅为58%),
    against a standard (低于…) or as a thing in name only (有机构无人员) describe the problem; the paragraph is its
    title."""
    body = (
        f"1.{headline}。{description}。\n整改情况：制定专项方案，逐项督促落实。目前，该问题已整改完成。\n"
        "2.干部教育培训针对性不强。\n整改情况：制定年度培训计划。目前，该问题正在持续整改中。"
    )
    notice = parse_bytes(_R31_NOTICE.format(opening=_R31_OPENING, body=body).encode(), "r31.txt")
    assert [(i.title, i.status) for i in notice.items] == [
        (f"{headline}。{description}", "done"),
        ("干部教育培训针对性不强", "in_progress"),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "整改工作开展以来，干部作风进一步转变。下一步，局党组将对正在整改的问题持续跟踪，确保按期完成。"
        "欢迎广大干部群众对巡察整改落实情况进行监督，联系电话：0451-86801234。",
        "通过整改，机关管理更加规范。下一步，将持续巩固整改成果，对正在推进的事项挂账督办。欢迎社会各界监督。",
        "巡察整改取得阶段性成效。欢迎广大党员群众对整改工作进行监督，如有意见建议请及时反映。",
    ],
)
def test_a_closing_paragraph_after_the_last_problem_is_not_its_text(closing: str) -> None:
    """The notice's closing paragraph (what was gained, 下一步…, 欢迎…监督) run on after the last problem's fields under
    no heading (r31_pingfang): its next steps and call are the notice's, not that problem's status or pending work."""
    body = (
        "1.统计分析深度不够。\n整改措施：开展专题分析12篇。\n目前进展：已完成整改。\n"
        f"2.专项资金监管不严。\n整改措施：修订管理办法。\n目前进展：已完成整改。\n{closing}"
    )
    notice = parse_bytes(_R31_NOTICE.format(opening=_R31_OPENING, body=body).encode(), "r31.txt")
    assert [(i.status, i.pending) for i in notice.items] == [("done", False), ("done", False)]
    assert "欢迎" not in notice.items[-1].measures


_R32_NOTICE = (
    "中共某县统计局党组关于县委巡察反馈意见整改落实情况的通报\n"
    "根据县委统一部署,2017年5月8日至6月30日,县委第二巡察组对县统计局党组进行了巡察.2017年8月3日,"
    "县委第二巡察组向县统计局党组反馈了巡察意见.现将整改落实情况予以公布.\n{body}\n中共某县统计局党组\n2017年11月6日\n"
)


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        (
            "1、统计数据质量核查不严.\n整改落实情况:建立数据审核制度,核查企业台账15家.已整改到位.\n"
            "2、统计执法检查覆盖面窄.\n整改落实情况:制定执法检查计划,已检查企业9家,其余企业正在检查.正在整改.\n",
            ["done", "in_progress"],
        ),
        (  # a full-width ． as the full stop: the width pass makes it a half-width one
            "1．统计数据质量核查不严．\n整改情况：建立数据审核制度，核查企业台账15家．已整改完成．\n"
            "2．统计执法检查覆盖面窄．\n整改情况：制定执法检查计划．整改完成，长期坚持．\n",
            ["done", "done_longterm"],
        ),
        (  # the status right after a closing 》 and before a year
            "问题一:统计制度执行不严.\n整改措施:修订《统计工作规程》.已完成整改.\n"
            "问题二:统计人员培训不足.\n整改措施:开展业务培训.2018年3月前完成,正在整改.\n",
            ["done", "in_progress"],
        ),
    ],
)
def test_a_half_width_full_stop_before_a_status(body: str, statuses: list[str]) -> None:
    """Older pages end sentences with a half-width "." (…核查企业台账15家.已整改到位., r32_qilin, r32_lugang): the
    status after it is a sentence of its own, read as the field's closing status."""
    notice = parse_bytes(_R32_NOTICE.format(body=body).encode(), "r32.txt")
    assert [i.status for i in notice.items] == statuses
    assert all(i.title.startswith("统计") for i in notice.items)


@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        ("任务一:", "任务二:", ["任务一", "任务二"]),
        ("任务1、", "任务2、", ["任务1", "任务2"]),
        ("任务1.", "任务2.", ["任务1", "任务2"]),
    ],
)
def test_problems_numbered_as_tasks(first: str, second: str, labels: list[str]) -> None:
    """任务一:<problem> (a university's notice on its ministry's inspection, r32_blcu): the problems numbered by name
    as the rectification tasks made of them, like 问题一:, each the finest level with its fields below."""
    body = (
        f"{first}统计台账管理不规范,部分原始记录缺失.\n整改落实情况:补齐原始记录.该项任务已完成.\n"
        f"{second}统计执法检查覆盖面窄.\n整改落实情况:扩大检查范围.该项任务正在推进.\n"
    )
    notice = parse_bytes(_R32_NOTICE.format(body=body).encode(), "r32.txt")
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        (labels[0], "统计台账管理不规范,部分原始记录缺失", "done"),
        (labels[1], "统计执法检查覆盖面窄", "in_progress"),
    ]


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("2016年3月7日至4月15日,教育部第一巡视组对某大学进行了专项巡视。", "教育部第一巡视组"),
        ("2017年4月10日至6月9日,水利部第三巡视组对某研究院党委进行了巡视。", "水利部第三巡视组"),
        (
            "按照部党组统一部署,2018年5月8日至7月6日,农业农村部第二巡视组对某学院党委进行了巡视。",
            "农业农村部第二巡视组",
        ),
    ],
)
def test_a_ministrys_team_named_without_its_party_group(sentence: str, team: str) -> None:
    """教育部第一巡视组 (r32_blcu): a ministry's own team named without 党组 keeps the ministry's name."""
    text = (
        "中共某大学委员会关于巡视整改情况的通报\n"
        f"根据统一部署,{sentence}2018年8月1日,巡视组向学校党委反馈了巡视意见。现将整改情况予以公布。\n"
        "1.理论学习不深入。整改情况:已完成。\n2.财务管理不规范。整改情况:正在推进。\n中共某大学委员会\n2018年11月6日\n"
    )
    assert parse_bytes(text.encode(), "r32.txt").inspection_team == team


_R33_NOTICE = (
    "中共某县统计局党组关于巡察整改情况的通报\n"
    "根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县统计局党组进行了巡察。"
    "2024年6月3日，巡察组反馈了巡察意见。现将整改情况公布如下：\n{body}中共某县统计局党组\n2024年10月9日\n"
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("1、针对统计执法检查覆盖面不够广。\n已经整改到位。\n", "统计执法检查覆盖面不够广"),
        ("1.针对“三查三看”制度执行不严格。\n整改情况：", "“三查三看”制度执行不严格"),
        ("1．针对数据质量核查流于形式；\n整改进度：已完成。\n", "数据质量核查流于形式"),
    ],
)
def test_a_headline_of_zhendui_and_the_shortcoming_alone(headline: str, title: str) -> None:
    """N、针对<shortcoming>。 with no quotes and no closing 问题, above its status line or its fields (r33_weidong):
    the shortcoming is the problem's title, 针对 a wrapper."""
    body = headline + ("" if headline.endswith("：") else "整改情况：") + "修订制度，开展培训。已完成整改。\n"
    body += "2.针对统计台账管理不规范。\n整改情况：建立台账。已完成整改。\n"
    notice = parse_bytes(_R33_NOTICE.format(body=body).encode(), "r33.txt")
    assert [i.title for i in notice.items] == [title, "统计台账管理不规范"]


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        (
            "1.巡察指出“统计数据审核把关不严”。具体表现为：部分专业报表逻辑审核不到位，2023年以来有5家单位数据出现异常波动。",
            "统计数据审核把关不严。具体表现为:部分专业报表逻辑审核不到位,2023年以来有5家单位数据出现异常波动",
        ),
        (
            "1.县委巡察组反馈指出：“统计普法宣传不够深入”，主要表现为：普法宣传进企业次数偏少。",
            "统计普法宣传不够深入,主要表现为:普法宣传进企业次数偏少",
        ),
        ("1.反馈指出“统计执法力度偏弱”。", "统计执法力度偏弱"),
    ],
)
def test_a_headline_quoting_the_feedback_with_its_findings(quoted: str, title: str) -> None:
    """N.巡视指出“<problem>”。具体表现为：<findings> above 整改情况： (r33_hubei): the quote is the problem and the
    findings its description, kept whole however long their first clause; 巡视指出“” is a wrapper."""
    body = quoted + "\n整改情况：修订制度，开展培训。该问题已整改完成。\n"
    body += "2.统计台账管理不规范。\n整改情况：建立台账。该问题已整改完成。\n"
    notice = parse_bytes(_R33_NOTICE.format(body=body).encode(), "r33.txt")
    assert [i.title for i in notice.items] == [title, "统计台账管理不规范"]


@pytest.mark.parametrize(
    ("sentence", "aspects", "problems"),
    [
        ("从班子建设、作风建设、财务管理三个方面反馈了9个问题。", 3, 9),
        ("巡察组从4个方面指出了问题，共12个。", 4, None),
        ("巡察组围绕“三个聚焦”，从两个方面查找出问题6个。", 2, 6),
    ],
)
def test_the_aspects_counted_before_the_feedbacks_verb(sentence: str, aspects: int, problems: int | None) -> None:
    """从…、…三个方面反馈了9个问题 / 三个方面指出了问题 (r33_yueyang, r33_ankang): the count of the areas the feedback
    was given in, told by its verb rather than by a count of problems after 方面."""
    found = read_claims(sentence)
    assert (found.aspects, found.problems) == (aspects, problems)


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        (
            "指出我局存在3方面13个问题，在整改过程中我局具体细化分解为24个分项问题。截至11月29日，已完成反馈问题整改5个，"
            "阶段性完成并需要长期坚持的反馈问题14个，整改中的反馈问题5个。",
            (13, 24, 5, 19),
        ),
        ("反馈问题8个，细化为20个子问题，已完成反馈问题整改16个，整改中的反馈问题4个。", (8, 20, 16, 4)),
        ("共反馈6个问题，分解为15个分项问题，已经完成反馈问题的整改11个。", (6, 15, 11, None)),
    ],
)
def test_sub_problems_and_status_counts_naming_the_feedbacks_problems(
    sentence: str, claimed: tuple[int | None, ...]
) -> None:
    """N个问题…细化分解为M个分项问题 with 已完成反馈问题整改5个 / 整改中的反馈问题5个 (r33_xiangqiao): the sub-problems
    are the finest count, the problems the groups; 反馈问题 between a status and its count; 阶段性完成并需要长期坚持
    open."""
    found = read_claims(sentence)
    assert (found.problem_groups, found.problems, found.completed, found.in_progress) == claimed


@pytest.mark.parametrize(
    ("team", "expected"),
    [
        ("专项巡察第五交叉巡察组", "专项巡察第五交叉巡察组"),
        ("专项巡察第二巡察组", "专项巡察第二巡察组"),
        ("机动巡察第一巡察组", "机动巡察第一巡察组"),
    ],
)
def test_a_special_inspections_name_before_its_numbered_team(team: str, expected: str) -> None:
    """根据十五届市委第二轮巡察工作统一部署，专项巡察第五交叉巡察组对… (r33_xiangqiao): the special inspection's name
    is part of its team's, not cut off before 第N."""
    text = (
        "中共某县水利局党组关于巡察整改情况的通报\n"
        f"根据十五届县委第二轮巡察工作统一部署，{team}对县水利局进行了专项巡察。2023年2月17日，巡察组将巡察情况向"
        "县水利局党组作了反馈。现将整改情况公布如下：\n1.河道采砂监管存在盲区。\n整改情况：开展联合执法。已完成整改。\n"
        "2.专项资金拨付滞后。\n整改情况：倒排拨付计划。已完成整改。\n中共某县水利局党组\n2023年10月9日\n"
    )
    assert parse_bytes(text.encode(), "r33.txt").inspection_team == expected


# --- every round's notices, whole and by their problems and statuses alone ---------------------------------------
def _params(gap: Callable[[Expected], str | None]) -> list[Any]:
    """One case per notice of every round, a strict xfail where `gap` names what the parser reads wrong in it."""
    return [
        pytest.param(
            c, id=c.file.split("_")[0], marks=[pytest.mark.xfail(strict=True, reason=r)] if (r := gap(c)) else []
        )
        for c in CASES
    ]


@pytest.mark.parametrize("want", _params(lambda c: c.gap))
def test_genre_notice(want: Expected) -> None:
    check(parse_file(str(GENRE / want.file)), want)


@pytest.mark.parametrize("want", _params(lambda c: c.items_gap))
def test_genre_items_and_statuses(want: Expected) -> None:
    """The problems and their statuses alone: what the kept-back sets score, apart from header, claims and pending."""
    notice = parse_file(str(GENRE / want.file))
    got = [(i.label, i.title, i.status) for i in notice.items]
    assert got == [(label, title, status) for label, title, status, _ in want.items]
