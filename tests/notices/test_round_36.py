"""Round 36 of issue 19 (public institutions: media centres, a newspaper group, a museum, a research institute, a
school, a hospital): the classes its first reading missed, each by members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

OPENING = (
    "根据统一部署,2024年3月1日至4月30日,{team}对{body}开展了巡察。"
    "5月20日,{team}向{body}反馈了巡察意见。现将巡察整改进展情况予以公布。"
)
SECTION = "一、组织整改落实情况\n召开专题会议研究部署整改工作。"


@pytest.mark.parametrize(
    ("title", "agency"),
    [
        # 一个机构两块牌子: a body of two names prints its second in brackets inside its party body's name
        (
            "中共平江县档案馆（县委党史研究室）支部委员会关于巡察整改进展情况的通报",
            "平江县档案馆(县委党史研究室)支部委员会",
        ),
        ("中共平江县融媒体中心（县广播电视台）委员会关于巡察整改情况的通报", "平江县融媒体中心(县广播电视台)委员会"),
        (
            "中共岳阳日报社（岳阳日报传媒集团）委员会关于巡察集中整改进展情况的通报",
            "岳阳日报社(岳阳日报传媒集团)委员会",
        ),
    ],
)
def test_a_name_holding_its_second_name_in_brackets_is_the_agency(title: str, agency: str) -> None:
    body = agency.split("(")[0]
    opening = OPENING.format(team="县委第二巡察组", body=body)
    parsed = parse_notice("\n".join([title, opening, SECTION]), "opening.txt")
    assert parsed.agency == agency


@pytest.mark.parametrize(
    ("team_sentence", "team"),
    [
        # a body's own team named by its short self-reference: a court's 院党组, an academy's, a hospital group's
        ("院党组第二巡察组对县人民法院党组开展了巡察", "院党组第二巡察组"),
        ("按照院党组巡察工作部署,院党组第一巡察组对所属研究所党委开展了巡察", "院党组第一巡察组"),
        ("省高级人民法院党组第三巡察组对市中级人民法院党组开展了巡察", "省高级人民法院党组第三巡察组"),
    ],
)
def test_a_team_owned_by_a_yuan_party_group(team_sentence: str, team: str) -> None:
    opening = f"根据统一部署,2024年3月1日至4月30日,{team_sentence}。"
    text = f"中共平江县人民法院党组关于巡察整改进展情况的通报\n{opening}\n{SECTION}"
    assert parse_notice(text, "opening.txt").inspection_team == team


@pytest.mark.parametrize(
    "counts",
    [
        # the sentence after a count of tasks counts the tasks in the tasks' unit until problems are named again
        "巡察反馈的3个方面9个问题,细化为38项整改任务。截至2024年12月31日,已完成33项,其余5项正在持续推进。",
        "反馈问题共7个,分解为整改措施26条。目前已完成21条,其余5条正在推进。",
        "巡察反馈的4个方面12个问题,梳理形成整改任务45项。截至目前,已完成整改40项。",
    ],
)
def test_a_sentence_after_a_count_of_tasks_counts_the_tasks(counts: str) -> None:
    opening = OPENING.format(team="县委第二巡察组", body="县水务局党组")
    parsed = parse_notice(f"{opening}\n一、组织整改落实情况\n{counts}", "opening.txt")
    assert parsed.claimed.completed is None


def test_a_sentence_after_a_count_of_tasks_still_counts_problems_it_names() -> None:
    opening = OPENING.format(team="县委第二巡察组", body="县水务局党组")
    counts = "巡察反馈的3个方面9个问题,细化为38项整改任务。截至目前,9个问题已完成整改7个,正在推进2个。"
    parsed = parse_notice(f"{opening}\n一、组织整改落实情况\n{counts}", "opening.txt")
    assert (parsed.claimed.completed, parsed.claimed.in_progress) == (7, 2)


TITLE = "中共平江县人民医院委员会关于巡察整改进展情况的通报"
HOSPITAL = OPENING.format(team="县委第二巡察组", body="县人民医院党委")


def _problem(label: str, headline: str) -> list[str]:
    return [f"{label}{headline}。", "整改情况：修订管理制度，开展专项检查。目前，该问题已整改完成。"]


@pytest.mark.parametrize(
    ("printed", "labels"),
    [
        # a problem's number printed without its mark between its numbered siblings (a page's slip: 5践行…)
        (["1.", "2", "3."], ["1", "2", "3"]),
        (["1、", "2、", "3、", "4", "5、"], ["1", "2", "3", "4", "5"]),
        (["1.", "2.", "3", "4."], ["1", "2", "3", "4"]),
    ],
)
def test_a_number_printed_without_its_mark_between_numbered_siblings(printed: list[str], labels: list[str]) -> None:
    headlines = [
        "理论学习不够深入",
        "医疗设备采购管理不规范",
        "医保基金使用监管不严",
        "药品耗材管理存在漏洞",
        "干部轮岗交流不够",
    ]
    lines = [TITLE, HOSPITAL, "二、巡察反馈问题整改落实情况"]
    for label, headline in zip(printed, headlines, strict=False):
        lines += _problem(label, headline)
    parsed = parse_notice("\n".join(lines), "opening.txt")
    assert [i.label for i in parsed.items] == labels


def test_a_count_opening_a_line_is_not_a_number_without_its_mark() -> None:
    lines = [TITLE, HOSPITAL, "二、巡察反馈问题整改落实情况", *_problem("1.", "理论学习不够深入")]
    lines += ["2名干部已轮岗交流，3家科室完成整改。", *_problem("3.", "医保基金使用监管不严")]
    parsed = parse_notice("\n".join(lines), "opening.txt")
    assert [i.label for i in parsed.items] == ["1", "3"]


@pytest.mark.parametrize(
    "open_heading",
    [
        # a status section of work going on, headed by what was achieved so far: it names no area of its problems
        "（二）持续整改的问题（1个）",
        "（二）取得阶段性成效的问题",
        "（二）基本完成整改的问题（1个）",
    ],
)
def test_problems_regrouped_under_status_sections_keep_their_numbers(open_heading: str) -> None:
    lines = [TITLE, HOSPITAL, "二、巡察反馈问题整改落实情况", "（一）已完成整改的问题（2个）"]
    lines += _problem("1.", "理论学习不够深入") + _problem("3.", "医保基金使用监管不严")
    lines += [open_heading, "2.医疗设备采购管理不规范。", "整改情况：修订采购管理办法，剩余设备正在清查。"]
    parsed = parse_notice("\n".join(lines), "opening.txt")
    assert [(i.label, i.aspect) for i in parsed.items] == [("1", None), ("3", None), ("2", None)]
    assert [i.status for i in parsed.items][-1] == "in_progress"
    assert [w for w in parsed.warnings if w.code == "numbering"] == []
