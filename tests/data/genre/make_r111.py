"""Build round 111's Word files (run once: `python tests/data/genre/make_r111.py`); the .docx files are committed.

Round 111 calibrates on ordinary notices as a body's office forwards them in Word: runs set in 仿宋_GB2312 with
黑体/楷体 for part and aspect headings, a 方正小标宋 title, first-line indents of two characters, Word's automatic
list numbering for some levels and typed numbers for others, an empty paragraph between parts, a page break before
the signature and the signature and date right-aligned. Bodies are named 某 (the problems are invented). Word's own
list numbering is built as round 96 builds it (make_r96.numbering / numbered).
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from make_r96 import numbered, numbering

HERE = Path(__file__).parent
FANGSONG, HEITI, KAITI, XIAOBIAOSONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"


def run(paragraph, text: str, font: str = FANGSONG, bold: bool = False, size: int = 16):  # type: ignore[no-untyped-def]
    """A run with its East Asian font set as Word sets it (rFonts eastAsia), 三号 (16 pt) by default."""
    r = paragraph.add_run(text)
    r.font.name = font
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def para(document, *runs: tuple[str, str, bool], indent: bool = True):  # type: ignore[no-untyped-def]
    """A paragraph of (text, font, bold) runs with a first-line indent of two characters."""
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)
    paragraph.paragraph_format.line_spacing = Pt(28)
    for text, font, bold in runs:
        run(paragraph, text, font, bold)
    return paragraph


def text(document, body: str, indent: bool = True):  # type: ignore[no-untyped-def]
    return para(document, (body, FANGSONG, False), indent=indent)


def field(document, label: str, body: str):  # type: ignore[no-untyped-def]
    return para(document, (label, HEITI, False), (body, FANGSONG, False))


def heading(document, body: str, font: str = HEITI):  # type: ignore[no-untyped-def]
    return para(document, (body, font, font == KAITI))


def gap(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph()


def title(document, body: str) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(paragraph, body, XIAOBIAOSONG, bold=True, size=22)
    gap(document)


def signature(document, name: str, date: str) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for line in (name, date):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(paragraph, line)


def contact(document, phone: str, post: str, mail: str) -> None:  # type: ignore[no-untyped-def]
    text(
        document,
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"
        f"联系电话：{phone}；邮政信箱：{post}；电子邮箱：{mail}。",
    )


# --- A: a city housing and urban-rural development bureau 党组: aspects by Word numbering, 问题N：typed, progress field
def ganzhou() -> None:
    document = docx.Document()
    title(document, "中共赣州市某局党组关于市委第二巡察组巡察反馈意见整改进展情况的通报")
    text(
        document,
        "根据市委统一部署，2024年3月25日至5月24日，市委第二巡察组对市某局党组开展了常规巡察，"
        "并于2024年7月12日向局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    )
    heading(document, "一、整改工作开展情况")
    text(
        document,
        "局党组坚持把巡察整改作为重大政治任务，切实扛起整改主体责任。一是加强组织领导。成立由党组书记任组长的巡察整改"
        "工作领导小组，先后召开党组会议、专题会议6次研究部署整改工作。二是压实整改责任。制定整改工作方案，建立问题、"
        "任务、责任“三张清单”，明确责任领导、责任科室和整改时限。三是强化督促检查。实行整改销号管理，对整改进度实行"
        "周调度、月通报，确保件件有着落、事事有回音。",
    )
    text(
        document,
        "截至目前，市委第二巡察组反馈的3个方面9个问题，已完成整改7个，正在推进整改2个；制定完善制度14项，"
        "追责问责3人，挽回经济损失26.8万元。",
    )
    gap(document)
    heading(document, "二、巡察反馈问题整改落实情况")
    aspects = numbering(document, [("chineseCounting", "（%1）")])
    number = 0
    for aspect, problems in (
        (
            "贯彻落实党的路线方针政策和党中央决策部署方面",
            [
                (
                    "保障性租赁住房项目建设进度滞后，部分项目未按期开工。",
                    "一是建立保障性租赁住房项目周调度机制，逐个项目明确开工节点；二是对未按期开工的4个项目逐一约谈建设单位。",
                    "已完成。4个项目均已开工建设，年度筹集任务全部完成。",
                ),
                (
                    "城镇老旧小区改造统筹不够，部分小区改造后长效管理机制未建立。",
                    "一是制定老旧小区改造后长效管理指导意见；二是推动改造小区成立业主委员会或引入物业服务。",
                    "正在推进。已有15个小区建立长效管理机制，剩余3个小区引入物业服务工作正在与所在街道对接中。",
                ),
                (
                    "房地产市场风险防范化解不够有力，个别问题楼盘处置进展缓慢。",
                    "一是建立问题楼盘“一盘一策”化解台账；二是会同有关部门推动项目复工复产，保障购房群众合法权益。",
                    "已完成，并长期坚持。2个问题楼盘均已复工并交付，风险监测预警机制常态运行。",
                ),
            ],
        ),
        (
            "落实全面从严治党战略部署方面",
            [
                (
                    "党组落实主体责任不够到位，对直属单位管党治党指导督促不够。",
                    "一是修订党组落实全面从严治党主体责任清单；二是党组成员分片联系直属单位，开展专项督导2轮。",
                    "已完成。党组与直属单位签订责任书8份，督导发现问题均已整改。",
                ),
                (
                    "建设工程招投标监管存在薄弱环节，个别项目评标专家抽取程序不规范。",
                    "一是开展招投标领域专项整治；二是启用远程异地评标系统，评标专家全部由系统随机抽取。",
                    "已完成。查处违规项目2个，对相关责任人进行了处理。",
                ),
                (
                    "落实中央八项规定精神不够严格，个别直属单位存在超标准接待问题。",
                    "一是开展公务接待专项检查；二是修订公务接待管理办法，实行“一事一单”审批。",
                    "已完成。追回违规费用1.2万元，对2名责任人进行了诫勉谈话。",
                ),
            ],
        ),
        (
            "落实新时代党的组织路线方面",
            [
                (
                    "干部队伍建设统筹谋划不够，专业技术干部梯队断层。",
                    "一是制定干部队伍建设三年规划；二是拟通过公开招聘补充城乡规划、建筑工程等专业技术人员。",
                    "正在推进。公开招聘方案已报市人社局审批，审批后组织实施。",
                ),
                (
                    "基层党组织建设存在短板，个别支部换届不及时。",
                    "一是全面排查支部换届情况；二是督促指导3个到期支部按程序完成换届。",
                    "已完成。3个支部均已完成换届选举。",
                ),
                (
                    "巡察、审计发现问题整改不彻底，部分问题整改未形成闭环。",
                    "一是对近三年巡察、审计发现问题开展“回头看”；二是建立整改销号台账，逐项对账销号。",
                    "已完成。梳理的26个问题已全部整改销号。",
                ),
            ],
        ),
    ):
        numbered(heading(document, aspect, KAITI), aspects)
        for problem, measures, progress in problems:
            number += 1
            para(document, (f"问题{number}：", HEITI, False), (problem, FANGSONG, True))
            field(document, "整改措施：", measures)
            field(document, "整改进展：", progress)
    gap(document)
    heading(document, "三、下一步工作打算")
    for point in (
        "（一）持续巩固整改成果。对已完成整改的问题适时开展“回头看”，坚决防止问题反弹回潮。",
        "（二）全力推进未完成事项整改。对正在推进的问题紧盯时间节点，确保按期整改到位。",
        "（三）建立健全长效机制。把巡察整改与推动住房和城乡建设事业高质量发展结合起来，以整改实效推动各项工作落实。",
    ):
        text(document, point)
    gap(document)
    contact(document, "0797-8123456", "赣州市章贡区某路1号市某局办公室（邮编341000）", "gzszjxc@example.cn")
    signature(document, "中共赣州市某局党组", "2024年11月20日")
    document.save(HERE / "r111_ganzhou_city_housing_bureau_docx_word_aspects_wenti_n_progress_field.docx")


# --- B: a county hospital of traditional Chinese medicine 党委: three levels, typed （一） aspects, groups by Word
# numbering, typed (1) problems restarting per group, the status in the last sentence of 整改情况 ---
def xinhua() -> None:
    document = docx.Document()
    title(document, "中共新化县某医院委员会关于县委巡察反馈意见整改情况的通报")
    text(
        document,
        "根据县委统一部署，2024年4月15日至6月14日，县委第三巡察组对县某医院党委进行了常规巡察。"
        "2024年8月2日，县委第三巡察组向院党委反馈了巡察意见。按照党务公开和巡察工作有关要求，现将整改情况予以公布。",
    )
    heading(document, "一、整改工作开展情况")
    text(
        document,
        "院党委高度重视巡察反馈意见整改工作，把整改作为检验“四个意识”的重要标尺。一是提高政治站位。院党委书记切实"
        "履行第一责任人职责，召开党委会专题研究整改工作5次。二是细化整改任务。对照反馈问题逐条制定整改措施，"
        "明确责任领导、责任科室和完成时限。三是坚持统筹推进。把巡察整改与医院高质量发展、医疗领域腐败问题集中整治结合起来，"
        "做到两手抓、两促进。",
    )
    text(
        document,
        "县委第三巡察组反馈的3个方面6个问题，细化为9个具体问题，已完成整改7个，正在整改2个；"
        "建立健全制度11项，约谈提醒12人次，退回医保基金18.6万元。",
    )
    gap(document)
    heading(document, "二、巡察反馈问题整改情况")
    groups = numbering(document, [("decimal", "%1.")])
    for aspect, kinds in (
        (
            "（一）党的领导和政治建设方面",
            [
                (
                    "落实党委领导下的院长负责制不够到位。",
                    [
                        (
                            "党委会议和院长办公会议议事范围界定不清，个别“三重一大”事项未经党委会研究。",
                            "修订党委会议、院长办公会议议事规则，明确议事清单32项；对近两年“三重一大”事项进行全面梳理，"
                            "补充履行决策程序2项。目前，该问题已整改完成。",
                        ),
                        (
                            "党委理论学习中心组学习制度执行不严格，学习计划落实不到位。",
                            "制定年度学习计划，建立学习档案和考勤制度，今年以来开展中心组集中学习9次。目前，该问题已整改完成。",
                        ),
                    ],
                ),
                (
                    "中医药特色优势发挥不够。",
                    [
                        (
                            "中医药特色专科建设滞后，重点专科数量少。",
                            "制定中医特色专科建设规划，重点扶持中医康复科、针灸推拿科建设。中医康复科省级重点专科申报材料"
                            "正在准备中。目前，该问题正在整改中。",
                        ),
                        (
                            "中药饮片质量管理不规范，个别饮片验收记录不全。",
                            "修订中药饮片采购验收管理制度，对全部供货企业资质进行复核，完善验收记录。目前，该问题已整改完成。",
                        ),
                    ],
                ),
            ],
        ),
        (
            "（二）全面从严治党方面",
            [
                (
                    "医疗领域腐败问题整治不够深入。",
                    [
                        (
                            "药品耗材采购监管存在漏洞，部分耗材未按规定通过平台采购。",
                            "开展药品耗材采购专项检查，对平台外采购的耗材全部清理，实行采购全流程监管。目前，该问题已整改完成。",
                        ),
                        (
                            "医保基金使用不规范，存在超标准收费、串换项目收费问题。",
                            "开展医保基金使用自查自纠，退回医保基金18.6万元，每月开展病历质控抽查。"
                            "目前，该问题已整改完成，并长期坚持。",
                        ),
                    ],
                ),
                (
                    "财务管理不规范。",
                    [
                        (
                            "公务接待和差旅费报销审核不严，个别报销凭证手续不全。",
                            "修订财务报销管理办法，对2023年以来的报销凭证逐笔复核，补齐手续18笔。目前，该问题已整改完成。",
                        ),
                    ],
                ),
            ],
        ),
        (
            "（三）干部队伍和基层党组织建设方面",
            [
                (
                    "人才队伍建设滞后。",
                    [
                        (
                            "中医药人才引进培养力度不够，高层次人才短缺。",
                            "制定中医药人才引进培养三年计划，选派8名骨干医师到省级医院进修。2025年人才引进计划已报县卫健局"
                            "审批。目前，该问题正在整改中。",
                        ),
                    ],
                ),
                (
                    "基层党组织建设薄弱。",
                    [
                        (
                            "党支部“三会一课”落实不到位，支部设置与临床科室结合不紧密。",
                            "按照“支部建在科室上”的要求调整党支部设置，由4个调整为6个，规范“三会一课”记录。"
                            "目前，该问题已整改完成。",
                        ),
                    ],
                ),
            ],
        ),
    ):
        heading(document, aspect, KAITI)
        for group, problems in kinds:
            numbered(para(document, (group, FANGSONG, True)), groups)
            for n, (problem, result) in enumerate(problems, 1):
                text(document, f"（{n}）{problem}")
                field(document, "整改情况：", result)
    gap(document)
    heading(document, "三、下一步工作打算")
    for point in (
        "1.坚持标准不降。对已完成整改的问题开展“回头看”，巩固整改成果。",
        "2.紧盯未完成事项。对正在整改的2个问题实行挂图作战，确保按时整改到位。",
        "3.健全长效机制。把巡察整改成果转化为推进医院治理的制度优势，不断提升群众就医获得感。",
    ):
        text(document, point)
    gap(document)
    contact(document, "0738-3512345", "新化县上梅街道某路某号县某医院党委办公室（邮编417600）", "xhzyydw@example.cn")
    signature(document, "中共新化县某医院委员会", "2024年12月6日")
    document.save(HERE / "r111_xinhua_county_tcm_hospital_docx_three_levels_word_groups_status_last_sentence.docx")


# --- C: a provincial university's school 党委: statuses in sections, problems by Word numbering running through ---
def college() -> None:
    document = docx.Document()
    title(document, "中共某大学土木工程学院委员会关于校党委巡察反馈意见整改进展情况的通报")
    text(
        document,
        "根据校党委巡察工作统一部署，2024年10月14日至11月29日，校党委第三巡察组对土木工程学院党委开展了巡察。"
        "2024年12月27日，巡察组向学院党委反馈了巡察意见。按照校党委巡察工作领导小组要求，现将巡察整改进展情况予以公布。",
    )
    heading(document, "一、整改工作开展情况")
    text(
        document,
        "学院党委坚决扛起巡察整改政治责任，坚持以上率下、真改实改。一是强化组织领导，成立由学院党委书记、院长任双组长的"
        "整改工作领导小组，召开专题会议4次研究推进整改工作。二是细化任务分工，制定整改方案和任务清单，逐项明确责任人和"
        "完成时限。三是注重建章立制，坚持边查边改、立行立改，推动整改成果制度化。",
    )
    text(
        document,
        "巡察反馈的4个方面10个问题，已完成整改8个、正在推进整改2个；修订完善制度9项，批评教育3人。",
    )
    gap(document)
    heading(document, "二、巡察反馈问题整改落实情况")
    problems = numbering(document, [("decimal", "%1.")])
    for section, items in (
        (
            "（一）已完成整改的问题",
            [
                (
                    "学院党委理论学习中心组学习制度执行不严格，专题研讨流于形式。",
                    "修订学院党委理论学习中心组学习制度，每次集体学习确定研讨主题和重点发言人，学习情况纳入年度考核。",
                ),
                (
                    "“三重一大”决策制度执行不规范，个别大额经费支出未经党政联席会议研究。",
                    "修订学院党政联席会议议事规则，明确“三重一大”事项清单，对相关经费支出补充履行集体决策程序。",
                ),
                (
                    "意识形态工作责任制落实不到位，对讲座论坛等阵地管理不严。",
                    "制定学院意识形态工作责任清单，严格执行讲座论坛“一会一报”审批制度，全面排查学院网站、公众号等阵地。",
                ),
                (
                    "学生党员发展质量把关不严，个别发展对象培养考察流于形式。",
                    "对近三年发展的学生党员材料逐一复查，补充完善材料12份，建立发展党员全程纪实制度。",
                ),
                (
                    "科研经费管理不规范，部分项目劳务费发放手续不全。",
                    "会同学校科研处、财务处开展科研经费专项检查，补齐劳务费发放手续23笔，组织科研经费管理培训2场。",
                ),
                (
                    "教职工党支部“双带头人”培育工程推进不力。",
                    "调整教职工党支部书记2名，实现教职工党支部书记“双带头人”全覆盖。",
                ),
            ],
        ),
        (
            "（二）已完成并需长期坚持的问题",
            [
                (
                    "师德师风建设长效机制不健全，师德考核结果运用不充分。",
                    "制定学院师德师风建设实施细则，将师德考核结果与职称评聘、评优评先直接挂钩，实行师德失范“一票否决”。",
                ),
                (
                    "落实中央八项规定精神有差距，公务接待审批不严格。",
                    "修订学院公务接待管理规定，实行接待事前审批、事后公示，每季度开展一次自查。",
                ),
            ],
        ),
        (
            "（三）正在推进整改的问题",
            [
                (
                    "学科建设和人才培养质量有待提升，土木工程专业认证整改任务推进缓慢。",
                    "制定专业认证持续改进工作方案，修订人才培养方案。专业认证中期整改报告已完成初稿，正在征求专家意见。",
                ),
                (
                    "实验室安全管理存在隐患，部分危险化学品台账不完整。",
                    "全面清查实验室危险化学品并重建台账，开展安全培训3场。危险化学品智能存储柜采购正在履行招标程序。",
                ),
            ],
        ),
    ):
        heading(document, section, KAITI)
        for problem, measures in items:
            numbered(para(document, (problem, FANGSONG, True)), problems)
            field(document, "整改措施：", measures)
    gap(document)
    heading(document, "三、下一步工作打算")
    for point in (
        "一是持续抓好未完成问题整改，对正在推进的事项加强跟踪督办，确保按期完成。",
        "二是巩固深化整改成果，对已完成的问题定期开展“回头看”，防止反弹回潮。",
        "三是强化成果运用，把巡察整改与学科建设、人才培养和学院事业发展紧密结合。",
    ):
        text(document, point)
    gap(document)
    contact(document, "0731-8861234", "某大学土木工程学院党委办公室", "tmxydw@example.cn")
    signature(document, "中共某大学土木工程学院委员会", "2025年4月18日")
    document.save(HERE / "r111_university_college_docx_status_sections_word_numbered_problems_measures_field.docx")


# --- D: a town 党委: typed （一） aspects, problems by Word numbering restarting per aspect, bracketed statuses ---
def longhui() -> None:
    document = docx.Document()
    title(document, "中共隆回县某镇委员会关于县委巡察反馈意见整改情况的通报")
    text(
        document,
        "根据县委统一部署，2024年9月9日至10月31日，县委第一巡察组对某镇党委开展了常规巡察，"
        "并于2024年12月10日向镇党委反馈了巡察意见。按照巡察工作有关要求，现将整改情况予以公布。",
    )
    heading(document, "一、整改工作开展情况")
    text(
        document,
        "镇党委把巡察整改作为重要政治任务来抓。一是加强领导，成立由镇党委书记任组长的整改工作领导小组，"
        "召开党委会议3次专题研究整改工作。二是压实责任，将反馈问题逐条分解到班子成员、站所和村（社区），"
        "实行清单化管理、销号式推进。三是强化督导，镇纪委对整改进度跟踪督办，确保整改取得实效。",
    )
    text(
        document,
        "对县委巡察组反馈的3个方面9个问题，镇党委已完成整改7个，正在推进2个；建立完善制度8项，"
        "给予党纪处分1人、诫勉谈话2人，追回违规发放资金3.2万元。",
    )
    gap(document)
    heading(document, "二、巡察反馈问题整改情况")
    for aspect, items in (
        (
            "（一）贯彻落实党的路线方针政策和上级决策部署方面",
            [
                (
                    "乡村振兴政策落实不够到位，部分产业帮扶项目效益不明显。",
                    "已完成",
                    "对全镇14个产业帮扶项目逐一评估，调整低效项目3个，建立联农带农利益联结机制。",
                ),
                (
                    "耕地保护责任落实不力，个别村存在违规占用耕地建房问题。",
                    "正在推进",
                    "开展违规占用耕地建房专项整治，已拆除复耕5处，剩余2处正在按程序报县自然资源局审批后依法处置。",
                ),
                (
                    "安全生产和自建房排查整治不彻底，部分隐患整改未闭环。",
                    "已完成",
                    "对全镇自建房和安全生产隐患开展“回头看”，发现的37处隐患全部整改销号。",
                ),
            ],
        ),
        (
            "（二）落实全面从严治党方面",
            [
                (
                    "镇党委主体责任落实不到位，对村级监督管理偏软。",
                    "已完成",
                    "制定镇党委落实主体责任清单，班子成员分片督导村级工作，开展村级监督检查2轮。",
                ),
                (
                    "村级财务管理不规范，个别村存在白条入账、大额现金支付问题。",
                    "已完成并长期坚持",
                    "开展村级财务专项审计，规范村级财务“村账镇管”，全面推行非现金支付。",
                ),
                (
                    "惠民惠农资金发放审核不严，存在重复发放情况。",
                    "已完成",
                    "对2022年以来惠民惠农资金发放情况全面核查，追回重复发放资金3.2万元，对相关责任人给予党纪处分1人。",
                ),
            ],
        ),
        (
            "（三）基层党组织建设方面",
            [
                (
                    "村党组织软弱涣散问题整顿不彻底，个别村“两委”班子战斗力不强。",
                    "已完成",
                    "对2个软弱涣散村党组织实行镇领导包村整顿，调整村“两委”成员2名，整顿工作已通过县委组织部验收。",
                ),
                (
                    "党员教育管理不严格，流动党员管理存在盲区。",
                    "已完成",
                    "建立流动党员信息台账，通过线上平台组织流动党员参加组织生活，全面落实党员积分管理。",
                ),
                (
                    "村级后备干部培养力度不够，后备力量储备不足。",
                    "正在推进",
                    "制定村级后备干部培养计划，已选定后备干部26名，第二批后备干部人选正在考察中。",
                ),
            ],
        ),
    ):
        heading(document, aspect, KAITI)
        problems = numbering(document, [("decimal", "%1.")])
        for problem, status, measures in items:
            numbered(para(document, (problem, FANGSONG, True), (f"（{status}）", FANGSONG, True)), problems)
            field(document, "整改措施：", measures)
    gap(document)
    heading(document, "三、下一步工作打算")
    for point in (
        "（一）持续跟踪问效，对已整改问题适时开展“回头看”，防止问题反弹。",
        "（二）紧盯未完成事项，实行挂图作战，确保剩余问题按期整改到位。",
        "（三）坚持标本兼治，以巡察整改推动乡村振兴和基层治理各项工作提质增效。",
    ):
        text(document, point)
    gap(document)
    contact(document, "0739-8212345", "隆回县某镇人民政府党政办公室（邮编422200）", "lhxmzdw@example.cn")
    signature(document, "中共隆回县某镇委员会", "2025年3月12日")
    document.save(HERE / "r111_longhui_town_docx_aspects_word_numbered_problems_bracket_status.docx")


if __name__ == "__main__":
    ganzhou()
    xinhua()
    college()
    longhui()
