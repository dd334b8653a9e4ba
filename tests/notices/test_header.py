"""Header facts and claims wherever the genre prints them, by example (each example names its pattern)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from notices import NotANotice, parse_notice
from tests.words import raises_saying

OPENING = (
    "根据区委统一部署,2024年3月1日至4月30日,区委第二巡察组对区水务局党组开展了巡察。"
    "5月20日,区委第二巡察组向区水务局党组反馈了巡察意见。现将巡察整改进展情况予以公布。"
)
SECTION = "一、组织整改落实情况\n局党组召开专题会议研究部署整改工作。"


def notice(*lines: str) -> dict[str, object]:
    parsed = parse_notice("\n".join(lines), "opening.txt")
    return {
        "agency": parsed.agency,
        "region": parsed.region,
        "team": parsed.inspection_team,
        "start": parsed.inspection_start,
        "end": parsed.inspection_end,
        "feedback": parsed.feedback_date,
    }


@pytest.mark.parametrize(
    "title",
    [
        "中共平江县水务局党组关于巡察整改进展情况的通报",  # plain
        "中共平江县水务局党组巡察整改进展情况的通报",  # without 关于
        "【通报】中共平江县水务局党组关于巡察整改进展情况的通报",  # a tag before it
        "首页 > 通知公告 > 中共平江县水务局党组关于巡察整改进展情况的通报",  # inside a breadcrumb
        "中共平江县水务局党组关于巡察整改进展情况的通报 (2024-07-26)",  # followed by its date
        "中共平江县水务局党组\n关于巡察整改进展情况的通报",  # split over two lines at 关于
        "中共平江县水务局党组关于\n巡察整改进展情况的通报",  # split after 关于
        "平江县水务局党组\n\n关于巡察整改进展情况的通报",  # split, without 中共, a blank line between
        "中共平江县水务局党组 关于巡察整改进展情况的通报",  # a space before 关于
        "中共平江县水务局党组关于巡察整改进展情况的通报\n中共平江县水务局党组关于巡察整改进展情况的通报",  # repeated
        "中共平江縣水務局黨組關(guān)于巡察整改進(jìn)展情況的通報(bào)",  # traditional, with converter debris
    ],
)
def test_title_in_every_form_names_the_agency(title: str) -> None:
    facts = notice(title, OPENING, SECTION)
    assert facts["agency"] == "平江县水务局党组" and facts["region"] == "平江县"


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("县委第三巡察组对县水务局党组开展了巡察", "县委第三巡察组"),  # 第N巡察组
        ("县委巡察三组对县水务局党组开展了巡察", "县委巡察三组"),  # 巡察N组
        ("市委巡视六组对东湖区开展了巡视", "市委巡视六组"),  # a 巡视 team without 第
        ("自治区党委第三巡视组对区水务厅党组开展了巡视", "自治区党委第三巡视组"),  # an autonomous region's committee
        ("市区委巡察第12组对县水务局党组开展了巡察", "市区委巡察第12组"),  # ordinal after 巡察
        ("县委机动巡察组对县水务局党组开展了巡察", "县委机动巡察组"),  # 机动
        ("县委提级巡察组对县水务局党组开展了巡察", "县委提级巡察组"),  # 提级
        ("区委营商环境专项巡察组对县水务局党组开展了专项巡察", "区委营商环境专项巡察组"),  # 专项 with its subject
        ("十三届市委第二巡察组对县水务局党组开展了常规巡察", "市委第二巡察组"),  # a term before the committee
        ("八届省委第六轮巡视第六巡视组对省水务厅党组进行了巡视", "第六巡视组"),  # the round is not the team
        ("第二巡察组对县水务局党组进行了巡察", "第二巡察组"),  # no committee named
    ],
)
def test_team_in_every_form(sentence: str, team: str) -> None:
    text = f"中共平江县水务局党组关于巡察整改进展情况的通报\n根据统一部署,2024年3月1日至4月30日,{sentence}。\n{SECTION}"
    assert notice(text)["team"] == team


@pytest.mark.parametrize(
    ("dates", "start", "end", "feedback"),
    [
        (
            "2024年3月1日至4月30日,县委第二巡察组对县水务局党组开展了巡察。5月20日,",
            "2024-03-01",
            "2024-04-30",
            "2024-05-20",
        ),
        (
            "2024年3月1日-4月30日,县委第二巡察组对县水务局党组开展了巡察。5月20日,",
            "2024-03-01",
            "2024-04-30",
            "2024-05-20",
        ),
        (
            "2024年3月1日—4月30日,县委第二巡察组对县水务局党组开展了巡察。5月20日,",
            "2024-03-01",
            "2024-04-30",
            "2024-05-20",
        ),
        (
            "2024年3月1日至30日,县委第二巡察组对县水务局党组开展了巡察。5月20日,",
            "2024-03-01",
            "2024-03-30",
            "2024-05-20",
        ),
        # two stretches joined by 、: the period runs from the first day to the last
        (
            "2021年1月10日至2月6日、2月21日至3月24日,县委第二巡察组对县水务局党组开展了巡察。6月25日,",
            "2021-01-10",
            "2021-03-24",
            "2021-06-25",
        ),
        ("2021年3月至4月,县委第二巡察组对县水务局党组开展了巡察。7月26日,", "2021-03", "2021-04", "2021-07-26"),
        ("2022年3月下旬至6月上旬,县委第二巡察组对县水务局党组开展了巡察。8月19日,", "2022-03", "2022-06", "2022-08-19"),
        # across the new year, the later year unwritten
        (
            "2023年11月24日至1月31日,县委第二巡察组对县水务局党组开展了巡察。4月12日,",
            "2023-11-24",
            "2024-01-31",
            "2024-04-12",
        ),
        # feedback in a later year, written
        (
            "2021年5月12日至7月25日,县委第二巡察组对县水务局党组开展了巡察。2022年2月13日,",
            "2021-05-12",
            "2021-07-25",
            "2022-02-13",
        ),
        # the team first, the period after 于
        (
            "县委第二巡察组于2023年3月29日至6月16日对县水务局党组进行了巡察。8月29日,",
            "2023-03-29",
            "2023-06-16",
            "2023-08-29",
        ),
    ],
)
def test_inspection_period_and_feedback_date(dates: str, start: str, end: str, feedback: str) -> None:
    facts = notice(
        "中共平江县水务局党组关于巡察整改进展情况的通报",
        f"根据统一部署,{dates}县委第二巡察组向县水务局党组反馈了巡察意见。现将整改进展情况予以公布。",
        SECTION,
    )
    assert (facts["start"], facts["end"], facts["feedback"]) == (start, end, feedback)


def test_meeting_plan_and_page_dates_are_not_inspection_dates() -> None:
    facts = notice(
        "今天是:2019年10月31日 星期三",  # the page template's date
        "中共平江县水务局党组关于巡察整改进展情况的通报",
        "发布时间:2025-06-17 09:00",  # the publication stamp
        "根据县委统一部署,县委第二巡察组对县水务局党组开展了巡察,并反馈了巡察意见。",  # no date given
        "一、组织整改落实情况",
        "2024年6月3日,局党组召开会议,专题研究巡察反馈意见。6月10日,制定整改方案。",  # a meeting on the feedback
        "2024年6月1日至6月30日开展集中整改。",  # the rectification period
    )
    assert (facts["start"], facts["end"], facts["feedback"]) == (None, None, None)


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        # the inspected party with a parenthetical inside its name
        ("县委第二巡察组对中共平江县水务局(平江县河长制办公室)党组开展了巡察", "平江县水务局党组"),
        # an abbreviation the notice defines, used for the feedback
        (
            "县委第二巡察组对平江县水务局党组(以下简称“局党组”)开展了巡察。5月20日,县委第二巡察组向局党组反馈了巡察意见",
            "平江县水务局党组",
        ),
        # a place inspected, its committee receiving the feedback: the place's chain is kept
        ("省委第一巡视组对岳阳市平江县开展了巡视。5月20日,省委巡视组向平江县委反馈了巡视意见", "岳阳市平江县委"),
        # a place inspected and nobody named for the feedback: the place's committee
        ("省委第一巡视组对岳阳市平江县开展了巡视,并于5月20日反馈了巡视意见", "岳阳市平江县委"),
    ],
)
def test_agency_from_the_inspection_and_feedback_sentences(opening: str, agency: str) -> None:
    facts = notice(f"根据统一部署,2024年3月1日至4月30日,{opening}。", SECTION)
    assert facts["agency"] == agency


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        # the body's own party body and formal name, the larger place printed before it
        (
            "局党组召开会议。召开县妇联党组会议,研究整改。召开岳阳市平江县妇女联合会执行委员会议。",
            "岳阳市平江县妇女联合会党组",
        ),
        # a party committee, the formal name of a kind ending as the short form ends (科技局 → 科学技术局)
        ("召开科技局党委会议。修订《平江县科学技术局工作规则》。", "平江县科学技术局党委"),
        # no formal name nor place printed: the short form stays, with its own party body
        ("召开妇联党组会议,研究整改。", "县妇联党组"),
        # an extension of the short form is another body, not its formal name (妇联办公室)
        ("召开妇联党组会议。平江县妇联办公室负责落实。", "平江县妇联党组"),
    ],
)
def test_agency_of_a_notice_without_title_or_signature_is_completed_from_its_body(body: str, agency: str) -> None:
    """Issue 19 point 5: the opening's short mention (县妇联党组织) is the body's own name for itself
    (…党组/党委 as the notice calls it) under the formal name the notice prints for it."""
    opening = (
        "根据县委统一部署,2024年3月1日至4月30日,县委第二巡察组进行了巡察。5月20日,巡察组向县{}党组织反馈了巡察意见。"
    )
    kind = "科技局" if "科技局" in body else "妇联"
    facts = notice(opening.format(kind), "一、组织整改落实情况", body)
    assert facts["agency"] == agency


def test_title_naming_a_place_takes_the_committee_from_the_source_line() -> None:
    facts = notice(
        "平江县关于十二届省委第三轮巡视整改进展情况的通报",
        "来源:中共岳阳市平江县委员会 发布时间:2024-09-01",
        "根据省委统一部署,2024年3月1日至4月30日,省委第一巡视组对平江县开展了巡视。",
        SECTION,
    )
    assert facts["agency"] == "岳阳市平江县委员会" and facts["region"] == "平江县"


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("巡察反馈的3个方面12个问题,已完成整改10个,正在整改2个。", {"aspects": 3, "problems": 12, "completed": 10}),
        ("对照反馈的三个方面问题,梳理出15个具体问题,制定整改措施48条。", {"aspects": 3, "problems": 15}),
        (
            "针对反馈的4个方面10个问题,细化为26个具体问题,建立制度9项,召开会议5次。",
            {"aspects": 4, "problems": 26, "problem_groups": 10},
        ),
        ("共梳理问题12个(含立行立改问题2个),已整改完成12个。", {"problems": 12, "completed": 12}),
        ("巡察反馈35个具体问题,整改完成28个,阶段性完成7个。", {"problems": 35, "completed": 28, "in_progress": 7}),
        # the specific problems counted noun first, then the aspects and the problems they group into
        ("梳理出具体问题13个,分属2个方面4个问题。", {"aspects": 2, "problems": 13, "problem_groups": 4}),
        (
            "梳理出具体问题共19个,分属3个方面6个问题,已整改完成12个。",
            {"aspects": 3, "problems": 19, "problem_groups": 6, "completed": 12},
        ),
        ("巡察反馈问题共计12个,其中已完成整改10个,正在整改2个。", {"problems": 12, "completed": 10, "in_progress": 2}),
        # a review's verdicts quoted after their counts: accepted as done, or accepted with the work going on
        (
            "反馈了4个方面29个问题。经审核,其中22个问题“已完成,同意销号”,7个问题“视同完成,持续整改”。",
            {"aspects": 4, "problems": 29, "completed": 22, "in_progress": 7},
        ),
        ("共12个问题,其中10个已完成,2个持续整改。", {"problems": 12, "completed": 10, "in_progress": 2}),
        ("反馈问题11个,11个问题已完成整改9个。", {"problems": 11, "completed": 9}),
        # counts of problems in a status, the noun after the status's words, and no total
        ("截至目前,已完成整改的问题15个,正在推进的3个。", {"completed": 15, "in_progress": 3}),
        ("截至目前,已整改到位问题9个,持续推进问题2个。", {"completed": 9, "in_progress": 2}),
        ("巡察反馈需要整改的问题18个,已完成整改15个。", {"problems": 18, "completed": 15}),
        # the ledger's state word 推进中 straight before its count, as 整改中 stands
        ("巡察反馈的10个问题,已完成整改8个,推进中2个。", {"problems": 10, "completed": 8, "in_progress": 2}),
        ("反馈问题14个,已完成12个、推进中问题2个,完成率86%。", {"problems": 14, "completed": 12, "in_progress": 2}),
        ("局党组书记主动认领4个问题,督促整改问题6个,问责3人,收缴资金2.5万元。", {}),
        ("坚持一个问题、一名领导、一套措施,逐项销号。", {}),
    ],
)
def test_claims_count_problems_only(sentence: str, claimed: dict[str, int]) -> None:
    parsed = parse_notice(f"{OPENING}\n一、组织整改落实情况\n{sentence}", "opening.txt")
    stated = {k: v for k, v in parsed.claimed.to_dict().items() if v is not None and k != "in_progress"}
    stated |= {"in_progress": parsed.claimed.in_progress} if "in_progress" in claimed else {}
    assert stated == claimed


def test_chrome_and_spam_glued_to_the_first_sentence_are_not_the_notice() -> None:
    parsed = parse_notice(
        "\n".join(
            [
                "当前位置:首页 > 政务公开 > 通知公告",
                "中共平江县水务局党组关于巡察整改进展情况的通报",
                "【字号 大 中 小】【打印】【关闭】",
                "信息索引号:430626/2024-00123 发布机构:平江县水务局",
                OPENING,
                SECTION,
            ]
        ),
        "page.txt",
    )
    assert parsed.title == "中共平江县水务局党组关于巡察整改进展情况的通报"
    assert (parsed.inspection_team, parsed.inspection_start, parsed.feedback_date) == (
        "区委第二巡察组",
        "2024-03-01",
        "2024-05-20",
    )


def test_opening_alone_is_kept_with_warnings_not_refused() -> None:
    parsed = parse_notice(
        f"中共平江县水务局党组关于巡察整改进展情况的通报\n{OPENING}\n一、组织整改落实情况\n局党组召开", "cut.txt"
    )
    assert parsed.agency == "平江县水务局党组" and parsed.items == ()
    assert any(w.code == "no_problems" for w in parsed.warnings)
    assert any(w.code == "cut_off" for w in parsed.warnings)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("关于开展安全生产大检查的通知\n请各单位认真开展检查。", "never mentions 整改"),
        ("关于做好审计整改工作的通知\n请各单位认真做好整改工作。", "never mentions an inspection"),
    ],
)
def test_texts_without_sign_of_the_genre_are_refused_saying_why(text: str, says: str) -> None:
    with raises_saying(NotANotice, says):
        parse_notice(text, "memo.txt")


def test_the_issuer_is_the_formal_name_the_notice_signs_with() -> None:
    """Issue 19 point 5: a title in the short form (X党委关于…) and a signature in the formal one (中共X委员会):
    the signature names the issuer; the inspected body stays the name the notice uses for itself."""
    parsed = parse_notice(
        "\n".join(
            [
                "平江县人民医院党委关于巡察整改进展情况的通报",
                "根据县委统一部署,2024年3月1日至4月30日,县委第二巡察组对平江县人民医院党委开展了巡察。",
                SECTION,
                "中共平江县人民医院委员会",
                "2024年8月1日",
            ]
        ),
        "signed.txt",
    )
    assert (parsed.issuer, parsed.agency) == ("中共平江县人民医院委员会", "平江县人民医院党委")


CLOSING = "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0731-22886655;电子邮箱:xczg@example.cn。"


@pytest.mark.parametrize(
    "closing",
    [
        f"{CLOSING}\n中共平江县水务局党组\n2024年8月1日",  # each on its own line
        f"{CLOSING}\n中共平江县水务局党组\n二〇二四年八月一日",  # the date in Chinese numerals
        f"{CLOSING}\n中共平江县水务局党组2024年8月1日",  # signature and date glued
        f"{CLOSING}\n中共平江县水务局党组2024年8月1日扫一扫在手机打开当前页",  # and the page's widget after them
        f"{CLOSING}\n中共平江县水务局党组二〇二四年八月一日【打印本页】【关闭窗口】",  # print/close buttons
        f"{CLOSING}中共平江县水务局党组- 3 -二〇二四年八月一日",  # glued to the closing words, a page number between
        f"{CLOSING}中共平江县水务局党组— 5—2024年8月1日",  # the same with an em-dash page number
        "如有意见建议,请于2024年12月31日前反映给我们。中共平江县水务局党组\n2024年8月1日",  # a dated sentence before
        f"{CLOSING}\n中共平江县水务局党组\n2024-08-01",  # the date in figures, as a Word template prints it
        f"{CLOSING}\n中共平江县水务局党组\n2024-8-1",
    ],
)
def test_signature_and_its_date_are_read_however_the_page_glued_them(closing: str) -> None:
    """The genre signs off with the organisation's formal name and the date; a page that lost its line breaks
    glues them to each other, to the closing words, to a page number or to its own widgets."""
    parsed = parse_notice("\n".join(["平江县水务局党组关于巡察整改进展情况的通报", OPENING, SECTION, closing]), "s.txt")
    assert (parsed.issuer, parsed.signed) == ("中共平江县水务局党组", "2024-08-01")


@pytest.mark.parametrize(
    "closing",
    [
        f"{CLOSING}\n邮政信箱:平江县建设南路区水务局办公室",  # a field naming an office is no signature
        "如有意见建议,请于2024年12月31日前反映给我们。",  # a date inside the closing sentence is no signing date
    ],
)
def test_closing_fields_and_dated_sentences_are_not_a_signature(closing: str) -> None:
    parsed = parse_notice("\n".join(["关于巡察整改进展情况的通报", OPENING, SECTION, closing]), "s.txt")
    assert (parsed.issuer, parsed.signed) == (None, None)
    assert parsed.agency == "区水务局党组"


@pytest.mark.parametrize(
    "title",
    [
        "整改公开平江县水务局党组关于巡察整改进展情况的通报",  # the breadcrumb's last category glued before it
        "/通知公告平江县水务局党组关于巡察整改进展情况的通报",  # the breadcrumb's tail with its separator
        "星期三平江县水务局党组关于巡察整改进展情况的通报",  # the weekday of the page's 今天是… line
    ],
)
def test_page_furniture_glued_before_the_title_is_not_the_issuer(title: str) -> None:
    """The body names the organisation (对平江县水务局党组开展了巡察); what the title prints before that name
    is neither the party's prefix, a place nor an organisation, so it is the page's."""
    opening = OPENING.replace("区水务局党组", "平江县水务局党组")
    parsed = parse_notice("\n".join([title, opening, SECTION]), "t.txt")
    assert (parsed.issuer, parsed.agency, parsed.region) == ("平江县水务局党组", "平江县水务局党组", "平江县")


@pytest.mark.parametrize(
    "title",
    [
        "国家税务总局平江县税务局党委关于巡察整改进展情况的通报",  # an organisation before the unit's own name
        "湖南省平江县税务局党委关于巡察整改进展情况的通报",  # a place before it
        "中共平江县税务局党委关于巡察整改进展情况的通报",  # the party's prefix
    ],
)
def test_organisations_places_and_the_party_before_the_body_s_name_stay_in_the_issuer(title: str) -> None:
    opening = OPENING.replace("区水务局党组", "平江县税务局党委")
    parsed = parse_notice("\n".join([title, opening, SECTION]), "t.txt")
    assert parsed.issuer == title.split("关于")[0]


@pytest.mark.parametrize(
    "title",
    [
        "中共测试县水务局党组关于巡察整改进展情况的通报",  # the party's prefix, a place the gazetteer does not know
        "测试县水务局党组关于巡察整改进展情况的通报",  # the body names it by its level alone (对县水务局党组)
    ],
)
def test_a_body_naming_the_organisation_by_its_level_alone_leaves_the_title_s_issuer_whole(title: str) -> None:
    opening = OPENING.replace("区水务局党组", "县水务局党组")
    parsed = parse_notice("\n".join([title, opening, SECTION]), "t.txt")
    assert parsed.issuer == title.split("关于")[0]


@pytest.mark.parametrize(
    "title",
    [
        "关于\n十四届市委第五轮巡察整改进展情况的通报",  # a title opening with 关于, wrapped after it
        "公开方式:主动公开关于\n十四届校党委第五轮巡察整改进展情况的通报",  # the same after an info block's field
        "十四届县委第五轮巡察整改进展情况的通报",  # the inspecting committee with its term, no 关于
        "巡察整改关于巡察整改进展情况的通报",  # a site's category glued before 关于
    ],
)
def test_a_title_naming_no_issuer_leaves_the_agency_to_the_body(title: str) -> None:
    """The committee in 关于十四届市委第N轮巡察… is the inspecting one; the inspected body is the one the
    inspection sentence names."""
    parsed = parse_notice("\n".join([title, OPENING, SECTION]), "t.txt")
    assert parsed.issuer is None and parsed.agency == "区水务局党组"


def _wrapped(text: str, width: int) -> str:
    """The text hard-wrapped at width characters, as a page printed at a fixed width is."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


