"""Ingest many files with a progress bar and a report: the `rectibot ingest` and demo job."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from fetch import FetchSettings
from fetch.watching import Every
from notices import Notice, NoticeError, NoticeWarning, parse_bytes
from notices.worker import DEFAULT_LIMITS, Limits, WorkerPool
from presentation.summary import STATUS_ZH
from usecases import notices
from usecases.notices import Added, IngestResult
from usecases.services import Services, Settings

from .config import Config


def fetch_settings(config: Config, parse: Callable[[bytes, str], Notice] | None = None) -> FetchSettings:
    """Fetching bounds from the configuration: pages capped like files sent to the bot, and read by
    `parse` (a reader pool's, within its limits)."""
    return FetchSettings(
        parse=parse or parse_bytes,
        max_bytes=int(config.telegram.max_file_mb * 1024 * 1024),
        allowed_private_hosts=frozenset(config.fetch.allowed_private_hosts),
        timeout=config.fetch.timeout_s,
        max_redirects=config.fetch.max_redirects,
    )


def settings_from(config: Config, read: Callable[[bytes, str], Notice] | None = None) -> Settings:
    """What the use cases need of the configuration; `read` parses fetched pages (the reader processes)."""
    return Settings(
        retries=config.reminders.retries,
        retry_after_s=config.reminders.retry_after_s,
        admins=frozenset(config.telegram.admins),
        max_file_bytes=int(config.telegram.max_file_mb * 1024 * 1024),
        timezone=config.reminders.timezone,
        time=config.reminders.time,
        quiet_hours=config.reminders.quiet_hours,
        silent_when_nothing_open=config.reminders.silent_when_nothing_open,
        context_minutes=config.chat.context_minutes,
        fetch=fetch_settings(config, read),
        watch_every=Every(
            timedelta(hours=config.fetch.watch_hours), timedelta(minutes=config.fetch.watch_jitter_minutes)
        ),
    )


def is_url(arg: str) -> bool:
    """A command-line argument that is a link rather than a path."""
    return "://" in arg[:12]


@dataclass
class IngestReport:
    lines: list[str] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def totals(self) -> str:
        parts = [f"{self.outcomes[k]} {k}" for k in ("new", "updated", "duplicate")]
        parts += [f"{self.outcomes[k]} {k}" for k in ("history", "held") if self.outcomes[k]]
        return ", ".join([*parts, f"{len(self.failed)} failed"])

    def add(self, name: str, added: Added) -> None:
        """Count a notice stored and add its line."""
        self.outcomes[added.result.outcome] += 1
        self.lines.append(_line(name, added.result, added.notice.status_counts(), added.notice.warnings))

    def text(self) -> str:
        out = list(self.lines)
        out += [f"FAILED {name}: {reason}" for name, reason in self.failed]
        out.append(f"Total: {self.totals()}")
        return "\n".join(out)


async def ingest_paths(
    svc: Services,
    paths: list[Path],
    *,
    progress: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    confirm: bool = False,
    report: IngestReport | None = None,
) -> IngestReport:
    """Parse (in a child process, within `limits`) and store each file; one failure never stops the others
    nor touches what is stored."""
    from tqdm import tqdm

    report = report if report is not None else IngestReport()
    bar = tqdm(paths, unit="file", disable=not progress or len(paths) < 5 or not sys.stderr.isatty(), leave=False)
    pool = WorkerPool(limits)
    try:
        for path in bar:
            try:
                notice = await asyncio.to_thread(pool.parse, path, path.name)
                added = await notices.store(svc, notice, path.name, confirm=confirm)
            except (NoticeError, ValueError) as err:
                report.failed.append((path.name, str(err)))
                continue
            report.add(path.name, added)
    finally:
        pool.close()
    return report


async def ingest_urls(
    svc: Services, urls: list[str], report: IngestReport, *, limits: Limits = DEFAULT_LIMITS
) -> IngestReport:
    """Fetch, parse (in a child process, within `limits`) and store each link; a link that fails is reported
    and the others go on."""
    pool = WorkerPool(limits)
    reading = replace(svc, settings=replace(svc.settings, fetch=replace(svc.settings.fetch, parse=pool.parse)))
    try:
        for url in urls:
            try:
                added = await notices.add_link(reading, url)
            except (NoticeError, ValueError) as err:
                report.failed.append((url, str(err)))
                continue
            report.add(url, added)
    finally:
        pool.close()
    return report


def _line(name: str, result: IngestResult, counts: dict[str, int], warnings: tuple[NoticeWarning, ...]) -> str:
    statuses = ", ".join(f"{STATUS_ZH[s]} {n}" for s, n in counts.items() if n)
    line = f"{result.outcome:<9} {name}: {result.agency} — {sum(counts.values())} items ({statuses})"
    if result.outcome == "updated":
        line += f"; {len(result.changes)} changes since the previous notice"
    elif result.outcome == "history":
        line += "; older than the agency's current notice: kept as history"
    elif result.outcome == "held":
        dropped = "".join(f"\n          would drop: {c.label} {c.title}" for c in result.changes)
        return line + f"; NOT stored: {result.reason} (store it with --confirm){dropped}"
    return line + "".join(f"\n          warning: {w}" for w in warnings)
