"""Photos of a notice sent to the bot: an album is one notice, pages in order, with progress per page."""

from __future__ import annotations

import io

from PIL import Image

from tests.conftest import ROOT
from tests.notice_files import to_page_images

from .conftest import Bot

SHANXI = (ROOT / "tests" / "data" / "genre" / "shanxi_keji_inline.txt").read_text("utf-8")


def as_jpeg(png: bytes) -> bytes:
    """Telegram stores photos as JPEG."""
    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


async def test_an_album_of_two_photos_is_one_notice_read_in_order(bot: Bot) -> None:
    first, second = (as_jpeg(p) for p in to_page_images(SHANXI, lines_per_page=20))
    bot.api.photo(100, first, media_group_id="album-1")
    bot.api.photo(100, second, media_group_id="album-1")
    summary = await bot.api.wait_text(100, "已收录", timeout=240)
    assert "<b>山西省科学技术厅党组</b>" in summary and "5个问题" in summary
    assert "文字由 OCR 从 2 页图片识别而来" in summary  # the chat reads Chinese
    texts = bot.api.texts(100)
    assert any("正在识别 2 张图片" in t for t in texts)
    assert any("第 1/2 页" in t for t in texts) and any("第 2/2 页" in t for t in texts)
    assert sum("已收录" in t for t in texts) == 1  # one notice, not one per photo
    assert texts[-1] == summary  # no late progress edit overwrote the summary


async def test_a_photo_from_someone_not_an_admin_is_refused(bot: Bot) -> None:
    bot.api.photo(555, b"\xff\xd8\xff" + b"\x00" * 100)
    assert "只有管理员" in await bot.api.wait_text(555, "只有管理员")
