"""config.toml, loaded once at start-up and validated by pydantic against the dataclasses below.

Adding a key is adding a field: a type (with its bounds), a default and a `hint` saying how to write
it; a mistake in the file becomes one line naming the section, the key and the hint, and an unknown
key or section names the nearest valid one. Secrets are not read from it: the token comes from
TELEGRAM_BOT_TOKEN.
The sections are plain frozen dataclasses whose fields carry their bounds and hint as metadata, which
pydantic reads as `Field` arguments when it validates a file: without a config file nothing imports
pydantic (~55 ms of a cold `rectibot ask`), and the defaults are the dataclasses' own.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from errors import ConfigInvalid, ConfigMissing, ConfigNotToml
from notices.runner import default_ocr_cores

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


def hint(
    text: str, *, default: Any = MISSING, default_factory: Callable[[], Any] | Any = MISSING, **bounds: Any
) -> Any:
    """A field's default, its bounds (pydantic `Field` arguments) and the advice shown when its value is wrong."""
    return field(default=default, default_factory=default_factory, metadata={"description": text, **bounds})


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not a known time zone") from None
    return name


class _KnownZone:
    """`Annotated` metadata: pydantic checks the string names a time zone (built only when a file is validated)."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_zone, handler(source))


_HHMM = r"([01]\d|2[0-3]):[0-5]\d"
_STRICT = {"extra": "forbid"}  # pydantic's config for each section: `admin = [1]` must not pass silently


@dataclass(frozen=True)
class StoreConfig:
    __pydantic_config__ = _STRICT

    db: str = hint('the SQLite file, e.g. db = "rectibot.db"', default="rectibot.db", min_length=1)
    read_memory_mb: int = hint("megabytes a child process may use to read one notice file, from 128, e.g. 512",
                               default=512, ge=128, le=65536)  # fmt: skip
    read_seconds: float = hint("seconds a file may take to read before it is stopped, 1 to 3600, e.g. 60",
                               default=60.0, ge=1, le=3600)  # fmt: skip
    readers: int = hint("files read at once by the bot (one child process each), 1 to 32, e.g. 2",
                        default=2, ge=1, le=32)  # fmt: skip
    ocr_memory_mb: int = hint("megabytes the OCR child process may use, from 1024 (its models need ~1.5 GB), e.g. 2048",
                              default=2048, ge=1024, le=65536)  # fmt: skip
    ocr_seconds: float = hint("seconds OCR may take for one file or album, all pages together, 1 to 7200, e.g. 600",
                              default=600.0, ge=1, le=7200)  # fmt: skip
    ocr_cores: int = hint("pages of a scan read by OCR at once, one core and one OCR child each, 1 to 32, e.g. 2",
                          default_factory=default_ocr_cores, ge=1, le=32)  # fmt: skip
    max_db_mb: float = hint("megabytes the database may grow to, 0 for as much as the disk holds, e.g. 2000",
                            default=0.0, ge=0, le=1e9)  # fmt: skip


@dataclass(frozen=True)
class TelegramConfig:
    __pydantic_config__ = _STRICT

    base_url: str = hint("must start with http:// or https://", default="https://api.telegram.org/bot",
                         pattern=r"^https?://")  # fmt: skip
    base_file_url: str = hint("must start with http:// or https://", default="https://api.telegram.org/file/bot",
                              pattern=r"^https?://")  # fmt: skip
    mode: Literal["polling", "webhook"] = hint('use "polling" or "webhook"', default="polling")
    webhook_url: str = hint('the public address, e.g. webhook_url = "https://your.host/path"', default="")
    webhook_port: int = hint("a port number, e.g. webhook_port = 8443", default=8443, ge=1, le=65535)
    webhook_listen: str = hint('an address to listen on, e.g. "0.0.0.0"', default="0.0.0.0")
    admins: tuple[int, ...] = hint("a list of numeric Telegram user ids, e.g. admins = [12345678]", default=())
    max_file_mb: float = hint("megabytes, more than 0 and at most 2000", default=20.0, gt=0, le=2000)
    concurrent_updates: int = hint("a whole number from 1 (one update at a time) to 256", default=32, ge=1, le=256)
    proxy: str = hint('e.g. "http://127.0.0.1:7890" or "socks5://127.0.0.1:1080"', default="",
                      pattern=r"^$|^(https?|socks5h?)://")  # fmt: skip
    write_timeout: float = hint("seconds, more than 0 and at most 600", default=10.0, gt=0, le=600)
    media_write_timeout: float = hint("seconds, more than 0 and at most 600", default=60.0, gt=0, le=600)

    def __post_init__(self) -> None:  # pydantic runs it after the fields' checks, as a check of the section
        if self.mode == "webhook" and not self.webhook_url.startswith("https://"):
            raise ValueError('mode = "webhook" needs webhook_url = "https://your.host/path"')


@dataclass(frozen=True)
class ReminderConfig:
    __pydantic_config__ = _STRICT

    timezone: Annotated[str, _KnownZone()] = hint('a known time zone, e.g. "Asia/Shanghai"', default="Asia/Shanghai")
    time: str = hint('HH:MM, e.g. "09:00"', default="09:00", pattern=f"^{_HHMM}$")
    quiet_hours: str = hint('HH:MM-HH:MM, or "" for none', default="22:00-08:00", pattern=f"^$|^{_HHMM}-{_HHMM}$")
    silent_when_nothing_open: bool = hint("true or false", default=True)
    retries: int = hint("times a reminder Telegram failed to take is tried again, 0 to 20", default=5, ge=0, le=20)
    retry_after_s: float = hint("seconds before the first retry (it doubles with each), 1 to 86400",
                                default=60.0, ge=1, le=86400)  # fmt: skip


@dataclass(frozen=True)
class ChatConfig:
    __pydantic_config__ = _STRICT

    context_minutes: float = hint(
        "minutes a follow-up takes the previous question's context, 0 (no follow-ups) to 10080 (a week)",
        default=30.0, ge=0, le=7 * 24 * 60,
    )  # fmt: skip


@dataclass(frozen=True)
class FetchConfig:
    __pydantic_config__ = _STRICT

    allowed_private_hosts: tuple[str, ...] = hint(
        'hosts or addresses on private networks that links may reach, e.g. allowed_private_hosts = ["10.0.0.5"]',
        default=(),
    )
    timeout_s: float = hint("seconds a page may take, 1 to 600", default=20.0, ge=1, le=600)
    max_redirects: int = hint("redirects followed, 0 to 20", default=5, ge=0, le=20)
    watch_hours: float = hint("hours between checks of a watched site, 0.1 to 720", default=24.0, ge=0.1, le=720)
    watch_jitter_minutes: float = hint(
        "minutes by which checks are spread so sites are not all fetched at once, 0 to 720",
        default=30.0, ge=0, le=720,
    )  # fmt: skip


@dataclass(frozen=True)
class ChartConfig:
    """When an agency's light in a chart turns red or yellow: its share of open (or overdue) items above these."""

    __pydantic_config__ = _STRICT

    red_open_share: float = hint("a share from 0 to 1, e.g. 0.5 (more than half open: red)", default=0.5, ge=0, le=1)
    yellow_open_share: float = hint("a share from 0 to 1, at most red_open_share, e.g. 0.2", default=0.2, ge=0, le=1)
    red_overdue_share: float = hint("a share from 0 to 1, e.g. 0.1", default=0.1, ge=0, le=1)
    yellow_overdue_share: float = hint("a share from 0 to 1, at most red_overdue_share; 0 = any overdue item",
                                       default=0.0, ge=0, le=1)  # fmt: skip

    def __post_init__(self) -> None:  # pydantic runs it after the fields' checks, as a check of the section
        if self.yellow_open_share > self.red_open_share or self.yellow_overdue_share > self.red_overdue_share:
            raise ValueError("each yellow_… share must be at most its red_… share")


