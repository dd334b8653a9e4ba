"""Round 83's classes (issue 19): statuses stated once for a group of problems or naming problems stated elsewhere,
each class with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_OPENING = (
    "中共某某县某局党组关于县委巡察反馈意见整改情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
)
_FOUR = (
    "{n1}项目审批流程不规范,个别项目审批超时限。\n整改措施:修订审批工作规程,实行限时办结。\n"
    "{n2}执法检查覆盖面不广,随机抽查比例偏低。\n整改措施:制定年度执法检查计划,扩大抽查范围。\n"
    "{n3}政府采购管理不严格,部分采购未履行比价程序。\n整改措施:修订采购管理办法,建立询价比价制度。\n"
    "{n4}干部教育培训针对性不强,年轻干部业务能力不足。\n整改措施:制定年度培训计划,实行老带新结对帮带。\n"
)
_ARABIC = {"n1": "1.", "n2": "2.", "n3": "3.", "n4": "4."}
_WENTI = {"n1": "问题一:", "n2": "问题二:", "n3": "问题三:", "n4": "问题四:"}


def _statuses(text: str) -> list[str]:
    return [i.status for i in parse_notice(text).items]


# A closing summary's counts naming their members after the count, unbracketed: 已完成整改N个，分别是问题一、… /
# 分别为第1、3项 / 即问题2、问题4 (a street's closing sentence, round 83, printed 分别是问题N); read where each count
# and its list agree.
@pytest.mark.parametrize(
    ("labels", "closing"),
    [
        (_ARABIC, "截至目前,4个问题中已完成整改3个,分别为第1、2、4项;正在推进1个,为第3项。"),
        (_ARABIC, "截至目前,已整改到位3个,具体为问题1、问题2、问题4;仍在整改1个,即问题3。"),
        (_WENTI, "截至6月底,已完成整改3个,包括问题一、问题二、问题四;正在整改1个,即问题三。"),
        (_WENTI, "截至目前,已销号3个,分别为问题一、二、四;持续推进1个,为问题三。"),
    ],
)
def test_counted_statuses_name_their_members_after_the_count(labels: dict[str, str], closing: str) -> None:
    text = _OPENING + "二、整改落实情况\n" + _FOUR.format(**labels) + closing + "\n"
    assert _statuses(text) == ["done", "done", "in_progress", "done"]


# An aspect's lead giving statuses by the labels its problems are printed with, numbered on through the notice
# (该方面3个问题中，问题6已整改完成，问题7、问题8正在持续推进: a county bureau, round 83): by number, not one status for
# all the aspect's problems because its last clause states one.
@pytest.mark.parametrize(
    "lead",
    [
        "本方面2个问题中,问题4已完成整改,问题3正在推进。",
        "该方面问题中,问题4已整改到位,问题3仍在整改中。",
        "针对本方面问题,问题4已全部整改完成,问题3正在按计划推进。",
    ],
)
def test_an_aspects_lead_gives_statuses_by_label(lead: str) -> None:
    body = (
        "(一)贯彻落实上级决策部署方面\n该方面2个问题均已整改完成。\n"
        "问题1:项目审批流程不规范,个别项目审批超时限。\n整改情况:修订审批工作规程,实行限时办结。\n"
        "问题2:执法检查覆盖面不广,随机抽查比例偏低。\n整改情况:制定年度执法检查计划,扩大抽查范围。\n"
        "(二)落实全面从严治党方面\n" + lead + "\n"
        "问题3:政府采购管理不严格,部分采购未履行比价程序。\n整改情况:修订采购管理办法,建立询价比价制度。\n"
        "问题4:干部教育培训针对性不强,年轻干部业务能力不足。\n整改情况:制定年度培训计划,实行老带新结对帮带。\n"
    )
    assert _statuses(_OPENING + "二、整改落实情况\n" + body) == ["done", "done", "in_progress", "done"]


# A ledger attached after the signature that sorts the body's problems into status parts, each row giving a problem
# by its 序号 (一、已完成整改的问题（6个）/ 二、正在推进的问题（3个）: a city group's 整改台账, round 83): the rows'
# statuses are the parts', and the parts' counts are the notice's claims.
@pytest.mark.parametrize(
    ("done_head", "open_head"),
    [
        ("(一)已整改完成的事项(3项)", "(二)尚未完成整改的事项(1项)"),
        ("一、已办结的问题(3个)", "二、持续推进的问题(1个)"),
        ("(一)已完成并销号的问题(3个)", "(二)正在整改的问题(1个)"),
    ],
)
def test_an_attached_ledger_sorted_by_status(done_head: str, open_head: str) -> None:
    ledger = (
        "\n中共某某县某局党组\n2024年9月30日\n附件:\n巡察反馈问题整改台账\n"
        f"{done_head}\n序号\t问题\t责任股室\t完成时间\n1\t审批超时限\t审批股\t2024年6月\n"
        "4\t年轻干部业务能力不足\t人事股\t2024年8月\n2\t随机抽查比例偏低\t执法大队\t2024年7月\n"
        f"{open_head}\n序号\t问题\t责任股室\t计划完成时间\n3\t采购未履行比价程序\t财务股\t2024年12月\n"
    )
    notice = parse_notice(_OPENING + "二、整改落实情况\n" + _FOUR.format(**_ARABIC) + ledger)
    assert [i.status for i in notice.items] == ["done", "done", "in_progress", "done"]
    assert (notice.claimed.completed, notice.claimed.in_progress, notice.signed) == (3, 1, "2024-09-30")


# A part after the problems naming each back by its opening words, unquoted after 针对/关于/对于, its status in the
# clauses after (关于科技成果转化率偏低问题，目前正在推进: a university's notice, round 83); a quoted 针对“…”的问题
# opening such a part names a problem already listed, not a new one.
@pytest.mark.parametrize(
    "named_back",
    [
        "关于项目审批流程不规范问题,已于5月完成整改。对于执法检查覆盖面不广的问题,已完成整改。"
        "关于政府采购管理问题,比价制度已建立,历史采购核查工作正在推进。针对干部教育培训针对性不强的问题,已完成整改。",
        "针对“项目审批流程不规范”的问题,已于5月完成整改。针对“执法检查覆盖面不广”的问题,抽查比例已达到30%,已完成整改。"
        "关于政府采购管理不严格问题,目前仍在整改中。对于干部教育培训问题,已于8月完成整改。",
    ],
)
def test_a_part_names_its_problems_back_by_their_words(named_back: str) -> None:
    text = _OPENING + "二、整改落实情况\n" + _FOUR.format(**_ARABIC) + "三、整改完成情况\n" + named_back + "\n"
    notice = parse_notice(text)
    assert [(i.label, i.status) for i in notice.items] == [
        ("1", "done"),
        ("2", "done"),
        ("3", "in_progress"),
        ("4", "done"),
    ]
