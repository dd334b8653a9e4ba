# ruff: noqa: E501  (the notices' paragraphs and the gold's layout lines are kept a line each)
"""Build round 165's notices and their gold (run once: `python tests/data/genre/make_r165.py`); the files are committed.

Round 165 imitates LONG NOTICES: a provincial or municipal 巡视 notice of a big body with 20–30 problems, written
blind (before reading the parser's code): a city bureau 党组 under a 省委巡视 (一、…方面 aspects > （一） groups >
1. 2. problems numbered through the notice, the status in the closing sentence of each 整改情况 paragraph), a
prefecture-level university 党委 (问题1–问题24 blocks, each with 整改措施 and 整改进展 fields: 已完成 / 取得阶段性
进展 / 已完成，需长期坚持), a province-owned group 党委 (problems numbered afresh in each area, a 完成情况 line each,
the opening's 共发现问题27个，已完成23个，正在推进4个 agreeing with the list). Plain text; bodies named 某.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 165

D, L, P, U = "done", "done_longterm", "in_progress", "unstated"


def nfkc_title(title: str) -> str:
    return unicodedata.normalize("NFKC", title).rstrip("。.")


# --- A: 襄阳 city bureau under a 省委巡视, three levels, numbered through -------------------------------------------
# (group, [(title, measures, closing status sentence, status, pending)])
XY = [
    (
        "一、贯彻落实党的理论和路线方针政策及党中央决策部署方面",
        [
            (
                "（一）学习贯彻习近平新时代中国特色社会主义思想不够深入",
                [
                    (
                        "党组理论学习中心组学习计划性不强，专题研讨质量不高。",
                        "修订《党组理论学习中心组学习制度》，年初制定学习计划，每次专题研讨确定1名班子成员重点发言，2025年下半年开展专题研讨6次。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "运用党的创新理论指导解决交通运输发展难题的办法不多。",
                        "围绕综合交通枢纽建设、农村公路养护等5个课题开展调研，形成调研报告5篇，提出的11条对策建议纳入年度工作要点。",
                        "该问题已完成整改，并长期坚持。",
                        L,
                        False,
                    ),
                    (
                        "对局属单位理论学习督促指导不够，个别单位学习流于形式。",
                        "建立局属单位理论学习列席旁听制度，党组成员旁听局属单位学习14次，对学习记录不规范的2个单位进行通报。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                ],
            ),
            (
                "（二）服务全市高质量发展大局不够有力",
                [
                    (
                        "综合交通枢纽建设推进缓慢，部分项目前期工作滞后。",
                        "建立重点项目局领导包联机制，逐项梳理用地、资金等制约因素，协调解决问题23个；东津综合客运枢纽已开工建设，另有1个货运枢纽项目用地报批正在省自然资源厅审查中。",
                        "该问题正在推进整改，计划2026年6月底前完成。",
                        P,
                        True,
                    ),
                    (
                        "农村公路管养机制不健全，部分路段养护不及时。",
                        "制定《农村公路养护管理办法》，落实县乡村三级路长制，2025年完成农村公路养护里程1260公里。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "优化营商环境举措不实，涉企审批事项办理时限压缩不到位。",
                        "梳理涉企审批事项38项，推行容缺受理和并联审批，平均办理时限压缩45%。",
                        "该问题已完成整改，并长期坚持。",
                        L,
                        False,
                    ),
                ],
            ),
            (
                "（三）防范化解重大风险有差距",
                [
                    (
                        "道路运输安全监管存在薄弱环节，隐患排查整治闭环管理不够。",
                        "开展道路运输安全生产治本攻坚行动，排查整治隐患612处，建立隐患整改销号台账。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "交通建设领域欠薪问题化解不彻底。",
                        "对在建项目逐一排查农民工工资支付情况，督促支付欠薪1860万元；剩余2个项目的欠薪正在通过司法程序追缴中。",
                        "该问题正在推进整改。",
                        P,
                        True,
                    ),
                ],
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "（一）党组主体责任落实不够到位",
                [
                    (
                        "党组研究党风廉政建设工作不经常，压力传导层层递减。",
                        "制定党组落实全面从严治党主体责任清单，每季度专题研究党风廉政建设工作，2025年下半年专题研究2次。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "对局属事业单位监管不力，内控制度执行不严。",
                        "对局属4家事业单位开展内部控制专项检查，督促修订完善制度17项。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "“一岗双责”落实不到位，班子成员对分管领域廉政风险提醒不够。",
                        "建立班子成员分管领域廉政风险提醒谈话制度，开展提醒谈话52人次。",
                        "该问题已完成整改，并长期坚持。",
                        L,
                        False,
                    ),
                ],
            ),
            (
                "（二）重点领域廉洁风险防控存在漏洞",
                [
                    (
                        "交通建设项目招投标监管不严，个别项目存在围标串标风险。",
                        "修订招投标监督管理办法，上线电子招投标监管平台，对2022年以来的项目开展专项检查，移交问题线索2条。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "工程变更和计量支付管理不规范。",
                        "制定工程变更管理办法，对12个在建项目的设计变更逐一复核，核减工程款386万元。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "超限超载治理执法不规范，罚没款管理存在漏洞。",
                        "开展执法案卷专项评查，规范罚没款收缴流程；执法记录仪和执法系统联网改造正在实施中。",
                        "该问题正在推进整改，计划2026年3月底前完成。",
                        P,
                        True,
                    ),
                ],
            ),
            (
                "（三）落实中央八项规定精神不够严格",
                [
                    (
                        "公务用车管理不规范，存在私车公养现象。",
                        "开展公务用车专项治理，安装车辆定位系统，对2名违规人员给予党纪处分。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "违规发放津贴补贴问题仍有发生。",
                        "对2021年以来津贴补贴发放情况全面清查，清退违规发放资金21.6万元。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "会议费、培训费管理不严，存在超标准列支现象。",
                        "修订会议费、培训费管理办法，对超标准列支的费用予以追回。",
                        "该问题已完成整改，并长期坚持。",
                        L,
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "（一）干部队伍建设存在短板",
                [
                    (
                        "干部年龄结构不合理，专业化干部缺乏。",
                        "制定干部队伍建设规划，通过公开遴选、公开招聘充实专业干部6名；另有4个专业技术岗位待2026年全市事业单位公开招聘后补充。",
                        "该问题正在推进整改。",
                        P,
                        True,
                    ),
                    (
                        "干部教育培训针对性不强。",
                        "制定年度干部教育培训计划，举办交通工程管理、安全监管等专题培训班4期。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "干部交流轮岗不够，部分关键岗位人员长期未轮岗。",
                        "制定关键岗位干部交流轮岗办法，对在同一岗位任职满5年的9名干部进行交流。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                ],
            ),
            (
                "（二）基层党组织建设不够规范",
                [
                    (
                        "机关党支部“三会一课”制度落实不严格。",
                        "开展机关党支部标准化规范化建设，建立组织生活纪实台账，每季度检查一次。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "党员发展和教育管理不规范，个别党员档案材料缺失。",
                        "对全局党员档案进行全面清理，补齐缺失材料31份，规范发展党员程序。",
                        "目前，该问题已完成整改。",
                        D,
                        False,
                    ),
                    (
                        "党建与业务融合不够，党建品牌创建成效不明显。",
                        "开展“交通先锋”党建品牌创建，确定示范党支部3个，将党建考核结果与业务考评挂钩。",
                        "该问题已完成整改，并长期坚持。",
                        L,
                        False,
                    ),
                    (
                        "局属企业党组织建设滞后，2家企业党组织未按期换届。",
                        "督促1家企业党组织完成换届；另1家企业因改制重组，党组织换届选举的请示已报市直机关工委待批复。",
                        "该问题正在推进整改。",
                        P,
                        True,
                    ),
                ],
            ),
        ],
    ),
]

# --- B: 邵阳 university under a 省委巡视, 问题N blocks with 整改措施 / 整改进展 ----------------------------------------
SY = [
    (
        "（一）贯彻落实党的理论和路线方针政策及党中央决策部署方面",
        [
            (
                "学校党委理论学习中心组学习制度落实不够严格，学习内容与学校中心工作结合不紧。",
                "修订《党委理论学习中心组学习实施办法》，制定年度学习计划，围绕教育强国建设开展专题研讨。",
                "已完成。2025年秋季学期开展专题学习8次、专题研讨4次。",
                D,
                False,
            ),
            (
                "落实立德树人根本任务不够到位，思政课程与课程思政协同不够。",
                "制定课程思政建设实施方案，立项建设课程思政示范课程40门，开展思政课教师集体备课。",
                "已完成，需长期坚持。",
                L,
                False,
            ),
            (
                "服务地方经济社会发展能力不强，产教融合深度不够。",
                "与邵阳市12家重点企业签订校企合作协议，共建产业学院2个；第3个产业学院建设方案正在报省教育厅审批。",
                "取得阶段性进展。",
                P,
                True,
            ),
            (
                "学科专业结构与区域产业需求匹配度不高。",
                "开展专业设置评估，停招专业3个，新增智能制造工程、数字经济等专业4个。",
                "已完成。",
                D,
                False,
            ),
            (
                "意识形态工作责任制落实不够到位，校园网络阵地管理不严。",
                "修订意识形态工作责任制实施细则，对全校网站和新媒体账号开展清理整顿，关停不合格账号17个。",
                "已完成，需长期坚持。",
                L,
                False,
            ),
            (
                "安全稳定工作存在薄弱环节，实验室安全隐患排查不彻底。",
                "开展实验室安全专项整治，排查整改隐患136处，建立实验室安全准入制度。",
                "已完成。",
                D,
                False,
            ),
            (
                "科研成果转化率低，横向科研经费增长缓慢。",
                "出台科技成果转化管理办法，设立成果转化专项奖励；2025年横向科研经费同比增长31%。",
                "取得阶段性进展。",
                P,
                None,
            ),
            (
                "民族团结进步教育开展不够深入。",
                "将民族团结进步教育纳入新生入学教育和思政课教学，举办主题活动6场。",
                "已完成。",
                D,
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "学校党委履行全面从严治党主体责任不够到位，压力传导不够。",
                "制定学校党委和班子成员全面从严治党主体责任清单，每半年专题研究一次党风廉政建设工作。",
                "已完成。",
                D,
                False,
            ),
            (
                "基建工程管理不规范，个别项目未批先建。",
                "开展基建工程专项审计，对3个项目补办审批手续，修订基建工程管理办法。",
                "已完成。",
                D,
                False,
            ),
            (
                "招生录取和考试管理存在廉政风险。",
                "修订招生工作管理办法，实行招生全过程纪检监督，建立考务工作回避制度。",
                "已完成，需长期坚持。",
                L,
                False,
            ),
            (
                "科研经费管理使用不规范，存在违规报销现象。",
                "开展科研经费专项检查，追回违规报销经费12.8万元，上线科研经费管理信息系统。",
                "已完成。",
                D,
                False,
            ),
            (
                "物资采购管理不严，部分采购项目化整为零规避公开招标。",
                "修订采购管理办法，建立采购项目归集审核机制，对化整为零问题的相关责任人进行诫勉谈话。",
                "已完成。",
                D,
                False,
            ),
            (
                "校办企业监管缺位，国有资产存在流失风险。",
                "对2家校办企业开展清产核资，1家企业已完成脱钩剥离；另1家企业的资产处置方案正在报主管部门审批。",
                "取得阶段性进展。",
                P,
                True,
            ),
            (
                "违反中央八项规定精神问题仍有发生，公务接待管理不严。",
                "开展公务接待专项检查，修订公务接待管理办法，对违规接待的2名责任人给予党纪处分。",
                "已完成。",
                D,
                False,
            ),
            ("二级学院纪检委员作用发挥不够。", "配齐二级学院纪检委员，举办纪检委员业务培训2期。", "已完成。", D, False),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "领导班子配备不够及时，部分二级单位主要负责人长期空缺。",
                "调整配备二级单位主要负责人7名，全部配齐。",
                "已完成。",
                D,
                False,
            ),
            (
                "高层次人才引进培养力度不够，博士学位教师比例偏低。",
                "出台高层次人才引进办法，2025年引进博士23名；选派青年教师在职攻读博士学位15名，正在攻读中。",
                "取得阶段性进展。",
                P,
                True,
            ),
            (
                "基层党组织建设不够规范，教师党支部“双带头人”培育不足。",
                "实施教师党支部书记“双带头人”培育工程，“双带头人”比例达到100%。",
                "已完成。",
                D,
                False,
            ),
            (
                "发展党员工作不够规范，个别学生党员发展程序不完整。",
                "对2020年以来发展的学生党员档案逐一核查，补正程序材料46份，开展发展党员工作专项培训。",
                "已完成。",
                D,
                False,
            ),
            (
                "干部考核评价机制不健全，考核结果运用不充分。",
                "修订中层干部考核办法，将考核结果与干部选拔任用、绩效分配挂钩。",
                "已完成，需长期坚持。",
                L,
                False,
            ),
            (
                "师德师风建设长效机制不健全。",
                "修订师德失范行为处理办法，建立师德档案，对2起师德失范行为严肃处理。",
                "已完成。",
                D,
                False,
            ),
            (
                "人事档案管理不规范，个别干部档案信息不准确。",
                "开展干部人事档案专项审核，认定出生日期等信息21人次；剩余退休人员档案的审核正在开展中。",
                "取得阶段性进展。",
                P,
                True,
            ),
            (
                "离退休干部党支部作用发挥不够。",
                "调整设置离退休干部党支部5个，建立离退休干部党员联系制度。",
                "已完成。",
                D,
                False,
            ),
        ],
    ),
]

# --- C: 安徽 province-owned group under a 省委巡视, problems numbered afresh per area, 完成情况 lines -------------------
AH = [
    (
        "（一）贯彻落实党中央决策部署和省委工作要求方面",
        [
            (
                "服务全省重大战略不够有力，主业聚焦不够，非主业投资占比偏高。",
                "修订《投资管理办法》，清理退出非主业项目5个，回收资金2.6亿元。",
                "已完成",
                D,
                False,
            ),
            (
                "推动科技创新力度不够，研发投入强度偏低。",
                "制定科技创新三年行动方案，2025年研发投入同比增长28%，新建省级研发平台2个。",
                "已完成",
                D,
                False,
            ),
            (
                "防范化解重大风险有差距，部分子公司应收账款清收不力。",
                "成立应收账款清收专班，累计清收3.9亿元；剩余1.2亿元已进入司法执行程序，正在等待法院执行。",
                "正在推进",
                P,
                True,
            ),
            (
                "债务风险管控不严，个别子公司资产负债率超过警戒线。",
                "制定子公司降杠杆减负债方案，3家子公司资产负债率均已降至警戒线以下。",
                "已完成",
                D,
                False,
            ),
            (
                "安全生产主体责任落实不到位，隐患排查整治不彻底。",
                "开展安全生产治本攻坚行动，排查整改隐患842处，建立隐患整改闭环管理台账。",
                "已完成并长期坚持",
                L,
                False,
            ),
            (
                "国有企业改革深化提升行动推进缓慢。",
                "梳理改革任务42项，已完成39项；剩余3项任务正在推进中。",
                "正在推进",
                P,
                True,
            ),
            (
                "参与乡村振兴和定点帮扶成效不明显。",
                "调整定点帮扶项目4个，投入帮扶资金860万元，消费帮扶采购额1230万元。",
                "已完成",
                D,
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "集团公司党委对下属企业监督管理偏软，“三重一大”决策制度执行不严。",
                "修订《“三重一大”决策制度实施办法》，对16家子公司重大决策事项开展专项检查，督促整改问题29个。",
                "已完成",
                D,
                False,
            ),
            (
                "工程项目招投标管理不规范，存在化整为零规避招标问题。",
                "开展工程建设领域专项整治，问责责任人6人；上线集团招标采购管理平台。",
                "已完成",
                D,
                False,
            ),
            (
                "违反中央八项规定精神问题仍有发生，公务用车管理存在漏洞。",
                "开展公务用车专项治理，安装车辆定位系统，对违规人员给予党纪处分3人。",
                "已完成并长期坚持",
                L,
                False,
            ),
            (
                "选人用人和薪酬管理不规范，违规发放奖金补贴。",
                "清退违规发放奖金补贴136.4万元，修订薪酬管理办法。",
                "已完成",
                D,
                False,
            ),
            (
                "资金管理存在漏洞，个别子公司违规出借资金。",
                "收回违规出借资金5800万元，建立资金集中管控平台。",
                "已完成",
                D,
                False,
            ),
            (
                "对巡视巡察和审计发现问题整改不到位。",
                "建立问题整改清单，对历次巡察、审计发现的83个问题逐项销号。",
                "已完成",
                D,
                False,
            ),
            ("纪检监察机构监督作用发挥不够。", "充实子公司专职纪检干部11名，开展专项监督检查7次。", "已完成", D, False),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "领导班子配备不够及时，部分子公司长期缺职。",
                "已完成5家子公司班子调整补充；另有1家子公司总经理人选正在履行考察程序。",
                "正在推进",
                P,
                True,
            ),
            (
                "年轻干部培养选拔力度不够，干部队伍年龄结构老化。",
                "实施年轻干部培养计划，提拔使用40岁以下干部18名。",
                "已完成",
                D,
                False,
            ),
            (
                "基层党组织建设存在薄弱环节，党建与生产经营融合不够。",
                "开展基层党组织标准化建设，新建党员先锋岗36个，将党建考核结果与企业负责人薪酬挂钩。",
                "已完成并长期坚持",
                L,
                False,
            ),
            (
                "人才队伍结构不合理，专业技术人才短缺。",
                "引进专业技术人才52名，建立职业经理人制度。",
                "已完成",
                D,
                False,
            ),
            ("干部考核评价体系不健全。", "修订经营管理人员综合考核评价办法，实行差异化考核。", "已完成", D, False),
            (
                "党员教育管理不够严格，个别党支部组织生活不规范。",
                "开展党支部组织生活专项检查，对7个党支部进行督促整改。",
                "已完成",
                D,
                False,
            ),
            (
                "混合所有制企业党建工作薄弱。",
                "在6家混合所有制企业全部建立党组织，明确党建工作进入章程。",
                "已完成",
                D,
                False,
            ),
        ],
    ),
    (
        "（四）落实巡视、审计等监督发现问题整改方面",
        [
            (
                "上一轮巡视整改不彻底，部分问题反弹回潮。",
                "对上一轮巡视反馈问题开展“回头看”，对反弹的4个问题重新整改销号。",
                "已完成",
                D,
                False,
            ),
            (
                "审计发现问题整改不到位，部分资金未追回。",
                "追回审计发现违规资金2300万元，剩余680万元正在通过诉讼程序追缴中。",
                "正在推进",
                P,
                True,
            ),
            (
                "整改长效机制建设不够，制度执行不严。",
                "新建和修订制度46项，开展制度执行情况专项检查。",
                "已完成并长期坚持",
                L,
                False,
            ),
            ("整改日常监督不到位。", "将巡视整改纳入日常监督重点，开展整改督查3轮。", "已完成", D, False),
            (
                "整改责任压得不实，个别子公司整改敷衍应付。",
                "对整改敷衍应付的2家子公司负责人进行约谈，问责2人。",
                "已完成",
                D,
                False,
            ),
            (
                "整改成果运用不充分，以案促改不够深入。",
                "召开警示教育大会2次，编印典型案例通报，推动完善制度12项。",
                "已完成",
                D,
                False,
            ),
        ],
    ),
]


def count(items: list[tuple[str, str, str, str, bool | None]]) -> tuple[int, int]:
    done = sum(s in (D, L) for *_, s, _ in items)
    return done, len(items) - done


def xiangyang() -> tuple[str, dict]:
    flat = [it for _, groups in XY for _, items in groups for it in items]
    done, open_ = count(flat)
    ngroups = sum(len(g) for _, g in XY)
    lines = [
        "中共襄阳市某局党组关于省委巡视反馈意见整改进展情况的通报",
        "",
        f"根据省委统一部署，2025年3月5日至5月16日，省委第七巡视组对襄阳市开展了常规巡视，并对市某局党组开展了延伸巡视。2025年6月27日，省委第七巡视组向襄阳市委反馈了巡视意见，其中涉及市某局的问题由市某局党组负责整改落实。市某局党组坚持把巡视整改作为重大政治任务，成立由党组书记任组长的巡视整改工作领导小组，召开党组会议9次专题研究部署，对照省委巡视反馈的{len(XY)}个方面{ngroups}类{len(flat)}个问题，逐项制定整改措施87条，建立完善制度32项。截至2025年12月15日，{len(flat)}个问题中已完成整改{done}个，正在推进整改{open_}个。按照巡视工作有关要求，现将整改进展情况予以公布。",
        "",
    ]
    items, aspects, groups = [], [], []
    n = 0
    for aspect, grouplist in XY:
        lines += [aspect, ""]
        for group, probs in grouplist:
            lines += [group, ""]
            for title, text, closing, status, pending in probs:
                n += 1
                lines += [f"{n}.{title}", f"整改情况：{text}{closing}", ""]
                items.append([str(n), nfkc_title(title), status, pending])
                aspects.append(aspect)
                groups.append(group)
    lines += [
        "四、下一步工作打算",
        "",
        f"市某局党组将持续巩固深化巡视整改成果，对已完成的整改事项适时开展“回头看”，对正在推进的{open_}个问题紧盯不放、挂图作战，确保按时整改到位；坚持标本兼治，推动建立长效机制，以巡视整改实效推动全市交通运输事业高质量发展。",
        "",
        "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0710-3XXXXXX；邮政信箱：襄阳市某局党组巡视整改工作领导小组办公室（襄阳市樊城区某路18号）；电子邮箱：xyjtxszg@163.com。",
        "",
        "中共襄阳市某局党组",
        "2025年12月26日",
        "",
    ]
    gold = {
        "file": "r165_xiangyang_city_bureau_xunshi_three_levels_numbered_through_closing_status_sentence.txt",
        "layout": "written blind (before reading the parser's code) from the writer's knowledge of the genre, as plain text: a LONG notice (24 problems) of a prefecture-level city bureau 党组 (襄阳市某局 as the brief asks) on the part of a 省委巡视 of the city extended to it: one-line title, an opening paragraph holding team, dates, the work done and the counts (3个方面8类24个问题 among 87条 measures and 32项 rules that count no problem; 已完成整改19个，正在推进整改5个), then straight away 一、二、三、…方面 aspects > （一）（二）（三） group lines without 。 > 1.–24. problems numbered through the notice, each followed by one 整改情况： paragraph whose CLOSING sentence states the status (目前，该问题已完成整改。/该问题已完成整改，并长期坚持。/该问题正在推进整改[，计划…前完成]。), 四、下一步工作打算 (recalling the 5 open problems), contact, signature and date",
        "agency": "襄阳市某局党组",
        "region": "襄阳市",
        "province": "湖北省",
        "prefecture": "襄阳市",
        "team": "省委第七巡视组",
        "period": ["2025-03-05", "2025-05-16"],
        "feedback": "2025-06-27",
        "signed": "2025-12-26",
        "claimed": {
            "aspects": len(XY),
            "problem_groups": ngroups,
            "problems": len(flat),
            "completed": done,
            "in_progress": open_,
        },
        "items": items,
        "aspects": aspects,
        "groups": groups,
        "sources": ["item"] * len(items),
        "issuer": "中共襄阳市某局党组",
        "warnings": [],
        "notes": {
            "aspects": "the 一、…方面 heading, the top level of three (r162, r33)",
            "groups": "the （一） line between aspect and problem, as printed (r162)",
            "labels": "1.–24. numbered through the notice",
            "status": "the closing sentence of the 整改情况 paragraph: 已完成整改 done, 已完成整改，并长期坚持 done_longterm (gold README …并长期坚持), 正在推进整改 in_progress",
            "claimed": "3个方面8类24个问题: aspects 3, problem_groups 8 (r104), problems 24; 已完成整改19个, 正在推进整改5个; 87条 measures and 32项 rules count no problem; the 5 in 下一步 restates the open count",
            "pending": "the in-progress items each state concrete unfinished work (正在…审查中, 正在…追缴中, 正在实施中, 待…招聘后补充, 报…待批复): true; the done items none: false",
            "team": "the 省委 team that inspected the city and extended to the bureau (r115)",
            "region": "襄阳市 as the bureau's name writes it; a prefecture-level city, so prefecture 襄阳市",
        },
    }
    return "\n".join(lines), gold


def shaoyang() -> tuple[str, dict]:
    flat = [it for _, items in SY for it in items]
    done, open_ = count(flat)
    longterm = sum(s == L for *_, s, _ in flat)
    lines = [
        "中共邵阳某学院委员会关于省委巡视整改进展情况的通报",
        "",
        "根据省委统一部署，2025年4月7日至6月13日，省委第九巡视组对中共邵阳某学院委员会开展了常规巡视。2025年8月1日，省委第九巡视组向学校党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "",
        "一、整改工作总体情况",
        "",
        f"学校党委坚决扛起巡视整改政治责任，成立由党委书记、校长任双组长的巡视整改工作领导小组，下设综合协调组和督查问责组。对照省委巡视反馈的{len(SY)}个方面{len(flat)}个问题，制定整改措施96条，建立问题、任务、责任“三张清单”，实行销号管理。截至2025年12月31日，{len(flat)}个问题中已完成整改{done}个（其中{longterm}个需长期坚持），取得阶段性进展{open_}个；修订完善制度41项，给予党纪政务处分3人，诫勉谈话5人。",
        "",
        "二、巡视反馈问题整改落实情况",
        "",
    ]
    items, aspects = [], []
    n = 0
    for aspect, probs in SY:
        lines += [aspect, ""]
        for title, measures, progress, status, pending in probs:
            n += 1
            lines += [f"问题{n}：{title}", f"整改措施：{measures}", f"整改进展：{progress}", ""]
            items.append([f"问题{n}", nfkc_title(title), status, pending])
            aspects.append(aspect)
    lines += [
        "三、下一步工作安排",
        "",
        "学校党委将以此次巡视整改为契机，对已完成的整改事项巩固提升，对取得阶段性进展的问题持续用力、跟踪问效，对需长期坚持的问题建立长效机制，推动学校高质量发展。",
        "",
        "欢迎广大师生员工、校友和社会各界对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0739-5XXXXXX；电子邮箱：syxyxszg@163.com；通信地址：湖南省邵阳市大祥区某路88号邵阳某学院党委巡视整改工作领导小组办公室，邮编：422000。",
        "",
        "中共邵阳某学院委员会",
        "2026年1月16日",
        "",
    ]
    gold = {
        "file": "r165_shaoyang_university_xunshi_wenti_n_measures_progress_fields_24_problems.txt",
        "layout": "written blind (before reading the parser's code) from the writer's knowledge of the genre, as plain text: a LONG notice (24 problems) of a university 党委 in a prefecture-level city (邵阳某学院 as the brief asks) on a 省委巡视: one-line title, an opening with team, dates and feedback date, 一、整改工作总体情况 with the counts (3个方面24个问题; 已完成整改19个（其中3个需长期坚持），取得阶段性进展5个) among numbers that count no problem (96条, 41项, 3人, 5人), 二、 with （一）…方面 aspects > 问题1：…问题24： lines numbered through, each with a 整改措施： field and a 整改进展： field opening with the status (已完成。/已完成，需长期坚持。/取得阶段性进展。), 三、下一步工作安排, contact with a postcode, signature and date",
        "agency": "邵阳某学院委员会",
        "region": "邵阳",
        "province": "湖南省",
        "prefecture": "邵阳市",
        "team": "省委第九巡视组",
        "period": ["2025-04-07", "2025-06-13"],
        "feedback": "2025-08-01",
        "signed": "2026-01-16",
        "claimed": {"aspects": len(SY), "problems": len(flat), "completed": done, "in_progress": open_},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共邵阳某学院委员会",
        "warnings": [],
        "notes": {
            "labels": "问题1–问题24 as printed (r121)",
            "status": "the 整改进展 field's opening: 已完成 done, 已完成，需长期坚持 done_longterm (r104), 取得阶段性进展 in_progress (work under way, not finished)",
            "claimed": "3个方面24个问题; 已完成整改19个 (its 其中3个需长期坚持 is part of the 19) completed, 取得阶段性进展5个 in_progress; 96条/41项/3人/5人 count no problem",
            "pending": "in-progress items with concrete unfinished work (正在报…审批, 正在攻读中, 正在开展中) true; 问题7's progress is a figure with no stated unfinished step: null; done items false",
            "region": "邵阳 as the college's name writes it (r75 赣州某学院); prefecture from the gazetteer",
        },
    }
    return "\n".join(lines), gold


def anhui() -> tuple[str, dict]:
    flat = [it for _, items in AH for it in items]
    done, open_ = count(flat)
    lines = [
        "中共安徽省某集团有限公司委员会",
        "关于省委巡视整改进展情况的通报",
        "",
        f"根据省委统一部署，2025年3月17日至5月23日，省委第五巡视组对安徽省某集团有限公司党委开展了常规巡视，2025年7月10日向集团公司党委反馈了巡视意见。巡视共发现问题{len(flat)}个，截至2025年11月30日，已完成{done}个，正在推进{open_}个。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "",
        "一、提高政治站位，压紧压实整改责任",
        "",
        f"集团公司党委召开党委会、专题民主生活会研究部署巡视整改工作，成立由党委书记、董事长任组长的整改工作领导小组，对省委巡视反馈的{len(AH)}个方面问题逐项制定整改措施112条，明确责任领导、责任部门和完成时限，坚持每月调度、每季督查。整改中共清退违规资金136.4万元，问责11人，建立完善制度46项。",
        "",
        "二、巡视反馈问题整改落实情况",
        "",
    ]
    items, aspects = [], []
    for aspect, probs in AH:
        lines += [aspect, ""]
        for k, (title, measures, state, status, pending) in enumerate(probs, 1):
            lines += [f"{k}.问题：{title}", f"整改措施及成效：{measures}", f"完成情况：{state}", ""]
            items.append([str(k), nfkc_title(title), status, pending])
            aspects.append(aspect)
    lines += [
        "三、下一步工作打算",
        "",
        "集团公司党委将持续深化巡视整改，对已完成的问题适时开展“回头看”，对正在推进的问题倒排工期、跟踪问效，确保全部整改到位；坚持举一反三，健全长效机制，推动集团公司高质量发展。",
        "",
        "欢迎广大干部职工和社会各界对巡视整改落实情况进行监督。联系电话：0551-6XXXXXXX；通信地址：安徽省合肥市蜀山区某路66号；电子邮箱：ahjtdwxs@163.com。",
        "",
        "中共安徽省某集团有限公司委员会",
        "2025年12月12日",
        "",
    ]
    gold = {
        "file": "r165_anhui_province_group_xunshi_numbered_per_area_wenti_completion_line_27_problems.txt",
        "layout": "written blind (before reading the parser's code) from the writer's knowledge of the genre, as plain text: a LONG notice (27 problems) of a province-owned group 党委 (安徽省某集团 as the brief asks) on a 省委巡视: title in two lines 中共…委员会 / 关于省委巡视整改进展情况的通报, an opening with team, dates, feedback date and the counts 巡视共发现问题27个，…已完成23个，正在推进4个, 一、<work heading> paragraph (4个方面问题, 112条, 136.4万元, 11人, 46项 count no problem), 二、 with （一）…（四）…方面 aspects > problems numbered AFRESH in each area 1.问题：<title> > 整改措施及成效：<text> > 完成情况：已完成/已完成并长期坚持/正在推进, 三、下一步工作打算, contact, signature and date",
        "agency": "安徽省某集团有限公司委员会",
        "region": "安徽省",
        "province": "安徽省",
        "prefecture": None,
        "team": "省委第五巡视组",
        "period": ["2025-03-17", "2025-05-23"],
        "feedback": "2025-07-10",
        "signed": "2025-12-12",
        "claimed": {"aspects": len(AH), "problems": len(flat), "completed": done, "in_progress": open_},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共安徽省某集团有限公司委员会",
        "warnings": [],
        "notes": {
            "labels": "1. 2. restarting in each area, kept as printed (gold README: duplicates kept)",
            "title": "the text after 问题：, without that field name, trailing 。 removed",
            "status": "the 完成情况 line: 已完成 done, 已完成并长期坚持 done_longterm, 正在推进 in_progress",
            "claimed": "巡视共发现问题27个, 已完成23个, 正在推进4个; 4个方面 in the work section: aspects 4; 112条/136.4万元/11人/46项 count no problem",
            "pending": "the in-progress items each state concrete unfinished work (正在等待法院执行, 正在推进中, 正在履行考察程序, 正在…追缴中): true; done items false",
            "region": "安徽省 as the group's name writes it (r29, r43); no prefecture",
        },
    }
    return "\n".join(lines), gold


def main() -> None:
    notices = []
    for build in (xiangyang, shaoyang, anhui):
        text, gold = build()
        (HERE / gold["file"]).write_text(text, encoding="utf-8")
        notices.append(gold)
    path = HERE / "rounds" / f"r{ROUND}.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {
        "round": ROUND,
        "about": old.get("about", ""),
        "first_reading": old.get("first_reading", ""),
        "notices": [
            {**gold, **{k: v for k, v in prev.items() if k == "gap"}}
            for gold, prev in zip(notices, old.get("notices", [{}] * len(notices)), strict=True)
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
