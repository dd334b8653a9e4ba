"""Round 112's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某某县某局党组关于县委巡察反馈意见整改进展情况的通报\n"
    "根据县委统一部署,2024年9月2日至10月31日,县委第三巡察组对县某局党组进行了巡察。现将整改进展情况予以公布。\n"
    "一、整改工作开展情况\n"
    "一是加强组织领导。成立整改工作领导小组。\n"
    "二、已完成整改的问题\n"
    "(一)议事决策制度执行不严格,个别事项未经集体研究。\n"
    "整改情况:修订党组议事规则。\n"
    "(二)固定资产管理不规范,账实不符。\n"
    "整改情况:开展资产清查,建立台账。\n"
)
_TAIL = (
    "(一)窗口服务效率不高,群众办事等候时间长。\n"
    "整改情况:增设自助服务终端。\n"
    "四、正在推进整改的问题\n"
    "(一)历史遗留项目审计整改不到位。\n"
    "整改情况:审计整改正在进行。\n"
    "五、下一步工作打算\n"
    "1.持续推进整改。\n"
)


# Problems printed in parts of the notice by status (二、已完成整改的问题 / 三、… / 四、正在推进整改的问题), no aspect
# printed: a part whose status the plain done and open words do not take (kept up after done, results begun) groups
# its problems by status as the others do, and names no aspect of them.
@pytest.mark.parametrize(
    "part",
    [
        "三、已完成整改并长期坚持的问题",
        "三、已整改完成并长期坚持的问题",
        "三、已整改到位、需长期坚持的问题",
        "三、已整改到位并常态化推进的问题",
        "三、已完成整改并持续坚持的问题",
        "三、已办结并长期坚持的问题",
        "三、取得阶段性成效、需持续整改的问题",
        "三、阶段性完成的问题",
        "三、基本完成的问题",
        "三、取得阶段性成果的问题",
    ],
)
def test_a_part_of_problems_kept_up_or_begun_names_no_aspect(part: str) -> None:
    notice = parse_notice(_HEAD + part + "\n" + _TAIL)
    assert [i.aspect for i in notice.items] == [None] * 4
    assert not [w for w in notice.warnings if "方面" in str(w)]


# … while an aspect stating its status in brackets stays the aspect of its problems (a guard: read so before).
def test_an_aspect_stating_its_status_stays_an_aspect() -> None:
    notice = parse_notice(_HEAD + "三、党的建设方面(已完成,需长期坚持)\n" + _TAIL)
    assert notice.items[2].aspect == "三、党的建设方面"


# A kept-up part in the words the framing parts use too (巩固, 长效: 持续巩固整改成果 frames the work) or taken into
# the routine (纳入常态化管理): still a part of problems, each read with its status (持续巩固 keeps up a result reached:
# done, as round 111 reads it after a problem; 长效坚持 and 常态化 are kept up: done_longterm).
@pytest.mark.parametrize(
    ("part", "status"),
    [
        ("三、已完成整改并持续巩固的问题", "done"),
        ("三、已整改完成、需持续巩固的问题", "done"),
        ("三、已整改到位并长效坚持的问题", "done_longterm"),
        ("三、已完成整改并长效管理的问题(1个)", "done_longterm"),
        ("三、已整改到位并纳入常态化管理的问题", "done_longterm"),
        ("三、已办结并转入常态化监管的事项", "done_longterm"),
    ],
)
def test_a_part_kept_up_in_framing_words_holds_its_problem(part: str, status: str) -> None:
    notice = parse_notice(_HEAD + part + "\n" + _TAIL)
    assert [(i.title[:6], i.status) for i in notice.items] == [
        ("议事决策制度", "done"),
        ("固定资产管理", "done"),
        ("窗口服务效率", status),
        ("历史遗留项目", "in_progress"),
    ]
