"""Compose complete rectification notices (巡察整改进展情况的通报) from independent seeded choices, with their gold.

Each notice is built from choices drawn from the tables below (header wording, number of levels, the numbering
family at each level, where and how status is stated, measures, closing sections, page chrome, wraps, squeeze,
script, claims). The gold is written by construction in the format of ../shared/gold (see its README), so a
parser that reads the genre must reproduce it. Every table is data: a newly met layout is a new row.

Reproduce one notice: `python -m tests.notices.generator SEED [axis=value ...]` prints its choices, text and gold.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# ---------------------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"


def cn(n: int) -> str:
    """Chinese numeral as notices print labels and team numbers (一 … 九十九)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def fullwidth(text: str) -> str:
    """ASCII digits as full-width digits (pages typed in a Chinese input method print them so)."""
    return text.translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})


# ---------------------------------------------------------------------------------------------------------------
# Numbering families: how a label prints (with its separator) and how its gold label reads
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Family:
    """One enumerator of the genre. `kind` groups families that read alike after NFKC (two levels of one notice
    never share a kind: a reader could not tell the levels apart). `roles` says where the genre uses it."""

    name: str
    printed: Callable[[int], str]
    gold: Callable[[int], str]
    kind: str
    limit: int = 99
    roles: frozenset[str] = frozenset({"heading", "item", "point"})
    arabic: bool = False  # prints ASCII digits (can be printed full-width)


_ALL = frozenset({"heading", "item", "point"})
_ITEMISH = frozenset({"item", "point"})
# Families whose words say "problem" or "entry" (问题N, 第N项, 第一条, 第N个问题) label problems and their headings,
# never measures or the points of an opening or closing part.
_NAMED = frozenset({"heading", "item"})

# Sources: 一、 (一) 1. (1) are the four levels of the party-document style (seeds, layouts L01–L14); 1、 1． ⒈ and
# full-width brackets come from pages typed in Chinese input methods; ① ❶ ⑴ from Word documents turned into web
# pages; 问题N / 问题一 / 问题（一） label problems in county notices (溆浦, L02, L07); 第N项 / 第一条 /
# 第N个问题 in ledger-style notices; 一是/二是 and 其一 number problems inside a group (L14); a./A. in enterprise
# and university notices; unnumbered problem paragraphs in L13.
FAMILIES: tuple[Family, ...] = (
    Family("一、", lambda n: f"{cn(n)}、", cn, "cn-dun"),
    Family("(一)", lambda n: f"({cn(n)})", cn, "cn-paren"),
    Family("（一）", lambda n: f"（{cn(n)}）", cn, "cn-paren"),
    Family("1.", lambda n: f"{n}.", str, "arabic-dot", arabic=True),
    Family("1、", lambda n: f"{n}、", str, "arabic-dot", arabic=True),
    Family("1．", lambda n: f"{n}．", str, "arabic-dot", arabic=True),
    Family("⒈", lambda n: chr(0x2487 + n), str, "arabic-dot", limit=20),
    Family("1)", lambda n: f"{n})", str, "arabic-half-paren", arabic=True),
    Family("(1)", lambda n: f"({n})", str, "arabic-paren", arabic=True),
    Family("（1）", lambda n: f"（{n}）", str, "arabic-paren", arabic=True),
    Family("⑴", lambda n: chr(0x2473 + n), str, "arabic-paren", limit=20),
    Family("①", lambda n: chr(0x245F + n), str, "circled", limit=20),
    Family("❶", lambda n: chr(0x2775 + n), str, "circled-neg", limit=10),
    Family("问题1", lambda n: f"问题{n}:", lambda n: f"问题{n}", "wenti", arabic=True, roles=_NAMED),
    Family("问题一", lambda n: f"问题{cn(n)}:", lambda n: f"问题{cn(n)}", "wenti-cn", roles=_NAMED),
    Family("问题（一）", lambda n: f"问题（{cn(n)}）", lambda n: f"问题{cn(n)}", "wenti-cn-paren", roles=_NAMED),
    Family("第1项", lambda n: f"第{n}项:", str, "di-xiang", arabic=True, roles=_NAMED),
    Family("第一项", lambda n: f"第{cn(n)}项:", cn, "di-xiang-cn", roles=_NAMED),
    Family("第一条", lambda n: f"第{cn(n)}条:", cn, "di-tiao", roles=_NAMED),
    Family("第1个问题", lambda n: f"第{n}个问题:", str, "di-ge", arabic=True, roles=_NAMED),
    Family("一是", lambda n: f"{cn(n)}是", cn, "shi", roles=_ITEMISH),
    Family("其一", lambda n: f"其{cn(n)},", cn, "qi", roles=_ITEMISH),
    # The same numberings in other brackets or with another stop, as web pages, ledgers and hurried typists print
    # them (【1】 【问题1】 〔一〕 一) 3: 问题①): read as the family they stand for, so each shares its kind.
    Family("【1】", lambda n: f"【{n}】", str, "arabic-paren", arabic=True),
    Family("〔一〕", lambda n: f"〔{cn(n)}〕", cn, "cn-paren"),
    Family("【问题1】", lambda n: f"【问题{n}】", lambda n: f"问题{n}", "wenti", arabic=True, roles=_NAMED),
    Family("一)", lambda n: f"{cn(n)})", cn, "cn-half-paren"),
    Family("1:", lambda n: f"{n}:", str, "arabic-dot", arabic=True, roles=_ITEMISH),
    Family("问题①", lambda n: f"问题{chr(0x245F + n)}", lambda n: f"问题{n}", "wenti", limit=20, roles=_NAMED),
    Family("a.", lambda n: f"{chr(96 + n)}.", lambda n: chr(96 + n), "latin", limit=26),
    Family("A.", lambda n: f"{chr(64 + n)}.", lambda n: chr(64 + n), "latin", limit=26),
    # An unnumbered problem paragraph: its gold label is its position under its heading (L13).
    Family("unnumbered", lambda n: "", str, "none", roles=frozenset({"item"})),
)
FAMILY = {f.name: f for f in FAMILIES}

# ---------------------------------------------------------------------------------------------------------------
# Status forms and phrases
# ---------------------------------------------------------------------------------------------------------------

# Phrases by gold status. Sources: 已完成/已完成整改/整改完成 (seeds, L08, L12), 已完成并长期坚持 /
# 已完成,长期坚持 (L07, L09, L12), 阶段性完成/正在推进/正在整改 (L02, L07, L09, L11); negations are "not done"
# and the item is still open.
PHRASES: dict[str, tuple[str, ...]] = {
    "done": ("已完成", "已完成整改", "已整改完成", "整改完成", "已整改到位", "完成"),
    "done_longterm": ("已完成并长期坚持", "已完成,长期坚持", "已完成,需长期坚持"),
    "in_progress": ("正在整改", "正在推进", "整改中", "持续推进中"),
}
# How an open item's words read (axis `open_words`): plainly, as a negation of done, or as partly done.
OPEN_WORDS: dict[str, tuple[str, ...]] = {
    "plain": PHRASES["in_progress"],
    "negation": ("未完成", "尚未完成", "没有完成", "未整改到位", "尚未整改到位"),
    "partial": ("基本完成", "阶段性完成", "已基本完成"),
    # a small body's own writer in spoken words (a village 党支部's and a health centre's notices, round 88)
    "spoken": ("还在改", "正在改", "没改完", "还没有改好"),
}
# A bracketed prefix or suffix carries a short phrase (L08-like ledgers, 【已完成】 in web notices).
SHORT_PHRASES: dict[str, tuple[str, ...]] = {
    "done": ("已完成", "已整改", "已整改完成"),
    "done_longterm": ("已完成并长期坚持",),
    "in_progress": ("正在整改", "整改中"),
}
# A status clause after a comma on the problem's line (叶塘镇's notice: 1.<problem>，已整改。 / ，正在整改。 /
# ，已整改并长期坚持。); open items take the notice's open words.
COMMA_PHRASES: dict[str, tuple[str, ...]] = {
    "done": ("已整改", "已完成", "已整改完成", "已整改到位", "已完成整改"),
    "done_longterm": ("已整改并长期坚持", "已完成,长期坚持", "已完成,需长期坚持"),
}
# 销号 ledgers: an item is struck off the list when done.
XIAOHAO: dict[str, tuple[str, ...]] = {"done": ("已销号",), "in_progress": ("未销号", "暂未销号")}
# 是否完成:是/否 fields in ledger tables.
YES_NO: dict[str, tuple[str, ...]] = {"done": ("是",), "in_progress": ("否",)}
# Prose sentences closing an item's text (L10: 目前,该问题已整改完成。).
PROSE: dict[str, tuple[str, ...]] = {
    # the subjectless sentence closing a 整改情况 text: a county bureau's notice (婺城区文旅体局, 2023)
    "done": ("目前,该问题已整改完成。", "目前该问题已完成整改。", "截至目前,该问题已整改到位。", "已完成整改。"),
    "done_longterm": ("目前,该问题已完成整改,并将长期坚持。",),
    "in_progress": ("目前,该问题正在整改中。", "目前该问题正在推进整改。", "正在整改。"),
}
PROSE_OPEN: dict[str, tuple[str, ...]] = {
    "plain": PROSE["in_progress"],
    "negation": ("截至目前,该问题尚未整改到位,将持续推进。", "目前该问题还没有完成整改。"),
    "partial": ("目前该问题已基本完成整改。", "目前该问题阶段性完成,正在持续推进。"),
    "spoken": ("目前这个问题还在改。", "这个问题还没改完,正在改。"),
}
# A share of the work done in a progress field (整改完成率：100% / 完成进度：60%, a county hospital's blocks, round 76;
# a city bureau's, round 90): all of it is done, less is open work. A share says nothing of keeping it up.
SHARE_FIELDS = ("整改完成率", "完成进度", "整改进度", "整改完成进度")
SHARES: dict[str, tuple[str, ...]] = {"done": ("100%",), "in_progress": ("30%", "50%", "60%", "80%", "90%")}
# Marks after the headlines that a legend printed once explains (注：√为已完成，△为正在推进: a county bureau's list,
# round 85). Only marks that a word processor's symbol menu offers; each legend names the done mark and the open one.
LEGENDS = (
    ("注:√为已完成,△为正在推进。", "√", "△"),
    ("说明:打“√”的表示已完成整改,打“○”的表示正在整改。", "√", "○"),
    ("(标注✓的为已整改完成,标注△的为正在推进)", "✓", "△"),
    ("注:●表示已完成,○表示正在整改。", "●", "○"),
)
# How a notice states its own counts (seeds: 反馈了3个方面12个问题; 青神/L07: …个问题…个具体问题; L06: counts in
# another order). `completed`/`in_progress` follow in the same sentence or the closing one.
CLAIM_FORMS: dict[str, tuple[str, ...]] = {
    "aspects_problems": ("反馈了{a}个方面{p}个问题", "指出{a}个方面{p}个问题", "共{a}个方面{p}个问题"),
    "problems_aspects": ("共{p}个问题,涉及{a}个方面", "反馈{p}个问题,分属{a}个方面"),
    "specific": (
        "反馈了{a}个方面{g}个问题{p}个具体问题",
        "指出{a}个方面{g}个问题,涉及{p}个具体问题",
        "梳理出具体问题{p}个,分属{a}个方面{g}个问题",
    ),
    "problems_only": ("共反馈问题{p}个", "指出问题{p}个", "反馈问题{p}个"),
}
# The same counts restated in the closing paragraph (L01, L03, L05, L12: claims at the end only).
CLOSING_CLAIM_FORMS: dict[str, tuple[str, ...]] = {
    "aspects_problems": ("巡察反馈的{a}个方面{p}个问题", "{lvl}委巡察组反馈的{a}个方面{p}个问题"),
    "problems_aspects": ("巡察反馈的{p}个问题涉及{a}个方面",),
    "specific": ("巡察反馈的{a}个方面{g}个问题{p}个具体问题",),
    "problems_only": ("巡察反馈的{p}个问题", "反馈的{p}个问题"),
}
# Sources: the seeds and layouts; 已销号/未销号 (a college's 销号 ledger, 信阳师范大学), 正在持续推进 (湖北省医保局),
# open work counted by kind, 基本完成 and 未完成 both in progress (漯河城投: 已完成整改5个，基本完成1个，未完成2个).
PROGRESS_CLAIMS = (
    "已完成整改{c}个,正在推进{i}个",
    "已整改完成{c}个,正在整改{i}个",
    "其中已完成{c}个、正在整改{i}个",
    "已销号{c}个,未销号{i}个",
    "已完成整改{c}个,正在持续推进{i}个",
    "已完成整改{c}个,基本完成{b}个,未完成{u}个",
)
XUN = ("上旬", "中旬", "下旬")

