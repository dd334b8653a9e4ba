"""A notice hard-wrapped at a narrow page width (20–40 columns), or one whose line breaks were lost, parses like its
line-broken form (issue 19, acceptance: "hard-wrapped at 20–40 columns including wraps inside dates, labels and
titles"; point 2: "a notice whose line breaks were lost parses like its line-broken form").

Each notice is small and written as the genre prints it, then cut every N characters as a PDF's text layer or a
fixed-width copy cuts it, or joined into one line; each test checks what a reader of the ledger sees: the claims,
the organisation, problems, titles, statuses, aspects and groups.
"""

from __future__ import annotations

import pytest

from notices import parse_notice
from notices.normalize import normalize_lines, to_simplified
from tests.conftest import norm

from .genre_rounds import Expected, all_cases, genre_text, is_text

HEAD = [
    "中共某县统计局党组关于巡察整改进展情况的通报",
    "根据县委统一部署,2024年3月至5月,县委第一巡察组对县统计局党组开展了巡察,并于2024年6月10日反馈了巡察意见。"
    "县统计局党组把巡察整改作为重大政治任务来抓,切实将思想和行动统一到上级的部署要求上来。"
    # the claim runs on in the opening's paragraph, so a wrap may cut it anywhere (已整改完 | 成3个)
    "截至目前,巡察反馈的2个方面4个问题,已整改完成3个,正在整改1个。",
]
# Short paragraphs, as a ledger-like notice prints them: most lines end their paragraph short of the width, so
# only the opening's sentences fill it.
BODY = [
    "一、落实全面从严治党方面",
    "1.选人用人工作不够规范,已完成。",
    "组织全体干部开展两次专题学习研讨。",
    "建立问题清单、任务清单和责任清单。",
    "2.公务用车管理不严格,已完成。",
    "开展公务用车使用情况专项检查一次。",
    "二、作风建设方面",
    "3.档案管理不规范,已完成。",
    "修订档案管理办法并印发全局执行。",
    "4.重点项目推进缓慢,整改中。",
    "加强日常监督,每月定期通报进展。",
    "对项目进度实行周调度、月通报。",
    "特此通报。",
]
READ = [
    ("选人用人工作不够规范", "done"),
    ("公务用车管理不严格", "done"),
    ("档案管理不规范", "done"),
    ("重点项目推进缓慢", "in_progress"),
]


def _wrap(lines: list[str], width: int) -> str:
    """The lines cut every width characters, as a fixed-width copy of the page prints them."""
    return "\n".join(line[i : i + width] for line in lines for i in range(0, len(line), width)) + "\n"


def _paragraphs_back(lines: list[str]) -> bool:
    """Whether normalised lines are the printed paragraphs, each whole (a paragraph may break where one of its
    sentences ended exactly at the width: nothing on the page tells that break from a paragraph's end)."""
    out = iter(lines)
    for paragraph in [*HEAD, *BODY]:
        got = next(out, "")
        while got != paragraph and paragraph.startswith(got) and got.endswith("。"):
            got += next(out, "")
        if got != paragraph:
            return False
    return next(out, None) is None


WIDTHS = range(20, 41)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_narrow_page_of_short_paragraphs_gets_its_paragraphs_back(width: int) -> None:
    """Few lines fill the width when most paragraphs are short; those that do are cut mid-sentence, so the page's
    width is still read: each cut paragraph is whole again, and no short paragraph is joined to another."""
    assert _paragraphs_back(normalize_lines(_wrap([*HEAD, *BODY], width)))


@pytest.mark.parametrize("width", WIDTHS)
def test_a_narrow_page_of_short_paragraphs_is_read_as_printed(width: int) -> None:
    """The claim cut at the width (已整改完 | 成3个) gives its counts; every problem its title and status."""
    notice = parse_notice(_wrap([*HEAD, *BODY], width))
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (4, 3, 1)
    assert [(i.title, i.status) for i in notice.items] == READ


@pytest.mark.parametrize("head_width", [None, 40])
def test_short_paragraphs_of_one_length_are_no_wrap(head_width: int | None) -> None:
    """Many paragraphs of one length (17 characters) under longer lines, the page never wrapped or wrapped wider
    than they are: a width is the widest the lines run, so no paragraph is joined to the one after it."""
    head = _wrap(HEAD, head_width) if head_width else "\n".join(HEAD) + "\n"
    assert _paragraphs_back(normalize_lines(head + "\n".join(BODY)))


@pytest.mark.parametrize(
    "fields",
    [
        "牵头领导:党组书记;责任科室:财务科;完成时限:长期坚持",
        "责任领导:分管副局长;责任单位:办公室;整改时限:立行立改",
        "责任单位:办公室;整改时限:2024年12月底前",
        "整改时限:2024年6月底前;责任单位:人事科",
    ],
)
@pytest.mark.parametrize("bracket", ["(已整改)", "〔已完成〕", "[未整改到位]", "【已完成】"])
def test_a_row_of_fields_filling_the_width_ends_before_a_prefixed_headline(fields: str, bracket: str) -> None:
    """Unnumbered problems, each opened by its status in brackets (L08-like ledgers), each with a row of fields:
    where the row fills the page width exactly, the next problem's line still opens a problem of its own."""
    status = "in_progress" if "未" in bracket else "done"
    lines = [
        *HEAD,
        "一、落实全面从严治党方面",
        "(已完成)“三重一大”决策制度执行不到位。制定年度工作要点,将任务分解到岗到人。",
        fields,
        f"{bracket}固定资产管理混乱。截至目前已完成专项检查3次。",
        fields,
        "(已整改)干部队伍结构不合理。对相关责任人进行提醒谈话。",
        fields,
    ]
    notice = parse_notice(_wrap(lines, len(fields)))
    assert [(i.title, i.status) for i in notice.items] == [
        ("“三重一大”决策制度执行不到位", "done"),
        ("固定资产管理混乱", status),
        ("干部队伍结构不合理", "done"),
    ]


