"""Round 137's class (issue 19): notices that universities, hospitals and schools publish on their own websites, each
problem's work closing with a status sentence. One form of that sentence puts the status in its MIDDLE clause, led by a
word of the present: a step taken before it, where the problem stands now (目前…正在推进中), one more step after it
(…换届工作方案已经党委常委会审议通过，目前换届工作正在推进中，民主推荐环节已完成。). Members the round's notices do
not print: other words of the present (当前, 截至目前, 截止目前), with or without a comma after it, other work named,
other status words (正在有序推进, 仍在推进, 持续推进中, 已完成整改, 已全部完成), a done status kept up after it, other
steps before and after."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某大学委员会关于巡视整改进展情况的通报\n"
    "根据省委统一部署，2024年10月8日至12月6日，省委第三巡视组对某大学党委开展了巡视。2025年1月10日，省委第三巡视组"
    "向学校党委反馈了巡视意见。现将整改进展情况予以公布。\n"
    "一、巡视反馈问题整改情况\n"
)
_TAIL = (
    "二、下一步工作打算\n下一步，学校党委将持续巩固整改成果。\n"
    "欢迎监督。联系电话：027-12345678。\n中共某大学委员会\n2025年6月30日\n"
)
_FIRST = "1.关于“理论学习中心组学习不够深入”的问题\n修订中心组学习制度，全年开展专题学习8次。目前，该问题已完成整改。\n"


def _read(closing: str) -> tuple[str, str]:
    text = (
        _HEAD
        + _FIRST
        + "2.关于“干部队伍结构不够合理”的问题\n"
        + "制定干部队伍建设规划，建立优秀年轻干部库，入库40人。"
        + closing
        + "\n"
        + _TAIL
    )
    items = parse_notice(text).items
    assert [i.label for i in items] == ["1", "2"]
    assert items[1].title == "干部队伍结构不够合理"
    return items[0].status, items[1].status


# The middle clause, led by 目前/当前/截至目前 (its comma or none), names the work and states it in progress, after a
# step of the past and before one more step.
@pytest.mark.parametrize(
    "closing",
    [
        "新一轮中层干部选任方案已经党委会审议通过，当前选任工作正在推进中，考察环节已完成。",
        "学院班子调整方案已报学校党委，截至目前，调整工作仍在推进，民主测评已结束。",
        "换届方案已经审议通过，目前，换届工作正在整改中，各支部已完成候选人推荐。",
        "岗位设置方案已印发，截止目前岗位聘任工作正在有序推进，首批竞聘已完成。",
        "干部交流轮岗方案已制定，目前交流轮岗工作持续推进中，第一批轮岗人员已到岗。",
    ],
)
def test_a_middle_clause_of_now_states_in_progress(closing: str) -> None:
    assert _read(closing) == ("done", "in_progress")


# The middle clause names the work and states it done, the clause after it a step taken or the work kept up.
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("干部选任程序经全面检查，目前选任整改工作已整改到位，相关档案均已归档。", "done"),
        ("干部选任办法已印发执行，当前选任工作已全部完成，新办法运行良好。", "done"),
        ("干部选任办法已印发执行，目前选任工作已完成整改，并长期坚持。", "done_longterm"),
    ],
)
def test_a_middle_clause_of_now_states_done(closing: str, status: str) -> None:
    assert _read(closing) == ("done", status)
