"""Build round 118's notices (run once: `python tests/data/genre/make_r118.py`); the files are committed.

Round 118 imitates ORDINARY NOTICES AS USERS LINK THEM: the complete HTML page a reader forwards, from four
kinds of site: a WeChat 公众号 article (a town 党委), a 纪委监委 site on a TRS-like CMS (a city bureau 党组,
three levels), a university news page (a college 党委, bracketed statuses after titles) and a county
government portal (a county hospital 党委, status sections) with its metadata table and attachment list.
Bodies are named 某 (the problems are invented).
"""

# ruff: noqa: E501  (the pages' markup and paragraphs are kept a line each, as the sites print them)
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

# a problem: (title, measures, status line or None); status words as printed
Problem = tuple[str, str, str]


# --- A: a town 党委 on its WeChat 公众号: (一) aspects > 1. problems running > 整改措施： / 整改情况： ----------
CHONGYI: list[tuple[str, list[Problem]]] = [
    (
        "（一）贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，党委理论学习中心组学习存在“重形式、轻实效”现象",
                "修订镇党委理论学习中心组学习制度，制定年度学习计划，围绕乡村振兴、基层治理等主题开展专题研讨6次，班子成员撰写心得体会18篇。",
                "已完成整改。",
            ),
            (
                "乡村振兴产业项目谋划不足，部分村集体经济收入来源单一",
                "结合各村资源禀赋制定“一村一策”发展方案，引导5个村发展油茶、竹木加工等特色产业，争取衔接资金230万元。",
                "正在推进。3个村的油茶基地已建成投产，另外2个村的光伏发电项目已完成备案，正在施工，预计2025年4月底前并网发电。",
            ),
            (
                "安全生产和森林防火工作责任落实不到位，隐患排查整治不彻底",
                "开展安全生产和森林防火专项整治行动，排查各类隐患42处，全部整改到位；组建半专业扑火队2支，配齐扑火机具。",
                "已完成整改。",
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "镇党委落实全面从严治党主体责任压力传导不够，对村（社区）“两委”干部监督管理偏松",
                "制定镇党委落实全面从严治党主体责任清单，党委书记与各村（社区）党组织书记开展廉政谈话11人次，对2名村干部进行提醒谈话。",
                "已完成整改。",
            ),
            (
                "财务管理不规范，部分公务接待审批手续不全、报销凭证附件不完整",
                "修订《镇机关财务管理制度》《公务接待管理办法》，对2023年以来的报销凭证逐笔核查，补齐审批手续23笔。",
                "已完成整改。",
            ),
            (
                "惠民惠农资金发放监管不严，个别农户重复享受补贴",
                "对近三年惠民惠农资金发放情况开展全面清查，追回重复发放资金1.26万元，建立发放前公示和交叉比对机制。",
                "已完成整改。",
            ),
            (
                "工程项目管理不规范，个别小型项目未按规定程序发包",
                "修订《镇村小型工程项目管理办法》，明确发包程序和监管责任；对涉及的4个项目逐一核查。",
                "正在推进。已完成2个项目的核查整改，其余2个项目的结算审计正在进行中，待审计完成后按程序办理。",
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "基层党组织建设存在短板，个别村党支部“三会一课”制度落实不到位",
                "对全镇12个村党支部组织生活开展情况进行全面督查，建立“三会一课”工作台账，镇党委班子成员包村指导。",
                "已完成整改。",
            ),
            (
                "干部队伍建设统筹不够，年轻干部培养储备不足",
                "制定年轻干部培养计划，选派4名年轻干部到信访、项目一线岗位锻炼，储备村级后备力量36人。",
                "已完成整改。",
            ),
        ],
    ),
]

WX_P = 'style="margin: 0px 8px; line-height: 1.75em; text-indent: 2em;"'
WX_SPAN = 'style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62); font-family: 微软雅黑, sans-serif;"'


def wx_p(text: str, strong: bool = False) -> str:
    inner = f"<strong>{text}</strong>" if strong else text
    return f"<p {WX_P}><span {WX_SPAN}>{inner}</span></p>\n"


