"""Round 162's class (issue 19 point 2: "a notice whose line breaks were lost parses like its line-broken form"):
notices in layouts with several levels as users paste them from pages that joined every paragraph into one or a
few lines. Members the round's notices do not print: a joined page broken into long lines at other places (other
seeds, other layouts: 问题N： fields, （一） problems, the title on its own line); a one-line page keeping each
paragraph's indent in other widths and over other layouts; unnumbered problem paragraphs opening with the unquoted
wrappers in other words and orders (对于…的问题，/ 关于…问题，/ 存在…问题，); and a field's 一是…；二是… enumeration
split clause by clause where a clause holds a shortcoming's word."""

from __future__ import annotations

import random

import pytest

from notices import parse_notice

_TITLE = "中共某县某局党组关于县委巡察整改进展情况的通报"
_OPENING = [
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察，2024年5月20日反馈了巡察意见。"
    "现将巡察整改进展情况予以公布。",
    "一、整改工作总体情况",
    "局党组对照巡察反馈的2个方面6个问题，制定整改措施20条。截至2024年11月30日，已完成整改4个，正在整改2个。",
    "二、巡察反馈问题整改落实情况",
]
_CLOSING = [
    "三、下一步工作打算",
    "1.持续压实整改责任。对正在整改的问题，实行挂图作战、对账销号。",
    "2.建立长效机制。对已完成整改的问题适时开展“回头看”。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-1234567；电子邮箱：mj@163.com。",
    "中共某县某局党组",
    "2024年12月10日",
]
_PROBLEMS = [
    ("党组理论学习中心组学习不够深入，学用结合不紧", "已完成整改", "done"),
    ("项目审批办理时限偏长，服务企业主动性不强", "正在推进", "in_progress"),
    ("专项资金拨付滞后，资金使用效益不高", "已完成整改", "done"),
    ("落实全面从严治党主体责任不够有力，对下属单位监督不到位", "已完成整改，并长期坚持", "done_longterm"),
    ("干部队伍年龄结构老化，专业技术人才不足", "正在推进", "in_progress"),
    ("基层党支部组织生活不规范，“三会一课”记录不全", "已完成整改", "done"),
]
_ASPECTS = ["（一）贯彻落实上级决策部署方面", "（二）全面从严治党方面"]


