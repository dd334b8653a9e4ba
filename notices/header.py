"""Facts about the notice itself: who, when, which inspection team, and the counts it claims.

A careful reader finds them wherever the page puts them: a title (split, repeated, inside a breadcrumb),
the inspection sentence (…巡察组于…对X开展了巡察), the feedback sentence (…向X反馈了巡察意见), the
abbreviations the notice defines (以下简称“…”) and, for a title naming only a place, the source line.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .dates import DATE_RE, FoundDate, cn_int, find_dates
from .gazetteer import gazetteer
from .lexicon import (
    ABBREVIATION_RE,
    CN_DIGITS,
    FEEDBACK_RE,
    INSPECTED_RE,
    ISSUER_ALIAS,
    LEDGER_SIGN_OFF_RE,
    MASS_ORG_ENDINGS,
    ORG_KIND_PREFIXES,
    ORG_LINE_RE,
    ORG_SUFFIX_RE,
    PUSH_MANNERS,
    RECIPIENT_RE,
    RESULTS_BEGUN,
    SECTION_RE,
    TEAM_FORMING_VERBS,
    TEAM_PLAIN_RE,
    TEAM_RE,
    TITLE_BARE_RE,
    TITLE_SEARCH_RE,
    TOPIC_LEADS,
    WORKING_OFFICE_RE,
    ZONE_RE,
    holds_any,
)
from .model import Claimed

# 发布时间/公开日期 and the 更新时间/信息时间 of sites' page headers (L08, L12) all date the publication.
# A bare 时间:/日期: field opening a line, or following the 来源: field of a site's source line
# (来源:…  时间:2023-10-23 16:48; normalisation may have removed the spaces between them), is the same date.
_PUBLISHED_RE = re.compile(
    r"(?:(?:发布|发表|公开|成文|更新|信息)(?:时间|日期)\s*[:：]?|(?:^|^(?:信息)?来源[:：].*?)(?:时间|日期)\s*[:：])\s*"
)
_SENTENCE_END = re.compile(r"[。;；!！?？\n]")
# A special round told by its topics, not its target (…专项巡察组配合省委第十一巡视组围绕A、B、C等四个方面开展了乡村
# 振兴专项巡察: a town's notice, round 35): the topics, however long, stand between the team and its verb.
_NAMELESS_INSPECTION = re.compile(
    rf"(?:巡察|巡视)组[^,，。;；]{{0,20}}?(?:(?:{'|'.join(TOPIC_LEADS)})[^,，。;；]{{0,80}}?)?"
    r"(?:开展|进行|实施)(?:了)?[^,，。;；]{0,8}?(?:巡察|巡视)"
)
_COMMITTEE = re.compile(r"^(?P<place>.{2,20}?(?:省|市|区|县|州|旗|盟))委(?:员会)?$")
_ORG_KIND_PREFIX = re.compile(f"^(?:{'|'.join(ORG_KIND_PREFIXES)})")
_PARENTHETICAL = re.compile(r"[(（][^()（）]{0,80}[)）]")
_PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)")
# A term or round before a team's committee (十三届市委第二巡察组, 八届省委第六轮巡视第六巡视组).
_TERM = re.compile(rf"^[{CN_DIGITS}\d]{{1,3}}届")
_RANGE_GAP = re.compile(r"\s*(?:起?(?:至|到)|[—―]{1,2}|－|-|~|～)\s*")  # as dates.RANGE_SEP: ——, ――, 起至
_RANGE_JOIN = re.compile(r"\s*[、,，和及]\s*")


@dataclass(frozen=True)
class Header:
    title: str | None
    issuer: str | None
    agency: str | None
    inspection_team: str | None
    inspection_start: str | None
    inspection_end: str | None
    feedback_date: str | None
    published: str | None
    signed: str | None
    agency_as_printed: str | None = None  # the name before its place was taken from the text (县科协党组)


@dataclass(frozen=True)
class Title:
    """A notice title found in the head and where it stands."""

    line: int
    text: str
    issuer: str | None  # None: the title names no issuer (关于十四届市委第五轮巡察…)


def find_title(lines: list[str], limit: int = 40) -> Title | None:
    """The first notice title among the lines before the first section, wherever it is printed on the line."""
    outline_end: int | None = None
    for i, line in enumerate(lines[:limit]):
        if outline_end is not None and i >= outline_end:
            return None  # the outline's heading met again in the body, no title between
        if SECTION_RE.match(line):
            # a page's outline above the title (一、提高政治站位 … 四、正视工作差距, then the title; a city literary
            # federation's page, issue 19's eighth round): its headings open lines of the body below the title
            if outline_end is not None:
                continue
            repeat = next((j for j in range(i + 1, min(len(lines), i + 200)) if lines[j].startswith(line)), None)
            if repeat is not None:
                outline_end = repeat
                continue
            return None  # a 关于…巡视 phrase inside the body is a document named by the notice, not its title
        m = TITLE_SEARCH_RE.search(line[:300]) if "关于" in line else None  # cheap pre-checks first
        if m is None and "整改" in line and len(line) <= 80:
            m = TITLE_BARE_RE.match(line)
            # 关于 | 十四届市委第五轮巡察…: a title opening with 关于, wrapped after it, names no issuer; the
            # committee that follows is the inspecting one.
            if m and i and lines[i - 1].endswith("关于"):
                return Title(i, m.group(0), None)
        if m:
            text, issuer = m.group(0), m["issuer"]
            banner = _banner_end(issuer)
            if banner:  # 今天是2024年2月16日 星期三<title>: the page's date banner glued before the title
                text, issuer = text[banner:], issuer[banner:]
            return Title(i, text, _title_issuer(issuer))
    return None


# A page's list of links to other notices printed above the notice's own title, as a browser's select-all copies a
# portal's sidebar or 相关文章 column (中共X中心党委关于市委巡察整改进展情况的通报 / 中共Y公司委员会关于…的通报, then
# the page's own title: city portals, issue 19's round 133's probes): the first title in the head names another body.
# The notice's title is the one naming the body it signs with, where the first names another and a later one names
# the signer; otherwise the first stands (a title naming the inspected body, a signature its office).
def _signed_title(title: Title | None, lines: list[str], signer: str | None) -> Title | None:
    """The head's title naming the signer, where the first title names another body and a later one the signer."""
    if title is None or title.issuer is None or signer is None or _bare(title.issuer) == _bare(signer):
        return title
    start = title.line + 1
    for _ in range(_LINKS_LIMIT):  # the list's other links, then the page's own title
        later = find_title(lines[start:], limit=_LINKS_REACH)
        if later is None:
            return title
        if later.issuer is not None and _bare(later.issuer) == _bare(signer):
            return Title(start + later.line, later.text, later.issuer)
        start += later.line + 1
    return title


_LINKS_LIMIT = 12  # the links a portal's list prints above the title
_LINKS_REACH = 20  # the lines between a link and the next title


# A page's date banner (今天是2024年2月16日 星期三, 2024-02-16 周五) glued before the title on its line: no organisation
# name holds a date or a weekday, so the issuer starts after the last of them.
_BANNER_RE = re.compile(
    r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})|(?:星期|礼拜|周)[一二三四五六日天]"
)


def _banner_end(issuer: str) -> int:
    """Where a date banner before the title ends in the issuer's place (0: none)."""
    if not any(ch.isdigit() for ch in issuer) and "星期" not in issuer and "周" not in issuer:
        return 0
    ends = [m.end() for m in _BANNER_RE.finditer(issuer)]
    return ends[-1] if ends and len(issuer) - ends[-1] >= 2 else 0


def _title_issuer(printed: str) -> str | None:
    """The organisation a title names as its issuer, or None when what stands before 关于 is not one.

    A committee with its term (十四届县委) is the inspecting committee of a title opening with 关于; a site's
    category or widget glued before the title (巡察整改, 主动公开) is no organisation.
    """
    issuer = _last_org(printed)
    if _TERM.match(issuer) or not _is_org(issuer):
        return None
    return issuer


def _joint_reporter(title: str, body: str) -> str | None:
    """Of joint issuers, the one the opening names first where it was inspected or told (对区卫生健康局党组(…)、
    区红十字会党组进行了巡察: a district 卫生健康局 and its 红十字会 reporting in one notice, round 65); None where
    the title names one issuer, or the opening names none of them (then the last reports: _last_org)."""
    cut = title.find("关于")
    parts = [p.strip() for p in re.split(r"(?=中共|中国共产党)", title[:cut]) if p.strip()] if cut > 0 else []
    if len(parts) < 2:
        return None
    first: tuple[int, str] | None = None
    for part in parts:
        name = _PARTY_PREFIX.sub("", part)
        # the opening writes the body short, by its level and kind (区卫生健康局党组): the name's tails of 4 characters
        # at least, so that a bare kind (党组, 区委) names none of them
        spots = [at for k in range(len(name) - 3) for verb in ("对", "向") if (at := body.find(verb + name[k:])) != -1]
        if spots and (first is None or min(spots) < first[0]):
            first = (min(spots), part)
    return first[1] if first else None


def _last_org(issuer: str) -> str:
    """Of joint issuers (中共X工委中共Y区委) the last, which reports; page prefixes dropped."""
    parts = [p for p in re.split(r"(?=中共|中国共产党)", issuer) if p]
    return parts[-1].strip() if parts else issuer


def read_header(lines: list[str], chrome: list[str], tail: list[str]) -> Header:
    """Header facts from the notice's lines (title first), the page furniture around it and its closing lines."""
    signs = _sign_offs(tail, lines)
    title = _signed_title(find_title(lines), lines, _signature_org(signs))
    start = title.line if title else 0
    text = _unwrapped(lines[start : start + 40])[:1500]  # the inspection sentences open a notice
    sentences = _sentences(text)
    inspection = next((s for s in sentences if _inspected(s) and _mentions_team(s)), None)
    inspection = inspection or next((s for s in sentences if _inspected(s)), None)
    # …第一巡察组进行了巡察 without naming whom: the team's sentence is the inspection sentence.
    inspection = inspection or next((s for s in sentences if _NAMELESS_INSPECTION.search(s[1])), None)
    feedback = _feedback_sentence(sentences, inspection)
    signed = _signed(signs) or _form_heading_date(lines[start + 1 : start + 1 + _FORM_HEADING_REACH])
    dates = _opening_dates(text, signed)
    period = _period(inspection, text, dates) if inspection else None
    if inspection and period is None:
        # 12月22日,巡察组进驻A、B,对集团所属2家企业开展专项巡察。巡察组于2021年12月22日至2022年1月21日对B开展了…:
        # the sentence of a round's entry into several bodies gives its day, a later one the body's own period (a
        # port group's machinery maker under a special inspection, round 41); the period is the first the
        # inspection sentences give.
        later = (s for s in sentences if s[0] > inspection[0] and _inspected(s))
        period = next((p for s in later if (p := _period(s, text, dates))), None)
    if period is None and ("时间" in text or "时段" in text):  # the cheap precheck before the label's pattern
        period = _labelled_period(text, dates)
    entered = _entry_day(sentences, dates) if period is None else None
    title_issuer = (_joint_reporter(title.text, text[len(title.text) :]) or title.issuer) if title else None
    issuer = _unglued(title_issuer, text[len(title.text) :]) if title and title_issuer else _signature_org(signs)
    printed = _agency(issuer, inspection, feedback, text, chrome)
    if title and issuer and inspection:
        printed = _supervised(title.text, issuer, inspection) or printed
    if printed and printed.endswith(MASS_ORG_ENDINGS) and (signer := _signature_org(signs)):
        printed = _party_organ(printed, signer) or printed
    agency = _qualified(printed, lines + tail)
    if issuer is None and agency:  # read from the opening's short mention: complete it from the body
        agency = _formal_name(_own_party_body(agency, "\n".join(lines)), "\n".join(lines))
    return Header(
        title=title.text if title else None,
        # Issue 19 point 5: the notice signs with its formal name (中共X医院委员会); the title may use the short one.
        issuer=_formal_issuer(_signature_org(signs), issuer),
        agency=agency,
        agency_as_printed=printed if printed != agency else None,
        inspection_team=_team(inspection, feedback, text),
        inspection_start=period[0].iso if period else entered,
        inspection_end=period[1].iso if period else None,
        feedback_date=_feedback_date(feedback, text, dates, period),
        published=_published(chrome + lines[:10]),
        signed=signed,
    )


# A 整改台账 prints its 填报单位/填报时间 row under its title, above the header row, as often as under its last row
# (issue 19's round 116, a school branch's .xls): there it is the ledger's sign-off all the same, its labelled date
# the ledger's date. It stands in the lines right after the title (a 截至 line may come between).
_FORM_HEADING_REACH = 3


def _form_heading_date(lines: list[str]) -> str | None:
    """The labelled date of a ledger's sign-off row printed under its title, if any."""
    for line in lines:
        if LEDGER_SIGN_OFF_RE.match(line):
            _, date = _sign_off(_last_part(line), glued_only=False)
            if date:
                return date.iso
    return None


_SENTENCE_FINAL = tuple("。；;！!？?：:")


def _unwrapped(lines: list[str]) -> str:
    """The lines as text, a line that ends inside a sentence joined to the next one.

    A page hard-wrapped at 20–40 columns breaks the inspection sentence anywhere (…巡察组对延津 | 县科学技术
    局党组开展了巡察, 并于202 | 2年8月6日反馈); the sentence ends at its punctuation, not at the page's edge.
    """
    parts: list[str] = []
    for line in lines:
        parts.append(line)
        parts.append("\n" if line.endswith(_SENTENCE_FINAL) else "")
    return "".join(parts)


def _sentences(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, text[start : m.start()]))
        start = m.end()
    if start < len(text):
        out.append((start, text[start:]))
    return out


