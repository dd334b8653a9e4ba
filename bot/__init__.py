"""The composition root and the process: config, application wiring, scheduler jobs, CLI, logging.

May import every layer: handlers, reminders, answers, store, notices.
"""
