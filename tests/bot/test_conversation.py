"""A conversation through the bot: fragments take the chat's context, stand-alone questions do not; unknown
names are said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import SAMPLES

from .conftest import Bot
from .test_cli import rectibot
from .test_telegram import ingest_samples


async def ask(bot: Bot, text: str, expect: str) -> str:
    """Send a question in chat 100 and return the reply that holds `expect` (after the ones already there)."""
    before = len(bot.api.texts(100))
    bot.api.message(100, text)
    return str(await bot.api.wait_for(lambda: next((t for t in bot.api.texts(100)[before:] if expect in t), None)))


async def test_four_turns_with_a_correction_and_a_stand_alone_question(bot: Bot) -> None:
    await ingest_samples(bot)
    first = await ask(bot, "天长问题19是什么", "党组议事规则制订不规范")
    assert "天长市科学技术局党组" in first
    corrected = await ask(bot, "不对，是青神的", "违规公款购买香烟")  # the same item of the agency meant
    assert "青神县科学技术协会党组" in corrected and "天长" not in corrected
    alone = await ask(bot, "溆浦问题21整改了吗", "差旅费报销不规范")  # names all it needs: not 青神's
    assert "溆浦县科学技术局党组" in alone and "青神" not in alone
    follow = await ask(bot, "那问题14呢", "问题14")  # the agency of the question just before
    assert "溆浦县科学技术局党组" in follow and "青神" not in follow


async def test_an_unknown_name_gets_the_nearest_names_as_buttons_and_no_list(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "Shuozhuo open items")
    call = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "shuozhuo" in c.params["text"]), None)
    )
    assert "recognise" in call.params["text"] and "存在人员混岗问题" not in call.params["text"]
    buttons = [b["text"] for row in call.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["朔州市科学技术局党组"]
    assert not any("源城区科技局党组" in t for t in bot.api.texts(100))  # never widened to every agency


def test_the_command_line_keeps_a_conversation_per_chat_name(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    rectibot("ingest", str(SAMPLES), "--db", db, "-q")

    def ask(question: str, name: str) -> dict[str, Any]:
        run = rectibot("ask", question, "--json", "--db", db, "--chat", name)
        assert run.returncode == 0, run.stderr
        return dict(json.loads(run.stdout))

    ask("天长问题19是什么", "a")
    ask("朔州还有哪些问题没整改完", "b")
    corrected = ask("不对，是青神的", "a")  # chat a's previous question, not chat b's
    assert corrected["agencies"] == ["青神县科学技术协会党组"] and [i["seq"] for i in corrected["items"]] == [19]
    alone = rectibot("ask", "那问题14呢", "--json", "--db", db)  # without --chat: no context at all
    assert json.loads(alone.stdout)["agencies"] == []
