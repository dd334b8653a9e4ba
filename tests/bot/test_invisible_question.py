"""A question with nothing visible in it (zero-width characters) gets help in the chat's language, not English."""

from __future__ import annotations

import pytest

from .conftest import Bot


@pytest.mark.parametrize(("lang", "says"), [("zh-hans", "例如"), ("en", "for example")])
async def test_a_question_of_zero_width_characters_gets_help_in_the_chats_language(
    bot: Bot, lang: str, says: str
) -> None:
    bot.api.message(400, "\u200b\u200c\u200d\ufeff", lang=lang)
    reply = await bot.api.wait_for(lambda: bot.api.texts(400))
    assert says in reply[0], reply[0]
