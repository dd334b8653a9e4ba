"""Build round 114's old-Excel ledgers (run once: `python tests/data/genre/make_r114.py`); the .xls files are committed.

Round 114 imitates 整改台账 as offices forward them in the Excel 97-2003 format (.xls, what WPS 表格 and older Excel
save by default): a title row merged across, problem cells merged down over the rows of their measures, class cells
merged down, a two-row header under a merged group header, aspect rows spanning all columns, a status column, a
status in 备注, a workbook of two sheets (汇总 + 台账), and dates kept as Excel date cells under a date format. Bodies
are named 某 (the problems are invented). Written with xlwt, which writes BIFF8 as Excel 97-2003 does.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlwt

HERE = Path(__file__).parent
WRAP = xlwt.easyxf("align: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
BOLD = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre")
TITLE = xlwt.easyxf("font: bold on, height 320; align: horiz centre")


def dated(fmt: str) -> xlwt.XFStyle:
    style = xlwt.easyxf("align: vert centre; borders: left thin, right thin, top thin, bottom thin")
    style.num_format_str = fmt
    return style


DAY = dated('yyyy"年"m"月"d"日"')
ISO = dated("yyyy-mm-dd")
DOTTED = dated("yyyy.mm")
SLASH = dated("yyyy/m/d")


def put(sheet: xlwt.Worksheet, row: int, values: list[object], style: xlwt.XFStyle = WRAP) -> None:
    for col, value in enumerate(values):
        if value is None:
            continue
        sheet.write(row, col, value, style if not isinstance(value, datetime) else DAY)


# --- 1. a city bureau: problem cells merged down over their measures' rows, class cells merged, a 截至 line ---------
BUREAU_CLASSES = [
    (
        "贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "落实食品安全“两个责任”不够到位，包保干部督导检查流于形式",
                [
                    ("制定包保干部督导检查工作规范，明确督导频次和内容", "食品生产科", datetime(2024, 5, 31)),
                    ("对全市A级包保干部开展专题培训，督导记录纳入年度考核", "食品经营科", datetime(2024, 6, 30)),
                ],
                "已完成。印发督导工作规范，培训包保干部1860人次，督导记录全部录入信息系统。",
            ),
            (
                "药品零售环节监管存在盲区，部分药店处方药销售登记不规范",
                [
                    ("开展药品零售企业处方药销售专项检查", "药品流通科", datetime(2024, 9, 30)),
                    ("推行处方药销售电子登记，与医保定点药店系统对接", "科技信息科", datetime(2024, 12, 31)),
                    ("对检查发现的问题依法立案查处", "执法支队", datetime(2024, 12, 31)),
                ],
                "正在推进。已检查药店412家，立案查处9家；剩余86家药店正在检查中，电子登记系统正在对接测试。",
            ),
            (
                "优化营商环境举措落实不够有力，企业开办“一网通办”使用率不高",
                [
                    ("压缩企业开办时间至1个工作日内，推行免费刻章和税控设备", "登记注册科", datetime(2024, 4, 30)),
                    ("在各区县政务大厅设立帮办代办窗口", "登记注册科", datetime(2024, 6, 30)),
                ],
                "已完成，长期坚持。企业开办“一网通办”使用率由61%提高到93%，帮办窗口常态运行。",
            ),
        ],
    ),
    (
        "落实全面从严治党主体责任方面",
        [
            (
                "党组落实全面从严治党主体责任压力传导不够，对下属单位监督偏松偏软",
                [
                    ("制定党组主体责任清单和班子成员“一岗双责”清单", "办公室", datetime(2024, 3, 31)),
                    ("党组成员每半年到分管单位开展一次专项督导", "机关党委", datetime(2024, 6, 30)),
                ],
                "已完成。印发责任清单2份，党组成员督导下属单位11家次，发现并整改问题23个。",
            ),
            (
                "执法办案监督不严，个别案件罚没款未及时上缴国库",
                [
                    ("对2021年以来罚没款收缴情况逐案清查", "财务审计科", datetime(2024, 4, 30)),
                    ("建立罚没款收缴月度对账制度", "法规科", datetime(2024, 5, 31)),
                ],
                "已完成。清查案件1346件，督促上缴罚没款38.2万元，建立月度对账制度。",
            ),
        ],
    ),
    (
        "落实新时代党的组织路线方面",
        [
            (
                "年轻干部培养选拔力度不够，执法队伍专业化水平不高",
                [
                    ("制定年轻干部培养计划，选派年轻干部到基层所挂职锻炼", "人事科", datetime(2025, 6, 30)),
                    ("开展执法人员专业能力轮训", "人事科", datetime(2025, 6, 30)),
                ],
                "正在推进。已选派4名年轻干部到基层所挂职；执法人员轮训计划已报市局党组审定，待审定后组织实施。",
            ),
        ],
    ),
]


def changde() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("整改台账")
    sheet.write_merge(0, 0, 0, 7, "中共常德市某局党组关于市委第一巡察组反馈意见整改落实情况台账", TITLE)
    sheet.write_merge(1, 1, 0, 7, "（截至2024年10月31日）", BOLD)
    put(sheet, 2, ["序号", "问题类别", "存在问题", "整改措施", "责任科室", "完成时限", "整改进展", "备注"], BOLD)
    row, number = 3, 0
    for aspect, problems in BUREAU_CLASSES:
        first = row
        for problem, measures, progress in problems:
            number += 1
            last = row + len(measures) - 1
            sheet.write_merge(row, last, 0, 0, number, WRAP)
            sheet.write_merge(row, last, 2, 2, problem, WRAP)
            sheet.write_merge(row, last, 6, 6, progress, WRAP)
            for n, (measure, unit, deadline) in enumerate(measures):
                sheet.write(row + n, 3, f"{n + 1}.{measure}", WRAP)
                sheet.write(row + n, 4, unit, WRAP)
                sheet.write(row + n, 5, deadline, DAY)
            row = last + 1
        sheet.write_merge(first, row - 1, 1, 1, aspect, WRAP)
    return book


# --- 2. a county hospital: a two-row header, aspect rows spanning all columns, a status column, ISO dates -----------
HOSPITAL = [
    "一、党的领导弱化方面",
    (
        "党委领导下的院长负责制落实不到位，党委会和院长办公会议事范围界定不清",
        "修订党委会、院长办公会议事规则，制定“三重一大”事项清单",
        "党委办公室",
        "2024年6月底前",
        "已完成",
        datetime(2024, 6, 14),
    ),
    (
        "落实公立医院改革政策有偏差，医疗服务价格动态调整执行不及时",
        "对照省市医疗服务价格目录逐项核对，调整收费项目41项",
        "医保物价科",
        "2024年7月底前",
        "已完成",
        datetime(2024, 7, 22),
    ),
    (
        "医保基金使用监管不严，存在超标准收费、分解住院等问题",
        "对2023年以来住院病历开展专项自查，已自查病历3260份，退回违规使用医保基金12.6万元，剩余科室自查正在进行",
        "医保物价科",
        "2024年12月底前",
        "正在整改",
        None,
    ),
    "二、党的建设缺失方面",
    (
        "党支部建在科室上落实不到位，部分临床科室党支部书记未由科室负责人兼任",
        "调整优化党支部设置，选优配强支部书记，实现“双带头人”全覆盖",
        "组织人事科",
        "2024年8月底前",
        "已完成",
        datetime(2024, 8, 20),
    ),
    (
        "党员发展工作重视不够，近三年在高知识群体中发展党员偏少",
        "制定发展党员工作计划，将业务骨干纳入入党积极分子培养",
        "组织人事科",
        "长期",
        "已完成并长期坚持",
        datetime(2024, 9, 10),
    ),
    "三、全面从严治党不力方面",
    (
        "医药购销领域廉洁风险防控薄弱，耗材遴选程序不规范",
        "修订医用耗材遴选管理办法，遴选全程留痕并由纪检监察室监督",
        "设备科",
        "2024年9月底前",
        "已完成",
        datetime(2024, 9, 26),
    ),
    (
        "医德医风建设抓得不实，收受“红包”“回扣”问题专项治理不深入",
        "印发专项治理方案，第一阶段签订廉洁承诺书1120份，第二阶段自查自纠正在开展",
        "纪检监察室",
        "2025年3月底前",
        "正在整改",
        None,
    ),
]


def nanzhang() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write_merge(0, 0, 0, 6, "中共南漳县某医院委员会县委第三巡察组反馈问题整改落实台账", TITLE)
    for col, head in ((0, "序号"), (1, "反馈问题"), (2, "整改措施"), (3, "责任科室"), (4, "整改时限")):
        sheet.write_merge(1, 2, col, col, head, BOLD)
    sheet.write_merge(1, 1, 5, 6, "整改情况", BOLD)
    put(sheet, 2, [None, None, None, None, None, "完成状态", "完成时间"], BOLD)
    row, number = 3, 0
    for line in HOSPITAL:
        if isinstance(line, str):
            sheet.write_merge(row, row, 0, 6, line, BOLD)
        else:
            number += 1
            problem, measure, unit, limit, state, done = line
            put(sheet, row, [number, problem, measure, unit, limit, state])
            if done is not None:
                sheet.write(row, 6, done, ISO)
        row += 1
    return book


# --- 3. a college: two sheets, a 汇总 sheet with the counts and a 台账 sheet, a class column, yyyy.mm dates --------
COLLEGE_SUMMARY = [("政治建设", 3, 2, 1), ("人才培养", 3, 3, 0), ("干部队伍建设", 2, 1, 1)]
COLLEGE = [
    (
        "政治建设",
        "学院党委理论学习中心组学习制度执行不严格，专题研讨次数不足",
        "修订理论学习中心组学习制度，每学期开展专题研讨不少于4次",
        "党委办公室",
        datetime(2024, 6, 1),
        "已完成",
    ),
    (
        "政治建设",
        "意识形态工作责任制落实不到位，对报告会、讲座审批把关不严",
        "建立报告会、研讨会、讲座“一会一报”审批制度并建立台账",
        "宣传部",
        datetime(2024, 5, 1),
        "已完成",
    ),
    (
        "政治建设",
        "党委会议事决策程序不规范，个别“三重一大”事项未经党委会研究",
        "修订党委会议事规则，对2022年以来重大事项决策程序开展回头看，新规则已提交院长办公会讨论，待党委会审定后印发",
        "党委办公室",
        datetime(2024, 12, 1),
        "推进中",
    ),
    (
        "人才培养",
        "课程思政建设推进不平衡，部分专业课程思政教学设计缺失",
        "组织各二级学院开展课程思政教学设计评比，建成示范课程12门",
        "教务处",
        datetime(2024, 7, 1),
        "已完成",
    ),
    (
        "人才培养",
        "产教融合校企合作不深，订单班培养规模偏小",
        "新签订校企合作协议9份，开设订单班6个",
        "校企合作处",
        datetime(2024, 9, 1),
        "已完成",
    ),
    (
        "人才培养",
        "毕业生就业质量跟踪调查不到位，就业数据统计不够准确",
        "委托第三方开展毕业生就业质量跟踪调查，建立就业数据核查机制",
        "招生就业处",
        datetime(2024, 8, 1),
        "已完成",
    ),
    (
        "干部队伍建设",
        "中层干部队伍结构不优，“双师型”干部比例偏低",
        "完成中层干部调整，新提任“双师型”中层干部7名",
        "组织人事部",
        datetime(2024, 7, 1),
        "已完成",
    ),
    (
        "干部队伍建设",
        "干部考核评价机制不健全，考核结果运用不充分",
        "修订中层干部年度考核办法，考核办法征求意见稿正在征求教职工代表意见",
        "组织人事部",
        datetime(2024, 12, 1),
        "推进中",
    ),
]


def college() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    summary = book.add_sheet("汇总")
    summary.write_merge(0, 0, 0, 3, "某学院党委巡察反馈问题整改情况汇总表", TITLE)
    put(summary, 1, ["问题类别", "反馈问题数", "已完成", "正在推进"], BOLD)
    for n, row in enumerate(COLLEGE_SUMMARY, 2):
        put(summary, n, list(row))
    put(summary, 2 + len(COLLEGE_SUMMARY), ["合计", 8, 6, 2], BOLD)
    ledger = book.add_sheet("台账")
    ledger.write_merge(0, 0, 0, 6, "中共某学院委员会关于省委教育工委第二巡察组反馈意见整改落实台账", TITLE)
    put(ledger, 1, ["序号", "问题类别", "问题表现", "整改措施", "责任单位", "完成时限", "完成情况"], BOLD)
    for n, (kind, problem, measure, unit, deadline, state) in enumerate(COLLEGE, 1):
        put(ledger, 1 + n, [n, kind, problem, measure, unit, None, state])
        ledger.write(1 + n, 5, deadline, DOTTED)
    return book


# --- 4. a town: one row a problem, the status in 备注 (已销号 / 整改中), dates as date cells, a 填报 row with a date --
TOWN = [
    (
        "落实耕地保护责任不到位，个别村存在撂荒地未及时复耕问题",
        "逐村排查撂荒地，建立复耕台账，由村集体统一流转复耕",
        "分管副镇长",
        datetime(2024, 5, 20),
        "已销号",
    ),
    (
        "脐橙产业发展后劲不足，黄龙病防控措施落实不到位",
        "落实病树清零和统防统治，新建无病苗圃1个",
        "农业农村办",
        datetime(2024, 10, 30),
        "整改中，病树清零已完成，统防统治正在组织实施",
    ),
    (
        "防止返贫动态监测帮扶不够精准，部分监测户帮扶措施不具体",
        "对全镇监测户逐户走访核实，一户一策制定帮扶措施",
        "乡村振兴办",
        datetime(2024, 6, 15),
        "已销号",
    ),
    (
        "党委落实全面从严治党主体责任不够到位，对村级“小微权力”监督不力",
        "制定村级小微权力清单，推行村务监督委员会季度报告制度",
        "党委书记",
        datetime(2024, 7, 31),
        "已完成，长期坚持",
    ),
    (
        "村级财务管理不规范，部分村存在白条入账现象",
        "开展村级财务专项审计，规范报账程序，白条全部清理完毕",
        "财政所",
        datetime(2024, 6, 28),
        "已销号",
    ),
    (
        "村党组织书记后备力量不足，年轻党员占比偏低",
        "建立村级后备力量人才库，计划每村储备后备人才2名以上",
        "组织委员",
        datetime(2025, 6, 30),
        "整改中",
    ),
]


def ningdu() -> xlwt.Workbook:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    sheet.write_merge(0, 0, 0, 5, "中共宁都县某镇委员会县委第四巡察组巡察反馈问题整改台账", TITLE)
    put(sheet, 1, ["序号", "反馈问题", "整改措施", "责任人", "完成时间", "备注"], BOLD)
    for n, (problem, measure, who, when, note) in enumerate(TOWN, 1):
        put(sheet, 1 + n, [n, problem, measure, who, None, note])
        sheet.write(1 + n, 4, when, SLASH)
    end = 2 + len(TOWN)
    sheet.write_merge(end, end, 0, 2, "填报单位（盖章）：中共宁都县某镇委员会")
    sheet.write(end, 3, "填报时间：")
    sheet.write(end, 4, datetime(2024, 11, 8), DAY)
    return book


BOOKS = {
    "r114_changde_city_bureau_xls_problem_cells_merged_over_measure_rows_class_cells_dates.xls": changde,
    "r114_nanzhang_county_hospital_xls_two_header_rows_aspect_rows_status_column_iso_dates.xls": nanzhang,
    "r114_college_xls_summary_and_ledger_sheets_class_column_month_dates.xls": college,
    "r114_ningdu_town_xls_status_in_remarks_xiaohao_date_cells_filled_in_row.xls": ningdu,
}

if __name__ == "__main__":
    for name, build in BOOKS.items():
        build().save(str(HERE / name))
        print(name)
