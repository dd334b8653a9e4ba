"""Answer a chat question from the store: what the bot and the console demo both reply with.

Returns an `Answer` (facts, no formatting); answers/render.py turns it into the chat message.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from notices.statuses import DONE, OPEN
from store import Agency, Counts, ItemRow, Store
from store.queries import HEADINGS_SCAN, RELEVANT_CANDIDATES

from .questions import Question, Vocabulary, problem_topic, read_question
from .resolve import Resolution, directory, resolve
from .slots import RUNS, ItemRef, _has, data

LIST_LIMIT = 40
LIST_INTENTS = ("open_items", "topic_search", "list_agencies")
# A status filter → (statuses, pending) of the items it lists; overdue is read from the deadlines.
STATUS_FILTERS: dict[str, tuple[tuple[str, ...], bool | None]] = {
    "in_progress": (("in_progress",), None),
    "unstated": (("unstated",), None),
    "unstated_pending": (("unstated",), True),
    "longterm": (("done_longterm",), None),
    "done": (DONE, None),
    "done_pending": (DONE, True),
    "pending": ((*OPEN, *DONE), True),
}


@dataclass
class Answer:
    intent: str
    lang: str
    question: str
    agencies: list[str] = field(default_factory=list)
    place: str | None = None
    choices: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    flagged: list[ItemRow] = field(default_factory=list)  # declared done, text shows pending work
    total: int = 0  # items matching before the list limit
    counts: Counts | None = None
    per_agency: list[tuple[str, Counts]] = field(default_factory=list)
    notices: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    topic: tuple[str, ...] = ()
    number: str | None = None
    problem: str | None = None  # empty | no_match | need_agency | ambiguous | no_item | no_topic | no_data | no_more
    at_least: bool = False  # counts are lower bounds (a very common topic word)
    truncated: bool = False
    status: str | None = None  # the status filter applied to a list
    offset: int = 0  # the page of a list: items before these were shown already
    heard: list[tuple[str, str]] = field(default_factory=list)  # names read by their sound: (typed, read as)
    since: str | None = None  # the notices listed are dated this day or later (2025年以来, this year)
    ref_note: tuple[str, str] | None = None  # (the Nth item, its printed label) when they differ
    others: list[ItemRow] = field(default_factory=list)  # a topic's items of a status not asked for (a.topic's)
    unknown: str | None = None  # a name as typed that no stored agency or place answers to
    kind: str | None = None  # the kind of place the agencies were taken by (county: 都有哪些县的), see regions.toml
    picked: str | None = None  # the agency at the end of a ranking a superlative asks for (哪家完成率最低)
    dated_by: str | None = None  # the notice date a time bound was about: feedback | inspection (None: its own)
    oldest: bool = False  # the earliest notices listed first (最早的那份)
    followed: bool = False  # answered in the context of the chat's previous question
    context: dict[str, Any] | None = None  # what this answer established, for the next question

    def to_json(self, text: str) -> dict[str, Any]:
        """The `rectibot ask --json` shape."""
        return {
            "intent": self.intent,
            "agencies": self.agencies,
            "choices": self.choices,
            "items": [
                {
                    "agency": i.agency,
                    "seq": i.seq,
                    "label": i.label,
                    "title": i.title,
                    "status": i.status,
                    "pending": i.pending,
                }
                for i in [*self.items, *self.flagged]
            ],
            "text": text,
        }


def answer(
    store: Store,
    raw: str,
    *,
    agency_id: int | None = None,
    context: dict[str, Any] | None = None,
    today: date | None = None,
) -> Answer:
    """Answer one question typed in chat.

    `agency_id` settles which agency it means (a chosen button); `context` is what the chat's
    previous question established (follow-ups take from it); `today` dates deadlines.
    """
    today = today or date.today()
    q = read_question(raw, directory(store), this_year=today.year, vocabulary=store.known_words)
    if not q.text:
        return Answer("help", q.lang, "", problem="empty")
    offset, followed = 0, False
    if "correction" in q.fragment and len(q.res.agencies) > 1:  # 不是天长，是青神: the name said last
        q = replace(q, res=resolve(_CORRECTED.split(q.text)[-1], directory(store)))
    if context:
        q, offset, followed = _follow(q, context, store.agencies(), store.known_words)
    elif "others" in q.fragment and q.res.agencies and _EXCEPT.search(q.text):  # 除了溆浦，还有谁没整改完
        q = replace(q, res=_all_but(q.res.agencies, store.agencies()))
    res = q.res
    if agency_id is not None:
        chosen = tuple(a for a in store.agencies() if a.id == agency_id)
        res = Resolution(agencies=chosen, named=True, spans=res.spans)
    kind = q.place_kind if not res.agencies and agency_id is None else None
    if kind is not None:  # 都有哪些县的 / 哪些区还有没整改完的: the agencies of that kind of place, as a place's
        among = [x for x in store.agencies() if x.name in res.choices] if res.choices else store.agencies()
        of_kind = tuple(x for x in among if kind.holds(x.region, x.level))  # 县级的科技局: of the kind named
        res = Resolution(agencies=of_kind, named=True, spans=(*res.spans, kind.span))
    if q.intent == "help" and res.agencies and not q.cued:
        q = replace(q, intent="summary")  # an agency and nothing else understood: how it is doing, open items
    elif q.intent == "help" and res.place and not res.agencies and not q.cued and _place_alone(q.text, res.spans):
        q = replace(q, intent="list_agencies")  # 有没有湖北的通报: a place with nothing stored, said so
    base = Answer(
        q.intent, q.lang, q.text, truncated=q.truncated, number=q.number, status=q.status, offset=offset,
        heard=list(res.heard), followed=followed, unknown=res.unknown, kind=kind.key if kind else None,
    )  # fmt: skip
    if q.intent != "help" and not store.has_agencies():
        base.problem = "no_data"
        return base
    if kind is not None and not res.agencies and q.intent != "help":
        base.problem = "none_in_place"  # 都有哪些区的, none stored: said so, never widened to every agency
        return base
    handler = _HANDLERS.get(q.intent, _help)
    if q.absent and not res.named and q.intent in ("topic_search", "list_agencies", "item_status"):
        handler = _without_topic  # 哪些单位没有公车问题: the agencies the topic's search finds nothing in
    result = handler(store, replace(q, res=res), res, base, today)
    if q.excepted is not None:  # 除了第33项还有没完成的吗: that item left out of what is listed
        _leave_out(store, result, q.excepted, q.text)
    # Details of a store-wide list, or a store-wide topic found in one agency only (哪家有文件签发不规范的问题):
    # that agency is what 这家 / they in the next question point at.
    one = result.intent == "topic_search" and len(result.agencies) == 1
    if not res.agencies and result.items and (result.intent == "item_status" or one):
        shown = {i.agency for i in result.items}
        res = Resolution(agencies=tuple(a for a in store.agencies() if a.name in shown), named=True)
    if result.picked:  # 哪家完成率最低: the agency the ranking names is what 那家 next points at
        res = Resolution(agencies=tuple(a for a in store.agencies() if a.name == result.picked), named=True)
    result.context = _context_of(q, res, result, context)
    return result


_PROBLEMS = re.compile(r"问题|事项|problems|items|issues", re.I)  # 这家一共多少个问题: the agency's, counted
# the agencies named are left out (除了溆浦, 不算源城的话, excluding Xupu)
_EXCEPT = re.compile(
    r"除了|除去|除开|不算|不包括|不含|排除|刨去|刨除|except|besides|apart from|other than|excluding|not counting"
    r"|leav(?:e|ing) out",
    re.I,
)
OTHERS_LISTED = 50  # the other agencies named one by one up to this many; beyond, the question is store-wide
_CORRECTED = re.compile(r"是|我说|我问|meant|mean|,|，", re.I)  # what follows the last of these is the correction
# What may stand beside a place asked about alone (有没有湖北的通报, 浙江的有吗, any notices from Hubei?); anything
# else (明天上海下雨吗) is a question the bot does not answer, whatever place it names.
_ABOUT_A_PLACE = re.compile(
    r"有没有|有吗|有没|有么|的|吗|呢|么|整改|通报|notices?|any|from|do you have|have you got|[\s?？!！。.,，]", re.I
)


def _leave_out(store: Store, a: Answer, ref: ItemRef, text: str) -> None:
    """Drop from an answer's lists the item an except-word names (除了第33项), in each agency it answers for."""
    by_name = {x.name: x.id for x in store.agencies()}
    ids = [by_name[n] for n in a.agencies if n in by_name]
    if not ids:
        return
    gone = {(i.agency, i.seq) for i in _referred(store, ids, ref, text)[0]}
    kept = [i for i in a.items if (i.agency, i.seq) not in gone]
    a.total -= len(a.items) - len(kept)
    a.items, a.flagged = kept, [i for i in a.flagged if (i.agency, i.seq) not in gone]