@pytest.mark.parametrize("width", [20, 23, 26, 28, 31, 34, 37, 40])
def test_opening_hard_wrapped_anywhere_keeps_every_fact(width: int) -> None:
    """A page wrapped at a fixed width breaks the inspection sentence inside names, teams and dates (…巡察组对平
    | 江县水务局党组…, 于202 | 4年5月20日); the sentence ends at its punctuation, not at the line's end."""
    opening = (
        "根据县委巡察工作统一部署,2024年3月1日至4月30日,县委第二巡察组对平江县水务局党组(以下简称局党组)"
        "开展了常规巡察,并于2024年5月20日向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。"
    )
    facts = notice("关于巡察整改进展情况的通报", _wrapped(opening, width), SECTION)
    assert facts == {
        "agency": "平江县水务局党组",
        "region": "平江县",
        "team": "县委第二巡察组",
        "start": "2024-03-01",
        "end": "2024-04-30",
        "feedback": "2024-05-20",
    }


@pytest.mark.parametrize(
    "last",
    [
        "责任单位:办公室;完成时限:长期坚持截至目前,反馈的2个问题,已整改完成1个,正在整改1个。",  # after a field
        "修订《公务接待管理办法》。截至目前,巡察反馈的2个问题,已整改完成1个,正在整改1个。",  # after a measure
        "修订《公务接待管理办法》。截至目前,县委巡察组反馈的1个方面2个问题,其中已完成1个、正在整改1个。",
    ],
)
def test_totals_glued_to_the_last_problem_are_the_notice_s_claims(last: str) -> None:
    """A page that lost the line break before the closing totals glues them to the last problem's line; they are
    the notice's claims, not that problem's measures or status."""
    parsed = parse_notice(
        "\n".join(
            [
                "中共平江县水务局党组关于巡察整改进展情况的通报",
                OPENING,
                "一、在落实全面从严治党方面",
                "1.公务接待管理不规范。",
                "整改情况:已完成。修订《公务接待管理办法》。",
                "2.公务用车管理不严格。",
                "整改进度:正在推进",
                last,
            ]
        ),
        "t.txt",
    )
    assert (parsed.claimed.problems, parsed.claimed.completed, parsed.claimed.in_progress) == (2, 1, 1)
    assert parsed.items[-1].status == "in_progress" and "截至目前" not in parsed.items[-1].measures


