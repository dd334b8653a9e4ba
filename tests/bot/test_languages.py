"""The bot speaks the reader's language: /start, ingest summaries, claims warnings and reminders in English
for English clients, with no English word for Chinese ones; /lang switches a chat."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import pytest

from tests.conftest import SAMPLES

from .conftest import Bot

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_bytes()  # claims 32 completed, lists 31


def english_words(text: str) -> list[str]:
    """ASCII words a Chinese reader would meet, less commands, URLs, file types, time zones and HTML tags."""
    text = re.sub(
        r"https?://\S+|/\w+|\b(?:txt|md|docx?|wps|rtf|od[ts]|ofd|pdf|html|mht|xlsx?|pptx?|csv)\b|[A-Z][a-z]+/[A-Za-z_]+|<[^>]*>",
        " ",
        text,
    )
    return re.findall(r"[A-Za-z]{2,}", text)


async def remind(bot: Bot, chat: int) -> str:
    bot.clock.now += timedelta(hours=1)  # 09:00 in Shanghai
    await bot.app.job_queue.get_jobs_by_name(f"remind:{chat}")[0].run(bot.app)
    return await bot.api.wait_text(chat, "⏰")


async def test_an_english_user_reads_english(bot: Bot) -> None:
    bot.api.message(100, "/start", lang="en")
    assert "Send a notice file" in await bot.api.wait_text(100, "Hello")
    bot.api.document(100, "朔州.txt", SHUOZHOU, lang="en")
    summary = await bot.api.wait_text(100, "Stored the notice")
    assert "33 problems (done 31, in progress 1, status not stated 1)" in summary
    assert "⚠ the notice claims 32 problems completed but lists 31" in summary
    bot.api.message(100, "/subscribe 朔州科技局", lang="en")
    assert "Next reminder: 2026-03-02 09:00" in await bot.api.wait_text(100, "Subscribed to")
    reminder = await remind(bot, 100)
    assert "Rectification reminder" in reminder and "problems still open" in reminder


async def test_a_chinese_user_meets_no_english_word(bot: Bot) -> None:
    bot.api.message(100, "/start", lang="zh-hans")
    welcome = await bot.api.wait_text(100, "你好")
    bot.api.document(100, "朔州.txt", SHUOZHOU, lang="zh-hans")
    summary = await bot.api.wait_text(100, "已收录")
    assert "⚠ 通报自述已完成32个，正文列出31个" in summary
    bot.api.message(100, "/subscribe 朔州科技局", lang="zh-hans")
    subscribed = await bot.api.wait_text(100, "已订阅")
    reminder = await remind(bot, 100)
    for text in (welcome, summary, subscribed, reminder):
        assert english_words(text) == [], text


async def test_lang_switches_the_chat_for_summaries_and_reminders(bot: Bot) -> None:
    bot.api.message(100, "/lang en", lang="zh-hans")
    assert "in English" in await bot.api.wait_text(100, "OK")
    bot.api.document(100, "朔州.txt", SHUOZHOU, lang="zh-hans")  # a Chinese client, an English chat
    assert "⚠ the notice claims 32 problems completed but lists 31" in await bot.api.wait_text(100, "Stored")
    bot.api.message(100, "/subscribe 朔州科技局", lang="zh-hans")
    await bot.api.wait_text(100, "Subscribed to")
    assert "Rectification reminder" in await remind(bot, 100)
    bot.api.message(100, "/lang 中文", lang="en")
    assert "改用中文" in await bot.api.wait_text(100, "好的")
    bot.api.message(100, "/lang klingon", lang="en")  # the chat chose Chinese: its choice holds
    assert "/lang en" in await bot.api.wait_text(100, "用哪种语言")


async def test_help_lists_every_command_with_an_example(bot: Bot) -> None:
    from bot.app import ADMIN_COMMANDS

    bot.api.message(100, "/help", lang="en")
    text = await bot.api.wait_text(100, "Commands")
    assert all(f"/{name}" in text for name in ADMIN_COMMANDS)
    assert "/subscribe Shuozhou" in text and "/remind Mondays 9:00" in text


# Every command a chat can send, with words in the client's language (and the edge replies: unknown
# names, words /remind cannot read, a second /undo with nothing left to take back).
WALK = {
    "en": ["/start", "/help", "/ask which problems are still open for Shuozhou", "/agencies", "/stats",
           "/subscribe Shuozhou", "/subscribe Atlantis", "/subscriptions", "/remind daily 9am", "/remind sometimes",
           "/remind every other Tuesday", "/unsubscribe Shuozhou", "/unsubscribe", "/watch", "/watch remove 7",
           "/export", "/export Atlantis", "/lang", "/undo", "/undo"],
    "zh": ["/start", "/help", "/ask 朔州还有哪些问题没整改完", "/agencies", "/stats", "/subscribe 朔州",
           "/subscribe 亚特兰蒂斯", "/subscriptions", "/remind 每天早上9点", "/remind 有时候", "/remind 隔周周二",
           "/unsubscribe 朔州", "/unsubscribe", "/watch", "/watch remove 7", "/export", "/export 亚特兰蒂斯", "/lang",
           "/undo", "/undo"],
}  # fmt: skip
# Quoted as they are: the genre's name glossed in English text, and the words commands take (/lang 中文).
GLOSS = "巡察整改通报 /lang 中文 /lang en /lang zh /watch remove"
CJK_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")


def foreign(text: str, lang: str, quoted: str) -> list[str]:
    """Words of the other language in a reply, less what it quotes from the notice or the command."""
    if lang == "zh":
        return [w for w in english_words(text) if w not in quoted]
    return [run for run in CJK_RUN.findall(re.sub(r"<[^>]*>", " ", text)) if run not in quoted]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_every_command_answers_in_the_clients_language(bot: Bot, lang: str) -> None:
    code = "en-US" if lang == "en" else "zh-hans"
    bot.api.document(100, "朔州.txt", SHUOZHOU, lang=code)
    await bot.api.wait_text(100, "Stored" if lang == "en" else "已收录")
    notice = SHUOZHOU.decode("utf-8")
    starts: list[int] = []  # where each command's replies begin among the chat's texts
    for command in WALK[lang]:
        before, files = len(bot.api.texts(100)), len(bot.api.sent("sendDocument", 100))
        starts.append(before)
        bot.api.message(100, command, lang=code)
        await bot.api.wait_for(
            lambda b=before, f=files: bot.api.texts(100)[b:] or len(bot.api.sent("sendDocument", 100)) > f
        )  # every command answers: with a message, or (/export) with files
    await asyncio.sleep(0.2)  # a second message of the last reply (the others' came while the next command ran)
    texts = bot.api.texts(100)
    found = [
        (command, w)
        for command, start, end in zip(WALK[lang], starts, [*starts[1:], len(texts)], strict=True)
        for r in texts[start:end]
        for w in foreign(r, lang, notice + command + GLOSS)
    ]
    assert found == [], "\n".join(map(str, found))
