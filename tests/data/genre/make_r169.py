"""Build round 169's notices and their gold items (run once: `python tests/data/genre/make_r169.py`); the files are
committed.

Round 169 imitates SQUEEZED LAYOUTS WITH GROUP HEADINGS (part two of round 162's road): a user copies a notice from a
page or a PDF that joined its paragraphs into one or a few lines, and the problems stand under group headings. Each
notice is written here FIRST in its line-broken form (the paragraphs below, which the gold is read from), then only
its squeezed form is written out:
  A  a county 统计局 党组: 问题一：关于…方面 group headings (areas, no text of their own) over 1. problems numbered
     through the notice, each problem ending in 。 and followed by 整改情况：<measures>, the status the last sentence
     of that paragraph; the WHOLE notice, title included, in ONE line with nothing between paragraphs;
  B  a city 城管局 党组: four levels, 一、…方面 aspects > （一）…。 groups ending in 。 > 1. problems numbered through
     > 整改情况：（1）…；（2）… measures run on into a status sentence; only the problems' part squeezed into one line
     (the furniture keeps its lines);
  C  a district 街道党工委: 一是…方面。 group headings over ① ② problems restarting in each group, each with
     整改情况：… and a status sentence run on (one item without any); the whole notice squeezed into a few lines
     broken at paragraph ends that fall nowhere in particular;
  D  a city college 党委: （一）关于…方面 group headings over 一是/二是 problems restarting in each group, whose
     整改情况 holds 1. 2. measures and ends in a status sentence; the problems' part squeezed into one line per group.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 169

CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).rstrip("。")


# a problem: (title as printed without its number, ending 。; its 整改情况 with the status run on; status; pending)

# --- A: 安福县某局党组 (a county 统计局), 问题一：关于…方面 groups over 1. problems numbered through, one line
ANFU = [
    (
        "问题一：关于贯彻落实党中央决策部署和上级工作要求方面",
        [
            (
                "学习贯彻习近平总书记关于统计工作重要论述不够深入，党组理论学习中心组专题学习次数偏少。",
                "整改情况：修订党组理论学习中心组学习制度，将习近平总书记关于统计工作重要论述列入年度学习计划，2026年以来开展专题学习6次、交流研讨2次。目前该问题已完成整改。",
                "done",
                False,
            ),
            (
                "防范和惩治统计造假、弄虚作假责任落实不到位，对乡镇统计数据质量审核把关不严。",
                "整改情况：制定防范和惩治统计造假、弄虚作假责任清单，建立统计数据质量“三级审核”制度，已对19个乡镇（场）开展数据质量核查，剩余的规模以上企业核查正在按季度推进。目前该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "统计执法检查力度不够，“双随机”抽查覆盖面偏窄。",
                "整改情况：制定年度统计执法检查计划，将“双随机”抽查比例由8%提高到15%，全年检查调查对象64家，立案查处统计违法案件3起。该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "问题二：关于落实全面从严治党主体责任和监督责任方面",
        [
            (
                "党组履行全面从严治党主体责任不够有力，党组会专题研究党风廉政建设工作不多。",
                "整改情况：制定党组落实全面从严治党主体责任清单，明确党组书记、班子成员责任事项32项，每半年召开党组会专题研究党风廉政建设工作。目前该问题已完成整改。",
                "done",
                False,
            ),
            (
                "财务管理不够规范，存在公务接待清单填写不全、报销凭证附件不齐的问题。",
                "整改情况：修订《机关财务管理办法》《公务接待管理规定》，对2023年以来的报销凭证逐笔清理，补齐附件47份，组织财务人员专题培训1次。目前该问题已完成整改。",
                "done",
                False,
            ),
            (
                "普查经费使用管理不严格，部分普查项目经费结余未及时清理。",
                "整改情况：对2023年以来的普查项目经费开展全面清理，已清理结余资金12.6万元，其余2个项目的结余资金待项目审计结束后上缴县财政。目前该问题正在整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "问题三：关于落实新时代党的组织路线方面",
        [
            (
                "干部队伍结构不优，专业统计人才缺乏，业务培训针对性不强。",
                "整改情况：制定干部队伍建设三年规划，通过公开遴选补充专业人员2名，举办统计业务培训班3期，培训基层统计人员210人次。该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "机关党支部组织生活不够规范，“三会一课”记录不完整。",
                "整改情况：对照《中国共产党支部工作条例（试行）》开展自查，规范“三会一课”记录本，建立支部组织生活月提醒制度。目前该问题已完成整改。",
                "done",
                False,
            ),
        ],
    ),
]


def anfu() -> list[str]:
    paras = [
        "中共安福县某局党组关于县委巡察整改进展情况的通报",
        "根据县委统一部署，2026年3月10日至5月8日，县委第二巡察组对县某局党组开展了常规巡察。2026年6月12日，县委第二巡察组向县某局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "局党组坚持把巡察整改作为重大政治任务，成立以党组书记为组长的整改工作领导小组，先后召开党组会、专题推进会5次，对照县委巡察反馈的3个方面8个问题，制定整改措施26条，逐项明确责任领导、责任股室和完成时限。截至2026年11月15日，8个问题已完成整改6个（其中需长期坚持2个），正在整改2个。",
        "二、巡察反馈问题整改落实情况",
    ]
    n = 0
    for heading, problems in ANFU:
        paras.append(heading)
        for title, text, _, _ in problems:
            n += 1
            paras += [f"{n}.{title}", text]
    paras += [
        "三、下一步工作打算",
        "一是持续推进未完成事项整改，对正在整改的2个问题紧盯时间节点，确保按期整改到位。二是巩固已完成整改成果，适时开展“回头看”，防止问题反弹。三是建立健全长效机制，把巡察整改与提高统计数据质量结合起来，推动全县统计工作高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0796-7621305；邮政地址：安福县某局党组办公室（邮编343200）；电子邮箱：afxtjj@163.com。",
        "中共安福县某局党组",
        "2026年11月20日",
    ]
    return paras


# --- B: 荆州市某局党组 (a city 城管局), four levels: 一、 > （一）…。 > 1. through > （1） measures
JINGZHOU = [
    (
        "一、贯彻落实党的理论路线方针政策和党中央决策部署方面",
        [
            (
                "（一）学习贯彻党的创新理论不够深入。",
                [
                    (
                        "党组理论学习中心组学习计划性不强，学习内容与城市管理工作结合不紧。",
                        "整改情况：（1）制定2026年度党组理论学习中心组学习计划，明确12个专题；（2）每次专题学习安排2名班子成员结合分管工作交流发言。目前，该问题已整改完成。",
                        "done",
                        False,
                    ),
                    (
                        "青年理论学习小组作用发挥不明显，学习活动开展不经常。",
                        "整改情况：（1）调整充实青年理论学习小组，制定学习活动计划；（2）开展“青年讲堂”活动6期。目前，该问题已整改完成。",
                        "done",
                        False,
                    ),
                ],
            ),
            (
                "（二）履行城市管理主责主业有差距。",
                [
                    (
                        "城市精细化管理水平不高，部分主次干道占道经营问题反复出现。",
                        "整改情况：（1）制定城市精细化管理三年行动方案；（2）建立主次干道网格化巡查机制，划定网格68个，落实网格责任人；（3）设置便民疏导点14处。目前，该问题已整改完成，并将长期坚持。",
                        "done_longterm",
                        False,
                    ),
                    (
                        "生活垃圾分类推进缓慢，中心城区分类投放设施配备不足。",
                        "整改情况：（1）制定生活垃圾分类工作推进方案；（2）已在中心城区新建分类投放点326个，剩余小区的分类设施正在招标采购。目前，该问题正在整改中。",
                        "in_progress",
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
                "（三）落实“两个责任”不够到位。",
                [
                    (
                        "党组对下属单位管党治党督促指导不够，个别下属单位党风廉政建设责任制落实不力。",
                        "整改情况：（1）班子成员每季度到分管下属单位督导1次；（2）对5个下属单位主要负责人开展提醒谈话。目前，该问题已整改完成。",
                        "done",
                        False,
                    ),
                    (
                        "执法领域廉政风险防控不到位，个别执法人员存在吃拿卡要问题。",
                        "整改情况：（1）梳理执法领域廉政风险点21个，制定防控措施35条；（2）推行执法全过程记录制度；（3）对2名违纪人员依规依纪作出处理。目前，该问题已整改完成。",
                        "done",
                        False,
                    ),
                ],
            ),
            (
                "（四）重点领域监管存在薄弱环节。",
                [
                    (
                        "市政设施维护项目管理不规范，部分项目未按规定验收即支付工程款。",
                        "整改情况：（1）修订《市政设施维护项目管理办法》；（2）对2023年以来的维护项目逐一复核，补办验收手续9个。目前，该问题已整改完成，并将长期坚持。",
                        "done_longterm",
                        False,
                    ),
                    (
                        "公务用车管理不严格，车辆使用登记不完整。",
                        "整改情况：（1）修订公务用车管理制度；（2）安装车辆北斗定位系统，实行用车审批、登记、归队报告全过程管理。目前，该问题已整改完成。",
                        "done",
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
                "（五）干部队伍建设存在短板。",
                [
                    (
                        "执法队伍年龄结构老化，专业人才储备不足。",
                        "整改情况：（1）制定执法队伍建设规划；（2）今年计划公开招录执法人员12名，目前招录工作正在进行，已完成笔试。目前，该问题正在整改中。",
                        "in_progress",
                        True,
                    ),
                ],
            ),
            (
                "（六）基层党组织建设不够规范。",
                [
                    (
                        "部分党支部“三会一课”制度落实不严格，组织生活质量不高。",
                        "整改情况：（1）开展党支部标准化规范化建设提升行动；（2）对8个党支部的组织生活记录逐一检查，督促整改问题17个。目前，该问题已整改完成。",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
]


def jingzhou() -> tuple[list[str], list[str], list[str]]:
    """The furniture before the problems, the problems' part, the furniture after."""
    before = [
        "中共荆州市某局党组关于市委巡察整改进展情况的通报",
        "根据市委统一部署，2026年4月1日至5月29日，市委第三巡察组对市某局党组开展了常规巡察，并于2026年7月8日向市某局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "局党组把巡察整改作为重大政治任务，成立由党组书记任组长的巡察整改工作领导小组，对照市委巡察反馈的3个方面6类问题10个具体问题，制定整改措施41条，建立整改台账，实行清单化管理、销号式推进。截至2026年11月25日，10个具体问题中已完成整改8个，正在整改2个。",
        "二、巡察反馈问题整改落实情况",
    ]
    body: list[str] = []
    n = 0
    for aspect, groups in JINGZHOU:
        body.append(aspect)
        for group, problems in groups:
            body.append(group)
            for title, text, _, _ in problems:
                n += 1
                body += [f"{n}.{title}", text]
    after = [
        "三、下一步工作打算",
        "（一）坚持目标不变。对尚未完成整改的2个问题，紧盯时间节点，持续推进，确保如期完成。",
        "（二）坚持建章立制。针对巡察反馈问题举一反三，健全完善城市管理长效机制。",
        "（三）坚持成果运用。把巡察整改与城市精细化管理结合起来，不断提升城市管理水平。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0716-8452170；电子邮箱：jzscgjdzb@163.com。",
        "中共荆州市某局党组",
        "2026年12月1日",
    ]
    return before, body, after


