"""A 整改台账 pasted as text reads as numbered problems in each form a page gives it (tabs, a cell per line, columns
aligned by spaces), and nothing that is not such a table is ever rewritten."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from notices import Notice, parse_bytes
from notices.tables import text_tables
from tests.conftest import DATA, SAMPLES

from .generator import AXES, TABLE_FORMS, generate
from .test_generated import differences

NOTICE = """中共宜春市袁州区教育体育局党组关于巡察整改进展情况的通报
根据区委统一部署，2024年5月6日至6月28日，区委第四巡察组对区教体局党组进行了巡察，8月15日反馈了巡察意见。现将整改进展情况公布如下。
一、巡察反馈问题整改情况
巡察反馈的4个问题，已完成整改2个，正在整改1个，需长期坚持1个。
{table}
二、下一步工作打算
局党组将对尚未完成的问题持续跟踪督办，确保按期整改到位。
中共宜春市袁州区教育体育局党组
2024年11月5日
"""
HEADER = ["序号", "存在问题", "整改措施", "责任单位", "完成时限", "整改情况"]
# Each cell as its lines: row 2's measures are two paragraphs of one cell.
ROWS = [
    ["1", "校外培训机构监管不到位", "开展校外培训专项治理，取缔无证机构6家", "基础教育股", "2024年10月31日", "已完成"],
    [
        "2",
        "学校食堂食品安全管理不规范",
        "1.建立食堂负责人陪餐制度；\n2.引入第三方检测，每季度抽检一次。",
        "后勤保障中心",
        "2024年12月底前",
        "正在推进",
    ],
    ["3", "教师职称评审程序不规范", "修订职称评审办法，评审结果全部公示", "人事股", "2024年9月30日", "已完成"],
    ["4", "师德师风建设存在薄弱环节", "开展师德师风专题教育，纳入教师年度考核", "教师工作股", "长期", "长期坚持"],
]
WANT = [
    ("1", "校外培训机构监管不到位", "done"),
    ("2", "学校食堂食品安全管理不规范", "in_progress"),
    ("3", "教师职称评审程序不规范", "done"),
    ("4", "师德师风建设存在薄弱环节", "done_longterm"),
]


def tabs(header: list[str] = HEADER) -> str:
    return "\n".join("\t".join(c.replace("\n", "") for c in row) for row in [header, *ROWS])


def cell_lines(sep: str = "\n", mark_after: int | None = None, header: list[str] = HEADER) -> str:
    """One cell a line (a cell of two paragraphs on two lines); a page mark after the line `mark_after`."""
    lines = [line for row in [header, *ROWS] for cell in row for line in cell.split("\n")]
    if mark_after is not None:
        lines.insert(mark_after, "- 2 -")
    return sep.join(lines)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pdf_line(cells: list[str], widths: list[int]) -> str:
    return "".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()


WIDTHS = [6, 26, 40, 14, 18, 10]


def aligned(repeat_header: bool = False, shift: int = 0, header: list[str] = HEADER) -> str:
    """A PDF's text layer: a row a line, long cells (row 2's problem and measures, row 4's) wrapped inside their
    columns onto the next line; optionally a page break (— 2 — and the header again) before row 3, and the
    wrapped pieces standing `shift` columns off their header."""
    pad = " " * shift
    lines = [
        pdf_line(header, WIDTHS),
        pdf_line(["1", "校外培训机构监管不到位", "开展校外培训专项治理，取缔无证机构6家", *ROWS[0][3:]], WIDTHS),
        pdf_line(["2", "学校食堂食品安全管理不", "1.建立食堂负责人陪餐制度；2.引入第三", *ROWS[1][3:]], WIDTHS),
        pad + pdf_line(["", "规范", "方检测，每季度抽检一次。", "", "", ""], WIDTHS),
    ]
    if repeat_header:
        lines += ["", "                                   — 2 —", "", pdf_line(header, WIDTHS)]
    lines += [
        pdf_line(["3", "教师职称评审程序不规范", "修订职称评审办法，评审结果全部公示", *ROWS[2][3:]], WIDTHS),
        pdf_line(["4", "师德师风建设存在薄弱", "开展师德师风专题教育，纳入教师年度", *ROWS[3][3:]], WIDTHS),
        pad + pdf_line(["", "环节", "考核", "", "", ""], WIDTHS),
    ]
    return "\n".join(lines)


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


def _fullwidth(text: str) -> str:
    return text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})


def _indent(text: str) -> str:
    return "\n".join("\u3000\u3000" + line for line in text.split("\n"))


def pipes(header: list[str] = HEADER) -> str:
    """A web page's table as its text extraction prints it, a page number between two rows."""
    lines = ["| " + " | ".join(c.replace("\n", "") for c in row) + " |" for row in [header, *ROWS]]
    return "\n".join([*lines[:3], "", "- 2 -", "", *lines[3:]])


