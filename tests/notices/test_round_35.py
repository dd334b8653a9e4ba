"""Round 35's classes (townships, streets, communities and villages), each with members the round's notices do not
print. The notices themselves are read whole from tests/data/genre/rounds/r35.json by test_genre.py."""

from __future__ import annotations

import pytest

from notices import parse_bytes

HEAD = "中共某某镇委员会关于巡察整改进展情况的通报\n"
BODY = "二、整改落实情况\n1.公务接待不规范。\n整改情况：补齐审批手续。已整改。\n"


def _notice(opening: str, body: str = BODY):  # type: ignore[no-untyped-def]
    return parse_bytes(f"{HEAD}{opening}\n{body}".encode(), "t.txt")


# A team named by the villages it inspects (对村, 村级, 村(社区)), with the kind and a 回头看 after them.
@pytest.mark.parametrize(
    ("opening", "team"),
    [
        (
            "根据县委统一部署，2023年4月6日至5月20日，县委村级巡察第二组对我镇柳林村党支部开展了巡察。",
            "县委村级巡察第二组",
        ),
        (
            "根据区委统一部署，2023年4月6日至5月20日，区委对村(居)巡察第三组对我街道3个社区党组织开展了巡察。",
            "区委对村(居)巡察第三组",
        ),
        (
            "根据县委统一部署，2023年4月6日至5月20日，县委村(社区)巡察第五组对我镇6个村党组织开展了巡察。",
            "县委村(社区)巡察第五组",
        ),
        (
            "根据市委统一部署，市委第二轮对村(社区)提级巡察“回头看”第二组于2023年4月6日至4月12日对我村开展了巡察。",
            "对村(社区)提级巡察“回头看”第二组",
        ),  # the team as printed after its round's name
    ],
)
def test_a_team_named_by_the_villages_it_inspects(opening: str, team: str) -> None:
    assert _notice(opening).inspection_team == team


# A special round told by its topics, not its target: the sentence is the inspection sentence, its dates the period.
@pytest.mark.parametrize("lead", ["围绕", "聚焦", "紧扣"])
def test_an_inspection_told_by_its_topics_dates_the_period(lead: str) -> None:
    opening = (
        f"2023年5月中旬至6月下旬，县委耕地保护专项巡察组{lead}违法占地整治、高标准农田建设和撂荒地复耕等三个方面"
        "开展了专项巡察，2023年7月18日，巡察组反馈了巡察意见。"
    )
    notice = _notice(opening)
    assert (notice.inspection_start, notice.inspection_end) == ("2023-05", "2023-06")


# A team the inspection sentence names by its place takes the committee a later sentence names it with.
@pytest.mark.parametrize(
    ("place", "kind"), [("新城区", "乡村振兴专项巡察组"), ("临川县", "上下联动巡察组"), ("滨江市", "机动巡察组")]
)
def test_a_team_named_by_its_place_takes_its_committee_from_a_later_sentence(place: str, kind: str) -> None:
    owner = {"区": "区委", "县": "县委", "市": "市委"}[place[-1]]
    opening = (
        f"2023年4月6日至5月20日，{place}{kind}对我镇党委开展了巡察。2023年6月2日，巡察组反馈了巡察意见。\n"
        f"一、整改工作情况\n镇党委认真落实{owner}{kind}的反馈意见，召开专题会议研究部署整改工作。"
    )
    assert _notice(opening).inspection_team == f"{owner}{kind}"


# A headline's description placed where the finding was found is more of the problem, not what was done.
@pytest.mark.parametrize(
    "description",
    [
        "少数村集体资产出租合同到期后仍由原承租人使用",
        "一些党员长期不参加组织生活",
        "有的村务监督委员会成员由村干部亲属担任",
        "全镇多数村级公益性岗位人员考勤由本人登记",
        "辖区河道沿线存在生活垃圾随意倾倒情况",
    ],
)
def test_a_description_placed_where_the_finding_was_found_stays_in_the_title(description: str) -> None:
    body = f"二、整改落实情况\n1.村级管理工作抓得不实。{description}。\n整改落实情况：开展专项清理。目前已整改到位。\n"
    item = _notice("2023年4月6日至5月20日，县委第二巡察组对我镇党委开展了巡察。", body).items[0]
    assert item.title == f"村级管理工作抓得不实。{description}"


# A problem done under a section of problems done and kept up is kept up as well.
@pytest.mark.parametrize(
    "heading", ["(二)已完成并需长期坚持的整改事项", "(二)已完成整改、需长期坚持的问题", "二、需要长期坚持的问题"]
)
def test_a_problem_done_under_a_kept_up_section_is_kept_up(heading: str) -> None:
    body = (
        "一、整改进展情况\n(一)已完成的整改事项\n1.公务接待不规范。\n整改情况：补齐审批手续，目前已整改完成。\n"
        f"{heading}\n2.干部作风不够扎实。\n整改情况：推行首问负责制，受理群众诉求12件，均已办结。\n"
    )
    items = _notice("2023年4月6日至5月20日，县委第二巡察组对我镇党委开展了巡察。", body).items
    assert [i.status for i in items] == ["done", "done_longterm"]
