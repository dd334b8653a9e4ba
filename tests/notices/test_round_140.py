"""Round 140's class (issue 19): notices reposted on news apps and aggregators (今日头条, 澎湃号, 搜狐号, 百家号,
网易号) as a user copies them from a phone's browser or reader view. The platform's furniture stands around the
notice: the account's line, 关注, 展开全文 and image captions inside it, and under its signature the widgets
(举报/反馈, 评论, 相关推荐 with other headlines and their accounts' dates, 返回…查看更多, 平台声明). The widget
under the signature ends the notice: the signature and the date above it are the notice's, whatever the headlines
below. Members the round's notices do not print: other widgets right under the signature, other ways of writing
them."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "某县发布\n"
    "2024-05-08 10:21·湖南\n"
    "关注\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对某县某局党组进行了巡察，5月20日反馈了巡察意见。"
    "现将整改进展情况予以公布。\n"
    "一、巡察反馈问题整改情况\n"
    "反馈的3个问题，已完成整改2个，正在推进1个。\n"
    "1.基层党组织建设薄弱，组织生活不规范。整改情况：修订组织生活制度。已完成整改。\n"
    "2.专项资金拨付滞后。\n整改情况：剩余资金正在办理拨付手续。正在推进。\n"
    "展开全文\n"
    "3.干部队伍结构老化。整改情况：公开招聘专业人员5名。已完成整改，并长期坚持。\n"
    "二、下一步工作打算\n"
    "局党组将持续巩固整改成果。欢迎广大干部群众对巡察整改落实情况进行监督。\n"
    "中共某县某局党组\n"
    "2024年6月10日\n"
)
_RELATED = "中共某县某镇委员会关于县委巡察反馈意见整改进展情况的通报\n某县发布 2024-06-21\n"


# The first widget under the signature: the notice ends above it, its date under the signature is the signed one.
@pytest.mark.parametrize(
    "widget",
    [
        "举报",
        "举报 | 反馈",
        "评论(12)",
        "评论 35",
        "发表评论",
        "热门推荐",
        "猜你喜欢",
        "推荐阅读",
        "往期推荐",
        "阅读原文",
        "特别声明",
        "平台声明：该文观点仅代表作者本人，网易号系信息发布平台。",
        "返回网易，查看更多",
    ],
)
def test_the_widget_under_the_signature_ends_the_notice(widget: str) -> None:
    notice = parse_notice(_HEAD + widget + "\n" + _RELATED)
    assert notice.signed == "2024-06-10"
    assert notice.issuer == "中共某县某局党组"
    assert [(i.label, i.status) for i in notice.items] == [
        ("1", "done"),
        ("2", "in_progress"),
        ("3", "done_longterm"),
    ]