def _place_alone(text: str, spans: tuple[str, ...]) -> bool:
    """Whether a question names a place and nothing else but words asking whether it has notices."""
    for span in sorted(spans, key=len, reverse=True):
        text = text.replace(span, "")
    return not _ABOUT_A_PLACE.sub("", text)


_STILL_OPEN = {"in_progress", "unstated", "done_pending", "pending"}  # filters inside the open list
_IN_ENGLISH = re.compile(r"英文|英语|english", re.I)  # 换成英文说: the previous answer again, in English
_WHOLE_STORE = ("latest", "list_agencies")  # intents whose question is whole without an agency
_ANSWERABLE_ALONE = ("open_items", "summary", "claims_check", "changes", "latest", "list_agencies")


def _follow(
    q: Question, ctx: dict[str, Any], agencies: list[Agency], vocabulary: Vocabulary | None = None
) -> tuple[Question, int, bool]:
    """Fill what a fragment leaves out from the previous question; a question with its own agency,
    topic or intent stands alone. Kinds of fragment: 那青神呢, 第12项呢, 还有吗, 具体点, 其中哪些…,
    一共几个, 哪家完成得好, 搞错了是X (answers/data/intents.toml [fragments])."""
    before = _restore(ctx, agencies)
    kinds, named = q.fragment, q.res.named
    again = replace(before, text=q.text, lang=q.lang, fragment=q.fragment, cued=q.cued, shown=())  # asked again
    step = 1 if "next_item" in kinds else -1 if "previous_item" in kinds else 0
    shown = _shown(ctx)
    picked = _chosen_of(q, ctx, agencies) if not before.res.agencies else None
    if picked is not None:  # 第二个 / 县级的 / 山西那个 / the one in Anhui after the choices: the question asked, there
        return replace(again, res=picked), 0, True
    nth = _nth_agency(q.text) if not named else None
    if nth is not None:  # 你说的第一家改完了吗: the agency shown Nth in the previous answer
        order = _agencies_shown(ctx, agencies)
        if 0 < nth <= len(order):
            chosen = Resolution(agencies=(order[nth - 1],), named=True)
            if before.topic and q.ref is None and not q.is_topic:  # after a topic: that topic there
                intent = before.intent if before.intent in ("topic_search", "item_status") else "topic_search"
                return replace(again, intent=intent, res=chosen, ref=None, shown=()), 0, True
            q, named = replace(q, res=chosen), True
    if "listed" in kinds and q.ref is not None and q.ref.form in ("ordinal", "either") and not named:
        n = q.ref.number or 0
        if 0 < n <= len(shown) and len(shown) > 1:  # 上面第二个: the second item the previous answer showed
            agency = tuple(a for a in agencies if a.name == shown[n - 1][0])
            ref = ItemRef(shown[n - 1][1], "ordinal", "")  # that item, by its place in its notice
            there = Resolution(agencies=agency, named=True)
            return replace(q, intent="item_status", res=there, ref=ref, topic=(), words={}), 0, True
    if step and ctx.get("intent") == "item_status" and len({a for a, _ in shown}) == 1 and q.ref is None:
        ref = ItemRef(shown[0][1] + step, "ordinal", "")  # 下一个呢 / next one: the neighbour in the notice
        return replace(again, intent="item_status", ref=ref, topic=(), words={}), 0, True
    if "language" in kinds and not named and q.ref is None and not q.is_topic and not q.status:
        return replace(again, lang="en" if _IN_ENGLISH.search(q.text) else "zh"), 0, True  # 换成英文说: the same again
    rest = "rest" in kinds and "others" not in kinds  # 其他的单位呢 asks about other agencies, not the rest
    if rest and before.status == "done" and not named and q.ref is None and not q.is_topic:
        return replace(again, intent="open_items", status=None), 0, True  # 只看已完成的 → 那其他的呢: the not done
    if "widen" in kinds and q.status and before.status and not named and q.ref is None:
        both = {q.status, before.status} <= _STILL_OPEN  # 正在推进的 + 没标进度的: the open list holds both
        return replace(again, intent="open_items" if both else before.intent, status=None), 0, True
    if "relist" in kinds and not named and q.ref is None and not q.is_topic and not q.status and not q.cued:
        return again, 0, True  # 全部列出来 / 只要标题就行: the same list again
    if "together" in kinds and not named and q.ref is None and not q.is_topic:
        recent = _recent(ctx, agencies)
        if len(recent) >= 2:  # 两家加起来呢: the agencies just asked about, side by side
            return replace(again, intent="summary", res=Resolution(agencies=tuple(recent[:2]), named=True)), 0, True
    if q.more:
        more = int(ctx.get("offset", 0)) + LIST_LIMIT if ctx.get("intent") in LIST_INTENTS else 0
        return again, more, True
    if "others" in kinds and q.ref is None and before.intent in (*LIST_INTENTS, "summary"):
        return _others(q, before, again, agencies), 0, True
    if "others" in kinds and q.ref is None and before.intent == "item_status" and (before.topic or q.is_topic):
        return replace(_others(q, before, again, agencies), intent="topic_search"), 0, True  # 别的单位有这个问题吗
    if "correction" in kinds and (named or q.ref is not None):  # 不对，是青神的 / 打错了，是第13个: the rest kept
        return replace(again, res=q.res if named else before.res, ref=q.ref or before.ref), 0, True
    if "same_number" in kinds and named and q.res.agencies and q.ref is None and before.ref is not None:
        return replace(again, intent="item_status", res=q.res, topic=(), words={}), 0, True  # 溆浦同一编号的呢
    if named and not q.res.agencies:
        return q, 0, False  # a name not recognised is said, never answered for the previous agency
    # 溆浦也有这个问题吗 after one item: that item's problem (its title read as a topic) looked for in the agency named
    title = ctx.get("item_title")
    if "same_problem" in kinds and named and title and q.ref is None and not q.is_topic:
        asked = problem_topic(str(title), vocabulary)
        return replace(asked, text=q.text, lang=q.lang, res=q.res, fragment=q.fragment, cued=q.cued), 0, True
    if "compare" in kinds and not q.is_topic and len(q.res.agencies) < 2:
        recent = _recent(ctx, agencies)
        if len(recent) >= 2:  # 这两家比比哪家整改得好: the agencies just asked about, ranked
            return replace(q, intent="summary", res=Resolution(agencies=tuple(recent[:2]), named=True)), 0, True
    if "responsible" in kinds and ctx.get("intent") == "item_status" and shown and not named and q.ref is None:
        return replace(q, intent="item_status", res=before.res, shown=shown), 0, True  # 谁负责整改的: that item
    # 青神那条改完了吗 after a list: the item of that agency just shown (这条/那条 with a name narrows the list)
    # 具体哪些没完成 asks a list of its own (its words cue one, or a status filter): not the details of an item
    listed = q.cue_intent == "open_items" or q.status is not None
    pointed = ("details" in kinds and not listed) or ("this_item" in kinds and named)
    if pointed and q.ref is None and not q.is_topic and shown:
        if named:
            names = {a.name for a in q.res.agencies}
            shown = tuple(x for x in shown if x[0] in names)
        if shown:
            one = ctx.get("intent") != "item_status"  # details of a list: its first item
            scope = q.res if named else before.res
            return replace(q, intent="item_status", res=scope, shown=shown[:1] if one else shown), 0, True
    if q.is_topic and q.ref is None and not named:
        if {"pronoun", "narrow"} & kinds and before.res.agencies:  # what else did they get under …: the same agency
            intent = q.intent if q.intent in ("topic_search", "item_status") else "topic_search"
            return replace(q, intent=intent, res=before.res), 0, True
        return q, 0, False
    if q.ref is not None and not named:  # 那问题27呢 / (25)呢 / 第9个呢: the same agency
        if before.res.agencies:
            return replace(q, intent="item_status", res=before.res, topic=(), words={}), 0, True
        return q, 0, False
    if named and q.ref is None and not q.is_topic:
        if q.cued and q.intent in _ANSWERABLE_ALONE and not q.follow and q.intent != before.intent:
            return q, 0, False  # 朔州还有哪些问题没整改完: a question of its own
        intent = before.intent
        if q.cued and q.intent in ("item_status", "topic_search") and before.topic:
            intent = q.intent  # 那朔州的改好了没 / has Tianchang fixed it: the same topic there
        elif before.intent == "item_status" and before.ref is None and not before.topic:
            intent = "summary"
        return replace(again, intent=intent, res=q.res, shown=()), 0, True
    if named:
        return q, 0, False
    return _fragment(q, before, again, ctx)