# Vocabulary met in the blind rounds after the first thousands of notices were drawn, each list drawn by _grow in
# its share of the grown list (so that no earlier draw moves). Status words of 2024–2026 notices (round 125's
# phrasings; 已完成并通过验收 and 转入常态化 in rounds 143–148): a result struck off, accepted or finished on time is
# done; done and turned into routine supervision or management is kept up (as …并长期坚持); moving on plan is open.
# Round 150's mixed and hedged words: a done clause followed by routine follow-up (已完成，持续推进 / 将持续巩固) is
# done; a share or a stage done, or results short of the end, is open.
GROWN_PHRASES: dict[str, tuple[str, ...]] = {
    "done": (
        *("已办结", "已整改清零", "已完成整改并销号", "已完成并通过验收", "整改任务已全部完成", "已按期完成整改"),
        *("已完成,持续推进", "已完成整改,将持续巩固"),
    ),
    "done_longterm": (
        *("已完成整改,并转入常态化监督", "已完成,转入常态化管理", "已整改,将长期坚持"),
        "已整改完成,形成长效机制,长期坚持",
    ),
    "in_progress": (
        *("按序时进度推进", "正在有序推进", "按计划推进中", "推进中", "进入收尾阶段"),
        *("已完成大部分整改任务", "阶段性完成,持续推进", "基本完成,持续推进", "未完全到位,正在推进", "正在收尾"),
        "已取得阶段性成效,正在持续深化",
    ),
}
# The forms that print PHRASES as they are (a field's value, a table's cell).
_PHRASE_FORMS = frozenset({"field_line", "field_inline", "fields_row", "table_column"})
# A record layout's field names (具体问题：/问题内容： over 整改落实：, round 148).
GROWN_TITLE_FIELDS = ("具体问题", "问题内容")
GROWN_MEASURE_LABELS = ("整改落实:",)
# Open work counted as 推进中 or as not yet rectified (rounds 147, 148: 已完成8个，推进中2个 / 尚未整改2个).
GROWN_PROGRESS_CLAIMS = ("已完成{c}个,推进中{i}个", "已整改{c}个,尚未整改{i}个", "已完成整改{c}个,未整改{i}个")
# Lines of responsibility fields under a problem that state no status (ledger notices): 责任领导/责任单位/整改时限.
META_FIELDS = (
    "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改",
    "责任部门:人事科 整改时限:2024年12月底前",
    "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持",
)
# Ledger layouts name the problem in a field under its label (问题1: / 问题描述:…).
TITLE_FIELDS = ("问题描述", "反馈问题", "存在问题", "问题表现")
STATUS_FIELDS = ("完成情况", "整改进度", "整改状态", "整改结果", "整改情况")
BRACKETS = (("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕"))
# Section headings that state the status of every item under them (seeds 000/003, L04). 需要长期坚持整改 is still
# open work there (L04 gold: in_progress), so sections never carry done_longterm.
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "done": ("已整改完成的问题", "已完成整改的问题", "集中整改期内已完成的整改事项"),
    "in_progress": ("正在整改的问题", "需要继续整改的事项", "需要长期坚持整改的事项", "正在推进整改的问题"),
}
# Lead sentences under an aspect that state the status of all its problems (L14: 共计12个问题已整改完成).
SECTION_LEADS: dict[str, tuple[str, ...]] = {
    "done": ("该方面{n}个问题已全部整改完成。", "本方面共{n}个问题,均已整改完成。", "共计{n}个问题已整改完成。"),
    "in_progress": ("本方面{n}个问题正在持续整改中。", "该方面{n}个问题均正在整改。"),
}
SECTION_LEAD_ONE: dict[str, tuple[str, ...]] = {
    "done": ("本方面1个问题已整改完成。",),
    "in_progress": ("本方面1个问题正在整改中。",),
}
TABLE_STATUS_HEADERS = ("完成情况", "整改进展", "整改状态", "整改进度")
# The columns a 整改台账 adds between the measures and the status (printed, never gold): who answers for the problem,
# and by when.
TABLE_WHO_HEADERS = ("责任人", "责任单位", "责任领导")
TABLE_WHO = ("办公室主任", "分管副局长", "党组书记", "人事科科长", "财务股长", "机关党支部书记", "综合科")
TABLE_DEADLINE_HEADERS = ("完成时限", "整改时限")

# Where and how status is stated; each form sets how items are written.
STATUS_FORMS = (
    "none",
    "field_line",
    "field_inline",
    "fields_row",
    "yes_no",
    "prefix",
    "suffix",
    "xiaohao",
    "prose",
    "section_heading",
    "section_lead",
    "table_column",
    "done_label",
    # 1.<problem>，已整改。: the status as a clause closing the problem's own line (a township's short notice, 叶塘镇).
    "comma_clause",
    # 整改完成率：100% / 完成进度：60%: the share of the work done in a progress field (rounds 76, 90).
    "share",
    # 1.<problem>。√ under a legend printed once (注：√为已完成，△为正在推进, round 85).
    "legend",
)
# Status forms and open words added after the first thousands of notices were drawn: a notice takes one from its
# seed apart from the axes (generate), so that each addition leaves every other notice as it was.
LATER_STATUS_FORMS = ("share", "legend")
LATER_OPEN_WORDS = ("spoken",)

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary: places, organisations, topics, problems, measures
# ---------------------------------------------------------------------------------------------------------------

PLACES = (
    ("东营市", "市"),
    ("朔州市", "市"),
    ("遂宁市", "市"),
    ("株洲市", "市"),
    ("许昌市", "市"),
    ("丽水市", "市"),
    ("天长市", "市"),
    ("溆浦县", "县"),
    ("延津县", "县"),
    ("涟水县", "县"),
    ("青神县", "县"),
    ("芦淞区", "区"),
    ("源城区", "区"),
    ("赫山区", "区"),
    ("东昌府区", "区"),
)
ORGS = (
    "科学技术局党组",
    "教育局党委",
    "卫生健康委员会党委",
    "司法局党组",
    "农业农村局党组",
    "交通运输局党组",
    "市场监督管理局党组",
    "文化广电和旅游局党组",
    "妇女联合会党组",
    "总工会党组",
    "统计局党组",
    "人民医院党委",
    "供销合作社联合社党组",
    "机关事务管理局党组",
    # Enterprises, colleges and hospitals publish the same notices (校党委/集团党委 inspections).
    "城市建设投资集团有限公司党委",
    "职业技术学院党委",
    "中心医院党委",
)
ROUNDS = ("", "第四轮", "十四届{lvl}委第五轮", "{lvl}委第三轮")

ASPECT_TOPICS = (
    "贯彻落实党的路线方针政策和上级决策部署",
    "落实全面从严治党战略部署",
    "落实新时代党的组织路线",
    "落实巡察、审计等监督发现问题整改",
    "履行职能责任、推动高质量发展",
    "意识形态工作责任制落实",
    "基层党组织建设",
    "作风建设和廉洁自律",
)
# Aspect headings (seeds, L02, L08, L11, 婺城's 在“…”方面).
ASPECT_FORMS = (
    "关于{t}方面",
    "{t}方面存在的问题",
    "{t}方面",
    "在{t}方面",
    "在“{t}不够到位”方面",
    "反馈问题:{t}不到位",
    "{t}有差距",
)
# Middle headings (seed 001 1.贯彻上级指示精神不到位。, L02 1.关于“…”方面, 婺城 1.关于“…”问题的整改).
GROUP_FORMS = ("{t}。", "{t}", "关于“{t}”方面", "关于“{t}”问题的整改")

GROUP_TITLES = (
    "贯彻上级指示精神不到位",
    "党组领导核心作用发挥不够",
    "落实意识形态工作责任制有差距",
    "政治监督不够有力",
    "选人用人工作不够规范",
    "财务管理制度执行不严",
    "基层党组织建设有弱项",
    "上轮巡察整改不彻底",
    "服务群众意识不强",
)

# Problem headlines: no internal 。, none ending in 问题 (forms add it), distinct in a notice. None says 存在: whether
# `…存在…问题` keeps its 问题 is arguable (存在漏洞问题), so the suffix form would make the gold ambiguous.
TITLES = (
    "政治理论学习跟进不够及时",
    "“第一议题”制度落实不到位",
    "党组理论学习中心组学习次数不达标",
    "学习贯彻习近平新时代中国特色社会主义思想不够深入",
    "意识形态阵地管理不严",
    "网站信息发布审核把关不严",
    "推动重点工作落实不够有力",
    "服务企业精准度不够",
    "项目验收把关不严",
    "专项资金使用监管不到位",
    "安全隐患排查整治不彻底",
    "政府采购程序不规范",
    "公务接待管理不规范",
    "公务用车管理不严格",
    "违规发放津补贴",
    "“三重一大”决策制度执行不到位",
    "党组会议议事规则不健全",
    "民主生活会批评与自我批评不够深入",
    "干部队伍结构不合理",
    "干部教育培训针对性不强",
    "选人用人程序不规范",
    "干部人事档案管理不规范",
    "基层党支部标准化建设滞后",
    "“三会一课”制度落实不严格",
    "党费收缴使用管理不规范",
    "发展党员程序不规范",
    "廉政风险防控机制不健全",
    "落实中央八项规定精神不够严格",
    "形式主义、官僚主义问题依然突出",
    "财务报销审核把关不严",
    "固定资产管理混乱",
    "合同管理不规范",
    "内部控制制度不健全",
    "上轮巡察反馈问题整改不彻底",
    "审计发现问题整改不到位",
    "信访举报办理不及时",
    "执法检查覆盖面不足",
    "行政审批服务效率不高",
    "科普工作统筹推进不够有力",
    "人才引进培养机制不完善",
    "档案管理工作不规范",
    "工会经费使用不规范",
    "职工队伍建设有短板",
    "统计数据质量把关不严",
    "政务公开工作不及时",
    "保密工作制度执行不严",
    "对下属单位监督指导不够",
    "网络安全防护有漏洞",
)

# Problem headlines in plain words: what the finding concerns, with no word of a shortcoming or a task (round 69's
# 党组对下属单位监督管理宽松软 was such a line to a reader without 宽松软). Distinct from TITLES.
PLAIN_TITLES = (
    "公务用车使用登记",
    "党组会议记录",
    "财务票据报销",
    "干部人事档案",
    "合同签订流程",
    "固定资产台账",
    "专项资金拨付",
    "保密文件收发",
    "统计报表报送",
    "档案借阅登记",
)

# A problem's facts told after its headline in plain words, no word of a shortcoming, a status or a 问题: what a
# reader knows is description only because the problem's measures stand in their own field below (整改措施:), the
# paragraph above it the problem's title whole (gold README; rounds 71 and 72 lost such titles to the lexicon).
PLAIN_FACTS = (
    "2023年度的7次集体学习均由主要负责人一人领学",
    "全年46笔报销中有19笔由经办人本人审批",
    "调研报告5篇均为会议材料汇编",
    "12个村级活动场所中有4个兼作仓库使用",
    "近两年的32份合同由同一名工作人员起草和审核",
    "2022年以来的15次党组会议记录均为事后补记",
)

# The facts a finding quotes after its headline (婺城: 关于“公务接待管理不规范。2021年以来有7批次公务接待无公函…”):
# figures, years opening the sentence, 。 inside; never a status word or a 问题 of their own.
FINDING_FACTS = (
    "2022年以来有5批次公务接待无公函,接待清单填写不完整",
    "抽查发现3个项目资料缺失,个别事项未按规定报批",
    "部分台账记录不全。2023年有2笔支出手续不完备",
    "近三年仅开展相关检查1次,覆盖面不足四成",
    "2021年至2023年有6份合同未经法律审核",
)