# Problems numbered alone, each stating itself in a field (L08-like ledgers): (title, its facts or measures, status).
FIELD_PROBLEMS = [
    ("优化政务服务流程", "截至目前已完成专项检查3次。对相关责任人进行提醒谈话。", "目前该问题还没有完成整改。"),
    ("加强档案规范管理", "", "目前,该问题已整改完成。"),
    ("规范公务用车使用", "建立用车台账,每月通报一次。", "截至目前,该问题已整改到位。"),
    ("加强保密管理", "修订完善相关制度,印发《工作规程》,明确工作标准。", "目前,该问题已整改完成。"),
]


@pytest.mark.parametrize("label", ["问题描述", "问题表现", "存在问题", "主要问题", "反馈问题"])
@pytest.mark.parametrize("joined", [False, True], ids=["lines", "joined"])
def test_a_title_field_gives_its_first_sentence_as_the_title(label: str, joined: bool) -> None:
    """A problem numbered alone ((一) over 问题表现:…) states itself in its field: the headline is the field's
    first sentence, the facts after it are no title, whether they follow on the field's line or the page lost
    its line breaks (the field's value then runs on into the problem's text)."""
    lines = [*HEAD, "一、落实全面从严治党方面"]
    for n, (title, facts, status) in enumerate(FIELD_PROBLEMS, 1):
        lines += [f"({'一二三四'[n - 1]})", f"{label}:{title}。{facts}", status, "责任部门:人事科;整改时限:长期坚持"]
    notice = parse_notice("".join([*lines, "特此通报。"]) if joined else "\n".join([*lines, "特此通报。"]))
    assert [(i.title, i.status) for i in notice.items] == [
        ("优化政务服务流程", "in_progress"),
        ("加强档案规范管理", "done"),
        ("规范公务用车使用", "done"),
        ("加强保密管理", "done"),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("截至目前,该问题尚未整改到位,将持续推进。", "in_progress"),
        ("目前该问题还没有完成整改。", "in_progress"),
        ("目前,该问题正在整改中。", "in_progress"),
        ("截至目前,该问题已整改到位。", "done"),
    ],
)
@pytest.mark.parametrize("label", ["第{}项:", "{}.", "({})", "问题{}:"])
def test_a_short_task_headline_ends_before_the_status_sentence_after_it(label: str, sentence: str, status: str) -> None:
    """'第一项:强化选人用人监督。截至目前,该问题尚未整改到位。' then the measures on lines of their own: the status
    sentence is the problem's status, not more of its headline (its 未 negates the work, not the problem)."""
    numbers = "一二" if "项" in label else "12"
    lines = [
        *HEAD,
        "一、落实全面从严治党方面",
        "(一)关于“选人用人工作不够规范”方面",
        f"{label.format(numbers[0])}强化选人用人监督。{sentence}",
        "截至目前已完成专项检查3次。",
        f"{label.format(numbers[1])}规范公务用车使用。制定年度工作要点,将任务分解到岗到人。",
        "目前,该问题已整改完成。",
    ]
    notice = parse_notice("\n".join(lines) + "\n")
    assert [(i.title, i.status) for i in notice.items] == [("强化选人用人监督", status), ("规范公务用车使用", "done")]


@pytest.mark.parametrize("group", ["(一)", "1.", "①"])
@pytest.mark.parametrize("joined", [False, True], ids=["lines", "joined"])
def test_a_heading_ending_in_cun_zai_de_wen_ti_keeps_its_words(group: str, joined: bool) -> None:
    """'一、…方面存在的问题' over one '(一)…' group each: joined into one line, 问题(一) is the heading's closing word
    and the group's label, never a 问题(一) label of its own (no heading ends on 存在的), though every aspect
    repeats it."""
    aspects = ["一、落实新时代党的组织路线方面存在的问题", "二、作风建设方面存在的问题"]
    groups = [f"{group}基层党组织建设有弱项。", f"{group}财务管理制度执行不严。"]
    tasks = [("优化政务服务流程", "加强网络安全防护"), ("推进重点项目建设", "提升基层党组织组织力")]
    lines = [*HEAD]
    for aspect, heading, named in zip(aspects, groups, tasks, strict=True):
        lines += [aspect, heading]
        for k, task in enumerate(named):
            lines += [f"{'AB'[k]}.{task}。", "整改状态:已完成。", "整改情况:召开专题会议研究部署,制定整改方案。"]
    notice = parse_notice("".join(lines) if joined else "\n".join(lines))
    assert [(i.title, i.aspect, i.group) for i in notice.items] == [
        (task, aspect, heading) for aspect, heading, named in zip(aspects, groups, tasks, strict=True) for task in named
    ]


@pytest.mark.parametrize("widget", ["今天是2025年8月20日 星期三", "今天是2024年1月5日星期日"])
def test_the_date_widget_glued_to_the_title_is_no_part_of_the_organisation(widget: str) -> None:
    """A site header's date widget (今天是… 星期三) printed before the title, the page's line breaks lost: the title
    and its organisation begin after the weekday."""
    text = "您的位置:首页 / 通知公告" + widget + "".join(HEAD).replace("中共", "") + "".join(BODY)
    notice = parse_notice(text)
    assert (notice.agency, notice.issuer) == ("某县统计局党组", "某县统计局党组")


@pytest.mark.parametrize(
    ("label", "cut"),
    [
        (label, cut)
        for label in ("发布时间", "更新时间", "发布日期", "公开日期", "时间", "日期")
        for cut in range(1, len(label))
    ],
)
def test_a_furniture_label_cut_by_the_wrap_is_whole_again(label: str, cut: int) -> None:
    """来源:…党委  时 | 间:2024-12-28: the page's width fell inside the date field's label; the label is one
    again, so the notice's publication date is read."""
    source = "来源:中共某县城市建设投资集团有限公司党委  "
    lines = [HEAD[0], f"{source}{label}:2024-12-28 08:38", *HEAD[1:], *BODY]
    notice = parse_notice(_wrap(lines, len(source) + cut))
    assert notice.published == "2024-12-28"