def _inspected(sentence: tuple[int, str]) -> re.Match[str] | None:
    """…对X开展了巡察 in a sentence, read past parentheticals (X(以下简称Y), X(含Z))."""
    if "对" not in sentence[1]:
        return None
    return INSPECTED_RE.search(_PARENTHETICAL.sub("", sentence[1]))


def _mentions_team(sentence: tuple[int, str]) -> bool:
    return "组" in sentence[1]


# 2018年10月8日,市委第四专项巡察组进驻韶山市: the day a team entered, told where no sentence gives the inspection's
# range (news of a round still going on, its 立行立改 letters reported before any feedback: round 45). The day is
# the inspection's start; its end is not told.
_ENTRY_RE = re.compile(r"(?:巡察|巡视)组[^,，。;；]{0,6}?进驻")


def _entry_day(sentences: list[tuple[int, str]], dates: list[FoundDate]) -> str | None:
    """The full date before a team's entry (…日,…巡察组进驻X) in the first sentence telling one."""
    for lo, sentence in sentences:
        if "进驻" not in sentence or (m := _ENTRY_RE.search(sentence)) is None:
            continue
        before = [d for d in dates if lo <= d.start and d.end <= lo + m.start() and len(d.iso) == 10]
        return before[-1].iso if before else None
    return None


def _feedback_sentence(sentences: list[tuple[int, str]], inspection: tuple[int, str] | None) -> tuple[int, str] | None:
    """The first sentence reporting the feedback, at or after the inspection sentence."""
    start = next((i for i, s in enumerate(sentences) if s is inspection), 0)
    near = sentences[start : start + 4] if inspection else sentences  # it follows the inspection closely
    found = next((s for s in near if FEEDBACK_RE.search(s[1])), None)
    if found is not None or inspection is None:
        return found
    # A notice may tell the inspection's work between its inspection and feedback sentences (入驻后…走村入户…, 针对
    # 巡察组提出的意见建议,该村两委立即行动…: a village's 公示 quoting the news of its inspection, round 47): the
    # feedback still stands in the opening, before the first section's heading.
    for sentence in sentences[start + 4 :]:
        if _SECTION_HEADING.match(sentence[1]):
            return None
        if FEEDBACK_RE.search(sentence[1]):
            return sentence
    return None


# A section's heading opening a sentence (一、… / (一)…): the end of a notice's opening.
_SECTION_HEADING = re.compile(rf"^\s*(?:[{CN_DIGITS}]{{1,3}}\s*[、.,，]|[(（]\s*[{CN_DIGITS}]{{1,3}}\s*[)）])")


# --- who -----------------------------------------------------------------------------------------
def _signature_org(signs: list[tuple[str | None, FoundDate | None]]) -> str | None:
    orgs = [org for org, _ in signs if org]
    preferred = [org for org in orgs if org.startswith(("中共", "中国共产党"))]
    candidates = preferred or orgs
    return candidates[-1] if candidates else None


def _party_organ(name: str, signed: str) -> str | None:
    """The party organ the signature names for the mass organisation the title names without one (鲤城区工商联 signed
    中共泉州市鲤城区工商业联合会党组, round 23; 县残联 signed 中共某县残疾人联合会党组): the inspected party
    organisation (gold README), the title's organisation written in full with the same place."""
    signer = _bare(signed)
    organ = next((b for b in _SPECIFIC_PARTY_BODIES if signer.endswith(b)), None)
    if organ is None:
        return None
    place, kind = _split_place(name)
    org = signer[: -len(organ)]
    at = org.find(place)
    return signer if place and at >= 0 and _in_order(kind, org[at + len(place) :]) else None


def _formal_issuer(signed: str | None, titled: str | None) -> str | None:
    """The name the notice issues under: the signature's (the formal name where the title uses the short one), but
    the title's formal 中共…支部委员会 where the signature is that body's short form (内科党支部, 上高县某小学党支部
    under 中共湘潭县某医院内科支部委员会 / 中共上高县某小学支部委员会: a branch secretary signs with the everyday
    name and his own, round 130)."""
    if signed is None or titled is None or signed.startswith(("中共", "中国共产党")):
        return signed or titled
    formal = titled.removeprefix("中共").removeprefix("中国共产党")
    for short, full in _SHORT_ENDINGS:
        if signed.endswith(short) and formal.endswith(full) and len(signed) > len(short):
            return titled if formal[: -len(full)].endswith(signed[: -len(short)]) else signed
    return signed


# A party body's short name's ending and its formal one's (党支部 ↔ 支部委员会): the same body, two forms.
_SHORT_ENDINGS = (("党总支", "总支部委员会"), ("党支部", "支部委员会"), ("党委", "委员会"))


# The signature and its date close a notice, each on a line of its own. A page that lost its line breaks glues
# them to the closing words before (…电子邮箱:x@y.cn。中共X党组), to each other, to a page number between them
# (中共X党组- 3 -二〇二二年九月十八日) or to the page's widgets after them (…2022年11月7日扫一扫在手机打开当前页);
# with no closing lines at all, they end the body's last line.
_SENTENCE_MARKS = "。；;！!？?"
_PAGE_MARK = re.compile(r"(?<!\d)[-—－]\s*\d{1,3}\s*[-—－]")
_SIGN_OFF_WINDOW = 120
_WIDGETS_LIMIT = 20  # page widgets glued after the date are short (【打印本页】【关闭窗口】)
_DATE_IN_SENTENCE = ("前", "后", "起", "以", "之", "至", "到")  # 2024年12月31日前反映: a date inside a sentence


def _sign_offs(tail: list[str], body: list[str]) -> list[tuple[str | None, FoundDate | None]]:
    """(organisation, date) of each closing line's last part, in order: where the signature and its date stand."""
    if tail:
        return [_sign_off(_last_part(line), glued_only=False) for line in tail]
    return [_sign_off(_last_part(body[-1][-_SIGN_OFF_WINDOW:]), glued_only=True)] if body else []


def _last_part(line: str) -> str:
    """What follows the line's last sentence, without page numbers."""
    line = line.rstrip(_SENTENCE_MARKS + " ")
    cut = max(line.rfind(mark) for mark in _SENTENCE_MARKS)
    part = line[cut + 1 :]
    return _PAGE_MARK.sub("", part).strip() if "-" in part or "—" in part or "－" in part else part.strip()


def _sign_off(part: str, glued_only: bool) -> tuple[str | None, FoundDate | None]:
    """A signature, a date under it, or both glued (中共X党组2022年11月7日), read from a closing line's last part."""
    dates = [d for d in find_dates(part) if d.year_written]
    if dates:
        date = dates[-1]
        org, after = part[: date.start].strip(), part[date.end :].strip()
        if org and _is_signature(org) and len(after) <= _WIDGETS_LIMIT and not after.startswith(_DATE_IN_SENTENCE):
            return org, date
        alone = len(dates) == 1 and len(part) - (date.end - date.start) <= 2
        if not alone and not glued_only and _LEDGER_DATE_LABEL.search(part, 0, date.start):
            return None, date  # 填报单位：…（盖章） 填报时间：2024年8月26日: a ledger's sign-off row, its date labelled
        return (None, date) if alone and not glued_only else (None, None)
    return (part, None) if not glued_only and _is_signature(part) else (None, None)


# The label of the date a 整改台账 is signed off with, in its closing row (填报时间：2024年8月26日 after
# 填报单位：…（盖章）: a township's Excel ledger, issue 19's round 101), right before the date: the ledger's date, as
# a notice's date under its signature.
_LEDGER_DATE_LABEL = re.compile(r"(?:填报|填表|制表|报送)(?:时间|日期)\s*[:：]\s*$")


def _is_signature(text: str) -> bool:
    """Whether text is an organisation's name alone; a field (邮政信箱:X区Y局办公室) is not a signature."""
    return len(text) <= 40 and ORG_LINE_RE.match(text) is not None and ":" not in text and "：" not in text


# How the names of organisations that stand before a unit's own name end (国家税务总局, XX大学, XX集团有限公司).
_PARENT_ENDINGS: tuple[str, ...] = ("大学", "学院", "部", "省", "市")
# a bank by its level (山东分行普惠金融事业部党支部 | 对普惠金融事业部党支部: a provincial branch's department,
# round 53)
_PARENT_ENDINGS += ("银行", "总行", "分行", "支行")


def _unglued(issuer: str, body: str) -> str:
    """The title's issuer without the page furniture glued before it (整改公开X党委, 星期三X党委, /通知公告X党委).

    The body names the organisation where it was inspected or told (对X党委开展了巡察, 向X党委反馈); what the
    title prints before that name is kept only when it is the party's prefix, a place or an organisation
    (中共, 杭州市, 国家税务总局), else it is a site's category or widget that lost its line break.
    """
    for k in range(len(issuer) - 3):
        own = issuer[k:]
        if "对" + own not in body and "向" + own not in body:
            continue
        head = issuer[:k]
        prefix = _PARTY_PREFIX.sub("", head)
        # 中共测试县教育局党组 | 对县教育局党组: a name opening with the party, or a body's name opening with its
        # level alone (县/市/区), is the same organisation written in full.
        formal = prefix != head or _BARE_LEVEL_RE.match(own) is not None
        if formal and prefix == head and (place := _glued_place(prefix)):
            return (
                place + own
            )  # 宝博体育常州市城市管理局党组 | 对市城市管理局党组: a site's name glued before the place
        if formal or not prefix or gazetteer().is_chain(prefix) or prefix.endswith(_ORG_ENDINGS + _PARENT_ENDINGS):
            return issuer
        if (town := ZONE_RE.match(issuer)) and town.end() == len(head):
            return issuer  # 籍山镇梅园社区党总支 | 对梅园社区党总支: a community's town, a place the gazetteer lacks
        party = re.search(r"(?:中共|中国共产党)$", prefix)
        return (party.group(0) if party else "") + own
    return issuer


def _glued_place(head: str) -> str:
    """The place that ends head when what stands before it is neither a place nor an organisation (宝博体育常州 →
    常州: a copying site prints its name before the title, round 15), else ''."""
    if gazetteer().is_chain(head) or any(e in head for e in _ORG_ENDINGS + _PARENT_ENDINGS):
        return ""
    return next((head[j:] for j in range(1, len(head) - 1) if gazetteer().is_chain(head[j:])), "")


def _is_org(name: str) -> bool:
    return ORG_SUFFIX_RE.search(name) is not None


def _bare(name: str) -> str:
    """A name without 中共, parentheticals (aliases, attached units) or a leading 对/向."""
    return _PARTY_PREFIX.sub("", _PARENTHETICAL.sub("", name)).strip()


_ALIAS = re.compile(ISSUER_ALIAS)


def _bare_issuer(name: str) -> str:
    """The issuer without 中共 and its parentheticals, but for a second name inside its own (中共大众报业集团(大众日报
    社)委员会: a body of two names, round 36), which is part of the name it signs with, unlike an abbreviation."""
    kept = [m.span() for m in _ALIAS.finditer(name)]
    if not kept:
        return _bare(name)
    parts, at = [], 0
    for start, end in kept:
        parts += [_PARENTHETICAL.sub("", name[at:start]), name[start:end]]
        at = end
    return _PARTY_PREFIX.sub("", "".join([*parts, _PARENTHETICAL.sub("", name[at:])])).strip()


_SEVERAL_UNITS = re.compile(rf"(?:[\d{CN_DIGITS}]+\s*(?:家|个)|各)(?:被巡察|被巡视)?(?:单位|部门|党组织)")


def _agency(
    issuer: str | None,
    inspection: tuple[int, str] | None,
    feedback: tuple[int, str] | None,
    text: str,
    chrome: list[str],
) -> str | None:
    """The inspected organisation that reports: the title's issuer, else the inspected or feedback party."""
    aliases = {m["short"]: _alias_owner(text, m.start()) for m in ABBREVIATION_RE.finditer(text)}
    target = _bare(_without_theme(m["target"])) if inspection and (m := _inspected(inspection)) else None
    recipient = None
    if feedback and (m := RECIPIENT_RE.search(_PARENTHETICAL.sub("", feedback[1]))):
        recipient = _bare(m["recipient"])
    if issuer and WORKING_OFFICE_RE.search(issuer):
        issuer = None  # a leading group's office signs for the inspected body (lexicon.WORKING_OFFICE_RE)
    names = [_bare_issuer(issuer)] if issuer else []
    # 对区民政局、…等4家单位开展常规巡察 / 向40家被巡察单位党组织反馈: a report on a round's units names no one body
    names += [aliases.get(n) or n for n in (target, recipient) if n and not _SEVERAL_UNITS.search(n)]
    names = [n for n in names if n and len(n) >= 2 and _one_body(n)]
    if issuer and names:
        names[0] = _with_party_body(names[0], names[1:])
    org = next((n for n in names if _is_org(n) and n not in aliases), None)
    places = [n for n in names if not _is_org(n)]
    page = text + "\n" + "\n".join(chrome)
    if org is None:
        if not places:
            return None
        org = _committee_of(places[0], page)
    elif m := _COMMITTEE.match(org):  # 静海区委 also written 中共天津市静海区委员会 (the source line)
        org = _committee_of(m["place"], page)
    return _with_place(org, places + [_bare(ln) for ln in chrome])


# A supervising body's notice on a unit under it that the inspection took (a county bureau 党组 publishing the
# rectification of a school 党支部, round 107): its title names the inspected after the team's 对, before 巡察/巡视
# (X党组关于县委第一巡察组对Y巡察反馈意见整改进展情况的通报), and its opening names the same Y as the one inspected.
# The agency is the inspected party (gold README), the issuer the body that signs.
_TITLE_INSPECTED_RE = re.compile(
    r"(?:巡察组|巡视组)对(?P<target>[^,，。;；、]{2,40}?)(?:开展|进行)?了?的?(?:常规|专项|延伸|提级)?(?:巡察|巡视)"
)


