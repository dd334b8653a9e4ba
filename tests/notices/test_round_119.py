"""Round 119's classes (issue 19): ledgers pasted as text in the forms tools produce, each with members the round's
notices do not print."""

from __future__ import annotations

import unicodedata

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县某局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第二巡察组对县某局党组进行了巡察。现将整改进展情况予以通报。\n"
    "一、整改总体情况\n"
    "{claims}\n"
    "二、整改落实情况\n"
)
_TAIL = "三、下一步工作打算\n局党组将持续抓好整改落实。\n中共某某县某局党组\n2024年11月20日\n"

# three problems, each wrapped over lines in a drawn table, and their statuses
_ROWS = [
    (
        "1",
        "理论学习中心组学习制度执行不严格，集体学习次数不足",
        "修订学习制度，制定年度学习计划，按月开展集体学习",
        "已办结",
    ),
    (
        "2",
        "项目资金拨付不及时，个别项目资金沉淀时间较长",
        "清理沉淀资金，建立资金拨付定期调度机制，剩余资金正在拨付",
        "推进中",
    ),
    (
        "3",
        "干部档案管理不规范，部分档案材料缺失较多",
        "开展专项审核，补齐缺失材料，建立材料归档制度",
        "已完成，长期坚持",
    ),
]
_WANT = [
    ("1", "理论学习中心组学习制度执行不严格,集体学习次数不足", "done"),
    ("2", "项目资金拨付不及时,个别项目资金沉淀时间较长", "in_progress"),
    ("3", "干部档案管理不规范,部分档案材料缺失较多", "done_longterm"),
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if _width(line + ch) > width and ch not in "，。；":
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def _drawn(strokes: str, header: list[str], rules_between_rows: bool) -> str:
    """The table drawn with strokes: corners and joints ┌┬┐├┼┤└┴┘, then the line and the bar (as console tools do)."""
    tl, tm, tr, ml, mm, mr, bl, bm, br, h, v = strokes
    widths = [4, 24, 24, 8]

    def rule(left: str, mid: str, right: str) -> str:
        return left + mid.join(h * (w + 2) for w in widths) + right

    def row(cells: list[str]) -> list[str]:
        wrapped = [_wrap(c, w) for c, w in zip(cells, widths, strict=True)]
        height = max(map(len, wrapped))
        return [
            v
            + v.join(
                f" {(p[k] if k < len(p) else '')}{' ' * (w - _width(p[k] if k < len(p) else ''))} "
                for p, w in zip(wrapped, widths, strict=True)
            )
            + v
            for k in range(height)
        ]

    out = [rule(tl, tm, tr), *row(header), rule(ml, mm, mr)]
    for n, cells in enumerate(_ROWS):
        if n and rules_between_rows:
            out.append(rule(ml, mm, mr))
        out += row(list(cells))
    return "\n".join([*out, rule(bl, bm, br)]) + "\n"


# A table drawn with lines (console tools, converters, an AI assistant's answer in a code block): light, heavy, double
# or rounded strokes, or an ASCII grid; a rule between every two rows or only under the header; cells wrapped over
# lines inside their column. Each row is read as one problem with its cells joined.
@pytest.mark.parametrize(
    ("strokes", "header", "between"),
    [
        pytest.param("┏┳┓┣╋┫┗┻┛━┃", ["序号", "巡察反馈问题", "整改落实情况", "整改进度"], True, id="heavy"),
        pytest.param("╔╦╗╠╬╣╚╩╝═║", ["编号", "存在的问题", "整改措施", "完成情况"], True, id="double"),
        pytest.param("╭┬╮├┼┤╰┴╯─│", ["序号", "问题描述", "整改举措", "整改状态"], False, id="rounded-header-rule-only"),
        pytest.param("+++++++++-|", ["序号", "反馈问题", "整改措施", "完成情况"], True, id="ascii-grid"),
        pytest.param("+++++++++-|", ["序号", "主要问题", "整改情况", "完成进度"], False, id="ascii-header-rule-only"),
    ],
)
def test_a_drawn_table_reads_a_problem_a_row(strokes: str, header: list[str], between: bool) -> None:
    claims = "反馈问题3个，已完成整改2个，正在推进1个。"
    notice = parse_notice(_HEAD.format(claims=claims) + _drawn(strokes, header, between) + _TAIL)
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT


def test_a_drawn_table_read_with_a_blank_line_after_every_line() -> None:
    claims = "反馈问题3个，已完成整改2个，正在推进1个。"
    text = _HEAD.format(claims=claims) + _drawn("┌┬┐├┼┤└┴┘─│", ["序号", "问题", "措施", "进展"], True) + _TAIL
    notice = parse_notice("\n\n".join(text.split("\n")))
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT


# A Markdown table without its outer pipes (GFM allows them out; some editors export so), known by the delimiter row
# under its header, in any of its spellings.
@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        pytest.param("序号 | 反馈问题 | 整改措施 | 整改进度", ":---|:---|:---|:---:", id="aligned"),
        pytest.param("编号 | 存在问题 | 整改情况 | 完成情况", "--- | --- | --- | ---", id="spaced"),
        pytest.param("序号|问题描述|整改举措|整改状态", "-|-|-|-", id="tight"),
    ],
)
def test_a_pipe_table_without_outer_pipes(header: str, delimiter: str) -> None:
    rows = "\n".join(" | ".join(cells) for cells in _ROWS)
    claims = "反馈问题3个，已完成整改2个，正在推进1个。"
    notice = parse_notice(_HEAD.format(claims=claims) + f"{header}\n{delimiter}\n{rows}\n\n" + _TAIL)
    assert [(i.label, i.title, i.status) for i in notice.items] == _WANT


