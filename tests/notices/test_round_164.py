"""Round 164's class (issue 19): the inspection period printed under its own label, apart from the sentence that
names the team and the body. A notice set out in the numbered sections of a 巡察公告 (一、巡察时间 / the range alone
on the next line / 二、… / 三、…, a northern company's notice, round 164) or a header with a 巡察时间： field tells
the range there, while its opening sentence (…巡察组对…开展了常规巡察，…反馈了巡察意见) carries no date range. Members
the round's notices do not print: a 巡察时间： field on a line of its own, other headings' numberings, 巡察时段,
巡视 for 巡察, 巡察工作时间, a 为 sentence, other range marks (—, ~, 至 with the year repeated)."""

from __future__ import annotations

import pytest

from notices import parse_notice

_TITLE = "中共某市某集团有限公司委员会关于市委巡察反馈意见整改进展情况的通报\n"
_OPENING = "根据市委统一安排，市委第二巡察组对某集团有限公司党委开展了常规巡察，2024年12月5日反馈了巡察意见。\n"
_BODY = (
    "二、整改进展情况\n"
    "反馈问题共2个，已完成整改1个，正在整改1个。\n"
    "1.问题：“三重一大”决策制度执行不严格。\n整改情况：修订决策事项清单。\n完成状态：已完成\n"
    "2.问题：部分闲置资产未有效盘活。\n整改情况：剩余2处土地正在与自然资源部门对接处置方案。\n完成状态：整改中\n"
)
_TAIL = "欢迎监督。联系电话：0475-1234567。\n中共某市某集团有限公司委员会\n2025年3月10日\n"


@pytest.mark.parametrize(
    "label",
    [
        # a field on a line of its own after the opening
        "巡察时间：2024年9月2日至11月8日。\n",
        # 巡察时段 as a field, a dash range
        "巡察时段：2024年9月2日—11月8日\n",
        # 巡视 for 巡察, no numbering, the year repeated in the range
        "巡视时间\n2024年9月2日至2024年11月8日。\n",
        # 巡察工作时间 as a numbered field, a tilde range
        "一、巡察工作时间：2024年9月2日~11月8日\n",
        # a sentence of its own with 为
        "本轮巡察时间为2024年9月2日至11月8日。\n",
    ],
)
def test_the_period_under_its_own_label_is_the_inspection_period(label: str) -> None:
    notice = parse_notice(_TITLE + _OPENING + label + _BODY + _TAIL)
    assert (notice.inspection_start, notice.inspection_end) == ("2024-09-02", "2024-11-08")
    assert notice.feedback_date == "2024-12-05"
    assert notice.inspection_team == "市委第二巡察组"
    assert [(i.title, i.status) for i in notice.items] == [
        ("“三重一大”决策制度执行不严格", "done"),
        ("部分闲置资产未有效盘活", "in_progress"),
    ]
