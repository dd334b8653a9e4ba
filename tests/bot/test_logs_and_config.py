"""The token never reaches a log line; config.toml mistakes are explained."""

from __future__ import annotations

import logging
import re
from dataclasses import fields
from pathlib import Path

import pytest

from bot.config import _SECTIONS, load_config
from bot.logs import RedactToken
from errors import ConfigError
from tests.words import raises_saying

TOKEN = "987654:SECRET-token"


def test_the_token_is_redacted_from_log_records(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactToken(TOKEN))
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    assert TOKEN not in caplog.text and "bot<token>/getMe" in caplog.text


def test_the_shipped_config_is_valid() -> None:
    config = load_config(Path(__file__).parents[2] / "config.toml")
    assert config.telegram.mode == "polling" and config.reminders.timezone == "Asia/Shanghai"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[telegram]\nmode = 'push'", 'use "polling" or "webhook"'),
        ("[telegram]\nmode = 'webhook'", "webhook_url"),
        ("[telegram]\nadmin = [1]", r"\[telegram\] unknown key admin; did you mean admins\?"),
        ("[reminders]\nquiet = '22:00-08:00'", "did you mean quiet_hours"),
        ("[telegram]\nadmins = ['alice']", "numeric Telegram user ids"),
        ("[telegram]\nmax_file_mb = -1", "max_file_mb"),
        ("[telegram]\nwebhook_port = 'https'", "webhook_port = 'https': a port number"),
        ("[telegram]\nproxy = '127.0.0.1:1080'", "socks5://127.0.0.1:1080"),
        ("[reminders]\ntimezone = 'Mars/Olympus'", "timezone = 'Mars/Olympus': a known time zone, e.g."),
        ("[reminders]\nquiet_hours = '22-8'", "HH:MM-HH:MM"),
        ("[remind]\ntime = '09:00'", r"unknown section \[remind\]; did you mean reminders"),
        ("[store\n", "not valid TOML"),
    ],
)
def test_config_errors_say_how_to_fix_them(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with raises_saying(ConfigError, says):
        load_config(path)


def test_database_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTIBOT_DB", str(tmp_path / "env.db"))
    assert load_config(None).db == str(tmp_path / "env.db")
    assert load_config(None, db_override="cli.db").db == "cli.db"


PAST = {"ge": -1, "le": 1, "gt": 0}  # a value past each kind of bound: below ge, above le, equal to gt


@pytest.mark.parametrize("section", list(_SECTIONS))
def test_every_bound_a_key_declares_is_enforced(tmp_path: Path, section: str) -> None:
    """A value past any key's bound is refused with that key's hint; no bound is misspelt (and so unchecked)."""
    path = tmp_path / "config.toml"
    for key in fields(_SECTIONS[section]):
        assert set(key.metadata) <= {"description", "pattern", "min_length", *PAST}, key.name
        for bound in set(key.metadata) & set(PAST):
            path.write_text(f"[{section}]\n{key.name} = {key.metadata[bound] + PAST[bound]}\n")
            with raises_saying(
                ConfigError, rf"\[{section}\] {key.name} = .*: {re.escape(key.metadata['description'])}"
            ):
                load_config(path)
