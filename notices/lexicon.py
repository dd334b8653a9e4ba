"""The vocabulary of the genre: numbering styles, labels, status words, pending-work phrases.

Everything the parser recognises by wording lives here, so that supporting a new notice layout is
usually a change to this file and a test, not to the parsing logic.
"""

from __future__ import annotations

import re


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level: split on each | outside a group and a character class."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # a ] opening the class is one of its characters
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def by_first_character(*patterns: str) -> str:
    """The patterns' alternatives as one pattern, those opening with the same literal character joined under it, in
    their order: at each place the engine tries those of the character that stands there, where it tried every one
    (a regex alternative costs its test even where its first character differs). At one place only alternatives
    opening with its character can match, and they keep their order, so every match and its span are the same."""
    groups: dict[str, list[str]] = {}
    for alt in (a for p in patterns for a in _alternatives(p)):
        if not alt or alt[0] in "\\()[]{}.^$|?*+" or alt[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"an alternative not opening with a literal character: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0] for first, rests in groups.items()
    )


CN_DIGITS = "零〇一二三四五六七八九十百两"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# --- numbering styles -------------------------------------------------------------------------
# Each style yields (number, rest). The order matters: compound styles come first.
# 一、 (and 一. typed for it: numbering.SECTION_FAMILY, round 130)
SECTION_RE = re.compile(rf"^([{CN_DIGITS}]{{1,3}})\s*(?:[、，,]|\.(?![\d.]))\s*(.*)$")
ARABIC_PROBLEM_RE = re.compile(r"^(\d{1,3})\s*[.、]\s*问题\s*(\d{1,3})\s*[:.、]?\s*(.*)$")  # 1.问题1:
PROBLEM_RE = re.compile(r"^问题\s*(\d{1,3})\s*[:.、]\s*(.*)$")  # 问题1: / 问题1.
CN_PAREN_RE = re.compile(rf"^\(\s*([{CN_DIGITS}]{{1,3}})\s*\)\s*[、.]?\s*(.*)$")  # (一) / (十二)
PAREN_RE = re.compile(r"^\(\s*(\d{1,3})\s*\)\s*[、.]?\s*(.*)$")  # (1)
ARABIC_RE = re.compile(r"^(\d{1,3})\s*(?:、|\.(?!\d))\s*(.*)$")  # 1. / 1、 (not 2.5万元)
DI_RE = re.compile(rf"^第([{CN_DIGITS}\d]{{1,4}})[条项个]\s*[:、.]?\s*(.*)$")  # 第一条
ZHENDUI_RE = re.compile(r"^针对(?:巡察|巡视)?(?:组)?(?:反馈|指出|发现)?(?:的)?\s*[“\"‘'「]")
# The same unnumbered problem paragraph opened by the 针对 wrapper's siblings, the problem quoted whole and its measures
# run on after a comma (关于“<problem>”问题，局党组… / 对于“<problem>”的问题，… / 在“<problem>”方面，…): a notice
# printing its problems as unnumbered paragraphs varies the wrapper from one to the next (a district 教育局's notice,
# round 160), and each opens a problem as 针对“…”的问题 does. Only with text run on after the comma: a line holding the
# wrapper alone (在“…”方面) may be an area's heading over problems.
QUOTED_OPENER_RE = re.compile(
    r"^(?:(?:关于|对于)\s*[“\"][^\n]{2,200}?[”\"]\s*(?:的)?问题|在\s*[“\"][^\n]{2,200}?[”\"]\s*方面)[,，](?=[^\s。；;:：,，])"
)
# The same paragraph with the problem unquoted (关于<problem>的问题，<measures> / 存在<problem>的问题，…): a notice
# printing its problems as unnumbered paragraphs words each as a shortcoming inside the wrapper, varying the wrapper
# from one to the next (a street 党工委's notice, round 162). The problem (group t) must read as a shortcoming
# (PROBLEM_WORDING_RE, asked by structure.nodes) and holds no sentence; the inspection's own findings (关于巡察反馈的
# 问题，…, 关于整改中存在的问题，…) are prose about all the problems, never one of them. Not 针对 unquoted: a measure
# opens so as often ((2)针对<shortcoming>问题，<step>: L01), its quotes alone make it a problem's wrapper. Nor where a
# status follows the comma (关于<problem>问题，已于5月完成整改。: a part naming the listed problems back, round 83).
UNQUOTED_OPENER_RE = re.compile(
    r"^(?:关于|对于|存在)(?!巡察|巡视|上述|以上|前述|有关|相关)(?P<t>[^\n。；;:：]{4,120}?)"
    r"(?<!存在)(?<!指出)(?<!反馈)(?<!发现)(?<!查找)(?<!提出)的?问题[,，](?=[^\s。；;:：,，])"
    r"(?!已|未|基本|目前|正在|仍|尚|均|现已|截至|该问题|此问题)"
)
# Inline enumerations inside rectification text; never structural.
MEASURE_START_RE = re.compile(rf"^(?:[{CN_DIGITS}]{{1,3}}是|其[{CN_DIGITS}]{{1,2}}[,，、])")

# "针对“…”的问题" / "针对巡察反馈“…”问题": the problem title is inside the quotes. The wrapper may close, as 关于“…”
# does (GUANYU_WRAPPER_RE), with the word of the problem's rectification (针对“…”问题的整改情况 / 针对“…”的整改: a
# headline naming the problem it reports on, as notices with status sections print it, round 106).
TITLE_WRAPPER_RE = re.compile(
    r"^针对(?:巡察|巡视)?(?:组)?(?:反馈|指出|发现)?(?:的)?\s*[“\"‘'「](?P<t>.+)[”\"’'」]\s*(?:的)?(?:问题|方面)?"
    r"(?:(?:的)?整改(?:落实|进展|完成)?(?:情况)?)?\s*[。.;；]?$"
)
# The names of the field that holds the problem itself. The feedback's problem may be named with the inspection
# that gave it and the verb it was given with (巡察反馈问题：, 巡视指出问题：, 巡察发现的问题：: a ledger's first column
# copied as the field before a 公共资源交易中心's problems, round 57), as plainly as 反馈问题：.
_FEEDBACK_PROBLEM = r"(?:巡察|巡视)?(?:组)?(?:反馈|指出|发现)(?:的)?问题"
# The field's other names, as the genre's record layouts print them (具体问题：<problem> / 问题内容：<problem> /
# 反馈意见：<problem> over 整改情况：…: a progress page's unnumbered records, each problem a field of its own, as the
# prefectures of the north-west publish them, issue 19's round 148): the problem as the feedback stated it, the
# field's name no part of its words.
_PROBLEM_FIELD_MORE = r"具体问题|问题内容|(?:巡察|巡视)?(?:组)?反馈意见"
# Every name of the problem's field, one alternation for each reader of it (a list kept apart misses the next name).
_PROBLEM_FIELD = rf"存在(?:的)?问题|问题(?:描述|表现)|主要问题|{_FEEDBACK_PROBLEM}|{_PROBLEM_FIELD_MORE}"
# Fields that hold the problem itself where its number stands alone ('1.' then '存在问题:…').
TITLE_FIELD_RE = re.compile(rf"^(?:{_PROBLEM_FIELD})$")
# The field's label before the problem, with its colon or in lenticular brackets (1.【问题】<problem> over
# 【整改措施】 / 【整改成效】 / 【完成状态】 lines: a college's 整改成效清单, round 46), the bracket form of 问题：.
# The problem's area tagged before it in those brackets (1.【贯彻落实党中央决策部署方面】<problem>: a city hospital
# whose parts are the statuses, so each problem carries its aspect with it, issue 19's round 91): the area names
# where the problem stands, as an aspect heading does, and is no part of the problem's words.
TITLE_PREFIX_RE = re.compile(
    rf"^(?:(?:存在(?:的)?问题|问题(?:描述|表现)?|主要问题|{_FEEDBACK_PROBLEM}|{_PROBLEM_FIELD_MORE})\s*[:：]"
    rf"|[【\[](?:存在(?:的)?问题|问题(?:描述|表现)?|主要问题|{_FEEDBACK_PROBLEM}|{_PROBLEM_FIELD_MORE})[】\]]\s*[:：]?"
    r"|[【\[][^】\]\n]{2,30}?方面(?:的)?(?:问题)?[】\]]\s*[:：]?)\s*"
)
# A tag on the headline naming HOW the problem is handled, not what it is nor where it stands (【立行立改】<problem> /
# <problem>（立行立改）/ <problem>〔即知即改事项〕 / （挂牌督办）<problem>): a ledger marks the problems it fixed on the
# spot or that a superior follows up, opening or closing the headline (issue 19's round 173, the 2025 ledgers kept
# 清单式管理、滚动式销号). The tag is no part of the problem's words and no status: the problem's own status field
# or sentence tells where its work stands (a problem tagged 立行立改 may still be 未销号).
_MANNER_TAG = (
    r"[【\[（(〔]\s*(?:立行立改|即知即改|即查即改|立查立改|立知立改|边巡边改|边查边改|挂牌督办|重点督办)"
    r"(?:类)?(?:问题|事项)?\s*[】\]）)〕]"
)
MANNER_TAG_RE = re.compile(rf"^\s*{_MANNER_TAG}\s*|\s*{_MANNER_TAG}(?=\s*[。.;；]?\s*$)")
MANNER_TAG_OPENERS = frozenset("【[（(〔")
MANNER_TAG_CLOSERS = frozenset("】]）)〕")
# 针对…问题 unquoted, closed as 关于…问题 is (GUANYU_UNQUOTED_RE) by the word of its rectification where it has one
# (针对…问题的整改情况, round 106).
UNQUOTED_WRAPPER_RE = re.compile(
    r"^针对(?P<t>.{2,}?)(?:的)?问题(?:(?:的)?整改(?:落实|进展|完成)?(?:情况)?)?\s*[。.;；]?$"
)
# A heading's lead sentence speaking of the heading as an area (本方面/该方面…): what stands below are its problems.
AREA_LEAD_RE = re.compile(r"^[本该此这]方面")
# How a summary of the list's progress opens where it is printed after the last problem, inside its part
# (截至目前,反馈的3个问题已全部制定整改措施。): the count a framing-worded point is weighed against (parse).
SUMMARY_OPENERS = ("截至", "截止", "目前", "至此", "综上", "反馈的", "巡察反馈的", "以上")
# The subject of a sentence speaking of problems already named (以上问题,均已整改完成 / 其余3个正在推进 / 该问题…): a
# summary or a status of the problems above, never a problem's own headline.
SUMMARY_SUBJECT_RE = re.compile(
    r"^(?:(?:以上|上述|前述|该|此|这|本)(?:些|个|项|\d+个|\d+项)?(?:问题|方面|事项|整改任务)"
    r"|其余|剩余|全部|所有|各项|目前|当前|截至|截止)"
)
# A headline that is 针对 and the shortcoming itself, no quotes and no closing 问题 (1、针对把握职能定位不够准确。 above
# its status line and 整改情况：, a district 教育督导室's notice, round 33): the shortcoming is the problem. Read only
# where what follows 针对 is worded as a shortcoming (PROBLEM_WORDING_RE, checked by the caller).
BARE_ZHENDUI_RE = re.compile(r"^针对(?!巡察|巡视|上述|以上|此|该|这)(?P<t>.{4,80}?)\s*[。.;；]?$")
# The feedback's own words quoted as the headline, its findings after it (1.巡视指出“<problem>”。具体表现为：…;
# 巡察反馈：“…”, 反馈指出“…”: a provincial high court's notice, round 33): the quote is the problem, the findings its
# description, the wrapper neither.
FEEDBACK_QUOTE_RE = re.compile(
    r"^(?:(?:中央|省委|市委|县委|区委|州委|旗委)?(?:巡视|巡察)组?(?:反馈)?(?:指出|发现|认为)|反馈(?:指出|认为)|(?:巡视|巡察)反馈)"
    r"\s*[:：]?\s*[“\"](?P<t>[^”\"]{2,80})[”\"]\s*(?:的)?(?:问题)?(?P<rest>(?:[。；;，,].*)?)$"
)
# The words that open a finding's facts after its headline (具体表现为：…): the problem's description, never its
# measures, however long its first clause.
FINDINGS_OPENERS = ("具体表现为", "主要表现为", "具体表现在", "主要表现在", "表现为", "表现在", "具体为", "具体是")
# A line of its own, or a headline's close, announcing the finding's facts listed below it (1.<problem>。 > 具体表现： >
# ①<fact> ②<fact> > 整改措施：… > 整改进展：…; 1.<problem>,主要表现在: > (1)(2)): the numbered lines after it are the
# problem's description, not problems, however they read (round 156). 问题表现:/存在问题: are fields (LABEL_RE).
FINDINGS_LEAD_RE = re.compile(
    r"(?:^|[,，。;；])\s*(?:其|主要|具体)?(?:问题)?(?:具体|主要)?表现(?:为|在|如下)?(?:以下(?:几个)?方面)?\s*[:：]\s*$"
)
# A line of its own, or a headline's close, announcing the tasks a problem was broken into (问题1:<problem>。 > 该问题
# 分解为3项整改任务： > (1)<task>。完成情况:… > (2)…; 细化为2项整改措施：): the numbered lines after it are the
# problem's rectification text, its tasks each with its own status, not problems of their own (a city bureau
# reporting each problem through its tasks, issue 19's round 158); never 分项问题 (sub-problems: round 33's items).
TASKS_LEAD_RE = re.compile(
    r"(?:分解|细化|拆解|拆分|分|转化)(?:为|成)?\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:项|个|条)"
    r"(?:具体)?(?:整改)?(?:任务|措施|事项)\s*[:：]\s*$"
    # uncounted: the tasks' own field name alone (整改任务： / 任务分解：) or a sentence naming them
    # (制定整改任务如下：); never 整改措施： alone, a measures field whose points may be problems (round 156)
    r"|(?:^|[,，。;；])\s*(?:(?:具体|分解)?(?:整改)?任务(?:清单|分解)?|(?:制定|明确|分解)(?:了)?(?:以下|如下)?(?:具体)?(?:整改)?任务"
    r"(?:如下)?)\s*[:：]\s*$"
)
# Where a finding was found, opening the facts below a headline (经调阅有关资料,…; 经查阅台账,…; 抽查发现,…): the
# description's evidence, not a measure's (a street's notice, round 71); read with no work reported in it (经核查,
# 已整改 is a result).
EVIDENCE_OPENERS = (
    "经调阅",
    "经查阅",
    "经查看",
    "经核查",
    "经抽查",
    "经查",
    "抽查发现",
    "调阅发现",
    "巡察发现",
    "检查发现",
)

# --- labels ("整改情况:") ------------------------------------------------------------------------
LABEL_RE = re.compile(
    r"^(?P<label>整改(?:完成|落实|推进|工作)?(?:情况|结果|进度|进展|措施|时限|状态|成效|目标|举措|要求)"
    # two fields under one label (整改措施及进展:, 整改措施及成效:): a ledger's column named for both
    r"(?:(?:及|和|与)(?:整改)?(?:进展|成效|完成情况|落实情况|结果)(?:情况)?)?"
    # 整改落实：<measures> — the rectification field named by the work alone, without 情况 (反馈问题：<problem> over
    # 整改落实：…, a record layout of the genre's progress pages, issue 19's round 148)
    r"|整改落实"
    r"|(?:目前|当前)?(?:完成|进展|办理|推进)(?:情况|时限|时间|状态)"
    r"|目前进展|责任(?:单位|领导|人|部门|股室|科室)|牵头(?:单位|领导)|整改责任人|完成时限"
    r"|备注"  # a 整改台账's remarks column written as a field (备注:已整改: a township's ledger, round 101)
    r"|问题(?:描述|表现)|存在(?:的)?问题|主要问题|(?:巡察|巡视)?(?:组)?(?:反馈|指出|发现)(?:的)?问题|具体措施|主要措施|下一步(?:措施|打算|计划)?"
    rf"|{_PROBLEM_FIELD_MORE}"  # the problem field's other names (具体问题：, 反馈意见：, round 148)
    r"|是否(?:已经?)?(?:整改)?(?:完成|到位|销号|办结)(?:整改)?"  # 是否完成整改: the object after the verb (round 81)
    r"|整改(?:进展|进度|结果|状态)情况"  # 整改进展情况: a 台账's status column copied as a field (a court's notice)
    r"|(?:阶段性?|最新|整改阶段)进展"  # 阶段进展: a stage report's field (a north-eastern provincial department)
    r"|(?:本次|本期|本轮|当前)(?:整改)?(?:进展|进度|状态)"  # 本次进展: a follow-up's own (STATUS_LABELS, round 92)
    r"|(?:办理|处理)结果"  # the outcome of a matter handed over (办理结果:已办结: a street's 立行立改 公示, round 47)
    # the status column's other names, as ledgers title it (当前状态, 完成进度, 销号情况, 进度): see STATUS_LABELS
    # (目前状态：已完成 / 完成进度：100%: police bureaus' status fields, round 7)
    r"|(?:当前|目前)(?:整改)?(?:状态|进度)|(?:完成|落实|整改落实|整改完成|办理)(?:进度|状态)|(?:销号|办结|落实)情况"
    r"|(?:销号|办结)(?:状态|进展|进度|结果)"  # 销号状态：暂未销号: a ledger's closing field (STATUS_LABELS, round 173)
    r"|进展状态|进度|进展|状态"
    r"|(?:整改)?工作(?:进展|进度)"  # 工作进展:已完成: the work's progress, as a stage report names it
    r"|(?:整改)?完成率"  # 整改完成率：100%: the share of the work done (a county hospital's blocks, round 76)
    # a ledger's traffic-light column (状态灯:绿灯 / 亮灯情况:黄灯), its colours explained by the sheet's note (issue
    # 19's round 135): see STATUS_LABELS and normalize.colour_legend_read
    r"|(?:状态|亮|警示|预警|指示)灯|亮灯(?:情况|状态)"
    r"|整改评估"  # 整改评估：已整改到位: the verdict as a ledger names its column (round 84)
    # the stage the work has reached (整改阶段：推进阶段 / 当前阶段：验收中): STAGE_LABELS (rounds 147, 150)
    r"|(?=[整当目所现阶])(?:整改|当前|目前|所处|现处)?(?:整改)?阶段"  # (the first characters looked ahead for)
    # a problem's dates as a village's list closes each (计划完成时间：2024年12月底 / 实际完成时间：2024年5月5日,
    # round 77): see DEADLINE_LABELS, PLANNED_DATE_LABELS and DONE_DATE_LABELS
    r"|(?:计划|预计|拟)(?:完成|整改|办结)(?:时间|时限|日期)|(?:实际)?(?:完成|办结|销号)(?:时间|日期))"
    r"\s*[:：]\s*(?P<value>.*)$"
)
# A label runs on after a sentence, or after a quoted finding's wrapper (…”问题的整改整改情况:) when a page's soft line
# break between them was lost.
INLINE_LABEL_RE = re.compile(
    r"(?:(?<=[。;；.])|(?<=[”\"]问题的整改)|(?<=[”\"]问题的整改情况))\s*(?=(?:整改(?:完成)?(?:情况|结果|进度|进展|状态|措施)"
    r"|完成进度"  # …设立调解室。完成进度：100%。 (a police bureau's list, round 7)
    # the status field of an item whose fields run on in one paragraph (…问题。牵头领导:…;责任部门:…。推进情况:已完成
    # 整改: a city-owned group's list of its continuing problems, round 48): the status labels of STATUS_LABELS that
    # name the state of the work, after a full stop and before their colon
    r"|(?:目前|当前)?(?:完成|进展|办理|推进)(?:情况|状态)|目前进展|(?:销号|办结)情况"
    # issue 19's round 84: the status field's other names run on after the measures' full stop in one paragraph
    # (…整改措施：….当前状态：已清零。<facts> / 落实情况：已落实到位。 / 办理结果：已办结 / 整改评估：基本完成): a
    # school's, a town's and a bureau's one-paragraph problems; each is a label of LABEL_RE
    r"|(?:目前|当前)(?:整改)?(?:状态|进度)|落实情况|(?:办理|处理)结果|整改(?:成效|评估))[:：])"
)
# Every label INLINE_LABEL_RE cuts before ends so, the colon after it: a line without one is not cut (the cheap
# precheck: the cut's pattern opens on a lookbehind, so it is tried at every position of the line).
INLINE_LABEL_END_RE = re.compile(r"(?:情况|结果|进度|进展|状态|措施|成效|评估)[:：]")
# A numbered problem whose headline runs into its measures' label with no stop between (问题1.学习贯彻…有差距整改情况:
# 于2023年11月30日…: a county 卫生健康局's list, round 65): the headline ends where the label begins, if nothing
# before it closes a sentence or a field. Only the labels of the rectification text itself are looked for, and
# not after 的 (…问题的整改情况: a wrapper's own words, read by INLINE_LABEL_RE's quoted forms).
RUNON_LABEL_RE = re.compile(r"整改(?<![的\s]整改)(?:落实|完成)?(?:情况|措施|结果)[:：]")
RUNON_HEADLINE_STOPS = "。；;:：!！?？"
# Labels whose value is a status ("整改结果:已完成").
STATUS_LABELS = re.compile(
    r"^(?:整改(?:结果|进度|进展|状态)|(?:目前|当前)?(?:完成|进展|办理|推进)(?:情况|状态)|目前进展"
    r"|整改(?:进展|进度|结果|状态)情况"
    r"|(?:阶段性?|最新|整改阶段)进展"  # 阶段进展:已整改销号 / 最新进展:正在推进: a stage report's status field
    # 本次进展:已完成 / 本期整改进展:仍在推进: a follow-up report's own progress, printed beside the earlier report's
    # (首次通报状态:…), issue 19's round 92
    r"|(?:本次|本期|本轮|当前)(?:整改)?(?:进展|进度|状态)"
    r"|(?:办理|处理)结果"  # 办理结果:已办结 / 正在办理: a matter's outcome as a 立行立改 公示 prints it (round 47)
    r"|(?:当前|目前)(?:整改)?(?:状态|进度)|(?:完成|落实|整改落实|整改完成|办理)(?:进度|状态)|(?:销号|办结)情况"
    # 销号状态：暂未销号 / 销号进展：已销号 / 办结状态：正在办理: a ledger names its closing field by state, progress
    # or result as well as by 情况 (a city bureau's 整改台账 with 滚动式销号, issue 19's round 173)
    r"|(?:销号|办结)(?:状态|进展|进度|结果)"
    r"|进展状态|进度|进展|状态"
    r"|(?:整改)?工作(?:进展|进度)"  # 工作进展:已完成: the work's progress, as a stage report names it
    r"|(?:整改)?完成率"  # 整改完成率：100%: the share of the work done (a county hospital's blocks, round 76)
    r"|(?:状态|亮|警示|预警|指示)灯|亮灯(?:情况|状态)"  # a traffic-light column (状态灯:绿灯, round 135)
    r"|整改评估)$"  # 整改评估：已整改到位: the rectification's verdict as a column (round 84)
)
# Labels whose value names the STAGE the work has reached (整改阶段：推进阶段 / 当前阶段：验收中 / 所处阶段：
# 巩固提升阶段: a township's 整改阶段 column, a city bureau's field beside its 整改进度, issue 19's rounds 147 and 150).
# A stage states the status where nothing else does; a status field beside it (整改进度：百分之百 / 整改结果：已验收)
# states it as such and outranks it (status.fields.own_status).
STAGE_LABELS = re.compile(r"^(?:整改|当前|目前|所处|现处)?(?:整改)?阶段$")
# A ledger strikes each problem off (销号, 销账, 清零) as it is done; struck off continuingly, one by one or in batches
# (持续销号, 陆续销号, 分批销账, 滚动销号) the problem's closing is under way, not reached: a college's 回头看 table
# prints 已销号 beside 持续销号 (issue 19's round 52), its 自查表 counts 已销号35个,持续销号6个 (round 54). After 已
# the manner tells how the closing went (已陆续销号): done.
STEPWISE_MANNERS = ("持续", "陆续", "分批", "分步", "逐步", "滚动")
LEDGER_CLOSES = ("销号", "销账", "清零")
# (each alternative opens with its literal manner, as IN_PROGRESS_RE's do; 已 is looked back for after it)
STEPWISE_CLOSE = "|".join(f"{m}(?<!已{m})(?:{'|'.join(LEDGER_CLOSES)})" for m in STEPWISE_MANNERS)
STEPWISE_CLOSE_RE = re.compile(STEPWISE_CLOSE)

