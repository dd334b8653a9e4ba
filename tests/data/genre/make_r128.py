"""Build round 128's notices and their gold (run once: `python tests/data/genre/make_r128.py`); the files are committed.

Round 128 imitates LEDGERS WHOSE STATUS IS MARKED, NOT WRITTEN, as users paste or forward them as text: a notice's
整改台账 / 问题清单 where no cell says 已完成 in words beside the problem; the reader has to take the status from
where a mark stands or from a yes/no cell:
  A. a county bureau's ledger copied from Excel/WPS (tab-separated, Excel's quoting of cells with line breaks), with a
     two-row header whose merged 整改进展情况 spans three state columns 已完成 | 正在推进 | 长期坚持, a √ in the one
     that applies (one row ticked in both 已完成 and 长期坚持), the rest blank; 问题类别 merged down its class;
  B. a city SOE's notice as a note tool or chat app exports it: a Markdown pipe table | 序号 | 问题 | 整改措施 | 时限 |
     状态 | whose 状态 cell holds only an emoji mark explained by a legend line above the table (✅ / ⏳ / ♾️), cells
     holding <br> or ；-joined clauses;
  C. a university college's web page copied cell by cell (each cell on its own line, rows not separated, an empty
     cell an empty line), the 类别 cell merged down (given once per class), two state columns 已完成 | 未完成 marked
     ●, and a closing 合计 row;
  D. a township's notice taken out of its PDF with pdftotext -layout, its 整改清单 attached after the signature:
     columns aligned by spaces (a full-width character two columns), problem and measure cells wrapped onto
     continuation lines, 是否完成 and 是否销号 holding 是/否 and 备注 holding 长期坚持 or 序时推进.
Bodies are named 某 (the problems are invented). The gold is what a careful reader takes from each text.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROUND = 128

Row = tuple[str, str, str, bool]  # problem, measures, status, pending


def nfkc_title(text: str) -> str:
    """A title as the gold prints it: NFKC (half-width , ; : ( )), the trailing 。 removed."""
    return unicodedata.normalize("NFKC", text).rstrip("。.")


# --- A: 桃江县某局党组, Excel/WPS clipboard, tick columns under a merged header -----------------------------------
TAOJIANG: list[tuple[str, list[tuple[str, str, str, str, tuple[str, str, str], str, bool]]]] = [
    (
        "政治建设",
        [
            (
                "学习贯彻习近平总书记关于“三农”工作的重要论述不够深入，党组理论学习中心组学习流于形式。",
                "1.制定党组理论学习中心组年度学习计划，开展专题学习8次、专题研讨3次。\n"
                "2.建立学习情况季度通报制度，将学习情况纳入股室年度考核。",
                "办公室",
                "2025年8月底",
                ("√", "", ""),
                "done",
                False,
            ),
            (
                "落实粮食安全党政同责不够有力，高标准农田建设任务完成滞后。",
                "1.倒排工期推进2024年度高标准农田建设项目，已完成建设1.2万亩。\n"
                "2.剩余0.3万亩正在施工，计划2026年3月底前完工并组织验收。",
                "农田建设股",
                "2026年3月底",
                ("", "√", ""),
                "in_progress",
                True,
            ),
            (
                "意识形态工作责任制落实不到位，局属网站和微信公众号信息发布审核把关不严。",
                "1.修订网络信息发布审核办法，严格落实“三审三校”制度。\n2.每月开展一次意识形态领域风险研判。",
                "办公室",
                "长期",
                ("√", "", "√"),
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "全面从严治党",
        [
            (
                "党组落实全面从严治党主体责任不到位。\n对下属单位监督管理偏弱，谈心谈话开展不经常。",
                "1.制定党组落实全面从严治党主体责任清单和班子成员“一岗双责”清单。\n"
                "2.党组书记与班子成员、下属单位负责人开展谈心谈话23人次。",
                "机关纪委",
                "2025年9月底",
                ("√", "", ""),
                "done",
                False,
            ),
            (
                "落实中央八项规定精神不严格，存在违规发放误餐补助问题。",
                "对2023年以来误餐补助发放情况全面清查，清退违规发放资金2.36万元，对2名责任人进行批评教育。",
                "计财股",
                "2025年8月底",
                ("√", "", ""),
                "done",
                False,
            ),
            (
                "农业项目资金监管不严，部分项目资金拨付滞后、绩效评价不到位。",
                "1.开展农业项目资金专项清理，督促拨付滞后资金1860万元。\n"
                "2.委托第三方开展项目绩效评价，目前正在现场评价，预计2026年1月形成评价报告。",
                "计财股",
                "2026年1月底",
                ("", "√", ""),
                "in_progress",
                True,
            ),
            (
                "廉政风险防控机制不健全，执法检查等重点岗位廉政风险排查不深入。",
                "1.全面排查重点岗位廉政风险点42个，制定防控措施56条。\n2.每年开展一次廉政风险点动态排查。",
                "机关纪委",
                "长期坚持",
                ("", "", "√"),
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "组织建设",
        [
            (
                "基层党组织建设不规范，个别支部“三会一课”落实不到位。",
                "对4个党支部2023年以来组织生活记录逐一检查，督促补正会议记录，约谈支部书记2人。",
                "机关党委",
                "2025年8月底",
                ("√", "", ""),
                "done",
                False,
            ),
            (
                "干部队伍年龄结构老化，农业专业技术人才缺乏。",
                "1.制定2025—2027年干部队伍建设规划。\n"
                "2.2025年公开招聘农业专业技术人员5名，其中3名已到岗，2名正在办理入职手续。",
                "人事股",
                "2026年6月底",
                ("", "√", ""),
                "in_progress",
                True,
            ),
        ],
    ),
]


def excel_cell(text: str) -> str:
    """A cell as Excel/WPS copies it to the clipboard: quoted (inner quotes doubled) where it holds a line break or
    an ASCII quote, else as it is."""
    if "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def build_taojiang() -> tuple[str, list[list[Any]], list[str]]:
    rows = [
        "\t".join(["序号", "问题类别", "存在问题", "整改措施", "责任股室", "完成时限", "整改进展情况", "", ""]),
        "\t".join(["", "", "", "", "", "", "已完成", "正在推进", "长期坚持"]),
    ]
    items: list[list[Any]] = []
    aspects: list[str] = []
    numerals = "一二三四五六七八九十"
    n = 0
    for k, (klass, problems) in enumerate(TAOJIANG):
        for j, (problem, measures, unit, deadline, marks, status, pending) in enumerate(problems):
            n += 1
            cells = [str(n), klass if j == 0 else "", problem, measures, unit, deadline, *marks]
            rows.append("\t".join(excel_cell(c) for c in cells))
            items.append([str(n), nfkc_title(problem.replace("\n", "")), status, pending])
            aspects.append(f"（{numerals[k]}）{klass}")
    table = "\n".join(rows)
    text = f"""中共桃江县某局党组关于县委巡察反馈意见整改进展情况的通报

