"""Build round 139's notices and their gold (run once: `python tests/data/genre/make_r139.py`); the files are committed.

Round 139 imitates notices whose PROBLEMS ARE MARKED ONLY BY BOLD, NOT NUMBERED: web pages (a WeChat article, a
portal page) and Word files whose problems are headed by a bold sentence (<strong>, <b>, <span
style="font-weight:bold">, Word bold runs) with the rectification text in plain paragraphs after each, under 2-4
area headings (bold too, or numbered 一、/（一）); the status in a closing sentence of the problem's text or in a
整改进展： line; in each notice one problem's bold headline runs into plain text in the same paragraph
(<p><strong>…。</strong>针对该问题，…</p>, a Word paragraph of a bold run then plain runs).
Bodies are named 某 (the problems are invented); no problem prints a number, so each takes its position under its area
heading as its label (GEN_FAILURES.md's gold conventions, layouts L13).
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
ROUND = 139

# A problem: (title as printed in bold without its trailing 。, [plain paragraphs after it], status, pending,
# run_on) — run_on: the first plain paragraph runs on in the bold headline's own paragraph.

# --- A: a county 住建局 党组's WeChat article: （一）…方面 areas in <strong>, problems in <strong> paragraphs, the
# status in the closing sentence of the last plain paragraph
QIDONG = [
    (
        "（一）贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "城镇老旧小区改造项目推进缓慢，部分项目未按期开工",
                [
                    "局党组成立老旧小区改造工作专班，实行“一月一调度、一月一通报”，对2024年度计划内的12个小区逐一倒排工期。",
                    "目前，12个小区已全部开工，其中9个已完工验收，该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
            (
                "农村危房改造动态监测不到位，个别农户住房安全等级鉴定不及时",
                [
                    "组织技术人员对全县农村低收入群体住房开展拉网式排查，排查房屋2.1万户，完成鉴定并录入监测平台。",
                    "建立“乡镇每月排查、县局每季抽查”的动态监测机制。该问题已整改完成，并将长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
            (
                "建筑领域安全生产监管存在薄弱环节，部分在建工地隐患整改不闭环",
                [
                    "开展建筑施工安全生产治本攻坚三年行动，检查在建项目46个，下发整改通知书31份，对2家企业实施了行政处罚。",
                    "目前，已整改隐患128处，剩余3处深基坑隐患正在整改，计划2026年5月底前完成。该问题正在推进中。",
                ],
                "in_progress",
                True,
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "工程项目变更签证管理不规范，部分变更未履行审批程序",
                [
                    "局党组修订《政府投资项目变更签证管理办法》，对2022年以来的37项变更签证逐项复核，追回多计工程款46.3万元。"
                    "目前，该问题已整改完成。",
                ],
                "done",
                False,
                True,
            ),
            (
                "住房公积金缴存使用监管存在漏洞，个别单位长期欠缴",
                [
                    "对欠缴单位逐一下达催缴通知，已追缴欠缴公积金87万元；对1家拒不缴存的单位依法申请法院强制执行，目前案件正在审理中。",
                    "该问题正在推进，确保2026年6月底前全部追缴到位。",
                ],
                "in_progress",
                True,
                False,
            ),
            (
                "落实中央八项规定精神不够严格，违规发放加班补贴",
                [
                    "对2022年以来发放的加班补贴全面清理，清退违规发放的补贴3.8万元，对相关责任人进行了批评教育。",
                    "目前，该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "基层党组织建设不够规范，个别支部“三会一课”流于形式",
                [
                    "制定《机关党支部标准化规范化建设实施方案》，对4个党支部组织生活开展专项检查，督促补正记录17处。",
                    "目前，该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
            (
                "干部队伍专业结构不优，规划和工程技术人才匮乏",
                [
                    "2025年通过公开招聘引进城乡规划、土木工程专业人员4名，与湖南城建职业技术学院签订人才培养协议。",
                    "该问题已整改完成，并将长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
            (
                "干部日常管理监督不严，个别干部因私出国（境）证照管理不规范",
                [
                    "对全局干部因私出国（境）证照进行集中清理登记，统一由局人事股保管，建立证照借用审批台账。",
                    "目前，该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
]


def qidong() -> str:
    body: list[str] = [
        '<p style="text-align:center;"><strong><span style="font-size:20px;">中共祁东县某局党组关于县委巡察反馈意见'
        "整改进展情况的通报</span></strong></p>",
        "<p><br></p>",
    ]

    def plain(text: str) -> None:
        body.append(f'<p style="text-indent:2em;">{html.escape(text)}</p>')

    def bold(text: str) -> None:
        body.append(f'<p style="text-indent:2em;"><strong>{html.escape(text)}</strong></p>')

    plain(
        "根据县委统一部署，2025年4月8日至6月10日，县委第二巡察组对县某局党组开展了常规巡察，并于2025年7月22日"
        "反馈了巡察意见。局党组坚决扛起巡察整改政治责任，对反馈的3个方面9个问题逐项制定整改措施。截至2026年2月28日，"
        "9个问题已完成整改7个，正在推进2个。根据有关规定，现将巡察整改进展情况予以公布。"
    )
    bold("一、提高政治站位，扎实推进整改工作")
    plain(
        "局党组召开专题会议研究部署巡察整改工作，成立由党组书记任组长的整改工作领导小组，制定整改方案，"
        "明确责任领导、责任股室和整改时限，实行清单化管理、销号式推进。"
    )
    bold("二、巡察反馈问题整改落实情况")
    for aspect, problems in QIDONG:
        bold(aspect)
        for title, paras, _, _, run_on in problems:
            if run_on:
                body.append(
                    f'<p style="text-indent:2em;"><strong>{html.escape(title)}。</strong>针对该问题，'
                    f"{html.escape(paras[0])}</p>"
                )
                rest = paras[1:]
            else:
                bold(f"{title}。")
                rest = paras
            for para in rest:
                plain(para)
    bold("三、下一步工作打算")
    plain(
        "局党组将继续保持整改工作力度，对正在推进的2个问题紧盯时间节点，确保按期完成；对已完成整改的问题开展"
        "“回头看”，防止问题反弹，以巡察整改推动住房城乡建设事业高质量发展。"
    )
    plain(
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0734-6822158；"
        "邮政地址：祁东县洪桥街道某路28号；电子邮箱：qdxzjj@163.com。"
    )
    body.append('<p style="text-align:right;">中共祁东县某局党组</p>')
    body.append('<p style="text-align:right;">2026年3月5日</p>')
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="关于县委巡察反馈意见整改进展情况的通报">
<title>关于县委巡察反馈意见整改进展情况的通报</title>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">关于县委巡察反馈意见整改进展情况的通报</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">祁东住建</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">祁东县某局</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026-03-06 18:02</em>
</div>
<div class="rich_media_content" id="js_content">
{content}
</div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> 阅读 <span id="readNum">1526</span>
在看 <span id="likeNum">32</span></div>
</div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
</body>
</html>
"""


