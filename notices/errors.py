"""The few ways reading a notice can fail, each with a message a user can act on.

Each error has a `code` and the `params` its message needs (plain strings and numbers, so it crosses a
process boundary): the chat words it in the reader's language from the catalogues (answers/errors.py,
key `error-<code>`); `str(err)` stays the English line the CLI prints.
"""

from __future__ import annotations

from typing import ClassVar

Param = str | int | float
_BY_CODE: dict[str, type[NoticeError]] = {}

# What an unreadable file turned out to be (UnsupportedFormat's `format`), in English for the CLI.
FORMATS = {
    "rar": "a RAR archive",
    "gzip": "a gzip archive",
    "sevenzip": "a 7-Zip archive",
    "rtf": "an RTF document",
    "binary": "binary data, not text",
    "zip": "a ZIP archive or another Office file, not a Word document",
    "xls": "an Excel (.xls) workbook",
    "ppt": "a PowerPoint (.ppt) file",
    "ole": "an Office compound file that is not a Word document",
}
# The kind of file that is damaged (CorruptFile's `kind`).
KINDS = {
    "docx": "Word (.docx)",
    "doc": "Word 97–2003 (.doc/.wps)",
    "pdf": "PDF",
    "image": "image",
    "html": "web page",
    "notice": "notice",
}
# Why a text is not a rectification notice (NotANotice's `reason`).
NOT_A_NOTICE = {
    "no_rectification": "it never mentions 整改 (rectification)",
    "no_inspection": "it never mentions an inspection (巡察 or 巡视) whose findings are rectified",
}
# What is too big about a file (Oversized's `part`).
OVERSIZED = {"whole": "unpacks to", "part": "has a part that unpacks to", "page": "is a web page of"}


class NoticeError(Exception):
    """Base class: the file could not be turned into a notice. `str(err)` is the English message."""

    code: ClassVar[str] = "unreadable"  # a plain NoticeError (and any unknown code) gets the generic line

    def __init__(self, message: str, /, **params: Param) -> None:
        super().__init__(message)
        self.params = params

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__()
        if "code" in cls.__dict__:
            _BY_CODE[cls.code] = cls

    def parts(self) -> tuple[str, dict[str, Param], str]:
        """(code, params, English line): what a reader process sends back instead of the error itself."""
        return self.code, dict(self.params), str(self)


class _Rebuilt(NoticeError):
    """An error from a reader process whose class this process does not know: its code is kept."""

    def __init__(self, code: str, message: str, /, **params: Param) -> None:
        super().__init__(message, **params)
        self.code = code  # type: ignore[misc]


def rebuilt(code: str, params: dict[str, Param], english: str) -> NoticeError:
    """The error a reader process reported as `NoticeError.parts()`, of its own class where known."""
    cls = _BY_CODE.get(code)
    if cls is None:
        return _Rebuilt(code, english, **params)
    err = cls.__new__(cls)
    NoticeError.__init__(err, english, **params)
    return err


class EmptyFile(NoticeError):
    code = "empty"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is empty. Send the notice file itself (txt, docx, doc, pdf, html or images of its pages).",
            name=name,
        )


class UnsupportedFormat(NoticeError):
    code = "unsupported"

    def __init__(self, name: str, format: str) -> None:
        super().__init__(
            f"{name} looks like {FORMATS[format]}, which rectibot cannot read. "
            "Send the notice as .txt, .docx, .doc/.wps, .pdf, a saved .html page, or photos of its pages.",
            name=name,
            format=format,
        )


class CorruptFile(NoticeError):
    code = "corrupt"

    def __init__(self, name: str, kind: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{name} is a damaged {KINDS[kind]} file and cannot be opened{extra}. "
            "Open it on your computer, save it again, and resend it.",
            name=name,
            kind=kind,
            detail=detail,  # a library's words: for the CLI and the logs, not for the chat
        )


class EncryptedFile(NoticeError):
    code = "encrypted"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is password-protected. Remove the password (or print it to a new PDF) and resend it.",
            name=name,
        )


class ScannedPdf(NoticeError):
    code = "scanned"

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is a scanned PDF with no text layer, so there is nothing to read without OCR. "
            "Enable OCR with: pip install 'rectibot[ocr]' — or send the web page or Word version of the notice.",
            name=name,
        )


class NotANotice(NoticeError):
    code = "not-notice"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"{name} does not read like a rectification notice (巡察/巡视整改进展情况的通报): {NOT_A_NOTICE[reason]}.",
            name=name,
            reason=reason,
        )


class Oversized(NoticeError):
    code = "oversized"

    def __init__(self, name: str, part: str, limit_mb: float) -> None:
        super().__init__(
            f"{name} {OVERSIZED[part]} more than {limit_mb:g} MB, far more than a notice (it may be a compressed "
            "bomb). Send the notice's text, or save it again as a smaller file.",
            name=name,
            part=part,
            limit_mb=limit_mb,
        )


class OcrFoundNothing(ScannedPdf):
    code = "ocr-nothing"

    def __init__(self, name: str) -> None:
        NoticeError.__init__(
            self,
            f"{name} has no text layer and OCR found no text in it. "
            "Send a sharper scan or photo, or the notice's Word or web version.",
            name=name,
        )


class TooManyPages(NoticeError):
    code = "pages"

    def __init__(self, name: str, pages: int, limit: int) -> None:
        super().__init__(f"{name} has {pages} pages; OCR reads at most {limit}.", name=name, pages=pages, limit=limit)


class ImageTooLarge(NoticeError):
    code = "pixels"

    def __init__(self, name: str, width: int, height: int) -> None:
        super().__init__(
            f"{name} is an image of {width}×{height} pixels, too large to read.", name=name, width=width, height=height
        )


class NoSuchFile(NoticeError):
    code = "missing"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} does not exist.", path=path)


class IsAFolder(NoticeError):
    code = "folder"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is a folder; name a notice file.", path=path)


class NeedsOcr(NoticeError):
    """The file is a scan or an image: its text must be read by OCR (which runs outside the reader process:
    the OCR engine alone reserves more memory than a reader is allowed)."""

    code = "needs-ocr"

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is a scan or an image; its text has to be read by OCR", name=name)


class NoAgency(NoticeError, ValueError):
    """A parsed notice names no issuing agency, so there is nothing to file it under (raised when storing)."""

    code = "no-agency"

    def __init__(self) -> None:
        super().__init__("a notice without an issuing agency cannot be stored")
