"""Build round 98's PDF files (run once: `python tests/data/genre/make_r98.py`); the .pdf files are committed.

Round 98 imitates notices as users forward them in PDF, as Word/WPS print them: a 红头文件 (red title block, 文号,
red rule, two-character first-line indents, justified lines whose characters are spaced out where a line was cut
before a punctuation mark, a right-aligned signature and date with a seal's text over them, a 抄送/印发 block and
page numbers `— N —` on the outer side); a ruled table spanning two pages with its header row repeated and cells'
text wrapped inside the cell; running page headers holding the document title; a side note. Text in reportlab's
built-in CID font STSong-Light. Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import black, red
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
WIDTH, HEIGHT = A4
NO_LINE_START = "，。、；：？！）》”’」』"  # 避头: a line never starts with these (Word moves a character down)


def shown(text: str) -> str:
    """The text as drawn: PDFium reads no text object holding one two-byte character of a non-embedded CID font (a
    lone 科 on a cell's second line, a seal's letter), so such a character is drawn with a space after it, as Word
    often leaves one."""
    return text + " " if len(text) == 1 and ord(text) > 127 else text


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, size: float, room: float) -> list[str]:
    """Break text into lines that fit room; a closing punctuation mark pulls the character before it down."""
    lines: list[str] = []
    line = ""
    for char in text:
        if width(line + char, size) <= room:
            line += char
            continue
        if char in NO_LINE_START and len(line) > 1:
            lines.append(line[:-1])
            line = line[-1] + char
        else:
            lines.append(line)
            line = char
    if line:
        lines.append(line)
    return lines


class Doc:
    """A flowing document: paragraphs wrapped and justified, pages with a header and footer drawn on each."""

    def __init__(
        self,
        path: Path,
        *,
        size: float = 15.5,
        margin: float = 79,
        top: float = 100,
        bottom: float = 90,
        chrome: Callable[[canvas.Canvas, int], None] | None = None,
    ) -> None:
        self.pdf = canvas.Canvas(str(path), pagesize=A4)
        self.pdf.setTitle(path.stem)
        self.size = size
        self.left = margin
        self.right = WIDTH - margin
        self.top = HEIGHT - top
        self.bottom = bottom
        self.chrome = chrome
        self.page = 1
        self.y = self.top

    @property
    def room(self) -> float:
        return self.right - self.left

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def new_page(self) -> None:
        if self.chrome:
            self.chrome(self.pdf, self.page)
        self.pdf.showPage()
        self.page += 1
        self.y = self.top

    def line(
        self, text: str, *, x: float | None = None, size: float | None = None, space: float = 0.0, color=black
    ) -> None:  # type: ignore[no-untyped-def]
        size = size or self.size
        self.need(size * 1.8)
        self.y -= size * 1.8
        obj = self.pdf.beginText(self.left if x is None else x, self.y)
        obj.setFont(FONT, size)
        obj.setFillColor(color)
        obj.setCharSpace(space)
        obj.textOut(shown(text))
        self.pdf.drawText(obj)

    def para(self, text: str, *, indent: int = 2, size: float | None = None) -> None:
        """A justified paragraph with a first-line indent of `indent` characters."""
        size = size or self.size
        lead = "\u3000" * indent
        lines = wrap(lead + text, size, self.room)
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            space = 0.0 if last or len(line) < 2 else (self.room - width(line, size)) / (len(line) - 1)
            self.line(line, size=size, space=space)

    def centred(self, text: str, *, size: float, color=black, gap: float = 1.8) -> None:  # type: ignore[no-untyped-def]
        self.need(size * gap)
        self.y -= size * gap
        self.pdf.setFillColor(color)
        self.pdf.setFont(FONT, size)
        self.pdf.drawCentredString(WIDTH / 2, self.y, text)
        self.pdf.setFillColor(black)

    def right_aligned(self, text: str, *, inset: float = 4) -> None:
        size = self.size
        self.line(text, x=self.right - width(text, size) - inset * size)

    def skip(self, lines: float = 1) -> None:
        self.y -= self.size * 1.8 * lines

    def seal(self, text: str, cx: float, cy: float, radius: float = 60) -> None:
        """A red round seal whose text runs along its upper arc, with a star, drawn over the signature."""
        pdf = self.pdf
        pdf.saveState()
        pdf.setStrokeColor(red)
        pdf.setFillColor(red)
        pdf.setLineWidth(2.5)
        pdf.circle(cx, cy, radius)
        size = 13
        n = len(text)
        spread = 220.0
        for i, char in enumerate(text):
            angle = 90 + spread / 2 - spread * i / (n - 1)
            rad = math.radians(angle)
            x = cx + (radius - size - 2) * math.cos(rad)
            y = cy + (radius - size - 2) * math.sin(rad)
            pdf.saveState()
            pdf.translate(x, y)
            pdf.rotate(angle - 90)
            pdf.setFont(FONT, size)
            pdf.drawCentredString(0, 0, shown(char))
            pdf.restoreState()
        pdf.setFont(FONT, 30)
        pdf.drawCentredString(cx, cy - 10, shown("★"))
        pdf.restoreState()

    def save(self) -> None:
        if self.chrome:
            self.chrome(self.pdf, self.page)
        self.pdf.showPage()
        self.pdf.save()


# --- A: a city audit bureau 党组's 红头文件: red title block, 文号, rule, bracketed statuses after the titles ---
def mianyang() -> None:
    def chrome(pdf: canvas.Canvas, page: int) -> None:
        # GB/T 9704: 4号 half-width digits between dashes, on the outer side (odd pages right, even pages left)
        pdf.setFont(FONT, 14)
        mark = f"— {page} —"
        if page % 2:
            pdf.drawRightString(WIDTH - 79 - 14, 50, mark)
        else:
            pdf.drawString(79 + 14, 50, mark)

    doc = Doc(
        HERE / "r98_mianyang_city_audit_bureau_pdf_red_header_bracket_status_outer_page_numbers.pdf",
        chrome=chrome,
        top=70,
    )
    doc.centred("中共绵阳市某局党组文件", size=30, color=red, gap=2.2)
    doc.skip(1.2)
    doc.centred("绵某党〔2025〕3号", size=15.5)
    doc.pdf.setStrokeColor(red)
    doc.pdf.setLineWidth(2)
    doc.pdf.line(doc.left, doc.y - 12, doc.right, doc.y - 12)
    doc.pdf.setStrokeColor(black)
    doc.skip(0.8)
    doc.centred("中共绵阳市某局党组", size=20, gap=2.2)
    doc.centred("关于市委第三巡察组巡察反馈意见", size=20, gap=1.6)
    doc.centred("整改进展情况的通报", size=20, gap=1.6)
    doc.skip(0.5)
    doc.para(
        "根据市委统一部署，2024年4月8日至6月5日，市委第三巡察组对市某局党组开展了常规巡察。7月12日，"
        "市委第三巡察组向市某局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"
    )
    doc.para("一、履行巡察整改主体责任情况", indent=2)
    doc.para(
        "局党组坚持把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，召开巡察整改专题民主生活会，"
        "逐项制定整改措施、明确责任领导和完成时限，实行清单化管理、销号式推进。对市委巡察反馈的3个方面7个问题，"
        "截至2024年12月底，已完成整改4个，基本完成1个，正在推进2个。"
    )
    doc.para("二、巡察反馈问题整改落实情况")
    doc.para("（一）贯彻落实党中央决策部署和上级工作要求方面")
    doc.para("1.理论学习中心组学习研讨不够深入，以学促干成效不明显（已完成）")
    doc.para(
        "整改措施：制定年度理论学习计划，全年开展中心组集中学习12次，专题研讨4次；建立学习成果转化清单，"
        "围绕审计监督重点形成调研报告3篇。"
    )
    doc.para("2.对重大政策措施落实情况跟踪审计覆盖面不广，聚焦主责主业不够（基本完成）")
    doc.para(
        "整改措施：修订年度审计项目计划，将稳就业、惠民生等重大政策落实情况纳入跟踪审计范围，"
        "已对12个县（市、区）开展政策跟踪审计；对剩余2个园区的跟踪审计正在开展现场审计。"
    )
    doc.para("3.审计发现问题整改督促跟踪不到位，部分问题整改销号把关不严（已完成）")
    doc.para(
        "整改措施：建立审计整改“对账销号”制度，联合市纪委监委、市委巡察办开展整改情况专项检查，"
        "对整改不到位的6个问题重新下达督办通知，均已整改到位。"
    )
    doc.para("（二）落实全面从严治党战略部署方面")
    doc.para("4.落实中央八项规定精神不够严格，公务用车使用管理存在漏洞（已完成，长期坚持）")
    doc.para(
        "整改措施：修订《公务用车管理办法》，全面推行派车单和行车记录“双登记”，每季度开展一次公务用车专项检查；"
        "该项工作纳入常态化监督，长期坚持。"
    )
    doc.para("5.审计项目质量控制不够严格，个别审计报告复核流于形式（正在推进）")
    doc.para(
        "整改措施：修订审计业务质量控制办法，落实三级复核制度；审计业务管理系统升级改造正在实施，预计2025年6月上线运行。"
    )
    doc.para("（三）落实新时代党的组织路线方面")
    doc.para("6.基层党组织建设存在短板，个别支部组织生活不够规范（已完成）")
    doc.para("整改措施：对3个党支部“三会一课”记录开展全面检查，督促补齐短板；开展支部书记轮训，规范主题党日活动。")
    doc.para("7.干部队伍专业结构不够合理，计算机审计等专业人才短缺（正在推进）")
    doc.para(
        "整改措施：制定专业人才培养三年规划，选派8名干部参加计算机审计中级培训；2025年公开招录计算机审计人员的计划"
        "已报市委组织部审批。"
    )
    doc.para("三、下一步工作打算")
    doc.para(
        "局党组将持续巩固整改成果，对尚未完成的问题紧盯不放，确保按时整改到位。欢迎广大干部群众对巡察整改落实情况进行监督。"
        "联系电话：0816-2200000；电子邮箱：sjjdz@163.com。"
    )
    doc.skip(1.5)
    doc.right_aligned("中共绵阳市某局党组")
    doc.right_aligned("2025年1月10日")
    doc.seal("中国共产党绵阳市某局党组", doc.right - 4 * 15.5 - 70, doc.y + 20)
    doc.para("（此件公开发布）")
    # 抄送/印发 block at the foot of the last page, between rules
    pdf = doc.pdf
    pdf.setLineWidth(1)
    for y in (150, 120, 92):
        pdf.line(doc.left, y, doc.right, y)
    pdf.setFont(FONT, 14)
    pdf.drawString(doc.left + 14, 128, "抄送：市委巡察办，市纪委监委派驻第三纪检监察组。")
    pdf.drawString(doc.left + 14, 100, "绵阳市某局办公室")
    pdf.drawRightString(doc.right - 14, 100, "2025年1月10日印发")
    doc.save()


# --- B: a county hospital 党委: the problems in a ruled table over two pages, header row repeated, cells wrapped ---
def changfeng() -> None:
    title = "长丰县某医院党委关于县委巡察反馈意见整改进展情况的通报"

    def chrome(pdf: canvas.Canvas, page: int) -> None:
        pdf.setFont(FONT, 10.5)
        pdf.drawCentredString(WIDTH / 2, HEIGHT - 50, title)
        pdf.setLineWidth(0.6)
        pdf.line(60, HEIGHT - 56, WIDTH - 60, HEIGHT - 56)
        pdf.drawCentredString(WIDTH / 2, 40, f"第 {page} 页")

    doc = Doc(
        HERE / "r98_changfeng_county_hospital_pdf_ruled_table_two_pages_repeated_header_running_title.pdf",
        chrome=chrome,
        size=14,
        margin=60,
        top=80,
        bottom=70,
    )
    doc.centred("中共长丰县某医院委员会关于县委巡察", size=20, gap=2.0)
    doc.centred("反馈意见整改进展情况的通报", size=20, gap=1.6)
    doc.skip(0.4)
    doc.para(
        "根据县委统一部署，县委第二巡察组于2024年3月11日至5月10日对县某医院党委开展了常规巡察，"
        "并于6月20日反馈了巡察意见。医院党委高度重视，逐条研究制定整改方案。现将整改进展情况公布如下。"
    )
    doc.para("一、整改工作总体情况")
    doc.para("巡察反馈问题共3个方面7个，目前已完成整改4个，正在整改3个。具体整改情况见下表。")
    doc.para("二、巡察反馈问题整改情况表")
    header = ["序号", "问题类别", "存在问题", "整改措施", "责任科室", "整改进展"]
    cols = [30, 70, 120, 140, 50, 65]
    rows = [
        [
            "1",
            "党的建设",
            "党委领导下的院长负责制落实不到位，党委会议事规则不完善",
            "修订党委会议事规则和院长办公会议事规则，明确“三重一大”事项清单",
            "党委办",
            "已完成",
        ],
        [
            "2",
            "党的建设",
            "基层党支部标准化建设推进不平衡，临床科室党支部作用发挥不明显",
            "推行“党支部建在科室上”，开展支部书记“双带头人”培育",
            "党委办",
            "已完成",
        ],
        [
            "3",
            "党的建设",
            "党员发展工作不够重视，近两年在高知群体中发展党员偏少",
            "制定发展党员工作计划，确定入党积极分子8名；其中3名的政治审查正在进行中",
            "组织人事科",
            "正在推进",
        ],
        [
            "4",
            "全面从严治党",
            "医药购销领域廉洁风险防控不力，部分耗材采购未严格执行集中采购规定",
            "开展医药领域腐败问题集中整治，修订耗材采购管理办法，所有耗材纳入平台采购",
            "纪检监察室",
            "已完成，长期坚持",
        ],
        [
            "5",
            "全面从严治党",
            "财务内控制度执行不严，部分专项资金使用不规范",
            "聘请第三方机构开展专项资金审计，审计报告初稿已形成，待院党委会审定后落实整改",
            "财务科",
            "正在推进",
        ],
        [
            "6",
            "医疗服务",
            "门诊“一站式”服务推进缓慢，群众办事多头跑的问题仍然存在",
            "设立门诊综合服务中心，整合挂号、缴费、检查预约等12项服务",
            "门诊部",
            "已完成",
        ],
        [
            "7",
            "医疗服务",
            "医疗质量安全管理存在薄弱环节，病历书写不规范问题较为突出",
            "开展病历质量专项检查，电子病历质控系统升级项目正在招标采购",
            "医务科",
            "整改中",
        ],
    ]
    size = 10.5
    lead = size * 1.45
    pad = 4
    left = (WIDTH - sum(cols)) / 2

    def cell_lines(row: list[str]) -> list[list[str]]:
        return [wrap(text, size, w - 2 * pad) for text, w in zip(row, cols, strict=True)]

    def draw_row(row: list[str], top: float, height: float, *, skip_text: set[int] | None = None) -> None:
        pdf = doc.pdf
        pdf.setLineWidth(0.8)
        x = left
        for n, (text, w) in enumerate(zip(row, cols, strict=True)):
            pdf.rect(x, top - height, w, height)
            if not skip_text or n not in skip_text:
                lines = wrap(text, size, w - 2 * pad)
                y = top - (height - len(lines) * lead) / 2 - size
                pdf.setFont(FONT, size)
                for line in lines:
                    if n in (0, 1, 4, 5):
                        pdf.drawCentredString(x + w / 2, y, shown(line))
                    else:
                        pdf.drawString(x + pad, y, shown(line))
                    y -= lead
            x += w

    def header_row() -> None:
        height = lead + 2 * pad
        draw_row(header, doc.y, height)
        doc.y -= height

    doc.y -= 8
    header_row()
    for row in rows:
        height = max(len(lines) for lines in cell_lines(row)) * lead + 2 * pad
        if doc.y - height < doc.bottom:
            doc.new_page()
            header_row()  # Word's 重复标题行: the header row again at the top of the next page
        draw_row(row, doc.y, height)
        doc.y -= height
    doc.skip(0.3)
    doc.para("三、下一步工作打算")
    doc.para(
        "医院党委将对正在整改的问题持续跟踪督办，做到问题不解决不松劲、整改不到位不销号。欢迎社会各界监督，"
        "联系电话：0551-66000000。"
    )
    doc.skip(1)
    doc.right_aligned("中共长丰县某医院委员会", inset=2)
    doc.right_aligned("2024年12月30日", inset=3)
    doc.save()


# --- C: a provincial university 党委 under 省委巡视: three levels, running title header, spaced-out lines, side note
def university() -> None:
    title = "中共某大学委员会关于省委巡视整改进展情况的通报"

    def chrome(pdf: canvas.Canvas, page: int) -> None:
        if page > 1:
            pdf.setFont(FONT, 9)
            pdf.drawString(79, HEIGHT - 52, title)
            pdf.drawRightString(WIDTH - 79, HEIGHT - 52, "某大学党委办公室")
            pdf.setLineWidth(0.5)
            pdf.line(79, HEIGHT - 57, WIDTH - 79, HEIGHT - 57)
        pdf.setFont(FONT, 10.5)
        pdf.drawCentredString(WIDTH / 2, 45, f"- {page} -")

    doc = Doc(
        HERE / "r98_university_province_xunshi_pdf_three_levels_running_title_side_note_closing_status.pdf",
        chrome=chrome,
        size=14,
        top=90,
    )
    # a side note in the top right corner, as the 公开属性 box universities print
    doc.pdf.setFont(FONT, 10.5)
    doc.pdf.rect(WIDTH - 79 - 70, HEIGHT - 62, 70, 20)
    doc.pdf.drawCentredString(WIDTH - 79 - 35, HEIGHT - 56, "主动公开")
    doc.centred("中共某大学委员会", size=20, gap=1.8)
    doc.centred("关于省委巡视整改进展情况的通报", size=20, gap=1.6)
    doc.skip(0.5)
    doc.para(
        "根据省委统一部署，2024年3月25日至5月31日，省委第八巡视组对某大学党委进行了常规巡视。2024年7月5日，"
        "省委巡视组向学校党委反馈了巡视意见。学校党委坚决扛起巡视整改政治责任，"
        "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"
    )
    doc.para("一、学校党委履行巡视整改主体责任情况")
    doc.para(
        "学校党委召开常委会、专题民主生活会研究部署巡视整改工作，制定整改方案，明确整改任务。省委巡视反馈3个方面、"
        "5类问题、8个具体问题，截至2024年12月，已完成整改6个，正在持续推进2个。"
    )
    doc.para("二、巡视反馈问题整改落实情况")
    doc.para("（一）党的政治建设和办学治校方面")
    doc.para("1.贯彻党的教育方针不够到位")
    doc.para("⑴学校党委理论学习中心组学习与推动学校事业发展结合不够紧密。")
    doc.para(
        "整改情况：修订校党委理论学习中心组学习制度，将学习成果转化纳入年度考核，开展专题调研6项。目前该问题已完成整改。"
    )
    doc.para("⑵思政课教师队伍配备不足，专职教师师生比未达到国家规定标准。")
    doc.para(
        "整改情况：制定思政课教师队伍建设规划，2024年引进专职思政课教师5名；2025年专职思政课教师招聘计划已报省教育厅备案，"
        "正在组织招聘。目前该问题正在推进。"
    )
    doc.para("2.落实党委领导下的校长负责制不够规范")
    doc.para("⑶党委常委会与校长办公会议事范围界定不清，部分事项重复上会。")
    doc.para(
        "整改情况：修订党委常委会、校长办公会议事规则，制定议事决策事项清单，明确38项决策事项的上会程序。目前该问题已完成整改。"
    )
    doc.para("（二）全面从严治党方面")
    doc.para("3.管党治党责任落实有差距")
    doc.para("⑷二级党组织书记抓基层党建述职评议考核结果运用不充分。")
    doc.para(
        "整改情况：将述职评议考核结果与二级单位年度考核、干部选拔任用挂钩，2024年对考核排名靠后的2名书记进行了约谈。"
        "目前该问题已完成整改。"
    )
    doc.para("⑸科研经费管理存在廉洁风险，部分项目间接费用使用不规范。")
    doc.para(
        "整改情况：修订科研经费管理办法，上线科研经费信息化监管平台，对2021年以来的间接费用使用情况全面自查。"
        "目前该问题已完成整改，并将长期坚持。"
    )
    doc.para("4.作风建设仍需加强")
    doc.para("⑹基建项目变更签证审核把关不严，个别项目结算超出概算。")
    doc.para(
        "整改情况：修订基建项目变更管理办法，委托第三方对近三年竣工项目开展结算审计，审计工作正在进行。目前该问题正在推进。"
    )
    doc.para("（三）领导班子和干部队伍建设方面")
    doc.para("5.干部队伍建设统筹谋划不够")
    doc.para("⑺中层干部年龄结构偏大，年轻干部选拔使用不足。")
    doc.para("整改情况：制定优秀年轻干部培养选拔工作方案，2024年提拔使用35岁以下中层干部6名。目前该问题已完成整改。")
    doc.para("⑻干部人事档案专项审核发现的问题整改不彻底。")
    doc.para("整改情况：对专项审核发现的问题逐人建立台账，补充完善档案材料312份。目前该问题已完成整改。")
    doc.para("三、下一步工作安排")
    doc.para(
        "学校党委将坚持目标不变、标准不降、力度不减，持续推进巡视整改走深走实。欢迎广大师生员工和社会各界对巡视整改落实情况"
        "进行监督。联系电话：0000-88880000；电子邮箱：dwb@example.edu.cn。"
    )
    doc.skip(1)
    doc.right_aligned("中共某大学委员会", inset=2)
    doc.right_aligned("2025年1月20日", inset=2)
    doc.seal("中国共产党某大学委员会", doc.right - 5 * 14 - 50, doc.y + 18)
    doc.save()


# --- D: a district state capital company 党委: status parts, full-width digits, dropped 年, two-part running header ---
def gongshu() -> None:
    def chrome(pdf: canvas.Canvas, page: int) -> None:
        pdf.setFont(FONT, 9)
        pdf.drawString(72, HEIGHT - 48, "杭州市拱墅区某公司党委")
        pdf.drawRightString(WIDTH - 72, HEIGHT - 48, "巡察整改进展情况通报")
        pdf.setLineWidth(0.5)
        pdf.line(72, HEIGHT - 53, WIDTH - 72, HEIGHT - 53)
        pdf.setFont(FONT, 10.5)
        pdf.drawCentredString(WIDTH / 2, 40, f"第{page}页 共2页")

    doc = Doc(
        HERE / "r98_gongshu_district_state_capital_company_pdf_status_parts_fullwidth_digits_two_part_header.pdf",
        chrome=chrome,
        size=14,
        margin=72,
        top=80,
    )
    doc.centred("中共杭州市拱墅区某公司委员会", size=19, gap=2.0)
    doc.centred("关于区委巡察反馈意见整改进展情况的通报", size=19, gap=1.6)
    doc.skip(0.4)
    doc.para(
        "根据区委统一部署，区委第一巡察组于２０２４年９月２日至１０月３１日对区某公司党委开展了常规巡察，"
        "１１月２２日反馈了巡察意见。公司党委对照反馈问题，逐项制定整改措施。现将整改进展情况通报如下。"
    )
    doc.para("一、整改工作总体情况")
    doc.para(
        "区委第一巡察组反馈问题３个方面共７个，截至２０２５年３月３１日，已完成整改４个，正在推进整改２个，"
        "需长期坚持整改１个。"
    )
    doc.para("二、已完成整改的问题（４个）")
    doc.para("１．公司党委把方向、管大局、保落实作用发挥不够，党委前置研究讨论重大经营管理事项程序不规范。")
    doc.para(
        "整改情况：修订党委前置研究讨论重大经营管理事项清单，明确２３项前置事项；对２０２４年以来的重大事项决策程序开展回头看。"
    )
    doc.para("２．国有资产管理不规范，部分经营性房产出租未按规定公开招租。")
    doc.para("整改情况：制定经营性资产出租管理办法，所有房产出租纳入区公共资源交易平台公开招租，收回低价出租房产３处。")
    doc.para("３．选人用人工作不规范，个别中层干部选拔任用程序缺失。")
    doc.para("整改情况：修订中层管理人员选拔任用办法，对近三年选拔任用的２１名中层干部档案逐一核查，补齐程序材料。")
    doc.para("４．下属企业党组织设置不规范，２家子公司党支部未按期换届。")
    doc.para("整改情况：指导２家子公司党支部完成换届选举，建立党组织换届提醒机制。")
    doc.para("三、正在推进整改的问题（２个）")
    doc.para("５．投资项目前期论证不充分，个别项目投资收益未达预期。")
    doc.para("整改情况：修订投资管理办法，建立项目后评价制度；对２个收益未达预期的项目开展后评价，评价报告正在编制。")
    doc.para("６．债务风险防控不够有力，短期债务占比偏高。")
    doc.para("整改情况：制定债务结构优化方案，置换短期债务３亿元；剩余债务置换方案已报区国资办审批。")
    doc.para("四、需长期坚持整改的问题（１个）")
    doc.para("７．落实中央八项规定精神不够严格，业务招待费管理不规范。")
    doc.para("整改情况：修订业务招待管理办法，实行招待事前审批、事后公示，每半年开展一次专项检查，长期坚持。")
    doc.para("五、下一步工作打算")
    doc.para(
        "公司党委将把巡察整改与企业改革发展结合起来，对正在推进的问题挂图作战，确保整改到位。"
        "欢迎社会各界监督，联系电话：0571-88000000。"
    )
    doc.skip(1)
    doc.right_aligned("中共杭州市拱墅区某公司委员会", inset=1)
    doc.right_aligned("２０２５年４月８日", inset=3)
    doc.seal("杭州市拱墅区某公司委员会", doc.right - 6 * 14 - 40, doc.y + 18)
    doc.save()


if __name__ == "__main__":
    mianyang()
    changfeng()
    university()
    gongshu()