@dataclass(frozen=True)
class _File:
    """config.toml as written: its sections."""

    __pydantic_config__ = _STRICT

    store: StoreConfig = field(default_factory=StoreConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    reminders: ReminderConfig = field(default_factory=ReminderConfig)
    chat: ChatConfig = field(default_factory=ChatConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    chart: ChartConfig = field(default_factory=ChartConfig)


@dataclass(frozen=True)
class Config:
    db: str = "rectibot.db"
    read_memory_mb: int = 512  # [store] memory a child process may use to read one notice file
    read_seconds: float = 60.0  # [store] time it may take before it is stopped
    readers: int = 2  # [store] files read at once by the bot (one child process each)
    ocr_memory_mb: int = 2048  # [store] memory of the OCR child process
    ocr_seconds: float = 600.0  # [store] time OCR may take for one file or album, all pages together
    ocr_cores: int = field(default_factory=default_ocr_cores)  # [store] pages of a scan read at once
    max_db_mb: float = 0.0  # [store] size the database may grow to (0: the disk's)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    reminders: ReminderConfig = field(default_factory=ReminderConfig)
    chat: ChatConfig = field(default_factory=ChatConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    chart: ChartConfig = field(default_factory=ChartConfig)
    source: str = "(defaults)"


def find_config(explicit: str | None = None) -> Path | None:
    """--config, else RECTIBOT_CONFIG, else ./config.toml if present."""
    candidate = explicit or os.environ.get("RECTIBOT_CONFIG")
    if candidate:
        path = Path(candidate)
        if not path.is_file():
            raise ConfigMissing(str(path))
        return path
    local = Path("config.toml")
    return local if local.is_file() else None


def load_config(path: Path | None = None, db_override: str | None = None) -> Config:
    """Read and validate a config file (None: defaults); --db / RECTIBOT_DB override the database path."""
    parsed = _File() if path is None else _validated(path)
    return Config(
        db=db_override or os.environ.get("RECTIBOT_DB") or parsed.store.db,
        read_memory_mb=parsed.store.read_memory_mb,
        read_seconds=parsed.store.read_seconds,
        readers=parsed.store.readers,
        ocr_memory_mb=parsed.store.ocr_memory_mb,
        ocr_seconds=parsed.store.ocr_seconds,
        ocr_cores=parsed.store.ocr_cores,
        max_db_mb=parsed.store.max_db_mb,
        telegram=parsed.telegram,
        reminders=parsed.reminders,
        chat=parsed.chat,
        fetch=replace(
            parsed.fetch, allowed_private_hosts=tuple(h.strip().lower() for h in parsed.fetch.allowed_private_hosts)
        ),
        chart=parsed.chart,
        source=str(path) if path else "(defaults)",
    )


def _validated(path: Path) -> _File:
    """A config file's sections, checked by pydantic (imported here: a start without a file never needs it)."""
    from pydantic import TypeAdapter, ValidationError

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigNotToml(str(path), str(err)) from None
    try:
        return TypeAdapter(_File).validate_python(data)
    except ValidationError as err:
        raise ConfigInvalid(str(path), _explain(err.errors()[0], data)) from None


def _explain(error: Any, data: dict[str, Any]) -> str:
    """One pydantic error as a line that names the section and key and says what to write."""
    loc = [str(part) for part in error["loc"]]
    if error["type"] in ("unexpected_keyword_argument", "extra_forbidden"):
        known = [f.name for f in fields(_SECTIONS.get(loc[0], _File) if len(loc) > 1 else _File)]
        nearest = difflib.get_close_matches(loc[-1], known, n=1, cutoff=0.5)
        suggestion = f"did you mean {nearest[0]}?" if nearest else f"valid: {', '.join(known)}"
        return f"[{loc[0]}] unknown key {loc[-1]}; {suggestion}" if len(loc) > 1 else (
            f"unknown section [{loc[0]}]; {suggestion}")  # fmt: skip
    if len(loc) < 2:  # a check across a section's keys (its model validator)
        return f"[{loc[0]}] {error['msg'].removeprefix('Value error, ')}"
    section, key = loc[0], loc[1]
    described = next(f.metadata["description"] for f in fields(_SECTIONS[section]) if f.name == key)
    return f"[{section}] {key} = {data[section].get(key)!r}: {described or error['msg']}"


_SECTIONS: dict[str, type] = {
    "store": StoreConfig, "telegram": TelegramConfig, "reminders": ReminderConfig, "chat": ChatConfig,
    "fetch": FetchConfig, "chart": ChartConfig,
}  # fmt: skip