COLLEGES = ("机械工程学院", "外国语学院", "马克思主义学院", "材料科学与工程学院", "经济与管理学院", "附属第二医院")

# Problems worded as tasks (L04). Only plain headlines: 关于“加强…”问题 would not be written.
TASKS = (
    "落实立德树人根本任务",
    "加强干部队伍建设",
    "扩大优质服务供给",
    "深化作风建设",
    "压紧压实管党治党责任",
    "规范财务资产管理",
    "健全意识形态工作机制",
    "提升基层党组织组织力",
    "强化选人用人监督",
    "推进重点项目建设",
    "完善内部控制体系",
    "加强档案规范管理",
    "优化政务服务流程",
    "深化“三会一课”制度落实",
    "加强专项资金监管",
    "严格公务接待管理",
    "规范公务用车使用",
    "健全廉政风险防控机制",
    "加强网络安全防护",
    "提升统计数据质量",
    "推进政务公开",
    "加强保密管理",
    "强化对下属单位的监督指导",
    "加强人才引进培养",
)

# Measures: action clauses, free of status words (完成, 整改到位, 正在…) so that an item's status is only what its
# form states. Sources: the 一是…二是… measures of the seeds and layouts.
MEASURES = (
    "召开专题会议研究部署,制定整改方案,明确责任领导和责任科室",
    "修订完善相关制度,印发《工作规程》,明确工作标准和办理时限",
    "组织全体干部开展专题学习,深入剖析问题根源",
    "建立工作台账,实行清单化管理、销号式推进",
    "开展专项检查,对发现的问题逐一督促落实",
    "加强日常监督,定期通报工作进展",
    "将相关内容纳入党组理论学习中心组年度学习计划",
    "对相关责任人进行提醒谈话,举一反三查找漏洞",
    "组织开展业务培训2次,参训人员86人次",
    "建立健全长效机制,防止问题反弹回潮",
    "对近三年的有关资料进行全面梳理,规范归档",
    "邀请专家进行现场指导,提升工作质效",
    "制定年度工作要点,将任务分解到岗到人",
    "加强与相关部门的沟通协调,形成工作合力",
    "开展警示教育,组织观看警示教育片",
    "建立定期调度机制,每月听取一次工作汇报",
)

# Measures that report a finished sub-task (L01: 目前已发布64条, 目前均已按期推进): they are text, not the problem's
# status, which only the notice's status form states.
MEASURE_TRAPS = (
    "截至目前已完成专项检查3次",
    "已完成全部32份合同的复核",
    "已对5名相关人员完成提醒谈话",
    "目前相关制度均已按期印发",
)

# Concrete unfinished work an open problem's text states (gold pending, ../shared/gold/README.md), in the general
# forms the genre prints it: 正在<doing>, 尚在…中, 剩余/其余…, 待…后/时, 初稿 (惠济 剩余4处正在督促…, 湖北
# 尚在司法程序中 and 正在征求意见, 信阳师院 尚在准备中, 芦淞 待审计结论出具后处置, L02 待年底…时一并实施, L12 其余3个…).
PENDING_WORK = (
    "剩余2处正在督促相关单位整改。",
    "相关案件尚在司法程序中。",
    "统一的工作标准正在征求意见。",
    "认证材料尚在准备中。",
    "剩余款项待审计结论出具后处置。",
    "其余3个项目正在协调用地手续。",
    "相关岗位待年底集中调整时一并调整。",
    "管理办法初稿已形成。",
)
# The routine of keeping a done problem's rectification up is not unfinished work (gold pending false).
ROUTINE_WORK = ("正在持续巩固整改成果。", "相关做法正在长期坚持。")

# Opening general parts and closing sections whose numbered points are not problems (seed 001, L01, L05, L10).
GENERAL_HEADINGS = ("整改工作开展情况", "提高政治站位,压实整改责任", "整改工作总体情况")
GENERAL_POINTS = (
    "提高政治站位。党组把巡察整改工作作为重大政治任务,召开专题会议研究部署。",
    "压实整改责任。党组书记履行第一责任人责任,班子成员落实“一岗双责”。",
    "强化督促检查。建立整改工作台账,定期调度整改进展。",
)
CLOSING_HEADINGS = ("下一步工作打算", "下一步工作安排", "建立长效机制,巩固整改成果", "巩固深化巡察整改成果的打算")
CLOSING_POINTS = (
    "坚持思想不松。进一步提高政治站位,把抓好巡察整改作为践行“两个维护”的具体行动。",
    "坚持标准不降。对需要长期坚持的事项,明确时间表、路线图,定期调度。",
    "坚持长效常治。深入分析问题产生的根源,建立健全管根本、管长远的制度机制。",
)
MIDDLE_HEADINGS = ("巡察反馈问题整改落实情况", "整改落实情况", "反馈意见整改情况")
# The closing invitation to comment (every layout has one; phone, mail box, post address, or 特此通报).
WELCOMES = (
    "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议,请及时反映。"
    "联系电话:0546-8338123;电子邮箱:xczg@example.cn。",
    "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0731-22886655;邮政信箱:株洲市天元区长江北路1号;"
    "电子邮箱:zgjd@example.cn。",
    "特此通报。",
    "如有意见建议,请于2024年12月31日前反映给我们。",
)

OPENING_CLOSES = (
    "按照巡察工作有关要求,现将巡察整改进展情况予以公布。",
    "按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。",
    "根据巡察工作有关要求,现将巡察集中整改进展情况通报如下:",
)
SUMMARY_LEADS = (
    "{agency}把巡察整改作为重大政治任务来抓,切实将思想和行动统一到上级的部署要求上来。",
    "{agency}高度重视巡察反馈意见整改工作,成立整改工作领导小组,逐项制定整改措施。",
)
# Page chrome of government sites (seed 001, L06, L08): breadcrumbs, source and date line, font-size switch.
BREADCRUMBS = ("首页 > 巡察工作 > 整改公开", "当前位置:首页>>信息公开>>巡察整改", "您的位置:首页 / 通知公告")
TAIL_CHROME = ("【打印本页】【关闭窗口】", "分享到:", "扫一扫在手机打开当前页")
PUBLISHED_LABELS = ("发布时间", "更新时间", "公开日期", "发布日期", "信息时间", "时间")
FONT_SWITCHES = ("字号:大 中 小", "【字体:大 中 小】", "字体:[大] [中] [小]", "字号:[ ] 色调调节:")


# ---------------------------------------------------------------------------------------------------------------
# The notice model under construction
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class GenItem:
    title: str
    label: str  # gold label
    status: str
    source: str
    phrase: str | None  # the printed status phrase (None where the item itself states nothing)
    aspect: str | None = None
    group: str | None = None
    number: int = 0  # printed number
    pending: bool | None = False  # gold: its text states concrete unfinished work (None: arguable, not scored)


@dataclass
class Generated:
    seed: int
    choices: dict[str, Any]
    text: str
    gold: dict[str, Any]

    def describe(self) -> str:
        """One line that reproduces the notice."""
        return f"seed={self.seed} " + " ".join(f"{k}={v}" for k, v in self.choices.items())


@dataclass
class _Ctx:
    rng: random.Random
    ch: dict[str, Any]
    lines: list[str] = field(default_factory=list)
    # Draws of vocabulary grown after the first thousands of notices (GROWN): a stream of the seed's own, apart from
    # `rng`, so that growing a list moves no other choice of any notice.
    grown: random.Random = field(default_factory=lambda: random.Random(0))


def _grow(ctx: _Ctx, picked: Any, later: tuple[Any, ...], earlier: int) -> Any:
    """`picked` (drawn from a list of `earlier` entries as before), or, in the share the `later` entries now have of
    the grown list, one of them, drawn from the seed apart; every time where the notice is drawn `grown` (the tests'
    tier of the grown words)."""
    if ctx.ch.get("grown") or ctx.grown.random() < len(later) / (earlier + len(later)):
        return later[ctx.grown.randrange(len(later))]
    return picked


def _pick(rng: random.Random, seq: tuple[Any, ...] | list[Any]) -> Any:
    return seq[rng.randrange(len(seq))]


# Axis → the values a notice can take. `generate` draws each independently unless overridden.
AXES: dict[str, tuple[Any, ...]] = {
    "levels": (1, 2, 3, 4),
    "institution": ("government", "government", "government", "university"),
    # The notice's own title: 中共X关于[round]巡察整改进展情况的通报 / 中共X关于<team>巡察反馈意见整改… / X关于… /
    # 关于…的通报 without its issuer (pages that print the issuer only under the text: then it signs).
    "notice_title": ("zhonggong_round", "zhonggong_team", "plain_org", "no_org"),
    "item_family": tuple(f.name for f in FAMILIES),
    # the forms met later are drawn apart (LATER_STATUS_FORMS), so that adding one moves no other notice's draws
    "status_form": STATUS_FORMS[: -len(LATER_STATUS_FORMS)],
    "title_form": (
        "plain",
        "colon",
        "suffix",
        "guanyu",
        "duiyu",
        "quoted",
        "quoted_zhenggai",
        "zhendui",
        "field",
        "quoted_facts",
    ),
    # Problems worded as problems, or as the tasks that answer them (L04: 落实立德树人根本任务).
    "title_words": ("problem", "problem", "task"),
    "text_layout": ("own_line", "inline"),
    "measures_form": ("yishi_inline", "yishi_lines", "plain", "labelled"),
    "restart": (True, False),
    "parts": (False, True),
    "closing": (False, True),
    "chrome": ("none", "source_line", "info_block"),
    "signature": (False, True),
    "claims": ("none", "agree", "disagree"),
    "claims_where": ("header", "summary", "closing"),
    "opening": ("bingyu", "two_sentences", "team_first", "short_name"),
    "claim_form": tuple(CLAIM_FORMS),
    "open_words": ("plain", "negation", "partial"),  # spoken words drawn apart (LATER_OPEN_WORDS)
    # A done value naming the measures done (第一项、第二项已整改完成, seed 002) instead of the item.
    "clause_status": (False, False, True),
    "digits": ("ascii", "fullwidth_labels", "fullwidth_all"),
    "script": ("simplified", "traditional"),
    "wrap": (0, 0, 20, 28, 34, 40),
    "squeeze": ("none", "none", "none", "joined", "spaced"),
    "bare_items": (False, True),
    "measure_traps": (False, True),
    # A ledger table (one notice in eight), with a status column (status_form table_column) or without (none); its
    # form (TABLE_FORMS) is taken from the seed, not drawn here, so that a new form changes no other notice's draws.
    "table": (False, False, False, False, False, False, False, True),
    "spacing": ("none", "blank", "indent", "blank_indent"),
    "label_space": (False, True),
    "meta_fields": (False, True),
    "period": ("day", "day", "month", "xun"),
    "page_marks": ("none", "none", "dash", "em", "of"),
    # A page that dropped the 年 or 月 of the feedback date (issue 19 point 5): read only where one reading exists.
    "date_damage": ("none", "none", "none", "no_nian", "no_yue"),
}


# The plainest layout of the genre (seed 002, L08, L12): two levels (一)/1., a 完成情况 line, agreeing claims in the
# opening, no chrome. A class is tested as this baseline with one axis changed, so a failure names its class.
BASELINE: dict[str, Any] = {
    "levels": 2,
    "institution": "government",
    "notice_title": "zhonggong_round",
    "item_family": "1.",
    "status_form": "field_line",
    "title_form": "plain",
    "title_words": "problem",
    "text_layout": "own_line",
    "measures_form": "yishi_inline",
    "restart": True,
    "parts": False,
    "closing": False,
    "chrome": "none",
    "signature": False,
    "claims": "agree",
    "claims_where": "header",
    "opening": "bingyu",
    "claim_form": "aspects_problems",
    "open_words": "plain",
    "clause_status": False,
    "digits": "ascii",
    "script": "simplified",
    "wrap": 0,
    "squeeze": "none",
    "bare_items": False,
    "measure_traps": False,
    "table": False,
    "spacing": "none",
    "label_space": False,
    "meta_fields": False,
    "period": "day",
    "page_marks": "none",
    "date_damage": "none",
}
# How a page gives a ledger table as text: flattened to tabs (True: Word, Excel, web pages), copied a cell per line
# (a web table copied cell by cell), one line a row with its columns aligned by spaces (a PDF's text layer), or
# cells between | (a web page's table as its text extraction prints it: | 序号 | 问题内容 | … |).
TABLE_FORMS: tuple[Any, ...] = (True, "cells_per_line", "space_aligned", "pipes")
# Heading families the baseline prefers, top down (the party-document order 一、 (一) 1. (1)).
PLAIN_HEADINGS = ("一、", "(一)", "1.", "(1)", "①")


