"""Round 166's class (issue 19): 湖南's 巡视 template carried to 巡察 notices (一、组织整改落实情况 / 二、集中整改期内
整改进展情况, （一） class headings, numbered problems each followed by 整改情况：), the status written inside the
rectification text: a sentence leading it, a sentence closing it (目前，该问题…), or a line of its own (整改进展：…).
The round's notices print whole verdicts (已完成整改, 已整改到位) and 阶段性完成整改. Members they do not print: a
degree short of the whole (初步, 基本) before the other result verbs of the rectification (整改到位, 整治到位,
整改完毕, 整改完成), which state work only partly done, as 基本整改到位 and 初步完成整改 do: in progress, in each of
the three places."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某镇委员会关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2025年3月3日至4月30日，县委第二巡察组对某镇党委进行了巡察。2025年6月5日，县委巡察组向某镇党委"
    "反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n"
    "一、组织整改落实情况\n镇党委成立巡察整改工作领导小组，制定整改方案，明确责任领导和整改时限。\n"
    "二、集中整改期内整改进展情况\n（一）落实上级决策部署不够到位。\n"
)
_TAIL = (
    "三、下一步工作打算\n镇党委将持续压紧压实整改责任，确保整改到位。\n"
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-1234567。\n中共某县某镇委员会\n2025年12月1日\n"
)
_PARTIAL = ["已初步整改到位", "初步整改完毕", "已基本整改完毕", "已初步整治到位", "已初步整改完成"]


def _notice(first: str, second: str, third: str) -> str:
    return (
        _HEAD
        + f"1.问题1：防汛设施管护不到位，部分山塘渠道淤塞。\n整改情况：{first}\n"
        + f"2.问题2：村级财务管理不规范，存在白条入账现象。\n整改情况：{second}\n"
        + f"3.问题3：后备干部储备不足。\n整改情况：{third}\n"
        + _TAIL
    )


_DONE = "已完成整改。新储备村级后备力量12人，建立后备人才库。"
_OPEN = "正在推进。选派驻村干部2名，正在开展培训。"


# The status leading 整改情况 (整改情况：已完成整改。<measures>): a partial degree before the result is no verdict of
# done.
@pytest.mark.parametrize("word", _PARTIAL)
def test_a_partial_degree_leading_the_rectification_is_in_progress(word: str) -> None:
    notice = parse_notice(_notice(f"{word}。清淤山塘14口、渠道3公里。", _DONE, _OPEN))
    assert [i.label for i in notice.items] == ["问题1", "问题2", "问题3"]
    assert [i.status for i in notice.items] == ["in_progress", "done", "in_progress"]


# The status closing it (…。目前，该问题已整改到位。): the same words said of the problem.
@pytest.mark.parametrize("word", _PARTIAL)
def test_a_partial_degree_closing_the_rectification_is_in_progress(word: str) -> None:
    notice = parse_notice(_notice(_OPEN, f"开展村级财务专项清理，规范票据报销流程。目前，该问题{word}。", _DONE))
    assert [i.status for i in notice.items] == ["in_progress", "in_progress", "done"]


# The status on a line of its own (整改进展：已完成。) after the measures.
@pytest.mark.parametrize("word", _PARTIAL)
def test_a_partial_degree_on_the_progress_line_is_in_progress(word: str) -> None:
    notice = parse_notice(_notice(_DONE, _DONE, f"选派驻村干部2名，开展培训1次。\n整改进展：{word}。"))
    assert [i.status for i in notice.items] == ["done", "done", "in_progress"]
    assert [i.title for i in notice.items][2] == "后备干部储备不足"
