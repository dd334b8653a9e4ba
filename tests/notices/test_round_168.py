"""Round 168's class (issue 19): the status printed BEFORE its problem.

A status bracket opening an item, numbered or not, before its problem's quoted wrapper run on with the measures
(【已完成】关于“…”问题，…); a ledger whose first column is the status, published as a web page's table
(| 整改状态 | 序号 | 问题 | … |); and a part of the notice grouping its problems by a status, kept up
(三、已完成整改并需长期坚持的问题), over noun-phrase headlines with their text unlabelled. Members the round's
notices do not print: other status words and brackets, other numberings, other wrappers, other column names.
A status SENTENCE opening the item before the wrapper (1.已整改到位。针对“…”的问题，…) is read as the bracket is.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "巡察反馈的3个问题，已完成整改2个，正在整改1个。\n"
    "一、整改工作开展情况\n局党组成立整改工作领导小组，制定整改方案，逐项明确责任。\n"
    "二、巡察反馈问题整改落实情况\n"
)
_TAIL = (
    "三、下一步工作打算\n局党组将持续巩固整改成果。\n"
    "欢迎监督。联系电话：0731-1234567。\n中共某县某局党组\n2024年12月10日\n"
)
_PROBLEMS = (
    "干部教育培训针对性不强，业务骨干储备不足",
    "公务接待管理不规范，接待清单填写不完整",
    "固定资产管理不规范，部分设备未登记入账",
)
_TEXTS = (
    "局党组制定培训规划，组织业务培训4期，确定骨干培养对象6名。",
    "修订公务接待管理办法，对2023年以来的接待费用逐笔核查，补全接待清单。",
    "开展资产清查，已登记入账设备120台，其余设备正在核对原始凭证。",
)


def _read(body: str) -> list[tuple[str, str, str]]:
    return [(i.label, i.title, i.status) for i in parse_notice(_HEAD + body + _TAIL).items]


def _expected(*statuses: str) -> list[tuple[str, str, str]]:
    return [
        (str(n), title.replace("，", ","), s) for n, (title, s) in enumerate(zip(_PROBLEMS, statuses, strict=True), 1)
    ]


# A status bracket opening the item, then its problem's quoted wrapper run on with the measures: numbered or not,
# the wrapper's headline is the problem (the round's township prints the status as a sentence instead).
@pytest.mark.parametrize("wrapper", ["关于“{}”问题，", "对于“{}”的问题，"])
@pytest.mark.parametrize("number", ["{}.", "（{}）"])
def test_a_status_bracket_before_the_problem_s_wrapper(wrapper: str, number: str) -> None:
    words = ("【已完成整改】", "［已整改到位并长期坚持］", "〔正在整改〕")
    body = "".join(
        f"{number.format(n)}{w}{wrapper.format(p)}{t}\n"
        for n, (w, p, t) in enumerate(zip(words, _PROBLEMS, _TEXTS, strict=True), 1)
    )
    assert _read(body) == _expected("done", "done_longterm", "in_progress")


# The status said first as a sentence of its own, then the problem's wrapper run on with the measures (the round's
# township): read as the bracket before the wrapper is, whatever the sentence's stop and status words.
@pytest.mark.parametrize("wrapper", ["针对“{}”的问题，", "关于“{}”问题，"])
@pytest.mark.parametrize("stop", ["。", "！", "；"])
def test_a_status_sentence_before_the_problem_s_wrapper(wrapper: str, stop: str) -> None:
    words = ("已整改完成", "已完成并长期坚持", "整改中")
    body = "（一）贯彻落实上级决策部署方面\n" + "".join(
        f"{n}.{w}{stop}{wrapper.format(p)}{t}\n"
        for n, (w, p, t) in enumerate(zip(words, _PROBLEMS, _TEXTS, strict=True), 1)
    )
    assert _read(body) == _expected("done", "done_longterm", "in_progress")


@pytest.mark.parametrize("wrapper", ["针对巡察反馈“{}”的问题，", "关于“{}”问题，"])
def test_an_unnumbered_paragraph_opened_by_its_status_bracket(wrapper: str) -> None:
    words = ("【已整改完成】", "【已完成并长期坚持】", "【整改中】")
    body = "".join(f"{w}{wrapper.format(p)}{t}\n" for w, p, t in zip(words, _PROBLEMS, _TEXTS, strict=True))
    items = parse_notice(_HEAD + body + _TAIL).items
    want = [(t, s) for _, t, s in _expected("done", "done_longterm", "in_progress")]
    assert [(i.title, i.status) for i in items] == want


# A ledger whose first column is the status, as a web page's table is extracted (| cell | rows): other names of the
# status, number and problem columns.
@pytest.mark.parametrize(
    "header",
    [
        "| 完成情况 | 序号 | 存在问题 | 整改措施 |",
        "| 状态 | 编号 | 问题 | 整改措施 |",
        "| 整改进度 | 序号 | 反馈问题 | 具体措施 |",
    ],
)
def test_a_web_table_with_its_status_column_first(header: str) -> None:
    rows = "".join(
        f"| {w} | {n} | {p} | {t} |\n"
        for n, (w, p, t) in enumerate(zip(("已完成", "已完成，长期坚持", "整改中"), _PROBLEMS, _TEXTS, strict=True), 1)
    )
    assert _read(header + "\n" + rows) == _expected("done", "done_longterm", "in_progress")


# A part grouping the problems kept up after done, over noun-phrase headlines whose text has no field labels.
@pytest.mark.parametrize(
    "kept",
    ["三、已完成整改并需长期坚持的问题（2个）", "三、已整改完成、需长期坚持的问题", "三、已完成并长期坚持的事项"],
)
def test_a_kept_up_part_over_unlabelled_noun_phrase_headlines(kept: str) -> None:
    text = (
        _HEAD.replace("二、巡察反馈问题整改落实情况\n", "")
        + "二、已完成整改的问题（1个）\n1.公务接待管理\n修订公务接待管理办法。\n逐笔核查接待费用，补全清单。\n"
        + f"{kept}\n1.意识形态工作责任制落实\n制定意识形态工作责任制实施细则。\n每半年专题研究意识形态工作。\n"
        + "2.基层党组织标准化建设。\n开展基层党组织标准化建设提升行动。\n调整充实党支部书记2名。\n"
        + "四、正在整改的问题（1个）\n1.历史遗留产权办证\n逐宗梳理权属资料。\n其余6宗正在对接补办手续。\n"
        + _TAIL.replace("三、下一步", "五、下一步")
    )
    got = [(i.title, i.status) for i in parse_notice(text).items]
    assert got == [
        ("公务接待管理", "done"),
        ("意识形态工作责任制落实", "done_longterm"),
        ("基层党组织标准化建设", "done_longterm"),
        ("历史遗留产权办证", "in_progress"),
    ]
