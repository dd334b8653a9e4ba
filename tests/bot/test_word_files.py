"""Word files as people forward them: Word 97–2003 .doc, WPS .wps, and a .docx that lost its extension."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES
from tests.notice_files import to_doc, to_docx

from .conftest import Bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "data"),
    [("朔州通报.doc", to_doc(SHUOZHOU)), ("朔州通报.wps", to_doc(SHUOZHOU)), ("朔州通报", to_docx(SHUOZHOU))],
    ids=["doc", "wps", "docx-without-extension"],
)
async def test_word_files_are_stored(bot: Bot, name: str, data: bytes) -> None:
    bot.api.document(100, name, data)
    summary = await bot.api.wait_text(100, "已收录")
    assert "<b>朔州市科学技术局党组</b>" in summary and "33个问题" in summary