def test_every_claim_pattern_match_holds_one_of_its_words() -> None:
    """read_claims searches a sentence for a kind of count only where one of the kind's words stands in it
    (header._CLAIM_WORDS, a speed precheck): over every sentence of the genre's notices, no match lacks them."""
    from notices.extract import text_from_bytes
    from notices.header import _CLAIM_WORDS, _CLAIMS

    from .genre_rounds import genre_text

    genre = Path(__file__).parent.parent / "data" / "genre"
    # a web page's sentences as the parser reads them: its text, out of the markup (round 95)
    texts = [genre_text(path.name) for path in sorted(genre.glob("*.txt"))]
    texts += [text_from_bytes(path.read_bytes(), path.name) for path in sorted(genre.glob("*.html"))]
    missed = [
        (key, m.group())
        for text in texts
        for sentence in re.split(r"[。；;\n]", text)
        for key, pattern in _CLAIMS.items()
        for m in pattern.finditer(sentence)
        if not any(word in sentence for word in _CLAIM_WORDS[key])
    ]
    assert missed == []


def _first_characters(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The characters and classes a regex sequence can open on (its parsed form), and whether it can match empty."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: set[str] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the next item opens
        if op is sre.LITERAL:
            return found | {chr(av)}, False  # type: ignore[arg-type]
        if op is sre.IN:
            return found | {chr(a) if o is sre.LITERAL else f"{o}:{a}" for o, a in av}, False  # type: ignore[attr-defined]
        if op is sre.SUBPATTERN:
            chars, empty = _first_characters(list(av[3]))  # type: ignore[index]
        elif op is sre.BRANCH:
            parts = [_first_characters(list(branch)) for branch in av[1]]  # type: ignore[index]
            chars, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            chars, empty = _first_characters(list(av[2]))  # type: ignore[index]
            empty = empty or av[0] == 0  # type: ignore[index]
        else:
            return found | {f"{op}"}, False  # anything else opens on what the lookahead cannot name
        found |= chars
        if not empty:
            return found, False
    return found, True


def test_every_claim_pattern_opens_on_its_characters() -> None:
    """read_claims's patterns stand behind a lookahead on the characters their matches open on (header._CLAIM_OPENINGS,
    a speed precheck): each alternative opens on a count's digit or one of them."""
    from re import _parser  # type: ignore[attr-defined]

    from notices.header import _CLAIM_OPENINGS, _CLAIMS
    from notices.lexicon import CN_DIGITS

    for key, pattern in _CLAIMS.items():
        opening = _CLAIM_OPENINGS[key]
        allowed = {"CATEGORY:CATEGORY_DIGIT", *CN_DIGITS, *opening.replace(r"\s", "")}
        allowed |= {"CATEGORY:CATEGORY_SPACE"} if r"\s" in opening else set()
        chars, empty = _first_characters(list(_parser.parse(pattern.pattern)))
        assert not empty and chars - allowed == set(), key


def test_every_title_wrapper_opens_on_its_first_characters() -> None:
    """_wrapped_title asks a text's first character before TITLE_WRAPPERS' patterns (a speed precheck): each pattern
    opens on one of those characters."""
    from re import _parser  # type: ignore[attr-defined]

    from notices.lexicon import TITLE_WRAPPERS
    from notices.structure.headlines import _TITLE_WRAPPER_FIRST

    for pattern in TITLE_WRAPPERS:
        chars, empty = _first_characters(list(_parser.parse(pattern.pattern)))
        assert not empty and chars <= _TITLE_WRAPPER_FIRST, pattern.pattern


@pytest.mark.parametrize(
    "where, name",
    [
        ("notices.lexicon", "SECTION_PARTIAL_RE"),
        ("notices.lexicon", "CLOSING_RE"),
        ("notices.parse", "_ZHENDUI_CLAUSE_RE"),
    ],
)
def test_a_pattern_behind_its_first_characters_opens_on_them(where: str, name: str) -> None:
    """A pattern put behind a lookahead on its alternatives' first characters (a speed precheck) opens on no other."""
    import importlib
    from re import _parser  # type: ignore[attr-defined]

    items = list(_parser.parse(getattr(importlib.import_module(where), name).pattern))
    at = next(k for k, (op, _) in enumerate(items) if str(op) == "ASSERT")
    lookahead, _ = _first_characters(list(items[at][1][1]))  # type: ignore[index]
    chars, empty = _first_characters(items[at + 1 :])
    assert not empty and chars <= lookahead
