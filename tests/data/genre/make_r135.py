"""Build round 135's notices and their gold (run once: `python tests/data/genre/make_r135.py`); the files are committed.

Round 135 imitates 整改台账 WHOSE PROGRESS IS SHOWN AS A MEASURE, NOT A WORD, as users paste or forward them:
a county bureau 党组's ledger copied out of a fixed-width view (columns separated by runs of spaces, the class cell
left blank under its first row, a 完成率 percentage column, a 备注 column that sometimes carries the real status, a 合计
row; plain text, 湖南); a city investment group 党委's Excel ledger (class cells merged down their rows, a progress bar
typed as ■■■■□ explained by a note above the header, 完成时限 beside 是否按期, 小计 rows after each class and a 合计
row; .xlsx, 四川); a district health commission 党组's ledger pasted from a spreadsheet as tab-separated text (the
class repeated on every row, progress shown by ●/◐/○ explained by a legend line, a 备注 column; plain text, 江西); a
university college 党委's Excel ledger (class repeated on every row as after 取消合并并填充, a ▓▓░░ progress bar, a
traffic-light column 绿灯/黄灯/红灯 explained by the sheet's note, a 销号时间 column filled for the closed problems and
empty for the open ones; .xlsx). Bodies are named 某 (the problems are invented).

Gold convention for a measure (gold README: done / done_longterm / in_progress): a full measure (100%, ■■■■■, ●,
▓▓▓▓, 绿灯 with a 销号 date) is done, and done_longterm where the 备注 says 需长期坚持/长期坚持; a partial measure
(80%, ■■■□□, ◐, ▓▓░░, 黄灯) is in_progress; an empty measure with a deadline not yet passed (0%, □□□□□, ○, 红灯 with
no 销号 date) is in_progress too: the problem is on the list of open rectification tasks (the notice counts it among
those 正在推进), not a problem without a status.
"""

from __future__ import annotations

import datetime
import json
import unicodedata
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
ROUND = 135


def _title(text: str) -> str:
    """The gold title: NFKC (half-width , ; : ( )), the trailing 。 removed."""
    return unicodedata.normalize("NFKC", text).rstrip("。")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


# --- A: a county bureau 党组 (人社), plain text copied from a fixed-width view ---------------------------------------
# (class, title, measure, percent, deadline, remark, status, pending)
YOUXIAN = [
    (
        "党的领导",
        "学习贯彻习近平新时代中国特色社会主义思想不够深入，“第一议题”制度落实不到位",
        "修订局党组“第一议题”学习制度，2025年以来传达学习上级精神24次",
        "100%",
        "2025年9月底",
        "",
        "done",
        False,
    ),
    (
        "",
        "稳就业政策落实不够有力，部分就业补贴审核发放滞后",
        "逐笔清理2024年以来就业补贴申请，滞后的216笔已全部发放到位",
        "100%",
        "2025年10月底",
        "需长期坚持",
        "done_longterm",
        False,
    ),
    (
        "",
        "农民工工资支付保障机制落实不到位，个别在建项目工资专户未开设",
        "督促3个在建项目开设工资专户，其余1个项目正在办理开户手续",
        "80%",
        "2025年12月底",
        "",
        "in_progress",
        True,
    ),
    (
        "",
        "社保基金监管存在薄弱环节，部分冒领养老金未追回",
        "已追回冒领养老金11.2万元，剩余3.6万元正在通过司法程序追缴",
        "60%",
        "2026年3月底",
        "",
        "in_progress",
        True,
    ),
    (
        "全面从严治党",
        "落实全面从严治党主体责任不够到位，对下属单位监督偏松",
        "制定局党组主体责任清单，对4个下属单位开展专项检查",
        "100%",
        "2025年9月底",
        "",
        "done",
        False,
    ),
    (
        "",
        "财务管理不规范，部分公务接待费用报销手续不全",
        "对2023年以来公务接待费用逐笔复核，补齐手续37笔，修订财务报销办法",
        "100%",
        "2025年10月底",
        "",
        "done",
        False,
    ),
    (
        "",
        "干部职工参与社保经办违规操作问题查处不够及时",
        "拟定经办风险排查方案，待系统升级后开展全面比对",
        "0%",
        "2026年6月底",
        "系统升级中",
        "in_progress",
        True,
    ),
    (
        "党的建设",
        "基层党组织建设薄弱，“三会一课”制度执行不严格",
        "开展支部组织生活专项检查，补正会议记录，建立季度通报制度",
        "100%",
        "2025年9月底",
        "需长期坚持",
        "done_longterm",
        False,
    ),
    (
        "",
        "干部队伍年龄结构老化，年轻干部培养储备不足",
        "制定年轻干部培养计划，选派5名年轻干部到窗口一线锻炼",
        "100%",
        "2025年12月底",
        "",
        "done",
        False,
    ),
]


