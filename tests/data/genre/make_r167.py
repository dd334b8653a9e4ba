"""Build round 167's notices and their gold (run once: `python tests/data/genre/make_r167.py`); the files are committed.

Round 167 imitates notices whose problems state how far they are rectified ONLY through dates: 已于2024年5月完成整改
(done), 2024年12月底前完成 (a deadline still ahead at the notice's date: in progress), 完成时间：2024.05 against
计划完成时间：2024.12, 整改时限已到，已按期完成 / 超期未完成 / 按时序推进 / 逾期整改中 beside the measures; a Word
ledger with 整改时限 and 实际完成时间 columns (a blank 实际完成时间 = not done); a web page whose ledger fills
销号时间 for some rows. Bodies are named 某 (the problems are invented), written blind (before reading the parser).
"""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).parent
ROUND = 167
LAYOUT_PREFIX = (
    "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), "
)
DATE_NOTE = (
    "the gold README says nothing about dates: its statuses are markers (已完成/已完成整改 -> done, …并长期坚持 -> "
    "done_longterm, 正在推进/需要继续整改 -> in_progress). Kept the status the notice itself states through its "
    "dates: 已于…完成整改 / 完成时间 / 实际完成时间 or 销号时间 filled / 已按期完成 is done (…并长期坚持 / 长期坚持 in "
    "the status words is done_longterm; 长期坚持 in a time limit field or a measure's clause is no status, as round "
    "90's 完成时限：长期坚持 beside 完成时间 reads done, r76); a deadline still ahead at the not"
    "ice's own date (…底前完成, 计划完成时间), a blank 实际完成时间 or "
    "销号时间, 按时序推进, 超期未完成 and 逾期整改中 are in_progress"
    ", as the notice's own counts (已完成N个, 正在整改M个) "
    "confirm"
)


def title_of(text: str) -> str:
    return unicodedata.normalize("NFKC", text).rstrip("。.")