TABLES: dict[str, Callable[[], str]] = {
    "tabs": tabs,
    "pipes": pipes,
    "cell_lines": cell_lines,
    "cell_lines_blank_between": lambda: cell_lines("\n\n"),
    "cell_lines_page_mark_in_a_row": lambda: cell_lines(mark_after=17),
    "cell_lines_indented": lambda: _indent(cell_lines()),
    "cell_lines_fullwidth": lambda: _fullwidth(cell_lines()),
    "aligned": aligned,
    "aligned_page_break": lambda: aligned(repeat_header=True),
    "aligned_wrap_off_by_one": lambda: aligned(shift=1),
    "aligned_header_wrapped": lambda: aligned(header=[*HEADER[:5], "整改完成"]).replace(
        "\n", "\n" + " " * sum(WIDTHS[:5]) + "情况\n", 1
    ),
    "aligned_indented": lambda: "\n".join("  " + line for line in aligned(repeat_header=True).split("\n")),
}


def parse(text: str) -> Notice:
    return parse_bytes(text.encode("utf-8"), "table.txt")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("form", list(TABLES))
def test_a_ledger_table_in_every_form_reads_as_its_problems(form: str, script: str) -> None:
    text = NOTICE.format(table=TABLES[form]())
    notice = parse(_traditional(text) if script == "traditional" else text)
    simplified = [(i.label, _simplified(i.title), i.status) for i in notice.items]
    assert simplified == WANT
    assert [i.status_source for i in notice.items] == ["item"] * 4
    measures = _simplified(notice.items[1].measures or "")
    assert "建立食堂负责人陪餐制度" in measures and "每季度抽检一次" in measures  # both paragraphs, nothing else
    assert "后勤保障中心" not in measures and "正在推进" not in measures
    assert notice.items[0].deadline == "2024-10-31"
    assert (notice.claimed.problems, notice.warnings) == (4, ())


def _simplified(text: str) -> str:
    import opencc

    return unicodedata.normalize("NFKC", str(opencc.OpenCC("t2s").convert(text))).replace(",", "，")


@pytest.mark.parametrize("name", ["问题", "问题内容", "巡察反馈问题", "巡视发现的问题", "存在的主要问题", "问题描述"])
@pytest.mark.parametrize("form", ["tabs", "pipes", "cell_lines", "aligned"])
def test_the_problem_column_under_the_names_the_genre_gives_it(form: str, name: str) -> None:
    header = [HEADER[0], name, *HEADER[2:]]
    table = {"tabs": tabs, "pipes": pipes, "cell_lines": cell_lines, "aligned": aligned}[form](header=header)
    assert [(i.label, i.title, i.status) for i in parse(NOTICE.format(table=table)).items] == WANT