def wechat() -> str:
    title = "中共崇义县某镇委员会关于县委第三巡察组巡察反馈意见整改进展情况的通报"
    body = []
    body.append(
        '<section style="text-align: center; margin-bottom: 10px;"><img class="rich_pages wxw-img" '
        'data-src="https://mmbiz.qpic.cn/mmbiz_gif/Hq3bQ8xZ0a1Y/640?wx_fmt=gif" data-ratio="0.12" data-w="640" '
        'style="width: 100%;"></section>\n'
    )
    body.append(
        wx_p(
            "根据县委统一部署，2024年4月8日至6月7日，县委第三巡察组对镇党委开展了常规巡察，并于2024年7月10日"
            "反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
        )
    )
    body.append(
        '<section style="margin: 20px 8px 10px; text-align: center;"><section style="display: inline-block; '
        'padding: 4px 16px; border-radius: 20px; background-color: rgb(192, 0, 0);"><p><span style="font-size: 16px; '
        'color: rgb(255, 255, 255);"><strong>一、整改工作总体情况</strong></span></p></section></section>\n'
    )
    body.append(
        wx_p(
            "镇党委坚持把巡察整改作为重大政治任务，成立由党委书记任组长的巡察整改工作领导小组，召开专题会议"
            "5次，逐条研究制定整改方案，明确责任领导、责任单位和完成时限。"
        )
    )
    body.append(
        wx_p(
            "县委第三巡察组反馈了3个方面9个问题，镇党委共制定整改措施32条。截至目前，已完成整改7个，"
            "正在推进2个；建立完善制度8项，追回资金1.26万元。"
        )
    )
    body.append(
        '<section style="margin: 20px 8px 10px; text-align: center;"><section style="display: inline-block; '
        'padding: 4px 16px; border-radius: 20px; background-color: rgb(192, 0, 0);"><p><span style="font-size: 16px; '
        'color: rgb(255, 255, 255);"><strong>二、巡察反馈问题整改落实情况</strong></span></p></section></section>\n'
    )
    n = 0
    for aspect, problems in CHONGYI:
        body.append(
            '<section style="margin: 10px 8px; padding: 6px 10px; border-left: 4px solid rgb(192, 0, 0); '
            f'background-color: rgb(253, 242, 242);"><p><span {WX_SPAN}><strong>{aspect}</strong></span></p></section>\n'
        )
        for title, measures, status in problems:
            n += 1
            body.append(
                f'<section style="margin: 8px 0px;"><p {WX_P}><span style="font-size: 15px; color: rgb(192, 0, 0);">'
                f"<strong>{n}.</strong></span><span {WX_SPAN}><strong>{title}。</strong></span></p></section>\n"
            )
            body.append(wx_p(f"<strong>整改措施：</strong>{measures}"))
            body.append(wx_p(f"<strong>整改情况：</strong>{status}"))
    body.append(
        '<section style="margin: 20px 8px 10px; text-align: center;"><section style="display: inline-block; '
        'padding: 4px 16px; border-radius: 20px; background-color: rgb(192, 0, 0);"><p><span style="font-size: 16px; '
        'color: rgb(255, 255, 255);"><strong>三、下一步工作打算</strong></span></p></section></section>\n'
    )
    body.append(
        wx_p(
            "镇党委将持续抓好未完成事项的整改落实，对已完成的整改事项适时开展“回头看”，坚决防止问题反弹回潮，"
            "以巡察整改成效推动全镇经济社会高质量发展。"
        )
    )
    body.append(
        wx_p(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0797-3812265；"
            "电子邮箱：cyxmzdw@163.com。"
        )
    )
    body.append(
        '<p style="text-align: right; margin: 20px 8px 0px;"><span style="font-size: 15px;">中共崇义县某镇委员会</span></p>\n'
        '<p style="text-align: right; margin: 0px 8px;"><span style="font-size: 15px;">2024年12月20日</span></p>\n'
    )
    body.append(
        '<section style="margin-top: 20px;"><p style="text-align: center;"><img class="rich_pages wxw-img" '
        'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Hq3bQ8xZ0a1Y/640?wx_fmt=jpeg" data-ratio="0.5" data-w="1080"></p>'
        '<p style="text-align: left;"><span style="font-size: 12px; color: rgb(136, 136, 136);">来源：镇党政办</span></p>'
        '<p style="text-align: left;"><span style="font-size: 12px; color: rgb(136, 136, 136);">编辑：刘某某 审核：王某某</span></p>'
        "</section>\n"
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="description" content="根据县委统一部署，2024年4月8日至6月7日，县委第三巡察组对镇党委开展了常规巡察" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI3ODU2NjE4Mg==&amp;mid=2247502216&amp;idx=2&amp;sn=1d4b8e7f0c2a9b35e6f7a8c1d2e3f405#rd" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="崇义某镇" />
<title>{title}</title>
<style>
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}
.rich_media_content{{overflow:hidden;color:#333;font-size:17px;text-align:justify}}
</style>
<script type="text/javascript" nonce="2210345567">
window.logs = {{ pagetime: {{ page_begin: Date.now() }} }};
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg not_in_mm">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{title}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">作者：镇纪委</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
崇义某镇
</a>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;">发表于<span id="js_ip_wording"></span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="font-size: 16px; line-height: 1.6; letter-spacing: 1px;" data-role="outer">
<section style="text-align: center;"><span style="font-size: 12px; color: rgb(0, 122, 170);">点击蓝字 关注我们</span></section>
{"".join(body)}</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<script type="text/javascript" nonce="2210345567">
var first_sceen__time = (+new Date());
</script>
<div class="rich_media_tool_area">
<div class="rich_media_tool">
<a id="js_view_source" class="media_tool_meta meta_primary" href="##">阅读原文</a>
</div>
</div>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" alt="">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
</div>
<div id="js_pc_weapp_code" class="weapp_code_pc_outer" style="display:none;">
<p>微信扫一扫<br>使用小程序</p>
</div>
<div class="wx_profile_card_inner">预览时标签不可点</div>
<div id="js_share_notice" style="display:none;">
<p>微信扫一扫可打开此内容，<br>使用完整服务</p>
<span>：</span><span>，</span><span>，</span><span>，</span><span>，</span><span>，</span><span>，</span><span>。</span>
<span>视频</span><span>小程序</span><span>赞</span><span>，轻点两下取消赞</span><span>在看</span><span>，轻点两下取消在看</span>
<span>分享</span><span>留言</span><span>收藏</span><span>听过</span>
</div>
</div>
<script type="text/javascript" nonce="2210345567">
var ct = "1734673260";
var publish_time = "2024-12-20" || "";
var msg_title = '{title}'.html(false);
var nickname = htmlDecode("崇义某镇");
</script>
</body>
</html>
"""


# --- B: a city bureau 党组 on the city 纪委监委's TRS site: three levels, 目前… closing each problem -------------
# aspect, [(group, [(title, measures, status sentence)])]
HEBI: list[tuple[str, list[tuple[str, list[Problem]]]]] = [
    (
        "（一）关于贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "1.政治理论学习不够深入。",
                [
                    (
                        "党组理论学习中心组学习计划针对性不强，学习内容与业务工作结合不紧",
                        "一是修订党组理论学习中心组学习制度，每季度确定1个调研课题；二是开展专题研讨5次，形成调研报告3篇。",
                        "目前已整改完成。",
                    ),
                    (
                        "意识形态工作责任制落实不到位，对门户网站、政务新媒体等阵地管理不严",
                        "一是制定意识形态工作责任清单；二是建立信息发布“三审三校”制度，对政务新媒体账号进行清理，关停“僵尸”账号2个。",
                        "目前已整改完成。",
                    ),
                ],
            ),
            (
                "2.履行职能职责有差距。",
                [
                    (
                        "行政审批事项办理时限压缩不到位，企业群众办事仍存在“多跑路”现象",
                        "一是梳理审批事项17项，平均办理时限由10个工作日压缩至4个工作日；二是推行“一窗受理、一次办好”。",
                        "目前已整改完成。",
                    ),
                    (
                        "“双随机、一公开”监管抽查比例未达到要求",
                        "一是完善随机抽查事项清单和检查对象名录库；二是按季度制定抽查计划，2024年抽查比例达到6.2%。",
                        "目前已整改完成，并建立常态化监管机制长期坚持。",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）关于落实全面从严治党战略部署方面",
        [
            (
                "1.主体责任落实不够到位。",
                [
                    (
                        "党组对下属单位监督管理偏软，廉政风险点排查不全面",
                        "一是组织下属单位重新排查廉政风险点56个，制定防控措施71条；二是党组书记与下属单位主要负责人开展廉政谈话9人次。",
                        "目前已整改完成。",
                    ),
                ],
            ),
            (
                "2.财务管理不规范。",
                [
                    (
                        "部分公务用车使用登记不完整，加油卡管理不严格",
                        "一是修订公务用车管理办法，实行“一车一卡”管理；二是对2023年以来的用车记录进行核查，补齐登记手续。",
                        "目前已整改完成。",
                    ),
                    (
                        "政府采购项目验收程序不规范，个别项目未组织验收即支付尾款",
                        "一是制定政府采购项目履约验收工作规程；二是对2022年以来的采购项目逐一核查，已补充验收5个项目。",
                        "目前正在推进中，剩余1个项目的验收工作正在组织开展，预计2025年1月底前完成。",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）关于落实新时代党的组织路线方面",
        [
            (
                "1.基层党建工作薄弱。",
                [
                    (
                        "个别党支部组织生活会质量不高，批评和自我批评辣味不足",
                        "一是党组成员分别列席指导所在党支部组织生活会；二是对质量不高的2个党支部责令重新召开。",
                        "目前已整改完成。",
                    ),
                    (
                        "党员发展和教育管理不够规范，个别党员档案资料缺失",
                        "一是对机关党员档案进行全面排查，补齐缺失材料14份；二是严格执行党员发展“双推双评三全程”。",
                        "目前已整改完成。",
                    ),
                ],
            ),
        ],
    ),
]


def trs_p(text: str) -> str:
    return f'<p style="text-indent: 2em; line-height: 2; font-family: 仿宋_GB2312; font-size: 16pt;">{text}</p>\n'


def jiwei() -> str:
    title = "中共鹤壁市某局党组关于巡察整改进展情况的通报"
    body = [
        trs_p(
            "根据市委统一部署，2024年3月18日至5月17日，市委第二巡察组对市某局党组开展了常规巡察。2024年6月21日，"
            "市委第二巡察组向市某局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
        ),
        trs_p('<span style="font-family: 黑体;">一、提高政治站位，扎实推进巡察整改</span>'),
        trs_p(
            "局党组把巡察整改作为重大政治任务，第一时间召开党组会议专题研究，成立以党组书记为组长的整改工作领导小组，"
            "制定整改方案，建立问题、任务、责任“三张清单”，党组书记认真履行第一责任人职责，对整改工作亲自部署、亲自过问。"
        ),
        trs_p(
            "对市委第二巡察组反馈的3个方面9个具体问题，局党组制定整改措施31条。截至目前，已整改完成8个，正在推进1个；"
            "建立完善制度9项，对2名干部进行了提醒谈话。"
        ),
        trs_p('<span style="font-family: 黑体;">二、巡察反馈问题整改落实情况</span>'),
    ]
    for aspect, groups in HEBI:
        body.append(trs_p(f'<span style="font-family: 楷体_GB2312;">{aspect}</span>'))
        for group, problems in groups:
            body.append(trs_p(f"<strong>{group}</strong>"))
            for k, (ptitle, measures, status) in enumerate(problems, 1):
                body.append(trs_p(f"（{k}）{ptitle}。"))
                body.append(trs_p(f"{measures}{status}"))
    body.append(trs_p('<span style="font-family: 黑体;">三、下一步工作打算</span>'))
    body.append(
        trs_p(
            "局党组将持续巩固巡察整改成果，对尚未完成的整改任务，紧盯不放、持续用力，确保按期完成；对已完成的整改任务，"
            "适时组织“回头看”，防止问题反弹。"
        )
    )
    body.append(
        trs_p(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0392-3326518；"
            "邮政信箱：鹤壁市淇滨区某路某号；电子邮箱：hbsmjdzb@126.com。"
        )
    )
    body.append('<p style="text-align: right; font-family: 仿宋_GB2312; font-size: 16pt;">中共鹤壁市某局党组</p>\n')
    body.append('<p style="text-align: right; font-family: 仿宋_GB2312; font-size: 16pt;">2024年12月10日</p>\n')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="鹤壁市纪委监委网站" />
<meta name="SiteDomain" content="www.hbjjjc.gov.cn" />
<meta name="ColumnName" content="巡察整改" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2024-12-12 09:30" />
<meta name="ContentSource" content="市某局" />
<title>{title}_鹤壁市纪委监委网站</title>
<link href="../../images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../images/jquery.min.js"></script>
<script type="text/javascript">
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
</head>
<body>
<div class="top">
<div class="top_c"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<a href="#">设为首页</a> | <a href="#">加入收藏</a></div>
</div>
<div class="banner"><img src="../../images/banner.jpg" alt="鹤壁市纪委监委网站" /></div>
<div class="nav">
<ul>
<li><a href="../../">首页</a></li>
<li><a href="../../gzdt/">工作动态</a></li>
<li><a href="../../scfb/">审查调查</a></li>
<li><a href="../../xcgz/">巡视巡察</a></li>
<li><a href="../../dfjd/">党纪法规</a></li>
<li><a href="../../jbzq/">举报指南</a></li>
</ul>
</div>
<div class="main">
<div class="location">当前位置：<a href="../../">首页</a> &gt; <a href="../">巡视巡察</a> &gt; <a href="./">巡察整改</a></div>
<div class="article">
<h1 class="art_title">{title}</h1>
<div class="art_info">
<span>发布时间：2024-12-12 09:30</span>&nbsp;&nbsp;
<span>来源：市某局</span>&nbsp;&nbsp;
<span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>&nbsp;&nbsp;
<span><a href="javascript:window.print()">打印</a></span>&nbsp;&nbsp;
<span><a href="javascript:window.close()">关闭</a></span>
</div>
<div class="art_con" id="zoom">
<div class="TRS_Editor">
{"".join(body)}</div>
</div>
<div class="share">分享到：<a href="#" class="bds_weixin">微信</a> <a href="#" class="bds_tsina">微博</a> <a href="#" class="bds_qzone">QQ空间</a></div>
<div class="related">
<h3>相关链接</h3>
<ul>
<li><a href="./202412/t20241211_1127034.html">中共鹤壁市某中心党组关于巡察整改进展情况的通报</a><span>2024-12-11</span></li>
<li><a href="./202412/t20241209_1126618.html">中共鹤壁市某委员会党组关于巡察整改进展情况的通报</a><span>2024-12-09</span></li>
<li><a href="./202412/t20241205_1125930.html">市委巡察办召开巡察整改督导工作推进会</a><span>2024-12-05</span></li>
</ul>
</div>
</div>
</div>
<div class="footer">
<p>主办：中共鹤壁市纪律检查委员会 鹤壁市监察委员会</p>
<p>地址：鹤壁市淇滨区某大道 邮编：458030 豫ICP备12003456号-1</p>
</div>
</body>
</html>
"""


# --- C: a college 党委 on its university's news page: (一) aspects > 1. problems restarting, status in brackets --
COLLEGE: list[tuple[str, list[Problem]]] = [
    (
        "（一）党的政治建设方面",
        [
            (
                "学院党委把方向、管大局、保落实作用发挥不够充分",
                "修订学院党委会和党政联席会议议事规则，明确议事范围清单23项；学院党委全年召开会议专题研究学科建设、人才培养等重大事项11次。",
                "（已完成）",
            ),
            (
                "落实立德树人根本任务有差距，课程思政建设推进不平衡",
                "制定学院课程思政建设实施方案，立项建设课程思政示范课程8门，组织教师开展课程思政教学比赛1次。",
                "（已完成）",
            ),
            (
                "意识形态阵地管理不够严格，学院网站和新媒体平台审核把关不严",
                "建立学院网站、微信公众号信息发布“三审三校”制度，对讲座、论坛、报告会实行“一会一报”审批。",
                "（已完成，长期坚持）",
            ),
        ],
    ),
    (
        "（二）全面从严治党方面",
        [
            (
                "学院党委落实全面从严治党主体责任不够到位，对系（所）监督管理不到位",
                "制定学院党委落实全面从严治党主体责任清单，学院党委书记与各系（所）负责人开展谈心谈话15人次。",
                "（已完成）",
            ),
            (
                "科研经费管理存在薄弱环节，部分项目劳务费发放不规范",
                "会同学校科研处、财务处对2021年以来的科研项目劳务费发放情况进行核查，已完成7个项目的核查。",
                "（正在推进）",
            ),
            (
                "实验室安全管理不到位，危险化学品台账登记不完整",
                "开展实验室安全专项检查3轮，整改隐患29处；启用危险化学品信息管理系统，实现申购、领用、回收全程登记。",
                "（已完成）",
            ),
            (
                "中央八项规定精神落实不够严格，个别公务接待超标准",
                "对2022年以来的公务接待费用逐笔核查，责令相关人员退回超标准费用0.36万元，对1名责任人进行提醒谈话。",
                "（已完成）",
            ),
        ],
    ),
    (
        "（三）党的组织建设和干部队伍建设方面",
        [
            (
                "基层党支部建设不够规范，教工党支部“双带头人”培育不足",
                "调整优化教工党支部设置，5个教工党支部书记全部由“双带头人”担任；开展支部书记培训2期。",
                "（已完成）",
            ),
            (
                "青年教师培养机制不健全，高层次人才引进成效不明显",
                "制定青年教师导师制实施办法，为12名青年教师配备导师；已引进高层次人才2人。",
                "（正在推进）",
            ),
            (
                "学生党员发展质量有待提高，发展程序不够规范",
                "对2021年以来发展的学生党员档案逐一审核，补齐材料17份；严格执行发展党员公示和票决制度。",
                "（已完成）",
            ),
        ],
    ),
]
COLLEGE_PROGRESS = {
    (
        "科研经费管理存在薄弱环节，部分项目劳务费发放不规范"
    ): "另有2个项目的劳务费核查工作正在进行，待核查完成后按规定处理。",
    ("青年教师培养机制不健全，高层次人才引进成效不明显"): "另有1名拟引进人选正在履行考察程序。",
}


def uni_p(text: str) -> str:
    return f'<p style="text-indent: 2em; line-height: 1.8em;"><span style="font-size: 16px;">{text}</span></p>\n'


def university() -> str:
    title = "中共某大学化学化工学院委员会关于校党委巡察整改进展情况的通报"
    body = [
        uni_p(
            "根据校党委巡察工作统一部署，2024年4月15日至5月31日，校党委第一巡察组对化学化工学院党委开展了巡察。"
            "7月5日，巡察组向学院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
        ),
        uni_p("<strong>一、整改工作组织情况</strong>"),
        uni_p(
            "学院党委高度重视巡察整改工作，成立由党委书记、院长任双组长的巡察整改工作领导小组，召开党委会专题研究整改工作4次，"
            "对照反馈意见逐条制定整改措施，实行台账式管理、销号式推进。"
        ),
        uni_p("<strong>二、巡察反馈问题整改落实情况</strong>"),
        uni_p(
            "校党委第一巡察组反馈的3个方面10个问题，学院党委共制定整改措施36条。截至2024年11月底，已完成整改8个，"
            "正在推进整改2个，建立完善制度12项。"
        ),
    ]
    for aspect, problems in COLLEGE:
        body.append(uni_p(f"<strong>{aspect}</strong>"))
        for k, (ptitle, measures, status) in enumerate(problems, 1):
            body.append(uni_p(f"{k}.{ptitle}{status}"))
            extra = COLLEGE_PROGRESS.get(ptitle, "")
            body.append(uni_p(f"整改措施：{measures}{extra}"))
    body.append(uni_p("<strong>三、下一步工作打算</strong>"))
    body.append(
        uni_p(
            "学院党委将坚持目标不变、标准不降、力度不减，对正在推进的整改事项紧盯不放，对已完成的整改事项巩固提升，"
            "推动巡察整改成果转化为学院事业发展的实际成效。"
        )
    )
    body.append(
        uni_p(
            "欢迎广大师生员工对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-88836120；"
            "电子邮箱：hxhgdw@xxx.edu.cn。"
        )
    )
    body.append(
        '<p style="text-align: right;"><span style="font-size: 16px;">中共某大学化学化工学院委员会</span></p>\n'
    )
    body.append('<p style="text-align: right;"><span style="font-size: 16px;">2024年11月28日</span></p>\n')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}-某大学新闻网</title>
<meta name="keywords" content="巡察整改">
<link rel="stylesheet" href="/_css/news.css">
<script src="/_js/jquery.min.js"></script>
</head>
<body>
<header class="header">
<div class="logo"><a href="/"><img src="/images/logo.png" alt="某大学新闻网"></a></div>
<nav><ul>
<li><a href="/">首页</a></li><li><a href="/ywxw/">要闻</a></li><li><a href="/zhxw/">综合新闻</a></li>
<li><a href="/yxdt/">院系动态</a></li><li><a href="/mtbd/">媒体报道</a></li><li><a href="/tzgg/">通知公告</a></li>
</ul></nav>
</header>
<div class="container">
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/yxdt/">院系动态</a> &gt; 正文</div>
<div class="article">
<h2 class="title">{title}</h2>
<div class="info">
<span>来源：化学化工学院</span>
<span>作者：化学化工学院党委</span>
<span>发布时间：2024-11-29</span>
<span>浏览次数：<script>document.write(1532)</script></span>
</div>
<div class="content" id="vsb_content">
{"".join(body)}</div>
<div class="editor">
<p>编辑：陈某某</p>
<p>审核：李某某</p>
<p>责任编辑：张某</p>
</div>
<div class="prevnext">
<p>上一篇：<a href="/info/1012/61842.htm">化学化工学院召开巡察整改专题民主生活会</a></p>
<p>下一篇：<a href="/info/1012/61875.htm">化学化工学院举办2024年研究生学术论坛</a></p>
</div>
</div>
</div>
<footer class="footer">
<p>版权所有 © 某大学党委宣传部 地址：某市某区某路某号</p>
</footer>
</body>
</html>
"""


# --- D: a county hospital 党委 on the county government portal: status sections, problems numbered on through -------
HOSPITAL_DONE: list[Problem] = [
    (
        "党委领导下的院长负责制落实不够到位，“三重一大”事项集体决策程序不规范",
        "修订党委会议事规则和院长办公会议事规则，明确“三重一大”事项清单42项，严格执行党委前置研究讨论程序。",
        "",
    ),
    (
        "医院公益性体现不够充分，门诊患者预约诊疗率偏低",
        "开通微信公众号、自助机等多种预约渠道，推行分时段预约诊疗，门诊预约诊疗率由31%提高到62%。",
        "",
    ),
    (
        "药品耗材采购管理不规范，部分耗材未经院采购管理委员会论证直接采购",
        "修订《医用耗材采购管理办法》，对2022年以来采购的耗材进行全面清查，新增耗材一律经采购管理委员会论证。",
        "",
    ),
    (
        "医保基金使用监管不严，存在超标准收费、重复收费问题",
        "开展医保基金使用专项自查，退回违规收费资金3.42万元，对相关科室负责人进行约谈。",
        "",
    ),
    (
        "财务内控制度不健全，部分大额资金支付审批手续不全",
        "修订《财务内部控制制度》《大额资金支付审批办法》，对2023年以来的大额资金支付凭证逐笔核查，补齐手续8笔。",
        "",
    ),
    (
        "党支部建在科室上落实不到位，部分临床科室党支部作用发挥不明显",
        "调整优化党支部设置，由6个调整为11个，实现党支部全覆盖临床医技科室，支部书记均由科室负责人担任。",
        "",
    ),
]
HOSPITAL_OPEN: list[Problem] = [
    (
        "医疗服务能力提升缓慢，胸痛中心、卒中中心建设进度滞后",
        "胸痛中心已通过省级验收；卒中中心建设正在按计划推进，已向省卫健委提交认证申请材料，待评审。",
        "",
    ),
    (
        "人才队伍建设滞后，高级职称人员占比偏低，学科带头人缺乏",
        "制定人才引进和培养三年规划，2024年招聘医学类本科以上毕业生15名；2名拟引进的学科带头人正在办理调动手续。",
        "",
    ),
]


def gov_p(text: str) -> str:
    return (
        f'<p style="text-indent: 2em; text-align: justify; line-height: 1.75;"><span style="font-family: 仿宋; font-size: 16pt;">'
        f"{text}</span></p>\n"
    )


def portal() -> str:
    title = "中共临泉县某医院委员会关于县委巡察反馈意见整改进展情况的通报"
    body = [
        gov_p(
            "根据县委统一部署，2024年5月13日至7月12日，县委第四巡察组对县某医院党委开展了常规巡察，8月16日反馈了巡察意见。"
            "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
        ),
        gov_p("<strong>一、整改工作开展情况</strong>"),
        gov_p(
            "医院党委坚决扛起巡察整改主体责任，成立由党委书记任组长、院长任副组长的整改工作领导小组，制定整改工作方案，"
            "建立问题清单、任务清单、责任清单，定期调度整改进展。县委第四巡察组反馈的3个方面8个问题，截至目前，已完成整改6个，"
            "正在推进整改2个，共制定整改措施27条，建立完善制度10项。"
        ),
        gov_p("<strong>二、巡察反馈问题整改落实情况</strong>"),
        gov_p("<strong>（一）已完成整改的问题（6个）</strong>"),
    ]
    n = 0
    for ptitle, measures, _ in HOSPITAL_DONE:
        n += 1
        body.append(gov_p(f"{n}.{ptitle}。"))
        body.append(gov_p(f"整改情况：{measures}"))
    body.append(gov_p("<strong>（二）正在推进整改的问题（2个）</strong>"))
    for ptitle, measures, _ in HOSPITAL_OPEN:
        n += 1
        body.append(gov_p(f"{n}.{ptitle}。"))
        body.append(gov_p(f"整改情况：{measures}"))
    body.append(gov_p("<strong>三、下一步工作打算</strong>"))
    body.append(
        gov_p(
            "医院党委将持续深化巡察整改，对正在推进的问题盯紧抓实、按期销号，对已完成整改的问题巩固成果、建章立制，"
            "推动医院高质量发展。"
        )
    )
    body.append(
        gov_p(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0558-6512380；"
            "电子邮箱：lqxyydw@163.com。"
        )
    )
    body.append(
        '<p style="text-align: right;"><span style="font-family: 仿宋; font-size: 16pt;">中共临泉县某医院委员会</span></p>\n'
    )
    body.append(
        '<p style="text-align: right;"><span style="font-family: 仿宋; font-size: 16pt;">2024年12月26日</span></p>\n'
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="临泉县人民政府">
<meta name="ColumnName" content="其他文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-12-27 16:05">
<meta name="ContentSource" content="县卫健委">
<title>{title}_临泉县人民政府</title>
<link rel="stylesheet" href="/assets/css/common.css">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header">
<div class="topbar"><a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">English</a> <a href="#">登录</a></div>
<div class="logo"><img src="/assets/images/logo.png" alt="临泉县人民政府"></div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
<ul class="navbar">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlq/">走进临泉</a></li>
</ul>
</div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="#">县卫健委</a> &gt; 其他文件</div>
<table class="xxgk_table">
<tr><th>信息索引号：</th><td>11341221003113028X/202412-00037</td><th>信息分类：</th><td>其他文件</td></tr>
<tr><th>发布机构：</th><td>临泉县卫生健康委员会</td><th>主题分类：</th><td>卫生、体育</td></tr>
<tr><th>成文日期：</th><td>2024-12-26</td><th>发布日期：</th><td>2024-12-27</td></tr>
<tr><th>文号：</th><td></td><th>生效日期：</th><td>2024-12-26</td></tr>
<tr><th>信息名称：</th><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h1 class="newstitle">{title}</h1>
<div class="newsinfo">
<span>发布时间：2024-12-27 16:05</span>
<span>来源：县卫健委</span>
<span>浏览次数：<i id="hits"></i></span>
<span class="font">字体：[ <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a> ]</span>
</div>
<div class="j-fontContent newscontnet minh300" id="zoom">
{"".join(body)}</div>
<div class="fujian">
<p>附件：</p>
<ul>
<li><a href="/group3/M00/0A/1C/wKgBCGdu2lK.pdf">1.临泉县某医院巡察反馈问题整改台账.pdf</a></li>
<li><a href="/group3/M00/0A/1C/wKgBCGdu2lL.pdf">2.临泉县某医院巡察整改工作方案.pdf</a></li>
</ul>
</div>
<div class="share">
<span>分享到：</span><a href="#">微信</a><a href="#">微博</a>
<div class="ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
</div>
</div>
<div class="footer">
<p>主办：临泉县人民政府办公室 网站标识码：3412210001 皖ICP备05009870号</p>
</div>
<script>$.get('/api/hits?id=1231765', function(d){{$('#hits').text(d);}});</script>
</body>
</html>
"""


FILES = {
    "r118_chongyi_town_wechat_original_author_fields_zhenggai_qingkuang_running.html": wechat,
    "r118_hebi_city_bureau_jiwei_trs_site_three_levels_muqian_status_related_links.html": jiwei,
    "r118_university_college_news_page_bracket_status_restarting_prev_next_editor.html": university,
    "r118_linquan_county_hospital_gov_portal_index_table_status_sections_attachments.html": portal,
}

if __name__ == "__main__":
    for name, build in FILES.items():
        (HERE / name).write_text(build(), encoding="utf-8")