# A status by its PARTS, where the families below do not know its words. Ledgers and follow-up reports fill a status
# with whatever verb fits the problem (已清退, 筹备中, 整改实现闭环, 推进比较迟缓, 取得初步成效): no list of phrases
# could hold them, but the parts they are made of are few, and what each part says of the work decides the status
# (status.parts_status). Read only where the notice's own form says "this is a status": a field labelled as the
# status, a short bracket closing the headline, a closing sentence naming the problem, a short lead of 整改情况.
STATUS_PARTS: dict[str, tuple[str, ...]] = {
    # the result not reached: negated, judged short or lagging, done only on paper, sent back
    "short": (
        *("未", "没有", "没能", "尚未", "难以", "无法", "不", "拒"),
        *("滞后", "慢", "迟缓", "超期", "逾期", "超过", "超出", "低于", "拖延", "久拖"),
        *("流于形式", "走过场", "表面", "纸上", "虚假", "敷衍", "半截子", "打折扣", "较差", "欠佳", "退回", "二次"),
    ),
    # a part or a stage of the result
    "partial": ("基本", "部分", "阶段", "初步", "初见", "一定", "较好", "大部分", "多数", "大多", "局部", "有所"),
    # the work going on or still waiting (an aspect that scopes over any result after it: 正在落实, 有待销号)
    # (逐步解决: the result reached only step by step; 已列入计划: scheduled, not yet done)
    "ongoing": (
        # (the closing itself done by steps, 持续销号 / 滚动销号, is STEPWISE_CLOSE's: open unless 已 goes before it)
        *("正在", "在办", "仍在", "尚在", "还在", "有待", "延期", "暂缓", "期内", "之中", "逐步", "列入"),
    ),
    # the same aspect as one character opening the marker (正积极推进, 待销号, 需持续整改): inside a word these
    # characters say nothing of the work (接待, 需求, 真正)
    "ongoing_first": ("正", "待", "需", "仍", "尚"),
    # a process under way, unless a result closes it (推进中 / 推进落实到位)
    "process": (
        *("推进", "进行", "实施", "办理", "启动", "着手", "开展", "开始", "持续", "继续"),
        *("跟踪", "督促", "协调", "筹备", "整改中"),
    ),
    # the result reached
    "done": (
        *("完成", "到位", "完毕", "完结", "结束", "办结", "销号", "销账", "清零", "见底", "闭环", "解决", "纠正"),
        *("落实", "化解", "消除", "处置", "结案", "验收", "达标", "合格", "兑现"),
    ),
    # what a status opens with where nothing else in the notice's form says it is one (整改情况：<a status or the
    # measures>): an aspect, a degree, its subject or the result's verb. Measures open with their own verbs (开展…,
    # 推动问题见底清零, 建立…), so a lead opening otherwise is no status however its parts read.
    "opening": (
        *("已", "正", "尚", "未", "没有", "没能", "仍", "还", "均", "都", "全部", "在办", "待", "需", "有待", "暂"),
        *("基本", "部分", "大部分", "初步"),
        *("整改", "整治", "问题", "该", "此", "进度", "进展", "成效", "效果", "取得", "得到", "难以", "无法"),
    ),
    # kept up after the result (已完成，持续巩固: the keeping up is no work still open)
    "longterm": ("长期", "常态", "长效", "持续巩固", "巩固"),
}
# A follow-up report's status for a problem done before and only kept up since (本次进展：持续巩固 / 巩固提升 where the
# first report said 已完成: issue 19's round 92): the result was reached, the keeping up is no work still open. Read
# as the whole of a value a label says is the status (parts_status, stated), never in a measure's text.
KEPT_UP_STATUSES = frozenset(
    {"持续巩固", "巩固提升", "巩固深化", "持续深化", "深化提升", "巩固成果", "巩固成效", "持续巩固提升", "持续巩固深化"}
)
# Words that hold a negation's character but negate no result (不断推进, 不再发生, 未再出现).
STATUS_PARTS_NOT_SHORT = ("不断", "不再", "未再", "再未")
# The verbs a legend explains a mark by (注：√为已完成 / ■代表已整改到位 / 打“✓”的表示已完成): notices.normalize reads
# the legend by them (legend_read), and tells a legend's marks from a form's ticked boxes (☑已完成 ☐正在推进) by them.
LEGEND_VERBS = ("为", "表示", "代表", "即为", "是")
# A ledger's traffic lights (状态灯 绿灯 / 黄灯 / 红灯), each colour explained once by the sheet's note
# (注：绿色=已完成，黄色=正在推进，红色=进度滞后 / 绿灯表示已销号): the colours a note names, the marks it may
# use for the colour (色 or 灯, or none) and the signs it sets between a colour and its words besides the
# legend's verbs (issue 19's round 135). The note decides: 亮灯 ledgers differ on what green means (done, or on
# schedule).
LEGEND_COLOURS = "红黄绿蓝橙"
LEGEND_COLOUR_SIGNS = ("=", "＝", ":", "：")
# A ledger whose status is a cell's colour (its status column empty or holding only a mark, the row or the status
# cell filled, the fill explained by the sheet's note 绿色表示已完成 / 黄色底纹表示正在推进, a legend block of coloured
# cells beside the table, or a second sheet 说明: issue 19's round 138): each colour word a legend may name and the hue
# (degrees) of the fills it names, so that a fill is the colour whose hue is nearest among those the legend names
# (Excel's 橙色 FFC000 and a pale 黄色 FFEB9C lie between orange and yellow: the legend's own colours decide); 灰 is
# the pale fill without hue.
FILL_COLOUR_HUES = {"红": 0.0, "粉": 340.0, "橙": 36.0, "黄": 58.0, "绿": 120.0, "青": 180.0, "蓝": 215.0, "紫": 285.0}
FILL_GREY = "灰"
# Each colour word's core: the hues (degrees) every reader names by it. A fill lying in the core of a colour the
# legend does not name is none of the legend's, however near one of them it lies (a lavender cell, 紫, under a legend
# of 绿/蓝/橙: round 146); between the cores a fill is the nearest colour the legend names.
FILL_COLOUR_CORES = {
    "红": (350.0, 10.0),
    "橙": (22.0, 40.0),
    "黄": (50.0, 65.0),
    "绿": (85.0, 150.0),
    "青": (172.0, 188.0),
    "蓝": (200.0, 245.0),
    "紫": (255.0, 295.0),
    "粉": (315.0, 345.0),
}
# A ledger whose done rows are struck through (strikethrough font: 划线为已销号), explained by a note of the sheet
# (notices.fills, round 146): the strike's words, then the legend's verbs, then the status words; a strike qualified by
# a word the row holds (划线且备注“长期坚持”的为已销号、需长期坚持的问题); the rows without it (未划线的为正在整改).
_STRIKE = r"(?:删除线|中划线|划线|画线|横线|划掉|划去|删掉)"
_STRIKE_TAIL = (
    # what is struck: a row, a cell, a part of the text (划线部分为已销号问题 / 删除线文字表示…, round 149)
    r"(?:的|者)?(?:行|单元格|内容|问题|事项|部分|文字|条目|项目)?\s*(?:表示|代表|即为|为|是|指|=|＝|:|：)\s*"
    r"(?:该问题|该事项|该项|此项|问题|事项)?(?P<w>[^，,；;。\s()（）“”\"=]{2,14})"
)
STRIKE_LEGEND_RE = re.compile(rf"(?<![未没不无非]){_STRIKE}(?:标注|标识|标记|表示)?{_STRIKE_TAIL}")
STRIKE_QUALIFIED_RE = re.compile(
    rf"(?<![未没不无非]){_STRIKE}(?:且|并|又|、|，)(?:在?备注(?:栏|中)?|标注|注明|标明|标有|注有)(?:为|了|有)?"
    rf"[“\"「‘]?(?P<q>[\u4e00-\u9fff]{{2,8}})[”\"」’]?{_STRIKE_TAIL}"
)
UNSTRUCK_LEGEND_RE = re.compile(rf"(?:未|没有|不|无)(?:加|带|作|做|标)?{_STRIKE}{_STRIKE_TAIL}")
# what a problem left unstruck is where the note names only the struck ones (注：划线部分为已销号问题, round 149)
UNSTRUCK_WORDS = "未销号"
# what a struck problem whose own text states the work kept up (…此项工作长期坚持) adds to the note's words (round 149)
KEPT_UP_WORDS = "，需长期坚持"
# CSS colour names a web page's ledger colours its rows or cells by (notices.htmlfills, round 146), as RGB hex
CSS_COLOUR_NAMES = {
    "red": "FF0000",
    "green": "008000",
    "lime": "00FF00",
    "lightgreen": "90EE90",
    "limegreen": "32CD32",
    "yellow": "FFFF00",
    "lightyellow": "FFFFE0",
    "gold": "FFD700",
    "orange": "FFA500",
    "blue": "0000FF",
    "lightblue": "ADD8E6",
    "skyblue": "87CEEB",
    "deepskyblue": "00BFFF",
    "cyan": "00FFFF",
    "aqua": "00FFFF",
    "purple": "800080",
    "violet": "EE82EE",
    "pink": "FFC0CB",
    "gray": "808080",
    "grey": "808080",
    "silver": "C0C0C0",
    "lightgray": "D3D3D3",
    "lightgrey": "D3D3D3",
}
# what a legend sets between a colour and its status words: the legend's verbs and signs, after the fill's name
# (绿色底纹 / 黄色填充 / 红色标注的 / 蓝色背景) and the row it fills (绿色的行 / 绿色单元格)
FILL_LEGEND_RE = re.compile(
    rf"(?P<c>[{''.join(FILL_COLOUR_HUES)}{FILL_GREY}])色(?:底纹|底色|背景色?|填充色?|标注|标记|标识|显示)?的?"
    r"(?:行|单元格|问题|事项|项目)?\s*(?:表示|代表|即为|为|是|指|=|＝|:|：)\s*"
    r"(?:该问题|该事项|该项|此项|问题|事项)?(?P<w>[^，,；;。、\s()（）“”\"=]{2,12})"
)
FIELD_VALUE_LIMIT = 12  # a status column's cell: longer values are text, read by the families alone
# A closing sentence speaks back of the problems above it by these words (以上/上述/前述问题…), or of the aspect it
# closes by naming it (本方面3个问题已整改完成，并建立长效机制长期坚持 / 该方面问题均已整改到位: a county institution's
# 党支部 states its statuses once per aspect, after the aspect's last problem, round 81).
BACK_WORDS = ("以上", "上述", "前述", "本方面", "该方面")
# Labels asking whether the problem is done, answered 是/否 (是否完成:是); 已 may lead, and the object may follow the
# verb as well as lead it (是否整改完成 / 是否已完成整改: a 专项巡察's 整改台账 column, round 81).
YES_NO_LABELS = re.compile(r"^是否(?:已经?)?(?:整改)?(?:完成|到位|销号|办结)(?:整改)?$")
# Labels whose value is a status only when it is short ("整改情况:正在推进" vs a paragraph of measures).
# 整改成效: a hospital's field for the result, a status (已整改到位 / 正在整改，…) or the work's outcome.
# 备注: a 整改台账 without a status column keeps the status in its remarks column (备注：已整改 / 正在整改 /
# 已整改到位，长期坚持: a township's Excel ledger, issue 19's round 101), read as a field that may state one: a
# status column beside it outranks it, and remarks reporting work (已移交县纪委处理) state none.
MAYBE_STATUS_LABELS = re.compile(r"^(?:整改(?:落实|推进|工作)?(?:情况|成效)|整改落实|落实情况|备注)$")
DONE_LABELS = re.compile(r"^整改(?:完成|落实)情况$")  # 整改完成情况: … asserts completion (001)
# Fields that hold a problem's measures (整改情况:/整改措施:…): a problem's paragraph above one of its own is its
# description, the measures standing in the field (structure.headlines.facts_kept).
MEASURES_FIELD_LABELS = frozenset(
    {"整改情况", "整改措施", "整改举措", "整改落实情况", "整改落实", "整改完成情况", "完成情况", "整改措施及成效"}
)
DEADLINE_LABELS = re.compile(r"^(?:(?:计划|预计|拟|实际)?(?:整改|完成|办结)|销号)(?:时限|时间|日期)$")
# A notice that gives some problems a planned date (计划完成时间, 预计完成时间) and the others the date they were done
# (完成时间, 实际完成时间, 办结时间) states each problem's status by which date it prints, and by nothing else (a
# village's list, round 77): the date done, done; the date planned, still in progress. Alone, either is a deadline.
PLANNED_DATE_LABELS = re.compile(r"^(?:计划|预计|拟)(?:完成|整改|办结)(?:时间|时限|日期)$")
DONE_DATE_LABELS = re.compile(r"^(?:实际)?(?:完成|办结|销号)(?:时间|日期)$")
# So does a notice that gives some problems the date they were done and the others only a time limit (完成时间：2024年
# 6月 / 完成时限：2024年12月: a community's short paragraphs, round 85): the date done, done; the time limit is a
# deadline, no status, so those problems are read by their text alone.
TIME_LIMIT_LABELS = re.compile(r"^(?:整改|完成)时限$")  # the two the field labels read (LABEL_RE)
# A figure standing for the status (issue 19's round 90, statuses told by time and numbers): the share of the work
# done, named as the genre names it (整改完成进度80% / 整改完成率100% / 目前完成进度60%，预计… / 完成进度：100%) at
# the start of a clause or after 目前/当前 — a city bureau's 整改情况 paragraphs and a college's 完成情况 fields close
# or open so; the whole done is done, any less in progress. Not a rate of other work (群众满意率, 办结率).
PROGRESS_SHARE_RE = re.compile(
    r"(?:^|(?<=[。；;，,：:\s])|目前|当前)(?:整改)?(?:完成|整改)(?:进度|率)\s*(?:[:：]|为|已?达到?)?\s*"
    r"(?P<p>\d{1,3}(?:\.\d{1,2})?)\s*[%％]"
)
# Progress as the count of the problem's measures done of those it set (完成进度：3/5 / 已完成3项/共5项 / 4项/4项 /
# 已完成2项（共3项） / 共5项，已完成3项): a county bureau's ledger pasted as text counts each problem's measures so
# (issue 19's round 147); all of them done is done, fewer in progress. A problem sets a few measures, so the counts
# have two figures at most and a date (2025/12, 12/31/2025) or a share (3/5%) is no such count.
PROGRESS_FRACTION_RE = re.compile(
    r"^\s*(?:(?:已|累计)?(?:完成|落实|整改)(?:整改)?(?:措施)?)?\s*(?P<k>\d{1,2})\s*(?:项|条|个)?\s*"
    # the whole after a slash (3/5, 3项/共5项) or in brackets (已完成2项（共3项）)
    r"(?:[/／]|[(（](?=\s*(?:共|总|合计)))\s*(?:共|总|合计)?(?:计)?\s*(?P<n>\d{1,2})\s*(?:项|条|个)?(?![\d/／.．%％])"
    r"|^\s*(?:共|总共|合计)(?:有|计)?(?:整改)?(?:措施)?(?P<n2>\d{1,2})(?:项|条)[,，、]\s*(?:已|累计)?(?:完成|落实)"
    r"(?P<k2>\d{1,2})(?:项|条)"
)
# Progress as a share written in words (整改进度：百分之八十 / 完成进度：百分之百 / 已完成百分之九十五): a city bureau's
# fields print the share so beside the time elapsed (时间进度：百分之百, no status), issue 19's round 147; read as the
# figure it spells (the whole done is done, any less in progress).
PERCENT_WORDS_RE = re.compile(r"^\s*(?:已完成|完成|已达到?|达到?)?\s*百分之(?P<cn>[零〇一二两三四五六七八九十百]{1,5})")
# The date done named as such, with or without its colon, opening a status field (完成情况：完成时间2024年5月，设立…
# / 完成时间：2024.5), its year in two or four figures and its marks dropped or not; not a month's end with 前 (a
# deadline's wording).
DONE_DATE_CLAUSE_RE = re.compile(
    r"^(?:实际)?(?:完成|办结|销号)(?:时间|日期)\s*(?:[:：]|为|于)?\s*(?:\d{4}|\d{2})\s*(?:年|[.\-/])\s*\d{1,2}\s*月?"
    r"(?:\s*\d{1,2}\s*日?)?(?:底|末|份)?$"
)
# A deadline field's value as the genre words it (整改时限:2024年12月底前 / 立行立改 / 长期坚持): a short phrase, so
# where a page lost the line break after it, the problem's text runs on from it (完成时限:立行立改一是建立…).
DEADLINE_VALUE = (
    r"立行立改|长期坚持|持续推进|常态化推进"
    r"|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前)?|\d{4}年(?:年底|底|末)?(?:前|之前)?"
)
# A status field whose whole value is a deadline with the result due by it (整改情况：2024年12月底前完成 / 整改进展：
# 预计2025年6月底前完成整改): a county bureau's notice states the open problems' status so beside the others' 已于…完成
# (issue 19's round 167). The deadline, not a result: still ahead at the notice's own date, the work is in progress;
# past it, the words alone do not say whether it was met, and other readings decide.
DEADLINE_AS_STATUS_RE = re.compile(
    r"(?:计划|预计|力争|争取|确保|拟)?(?:于|在)?"
    rf"(?:{DEADLINE_VALUE})"
    r"(?:全部|全面)?(?:完成|完成整改|整改完成|整改到位|整改完毕|办结|销号)(?:整改)?(?:任务)?"
)
# A deadline field's value followed, after a ; or a comma, by the verdict on the deadline (整改时限：2024年6月底前；超期
# 未完成 / 2024年8月底前；逾期整改中 / 2024年5月底前，已按期完成): a city hospital's time lines state the status so
# (issue 19's round 167); the verdict's words open with how the work stands to the deadline.
DEADLINE_VERDICT_OPENERS = (
    "超期",
    "逾期",
    "已超期",
    "已逾期",
    "未按期",
    "未按时",
    "按期",
    "已按期",
    "按时",
    "已按时",
    "如期",
    "已如期",
)
# Fields about the problem's handling, never its measures: who answers for it, whether it is done, and the problem's
# own field under any of its names (_PROBLEM_FIELD: 具体问题：<problem> holds no measure either).
NON_MEASURE_LABELS = re.compile(rf"^(?:责任|牵头|整改责任人|问题|存在|是否|{_PROBLEM_FIELD})")

