"""The reminder job: send a chat what is still open, once per due time; failures retried with a cap.

One named job per chat (`remind:{chat_id}`), always a single run at the chat's next due time, planned
through PTB's JobQueue; after it runs it plans the next. SQLite holds what was sent (usecases/reminders).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import JobQueue

from presentation.i18n import t
from reminders.render import format_reminder
from usecases import outbox, reminders, subscriptions

from .charts import send_digest_chart
from .context import Context, services
from .outbox import send_owed

log = logging.getLogger(__name__)
# How Telegram says a chat is gone for good (400 Bad Request): sending again cannot succeed.
GONE = ("chat not found", "bot was kicked", "not a member", "user is deactivated", "chat was deactivated",
        "have no rights to send", "peer_id_invalid")  # fmt: skip
# PTB sets no misfire grace; APScheduler's default of one second would drop a job that is late.
JOB_KWARGS = {"misfire_grace_time": None, "coalesce": True}


def job_name(chat_id: int) -> str:
    return f"remind:{chat_id}"


def plan_reminder(job_queue: JobQueue[Any] | None, chat_id: int, when: datetime | None, now: datetime) -> None:
    """Replace the chat's reminder job by one at `when` (none when None: nothing to remind)."""
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    for job in job_queue.get_jobs_by_name(job_name(chat_id)):
        job.schedule_removal()
    if when is not None:
        delay = max(0.0, (when - now).total_seconds())
        job_queue.run_once(remind_job, delay, chat_id=chat_id, name=job_name(chat_id), job_kwargs=JOB_KWARGS)


def retry_later(job_queue: JobQueue[Any] | None, chat_id: int, delay: float, attempt: int) -> None:
    """Replace the chat's job by a try again `delay` seconds from now (`attempt` counts the tries)."""
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    for job in job_queue.get_jobs_by_name(job_name(chat_id)):
        job.schedule_removal()
    job_queue.run_once(
        remind_job, delay, chat_id=chat_id, name=job_name(chat_id), data={"attempt": attempt}, job_kwargs=JOB_KWARGS
    )


def chat_is_gone(err: TelegramError) -> bool:
    """403 (blocked, kicked) or a 400 that names the chat as gone; other errors may pass."""
    return isinstance(err, Forbidden) or (isinstance(err, BadRequest) and any(g in err.message.lower() for g in GONE))


async def remind_job(context: Context) -> None:
    """Job callback for `remind:{chat}`: send if due, record it, plan the next one (or a retry)."""
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
            retry_later(context.job_queue, chat_id, svc.settings.retry_after_s * 2**attempt, attempt + 1)
            return
        log.warning("reminder to chat %s skipped after %d tries; the next one is scheduled", chat_id, attempt + 1)
        await reminders.skipped(svc, chat_id)
    plan_reminder(context.job_queue, chat_id, await reminders.next_reminder(svc, chat_id), svc.clock())


async def send_reminder(context: Context, chat_id: int) -> bool:
    """Owe the chat its reminder if one is due, then send what it is owed; True if a message went out. A
    chat Telegram reports gone is paused; other Telegram errors are raised (the job retries).

    The reminder is recorded in the outbox in the same transaction that marks it handled, before it is
    sent: a crash before the send leaves it owed (sent at the restart), never computed and sent again."""
    svc = services(context)
    due = await reminders.due(svc, chat_id)
    if due is not None:
        text = format_reminder(due.facts, due.chat.lang)
        if text is None and not svc.settings.silent_when_nothing_open:
            text = t(due.chat.lang, "reminder-nothing-open")
        await reminders.owe(svc, due, text)
    sent = False
    for outgoing in await outbox.unsent(svc, ("reminder",), chat_id):
        try:
            sent = await send_owed(context, outgoing) or sent
        except TelegramError as err:
            if not chat_is_gone(err):
                raise
            log.info("chat %s is gone (%s); pausing its reminders", chat_id, err.message)
            await subscriptions.pause(svc, chat_id, True)
            return False  # still owed: it goes out if the chat comes back (/start)
    if sent and due is not None and due.chat.chart:  # /remind … 图表: one picture of the subscriptions, under it
        await send_digest_chart(context, chat_id, due.facts.targets, due.facts.agency_ids, due.chat.lang)
    return sent