def test_a_pdf_table_whose_cells_are_centred_in_their_rows() -> None:
    """Tables set with cells centred vertically: a row's number and short cells stand on its middle line, the
    longer cells' first lines above it. The lines above the first row say so; between two rows a column's pieces
    go on the row above while its cell fills its lines, then belong to the row below."""
    rows = [
        [[], [], ["开展校外培训专项治理，取缔无证"], [], [], []],
        [
            ["1"],
            ["校外培训机构监管不到位"],
            ["机构6家，建立校外培训长效监管"],
            ["基础教育股"],
            ["2024年10月31日"],
            ["已完成"],
        ],
        [[], [], ["机制。"], [], [], []],
        [
            ["2"],
            ["学校食堂食品安全管理不"],
            ["1.建立食堂负责人陪餐制度；2.引"],
            ["后勤保障中心"],
            ["2024年12月底前"],
            ["正在推进"],
        ],
        [[], ["规范"], ["入第三方检测，每季度抽检一次。"], [], [], []],
        [[], [], ["修订职称评审办法，评审结果全部"], [], [], []],
        [["3"], ["职称评审程序不规范"], ["公示。"], ["人事股"], ["2024年9月30日"], ["已完成"]],
        [[], ["师德师风建设存在薄弱"], ["开展师德师风专题教育，纳入教师"], [], [], []],
        [["4"], ["环节"], ["年度考核，建立师德失范行为通报"], ["教师工作股"], ["长期"], ["长期坚持"]],
        [[], [], ["制度。"], [], [], []],
    ]
    lines = [pdf_line(HEADER, WIDTHS)] + [pdf_line([c[-1] if c else "" for c in row], WIDTHS) for row in rows]
    notice = parse(NOTICE.format(table="\n".join(lines)))
    want = [*WANT[:2], ("3", "职称评审程序不规范", "done"), WANT[3]]
    assert [(i.label, i.title, i.status) for i in notice.items] == want
    measures = [
        "开展校外培训专项治理，取缔无证机构6家，建立校外培训长效监管机制。",
        "1.建立食堂负责人陪餐制度；2.引入第三方检测，每季度抽检一次。",
        "修订职称评审办法，评审结果全部公示。",
        "开展师德师风专题教育，纳入教师年度考核，建立师德失范行为通报制度。",
    ]
    assert [_simplified(i.measures or "") for i in notice.items] == [_simplified(m) for m in measures]


STATUS_CELLS = [
    ("整改情况", "已完成", "done"),
    ("完成情况", "已整改到位", "done"),
    ("整改进展", "基本完成", "in_progress"),
    ("整改状态", "未完成", "in_progress"),
    ("整改进度", "正在推进", "in_progress"),
    ("是否完成", "是", "done"),
    ("是否完成", "否", "in_progress"),
    ("是否销号", "已销号", "done"),  # a yes/no column answered in status words
    ("是否完成", "√", "done"),  # and with a tick
    ("整改情况", "长期坚持", "done_longterm"),
]


@pytest.mark.parametrize(("column", "value", "status"), STATUS_CELLS)
@pytest.mark.parametrize("form", ["tabs", "pipes", "cell_lines", "aligned"])
def test_a_status_column_in_the_words_of_the_genre(form: str, column: str, value: str, status: str) -> None:
    header = [*HEADER[:5], column]
    table = {"tabs": tabs, "pipes": pipes, "cell_lines": cell_lines, "aligned": aligned}[form](header=header)
    table = table.replace("正在推进", value)  # row 2's status cell
    items = parse(NOTICE.format(table=table)).items
    assert [(i.label, i.title) for i in items] == [(label, title) for label, title, _ in WANT]
    assert (items[1].status, items[1].status_source) == (status, "item")


def test_a_web_page_whose_problems_are_in_a_table() -> None:
    """A page's HTML table, as the page's text extraction prints it (| 序号 | 问题 | … |), reads as its problems."""
    cells = "".join(
        "<tr>" + "".join(f"<td>{c.replace(chr(10), '')}</td>" for c in row) + "</tr>" for row in [HEADER, *ROWS]
    )
    head, tail = NOTICE.split("{table}")
    paragraphs = "".join(f"<p>{line}</p>" for line in head.strip().split("\n"))
    page = f"<html><body><article>{paragraphs}<table>{cells}</table>"
    page += "".join(f"<p>{line}</p>" for line in tail.strip().split("\n")) + "</article></body></html>"
    notice = parse_bytes(page.encode("utf-8"), "notice.html")
    assert [(i.label, i.title, i.status) for i in notice.items] == WANT
    assert notice.items[0].deadline == "2024-10-31"


