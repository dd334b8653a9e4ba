"""How notices state a problem's status, each form as a notice prints it (issue 19 point 4)."""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于6月10日反馈了巡察意见。\n"
)

# (how the item is printed, the status a careful reader takes from it)
FORMS = [
    ("1.公务接待管理不规范。\n整改情况:已完成。修订《公务接待管理办法》。", "done"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。\n整改进度:正在推进", "in_progress"),
    ("1.公务接待管理不规范。\n整改情况:已完成,需长期坚持。修订《公务接待管理办法》。", "done_longterm"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。\n是否完成:是", "done"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。\n是否完成：否", "in_progress"),
    ("1.【已完成】公务接待管理不规范。\n修订《公务接待管理办法》。", "done"),
    ("1.〔正在推进〕公务接待管理不规范。\n修订《公务接待管理办法》。", "in_progress"),
    ("1.公务接待管理不规范(已销号)。\n修订《公务接待管理办法》。", "done"),
    ("1.公务接待管理不规范[未销号]。\n修订《公务接待管理办法》。", "in_progress"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。\n责任单位:办公室;整改时限:2024年底;整改进度:已完成", "done"),
    ("1.公务接待管理不规范。修订《公务接待管理办法》。目前,该问题已整改完成。", "done"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。目前,该问题已完成整改,并将长期坚持。", "done_longterm"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。目前该问题正在推进整改。", "in_progress"),
    ("1.公务接待管理不规范。\n整改情况:没有完成。正在修订《公务接待管理办法》。", "in_progress"),
    ("1.公务接待管理不规范。\n整改情况:未整改到位。正在修订《公务接待管理办法》。", "in_progress"),
    ("1.公务接待管理不规范。\n整改情况:阶段性完成。修订《公务接待管理办法》。", "in_progress"),
    # negations of done in the closing sentence
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。目前该问题还没有完成整改。", "in_progress"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。目前,该问题尚未完成整改。", "in_progress"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。\n该问题仍未整改到位。", "in_progress"),
    ("1.公务接待管理不规范。\n修订《公务接待管理办法》。", "unstated"),
]


@pytest.mark.parametrize(("item", "status"), FORMS, ids=[f[0].split("\n")[-1][:14] for f in FORMS])
def test_the_status_is_read_in_every_form(item: str, status: str) -> None:
    notice = parse_notice(HEAD + "一、在落实全面从严治党方面\n" + item + "\n")
    assert [(i.title, i.status) for i in notice.items] == [("公务接待管理不规范", status)]


@pytest.mark.parametrize(
    ("heading", "status"),
    [
        ("一、已整改完成的问题", "done"),
        ("一、需要继续整改的问题", "in_progress"),
        ("一、需要长期坚持整改的事项", "in_progress"),
    ],
)
def test_a_section_heading_states_the_status_of_its_problems(heading: str, status: str) -> None:
    text = HEAD + heading + "\n1.公务接待管理不规范。修订《公务接待管理办法》。\n2.差旅费报销审核不严。逐笔复核。\n"
    assert [(i.status, i.status_source) for i in parse_notice(text).items] == [(status, "section")] * 2


@pytest.mark.parametrize(
    ("printed", "status"),
    [
        ("1.关于公务接待管理不规范的问题(已完成并长期坚\n持)。", "done_longterm"),
        ("1.关于公务接待管理不规范的问题(正\n在整改)", "in_progress"),
        ("1.关于公务接待管理不规范的问题(阶段性完成\n)。", "in_progress"),
        ("1.关于公务接待管理不规范的问题【已销\n号】", "done"),
        ("1.关于公务接待管理不规范的问题〔尚未整改到位\n〕。", "in_progress"),
        # the wrap fell before the bracket, inside the headline ending on 的
        ("1.关于“公务接待管理不规范”问题的\n整改情况[已完成并长期坚持]", "done_longterm"),
    ],
)
def test_a_bracketed_status_cut_by_a_hard_wrap_is_the_status_not_the_title(printed: str, status: str) -> None:
    """A page wrapped at a fixed width cuts '(已完成并长期坚持)' anywhere: the bracket's rest opening the next line
    completes the status; neither part stays in the title or the measures."""
    notice = parse_notice(HEAD + "一、在落实全面从严治党方面\n" + printed + "\n修订《公务接待管理办法》。\n")
    [item] = notice.items
    assert (item.title, item.status, item.measures) == ("公务接待管理不规范", status, "修订《公务接待管理办法》。")


def test_a_bracket_the_next_line_does_not_close_into_a_status_stays_as_printed() -> None:
    notice = parse_notice(
        HEAD + "一、在落实全面从严治党方面\n1.公务接待管理不规范(含\n下属单位)。\n修订《公务接待管理办法》。\n"
    )
    [item] = notice.items
    assert item.status == "unstated" and "下属单位" in item.title + item.measures


@pytest.mark.parametrize(
    ("item", "status"),
    [
        # the bracket by the title states the status; 整改情况 then reports work done
        ("1.公务接待管理不规范(阶段性完成)。\n整改情况:截至目前已完成专项检查3次。", "in_progress"),
        ("1.公务接待管理不规范(已完成并长期坚持)。\n整改情况:截至目前已完成专项检查3次。", "done_longterm"),
        # a done word with an object is a measure, not the status
        ("1.公务接待管理不规范。\n整改情况:已完成全部32份合同的复核。修订《公务接待管理办法》。", "unstated"),
        ("1.公务接待管理不规范。\n整改情况:截至目前已完成专项检查3次。", "unstated"),
        # ...but the status words themselves are read, whatever follows them
        ("1.公务接待管理不规范。\n整改情况:已完成整改。修订《公务接待管理办法》。", "done"),
        ("1.公务接待管理不规范。\n整改情况:已完成,长期坚持。修订《公务接待管理办法》。", "done_longterm"),
        # the measures named by their order before the status words
        (
            "1.公务接待管理不规范。\n整改情况:第一项、第二项、第三项已完成,长期坚持。一是修订制度。\n二是开展检查。",
            "done_longterm",
        ),
        ("1.公务接待管理不规范。\n整改情况:第一项、第二项已整改完成。一是修订制度。\n二是开展检查。", "done"),
        # a status field outranks the bracket
        ("1.公务接待管理不规范(已完成)。\n整改进度:正在推进", "in_progress"),
    ],
)
def test_status_fields_brackets_and_reports_of_work_done(item: str, status: str) -> None:
    """整改情况 holds a status or the measures; a status field (整改进度) or the title's bracket says it plainly."""
    notice = parse_notice(HEAD + "一、在落实全面从严治党方面\n" + item + "\n")
    assert [(i.title, i.status) for i in notice.items] == [("公务接待管理不规范", status)]


@pytest.mark.parametrize(
    ("printed", "measures"),
    [
        ("1.关于“公务接待管理不规范”问题的整改情况已完成全部32份合同的复核。", "已完成全部32份合同的复核。"),
        ("1.关于“公务接待管理不规范”问题对相关责任人进行提醒谈话。", "对相关责任人进行提醒谈话。"),
        ("1.针对“公务接待管理不规范”的问题一是对相关责任人进行提醒谈话。", "一是对相关责任人进行提醒谈话。"),
        ("1.关于“公务接待管理不规范”问题的整改情况。\n对相关责任人进行提醒谈话。", "对相关责任人进行提醒谈话。"),
    ],
)
def test_a_quoting_headline_ends_where_its_wrapper_ends(printed: str, measures: str) -> None:
    """Issue 19 point 3: 关于“X”问题的整改情况 is the headline; text glued after it where the page lost the line
    break is the rectification text, not the title."""
    notice = parse_notice(
        HEAD
        + "一、在落实全面从严治党方面\n"
        + printed
        + "\n责任单位:办公室\n2.公务用车管理不严格。\n整改情况:已完成。\n"
    )
    item = notice.items[0]
    assert (len(notice.items), item.title, item.measures) == (2, "公务接待管理不规范", measures)
