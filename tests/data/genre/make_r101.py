"""Build round 101's Excel ledgers (run once: `python tests/data/genre/make_r101.py`); the .xlsx files are committed.

Round 101 imitates 整改台账 as users forward them in Excel: a title row merged across the sheet, class cells merged
down their rows, two header rows with merged group headers, a status column filled from a data-validation list,
parts kept on sheets of their own (已完成 | 未完成), Excel dates in a 完成时间 column, a 备注 column carrying the
status, measures typed with Alt+Enter line breaks, a hidden column, a closing note and a 填报 line. Bodies are
named 某 (the problems are invented).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).parent
WRAP = Alignment(wrap_text=True, vertical="center")
MONTH = 'yyyy"年"m"月"'
DAY = 'yyyy"年"m"月"d"日"'


def title(sheet, text: str, width: int, row: int = 1) -> None:  # type: ignore[no-untyped-def]
    sheet.cell(row, 1, text).font = Font(bold=True, size=16)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def rows(sheet, values: list[list[object]], start: int) -> None:  # type: ignore[no-untyped-def]
    for r, row in enumerate(values, start):
        for c, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(r, c, value).alignment = WRAP


# --- 1. a city bureau's ledger: class cells merged down their rows, a hidden column, dates in two formats ---------
def shaoyang() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "整改台账"
    title(sheet, "中共邵阳市某局党组落实市委第三巡察组巡察反馈意见整改情况台账", 8)
    head = ["序号", "问题类别", "存在问题", "整改措施", "责任领导", "责任部门", "整改时限", "整改进展", "内部备注"]
    rows(sheet, [head], 2)
    a1 = "贯彻落实党的路线方针政策和党中央决策部署方面"
    a2 = "落实全面从严治党主体责任方面"
    a3 = "落实新时代党的组织路线方面"
    body: list[list[object]] = [
        [
            1,
            a1,
            "落实社会救助兜底保障政策不够精准，部分低保对象动态管理不及时",
            "1.开展低保对象动态核查专项行动；\n2.建立与人社、医保、不动产登记等部门数据比对机制，每季度比对一次。",
            "党组书记、局长",
            "社会救助科",
            datetime(2024, 6, 30),
            "已完成。核查低保对象1.2万户，清退不符合条件对象326户，新纳入困难群众214户。",
            "市委督查室关注",
        ],
        [
            2,
            None,
            "养老服务体系建设推进缓慢，农村区域性养老服务中心建设滞后",
            "1.制定农村区域性养老服务中心建设三年行动方案；\n2.争取省级补助资金，按季度调度建设进度。",
            "分管副局长",
            "养老服务科",
            datetime(2024, 12, 1),
            "正在推进。已建成区域性养老服务中心5个，其余3个主体工程已完工，正在进行内部装修。",
            None,
        ],
        [
            3,
            None,
            "殡葬领域突出问题专项整治不彻底，个别经营性公墓违规销售超面积墓穴",
            "1.对全市经营性公墓开展拉网式排查；\n2.建立殡葬服务价格公示和常态化巡查机制。",
            "分管副局长",
            "社会事务科",
            "长期坚持",
            "已完成，长期坚持。对2家公墓下达整改通知书，收回违规销售墓穴17个，每月开展一次巡查。",
            None,
        ],
        [
            4,
            a2,
            "党组落实主体责任不够到位，对下属事业单位监督管理偏松偏软",
            "1.制定党组落实全面从严治党主体责任清单；\n2.党组成员每半年到联系单位开展一次专项督导。",
            "党组书记、局长",
            "办公室",
            datetime(2024, 5, 1),
            "已完成。印发责任清单，完成对4家下属单位的专项督导，发现并整改问题19个。",
            None,
        ],
        [
            5,
            None,
            "财务管理制度执行不严，公务用车使用登记不规范",
            "修订《机关财务管理办法》《公务用车管理规定》，对2022年以来公务用车使用情况进行全面清查。",
            "党组成员、副局长",
            "规划财务科",
            datetime(2024, 4, 30),
            "已完成。修订制度2项，清查公务用车派车单1326份，对3名驾驶员进行提醒谈话。",
            None,
        ],
        [
            6,
            None,
            "社会组织登记管理不严格，部分社会组织年度检查流于形式",
            "1.开展社会组织年检“回头看”；\n2.对连续两年未参加年检的社会组织依法作出撤销登记处理。",
            "分管副局长",
            "社会组织管理科",
            datetime(2024, 10, 1),
            "已完成。对48家社会组织年检情况进行复核，撤销登记“僵尸型”社会组织11家。",
            None,
        ],
        [
            7,
            a3,
            "干部队伍年龄结构老化，年轻干部储备不足",
            "1.制定年轻干部培养三年计划；\n2.通过公开遴选、招录等方式补充年轻干部。",
            "党组书记、局长",
            "人事科",
            datetime(2025, 6, 1),
            "正在推进。已通过公开遴选补充年轻干部3名，2025年度公务员招录计划已报市委组织部审批。",
            None,
        ],
    ]
    rows(sheet, body, 3)
    for r, fmt in ((3, DAY), (4, MONTH), (6, MONTH), (7, DAY), (8, MONTH), (9, MONTH)):
        sheet.cell(r, 7).number_format = fmt
    sheet.merge_cells("B3:B5")
    sheet.merge_cells("B6:B8")
    sheet.column_dimensions["I"].hidden = True
    return book


# --- 2. a county power-supply company's ledger: a title row, two header rows, a status from a validation list ------
def qianshan() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "巡察整改台账"
    title(sheet, "中共铅山县某公司委员会关于市公司党委第二巡察组反馈问题整改落实台账", 8)
    rows(sheet, [["序号", "反馈问题", None, "整改措施", "责任单位", None, "整改时限", "完成情况"]], 2)
    rows(sheet, [[None, "问题类别", "具体问题", None, "牵头部门", "配合部门"]], 3)
    for ref in ("A2:A3", "B2:C2", "D2:D3", "E2:F2", "G2:G3", "H2:H3"):
        sheet.merge_cells(ref)
    body: list[list[object]] = [
        [
            1,
            "党的政治建设",
            "学习贯彻上级重要会议精神不够及时，“第一议题”制度落实不到位",
            "修订党委“第一议题”学习制度，建立学习贯彻落实情况跟踪问效台账",
            "党委党建部",
            "办公室",
            "2024年3月",
            "已完成",
        ],
        [
            2,
            "服务地方发展",
            "农网改造升级项目推进滞后，部分台区低电压问题仍未解决",
            "对21个低电压台区逐一制定改造方案，纳入2024年农网改造计划",
            "发展建设部",
            "运维检修部",
            "2024年12月",
            "正在推进",
        ],
        [
            3,
            "服务地方发展",
            "优化电力营商环境措施落实不到位，小微企业办电时间偏长",
            "推行低压小微企业“三零”服务，压减办电环节和时限，开展办电时长月度通报",
            "营销部",
            "供电服务中心",
            "长期",
            "长期坚持",
        ],
        [
            4,
            "安全生产",
            "安全生产责任落实层层递减，外包施工队伍安全管控薄弱",
            "开展外包队伍安全资质核查，建立外包人员安全准入和违章记分制度",
            "安全监察部",
            "各供电所",
            "2024年4月",
            "已完成",
        ],
        [
            5,
            "全面从严治党",
            "物资采购管理不规范，部分零星物资未按规定比价采购",
            "修订《零星物资采购管理办法》，对2022年以来零星采购项目开展专项检查",
            "物资部",
            "财务部",
            "2024年5月",
            "已完成",
        ],
        [
            6,
            "全面从严治党",
            "电费回收管理存在廉洁风险，个别抄表员代收电费未及时上缴",
            "全面推行线上缴费，清理代收电费账户，对相关人员进行约谈",
            "营销部",
            "纪委办",
            "2024年4月",
            "已完成",
        ],
        [
            7,
            "基层党建",
            "供电所党支部标准化建设不到位，党员先锋作用发挥不明显",
            "开展供电所党支部标准化建设达标行动，设立党员责任区和党员服务队",
            "党委党建部",
            "各供电所",
            "2024年9月",
            "正在推进",
        ],
        [
            8,
            "干部队伍建设",
            "供电所长交流轮岗不及时，部分所长任职时间超过6年",
            "制定供电所长轮岗交流计划，对任职满6年的所长实行轮岗交流",
            "人力资源部",
            "党委党建部",
            "2024年6月",
            "已完成",
        ],
    ]
    rows(sheet, body, 4)
    status = DataValidation(type="list", formula1='"已完成,正在推进,长期坚持"', allow_blank=True)
    sheet.add_data_validation(status)
    status.add("H4:H11")
    sheet.cell(12, 1, "注：完成情况按“已完成、正在推进、长期坚持”三类填写。")
    sheet.merge_cells("A12:H12")
    return book


# --- 3. a university college's ledger on two sheets, one per part: 已完成 | 未完成 ---
def college() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    done = book.active
    done.title = "已完成"
    title(done, "中共某大学外国语学院委员会关于校党委第三巡察组反馈意见整改落实台账", 5)
    rows(done, [["序号", "巡察反馈问题", "整改措施", "责任人", "完成时间"]], 2)
    rows(
        done,
        [
            [
                1,
                "学院党委理论学习中心组学习不够系统，联系外语学科实际不紧",
                "制定年度理论学习计划，开展“外语+思政”专题研讨4次",
                "党委书记",
                "2024年4月",
            ],
            [
                2,
                "课程思政建设推进不平衡，部分专业课程思政元素挖掘不够",
                "组织课程思政示范课评选，修订全部专业课程教学大纲",
                "院长",
                "2024年6月",
            ],
            [
                3,
                "意识形态阵地管理存在薄弱环节，外籍教师课堂教学管理不规范",
                "建立外籍教师教学督导和听课制度，完善境外教材选用审核程序",
                "党委副书记",
                "2024年5月",
            ],
            [
                4,
                "学院“三重一大”事项决策程序不规范，个别经费使用未经集体研究",
                "修订学院党政联席会议议事规则，对2023年以来经费使用情况开展自查",
                "院长",
                "2024年3月",
            ],
        ],
        3,
    )
    open_ = book.create_sheet("未完成")
    rows(open_, [["序号", "巡察反馈问题", "整改措施", "责任人", "计划完成时间", "目前进展"]], 1)
    rows(
        open_,
        [
            [
                1,
                "高层次人才引育不足，学科带头人梯队断层",
                "制定高层次人才引进计划，实施青年教师出国访学资助计划",
                "院长",
                "2025年12月",
                "已引进教授1名，另有2名候选人正在办理引进手续",
            ],
            [
                2,
                "研究生培养质量有待提升，学位论文抽检存在问题",
                "修订研究生学位论文质量管理办法，实行论文预答辩和双盲评审",
                "分管研究生工作副院长",
                "2024年12月",
                "管理办法已修订，双盲评审系统正在调试",
            ],
            [
                3,
                "学生党支部组织生活不够规范，发展党员程序存在瑕疵",
                "开展发展党员工作专项检查，对学生党支部书记进行集中培训",
                "党委副书记",
                "2024年10月",
                "已完成专项检查和培训，发现问题正在逐一补正",
            ],
        ],
        2,
    )
    return book


# --- 4. a township's ledger: aspect rows across the sheet, Excel dates, the status in 备注, a count and a 填报 line ---
def pujiang() -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    title(sheet, "中共蒲江县某镇委员会县委第二巡察组反馈问题整改台账", 6)
    rows(sheet, [["序号", "巡察反馈问题", "整改措施", "责任人", "完成时间", "备注"]], 2)
    lines: list[list[object]] = [
        ["一、贯彻落实党中央决策部署方面"],
        [
            1,
            "耕地保护责任落实不到位，个别村存在违规占用耕地建房问题",
            "对全镇耕地“非农化”问题开展排查，拆除违建3处，复耕2.6亩",
            "分管副镇长",
            datetime(2024, 5, 20),
            "已整改",
        ],
        [
            2,
            "乡村振兴项目推进缓慢，柑橘产业园配套设施建设滞后",
            "倒排工期，每月调度项目进度，冷链仓储设施已完成主体建设",
            "镇长",
            None,
            "正在整改",
        ],
        ["二、全面从严治党方面"],
        [
            3,
            "村级财务管理不规范，部分村招待费用报销手续不全",
            "开展村级财务专项审计，规范报销审批流程，追回不合规费用0.6万元",
            "纪委书记",
            datetime(2024, 4, 15),
            "已整改",
        ],
        [
            4,
            "惠民惠农资金发放监管不严，存在代领冒领风险",
            "对2022年以来惠民惠农补贴发放情况逐户核查，推行“一卡通”直达到户",
            "分管副镇长",
            datetime(2024, 6, 30),
            "已整改到位，长期坚持",
        ],
        [
            5,
            "镇纪委监督执纪“四种形态”运用不充分",
            "建立村（社区）“小微权力”监督清单，开展谈心谈话和提醒谈话",
            "纪委书记",
            datetime(2024, 3, 31),
            "已整改",
        ],
        ["三、基层党组织建设方面"],
        [
            6,
            "村党组织书记队伍后备力量不足",
            "建立村级后备力量人才库，选派后备干部参加县级培训",
            "组织委员",
            None,
            "正在整改",
        ],
        [
            7,
            "软弱涣散村党组织整顿成效不明显",
            "实行镇领导包村整顿，制定“一村一策”整顿方案",
            "党委书记",
            datetime(2024, 7, 10),
            "已整改",
        ],
    ]
    rows(sheet, lines, 3)
    for r, row in enumerate(lines, 3):
        if len(row) == 1:
            sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif isinstance(row[4], datetime):
            sheet.cell(r, 5).number_format = "yyyy/m/d"
    end = 3 + len(lines)
    sheet.cell(end, 1, "合计：反馈问题7个，已整改5个，正在整改2个。")
    sheet.merge_cells(start_row=end, start_column=1, end_row=end, end_column=6)
    sheet.cell(end + 1, 1, "填报单位：中共蒲江县某镇委员会（盖章）")
    sheet.cell(end + 1, 4, "填报时间：2024年8月26日")
    return book


BOOKS = {
    "r101_shaoyang_city_bureau_xlsx_title_row_merged_class_cells_progress_column.xlsx": shaoyang,
    "r101_qianshan_county_power_company_xlsx_two_header_rows_validation_list_status.xlsx": qianshan,
    "r101_university_college_xlsx_done_and_open_sheets.xlsx": college,
    "r101_pujiang_town_xlsx_aspect_rows_excel_dates_status_in_remarks_count_row.xlsx": pujiang,
}

if __name__ == "__main__":
    for name, build in BOOKS.items():
        build().save(HERE / name)
        print(name)
