"""The few ways reading a notice can fail, each with a message a user can act on."""


class NoticeError(Exception):
    """Base class: the file could not be turned into a notice. `str(err)` is the user-facing message."""


class EmptyFile(NoticeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is empty. Send the notice file itself (txt, docx, doc, pdf, html or images of its pages)."
        )


class UnsupportedFormat(NoticeError):
    def __init__(self, name: str, what: str) -> None:
        super().__init__(
            f"{name} looks like {what}, which rectibot cannot read. "
            "Send the notice as .txt, .docx, .doc/.wps, .pdf, a saved .html page, or photos of its pages."
        )


class CorruptFile(NoticeError):
    def __init__(self, name: str, kind: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{name} is a damaged {kind} file and cannot be opened{extra}. "
            "Open it on your computer, save it again, and resend it."
        )


class EncryptedFile(NoticeError):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is password-protected. Remove the password (or print it to a new PDF) and resend it.")


class ScannedPdf(NoticeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is a scanned PDF with no text layer, so there is nothing to read without OCR. "
            "Enable OCR with: pip install 'rectibot[ocr]' — or send the web page or Word version of the notice."
        )


class NotANotice(NoticeError):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name} does not read like a rectification notice (巡察/巡视整改进展情况的通报): {reason}.")


class Oversized(NoticeError):
    def __init__(self, name: str, what: str, limit_mb: float) -> None:
        super().__init__(
            f"{name} {what} more than {limit_mb:g} MB, far more than a notice (it may be a compressed bomb). "
            "Send the notice's text, or save it again as a smaller file."
        )


class OcrFoundNothing(ScannedPdf):
    def __init__(self, name: str) -> None:
        NoticeError.__init__(
            self,
            f"{name} has no text layer and OCR found no text in it. "
            "Send a sharper scan or photo, or the notice's Word or web version.",
        )


class NeedsOcr(NoticeError):
    """The file is a scan or an image: its text must be read by OCR (which runs outside the reader process:
    the OCR engine alone reserves more memory than a reader is allowed)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is a scan or an image; its text has to be read by OCR")
