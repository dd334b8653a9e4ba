"""What a chat's reminder says: the facts, from the store. Formatting is in reminders/render.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from notices.statuses import DONE, OPEN
from store import ItemRow, Store
from store.subscriptions import Subscription

LIST_LIMIT = 20
DUE_SOON_DAYS = 14


@dataclass
class ReminderFacts:
    targets: list[str]
    open_items: list[ItemRow] = field(default_factory=list)
    total_open: int = 0
    flagged: list[ItemRow] = field(default_factory=list)
    newly_open: list[str] = field(default_factory=list)  # "agency｜label｜title"
    newly_closed: list[str] = field(default_factory=list)
    overdue: list[ItemRow] = field(default_factory=list)
    due_soon: list[ItemRow] = field(default_factory=list)
    open_keys: list[str] = field(default_factory=list)
    today: date | None = None  # the chat's date: deadlines are counted from it
    agency_ids: list[int] = field(default_factory=list)  # the agencies the subscriptions cover

    @property
    def has_news(self) -> bool:
        return bool(self.open_items or self.flagged or self.newly_closed)


def reminder_facts(
    store: Store, subscriptions: list[Subscription], previous_open: tuple[str, ...], today: date
) -> ReminderFacts:
    """Open items of the subscribed agencies, what changed since the previous reminder, deadlines."""
    ids = store.agency_ids_for((s.target, s.kind) for s in subscriptions)
    facts = ReminderFacts(targets=[s.target for s in subscriptions], today=today, agency_ids=ids)
    if not ids:
        return facts
    facts.open_items = store.items(ids, statuses=OPEN, limit=LIST_LIMIT)
    facts.total_open = store.count_items(ids, statuses=OPEN)
    facts.flagged = store.items(ids, statuses=DONE, pending=True, limit=LIST_LIMIT)
    facts.open_keys = store.open_keys(ids)
    if previous_open:
        before, now = set(previous_open), set(facts.open_keys)
        facts.newly_open = [k for k in facts.open_keys if k not in before]
        facts.newly_closed = [k for k in previous_open if k not in now]
    near = store.deadline_items(ids, (today + timedelta(days=DUE_SOON_DAYS)).isoformat())
    facts.overdue = [i for i in near if i.deadline and i.deadline < today.isoformat()]
    facts.due_soon = [i for i in near if i.deadline and i.deadline >= today.isoformat()]
    return facts
