"""Why a file sent in the chat could not be downloaded (raised by the downloader, worded by the handlers)."""

from __future__ import annotations


class TooBig(Exception):
    """A download passed the size limit (`size` bytes received or announced so far)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


class DownloadFailed(Exception):
    """A download did not complete; the message names why, never the URL."""
