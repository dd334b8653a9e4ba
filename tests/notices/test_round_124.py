"""Round 124's class (issue 19): notices of bodies that are not government offices (schools, a state-owned group, a
court) as their own or other sites serve them, calibrated on real pages. The reading the round's pages needed: a
matter the body put up to a higher body to settle (其余3个涉及历史遗留土地问题，已报请市国资委协调处理: a city
group's audit problems left over, under its part of problems still in progress) is pending work, as 报…审批 is; a
matter the higher body settled already (协调处理完毕, 研究解决到位) waits on nothing.

Members the round's notices do not print: other verbs of putting up (提请, 报 alone, 呈送, 提交), other higher bodies
(区政府, 区委, 上级部门, 主管部门), other settling words (研究解决, 协调解决, 研究处理), the clause after a part of the
work done, and the settled forms."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某市某集团有限公司委员会关于巡察整改进展情况的通报\n"
    "根据市委统一部署，2024年3月4日至4月30日，市委第一巡察组对集团党委进行了巡察，5月20日反馈了巡察意见。"
    "现将巡察整改进展情况予以公布。\n"
)
_TAIL = "欢迎监督。联系电话：0731-1234567。\n中共某市某集团有限公司委员会\n2024年9月10日\n"
_BLOCK = (
    "1.历史遗留问题整改不彻底。\n整改情况：{text}\n整改状态：正在整改\n"
    "2.制度执行不严格。\n整改情况：修订制度3项。\n整改状态：已完成\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "已完成整改8个，其余2个涉及土地权属，已报请市国资委协调处理。",
        "对账工作已完成，剩余差额已提请区政府研究解决。",
        "厂房产权问题已报区委研究处理。",
        "已完成清理，遗留的1宗用地问题已报请上级部门协调解决。",
        "拖欠工程款问题已呈送主管部门协调处理，目前已召开协调会1次。",
        "已完成账务调整，涉及的2笔历史借款已提交市财政局研究解决。",
    ],
)
def test_a_matter_put_up_to_a_higher_body_to_settle_is_pending(text: str) -> None:
    notice = parse_notice(_HEAD + _BLOCK.format(text=text) + _TAIL)
    assert [(i.status, i.pending) for i in notice.items] == [("in_progress", True), ("done", False)]
    settled = text
    for word, done in (("协调处理", "完毕"), ("研究解决", "到位"), ("研究处理", "完毕"), ("协调解决", "到位")):
        settled = settled.replace(word, word + done)
    assert parse_notice(_HEAD + _BLOCK.format(text=settled) + _TAIL).items[0].pending is False