# --- statuses ---------------------------------------------------------------------------------
# 中 closing a verb says the work is under way (推进中, 办理中, 对接中), unless it opens the noun the verb takes (推进
# 中层干部交流轮岗, 对接中医院专家, 落实中央八项规定, 县行政审批中心, 办理中介服务备案, 实施中长期规划): a college's
# 整改任务 field under a 省委巡视 (round 75) plans 推进中层干部交流轮岗 above its 完成情况:已完成. The nouns so opened,
# as the genre's measures name them:
NOUNS_OPENING_ZHONG = (
    *("中层", "中心", "中医", "中药", "中小", "中央", "中介", "中期", "中长期", "中学", "中职", "中专", "中共", "中国"),
    *("中华", "中青年", "中老年", "中高级", "中级", "中型", "中队", "中标", "中考"),
)
UNDER_WAY_ZHONG = "中(?!" + "|".join(n[1:] for n in NOUNS_OPENING_ZHONG) + ")"
# Completion promised once a step still to come is taken (待省法院统一招录后即可完成, 待验收后方可销号, 待资金到位后
# 即可办结): a county court's closing sentence (round 76); until then the work is not done.
PROMISED_AFTER_STEP = (
    r"待[^，,。；;]{1,20}?后(?:即可|方可|才能|就能|便可|可)(?:全面)?(?:完成|办结|销号|到位|整改到位|完成整改)(?:整改)?"
)
PROMISED_AFTER_STEP_RE = re.compile(PROMISED_AFTER_STEP)
# The spoken forms of the status a small body's non-specialist writer types (a village's, a community's, a school's
# and a health centre's notices, round 88): 改 with its result (已经改好了 / 改完了 / 已改正) is done, 改 still
# going or not yet at its result (还在改 / 正在改 / 没改完 / 还没有改好) is open. Each closes its word: 正在改造,
# 已改进 are work.
SPOKEN_DONE = r"已(?:经)?改(?:好|完|正|过来)(?:了)?(?![\u4e00-\u9fa5])|改(?:好|完)了"
SPOKEN_OPEN = (
    r"还在改(?![\u4e00-\u9fa5])|正在改(?![\u4e00-\u9fa5])"
    r"|还没(?:有)?改(?:好|完)|没(?:有)?改(?:好|完)|未改完|尚未改完"
    # issue 19's round 130: the fix promised at once (马上整改, 马上整改到位, 马上就改) and the work carried on next
    # (下一步继续做, 还要接着改): a branch secretary's words for a problem not yet put right (a private firm's and a
    # primary school's 党支部); each closes the marker, so 马上就办 inside a measure's words stays a measure's
    r"|马上(?:就)?(?:整改|改)(?:到位|好|完)?(?![\u4e00-\u9fa5])"
    r"|下一?步(?:还要|还将|将)?(?:继续|接着)(?:做|改)(?![\u4e00-\u9fa5])"
    r"|还要(?:继续|接着)(?:做|改)(?![\u4e00-\u9fa5])|继续(?:做|改)(?![\u4e00-\u9fa5])|接着(?:做|改)(?![\u4e00-\u9fa5])"
)
# … a clause of them alone closing a problem's text is its status (…，剩余5名试用期职工正在办理，马上整改到位。 /
# …已报县教育局审批，下一步继续做。): the spoken words are said of the problem, never of a measure's step
SPOKEN_OPEN_CLAUSE_RE = re.compile(rf"(?:{SPOKEN_OPEN})[。.!！]?")
_IN_PROGRESS_WORDS = (
    rf"正在(?:推进|整改|落实|办理|进行)|推进{UNDER_WAY_ZHONG}|整改{UNDER_WAY_ZHONG}|办理{UNDER_WAY_ZHONG}|未完成|尚未完成|未整改|部分完成|基本完成|阶段性完成"
    r"|没有完成|未销号|未办结|尚未|未到位|未整改到位"  # negations of the done words are not done
    r"|持续推进|持续整改|逐步推进|序时推进|未办结|尚未整改|正在进行"
    # work stated as still under way (按计划推进中, 正在加紧清理, 仍在有序推进, 尚在进行, 持续开展中): a court's, a
    # school's and a bank's notices close their texts so
    # (each alternative opens with a literal character, so the engine scans for it: see PENDING_RE)
    r"|正在(?:加紧|抓紧|有序|持续|积极)|仍在(?:有序|持续|积极|加紧)?(?:推进|整改|落实|办理|进行|开展)"
    r"|尚在(?:有序|持续|积极|加紧)?(?:推进|整改|落实|办理|进行|开展)|还在(?:推进|整改|落实|办理|进行|开展)"
    rf"|开展{UNDER_WAY_ZHONG}|进行{UNDER_WAY_ZHONG}|实施{UNDER_WAY_ZHONG}|落实{UNDER_WAY_ZHONG}|按计划推进"
    # work still owed (尚需进一步推进, 还需持续用力, 未全部完成, 已部分整改) and results only begun
    # (已取得阶段性成效, 初见成效)
    r"|尚需(?:进一步|继续|持续)?(?:推进|整改|落实|用力|努力)|还需(?:进一步|继续|持续)?(?:推进|整改|落实|用力|努力)"
    r"|仍需(?:进一步|继续|持续)(?:推进|整改|落实|用力|努力)|未全部(?:完成|整改|到位)|部分整改|待完成|有待完成"
    # issue 19's round 79: the work still owed as the genre's speeches say it, with 发力 (还需持续发力, 尚需继续发力),
    # and 仍需 with 持续 as 尚需/还需 take it (学科带头人缺乏的问题仍需持续用力: a hospital's 整改情况 prose); 仍需
    # alone before the verb stays a problem's words (干部作风仍需改进)
    r"|尚需(?:进一步|继续|持续)?发力|还需(?:进一步|继续|持续)?发力|仍需(?:进一步|继续|持续)发力"
    r"|阶段性成效|阶段性成果|阶段性进展|初见成效"
    # 正+manner(s)+doing (目前正按计划有序推进, 正稳步推进), the still-doing family with the verbs of work that goes
    # on (仍在持续, 还在完善, 尚在深化), and 正在<doing>中 (正在深化中, 正在完善中): a city commission's, a township's
    # and a provincial commission's closing sentences (issue 19's sixth batch)
    r"|正(?:在)?(?:按计划|按序时|有序|稳步|加紧|抓紧|积极|持续){1,2}(?:推进|整改|落实|实施|进行|开展)"
    r"|仍在(?:持续|完善|深化|实施|建设)|还在(?:持续|完善|深化|实施|建设)|尚在(?:持续|完善|深化|实施|建设)"
    r"|正在[\u4e00-\u9fa5]{2}中"  # (each alternative opens with a literal: a character class first is 6x slower)
    # more manners of work under way (正在加快推进, 正在全力推进, 正在扎实推进), a stage of the work done but
    # not the work (完成阶段性整改, 完成阶段性目标) and the work's last stage (已进入收尾阶段, 处于扫尾阶段,
    # 收尾中): a city's, a county government's and a banner's published statuses
    r"|正在(?:加快|全力|扎实|大力|稳步|协调)(?:推进|整改|落实|实施|进行|开展|办理)"
    r"|完成阶段性(?:整改|目标|任务)|收尾阶段|扫尾阶段|收尾中"
    r"|正在(?:收尾|扫尾)(?![\u4e00-\u9fa5])"  # the last stage as a bare status (整改进度：正在收尾, round 150)
    # issue 19's seventh round (tests/data/status_phrases.json, real pages of 28 units):
    # a negation with the way it fell short between 未能 and the done word (未能按照既定时间节点完成整改, 未能按期完成,
    # 未按时限完成): a county's red-yellow-blue ledger prints it of problems past their date
    # (the negation closes the marker: 对未能按期完成任务的2名干部进行约谈 is a measure's object, not a status)
    r"|未能[^，,。；;]{0,12}?完成(?:整改|任务|工作)?(?![\u4e00-\u9fa5\d])"
    r"|没能[^，,。；;]{0,12}?完成(?:整改|任务|工作)?(?![\u4e00-\u9fa5\d])"
    r"|未按[^，,。；;]{1,12}?完成(?:整改|任务|工作)?(?![\u4e00-\u9fa5\d])"
    # all of them still being worked on (均在有序办理, 都在持续推进): a district office's follow-up report
    # (closing the marker: 各党支部均在开展专题学习 reports a measure)
    r"|均在(?:有序|持续|积极|加紧|抓紧|稳步)?(?:推进|整改|落实|办理|进行|开展)中?(?![\u4e00-\u9fa5])"
    r"|都在(?:有序|持续|积极|加紧|抓紧|稳步)?(?:推进|整改|落实|办理|进行|开展)中?(?![\u4e00-\u9fa5])"
    # results only begun, or a share of the work (取得一定成效, 取得初步进展, 基本都得到了有效解决, 均已完成80%以上):
    # a county's, a township's and a design institute's reports; 100% is done and does not match (two digits at most)
    r"|取得(?:了)?(?:一定|初步|积极)(?:成效|成果|进展|效果)|基本(?:都|上)?得到(?:了)?(?:有效|妥善)?(?:解决|整改|纠正)"
    r"|基本(?:都|上)?(?:解决|落实到位)|完成(?:了)?(?:整改)?(?:进度|任务|工作)?(?:的)?\d{1,2}(?:\.\d+)?%"
    # work that must go on for long (需要长期坚持整改, 需长期整改, 属长期整改事项): a county court's section lead;
    # its problems are in progress (L04), unlike 已完成并长期坚持
    # (closing the marker, or naming the item: 建立长期整改台账 is a measure)
    r"|需(?:要)?长期(?:坚持)?整改(?:的?(?:事项|问题|任务))?(?![\u4e00-\u9fa5])"
    r"|长期整改(?:的?(?:事项|问题|任务)|中)?(?![\u4e00-\u9fa5])"
    # completion promised once a step still to come is taken: PROMISED_AFTER_STEP
    rf"|{PROMISED_AFTER_STEP}"
    # the composed forms a status clause takes (see STATUS_CLAUSE_WORDS): work under way in a manner of the
    # schedule (按序时进度推进, 整改工作有序推进, 正在逐步整改, 正在实施), done only in part (未完全整改, 已整改一部分)
    # or in a stage (阶段性整改完成)
    # (按时序推进, the words swapped, as a city hospital's time lines print it: issue 19's round 167)
    r"|按(?:序时|时序)(?:进度)?推进|按照(?:序时|时序)进度推进|有序推进|稳步推进|正在(?:逐步|实施|开展)"
    r"|未完全(?:整改|完成|到位|落实)|整改一部分|完成一部分|落实一部分|阶段性整改"
    r"|需要继续整改|需继续整改|继续整改中"  # 以下问题需要继续整改: work still owed, as status headings say it
    # issue 19's eighth round: work under way as the body driving it says (目前正在督促推进, 正在督促整改, 正在跟踪
    # 落实): a city women's federation closes a field so, of work other bodies carry out
    r"|正在(?:督促|跟踪)(?:推进|整改|落实|办理|实施)"
    # issue 19's eleventh round (tests/data/status_phrases.json phrases_round11): a stage of the ledger's settling
    # (阶段性办结, 取得阶段性办理成效): an environmental inspection's daily report and a district's 挂牌督办 note
    r"|阶段性(?:办结|办理)"
    # issue 19's twelfth round (phrases_round12): results judged good but not final (取得较好成效, 取得了较好的成效)
    # and most of the problems done (大部分问题已完成整改): a university's and a company's rectification meetings, a
    # city's news of its inspection rounds; a share of the work is not the whole (checked before DONE_RE)
    r"|取得(?:了)?(?:较好|比较好)的?(?:成效|成果|进展|效果)|大部分(?:问题)?已(?:经)?(?:完成|整改)"
    r"|大多数(?:问题)?已(?:经)?(?:完成|整改)"
    # issue 19's thirteenth round (phrases_round13): work under way as inspection offices', 督查 notices' and the
    # suggestion-handling reports' categories print it: by a rule or plan (正在按有关要求推进实施), faster
    # (正加快推进), in a stage (进入攻坚阶段), begun (全面启动整治工作, 有关工作已启动), being solved or put in the
    # plan (正在解决, 已列入规划计划逐步解决), and a 12345 table's columns (在办, 超时未办): environmental-inspection
    # news, a group company's note, a county's 督查通报, the 人大建议/政协提案 办理 reports, a city's mailbox table
    r"|正(?<![真纠修更端公]正)在?按(?:照)?[^，,。；;]{1,8}?(?:推进|实施|整改|落实|办理)"
    r"|正(?<![真纠修更端公]正)(?:加快|全力|扎实|大力|加速)(?:推进|整改|落实|实施|办理)"  # not 真正按照…落实: a measure
    r"|进入(?:攻坚|冲刺|深化|整改|巩固提升)阶段|处于(?:攻坚|冲刺|深化|整改|巩固提升)阶段"
    r"|已(?:经)?(?:全面)?启动(?:整改|整治|治理)?(?:工作)?(?![\u4e00-\u9fa5])"
    r"|全面启动(?:整改|整治|治理)?(?:工作)?(?![\u4e00-\u9fa5])"  # (each alternative opens with a literal: PENDING_RE)
    r"|正在(?:研究)?解决|已(?:经)?列入[^，,。；;]{1,6}?解决|在(?<!现在)办(?![\u4e00-\u9fa5])|超(?:时|期)未办"
    # 该问题已取得明显进展，将于2018年底基本完成: progress made, the work not done (a ministry's notice under 中央巡视,
    # round 29, counting its problems as 已解决 / 取得明显进展 / 正在推动解决)
    r"|取得(?:了)?(?:明显|重要|积极|重大|较大|一定|显著)进展"
    # issue 19's round 52: a ledger's closing carried out step by step (持续销号, 分批销账): STEPWISE_CLOSE
    rf"|{STEPWISE_CLOSE}"
    # issue 19's round 79: a ledger's closing still awaited (待销号, 待销账, 待办结), as a closing sentence sorts the
    # problems (第1至4项已销号；第5项、第7项待销号: a group's notice pasted from its PDF); closing the marker, so that
    # a step awaited before the closing (待验收后方可销号) stays PROMISED_AFTER_STEP's
    r"|待(?:销号|销账|办结)(?![\u4e00-\u9fa5])"
    # issue 19's round 88: the work still open in the spoken words of a small body's own writer (还在改, 正在改,
    # 没改完, 还没有改好, 未改完): a village's, a school's and a health centre's notices typed by non-specialists
    # (closing the marker, so that 正在改造 / 还在改进 stay words of work)
    rf"|{SPOKEN_OPEN}"
    # issue 19's round 125: a result short of the whole, as notices of 2024–2026 word it: near it (接近完成, 即将完成,
    # 已近尾声), the year's or a first stage's share of a longer task (已完成年度任务, 已完成当年目标任务, 完成年度整改
    # 计划, 已完成第一阶段任务), the main body of the work (已完成主体工程), a first pass (已完成初步整改), most of it
    # (已完成大部分); each closes the marker (完成年度目标考核 / 接近完成率 stay a measure's words)
    r"|接近完成(?:整改)?(?![\u4e00-\u9fa5])|即将完成(?:整改)?(?![\u4e00-\u9fa5])|临近完成(?![\u4e00-\u9fa5])"
    r"|接近尾声|已近尾声|临近尾声"
    # (not beyond it: 超额完成年度任务 / 超完成 report the year's target passed, the facts of a done task, round 158)
    r"|完(?<!超额完)(?<!超完)成(?:了)?(?:年度|当年|本年度|今年)(?:整改)?(?:目标|任务|计划)(?:任务)?(?![\u4e00-\u9fa5])"
    r"|完成(?:了)?第[一二三1-3](?:阶段|期)(?:整改)?(?:任务|目标|工作)?(?![\u4e00-\u9fa5])"
    r"|完成(?:了)?主体(?:工作|工程|建设|任务)(?![\u4e00-\u9fa5])|完成(?:了)?初步整改(?![\u4e00-\u9fa5])"
    # (most of it with the done word first, as 大部分已完成 reads it)
    r"|完成(?:了)?(?:绝大部分|大部分|绝大多数|大多数)(?:整改)?(?:任务|工作|内容)?(?![\u4e00-\u9fa5])"
)
IN_PROGRESS_RE = re.compile(by_first_character(_IN_PROGRESS_WORDS))
_DONE_WORDS = (
    r"已(?:经)?(?:全部)?(?:整改)?完成|完成整改|整改完成|已(?:经)?整改(?:到位|落实|完毕)?|已办结|已销号|已落实|已到位|整改到位|已解决"
    # the done family with a manner or a date between 已 and the result (已全面完成, 已按期完成, 已于2019年6月完成), the
    # other results (已完毕, 已完结, 已清零, 已经解决) and a verb's result (已清理到位, 已追回到位, 已整改销号)
    r"|已(?:经)?(?:全面|按期|按时|如期|提前|顺利)(?:整改)?完成|已于[^，。；,;]{2,12}?(?:完成|办结|到位|销号)"
    r"|已(?:经)?(?:完毕|完结|清零|解决)|已(?!基本|部分)[\u4e00-\u9fa5]{1,5}?(?:到位|完毕)|已整改销号"
    r"|整改完毕|已得到(?:解决|纠正|整改)|已予以纠正|已纠正"
    # the manner before a bare 整改 (已彻底整改, 已全面整改), the other closing results (整改完结, 整改办结) and the
    # ledger's words after a manner (已见底清零, 已整改销账, 已办结销号): a township's, a provincial department's and a
    # provincial commission's notices (issue 19's sixth batch)
    r"|已(?:经)?(?:彻底|全面|切实|按期|按时|如期)整改|整改(?:完结|办结)"
    r"|已(?!基本|部分)[\u4e00-\u9fa5]{0,4}?(?:清零|销账|销号)"
    # issue 19's seventh round: the whole done in the ledger's words (均已全部办结, 已全部销号) and the result of the
    # work named (已经成功化解, 已妥善处置, 已有效解决) (a county's and a district's reports); the object
    # of the rectification named between 完成 and 整改 (完成问题整改, 完成全部整改) and 完成销号 (a township's notice)
    r"|已(?:经)?(?:全部|全面)(?:办结|销号|销账|解决|清零)|已(?:经)?(?:成功|有效|妥善|彻底)?(?:化解|消除|处置到位)"
    r"|已(?:经)?(?:成功|有效|妥善|彻底)(?:解决|处置|纠正)|完成(?:问题|反馈问题|全部|各项|所有)整改|完成(?:整改)?(?:销号|销账)"
    r"|整改落实到位"  # the work named between 整改 and 到位 (a county's village report; 整改落实不到位 is short)
    # the composed done forms (see STATUS_CLAUSE_WORDS): the whole of the work (已全部整改), the target reached
    # (已达到整改要求), the work ended (整改已结束), done on the spot (已立行立改)
    r"|已(?:经)?全部整改|已(?:经)?达到整改(?:要求|目标)|达到整改(?:要求|目标)|已整改结束|整改(?:工作)?(?:已经?)?结束"
    r"|已立行立改"
    # issue 19's eleventh round: 已经 before the ledger's 办结 (已经办结) and the sign-off given (予以销号): a
    # district's 挂牌督办 note and a new district's supervision of its reported cases
    r"|已经办结|予以(?:销号|销账)"
    # the whole work said complete without 已 (整改任务全部完成, 整改工作全部完成): a report's plain past, as
    # 整改完成 is; an aim before it (确保整改任务全部完成) is read as an aim (_aimed)
    r"|整改(?:任务|工作|事项)?(?:已经?)?全部完成"
    # issue 19's round 88: the work done in the spoken words of a small body's own writer (已经改好了, 改完了, 已改正,
    # 已经改过来了): a village's, a school's and a health centre's notices typed by non-specialists (checked after
    # IN_PROGRESS_RE, so 没改完 stays open)
    rf"|{SPOKEN_DONE}"
)
DONE_RE = re.compile(by_first_character(_DONE_WORDS))
_LONGTERM_WORDS = (
    r"长期坚持|长期推进|常态化(?:推进|坚持)|持续坚持|常态化(?:开展|落实|执行)|长期(?:执行|落实)"
    r"|长效坚持|长期抓"  # 已完成，长效坚持 / 纳入日常监督长期抓: a police branch's field, a police bureau's sentence
    r"|常态长效"  # 已完成，常态长效推进: a university's status column (round 14)
    r"|转入常态化"  # 已完成，转入常态化管理: a school's 完成情况 field (round 18)
    # 已整改完成，并纳入常态化管理 / 列入常态化监管: the work taken into the routine, kept up as 转入常态化 is (a
    # hospital's 整改情况 prose, round 79; the claims read 纳入常态化管理的问题2个 so since round 72)
    r"|纳入常态化(?:管理|监管|监督|推进|整改|工作)|列入常态化(?:管理|监管|监督|推进|整改|工作)"
    # 已完成，长效管理 / 长效管护: a village's 整改进度 field, the work kept up after it (round 47); closing the marker
    # (制定河涌长效管护工作方案 is a measure: a district water bureau's field, round 10)
    r"|长效管[理护](?![\u4e00-\u9fa5])"
    # 长期 in other words before 坚持 (已完成,恒久坚持 / 长久坚持 / 持久坚持): mirrors that spin a page's words into
    # synonyms print the kept-up marker so (a group's 中央巡视“转头看” notice, round 53)
    r"|恒久坚持|长久坚持|持久坚持"
    # 已完成整改并长效常治 / 已完成，长效常治: the genre's later word for the work kept up as routine (issue 19's round
    # 125), closing the marker (推动问题长效常治的机制 is a measure's object)
    r"|长效常治(?![\u4e00-\u9fa5])"
    # issue 19's round 130: kept up all along in a branch secretary's words (【一直坚持】, …，一直坚持。), as 长期坚持
    r"|一直坚持"
    # issue 19's round 144: the work pushed on as routine after it is done (已完成，长效推进 / 已整改到位，常态推进), as
    # 常态长效推进 and 常态化推进 are; closing the marker (建立长效推进机制 is a measure's object)
    r"|长效推进(?![\u4e00-\u9fa5])|常态推进(?![\u4e00-\u9fa5])"
)
LONGTERM_RE = re.compile(by_first_character(_LONGTERM_WORDS))  # see PENDING_RE
# A status marker saying the rectification fell short or has not begun (整改不彻底, 整改不够到位, 未得到有效整改,
# 整改工作未启动: a county's, a district's and a city's published notices print these of problems still open). A
# problem's own wording says the same of an earlier round (上轮巡察反馈问题整改不到位), so status.classify_status reads
# these words only as the whole of a short marker. (Each alternative opens with a literal: see PENDING_RE.)
_STATUS_SHORTFALL_WORDS = (
    r"整改(?:落实|工作)?(?:不够|不)(?:彻底|到位|全面|完全)|落实不(?:够)?(?:到位|彻底)"
    r"|未(?:能)?得到(?:有效|彻底|根本|全面|及时)?(?:整改|解决|纠正|落实)"
    r"|整改(?:工作)?(?:未|尚未|还未|暂未|没有)(?:启动|开展|开始)"
    r"|未(?:启动|开展|开始)整改|尚未(?:启动|开展|开始)|未启动|暂未启动"
    # put off or still waiting, as a ledger's status column prints it (申请延期, 已延期, 延期整改, 待办理, 待销号):
    # a 督办清单's states; 待/延期 are read in a short marker only, as a measure's 待…后录入 is pending evidence
    r"|申请延期|已延期|延期(?:整改|办结|完成|销号)|待办理|待整改|待销号"
    # issue 19's seventh round: the judged-short family of the inspection offices' follow-up reports, read only as a
    # short marker like the rest (整改进度缓慢, 进展缓慢, 整改成效较差, 整改效果不佳, 整改成效不明显; rectification
    # only on paper or half done: 半截子整改, 纸上整改, 虚假整改, 表面整改; 整改不力, 拒不整改, 久拖未决; sent back:
    # 督促二次整改, 退回整改): a city's, a university's and three counties' reports on units' rectification
    r"|整改(?:工作)?(?:进度|进展|推进)(?:缓慢|滞后)|进展缓慢|进度缓慢|推进缓慢"
    r"|整改(?:成效|效果|质量)(?:较差|不佳|欠佳|不明显|不高|不好|差)"
    r"|半截子整改|纸上整改|虚假整改|表面整改|敷衍整改|数字整改|文字整改|形式整改"
    r"|整改(?:工作)?不力|拒不整改|拒绝整改|久拖未决|久拖不决|二次整改|退回整改|重新整改"
    r"|避重就轻|打折扣|选择性整改"  # the rectification chose the easy part (a county's 回头看 report)
    # issue 19's twelfth round (phrases_round12): the work judged not timely or not lasting, lagging, a formality, its
    # loop not closed, and 整治 for 整改 (整改不及时, 整改不持续, 整改工作滞后, 整改措施流于形式, 整改未形成闭环,
    # 整治不彻底): a 纪委's report and guides naming the genre's shortfalls; a short marker only, like the rest
    r"|整改(?:工作)?不(?:及时|持续)|整改(?:工作|任务)?滞后|整改(?:措施|工作)?流于形式"
    r"|整改(?:工作)?未(?:能)?形成闭环|整治(?:工作)?(?:不够|不)(?:彻底|到位)"
    # issue 19's thirteenth round (phrases_round13): still short after a round of work (整改仍不到位) and the work done
    # badly (完成质量较差): a 回头看's feedback in a national daily and a group company's three-colour 督办单
    r"|整改(?:落实|工作)?(?:仍然?|依然|还)(?:不够|不)(?:彻底|到位|全面|完全)"
    r"|完成(?:质量|效果)(?:较差|不佳|欠佳|不高|差)|办理(?:质量|效果)(?:较差|不佳|欠佳|不高|差)"
)
STATUS_SHORTFALL_RE = re.compile(by_first_character(_STATUS_SHORTFALL_WORDS))
# issue 19's eleventh round (tests/data/status_phrases.json phrases_round11): progress judged slow or lagging with a
# degree (整改推进较慢, 推进比较滞后, 进展滞后, 整改推进不力) and the deadline that cannot be or was not met (难以按期
# 完成, 难以按原定时限完成, 无法按时序推进, 难以完全整改到位, 整改超过规定时限): a city's yellow and red cards, the
# national inspection office's and a district's reports on rectification. A problem says the same of its subject
# (部分工程难以按期完成, 项目建设进度较慢), so these are read only as a short marker that OPENS with them (match, not
# search): the status speaks of the rectification, a problem names what lags first.
STATUS_LAG_RE = re.compile(
    r"(?:整改(?:工作|任务)?)?(?:推进|进展|进度)(?:比较|较为|相对|严重)?(?:缓慢|滞后|较慢|迟缓|不力|慢)"
    # the lag by its degree alone, its subject the problem's work: a 亮灯 ledger's note (红灯表示严重滞后, round 135)
    r"|严重(?:滞后|缓慢)"
    r"|(?:整改(?:工作|任务)?)?(?:难以|无法)[^，,。；;]{0,8}?(?:完成|办结|到位|推进)"
    r"|(?:整改(?:工作|任务)?)?(?:超过|超出)(?:规定|整改)?(?:时限|期限)"
    # issue 19's twelfth round: the effect judged weak, the work unnamed (效果不明显, 成效不佳): a guide to the genre
    r"|(?:整改)?(?:成效|效果)(?:不明显|不佳|欠佳|较差)"
    # issue 19's thirteenth round (phrases_round13): behind the schedule (没有达到序时进度要求, 低于序时进度, 慢序时),
    # the target or effect not reached (没有达到预期目标, 还未达到目标要求, 未达到预期效果), slow with a degree but no
    # 进度 word (进度有所滞后, 整改工作十分缓慢, 整改动作慢) and not solvable for now (暂时不能解决, 需待以后解决): the
    # environmental inspections' reports, 督查/督办 notices and the suggestion-handling reports' categories. A project
    # lags behind its schedule in a problem's own words too (重点项目未达到序时进度), so these open a short marker only.
    r"|(?:没有|未能?|尚未|还未|仍未|没能)?(?:达到|完成|符合)序时进度(?:要求)?|(?:低于|落后于?|慢于?|滞后于?)序时(?:进度)?"
    r"|(?:没有|未能?|尚未|还未|仍未|没能)达到(?:预期|既定|预定|整改)?(?:目标|效果|要求)(?:要求)?"
    r"|(?:整改(?:工作|任务)?)?(?:推进|进展|进度)?(?:有所|明显|十分|非常|极为)(?:缓慢|滞后|迟缓|较慢|慢)"
    r"|(?:整改)?动作(?:比较|较为|相对|十分|非常)?(?:缓慢|迟缓|较慢|慢)"
    r"|(?:暂时|暂|目前|一时)?(?:不能|难以|无法|未能)(?:彻底|完全|根本)?解决|需(?:待|要等待|等待)[^，,。；;]{0,6}?解决"
)
# issue 19's twelfth round (phrases_round12): done stated as the work's result, not as a done word (落实到位, 推进落实
# 到位, 得到有效落实, 整改实现闭环, 整改清零, 清仓见底): a 镇党委's notice, a city company's, a construction group's
# and a 纪委's reports. A measure says the same of its aim (确保整改落实到位, 推动问题清零), so these are read only as
# the WHOLE of a short marker (fullmatch).
STATUS_RESULT_DONE_RE = re.compile(
    r"(?:整改)?(?:推进)?落实到位|得到(?:了)?(?:有效|全面|切实)?落实|(?:整改)?(?:实现|形成)(?:整改)?闭环"
    r"|(?:整改|问题)?(?:清零|清仓见底|见底清零)"
    # issue 19's thirteenth round (phrases_round13): the problems solved for good (得到彻底解决) and all the work done
    # without 已 (全部完成): an inspection's news of problems settled and a county's 督查通报 of its decided matters
    r"|得到(?:了)?(?:彻底|有效|妥善|根本|全面|切实)?解决|全部(?:整改)?完成(?:整改)?"
)

