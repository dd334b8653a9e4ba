"""Round 129's class (issue 19): notices read by OCR from photos and scans. The text comes as the engine returns it:
lines at the printed width with each paragraph's indent dropped, page numbers and the 文号 inside, and the engine's
slips: digits read as the letters they look like (l or I for 1, O for 0) in a numbering, a date or a count; a
heading's opening bracket read as C or its 一 lost; 曰 for 日; 末 for 未; half-width marks and stray spaces that make
the lines' widths scatter round the page's. Members the round's notices do not print: other numberings and brackets
((1) 1) （1） 问题1 with the slip, 10 and 11 read lO and ll), other dates (a year, a month, a day in numerals), a
count, other headings, other verbs after 末, and a page of another width."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.normalize import display_width

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"
_TITLES = ("理论学习中心组学习制度落实不严格", "专项资金拨付滞后", "公务用车管理不规范")
_BODIES = (
    "整改情况：修订学习制度。已完成整改。",
    "整改情况：剩余资金正在办理拨付手续。正在推进。",
    "整改情况：完善派车制度。已完成整改。",
)


def _notice(labels: tuple[str, str, str], head: str = _HEAD, tail: str = _TAIL) -> str:
    blocks = (f"{label}{title}。\n{body}\n" for label, title, body in zip(labels, _TITLES, _BODIES, strict=True))
    return head + "".join(blocks) + tail


# A numbering whose 1 the OCR read l or I, in the forms the genre numbers problems by; each problem is its own.
@pytest.mark.parametrize(
    "labels",
    [
        ("l)", "2)", "3)"),
        ("(l)", "(2)", "(3)"),
        ("（I）", "（2）", "（3）"),
        ("I.", "2.", "3."),
        ("问题l：", "问题2：", "问题3："),
        ("l．", "2．", "3．"),
    ],
)
def test_a_one_read_as_a_letter_numbers_its_problem(labels: tuple[str, str, str]) -> None:
    notice = parse_notice(_notice(labels))
    assert [i.title for i in notice.items] == list(_TITLES)
    assert [i.status for i in notice.items] == ["done", "in_progress", "done"]


# Problems numbered by letters: the I after H (or the l after k) is the next letter, never a 1 read back; an OCR's
# I、 under letter-numbered headings whose run has no H is still a 1 (found by the generator's held-out draws).
@pytest.mark.parametrize(
    ("labels", "printed"),
    [
        (("G.", "H.", "I."), ["G", "H", "I"]),
        (("g、", "h、", "i、"), ["g", "h", "i"]),
        (("j)", "k)", "l)"), ["j", "k", "l"]),
    ],
)
def test_the_letter_after_h_or_k_is_a_letter_of_the_run(labels: tuple[str, str, str], printed: list[str]) -> None:
    notice = parse_notice(_notice(labels))
    assert [i.title for i in notice.items] == list(_TITLES)
    assert [i.label for i in notice.items] == printed


# 10 and 11 read with letters alone (lO, ll) or with a digit (1O, 1l, I1): the problems after the ninth.
@pytest.mark.parametrize("labels", [("9.", "lO.", "ll."), ("9、", "1O、", "1l、"), ("问题9：", "问题lO：", "问题I1：")])
def test_ten_and_eleven_read_with_letters_number_their_problems(labels: tuple[str, str, str]) -> None:
    notice = parse_notice(_notice(labels))
    assert [i.title for i in notice.items] == list(_TITLES)
    assert [i.label.lstrip("问题") for i in notice.items] == ["9", "10", "11"]


# A date's digits read as letters: a year with O, a month or a day with l, I or O.
@pytest.mark.parametrize(
    ("opening", "period", "feedback"),
    [
        (
            "2O24年3月4日至4月3O日，县委第一巡察组进行了巡察，5月2l日反馈了巡察意见。",
            ("2024-03-04", "2024-04-30"),
            "2024-05-21",
        ),
        (
            "2024年9月l日至lO月3O日，县委第一巡察组进行了巡察，11月I5日反馈了巡察意见。",
            ("2024-09-01", "2024-10-30"),
            "2024-11-15",
        ),
        (
            "2024年l月8日至3月8日，县委第一巡察组进行了巡察，2024年4月1O日反馈了巡察意见。",
            ("2024-01-08", "2024-03-08"),
            "2024-04-10",
        ),
    ],
)
def test_a_date_s_digits_read_as_letters_are_the_date(opening: str, period: tuple[str, str], feedback: str) -> None:
    head = "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n根据县委统一部署，" + opening + "\n"
    notice = parse_notice(_notice(("1.", "2.", "3."), head=head))
    assert (notice.inspection_start, notice.inspection_end, notice.feedback_date) == (*period, feedback)


# 曰 for 日 closing a day under the signature, in numerals or in figures.
@pytest.mark.parametrize(
    ("signed", "iso"),
    [("二〇二五年十二月二十八曰", "2025-12-28"), ("二〇二五年六月九曰", "2025-06-09"), ("2025年6月l0曰", "2025-06-10")],
)
def test_a_day_closed_by_yue_is_the_signature_s_date(signed: str, iso: str) -> None:
    tail = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n" + signed + "\n"
    assert parse_notice(_notice(("1.", "2.", "3."), tail=tail)).signed == iso


# A count whose 0 the OCR read O.
@pytest.mark.parametrize(
    "counts",
    ["反馈的2个方面1O个问题中，已完成整改7个，正在推进3个。", "反馈问题1O个，已整改完成7个，正在整改3个。"],
)
def test_a_count_with_a_zero_read_as_o_is_the_count(counts: str) -> None:
    assert parse_notice(_notice(("1.", "2.", "3."), head=_HEAD + counts + "\n")).claimed.problems == 10


# A heading's opening bracket read as C, or its 一 lost (an empty bracket before the next heading's numeral).
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("C一）党的建设方面", "C二）全面从严治党方面"),
        ("（一）党的建设方面", "C二)全面从严治党方面"),
        ("()党的建设方面", "(二)全面从严治党方面"),
    ],
)
def test_a_heading_s_misread_bracket_heads_its_problems(first: str, second: str) -> None:
    text = (
        _HEAD
        + first
        + "\n1.理论学习中心组学习制度落实不严格。\n整改情况：修订学习制度。已完成整改。\n"
        + second
        + "\n2.专项资金拨付滞后。\n整改情况：剩余资金正在办理拨付手续。正在推进。\n"
        + _TAIL
    )
    aspects = [i.aspect for i in parse_notice(text).items]
    assert aspects == ["(一)党的建设方面", "(二)全面从严治党方面"]


# 末 for 未 before the verbs a finding negates: the title as printed.
@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("个别大额支出末经集体研究", "个别大额支出未经集体研究"),
        ("群众诉求末及时办理", "群众诉求未及时办理"),
        ("财务制度末严格执行", "财务制度未严格执行"),
        ("部分单位末能按期报送材料", "部分单位未能按期报送材料"),
    ],
)
def test_mo_read_for_wei_in_a_title_is_wei(printed: str, meant: str) -> None:
    text = _HEAD + f"1.{printed}。\n整改情况：已完成整改。\n2.专项资金拨付滞后。\n整改情况：正在推进。\n" + _TAIL
    assert parse_notice(text).items[0].title == meant


def _ocr_page(paragraphs: list[str], width: int) -> str:
    """The paragraphs printed at `width` characters a line (a figure half a character), the first line of each
    indented by two, as an OCR returns them: the indent dropped, a field label's colon read half-width (a line a
    half short)."""
    lines: list[str] = []
    for paragraph in paragraphs:
        room, line = width - 2, ""
        for ch in paragraph:
            if display_width(line + ch) > room and ch not in "，。、；：":
                lines.append(line)
                room, line = width, ""
            line += ch
        lines.append(line)
    return "\n".join(line.replace("：", ":", 1) if line.startswith("整改") else line for line in lines) + "\n"


_LONG_TITLES = (
    "学习贯彻党的二十大精神不够深入，理论学习中心组学习存在以读代学、学用脱节现象",
    "服务中心工作统筹协调不够，督查督办事项跟踪问效不到位，部分事项办结率不高",
    "财务报销审核把关不严，部分票据附件不全，公务接待和公务用车管理存在薄弱环节",
    "基层党组织建设不规范，机关支部“三会一课”记录不完整，党员教育管理较为松散",
    "干部教育培训针对性不强，年轻干部培养措施不多，干部队伍结构有待优化调整",
)
_MEASURES = (
    "一是修订完善相关制度，明确责任分工和办理时限；二是建立工作台账，实行销号管理，每月通报一次。",
    "一是开展专项检查，对发现的问题逐项整改；二是举办专题培训班，参训人员达到一百二十人次。",
    "一是对相关事项逐笔核查，督促责任人限期整改；二是健全长效机制，定期开展回头看。",
)


# A page of short paragraphs (a problem, its measures, its progress) whose first-line indent the OCR dropped and whose
# field labels' colons it read half-width: each title wrapped over two lines is read whole.
@pytest.mark.parametrize("width", [26, 27])
def test_titles_wrapped_on_an_ocr_page_of_short_paragraphs_are_whole(width: int) -> None:
    paragraphs = [
        "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    ]
    paragraphs.append("（一）贯彻落实上级决策部署方面")
    for n, title in enumerate(_LONG_TITLES, 1):
        progress = "整改进展：正在推进。" if n == 2 else "整改进展：已完成。"
        paragraphs += [f"{n}.{title}。", "整改措施：" + _MEASURES[n % 3], progress]
    text = "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n" + _ocr_page(paragraphs, width) + _TAIL
    notice = parse_notice(text)
    assert [i.title for i in notice.items] == [t.replace("，", ",") for t in _LONG_TITLES]
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "done", "done"]