def generate(seed: int, *, baseline: bool = False, **overrides: Any) -> Generated:
    """Compose the notice of `seed`; `overrides` fix axes (e.g. item_family="①", status_form="prefix"). With
    `baseline`, every axis not overridden takes its BASELINE value (vocabulary, counts and dates still vary)."""
    rng = random.Random(seed)
    ch: dict[str, Any] = {axis: _pick(rng, values) for axis, values in AXES.items()}
    if baseline:
        ch.update(BASELINE)
        ch["plain_headings"] = True
    ch.update(overrides)
    if baseline:
        ch["baseline"] = True
        # In the party-document order nothing is numbered above 一、: problems numbered 一、 stand at the top (L05).
        if "levels" not in overrides and ch["item_family"] in PLAIN_HEADINGS:
            ch["levels"] = min(ch["levels"], PLAIN_HEADINGS.index(ch["item_family"]) + 1)
    # One problem headline in plain words (公务用车使用登记), no shortcoming or task word, among siblings worded as
    # problems (a district bureau's unnumbered problem line, round 69): drawn for one notice in five, the first or
    # the second problem, from the seed apart from the axes so that no other draw moves. Its shape, not its words,
    # makes it a problem: a field of a kind the problem above holds or its own field at once below, the run of 其一
    # going on or counted by its area's lead, an entry or a point stating its status under its heading, its own
    # status clause, a 一、 section beside two problems (the rules it brought, 2026-12-06).
    ch.setdefault("plain_headline", random.Random(seed + 20_000_000).random() < 0.2)
    # Problems whose facts follow their headline in plain words above their measures' field (PLAIN_FACTS): drawn for
    # one notice in two, from the seed apart from the axes; printed only where the layout has that field (_described).
    ch.setdefault("described", random.Random(seed + 20_000_002).random() < 0.5)
    # A page whose line breaks were lost, then printed at a width (a web page saved as a PDF, or scanned): drawn for
    # one joined notice in two, its width from the seed apart from the axes; the squeezed text is cut every W
    # characters as the PDF's text layer cuts it.
    later = random.Random(seed + 20_000_004)
    if later.random() < len(LATER_STATUS_FORMS) / len(STATUS_FORMS):
        ch["status_form"] = later.choice(LATER_STATUS_FORMS)
    if later.random() < len(LATER_OPEN_WORDS) / len(OPEN_WORDS):
        ch["open_words"] = later.choice(LATER_OPEN_WORDS)
    if baseline:
        ch.update({axis: v for axis, v in BASELINE.items() if axis in ("status_form", "open_words")})
    ch.update({axis: v for axis, v in overrides.items() if axis in ("status_form", "open_words")})
    # A note app's Markdown (飞书/语雀/Notion/Obsidian, round 141): one notice in twelve of those printed as a page
    # (no wraps, squeeze, page marks or table, which a note app does not make), drawn from the seed apart.
    ch.setdefault("markdown", _pick(random.Random(seed + 20_000_006), (*MARKDOWN_STYLES, *[None] * 33)))
    printed = random.Random(seed + 20_000_003)
    ch.setdefault("printed_width", printed.choice((20, 28, 34, 40)) if printed.random() < 0.5 else 0)
    _reconcile(ch, rng)
    if ch["table"] is True and "table" not in overrides:
        ch["table"] = TABLE_FORMS[seed % len(TABLE_FORMS)]
        _fit_table(ch)
    _fit_markdown(ch, overrides)
    return _compose(seed, ch, rng)


# How a note app writes a notice in Markdown (round 141's files): headings by level (# title, ## aspects, ### groups),
# then the problem's line as a list item, in bold, or as a line whose number the exporter escaped (1\. — Obsidian,
# Notion); its fields quoted (> 整改情况：…) or as list items; front matter and the app's edit stamp around it.
MARKDOWN_STYLES = ("bullets_quoted", "bold_dashed", "escaped_front_matter")


# The page a note app prints: its text whole, none of a PDF's or a scan's wraps, squeezes or page marks, no table.
NOTE_APP_PAGE: dict[str, Any] = {"wrap": 0, "squeeze": "none", "page_marks": "none", "table": False, "printed_width": 0}


def _fit_markdown(ch: dict[str, Any], overrides: dict[str, Any]) -> None:
    """A notice drawn as Markdown takes a note app's page, unless a test fixed another (then it is no Markdown)."""
    if not ch.get("markdown"):
        return
    fixed = any(axis in overrides and overrides[axis] != value for axis, value in NOTE_APP_PAGE.items())
    if fixed or ch["table"]:  # a ledger's table is drawn with its own status column and forms (_fit_table)
        ch["markdown"] = None
    else:
        ch.update(NOTE_APP_PAGE)


def _fit_table(ch: dict[str, Any]) -> None:
    """A PDF's text layer keeps a row's lines together (its wrapped cells below it): no blank line between them."""
    if ch["table"] == "space_aligned" and ch["spacing"] in ("blank", "blank_indent"):
        ch["spacing"] = "indent"


def _reconcile(ch: dict[str, Any], rng: random.Random) -> None:
    """Make the drawn choices a notice a careful reader could annotate without doubt (each rule says why)."""
    _fit_layout(ch, rng)
    _fit_text(ch, rng)
    _heading_families(ch, rng)


# Status forms printed on the problem's headline itself (in brackets before or after it, or as its last clause).
_ON_HEADLINE = ("prefix", "suffix", "xiaohao", "comma_clause", "legend")


def _fit_layout(ch: dict[str, Any], rng: random.Random) -> None:
    """Tables, status sections, unnumbered, task-worded and ledger problems need their own layout."""
    # A status column needs a table, and a table states status only in its column (or not at all).
    if ch["table"] and ch["status_form"] != "none":
        ch["status_form"] = "table_column"
    form = ch["status_form"]
    ch["table"] = ch["table"] or form == "table_column"
    if ch["table"]:
        ch["levels"] = min(ch["levels"], 2)
        ch["wrap"], ch["squeeze"], ch["item_family"] = 0, "none", "1."  # tabs do not survive wraps or squeezes
        _fit_table(ch)
        ch["bare_items"] = False
    fam = FAMILY[ch["item_family"]]
    # Status sections hold the problems directly: a heading above would be both aspect and section (ambiguous).
    if form == "section_heading":
        ch["levels"] = 1
        ch["parts"] = False
    # A lead sentence states the status of an aspect: it needs aspects.
    if form == "section_lead" and ch["levels"] < 2:
        ch["levels"] = 2
    # Unnumbered problems are sentences of a paragraph: title and text share the line, nothing sits below them.
    if fam.name == "unnumbered":
        ch["text_layout"] = "inline"
        ch["title_form"] = _pick(rng, ("plain", "guanyu"))
        # Headings delimit the list: without them nothing tells a problem paragraph from the opening's prose.
        ch["levels"] = 2
        ch["bare_items"] = False
        # Joined without a space, a heading runs straight into the first problem's headline (⑴…有差距健全…机制。):
        # nothing marks where the heading ends, and a reader could only guess it from the words, so such a page
        # keeps the space its lines were joined with.
        if ch["squeeze"] == "joined":
            ch["squeeze"] = "spaced"
    # A task-worded problem (L04) is told from a numbered measure only by its level: never with numbered measures
    # below it, and printed plain (关于“加强…”问题 is not written).
    if ch["title_words"] == "task":
        ch["levels"] = min(ch["levels"], 3)
        if ch["title_form"] not in ("plain", "field"):
            ch["title_form"] = "plain"
    # Ledger items: the label alone, then 问题描述:<problem>. A label of words (一是, 其一) or none cannot stand alone,
    # and a bracketed status would sit on the field line, not the label's: those take the plain headline.
    if ch["title_form"] == "field" and (fam.kind in ("shi", "qi", "none") or form in _ON_HEADLINE):
        ch["title_form"] = "plain"
    if ch["title_form"] == "field":
        ch["text_layout"] = "own_line"
    # A bracketed status after a colon-ended headline would stand between the headline and its text: plain instead.
    if ch["title_form"] == "colon" and form in _ON_HEADLINE:
        ch["title_form"] = "plain"


def _fit_text(ch: dict[str, Any], rng: random.Random) -> None:
    """Numbered measures, bare problems, 一是 problems, claims and squeezes that would otherwise be ambiguous."""
    fam = FAMILY[ch["item_family"]]
    # A 4th level numbers the measures under each problem (L01 (1)(2)); the problem then reads as a problem
    # (…问题, 关于“…”问题) so that the numbered measures cannot be taken for problems.
    if ch["levels"] == 4:
        ch["title_form"] = _pick(rng, ("suffix", "quoted", "quoted_zhenggai", "zhendui"))
        ch["text_layout"] = "own_line"
        ch["measures_form"] = "points"
        if ch["status_form"] in ("prose", "field_line", "field_inline", "fields_row", "yes_no", "done_label", "share"):
            ch["status_form"] = "suffix"
    # Problems printed without their own text need siblings that have it, and a status they state themselves
    # (a bare title under a prose or field form would have nowhere to state it).
    if ch["status_form"] not in ("none", *_ON_HEADLINE, "section_heading", "section_lead"):
        ch["bare_items"] = False
    # 一是 clauses as measures would read as problems when problems are numbered 一是 / 其一; such a problem's
    # text starts on its own line.
    if fam.kind in ("shi", "qi"):
        if ch["measures_form"].startswith("yishi"):
            ch["measures_form"] = "plain"
        ch["text_layout"] = "own_line"
    if ch["claims"] == "none":
        ch["claims_where"] = "-"
    # A squeezed text has no lines to wrap.
    if ch["squeeze"] != "none":
        ch["wrap"] = 0


def _heading_families(ch: dict[str, Any], rng: random.Random) -> None:
    """Families for the heading levels (parts, aspects, groups, status sections), top down, of distinct kinds."""
    fam = FAMILY[ch["item_family"]]
    form = ch["status_form"]
    n_headings = 0 if form == "section_heading" else {1: 0, 2: 1, 3: 2, 4: 2}[ch["levels"]]
    used = {fam.kind}
    heads: list[str] = []
    count = n_headings + (1 if ch["parts"] else 0) + (1 if form == "section_heading" else 0)
    if ch.pop("plain_headings", False):
        # The party-document order, the levels just above the item's own family where it is one of them.
        plain = [n for n in PLAIN_HEADINGS if FAMILY[n].kind != fam.kind]
        above = PLAIN_HEADINGS.index(fam.name) if fam.name in PLAIN_HEADINGS else count
        heads = (plain[: max(above, count)])[-count:] if count else []
        used.update(FAMILY[h].kind for h in heads)
    while len(heads) < count:
        options = [f for f in FAMILIES if "heading" in f.roles and f.kind not in used]
        if ch["parts"] and not heads:
            # The parts of a notice (一、整改工作开展情况 / 二、整改落实情况) are never called 问题N or 第N项.
            options = [f for f in options if f.roles != _NAMED]
        chosen = _pick(rng, options)
        used.add(chosen.kind)
        heads.append(chosen.name)
    ch["heading_families"] = heads
    if ch["levels"] == 4:
        options = [f for f in FAMILIES if "point" in f.roles and f.kind not in used and f.kind not in ("shi", "qi")]
        ch["point_family"] = _pick(rng, options).name


