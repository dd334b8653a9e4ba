"""Build round 149's notices (run once: `python tests/data/genre/make_r149.py`); the files are committed.

Round 149 imitates notices whose STATUS IS CARRIED BY STRIKES, TICKS AND ICONS, not by words:
  A. a county bureau 党组's Word list (.docx) whose 已销号 problems have their title runs struck through (w:strike,
     one w:dstrike), a note paragraph saying so (注：划线部分为已销号问题); the open problems are not struck;
  B. a city 文旅 group's web page (.html) whose table rows of finished problems are in <del>/<s>/<strike> or
     style="text-decoration:line-through", with a legend line and a 完成 column of ✔/✓/√ against ✗/×/○;
  C. a college 党委's ledger (.xlsx) whose 整改进度 column holds 3/2/1 shown only as a conditional-format icon set
     (3 traffic lights, showValue="0"), with a legend row under the table and a comment on the header cell;
  D. a township 党委's ledger (.xlsx) whose 状态 column holds only ●/◐/○ with a legend line under the table, and
     one row's glyph (◎) that the legend does not give (unstated).
Bodies are named 某 (the problems are invented).
"""

# ruff: noqa: E501  (the gold's notes mix Chinese and English; ruff counts a Chinese character two columns)

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.comments import Comment
from openpyxl.formatting.rule import IconSetRule
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).parent
ROUND = 149


def nfkc_title(text: str) -> str:
    return unicodedata.normalize("NFKC", text).rstrip("。")


# --- A: 远安县某局党组 (a county natural-resources bureau), Word list, struck titles = 已销号 ----------------------
# (title, rectification text, status, pending, strike kind: "strike" / "dstrike" / None)
YUANAN = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "耕地保护责任落实不到位，部分乡镇“非农化”“非粮化”问题整改滞后",
                "制定耕地保护田长制工作方案，对卫片下发的46宗疑似违法占用耕地图斑逐宗核查，已恢复耕地38宗，"
                "拆除违法建筑8处，对3名相关责任人进行了约谈。",
                "done",
                False,
                "strike",
            ),
            (
                "国土空间规划编制推进缓慢，村庄规划覆盖率偏低",
                "县级国土空间总体规划已经省政府批复；实用性村庄规划已完成编制42个，剩余11个村庄规划成果正在报县政府审批，"
                "计划2026年6月底前全部完成。",
                "in_progress",
                True,
                None,
            ),
            (
                "矿产资源开发监管不严，个别矿山生态修复治理不彻底",
                "对全县17座在册矿山开展全覆盖检查，督促2座矿山完成生态修复治理面积126亩，建立矿山动态巡查制度，"
                "每季度开展一次巡查，此项工作长期坚持。",
                "done_longterm",
                False,
                "strike",
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "党组主体责任落实不力，对二级单位监督管理偏松偏软",
                "修订《党组落实全面从严治党主体责任清单》，党组书记与二级单位负责人逐一开展廉政谈话，"
                "对5个二级单位开展专项检查，督促整改问题14个。",
                "done",
                False,
                "dstrike",
            ),
            (
                "土地出让金征收不及时，部分项目欠缴问题未有效清理",
                "已追缴欠缴土地出让金2860万元；另有1宗土地出让金480万元因企业经营困难未能缴清，已启动法律程序，"
                "正在协调法院执行。",
                "in_progress",
                True,
                None,
            ),
            (
                "公务用车管理不规范，存在公车私用风险",
                "修订公务用车管理办法，全面安装北斗定位系统，实行“一车一档”和派车审批登记制度，对2名相关人员进行了批评教育。",
                "done",
                False,
                "strike",
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "干部队伍专业化水平不高，测绘、地质专业技术人员短缺",
                "通过公开招聘引进测绘、地质专业技术人员4名，与湖北省地质局某地质大队签订技术协作协议，"
                "组织专业技术培训3期，培训干部职工160人次。",
                "done",
                False,
                "strike",
            ),
            (
                "基层党支部标准化建设有差距，党员教育管理不够严格",
                "对照支部标准化建设要求逐项整改，规范“三会一课”记录和党员积分管理，开展“支部建设提升年”活动，"
                "此项工作长期坚持。",
                "done_longterm",
                False,
                "strike",
            ),
            (
                "干部档案专项审核发现问题整改不到位",
                "已完成37卷干部人事档案的补充完善；另有2卷档案涉及学历认定，正在向有关院校调取材料，待材料齐全后归档。",
                "in_progress",
                True,
                None,
            ),
        ],
    ),
]