# 第一项、第二项、第三项已完成: the measures named by their order before the status words (seed 002).
MEASURE_ORDINALS_RE = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}项[、,，和及]?)+")

# A status printed as the last clause of a problem's own line, after a comma (1.<problem>，已整改。 / …，正在整改。
# / …，已整改并长期坚持。): a township's shortest form of the genre. The clause must be nothing but status words, so
# a problem that reads 未完成年度计划 or 整改完成率低 keeps its words.
# (均已/全部 speak of several problems: a section's lead sentence, 本方面共2个问题,均已整改完成.)
_CLAUSE_DONE = (
    r"已经?(?:整改(?:完成|到位|完毕|落实)?|完成(?:整改)?|办结|销号|落实(?:到位)?|解决)"
    r"|整改完成|完成整改|整改到位"
    # the task or target itself named as done (该项任务已完成当期目标 / 已完成既定整改任务): a bank's notice
    r"|已经?完成(?:当期|既定|预定|全部)(?:整改)?(?:目标|任务)"
    r"|整改已经?(?:完成|到位|完毕|落实)"  # 1.<problem>，整改已到位。
    # done on time, struck off or accepted, the work's whole task done, the problem cleared (已按期完成整改,
    # 已完成整改并销号, 已完成并通过验收, 整改任务已全部完成, 已整改清零: the words of 2024–2026 notices, round 125)
    r"|已经?按期完成(?:整改)?|已经?完成(?:整改)?并(?:销号|通过验收)|(?:整改)?任务已经?全部完成|已(?:整改)?清零"
    rf"|{SPOKEN_DONE}"  # …，已经改好了。 (round 88: SPOKEN_DONE)
)
_CLAUSE_OPEN = (
    r"正在(?:推进|整改|落实)(?:整改)?中?|(?:整改|推进)中|持续(?:推进|整改)中?"
    r"|(?:未|尚未|没有|暂未|仍未)(?:完成|整改(?:到位|完成)?|销号|办结)(?:整改)?|已?(?:基本|阶段性)完成(?:整改)?|视同完成"
    r"|正在(?:抓紧|加紧|有序|积极|持续)(?:推进|整改|落实)(?:整改)?中?"  # 该问题正在抓紧整改，预计年底前完成
    r"|已?取得(?:初步|阶段性)成效|初见成效"  # 初见成效，持续推进: results begun, the work goes on
    r"|已?基本整改(?:到位|完成|完毕)"  # …，已基本整改到位。
    rf"|{SPOKEN_OPEN}"  # …，还在改。 (round 88: SPOKEN_OPEN)
)
_STATUS_CLAUSE = (
    rf"(?:目前|现|截至目前)?[,，]?(?:该问题)?(?:{_CLAUSE_DONE}|{_CLAUSE_OPEN})"
    # the keeping-up, its time named at times (…，已经整改，今后长期坚持: a village's notice, round 88)
    # a mechanism built for it first (已整改完成，形成长效机制，长期坚持: round 150's hospital)
    # (after its comma: 建立健全长效机制 opening a line is a measure, never the status's words run on)
    r"(?:[,，](?:形成|建立(?:健全)?)(?:了)?长效(?:工作)?机制)?"
    r"(?:[,，并且]?(?:今后|以后|后续)?(?:将|需|需要)?长期坚持"
    # … or turned into routine (已完成，转入常态化管理 / 并纳入常态化监督: round 125's words for keeping it up)
    r"|[,，]?并?(?:已|将)?(?:转入|纳入)常态化(?:管理|监督|推进)"
    # … or followed up (已完成，持续推进 / 将持续巩固: round 150; the clause's words, its status read from them whole)
    r"|[,，](?:并|且)?(?:将|需)?持续(?:推进|巩固|深化)(?:整改成果)?)?"
)
STATUS_CLAUSE_RE = re.compile(rf"[,，;；]\s*(?P<s>{_STATUS_CLAUSE})\s*[。.;；!！]?\s*$")
# A closing sentence opened by a bare status clause and closed by a short follow-on (…1.2万元。基本完成整改，将持续
# 推进。 / 正在整改，需长期坚持。): a community's and a hospital's notices close each problem's text so.
STATUS_LEAD_CLAUSE_RE = re.compile(
    rf"^(?P<s>{_STATUS_CLAUSE})[,，](?:后续|今后|下一步)?(?:将|需|需要|并|仍|继续|持续|常态化|长期|预计|力争|计划)[^,，。；;]{{1,12}}$"
)
SECTION_DONE_RE = re.compile(
    r"已完成(?:的)?(?:整改)?(?:事项|问题|任务)|已经完成|完成整改的|已(?:整改)?(?:完成|到位|销号)(?:整改)?的(?:事项|问题|任务)"
)
# 需要长期坚持整改的事项: the work goes on, so its problems are in progress (L04), unlike 已完成并长期坚持.
# (each alternative opens with a literal character, so the engine scans for those alone: see PENDING_RE)
SECTION_PROGRESS_RE = re.compile(
    r"需要继续整改|需继续整改|继续整改|需要长期(?:坚持)?整改|需长期(?:坚持)?整改|长期(?:坚持)?整改|正在推进|正在整改|尚未完成|未完成"
    r"|需(?:要)?持续推进|持续推进的|未整改到位"
)
# A status section's heading of results begun and work going on (取得阶段性成效、需持续整改的问题（2个）, 基本完成的
# 问题): a city hospital's form; read only as a heading's status (the outline is decided without it).
# Results begun said of the work as a whole (二、紧盯巡察反馈指出的问题…,逐条逐项真改实改,巡察整改工作取得阶段性成效:
# a city 卫生健康局's part holding every problem, round 65) report the rectification's progress, not a group of
# problems by status: 工作 before 取得 makes the work the subject.
SECTION_PARTIAL_RE = re.compile(  # behind a lookahead on its alternatives' first characters: tried only where one opens
    r"(?=[需持取基阶])(?:(?:需要|需)持续整改|持续整改的"
    # … and so with the rectification itself the subject (二、聚焦反馈问题，狠抓整改落实，巡察整改取得阶段性成效:
    # a town's part holding every problem, round 157), unless a noun it groups follows (整改取得阶段性成效的问题)
    r"|取得(?<!工作取得)(?:(?<!整改取得)(?<!落实取得)阶段性(?:成效|成果|进展)|阶段性(?:成效|成果|进展)的)"
    r"|基本完成(?:整改)?的|阶段性完成的)"
)
# … and in the genre's other words for keeping it up (LONGTERM_RE's), closing the heading's status before its noun
# (三、已整改到位并长效坚持的问题, 已整改到位并纳入常态化管理的问题): parts grouping problems kept up after done (round
# 112's brief met them beside 已完成整改并需长期坚持的问题); 持续巩固 keeps up a result reached and states done
# (KEPT_UP_STATUSES, status.sections._KEPT_UP_RE)
SECTION_LONGTERM_RE = re.compile(
    r"(?:需要|需)长期坚持|长期坚持的"
    r"|(?:长效坚持|长效管理|常态长效|(?:纳入|列入|转入)?常态化(?:管理|监管|推进|坚持))的(?:问题|事项|任务)"
)

# The words status clauses are composed of, by their part in the clause. Writers of the genre compose them freely
# (…，已按期完成整改。 / …，整改工作正在有序推进中。 / …，已完成部分整改。 / 整改情况：此项整改已全部落实到位), so a
# clause made of these words alone states a status (classify_status decides which), whatever their order; one word
# outside them (未完成年度计划, 整改完成率低, 已完成清退) makes it the problem's own wording or a report of work done.
# Adding a word here widens every placement that reads a status clause (after a title's comma, a field's lead).
STATUS_CLAUSE_WORDS: dict[str, tuple[str, ...]] = {
    "time": ("截至目前", "目前", "当前", "现已", "现"),
    "subject": ("该项", "此项", "该", "此", "本", "这", "个", "问题", "事项", "任务", "工作", "整改"),
    "aspect": ("已经", "已", "均已", "均", "正在", "正", "仍在", "尚在", "还在", "仍", "尚未", "尚", "还未", "还"),
    "negation": ("未能", "未", "暂未", "仍未", "没有", "并未"),
    "manner": (
        *("基本", "一部分", "部分", "阶段性", "全部", "全面", "彻底", "完全", "切实", "进一步", "立行立改"),
        *("按期", "按时", "如期", "提前", "顺利", "按要求", "按计划", "按序时进度", "按序时", "按照序时进度", "序时"),
        *("有序", "稳步", "积极", "持续", "逐步", "抓紧", "加紧", "加快", "全力", "扎实", "大力", "深入", "继续"),
    ),
    "result": (
        *("完成", "到位", "完毕", "落实", "销号", "销账", "办结", "解决", "结束", "完结", "清零", "纠正"),
        *("推进", "进行", "实施", "开展", "办理", "中", "得到", "取得", "成效", "成果", "进展", "达到", "要求", "目标"),
    ),
    "joiner": ("并将", "并", "且", "的", "了", "需要", "需", "将", "长期坚持", "长期", "常态化", "坚持"),
}
# Parts of the status clauses issue 19's seventh round met on published pages (tests/data/status_phrases.json):
# all of them (均在有序办理, 基本都得到了有效解决), still owed (有待持续整改), a manner of the result (已经成功化解,
# 已妥善处置), the results (化解, 消除, 处置, 初见成效, 报结), the work as subject (整改措施已完成), 之中
# (正在整改之中), quote marks around the ledger's word (已“清零”) and the typo 己 for 已 (己全部整改到位).
STATUS_CLAUSE_WORDS["aspect"] += ("均在", "都在", "都已", "都", "有待", "己")
STATUS_CLAUSE_WORDS["manner"] += ("成功", "有效", "妥善", "一定", "初步")
STATUS_CLAUSE_WORDS["result"] += ("化解", "消除", "处置", "初见成效", "报结", "之中")
STATUS_CLAUSE_WORDS["subject"] += ("整改措施", "措施")
STATUS_CLAUSE_WORDS["joiner"] += ("“", "”")
# issue 19's eighth round: work under way in the manner of the body that drives it (目前正在督促推进, 正在督促
# 整改, 正在跟踪落实, 正在协调推进): a city women's federation's field closes so, of work other bodies do.
STATUS_CLAUSE_WORDS["manner"] += ("督促", "跟踪", "协调")
# issue 19's thirteenth round: two statuses joined by 或 (已完成或基本完成274项: the national inspection office's count
# of tasks done, printed in a national daily), a clause of status words like any other.
STATUS_CLAUSE_WORDS["joiner"] += ("或",)
# issue 19's round 88: the spoken results of 改 (改好, 改完, 改正, 改过来) and its spoken going-on (还在改, 正在改,
# 没改完): a small body's non-specialist writer composes a status clause with them (已经改好了 / 还在改): SPOKEN_DONE.
STATUS_CLAUSE_WORDS["result"] += ("改好", "改完", "改正", "改过来", "还在改", "正在改", "没改")
# … and the time its keeping-up is set in (已经整改，今后长期坚持: a village's notice, round 88), as 将/需 set it.
STATUS_CLAUSE_WORDS["joiner"] += ("今后",)
# … and the share of the work done (已完成大部分整改任务 / 已完成绝大多数: round 150's hedged words), a manner of the
# result, no object of work.
STATUS_CLAUSE_WORDS["manner"] += ("绝大部分", "大部分", "绝大多数", "大多数", "多数")
# A date the status names (已于2024年5月完成整改, 于6月底前完成): a part of the clause like any other word.
_STATUS_DATE = r"于?(?:\d{4}年\d{1,2}月|\d{4}年|\d{1,2}月)(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前)?"
# The same date leading a closing sentence or a bracket (2024年8月已整改完成 / （已于2024年8月完成整改）): set aside
# before the status is measured and read, as a time word (目前) is.
STATUS_DATE_RE = re.compile(_STATUS_DATE)
LEADING_DATE_RE = re.compile(rf"^(?:截至|截止)?{_STATUS_DATE}[,，]?")
STATUS_ONLY_RE = re.compile(
    "(?:"
    + "|".join(sorted((w for words in STATUS_CLAUSE_WORDS.values() for w in words), key=len, reverse=True))
    + rf"|{_STATUS_DATE})+"
)

# The points of the work done that the genre numbers in words where a notice tells its rectification as a whole
# (一是提高政治站位。…二是压实整改责任。…三是强化督促检查。…; 其一,坚持思想不松): a run of them lists no problems.
WORK_POINT_RE = re.compile(
    r"政治站位|整改责任|主体责任|督促检查|督查督办|跟踪问效|组织领导|思想认识|统筹推进|建章立制|长效机制|成果运用"
    r"|思想不松|标准不降|力度不减|举一反三|以案促改|高度重视|压实"
)

# Top-level sections that frame the notice rather than list problems.
CONTEXT_SECTION_RE = re.compile(
    r"下一步|打算|巩固|长效|成果运用|推动改革|促进发展|组织领导|组织整改|整改责任|责任落实|认识和态度|高度重视"
    r"|明确任务|压实|总体情况|基本情况|工作开展|主要做法|整改工作情况"
    # 持续深化巡察整改, 巩固和深化整改成果 frame the work; 深化作风建设, 深化“双减”工作 are tasks (problems, L04)
    r"|深化[^,，。]{0,4}整改"
    r"|组织落实"  # 党委及主要负责人组织落实整改情况: how the work was organised (9a)
    # 下步工作安排 / 今后工作思路 / 今后工作计划: the closing part named in the genre's other words for next steps, a
    # heading at times unnumbered on a line of its own under the last problem (round 103's brief)
    r"|下步(?:工作|打算|计划)|今后(?:工作)?(?:思路|安排|重点|计划)"
    # 一、落实主体责任,把巡察整改作为重大政治任务抓紧抓好: the rectification taken up as a task, how the body framed its
    # work (a city health bureau's notice, round 49); a problem's aspect names a duty, never the rectification so
    r"|把(?:巡察|巡视)?整改(?:工作)?作为"
    # 四、工作要求 / 五、有关要求: the requirements a 通知 closes with (a college's 通知 on its 回头看, its 自查表
    # attached, round 54); only the whole heading, never an area that names the duty (落实…工作要求方面)
    r"|^[一二三四五六七八九十]{1,3}[、.．]\s*(?:有关|相关|几点|具体)?(?:工作)?要求[。.:：]?$"
)
# The results of a policy programme a problem may be named by (巩固拓展脱贫攻坚成果, 巩固扶贫成果), not the
# rectification's own results a closing part keeps up.
POLICY_RESULTS = ("脱贫", "扶贫")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the words: the cheap prechecks' C-level finds (a loop, not any() over a
    generator, which costs more where every line or sentence asks)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


class _StartOrAnywhere:
    """A pattern of alternatives anchored at the text's start and of free ones, as two: one pattern mixing them tries
    every alternative at every position of the text. The free ones are tried only where the text holds one of
    their words (`words`, the cheap precheck; none: always)."""

    def __init__(self, start: re.Pattern[str], anywhere: re.Pattern[str], words: tuple[str, ...] = ()) -> None:
        self.start, self.anywhere, self.words = start, anywhere, words

    def search(self, text: str) -> re.Match[str] | None:
        if (found := self.start.match(text)) is not None:
            return found
        if not self.words or holds_any(text, self.words):
            return self.anywhere.search(text)
        return None


# The framing parts that close (or open) a notice at any heading level: their numbered points are work plans.
FRAMING_PART_RE = _StartOrAnywhere(
    re.compile(
        r"(?:下一步(?:工作)?(?:打算|计划|安排|措施|工作)|(?:今后|后续)(?:工作)?(?:打算|计划)|巩固(?:深化)?(?:整改)?成果"
        r"|(?:建立|健全|完善)?长效机制|整改工作(?:开展|总体|基本)?情况|(?:加强|强化)组织领导"
        # 1 整改工作组织开展情况: how the work was organised, an SOE group's first decimal part (round 22)
        r"|整改工作组织(?:开展|实施|推进)?情况)"
    ),
    # 巩固…成果 is the rectification's results kept (巩固深化巡察整改成果); 巩固拓展脱贫攻坚成果同乡村振兴有效衔接 is a
    # policy's results, the standing task an agriculture or rural-revitalisation body's problem is named by (a county
    # agriculture bureau's (1) under its group, round 66): POLICY_RESULTS never frame the work
    re.compile(rf"巩固(?![^,，。]{{0,4}}?(?:{'|'.join(POLICY_RESULTS)})).{{0,8}}成果|(?:的|工作)(?:打算|计划)[。.]?$"),
    ("巩固", "打算", "计划"),  # each free alternative holds one of these: a new one adds its word here
)
# A part naming whose problems it holds (一、镇党委反馈问题整改情况 / 二、村（社区）反馈问题整改情况: a town's notice on
# itself and its villages, round 34): the list divided by the body each problem concerns, so the part is the aspect
# of its problems, where one framing the whole list (二、巡察反馈问题整改情况) is not. The owner is an organisation
# (its ending below), never the inspection (巡察反馈问题) nor a kind of problem.
OWNER_PART_RE = re.compile(
    r"^(?:[^“”\"，,。；;：:]{0,10}?(?:党委|党组|党工委|党总支|党支部|支部|机关|镇|乡|街道|村|社区|单位|党组织)[)）]?)"
    r"(?:巡察|巡视)?(?:反馈)?的?问题的?(?:整改)?(?:落实|进展)?(?:情况)?[。.]?$"
    # or the body's name alone (一、木垒县东城镇党委 / 二、奇台县七户乡党委: a prefecture's page on the towns of one
    # round, each town's records under its name, round 56): a place, then the organisation, and nothing else
    r"|^[^“”\"，,。；;：:、\s]{1,12}?(?:县|市|区|旗|盟|州|镇|乡|街道)[^“”\"，,。；;：:、\s]{0,8}?"
    r"(?:党委|党组|党工委|党总支|党支部|委员会)$"
)
# A 巡察“回头看” divides its list by where each problem came from: the last round's problems left unrectified and
# those it newly found (二、上一轮巡察反馈问题整改不到位的整改情况 / 三、“回头看”新发现问题的整改情况, a district
# 政法委's notice, round 37): like an owner's part, each part is the aspect of its problems.
ORIGIN_PART_RE = re.compile(
    r"新(?:发现|查找|查摆|排查)出?的?问题"
    r"|(?:上一?轮|前一?轮|上次|上届)(?:巡察|巡视)?(?:反馈)?的?问题(?:整改)?(?:不到位|不彻底|未到位|未完成)"
    # 一、第1号交办函 / (二)立行立改督办单(第2号): the letter a team handed the problems over in while it was still
    # there (a special inspection's 立行立改 letters, round 45): the letter groups its problems as an area does
    r"|[\d一二三四五六七八九十]{1,3}号?[^,，。]{0,6}?(?:交办|督办|提醒|移交)(?:函|单|书)"
    r"|(?:交办|督办|提醒|移交)(?:函|单|书)[(（]?第?[\d一二三四五六七八九十]{1,3}号"
)  # (not 巡察“回头看”反馈问题整改落实情况: the whole 回头看's feedback frames the list, round 22)
ITEM_SECTION_RE = re.compile(r"问题|事项|反馈意见|整改落实情况|整改情况|整改进展|具体进展|继续整改")
# The part of a notice that holds all its problems, at whatever heading level (二、反馈意见整改落实情况 L06,
# (2)巡察反馈问题整改落实情况, 二、具体问题整改情况: round 141): it frames the list, so it is neither an aspect nor a
# group.
PART_HEADING_RE = re.compile(
    r"^(?:[^“”\"‘’]{0,12}?(?:巡察|巡视)组?)?(?:反馈)?的?(?:具体)?(?:问题|意见)?的?(?:集中)?整改(?:落实|进展|推进)?(?:情况)?[。.]?$"
)

# A heading whose own words close by introducing the list below it ((二)坚持从严从紧,按时细化推进。针对巡察反馈三个方面
# 20个问题,逐一进行整改落实,具体整改情况如下:): one of the work's paragraphs that frames the problems under it, never
# an area of them; its siblings worded as work ((一)坚持党工委主抓,组织筹划有力。…) are the work's other paragraphs,
# not problems (a street's notice, round 71).
LIST_INTRO_RE = re.compile(r"(?:情况|问题|事项|措施)(?:分别)?如下[:：。]?$")

# A part listing the problems as they were found, before a part giving their rectification (一、整改“回头看”发现的主要
# 问题 > 一是<shortcoming>。<examples> … then 二、整改措施及进展情况 > (一)针对“…”的问题: a town's 回头看 report,
# round 45; 一、巡察发现的问题 / 一、存在的主要问题): it names the findings as a whole, never one problem.
FINDINGS_PART_RE = re.compile(
    r"^[^，,。；;：:]{0,16}?(?:发现|存在|反馈|指出|查摆)(?:出)?的(?:主要|突出|具体)?问题[。.]?$"
)

# A part beside the feedback's problems that lists what came from elsewhere (三、自查自纠问题整改情况 / 四、巡察移交问题
# 线索处置情况 / 三、选人用人专项检查反馈问题整改情况 / 三、意识形态工作责任制专项检查发现问题 / 四、上轮巡察整改
# “回头看”情况): problems the body found itself, clues handed over, a special check's findings or the last round's
# problems, numbered like the feedback's (round 89). Whether they count among the feedback's the notice's own count
# decides (parse._aside_parts_after_the_problems); a 回头看 notice's 新发现的问题 are its problems (ORIGIN_PART_RE).
ASIDE_PART_RE = re.compile(
    r"自查自纠|自查(?:发现|查找|查摆|出)的?问题|自(?:行|主)(?:查找|查摆|发现)|举一反三(?:查找|查摆|排查)"
    r"|问题线索|专项检查|回头看"
)
ASIDE_PART_WORDS = ("自查", "自行", "自主", "举一反三", "线索", "专项检查", "回头看")  # the cheap precheck

