"""The reminder job: send a chat what is still open, once per due time."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram.error import Forbidden
from telegram.ext import ContextTypes

from reminders.facts import reminder_facts
from reminders.render import format_reminder
from reminders.schedule import due_now

from .context import services
from .send import send_html

log = logging.getLogger(__name__)


async def remind_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job callback for `remind:{chat}`: send if due, record it, schedule the next one."""
    job = context.job
    assert job is not None and job.chat_id is not None
    chat_id = job.chat_id
    svc = services(context)
    try:
        await send_reminder(context, chat_id)
    finally:
        svc.reschedule(chat_id)


async def send_reminder(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> bool:
    """Send the chat's reminder if one is due now; True if a message went out."""
    svc = services(context)
    chat = svc.subscriptions.chat(chat_id)
    now = svc.clock()
    if chat is None or due_now(chat, now) is None:
        return False
    today = now.astimezone(ZoneInfo(chat.timezone)).date()  # deadlines are days in the chat's own time zone
    facts = reminder_facts(svc.store, svc.subscriptions.of_chat(chat_id), chat.last_open, today)
    text = format_reminder(facts, chat.lang)
    if text is None and not svc.settings.silent_when_nothing_open:
        text = "⏰ 订阅的单位没有未完成的整改。/ Nothing is open for your subscriptions."
    sent = False
    if text is not None:
        try:
            await send_html(context, chat_id, text)
            sent = True
        except Forbidden:
            log.info("chat %s blocked the bot; pausing its reminders", chat_id)
            svc.subscriptions.set_paused(chat_id, True)
            return False
    svc.subscriptions.mark_reminded(chat_id, now, facts.open_keys)
    return sent
