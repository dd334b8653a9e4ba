"""Logging set-up. The Bot API puts the token in every URL; it never reaches a log line."""

from __future__ import annotations

import logging


class RedactToken(logging.Filter):
    """Replace the token wherever it appears in a record's message or arguments."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def setup_logging(token: str, level: int = logging.INFO) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # logs every request URL, token included
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
