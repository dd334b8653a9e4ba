"""Round 118's classes (issue 19): ordinary notices as the web pages users link, each with members the round's
notices do not print. A field repeated word for word under each problem (整改情况：已完成整改。) is kept once by the
page extractor; the page's own blocks put the repeats back, also where the field's label stands in an element of its
own and where the site's furniture after the article is kept in part; a part or aspect heading a template styles as a
badge, in a block with no paragraph of its own, is dropped by the extractor and put back from the page's blocks; a
field's label alone on its line is read with its value on the next."""

from __future__ import annotations

import pytest

from notices import parse_bytes, parse_notice

_TITLE = "中共某县某局党组关于巡察整改进展情况的通报"
_OPENING = (
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_TITLE}</title></head>\n'
    f'<body><div id="js_article"><div id="page-content"><h1 class="rich_media_title">{_TITLE}</h1>\n'
    '<div id="js_content" class="rich_media_content"><section>\n'
    '<p style="text-indent:2em"><span>根据县委统一部署，2024年4月8日至6月7日，县委第二巡察组对县某局党组开展了巡察，'
    "7月10日反馈了巡察意见。现将整改进展情况予以公布。</span></p>\n"
)
_HEAD = _OPENING + '<p style="text-indent:2em"><span>（一）贯彻落实上级决策部署方面</span></p>\n'
_SIGNED = """<p style="text-align:right"><span>中共某县某局党组</span></p>
<p style="text-align:right"><span>2024年12月20日</span></p>
</section></div>
"""
_PROBLEMS = ("农村公路养护管理不到位", "政务服务事项办理时限压缩不够", "财务报销审核把关不严", "党支部组织生活不规范")


def _page(field: str, tail: str = "") -> bytes:
    """A notice page of four problems, each followed by its measures and the same field paragraph."""
    rows = []
    for k, title in enumerate(_PROBLEMS, 1):
        rows.append(f'<p style="text-indent:2em"><span><strong>{k}.{title}。</strong></span></p>')
        rows.append(
            f'<p style="text-indent:2em"><span>整改措施：制定工作方案，开展专项检查{k + 2}次，建立工作台账。</span></p>'
        )
        rows.append(f'<p style="text-indent:2em"><span>{field}</span></p>')
    return (_HEAD + "\n".join(rows) + "\n" + _SIGNED + tail + "\n</div></div></body></html>").encode()


# A field whose label stands in an element of its own (a bold 整改情况： before the text, the status in a coloured
# span) is no text piece of the page as a whole paragraph: its repeats are found in the page's text run together.
@pytest.mark.parametrize(
    "field",
    [
        "<strong>整改进展：</strong>已整改完毕。",
        "<strong>完成情况：</strong>已完成。",
        "<b>整改结果：</b>已整改到位。",
        '整改情况：<span style="color:rgb(192,0,0);">已完成</span>。',
    ],
)
def test_a_field_repeated_under_each_problem_with_its_label_apart(field: str) -> None:
    notice = parse_bytes(_page(field), "page.html")
    assert [i.status for i in notice.items] == ["done"] * 4


# Site furniture after the article that the extractor keeps in part (a kept line, a dropped one, a kept one) bounds
# the stretch of the page the repeats are taken from instead of voiding the restoring.
@pytest.mark.parametrize(
    "tail",
    [
        "<div><a>阅读原文</a></div><div><p>微信扫一扫</p><p>关注该公众号</p></div><div><a>继续滑动看下一个</a></div>"
        "<div><p>轻触阅读原文</p></div><div><p>向上滑动看下一个</p></div>",
        "<div><p>原标题：巡察整改进展情况的通报</p></div><div><a>阅读原文</a></div>"
        "<div><p>素材来源：县纪委监委</p></div><div><p>责任编辑：李某</p></div>",
        '<div class="fujian"><p>附件：</p><ul><li><a href="a.pdf">1.整改台账.pdf</a></li></ul></div>'
        "<div><span>分享到：</span><a>微信</a><a>微博</a></div><div><p>扫一扫在手机打开当前页</p></div>"
        "<div><a>打印本页</a> <a>关闭窗口</a></div>",
    ],
)
def test_a_field_repeated_under_each_problem_before_furniture_kept_in_part(tail: str) -> None:
    notice = parse_bytes(_page("整改进展：已完成。", tail), "page.html")
    assert [i.status for i in notice.items] == ["done"] * 4


_ASPECTS = ("（一）贯彻落实上级决策部署方面", "（二）落实全面从严治党责任方面")


