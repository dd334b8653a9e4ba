"""Facts about the notice itself: who, when, which inspection team, and the counts it claims."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import FoundDate, find_dates, find_range
from .lexicon import CN_DIGITS, ORG_LINE_RE, TITLE_RE
from .model import Claimed

_N = rf"(\d{{1,4}}|[{CN_DIGITS}]{{1,4}})"
_UNIT = r"(?:个|项|条|件)"
_TEAM_RE = re.compile(
    rf"(?:省|市|县|区|州|盟|旗|自治区)委(?:第[{CN_DIGITS}\d]{{1,3}}(?:巡察|巡视)组|(?:巡察|巡视)第[{CN_DIGITS}\d]{{1,3}}组)"
)
_TEAM_FALLBACK_RE = re.compile(r"(?:省|市|县|区|州|盟|旗)委(?:巡察|巡视)组")
_PUBLISHED_RE = re.compile(r"(?:发布|发表|公开|成文)(?:时间|日期)\s*[:：]?\s*")
_CLAIMS = {
    "aspects": re.compile(rf"{_N}\s*(?:个|大)?方面"),
    "specific": re.compile(rf"{_N}\s*{_UNIT}具体问题"),
    "problems": re.compile(rf"{_N}\s*{_UNIT}问题|问题\s*{_N}\s*{_UNIT}"),
    "completed": re.compile(
        rf"(?:已完成整改|已整改完成|已整改到位|已整改落实|已完成|已整改|完成整改|整改完成)(?:的问题)?\s*{_N}\s*{_UNIT}"
    ),
    "in_progress": re.compile(
        rf"(?:正在(?:推进)?整改|正在推进(?:整改)?|尚未完成|未完成|持续整改|基本完成)(?:的问题)?\s*{_N}\s*{_UNIT}"
    ),
    "longterm": re.compile(rf"(?:需要?)?长期坚持(?:整改)?(?:的问题)?\s*{_N}\s*{_UNIT}"),
}

_SENTENCE = re.compile(r"[。；;\n]")
_COUNTED = re.compile(rf"[\d{CN_DIGITS}]\s*(?:个|项|条|件|大?方面)")


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


def read_header(head: list[str], intro_text: str, tail: list[str]) -> Header:
    """Header facts from the lines before the body (head), the framing text and the closing lines."""
    title = next((ln for ln in head[:8] if TITLE_RE.match(ln)), None)
    intro_text = intro_text[:3000]  # the inspection sentence opens a notice
    issuer = _issuer(title, tail)
    dates = find_dates(intro_text)
    start, end = _period(intro_text, dates)
    return Header(
        title=title,
        issuer=issuer,
        agency=_agency(issuer),
        inspection_team=_team(intro_text),
        inspection_start=start,
        inspection_end=end,
        feedback_date=_feedback(intro_text, dates),
        published=_published(head),
        signed=_signed(tail),
    )


def _issuer(title: str | None, tail: list[str]) -> str | None:
    if title and (m := TITLE_RE.match(title)):
        return m["issuer"].strip()
    orgs = [ln for ln in tail if ORG_LINE_RE.match(ln) and len(ln) <= 40]
    preferred = [ln for ln in orgs if ln.startswith(("中共", "中国共产党"))]
    candidates = preferred or orgs
    return candidates[-1] if candidates else None


def _agency(issuer: str | None) -> str | None:
    if not issuer:
        return None
    return re.sub(r"^(?:中共|中国共产党)", "", issuer) or None


def _team(text: str) -> str | None:
    m = _TEAM_RE.search(text) or _TEAM_FALLBACK_RE.search(text)
    return m.group(0) if m else None


def _period(text: str, dates: list[FoundDate]) -> tuple[str | None, str | None]:
    found = find_range(text, dates)
    return (found[0].iso, found[1].iso) if found else (None, None)


def _feedback(text: str, dates: list[FoundDate]) -> str | None:
    """The date nearest before the first 反馈 in the same sentence (the year from context)."""
    for m in re.finditer(r"反馈", text):
        sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
        before = [d for d in dates if sentence_start <= d.start and d.end <= m.start()]
        if before:
            return before[-1].iso
    return None


def _published(head: list[str]) -> str | None:
    for line in head[:10]:
        m = _PUBLISHED_RE.search(line)
        if m:
            dates = find_dates(line[m.end() :])
            if dates and dates[0].start == 0:
                return dates[0].iso
    return None


def _signed(tail: list[str]) -> str | None:
    """The date standing alone on a line under the signature."""
    for line in reversed(tail):
        dates = find_dates(line)
        if len(dates) == 1 and dates[0].year_written and len(line) - (dates[0].end - dates[0].start) <= 2:
            return dates[0].iso
    return None


def read_claims(text: str, has_groups: bool) -> Claimed:
    """The counts a notice states about itself (first statement of each kind)."""
    text = "。".join(s for s in _SENTENCE.split(text) if _COUNTED.search(s))  # sentences that count things
    found: dict[str, int | None] = {}
    for key, pattern in _CLAIMS.items():
        m = pattern.search(text)
        value = next((g for g in m.groups() if g), None) if m else None
        found[key] = _to_int(value)
    problems, groups = found["specific"], None
    if problems is not None:
        groups = found["problems"]
    elif has_groups:
        groups = found["problems"]  # "10个问题" counts the middle headings where a notice has them (002)
    else:
        problems = found["problems"]
    return Claimed(
        aspects=found["aspects"],
        problem_groups=groups,
        problems=problems,
        completed=found["completed"],
        in_progress=found["in_progress"],
        longterm=found["longterm"],
    )


def _to_int(value: str | None) -> int | None:
    if value is None:
        return None
    from .dates import cn_int

    return cn_int(value)
