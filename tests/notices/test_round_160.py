"""Round 160's class (issue 19): group headings that look like problems and problems that look like headings, the
level decided by evidence (part two). The round's 问题一：关于…方面 groups over 1. problems and its 【问题1】 blocks
over ⒈⒉ sub-problems read right at once; two members did not. Unnumbered problem paragraphs whose wrapper varies
from one to the next (针对“…”的问题，/关于“…”问题，/在“…”方面，, each with its measures run on and its closing
status) are one family, the problem the quote; and a notice pasted as a few paragraphs, its breaks lost inside each,
whose signature and date run on after its closing words, ends where it signs (no cut_off). Members the round's notices
do not print: other wrappers (对于, 关于…的问题), other orders (the 针对 paragraph last or absent), ASCII quotes, the
signature in other words (党委, 党工委, a date in Chinese numerals, a full-width space)."""

from __future__ import annotations

import unicodedata

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。2024年5月20日，县委巡察组"
    "反馈了巡察意见。现将整改进展情况予以公布。\n"
    "一、整改工作开展情况\n"
    "1.加强组织领导。局党组成立整改工作领导小组，召开专题会议研究整改工作。\n"
    "2.建立整改台账。逐条制定整改措施，明确责任和时限。\n"
    "截至2024年10月31日，反馈的3个问题，已完成整改2个，正在整改1个。\n"
    "二、巡察反馈问题整改落实情况\n"
)
_TAIL = (
    "三、下一步工作打算\n"
    "1.巩固整改成果，防止问题反弹。\n"
    "2.紧盯未完成事项，确保按期完成。\n"
    "欢迎监督。联系电话：0731-1234567。\n"
    "中共某县某局党组\n"
    "2024年11月5日\n"
)
_PROBLEMS = (
    "基层党组织“三会一课”制度落实不严，组织生活记录不规范",
    "专项资金拨付滞后，部分项目资金未按期到位",
    "干部队伍年龄结构老化，专业技术人才储备不足",
)
_TEXTS = (
    "局党组统一制发组织生活记录本，开展支部书记专题培训。目前该问题已完成整改。",
    "局党组建立资金拨付月调度机制，剩余资金正在办理拨付手续。目前正在整改中。",
    "局党组制定干部队伍建设规划，公开招聘专业技术人员4名。目前已完成整改，并将长期坚持。",
)
_WANT = [
    ("1", "基层党组织“三会一课”制度落实不严,组织生活记录不规范", "done"),
    ("2", "专项资金拨付滞后,部分项目资金未按期到位", "in_progress"),
    ("3", "干部队伍年龄结构老化,专业技术人才储备不足", "done_longterm"),
]


def _paragraphs(*openers: str) -> str:
    return "".join(
        opener.format(problem) + text + "\n" for opener, problem, text in zip(openers, _PROBLEMS, _TEXTS, strict=True)
    )


def _unquoted(title: str) -> str:
    return title.translate(str.maketrans("", "", '“”"'))


# The wrapper varies from one unnumbered paragraph to the next, in any order: each opens a problem, its quote the
# problem's words, its measures and status run on after the comma.
@pytest.mark.parametrize(
    "openers",
    [
        ("针对“{}”的问题，", "对于“{}”的问题，", "在“{}”方面，"),
        ("针对“{}”问题，", "在“{}”方面，", "关于“{}”的问题，"),
        ("关于“{}”问题，", "对于“{}”问题，", "针对“{}”的问题，"),
        ("在“{}”方面，", "针对“{}”的问题，", "对于“{}”的问题，"),
        ("在“{}”方面，", "在“{}”方面，", "在“{}”方面，"),
        ('针对"{}"的问题，', '关于"{}"问题，', '在"{}"方面，'),
    ],
)
def test_unnumbered_paragraphs_with_varied_wrappers_are_one_family(openers: tuple[str, str, str]) -> None:
    notice = parse_notice(_HEAD + _paragraphs(*openers) + _TAIL)
    # the quote inside the problem printed as the notice prints quotes (“三会一课” / "三会一课"): compared without them
    assert [(i.label, _unquoted(i.title), i.status) for i in notice.items] == [
        (label, _unquoted(title), status) for label, title, status in _WANT
    ]
    assert notice.items[1].pending is True
    assert not notice.warnings


_GROUPS = (
    ("问题一：关于贯彻落实上级决策部署方面", ("重点项目前期工作推进迟缓，2个项目未按期开工", "已完成。")),
    ("问题一：关于贯彻落实上级决策部署方面", ("专项资金拨付滞后，部分项目资金未按期到位", "正在整改。")),
    ("问题二：关于落实全面从严治党战略部署方面", ("对下属单位监督管理失之于宽，廉政风险排查不深", "已完成。")),
    ("问题二：关于落实全面从严治党战略部署方面", ("工程招投标管理不规范，个别项目规避招标", "已完成，长期坚持。")),
    ("问题三：关于落实新时代党的组织路线方面", ("干部队伍年龄结构老化，专业技术人才储备不足", "已完成。")),
    ("问题三：关于落实新时代党的组织路线方面", ("基层党组织“三会一课”制度落实不严，组织生活记录不规范", "正在整改。")),
)