def _title_line(title: str, form: str, item_fam: Family) -> str:
    """The problem's headline as printed (gold title is `title`)."""
    if form in ("quoted", "quoted_zhenggai", "zhendui", "quoted_facts"):
        title = title.replace("“", "‘").replace("”", "’")  # quotes inside quotes print single (L06)
    if form == "suffix":
        return f"{title}问题。" if item_fam.name == "unnumbered" else f"{title}问题"
    if form == "guanyu":
        return f"关于{title}的问题。"
    if form == "duiyu":
        return f"对于{title}的问题。"  # L07
    if form == "colon":
        return f"{title}:"  # a headline ended by a colon, its text after it (issue 19 point 3: to 。；:)
    if form == "quoted":
        return f"关于“{title}”问题"
    if form == "quoted_zhenggai":
        return f"关于“{title}”问题的整改情况"
    if form == "zhendui":
        return f"针对“{title}”的问题"
    if form == "quoted_facts":
        # 婺城's notice quotes the whole finding: its headline, then its facts (a year may open them); the title is
        # the headline. The facts are drawn from the title (no draw of the notice's own, so other axes keep theirs).
        return f"关于“{title}。{FINDING_FACTS[sum(map(ord, title)) % len(FINDING_FACTS)]}”问题的整改"
    return f"{title}。"


def _status_for(rng: random.Random, form: str) -> str:
    """The gold status an item gets under `form` (sections and yes/no know only done / in progress)."""
    if form == "none":
        return "unstated"
    if form == "done_label":
        return "done"
    if form in ("section_heading", "section_lead", "yes_no", "xiaohao", "share", "legend"):
        return _pick(rng, ("done", "done", "in_progress"))
    return _pick(rng, ("done", "done", "done", "done_longterm", "in_progress", "in_progress"))


def _measures(ctx: _Ctx, n_clauses: int) -> list[str]:
    """The item's rectification text as printed lines (one or more)."""
    rng, form = ctx.rng, ctx.ch["measures_form"]
    clauses = rng.sample(MEASURES, n_clauses)
    if ctx.ch["measure_traps"] and rng.random() < 0.6:
        clauses[rng.randrange(n_clauses)] = _pick(rng, MEASURE_TRAPS)
    if form.startswith("yishi") and n_clauses == 1:
        form = "plain"  # 一是 without 二是 is not written
    if form == "yishi_inline":
        return ["".join(f"{cn(i + 1)}是{c}。" for i, c in enumerate(clauses))]
    if form == "yishi_lines":
        return [f"{cn(i + 1)}是{c}。" for i, c in enumerate(clauses)]
    if form == "labelled":
        label = _grow(ctx, _pick(rng, ("整改措施:", "整改举措:", "整改情况:")), GROWN_MEASURE_LABELS, 3)
        return [label + "".join(f"{c}。" for c in clauses)]
    if form == "points":
        pf = FAMILY[ctx.ch["point_family"]]
        return [f"{pf.printed(i + 1)}{c}。" for i, c in enumerate(clauses)]
    return ["".join(f"{c}。" for c in clauses)]


def _write_item(ctx: _Ctx, it: GenItem, fam: Family, bare: bool) -> None:
    """Print one problem: its label and headline, then its rectification text with its status in the notice's form."""
    rng, ch = ctx.rng, ctx.ch
    label = fam.printed(it.number)
    head = _headline(ctx, it, fam)
    # Numbered measure points come at least two to an item (a lone (1) is not written).
    n_clauses = rng.randint(2 if ch["measures_form"] == "points" else 1, 3)
    measures = [] if bare else _measures(ctx, n_clauses)
    if measures and not ch["table"]:
        _work_left(it, measures)
    if _described(ch, head, measures):
        facts = PLAIN_FACTS[sum(map(ord, it.title)) % len(PLAIN_FACTS)]  # from the title: no draw moves
        head, it.title = f"{head}{facts}。", f"{it.title}。{facts}"
    colon = _pick(rng, (":", "："))
    phrase = it.phrase
    # 整改进度:第一项、第二项已整改完成并长期坚持 (seed 002): every clause named done is the item done. Naming only
    # some of them would leave the item's status arguable, so all are named; only before the first words met (a
    # grown word after the ordinals may be read of the steps: 第一项、第二项已完成，持续推进 is arguable).
    numbered = n_clauses >= 2 and ch["measures_form"].startswith("yishi") and not bare
    fields = ch["status_form"] in ("field_line", "field_inline", "fields_row")
    first_words = phrase in PHRASES.get(it.status, ())
    if phrase and fields and numbered and it.status != "in_progress" and ch["clause_status"] and first_words:
        phrase = "、".join(f"第{cn(i + 1)}项" for i in range(n_clauses)) + phrase
    if phrase:
        _state_status(ctx, measures, phrase, colon)
    if ch["meta_fields"] and not bare:
        measures.insert(0 if rng.random() < 0.5 else len(measures), _pick(rng, META_FIELDS))
    if label and ch["label_space"]:
        label += _pick(rng, (" ", "　", "  "))  # PDFs and Word pages put a space after the number
    # Inline: the text runs on after the headline's 。 (L03, L13); a field line keeps its own line.
    fields = ("整改", "完成", "是否", "责任", "牵头")
    ends = head.endswith(("。", ":"))
    if ch["text_layout"] == "inline" and measures and not measures[0].startswith(fields) and ends:
        ctx.lines.append(label + head + measures[0])
        ctx.lines.extend(measures[1:])
    elif ch["title_form"] == "field":
        ctx.lines.append(label)
        name = _grow(ctx, _pick(rng, TITLE_FIELDS), GROWN_TITLE_FIELDS, len(TITLE_FIELDS))
        ctx.lines.append(f"{name}{colon}{head}")
        ctx.lines.extend(measures)
    else:
        ctx.lines.append(label + head)
        ctx.lines.extend(measures)


# The status forms that leave the headline as printed (no bracket or clause on it) and put no field of their own
# between it and its measures' field that is not a status: a described problem is drawn under these.
_DESCRIBED_FORMS = frozenset({"none", "field_line", "yes_no", "fields_row", "done_label", "field_inline", "prose"})


def _described(ch: dict[str, Any], head: str, measures: list[str]) -> bool:
    """Whether this problem prints its facts after its headline (ch["described"]): only a plain headline above its
    measures in their own labelled field (measures_form labelled), where that field is what makes the facts facts."""
    return (
        bool(ch.get("described"))
        and ch["measures_form"] == "labelled"
        and ch["title_form"] == "plain"
        and ch["title_words"] == "problem"  # a task headline (L04) is followed by what was done, not by facts
        and ch["status_form"] in _DESCRIBED_FORMS
        and not ch["table"]
        and head.endswith("。")
        and bool(measures)
    )


def _work_left(it: GenItem, measures: list[str]) -> None:
    """Two in three open problems state the work still to do after their measures (gold pending); half the
    long-term ones the routine of keeping it up (not pending). Chosen from the title, so no draw of the notice
    moves. An open problem's closing prose sentence (目前该问题正在整改中) is arguable work: not scored."""
    key = sum(map(ord, it.title))
    if it.status == "in_progress" and key % 3:
        measures[-1] += PENDING_WORK[key % len(PENDING_WORK)]
        it.pending = True
    elif it.status == "done_longterm" and key % 2:
        measures[-1] += ROUTINE_WORK[key % len(ROUTINE_WORK)]


def _headline(ctx: _Ctx, it: GenItem, fam: Family) -> str:
    """The problem's headline as printed, with its status in brackets where the form puts it there."""
    rng, form = ctx.rng, ctx.ch["status_form"]
    head = _title_line(it.title, ctx.ch["title_form"], fam)
    if fam.kind in ("shi", "qi") and not head.endswith(("。", ":")):
        head += "。"
    if form == "prefix" and it.phrase:
        o, c = _pick(rng, BRACKETS)
        head = f"{o}{it.phrase}{c}{head}"
    if form in ("suffix", "xiaohao") and it.phrase:
        o, c = _pick(rng, BRACKETS)
        stem = head[:-1] if head.endswith("。") else head
        head = f"{stem}{o}{it.phrase}{c}" + ("。" if head.endswith("。") else "")
    if form == "legend" and it.phrase:
        head += _pick(rng, ("", " "))
        head += it.phrase
    if form == "comma_clause" and it.phrase:
        stem = head[:-1] if head.endswith("。") else head
        head = f"{stem}{_pick(rng, (',', '，'))}{it.phrase}。"
    return head


def _state_status(ctx: _Ctx, measures: list[str], phrase: str, colon: str) -> None:
    """Put the status into the item's text as its form says: a field line, a label, a field, a prose sentence."""
    rng, form = ctx.rng, ctx.ch["status_form"]
    status_line: str | None = None
    if form == "field_line":
        status_line = f"{_pick(rng, STATUS_FIELDS[:4])}{colon}{phrase}。"
    elif form == "yes_no":
        status_line = f"是否完成{colon}{phrase}"
    elif form == "share":
        status_line = f"{_pick(rng, SHARE_FIELDS)}{colon}{phrase}"
    elif form == "fields_row":
        status_line = (
            f"责任单位{colon}{_pick(rng, ('办公室', '人事科', '财务科', '机关党委'))};"
            f"整改时限{colon}{_pick(rng, ('2024年12月底前', '长期坚持', '立行立改'))};"
            f"整改进度{colon}{phrase}"
        )
    elif form == "done_label" and measures:
        # 整改完成情况: heading an item's text says it is done (seed 001, gold README).
        measures[0] = f"{phrase}{colon}" + measures[0]
    elif form == "field_inline" and measures:
        measures[0] = f"整改情况{colon}{phrase}。" + measures[0]
    elif form == "prose" and measures:
        where = rng.randrange(3)  # ending the text, a line after it, or the line before it
        if where == 0:
            measures[-1] += phrase
        else:
            measures.insert(len(measures) if where == 1 else 0, phrase)
    if status_line is not None:
        measures.insert(len(measures) if rng.random() < 0.5 else 0, status_line)


Tree = list[tuple[str | None, list[tuple[str | None, list[GenItem]]]]]  # aspects > groups > problems


@dataclass
class _Draft(_Ctx):
    """A notice under construction: its drawn facts, its tree of problems and the lines printed so far."""

    seed: int = 0
    place: str = ""
    lvl: str = ""
    agency: str = ""
    team: str = ""
    year: int = 0
    dates: tuple[int, int, int, int, int, int] = (0, 0, 0, 0, 0, 0)  # m1 d1 m2 d2 m3 d3
    start: str | None = None
    end: str | None = None
    feedback: str | None = None
    n_aspects: int = 1
    n_groups: int = 1
    heads: list[Family] = field(default_factory=list)
    parts_fam: Family | None = None
    tree: Tree = field(default_factory=list)
    items: list[GenItem] = field(default_factory=list)
    aspect_status: list[str] = field(default_factory=list)
    bare: set[int] = field(default_factory=set)
    claimed: dict[str, int | None] = field(default_factory=dict)
    claim_sentence: str = ""
    issuer: str = ""
    published: str | None = None
    signed: str | None = None
    part_no: int = 0
    party: str = "中共"  # the prefix of the issuer's formal name (a university's school signs without it)

    @property
    def item_fam(self) -> Family:
        return FAMILY[self.ch["item_family"]]

    @property
    def form(self) -> str:
        return str(self.ch["status_form"])


