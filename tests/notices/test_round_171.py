"""Round 171's class (issue 19): status first, part two. A notice states each problem's status BEFORE the problem:
a bracketed tag alone on its own line above the numbered problem it governs (never the problem before it), or a
ledger whose status column comes first, before 序号, pasted one cell a line or copied from a fixed-width view with
its columns padded by runs of spaces. Members the round's notices do not print: other brackets, other status words,
other numberings of the problems, other column names and other column counts."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
    "二、整改落实情况\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"

_TITLES = ["理论学习不够深入", "专项资金拨付滞后", "基层党组织建设薄弱", "干部培训针对性不强"]


def _tagged(tags: list[str], numbers: list[str], field: str) -> str:
    return "".join(
        f"{tag}\n{number}{title}。\n{field}制定制度，开展专项检查，形成工作台账。\n"
        for tag, number, title in zip(tags, numbers, _TITLES, strict=True)
    )


# A tag alone above its problem, whatever its bracket, its words and the problem's numbering.
@pytest.mark.parametrize(
    ("tags", "numbers", "field"),
    [
        (["［已整改］", "［正在推进］", "［已整改］", "［持续推进］"], ["1、", "2、", "3、", "4、"], "整改措施："),
        (["〔已办结〕", "〔整改中〕", "〔长期坚持〕", "〔已办结〕"], ["(1)", "(2)", "(3)", "(4)"], "整改进展："),
        (["(已完成)", "(已完成)", "(推进中)", "(已完成)"], ["（一）", "（二）", "（三）", "（四）"], ""),
        (["【已销号】", "【序时推进】", "【已销号】", "【已完成并长期坚持】"], ["1.", "2.", "3.", "4."], "落实情况："),
    ],
)
def test_a_tag_alone_governs_the_problem_after_it(tags: list[str], numbers: list[str], field: str) -> None:
    notice = parse_notice(_HEAD + _tagged(tags, numbers, field) + _TAIL)
    want = [
        "done_longterm" if "长期" in t else "in_progress" if any(w in t for w in ("推进", "中")) else "done"
        for t in tags
    ]
    assert [it.title for it in notice.items] == _TITLES
    assert [it.status for it in notice.items] == want


# A problem's headline whose closing bracket a page's width put on a line of its own (第1项:针对“…”的问题 | 〔已整改〕),
# its measures numbered afresh under it (〔一〕…〔二〕…): the tag is that headline's, the points its measures (held-out
# draws 76000606, 75000317, 86000320). Problems tagged first count on; points restarting at one under each never do.
@pytest.mark.parametrize(
    ("tag", "points"), [("〔{}〕", ("〔一〕", "〔二〕")), ("【{}】", ("(一)", "(二)")), ("({})", ("1.", "2."))]
)
def test_a_wrapped_headlines_own_tag_over_measures_numbered_afresh_stays_the_headlines(
    tag: str, points: tuple[str, str]
) -> None:
    statuses = ["已整改", "正在整改", "已整改"]
    body = "".join(
        f"第{n}项:针对“{title}”的问题\n{tag.format(status)}\n"
        f"{points[0]}对相关责任人进行提醒谈话。\n{points[1]}建立定期调度机制。\n"
        for n, title, status in zip((1, 2, 3), _TITLES, statuses, strict=False)
    )
    notice = parse_notice(_HEAD + body + _TAIL)
    assert [it.title for it in notice.items] == _TITLES[:3]
    assert [it.status for it in notice.items] == ["done", "in_progress", "done"]


_ROWS = [
    ("已完成", "党组会议研究巡察整改不经常", "修订议事规则"),
    ("推进中", "闲置资产未及时处置", "2处资产正在办理处置手续"),
    ("已完成", "经费支出审批手续不完备", "补正审批手续"),
]
_WANT = ["done", "in_progress", "done"]


# A status-first ledger a cell a line, under other column names and with a column more.
@pytest.mark.parametrize(
    "header",
    [
        ["完成情况", "编号", "存在问题", "整改措施"],
        ["进展情况", "序号", "巡察反馈问题", "整改措施", "责任单位"],
        ["整改进度", "序号", "问题描述", "整改落实情况"],
    ],
)
def test_a_status_first_ledger_a_cell_a_line(header: list[str]) -> None:
    cells = list(header)
    for n, (status, problem, measure) in enumerate(_ROWS, 1):
        cells += [status, str(n), problem, measure] + (["办公室"] if len(header) == 5 else [])
    notice = parse_notice(_HEAD + "\n".join(cells) + "\n三、下一步工作打算\n持续巩固整改成果。\n" + _TAIL)
    assert [it.title for it in notice.items] == [p for _, p, _ in _ROWS]
    assert [it.status for it in notice.items] == _WANT


# A status-first ledger aligned by spaces, under other column names and with a column more.
@pytest.mark.parametrize(
    "header",
    [
        ["完成情况", "编号", "存在问题", "整改措施"],
        ["进展情况", "序号", "反馈问题", "整改措施", "完成时限"],
    ],
)
def test_a_status_first_ledger_aligned_by_spaces(header: list[str]) -> None:
    def line(cells: list[str]) -> str:
        widths = [10, 6, 32, 30, 12]
        return "".join(
            c + " " * (w - 2 * len(c) if w - 2 * len(c) >= 2 else 2)
            for c, w in zip(cells, widths[: len(cells)], strict=True)
        )

    rows = [line(header)]
    for n, (status, problem, measure) in enumerate(_ROWS, 1):
        rows.append(line([status, str(n), problem, measure] + (["2025年6月"] if len(header) == 5 else [])))
    notice = parse_notice(_HEAD + "\n".join(rows) + "\n三、下一步工作打算\n持续巩固整改成果。\n" + _TAIL)
    assert [it.title for it in notice.items] == [p for _, p, _ in _ROWS]
    assert [it.status for it in notice.items] == _WANT


# A fixed-width view wraps a long cell inside its column: the rest, on a line of its own, stays with its cell.
def test_a_status_first_ledger_aligned_by_spaces_with_wrapped_cells() -> None:
    table = (
        "进展情况    序号    反馈问题                        整改措施\n"
        "已完成      1       党组会议研究巡察整改不经常      修订议事规则，每季度\n"
        "                                                    专题研究一次\n"
        "推进中      2       闲置资产未及时处置，2处房产     2处资产正在办理\n"
        "                    长期闲置                        处置手续\n"
        "已完成      3       经费支出审批手续不完备          补正审批手续\n"
    )
    notice = parse_notice(_HEAD + table + "三、下一步工作打算\n持续巩固整改成果。\n" + _TAIL)
    assert [it.title for it in notice.items] == [
        "党组会议研究巡察整改不经常",
        "闲置资产未及时处置,2处房产长期闲置",
        "经费支出审批手续不完备",
    ]
    assert [it.status for it in notice.items] == _WANT
