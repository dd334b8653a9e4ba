"""Round 102's classes (issue 19: Word files as people forward them, part two), each with members the round's
notices do not print: tracked changes left in, content controls and other wrappers around paragraphs, tables, rows
and cells, a table nested in a cell, a form's ticked choice of status, the count of problems after the verb that
spreads them over the aspects, and Word's non-breaking hyphen."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from notices import parse_bytes
from notices.header import read_claims

_NS = nsdecls("w", "w14")
_REV = 'w:id="{n}" w:author="办公室" w:date="2024-12-10T09:00:00Z"'


def _t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*content: str) -> str:
    """A paragraph: a str opening with '<' is raw run-level XML, any other a plain run."""
    return "<w:p>" + "".join(c if c.startswith("<") else _t(c) for c in content) + "</w:p>"


def _ins(text: str, n: int = 1) -> str:
    return f"<w:ins {_REV.format(n=n)}>{_t(text)}</w:ins>"


def _del(text: str, n: int = 2) -> str:
    return f'<w:del {_REV.format(n=n)}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def _sdt(inner: str, alias: str = "整改状态") -> str:
    properties = f'<w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="7"/></w:sdtPr>'
    return f"<w:sdt>{properties}<w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def _cell(content: str) -> str:
    return f"<w:tc>{content if content.startswith('<w:') and not content.startswith('<w:r>') else _p(content)}</w:tc>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(_cell(c) for c in cells) + "</w:tr>"


def _table(*rows: str, cols: int = 4) -> str:
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * cols + "</w:tblGrid>"
    return f"<w:tbl>{grid}{''.join(rows)}</w:tbl>"


def _docx(*blocks: str) -> bytes:
    """A .docx whose body holds the blocks (paragraphs, tables, content controls) in order."""
    document = docx.Document()
    body = document.element.body
    section = body[-1]
    for child in list(parse_xml(f"<w:body {_NS}>{''.join(blocks)}</w:body>")):
        section.addprevious(child)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_HEAD = (
    _p("中共某县某局党组关于县委巡察反馈意见整改进展情况的通报"),
    _p("根据县委统一部署，2024年3月4日至4月30日，县委第二巡察组对县某局党组进行了巡察，2024年6月3日反馈了巡察意见。"),
    _p("二、巡察反馈问题整改情况"),
)
_LEDGER_HEAD = _row("序号", "存在问题", "整改措施", "整改状态")
_PROBLEMS = ("财务报销审批手续不全", "干部教育培训针对性不强", "档案管理不规范")


def _statuses(*blocks: str) -> list[tuple[str, str]]:
    notice = parse_bytes(_docx(*_HEAD, *blocks), "notice.docx")
    return [(i.title, i.status) for i in notice.items]


# Text moved away by a tracked move (w:moveFrom, struck through where it stood) is not the notice's; the moved text
# stands where it was moved to (w:moveTo). A status paragraph, a title's clause or a sentence of facts moved between
# problems must be read only at its new place.
def _move(kind: str, text: str) -> str:
    return (
        f'<w:{kind}RangeStart {_REV.format(n=11)} w:name="move1"/><w:{kind} {_REV.format(n=12)}>{_t(text)}</w:{kind}>'
        f'<w:{kind}RangeEnd w:id="11"/>'
    )


@pytest.mark.parametrize(
    ("moved", "first", "second"),
    [
        ("整改情况：正在整改中。", "done", "in_progress"),
        ("整改情况：尚未完成。", "done", "in_progress"),
        ("整改情况：持续推进中。", "done", "in_progress"),
    ],
)
def test_text_moved_away_is_read_only_where_it_was_moved_to(moved: str, first: str, second: str) -> None:
    got = _statuses(
        _p("1.财务报销审批手续不全。"),
        _p(_move("moveFrom", moved)),
        _p("整改情况：已完成。修订财务报销制度。"),
        _p("2.干部教育培训针对性不强。"),
        _p(_move("moveTo", moved)),
        _p("制定年度培训计划。"),
    )
    assert got == [("财务报销审批手续不全", first), ("干部教育培训针对性不强", second)]


# A ledger's cell changed with Track Changes on (the status 正在推进 deleted and 已完成 inserted, a date corrected):
# the inserted text is the cell's value, the deleted text is not.
@pytest.mark.parametrize(
    ("cell", "status"),
    [
        (_del("正在推进") + _ins("已完成"), "done"),
        (_del("正在整改") + _ins("已整改到位"), "done"),
        (_ins("已完成，长期坚持"), "done_longterm"),
    ],
)
def test_a_tracked_insertion_in_a_ledger_cell_is_its_value(cell: str, status: str) -> None:
    table = _table(
        _LEDGER_HEAD,
        _row("1", _PROBLEMS[0], "修订财务报销制度。", "<w:p>" + cell + "</w:p>"),
        _row("2", _PROBLEMS[1], "制定年度培训计划。", "正在推进"),
    )
    assert _statuses(table) == [(_PROBLEMS[0], status), (_PROBLEMS[1], "in_progress")]


# Content controls (w:sdt) a template leaves around what the writer typed: around paragraphs (an aspect with its
# problems), around the whole ledger, around one row (a repeating section), around a cell, and around a status
# (a drop-down list control in the status cell). The wrapped text is the notice's, in its place.
def _ledger(status_cell: str = "已完成", wrap_row: bool = False, wrap_cell: bool = False) -> str:
    first = _row("1", _PROBLEMS[0], "修订财务报销制度。", status_cell)
    if wrap_cell:
        first = first.replace(f"<w:tc>{_p(status_cell)}</w:tc>", _sdt(f"<w:tc>{_p(status_cell)}</w:tc>"))
    second = _row("2", _PROBLEMS[1], "制定年度培训计划。", "正在推进")
    return _table(_LEDGER_HEAD, _sdt(first, "整改事项") if wrap_row else first, second)


@pytest.mark.parametrize(
    "blocks",
    [
        pytest.param([_sdt(_ledger(), "整改台账")], id="table"),
        pytest.param([_ledger(wrap_row=True)], id="row"),
        pytest.param([_ledger(wrap_cell=True)], id="cell"),
        pytest.param([_ledger("<w:p>" + _sdt(_t("已完成")) + "</w:p>")], id="drop-down"),
    ],
)
def test_a_ledger_in_content_controls_is_read(blocks: list[str]) -> None:
    assert _statuses(*blocks) == [(_PROBLEMS[0], "done"), (_PROBLEMS[1], "in_progress")]


@pytest.mark.parametrize(
    "wrap",
    [
        lambda inner: _sdt(inner, "巡察反馈问题"),
        lambda inner: f'<w:customXml w:uri="urn:notice" w:element="aspect">{inner}</w:customXml>',
        lambda inner: _sdt(_sdt(inner, "问题"), "方面"),
    ],
)
def test_paragraphs_in_block_wrappers_are_read(wrap) -> None:  # type: ignore[no-untyped-def]
    inner = (
        _p("（一）落实全面从严治党方面")
        + _p("1.财务报销审批手续不全（已完成）")
        + _p("修订财务报销制度。")
        + _p("2.干部教育培训针对性不强（正在推进）")
    )
    assert _statuses(wrap(inner)) == [(_PROBLEMS[0], "done"), (_PROBLEMS[1], "in_progress")]


# A simple field (w:fldSimple) shows its result (a ledger filled by mail merge keeps each cell's MERGEFIELD around
# the merged text); a template's customXml element and a smart tag show the text they wrap; in a ledger's cells as in
# its paragraphs.
_MERGED = '<w:p><w:fldSimple w:instr=" MERGEFIELD 存在问题 ">' + _t(_PROBLEMS[0]) + "</w:fldSimple></w:p>"


@pytest.mark.parametrize(
    ("problem", "status"),
    [
        (_MERGED, "已完成"),
        (
            _PROBLEMS[0],
            '<w:p><w:customXml w:uri="urn:notice" w:element="status">' + _t("已完成") + "</w:customXml></w:p>",
        ),
        (
            _PROBLEMS[0],
            '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
            + _t("已完成")
            + "</w:smartTag></w:p>",
        ),
    ],
)
def test_fields_and_wrappers_in_cells_show_their_text(problem: str, status: str) -> None:
    table = _table(
        _LEDGER_HEAD,
        _row("1", problem, "修订财务报销制度。", status),
        _row("2", _PROBLEMS[1], "制定年度培训计划。", "正在推进"),
    )
    assert _statuses(table) == [(_PROBLEMS[0], "done"), (_PROBLEMS[1], "in_progress")]


# A table nested in a ledger's measures cell (the steps by month, the work of each unit) is the cell's text: what it
# says of work still to do (正在招标中, 待…审批) counts as the cell's other sentences do.
@pytest.mark.parametrize(
    "step",
    ["设备采购正在招标中", "改造方案待县政府审批", "系统正在联调测试"],
)
def test_a_table_nested_in_a_cell_is_the_cells_text(step: str) -> None:
    nested = _table(_row("步骤", "进展"), _row("制度修订", "已印发"), _row("平台建设", step), cols=2)
    table = _table(
        _LEDGER_HEAD,
        _row("1", _PROBLEMS[0], "<w:p>" + _t("分两步整改：") + "</w:p>" + nested + _p(""), "已完成"),
        _row("2", _PROBLEMS[1], "制定年度培训计划。", "已完成"),
    )
    notice = parse_bytes(_docx(*_HEAD, table), "notice.docx")
    assert [i.pending for i in notice.items] == [True, False]


# A form's choice of status, each word behind a box: the ticked word is the status (Word's checkbox content control
# shows ☒ by default, ☑ where the template chose it; a printed form ticks ■ against □), the unticked words state
# nothing; whether pasted as text or kept in the Word file.
_TEXT_LEDGER = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第二巡察组对县某局党组进行了巡察，2024年6月3日反馈了巡察意见。\n"
    "序号\t存在问题\t整改措施\t整改状态\n"
    "1\t财务报销审批手续不全\t修订财务报销制度。\t{0}\n"
    "2\t干部教育培训针对性不强\t制定年度培训计划。\t{1}\n"
    "3\t档案管理不规范\t开展档案清理。\t{2}\n"
)


@pytest.mark.parametrize(
    ("cells", "statuses"),
    [
        (("☒已完成 ☐正在推进", "☐已完成 ☒正在推进", "☒已完成 ☐正在推进"), ["done", "in_progress", "done"]),
        (("■已完成 □正在推进", "□已完成 ■正在推进", "■已完成 □正在推进"), ["done", "in_progress", "done"]),
        (("□正在整改 ☑已整改到位", "☑正在整改 □已整改到位", "□正在整改 ☑已整改到位"), ["done", "in_progress", "done"]),
        (("☑已完成 ☐未完成", "☑已完成 ☐未完成", "☐已完成 ☑未完成"), ["done", "done", "in_progress"]),
    ],
)
def test_the_ticked_word_of_a_forms_choice_is_the_status(cells: tuple[str, str, str], statuses: list[str]) -> None:
    notice = parse_bytes(_TEXT_LEDGER.format(*cells).encode(), "notice.txt")
    assert [i.status for i in notice.items] == statuses


def _checkbox(word: str, ticked: bool, glyphs: str = "☒☐") -> str:
    box = (
        '<w:sdt><w:sdtPr><w:id w:val="9"/><w14:checkbox>'
        f'<w14:checked w14:val="{int(ticked)}"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent>{_t(glyphs[0] if ticked else glyphs[1])}</w:sdtContent></w:sdt>"
    )
    return box + _t(word + " ")


@pytest.mark.parametrize("glyphs", ["☒☐", "☑☐", "■□"])
def test_checkbox_content_controls_in_a_status_cell(glyphs: str) -> None:
    def cell(done: bool) -> str:
        return "<w:p>" + _checkbox("已完成", done, glyphs) + _checkbox("正在推进", not done, glyphs) + "</w:p>"

    table = _table(
        _LEDGER_HEAD,
        _row("1", _PROBLEMS[0], "修订财务报销制度。", cell(True)),
        _row("2", _PROBLEMS[1], "制定年度培训计划。", cell(False)),
        _row("3", _PROBLEMS[2], "开展档案清理。", cell(True)),
    )
    assert [s for _, s in _statuses(table)] == ["done", "in_progress", "done"]


# The count of problems after the verb that spreads them over the aspects, the noun told once before both counts
# (巡察反馈问题涉及3个方面共6个: a town's framing paragraph, round 102); the measures or tasks counted so are not
# problems.
@pytest.mark.parametrize(
    ("sentence", "problems"),
    [
        ("巡察反馈问题分布在4个方面，共12个，已全部整改到位。", 12),
        ("市委巡察组反馈问题分属三个方面共九个。", 9),
        ("巡察反馈的问题包括3个方面7个，目前已完成5个。", 7),
        ("反馈问题归为2个方面，共计8个。", 8),
    ],
)
def test_the_problems_counted_after_the_aspects_they_spread_over(sentence: str, problems: int) -> None:
    assert read_claims(sentence).problems == problems


# Word's non-breaking hyphen (w:noBreakHyphen, typed Ctrl+Shift+- where a number must not break over a line: a
# standard's number, a school year, a code) shows as a hyphen: a title citing one keeps it.
@pytest.mark.parametrize(
    ("before", "after", "title"),
    [
        ("档案整理未执行DA/T 22", "2015标准", "档案整理未执行DA/T 22-2015标准"),
        ("消防设施不符合GB 50016", "2014规范要求", "消防设施不符合GB 50016-2014规范要求"),
        ("部分班级2023", "2024学年教学检查记录不全", "部分班级2023-2024学年教学检查记录不全"),
    ],
)
def test_a_non_breaking_hyphen_is_a_hyphen(before: str, after: str, title: str) -> None:
    line = f'<w:p><w:r><w:t xml:space="preserve">1.{before}</w:t><w:noBreakHyphen/><w:t>{after}。</w:t></w:r></w:p>'
    assert _statuses(line, _p("整改情况：已完成。")) == [(title, "done")]
