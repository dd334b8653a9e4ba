"""A chat question in, an answer out: reading the question, resolving names, composing the `Answer`
from store queries, and rendering it as chat HTML or console text. No Telegram import.

May import store and notices.
"""
