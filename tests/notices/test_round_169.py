"""Round 169's class (issue 19): squeezed layouts with group headings, part two. The problems stand under group
headings that name areas, the headings numbered in words as problems elsewhere are (一是…方面。), and the notice
lost its line breaks inside the blocks it was copied in: a line per group of problems, or a few lines broken at
paragraph ends that fall nowhere in particular, each holding several problems with their fields run together.
Members the round's notices do not print: other word numberings of the area headings (其一/第一是, 二是…方面存在的
问题), other numberings of the problems under them (1./(1)/⑴), other field labels repeated on a line (整改措施/
整改进展/落实情况), other group headings ((一)在…方面/问题一：…方面/第一部分) and other ways the lines were cut."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年3月3日至4月30日，县委第二巡察组对县某局党组开展了巡察，6月5日反馈了巡察意见。\n"
    "二、巡察反馈问题整改落实情况\n"
)
_TAIL = "欢迎广大干部群众监督。联系电话：0731-1234567。\n中共某县某局党组\n2025年12月10日\n"

_PROBLEMS = [
    (
        "理论学习中心组学习不够深入，研讨交流质量不高。",
        "修订党组理论学习中心组学习制度，制定年度学习计划，开展专题研讨4次，交流发言12人次。",
        "目前该问题已整改完成。",
        "done",
    ),
    (
        "专项资金拨付滞后，部分项目资金闲置。",
        "对专项资金逐项清理，已拨付资金320万元，剩余资金正在办理拨付手续，预计年底前拨付到位。",
        "目前该问题正在整改中。",
        "in_progress",
    ),
    (
        "党组落实主体责任压力传导不够。",
        "制定党组落实全面从严治党主体责任清单，班子成员每季度到分管单位督导1次，开展廉政谈话26人次。",
        "目前该问题已整改完成，并长期坚持。",
        "done_longterm",
    ),
    (
        "公务用车管理不规范，使用登记不全。",
        "修订公务用车管理制度，为公务车辆安装北斗定位系统，实行用车审批、登记全过程管理。",
        "目前该问题已整改完成。",
        "done",
    ),
]
_TITLES = [title.rstrip("。").replace("，", ",") for title, *_ in _PROBLEMS]
_STATUSES = [status for *_, status in _PROBLEMS]


def _label(numbering: str, n: int) -> str:
    return numbering.replace("N", str(n)).replace("C", "①②③④"[n - 1]).replace("P", "⑴⑵⑶⑷"[n - 1])


def _read(text: str) -> tuple[list[str], list[str]]:
    notice = parse_notice(text)
    return [i.title for i in notice.items], [i.status for i in notice.items]


# Areas numbered in words over problems numbered in figures or circles, each problem's fields on lines of its own: the
# word-numbered heading ending on 方面 is the area's (no text of its own, a numbered line right below it).
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("其一，在政治建设方面。", "其二，在全面从严治党方面。"),
        ("一是贯彻落实上级决策部署方面存在的问题", "二是落实全面从严治党责任方面存在的问题"),
        ("一是关于党的领导方面：", "二是关于党的建设方面："),
    ],
)
@pytest.mark.parametrize("numbering", ["N.", "(N)", "P"])
def test_areas_numbered_in_words_hold_the_numbered_problems(first: str, second: str, numbering: str) -> None:
    lines = []
    for k, (title, measures, state, _) in enumerate(_PROBLEMS):
        if k % 2 == 0:
            lines.append(first if k == 0 else second)
        lines += [_label(numbering, k % 2 + 1) + title, f"整改情况：{measures}{state}"]
    titles, statuses = _read(_HEAD + "\n".join(lines) + "\n" + _TAIL)
    assert (titles, statuses) == (_TITLES, _STATUSES)


# A line per group of problems, or lines cut at any paragraph's end: a field's label printed twice after a sentence in
# one line is two problems' fields run together, and every long line is given its lines back.
@pytest.mark.parametrize(
    ("heading", "numbering"),
    [
        ("(一)在政治建设方面", "N."),
        ("问题一：关于全面从严治党方面", "(N)"),
        ("第一部分 组织建设方面", "C"),
    ],
)
@pytest.mark.parametrize("field", ["整改措施：", "整改进展：", "落实情况："])
@pytest.mark.parametrize("joint", ["", " "])
def test_a_line_per_group_holds_its_problems(heading: str, numbering: str, field: str, joint: str) -> None:
    paragraphs = [heading]
    for n, (title, measures, state, _) in enumerate(_PROBLEMS, 1):
        paragraphs += [_label(numbering, n) + title, f"{field}{measures}{state}"]
    half = 1 + 2 * 2  # the heading and two problems, then the other two: two lines, cut between problems
    text = _HEAD + joint.join(paragraphs[:half]) + "\n" + joint.join(paragraphs[half:]) + "\n" + _TAIL
    titles, statuses = _read(text)
    assert (titles, statuses) == (_TITLES, _STATUSES)