def _badged(wrap: str) -> bytes:
    """A notice page whose part and aspect headings stand in the template's blocks, two problems under each aspect."""
    rows = [wrap.format("一、巡察反馈问题整改落实情况")]
    for a, aspect in enumerate(_ASPECTS):
        rows.append(wrap.format(aspect))
        for k in (2 * a + 1, 2 * a + 2):
            rows.append(f'<p style="text-indent:2em"><span>{k}.{_PROBLEMS[k - 1]}。</span></p>')
            rows.append(f'<p style="text-indent:2em"><span>整改措施：制定工作方案，开展专项检查{k + 2}次。</span></p>')
    rows.append(wrap.format("二、下一步工作打算"))
    rows.append('<p style="text-indent:2em"><span>我们将持续巩固整改成果。</span></p>')
    return (_OPENING + "\n".join(rows) + "\n" + _SIGNED).encode() + (b"</div></div></body></html>")


# A part or aspect heading in a template's badge or bar (a section or div holding a span or a strong, no paragraph)
@pytest.mark.parametrize(
    "wrap",
    [
        '<section style="margin:10px 0;background:#fdf2f2;"><span style="color:#c00000;"><strong>{}</strong></span>'
        "</section>",
        '<section style="text-align:center;"><strong style="color:#fff;background:#c00000;">{}</strong></section>',
        '<section style="display:flex;"><section style="border-bottom:2px solid #c00000;"><span>{}</span></section>'
        "</section>",
        '<div class="title-bar"><span>{}</span></div>',
    ],
)
def test_a_heading_in_a_templates_badge_is_read(wrap: str) -> None:
    notice = parse_bytes(_badged(wrap), "page.html")
    assert [i.aspect for i in notice.items] == ["(一)贯彻落实上级决策部署方面"] * 2 + [
        "(二)落实全面从严治党责任方面"
    ] * 2


_TEXT_HEAD = (
    "中共某县某局党组关于巡察整改进展情况的通报\n"
    "根据县委统一部署，2024年3月4日至4月30日，县委第一巡察组对县某局党组进行了巡察。现将巡察整改情况予以通报。\n"
    "（一）贯彻落实上级决策部署方面\n"
)


# A field's label alone on its line with its value on the next (a bold label in a paragraph of its own: WeChat
# articles, Word files) is read as the field it is where the label leads its value's line: the status opening the
# value, followed by facts, is the problem's status.
@pytest.mark.parametrize(
    ("label", "value", "status", "pending"),
    [
        ("整改进展", "正在整改。已排查隐患12处，剩余3处正在施工。", "in_progress", True),
        ("完成情况", "尚未完成。2个项目的结算审计正在进行中。", "in_progress", True),
        ("整改成效", "基本完成。剩余1户欠款正在追缴。", "in_progress", True),
        ("整改情况", "持续推进。已召开专题会议2次，待省厅批复后实施。", "in_progress", True),
        ("整改进度", "已完成整改，并长期坚持。已建立台账。", "done_longterm", False),
    ],
)
def test_a_status_field_whose_label_stands_alone_on_its_line(
    label: str, value: str, status: str, pending: bool
) -> None:
    text = (
        f"{_TEXT_HEAD}1.问题甲不到位。\n整改措施：\n制定方案，开展检查。\n{label}：\n{value}\n"
        f"2.问题乙不规范。\n整改措施：\n修订制度。\n{label}：\n已完成整改。\n"
    )
    notice = parse_notice(text)
    assert [(i.status, i.pending) for i in notice.items] == [(status, pending), ("done", False)]


# A sentence of nothing but status words closing the problem's own line after its full stop is its status, not its
# title, as a clause after a comma is (a line long enough that no other reading splits it).
@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("已整改到位。", "done"),
        ("该问题已整改完毕。", "done"),
        ("正在整改中。", "in_progress"),
        ("目前已完成整改。", "done"),
    ],
)
def test_a_status_sentence_closing_the_problems_line(closing: str, status: str) -> None:
    text = (
        f"{_TEXT_HEAD}（1）公务用车使用管理制度执行不严格，部分车辆使用登记不完整，加油卡管理不严格。{closing}\n"
        "一是修订管理办法；二是补齐登记手续。\n"
        "（2）政府采购项目验收程序不规范。\n一是制定验收规程；二是补充验收5个项目。目前已整改完成。\n"
    )
    notice = parse_notice(text)
    assert [(i.title, i.status) for i in notice.items] == [
        ("公务用车使用管理制度执行不严格,部分车辆使用登记不完整,加油卡管理不严格", status),
        ("政府采购项目验收程序不规范", "done"),
    ]
