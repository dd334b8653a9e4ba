"""Charts through the stand-in Bot API and the command line: /chart, the 📊 buttons, a digest's picture,
the export's summary sheet, `rectibot chart`."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image

from bot.cli import main
from bot.config import load_config
from errors import ConfigError
from tests.botapi import Call
from tests.conftest import SAMPLES
from tests.words import raises_saying

from .conftest import Bot
from .test_buttons import keyboard
from .test_telegram import ingest_samples


async def photos(bot: Bot, chat: int, count: int = 1) -> list[Call]:
    """The first `count` photos the bot sent to `chat`."""
    return await bot.api.wait_for(lambda: len(found := bot.api.sent("sendPhoto", chat)) >= count and found)


def png_of(call: Call) -> bytes:
    _, data = call.params["photo"]
    assert data.startswith(b"\x89PNG")
    return bytes(data)


async def test_chart_of_a_place_is_a_photo_with_its_caption(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/chart 朔州")
    (photo,) = await photos(bot, 100)
    image = Image.open(io.BytesIO(png_of(photo)))
    assert image.width == 1000 and 400 <= image.height <= 2000
    text = photo.params["caption"]
    assert photo.params["parse_mode"] == "HTML" and text.startswith(
        "<b>朔州市科学技术局党组</b> 整改进展（2026-03-02）"
    )
    assert "1个单位、33个问题" in text and "正在推进1，未标明进度1" in text and "〔朔州市科学技术局党组 通报〕" in text
    bot.api.message(100, "/chart 北京")
    assert "没有找到“北京”" in await bot.api.wait_text(100, "没有找到")


async def test_the_button_under_an_open_item_list_draws_that_scope(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/chart 朔州")
    (by_command,) = await photos(bot, 100)
    bot.api.message(100, "朔州还有哪些问题没整改完")
    answer = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "还没整改完" in c.params["text"]), None)
    )
    (button,) = keyboard(answer)
    assert button["text"] == "📊 图表"
    bot.api.press(100, button["callback_data"], user_id=555)  # anyone in the chat may ask for the picture
    by_button = (await photos(bot, 100, 2))[1]
    assert png_of(by_button) == png_of(by_command)  # the same picture as /chart of that scope
    assert by_button.params["caption"] == by_command.params["caption"]


async def test_stats_carries_a_button_for_every_agency(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/stats", lang="en")
    stats = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "notices" in c.params["text"].lower()), None)
    )
    (button,) = keyboard(stats)
    assert button["text"] == "📊 Chart"
    bot.api.press(100, button["callback_data"], lang="en")
    (photo,) = await photos(bot, 100)
    assert "5 agencies, 145 problems" in photo.params["caption"] and "🔴 源城区科技局党组: 20/20 open" in photo.params[
        "caption"]  # fmt: skip


async def test_a_digest_with_the_chart_option_sends_one_picture(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(200, "/subscribe 朔州科技局")
    await bot.api.wait_text(200, "已订阅")
    bot.api.message(200, "/remind 每天9点 图表")
    assert "提醒将附带一张整改进展图表" in await bot.api.wait_text(200, "附带")
    bot.clock.now += timedelta(hours=1)  # 09:00 Shanghai
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    await bot.api.wait_text(200, "整改提醒")
    (photo,) = await photos(bot, 200)
    assert "朔州市科学技术局党组" in photo.params["caption"] and "未完成 2/33" in photo.params["caption"]
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)  # the same due time: nothing more
    bot.api.message(200, "/remind 不要图表")
    replies = await bot.api.wait_for(
        lambda: len(found := [t for t in bot.api.texts(200) if "好的" in t]) == 2 and found
    )
    assert "附带" not in replies[1]
    bot.clock.now += timedelta(days=1)
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    await bot.api.wait_for(lambda: sum("整改提醒" in t for t in bot.api.texts(200)) == 2)
    assert len(bot.api.sent("sendPhoto", 200)) == 1  # the chart was turned off again


async def test_the_export_opens_with_a_summary_sheet_and_its_chart(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/export")
    # the export and its chart are built in a worker: on a loaded machine that takes longer than a reply
    doc = await bot.api.wait_for(lambda: next(iter(bot.api.sent("sendDocument", 100)), None), timeout=60)
    book = load_workbook(io.BytesIO(doc.params["document"][1]))
    summary = book.worksheets[0]
    assert summary.title == "汇总" and summary["A1"].value == "单位" and summary.max_row == 6
    (chart,) = summary._charts
    assert chart.type == "bar" and len(chart.series) == 5


def test_rectibot_chart_writes_the_png_and_prints_the_caption(tmp_path: Path, capsys: object) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["ingest", "-q", str(SAMPLES), "--db", db]) == 0
    out = tmp_path / "chart.png"
    assert main(["chart", "-o", str(out), "--db", db, "--date", "2026-03-02", "--lang", "en"]) == 0
    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    with Image.open(out) as image:
        assert image.size[0] == 1000 and "5 agencies, 145 problems" in printed
    assert f"Chart saved to {out}" in printed
    assert main(["chart", "北京", "-o", str(out), "--db", db]) == 2


def test_light_thresholds_are_checked_in_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[chart]\nred_open_share = 0.3\n")
    assert load_config(path).chart.red_open_share == 0.3
    path.write_text("[chart]\nyellow_open_share = 0.6\n")
    with raises_saying(ConfigError, r"\[chart\] each yellow_… share must be at most its red_… share"):
        load_config(path)
    path.write_text("[chart]\nred_open = 0.6\n")
    with raises_saying(ConfigError, "did you mean red_open_share"):
        load_config(path)
