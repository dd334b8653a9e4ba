"""What a user does, one function each, for the bot and the command line alike: add notices, ask,
subscribe, set reminders, watch sites, export, undo, stats. Every write to the store starts here and
every store call goes through the gateway (`Services.db`), off the event loop. Results are data; the
callers (handlers/, bot/cli.py) word them with presentation/. No Telegram import.
"""