# --- A: a county bureau 党组 (民政), plain text: (一) aspects > N. problems > 整改措施 > 整改情况 given only by a date
# (已于…完成整改) or a deadline (…底前完成) still ahead at the notice's date (2024年7月15日)
QIDONG = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "城乡低保动态管理不到位，部分不符合条件人员未及时退出",
                "开展低保对象全面复核，建立“月比对、季核查”机制，清退不符合条件对象37户52人。",
                "已于2024年3月完成整改。",
                "done",
                False,
            ),
            (
                "特困人员集中供养率偏低，部分敬老院设施老化",
                "制定特困人员供养服务设施改造提升方案，正在对4所敬老院实施消防和适老化改造，已完工1所。",
                "2024年12月底前完成。",
                "in_progress",
                True,
            ),
            (
                "养老服务补贴发放审核把关不严",
                "修订养老服务补贴发放实施细则，实行乡镇初审、县局复审、公示三道关口，追回多发补贴1.2万元。",
                "已于2024年4月完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "局党组落实主体责任不够有力，研究部署党风廉政建设不经常",
                "修订局党组议事规则，将党风廉政建设纳入党组会议每季度议题，2024年以来专题研究2次。",
                "已于2024年5月完成整改。",
                "done",
                False,
            ),
            (
                "殡葬改革推进缓慢，公益性公墓建设滞后",
                "制定公益性公墓建设三年规划，正在办理3个乡镇公墓用地审批手续。",
                "2025年6月底前完成。",
                "in_progress",
                True,
            ),
            (
                "财务管理不规范，部分费用报销手续不全",
                "组织财务人员集中学习财经纪律，对2021年以来报销凭证逐笔清理，补齐手续18笔，修订财务报销制度。",
                "已于2024年6月完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部教育培训针对性不强，基层民政工作人员业务能力不足",
                "制定年度干部培训计划，举办民政业务培训班3期，培训乡镇民政专干96人次。",
                "已于2024年2月完成整改，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "社会组织党建工作覆盖不全面",
                "对全县社会组织逐一摸排，已新建党组织4个，正在为其余11家社会组织选派党建指导员。",
                "2024年10月底前完成。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def build_qidong() -> dict:
    lines = [
        "中共祁东县某局党组",
        "关于县委巡察反馈意见整改进展情况的通报",
        "",
        "根据县委巡察工作统一部署，2023年10月9日至12月8日，县委第二巡察组对县某局党组开展了常规巡察。"
        "2024年1月18日，县委第二巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，"
        "现将巡察整改进展情况予以公布。",
        "",
        "一、整改工作总体情况",
        "局党组坚持把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，对照反馈的3个方面8个问题，"
        "逐条制定整改措施，明确责任领导、责任股室和整改时限。截至2024年7月10日，8个问题已完成整改5个，"
        "正在整改3个，均按整改时限推进。",
        "",
        "二、巡察反馈问题整改落实情况",
    ]
    items = []
    aspects = []
    n = 0
    for aspect, probs in QIDONG:
        lines.append(aspect)
        for title, measure, state, status, pending in probs:
            n += 1
            lines.append(f"{n}.{title}。")
            lines.append(f"整改措施：{measure}")
            lines.append(f"整改情况：{state}")
            items.append([str(n), title_of(title), status, pending])
            aspects.append(aspect)
    lines += [
        "",
        "三、下一步工作打算",
        "局党组将对已完成整改的问题适时开展“回头看”，对未到整改时限的问题挂图作战、对账销号，确保按期完成。",
        "",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        "联系电话：0734-6221XXX；邮政信箱：祁东县某局办公室。",
        "",
        "中共祁东县某局党组",
        "2024年7月15日",
    ]
    name = "r167_qidong_county_bureau_status_only_as_finish_date_or_deadline_ahead.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "file": name,
        "layout": LAYOUT_PREFIX
        + "as plain text: a county 民政 bureau 党组 (named 祁东县某局 as the brief asks) on a 县委巡察: "
        "two-line title, opening with the inspection dates, t"
        "eam and feedback date, 一、 with the counts (3个方面8个问题, "
        "已完成整改5个，正在整改3个), 二、 with （一）…方面 aspects > "
        "N.<problem>。 > 整改措施：… > 整改情况：<only a date: "
        "已于2024年N月完成整改(，并长期坚持/，长期坚持)。 or a deadline "
        "ahead of the notice's date: 2024年12月底前完成。>, "
        "三、下一步工作打算, contact, signature and date 2024年7月15日",
        "agency": "祁东县某局党组",
        "region": "祁东县",
        "province": "湖南省",
        "prefecture": "衡阳市",
        "team": "县委第二巡察组",
        "period": ["2023-10-09", "2023-12-08"],
        "feedback": "2024-01-18",
        "signed": "2024-07-15",
        "claimed": {"aspects": 3, "problems": 8, "completed": 5, "in_progress": 3},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共祁东县某局党组",
        "warnings": [],
        "notes": {
            "status": DATE_NOTE + "; here 已于2024年N月完成整改 = done, …，并长期坚持 / …，长期坚持 = done_longterm, "
            "2024年12月底前完成 / 2025年6月底前完成 / 2024年10月底前完成 (all after 2024年7月15日) = in_progress",
            "claimed": "3个方面8个问题 … 已完成整改5个，正在整改3个 (done_longterm counted among the 5 completed)",
            "pending": "items 2, 5, 8: 正在实施改造 / 正在办理用地审批 / 正在选派党建指导员",
        },
    }