# --- pending work in rectification text -----------------------------------------------------
_C = r"[^，。；,;：:]"  # inside one clause
# What a higher body decides on a matter put up to it (报…审批 / 待…审核): the work waits on it. 核准, 批准 and 审议
# (章程修订稿已报市教育局核准: a college's 回头看 table, issue 19's round 52) as well as the 审 words.
APPROVALS = ("审批", "审核", "审定", "核准", "批准", "审议")
# A higher body's settling of a matter put up to it (报请市国资委协调处理 / 提请区政府研究解决): the work waits on
# it, unless the clause says it settled (协调处理完毕 / 研究解决到位)
_SETTLED_BY_HIGHER = r"(?:协调|研究)(?:解决|处理)(?!完毕|到位|完成|了)"
# The bodies a step of the work waits on, by the last characters of their names (镇农经站, 县财政局, 区委, 上级): the
# spoken 等…后 names one before its check, as 待 does.
_WAITED_BODY = r"(?:站|局|委|办|所|院|厅|中心|政府|部门|单位|上级|小组)"
# Words opening on 报 that name a thing or a routine, not the act of putting a matter up (报告会 a lecture, 报销 a
# reimbursement, 报表 a return): a list of rules (讲座、报告会审批制度) is no work waiting on a decision.
_REPORT_NOUNS = "告会|告厅|销|表|账|刊|纸|道|名|价|修|警"
_ROUTINE = r"(?:长期|持续|常态化?|不断)?(?:坚持|巩固|保持|常态化)"
# 正在整改。 / 该问题正在持续推进整改。: the status sentence itself, no work named (a city bureau's closing, round 19)
_BARE_STATUS = r"(?:(?:持续|有序)?推进)?(?:整改|落实|办理)(?:[，。；,;]|$)"
# 正在持续深化。 / 正在深化。: the deepening of work begun, no work named (issue 19's round 150), the routine as
# 持续深化 is among KEPT_UP_STATUSES; 正在深化…改革 names work
_BARE_DEEPENING = r"(?:持续|不断|进一步)?深化(?:[，。；,;]|$)"
# 尚在有序推进 / 仍在持续开展: the status in words, no work named (a bank's and a procuratorate's closings)
_STATUS_VERB = r"(?:有序|持续|积极|加紧|稳步|按计划)?(?:推进|开展|进行|整改|落实|办理|完善|深化|实施)"
# The rest of the work still going on after a part of it (已整改大部分，剩余问题正在整改 / 其余6个结合办公用房调整同步
# 推进 / 目前已消化318名，剩余部分正在按计划消化: a hospital's field, a district bureau's 目前进展, a province's closing
# clause, rounds 20, 31, 32): pending work, and where a done part is stated before it, the problem is in progress.
REST_WORDS = ("剩余", "其余", "剩下")
# The units the rest of the work is counted in: problems, items, places, people, households, and the equipment,
# vehicles and buildings a bureau's work is counted in (其余29台 old lifts, 剩余5辆 vehicles, 其余2栋 buildings: a
# city market regulator's and a city education bureau's 整改情况, issue 19's round 133)
_REST_UNITS = "个项件处家所条名户座间台套辆栋幢"
_OTHER_DONE = "已完成|完成|到位|销号|办结|已整改"  # words saying a counted other part done (REST_GOES_ON)
REST_GOES_ON = (
    *(rf"{rest}{_C}{{1,12}}?(?:正在|仍在|尚在)" for rest in REST_WORDS),
    *(
        rf"{rest}\d{{1,4}}\s*[{_REST_UNITS}]{_C}{{0,20}}?(?:推进|实施|进行|办理|建设|协调|整改|落实)"
        for rest in REST_WORDS
    ),
    # 其余2个村的改造计划于2024年3月底前完成 / 剩余部分预计年底前完工 / 其余4个村将于5月底前完成: the rest of the
    # work scheduled for a date, not yet done (a town's 整改落实情况 field, round 44; 整改进展, round 45); 计划/预计/将
    # then a date or a span, so 纳入年度计划 (a plan as a noun) and 将持续推进 are not read
    *(
        rf"{rest}{_C}{{1,20}}?(?:计划|预计|将)(?:于|在|将|到)?(?:\d|[今明本下]年|年底|年内|年前|月底|近期|下半年|下月)"
        for rest in REST_WORDS
    ),
    # 剩余28个小区受冬季施工影响,计划于6月底前完工 / 其余3项因资金未到位，预计年底前完成: the rest, the cause that
    # holds it up in a clause of its own, then its date (a city bureau's 整改进展 field, round 64); only a cause
    # clause (受/因/由于) stands between, so 其余问题已整改，将于年底开展回头看 is not read
    *(
        rf"{rest}{_C}{{0,20}}?(?:受|因|由于){_C}{{1,15}}?[,，](?:计划|预计|将)(?:于|在|将|到)?"
        rf"(?:\d|[今明本下]年|年底|年内|年前|月底|近期|下半年|下月)"
        for rest in REST_WORDS
    ),
    # 另1个项目正在办理资金调整审批 / 另有2个问题正在整改: the other part counted, still under way or scheduled (a
    # town's 整改进展 field, round 45); 另 alone opens too many words (另外, 另行), so a count follows it
    # (另1个支部计划在2022年秋季学期换届时配齐: scheduled with 计划在 as with 计划于, a college's measures, round 50)
    rf"另有?\d{{1,4}}\s*[个项件条处家名所笔户座间人]{_C}{{0,20}}?(?:正在|仍在|尚在|计划(?:于|在)|预计)",
    # 另有2个问题出现反弹,已重新制定整改措施,正在整改: the other part counted, what befell it and the step taken in
    # clauses of their own before the work going on (a college's 整改落实情况 on its earlier round's problems, issue
    # 19's round 163); a clause saying it done (已整改到位, 已完成) between them makes it no open part
    rf"另有?\d{{1,4}}\s*[个项件条处家名所笔户座间人](?:(?!{_OTHER_DONE}){_C}){{0,20}}[,，]"
    rf"(?:(?:(?!{_OTHER_DONE}){_C}){{1,20}}[,，])?(?:正在|仍在|尚在)",
    # 已完成32所,其余6所待暑假期间施工改造 / 剩余3家待设备到货后安装: the rest of the work, counted, waits (待) for a
    # time or a step, so it is not done (a zone market regulator's 整改措施 on school canteens, round 66); 待遇 is a
    # noun
    *(rf"{rest}\d{{1,4}}\s*[{_REST_UNITS}]{_C}{{0,8}}?待(?!遇)" for rest in REST_WORDS),
)
REST_GOES_ON_RE = re.compile(by_first_character("|".join(REST_GOES_ON)))
# The words a "rest" clause opens with, for a cheap precheck before REST_GOES_ON_RE
REST_OPENERS = (*REST_WORDS, "另")
# A status field that declares the problem done in a clause of its own, then concedes what is still unfinished
# (办结情况：已完成，但仍有2名干部尚未交流到位，待…统一交流 / 已按期完成，不过个别款项尚未退还): the notice's verdict is
# the done word, the concession the pending work under it (issue 19's round 84: a bureau's 办结情况 field). The words
# opening the concession:
CONCESSION_OPENERS = ("但是", "但", "不过", "然而", "只是")
# issue 19's round 150: closing sentences whose status is HEDGED, STAGED OR CONDITIONED, as notices of 2023–2026 close a
# problem's text (status.sentences._hedged_status): each reads in progress.
# - a share or a stage of the work done, the rest under way (目前已完成大部分整改任务，1名…正在办理 / 该问题第一阶段
#   整改任务已完成，第二阶段…正在推进): the first clause, its subject set aside, is the problem's own status, not one
#   step of a piece of work (已完成《…》修订初稿, status.fields.step_done_then_pending);
PART_DONE_CLAUSE_RE = re.compile(
    r"已(?:经)?(?:基本)?完成了?(?:大部分|绝大部分|大多数|多数|第[一二1-2](?:阶段|期|批))的?(?:整改)?(?:任务|工作|内容|目标)?"
    r"|(?:大部分|绝大部分|大多数|多数|第[一二1-2](?:阶段|期|批))的?(?:整改)?(?:任务|工作|内容|目标)?(?:已经?|均已)(?:基本)?完成"
)
# - results stated, then a concession of the shortfall (整改已取得明显成效，但距离群众期盼仍有差距，将持续推进): results
#   are no verdict of done, and the concession says the work falls short (a done verdict conceding pending work,
#   已完成，但仍有…尚未…, stays done: CONCESSION_OPENERS below);
RESULTS_CLAUSE_RE = re.compile(
    r"(?:整改)?(?:工作)?(?:已经?|均已)?取得了?(?:明显|显著|积极|较大|很大|一定|初步|阶段性|较好|较为明显)?的?(?:成效|成果|进展|效果)"
)
SHORTFALL_WORDS = ("差距", "不足", "短板", "仍需", "还需", "尚需", "仍有", "还有", "尚有", "不够")
# - the problem listed among the long-term rectification (已列为长期整改任务 / 已纳入长期整改事项): not finished within
#   the period, unlike a problem done and kept up (已完成，长期坚持);
LONGTERM_LISTED_RE = re.compile(
    r"(?:已经?)?被?(?:列入|列为|纳入|作为|确定为)了?长期性?整改的?(?:事项|任务|问题|清单|内容)?"
)
# - the rest of the work done after an exception of a part still under way (除门诊楼无障碍卫生间改造正在施工外，其余
#   整改任务均已完成): the part excepted is open. Of the work's parts only: an exception naming problems (除第10个问题
#   正在推进外，其余问题均已整改到位) is a closing summary's (status.sections), its rest named 问题.
EXCEPT_REST_DONE_RE = re.compile(
    r"(?:其余|其他|其它|剩余)的?(?:整改)?(?:任务|工作|措施|事项|内容)?(?:均已|都已|已经?|也已)全?部?"
    r"(?:完成|整改到位|落实到位|到位|落实)(?:整改)?"
)
# A closing summary names the problems it excepts, then gives the rest a status (除问题四、问题八外，其余问题均已
# 整改到位 / 除第3、5个问题外，其余问题已全部完成整改 / 除了(二)(五)两项正在推进，其余均已完成: the genre's closing
# paragraph).
# The words opening and closing the exception, longest first; characters before 除 that make it a verb's second
# half (消除隐患, 清除, 拆除, 排除), never an exception.
EXCEPT_OPENERS = ("除了", "除")
EXCEPT_CLOSERS = ("以外", "之外", "外")
EXCEPT_NOT_AFTER = "消清排解拆废剔扣删免革破铲祛摒根切去"
# The words naming the rest of a closing list's problems (其余问题, 其他8个问题, 剩余问题, 剩下的问题); 另外 opens
# too many sentences (另外，…) to name the rest without a count after it (另外8个问题均已整改到位).
CLOSING_REST_WORDS = ("其余", "其他", "其它", "剩余", "剩下")
CLOSING_REST_COUNTED = ("另外",)
# A closing list may set its problems' numbers apart from their status by a comma, as a notice sorting its problems
# into the genre's classes writes it (立行立改的问题1、3、4、7，已全部整改到位 / 第2、5项，目前已完成整改): the clause
# after the comma is the status where it opens with one of these words; a clause opening otherwise (其中问题2…, 问题3…)
# names more problems or says something else.
# The nouns a closing list names its problems' numbers with before them (问题2, 序号2, 编号2): the ledger's own column
# names the number as 序号/编号 where the body numbers its problems 1…N (序号1、3已整改，序号2整改中); a notice of
# 整改事项 names them 事项1 as it numbers them (事项1:已销号, a closing list a line each: issue 19's round 163).
LIST_NUMBER_NOUNS = ("问题", "序号", "编号", "事项")
# The words between a status-first list's head and its problems where no colon stands (已完成整改的有第1、3项 /
# 正在整改的是问题2 / 已销号的问题包括1、4): the head names the status, the words say that the list follows.
LIST_FOLLOWS_WORDS = ("的有", "的是", "的为", "的包括", "的问题有", "的问题是", "的问题为", "的问题包括", "的事项有")
# The words that open the problems a counted status names after its count, unbracketed (已完成整改5个，分别是问题一、
# 问题二；正在推进2个，分别为问题三、问题六 / 已整改到位3个，即第1、2、5项): a closing summary's counts naming
# their members
COUNT_NAMES_WORDS = ("分别是", "分别为", "具体是", "具体为", "包括", "即", "为", "是")
LIST_STATUS_AFTER_COMMA = ("已", "均", "都", "全部", "正在", "尚", "仍", "目前", "现已", "截至")
# The words before a span of time the work still needs (计划再用一年时间, 预计再用3个月, 还需2个月, 尚需半年)
TIME_STILL_NEEDED = ("再用", "还需", "尚需", "仍需", "还要")
_SPAN = r"[\d一二两三四五六七八九十半]{1,3}"
# The words of work finishing (完成, 上线, 投入使用, 建成投用): what a forecast day is for
_FINISHED = r"(?:完成|完工|建成|上线|投用|投入使用|投入运行|到位|开放|办结|签约|印发|出台|验收)"
# A step of the rectification that others carry out or that waits on them, named as under way (正在审计中 / 审计
# 工作正在进行中 / 正在审核中 / 正在对接中 / 正在安装调试): the clause reports pending work (the gold README's own
# example of pending is 正在对接中), not the problem's status, however it closes the text. A 省 high school's notice
# that prints no status on any problem closes two problems' measures so (round 57): the status is what else it says.
STEP_WORDS = ("审计", "审核", "审批", "审查", "评审", "对接", "调试", "论证", "招标", "公示")
_STEP = "|".join(STEP_WORDS)
# the step's procedure named after it (正在办理审批手续, 招标程序正在进行中: a community's facts closing on the step
# under way after a part done, round 85)
_STEP_NOUN = "(?:手续|程序|流程|阶段)?"
STEP_UNDER_WAY_RE = re.compile(
    rf"^(?:(?:{_STEP}){_STEP_NOUN}(?:工作)?(?:目前)?(?:正在|尚在|仍在)(?:进行|办理)?中?"
    rf"|(?:正在|尚在|仍在)[\u4e00-\u9fff]{{0,4}}?(?:{_STEP}){_STEP_NOUN}中?)$"
)


# Each alternative opens with a literal character and holds no top-level |, so the regex engine scans for their first
# characters (a group or an alternation first makes it try every position: four times slower), and tries at each only
# those opening with the character there (by_first_character).
PENDING_RE = re.compile(
    by_first_character(
        *(
            # 正在<doing>: work under way (正在征求意见, 正在督促…更换部件, 正在与…对接, 正在推进), not the routine of
            # keeping it up (正在长期坚持, 正在持续巩固, 常态化) a done problem's text may close with, nor a bare
            # status sentence (正在整改。); anything 正在…中 is under way
            rf"正在(?:(?!{_ROUTINE}|{_BARE_STATUS}|{_BARE_DEEPENING}){_C}{{1,16}}|{_C}{{0,16}}中)",
            # 尚在司法程序中, 仍在办理中, 还处于审批阶段: still under way
            *(rf"{still}(?:在|处于|处在){_C}{{1,16}}?(?:中|阶段)" for still in "尚仍还"),
            # 产权证照尚在补办, / 平台尚在开发测试,: work still going on, the clause closed without 中 (round 24); not
            # the routine (仍在长期坚持) nor the bare status (尚在推进。)
            *(rf"{still}在(?!{_ROUTINE}|{_STATUS_VERB}){_C}{{2,8}}?(?=[，。；,;]|$)" for still in "尚仍还"),
            # 人员、财务统一管理尚在推进 / 部分基地建设尚在推进 / 综合整治仍在推进: a piece of work named, then still
            # going on, as …尚在推进中 reads (a ledger's 整改措施 cell beside its status column, rounds 2 and 45); not
            # the status sentence whose subject is the problem, the rectification or the work at large (该问题仍在推进
            # / 此项整改仍在有序推进 / 干部培训工作尚在持续开展 / 目前仍在推进): the character before names which
            *(
                rf"{still}在(?<=[\u4e00-\u9fff]{still}在)(?<![作改题项前今已均]{still}在){_STATUS_VERB}(?=[，。；,;]|$)"
                for still in "尚仍还"
            ),
            # 其余款项已进入诉讼程序 / 剩余欠款已转入司法程序: the rest handed to a court or an arbitration whose end
            # is still to come (a district group's 整改结果 on its overdue receivables, issue 19's round 84), or a
            # suit the body began for it (对2户拒不缴纳的承租户启动诉讼程序: a city group's arrears, round 97)
            r"已(?:经)?(?:进入|转入|移交)(?:诉讼|司法|仲裁|强制执行)程序",
            r"程序(?<=(?:启动|提起|申请)(?:诉讼|司法|仲裁)程序)",  # the literal first, the verb looked back for
            # the procedure named with its kind before it (已启动法律诉讼程序 / 依法提起民事诉讼程序 / 已启动法律程序:
            # a university 后勤党委's rents still owed, issue 19's round 108): the suit begun, its end to come
            r"程序(?<=(?:启动|提起|申请)(?:法律|民事|行政)(?:诉讼|仲裁)程序)",
            r"程序(?<=(?:启动|提起|申请)(?:法律|追偿|追缴)程序)",
            # 尚有2个处室轮岗交流待实施 / 尚有2条道路计划10月底前完成修复: counted work still to do after a status
            # (a bureau's ledger cell, a village's 整改结果 field, round 30)
            *(rf"{still}有\d{{1,4}}\s*[个项件条处家名所笔户座间]" for still in "尚还仍"),
            # 2个项目结算审计尚在进行: counted work still going on, whatever its verb (a university's status cell)
            *(rf"{unit}(?<=\d{unit}){_C}{{1,10}}?[尚仍还]在" for unit in "个项件家所处笔"),  # the unit first: a literal
            # 剩余3人未参加…: the rest of the work not done; or awaited (剩余1户企业的专项审计报告待出具 / 其余3人的清退
            # 手续待办理: a city 国资委 党委's measures, issue 19's round 150), not a noun of 待 (待遇, 期待, 接待)
            *(rf"{rest}{_C}{{1,20}}?(?:未|待(?<![期接招对优善款]待)(?!遇))" for rest in ("剩余", "其余", "剩下")),
            *REST_GOES_ON,
            # 已完成改造46台，其余29台纳入2026年改造计划 / 剩余12户列入下一年度改造计划 / 其余2个纳入2026年度预算: the
            # rest of the work, counted, put into the plan, budget or project list of a year named (a city market
            # regulator's 整改情况 on old lifts, issue 19's round 133): scheduled, not done. Pending evidence only,
            # not a rest going on (a status field's 已完成 stays done); the rest uncounted (其余问题已整改，纳入
            # 年度计划) or a plan with no year is not read
            *(
                rf"{rest}\d{{1,4}}\s*[{_REST_UNITS}]{_C}{{0,10}}?(?:纳入|列入|编入)(?:\d{{4}}年|明年|下一?年)度?"
                rf"{_C}{{0,10}}?(?:计划|预算|项目库)"
                for rest in REST_WORDS
            ),
            rf"正按{_C}{{1,14}}",
            # 平台预计9月底前上线 / 预计2025年12月投入使用: the day the work is expected to be finished, so it is not
            # yet (a group's 推进情况 field after 正在推进, round 48; as 其余…预计 reads the rest of it); a forecast of
            # what the work will bring (预计6月底前会有陆续回款, round 41) names no finishing of it
            # as is a deliverable awaited from another body by a forecast day (审计报告预计10月底出具 / 鉴定意见预计下月
            # 提交: a state-owned group's 整改进展 on an audit under way, issue 19's round 116), as 待…出具 reads one
            rf"预计(?:于|在|到)?(?:\d|[今明本下]年|年底|年内|月底|近期|下半年|下月){_C}{{0,12}}?"
            rf"(?:{_FINISHED}|出具|提交|报送)",
            # 换届大会定于2025年9月召开 / 验收会已确定于下月举行: a step of the work fixed for a later day, so not yet
            # taken (a district 科协's 整改情况 on a 学会 still to hold its 换届, round 61); a rule's standing day
            # (例会定于每月召开) names no day, and 规定于/约定于 state a rule or a contract's term, not a step fixed
            rf"定于(?<![规约]定于)(?:\d|[今明本下]年|年底|年内|下半年|下月|近期|[春夏秋冬]季){_C}{{0,12}}?"
            rf"(?:召开|举行|举办|开展|实施|进行|启动|{_FINISHED})",
            # 计划再用一年时间实现全覆盖 / 还需2个月完成: the time the work still needs, stated by a span (a district
            # trade union's measure, round 44); the span after 再用/还需/尚需/仍需 says the work is not finished
            *(rf"{lead}用?\s*{_SPAN}\s*(?:年|个月|个季度|周|天)" for lead in TIME_STILL_NEEDED),
            rf"等待{_C}{{1,14}}",
            # 资产清查结果等镇农经站审核后录入系统 / 等县局批复后实施: the spoken 等 for 待, the work waiting on a named
            # body's check (a village clerk's 整改情况 line, issue 19's round 88), the body named by its level first
            # (镇/县/区/市/省…, 上级); 等 after a body or a list (财政局等, 、等) is the list's "and others"
            # (财政局等部门审核后拨付), and 艺术等课后服务 no step
            rf"等(?=[镇乡县区市省州盟旗街村上])(?<![站局委办所院厅心府门位级组、]等){_C}{{1,10}}?{_WAITED_BODY}"
            rf"(?:{'|'.join(APPROVALS)}|批复|验收|审查|核实|复核)(?:后|之后)",
            # 待…后/时: work waiting on a step (待审计结论出具后处置, 待年底干部集中调整时一并实施); 待遇 is a noun
            rf"待(?<![不无期接招对]待)(?!符合|条件|遇){_C}{{1,16}}?(?:后|之后|时)",
            # 首次考核待2024年秋季学期开展 / 待明年春季实施: work waiting for the time it is set for, not yet done (a
            # university school's 推進情況 field, round 50)
            # 评价报告待2025年1月底前出具 / 审计报告待年底前提交: a deliverable awaited by a set time, as an outside
            # body's report or a document still to be issued (a county bureau's 完成情况 field, issue 19's round 91)
            rf"待(?<![不无期接招对]待)(?:\d{{4}}年|[今明本下]年|年底|年内|下半年|下学期|[春夏秋冬]季){_C}{{0,12}}?"
            rf"(?:开展|实施|完成|进行|启动|召开|举办|出具|提交|形成|报送|{_FINISHED})",
            r"初稿",
            # 规划成果已报省自然资源厅审查: put up for another body's review as well as its approval (a county bureau's
            # 完成情况 field, round 34)
            # 报 opening a noun is no putting up: 报告会, 报销, 报表, 报账 … (讲座、报告会审批制度 / 接待、报销审核流程:
            # a rule's name in a list, round 82)
            rf"报(?<=[，,、；;并上呈已]报)(?!{_REPORT_NOUNS}){_C}{{1,16}}?(?:{'|'.join(APPROVALS)}|审查|研判)(?!通过|同意)",
            # 其余3个…已报请市国资委协调处理 / 已报区政府研究解决: a matter put up to a higher body to settle, its
            # settling still to come (a city group's audit problems left over, issue 19's round 124), as 报…审批 waits
            # on an approval; settled already (协调处理完毕, 研究解决到位) it waits on nothing
            rf"报(?<=[，,、；;并上呈已]报)(?!{_REPORT_NOUNS}){_C}{{1,16}}?{_SETTLED_BY_HIGHER}",
            # 细则已提交校长办公会审议 / 并提请区委常委会审定: put up for a higher body's decision with another verb
            # than 报, as the 报 clause above reads it (a college's 整改措施 cell, round 58); a decision already taken
            # (提交党委会审议通过) and a plan (将提交…) are not read
            *(
                rf"{put}(?<=[，,、；;并已]{put}){_C}{{1,16}}?(?:{'|'.join(APPROVALS)}|审查|研究决定|{_SETTLED_BY_HIGHER})"
                rf"(?!通过|同意)"
                for put in ("提交", "提请", "呈送", "送交")
            ),
            # 2名入党积极分子处于培养考察期 / 项目处于招标阶段: work standing at a stage of its course, not yet
            # through it (a branch's ledger cell after 正在推进, round 34); never a state kept (处于正常运行阶段)
            rf"处于(?!正常|稳定|良好|平稳|常态){_C}{{1,10}}?(?:期|阶段)(?=[，。；,;]|$)",
            r"拟(?:将|分步|于|对|在|通过|采取|启动|开展|实施|申请|调整|提请)",
            r"逐步(?:消化|解决)",
            *("尚未", "还未", "暂未", "仍未"),
            *(f"{verb}{UNDER_WAY_ZHONG}" for verb in ("对接", "协调", "办理", "审批", "推进")),
            # 招录工作待市局统一组织 / 其余岗位待市人社局审批 / 其余3项需上级公安机关批复: waiting on another body's
            # decision, the clause closed by it (police bureaus' and a bureau's measures, round 7)
            # 后续批次待州卫健委下达计划: waiting on the plan, quota or funds a higher body hands down (a bureau's
            # ledger cell, round 45)
            rf"待(?<![不无期接招对]待)(?!符合|条件|遇){_C}{{1,12}}?(?:{'|'.join(APPROVALS)}|批复|统一组织|统一安排"
            r"|下达(?:计划|指标|资金|任务)?"
            # 已完成整改,待市国资委审核销号: done, the closing of the problem still waiting on the body that signs it
            # off (a city-owned group's list of its continuing problems, round 48)
            r"|(?:审核|验收|审定|复核)?销号"
            # 已完成初验,待市农业农村局组织终验: the work itself done, its acceptance still waiting on the body that
            # checks it (a county agriculture bureau's report, round 49)
            r"|(?:组织)?(?:终验|竣工验收|验收|评审|评估)"
            # 已完成整改，待县纪委监委复核 / 待区财政局审核: the check of a named body still to come, as its acceptance
            # is (a status sentence opening a 整改情况 field, issue 19's round 125)
            r"|复核|审核)(?=[，。；,;]|$)",
            # 请示已报市直机关工委待批复 / 方案已上报，待审批: the decision awaited with no body between 待 and it (the
            # body named before, where the matter was put up), the clause closed by it (a city bureau's closing
            # sentence of a long 巡视 notice, issue 19's round 165); 期待/对待 are no waiting on a decision
            rf"待(?<![不无期接招对有]待)(?:{'|'.join(APPROVALS)}|批复)(?=[，。；,;]|$)",
            # 方案已拟定,待市委常委会会议研究 / 待党组会审议: waiting on the meeting of a higher body that decides it (a
            # city committee's 巡视 notice, round 54), as 待…审批 waits on its approval; not 有待研究, a plain wish
            rf"待(?<![不无期接招对有]待){_C}{{1,12}}?会议?(?:研究|审议)(?:决定|通过)?(?=[，。；,;]|$)",
            # 需经…审批: a rule, not work waiting; 部分班子调整尚需按程序报批: still to be put up for approval
            rf"需(?:要)?(?!经){_C}{{1,12}}?(?:批复|审批|报批)(?=[，。；,;]|$)",
            # 技能竞赛等工作按年度计划推进: work scheduled over the year, still going on (an autonomous county's trade
            # union, issue 19's eighth round); 按计划开展了 reports work done, 需/将按…推进 a rule or a plan: not read
            rf"按(?<![需要将]按)(?:年度|季度|月度|阶段)计划{_C}{{0,4}}?推进",
        )
    )
)