根据县委统一部署，2025年3月10日至5月9日，县委第一巡察组对县某局党组开展了常规巡察。2025年6月18日，县委第一巡察组向局党组反馈了巡察意见。按照党务公开和巡察工作有关要求，现将巡察整改进展情况予以公布。

一、整改工作总体情况

局党组坚持把巡察整改作为重大政治任务，成立由党组书记任组长的巡察整改工作领导小组，先后召开党组会议4次专题研究整改工作，制定整改方案，建立问题、任务、责任“三张清单”，实行整改台账销号管理。巡察反馈的3个方面9个问题，截至2025年11月30日，已完成整改6个（其中需长期坚持2个），正在推进3个；建立完善制度11项，清退违规发放资金2.36万元。

二、巡察反馈问题整改落实情况

县委第一巡察组反馈问题整改台账（在对应整改进展栏内打“√”）

{table}

三、下一步工作打算

下一步，局党组将继续把巡察整改作为一项长期政治任务，对正在推进的3个问题，紧盯时间节点，加大督办力度，确保按期整改到位；对已完成整改的问题，适时开展“回头看”，巩固整改成果，防止问题反弹；对需长期坚持的事项，健全完善长效机制，推动巡察整改成果转化为推进农业农村工作高质量发展的实际成效。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0737-8812XXXX；邮寄地址：桃江县某局办公室（邮编413400）；电子邮箱：tjxmjzg@163.com。

