"""Round 117's class (issue 19): a notice and its ledger attached after the signature in one file. Where the body
names the problems, the ledger's rows repeat them (same titles or shortened) and give statuses: each problem is
listed once. Members the round's notices do not print: bodies numbering their problems in families other than
figures under 一、…方面 aspects (（一）/①/一是/（1）/第一项), each with a ledger repeating them whole (the body
stating the statuses too) or shortened (the ledger alone stating them)."""

from __future__ import annotations

import pytest

from notices import parse_notice

# (title in the body, the ledger's shortened title, status cell, status)
PROBLEMS = [
    ("党支部标准化规范化建设不到位，组织生活会流于形式", "党支部标准化建设不到位", "已完成", "done"),
    ("政府采购管理不规范，部分项目未按规定公开招标", "政府采购管理不规范", "已完成，长期坚持", "done_longterm"),
    ("档案管理工作基础薄弱，历史档案数字化进度滞后", "档案数字化进度滞后", "正在推进", "in_progress"),
]
OPENING = (
    "中共某县某中心党组关于县委第五巡察组巡察反馈意见整改进展情况的通报\n\n"
    "2024年4月1日至5月31日，县委第五巡察组对中心党组开展了常规巡察，2024年6月25日反馈了巡察意见。"
    "巡察反馈的2个方面3个问题，已完成整改2个，正在推进1个。现将整改进展情况通报如下。\n"
)
CLOSING = "中心党组将持续巩固整改成果。联系电话：0730-1234567。\n\n中共某县某中心党组\n2024年11月5日\n\n"


def _notice(labels: list[str], short: bool, column: str) -> str:
    body = "一、政治建设方面\n"
    for n, (title, _short, cell, _status) in enumerate(PROBLEMS):
        body += "二、内部管理方面\n" if n == 2 else ""
        # where the ledger prints the body's titles whole, the body states each status too (and they agree)
        stated = "" if short else f"整改状态：{cell}。"
        body += f"{labels[n]}{title}。\n整改措施：建立工作台账，逐项明确整改时限。{stated}\n"
    ledger = f"附件\n整改落实情况台账\n序号\t问题类别\t反馈问题\t整改措施\t责任单位\t{column}\n"
    for n, (title, shortened, cell, _status) in enumerate(PROBLEMS, 1):
        aspect = "政治建设方面" if n < 3 else "内部管理方面"
        ledger += f"{n}\t{aspect}\t{shortened if short else title}\t建立工作台账\t办公室\t{cell}\n"
    return OPENING + body + CLOSING + ledger


@pytest.mark.parametrize(
    ("labels", "short", "column"),
    [
        (["（一）", "（二）", "（一）"], False, "完成情况"),  # (一) problems restarting under 一、 aspects, same titles
        (["（一）", "（二）", "（三）"], True, "整改进展"),  # (一) problems running on, the ledger shortening them
        (["①", "②", "①"], False, "备注"),  # circled numbers, the status in 备注
        (["一是", "二是", "一是"], True, "完成情况"),  # 一是/二是 problems, shortened in the ledger
        (["（1）", "（2）", "（1）"], True, "备注"),  # bracketed figures, shortened titles, status in 备注
        (["第一项：", "第二项：", "第三项："], False, "整改状态"),  # 第N项 problems
    ],
)
def test_a_ledger_repeating_the_body_lists_each_problem_once(labels: list[str], short: bool, column: str) -> None:
    notice = parse_notice(_notice(labels, short, column))
    got = [(item.title, item.status) for item in notice.items]
    assert got == [(title.replace("，", ","), status) for title, _short, _cell, status in PROBLEMS]