def test_a_cell_that_was_left_empty_takes_no_line() -> None:
    """A web table copied cell by cell drops an empty cell: the row's other cells still land in their columns."""
    lines = cell_lines().split("\n")
    lines.remove("人事股")  # row 3 names no one
    notice = parse(NOTICE.format(table="\n".join(lines)))
    assert [(i.label, i.title, i.status) for i in notice.items] == WANT
    assert notice.items[2].deadline == "2024-09-30"


def test_rows_numbered_on_from_a_table_above() -> None:
    """Tables per aspect number their rows on (1–2 under the first heading, 3–4 under the second)."""
    first = cell_lines().split("\n4\n")[0].split("\n3\n")[0]
    second = "\n".join(HEADER) + "\n3\n" + cell_lines().split("\n3\n")[1]
    text = NOTICE.format(table=f"（一）教育管理方面\n{first}\n（二）队伍建设方面\n{second}")
    notice = parse(text.replace("巡察反馈的4个问题", "巡察反馈的2个方面4个问题"))
    assert [(i.label, i.title, i.status) for i in notice.items] == WANT
    assert [i.aspect for i in notice.items] == ["(一)教育管理方面"] * 2 + ["(二)队伍建设方面"] * 2


# Text that is not a table of problems, though it has a 序号 line, short lines or runs of spaces.
NOT_TABLES = {
    "double_spaces": "根据区委统一部署，  区委第四巡察组  对区教体局党组进行了巡察。\n1  一是加强学习。  二是建制。",
    "people_list": "序号  姓名    职务\n1     张三    局长\n2     李四    副局长",
    "short_lines_after_seq": "序号\n张三\n李四\n1\n王五",
    "header_without_rows": "序号  存在问题  整改措施  整改情况\n（无）\n欢迎监督。",
    "cell_header_without_rows": "序号\n存在问题\n整改措施\n整改情况\n欢迎监督。",
    "no_seq_column": "存在问题\n整改措施\n整改情况\n1\n问题一\n措施一\n已完成",
    "number_field": "编号：2024-05\n序号  问题",
    "menu_in_pipes": "| 首页 | 新闻中心 | 通知公告 |\n| 巡察工作 | 问题 | 整改 |\n正文",
    "pipes_without_header": "| 1 | 统计数据质量核查不到位 | 已完成 |",
}


@pytest.mark.parametrize("text", list(NOT_TABLES.values()), ids=list(NOT_TABLES))
def test_text_that_is_no_table_is_left_as_it_is(text: str) -> None:
    assert text_tables(text) == text


