"""Answer a chat question from the store: what the bot and the console demo both reply with.

Returns an `Answer` (facts, no formatting); answers/render.py turns it into the chat message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store import Agency, Counts, ItemRow, Store

from .questions import Question, read_question, topic_terms
from .resolve import Resolution, directory, resolve

OPEN = ("in_progress", "unstated")
DONE = ("done", "done_longterm")
LIST_LIMIT = 30


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
    problem: str | None = None  # empty | no_match | need_agency | ambiguous | no_item | no_topic | no_data
    at_least: bool = False  # counts are lower bounds (a very common topic word)
    truncated: bool = False

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


def answer(store: Store, raw: str, *, agency_id: int | None = None) -> Answer:
    """Answer one question typed in chat; `agency_id` settles which agency it means (a chosen button)."""
    q = read_question(raw)
    if not q.text:
        return Answer("help", q.lang, "", problem="empty")
    agencies = store.agencies()
    res = resolve(q.text, directory(store))
    if agency_id is not None:
        chosen = tuple(a for a in agencies if a.id == agency_id)
        res = Resolution(agencies=chosen, named=True, spans=res.spans)
    intent = q.intent or _default_intent(q, res)
    base = Answer(intent, q.lang, q.text, truncated=q.truncated, number=q.number)
    if not agencies and intent not in ("help",):
        base.problem = "no_data"
        return base
    handler = _HANDLERS.get(intent, _help)
    return handler(store, q, res, base)


def _default_intent(q: Question, res: Resolution) -> str:
    if res.named:
        return "summary"
    return "topic_search" if topic_terms(q.text) else "help"


def _scope(res: Resolution, base: Answer, *, required: bool) -> list[Agency] | None:
    """The agencies a question covers, or None after recording why it cannot be answered yet."""
    if res.choices:
        base.problem, base.choices = "ambiguous", list(res.choices)
        return None
    if res.named and not res.agencies:
        base.problem, base.suggestions = "no_match", list(res.suggestions)
        return None
    if not res.agencies and required:
        base.problem = "need_agency"
        return None
    base.agencies = [a.name for a in res.agencies]
    base.place = res.place
    return list(res.agencies)


def _open_items(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    a.items = store.items(ids, statuses=OPEN, limit=LIST_LIMIT)
    a.total = store.count_items(ids, statuses=OPEN)
    a.flagged = store.items(ids, statuses=DONE, pending=True, limit=LIST_LIMIT)
    return a


def _item_status(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=True)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    if q.number:
        a.items = store.items(ids, label=q.number, limit=10)
        if not a.items:
            a.items = store.items(ids, label=f"问题{q.number}", limit=10)
    else:
        a.topic = topic_terms(q.text, res.spans)
        a.items = store.search(a.topic, ids, limit=10) if a.topic else []
    if len({i.agency for i in a.items}) > 1 and len(scope) > 1:
        a.problem, a.choices, a.items = "ambiguous", sorted({i.agency for i in a.items}), []
    elif not a.items:
        a.problem = "no_item"
    return a


def _topic_search(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.topic = topic_terms(q.text, res.spans)
    if not a.topic:
        a.problem = "no_topic"
        return a
    a.items, per_agency, a.at_least = store.topic(a.topic, [x.id for x in scope], limit=LIST_LIMIT)
    a.agencies = [name for name, _ in per_agency]
    a.total = sum(n for _, n in per_agency)
    return a


def _summary(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    ids = [x.id for x in scope]
    a.counts = store.counts(ids)
    if 1 < len(scope) <= 10:
        a.per_agency = [(x.name, store.counts([x.id])) for x in scope]
    return a


def _claims_check(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.notices = store.notices([x.id for x in scope], limit=10)
    return a


def _changes(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = _scope(res, a, required=False)
    if scope is None:
        return a
    a.changes = store.changes([x.id for x in scope], limit=LIST_LIMIT)
    return a


def _latest(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    a.notices = store.latest(10)
    return a


def _list_agencies(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
    scope = list(res.agencies) if res.agencies else store.agencies()
    a.total = len(scope)
    a.agencies = [x.name for x in scope[: LIST_LIMIT * 4]]
    a.place = res.place
    return a


def _help(store: Store, q: Question, res: Resolution, a: Answer) -> Answer:
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
