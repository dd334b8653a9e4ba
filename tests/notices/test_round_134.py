"""Round 134's class (issue 19): notices read by OCR, part two — the text an OCR engine returns for a photo or a scan
of the printed page: the lines at the printed width, the page's furniture inside, and look-alike characters in the
genre's words. Members the round's notices do not print: a ledger photographed and read row by row under other
column names (a deadline column, a 存在问题 column, a status column before the measures' end), with other statuses
and a page number inside; 朗 read for 期 in other time words and other places a status stands (a bracket, a field,
a section's heading); 戍 read for 成 in other status words; the 、 between the objects of 存在/出现/发生 read as a
comma in a problem's title; the opening's count sentence cut by the page's width mid-word above problems whose
lines run longer than the page's."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组\n关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年12月10日\n"


# --- a ledger photographed and read row by row ---------------------------------------------------------------------
# Each printed line of the table one line, cells apart by one space; a wrapped cell's rest on the next lines, in the
# order of the columns that go on; a page number may fall inside a row.
_LEDGER_FOUR = """\
序号 存在问题 整改措施 整改时限 整改情况
1 理论学习中心组学习制度执 修订学习制度，全年开展集中学 2024年 已整改
行不严，学习流于形式 习12次，专题研讨4次，形成调 6月底
研报告3篇。
2 财务报销审核把关不严，部 对近三年报销凭证逐笔核查，补 2024年 整改中
分凭证要件不全 齐凭证要件，剩余凭证正在核对 12月底
中。
3 干部教育培训针对性不强， 制定年度培训计划，分层分类开 长期 已整改
培训效果不明显 展培训5期。
"""
_LEDGER_PAGED = """\
编号 反馈问题 整改落实情况 目前状态
1 意识形态工作责任制落实不 修订意识形态工作责任制实施细 完成
够到位，阵地管理不严 则，建立信息发布三审制度。
2 政府采购程序不规范，个别 对采购项目开展专项检查，完善
— 3 —
项目未按规定公开招标 内控制度，问责2人。
3 党支部组织生活不规范，主 开展党支部标准化建设，规范组 正在整改
题党日活动内容单一 织生活，正在开展督查。
"""
_LEDGER_LONGTERM = """\
序号 巡察反馈问题 整改措施 完成情况
1 执行中央八项规定精神不严 开展公务接待专项检查，清退不 已完成，
格，公务接待管理不规范 合规费用1.2万元。 长期坚持
2 工程项目管理不规范，个别 完善项目管理制度，对在建项目 推进中
项目未按期完工 开展检查，1个项目正在施工。
"""


@pytest.mark.parametrize(
    ("ledger", "titles", "statuses"),
    [
        (
            _LEDGER_FOUR,
            [
                "理论学习中心组学习制度执行不严,学习流于形式",
                "财务报销审核把关不严,部分凭证要件不全",
                "干部教育培训针对性不强,培训效果不明显",
            ],
            ["done", "in_progress", "done"],
        ),
        (
            _LEDGER_PAGED,
            [
                "意识形态工作责任制落实不够到位,阵地管理不严",
                "政府采购程序不规范,个别项目未按规定公开招标",
                "党支部组织生活不规范,主题党日活动内容单一",
            ],
            ["done", "unstated", "in_progress"],
        ),
        (
            _LEDGER_LONGTERM,
            ["执行中央八项规定精神不严格,公务接待管理不规范", "工程项目管理不规范,个别项目未按期完工"],
            ["done_longterm", "in_progress"],
        ),
    ],
    ids=["deadline_column", "page_number_in_a_row", "status_cell_wrapped"],
)
def test_a_ledger_read_row_by_row_gives_its_problems(ledger: str, titles: list[str], statuses: list[str]) -> None:
    notice = parse_notice(
        _HEAD + "一、巡察反馈问题整改情况\n" + ledger + "二、下一步工作打算\n持续巩固整改成果。\n" + _TAIL
    )
    assert [i.title for i in notice.items] == titles
    assert [i.status for i in notice.items] == statuses


# --- 朗 read for 期, 戍 read for 成 -----------------------------------------------------------------------------------
def _two(first: str, second: str) -> str:
    return "1.党组理论学习不够深入。\n整改情况：" + first + "\n2.专项资金拨付滞后。\n整改情况：" + second + "\n"


@pytest.mark.parametrize(
    ("first", "status"),
    [
        ("修订学习制度。（已完成，长朗坚持）", "done_longterm"),
        ("修订学习制度，该问题已整改到位，需长朗坚持。", "done_longterm"),
        ("修订学习制度。完成情况：已完成，将长朗执行。", "done_longterm"),
        ("修订学习制度。完成情况：完戍，长朗坚持。", "done_longterm"),
        ("修订学习制度。（整改完戍）", "done"),
        ("修订学习制度，目前已整改完戍。", "done"),
        ("修订学习制度。整改状态：完戍整改", "done"),
    ],
)
def test_look_alikes_of_qi_and_cheng_in_a_status(first: str, status: str) -> None:
    notice = parse_notice(_HEAD + _two(first, "正在推进，剩余资金正在拨付。") + _TAIL)
    assert [i.status for i in notice.items] == [status, "in_progress"]


@pytest.mark.parametrize(
    "heading",
    ["二、已完成整改并需长朗坚持的问题", "二、已完成并长朗坚持的整改事项", "二、已整改到位、长朗坚持的问题"],
)
def test_a_kept_up_section_with_lang_for_qi(heading: str) -> None:
    text = (
        _HEAD
        + "一、已完成整改的问题\n1.党组理论学习不够深入。\n整改措施：修订学习制度。\n"
        + heading
        + "\n2.意识形态阵地管理不严。\n整改措施：建立三审制度。\n"
        + _TAIL
    )
    assert [i.status for i in parse_notice(text).items] == ["done", "done_longterm"]


# --- the 、 between the objects of one 存在 read as a comma --------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "部分村级财务存在白条入账，大额现金支付问题",
        "个别项目出现资金闲置，挪用问题",
        "医保基金使用存在串换项目，分解住院问题",
        "部分学校发生违规征订，乱收费问题",
    ],
)
def test_a_problem_titled_with_its_objects_apart_by_a_comma_keeps_its_last_word(title: str) -> None:
    text = _HEAD + _two("已完成整改。", "正在推进。").replace("专项资金拨付滞后", title) + _TAIL
    assert [i.title for i in parse_notice(text).items] == ["党组理论学习不够深入", title.replace("，", ",")]


# --- the opening's counts cut mid-word by the page's width, above problems whose lines run longer -----------------
_OPENING = (
    "根据县委统一部署，2024年3月4日至4月30日，县委第\n"
    "一巡察组对县某局党组开展了常规巡察，5月20日向局\n"
    "党组反馈了巡察意见。按照有关要求，现将整改进展情\n"
    "况通报如下。局党组高度重视巡察整改工作，成立整改\n"
    "工作领导小组，逐项制定整改措施，建立整改台账。截\n"
)
_LONG_LINES = "".join(
    f"{n}.{title}。\n整改情况：{measures}完成情况：{status}\n"
    for n, (title, measures, status) in enumerate(
        [
            (
                "党组理论学习中心组学习不够深入，学习形式单一",
                "修订党组理论学习中心组学习制度，全年开展集中学习12次，专题研讨4次，形成调研报告3篇。",
                "已完成。",
            ),
            (
                "意识形态工作责任制落实不到位，阵地管理不严",
                "修订意识形态工作责任制实施细则，建立信息发布三审三校制度，开展专项检查2次。",
                "已完成。",
            ),
            (
                "财务报销审核把关不严，部分凭证要件不全",
                "对近三年报销凭证逐笔核查，补齐凭证要件26份，修订财务报销管理办法并组织培训。",
                "已完成。",
            ),
            (
                "专项资金拨付滞后，资金使用效益不高",
                "建立专项资金拨付台账，已拨付资金860万元，剩余资金正在办理拨付手续，预计年底前完成。",
                "正在推进。",
            ),
        ],
        1,
    )
)


@pytest.mark.parametrize(
    "cut",
    [
        "至2024年10月31日，反馈的4个问题已完\n成整改3个，正在推进整改1个。",
        "至2024年10月31日，反馈的4个问题已完成整\n改3个，正在推进1个。",
        "至2024年10月31日，巡察反馈的4个问题中已\n完成3个，正在推进1个。",
        "至目前，4个问题中，已完成整改3个，正在推\n进整改1个。",
    ],
)
def test_counts_cut_by_the_page_width_above_longer_lines(cut: str) -> None:
    text = "中共某县某局党组\n关于县委巡察整改进展情况的通报\n" + _OPENING + cut + "\n" + _LONG_LINES + _TAIL
    claimed = parse_notice(text).claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (4, 3, 1)
