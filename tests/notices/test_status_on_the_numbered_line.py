"""A problem's status stated after its title on its own numbered line, its fields below (第1项:<title>。目前,该问题已
完成整改。 > 整改举措:… > more of the measures on lines of their own). Found by the generator's held-out draws
(83001110): the status was read only while the field's text held one line. Each member is written in words the
generator does not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_HEAD = (
    "中共某县某局党组关于县委巡察整改进展情况的通报\n"
    "根据县委统一部署,2024年3月4日至4月20日,县委第三巡察组对某县某局党组开展了巡察,并于5月28日反馈了巡察意见。"
    "现将巡察整改进展情况予以公布。\n"
)
_TAIL = "欢迎广大干部群众对巡察整改落实情况进行监督。\n中共某县某局党组\n2024年9月2日\n"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("截至目前,此项问题已整改到位,并长期坚持。", "done_longterm"),
        ("目前该问题已整改完成。", "done"),
        ("现该问题正在整改中。", "in_progress"),
    ],
)
@pytest.mark.parametrize("number", ["第{n}项:", "{n}.", "问题{n}:"])
@pytest.mark.parametrize("more", [1, 2])
def test_a_status_after_the_title_on_the_numbered_line(sentence: str, status: str, number: str, more: int) -> None:
    continued = "".join(f"组织开展第{k}轮自查,形成问题清单。\n" for k in range(more))
    text = (
        f"{number.format(n=1)}公务接待审批把关不严。{sentence}\n整改措施:修订公务接待管理办法。\n{continued}"
        "责任领导:分管副局长;完成时限:2024年6月\n"
        f"{number.format(n=2)}固定资产账实不符。\n整改措施:开展资产清查,已整改完成。\n"
    )
    items = parse_notice(_HEAD + text + _TAIL, "notice.txt").items
    assert [(i.title, i.status) for i in items] == [("公务接待审批把关不严", status), ("固定资产账实不符", "done")]
