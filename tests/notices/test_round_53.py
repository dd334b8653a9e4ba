"""Round 53's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import io

import docx
import pytest

from notices import parse_bytes, parse_notice
from notices.extract import html_text
from notices.lexicon import TEAM_RE

_OPENING = (
    "中共某某县某某局党组关于巡察整改进展情况的通报\n"
    "根据统一部署,2021年3月1日至4月20日,县委第一巡察组对县某某局党组开展了巡察。"
)


# 长期 in other words before 坚持 (a mirror that spins a page's words into synonyms): done and kept up.
@pytest.mark.parametrize("marker", ["已完成,长久坚持。", "已完成,持久坚持。", "已整改,恒久坚持"])
def test_longterm_in_other_words(marker: str) -> None:
    notice = parse_notice(
        _OPENING + "现将整改情况通报如下:\n"
        "1.问题:村务公开不及时。\n整改措施:每季度公开一次村务。\n完成情况:已完成。\n"
        f"2.问题:集体资产台账不全。\n整改措施:重新登记集体资产。\n完成情况:{marker}\n"
    )
    assert [i.status for i in notice.items] == ["done", "done_longterm"]


# 板块 counted as 方面 is, with 大 or a comma before the next count.
@pytest.mark.parametrize(
    ("claim", "aspects"), [("4大板块、12个问题", 4), ("3个板块,9个问题", 3), ("五大板块15项问题", 5)]
)
def test_bankuai_counted_as_aspects(claim: str, aspects: int) -> None:
    notice = parse_notice(_OPENING + f"巡察反馈{claim}。现将整改情况通报如下:\n1.村务公开不及时。\n整改情况:已完成。\n")
    assert notice.claimed.aspects == aspects


# Status counts after a count of 整改内容 count the plan's work, not problems.
@pytest.mark.parametrize(
    "counts",
    [
        "明确整改内容40项。截至目前,已完成35项,正在推进5项。",
        "细化具体整改内容38项,38项具体整改内容中已完成30项,正在推进8项。",
        "梳理出62项整改内容,已完成整改55项,正在整改7项。",
    ],
)
def test_counts_of_zhenggai_neirong_are_no_problem_claims(counts: str) -> None:
    notice = parse_notice(_OPENING + f"{counts}现将整改情况通报如下:\n1.村务公开不及时。\n整改情况:已完成。\n")
    assert (notice.claimed.completed, notice.claimed.in_progress) == (None, None)


# A bank's own committee, named by its level, sends the team.
@pytest.mark.parametrize(
    "team", ["总行党委第三巡视组", "分行党委第一巡察组", "支行党委第二巡察组", "市分行党委第二巡察组"]
)
def test_a_banks_committee_owns_its_team(team: str) -> None:
    m = TEAM_RE.search(f"根据统一部署,{team}对某某部党支部开展了巡察")
    assert m is not None and m.group() == team


# A bank by its level before its department's name: the title's whole name, not the opening's short one.
@pytest.mark.parametrize("bank", ["江苏分行", "某某银行", "济南中心支行", "某某银行总行"])
def test_a_bank_before_its_department_stays_in_the_agency(bank: str) -> None:
    notice = parse_notice(
        f"{bank}公司业务部党支部关于巡察整改进展情况的通报\n"
        "2022年3月1日至4月20日,党委第一巡察组对公司业务部党支部开展了巡察。现将整改情况通报如下:\n"
        "1.学习不深入。\n整改情况:已完成。\n"
    )
    assert notice.agency == f"{bank}公司业务部党支部"


# A nationwide body's local unit names its place after the body.
@pytest.mark.parametrize(
    ("agency", "province"),
    [
        ("中国工商银行湖南省分行委员会", "湖南省"),
        ("中国农业发展银行溆浦县支行委员会", "湖南省"),
        ("国家税务总局朔州市税务局委员会", "山西省"),
    ],
)
def test_a_national_bodys_unit_is_placed_by_its_own_name(agency: str, province: str) -> None:
    notice = parse_notice(
        f"中共{agency}关于巡察整改进展情况的通报\n"
        f"2022年3月1日至4月20日,巡察组对{agency.removesuffix('委员会')}党委开展了巡察。现将整改情况通报如下:\n"
        "1.学习不深入。\n整改情况:已完成。\n"
    )
    assert notice.province == province


# A page published as one paragraph a field: the same field under each problem is kept each time, though the web
# extractor's recovery keeps identical paragraphs once.
def _page(field: str) -> str:
    problems = "".join(
        f'<p class="ql-block"><b>问题{i}:某某工作{"甲乙丙丁"[i]}不够到位,某某某某某某某某。</b></p>'
        f'<p class="ql-block"> 整改措施:制定某某计划,开展某某活动{i}次,修订某某制度。</p>'
        f'<p class="ql-block"> {field}</p>'
        for i in range(4)
    )
    return (
        '<p class="ql-block"><b>某某支部关于巡察整改进展情况的通报</b></p>'
        '<p class="ql-block"> 根据统一部署,2022年10月17日至12月16日,某某巡察组对某某支部开展了巡察。</p>' + problems
    )


_FIELDS = ["整改进展:已完成。", "完成情况:已整改到位。", "整改结果:已完成,长期坚持。"]


@pytest.mark.parametrize("field", _FIELDS)
def test_a_pages_repeated_paragraphs_are_kept(field: str) -> None:
    assert html_text(_page(field)).count(field) == 4


# … the same where the page's sentences carry zero-width spaces and its furniture runs into one line.
@pytest.mark.parametrize("field", _FIELDS)
def test_repeats_are_kept_past_zero_width_spaces_and_furniture(field: str) -> None:
    page = _page(field).replace("。", "。\u200b") + "\n【打印本页】【关闭窗口】\n上一篇:某某通知\n"
    assert html_text(page).count(field) == 4


# A page's markup pasted into a Word file is read as the page.
@pytest.mark.parametrize("field", _FIELDS[:2])
def test_markup_in_a_word_file_is_read_as_the_page(field: str) -> None:
    document = docx.Document()
    document.add_paragraph(_page(field))
    out = io.BytesIO()
    document.save(out)
    assert [i.status for i in parse_bytes(out.getvalue(), "notice.docx").items] == ["done"] * 4
