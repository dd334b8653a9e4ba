"""Build round 134's notices and their gold (run once: `python tests/data/genre/make_r134.py`); the files are committed.

Round 134 imitates NOTICES READ BY OCR, part two: the text an OCR engine returns for a photo or a scan of the printed
page. Lines stop at the printed width (24–34 characters, a half-width digit half a character) and paragraphs are not
indented; the page's footer (— 3 —, 第3页 共8页) and the running head fall inside the text where the page breaks;
and the engine, mostly right, slips every few lines: 末完成 for 未完成, 己/巳 for 已, 完戍 for 完成, 推迸 for 推进,
长朗 for 长期, 惰况/清况 for 情况, a full-width digit among half-width ones, ：read as ∶ or ﹕, 、read as , or ˋ,
（一）read as (一) or （ 一 ）, 。read as ° or o, a line's first character lost at a fold, a table photographed and
read row by row (cells separated by spaces, a cell's text wrapped onto the next line). Four ordinary notices:
a township 党委 (湖南), a state-owned bank's county branch 党委 with its ledger photographed as a table (浙江), a county
bureau 党组 on education (安徽) and a city hospital 党委 whose problems stand under status sections (四川). Bodies are
named 某 (the problems are invented). The gold is what a careful reader takes from the page, slips as printed.
"""

# ruff: noqa: E501  (the gold's notes mix Chinese and English; ruff counts a Chinese character two columns)
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 134


