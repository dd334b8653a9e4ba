"""Build round 162's notices and their gold (run once: `python tests/data/genre/make_r162.py`); the files are committed.

Round 162 imitates NOTICES WHOSE LINE BREAKS WERE LOST, in layouts with several levels: a user copies a notice from
a page that joined every paragraph into one or a few lines and pastes that. Each notice is written here FIRST in its
line-broken form (the paragraphs below, which the gold is read from), then only its SQUEEZED form is written out:
  A  a county bureau 党组: 第一条：/第二条： headings over 1. 2. problems numbered through, each with 整改情况 and
     整改状态; the whole notice, title included, joined into ONE line with nothing between paragraphs;
  B  a city bureau 党组: four levels, 一、 aspects > （一） groups > 1. problems restarting in each group >
     （1） measures, then 整改进展; two lines (the title / everything else joined by a space);
  C  a district street 党工委: problems worded as shortcomings without numbers (each paragraph opens 针对“…”的问题 /
     关于…的问题 / 存在…的问题) under （一） aspects; one line, each paragraph keeping its two-ideographic-space indent;
  D  a state-owned energy company 党委: （一） aspects > 1. problems numbered through with 整改措施 and 完成情况, the
     text broken into a few very long lines at random places (mid-word), as a fixed-width copy breaks it.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 162

# a problem: (title as printed, its rectification paragraphs, status sentence, status, pending)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).rstrip("。")


# --- A: 攸县某局党组 (a county 自然资源局), 第一条： headings over 1. problems numbered through
YOUXIAN = [
    (
        "第一条：关于贯彻落实党中央决策部署和省委、县委工作要求方面",
        [
            (
                "学习贯彻习近平生态文明思想不够深入，党组理论学习中心组学习与自然资源工作结合不紧",
                "整改情况：修订党组理论学习中心组学习制度，制定年度学习计划，2025年下半年开展专题学习8次、研讨交流3次，将学习成效纳入干部年度考核。",
                "整改状态：已完成。",
                "done",
                False,
            ),
            (
                "耕地保护责任落实不到位，部分乡镇存在耕地“非粮化”问题",
                "整改情况：开展耕地保护专项排查，对排查发现的“非粮化”图斑逐一建立台账，已恢复耕地种植1.2万平方米，剩余图斑正在按季节逐步恢复。",
                "整改状态：正在推进。",
                "in_progress",
                True,
            ),
            (
                "国土空间规划编制推进迟缓，村庄规划覆盖率偏低",
                "整改情况：成立村庄规划编制工作专班，完成46个村庄规划编制并报县人民政府批复，全县村庄规划覆盖率达到85.6%。",
                "整改状态：已完成，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "第二条：关于落实全面从严治党主体责任和监督责任方面",
        [
            (
                "党组落实全面从严治党主体责任不够有力，对下属事业单位监督管理宽松软",
                "整改情况：制定党组落实全面从严治党主体责任清单，班子成员每季度到分管单位督导1次，对2个下属事业单位开展内部审计。",
                "整改状态：已完成。",
                "done",
                False,
            ),
            (
                "不动产登记窗口廉政风险防控不到位，个别工作人员违规办理登记业务",
                "整改情况：梳理不动产登记廉政风险点17个，制定防控措施24条，对违规办理业务的2名工作人员进行诫勉谈话并调离岗位。",
                "整改状态：已完成。",
                "done",
                False,
            ),
            (
                "土地出让金征收不及时，部分项目欠缴土地出让金",
                "整改情况：对欠缴土地出让金的5个项目逐一下达催缴通知书，已追缴到位3个项目、资金2360万元，另2个项目已进入司法程序，正在依法追缴。",
                "整改状态：整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "第三条：关于落实新时代党的组织路线和基层党组织建设方面",
        [
            (
                "干部队伍建设统筹不够，专业技术人才储备不足",
                "整改情况：制定干部队伍建设三年规划，2025年公开招聘测绘、地质专业技术人员6名，选派12名干部参加省、市业务培训。",
                "整改状态：已完成，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "基层党支部“三会一课”制度落实不严格，组织生活质量不高",
                "整改情况：对机关3个党支部2024年以来组织生活记录逐本检查，建立支部组织生活月报制度，党组书记为支部讲党课2次。",
                "整改状态：已完成。",
                "done",
                False,
            ),
            (
                "巡察、审计发现问题整改不到位，部分问题整改“一改了之”",
                "整改情况：对近三年巡察、审计反馈问题进行“回头看”，梳理未整改到位问题4个，其中3个已整改销号，1个涉及历史遗留用地手续问题正在报上级审批。",
                "整改状态：正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def youxian() -> list[str]:
    paras = [
        "中共攸县某局党组关于县委巡察整改进展情况的通报",
        "根据县委统一部署，2025年3月17日至5月16日，县委第一巡察组对县某局党组开展了常规巡察。2025年6月20日，县委巡察组向县某局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "局党组高度重视巡察反馈问题整改工作，成立以党组书记为组长的整改工作领导小组，召开专题会议研究部署，制定整改方案，对照巡察反馈的3个方面9个问题，细化整改措施31条，逐项明确责任领导、责任股室和完成时限。截至2025年11月30日，9个问题已完成整改6个（其中需长期坚持2个），正在整改3个。",
        "二、巡察反馈问题整改落实情况",
    ]
    n = 0
    for heading, problems in YOUXIAN:
        paras.append(heading)
        for title, text, state, _, _ in problems:
            n += 1
            paras += [f"{n}.{title}。", text, state]
    paras += [
        "三、下一步工作打算",
        "1.持续压实整改责任。对正在整改的3个问题，实行挂图作战、对账销号，确保按期整改到位。",
        "2.建立长效机制。对已完成整改的问题适时开展“回头看”，防止问题反弹回潮。",
        "3.推动整改成果转化。把巡察整改与推进耕地保护、国土空间规划等重点工作结合起来，以整改实效推动全县自然资源事业高质量发展。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-24321568；邮政信箱：攸县某局党组办公室；电子邮箱：yxzrzyj@163.com。",
        "中共攸县某局党组",
        "2025年12月12日",
    ]
    return paras


# --- B: 南充市某局党组 (a city 城管局), four levels: 一、 > （一） > 1. restarting > （1） measures
NANCHONG = [
    (
        "一、贯彻落实党的路线方针政策和党中央决策部署方面",
        [
            (
                "（一）学习贯彻习近平新时代中国特色社会主义思想不够深入",
                [
                    (
                        "党组理论学习中心组学习形式单一，以读文件代替研讨交流",
                        [
                            "修订党组理论学习中心组学习规则，明确每季度开展专题研讨不少于1次",
                            "建立学习研讨发言材料归档制度",
                        ],
                        "已完成整改。",
                        "done",
                        False,
                    ),
                    (
                        "学用结合不紧，推动城市管理工作创新办法不多",
                        ["围绕“城市管理进社区”开展专题调研4次，形成调研报告2篇", "将调研成果转化为制度文件3项"],
                        "已完成整改，长期坚持。",
                        "done_longterm",
                        False,
                    ),
                ],
            ),
            (
                "（二）履行城市管理职能职责有差距",
                [
                    (
                        "城市精细化管理水平不高，背街小巷环境卫生脏乱差问题反复出现",
                        [
                            "制定背街小巷环境卫生整治方案，将312条背街小巷纳入网格化管理",
                            "建立日巡查、周通报、月考核制度",
                        ],
                        "已完成整改。",
                        "done",
                        False,
                    ),
                    (
                        "占道经营、违规设置户外广告等问题治理不彻底",
                        [
                            "开展占道经营专项整治，规划设置临时疏导点8处",
                            "拆除违规户外广告236处，剩余41处正在依法督促产权单位自行拆除",
                        ],
                        "正在推进。",
                        "in_progress",
                        True,
                    ),
                    (
                        "生活垃圾分类工作推进缓慢，部分小区分类设施配备不足",
                        ["新增分类投放点156个", "开展垃圾分类进小区宣传活动62场"],
                        "已完成整改。",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "（三）落实“两个责任”不到位",
                [
                    (
                        "党组对下属执法大队监督管理不严，执法不规范问题时有发生",
                        ["制定行政执法全过程记录制度，为一线执法人员配备执法记录仪120台", "开展执法案卷评查2次"],
                        "已完成整改。",
                        "done",
                        False,
                    ),
                    (
                        "违反中央八项规定精神问题仍有发生，公务用车管理不规范",
                        ["修订公务用车管理办法，安装车辆定位系统", "对违规使用公务用车的1名干部给予党内警告处分"],
                        "已完成整改，长期坚持。",
                        "done_longterm",
                        False,
                    ),
                ],
            ),
            (
                "（四）重点领域廉政风险防控薄弱",
                [
                    (
                        "市政设施维护项目管理不规范，部分项目未按规定进行招标",
                        ["对2023年以来市政设施维护项目逐一复核", "修订项目采购管理办法，将5万元以上项目纳入集体决策"],
                        "已完成整改。",
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
                "（五）干部队伍建设和基层党建工作存在短板",
                [
                    (
                        "执法队伍年龄结构老化，协管人员管理不规范",
                        [
                            "制定协管人员管理办法，清理不符合条件的协管人员17名",
                            "公开招录执法人员的方案已报市委编办审核，正在等待批复",
                        ],
                        "正在推进。",
                        "in_progress",
                        True,
                    ),
                    (
                        "基层党支部标准化规范化建设不到位",
                        ["对照支部建设标准逐项整改", "开展党支部书记轮训1次"],
                        "已完成整改。",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
]


def nanchong() -> list[str]:
    paras = [
        "中共南充市某局党组关于市委巡察整改进展情况的通报",
        "根据市委统一部署，2025年4月8日至6月6日，市委第四巡察组对市某局党组进行了常规巡察，并于2025年7月16日反馈了巡察意见。按照有关要求，现将巡察整改进展情况予以公布。",
        "一、提高政治站位，扎实推进巡察整改",
        "局党组把巡察整改作为重大政治任务，坚持党组书记负总责、班子成员分工负责，针对市委巡察反馈的3个方面5类问题10个具体问题，制定整改措施35条。截至2025年12月15日，10个具体问题中已完成整改8个，正在整改2个。",
        "二、巡察反馈问题整改落实情况",
    ]
    for aspect, groups in NANCHONG:
        paras.append(aspect)
        for group, problems in groups:
            paras.append(group)
            for n, (title, measures, state, _, _) in enumerate(problems, 1):
                paras.append(f"{n}.{title}。")
                paras.append("整改措施：")
                paras += [f"（{m}）{text}。" for m, text in enumerate(measures, 1)]
                paras.append(f"整改进展：{state}")
    paras += [
        "三、下一步工作安排",
        "（一）坚持标准不降。对尚未完成整改的问题，紧盯时间节点，确保如期完成。",
        "（二）坚持建章立制。针对巡察反馈问题背后的共性问题，健全完善长效机制。",
        "（三）坚持成果运用。将巡察整改与城市精细化管理结合起来，不断提升城市管理水平。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0817-2261345；电子邮箱：ncscgj_dzb@163.com。",
        "中共南充市某局党组",
        "2025年12月26日",
    ]
    return paras


# --- C: 岳麓区某街道工作委员会, unnumbered shortcoming paragraphs under （一） aspects
YUELU = [
    (
        "（一）贯彻落实党中央决策部署和省委、市委、区委工作要求方面",
        [
            (
                "针对“学习贯彻党的二十大精神不够深入，理论学习与推动基层治理结合不紧”的问题，",
                "学习贯彻党的二十大精神不够深入，理论学习与推动基层治理结合不紧",
                "街道党工委修订理论学习中心组学习制度，开展专题研讨4次，组织社区书记到先进街道学习考察1次。",
                "目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "关于老旧小区改造推进缓慢、群众反映的问题回应不及时的问题，",
                "老旧小区改造推进缓慢、群众反映的问题回应不及时",
                "街道成立老旧小区改造专班，对辖区14个老旧小区逐一制定改造计划，已完成9个小区改造，其余5个小区的改造工程正在施工。",
                "目前该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "存在安全生产隐患排查整治不彻底、部分“九小场所”消防隐患反复出现的问题，",
                "存在安全生产隐患排查整治不彻底、部分“九小场所”消防隐患反复出现的问题",
                "街道开展“九小场所”消防安全专项整治行动，排查场所326家，整改隐患418处，建立隐患整改台账和“回头看”机制。",
                "目前该问题已整改完成，并将长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党责任方面",
        [
            (
                "针对“街道党工委落实主体责任不够有力，对社区监督管理不到位”的问题，",
                "街道党工委落实主体责任不够有力,对社区监督管理不到位",
                "街道党工委制定主体责任清单，建立班子成员联系社区制度，对8个社区开展财务专项检查。",
                "目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "关于社区集体资金管理不规范、部分支出票据不全的问题，",
                "社区集体资金管理不规范、部分支出票据不全",
                "街道对8个社区近三年集体资金收支情况进行全面清查，补齐支出票据63张，修订社区财务管理办法。",
                "目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "存在惠民资金发放审核把关不严、个别不符合条件人员享受低保的问题，",
                "存在惠民资金发放审核把关不严、个别不符合条件人员享受低保的问题",
                "街道对辖区低保对象开展全面复核，取消不符合条件的低保对象5户，追回违规领取资金3.6万元，对负有责任的2名社区工作人员进行了约谈。",
                "目前该问题已整改完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "针对“社区工作者队伍管理不规范、考核激励机制不健全”的问题，",
                "社区工作者队伍管理不规范、考核激励机制不健全",
                "街道制定社区工作者管理考核办法，将考核结果与绩效报酬挂钩，开展社区工作者业务培训3期。",
                "目前该问题已整改完成，并将长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "关于发展党员工作不规范、部分党员发展档案材料缺失的问题，",
                "发展党员工作不规范、部分党员发展档案材料缺失",
                "街道对2020年以来发展的党员档案逐一审核，对缺失材料的12份档案进行补充完善，组织发展党员工作业务培训1次。",
                "目前该问题已整改完成。",
                "done",
                False,
            ),
            (
                "存在“两新”组织党建工作覆盖不全、党组织作用发挥不明显的问题，",
                "存在“两新”组织党建工作覆盖不全、党组织作用发挥不明显的问题",
                "街道对辖区“两新”组织开展摸底排查，新建党组织3个，选派党建指导员11名，下一步将推动已建党组织规范开展组织生活。",
                "",
                "unstated",
                None,
            ),
        ],
    ),
]


def yuelu() -> list[str]:
    paras = [
        "中共长沙市岳麓区某街道工作委员会关于区委巡察整改进展情况的通报",
        "根据区委统一部署，2025年3月24日至5月23日，区委第二巡察组对岳麓区某街道党工委开展了常规巡察。6月27日，区委第二巡察组向街道党工委反馈了巡察意见。根据《中国共产党巡视工作条例》等有关规定，现将巡察整改进展情况予以公布。",
        "一、整改工作总体情况",
        "街道党工委坚持把巡察整改作为一项重大政治任务，对区委巡察反馈的3个方面9个问题，逐条研究制定整改措施28条，建立整改台账，实行销号管理。目前，已完成整改7个。",
        "二、巡察反馈问题整改落实情况",
    ]
    for aspect, problems in YUELU:
        paras.append(aspect)
        for lead, _, text, state, _, _ in problems:
            paras.append(lead + text + state)
    paras += [
        "三、下一步工作打算",
        "一是坚持整改目标不变。对尚未完成整改的问题盯住不放，确保件件有着落。",
        "二是坚持整改力度不减。建立健全长效机制，坚决防止问题反弹。",
        "三是坚持以整改促发展。把巡察整改与推动基层治理现代化结合起来，不断增强辖区群众的获得感、幸福感、安全感。",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-88512367；邮寄地址：长沙市岳麓区某街道党工委办公室；电子邮箱：ylqjd_dgw@163.com。",
        "中共长沙市岳麓区某街道工作委员会",
        "2025年11月28日",
    ]
    return paras


# --- D: 宜宾市某能源有限公司委员会, （一） aspects > 1. problems numbered through, broken at random places
YIBIN = [
    (
        "（一）关于加强党的领导方面",
        [
            (
                "贯彻落实党中央关于能源安全新战略的决策部署不够到位，服务地方能源保供作用发挥不充分",
                "一是修订公司“第一议题”制度，专题学习能源安全新战略6次；二是制定迎峰度夏、迎峰度冬能源保供方案，2025年累计保障供气4.6亿立方米。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "党委把方向、管大局、保落实作用发挥不充分，“三重一大”事项前置研究不规范",
                "一是修订党委前置研究讨论重大经营管理事项清单；二是对2023年以来的“三重一大”事项决策程序逐项复核，补充完善会议记录9份。",
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "新能源项目推进迟缓，光伏发电项目未按期并网",
                "一是成立新能源项目建设专班，实行周调度；二是2个光伏项目中1个已于2025年10月并网发电，另1个正在进行升压站设备调试，计划2026年3月底前并网。",
                "正在推进。",
                "in_progress",
                True,
            ),
            (
                "安全生产责任落实不到位，部分场站安全隐患整改不及时",
                "一是开展安全生产隐患大排查大整治，排查隐患137项，已全部整改到位；二是修订安全生产责任制，签订安全生产责任书46份。",
                "已完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（二）关于全面从严治党方面",
        [
            (
                "物资采购管理不规范，部分采购项目化整为零规避招标",
                "一是修订物资采购管理办法，推行集中采购；二是对化整为零采购涉及的3名责任人进行了诫勉谈话。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "应收账款清收不力，部分账款长期挂账",
                "一是成立应收账款清收工作组，逐笔建立清收台账；二是已清收账款3860万元，剩余1270万元已提起诉讼，正在等待法院判决。",
                "持续推进。",
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神不严格，业务招待费管理不规范",
                "一是修订业务招待管理办法，实行事前审批；二是对超标准列支的招待费用1.8万元全部清退。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "对下属子公司监督管理不到位，子公司内控制度执行不严",
                "一是开展子公司内控制度执行情况专项检查，发现问题21个并全部整改；二是建立子公司重大事项报告制度。",
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）关于党的建设方面",
        [
            (
                "干部选拔任用工作不规范，个别干部任职试用期满未按规定考核",
                "一是对2022年以来干部选拔任用工作进行自查，补充完成试用期考核3人；二是修订中层管理人员选拔任用办法。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "基层党组织建设薄弱，部分党支部未按期换届",
                "一是督促4个党支部完成换届选举；二是建立党支部换届提醒制度。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "人才队伍结构不合理，新能源专业技术人才匮乏",
                "一是制定新能源人才引进计划，已引进专业技术人才5名；二是与宜宾学院共建人才培养基地的协议正在报上级公司审批。",
                "正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def yibin() -> list[str]:
    paras = [
        "中共宜宾市某能源有限公司委员会关于市委巡察整改进展情况的通报",
        "根据市委统一部署，2025年4月14日至6月13日，市委第三巡察组对宜宾市某能源有限公司党委开展了常规巡察。2025年7月22日，市委第三巡察组向公司党委反馈了巡察意见。按照党务公开和巡察整改工作有关要求，现将巡察整改进展情况予以公布。",
        "一、高度重视，压紧压实整改责任",
        "公司党委第一时间召开党委会传达学习巡察反馈意见，成立巡察整改工作领导小组，制定整改工作方案，针对巡察反馈的3个方面11个问题，制定整改措施39条。截至2025年12月20日，11个问题已完成整改8个，正在整改3个。",
        "二、巡察反馈问题的整改落实情况",
    ]
    n = 0
    for aspect, problems in YIBIN:
        paras.append(aspect)
        for title, text, state, _, _ in problems:
            n += 1
            paras += [f"{n}.{title}。", f"整改措施：{text}", f"完成情况：{state}"]
    paras += [
        "三、下一步工作计划",
        "1.紧盯未完成事项。对正在整改的3个问题，逐项明确时间节点，确保整改到位。",
        "2.巩固整改成果。对已完成整改的问题开展“回头看”，防止反弹。",
        "3.强化成果运用。坚持以巡察整改推动公司改革发展，为地方经济社会发展提供坚强能源保障。",
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0831-8226517；电子邮箱：ybny_dw@163.com。",
        "中共宜宾市某能源有限公司委员会",
        "2026年1月8日",
    ]
    return paras


# --- squeezing: what a page that joined every paragraph gives
def one_line(paras: list[str], sep: str = "") -> str:
    return sep.join(paras) + "\n"


def random_breaks(paras: list[str], seed: int) -> str:
    """The paragraphs joined, then broken into long lines at random places (mid-word), as a fixed-width copy
    of a joined page breaks them."""
    text = "".join(paras)
    rng = random.Random(seed)
    lines, at = [], 0
    while at < len(text):
        step = rng.randint(180, 420)
        lines.append(text[at : at + step])
        at += step
    return "\n".join(lines) + "\n"


FILES = {
    "A": "r162_youxian_county_natural_resources_bureau_one_line_diyitiao_groups_numbered_problems.txt",
    "B": "r162_nanchong_city_urban_management_bureau_squeezed_four_levels_measures_restart.txt",
    "C": "r162_yuelu_district_street_one_line_indented_unnumbered_zhendui_guanyu_cunzai_paragraphs.txt",
    "D": "r162_yibin_energy_company_long_lines_broken_mid_word_aspects_numbered_problems.txt",
}


def build() -> None:
    (HERE / FILES["A"]).write_text(one_line(youxian()), encoding="utf-8")
    b = nanchong()
    (HERE / FILES["B"]).write_text(b[0] + "\n" + " ".join(b[1:]) + "\n", encoding="utf-8")
    (HERE / FILES["C"]).write_text(one_line(["　　" + p for p in yuelu()]), encoding="utf-8")
    (HERE / FILES["D"]).write_text(random_breaks(yibin(), seed=162), encoding="utf-8")


def gold_items() -> dict[str, tuple[list, list, list | None]]:
    """Per notice: items [label, title, status, pending], aspects, groups."""
    a_items, a_aspects, n = [], [], 0
    for heading, problems in YOUXIAN:
        for title, _, _, status, pending in problems:
            n += 1
            a_items.append([str(n), nfkc(title), status, pending])
            a_aspects.append(nfkc(heading))
    b_items, b_aspects, b_groups = [], [], []
    for aspect, groups in NANCHONG:
        for group, problems in groups:
            for m, (title, _, _, status, pending) in enumerate(problems, 1):
                b_items.append([str(m), nfkc(title), status, pending])
                b_aspects.append(nfkc(aspect))
                b_groups.append(nfkc(group))
    c_items, c_aspects = [], []
    for aspect, problems in YUELU:
        for m, (_, title, _, _, status, pending) in enumerate(problems, 1):
            c_items.append([str(m), nfkc(title), status, pending])
            c_aspects.append(nfkc(aspect))
    d_items, d_aspects, n = [], [], 0
    for aspect, problems in YIBIN:
        for title, _, _, status, pending in problems:
            n += 1
            d_items.append([str(n), nfkc(title), status, pending])
            d_aspects.append(nfkc(aspect))
    return {
        "A": (a_items, a_aspects, None),
        "B": (b_items, b_aspects, b_groups),
        "C": (c_items, c_aspects, None),
        "D": (d_items, d_aspects, None),
    }


if __name__ == "__main__":
    build()
    print(json.dumps(gold_items(), ensure_ascii=False, indent=1))
