"""Every error rectibot raises for a person to read, in one tree: a `code` and its arguments, never words.

The words live only in the catalogues (presentation/locales/zh.ftl and en.ftl, key `error-<code>`; the
console may have its own form, `cli-error-<code>`), worded by presentation/errors.py. Arguments are plain
strings and numbers, so an error crosses a process boundary as `parts()` and comes back as `rebuilt()`.
`str(err)` is the code and its arguments, for logs. The bottom layer: imports nothing of rectibot.

    RectibotError
    ├── NoticeError        a file that cannot be read (and, below FetchError, a link that cannot be fetched)
    ├── DownloadError      a file sent in the chat that could not be downloaded
    ├── DatabaseError      the SQLite file cannot be used (damaged, read-only, disk full, …)
    ├── ConfigError        config.toml, the token, the lock: the bot or a command cannot start
    └── UsageError         a command line that asks for something that is not there
"""

from __future__ import annotations

import sqlite3
from typing import Any, ClassVar

Param = str | int | float
_BY_CODE: dict[str, type[RectibotError]] = {}


class RectibotError(Exception):
    """Base class: something a person must be told, as a code and the arguments its message needs."""

    code: ClassVar[str] = "unreadable"  # an unknown code is worded by the generic line

    def __init__(self, **params: Param) -> None:
        super().__init__(*params.values())
        self.params = params

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "code" in cls.__dict__:
            _BY_CODE[cls.code] = cls

    def __str__(self) -> str:
        return " ".join([self.code, *(f"{k}={v}" for k, v in self.params.items())])

    def __reduce__(self) -> tuple[Any, ...]:
        return rebuilt, self.parts()

    def parts(self) -> tuple[str, dict[str, Param]]:
        """(code, arguments): what a reader process sends back instead of the error itself."""
        return self.code, dict(self.params)


class _Rebuilt(RectibotError):
    """An error from another process whose class this process does not know: its code is kept."""

    def __init__(self, code: str, /, **params: Param) -> None:
        super().__init__(**params)
        self.code = code  # type: ignore[misc]


def rebuilt(code: str, params: dict[str, Param]) -> RectibotError:
    """The error another process reported as `parts()`, of its own class where known."""
    cls = _BY_CODE.get(code)
    if cls is None:
        return _Rebuilt(code, **params)
    err = cls.__new__(cls)
    RectibotError.__init__(err, **params)
    return err


# ── Reading a file ────────────────────────────────────────────────────────────────────────────────────


class NoticeError(RectibotError):
    """The file could not be turned into a notice."""

    code = "unreadable"


class EmptyFile(NoticeError):
    code = "empty"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class UnsupportedFormat(NoticeError):
    code = "unsupported"

    def __init__(self, name: str, format: str) -> None:
        super().__init__(name=name, format=format)  # format: what the file is (rar, xls, …), a catalogue selector


class CorruptFile(NoticeError):
    code = "corrupt"

    def __init__(self, name: str, kind: str, detail: str) -> None:
        # detail: a library's words, for the console and the logs, not for the chat
        super().__init__(name=name, kind=kind, detail=detail)


class EncryptedFile(NoticeError):
    code = "encrypted"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class ScannedPdf(NoticeError):
    code = "scanned"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class OcrFoundNothing(ScannedPdf):
    code = "ocr-nothing"


class OcrUnavailable(NoticeError):
    code = "ocr-unavailable"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class NeedsOcr(NoticeError):
    """The file is a scan or an image: its text must be read by OCR (which runs outside the reader process:
    the OCR engine alone reserves more memory than a reader is allowed)."""

    code = "needs-ocr"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class NotANotice(NoticeError):
    code = "not-notice"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name=name, reason=reason)


class Oversized(NoticeError):
    code = "oversized"

    def __init__(self, name: str, part: str, limit_mb: float) -> None:
        super().__init__(name=name, part=part, limit_mb=limit_mb)  # part: whole, part or page


class TooManyCells(Oversized):
    """A workbook whose sheets, or whose sheets' cells, are far more than a ledger holds (a bomb of empty rows)."""

    code = "cells"

    def __init__(self, name: str, what: str, limit: int) -> None:
        NoticeError.__init__(self, name=name, what=what, limit=limit)  # what: cells or sheets


class TooManyPages(NoticeError):
    code = "pages"

    def __init__(self, name: str, pages: int, limit: int) -> None:
        super().__init__(name=name, pages=pages, limit=limit)


class ImageTooLarge(NoticeError):
    code = "pixels"

    def __init__(self, name: str, width: int, height: int) -> None:
        super().__init__(name=name, width=width, height=height)


class NoSuchFile(NoticeError):
    code = "missing"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class IsAFolder(NoticeError):
    code = "folder"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class TooMuchMemory(NoticeError):
    """The reader process ran out of its memory (or was killed) reading the file."""

    code = "memory"

    def __init__(self, name: str, memory_mb: int) -> None:
        super().__init__(name=name, memory_mb=memory_mb)


class TooSlow(NoticeError):
    code = "slow"

    def __init__(self, name: str, seconds: float) -> None:
        super().__init__(name=name, seconds=seconds)


class NoAgency(NoticeError, ValueError):
    """A parsed notice names no issuing agency, so there is nothing to file it under (raised when storing)."""

    code = "no-agency"

    def __init__(self) -> None:
        super().__init__()


# ── Fetching a link ───────────────────────────────────────────────────────────────────────────────────


class FetchError(NoticeError):
    """The link could not be fetched (a NoticeError: a bad link is reported as a bad file is)."""

    code = "fetch"


class Refused(FetchError):
    code = "refused"

    def __init__(self, url: str, reason: str, *, host: str = "", address: str = "", count: int = 0) -> None:
        # reason (scheme, no_host, port, private, redirects) selects the words; the others fill them
        super().__init__(url=url, reason=reason, host=host, address=address, count=count)