def _notices() -> list[Path]:
    table_files = {
        "chengtou_table_cell_lines.txt",
        "yuanhui_pdf_space_table.txt",
        "linying_table.txt",
        "minqing_propaganda_four_units_tab_table_status_column.txt",  # a tab table, its unit column merged
        "ycit_college_yes_no_table.txt",
        "xiangyang_hospital_roman_bracket_fields.txt",
        "xuancheng_hospital_field_numbered.txt",
        "hainan_bureau_problem_rectify_pairs.txt",  # 问题：/整改： records, numbered as a ledger's rows
        "cdacdg_soe_status_column.txt",  # a group's table with a 完成情况 column
        "tianshui_hospital_progress_column.txt",  # a hospital's table with a 整改进展 column
        "dongying_bigdata_merged_category_table.txt",  # a bureau's table whose 问题类别 is a merged cell
        "ecnu_university_tab_table_status_column.txt",  # a university's table in tab-separated rows, 整改状态 last
        "nanguan_street_ledger_attached_after_signature.txt",  # a ledger attached after the signature, aspect rows
        "quyuan_zone_closing_xiaohao_table.txt",  # a closing table of statuses by problem number
        "wbq_community_tick_columns_merged_classes.txt",  # a ledger whose status is a tick in one of three columns
        "r19_guangzhou_housing_tab_rows.txt",  # a table whose 问题类别 cells are the problems, its areas rows
        "r20_wujiagang_court_ledger_category_first_row.txt",  # a court's ledger, its 问题类别 a merged cell
        "r22_chengdu_media_group_table.txt",  # a media group's tab table, 完成情况 last
        "r27_suzhou_arts_college_attached_ledger.txt",  # a ledger attached after the signature, long area rows
        "r28_shuangpai_county_ledger_tab_rows.txt",  # a county's ledger in tab rows, its areas rows, 完成情况 last
        "r30_lianyungang_transport_tab_ledger.txt",  # a bureau's tab ledger, 整改情况 last
        "r30_liangcheng_street_cell_lines.txt",  # a street office's Word table pasted a cell per line
        "r30_junchuan_town_wechat_pipe_rows.txt",  # a town's | rows in a WeChat article
        "r30_shucheng_hospital_space_columns.txt",  # a hospital's PDF 一览表 aligned by spaces, with 问题类别
        "r34_weibin_npc_branch_tab_ledger.txt",  # a district 人大机关 branch's tab ledger, its class on every row
        "r36_wetland_museum_tab_ledger_area_rows.txt",  # a museum's Word table pasted with tabs, its areas rows
        "r38_yichun_agriculture_black_soil_tab_ledger.txt",  # a city bureau's tab ledger under a special inspection
        "r40_dongxin_farm_group_inspection_tab_ledger.txt",  # a farm company's tab ledger, its areas rows
        "r41_cee_finance_company_tab_ledger_class_column.txt",  # a finance company's tab ledger, its class merged
        "r43_fujian_sports_college_tab_ledger.txt",  # a college's tab ledger under 省委巡视, its areas rows
        "r45_kaiyuan_health_bureau_duizhang_xiaohao_tab_ledger.txt",  # a bureau's 对账销号表, its areas rows
        "r46_jiangjin_bailin_town_color_warning_cell_lines.txt",  # a town's ledger a cell per line, its areas rows
        "r46_tongguan_medical_insurance_pipe_table.txt",  # a bureau's markdown | table with its --- rule
        "r46_cangxi_guquan_village_space_columns_gongshi.txt",  # a village's 公示, rows with cells apart by spaces
        "r47_xuelian_community_tab_table_blank_cell.txt",  # a community's 公示 tab table, one status cell blank
        "r51_qianyang_cuijiatou_town_huitoukan_tab_table.txt",  # a town's 公示 tab table, its last status cell blank
        "r52_chengdu_gongmao_college_huitoukan_xiaohao_tab_table.txt",  # a college's 回头看 tab table, 持续销号 cells
        "r53_sinomach_tiangongyuan_ledger_table.txt",  # an institute's tab 整改台账 under its group's 巡察, areas rows
        "r55_banner_xunshi_dispatch_table_blank_status.txt",  # a 旗's 调度表 in tab rows, its last status cell blank
        "r58_university_materials_college_tab_table_yizhenggai.txt",  # a 学院's tab table, its 方面 rows between
        "r59_inner_mongolia_baita_grain_depot_tab_table_status_column.txt",  # a depot company's tab table, status last
        "r62_xindu_court_news_tab_table_status_column.txt",  # a court's tab table attached to news, status last
        "r64_liaozhong_nongyeju_xuncha_news_tab_table.txt",  # a bureau's tab table attached to news, status last
        "r73_yichang_city_group_attached_ledger_tab_columns.txt",  # a group's tab 台账 after its signature
        "r74_wuhu_city_enterprise_table_one_cell_per_line.txt",  # a group's Word table a cell per line, areas rows
        "r77_zunyi_group_subsidiary_ledger_tab_status_column.txt",  # a subsidiary's tab 台账, 整改状态 in varied words
        "r78_university_college_appendix_task_list_status_column.txt",  # an appendix tab 任务清单, 完成情况 last
        "r80_weifang_group_huitoukan_shixiang_renwu_closing_status_table.txt",  # a closing tab table of statuses
        "r81_zhoukou_grain_soe_special_xuncha_pipe_ledger_yes_no.txt",  # a 专项巡察 | 台账, 是否完成整改 last
        "r82_anji_county_hospital_pdf_table_cells_repeated_header_status_column.txt",  # cells a line, header twice
        "r82_university_marxism_college_pdf_two_column_table_read_across.txt",  # a PDF's two columns read across
        "r85_yibin_city_hospital_ledger_tick_columns_one_cell_per_line.txt",  # cells a line, a mark in a status column
        "r89_baiyun_district_health_bureau_circled_paren_ideology_special_huitoukan_table.txt",  # a 回头看 tab table
        "r90_pingjiang_county_soe_di_n_xiang_measures_each_status.txt",  # records, 第N项 alone over their 问题：
        "r92_hunan_provincial_group_subsidiary_table_cells_old_and_current_status_columns.txt",  # two status columns
        "r105_university_college_pdf_ledger_one_cell_per_line_blank_continuation_cells.txt",  # measures, a cell a line
        "r110_tonglu_town_tsv_excel_paste_problem_on_first_row_quoted_cells_status_before_measures.txt",  # Excel quotes
        "r117_kaifu_district_street_txt_counts_only_see_attachment_tab_ledger_status_in_remarks.txt",  # 附件 tab 台账
        "r119_rucheng_county_bureau_pdftotext_layout_columns_page_footer_class_column.txt",  # pdftotext -layout
        "r119_yiyang_city_hospital_markdown_pipe_table_br_cells_bold_aspect_rows.txt",  # Markdown | table, <br>
        "r119_jiangan_district_street_pipe_table_no_outer_pipes_status_column.txt",  # a | table, no outer pipes
        "r119_deyang_city_group_box_drawing_table_wrapped_cells_aspect_column.txt",  # ┌─┬─┐ │ cells over lines
        # round 123: rows broken over lines (Excel quotes, a browser copy, Word .txt); typed 问题：｜ lines
        "r123_youxian_county_bureau_excel_clipboard_tabs_quoted_multiline_cells_doubled_quotes.txt",
        "r123_xinfeng_county_town_browser_table_copy_tabs_unquoted_cell_breaks_merged_class_once_no_seq.txt",
        "r123_leshan_city_bureau_word_saved_as_txt_gb18030_crlf_tab_rows_cell_paragraphs_repeated_class.txt",
        "r123_fancheng_district_street_typed_ledger_lines_fullwidth_bar_or_spaces_labels_in_cells_no_header.txt",
        # round 126: a PDF's ledger as pdfminer/PyPDF give it, a cell a line, the header row again after a page number
        "r126_hubei_province_company_pdfminer_spaced_title_ledger_cell_per_line_repeated_header.txt",
        # round 128: ledgers whose status is a mark (√ columns, emoji by a legend, ● cells a line, 是/否 with 备注)
        "r128_taojiang_county_bureau_excel_copy_tick_columns_under_merged_header_both_ticked_longterm.txt",
        "r128_xiangyang_city_soe_group_markdown_pipe_table_emoji_status_marks_legend_br_semicolon_cells.txt",
        "r128_university_college_web_table_copied_cell_per_line_dot_marks_done_open_columns_total_row.txt",
        "r128_yudu_county_town_pdftotext_layout_list_after_signature_yes_no_done_closed_remark_wrapped_rows.txt",
        # round 133: a city portal's HTML table as a browser's select-all copies it, tab-separated cells a row a line
        "r133_mianyang_city_bureau_sichuan_tabbed_table_select_all_category_column_month_period.txt",
        # round 134: a ledger photographed and read row by row by OCR, cells apart by one space, wrapped
        "r134_tonglu_bank_county_branch_ocr_photo_table_read_row_by_row_cells_wrapped.txt",
        # round 135: ledgers whose progress is a measure (完成率 % in a fixed-width view, ●/◐/○ tab rows by a legend)
        "r135_youxian_county_bureau_fixed_width_spaces_percent_column_blank_class_cells_remark_total.txt",
        "r135_qingshanhu_district_health_commission_tab_separated_circles_legend_line_repeated_class.txt",
        # round 147: a Word ledger pasted as text, tab-separated rows, 完成进度 as a count of measures done (3/5)
        "r147_renshou_county_health_bureau_tab_ledger_fraction_of_measures_progress.txt",
        # round 150: a township's Word ledger pasted as tab-separated rows, its 整改阶段 column in stages and hedges
        "r150_suichang_township_committee_tab_ledger_zhenggai_jieduan_column.txt",
        # round 158: a city 城投公司's 整改事项清单 pasted from a spreadsheet, tab rows numbered 事项N, area rows
        "r158_nanchong_city_chengtou_shixiang_list_pasted_tabs_aspect_rows.txt",
        # round 163: a college's 附表 after its signature, cells apart by bars with no delimiter row
        "r163_jiujiang_city_college_statuses_only_in_appendix_table_pipe_rows_after_signature.txt",
        # round 168: a city bureau's Word ledger pasted as tab rows, its status column printed first
        "r168_yichang_city_sports_bureau_tab_table_status_column_first.txt",
        # round 171: status-first ledgers, a city bureau's pasted a cell a line, a town's aligned by spaces
        "r171_yibin_city_medical_insurance_bureau_ledger_one_cell_a_line_status_first.txt",
        "r171_liling_township_party_committee_fixed_width_ledger_status_column_first.txt",
        "ccccsb_enterprise_closing_count_table.txt",  # a closing count table: its 合计 row the claims (round 114)
    }
    files = sorted(SAMPLES.glob("*.txt")) + sorted((DATA / "layouts" / "texts").glob("*.txt"))
    files += sorted((DATA / "real_openings").rglob("*.txt"))
    return files + [p for p in sorted((DATA / "genre").glob("*.txt")) if p.name not in table_files]


