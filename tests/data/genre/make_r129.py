"""Build round 129's notices and their gold (run once: `python tests/data/genre/make_r129.py`); the files are committed.

Round 129 imitates NOTICES READ BY OCR from photos and scans: what the bot gets when a user sends a photo of a printed
notice or a scanned PDF. Each text is as an OCR engine returns it: lines at the printed width, no blank lines, the
page's number and its 文号 inside the text, and the engines' typical slips (己/已, 末/未, 曰/日, 〇 as O or 0, 一 lost,
1 as l, （ as ( or C, ： as : or ;, 。 lost or read . at a line's end, a space inside a word, a status word split across
lines, the contact and signature columns of a photographed page interleaved, a stamp's characters spilled as a garbled
short line). The slips are placed by hand where they matter (labels, statuses, dates, claims, headings) and, in the
rectification text only, drawn from a seeded generator at about one every three lines (an engine that is mostly right).
Bodies are named 某 (the problems are invented). The gold is what the clean printed notice says (r126's convention).
"""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 129
BREAK = "¦"  # a line break the printed page puts there (a word split across lines)
CLOSERS = "，。、；：？！）》”’,.;:)"
OPENERS = "“‘《（("


# The marks an OCR reads in half-width for the full-width ones the page prints (： ； ， （ ） and C for （), and the
# quotation marks a Chinese font prints full-width: each takes a full character's room on the page.
_PRINTED_FULL = frozenset(":;,()C“”‘’")


def _width(text: str) -> float:
    """The room a line's text takes on the printed page, where the OCR's reading differs from the print: a slipped
    mark as the full-width one printed, a space the OCR put inside a word none, a . read for 。 after a Chinese
    character a full one; other Latin letters and digits half a character."""
    size = 0.0
    before = ""
    for c in text:
        if c == " ":
            pass
        elif c in _PRINTED_FULL or (c == "." and before >= "\u2e80") or c >= "\u2e80":
            size += 1.0
        else:
            size += 0.5
        before = c
    return size


def wrap(paragraph: str, width: int) -> list[str]:
    """The printed lines of one paragraph as the OCR returns them: the first indented by two characters (which the
    OCR drops), full lines of `width` as printed, a closing mark never starting a line (it stays at the end of the
    line before, as Chinese typesetting puts it), a run of Latin letters and digits never broken, a ¦ ending a line
    where the page broke it."""
    lines: list[str] = []
    indent = 2.0
    for part in paragraph.split(BREAK):
        line = ""
        for ch in re.findall(r"[A-Za-z0-9.%@:-]+|.", part):
            if indent + _width(line + ch) > width and not (ch in CLOSERS and line):
                carried = line[-1] if line[-1] in OPENERS else ""  # an opening mark never ends a line
                lines.append(line[: len(line) - len(carried)].strip())
                line, indent = carried, 0.0
            line += ch
        lines.append(line.strip())
        indent = 0.0
    return lines


