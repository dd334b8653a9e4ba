"""Reminders: when one is due (pure, time injected) and what it says (facts from the store, rendered).

May import presentation (for the shared item lines), store and notices; not answers. No Telegram import.
"""
