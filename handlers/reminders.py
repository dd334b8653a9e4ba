"""The reminder job: send a chat what is still open, once per due time; failures retried with a cap."""

from __future__ import annotations

import logging
from datetime import date
from zoneinfo import ZoneInfo

from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from presentation.i18n import t
from reminders.facts import ReminderFacts, reminder_facts
from reminders.render import format_reminder
from reminders.schedule import due_now

from .context import Services, services
from .send import send_html

log = logging.getLogger(__name__)
# How Telegram says a chat is gone for good (400 Bad Request): sending again cannot succeed.
GONE = ("chat not found", "bot was kicked", "not a member", "user is deactivated", "chat was deactivated",
        "have no rights to send", "peer_id_invalid")  # fmt: skip


def chat_is_gone(err: TelegramError) -> bool:
    """403 (blocked, kicked) or a 400 that names the chat as gone; other errors may pass."""
    return isinstance(err, Forbidden) or (isinstance(err, BadRequest) and any(g in err.message.lower() for g in GONE))


async def remind_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job callback for `remind:{chat}`: send if due, record it, schedule the next one (or a retry)."""
    job = context.job
    assert job is not None and job.chat_id is not None
    chat_id = job.chat_id
    attempt = int(job.data.get("attempt", 0)) if isinstance(job.data, dict) else 0
    svc = services(context)
    try:
        await send_reminder(context, chat_id)
    except TelegramError as err:  # neither sent nor gone: 5xx, a network error, an unexpected 400
        if attempt == 0:  # logged once for the reminder, not once per try
            log.warning(
                "reminder to chat %s failed (%s); trying again up to %d times", chat_id, err, svc.settings.retries
            )
        if attempt < svc.settings.retries:
            svc.retry(chat_id, svc.settings.retry_after_s * 2**attempt, attempt + 1)
            return
        log.warning("reminder to chat %s skipped after %d tries; the next one is scheduled", chat_id, attempt + 1)
        await _mark_skipped(svc, chat_id)
    svc.reschedule(chat_id)


async def _mark_skipped(svc: Services, chat_id: int) -> None:
    chat = await svc.db(svc.subscriptions.chat, chat_id)
    if chat is not None:
        await svc.db(svc.subscriptions.mark_reminded, chat_id, svc.clock(), list(chat.last_open))


async def send_reminder(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> bool:
    """Send the chat's reminder if one is due now; True if a message went out. A chat Telegram reports
    gone is paused; other Telegram errors are raised (the job retries)."""
    svc = services(context)
    chat = await svc.db(svc.subscriptions.chat, chat_id)
    now = svc.clock()
    if chat is None or due_now(chat, now) is None:
        return False
    today = now.astimezone(ZoneInfo(chat.timezone)).date()  # deadlines are days in the chat's own time zone
    facts: ReminderFacts = await svc.db(_facts, svc, chat_id, chat.last_open, today)
    text = format_reminder(facts, chat.lang)
    if text is None and not svc.settings.silent_when_nothing_open:
        text = t(chat.lang, "reminder-nothing-open")
    sent = False
    if text is not None:
        try:
            await send_html(context, chat_id, text)
            sent = True
        except TelegramError as err:
            if not chat_is_gone(err):
                raise
            log.info("chat %s is gone (%s); pausing its reminders", chat_id, err.message)
            await svc.db(svc.subscriptions.set_paused, chat_id, True)
            return False
    await svc.db(svc.subscriptions.mark_reminded, chat_id, now, facts.open_keys)
    return sent


def _facts(svc: Services, chat_id: int, last_open: tuple[str, ...], today: date) -> ReminderFacts:
    return reminder_facts(svc.store, svc.subscriptions.of_chat(chat_id), last_open, today)