class Unreachable(FetchError):
    code = "unreachable"

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        error: str = "",
        host: str = "",
        status: int = 0,
        phrase: str = "",
        encoding: str = "",
    ) -> None:
        # reason (network, no_address, status, encoding) selects the words; the others fill them
        super().__init__(
            url=url, reason=reason, error=error, host=host, status=status, phrase=phrase, encoding=encoding
        )


class TimedOut(FetchError):
    code = "timeout"

    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(url=url, seconds=round(seconds))


class TooLarge(FetchError):
    code = "too-large"

    def __init__(self, url: str, limit: int) -> None:
        super().__init__(url=url, limit_mb=round(limit / 1e6))  # limit in bytes, shown in MB


class ListingPage(NoticeError):
    """The link is a site's list of notices, not a notice: storing one of them would hide the others."""

    code = "listing"

    def __init__(self, url: str, count: int) -> None:
        super().__init__(url=url, count=count)


# ── Downloading a file sent in the chat ───────────────────────────────────────────────────────────────


class DownloadError(RectibotError):
    code = "download"


class TooBig(DownloadError):
    """A download passed the size limit (`size` bytes received or announced so far; `limit` bytes)."""

    code = "too-big"

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size_mb=round(size / 1e6, 1), limit_mb=round(limit / 1e6))


class DownloadFailed(DownloadError):
    """A download did not complete; `reason` names why (an HTTP status or an exception's kind), never the URL."""

    code = "download-failed"

    def __init__(self, reason: str) -> None:
        super().__init__(reason=reason)


# ── The database ──────────────────────────────────────────────────────────────────────────────────────


class DatabaseError(RectibotError):
    """The SQLite file cannot be used; `error` is SQLite's own words (for the console and the logs)."""

    code = "db-other"

    def __init__(self, db: str, error: str) -> None:
        super().__init__(db=db, error=error)


class _KnownDatabaseError(DatabaseError):
    """A state of the file the words say in full (SQLite's own words stay in the chained exception)."""

    def __init__(self, db: str) -> None:
        RectibotError.__init__(self, db=db)


class NotADatabase(_KnownDatabaseError):
    code = "db-not-a-database"


class DamagedDatabase(_KnownDatabaseError):
    code = "db-damaged"


class ReadOnlyDatabase(_KnownDatabaseError):
    code = "db-read-only"


class DiskFull(_KnownDatabaseError):
    code = "db-disk-full"


class CannotOpenDatabase(_KnownDatabaseError):
    code = "db-cannot-open"


class DatabaseLocked(_KnownDatabaseError):
    code = "db-locked"


# What SQLite says (lower case) → what is wrong with the file.
_SQLITE_SAYS: dict[str, type[_KnownDatabaseError]] = {
    "not a database": NotADatabase,
    "malformed": DamagedDatabase,
    "readonly": ReadOnlyDatabase,
    "read-only": ReadOnlyDatabase,
    "disk is full": DiskFull,
    "unable to open": CannotOpenDatabase,
    "locked": DatabaseLocked,
}


def database_error(db: str, err: sqlite3.DatabaseError) -> DatabaseError:
    """What SQLite's exception means for the file `db`, as one of the errors above."""
    said = str(err)
    known = next((v for k, v in _SQLITE_SAYS.items() if k in said.lower()), None)
    return known(db) if known is not None else DatabaseError(db, said)


# ── Configuration and start-up ────────────────────────────────────────────────────────────────────────


class ConfigError(RectibotError):
    """The bot or a command cannot start: config.toml, the token, the database's lock."""

    code = "config"


class ConfigMissing(ConfigError):
    code = "config-missing"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class ConfigNotToml(ConfigError):
    code = "config-not-toml"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path=path, detail=detail)  # detail: the TOML parser's words


class ConfigInvalid(ConfigError):
    code = "config-invalid"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path=path, detail=detail)  # detail: section, key, value and the field's hint


class DatabaseMissing(ConfigError):
    code = "db-missing"

    def __init__(self, db: str) -> None:
        super().__init__(db=db)


class LockFileFailed(ConfigError):
    code = "lock-file"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path=path, detail=detail)  # detail: the system's words (strerror)


class AnotherBot(ConfigError):
    code = "another-bot"

    def __init__(self, db: str, pid: str) -> None:
        super().__init__(db=db, pid=pid)


class NoToken(ConfigError):
    code = "no-token"

    def __init__(self) -> None:
        super().__init__()


class TokenRejected(ConfigError):
    code = "token-rejected"

    def __init__(self) -> None:
        super().__init__()


class CannotStart(ConfigError):
    code = "cannot-start"

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)  # detail: the library's words, the token redacted


# ── The command line ──────────────────────────────────────────────────────────────────────────────────


class UsageError(RectibotError):
    """A command asks for something that is not there."""

    code = "usage"


class NothingStored(UsageError):
    code = "nothing-stored"

    def __init__(self) -> None:
        super().__init__()


class NoSuchNotice(UsageError):
    code = "no-such-notice"

    def __init__(self, notice: int) -> None:
        super().__init__(notice=notice)


class NoQuestion(UsageError):
    code = "no-question"

    def __init__(self) -> None:
        super().__init__()


class NoSuchAgency(UsageError):
    code = "no-such-agency"

    def __init__(self, name: str) -> None:
        super().__init__(name=name)


class SamplesMissing(UsageError):
    code = "samples-missing"

    def __init__(self, path: str) -> None:
        super().__init__(path=path)


class NoWatchUrl(UsageError):
    code = "watch-add-what"

    def __init__(self) -> None:
        super().__init__()
