"""Round 62 (issue 19): the classes the political-legal bodies' notices showed."""

from __future__ import annotations

import pytest

from notices import parse_notice


def _sections(open_heading: str, long_heading: str, counts: str) -> str:
    return (
        "中共某区人民法院党组关于巡察整改情况的通报\n"
        "根据区委统一部署,2024年4月1日至5月10日,区委第二巡察组对区法院党组进行了巡察,并于2024年6月20日反馈了巡察意见。"
        "现将巡察整改情况予以公布。\n"
        "一、整改落实情况\n"
        f"区委第二巡察组反馈问题5个。{counts}\n"
        "(一)已完成整改的问题(2个)\n"
        "1.审判流程管理不规范,部分案件超审限。\n整改情况:开展超审限案件专项清理。\n"
        "2.诉讼费退费不及时。\n整改情况:清理应退未退诉讼费案件。\n"
        f"{open_heading}\n"
        "3.信息化系统使用率不高。\n整改情况:整合在用业务系统。\n"
        f"{long_heading}\n"
        "4.廉政风险防控机制不健全。\n整改情况:梳理廉政风险点,制定防控措施。\n"
        "5.干警教育培训针对性不强。\n整改情况:制定年度培训计划。\n"
        "中共某区人民法院党组\n2024年10月8日\n"
    )


# Work that must go on for long is in progress (L04's 需要长期坚持整改的事项); a notice counting it apart from the
# work under way (正在整改1个,需要长期坚持整改2个) over three problems in progress contradicts nothing.
@pytest.mark.parametrize(
    ("open_heading", "long_heading", "counts"),
    [
        (
            "(二)正在整改的问题(1个)",
            "(三)需要长期坚持整改的问题(2个)",
            "已完成整改2个,正在整改1个,需要长期坚持整改2个。",
        ),
        ("(二)正在推进整改的问题(1个)", "(三)需长期坚持整改的问题(2个)", "已完成2个,正在推进1个,需长期坚持整改2个。"),
    ],
)
def test_long_term_work_counted_apart_from_work_under_way(open_heading: str, long_heading: str, counts: str) -> None:
    notice = parse_notice(_sections(open_heading, long_heading, counts))
    assert [i.status for i in notice.items] == ["done", "done", "in_progress", "in_progress", "in_progress"]
    assert (notice.claimed.in_progress, notice.claimed.longterm) == (1, 2)
    assert [str(w) for w in notice.warnings] == []
