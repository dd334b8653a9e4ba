"""Build round 158's notices and their gold (run once: `python tests/data/genre/make_r158.py`); the files are committed.

Round 158 imitates NOTICES WHOSE ITEMS ARE TASKS (整改任务 / 整改事项), not written as problems: a body turns the
feedback into a 整改任务清单 and reports on it task by task, each task a record of fields (任务来源, 存在问题 or
问题描述, 整改目标, 整改措施, 责任领导, 牵头单位 / 责任科室, 整改时限, 完成情况 / 整改进展); or it numbers the problems
and reports each through the tasks it was broken into (问题N > 分解为N项整改任务 > 任务（1）（2）… each with its own
完成 / 推进 words). Four forms: a county 发改 bureau's plain text of 整改任务一… blocks; a city 人社 bureau's plain text
of problems over their tasks; a district 卫健委's Word table (.docx) of tasks, one row each; a city 城投公司's task
list pasted from a spreadsheet as text with tabs.
Bodies are named 某 (the problems are invented). The gold follows ../shared/gold/README.md: an item is the finest
numbered thing that has its own rectification text, here the task where the list is of tasks (one task per problem)
and the problem where the problem is broken into tasks reported under it; its title is the PROBLEM the task answers
(存在问题 / 问题描述: "the problem as stated"), never the task's name, goal or measures; its label the task's or
problem's number as printed; a problem of several tasks takes their statuses together (rounds 16, 90, 105): done only
when every task is done, in progress where one is not, done and 长期坚持 together done and kept up.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
ROUND = 158
CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


# --- A: a county 发改 bureau 党组, plain text: 二、整改任务清单及完成情况 > （一）…方面 > 整改任务一 on its own line >
# the task's fields one a line (任务来源 / 存在问题 / 整改目标 / 整改措施 / 责任领导 / 牵头单位 / 整改时限 / 完成情况)
# each task: (source, problem, goal, measures, leader, unit, deadline, completion, status, pending)
YOUXIAN = [
    (
        "（一）贯彻落实党中央决策部署和上级工作要求方面",
        [
            (
                "巡察反馈意见第一部分第1条",
                "贯彻落实国家产业政策不够到位，县级重大项目储备不足、前期工作深度不够。",
                "建立重大项目滚动储备机制，储备项目总投资不低于年度计划投资的1.5倍。",
                "1.修订重大项目储备管理办法；2.对储备项目逐一开展前期工作评估；3.每季度调度项目前期工作进度。",
                "局党组书记、局长",
                "项目办",
                "2025年9月30日前",
                "已完成。修订印发《攸县重大项目储备管理办法》，新增储备项目46个、总投资128亿元，完成可研批复项目21个。",
                "done",
                False,
            ),
            (
                "巡察反馈意见第一部分第2条",
                "优化营商环境举措落实不细，部分涉企收费清单未及时公示。",
                "涉企收费清单全部公开，建立动态调整和常态化检查机制。",
                "1.全面梳理涉企收费项目；2.在县政府门户网站集中公示；3.每半年开展一次涉企收费专项检查。",
                "分管副局长",
                "价格股",
                "2025年8月31日前，长期坚持",
                "已完成，并长期坚持。梳理公示涉企收费项目37项，清理取消不合理收费2项，建立半年一检查制度，将长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "巡察反馈意见第一部分第3条",
                "粮食安全责任落实有差距，县级储备粮轮换计划执行不及时。",
                "储备粮轮换按计划执行到位，库存数量真实、质量良好。",
                "1.制定年度轮换计划并按月调度；2.对承储企业开展库存检查；3.完善储备粮轮换考核办法。",
                "分管副局长",
                "粮食和物资储备股",
                "2026年3月31日前",
                "正在推进。已完成年度轮换计划的70%，剩余3000吨储备粮正在组织公开竞价销售，计划2026年3月底前完成轮换入库"
                "。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "巡察反馈意见第二部分第1条",
                "党组主体责任压得不实，党风廉政建设责任清单内容笼统。",
                "责任清单具体到岗、到人，责任落实有记录、可追溯。",
                "1.重新修订党组班子及成员责任清单；2.每半年听取班子成员履行“一岗双责”情况汇报。",
                "局党组书记、局长",
                "办公室",
                "2025年7月31日前",
                "已完成。重新修订党组及班子成员责任清单，细化责任事项42项，2025年下半年听取班子成员履责情况汇报1次。",
                "done",
                False,
            ),
            (
                "巡察反馈意见第二部分第2条",
                "项目审批领域廉政风险防控不到位，个别项目核准材料审核把关不严。",
                "审批环节风险点全部纳入防控，项目核准材料审核实行双人复核。",
                "1.排查审批环节廉政风险点；2.建立项目核准双人复核制度；3.对近三年核准项目开展抽查。",
                "分管副局长",
                "行政审批股",
                "2025年10月31日前",
                "已完成。排查审批环节廉政风险点18个，制定防控措施26条，建立双人复核制度，抽查近三年核准项目35个。",
                "done",
                False,
            ),
            (
                "巡察反馈意见第二部分第3条",
                "违规发放工作补贴问题清退不彻底。",
                "违规发放的补贴全部清退，建立补贴发放审核制度。",
                "1.逐人核实违规发放金额；2.限期清退；3.修订补贴发放管理规定。",
                "局党组书记、局长",
                "财务股",
                "2025年12月31日前",
                "正在推进。已清退违规发放补贴4.2万元，剩余0.6万元涉及2名已调离人员，正在与其所在单位对接追缴。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "巡察反馈意见第三部分第1条",
                "干部队伍结构不优，35岁以下年轻干部占比偏低。",
                "优化干部队伍年龄和专业结构，持续引进培养年轻干部。",
                "1.制定年轻干部培养计划；2.通过公开遴选、选调等方式补充年轻干部；3.实行年轻干部导师帮带制度。",
                "局党组书记、局长",
                "人事股",
                "2025年12月31日前，长期坚持",
                "已完成，长期坚持。制定年轻干部培养计划，2025年遴选35岁以下干部3名，为5名年轻干部明确帮带导师，将长期坚"
                "持。",
                "done_longterm",
                False,
            ),
            (
                "巡察反馈意见第三部分第2条",
                "基层党支部组织生活不规范，“三会一课”记录不完整。",
                "支部组织生活规范开展，记录完整。",
                "1.开展支部组织生活专项检查；2.组织支部书记和组织委员业务培训；3.推行组织生活纪实台账。",
                "机关党委书记",
                "机关党委",
                "2025年8月31日前",
                "已完成。对3个支部开展专项检查，补齐整改记录，组织业务培训1次，推行组织生活纪实台账。",
                "done",
                False,
            ),
        ],
    ),
]


def youxian() -> str:
    lines = [
        "中共攸县某局党组",
        "关于县委巡察反馈意见整改进展情况的通报",
        "",
        "根据县委统一部署，2025年3月10日至5月16日，县委第二巡察组对县某局党组开展了常规巡察，并于2025年6月20日"
        "反馈了巡察意见。按照《中国共产党巡视工作条例》有关要求，现将巡察整改进展情况予以公布。",
        "",
        "一、整改工作开展情况",
        "局党组把巡察整改作为重大政治任务，成立由党组书记任组长的巡察整改工作领导小组，召开专题会议5次。对照县委"
        "巡察组反馈的3个方面8个问题，逐条制定整改任务清单，形成8项整改任务，明确责任领导、牵头单位和整改时限，"
        "实行清单化管理、销号式推进。截至2025年12月10日，8项整改任务已完成6项，正在推进2项。",
        "",
        "二、整改任务清单及完成情况",
    ]
    n = 0
    for aspect, tasks in YOUXIAN:
        lines.append(aspect)
        for source, problem, goal, measures, leader, unit, deadline, done, _, _ in tasks:
            n += 1
            lines += [
                f"整改任务{_cn(n)}",
                f"任务来源：{source}",
                f"存在问题：{problem}",
                f"整改目标：{goal}",
                f"整改措施：{measures}",
                f"责任领导：{leader}",
                f"牵头单位：{unit}",
                f"整改时限：{deadline}",
                f"完成情况：{done}",
                "",
            ]
    lines += [
        "三、下一步工作打算",
        "局党组将继续对照整改任务清单，对正在推进的2项整改任务紧盯时间节点，确保按期完成；对已完成的整改任务开展"
        "“回头看”，防止问题反弹回潮，推动巡察整改成果转化为发展改革工作的实际成效。",
        "",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0731-24212345；邮政信箱：攸县联星街道某局办公室；电子邮箱：yxfgj@163.com。",
        "",
        "中共攸县某局党组",
        "2025年12月15日",
        "",
    ]
    return "\n".join(lines)


# --- B: a city 人社 bureau 党组, plain text: （一）…方面 > 问题N：<problem>。 > 针对该问题，分解为N项整改任务： >
# 任务（1）：<task>。完成情况：<status and facts> one a line; the problem's status is its tasks' together
# each problem: (problem, [(task, completion, task status)], status, pending)
JIUJIANG = [
    (
        "（一）贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "稳就业政策落实不够精准，高校毕业生等重点群体就业帮扶措施针对性不强",
                [
                    ("建立离校未就业高校毕业生实名制帮扶台账", "已完成，台账覆盖离校未就业毕业生1862人", "done"),
                    ("开展“百日千万”招聘专项行动", "已完成，举办专场招聘会26场，提供岗位1.3万个", "done"),
                    (
                        "建设市级零工市场",
                        "正在推进，零工市场主体装修已完成，信息系统正在调试，计划2026年4月投入使用",
                        "in_progress",
                    ),
                ],
                "in_progress",
                True,
            ),
            (
                "社会保险扩面征缴工作推进不力，灵活就业人员参保率偏低",
                [
                    ("开展全民参保精准扩面行动", "已完成，新增灵活就业人员参保1.1万人", "done"),
                    ("优化灵活就业人员参保缴费流程", "已完成，实现“掌上办”“一次办”", "done"),
                ],
                "done",
                False,
            ),
            (
                "欠薪治理长效机制不健全，工程建设领域农民工工资专用账户制度落实不到位",
                [
                    (
                        "对在建工程项目开展工资专用账户专项检查",
                        "已完成，检查在建项目214个，督促开设专用账户19个",
                        "done",
                    ),
                    (
                        "建立欠薪线索“日清月结”工作机制",
                        "已完成，机制已建立运行，将长期坚持",
                        "done_longterm",
                    ),
                ],
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "社保基金监管存在薄弱环节，部分待遇资格认证不及时",
                [
                    ("开展社保基金管理风险专项排查", "已完成，排查疑点数据3260条，追回多领待遇38.6万元", "done"),
                    ("推行待遇领取资格“静默认证”", "已完成，静默认证覆盖率达92%", "done"),
                    ("修订社保基金内控管理制度", "已完成，修订制度7项", "done"),
                ],
                "done",
                False,
            ),
            (
                "职业技能培训补贴审核把关不严，个别培训机构虚报培训人数",
                [
                    ("对近三年培训补贴发放情况开展全面核查", "已完成，核查培训班次412个", "done"),
                    (
                        "追回违规领取的培训补贴",
                        "正在推进，已追回违规资金21.4万元，剩余6.8万元已移交司法机关依法追缴",
                        "in_progress",
                    ),
                ],
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部交流轮岗不够经常，部分关键岗位干部任职时间过长",
                [
                    ("制定关键岗位干部交流轮岗实施办法", "已完成，2025年9月印发实施", "done"),
                    ("对在同一关键岗位任职满5年的干部进行交流", "已完成，交流轮岗干部11名", "done"),
                    ("建立关键岗位干部任职情况动态台账", "已完成，实行每半年更新一次", "done"),
                ],
                "done",
                False,
            ),
            (
                "基层党建与业务工作融合不够，党建品牌创建成效不明显",
                [
                    (
                        "开展“人社服务先锋”党建品牌创建",
                        "正在推进，已制定创建方案，首批3个示范窗口的评审工作正在进行",
                        "in_progress",
                    ),
                    (
                        "推行党员先锋岗和服务承诺制",
                        "正在推进，已在12个服务窗口设立党员先锋岗，其余窗口计划2026年3月底前设立",
                        "in_progress",
                    ),
                ],
                "in_progress",
                True,
            ),
        ],
    ),
]


def jiujiang() -> str:
    lines = [
        "中共九江市某局党组关于市委巡察整改进展情况的通报",
        "",
        "根据市委统一部署，2025年4月8日至6月6日，市委第四巡察组对市某局党组进行了常规巡察。2025年7月10日，"
        "市委巡察组向局党组反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。",
        "",
        "一、整改工作总体情况",
        "局党组坚持把巡察整改作为重要政治任务，第一时间召开党组会议研究部署，制定整改工作方案，将反馈的3个方面"
        "7个问题逐一分解为17项整改任务，明确责任领导、责任科室和完成时限，实行挂图作战、对账销号。"
        "截至2026年1月31日，7个问题中已完成整改4个，正在推进整改3个；17项整改任务已完成13项，正在推进4项。",
        "",
        "二、巡察反馈问题整改落实情况",
    ]
    n = 0
    for aspect, problems in JIUJIANG:
        lines.append(aspect)
        for title, tasks, _, _ in problems:
            n += 1
            lines.append(f"问题{n}：{title}。")
            lines.append(f"针对该问题，分解为{_cn(len(tasks))}项整改任务：")
            for k, (task, done, _) in enumerate(tasks, 1):
                lines.append(f"任务（{k}）：{task}。完成情况：{done}。")
        lines.append("")
    lines += [
        "三、下一步工作安排",
        "局党组将继续保持整改力度不减，对尚未完成的4项整改任务，倒排工期、压实责任，确保如期完成；对已完成的整改任务"
        "适时开展“回头看”，建立健全长效机制，持续巩固整改成效。",
        "",
        "欢迎广大干部群众对巡察整改情况进行监督。联系电话：0792-8581234；"
        "通信地址：九江市濂溪区某局办公室；电子邮箱：jjrsjxczg@163.com。",
        "",
        "中共九江市某局党组",
        "2026年2月6日",
        "",
    ]
    return "\n".join(lines)


# --- C: a district 卫健委 党组, a Word table: 序号 | 任务来源 | 问题描述 | 整改目标 | 整改措施 | 责任领导 | 责任科室
# | 整改时限 | 完成情况, its areas as rows merged across; one task's 完成情况 cell left blank (its deadline not yet
# reached)
# each row: (source, problem, goal, measures, leader, office, deadline, completion, status, pending)
SHUSHAN = [
    (
        "一、贯彻落实党的卫生健康工作方针和上级决策部署方面",
        [
            (
                "反馈意见一（1）",
                "基层医疗卫生服务能力提升不够，部分社区卫生服务中心服务项目不全",
                "各社区卫生服务中心达到服务能力基本标准",
                "对标“优质服务基层行”标准开展达标创建；补齐中医、康复服务短板",
                "党组书记、主任",
                "基层卫生科",
                "2025年10月底",
                "已完成。9个社区卫生服务中心全部达到基本标准，其中3个达到推荐标准",
                "done",
                False,
            ),
            (
                "反馈意见一（2）",
                "家庭医生签约服务重签约轻履约，重点人群随访不到位",
                "重点人群签约服务履约率达到90%以上",
                "建立履约情况月通报制度；将履约质量纳入绩效考核",
                "分管副主任",
                "基层卫生科",
                "2025年9月底，长期坚持",
                "已完成，长期坚持。建立履约月通报制度，重点人群履约率提升至93.6%，将长期坚持",
                "done_longterm",
                False,
            ),
            (
                "反馈意见一（3）",
                "公共卫生应急物资储备管理不规范，部分物资账实不符",
                "应急物资账实相符，建立动态管理台账",
                "开展应急物资全面盘点；建立出入库登记和定期轮换制度",
                "分管副主任",
                "疾病预防控制科",
                "2025年8月底",
                "已完成。盘点物资126类，账实不符问题全部整改，建立动态管理台账",
                "done",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "反馈意见二（1）",
                "医疗卫生领域腐败问题集中整治推进不够深入，个别医疗机构药品耗材采购不规范",
                "药品耗材采购全部纳入平台阳光采购",
                "对辖区医疗机构药品耗材采购开展专项检查；规范线下采购审批",
                "党组书记、主任",
                "医政医管科",
                "2026年3月底",
                "正在推进。已完成辖区12家医疗机构专项检查，发现问题9个，正在督促整改，线下采购审批办法已起草，待党组会"
                "审议",
                "in_progress",
                True,
            ),
            (
                "反馈意见二（2）",
                "财务管理不规范，部分公务接待审批手续不全",
                "公务接待事前审批、事后报销手续完备",
                "修订公务接待管理办法；对2023年以来接待费用开展自查",
                "分管副主任",
                "财务科",
                "2025年9月底",
                "已完成。修订印发公务接待管理办法，自查接待费用报销单据214份，补齐审批手续8份",
                "done",
                False,
            ),
            (
                "反馈意见二（3）",
                "对下属单位监督管理偏弱，民营医疗机构执业行为监管存在盲区",
                "实现对辖区民营医疗机构监督检查全覆盖",
                "制定民营医疗机构分级分类监管办法；开展“双随机”抽查",
                "分管副主任",
                "卫生健康监督所",
                "2026年6月底",
                "",
                "unstated",
                None,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "反馈意见三（1）",
                "卫生专业技术人才引进培养力度不够，社区卫生人才流失较多",
                "健全基层卫生人才引、育、留机制",
                "实施基层卫生人才定向培养计划；落实基层卫生人才职称评聘倾斜政策",
                "党组书记、主任",
                "人事科",
                "2025年12月底",
                "已完成。定向培养全科医生15名，落实职称评聘倾斜政策，2025年基层卫生人才流失率较上年下降4.1个百分点",
                "done",
                False,
            ),
            (
                "反馈意见三（2）",
                "公立医院党建工作责任制落实不到位，党委领导下的院长负责制执行不够规范",
                "公立医院全部完善议事决策规则",
                "指导区属公立医院修订党委会、院长办公会议事规则；开展专项督导",
                "党组书记、主任",
                "机关党委",
                "2026年1月底",
                "正在推进。2家区属公立医院已完成议事规则修订，另1家医院的议事规则已报区委组织部审核",
                "in_progress",
                True,
            ),
            (
                "反馈意见三（3）",
                "党员教育管理不够严格，个别支部党员发展程序不规范",
                "党员发展程序规范，档案材料完整",
                "对近五年发展党员档案开展全面核查；组织发展党员工作业务培训",
                "机关党委书记",
                "机关党委",
                "2025年10月底，长期坚持",
                "已完成，长期坚持。核查发展党员档案47份，补正材料11份，组织业务培训2次，将长期坚持",
                "done_longterm",
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


def shushan(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共合肥市蜀山区某委员会党组", size=22, center=True, font="方正小标宋简体")
    _para(doc, "关于区委巡察反馈意见整改落实情况的通报", size=22, center=True, font="方正小标宋简体")
    _para(
        doc,
        "根据区委统一部署，2025年4月14日至6月13日，区委第三巡察组对区某委党组开展了常规巡察，"
        "并于2025年7月18日反馈了巡察意见。区某委党组坚持把巡察整改作为重大政治任务，按照“问题清单、任务清单、"
        "责任清单”要求，将反馈的3个方面9个问题转化为9项整改任务，逐项明确整改目标、整改措施、责任领导、责任科室和"
        "整改时限。截至2025年12月31日，9项整改任务已完成6项，正在推进2项，1项未到整改时限。"
        "现将整改落实情况予以公布。",
    )
    _para(doc, "一、加强组织领导，压实整改责任", font="黑体")
    _para(
        doc,
        "党组书记切实履行第一责任人职责，召开党组会议4次专题研究整改工作，班子成员按照分工抓好分管领域整改任务，"
        "区纪委监委派驻纪检监察组全程跟踪监督。",
    )
    _para(doc, "二、巡察反馈问题整改任务清单", font="黑体")
    headers = ["序号", "任务来源", "问题描述", "整改目标", "整改措施", "责任领导", "责任科室", "整改时限", "完成情况"]
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
    n = 0
    for aspect, rows in SHUSHAN:
        row = table.add_row().cells
        merged = row[0].merge(row[-1])
        merged.text = aspect
        for source, problem, goal, measures, leader, office, deadline, done, _, _ in rows:
            n += 1
            cells = [str(n), source, problem, goal, measures, leader, office, deadline, done]
            for cell, text in zip(table.add_row().cells, cells, strict=True):
                cell.text = text
    _para(doc, "三、下一步工作打算", font="黑体")
    _para(
        doc,
        "区某委党组将对照整改任务清单持续跟踪问责，对正在推进和未到整改时限的任务按节点推进，确保全部按期完成；"
        "对已完成的任务定期“回头看”，巩固整改成果。欢迎广大干部群众对巡察整改落实情况进行监督。"
        "联系电话：0551-65312345；电子邮箱：ssqwjwxczg@163.com。",
    )
    _para(doc, "中共合肥市蜀山区某委员会党组")
    _para(doc, "2026年1月9日")
    doc.save(str(path))


# --- D: a city 城投公司 党委, a 整改事项清单 pasted from a spreadsheet as text: one row a line, cells split by tabs,
# the header row 事项 | 存在问题 | 整改措施 | 牵头部门 | 责任领导 | 整改时限 | 整改进展, its areas as rows of one cell
# followed by empty cells (tabs), each row numbered 事项N in its first cell
# each row: (problem, measures, dept, leader, deadline, progress, status, pending)
NANCHONG = [
    (
        "（一）贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "聚焦主责主业不够，城市更新项目推进缓慢",
                "制定城市更新项目三年推进计划；实行项目周调度、月通报",
                "投资发展部",
                "党委书记、董事长",
                "2025年12月31日",
                "已完成。3个城市更新项目均已开工，其中2个已完成年度投资计划",
                "done",
                False,
            ),
            (
                "服务城市发展大局作用发挥不充分，保障性租赁住房筹集进度滞后",
                "加快保障性租赁住房项目建设；盘活闲置房产改建保租房",
                "资产运营部",
                "总经理",
                "2025年11月30日",
                "已完成。筹集保障性租赁住房1260套，超额完成年度任务",
                "done",
                False,
            ),
            (
                "防范化解债务风险不够有力，部分融资成本偏高",
                "置换高成本存量债务；建立债务风险监测预警机制",
                "财务融资部",
                "总会计师",
                "2026年6月30日",
                "正在推进。已置换高成本债务8.5亿元，剩余4亿元置换方案已报市财政局审批",
                "in_progress",
                True,
            ),
            (
                "国有资产管理不规范，部分经营性资产出租未公开招租",
                "修订国有资产出租管理办法；对经营性资产出租情况全面清查",
                "资产运营部",
                "分管副总经理",
                "2025年10月31日，长期坚持",
                "已完成，长期坚持。修订出租管理办法，清查经营性资产312处，全部纳入公开招租平台，将长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "工程建设领域廉政风险突出，个别项目存在肢解发包问题",
                "对近三年工程项目发包情况开展专项检查；完善招标采购管理制度",
                "工程管理部",
                "分管副总经理",
                "2025年9月30日",
                "已销号。专项检查项目87个，对2个问题项目追责问责，修订招标采购管理制度3项",
                "done",
                False,
            ),
            (
                "工程变更签证管理不严，部分项目结算审核把关不到位",
                "建立工程变更分级审批制度；委托第三方开展结算复审",
                "工程管理部",
                "分管副总经理",
                "2026年3月31日",
                "基本完成。已建立分级审批制度，第三方结算复审完成11个项目，剩余3个项目正在复审",
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神不够严格，公务用车管理不规范",
                "开展公务用车专项清理；安装车辆定位系统",
                "综合办公室",
                "党委副书记",
                "2025年8月31日",
                "已完成。清理公务用车23辆，全部安装定位系统，实行派车单管理",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "子公司党组织建设薄弱，个别子公司党支部未按期换届",
                "督促子公司党支部按期换届；开展基层党组织标准化建设",
                "党群工作部",
                "党委副书记",
                "2025年10月31日",
                "已完成。2个子公司党支部已完成换届，9个基层党支部全部达到标准化建设要求",
                "done",
                False,
            ),
            (
                "市场化选人用人机制不健全，职业经理人制度推行缓慢",
                "制定职业经理人选聘和管理办法；在2家子公司开展试点",
                "人力资源部",
                "党委书记、董事长",
                "2026年6月30日",
                "正在推进。职业经理人选聘和管理办法已制定，2家试点子公司的公开选聘正在组织报名",
                "in_progress",
                True,
            ),
            (
                "干部考核评价不够科学，考核结果运用不充分",
                "修订中层管理人员考核办法；将考核结果与薪酬、任用挂钩",
                "人力资源部",
                "党委副书记",
                "2025年12月31日，长期坚持",
                "已完成，长效坚持。修订考核办法，2025年度考核结果已运用于3名中层管理人员的调整，将长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
]


def nanchong() -> str:
    lines = [
        "中共南充市某城市建设投资有限公司委员会关于市委巡察反馈意见整改进展情况的通报",
        "",
        "根据市委统一部署，2025年5月6日至7月4日，市委第六巡察组对公司党委开展了常规巡察，2025年8月15日向公司党委"
        "反馈了巡察意见。公司党委坚决扛起整改主体责任，将反馈的3个方面10个问题逐项转化为10个整改事项，"
        "建立整改事项清单。截至2026年2月28日，已完成整改7个，正在推进3个。现将整改进展情况公布如下。",
        "",
        "一、整改工作开展情况",
        "公司党委成立巡察整改工作领导小组，党委书记、董事长任组长，召开党委会议6次专题研究整改工作，实行整改事项"
        "台账管理，每月调度一次，完成一项、销号一项。",
        "",
        "二、整改事项清单",
        "事项\t存在问题\t整改措施\t牵头部门\t责任领导\t整改时限\t整改进展",
    ]
    n = 0
    for aspect, rows in NANCHONG:
        lines.append(aspect + "\t" * 6)
        for problem, measures, dept, leader, deadline, progress, _, _ in rows:
            n += 1
            lines.append("\t".join([f"事项{n}", problem, measures, dept, leader, deadline, progress]))
    lines += [
        "",
        "三、下一步工作",
        "公司党委将坚持目标不变、标准不降、力度不减，对正在推进的3个整改事项加强调度，确保按期完成；对已完成的整改"
        "事项定期开展“回头看”，坚决防止问题反弹。",
        "",
        "欢迎广大干部群众对巡察整改情况进行监督。联系电话：0817-2612345；电子邮箱：nccthzgb@163.com。",
        "",
        "中共南充市某城市建设投资有限公司委员会",
        "2026年3月6日",
        "",
    ]
    return "\n".join(lines)


# --- the gold ------------------------------------------------------------------------------------------------------
def _title(text: str) -> str:
    return unicodedata.normalize("NFKC", text).rstrip("。.")


def _aspect(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


FILES = {
    "youxian": "r158_youxian_county_fgj_renwu_qingdan_zhenggai_renwu_cn_field_blocks.txt",
    "jiujiang": "r158_jiujiang_city_rsj_problems_split_into_tasks_each_own_status.txt",
    "shushan": "r158_shushan_district_wjw_docx_task_list_table_source_goal_columns.docx",
    "nanchong": "r158_nanchong_city_chengtou_shixiang_list_pasted_tabs_aspect_rows.txt",
}


def gold() -> dict:
    notices = []
    items, aspects = [], []
    n = 0
    for aspect, tasks in YOUXIAN:
        for task in tasks:
            n += 1
            items.append([f"整改任务{_cn(n)}", _title(task[1]), task[8], task[9]])
            aspects.append(_aspect(aspect))
    notices.append(
        {
            "file": FILES["youxian"],
            "layout": "written blind from the writer's knowledge of the genre (one pages query, for layout, found no "
            "notice of the form), plain text: a county 发改 bureau 党组 (named 攸县某局 as the brief asks) on a "
            "县委巡察: "
            "title in two lines, opening with the dates, team and feedback date, 一、整改工作开展情况 with the counts "
            "in "
            "tasks (8项整改任务已完成6项，正在推进2项) after 3个方面8个问题, 二、整改任务清单及完成情况 > （一）…方面 "
            "> "
            "整改任务一 alone on its line > 任务来源： / 存在问题： / 整改目标： / 整改措施：1.…；2.… / 责任领导： / "
            "牵头单位： / "
            "整改时限：(a date, 长期坚持 after a comma in two) / 完成情况：<status>。<facts>, 三、下一步工作打算, "
            "contact, "
            "signature and date",
            "agency": "攸县某局党组",
            "region": "攸县",
            "province": "湖南省",
            "prefecture": "株洲市",
            "team": "县委第二巡察组",
            "period": ["2025-03-10", "2025-05-16"],
            "feedback": "2025-06-20",
            "signed": "2025-12-15",
            "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": "中共攸县某局党组",
            "warnings": [],
            "notes": {
                "items": "each 整改任务 answers one feedback problem (8 problems, 8 tasks): the task is the item, as "
                "the finest numbered thing with its own rectification text (gold README, Item fields)",
                "label": "the task's number as printed, 整改任务一 (as round 32's 任务一 and round 80's 整改事项1 keep "
                "their noun)",
                "title": "the 存在问题 field, the problem as stated (gold README: title); the task's 整改目标 and "
                "整改措施 are its rectification, not its title",
                "status": "the 完成情况 field's opening words: 已完成 done, 已完成，并长期坚持 / 已完成，长期坚持 done "
                "and "
                "kept up, 正在推进 in progress; 整改时限's 长期坚持 is a deadline and states nothing (r90)",
                "claimed": "3个方面8个问题 the aspects and problems; 8项整改任务已完成6项，正在推进2项 the completed "
                "and "
                "in-progress counts (the tasks are the problems one to one)",
                "pending": "任务三: 剩余3000吨…正在组织公开竞价销售; 任务六: 正在与其所在单位对接追缴",
            },
        }
    )
    items, aspects = [], []
    n = 0
    for aspect, problems in JIUJIANG:
        for title, _, status, pending in problems:
            n += 1
            items.append([f"问题{n}", _title(title), status, pending])
            aspects.append(_aspect(aspect))
    notices.append(
        {
            "file": FILES["jiujiang"],
            "layout": "written blind, plain text: a city 人社 bureau 党组 (named 九江市某局) on a 市委巡察: title on "
            "one "
            "line, opening, 一、整改工作总体情况 with the problems' counts and apart from them the tasks' "
            "(7个问题中已完成"
            "整改4个，正在推进整改3个；17项整改任务已完成13项，正在推进4项), 二、 > （一）…方面 > 问题N：<problem>。 > "
            "针对该问题，分解为三项整改任务： > 任务（1）：<task>。完成情况：<已完成 / 已完成…将长期坚持 / "
            "正在推进>，<facts>。 "
            "one task a line, a blank line closing each area, 三、下一步工作安排, contact, signature",
            "agency": "九江市某局党组",
            "region": "九江市",
            "province": "江西省",
            "prefecture": "九江市",
            "team": "市委第四巡察组",
            "period": ["2025-04-08", "2025-06-06"],
            "feedback": "2025-07-10",
            "signed": "2026-02-06",
            "claimed": {"aspects": 3, "problems": 7, "completed": 4, "in_progress": 3},
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": "中共九江市某局党组",
            "warnings": [],
            "notes": {
                "items": "the problem is the item: its tasks are numbered under it (任务（1）（2）) and together are "
                "its "
                "rectification text; the tasks are parts of the problem, not problems (gold README: the finest "
                "numbered "
                "PROBLEM with its own rectification text)",
                "status": "the tasks' statuses together (rounds 16, 90, 105): done only when every task is 已完成; in "
                "progress where one is 正在推进; done with a task done and kept up (将长期坚持) done_longterm (问题3)",
                "claimed": "7个问题中，已完成整改4个，正在推进整改3个 the problems' counts; "
                "17项整改任务已完成13项，正在推进4项 "
                "counts tasks, no claim about problems",
                "pending": "问题1: 信息系统正在调试; 问题5: 剩余6.8万元…依法追缴; 问题7: 评审工作正在进行, "
                "其余窗口计划…设立",
            },
        }
    )
    items, aspects, sources = [], [], []
    n = 0
    for aspect, rows in SHUSHAN:
        for row in rows:
            n += 1
            items.append([str(n), _title(row[1]), row[8], row[9]])
            aspects.append(_aspect(aspect))
            sources.append("none" if row[8] == "unstated" else "item")
    notices.append(
        {
            "file": FILES["shushan"],
            "layout": "written blind, a Word document (.docx built by make_r158.py): a district 卫健委 党组 (named "
            "合肥市蜀山区某委员会党组) on a 区委巡察: title in two paragraphs, an opening with dates, team, feedback "
            "date, "
            "3个方面9个问题转化为9项整改任务 and the tasks' counts (已完成6项，正在推进2项，1项未到整改时限), 一、 a "
            "paragraph, "
            "二、巡察反馈问题整改任务清单 > a table 序号 | 任务来源 | 问题描述 | 整改目标 | 整改措施 | 责任领导 | "
            "责任科室 | "
            "整改时限 | 完成情况 with its three areas as rows merged across, 完成情况 <status>。<facts>, one cell "
            "blank (its "
            "deadline 2026年6月底 not reached), 三、下一步工作打算 with contact, signature and date",
            "agency": "合肥市蜀山区某委员会党组",
            "region": "蜀山区",
            "province": "安徽省",
            "prefecture": "合肥市",
            "team": "区委第三巡察组",
            "period": ["2025-04-14", "2025-06-13"],
            "feedback": "2025-07-18",
            "signed": "2026-01-09",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 2},
            "items": items,
            "aspects": aspects,
            "sources": sources,
            "issuer": "中共合肥市蜀山区某委员会党组",
            "warnings": [],
            "notes": {
                "items": "one row per task, each task answering one problem (9 problems, 9 tasks): the row is the item",
                "label": "the 序号 cell",
                "title": "the 问题描述 cell, the problem as stated; 任务来源 (反馈意见一（1）) names where the task "
                "comes "
                "from and is no part of the title",
                "status": "the 完成情况 cell's opening words; row 6's cell is blank: unstated, source none (its "
                "deadline "
                "not reached, which the opening's 1项未到整改时限 confirms)",
                "claimed": "3个方面9个问题; 9项整改任务已完成6项，正在推进2项 the counts (tasks one to one with the "
                "problems); 1项未到整改时限 is no in-progress count",
                "pending": "row 4: 正在督促整改, 待党组会审议; row 8: 已报区委组织部审核; row 6 (blank) null",
            },
        }
    )
    items, aspects = [], []
    n = 0
    for aspect, rows in NANCHONG:
        for row in rows:
            n += 1
            items.append([f"事项{n}", _title(row[0]), row[6], row[7]])
            aspects.append(_aspect(aspect))
    notices.append(
        {
            "file": FILES["nanchong"],
            "layout": "written blind, plain text: a city 城投公司 党委 (named 南充市某城市建设投资有限公司) on a "
            "市委巡察, "
            "its 整改事项清单 pasted from a spreadsheet: title on one line, opening with dates, team, feedback date, "
            "3个方面10个问题 turned into 10个整改事项 and the counts (已完成整改7个，正在推进3个), "
            "一、整改工作开展情况, "
            "二、整改事项清单 > a header row 事项\\t存在问题\\t整改措施\\t牵头部门\\t责任领导\\t整改时限\\t整改进展 > "
            "area rows （一）…方面 followed by six tabs > rows 事项N\\t<problem>\\t… with 整改进展 <status>。<facts> "
            "(已完成 / 已完成，长期坚持 / 已完成，长效坚持 / 已销号 / 基本完成 / 正在推进), 三、下一步工作, contact, "
            "signature",
            "agency": "南充市某城市建设投资有限公司委员会",
            "region": "南充市",
            "province": "四川省",
            "prefecture": "南充市",
            "team": "市委第六巡察组",
            "period": ["2025-05-06", "2025-07-04"],
            "feedback": "2025-08-15",
            "signed": "2026-03-06",
            "claimed": {"aspects": 3, "problems": 10, "completed": 7, "in_progress": 3},
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": "中共南充市某城市建设投资有限公司委员会",
            "warnings": [],
            "notes": {
                "items": "each 整改事项 is one problem turned into a task (10 and 10): the row is the item",
                "label": "the first cell as printed, 事项N (round 80's 整改事项N kept its noun)",
                "title": "the 存在问题 cell",
                "status": "the 整改进展 cell's opening words: 已完成 / 已销号 done (r76, r84), 已完成，长期坚持 and "
                "已完成，"
                "长效坚持 done and kept up, 正在推进 and 基本完成 in progress (r105)",
                "claimed": "3个方面10个问题; 已完成整改7个，正在推进3个",
                "pending": "事项3: 剩余4亿元置换方案已报市财政局审批; 事项6: 剩余3个项目正在复审; 事项9: "
                "公开选聘正在组织报名",
            },
        }
    )
    return {
        "round": ROUND,
        "about": "Round 158 (issue 19): NOTICES WHOSE ITEMS ARE TASKS (整改任务 / 整改事项), not written as problems. "
        "Written blind from the writer's knowledge of the genre (two pages queries, for layout, found no notice of "
        "the form), before reading the parser's code, built by make_r158.py: a county 发改 bureau's 整改任务清单 as "
        "整改任务一 blocks of fields (湖南); a city 人社 bureau's problems each broken into tasks 任务（1）（2）… with "
        "their own 完成情况 (江西); a district 卫健委's task list as a Word table with 任务来源 / 问题描述 / 整改目标 "
        "columns (安徽); a city 城投公司's 整改事项清单 pasted with tabs (四川). Bodies named 某. Gold: where the list "
        "is "
        "of tasks one to one with the problems the task is the item, titled by the problem it answers (存在问题 / "
        "问题描述), labelled by its number as printed; where a problem is broken into tasks reported under it, the "
        "problem is the item and takes its tasks' statuses together (done only when all are).",
        "first_reading": "problems 16/34 (47%), statuses 9/34 (26%), aspects 16/34 (47%), pending 16/34 (47%), header "
        "56/56 (100%) (main at bb8b88c): the 发改 bureau's 整改任务一 blocks unread (its three area headings read as "
        "the items, the tasks' 存在问题 fields nowhere); the 人社 bureau's problems all found but unstated (the "
        "完成情况 of their tasks 任务（1）（2）… not taken together as the problem's status); the 城投公司's tab rows "
        "read with labels 1…10 for the printed 事项1…事项10 (and 事项2's 已完成。…超额完成年度任务 read in progress); "
        "the 卫健委's Word table read right",
        "notices": notices,
    }


if __name__ == "__main__":
    (HERE / FILES["youxian"]).write_text(youxian(), encoding="utf-8")
    (HERE / FILES["jiujiang"]).write_text(jiujiang(), encoding="utf-8")
    shushan(HERE / FILES["shushan"])
    (HERE / FILES["nanchong"]).write_text(nanchong(), encoding="utf-8")
    (HERE / "rounds" / f"r{ROUND}.json").write_text(
        json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
