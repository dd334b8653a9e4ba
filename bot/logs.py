"""Logging set-up. The Bot API puts the token in every URL; it never reaches a log line, a traceback or
an error message the bot prints."""

from __future__ import annotations

import logging
import traceback
from urllib.parse import quote

TOKEN_MARK = "<token>"


def redact(text: str, token: str) -> str:
    """`text` with the token replaced, as written and as percent-encoded in a URL."""
    if not token:
        return text
    for form in {token, quote(token, safe=""), quote(token)}:
        text = text.replace(form, TOKEN_MARK)
    return text


class RedactToken(logging.Filter):
    """Replace the token wherever it appears in a record: message, arguments, traceback and stack."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        record.msg, record.args = redact(message, self.token), None
        if record.exc_info and record.exc_info[0] is not None:
            # Exception messages (PTB's InvalidToken, an HTTP error with its URL) sit in the traceback text.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip(), self.token)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, self.token)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.token)
        return True


def setup_logging(token: str, level: int = logging.INFO) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    for noisy in ("httpx", "httpcore", "aiohttp.access"):  # log every request URL, token included
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redact_filter = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact_filter)
