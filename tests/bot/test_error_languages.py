"""A file or link the bot cannot read is explained in the reader's language: a Chinese user meets no
English word, an English user reads English (the reader process sends the error's code, not its words)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bombs import docx_damaged
from tests.conftest import SAMPLES
from tests.notice_files import _compound_file
from tests.web import Page, Site, serve

from .conftest import Bot
from .test_languages import english_words

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
DAMAGED = docx_damaged(SHUOZHOU)
XLS = _compound_file({"Workbook": b"\x09\x08" + b"\x00" * 600})  # a damaged Excel 97–2003 workbook sent as a .doc


@pytest.fixture
def private_site() -> Iterator[Site]:
    running = serve({"/n.html": Page(b"<html><body><p>...</p></body></html>")}, host="127.0.0.2")
    yield running
    running.stop()


async def test_a_chinese_user_reads_why_a_file_or_link_failed_in_chinese(bot: Bot, private_site: Site) -> None:
    bot.api.document(100, "通报.docx", DAMAGED, lang="zh-hans")
    damaged = await bot.api.wait_text(100, "❌")
    assert "通报.docx 是损坏的 docx 文件，无法打开" in damaged
    bot.api.document(100, "台账.doc", XLS, lang="zh-hans")
    unsupported = await bot.api.wait_text(100, "台账.doc 是损坏的 xls 文件")
    assert "重新保存后再发送" in unsupported
    bot.api.message(100, private_site.url("/n.html"), lang="zh-hans")
    refused = await bot.api.wait_text(100, "未读取")
    assert "127.0.0.2 是内网或本机地址（127.0.0.2）" in refused
    bot.api.message(100, f"/watch {private_site.url('/n.html')}", lang="zh-hans")
    watch = await bot.api.wait_for(lambda: [t for t in bot.api.texts(100) if "未读取" in t][1:])
    assert private_site.hits == {}  # never contacted
    for text in (damaged, unsupported, refused, watch[0]):
        assert english_words(text) == [], text
    assert bot.store.stats()["notices"] == 0


async def test_an_english_user_reads_why_a_file_or_link_failed_in_english(bot: Bot, private_site: Site) -> None:
    bot.api.document(100, "notice.docx", DAMAGED, lang="en")
    assert "notice.docx is a damaged Word (.docx) file and cannot be opened" in await bot.api.wait_text(100, "❌")
    bot.api.document(100, "ledger.doc", XLS, lang="en")
    assert "cannot be opened" in await bot.api.wait_text(100, "ledger.doc is a damaged Excel 97–2003 (.xls) file")
    bot.api.message(100, private_site.url("/n.html"), lang="en")
    refused = await bot.api.wait_text(100, "was not fetched")
    assert "127.0.0.2 is a private or local address (127.0.0.2), which links may not reach" in refused


@pytest.mark.parametrize(
    ("lang", "says"), [("zh-hans", "❌ 照片 是损坏的图片"), ("en", "❌ photo is a damaged image file")]
)
async def test_a_damaged_photo_is_named_in_the_readers_language(bot: Bot, lang: str, says: str) -> None:
    pytest.importorskip("rapidocr_onnxruntime")  # the ocr extra: without it a photo is refused before decoding
    bot.api.photo(100, b"\xff\xd8\xff" + b"\x00" * 100, lang=lang)
    text = await bot.api.wait_text(100, "❌", timeout=60)
    assert text.startswith(says), text
    assert lang == "en" or english_words(text) == [], text