def _compose(seed: int, ch: dict[str, Any], rng: random.Random) -> Generated:
    """Draw the notice's facts, build its tree, then print header, body and closing in order."""
    d = _Draft(rng, ch, seed=seed, grown=random.Random(seed + 20_000_005))
    place, d.lvl = _pick(rng, PLACES)
    d.place, d.agency = place, place + _pick(rng, ORGS)
    if ch["institution"] == "university":
        # A university inspects its own schools (校党委第四巡察组, university news pages): no place in the name.
        d.place, d.lvl, d.agency, d.party = "", "校党", _pick(rng, COLLEGES) + "党委", ""
    d.team = f"{d.lvl}委第{cn(rng.randint(1, 9))}巡察组"
    year = d.year = rng.choice((2022, 2023, 2024))
    m1 = rng.randint(2, 6)
    d1 = rng.randint(1, 28)
    m2 = m1 + rng.randint(1, 2)
    d2 = rng.randint(1, 28)
    m3 = m2 + rng.randint(1, 3)
    d3 = rng.randint(1, 28)
    d.dates = (m1, d1, m2, d2, m3, d3)
    d.start, d.end, d.feedback = f"{year}-{m1:02d}-{d1:02d}", f"{year}-{m2:02d}-{d2:02d}", f"{year}-{m3:02d}-{d3:02d}"
    _build_tree(d)
    # Labels beyond a family's range would repeat: numbering continues only as far as the family reaches.
    if any(it.number >= d.item_fam.limit for it in d.items) and d.item_fam.limit < 99:
        ch["restart"] = True
        return _compose(seed, ch, random.Random(seed + 10_000_000))
    if d.form == "section_heading":
        _regroup_by_status(d)
    if ch["bare_items"] and len(d.items) >= 3:
        d.bare = {id(it) for it in rng.sample(d.items[1:], max(1, len(d.items) // 4))}
    _claims(d)
    listed = _closing_list(d)
    _header(d)
    _parts(d)
    _body(d)
    if listed:
        d.lines.append(listed)
    _closing(d)
    text = _finish(d, d.item_fam)
    return Generated(seed, dict(ch), text, _gold(d))


def _build_tree(d: _Draft) -> None:
    """Aspects > groups > problems, each problem with its title, label and status."""
    rng, ch, form, item_fam = d.rng, d.ch, d.form, d.item_fam
    levels = ch["levels"]
    small = bool(ch.get("small"))  # the shortest notice of its class, for failure reports
    d.n_aspects = (2 if small else rng.randint(2, 3)) if levels >= 2 else 1
    d.n_groups = (1 if small else rng.randint(1, 2)) if levels >= 3 else 1
    titles = rng.sample(TASKS if ch["title_words"] == "task" else TITLES, 20)
    if ch["plain_headline"] and ch["title_words"] != "task":
        # the notice's first problem or its second (a sibling of the first), drawn apart from the axes
        first = random.Random(d.seed + 20_000_001).random() < 0.5
        titles[-1 if first else -2] = PLAIN_TITLES[d.seed % len(PLAIN_TITLES)]
    d.heads = [FAMILY[h] for h in ch["heading_families"]]
    d.parts_fam = d.heads.pop(0) if ch["parts"] else None
    aspect_topics = rng.sample(ASPECT_TOPICS, d.n_aspects)
    group_titles = rng.sample(GROUP_TITLES, d.n_aspects * d.n_groups)
    counter = 0
    for a in range(d.n_aspects):
        aspect_line = None
        if levels >= 2:
            aspect_line = d.heads[0].printed(a + 1) + _pick(rng, _aspect_forms(ch)).format(t=aspect_topics[a])
        aspect_status = _status_for(rng, form) if form == "section_lead" else ""
        d.aspect_status.append(aspect_status)
        groups: list[tuple[str | None, list[GenItem]]] = []
        for g in range(d.n_groups):
            group_line = None
            if levels >= 3:
                number = a * d.n_groups + g + 1 if not ch["restart"] else g + 1
                topic = group_titles[a * d.n_groups + g]
                group_line = d.heads[1].printed(number) + _pick(rng, _group_forms(ch)).format(t=topic)
            max_items = 7 if levels == 1 else 4 if levels == 2 else 3
            n_items = rng.randint(1 if levels >= 2 else 3, max_items)
            if small:
                n_items = 2 if levels >= 2 else 3
            group_items = []
            for i in range(n_items):
                counter += 1
                local = i + 1 if ch["restart"] else counter
                if item_fam.name == "unnumbered":
                    local = i + 1  # positions restart under each heading (L13)
                local = min(local, item_fam.limit)
                status = aspect_status or _status_for(rng, form)
                phrase = _phrase_for(rng, form, status, ch["open_words"])
                if phrase and form in _PHRASE_FORMS and (status != "in_progress" or ch["open_words"] == "plain"):
                    phrase = _grow(d, phrase, GROWN_PHRASES[status], len(PHRASES[status]))
                if form == "legend":  # the notice's legend, from the seed apart from the draws
                    phrase = LEGENDS[d.seed % len(LEGENDS)][1 if status == "done" else 2]
                source = "none" if status == "unstated" else ("section" if form.startswith("section") else "item")
                gi = GenItem(titles.pop(), item_fam.gold(local), status, source, phrase, aspect_line, group_line, local)
                if status == "in_progress" and phrase in GROWN_PHRASES["in_progress"]:
                    gi.pending = None  # a hedge (正在收尾, 未完全到位) says work is left, naming none: arguable
                group_items.append(gi)
                d.items.append(gi)
            groups.append((group_line, group_items))
        d.tree.append((aspect_line, groups))


def _unstated_tasks(ch: dict[str, Any]) -> bool:
    """Problems worded as tasks (L04) that state no status of their own are told from measures only by the heading
    above them: under a heading naming one problem or shortcoming (1.关于…不深入问题 > (1)着力解决…有关问题 > <text>,
    real_openings 032) the genre prints such points as that problem's measures, so a reader could not tell them from
    problems. A notice wording its problems as tasks without their status puts them under headings naming areas."""
    return bool(ch["title_words"] == "task" and ch["status_form"] == "none")


def _group_forms(ch: dict[str, Any]) -> tuple[str, ...]:
    """The middle headings a notice's problems may stand under (areas only over unstated tasks)."""
    return ("关于“{t}”方面",) if _unstated_tasks(ch) else GROUP_FORMS


def _aspect_forms(ch: dict[str, Any]) -> tuple[str, ...]:
    """The top headings a notice's problems may stand under (areas only over unstated tasks: no 反馈问题:…不到位)."""
    return tuple(f for f in ASPECT_FORMS if "方面" in f) if _unstated_tasks(ch) else ASPECT_FORMS


def _regroup_by_status(d: _Draft) -> None:
    """Problems regrouped under their status sections, done first; they stand under no aspect (L04)."""
    item_fam = d.item_fam
    for it in d.items:
        it.aspect = it.group = None
    order = [s for s in ("done", "in_progress") if any(it.status == s for it in d.items)]
    sections = [(s, [it for it in d.items if it.status == s]) for s in order]
    d.items = [it for _, its in sections for it in its]
    for _, its in sections:
        for i, it in enumerate(its):
            restart = d.ch["restart"] or item_fam.name == "unnumbered"  # positions count under their heading
            it.number = i + 1 if restart else d.items.index(it) + 1
            it.label = item_fam.gold(min(it.number, item_fam.limit))


def _claims(d: _Draft) -> None:
    """The counts the notice states about itself, agreeing with its body or not, and the sentence saying them."""
    rng, ch, items, levels = d.rng, d.ch, d.items, d.ch["levels"]
    n_items = len(items)
    n_done = sum(it.status in ("done", "done_longterm") for it in items)
    n_prog = sum(it.status == "in_progress" for it in items)
    claimed: dict[str, int | None] = dict.fromkeys(
        ["aspects", "problem_groups", "problems", "completed", "in_progress"]
    )
    d.claimed = claimed
    if ch["claims"] == "none":
        return
    off = ch["claims"] == "disagree"
    c_aspects = d.n_aspects + (1 if off and rng.random() < 0.5 else 0)
    c_problems = n_items + (rng.randint(1, 9) if off else 0)
    c_groups = d.n_aspects * d.n_groups
    kind = ch["claim_form"]
    if kind == "specific" and levels < 3:
        kind = "aspects_problems"
    if levels < 2 and kind != "problems_only":
        kind = "problems_only"
    counts = {"a": c_aspects, "g": c_groups, "p": c_problems}
    if kind in ("aspects_problems", "problems_aspects"):
        claimed["aspects"], claimed["problems"] = c_aspects, c_problems
    elif kind == "specific":
        claimed["aspects"], claimed["problem_groups"], claimed["problems"] = c_aspects, c_groups, c_problems
    else:
        claimed["problems"] = c_problems
    progress, c_done = "", 0
    if d.form != "none" and rng.random() < 0.7:
        c_done = n_done + (rng.randint(1, 5) if off else 0)
        c_prog = n_prog
        claimed["completed"], claimed["in_progress"] = c_done, c_prog or None
        # "正在整改0个" is not written: with nothing in progress the sentence states the completed count only.
        said = _grow(d, _pick(rng, PROGRESS_CLAIMS), GROWN_PROGRESS_CLAIMS, len(PROGRESS_CLAIMS)) if c_prog else None
        progress = _progress_claim(said or "已完成整改{c}个", c_done, c_prog)
    if ch["claims_where"] == "header":
        d.claim_sentence = _pick(rng, CLAIM_FORMS[kind]).format(**counts) + (f",{progress}" if progress else "")
        return
    subject = _pick(rng, CLOSING_CLAIM_FORMS[kind]).format(lvl=d.lvl, **counts)
    if not progress:
        d.claim_sentence = f"截至目前,{subject}已全部制定整改措施。"
    elif ch["claims_where"] == "summary":
        rate = f",整改完成率{round(100 * c_done / c_problems)}%" if c_problems else ""
        d.claim_sentence = f"截至目前,{subject},{progress}{rate}。"
    else:
        d.claim_sentence = f"截至目前,{subject},{progress}。"


def _progress_claim(form: str, done: int, open_: int) -> str:
    """The progress clause of a claim; open work counted by kind splits the open count (基本完成1个,未完成N-1个), and
    one open problem is counted once (未完成0个 is not written)."""
    if "{b}" in form and open_ < 2:
        form = "已完成整改{c}个,基本完成{i}个"
    return form.format(c=done, i=open_, b=1, u=open_ - 1)


def _header(d: _Draft) -> None:
    """Page chrome, the notice's title, the opening paragraph (and a summary paragraph with the claims)."""
    rng, ch, lines, agency, lvl, year = d.rng, d.ch, d.lines, d.agency, d.lvl, d.year
    m1, d1, m2, d2, m3, d3 = d.dates
    if ch["chrome"] != "none":
        lines.append(_pick(rng, BREADCRUMBS))
    round_text = _pick(rng, ROUNDS).format(lvl=lvl)
    title_form = ch["notice_title"]
    if title_form == "zhonggong_round":
        d.issuer = d.party + agency
        title = f"{d.issuer}关于{round_text}巡察整改进展情况的通报"
    elif title_form == "zhonggong_team":
        d.issuer = d.party + agency
        title = f"{d.issuer}关于{d.team}巡察反馈意见整改进展情况的通报"
    elif title_form == "plain_org":
        d.issuer = agency
        title = f"{agency}关于巡察整改进展情况的通报"
    else:
        d.issuer = d.party + agency
        title = f"关于{round_text}巡察整改进展情况的通报"
        ch["signature"] = True
    title_at = len(lines)
    if rng.random() < 0.3:
        cut = title.index("关于") + 2
        lines.extend([title[:cut], title[cut:]])
    else:
        lines.append(title)
    if ch["chrome"] != "none":
        _chrome(d, title, title_at)
    end_text = f"{m2}月{d2}日" if rng.random() < 0.6 else f"{year}年{m2}月{d2}日"
    fb_text = f"{m3}月{d3}日" if rng.random() < 0.5 else f"{year}年{m3}月{d3}日"
    if ch["date_damage"] == "no_nian":
        fb_text = f"{year}{m3}月{d3}日"  # a 4-digit year before the month: one reading
    elif ch["date_damage"] == "no_yue" and _month_day_reading(year, f"{m3}{d3}"):
        # Only where the digits have one reading: 112日 (1月12日 or 11月2日) could be settled by the inspection
        # dates around it or left null, and a careful reader could argue either way.
        fb_text = f"{year}年{m3}{d3}日"
    period = f"{year}年{m1}月{d1}日{_pick(rng, ('至', '—', '到'))}{end_text}"
    if ch["period"] == "month":
        # 2024年3月至5月: the gold keeps the month only (gold README: YYYY-MM).
        period = f"{year}年{m1}月至{m2}月"
        d.start, d.end = f"{year}-{m1:02d}", f"{year}-{m2:02d}"
    elif ch["period"] == "xun":
        # 3月下旬至5月中旬 (gold README: 3月下旬 → YYYY-MM).
        period = f"{year}年{m1}月{_pick(rng, XUN)}至{m2}月{_pick(rng, XUN)}"
        d.start, d.end = f"{year}-{m1:02d}", f"{year}-{m2:02d}"
    header_claim = d.claim_sentence if ch["claims_where"] == "header" else ""
    lines.append(_opening(ch["opening"], rng, lvl, d.team, agency, period, year, m3, d3, fb_text, header_claim))
    if ch["claims_where"] == "summary" and d.claim_sentence:
        # A summary paragraph between the opening and the body (婺城-like notices, real_openings 016).
        lines.append(_pick(rng, SUMMARY_LEADS).format(agency=agency) + d.claim_sentence)


def _chrome(d: _Draft, title: str, title_at: int) -> None:
    """The web page's source and date lines: a 来源/发布时间 line and a font switch, or an information block."""
    rng, lines, year = d.rng, d.lines, d.year
    pm, pd = min(d.dates[4] + rng.randint(2, 4), 12), rng.randint(1, 28)
    published = d.published = f"{year}-{pm:02d}-{pd:02d}"
    source = _pick(rng, (d.issuer, d.lvl + "委巡察办"))
    clock = f"{rng.randint(8, 17):02d}:{rng.randint(10, 59)}"
    if d.ch["chrome"] == "info_block":
        # Government information-disclosure pages (婺城): an index block above the title repeats it and the date.
        block = [f"信息索引号:{rng.randint(10**17, 10**18 - 1)}/{year}-{rng.randint(10000, 99999)}"]
        block += [f"文件名称:{title}", f"发布机构:{source}", f"成文日期:{published}", "公开方式:主动公开"]
        lines[title_at:title_at] = block
        lines.append(f"日期:{published} {clock}:31 来源:{source} 浏览量:")
        lines.append(_pick(rng, ("分享:", "朗读")))
    else:
        if rng.random() < 0.3:
            # 今天是2019年10月31日 星期三 (real_openings 005–007): the day the page was read, not published.
            lines.insert(title_at, f"今天是{year + 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期三")
        stamp = f"{_pick(rng, PUBLISHED_LABELS)}:{published} {clock}"
        lines.append(_pick(rng, (f"来源:{source}  {stamp}", f"{stamp}信息来源:{source}浏览次数:")))
        lines.append(_pick(rng, FONT_SWITCHES))


def _parts(d: _Draft) -> None:
    """An opening general part with numbered points that are not problems, then the part that holds them."""
    rng, lines, parts_fam = d.rng, d.lines, d.parts_fam
    if parts_fam is None:
        return
    d.part_no = 1
    lines.append(parts_fam.printed(1) + _pick(rng, GENERAL_HEADINGS))
    pf = [f for f in FAMILIES if f.kind != parts_fam.kind and "point" in f.roles and f.kind not in ("none", "latin")]
    gfam = _pick(rng, pf)
    for i, p in enumerate(GENERAL_POINTS[: rng.randint(1, 3)]):
        lines.append(gfam.printed(i + 1) + p)
    d.part_no = 2
    lines.append(parts_fam.printed(2) + _pick(rng, MIDDLE_HEADINGS))


def _body(d: _Draft) -> None:
    """The problems: as a table, under status sections, or under their aspects and groups."""
    rng, lines, item_fam = d.rng, d.lines, d.item_fam
    if d.form == "legend":
        lines.append(LEGENDS[d.seed % len(LEGENDS)][0])  # printed once above the list
    if d.ch["table"]:
        _write_table(d, d.tree, rng)
    elif d.form == "section_heading":
        sf = FAMILY[d.ch["heading_families"][-1]]
        k = 0
        for status in ("done", "in_progress"):
            its = [it for it in d.items if it.status == status]
            if not its:
                continue
            k += 1
            lines.append(sf.printed(k) + _pick(rng, SECTION_HEADINGS[status]))
            for it in its:
                _write_item(d, it, item_fam, id(it) in d.bare)
    else:
        for (aspect_line, groups), a_status in zip(d.tree, d.aspect_status, strict=True):
            if aspect_line:
                lines.append(aspect_line)
            if a_status:
                n = sum(len(g[1]) for g in groups)
                leads = SECTION_LEADS[a_status] if n > 1 else SECTION_LEAD_ONE[a_status]
                lines.append(_pick(rng, leads).format(n=n))
            for group_line, its in groups:
                if group_line:
                    lines.append(group_line)
                for it in its:
                    _write_item(d, it, item_fam, id(it) in d.bare)


# Statuses stated only in a closing summary that names the problems by number (issue 19: the blind rounds' misses):
# refs first, the rest, status first with a colon or 的有, counted with the problems in brackets, or an exception
# (the excepted then state nothing: gold README). {d}: the done problems named, {o}: the open ones, {nd}/{no} counts.
CLOSING_LISTS = (
    "截至目前,{d}已整改完成,{o}正在整改。",
    "截至目前,{o}正在推进,其余问题均已整改到位。",
    "已完成整改的问题:{d};正在整改的问题:{o}。",
    "目前,已完成整改的有{d},正在整改的有{o}。",
    "截至目前,已整改完成{nd}个({d}),正在整改{no}个({o})。",
    "除{o}外,其余问题均已整改完成。",
)
_CLOSING_LIST_SHARE = 3  # one "none" notice in three whose problems are numbered through states them in a closing list


def _closing_list(d: _Draft) -> str:
    """Give the problems of a notice that states no status on them their statuses in a closing summary, where its
    problems are numbered 1…N through the notice in figures (the list names them so); the sentence to print after
    them, or "". Drawn from the seed alone, so that no other notice's draws change; after the claims, which a
    notice stating no status makes of its problems alone."""
    fam, items, form = d.item_fam, d.items, d.ch.get("closing_list")  # the form given (an override), else drawn
    if d.form != "none" or (form is None and d.seed % _CLOSING_LIST_SHARE) or not fam.arabic or len(items) < 2:
        return ""
    if [it.number for it in items] != list(range(1, len(items) + 1)):
        return ""
    rng = random.Random(d.seed * 31 + 7)
    form = form or CLOSING_LISTS[rng.randrange(len(CLOSING_LISTS))]
    open_ = sorted(rng.sample(range(1, len(items) + 1), rng.randint(1, max(1, len(items) // 2))))
    done = [n for n in range(1, len(items) + 1) if n not in open_]
    if not done:
        return ""
    for n, it in enumerate(items, 1):
        excepted = form.startswith("除") and n in open_
        it.status = "unstated" if excepted else "in_progress" if n in open_ else "done"
        it.source = "none" if excepted else "item"
    d.ch["closing_list"] = form
    if "{nd}" in form:  # the counted form states the notice's progress in counts (its brackets name them)
        d.claimed["completed"], d.claimed["in_progress"] = len(done), len(open_)
    return form.format(d=_named(fam, done), o=_named(fam, open_), nd=len(done), no=len(open_))


def _named(fam: Family, numbers: list[int]) -> str:
    """Problems 1, 3 as a closing list names them in the family's own words (问题1、问题3 / 第1、3项 / 第1、3个问题)."""
    if fam.kind == "wenti":
        return "、".join(f"问题{n}" for n in numbers)
    joined = "、".join(str(n) for n in numbers)
    return f"第{joined}项" if fam.kind == "di-xiang" else f"第{joined}个问题"


def _closing(d: _Draft) -> None:
    """Closing claims, a closing section whose points are not problems, the invitation, signature and chrome."""
    rng, ch, lines, item_fam = d.rng, d.ch, d.lines, d.item_fam
    if ch["claims_where"] == "closing" and d.claim_sentence:
        lines.append(d.claim_sentence)
    if ch["closing"]:
        closing_fam = d.parts_fam or (d.heads[0] if d.heads else FAMILY["一、"])
        if closing_fam.kind == item_fam.kind or closing_fam.name == "unnumbered":
            closing_fam = FAMILY["一、"] if item_fam.kind != "cn-dun" else FAMILY["(一)"]
        if d.parts_fam:
            number = d.part_no + 1
        elif d.form == "section_heading":
            number = len({it.status for it in d.items}) + 1
        else:
            number = len(d.tree) + 1 if ch["levels"] >= 2 else 1
        lines.append(closing_fam.printed(number) + _pick(rng, CLOSING_HEADINGS))
        # The trap of L01/L10: closing points numbered like the problems, where that family numbers points at all.
        point_fam = item_fam if "point" in item_fam.roles else FAMILY["1."]
        if point_fam.kind == closing_fam.kind:  # two levels never share a kind (3、下一步工作安排 over 1.坚持…)
            point_fam = FAMILY["(1)"] if closing_fam.kind != "arabic-paren" else FAMILY["①"]
        for i, p in enumerate(CLOSING_POINTS[: rng.randint(2, 3)]):
            lines.append(point_fam.printed(i + 1) + p)
    lines.append(_pick(rng, WELCOMES))
    if ch["signature"]:
        # The signature's formal name is the issuer (gold README: as written in the title or signature).
        d.issuer = d.party + d.agency
        sm = min(d.dates[4] + rng.randint(1, 3), 12)
        sd = rng.randint(1, 28)
        d.signed = f"{d.year}-{sm:02d}-{sd:02d}"
        lines.append(d.party + d.agency)
        # Signatures print the date in figures or in Chinese numerals (二〇二四年十月二十五日, seeds and layouts).
        if rng.random() < 0.5:
            lines.append(f"{d.year}年{sm}月{sd}日")
        else:
            lines.append(f"{''.join('〇一二三四五六七八九'[int(c)] for c in str(d.year))}年{cn(sm)}月{cn(sd)}日")
    if ch["chrome"] != "none":
        lines.append(_pick(rng, TAIL_CHROME))


def _gold(d: _Draft) -> dict[str, Any]:
    """The notice's gold in the format of ../shared/gold, from what was drawn and printed."""
    gold: dict[str, Any] = {
        "file": f"gen_{d.seed}.txt",
        "agency": d.agency,
        "issuer": d.issuer,
        "region": d.place or None,
        "province": None,  # from the gazetteer: not a property of the generated text
        "prefecture": None,
        "inspection_team": d.team,
        "inspection_start": d.start,
        "inspection_end": d.end,
        "feedback_date": d.feedback,
        "published": d.published,
        "signed": d.signed,
        "claimed": d.claimed,
        "item_count": len(d.items),
        "group_count": d.n_aspects * d.n_groups if d.ch["levels"] >= 3 and d.form != "section_heading" else None,
        "items": [
            {
                "seq": i + 1,
                "label": it.label,
                "title": it.title,
                "aspect": it.aspect,
                "group": it.group,
                "status": it.status,
                "status_source": it.source,
                "pending": None if d.form == "prose" and it.status == "in_progress" else it.pending,
            }
            for i, it in enumerate(d.items)
        ],
    }
    return _traditional_gold(gold) if d.ch["script"] == "traditional" else gold


def _month_day_reading(year: int, digits: str) -> str | None:
    """The one date `digits` (month and day run together) can be, or None where two readings are possible."""
    import calendar

    readings = []
    for cut in range(1, len(digits)):
        month, day = int(digits[:cut]), int(digits[cut:])
        if digits[cut] != "0" and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            readings.append(f"{year}-{month:02d}-{day:02d}")
    return readings[0] if len(readings) == 1 else None


def _opening(
    form: str,
    rng: random.Random,
    lvl: str,
    team: str,
    agency: str,
    period: str,
    year: int,
    m3: int,
    d3: int,
    fb_text: str,
    claim: str,
) -> str:
    """The opening paragraph: who inspected whom, when, and when the feedback came (real_openings' four shapes)."""
    claim_part = f",{claim}" if claim else ""
    close = _pick(rng, OPENING_CLOSES)
    if form == "two_sentences":
        # 2023年1月17日,区委巡察组向…反馈了巡察意见 (real_openings 001, 019, 022, 婺城): the feedback year is printed.
        return (
            f"根据{lvl}委统一部署,{period},{team}对{agency}进行了巡察。{year}年{m3}月{d3}日,"
            f"{lvl}委巡察组向{agency}反馈了巡察意见{claim_part}。{close}"
        )
    if form == "team_first":
        # 市委第一巡视组于…对…开展巡视,并于…反馈了巡视意见 (real_openings 010, 013).
        return (
            f"根据{lvl}委统一部署,{team}于{period}对{agency}开展巡察,并于{fb_text}反馈了巡察意见{claim_part}。{close}"
        )
    if form == "short_name":
        # (以下简称局党组) and the short name after it (real_openings 001, 007).
        unit = next((u for u in ("局", "委员会", "医院", "联合会", "联合社", "总工会") if u in agency), "")
        short = {"委员会": "委", "联合会": "会", "联合社": "社", "总工会": "会"}.get(unit, unit) + agency[-2:]
        return (
            f"根据{lvl}委巡察工作统一部署,{period},{team}对{agency}(以下简称{short})开展了常规巡察,"
            f"并于{fb_text}向{short}反馈了巡察意见{claim_part}。{close}"
        )
    prefix = _pick(rng, ("", "自", "于"))
    inspected = f"根据{lvl}委统一部署,{prefix}{period},{team}对{agency}开展了巡察"
    return f"{inspected},并于{fb_text}反馈了巡察意见{claim_part}。{close}"


def _phrase_for(rng: random.Random, form: str, status: str, words: str) -> str | None:
    """The status words the item itself prints (None for unstated items and section forms)."""
    if status == "unstated" or form.startswith("section"):
        return None
    if form == "done_label":
        return "整改完成情况"
    if form == "xiaohao":
        return _pick(rng, XIAOHAO[status])
    if form == "yes_no":
        return _pick(rng, YES_NO[status])
    if form == "share":
        return _pick(rng, SHARES[status])
    if form == "prose":
        return _pick(rng, PROSE_OPEN[words] if status == "in_progress" else PROSE[status])
    if status == "in_progress":
        return _pick(rng, OPEN_WORDS[words])
    if form in ("prefix", "suffix"):
        return _pick(rng, SHORT_PHRASES[status])
    if form == "comma_clause":
        return _pick(rng, COMMA_PHRASES[status])
    return _pick(rng, PHRASES[status])


def _write_table(
    ctx: _Draft, tree: list[tuple[str | None, list[tuple[str | None, list[GenItem]]]]], rng: random.Random
) -> None:
    """A ledger table flattened to tab-separated lines (pages copied from Word or Excel): one row per problem."""
    if ctx.ch["table"] in ("cells_per_line", "space_aligned", "pipes"):
        _write_text_table(ctx, tree, rng)
        return
    with_status = ctx.ch["status_form"] == "table_column"
    header = ["序号", _pick(rng, ("反馈问题", "存在问题", "问题内容")), _pick(rng, ("整改措施", "整改情况"))]
    if with_status:
        header.append(_pick(rng, TABLE_STATUS_HEADERS))
    for aspect_line, groups in tree:
        if aspect_line:
            ctx.lines.append(aspect_line)
        ctx.lines.append("\t".join(header))
        for _, its in groups:
            for it in its:
                row = [str(it.number), it.title, "".join(f"{c}。" for c in rng.sample(MEASURES, 2))]
                if with_status:
                    row.append(it.phrase or "")
                ctx.lines.append("\t".join(row))


def _write_text_table(
    ctx: _Draft, tree: list[tuple[str | None, list[tuple[str | None, list[GenItem]]]]], rng: random.Random
) -> None:
    """A ledger table as a page gives it without tabs: a cell per line (a web table copied cell by cell, a cell of
    two paragraphs on two lines), or one line a row with columns aligned by spaces (a PDF's text layer, a long cell
    wrapped inside its column onto the lines below the row)."""
    header = [_pick(rng, ("序号", "序号", "编号")), _pick(rng, ("反馈问题", "存在问题", "问题内容"))]
    header.append(_pick(rng, ("整改措施", "整改情况")))
    extra = [c for c in ("who", "deadline") if rng.random() < 0.6]
    header += [_pick(rng, TABLE_WHO_HEADERS if c == "who" else TABLE_DEADLINE_HEADERS) for c in extra]
    with_status = ctx.ch["status_form"] == "table_column"
    if with_status:
        header.append(_pick(rng, TABLE_STATUS_HEADERS))
    for aspect_line, groups in tree:
        if aspect_line:
            ctx.lines.append(aspect_line)
        rows = []
        for _, its in groups:
            for it in its:
                measures = [f"{c}。" for c in rng.sample(MEASURES, 2)]
                row = [[str(it.number)], [it.title], measures if rng.random() < 0.5 else ["".join(measures)]]
                for c in extra:
                    row.append([_pick(rng, TABLE_WHO)] if c == "who" else [_deadline(ctx.year, rng)])
                if with_status:
                    row.append([it.phrase or ""])
                rows.append(row)
        if ctx.ch["table"] == "cells_per_line":
            ctx.lines.extend(header)
            ctx.lines.extend(line for row in rows for cell in row for line in cell)
        elif ctx.ch["table"] == "pipes":
            ctx.lines.extend(f"| {' | '.join(cells)} | " for cells in [header, *(map("".join, row) for row in rows)])
        else:
            ctx.lines.extend(_aligned(header, [["".join(cell) for cell in row] for row in rows]))


def _deadline(year: int, rng: random.Random) -> str:
    month = rng.randint(1, 12)
    return _pick(rng, (f"{year + 1}年{month}月底", f"{year + 1}年{month}月", f"{year + 1}年{month}月底前"))


# A PDF table's columns, in display columns (a Chinese character is two wide): number, measures, then the short
# columns; a cell wider than its column wraps inside it. The problem's column is as wide as its longest problem, so
# each problem is printed whole on its row's line (the gold's titles are read off the text).
_SEQ_COLUMN, _MEASURES_COLUMN, _SHORT_COLUMN = 6, 40, 18


def _aligned(header: list[str], rows: list[list[str]]) -> list[str]:
    """The table's lines with columns aligned by spaces: the header, then each row and its wrapped cells' rest."""
    problem = max(_width(row[1]) for row in rows) + 4
    widths = [_SEQ_COLUMN, problem, _MEASURES_COLUMN] + [_SHORT_COLUMN] * (len(header) - 3)
    lines = [_aligned_line([[h] for h in header], widths, 0)]
    for row in rows:
        pieces = [_wrap_cell(cell, w - 4) for cell, w in zip(row, widths, strict=True)]
        lines += [_aligned_line(pieces, widths, k) for k in range(max(len(p) for p in pieces))]
    return lines


def _aligned_line(pieces: list[list[str]], widths: list[int], k: int) -> str:
    line = ""
    for cell, w in zip(pieces, widths, strict=True):
        text = cell[k] if k < len(cell) else ""
        line += text + " " * (w - _width(text))
    return line.rstrip()


def _wrap_cell(text: str, width: int) -> list[str]:
    """A cell's text cut into lines of at most `width` display columns."""
    lines, line = [], ""
    for ch in text:
        # A line never opens on 。 or ,: it stays on the line before, in the column's margin (two columns).
        if _width(line + ch) > width and ch not in "。,，、;；":
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line or not lines else lines


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _finish(ctx: _Ctx, item_fam: Family) -> str:
    """Apply digits, script, wraps and squeeze to the composed lines."""
    ch = ctx.ch
    lines = ctx.lines
    if ch["page_marks"] != "none":
        # Text copied out of a PDF keeps its page numbers between the lines (- 2 - / 第2页 共5页).
        rng = random.Random(len(lines))
        step = rng.randint(6, 12)
        pages = len(lines) // step + 1
        marked: list[str] = []
        for i, line in enumerate(lines):
            marked.append(line)
            if i % step == step - 1 and i < len(lines) - 1:
                p = i // step + 1
                marked.append({"dash": f"- {p} -", "em": f"— {p} —", "of": f"第{p}页 共{pages}页"}[ch["page_marks"]])
        lines = marked
    if ch.get("markdown") and isinstance(ctx, _Draft):
        lines = _markdown(ctx, lines, item_fam)
    if ch["digits"] == "fullwidth_all":
        lines = [fullwidth(line) for line in lines]
    elif ch["digits"] == "fullwidth_labels":
        lines = [_fullwidth_label(line) for line in lines]
    if ch["wrap"]:
        width = ch["wrap"]
        wrapped: list[str] = []
        for line in lines:
            wrapped.extend(line[i : i + width] for i in range(0, max(len(line), 1), width))
        lines = wrapped
    if ch["spacing"] in ("indent", "blank_indent"):
        lines = [("  " if line and "\t" not in line else "") + line for line in lines]
    if ch["spacing"] in ("blank", "blank_indent") and ch["squeeze"] == "none":
        lines = [x for line in lines for x in (line, "")]
    if ch["squeeze"] == "joined":
        text = "".join(lines)
        if width := ch["printed_width"]:
            text = "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"
    elif ch["squeeze"] == "spaced":
        text = " ".join(lines)
    else:
        text = "\n".join(lines) + "\n"
    if ch["script"] == "traditional":
        text = _to_traditional(text)
    return text


_FIELD_OPENINGS = ("整改", "完成", "是否", "责任", "牵头", "问题", "反馈", "存在", "具体")


def _markdown(d: _Draft, lines: list[str], item_fam: Family) -> list[str]:
    """The notice as a note app exports it (ch["markdown"], MARKDOWN_STYLES); its words are those of the page."""
    style = d.ch["markdown"]
    levels = [f for f in (d.parts_fam, *d.heads) if f is not None]

    def level_of(line: str, families: list[Family]) -> int | None:
        for depth, fam in enumerate(families):
            if any(line.startswith(fam.printed(n)) for n in range(1, 21) if fam.printed(n)):
                return depth
        return None

    out: list[str] = []
    if style == "escaped_front_matter":
        out += ["---", f"title: {d.agency}巡察整改进展情况", f"updated: {d.year + 1}-0{d.dates[0]}-12", "---", ""]
    titled = False
    for line in lines:
        heading = level_of(line, levels) if line else None
        if not titled and line.endswith("通报"):
            out += [f"# {line}", ""]
            titled = True
        elif heading is not None:
            out += ["", "#" * (heading + 2) + " " + line, ""]
        elif line and item_fam.printed(1) and level_of(line, [item_fam]) == 0:
            if style == "bullets_quoted":
                out.append(f"- {line}")
            elif style == "bold_dashed":
                label = next(item_fam.printed(n) for n in range(1, 100) if line.startswith(item_fam.printed(n)))
                out.append(f"**{label}**{line[len(label) :]}")
            else:
                out.append(line.replace(".", "\\.", 1) if item_fam.arabic and line[:1].isdigit() else line)
        elif line.startswith(_FIELD_OPENINGS) and style != "escaped_front_matter":
            out.append(("> " if style == "bullets_quoted" else "- ") + line)
        else:
            out.append(line)
    if style == "escaped_front_matter":
        out += ["", f"最后更新于 {d.year + 1}-0{d.dates[0]}-12 18:02"]
    return out


def _fullwidth_label(line: str) -> str:
    """Full-width digits in a leading label only."""
    i = 0
    while i < len(line) and (line[i].isdigit() or line[i] in "问题第(（"):
        i += 1
    return fullwidth(line[:i]) + line[i:]


_S2T: Callable[[str], str] | None = None


def _to_traditional(text: str) -> str:
    global _S2T
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t").convert
    return _S2T(text)


def _traditional_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """Names and titles of a notice printed in traditional script, as printed (scorers compare after t2s)."""
    for key in ("agency", "issuer", "region", "inspection_team"):
        if gold[key]:
            gold[key] = _to_traditional(gold[key])
    for it in gold["items"]:
        for key in ("label", "title", "aspect", "group"):
            if it[key]:
                it[key] = _to_traditional(it[key])
    return gold


def _value(axis: str, text: str) -> Any:
    """An axis value from the command line, typed as the axis's values are."""
    if axis in ("baseline", "small", "plain_headline", "described"):
        return text == "true"
    later = {"table": TABLE_FORMS, "status_form": LATER_STATUS_FORMS, "open_words": LATER_OPEN_WORDS}
    for value in AXES.get(axis, ()) + later.get(axis, ()):
        if str(value).lower() == text.lower():
            return value
    raise SystemExit(f"unknown value {text!r} for {axis}: one of {AXES.get(axis)}")


def main(argv: list[str]) -> None:
    """Print one generated notice: `python -m tests.notices.generator SEED [axis=value ...]`."""
    seed = int(argv[0])
    overrides: dict[str, Any] = {}
    for arg in argv[1:]:
        key, _, value = arg.partition("=")
        overrides[key] = _value(key, value)
    g = generate(seed, **overrides)
    try:
        print(g.describe())
        print(g.text)
        print(json.dumps(g.gold, ensure_ascii=False, indent=1))
    except BrokenPipeError:  # piped into head
        pass


if __name__ == "__main__":
    main(sys.argv[1:])