中共桃江县某局党组
2025年12月5日
"""
    return text, items, aspects


# --- B: 襄阳市某集团有限公司委员会, Markdown pipe table, emoji marks with a legend ------------------------------------
XIANGYANG: list[tuple[str, str, str, str, str, bool]] = [
    (
        "学习贯彻习近平新时代中国特色社会主义思想不够深入系统，党委理论学习中心组学习与企业改革发展结合不紧。",
        "修订党委理论学习中心组学习制度；开展专题学习10次、专题研讨4次；<br>形成调研报告3篇并转化为工作措施",
        "2025年9月",
        "✅",
        "done",
        False,
    ),
    (
        "落实国企改革深化提升行动有差距，“三项制度”改革推进不到位，末等调整和不胜任退出执行较少。",
        "修订集团绩效考核办法；经理层成员任期制和契约化管理实现全覆盖；<br>"
        "末等调整和不胜任退出办法已起草，正在征求职工代表意见",
        "2026年3月",
        "⏳",
        "in_progress",
        True,
    ),
    (
        "党委前置研究讨论重大经营管理事项清单不健全，个别事项未经党委前置研究直接提交董事会决策。",
        "修订党委前置研究讨论重大经营管理事项清单；对2023年以来董事会决策事项逐项复核，补正程序2项",
        "2025年8月",
        "✅",
        "done",
        False,
    ),
    (
        "投资项目管理不规范；<br>2个对外投资项目可行性研究论证不充分，投资项目后评价工作未开展。",
        "对2个对外投资项目重新开展风险评估，制定风险化解方案；<br>"
        "投资项目后评价工作已委托第三方机构开展，目前正在现场核查",
        "2026年2月",
        "⏳",
        "in_progress",
        True,
    ),
    (
        "落实全面从严治党主体责任不到位，党委对下属企业监督检查较少。",
        "制定党委落实全面从严治党主体责任清单；<br>建立下属企业党建和党风廉政建设年度检查制度，每年开展检查不少于2次",
        "长期",
        "♾️",
        "done_longterm",
        False,
    ),
    (
        "违反中央八项规定精神问题时有发生，存在超标准接待和违规使用公务用车问题。",
        "清退超标准接待费用1.27万元；对3名责任人进行批评教育；修订公务接待和公务用车管理办法",
        "2025年8月",
        "✅",
        "done",
        False,
    ),
    (
        "工程招标采购管理存在漏洞，部分项目化整为零规避公开招标。",
        "开展招标采购专项检查，对涉及的5个项目逐一核查整改；<br>上线集团电子采购平台，限额以上项目全部进场交易",
        "2025年10月",
        "✅",
        "done",
        False,
    ),
    (
        "应收账款清收不力，逾期应收账款金额较大。",
        "成立应收账款清收专班，已清收逾期账款3200万元；<br>对剩余1800万元逾期账款正在通过诉讼程序追收",
        "2026年6月",
        "⏳",
        "in_progress",
        True,
    ),
    (
        "选人用人工作不够规范，个别干部任用程序不严格、干部档案材料不完整。",
        "对2021年以来提拔任用的中层干部逐一复核；补齐干部档案材料27份",
        "2025年9月",
        "✅",
        "done",
        False,
    ),
    (
        "基层党组织“三会一课”等制度落实不到位，党建与生产经营融合不够。",
        "对12个基层党支部组织生活开展全面检查；<br>推行“党建+项目”工作法，设立党员先锋岗36个",
        "长期",
        "♾️",
        "done_longterm",
        False,
    ),
]


def build_xiangyang() -> tuple[str, list[list[Any]]]:
    rows = ["| 序号 | 问题 | 整改措施 | 时限 | 状态 |", "|---|---|---|---|---|"]
    items: list[list[Any]] = []
    for n, (problem, measures, deadline, mark, status, pending) in enumerate(XIANGYANG, 1):
        rows.append(f"| {n} | {problem} | {measures} | {deadline} | {mark} |")
        items.append([str(n), nfkc_title(problem.replace("<br>", "")), status, pending])
    table = "\n".join(rows)
    text = f"""**中共襄阳市某集团有限公司委员会关于市委巡察反馈意见整改进展情况的通报**

根据市委统一部署，2025年4月14日至6月13日，市委第四巡察组对襄阳市某集团有限公司党委开展了常规巡察，并于2025年7月22日向集团党委反馈了巡察意见。按照党务公开和巡察工作有关要求，现将巡察整改进展情况予以公布。

### 一、巡察整改工作总体情况

集团党委把抓好巡察整改作为重大政治任务，党委书记切实履行第一责任人职责，班子成员按照分工抓好分管领域整改，制定整改方案，细化整改措施46条。截至2025年11月10日，巡察反馈的3个方面10个问题，已完成整改7个（其中2个需长期坚持），正在推进3个；建立完善制度19项，挽回经济损失3200万元。

### 二、巡察反馈问题整改进展情况

> 状态说明：✅ 已完成整改；⏳ 正在推进；♾️ 已完成，需长期坚持

{table}

### 三、下一步工作打算

