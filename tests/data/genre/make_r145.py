"""Build round 145's notices and its gold (run once: `python tests/data/genre/make_r145.py`); the files are committed.

Round 145 imitates PROBLEMS MARKED ONLY BY TYPE, PART TWO (round 139's road, forms it did not use): notices whose
problems carry no number and are set apart only by how they are typed:
- a county bureau 党组's portal page: areas in their own <h4> （一）…方面, each problem a paragraph of a CSS class
  (class="bold", the weight set in the page's <style>), its text in plain <p>, the status in a closing sentence;
- a city bureau 党委's Word file: areas （一） in 黑体 runs, each problem headline in a custom paragraph style 问题标题
  (the weight and font set in the style, not the runs), text in 仿宋, the status on a 整改进展： line;
- a 街道 党工委's WeChat article: areas in bold red spans, each problem's headline in a span of font-weight:700 ending
  in a full-width colon with its text in the same paragraph and the status in 【】 at its end (one problem with none);
- a city-owned group 党委's Word file: areas bold and numbered 一、, problems bold and unnumbered, a blank paragraph
  between one problem and the next, the status in a closing sentence.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
ROUND = 145

# each problem: (title as printed, rectification text, status words as printed, status, pending)

# --- A: 修水县某局党组 (交通运输), portal page, <h4> areas, class="bold" problems, closing status sentence
XIUSHUI = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "学习贯彻习近平总书记关于交通运输工作的重要论述不够深入，理论学习与业务工作结合不紧",
                "局党组修订完善党组理论学习中心组学习制度，制定年度学习计划，2025年以来开展专题学习研讨6次，"
                "围绕“四好农村路”建设开展专题调研3次，形成调研报告3篇并转化为具体工作举措。",
                "该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "农村公路养护管理不到位，部分路段路面破损未及时修复",
                "组织对全县农村公路开展拉网式排查，建立病害路段台账，完成路面修补2.6万平方米；落实县乡村三级路长"
                "责任，将养护考核结果与养护资金拨付挂钩。",
                "目前，该问题已整改完成。",
                "done",
                False,
            ),
            (
                "交通建设项目推进缓慢，个别重点项目未按期开工",
                "成立重点项目攻坚专班，实行“一项目一专班一方案”，2个滞后项目中1个已开工建设；"
                "另1个项目用地报批材料已报省自然资源厅审批，待批复后即开工。",
                "目前，该问题正在推进整改。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组主体责任落实不到位，对下属单位监督管理偏软",
                "制定党组落实全面从严治党主体责任清单，党组书记与班子成员、下属单位负责人签订责任书14份，"
                "开展下属单位专项检查2轮，发现并督促整改问题23个。",
                "目前，该问题已整改完成。",
                "done",
                False,
            ),
            (
                "工程建设领域廉政风险防控存在漏洞，部分项目变更签证审核不严",
                "修订《交通建设项目变更管理办法》，对5个项目的变更签证逐一复核，核减不合理费用41.3万元，"
                "对2名相关责任人进行约谈提醒。",
                "目前，该问题已整改完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "基层党组织建设薄弱，个别支部组织生活不规范",
                "开展支部标准化规范化建设“回头看”，对3个支部的“三会一课”记录逐一检查，补齐缺项，明确支部书记第一责任。",
                "目前，该问题已整改完成。",
                "done",
                False,
            ),
            (
                "干部队伍年龄结构老化，专业技术人才不足",
                "制定干部队伍建设三年规划，2025年通过公开招聘引进交通工程专业人员3名；"
                "今年计划招聘的4名专业技术人员已报县人社局审核，招聘工作正在进行中。",
                "目前，该问题正在推进整改。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def xiushui() -> str:
    body = []
    for area, problems in XIUSHUI:
        body.append(f"<h4>{area}</h4>")
        for title, text, closing, _, _ in problems:
            body.append(f'<p class="bold">{title}。</p>')
            body.append(f"<p>整改情况：{text}{closing}</p>")
    paras = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中共修水县某局党组关于县委巡察反馈意见整改进展情况的通报_修水县人民政府</title>
<style>
body {{ font-family: "Microsoft YaHei"; }}
.article h4 {{ font-size: 16px; font-weight: bold; }}
.article p {{ text-indent: 2em; line-height: 2; }}
.article p.bold {{ font-weight: 700; }}
</style>
</head>
<body>
<div class="top"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xcgk/">巡察整改</a></div>
<div class="article">
<h1>中共修水县某局党组关于县委巡察反馈意见整改进展情况的通报</h1>
<div class="info">发布时间：2025-10-21 09:30　来源：县某局　浏览次数：<span>216</span></div>
<p>根据县委统一部署，2025年4月8日至5月30日，县委第三巡察组对县某局党组开展了常规巡察。7月10日，县委第三巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。</p>
<h3>一、提高政治站位，扛牢整改政治责任</h3>
<p>局党组坚持把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，制定整改方案，逐条建立问题清单、任务清单、责任清单，定期调度整改进展。</p>
<h3>二、巡察反馈问题整改落实情况</h3>
<p>县委第三巡察组反馈的3个方面7个问题，截至2025年9月底，已完成整改5个，正在推进整改2个。具体如下：</p>
{paras}
<h3>三、下一步工作打算</h3>
<p>局党组将坚持目标不变、标准不降、力度不减，对尚未完成的整改任务紧盯不放，对已完成的整改事项适时开展“回头看”，巩固整改成效，推动全县交通运输事业高质量发展。</p>
<p>欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0792-7221234；邮政信箱：修水县某路18号县某局办公室；电子邮箱：xsjtj@163.com。</p>
<p style="text-align:right">中共修水县某局党组</p>
<p style="text-align:right">2025年10月20日</p>
</div>
<div class="footer">主办：修水县人民政府办公室　赣ICP备05001234号</div>
</body>
</html>
"""