# --- C: 佛山市南海区某街道工作委员会, 一是…方面。 groups over ① problems restarting, a few lines
NANHAI = [
    (
        "一是贯彻落实党中央决策部署和省委、市委、区委工作要求方面。",
        [
            (
                "学习贯彻党的二十届三中全会精神不够深入，推动基层治理改革的办法不多。",
                "整改情况：街道党工委修订理论学习中心组学习制度，开展专题学习研讨4次，制定基层治理改革任务清单18项并逐项推进落实。目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "城市更新项目推进缓慢，部分村级工业园改造进度滞后。",
                "整改情况：街道成立村级工业园改造工作专班，对辖区7个改造项目逐一制定推进计划，已完成3个项目拆除清理，其余4个项目正在开展土地整备。目前该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "安全生产隐患排查整治不彻底，出租屋消防隐患反复出现。",
                "整改情况：街道开展出租屋消防安全专项整治，排查出租屋2136间，整改隐患584处，对127间出租屋加装独立式烟感报警器。",
                "unstated",
                False,
            ),
        ],
    ),
    (
        "二是落实全面从严治党“两个责任”方面。",
        [
            (
                "街道党工委落实主体责任压力传导不够，对村（社区）“两委”干部监督不到位。",
                "整改情况：制定街道党工委落实全面从严治党主体责任清单，建立村（社区）“两委”干部履职档案，开展廉政谈话86人次。目前该问题已整改完成，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "农村集体“三资”管理不规范，部分集体经济合同签订不规范。",
                "整改情况：开展农村集体“三资”清理专项行动，清理集体经济合同1254份，规范整改合同93份，全部合同纳入集体资产交易平台管理。目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "违反中央八项规定精神问题仍有发生，个别单位公务接待不规范。",
                "整改情况：对街道机关及下属单位2024年以来的公务接待开展专项检查，对3名责任人进行批评教育，修订公务接待管理制度。目前该问题已整改完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "三是落实新时代党的组织路线方面。",
        [
            (
                "村（社区）后备干部队伍建设不够，年轻干部储备不足。",
                "整改情况：制定村（社区）后备干部培养计划，已选拔储备后备干部42名，计划于明年3月前完成全部后备干部集中培训。目前该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "基层党组织建设存在薄弱环节，个别社区党组织软弱涣散。",
                "整改情况：对2个软弱涣散社区党组织实行街道班子成员挂点整顿，选派驻点指导员2名，2个社区党组织均已完成整顿转化。目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "党员教育管理不够严格，流动党员管理存在盲区。",
                "整改情况：建立流动党员信息台账，录入流动党员218名，依托“南粤党建”平台开展线上组织生活。目前该问题已整改完成，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
]


def nanhai() -> list[str]:
    paras = [
        "中共佛山市南海区某街道工作委员会关于区委巡察整改进展情况的通报",
        "根据区委统一部署，2026年3月24日至5月22日，区委第一巡察组对南海区某街道党工委开展了常规巡察，并于2026年6月30日向街道党工委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作开展情况",
        "街道党工委高度重视巡察整改工作，把巡察整改作为重大政治任务，成立整改工作领导小组，针对区委巡察反馈的3个方面9个问题，制定整改措施27条，明确责任领导、责任部门和完成时限，逐项推进整改落实。",
        "二、巡察反馈问题整改落实情况",
    ]
    for heading, problems in NANHAI:
        paras.append(heading)
        for n, (title, text, _, _) in enumerate(problems):
            paras += [f"{CIRCLED[n]}{title}", text]
    paras += [
        "三、下一步工作计划",
        "一是持续抓好整改落实。对尚未完成的整改事项，坚持目标不变、标准不降，确保整改到位。二是建立长效机制。深入剖析问题根源，从制度层面堵塞漏洞。三是强化成果运用。把巡察整改与推进基层治理结合起来，推动街道经济社会高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0757-86702315；电子邮箱：nhjddgw@163.com。",
        "中共佛山市南海区某街道工作委员会",
        "2026年11月27日",
    ]
    return paras


# --- D: 衡阳市某职业技术学院委员会, （一）关于…方面 groups over 一是 problems restarting, 1. measures inside
HENGYANG = [
    (
        "（一）关于党的领导和政治建设方面",
        [
            (
                "落实党委领导下的校长负责制不够到位，党委会和校长办公会议事范围划分不清。",
                "整改情况：1.修订《党委会议事规则》《校长办公会议事规则》，明确议事范围清单；2.建立党委书记与校长定期沟通制度。目前已完成整改。",
                "done",
                False,
            ),
            (
                "意识形态工作责任制落实不到位，对讲座论坛等阵地管理不严。",
                "整改情况：1.制定意识形态工作责任清单；2.建立讲座论坛“一会一报”审批制度，全年审批讲座论坛46场。目前已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "服务地方产业发展能力不强，产教融合深度不够。",
                "整改情况：1.与园区12家企业签订校企合作协议；2.正在筹建2个产业学院，建设方案已报市教育局审批。目前正在整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）关于全面从严治党方面。",
        [
            (
                "党委落实全面从严治党主体责任不够有力，对二级学院党组织监督指导不够。",
                "整改情况：1.制定党委主体责任清单和班子成员“一岗双责”清单；2.对8个二级学院党组织开展专项督查。目前已完成整改。",
                "done",
                False,
            ),
            (
                "招生、基建等重点领域廉政风险防控不到位。",
                "整改情况：1.梳理招生、基建、采购等领域廉政风险点38个；2.修订《基建项目管理办法》，对2024年以来的基建项目开展专项审计。目前已完成整改。",
                "done",
                False,
            ),
            (
                "财务管理不规范，部分科研经费报销手续不全。",
                "整改情况：1.修订科研经费管理办法；2.对2023年以来的科研经费报销凭证逐一清查，已补齐手续35笔，其余6笔正在追回。目前正在整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）关于干部队伍和基层党组织建设方面",
        [
            (
                "中层干部选拔任用程序不够规范，个别岗位长期空缺。",
                "整改情况：1.修订《中层干部选拔任用工作实施办法》；2.完成空缺中层岗位选拔任用7个。目前已完成整改。",
                "done",
                False,
            ),
            (
                "教师党支部“双带头人”培育不够，支部书记队伍结构不优。",
                "整改情况：1.实施教师党支部书记“双带头人”培育工程；2.调整配备“双带头人”支部书记11名。目前已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "学生党员发展质量把关不严，入党材料不规范。",
                "整改情况：1.开展学生党员发展材料专项检查，规范整改材料62份；2.建立发展党员全程纪实制度。目前已完成整改。",
                "done",
                False,
            ),
        ],
    ),
]


def hengyang() -> tuple[list[str], list[list[str]], list[str]]:
    """The furniture before the problems, each group's paragraphs, the furniture after."""
    before = [
        "中共衡阳市某职业技术学院委员会",
        "关于市委巡察整改进展情况的通报",
        "根据市委统一部署，2026年3月16日至5月15日，市委第二巡察组对衡阳市某职业技术学院党委开展了常规巡察，并于2026年7月3日向学院党委反馈了巡察意见。按照有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作开展情况",
        "学院党委坚持把巡察整改作为重要政治任务，成立由党委书记任组长的巡察整改工作领导小组，召开专题会议研究部署，对照市委巡察反馈的3个方面9个问题，制定整改措施33条，建立问题、任务、责任“三张清单”。截至2026年11月30日，9个问题已完成整改7个，正在整改2个。",
        "二、巡察反馈问题整改落实情况",
    ]
    groups = []
    for heading, problems in HENGYANG:
        paras = [heading]
        for n, (title, text, _, _) in enumerate(problems):
            paras += [f"{CN[n]}是{title}", text]
        groups.append(paras)
    after = [
        "三、下一步工作打算",
        "（一）持续压实整改责任。对正在整改的问题盯住不放，确保按时保质完成。",
        "（二）健全长效机制。对已完成整改的问题适时开展“回头看”，巩固整改成效。",
        "（三）推动学院高质量发展。把巡察整改与“双高”建设结合起来，以整改实效推动学院事业发展。",
        "欢迎广大师生和社会各界对巡察整改落实情况进行监督。联系电话：0734-8125630；电子邮箱：hyzyjsxydw@163.com。",
        "中共衡阳市某职业技术学院委员会",
        "2026年12月4日",
    ]
    return before, groups, after


FILES = {
    "A": "r169_anfu_county_statistics_bureau_one_line_wenti_yi_groups_through_numbered_status_run_on.txt",
    "B": "r169_jingzhou_city_urban_management_bureau_four_levels_problems_part_one_line_groups_end_period.txt",
    "C": "r169_nanhai_district_street_few_lines_yishi_fangmian_groups_circled_problems.txt",
    "D": "r169_hengyang_city_college_line_per_group_guanyu_fangmian_yishi_problems_numbered_measures.txt",
}

# where C's few lines break: after these paragraph indexes (paragraph ends that fall nowhere in particular)
NANHAI_BREAKS = (3, 9, 16, 24)


def build() -> None:
    (HERE / FILES["A"]).write_text("".join(anfu()) + "\n", encoding="utf-8")
    before, body, after = jingzhou()
    (HERE / FILES["B"]).write_text("\n".join([*before, "".join(body), *after]) + "\n", encoding="utf-8")
    paras, lines, start = nanhai(), [], 0
    for end in (*NANHAI_BREAKS, len(paras) - 1):
        lines.append("".join(paras[start : end + 1]))
        start = end + 1
    (HERE / FILES["C"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    before, groups, after = hengyang()
    (HERE / FILES["D"]).write_text(
        "\n".join([*before, *(" ".join(g) for g in groups), *after]) + "\n", encoding="utf-8"
    )


def gold_items() -> dict[str, dict[str, list]]:
    """Per notice: items [label, title, status, pending], aspects, groups."""
    out: dict[str, dict[str, list]] = {}
    items, aspects, n = [], [], 0
    for heading, problems in ANFU:
        for title, _, status, pending in problems:
            n += 1
            items.append([str(n), nfkc(title), status, pending])
            aspects.append(nfkc(heading))
    out["A"] = {"items": items, "aspects": aspects}
    items, aspects, groups, n = [], [], [], 0
    for aspect, grps in JINGZHOU:
        for group, problems in grps:
            for title, _, status, pending in problems:
                n += 1
                items.append([str(n), nfkc(title), status, pending])
                aspects.append(nfkc(aspect))
                groups.append(nfkc(group))
    out["B"] = {"items": items, "aspects": aspects, "groups": groups}
    items, aspects = [], []
    for heading, problems in NANHAI:
        for m, (title, _, status, pending) in enumerate(problems, 1):
            items.append([str(m), nfkc(title), status, pending])
            aspects.append(nfkc(heading))
    out["C"] = {"items": items, "aspects": aspects}
    items, aspects = [], []
    for heading, problems in HENGYANG:
        for m, (title, _, status, pending) in enumerate(problems):
            items.append([CN[m], nfkc(title), status, pending])
            aspects.append(nfkc(heading))
    out["D"] = {"items": items, "aspects": aspects}
    return out


if __name__ == "__main__":
    build()
    print(json.dumps(gold_items(), ensure_ascii=False, indent=1))
