"""Build round 152's notices and their gold (run once: `python tests/data/genre/make_r152.py`); the files are committed.

Round 152 imitates FILES IN FORMATS THE BOT DID NOT READ, PART TWO:
(a) OFD (开放版式文档, GB/T 33190), the fixed-layout format Chinese 电子公文 systems export: a zip holding OFD.xml,
    Doc_0/Document.xml, Doc_0/PublicRes.xml (fonts) and Doc_0/Pages/Page_N/Content.xml, whose TextObject elements
    carry TextCode runs placed in millimetres (Boundary, X/Y, DeltaX in the standard's `g` shorthand). A county
    bureau's one-page notice with one TextObject per line; a city commission's two-page notice whose lines are cut
    into runs of glyphs (one TextObject per run, headings in other fonts), a problem crossing the page break and a
    page number at each page's foot.
(b) MHTML ('web page, single file'): a MIME multipart/related holding the saved portal page and its images. A
    district bureau's page as Internet Explorer saves it (gb2312, quoted-printable, CRLF), a township's page as a
    Chromium browser saves it (utf-8, the HTML part in base64 here), each with its site furniture.
Bodies are named 某 (the problems are invented). Standard library zipfile and email, plus lxml for the OFD XML.
"""

# ruff: noqa: E501  (the pages' markup lines are kept as the sites print them; ruff counts a Chinese character two columns)
from __future__ import annotations

import base64
import json
import quopri
import unicodedata
import zipfile
from pathlib import Path
from typing import ClassVar

from lxml import etree

HERE = Path(__file__).parent
ROUND = 152
OFD_NS = "http://www.ofdspec.org/2016"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# --- A: 浦江县某局党组 (a county audit bureau), OFD, one page: 一、>（一）aspects>1. problems, status in sentences ------
PUJIANG_TITLE = ["中共浦江县某局党组", "关于县委巡察反馈意见整改进展情况的通报"]
PUJIANG_OPENING = [
    "根据县委巡察工作统一部署，2025年3月17日至5月16日，县委第二巡察组对县审计局党组开展了常规巡察，"
    "并于2025年6月19日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    "一、整改工作总体情况",
    "局党组把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，对照反馈的3个方面7个问题，"
    "逐项制定整改措施，明确责任领导和完成时限。截至2025年12月31日，7个问题已完成整改5个（其中需长期坚持的2个），"
    "正在推进2个。",
    "二、巡察反馈问题整改落实情况",
]
PUJIANG = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "审计监督服务县委中心工作不够有力，重大政策措施落实情况跟踪审计覆盖面不广",
                "将稳经济、惠民生等重大政策落实情况纳入年度审计计划，2025年下半年开展跟踪审计4项，"
                "覆盖全县15个乡镇（街道）。该问题已完成整改。",
                "done",
                False,
            ),
            (
                "审计发现问题整改督促不到位，部分问题整改销号不及时",
                "建立审计整改“对账销号”台账，对2023年以来审计发现的86个问题逐一跟踪，已全部整改销号。"
                "该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组落实主体责任不够到位，对审计现场廉政纪律执行情况检查不多",
                "修订审计现场廉政纪律“八不准”，实行审计组廉政监督员制度，2025年抽查审计现场6次。已完成整改。",
                "done",
                False,
            ),
            (
                "政府投资项目审计质量把控不严，个别项目审定金额复核不细",
                "修订投资审计质量控制办法，对2024年以来的23个项目审定结果进行复核，"
                "正在对其中3个项目开展专家论证，目前正在推进整改。",
                "in_progress",
                True,
            ),
            (
                "公务用车管理不规范，用车登记不完整",
                "完善公务用车派车、登记和结算制度，公务用车全部纳入平台管理。该问题已完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "审计专业人才储备不足，计算机审计人员短缺",
                "制定审计人才培养三年计划，2025年选派8名干部参加计算机审计培训，"
                "2名专业人员招录计划已报县人社局审批，正在推进整改。",
                "in_progress",
                True,
            ),
            (
                "机关党支部“三会一课”记录不规范",
                "统一“三会一课”记录本，每季度开展一次支部工作检查，该问题已完成整改，将长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
]
PUJIANG_CLOSING = [
    "三、下一步工作打算",
    "局党组将持续压紧压实整改责任，对正在推进的问题盯住不放，确保按期整改到位，巩固深化巡察整改成果。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0579-84112345；邮政信箱：浦江县某路18号县审计局办公室。",
]
PUJIANG_SIGN = ["中共浦江县某局党组", "2026年1月8日"]


# --- B: 遵义市某委党组 (a city health commission), OFD, two pages cut into runs of glyphs: 一、>（一）>1. with the
# rectification in the problem's own paragraph (1.<problem>。整改情况：…), a problem crossing the page break ----------
ZUNYI_TITLE = ["中共遵义市某委党组", "关于市委巡察整改进展情况的通报"]
ZUNYI_OPENING = [
    "按照市委统一部署，2025年4月8日至6月6日，市委第四巡察组对市卫生健康委党组进行了巡察。2025年7月10日，"
    "市委第四巡察组向市卫生健康委党组反馈了巡察意见，指出了4个方面9个问题。根据《中国共产党巡视工作条例》"
    "有关规定，现将巡察整改进展情况予以公布。",
    "一、提高政治站位，扛牢整改政治责任",
    "委党组坚持把巡察整改作为检验“两个维护”的重要标尺，召开专题会议研究部署，制定整改方案，建立问题、任务、"
    "责任“三张清单”，实行挂图作战、销号管理。截至2026年2月底，反馈的9个问题中，已完成整改7个，正在整改2个。",
    "二、巡察反馈问题整改进展情况",
]
ZUNYI = [
    (
        "（一）贯彻落实党的理论和路线方针政策及党中央和省委、市委决策部署方面",
        [
            (
                "推进紧密型县域医共体建设力度不够，部分县级医院牵头作用发挥不充分",
                "出台《遵义市紧密型县域医共体建设实施方案》，召开推进会2次，14个县（市、区）医共体全部实现"
                "人财物统一管理。目前，该问题已完成整改。",
                "done",
                False,
            ),
            (
                "基层医疗卫生服务能力提升不明显，部分乡镇卫生院服务能力未达基本标准",
                "开展“优质服务基层行”活动，组织市级医院对口帮扶乡镇卫生院46家，新增达到基本标准的卫生院21家。"
                "该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "落实医疗机构安全生产责任不到位，部分医院消防设施维护保养不及时",
                "组织全市二级以上医院开展消防安全隐患排查，整改隐患137处，3家医院消防设施改造项目正在施工。"
                "该问题正在整改中。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组履行全面从严治党主体责任不够有力，对直属单位监督管理偏软",
                "制定党组成员联系直属单位工作制度，开展直属单位党建工作专项检查2轮，约谈直属单位主要负责人5人。"
                "目前，该问题已完成整改。",
                "done",
                False,
            ),
            (
                "医疗领域腐败问题集中整治不够深入，医药购销领域风险排查不彻底",
                "深化医药领域腐败问题集中整治，对全市公立医院药品耗材采购情况开展全覆盖检查，移交问题线索4条。"
                "该问题已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "违反中央八项规定精神问题时有发生，个别单位违规发放津贴补贴",
                "对直属单位2023年以来津贴补贴发放情况进行全面清理，清退违规发放资金12.6万元。目前，该问题已完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "直属单位领导班子配备不及时，部分医院班子成员长期缺额",
                "制定直属单位领导班子调整方案，已配齐6家单位班子成员11名，剩余2家医院副院长人选正在履行考察程序，"
                "该问题正在整改中。",
                "in_progress",
                True,
            ),
            (
                "卫生健康人才队伍建设滞后，高层次人才引进留用机制不健全",
                "修订高层次卫生人才引进办法，2025年引进博士研究生9名、高级职称人才27名。目前，该问题已完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（四）落实巡视巡察、审计等监督发现问题整改方面",
        [
            (
                "上轮巡察反馈问题整改不到位，个别问题整改成效不明显",
                "对上轮巡察反馈的23个问题逐项“回头看”，对整改不到位的3个问题重新制定措施，目前，该问题已完成整改。",
                "done",
                False,
            ),
        ],
    ),
]
ZUNYI_CLOSING = [
    "三、下一步工作打算",
    "委党组将坚持目标不变、标准不降、力度不减，对正在整改的2个问题持续跟踪督办，确保按时完成；对已完成整改的问题"
    "适时开展“回头看”，防止问题反弹回潮；把巡察整改与推动卫生健康事业高质量发展结合起来，巩固和深化整改成果。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0851-28221234；"
    "电子邮箱：zysjwdzb@163.com。",
]
ZUNYI_SIGN = ["中共遵义市某委党组", "2026年3月12日"]


# --- C: 成都市郫都区某局党组 (a district education bureau), MHTML as Internet Explorer saves it: gb2312,
# quoted-printable, CRLF, the portal's furniture and two images; 一、>（一）>1.<problem> in bold, 整改进展 paragraph ------
PIDU_TITLE = "中共成都市郫都区某局党组关于区委巡察整改进展情况的通报"
PIDU_OPENING = [
    "根据区委统一部署，2025年3月24日至5月23日，区委第三巡察组对区教育局党组开展了常规巡察。2025年6月27日，"
    "区委巡察组向区教育局党组反馈了巡察意见。按照巡察工作有关要求，现将整改进展情况予以公布。",
    "一、整改工作总体情况",
    "区教育局党组坚持把巡察整改作为重要政治任务，召开专题民主生活会，制定整改方案，明确整改措施48条。"
    "巡察反馈的3个方面8个问题，已完成整改6个，正在推进整改2个。",
    "二、反馈问题整改进展情况",
]
PIDU = [
    (
        "（一）贯彻落实党的教育方针和上级决策部署方面",
        [
            (
                "落实立德树人根本任务有差距，学校思政课建设不够扎实",
                "制定思政课建设提升行动方案，组建区级思政课名师工作室3个，开展思政课教学展示活动12场。已完成整改。",
                "done",
                False,
            ),
            (
                "“双减”政策落实不够到位，部分学校课后服务质量不高",
                "修订课后服务实施办法，引进非学科类优质资源42项，全区义务教育学校课后服务覆盖率达100%。"
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "学位供给与城镇化发展不匹配，部分片区学位紧张",
                "编制学校布局专项规划，2所新建学校已开工建设，计划2026年9月投入使用。正在推进整改。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "对学校食堂和校外供餐监管不严，食品安全风险排查不到位",
                "开展校园食品安全专项整治，建立食堂“互联网+明厨亮灶”系统，对校外供餐单位实行季度评议。已完成整改。",
                "done",
                False,
            ),
            (
                "教育经费管理不规范，个别学校公用经费支出审核不严",
                "开展学校财务专项检查，修订公用经费使用管理办法，对2所学校的违规支出予以纠正。已完成整改。",
                "done",
                False,
            ),
            (
                "教育领域工程项目监管存在漏洞，个别项目结算审核滞后",
                "梳理2022年以来工程项目38个，已完成结算审核34个，其余4个项目正在委托第三方审计。正在推进整改。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "校长后备干部队伍建设滞后，年轻干部培养使用不够",
                "建立校级后备干部库，入库67人，选派18名年轻干部到重点岗位锻炼。已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "学校党组织标准化建设不够均衡，部分民办学校党组织作用发挥不明显",
                "开展学校党组织标准化规范化建设，向民办学校选派党建指导员11名，完成党组织换届5个。已完成整改。",
                "done",
                False,
            ),
        ],
    ),
]
PIDU_CLOSING = [
    "三、下一步工作打算",
    "区教育局党组将对照整改方案，对尚未完成的问题持续推进，对已完成整改的问题开展“回头看”，建立健全长效机制。",
    "欢迎社会各界对巡察整改落实情况进行监督。联系电话：028-87881234；电子邮箱：pdjyjdzb@163.com。",
]
PIDU_SIGN = ["中共成都市郫都区某局党组", "2026年2月6日"]


# --- D: 宜章县某镇委员会 (a township), MHTML as a Chromium browser saves it (utf-8; the HTML part in base64 here):
# 一、…方面 aspects straight after the opening > （N）针对“…”的问题 > 整改情况 / 完成情况 lines --------------------
YIZHANG_TITLE = "中共宜章县某镇委员会关于县委巡察整改情况的通报"
YIZHANG_OPENING = [
    "2025年5月12日至7月4日，县委第一巡察组对我镇党委开展了巡察，并于2025年8月15日反馈了巡察意见，指出了3个方面"
    "7个问题。镇党委高度重视，照单全收、立行立改，截至2025年12月20日，已完成整改5个，正在整改2个。"
    "现将整改情况通报如下：",
]
YIZHANG = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "乡村振兴产业发展后劲不足，村级集体经济项目效益不高",
                "引进脐橙深加工企业1家，盘活闲置村级资产6处，2025年村级集体经济收入均达10万元以上。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "耕地保护责任落实不到位，个别村存在撂荒地",
                "对全镇撂荒地开展排查，复耕复种撂荒地326亩，建立耕地保护网格化巡查制度。",
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "防汛和地质灾害防治工作存在薄弱环节，隐患点监测不到位",
                "对全镇19处地质灾害隐患点落实监测员，2处隐患点搬迁避让工程正在施工。",
                "正在整改。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "村级小微权力监督不到位，村务公开不及时",
                "制定村级小微权力清单32项，各村每月15日前公开村务财务。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "惠农补贴资金发放审核把关不严，存在优亲厚友现象",
                "对2023年以来惠农补贴发放情况开展全面核查，追回违规发放资金2.3万元，处理相关人员3人。",
                "已完成整改。",
                "done",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "村“两委”干部队伍年龄结构老化，后备力量不足",
                "建立村级后备干部库，储备后备干部42人，下一步将结合村级换届选优配强。",
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "软弱涣散村党组织整顿成效不明显",
                "对2个软弱涣散村党组织实行镇领导包村整顿，其中1个村已摘帽，另1个村正在开展验收前整改。",
                "正在整改。",
                "in_progress",
                True,
            ),
        ],
    ),
]
YIZHANG_CLOSING = [
    "下一步，镇党委将坚持问题导向，对正在整改的问题紧盯不放，确保整改到位，推动全镇各项工作高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0735-3712345。",
]
YIZHANG_SIGN = ["中共宜章县某镇委员会", "2025年12月26日"]


# --- OFD -------------------------------------------------------------------------------------------------------------
PAGE_W, PAGE_H = 210.0, 297.0


def _advance(ch: str, size: float) -> float:
    """A glyph's advance in millimetres: full width for CJK and full-width marks, half for Latin and digits."""
    return size if unicodedata.east_asian_width(ch) in "WFA" else round(size / 2, 3)


def _delta_x(text: str, size: float) -> str:
    """The standard's DeltaX with its `g` shorthand (g n w: n advances of w), as exporters write it."""
    steps = [_advance(ch, size) for ch in text[:-1]]
    out: list[str] = []
    n = 0
    while n < len(steps):
        m = n
        while m < len(steps) and steps[m] == steps[n]:
            m += 1
        out.append(f"g {m - n} {steps[n]:g}" if m - n > 1 else f"{steps[n]:g}")
        n = m
    return " ".join(out)


def _wrap(text: str, width: float, size: float, indent: float) -> list[tuple[float, str]]:
    """Break a paragraph into lines (x offset, text) the way a typesetter fills a column; 。，、 never open a line."""
    lines: list[tuple[float, str]] = []
    line, used, first = "", indent, True
    for ch in text:
        adv = _advance(ch, size)
        if used + adv > width + 0.01 and not (ch in "。，、；：”）" and line):
            lines.append((indent if first else 0.0, line))
            line, used, first = "", 0.0, False
        line += ch
        used += adv
    if line:
        lines.append((indent if first else 0.0, line))
    return lines


class OfdBuilder:
    """Lays a notice's paragraphs out on A4 pages and writes them as OFD TextObjects."""

    FONTS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "song": ("3", "宋体", "SimSun"),
        "fs": ("4", "仿宋_GB2312", "FangSong_GB2312"),
        "hei": ("5", "黑体", "SimHei"),
        "kai": ("6", "楷体_GB2312", "KaiTi_GB2312"),
        "xbs": ("7", "方正小标宋简体", "FZXiaoBiaoSong-B05S"),
    }

    def __init__(self, *, size: float, pitch: float, left: float, top: float, bottom: float, runs: bool):
        self.size, self.pitch, self.left, self.top, self.bottom, self.runs = size, pitch, left, top, bottom, runs
        self.width = PAGE_W - 2 * left
        self.pages: list[list[tuple[float, float, str, str, float]]] = [[]]  # x, y, text, font, size
        self.y = top

    def _place(self, x: float, text: str, font: str, size: float, pitch: float) -> None:
        if self.y + pitch > self.bottom:
            self.pages.append([])
            self.y = self.top
        self.pages[-1].append((x, self.y, text, font, size))
        self.y += pitch

    def title(self, lines: list[str]) -> None:
        size = self.size * 1.375
        for line in lines:
            w = sum(_advance(ch, size) for ch in line)
            self._place(self.left + (self.width - w) / 2, line, "xbs", size, size * 1.6)
        self.y += self.pitch * 0.5

    def para(self, text: str, font: str = "fs", indent: bool = True) -> None:
        for x, line in _wrap(text, self.width, self.size, 2 * self.size if indent else 0.0):
            self._place(self.left + x, line, font, self.size, self.pitch)

    def right(self, text: str, margin_chars: float) -> None:
        w = sum(_advance(ch, self.size) for ch in text)
        self._place(self.left + self.width - w - margin_chars * self.size, text, "fs", self.size, self.pitch)

    def blank(self) -> None:
        self.y += self.pitch

    def _runs(self, text: str) -> list[str]:
        """Runs of glyphs as a layout engine emits them: a run closes after a mark of punctuation."""
        if not self.runs:
            return [text]
        out, cur = [], ""
        for ch in text:
            cur += ch
            if ch in "，。；：、）”":
                out.append(cur)
                cur = ""
        if cur:
            out.append(cur)
        return out

    def page_xml(self, n: int, items: list[tuple[float, float, str, str, float]], next_id: int) -> tuple[bytes, int]:
        page = etree.Element(f"{{{OFD_NS}}}Page", nsmap={"ofd": OFD_NS})
        content = etree.SubElement(page, f"{{{OFD_NS}}}Content")
        layer = etree.SubElement(content, f"{{{OFD_NS}}}Layer", ID=str(next_id), Type="Body")
        next_id += 1
        footer = f"— {n + 1} —"
        fw = sum(_advance(ch, self.size) for ch in footer)
        placed = [*items, ((PAGE_W - fw) / 2, PAGE_H - 22.0, footer, "song", self.size)]
        for x, y, text, font, size in placed:
            for run in self._runs(text):
                w = sum(_advance(ch, size) for ch in run)
                obj = etree.SubElement(
                    layer,
                    f"{{{OFD_NS}}}TextObject",
                    ID=str(next_id),
                    Boundary=f"{x:.3f} {y:.3f} {w + 0.5:.3f} {size * 1.2:.3f}",
                    Font=self.FONTS[font][0],
                    Size=f"{size:.4f}",
                )
                next_id += 1
                color = etree.SubElement(obj, f"{{{OFD_NS}}}FillColor", Value="0 0 0")
                color.tail = None
                code = etree.SubElement(obj, f"{{{OFD_NS}}}TextCode", X="0", Y=f"{size * 0.88:.3f}")
                if len(run) > 1:
                    code.set("DeltaX", _delta_x(run, size))
                code.text = run
                x += w
        return etree.tostring(page, xml_declaration=True, encoding="UTF-8"), next_id

    def write(self, path: Path, title: str, author: str, created: str) -> None:
        ofd = etree.Element(f"{{{OFD_NS}}}OFD", nsmap={"ofd": OFD_NS}, Version="1.1", DocType="OFD")
        body = etree.SubElement(ofd, f"{{{OFD_NS}}}DocBody")
        info = etree.SubElement(body, f"{{{OFD_NS}}}DocInfo")
        for tag, value in (
            ("DocID", "5f3c2a9e8b7d4c21a0e6f1b2c3d4e5f6"),
            ("Title", title),
            ("Author", author),
            ("CreationDate", created),
            ("Creator", "Suwell OFD Writer"),
            ("CreatorVersion", "3.2"),
        ):
            etree.SubElement(info, f"{{{OFD_NS}}}{tag}").text = value
        etree.SubElement(body, f"{{{OFD_NS}}}DocRoot").text = "Doc_0/Document.xml"
        doc = etree.Element(f"{{{OFD_NS}}}Document", nsmap={"ofd": OFD_NS})
        common = etree.SubElement(doc, f"{{{OFD_NS}}}CommonData")
        max_id = etree.SubElement(common, f"{{{OFD_NS}}}MaxUnitID")
        area = etree.SubElement(common, f"{{{OFD_NS}}}PageArea")
        etree.SubElement(area, f"{{{OFD_NS}}}PhysicalBox").text = f"0 0 {PAGE_W:g} {PAGE_H:g}"
        etree.SubElement(common, f"{{{OFD_NS}}}PublicRes").text = "PublicRes.xml"
        etree.SubElement(common, f"{{{OFD_NS}}}DocumentRes").text = "DocumentRes.xml"
        pages_el = etree.SubElement(doc, f"{{{OFD_NS}}}Pages")
        res = etree.Element(f"{{{OFD_NS}}}Res", nsmap={"ofd": OFD_NS}, BaseLoc="Res")
        fonts = etree.SubElement(res, f"{{{OFD_NS}}}Fonts")
        for fid, name, family in self.FONTS.values():
            etree.SubElement(fonts, f"{{{OFD_NS}}}Font", ID=fid, FontName=name, FamilyName=family)
        docres = etree.Element(f"{{{OFD_NS}}}Res", nsmap={"ofd": OFD_NS}, BaseLoc="Res")
        next_id = 100
        page_files = []
        for n, items in enumerate(self.pages):
            etree.SubElement(pages_el, f"{{{OFD_NS}}}Page", ID=str(10 + n), BaseLoc=f"Pages/Page_{n}/Content.xml")
            data, next_id = self.page_xml(n, items, next_id)
            page_files.append((f"Doc_0/Pages/Page_{n}/Content.xml", data))
        max_id.text = str(next_id - 1)

        def xml(el) -> bytes:
            return etree.tostring(el, xml_declaration=True, encoding="UTF-8")

        members = [("OFD.xml", xml(ofd)), ("Doc_0/Document.xml", xml(doc)), ("Doc_0/PublicRes.xml", xml(res))]
        members += [("Doc_0/DocumentRes.xml", xml(docres)), *page_files]
        stamp = (int(created[:4]), int(created[5:7]), int(created[8:10]), 9, 30, 0)  # fixed: the build is repeatable
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                z.writestr(zipfile.ZipInfo(name, date_time=stamp), data, compress_type=zipfile.ZIP_DEFLATED)


def _ofd_notice(b: OfdBuilder, title, opening, aspects, closing, sign, *, through: bool, inline: bool) -> None:
    b.title(title)
    n = 0
    for text in opening:
        font = "hei" if text[:2] in ("一、", "二、", "三、") else "fs"
        b.para(text, font)
    for aspect, problems in aspects:
        b.para(aspect, "kai")
        if not through:
            n = 0
        for title_, rect, _status, _pending in problems:
            n += 1
            if inline:
                b.para(f"{n}.{title_}。整改情况：{rect}")
            else:
                b.para(f"{n}.{title_}。")
                b.para(f"整改情况：{rect}")
    for text in closing:
        b.para(text, "hei" if text.startswith("三、") else "fs")
    b.blank()
    b.right(sign[0], 2)
    b.right(sign[1], 4)


def pujiang(path: Path) -> int:
    b = OfdBuilder(size=3.7, pitch=5.6, left=24.0, top=22.0, bottom=268.0, runs=False)
    _ofd_notice(b, PUJIANG_TITLE, PUJIANG_OPENING, PUJIANG, PUJIANG_CLOSING, PUJIANG_SIGN, through=True, inline=False)
    b.write(path, "".join(PUJIANG_TITLE), "浦江县某局办公室", "2026-01-08")
    return len(b.pages)


def zunyi(path: Path) -> int:
    b = OfdBuilder(size=4.233, pitch=6.9, left=26.0, top=30.0, bottom=250.0, runs=True)
    _ofd_notice(b, ZUNYI_TITLE, ZUNYI_OPENING, ZUNYI, ZUNYI_CLOSING, ZUNYI_SIGN, through=False, inline=True)
    b.write(path, "".join(ZUNYI_TITLE), "遵义市某委办公室", "2026-03-12")
    return len(b.pages)


# --- MHTML -----------------------------------------------------------------------------------------------------------
def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid PNG (the site's logo, a QR code's place) as a saved page carries its images."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _b64_lines(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def _qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pidu_html() -> str:
    """The district portal's article page as Internet Explorer re-serialises it (upper-case tags, unquoted values)."""
    body: list[str] = []
    for text in PIDU_OPENING:
        if text[:2] in ("一、", "二、"):
            body.append(f'<P style="TEXT-INDENT: 2em"><STRONG>{_esc(text)}</STRONG></P>')
        else:
            body.append(f'<P style="TEXT-INDENT: 2em">{_esc(text)}</P>')
    n = 0
    for aspect, problems in PIDU:
        body.append(f'<P style="TEXT-INDENT: 2em"><STRONG>{_esc(aspect)}</STRONG></P>')
        for title, rect, _s, _p in problems:
            n += 1
            body.append(f'<P style="TEXT-INDENT: 2em"><STRONG>{n}.{_esc(title)}。</STRONG></P>')
            body.append(f'<P style="TEXT-INDENT: 2em">整改进展：{_esc(rect)}</P>')
    for text in PIDU_CLOSING:
        strong = text.startswith("三、")
        body.append(
            f'<P style="TEXT-INDENT: 2em">{"<STRONG>" if strong else ""}{_esc(text)}{"</STRONG>" if strong else ""}</P>'
        )
    body.append("<P>&nbsp;</P>")
    body += [f"<P align=right>{_esc(line)}</P>" for line in PIDU_SIGN]
    content = "\r\n".join(body)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<HTML xmlns="http://www.w3.org/1999/xhtml"><HEAD><TITLE>{PIDU_TITLE}-成都市郫都区人民政府</TITLE>
<META content="text/html; charset=gb2312" http-equiv=Content-Type>
<META name=SiteName content=成都市郫都区人民政府>
<META name=ArticleTitle content={PIDU_TITLE}>
<META name=PubDate content="2026-02-06 16:12">
<LINK rel=stylesheet type=text/css href="http://www.pidu.gov.cn/pidu/css/style.css">
<META name=GENERATOR content="MSHTML 11.00.10570.1001"></HEAD>
<BODY>
<DIV class=top><IMG src="http://www.pidu.gov.cn/pidu/images/logo.png" width=420 height=80></DIV>
<DIV class=nav>
<UL>
<LI><A href="http://www.pidu.gov.cn/">首页</A></LI>
<LI><A href="http://www.pidu.gov.cn/pidu/zwgk/">政务公开</A></LI>
<LI><A href="http://www.pidu.gov.cn/pidu/zwfw/">政务服务</A></LI>
<LI><A href="http://www.pidu.gov.cn/pidu/hdjl/">互动交流</A></LI>
<LI><A href="http://www.pidu.gov.cn/pidu/zjpd/">走进郫都</A></LI></UL></DIV>
<DIV class=position>您当前的位置：<A href="http://www.pidu.gov.cn/">首页</A> &gt; <A href="http://www.pidu.gov.cn/pidu/zwgk/">政务公开</A> &gt; <A href="http://www.pidu.gov.cn/pidu/xczg/">巡察整改</A></DIV>
<DIV class=article>
<DIV class=title>{PIDU_TITLE}</DIV>
<DIV class=info>发布时间：2026-02-06 16:12&nbsp;&nbsp;&nbsp;来源：区教育局&nbsp;&nbsp;&nbsp;浏览次数：<SPAN id=hits>736</SPAN>&nbsp;&nbsp;&nbsp;字号：[<A href="javascript:doZoom(18)">大</A> <A href="javascript:doZoom(16)">中</A> <A href="javascript:doZoom(14)">小</A>]</DIV>
<DIV class=TRS_Editor>
{content}
</DIV>
<DIV class=tools><A href="javascript:window.print()">【打印本页】</A> <A href="javascript:window.close()">【关闭窗口】</A></DIV>
<DIV class=pages>上一篇：<A href="http://www.pidu.gov.cn/pidu/xczg/2026-01/30/content_3a1b.shtml">区卫生健康局党组关于区委巡察整改进展情况的通报</A><BR>下一篇：<A href="http://www.pidu.gov.cn/pidu/xczg/2026-02/10/content_4c2d.shtml">区住房建设局党组关于区委巡察整改进展情况的通报</A></DIV></DIV>
<DIV class=footer>
<P>主办单位：成都市郫都区人民政府办公室&nbsp;&nbsp;承办单位：成都市郫都区大数据中心</P>
<P>网站标识码：5101240001&nbsp;&nbsp;蜀ICP备05003402号&nbsp;&nbsp;<IMG src="http://www.pidu.gov.cn/pidu/images/ga.png">川公网安备 51012402000123号</P>
<P><IMG src="http://www.pidu.gov.cn/pidu/images/ewm.png" width=90 height=90>扫一扫在手机打开当前页</P></DIV></BODY></HTML>
"""


def pidu(path: Path) -> None:
    """Internet Explorer's 'Web Archive, single file': gb2312 HTML in quoted-printable, images in base64, CRLF."""
    boundary = "----=_NextPart_000_0000_01DC9745.3A4B2C10"
    url = "http://www.pidu.gov.cn/pidu/xczg/2026-02/06/content_7e5f0a1b.shtml"
    subject = "=?gb2312?B?" + base64.b64encode(PIDU_TITLE.encode("gb2312")).decode("ascii") + "?="
    head = [
        "From: <Saved by Windows Internet Explorer 11>",
        f"Subject: {subject}",
        "Date: Mon, 9 Feb 2026 10:41:27 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.4355",
        "",
        "This is a multi-part message in MIME format.",
        "",
    ]
    parts = [
        "\r\n".join(
            [
                f"--{boundary}",
                "Content-Type: text/html;",
                '\tcharset="gb2312"',
                "Content-Transfer-Encoding: quoted-printable",
                f"Content-Location: {url}",
                "",
                _qp(pidu_html().replace("\n", "\r\n").encode("gb2312")),
            ]
        )
    ]
    for name, size, rgb in (
        ("logo.png", (42, 8), (180, 20, 20)),
        ("ga.png", (4, 4), (200, 160, 40)),
        ("ewm.png", (9, 9), (0, 0, 0)),
    ):
        parts.append(
            "\r\n".join(
                [
                    f"--{boundary}",
                    "Content-Type: image/png",
                    "Content-Transfer-Encoding: base64",
                    f"Content-Location: http://www.pidu.gov.cn/pidu/images/{name}",
                    "",
                    _b64_lines(_png(*size, rgb)),
                ]
            )
        )
    text = "\r\n".join(head) + "\r\n" + "\r\n\r\n".join(parts) + f"\r\n\r\n--{boundary}--\r\n"
    path.write_bytes(text.encode("ascii"))


def yizhang_html() -> str:
    body: list[str] = [f"<p>{_esc(text)}</p>" for text in YIZHANG_OPENING]
    n = 0
    for aspect, problems in YIZHANG:
        body.append(f"<p><strong>{_esc(aspect)}</strong></p>")
        for title, rect, done, _s, _p in problems:
            n += 1
            body.append(f"<p><strong>（{n}）针对“{_esc(title)}”的问题</strong></p>")
            body.append(f"<p>整改情况：{_esc(rect)}</p>")
            body.append(f"<p>完成情况：{_esc(done)}</p>")
    body += [f"<p>{_esc(text)}</p>" for text in YIZHANG_CLOSING]
    body += [f'<p style="text-align: right;">{_esc(line)}</p>' for line in YIZHANG_SIGN]
    content = "\n".join(body)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{YIZHANG_TITLE}_乡镇动态_宜章县人民政府</title>
<link rel="stylesheet" type="text/css" href="cid:css-0b8e2f1a-77c4-4d0e-9a51-3c2e6d4f8a10@mhtml.blink" />
</head><body><div class="header"><div class="w1200"><img src="https://www.yizhang.gov.cn/images/logo.png" alt="宜章县人民政府"><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="menu"><ul><li><a href="https://www.yizhang.gov.cn/">首页</a></li><li><a href="https://www.yizhang.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.yizhang.gov.cn/zwdt/">政务动态</a></li><li><a href="https://www.yizhang.gov.cn/xzdt/">乡镇动态</a></li><li><a href="https://www.yizhang.gov.cn/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="https://www.yizhang.gov.cn/">首页</a> &gt; <a href="https://www.yizhang.gov.cn/xzdt/">乡镇动态</a></div>
<div class="detail"><h1>{YIZHANG_TITLE}</h1>
<div class="attr"><span>来源：某镇</span><span>发布时间：2025-12-26 17:03</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="content" id="zoom">
{content}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div></div>
<div class="footer"><p>主办：宜章县人民政府办公室 承办：宜章县政务服务中心</p><p>湘ICP备05006345号 网站标识码：4310220010 <img src="https://www.yizhang.gov.cn/images/gaba.png">湘公网安备 43102202000111号</p></div>
</body></html>"""


def yizhang(path: Path) -> None:
    """A Chromium browser's 'Webpage, Single File' (Saved by Blink): utf-8 HTML (in base64 here), a CSS part, images."""
    boundary = "----MultipartBoundary--Zk3pQx7LmWn2Rt8VbYc4Hd6JsAe1FgUo9Ki0----"
    url = "https://www.yizhang.gov.cn/xzdt/content_4318822.html"
    subject = "=?utf-8?B?" + base64.b64encode(YIZHANG_TITLE.encode("utf-8")).decode("ascii") + "?="
    head = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {url}",
        f"Subject: {subject}",
        "Date: Sat, 27 Dec 2025 09:14:05 +0800",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
    ]
    css = (
        '@charset "utf-8";\n\nbody { margin: 0px; font-family: "Microsoft YaHei"; }\n.detail h1 { font-size: 26px; '
        "text-align: center; }\n.content p { text-indent: 2em; line-height: 2; }\n"
    )
    parts = [
        "\r\n".join(
            [
                f"--{boundary}",
                "Content-Type: text/html",
                "Content-ID: <frame-5D1C3E7A9B2F4A6C8E0D1F3A5B7C9E1D@mhtml.blink>",
                "Content-Transfer-Encoding: base64",
                f"Content-Location: {url}",
                "",
                _b64_lines(yizhang_html().encode("utf-8")),
            ]
        ),
        "\r\n".join(
            [
                f"--{boundary}",
                "Content-Type: text/css",
                "Content-Transfer-Encoding: quoted-printable",
                "Content-Location: cid:css-0b8e2f1a-77c4-4d0e-9a51-3c2e6d4f8a10@mhtml.blink",
                "",
                _qp(css.encode("utf-8")),
            ]
        ),
    ]
    for name, size, rgb in (("logo.png", (60, 10), (20, 60, 160)), ("gaba.png", (4, 4), (200, 160, 40))):
        parts.append(
            "\r\n".join(
                [
                    f"--{boundary}",
                    "Content-Type: image/png",
                    "Content-Transfer-Encoding: base64",
                    f"Content-Location: https://www.yizhang.gov.cn/images/{name}",
                    "",
                    _b64_lines(_png(*size, rgb)),
                ]
            )
        )
    text = "\r\n".join(head) + "\r\n\r\n".join(parts) + f"\r\n\r\n--{boundary}--\r\n"
    path.write_bytes(text.encode("ascii"))


# --- gold ------------------------------------------------------------------------------------------------------------
FILES = {
    "pujiang": "r152_pujiang_county_audit_bureau_ofd_one_page_one_textobject_per_line.ofd",
    "zunyi": "r152_zunyi_city_health_commission_ofd_two_pages_glyph_runs_problem_across_page_break.ofd",
    "pidu": "r152_pidu_district_education_bureau_mht_ie_gb2312_quoted_printable.mht",
    "yizhang": "r152_yizhang_township_mhtml_blink_utf8_base64_html_part.mhtml",
}
FIRST_READING = (
    "problems 0/31, statuses 0/31, aspects 0/31, pending 0/31, header 0/56 (main at 381732a): the bot refuses all four "
    "files: the two OFD zips as an unsupported zip (no Word part in them), the two saved pages (.mht/.mhtml, not an "
    "accepted suffix) read as plain text whose MIME headers and encoded parts hold no notice (not a notice)"
)
# The first reading's gaps (the files refused), closed by notices/ofd.py and notices/mhtml.py: none is left.
GAPS: dict[str, str] = {}
BLIND = "written blind from the writer's knowledge of the genre and of the formats (0 queries run, before reading the parser's code), built by make_r152.py: "


def _items(aspects, *, through: bool):
    items, names, n = [], [], 0
    for aspect, problems in aspects:
        if not through:
            n = 0
        for problem in problems:
            n += 1
            items.append([str(n), nfkc(problem[0]), problem[-2], problem[-1]])
            names.append(nfkc(aspect))
    return items, names


def _notice(
    key, layout, agency, region, province, prefecture, team, period, feedback, signed, claimed, aspects, through, notes
):
    items, names = _items(aspects, through=through)
    return {
        "file": FILES[key],
        "layout": BLIND + layout,
        "agency": agency,
        "region": region,
        "province": province,
        "prefecture": prefecture,
        "team": team,
        "period": list(period),
        "feedback": feedback,
        "signed": signed,
        "claimed": claimed,
        "items": items,
        "aspects": names,
        "sources": ["item"] * len(items),
        "issuer": "中共" + agency,
        "warnings": [],
        "notes": notes,
    }


def gold() -> dict:
    status_note = (
        "the status sentence closing each problem's rectification text (gold README: 已完成整改 done; 已完成整改，"
        "并长期坚持 / 将长期坚持 done_longterm; 正在推进 / 正在整改 in_progress); source item"
    )
    notices = [
        _notice(
            "pujiang",
            "a county bureau 党组's notice (named 浦江县某局 as the brief asks; a 审计局 by its problems) as an OFD file "
            "(GB/T 33190 zip: OFD.xml, Doc_0/Document.xml, PublicRes.xml with five fonts, one page "
            "Doc_0/Pages/Page_0/Content.xml) laid out on A4 in millimetres, ONE TextObject PER LINE (Boundary, TextCode "
            "X/Y, DeltaX in the g shorthand, half advances for digits), paragraphs wrapped at the column's width "
            "(first lines indented two characters), a two-line centred title, 一、 headings in 黑体, （一）…方面 aspects "
            "in 楷体, 1.<problem>。 numbered through, then 整改情况：<measures>. <status sentence>, 三、下一步工作打算, "
            "contact, signature and date right-aligned, the page number — 1 — at the foot",
            "浦江县某局党组",
            "浦江县",
            "浙江省",
            "金华市",
            "县委第二巡察组",
            ("2025-03-17", "2025-05-16"),
            "2025-06-19",
            "2026-01-08",
            {"aspects": 3, "problems": 7, "completed": 5, "in_progress": 2},
            PUJIANG,
            True,
            {
                "agency": "the title's first line 中共浦江县某局党组 without 中共 (r121's 安化县某局党组)",
                "status": status_note,
                "claimed": "3个方面7个问题 from the opening and 已完成整改5个（其中需长期坚持的2个），正在推进2个: "
                "the completed count holds the done_longterm ones",
                "pending": "item 4: 正在对其中3个项目开展专家论证; item 6: 招录计划已报县人社局审批 (README's 报…审批)",
            },
        ),
        _notice(
            "zunyi",
            "a city commission 党组's notice (named 遵义市某委 as the brief asks; a 卫生健康委 by its text) as an OFD "
            "file of TWO pages, each line cut into RUNS OF GLYPHS (one TextObject per run, a run closing after a mark "
            "of punctuation, so a line is several objects on one baseline), headings in other fonts, a two-line title, "
            "一、 headings, four （一）…方面 aspects, problems 1.<problem>。整改情况：<measures>. <status sentence> in ONE "
            "paragraph, numbered afresh under each aspect; the (二) aspect's third problem runs over the page break "
            "(its status sentence opens page 2), — N — page numbers at each foot, 三、下一步工作打算, contact, signature",
            "遵义市某委党组",
            "遵义市",
            "贵州省",
            "遵义市",
            "市委第四巡察组",
            ("2025-04-08", "2025-06-06"),
            "2025-07-10",
            "2026-03-12",
            {"aspects": 4, "problems": 9, "completed": 7, "in_progress": 2},
            ZUNYI,
            False,
            {
                "agency": "the title's 中共遵义市某委党组 without 中共 (r-earlier 祁阳市某委党组); the body says 市卫生健康委党组",
                "labels": "numbered afresh under each aspect: labels as printed, duplicates kept (gold README)",
                "status": status_note + "; 该问题正在整改中 in_progress",
                "claimed": "4个方面9个问题 and 已完成整改7个，正在整改2个 from the opening",
                "pending": "(一)3: 3家医院消防设施改造项目正在施工; (三)1: 副院长人选正在履行考察程序",
            },
        ),
        _notice(
            "pidu",
            "a district bureau 党组's notice (named 成都市郫都区某局 as the brief asks; an 教育局 by its text) as the "
            "district portal's article page saved by Internet Explorer 11 as a Web Archive (.mht): MIME "
            "multipart/related, the HTML part in gb2312 quoted-printable with CRLF, Subject in =?gb2312?B?, three PNG "
            "parts; the page upper-cased by MSHTML with its furniture (logo, nav, 您当前的位置, title div, 发布时间/来源/"
            "浏览次数/字号, 打印本页/关闭窗口, 上一篇/下一篇 naming other bodies' notices, footer with 主办单位, ICP, 公安备案, "
            "扫一扫); body: opening, 一、整改工作总体情况 with counts, 二、 with （一）…方面 aspects in <STRONG>, "
            "<STRONG>N.<problem>。</STRONG> numbered through, then 整改进展：<measures>. <status sentence>, 三、, "
            "contact, signature",
            "成都市郫都区某局党组",
            "郫都区",
            "四川省",
            "成都市",
            "区委第三巡察组",
            ("2025-03-24", "2025-05-23"),
            "2025-06-27",
            "2026-02-06",
            {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
            PIDU,
            True,
            {
                "agency": "the title's 中共成都市郫都区某局党组 without 中共 (r-earlier 武汉市江汉区某委党组, region 江汉区)",
                "status": status_note,
                "claimed": "3个方面8个问题，已完成整改6个，正在推进整改2个",
                "pending": "item 3: 2所新建学校已开工建设, not in use yet; item 6: 其余4个项目正在委托第三方审计",
                "signed": "the signature's date; the page's 发布时间 2026-02-06 is the same day",
            },
        ),
        _notice(
            "yizhang",
            "a township 党委's notice (named 宜章县某镇 as the brief asks) as the county portal's page saved by a "
            "Chromium browser (.mhtml, From: <Saved by Blink>, Snapshot-Content-Location, Subject =?utf-8?B?): the "
            "HTML part utf-8 with no charset on its part header (the page's meta says it) and in base64, a CSS part in "
            "quoted-printable, two PNG parts; the page's furniture (logo, search box, menu, 当前位置, h1 title, "
            "来源/发布时间/字体, 分享到, footer); body: one opening paragraph with counts, then straight 一、…方面 aspects "
            "> <strong>（N）针对“<problem>”的问题</strong> numbered through > 整改情况：<measures> > 完成情况：<status>, "
            "a 下一步 paragraph, contact, signature",
            "宜章县某镇委员会",
            "宜章县",
            "湖南省",
            "郴州市",
            "县委第一巡察组",
            ("2025-05-12", "2025-07-04"),
            "2025-08-15",
            "2025-12-26",
            {"aspects": 3, "problems": 7, "completed": 5, "in_progress": 2},
            YIZHANG,
            True,
            {
                "agency": "the title's 中共宜章县某镇委员会 without 中共 (r-earlier 于都县某镇委员会)",
                "titles": "the problem inside the wrapper 针对“…”的问题, the wrapper removed (gold README)",
                "status": "the 完成情况 line: 已完成整改 done, 已完成整改，并长期坚持 done_longterm, 正在整改 in_progress",
                "claimed": "3个方面7个问题 and 已完成整改5个，正在整改2个 in the opening",
                "pending": "一、3: 2处隐患点搬迁避让工程正在施工; 三、2: 另1个村正在开展验收前整改; 三、1: 下一步将结合村级换届"
                "选优配强 is routine future wording beside a done_longterm status: null (gold README)",
            },
        ),
    ]
    notices[3]["items"][5][3] = None
    for notice in notices:
        if notice["file"] in GAPS:
            notice["gap"] = notice["items_gap"] = GAPS[notice["file"]]
    return {
        "round": ROUND,
        "about": "Round 152 (issue 19): FILES IN FORMATS THE BOT DID NOT READ, PART TWO — OFD (GB/T 33190, the "
        "fixed-layout format 电子公文 systems export) and MHTML (a saved web page, single file), written blind (0 queries "
        "run, before reading the parser's code) and built by make_r152.py with zipfile, email-style MIME text and lxml: "
        "a county bureau's one-page OFD with one TextObject per line (浙江); a city commission's two-page OFD cut into "
        "runs of glyphs with a problem across the page break (贵州); a district bureau's portal page saved by Internet "
        "Explorer as .mht in gb2312 quoted-printable (四川); a township's portal page saved by a Chromium browser as "
        ".mhtml in utf-8 with the HTML part in base64 (湖南). Bodies named 某 (the problems are invented).",
        "first_reading": FIRST_READING,
        "notices": notices,
    }


if __name__ == "__main__":
    print("pages:", pujiang(HERE / FILES["pujiang"]), zunyi(HERE / FILES["zunyi"]))
    pidu(HERE / FILES["pidu"])
    yizhang(HERE / FILES["yizhang"])
    (HERE / "rounds" / "r152.json").write_text(
        json.dumps(gold(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