集团党委将坚持目标不变、标准不降、力度不减，对正在推进的3个问题实行清单化管理、销号式推进，确保按期整改到位；对已完成整改的问题加强跟踪问效，防止反弹回潮；把巡察整改与深化国有企业改革、提升企业经营效益结合起来，推动集团高质量发展。

欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0710-3526XXXX；邮寄地址：襄阳市某集团有限公司党委办公室（邮编441000）；电子邮箱：xyjtdwb@163.com。

中共襄阳市某集团有限公司委员会

2025年11月20日
"""
    return text, items


# --- C: 某大学信息工程学院委员会, a web page's table copied cell by cell, ● in 已完成 / 未完成, 合计 row --------------
COLLEGE: list[tuple[str, list[tuple[str, str, str, bool, str, bool]]]] = [
    (
        "政治建设",
        [
            (
                "学习贯彻习近平总书记关于教育的重要论述不够深入，院党委理论学习中心组学习形式单一",
                "制定院党委理论学习中心组年度学习计划，开展专题学习6次、集体研讨3次，邀请校内专家专题辅导2次",
                "院党委书记",
                True,
                "done",
                False,
            ),
            (
                "落实意识形态工作责任制不够到位，对课堂教学、讲座论坛等阵地管理不严",
                "修订学院哲学社会科学讲座论坛管理办法，落实“一会一报”审批制度，开展课堂教学督导听课52次",
                "院党委副书记",
                True,
                "done",
                False,
            ),
            (
                "党委会和党政联席会议议事规则执行不严格，个别“三重一大”事项未经集体研究",
                "修订党委会议和党政联席会议议事规则，明确“三重一大”事项清单，对2023年以来相关事项逐项复核",
                "院党委书记、院长",
                True,
                "done",
                False,
            ),
        ],
    ),
    (
        "全面从严治党",
        [
            (
                "落实全面从严治党主体责任压力传导不够，对系（教研室）主任日常监督不足",
                "制定学院全面从严治党主体责任清单，与各系（教研室）主任签订党风廉政建设责任书，开展廉政谈话18人次",
                "院党委书记",
                True,
                "done",
                False,
            ),
            (
                "科研经费管理不规范，部分项目存在报销凭证不齐全问题",
                "对2022年以来科研项目经费开展自查，补齐报销凭证46份；2个项目的结题审计正在进行，审计结束后按规定处理",
                "副院长（科研）",
                False,
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神不严格，存在学院公务接待审批手续不全问题",
                "对2023年以来公务接待逐笔核查，补正审批手续，修订学院公务接待管理细则",
                "院长",
                True,
                "done",
                False,
            ),
        ],
    ),
    (
        "组织建设",
        [
            (
                "基层党支部建设不够规范，教工党支部书记“双带头人”培育工程推进缓慢",
                "制定教工党支部书记“双带头人”培育方案，已选配“双带头人”支部书记4名，剩余2个支部书记人选正在考察",
                "院党委副书记",
                False,
                "in_progress",
                True,
            ),
            (
                "发展党员工作不规范，个别学生党员发展程序存在瑕疵",
                "对2021年以来发展的学生党员档案逐一审核，补正材料9份，组织发展党员工作专题培训1次",
                "院党委副书记",
                True,
                "done",
                False,
            ),
        ],
    ),
]


def build_college() -> tuple[str, list[list[Any]], list[str]]:
    cells = ["类别", "序号", "存在问题", "整改措施", "责任人", "已完成", "未完成"]
    items: list[list[Any]] = []
    aspects: list[str] = []
    numerals = "一二三四五六七八九十"
    n = 0
    done = open_ = 0
    for k, (klass, problems) in enumerate(COLLEGE):
        for j, (problem, measures, who, finished, status, pending) in enumerate(problems):
            n += 1
            if j == 0:
                cells.append(klass)  # the rowspan cell, copied once at its first row
            cells += [str(n), problem, measures, who, "●" if finished else "", "" if finished else "●"]
            done += finished
            open_ += not finished
            items.append([str(n), nfkc_title(problem), status, pending])
            aspects.append(f"（{numerals[k]}）{klass}")
    cells += ["合计", str(done), str(open_)]
    table = "\n".join(cells)
    text = f"""中共某大学信息工程学院委员会关于校党委巡察反馈意见整改进展情况的通报