def _others(q: Question, before: Question, again: Question, agencies: list[Agency]) -> Question:
    """其他单位呢 / 除了溆浦还有谁 / the other agencies?: the previous question for every agency but the one just
    asked about (or the one named after 除了)."""
    asked = replace(again, res=_all_but(q.res.agencies or before.res.agencies, agencies), ref=None, shown=())
    return replace(asked, topic=q.topic, words=q.words, is_topic=True) if q.is_topic else asked


def _all_but(left_out: tuple[Agency, ...], agencies: list[Agency]) -> Resolution:
    """Every agency but these, named one by one when few enough; else the whole store."""
    ids = {a.id for a in left_out}
    others = tuple(a for a in agencies if a.id not in ids)
    return Resolution(agencies=others, named=True) if ids and len(others) <= OTHERS_LISTED else Resolution()


def _fragment(q: Question, before: Question, again: Question, ctx: dict[str, Any]) -> tuple[Question, int, bool]:
    """A question with no agency, topic or item of its own: what it adds to the previous one."""
    if q.store_wide and before.topic and q.intent in ("topic_search", "list_agencies", "help"):
        return replace(again, intent="topic_search", res=Resolution(), ref=None, shown=()), 0, True  # 还有哪家也有
    if q.store_wide or q.intent in _WHOLE_STORE:
        return q, 0, False  # 有哪些单位 / 最新的通报: complete without an agency
    if "notice" in q.fragment and before.res.agencies and q.ref is None and not q.is_topic:
        intent = q.intent if q.intent in ("summary", "latest") else "summary"
        return replace(q, intent=intent, res=before.res), 0, True  # 它是哪个巡察组查出来的: that agency's notice
    if "this_item" in q.fragment and len(_shown(ctx)) == 1:
        # is that one done / 那条改完了吗: the one item shown, whether asked for or the only one a list or topic found
        return replace(again, intent="item_status", shown=_shown(ctx)), 0, True
    if q.status:  # 其中哪个还在推进 / 没标进度的是哪个: a filter over the previous scope
        intent = "summary" if q.intent == "summary" else "open_items"
        return replace(q, intent=intent, res=before.res), 0, True
    if "which" in q.fragment and before.intent in ("summary", "open_items") and before.res.agencies and not q.is_topic:
        return replace(again, intent="open_items"), 0, True  # 有几个正在推进 → 是哪个: the items counted
    if "pronoun" in q.fragment and q.intent == "summary" and before.res.agencies and _PROBLEMS.search(q.text):
        return replace(q, res=before.res), 0, True  # 这家一共多少个问题: the agency pointed at, counted whole
    if "count" in q.fragment:  # 一共几个 / how many is that: the same list, counted
        return again, 0, True
    if q.cue_intent == "help":
        return q, 0, False  # 好的谢谢: small talk, the context stays for the next question
    if q.intent == "help" and q.cue_intent:
        q = replace(q, intent=q.cue_intent)  # 整改到位了吗: its own words ask, the scope is the previous one
    if q.intent == "help":
        if not ({"anaphora", "pronoun"} & q.fragment or q.follow):
            return q, 0, False
        return again, 0, True
    ref = before.ref if q.intent == "item_status" else None
    shown = _shown(ctx) if q.intent == "item_status" and ref is None else ()
    topic = before.topic if q.intent in ("topic_search", "item_status") and not shown else ()
    return replace(q, res=before.res, ref=ref, topic=topic, words=before.words, shown=shown), 0, True


