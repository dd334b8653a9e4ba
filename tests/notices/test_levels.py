"""Which level holds the problems, read from evidence (issue 19 point 2): layouts the generator's free tier met.

Each notice is small and written as the genre prints it; each test checks what a reader of the ledger sees:
the problems, their titles, statuses, aspects and groups.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from tests.notices.generator import FAMILIES, generate
from tests.notices.test_generated import differences

OPENING = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于2024年6月10日反馈了巡察意见。\n"
)


def _read(body: str) -> list[tuple[str, str, str, str | None, str | None]]:
    notice = parse_notice(OPENING + body)
    return [(i.label, i.title, i.status, i.aspect, i.group) for i in notice.items]


def test_problems_under_a_heading_that_names_one_problem_are_the_problems() -> None:
    """1.关于“…”问题的整改 over (1)(2) that carry their own status lines: (1)(2) are the problems, 1. their group."""
    items = _read(
        "一、在落实全面从严治党方面\n"
        "1.关于“财务管理不规范”问题的整改\n"
        "(1)公务接待管理不规范。\n整改进度:已完成。\n修订《公务接待管理办法》。\n"
        "(2)差旅费报销审核不严。\n整改进度:正在推进。\n对近三年差旅费逐笔复核。\n"
    )
    group = "1.关于“财务管理不规范”问题的整改"
    assert items == [
        ("1", "公务接待管理不规范", "done", "一、在落实全面从严治党方面", group),
        ("2", "差旅费报销审核不严", "in_progress", "一、在落实全面从严治党方面", group),
    ]


def test_actions_under_a_problem_stay_its_measures_even_when_a_status_line_follows_them() -> None:
    """问题1.针对…的问题。 > (1)对于…开展检查。 > 整改进度: — one problem, its measure and its status."""
    items = _read(
        "(一)在全面从严治党方面\n"
        "问题1.针对公务接待费用报销不规范的问题。\n(1)对于2023年公务接待报销凭证逐笔核查。\n整改进度:已完成\n"
    )
    assert [(label, title, status) for label, title, status, _, _ in items] == [
        ("问题1", "公务接待费用报销不规范", "done")
    ]


def test_unnumbered_problem_paragraphs_under_sections_each_with_their_own_status() -> None:
    """L13's layout under 一、 sections: each paragraph opens with its problem; labels and prose below are its own."""
    items = _read(
        "一、反馈问题:作风建设和廉洁自律不到位\n"
        "关于公务用车管理不严格的问题。\n完成情况:已整改到位。\n一是加强日常监督。二是定期通报。\n"
        "【正在整改】差旅费报销审核不严。修订报销办法,逐笔复核。\n"
        "二、基层党组织建设方面存在的问题\n"
        "“三会一课”制度落实不严格。组织全体党员开展专题学习。\n目前,该问题尚未整改到位,将持续推进。\n"
    )
    first, second = "一、反馈问题:作风建设和廉洁自律不到位", "二、基层党组织建设方面存在的问题"
    assert items == [
        ("1", "公务用车管理不严格", "done", first, None),
        ("2", "差旅费报销审核不严", "in_progress", first, None),
        ("1", "“三会一课”制度落实不严格", "in_progress", second, None),
    ]


def test_a_closing_part_numbered_yi_after_problems_numbered_otherwise_lists_no_problems() -> None:
    items = _read(
        "问题一:公务接待管理不规范。\n整改结果:已完成。\n修订办法。\n"
        "问题二:差旅费报销审核不严。\n整改结果:正在推进。\n逐笔复核。\n"
        "一、下一步工作打算\n1.坚持思想不松。进一步提高政治站位。\n2.坚持标准不降。定期调度。\n"
    )
    assert [(label, title) for label, title, *_ in items] == [
        ("问题一", "公务接待管理不规范"),
        ("问题二", "差旅费报销审核不严"),
    ]


def test_problem_names_in_two_numberings_are_two_levels() -> None:
    """问题一 headings over 问题(一) problems: two numberings, the upper one the aspect."""
    items = _read(
        "问题一:在落实全面从严治党方面\n"
        "问题(一)公务接待管理不规范。\n整改结果:已完成。\n修订办法。\n"
        "问题(二)差旅费报销审核不严。\n整改结果:正在推进。\n逐笔复核。\n"
    )
    assert [(label, title, aspect) for label, title, _, aspect, _ in items] == [
        ("问题一", "公务接待管理不规范", "问题一:在落实全面从严治党方面"),
        ("问题二", "差旅费报销审核不严", "问题一:在落实全面从严治党方面"),
    ]


def test_a_headline_ended_by_a_colon_is_the_title() -> None:
    items = _read("(一)在全面从严治党方面\n1.公务接待管理不规范:目前,该问题已完成整改。修订办法。\n")
    assert [(title, status) for _, title, status, _, _ in items] == [("公务接待管理不规范", "done")]


@pytest.mark.parametrize("family", [f.name for f in FAMILIES])
def test_the_part_that_holds_the_problems_is_neither_aspect_nor_group(family: str) -> None:
    """Generated notices with an opening part and a part holding the problems, numbered in any family."""
    failures = [
        d
        for seed in range(8)
        if (d := differences(generate(9100 + seed, baseline=True, item_family=family, parts=True)))
    ]
    assert not failures, failures[:2]
