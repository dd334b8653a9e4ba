"""OCR runs in its own child process: one deadline for the whole scan, and the bot's memory untouched."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLES
from tests.notice_files import to_page_images, to_scanned_pdf

from .conftest import Bot
from .test_cli import rectibot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


def test_a_scan_that_takes_longer_than_its_deadline_is_stopped(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(to_scanned_pdf(to_page_images(SHUOZHOU)[:2]))
    config = tmp_path / "slow.toml"
    config.write_text("[store]\nocr_seconds = 1\n")  # a scanned page takes seconds to read
    run = rectibot("--config", str(config), "parse", str(scan))
    assert run.returncode == 2
    assert run.stderr == "rectibot: scan.pdf took longer than 1 s to read and was stopped. " \
                         "Send the notice as a .txt or .docx file instead.\n"  # fmt: skip


async def test_a_photo_declaring_no_size_is_cut_off_at_the_cap(bot: Bot) -> None:
    big = b"\xff\xd8" + b"x" * (3 * 1024 * 1024)  # the limit in these tests is 1 MB
    bot.api.photo(100, big, size=0)  # Telegram declared no size
    assert "文件太大" in await bot.api.wait_text(100, "文件太大", timeout=30)
    bot.api.photo(100, big, size=1000)  # or a small one
    await bot.api.wait_for(lambda: sum("文件太大" in t for t in bot.api.texts(100)) == 2, timeout=30)
