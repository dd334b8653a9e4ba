"""Round 147's class (issue 19): ledgers whose progress is a measure, part two. A problem's status is given by how
much of its work is done rather than by a word: the count of its measures done of those set (3/5, 已完成3项/共5项),
a share written in words (百分之八十), with a second status column beside the measure (整改结果：已验收，长期坚持)
and the acceptance still to come named in the measures (已提请…组织验收). The whole done is done, any less in
progress. Members the round's notices do not print: other labels, units, separators and orders of the count, other
shares in words, other verbs putting the work up for acceptance and other columns keeping the work up."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况通报如下。\n"
    "（一）落实全面从严治党战略部署方面\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年6月10日\n"


def _notice(*problems: tuple[str, str]) -> str:
    """Problems numbered 1., each with its measures and the field(s) after them."""
    blocks = "".join(f"{n}.{title}。\n整改措施：{fields}\n" for n, (title, fields) in enumerate(problems, 1))
    return _HEAD + blocks + _TAIL


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(item.title, item.status) for item in parse_notice(text).items]


# The count of measures done of those set, in a status column: all done is done, fewer in progress, whatever the
# label, the unit (项/条/个), the separator (a slash, a full-width slash, brackets) or the order (共…，已完成…).
@pytest.mark.parametrize(
    ("label", "whole", "part"),
    [
        ("完成进度", "2/2", "1/2"),
        ("整改进度", "4条/4条", "2条/4条"),
        ("当前进度", "已落实3项／共3项", "已落实1项／共3项"),
        ("落实进度", "已完成4项（共4项）", "已完成2项（共4项）"),
        ("完成进度", "共3项，已完成3项", "共3项，已完成2项"),
        ("进度", "完成6个/共6个", "完成5个/共6个"),
    ],
)
def test_a_count_of_measures_done_is_the_status(label: str, whole: str, part: str) -> None:
    text = _notice(
        ("公务用车管理不规范", f"修订公务用车管理办法。\n{label}：{whole}"),
        ("专项资金拨付滞后", f"建立资金拨付台账。\n{label}：{part}"),
    )
    assert _statuses(text) == [("公务用车管理不规范", "done"), ("专项资金拨付滞后", "in_progress")]


# A share written in words: 百分之百 (or 一百) is done, any other share in progress.
@pytest.mark.parametrize(
    ("label", "whole", "part"),
    [
        ("整改进度", "百分之一百", "百分之九十"),
        ("完成进度", "已完成百分之百", "已完成百分之五十五"),
        ("当前进度", "百分之百", "百分之二十"),
        ("完成率", "达到百分之百", "达到百分之六十"),
    ],
)
def test_a_share_in_words_is_the_status(label: str, whole: str, part: str) -> None:
    text = _notice(
        ("公务用车管理不规范", f"修订公务用车管理办法。\n{label}：{whole}"),
        ("专项资金拨付滞后", f"建立资金拨付台账。\n{label}：{part}"),
    )
    assert _statuses(text) == [("公务用车管理不规范", "done"), ("专项资金拨付滞后", "in_progress")]


# A second status column saying the work is kept up qualifies the measure's done (整改进度：5/5 beside 整改状态：
# 已完成，长期坚持): done and kept up.
@pytest.mark.parametrize(
    ("measure", "kept"),
    [
        ("完成进度：5/5", "整改状态：已完成，长期坚持"),
        ("整改进度：百分之百", "整改结果：已销号，长期坚持"),
        ("完成进度：已完成3项/共3项", "当前状态：已完成并长期坚持"),
    ],
)
def test_a_column_keeping_the_work_up_qualifies_the_measure(measure: str, kept: str) -> None:
    text = _notice(
        ("公务用车管理不规范", f"修订公务用车管理办法。\n{measure}\n{kept}"),
        ("专项资金拨付滞后", "建立资金拨付台账。\n完成进度：1/2"),
    )
    assert _statuses(text) == [("公务用车管理不规范", "done_longterm"), ("专项资金拨付滞后", "in_progress")]


# The work put up for a named body's acceptance (已提请…组织验收 / 已报请…竣工验收): done by its measure, and pending
# until the acceptance; an acceptance the sentence says passed is no work still to do.
@pytest.mark.parametrize(
    ("measures", "pending"),
    [
        ("完成管网改造12公里，已提请县应急管理局组织验收。", True),
        ("完成管网改造12公里，已报请市住房和城乡建设局组织竣工验收。", True),
        ("完成管网改造12公里，并申请区农业农村局验收。", True),
        ("完成管网改造12公里，已提请县应急管理局组织验收并通过。", False),
    ],
)
def test_acceptance_requested_is_pending(measures: str, pending: bool) -> None:
    text = _notice(
        ("燃气管网隐患整治不彻底", f"{measures}\n完成进度：3/3"),
        ("专项资金拨付滞后", "建立资金拨付台账。\n完成进度：1/2"),
    )
    first = parse_notice(text).items[0]
    assert (first.status, first.pending) == ("done", pending)
