"""Round 51's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.lexicon import TEAM_RE

_ITEMS = (
    "1.村务公开不及时。\n整改措施:每季度公开一次村务。\n整改状态:已完成\n"
    "2.集体资产台账不全。\n整改措施:重新登记集体资产。\n整改状态:已完成\n"
)


# A second kind of round in brackets after the first (第五提级(交叉)巡察组): the team's name keeps it.
@pytest.mark.parametrize(
    "team",
    ["市委第三提级(交叉)巡察组", "县委第二交叉（提级）巡察组", "市委提级(交叉)巡察第一组", "市委第一交叉(联动)巡察组"],
)
def test_a_bracketed_second_kind_stays_in_the_team(team: str) -> None:
    m = TEAM_RE.search(f"根据统一部署,{team}对某局党组开展了巡察")
    assert m is not None and m.group() == team


# A name that opens with 向 (向阳, 向家) is no preposition of the feedback: the feedback's day is the one before 反馈了.
@pytest.mark.parametrize("place", ["佳木斯市向阳区财政局党组", "某某县向阳镇委员会", "某某县向家坝村支部委员会"])
def test_a_name_opening_with_xiang_is_no_feedback(place: str) -> None:
    notice = parse_notice(
        f"中共{place}关于巡察反馈问题整改情况的报告\n"
        "根据统一部署,2021年3月1日至4月20日,县委第一巡察组对我单位开展了常规巡察,并于2021年5月10日反馈了巡察意见。"
        "现将整改情况报告如下:\n" + _ITEMS
    )
    assert notice.feedback_date == "2021-05-10"


# A page that runs its news (with other bodies' counts) before the body's own titled notice: the notice's counts are
# those from its title on.
@pytest.mark.parametrize(
    ("news", "own", "problems"),
    [
        ("督查组发现10家单位存在6个方面28个问题整改不到位。", "指出我局问题2个", 2),
        ("本轮巡察共发现问题156个,移交问题线索12件。", "共反馈问题2个", 2),
    ],
)
def test_the_notice_claims_its_own_counts_below_news(news: str, own: str, problems: int) -> None:
    notice = parse_notice(
        f"县委巡察办开展巡察整改督查\n{news}各单位已将整改情况上报。\n附:\n"
        "中共某某县财政局党组关于巡察整改情况的通报\n"
        f"2021年3月1日至4月20日,县委第一巡察组对县财政局党组开展了常规巡察,{own}。现将整改情况通报如下:\n" + _ITEMS
    )
    assert notice.claimed.problems == problems and notice.claimed.aspects is None


# A notice that states each problem's status in a field of its own: a problem without the field has no status,
# whatever its measures' last clause reports.
@pytest.mark.parametrize("last", ["目前正在进行培养考察。", "召开推进会2次,相关工作正在推进中。", "目前已完成80%。"])
def test_a_field_left_out_withholds_the_status(last: str) -> None:
    notice = parse_notice(
        "中共某某县某某镇委员会关于巡察整改情况的公示\n"
        "2021年3月1日至4月20日,县委第一巡察组对某某镇党委开展了巡察。现将整改情况公示如下:\n"
        + _ITEMS
        + f"3.后备干部储备不足。\n整改措施:物色后备干部5名,{last}\n整改时限:2021年12月底\n"
    )
    assert [i.status for i in notice.items] == ["done", "done", "unstated"]


# The field left out, a sentence that is nothing but a status still states it (已完成整改。<measures>).
@pytest.mark.parametrize(
    ("text", "status"), [("已完成整改。召开专题会议。", "done"), ("修订制度。该问题正在整改中。", "in_progress")]
)
def test_a_status_sentence_alone_still_states_it(text: str, status: str) -> None:
    notice = parse_notice(
        "中共某某县某某镇委员会关于巡察整改情况的公示\n"
        "2021年3月1日至4月20日,县委第一巡察组对某某镇党委开展了巡察。现将整改情况公示如下:\n"
        + _ITEMS
        + f"3.后备干部储备不足。\n整改措施:{text}\n整改时限:2021年12月底\n"
    )
    assert [i.status for i in notice.items] == ["done", "done", status]