# --- B: a 街道 党工委's Word file: 一、…方面 areas in 黑体 (numbered, not bold), problems in bold runs, 整改措施 as
# plain paragraphs and the status in a 整改进展：line
LIANGXI = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "党建引领基层治理作用发挥不充分，小区党组织覆盖不全",
                ["推动成立小区党支部9个、楼栋党小组34个，实现辖区28个住宅小区党组织全覆盖。", "整改进展：已完成。"],
                "done",
                False,
                False,
            ),
            (
                "老旧小区长效管理机制不健全，部分小区物业管理缺位",
                [
                    "对7个无物业小区引入“红色物业”托管，建立街道、社区、物业、业委会“四方联席”机制。",
                    "整改进展：已完成，长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
            (
                "安全生产隐患排查整治不彻底，部分沿街商铺消防设施缺失",
                [
                    "开展“九小场所”消防安全专项整治，检查商铺612家，整改隐患205处；其余11家商铺的消防设施正在安装，预计2026年4月底前完成。",
                    "整改进展：正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "对社区“两委”成员监督不够有力，“小微权力”运行不够规范",
                [
                    "制定社区“小微权力”清单38项，绘制运行流程图，在各社区公开栏公示。",
                    "整改进展：已完成。",
                ],
                "done",
                False,
                True,
            ),
            (
                "社区集体资产管理不规范，部分用房出租未公开招租",
                [
                    "对6个社区的集体用房逐一清查，已有4处重新公开招租；另2处因原合同未到期，正在与承租方协商解除。",
                    "整改进展：正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
            (
                "惠民资金审核把关不严，个别低保对象动态调整不及时",
                [
                    "对辖区低保对象开展全面复核，停发不符合条件的2户，建立季度动态调整机制。",
                    "整改进展：已完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "社区干部队伍年龄结构老化，后备力量储备不足",
                [
                    "建立社区后备干部人才库，储备35周岁以下后备力量21名，实行“导师帮带”。",
                    "整改进展：已完成，长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
            (
                "流动党员教育管理存在盲区",
                [
                    "开展流动党员排查，建立信息台账，通过“线上支部”开展组织生活12次。",
                    "整改进展：已完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
]


def _run_font(run, size: float = 16, bold: bool = False, font: str = "仿宋_GB2312") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)


def _para(doc, text: str, *, size: float = 16, bold: bool = False, center: bool = False, font: str = "仿宋_GB2312"):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run_font(p.add_run(text), size, bold, font)
    return p


def _docx_problems(doc, problems) -> None:
    for title, paras, _, _, run_on in problems:
        if run_on:
            p = doc.add_paragraph()
            _run_font(p.add_run(f"{title}。"), bold=True)
            _run_font(p.add_run("针对该问题，"))
            _run_font(p.add_run(paras[0]))
            rest = paras[1:]
        else:
            _para(doc, f"{title}。", bold=True)
            rest = paras
        for para in rest:
            _para(doc, para)


def liangxi(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共无锡市梁溪区某街道工作委员会", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于区委巡察反馈意见整改进展情况的通报", size=22, center=True, font="方正小标宋简体")
    _para(
        doc,
        "根据区委统一部署，2025年3月17日至5月16日，区委第三巡察组对某街道党工委开展了常规巡察，"
        "并于2025年6月20日反馈了巡察意见。街道党工委对照反馈的3个方面8个问题，制定整改任务清单。"
        "截至2026年1月31日，8个问题中已完成整改6个，正在推进2个。现将整改进展情况通报如下。",
    )
    _para(doc, "一、整改工作组织开展情况", font="黑体")
    _para(
        doc,
        "街道党工委召开专题会议，成立由党工委书记任组长的巡察整改工作领导小组，班子成员分工牵头，"
        "每半月调度一次整改进展，对整改不到位的事项实行挂牌督办。",
    )
    _para(doc, "二、巡察反馈问题整改落实情况", font="黑体")
    for aspect, problems in LIANGXI:
        _para(doc, aspect, font="楷体_GB2312")
        _docx_problems(doc, problems)
    _para(doc, "三、下一步工作打算", font="黑体")
    _para(
        doc,
        "街道党工委将对正在推进的2个问题倒排工期、挂图作战，确保按时完成；建立健全长效机制，"
        "把巡察整改与基层治理结合起来，以整改实效取信于民。",
    )
    _para(doc, "欢迎社会各界对巡察整改落实情况进行监督。联系电话：0510-82718365；电子邮箱：lxjd_xc@163.com。")
    _para(doc, "中共无锡市梁溪区某街道工作委员会")
    _para(doc, "2026年2月10日")
    doc.save(str(path))


# --- C: a city 图书馆 党支部's portal page: 一、…方面 areas numbered in <b>, problems in <span
# style="font-weight:bold">, the status in the closing sentence; one problem states none
JIUJIANG = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "公共文化服务效能不高，总分馆制建设推进缓慢",
                [
                    "制定《全市公共图书馆总分馆制建设实施方案》，新建城市书房3个、乡镇分馆5个，实现通借通还。",
                    "此项已整改完成。",
                ],
                "done",
                False,
                False,
            ),
            (
                "古籍保护工作基础薄弱，馆藏古籍普查登记不完整",
                [
                    "聘请省图书馆专家指导，已完成馆藏古籍普查登记2136部；其余民国文献的登记著录工作正在进行，计划2026年底前完成。",
                    "此项正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
            (
                "阅读推广活动针对性不强，面向未成年人和老年人的服务供给不足",
                [
                    "开设少儿绘本馆和“银龄课堂”，2025年开展阅读推广活动126场，服务读者4.3万人次。",
                    "此项已整改完成，并长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "政府采购管理不规范，部分图书采购未严格执行招标程序",
                [
                    "修订《图书采购管理办法》，对2023年以来的图书采购项目逐一复核，对相关责任人进行了提醒谈话。此项已整改完成。",
                ],
                "done",
                False,
                True,
            ),
            (
                "固定资产管理不严，部分设备账实不符",
                [
                    "开展固定资产全面清查，盘点设备1872台（件），对账实不符的43台（件）进行了调账处理。",
                ],
                "unstated",
                None,
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "支部组织生活质量不高，主题党日活动与业务工作结合不紧",
                [
                    "制定年度主题党日活动计划，结合“书香九江”建设开展“党员领读”活动，组织党员志愿服务42次。",
                    "此项已整改完成。",
                ],
                "done",
                False,
                False,
            ),
            (
                "专业人才队伍建设滞后，数字化服务人才短缺",
                [
                    "2025年公开招聘计算机、图书情报专业人员2名，另有1名人员的招聘已报市人社局审批。",
                    "此项正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
        ],
    ),
]


def jiujiang() -> str:
    body: list[str] = []

    def plain(text: str) -> None:
        body.append(f"<p>　　{html.escape(text)}</p>")

    def b(text: str) -> None:
        body.append(f"<p>　　<b>{html.escape(text)}</b></p>")

    def span(text: str) -> None:
        body.append(f'<p>　　<span style="font-weight:bold;">{html.escape(text)}</span></p>')

    plain(
        "根据市委统一部署，2025年5月12日至7月4日，市委第四巡察组对市某图书馆党支部开展了巡察，"
        "并于2025年8月26日反馈了巡察意见。馆党支部高度重视，坚持把巡察整改作为重要政治任务，"
        "对反馈的3个方面7个问题，逐项制定整改措施。截至2026年1月20日，已完成整改4个，正在推进2个。"
        "现将有关情况通报如下："
    )
    for aspect, problems in JIUJIANG:
        b(aspect)
        for title, paras, _, _, run_on in problems:
            if run_on:
                body.append(
                    f'<p>　　<span style="font-weight:bold;">{html.escape(title)}。</span>'
                    f"针对该问题，{html.escape(paras[0])}</p>"
                )
                rest = paras[1:]
            else:
                span(f"{title}。")
                rest = paras
            for para in rest:
                plain(para)
    b("四、下一步工作打算")
    plain(
        "馆党支部将持续巩固整改成果，对正在推进的问题盯紧抓牢，确保按期完成；坚持举一反三，"
        "建立健全长效机制，推动全市公共图书馆事业高质量发展。"
    )
    plain("欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0792-8225367；电子邮箱：jjstsg_dzb@163.com。")
    body.append('<p style="text-align:right;">中共九江市某图书馆支部委员会</p>')
    body.append('<p style="text-align:right;">2026年1月26日</p>')
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中共九江市某图书馆支部委员会关于市委巡察反馈意见整改进展情况的通报-九江市某图书馆</title>
</head>
<body>
<div class="top"><div class="logo">九江市某图书馆</div>
<div class="nav"><a href="/">网站首页</a> | <a href="/bggk/">本馆概况</a> | <a href="/dzfw/">读者服务</a> |
<a href="/djgz/">党建工作</a> | <a href="/zwgk/">馆务公开</a></div></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/djgz/">党建工作</a> &gt;&gt; 正文</div>
<div class="article">
<div class="article-title">中共九江市某图书馆支部委员会关于市委巡察反馈意见整改进展情况的通报</div>
<div class="article-info">时间：2026-01-27　作者：馆办公室　点击：<span>386</span>次</div>
<div class="article-content">
{content}
</div>
<div class="pages">上一篇：<a href="/djgz/1201.html">馆党支部开展主题党日活动</a><br>
下一篇：<a href="/djgz/1203.html">市某图书馆召开2025年度组织生活会</a></div>
</div>
<div class="foot">主办：九江市某图书馆　地址：九江市濂溪区某路9号　赣ICP备10005678号</div>
</body>
</html>
"""


# --- D: a state-owned 煤业公司 党委's Word file: UNNUMBERED bold area headings (…方面), problems in bold runs, the
# measures in plain paragraphs and the status in the closing sentence
YANGQUAN = [
    (
        "贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "安全生产主体责任落实不到位，部分矿井重大灾害治理滞后",
                [
                    "公司党委把安全生产作为头等大事，修订安全生产责任制，完善“一矿一策”瓦斯治理方案，投入治理资金1.2亿元。",
                    "目前，2对矿井瓦斯抽采达标工作已完成，1对矿井水害防治工程正在施工，计划2026年6月底前完工。该问题正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
            (
                "煤炭清洁高效利用推进不力，洗选加工能力不足",
                [
                    "实施选煤厂智能化改造，原煤入洗率由78%提高到93%，煤矸石综合利用率达到85%。",
                    "该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
            (
                "科技创新投入不足，智能化矿山建设进度滞后",
                [
                    "制定智能化矿山建设三年行动计划，建成智能化采煤工作面4个、掘进工作面6个。",
                    "该问题已整改完成，并长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
        ],
    ),
    (
        "落实全面从严治党战略部署方面",
        [
            (
                "物资采购管理存在廉洁风险，部分物资未按规定公开招标",
                [
                    "修订《物资采购管理办法》，上线电子采购平台，对2022年以来的非招标采购项目开展专项审计。"
                    "该问题已整改完成。",
                ],
                "done",
                False,
                True,
            ),
            (
                "煤炭销售管理不规范，个别客户长期欠款",
                [
                    "成立清欠工作专班，已清收欠款6800万元；对剩余2家欠款客户已提起诉讼，目前案件正在审理中。",
                    "该问题正在推进。",
                ],
                "in_progress",
                True,
                False,
            ),
            (
                "违规发放津补贴问题清退不彻底",
                [
                    "对2021年以来发放的各类津补贴进行全面梳理，清退违规发放的津补贴28.6万元。",
                    "该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
    (
        "落实新时代党的组织路线方面",
        [
            (
                "基层党组织作用发挥不充分，部分区队党支部“两张皮”问题突出",
                [
                    "开展“党建+安全生产”示范区队创建活动，推行党员责任区、党员先锋岗，评选示范区队12个。",
                    "该问题已整改完成，并长期坚持。",
                ],
                "done_longterm",
                False,
                False,
            ),
            (
                "年轻干部培养选拔力度不够，专业技术人才流失较多",
                [
                    "制定年轻干部培养三年行动计划，提拔使用40岁以下中层干部11名，出台专业技术人才激励办法。",
                    "该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
    (
        "落实巡视巡察和审计整改方面",
        [
            (
                "上轮巡察整改不彻底，个别问题出现反弹",
                [
                    "对上轮巡察反馈的23个问题逐一“回头看”，对出现反弹的2个问题重新制定整改措施并已整改到位。",
                    "该问题已整改完成。",
                ],
                "done",
                False,
                False,
            ),
        ],
    ),
]


def yangquan(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共阳泉市某煤业有限责任公司委员会", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于市委巡察反馈意见整改进展情况的通报", size=22, center=True, font="方正小标宋简体")
    _para(
        doc,
        "根据市委统一部署，2025年4月21日至6月20日，市委第一巡察组对公司党委开展了常规巡察，"
        "并于2025年7月30日反馈了巡察意见。公司党委坚决扛起整改主体责任，对反馈的4个方面9个问题建立整改台账。"
        "截至2026年2月28日，已完成整改7个，正在推进2个。现将整改进展情况予以公布。",
    )
    _para(doc, "一、整改工作总体情况", font="黑体")
    _para(
        doc,
        "公司党委召开专题会议研究部署整改工作，党委书记履行第一责任人职责，班子成员按照分工抓好分管领域整改，"
        "公司纪委加强对整改工作的日常监督。",
    )
    _para(doc, "二、巡察反馈问题整改落实情况", font="黑体")
    for aspect, problems in YANGQUAN:
        _para(doc, aspect, bold=True, font="楷体_GB2312")
        _docx_problems(doc, problems)
    _para(doc, "三、下一步工作打算", font="黑体")
    _para(
        doc,
        "公司党委将对正在推进的2个问题实行挂牌督办，确保按期销号；坚持举一反三，健全完善制度机制，"
        "推动巡察整改成果转化为企业高质量发展的实际成效。",
    )
    _para(
        doc,
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0353-2268745；邮政地址：阳泉市城区某路66号。",
    )
    _para(doc, "中共阳泉市某煤业有限责任公司委员会")
    _para(doc, "2026年3月12日")
    doc.save(str(path))


FILES = {
    "qidong": "r139_qidong_county_housing_bureau_wechat_strong_problems_paren_aspects_closing_status.html",
    "liangxi": "r139_liangxi_street_dangongwei_docx_bold_run_problems_yi_aspects_progress_field.docx",
    "jiujiang": "r139_jiujiang_city_library_branch_portal_b_aspects_span_bold_problems_closing_status.html",
    "yangquan": "r139_yangquan_coal_soe_docx_unnumbered_bold_aspects_bold_problems_closing_status.docx",
}


def gold_items(aspects) -> tuple[list, list]:
    """Items [label, title, status, pending] and their aspects: an unnumbered problem's label is its position under
    its area heading (GEN_FAILURES.md's gold conventions, layouts L13)."""
    items, names = [], []
    for aspect, problems in aspects:
        for n, (title, _, status, pending, _) in enumerate(problems, 1):
            items.append([str(n), unicodedata.normalize("NFKC", title), status, pending])
            names.append(unicodedata.normalize("NFKC", aspect))
    return items, names


if __name__ == "__main__":
    (HERE / FILES["qidong"]).write_text(qidong(), encoding="utf-8")
    liangxi(HERE / FILES["liangxi"])
    (HERE / FILES["jiujiang"]).write_text(jiujiang(), encoding="utf-8")
    yangquan(HERE / FILES["yangquan"])
    out = {
        key: gold_items(data)
        for key, data in [("qidong", QIDONG), ("liangxi", LIANGXI), ("jiujiang", JIUJIANG), ("yangquan", YANGQUAN)]
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))
