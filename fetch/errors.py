"""Why a link could not be read, each with a message a user can act on. They are NoticeErrors, so every
caller that reports a bad file reports a bad link the same way."""

from __future__ import annotations

from notices import NoticeError


class FetchError(NoticeError):
    """Base class: the link could not be fetched. `str(err)` is the user-facing message."""


class Refused(FetchError):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url} was not fetched: {reason}.")


class Unreachable(FetchError):
    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url} could not be reached ({reason}). Check the link, or send the file itself.")


class TimedOut(FetchError):
    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(f"{url} did not answer within {seconds:.0f} s. Try again later, or send the file itself.")


class TooLarge(FetchError):
    def __init__(self, url: str, limit: int) -> None:
        super().__init__(f"{url} is larger than the {limit / 1e6:.0f} MB limit, so it was not read.")