发布者：信息工程学院　　发布时间：2025-12-19　　浏览次数：236
根据校党委统一部署，2025年4月8日至5月23日，校党委第三巡察组对信息工程学院党委开展了常规巡察，并于2025年6月27日向学院党委反馈了巡察意见。按照党务公开和巡察整改工作有关要求，现将巡察整改进展情况予以公布。
一、整改工作总体情况
学院党委高度重视巡察整改工作，成立由党委书记、院长任双组长的巡察整改工作领导小组，召开党委会专题研究部署，制定整改方案，建立整改台账，逐项明确责任人和完成时限。截至2025年12月10日，巡察反馈的3个方面8个问题，已完成整改6个，正在整改2个；新建和修订制度9项。
二、巡察反馈问题整改情况
学院巡察反馈问题整改清单
{table}
三、下一步工作打算
学院党委将以此次巡察整改为契机，对尚未完成整改的2个问题，明确时间节点，持续跟踪推进，确保整改到位；对已完成整改的问题，适时开展“回头看”，巩固整改成效；进一步健全长效机制，推动巡察整改成果转化为学院人才培养、学科建设和科学研究的发展成效。
欢迎广大师生对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-8883XXXX；电子邮箱：xxgcxy@xxx.edu.cn。
中共某大学信息工程学院委员会
2025年12月18日
"""
    return text, items, aspects


# --- D: 于都县某镇委员会, pdftotext -layout, 整改清单 after the signature: 是否完成/是否销号/备注 ---------
YUDU: list[tuple[str, str, str, str, str, str, bool]] = [
    (
        "学习贯彻党的二十大精神和上级决策部署不够深入，镇党委理论学习中心组学习研讨质量不高。",
        "制定镇党委理论学习中心组年度学习计划，开展专题学习研讨6次，班子成员到挂点村宣讲12场。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
    (
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作不够扎实，防止返贫动态监测帮扶不够精准。",
        "对全镇脱贫户和监测户开展全面排查，新识别监测对象7户，逐户落实帮扶措施；每月开展一次动态监测。",
        "是",
        "是",
        "长期坚持",
        "done_longterm",
        False,
    ),
    (
        "村级集体经济发展不平衡，3个村集体经营性收入不足10万元。",
        "引进蔬菜大棚项目2个，其中1个已建成投产，另1个正在建设，预计2026年6月建成投产。",
        "否",
        "否",
        "序时推进",
        "in_progress",
        True,
    ),
    (
        "耕地保护和违建整治不够有力，存在新增违法占用耕地建房问题。",
        "对排查出的5处违法占用耕地建房全部拆除复耕，建立镇村组三级耕地保护网格巡查制度。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
    (
        "落实全面从严治党主体责任不到位，镇纪委监督执纪问责力度偏弱。",
        "制定镇党委主体责任清单，镇纪委开展专项监督检查4次，谈话提醒村干部11人。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
    (
        "村级“三资”管理不规范，部分村合同管理混乱、资产台账不清。",
        "开展村级集体“三资”清理，规范合同56份，建立完善资产台账；每季度开展一次“三资”管理检查。",
        "是",
        "是",
        "长期坚持",
        "done_longterm",
        False,
    ),
    (
        "惠民惠农资金发放管理不严格，存在个别村干部代领补贴问题。",
        "对涉及的补贴资金逐户核查；2名村干部的问题已移交镇纪委立案审查，目前正在调查中。",
        "否",
        "否",
        "序时推进",
        "in_progress",
        True,
    ),
    (
        "落实中央八项规定精神不严格，存在公务接待无公函问题。",
        "对2023年以来公务接待逐笔核查，修订镇公务接待管理制度，严格执行公函制度。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
    (
        "村级班子建设有短板，个别村“两委”干部年龄偏大、能力不强。",
        "调整充实村“两委”干部4名，储备村级后备力量22名，开展村干部能力提升培训2期。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
    (
        "党员教育管理不严格，流动党员管理不到位。",
        "建立流动党员台账，对46名流动党员逐一联系，通过线上方式组织参加组织生活。",
        "是",
        "是",
        "",
        "done",
        False,
    ),
]


def width(text: str) -> int:
    """Display columns as pdftotext -layout pads them: a full-width character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


CLOSING = "，。；、：）”！？"


