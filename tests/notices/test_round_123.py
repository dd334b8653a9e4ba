"""Round 123's class (issue 19): a notice's ledger (整改台账) pasted as text in forms whose rows break over lines or
have no header. A table copied from a web page in a browser or a Word table saved as plain text keeps a cell's own
paragraphs apart by bare line breaks, so a row's later cells go on the next physical line (and a browser drops the
class cell a rowspan covers); a ledger typed one line a problem names each field inside its cell (问题：…｜措施：…
｜进度：…) and has no header row. Members the round's notices do not print: other column names and orders, cells of
three paragraphs, a problem cell of two, other status words split over lines, a class dropped beside a 序号 column,
and typed records with other bars, labels, numberings or none."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "巡察反馈的2个方面4个问题。\n"
    "二、整改落实情况\n"
)
_TAIL = "三、下一步工作打算\n持续抓好整改。联系电话：0731-1234567。\n中共某县某局党组\n2025年1月10日\n"

_TITLES = [
    "理论学习不够深入，学习计划性不强",
    "意识形态工作责任制落实不到位，阵地管理有漏洞",
    "财务管理不规范，报销凭证不全",
    "干部队伍结构老化，年轻干部培养不够",
]


def _read(table: str) -> list[tuple[str, str, str]]:
    notice = parse_notice(_HEAD + table + _TAIL)
    return [(i.label, i.title.replace(",", "，"), i.status) for i in notice.items]


# A Word table saved as .txt: a row a paragraph, each cell's paragraphs on lines of their own, the row's later cells
# after its last; other columns, orders and paragraph counts than the round's.
@pytest.mark.parametrize(
    ("header", "row"),
    [
        # measures of three paragraphs, the middle one a line without tabs; status then the office
        (
            "序号\t存在问题\t整改措施\t整改情况\t责任单位",
            "{n}\t{title}\t1.制定计划。\n2.开展研讨。\n3.建立台账。\t{status}\t办公室",
        ),
        # the status before the measures, the deadline last
        (
            "编号\t反馈问题\t完成情况\t整改举措\t完成时限",
            "{n}\t{title}\t{status}\t1.修订制度。\n2.逐项整改。\t2024年底",
        ),
        # the problem cell of two paragraphs: its fact on a line of its own
        (
            "序号\t问题描述\t整改措施\t整改进展",
            "{n}\t{title}。\n经查，2023年以来有此情况。\t1.修订制度。\n2.完善台账。\t{status}",
        ),
    ],
)
def test_a_row_broken_by_its_cells_paragraphs_is_one_problem(header: str, row: str) -> None:
    statuses = ["已完成", "已完成", "正在推进", "整改中"]
    rows = [row.format(n=n, title=t, status=s) for n, (t, s) in enumerate(zip(_TITLES, statuses, strict=True), 1)]
    got = _read(header + "\n" + "\n".join(rows) + "\n")
    assert [(label, status) for label, _, status in got] == [
        ("1", "done"),
        ("2", "done"),
        ("3", "in_progress"),
        ("4", "in_progress"),
    ]
    assert [title.startswith(t) for (_, title, _), t in zip(got, _TITLES, strict=True)] == [True] * 4


# A status cell of two paragraphs, its second alone on the line after the row: other words of keeping it up.
@pytest.mark.parametrize("second", ["长期坚持", "需长期坚持", "并长期坚持", "常态化坚持"])
def test_a_status_cell_s_second_paragraph_on_its_own_line_stays_the_row_s(second: str) -> None:
    rows = [
        f"1\t{_TITLES[0]}\t1.制定计划。\n2.开展研讨。\t已完成\n{second}",
        f"2\t{_TITLES[1]}\t修订制度。\t已完成",
        f"3\t{_TITLES[2]}\t1.清理凭证。\n2.修订办法。\t正在推进",
        f"4\t{_TITLES[3]}\t制定培养计划。\t持续推进",
    ]
    got = _read("序号\t存在问题\t整改措施\t完成情况\n" + "\n".join(rows) + "\n")
    assert [status for _, _, status in got] == ["done_longterm", "done", "in_progress", "in_progress"]


# A browser drops the class cell its rowspan covers: beside a 序号 column, in other column names.
@pytest.mark.parametrize("category", ["问题类别", "问题分类", "所属方面"])
def test_a_class_dropped_under_its_rowspan_leaves_the_rows_in_their_columns(category: str) -> None:
    rows = [
        f"1\t政治建设\t{_TITLES[0]}\t1.制定计划。\n2.开展研讨。\t已完成",
        f"2\t{_TITLES[1]}\t修订制度。\t正在推进",
        f"3\t全面从严治党\t{_TITLES[2]}\t清理凭证。\t已完成",
        f"4\t{_TITLES[3]}\t1.制定培养计划。\n2.选派锻炼。\t整改中",
    ]
    notice = parse_notice(_HEAD + f"序号\t{category}\t存在问题\t整改措施\t完成情况\n" + "\n".join(rows) + "\n" + _TAIL)
    assert [(i.label, i.status) for i in notice.items] == [
        ("1", "done"),
        ("2", "in_progress"),
        ("3", "done"),
        ("4", "in_progress"),
    ]
    assert [i.title.replace(",", "，") for i in notice.items] == _TITLES
    assert [i.aspect for i in notice.items] == ["(一)政治建设"] * 2 + ["(二)全面从严治党"] * 2


# A ledger typed one line a problem, each field labelled in its cell: other bars, labels and numberings.
@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("{n}|存在问题：{title}|整改措施：{measure}|完成情况：{status}", ["1", "2", "3", "4"]),
        ("{n}、反馈问题：{title}¦整改举措：{measure}¦整改状态：{status}", ["1", "2", "3", "4"]),
        ("{n}\t问题描述：{title}\t整改措施：{measure}\t整改进度：{status}", ["1", "2", "3", "4"]),
        ("问题：{title}   措施：{measure}   责任人：办公室   进度：{status}", ["1", "2", "1", "2"]),
    ],
)
def test_typed_records_with_labelled_fields_are_the_problems(line: str, labels: list[str]) -> None:
    statuses = ["已完成", "已完成，长期坚持", "正在推进", "已销号"]
    measures = ["制定学习计划", "修订管理办法", "凭证清理正在进行", "清退费用"]
    records = [
        line.format(n=n, title=t, measure=m, status=s)
        for n, (t, m, s) in enumerate(zip(_TITLES, measures, statuses, strict=True), 1)
    ]
    table = (
        "（一）政治建设方面\n" + "\n".join(records[:2]) + "\n（二）全面从严治党方面\n" + "\n".join(records[2:]) + "\n"
    )
    assert _read(table) == [
        (label, title, status)
        for label, title, status in zip(labels, _TITLES, ["done", "done_longterm", "in_progress", "done"], strict=True)
    ]
