"""Build round 147's notices and their gold (run once: `python tests/data/genre/make_r147.py`); the files are committed.

Round 147 imitates LEDGERS WHOSE PROGRESS IS A MEASURE (part two, after round 135): each problem's state is given as
a measure of progress rather than a word, in forms round 135 did not use: 完成进度 as a fraction of the measures
(5/5, 已完成3项/共5项); 整改进度 and 时间进度 as percentages written in words (百分之八十) beside a stage
(整改阶段：验收阶段/推进阶段/启动阶段) and an acceptance result (整改结果：已验收/待验收); an Excel ledger whose
整改进度 column is a number formatted as a percentage beside 序时进度 (达到/未达到), a 完成时间 column left empty
while the problem is open, and a 备注 column that says 长期坚持; stars (★★★☆☆) with a note in brackets and a
完成时间 line left empty while the problem is open.
Bodies are named 某 (the problems are invented). The gold follows the gold README: a measure of 100% (all measures,
five stars) is done, anything under is in_progress; 长期坚持 on a done problem is done_longterm; 待验收 after a
100% measure is done with its text pending (the notice counts it among the completed ones).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
ROUND = 147

# --- A: a county bureau 党组 (health), plain text pasted from a Word table: tab-separated rows
# 序号/反馈问题/整改措施/完成进度/备注 under (一) aspect rows; 完成进度 is the fraction of the measures done,
# written k/n or 已完成k项/共n项
RENSHOU = [
    (
        "（一）贯彻落实党的卫生健康工作方针和上级决策部署方面",
        [
            (
                "基层医疗卫生服务能力提升工作推进缓慢，部分乡镇卫生院基本公共卫生服务项目完成率偏低",
                "1.制定基层医疗卫生服务能力提升三年行动方案；2.对12个乡镇卫生院开展业务指导；"
                "3.建立基本公共卫生服务项目季度考核通报制度；4.对完成率排名后3位的卫生院负责人进行约谈。",
                "4/4",
                "",
                "done",
                False,
            ),
            (
                "家庭医生签约服务“签而不约”问题突出，重点人群履约率不高",
                "1.修订家庭医生签约服务考核办法；2.组建家庭医生团队86个；3.开展履约情况电话回访；"
                "4.推行签约服务费与履约质量挂钩；5.建设家庭医生签约服务信息平台。",
                "3/5",
                "第4、5项措施正在推进，信息平台正在开发，预计2026年6月底前完成。",
                "in_progress",
                True,
            ),
            (
                "医疗卫生领域群众身边不正之风整治不深入",
                "1.开展医疗卫生领域群众身边不正之风专项整治；2.设立举报电话和意见箱；3.对查实的2起问题严肃处理。",
                "已完成3项/共3项",
                "长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "医保基金监管存在漏洞，个别定点医疗机构违规收费问题未及时查处",
                "1.联合县医保局开展定点医疗机构专项检查；2.追回违规收费资金18.6万元；"
                "3.对2家机构负责人进行诫勉谈话；4.建立医保基金使用月度分析制度。",
                "已完成4项/共4项",
                "",
                "done",
                False,
            ),
            (
                "政府采购管理不规范，部分医疗设备采购未按规定公开招标",
                "1.修订局机关及直属单位政府采购管理办法；2.对2023年以来的采购项目逐项复核；3.建设采购内控信息系统。",
                "已完成2项/共3项",
                "采购内控信息系统正在调试，计划2026年3月上线运行。",
                "in_progress",
                True,
            ),
            (
                "公务用车管理不严格，存在公车私用苗头",
                "1.安装公务用车北斗定位系统；2.实行公务用车“一车一档”；3.每季度开展公务用车使用情况抽查。",
                "3/3",
                "长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部队伍结构不合理，公共卫生专业技术人才短缺",
                "1.制定公共卫生人才引进计划；2.公开招聘公共卫生专业技术人员；3.与川北医学院签订人才培养协议。",
                "1/3",
                "招聘方案已报县人力资源和社会保障局审批，人才培养协议正在洽谈。",
                "in_progress",
                True,
            ),
            (
                "基层党支部“三会一课”制度落实不到位，党建与业务融合不紧密",
                "1.统一规范“三会一课”记录本；2.开展支部书记轮训1期；3.开展“党建+健康服务”主题实践活动。",
                "3/3",
                "",
                "done",
                False,
            ),
        ],
    ),
]


def renshou() -> str:
    lines = [
        "中共仁寿县某局党组关于县委巡察反馈意见整改进展情况的通报",
        "",
        "根据县委统一部署，2025年3月17日至5月16日，县委第二巡察组对县某局党组开展了常规巡察，"
        "并于2025年6月20日向局党组反馈了巡察意见。局党组坚持把巡察整改作为重大政治任务，"
        "对反馈的3个方面8个问题逐项制定整改措施，建立整改台账，实行挂图作战、对账销号。"
        "截至2025年12月31日，反馈的8个问题中，已完成整改5个，正在整改3个。现将整改进展情况通报如下。",
        "",
        "一、整改工作组织情况",
        "局党组成立巡察整改工作领导小组，党组书记任组长，召开党组会议专题研究整改工作6次，"
        "逐项明确责任领导、责任股室和完成时限。",
        "",
        "二、巡察反馈问题整改进展情况",
        "（完成进度为已完成整改措施数与整改措施总数之比）",
        "序号\t反馈问题\t整改措施\t完成进度\t备注",
    ]
    n = 0
    for aspect, problems in RENSHOU:
        lines.append(aspect)
        for title, measures, progress, remark, _, _ in problems:
            n += 1
            lines.append("\t".join([str(n), title, measures, progress, remark]))
    lines += [
        "",
        "三、下一步工作打算",
        "局党组将对正在整改的3个问题紧盯时间节点，逐项推进落实；对已完成整改的问题适时开展“回头看”，"
        "防止问题反弹回潮，推动巡察整改成果转化为卫生健康事业高质量发展的实际成效。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：028-36212589；电子邮箱：rsxwjj@163.com。",
        "",
        "中共仁寿县某局党组",
        "2026年1月15日",
    ]
    return "\n".join(lines) + "\n"


# --- B: a city bureau 党组 (housing and construction), plain text: (一) aspects > N. problems numbered through,
# each with the lines 整改措施 / 整改阶段 (验收阶段/推进阶段/启动阶段) / 整改进度 and 时间进度 as percentages written in
# words / 整改结果 (已验收/待验收, only where the problem has reached its acceptance stage)
JIUJIANG = [
    (
        "（一）贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "城镇老旧小区改造推进不力，部分项目未按期开工",
                "建立老旧小区改造项目周调度机制，11个计划项目已开工9个，剩余2个小区因管线迁改正在施工准备。",
                "推进阶段",
                "百分之八十",
                "百分之百",
                "",
                "in_progress",
                True,
            ),
            (
                "保障性住房分配管理不规范，个别不符合条件对象违规享受住房保障",
                "对全市保障性住房承租对象开展全面复核，清退不符合条件对象17户，建立部门信息共享核查机制。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "已验收",
                "done",
                False,
            ),
            (
                "建筑市场秩序整治不深入，违法分包、挂靠等问题仍有发生",
                "开展建筑市场秩序专项整治，检查在建项目126个，查处违法分包、挂靠行为9起，纳入信用惩戒。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "已验收，长期坚持",
                "done_longterm",
                False,
            ),
            (
                "城市燃气安全隐患排查整治不彻底",
                "完成全市燃气管网隐患排查，整改隐患点位342处，更换老旧管道46公里，已提请市安委会办公室组织验收。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "待验收",
                "done",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "工程项目招投标监管存在漏洞，评标专家管理不严",
                "修订评标专家管理办法，清退不合格评标专家23名，实行评标专家随机抽取、全程留痕。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "已验收",
                "done",
                False,
            ),
            (
                "住房公积金贷款审核把关不严",
                "已完成2023年以来贷款档案抽查，公积金贷款审批系统升级方案正在论证。",
                "启动阶段",
                "百分之三十",
                "百分之五十",
                "",
                "in_progress",
                True,
            ),
            (
                "违规收受礼品礼金问题时有发生",
                "开展违规收送礼品礼金问题专项治理，干部职工签订廉洁承诺书，对2名违规人员给予党纪处分。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "已验收，长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部交流轮岗不及时，重点岗位人员长期未轮岗",
                "制定重点岗位干部交流轮岗办法，对在同一岗位任职满5年的14名干部进行了交流轮岗。",
                "验收阶段",
                "百分之百",
                "百分之百",
                "已验收",
                "done",
                False,
            ),
            (
                "基层党组织建设薄弱，下属事业单位党支部换届不及时",
                "已完成3个党支部的换届选举，其余2个党支部的换届工作正在筹备。",
                "推进阶段",
                "百分之六十",
                "百分之八十",
                "",
                "in_progress",
                True,
            ),
        ],
    ),
]


def jiujiang() -> str:
    lines = [
        "中共九江市某局党组",
        "关于市委巡察反馈意见整改进展情况的通报",
        "",
        "按照市委统一部署，2025年4月8日至6月10日，市委第三巡察组对市某局党组开展了常规巡察，"
        "2025年7月18日反馈了巡察意见。局党组对照反馈的3个方面9个问题，制定整改措施42条，建立问题、任务、责任“三张清单”。"
        "截至2026年2月28日，已完成整改6个（其中已验收5个、待验收1个），正在推进3个。现将整改进展情况通报如下。",
        "",
        "一、提高政治站位，扛牢整改责任",
        "局党组召开专题会议研究部署整改工作，主要负责同志履行第一责任人职责，班子成员分兵把口，每月调度整改进度。",
        "",
        "二、巡察反馈问题整改进展情况",
    ]
    n = 0
    for aspect, problems in JIUJIANG:
        lines.append(aspect)
        for title, measures, stage, done, due, result, _, _ in problems:
            n += 1
            lines += [
                f"{n}.{title}。",
                f"整改措施：{measures}",
                f"整改阶段：{stage}",
                f"整改进度：{done}；时间进度：{due}",
            ]
            if result:
                lines.append(f"整改结果：{result}")
    lines += [
        "",
        "三、下一步工作",
        "局党组将对正在推进的3个问题倒排工期，确保整改进度跟上时间进度；对待验收的问题主动对接验收，"
        "对已验收的问题建立长效机制，防止反弹。",
        "欢迎社会各界对巡察整改工作进行监督。联系电话：0792-8225136；电子邮箱：jjzjjdzb@163.com。",
        "",
        "中共九江市某局党组",
        "2026年3月10日",
    ]
    return "\n".join(lines) + "\n"


# --- C: a state-owned port group 党委, an Excel ledger: title and opening in merged rows, then the table
# 序号/反馈问题/整改措施/责任部门/整改时限/整改进度/序时进度/完成时间/备注 with (一) aspect rows merged across;
# 整改进度 is a number formatted as a percentage, 完成时间 is empty while the problem is open, 备注 says 长期坚持
LIANYUNGANG = [
    (
        "（一）贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "服务国家战略和地方发展大局站位不高，港口集疏运体系建设推进缓慢",
                "制定集疏运体系建设三年行动计划；推进铁路专用线二期工程建设；开通海铁联运班列2条。",
                "规划发展部",
                "2026年6月",
                0.75,
                "未达到",
                "",
                "铁路专用线二期工程正在施工",
                "in_progress",
                True,
            ),
            (
                "主业竞争力不强，集装箱航线开辟进展滞后",
                "成立航线开发专班；新开辟近洋集装箱航线3条；与2家船公司签订战略合作协议。",
                "市场营销部",
                "2025年12月",
                1,
                "达到",
                "2025年11月",
                "",
                "done",
                False,
            ),
            (
                "安全生产主体责任落实不到位，危险货物堆场隐患整治不彻底",
                "开展危险货物堆场隐患专项整治，整改隐患58项；修订安全生产责任制；每月开展安全检查。",
                "安全环保部",
                "2025年10月",
                1,
                "达到",
                "2025年10月",
                "长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "“三重一大”决策制度执行不严格，个别项目未经集体决策",
                "修订“三重一大”决策制度实施办法；对2022年以来的重大事项决策逐项复核；对相关责任人进行批评教育。",
                "党委办公室",
                "2025年9月",
                1,
                "达到",
                "2025年9月",
                "",
                "done",
                False,
            ),
            (
                "工程建设项目管理不规范，存在先施工后招标问题",
                "对涉及的4个项目开展专项审计；修订工程建设项目管理办法；对3名责任人给予问责。",
                "工程管理部",
                "2026年3月",
                0.9,
                "达到",
                "",
                "审计整改报告正在编制",
                "in_progress",
                True,
            ),
            (
                "违规发放津补贴问题",
                "清退违规发放的津补贴32.4万元；修订薪酬管理办法；建立津补贴发放审核制度。",
                "人力资源部",
                "2025年12月",
                1,
                "达到",
                "2025年12月",
                "长期坚持",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "中层干部年龄结构老化，年轻干部储备不足",
                "制定年轻干部培养选拔实施办法；开展中层干部竞争上岗，选拔35岁以下中层干部6名。",
                "组织人事部",
                "2026年1月",
                1,
                "达到",
                "2026年1月",
                "",
                "done",
                False,
            ),
            (
                "下属企业党建工作薄弱，党建与生产经营“两张皮”",
                "修订下属企业党建工作考核办法；开展“一企一品”党建品牌创建，已创建3个，其余4家企业正在创建中。",
                "党群工作部",
                "2026年6月",
                0.6,
                "未达到",
                "",
                "",
                "in_progress",
                True,
            ),
        ],
    ),
]

LIANYUNGANG_OPENING = (
    "根据市委统一部署，2025年5月6日至7月4日，市委第四巡察组对连云港市某港务集团有限公司党委开展了常规巡察，"
    "2025年8月15日反馈了巡察意见。集团党委对反馈的3个方面8个问题照单全收，逐项制定整改措施，建立整改台账。"
    "截至2026年1月31日，已完成整改5个，正在整改3个。现将整改进展情况以台账形式公布如下。"
)


def lianyungang(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    header = ["序号", "反馈问题", "整改措施", "责任部门", "整改时限", "整改进度", "序时进度", "完成时间", "备注"]
    width = len(header)

    def merged(text: str, *, bold: bool = False, size: int = 11) -> None:
        ws.append([text])
        row = ws.max_row
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        cell = ws.cell(row=row, column=1)
        cell.font = Font(bold=bold, size=size)
        cell.alignment = Alignment(wrap_text=True)

    merged("中共连云港市某港务集团有限公司委员会关于市委巡察反馈意见整改进展情况的通报", bold=True, size=16)
    merged(LIANYUNGANG_OPENING)
    ws.append(header)
    n = 0
    for aspect, problems in LIANYUNGANG:
        merged(aspect, bold=True)
        for title, measures, dept, due, progress, pace, finished, remark, _, _ in problems:
            n += 1
            ws.append([n, title, measures, dept, due, progress, pace, finished or None, remark or None])
            ws.cell(row=ws.max_row, column=6).number_format = "0%"
    merged(
        "下一步，集团党委将对正在整改的3个问题加强跟踪督办，对序时进度未达到的问题约谈责任部门负责人，确保按期完成；"
        "对已完成整改的问题开展“回头看”，巩固整改成果。欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。"
        "联系电话：0518-82387716；电子邮箱：lygxgjt_dw@163.com。"
    )
    merged("中共连云港市某港务集团有限公司委员会")
    merged("2026年2月12日")
    for col, w in zip("ABCDEFGHI", [6, 40, 50, 12, 12, 10, 10, 12, 24], strict=True):
        ws.column_dimensions[col].width = w
    wb.save(str(path))


# --- D: a city college 党委, plain text: (一) aspects > N. problems, each with 整改措施 / 完成情况 as stars with a
# note in brackets (★★★★★ done; fewer stars, a share still open) / 完成时间 (left empty while the problem is open)
XIANGYANG = [
    (
        "（一）党的领导和立德树人根本任务落实方面",
        [
            (
                "落实立德树人根本任务不够到位，思政课程与课程思政协同不够",
                "制定课程思政建设实施方案，立项建设课程思政示范课程20门，开展思政课教师与专业课教师集体备课。",
                "★★★★★（已完成）",
                "2025年11月",
                "done",
                False,
            ),
            (
                "产教融合、校企合作深度不够，订单班培养规模偏小",
                "新增校企合作企业5家，开设订单班4个；与另外2家企业的合作协议正在商签。",
                "★★★☆☆（完成60%）",
                "",
                "in_progress",
                True,
            ),
            (
                "意识形态工作责任制落实不到位，对校园网络阵地管理不严",
                "修订意识形态工作责任制实施细则，清理关停不合规校园网站和新媒体账号11个，建立网络阵地备案审核制度。",
                "★★★★★（已完成，长期坚持）",
                "2025年10月",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）全面从严治党和党风廉政建设方面",
        [
            (
                "基建项目管理不规范，个别工程结算审核不严",
                "委托第三方对2022年以来的8个基建项目结算开展复审，核减工程款46.3万元，修订基建工程管理办法。",
                "★★★★★（已完成）",
                "2025年12月",
                "done",
                False,
            ),
            (
                "科研经费管理使用不规范，存在超范围列支",
                "对超范围列支的科研经费逐项清理，已追回9.2万元；剩余2个项目的经费待结题审计后清理。",
                "★★★★☆（完成80%）",
                "",
                "in_progress",
                True,
            ),
            (
                "学生资助工作存在漏洞，个别资助对象认定不精准",
                "对全校家庭经济困难学生开展复核，取消不符合条件学生资助资格12人，建立资助对象动态调整机制。",
                "★★★★★（已完成，长期坚持）",
                "2026年1月",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）领导班子和干部队伍建设方面",
        [
            (
                "“双师型”教师比例偏低，高层次人才引进困难",
                "制定“双师型”教师认定和培养办法，选派34名教师赴企业实践；高层次人才引进公告已发布，正在组织招聘。",
                "★★☆☆☆（完成40%）",
                "",
                "in_progress",
                True,
            ),
            (
                "二级学院党组织会议和党政联席会议制度执行不严",
                "修订二级学院党组织会议和党政联席会议议事规则，对9个二级学院会议记录开展专项检查。",
                "★★★★★（已完成）",
                "2025年9月",
                "done",
                False,
            ),
        ],
    ),
]


def xiangyang() -> str:
    lines = [
        "中共襄阳市某职业技术学院委员会关于市委巡察反馈意见整改进展情况的通报",
        "",
        "根据市委统一部署，2025年3月24日至5月23日，市委第一巡察组对学院党委开展了常规巡察，"
        "2025年6月27日反馈了巡察意见。学院党委对反馈的3个方面8个问题逐项建立整改台账，"
        "以星级标示整改完成情况（★★★★★为已完成整改，每少一颗星表示尚有约20%的整改任务未完成）。"
        "截至2026年2月28日，已完成整改5个，正在推进3个。现将整改进展情况通报如下。",
        "",
        "一、整改工作总体情况",
        "学院党委召开专题民主生活会，对照反馈问题深刻剖析，党委书记带头领办重点问题，班子成员分工负责、逐项推进。",
        "",
        "二、反馈问题整改进展情况",
    ]
    n = 0
    for aspect, problems in XIANGYANG:
        lines.append(aspect)
        for title, measures, stars, finished, _, _ in problems:
            n += 1
            lines += [f"{n}.{title}", f"整改措施：{measures}", f"完成情况：{stars}", f"完成时间：{finished}"]
    lines += [
        "",
        "三、下一步工作打算",
        "学院党委将对正在推进的3个问题实行清单化管理，明确完成时限，确保整改到位；坚持标本兼治，"
        "健全完善长效机制，推动学院事业高质量发展。",
        "欢迎广大师生员工和社会各界对巡察整改落实情况进行监督。联系电话：0710-3526718；电子邮箱：xyzy_dw@163.com。",
        "",
        "中共襄阳市某职业技术学院委员会",
        "2026年3月12日",
    ]
    return "\n".join(lines) + "\n"


# --- the gold ------------------------------------------------------------------------------------------------------
def _nfkc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def _gold_title(text: str) -> str:
    """The title as the rounds print it: NFKC, and a closing 问题 is no part of a title (it names the kind of heading,
    as earlier rounds' notes say), unless it is the object of 等 or of 存在/出现/发生 in its clause."""
    title = _nfkc(text)
    if (
        title.endswith("问题")
        and not title.endswith("等问题")
        and not re.search(r"(?:存在|出现|发生)[^,;]*问题$", title)
    ):
        title = title[:-2].removesuffix("的")
    return title


def _items(aspects, title_at: int, status_at: int, pending_at: int):
    items, names = [], []
    n = 0
    for aspect, problems in aspects:
        for p in problems:
            n += 1
            items.append([str(n), _gold_title(p[title_at]), p[status_at], p[pending_at]])
            names.append(_nfkc(aspect))
    return items, names


RENSHOU_FILE = "r147_renshou_county_health_bureau_tab_ledger_fraction_of_measures_progress.txt"
JIUJIANG_FILE = "r147_jiujiang_city_housing_bureau_stage_progress_in_words_time_progress_acceptance.txt"
LIANYUNGANG_FILE = "r147_lianyungang_port_group_xlsx_percent_cells_pace_finish_date_remark_longterm.xlsx"
XIANGYANG_FILE = "r147_xiangyang_college_star_rating_progress_empty_finish_time.txt"


def gold() -> list[dict]:
    def notice(
        file,
        layout,
        agency,
        region,
        province,
        prefecture,
        team,
        period,
        feedback,
        signed,
        claimed,
        items,
        aspects,
        issuer,
        notes,
    ):
        return {
            "file": file,
            "layout": layout,
            "agency": agency,
            "region": region,
            "province": province,
            "prefecture": prefecture,
            "team": team,
            "period": period,
            "feedback": feedback,
            "signed": signed,
            "claimed": claimed,
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": issuer,
            "warnings": [],
            "notes": notes,
        }

    blind = "written blind from the writer's knowledge of the genre (before reading the parser's code)"
    a_items, a_aspects = _items(RENSHOU, 0, 4, 5)
    b_items, b_aspects = _items(JIUJIANG, 0, 6, 7)
    c_items, c_aspects = _items(LIANYUNGANG, 0, 8, 9)
    d_items, d_aspects = _items(XIANGYANG, 0, 4, 5)
    return [
        notice(
            RENSHOU_FILE,
            f"{blind}, plain text pasted from a Word table: a county bureau 党组 (health; named 仁寿县某局 as the "
            "brief asks) on a 县委巡察, one-line title, opening with dates, team, feedback date and counts "
            "(3个方面8个问题 … 已完成整改5个，正在整改3个), 一、 work paragraph, 二、 with a note saying "
            "完成进度 is measures done of measures, then tab-separated rows 序号/反馈问题/整改措施/完成进度/备注 "
            "under （一） aspect rows; 完成进度 written k/n (4/4, 3/5) or 已完成k项/共n项, "
            "备注 长期坚持 or the open work; 三、下一步, contact, signature",
            "仁寿县某局党组",
            "仁寿县",
            "四川省",
            "眉山市",
            "县委第二巡察组",
            ["2025-03-17", "2025-05-16"],
            "2025-06-20",
            "2026-01-15",
            {"aspects": 3, "problems": 8, "completed": 5, "in_progress": 3},
            a_items,
            a_aspects,
            "中共仁寿县某局党组",
            {
                "status": "完成进度 n/n (all measures done) is done, k/n with k<n in_progress (the gold README: a "
                "measure of 100% is done, anything under in_progress); 备注 长期坚持 on a done problem "
                "is done_longterm",
                "pending": "the in_progress rows' 备注 state the open work (信息平台正在开发, 系统正在调试, 报…审批)",
                "claimed": "3个方面8个问题 … 已完成整改5个，正在整改3个",
            },
        ),
        notice(
            JIUJIANG_FILE,
            f"{blind}, plain text: a city bureau 党组 (housing and construction; named 九江市某局) on a 市委巡察, "
            "title in two lines, opening with counts (3个方面9个问题 … 已完成整改6个（其中已验收5个、待验收1个），"
            "正在推进3个), 一、 work, 二、 with （一） aspects > N.<problem>。 numbered through, each with 整改措施：, "
            "整改阶段：验收阶段/推进阶段/启动阶段, 整改进度：百分之N；时间进度：百分之N (percentages in words), and "
            "整改结果：已验收/已验收，长期坚持/待验收 on the problems at their acceptance stage; 三、下一步, contact, "
            "signature",
            "九江市某局党组",
            "九江市",
            "江西省",
            "九江市",
            "市委第三巡察组",
            ["2025-04-08", "2025-06-10"],
            "2025-07-18",
            "2026-03-10",
            {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
            b_items,
            b_aspects,
            "中共九江市某局党组",
            {
                "status": "整改进度 百分之百 is done, under it in_progress (the gold README's measure rule); 时间进度 "
                "is the share of the time elapsed, no status; 整改结果 已验收，长期坚持 is done_longterm; 待验收 after "
                "百分之百 is done, the notice counting it among the 6 completed (其中…待验收1个)",
                "pending": "item 4 (待验收): 已提请…组织验收, acceptance still to come; in_progress items state the "
                "open work (正在施工准备, 正在论证, 正在筹备)",
                "claimed": "3个方面9个问题 … 已完成整改6个 … 正在推进3个",
            },
        ),
        notice(
            LIANYUNGANG_FILE,
            f"{blind}, an Excel ledger (.xlsx, one sheet): a state-owned port group 党委 (named 连云港市某港务集团有限"
            "公司) on a 市委巡察: title and opening (dates, team, feedback, 3个方面8个问题, "
            "已完成整改5个，正在整改3个) in merged rows, then columns 序号/反馈问题/整改措施/责任部门/整改时限/"
            "整改进度/序时进度/完成时间/备注 with （一） aspect rows merged across; 整改进度 a number formatted 0% "
            "(1 → 100%, 0.75 → 75%), 序时进度 达到/"
            "未达到, 完成时间 empty while open, 备注 长期坚持 or the open work; 下一步 with contact, signature and "
            "date in merged rows",
            "连云港市某港务集团有限公司委员会",
            "连云港市",
            "江苏省",
            "连云港市",
            "市委第四巡察组",
            ["2025-05-06", "2025-07-04"],
            "2025-08-15",
            "2026-02-12",
            {"aspects": 3, "problems": 8, "completed": 5, "in_progress": 3},
            c_items,
            c_aspects,
            "中共连云港市某港务集团有限公司委员会",
            {
                "status": "整改进度 100% (with a 完成时间) is done, under 100% (完成时间 empty) in_progress, whatever "
                "序时进度 says (达到 is on schedule, not finished: item 5 is 90% and 达到); 备注 长期坚持 on a done "
                "problem is done_longterm",
                "pending": "the open rows state the open work (正在施工, 正在编制, 正在创建中)",
                "claimed": "3个方面8个问题 … 已完成整改5个，正在整改3个",
            },
        ),
        notice(
            XIANGYANG_FILE,
            f"{blind}, plain text: a city college 党委 (named 襄阳市某职业技术学院) on a 市委巡察, one-line title, "
            "opening with dates, team, feedback, counts and the star legend (★★★★★为已完成整改，每少一颗星…), 一、 "
            "work, 二、 with （一） aspects > N.<problem> (no full stop), each with 整改措施：, 完成情况：★★★☆☆（完成"
            "60%）/★★★★★（已完成）/★★★★★（已完成，长期坚持）, and 完成时间： with a month or left empty while open; "
            "三、下一步, contact, signature",
            "襄阳市某职业技术学院委员会",
            "襄阳市",
            "湖北省",
            "襄阳市",
            "市委第一巡察组",
            ["2025-03-24", "2025-05-23"],
            "2025-06-27",
            "2026-03-12",
            {"aspects": 3, "problems": 8, "completed": 5, "in_progress": 3},
            d_items,
            d_aspects,
            "中共襄阳市某职业技术学院委员会",
            {
                "status": "five stars (already 已完成 in the bracket) is done, fewer in_progress (the measure rule and "
                "the legend); 已完成，长期坚持 is done_longterm; the empty 完成时间 agrees",
                "pending": "the in_progress items state the open work (正在商签, 待结题审计后清理, 正在组织招聘)",
                "claimed": "3个方面8个问题 … 已完成整改5个，正在推进3个",
            },
        ),
    ]


ABOUT = (
    "Round 147 (issue 19): LEDGERS WHOSE PROGRESS IS A MEASURE, part two (after round 135), written blind (0 queries "
    "run, before reading the parser's code) from the writer's knowledge of the genre and built by make_r147.py: a "
    "county bureau's ledger pasted as tab-separated text with 完成进度 as a fraction of the measures (4/4, 3/5, "
    "已完成2项/共3项) and 备注 长期坚持 (四川); a city bureau's plain text with 整改阶段 (验收/推进/启动阶段), "
    "整改进度 and 时间进度 as percentages in words (百分之八十) and 整改结果 已验收/待验收 (江西); a "
    "state-owned port group's Excel ledger with 整改进度 as percent-formatted numbers, "
    "序时进度 达到/未达到, a 完成时间 column empty while open "
    "and 备注 长期坚持 (江苏); a city college's plain text with stars ★★★☆☆ and a bracketed note, and a 完成时间 line "
    "empty while open (湖北). Bodies named 某 (the problems are invented). Gold by the gold README: a measure of 100% "
    "is done, anything under in_progress; 长期坚持 on a done problem done_longterm; 待验收 after 100% done with its "
    "text pending (the notice counts it completed). After the round was committed, one slip of the writer's gold was "
    "put right: the 连云港 ledger's 违规发放津补贴问题 had kept its closing 问题, which every round's gold drops (it "
    "names the kind of heading, unless 等 or 存在 governs it); the first reading was measured again on main (0e7532c) "
    "with that gold, and the first commit's figures (problems 32/33, statuses 24/33, aspects 32/33, pending 31/33) "
    "replaced."
)


if __name__ == "__main__":
    (HERE / RENSHOU_FILE).write_text(renshou(), encoding="utf-8")
    (HERE / JIUJIANG_FILE).write_text(jiujiang(), encoding="utf-8")
    lianyungang(HERE / LIANYUNGANG_FILE)
    (HERE / XIANGYANG_FILE).write_text(xiangyang(), encoding="utf-8")
    rounds = HERE / "rounds" / f"r{ROUND}.json"
    # the first reading and the gaps still open are written by hand after the measure: a rebuild keeps them
    old = json.loads(rounds.read_text(encoding="utf-8")) if rounds.exists() else {"first_reading": "", "notices": []}
    kept = {n["file"]: {k: n[k] for k in ("gap", "items_gap") if k in n} for n in old["notices"]}
    notices = [{**n, **kept.get(n["file"], {})} for n in gold()]
    data = {"round": ROUND, "about": ABOUT, "first_reading": old["first_reading"], "notices": notices}
    rounds.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(rounds)
