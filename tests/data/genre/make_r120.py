"""Build round 120's files (run once: `python tests/data/genre/make_r120.py`); the .pdf and .docx files are committed.

Round 120 imitates ordinary notices as 公文 (GB/T 9704): a red 发文机关标志 (中共…文件), a 发文字号 (某党发〔2026〕12号,
with 签发人 beside it in one), a red rule, the title, the 主送 line (各…：), the body, an 附件说明 in one, the signature
and date (in figures or in Chinese numerals), (此件公开发布), the 版记 after a rule (抄送：…。 / …办公室 …印发) and
page numbers — N —. Two are PDFs as Word prints them (reportlab, CID font STSong-Light, as make_r98.py draws), two
are .docx files (python-docx, as make_r96.py builds). Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
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
RED = RGBColor(0xFF, 0x00, 0x00)
INDENT = "\u3000\u3000"


# --- PDF: a flowing 公文 page as Word prints it -----------------------------------------------------------------------
def shown(text: str) -> str:
    """A lone two-byte character drawn with a space after it (PDFium reads no text object holding one, make_r98)."""
    return text + " " if len(text) == 1 and ord(text) > 127 else text


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, size: float, room: float) -> list[str]:
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


def page_number(pdf: canvas.Canvas, page: int) -> None:
    """GB/T 9704: 4号 digits between dashes, on the outer side (odd pages right, even pages left)."""
    pdf.setFont(FONT, 14)
    mark = f"— {page} —"
    if page % 2:
        pdf.drawRightString(WIDTH - 79 - 14, 50, mark)
    else:
        pdf.drawString(79 + 14, 50, mark)


class Doc:
    def __init__(self, path: Path, *, size: float = 15.5, margin: float = 79, top: float = 70) -> None:
        self.pdf = canvas.Canvas(str(path), pagesize=A4)
        self.pdf.setTitle(path.stem)
        self.size = size
        self.left = margin
        self.right = WIDTH - margin
        self.top = HEIGHT - top
        self.bottom = 90
        self.page = 1
        self.y = self.top

    @property
    def room(self) -> float:
        return self.right - self.left

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            page_number(self.pdf, self.page)
            self.pdf.showPage()
            self.page += 1
            self.y = HEIGHT - 100

    def line(self, text: str, *, x: float | None = None, space: float = 0.0) -> None:
        size = self.size
        self.need(size * 1.8)
        self.y -= size * 1.8
        obj = self.pdf.beginText(self.left if x is None else x, self.y)
        obj.setFont(FONT, size)
        obj.setCharSpace(space)
        obj.textOut(shown(text))
        self.pdf.drawText(obj)

    def para(self, text: str, *, indent: int = 2) -> None:
        lines = wrap("\u3000" * indent + text, self.size, self.room)
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            space = 0.0 if last or len(line) < 2 else (self.room - width(line, self.size)) / (len(line) - 1)
            self.line(line, space=space)

    def centred(self, text: str, *, size: float, color=black, gap: float = 1.8) -> None:  # type: ignore[no-untyped-def]
        self.need(size * gap)
        self.y -= size * gap
        self.pdf.setFillColor(color)
        self.pdf.setFont(FONT, size)
        self.pdf.drawCentredString(WIDTH / 2, self.y, text)
        self.pdf.setFillColor(black)

    def right_aligned(self, text: str, *, inset: float = 4) -> None:
        self.line(text, x=self.right - width(text, self.size) - inset * self.size)

    def skip(self, lines: float = 1) -> None:
        self.y -= self.size * 1.8 * lines

    def red_rule(self) -> None:
        self.pdf.setStrokeColor(red)
        self.pdf.setLineWidth(2)
        self.pdf.line(self.left, self.y - 12, self.right, self.y - 12)
        self.pdf.setStrokeColor(black)

    def banji(self, rows: list[tuple[str, str]]) -> None:
        """The 版记 at the foot of the last page: rules around 抄送 and the 印发 line."""
        pdf = self.pdf
        if self.y < 190:
            self.need(10_000)
        pdf.setLineWidth(1)
        for y in (150, 120, 92):
            pdf.line(self.left, y, self.right, y)
        pdf.setFont(FONT, 14)
        (copy, _), (office, date) = rows
        pdf.drawString(self.left + 14, 128, copy)
        pdf.drawString(self.left + 14, 100, office)
        pdf.drawRightString(self.right - 14, 100, date)

    def save(self) -> None:
        page_number(self.pdf, self.page)
        self.pdf.showPage()
        self.pdf.save()


# --- A: a city bureau 党组's 红头文件: aspects > numbered problems, an 整改情况： line opening with the status ---
def xiangtan() -> None:
    doc = Doc(HERE / "r120_xiangtan_city_bureau_pdf_gongwen_red_header_zhenggai_qingkuang_lines_banji.pdf")
    doc.centred("中共湘潭市某局党组文件", size=30, color=red, gap=2.2)
    doc.skip(1.2)
    doc.centred("潭某党发〔2026〕12号", size=15.5)
    doc.red_rule()
    doc.skip(0.8)
    doc.centred("中共湘潭市某局党组", size=20, gap=2.2)
    doc.centred("关于市委第五巡察组巡察反馈意见整改进展情况的通报", size=20, gap=1.6)
    doc.skip(0.5)
    doc.para("各科室、局属各单位党组织：", indent=0)
    doc.para(
        "根据市委统一部署，2026年3月9日至5月8日，市委第五巡察组对市某局党组开展了常规巡察。2026年6月18日，"
        "市委第五巡察组向市某局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况通报如下。"
    )
    doc.para("一、整改工作总体情况")
    doc.para(
        "局党组把巡察整改作为重大政治任务，成立由党组书记任组长的巡察整改工作领导小组，制定整改方案，"
        "建立问题清单、任务清单、责任清单，实行挂图作战、对账销号。对市委巡察反馈的3个方面9个问题，"
        "截至2026年10月底，已完成整改6个，正在推进整改3个；建立完善制度11项。"
    )
    doc.para("二、巡察反馈问题整改落实情况")
    items = [
        (
            "（一）贯彻落实党中央决策部署和上级工作要求方面",
            [
                (
                    "1.学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与业务工作结合不紧。",
                    "整改情况：已完成。修订党组理论学习中心组学习制度，全年开展集中学习10次、专题研讨4次；"
                    "围绕主责主业形成调研报告3篇，转化为工作措施12条。",
                ),
                (
                    "2.优化营商环境举措落实不够到位，部分审批事项办理时限偏长。",
                    "整改情况：已完成。梳理审批事项58项，压缩办理时限40%以上，全部事项实现网上可办。",
                ),
                (
                    "3.重点项目推进缓慢，个别项目前期工作滞后。",
                    "整改情况：正在推进。已召开重点项目调度会4次，3个项目已开工建设；"
                    "剩余1个项目的用地手续正在报省自然资源厅审批。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "4.落实中央八项规定精神不够严格，公务接待管理不规范。",
                    "整改情况：已完成并长期坚持。修订公务接待管理办法，严格执行“一函一单一票”；"
                    "将公务接待纳入每季度内部审计范围，常态化开展监督检查。",
                ),
                (
                    "5.财务管理制度执行不严，个别项目资金报账凭证不全。",
                    "整改情况：已完成。对2023年以来的项目资金报账凭证逐笔清理，补齐手续23笔；修订财务报销审批办法。",
                ),
                (
                    "6.廉政风险防控机制不健全，重点岗位廉政风险排查不深入。",
                    "整改情况：基本完成。已完成全局42个岗位廉政风险点排查，修订防控措施；"
                    "廉政风险防控信息平台正在开发中，预计2027年3月上线运行。",
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "7.基层党组织建设不够规范，个别支部“三会一课”制度落实不到位。",
                    "整改情况：已完成。对6个党支部组织生活记录开展全面检查，督促整改问题15个；开展支部书记轮训1期。",
                ),
                (
                    "8.干部队伍结构不够合理，年轻干部培养选拔力度不够。",
                    "整改情况：已完成。制定年轻干部培养三年计划，选派8名年轻干部到重点项目一线和信访岗位锻炼。",
                ),
                (
                    "9.干部人事档案管理不规范，部分档案材料缺失。",
                    "整改情况：正在推进。已完成126卷干部人事档案专项审核，补充材料310份；"
                    "剩余18卷档案的材料待原单位出具证明后归档。",
                ),
            ],
        ),
    ]
    for aspect, problems in items:
        doc.para(aspect)
        for title, progress in problems:
            doc.para(title)
            doc.para(progress)
    doc.para("三、下一步工作打算")
    doc.para(
        "局党组将持续巩固巡察整改成果，对尚未完成的问题紧盯不放、一抓到底，确保整改到位。"
        "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0731-58880000。"
    )
    doc.skip(2)
    doc.right_aligned("中共湘潭市某局党组")
    doc.right_aligned("2026年11月5日")
    doc.para("（此件公开发布）")
    doc.banji(
        [
            ("抄送：市委巡察办，市纪委监委派驻第五纪检监察组。", ""),
            ("中共湘潭市某局党组办公室", "2026年11月6日印发"),
        ]
    )
    doc.save()


# --- B: a town 党委's 上行 row with 签发人; problems in two status parts numbered through; Chinese-numeral date ---
def tongcheng() -> None:
    doc = Doc(HERE / "r120_tongcheng_town_pdf_gongwen_qianfaren_status_sections_cn_numeral_date.pdf")
    doc.centred("中共桐城市某镇委员会文件", size=30, color=red, gap=2.2)
    doc.skip(1.2)
    doc.line("桐某党〔2026〕31号", x=doc.left + doc.size)
    doc.pdf.setFont(FONT, doc.size)
    doc.pdf.drawRightString(doc.right - doc.size, doc.y, "签发人：王某某")
    doc.red_rule()
    doc.skip(0.8)
    doc.centred("中共桐城市某镇委员会关于市委第三巡察组", size=20, gap=2.2)
    doc.centred("巡察反馈意见整改进展情况的通报", size=20, gap=1.6)
    doc.skip(0.5)
    doc.para("各村（社区）党组织，镇直各单位：", indent=0)
    doc.para(
        "根据市委统一部署，2026年4月7日至5月29日，市委第三巡察组对某镇党委开展了常规巡察，"
        "并于2026年7月10日反馈了巡察意见。镇党委坚持把抓好巡察整改作为重大政治任务，逐条逐项抓落实。"
        "现将整改进展情况通报如下。"
    )
    doc.para("一、整改工作总体情况")
    doc.para(
        "市委巡察反馈意见共指出3个方面8个问题。镇党委召开专题会议研究部署，制定整改方案，明确责任领导、"
        "责任单位和整改时限。截至目前，已完成整改6个，正在整改2个。"
    )
    doc.para("二、已完成整改的问题")
    done = [
        (
            "1.贯彻落实乡村振兴战略不够有力，村集体经济发展不平衡。",
            "整改措施：制定村集体经济发展三年行动计划，实行“一村一策”；2026年全镇12个村集体经济收入均超过10万元。",
        ),
        (
            "2.耕地保护和农村乱占耕地建房问题整治不彻底。",
            "整改措施：开展耕地保护专项排查，拆除违法占地建房4处，复垦耕地6.3亩，落实田长制网格化管理。",
        ),
        (
            "3.镇党委落实全面从严治党主体责任不够到位，对村级监督偏软。",
            "整改措施：召开巡察整改专题民主生活会，党委书记与各村党组织书记签订责任书；开展村级“三资”专项检查2轮。",
        ),
        (
            "4.村级财务管理不规范，部分村存在白条入账问题。",
            "整改措施：对12个村2023年以来的财务账目全面清查，规范入账凭证87笔，推行村级财务“线上审批”。",
        ),
        (
            "5.惠民资金发放监管不严，个别村低保对象动态管理不及时。",
            "整改措施：对全镇低保、特困对象开展入户核查，清退不符合条件对象9户，新纳入符合条件对象5户。",
        ),
        (
            "6.村“两委”干部队伍能力偏弱，后备干部储备不足。",
            "整改措施：开展村干部能力提升培训3期，每村储备后备干部2至3名，建立后备干部台账。",
        ),
    ]
    for title, measures in done:
        doc.para(title)
        doc.para(measures)
    doc.para("三、正在整改的问题")
    open_ = [
        (
            "7.农村人居环境整治成效不明显，部分村生活污水处理设施运行不正常。",
            "整改措施：已修复污水处理设施5座；剩余3座设施的改造项目正在施工，预计2026年12月底完工。",
        ),
        (
            "8.基层党组织阵地建设滞后，个别村党群服务中心功能不全。",
            "整改措施：已完成2个村党群服务中心改造提升；某村党群服务中心新建项目正在办理用地审批手续。",
        ),
    ]
    for title, measures in open_:
        doc.para(title)
        doc.para(measures)
    doc.para("四、下一步工作打算")
    doc.para(
        "镇党委将坚持目标不变、标准不降、力度不减，对正在整改的问题持续跟踪督办，确保按期整改到位。"
        "欢迎广大干部群众对巡察整改情况进行监督，联系电话：0556-6200000。"
    )
    doc.skip(2)
    doc.right_aligned("中共桐城市某镇委员会")
    doc.right_aligned("二〇二六年十月二十八日")
    doc.banji(
        [
            ("抄送：市委巡察办，市委第三巡察组。", ""),
            ("中共桐城市某镇委员会党政办公室", "2026年10月28日印发"),
        ]
    )
    doc.save()


# --- docx: a 公文 page as Word keeps it ---------------------------------------------------------------------------
def run(paragraph, text: str, *, size: float | None = None, bold: bool = False, color: RGBColor | None = None):  # type: ignore[no-untyped-def]
    r = paragraph.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def centred(document: docx.document.Document, text: str, *, size: float, color: RGBColor | None = None) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(paragraph, text, size=size, color=color)


def rule_below(paragraph, color: str = "FF0000") -> None:  # type: ignore[no-untyped-def]
    """A paragraph bottom border: Word's red rule under the 发文字号, or the 版记's black rules."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", color)):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def body(document: docx.document.Document, text: str, indent: bool = True):  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    run(paragraph, (INDENT if indent else "") + text, size=16)
    return paragraph


