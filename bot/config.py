"""config.toml, loaded once at start-up into a frozen dataclass and validated with messages that say
how to fix the file. Secrets are not read from it: the token comes from TELEGRAM_BOT_TOKEN."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ConfigError(Exception):
    """config.toml is missing something or has a wrong value; the message says what to change."""


_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class TelegramConfig:
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"
    webhook_url: str = ""
    webhook_port: int = 8443
    webhook_listen: str = "0.0.0.0"
    admins: tuple[int, ...] = ()
    max_file_mb: float = 20.0
    concurrent_updates: int = 32
    proxy: str = ""


@dataclass(frozen=True)
class ReminderConfig:
    timezone: str = "Asia/Shanghai"
    time: str = "09:00"
    quiet_hours: str = "22:00-08:00"
    silent_when_nothing_open: bool = True


@dataclass(frozen=True)
class FetchConfig:
    allowed_private_hosts: tuple[str, ...] = ()  # hosts/addresses on private networks that links may reach
    timeout_s: float = 20.0
    max_redirects: int = 5
    watch_hours: float = 24.0  # how often watched sites are checked
    watch_jitter_minutes: float = 30.0  # spread so that sites are not all fetched on the hour


@dataclass(frozen=True)
class Config:
    db: str = "rectibot.db"
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    reminders: ReminderConfig = field(default_factory=ReminderConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    source: str = "(defaults)"


def find_config(explicit: str | None = None) -> Path | None:
    """--config, else RECTIBOT_CONFIG, else ./config.toml if present."""
    candidate = explicit or os.environ.get("RECTIBOT_CONFIG")
    if candidate:
        path = Path(candidate)
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        return path
    local = Path("config.toml")
    return local if local.is_file() else None


def load_config(path: Path | None = None, db_override: str | None = None) -> Config:
    """Read and validate a config file (None: defaults); --db / RECTIBOT_DB override the database path."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise ConfigError(f"{path} is not valid TOML: {err}") from None
    unknown = set(data) - {"store", "telegram", "reminders", "fetch"}
    if unknown:
        raise ConfigError(
            f"{path}: unknown section(s) {sorted(unknown)}; expected [store], [telegram], [reminders], [fetch]"
        )
    store = data.get("store", {})
    db = db_override or os.environ.get("RECTIBOT_DB") or store.get("db") or "rectibot.db"
    return Config(
        db=str(db),
        telegram=_telegram(data.get("telegram", {}), path),
        reminders=_reminders(data.get("reminders", {}), path),
        fetch=_fetch(data.get("fetch", {}), path),
        source=str(path) if path else "(defaults)",
    )


def _telegram(t: dict[str, Any], path: Path | None) -> TelegramConfig:
    where = f"{path} [telegram]"
    mode = t.get("mode", "polling")
    if mode not in ("polling", "webhook"):
        raise ConfigError(f'{where} mode = "{mode}": use "polling" or "webhook"')
    if mode == "webhook" and not str(t.get("webhook_url", "")).startswith("https://"):
        raise ConfigError(f'{where} mode = webhook needs webhook_url = "https://your.host/path"')
    admins = t.get("admins", [])
    if not isinstance(admins, list) or not all(isinstance(a, int) for a in admins):
        raise ConfigError(f"{where} admins must be a list of numeric Telegram user ids, e.g. admins = [12345678]")
    max_mb = t.get("max_file_mb", 20)
    if not isinstance(max_mb, int | float) or not 0 < max_mb <= 2000:
        raise ConfigError(f"{where} max_file_mb must be a number of megabytes between 0 and 2000")
    for key in ("base_url", "base_file_url"):
        if key in t and not str(t[key]).startswith(("http://", "https://")):
            raise ConfigError(f"{where} {key} must start with http:// or https://")
    port = t.get("webhook_port", TelegramConfig.webhook_port)
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError(f"{where} webhook_port must be a port number, e.g. webhook_port = 8443")
    proxy = str(t.get("proxy", ""))
    if proxy and not proxy.startswith(("http://", "https://")):
        raise ConfigError(f'{where} proxy = "{proxy}": an HTTP proxy is needed, e.g. proxy = "http://127.0.0.1:7890"')
    concurrency = t.get("concurrent_updates", TelegramConfig.concurrent_updates)
    if not isinstance(concurrency, int) or not 1 <= concurrency <= 256:
        raise ConfigError(f"{where} concurrent_updates must be a whole number from 1 (one update at a time) to 256")
    return TelegramConfig(
        concurrent_updates=concurrency,
        base_url=t.get("base_url", TelegramConfig.base_url),
        base_file_url=t.get("base_file_url", TelegramConfig.base_file_url),
        mode=mode,
        webhook_url=t.get("webhook_url", ""),
        webhook_port=port,
        webhook_listen=str(t.get("webhook_listen", TelegramConfig.webhook_listen)),
        admins=tuple(admins),
        max_file_mb=float(max_mb),
        proxy=proxy,
    )


def _fetch(f: dict[str, Any], path: Path | None) -> FetchConfig:
    where = f"{path} [fetch]"
    hosts = f.get("allowed_private_hosts", [])
    if not isinstance(hosts, list) or not all(isinstance(h, str) and h.strip() for h in hosts):
        raise ConfigError(f'{where} allowed_private_hosts must be a list of host names or addresses, e.g. ["10.0.0.5"]')
    numbers = {
        "timeout_s": (1, 600),
        "max_redirects": (0, 20),
        "watch_hours": (0.1, 24 * 30),
        "watch_jitter_minutes": (0, 720),
    }
    values: dict[str, float] = {}
    for key, (low, high) in numbers.items():
        value = f.get(key, getattr(FetchConfig, key))
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise ConfigError(f"{where} {key} must be a number from {low} to {high}")
        values[key] = value
    return FetchConfig(
        allowed_private_hosts=tuple(h.strip().lower() for h in hosts),
        timeout_s=float(values["timeout_s"]),
        max_redirects=int(values["max_redirects"]),
        watch_hours=float(values["watch_hours"]),
        watch_jitter_minutes=float(values["watch_jitter_minutes"]),
    )


def _reminders(r: dict[str, Any], path: Path | None) -> ReminderConfig:
    where = f"{path} [reminders]"
    tz = r.get("timezone", "Asia/Shanghai")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f'{where} timezone = "{tz}" is not a known time zone; use e.g. "Asia/Shanghai"') from None
    time = r.get("time", "09:00")
    if not _TIME.match(str(time)):
        raise ConfigError(f'{where} time = "{time}": write it as HH:MM, e.g. "09:00"')
    quiet = str(r.get("quiet_hours", "22:00-08:00"))
    if quiet and (quiet.count("-") != 1 or not all(_TIME.match(part) for part in quiet.split("-"))):
        raise ConfigError(f'{where} quiet_hours = "{quiet}": write it as HH:MM-HH:MM, or "" for none')
    return ReminderConfig(
        timezone=tz,
        time=str(time),
        quiet_hours=quiet,
        silent_when_nothing_open=bool(r.get("silent_when_nothing_open", True)),
    )