def wrap(text: str, columns: int) -> list[str]:
    """The lines a table cell of `columns` display columns breaks its text into."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if width(line + ch) > columns:
            if ch in CLOSING:  # a line never opens on closing punctuation: its last character goes down with it
                lines.append(line[:-1])
                line = line[-1]
            else:
                lines.append(line)
                line = ""
        line += ch
    if line:
        lines.append(line)
    return lines


def pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def build_yudu() -> tuple[str, list[list[Any]]]:
    # columns: (start offset is the sum of the widths before), widths in display columns, gaps of 2
    widths = [6, 30, 34, 10, 10, 8]
    gap = "  "

    def line(cells: list[str]) -> str:
        return gap.join(pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = ["    " + line(["序号", "存在问题", "整改措施", "是否完成", "是否销号", "备注"])]
    items: list[list[Any]] = []
    for n, (problem, measures, done, closed, remark, status, pending) in enumerate(YUDU, 1):
        p_lines = wrap(problem, widths[1])
        m_lines = wrap(measures, widths[2])
        for k in range(max(len(p_lines), len(m_lines))):
            cells = [
                f" {n}" if k == 0 else "",
                p_lines[k] if k < len(p_lines) else "",
                m_lines[k] if k < len(m_lines) else "",
                f"   {done}" if k == 0 else "",
                f"   {closed}" if k == 0 else "",
                remark if k == 0 else "",
            ]
            out.append("    " + line(cells))
        out.append("")
        items.append([str(n), nfkc_title(problem), status, pending])
    table = "\n".join(out).rstrip("\n")
    body = [
        "",
        "                     中共于都县某镇委员会",
        "        关于县委巡察反馈意见整改进展情况的通报",
        "",
        "    根据县委统一部署，2025年3月24日至5月23日，县委第二巡察组对",
        "镇党委开展了常规巡察，2025年7月2日向镇党委反馈了巡察意见。按照",
        "党务公开和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        "    一、整改工作总体情况",
        "    镇党委把巡察整改作为重大政治任务，成立由党委书记任组长的巡察",
        "整改工作领导小组，召开党委会专题研究整改工作5次，制定整改方案，",
        "建立整改清单，逐项明确责任领导、责任单位和整改时限。巡察反馈的3",
        "个方面10个问题，截至2025年12月31日，已完成整改8个（其中2个需",
        "长期坚持），正在序时推进2个；建立完善制度13项，追缴违规资金",
        "4.7万元。各问题整改情况见附件。",
        "    二、下一步工作打算",
        "    镇党委将持续压实整改主体责任，对正在序时推进的2个问题，明确",
        "时间节点，挂图作战，确保按期整改到位；对已完成整改的问题，适时开",
        "展“回头看”，坚决防止问题反弹回潮；对需长期坚持的事项，建立健全",
        "长效机制，巩固拓展巡察整改成果。",
        "    欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请",
        "及时向我们反映。联系电话：0797-6221XXXX；邮寄地址：于都县某镇党",
        "政办公室（邮编342300）；电子邮箱：ydmzdzb@163.com。",
        "",
        "",
        "                                          中共于都县某镇委员会",
        "                                             2026年1月9日",
        "",
        "                                  — 1 —",
        "\f",
        "    附件",
        "",
        "              于都县某镇巡察反馈问题整改清单",
        "",
        table,
        "",
        "                                  — 2 —",
        "\f",
    ]
    return "\n".join(body), items


def write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8")


COMMON_NOTES = {
    "pending": "true where the measures name concrete unfinished work (正在施工 / 正在现场评价 / 正在办理 / 正在征求 / "
    "正在核查 / 正在追收 / 正在进行 / 正在考察 / 正在建设 / 正在调查中), false for the done rows (gold README)",
}


def main() -> None:
    notices: list[dict[str, Any]] = []

    name = "r128_taojiang_county_bureau_excel_copy_tick_columns_under_merged_header_both_ticked_longterm.txt"
    text, items, aspects = build_taojiang()
    write(name, text)
    notices.append(
        {
            "file": name,
            "layout": "written blind from the writer's knowledge of the genre (2 queries run on the pages corpus, no "
            "ledger of the class found), before reading the parser's code: a county bureau 党组's notice under 县委"
            "巡察 (named 桃江县某局党组) whose 整改台账 was copied from Excel/WPS and pasted as text: tab-separated, "
            "Excel's quoting of the cells holding a line break (numbered measures 1. 2. in one cell, a problem cell of "
            "two paragraphs), a caption saying a √ is put in the state that applies, a two-row header whose merged "
            "整改进展情况 (first row, two empty cells after it) spans the three state columns 已完成 | 正在推进 | 长期"
            "坚持 named in the second row (the other columns empty there, merged down), a √ in the column that applies "
            "and the rest empty (trailing tabs kept), one row ticked in both 已完成 and 长期坚持; 问题类别 merged down "
            "its class (given at its first row); the whole furniture: title, opening with dates/team/feedback date, "
            "一、 with the counts, 二、 with the caption and the table, 三、下一步, contact, signature and date",
            "agency": "桃江县某局党组",
            "region": "桃江县",
            "province": "湖南省",
            "prefecture": "益阳市",
            "team": "县委第一巡察组",
            "period": ["2025-03-10", "2025-05-09"],
            "feedback": "2025-06-18",
            "signed": "2025-12-05",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": "中共桃江县某局党组",
            "warnings": [],
            "notes": {
                "labels": "the 序号 column",
                "title": "the 存在问题 cell unquoted, its two paragraphs joined (item 4), trailing 。 removed",
                "aspects": "the 问题类别 cell, merged down its class, numbered (一)… in the order the classes come "
                "(r101/r114/r123's table convention)",
                "status": "the column of the √ under 整改进展情况: 已完成 done, 正在推进 in_progress, 长期坚持 "
                "done_longterm (item 7 ticked there alone, item 3 ticked in both 已完成 and 长期坚持: done and kept "
                "up); 完成时限 is a deadline and states no status",
                "claimed": "3个方面9个问题; 已完成整改6个 (其中需长期坚持2个), 正在推进3个; 11项 are rules",
                **COMMON_NOTES,
            },
        }
    )

    name = "r128_xiangyang_city_soe_group_markdown_pipe_table_emoji_status_marks_legend_br_semicolon_cells.txt"
    text, items = build_xiangyang()
    write(name, text)
    notices.append(
        {
            "file": name,
            "layout": "written blind from the writer's knowledge of the genre, before reading the parser's code: a "
            "city SOE group 党委's notice (named 襄阳市某集团有限公司) as a note tool or chat app exports it to "
            "Markdown: the title in **bold**, ### part headings, the counts in prose (3个方面10个问题，已完成整改7个"
            "（其中2个需长期坚持），正在推进3个), a > quoted legend line above the table (状态说明：✅ 已完成整改；⏳ "
            "正在推进；♾️ 已完成，需长期坚持), then a pipe table | 序号 | 问题 | 整改措施 | 时限 | 状态 | with a plain "
            "|---| delimiter row, the 状态 cell holding only the emoji mark, the measure cells ；-joined clauses and "
            "<br>, two problem cells holding <br> (one after a ；), the 时限 cell 长期 for the kept-up rows; "
            "no aspects in the table; 三、下一步, contact, signature and date in separate paragraphs",
            "agency": "襄阳市某集团有限公司委员会",
            "region": "襄阳市",
            "province": "湖北省",
            "prefecture": "襄阳市",
            "team": "市委第四巡察组",
            "period": ["2025-04-14", "2025-06-13"],
            "feedback": "2025-07-22",
            "signed": "2025-11-20",
            "claimed": {"aspects": 3, "problems": 10, "completed": 7, "in_progress": 3},
            "items": items,
            "aspects": [None] * len(items),
            "sources": ["item"] * len(items),
            "issuer": "中共襄阳市某集团有限公司委员会",
            "warnings": [],
            "notes": {
                "labels": "the 序号 cell",
                "title": "the 问题 cell, its <br> dropped (the clause before it ends on ；), trailing 。 removed",
                "aspects": "the table names none (the 3 aspects are only counted in the prose): null",
                "status": "the 状态 cell's mark read by the legend above the table: ✅ done, ⏳ in_progress, ♾️ "
                "(已完成，需长期坚持) done_longterm; 时限 长期 is a deadline, not a status",
                "claimed": "3个方面10个问题; 已完成整改7个 (其中2个需长期坚持), 正在推进3个; 46条 are measures, 19项 "
                "rules",
                **COMMON_NOTES,
            },
        }
    )

    name = "r128_university_college_web_table_copied_cell_per_line_dot_marks_done_open_columns_total_row.txt"
    text, items, aspects = build_college()
    write(name, text)
    notices.append(
        {
            "file": name,
            "layout": "written blind from the writer's knowledge of the genre, before reading the parser's code: a "
            "university college 党委's notice (某大学信息工程学院委员会) under 校党委巡察, copied from the school's "
            "news page with its 发布者/发布时间/浏览次数 line, no blank lines; its 整改清单 table copied cell by cell "
            "as some browsers and reader views give it: each cell on its own line, rows not separated, an empty cell "
            "an empty line; seven columns 类别 序号 存在问题 整改措施 责任人 已完成 未完成, the 类别 cell merged down "
            "its class and so given once, at its class's first row (a row is 7 cells there, 6 below it); the state "
            "marked ● in 已完成 or 未完成, the other cell empty; a closing 合计 row (合计, then the two columns' "
            "counts 6 and 2); 三、下一步, contact, signature and date",
            "agency": "某大学信息工程学院委员会",
            "region": None,
            "province": None,
            "prefecture": None,
            "team": "校党委第三巡察组",
            "period": ["2025-04-08", "2025-05-23"],
            "feedback": "2025-06-27",
            "signed": "2025-12-18",
            "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
            "items": items,
            "aspects": aspects,
            "sources": ["item"] * len(items),
            "issuer": "中共某大学信息工程学院委员会",
            "warnings": [],
            "notes": {
                "labels": "the 序号 cell",
                "title": "the 存在问题 cell (no 。 printed)",
                "aspects": "the 类别 cell, merged down its class, numbered (一)… in the order the classes come "
                "(r101/r114/r123's table convention)",
                "status": "the column of the ●: 已完成 done, 未完成 in_progress (open, 正在整改 in the counts)",
                "claimed": "3个方面8个问题; 已完成整改6个, 正在整改2个; the 合计 row repeats 6 and 2 and is no "
                "problem; 9项 are rules",
                "region": "a college of an unnamed university: no place (r101/r105's convention)",
                **COMMON_NOTES,
            },
        }
    )

    name = "r128_yudu_county_town_pdftotext_layout_list_after_signature_yes_no_done_closed_remark_wrapped_rows.txt"
    text, items = build_yudu()
    write(name, text)
    notices.append(
        {
            "file": name,
            "layout": "written blind from the writer's knowledge of the genre, before reading the parser's code: a "
            "township 党委's notice (named 于都县某镇委员会) taken out of its PDF with pdftotext -layout: a centred "
            "two-line title, body lines broken at the page's width with a four-space paragraph indent, the counts in "
            "一、 and a pointer to the 附件, 二、下一步, contact, signature and date right-aligned, — 1 — and a form "
            "feed; then 附件 and its caption and the 整改清单 as columns aligned by spaces (a full-width character "
            "two columns): 序号 存在问题 整改措施 是否完成 是否销号 备注, the problem and measure cells wrapped over "
            "2-3 lines (continuation lines hold only those two cells), 是/否 in 是否完成 and 是否销号, 备注 holding "
            "长期坚持 or 序时推进 or empty, a blank line after each row, — 2 — and a form feed",
            "agency": "于都县某镇委员会",
            "region": "于都县",
            "province": "江西省",
            "prefecture": "赣州市",
            "team": "县委第二巡察组",
            "period": ["2025-03-24", "2025-05-23"],
            "feedback": "2025-07-02",
            "signed": "2026-01-09",
            "claimed": {"aspects": 3, "problems": 10, "completed": 8, "in_progress": 2},
            "items": items,
            "aspects": [None] * len(items),
            "sources": ["item"] * len(items),
            "issuer": "中共于都县某镇委员会",
            "warnings": [],
            "notes": {
                "labels": "the 序号 column",
                "title": "the 存在问题 cell, its wrapped lines joined, trailing 。 removed",
                "aspects": "the list names none (the 3 aspects are only counted in the prose): null",
                "status": "是否完成 是 done, 是 with 备注 长期坚持 done_longterm, 否 with 备注 序时推进 in_progress; "
                "是否销号 agrees on every row",
                "claimed": "3个方面10个问题; 已完成整改8个 (其中2个需长期坚持), 正在序时推进2个; 13项 are rules",
                "signed": "the date under the signature, before the 附件",
                **COMMON_NOTES,
            },
        }
    )

    data = {
        "round": ROUND,
        "about": "Round 128 (issue 19): LEDGERS WHOSE STATUS IS MARKED, NOT WRITTEN, as users paste or forward them "
        "as text, written blind (2 queries run on the pages corpus, no ledger of the class found; before reading the "
        "parser's code) from the writer's knowledge of the genre and built by make_r128.py: a county bureau's ledger "
        "copied from Excel/WPS with √ in one of three state columns under a merged 整改进展情况 header (桃江县, 湖南); "
        "a city SOE group's Markdown pipe table whose 状态 cell holds an emoji mark read by a legend line (襄阳市, "
        "湖北); a university college's web table copied cell by cell with ● in 已完成 or 未完成, the class cell given "
        "once and a 合计 row; a township's notice taken out of its PDF by pdftotext -layout with its 整改清单 after "
        "the signature, 是否完成/是否销号 是/否 and 备注 长期坚持/序时推进, wrapped cells (于都县, 江西). Bodies "
        "named 某 (the problems are invented).",
        "first_reading": "",
        "notices": notices,
    }
    (HERE / "rounds" / f"r{ROUND}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
