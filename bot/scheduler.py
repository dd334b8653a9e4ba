"""Reminder jobs on PTB's JobQueue (APScheduler underneath), rebuilt from SQLite.

One named job per chat (`remind:{chat_id}`), always a single run at the chat's next due time; after
it runs it schedules the next. SQLite holds what was sent, so a restart neither loses nor repeats a
reminder, and one that fell due while the bot was down runs once at start-up.
"""

from __future__ import annotations

from telegram.ext import Application, JobQueue

from handlers.context import Services
from handlers.reminders import remind_job
from handlers.watches import watch_job
from reminders.schedule import next_run

WATCH_TICK = 300.0  # seconds between looks for due watches (each watch has its own due time in SQLite)

# PTB sets no misfire grace; APScheduler's default of one second would drop a job that is late.
JOB_KWARGS = {"misfire_grace_time": None, "coalesce": True}


def job_name(chat_id: int) -> str:
    return f"remind:{chat_id}"


def reschedule(job_queue: JobQueue, services: Services, chat_id: int) -> None:
    """Remove the chat's job and add it again at its next run time (none if nothing to remind)."""
    for job in job_queue.get_jobs_by_name(job_name(chat_id)):
        job.schedule_removal()
    chat = services.subscriptions.chat(chat_id)
    if chat is None or not services.subscriptions.of_chat(chat_id):
        return
    now = services.clock()
    when = next_run(chat, now)
    if when is not None and _owes_a_reminder(services, chat_id):  # left owed by a crash or a blocked chat
        when = now
    if when is None:
        return
    delay = max(0.0, (when - now).total_seconds())
    job_queue.run_once(remind_job, delay, chat_id=chat_id, name=job_name(chat_id), job_kwargs=JOB_KWARGS)


def _owes_a_reminder(services: Services, chat_id: int) -> bool:
    return services.watches is not None and bool(services.watches.unsent(1, chat_id=chat_id, kinds=("reminder",)))


def retry_later(job_queue: JobQueue, chat_id: int, delay: float, attempt: int) -> None:
    """Replace the chat's job by a try again `delay` seconds from now (`attempt` counts the tries)."""
    for job in job_queue.get_jobs_by_name(job_name(chat_id)):
        job.schedule_removal()
    job_queue.run_once(
        remind_job, delay, chat_id=chat_id, name=job_name(chat_id), data={"attempt": attempt}, job_kwargs=JOB_KWARGS
    )


def rebuild(application: Application, services: Services) -> int:
    """Schedule every chat with subscriptions; returns how many jobs were added."""
    job_queue = application.job_queue
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    chats = services.subscriptions.scheduled_chats()
    for chat in chats:
        reschedule(job_queue, services, chat.chat_id)
    return len(chats)


def start_watching(application: Application) -> None:
    """One repeating job looks for due watches; their due times live in SQLite, so a restart resumes them."""
    job_queue = application.job_queue
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    for job in job_queue.get_jobs_by_name("watch"):
        job.schedule_removal()
    job_queue.run_repeating(watch_job, WATCH_TICK, first=5.0, name="watch", job_kwargs=JOB_KWARGS)
