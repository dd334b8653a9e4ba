"""Status phrasings of real published notices, each as its page prints it, read in a minimal notice (issue 19 point 8).

Each row is a phrase a published page prints for a problem's rectification status (or its count of problems in that
status), with the page's address; the expected status follows ../shared/gold/README.md: 已完成/完成整改 → done,
正在/持续/部分/未… → in_progress. Each phrase is placed as a notice places a status: a field (整改情况：…), a closing
sentence (目前，该问题…), and, where it is short enough to be a marker, a bracket after the problem.
"""

from __future__ import annotations

import pytest

from notices import parse_notice

HEAD = (
    "中共某县科学技术局党组关于巡察整改进展情况的通报\n"
    "2024年3月至5月,县委第一巡察组对县科技局党组开展了巡察,并于6月10日反馈了巡察意见。\n"
    "一、在落实全面从严治党方面\n"
)
TITLE = "公务接待管理不规范"
MEASURE = "修订《公务接待管理办法》。"

NANNING = "http://m.ilynn.cn/document_detail/61662.html"
KUNMING = "http://jw.km.gov.cn/c/2023-01-29/4656419.shtml"
WUCHENG = "http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html"
RUIJIN = "http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml"
YUEYANG = "http://sjt.hunan.gov.cn/xxgk_71228/gzdt/szdt/yuey/201708/t20170823_4437287.html"
QINGHE = "http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html"
XIANGYANG = "http://www.hgjwjw.gov.cn/xyq/xsxs/663.html"
ECOLOGY = "http://cjckcn.com/hb/20136.html"
TICKETS = "https://huaweicloud.com/guide/category-1c25233615898418392f2d2ebff9e315c757574ade8664a337e91aa5d21f5c91"
CIXI = "https://cixird.gov.cn/index.php/home/content?id=1532529"
ANHUI = "http://0551qiaojia.com/xwzx/10136.html"
WENTOP = "https://www.wentop.com/wen/51/101605.html"
BANNER = "http://146.56.203.80:81/qzbm/detail/content/5ed86275d9e5dc9818000032.html"
JINZHOU = "http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html"
PANJI = "http://www.pjqjw.gov.cn/html/wenzhang_733708.html"
LEDGER = (  # a 督办清单's 办理状态 column (a public guide to drafting official documents)
    "https://raw.githubusercontent.com/duyunzhoudyz/dyz-gongwen-skills/f88e395d0201935bdfe8969f58d316f8b6b81c22"
    "/skills/gongwen-minutes/references/supervision-list.md"
)

# (the page, the phrase exactly as printed, the status a careful reader takes from it)
PHRASES = [
    (NANNING, "该问题已完成整改", "done"),
    (KUNMING, "完成整改", "done"),
    (KUNMING, "基本完成取得阶段性成果并持续整改", "in_progress"),
    (KUNMING, "未完成", "in_progress"),
    (WUCHENG, "已完成整改", "done"),
    (WUCHENG, "正在整改", "in_progress"),
    (RUIJIN, "已整改", "done"),
    (RUIJIN, "部分整改", "in_progress"),
    (RUIJIN, "未整改", "in_progress"),
    (YUEYANG, "已整改到位", "done"),
    (YUEYANG, "未得到有效整改", "in_progress"),
    (YUEYANG, "仍未整改到位", "in_progress"),
    (QINGHE, "未整改到位", "in_progress"),
    (QINGHE, "整改工作未启动", "in_progress"),
    (QINGHE, "整改不彻底", "in_progress"),
    (XIANGYANG, "整改不够到位", "in_progress"),
    (ECOLOGY, "已完成", "done"),
    (ECOLOGY, "正在积极有序推进", "in_progress"),
    (TICKETS, "整改中", "in_progress"),
    (CIXI, "进行持续整改", "in_progress"),
    (ANHUI, "已经完成整改", "done"),
    (ANHUI, "整改已完成", "done"),
    # a second round of pages
    (WENTOP, "完成阶段性整改", "in_progress"),
    (BANNER, "整改工作任务未完成", "in_progress"),
    (BANNER, "已进入收尾阶段", "in_progress"),
    (JINZHOU, "已基本完成", "in_progress"),
    (JINZHOU, "正在加快推进", "in_progress"),
    # a third round
    (PANJI, "整改不到位", "in_progress"),
    (LEDGER, "待办理", "in_progress"),
    (LEDGER, "推进中", "in_progress"),
    (LEDGER, "已办结", "done"),
    (LEDGER, "申请延期", "in_progress"),
    (LEDGER, "已延期", "in_progress"),
]

_MARKER_LIMIT = 12  # a bracket after a problem holds a marker, never a sentence


def _placements(phrase: str) -> list[tuple[str, str]]:
    """The ways a notice places a status phrase on a problem, each as (name, the item's printed lines)."""
    closing = phrase if phrase.startswith("该问题") else f"目前，该问题{phrase}"
    forms = [
        ("field", f"1.{TITLE}。\n整改情况：{phrase}。{MEASURE}"),
        ("closing", f"1.{TITLE}。\n{MEASURE}{closing}。"),
    ]
    if len(phrase) <= _MARKER_LIMIT and not phrase.startswith("该问题"):
        forms.append(("bracket", f"1.{TITLE}（{phrase}）。\n{MEASURE}"))
    return forms


CASES = [(src, kind, item, status) for src, phrase, status in PHRASES for kind, item in _placements(phrase)]
IDS = [f"{kind}-{phrase}" for _, phrase, _ in PHRASES for kind, _ in _placements(phrase)]


@pytest.mark.parametrize(
    ("source", "kind", "item", "status"),
    CASES,
    ids=IDS,
)
def test_a_published_status_phrase_is_read(source: str, kind: str, item: str, status: str) -> None:
    notice = parse_notice(HEAD + item + "\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, status)], (source, kind)


@pytest.mark.parametrize(
    "title",
    ["上轮巡察反馈问题整改不彻底", "对审计发现问题整改不到位", "巡察整改工作未启动"],
)
def test_a_problem_that_names_a_shortfall_keeps_it_as_its_title(title: str) -> None:
    """A problem's own words (an earlier round's rectification fell short) are the problem, not its status."""
    notice = parse_notice(HEAD + f"1.{title}。\n{MEASURE}目前，该问题已整改到位。\n")
    assert [(i.title, i.status) for i in notice.items] == [(title, "done")]


@pytest.mark.parametrize("marker", ["整改落实不到位", "未能得到有效解决", "尚未启动", "整改工作尚未开展"])
def test_other_members_of_the_shortfall_families_are_read(marker: str) -> None:
    """The shortfall and not-begun families hold more members than the pages above printed."""
    for _, item in _placements(marker):
        notice = parse_notice(HEAD + item + "\n")
        assert [(i.title, i.status) for i in notice.items] == [(TITLE, "in_progress")], item


@pytest.mark.parametrize("value", ["已整改销号", "已完成销号", "已办结销账"])
def test_a_done_word_followed_by_the_ledgers_word_is_done(value: str) -> None:
    """整改情况：已整改销号 states the status; the ledger's word after the done word is no object of work."""
    notice = parse_notice(HEAD + f"1.{TITLE}。\n整改情况：{value}。{MEASURE}\n")
    assert [(i.title, i.status) for i in notice.items] == [(TITLE, "done")]