@pytest.mark.parametrize("path", _notices(), ids=lambda p: p.name)
def test_notices_without_a_table_are_not_touched(path: Path) -> None:
    """Seeds, layouts, openings and genre notices with no table: the table check returns the very text it got."""
    text = path.read_text("utf-8")
    assert text_tables(text) is text


def test_generated_notices_without_a_table_are_not_touched() -> None:
    checked = 0
    for seed in range(400):
        g = generate(seed)
        if not g.choices["table"]:
            checked += 1
            assert text_tables(g.text) is g.text, g.describe()
    assert checked > 300


# The axes a ledger table is printed with, drawn per seed over the plainest layout.
_TABLE_AXES = ("levels", "restart", "script", "digits", "spacing", "page_marks", "chrome", "claims", "signature")


@pytest.mark.parametrize("status_form", ["table_column", "none"])
@pytest.mark.parametrize("form", TABLE_FORMS, ids=str)
def test_generated_tables_in_every_form_read_as_their_gold(form: object, status_form: str) -> None:
    """Generated ledger tables (issue 19 point 7), with a status column or none, over seeds and other axes drawn."""
    failures = []
    for seed in range(12):
        rng = random.Random(seed)
        axes = {axis: rng.choice(AXES[axis]) for axis in _TABLE_AXES}
        g = generate(seed, baseline=True, table=form, status_form=status_form, **axes)
        if diffs := differences(g):
            failures.append(f"{g.describe()}\n    " + "\n    ".join(diffs[:3]))
    assert not failures, "\n".join(failures[:3])