def _strike(run, kind: str | None) -> None:
    if kind is None:
        return
    # through python-docx's font properties, so w:strike / w:dstrike stand where the schema orders them in w:rPr
    if kind == "dstrike":
        run.font.double_strike = True
    else:
        run.font.strike = True


def _para(doc, text: str, *, bold=False, size=16, center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(32)
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "仿宋_GB2312"
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    return p


def yuanan(path: Path) -> None:
    doc = docx.Document()
    _para(doc, "中共远安县某局党组", bold=True, size=22, center=True)
    _para(doc, "关于县委巡察反馈意见整改进展情况的通报", bold=True, size=22, center=True)
    _para(
        doc,
        "根据县委统一部署，2025年4月14日至6月13日，县委第二巡察组对县某局党组开展了常规巡察，并于2025年7月22日"
        "向局党组反馈了巡察意见。局党组坚决扛起巡察整改主体责任，对照反馈的3个方面9个问题，逐项制定整改措施，"
        "实行台账管理、对账销号。截至2025年12月31日，9个问题中已整改销号6个，正在推进整改3个。"
        "按照党务公开原则和巡察工作有关要求，现将整改进展情况予以公布。",
    )
    _para(doc, "一、整改工作开展情况", bold=True)
    _para(
        doc,
        "局党组召开专题会议研究部署巡察整改工作，成立由党组书记任组长的整改工作领导小组，制定整改方案，"
        "明确责任领导、责任股室和完成时限，每月召开一次整改推进会，对整改情况逐项核查、验收销号。",
    )
    _para(doc, "二、巡察反馈问题整改进展情况", bold=True)
    _para(doc, "（注：划线部分为已销号问题）", indent=False, center=True, size=14)
    n = 0
    for aspect, problems in YUANAN:
        _para(doc, aspect, bold=True)
        for title, text, _, _, kind in problems:
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            label = p.add_run(f"{n}.")
            body = p.add_run(f"{title}。")
            for r in (label, body):
                r.font.size = Pt(16)
            # the label run is struck too on the first items the clerk marked whole, the title alone elsewhere
            if n <= 3:
                _strike(label, kind)
            _strike(body, kind)
            _para(doc, f"整改情况：{text}")
    _para(doc, "三、下一步工作打算", bold=True)
    _para(
        doc,
        "对已销号的问题，局党组将适时开展“回头看”，防止反弹回潮；对正在推进的3个问题，紧盯时间节点，"
        "压实责任，确保按期整改到位，持续巩固巡察整改成果。",
    )
    _para(
        doc,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0717-3812265；"
        "电子邮箱：yaxzrj@163.com。",
    )
    _para(doc, "中共远安县某局党组", indent=False)
    _para(doc, "2026年1月12日", indent=False)
    doc.save(path)


# --- B: 上饶市某文化旅游集团 党委, web page table; finished rows struck, 完成 column of ticks and crosses -------------
# (title, rectification, tick cell, strike kind, status, pending)
SHANGRAO = [
    (
        "一、贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "推进全域旅游发展站位不高，重点文旅项目招商引资成效不明显",
                "制定文旅项目招商三年行动方案，组建专业招商团队，2025年签约文旅项目6个、总投资23.5亿元。",
                "✔",
                "del",
                "done",
                False,
            ),
            (
                "景区基础设施提升改造滞后，部分景区游客服务中心功能不完善",
                "2个景区游客服务中心已完成改造；某古镇景区停车场扩建工程正在施工，预计2026年5月底前完工。",
                "✗",
                None,
                "in_progress",
                True,
            ),
            (
                "安全生产责任落实不够到位，部分游乐设施定期检验不及时",
                "对集团所属景区游乐设施全面排查，23台（套）设施全部完成定期检验，建立安全隐患排查月报制度。",
                "√（长期坚持）",
                "s",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "“三重一大”决策制度执行不严格，个别重大投资项目论证不充分",
                "修订“三重一大”决策制度实施办法，明确重大投资项目可行性研究和风险评估程序，对2个项目开展后评价。",
                "✓",
                "style",
                "done",
                False,
            ),
            (
                "子公司财务管理不规范，部分费用报销审核把关不严",
                "开展财务管理专项检查，清退不合规报销费用4.36万元，统一子公司财务报销审批流程。",
                "√",
                "strike",
                "done",
                False,
            ),
            (
                "工程项目结算审核滞后，部分项目长期未办理竣工决算",
                "已完成5个项目的竣工决算；剩余2个项目的结算审核正在由第三方审计机构开展，计划2026年6月底前完成。",
                "×",
                None,
                "in_progress",
                True,
            ),
            (
                "落实中央八项规定精神有差距，存在超标准接待问题",
                "对2023年以来的公务接待逐笔核查，清退超标准接待费用1.2万元，对3名责任人进行了批评教育，"
                "将作风建设纳入常态化监督，长期坚持。",
                "√（长期坚持）",
                "del",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "基层党组织建设薄弱，个别景区党支部作用发挥不明显",
                "调整优化基层党组织设置，新成立景区党支部2个，开展“党建+文旅”品牌创建活动。",
                "✔",
                "s",
                "done",
                False,
            ),
            (
                "专业人才储备不足，文旅策划运营人才缺乏",
                "已引进文旅运营人才3名；与某高校合作的文旅人才定向培养项目正在洽谈中，尚未签订协议。",
                "○",
                None,
                "in_progress",
                True,
            ),
        ],
    ),
]

