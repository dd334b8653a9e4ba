"""Answer a chat question from the store: what the bot and the console demo both reply with.

Returns an `Answer` (facts, no formatting); answers/render.py turns it into the chat message.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from notices.statuses import DONE, OPEN
from store import Agency, Counts, ItemRow, Store

from .questions import Question, read_question
from .resolve import Resolution, directory
from .slots import ItemRef

LIST_LIMIT = 30
LIST_INTENTS = ("open_items", "topic_search", "list_agencies")
# A status filter → (statuses, pending) of the items it lists; overdue is read from the deadlines.
STATUS_FILTERS: dict[str, tuple[tuple[str, ...], bool | None]] = {
    "in_progress": (("in_progress",), None),
    "unstated": (("unstated",), None),
    "longterm": (("done_longterm",), None),
    "done": (DONE, None),
    "done_pending": (DONE, True),
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
    unknown: str | None = None  # a name as typed that no stored agency or place answers to
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
    q = read_question(raw, directory(store), this_year=today.year)
    if not q.text:
        return Answer("help", q.lang, "", problem="empty")
    agencies = store.agencies()
    offset, followed = 0, False
    if context:
        q, offset, followed = _follow(q, context, agencies)
    res = q.res
    if agency_id is not None:
        chosen = tuple(a for a in agencies if a.id == agency_id)
        res = Resolution(agencies=chosen, named=True, spans=res.spans)
    base = Answer(
        q.intent, q.lang, q.text, truncated=q.truncated, number=q.number, status=q.status, offset=offset,
        heard=list(res.heard), followed=followed, unknown=res.unknown,
    )  # fmt: skip
    if not agencies and q.intent != "help":
        base.problem = "no_data"
        return base
    handler = _HANDLERS.get(q.intent, _help)
    result = handler(store, replace(q, res=res), res, base, today)
    result.context = _context_of(q, res, result)
    return result


def _follow(q: Question, ctx: dict[str, Any], agencies: list[Agency]) -> tuple[Question, int, bool]:
    """Fill what a follow-up leaves out from the previous question: 那青神呢, 第12项呢, 还有吗, and Xupu?"""
    before = _restore(ctx, agencies)
    if q.more:
        if ctx.get("intent") in LIST_INTENTS:
            return replace(before, text=q.text, lang=q.lang), int(ctx.get("offset", 0)) + LIST_LIMIT, True
        return replace(before, text=q.text, lang=q.lang), 0, True
    if not (q.follow or not q.cued) or (q.intent == "help" and not (q.res.named or q.ref or q.topic)):
        return q, 0, False
    intent = q.intent if q.cued else before.intent
    if q.ref is not None and not q.cued:
        intent = "item_status"
    if q.topic and not q.res.named and not q.ref and not q.cued and intent not in ("topic_search", "item_status"):
        intent = "topic_search"
    res = q.res
    if not res.named and not q.store_wide:
        res = before.res
    ref = q.ref or (before.ref if intent == "item_status" and not q.topic else None)
    topic = q.topic or (before.topic if not q.ref and intent in ("topic_search", "item_status") else ())
    status = q.status or (before.status if intent == before.intent else None)
    return replace(q, intent=intent, res=res, ref=ref, topic=topic, status=status), 0, True


def _restore(ctx: dict[str, Any], agencies: list[Agency]) -> Question:
    """The previous question, rebuilt from the stored context."""
    ids = ctx.get("agency_ids") or []
    by_id = {a.id: a for a in agencies}
    scope = tuple(by_id[i] for i in ids if i in by_id)
    res = Resolution(agencies=scope, place=ctx.get("place"), named=bool(scope))
    ref = ItemRef(**ctx["ref"]) if ctx.get("ref") else None
    return Question(
        text="", lang=ctx.get("lang", "zh"), intent=ctx.get("intent", "help"), res=res, ref=ref,
        topic=tuple(ctx.get("topic") or ()), status=ctx.get("status"),
    )  # fmt: skip


def _context_of(q: Question, res: Resolution, a: Answer) -> dict[str, Any] | None:
    """What the next question may take from this one (None: nothing worth keeping)."""
    if a.intent == "help" or a.problem in ("empty", "no_data"):
        return None
    return {
        "intent": a.intent,
        "lang": a.lang,
        "agency_ids": [x.id for x in res.agencies],
        "place": res.place,
        "ref": asdict(q.ref) if q.ref else None,
        "topic": list(a.topic or q.topic),
        "status": a.status,
        "offset": a.offset,
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
    if q.status == "overdue":
        a.items = store.overdue(ids, today.isoformat(), limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_overdue(ids, today.isoformat())
    elif q.status in STATUS_FILTERS:
        statuses, pending = STATUS_FILTERS[q.status]
        a.items = store.items(ids, statuses=statuses, pending=pending, limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_items(ids, statuses=statuses, pending=pending)
    else:
        a.items = store.items(ids, statuses=OPEN, limit=LIST_LIMIT, offset=a.offset)
        a.total = store.count_items(ids, statuses=OPEN)
        if a.offset == 0:
            a.flagged = store.items(ids, statuses=DONE, pending=True, limit=LIST_LIMIT)
    if a.offset and not a.items:
        a.problem = "no_more"
    return a


def _item_status(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    if not res.named and q.topic and q.ref is None:
        return _topic_search(store, q, res, replace(a, intent="topic_search"), today)
    scope = _scope(res, a, required=True)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    if q.ref is not None:
        a.items, a.ref_note = _referred(store, ids, q.ref, q.text)
    else:
        a.topic = q.topic
        a.items = store.search(a.topic, ids, limit=10) if a.topic else []
    if len({i.agency for i in a.items}) > 1 and len(scope) > 1:
        a.problem, a.choices, a.items = "ambiguous", sorted({i.agency for i in a.items}), []
    elif not a.items:
        a.problem = "no_item"
    return a


def _referred(store: Store, ids: list[int], ref: ItemRef, text: str) -> tuple[list[ItemRow], tuple[str, str] | None]:
    """The items a reference means, and (N, printed label) when the Nth item is not printed N.

    问题N, N号, #N, (N), 第N项 mean the printed label where there is one, else the Nth item; 第N个,
    the Nth and the last mean the position. A label printed twice is narrowed by the heading the
    question names (需要继续整改的那个1号).
    """
    if ref.form == "last":
        items = store.last_items(ids)
    else:
        n = ref.number or 0
        by_label = store.items(ids, label=str(n), limit=10) or store.items(ids, label=f"问题{n}", limit=10)
        by_seq = store.items(ids, seq=n, limit=10)
        first, second = (by_seq, by_label) if ref.form == "ordinal" else (by_label, by_seq)
        items = first or second
    items = sorted(items, key=lambda i: -_shared_heading(i, text))
    note = None
    if items and ref.form in ("ordinal", "last", "either") and items[0].label.removeprefix("问题") != ref.text:
        note = (str(items[0].seq), items[0].label)
    return items, note


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
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.topic = q.topic
    if not a.topic:
        a.problem = "no_topic"
        return a
    a.items, per_agency, a.at_least = store.topic(a.topic, [x.id for x in scope], limit=LIST_LIMIT, offset=a.offset)
    a.agencies = [name for name, _ in per_agency]
    a.total = sum(n for _, n in per_agency)
    if a.offset and not a.items:
        a.problem = "no_more"
    return a


def _summary(store: Store, q: Question, res: Resolution, a: Answer, today: date) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    a.counts = store.counts(ids)
    if 1 < len(scope) <= 10:
        a.per_agency = [(x.name, store.counts([x.id])) for x in scope]
    return a


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
            a.notices = store.notices([x.id for x in scope], current_only=False, limit=10, since=q.since)
            a.since = q.since
        return a
    a.notices = store.latest(10, since=q.since)  # 2025年以来 / this year: only notices dated since then
    a.since = q.since
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