# A PDF copied with pdftotext -layout prints the next page's running header (the notice's title, its body's name, a
# 文件 line) after the page's footer, set in from the margin, in the middle of the table: no cell's piece.
@pytest.mark.parametrize(
    "running",
    [
        pytest.param("某某县某局党组关于巡察整改进展情况的通报", id="title"),
        pytest.param("中共某某县某局党组文件（2024）", id="wenjian"),
        pytest.param("县某局党组巡察反馈意见整改进展情况", id="short-title"),
    ],
)
def test_a_running_header_between_a_space_tables_rows(running: str) -> None:
    def line(seq: str, problem: str, measure: str, status: str) -> str:
        cells = [(0, seq), (6, problem), (40, measure), (76, status)]
        out = ""
        for start, text in cells:
            if text:
                out += " " * max(start - _width(out), 1 if out else 0) + text
        return out

    table = [
        line("序号", "存在问题", "整改措施", "完成情况"),
        line("1", "理论学习中心组学习制度执", "修订学习制度，按月开展集", "已办结"),
        line("", "行不严格。", "体学习。", ""),
        line("2", "项目资金拨付不及时，个别", "清理沉淀资金，剩余资金正", "推进中"),
        "",
        " " * 30 + "— 1 —",
        "\f" + " " * 16 + running,
        "",
        line("", "项目资金沉淀时间较长。", "在拨付。", ""),
        line("3", "干部档案管理不规范。", "开展专项审核，补齐材料。", "已完成"),
    ]
    claims = "反馈问题3个，已完成整改2个，正在推进1个。"
    notice = parse_notice(_HEAD.format(claims=claims) + "\n".join(table) + "\n\n" + _TAIL)
    assert [i.title for i in notice.items] == [
        "理论学习中心组学习制度执行不严格",
        "项目资金拨付不及时,个别项目资金沉淀时间较长",
        "干部档案管理不规范",
    ]


# A long-term count after 其中 right behind the done count is a part of it, as the same words in parentheses are: the
# done count holds the problems kept up, and no problem is missing from it.
@pytest.mark.parametrize(
    "claims",
    [
        pytest.param("反馈问题3个，已办结2个，其中长期坚持1个；正在推进1个。", id="banjie-qizhong-changqi"),
        pytest.param("反馈问题3个，已整改到位2个，其中1个需长期坚持，1个正在推进。", id="daowei-qizhong-count-first"),
        pytest.param(
            "反馈问题3个，已完成的问题2个，其中常态化推进的1个；推进中1个。", id="wancheng-qizhong-changtaihua"
        ),
    ],
)
def test_a_longterm_part_of_the_done_count(claims: str) -> None:
    rows = "\n".join(f"{n}.{problem}\n整改情况：{measure}。{status}。" for n, problem, measure, status in _ROWS)
    notice = parse_notice(_HEAD.format(claims=claims) + rows + "\n" + _TAIL)
    assert [i.status for i in notice.items] == ["done", "in_progress", "done_longterm"]
    assert (notice.claimed.completed, notice.claimed.longterm) == (2, None)
    assert not notice.warnings