def _supervised(title: str, issuer: str, inspection: tuple[int, str]) -> str | None:
    """The inspected unit a supervising body's title and opening both name, where it is not the issuer itself."""
    if "对" not in title or (m := _TITLE_INSPECTED_RE.search(title)) is None:
        return None  # cheap pre-check: most titles name no inspected party after 对
    named, opening = _bare(m["target"]), _inspected(inspection)
    if opening is None or _bare(_without_theme(opening["target"])) != named:
        return None
    own = _bare_issuer(issuer)
    if not (_is_org(named) and _one_body(named)) or named in own or own in named:
        return None  # the issuer's own name, short or long (对县统计局党组 under 中共某县统计局党组)
    return named


# A special inspection's theme quoted after the inspected body (对秀屿区行政服务中心“放管服”改革进行了巡察 / 对X“校园餐”
# 工作开展专项巡察: a district service centre's notice, round 57): the body is the name before it.
_QUOTED_THEME_RE = re.compile(r"(?<=[\u4e00-\u9fff])[“\"][^”\"]{1,12}[”\"][\u4e00-\u9fff]{0,8}$")


def _without_theme(target: str) -> str:
    """The inspected body without a quoted theme after it, where what is left names an organisation."""
    bare = _QUOTED_THEME_RE.sub("", target)
    return bare if bare != target and _is_org(bare) else target


def _with_party_body(name: str, others: list[str]) -> str:
    """中共怀化市卫生健康委员会关于… above 对怀化市卫生健康委员会党委进行了巡察: a title naming the body without its
    party body, the opening naming the same body with it (a city health commission, round 25): the party body is
    the inspected organisation (issue 19 point 5)."""
    return next((n for n in others if n.startswith(name) and n[len(name) :] in _SPECIFIC_PARTY_BODIES), name)


# Besides a number of units (_SEVERAL_UNITS), a list of units (对市统计局、市档案馆党组开展了巡察: a report on a whole
# round, as a district's published by its city's discipline commission) is several bodies, and 被巡察(单位)党组织
# refers to the inspected without naming them: neither is one agency that reports.
_SEVERAL_BODIES = re.compile(r"、|^被(?:巡察|巡视)")


def _one_body(name: str) -> bool:
    """Whether a name names one organisation rather than a list of units or the inspected in general."""
    return _SEVERAL_BODIES.search(name) is None


_BARE_LEVEL_RE = re.compile(r"^(?P<level>[市区县州旗])(?=[\u4e00-\u9fff]{2})")
_PLACE_CANDIDATE_RE = re.compile(r"(?=([\u4e00-\u9fff]{2,4}?[市区县州旗]))")


# A body whose kind stands before its place named by its level alone (团县委, 团市委, 共青团区委: a youth league
# committee's notice titled 团县委关于…, signed 共青团某县委员会; round 155): the place goes after the kind.
_KIND_BARE_LEVEL_RE = re.compile(rf"^(?P<kind>{'|'.join(ORG_KIND_PREFIXES)}|团)(?P<level>[市区县州旗])(?=委)")


def _opens_with_place(name: str) -> bool:
    """Whether a name opening with a level's character opens with a place: 市中区人民法院 does, 市中级人民法院 (the
    city's intermediate court: a city court's notice titled 市中级人民法院党组关于…, round 155) does not. A district
    named by a level's character (市中区, 市南区) is written in full where it names a body; its short form (市中) is
    the level and the body's own word."""
    return any(
        not n.startswith(name[0]) or any(d.name == n for d in gazetteer().by_name[n])
        for n in gazetteer().names_at(name, 0)
    )


def _qualified(agency: str | None, lines: list[str]) -> str | None:
    """市教育局党委 → 合肥市教育局党委: a name that opens with its level alone takes the place of that
    level the notice itself names most often (its addresses, documents and meetings: L04, L08); so does one whose
    kind opens it (团县委 → 团某县委)."""
    m = _BARE_LEVEL_RE.match(agency or "")
    kind = ""
    if m is None and agency and agency[0] in "共中团政" and (m := _KIND_BARE_LEVEL_RE.match(agency)):
        kind = m["kind"]
    if agency is None or m is None or _opens_with_place(agency):
        return agency
    text = "\n".join(lines)[:20000]
    counts: dict[str, int] = {}
    for found in _PLACE_CANDIDATE_RE.finditer(text):
        name = found.group(1)
        if name.endswith(m["level"]) and name in gazetteer().by_name:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return agency
    best = max(counts, key=lambda n: counts[n])
    return kind + best + agency[len(kind) + 1 :]


# Issue 19 point 5: a notice without title or signature names the inspected body in its opening the short way
# (向区文联党组织反馈): the generic 党组织 and an abbreviated kind. The body's own name for itself elsewhere in
# the notice (召开文联党组会议) says which party body it is, and the formal name it prints for the
# organisation (盘锦市大洼区文学艺术界联合会第一次代表大会) is the name the short form stands for.
_GENERIC_PARTY_BODY = "党组织"
_SPECIFIC_PARTY_BODIES = ("党组", "党委", "党工委", "党总支", "党支部")
# How the formal name of an organisation ends (联合会, 科学技术局, 卫生健康委员会, 中心).
_ORG_ENDINGS = (
    "委员会",
    "联合会",
    "协会",
    "学会",
    "办公室",
    "中心",
    "公司",
    "集团",
    "局",
    "厅",
    "委",
    "会",
    "院",
    "所",
    "站",
    "馆",
    "社",
    "校",
)


def _split_place(name: str) -> tuple[str, str]:
    """(place chain, kind) of an organisation's name: 大洼区文联 → (大洼区, 文联)."""
    for i in range(len(name) - 1, 0, -1):
        if gazetteer().is_chain(name[:i]):
            return name[:i], name[i:]
    m = _BARE_LEVEL_RE.match(name)  # 县妇联: the level alone
    return (m["level"], name[1:]) if m else ("", name)


def _own_party_body(agency: str, text: str) -> str:
    """X党组织 → X党组 where the notice calls its own body so (the most often named specific party body)."""
    if not agency.endswith(_GENERIC_PARTY_BODY):
        return agency
    body = agency[: -len(_GENERIC_PARTY_BODY)]
    kind = _split_place(body)[1]
    if len(kind) < 2:
        return agency
    named = re.findall(re.escape(kind) + f"({'|'.join(_SPECIFIC_PARTY_BODIES)})(?!{_GENERIC_PARTY_BODY[-1]})", text)
    counts = Counter(named).most_common(1)
    return body + counts[0][0] if counts else agency


def _formal_name(agency: str, text: str) -> str:
    """大洼区文联党组 → 盘锦市大洼区文学艺术界联合会党组: an abbreviated kind of organisation replaced by
    the formal name the notice prints for it after its own place (with the larger places printed before)."""
    suffix = next((b for b in _SPECIFIC_PARTY_BODIES if agency.endswith(b)), "")
    place, kind = _split_place(agency[: len(agency) - len(suffix)])
    if not gazetteer().is_chain(place) or len(kind) < 2:
        return agency  # the place is where the formal name is looked for
    best = ""
    for m in re.finditer(re.escape(place) + kind[0], text):
        formal = _expansion(kind, text[m.end() - 1 : m.end() + 14])
        if formal:
            best = max(best, _place_before(text, m.start()) + place + formal, key=len)
    return best + suffix if best else agency


def _expansion(short: str, window: str) -> str | None:
    """The formal name at the start of window that short abbreviates (文联 → 文学艺术界联合会): its characters
    in order, longer, not containing short itself, ending as organisations' names end (as short ends, when
    short ends so)."""
    ending = next((e for e in _ORG_ENDINGS if short.endswith(e)), None)
    for end in range(len(short) + 1, len(window) + 1):
        formal = window[:end]
        if short in formal or not _in_order(short, formal):
            continue
        if formal.endswith(ending) if ending else formal.endswith(_ORG_ENDINGS):
            return formal
    return None


def _in_order(short: str, formal: str) -> bool:
    """Whether short's characters occur in formal in order."""
    it = iter(formal)
    return all(ch in it for ch in short)


# A nationwide body's local unit names its place after the body (中国邮政储蓄银行江西省分行: a bank's provincial
# branch, round 53; 国家税务总局某县税务局, 中国农业发展银行某县支行): the place starts the unit's own name.
# A nationwide bank is as often named short, without 中国 (建设银行赣州分行, 工商银行某支行), or left unnamed by a page
# that hides it (某银行某市分行: a bank's city branch, round 94): its branch names the place the same way.
NATIONWIDE_BANKS = (
    "中国", "工商", "农业", "建设", "交通", "邮储", "邮政储蓄", "农业发展", "国家开发", "进出口",
    "招商", "浦发", "中信", "光大", "华夏", "民生", "广发", "兴业", "平安", "浙商", "渤海", "恒丰", "某",
)  # fmt: skip
_NATIONAL_PARENT = re.compile(
    r"^(?:(?:中国|国家)[\u4e00-\u9fa5]{1,10}?(?:银行|总局|局|集团有限公司|集团公司|集团|有限公司|公司)"
    rf"|(?:{'|'.join(NATIONWIDE_BANKS)})银行(?:股份有限公司)?)"
)
_LOCAL_UNIT = re.compile(r"[\u4e00-\u9fa5]{2,10}?(?:分行|支行|分公司|税务局|监管局|监管分局)")
# A nationwide company named without 中国 (an insurer, a securities firm: 某人寿保险股份有限公司湖北省分公司,
# 平安财产保险股份有限公司某市分公司; issue 19's round 131) names its branch's place the same way, after its company
# form: the rest is the branch's name only where a place starts it and a branch word ends it.
_COMPANY_PARENT = re.compile(r"^[\u4e00-\u9fa5]{2,16}?(?:股份有限公司|有限责任公司|有限公司)")


def place_part(agency: str) -> str:
    """The agency name from its place on (共青团南县委员会 → 南县委员会, 中国某银行江西省分行 → 江西省分行), for the
    gazetteer."""
    name = _ORG_KIND_PREFIX.sub("", agency)
    if name.startswith("团") and not gazetteer().names_at(name, 0) and gazetteer().names_at(name, 1):
        # 团某县委: the youth league's short kind before its place (round 155); a place named 团… (团风县) is a place
        name = name[1:]
    parent = _NATIONAL_PARENT.match(name)
    if not parent:
        if "分" in name and (company := _COMPANY_PARENT.match(name)) is not None:  # the cheap precheck: a branch
            rest = company.end()
            if _LOCAL_UNIT.match(name, rest) and gazetteer().names_at(name, rest):
                return name[rest:]
        return name
    # A vertically managed body's local unit names its place right after the parent whatever the unit's own word
    # (国家税务总局某市某局, 国家统计局某市调查队, 中国气象局某县气象台; or a unit a page hides as 某局/某分局): a place
    # name starting the rest is the unit's place, as a unit word ending it is.
    rest = parent.end()
    return name[rest:] if _LOCAL_UNIT.match(name, rest) or gazetteer().names_at(name, rest) else name


def _alias_owner(text: str, pos: int) -> str | None:
    """The organisation an abbreviation stands for: the name right before 以下简称."""
    before = text[max(0, pos - 60) : pos]
    m = re.search(r"(?:对|向|将|^|[,，。;；\n])(?P<name>[^对向将,，。;；\n]{2,50})$", before)
    return _bare(m["name"]) if m else None


def _committee_of(place: str, text: str) -> str:
    """The party committee of a place the title or sentence names alone (东丽区 → 天津市东丽区委)."""
    best = place + "委"
    for m in re.finditer(re.escape(place) + r"(?:委员会|委)", text):
        full = _PARTY_PREFIX.sub("", _place_before(text, m.start()) + m.group(0))
        if len(full) > len(best) or (full.endswith("委员会") and not best.endswith("委员会")):
            best = full
    return best


def _place_before(text: str, pos: int) -> str:
    """The place names written right before pos (天津市 in 中共天津市东丽区委)."""
    window = text[max(0, pos - 12) : pos]
    for i in range(len(window)):
        tail = _PARTY_PREFIX.sub("", window[i:])
        if tail and gazetteer().is_chain(tail):
            return tail
    return ""


def _with_place(org: str, places: list[str]) -> str:
    """Prefix the organisation with the larger places the notice writes before its own (杭州市 + 西湖区委)."""
    for place in places:
        for k in range(len(place) - 1, 1, -1):
            head, own = place[:-k], place[-k:]
            if head and org.startswith(own) and gazetteer().is_chain(head) and not org.startswith(head):
                return head + org
    return org


# --- which team ----------------------------------------------------------------------------------
def _team(inspection: tuple[int, str] | None, feedback: tuple[int, str] | None, text: str) -> str | None:
    """The team named in the inspection sentence (else the feedback sentence, else the opening)."""
    sources = (inspection[1] if inspection else "", feedback[1] if feedback else "", text[:1500])
    for at, source in enumerate(sources):
        m = TEAM_RE.search(source)
        if m:
            team = _owner_named(source, m.start(), _bare_team(m.group(0)))
            team = _topic_named(source, m.start(), team)
            if not _OWNED_TEAM.match(team):
                # 一届市委第六轮巡察第一巡察组…, 市委第一巡察组向我单位反馈: the round's name stood before the team in
                # the inspection sentence (a city bureau's notice, round 15); a later sentence names it with its owner
                # (县委第八轮巡察第三巡察组…，县委第三巡察组对我局反馈: the same sentence names it again, round 27).
                # So for a team the inspection sentence names by its place, not its committee (获嘉县上下联动乡村
                # 振兴专项巡察组…, later 县委上下联动乡村振兴专项巡察组《关于…》: a town's notice, round 35)
                later = (
                    _owner_named(s, o.start(), _bare_team(o.group(0)))
                    for k, s in enumerate(sources[at:])
                    for o in TEAM_RE.finditer(s, m.end() if k == 0 else 0)
                )
                return next((again for o in later if (again := _named_again(o, team))), team)
            return team
    for source in (inspection[1] if inspection else "", feedback[1] if feedback else ""):
        m = TEAM_PLAIN_RE.search(source)
        if m:
            return m.group(0)
    return None


