"""Round 80's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_bytes

_HEAD = (
    "中共某某县审计局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县审计局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改进展情况予以公布。\n"
)
_AREA = "（一）贯彻落实上级决策部署方面\n"


def _read(body: str) -> list[tuple[str, str, str]]:
    notice = parse_bytes((_HEAD + body).encode(), "r80.txt")
    return [(i.label, i.title, i.status) for i in notice.items]


# Problems numbered only in prose (一是…), each paragraph closing on its status in brackets after its last sentence:
# two printed in one paragraph are two problems, the next point opening right after the first one's status.
@pytest.mark.parametrize(
    ("first", "second", "statuses"),
    [
        ("已办结", "整改中", ["done", "in_progress"]),
        ("基本完成", "已完成", ["in_progress", "done"]),
        ("正在推进", "已整改到位", ["in_progress", "done"]),
    ],
)
def test_a_word_numbered_problem_closes_on_its_status(first: str, second: str, statuses: list[str]) -> None:
    body = (
        "二、巡察反馈问题整改情况\n"
        + _AREA
        + f"一是审计整改跟踪问效不到位。局党组建立审计整改台账，开展专项督查2次。（{first}）"
        + f"二是审计质量控制制度执行不严。修订审计质量控制办法，组织业务培训1次。（{second}）\n"
    )
    assert _read(body) == [
        ("一", "审计整改跟踪问效不到位", statuses[0]),
        ("二", "审计质量控制制度执行不严", statuses[1]),
    ]
