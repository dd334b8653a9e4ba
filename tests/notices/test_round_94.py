"""Round 94's classes (issue 19): numbering and levels, each class with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.conftest import norm

_OPENING = "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县水利局党组进行了巡察。现将巡察整改情况予以通报。\n"
_HEAD = "中共某某县水利局党组关于巡察整改情况的通报\n" + _OPENING


# The hyphenated outline number (area 3's second problem: 3-2．) stopped by its mark is a label whatever word opens the
# problem, also one whose first character is a counter (人员, 项目, 年度, 条例, 家属): a span of months or of people
# (1-3月, 3-5人) is never stopped before its counter.
@pytest.mark.parametrize(
    "problem",
    [
        "项目资金管理不规范,存在挤占挪用问题",
        "年度目标任务完成不到位",
        "条例执行不够严格",
        "家属院物业管理混乱",
        "多头管理问题突出",
    ],
)
def test_a_stopped_hyphen_number_labels_a_problem_opening_on_a_counter(problem: str) -> None:
    text = (
        _HEAD
        + "(一)贯彻落实上级决策部署方面\n"
        + "1-1.防汛责任落实不到位。\n整改状态:已完成。\n"
        + f"1-2.{problem}。\n整改状态:正在推进。\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1-1", "防汛责任落实不到位", "done"),
        ("1-2", problem, "in_progress"),
    ]


# Roman numeral glyphs number the areas above the problems (Ⅰ．…方面 > 问题N), in capitals or small letters, with a
# stop or without.
@pytest.mark.parametrize(
    ("first", "second"),
    [("ⅰ.", "ⅱ."), ("Ⅳ、", "Ⅴ、"), ("Ⅰ ", "Ⅱ "), ("ⅵ、", "ⅶ、")],
)
def test_roman_numeral_glyphs_number_the_areas(first: str, second: str) -> None:
    text = (
        _HEAD
        + f"{first}贯彻落实上级决策部署方面\n"
        + "问题1:防汛责任落实不到位。\n整改情况:修订防汛责任制度,已完成。\n"
        + f"{second}落实全面从严治党方面\n"
        + "问题2:公务接待不规范。\n整改情况:清退费用0.3万元,已完成。\n"
    )
    notice = parse_notice(text)
    assert [(i.label, i.aspect) for i in notice.items] == [
        ("问题1", f"{first}贯彻落实上级决策部署方面".replace(" ", "")),
        ("问题2", f"{second}落实全面从严治党方面".replace(" ", "")),
    ]


# The same numerals typed in Latin letters (I. II. III.): a notice that numbers a line II. or III. numbers its areas so,
# its I. too, where a lone I. would be a letter.
@pytest.mark.parametrize(
    ("first", "second", "third"), [("I.", "II.", "III."), ("I、", "II、", "III、"), ("II.", "III.", "IV.")]
)
def test_roman_numerals_in_latin_letters_number_the_areas(first: str, second: str, third: str) -> None:
    areas = [f"{first}贯彻落实上级决策部署方面", f"{second}落实全面从严治党方面", f"{third}落实新时代党的组织路线方面"]
    problems = ["防汛责任落实不到位", "公务接待不规范", "干部培养力度不够"]
    text = _HEAD + "".join(
        f"{area}\n{n}.{problem}。\n整改情况:修订相关制度,已完成。\n"
        for n, (area, problem) in enumerate(zip(areas, problems, strict=True), 1)
    )
    notice = parse_notice(text)
    assert [(i.title, norm(i.aspect)) for i in notice.items] == [
        (problem, norm(area)) for area, problem in zip(areas, problems, strict=True)
    ]


# A status in brackets opening the rectification text of a field that holds status or measures (整改情况:【已完成】
# <measures>): the status set off as a bracket sets it off before or after a title, however long the text after it.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("整改情况:[已办结]修订《河道管理办法》,对全县12条河道开展专项巡查,建立巡查台账。", "done"),
        ("整改成效:【整改中】已完成3座水库除险加固,其余2座水库的加固工程正在施工。", "in_progress"),
        ("整改落实情况:(已销号)对2021年以来的工程项目逐一复核,追回多付工程款5.6万元。", "done"),
        ("落实情况:【基本完成】制定水利工程建设管理办法,组织全系统业务培训2期共150人次。", "in_progress"),
        ("整改情况:【已完成并长期坚持】建立河湖长巡河督办机制,每月通报巡河情况并纳入年度考核。", "done_longterm"),
    ],
)
def test_a_bracketed_status_opening_the_rectification_text(field: str, status: str) -> None:
    notice = parse_notice(_HEAD + "(一)贯彻落实上级决策部署方面\n1.防汛责任落实不到位。\n" + field + "\n")
    assert [(i.status, i.status_source) for i in notice.items] == [(status, "item")]
    assert notice.items[0].measures[:1] not in "[【(〔"  # the bracket is the status, not a measure


# A nationwide bank named short, without 中国, or left unnamed (某银行): its branch names the place after the bank, as
# 中国…银行江西省分行 does.
@pytest.mark.parametrize(
    ("bank", "region", "province"),
    [
        ("建设银行南昌市分行", "南昌市", "江西省"),
        ("工商银行九江市分行", "九江市", "江西省"),
        ("中国银行株洲市分行", "株洲市", "湖南省"),
        ("某银行绵阳市分行", "绵阳市", "四川省"),
        ("农业银行股份有限公司宜昌市分行", "宜昌市", "湖北省"),
    ],
)
def test_a_banks_branch_names_its_place_after_the_bank(bank: str, region: str, province: str) -> None:
    text = (
        f"中共{bank}委员会关于巡察整改进展情况的通报\n"
        + f"根据上级党委统一部署,2024年3月4日至4月30日,省分行党委第一巡察组对中共{bank}委员会进行了巡察。"
        + "现将巡察整改情况予以通报。\n(一)贯彻落实上级决策部署方面\n1.普惠金融服务不到位。\n整改情况:已完成。\n"
    )
    notice = parse_notice(text)
    assert (notice.region, notice.province) == (region, province)