def width(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def wrap(paragraph: str, cols: float) -> list[str]:
    """Cut a paragraph into printed lines of at most `cols` full-width cells, as the page sets it (no hyphenation:
    Chinese breaks anywhere; a closing mark does not start a line, it stays at the end of the line before)."""
    lines: list[str] = []
    line = ""
    for ch in paragraph:
        if width(line + ch) > cols and line and ch not in "，。、；：”）》％%°":
            lines.append(line)
            line = ""
        line += ch
    if line:
        lines.append(line)
    return lines


def pages(body: list[str], per_page: int, footer, head: str | None = None) -> list[str]:
    """Insert the page furniture the OCR reads with the text: after each `per_page` lines the footer (its page
    number), then the next page's running head."""
    out: list[str] = []
    number = 1
    for n, line in enumerate(body, 1):
        out.append(line)
        if n % per_page == 0 and n < len(body):
            out.append(footer(number))
            number += 1
            if head:
                out.append(head)
    out.append(footer(number))
    return out


def drop_first(lines: list[str], starts: str) -> None:
    """A line's first character lost at the fold of the page (the line starting with `starts` loses it)."""
    for n, line in enumerate(lines):
        if line.startswith(starts):
            lines[n] = line[1:]
            return
    raise ValueError(starts)


def title(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).strip()
    return t[:-1] if t.endswith(("。", "°", "o")) else t


def build(paragraphs: list[str], cols: float) -> list[str]:
    lines: list[str] = []
    for p in paragraphs:
        if p.startswith("="):  # a line set apart (title, heading, signature): not wrapped
            lines.append(p[1:])
        else:
            lines.extend(wrap(p, cols))
    return lines


# --- A: a township 党委 (隆回县, 湖南), a scan: no indentation, — N — footers, (一) aspects > N.<problem> > 整改情况：
# <measures>, the status in the last sentence of the paragraph (该问题已完成整改。…)
A_TEXT = [
    "=中共隆回县某镇委员会",
    "=关于县委巡察整改进展情况的通报",
    "根据县委统一部署，2024年3月18日至5月17日，县委第二巡察组对某镇党委开展了常规巡察。2024年6月21日，县委第二巡察组向某镇党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    "=一、整改工作组织情况",
    "镇党委高度重视巡察反馈问题整改工作，把巡察整改作为重大政治任务，成立了由党委书记任组长的巡察整改工作领导小组，召开专题会议研究部署，制定整改工作方案，逐条建立问题清单、任务清单和责任清单，明确责任领导、责任单位和整改时限，实行挂图作战、对账销号。",
    "=二、巡察反馈问题整改落实情况",
    "县委巡察组共反馈3个方面10个问题。截至2024年11月30日，已完成整改8个，正在推进整改2个。具体情况如下∶",
    "=(一)贯彻落实党的理论和路线方针政策及党中央决策部署方面",
    "1.学习贯彻习近平新时代中国特色社会主义思想不够深入，“第一议题”制度落实不到位。",
    "整改情况：镇党委将“第一议题”学习纳入党委会议固定议程，制定年度学习计划，2024年7月以来开展党委理论学习中心组集中学习6次，组织专题研讨2次。该问题已完戍整改。",
    "2.落实乡村振兴战略不够有力，村级集体经济发展缓慢，5个村集体经济年收入低于10万元。",
    "整改情况：制定村级集体经济发展三年行动方案，一村一策明确发展路径；已有2个村通过盘活闲置资产实现年收入超过10万元，其余3个村的光伏发电项目正在推迸建设中，预计2025年6月底前建成。该问题末完成整改。",
    "3.耕地保护和防止耕地“非粮化”工作存在短板，违法占用耕地问题整治不彻底。",
    "整改情况：对全镇耕地开展拉网式排查，整治违法占用耕地问题14处，复耕复垦62亩；建立镇村两级田长制巡查制度。该问题已完成整改，并长朗坚持。",
    "4.安全生产和防汛工作责任落实不到位，隐患排查流于形式。",
    "整改情况：修订安全生产责任清单，开展安全隐患大排查大整治行动3轮，整改隐患41处，对2名履职不力的站所负责人进行约谈°该问题已完成整改。",
    "=（ 二 ）落实全面从严治党战略部署方面",
    "5.镇党委履行主体责任不够到位，对党风廉政建设研究部署不多。",
    "整改情况：镇党委每季度专题研究党风廉政建设工作，制定主体责任清单和班子成员“一岗双责”清单，开展廉政谈话38人次。该问题已完成整改。",
    "6.惠民惠农资金监管不严，个别村存在优亲厚友现象。",
    "整改情况：对近三年低保、特困供养等惠民资金发放情况开展全面清查，取消不符合条件的低保对象7户，追回资金3.2万元，对2名村干部进行诫勉谈话。该问题己完成整改。",
    "7.财务管理不规范，部分报销凭证要件不全。",
    "整改情况：修订镇机关财务管理制度，对2023年以来的报销凭证逐笔核查，补齐要件凭证26份；实行“村账镇代管”季度审核，将长期坚持。该问题已完成整改，并长期坚持。",
    "=(三)落实新时代党的组织路线方面",
    "8.基层党组织建设存在薄弱环节，2个村党支部“三会一课”落实不规范。",
    "整改情况：对2个村党支部逐一指导整改，规范“三会一课”记录，镇党委班子成员包村联系指导，开展支部书记轮训1次。该问题已完成整改。",
    "9.干部队伍建设统筹谋划不够，村级后备力量培养不足。",
    "整改情况：建立村级后备力量人才库，已储备后备干部32名，其中35岁以下大专以上学历人员18名；后备干部“导师帮带”计划正在实施中，预计2025年换届前完成培养考察。该问题正在推进整改。",
    "10.巡察和审计反馈问题整改不彻底，个别问题整改流于表面。",
    "整改情况：对以往巡察、审计反馈的问题进行“回头看”，重新梳理问题清单，逐项整改销号，建立整改台账动态管理制度。该问题已完成整改。",
    "=三、下一步工作打算",
    "下一步，镇党委将持续巩固整改成果，对已完成整改的问题适时开展“回头看”，防止反弹回潮；对正在推进整改的问题，盯紧目标任务，确保按时整改到位；坚持举一反三，建立健全长效机制，以巡察整改成效推动全镇各项事业高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0739－8261034；邮政信箱：隆回县某镇人民政府党政办公室；电子邮箱：lhxmzdzb@163.com。",
    "=中共隆回县某镇委员会",
    "=2024年1２月6日",
]
A_ITEMS = [
    ("1", A_TEXT[8], "done", False, 0),
    ("2", A_TEXT[10], "in_progress", True, 0),
    ("3", A_TEXT[12], "done_longterm", False, 0),
    ("4", A_TEXT[14], "done", False, 0),
    ("5", A_TEXT[17], "done", False, 1),
    ("6", A_TEXT[19], "done", False, 1),
    ("7", A_TEXT[21], "done_longterm", False, 1),
    ("8", A_TEXT[24], "done", False, 2),
    ("9", A_TEXT[26], "in_progress", True, 2),
    ("10", A_TEXT[28], "done", False, 2),
]
A_ASPECTS = [A_TEXT[7][1:], A_TEXT[16][1:], A_TEXT[23][1:]]


def a_lines() -> list[str]:
    lines = build(A_TEXT, 28)
    lines = pages(lines, 26, lambda n: f"— {n} —")
    drop_first(lines, "面清查，取消")  # item 6's measures lose their line's first character at the fold
    return lines


# --- B: a bank's county branch 党委 (桐庐县, 浙江): prose, then its ledger photographed and read row by row: each
# printed line of the table one line, cells separated by a space; a wrapped cell's next lines hold the rest of the
# cells that wrap (the problem and the measures), top-aligned (序号 and 完成情况 on a row's first line)
B_HEAD = [
    "中共中国某银行桐庐县支行委员会",
    "关于巡察整改进展情况的通报",
    "根据市分行党委统一部署，2024年4月8日至5月24日，市分",
    "行党委第三巡察组对桐庐县支行党委开展了常规巡察。6月",
    "20日，巡察组向支行党委反馈了巡察意见。按照巡察工作",
    "有关要求，现将巡察整改进展情况通报如下。",
    "一、整改工作总体情况",
    "支行党委坚决扛起巡察整改主体责任，成立由党委书记任",
    "组长的整改工作领导小组，召开党委会专题研究整改工作",
    "4次，逐项制定整改措施，建立整改台账，实行销号管理o",
    "截至2024年10月15日，巡察反馈的3个方面9个问题，已完",
    "成整改7个，正在推进整改2个。",
    "二、巡察反馈问题整改落实情况",
    "— 1 —",
]
B_TABLE = [
    "序号 反馈问题 整改措施 完成情况",
    "(一)贯彻落实党中央决策部署和上级行党委工作要求方面",
    "1 落实上级行党委决策部署不 制定服务县域经济发展实施方 已完成",
    "够有力，服务县域经济发展 案，走访重点企业46家，新增",
    "主动性不强 对公贷款3.6亿元。",
    "2 普惠金融和乡村振兴金融服 在12个乡镇设立惠农服务点， 正在推迸",
    "务推进不够，涉农贷款增速 涉农贷款较年初增长8.2%；整",
    "低于全行平均水平 村授信工作正在推进，已完成",
    "38个行政村，计划2025年3月",
    "底前全覆盖。",
    "3 风险防控存在薄弱环节，部 对存量贷款开展贷后检查全覆 已完成并",
    "分贷款贷后管理不到位 盖，整改问题23个，修订贷后 长期坚持",
    "管理实施细则。",
    "(二)落实全面从严治党战略部署方面",
    "4 支行党委主体责任落实不够 制定党委主体责任清单，开展 己完成",
    "到位，对网点廉洁风险排查 网点廉洁风险排查2轮，排查",
    "不深入 风险点31个并逐一整改。",
    "5 违规操作问题屡查屡犯，部 开展柜面业务授权专项检查， 已完成",
    "— 2 —",
    "分网点柜面业务授权管理不 问责违规人员5人，将授权管理",
    "规范 纳入网点考核。",
    "6 落实中央八项规定精神不够 修订业务招待费管理办法，对 已完戍",
    "严格，业务招待费管理不规 2023年以来招待费用逐笔核查，",
    "范 清退不合规费用0.8万元。",
    "(三)落实新时代党的组织路线方面",
    "7 基层党支部建设不够规范， 开展支部标准化规范化建设， 已完成",
    "党建与业务融合不紧 打造“党建+网点”品牌2个。",
    "8 年轻干部培养使用力度不够， 选拔2名年轻干部充实网点负 推进中",
    "干部队伍年龄结构老化 责人岗位，年轻干部轮岗交流",
    "计划正在实施中。",
    "9 员工行为管理不到位，个别员 开展员工异常行为排查，建立 已完成",
    "工异常行为排查不及时 员工行为“黑名单”管理制度。",
]
B_TAIL = [
    "三、下一步工作打算",
    "支行党委将持续深化巡察整改，对已完成的整改事项适时",
    "开展“回头看”，巩固整改成果；对正在推进的整改事项，",
    "紧盯时间节点，确保整改到位；坚持标本兼治，建立健全",
    "长效机制，推动支行高质量发展。",
    "欢迎广大干部员工和社会各界对巡察整改落实情况进行监",
    "督。如有意见建议，请及时向我们反映°联系电话：0571－",
    "64213578；电子邮箱：tlzh_dw@163.com。",
    "中共中国某银行桐庐县支行委员会",
    "2024年10月28日",
    "— 3 —",
]
B_ITEMS = [
    ("1", "落实上级行党委决策部署不够有力，服务县域经济发展主动性不强", "done", False, 0),
    ("2", "普惠金融和乡村振兴金融服务推进不够，涉农贷款增速低于全行平均水平", "in_progress", True, 0),
    ("3", "风险防控存在薄弱环节，部分贷款贷后管理不到位", "done_longterm", False, 0),
    ("4", "支行党委主体责任落实不够到位，对网点廉洁风险排查不深入", "done", False, 1),
    ("5", "违规操作问题屡查屡犯，部分网点柜面业务授权管理不规范", "done", False, 1),
    ("6", "落实中央八项规定精神不够严格，业务招待费管理不规范", "done", False, 1),
    ("7", "基层党支部建设不够规范，党建与业务融合不紧", "done", False, 2),
    ("8", "年轻干部培养使用力度不够，干部队伍年龄结构老化", "in_progress", True, 2),
    ("9", "员工行为管理不到位，个别员工异常行为排查不及时", "done", False, 2),
]
B_ASPECTS = [B_TABLE[1], B_TABLE[13], B_TABLE[24]]

# --- C: a county bureau 党组 on education (岳西县, 安徽), a photo: 第N页 共M页 footers and the running head, （ 一 ）
# aspects read with spaces, N.<problem>。 > 整改惰况/情况：<measures> > 完成情况：<status> (two problems have no
# 完成情况 line: unstated); the counts only 3个方面11个问题 (no completed count)
C_HEAD = "岳西县某局党组关于巡察整改进展情况的通报"
C_TEXT = [
    "=中共岳西县某局党组",
    "=关于县委巡察整改进展情况的通报",
    "按照县委统一部署，2024年9月2日至1０月31日，县委第四巡察组对县某局党组开展了常规巡察，并于2024年12月10日反馈了巡察意见。根据巡察工作有关规定，现将巡察整改进展情况予以公布。",
    "=一、提高政治站位，扎实推进整改",
    "局党组坚持把巡察整改作为重大政治任务，党组书记履行第一责任人职责，成立整改工作领导小组，制定整改方案，对巡察反馈的3个方面11个问题逐项制定整改措施，明确责任领导、责任股室和完成时限，坚持立行立改、真改实改。",
    "=二、巡察反馈问题整改情况",
    "=（ 一 ）贯彻落实党的教育方针和上级决策部署方面",
    "1.落实立德树人根本任务不够到位，思政课教师队伍配备不足。",
    "整改惰况：制定加强思政课教师队伍建设实施方案，通过公开招聘、转岗培训等方式补充思政课专职教师21名，全县中小学思政课教师配备达到规定比例。",
    "完成情况∶已完成。",
    "2.落实“双减”政策不够有力，校外培训机构监管存在盲区。",
    "整改情况：联合市场监管、公安等部门开展校外培训机构专项治理，查处无证办学机构9家，建立常态化巡查和举报奖励机制。",
    "完成情况：已完成，并长期坚持o",
    "3.义务教育优质均衡发展推进缓慢，城区学校大班额问题仍然存在。",
    "整改情况：城区新建小学1所已投入使用，消除大班额18个；另1所初中正在建设中，预计2025年9月投入使用。",
    "完成情况：末完成，正在推迸。",
    "4.学前教育普惠资源不足，农村幼儿园保教质量不高。",
    "整改情况：新建改扩建农村公办幼儿园6所，新增普惠性学位540个，开展城乡幼儿园结对帮扶，组织农村幼儿教师全员培训。",
    "=（ 二 ）落实全面从严治党战略部署方面",
    "5.党组主体责任落实不够到位，对局属学校监督管理偏松。",
    "整改清况：制定党组落实全面从严治党主体责任清单，建立局属学校校长述责述廉制度，开展廉政谈话62人次。",
    "完成情况﹕己完成。",
    "6.教育收费管理不规范，个别学校存在违规收费问题。",
    "整改情况：开展教育收费专项检查，清退违规收取的资料费、服务费等共计12.6万元，对3名责任人进行问责。",
    "完成情况：已完成。",
    "7.学生营养改善计划资金监管不严，食堂采购程序不规范。",
    "整改情况：修订学校食堂大宗食材采购管理办法，全面推行集中招标采购，营养改善计划资金实行专账核算。",
    "完成情况：已完成。",
    "8.校舍建设项目管理不规范，个别项目未按规定履行变更手续。",
    "整改情况：对2022年以来校舍建设项目开展全面排查，已补办变更手续3项，剩余2项正在办理审批中。",
    "完成情况：正在推进。",
    "=（ 三 ）落实新时代党的组织路线和巡察整改方面",
    "9.基层学校党组织建设薄弱，党建和业务“两张皮”。",
    "整改情况：全面推行中小学校党组织领导的校长负责制，开展“一校一品”党建品牌创建，评选示范校党组织10个。",
    "完成情况：已完成整改。",
    "10.教师队伍结构性矛盾突出，农村学校音体美教师短缺。",
    "整改情况：2025年已招聘音体美教师26名，正在开展县域内教师交流轮岗，计划2025年秋季学期前完成第二批交流。",
    "完成情况：正在推进整改。",
    "11.以往巡察和审计发现问题整改不到位。",
    "整改情况：对以往巡察、审计发现的问题逐项对账，建立问题整改台账，实行整改销号管理，将整改情况纳入年度考核。",
    "=三、下一步工作打算",
    "局党组将持续压实整改责任，对已完成的整改任务巩固提升，对需要长期坚持的整改任务常抓不懈，对尚未完成的整改任务紧盯不放，确保全部整改到位。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0556－2171035；通信地址：岳西县天堂镇某局党组办公室（邮编246600）。",
    "=中共岳西县某局党组",
    "=2025年4月15日",
]
C_ITEMS = [
    ("1", C_TEXT[7], "done", False, 0),
    ("2", C_TEXT[10], "done_longterm", False, 0),
    ("3", C_TEXT[13], "in_progress", True, 0),
    ("4", C_TEXT[16], "unstated", False, 0),
    ("5", C_TEXT[19], "done", False, 1),
    ("6", C_TEXT[22], "done", False, 1),
    ("7", C_TEXT[25], "done", False, 1),
    ("8", C_TEXT[28], "in_progress", True, 1),
    ("9", C_TEXT[32], "done", False, 2),
    ("10", C_TEXT[35], "in_progress", True, 2),
    ("11", C_TEXT[38], "unstated", False, 2),
]
C_ASPECTS = [C_TEXT[6][1:], C_TEXT[18][1:], C_TEXT[31][1:]]


def c_lines() -> list[str]:
    lines = build(C_TEXT, 26)
    total = (len(lines) + 27) // 28
    lines = pages(lines, 28, lambda n: f"第{n}页 共{total}页", C_HEAD)
    return lines


# --- D: a city 中医院 党委 (遂宁市, 四川), a scan: no footers but the running head, the problems under status sections
# （一）已完成整改的问题（7个）/（二）…并长期坚持的问题/（三）正在推进整改的问题, numbered through, 整改措施：<measures>
D_HEAD = "遂宁市某医院党委巡察整改进展情况通报"
D_TEXT = [
    "=中共遂宁市某医院委员会",
    "=关于市委巡察整改进展情况的通报",
    "根据市委统一部署，2024年10月14日至12月13日，市委第五巡察组对市某医院党委开展了常规巡察。2025年1月17日，市委第五巡察组向医院党委反馈了巡察意见。按照有关要求，现将巡察整改进展情况公布如下。",
    "=一、整改工作开展情况",
    "医院党委把巡察整改作为重大政治任务，成立以党委书记为组长的整改工作领导小组，召开党委会专题研究部署，制定整改方案，形成问题、任务、责任“三张清单”，党委书记带头领题督办，班子成员分工负责、一抓到底。",
    "=二、整改任务落实情况",
    "市委第五巡察组反馈的4个方面11个问题，截至2025年3月31日，已完成整改9个（其中需长期坚持2个），正在推进整改2个。",
    "=（一）己完成整改的问题（7个）",
    "1.学习贯彻党的二十大精神不够深入，理论学习与医院中心工作结合不紧。",
    "整改措施：修订党委理论学习中心组学习制度，每月开展专题学习，结合中医药传承创新发展开展研讨4次。",
    "2.中医药特色优势发挥不充分，中医特色专科建设滞后。",
    "整改措施：制定中医特色专科建设规划，新建针灸推拿、治未病2个特色专科，中医非药物疗法使用率提高到41%。",
    "3.公立医院党委领导下的院长负责制执行不到位，“三重一大”事项决策程序不规范。",
    "整改措施：修订党委会和院长办公会议事规则，明确“三重一大”事项清单，规范决策程序，实行议题合法性审查。",
    "4.医疗服务质量管理存在短板，病历书写不规范ˋ核心制度落实不严。",
    "整改措施：开展医疗质量安全专项整治，每月抽查运行病历和终末病历，对18名医师进行通报和绩效扣罚。",
    "5.药品耗材采购管理不规范，部分耗材未按规定集中采购。",
    "整改措施：全面清理耗材采购目录，将62种耗材纳入集中带量采购，建立耗材使用监测预警机制。",
    "6.医德医风建设抓得不实，收受“红包”“回扣”问题时有发生。",
    "整改措施：开展医德医风专项整治，签订廉洁行医承诺书1260份，设立举报箱和举报电话，查处违规人员3人。",
    "7.财务管理制度执行不严，个别科室存在违规收费问题。",
    "整改措施：开展收费专项自查，清退违规收费4.3万元，上线智能审核系统，实行收费事前提醒。",
    "=（二）已完成整改并需长朗坚持的问题（2个）",
    "8.医保基金使用监管不到位，存在过度检查，重复收费问题。",
    "整改措施：建立医保基金使用内部稽核制度，每季度开展自查自纠，退回违规使用医保基金9.7万元。",
    "9.意识形态工作责任制落实不到位，院内宣传阵地管理不严。",
    "整改措施：修订意识形态工作责任制实施细则，对院内宣传栏、电子屏和新媒体平台实行“三审三校”。",
    "=（三）正在推迸整改的问题（2个）",
    "10.人才队伍建设滞后，高层次中医药人才引进培养不足。",
    "整改措施：制定中医药人才引进培养三年计划，已引进博士研究生2名，与成都中医药大学合作的师承培养项目正在推进中，计划2025年底前完成首批遴选。",
    "11.基层党支部“双带头人”培育不够，党建与业务融合不深。",
    "整改措施：已有9个临床医技科室党支部书记由“双带头人”担任，其余4个党支部正在物色人选，计划2025年6月底前全面配齐。",
    "=三、下一步工作打算",
    "医院党委将持续抓好巡察整改工作，对已完成的整改事项加强跟踪问效，防止问题反弹；对正在推进的整改事项，挂图作战、倒排工期，确保按期完成；深化以案促改，推动医院高质量发展。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0825－2263417；电子邮箱：snszyydb@163.com。",
    "=中共遂宁市某医院委员会",
    "=2025年4月8日",
]
D_SECTIONS = [D_TEXT[7][1:], D_TEXT[22][1:], D_TEXT[27][1:]]
D_ITEMS = [
    ("1", D_TEXT[8], "done", False, 0),
    ("2", D_TEXT[10], "done", False, 0),
    ("3", D_TEXT[12], "done", False, 0),
    ("4", D_TEXT[14], "done", False, 0),
    ("5", D_TEXT[16], "done", False, 0),
    ("6", D_TEXT[18], "done", False, 0),
    ("7", D_TEXT[20], "done", False, 0),
    ("8", D_TEXT[23], "done_longterm", False, 1),
    ("9", D_TEXT[25], "done_longterm", False, 1),
    ("10", D_TEXT[28], "in_progress", True, 2),
    ("11", D_TEXT[30], "in_progress", True, 2),
]


def d_lines() -> list[str]:
    lines = build(D_TEXT, 32)
    out: list[str] = []
    for n, line in enumerate(lines, 1):
        out.append(line)
        if n % 30 == 0 and n < len(lines):
            out.append(D_HEAD)  # the next page's running head (the scan's footer, a bare page number, is cropped)
    drop_first(out, "与成都中医药")  # item 10's measures lose their line's first character at the fold
    return out


def strip_label(line: str) -> str:
    return title(line.split(".", 1)[1])


FILES = {
    "A": "r134_longhui_township_party_committee_ocr_scan_dash_page_numbers_status_last_sentence.txt",
    "B": "r134_tonglu_bank_county_branch_ocr_photo_table_read_row_by_row_cells_wrapped.txt",
    "C": "r134_yuexi_county_bureau_education_ocr_photo_page_of_pages_running_head_spaced_brackets_unstated.txt",
    "D": "r134_suining_city_tcm_hospital_ocr_scan_running_head_status_sections_slips_in_headings.txt",
}


LAYOUT = "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), "


def items(rows: list[tuple[str, str, str, bool, int]], from_text: bool) -> list[list[object]]:
    return [
        [label, strip_label(text) if from_text else title(text), status, pending]
        for label, text, status, pending, _ in rows
    ]


def gold() -> dict[str, object]:
    a_aspects = [title(A_ASPECTS[n]) for *_, n in A_ITEMS]
    c_aspects = [title(C_ASPECTS[n]) for *_, n in C_ITEMS]
    b_aspects = [title(B_ASPECTS[n]) for *_, n in B_ITEMS]
    notices = [
        {
            "file": FILES["A"],
            "layout": LAYOUT
            + "as the text an OCR engine returns for a scan of the printed notice of a township 党委 (named 隆回县某镇 as "
            "the brief asks) on a 县委巡察: every printed line one line (28 characters, no indentation, a closing 。 or ， "
            "hanging at a line's end), the page footers — 1 — … — 3 — between lines wherever the page breaks (inside a "
            "paragraph), title in two lines 中共…委员会 / 关于县委巡察整改进展情况的通报, an opening with team, dates and "
            "feedback date, 一、 work paragraph, 二、 with the counts (3个方面10个问题 … 已完成整改8个，正在推进整改2个), "
            "(一)/（ 二 ）/(三) aspects > N.<problem>。 wrapped > 整改情况：<measures>, the status in the paragraph's last "
            "sentence (该问题已完成整改。/…，并长期坚持。/该问题正在推进整改。/该问题未完成整改。), 三、下一步工作打算, "
            "contact, signature and date; the slips: 已完戍, 末完成 (未完成), 推迸, 长朗坚持, 己完成, ∶ for ：, ° for 。 "
            "(at the end of the line before item 4's status sentence), （ 二 ） with spaces, a full-width ２ in the signed date, item 6's "
            "measures losing a line's first character at the fold",
            "agency": "隆回县某镇委员会",
            "region": "隆回县",
            "province": "湖南省",
            "prefecture": "邵阳市",
            "team": "县委第二巡察组",
            "period": ["2024-03-18", "2024-05-17"],
            "feedback": "2024-06-21",
            "signed": "2024-12-06",
            "claimed": {"aspects": 3, "problems": 10, "completed": 8, "in_progress": 2},
            "items": items(A_ITEMS, True),
            "aspects": a_aspects,
            "sources": ["item"] * len(A_ITEMS),
            "issuer": "中共隆回县某镇委员会",
            "warnings": [],
            "notes": {
                "agency": "the title's organisation without 中共 (the gold README): 隆回县某镇委员会",
                "title": "the N. line up to its 。, joined over the printed lines it wraps on",
                "status": "the paragraph's last sentence: 已完戍整改 is 已完成整改 misread (done); 末完成整改 is 未完成整改 misread, "
                "a negation (in progress, with 正在推迸建设中 before it); 已完成整改，并长朗坚持 is 长期坚持 (done_longterm); "
                "己完成整改 done; item 4's status sentence follows a ° read for 。",
                "pending": "item 2: 光伏发电项目正在推进建设中; item 9: 导师帮带计划正在实施中, 预计…完成培养考察",
                "claimed": "3个方面10个问题; 已完成整改8个 (6 done + 2 kept up), 正在推进整改2个",
                "header": "the — N — footers are the page's, not the notice's; the signed date's full-width ２ is a digit",
            },
        },
        {
            "file": FILES["B"],
            "layout": LAYOUT
            + "as the text an OCR engine returns for a photo of the printed notice of a state-owned bank's county branch "
            "党委 (named 中国某银行桐庐县支行 as the brief asks) on the 市分行党委's 巡察: prose lines of 27 characters "
            "(the team split over two lines: 市分 / 行党委第三巡察组; the feedback date's year left out), the counts "
            "(3个方面9个问题，已完成整改7个，正在推进整改2个), then the ledger photographed and read row by row: a header "
            "row 序号 反馈问题 整改措施 完成情况, full-width aspect rows (一)…方面, each table line one line with its cells "
            "separated by one space, top-aligned (序号 and 完成情况 on a row's first line), the problem and measures cells "
            "wrapped onto the next lines (a continuation line holds the rest of the problem, then the rest of the measures; "
            "once the problem cell ends, the measures alone), one status cell wrapped (已完成并 / 长期坚持), the page "
            "footer — 2 — inside row 5; slips: 正在推迸, 己完成, 已完戍, ° for 。 and o for 。 in the prose",
            "agency": "中国某银行桐庐县支行委员会",
            "region": "桐庐县",
            "province": "浙江省",
            "prefecture": "杭州市",
            "team": "市分行党委第三巡察组",
            "period": ["2024-04-08", "2024-05-24"],
            "feedback": "2024-06-20",
            "signed": "2024-10-28",
            "claimed": {"aspects": 3, "problems": 9, "completed": 7, "in_progress": 2},
            "items": items(B_ITEMS, False),
            "aspects": b_aspects,
            "sources": ["item"] * len(B_ITEMS),
            "issuer": "中共中国某银行桐庐县支行委员会",
            "warnings": [],
            "notes": {
                "agency": "the title's organisation without 中共 (the gold README)",
                "team": "as written: 市分行党委第三巡察组 (its two halves on two lines)",
                "feedback": "6月20日, the year taken from the nearest earlier date (the gold README)",
                "title": "the 反馈问题 cell: the first chunk of the row's first line after 序号, then the first chunk of each "
                "continuation line while the cell runs (a cell ends where its line holds the measures alone)",
                "aspects": "the full-width rows (一)…方面 between the rows",
                "status": "the 完成情况 cell: 已完成/己完成/已完戍 done, 已完成并长期坚持 (wrapped) done_longterm, 正在推迸/推进中 "
                "in progress",
                "pending": "item 2: 整村授信工作正在推进, 计划…全覆盖; item 8: 轮岗交流计划正在实施中",
                "claimed": "3个方面9个问题; 已完成整改7个 (6 done + 1 kept up), 正在推进整改2个",
            },
        },
        {
            "file": FILES["C"],
            "layout": LAYOUT
            + "as the text an OCR engine returns for a photo of the printed notice of a county bureau 党组 on education "
            "(named 岳西县某局党组 as the brief asks) on a 县委巡察: lines of 26 characters without indentation, each page's "
            "footer 第N页 共3页 then the next page's running head (岳西县某局党组关于巡察整改进展情况的通报) inside the text, "
            "the opening's end date with a full-width ０ (1０月31日), only 3个方面11个问题 counted (no completed count), "
            "（ 一 ） aspects read with spaces > N.<problem>。 wrapped > 整改情况：<measures> > 完成情况：<status>; two problems "
            "(4, 11) have no 完成情况 line (unstated); slips: 整改惰况/整改清况, ∶ and ﹕ for ：, 己完成, 末完成 (未完成), "
            "推迸, o for 。",
            "agency": "岳西县某局党组",
            "region": "岳西县",
            "province": "安徽省",
            "prefecture": "安庆市",
            "team": "县委第四巡察组",
            "period": ["2024-09-02", "2024-10-31"],
            "feedback": "2024-12-10",
            "signed": "2025-04-15",
            "claimed": {"aspects": 3, "problems": 11, "completed": None, "in_progress": None},
            "items": items(C_ITEMS, True),
            "aspects": c_aspects,
            "sources": ["none" if status == "unstated" else "item" for _, _, status, _, _ in C_ITEMS],
            "issuer": "中共岳西县某局党组",
            "warnings": [],
            "notes": {
                "status": "the 完成情况 line: 已完成 / 己完成 (misread, after ﹕) / 已完成整改 done, 已完成，并长期坚持 done_longterm, "
                "末完成，正在推迸 (未完成 misread, a negation) / 正在推进 / 正在推进整改 in progress; items 4 and 11 have no "
                "完成情况 line and no marker in their text: unstated, source none",
                "pending": "item 3: 另1所初中正在建设中; item 8: 剩余2项正在办理审批中; item 10: 正在开展…交流轮岗，计划…完成第二批",
                "claimed": "3个方面11个问题 only; no completed or in-progress count is printed",
                "header": "1０月31日 (a full-width ０) is 10月31日; the 第N页 共3页 footers and running heads are the page's",
            },
        },
        {
            "file": FILES["D"],
            "layout": LAYOUT
            + "as the text an OCR engine returns for a scan of the printed notice of a city 中医院 党委 (named 遂宁市某医院 as "
            "the brief asks) on a 市委巡察: lines of 32 characters without indentation, the running head "
            "(遂宁市某医院党委巡察整改进展情况通报) at the top of page 2 (the footer cropped), the counts (4个方面11个问题 … "
            "已完成整改9个（其中需长期坚持2个），正在推进整改2个), the problems under status sections, numbered through: "
            "（一）己完成整改的问题（7个） / （二）已完成整改并需长朗坚持的问题（2个） / （三）正在推迸整改的问题（2个）, the "
            "slips in the section headings themselves, N.<problem>。 > 整改措施：<measures> (no status on the items); a "
            "、 read as ˋ in item 4's title and as ， in item 8's, item 10's measures losing a line's first character",
            "agency": "遂宁市某医院委员会",
            "region": "遂宁市",
            "province": "四川省",
            "prefecture": "遂宁市",
            "team": "市委第五巡察组",
            "period": ["2024-10-14", "2024-12-13"],
            "feedback": "2025-01-17",
            "signed": "2025-04-08",
            "claimed": {"aspects": 4, "problems": 11, "completed": 9, "in_progress": 2},
            "items": items(D_ITEMS, True),
            "aspects": [None] * len(D_ITEMS),
            "sources": ["section"] * len(D_ITEMS),
            "issuer": "中共遂宁市某医院委员会",
            "warnings": [],
            "notes": {
                "aspects": "no aspect: the （一）（二）（三） headings are status sections (r106/r108 convention); the 4 aspects "
                "claimed are not printed",
                "status": "the section heading, source section: 己完成整改的问题 done, 已完成整改并需长朗坚持 (长期 misread) "
                "done_longterm, 正在推迸整改 (推进 misread) in progress",
                "title": "as printed: item 4's ˋ (an OCR'd 、) is kept, it is a letter to NFKC; item 8's ， read for 、 is punctuation",
                "pending": "item 10: 师承培养项目正在推进中; item 11: 其余4个党支部正在物色人选",
                "claimed": "4个方面11个问题; 已完成整改9个 (其中需长期坚持2个), 正在推进整改2个",
            },
        },
    ]
    return {
        "round": ROUND,
        "about": "",
        "first_reading": "",
        "notices": notices,
    }


def main() -> None:
    texts = {
        "A": a_lines(),
        "B": B_HEAD + B_TABLE + B_TAIL,
        "C": c_lines(),
        "D": d_lines(),
    }
    for key, lines in texts.items():
        (HERE / FILES[key]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = HERE / "rounds" / f"r{ROUND}.json"
    data = gold()
    if path.exists():  # the round's prose (about, first_reading) and any gap are written by hand: keep them
        old = json.loads(path.read_text(encoding="utf-8"))
        data["about"], data["first_reading"] = old["about"], old["first_reading"]
        for new, was in zip(data["notices"], old["notices"], strict=True):  # type: ignore[call-overload]
            for key in ("gap", "items_gap"):
                if key in was:
                    new[key] = was[key]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