# --- B: a city 文旅 bureau 党组, Word: notice paragraphs, then a ledger table 序号/反馈问题/整改措施/整改时限/
# 实际完成时间 with merged aspect rows; a blank 实际完成时间 = not done; signed 2024年8月26日
JIUJIANG = [
    (
        "一、贯彻落实党的文化旅游工作方针和上级决策部署方面",
        [
            (
                "全域旅游示范区创建工作推进不力，部分创建指标未达标",
                "对照创建标准逐项补短板，完成游客服务中心提质改造2处。",
                "2024年6月底前",
                "2024年6月",
                "done",
            ),
            (
                "文物安全监管存在薄弱环节，部分不可移动文物安全责任未落实",
                "开展文物安全大排查，签订文物安全责任书126份，落实文物看护人员。",
                "立行立改，长期坚持",
                "2024年3月",
                "done",
            ),
            (
                "公共文化服务效能不高，乡镇综合文化站活动开展少",
                "正在制定乡镇综合文化站运行评估办法，拟开展全市文化站星级评定。",
                "2024年12月底前",
                "",
                "in_progress",
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "对下属单位监督管理不到位，个别景区门票收入管理不规范",
                "对下属单位门票收入开展专项审计，建立票务系统与财务系统每日对账制度。",
                "2024年5月底前",
                "2024年5月",
                "done",
            ),
            (
                "政府采购程序不规范，部分项目化整为零规避公开招标",
                "修订政府采购内控制度，组织相关人员开展采购法规培训，对问题项目责任人进行约谈。",
                "2024年4月底前",
                "2024年4月",
                "done",
            ),
            (
                "文旅专项资金使用效益不高，部分资金结余沉淀",
                "正在对2021年以来专项资金全面清理，结余资金待市财政局审核后统筹使用。",
                "2024年10月底前",
                "",
                "in_progress",
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "干部队伍年龄结构老化，专业人才储备不足",
                "制定文旅人才引进计划，2024年公开招聘专业技术人员6名。",
                "2024年7月底前",
                "2024年7月",
                "done",
            ),
            (
                "基层党组织建设薄弱，个别支部“三会一课”流于形式",
                "开展支部规范化建设，局党组成员指导联系支部，定期抽查会议记录。",
                "2024年6月底前，长期坚持",
                "2024年6月",
                "done",
            ),
            (
                "选人用人工作程序不够规范，干部档案审核不严",
                "正在对全局干部人事档案开展专项审核，已审核42卷，其余正在审核。",
                "2024年11月底前",
                "",
                "in_progress",
            ),
        ],
    ),
]


def _para(document, text: str, *, center: bool = False, size: int = 16, bold: bool = False) -> None:
    p = document.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_jiujiang() -> dict:
    d = docx.Document()
    _para(d, "中共九江市某局党组", center=True, size=22, bold=True)
    _para(d, "关于市委巡察整改进展情况的通报", center=True, size=22, bold=True)
    _para(
        d,
        "根据市委统一部署，2023年11月13日至2024年1月12日，市委第六巡察组对市某局党组进行了巡察。2024年2月27日，"
        "市委第六巡察组向局党组反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。",
    )
    _para(d, "一、整改工作总体情况")
    _para(
        d,
        "局党组对巡察反馈的3个方面9个问题，逐项制定整改措施，建立整改台账，明确整改时限和实际完成时间，"
        "实行清单化管理。截至目前，9个问题已完成整改6个，正在整改3个。",
    )
    _para(d, "二、整改台账")
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, head in zip(
        table.rows[0].cells, ["序号", "反馈问题", "整改措施", "整改时限", "实际完成时间"], strict=True
    ):
        cell.text = head
    items, aspects = [], []
    n = 0
    for aspect, probs in JIUJIANG:
        row = table.add_row().cells
        merged = row[0].merge(row[4])
        merged.text = aspect
        for title, measure, deadline, done_at, status in probs:
            n += 1
            row = table.add_row().cells
            for cell, value in zip(row, [str(n), title, measure, deadline, done_at], strict=True):
                cell.text = value
            items.append([str(n), title_of(title), status, status == "in_progress"])
            aspects.append(aspect)
    _para(d, "三、下一步工作")
    _para(
        d,
        "局党组将持续跟踪未完成事项，对照整改时限倒排工期，确保按期整改到位；对已完成事项适时开展“回头看”，防止反弹回潮。",
    )
    _para(d, "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0792-8581XXX。")
    _para(d, "中共九江市某局党组")
    _para(d, "2024年8月26日")
    name = "r167_jiujiang_city_bureau_docx_ledger_deadline_and_actual_finish_columns_blank_open.docx"
    d.save(HERE / name)
    return {
        "file": name,
        "layout": LAYOUT_PREFIX
        + "as a real .docx built by make_r167.py with python-docx: a city 文旅 bureau 党组 (named 九江市"
        "某局 as the brief asks) on a 市委巡察: two centred title pa"
        "ragraphs, opening with dates, team and feedback date, "
        "一、 with the counts (3个方面9个问题, 已完成整改6个，正在"
        "整改3个), 二、整改台账 a Word table 序号/反馈问题/整改措施/"
        "整改时限/实际完成时间 with aspect rows merged across the"
        " five columns (一、…方面); 实际完成时间 holds the month "
        "or is blank for the 3 open problems; 整改时限 is a"
        " month deadline, 立行立改，长期坚持 or …，长期坚持; 三、下一步工作, "
        "contact, signature and date 2024年8月26日",
        "agency": "九江市某局党组",
        "region": "九江市",
        "province": "江西省",
        "prefecture": "九江市",
        "team": "市委第六巡察组",
        "period": ["2023-11-13", "2024-01-12"],
        "feedback": "2024-02-27",
        "signed": "2024-08-26",
        "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共九江市某局党组",
        "warnings": [],
        "notes": {
            "status": DATE_NOTE
            + "; here a filled 实际完成时间 = done (长期坚持 in 整改时限 states nothing: done, r76, r90), a blank "
            "实际完成时间 = in_progress (its 整改时限 2024年10–12月 is still ahead of 2024年8月26日)",
            "claimed": "3个方面9个问题 … 已完成整改6个，正在整改3个",
            "pending": "items 3, 6, 9: 正在制定 / 正在清理、待市财政局审核 / 正在审核",
        },
    }