# A short status field whose one clause names the work it says is under way (备注：2个村的产业项目正在建设中 /
# 完成情况：道路正在硬化中): the status and, in it, pending work (a township's ledger, issue 19's round 116); the
# work is named before 正在 (a field opening on it, 正在改 / 正在建设中, is the status alone) and the status verbs
# after it (正在推进中, 仍在持续整改, 目前正在改) name no work.
WORK_UNDER_WAY_RE = re.compile(
    r"[正尚仍]在(?<=[\u4e00-\u9fff\d]{2}[正尚仍]在)"  # the literal first: the engine scans for it
    r"(?!(?:有序|持续|积极|加紧|稳步|按计划)?(?:推进|整改|改中?(?![\u4e00-\u9fff])|落实|办理|进行|实施|解决|处理))"
)

# A dated plan closing the text (公开遴选公告已发布，计划2025年上半年到岗 / 英语系支部将于年底换届时完成调整 / 预计
# 2025年6月前完成): the work's end set for a later day, and nothing after it says it came, so the work is not done
# (a bureau's 【整改情况】 and a college's measures, round 78). Read in the text's last clause alone: a plan the text
# goes on to report carried out (计划6月底前完成。目前已全部完成) is no pending work.
PLAN_LEADS = ("计划", "将于", "将在", "预计", "拟于", "拟在", "争取", "力争")
PLAN_TIMES = (
    r"\d{2,4}\s*年",
    r"\d{1,2}\s*月",
    "[今明本下]年",
    "年底",
    "年内",
    "年末",
    "月底",
    "[上下]半年",
    "下月",
    "近期",
    "[春夏秋冬]季",
    "下学期",
    "换届",
)
PLAN_ENDS = (
    _FINISHED,
    "到岗",
    "到任",
    "上岗",
    "入职",
    "落地",
    "调整到位",
    "配齐",
    "配备到位",
    "挂牌",
    "搬迁",
    "竣工",
)
# A deadline (计划于2022年9月底前完成 / 整改中，将于2021年6月底前完成) is the rectification's time limit restated,
# routine future wording the gold leaves open (rounds 6 and 10: read False): 前 between the day and the end is none.
# Anchored at the text's end: nothing after the plan but the rest of its clause and the closing marks.
# Staff to come when a course they are on ends at a set time (首批8名定向生2025年7月毕业后到岗 / 2名规培医师明年8月
# 培训结束后上岗): the post is filled only then, though no plan word leads (a district health bureau's 整改措施 on its
# doctors, issue 19's round 108); 已 anywhere in the clause (已于2024年7月毕业后到岗) reports them come.
TERM_ENDS = ("毕业", "学成", "结业", "期满", "培训结束", "规培结束")
ARRIVALS = ("到岗", "上岗", "入职", "到任", "返岗")
# The plan may go on to the next dated step of the same work (开发测试计划9月完成，10月投产上线 / 计划年底完工，明年3月
# 交付: a bank's core system still being built, issue 19's round 131): a clause opening on a time and saying
# nothing done (no 已) is the plan's next step, still to come, as the plan's own end is.
_NEXT_PLANNED_STEP = rf"(?:[，,](?:{'|'.join(PLAN_TIMES)})[^，。；,;：:前已\n]{{1,8}})?"
CLOSING_PLAN_RE = re.compile(
    rf"(?:{'|'.join(PLAN_LEADS)})(?:于|在|到)?(?:{'|'.join(PLAN_TIMES)})[^，。；,;：:前\n]{{0,14}}?"
    rf"(?:{'|'.join(PLAN_ENDS)})[^，。；,;：:\n]{{0,8}}{_NEXT_PLANNED_STEP}[。；;，,\s]*$"
)
# Read apart from CLOSING_PLAN_RE and only where an arrival word stands in the text's tail (see _closing_plan).
TERM_ARRIVAL_RE = re.compile(
    rf"(?:(?<=[，。；,;：:\n])|^)[^，。；,;：:已\n]{{0,20}}?(?:{'|'.join(PLAN_TIMES)})[^，。；,;：:前已\n]{{0,6}}?"
    rf"(?:{'|'.join(TERM_ENDS)})后(?:{'|'.join(ARRIVALS)})[^，。；,;：:\n]{{0,8}}[。；;，,\s]*$"
)

# An application put up to the body that grants it, its decision still to come, as 报…审批 waits on one: pending work
# (呼吸内科市级重点专科申报材料已提交 / 示范点创建申请已上报市卫健委 / 已向市卫健委提交申报材料: a county hospital's
# 【进展】 line, round 74); a return filed (申报表已报送, 已按时申报纳税) is no application waiting. Apart from
# PENDING_RE and read only where 申 stands in the text: its few words would slow that scan of every clause.
APPLICATION_PUT_UP_RE = re.compile(
    r"申(?:报|请)(?:材料|书)?(?:均已|已经|已)(?:提交|上报|报送|报)"
    # the verb first (已上报创建申请 / 已向市卫健委提交申报材料)
    rf"|已(?:向{_C}{{1,12}}?)?(?:提交|上报|报送)了?{_C}{{0,8}}?申(?:报|请)(?:材料|书)?(?=[，。；,;]|$)"
)

# A part of a counted whole done, in one sentence (推动3户企业非主业资产剥离，已完成2户 / 对12户企业开展专项检查，
# 已完成11户: a city 国资委 党委's measures, issue 19's round 150): fewer done than counted, in the same unit, leaves
# the rest of the work to do: pending (status.sentences.pending_evidence compares the counts). Apart from PENDING_RE
# and read only where 已完成 stands in the text. A tally of problems or tasks (小计：4个问题，已完成3个: a ledger's
# subtotal row, round 135) counts the notice's own items, not a piece of work.
PART_OF_COUNT_DONE_RE = re.compile(
    rf"(?P<n>\d{{1,4}})\s*(?P<u>[{_REST_UNITS}])(?!问题|事项|任务|整改|措施){_C}{{1,30}}?[，,]\s*(?:目前|现)?已(?:经)?完成(?P<m>\d{{1,4}})\s*(?P=u)"
    r"(?=[，。；,;]|$)"
)

# The work put up for a named body's acceptance, the acceptance still to come (已提请市安委会办公室组织验收 /
# 并报请区住建局竣工验收: a city bureau's problem at its 验收阶段, its 整改结果 待验收, issue 19's round 147),
# as 提请…审定 waits on a decision: pending work; an acceptance the sentence says passed (…验收并通过,
# …，验收合格) is none. Apart from PENDING_RE and read only where 验收 stands in the text, as
# APPLICATION_PUT_UP_RE is.
ACCEPTANCE_PUT_UP_RE = re.compile(
    "|".join(
        rf"{put}(?<=[，,、；;并已]{put}){_C}{{1,16}}?(?:组织)?(?:竣工|终)?验收"
        r"(?![^。；;]*?(?:通过|合格|完成|结束))(?=[，。；,;]|$)"
        for put in ("提交", "提请", "报请", "申请")
    )
    # the body named before the verb (已向县农业农村局申请验收 / 已向市住建局提出竣工验收申请: a township's 整改阶段
    # 验收中 row, issue 19's round 150)
    + rf"|已向{_C}{{1,16}}?(?:提交|提请|报请|申请|提出)了?(?:组织)?(?:竣工|终)?验收(?:申请)?"
    r"(?![^。；;]*?(?:通过|合格|完成|结束))(?=[，。；,;]|$)"
)

# --- who signs for the inspected body ------------------------------------------------------------------------
# A rectification leading group or its working office (旗级…整改工作领导小组办公室, 巡察整改工作专班) signs a
# progress table or report on the inspected body's behalf: it was not inspected, so the agency is the body the
# opening names as inspected (…巡视组对旗委进行了巡视: a 旗's 调度表, round 55).
WORKING_OFFICE_RE = re.compile(r"(?:领导小组(?:办公室)?|工作专班|整改办)$")

# The marks a legend printed once explains (注：√为已完成，△为正在推进，○为长期坚持 / 打“√”的表示已完成) and a problem's
# headline closes with (1.<problem>。√, a county bureau's list, round 85): the ticks and shapes forms and word
# processors offer (not ★☆: normalize drops them as emoji before any reading; see normalize.legend_read).
LEGEND_MARKS = "√✓✔☑●○◎△▲■□◆◇×✗✘"
# Marks that are one mark in different fonts' glyphs (√ ✓ ✔ / × ✗ ✘): a legend explaining one explains the others,
# where it does not explain them apart (注：“√”表示已完成 over a 完成 column of ✔ and ✓: a web page's ledger typed from
# several sources, issue 19's round 149). The ticked box ☑ is a form's, not a legend's mark.
LEGEND_MARK_FORMS = ("√✓✔", "×✗✘")

# The icons a note app's, a Markdown editor's or a chat tool's notice shows a problem's status by, set between its
# number and its words (* （1）✅ <problem> / - ⏳ 2. <problem>) and explained once by a legend line
# (图例：✅ 已完成整改 🔄 已完成整改，需长期坚持 ⏳ 正在推进, issue 19's round 170; see notices.statusicons): ticks and
# crosses, the arrows of a cycle (kept up), hourglasses and works signs (under way), boxes, coloured squares and
# circles, infinity.
STATUS_ICONS = "✅☑✔✓❎❌⭕🔄🔁♻⏳⌛🚧⬜⬛🟩🟨🟧🟥🟢🟡🟠🔴🔵♾"

# --- the end of the body ----------------------------------------------------------------------
# The 版记 and 附注 a 公文 prints after its signature (GB/T 9704-2012 §7.3, §7.2.7): the copy list (抄送：… / 抄报：…),
# the printing office and day (X办公室 2025年1月10日印发), the print run ((共印20份)) and the note of its openness
# ((此件公开发布) / (此件主动公开)). A red-headed notice forwarded as its PDF or Word file keeps them at its foot
# (round 98's city bureau); they are the document's furniture, never its signature or its last sentence.
# The printing day is set in figures (GB/T 9704-2012) or, as the signature's date is by many offices, in Chinese
# numerals (X办公室 二〇二六年十一月六日印发, round 120); on its own line where the 版记's row (office | day) was
# broken in two (X办公室 / 2026年11月6日印发): COLOPHON_ISSUE_DAY_RE, whose office is the line above.
_ISSUE_DAY = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}"
    r"|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3})\s*日\s*印\s*发"
)
COLOPHON_ISSUE_DAY_RE = re.compile(rf"^{_ISSUE_DAY}$")
COLOPHON_RE = re.compile(
    r"^(?:(?:抄送|抄报|分送|主送)\s*[:：].*"
    rf"|.{{0,30}}?{_ISSUE_DAY}"
    r"|[(（]\s*(?:共印\s*\d{1,5}\s*份|此件(?:公开发布|主动公开|依申请公开|不予公开|不公开|发至[\u4e00-\u9fff]{1,8}))\s*[)）])$"
)
COLOPHON_WORDS = ("抄送", "抄报", "分送", "主送", "印发", "此件", "共印")  # the precheck: a 版记 line holds one

# The labels a 整改台账's sign-off row opens its cells with (填报单位（盖章）：…, 填表人：…, 填报时间：…, 审核人：…).
LEDGER_SIGN_OFF = r"(?:填报|填表|制表)(?:单位|人|时间|日期)\s*(?:[(（]盖章[)）])?\s*[:：]|审核人\s*[:：]"
LEDGER_SIGN_OFF_RE = re.compile(rf"^(?:{LEDGER_SIGN_OFF})")
CLOSING_RE = re.compile(
    # 欢迎广大党员(干部)群众: a village's or a community's call to its members and people as the cadres' call;
    # a contact label is followed by its value, never by a comma (…落实培养 | 联系人,纳入…: a wrap cut a sentence),
    # and 附件1 labels an attachment where 附件41份 counts papers (…补齐 | 附件41份,…), as 附表 / 附表1 labels an
    # attached table (a college's 附表 after its signature, issue 19's round 163); the reviewers' sign-off
    # (初审:… 复审:… 终审:…) labels a name, where 复审病历1860份 is the measures' verb.
    # (behind a lookahead on the characters its alternatives open on: asked of every line of a body, most open on
    # none, and one test fails them where each alternative was tried)
    r"^(?=[-\sEI—－【上下主关分初制图填备复如审打扫承排文来校欢点特电监终编网联责返通邮附举相大热猜推往阅平评发])"
    r"(?:欢迎(?:广大)?(?:党员|干部){0,2}群众|如有意见|联系(?:电话|方式|地址|人)(?![,，、])|电子邮箱|邮政(?:编码|信箱)|邮编|通讯地址"
    r"|(?:初审|复审|终审)(?=\s*[:：]|\s)|主要负责人签名|附[件表](?![\d一二三四五六七八九十]+[份张页个件条册本])(?=[:：\d一二三四五六七八九十]|\s*$)|(?:责任)?编辑|来源[:：]|扫一扫|【(?:打印|关闭)】"
    # a WeChat article's credits under the signature, each a role and its name set off by a colon or a bar
    # (图文来源:…, 来源|…, 审核|…, 校对:…: a street's and a school's posts, round 99)
    r"|(?=[图文来审校排监])(?:(?:图文|文字|图片)来源\s*[:：|丨]|来源\s*[|丨]|(?:审核|校对|排版|监制)\s*[:：|丨])"
    # the web page's footer under the notice (打印本页 / 关闭窗口 widgets, the neighbouring articles, the site's
    # owner and registration): a page copied whole brings it after the signature
    r"|【?(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部)|上一篇|下一篇|主办单位|承办单位|网站标识码|网站地图|(?:ICP)?备案号|分享到"
    r"|特此(?:通报|公告|公示|报告)[。.]?$"  # the genre's sign-off line before the signature
    # the call to whoever the body answers to (欢迎广大师生员工和社会各界对…监督: a college; 欢迎广大党员、干部职工
    # 和群众对…: an enterprise, round 27): 欢迎, its audience, then 对 or 监督
    r"|欢迎[^。，,；;]{2,16}?(?:对|监督)"
    # a WeChat 公众号 article's closing furniture under the notice it carries (END, 分享 收藏 点赞 在看): the
    # signature above it closes the notice (a town's article, round 30)
    r"|[-—－\s]*END[-—－\s]*$|分享\s*收藏|点赞\s*在看"
    # a news app's or aggregator's furniture under a notice it reposts, copied from a phone's browser or reader view
    # (今日头条, 澎湃号, 搜狐号, 百家号: 举报/反馈, 评论(0), 发表评论, 相关推荐, 大家都在看, 返回搜狐，查看更多,
    # 平台声明：…/特别声明, 阅读原文): each a line of its own, the widget's words alone, after the signature; the
    # signature above it closes the notice (round 140)
    r"|(?:举报(?:\s*[/|丨]\s*反馈)?|发表评论|评论\s*(?:[(（]\s*\d{1,6}\s*[)）]|\d{1,6})?|相关推荐|大家都在看|热门推荐|猜你喜欢"
    r"|推荐阅读|相关阅读|往期推荐|阅读原文|特别声明|返回[\u4e00-\u9fff]{1,6}[,，]\s*查看更多)\s*$|平台声明\s*[:：]"
    # a 整改台账's sign-off row under its last row (填报单位：…（盖章） 填报时间：…, 填表人：…, 审核人：…): the ledger's
    # signature, as a notice's is (a township's Excel ledger, issue 19's round 101)
    rf"|{LEDGER_SIGN_OFF})"
)
# A closing summary printed straight after the last problem: the totals (截至目前/截至<date>…) or the
# next steps (下一步/下步), never a problem's own text.
CLOSING_SUMMARY_RE = re.compile(
    # a quoted title counts as one step of the way to the count: a closing naming its problems by their words
    # (截至…，“…”“…”等5个问题已整改完成: a town's notice, round 81)
    r"^(?:截至(?:目前|当前|\d{4}年[^,，。]{0,20}?)[,，]?(?:“[^”。]{1,60}”|[^。“]){0,40}?\d+\s*[个项]"
    r"|下一步[,，]|下步[,，]|总体(?:来看|而言)[,，]"
    # 截至目前,第(一)(二)(四)项问题已整改完成…: the closing list by number (a vocational university's, round 20)
    r"|截至(?:目前|当前)[,，]?第"
    # 以上7个问题中,已完成整改5个…: the totals of the problems above (a city hospital, round 20)
    r"|(?:以上|上述)\d+\s*[个项](?:具体)?问题中?[,，]"
    # 已完成整改的问题:第2、4个问题;正在整改的问题:…: the closing list by status, each naming its problems by number
    r"|(?:已|正在|尚未|未)[\u4e00-\u9fff]{1,6}的(?:问题|事项)[:：](?:第|问题)?\s*\d"
    # a 整改台账's footer rows under its last row: the totals of its rows (合计：反馈问题7个，已整改5个…) and its
    # notes (注：完成情况按…填写), never the last row's own text (Excel ledgers, issue 19's round 101)
    r"|(?:合计|总计)\s*[:：]|注\s*[:：])"
)
# 院 last: a university's school signs with its bare name (本科生院, right-aligned above the date: round 20).
# A grassroots public institution signs with its own name where no party organisation is named (莆田市秀屿区行政服务
# 中心 under its 放管服 notice, round 57): schools, kindergartens, health centres, farms, co-operatives, stations.
# The mass organisations a county or city keeps, by their formal endings (残疾人联合会, 归国华侨联合会, 红十字会,
# 总工会) and their short names (县残联, 市侨联, 区科协): one titled or signing without a party organ (县残联关于…,
# signed 某县残疾人联合会; round 155) is an organisation as its 党组 is.
MASS_ORG_ENDINGS = ("联合会", "红十字会", "总工会", "妇联", "残联", "侨联", "文联", "工商联", "社科联", "科协")
ORG_LINE_RE = re.compile(
    r"^(?:中共|中国共产党)?\S{2,40}?(?:党组|党委|党工委|党支部|党总支|委员会|局|厅|委|办公室|协会|院"
    rf"|中心|学校|中学|小学|幼儿园|林场|农场|合作社|联合社|供销社|站|所|馆|{'|'.join(MASS_ORG_ENDINGS)})$"
)
# A pasted text that reads like a notice: inspection and rectification named close together.
NOTICE_HINT_RE = re.compile(r"(?:巡察|巡视).{0,40}整改|整改.{0,40}(?:巡察|巡视)", re.S)
TITLE_RE = re.compile(r"^(?P<issuer>.{2,50}?)关于.{0,40}(?:巡察|巡视).{0,20}整改.{0,30}$")

