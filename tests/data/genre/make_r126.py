"""Build round 126's notices and their gold (run once: `python tests/data/genre/make_r126.py`); the files are committed.

Round 126 imitates NOTICES AS TEXT TAKEN OUT OF PDF FILES, the text a user pastes or a site's "text version" gives.
Each notice is written clean (a list of paragraphs as its PDF prints them on an A4 公文 page, 28 characters a line,
22 lines a page), then rendered as one way of taking text out of a PDF:
  A  pdftotext WITHOUT -layout: lines broken at the page's width, the first-line indent lost, a blank line between
     paragraphs only sometimes, the page number — N — on its own line and a form feed at each page's end, the
     文号 repeated at the top of each later page (a city bureau; (一)…方面 > N.<problem> > 整改情况：status…);
  B  a copy from a PDF viewer: each visual line a line, no blank lines, the indent's full-width spaces kept on some
     paragraphs and lost on others, the page number - N - between lines, page breaks inside two problems' titles
     (a county 委办; 一、 > (一)… with bracketed statuses);
  C  pdfminer/PyPDF-style extraction: a title's characters spread with spaces, spaces between some characters of
     justified lines, the ledger table given cell by cell in reading order, every cell on its own line (a provincial
     company; 一、 > the ledger 序号/反馈问题/整改措施/整改进展/责任部门 with 一、…方面 rows);
  D  a scanned PDF's OCR text: a few misread characters (己/已, 末/未, 曰/日, O for 〇, ，read as , ), a page number
     inside the text (a district hospital; 问题N：… > 整改措施：… > 完成情况：…).
Bodies are named 某 (the problems are invented). The gold is what the clean notice reads.
"""

# ruff: noqa: E501  (the notices' paragraphs and the gold's layout lines are kept whole, as the pages print them)

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
ROUND = 126
WIDTH = 28
IND = "\u3000\u3000"
NO_START = "，。、；：）》”！？"


