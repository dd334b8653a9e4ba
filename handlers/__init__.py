"""Telegram handlers only: read the Update, call the layers below, send.

May import reminders, answers, store, notices (never bot).
"""
