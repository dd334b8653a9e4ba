"""Why a link could not be read, each with a message a user can act on. They are NoticeErrors, so every
caller that reports a bad file reports a bad link the same way (a `code` and its `params` for the chat,
`str(err)` in English for the CLI)."""

from __future__ import annotations

from notices import NoticeError
from notices.errors import Param

# Why a link was not followed (Refused's `reason`), in English for the CLI; `{…}` are its details.
REFUSED = {
    "scheme": "only http:// and https:// links are followed",
    "no_host": "the link names no host",
    "port": "the link's port is not a number",
    "private": "{host} is a private or local address ({address}), which links may not reach",
    "redirects": "it redirects more than {count} times",
}
# Why a site could not be reached (Unreachable's `reason`).
UNREACHABLE = {
    "network": "{error}",
    "encoding": "its content encoding {encoding} cannot be read",
    "no_address": "no address found for {host}",
    "status": "the site answered {status} {phrase}",
}


class FetchError(NoticeError):
    """Base class: the link could not be fetched. `str(err)` is the English message."""

    code = "fetch"


class Refused(FetchError):
    code = "refused"

    def __init__(self, url: str, reason: str, **details: Param) -> None:
        super().__init__(
            f"{url} was not fetched: {REFUSED[reason].format(**details)}.", url=url, reason=reason, **details
        )


class Unreachable(FetchError):
    code = "unreachable"

    def __init__(self, url: str, reason: str, **details: Param) -> None:
        super().__init__(
            f"{url} could not be reached ({UNREACHABLE[reason].format(**details)}). "
            "Check the link, or send the file itself.",
            url=url,
            reason=reason,
            **details,
        )


class TimedOut(FetchError):
    code = "timeout"

    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(
            f"{url} did not answer within {seconds:.0f} s. Try again later, or send the file itself.",
            url=url,
            seconds=round(seconds),
        )


class TooLarge(FetchError):
    code = "too-large"

    def __init__(self, url: str, limit: int) -> None:
        super().__init__(
            f"{url} is larger than the {limit / 1e6:.0f} MB limit, so it was not read.",
            url=url,
            limit_mb=round(limit / 1e6),
        )


class ListingPage(NoticeError):
    """The link is a site's list of notices, not a notice: storing one of them would hide the others."""

    code = "listing"

    def __init__(self, url: str, count: int) -> None:
        super().__init__(
            f"{url} is a list of {count} notices; add them with `rectibot watch add {url}` or give their links",
            url=url,
            count=count,
        )