# A ledger's problems, each with its fields; joined into one line, every field's value must still end where it was
# printed: a deadline's 前 stays the deadline's, a status value before 一是 and a bare status sentence before the
# measures stay the problem's status.
LEDGER = [
    (
        "关于“审计发现问题整改不到位”问题",
        "整改时限:2024年12月底前;整改进度:完成",
        "一是建立健全长效机制。二是组织专题学习。",
    ),
    (
        "关于“公务接待管理不规范”问题",
        "整改时限:2024年6月前;整改进度:正在整改",
        "一是修订接待办法。二是逐笔核对接待清单。",
    ),
    ("关于“合同管理不规范”问题", "整改时限:2024年12月底前", "已完成整改。\n召开专题会议研究部署,制定整改方案。"),
    ("关于“档案管理不规范”问题", "整改时限:2024年9月底前", "正在整改。\n对近三年的档案进行全面梳理。"),
]


@pytest.mark.parametrize("joined", [False, True], ids=["lines", "joined"])
def test_a_ledger_joined_into_one_line_keeps_each_field_value(joined: bool) -> None:
    """责任单位:财务科;整改时限:2024年12月底前;整改进度:完成一是…: the deadline is whole (12月底前, not 12月底 then
    a line 前), the status value ends before 一是, and 已完成整改。 before the measures is the status."""
    lines = [*HEAD, "一、落实全面从严治党方面"]
    for n, (headline, fields, text) in enumerate(LEDGER, 1):
        lines += [f"{n}.{headline}", "责任单位:财务科;", *fields.replace(";", ";\n").split("\n"), *text.split("\n")]
    notice = parse_notice("".join(lines) if joined else "\n".join(lines))
    assert [(i.title, i.status, i.deadline) for i in notice.items] == [
        ("审计发现问题整改不到位", "done", "2024-12-31"),
        ("公务接待管理不规范", "in_progress", "2024-06-30"),
        ("合同管理不规范", "done", "2024-12-31"),
        ("档案管理不规范", "in_progress", "2024-09-30"),
    ]


@pytest.mark.parametrize("joined", [False, True], ids=["lines", "joined"])
def test_status_sections_numbered_after_the_openings_colon(joined: bool) -> None:
    """…现将整改进展情况通报如下:第1个问题:已完成的整改事项: the list the colon announces opens there; a field's
    value (整改进度:第一项、第二项已完成) is the only 第N after a colon that stays on its line."""
    lines = [
        HEAD[0],
        HEAD[1].removesuffix("。") + "。现将巡察整改进展情况通报如下:",
        "第1个问题:集中整改期内已完成的整改事项",
        "❶问题描述:健全意识形态工作机制。",
        "牵头领导:党组书记;",
        "完成时限:长期坚持",
        "❷问题表现:规范财务资产管理。",
        "❸问题表现:优化政务服务流程。",
        "第2个问题:正在推进整改的问题",
        "❹存在问题:完善内部控制体系。",
        "牵头领导:党组书记;",
        "完成时限:2024年12月底前",
        "如有意见建议,请于2024年12月31日前反映给我们。",
    ]
    notice = parse_notice("".join(lines) if joined else "\n".join(lines))
    assert [(i.title, i.status, i.status_source) for i in notice.items] == [
        ("健全意识形态工作机制", "done", "section"),
        ("规范财务资产管理", "done", "section"),
        ("优化政务服务流程", "done", "section"),
        ("完善内部控制体系", "in_progress", "section"),
    ]


@pytest.mark.parametrize(
    ("bracket", "status"),
    [
        ("【已完成并长期坚持】", "done_longterm"),
        ("〔已完成〕", "done"),
        ("(正在整改)", "in_progress"),
        ("[已整改]", "done"),
    ],
)
def test_a_status_suffix_pushed_to_the_next_line_by_the_wrap_stays_the_status(bracket: str, status: str) -> None:
    """1.<headline>问题 fills the width exactly and its 【已完成】。 opens the next line: the bracket alone opens
    nothing (no problem's text begins with a status and a full stop), it is the headline's status."""
    first = "1.学习贯彻新时代中国特色社会主义思想不够深入问题"
    lines = [
        *HEAD,
        "一、落实全面从严治党方面",
        f"{first}{bracket}。",
        "(1)建立定期调度机制,每月听取一次工作汇报。",
        "(2)修订完善相关制度,印发《工作规程》。",
        f"2.选人用人程序不规范问题{bracket}。",
        "(1)召开专题会议研究部署,制定整改方案。",
    ]
    notice = parse_notice(_wrap(lines, len(first)))
    assert [(i.title, i.status) for i in notice.items] == [
        ("学习贯彻新时代中国特色社会主义思想不够深入", status),
        ("选人用人程序不规范", status),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "根据县委巡察工作统一部署,2024年5月至7月,县委第一巡察组对县统计局党组开展了常规巡察,"
        "并于2024年9月27日反馈了巡察意见。现将巡察整改进展情况通报如下:",
        HEAD[1] + "现将巡察整改进展情况通报如下:",
    ],
)
def test_an_opening_ending_its_colon_at_the_width_announces_the_numbered_line(opening: str) -> None:
    """…通报如下: fills the page width and 1.整改工作总体情况 opens the next line: the colon ends the lead-in (a
    field's value after its colon, 发布时间: | 2024-12-28, runs on; a numbered heading does not)."""
    width = next(w for w in range(20, 41) if len(opening) % w in (0, w - 1))  # the colon at the line's end
    lines = [
        HEAD[0],
        opening,
        "1.整改工作总体情况",
        "(1)提高政治站位。党组把巡察整改工作作为重大政治任务。",
        "2.巡察反馈问题整改落实情况",
        "(一)落实全面从严治党方面",
        "(1)选人用人工作不够规范,已完成。",
        "组织全体干部开展两次专题学习研讨。",
        "(2)公务用车管理不严格,正在整改。",
        "开展公务用车使用情况专项检查一次。",
    ]
    notice = parse_notice(_wrap(lines, width))
    assert [(i.title, i.status, i.aspect) for i in notice.items] == [
        ("选人用人工作不够规范", "done", "(一)落实全面从严治党方面"),
        ("公务用车管理不严格", "in_progress", "(一)落实全面从严治党方面"),
    ]