# The Nth agency of an answer (你说的第一家, 第二个单位, the second agency): its number.
_NTH_AGENCY = re.compile(
    r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:家|个单位|个部门)|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
    r"\s+(?:agency|bureau|unit|department)\b",
    re.I,
)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _nth_agency(text: str) -> int | None:
    """The N of 第N家 / the Nth agency, or None."""
    m = _NTH_AGENCY.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    if word.isdigit():
        return int(word)
    if word[:1].isdigit():
        return int(word[:-2])
    return _ORDINAL_WORDS.get(word) or "一二三四五六七八九十".find(word) + 1 or (2 if word == "两" else None)


def _agencies_shown(ctx: dict[str, Any], agencies: list[Agency]) -> list[Agency]:
    """The agencies of the previous answer in the order it showed them: its items', else those it answered for."""
    by_name = {a.name: a for a in agencies}
    names = list(dict.fromkeys(agency for agency, _ in _shown(ctx)))
    shown = [by_name[n] for n in names if n in by_name]
    by_id = {a.id: a for a in agencies}
    return shown or [by_id[i] for i in ctx.get("agency_ids") or [] if i in by_id]


def _shown(ctx: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """(agency, seq) of the items the previous answer showed."""
    return tuple((str(agency), int(seq)) for agency, seq in ctx.get("shown") or ())


def _recent(ctx: dict[str, Any], agencies: list[Agency]) -> list[Agency]:
    """The agencies of the chat's last few questions, newest first."""
    by_id = {a.id: a for a in agencies}
    ids = list(dict.fromkeys(i for group in ctx.get("recent") or () for i in group))
    return [by_id[i] for i in ids if i in by_id]


def _chosen_of(q: Question, ctx: dict[str, Any], agencies: list[Agency]) -> Resolution | None:
    """The agencies a turn picks among the choices the previous answer offered (an ambiguous name), or None.

    By position (第二个, the second one: the order the choices were shown), by a kind of place (县级的: those of
    the kind; several stay choices) or by a name or place that covers some of them (山西那个, the one in Anhui).
    """
    offered = [name for name in ctx.get("choices") or [] if isinstance(name, str)]
    if not offered or q.is_topic:
        return None
    by_name = {a.name: a for a in agencies}
    among = [by_name[n] for n in offered if n in by_name]
    pick: list[Agency] = []
    if q.res.named:
        wanted = {a.name for a in q.res.agencies} | set(q.res.choices)
        pick = [a for a in among if a.name in wanted]
    elif q.ref is not None and q.ref.form in ("ordinal", "either") and 0 < (q.ref.number or 0) <= len(among):
        pick = [among[(q.ref.number or 1) - 1]]
    elif q.place_kind is not None:
        pick = [a for a in among if q.place_kind.holds(a.region, a.level)]
    if not pick:
        return None
    if len(pick) == 1:
        return Resolution(agencies=(pick[0],), named=True)
    return Resolution(choices=tuple(a.name for a in pick), named=True)


def _restore(ctx: dict[str, Any], agencies: list[Agency]) -> Question:
    """The previous question, rebuilt from the stored context."""
    ids = ctx.get("agency_ids") or []
    by_id = {a.id: a for a in agencies}
    scope = tuple(by_id[i] for i in ids if i in by_id)
    res = Resolution(agencies=scope, place=ctx.get("place"), named=bool(scope))
    ref = ItemRef(**ctx["ref"]) if ctx.get("ref") else None
    return Question(
        text="", lang=ctx.get("lang", "zh"), intent=ctx.get("intent", "help"), res=res, ref=ref,
        topic=tuple(ctx.get("topic") or ()), status=ctx.get("status"), words=dict(ctx.get("words") or {}),
        known_topic=bool(ctx.get("known_topic")), is_topic=bool(ctx.get("topic")),
        shown=_shown(ctx),
    )  # fmt: skip


def _context_of(q: Question, res: Resolution, a: Answer, previous: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the next question may take from this one (None: nothing worth keeping)."""
    if a.intent == "help" or a.problem in ("empty", "no_data"):
        return None  # an ambiguous or unknown name keeps the question, for the name chosen next
    ids = [x.id for x in res.agencies]
    recent = [ids, *((previous or {}).get("recent") or [])][:4]
    own = bool(a.topic or q.is_topic)
    kept = previous if q.shown and not own and previous else {}  # details of what a topic found: still that topic
    return {
        "intent": a.intent,
        "lang": a.lang,
        "agency_ids": [x.id for x in res.agencies],
        "place": res.place,
        "ref": asdict(q.ref) if q.ref else None,
        "topic": list(a.topic or q.topic) if own else list(kept.get("topic") or []),
        "words": q.words if own or not kept else kept.get("words") or {},
        "known_topic": q.known_topic if own or not kept else bool(kept.get("known_topic")),
        "status": a.status,
        "offset": a.offset,
        "shown": [[i.agency, i.seq] for i in [*a.items, *a.flagged][:10]],
        "item_title": a.items[0].title if a.intent == "item_status" and len(a.items) == 1 else None,
        "recent": [r for r in recent if r],
        "choices": list(a.choices),  # offered when the name was ambiguous: the next turn may pick one
    }


def _scope(res: Resolution, base: Answer, *, required: bool) -> list[Agency] | None:
    """The agencies a question covers, or None after recording why it cannot be answered yet."""
    if res.choices:
        base.problem, base.choices = "ambiguous", list(res.choices)
        return None
    if res.named and not res.agencies:
        base.problem, base.suggestions = "no_match", list(res.suggestions)
        base.unknown, base.place = res.unknown, res.place
        return None
    if not res.agencies and required:
        base.problem = "need_agency"
        return None
    base.agencies = [a.name for a in res.agencies]
    base.place = res.place
    return list(res.agencies)


def _open_items(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    if q.status != "deadline" and _names_a_topic(store, q):  # 差旅费还有没整改完的吗: that topic's items of the status
        return _topic_of_status(store, q, scope, a, today)
    if q.status == "overdue":
        a.items = store.overdue(ids, today.isoformat(), limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_overdue(ids, today.isoformat())
        if not a.total and a.offset == 0:  # none past a stated deadline: what is still open with none stated
            a.flagged = _undated_open(store, ids)
    elif q.status == "deadline":  # 期限是哪天: what is still due, and by when (none: the notice states none)
        found = store.deadline_items(ids, "9999-12-31", limit=LIST_LIMIT * 4)
        a.items, a.total = found[a.offset : a.offset + LIST_LIMIT], len(found)
    elif q.status == "in_progress":  # 正在推进: so stated, or unstated while the text shows work under way
        found = [*_filtered(store, ids, "in_progress"), *_filtered(store, ids, "unstated_pending")]
        a.items, a.total = found[a.offset : a.offset + LIST_LIMIT], len(found)
    elif q.status in STATUS_FILTERS:
        statuses, pending = STATUS_FILTERS[q.status]
        a.items = store.items(ids, statuses=statuses, pending=pending, limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_items(ids, statuses=statuses, pending=pending)
    else:
        a.items = store.items(ids, statuses=OPEN, limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_items(ids, statuses=OPEN)
        if a.offset == 0:
            a.flagged = store.items(ids, statuses=DONE, pending=True, limit=LIST_LIMIT)
    if not scope:  # every agency: the answer names those its items come from
        a.agencies = list(dict.fromkeys(i.agency for i in [*a.items, *a.flagged]))
    if a.offset and not a.items:
        a.problem = "no_more"
    return a


def _names_a_topic(store: Store, q: Question) -> bool:
    """Whether a status question names a topic of its own: a word of the synonym table, or a word the notices'
    titles hold (孵化器); never only the words that name the items themselves (事项, 清单) or a place."""
    if not q.is_topic or q.ref is not None or q.shown:
        return False
    generic = data("topics")["item_words"]["words"]
    terms = [t for t in q.topic if len(t) >= 2 and t not in generic]
    if q.known_topic:
        return bool(terms)
    return any(t in i.title for t in terms for i in store.search([t], limit=LIST_LIMIT))


def _topic_items(store: Store, q: Question, ids: list[int]) -> list[ItemRow]:
    """Every item of the agencies a topic finds, as the topic search finds them (synonyms as written, group
    headings, else by relevance), in notice order."""
    if q.known_topic or not q.words:
        found = _every_concept(store, q, ids) if q.known_topic else []
        if not found:
            found, _, _ = store.topic(q.topic, ids, limit=HEADINGS_SCAN)
            found = _with_headed(found, _under_headings(store, q.topic, ids))
    else:
        found = _relevant(store, q.words, ids, terms=q.topic)
    return sorted(found, key=lambda i: (i.agency, i.seq))


def _of_status(item: ItemRow, status: str | None, today: date) -> bool:
    """Whether an item belongs to the list of a status filter (None: still open, as the open list is)."""
    if status is None:
        return item.status in OPEN
    if status == "in_progress":  # so stated, or unstated while the text shows work under way
        return item.status == "in_progress" or (item.status == "unstated" and item.pending)
    if status == "overdue":
        late = item.deadline is not None and item.deadline < today.isoformat()
        return late and (item.status in OPEN or item.pending)
    statuses, pending = STATUS_FILTERS[status]
    return item.status in statuses and (pending is None or item.pending == pending)


def _topic_of_status(store: Store, q: Question, scope: list[Agency], a: Answer, today: date) -> Answer:
    """A status question naming a topic (哪些公车管理的问题已经整改完了): the topic's items of that status, across
    the agencies or in those named; where none is of it, how many the topic finds in other states (a.others)."""
    a.topic = q.topic
    found = _topic_items(store, q, [x.id for x in scope])
    listed = [i for i in found if _of_status(i, q.status, today)]
    flagged = [i for i in found if q.status is None and i.status in DONE and i.pending]
    a.items, a.total = listed[a.offset : a.offset + LIST_LIMIT], len(listed)
    a.flagged = flagged if a.offset == 0 else []
    a.others = [i for i in found if i not in listed and i not in flagged]
    if not scope:  # every agency: the answer names those its items come from
        a.agencies = list(dict.fromkeys(i.agency for i in [*listed, *flagged]))
    if a.offset and not a.items:
        a.problem = "no_more"
    return a


def _undated_open(store: Store, ids: list[int]) -> list[ItemRow]:
    """Items still open whose notice states no deadline: whether they are late, the notice does not say."""
    return [i for i in store.items(ids, statuses=OPEN, limit=LIST_LIMIT * 4) if not i.deadline][:LIST_LIMIT]


def _filtered(store: Store, ids: list[int], name: str) -> list[ItemRow]:
    statuses, pending = STATUS_FILTERS[name]
    return store.items(ids, statuses=statuses, pending=pending, limit=LIST_LIMIT * 4)


def _item_status(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    if q.shown:  # 具体怎么整改的 / tell me more: the items just shown, in full
        by_name = {x.name: x.id for x in store.agencies()}
        a.items = [
            i for name, seq in q.shown if name in by_name for i in store.items([by_name[name]], seq=seq, limit=1)
        ]
        a.agencies = list(dict.fromkeys(i.agency for i in a.items))
        return a
    if (not res.named or res.choices) and q.topic and q.ref is None:
        return _topic_search(store, q, res, replace(a, intent="topic_search"), today)
    if res.agencies and q.ref is None and not q.topic:  # 青神科协啥情况: no item named, the agency's summary
        return _summary(store, q, res, replace(a, intent="summary"), today)
    scope = _scope(res, a, required=True)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    if q.ref is not None:
        a.items, a.ref_note = _referred(store, ids, q.ref, q.text)
    else:
        a.topic = q.topic
        a.items = _matching(store, q, ids, carried=a.followed)[:10] if a.topic else []
        if not a.items and q.topic and not q.known_topic and not a.followed:
            return _summary(store, q, res, replace(a, intent="summary", topic=()), today)  # 尾巴没收: not a topic
    if len({i.agency for i in a.items}) > 1 and len(scope) > 1 and not _each_named(res):
        a.problem, a.choices, a.items = "ambiguous", sorted({i.agency for i in a.items}), []
    elif not a.items:
        a.problem = "no_item"
    return a


def _each_named(res: Resolution) -> bool:
    """Whether the question typed a name for each of its agencies (溆浦和青神的差旅费问题: both asked about, each
    answered), not one name that several agencies share (科技局第5项, 山西那家: which one?)."""
    return 1 < len(res.agencies) <= len(set(res.spans))


GOOD_MATCH = 0.45  # share of a topic's word weight the best item must hold; below it nothing matches well
CARRIED_MATCH = 0.25  # the same for a topic carried over from the previous question
NEAR_BEST = 0.45  # items holding at least this share of the best item's weight are listed with it
OWN_WORD_SHARE = 0.5  # an item beside the best holds a topic word weighing at least this share of the best's


def _matching(store: Store, q: Question, ids: list[int], *, carried: bool = False) -> list[ItemRow]:
    """The items a topic finds in the agencies: its synonyms' words as written, else by relevance, titles first."""
    if q.known_topic or not q.words:
        items = _every_concept(store, q, ids) or store.search(q.topic, ids, limit=LIST_LIMIT)
        items = _with_headed(items, _under_headings(store, q.topic, ids))
        return sorted(items, key=lambda i: not any(t in i.title for t in q.topic))
    return _relevant(store, q.words, ids, carried=carried, terms=q.topic)


def _under_headings(store: Store, terms: tuple[str, ...], ids: list[int]) -> list[ItemRow]:
    """Items whose group heading names the topic (“四风”问题依然存在 over 违规报销差旅费), where every item of the
    scope can be read (at most HEADINGS_SCAN, as the store weighs headings): the full-text index holds no headings."""
    terms = tuple(t for t in terms if len(t) >= 2)
    if not terms or not _all_weighable(store, ids):
        return []
    return [i for i in store.items(ids, limit=HEADINGS_SCAN) if any(t in (i.group or "") for t in terms)]


def _all_weighable(store: Store, ids: list[int]) -> bool:
    """Whether the scope's items (every agency's, if none is named) are few enough to read every one."""
    # more agencies than that is more items than that (each has one at least): no count over a large store
    return (bool(ids) or len(store.agencies()) <= HEADINGS_SCAN) and store.count_items(ids) <= HEADINGS_SCAN


def _with_headed(items: list[ItemRow], headed: list[ItemRow]) -> list[ItemRow]:
    """The items found in titles and measures, then those found only by their group heading, in notice order."""
    seen = {(i.agency, i.seq) for i in items}
    return items + [i for i in headed if (i.agency, i.seq) not in seen]


def _every_concept(store: Store, q: Question, ids: list[int]) -> list[ItemRow]:
    """The items holding a word of every everyday topic word the question names (临时工管财务: 临聘 and 财务).

    Two topic words in one question mean the problem that has both, not every item with either; where
    no item holds them all, nothing (the caller searches for either).
    """
    if len(q.concepts) < 2:
        return []
    found = store.search(q.topic, ids, limit=RELEVANT_CANDIDATES)
    return [i for i in found if all(any(w in i.title or w in i.measures for w in c) for c in q.concepts)]


def _relevant(
    store: Store, words: dict[str, int], ids: list[int], *, carried: bool = False, terms: tuple[str, ...] = ()
) -> list[ItemRow]:
    """Items that hold most of the words' weight; none when even the best holds too little.

    A topic carried to another agency (青神呢 after a topic in 溆浦) asks whether it has anything
    like it: a weaker best match is shown there. Beside the best, an item must hold a word of the
    topic itself about as telling as the best's (出国管理不严: 出国, never 管理不严 or a common 领导 alone).
    """
    if not ids and _all_weighable(store, ids):
        # a store small enough to weigh every item has its group headings weighed too (廉政风险防控不到位 heads
        # 临聘人员担任财务), as the store does for agencies of that size
        ids = [a.id for a in store.agencies()]
    scored = store.relevant(words, ids)
    if not scored or scored[0][0] < (CARRIED_MATCH if carried else GOOD_MATCH):
        return []
    floor = scored[0][0] * NEAR_BEST
    own = [w for w in words if any(w in t for t in terms)]  # the topic's words, not its qualifiers (管理, 不严)
    total = max(1, store.count_items([]))
    weight = {w: math.log(1 + total / max(1, words[w])) for w in own}
    best = max((weight[w] for w in own if _holds(scored[0][1], w)), default=0.0)
    telling = [w for w in own if weight[w] >= OWN_WORD_SHARE * best]  # 出国, never 领导 beside it
    return [item for share, item in scored if share >= floor and (not best or any(_holds(item, w) for w in telling))]


def _holds(item: ItemRow, word: str) -> bool:
    """Whether an item's title, headings or measures hold a word."""
    return any(word in (x or "") for x in (item.title, item.group, item.aspect, item.measures))


def _referred(store: Store, ids: list[int], ref: ItemRef, text: str) -> tuple[list[ItemRow], tuple[str, str] | None]:
    """The items a reference means, and (N, printed label) when the Nth item is not printed N.

    问题N, N号, #N, (N), 第N项 mean the printed label where there is one, else the Nth item; 第N个,
    the Nth and the last mean the position. A label printed twice is narrowed by the heading the
    question names (需要继续整改的那个1号).
    """
    if ref.form == "last":
        items = store.last_items(ids)
    elif ref.form in RUNS:  # 前五个 / 最后三条: a run of N items from the start or the end of each agency's notice
        items = _run(store, ids, ref)
    elif ref.form == "from_end":  # 倒数第N个: counted back from each agency's last item
        back, by_name = (ref.number or 1) - 1, {x.name: x.id for x in store.agencies()}
        ends = store.last_items(ids)
        items = [i for end in ends for i in store.items([by_name[end.agency]], seq=end.seq - back, limit=1)]
    else:
        n = ref.number or 0
        by_label = store.items(ids, label=str(n), limit=10) or store.items(ids, label=f"问题{n}", limit=10)
        by_seq = store.items(ids, seq=n, limit=10)
        first, second = (by_seq, by_label) if ref.form == "ordinal" else (by_label, by_seq)
        items = first or second
    items = sorted(items, key=lambda i: -_shared_heading(i, text))
    note = None  # said whenever the item answered is printed under another label than the one asked
    asked = str(items[0].seq) if items and ref.form in ("last", "from_end", *RUNS) else ref.text
    if items and items[0].label.removeprefix("问题") != asked:
        note = (str(items[0].seq), items[0].label)
    return items, note


def _run(store: Store, ids: list[int], ref: ItemRef) -> list[ItemRow]:
    """The first or last N items of each agency's notice, in their order."""
    n, by_name = ref.number or 1, {x.name: x.id for x in store.agencies()}
    items: list[ItemRow] = []
    for end in store.last_items(ids) if ref.form == "last_n" else []:
        start = max(1, end.seq - n + 1)
        items += [i for seq in range(start, end.seq + 1) for i in store.items([by_name[end.agency]], seq=seq, limit=1)]
    first, last = (ref.number or 1, ref.to or 1) if ref.form == "span" else (1, n)
    for agency_id in ids if ref.form in ("first_n", "span") else []:
        items += [i for seq in range(first, last + 1) for i in store.items([agency_id], seq=seq, limit=1)]
    return items


def _shared_heading(item: ItemRow, text: str) -> int:
    """How much of the item's headings the question repeats (the longest common run of 4+ characters)."""
    heading = " ".join(x for x in (item.section, item.aspect, item.group) if x)
    best = 0
    for size in range(4, 13):
        if any(text[i : i + size] in heading for i in range(len(text) - size + 1)):
            best = size
        else:
            break
    return best


def _topic_search(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    a.intent = "topic_search"
    if res.choices and not res.agencies:  # 第一议题落实不严的科技局: every agency of that kind
        res = Resolution(agencies=tuple(x for x in store.agencies() if x.name in res.choices), named=True)
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.topic = q.topic
    if not a.topic:
        a.problem = "no_topic"
        return a
    ids = [x.id for x in scope]
    every = _every_concept(store, q, ids) if q.known_topic else []
    if every:  # 临时工管财务: the items holding every topic word named
        a.items, a.total = every[a.offset : a.offset + LIST_LIMIT], len(every)
        a.items.sort(key=lambda i: not any(t in i.title for t in a.topic))
        a.agencies = [name for name, _ in Counter(i.agency for i in every).most_common()]
    elif (q.known_topic or not q.words) and (headed := _under_headings(store, a.topic, ids)):
        # a heading names the topic (“四风”问题依然存在): its items join those found in titles and measures
        found, _, _ = store.topic(a.topic, ids, limit=HEADINGS_SCAN)
        every = _with_headed(found, headed)
        every.sort(key=lambda i: not any(t in i.title for t in a.topic))
        a.items, a.total = every[a.offset : a.offset + LIST_LIMIT], len(every)
        a.agencies = [name for name, _ in Counter(i.agency for i in every).most_common()]
    elif q.known_topic or not q.words:
        a.items, per_agency, a.at_least = store.topic(a.topic, ids, limit=LIST_LIMIT, offset=a.offset)
        a.items.sort(key=lambda i: not any(t in i.title for t in a.topic))  # titles that name it first
        # the agencies it was found in; none found in the agencies named (青神呢 after 公车): still theirs, said so
        a.agencies = [name for name, _ in per_agency] or [x.name for x in scope]
        a.total = sum(n for _, n in per_agency)
    else:  # words no synonym covers: the items that hold most of them
        found = _relevant(store, q.words, ids, carried=a.followed, terms=q.topic)
        if not found and res.agencies and not a.followed:
            return _summary(store, q, res, replace(a, intent="summary", topic=()), today)
        a.items, a.total = found[a.offset : a.offset + LIST_LIMIT], len(found)
        a.agencies = [name for name, _ in Counter(i.agency for i in found).most_common()]
        if not found and res.agencies:  # a topic carried to an agency that has nothing like it: still its answer
            a.agencies = [x.name for x in scope]
        a.at_least = len(found) >= RELEVANT_CANDIDATES  # only the best candidates were weighed: a lower bound
    if a.offset and not a.items:
        a.problem = "no_more"
    return a


def _summary(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    if q.is_topic and q.topic:  # 差旅费的问题有多少个: the topic's figures, never the whole scope's
        return _topic_summary(store, q, res, a, today, ids)
    a.counts = store.counts(ids)
    if q.status:  # 有多少问题超期了: the count of that list, with the list
        listed = _open_items(store, q, res, replace(a, agencies=[]), today)
        a.items, a.flagged, a.total, a.agencies = listed.items, listed.flagged, listed.total, listed.agencies
        a.topic, a.others = listed.topic, listed.others  # 公车管理有多少已经整改完了: that topic's, said so
        return a
    ranked = scope
    if not scope and {"compare", "every"} & q.fragment:  # 哪家问题最多 / 各单位: each agency, where few enough to rank
        ranked = store.agencies()
    if 1 < len(ranked) <= RANKED:
        measure = _ranked_by(q.text)
        a.per_agency = sorted(((x.name, store.counts([x.id])) for x in ranked), key=lambda p: -measure(p[1]))
        if "compare" in q.fragment:  # 哪家完成率最低: the agency at the end asked for, when one stands there alone
            a.picked = _picked(q.text, a.per_agency, measure)
    if len(scope) == 1:  # one agency: its open items under the figures, who inspected it and when
        a.notices = store.notices(ids, limit=1)
        a.items = store.items(ids, statuses=OPEN, limit=LIST_LIMIT)
        a.flagged = store.items(ids, statuses=DONE, pending=True, limit=LIST_LIMIT)
        a.total = store.count_items(ids, statuses=OPEN)
    return a


RANKED = 10  # agencies a summary shows side by side; more are only totalled
TOPIC_COUNTED = 500  # a topic's items a count reads; a topic holding more is counted as at least that


def _topic_summary(store: Store, q: Question, res: Resolution, a: Answer, today: date, ids: list[int]) -> Answer:
    """How many of a topic's problems there are, by status, and which (公车管理有多少已经整改完了: the figures of the
    topic's items, then those of the status asked for); a topic nothing holds is said so, as a search says it."""
    found, a.at_least = _topic_all(store, q, ids)
    if not found and q.known_topic and not res.agencies:  # 公款吃喝的有多少: a topic nothing holds, said so
        return _topic_search(store, q, res, replace(a, intent="topic_search"), today)
    if not found:  # 源城完成了几个, 各单位未完成数量排名: leftover words no item holds are no topic of the count
        return _summary(store, replace(q, is_topic=False, topic=()), res, a, today)
    a.topic = q.topic
    a.counts = Counts(
        notices=len({i.notice_id for i in found}),
        items=len(found),
        by_status=dict(Counter(i.status for i in found)),
        pending=sum(1 for i in found if i.pending),
    )
    if q.status:  # its items of that status, listed as a status question naming the topic lists them
        listed = _open_items(store, q, res, replace(a, agencies=[]), today)
        a.items, a.flagged, a.total, a.others = listed.items, listed.flagged, listed.total, listed.others
    else:
        a.items, a.total = found[:LIST_LIMIT], len(found)
    a.agencies = [name for name, _ in Counter(i.agency for i in found).most_common()]
    return a


def _topic_all(store: Store, q: Question, ids: list[int]) -> tuple[list[ItemRow], bool]:
    """Every item a topic finds in the agencies (as a topic search finds them), and whether that is a lower bound."""
    if not q.known_topic and q.words:  # words no synonym covers: the items holding most of them
        found = _relevant(store, q.words, ids, terms=q.topic)
        return found, len(found) >= RELEVANT_CANDIDATES
    every = _every_concept(store, q, ids) if q.known_topic else []
    if every:
        return every, False
    found, _, capped = store.topic(q.topic, ids, limit=TOPIC_COUNTED)
    return _with_headed(found, _under_headings(store, q.topic, ids)), capped or len(found) >= TOPIC_COUNTED


def _ranked_by(text: str) -> Callable[[Counts], float]:
    """What a ranking orders agencies by: items still open (剩的最多), problems found (问题最多), else the share
    declared done (answers/data/intents.toml [superlatives])."""
    table, lowered = data("intents")["superlatives"], text.lower()
    if any(_has(lowered, w) for w in table["open"]):
        return lambda c: float(sum(c.by_status.get(s, 0) for s in OPEN))
    if any(_has(lowered, w) for w in table["items"]):
        return lambda c: float(c.items)
    return _done_share


def _picked(text: str, ranked: list[tuple[str, Counts]], measure: Callable[[Counts], float]) -> str | None:
    """The agency at the end of a ranking a superlative asks for (最低 / the most), if it stands there alone."""
    table, lowered = data("intents")["superlatives"], text.lower()
    low, high = (any(_has(lowered, w) for w in table[end]) for end in ("low", "high"))
    if low == high or len(ranked) < 2:
        return None
    values = [measure(c) for _, c in ranked]  # ordered highest first
    end = min(values) if low else max(values)
    at_end = [name for (name, _), v in zip(ranked, values, strict=True) if v == end]
    return at_end[0] if len(at_end) == 1 else None


def _done_share(c: Counts) -> float:
    """The share of an agency's items declared done (a comparison ranks by it, best first)."""
    return sum(c.by_status.get(s, 0) for s in DONE) / c.items if c.items else 0.0


def _claims_check(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.notices = store.notices([x.id for x in scope], limit=10)
    return a


def _changes(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.changes = store.changes([x.id for x in scope], limit=LIST_LIMIT)
    return a


def _latest(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    if res.named:  # 朔州最新的通报: that agency's newest notices
        scope = _scope(res, a, required=False)
        if scope is not None:
            a.notices = store.notices([x.id for x in scope], current_only=False, limit=10, since=q.since, until=q.until)
            a.since = q.since
        return a
    # 2025年以来 / 2024年之前 / 2023年以后反馈的: dated within the bound (the notice's date, or the one asked of)
    a.notices = store.latest(10, since=q.since, until=q.until, dated_by=q.dated_by, oldest=q.oldest)
    a.since, a.dated_by, a.oldest = q.since, q.dated_by, q.oldest
    if q.since or q.until:  # 2023年公布的是哪家: a time bound picks the agencies, the answer names them
        a.agencies = list(dict.fromkeys(n["agency"] for n in a.notices))
    if q.oldest and a.notices:  # 最早的那份是哪家的: the agency of the earliest
        a.agencies, a.notices = [a.notices[0]["agency"]], a.notices[:1]
    return a


def _without_topic(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    """哪些单位没有公车问题: every agency whose items the topic's search does not find (titles, headings, measures)."""
    having = {i.agency for i in _topic_items(store, q, [])}
    a.intent, a.topic = "list_agencies", q.topic
    a.agencies = [x.name for x in store.agencies() if x.name not in having][: LIST_LIMIT * 4]
    a.total = len(a.agencies)
    return a


def _list_agencies(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    if res.named and not res.agencies:  # 江苏有哪些单位: none stored there — never widened to all
        a.place, a.unknown = res.place or res.unknown or (res.spans[0] if res.spans else None), a.unknown
        a.problem = "none_in_place"
        return a
    scope = list(res.agencies) if res.agencies else store.agencies()
    a.total = len(scope)
    a.agencies = [x.name for x in scope[: LIST_LIMIT * 4]]
    a.place = res.place
    return a


def _help(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    a.intent = "help"
    lowered = q.text.lower()
    if not any(_has(lowered, w) for w in data("intents")["help"]["greetings"]):
        a.problem = "not_understood"  # neither a greeting nor a question about the notices
    return a


_HANDLERS = {
    "open_items": _open_items,
    "item_status": _item_status,
    "topic_search": _topic_search,
    "summary": _summary,
    "claims_check": _claims_check,
    "changes": _changes,
    "latest": _latest,
    "list_agencies": _list_agencies,
    "help": _help,
}
