"""Notices written in the genre for these tests, each in a layout none of the seeds uses.

Each case lists what a careful reader takes from the notice: header facts, claims, and per item
(label, title, status, pending).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from notices import Notice, parse_bytes, parse_file
from tests.conftest import DATA
from tests.notice_files import to_docx

GENRE = DATA / "genre"


@dataclass
class Expected:
    file: str
    agency: str
    region: str
    province: str
    prefecture: str | None
    team: str
    period: tuple[str, str]
    feedback: str
    signed: str
    items: list[tuple[str, str, str, bool]]
    claimed: dict[str, int | None] = field(default_factory=dict)
    aspects: list[str | None] | None = None
    warnings: list[str] = field(default_factory=list)


CASES = [
    Expected(
        # 问题1.针对…的问题。 with (1)对于… measures, 整改进度 on items
        file="yuecheng_question_numbered.txt",
        agency="绍兴市越城区民政局党组",
        region="越城区",
        province="浙江省",
        prefecture="绍兴市",
        team="区委第三巡察组",
        period=("2023-08-21", "2023-10-20"),
        feedback="2023-11-28",
        signed="2024-03-12",
        claimed={"aspects": 3, "problems": 6, "completed": 4, "in_progress": 2},
        items=[
            ("问题1", "养老服务补贴发放审核不严", "done", False),
            ("问题2", "社区养老服务中心运营监管缺位", "in_progress", True),
            ("问题3", "公务接待费用报销不规范", "done", False),
            ("问题4", "差旅费报销审核把关不严", "done", False),
            ("问题5", "党支部“三会一课”记录不规范", "done", False),
            ("问题6", "干部队伍年龄结构老化", "in_progress", True),
        ],
    ),
    Expected(
        file="yongdeng_chinese_numerals.txt",  # items numbered （一）…（十二）, status leading 整改情况
        agency="永登县农业农村局党组",
        region="永登县",
        province="甘肃省",
        prefecture="兰州市",
        team="县委第二巡察组",
        period=("2024-04-08", "2024-05-31"),
        feedback="2024-07-10",
        signed="2024-10-09",
        claimed={"problems": 12, "completed": 10, "in_progress": 2},
        items=[
            ("一", "学习贯彻党的创新理论不深入", "done", False),
            ("二", "落实粮食安全责任制有差距", "done", False),
            ("三", "高标准农田建设项目监管不到位", "in_progress", True),
            ("四", "农业产业化龙头企业培育不力", "done", False),
            ("五", "惠农补贴资金发放不精准", "done", False),
            ("六", "项目资金拨付进度缓慢", "done", False),
            ("七", "政府采购程序不规范", "done", False),
            ("八", "公务用车管理不严格", "done", False),
            ("九", "执行民主集中制不到位", "done", False),
            ("十", "党支部标准化建设不达标", "done", False),
            ("十一", "干部教育培训针对性不强", "done", False),
            ("十二", "上轮巡察反馈问题整改不彻底", "in_progress", True),
        ],
        aspects=[None] * 12,
    ),
    Expected(
        # status from section headings; 已完成…、正在整改…、需长期坚持…
        file="longquanyi_status_sections.txt",
        agency="成都市龙泉驿区住房和城乡建设局党组",
        region="龙泉驿区",
        province="四川省",
        prefecture="成都市",
        team="区委第一巡察组",
        period=("2023-03-01", "2023-04-28"),
        feedback="2023-06-12",
        signed="2023-11-20",
        claimed={"problems": 8, "completed": 5, "in_progress": 2, "longterm": 1},
        items=[
            ("1", "落实安全生产监管责任不到位", "done", False),
            ("2", "城镇老旧小区改造推进缓慢", "done", False),
            ("3", "物业服务企业监管不力", "done", False),
            ("4", "会议费管理使用不规范", "done", False),
            ("5", "党员发展程序不规范", "done", False),
            ("1", "房屋征收补偿档案管理混乱", "in_progress", True),
            ("2", "保障性住房分配审核把关不严", "in_progress", True),
            ("1", "干部担当作为意识不强", "done_longterm", False),
        ],
    ),
    Expected(
        # provincial 巡视; "1.问题：…。整改情况：①…；②…。整改结果：…" on one line
        file="shanxi_keji_inline.txt",
        agency="山西省科学技术厅党组",
        region="山西省",
        province="山西省",
        prefecture=None,
        team="省委第五巡视组",
        period=("2024-03-05", "2024-05-10"),
        feedback="2024-08-02",
        signed="2024-12-30",
        claimed={"aspects": 3, "problems": 5, "completed": 3, "in_progress": 2},
        items=[
            ("1", "科技成果转化机制不健全", "done", False),
            ("2", "科研项目经费监管不严,部分项目经费使用不规范", "in_progress", True),
            ("3", "廉政风险防控机制不完善", "done", False),
            ("4", "公务接待管理不规范", "done", False),
            ("5", "干部交流轮岗不到位", "in_progress", True),
        ],
    ),
    Expected(
        # "1、标题（已完成）", 一是/二是 in **bold**, blank lines between
        file="tongxiang_trailing_status.txt",
        agency="桐乡市市场监督管理局党组",
        region="桐乡市",
        province="浙江省",
        prefecture="嘉兴市",
        team="市委第四巡察组",
        period=("2022-09-13", "2022-11-04"),
        feedback="2023-01-06",
        signed="2023-05-08",
        items=[
            ("1", "食品生产企业日常检查覆盖不全", "done", False),
            ("2", "网络餐饮监管存在薄弱环节", "in_progress", True),
            ("3", "执法办案程序不规范", "done", False),
            ("4", "涉企收费清理不彻底", "done", False),
        ],
        aspects=["（一）落实食品安全监管职责方面"] * 2 + ["（二）落实全面从严治党方面"] * 2,
    ),
    Expected(
        file="xinhui_traditional.txt",  # written in traditional characters
        agency="江门市新会区文化广电旅游体育局党组",
        region="新会区",
        province="广东省",
        prefecture="江门市",
        team="区委第二巡察组",
        period=("2023-04-10", "2023-06-09"),
        feedback="2023-07-25",
        signed="2023-12-01",
        claimed={"aspects": 2, "problems": 4, "completed": 3, "in_progress": 1},
        items=[
            ("1", "文物保护工作落实不到位", "done", False),
            ("2", "公共文化服务设施利用率不高", "in_progress", True),
            ("3", "文艺演出项目采购不规范", "done", False),
            ("4", "会议记录不规范", "done", False),
        ],
    ),
]


def check(notice: Notice, want: Expected) -> None:
    assert (notice.agency, notice.region, notice.province, notice.prefecture) == (
        want.agency,
        want.region,
        want.province,
        want.prefecture,
    )
    assert notice.inspection_team == want.team
    assert (notice.inspection_start, notice.inspection_end) == want.period
    assert (notice.feedback_date, notice.signed) == (want.feedback, want.signed)
    got = [(i.label, i.title, i.status, i.pending) for i in notice.items]
    assert got == [(label, title.replace(",", ","), status, pending) for label, title, status, pending in want.items]
    for key, value in want.claimed.items():
        assert getattr(notice.claimed, key) == value, key
    if want.aspects is not None:
        from tests.conftest import norm

        assert [norm(i.aspect) for i in notice.items] == [norm(a) for a in want.aspects]
    assert notice.warnings == tuple(want.warnings)


@pytest.mark.parametrize("want", CASES, ids=[c.file.split("_")[0] for c in CASES])
def test_genre_notice(want: Expected) -> None:
    check(parse_file(str(GENRE / want.file)), want)


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
    assert {c.file for c in CASES} == {p.name for p in Path(GENRE).glob("*.txt")}
