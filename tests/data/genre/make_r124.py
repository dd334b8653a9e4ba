"""Build round 124's notices and their gold (run once: `python tests/data/genre/make_r124.py`); the files are committed.

Round 124 is a CALIBRATION FROM REAL PAGES of bodies that are not government offices: four notices, each after a
real published page found in the `pages` search corpus (a city school's notice on the city 纪委监委 site, a
school's notice as a tender aggregator copies it, a city state-owned group's notice on the group's own site, a
city court's notice on the court's site of the provincial court platform). Each page is rebuilt in its own layout
and site furniture; the part the stored page showed is retold closely (the body renamed 某, the place kept), the
rest — where the stored page stopped — is written in the same layout. Problems and measures are invented.
"""

# ruff: noqa: E501  (the pages' markup lines are kept as the sites print them)

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 124


def _p(lines: list[str], indent: str = "text-indent:2em;") -> str:
    return "\n".join(f'<p style="{indent}">{html.escape(line)}</p>' for line in lines)


# --- A: 临沂 — a city school's 党委 notice on the city 纪委监委 site (ymlz.gov.cn/info/1013/41337.htm): two-line title,
# 来源/发布时间 line, opening, 一、整改工作基本情况 with 一是…四是, 二、市委巡察组反馈意见整改进展情况 (where the stored page
# stops); then (一)关于“<aspect>”的问题 > N.<problem>。 > 整改情况: > 整改状态: (numbered through), 三、, contact, signature
LINYI = [
    (
        "（一）关于“落实立德树人根本任务和上级决策部署有差距”的问题",
        [
            (
                "党委理论学习中心组学习与学校教育教学实际结合不紧，研讨交流流于形式",
                "修订党委理论学习中心组学习制度，每次学习确定研讨主题，班子成员结合分管工作撰写发言提纲。"
                "2024年4月以来开展专题研讨3次，形成教学改革调研报告2篇。",
                "已完成",
                "done",
                False,
            ),
            (
                "课后服务管理不规范，个别年级存在变相集体补课现象",
                "制定《课后服务实施方案》，统一课后服务内容和时长，由教务处每周抽查；"
                "对3个违规组织集体补课的班级责令立即停止，对相关班主任进行批评教育。",
                "已完成，长期坚持",
                "done_longterm",
                False,
            ),
            (
                "意识形态工作责任制落实不到位，校园宣传阵地审核把关不严",
                "调整意识形态工作领导小组，建立宣传橱窗、校园网站和公众号信息“三审三校”制度，"
                "开展宣传阵地集中排查1次，撤换不规范宣传内容4处。",
                "已完成",
                "done",
                False,
            ),
        ],
    ),
    (
        "（二）关于“全面从严治党主体责任落实不够有力”的问题",
        [
            (
                "学校食堂食材采购未严格执行询价比价程序，出入库台账登记不完整",
                "修订《学校食堂管理办法》，大宗食材全部通过采购平台比价，配备专职保管员，每月盘点一次并在校园公示栏公示收支情况。",
                "已完成",
                "done",
                False,
            ),
            (
                "部分专项经费支出审批不规范，存在先支出后补手续的情况",
                "修订经费支出审批流程，对2021年以来专项经费支出逐笔核查，补齐审批手续12笔，对2名经办人员进行提醒谈话。",
                "已完成",
                "done",
                False,
            ),
            (
                "校舍维修工程变更签证把关不严，个别项目未及时办理结算审计",
                "对2022年以来的5个维修项目开展自查，2个项目已完成结算审计；"
                "其余3个项目的结算资料已报送审计单位，正在审核中。",
                "正在整改",
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神不够严格，公务接待审批单填写不完整",
                "重新印发公务接待管理规定，统一审批单格式，公务接待一律凭公函和审批单报销；"
                "对2023年以来的接待票据进行复查，补正审批单6份。",
                "已完成",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）关于“基层党组织和教师队伍建设存在短板”的问题",
        [
            (
                "党支部“三会一课”记录不规范，个别支部组织生活会质量不高",
                "统一印制党支部工作手册，对6个党支部书记开展专题培训，由党委办公室每季度检查一次支部记录并通报。",
                "已完成，长期坚持",
                "done_longterm",
                False,
            ),
            (
                "教师队伍结构性矛盾突出，音体美等学科专任教师缺口较大",
                "制定教师补充三年计划，2024年通过公开招聘补充专任教师6名；"
                "其余缺口已向市教育局报送用编申请，待批复后组织招聘。",
                "正在整改",
                "in_progress",
                True,
            ),
        ],
    ),
]


def linyi() -> str:
    body = [
        "根据市委统一部署，2023年9月18日至12月8日，市委第五巡察组对临沂某中学党委进行了巡察。"
        "2024年3月12日，市委巡察组向临沂某中学党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作基本情况",
        "临沂某中学党委完全接受市委巡察组的巡察意见，并坚持高标准、严要求抓好整改落实。",
        "一是统一思想认识。收到巡察反馈意见后，学校党委高度重视，对巡察反馈问题照单全收、诚恳接受，班子成员根据工作分工主动认领。"
        "多次召开党委（扩大）会，传达学习市委书记听取巡察汇报时的讲话精神和集中反馈会议精神，专题研究巡察反馈意见和整改意见建议，"
        "把巡察反馈问题整改作为当前最重要的政治任务。",
        "二是加强组织领导。成立由学校党委书记任组长的巡察整改工作领导小组，一名班子成员牵头负责整改日常工作，"
        "研究制定切实可行的实施方案，明确整改措施、工作步骤和工作要求，统筹安排整改工作。",
        "三是明确目标责任。党委书记扛牢巡察整改第一责任人责任，带领班子成员及时研究解决存在的问题，亲自安排部署整改工作，"
        "做到思想认识到位、责任落实到位、解决问题到位。",
        "四是认真督促检查。党委班子成员通过查阅资料、听取汇报、个别谈话等方式，对问题整改落实进行全面监督检查，"
        "把整改任务和责任落实到具体科室、具体人，严格对账销号。",
        "截至2024年6月30日，市委巡察组反馈的3个方面9个问题，已完成整改7个，正在整改2个。",
        "二、市委巡察组反馈意见整改进展情况",
    ]
    n = 0
    for aspect, problems in LINYI:
        body.append(aspect)
        for title, measures, state, _, _ in problems:
            n += 1
            body += [f"{n}.{title}。", f"整改情况：{measures}", f"整改状态：{state}"]
    body += [
        "三、下一步工作打算",
        "学校党委将继续把巡察整改作为一项长期政治任务，对正在整改的2个问题紧盯时间节点、逐项跟踪督办，确保按期完成；"
        "对已完成整改的问题适时开展“回头看”，防止反弹回潮；坚持举一反三，健全完善长效机制，以整改实效推动学校高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0539-8123456；通信地址：临沂市兰山区某路18号学校党委办公室；电子邮箱：lyxxdw@163.com。",
    ]
    paras = _p(body)
    sign = _p(["中共临沂市某中学委员会", "2024年7月18日"], "text-align:right;")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中共临沂市某中学委员会关于巡察整改进展情况的通报-临沂市纪委监委网站</title>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="临沂市纪委监委网站"></div>
<div class="date">今天是：<span id="today"></span></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/list/1001.htm">要闻动态</a></li><li><a href="/list/1013.htm">巡视巡察</a></li>
<li><a href="/list/1005.htm">审查调查</a></li><li><a href="/list/1007.htm">党纪法规</a></li>
<li><a href="/list/1009.htm">廉政教育</a></li><li><a href="/list/1011.htm">沂蒙清风</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/list/1013.htm">巡视巡察</a> &gt;&gt; 正文</div>
<div class="article">
<div class="title">中共临沂市某中学委员会<br>关于巡察整改进展情况的通报</div>
<div class="source"><span>来源：临沂市纪委监委网站</span><span>发布时间：2024-07-22</span></div>
<div class="content" id="vsb_content">
{paras}
{sign}
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><p>主办：中共临沂市纪律检查委员会　临沂市监察委员会</p>
<p>地址：临沂市北城新区某路1号　举报电话：0539-12388</p><p>鲁ICP备05012345号</p></div>
</body>
</html>
"""


# --- B: 扬州 — a city school's 党委 notice as a tender aggregator reposts it (datauseful.com/bidding/detail/…): the
# page's text begins at 公告摘要 with its empty fields (项目编号- 预算金额- …) and 公告正文, no printed title (only the
# <title>); opening, 一、巡察整改组织领导情况 with (一)(二) (where the stored page stops at 细化每); then 二、 with the counts,
# (一)…方面 > one paragraph per problem: N.关于“<problem>”的问题。整改情况：<measures>。<closing status sentence>
YANGZHOU = [
    (
        "（一）贯彻落实党的教育方针和上级决策部署方面",
        [
            (
                "党委把方向、管大局作用发挥不够充分，对学校中长期发展规划研究不深",
                "修订《党委会议事规则》和《校长办公会议事规则》，明确党委会前置研究事项清单；组织编制学校发展规划，经教职工代表大会审议通过。"
                "目前，已整改到位。",
                "done",
                False,
            ),
            (
                "落实意识形态工作责任制不够有力，对课堂教学和讲座论坛管理不严",
                "制定意识形态工作责任清单，建立讲座论坛“一会一报”审批制度，开展课堂教学巡查12次。目前，已整改到位，并建立长效机制长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "东部分校与本部统筹管理不到位，教学质量差距较大",
                "建立本部与东部分校教研组一体化管理机制，选派4名骨干教师到东部分校任教，两校区统一组织月考和质量分析。目前，已整改到位。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党主体责任和监督责任方面",
        [
            (
                "学校纪委监督执纪问责不够有力，对重点岗位人员提醒谈话较少",
                "学校纪委制定年度监督计划，对财务、基建、招生等重点岗位人员开展提醒谈话23人次。目前，已整改到位。",
                "done",
                False,
            ),
            (
                "教辅资料征订不规范，存在超范围征订现象",
                "严格执行教辅材料“一科一辅”和自愿征订规定，对2019年秋季学期超范围征订的费用全部清退。目前，已整改到位。",
                "done",
                False,
            ),
            (
                "基建项目管理不规范，个别工程未按规定进行竣工决算",
                "对2016年以来的7个基建维修项目逐一清理，4个项目已完成竣工决算；其余3个项目的决算资料已送交审计部门，正在审计中。"
                "目前，正在持续整改中。",
                "in_progress",
                True,
            ),
            (
                "食堂承包经营监管不到位，饭菜价格和质量学生反映较多",
                "成立由教师、家长和学生代表组成的膳食委员会，每月开展满意度测评，食堂饭菜价格报学校审定后公示。目前，已整改到位。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "中层干部选拔任用程序不够规范，个别岗位长期空缺",
                "修订《中层干部选拔任用办法》，按程序完成3个空缺岗位的选拔任用。目前，已整改到位。",
                "done",
                False,
            ),
            (
                "党支部设置与年级组、教研组结合不紧，支部战斗堡垒作用发挥不明显",
                "按年级组调整设置党支部5个，选优配强支部书记，推行“党员示范岗”。目前，已整改到位。",
                "done",
                False,
            ),
            (
                "青年教师培养机制不健全，骨干教师梯队断层",
                "制定青年教师三年成长计划，实行“青蓝结对”师徒制；市级学科带头人申报工作正在推进，待市教育局评审后公布。"
                "目前，正在持续整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def yangzhou() -> str:
    body = [
        "根据市委统一部署，2019年10月28日至12月6日，市委第二巡察组对扬州某中学党委开展了巡察。"
        "2020年4月1日，市委第二巡察组向扬州某中学党委反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定，"
        "现将扬州某中学党委落实市委巡察反馈意见整改进展情况报告如下：",
        "一、巡察整改组织领导情况",
        "学校党委担负主体责任，党委书记履行“第一责任人”责任，党委班子成员分工负责，对三个方面10个问题照单全收，"
        "逐一制定整改措施，扎实抓好落实，取得明显进展和成效。",
        "（一）提高站位，统筹推进。学校党委把这次巡察视作对自身的一次“政治体检”，把整改落实作为压倒一切的政治任务。"
        "多次召开专题会议，传达学习市委第二巡察组反馈会精神，把思想认识统一到市委部署要求上来。"
        "成立巡察整改工作领导小组及办公室，反复讨论修订整改方案，做到整改任务明确、责任明确、时限明确。"
        "学校党委对东部分校整改工作同等重视、同样要求、同步推进。",
        "（二）细化任务，压实责任。学校党委统筹安排整改进度，细化每一项整改任务，逐项明确责任领导、责任部门和完成时限，"
        "建立整改工作台账，实行周报告、月督查，确保整改事项件件有着落。",
        "（三）建章立制，注重长效。坚持边整改边建制，新建和修订党建、财务、基建、招生等方面制度15项，推动整改成果制度化。",
        "二、巡察反馈问题整改落实情况",
        "截至2020年6月30日，巡察反馈的10个问题中，已整改到位8个，正在持续整改2个。",
    ]
    n = 0
    for aspect, problems in YANGZHOU:
        body.append(aspect)
        for title, measures, _, _ in problems:
            n += 1
            body.append(f"{n}.关于“{title}”的问题。整改情况：{measures}")
    body += [
        "三、下一步工作打算",
        "学校党委将坚持目标不变、标准不降、力度不减，对尚未完成的2个问题实行挂账督办，确保按时完成；"
        "对已完成的整改事项持续巩固提升，防止问题反弹，以巡察整改推动学校各项事业高质量发展。",
        "欢迎广大干部群众对我校巡察整改落实情况进行监督。联系电话：0514-87654321；邮政信箱：扬州市邗江区某路1号；电子邮箱：yzzxdw@126.com。",
        "中共扬州某中学委员会",
        "2020年7月10日",
    ]
    paras = "\n".join(f"<p>{html.escape(line)}</p>" for line in body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>扬州某中学党委落实市委巡察反馈意见整改进展情况-招标公告-数据有用</title>
<meta name="keywords" content="扬州,招标公告,数据有用">
</head>
<body>
<header class="site-header"><a class="logo" href="/">数据有用</a>
<nav><a href="/">首页</a><a href="/bidding">招标信息</a><a href="/winbid">中标信息</a><a href="/company">企业查询</a>
<a href="/data">数据服务</a><a href="/login">登录</a><a href="/register">注册</a></nav></header>
<main class="detail">
<section class="summary">
<h3>公告摘要</h3>
<ul>
<li>项目编号<span>-</span></li>
<li>预算金额<span>-</span></li>
<li>招标联系人<span>-</span></li>
<li>标书截止时间<span>-</span></li>
<li>投标截止时间<span>-</span></li>
</ul>
</section>
<section class="notice-body">
<h3>公告正文</h3>
<div class="notice-content">
{paras}
</div>
</section>
<section class="related"><h3>相关推荐</h3>
<ul><li><a href="/bidding/detail/5973900209127728101">扬州市某中学校园监控系统升级改造项目竞争性磋商公告</a></li>
<li><a href="/bidding/detail/5973900209127728155">扬州市某中学食堂食材配送服务采购项目成交结果公告</a></li></ul></section>
</main>
<footer><p>免责声明：本站信息来源于互联网公开信息，仅供参考，请以原发布单位公布的信息为准。</p>
<p>© 2024 数据有用　苏ICP备20001234号</p></footer>
</body>
</html>
"""


# --- C: 珠海 — a city state-owned group's 党委 notice on the group's own site (lgtzkg.com/info/2187.html): title,
# 发布时间/作者/浏览数 line, paragraphs indented by runs of &nbsp;, opening (2024年9月上旬至12月下旬), 一、 with (一)(二)
# (where the stored page stops); then 二、 with the counts and three status parts (一)已完成整改的问题 / (二)已完成整改、
# 需长期坚持的问题 / (三)正在推进整改的问题 > N.关于“<problem>”的问题。 > 整改情况: (one numbering), 三、, contact, signature
ZHUHAI = [
    (
        "（一）已完成整改的问题",
        "done",
        [
            (
                "集团战略规划与市委市政府产业布局衔接不紧，主责主业不够聚焦",
                "修订集团“十四五”发展规划，明确园区开发运营和产业服务两大主业，3家非主业参股企业已全部通过公开挂牌完成股权转让退出。",
                False,
            ),
            (
                "“三重一大”决策制度执行不严格，个别事项未经党委会前置研究",
                "修订《党委前置研究讨论重大经营管理事项清单》，对2022年以来的重大事项决策程序逐项复核，补充履行前置研究程序2项。",
                False,
            ),
            (
                "子公司工程项目招标管理不规范，存在化整为零规避公开招标现象",
                "出台《集团工程建设项目招标管理办法》，将子公司200万元以上工程全部纳入集团统一招标平台，对相关责任人进行诫勉谈话。",
                False,
            ),
            (
                "应收账款管理松散，部分租金长期挂账未清收",
                "成立应收账款清收专班，逐户建立清收台账，累计清收历史欠租1260万元，对2户失联租户依法提起诉讼并已取得生效判决。",
                False,
            ),
            (
                "选人用人程序不够规范，个别中层干部任职试用期满未按期考核",
                "对2021年以来任用的中层干部试用期考核情况全面排查，补做考核4人，修订《中层管理人员选拔任用管理规定》。",
                False,
            ),
            (
                "基层党支部组织生活不够规范，党员教育管理流于形式",
                "开展党支部标准化规范化建设，统一组织生活记录本，集团党委每半年对党支部工作进行一次考核评价。",
                False,
            ),
        ],
    ),
    (
        "（二）已完成整改、需长期坚持的问题",
        "done_longterm",
        [
            (
                "落实中央八项规定精神不够严格，业务招待费用审批把关不严",
                "修订《业务招待管理办法》，业务招待实行事前审批、事后公示；纪委每季度抽查招待费用报销凭证，将长期坚持。",
                False,
            ),
            (
                "安全生产主体责任落实不到位，园区消防隐患排查整治不彻底",
                "组织开展园区消防隐患全面排查，整改隐患47处，建立月度巡查和隐患销号制度，作为常态化工作长期抓好落实。",
                False,
            ),
        ],
    ),
    (
        "（三）正在推进整改的问题",
        "in_progress",
        [
            (
                "闲置资产盘活利用不充分，部分厂房长期空置",
                "制定闲置资产盘活工作方案，已招租厂房1.2万平方米；剩余2栋厂房因产权证照不全，正在向市自然资源局申请补办证照，办结后公开招租。",
                True,
            ),
            (
                "巡察和审计发现问题整改不彻底，个别问题整改成效不明显",
                "对2021年以来审计发现的29个问题逐一复核，已完成整改26个；其余3个涉及历史遗留土地问题，已报请市国资委协调处理。",
                True,
            ),
        ],
    ),
]


def zhuhai() -> str:
    body = [
        "根据市委统一部署，2024年9月上旬至12月下旬，市委第四巡察组对中共珠海某集团有限公司党委（以下简称：集团党委）进行了巡察。"
        "2025年2月27日，市委第四巡察组向集团党委反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定，"
        "现将巡察整改进展情况予以公布。",
        "一、提高政治站位，强化政治担当，增强抓好巡察整改工作的责任感和使命感",
        "集团党委始终以高度的思想自觉和行动自觉，将巡察整改作为当前一项重大政治任务抓紧抓实，主动认领责任，坚持目标导向与问题导向相统一，"
        "以坚定态度和有力举措推动整改任务不折不扣落地见效。",
        "（一）统一思想认识，强化政治担当。市委巡察组反馈意见后，集团党委第一时间召开专题会议，对反馈意见全面认领、系统梳理、逐项对照、坚决落实，"
        "要求全集团提高政治站位，以最严要求、最实举措抓好整改落实，做到全面改、深入改。",
        "（二）强化组织领导，压实整改责任。第一时间成立整改工作领导小组，研究制定整改落实方案。党委书记认真落实巡察整改第一责任人责任，"
        "多次召集分管领导研究制定整改措施；班子成员落实“一岗双责”，抓好分管领域问题整改。",
        "（三）强化督导检查，确保整改实效。集团纪委全程跟进监督，对整改进度实行月通报，对整改不力的2家子公司负责人进行约谈。",
        "二、坚持问题导向，扎实推进巡察反馈问题整改",
        "市委第四巡察组反馈的4个方面10个问题，截至2026年2月28日，已完成整改8个（其中2个需长期坚持），正在推进整改2个。具体情况如下：",
    ]
    n = 0
    for part, _, problems in ZHUHAI:
        body.append(part)
        for title, measures, _ in problems:
            n += 1
            body += [f"{n}.关于“{title}”的问题。", f"整改情况：{measures}"]
    body += [
        "三、下一步工作计划",
        "集团党委将坚持问题不解决不松劲、整改不到位不撒手，对正在推进的2个问题继续挂图作战，对已完成整改的问题定期开展“回头看”，"
        "把巡察整改与深化国企改革、完善公司治理结合起来，推动集团高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0756-3312345；"
        "邮政信箱：珠海市香洲区某路88号集团党群行政部；电子邮箱：zhjt_dw@163.com。",
    ]
    nb = "&nbsp;" * 7
    paras = "\n".join(f"<p>{nb}{html.escape(line)}</p>" for line in body)
    sign = "\n".join(
        f'<p style="text-align:right;">{html.escape(line)}</p>'
        for line in ["中共珠海某集团有限公司委员会", "2026年3月10日"]
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>中共珠海某集团有限公司党委关于巡察整改进展情况的通报-珠海某集团有限公司</title>
</head>
<body>
<div class="header"><div class="w1200"><a class="logo" href="/">珠海某集团有限公司</a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/about/">集团概况</a></li><li><a href="/news/">新闻中心</a></li>
<li><a href="/party/">党建纪检</a></li><li><a href="/business/">业务板块</a></li><li><a href="/hr/">人力资源</a></li>
<li><a href="/contact/">联系我们</a></li></ul></div></div>
<div class="banner"><img src="/uploads/banner_party.jpg" alt=""></div>
<div class="w1200 crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/party/">党建纪检</a> &gt; 党建动态</div>
<div class="w1200 info-detail">
<h1 class="info-title">中共珠海某集团有限公司党委关于巡察整改进展情况的通报</h1>
<div class="info-meta">发布时间：2026-03-12　作者 ：党群行政部（党委办公室）　浏览数： 62</div>
<div class="info-content">
{paras}
{sign}
</div>
<div class="info-page"><p>上一篇：<a href="/info/2186.html">集团召开2026年党风廉政建设和反腐败工作会议</a></p>
<p>下一篇：<a href="/info/2188.html">集团开展“学雷锋”志愿服务活动</a></p></div>
</div>
<div class="footer"><p>Copyright © 珠海某集团有限公司 版权所有　地址：广东省珠海市香洲区某路88号</p><p>粤ICP备15012345号</p></div>
</body>
</html>
"""


# --- D: 秦皇岛 — a city court's notice of the 立行立改 items the 市委巡察组 handed over during its inspection, on the
# court's site of the provincial court platform (qhdzy.hebeicourt.gov.cn/article/detail/2024/06/id/7977139.shtml): the
# page shows it whole (2 items); ours lists 6 in the same layout: opening with the period and the count handed over,
# 截止…已完成N件 (all), 一、关于“<problem>”问题 > 整改措施及成效:, then the closing contact line, no signature
QINHUANGDAO = [
    (
        "某法院在办理司法救助案件材料过程中，“如我在诉”、“如我在访”意识淡薄，为民办实事观念不强，存在工作作风不实、办事拖拉",
        "收到巡察反馈问题后，院党组高度重视，立即责成执行局案件协调管理处进行整改。执行局案件协调管理处对省法院印发的"
        "《关于进一步规范开展国家司法救助工作的办法（修订）》和为民办实事的相关要求进行了认真学习，全面排查工作中存在的疏漏环节，"
        "确保今后收到的司法救助申请材料第一时间转交省法院。5月30日-6月6日，我院未收到新的司法救助申请，2024年3月以来收到的8件申请已全部转交省法院。",
        False,
    ),
    (
        "某法院工作作风不扎实，存在超过法定时限立案",
        "收到巡察反馈问题后，院党组通报全体党组成员认真研究，责成立案一庭立行立改。立案一庭对立案登记的相关规定进行了全面学习，"
        "举一反三，逐案核查在办立案材料。5月30日-6月6日，共立案83件，无一超期情况。",
        False,
    ),
    (
        "诉讼服务中心热线电话接听不及时，群众反映咨询难",
        "院党组责成诉讼服务中心立行立改。诉讼服务中心增设热线坐席2个，实行工作日全时段专人值守，对未接来电当日回拨。"
        "5月30日-6月6日，热线接听率达到100%。",
        False,
    ),
    (
        "执行案款发放不及时，个别案款超期未发放",
        "院党组责成执行局开展案款专项清理。执行局逐案核对案款账户，对超期未发放的17笔案款全部发放完毕，"
        "建立案款到账提醒和发放时限预警机制。",
        False,
    ),
    (
        "公务用车使用登记不规范，部分派车单填写不完整",
        "院党组责成司法行政装备管理处进行整改。重新印制派车单，明确用车事由、起止里程等必填项目，实行一车一档管理，"
        "对2024年以来的派车单逐一复核补正。",
        False,
    ),
    (
        "机关食堂收支未定期公示，伙食补助发放依据不充分",
        "院党组责成办公室进行整改。自2024年5月起每月在机关公示栏公示食堂收支情况；伙食补助发放标准已重新拟定，"
        "报市机关事务管理局审核后执行。",
        True,
    ),
]

CN = "一二三四五六七八九十"


def qinhuangdao() -> str:
    body = [
        "根据市委巡察工作统一部署，2024年3月29日至5月31日期间，市委第四巡察组对中共秦皇岛市某人民法院党组开展常规巡察，"
        "期间移交立行立改事项6件，现将立行立改事项整改进展情况予以公布。",
        "截止6月6日，市委第四巡察组移交的6件立行立改事项已完成6件，主要情况如下：",
    ]
    for n, (title, measures, _) in enumerate(QINHUANGDAO):
        body += [f"{CN[n]}、关于“{title}”问题", f"整改措施及成效：{measures}"]
    body += [
        "欢迎广大干部群众对巡察移交立行立改事项整改进展情况进行监督。如有意见建议，请及时向我们反映。"
        "联系方式：7672000（8:30-17:30）；通讯地址：秦皇岛市海港区某大街某号；邮政编码：066000。",
    ]
    paras = _p(body)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>秦皇岛市某人民法院关于市委巡察移交立行立改事项整改进展情况的公示_秦皇岛市某人民法院</title>
</head>
<body>
<div class="header"><div class="logo">秦皇岛市某人民法院</div>
<div class="weibo"><a href="#">官方微博</a> <a href="#">官方微信</a></div>
<div class="search"><span>关键字：</span><input type="text"> <span>栏　目：</span><select><option>全部</option></select></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/article/index/id/MzAwN.shtml">法院概况</a></li>
<li><a href="/article/index/id/MzAwM.shtml">新闻中心</a></li><li><a href="/article/index/id/MzAwO.shtml">审判执行</a></li>
<li><a href="/article/index/id/MzAwP.shtml">诉讼服务</a></li><li><a href="/article/index/id/MzAwQ.shtml">党建队建</a></li>
<li><a href="/article/index/id/MzAwR.shtml">司法公开</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/article/index/id/MzAwM.shtml">新闻中心</a> &gt; 法院动态</div>
<div class="detail">
<div class="b_title">秦皇岛市某人民法院关于市委巡察移交立行立改事项整改进展情况的公示</div>
<div class="from">作者：办公室　发布时间：2024-06-07 16:32:11 <a href="javascript:window.print()">打印</a> 字号：<a href="#">大</a> | <a href="#">中</a> | <a href="#">小</a></div>
<div class="text">
{paras}
</div>
<div class="editor">责任编辑：办公室</div>
</div>
<div class="footer"><p>版权所有：秦皇岛市某人民法院　地址：秦皇岛市海港区某大街某号　邮编：066000</p>
<p>冀ICP备05001234号</p></div>
</body>
</html>
"""


FILES = {
    "linyi": "r124_linyi_city_school_html_lianzheng_site_two_line_title_zhenggai_zhuangtai_lines.html",
    "yangzhou": "r124_yangzhou_school_html_tender_aggregator_copy_no_title_guanyu_inline_closing_sentence.html",
    "zhuhai": "r124_zhuhai_city_soe_group_html_own_site_nbsp_indent_status_parts_guanyu_problems.html",
    "qinhuangdao": "r124_qinhuangdao_city_court_html_court_platform_lixing_ligai_items_all_done_count.html",
}


def _title(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def gold_items() -> dict[str, list]:
    linyi_items = []
    n = 0
    for _, problems in LINYI:
        for title, _, _, status, pending in problems:
            n += 1
            linyi_items.append([str(n), _title(title), status, pending])
    yz_items = []
    n = 0
    for _, problems in YANGZHOU:
        for title, _, status, pending in problems:
            n += 1
            yz_items.append([str(n), _title(title), status, pending])
    zh_items = []
    n = 0
    for _, status, problems in ZHUHAI:
        for title, _, pending in problems:
            n += 1
            zh_items.append([str(n), _title(title), status, pending])
    qhd_items = [[CN[n], _title(title), "unstated", pending] for n, (title, _, pending) in enumerate(QINHUANGDAO)]
    return {"linyi": linyi_items, "yangzhou": yz_items, "zhuhai": zh_items, "qinhuangdao": qhd_items}


def _aspects(parts) -> list[str]:
    return [_title(aspect) for aspect, problems in parts for _ in problems]


def round_json() -> dict:
    items = gold_items()
    return {
        "round": ROUND,
        "about": "",
        "first_reading": "",
        "notices": [
            {
                "file": FILES["linyi"],
                "layout": "",
                "agency": "临沂市某中学委员会",
                "region": "临沂市",
                "province": "山东省",
                "prefecture": "临沂市",
                "team": "市委第五巡察组",
                "period": ["2023-09-18", "2023-12-08"],
                "feedback": "2024-03-12",
                "signed": "2024-07-18",
                "claimed": {"aspects": 3, "problems": 9, "completed": 7, "in_progress": 2},
                "items": items["linyi"],
                "aspects": _aspects(LINYI),
                "sources": ["item"] * len(items["linyi"]),
                "issuer": "中共临沂市某中学委员会",
                "warnings": [],
                "notes": {},
            },
            {
                "file": FILES["yangzhou"],
                "layout": "",
                "agency": "扬州某中学委员会",
                "region": "扬州",
                "province": "江苏省",
                "prefecture": "扬州市",
                "team": "市委第二巡察组",
                "period": ["2019-10-28", "2019-12-06"],
                "feedback": "2020-04-01",
                "signed": "2020-07-10",
                "claimed": {"aspects": 3, "problems": 10, "completed": 8, "in_progress": 2},
                "items": items["yangzhou"],
                "aspects": _aspects(YANGZHOU),
                "sources": ["item"] * len(items["yangzhou"]),
                "issuer": "中共扬州某中学委员会",
                "warnings": [],
                "notes": {},
            },
            {
                "file": FILES["zhuhai"],
                "layout": "",
                "agency": "珠海某集团有限公司党委",
                "region": "珠海",
                "province": "广东省",
                "prefecture": "珠海市",
                "team": "市委第四巡察组",
                "period": ["2024-09", "2024-12"],
                "feedback": "2025-02-27",
                "signed": "2026-03-10",
                "claimed": {"aspects": 4, "problems": 10, "completed": 8, "in_progress": 2},
                "items": items["zhuhai"],
                "sources": ["section"] * len(items["zhuhai"]),
                "issuer": "中共珠海某集团有限公司委员会",
                "warnings": [],
                "notes": {},
            },
            {
                "file": FILES["qinhuangdao"],
                "layout": "",
                "agency": "秦皇岛市某人民法院党组",
                "region": "秦皇岛市",
                "province": "河北省",
                "prefecture": "秦皇岛市",
                "team": "市委第四巡察组",
                "period": ["2024-03-29", "2024-05-31"],
                "feedback": None,
                "signed": None,
                "claimed": {"problems": 6, "completed": 6},
                "items": items["qinhuangdao"],
                "aspects": [None] * len(items["qinhuangdao"]),
                "sources": ["none"] * len(items["qinhuangdao"]),
                "warnings": [],
                "notes": {},
            },
        ],
    }


if __name__ == "__main__":
    for key, build in (("linyi", linyi), ("yangzhou", yangzhou), ("zhuhai", zhuhai), ("qinhuangdao", qinhuangdao)):
        (HERE / FILES[key]).write_text(build(), encoding="utf-8")
    print(json.dumps(round_json(), ensure_ascii=False, indent=1))
