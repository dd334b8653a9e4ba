"""Build round 121's notices and their gold (run once: `python tests/data/genre/make_r121.py`); the files are committed.

Round 121 imitates FOLLOW-UP NOTICES: the second notice on the same inspection (续报 / 第二次通报 / 集中整改期后的
进展通报), which a body publishes when its first notice left problems open. Each recalls the first notice and its
counts, then states the current counts, then EITHER only the problems that were open last time with their new
status (a county bureau's plain text; a city group's web page after its 集中整改期, three levels, the status in
brackets after each problem), OR all problems with their current status and the month each was finished (a
street 党工委's plain text, 问题N blocks), OR a Word table 序号/反馈问题/上次通报状态/当前状态/完成时间
(a city hospital's .docx).
Bodies are named 某 (the problems are invented). The gold is the CURRENT status of each problem and the CURRENT counts.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
ROUND = 121

# --- A: a county bureau 党组's 续报, plain text: only the 8 problems open at the first notice, each with the line
# 首次通报时进展 (the earlier state) and the line 目前进展 (the current status and facts); (一) aspects > 1. problems
ANHUA_ASPECTS = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "农村饮水安全工程运行管护机制不健全，部分集中供水工程水质检测不到位",
                "正在推进，已制定农村供水工程运行管护办法，水质检测覆盖率为65%。",
                "已完成整改。全县42处千人以上集中供水工程全部落实管护主体和管护经费，2026年一季度水质检测覆盖率达到100%。",
                "done",
                False,
            ),
            (
                "河湖长制工作落实不够有力，部分河段“四乱”问题出现反弹",
                "正在推进，已清理整治“四乱”问题17处。",
                "已完成整改，并长期坚持。累计清理整治“四乱”问题26处，建立河长巡河问题清单和月通报制度，将常态化开展暗访督查。",
                "done_longterm",
                False,
            ),
            (
                "水利工程建设项目推进缓慢，2个小型水库除险加固项目未按期完工",
                "正在推进，1座水库已完成大坝主体工程。",
                "正在推进。1座水库除险加固项目已于2025年12月通过竣工验收；另1座受汛期影响，溢洪道改造正在施工，计划2026年6月底前完成主体工程验收。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "工程建设领域廉政风险防控不到位，个别项目设计变更审核把关不严",
                "正在推进，已梳理廉政风险点23个。",
                "已完成整改。修订《水利工程设计变更管理办法》，对2023年以来的14项设计变更逐项复核，对2名责任人进行了批评教育。",
                "done",
                False,
            ),
            (
                "水利专项资金管理使用不规范，部分资金拨付滞后",
                "正在推进，已对滞后资金逐笔建立台账。",
                "已完成整改。滞后资金1260万元已全部拨付到位，建立专项资金支出进度月调度机制。",
                "done",
                False,
            ),
            (
                "违规发放工作补贴问题清退不彻底",
                "正在推进，已清退4人违规发放的补贴。",
                "仍在推进。剩余1人已调离本系统，我局已发函其所在单位，正在协调追缴，计划2026年5月底前清退到位。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部队伍专业结构不合理，水利工程专业技术人才短缺",
                "正在推进，已制定年度人才引进计划。",
                "已完成整改。2025年12月通过公开招聘引进水利工程专业技术人员3名，与省水利水电职业技术学院签订人才培养协议。",
                "done",
                False,
            ),
            (
                "基层党支部组织生活不规范，“三会一课”记录不完整",
                "正在推进，已对4个党支部开展专项检查。",
                "已完成整改。统一规范“三会一课”记录本，开展支部书记轮训1期，各支部组织生活记录已补正完整。",
                "done",
                False,
            ),
        ],
    ),
]


def anhua() -> str:
    lines = [
        "中共安化县某局党组",
        "关于县委巡察反馈意见整改进展情况的续报",
        "",
        "根据县委统一部署，2025年4月7日至6月6日，县委第三巡察组对县某局党组开展了常规巡察，并于2025年7月15日反馈了巡察意见。"
        "2025年11月20日，我局公布了巡察整改进展情况：反馈的3个方面21个问题中，已完成整改13个，正在推进整改8个。"
        "现将首次通报后正在推进的8个问题的整改进展情况续报如下。",
        "",
        "一、总体进展情况",
        "首次通报以来，局党组坚持问题不解决不松劲、整改不到位不销号，每月召开整改推进会，逐项对账销号。"
        "截至2026年3月31日，首次通报时正在推进的8个问题中，已完成整改6个，仍在推进2个。",
        "",
        "二、正在推进问题的整改进展",
    ]
    n = 0
    for aspect, problems in ANHUA_ASPECTS:
        lines.append(aspect)
        for title, before, now, _, _ in problems:
            n += 1
            lines += [f"{n}.{title}。", f"首次通报时进展：{before}", f"目前进展：{now}"]
    lines += [
        "",
        "三、下一步工作打算",
        "对仍在推进的2个问题，局党组将盯住时间节点，压实责任，确保按期完成；对已完成整改的问题，适时开展“回头看”，"
        "防止问题反弹回潮，推动巡察整改成果转化为治理效能。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0737-7221356；邮政地址：安化县东坪镇某路18号；电子邮箱：ahxmj@163.com。",
        "",
        "中共安化县某局党组",
        "2026年4月10日",
    ]
    return "\n".join(lines) + "\n"


# --- B: a street 党工委's 第二次通报, plain text: all 9 problems, 问题N：title, 整改情况：measures,
# 完成情况：the current status with, in brackets, the month it was finished and what the first notice said
BAOHE = [
    (
        "社区党组织引领基层治理作用发挥不充分，“红色物业”覆盖面不广",
        "推动成立小区党支部12个，将物业服务企业纳入社区党建联席会议，实现辖区住宅小区“红色物业”全覆盖。",
        "已完成（首次通报时正在推进，2025年12月完成）",
        "done",
        False,
    ),
    (
        "老旧小区改造推进缓慢，群众反映的加装电梯等问题回应不及时",
        "建立老旧小区改造周调度机制，已完成3个小区的管网和外立面改造，5部加装电梯已投入使用3部，其余2部正在安装调试。",
        "正在推进（首次通报时正在推进，预计2026年6月底前完成）",
        "in_progress",
        True,
    ),
    (
        "网格化服务管理不够精细，网格员队伍管理考核不规范",
        "修订网格员考核办法，实行月考评、季排名，对考核末位的2名网格员进行了调整。",
        "已完成（2025年8月完成）",
        "done",
        False,
    ),
    (
        "安全生产和消防隐患排查整治不彻底，部分“九小场所”隐患反复出现",
        "开展消防安全专项整治，排查“九小场所”416家，整改隐患138处，建立隐患闭环销号台账。",
        "已完成，长期坚持（2025年7月完成）",
        "done_longterm",
        False,
    ),
    (
        "街道党工委落实全面从严治党主体责任不够到位，对社区“两委”成员监督不够有力",
        "制定街道党工委主体责任清单和社区“两委”成员监督办法，开展廉政谈话46人次。",
        "已完成（2025年8月完成）",
        "done",
        False,
    ),
    (
        "社区集体资产管理不规范，部分门面出租未经集体决策",
        "对6处集体门面出租合同逐一清理，4处已重新履行民主决策程序并签订合同，其余2处因承租方合同未到期，正在协商解除。",
        "正在推进（首次通报时正在推进，预计2026年8月底前完成）",
        "in_progress",
        True,
    ),
    (
        "惠民资金发放审核把关不严，个别低保对象动态调整不及时",
        "对辖区低保对象开展全面复核，停发不符合条件的3户，建立季度动态调整机制。",
        "已完成（首次通报时正在推进，2026年2月完成）",
        "done",
        False,
    ),
    (
        "社区“两委”后备力量储备不足，年轻干部培养力度不够",
        "建立社区后备干部人才库，储备35周岁以下后备力量28名，实行“导师帮带”。",
        "已完成（2025年9月完成）",
        "done",
        False,
    ),
    (
        "党员教育管理不够严格，流动党员管理存在盲区",
        "开展流动党员排查，建立流动党员信息台账，与流入地党组织建立联系43人次。",
        "已完成（首次通报时正在推进，2026年1月完成）",
        "done",
        False,
    ),
]


def baohe() -> str:
    lines = [
        "中共合肥市包河区某街道工作委员会关于区委巡察反馈问题整改情况的第二次通报",
        "",
        "2025年3月10日至4月25日，区委第二巡察组对某街道党工委进行了巡察，5月28日反馈了巡察意见。"
        "街道党工委于2025年9月15日对外公布了整改进展情况，其时反馈的9个问题已完成整改4个，正在推进5个。"
        "截至2026年3月20日，9个问题中已完成整改7个，正在推进2个。现将整改情况第二次通报如下。",
        "一、整改工作推进情况",
        "首次通报后，街道党工委对正在推进的问题实行清单化管理，班子成员分片包干，每半月调度一次进展，"
        "对已完成整改的问题组织“回头看”，巩固整改成果。",
        "二、反馈问题整改落实情况",
    ]
    for n, (title, measures, state, _, _) in enumerate(BAOHE, 1):
        lines += [f"问题{n}：{title}。", f"整改情况：{measures}", f"完成情况：{state}。"]
    lines += [
        "三、下一步工作打算",
        "街道党工委将继续紧盯正在推进的2个问题，倒排工期、挂图作战，确保按时完成；同时建立健全长效机制，"
        "把巡察整改与基层治理结合起来，以整改实效取信于民。",
        "欢迎社会各界对巡察整改落实情况进行监督。联系电话：0551-63521478；电子邮箱：bhjd_xc@163.com。",
        "中共合肥市包河区某街道工作委员会",
        "2026年3月31日",
    ]
    return "\n".join(lines) + "\n"


# --- C: a city hospital 党委's 续报 as a Word file: all 8 problems in a table 序号/反馈问题/上次通报状态/当前状态/
# 完成时间, aspects as merged rows
GANZHOU = [
    (
        "一、贯彻落实党的卫生健康工作方针和上级决策部署方面",
        [
            (
                "党委领导下的院长负责制落实不到位，党委会与院长办公会议事范围界定不清",
                "已完成",
                "已完成",
                "2025年10月",
                "done",
                False,
            ),
            (
                "分级诊疗和医联体建设推进不力，对基层医疗机构帮扶带动作用不明显",
                "正在整改",
                "已完成",
                "2026年1月",
                "done",
                False,
            ),
            (
                "改善患者就医体验措施落实不到位，门诊“一站式”服务中心运行不畅",
                "正在整改",
                "已完成，长期坚持",
                "2025年12月",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "医药领域腐败问题集中整治不深入，医用耗材采购监管存在漏洞",
                "正在整改",
                "正在整改",
                "耗材管理信息系统正在调试，预计2026年5月上线",
                "in_progress",
                True,
            ),
            ("大型医用设备采购论证不充分，部分设备使用率偏低", "已完成", "已完成", "2025年10月", "done", False),
            (
                "医德医风建设有差距，个别医务人员存在收受回扣问题",
                "正在整改",
                "已完成，长期坚持",
                "2026年2月",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            ("临床科室党支部书记“双带头人”培育工作不够扎实", "已完成", "已完成", "2025年9月", "done", False),
            ("人才梯队建设滞后，部分重点学科带头人后继乏人", "正在整改", "已完成", "2026年3月", "done", False),
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


def ganzhou(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共赣州市某医院委员会", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于市委巡察反馈意见整改落实情况的续报", size=22, center=True, font="方正小标宋简体")
    _para(
        doc,
        "根据市委统一部署，2025年5月12日至7月11日，市委第五巡察组对市某医院党委开展了巡察，8月20日反馈了巡察意见。"
        "医院党委于2025年11月公布了整改进展情况，反馈的3个方面8个问题中，已完成整改3个，正在整改5个。"
        "现将截至2026年3月底的整改落实情况续报如下。",
    )
    _para(doc, "一、整改落实总体情况", font="黑体")
    _para(
        doc,
        "首次通报后，医院党委对正在整改的问题逐项明确责任领导、责任科室和完成时限，每月在党委会上听取进展。"
        "截至2026年3月31日，8个问题已完成整改7个，正在整改1个。",
    )
    _para(doc, "二、巡察反馈问题整改落实情况一览", font="黑体")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["序号", "反馈问题", "上次通报状态", "当前状态", "完成时间"], strict=True
    ):
        cell.text = text
    n = 0
    for aspect, problems in GANZHOU:
        row = table.add_row().cells
        merged = row[0].merge(row[4])
        merged.text = aspect
        for title, before, now, when, _, _ in problems:
            n += 1
            for cell, text in zip(table.add_row().cells, [str(n), title, before, now, when], strict=True):
                cell.text = text
    _para(doc, "三、下一步工作", font="黑体")
    _para(
        doc,
        "医院党委将对正在整改的1个问题加强督办，确保按期完成；对已完成整改的问题定期开展“回头看”，"
        "巩固深化整改成果。欢迎广大干部职工和人民群众对巡察整改工作进行监督。联系电话：0797-8261345。",
    )
    _para(doc, "中共赣州市某医院委员会")
    _para(doc, "2026年4月8日")
    doc.save(str(path))


# --- D: a city group 党委's notice after its 集中整改期, a web page: only the 8 problems open at the end of the
# 集中整改期, three levels (（一） aspects > 1. groups > （1） problems numbered through), the current status in
# 【】 after each problem, then 整改进展： recalling where the problem stood when the 集中整改期 ended
LIUZHOU = [
    (
        "（一）贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "1.服务地方发展大局作用发挥不充分",
                [
                    (
                        "主责主业聚焦不够，非主业投资清理退出进度滞后",
                        "已完成",
                        "集中整改期结束时，3项非主业投资已退出1项，2项正在履行产权交易程序。2025年12月，剩余2项已通过市产权交易中心公开挂牌转让，完成清理退出。",
                        "done",
                        False,
                    ),
                    (
                        "重大项目建设推进缓慢，个别项目投资完成率偏低",
                        "正在推进",
                        "集中整改期结束时，项目投资完成率为58%。目前项目已完成主体结构封顶，正在进行室内装修和设备安装，计划2026年6月底前竣工验收。",
                        "in_progress",
                        True,
                    ),
                ],
            ),
            (
                "2.防范化解重大风险不够有力",
                [
                    (
                        "应收账款清收处置不力，部分账龄3年以上款项未采取法律措施",
                        "已完成",
                        "集中整改期结束时，已清收应收账款0.8亿元，剩余0.5亿元正在通过诉讼追收。目前法院判决均已执行到位，应收账款全部清收。",
                        "done",
                        False,
                    ),
                    (
                        "债务风险管控存在薄弱环节，融资结构不够合理",
                        "已完成，长期坚持",
                        "置换高成本融资3.2亿元，综合融资成本下降0.6个百分点，建立债务风险月监测机制，将长期坚持。",
                        "done_longterm",
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "3.对下属企业监督管理偏弱",
                [
                    (
                        "对下属子公司监管不到位，个别子公司“三重一大”决策制度执行不严",
                        "已完成",
                        "集中整改期结束时，已修订子公司“三重一大”决策实施办法。2025年11月，对5家子公司开展专项检查，督促整改问题12个。",
                        "done",
                        False,
                    ),
                    (
                        "工程招投标管理不规范，存在化整为零规避招标问题",
                        "正在推进",
                        "集中整改期结束时，已对涉及的3个项目完成核查。目前2个项目的问责程序已完成，另1个项目的审计工作正在进行中。",
                        "in_progress",
                        True,
                    ),
                ],
            ),
            (
                "4.作风建设仍有差距",
                [
                    (
                        "违规发放津补贴问题清退不彻底",
                        "已完成",
                        "集中整改期结束时，已清退违规发放的津补贴11.6万元，剩余2.3万元正在追缴。2026年1月，剩余款项已全部清退到位。",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "5.干部队伍建设存在短板",
                [
                    (
                        "年轻干部培养选拔力度不够，中层干部年龄结构老化",
                        "正在推进",
                        "集中整改期结束时，已制定年轻干部培养三年行动计划。目前中层干部竞争上岗方案已报集团党委审定，计划2026年二季度组织实施。",
                        "in_progress",
                        True,
                    ),
                ],
            ),
        ],
    ),
]


def liuzhou() -> str:
    body = [
        "根据市委统一部署，2025年3月3日至5月9日，市委第二巡察组对集团党委开展了常规巡察，6月12日反馈了巡察意见。"
        "集团党委于2025年9月30日公布了集中整改进展情况，巡察反馈的4个方面32个问题中，集中整改期内完成整改24个，需要持续推进8个。"
        "集中整改期结束后，集团党委对8个问题挂牌督办、逐项销号。截至2026年2月28日，8个问题中已完成整改5个，正在推进3个。"
        "现将有关情况通报如下。",
        "一、持续推进整改工作情况",
        "集团党委把集中整改期后的整改作为重要政治任务，党委书记履行第一责任人职责，每季度专题研究整改推进情况；"
        "集团纪委加强日常监督，对整改进度滞后的2家子公司负责人进行了约谈。",
        "二、集中整改期后持续推进问题整改进展",
    ]
    n = 0
    for aspect, groups in LIUZHOU:
        body.append(aspect)
        for group, problems in groups:
            body.append(group)
            for title, state, progress, _, _ in problems:
                n += 1
                body += [f"（{n}）{title}。【{state}】", f"整改进展：{progress}"]
    body += [
        "三、下一步工作安排",
        "集团党委将对仍在推进的3个问题继续实行挂牌督办，确保按期销号；坚持举一反三，健全完善制度机制，巩固拓展巡察整改成果。",
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0772-2856710；电子邮箱：lzjt_dw@163.com。",
        "中共柳州市某集团有限公司委员会",
        "2026年3月16日",
    ]
    paras = "\n".join(f'<p style="text-indent:2em;">{html.escape(line)}</p>' for line in body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中共柳州市某集团有限公司委员会关于市委巡察集中整改期后整改进展情况的通报_党建工作_柳州市某集团有限公司</title>
</head>
<body>
<div class="header"><div class="logo">柳州市某集团有限公司</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/jtgk/">集团概况</a></li>
<li><a href="/xwzx/">新闻中心</a></li><li><a href="/djgz/">党建工作</a></li>
<li><a href="/xxgk/">信息公开</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/djgz/">党建工作</a> &gt; 巡察整改</div>
<div class="article">
<h1>中共柳州市某集团有限公司委员会关于市委巡察集中整改期后整改进展情况的通报</h1>
<div class="info">发布时间：2026-03-18 10:32　来源：集团党委办公室　浏览次数：<span id="hits">1268</span></div>
<div class="content">
{paras}
</div>
</div>
<div class="footer"><p>版权所有：柳州市某集团有限公司　地址：广西柳州市某路66号</p><p>桂ICP备12003456号</p></div>
</body>
</html>
"""


