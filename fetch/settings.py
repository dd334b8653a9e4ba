"""What fetching is given, as plain data: the bounds on one fetch and how often a watch is checked. Light on
purpose (no httpx, no HTML parser), so the use cases and a cold `rectibot ask` can hold them without loading
the web machinery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from notices import Notice, parse_bytes
from notices.runner import Runner, in_process


@dataclass(frozen=True)
class FetchSettings:
    """Bounds on fetching: `max_bytes` is the same cap as for files sent to the bot."""

    max_bytes: int = 20 * 1024 * 1024
    allowed_private_hosts: frozenset[str] = field(default_factory=frozenset)
    timeout: float = 20.0  # seconds for the whole fetch, redirects and body included
    max_redirects: int = 5
    # How fetched bytes become a notice: the bot and the CLI pass their reader processes (notices/worker.py),
    # so a hostile page or attachment costs a child process within its memory and time limits.
    parse: Callable[[bytes, str], Notice] = parse_bytes
    # Where a fetched body is decoded and read (content encodings, charset, HTML): the bot's reader processes.
    run: Runner = in_process


@dataclass(frozen=True)
class Every:
    """How often a watch is checked: every `period`, spread by up to ± `jitter`."""

    period: timedelta = timedelta(hours=24)
    jitter: timedelta = timedelta(minutes=30)
