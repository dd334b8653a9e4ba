"""What a chat question asks: its intent, the item number or topic it names, its language. Pure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from notices.normalize import to_simplified

from .topics import ENGLISH_TOPICS, STOP_WORDS

MAX_QUESTION = 300  # characters read of a question; the rest is ignored (and said so)
INTENTS = (
    "open_items", "item_status", "topic_search", "summary", "claims_check", "changes", "latest",
    "list_agencies", "help",
)  # fmt: skip

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (intent, re.compile(pattern, re.I))
    for intent, pattern in (
        ("help", r"^(?:/?(?:help|start)|帮助|你好|您好|hi|hello|怎么用|使用说明)[\s!！?？。.]*$"),
        ("topic_search", r"哪些(?:单位|部门|地方|机构)(?:有|存在|涉及|也有|都有)|哪家(?:单位)?有|谁有|还有谁"
                         r"|which (?:agencies|organi[sz]ations|units|bodies|places) (?:have|had|share|also)"
                         r"|who (?:else )?(?:has|have|had)|\bshare[sd]?\b"),
        ("changes", r"变化|变动|有什么变|更新了什么|前后对比|changed|changes|what'?s new|differences?"),
        ("claims_check", r"核对|声称|自称|对得上|一致|矛盾|说的.*(?:对|准)|claim|contradict|consistent|add up|match"),
        ("latest", r"最新|最近(?:收录|入库|发布|的通报)|新通报|latest|recent|newest"),
        ("list_agencies", r"哪些单位|有哪些机构|单位列表|所有单位|收录了哪些|都有谁"
                          r"|(?:list|show)(?: all)?(?: the)? agencies|which agencies|what agencies"
                          r"|agencies (?:do you|are)"),
        ("item_status", r"问题\s*\d+|第\s*\d+\s*(?:个|项|条|号)|\d+\s*号问题"
                        r"|(?:item|problem|issue|no\.?)\s*#?\s*\d+|#\d+"
                        r"|整改(?:了|完|好)了?吗|完成了吗|改了吗|status of|is .* (?:done|fixed|finished|rectified)"),
        ("summary", r"多少|几个|几项|统计|完成率|概况|总体|总共|how many|summary|count|overview|progress|percent"),
        ("open_items", r"没整改完|没有整改|未整改|没完成|未完成|没有完成|还有哪些|正在推进|尚未|没改完|还没"
                       r"|待整改|在整改"
                       r"|\bopen\b|unfinished|outstanding|in progress|pending|not (?:yet )?(?:done|finished|rectified)"
                       r"|still|remain"),
    )
)  # fmt: skip
_NUMBER = re.compile(r"(?:问题|第|item|problem|issue|no\.?|#)\s*#?\s*(\d{1,3})|(\d{1,3})\s*号", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOPIC_CN = (
    re.compile(r"(?:有|存在|涉及|出现|关于)([\u4e00-\u9fffA-Za-z0-9“”]{2,16}?)(?:方面的问题|的问题|问题|情况|方面)"),
    re.compile(r"([\u4e00-\u9fff“”]{2,16}?)(?:方面的问题|的问题|问题)(?:整改|改|怎么样|进展|情况)"),
    re.compile(r"(?:查|搜索|搜|查询)([\u4e00-\u9fff]{2,16})"),
)


@dataclass(frozen=True)
class Question:
    text: str  # what was read: simplified, NFKC, at most MAX_QUESTION characters
    lang: str  # zh | en
    intent: str
    number: str | None  # item number asked about ("21")
    truncated: bool = False


def read_question(raw: str) -> Question:
    """Classify a chat question (Chinese or English)."""
    text = unicodedata.normalize("NFKC", raw or "").strip()
    truncated = len(text) > MAX_QUESTION
    text = to_simplified(text[:MAX_QUESTION]).strip()
    lang = "zh" if _CJK.search(text) else "en"
    number_match = _NUMBER.search(text)
    number = next((g for g in number_match.groups() if g), None) if number_match else None
    intent = next((name for name, rule in _RULES if rule.search(text)), "")
    return Question(text=text, lang=lang, intent=intent, number=number, truncated=truncated)


def topic_terms(text: str, spans: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Chinese words to search titles and measures for; English topics become their Chinese words."""
    lowered = text.lower()
    for span in sorted(spans, key=len, reverse=True):
        lowered = lowered.replace(span.lower(), " ")
    english: list[str] = []
    for key in sorted(ENGLISH_TOPICS, key=len, reverse=True):  # "travel expense" before "expense"
        if key in lowered:
            english += ENGLISH_TOPICS[key]
            lowered = lowered.replace(key, " ")
    if english:
        return tuple(dict.fromkeys(english))
    for pattern in _TOPIC_CN:
        m = pattern.search(lowered)
        if m:
            term = _strip_stop_words(m.group(1))
            if len(term) >= 2:
                return (term,)
    quoted = re.findall(r"[“\"]([^”\"]{2,16})[”\"]", lowered)
    return tuple(_strip_stop_words(q) for q in quoted if len(_strip_stop_words(q)) >= 2)


def _strip_stop_words(term: str) -> str:
    term = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", term)
    changed = True
    while changed:
        changed = False
        for word in STOP_WORDS:
            if term.startswith(word) and len(term) > len(word):
                term, changed = term[len(word) :], True
            if term.endswith(word) and len(term) > len(word):
                term, changed = term[: -len(word)], True
    return "" if term in STOP_WORDS else term
