"""One bot per database: `rectibot run` holds an exclusive lock next to the database for as long as it runs.

Two bots on one store would both send every reminder and both check every watch. The lock is an
flock on DB.lock (released by the kernel when the process ends, even by kill -9, so a crash never
leaves a stale lock); the file holds the owner's pid for the message to the second one.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from errors import AnotherBot, LockFileFailed


@contextmanager
def single_instance(db: str) -> Iterator[None]:
    """Hold the database's bot lock while the block runs; AnotherBot if another process holds it."""
    if db == ":memory:":
        yield
        return
    path = Path(f"{db}.lock")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise LockFileFailed(str(path), err.strerror or type(err).__name__) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise AnotherBot(db, owner) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock
