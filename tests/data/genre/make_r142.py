"""Build round 142's notices and their gold (run once: `python tests/data/genre/make_r142.py`); the files are committed.

Round 142 imitates notices SAVED IN OFFICE FORMATS OTHER THAN WORD'S AND EXCEL'S OWN: OpenDocument text (.odt, as
LibreOffice, WPS's 另存为 ODF and the 永中/中标 suites of government machines save it), Rich Text (.rtf, as WordPad
and old OA systems export it: Chinese either as \\'xx GBK byte escapes under \\ansicpg936, or as \\uN? escapes, N a
signed 16-bit number) and an OpenDocument spreadsheet (.ods) ledger with merged class cells. The .odt and .ods are
zips of XML written with the standard library; the .rtf files are written by hand.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
ROUND = 142

FILES = {
    "xiangyin": "r142_xiangyin_county_statistics_bureau_odt_styled_headings_problem_table_aspect_rows.odt",
    "jiujiang": "r142_jiujiang_city_supply_coop_rtf_gbk_escapes_aspects_numbered_problems_fields.rtf",
    "renshou": "r142_renshou_county_town_rtf_unicode_escapes_par_breaks_wenti_n_status_sentences.rtf",
    "ningdu": "r142_ningdu_county_medical_insurance_ods_ledger_merged_class_cells_status_column.ods",
}

# --- A: a county 统计局 党组's notice as .odt: styled title, opening, 一、/二、 headings as text:h, the problems in
# a table 序号|反馈问题|整改措施|整改情况 with a row merged across it for each aspect; 整改情况 opens with the status
XIANGYIN = [
    (
        "（一）贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "统计数据质量管控机制不健全，部分专业统计数据审核把关不严",
                "修订《统计数据质量审核办法》，建立“专业初审、科室复审、分管领导终审”三级审核制度。",
                "已完成。2025年四季度起各专业数据均经三级审核后报送，未再出现数据差错。",
                "done",
                False,
            ),
            (
                "统计法治宣传不够深入，部分调查对象依法统计意识淡薄",
                "制定统计普法宣传方案，开展“统计开放日”和统计法进企业活动。",
                "已完成，并长期坚持。累计开展宣传活动12场，覆盖企业186家，将每年常态化开展。",
                "done_longterm",
                False,
            ),
            (
                "防范和惩治统计造假、弄虚作假责任落实不到位",
                "对2023年以来的执法检查案卷逐一复查，建立统计违法线索移送机制。",
                "正在推进。已复查案卷31卷，移送线索机制文件正在征求县纪委监委意见，计划2026年6月底前印发。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "党组落实主体责任不够有力，对干部日常监督管理偏松偏软",
                "制定党组主体责任清单，党组书记与班子成员、股室负责人逐一开展廉政谈话。",
                "已完成。开展廉政谈话23人次，建立干部日常监督台账。",
                "done",
                False,
            ),
            (
                "普查经费管理使用不规范，个别项目支出报销手续不全",
                "对第五次全国经济普查经费支出逐笔清理，补齐报销手续。",
                "已完成。清理支出凭证142笔，补齐手续9笔，修订局机关财务管理制度。",
                "done",
                False,
            ),
            (
                "公务用车管理不严格，用车登记不完整",
                "完善公务用车使用审批和登记制度，安装车辆定位系统。",
                "已完成，并长期坚持。每月公示用车情况。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "统计专业人才队伍断层，乡镇统计员队伍不稳定",
                "制定统计人才培养计划，协调县委编办核定乡镇统计专干编制。",
                "正在推进。已招录统计专业人员2名，乡镇统计专干编制核定正在报批中。",
                "in_progress",
                True,
            ),
            (
                "机关党支部“三会一课”制度落实不严格，组织生活质量不高",
                "制定支部年度学习计划，规范会议记录。",
                "已完成。",
                "done",
                False,
            ),
        ],
    ),
]

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def _odf(path: Path, mimetype: str, body: str, styles: str) -> None:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body>{body}</office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    style_doc = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF_NS}><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"/>'
        '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="22pt"/>'
        "</style:style>"
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>'
        "</office:styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NS}><office:meta>'
        "<meta:generator>WPS Office/12.1.0.16910</meta:generator></office:meta></office:document-meta>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        when = (2026, 4, 1, 9, 0, 0)  # a fixed time: the build gives the same bytes each run
        zf.writestr(zipfile.ZipInfo("mimetype", when), mimetype)  # stored, first, as ODF asks
        for name, text in (
            ("content.xml", content),
            ("styles.xml", style_doc),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ):
            zf.writestr(zipfile.ZipInfo(name, when), text, compress_type=zipfile.ZIP_DEFLATED)


def _p(text: str, style: str = "P1") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def xiangyin(path: Path) -> None:
    opening = [
        _p("中共湘阴县某局党组", "Title"),
        _p("关于县委巡察反馈意见整改进展情况的通报", "Title"),
        _p(
            "根据县委巡察工作统一部署，2025年3月18日至5月16日，县委第二巡察组对县某局党组开展了常规巡察。"
            "2025年6月24日，县委第二巡察组向局党组反馈了巡察意见。按照党务公开原则和巡察整改工作要求，"
            "现将巡察整改进展情况予以公布。"
        ),
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">一、整改工作组织情况</text:h>',
        _p(
            "局党组坚决扛起巡察整改政治责任，成立由党组书记任组长的整改工作领导小组，召开专题会议研究部署，"
            "对照反馈问题逐条制定整改措施，明确责任领导、责任股室和完成时限，实行清单化管理、销号式推进。"
        ),
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">二、整改落实情况</text:h>',
        _p("县委第二巡察组反馈的3个方面8个问题，截至2026年3月31日，已完成整改6个，正在推进整改2个。具体整改情况如下："),
    ]
    rows = [
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string">{_p(h, "TH")}</table:table-cell>'
            for h in ("序号", "反馈问题", "整改措施", "整改情况")
        )
        + "</table:table-row>"
    ]
    n = 0
    for aspect, problems in XIANGYIN:
        rows.append(
            '<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string">'
            f"{_p(aspect, 'TB')}</table:table-cell>" + "<table:covered-table-cell/>" * 3 + "</table:table-row>"
        )
        for title, measures, result, _, _ in problems:
            n += 1
            cells = [str(n), title, measures, result]
            rows.append(
                "<table:table-row>"
                + "".join(f'<table:table-cell office:value-type="string">{_p(c)}</table:table-cell>' for c in cells)
                + "</table:table-row>"
            )
    table = (
        '<table:table table:name="表格1"><table:table-column table:number-columns-repeated="4"/>'
        + "".join(rows)
        + "</table:table>"
    )
    closing = [
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">三、下一步工作打算</text:h>',
        _p(
            "局党组将持续抓好未完成事项的整改落实，对正在推进的2个问题实行挂图作战，确保按期销号；"
            "坚持举一反三，健全长效机制，不断巩固巡察整改成果。"
        ),
        _p(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
            "联系电话：0730-2212345；邮政信箱：湘阴县文星镇某路88号；电子邮箱：xytjj_djb@163.com。"
        ),
        _p("中共湘阴县某局党组", "Sign"),
        _p("2026年4月8日", "Sign"),
    ]
    styles = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-indent="0.8in"/></style:style>'
        '<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
        "</style:style>"
        '<style:style style:name="TB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
        "</style:style>"
        '<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>'
        "</style:style>"
    )
    body = "<office:text>" + "".join(opening) + table + "".join(closing) + "</office:text>"
    _odf(path, "application/vnd.oasis.opendocument.text", body, styles)


# --- B: a city 供销社 党组's notice as .rtf with GBK escapes (WordPad under a Chinese Windows, \ansicpg936):
# (一) aspects > 1. problems, each followed by 整改措施：… and 整改情况：<status sentence>
JIUJIANG = [
    (
        "（一）贯彻落实党中央决策部署和省委、市委工作要求方面",
        [
            (
                "服务乡村振兴主力军作用发挥不充分，县域流通服务网络建设滞后",
                "制定《县域流通服务网络建设三年行动方案》，推进乡镇基层社和村级综合服务社建设。",
                "已完成整改。新建改造乡镇基层社6个、村级综合服务社42个。",
                "done",
                False,
            ),
            (
                "农资保供稳价工作不够扎实，部分网点农资储备不足",
                "建立农资储备动态监测制度，增加春耕备肥网点。",
                "已完成整改并长期坚持。全市储备化肥2.3万吨，每季度开展储备检查。",
                "done_longterm",
                False,
            ),
            (
                "社有企业改革推进缓慢，部分企业经营困难",
                "对社有企业逐户“体检”，分类制定改革方案。",
                "正在推进。已完成3户企业的清产核资，另2户企业的改制方案正在报市国资部门审批。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党“两个责任”方面",
        [
            (
                "社有资产管理不规范，部分门面房出租未经公开招租",
                "全面清查社有资产，修订《社有资产租赁管理办法》，门面房一律公开招租。",
                "已完成整改。清查门面房87间，到期的21间已全部公开招租。",
                "done",
                False,
            ),
            (
                "违反中央八项规定精神问题仍有发生，个别单位超标准接待",
                "开展专项检查，对违规接待费用予以清退，对相关责任人进行提醒谈话。",
                "已完成整改。清退违规费用0.86万元，提醒谈话3人。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "社有企业党建工作薄弱，个别企业党组织未按期换届",
                "督促指导相关企业党组织按期换届，选优配强党组织书记。",
                "已完成整改。2个企业党组织已完成换届。",
                "done",
                False,
            ),
            (
                "干部队伍年龄结构老化，年轻干部储备不足",
                "制定年轻干部培养计划，通过公开遴选、招录补充年轻干部。",
                "正在推进。2026年公开遴选方案已报市委组织部，待批复后组织实施。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def _rtf_gbk(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def jiujiang() -> bytes:
    lines = [
        ("c", "中共九江市某供销合作社党组"),
        ("c", "关于市委巡察反馈意见整改进展情况的通报"),
        (
            "p",
            "根据市委统一部署，2025年4月8日至6月10日，市委第四巡察组对市某供销合作社党组开展了巡察。"
            "2025年7月22日，市委第四巡察组向社党组反馈了巡察意见，指出3个方面7个问题。"
            "社党组高度重视，坚持把巡察整改作为重大政治任务，逐项制定整改措施，全力抓好整改落实。"
            "截至2026年3月底，7个问题已完成整改5个，正在推进2个。现将整改进展情况通报如下：",
        ),
        ("p", "一、具体问题整改情况"),
    ]
    n = 0
    for aspect, problems in JIUJIANG:
        lines.append(("p", aspect))
        for title, measures, result, _, _ in problems:
            n += 1
            lines.append(("p", f"{n}.{title}。"))
            lines.append(("p", f"整改措施：{measures}"))
            lines.append(("p", f"整改情况：{result}"))
    lines += [
        ("p", "二、下一步工作安排"),
        (
            "p",
            "社党组将持续压紧压实整改责任，对尚未完成的问题紧盯不放、一抓到底，确保件件有着落、事事有回音；"
            "把巡察整改与推进综合改革结合起来，建立健全长效机制。",
        ),
        (
            "p",
            "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0792-8221234；"
            "通信地址：九江市浔阳区某路12号；电子邮箱：jjgxs_dzb@163.com。",
        ),
        ("r", "中共九江市某供销合作社党组"),
        ("r", "2026年4月2日"),
    ]
    head = (
        "{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052"
        "{\\fonttbl{\\f0\\fnil\\fcharset134 "
        + _rtf_gbk("宋体")
        + ";}{\\f1\\fnil\\fcharset134 "
        + _rtf_gbk("仿宋")
        + ";}}\r\n"
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
    )
    body = []
    for kind, text in lines:
        if kind == "c":
            body.append("\\pard\\sa200\\sl276\\slmult1\\qc\\b\\f0\\fs44\\lang2052 " + _rtf_gbk(text) + "\\b0\\par\r\n")
        elif kind == "r":
            body.append("\\pard\\sa200\\sl276\\slmult1\\qr\\f1\\fs32 " + _rtf_gbk(text) + "\\par\r\n")
        else:
            body.append("\\pard\\sa200\\sl276\\slmult1\\fi640\\f1\\fs32 " + _rtf_gbk(text) + "\\par\r\n")
    return (head + "".join(body) + "}\r\n\x00").encode("ascii")


# --- C: a 乡镇 党委's notice as .rtf with \uN? escapes (an OA system's export: every non-ASCII character as its
# signed 16-bit code and a ? fallback), \par breaks, a line wrapped inside a paragraph; 问题N：<problem> blocks with
# 整改进展：<status sentence>
RENSHOU = [
    (
        "（一）贯彻落实上级决策部署方面",
        [
            (
                "乡村振兴产业项目带动作用不明显，部分村集体经济收入偏低",
                "已完成整改。引进柑橘深加工项目1个，全镇村集体经济收入均达到10万元以上。",
                "done",
                False,
            ),
            (
                "耕地保护和违法占地整治不彻底，存在“大棚房”反弹现象",
                "已完成整改，并长期坚持。拆除违规建筑3处，复垦耕地12亩，建立网格化巡查机制。",
                "done_longterm",
                False,
            ),
            (
                "农村人居环境整治成效不够稳固，部分村垃圾清运不及时",
                "正在推进。已新增垃圾转运车2辆，第三方保洁服务采购正在开展招标，预计2026年5月完成。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党责任方面",
        [
            (
                "镇党委对村级“小微权力”监督不到位，村级财务公开不及时",
                "已完成整改。制定村级小微权力清单36项，村务财务按季度公开。",
                "done",
                False,
            ),
            (
                "惠民惠农补贴发放审核把关不严，个别补贴存在优亲厚友现象",
                "已完成整改。对2024年以来的补贴发放逐户复核，收回违规补贴1.2万元，处理责任人2名。",
                "done",
                False,
            ),
            (
                "工程项目管理不规范，个别项目未按规定进行验收",
                "正在推进。已补办验收手续4个，剩余2个项目待审计结束后组织验收。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）基层党组织建设方面",
        [
            (
                "村级后备力量培养不足，村“两委”干部年龄偏大",
                "已完成整改。建立村级后备力量库，储备人选48名。",
                "done",
                False,
            ),
            (
                "党员教育管理不严格，流动党员管理存在盲区",
                "已完成整改，并长期坚持。建立流动党员微信群，每月推送学习内容。",
                "done_longterm",
                False,
            ),
        ],
    ),
]


def _rtf_u(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def renshou() -> bytes:
    paras = [
        "中共仁寿县某镇委员会关于县委巡察反馈意见整改进展情况的通报",
        "根据县委统一部署，2025年4月14日至6月13日，县委第三巡察组对仁寿县某镇党委进行了巡察，"
        "并于2025年7月10日反馈了巡察意见。镇党委坚决扛起整改主体责任，对反馈的8个问题逐条制定整改措施。"
        "截至2026年3月20日，已完成整改6个，正在推进整改2个。现将整改进展情况予以公布。",
        "一、整改落实情况",
    ]
    n = 0
    for aspect, problems in RENSHOU:
        paras.append(aspect)
        for title, result, _, _ in problems:
            n += 1
            paras.append(f"问题{n}：{title}。")
            paras.append(f"整改进展：{result}")
    paras += [
        "二、下一步工作打算",
        "镇党委将继续把巡察整改作为重要政治任务，对正在推进的问题盯紧抓实，确保全部整改到位，"
        "并建立长效机制，防止问题反弹。",
        "欢迎社会各界对巡察整改情况进行监督。联系电话：028-36201234；电子邮箱：rsx_dzb@163.com。",
        "中共仁寿县某镇委员会",
        "2026年3月30日",
    ]
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Arial;}"
        "{\\f1\\fnil\\fcharset134 SimSun;}}\n{\\colortbl;\\red0\\green0\\blue0;}\n"
        "{\\info{\\title " + _rtf_u("巡察整改通报") + "}{\\author OA}}\n"
    )
    body = []
    for k, text in enumerate(paras):
        escaped = _rtf_u(text)
        if len(escaped) > 400:  # the exporter wraps long paragraphs: a line break in the file is no break
            cut = escaped.rfind("?", 0, 400) + 1
            escaped = escaped[:cut] + "\n" + escaped[cut:]
        style = "\\qc\\b\\fs36" if k == 0 else "\\fs28"
        body.append(f"\\pard{style}\\f1 {escaped}\\b0\\par\n")
    return (head + "".join(body) + "}").encode("ascii")


# --- D: a county 医保局's ledger as .ods: a title row merged across, a header row, 序号|问题类别|存在问题|整改措施|
# 责任单位|整改时限|完成情况, the 问题类别 cells merged down their class's rows; 完成情况 a status word
NINGDU = [
    (
        "政治监督方面",
        [
            (
                "落实医保待遇政策不够精准，部分困难群众参保资助不及时",
                "与民政、乡村振兴部门建立数据比对机制，每月比对困难群众参保信息。",
                "待遇保障股",
                "2025年10月",
                "已完成",
                "done",
                False,
            ),
            (
                "医保经办服务下沉不到位，村级医保服务站点作用发挥不充分",
                "规范村级医保服务站点建设，开展经办人员业务培训。",
                "医保经办中心",
                "长期坚持",
                "已完成并长期坚持",
                "done_longterm",
                False,
            ),
            (
                "DRG支付方式改革推进缓慢",
                "制定DRG支付方式改革实施方案，分批推进定点医疗机构接入。",
                "医药价格股",
                "2026年6月",
                "正在推进（已接入12家，其余6家正在进行系统对接）",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "全面从严治党方面",
        [
            (
                "医保基金监管存在薄弱环节，定点医药机构违规使用基金问题时有发生",
                "开展定点医药机构专项检查，追回违规使用的医保基金。",
                "基金监管股",
                "2025年12月",
                "已完成",
                "done",
                False,
            ),
            (
                "内部控制制度不健全，医保费用审核存在漏洞",
                "修订内部控制制度，实行医保费用初审、复审分离。",
                "医保经办中心",
                "2025年11月",
                "已完成",
                "done",
                False,
            ),
            (
                "廉政风险防控不到位，重点岗位人员未定期轮岗",
                "梳理重点岗位廉政风险点，制定轮岗交流计划。",
                "办公室",
                "2026年7月",
                "正在推进（轮岗交流计划已报局党组审定，待年度考核后实施）",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "基层党建方面",
        [
            (
                "机关党支部标准化建设不达标，党建工作与业务工作结合不紧",
                "对照支部标准化建设要求逐项整改，开展“党建+医保服务”品牌创建。",
                "机关党支部",
                "2025年9月",
                "已完成",
                "done",
                False,
            ),
        ],
    ),
]


def _cell(text: str, extra: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{escape(text)}</text:p></table:table-cell>'


def ningdu(path: Path) -> None:
    rows = [
        '<table:table-row><table:table-cell table:number-columns-spanned="7" office:value-type="string">'
        "<text:p>中共宁都县某局党组落实县委第二巡察组反馈意见整改情况台账</text:p></table:table-cell>"
        + "<table:covered-table-cell/>" * 6
        + "</table:table-row>",
        "<table:table-row>"
        + "".join(_cell(h) for h in ("序号", "问题类别", "存在问题", "整改措施", "责任单位", "整改时限", "完成情况"))
        + "</table:table-row>",
    ]
    n = 0
    for cls, problems in NINGDU:
        for k, (title, measures, unit, deadline, result, _, _) in enumerate(problems):
            n += 1
            if k == 0:
                span = f' table:number-rows-spanned="{len(problems)}"' if len(problems) > 1 else ""
                klass = _cell(cls, span)
            else:
                klass = "<table:covered-table-cell/>"
            rows.append(
                "<table:table-row>"
                + _cell(str(n))
                + klass
                + "".join(_cell(c) for c in (title, measures, unit, deadline, result))
                + "</table:table-row>"
            )
    rows.append(  # the empty rows LibreOffice writes down to the sheet's end
        '<table:table-row table:number-rows-repeated="1048560">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    table = (
        '<table:table table:name="整改台账"><table:table-column table:number-columns-repeated="7"/>'
        + "".join(rows)
        + "</table:table>"
    )
    body = "<office:spreadsheet>" + table + "</office:spreadsheet>"
    _odf(path, "application/vnd.oasis.opendocument.spreadsheet", body, "")


def gold() -> dict:
    def items(problems, prefix=""):
        return [[f"{prefix}{n}", title, status, pending] for n, (title, status, pending) in enumerate(problems, 1)]

    def nf(s: str) -> str:
        import unicodedata

        return unicodedata.normalize("NFKC", s)

    xy = [(nf(p[0]), p[3], p[4]) for _, ps in XIANGYIN for p in ps]
    jj = [(nf(p[0]), p[3], p[4]) for _, ps in JIUJIANG for p in ps]
    rs = [(nf(p[0]), p[2], p[3]) for _, ps in RENSHOU for p in ps]
    nd = [(nf(p[0]), p[5], p[6]) for _, ps in NINGDU for p in ps]
    return {
        "xiangyin": (items(xy), [a for a, ps in XIANGYIN for _ in ps]),
        "jiujiang": (items(jj), [a for a, ps in JIUJIANG for _ in ps]),
        "renshou": (items(rs, "问题"), [a for a, ps in RENSHOU for _ in ps]),
        "ningdu": (items(nd), [a for a, ps in NINGDU for _ in ps]),
    }


if __name__ == "__main__":
    xiangyin(HERE / FILES["xiangyin"])
    (HERE / FILES["jiujiang"]).write_bytes(jiujiang())
    (HERE / FILES["renshou"]).write_bytes(renshou())
    ningdu(HERE / FILES["ningdu"])
    print(json.dumps(gold(), ensure_ascii=False, indent=1))