# --- C: a township 党委, web page: article header, notice paragraphs, an HTML ledger 序号/问题表现/整改措施/整改时限/
# 销号时间 with 销号时间 filled for the closed rows only, aspect rows as <td colspan>; signed 2024年9月20日
NINGDU = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "耕地保护责任落实不到位，个别村存在撂荒地未及时复耕",
                "组织各村开展撂荒地排查，复耕撂荒地236亩，建立网格化巡查制度。",
                "2024年4月30日",
                "2024年4月25日",
                "done",
            ),
            (
                "乡村振兴衔接资金项目推进慢，2个产业项目未按期开工",
                "正在督促施工单位加快进度，1个项目已开工，另1个项目正在办理用地手续。",
                "2024年8月31日",
                "",
                "in_progress",
            ),
            (
                "防止返贫动态监测不精准，部分监测对象识别滞后",
                "开展防返贫集中排查，新纳入监测对象7户，完善村级网格员定期走访制度。",
                "立行立改、长期坚持",
                "2024年3月15日",
                "done",
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "村级财务管理不规范，部分村白条入账",
                "对全镇14个村财务开展专项审计，规范票据管理，白条全部按规定补正。",
                "2024年5月31日",
                "2024年5月28日",
                "done",
            ),
            (
                "镇党委对村干部日常监督不够有力",
                "建立村干部履职负面清单和季度述职评议制度，对3名村干部进行提醒谈话。",
                "2024年6月30日",
                "2024年6月20日",
                "done",
            ),
            (
                "集体“三资”清理不彻底，部分集体资产底数不清",
                "正在对全镇集体资产逐村清查登记，已完成9个村，剩余5个村按时序推进。",
                "2024年12月31日",
                "",
                "in_progress",
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "后备干部队伍建设滞后，部分村后备力量不足",
                "每村储备后备干部2名以上，共选育后备干部35名，建立培养台账。",
                "2024年7月31日",
                "2024年7月22日",
                "done",
            ),
            (
                "党员发展工作程序不规范，个别档案材料缺失",
                "对近五年发展党员档案逐一审查，补齐缺失材料，开展发展党员工作业务培训。",
                "2024年6月30日",
                "2024年6月26日",
                "done",
            ),
        ],
    ),
]


