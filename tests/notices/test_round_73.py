"""Round 73's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.header import read_claims
from notices.status.fields import label_status
from notices.status.sentences import prose_status

_HEAD = (
    "中共某某县农业农村局党组关于巡察整改情况的通报\n"
    "根据县委统一部署,2023年4月10日至5月31日,县委第二巡察组对县农业农村局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "(一)落实全面从严治党主体责任方面\n"
)


# The negation of the done word 到位, whole or in part, counts the problems still open, as 尚未完成 does.
@pytest.mark.parametrize(
    ("text", "completed", "in_progress"),
    [
        ("12个问题中已完成整改10个,尚未整改到位2个。", 10, 2),
        ("已完成整改8个,仍未完全到位1个。", 8, 1),
        ("已整改完成15个,未全部到位4个。", 15, 4),
    ],
)
def test_not_yet_in_place_counts_as_open(text: str, completed: int, in_progress: int) -> None:
    claimed = read_claims(text)
    assert (claimed.completed, claimed.in_progress) == (completed, in_progress)


# A short status field whose status is a sentence of its own: the work still open after its full stop is pending.
@pytest.mark.parametrize(
    "progress",
    [
        "基本完成。2个村的道路修复正在施工中。",
        "尚未完成。剩余资金待县财政拨付后支付。",
        "正在推进。方案已报县政府审批。",
    ],
)
def test_open_work_after_a_status_sentence_is_pending(progress: str) -> None:
    notice = parse_notice(
        _HEAD + "问题1:村级道路养护资金使用不规范。\n整改措施:开展专项检查,规范资金使用。\n整改进展:" + progress + "\n"
    )
    assert [(i.status, i.pending) for i in notice.items] == [("in_progress", True)]


# One piece of the work named by its object and verb run together (档案整理工作), still open after a part reported
# done, is pending work and no status of the problem (the layouts' L05); the work at large (相关工作) is the status.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("补录会议记录12份;党员档案整理工作尚未完成,预计6月底前完成。", None),
        ("清理往来款项23笔;资产账卡核对工作正在进行中。", None),
        ("清理往来款项23笔;相关工作正在推进中。", "in_progress"),
    ],
)
def test_a_named_piece_still_open_is_no_status(text: str, status: str | None) -> None:
    assert prose_status(text) == status


# A progress field that only reports the results of the work (已<verb><object>, more work after it, no status word
# anywhere) states no status; a bare 已<verb> as the value, or a status word of its own, still does.
@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("已收回违规补贴,对相关责任人进行批评教育,修订补贴发放办法。", None),
        ("已清理闲置资产8处,建立资产台账并明确专人管理,每季度开展一次盘点。", None),
        ("已清退。", "done"),
        ("已整改到位,修订补贴发放办法。", "done"),
    ],
)
def test_a_field_of_results_states_no_status(value: str, status: str | None) -> None:
    assert label_status("整改进展", value) == status