def _gold_items(problems):
    return [[str(n), title, status, pending] for n, (title, status, pending) in enumerate(problems, 1)]


def gold() -> dict:
    anhua_items = [(p[0], p[3], p[4]) for _, ps in ANHUA_ASPECTS for p in ps]
    ganzhou_items = [(p[0], p[4], p[5]) for _, ps in GANZHOU for p in ps]
    liuzhou_items = [(p[0], p[3], p[4]) for _, gs in LIUZHOU for _, ps in gs for p in ps]
    return {
        "anhua": anhua_items,
        "ganzhou": ganzhou_items,
        "liuzhou": liuzhou_items,
        "baohe": [(p[0], p[3], p[4]) for p in BAOHE],
    }


if __name__ == "__main__":
    (HERE / "r121_anhua_county_bureau_followup_only_open_problems_first_and_current_progress_lines.txt").write_text(
        anhua(), encoding="utf-8"
    )
    (HERE / "r121_baohe_district_street_second_notice_all_problems_wenti_n_status_with_finish_month.txt").write_text(
        baohe(), encoding="utf-8"
    )
    ganzhou(HERE / "r121_ganzhou_city_hospital_docx_followup_table_last_and_current_status.docx")
    (HERE / "r121_liuzhou_city_group_html_after_concentrated_period_three_levels_bracket_status.html").write_text(
        liuzhou(), encoding="utf-8"
    )
    print(json.dumps(gold(), ensure_ascii=False)[:200])