# --- B: 常德市某局党委 (教育), Word: （一） areas in 黑体 runs, problems in a custom 问题标题 paragraph style,
# 整改进展： line
CHANGDE = [
    (
        "（一）政治监督方面",
        [
            (
                "落实立德树人根本任务有差距，学校思政课建设统筹不够",
                "制定《全市大中小学思政课一体化建设实施方案》，组建思政课教学指导委员会，开展思政课教师全员培训2期，"
                "培训教师1260人次。",
                "已完成。",
                "done",
                False,
            ),
            (
                "“双减”政策落实不够到位，校外培训治理存在盲区",
                "联合市场监管、公安等部门开展校外培训专项治理行动，查处隐形变异培训机构11家，"
                "建立校外培训机构常态化巡查机制。",
                "已完成，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "城区学位供给紧张问题解决不够有力",
                "推进城区学校新建改扩建项目4个，其中2个已建成投入使用；另2个项目主体工程正在施工，"
                "计划2026年8月底前交付使用。",
                "正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）群众身边不正之风和腐败问题方面",
        [
            (
                "学校食堂管理不规范，食材采购监管存在漏洞",
                "出台《全市中小学校食堂管理办法》，推行食材统一招标采购，对56所学校食堂开展专项检查，整改问题32个。",
                "已完成。",
                "done",
                False,
            ),
            (
                "违规征订教辅资料问题时有发生",
                "开展教辅资料征订专项整治，清退违规收取费用8.7万元，对3名相关人员给予诫勉处理。",
                "已完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）基层党组织建设方面",
        [
            (
                "中小学校党组织领导的校长负责制落实不到位",
                "全市公办中小学校全部完成章程修订，明确党组织会议和校长办公会议议事规则，对落实情况开展专项督导。",
                "已完成。",
                "done",
                False,
            ),
            (
                "民办学校党建工作覆盖不全面",
                "对全市民办学校党组织设置情况逐一摸排，新组建党支部5个，选派党建指导员18名；"
                "剩余2所学校联合党支部组建工作正在推进中。",
                "正在推进。",
                "in_progress",
                True,
            ),
            (
                "教师队伍管理不够严格，师德师风建设有短板",
                "修订师德考核办法，实行师德“一票否决”，开展师德师风专项教育活动，查处违反师德行为4起。",
                "已完成，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
]


def _run_font(run, size: float = 16, bold: bool | None = False, font: str = "仿宋_GB2312") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _para(doc, text: str, *, size: float = 16, bold: bool = False, center: bool = False, font: str = "仿宋_GB2312"):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif text:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        _run_font(p.add_run(text), size, bold, font)
    return p


def _right(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run_font(p.add_run(text))


def changde(path: Path) -> None:
    doc = docx.Document()
    style = doc.styles.add_style("问题标题", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.name = "楷体_GB2312"
    style.font.bold = True
    style.font.size = Pt(16)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "楷体_GB2312")
    _para(doc, "中共常德市某局委员会", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于市委巡察反馈意见整改进展情况的通报", size=22, center=True, font="方正小标宋简体")
    _para(
        doc,
        "根据市委统一部署，2025年3月17日至5月16日，市委第二巡察组对市某局党委开展了常规巡察，"
        "并于2025年6月25日反馈了巡察意见。根据《中国共产党巡视工作条例》等有关规定，"
        "现将巡察整改进展情况予以公布。",
    )
    _para(doc, "一、整改工作总体情况", font="黑体")
    _para(
        doc,
        "局党委把巡察整改作为重大政治任务，召开专题民主生活会，制定整改方案，明确整改措施42条。"
        "市委第二巡察组反馈的3个方面8个问题，截至2025年10月底，已完成整改6个，正在推进整改2个。",
    )
    _para(doc, "二、反馈问题整改进展情况", font="黑体")
    for area, problems in CHANGDE:
        _para(doc, area, font="黑体")
        for title, text, line, _, _ in problems:
            p = doc.add_paragraph(style="问题标题")
            p.paragraph_format.first_line_indent = Pt(32)
            p.add_run(title)
            _para(doc, "整改措施：" + text)
            _para(doc, "整改进展：" + line)
    _para(doc, "三、下一步工作打算", font="黑体")
    _para(
        doc,
        "下一步，局党委将持续压实整改责任，对正在推进的整改事项加强跟踪督办，确保按期完成；"
        "对已完成的事项加强“回头看”，建立长效机制，推动全市教育事业高质量发展。",
    )
    _para(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0736-7251234；通信地址：常德市武陵区某路88号；电子邮箱：cdjyxc@163.com。",
    )
    _right(doc, "中共常德市某局委员会")
    _right(doc, "2025年11月12日")
    doc.save(path)


# --- C: 鼓楼区某街道党工委, WeChat article: red bold areas, headline span font-weight:700 ending in ：,
# text in the same paragraph, status in 【】 at its end; one problem has no status
GULOU = [
    (
        "一、党的理论学习和政治建设方面",
        [
            (
                "理论学习中心组学习流于形式，研讨交流不够深入",
                "修订党工委理论学习中心组学习规则，建立“领学+研讨+点评”机制，年内组织专题研讨5次，"
                "班子成员撰写研讨材料30篇。",
                "【整改进展：已完成】",
                "done",
                False,
            ),
            (
                "意识形态工作责任制落实不到位，社区阵地管理不够规范",
                "对辖区12个社区宣传阵地开展全面排查，清理过期内容，建立阵地管理台账和月巡查制度。",
                "【整改进展：已完成并长期坚持】",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、为民服务和基层治理方面",
        [
            (
                "老旧小区改造推进缓慢，群众反映的加装电梯问题回应不及时",
                "建立老旧小区改造周调度机制，3个老旧小区改造已完工；加装电梯项目完成意愿征询的8部中，"
                "5部已开工，3部正在办理规划审批手续。",
                "【整改进展：正在推进】",
                "in_progress",
                True,
            ),
            (
                "网格化管理作用发挥不充分，矛盾纠纷排查化解不及时",
                "优化网格划分，配齐专职网格员46名，建立矛盾纠纷“日排查、周研判”机制，累计化解矛盾纠纷137件。",
                "【整改进展：已完成】",
                "done",
                False,
            ),
            (
                "社区居家养老服务覆盖面不广",
                "新建社区助餐点2个，引入专业养老服务机构1家，为辖区高龄独居老人提供上门服务。",
                "",
                "unstated",
                None,
            ),
        ],
    ),
    (
        "三、全面从严治党和作风建设方面",
        [
            (
                "财务管理不规范，部分经费报销手续不全",
                "对2023年以来财务凭证开展全面自查，补齐报销手续21笔，修订街道财务管理制度，会计人员参加专题培训。",
                "【整改进展：已完成】",
                "done",
                False,
            ),
            (
                "社区工作者队伍建设有短板，考核激励机制不健全",
                "制定社区工作者绩效考核办法，完善薪酬等级序列，年内选派18名社区工作者参加能力提升培训。",
                "【整改进展：已完成】",
                "done",
                False,
            ),
        ],
    ),
]


def _wx(text: str) -> str:
    return '<p style="text-indent:2em;line-height:1.75;"><span style="font-size:15px;">' + text + "</span></p>"


def gulou() -> str:
    body = []
    for area, problems in GULOU:
        body.append(
            '<p style="text-align:left;margin-top:16px;"><span style="font-size:16px;font-weight:700;'
            f'color:rgb(192,0,0);">{area}</span></p>'
        )
        for title, text, bracket, _, _ in problems:
            body.append(
                '<p style="text-indent:2em;line-height:1.75;"><span style="font-size:15px;font-weight:700;'
                f'color:rgb(62,62,62);">{title}：</span><span style="font-size:15px;color:rgb(62,62,62);">'
                f"{text}{bracket}</span></p>"
            )
    paras = "\n".join(body)
    head = "中共南京市鼓楼区某街道工作委员会<br>关于区委巡察反馈意见整改进展情况的通报"
    wx0 = _wx(
        "根据区委统一部署，2025年4月14日至6月6日，区委第一巡察组对某街道党工委开展了巡察。"
        "7月15日，区委第一巡察组向街道党工委反馈了巡察意见。按照巡察工作有关要求，现将整改进展情"
        "况予以公布。"
    )
    wx1 = _wx(
        "街道党工委高度重视巡察反馈问题整改工作，第一时间召开专题会议，研究制定整改方案，对区委第一"
        "巡察组反馈的3个方面7个问题逐项明确责任领导、责任科室和完成时限。目前，已完成整改5个。现"
        "将具体情况通报如下："
    )
    wx2 = _wx(
        "街道党工委将持续深化巡察整改，对尚未完成的事项紧盯不放、持续用力，对已完成的事项巩固提升，"
        "切实以巡察整改成效推动街道各项工作高质量发展。"
    )
    wx3 = _wx(
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：02"
        "5-83301234；电子邮箱：gljdxc@163.com。"
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="关于区委巡察反馈意见整改进展情况的通报">
<title>关于区委巡察反馈意见整改进展情况的通报</title>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">关于区委巡察反馈意见整改进展情况的通报</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">鼓楼某街道</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年12月3日 18:02</em>
<span id="js_ip_wording_wrp" class="rich_media_meta_text">江苏</span>
</div>
<div class="rich_media_content js_underline_content" id="js_content">
<section style="text-align:center;"><span style="font-size:18px;font-weight:700;">{head}</span></section>
{wx0}
{wx1}
{paras}
<p style="text-indent:2em;line-height:1.75;"><span style="font-size:15px;font-weight:700;">下一步工作打算</span></p>
{wx2}
{wx3}
<p style="text-align:right;"><span style="font-size:15px;">中共南京市鼓楼区某街道工作委员会</span></p>
<p style="text-align:right;"><span style="font-size:15px;">2025年12月2日</span></p>
</div>
<div class="rich_media_tool"><span>阅读</span> <span>1203</span> <span>在看</span> <span>12</span></div>
</div>
</body>
</html>
"""


# --- D: 株洲市某集团有限公司党委, Word: areas bold 一、, problems bold and unnumbered with a blank paragraph between,
# status in a closing sentence
ZHUZHOU = [
    (
        "一、落实国企党建和服务全市发展大局方面",
        [
            (
                "贯彻落实市委市政府重大决策部署不够有力，服务园区建设作用发挥不充分",
                "集团党委制定服务园区建设三年行动方案，完成园区标准厂房建设12万平方米，引进入驻企业9家。",
                "该问题已整改完成。",
                "done",
                False,
            ),
            (
                "“第一议题”制度落实不严格，学习成果转化不够",
                "修订集团党委会议事规则，严格落实“第一议题”制度，建立学习成果转化清单，形成转化举措15条。",
                "该问题已整改完成，并将长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、防范化解重大风险和国有资产管理方面",
        [
            (
                "应收账款清收不力，部分款项长期挂账",
                "成立清收工作专班，逐笔制定清收方案，已清收应收账款1.36亿元；剩余0.42亿元已提起诉讼，案件正在审理中。",
                "该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "国有资产出租管理不规范，部分房产低价出租",
                "对集团所属房产出租情况开展全面清查，统一纳入公共资源交易平台公开招租，"
                "对6处低价出租房产重新签订租赁合同。",
                "该问题已整改完成。",
                "done",
                False,
            ),
            (
                "投资项目论证不充分，个别项目效益未达预期",
                "修订集团投资管理办法，建立投资项目后评价制度，对3个项目开展后评价；"
                "1个亏损项目的处置方案已报市国资委审批。",
                "该问题正在整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "三、全面从严治党和选人用人方面",
        [
            (
                "招标采购管理存在廉洁风险，部分项目化整为零规避招标",
                "修订集团招标采购管理办法，上线电子采购平台，对2名相关责任人给予党纪处分。",
                "该问题已整改完成。",
                "done",
                False,
            ),
            (
                "子公司领导班子配备不齐，干部梯队建设滞后",
                "完成4家子公司领导班子调整配备，选拔年轻干部7名，建立优秀年轻干部库。",
                "该问题已整改完成。",
                "done",
                False,
            ),
        ],
    ),
]


def zhuzhou(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共株洲市某集团有限公司委员会", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于市委巡察反馈意见整改进展情况的通报", size=22, center=True, font="方正小标宋简体")
    _para(doc, "")
    _para(
        doc,
        "按照市委统一部署，2025年5月6日至6月27日，市委第一巡察组对株洲市某集团有限公司党委开展了巡察，"
        "8月5日反馈了巡察意见。集团党委坚决扛起整改主体责任，对反馈的3个方面7个问题逐项制定整改措施。"
        "截至2025年11月30日，已完成整改5个，正在整改2个。现将整改进展情况公布如下。",
    )
    _para(doc, "")
    for area, problems in ZHUZHOU:
        _para(doc, area, bold=True, font="黑体")
        for title, text, closing, _, _ in problems:
            _para(doc, title, bold=True)
            _para(doc, text + closing)
            _para(doc, "")
    _para(doc, "下一步，集团党委将持续巩固整改成果，对尚未完成的事项持续跟踪推进，确保件件有着落、事事有回音。")
    _para(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0731-28681234；通讯地址：株洲市天元区某路9号；电子邮箱：zzjtxc@163.com。",
    )
    _right(doc, "中共株洲市某集团有限公司委员会")
    _right(doc, "2025年12月10日")
    doc.save(path)


FILES = {
    "xiushui": "r145_xiushui_county_transport_bureau_html_h4_areas_css_class_bold_problems_closing_status.html",
    "changde": "r145_changde_city_education_bureau_docx_custom_paragraph_style_problems_progress_line.docx",
    "gulou": "r145_gulou_street_dangongwei_wechat_weight700_headline_colon_same_paragraph_bracket_status.html",
    "zhuzhou": "r145_zhuzhou_city_soe_docx_bold_yi_areas_bold_unnumbered_problems_blank_lines_closing_status.docx",
}


def _nfkc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def _items(areas):
    items, aspects, sources = [], [], []
    for area, problems in areas:
        for n, (title, _, _, status, pending) in enumerate(problems, 1):
            items.append([str(n), _nfkc(title), status, pending])
            aspects.append(_nfkc(area))
            sources.append("none" if status == "unstated" else "item")
    return items, aspects, sources


LABELS = (
    "no problem prints a number; each takes its position under its area heading (1, 2, … restarting under each "
    "area), the convention round 139 followed for unnumbered problems"
)


def gold() -> dict:
    notices = []
    specs = [
        (
            "xiushui",
            XIUSHUI,
            "written blind as a county government portal page (TRS-like): breadcrumb, <h1> title, 发布时间 line, an "
            "opening paragraph, <h3> 一、/二、/三、 sections, under 二、 the counts sentence then areas in their own "
            '<h4> （一）…方面 and each problem a <p class="bold"> (weight set in the page\'s <style>, no <b>) '
            "ending in "
            "。, followed by one <p> 整改情况：<measures> closing with the status sentence (目前，该问题已整改完成。 / "
            "该问题已完成整改，并长期坚持。 / 目前，该问题正在推进整改。); 三、下一步, contact, signature, date",
            {
                "agency": "修水县某局党组",
                "region": "修水县",
                "province": "江西省",
                "prefecture": "九江市",
                "team": "县委第三巡察组",
                "period": ["2025-04-08", "2025-05-30"],
                "feedback": "2025-07-10",
                "signed": "2025-10-20",
                "claimed": {"aspects": 3, "problems": 7, "completed": 5, "in_progress": 2},
                "issuer": "中共修水县某局党组",
            },
            {
                "status": "the closing sentence of each problem's 整改情况 paragraph",
                "pending": (
                    "item (一)3: 用地报批材料已报省自然资源厅审批，待批复后即开工; "
                    "(三)2: 已报县人社局审核，招聘工作正在进行中"
                ),
                "feedback": "7月10日 takes the year of the period",
                "titles": 'the class="bold" paragraph without its trailing 。',
            },
        ),
        (
            "changde",
            CHANGDE,
            "written blind as a Word file: title in two centred lines, opening, 一、整改工作总体情况 (黑体) with the "
            "counts, 二、反馈问题整改进展情况, areas （一）…方面 in 黑体 runs, each "
            "problem headline a paragraph in the custom style 问题标题 (楷体, bold set in the style, "
            "runs unformatted), "
            "then 整改措施：<text> and 整改进展：<已完成。/已完成，并长期坚持。/正在推进。>; 三、下一步, contact, "
            "signature (中共常德市某局委员会) and date right-aligned",
            {
                "agency": "常德市某局委员会",
                "region": "常德市",
                "province": "湖南省",
                "prefecture": "常德市",
                "team": "市委第二巡察组",
                "period": ["2025-03-17", "2025-05-16"],
                "feedback": "2025-06-25",
                "signed": "2025-11-12",
                "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
                "issuer": "中共常德市某局委员会",
            },
            {
                "status": "the 整改进展： line",
                "pending": "(一)3: 主体工程正在施工; (三)2: 联合党支部组建工作正在推进中",
                "aspects": (
                    "the （一）…方面 paragraphs under 二、 (the notice's own 一、二、三、 sections are its furniture)"
                ),
            },
        ),
        (
            "gulou",
            GULOU,
            "written blind as a WeChat article (mp.weixin.qq.com markup): rich_media_title, nickname, publish_time, "
            "a centred bold title section with <br>, the opening and counts paragraphs, areas 一、…方面 in a red "
            "span of font-weight:700, each problem ONE paragraph: a span of font-weight:700 holding the headline "
            "ending in a full-width colon, then a plain span with the measures and 【整改进展：已完成】/"
            "【整改进展：已完成并长期坚持】/【整改进展：正在推进】 at its end; "
            "one problem (二、 its third) has no bracket; "
            "a bold 下一步工作打算 line, contact, signature, date",
            {
                "agency": "南京市鼓楼区某街道工作委员会",
                "region": "鼓楼区",
                "province": "江苏省",
                "prefecture": "南京市",
                "team": "区委第一巡察组",
                "period": ["2025-04-14", "2025-06-06"],
                "feedback": "2025-07-15",
                "signed": "2025-12-02",
                "claimed": {"aspects": 3, "problems": 7, "completed": 5, "in_progress": None},
                "issuer": "中共南京市鼓楼区某街道工作委员会",
            },
            {
                "status": "the 【整改进展：…】 at the end of the problem's paragraph; "
                "二、 problem 3 (社区居家养老) has "
                "none and its text states no state: unstated (README)",
                "pending": "二、1: 3部正在办理规划审批手续; the unstated item's pending is null "
                "(its text reads finished "
                "work but no status)",
                "claimed": "3个方面7个问题 ... 已完成整改5个 (no in-progress count stated)",
                "titles": "the bold span before the full-width colon",
            },
        ),
        (
            "zhuzhou",
            ZHUZHOU,
            "written blind as a Word file: two centred title lines, a blank paragraph, the opening with the counts, "
            "areas 一、…方面 bold 黑体, each problem a bold 仿宋 paragraph without number or ending punctuation, "
            "then a plain paragraph of measures closing with 该问题已整改完成。/该问题已整改完成，并将长期坚持。/"
            "该问题正在整改中。, then an empty paragraph; 下一步 as a plain paragraph, contact, signature, date",
            {
                "agency": "株洲市某集团有限公司委员会",
                "region": "株洲市",
                "province": "湖南省",
                "prefecture": "株洲市",
                "team": "市委第一巡察组",
                "period": ["2025-05-06", "2025-06-27"],
                "feedback": "2025-08-05",
                "signed": "2025-12-10",
                "claimed": {"aspects": 3, "problems": 7, "completed": 5, "in_progress": 2},
                "issuer": "中共株洲市某集团有限公司委员会",
            },
            {
                "status": "the closing sentence of the measures paragraph",
                "pending": "二、1: 案件正在审理中; 二、3: 处置方案已报市国资委审批",
                "feedback": "8月5日 takes the year of the period",
            },
        ),
    ]
    for key, areas, layout, header, notes in specs:
        items, aspects, sources = _items(areas)
        notices.append(
            {
                "file": FILES[key],
                "layout": layout,
                **header,
                "items": items,
                "aspects": aspects,
                "sources": sources,
                "warnings": [],
                "notes": {"labels": LABELS, **notes},
            }
        )
    return notices


if __name__ == "__main__":
    (HERE / FILES["xiushui"]).write_text(xiushui(), encoding="utf-8")
    changde(HERE / FILES["changde"])
    (HERE / FILES["gulou"]).write_text(gulou(), encoding="utf-8")
    zhuzhou(HERE / FILES["zhuzhou"])
    print(json.dumps(gold(), ensure_ascii=False, indent=1)[:300])
