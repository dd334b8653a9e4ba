"""The jobs on PTB's JobQueue (APScheduler underneath), rebuilt from SQLite at start-up: a reminder job
per chat (handlers/reminders.py plans each one's next run) and one repeating look for due watches.

SQLite holds what was sent, so a restart neither loses nor repeats a reminder, and one that fell due
while the bot was down runs once at start-up.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers.reminders import JOB_KWARGS, plan_reminder
from handlers.watches import watch_job
from usecases import reminders
from usecases.services import Services

WATCH_TICK = 300.0  # seconds between looks for due watches (each watch has its own due time in SQLite)


async def rebuild(application: Application, services: Services) -> int:
    """Plan every chat with subscriptions; returns how many chats there are."""
    planned = await reminders.planned(services)
    for chat_id, when in planned:
        plan_reminder(application.job_queue, chat_id, when, services.clock())
    return len(planned)


def start_watching(application: Application) -> None:
    """One repeating job looks for due watches; their due times live in SQLite, so a restart resumes them."""
    job_queue = application.job_queue
    assert job_queue is not None, "install python-telegram-bot[job-queue]"
    for job in job_queue.get_jobs_by_name("watch"):
        job.schedule_removal()
    job_queue.run_repeating(watch_job, WATCH_TICK, first=5.0, name="watch", job_kwargs=JOB_KWARGS)