def youxian() -> str:
    head = ["序号", "问题类别", "存在问题", "整改措施", "完成率", "完成时限", "备注"]
    rows = [head]
    for n, (cls, title, measure, pct, deadline, remark, _s, _p) in enumerate(YOUXIAN, 1):
        rows.append([str(n), cls, title + "。", measure + "。", pct, deadline, remark])
    done = sum(1 for r in YOUXIAN if r[6].startswith("done"))
    rows.append(["合计", "", f"{len(YOUXIAN)}个问题", f"已完成{done}个，正在推进{len(YOUXIAN) - done}个", "", "", ""])
    widths = [max(_width(r[c]) for r in rows) for c in range(len(head))]
    table = "\n".join("  ".join(_pad(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows)
    return f"""中共攸县某局党组
关于县委巡察反馈意见整改进展情况的通报

根据县委统一部署，2025年3月10日至5月9日，县委第二巡察组对攸县某局党组开展了常规巡察，并于2025年6月20日反馈了巡察意见。局党组高度重视，制定整改方案，建立整改台账，逐项明确整改措施、责任人和完成时限。现将整改进展情况通报如下。

一、整改工作总体情况

县委巡察反馈党的领导、全面从严治党、党的建设3个方面9个问题，局党组制定整改措施28条。截至2025年12月15日，已完成整改6个，正在推进3个。整改完成情况以完成率表示，下表据局整改台账导出。

二、整改台账

{table}

注：完成率为100%的为已完成整改；备注“需长期坚持”的，完成后持续巩固。

三、下一步工作打算

局党组将继续把巡察整改作为重要政治任务，对尚未完成的3个问题挂图作战、逐项销号，对已完成整改的问题适时开展“回头看”，坚决防止问题反弹。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-2xxxxxx；电子邮箱：yxrsjxc@163.com。

中共攸县某局党组
2025年12月20日
"""


# --- B: a city investment group 党委, Excel: class cells merged, a ■□ bar, 完成时限 / 是否按期, 小计 and 合计 rows
# (class, title, measure, bar, deadline, on_time, remark, status, pending)
YIBIN = [
    (
        "党的领导",
        "贯彻落实市委决策部署不够有力，服务城市更新重点项目推进缓慢",
        "建立重点项目周调度机制，7个滞后项目中5个已达序时进度，其余2个正在办理用地手续",
        "■■■■□",
        "2025年12月31日",
        "未到期",
        "",
        "in_progress",
        True,
    ),
    (
        "党的领导",
        "党委把方向、管大局、保落实作用发挥不充分，“三重一大”事项前置研究不到位",
        "修订党委前置研究讨论重大经营管理事项清单，对2023年以来重大事项逐项复核，补正程序3项",
        "■■■■■",
        "2025年9月30日",
        "按期完成",
        "",
        "done",
        False,
    ),
    (
        "党的领导",
        "防范化解债务风险不够主动，部分隐性债务化解方案未落地",
        "制定隐性债务化解三年方案，已化解存量债务4.6亿元，剩余部分正在与金融机构协商展期",
        "■■□□□",
        "2026年6月30日",
        "未到期",
        "",
        "in_progress",
        True,
    ),
    (
        "全面从严治党",
        "工程项目招投标管理不规范，存在化整为零规避招标问题",
        "修订集团招标采购管理办法，对2022年以来42个工程项目逐一排查，问责相关责任人3人",
        "■■■■■",
        "2025年10月31日",
        "按期完成",
        "",
        "done",
        False,
    ),
    (
        "全面从严治党",
        "落实中央八项规定精神不严格，公务用车管理不规范",
        "清理公务用车17辆，收回违规使用车辆2辆，安装公车定位系统",
        "■■■■■",
        "2025年9月30日",
        "按期完成",
        "长期坚持",
        "done_longterm",
        False,
    ),
    (
        "全面从严治党",
        "子公司资金出借审批不严，部分借款逾期未收回",
        "已收回逾期借款1800万元，剩余600万元已提起诉讼，正在等待法院判决",
        "■■■□□",
        "2025年11月30日",
        "逾期未完成",
        "",
        "in_progress",
        True,
    ),
    (
        "党的建设",
        "基层党组织建设薄弱，个别项目公司党支部换届不及时",
        "督促4个项目公司党支部按期完成换届，建立换届提醒机制",
        "■■■■■",
        "2025年9月30日",
        "按期完成",
        "",
        "done",
        False,
    ),
    (
        "党的建设",
        "选人用人不规范，个别中层干部任前考察不全面",
        "修订中层干部选拔任用办法，对2022年以来任用的21名中层干部档案进行复查",
        "■■■■■",
        "2025年10月31日",
        "按期完成",
        "需长期坚持",
        "done_longterm",
        False,
    ),
    (
        "党的建设",
        "专业人才引进培养机制不健全，投融资专业人才短缺",
        "制定人才引进计划，2026年春季招聘方案已报市国资委审批",
        "□□□□□",
        "2026年6月30日",
        "未到期",
        "",
        "in_progress",
        True,
    ),
    (
        "党的建设",
        "党建与生产经营融合不够，党建考核结果运用不充分",
        "修订党建工作考核办法，考核结果与子公司负责人薪酬挂钩",
        "■■■■■",
        "2025年12月31日",
        "按期完成",
        "",
        "done",
        False,
    ),
]


def _sheet_row(sheet, row: int, text: str, width: int, *, bold: bool = False, size: int = 11, center: bool = False):
    sheet.cell(row=row, column=1, value=text)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.cell(row=row, column=1).font = Font(bold=bold, size=size)
    sheet.cell(row=row, column=1).alignment = Alignment(
        wrap_text=True, horizontal="center" if center else "left", vertical="center"
    )


def _fixed(book: openpyxl.Workbook) -> None:
    stamp = datetime.datetime(2026, 1, 5, 9, 0, 0)
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.creator = "user"
    book.properties.lastModifiedBy = "user"


def yibin(path: Path) -> None:
    book = openpyxl.Workbook()
    _fixed(book)
    sheet = book.active
    sheet.title = "整改台账"
    width = 9
    _sheet_row(
        sheet,
        1,
        "中共宜宾市某投资集团有限公司委员会关于市委巡察反馈意见整改进展情况的通报",
        width,
        bold=True,
        size=16,
        center=True,
    )
    done = sum(1 for r in YIBIN if r[7].startswith("done"))
    _sheet_row(
        sheet,
        2,
        "根据市委统一部署，2025年3月17日至5月16日，市委第三巡察组对宜宾市某投资集团有限公司党委开展了常规巡察，"
        "2025年7月8日反馈了巡察意见。集团党委对照反馈的党的领导、全面从严治党、党的建设3个方面10个问题，制定整改措施"
        f"36条，建立整改台账。截至2025年12月10日，已完成整改{done}个，正在推进{len(YIBIN) - done}个。"
        "现将整改台账公布如下。",
        width,
    )
    _sheet_row(sheet, 3, "说明：“整改进度”栏■为已完成部分、□为未完成部分，每格代表20%，■■■■■为整改完成。", width)
    head = ["序号", "问题类别", "存在问题", "整改措施", "责任部门", "整改进度", "完成时限", "是否按期", "备注"]
    for c, h in enumerate(head, 1):
        sheet.cell(row=4, column=c, value=h).font = Font(bold=True)
    row = 5
    n = 0
    classes: list[str] = []
    for cls in YIBIN:
        if cls[0] not in classes:
            classes.append(cls[0])
    units = [
        "集团投资发展部",
        "集团党委办公室",
        "集团财务部",
        "集团纪委",
        "集团综合部",
        "集团风控部",
        "集团党群工作部",
        "集团组织人事部",
        "集团人力资源部",
        "集团党群工作部",
    ]
    for cls in classes:
        rows = [r for r in YIBIN if r[0] == cls]
        first = row
        for title, measure, bar, deadline, on_time, remark in ((r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows):
            n += 1
            values = [
                n,
                cls if row == first else None,
                title + "。",
                measure + "。",
                units[n - 1],
                bar,
                deadline,
                on_time,
                remark or None,
            ]
            for c, v in enumerate(values, 1):
                sheet.cell(row=row, column=c, value=v).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        sheet.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        done_here = sum(1 for r in rows if r[7].startswith("done"))
        sheet.cell(row=row, column=1, value="小计")
        sheet.cell(row=row, column=3, value=f"{len(rows)}个问题，已完成{done_here}个")
        row += 1
    sheet.cell(row=row, column=1, value="合计")
    sheet.cell(row=row, column=3, value=f"{len(YIBIN)}个问题，已完成{done}个，正在推进{len(YIBIN) - done}个")
    row += 2
    _sheet_row(
        sheet,
        row,
        "下一步，集团党委将对尚未完成的4个问题实行清单化管理、销号式推进，对逾期未完成的问题由集团纪委跟踪督办，"
        "确保按期全面完成整改任务。",
        width,
    )
    _sheet_row(sheet, row + 1, "欢迎广大干部职工和社会各界对整改落实情况进行监督。联系电话：0831-8xxxxxx。", width)
    _sheet_row(sheet, row + 3, "中共宜宾市某投资集团有限公司委员会", width)
    _sheet_row(sheet, row + 4, "2025年12月18日", width)
    for col, w in zip("ABCDEFGHI", [6, 12, 40, 48, 14, 12, 16, 12, 12], strict=True):
        sheet.column_dimensions[col].width = w
    book.save(path)


# --- C: a district health commission 党组, tab-separated text pasted from a spreadsheet: ●/◐/○ with a legend line ---
# (class, title, measure, mark, deadline, remark, status, pending)
QINGSHANHU = [
    (
        "党的领导",
        "贯彻落实健康中国战略部署不够有力，基层医疗卫生服务能力提升缓慢",
        "制定基层医疗机构能力提升三年行动方案，6个社区卫生服务中心中4个已完成标准化改造，其余2个正在施工",
        "◐",
        "2026年3月",
        "",
        "in_progress",
        True,
    ),
    (
        "党的领导",
        "意识形态工作责任制落实不到位，阵地管理存在薄弱环节",
        "修订意识形态工作责任清单，对所属单位宣传阵地逐一排查，清理过时内容12处",
        "●",
        "2025年10月",
        "",
        "done",
        False,
    ),
    (
        "全面从严治党",
        "医药领域腐败问题集中整治不够深入，个别医院药品耗材采购监管不严",
        "开展药品耗材采购专项检查，对3家医院采购流程逐项整改，追责问责2人",
        "●",
        "2025年11月",
        "需长期坚持",
        "done_longterm",
        False,
    ),
    (
        "全面从严治党",
        "落实中央八项规定精神不严格，个别单位违规发放津贴补贴",
        "对违规发放的津贴补贴全部清退，共计8.4万元，修订津贴补贴发放管理办法",
        "●",
        "2025年9月",
        "",
        "done",
        False,
    ),
    (
        "全面从严治党",
        "医疗服务收费不规范，存在重复收费、超标准收费问题",
        "已对2家医院重复收费问题退费，其余医院自查清单正在审核中",
        "◐",
        "2025年12月",
        "",
        "in_progress",
        True,
    ),
    (
        "党的建设",
        "公立医院党委领导下的院长负责制落实不到位，议事规则不健全",
        "指导5家公立医院修订党委会、院长办公会议事规则，明确决策事项清单",
        "●",
        "2025年10月",
        "",
        "done",
        False,
    ),
    (
        "党的建设",
        "卫生专业技术人才队伍建设滞后，基层全科医生缺口较大",
        "定向培养全科医生计划已报区政府待审定，2026年起实施",
        "○",
        "2026年6月",
        "待区政府审定",
        "in_progress",
        True,
    ),
    (
        "党的建设",
        "党支部标准化规范化建设不到位，个别支部组织生活流于形式",
        "开展党支部标准化建设达标评估，对4个支部限期整改，建立支部书记述职评议制度",
        "●",
        "2025年9月",
        "长期坚持",
        "done_longterm",
        False,
    ),
]


def qingshanhu() -> str:
    head = ["序号", "问题类别", "反馈问题", "整改措施", "完成时限", "进展", "备注"]
    lines = ["\t".join(head)]
    for n, (cls, title, measure, mark, deadline, remark, _s, _p) in enumerate(QINGSHANHU, 1):
        lines.append("\t".join([str(n), cls, title, measure, deadline, mark, remark]))
    table = "\n".join(lines)
    done = sum(1 for r in QINGSHANHU if r[6].startswith("done"))
    still = len(QINGSHANHU) - done
    return f"""中共青山湖区某委党组关于区委巡察反馈意见整改进展情况的通报

根据区委统一部署，2025年4月8日至6月6日，区委第一巡察组对青山湖区某委党组开展了常规巡察，2025年7月18日反馈了巡察意见。委党组坚持把巡察整改作为重大政治任务，建立整改台账，实行挂图作战、对账销号。现将整改进展情况通报如下。

一、整改总体进展

巡察反馈3个方面8个问题，委党组细化整改措施26条。截至2025年11月30日，8个问题中已完成整改{done}个，正在推进整改{still}个。

二、整改台账

图例：●已完成　◐正在推进　○尚未完成

{table}

三、下一步工作

委党组将坚持问题导向，对正在推进的3个问题盯紧时间节点、压实责任，确保按期完成；对已完成的问题巩固整改成果，建立健全长效机制。

欢迎社会各界对整改落实情况进行监督。联系电话：0791-8xxxxxxx；邮政信箱：南昌市青山湖区某委办公室。

中共青山湖区某委党组
2025年12月5日
"""


# --- D: a university college 党委, Excel: class repeated on every row, ▓░ bar, 绿灯/黄灯/红灯 and a 销号时间 column
# (class, title, measure, bar, light, closed, remark, status, pending)
COLLEGE = [
    (
        "政治建设",
        "学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习中心组学习流于形式",
        "修订学院党委理论学习中心组学习制度，制定年度学习计划，开展专题研讨6次",
        "▓▓▓▓",
        "绿灯",
        "2025-10-15",
        "",
        "done",
        False,
    ),
    (
        "政治建设",
        "落实立德树人根本任务不够有力，课程思政建设覆盖面不广",
        "完成28门专业课程课程思政教学设计，其余9门正在修订教学大纲",
        "▓▓▓░",
        "黄灯",
        "",
        "",
        "in_progress",
        True,
    ),
    (
        "思想建设",
        "意识形态阵地管理不严，个别讲座报告会审批备案不规范",
        "修订讲座论坛报告会管理办法，对2024年以来举办的31场讲座补齐审批备案手续",
        "▓▓▓▓",
        "绿灯",
        "2025-09-30",
        "需长期坚持",
        "done_longterm",
        False,
    ),
    (
        "思想建设",
        "师德师风建设长效机制不健全，师德考核结果运用不充分",
        "制定师德考核结果运用办法，将考核结果与职称评审、评优评先挂钩",
        "▓▓▓▓",
        "绿灯",
        "2025-11-20",
        "",
        "done",
        False,
    ),
    (
        "组织建设",
        "教工党支部“双带头人”培育工程推进缓慢，支部书记配备不到位",
        "选配2名“双带头人”教师党支部书记，另1个支部书记人选正在考察",
        "▓▓░░",
        "黄灯",
        "",
        "",
        "in_progress",
        True,
    ),
    (
        "组织建设",
        "发展学生党员程序不规范，个别发展材料不完整",
        "对2022年以来发展的86名学生党员档案逐一复查，补正材料14份，开展组织员培训",
        "▓▓▓▓",
        "绿灯",
        "2025-10-28",
        "",
        "done",
        False,
    ),
    (
        "作风建设",
        "科研经费管理不规范，个别项目存在违规报销问题",
        "清退违规报销经费2.3万元，对相关项目负责人进行提醒谈话，修订科研经费报销细则",
        "▓▓▓▓",
        "绿灯",
        "2025-11-05",
        "长期坚持",
        "done_longterm",
        False,
    ),
    (
        "作风建设",
        "实验室安全管理责任落实不到位，危化品台账管理不规范",
        "实验室安全管理信息系统正在调试，危化品台账待系统上线后统一录入",
        "░░░░",
        "红灯",
        "",
        "系统调试中",
        "in_progress",
        True,
    ),
    (
        "纪律建设",
        "落实全面从严治党主体责任不够到位，对重点岗位监督不力",
        "制定学院党委主体责任清单和重点岗位廉政风险防控清单，开展廉政谈话42人次",
        "▓▓▓▓",
        "绿灯",
        "2025-10-10",
        "",
        "done",
        False,
    ),
]


def college(path: Path) -> None:
    book = openpyxl.Workbook()
    _fixed(book)
    sheet = book.active
    sheet.title = "Sheet1"
    width = 9
    _sheet_row(
        sheet,
        1,
        "中共某大学公共管理学院委员会关于校党委巡察反馈意见整改进展情况的通报",
        width,
        bold=True,
        size=16,
        center=True,
    )
    done = sum(1 for r in COLLEGE if r[7].startswith("done"))
    _sheet_row(
        sheet,
        2,
        "根据校党委统一部署，2025年4月14日至5月23日，校党委第二巡察组对公共管理学院党委开展了巡察，"
        "2025年6月27日反馈了巡察意见。学院党委逐条对照反馈的5个方面9个问题，制定整改措施30条。截至2025年11月25日，"
        f"已完成整改{done}个，正在推进{len(COLLEGE) - done}个。整改台账如下：",
        width,
    )
    _sheet_row(sheet, 3, "注：绿色=已完成（已销号），黄色=正在推进，红色=进度滞后；“销号时间”为空的为未销号。", width)
    head = ["序号", "问题类型", "问题描述", "整改措施", "责任人", "整改进度", "状态灯", "销号时间", "备注"]
    for c, h in enumerate(head, 1):
        sheet.cell(row=4, column=c, value=h).font = Font(bold=True)
    people = [
        "院党委书记",
        "分管教学副院长",
        "院党委副书记",
        "院党委副书记",
        "组织员",
        "组织员",
        "院长",
        "分管实验室副院长",
        "院党委书记",
    ]
    for n, (cls, title, measure, bar, light, closed, remark, _s, _p) in enumerate(COLLEGE, 1):
        values = [n, cls, title, measure, people[n - 1], bar, light, closed or None, remark or None]
        for c, v in enumerate(values, 1):
            sheet.cell(row=4 + n, column=c, value=v).alignment = Alignment(wrap_text=True, vertical="center")
    row = 4 + len(COLLEGE) + 2
    _sheet_row(
        sheet,
        row,
        "下一步，学院党委将对黄灯、红灯事项逐项跟踪督办，确保2026年6月底前全部销号；对已销号事项适时开展“回头看”。",
        width,
    )
    _sheet_row(sheet, row + 1, "联系人：学院党政办公室，联系电话：xxxx-xxxxxxx。", width)
    _sheet_row(sheet, row + 3, "中共某大学公共管理学院委员会", width)
    _sheet_row(sheet, row + 4, "2025年12月1日", width)
    for col, w in zip("ABCDEFGHI", [6, 10, 40, 48, 14, 10, 8, 12, 12], strict=True):
        sheet.column_dimensions[col].width = w
    book.save(path)


# --- gold ----------------------------------------------------------------------------------------------------------
def _items(rows, title_at: int, status_at: int):
    return [[str(n), _title(r[title_at]), r[status_at], r[status_at + 1]] for n, r in enumerate(rows, 1)]


def _aspects(rows):
    numerals = "一二三四五六七八九十"
    seen: list[str] = []
    out = []
    current = ""
    for r in rows:
        cls = r[0] or current
        current = cls
        if cls not in seen:
            seen.append(cls)
        out.append(f"（{numerals[seen.index(cls)]}）{cls}")
    return out


NOTE_ASPECTS = (
    "the 问题类别/问题类型 cell, numbered (一)… in the order the classes come (r101/r114/r119's table convention)"
)


def gold() -> dict:
    def counts(rows, status_at):
        done = sum(1 for r in rows if r[status_at].startswith("done"))
        return done, len(rows) - done

    a_done, a_open = counts(YOUXIAN, 6)
    b_done, b_open = counts(YIBIN, 7)
    c_done, c_open = counts(QINGSHANHU, 6)
    d_done, d_open = counts(COLLEGE, 7)
    return {
        "round": ROUND,
        "about": (
            "Round 135 (issue 19): LEDGERS WHOSE PROGRESS IS SHOWN AS A MEASURE, NOT A WORD, written blind (1 query "
            "run on the pages corpus, which found no ledger to copy; before reading the parser's code) and built by "
            "make_r135.py: a county bureau 党组's ledger copied from a fixed-width view (runs of spaces between "
            "columns, the class cell blank under its first row, 完成率 100%/80%/60%/0%, a 备注 column carrying "
            "需长期坚持, "
            "a 合计 row; 攸县, 湖南); a city investment group 党委's .xlsx (class cells merged, a ■■■■□ bar explained "
            "by a note row, 完成时限 beside 是否按期 按期完成/逾期未完成/未到期, 小计 rows after each class and a "
            "合计 row; "
            "宜宾市, 四川); a district health commission 党组's ledger pasted as tab-separated text (class repeated on "
            "every row, ●/◐/○ explained by a legend line; 青山湖区, 南昌市, 江西); a university college 党委's .xlsx "
            "(class "
            "repeated on every row, a ▓▓░░ bar, 绿灯/黄灯/红灯 explained by the sheet's note, 销号时间 filled for "
            "closed "
            "problems and empty for open ones). Bodies named 某 (the problems are invented). Gold convention for a "
            "measure: full (100%, ■■■■■, ●, ▓▓▓▓ with 绿灯 and a 销号 date) is done, done_longterm where the 备注 says "
            "需长期坚持/长期坚持; partial (80%, ■■■□□, ◐, ▓▓░░ 黄灯) is in_progress; empty with a deadline not passed "
            "(0%, □□□□□, ○, ░░░░ 红灯 without a 销号 date) is in_progress, counted by each notice among those 正在推进."
            " Fixed after the round (36/36): a ledger aligned by spaces whose status column is a share (完成率) or a "
            "traffic light (状态灯) is read as a table, its totals row (合计/总计) the ledger's counts and no part of "
            "the last row; a traffic light standing as a cell is read as the words the sheet's note explains its "
            "colour by (绿色=已完成 / 绿灯表示… / 绿色：…), so that a note making green mean on schedule keeps it "
            "open; a lag by its degree alone (严重滞后) is in progress. The 销号时间 column was not needed (the "
            "lights agree with it) and is not read as a status."
        ),
        "first_reading": (
            "problems 27/36 (75%), statuses 20/36 (56%), aspects 27/36 (75%), pending 27/36 (75%), header 56/56 "
            "(100%) (main at 3129194): the 攸县 ledger copied from a fixed-width view lists no problem (its rows, "
            "columns parted by runs of spaces, not read as a table: header and claims only); the college .xlsx reads "
            "every row but not its 状态灯 (绿灯/黄灯/红灯 through the note) nor its 销号时间 dates: 7 of 9 unstated "
            "and two warnings on its counts; the 宜宾 ■□ bar ledger and the 青山湖 ●◐○ tab ledger read right"
        ),
        "notices": [
            {
                "file": (
                    "r135_youxian_county_bureau_fixed_width_spaces_percent_column_blank_class_cells_remark_total.txt"
                ),
                "layout": (
                    "written blind: a county bureau 党组 (人社) notice as plain text, title in two lines, prose "
                    "opening "
                    "with team, dates and feedback, 一、 with the counts (3个方面9个问题; "
                    "已完成整改6个，正在推进3个; 28条 "
                    "measures), 二、整改台账 as a copy of a fixed-width view: columns 序号 问题类别 存在问题 "
                    "整改措施 完成率 "
                    "完成时限 备注 separated by runs of spaces padded by display width, the class printed at its first "
                    "row only, a 合计 row, a 注 line explaining 完成率; 三、下一步, contact, signature"
                ),
                "agency": "攸县某局党组",
                "region": "攸县",
                "province": "湖南省",
                "prefecture": "株洲市",
                "team": "县委第二巡察组",
                "period": ["2025-03-10", "2025-05-09"],
                "feedback": "2025-06-20",
                "signed": "2025-12-20",
                "claimed": {"aspects": 3, "problems": 9, "completed": a_done, "in_progress": a_open},
                "items": _items(YOUXIAN, 1, 6),
                "aspects": _aspects(YOUXIAN),
                "sources": ["item"] * len(YOUXIAN),
                "issuer": "中共攸县某局党组",
                "warnings": [],
                "notes": {
                    "labels": "the 序号 column; the 合计 row is no problem",
                    "title": "the 存在问题 cell, trailing 。 removed",
                    "aspects": NOTE_ASPECTS + "; a blank class cell belongs to the class above",
                    "status": (
                        "the 完成率 column: 100% done, 100% with 备注 需长期坚持 done_longterm, 80%/60% in_progress, "
                        "0% "
                        "with 完成时限 2026年6月底 (after the notice's date) in_progress (counted among the 3 正在推进)"
                    ),
                    "pending": "items 3, 4, 7: 正在办理开户手续 / 正在通过司法程序追缴 / 待系统升级后开展",
                    "claimed": "3个方面9个问题; 已完成整改6个 (4 done + 2 kept up), 正在推进3个; 28条 are measures",
                },
            },
            {
                "file": "r135_yibin_city_group_xlsx_merged_class_cells_square_bar_deadline_on_time_subtotal_rows.xlsx",
                "layout": (
                    "written blind: a city investment group 党委's ledger forwarded as .xlsx, one sheet: a title row "
                    "merged across, an opening row merged across (team, dates, feedback, 3个方面10个问题, 36条 "
                    "measures, "
                    "已完成整改6个，正在推进4个), a 说明 row explaining the ■□ bar, the header 序号 问题类别 "
                    "存在问题 整改措施 "
                    "责任部门 整改进度 完成时限 是否按期 备注, the class cells merged down their rows, a 小计 row "
                    "after each "
                    "class and a 合计 row, then 下一步, contact and the signature in merged rows"
                ),
                "agency": "宜宾市某投资集团有限公司委员会",
                "region": "宜宾市",
                "province": "四川省",
                "prefecture": "宜宾市",
                "team": "市委第三巡察组",
                "period": ["2025-03-17", "2025-05-16"],
                "feedback": "2025-07-08",
                "signed": "2025-12-18",
                "claimed": {"aspects": 3, "problems": 10, "completed": b_done, "in_progress": b_open},
                "items": _items(YIBIN, 1, 7),
                "aspects": _aspects(YIBIN),
                "sources": ["item"] * len(YIBIN),
                "issuer": "中共宜宾市某投资集团有限公司委员会",
                "warnings": [],
                "notes": {
                    "labels": "the 序号 column; 小计 and 合计 rows are no problems",
                    "title": "the 存在问题 cell, trailing 。 removed",
                    "aspects": NOTE_ASPECTS + "; a merged cell holds its value in its first row",
                    "status": (
                        "the 整改进度 bar as the 说明 row explains it: ■■■■■ done (按期完成), with 备注 "
                        "长期坚持/需长期坚持 "
                        "done_longterm; ■■■■□/■■■□□/■■□□□ in_progress (是否按期 未到期 or 逾期未完成); □□□□□ with "
                        "完成时限 "
                        "2026年6月30日 (未到期) in_progress"
                    ),
                    "pending": "items 1, 3, 6, 9: 正在办理用地手续 / 正在与金融机构协商 / 正在等待法院判决 / 已报…审批",
                    "claimed": "3个方面10个问题; 已完成整改6个 (4 done + 2 kept up), 正在推进4个; 36条 are measures",
                    "signed": "the date row under the signature row at the sheet's end",
                },
            },
            {
                "file": (
                    "r135_qingshanhu_district_health_commission_tab_separated_circles_legend_line_repeated_class.txt"
                ),
                "layout": (
                    "written blind: a district health commission 党组's notice as plain text, its ledger pasted from a "
                    "spreadsheet as tab-separated rows (序号 问题类别 反馈问题 整改措施 完成时限 进展 备注), the "
                    "class repeated "
                    "on every row, the 进展 cell a circle ●/◐/○ explained by a 图例 line above the table (full-width "
                    "spaces between its entries); prose opening, 一、 counts (3个方面8个问题; "
                    "已完成整改5个，正在推进整改3个; "
                    "26条 measures), 三、下一步工作, contact, signature"
                ),
                "agency": "青山湖区某委党组",
                "region": "青山湖区",
                "province": "江西省",
                "prefecture": "南昌市",
                "team": "区委第一巡察组",
                "period": ["2025-04-08", "2025-06-06"],
                "feedback": "2025-07-18",
                "signed": "2025-12-05",
                "claimed": {"aspects": 3, "problems": 8, "completed": c_done, "in_progress": c_open},
                "items": _items(QINGSHANHU, 1, 6),
                "aspects": _aspects(QINGSHANHU),
                "sources": ["item"] * len(QINGSHANHU),
                "issuer": "中共青山湖区某委党组",
                "warnings": [],
                "notes": {
                    "labels": "the 序号 cell",
                    "title": "the 反馈问题 cell",
                    "aspects": NOTE_ASPECTS + "; repeated on every row",
                    "status": (
                        "the 进展 circle read through the 图例 line: ● done, ● with 备注 需长期坚持/长期坚持 "
                        "done_longterm, "
                        "◐ in_progress, ○ (尚未完成, deadline 2026年6月) in_progress (counted among the 3 正在推进整改)"
                    ),
                    "pending": "items 1, 5, 7: 正在施工 / 正在审核中 / 已报区政府待审定",
                    "claimed": "3个方面8个问题; 已完成整改5个 (3 done + 2 kept up), 正在推进整改3个; 26条 are measures",
                    "legend": "the 图例 line is no problem",
                },
            },
            {
                "file": (
                    "r135_university_college_xlsx_traffic_lights_note_shade_bar_xiaohao_date_column_repeated_class.xlsx"
                ),
                "layout": (
                    "written blind: a university college 党委's ledger forwarded as .xlsx, one sheet: a title row, an "
                    "opening row (team, dates, feedback, 5个方面9个问题, 30条 measures, 已完成整改6个，正在推进3个), "
                    "a 注 row "
                    "explaining the lights (绿色=已完成（已销号），黄色=正在推进，红色=进度滞后) and the empty "
                    "销号时间, the "
                    "header 序号 问题类型 问题描述 整改措施 责任人 整改进度 状态灯 销号时间 备注, the class repeated "
                    "on every "
                    "row, the 整改进度 a ▓░ bar of four cells, 状态灯 绿灯/黄灯/红灯, 销号时间 an ISO date or empty; "
                    "then "
                    "下一步, contact and the signature in merged rows"
                ),
                "agency": "某大学公共管理学院委员会",
                "region": None,
                "province": None,
                "prefecture": None,
                "team": "校党委第二巡察组",
                "period": ["2025-04-14", "2025-05-23"],
                "feedback": "2025-06-27",
                "signed": "2025-12-01",
                "claimed": {"aspects": 5, "problems": 9, "completed": d_done, "in_progress": d_open},
                "items": _items(COLLEGE, 1, 7),
                "aspects": _aspects(COLLEGE),
                "sources": ["item"] * len(COLLEGE),
                "issuer": "中共某大学公共管理学院委员会",
                "warnings": [],
                "notes": {
                    "labels": "the 序号 column",
                    "title": "the 问题描述 cell",
                    "aspects": NOTE_ASPECTS + "; repeated on every row",
                    "status": (
                        "the 状态灯 read through the 注 row, agreeing with the bar and the 销号时间: 绿灯 with a "
                        "date done "
                        "(done_longterm where 备注 says 需长期坚持/长期坚持), 黄灯 with ▓▓▓░/▓▓░░ and no date "
                        "in_progress, "
                        "红灯 ░░░░ with no date in_progress (进度滞后, counted among the 3 正在推进)"
                    ),
                    "pending": "items 2, 5, 8: 正在修订 / 正在考察 / 待系统上线后统一录入",
                    "claimed": "5个方面9个问题; 已完成整改6个 (4 done + 2 kept up), 正在推进3个; 30条 are measures",
                    "region": "a university without a place in its name: no region (r101/r105's convention)",
                },
            },
        ],
    }


if __name__ == "__main__":
    (HERE / gold()["notices"][0]["file"]).write_text(youxian(), encoding="utf-8")
    yibin(HERE / gold()["notices"][1]["file"])
    (HERE / gold()["notices"][2]["file"]).write_text(qingshanhu(), encoding="utf-8")
    college(HERE / gold()["notices"][3]["file"])
    path = HERE / "rounds" / f"r{ROUND}.json"
    path.write_text(json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(gold(), ensure_ascii=False)[:200])
