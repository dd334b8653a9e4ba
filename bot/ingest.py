"""Ingest many files with a progress bar and a report: the `rectibot ingest` and demo job."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fetch.settings import Every, FetchSettings
from notices import Notice, NoticeError, NoticeWarning, parse_bytes
from notices.runner import Runner, in_process
from presentation.errors import error_line
from presentation.i18n import t
from presentation.markup import STATUS, plain
from presentation.receipts import format_held, format_ingest
from usecases import notices
from usecases.notices import Added, IngestResult
from usecases.services import Services, Settings, Thresholds

from .config import Config

if TYPE_CHECKING:
    from notices.worker import Limits

LARGE_INGEST = 100  # notices stored in one run after which the WAL is checkpointed and truncated
# Files parsed one after another are stored this many at a time, in the transactions Store.ingest_many shares:
# one commit (and one flush of the full-text index) for many notices. Parsing a file takes tens of ms, so
# the writer is busy with a batch for a few ms a notice, and no transaction is longer than a turn.
STORE_BATCH = 16


def fetch_settings(
    config: Config, parse: Callable[[bytes, str], Notice] | None = None, run: Runner | None = None
) -> FetchSettings:
    """Fetching bounds from the configuration: pages capped like files sent to the bot, decoded and read by
    `run` and `parse` (a reader pool's, within its limits)."""
    return FetchSettings(
        parse=parse or parse_bytes,
        run=run or in_process,
        max_bytes=int(config.telegram.max_file_mb * 1024 * 1024),
        allowed_private_hosts=frozenset(config.fetch.allowed_private_hosts),
        timeout=config.fetch.timeout_s,
        max_redirects=config.fetch.max_redirects,
    )


def settings_from(
    config: Config, read: Callable[[bytes, str], Notice] | None = None, run: Runner | None = None
) -> Settings:
    """What the use cases need of the configuration; `run` decodes and reads fetched pages, `read` parses
    scans among them (the reader processes)."""
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
        fetch=fetch_settings(config, read, run),
        watch_every=Every(
            timedelta(hours=config.fetch.watch_hours), timedelta(minutes=config.fetch.watch_jitter_minutes)
        ),
        chart=Thresholds(**asdict(config.chart)),
    )


def is_url(arg: str) -> bool:
    """A command-line argument that is a link rather than a path."""
    return "://" in arg[:12]


@dataclass
class IngestReport:
    lines: list[str] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    lang: str = "en"  # the console's language (bot/cli.py console_language)

    def totals(self) -> str:
        shown = [k for k in ("new", "updated", "duplicate", "history", "held") if k in _ALWAYS or self.outcomes[k]]
        parts = [t(self.lang, "cli-count", outcome=k, count=self.outcomes[k]) for k in shown]
        parts.append(t(self.lang, "cli-count", outcome="failed", count=len(self.failed)))
        return t(self.lang, "list-separator").join(parts)

    def add(self, name: str, added: Added) -> None:
        """Count a notice stored and add its line."""
        self.stored(name, added.result, added.notice.status_counts(), added.notice.warnings)

    def text(self) -> str:
        out = list(self.lines)
        out += [t(self.lang, "cli-failed", name=name, reason=reason) for name, reason in self.failed]
        out.append(t(self.lang, "cli-total", totals=self.totals()))
        return "\n".join(out)

    def fail(self, name: str, err: NoticeError | ValueError) -> None:
        """A file or link that could not be stored, and why, in the report's language."""
        self.failed.append((name, error_line(err, self.lang) if isinstance(err, NoticeError) else str(err)))

    def stored(
        self, name: str, result: IngestResult, counts: dict[str, int], warnings: tuple[NoticeWarning, ...]
    ) -> None:
        self.outcomes[result.outcome] += 1
        if self.lang == "en":
            self.lines.append(_line(name, result, counts, warnings))
            return
        said = (
            format_held(result, self.lang)
            if result.outcome == "held"
            else format_ingest(result, counts, warnings, self.lang)
        )
        self.lines.append(f"{name}：{plain(said)}")