def build_ningdu() -> dict:
    e = html.escape
    rows = []
    items, aspects = [], []
    n = 0
    for aspect, probs in NINGDU:
        rows.append(f'<tr><td colspan="5">{e(aspect)}</td></tr>')
        for title, measure, deadline, closed, status in probs:
            n += 1
            rows.append(
                "<tr>" + "".join(f"<td>{e(v)}</td>" for v in (str(n), title, measure, deadline, closed)) + "</tr>"
            )
            items.append([str(n), title_of(title), status, status == "in_progress"])
            aspects.append(aspect)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>中共宁都县某镇委员会关于县委巡察反馈意见整改进展情况的通报 - 宁都县人民政府</title></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 乡镇信息 &gt; 通知公告</div>
<div class="article">
<h1>中共宁都县某镇委员会关于县委巡察反馈意见整改进展情况的通报</h1>
<div class="info">发布时间：2024-09-23 10:15　来源：某镇人民政府　浏览次数：<span>312</span></div>
<div class="content">
<p>根据县委统一部署，2023年9月18日至11月17日，县委第四巡察组对某镇党委开展了巡察。2023年12月21日，县委第四巡察组向镇党委反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。</p>
<p>一、整改工作总体情况</p>
<p>镇党委对巡察反馈的3个方面8个问题建立整改销号台账，逐项明确责任人、整改时限，整改一项、验收一项、销号一项。截至2024年9月15日，8个问题已整改销号6个，正在整改2个。</p>
<p>二、巡察反馈问题整改销号台账</p>
<table border="1">
<tr><th>序号</th><th>问题表现</th><th>整改措施</th><th>整改时限</th><th>销号时间</th></tr>
{chr(10).join(rows)}
</table>
<p>三、下一步工作打算</p>
<p>镇党委将对未销号问题实行周调度、月通报，压紧压实整改责任，确保尽快整改到位；对已销号问题加强跟踪问效，巩固整改成果。</p>
<p>欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0797-6851XXX。</p>
<p style="text-align:right">中共宁都县某镇委员会</p>
<p style="text-align:right">2024年9月20日</p>
</div>
</div>
<div class="footer">主办：宁都县人民政府办公室</div>
</body>
</html>
"""
    name = "r167_ningdu_township_html_cancellation_ledger_xiaohao_date_filled_for_some_rows.html"
    (HERE / name).write_text(page, encoding="utf-8")
    return {
        "file": name,
        "layout": LAYOUT_PREFIX
        + "as a government web page: a township 党委 (named 宁都县某镇 as the brief asks) on a 县委巡察: "
        "<h1> title, 发布时间 line, opening with dates, team and feedback date, 一、 with the counts (3个方面8个问题, "
        "已整改销号6个，正在整改2个), 二、 an HTML ledger 序号/问题表现/整改措施/整改时限/销号时间 with aspect rows as "
        "<td colspan=5> (（一）…方面); 销号时间 filled (a day) for the 6 closed problems and blank for the 2 open ones "
        "(整改时限 2024年8月31日, already past at 2024年9月20日, a"
        "nd 2024年12月31日); 三、下一步工作打算, contact, signature "
        "and date",
        "agency": "宁都县某镇委员会",
        "region": "宁都县",
        "province": "江西省",
        "prefecture": "赣州市",
        "team": "县委第四巡察组",
        "period": ["2023-09-18", "2023-11-17"],
        "feedback": "2023-12-21",
        "signed": "2024-09-20",
        "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共宁都县某镇委员会",
        "warnings": [],
        "notes": {
            "status": DATE_NOTE
            + "; here a filled 销号时间 = done (整改时限 立行立改、长期坚持 states nothing: done, r76, r90), a blank "
            "销号时间 = in_progress, whether its 整改时限 is past (item 2, overdue) or ahead (item 6)",
            "claimed": "3个方面8个问题 … 已整改销号6个，正在整改2个",
            "pending": "items 2, 6: 正在督促 / 正在办理用地手续 / 正在清查登记",
        },
    }


# --- D: a city hospital 党委, plain text: 问题N：<problem> > 整改措施 > a time line: 整改时限 … 完成时间：2024.05 /
# 计划完成时间：2024.12 / 整改时限已到，已按期完成 / 超期未完成 / 按时序推进 / 逾期整改中; signed 2024年9月30日
QUJING = [
    (
        "一、贯彻落实党的卫生健康工作方针和上级决策部署方面",
        [
            (
                "党委领导下的院长负责制落实不到位，党委会议与院长办公会议事范围边界不清",
                "修订党委会议和院长办公会议议事规则，明确议事清单。",
                "整改时限：2024年5月底前；完成时间：2024.05",
                "done",
                False,
            ),
            (
                "分级诊疗制度落实不力，医联体帮扶作用发挥不充分",
                "与6家县级医院签订医联体协议，正在推进远程会诊平台建设。",
                "计划完成时间：2024.12",
                "in_progress",
                True,
            ),
            (
                "公立医院高质量发展推进缓慢，部分重点专科建设滞后",
                "制定重点专科建设三年行动计划，引进学科带头人2名。",
                "整改时限已到，已按期完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "医药购销领域廉洁风险防控薄弱，耗材遴选监督缺位",
                "成立医用耗材管理委员会，实行耗材遴选集体决策、纪检全程监督，并长期坚持。",
                "整改时限：2024年4月底前；完成时间：2024.04",
                "done",
                False,
            ),
            (
                "违规收费问题整改不彻底，部分科室存在串换项目收费",
                "开展收费专项自查，退还违规收费；信息系统收费规则改造因供应商原因尚未上线。",
                "整改时限：2024年6月底前；超期未完成，正在督促供应商完成系统改造。",
                "in_progress",
                True,
            ),
            (
                "科研经费管理不规范，部分经费报销依据不足",
                "修订科研经费管理办法，对近三年科研经费支出逐项核查。",
                "完成时间：2024.07",
                "done",
                False,
            ),
            (
                "医德医风建设抓得不紧，收受“红包”问题时有发生",
                "开展医德医风专项整治，建立患者满意度第三方评价。",
                "整改时限已到，已按期完成，长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "内设机构党支部设置不科学，部分临床科室未建立党支部",
                "按照“支部建在科室上”要求调整支部设置，正在筹建4个临床科室党支部。",
                "计划完成时间：2024.11；目前按时序推进。",
                "in_progress",
                True,
            ),
            (
                "人才梯队建设不足，高层次人才流失较多",
                "完善人才引进和激励办法，人才公寓项目正在施工。",
                "整改时限：2024年8月底前；逾期整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def build_qujing() -> dict:
    lines = [
        "中共曲靖市某医院委员会关于市委巡察整改进展情况的通报",
        "",
        "根据市委巡察工作安排，2023年12月4日至2024年2月2日，市委第一巡察组对市某医院党委开展了常规巡察。"
        "2024年3月15日，市委第一巡察组向医院党委反馈了巡察意见。现将整改进展情况通报如下。",
        "",
        "一、整改工作基本情况",
        "医院党委对照反馈的3个方面9个问题，制定整改方案，逐项明确整改措施、责任科室和整改时限。"
        "截至2024年9月25日，9个问题中已完成整改5个，正在整改4个。",
        "",
        "二、反馈问题整改进展情况",
    ]
    items, aspects = [], []
    n = 0
    for aspect, probs in QUJING:
        lines.append(f"（{aspect[0]}）{aspect[2:]}")
        for title, measure, when, status, pending in probs:
            n += 1
            lines.append(f"问题{n}：{title}。")
            lines.append(f"整改措施：{measure}")
            lines.append(when)
            items.append([f"问题{n}", title_of(title), status, pending])
            aspects.append(f"（{aspect[0]}）{aspect[2:]}")
    lines += [
        "",
        "三、下一步工作",
        "医院党委将对未完成整改的问题逐项倒排工期，对超期未完成事项约谈责任科室负责人，确保整改落地见效。",
        "",
        "欢迎社会各界对巡察整改落实情况进行监督。联系电话：0874-3121XXX。",
        "",
        "中共曲靖市某医院委员会",
        "2024年9月30日",
    ]
    name = "r167_qujing_city_hospital_time_lines_finish_vs_planned_overdue_on_schedule.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "file": name,
        "layout": LAYOUT_PREFIX
        + "as plain text: a city hospital 党委 (named 曲靖市某医院 as the brief asks) on a 市委巡察: "
        "one-line title, opening with dates, team and feed"
        "back date, 一、 with the counts (3个方面9个问题, 已完成整改5个，"
        "正在整改4个), 二、 with （一）…方面 aspects > 问题N：<problem>。 > 整改措施：… > a line of time only: "
        "整改时限：…；完成时间：2024.05 / 计划完成时间：2024."
        "12 / 整改时限已到，已按期完成。(，长期坚持) / 整改时限：…；"
        "超期未完成… / 计划完成时间：2024.11；目前按时序推进。 "
        "/ 整改时限：2024年8月底前；逾期整改中。; 三、下一步工作, "
        "contact, signature and date 2024年9月30日",
        "agency": "曲靖市某医院委员会",
        "region": "曲靖市",
        "province": "云南省",
        "prefecture": "曲靖市",
        "team": "市委第一巡察组",
        "period": ["2023-12-04", "2024-02-02"],
        "feedback": "2024-03-15",
        "signed": "2024-09-30",
        "claimed": {"aspects": 3, "problems": 9, "completed": 5, "in_progress": 4},
        "items": items,
        "aspects": aspects,
        "sources": ["item"] * len(items),
        "issuer": "中共曲靖市某医院委员会",
        "warnings": [],
        "notes": {
            "status": DATE_NOTE
            + "; here 完成时间：2024.05 / 2024.07 and 整改时限已到，已按期完成 = done (…，长期坚持 in the status line: "
            "done_longterm; item 4's 并长期坚持 closes a measure, no status: done); 计划完成时间：2024.12 "
            "(ahead of 2024年9月30日), 超期未完成, 按时序推进 and 逾期整改中 = in_progress",
            "claimed": "3个方面9个问题中已完成整改5个，正在整改4个",
            "pending": "items 2, 5, 8, 9: 正在推进平台建设 / 尚未上线 / 正在筹建 / 正在施工",
        },
    }


def main() -> None:
    notices = [build_qidong(), build_jiujiang(), build_ningdu(), build_qujing()]
    path = HERE / "rounds" / f"r{ROUND}.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {
        "round": ROUND,
        "about": old.get(
            "about",
            "Round 167 (issue 19): STATUS GIVEN AS A DATE, OR AS A "
            "DEADLINE MET OR MISSED, written blind (0 queries run, "
            "before reading the parser's code) and built by make_"
            "r167.py: a county 民政 bureau's plain text whose 整改情况 "
            "lines are only 已于…完成整改 or a deadline ahead (…底前完成, 湖南); a city 文旅 bureau's Word ledger with "
            "整改时限 and 实际完成时间 columns, blank = not done (江西);"
            " a township's web page ledger with 销号时间 filled "
            "for the closed rows (江西); a city hospital's plain text with 完成时间 / 计划完成时间 / 已按期完成 / "
            "超期未完成 / 按时序推进 / 逾期整改中 lines (云南). Bodies named "
            "某 (the problems are invented). The gold README "
            "says nothing about dates: each status is the one the notice itself states through them (see notes).",
        ),
        "first_reading": old.get("first_reading", ""),
        "notices": notices,
    }
    for old_notice, new in zip(old.get("notices", []), notices, strict=False):
        for key in ("gap", "items_gap"):
            if key in old_notice:
                new[key] = old_notice[key]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