_STRIKE_OPEN = {
    "del": ("<del>", "</del>"),
    "s": ("<s>", "</s>"),
    "strike": ("<strike>", "</strike>"),
    "style": ('<span style="text-decoration: line-through;">', "</span>"),
}


def shangrao() -> str:
    rows = []
    n = 0
    for aspect, problems in SHANGRAO:
        rows.append(f'<tr><td colspan="4" style="text-align:left;font-weight:bold;">{aspect}</td></tr>')
        for title, measure, tick, kind, _, _ in problems:
            n += 1
            if kind is None:
                cells = [str(n), title, measure]
            else:
                a, b = _STRIKE_OPEN[kind]
                cells = [f"{a}{n}{b}", f"{a}{title}{b}", f"{a}{measure}{b}"]
            tds = "".join(f"<td>{c}</td>" for c in cells)
            rows.append(f'<tr>{tds}<td style="text-align:center;">{tick}</td></tr>')
    table = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>中共上饶市某文化旅游集团有限公司委员会关于市委巡察整改进展情况的通报-上饶市某文化旅游集团有限公司</title>
</head>
<body>
<div class="top"><div class="logo">上饶市某文化旅游集团有限公司</div>
<ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/gsjj/">集团简介</a></li><li><a href="/xwdt/">新闻动态</a></li>
<li><a href="/dqgz/">党群工作</a></li><li><a href="/lxwm/">联系我们</a></li></ul></div>
<div class="crumb">您的位置：<a href="/">网站首页</a> &gt; <a href="/dqgz/">党群工作</a> &gt; 正文</div>
<div class="detail">
<h2 class="title">中共上饶市某文化旅游集团有限公司委员会关于市委巡察整改进展情况的通报</h2>
<div class="meta">发布日期：2026-02-09　作者：集团党委办公室　点击数：<span>842</span></div>
<div class="text">
<p>根据市委统一部署，2025年5月6日至7月4日，市委第四巡察组对上饶市某文化旅游集团有限公司党委开展了常规巡察，并于2025年8月19日反馈了巡察意见。集团党委高度重视，把巡察整改作为重大政治任务，对反馈的3个方面9个问题逐一建立整改台账。截至2026年1月31日，已完成整改6个，正在整改3个。根据巡察工作有关规定，现将整改进展情况通报如下。</p>
<p><strong>一、整改工作组织情况</strong></p>
<p>集团党委成立巡察整改工作领导小组，党委书记任组长，召开党委会专题研究整改工作6次；集团纪委对整改情况开展跟踪监督，对整改滞后的1家子公司进行了督办。</p>
<p><strong>二、巡察反馈问题整改进展情况</strong></p>
<p>说明：表中加删除线的为已完成整改并销号的问题；“完成”栏中“√”表示已完成，“×”表示正在整改。</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th width="6%">序号</th><th width="34%">反馈问题</th><th width="48%">整改情况</th><th width="12%">完成</th></tr>
{table}
</table>
<p><strong>三、下一步工作打算</strong></p>
<p>集团党委将对正在整改的3个问题实行挂图作战，确保按期完成；对已完成整改的问题开展“回头看”，建立健全长效机制，推动巡察整改成果转化为企业高质量发展的实际成效。</p>
<p>欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0793-8226031；电子邮箱：srwljt_dw@163.com。</p>
<p style="text-align:right;">中共上饶市某文化旅游集团有限公司委员会</p>
<p style="text-align:right;">2026年2月6日</p>
</div>
</div>
<div class="foot"><p>版权所有：上饶市某文化旅游集团有限公司　赣ICP备18004521号</p></div>
</body>
</html>
"""


# --- C: 岳阳市某学院 党委, xlsx ledger, 整改进度 shown as a 3-traffic-light icon set over 3/2/1 -----------------------
# (title, measures, department, progress code 3 green done / 2 yellow done_longterm / 1 red in progress, status, pending)
YUEYANG = [
    (
        "一、贯彻落实党的教育方针和上级决策部署方面",
        [
            (
                "落实立德树人根本任务有差距，“三全育人”工作机制不健全",
                "制定“三全育人”综合改革实施方案，明确28项工作任务和责任部门，建立全员育人考核评价制度",
                "学生工作部",
                3,
                "done",
                False,
            ),
            (
                "产教融合、校企合作深度不够，订单培养规模偏小",
                "新增合作企业12家，组建订单班4个；与某产业园共建的产业学院方案已提交市教育局审核，尚未获批",
                "教务处",
                1,
                "in_progress",
                True,
            ),
            (
                "意识形态工作责任制落实不够到位，对校园网络阵地管理不严",
                "修订意识形态工作责任制实施细则，对全校43个网站和新媒体账号逐一备案审核，建立每月巡查通报制度",
                "党委宣传部",
                2,
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "招生录取、物资采购等重点领域廉政风险防控不到位",
                "梳理重点领域廉政风险点56个，制定防控措施89条，对招生录取和物资采购实行全过程监督",
                "纪委办公室",
                3,
                "done",
                False,
            ),
            (
                "科研经费管理不规范，部分项目经费报销审核不严",
                "修订科研经费管理办法，对2022年以来的科研项目经费开展专项审计，追回不合规报销经费3.8万元",
                "科研处",
                3,
                "done",
                False,
            ),
            (
                "基建项目管理不规范，个别项目存在未批先建问题",
                "已对3个项目补办审批手续2个；学生公寓改造项目的规划许可正在报市自然资源部门审批",
                "基建处",
                1,
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "“双带头人”教师党支部书记培育工程推进缓慢",
                "调整优化教师党支部设置，17个教师党支部书记全部由“双带头人”担任，开展支部书记专题培训2期",
                "党委组织部",
                3,
                "done",
                False,
            ),
            (
                "高层次人才引进培养力度不足，“双师型”教师比例偏低",
                "出台高层次人才引进办法，引进博士6名；组织86名教师到企业实践锻炼，“双师型”教师比例提升至58%，"
                "将作为常态化工作长期坚持",
                "人事处",
                2,
                "done_longterm",
                False,
            ),
            (
                "二级学院党组织议事规则执行不严格",
                "已修订二级学院党组织会议和院长办公会议议事规则；对7个二级学院执行情况的专项检查正在进行",
                "党委组织部",
                1,
                "in_progress",
                True,
            ),
        ],
    ),
]

_WRAP = Alignment(wrap_text=True, vertical="center")


def yueyang(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改进展"
    for col, width in zip("ABCDE", (6, 40, 52, 14, 10), strict=True):
        ws.column_dimensions[col].width = width
    ws["A1"] = "中共岳阳市某学院委员会关于市委巡察反馈意见整改进展情况的通报"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:E1")
    ws["A2"] = (
        "根据市委统一部署，2025年3月17日至5月16日，市委第三巡察组对学院党委开展了常规巡察，并于2025年6月25日反馈了"
        "巡察意见。学院党委对反馈的3个方面9个问题全部建立整改台账，实行销号管理。截至2025年12月20日，"
        "已完成整改6个，正在整改3个。现将整改进展情况公布如下。"
    )
    ws["A2"].alignment = _WRAP
    ws.merge_cells("A2:E2")
    ws.row_dimensions[2].height = 72
    header = ["序号", "巡察反馈问题", "整改措施及进展", "责任部门", "整改进度"]
    ws.append(header)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    ws["E3"].comment = Comment(
        "图标说明：绿灯为已完成整改；黄灯为已完成整改、需长期坚持；红灯为正在整改。", "学院党委办公室"
    )
    n = 0
    first = None
    for aspect, problems in YUEYANG:
        ws.append([aspect])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = Font(bold=True)
        for title, measure, dept, code, _, _ in problems:
            n += 1
            ws.append([n, title, measure, dept, code])
            r = ws.max_row
            first = first or r
            for c in range(1, 6):
                ws.cell(r, c).alignment = _WRAP
    last = ws.max_row
    # three traffic lights, icons only: >=3 green (已完成), >=2 yellow (已完成、长期坚持), else red (正在整改)
    ws.conditional_formatting.add(
        f"E{first}:E{last}",
        IconSetRule("3TrafficLights1", "num", [0, 2, 3], showValue=False),
    )
    ws.append(["注：“整改进度”栏图标含义：绿灯表示已完成整改，黄灯表示已完成整改并长期坚持，红灯表示正在整改。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append([])
    ws.append(
        [
            "下一步，学院党委将对正在整改的3个问题盯紧时间节点，确保按期完成；对已完成整改的问题适时开展“回头看”，"
            "巩固整改成果。欢迎广大师生和社会各界对巡察整改落实情况进行监督。联系电话：0730-8643217；"
            "电子邮箱：yyxy_dwb@163.com。"
        ]
    )
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.cell(ws.max_row, 1).alignment = _WRAP
    ws.append([None, None, None, "中共岳阳市某学院委员会"])
    ws.append([None, None, None, "2025年12月26日"])
    wb.save(path)


# --- D: 仁寿县某镇党委, xlsx ledger, 状态 column of ●/◐/○ glyphs with a legend line; one ◎ no legend gives --------
RENSHOU = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "乡村振兴产业发展基础薄弱，村级集体经济增收渠道单一",
                "制定村级集体经济发展三年行动计划，新发展柑橘种植基地2个，12个村集体经济收入全部达到10万元以上",
                "2025年12月",
                "●",
                "done",
                False,
            ),
            (
                "高标准农田建设项目管护不到位，部分灌溉设施损毁未及时修复",
                "修复损毁渠系2.6公里；剩余1处提灌站因设备更换正在招标采购，计划2026年4月底前修复",
                "2026年4月",
                "○",
                "in_progress",
                True,
            ),
            (
                "河长制湖长制落实不够有力，部分河道垃圾清理不及时",
                "落实镇村两级河长巡河制度，清理河道垃圾120余吨，聘请河道保洁员8名，实行日常保洁常态化",
                "长期坚持",
                "◐",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "村级财务管理不规范，部分村报账资料不齐全",
                "开展村级财务专项清理，补齐报账资料67份，推行村级财务“村账镇代管”全程电子化",
                "2025年11月",
                "●",
                "done",
                False,
            ),
            (
                "惠民惠农资金发放审核把关不严，个别补贴资金发放不精准",
                "对2023年以来的惠民惠农补贴逐户核查，追回不合规发放资金1.4万元，对2名村干部进行了诫勉谈话",
                "2025年10月",
                "●",
                "done",
                False,
            ),
            (
                "落实中央八项规定精神有差距，公务接待管理不规范",
                "修订机关公务接待管理制度，严格执行接待审批和清单制度，对接待费用实行月度公示",
                "长期坚持",
                "◐",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "村级后备力量培养不足，村“两委”干部年龄结构偏大",
                "建立村级后备力量人才库，储备后备力量48名，选派12名后备力量到镇机关跟岗锻炼",
                "2025年12月",
                "●",
                "done",
                False,
            ),
            (
                "软弱涣散村党组织整顿转化不彻底",
                "已调整充实2个村党组织班子；其中1个村的集体资产清产核资正在开展，整顿验收尚待县委组织部组织",
                "2026年3月",
                "○",
                "in_progress",
                True,
            ),
            (
                "发展党员工作不规范，个别村发展党员程序不严格",
                "对2020年以来发展的43名党员档案逐一审核，补正材料9份，开展发展党员工作专题培训",
                "2025年12月",
                "◎",
                "unstated",
                False,
            ),
        ],
    ),
]


def renshou(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for col, width in zip("ABCDE", (6, 42, 50, 12, 8), strict=True):
        ws.column_dimensions[col].width = width
    ws.append(["中共仁寿县某镇委员会关于县委巡察反馈问题整改情况的通报"])
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "2025年4月8日至5月30日，县委第一巡察组对镇党委开展了常规巡察，于2025年7月3日向镇党委反馈了巡察意见。"
            "镇党委坚持把巡察整改作为重要政治任务，对反馈的3个方面9个问题逐项制定整改措施。截至2025年12月31日，"
            "已完成整改6个。现将整改情况通报如下。"
        ]
    )
    ws.merge_cells("A2:E2")
    ws["A2"].alignment = _WRAP
    ws.row_dimensions[2].height = 66
    ws.append(["序号", "反馈问题", "整改措施", "完成时限", "状态"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    n = 0
    for aspect, problems in RENSHOU:
        ws.append([aspect])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        for title, measure, when, glyph, _, _ in problems:
            n += 1
            ws.append([n, title, measure, when, glyph])
            for c in range(1, 6):
                ws.cell(ws.max_row, c).alignment = _WRAP
            ws.cell(ws.max_row, 5).alignment = Alignment(horizontal="center", vertical="center")
    ws.append(["注：●已完成整改  ◐已完成整改，需长期坚持  ○正在整改"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append([])
    ws.append(["欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：028-36201453；邮政地址：仁寿县某镇某街86号。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    ws.append([None, None, "中共仁寿县某镇委员会"])
    ws.append([None, None, "2026年1月8日"])
    wb.save(path)


# --- gold ---------------------------------------------------------------------------------------------------------
FILES = {
    "yuanan": "r149_yuanan_county_natural_resources_bureau_docx_list_struck_titles_xiaohao_note.docx",
    "shangrao": "r149_shangrao_city_culture_tourism_group_html_table_del_s_strike_rows_tick_column.html",
    "yueyang": "r149_yueyang_city_college_xlsx_iconset_traffic_lights_progress_legend_row_comment.xlsx",
    "renshou": "r149_renshou_county_township_xlsx_circle_glyph_status_legend_one_unlegended.xlsx",
}


def _items(aspects, pick):
    items, asp = [], []
    n = 0
    for aspect, problems in aspects:
        for p in problems:
            n += 1
            title, status, pending = pick(p)
            items.append([str(n), nfkc_title(title), status, pending])
            asp.append(unicodedata.normalize("NFKC", aspect))
    return items, asp


def gold() -> dict:
    ya_items, ya_asp = _items(YUANAN, lambda p: (p[0], p[2], p[3]))
    sr_items, sr_asp = _items(SHANGRAO, lambda p: (p[0], p[4], p[5]))
    yy_items, yy_asp = _items(YUEYANG, lambda p: (p[0], p[4], p[5]))
    rs_items, rs_asp = _items(RENSHOU, lambda p: (p[0], p[4], p[5]))
    src = lambda items: ["none" if i[2] == "unstated" else "item" for i in items]  # noqa: E731
    written = "written blind from the writer's knowledge of the genre (2 queries run, layout only, no page matched the class), before reading the parser's code, built by make_r149.py: "
    notices = [
        {
            "file": FILES["yuanan"],
            "layout": written
            + "a county natural-resources bureau 党组's notice (named 远安县某局党组) as a real .docx: the title in two "
            "centred paragraphs, an opening with team, dates, feedback date and counts (3个方面9个问题中已整改销号6个，正在推进整改3个), "
            "一、 work paragraph, 二、 with a centred note （注：划线部分为已销号问题）, 一、…方面 aspect paragraphs, N.<problem>。 "
            "paragraphs numbered through whose runs are struck (w:strike; item 4 w:dstrike; the label run struck on items 1-3, "
            "the title run alone on 5-8) where the problem is 已销号, each followed by 整改情况：<measures> with no status word "
            "(the kept-up ones end 此项工作长期坚持; the open ones say 正在…), 三、下一步工作打算, contact, signature and date",
            "agency": "远安县某局党组",
            "region": "远安县",
            "province": "湖北省",
            "prefecture": "宜昌市",
            "team": "县委第二巡察组",
            "period": ["2025-04-14", "2025-06-13"],
            "feedback": "2025-07-22",
            "signed": "2026-01-12",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
            "items": ya_items,
            "aspects": ya_asp,
            "sources": src(ya_items),
            "issuer": "中共远安县某局党组",
            "warnings": [],
            "notes": {
                "status": "the strike on the problem's runs, as the note says (划线部分为已销号问题): struck = done (gold README: 已完成); "
                "struck and the 整改情况 ending 此项工作长期坚持 = done_longterm (…并长期坚持); not struck = in_progress, as the "
                "opening's 正在推进整改3个 counts them and their text says 正在…",
                "sources": "item: the strike is a marker on the item itself",
                "claimed": "3个方面9个问题中已整改销号6个 (4 done + 2 kept up)，正在推进整改3个",
                "pending": "items 2, 5, 9: 正在报县政府审批 / 正在协调法院执行 / 正在调取材料，待…后归档",
                "labels": "N. as printed, numbered through",
            },
        },
        {
            "file": FILES["shangrao"],
            "layout": written
            + "a city culture-and-tourism group 党委's web page (named 上饶市某文化旅游集团有限公司): site header, "
            "breadcrumb, <h2> title, 发布日期 line, an opening paragraph with team, dates, feedback date and counts, 一、 work "
            "paragraph, 二、 with a legend line (说明：表中加删除线的为已完成整改并销号的问题；“完成”栏中“√”表示已完成，“×”表示正在整改), "
            "then a table 序号/反馈问题/整改情况/完成 with aspect rows spanning the four columns; finished rows have their first "
            'three cells wrapped in <del>, <s>, <strike> or <span style="text-decoration: line-through;">; the 完成 cell holds '
            "✔/✓/√ or √（长期坚持） for finished rows and ✗/×/○ for open ones; 三、下一步, contact, signature right-aligned, footer",
            "agency": "上饶市某文化旅游集团有限公司委员会",
            "region": "上饶市",
            "province": "江西省",
            "prefecture": "上饶市",
            "team": "市委第四巡察组",
            "period": ["2025-05-06", "2025-07-04"],
            "feedback": "2025-08-19",
            "signed": "2026-02-06",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
            "items": sr_items,
            "aspects": sr_asp,
            "sources": src(sr_items),
            "issuer": "中共上饶市某文化旅游集团有限公司委员会",
            "warnings": [],
            "notes": {
                "status": "the 完成 cell read with the legend: √ and its variants ✔/✓ done, √（长期坚持） done_longterm "
                "(…并长期坚持); × and its variants ✗ and ○ (an open circle, the tick's absence) in_progress, as the legend's "
                "“×”表示正在整改 and the counts (正在整改3个) say; the strike agrees on every row",
                "labels": "the 序号 cell (struck on finished rows; the label is the number)",
                "claimed": "3个方面9个问题; 已完成整改6个 (4 done + 2 kept up)，正在整改3个",
                "published": "发布日期 2026-02-09 (not scored here)",
                "pending": "items 2, 6, 9: 正在施工 / 正在由第三方审计机构开展 / 正在洽谈中，尚未签订协议",
            },
        },
        {
            "file": FILES["yueyang"],
            "layout": written
            + "a city college 党委's ledger as a real .xlsx (named 岳阳市某学院): the title in merged A1:E1, the opening "
            "in merged A2:E2 (team, dates, feedback date, 3个方面9个问题, 已完成整改6个，正在整改3个), a header row "
            "序号/巡察反馈问题/整改措施及进展/责任部门/整改进度 with a cell comment on 整改进度 giving the icons' meanings, "
            "aspect rows merged across, 9 problem rows whose 整改进度 cell holds 3/2/1 shown only as a conditional-format "
            'icon set (<cfRule type="iconSet"><iconSet iconSet="3TrafficLights1" showValue="0"> cfvo num 0/2/3: 3 green, '
            "2 yellow, 1 red), a merged legend row 注：“整改进度”栏图标含义：绿灯表示已完成整改，黄灯表示已完成整改并长期坚持，"
            "红灯表示正在整改。, a closing paragraph with contact, signature and date in column D",
            "agency": "岳阳市某学院委员会",
            "region": "岳阳市",
            "province": "湖南省",
            "prefecture": "岳阳市",
            "team": "市委第三巡察组",
            "period": ["2025-03-17", "2025-05-16"],
            "feedback": "2025-06-25",
            "signed": "2025-12-26",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6, "in_progress": 3},
            "items": yy_items,
            "aspects": yy_asp,
            "sources": src(yy_items),
            "issuer": "中共岳阳市某学院委员会",
            "warnings": [],
            "notes": {
                "status": "the icon Excel shows for the 整改进度 value under the icon set (3 ≥ 3 green, 2 ≥ 2 yellow, 1 red), read "
                "with the legend row: green done, yellow done_longterm (已完成整改并长期坚持), red in_progress",
                "sources": "item: the icon is in the item's own row",
                "claimed": "3个方面9个问题; 已完成整改6个 (4 done + 2 kept up)，正在整改3个",
                "pending": "items 2, 6, 9: 已提交…审核，尚未获批 / 正在报…审批 / 专项检查正在进行",
            },
        },
        {
            "file": FILES["renshou"],
            "layout": written
            + "a township 党委's ledger as a real .xlsx (named 仁寿县某镇): title in merged A1:E1, opening in merged A2:E2 "
            "(team, dates, feedback date, 3个方面9个问题, 已完成整改6个, no open count), header 序号/反馈问题/整改措施/"
            "完成时限/状态, aspect rows merged across, 9 problem rows whose 状态 cell holds only a glyph (● / ◐ / ○, and on "
            "the last row ◎), the 完成时限 cell a month or 长期坚持, a merged legend line under the table "
            "注：●已完成整改  ◐已完成整改，需长期坚持  ○正在整改, contact, signature and date in column C",
            "agency": "仁寿县某镇委员会",
            "region": "仁寿县",
            "province": "四川省",
            "prefecture": "眉山市",
            "team": "县委第一巡察组",
            "period": ["2025-04-08", "2025-05-30"],
            "feedback": "2025-07-03",
            "signed": "2026-01-08",
            "claimed": {"aspects": 3, "problems": 9, "completed": 6},
            "items": rs_items,
            "aspects": rs_asp,
            "sources": src(rs_items),
            "issuer": "中共仁寿县某镇委员会",
            "warnings": [],
            "notes": {
                "status": "the 状态 glyph read with the legend line: ● done, ◐ done_longterm (已完成整改，需长期坚持), ○ in_progress; "
                "item 9's ◎ is a glyph the legend does not give: unstated (gold README: no marker a reader can read), source none, "
                "though its 完成时限 is a past month — a careful reader cannot say whether the clerk meant ● or ○",
                "claimed": "3个方面9个问题，已完成整改6个 (4 ● + 2 ◐); no open count stated",
                "pending": "items 2, 8: 正在招标采购 / 正在开展，整顿验收尚待…; item 9 false (its text states no unfinished work)",
            },
        },
    ]
    return {
        "round": ROUND,
        "about": "Round 149 (issue 19): STATUS CARRIED BY STRIKES, TICKS AND ICONS, the third round on the road of rounds "
        "138/146 (status not written in words), in the carriers those rounds left unread. Written blind from the writer's "
        "knowledge of the genre (2 queries run on the pages corpus, which found no notice of the class), before reading the "
        "parser's code, and built by make_r149.py: a county natural-resources bureau 党组's Word list whose 已销号 problems "
        "are struck through (w:strike, one w:dstrike) under a note 注：划线部分为已销号问题 (远安县, 湖北); a city "
        "culture-and-tourism group 党委's web page whose finished table rows are in <del>/<s>/<strike>/line-through spans, "
        "with a legend line and a 完成 column of ✔/✓/√ against ✗/×/○ (上饶市, 江西); a city college 党委's .xlsx whose "
        "整改进度 column is a 3-traffic-light conditional-format icon set over 3/2/1 with the values hidden, a legend row "
        "and a header comment (岳阳市, 湖南); a township 党委's .xlsx whose 状态 column holds only ●/◐/○ with a legend "
        "line, one row's ◎ given by no legend (unstated) (仁寿县, 四川). Bodies named 某 (the problems are invented).",
        "first_reading": "",
        "notices": notices,
    }


if __name__ == "__main__":
    yuanan(HERE / FILES["yuanan"])
    (HERE / FILES["shangrao"]).write_text(shangrao(), encoding="utf-8")
    yueyang(HERE / FILES["yueyang"])
    renshou(HERE / FILES["renshou"])
    out = HERE / "rounds" / f"r{ROUND}.json"
    if not out.exists():  # the gold is written once; later edits are made by hand in the json
        out.write_text(json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("built", *FILES.values(), sep="\n")
