"""Progress of slow reading (OCR) shown in the chat, page by page."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib

from telegram import Message
from telegram.error import TelegramError

from presentation.i18n import t


class PageProgress:
    """Called from the OCR thread after each page: edits the progress message on the event loop.
    `settle()` waits for those edits, so that the summary is never overwritten by a late one."""

    def __init__(self, progress: Message, loop: asyncio.AbstractEventLoop, lang: str) -> None:
        self.progress, self.loop, self.lang = progress, loop, lang
        self.edits: list[concurrent.futures.Future[None]] = []

    def __call__(self, done: int, total: int) -> None:
        text = t(self.lang, "ocr-page", done=done, total=total)
        self.edits.append(asyncio.run_coroutine_threadsafe(_edit_quietly(self.progress, text), self.loop))

    async def settle(self) -> None:
        for edit in self.edits:
            await asyncio.wrap_future(edit)


def page_progress(progress: Message, loop: asyncio.AbstractEventLoop, lang: str) -> PageProgress:
    return PageProgress(progress, loop, lang)


async def _edit_quietly(message: Message, text: str) -> None:
    with contextlib.suppress(TelegramError):  # progress is a courtesy: a failed edit must not fail the reading
        await message.edit_text(text)
