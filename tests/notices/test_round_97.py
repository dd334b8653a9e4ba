"""Round 97's classes (issue 19): statuses and claims given by counts, each with members the round's notices do not
print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。现将整改进展情况通报如下。\n"
)
_SIGNATURE = "中共某县某局党组\n2024年10月9日\n"


# An aspect heading tallying its problems by several statuses says how many are open, not which: it settles none of
# the problems below, and the aspect is named without its tally.
@pytest.mark.parametrize(
    "tally",
    [
        "（共4个问题，已整改3个，尚有1个正在整改）",
        "（4个问题：已完成3个、正在推进1个）",
        "（共4个问题，3个已整改到位，1个持续推进）",
        "（共四个问题，已完成三个，一个正在整改）",
    ],
)
def test_an_aspects_tally_of_part_settles_none_of_its_problems(tally: str) -> None:
    text = (
        _OPENING
        + "（一）落实全面从严治党责任方面"
        + tally
        + "\n"
        + "".join(
            f"{n}.{problem}。\n整改落实：{measure}。\n"
            for n, (problem, measure) in enumerate(
                [
                    ("政府采购管理不规范", "修订采购管理办法"),
                    ("公务用车管理不严", "建立用车登记制度"),
                    ("固定资产账实不符", "开展资产清查"),
                    ("内部审计开展不够", "制定年度审计计划"),
                ],
                1,
            )
        )
        + _SIGNATURE
    )
    notice = parse_notice(text)
    assert [i.status for i in notice.items] == ["unstated"] * 4
    assert {i.aspect for i in notice.items} == {"(一)落实全面从严治党责任方面"}


# A closing naming the open problems by their quoted words, then the rest: the rest's status goes to every problem
# not named; the named ones' status runs on through their sentence's clauses (需要长期推进，目前仍在整改中: going on).
@pytest.mark.parametrize(
    ("closing", "statuses"),
    [
        (
            "其中，“供水管网改造进度滞后”问题需要长期推进，目前仍在整改中，其他问题均已整改到位。",
            ["done", "in_progress", "done"],
        ),
        (
            "“供水管网改造进度滞后”问题正在持续整改，剩余2个问题已全部完成整改。",
            ["done", "in_progress", "done"],
        ),
        (
            "“供水管网改造进度滞后”问题正在加快推进，其它问题均已完成整改并长期坚持。",
            ["done_longterm", "in_progress", "done_longterm"],
        ),
    ],
)
def test_a_closing_naming_the_open_by_their_words_settles_the_rest(closing: str, statuses: list[str]) -> None:
    text = (
        _OPENING
        + "一、具体问题整改情况\n"
        + "1.农村饮水安全监管不到位。\n整改措施：开展水质抽检。\n"
        + "2.供水管网改造进度滞后，部分老旧管网漏损严重。\n整改措施：制定改造计划。\n"
        + "3.河湖长制工作落实不够有力。\n整改措施：开展巡河督查。\n"
        + "二、整改完成情况\n截至2024年9月底，反馈的3个问题中，已完成整改2个，正在推进1个。"
        + closing
        + "\n"
        + _SIGNATURE
    )
    assert [i.status for i in parse_notice(text).items] == statuses


# Four problems, each with its 整改情况 field, as the tables of counts below count them.
_FOUR = "".join(
    f"{n}.{problem}。\n整改情况：{measure}。\n"
    for n, (problem, measure) in enumerate(
        [
            ("理论学习不够深入", "制定学习计划"),
            ("项目资金拨付滞后", "倒排拨付计划"),
            ("公务接待审批不严", "修订接待办法"),
            ("干部培训覆盖不全", "开展全员轮训"),
        ],
        1,
    )
)


# A table of counts pasted one cell per line states the notice's claims on its totals row (合计/总计), or on its
# only row where it has no row labels; its cells are no problems.
@pytest.mark.parametrize(
    ("table", "claims"),
    [
        (
            "类别\n问题总数\n已整改\n正在整改\n政治建设\n2\n1\n1\n作风建设\n2\n2\n0\n总计\n4\n3\n1\n",
            (4, 3, 1),
        ),
        ("问题数量\n已完成整改\n推进中\n四项\n三项\n一项\n", (4, 3, 1)),
        ("反馈问题数\n已销号\n未完成\n4\n2\n2\n", (4, 2, 2)),
    ],
)
def test_a_table_of_counts_pasted_a_cell_per_line_states_the_claims(table: str, claims: tuple[int, int, int]) -> None:
    text = _OPENING + "一、整改完成情况统计表\n" + table + "二、具体整改情况\n" + _FOUR + _SIGNATURE
    notice = parse_notice(text)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == claims
    assert len(notice.items) == 4


# A table of counts by aspect (or by status) that prints no 合计 row states the notice's counts all the same: its
# rows add up to them. A row whose counts are broken (a dash where a count stands) leaves the sum unknown, and the
# table then states nothing rather than a count short of the notice's.
@pytest.mark.parametrize(
    ("table", "claims"),
    [
        ("方面\n问题数\n已完成\n正在推进\n党的建设\n1\n1\n0\n财务管理\n3\n2\n1\n", (4, 3, 1)),
        ("责任单位\t反馈问题\t已整改\t整改中\n办公室\t2\t1\t1\n财务科\t1\t1\t0\n人事科\t1\t0\t1\n", (4, 2, 2)),
        (
            "| 类别 | 问题数 | 已办结 | 持续推进 |\n| --- | --- | --- | --- |\n"
            "| 一类 | 二 | 一 | 一 |\n| 二类 | 二 | 二 | 〇 |\n",
            (4, 3, 1),
        ),
        ("整改状态\t问题数（个）\t整改措施（条）\n已完成\t3\t9\n正在推进\t1\t2\n", (4, 3, 1)),
        ("方面\n问题数\n已完成\n正在推进\n党的建设\n1\n1\n0\n财务管理\n3\n—\n1\n", (None, None, None)),
    ],
)
def test_a_table_of_counts_without_a_totals_row_adds_up_its_rows(
    table: str, claims: tuple[int | None, int | None, int | None]
) -> None:
    notice = parse_notice(_OPENING + "一、整改完成情况统计表\n" + table + "二、具体整改情况\n" + _FOUR + _SIGNATURE)
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == claims
    assert len(notice.items) == 4


# A suit, an arbitration or an enforcement the body began for what is still owed waits on its end: pending work, as
# the rest handed to a court (已进入诉讼程序) is.
@pytest.mark.parametrize(
    "progress",
    [
        "已收回欠款80万元，对3家拒不支付的企业提起仲裁程序。",
        "已收回欠款80万元，对剩余欠款已依法启动司法程序。",
        "已收回欠款80万元，对拒不履行的2家企业申请仲裁程序。",
    ],
)
def test_a_suit_begun_for_what_is_owed_waits_on_its_end(progress: str) -> None:
    text = _OPENING + "1.应收账款清收不力。\n整改情况：" + progress + "\n" + _SIGNATURE
    assert [i.pending for i in parse_notice(text).items] == [True]