def cw(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "\u3000" else 1.0


def wrap(text: str, width: int = WIDTH, indent: bool = True) -> list[str]:
    """Lines of a paragraph as the page breaks it; '|' forces a line's end (a break the page happens to make)."""
    lines: list[str] = []
    cur = ""
    used = 2.0 if indent else 0.0
    for ch in text:
        if ch == "|":
            lines.append(cur)
            cur, used = "", 0.0
            continue
        # a closing mark never starts a line (the page's 避头 rule squeezes it onto the line it ends)
        if used + cw(ch) > width and ch not in NO_START:
            # a number is never split over two lines: its digits before the end go with it
            carry = ""
            while ch.isascii() and ch.isalnum() and cur and cur[-1].isascii() and cur[-1].isalnum():
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur, used = carry, sum(cw(c) for c in carry)
        cur += ch
        used += cw(ch)
    if cur:
        lines.append(cur)
    return lines


def nf(title: str) -> str:
    return unicodedata.normalize("NFKC", title).rstrip("。")


# --- A: a city bureau 党组, pdftotext without -layout ----------------------------------------------------------------
A_ASPECTS = [
    (
        "（一）贯彻落实党的路线方针政策和党中央、省委、市委决策部署方面",
        [
            (
                "学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习中心组学习流于形式，研讨交流质量不高。",
                "已完成。修订《局党组理论学习中心组学习制度》，制定2025年度学习计划，全年开展集中学习12次、专题研讨4次，每次研讨均形成书面发言材料并存档。",
                "done",
                False,
            ),
            (
                "服务全市重点项目建设主动性不强，部分审批事项办理时限超过承诺时限。",
                "已完成，长期坚持。梳理审批事项清单46项，将平均办理时限由8个工作日压缩至5个工作日，建立“容缺受理+限时办结”机制，每月通报办理情况。",
                "done_longterm",
                False,
            ),
            (
                "安全生产监管存在薄弱环节，对部分企业隐患整改跟踪督办不到位。",
                "正在推进。已对2023年以来排查出的137处隐患逐一复查，已销号129处；剩余8处涉及企业设备更新改造，正在督促企业实施，计划2026年3月底前全部销号。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "局党组落实主体责任不够到位，对下属单位监督检查偏松偏软。",
                "已完成。制定局党组落实全面从严治党主体责任清单，明确党组书记、班子成员责任事项38项；2025年对4个下属单位开展专项监督检查，发现问题11个，均已督促整改到位。",
                "done",
                False,
            ),
            (
                "公务接待管理不规范，部分接待无公函、接待清单填写不完整。",
                "已完成。对2022年以来的公务接待逐笔核查，对手续不全的23批次接待补充说明并对经办人进行提醒谈话，修订《公务接待管理办法》，实行“一事一单一函”。",
                "done",
                False,
            ),
            (
                "政府采购程序执行不严格，个别项目存在化整为零规避公开招标现象。",
                "正在推进。已对涉及的3个项目进行复核，对2名责任人进行了批评教育；修订《政府采购内部控制制度》初稿已形成，正在征求意见，计划2026年2月底前印发实施。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "干部队伍年龄结构老化，35岁以下年轻干部占比偏低。",
                "已完成。制定《2025—2027年干部队伍建设规划》，2025年通过公开招录、遴选补充年轻干部6名，35岁以下干部占比由9%提升至16%。",
                "done",
                False,
            ),
            (
                "基层党支部“三会一课”制度落实不严格，部分支部组织生活会质量不高。",
                "已完成。对机关5个党支部2024年以来的组织生活开展全面检查，督促补齐工作台账，开展支部书记轮训1期，建立支部工作季度考评机制。",
                "done",
                False,
            ),
            (
                "干部人事档案管理不规范，部分档案材料缺失。",
                "已完成。对全局126卷干部人事档案开展专项审核，补充收集材料213份，对1名干部出生日期认定问题予以纠正。",
                "done",
                False,
            ),
        ],
    ),
]

A_PARAS = [
    ("c", "郴某党发〔2026〕3号"),
    ("c", "中共郴州市某局党组"),
    ("c", "关于市委第二巡察组巡察反馈意见"),
    ("c", "整改进展情况的通报"),
    (
        "p",
        "根据市委巡察工作统一部署，2025年3月17日至5月16日，市委第二巡察组对市某局党组开展了常规巡察。2025年6月20日，市委第二巡察组向市某局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    ),
    ("p", "一、整改工作总体情况"),
    (
        "p",
        "局党组坚持把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”，定期调度推进。市委第二巡察组反馈的3个方面9个问题，截至2025年12月31日，已完成整改7个，正在推进整改2个；建立完善制度8项。",
    ),
    ("p", "二、巡察反馈问题整改落实情况"),
]
A_TAIL = [
    ("p", "三、下一步工作打算"),
    (
        "p",
        "局党组将继续保持整改的政治定力，对已完成的整改事项适时开展“回头看”，对正在推进的整改事项紧盯时间节点，确保按期完成，切实把巡察整改成果转化为推动高质量发展的实际成效。",
    ),
    (
        "p",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0735-2288XXX；邮政信箱：郴州市北湖区某某路88号；电子邮箱：czmj_xczg@163.com。",
    ),
    ("r", "中共郴州市某局党组"),
    ("r", "2026年1月8日"),
]


def a_paras() -> list[tuple[str, str]]:
    paras = list(A_PARAS)
    n = 0
    for aspect, items in A_ASPECTS:
        paras.append(("p", aspect))
        for title, progress, _status, _pending in items:
            n += 1
            paras.append(("p", f"{n}.{title}"))
            paras.append(("p", f"整改情况：{progress}"))
    return paras + A_TAIL


def paginate(lines: list[str], per_page: int = 22) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        if line == "\x00PB":
            pages.append([])
            continue
        if len(pages[-1]) >= per_page:
            pages.append([])
        pages[-1].append(line)
    return [p for p in pages if p]


def render_a() -> str:
    # the page's lines (the blank lines of a paragraph gap counted apart: pdftotext prints one where the gap is wide)
    body: list[tuple[str, bool]] = []
    for n, (kind, text) in enumerate(a_paras()):
        lines = wrap(text, indent=kind == "p")
        gap = kind != "p" or n % 3 == 0  # a wider gap above some paragraphs (after headings, every third)
        for k, line in enumerate(lines):
            body.append((line, gap and k == 0))
    pages = paginate([line for line, _ in body])
    gaps = iter([gap for _, gap in body])
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if number > 1:
            out.append("郴某党发〔2026〕3号")
            out.append("")
        for k, line in enumerate(page):
            if next(gaps) and k and out[-1] != "":
                out.append("")
            out.append(line)
        out.append("")
        out.append(f"— {number} —")
        out.append("\f")
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"


# --- B: a county 委办, copied from a PDF viewer ------------------------------------------------------------------------
# 一、…方面 aspects > （一）… problems numbered through, each ending in its bracketed status > the 整改措施 paragraph.
# '¦' marks where a page ends inside a paragraph, '|' a line's end the page happens to make.
B_ASPECTS = [
    (
        "一、贯彻落实党的路线方针政策和上级决策部署方面",
        [
            (
                "学习贯彻习近平新时代中国特色社会主义思想和党的二十届三中全会精神不够深入，以学促干成效不明显",
                "已完成",
                "制定《县委办公室理论学习计划》，开展专题学习8次，组织全体干部赴县档案馆开展现场教学1次，形成调研报告3篇。",
                "done",
                False,
            ),
            (
                "督查督办工作不够有力，部分县委重点工作任务跟踪问效不到位",
                "已完成，长期坚持",
                "建立县委重点工作任务台账，实行“周调度、月通报、季考评”，2025年下半年共督办事项67件，办结62件，其余5件按计划推进。",
                "done_longterm",
                None,
            ),
            (
                "服务县委决策参谋作用发挥不充分，信息报送质量不高",
                "已完成",
                "修订《信息工作考核办法》，建立乡镇、县直单位信息员队伍，2025年被省委办公厅采用信息12条，较上年增长50%。",
                "done",
                False,
            ),
            (
                "机要保密管理存在薄弱环节，涉密载体管理不规范",
                "正在推进",
                "已对全县涉密载体开展清查，登记造册326件；涉密计算机更新换代工作已报县财政局审批，正在等待资金批复，计划2026年6月底前完成。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "二、落实全面从严治党主体责任和监督责任方面",
        [
            (
                "落实全面从严治党主体责任层层递减，对所属单位管理监督不到位",
                "已完成",
                "制定主体责任清单和监督责任清单，室务会每季度专题研究党风廉政建设，对县委机要局、县档案馆开展专项检查2次。",
                "done",
                False,
            ),
            (
                "公务用车管理不规范，个别车辆派车单填写不完整",
                "已完成",
                "对2023年以来的派车单逐一核查，修订《公务用车管理制度》，启用公务用车管理平台，实行线上申请、审批和派车。",
                "done",
                False,
            ),
            (
                "财务管理制度执行不严格，部分报销凭证附件不全",
                "已完成",
                "对2022年以来的会计凭证开展自查，补齐附件材料47份，组织财务人员培训1次。",
                "done",
                False,
            ),
            (
                "廉政风险防控机制不健全，重点岗位风险排查不全面",
                "正在推进",
                "已梳理岗位廉政风险点32个并制定防控措施；《廉政风险防控手册》正在修改完善，计划2026年3月底前印发。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "干部培养锻炼渠道单一，年轻干部到基层一线锻炼不够",
                "已完成",
                "选派3名年轻干部到乡镇、信访等一线岗位挂职锻炼，建立年轻干部成长档案。",
                "done",
                False,
            ),
            (
                "机关党支部标准化规范化建设不到位，组织生活不够严肃",
                "已完成，长期坚持",
                "对照党支部标准化规范化建设要求逐项整改，规范“三会一课”记录，每年开展支部评星定级。",
                "done_longterm",
                False,
            ),
            (
                "干部考核评价机制不够完善，考核结果运用不充分",
                "已完成",
                "修订《县委办公室干部平时考核办法》，将考核结果与评优评先、选拔任用挂钩。",
                "done",
                False,
            ),
        ],
    ),
]
B_NUMS = "一二三四五六七八九十"


def cn(n: int) -> str:
    return B_NUMS[n - 1] if n <= 10 else "十" + B_NUMS[n - 11]


def b_paras() -> list[tuple[str, str]]:
    paras: list[tuple[str, str]] = [
        ("c", "中共望江县委办公室"),
        ("c", "关于县委第一轮巡察反馈意见整改进展情况的通报"),
        (
            "p",
            "根据县委统一部署，2025年3月10日至5月9日，县委第一巡察组对县委办公室进行了常规巡察，并于2025年6月12日反馈了巡察意见。县委办公室党支部高度重视，坚持把巡察整改作为重要政治任务，逐条研究制定整改措施。巡察反馈的3个方面11个问题中，截至2025年12月31日，已完成整改9个，正在推进整改2个。现将整改进展情况公布如下：",
        ),
    ]
    n = 0
    for aspect, items in B_ASPECTS:
        paras.append(("p", aspect))
        for title, bracket, measures, _s, _p in items:
            n += 1
            label = f"（{cn(n)}）"
            if n == 5:
                # the page ends inside this problem's title: after the line holding the mark
                title = title[:8] + "¦" + title[8:]
            paras.append(("p", f"{label}{title}。（{bracket}）"))
            paras.append(("p", f"整改措施：{measures}"))
    paras += [
        (
            "p",
            "下一步，县委办公室将持续深化巡察整改，对已完成的整改事项加强跟踪问效，对正在推进的整改事项明确时限、压实责任，确保整改到位。",
        ),
        (
            "p",
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0556-7182XXX；通信地址：望江县雷阳路某号县委办公室；电子邮箱：wjxwb@163.com。",
        ),
        ("r", "中共望江县委办公室"),
        ("r", "2026年1月12日"),
    ]
    return paras


def render_b() -> str:
    lines: list[str] = []
    for n, (kind, text) in enumerate(b_paras()):
        wrapped = wrap(text.replace("¦", ""), indent=kind == "p")
        if "¦" in text:
            at, seen = text.index("¦"), 0
            for k, line in enumerate(wrapped):
                seen += len(line)
                if seen >= at:
                    wrapped.insert(k + 1, "\x00PB")  # the page ends at the end of this (full) line
                    break
        if kind == "p" and n % 2 == 0 and wrapped:
            wrapped[0] = IND + wrapped[0]  # the indent's full-width spaces kept on some paragraphs, lost on others
        lines += wrapped
    out: list[str] = []
    for number, page in enumerate(paginate(lines, 23), 1):
        out += page
        out.append(f"- {number} -")
    return "\n".join(out) + "\n"


# --- C: a provincial company 党委, pdfminer/PyPDF-style extraction -----------------------------------------------------
# the ledger 序号/反馈问题/整改措施/整改进展/责任部门 with 一、…方面 rows, given cell by cell, every cell on its own line
C_HEADER = ["序号", "反馈问题", "整改措施", "整改进展", "责任部门"]
C_ASPECTS = [
    (
        "一、贯彻落实党中央决策部署和省委工作要求方面",
        [
            (
                "聚焦主责主业不够，非主业投资占比偏高",
                "制定主业投资负面清单，对5家非主业子企业实施清理退出，非主业投资占比由18%降至7%。",
                "已完成",
                "战略投资部",
                "done",
                False,
            ),
            (
                "服务全省重大战略力度不够，重点项目建设进度滞后",
                "建立重点项目“挂图作战”机制，2个滞后项目已恢复正常进度，其中1个已于2025年11月投产。",
                "正在推进",
                "工程管理部",
                "in_progress",
                None,
            ),
            (
                "科技创新投入不足，研发投入强度低于行业平均水平",
                "制定《科技创新三年行动方案》，2025年研发投入同比增长32%，设立科技创新专项基金。",
                "已完成，长期坚持",
                "科技创新部",
                "done_longterm",
                False,
            ),
        ],
    ),
    (
        "二、落实全面从严治党战略部署方面",
        [
            (
                "集团党委对二级单位监督不够有力，部分二级单位“三重一大”决策制度执行不严",
                "修订“三重一大”决策制度实施办法，对12家二级单位开展专项检查，督促整改问题21个。",
                "已完成",
                "党委办公室",
                "done",
                False,
            ),
            (
                "工程招投标管理存在漏洞，个别项目先施工后招标",
                "对2022年以来的工程项目开展全面排查，对4个违规项目责任人进行问责；招投标管理信息系统正在建设，预计2026年4月上线。",
                "正在推进",
                "审计部",
                "in_progress",
                True,
            ),
            (
                "违反中央八项规定精神问题时有发生，公务接待超标准",
                "开展违反中央八项规定精神问题专项整治，清退超标准接待费用3.6万元，对6名责任人进行批评教育。",
                "已完成",
                "纪委办公室",
                "done",
                False,
            ),
        ],
    ),
    (
        "三、落实新时代党的组织路线方面",
        [
            (
                "领导班子结构不够优化，专业化能力与发展需要不相适应",
                "调整充实二级单位领导班子9个，选拔专业型年轻干部14名。",
                "已完成",
                "组织部",
                "done",
                False,
            ),
            (
                "基层党组织建设薄弱，部分项目部党组织未能及时组建",
                "对在建项目开展党组织组建情况排查，新组建项目部党支部8个，实现应建尽建。",
                "已完成",
                "党群工作部",
                "done",
                False,
            ),
        ],
    ),
]


def c_spaces(line: str, every: int) -> str:
    """pdfminer's spaces between some characters of a justified line (where the glyphs stand wider apart)."""
    return "".join(ch + (" " if (k + 1) % every == 0 and k + 1 < len(line) else "") for k, ch in enumerate(line))


def render_c() -> str:
    out = [
        " ".join("中共湖北省某集团有限公司委员会"),
        " ".join("关于省委第八巡视组巡视反馈意见"),
        " ".join("整改进展情况的通报"),
        "",
    ]
    paras = [
        "根据省委统一部署，2025年4月8日至6月20日，省委第八巡视组对湖北省某集团有限公司党委开展了常规巡视。2025年8月26日，省委第八巡视组向集团党委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "一、整改工作总体情况",
        "集团党委认真履行整改主体责任，成立由党委书记任组长的巡视整改工作领导小组，召开专题会议12次研究部署整改工作。省委第八巡视组反馈的3个方面8个问题，截至2025年12月31日，已完成整改6个，正在推进整改2个。",
        "二、巡视反馈问题整改落实情况",
        "具体整改情况见下表。",
    ]
    for n, para in enumerate(paras):
        for k, line in enumerate(wrap(para, indent=len(para) > 20)):
            # a justified line's glyphs stand apart on some lines: pdfminer reads spaces among them
            out.append(c_spaces(line, 7) if (n + k) % 3 == 1 and len(line) > 20 else line)
        out.append("")
    out += [c_spaces(h, 1) if len(h) == 4 else h for h in C_HEADER]
    n = 0
    for aspect, items in C_ASPECTS:
        out.append(aspect)
        for title, measures, progress, dept, _s, _p in items:
            n += 1
            if n == 5:  # the page ends between rows: its number, then the next page's header row again
                out += ["", "- 2 -", "", *C_HEADER]
            out += [str(n), title, measures, progress, dept]
    out.append("")
    tail = [
        "三、下一步工作打算",
        "集团党委将坚持目标不变、标准不降、力度不减，对正在推进的整改事项盯紧抓实、按期销号，对已完成的整改事项巩固提升、防止反弹，推动巡视整改常态化长效化。",
        "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：027-8765XXXX；通信地址：武汉市武昌区某某大道某号；电子邮箱：hbjt_xszg@163.com。",
    ]
    for n, para in enumerate(tail):
        for k, line in enumerate(wrap(para, indent=len(para) > 20)):
            out.append(c_spaces(line, 9) if (n + k) % 4 == 2 and len(line) > 20 else line)
        out.append("")
    out += ["中共湖北省某集团有限公司委员会", "", "2026年1月20日", "", "- 3 -"]
    return "\n".join(out) + "\n"


# --- D: a district hospital 党委, a scanned PDF's OCR text ------------------------------------------------------------
# （一）…方面 aspects > 问题N：<problem> > 整改措施：… > 完成情况：…
D_ASPECTS = [
    (
        "（一）贯彻落实党的卫生健康工作方针和上级决策部署方面",
        [
            (
                "落实公立医院党委领导下的院长负责制不到位，党委会议题与院长办公会议题界限不清",
                "修订《党委会议事规则》和《院长办公会议事规则》，制定党委会前置研究事项清单32项，明确议事范围和程序。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "改善群众就医体验措施不够有力，门诊患者平均候诊时间较长",
                "推行分时段预约诊疗，增设自助服务机12台，开设“一站式”服务中心，门诊平均候诊时间由42分钟缩短至25分钟。",
                "已完成整改，并长期坚持。",
                "done_longterm",
                False,
            ),
            (
                "医疗质量安全管理存在薄弱环节，病历书写不规范问题较为突出",
                "开展病历质量专项检查，抽查运行病历和归档病历600份，对存在问题的科室进行通报；电子病历系统质控模块升级正在实施，尚未全部完成。",
                "正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（二）落实全面从严治党战略部署方面",
        [
            (
                "医院党委履行主体责任不够有力，对重点科室、关键岗位监督不到位",
                "制定重点科室、关键岗位廉政风险防控清单，开展廉政谈话46人次，对药剂、设备等科室开展专项检查2次。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "医药耗材采购管理不规范，部分耗材未通过平台采购",
                "对2023年以来的耗材采购进行全面清理，将全部耗材纳入省医药集中采购平台采购，建立耗材使用监测和异常预警机制。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "医疗服务收费不规范，存在重复收费、超标准收费现象",
                "对巡察指出的重复收费问题逐项核实，已向患者退还多收费用2.3万元；医院收费管理信息系统改造待区医保局审核后上线。",
                "正在推进。",
                "in_progress",
                True,
            ),
        ],
    ),
    (
        "（三）落实新时代党的组织路线方面",
        [
            (
                "党支部建在科室上的要求落实不到位，支部书记“双带头人”比例偏低",
                "调整优化党支部设置，将临床医技科室党支部由6个调整为9个，“双带头人”支部书记比例达到100%。",
                "已完成整改。",
                "done",
                False,
            ),
            (
                "人才引进培养机制不健全，学科带头人和骨干人才缺乏",
                "制定《人才引进和培养管理办法》，2025年引进硕士研究生8名，选派12名骨干医师赴上级医院进修。",
                "已完成整改。",
                "done",
                False,
            ),
        ],
    ),
]


def d_paras() -> list[tuple[str, str]]:
    paras: list[tuple[str, str]] = [
        ("c", "中共长沙市岳麓区某医院委员会"),
        ("c", "关于区委巡察反馈意见整改进展情况的通报"),
        (
            "p",
            "根据区委统一部署，2025年4月7日至5月30日，区委第三巡察组对区某医院党委开展了常规巡察，并于2025年7月3日向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
        ),
        ("p", "一、整改工作总体情况"),
        (
            "p",
            "医院党委坚持把巡察整改作为重大政治任务，召开党委会专题研究整改工作6次，制定整改方案，明确整改责任和时限。区委第三巡察组反馈的3个方面8个问题，截至2025年12月31日，已完成整改6个，正在推进整改2个。",
        ),
        ("p", "二、巡察反馈问题整改落实情况"),
    ]
    n = 0
    for aspect, items in D_ASPECTS:
        paras.append(("p", aspect))
        for title, measures, result, _s, _p in items:
            n += 1
            paras.append(("p", f"问题{n}：{title}。"))
            paras.append(("p", f"整改措施：{measures}"))
            paras.append(("p", f"完成情况：{result}"))
    paras += [
        ("p", "三、下一步工作打算"),
        (
            "p",
            "医院党委将持续巩固整改成果，对未完成的整改事项加快推进，对已完成的整改事项开展“回头看”，确保问题不反弹、不回潮。",
        ),
        (
            "p",
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0731-8888XXXX；邮政信箱：长沙市岳麓区某某路某号；电子邮箱：ylyy_dzb@163.com。",
        ),
        ("r", "中共长沙市岳麓区某医院委员会"),
        ("r", "二〇二六年一月十五日"),
    ]
    return paras


# the OCR's misreads: (what the page prints, what the OCR gives, the how manieth occurrences it misreads)
D_MISREADS = [
    ("已完成", "己完成", (1, 4, 6)),
    ("尚未", "尚末", (1,)),
    ("未完成", "末完成", (1,)),
    ("〇", "O", (1,)),
    ("日", "曰", (3, 8)),
    ("，", ",", (2, 5, 9, 14, 20)),
]


def ocr(text: str) -> str:
    for clean, misread, which in D_MISREADS:
        parts = text.split(clean)
        text = parts[0]
        for k, part in enumerate(parts[1:], 1):
            text += (misread if k in which else clean) + part
    return text


def render_d() -> str:
    lines: list[str] = []
    for n, (kind, text) in enumerate(d_paras()):
        if kind == "c":
            lines.append(text)
            continue
        if kind == "r":
            lines.append(text)
            continue
        w = wrap(text)
        w[0] = "  " + w[0] if n % 2 else w[0]  # the OCR reads the indent as two spaces on some paragraphs
        lines += w
    out: list[str] = []
    for number, page in enumerate(paginate(lines, 24), 1):
        out += page
        out.append(f"-{number}-" if number % 2 else f"- {number} -")
    return ocr("\n".join(out)) + "\n"


# --- the gold: what the clean notice reads (gold README) -------------------------------------------------------------
def items_of(aspects, labels, status_at, pending_at):  # type: ignore[no-untyped-def]
    items, aspect_list = [], []
    n = 0
    for aspect, rows in aspects:
        for row in rows:
            items.append([labels(n + 1), nf(row[0]), row[status_at], row[pending_at]])
            aspect_list.append(unicodedata.normalize("NFKC", aspect))
            n += 1
    return items, aspect_list


COMMON_NOTES = {
    "title": "the problem as the clean notice prints it, whole across the page's line and page breaks, trailing 。 removed, in the NFKC form (gold README)",
    "header": "the facts as the clean notice states them; the page furniture (page numbers, the repeated 文号 or header row) is no part of the text",
}

A_ITEMS, A_ASP = items_of(A_ASPECTS, str, 2, 3)
B_ITEMS, B_ASP = items_of(B_ASPECTS, cn, 3, 4)
C_ITEMS, C_ASP = items_of(C_ASPECTS, str, 4, 5)
D_ITEMS, D_ASP = items_of(D_ASPECTS, str, 3, 4)

NOTICES = [
    (
        "r126_chenzhou_city_bureau_pdftotext_no_layout_wrapped_lines_page_numbers_formfeed_docno_header.txt",
        render_a,
        {
            "layout": "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), a city bureau 党组's notice (named 郴州市某局党组) as pdftotext WITHOUT -layout gives it from its A4 公文 PDF: every line broken at the page's width (28 characters, the first-line indent dropped, no closing mark starting a line), a blank line between paragraphs only where the gap is wider (after headings, every third paragraph), the 文号 郴某党发〔2026〕3号 at the top of page 1 and repeated at the top of every later page, the page number — N — on its own line and a form feed at each page's end (problem 6's title broken by the page end); title on three lines, opening with dates, 一、整改工作总体情况 with the counts (3个方面9个问题, 已完成整改7个, 正在推进整改2个; 制度8项), 二、 with (一)…方面 aspects > N.<problem> numbered through > 整改情况：<status word>。<facts>, 三、下一步工作打算, contact, signature and date",
            "agency": "郴州市某局党组",
            "region": "郴州市",
            "province": "湖南省",
            "prefecture": "郴州市",
            "team": "市委第二巡察组",
            "period": ["2025-03-17", "2025-05-16"],
            "feedback": "2025-06-20",
            "signed": "2026-01-08",
            "claimed": {"aspects": 3, "problems": 9, "completed": 7, "in_progress": 2},
            "items": A_ITEMS,
            "aspects": A_ASP,
            "sources": ["item"] * len(A_ITEMS),
            "issuer": "中共郴州市某局党组",
            "warnings": [],
            "notes": {
                **COMMON_NOTES,
                "labels": "1.-9. numbered through the aspects",
                "status": "the 整改情况： line's opening words: 已完成 done, 已完成，长期坚持 done_longterm, 正在推进 in progress",
                "claimed": "3个方面9个问题; 已完成整改7个 (the long-term one among them), 正在推进整改2个; 制度8项 is no problem count",
                "pending": "item 3: 剩余8处…正在督促企业实施; item 6: 初稿已形成，正在征求意见",
            },
        },
    ),
    (
        "r126_wangjiang_county_office_pdf_viewer_copy_no_blank_lines_kept_or_lost_indent_page_breaks_in_titles_bracket_status.txt",
        render_b,
        {
            "layout": "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), a county 委办's notice (中共望江县委办公室) as a PDF viewer's copy gives it: each visual line of the page a line (28 characters), no blank lines at all, the indent's two full-width spaces kept on some paragraphs and lost on others, the page number - N - between two lines of the text, a page ending inside problem 五's title (after its first, full line) and inside problem 十's (before its last word 严肃 and its bracketed status); a two-line title, one opening paragraph with dates, feedback and the counts (3个方面11个问题, 已完成整改9个, 正在推进整改2个), 一、…方面 aspects > （一）…（十一） problems numbered through, each ending 。（<status>） > 整改措施：…, an unnumbered 下一步 paragraph, contact, signature and date",
            "agency": "望江县委办公室",
            "region": "望江县",
            "province": "安徽省",
            "prefecture": "安庆市",
            "team": "县委第一巡察组",
            "period": ["2025-03-10", "2025-05-09"],
            "feedback": "2025-06-12",
            "signed": "2026-01-12",
            "claimed": {"aspects": 3, "problems": 11, "completed": 9, "in_progress": 2},
            "items": B_ITEMS,
            "aspects": B_ASP,
            "sources": ["item"] * len(B_ITEMS),
            "issuer": "中共望江县委办公室",
            "warnings": [],
            "notes": {
                **COMMON_NOTES,
                "agency": "中共望江县委办公室 without 中共 (gold README)",
                "labels": "（一）-（十一） numbered through the 一、 aspects, as printed",
                "title": "the （N） paragraph without its bracketed status (the bracket is a marker, r98), whole across the page break",
                "status": "the bracket after the title: 已完成 done, 已完成，长期坚持 done_longterm, 正在推进 in progress",
                "claimed": "3个方面11个问题; 已完成整改9个 (the two long-term among them), 正在推进整改2个",
                "pending": "item 4: 已报县财政局审批，正在等待资金批复; item 8: 手册正在修改完善; item 2 (done and kept up; of the county's 67 督办 tasks 其余5件按计划推进: tasks the office follows, not its own rectification left undone) could be argued either way: null",
            },
        },
    ),
    (
        "r126_hubei_province_company_pdfminer_spaced_title_ledger_cell_per_line_repeated_header.txt",
        render_c,
        {
            "layout": "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), a provincial company 党委's notice (湖北省某集团有限公司) as pdfminer/PyPDF-style extraction gives it: the three title lines with a space between every character (a letter-spaced centred title), body lines broken at the page's width with a blank line between text boxes, spaces between some characters of justified lines (also inside the opening's dates: 2025年 8月26日, 2025年12 月31日), then the ledger 序号/反馈问题/整改措施/整改进展/责任部门 given cell by cell in reading order, every cell on its own line (header cells 反 馈 问 题 letter-spaced), 一、…方面 rows spanning the table as one cell, the page number - 2 - and the header row repeated at the next page's top between rows 4 and 5; 一、整改工作总体情况 with the counts (3个方面8个问题, 已完成整改6个, 正在推进整改2个), 三、下一步工作打算, contact, signature and date, the last page number",
            "agency": "湖北省某集团有限公司委员会",
            "region": "湖北省",
            "province": "湖北省",
            "prefecture": None,
            "team": "省委第八巡视组",
            "period": ["2025-04-08", "2025-06-20"],
            "feedback": "2025-08-26",
            "signed": "2026-01-20",
            "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
            "items": C_ITEMS,
            "aspects": C_ASP,
            "sources": ["item"] * len(C_ITEMS),
            "issuer": "中共湖北省某集团有限公司委员会",
            "warnings": [],
            "notes": {
                **COMMON_NOTES,
                "agency": "the title's 中共…委员会 without 中共; a provincial body: region and province the province, no prefecture (r104)",
                "labels": "the 序号 cell, numbered through the aspect rows",
                "title": "the 反馈问题 cell, trailing 。 removed",
                "aspects": "the 一、…方面 row spanning the ledger above its rows",
                "status": "the 整改进展 cell: 已完成 done, 已完成，长期坚持 done_longterm, 正在推进 in progress",
                "claimed": "3个方面8个问题; 已完成整改6个 (the long-term one among them), 正在推进整改2个",
                "pending": "item 5: 招投标管理信息系统正在建设; item 2 (正在推进, its measures saying only that the projects are back on schedule and one is running) could be argued either way: null",
            },
        },
    ),
    (
        "r126_yuelu_district_hospital_scanned_ocr_misread_characters_page_number_in_title_wenti_n.txt",
        render_d,
        {
            "layout": "written blind from the writer's knowledge of the genre (0 queries run, before reading the parser's code), a district hospital 党委's notice (长沙市岳麓区某医院委员会) as a scanned PDF's OCR text: each line of the page a line, no blank lines, the indent read as two ASCII spaces on some paragraphs, a few misread characters (己完成 for 已完成 in three status lines, 尚末 and 末完成 for 尚未/未完成, 曰 for 日 in the feedback date 7月3曰, O for 〇 in the signature's date 二O二六年, ，read as , in five places, two of them inside titles), the page number -1- inside problem 3's title, - 2 - and -3- elsewhere; a two-line title, opening with dates and feedback, 一、整改工作总体情况 with the counts (3个方面8个问题, 已完成整改6个, 正在推进整改2个), 二、 with （一）…方面 aspects > 问题N：<problem>。 > 整改措施：… > 完成情况：<status>, 三、下一步工作打算, contact, signature and date",
            "agency": "长沙市岳麓区某医院委员会",
            "region": "岳麓区",
            "province": "湖南省",
            "prefecture": "长沙市",
            "team": "区委第三巡察组",
            "period": ["2025-04-07", "2025-05-30"],
            "feedback": "2025-07-03",
            "signed": "2026-01-15",
            "claimed": {"aspects": 3, "problems": 8, "completed": 6, "in_progress": 2},
            "items": [["问题" + item[0], *item[1:]] for item in D_ITEMS],
            "aspects": D_ASP,
            "sources": ["item"] * len(D_ITEMS),
            "issuer": "中共长沙市岳麓区某医院委员会",
            "warnings": [],
            "notes": {
                **COMMON_NOTES,
                "labels": "问题1-问题8 as printed, numbered through the aspects",
                "status": "the 完成情况： line as the clean page prints it: 已完成整改 done (己完成 is the OCR's misreading of 已完成), 已完成整改，并长期坚持 done_longterm, 正在推进 in progress",
                "claimed": "3个方面8个问题; 已完成整改6个 (the long-term one among them), 正在推进整改2个",
                "feedback": "2025年7月3日, which the OCR reads 7月3曰",
                "signed": "二〇二六年一月十五日 under the signature, which the OCR reads 二O二六年",
                "pending": "item 3: 电子病历系统质控模块升级正在实施，尚未全部完成; item 6: 信息系统改造待区医保局审核后上线",
            },
        },
    ),
]


FIRST_READING = (
    "problems 22/36, statuses 22/36, aspects 21/36, pending 22/36, header 56/56 (main at d925649): every header fact"
    " (the OCR's 7月3曰 and 二O二六年 included) and the pdfminer ledger read right, and every status where the item was"
    " found; a problem's title that wraps was read as its first line only where that line, its paragraph's first,"
    " lost its indent in the extraction and so stands two characters short of the page's width (6 of 9 titles in the"
    " pdftotext copy, 7 of 8 in the OCR text, problem 五 of 11 in the viewer's copy, whose other paragraphs kept the"
    " indent or fit one line)"
)
# the notices not read right at the first reading: why (strict xfails), removed as fixes make them read right
GAPS: dict[str, str] = {}  # none since the fixes after the round (see about)


def main() -> None:
    gold = []
    for name, render, facts in NOTICES:
        (HERE / name).write_text(render(), encoding="utf-8")
        gold.append({"file": name, **facts})
    about = (
        "Round 126 (issue 19): NOTICES AS TEXT TAKEN OUT OF PDF FILES, the text a user pastes or a site's text version"
        " gives, written blind (0 queries run, before reading the parser's code) from the writer's knowledge of the"
        " genre and built by make_r126.py, each notice written clean as its A4 公文 page prints it (28 characters a"
        " line) and rendered as one way of taking its text out: pdftotext without -layout (a city bureau, 湖南: wrapped"
        " lines, blank lines only sometimes, — N — page numbers, form feeds, the 文号 repeated at each page's top); a"
        " PDF viewer's copy (a county 委办, 安徽: each visual line a line, no blank lines, kept or lost full-width"
        " indents, page breaks inside two problems' titles);"
        " pdfminer/PyPDF-style extraction (a provincial company, 湖北: a letter-spaced title, spaces between some"
        " characters, the ledger given cell by cell, the header row repeated after a page number); a scanned PDF's OCR"
        " text (a district hospital, 湖南: 己/已, 末/未, 曰/日, O for 〇, ，read as , , a page number inside a title)."
        " Bodies named 某 (the problems are invented). Gold: what the clean notice reads. Before the round was"
        " committed (no parser change), one gold value written blind was put right by the README's convention: the"
        " 望江 office's problem 二 (done and kept up, whose measures say of the county's 67 督办 tasks 其余5件按计划推进)"
        " had been written not pending; a careful reader could argue either way, so it is null; see its notes."
        " And the viewer's copy was rendered again before the round was committed: as first built it forced two short"
        " lines no page prints (a page break and a line end placed inside a title and a label where the line was not"
        " full); the page now ends after a full line inside problem 五's and problem 十's titles, and the label （十一）,"
        " which opens its paragraph, is never cut. first_reading is the reading of the files as committed. Fixed after"
        " the round (36/36): a hard-wrapped page whose extraction dropped the indent of each paragraph's first line is"
        " measured with the indent given back, and such a first line two characters short of the width goes on into"
        " the next; a running header repeated after the page marks (the 文号 pdftotext prints at each page's top) is"
        " dropped."
    )
    for notice in gold:
        if notice["file"] in GAPS:
            notice["gap"] = GAPS[notice["file"]]
            notice["items_gap"] = "wrapped titles read as their first line (see gap)"
    data = {"round": ROUND, "about": about, "first_reading": FIRST_READING, "notices": gold}
    (HERE / "rounds" / f"r{ROUND}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