def right(document: docx.document.Document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(paragraph, text + INDENT * 2, size=16)


def page_footer(document: docx.document.Document) -> None:
    """A footer — PAGE — with Word's PAGE field."""
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    r = footer.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            el.text = text
        r._r.append(el)
    footer.add_run(" —")


def red_head(document: docx.document.Document, organ: str, number: str) -> None:
    centred(document, organ, size=36, color=RED)
    document.add_paragraph()
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(paragraph, number, size=16)
    rule_below(paragraph)
    document.add_paragraph()


def banji(document: docx.document.Document, copy: str, office: str, date: str) -> None:
    document.add_paragraph()
    top = document.add_paragraph()
    rule_below(top, "000000")
    paragraph = document.add_paragraph()
    run(paragraph, "\u3000" + copy, size=14)
    rule_below(paragraph, "000000")
    paragraph = document.add_paragraph()
    run(paragraph, "\u3000" + office + "\u3000" * 6 + date, size=14)
    rule_below(paragraph, "000000")


# --- C: a city state-owned group's 党委: three levels, aspects > groups > (N) problems, a closing status sentence ---
def yichang() -> None:
    document = docx.Document()
    page_footer(document)
    red_head(document, "中共宜昌市某集团有限公司委员会文件", "宜某司党发〔2026〕21号")
    centred(document, "中共宜昌市某集团有限公司委员会", size=22)
    centred(document, "关于市委第二巡察组巡察反馈意见整改进展情况的通报", size=22)
    document.add_paragraph()
    body(document, "集团各部门，各子公司党组织：", indent=False)
    body(
        document,
        "根据市委统一部署，2026年3月16日至5月15日，市委第二巡察组对宜昌市某集团有限公司党委开展了常规巡察。"
        "2026年6月26日，市委第二巡察组向集团党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，"
        "现将巡察整改进展情况通报如下。",
    )
    body(document, "一、巡察整改工作开展情况")
    body(
        document,
        "集团党委认真落实巡察整改主体责任，成立巡察整改工作领导小组，召开专题民主生活会，对照巡察反馈的"
        "3个方面5类9个具体问题，逐项制定整改措施。截至2026年10月20日，已完成整改7个，正在整改2个。",
    )
    body(document, "二、巡察反馈问题整改落实情况")
    plan = [
        (
            "（一）贯彻落实党中央决策部署和省委、市委工作要求方面",
            [
                (
                    "1.服务地方发展大局作用发挥不够充分",
                    [
                        (
                            "（1）主责主业聚焦不够，非主业投资占比偏高。",
                            "整改措施：修订集团投资管理办法，建立主业投资负面清单，清理退出非主业投资项目2个。"
                            "目前，该问题已整改完成。",
                        ),
                        (
                            "（2）重大项目建设进度滞后，个别项目未按期投产。",
                            "整改措施：建立重大项目周调度机制，2个滞后项目已追回进度；某产业园二期项目设备安装正在进行，"
                            "预计2027年一季度投产。目前，该问题正在整改中。",
                        ),
                    ],
                ),
                (
                    "2.防范化解重大风险不够有力",
                    [
                        (
                            "（3）应收账款清收不力，部分账款账龄较长。",
                            "整改措施：成立清欠工作专班，实行“一户一策”，已清收应收账款1.2亿元，"
                            "对3户长期欠款单位提起诉讼。目前，该问题已整改完成。",
                        ),
                        (
                            "（4）安全生产责任制落实不到位，隐患排查治理不彻底。",
                            "整改措施：修订安全生产责任清单，开展安全隐患大排查，整改隐患47处。"
                            "目前，该问题已整改完成，并将长期坚持。",
                        ),
                    ],
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "3.重点领域廉洁风险防控不到位",
                    [
                        (
                            "（5）招标采购管理不规范，个别项目化整为零规避招标。",
                            "整改措施：修订招标采购管理办法，上线集团电子采购平台，所有采购项目全流程线上留痕。"
                            "目前，该问题已整改完成。",
                        ),
                        (
                            "（6）工程建设项目变更签证审核不严。",
                            "整改措施：对2023年以来的工程变更签证开展专项审计，核减工程款86万元。目前，该问题已整改完成。",
                        ),
                        (
                            "（7）下属企业公务用车管理不规范，私车公养问题仍有发生。",
                            "整改措施：开展公务用车专项清理，收回违规报销费用1.8万元；对3名责任人进行了批评教育。"
                            "目前，该问题已整改完成。",
                        ),
                    ],
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "4.基层党建工作与生产经营融合不够",
                    [
                        (
                            "（8）“党建+”品牌创建成效不明显，党建工作考核与经营业绩考核衔接不紧。",
                            "整改措施：修订党建工作责任制考核办法，将党建考核结果与子公司负责人薪酬挂钩；"
                            "打造“红色引擎”党建品牌3个。目前，该问题已整改完成。",
                        ),
                    ],
                ),
                (
                    "5.人才队伍建设存在短板",
                    [
                        (
                            "（9）专业技术人才短缺，人才引进机制不够灵活。",
                            "整改措施：制定集团人才发展规划，已引进专业技术人才15名；"
                            "市场化选聘职业经理人方案已报市国资委审批。目前，该问题正在整改中。",
                        ),
                    ],
                ),
            ],
        ),
    ]
    for aspect, groups in plan:
        body(document, aspect)
        for group, problems in groups:
            body(document, group)
            for title, measures in problems:
                body(document, title)
                body(document, measures)
    body(document, "三、下一步工作打算")
    body(
        document,
        "集团党委将坚持整改不停、标准不降，对正在整改的2个问题紧盯不放，确保按期销号。"
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0717-6660000。",
    )
    document.add_paragraph()
    body(document, "附件：宜昌市某集团有限公司巡察整改工作联系方式")
    document.add_paragraph()
    right(document, "中共宜昌市某集团有限公司委员会")
    right(document, "2026年10月30日")
    body(document, "（此件公开发布）")
    banji(
        document,
        "抄送：市委巡察办，市国资委党委。",
        "宜昌市某集团有限公司党委办公室",
        "2026年10月30日印发",
    )
    document.save(
        HERE / "r120_yichang_city_soe_group_docx_gongwen_three_levels_closing_status_sentence_attachment.docx"
    )


# --- D: a university college 党委 under the school's 巡察: aspects > numbered problems with a bracketed status ---
def college() -> None:
    document = docx.Document()
    page_footer(document)
    red_head(document, "中共某大学经济管理学院委员会文件", "经管党〔2026〕9号")
    centred(document, "中共某大学经济管理学院委员会", size=22)
    centred(document, "关于校党委第一巡察组巡察反馈意见整改进展情况的通报", size=22)
    document.add_paragraph()
    body(document, "学院各党支部、各系（所、中心）：", indent=False)
    body(
        document,
        "根据学校党委统一部署，2026年4月13日至5月22日，校党委第一巡察组对经济管理学院党委开展了巡察。"
        "2026年6月30日，校党委第一巡察组向学院党委反馈了巡察意见。学院党委高度重视，逐条对照制定整改方案。"
        "现将整改进展情况通报如下。",
    )
    body(document, "一、整改工作总体情况")
    body(
        document,
        "学院党委对巡察反馈的3个方面10个问题，逐项明确整改责任人、整改措施和完成时限。"
        "截至2026年11月10日，10个问题中已完成整改7个，正在推进整改3个。",
    )
    body(document, "二、巡察反馈问题整改情况")
    plan = [
        (
            "（一）贯彻落实党的教育方针和学校党委决策部署方面",
            [
                (
                    "1.学院党委把方向、管大局、保落实作用发挥不够充分",
                    "（已完成）",
                    "整改措施：修订学院党委会议和党政联席会议议事规则，明确党委会前置研究事项清单24项。",
                ),
                (
                    "2.课程思政建设推进不平衡，部分专业课程思政元素挖掘不够",
                    "（已完成）",
                    "整改措施：开展课程思政示范课程建设，立项建设示范课程12门，组织教学竞赛1次。",
                ),
                (
                    "3.学科建设规划落实不够有力，高水平科研成果偏少",
                    "（正在推进）",
                    "整改措施：修订学科建设规划和科研奖励办法；2026年获批国家社科基金项目2项，"
                    "省部级科研平台申报材料已报送省教育厅待评审。",
                ),
                (
                    "4.意识形态工作责任制落实不够到位，讲座论坛审批管理不严",
                    "（已完成，长期坚持）",
                    "整改措施：修订讲座论坛管理办法，实行“一会一报”审批；该项工作纳入常态化管理，长期坚持。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党战略部署方面",
            [
                (
                    "5.科研经费管理不规范，个别项目劳务费发放手续不全",
                    "（已完成）",
                    "整改措施：对2023年以来的科研经费开展专项检查，补齐劳务费发放手续36笔，开展经费管理培训2场。",
                ),
                (
                    "6.培训项目管理存在漏洞，非学历培训收费管理不严",
                    "（正在推进）",
                    "整改措施：暂停不符合规定的培训项目2个；非学历培训管理办法修订稿正在征求学校相关部门意见。",
                ),
                (
                    "7.学院“三重一大”事项决策程序执行不严格",
                    "（已完成）",
                    "整改措施：修订“三重一大”决策制度实施细则，建立会议纪要备案审查制度。",
                ),
            ],
        ),
        (
            "（三）落实新时代党的组织路线方面",
            [
                (
                    "8.教师党支部“双带头人”培育不够，支部书记队伍建设薄弱",
                    "（已完成）",
                    "整改措施：完成5个教师党支部换届，支部书记全部由“双带头人”教师担任。",
                ),
                (
                    "9.青年教师培养机制不健全，导师制落实不到位",
                    "（已完成）",
                    "整改措施：制定青年教师培养办法，为18名青年教师配备指导教师，签订培养协议。",
                ),
                (
                    "10.发展党员工作不够规范，个别发展材料填写不完整",
                    "（正在推进）",
                    "整改措施：对近三年发展党员材料逐份复查，已补正材料42份；剩余材料正在逐份补正中。",
                ),
            ],
        ),
    ]
    for aspect, problems in plan:
        body(document, aspect)
        for title, status, measures in problems:
            paragraph = body(document, title)
            run(paragraph, status, size=16, bold=True)
            body(document, measures)
    body(document, "三、下一步工作打算")
    body(
        document,
        "学院党委将持续推进整改落实，对正在推进的问题建立台账、挂账督办，确保整改到位。"
        "欢迎全院师生对整改落实情况进行监督，联系电话：020-88880000。",
    )
    document.add_paragraph()
    right(document, "中共某大学经济管理学院委员会")
    right(document, "二〇二六年十一月十二日")
    banji(
        document,
        "抄送：学校党委巡察工作办公室。",
        "某大学经济管理学院党政办公室",
        "2026年11月12日印发",
    )
    document.save(HERE / "r120_university_college_docx_gongwen_bracket_status_after_titles_cn_numeral_date.docx")


if __name__ == "__main__":
    xiangtan()
    tongcheng()
    yichang()
    college()