def slip_measures(text: str, rng: random.Random) -> str:
    """The OCR's slips in running rectification text, about one every three lines."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        r = rng.random()
        if text.startswith("进一步", i) and r < 0.5:
            out.append("进步")  # 一 lost
            i += 3
            continue
        if ch == "已" and r < 0.25:
            out.append("己")
        elif ch == "未" and r < 0.4:
            out.append("末")
        elif ch == "日" and r < 0.3:
            out.append("曰")
        elif ch == "，" and r < 0.05:
            out.append(",")
        elif ch == "。" and r < 0.08:
            out.append(".")
        elif ch == "：" and r < 0.3:
            out.append(":")
        elif ch == "（" and r < 0.4:
            out.append("(")
        elif ch == "）" and r < 0.4:
            out.append(")")
        elif "\u4e00" <= ch <= "\u9fff" and r < 0.006 and i + 1 < len(text) and "\u4e00" <= text[i + 1] <= "\u9fff":
            out.append(ch + " ")  # a space inside a word
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def page(lines: list[str], breaks: list[int], number, head: str | None, rng: random.Random) -> list[str]:
    """The page furniture the OCR reads inside the text: at every page's foot its number, at the next page's top the
    running 文号; a line ending in 。 loses it now and then (the mark is faint at the right margin)."""
    out: list[str] = []
    n = 1
    for k, line in enumerate(lines, 1):
        if line.endswith("。") and rng.random() < 0.12:
            line = line[:-1]
        out.append(line)
        if k in breaks:
            n += 1
            out.append(number(n - 1))
            if head:
                out.append(head)
    return out


def build(parts: list[tuple[str, str]], width: int, breaks: list[int], number, head: str | None, seed: int) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    for kind, text in parts:
        if kind == "raw":  # lines as the page holds them (title, interleaved columns, stamp)
            lines.extend(text.split("\n"))
            continue
        if kind == "m":
            text = slip_measures(text, rng)
        lines.extend(wrap(text, width))
    return "\n".join(page(lines, breaks, number, head, rng)) + "\n"


def clean_title(title: str) -> str:
    return unicodedata.normalize("NFKC", title.replace(" ", "")).rstrip("。")


# --- A: a county 政府办 党组 (湖北 竹山县): (一)…方面 > 1.<problem>。 > 整改措施：一是…; > 整改进展：<status>。
# Each item: printed label, clean label, printed title, clean title or None (= printed), measures, progress, gold.
ZHUSHAN = [
    (
        "（一）贯彻落实党的路线方针政策和县委决策部署方面",
        [
            (
                "l.",
                "1",
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习中心组学习存在以读代学现象。",
                "一是修订党组理论学习中心组学习制度，明确每季度开展专题研讨不少于1次；二是建立领导干部学习笔记季度检查制度，已检查2次；三是组织开展读书班2期，参训干部86人次。",
                "整改进展：己完成。",
                "done",
                False,
            ),
            (
                "2.",
                "2",
                "服务县政府中心工作统筹协调不够，督查督办事项办结率不高。",
                "一是建立县政府重点工作督查督办台账，实行周调度、月通报；二是对未按期办结的事项进行跟踪督办，督办事项办结率由78%提升至96%。",
                "整改进展：已完成整改，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "3.",
                "3",
                "政务公开工作不规范，部分政府信息公开不及时、不全面。",
                "一是对2023年以来的政府信息公开情况进行全面梳理，补充公开信息126条；二是政府网站集约化改造正在推进，预计2026年3月底前完成。",
                "整改进展：正在推 进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党责任方面",
        [
            (
                "4.",
                "4",
                "党组落实主体责任不够到位，对股室负责人履职监督不力。",
                "一是制定党组落实全面从严治党主体责任清单，明确党组书记、班子成员和股室负责人责任事项42项；二是开展廉政谈话全覆盖，谈话32人次。",
                "整改进展：已完成。",
                "done",
                False,
            ),
            (
                "5.",
                "5",
                "公务接待管理不规 范，个别接待超标准、无公函。",
                "一是修订《公务接待管理办法》，严格执行接待审批和公函制度；二是对2023年以来的公务接待费用逐笔核查，对超标准部分由责任人全额退赔。",
                "整改进展:已完成。",
                "done",
                False,
            ),
            (
                "6.",
                "6",
                "公务用车使用管理不严格，车辆使用登记不完整。",
                "一是完善公务用车派车单和行车记录制度，安装车载定位装置3台；二是每月对用车情况进行核对公示。",
                "整改进展;已完成。",
                "done",
                False,
            ),
            (
                "7.",
                "7",
                "财务报销审核把关不严，部分票据附件不全。",
                "一是修订财务报销管理规定，明确报销审核流程和附件要求；二是正在对2023年以来的报销凭证进行逐笔清理，目前已清理68%，计划2026年2月底前完成。",
                "整改进展：正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "8.",
                "8",
                "基层党组织建设不规范，机关支部“三会一课”记录不完整。",
                "一是开展支部工作手册专项检查，督促补齐相关记录；二是每季度对支部组织生活开展情况进行通报，推进支部标准化规范化建设。",
                "整改进展：已完成。",
                "done",
                False,
            ),
            (
                "9.",
                "9",
                "干部教育培训针对性不强，年轻干部培养措施不多。",
                "一是制定年度干部教育培训计划，举办业务培训班3期；二是年轻干部轮岗交流方案已拟定，正在报县委组织部审批。",
                "整改进展：正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
]


def zhushan() -> tuple[str, list]:
    parts: list[tuple[str, str]] = [
        ("raw", "竹政办党组(2025)12号\n中共竹山县人民政府办公室党组\n关于县委巡察反馈意见整改进展情况的通报"),
        (
            "p",
            "根据县委统一部署，2025年3月1O日至5月9日，县委第二巡察组对县人民政府办公室党组开展了常规巡察。6月18曰，"
            "县委第二巡察组向县政府办党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        ),
        ("p", "一、整改工作组织开展情况"),
        (
            "m",
            "县政府办党组坚持把巡察整改作为一项重要政治任务，成立了由党组书记任组长的巡察整改工作领导小组，召开党组会议专题研究"
            "部署，逐条制定整改措施，明确责任领导、责任股室和完成时限，建立整改台账，实行销号管理。",
        ),
        ("p", "二、巡察反馈问题整改落实情况"),
        (
            "p",
            "县委第二巡察组反馈的3个方面9个问题，县政府办党组共制定整改措施32条。截至目前，己完成整改6个，正在推进整改3个。具体情况如下：",
        ),
    ]
    items = []
    for aspect, problems in ZHUSHAN:
        parts.append(("p", aspect))
        for label, clean, title, measures, progress, status, pending in problems:
            parts.append(("p", label + title))
            parts.append(("m", "整改措施：" + measures))
            parts.append(("p", progress))
            items.append([clean, clean_title(title), status, pending, aspect])
    parts += [
        ("p", "三、下一步工作打算"),
        (
            "m",
            "下一步，县政府办党组将持续巩固巡察整改成果，一是对正在推进的3个问题紧盯不放，确保按期整改到位；二是对已完成整改的问题"
            "适时开展“回头看”，防止问题反弹；三是举一反三，建立健全长效机制，推动巡察整改成果转化为工作成效。",
        ),
        ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。"),
        # the contact lines (left) and the signature (right) side by side on the photographed page, read line by line
        (
            "raw",
            "联系电话：0719-4222318\n中共竹山县人民政府办公室党组\n邮政地址：竹山县城关镇某路某号\n府办公室党\n"
            "电子邮箱：zsxzfb@163.com\n二O二五年十二月八日",
        ),
    ]
    text = build(parts, 28, [26, 52], lambda n: f"- {n} -", "竹政办党组(2025)12号", 12901)
    return text, items


# --- B: a city hospital 党委 (四川 绵阳市): (一)/C二） aspects > 问题N：<problem> >
# 整改情况：<facts>。<status sentence>
MIANYANG = [
    (
        "（一）党的政治建设方面",
        [
            (
                "问题1：",
                "问题1",
                "落实党委领导下的院长负责制不够到位，党委会议事决策范围不清晰",
                "一是修订《党委会议议事规则》和《院长办公会议议事规则》，明确党委会议讨论决定事项清单28项；二是严格执行"
                "“先党委会研究、后院长办公会决定”的程序。该问题已整改到位。",
                "done",
                False,
            ),
            (
                "问题2：",
                "问题2",
                "推进公立医院高质量发展办法不多，重点专科建设进展缓慢",
                "一是制定医院“十四五”重点专科建设规划，确定重点建设专科6个；二是心血管内科省级重点专科申报材料正在完善，"
                "计划2026年4月申报。目前该问题正在推进。",
                "in_progress",
                True,
            ),
            (
                "问题3：",
                "问题3",
                "改善就医体验措施不够有力，门诊预约诊疗率偏低",
                "一是推行分时段预约诊疗，开通线上预约渠道5个，门诊预约诊疗率由42%提高到71%；二是优化门诊就诊流程，"
                "患者平均候诊时间缩短至28分钟。该问题已整改到位，并长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "C二）全面从严治党方面",
        [
            (
                "问题4：",
                "问题4",
                "医德医风建设抓得不实，个别医务人员收受患者“红包”",
                "一是开展医德医风专项整治，与全院1420名职工签订廉洁从业承诺书；二是对涉及的2名医务人员依规依纪作出处理。"
                "该问题己整改到位。",
                "done",
                False,
            ),
            (
                "问题5：",
                "问题5",
                "药品耗材采购管理不规范，部分耗材末按规定集中采购",
                "一是修订《医用耗材管理办法》，成立医用耗材管理委员会；二是对未纳入集中采购的耗材进行清理，已纳入38种，"
                "剩余12种正在按程序纳入集中采购目录。目前该问题正在推进。",
                "in_progress",
                True,
            ),
            (
                "问题6：",
                "问题6",
                "“三重一大”事项集体决策执行不严格，个别大额资金支出未经党委会研究",
                "一是修订“三重一大”决策制度实施办法，明确大额资金标准为50万元；二是对2022年以来的大额资金支出进行逐笔核查，"
                "对相关责任人进行了提醒谈话。该问题已整改到位。",
                "done",
                False,
            ),
            (
                "问题7：",
                "问题7",
                "违规收费问题整改不彻底",
                "一是开展医疗服务收费专项检查，清退违规收费36.8万元；二是建立收费价格月度自查制度。该问题已整改到位，长期坚持。",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "（三）党的组织建设方面",
        [
            (
                "问题8：",
                "问题8",
                "基层党支部建设薄弱，部分临床科室支部书记“双带头人”比例偏低",
                "一是调整优化党支部设置，将支部建在科室上；二是选配业务骨干担任支部书记，“双带头人”比例达到100%。该问题已整改到位。",
                "done",
                False,
            ),
            (
                "问题9：",
                "问题9",
                "人才队伍建设规划不完善，高层次人才引进难、留住难",
                "一是制定《高层次人才引进实施办法》；二是已引进博士2名，剩余3名正在洽谈中。目前该问题正在推进。",
                "in_progress",
                True,
            ),
            (
                "问题1O：",
                "问题10",
                "干部选拔任用程序不够规范，个别中层干部任职试用期满未及时考核",
                "一是对试用期满的7名中层干部补充开展考核；二是建立干部试用期满提醒制度。该问题已整改到位。",
                "done",
                False,
            ),
        ],
    ),
]


def mianyang() -> tuple[str, list]:
    parts: list[tuple[str, str]] = [
        ("raw", "中共绵阳市某医院委员会\n关于市委第四巡察组巡察反馈意见\n整改进展情况的通报"),
        (
            "p",
            "根据市委统一部署，2025年4月l5日至6月13日，市委第四巡察组对中共绵阳市某医院委员会进行了常规巡察，并于2025年7月22曰"
            "反馈了巡察意见。根据《中国共产党巡视工作条例》有关规定，现将巡察整改进展情况予以公布。",
        ),
        ("p", "一、整改工作总体情况"),
        (
            "p",
            "医院党委对照市委第四巡察组反馈的3个方面10个问题，逐项制定整改措施41条。截至2025年12月31日，10个问题中已整改到位7个"
            "(其中2个需长期坚持)，正在推进3个。",
        ),
        ("p", "二、巡察反馈问题整改落实情况"),
    ]
    items = []
    for aspect, problems in MIANYANG:
        parts.append(("p", aspect))
        for label, clean, title, text, status, pending in problems:
            parts.append(("p", label + title))
            parts.append(("m", "整改情况：" + text))
            clean_aspect = aspect.replace("C二", "（二")  # the clean page's heading
            items.append([clean, clean_title(title.replace("末按", "未按")), status, pending, clean_aspect])
    parts += [
        ("p", "三、下一步工作打算"),
        (
            "m",
            "医院党委将继续落实巡察整改主体责任，对正在推进的问题持续跟踪问效，对已整改到位的问题巩固提升，确保整改工作取得实效。",
        ),
        (
            "p",
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0816-2239417；邮政地址："
            "绵阳市涪城区某路某号；电子邮箱：myyydw@163.com。",
        ),
        ("raw", "中共绵阳市某医院委员会\n吣阳市某医院委员乡\n2026年1月2O日"),
    ]
    text = build(parts, 32, [26, 45], lambda n: f"—{n}—", "绵某医委〔2026〕3号", 12902)
    return text, items


# --- C: a district 街道 党工委 (河南 郑州市金水区): （一）…方面 > 1、<problem>（numbered afresh in each aspect）>
# 整改情况：<facts, its status in the last clause: 已整改到位 / 已完成，长期坚持 / 正在推进>
JINSHUI = [
    (
        "（一）贯彻落实党中央决策部署和省市区委工作要求方面",
        [
            (
                "l、",
                "1",
                "学习贯彻习近平新时代中国特色社会主义思想不深入，党工委理论学习中心组学习制度落实不严格。",
                "一是修订党工委理论学习中心组学习规则，全年开展集中学习12次、专题研讨4次；二是建立学习情况通报制度。已整改到位。",
                "done",
                False,
            ),
            (
                "2、",
                "2",
                "落实基层治理工作要求有差距，网格化服务管理作用发挥不充分。",
                "一是优化调整网格132个，配齐专职网格员；二是建立“网格吹哨、部门报到”工作机制，群众诉求办结率达到98%。已完成，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "3、",
                "3",
                "老旧小区改造推进缓慢，部分项目群众满意度不高。",
                "一是逐个小区召开居民议事会，收集意见建议217条；二是完成5个小区的改造验收，另有2个小区加装电梯项目正在施工。正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党责任方面",
        [
            (
                "I、",
                "1",
                "党工委主体责任落实不到位，对社区“小微权力”监督不够。",
                "一是制定社区“小微权力”清单36项，绘制运行流程图；二是开展社区财务专项检查，发现并整改问题11个。已整改到位。",
                "done",
                False,
            ),
            (
                "2、",
                "2",
                "落实中央八项规定精神有差距，个别社区存在违规发放福利问题。",
                "一是对违规发放的福利费2.3万元全部清退；二是对相关责任人进行了诫勉谈话。已整改到位。",
                "done",
                False,
            ),
            (
                "3、",
                "3",
                "社区集体资产管理不规范，部分资产底数不清。",
                "一是成立清产核资工作专班，清产核资工作正在进行，目前已完成8个社区；二是建立集体资产管理台账。正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "l、",
                "1",
                "社区党组织书记队伍年龄结构老化，后备力量储备不足。",
                "一是建立社区后备干部人才库，储备后备力量46人；二是将持续加强对后备干部的教育培养。正在推进。",
                "in_progress",
                None,
            ),
            (
                "2、",
                "2",
                "党员发展和教育管理不规范，流动党员管理存在薄弱环节。",
                "一是开展党员发展工作专项检查，规范发展程序；二是建立流动党员台账，全部纳入组织管理。已完成。",
                "done",
                False,
            ),
        ],
    ),
]


def jinshui() -> tuple[str, list]:
    parts: list[tuple[str, str]] = [
        ("raw", "中共郑州市金水区某街道工作委员会\n关于区委巡察整改进展情况的通报"),
        (
            "p",
            "根据区委统一部署，2025年5月12日至7月11日，区委第三巡察组对某街道党工委开展了常规巡察，2025年8月2O日向街道党工委"
            "反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
        ),
        ("p", "一、整改工作总体情况"),
        (
            "p",
            "街道党工委召开专题会议研究部署整改工作，对区委第三巡察组反馈的3个方面8个问题，制定整改措施27条；截至目前，已完成整改5个，"
            "正在推进3个。",
        ),
        ("p", "二、巡察反馈问题整改落实情况"),
    ]
    items = []
    for aspect, problems in JINSHUI:
        parts.append(("p", aspect))
        for label, clean, title, text, status, pending in problems:
            parts.append(("p", label + title))
            parts.append(("m", "整改情况：" + text))
            items.append([clean, clean_title(title), status, pending, aspect])
    parts += [
        ("p", "三、下一步工作打算"),
        (
            "m",
            "街道党工委将坚持标准不降、力度不减，对正在推进的问题持续发力，对已完成的整改事项适时开展“回头看”，以巡察整改成效推动街道"
            "各项工作高质量发展。",
        ),
        ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。"),
        # the contact block (left) and the signature (right) photographed side by side, read row by row
        (
            "raw",
            "联系电话:0371-65931207\n中共郑州市金水区某街道工作委员会\n电子邮箱:jsjdxc@163.com\n2025年12月26曰\n"
            "某某某委员\n通信地址:金水区某路某号",
        ),
    ]
    text = build(parts, 30, [25], lambda n: f"第 {n} 页", None, 12903)
    return text, items


# --- D: a provincial college 党委 (湖南): （一）…方面 (its 一 lost: （）) > N.<problem>（numbered through）>
# 整改措施：一是… > 整改进展：<status>; two problems whose text states no status
XIANGZHI = [
    (
        "（）落实立德树人根本任务和服务国家战略方面",
        "(一)落实立德树人根本任务和服务国家战略方面",
        [
            (
                "l.",
                "1",
                "落实立德树人根本任务不够到位，思政课教师队伍配备不足。",
                "一是按师生比不低于1:350的标准新招聘思政课专职教师9名；二是实施思政课教师能力提升计划，选派12名教师参加国家级培训。",
                "整改进展：己完成。",
                "done",
                False,
            ),
            (
                "2.",
                "2",
                "服务湖南经济社会发展能力不强，专业设置与产业需求匹配度不高。",
                "一是对接全省“4×4”现代化产业体系，调整优化专业结构，停招专业3个；二是新增智能制造、储能技术等2个专业，申报材料正在省教育厅审批中。",
                "整改进展：正在推进。",
                "in_progress",
                True,
            ),
            (
                "3.",
                "3",
                "校企合作深度不够，产教融合实训基地建设滞后。",
                "一是与省内26家龙头企业签订校企合作协议，共建产业学院3个；二是建成产教融合实训基地2个。",
                "整改进展：已完成，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "4.",
                "4",
                "意识形态工作责任制落实不到位，对校园网络阵地管理不严。",
                "一是修订意识形态工作责任制实施细则；二是对全校网站、新媒体账号进行全面清理，关停不合格账号17个，实行备案管理。",
                "整改进展：已完成。",
                "done",
                False,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        None,
        [
            (
                "5.",
                "5",
                "党委履行主体责任不够有力，管党治党压力传导层层递减。",
                "一是制定党委、党委书记、班子成员和二级党组织全面从严治党责任清单；二是开展二级党组织书记抓党建述职评议。",
                "整改进展：已完成。",
                "done",
                False,
            ),
            (
                "6.",
                "6",
                "基建工程项目管理不规范，个别项目未批先建。",
                "一是对学校2020年以来的基建项目进行全面排查，对未批先建的学生公寓项目补办相关手续；二是该项目竣工决算审计正在进行。",
                "整改进展：正在推进。",
                "in_progress",
                True,
            ),
            (
                "7.",
                "7",
                "招生就业领域廉政风险防控不到位。",
                "一是梳理招生就业领域廉政风险点15个，制定防控措施32条；二是实行招生录取全过程监督和信息公开。",
                "整改进展:己完成。",
                "done",
                False,
            ),
            (
                "8.",
                "8",
                "科研经费管理使用不规范，部分项目经费报销审核不严。",
                "一是修订《科研经费管理办法》，明确经费报销审核责任；二是对2022年以来结题的科研项目经费开展专项检查，涉及项目64项。",
                None,
                "unstated",
                False,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        None,
        [
            (
                "9.",
                "9",
                "基层党组织“对标争先”建设不平衡，部分教师党支部作用发挥不明显。",
                "一是实施教师党支部书记“双带头人”培育工程；二是开展“样板支部”创建活动，建成省级样板支部2个。",
                "整改进展：已完成整改，长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "1O.",
                "10",
                "干部队伍结构不够合理，中层干部交流轮岗不够。",
                "一是制定中层干部交流轮岗实施办法；二是对任职满5年的中层干部进行梳理，将分批次开展交流轮岗。",
                "整改进展：正在推进。",
                "in_progress",
                None,
            ),
            (
                "l1.",
                "11",
                "人才引育机制不健全，“双师型”教师比例偏低。",
                "一是制定“双师型”教师认定和培养办法；二是选派68名专业教师到企业实践锻炼，“双师型”教师比例提高到62%。",
                None,
                "unstated",
                False,
            ),
        ],
    ),
]


def xiangzhi() -> tuple[str, list]:
    parts: list[tuple[str, str]] = [
        ("raw", "中共湖南某职业技术学院委员会关于省委第六巡视组\n巡视反馈意见整改进展情况的通报"),
        (
            "p",
            "根据省委统一部署，2025年3月20日至5月20日，省委第六巡视组对中共湖南某职业技术学院委员会进行了巡视。2025年7月9日，"
            "省委第六巡视组向学院党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        ),
        ("p", "一、整改工作组织情况"),
        (
            "m",
            "学院党委把巡视整改作为重大政治任务，成立由党委书记任组长的巡视整改工作领导小组，召开党委会、专题民主生活会研究部署整改工作。"
            "对省委第六巡视组反馈的3个方面11个问题，逐项制定整改方案，明确整改措施45条，建立问题、任务、责任、时限“四张清单”。",
        ),
        ("p", "二、巡视反馈问题整改情况"),
    ]
    items = []
    for printed, clean_aspect, problems in XIANGZHI:
        parts.append(("p", printed))
        for label, clean, title, measures, progress, status, pending in problems:
            parts.append(("p", label + title))
            parts.append(("m", "整改措施：" + measures))
            if progress:
                parts.append(("p", progress))
            items.append([clean, clean_title(title), status, pending, clean_aspect or printed])
    parts += [
        ("p", "三、下一步工作打算"),
        (
            "m",
            "学院党委将坚持目标不变、标准不降、力度不减，对已完成的整改事项加强跟踪问效，对需要长期坚持的整改事项持续推进，"
            "切实把巡视整改成果转化为推动学院高质量发展的实际成效。",
        ),
        (
            "p",
            "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-84561213；电子邮箱：hnzyxcb@163.com。",
        ),
        ("raw", "中共湖南某职业技术学院委员会\n职业技术学院委\n二0二五年十二月十九日"),
    ]
    text = build(parts, 34, [23, 46], lambda n: f"-{n}-", None, 12904)
    return text, items


NOTICES = {
    "r129_zhushan_county_office_ocr_photo_lines_page_number_docno_status_lines_contact_signature_interleaved.txt": (
        zhushan
    ),
    "r129_mianyang_city_hospital_ocr_scan_wenti_n_status_sentence_c_bracket_aspect_wenti_1o.txt": mianyang,
    "r129_jinshui_district_street_ocr_photo_numbers_afresh_l_i_labels_status_last_clause_interleaved.txt": jinshui,
    "r129_hunan_college_ocr_scan_aspect_yi_lost_l_labels_progress_lines_unstated.txt": xiangzhi,
}


def main() -> None:
    for name, make in NOTICES.items():
        text, _items = make()  # the items (clean label, title, status, pending, aspect) the gold was written from
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
