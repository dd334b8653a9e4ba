"""Where untrusted input is read: the Runner protocol, the unbounded runner, the default number of OCR
children. Light on purpose (no reading machinery imported), so fetch/, the config and the command line can
name them without loading the readers; the bounded runner is notices/worker.py's WorkerPool.run."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Runner(Protocol):
    """Runs `fn(*args)` on untrusted input somewhere bounded (`name`: what the input is, for errors)."""

    def __call__(self, fn: Callable[..., T], /, *args: Any, name: str) -> T: ...


def in_process(fn: Callable[..., T], /, *args: Any, name: str) -> T:
    """The unbounded runner: in this process (library callers and tests that bound the process themselves)."""
    return fn(*args)


def default_ocr_cores() -> int:
    """OCR children by default: half the cores this process may use, at most 2, at least 1.

    Pages in parallel cost no more CPU each (1.2–1.3 s a page with one child or two), so with free cores
    a scan reads in about half the time; but on 2 cores loaded by other work two children read no faster
    than one (2.3–2.7 s a page against 2.3 s at a load of 5) and would leave no core for answering other
    chats while a scan is read, for ~500 MB more memory. Half the cores keeps one for the bot on 2."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(2, cores // 2))