def _paragraphs(style: str) -> list[str]:
    """The notice line-broken: two aspects of three problems, each problem numbered in `style`."""
    body: list[str] = []
    for n, (title, status, _) in enumerate(_PROBLEMS, 1):
        if n in (1, 4):
            body.append(_ASPECTS[n // 4])
        if style == "问题N":
            body += [
                f"问题{n}：{title}。",
                "整改措施：修订制度2项，开展专项检查1次，建立工作台账。",
                f"整改进展：{status}。",
            ]
        elif style == "(N)":
            body += [f"（{n}）{title}。", f"整改情况：修订制度2项，开展专项检查1次。完成情况：{status}。"]
        else:
            body += [
                f"{n}、{title}。",
                "整改情况：修订制度2项，开展专项检查1次，建立工作台账。",
                f"整改状态：{status}。",
            ]
    return [_TITLE, *_OPENING, *body, *_CLOSING]


def _broken(paras: list[str], seed: int, title_apart: bool) -> str:
    """The paragraphs joined with nothing, then cut into long lines at random places, as a copy breaks them."""
    text = "".join(paras[1:] if title_apart else paras)
    rng = random.Random(seed)
    lines, at = [], 0
    while at < len(text):
        step = rng.randint(150, 380)
        lines.append(text[at : at + step])
        at += step
    return "\n".join([paras[0]] * title_apart + lines) + "\n"


def _read(text: str) -> list[tuple[str, str]]:
    return [(i.title, i.status) for i in parse_notice(text).items]


_WANT = [(title.replace("，", ","), status) for title, _, status in _PROBLEMS]


# A squeezed page broken into a few long lines at arbitrary places, mid-word and mid-number: read as the page it was.
@pytest.mark.parametrize(
    ("style", "seed", "title_apart"),
    [("问题N", 1, False), ("(N)", 7, False), ("N、", 3, True), ("问题N", 11, True), ("(N)", 23, True)],
)
def test_a_squeezed_page_broken_at_random_places_reads_as_its_lines(style: str, seed: int, title_apart: bool) -> None:
    assert _read(_broken(_paragraphs(style), seed, title_apart)) == _WANT


# A one-line page that kept each paragraph's indent: the indents are its line breaks, unnumbered problems too.
_ZHENDUI = [
    ("针对“{}”的问题，", "（一）贯彻落实上级决策部署方面"),
    ("关于{}的问题，", None),
    ("对于{}的问题，", None),
    ("针对“{}”的问题，", "（二）全面从严治党方面"),
    ("关于{}的问题，", None),
    ("对于{}的问题，", None),
]


def _unnumbered(indent: str) -> str:
    body: list[str] = []
    for (wrapper, aspect), (title, status, _) in zip(_ZHENDUI, _PROBLEMS, strict=True):
        if aspect:
            body.append(aspect)
        body.append(wrapper.format(title) + f"局党组修订制度2项，开展专项检查1次。目前该问题{status}。")
    return "".join(indent + p for p in [_TITLE, *_OPENING, *body, *_CLOSING]) + "\n"


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\u3000\u3000\u3000\u3000", " \u3000\u3000", "\u3000\u3000 "])
def test_a_one_line_page_that_kept_its_indents_breaks_at_them(indent: str) -> None:
    assert _read(_unnumbered(indent)) == _WANT


# Unnumbered problem paragraphs opening with the unquoted wrappers, in other words and orders, line-broken: each is a
# problem, 关于/对于 wrapping it and 存在…问题 a sentence kept (seed gold: 存在人员混岗问题).
@pytest.mark.parametrize(
    "wrappers",
    [
        ("对于{}的问题，", "关于{}的问题，", "对于{}的问题，"),
        ("关于{}问题，", "关于{}问题，", "关于{}问题，"),
        ("存在{}的问题，", "对于{}的问题，", "关于{}的问题，"),
    ],
)
def test_unquoted_wrappers_open_unnumbered_problems(wrappers: tuple[str, str, str]) -> None:
    body = [_ASPECTS[0]]
    for wrapper, (title, status, _) in zip(wrappers, _PROBLEMS, strict=False):
        body.append(wrapper.format(title) + f"局党组修订制度2项，开展专项检查1次。目前该问题{status}。")
    text = "\n".join([_TITLE, *_OPENING, *body, *_CLOSING]) + "\n"
    want = []
    for wrapper, (title, status) in zip(wrappers, _WANT, strict=False):
        # 存在 makes 问题 its object in its own clause only; after a comma 的问题 wraps the sentence (round 19)
        kept = title if not wrapper.startswith("存在") else "存在" + title + ("" if "," in title else "的问题")
        want.append((kept, status))
    assert _read(text) == want


# A field's enumeration split clause by clause (整改措施：一是…； > 二是…。): the 二是 clause is a measure even where it
# names the shortcoming it corrects (违规, 超标, 不规范), never a problem of its own.
@pytest.mark.parametrize(
    ("label", "clause"),
    [
        ("整改措施", "二是对违规发放的津贴补贴3.2万元全部清退。"),
        ("具体措施", "二是对超编配备的2名人员进行调整。"),
        ("整改情况", "二是对不规范的合同12份逐一整改。"),
    ],
)
def test_a_second_clause_after_a_field_s_first_is_a_measure(label: str, clause: str) -> None:
    body = []
    for n, (title, status, _) in enumerate(_PROBLEMS[:3], 1):
        body += [f"{n}.{title}。", f"{label}：一是修订管理办法，实行事前审批；", clause, f"完成情况：{status}。"]
    text = "\n".join([_TITLE, *_OPENING[:3], *body, *_CLOSING]) + "\n"
    assert _read(text) == _WANT[:3]