# --- what a node contains: problem wording vs. measure wording (issue 9) -------------------------
# A problem is stated as a shortcoming: a negative evaluation (不到位, 不够深入, 缺位, 有差距, 滞后…).
# Measures and organisational headings are stated as actions (强化组织领导, 压实整改责任) and carry none.
# (Each alternative opens with a literal character, a choice of words before a common tail spelt out as alternatives
# of their own, so that the engine scans for those characters and tries at each only the alternatives opening with
# it: by_first_character.)
_STANDING_OUT = "|".join(f"{w}(?:比较|较为|十分|尤为|仍然|依然)?突出" for w in ("问题", "矛盾", "纠纷", "短板", "风险"))
_TOO_NARROW = "|".join(f"{w}(?:较|偏|过)?窄" for w in ("路子", "渠道", "路径", "覆盖面"))
_PROBLEM_WORDING_WORDS = (
    r"不(?:够|到位|力|严|足|实|深|细|高|强|准|全|规范|彻底|及时|健全|完善|达标|明显|充分|扎实|精准|科学|合理|落实|平衡|紧|畅|当"
    # 管理不精细, 队伍不稳定: a management's or a staff's want of care and steadiness (a street's record, round 56)
    r"|精细|稳定)"
    r"|未(?!来)|没有|缺|差距|欠缺|短板|弱项|薄弱|弱化|淡化|虚化|淡薄|滞后|偏差|漏洞|违规|违反|违纪|超标|超编|超配|超职数"
    r"|混乱|缓慢|形式主义|官僚主义|走过场|流于形式|打折扣|老化|乏力|松散|松懈|隐患|失管|失察|空缺|有待|仍然存在|依然存在|依旧存在|反弹"
    r"|较(?:低|弱|差|多|大)|偏(?:低|高|少|弱)|弄虚作假|不严|问题$"
    # slowness and lateness (进度较慢, 推进偏慢, 拨付迟缓, 难以按期完成): the shortfall of pace the genre names
    r"|较慢|偏慢|过慢|迟缓|难以"
    # a weight or a number too great (负担仍然较重, 报表过多, 检查过频: the burdens laid on those below, a city
    # education bureau's problem under its class, round 49)
    r"|较重|偏重|过重|过多|过频"
    # a decline over years (到账经费连续两年下降, 招生人数逐年减少: a college's finding, round 27), not a result's
    # 同比下降15%
    r"|连续\S{0,3}(?:下降|下滑|减少|萎缩)|逐年(?:下降|下滑|减少|萎缩)"
    # records left incomplete, activities all of one kind, wrongs that still recur (记录不完整, 内容单一, 问题仍有发生):
    # a description's shortcomings (round 25)
    r"|不完整|单一|仍有发生|时有发生|屡有发生"
    # a shortfall stated by a figure or against a standard (完成率仅为62%, 成活率低于验收标准) and a thing held in
    # name only (“有牌子无阵地”, 有制度无落实): a description's facts under its headline (round 31)
    # (低于 only against a standard or an average: 对进度低于序时的区进行通报 is a measure's object, round 33)
    r"|仅(?:为|占|有|达)|只有|低于(?:全[国省市县区]|平均|标准|验收|规定|要求|目标|预期|上级)|有[^，,、。；;有无]{1,3}无"
    # pressure that weakens down the levels (压力传导层层递减): a description's stock shortcoming (round 35)
    r"|层层递减|逐级递减"
    # a headline naming a kind of problem as standing out (人才振兴问题突出, 矛盾纠纷较为突出) or a way too narrow
    # (集体经济发展路子窄, 增收渠道偏窄): the short verdicts a prefecture's records open with (round 56)
    rf"|{_STANDING_OUT}|{_TOO_NARROW}"
    # laxity, the genre's stock verdict on a party body's oversight (监督管理宽松软, 管党治党失之于宽, 基层党组织软弱
    # 涣散): a shortcoming however short its headline (a district 文旅局's unnumbered problem line, round 69); a
    # plain 宽松 (营造宽松环境) is an aim, only a laxity qualified as too much is a verdict
    r"|宽松软|过于宽松|较为宽松|偏于?宽松|失之于?宽松|失之于?[宽软]|软弱涣散|涣散"
)
PROBLEM_WORDING_RE = re.compile(by_first_character(_PROBLEM_WORDING_WORDS))
# A finding's description says where it was found: a part of the whole as its subject, after the place at most
# (部分村存在…, 个别站所以…名义发放, 辖区部分企业…), or a state that exists (沿线存在…直排现象). The genre's
# descriptions under a headline open so (a town's notice, round 35); its measures open with a verb or a frame
# (对部分…开展, 已…).
FINDING_SUBJECTS = ("部分", "个别", "少数", "一些", "有的", "多数")
FINDING_DESCRIPTION_RE = re.compile(
    rf"^(?![对在向从为将把经])[\u4e00-\u9fa5]{{0,4}}?(?:{'|'.join(FINDING_SUBJECTS)})"
    r"|^[^。；;，,]{0,20}?存在[^。；;]{1,30}?(?:现象|情况)"
)
# A shortfall told in figures (计划改造的6个小区仅开工3个, 任务1万平方米仅建成2000平方米): only so much of what was due,
# a finding's facts after the problem's headline however plainly worded (a county housing bureau's notice, round 49).
# (仅开展6次, 只召开2次: so few meetings or sessions held in a year, a study group's or a branch's shortfall: round 71)
SHORTFALL_FIGURES_RE = re.compile(
    rf"(?:仅|只|才)(?:有|完成|建成|开工|落实|到位|达到|占|开展|召开|组织|举办)?[\d{CN_DIGITS}]"
    # a delay told in figures (规定时限后3个月才拨付到位, 逾期15天才办结, 超过2年才完成验收): what was done late is
    # the finding's fact, its done word no result of the rectification (a development-zone bureau's notice, round 72)
    rf"|[\d{CN_DIGITS}]\s*(?:个)?(?:多)?(?:月|天|日|年|周|个工作日|工作日)(?:后|之后|以后|多)?才"
)
# Wrongs a description names that PROBLEM_WORDING_RE leaves to the headline: funds or premises put to other uses
# (挪作他用, 挤占挪用), time or money crowded out (挤占了服务群众的时间), a wrong back again (在部分社区再次出现,
# 问题反复出现) and the same return filed to many offices (重复填报, 多头报送): the facts under a headline above its
# 整改情况: line (a street's and a community party committee's notices, round 71). Read only in the sentence after a
# headline, where measures do not stand.
DESCRIPTION_WRONGS_RE = re.compile(
    r"挪作他用|挤占|挪用|(?:再次|反复|多次|重复)出现|(?:重复|多头)(?:填报|报送|上报|报表|统计)"
)
# A shortcoming word as the object of a remedial verb is a measure's aim, not a problem: 防止问题反弹,
# 查找漏洞, 补齐短板 (the clause from the verb on is not read for problem wording).
REMEDY_CLAUSE_RE = re.compile(r"(?:防止|避免|杜绝|严防|查找|堵塞|弥补|补齐|补强|纠正|消除)[^,，。；;]*")
# Sentences that open with an action or a preposition frame a measure, not a problem ("针对…问题，组织…").
MEASURE_OPENING_RE = re.compile(r"^(?:针对|对于|对照|围绕|按照|根据|通过|结合|经|就|为)")
# Verbs a measure opens with that never follow 问题 inside a problem's own words: a headline '…问题' run on into its
# measures where a squeeze or a hard wrap lost the break (意识形态阵地管理不严问题开展警示教育,…) ends at its 问题.
MEASURE_LEADS = (
    *("开展", "建立", "制定", "召开", "组织", "修订", "印发", "出台", "加强", "完善", "健全", "强化", "立即"),
    *("截至目前", "目前", "一是", "对照", "针对"),
    # more openings of the genre's measures (邀请专家…, 对相关责任人…): the same run-on. Not the verbs a problem's own
    # words go on with after 问题 (…津补贴问题清退不彻底, …问题排查不深入, …问题督促不力)
    *("邀请", "对相关", "对涉及", "对全体"),
)
# A problem's name is never followed by 已/正在/将: the headline closed by its status (…不规范问题已完成整改。, issue 19
# point 3's suffix), by a report of work (…不强问题已对5名相关人员完成提醒谈话) or by what it will do (…问题将相关
# 内容纳入…), with no mark between. Not 未/尚未/仍未: a problem may be that earlier ones still stand
# (上轮巡察反馈问题尚未整改到位).
# Nor by a second subject naming it again (…不严问题这个问题还没改完, …问题该问题已整改到位): a status sentence of its
# own opens there, its mark lost in a squeeze.
CLAUSE_AFTER_PROBLEM = ("已", "正在", "将", "这个问题", "这一问题", "该问题", "此问题", "该项问题", "此项问题")
# Problems worded as tasks (L04: 落实立德树人根本任务, 深化“双减”工作, 持续推进…) open with a verb of improvement;
# a measure's outcome (管理办法初稿已形成, 截至目前已完成检查3次) does not.
TASK_OPENINGS = (
    *("加强", "强化", "健全", "完善", "深化", "推进", "推动", "落实", "规范", "严格", "提升", "提高", "扩大", "优化"),
    *("压紧", "压实", "夯实", "筑牢", "持续", "坚持", "建立", "抓好", "加快", "着力", "切实", "从严", "全面", "改进"),
    *("加大", "狠抓", "严肃", "巩固"),
)
# The openings of a measure no problem worded as a task opens with (开展…, 召开…, 邀请…; 加强/建立/完善 head both):
# among a shortcoming's fields such a line is its measure, and after a task's headline its measure run on
# (structure/unnumbered). 针对/对照 may open a problem's own name (针对“…”的问题), 目前/一是 no measure of themselves.
MEASURE_VERBS = tuple(
    w
    for w in MEASURE_LEADS
    if not w.startswith(TASK_OPENINGS) and w not in ("一是", "针对", "对照", "目前", "截至目前")
)
# A status field's value runs on into the problem's measures where a squeeze lost the line break after it
# (整改进度:持续推进中|组织全体干部…, 整改进度:已完成,长期坚持|将相关内容纳入…): the status words end where a
# measure's opening verb or a plan's 将/对 begins (normalize._split_status_run_on).
STATUS_RUN_ON_LEADS = (*MEASURE_LEADS, *TASK_OPENINGS, "将", "对")
# The wrapper's close with its sentence stop (…”的整改情况。 / …”问题的整改情况;): a quoted title never holds one, so
# a paragraph whose headline closes so and whose text ends on a quoted term of its own (关于“X”的整改情况。已…建立
# “一企一档”。, a 高新区's notice, round 60) is no wrapper of the whole paragraph: its title ends at the first close.
_WRAPPER_CLOSED = r"(?![”\"’'」]\s*(?:的)?(?:问题)?(?:的)?整改(?:落实|进展|完成)?(?:情况)?\s*[。;；])"
# "一、关于“…”问题的整改情况" / "1.关于…的问题" / "(1)对于…的问题": a heading that names one problem
# (017, 021, 032; L07 prints 对于 where others print 关于).
GUANYU_WRAPPER_RE = re.compile(
    rf"^(?:关于|对于)\s*[“\"‘'「](?P<t>(?:{_WRAPPER_CLOSED}.)+)[”\"’'」]\s*(?:的)?(?:问题)?(?:的)?"
    r"(?:整改(?:落实|进展|完成)?(?:情况|情|$)?)?\s*[。.;；]?$"
)
# “<problem>”的整改 / “<problem>”问题的整改情况: the headline is the problem quoted whole with the word of its
# rectification after it and no 关于/针对 before it (a district community's items, printed so in a news page, round
# 45); the closing 整改 keeps a plain quoted problem (“四风”问题仍有发生) out of it.
QUOTED_RECTIFICATION_RE = re.compile(
    rf"^[“\"「](?P<t>(?:{_WRAPPER_CLOSED}.)+)[”\"」]\s*(?:的)?(?:问题)?(?:的)?整改(?:落实|进展|完成)?(?:情况)?\s*[。.;；]?$"
)
# “<problem>”问题。: the headline is the problem quoted whole and the word 问题 alone after it, nothing before the
# quotes (a city-owned group's list of its continuing problems, round 48). No quote may close inside, so a quoted
# term opening a plain problem (“四风”问题仍有发生, “两个责任”落实不到位问题) is not taken for it.
QUOTED_PROBLEM_RE = re.compile(
    r"^[“\"「](?P<t>[^“”\"「」]{2,}(?:‘[^’]*’[^“”\"「」]*)*)[”\"」]\s*(?:的)?问题\s*[。.;；]?$"
)
# 在“<problem>”方面: a problem paragraph's wrapper quoting the problem as an area (QUOTED_OPENER_RE, round 160); the
# quote whole is the problem, no word after it but 方面. Read by parse.clean_title alone, not among TITLE_WRAPPERS:
# the structure reads those as a heading naming one problem, and (一)在“…”方面 is an aspect's heading.
ZAI_QUOTED_WRAPPER_RE = re.compile(r"^在\s*[“\"](?P<t>[^\n]{2,200})[”\"]\s*方面\s*[。.;；,，]?$")
GUANYU_UNQUOTED_RE = re.compile(
    r"^(?:关于|对于)(?P<t>.{4,}?)(?<!方面)(?:的)?问题(?:的)?(?:整改(?:落实|进展|完成)?(?:情况)?)?\s*[。.;；]?$"
)
# The wrappers a problem's headline may print around its title, tried in this order: quoted first (关于“…”, “…”的整改,
# 针对“…”的问题), then unquoted (关于…的问题, 针对…问题). Read by parse.clean_title and
# structure.headlines._wrapped_title.
TITLE_WRAPPERS = (
    GUANYU_WRAPPER_RE,
    QUOTED_RECTIFICATION_RE,
    QUOTED_PROBLEM_RE,
    TITLE_WRAPPER_RE,
    GUANYU_UNQUOTED_RE,
    UNQUOTED_WRAPPER_RE,
)
# A headline that wraps the problem (关于/对于/针对…问题) ends where the wrapper's 问题 ends, even when
# the problem it quotes holds a 。 of its own; the text after it is the rectification text.
# A status clause may close the wrapper before its 。 (对于…的问题，已整改。<text>): it stays with the headline.
# A quoted finding's wrapper (关于“…”问题的整改) also ends, with no mark after it, where its text was run on (a long
# headline joined to the next line, 婺城's layout).
HEADLINE_WRAPPER_RE = re.compile(
    rf"^(?:关于|对于|针对)[^\n]{{2,120}}?问题(?:的整改(?:情况)?)?(?:[,，]{_STATUS_CLAUSE})?[。；;:：]"
    r"|^(?:[(\[【〔][^)\]】〕]{2,12}[)\]】〕])?(?:关于|对于|针对)[“\"][^\n]{2,200}?[”\"]的?问题的整改(?:情况)?"
    r"(?:[(\[【〔][^)\]】〕]{2,12}[)\]】〕](?=[^\s。；;:：,，])|(?=[^\s。；;:：,，(\[【〔落进完情工措方任要中的]))"
    # 针对“<problem>”问题，<measures>: the problem quoted whole, its wrapper closed by a comma and the measures run on
    # in the same paragraph (a town's notice on itself and its villages, round 34); the closing quote before
    # (的)问题 bounds the problem, so the comma after it ends the headline, never a clause of the problem
    r"|^(?:关于|对于|针对)[“\"][^\n]{2,200}?[”\"]的?问题[,，](?=[^\s。；;:：,，])"
    # 在“<problem>”方面，<measures>: the same paragraph with the problem quoted as an area (QUOTED_OPENER_RE, round 160)
    r"|^在[“\"][^\n]{2,200}?[”\"]方面[,，](?=[^\s。；;:：,，])"
    # 关于/存在<problem>的问题，<measures>: the same paragraph, the problem unquoted (UNQUOTED_OPENER_RE, round 162)
    r"|^(?:关于|对于|存在)[^\n。；;:：]{4,120}?的?问题[,，](?=[^\s。；;:：,，])"
)
# 一是/二是 at the start of a paragraph: an enumeration that may hold problems under a group (016).
SHI_ENUM_RE = re.compile(rf"^(?P<n>[{CN_DIGITS}]{{1,3}})是\s*[,，、:：]?\s*(?P<rest>.*)$")
# Status words a notice may use for partly finished work; in progress unless the notice defines them.
PARTIAL_DONE_RE = re.compile(
    r"阶段性完成|基本完成|视同完成|基本整改到位|基本到位|基本整改完成"
    r"|初步完成"  # 初步完成整改: a first stage done, as 阶段性完成 (round 21's probes)
    r"|基本解决|基本落实"  # 该问题已基本解决: solved in the main (a ministry's notice, round 29)
    # a degree short of the whole before any result verb of the rectification (已初步整改到位, 基本整改完毕, 初步整治
    # 到位, 基本整治完成: 湖南's template closes 整改情况 with 目前，该问题…, round 166's probes), as 基本整改到位 is
    r"|(?:基本|初步)(?:整改|整治)?(?:到位|完毕|完成)"
)
# "阶段性完成的问题视为已完成" / "基本完成(按完成统计)": the notice defines a partial word as done.
PARTIAL_DEFINED_DONE_RE = re.compile(
    r"(?P<w>阶段性完成|基本完成|视同完成)[^。；;\n]{0,10}?(?:视为|视同|算作|计入|按|属于)[^。；;\n]{0,6}?(?:已)?(?:完成|整改完成)"
)
# 30个问题已完成（含基本完成）整改 / 已完成（含基本完成）的整改事项: a count or a heading of completed work that says
# what it counts in (a city CDC's 党委) defines those partial words as done, as 视为已完成 does.
# 目前已解决或基本解决的有12项 (a ministry's count of its solved class, round 29): the partial word counted with the
# done one, as the bracket counts it in.
_PARTIAL_WORDS = r"(?P<w>阶段性完成|基本完成|视同完成|基本解决|基本落实)"
DONE_COUNTS_IN_RE = re.compile(
    # each alternative opening on its literal (see PROSE_DONE_RE; a group name once each, w1 w3 w2 after w): the
    # pattern is asked of the whole text
    rf"已完成(?:整改)?\s*[(（](?:含|包括|包含){_PARTIAL_WORDS}"
    rf"|完成整改(?:整改)?\s*[(（](?:含|包括|包含){_PARTIAL_WORDS.replace('?P<w>', '?P<w1>')}"
    rf"|已整改(?:整改)?\s*[(（](?:含|包括|包含){_PARTIAL_WORDS.replace('?P<w>', '?P<w3>')}"
    # only a count says so (…的有12项, …问题8个): 已完成或基本完成 alone is a problem's status, read open
    rf"|已(?:解决|完成|落实)或{_PARTIAL_WORDS.replace('?P<w>', '?P<w2>')}(?=[^，,。；;]{{0,8}}?\d)"
)
# A prose sentence inside the rectification text that states the problem's own status (目前该问题已整改完成).
# Each alternative opens on its literal, its subject or its time word written out before it (该…|此…, not (?:该|此)…),
# so the engine scans for their first characters (a group first makes it try every position: 4 to 7 times the
# instructions, 1.4M a sample notice for this pattern and PROSE_PROGRESS_RE together; see PENDING_RE).
_THIS_PROBLEM = ("该", "此", "本", "上述", "这一?")
_NOW = ("目前", "截至目前", "现")
# issue 19's round 87: the date the problem was done set between 已 and the result (该问题已于2024年10月完成整改,
# 此项问题已于6月底前整改到位): a provincial university's notice under 省委巡视 states it so before further work
# (下一步，…还将…), where the closing sentence alone is not the status
_DONE_ON = r"(?:于(?:\d{4}年\d{1,2}月|\d{4}年|\d{1,2}月)(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前)?)?"
PROSE_DONE_RE = re.compile(
    "|".join(
        (
            *(
                rf"{this}(?:个|项)?问题(?:目前|现)?(?:已|均已|已经){_DONE_ON}(?:全部)?"
                r"(?:整改(?:完成|到位|完毕|落实)|完成整改|销号|办结)"
                for this in (*_THIS_PROBLEM, "此项", "该项")
            ),
            *(
                rf"{now}[,，]?(?:该问题)?(?:已|均已|已经){_DONE_ON}(?:全部)?(?:整改(?:完成|到位|完毕)|完成整改)"
                for now in _NOW
            ),
            # 这个问题已经改好了: the spoken done (SPOKEN_DONE) said of the problem (a village's notice, round 88)
            *(rf"{this}(?:个|项)?问题(?:目前|现)?(?:{SPOKEN_DONE})" for this in _THIS_PROBLEM),
            # 涉及的23个村(社区)已全部完成整改: a report for several units states a problem done in every unit it
            # touched
            r"涉及的?[^,，。;；]{0,12}?(?:均已|已经?)(?:全部)?(?:整改(?:完成|到位|完毕)|完成整改)",
        )
    )
)
# 目前已整改到位41个，剩余3个问题…: the done words with a count after them tally the parts done, not the problem's
# own status (a 新区党工委's 审计 problem closed by 正在推进, round 64), as a share in % does (_SHARE_AFTER_RE)
DONE_TALLY_AFTER_RE = re.compile(r"\s*\d{1,5}\s*[个项件条处家名所笔户座间人卷次]")
_PROSE_PROGRESS_WORDS = (  # each alternative opening on its literal, as PROSE_DONE_RE's
    "|".join(
        (
            *(
                rf"{this}(?:个|项)?问题(?:目前|现|仍)?(?:正在|仍在|持续|还在)(?:持续|有序)?(?:整改|推进|落实)"
                for this in _THIS_PROBLEM
            ),
            *(
                rf"{now}[,，]?(?:该问题)?(?:仍|还)?(?:正在|在|持续)(?:持续|有序)?(?:推进|整改)(?:整改)?中"
                for now in _NOW
            ),
            # 目前该问题正在推进整改: 正在 states the progress without a closing 中
            *(rf"{now}[,，]?(?:该问题)?(?:仍|还)?正在(?:持续|有序)?(?:推进|整改)" for now in _NOW),
            *(rf"{now}[,，]?(?:该问题)?(?:已)?(?:阶段性完成|基本完成|视同完成)(?:整改)?" for now in _NOW),
            # 这个问题还没改完 / 该问题还在改: the spoken open words (SPOKEN_OPEN) said of the problem (round 88)
            *(rf"{this}(?:个|项)?问题(?:目前|现)?(?:{SPOKEN_OPEN})" for this in _THIS_PROBLEM),
            # 该问题尚未完成整改 / 目前该问题还没有完成整改: the negations of done (issue 19 point 4)
            *(rf"{this}问题(?:还|仍)?(?:尚未|未|没有|没)(?:完成|整改)" for this in ("该", "此", "本")),
            # 此问题阶段性完成，将持续推进 / 该问题已基本完成整改: partial completion stated of the problem (a
            # hospital's form)
            *(
                rf"{this}(?:个|项)?问题(?:目前|现)?(?:已)?(?:阶段性完成|基本完成|视同完成)"
                for this in ("该", "此", "本")
            ),
        )
    )
)
PROSE_PROGRESS_RE = re.compile(by_first_character(_PROSE_PROGRESS_WORDS))
# A sentence of the notice's framing text (its opening, or a part that lists no problem) stating that every problem
# is done, with no count and no narrower subject: 截至目前,已全部完成整改 in the part on how the work was organised (a
# district 民政局's notice, round 70), 目前,巡察反馈问题均已全部整改到位. The whole sentence must be the statement: a
# count (共计12个问题…) is a claim read elsewhere, and 立行立改问题已全部整改 names only part of the problems.
WHOLE_DONE_RE = re.compile(
    r"^(?:(?:截至|截止|到)(?:目前|现在|\d{4}年\d{1,2}月(?:\d{1,2}日)?底?)(?:为止)?|目前|至此|现)?[,，]?\s*"
    r"(?:(?:本轮|此次|本次)?(?:巡察|巡视)?(?:组)?(?:反馈|指出)?的?(?:问题|意见|整改任务|整改事项)|上述问题|所有问题|各项(?:问题|整改任务))?"
    r"(?:均|都)?已(?:经)?全部(?:完成整改|整改完成|整改到位|整改完毕|完成)$"
)
# A section's lead sentence about all the problems below it ("共计12个问题已整改完成", "以下问题正在推进").
LEAD_SUBJECT_RE = re.compile(r"问题|事项|任务")
# Page-pasted tables (cells separated by tabs): the header cells that name the problem and the number.
TABLE_PROBLEM_HEADER_RE = re.compile(
    r"^(?:(?:巡察|巡视)?(?:反馈|发现|指出)的?(?:主要)?问题|存在的?(?:主要)?问题|主要问题|具体问题"
    r"|问题(?:描述|表现|内容|清单|名称|事项|概述)?|问题及表现)$"
)
TABLE_SEQ_HEADER_RE = re.compile(r"^(?:序[号號]|[编編][号號]|序)$")  # 序號/編號 alone carry no mark of traditional text
# A 整改台账 printed as text (a cell per line, or columns aligned by spaces) is known by its header row naming
# its columns in these words (序号 | 问题内容 | 整改措施 | 责任人 | 完成时限 | 整改情况 …); then the kinds of column
# whose cells are short (a deadline, who answers for it) or a status, which tell a row's wrapped cells apart.
TABLE_COLUMN_HEADER_RE = re.compile(
    r"^(?:序号|编号|序|是否[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff/、及和与]{0,8}(?:问题|内容|措施|举措|时限|期限|时间|日期"
    r"|情况|进展|进度|状态|结果|成效|目标|任务|人|单位|部门|领导|科室|股室|备注|销号|依据"
    # a measure of the progress as a column (完成率 100% / 80% / 0%; 状态灯 绿灯/黄灯/红灯): a ledger copied from a
    # fixed-width view or a sheet, issue 19's round 135
    r"|完成率|(?:状态|亮|警示|预警|指示)灯|亮灯(?:情况|状态)))$"
)
# A follow-up report's table prints the earlier report's status beside the current one (2024年6月报告时状态 | 目前
# 状态, 上次通报状态 | 本次进展: issue 19's round 92): that column is the earlier report's, no status of the problem
# now; it is named by the report and its date or order.
EARLIER_STATUS_HEADER_RE = re.compile(
    r"^(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月|上次|首次|前次|上一次|第[一二三四1-4]次)(?:份)?(?:通报|报告|公示|公布)(?:时)?(?:的)?"
    r"(?:整改)?(?:状态|进展|进度|情况)$"
)
# A ledger's count table (汇总表: 问题类别 | 反馈问题数 | 已完成 | 正在推进, a row a class or a unit, then a 合计 row),
# as a workbook keeps it on a sheet of its own beside the ledger (issue 19's round 114): a column counting the problems
# and columns counting them by status, each name the counted noun or status with a count word after it, or bare.
COUNT_WORD = r"(?:总数|个数|数量|数|总计)"
COUNT_TOTAL_HEADER_RE = re.compile(rf"^(?:巡察|巡视)?(?:反馈|交办|存在|整改)?问题{COUNT_WORD}$")
COUNT_STATUS_HEADER_RE = re.compile(
    rf"^(?:已完成|已整改|已办结|已销号|完成|基本完成|正在推进|正在整改|推进中|整改中|未完成|持续整改|长期坚持)(?:整改)?{COUNT_WORD}?$"
)
# the row adding the others up, the notice's own totals
TOTAL_ROW_RE = re.compile(r"^(?:合\s*计|总\s*计|共\s*计)[:：]?$")
TABLE_DEADLINE_HEADER_RE = re.compile(r"(?:时限|期限|时间|日期)$")
TABLE_WHO_HEADER_RE = re.compile(r"(?:人|单位|部门|领导|科室|股室)$")
# (完成率 and a traffic-light column 状态灯 hold a measure of the progress: short cells, read as a status; round 135;
# a column named 完成 alone holds its ticks and crosses, √ / ×: a web page's ledger, round 149)
TABLE_STATUS_HEADER_RE = re.compile(r"(?:情况|进展|进度|状态|结果|销号|完成率|灯)$|^是否|^亮灯|^完成$")