def _named_again(later: str, team: str) -> str | None:
    """The team as a later mention names it with its committee: the team's whole name, or its name after the place
    the first mention gave it (临川县上下联动巡察组 … 落实县委上下联动巡察组的反馈意见: from its committee on)."""
    if later.endswith(team) and _OWNED_TEAM.match(later):
        return later
    committees = list(_COMMITTEE_WORD.finditer(later))
    if not committees:
        return None
    committee = committees[-1]  # the last committee the mention names sent the team
    name = later[committee.end() :]
    if name and team.endswith(name) and _PLACE_HEAD.fullmatch(team[: -len(name)]):
        return later[committee.start() :]
    return None


_COMMITTEE_WORD = re.compile(r"中央|(?:省|市|区|县|州|盟|旗|地)委|党委|党组|工委")  # 地委: a 地区's (round 157)
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|州|旗|盟)")


def _bare_team(found: str) -> str:
    """The team as matched without the term before it (十三届市委…) and the verb that formed it (市委成立…)."""
    return _FORMED_BY.sub(r"\g<owner>", _TERM.sub("", found.strip()), count=1)


# 市委成立脱贫攻坚市县联动巡察组 / 县委组建专项巡察组: the verb that formed or sent the team, between its committee and
# its name, is no part of the name (a city's poverty special inspection told so, round 44); the team is the
# committee's, named as the genre names teams (市委…巡察组)
_FORMED_BY = re.compile(
    rf"^(?P<owner>[\u4e00-\u9fa5]{{0,12}}?(?:省|市|区|县|州|盟|旗)委)(?:{'|'.join(TEAM_FORMING_VERBS)})了?"
)


# A team named with the committee that sent it (市委第三巡察组, 县委上下联动巡察组), not by its number or kind alone.
_OWNED_TEAM = re.compile(r"(?:中央|[\u4e00-\u9fa5]{0,12}?(?:省委|市委|区委|县委|州委|盟委|旗委|地委|党委|党组|工委))")


# A ministry's, a department's or a commission's own team (教育部党组第三巡视组: a university inspected by its ministry;
# 省卫健委党组第一巡察组): TEAM_RE's owner reads the owner's last character alone (部党组), its name runs back to the
# clause's start; a verb, a connective or a date there (由, 经, 部署, 安排, 5月…) is no part of it.
# An enterprise's own team names its group before 集团党委/公司党委 (海垦集团党委第三巡察组: a state-farm group's,
# round 27) as a ministry names itself before 部党组.
# A ministry's team named without 党组 (教育部第一巡视组, round 32) begins at its 部 as well (lexicon._TEAM_OWNER).
# An enterprise led by a 党组 names its team the same way (中国某某集团党组第三巡视组, round 40); a commission's 党委
# names itself before it as well (国资委党委第六巡视组: a central SOE's subsidiary, round 41).
_BARE_OWNER: tuple[str, ...] = ("委党组", "局党组", "厅党组", "部党组", "办党组", "院党组", "委党委", "部第")
_BARE_OWNER += ("集团党委", "公司党委", "集团党组", "公司党组", "局党委")
# A committee's working committee named by its field (市委教育工委第一巡察组, 县直机关工委巡察组: a school inspected by
# its city's education work committee, round 77): TEAM_RE's owner reads 工委 alone; the field and the committee before
# it run back as a ministry's name does (党工委, a zone's own committee, is read whole and never starts so).
_BARE_OWNER += ("工委",)
_OWNER_NAME = re.compile(r"[\u4e00-\u9fa5]{1,8}$")
# 关于 opens a title's subject (中共X公司委员会关于市公司党委第二巡察组…台账: a county company's ledger, round 101): the
# issuer before it is no part of the owner's name.
_NOT_IN_NAME = re.compile(r".*(?:[由经据照署排对向的了在及和后是年月日号至起]|关于)")


def _owner_named(source: str, start: int, team: str) -> str:
    """The team with its owner's full name where the match began at the owner's last character."""
    if not team.startswith(_BARE_OWNER):
        return team
    m = _OWNER_NAME.search(source, 0, start)
    name = m.group() if m else ""
    cut = _NOT_IN_NAME.match(name)
    return name[cut.end() :] + team if cut else name + team


# 市委深化“最多跑一次”改革、优化营商环境专项巡察组: a special team named by a topic that holds a list or a quotation (a
# city market regulator's notice, round 25). TEAM_RE reads the topic's last words only; the name runs back, within its
# clause, to the committee that sent the team.
_TOPIC_OWNER_RE = re.compile(r"(?:省|市|区|县|州|旗|盟)委(?=[^,，。;；:：]{2,40}$)")
_SPECIAL_TEAM = ("专项巡察组", "专项巡视组")


# 县委经济发展领域作风建设专项巡察二组: a numbered special team named by a topic longer than TEAM_RE reads before its
# 专项 (a county housing bureau's notice, round 49): the committee, the topic in plain words, then 专项巡察N组. The
# topic holds no verb that would make the committee the subject of the sentence (县委统一部署,…; 县委派出专项巡察组).
_TOPIC_BEFORE_SPECIAL = re.compile(r"(?:省|市|区|县|州|旗|盟)委(?P<topic>[\u4e00-\u9fa5]{2,16})$")
_NOT_A_TOPIC = re.compile(rf"[对向于由派]|部署|安排|决定|要求|根据|按照|{'|'.join(TEAM_FORMING_VERBS)}")


def _topic_named(source: str, start: int, team: str) -> str:
    """A special team with the whole topic it is named by, where its match began after a 、 or a closing quote, or
    where a numbered special team's topic runs back to its committee."""
    if team.startswith("专项") and start > 0:
        m = _TOPIC_BEFORE_SPECIAL.search(source, max(0, start - 20), start)
        if m and not _NOT_A_TOPIC.search(m.group("topic")):
            return source[m.start() : start] + team
    if start == 0 or source[start - 1] not in '、”"' or not team.endswith(_SPECIAL_TEAM):
        return team
    owners = list(_TOPIC_OWNER_RE.finditer(source, max(0, start - 40), start))
    return source[owners[-1].start() : start] + team if owners else team


# --- when ----------------------------------------------------------------------------------------
def _opening_dates(text: str, signed: str | None) -> list[FoundDate]:
    """The opening's dates, a year left out taken from the nearest earlier date; where none stands before them (根据区委
    统一部署，4月8日至6月7日…7月12日反馈…: a street's or a village's notice printing no year until its signature,
    round 99), from the notice's own date under its signature: its year, or the year before for a day later in the
    year than the signature's (an inspection in 10月 signed off in 3月)."""
    dates = find_dates(text)
    if signed is None or len(signed) < len("2024-01-01"):
        return dates
    first = DATE_RE.search(text, 0, dates[0].start if dates else len(text))
    if first is None or first["y"]:
        return dates  # the cheap precheck: a date before the first one read, which a missing year left out
    month = cn_int(first["m"]) or 0
    day = cn_int(first["d"]) if first["d"] else 1
    year = int(signed[:4]) - ((month, day or 1) > (int(signed[5:7]), int(signed[8:10])))
    return find_dates(text, default_year=year)


def _period(inspection: tuple[int, str], text: str, dates: list[FoundDate]) -> tuple[FoundDate, FoundDate] | None:
    """The inspection period: the first date range of the inspection sentence, extended over 、-joined
    ranges (1月10日至2月6日、2月21日至3月24日); years carried from earlier dates."""
    lo, hi = inspection[0], inspection[0] + len(inspection[1])
    inside = [d for d in dates if lo <= d.start and d.end <= hi]
    for i in range(len(inside) - 1):
        a, end = inside[i], inside[i + 1]
        if not _RANGE_GAP.fullmatch(text[a.end : end.start]):
            continue
        j = i + 1
        while j + 2 < len(inside):
            c, d = inside[j + 1], inside[j + 2]
            if not (_RANGE_JOIN.fullmatch(text[end.end : c.start]) and _RANGE_GAP.fullmatch(text[c.end : d.start])):
                break
            end, j = d, j + 2
        return a, end
    return _same_month_range(inside, text, hi) or _glued_range(inside)


# 3月1日至30日: the end of a range written as a day of the start's month.
_DAY_END = re.compile(r"\s*(?:起?(?:至|到)|[—―]{1,2}|－|-|~|～)\s*(\d{1,2})\s*[日号]")


# 一、巡察时间 / 2025年3月24日至5月30日。, 巡察时间：2025年3月24日—5月30日: the period printed under its own label, a
# section's heading or a field's, apart from the sentence naming the team and the body (a company's notice set out
# in the sections of a 巡察公告, 一、巡察时间 二、… 三、…: round 164). The label reads the range right after it.
_PERIOD_LABEL = re.compile(r"(?:巡察|巡视)(?:工作)?(?:时间|时段)\s*(?:为|是)?\s*[：:]?\s*")


def _labelled_period(text: str, dates: list[FoundDate]) -> tuple[FoundDate, FoundDate] | None:
    """The date range standing right after a 巡察时间 label (its heading line joined to the next by _unwrapped)."""
    for m in _PERIOD_LABEL.finditer(text):
        if not any(d.start == m.end() for d in dates):
            continue
        end = _SENTENCE_END.search(text, m.end())
        found = _period((m.end(), text[m.end() : end.start() if end else len(text)]), text, dates)
        if found:
            return found
    return None


def _same_month_range(inside: list[FoundDate], text: str, hi: int) -> tuple[FoundDate, FoundDate] | None:
    for a in inside:
        m = _DAY_END.match(text, a.end, hi)
        if m and len(a.iso) == 10:
            try:
                value = a.value.replace(day=int(m[1]))
            except ValueError:
                continue
            if value > a.value:
                return a, FoundDate(value.isoformat(), a.year_written, m.start(1), m.end(), value)
    return None


def _glued_range(inside: list[FoundDate]) -> tuple[FoundDate, FoundDate] | None:
    """2020年5月6日6月5日: a range whose 至 the page lost (a district court's news, round 20) - two full dates of the
    inspection sentence touching, the second the later: no other reading."""
    for a, b in itertools.pairwise(inside):
        if a.end == b.start and len(a.iso) == len(b.iso) == 10 and b.value > a.value:
            return a, b
    return None


def _feedback_date(
    feedback: tuple[int, str] | None,
    text: str,
    dates: list[FoundDate],
    period: tuple[FoundDate, FoundDate] | None,
) -> str | None:
    """The date in the feedback sentence before its 反馈, not one of the inspection period's dates."""
    if feedback is None:
        return None
    lo = feedback[0]
    m = FEEDBACK_RE.search(feedback[1])
    hi = lo + (m.start() if m else len(feedback[1]))
    skip = (period[0].start, period[1].end) if period else (-1, -1)
    if lo <= skip[0] < hi:
        # the genre words it 2024年6月至8月,…开展了巡察,并于<date>反馈: the feedback follows the period. A page whose
        # furniture (日期:2024-12-14 来源:…) runs into the opening without a full stop puts its own date before both
        lo = skip[1]
    before = [d for d in dates if lo <= d.start and d.end <= hi and not skip[0] <= d.start < skip[1]]
    return before[-1].iso if before else None


def _published(lines: list[str]) -> str | None:
    for line in lines:
        m = _PUBLISHED_RE.search(line)
        if m:
            dates = find_dates(line[m.end() :])
            if dates and dates[0].start == 0:
                return dates[0].iso
    # A page wrapped at a fixed width may cut the label itself (来源:…时 | 间:2023-09-23), and the two halves may be
    # parted (the first read as page chrome, the title between them): a label begun on an earlier line and ended
    # at the start of this one dates the publication as well.
    for i, line in enumerate(lines):
        if ":" not in line[1:4] and "：" not in line[1:4]:
            continue  # the label's cut rest (间:, 期:, 时间:) opens the line
        for before in lines[:i]:
            joined = before + line
            m = _PUBLISHED_RE.search(joined)
            if m and m.start() < len(before) < m.end():
                dates = find_dates(joined[m.end() :])
                if dates and dates[0].start == 0:
                    return dates[0].iso
    return None


def _signed(signs: list[tuple[str | None, FoundDate | None]]) -> str | None:
    """The date under the signature: the last closing line's date."""
    return next((d.iso for _, d in reversed(signs) if d), None)


