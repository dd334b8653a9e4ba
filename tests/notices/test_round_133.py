"""Round 133's class (issue 19): city departments (市直单位) under a 市委巡察, their notices as a city portal prints
them and a browser's select-all copies them, with the site's furniture around the notice. A city bureau counts its
work in the things it looks after (old lifts, school buildings, vehicles, households) and closes a problem on the rest
of them put into a year's plan or still going on. Members the round's notices do not print: other units of the rest
(户, 栋, 辆, 套), other verbs taking it into the plan (列入, 编入), other plans (a budget, a project list, next year's
plan), and the rest counted in such units still going on; the inspection's span in dotted dates whose end leaves
out the year."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "温州市人民政府\n首页 > 政务公开 > 部门信息公开 > 市某局\n"
    "索引号 | 001008003015011/2025-00213 | ||\n组配分类 | 通知公告 | 发布机构 | 市某局 |\n"
    "中共某市某局党组关于市委巡察整改进展情况的通报\n发布日期：2025-09-26 来源：市某局 浏览次数：1386\n"
    "根据市委统一部署，2025年3月10日至5月16日，市委第三巡察组对市某局党组开展了常规巡察。2025年6月20日，"
    "市委第三巡察组向市某局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "一、巡察反馈问题整改落实情况\n"
)
_TAIL = (
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0577-88961234。\n中共某市某局党组\n2025年9月26日\n"
    "分享到：微信 微博\n上一篇：某市某局关于2025年度补贴资金发放情况的公示\n网站地图 | 联系我们\n"
)


def _notice(rest: str) -> str:
    return (
        _HEAD + "1.基层公共设施老化，安全隐患整治不彻底。\n"
        f"整改情况：已完成整改。制定三年整治计划，已完成改造46处，{rest}。\n"
        "2.干部队伍结构不优，年轻干部储备不足。\n整改情况：已完成整改。补充35周岁以下干部9名。\n" + _TAIL
    )


# The rest of the work, counted in the things the bureau looks after, put into a year's plan, budget or project list:
# scheduled, not done, so the problem declared done shows it apart as pending work.
@pytest.mark.parametrize(
    "rest",
    [
        "剩余12户纳入下一年度改造计划",
        "其余2栋纳入2026年度危房改造项目库",
        "其余5辆编入2026年车辆处置计划",
        "其余3套列入2026年部门预算统筹解决",
        "剩余8台纳入明年更新改造计划",
    ],
)
def test_the_rest_put_into_a_year_s_plan_is_pending(rest: str) -> None:
    notice = parse_notice(_notice(rest))
    assert [(i.status, i.pending) for i in notice.items] == [("done", True), ("done", False)]


# The rest counted in such units still going on (其余29台按计划推进): pending work, as the rest counted in 个 is.
@pytest.mark.parametrize("rest", ["其余29台按计划推进", "剩余7套按进度实施", "其余2幢同步推进", "剩下3辆按程序办理"])
def test_the_rest_counted_in_things_still_going_on_is_pending(rest: str) -> None:
    notice = parse_notice(_notice(rest))
    assert [i.pending for i in notice.items] == [True, False]


# The inspection's span in dotted dates, its end without the year (2025.3.10—5.16): the end takes the start's year,
# the next where its month comes round again.
@pytest.mark.parametrize(
    ("span", "period"),
    [
        ("2025.3.10—5.16", ("2025-03-10", "2025-05-16")),
        ("2025.3.10至5.16", ("2025-03-10", "2025-05-16")),
        ("2025.03.10-05.16", ("2025-03-10", "2025-05-16")),
        ("2024.11.4至1.10", ("2024-11-04", "2025-01-10")),
    ],
)
def test_a_dotted_span_s_yearless_end_takes_the_start_s_year(span: str, period: tuple[str, str]) -> None:
    text = _notice("剩余12户纳入下一年度改造计划").replace("2025年3月10日至5月16日", span)
    notice = parse_notice(text)
    assert (notice.inspection_start, notice.inspection_end) == period


# A portal's list of links to other bodies' notices (a sidebar's 巡察整改 column, 相关文章) copied above the page's
# own title: the notice is the one its signature names, its agency and issuer that body's.
@pytest.mark.parametrize(
    "links",
    [
        "巡察整改\n中共某市某中心党委关于市委巡察整改进展情况的通报\n中共某市某公司委员会关于市委巡察整改情况的通报\n",
        "相关文章\n· 中共某市某学院委员会关于市委巡察反馈意见整改情况的通报 2025-09-20\n",
        "栏目导航\n• 中共某市某医院委员会关于市委巡察整改进展情况的报告\n• 市委第一巡察组巡察某局党组工作动员会召开\n"
        "• 中共某市某集团有限公司委员会关于市委巡察整改情况的通报\n",
    ],
)
def test_links_to_other_notices_above_the_title_are_not_its_title(links: str) -> None:
    notice = parse_notice(links + _notice("剩余12户纳入下一年度改造计划"))
    assert (notice.agency, notice.issuer) == ("某市某局党组", "中共某市某局党组")