# --- the notice's header (9a) -------------------------------------------------------------------
# Page furniture printed around a notice by the sites that publish or copy it (never the notice).
# Its words at the line's start (当前位置, 来源:, a bare date and time) or anywhere in it (字号 大中小 widgets, 分享到).
_CHROME_START = re.compile(
    r"(?:当前位置|您(?:当前)?(?:所在|现在)?的?位置|首页\s*[>»＞]|今天是|欢迎(?:访问|来到)|头部背景图|标题图"
    r"|(?:信息|文章)?来源\s*[:：]|(?:发布|更新|公开|信息)(?:时间|日期)\s*[:：]|时间\s*[:：]\s*\d|发布机构"
    r"|索\s*引\s*号|信息索引号|文\s*号\s|分\s*类\s|主题分类|\d{2}版\s*[:：]|附件\s*\d*$|【)"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S{1,16})?$"
    r"|\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
    # an image left as its file's name where the page showed it (640.png, image002.jpg: a 巡察公告 whose teams'
    # list was a picture, round 56): the page's, never a heading of the notice
    r"|[\w\-.()（）]{1,40}\.(?:png|PNG|jpe?g|JPE?G|gif|GIF|bmp|webp)$"
)
# Each alternative opens with a literal character, so the engine scans for those alone (see PENDING_RE).
_CHROME_ANYWHERE = re.compile(
    r"字\s*号|大(?<![\u4e00-\u9fff]大)\s*中\s*小(?![\u4e00-\u9fff])|放大字体|缩小字体|我要打印|阅读次数|浏览(?:量|次数)"
    r"|访问次数|分享到|简体\s*\|"
)


CHROME_RE = _StartOrAnywhere(_CHROME_START, _CHROME_ANYWHERE)
# A notice title wherever it is printed: alone, after a breadcrumb or a 【通报】 tag, glued to the
# summary that follows it, or followed by its publication date. The issuer stops at page punctuation.
TITLE_END_RE = re.compile(r"关于[^《》。]{0,70}(?:巡察|巡视)[^《》。]{0,40}(?:通报|报告|公告)$")
# The issuer may hold its second name in brackets inside its own (中共大众报业集团(大众日报社)委员会,
# 县档案馆(县委党史研究室)支部: a body of two names, 一个机构两块牌子, as newspapers, media centres and archives
# are; round 36); a bracket opening the issuer, or one not closed before more of the name, is a page's tag or
# number, never part of it; an abbreviation it defines (简称…) is no name of its own.
ISSUER_ALIAS = r"(?<=[\u4e00-\u9fff])[(（](?!简称|以下简称)[\u4e00-\u9fff]{2,20}[)）](?=[\u4e00-\u9fff])"
# A 整改台账 forwarded on its own (an Excel workbook, a table) opens on a title row naming its body as a notice's
# title does, ending in the ledger's own name (…巡察反馈问题整改台账 / 整改落实清单 / 整改情况一览表 / 整改进展情况表):
# the title of the only document the user has (issue 19's round 101).
LEDGER_TITLE_ENDS = r"台账|清单|一览表|汇总表|(?:情况|进展|进度|落实)表"
TITLE_SEARCH_RE = re.compile(
    rf"(?<![《<])(?P<issuer>(?:[^\s>»＞:：【】《》<(（,，。;；]|{ISSUER_ALIAS}){{2,50}}?)关于"
    r"(?P<subject>[^《》。]{0,40}?(?:巡察|巡视)[^《》。]{0,30}?)"
    # 公示: a village's or a community's notice posted on its board (…整改情况的公示)
    rf"(?:通报|报告|公告|公示|{LEDGER_TITLE_ENDS})"
)
# A title without 关于: the issuer runs straight into the subject (中共X党组巡察整改进展情况的通报). A title
# opening with 关于 names no issuer (关于十四届县委第五轮巡察…: the 县委 is the inspecting committee's).
TITLE_BARE_RE = re.compile(
    # a grassroots branch titling its own ledger (中共<county>某中学党支部巡察反馈问题整改落实台账, round 116) as a
    # committee does: 党总支 and 党支部 among the bodies
    r"^(?!关于)(?P<issuer>(?:中共|中国共产党|共青团)?[^\s,，。:：>]{2,40}?"
    r"(?:党组|党委|党工委|工委|党总支|党支部|委员会|区委|县委|市委|省委|州委))"
    rf"[^,，。:：]{{0,30}}?(?:巡察|巡视)[^,，。:：]{{0,20}}?整改[^,，。:：]{{0,16}}?(?:通报|报告|{LEDGER_TITLE_ENDS}"
    # or the subject alone, no 的通报 after it (<county>某镇党委巡察整改进展情况 / X党组巡察整改落实情况: a portal
    # titling each body's notice by the body and its subject, as its collective page heads each part, round 172)
    r"|情况)$"
)
# A title split over two lines: the issuer alone, then the line starting with 关于 (or ending with it).
TITLE_HEAD_LINE_RE = re.compile(
    r"^(?:中共|中国共产党|共青团)?\S{2,40}?(?:党组|党委|党工委|工委|委员会|委|局|厅|院|会)(?:关于)?$"
)
# Committee prefixes of an inspection team (中央, 省委, a joint 市区委 named with its city; a university's
# or an enterprise's own 校党委/集团党委/集团公司党委 inspecting its units).
_TEAM_OWNER = (
    r"(?:[\u4e00-\u9fa5]{2,4}市区委|市区委|自治区党委|中央|省委|市委|区委|县委|州委|盟委|旗委"
    # the committees of the autonomous areas and the 兵团 in their own forms: an autonomous region's or a 新疆
    # autonomous prefecture's 区党委/州党委 (州党委第三巡察组: a 昌吉州 department's notice, round 157), a
    # prefecture 地区's 地委 (地委第二巡察组), the 兵团's and its divisions' 兵团党委/师市党委/师党委; without them
    # the team is read from the bare 党委 on, its committee's place lost (党委第三巡察组); a body's own 区 (园区,
    # 校区, 社区, 景区, 矿区, 片区, 厂区, 开发区) is no autonomous region
    r"|(?:兵团|师市|(?<![园校社景矿片厂发])区|州|师)党委|地委"
    # 党工委第二巡察组: a development zone's 党工委 inspecting its own departments (round 48), before the bare 工委
    r"|党工委|工委"
    # 学校党委第三巡察组: a university's committee by its full name, as 校党委 is its short one (a university school's
    # notice, round 50); 委党组巡察组: a commission's own inspection team
    # 局党委第三巡察组: a group company called a 局 (中建一局, 中铁X局) or a bureau led by a 党委 inspecting its own
    # units (a 中建一局 company's notice, issue 19's round 52); the 局's name runs back as before 局党组 (header.py)
    r"|(?:学校|校|院|局|集团公司|公司|集团)?党委|(?:委|局|厅|部|办)?党组"
    # 省行党委第二巡察组 / 总行党委第三巡视组 / 分行党委第一巡察组: a bank's own committee, named by its level (总行,
    # 省行, 市行, 分行, 支行), inspecting its departments and branches (a bank's provincial branch, round 53)
    r"|(?:总行|省行|市行|(?:省|市)?分行|支行)党委"
    # 集团公司党组第三巡视组: a central enterprise is led by a 党组 as well as by a 党委, and its own 巡视/巡察 team is
    # named with it as a group's 党委 names its team (a space group's academy, round 40); a name before 集团/公司 runs
    # back as it does before 集团党委 (header._owner_named)
    r"|(?:集团公司|公司|集团)党组"
    # 国资委党委第六巡视组 / 省国资委党委第一巡察组: a commission that leads its bodies by a 党委, not a 党组 (the
    # state-assets commissions over their enterprises, round 41); its name runs back (header._owner_named)
    r"|委党委"
    # 院党组第三巡视组: an academy's or a court's own team, the body named by its 院 (a CAS institute under its academy,
    # round 36; a higher court's 院党组 inspecting its courts); the name before it runs back (header._owner_named)
    r"|院党组"
    # 教育部第一巡视组: a ministry's team named without its 党组 (a university's notice, round 32); the ministry's
    # name runs back from its 部 (header._owner_named)
    r"|部(?=第))"
)
_ORD = rf"[{CN_DIGITS}\d]{{1,3}}"
# The manners in which a notice says open work is pushed on, before 推进 with no 正在 (持续推进2个, 按计划推进2个,
# 攻坚推进4个: a group finance company's ledger and a city investment group's count of the problems still in its
# 攻坚 stage, round 41): a count after any of them counts problems still open. Only manners that describe the
# state of the work: 加快/全力推进12个重点项目 names an effort on projects, not a count of open problems.
# 按时序 is the same schedule's word in the other order (剩余1个正在按时序推进: a township's counts, round 132)
PUSH_MANNERS = ("持续", "按计划", "按序时", "按时序", "序时", "攻坚")
# Results only begun (取得阶段性成效, 已取得初步进展, 初见成效): the work is under way, not done. A count of problems
# stated with these words counts open problems (3个问题取得阶段性成效并持续推进: a provincial university's counts
# under 省委巡视, round 115), as 阶段性完成 counts them.
RESULTS_BEGUN = r"已?取得(?:初步|阶段性)(?:成效|成果|进展)|初见成效"
# Teams as the genre names them: 第N巡察组, 巡察N组, 巡视第N组, 专项/机动/提级巡察组; the kind of round may stand
# between the number and 巡察组, one word or two (第七提级交叉巡察组: a city's team sent across to a county, round 26).
# (专项巡察第五交叉巡察组: a special inspection's name before its numbered team, a 潮州 district bureau's, round 33)
# The words that open the topics a special round inspects (围绕A、B等四个方面开展了专项巡察, 聚焦…开展): read between an
# inspection sentence's team and its verb where the sentence names no target (header._NAMELESS_INSPECTION, round 35).
TOPIC_LEADS = ("围绕", "聚焦", "紧扣", "就")
# The villages a city or county inspects itself are named in its team (市委对村巡察第四组, 县委村级巡察第二组), with the
# kind and a 回头看 after them (苏州市委第三轮对村(社区)提级巡察“回头看”第一组: the team as printed after its round's
# name, as 七届市委第十二轮巡察一组 keeps 巡察一组): a town's notice on its villages and a village's 公示 (round 35).
# The scope may also stand after the number (区委第五村级巡察组: a district's teams for its villages, numbered in the
# round that sends several, round 45).
# The scope may also be worded as the team's task, 巡察 before the villages (区委巡察村(社区)第二巡察组: a district's
# teams for its villages and communities, as a community's 公示 names them, round 47).
TEAM_SCOPES = (
    "巡察村(社区)",
    "巡察村(居)",
    "巡察村居",
    "对村(社区)",
    "对村(居)",
    "对村居",
    "对村",
    "村级",
    "村(社区)",
    "村居",
)
_TEAM_SCOPE = "|".join(re.escape(scope) for scope in TEAM_SCOPES)
# The kind of round may also stand before 巡察第N组, one word or two, a level before 交叉 (交叉巡察第五组: a city's
# teams sent across its counties; 县级交叉巡察第二组: a county-level team sent across, round 37): the team is named
# by its kind, not cut to 巡察第N组.
# A second kind may stand in brackets after the first (市委第五提级(交叉)巡察组: a city's team raised a level and sent
# across, as a 市政协机关党组's notice names it, round 51): the bracketed kind is part of the team's name.
_KIND_WORD = r"(?:联动|机动|专项|交叉|提级)"
_KIND_WORDS = rf"(?:{_KIND_WORD}|[(（]{_KIND_WORD}[)）])"
_TEAM_KIND = rf"(?:县级|市级|市县|县区)?{_KIND_WORDS}"
TEAM_RE = re.compile(
    rf"{_TEAM_OWNER}?\s*(?:{_TEAM_SCOPE})?(?:(?:{_TEAM_KIND}){{1,2}}(?:巡察|巡视)?)?"
    rf"(?:第{_ORD}(?:{_TEAM_SCOPE})?{_KIND_WORDS}{{0,2}}(?:巡察|巡视)组|(?:巡察|巡视)(?:“?回头看”?)?第?{_ORD}组"
    # a team named by its topic (县委脱贫攻坚专项巡察组): the topic holds no committee's 委, which the owner reads; so a
    # title's 委员会关于市委第三专项巡察组 gives the committee's team, not 员会关于市委… (a district health bureau's
    # 通报 titled for its team, round 54)
    # (the CJK range without 委, U+59D4: a plain class, as cheap as the whole range)
    rf"|[\u4e00-\u59d3\u59d5-\u9fa5]{{0,8}}?(?:专项|机动|提级|联动)(?:巡察|巡视)组)"
)
TEAM_PLAIN_RE = re.compile(rf"{_TEAM_OWNER}(?:巡察|巡视)组")
# The verbs a notice puts between a committee and the team it formed or sent (市委成立脱贫攻坚市县联动巡察组, 县委组建
# 专项巡察组, 区委派出机动巡察组): no part of the team's name (header._bare_team, round 44)
TEAM_FORMING_VERBS = ("成立", "组建", "组成", "派出", "抽调", "选派", "设立")
# The inspection sentence: …巡察组(于…)对X开展/进行了(常规/专项)巡察. A special round named by its topic may put a
# long one before its 专项巡察 (开展了推动建设全国构建新发展格局先行区专项巡察: a city commerce bureau, round 31).
# A themed round may name its topic with 关于 and no 专项 (开展了关于加快建设全国构建新发展格局先行区巡察: a city
# ecology bureau's notice, round 66): the topic 关于 opens runs as long as a special one's.
INSPECTED_RE = re.compile(
    r"对(?P<target>[^,，。;；]{2,80}?)(?:开展|进行|实施)(?:了)?"
    r"(?:[^,，。;；]{0,16}?|[^,，。;；]{0,40}?专项|关于[^,，。;；]{2,40}?)(?:巡察|巡视)"
)
# The feedback sentence: …向X反馈了巡察意见 / 并于…进行了反馈 / 召开巡视反馈会议.
# Names that open with 向 are no preposition: 向阳 (向阳区, 向阳镇, 向阳村, the commonest of place words) and the
# surname's 向家 (向家坝, 向家村): 鹤岗市向阳区…督查反馈问题… in a title is no feedback 向 a recipient (round 51).
XIANG_NAMES = ("向阳", "向家")
_TO = "向(?!" + "|".join(name[1:] for name in XIANG_NAMES) + ")"
RECIPIENT_RE = re.compile(rf"{_TO}(?P<recipient>[^,，。;；]{{2,60}}?)(?:集中)?(?:反馈|进行反馈|通报)")
# The act of feedback (向X反馈, 反馈了, 进行了反馈), not a meeting that studies the feedback opinions.
# The feedback may be told as the day its meeting was held (并于7月26日召开了巡察反馈会议, round 26).
# A round of villages is fed back to their town's committee as a 集中通报 of its findings (区委第一巡察组向半程镇党委
# 集中通报了巡察情况: a town's notice on its villages, round 58): 通报 is the act of feedback where what is told is the
# inspection's findings (巡察情况 / 巡察发现的问题), never the rectification told to the public (向社会通报整改情况).
_BRIEFED = r"(?:集中)?通报(?:了)?[^,，。;；]{0,16}?(?:巡察|巡视)(?:情况|意见|发现)"
# The feedback told by its date alone, the team the subject of the sentence before (…对县卫健局党组开展了巡察工作,
# 2023年11月14日反馈巡察意见: a county 卫生健康局's opening, round 65): the verb right after a date's 日, with the
# inspection's opinions or findings as its object.
_DATED_FEEDBACK = r"反馈(?<=日反馈)(?:了)?(?:巡察|巡视)(?:意见|情况)"  # (opens with its literal: see IN_PROGRESS_RE)
FEEDBACK_RE = re.compile(
    rf"{_TO}[^,，。;；]{{1,60}}?(?:反馈|{_BRIEFED})|反馈了|(?:进行|作)(?:了)?反馈|召开(?:了)?[^,，。;；]{{0,8}}?反馈(?:会|大会)"
    rf"|{_DATED_FEEDBACK}"
)
# Abbreviations a notice defines for itself: X(以下简称“Y”).
ABBREVIATION_RE = re.compile(r"[(（](?:以下)?简称[“\"‘]?(?P<short>[^”\"’)）]{1,20})[”\"’]?[)）]")
# Bodies whose formal name puts their kind BEFORE their place (共青团南县委员会, 中国共产主义青年团某市委员会; a
# conference's 政协某县委员会机关党组 / 中国人民政治协商会议某区委员会机关党组, round 155): the place follows the kind.
ORG_KIND_PREFIXES = ("中国共产主义青年团", "共青团", "中国人民政治协商会议", "政协")
# Suffixes that make a name an organisation rather than a place.
ORG_SUFFIX_RE = re.compile(
    r"(?:党组|党委|党工委|工委|党组织|党总支|党支部|委员会|区委|县委|市委|省委|州委|旗委|盟委|镇委|乡委|局|厅|院|会|办公室|中心|公司"
    # institutions named by their house (档案馆, 图书馆, 研究所, 农技站, 党校, 供销社, 投资集团): a district archives'
    # notice titled 佛山市南海区档案馆关于… (round 10) is issued by an organisation, not by a place's committee
    r"|馆|所|站|校|社|集团"
    # a 委's own department and a congress's or conference's working body (县委宣传部, 市人大机关, 市政协机关): a
    # county propaganda department's, a people's congress office's notices titled 临湘市人大机关关于… (round 15)
    r"|部|机关"
    # a 委's own committees named short (县委政法委, 区委政法委, 市纪委): a county 政法委's notice titled
    # 县委政法委关于… (round 20) is the committee's, not a place's party committee
    r"|政法委|纪委"
    # a mass organisation named short (县残联, 市侨联, 区科协: round 155)
    rf"|{'|'.join(MASS_ORG_ENDINGS)})$"
)
# Kinds of place that are not in the administrative gazetteer: zones, towns, streets (used with .match).
# The words that name a zone's kind (开发区, 高新区; a 高新技术产业园区 and a 边境经济合作区 are governed by a
# 党工委 as an 开发区 is: round 60), and the words that qualify the kind (经济技术, 高新技术产业, 边境经济, 港): a
# zone written with nothing but them (经济开发区, 高新技术产业园区, 港经济开发区) has no name of its own and takes the
# place's before it (歙县经济开发区, 眉山高新技术产业园区, 东营港经济开发区); one with a name of its own (普湾经济区,
# 临空经济区) is that name.
ZONE_KINDS = ("高新区", "新区", "开发区", "经开区", "试验区", "自贸区", "风景区", "管理区", "经济区", "园区", "合作区")
ZONE_QUALIFIERS = (
    *("经济", "技术", "高新", "产业", "工业", "科技", "综合", "保税", "边境", "跨境", "临港", "港", "农业", "现代"),
    *("生态", "文化", "旅游", "物流", "商贸", "国家级", "省级", "示范", "创新", "自由贸易", "区"),
)
ZONE_KIND_ONLY_RE = re.compile(rf"(?:{'|'.join(ZONE_QUALIFIERS)})*(?:{'|'.join(ZONE_KINDS)})")
ZONE_RE = re.compile(
    rf"(?:[\u4e00-\u9fa5]{{0,12}}?(?:{'|'.join(ZONE_KINDS)})"
    # 街道工作委员会: a 党工委's formal name; 叶塘镇河西村委员会: a village's notice names its town; 张范街道社区卫生
    # 服务中心, X镇中心卫生院: a town's or street's own institution (a street health centre's notice)
    r"|[\u4e00-\u9fa5]{1,5}(?:镇|乡|街道)(?=委|党|工委|工作委员会|人民政府|[\u4e00-\u9fa5]{1,4}(?:村|社区)"
    r"|社区卫生|中心卫生院|卫生院|中心小学|中学|小学|派出所|办事处))"
)
# A text of the genre names an inspection (巡察/巡视) and rectification (整改); nothing else is refused.
GENRE_INSPECTION_RE = re.compile(r"巡察|巡视")


# A sentence telling where the work stood at an earlier point (集中整改期结束时，…2项正在履行产权交易程序。
# 2025年12月，剩余2项已…完成 / 首次通报时，…正在…: a notice after the 集中整改期 or a 续报 recounting each
# problem's state then before what was done since, issue 19's round 121) is the earlier state: its unfinished work
# is no work pending now, nor its status words the problem's status (status.fields, status.sentences). Only where
# more follows it, which tells the state since.
EARLIER_STATE_SENTENCE_RE = re.compile(
    r"(?:^|(?<=[。；;]))\s*(?:集中整改期(?:结束|届满|期满|满)"
    r"|(?:上次|首次|前次|上一次|第[一二三四1-4]次)(?:通报|报告|公示|公布))时[,，][^。；;]*[。；;](?=.)"
)