# --- the counts the notice claims ------------------------------------------------------------------
# 两 opens a number in words, never goes on one: 问题四、问题八两个问题正在整改 names 四 and 八, then counts 两
_N = rf"(\d{{1,4}}|[{CN_DIGITS}][{CN_DIGITS.replace('两', '')}]{{0,3}})"
_UNIT = r"(?:个|项|条|件)"
_Q = r"[“\"]?"  # counted nouns are sometimes quoted: 79个“问题清单”
# A status's words right before the noun make its count that status's (已完成整改的问题15个, 正在推进的问题3个), not the
# notice's total; a total may still say what its problems need (需要整改的问题15个).
_STATUS_BEFORE_NOUN = (
    "完成整改",
    "整改完成",
    "整改到位",
    "已整改",
    "正在整改",
    "正在推进",
    "持续整改",
    "持续推进",
    "已销号",
    # 整改中的问题2个 / 推进中的问题2个: the ongoing verb with the 中 of its aspect (issue 19's round 111)
    "整改中",
    "推进中",
)
_NOT_A_STATUS_BEFORE = "".join(f"(?<!{words})(?<!{words}的)" for words in _STATUS_BEFORE_NOUN)
_ALL = r"(?:均|都)?"  # the adverb of a whole count before its status (其余8个问题均已整改到位, 2个问题都正在整改)
# Words before a count that make it a share or a subset of the problems, not their number:
# the secretary's own share (主动认领4项), problems solved by supervision (协调解决问题112项), cases.
# 共认领问题8个 is the body's whole take of the feedback, not a share (a village's 公示 of its 回头看 problems,
# round 48); so is the party organisation's own (集团党委认领3个方面9个问题: the organisation inspected takes the
# feedback as its own, a water group's ledger, issue 19's round 138), never a member's share (班子成员认领4项)
_OWN_TAKE = "".join(f"(?<!{w})" for w in ("共", "党委", "党组", "党工委", "党总支", "党支部"))
_NOT_TOTAL = re.compile(
    rf"(?:{_OWN_TAKE}认领|领办|包案|包保|牵头|协调解决|督促整改|督办|交办|移交|解决)[^,，。;；]{{0,4}}$"
)
# The text before a count these read: their words and what may follow them (8), and the organisation before 认领 that
# makes the take its own (党工委认领4个方面12个问题: 3 more), which the words' lookbehinds must see
_BEFORE_WINDOW = 11
# Words before a count of problems that make it a subset (其中…, 含…); a breakdown by status after 其中
# (其中已完成整改10个) is still the count of that status.
_SUBSET = re.compile(r"(?:其中|含)[^,，。;；]{0,4}$")
# A status before a count of problems makes it the count of that status (对正在推进的3个问题加强督办, 对尚在整改中的
# 3个问题: the closing plans of a town's and a zone's notices, round 16).
_OF_A_STATUS = re.compile(r"(?:正在|尚在|尚未|仍在|未)[\u4e00-\u9fff]{0,4}的$")
_PROBLEM_KINDS = frozenset({"aspects", "specific", "problems"})
# The verbs that refine the feedback's aspects into its problems (2个方面细化分解了10个问题, 3个方面梳理出12个问题)
_REFINING = "细化分解|分解细化|细化|分解|细分|梳理|梳理出|归纳"
# The pace a writer puts between 正在 and the work (其余32个正在加紧整改, 正在加快推进的3个: a county's notice on a
# city's special 巡察, round 28): still in progress, as 正在持续整改 is.
_PACE = "持续|加紧|加快|抓紧|全力|积极"
_PUSH = "|".join(PUSH_MANNERS)  # 按计划推进2个, 攻坚推进4个: pushed on, with no 正在 (lexicon.PUSH_MANNERS)
_TOTAL = r"(?:共计|总计|合计|共)?\s*"  # the word of a total before a count (共7个, 共计15个), optional
# the verbs that tell the aspects a notice's problems fall under (反馈问题涉及3个方面 / 分布在4个方面)
_SPREAD = "涉及|分布在|分属|分为|归为|包括"
_CLAIMS = {
    # 4个方面 / 五方面 / 4项12个问题 (N items of M problems) — only where problems are what is counted.
    "aspects": re.compile(
        # (四个方面的十四个问题: 的 between the aspects and the problems' count, a university institute's, round 50)
        # (3个方面共7个问题 / 4个方面共计15个: the total's 共 before the problems' count, a district company's notice
        # under 区委巡察, round 98)
        rf"{_N}\s*(?:个|大)?方面(?=问题|(?:[、,，]|的)?\s*{_TOTAL}[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT}|的问题)|{_N}项(?={_N}\s*个问题)"
        # 共7个问题,涉及3个方面: the aspects counted after the problems
        rf"|(?<=问题[,，、])(?:涉及|分布在|分属|分为|归为|包括)?\s*{_N}\s*(?:个|大)?方面"
        # 反馈的9个问题涉及3个方面: the same with the verb right after 问题, no comma between
        rf"|(?<=问题)(?:涉及|分布在|分属|分为|归为)\s*{_N}\s*(?:个|大)?方面"
        # 反馈的问题共计10项，涉及3个方面: the problems' count after their noun, then the aspects by the verb (a county
        # hospital's notice, round 76)
        rf"|(?<=[个项条件][,，、])(?:涉及|分布在|分属|分为|归为)\s*{_N}\s*(?:个|大)?方面"
        # 四方面13类共27项问题 / 4方面16大项50小项问题: classes or large items between the aspects and the problems
        # (3个方面、5类问题、8个具体问题: the counts listed with enumeration commas between, a university's notice
        # under 省委巡视, round 98)
        rf"|{_N}\s*(?:个|大)?方面(?=[、,，]?\s*[\d{CN_DIGITS}]{{1,4}}\s*(?:大项|大类|类))"
        # 3个板块8个问题: the feedback's areas called 板块 (a county school's notice, round 18)
        rf"|{_N}\s*个?板块(?=[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})"
        # 5大板块、26条整改措施 / 4个板块,12个问题: 板块 counted as 方面 is, with 大 or a comma before the next count
        # (a group's plan under a 中央巡视“回头看”, round 53)
        rf"|{_N}\s*(?:个|大)板块(?=[、,，]\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})|{_N}\s*大板块(?=[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})"
        # 从…、…、…三个方面反馈了9个问题 / 三个方面指出了问题: the areas the feedback was given in, told by its verb
        # (a city 退役军人事务局's and a city 卫健委's notices, round 33)
        rf"|{_N}\s*(?:个|大)?方面(?=(?:反馈|指出|查找|列出)(?:了|出)?)"
        # 根据巡察反馈的2个方面细化分解了10个问题: the aspects the problems were refined from, told by the refining
        # verb between the two counts (a county housing bureau's notice, round 49)
        rf"|{_N}\s*(?:个|大)?方面(?=(?:{_REFINING})(?:了|出|为|成)?\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT}(?:具体)?问题)"
    ),
    # The finest count: 具体问题, 具体表现, 具体整改事项, a 问题清单 of N.
    "specific": re.compile(
        rf"{_N}\s*{_UNIT}{_Q}(?:具体问题|具体表现|具体整改事项|问题清单)"
        # 梳理出具体问题13个,分属2个方面4个问题: the noun before its count
        rf"|具体问题\s*(?:共计|总计|合计|共)?\s*{_N}\s*{_UNIT}"
        # 巡察反馈具体问题需要向社会公开的19 个: the noun, what of them is counted, then the count
        rf"|具体问题[^,，。;；\d]{{1,12}}?的\s*{_N}\s*{_UNIT}"
        # 3方面13个问题，…细化分解为24个分项问题: the sub-problems a notice splits its problems into (a district
        # 农业农村局's, round 33) are its finest count, the problems of the same sentence its groups
        rf"|{_N}\s*{_UNIT}(?:分项问题|子问题)"
    ),
    "problems": re.compile(
        # (7个重点问题整改组 counts working groups; 反馈问题4个大方面 counts aspects: a police bureau's, a township's)
        rf"{_N}\s*{_UNIT}(?:突出|重点|主要|反馈|共性)?问题(?!(?:整改)?(?:组|工作组|专班|小组))"
        # (6类问题12个具体问题: a count right after a class's 问题 that runs on into 具体问题 counts the specific
        # problems, not 问题 told before its count; a district 委's notice under a provincial 巡视, round 37)
        # (已完成整改的问题15个，正在推进的3个 counts the problems of a status, no total: a provincial department's
        # closing, round 87)
        rf"|(?<!具体){_NOT_A_STATUS_BEFORE}问题\s*(?:共计|总计|合计|共)?\s*{_N}\s*{_UNIT}(?!大?方面|大项|大类|类|具体)"
        rf"|(?<=大项){_N}\s*小项(?:问题)?"  # 16大项50小项问题: the small items are the problems
        # 整改完成情况统计：应整改12项，已完成10项，完成率83.3%: the count due, opening a statistics line or a
        # clause, is the problems' total with no noun (a college's closing tally, issue 19's round 154); never
        # 还应整改 after a done count (the rest), nor the measures or tasks due
        rf"|(?:^|(?<=[:：,，;；]))应整改\s*(?:共计|共)?\s*{_N}\s*{_UNIT}(?!(?:整改)?(?:措施|任务|举措))"
        # 7类共性问题 / 4个方面12类问题: problems counted by their classes (a town for its villages, a city bureau whose
        # classes are refined into specific problems: round 19); 13类共27项问题 and 11类问题30项问题 count the finer
        rf"|{_N}\s*(?:大类|类)(?:共性|突出|重点|主要|反馈)?问题(?!\s*(?:共)?\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})"
        # 反馈问题共3个方面7个: the noun before both counts, the aspects' then the problems' (a state-farm group's,
        # round 27)
        # (反馈问题3个方面共7个: the total's 共 after the aspects, round 98's district company)
        rf"|(?<!具体)问题\s*{_TOTAL}[\d{CN_DIGITS}]{{1,4}}\s*(?:个|大)?方面\s*{_TOTAL}{_N}\s*{_UNIT}(?!大项|大类|类)"
        # 巡察反馈问题涉及3个方面共6个 / 分布在4个方面，共12个: the same with the verb that spreads them over the
        # aspects (a town's framing paragraph, issue 19's round 102); never the measures or tasks counted after
        rf"|(?<!具体)问题\s*(?:{_SPREAD})\s*[\d{CN_DIGITS}]{{1,4}}\s*(?:个|大)?方面[,，、]?\s*{_TOTAL}{_N}\s*{_UNIT}"
        rf"(?!大项|大类|类|具体|(?:整改)?(?:措施|任务))"
        # 共反馈问题3大类9个: the same with the feedback's classes before the problems (a street's 党工委, round 42)
        rf"|(?<!具体)问题\s*(?:共计|总计|合计|共)?\s*[\d{CN_DIGITS}]{{1,4}}\s*个?(?:大类|类)\s*{_N}\s*{_UNIT}(?!大项|大类|类|具体)"
    ),
    # 已销号6个 (a ledger strikes a problem off when it is done: 信阳师范大学's college, 销号 ledgers; 已整改销号4个: an
    # enterprise's, round 18)
    # 阶段性完成整改3个 / 基本完成整改1个 are open, never completed; 已完成整改9(含…): a page may drop the unit
    # 已整改完毕7个 / 整改完毕5个: the done result word 完毕 as 整改到位 tells it, never 基本整改完毕 (a town's report
    # on its villages' coverage, round 59)
    "completed": re.compile(
        # 整改到位5个，基本到位1个，未到位1个: an inspection office's acceptance verdicts counted, the done verdict
        # without 已 (a province-owned group's notice under 省委巡视, round 78); never 基本/未/不 before it
        rf"(?:已完成整改|已整改完成|已(?:全部)?整改(?:到位|完毕)|(?<!基本)整改完毕|(?<![已未不本])整改到位|已整改落实|已完成|已整改"
        rf"|(?<!阶段性)(?<!基本)完成整改|整改完成|已办结|已销号|已整改销号)"
        # 已完成整改的30个, 正在整改的3个 (a county media centre); 完成整改问题688个 (a district's round report);
        # 已经完成整改问题523项 (a street's 工委, round 16)
        rf"(?:的问题|的|问题)?\s*{_N}\s*(?:{_UNIT}|类|(?=[,，;；]))"  # 已整改完成4类: of classes counted so
        # 其中22个问题“已完成，同意销号”: a review's verdict quoted after the count (a city bureau's, round 24); 其余8个
        # 问题均已整改到位 / 9个问题都已完成整改: the adverb of the whole count (均/都) before its done word (a 社区's
        # closing summary naming the open problems and counting the rest done, round 75)
        rf"|{_N}\s*{_UNIT}(?:问题)?{_Q}{_ALL}(?:已整改完成|已完成整改|已整改(?:到位|完毕)|已销号|已完成(?!整改)|已整改(?=[,，。;；]|$))"
        # (11个问题已完成整改9个: the first count is the total, the done count follows: a bureau's and a county's)
        rf"(?!\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})"
        # 巡察反馈的4个问题已全部完成整改: every problem counted done (a province's forestry station, round 22); the
        # specific problems so (反馈的36个具体问题已全部整改完成: a development-zone bureau's notice, round 72)
        rf"|{_N}\s*{_UNIT}(?:具体)?问题(?:均|都)?已(?:经)?全部(?:完成整改|整改完成|整改到位|整改完毕)"
        # 目前已解决或基本解决的有12项: a summary counting each class of progress after 的有, the done class joining
        # its partial word with 或 (a ministry's notice under 中央巡视, round 29)
        # (已全部完成整改的有4个: the adverb of the whole between 已 and the done word, a community's count of the
        # done before 其余3个正在…, round 85)
        rf"|已(?:经)?(?:全部|均)?(?:完成整改|整改完成|整改到位|解决|销号)(?:或基本(?:完成|解决|整改到位))?的有\s*{_N}\s*{_UNIT}"
        # 已完成反馈问题整改5个: the noun between 完成 and 整改 (a district 农业农村局's, round 33)
        rf"|已(?:经)?完成(?:巡察|巡视)?反馈问题(?:的)?整改\s*{_N}\s*{_UNIT}"
        # 7个问题中已有5个完成整改: 已有 before the count, the done word (without 已) after it (a college's framing
        # paragraph, issue 19's round 110); never 基本/阶段性 before the done word
        rf"|已(?:经)?有\s*{_N}\s*{_UNIT}(?:问题)?(?:全部|均)?(?:完成整改|整改完成|整改到位|整改完毕|办结|销号)"
        # 已经改好7个 / 已改正3个: the count after a branch secretary's spoken done word (lexicon.SPOKEN_DONE), as
        # after 已整改 (a primary school's 党支部, issue 19's round 130)
        rf"|已(?:经)?改(?:好|完|正)了?(?:的问题|的|问题)?\s*{_N}\s*{_UNIT}"
    ),
    # 未销号2个, 正在持续推进3个, 基本完成1个: still open (issue 19 point 4)
    "in_progress": re.compile(
        # 需要持续推进整改3个: the pushed-on word with the work's noun after it, as 正在推进整改 has (a provincial
        # bureau's 党组 on a provincial 巡视, round 63)
        rf"(?:正在(?:{_PACE})?(?:推进)?整改|正在(?:{_PACE})?推进(?:整改)?|尚未完成(?:整改)?|未完成(?:整改)?|持续整改|(?:{_PUSH})推进(?:整改)?"
        rf"|基本完成(?:整改)?"
        # 整改到位5个，基本到位1个: the partial acceptance verdict is open, as 基本完成 is (round 78's group)
        rf"|基本(?:整改)?到位"
        # 已整改完成7个，仍在整改2个 / 还在推进1个: still at the work, as 正在 says it (a county court's, round 76);
        # 尚在 is the written word of the same (尚在推进的问题3个: a college's framing paragraph, round 105)
        rf"|(?:仍|还|尚)在(?:{_PACE})?(?:推进)?整改|(?:仍|还|尚)在(?:{_PACE})?推进(?:整改)?"
        # 已完成整改19个，未完全到位3个 / 尚未整改到位2个: the negation of the done word 到位, whole or in part, is
        # still open, as 尚未完成 is (a town's framing paragraph, round 73)
        rf"|(?:尚|仍)?未(?:完全|全部)?(?:整改)?到位"
        # 已整改3个，未整改1个 / 基本整改2个，尚未整改1个: the negation of the bare done verb 已整改, and its partial
        # form, are still open, as 尚未完成 and 基本完成 are (a county bureau's count sentence as the south-west's
        # district pages tally their rounds, issue 19's round 148)
        rf"|(?:尚|仍|暂)?未整改(?:完成|完毕)?|基本整改(?:完成|完毕)?"
        # 已办结7个，正在办理2个: the open word of the 办结 (case closed) vocabulary, as 整改中 is of 已整改 (a county
        # bureau's 五个一 清单, round 46)
        rf"|正在办理|(?<![在的])办理中"
        # 已办结9件，未办结2件: the negation of the case-closed word 办结, still open as 未销号 is; 已整改10个，
        # 待整改2个: the work still waiting, open as 未整改 is (a ledger's tally, issue 19's round 154)
        rf"|(?:尚|仍)?未办结|(?<![已])待整改"
        rf"|(?:仍|还)?需要?长期整改"  # 30个问题已完成整改，仍需长期整改11个: the work goes on (a city CDC's 党委)
        # 持续整改问题4个, 基本完成问题1个: the noun between the status and its count (a district's report on a round)
        rf"|阶段性完成(?:整改)?|(?:未|暂未|尚未)销号"
        # 已销号35个,持续销号6个: the closing done by steps, still open (a college's 回头看 自查表, round 54), as the
        # status words read it (lexicon.STATUS_PARTS' ongoing)
        rf"|(?:持续|滚动|分批|分步)销号)(?:的问题|的|问题)?\s*{_N}\s*(?:{_UNIT}|类)"
        # 已完成4个，1个正在推进: the count before its status, as the completed count may stand
        # 7个问题“视同完成，持续整改”: the review's verdict for work accepted but going on (round 24), open
        # 3个问题取得阶段性成效并持续推进: the count before results only begun, open as the words above (a provincial
        # university's counts under 省委巡视, round 115; lexicon.RESULTS_BEGUN)
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?{_Q}{_ALL}(?:正在(?:{_PACE})?(?:推进|整改)|尚未完成|未完成|持续推进|持续整改|视同完成"
        rf"|{RESULTS_BEGUN})"
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?正在(?:按计划|按序时|按时序|有序|稳步)推进"  # 2个正在按计划推进
        # issue 19's round 87: the count before 仍在/还在, the work going on still (已完成8个，2个仍在推进中 / 1个问题
        # 还在整改), as 仍在整改 reads after its count
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?{_Q}{_ALL}(?:仍|还|尚)在(?:{_PACE})?(?:推进|整改)"
        # 已办结4个，2个序时推进: the count before the pushed-on manner without 正在, as 序时推进2个 counts after it
        # (a township's framing paragraph, issue 19's round 84)
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?{_Q}{_ALL}(?:{_PUSH})推进(?![\u4e00-\u9fa5]{{0,2}}(?:任务|项目|工作))"
        # 阶段性完成并需要长期坚持的反馈问题14个，整改中的反馈问题5个: the status, then 反馈问题, then the count (a
        # district 农业农村局's, round 33); done in stages and kept up is still open, as 阶段性完成 is
        rf"|(?:阶段性完成(?:整改)?(?:并|且)?(?:需要?|仍需)?长期坚持|(?<!正在)整改中)(?:的)?反馈问题\s*{_N}\s*{_UNIT}"
        # 已整改7个，整改中2个: the ledger's state word 整改中 before its count, as 已整改 stands before the done
        # count (a town's framing paragraph, round 44); not 尚在整改中的3个问题, the object of a plan (_OF_A_STATUS)
        rf"|(?<![在的])整改中(?:的问题|问题)?\s*{_N}\s*{_UNIT}"
        # 已完成整改7个，正在整改中2个 / 持续推进中1个: the ongoing verb with the 中 of its aspect before the count,
        # as the ledger's 整改中 stands (a town's framing paragraph, issue 19's round 111); never 尚在整改中的3个问题
        # with 的 before the count, the object of a plan; nor a bare 推进中, a column of a table of counts pasted a
        # cell per line (推进中 / 四项, whose cells the count table reads: round 97)
        rf"|(?:(?:正在|仍在|还在|尚在)(?:{_PACE})?|{_PUSH})(?:推进|整改)中(?:的问题|问题)?\s*{_N}\s*{_UNIT}"
        # 取得阶段性成果的问题4个: results only begun are open work (lexicon.RESULTS_BEGUN), the count after the words
        # as after 阶段性完成; before them with the count-first words above (round 115)
        rf"|(?:{RESULTS_BEGUN})(?:的问题|的|问题)?\s*{_N}\s*{_UNIT}"
        # 还有2个在推进 / 还有1个问题正在改: the rest still at the work counted after 还有, the spoken form of 2个仍在
        # 推进 (a primary school's 党支部, issue 19's round 130)
        rf"|还有\s*{_N}\s*{_UNIT}(?:问题)?(?:正|仍|还)?在(?:{_PACE})?(?:推进|整改|改)"
    ),
    # 需要长期坚持的2个: the 的 without 问题, as the completed count takes it (a 市委's counts beside its status
    # sections 已完成整改的问题 / 需要长期坚持的问题, round 64)
    "longterm": re.compile(
        rf"(?:需要?)?长期坚持(?:整改)?(?:的问题|的|问题)?\s*{_N}\s*{_UNIT}"
        # 其中3项纳入常态化整改范畴: work taken into the routine is kept up long-term, the count before its words (a
        # development-zone bureau's notice, round 72), or after them (纳入常态化管理的问题2个)
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?纳入常态化(?:整改|管理|推进)"
        rf"|纳入常态化(?:整改|管理|推进)(?:范畴|范围)?(?:的问题|的|问题)?\s*{_N}\s*{_UNIT}"
        # 1个常态化推进 / 常态化推进1个 / 1个需长期坚持: the routine the work is kept up in, the count on either side
        # (a township's framing paragraph beside its status section 需常态化推进的问题, issue 19's round 84)
        rf"|(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?{_ALL}(?:需要?)?(?:长期坚持|常态化(?:推进|坚持|整改))"
        rf"|(?:需要?)?常态化(?:推进|坚持|整改)(?:的问题|的|问题)?\s*{_N}\s*{_UNIT}"
        # 1个问题已完成整改并长期坚持 / 2个已完成并需长期坚持: the count before the done word the keeping up is joined
        # to, as the status sections' heading words it (已完成整改并长期坚持的问题: a street's WeChat post, round 99)
        rf"|(?=[\d{CN_DIGITS}])(?<![\d{CN_DIGITS}]){_N}\s*{_UNIT}(?:问题)?{_Q}{_ALL}已(?:经)?(?:完成整改|整改完成|完成)(?:并|且|,|，)?"
        rf"(?:需要?|仍需|将)?长期坚持"
    ),
}
# The characters each kind's matches open on besides a count's digit (the first character a match consumes, past its
# lookbehinds): each pattern is put behind a lookahead on them, so that the engine tries its alternatives only where
# one can open (a long alternation tried at every position of a sentence cost 4% of a sample notice's parse). Add the
# first character of a new alternative here too (test_header checks the sets against the patterns).
_CLAIM_OPENINGS = {
    "aspects": r"\s分包归涉",
    "specific": "具",
    "problems": "问应",
    "completed": "完已整",
    "in_progress": "仍分初办取基尚已序持按攻整暂未正滚还阶需推待",
    "longterm": "常纳长需",
}
# Alternatives opening on a common character (推, in every 推进) stand outside the lookahead, after it: the engine tries
# them alone where that character stands, not the whole alternation (2.6% of a sample notice's parse when 推 was
# one of the lookahead's characters). Their first character is in _CLAIM_OPENINGS too, for the test of the openings.
_CLAIM_AFTER = {
    # 已完成8个，推进中2个: the ledger's state word 推进中 straight before its count, as 整改中 stands; never a count
    # table's header cells run together (推进中四项三项一项: round 97, a count straight after the count), nor
    # 对推进中的3个问题, the object of a plan
    "in_progress": ("推", rf"(?<![在的对])推进中(?:问题)?{_N}\s*{_UNIT}(?!\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT})"),
}
_CLAIMS = {
    key: re.compile(
        rf"(?=[\d{CN_DIGITS}{_CLAIM_OPENINGS[key].replace(_CLAIM_AFTER.get(key, ('', ''))[0], '')}])"
        rf"(?:{pattern.pattern})" + (f"|{_CLAIM_AFTER[key][1]}" if key in _CLAIM_AFTER else "")
    )
    for key, pattern in _CLAIMS.items()
}
# The words every match of each kind holds: a sentence without any is not searched (the patterns open on a count,
# a character class, so each search scans the whole sentence). Add the word of a new alternative here too.
_CLAIM_WORDS = {
    "aspects": ("方面", "板块", "项"),
    "specific": ("具体", "问题清单", "分项问题", "子问题"),
    "problems": ("问题", "小项", "应整改"),  # 应整改12项: the statistics line's total (round 154)
    "completed": ("完成", "整改", "办结", "销号", "解决", "改好", "改完", "改正"),
    "in_progress": (
        "正在",
        "仍在",
        "尚在",
        "还在",
        "未完成",
        "持续",
        "推进",
        "基本完成",
        "到位",
        "长期整改",
        "阶段性完成",
        "销号",
        "视同完成",
        "整改中",
        "办理",
        "取得阶段性",  # results only begun (RESULTS_BEGUN)
        "取得初步",
        "初见成效",
        "还有",  # 还有2个在改 (round 130)
        "未整改",  # 已整改3个，未整改1个 (round 148)
        "基本整改",
        "未办结",  # 已办结9件，未办结2件 (round 154)
        "待整改",  # 已整改10个，待整改2个 (round 154)
    ),
    "longterm": ("长期坚持", "常态化"),
}

# Status counts after a count of tasks or measures count them, not problems, until problems are named again
# (梳理分解整改任务106个，已完成整改98个，其中长期任务…8个: a township's notice on its villages).
# The count may stand before the noun (15条整改措施已完成12条，…；7个问题中已完成整改4个: a city bureau's, round 16).
# Tasks the problems were refined into may be named after their count (细化为38项整改任务: a CAS institute's
# notice, round 36); tasks named so without a refining verb are the feedback's problems (4个方面6项整改任务,
# 5个整改任务已完成4个).
_TASKS_COUNT = re.compile(
    rf"(?:任务|措施|举措)\s*(?:共计|共)?\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}(?:整改)?(?:措施|举措)"
    # the work a plan lists under its measures, counted as 整改内容 (明确5大板块、26条整改措施、54项具体整改内容。…
    # 54项具体整改内容中已完成46项: a group's plan under a 中央巡视“回头看”, round 53)
    rf"|(?:整改内容)\s*(?:共计|共)?\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}(?:具体)?整改内容"
    rf"|(?:细化|分解|细分|梳理)(?:为|成|出)\s*{_N}\s*{_UNIT}(?:具体)?(?:整改)?任务"
)


def _counts_tasks(sentence: str, at: int, previous: str = "") -> bool:
    """Whether the status count at `at` follows a count of tasks with no problem named between them; the count of
    tasks may close the sentence before (细化为38项整改任务。截至2024年12月31日，已完成33项: a CAS institute's
    notice, round 36), as problems are not named again until the counts."""
    tasks = [m for m in _TASKS_COUNT.finditer(sentence, 0, at)]
    if not tasks and previous and "问题" not in sentence[:at]:
        return _counts_tasks(f"{previous}。{sentence}", len(previous) + 1 + at)
    if not tasks or "问题" in sentence[tasks[-1].end() : at]:
        return False
    return not (_in_the_problems_unit(sentence, tasks[-1], at) or _add_up_to_the_problems(sentence, tasks[-1]))


# 3个方面8个问题,共制定整改措施26条,截至目前,已完成整改6个,正在推进2个 (a city 妇联, round 20): the status counts
# take the problems' unit (个), not the measures' (条), so they count the problems the sentence named first.
_COUNT_UNIT = re.compile(rf"[\d{CN_DIGITS}]\s*({_UNIT})")
# The problems may be named before their count (共反馈问题9个,制定整改措施37条。截至目前,已完成整改6个: a city
# hospital's notice, round 50), as they are counted before the noun.
_PROBLEMS_UNIT = re.compile(
    rf"[\d{CN_DIGITS}]\s*({_UNIT})(?:[^,，。;；\d]{{0,4}})问题|问题\s*(?:共计|共)?\s*[\d{CN_DIGITS}]{{1,4}}\s*({_UNIT})"
)


# 3个方面8个问题细化为整改任务31项…已完成整改4项，其余4项正在按计划推进 (a district group's framing paragraph, issue
# 19's round 84): the status counts take the tasks' unit, yet they add up to the problems, not the tasks; their sum
# tells what they count.
_PROBLEMS_COUNT = re.compile(rf"(\d{{1,4}})\s*{_UNIT}(?:具体)?问题")
_UNIT_COUNT = re.compile(rf"(?<![\d.])(\d{{1,4}})\s*{_UNIT}")


def _add_up_to_the_problems(sentence: str, tasks: re.Match[str]) -> bool:
    """Whether the counts after the tasks' count add up to the problems counted before it, and not to the tasks."""
    problems = _PROBLEMS_COUNT.search(sentence, 0, tasks.start())
    task_count = _UNIT_COUNT.search(tasks.group())
    if problems is None or task_count is None:
        return False
    counts = [int(n) for n in _UNIT_COUNT.findall(sentence, tasks.end())]
    return len(counts) >= 2 and sum(counts) == int(problems[1]) != int(task_count[1])


def _in_the_problems_unit(sentence: str, tasks: re.Match[str], at: int) -> bool:
    """Whether the count at `at` has the unit of the problems counted before the tasks, unlike the tasks' own."""
    problems = _PROBLEMS_UNIT.search(sentence, 0, tasks.start())
    task_unit, count = _COUNT_UNIT.search(tasks.group()), _COUNT_UNIT.search(sentence, at)
    if problems is None or task_unit is None or count is None:
        return False
    return count[1] == (problems[1] or problems[2]) != task_unit[1]


# The classes between the aspects and the specific problems (5个方面14个大类40项具体问题): a notice may list its
# classes, each with its status (a police bureau's notice in its city's newspaper), so they count its listed items.
# The classes may be named with their noun (3个方面6类问题12个具体问题: a district 委 under a provincial 巡视, r37).
_CLASSES = re.compile(
    rf"{_N}\s*{_UNIT}?\s*(?:大类|类|大项)(?:问题)?(?=\s*(?:共)?\s*[\d{CN_DIGITS}]{{1,4}}\s*{_UNIT}?具体问题)"
)

# The middle count between the aspects and the problems where no 具体问题 is named (3个方面14项共38个问题: a district
# 卫健局's notice, round 42) counts the groups, as the classes before the specific problems do (_CLASSES).
_MIDDLE = re.compile(
    rf"(?:个|大)?方面[,，、]?\s*{_N}\s*(?:个|大)?(?:项|类)(?:问题)?[,，、]?\s*(?:共计|合计|共)?\s*{_N}\s*{_UNIT}"
    rf"(?:突出|重点|主要|反馈)?问题"
)


def _middle_count(sentences: list[str], plain: tuple[int, int]) -> int | None:
    """The groups of the plain count's breakdown (3个方面10类36个问题): in the plain count's own sentence, else in
    another sentence breaking down the same total. A long notice states its count twice, once plainly (截至…，36个问题
    已完成整改33个: a closing the reading meets first, a provincial university's page, issue 19's round 104) and once
    broken down by aspects and classes in its opening; the breakdown's groups are the same total's."""
    at, total = plain
    for index in (at, *(k for k in range(len(sentences)) if k != at)):
        if "方面" in sentences[index] and (m := _MIDDLE.search(sentences[index])) and _to_int(m[2]) == total:
            return _to_int(m[1])
    return None


# Matters a team hands over during its inspection (立行立改事项, 交办事项, 督办事项) are the problems of a notice that
# lists them (向街道党工委移交立行立改事项8个 / 交办8个立行立改事项: a street's 公示 of the matters handed over for its
# villages, round 47). A notice counting its problems as well counts the matters beside them (巡察移交的6个立行立改问题
# beside 35个具体问题), so they are read only where no problem is counted.
_MATTERS = re.compile(
    rf"(?:立行立改|交办|督办|移交)事项\s*(?:共计|共)?\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}(?:立行立改|交办|督办)事项"
)


def _matters_count(sentences: list[str]) -> int | None:
    """The count of matters handed over, in the first sentence that states one."""
    for sentence in sentences:
        if "事项" in sentence and (m := _MATTERS.search(sentence)):
            return _to_int(m[1] or m[2])
    return None


def _refined_tasks_count(sentences: list[str]) -> int | None:
    """The count of the tasks the feedback was refined into, where the notice counts no problem at all.

    细化为4个方面、56项整改任务 with no count of problems (a 旗's 调度表 that lists the open tasks as its rows, round
    55): the tasks are the finest units the notice counts and lists, so they are its problems. Beside a count of
    problems (9个问题,细化为38项整改任务) they count tasks, not problems (_counts_tasks), and are not read.
    """
    for sentence in sentences:
        if "问题" not in sentence and (m := _REFINED_TASKS.search(sentence)):
            return _to_int(m[m.lastindex or 1])  # the tasks' count, after the aspects' where it names them
    return None


# 细化为4个方面、56项整改任务 / 分解为38项具体整改任务: the tasks counted after a refining verb (the aspects between)
_REFINED_TASKS = re.compile(
    rf"(?:细化|分解|细分)(?:为|成)\s*(?:{_N}\s*(?:个|大)?方面[、,，]?\s*)?{_N}\s*{_UNIT}(?:具体)?(?:整改)?任务"
)


_COUNTED = re.compile(rf"[\d{CN_DIGITS}]\s*(?:个|项|条|件|类|大?方面)")  # 类: 7类共性问题,已整改完成4类 (round 19)
# Problems refined below the specific ones (4个方面7项具体问题涉及的17个细化问题: a city 人大机关's notice in its
# province's template, round 15): the refined count is the problems', the specific count the groups'.
_REFINED = re.compile(rf"{_N}\s*{_UNIT}(?:细化|细分)(?:后的)?问题")


# The counts of a whole round's teams (6个巡察组共…指出具体问题41个) followed by the share of the team that inspected
# this body (其中,市委第四专项巡察组向我市…指出具体问题8个): news of a special round opening a body's notice (a city's
# 立行立改 letters, round 45). The round's counts are not the notice's; its own share, told next, is.
_SEVERAL_TEAMS = re.compile(rf"(?:[\d{CN_DIGITS}]{{1,3}}个|各)(?:专项|村级)?(?:巡察|巡视)?组")
_OWN_SHARE = re.compile(r"^其中[,，]?[^,，。;；]{0,30}?(?:巡察|巡视)组")


# A closing that sums up by area, each named by its ordinal (截至…，第一方面5个问题已完成4个，第5个问题正在推进；
# 第二方面…: a county hospital's 整改完成情况, round 143): the counts from the ordinal on are that area's, never the
# notice's claims (given.area_summary_statuses reads them for the area's problems).
_AREA_ORDINAL = re.compile(rf"第[{CN_DIGITS}]{{1,3}}个?方面")


def _without_area_counts(sentence: str) -> str:
    """The sentence up to an area named by its ordinal (第一方面…), whose counts are the area's."""
    m = _AREA_ORDINAL.search(sentence) if "第" in sentence else None
    return sentence[: m.start()] if m else sentence


def _round_wide(sentences: list[str], index: int) -> bool:
    """Whether the counted sentence at `index` counts a whole round's teams, the next one its own team's share."""
    return (
        index + 1 < len(sentences)
        and _SEVERAL_TEAMS.search(sentences[index]) is not None
        and _OWN_SHARE.match(sentences[index + 1].strip()) is not None
    )


# A follow-up report (整改进展情况的第二次通报, a 回头看, 整改落实情况的报告 a year on) tells how its counts moved since
# the earlier report: 已完成整改由4个增至7个, 正在推进的由4个减至1个. The count the tally moved TO is the notice's own;
# the one it moved from is the earlier report's, so the from-count and its verb are left out before a claim is read.
_MOVED_FROM = re.compile(
    rf"由\s*{_N}\s*{_UNIT}(?:问题)?\s*(?:增加|增|上升|提高|提升|减少|减|下降|降低|变)(?:至|到|为)\s*(?=[\d{CN_DIGITS}])"
)
# … and it restates the earlier report's counts before its own (上次报告时已完成5个、正在推进4个;
# 第二次通报时已完成5个，正在推进2个; 局党组通报了集中整改情况，当时已完成整改4个): what stands after such a
# marker, up to the sentence's end or to a word of now (目前, 截至, 现已, 本次), counts the earlier state, not the
# notice's. 以来/后 after the marker (上次通报以来已完成8个) dates the notice's own work from it: no such marker.
_EARLIER_REPORT = re.compile(
    r"(?:(?:上次|首次|前次|上一次|上轮|第[一二三四1-4]次)(?:通报|报告|公示|公布)|(?<=[,，])当时)(?:时|中)?(?!以来|后|之后|以后)"
)
_NOW = re.compile(r"目前|截至|截止|现已|现在|本次|至今")
# The marker may qualify the problems this notice reports on (截至目前，首次通报时正在推进的8个问题中，已完成整改6个:
# a 续报 names its set by the earlier state, issue 19's round 121): a 的 before the clause's pause, a count after it,
# closes the earlier state there, and what follows is the notice's own tally of that set.
_QUALIFIED_SET = re.compile(rf"^[^,，。;；]{{0,12}}?的(?=\s*{_N}\s*{_UNIT})")
# A follow-up recalls its earlier notice as an act done (我局于2025年11月公布了整改进展情况，反馈的21个问题中已完成
# 13个 / 街道党工委于…对外公布了整改进展情况，其时… / 集团党委于…公布了集中整改进展情况: 续报 and notices after a
# 集中整改期, round 121), then restates its counts as they stand now (截至2026年3月31日，…已完成整改6个). Where a later
# counted sentence speaks of now, the recalled publication's counts are the earlier notice's and are left out; a
# first notice says what it publishes (现将…公布如下), no 公布了…情况.
_PUBLISHED_BEFORE = re.compile(r"(?:公布|通报|公示|公开|发布)了[^,，。;；:：]{0,16}?情况")


# The sentence announcing what the notice lists (现将首次通报后正在推进的8个问题的整改进展情况续报如下: a 续报 naming
# the set it reports on by its earlier state, round 121): a status before its 如下 qualifies that set, no tally of the
# notice's; its problems' count stands (现将3个方面12个问题的整改情况通报如下).
_ANNOUNCING = re.compile(r"^\s*现将[^。]*?如下")


def _recalls_publication(sentence: str) -> bool:
    """Whether the sentence tells of a publication done (公布了…情况, _PUBLISHED_BEFORE)."""
    return "了" in sentence and "情况" in sentence and _PUBLISHED_BEFORE.search(sentence) is not None


def _as_now(sentence: str, restated: bool = False) -> str:
    """The sentence with the counts of an earlier report left out: a moved tally's from-count, and the earlier
    state a follow-up restates (_MOVED_FROM, _EARLIER_REPORT; `restated`: a later counted sentence speaks of now,
    so a recalled publication's counts are the earlier notice's, _PUBLISHED_BEFORE)."""
    if "由" in sentence:
        sentence = _MOVED_FROM.sub("", sentence)
    if restated and (told := _PUBLISHED_BEFORE.search(sentence)) is not None:
        now = _NOW.search(sentence, told.end())
        return sentence[: told.start()] + (sentence[now.start() :] if now else "")
    if "次" not in sentence and "当时" not in sentence and "上轮" not in sentence:
        return sentence  # the cheap precheck: every earlier-report marker holds one of these
    m = _EARLIER_REPORT.search(sentence)
    if m is None or ("当时" in m.group() and not ("通报" in sentence[: m.start()] or "报告" in sentence[: m.start()])):
        return sentence
    if (qualified := _QUALIFIED_SET.match(sentence[m.end() :])) is not None:
        return sentence[: m.start()] + sentence[m.end() + qualified.end() :]
    now = _NOW.search(sentence, m.end())
    return sentence[: m.start()] + (sentence[now.start() :] if now else "")


def counted_sentence(text: str) -> bool:
    """Whether the text holds a count a claim may be read from (3个方面, 12项): read_claims reads no other sentence."""
    return _COUNTED.search(text) is not None


def read_claims(text: str, groups: int | None = None, items: int | None = None) -> Claimed:
    """The counts a notice states about its problems (first statement of each kind), never counts of
    measures, meetings, people or money, of a share (认领4项) or of a subset in parentheses."""
    split = _SENTENCE_END.split(_PARENTHETICAL.sub("", text))
    if "方面" in text:  # the cheap precheck: an area named by its ordinal says 方面
        split = [_without_area_counts(s) for s in split]
    counted = [i for i, s in enumerate(split) if _COUNTED.search(s)]
    # a sentence recalling an earlier publication (公布了…情况) is the earlier notice's where a later one speaks of now
    told = [_recalls_publication(split[i]) for i in counted]
    nows = [_NOW.search(split[i]) is not None for i in counted] if any(told) else []
    sentences = [_as_now(split[i], told[k] and any(nows[k + 1 :])) for k, i in enumerate(counted)]
    # each counted sentence with the one printed before it, where a count of tasks may stand (_counts_tasks)
    befores = [split[i - 1] if i else "" for i in counted]
    found: dict[str, tuple[int, int] | None] = dict.fromkeys(_CLAIMS)
    for index, sentence in enumerate(sentences):
        if _round_wide(sentences, index):
            continue
        announced = _ANNOUNCING.sub("", sentence) if sentence.lstrip().startswith("现将") else sentence
        for key, pattern in _CLAIMS.items():
            said = sentence if key in _PROBLEM_KINDS else announced
            if found[key] is None and holds_any(said, _CLAIM_WORDS[key]):
                found[key] = _first_total(
                    pattern, said, index, key in _PROBLEM_KINDS, befores[index], within_done=key == "longterm"
                )
                if key == "in_progress" and found[key] is not None:
                    found[key] = _open_total(pattern, said, index, befores[index])
    specific, plain = found["specific"], found["problems"]
    problems, counts_groups = (specific[1] if specific else None), None
    refined = _REFINED.search(sentences[specific[0]]) if specific is not None and "细" in text else None
    if specific is not None and refined is not None and (finer := _to_int(refined[1])) is not None:
        problems, counts_groups = finer, specific[1]
    elif specific is not None:
        # 4个方面13个问题,细化为62个具体问题: the plain count of the same sentence counts groups.
        counts_groups = plain[1] if plain and plain[0] == specific[0] else None
        if counts_groups is None and (classes := _CLASSES.search(sentences[specific[0]])):
            counts_groups = _to_int(classes[1])  # 14个大类40项具体问题: the classes count the groups
    elif plain and (middle := _middle_count(sentences, plain)) is not None:
        counts_groups, problems = middle, plain[1]  # 3个方面14项共38个问题: the 项 are the groups
    elif plain and groups is not None and (items is None or abs(plain[1] - groups) < abs(plain[1] - items)):
        # "10个问题" counts the middle headings where a notice has them, unless it is as near the items'
        # count (L02 claims 37 problems over its groups of 22 listed problems: it counts problems; with one
        # problem a group both counts agree, and 个问题 then reads as the problems it plainly names)
        counts_groups = plain[1]
    elif plain:
        problems = plain[1]
    elif specific is None:
        problems = _matters_count(sentences) or _refined_tasks_count(sentences)
    return Claimed(
        aspects=_value(found["aspects"]),
        problem_groups=counts_groups,
        problems=problems,
        completed=_value(found["completed"]),
        in_progress=_value(found["in_progress"]),
        longterm=_value(found["longterm"]),
    )


# 第1、2、4项问题已整改完成 / 第3、5项问题正在整改中: problems listed by their numbers (a closing list by number, a
# development zone's 党工委), not counted; the number right after 第 or after a listed number is an ordinal, and so
# is a range's end (第1至4个问题已整改完成: a closing naming its problems by a range, round 100).
_ORDINAL_BEFORE = re.compile(rf"(?:第|[\d{CN_DIGITS}]\s*[、,，至到\-—~～])\s*$")


def _is_ordinal(m: re.Match[str], sentence: str) -> bool:
    """Whether the match's number is one of a list of problems by number rather than a count."""
    at = next((i for i in range(1, (m.lastindex or 0) + 1) if m[i]), 0)
    start = m.start(at) if at else m.start()
    return "第" in sentence and _ORDINAL_BEFORE.search(sentence, max(0, start - 3), start) is not None


# Parts listed after 其中, then their sum (其中巡察期间移交立行立改事项2个,反馈问题6个,共8个问题: a village's 公示 whose
# 立行立改 and feedback problems are one list, round 46): each part is a subset, the 共N个问题 after them the total.
_TOTAL_AFTER_PARTS = re.compile(rf"[,，、]\s*(?:共计|总计|合计|共)\s*{_N}\s*{_UNIT}(?:问题|$|[,，])")


# Parts named by their kind one after another without 其中 (上轮巡察整改不到位问题3个、本轮巡察发现问题5个，共计8个问题:
# a group's 回头看 notice, round 80): two counts of problems or more before the total, each closing on a pause.
_PART_COUNT = re.compile(rf"问题\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}(?:[^,，。;；\d]{{0,4}})问题")


def _a_part_before_its_total(sentence: str, m: re.Match[str]) -> bool:
    """Whether the count is one of the parts a 其中 opens or that stand in a row, their total printed after them in
    the same sentence."""
    opened = sentence.rfind("其中", 0, m.start())
    if opened != -1:
        return _TOTAL_AFTER_PARTS.search(sentence, m.end()) is not None
    if sentence[m.end() : m.end() + 1] not in ("、", ",", "，") or ("共" not in sentence and "计" not in sentence):
        return False  # the cheap precheck: a part closes on a pause and a total follows (共, 共计, 合计, 总计)
    total = _TOTAL_AFTER_PARTS.search(sentence, m.end())
    return total is not None and len(_PART_COUNT.findall(sentence, 0, total.start())) >= 2


# Parts named by their kind in a row with no total after them (指出上轮巡察反馈问题整改不到位问题4个、“回头看”新发现问题
# 5个: the opening of a body's notice on a 巡察“回头看”, which splits the problems it was given into the old ones not
# rectified and the new ones, issue 19's round 151; round 80's parts had their total printed after them): the parts
# together are the problems the notice was given, so the claim is their sum, never the first part's count. A later
# part holds no status (问题10个、已整改问题8个 counts the done among them, a tally, not a part) and no 具体 (a finer
# count of the same problems).
# The old part of a 回头看's split told with its noun BEFORE the negated done word (上轮巡察反馈问题未整改到位4个、
# 新发现问题5个 / 上一轮巡察问题中仍未整改到位的3个和本轮新发现问题6个 / 新发现问题3个、前次巡察问题整改不彻底2个: a
# county bureau's opening, issue 19's round 154; round 151's parts put the noun after it, 整改不到位问题4个): the
# negation is the 回头看's verdict on the earlier round's problems, which the notice rectifies anew, so the count is a
# part of the problems it was given, never a tally of its open problems; the parts in a row sum to its problems.
_NEGATED_DONE = (
    r"(?:仍|尚|还)?(?:整改)?(?:未|不)(?:整改)?(?:到位|彻底|完成|完毕)|(?:仍|尚|还)?未(?:完成)?整改(?:到位|完成|完毕)?"
)
_OLD_COUNT = rf"问题中?(?:{_NEGATED_DONE})(?:的问题|的|问题)?(?:有)?\s*{_N}\s*{_UNIT}"
_OLD_PART = re.compile(rf"{_OLD_COUNT}(?=\s*[、和及])")
_NEXT_PART = re.compile(
    rf"[、和及]\s*([^,，。;；:：]{{0,16}}?)(?:问题\s*{_N}\s*{_UNIT}|{_N}\s*{_UNIT}(?:[^,，。;；\d]{{0,4}})问题"
    rf"|(?P<old>{_OLD_COUNT}))"  # an old part after a new one (_OLD_COUNT): its negation is no status
)
_PART_STATUS = re.compile(r"完成|已整改|整改到位|正在|持续|推进|销号|整改中|具体")


def _parts_in_a_row(sentence: str, m: re.Match[str]) -> int | None:
    """The sum of the parts counted in a row from the match on (_NEXT_PART), where two or more stand so, else None."""
    if sentence[m.end() : m.end() + 1] not in ("、", "和", "及") or _PART_COUNT.fullmatch(m.group()) is None:
        return None  # the cheap precheck: a part closes on a joining word and counts its problems as a part does
    found = _sum_of_parts(sentence, _to_int(next((g for g in m.groups() if g), None)), m.end())
    return found[0] if found else None


def _sum_of_parts(sentence: str, first: int | None, at: int) -> tuple[int, list[tuple[int, bool]]] | None:
    """(sum, the later parts' ends each with whether it is an old part) of a row of parts whose first counts `first`
    and ends at `at` (_NEXT_PART); None where fewer than two stand so, or a later one holds a status (a tally)."""
    total, ends = first, []
    while total is not None and (part := _NEXT_PART.match(sentence, at)) is not None:
        old = part["old"] is not None
        if _PART_STATUS.search(part.group(1) if old else part.group()):
            return None  # a tally by status, or a finer count: no part of the problems
        value = _to_int(next((g for g in part.groups()[1:] if g and g != part["old"]), None))
        if value is None:
            return None
        total, at = total + value, part.end()
        ends.append((at, old))
    return (total, ends) if total is not None and ends else None


_ROW_START = re.compile(rf"(?P<old>{_OLD_COUNT})(?=\s*[、和及])|(?:{_PART_COUNT.pattern})(?=[、和及])")


def _within_old_parts(sentence: str, m: re.Match[str]) -> tuple[int, bool] | None:
    """(the row's sum, whether the match ends an old part) where the match's count stands in a row of parts of which
    one is an old part (_OLD_COUNT), else None."""
    if "问题" not in sentence or not ("未" in sentence or "不" in sentence):
        return None  # the cheap precheck: an old part names its problems and negates their done word
    for start in _ROW_START.finditer(sentence):
        number = next((g for g in start.groups() if g and g != start["old"]), None)
        found = _sum_of_parts(sentence, _to_int(number), start.end())
        if found is None:
            continue
        total, ends = found
        parts = [(start.end(), start["old"] is not None), *ends]
        if not any(old for _, old in parts) or not start.start() < m.end() <= parts[-1][0]:
            continue
        return total, any(end == m.end() and old for end, old in parts)
    return None


# issue 19's round 87: a tally by status in Chinese numerals closes on 一个 (已完成整改十五个，基本完成两个，一个持续
# 推进: a provincial notice under 省委巡视 writes its counts in words): after another count of the same sentence, 一个
# before a status word counts that kind, as 1个 does, and is not the idiom 一个问题一名领导.
_COUNT_BEFORE = re.compile(rf"[\d{CN_DIGITS}]\s*{_UNIT}")


def _one_in_a_tally(sentence: str, m: re.Match[str]) -> bool:
    """Whether a status count of 一 follows another count in its sentence: a tally's kind, not the idiom."""
    return _COUNT_BEFORE.search(sentence, 0, m.start()) is not None


def _first_total(
    pattern: re.Pattern[str],
    sentence: str,
    index: int,
    of_problems: bool,
    previous: str = "",
    *,
    within_done: bool = False,
) -> tuple[int, int] | None:
    """(sentence index, count) of the first match that is a total rather than a share or a subset (`previous`: the
    sentence printed before it; `within_done`: a subset of the done count is none, see _DONE_BEFORE_SUBSET)."""
    for m in pattern.finditer(sentence):
        before = sentence[max(0, m.start() - _BEFORE_WINDOW) : m.start()]
        if _NOT_TOTAL.search(before) or (of_problems and _SUBSET.search(before)) or _is_ordinal(m, sentence):
            continue
        if within_done and _SUBSET.search(before) and _DONE_BEFORE_SUBSET.search(sentence, 0, m.start()):
            continue
        if of_problems and _a_part_before_its_total(sentence, m):
            continue
        if of_problems and (parts := _parts_in_a_row(sentence, m)) is not None:
            return index, parts  # the parts named in a row, their total unprinted (_NEXT_PART)
        if (row := _within_old_parts(sentence, m)) is not None:
            if of_problems:
                return index, row[0]  # a part of a row that holds an old part: the row's sum (_OLD_COUNT)
            if row[1]:
                continue  # the old part's negated done word is the 回头看's verdict, no tally of open problems
        if of_problems and _OF_A_STATUS.search(before):
            continue  # 对正在推进的3个问题加强督办: the problems of one status, not all of them
        if not of_problems and _counts_tasks(sentence, m.start(), previous):
            continue
        number = next((g for g in m.groups() if g), None)
        if number == "一" and (of_problems or not _one_in_a_tally(sentence, m)):
            continue  # 一个问题一名领导, 纠正一个问题: the idiom, not a count
        value = _to_int(number)
        if value is not None:
            return index, value
    return None


# The problems kept up long-term counted as a part of the done ones (已完成整改的问题7个，其中需长期坚持的1个 /
# 已完成整改3个，其中1个需长期坚持: a city group's counts, issue 19's round 119): 其中 right after the done count
# makes them a subset of it, as the same words in parentheses are (（其中需长期坚持的2个）, which read_claims drops);
# the set keeps a longterm claim for a count told apart from the completed one (r21, r23, r41, r52).
_DONE_BEFORE_SUBSET = re.compile(
    rf"(?:完成|办结|销号|到位)(?:整改)?(?:的问题|问题)?\s*{_N}\s*{_UNIT}(?:问题)?[,，、]?\s*其中[^,，。;；]{{0,4}}$"
)


def _open_total(pattern: re.Pattern[str], sentence: str, index: int, previous: str = "") -> tuple[int, int] | None:
    """The open problems of a sentence that counts them by kind (基本完成1个,未完成2个 → 3): every kind of open work
    is in progress, so the kinds add up; a breakdown after 其中 is part of a total already counted."""
    total, kinds = 0, set()
    for m in pattern.finditer(sentence):
        before = sentence[max(0, m.start() - _BEFORE_WINDOW) : m.start()]
        at = next((i for i in range(1, (m.lastindex or 0) + 1) if m[i]), 0)  # the count's group (1, or 2: 1个正在推进)
        kind = (m.group()[: m.start(at) - m.start()] + m.group()[m.end(at) - m.start() :]) if at else m.group()
        if _NOT_TOTAL.search(before) or _SUBSET.search(before) or kind in kinds or _is_ordinal(m, sentence):
            continue
        if _counts_tasks(sentence, m.start(), previous) or ((row := _within_old_parts(sentence, m)) and row[1]):
            continue  # a count of tasks; an old part of a 回头看's split (_OLD_COUNT)
        # 一个问题一名领导: the idiom, as in _first_total, unless a tally's kind (…十五个，一个持续推进)
        value = _to_int(m[at]) if at and (m[at] != "一" or _one_in_a_tally(sentence, m)) else None
        if value is not None:
            kinds.add(kind)
            total += value
    return (index, total) if kinds else None


def _value(found: tuple[int, int] | None) -> int | None:
    return found[1] if found else None


def _to_int(value: str | None) -> int | None:
    if value is None:
        return None
    from .dates import cn_int

    return cn_int(value)
