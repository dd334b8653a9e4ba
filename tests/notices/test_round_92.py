"""Round 92's classes (issue 19): follow-up reports, each class with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims

_HEAD = (
    "中共某某县水利局党组关于巡察整改进展情况的第二次通报\n"
    "根据县委统一部署,2024年3月4日至4月30日,县委第一巡察组对县水利局党组进行了巡察。现将整改最新进展情况通报如下。\n"
    "(一)贯彻落实上级决策部署方面\n"
)


# A follow-up report's tally of how its counts moved since the earlier report (已完成由9个增加到13个): the count it
# moved to is the notice's own; and the earlier report's counts it restates before its own (上次公示时已整改完成6个)
# are no claim of this notice.
@pytest.mark.parametrize(
    ("text", "completed", "in_progress"),
    [
        ("截至目前,已完成整改由9个增加到13个,正在推进的由6个减少到2个。", 13, 2),
        ("反馈的15个问题中,已整改到位的由10个上升为14个,仍在整改的由5个下降为1个。", 14, 1),
        ("上次公示时已整改完成6个,持续推进3个。截至目前,已完成整改8个,正在推进1个。", 8, 1),
        ("第一次通报中已完成整改3个、正在整改4个;目前已完成整改6个,仍在整改1个。", 6, 1),
        ("局党委报告了整改情况,当时已办结2个,正在办理5个。经复核,已办结6个,正在办理1个。", 6, 1),
    ],
)
def test_a_follow_up_counts_its_current_tally(text: str, completed: int, in_progress: int) -> None:
    claimed = read_claims("巡察反馈的7个问题。" + text)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


# A status stated against the earlier report's (【已完成，上次通报为持续推进】, 已整改到位（首次通报时为
# 正在整改）, 上次报告时尚未完成，现已整改到位): the clause naming the earlier status is no status of the item
# now, nor pending work.
@pytest.mark.parametrize(
    ("line", "status", "pending"),
    [
        ("1.河道采砂监管不严。【已完成,上次通报为持续推进】\n", "done", False),
        ("1.河道采砂监管不严。(已整改到位,首次通报时为正在整改)\n", "done", False),
        ("1.河道采砂监管不严。\n整改情况:已办结(前次报告为正在办理)。修订采砂管理办法。\n", "done", False),
        ("1.河道采砂监管不严。\n整改情况:上次报告时尚未完成,现已整改到位。修订采砂管理办法。\n", "done", False),
        ("1.河道采砂监管不严。\n整改情况:第二次通报时正在推进,目前已全部完成。修订采砂管理办法。\n", "done", False),
    ],
)
def test_the_earlier_reports_status_is_not_the_items(line: str, status: str, pending: bool) -> None:
    notice = parse_notice(_HEAD + line)
    assert [(i.status, i.pending) for i in notice.items] == [(status, pending)]


# A follow-up report labels its own progress against the earlier report's (本次进展 beside 首次通报状态): the label
# names the status field; and a problem done before is only kept up since (巩固提升, 持续巩固: the result reached and
# kept up, no work still open), read so where the label says the value is the status.
@pytest.mark.parametrize(
    ("field", "status"),
    [
        ("本期进展:已整改到位。修订采砂管理办法。", "done"),
        ("本轮整改进展:仍在整改。采砂管理办法正在修订。", "in_progress"),
        ("当前进展:巩固深化。每季度开展河道巡查。", "done"),
        ("本次进展:深化提升。每季度开展河道巡查。", "done"),
        ("本期进展:巩固成果。每季度开展河道巡查。", "done"),
        ("整改进度:持续巩固提升。每季度开展河道巡查。", "done"),
    ],
)
def test_a_follow_ups_own_progress_field_and_kept_up_words(field: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.河道采砂监管不严。\n首次通报状态:已完成\n" + field + "\n")
    assert [i.status for i in notice.items] == [status]


# A follow-up's table a cell per line with the earlier report's status column beside the current one (2024年6月
# 报告时状态 | 目前状态): the earlier column, named by the report's date (longer than a column name, with digits), is
# still a column of the table, no status of the problem now; the table is read, its current column the status.
@pytest.mark.parametrize(
    ("earlier", "current"),
    [
        ("2023年12月通报时状态", "目前状态"),
        ("2024年3月报告进展", "本次进展"),
        ("11月份公示时整改情况", "当前状态"),
        ("2024年公布时的状态", "整改状态"),
    ],
)
def test_the_earlier_reports_status_column_is_left_out(earlier: str, current: str) -> None:
    cells = ["序号", "反馈问题", "整改措施", earlier, current]
    cells += ["1", "河道采砂监管不严", "修订采砂管理办法", "正在推进", "已完成"]
    cells += ["2", "水费征收不规范", "开展水费专项清理", "已完成", "正在推进"]
    text = _HEAD.replace("(一)贯彻落实上级决策部署方面\n", "") + "\n".join(cells) + "\n"
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [
        ("河道采砂监管不严", "done"),
        ("水费征收不规范", "in_progress"),
    ]


# A follow-up's status bracket after the title may join a verdict to the status (【已达到整改时限要求，已完成】): two
# clauses, each a marker's length, read as the bracket's status though the whole is longer than one marker.
@pytest.mark.parametrize(
    ("bracket", "status"),
    [
        ("【已达到预期整改目标,已对账销号】", "done"),
        ("(整改时限内如期完成,已验收销号)", "done"),
        ("[未达到整改时限要求,正在推进中]", "in_progress"),
        ("〔在规定整改时限之内,已整改到位〕", "done"),
    ],
)
def test_a_verdict_and_a_status_in_one_bracket(bracket: str, status: str) -> None:
    notice = parse_notice(_HEAD + "1.河道采砂监管不严。" + bracket + "\n整改情况:修订采砂管理办法。\n")
    assert [(i.title, i.status) for i in notice.items] == [("河道采砂监管不严", status)]