def _squeezed_part() -> str:
    """二、 with its 问题N groups over 1. problems run together on one line, as a paste that lost its breaks has it."""
    out, group, n = ["二、巡察反馈问题整改落实情况 "], "", 0
    for heading, (problem, status) in _GROUPS:
        if heading != group:
            out.append(heading + " ")
            group, n = heading, 0
        n += 1
        work = "剩余事项正在办理。" if status == "正在整改。" else "已建立相关制度并严格执行。"
        out.append(f"{n}.{problem}。整改情况：局党组制定专项工作方案，逐项明确责任和时限，{work}完成情况：{status}")
    return "".join(out) + "\n"


_SQUEEZED_BODY = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。2024年5月20日，县委巡察组反馈了"
    "巡察意见。截至2024年10月31日，反馈的3个方面6个问题，已完成整改4个，正在整改2个。\n" + _squeezed_part()
)


# A notice pasted as a few paragraphs, its breaks lost inside each: the signature and its date run on after the
# closing words end the notice, whatever body signs, however the date is written and whatever space the paste kept.
@pytest.mark.parametrize(
    ("signature", "signed"),
    [
        ("中共某县某局党组2024年11月5日", "2024-11-05"),
        ("中共某县某局党组　2024年11月5日", "2024-11-05"),
        ("中共某县某局委员会 二〇二四年十一月五日", "2024-11-05"),
        ("中国共产党某县某街道工作委员会2024年11月5日", "2024-11-05"),
        ("中共某县某局党委 2024年11月15日", "2024-11-15"),
    ],
)
@pytest.mark.parametrize("furniture", ["", "【打印本页】【关闭窗口】\n上一篇：关于开展安全生产大检查的通知\n"])
def test_a_signature_run_on_after_the_closing_words_ends_the_notice(
    signature: str, signed: str, furniture: str
) -> None:
    """…, the page's furniture below it or not (the web page's copy the user forwards)."""
    closing = "三、下一步工作打算 局党组将持续巩固整改成果，确保全部整改到位。欢迎监督。联系电话：0731-1234567。"
    notice = parse_notice(_SQUEEZED_BODY + closing + signature + "\n" + furniture)
    assert notice.signed == signed
    assert [i.status for i in notice.items] == ["done", "in_progress", "done", "done_longterm", "done", "in_progress"]
    assert [str(w) for w in notice.warnings] == []


# One part of an otherwise line-broken notice run on whole (二、<heading> 问题一：… 1.… 2.… 问题二：… 1.…): its own
# family (三、) goes on only on the next line, so the units under its heading tell that its breaks were lost; the
# heading may be glued to its first unit or apart from it by a space, its groups 问题N or (一).
@pytest.mark.parametrize(
    ("gap", "groups"),
    [
        (" ", ("问题一：关于贯彻落实上级决策部署方面", "问题二：关于落实全面从严治党战略部署方面")),
        ("", ("问题一：关于贯彻落实上级决策部署方面", "问题二：关于落实全面从严治党战略部署方面")),
        ("　", ("（一）贯彻落实上级决策部署方面", "（二）落实全面从严治党战略部署方面")),
        ("", ("(一)贯彻落实上级决策部署方面", "(二)落实全面从严治党战略部署方面")),
    ],
)
def test_a_part_run_on_after_its_heading_gets_its_lines_back(gap: str, groups: tuple[str, str]) -> None:
    part = (
        f"二、巡察反馈问题整改落实情况{gap}{groups[0]} 1.基层党组织“三会一课”制度落实不严，组织生活记录不规范。"
        "整改情况：统一制发组织生活记录本，开展支部书记专题培训。完成情况：已完成。2.专项资金拨付滞后，部分项目资金未按期"
        "到位。整改情况：建立资金拨付月调度机制，剩余资金正在办理拨付手续。完成情况：正在整改。"
        f"{groups[1]} 1.干部队伍年龄结构老化，专业技术人才储备不足。整改情况：制定干部队伍建设规划，"
        "公开招聘专业技术人员4名。完成情况：已完成，并长期坚持。\n"
    )
    head = (
        "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
        "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。2024年5月20日，县委巡察组"
        "反馈了巡察意见。截至2024年10月31日，反馈的2个方面3个问题，已完成整改2个，正在整改1个。\n"
    )
    tail = "三、下一步工作打算\n局党组将持续巩固整改成果。欢迎监督。\n中共某县某局党组\n2024年11月5日\n"
    notice = parse_notice(head + part + tail)
    assert [(i.label, i.title, i.status) for i in notice.items] == [
        ("1", "基层党组织“三会一课”制度落实不严,组织生活记录不规范", "done"),
        ("2", "专项资金拨付滞后,部分项目资金未按期到位", "in_progress"),
        ("1", "干部队伍年龄结构老化,专业技术人才储备不足", "done_longterm"),
    ]
    aspects = [unicodedata.normalize("NFKC", g) for g in groups]
    assert [i.aspect for i in notice.items] == [aspects[0]] * 2 + [aspects[1]]
    assert not notice.warnings