_ALWAYS = ("new", "updated", "duplicate")  # the totals name these even at zero


async def ingest_paths(
    svc: Services,
    paths: list[Path],
    *,
    progress: bool = True,
    limits: Limits | None = None,
    confirm: bool = False,
    report: IngestReport | None = None,
    lang: str = "en",
) -> IngestReport:
    """Parse (in a child process, within `limits`) and store each file; one failure never stops the others
    nor touches what is stored."""
    from tqdm import tqdm

    from notices.worker import DEFAULT_LIMITS, WorkerPool  # the reading machinery: not at start-up

    report = report if report is not None else IngestReport(lang=lang)
    bar = tqdm(paths, unit="file", disable=not progress or len(paths) < 5 or not sys.stderr.isatty(), leave=False)
    pool = WorkerPool(limits or DEFAULT_LIMITS)
    read: list[tuple[Notice, str]] = []  # parsed, not stored yet: stored together (shared transactions)
    try:
        for path in bar:
            try:
                read.append((await asyncio.to_thread(pool.parse, path, path.name), path.name))
            except (NoticeError, ValueError) as err:
                await _store_read(svc, read, report, confirm)  # the report keeps the files' order
                report.fail(path.name, err)
                continue
            if len(read) >= STORE_BATCH:
                await _store_read(svc, read, report, confirm)
        await _store_read(svc, read, report, confirm)
    finally:
        pool.close()
    if sum(report.outcomes.values()) >= LARGE_INGEST:
        await notices.compact(svc)  # the WAL file shrinks back instead of staying as large as the ingest made it
    return report


async def _store_read(svc: Services, read: list[tuple[Notice, str]], report: IngestReport, confirm: bool) -> None:
    """Store the notices read so far (together, unless `confirm` asks each to be stored even if held), add
    them to the report, and empty the list."""
    if confirm:
        outcomes: list[Added | NoticeError | ValueError] = []
        for notice, name in read:
            try:
                outcomes.append(await notices.store(svc, notice, name, confirm=True))
            except (NoticeError, ValueError) as err:
                outcomes.append(err)
    else:
        outcomes = await notices.store_many(svc, read) if read else []
    for (_, name), outcome in zip(read, outcomes, strict=True):
        if isinstance(outcome, Added):
            report.add(name, outcome)
        else:
            report.fail(name, outcome)
    read.clear()


async def ingest_urls(
    svc: Services, urls: list[str], report: IngestReport, *, limits: Limits | None = None
) -> IngestReport:
    """Fetch, parse (in a child process, within `limits`) and store each link; a link that fails is reported
    and the others go on."""
    from notices.worker import DEFAULT_LIMITS, WorkerPool

    pool = WorkerPool(limits or DEFAULT_LIMITS)
    reading = replace(
        svc, settings=replace(svc.settings, fetch=replace(svc.settings.fetch, parse=pool.parse, run=pool.run))
    )
    try:
        for url in urls:
            try:
                added = await notices.add_link(reading, url)
            except (NoticeError, ValueError) as err:
                report.fail(url, err)
                continue
            report.add(url, added)
    finally:
        pool.close()
    return report


def _line(name: str, result: IngestResult, counts: dict[str, int], warnings: tuple[NoticeWarning, ...]) -> str:
    statuses = ", ".join(f"{STATUS['en'][s]} {n}" for s, n in counts.items() if n)  # the English report's words
    total = sum(counts.values())
    line = f"{result.outcome:<9} {name}: {result.agency} — {total} item{'' if total == 1 else 's'} ({statuses})"
    if result.outcome == "updated":
        line += f"; {len(result.changes)} changes since the previous notice"
    elif result.outcome == "history":
        line += "; older than the agency's current notice: kept as history"
    elif result.outcome == "held":
        dropped = "".join(f"\n          would drop: {c.label} {c.title}" for c in result.changes)
        return line + f"; NOT stored: {result.reason} (store it with --confirm){dropped}"
    return line + "".join(f"\n          warning: {w}" for w in warnings)
