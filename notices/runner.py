"""Where untrusted input is read: the Runner protocol and the unbounded runner. Light on purpose (no
reading machinery imported), so fetch/ and the command line can name a runner without loading the readers;
the bounded runner is notices/worker.py's WorkerPool.run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Runner(Protocol):
    """Runs `fn(*args)` on untrusted input somewhere bounded (`name`: what the input is, for errors)."""

    def __call__(self, fn: Callable[..., T], /, *args: Any, name: str) -> T: ...


def in_process(fn: Callable[..., T], /, *args: Any, name: str) -> T:
    """The unbounded runner: in this process (library callers and tests that bound the process themselves)."""
    return fn(*args)