@pytest.mark.parametrize("bracket", ["[已整改]", "〔已整改〕", "【已整改】", "(已整改)", "（已整改）"])
@pytest.mark.parametrize(
    "first", ["学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够深入", "选人用人程序不规范"]
)
def test_a_headline_whose_status_bracket_fills_the_width_ends_there(first: str, bracket: str) -> None:
    """①针对“…”的问题[已整改] ends exactly at the page width, on its first line or on the second it was wrapped
    onto, and (1) opens the next line: the closing bracket ends the headline as a closing quote does, so the
    first measure is not glued to it."""
    headline = f"①针对“{first}”的问题{bracket}"
    width = next(w for w in range(20, 41) if len(headline) % w in (0, w - 1))  # the bracket at a line's end
    titles = [first, "公务接待管理不规范", "合同管理不规范", "档案管理不规范"]
    lines = [HEAD[0], HEAD[1]]
    for k, title in enumerate(titles):
        if k % 2 == 0:
            lines.append(("一、落实全面从严治党方面", "二、作风建设方面")[k // 2])
        lines += [
            f"{'①②'[k % 2]}针对“{title}”的问题{bracket}",
            "(1)组织开展业务培训2次,参训人员86人次。",
            "(2)建立工作台账,实行清单化管理、销号式推进。",
        ]
    text = _wrap(lines, width)
    assert headline.replace("（", "(").replace("）", ")") in normalize_lines(text)  # full-width brackets as ASCII
    assert [(i.title, i.status) for i in parse_notice(text).items] == [(title, "done") for title in titles]


WRAPPED_TITLES = [
    "学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够深入",
    "选人用人程序不规范",
    "公务接待管理不规范",
    "合同管理不规范",
]


@pytest.mark.parametrize(
    ("label", "form"),
    [
        ("第{}项:(未完成)", "针对“{}”的问题"),
        ("第{}项:(未完成)", "关于“{}”问题的整改"),
        ("第{}项:(未完成)", "关于“{}”问题的整改情况"),
        ("{}.", "针对“{}”的问题"),
        ("{}.", "关于“{}”的问题"),
    ],
)
def test_a_wrapped_headline_whose_wrapper_fills_the_width_ends_there(label: str, form: str) -> None:
    """第一项:(未完成)针对“学习贯彻…不够深 | 入”的问题 — the second line ends the wrapper at the page width and ①
    opens the next: the wrapper's closing words end the headline, so ① is a measure on its own line."""
    numbers = "一二" if "项" in label else "12"
    headlines = [label.format(numbers[k % 2]) + form.format(title) for k, title in enumerate(WRAPPED_TITLES)]
    lines = [*HEAD]
    for k, headline in enumerate(headlines):
        if k % 2 == 0:
            lines.append(("一、落实全面从严治党方面", "二、作风建设方面")[k // 2])
        lines += [headline, "①修订完善相关制度,印发《工作规程》。", "②建立工作台账,实行清单化管理、销号式推进。"]
    first = headlines[0]
    width = next(w for w in range(20, 41) if len(first) % w in (0, w - 1) and len(first) > w)
    text = _wrap(lines, width)
    assert first in normalize_lines(text)
    assert [i.title for i in parse_notice(text).items] == WRAPPED_TITLES


def _unnumbered_under(heading: str) -> list[str]:
    """A notice of unnumbered problems (L13-like) under two headings, the second one given."""
    return [
        *HEAD[:1],
        HEAD[1][: HEAD[1].index("。") + 1],
        "(一)在基层党组织建设方面",
        "党费收缴使用管理不规范。加强与相关部门的沟通协调,形成工作合力。",
        "是否完成:否",
        "行政审批服务效率不高。召开专题会议研究部署,制定整改方案。",
        "是否完成:是",
        heading,
        "统计数据质量把关不严。对相关责任人进行提醒谈话,举一反三查找漏洞。",
        "是否完成:是",
        "合同管理不规范。已完成全部32份合同的复核。",
        "是否完成:否",
    ]


@pytest.mark.parametrize(
    "heading",
    ["(二)关于落实全面从严治党战略部署方面", "(二)反馈问题:落实巡察、审计等监督发现问题整改不到位"],
)
def test_a_heading_filling_the_width_ends_before_the_unnumbered_problem_under_it(heading: str) -> None:
    """A heading printed exactly as wide as the page, ending as headings end (…方面, …不到位), then a problem whose
    first sentence states a shortcoming of its own: the problem opens its line, as the problems under the shorter
    headings do."""
    notice = parse_notice(_wrap(_unnumbered_under(heading), len(heading)))
    assert [(i.title, i.status, i.aspect) for i in notice.items] == [
        ("党费收缴使用管理不规范", "in_progress", "(一)在基层党组织建设方面"),
        ("行政审批服务效率不高", "done", "(一)在基层党组织建设方面"),
        ("统计数据质量把关不严", "done", heading),
        ("合同管理不规范", "in_progress", heading),
    ]


@pytest.mark.parametrize(
    ("width", "whole"),
    [
        (len("(二)关于落实全面从严治党战略部署方面"), "(二)关于落实全面从严治党战略部署方面存在的问题"),
        (len("(二)反馈问题:落实巡察、审计等监督发现问题整改不"), "(二)反馈问题:落实巡察、审计等监督发现问题整改不到位"),
    ],
)
def test_a_heading_cut_at_the_width_before_its_closing_words_is_whole(width: int, whole: str) -> None:
    """The rest of a heading on the next line (存在的问题, 到位) is no problem of its own: the heading is whole."""
    assert whole in normalize_lines(_wrap(_unnumbered_under(whole), width))


MEASURE = "(1)组织全体干部开展专题学习,深入剖析问题根源,建立问题清单、任务清单和责任清单,逐项督促落实销号。"


@pytest.mark.parametrize("bracket", ["(已完成并长期坚持)", "【已完成并长期坚持】", "〔已完成并长期坚持〕"])
def test_the_totals_after_a_last_headline_filling_the_width_are_the_claims(bracket: str) -> None:
    """The last problem's headline, its status in brackets, ends exactly at the page width and the totals open the
    next line (截至目前,…已销号3个,未销号1个。): they are the notice's claims, not the headline's words."""
    last = f"第4个问题:“三重一大”决策制度执行不到位问题{bracket}"
    lines = [HEAD[0], HEAD[1][: HEAD[1].index("。") + 1], "一、落实全面从严治党方面"]
    for n, title in enumerate(("选人用人工作不够规范", "公务用车管理不严格"), 1):
        lines += [f"第{n}个问题:{title}问题(已完成)", MEASURE]
    lines += ["二、作风建设方面", "第3个问题:档案管理不规范问题(正在整改)", MEASURE]
    lines += [last]  # a problem printed without text of its own (its status says it all)
    lines += ["截至目前,巡察反馈的2个方面4个问题,已销号3个,未销号1个。"]
    notice = parse_notice(_wrap(lines, len(last)))
    claimed = notice.claimed
    assert (claimed.problems, claimed.completed, claimed.in_progress) == (4, 3, 1)
    assert (notice.items[-1].title, notice.items[-1].status) == ("“三重一大”决策制度执行不到位", "done_longterm")


@pytest.mark.parametrize(
    ("value", "status"),
    [
        ("完成", "done"),
        ("已完成", "done"),
        ("正在整改", "in_progress"),
        ("已整改完成", "done"),
        # the measures named by their order before the status words: the value is longer, the row still ends there
        ("第一项、第二项、第三项已整改到位", "done"),
        ("第一项、第二项正在推进", "in_progress"),
    ],
)
def test_a_row_of_fields_ending_on_a_status_at_the_width_ends_there(value: str, status: str) -> None:
    """责任单位:机关党委;整改时限:立行立改;整改进度:完成 fills the page width and the measures open the next line:
    the status is the value as printed, the measures stay the problem's text."""
    row = f"责任单位:机关党委;整改时限:立行立改;整改进度:{value}"
    lines = [HEAD[0], HEAD[1], "一、落实全面从严治党方面"]
    for n, title in enumerate(("行政审批服务效率不高", "合同管理不规范", "档案管理不规范", "公务用车管理不严格"), 1):
        if n == 3:
            lines.append("二、作风建设方面")
        lines += [f"({'一二三四'[n - 1]})关于“{title}”问题", row, "建立健全长效机制,防止问题反弹回潮。"]
    notice = parse_notice(_wrap(lines, len(row)))
    assert [i.status for i in notice.items] == [status] * 4
    assert all(i.measures == "建立健全长效机制,防止问题反弹回潮。" for i in notice.items)


def test_a_wide_page_with_few_full_lines_still_joins_a_cut_wrapper() -> None:
    """A page wrapped at 40 columns whose paragraphs are mostly short (a twelfth of its lines fill it): those few
    are cut mid-sentence, so the headline cut inside its wrapper (…不够深入的问 | 题。) is one line again."""
    headline = "1.【已完成并长期坚持】关于学习贯彻习近平新时代中国特色社会主义思想不够深入的问题。"
    extra = [
        "召开专题会议研究部署,制定整改方案。",
        "对5名相关人员完成提醒谈话,举一反三。",
        "目前相关管理制度均已按期印发执行。",
    ]
    titles = ["选人用人工作不够规范", "公务用车管理不严格", "档案管理不规范", "合同管理不规范", "财务报销审核不严格"]
    lines = [*HEAD, "一、落实全面从严治党方面", headline, *extra, *extra]
    for n, title in enumerate(titles, 2):
        lines += [f"{n}.{title},已完成。", *extra, *extra]
    notice = parse_notice(_wrap(lines, len(headline) - 2))
    assert [(i.title, i.status) for i in notice.items] == [
        ("学习贯彻习近平新时代中国特色社会主义思想不够深入", "done_longterm"),
        *((title, "done") for title in titles),
    ]


@pytest.mark.parametrize("value", ["整改进度:正在整改", "整改时限:长期坚持", "责任单位:办公室"])
def test_the_closing_request_after_a_last_field_value_opens_the_closing_matter(value: str) -> None:
    """…整改进度:正在整改如有意见建议,请…反映给我们。中共X党组2022年12月5日: the page lost its line breaks and the
    last problem's last field runs into the closing request; the request opens its line, so the signature after
    it gives the issuer and the date."""
    lines = [
        "关于县委第一巡察组巡察反馈意见整改进展情况的通报",
        HEAD[1],
        "一、落实全面从严治党方面",
    ]  # signed only below
    for n, title in enumerate(("选人用人工作不够规范", "公务用车管理不严格", "档案管理不规范", "合同管理不规范"), 1):
        if n == 3:
            lines.append("二、作风建设方面")
        lines += [f"{n}.{title}。", "建立健全长效机制,防止问题反弹回潮。", "整改进度:已完成。"]
    lines[-1] = value
    lines += ["如有意见建议,请于2024年12月31日前反映给我们。", "中共某县统计局党组", "2022年12月5日", "分享到:"]
    assert "如有意见建议,请于2024年12月31日前反映给我们。" in normalize_lines("".join(lines))
    notice = parse_notice("".join(lines))
    assert (notice.issuer, notice.signed) == ("中共某县统计局党组", "2022-12-05")
    assert len(notice.items) == 4


def test_a_heading_filling_the_width_ends_before_a_cut_headline_with_its_status_clause() -> None:
    """①…方面存在的问题 fills the page width, and the unnumbered problem under it (关于…的问题,未整改到位。) is
    itself cut inside its status clause: the headline's wrapper, closed before the comma, opens the problem."""
    heading = "①意识形态工作责任制落实方面存在的问题"
    lines = [
        *HEAD,
        heading,
        "关于网站信息发布审核把关不严的问题,未整改到位。",
        "建立工作台账,实行清单化管理、销号式推进。",
        "关于政治理论学习跟进不够及时的问题,已整改。",
        "建立健全长效机制,防止问题反弹回潮。",
        "②在作风建设和廉洁自律方面存在的问题",
        "关于公务接待管理不规范的问题,已整改。",
        "修订公务接待管理办法,明确接待标准。",
    ]
    notice = parse_notice(_wrap(lines, len(heading)))
    assert [(i.title, i.status, i.aspect) for i in notice.items] == [
        ("网站信息发布审核把关不严", "in_progress", heading),
        ("政治理论学习跟进不够及时", "done", heading),
        ("公务接待管理不规范", "done", "②在作风建设和廉洁自律方面存在的问题"),
    ]


@pytest.mark.parametrize("width", range(20, 41, 2))
def test_a_closing_list_by_bracketed_numbers_cut_by_the_wrap_is_read(width: int) -> None:
    """第（一）（二）（四）项问题已整改完成，第（三）项问题正在整改中 closing problems numbered （一）…（四)
    (a vocational university's notice, round 20): wherever the width cuts the list, each problem takes its status."""
    problems = ["学习贯彻不够深入", "服务地方发展存在短板", "干部队伍结构不优", "财务管理不规范"]
    body = [
        "二、巡察反馈问题整改情况",
        *(f"（{'一二三四'[k]}）{p}。整改措施:逐项建立台账,按月调度。" for k, p in enumerate(problems)),
        "截至目前,第（一）（二）（四）项问题已整改完成,第（三）项问题正在整改中。",
        "特此通报。",
    ]
    notice = parse_notice(_wrap(HEAD + body, width), "wrapped.txt")
    assert [(i.title, i.status) for i in notice.items] == list(
        zip(problems, ["done", "done", "in_progress", "done"], strict=True)
    )


# A page cut every N characters puts the cut anywhere: after a word that also opens a closing line (联系人, 附件, 复审),
# after a field's label printed inline, or inside a paragraph's first line that the page indented. Each case is one
# paragraph of an item's text with "|" where the cut falls; the whole notice is cut at that width, and must read as
# its line-broken form does.
CUTS = [
    pytest.param(
        "整改措施:召开青年教师座谈会,确定入党积极分子2名并落实培养|联系人,纳入年度发展党员计划。",
        "培养联系人",
        id="contact-word",
    ),
    pytest.param(
        "整改情况:对近三年的报销凭证开展全面自查,补齐缺失的|附件41份,对经办人批评教育。",
        "补齐缺失的附件41份",
        id="attachment-word",
    ),
    pytest.param(
        "整改措施:抽调业务骨干组成稽核小组开展专项复审,共计|复审病历1860份,追回资金。",
        "共计复审病历1860份",
        id="review-word",
    ),
    pytest.param("整改措施:修订议事规则;责任部门:综合办公室;整改进度:|正在推进", "in_progress", id="label-then-value"),
    pytest.param(
        "整改措施:对照问题清单逐项整改到位。具体的整改措施为:|建立台账,实行销号管理。",
        "措施为:建立台账",
        id="inline-label",
    ),
]


def _cut_notice(paragraph: str, indent: str = "") -> tuple[str, str]:
    """The notice with paragraph under its second problem, as printed and as cut at the paragraph's "|"."""
    whole = paragraph.replace("|", "")
    lines = [
        *HEAD,
        "一、落实全面从严治党方面",
        "1.选人用人工作不够规范,干部选拔任用程序执行不严格。",
        "整改措施:组织全体干部开展两次专题学习研讨,建立问题清单、任务清单和责任清单,逐项销号。",
        "2.重点项目推进缓慢,部分项目未按期开工建设。",
        whole,
        "特此通报。",
    ]
    lines = [indent + line for line in lines]
    return "\n".join(lines) + "\n", _wrap(lines, len(indent) + paragraph.index("|"))


@pytest.mark.parametrize(("paragraph", "kept"), CUTS)
def test_a_cut_after_a_word_that_could_open_a_line_keeps_the_paragraph_whole(paragraph: str, kept: str) -> None:
    """The word or the label's value after the cut continues the cut line: the item's text reads as printed."""
    printed, cut = _cut_notice(paragraph)
    want = [(i.title, i.status, i.measures) for i in parse_notice(printed).items]
    got = [(i.title, i.status, i.measures) for i in parse_notice(cut).items]
    assert got == want
    assert kept in got[1][2] or kept == got[1][1]


@pytest.mark.parametrize("indent", ["  ", "\u3000\u3000"])
def test_an_indented_paragraph_cut_at_the_width_is_whole(indent: str) -> None:
    """A page that indents each paragraph's first line fills its width with the indentation too: that line is
    full, and what follows it continues the paragraph."""
    printed, cut = _cut_notice(CUTS[0].values[0], indent)
    items = parse_notice(cut).items
    assert [(i.title, i.status) for i in items] == [(i.title, i.status) for i in parse_notice(printed).items]
    assert "落实培养联系人,纳入年度发展党员计划" in items[1].measures.replace(",", ",")


def test_a_notice_s_definition_of_done_cut_by_the_wrap_still_defines_it() -> None:
    """目前已解决或基本解决的有12项 counts 基本解决 with the solved: cut anywhere by the page width, it still does."""
    lines = [
        "中共某县文化和旅游局党组关于巡察整改进展情况的通报",
        "根据县委统一部署,县委第二巡察组对县文化和旅游局党组开展了巡察。针对巡察指出的问题,局党组梳理出3项具体问题,"
        "目前已解决或基本解决的有2项,正在积极推动解决的有1项。",
        "(一)关于“学习贯彻党的创新理论不够深入”的问题",
        "局党组修订理论学习中心组学习制度,全年安排专题学习12次,开展集中研讨4次。该问题已基本解决。",
        "(二)关于“文旅融合发展统筹谋划不够”的问题",
        "局党组成立文旅融合发展工作专班,梳理融合发展重点任务36项,逐项明确牵头股室。该问题已解决。",
        "(三)关于“公共文化服务体系建设推进不平衡”的问题",
        "局党组督促各乡镇落实基本公共文化服务标准,目前尚有部分村级综合性文化服务中心正在建设。该问题正在积极推动解决。",
    ]
    want = [i.status for i in parse_notice("\n".join(lines)).items]
    assert want == ["done", "done", "in_progress"]
    for width in (24, 28, 32):
        assert [i.status for i in parse_notice(_wrap(lines, width)).items] == want, width


# A page whose line breaks were lost, whole or in one of its parts, and which was then printed at a width: a web page
# saved as a PDF, or scanned. Every printed line runs to the width; the rejoining sees no paragraph end, only the
# field labels and numberings a line happens to open with. The genre's squeezed notices (the longest line holding
# most of the text), cut at every width from 20 to 40, read as their gold.
def _squeezed(case: Expected) -> bool:
    text = genre_text(case.file)
    return "\t" not in text and "</" not in text and max(map(len, text.split("\n"))) >= 0.6 * len(text)


SQUEEZED = [c for c in all_cases() if not c.gap and not c.items_gap and is_text(c) and _squeezed(c)]


def test_the_genre_holds_squeezed_notices_of_several_layouts() -> None:
    assert len(SQUEEZED) >= 4


# Known gap: a part run together whose heading is glued to its first problem (一、反馈问题整改情况1.上轮…) keeps
# the glue where the wrap lets the rejoining find the later problems' breaks (2. opens a printed line) but leaves
# the first part shorter than a run-on line.
GLUED_FIRST_UNIT = {("r21_meiyuan_community_run_together.txt", 29), ("r21_meiyuan_community_run_together.txt", 39)}
# Known gap (round 160): a notice pasted as a few paragraphs, its breaks lost inside each (the opening, 二、 with its
# 问题N groups over 1. problems, the closing), printed at a width: the rejoining ends a paragraph where a printed line
# happens to end on a field's close, so the part's first units stay run on (a group's problems lost) at these widths.
_R160_SQUEEZED = "r160_zunyi_city_transport_group_line_breaks_lost_wenti_n_groups_over_restarting_numbers.txt"
# (Round 169: where the rejoined paragraphs hold two problems' fields each, they are split as a squeezed page's line
# is, which reads the groups at most widths; at these two a printed line's end still cuts a field's run.)
PARAGRAPHS_SQUEEZED_APART = {(_R160_SQUEEZED, width) for width in (22, 27)}
# Known gap (round 169): a city bureau's notice in four levels whose problems' part alone lost its breaks (one line
# between the furniture's lines), printed at a width: the rejoined part breaks where a printed line ends on a
# sentence's close, and a piece opening with the aspect's heading glued to its group's (二、…方面(三)…) keeps the
# group's heading in the aspect's at these widths (one ending on a field's label, 。整改情况:, runs on: fixed).
_R169_SQUEEZED = "r169_jingzhou_city_urban_management_bureau_four_levels_problems_part_one_line_groups_end_period.txt"
PART_SQUEEZED_PRINTED = {(_R169_SQUEEZED, width) for width in (20, 21, 22, 24, 26, 27, 29, 35, 37, 38)}
KNOWN_AT_WIDTH = GLUED_FIRST_UNIT | PARAGRAPHS_SQUEEZED_APART | PART_SQUEEZED_PRINTED
PRINTED = [
    pytest.param(case, width, marks=[pytest.mark.xfail(strict=True)] if (case.file, width) in KNOWN_AT_WIDTH else [],
                 id=f"{'_'.join(case.file.split('_')[:2])}-{width}")
    for case in SQUEEZED
    for width in WIDTHS
]  # fmt: skip


@pytest.mark.parametrize(("case", "width"), PRINTED)
def test_a_squeezed_page_printed_at_a_width_reads_as_the_page(case: Expected, width: int) -> None:
    lines = genre_text(case.file).split("\n")
    notice = parse_notice(_wrap([line for line in lines if line], width))
    got = [(norm(i.label), norm(to_simplified(i.title)), i.status) for i in notice.items]
    assert got == [(norm(label), norm(title), status) for label, title, status, _ in case.items]


CLOSING_TOTALS = [
    "中共某县某社区委员会关于巡察整改进展情况的通报",
    "问题一:社区两委班子理论学习不经常。整改情况:制定年度学习计划,每月集中学习一次。",
    "问题二:老旧小区加装电梯推进缓慢。整改情况:已完成5个单元的意见征集,其余单元正在协调。",
    "问题三:社区党务居务公开不及时,公开内容不全面。整改情况:更新公开栏,每月10日前公开上月收支和重大事项,"
    "同步在社区微信群公开。",
    "问题四:社区办公用房出租管理不规范,租金收取不及时。整改情况:对出租的3处办公用房重新签订租赁合同,"
    "追缴拖欠租金1.2万元。",
    "问题五:流动党员管理不到位。整改情况:",  # its measures fill the width exactly (see below)
    "截至2024年6月底,5个问题中,问题二正在整改,其余4个问题均已整改到位。",
    "中共某县某社区委员会",
    "2024年7月2日",
]


@pytest.mark.parametrize("width", WIDTHS)
def test_the_totals_after_a_last_problem_ending_at_the_width_are_the_closing(width: int) -> None:
    """The last problem's text ends its sentence exactly at the width, so nothing on the page marks its end but the
    totals' own opening (截至…N个): they open a paragraph of their own and give each problem its status."""
    lines = list(CLOSING_TOTALS)
    words = "逐一联系流动党员建立学习群对失联党员按程序处置"
    need = -(len(lines[5]) + 1) % width or width
    lines[5] += (words * 4)[:need] + "。"
    statuses = [i.status for i in parse_notice(_wrap(lines, width)).items]
    assert statuses == ["done", "in_progress", "done", "done", "done"]


HEADING_OVER_LINES = [
    "中共某大学某学院委员会关于巡视整改进展情况的通报",
    "(一)贯彻落实党的理论和路线方针政策方面",
    "问题一:理论学习中心组学习不够深入,研讨交流质量不高。整改情况:制定年度学习计划,每月开展专题研讨。已完成。",
    "问题二:意识形态工作责任制落实不到位,阵地管理存在薄弱环节。整改情况:建立阵地台账,逐一审核。已完成。",
    "(二)落实新时代党的组织路线有短板,",  # its shortcomings run it over two lines exactly (see below)
    "{label}党政联席会议议事规则执行不够严格,个别事项未经集体研究。整改情况:修订议事规则,规范议题提交。已完成。",
    "{next}教师党支部“双带头人”培育不够,支部书记队伍结构有待优化。整改情况:选优配强支部书记。正在推进。",
]


@pytest.mark.parametrize(("label", "nxt"), [("问题三:", "问题四:"), ("1.", "2."), ("①", "②"), ("第1项", "第2项")])
@pytest.mark.parametrize("width", WIDTHS)
def test_a_heading_over_two_full_lines_ends_before_the_numbered_problem_under_it(
    width: int, label: str, nxt: str
) -> None:
    """A heading run over two lines that both fill the width, the problem numbered in another family opening the next
    line: the heading ends there, and the problem is read under it with its own title and status."""
    lines = [line.format(label=label, next=nxt) for line in HEADING_OVER_LINES]
    words = "领导班子自身建设存在不足,担当作为不够,斗争精神不足,"
    lines[4] += (words * 3)[: 2 * width - len(lines[4]) - 1] + "足"  # a heading ends on a word, not a comma
    notice = parse_notice(_wrap(lines, width))
    last = [(i.title, i.status, i.aspect) for i in notice.items][-2:]
    assert last == [
        ("党政联席会议议事规则执行不够严格,个别事项未经集体研究", "done", lines[4]),
        ("教师党支部“双带头人”培育不够,支部书记队伍结构有待优化", "in_progress", lines[4]),
    ]


# A field whose value ends in a figure (完成时间:2024.6, 办结日期:2024.11.30) may end a wrapped paragraph exactly at the
# width; the bracketed number of the next heading then opens a line of its own (a figure the wrap cut goes on in
# figures or its counter, 2024年6 | 月, never in a bracketed number).
@pytest.mark.parametrize("value", ["完成时间:2024.6", "办结日期:2024.11.30", "完成时间:2024.10.8"])
@pytest.mark.parametrize("number", ["(二)", "（二）"])
@pytest.mark.parametrize("width", [22, 30])
def test_a_field_ending_in_a_figure_at_the_width_ends_before_a_bracketed_number(
    value: str, number: str, width: int
) -> None:
    first = "整改情况:立行立改,对相关人员进行诫勉谈话,开展作风建设专项整治,建立长效机制。"[:width]
    second = "召开专题会议研究部署,制定整改方案,明确责任领导。"[: width - len(value)] + value
    lines = [
        *HEAD,
        "(一)落实全面从严治党方面",
        "一是公务接待不规范。",
        first + second,
        f"{number}作风建设方面",
        "一是四风问题仍有发生。",
        "整改情况:已完成整改。",
    ]
    notice = parse_notice(_wrap(lines, width))
    assert [(i.title, i.aspect) for i in notice.items] == [
        ("公务接待不规范", "(一)落实全面从严治党方面"),
        ("四风问题仍有发生", "(二)作风建设方面"),
    ]


@pytest.mark.parametrize("number", ["其一,", "一是", "其一、"])
def test_a_quoted_finding_cut_at_its_first_full_stop_by_the_wrap_keeps_its_headline(number: str) -> None:
    """其一,关于“<headline>。 fills the width and <facts>”问题的整改。 opens the next line: the quotation left open goes
    on there, so the wrapper is read whole and its headline is the title (the generator's held-out seed 74001273 kept
    关于“ in two titles where the quote's first sentence ended at the width)."""
    first = f"{number}关于“统计数据质量审核把关工作不够严格规范。"
    lines = [
        *HEAD,
        "一、已完成整改的问题",
        first,
        "部分报表未经复核。2023年有2笔数据未经复核即上报”问题的整改。",
        "建立数据复核机制,每月抽查一次。",
        f"{number.replace('一', '二')}关于“公务接待审批管理工作不够严格规范。",
        "部分接待未履行审批手续。近三年未开展专项检查”问题的整改。",
        "修订公务接待管理办法,开展专项检查。",
    ]
    notice = parse_notice(_wrap(lines, len(first)))
    assert [(i.title, i.status) for i in notice.items] == [
        ("统计数据质量审核把关工作不够严格规范", "done"),
        ("公务接待审批管理工作不够严格规范", "done"),
    ]
