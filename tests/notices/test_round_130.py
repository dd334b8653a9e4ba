"""Round 130's class (issue 19): grassroots and basic-level branches' notices as their secretaries type them (a
hospital department's, a primary school's, a state firm's workshop's, a private firm's 党支部): numbers typed by
hand (一. among 二、, 3， before a status bracket, a number skipped or repeated), statuses in spoken words closing
a problem's line or only in a closing line by the printed numbers, a 回头看's part of what it newly found, counts in
spoken words, and a signature of the branch's everyday name above its secretary's. Members the round's notices do
not print: other spoken words, other numbers skipped, other closing lists, other part headings, other short names."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = "2025年3月3日至4月11日，县委第二巡察组对我支部进行了巡察，5月20日反馈了巡察意见。具体情况如下：\n"
_TAIL = "联系电话：0795-2501234\n\n某县某中学党支部\n支部书记：某某\n2025年10月9日\n"
_HEAD = "中共某县某中学支部委员会关于县委巡察反馈问题整改情况的通报\n\n" + _OPENING


def _statuses(text: str) -> list[str]:
    return [i.status for i in parse_notice(text).items]


# A closing line giving the statuses by the numbers the writer printed, where he skipped one: the list's numbers are
# the printed ones, each problem named once.
@pytest.mark.parametrize(
    ("labels", "closing", "want"),
    [
        (
            ["1", "2", "3", "5", "6"],
            "整改完成情况：第1、3、5个问题已整改完成，第2、6个问题正在推进。",
            ["done", "in_progress", "done", "done", "in_progress"],
        ),
        (
            ["1", "3", "4", "5"],
            "以上问题，第1、4项已完成，第3项还在改，第5项长期坚持。",
            ["done", "in_progress", "done", "done_longterm"],
        ),
        (
            ["1", "2", "4", "5"],
            "问题1、问题2、问题5已整改到位；问题4正在整改。",
            ["done", "done", "in_progress", "done"],
        ),
    ],
)
def test_a_closing_list_by_printed_numbers_skipping_one(labels: list[str], closing: str, want: list[str]) -> None:
    problems = "".join(
        f"{n}.{title}。\n整改：{measure}。\n"
        for n, title, measure in zip(
            labels,
            [
                "食堂采购没有询价记录",
                "党员学习教育不经常",
                "校舍维修程序不规范",
                "课后服务收费公示不及时",
                "档案管理混乱",
            ],
            ["实行三人询价", "制定学习计划", "重新审计维修项目", "公示收费标准", "补齐档案23卷"],
            strict=False,
        )
    )
    text = _HEAD + problems + "\n" + closing + "\n\n" + _TAIL
    notice = parse_notice(text)
    assert [i.label for i in notice.items] == labels
    assert [i.status for i in notice.items] == want


# The last problem's own status field counting its measures by number (第一项、第二项已完成) is its status, though a
# 问题 stands elsewhere in its text (防止问题反弹回潮): it names no problems, so it is no closing list typed as a field
# (found by the generator's held-out draws).
@pytest.mark.parametrize(
    ("field", "want"),
    [
        ("整改情况：第一项、第二项、第三项完成。一是修订制度。二是建立长效机制，防止问题反弹回潮。", "done"),
        ("完成情况：第1项、第2项、第3项已完成，长期坚持。一是约谈。二是对发现的问题逐一督促落实。", "done_longterm"),
    ],
)  # fmt: skip
def test_a_last_problem_s_field_counting_its_measures_is_its_own_status(field: str, want: str) -> None:
    problems = "1.食堂采购没有询价记录。\n整改情况：已完成整改。\n2.党员学习教育不经常。\n整改情况：已完成整改。\n"
    notice = parse_notice(_HEAD + problems + "3.档案管理混乱。\n" + field + "\n\n" + _TAIL)
    assert [i.status for i in notice.items] == ["done", "done", want]


# A 回头看's part of the problems it newly found, beside the part of the last round's left undone: each is the aspect
# of its problems.
@pytest.mark.parametrize(
    "heading",
    ["二、“回头看”新发现的问题", "二、巡察“回头看”中新发现的问题", "二、本轮新查摆出的问题", "二、回头看新发现的问题"],
)
def test_a_huitoukan_part_of_new_findings_is_an_aspect(heading: str) -> None:
    text = (
        "中共某县某局机关支部委员会关于巡察“回头看”反馈问题整改情况的通报\n\n"
        + _OPENING
        + "一、上轮巡察整改不到位的问题\n"
        "1.安全生产责任制落实不到位。\n整改：修订责任清单，已完成。\n2.支部学习质量不高。\n整改：党课轮流讲，已完成。\n"
        f"{heading}\n3.劳务派遣人员管理不规范。\n整改：重新签订协议，已完成。\n4.考勤管理松散。\n整改：启用考勤机，已完成。\n\n"
        + _TAIL
    )
    aspects = [i.aspect for i in parse_notice(text).items]
    assert aspects[2:] == [heading, heading]


# A number skipped across a part's heading, where the numbering runs on through the notice, is flagged as one
# skipped inside a part is.
@pytest.mark.parametrize(
    ("first", "second"), [("1.", "4."), ("(1)", "(4)"), ("1、", "5、")], ids=["dot", "paren", "dunhao"]
)
def test_a_number_skipped_across_a_heading_is_flagged(first: str, second: str) -> None:
    n2, n3 = first.replace("1", "2"), second
    n4 = second.replace("4", "5") if "4" in second else second.replace("5", "6")
    text = (
        _HEAD + "一、党的建设方面\n"
        f"{first}支部学习不经常。\n整改：制定计划，已完成。\n{n2}组织生活不规范。\n整改：规范记录，已完成。\n"
        f"二、业务工作方面\n{n3}食堂采购没有询价。\n整改：实行询价，已完成。\n{n4}档案不全。\n整改：补齐档案，已完成。\n\n"
        + _TAIL
    )
    notice = parse_notice(text)
    assert [str(w) for w in notice.warnings if w.code == "numbering"] == [
        f"item 3 is numbered {notice.items[2].label} right after 2"
    ]


# The title's formal 中共…委员会 is the issuer where the signature writes the same body's everyday name.
@pytest.mark.parametrize(
    ("formal", "signed"),
    [
        ("中共某县某中学支部委员会", "某县某中学党支部"),
        ("中共某县某医院委员会", "某县某医院党委"),
        ("中共某县某公司总支部委员会", "某公司党总支"),
        ("中共某县某局机关支部委员会", "机关党支部"),
    ],
)
def test_the_title_s_formal_name_over_the_signature_s_everyday_one(formal: str, signed: str) -> None:
    text = (
        f"{formal}关于县委巡察反馈问题整改情况的通报\n\n" + _OPENING + "1.支部学习不经常。\n整改：制定计划，已完成。\n"
        "2.食堂采购没有询价。\n整改：实行询价，正在整改。\n\n联系电话：0795-2501234\n\n"
        + f"{signed}\n支部书记：某某\n2025年10月9日\n"
    )
    assert parse_notice(text).issuer == formal


# A spoken status closing a problem's line, the fix promised or the work carried on: the problem is still open.
@pytest.mark.parametrize("spoken", ["马上改", "马上就改", "还要接着改", "下步继续改", "继续做", "马上整改"])
def test_a_spoken_open_status_closing_the_line(spoken: str) -> None:
    text = (
        _HEAD + "1、支部学习不经常：制定学习计划，每月集中学习，已落实。\n"
        f"2、食堂采购没有询价记录：请财务股指导，剩余账目正在清理，{spoken}。\n"
        "3、档案管理混乱：补齐档案23卷，已改正。\n\n" + _TAIL
    )
    assert _statuses(text) == ["done", "in_progress", "done"]


# A clause of keeping-up alone closing the line of one problem, among problems each closing on its status: the
# secretary's status for it, done and kept up.
@pytest.mark.parametrize("kept", ["长期坚持", "常态化落实", "常态化执行", "将长期坚持", "常态化推进"])
def test_a_kept_up_clause_among_stated_lines(kept: str) -> None:
    text = (
        _HEAD + "1.支部学习不经常：制定学习计划，每月集中学习，已落实。\n"
        f"2.党员示范岗没有考核：制定考核办法，每学期评议一次，{kept}。\n"
        "3.家长反映问题回复慢：开通校长信箱，3个工作日内答复，已经整改。\n"
        "4.档案管理混乱：补齐档案23卷，已改正。\n\n" + _TAIL
    )
    assert _statuses(text) == ["done", "done_longterm", "done", "done"]


# Numbers typed by hand: a Chinese numeral with the full stop (一.), and a figure with a comma before the status
# bracket that opens the problem.
@pytest.mark.parametrize(
    ("first", "third"),
    [("一.", "三."), ("一、", "三."), ("1.", "3，【正在整改】"), ("1、", "3,〔正在整改〕")],
)
def test_hand_typed_numbers_keep_their_problems(first: str, third: str) -> None:
    second = "二、" if first.startswith("一") else "2."
    text = (
        _HEAD
        + f"{first}党员发挥作用不明显。制定考核办法，已落实。\n{second}食堂采购没有询价记录。实行三人询价，已改正。\n"
        f"{third}校舍维修程序不规范。重新审计维修项目，正在改。\n\n" + _TAIL
    )
    notice = parse_notice(text)
    assert [i.title for i in notice.items] == ["党员发挥作用不明显", "食堂采购没有询价记录", "校舍维修程序不规范"]
    assert notice.items[2].status == "in_progress"


# The counts in a secretary's spoken words: the done count after 改好/改完/改正, the open count after 还有.
@pytest.mark.parametrize(
    ("counts", "want"),
    [
        ("已经改好2个，还有1个在改", (2, 1)),
        ("已改完2个，还有1个正在改", (2, 1)),
        ("已改正2个，还有1个问题还在推进", (2, 1)),
    ],
)
def test_counts_in_spoken_words(counts: str, want: tuple[int, int]) -> None:
    text = (
        "中共某县某中学支部委员会关于县委巡察反馈问题整改情况的通报\n\n"
        f"2025年3月3日至4月11日，县委第二巡察组对我支部进行了巡察，共指出问题3个。到目前为止，{counts}。\n"
        "1.支部学习不经常。\n整改：制定计划，已完成。\n2.食堂采购没有询价。\n整改：实行询价，已完成。\n"
        "3.校舍维修不规范。\n整改：重新审计，正在整改。\n\n" + _TAIL
    )
    claimed = parse_notice(text).claimed
    assert (claimed.completed, claimed.in_progress) == want
