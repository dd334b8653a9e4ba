"""Round 95's classes (issue 19: the genre's notices as the web pages the bot fetches), each with members the round's
notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_bytes, parse_notice

_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。"
    "2024年6月3日，县委第一巡察组向县某局党组反馈了巡察意见。\n"
    "（一）贯彻落实上级决策部署方面\n"
)


# A named entry's number stopped by a gap, not a colon (<strong>问题1</strong>&nbsp;<problem>): the page's space,
# an &nbsp; or a full-width one, stands where the stop would, and the line is the entry it numbers, labelled as
# the same entry stopped by a colon is (反馈问题一: gives 问题一).
@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        ("问题3\u3000", "问题4\u3000", ("问题3", "问题4")),
        ("问题二\xa0", "问题三\xa0", ("问题二", "问题三")),
        ("问题1  ", "问题2  ", ("问题1", "问题2")),
        ("具体问题5 ", "具体问题6 ", ("具体问题5", "具体问题6")),
        ("整改任务1\xa0", "整改任务2\xa0", ("整改任务1", "整改任务2")),
        ("反馈问题一 ", "反馈问题二 ", ("问题一", "问题二")),
    ],
)
def test_a_named_entry_stopped_by_a_gap_is_an_entry(first: str, second: str, labels: tuple[str, str]) -> None:
    text = (
        _HEAD + f"{first}基层医疗机构建设推进不快。\n整改措施：制定建设方案。\n完成情况：已完成。\n"
        f"{second}“放管服”改革落实不到位。\n整改措施：开展作风整治。\n完成情况：正在推进。\n"
    )
    notice = parse_notice(text)
    got = [(i.label, i.title, i.status) for i in notice.items]
    assert got == [
        (labels[0], "基层医疗机构建设推进不快", "done"),
        (labels[1], "“放管服”改革落实不到位", "in_progress"),
    ]


def test_a_closing_list_by_number_set_apart_by_a_gap_stays_a_list() -> None:
    """问题1 已完成整改。问题2 正在推进。: numbers naming problems listed above open no entry (a guard of the class
    above, which holds before it too; the statuses such a list gives are not read yet)."""
    text = (
        _HEAD + "1.基层医疗机构建设推进不快。\n整改措施：制定建设方案。\n"
        "2.“放管服”改革落实不到位。\n整改措施：开展作风整治。\n"
        "问题1 已完成整改。\n问题2 正在推进。\n"
    )
    assert [i.label for i in parse_notice(text).items] == ["1", "2"]


_PAGE = """<html><head><title>巡察整改</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="#">信息公开</a></div>
<div class="article"><h1>中共某县某局党组关于县委巡察反馈意见整改进展情况的通报</h1>
<div id="zoom">
<p style="text-indent:2em">根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组开展了巡察。</p>
<p>2024年6月3日，县委第一巡察组反馈了巡察意见。现将整改进展情况公布如下。</p>
<p style="text-indent:2em">巡察反馈的2个方面4个问题整改情况如下：</p>
<table border="1"><tbody>
<tr><td>{h0}</td><td>{h1}</td><td>反馈问题</td><td>整改措施</td><td>整改时限</td><td>{status_head}</td></tr>
<tr>{c0}<td>{r1}</td><td>基层医疗机构建设推进不快</td><td>制定建设方案</td><td>2024年9月</td>{s1}</tr>
<tr>{c0_}<td>{r2}</td><td>“放管服”改革落实不到位</td><td>开展作风整治</td><td>2024年9月</td>{s2}</tr>
<tr>{c3}<td>{r3}</td><td>财务报销审核不严</td><td>修订财务制度</td><td>2024年10月</td><td>{third}</td></tr>
<tr>{c3_}<td>{r4}</td><td>干部培训针对性不强</td><td>制定培训计划</td><td>2024年10月</td><td>{third}</td></tr>
</tbody></table>
<p style="text-align:right">中共某县某局党组</p><p style="text-align:right">2024年11月5日</p>
</div></div>
<div class="footer">主办单位：某县人民政府办公室 备案号：X ICP备00000000号 【打印本页】【关闭窗口】</div>
</body></html>
"""


def _ledger(status_head: str, merged: str, third: str, *, class_first: bool) -> bytes:
    """A ledger whose first two rows share one status cell merged down the column (rowspan), the class column
    (问题类别, merged over its two rows too) first or after the 序号."""
    cls = ('<td rowspan="2">政治建设方面</td>', "", '<td rowspan="2">作风建设方面</td>', "")
    numbers = ("1", "2", "3", "4")
    if class_first:
        h0, h1 = "问题类别", "序号"
        cells = dict(c0=cls[0], c0_=cls[1], c3=cls[2], c3_=cls[3])
        rows = dict(zip(("r1", "r2", "r3", "r4"), numbers, strict=True))
    else:  # 序号 first: its cell is written into the c slots, the class cell into the r slots' place after it
        h0, h1 = "序号", "问题类别"
        cells = dict(c0="<td>1</td>", c0_="<td>2</td>", c3="<td>3</td>", c3_="<td>4</td>")
        rows = dict(r1="政治建设方面", r2="政治建设方面", r3="作风建设方面", r4="作风建设方面")
    html = _PAGE.format(
        h0=h0,
        h1=h1,
        status_head=status_head,
        s1=f'<td rowspan="2">{merged}</td>',
        s2="",
        third=third,
        **cells,
        **rows,
    )
    if not class_first:  # the class printed once a class, merged down its rows
        html = html.replace("<td>政治建设方面</td>", '<td rowspan="2">政治建设方面</td>', 1)
        html = html.replace("<td>政治建设方面</td>", "", 1)
        html = html.replace("<td>作风建设方面</td>", '<td rowspan="2">作风建设方面</td>', 1)
        html = html.replace("<td>作风建设方面</td>", "", 1)
    return html.encode("utf-8")


# A status cell merged down the rows of problems that share it (已完成 once for a class's two problems): each of
# the numbered rows it spans states it, wherever the class column stands.
@pytest.mark.parametrize(
    ("status_head", "merged", "status", "class_first"),
    [
        ("整改进展", "已完成", "done", True),
        ("完成情况", "已整改", "done", False),
        ("整改状态", "正在推进", "in_progress", True),
        ("整改情况", "整改中", "in_progress", False),
    ],
)
def test_a_status_cell_merged_down_its_rows_states_each(
    status_head: str, merged: str, status: str, class_first: bool
) -> None:
    notice = parse_bytes(_ledger(status_head, merged, "已完成", class_first=class_first), "page.html")
    assert [(i.label, i.status) for i in notice.items] == [("1", status), ("2", status), ("3", "done"), ("4", "done")]
    assert [i.aspect for i in notice.items] == ["(一)政治建设方面"] * 2 + ["(二)作风建设方面"] * 2
