"""OCR of scanned pages and photos: image bytes in, positioned text lines out, in reading order.

Uses rapidocr-onnxruntime (the optional `ocr` extra), whose wheel ships the Chinese PP-OCR models, so
nothing is downloaded at run time. Pure: no I/O beyond the bytes it is given.
"""

from __future__ import annotations

import io
import threading
from functools import cache
from typing import Any

from errors import CorruptFile, ImageTooLarge, OcrUnavailable

from .pdftext import PositionedLine

# Pixels an image or a rendered PDF page may have, checked on the header or the page size before any
# decoding: A4 at 300 dpi is 8.7 M and a phone photo 12 M; a 6,300² photo (40 M) took 500 MB to read.
MAX_PIXELS = 25_000_000
# Pages are shrunk to this longest side for text detection (A4 at ~80 dpi): lines are still found whole,
# and the recogniser reads each line from the full page. 1,600 cost 1 s more CPU a page, same text.
_DET_SIDE = 960
# Scanned PDF pages are rendered at this resolution: 12-pt text is 17 px high, and the recogniser scales
# every line to 48 px anyway; the sample scan reads to the same items as at 150 dpi, a third faster.
RENDER_DPI = 100
# Each line is scaled to this height for the recogniser (PP-OCRv4's default is 48), which costs in proportion
# to height × width: a line of 12-pt text at RENDER_DPI is ~17 px high, so 48 only upscales it. On the sample
# scan's pages 32 took 1.3 s of CPU a page against 2.2 s and misread no more characters (4.7% against 5.1%,
# and 5.5% against 5.8% on the pages blurred, noised and saved as JPEG like a phone photo); 24 misread more.
_REC_SHAPE = [3, 32, 320]
_OCR = threading.Lock()  # one page at a time: the engine is not re-entrant and each page takes a core
_HEADER = threading.Lock()  # guards Pillow's global bomb limit while a header alone is read


def available() -> bool:
    """Whether the OCR extra is installed."""
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def _engine() -> Any:
    import cv2
    from rapidocr_onnxruntime import RapidOCR

    # One thread a page, so that pages read in parallel (one OCR child each, `ocr_cores` of them) use no
    # more cores than given: ONNX runtime's pools below, and OpenCV's (resizes, crops) that default to
    # every core. More threads for one page were slower here anyway, on cores shared with other work.
    cv2.setNumThreads(1)
    return RapidOCR(
        use_cls=False,  # scans and photos of notices are upright; the angle model cost time for nothing
        intra_op_num_threads=1,
        inter_op_num_threads=1,
        det_limit_side_len=_DET_SIDE,
        det_limit_type="max",
        rec_batch_num=1,  # a batch pads its lines to the widest: one at a time took 2.2 s CPU a page, six 3.2 s
        rec_img_shape=_REC_SHAPE,
    )


def image_lines(data: bytes, name: str) -> list[PositionedLine]:
    """The text lines of one page image (PNG, JPEG, …), top to bottom, left to right within a line."""
    if not available():
        raise OcrUnavailable(name)
    return page_lines(_decode(data, name))


def page_lines(image: Any) -> list[PositionedLine]:
    """The text lines of a page given as a PIL image or an RGB array."""
    import numpy as np

    if not isinstance(image, np.ndarray):
        image = np.asarray(image.convert("RGB"))
    with _OCR:
        result, _ = _engine()(image)
    boxes = [
        (min(p[0] for p in box), max(p[0] for p in box), min(p[1] for p in box), max(p[1] for p in box), text)
        for box, text, _score in result or []
        if str(text).strip()
    ]
    return _reading_order(boxes)


def _decode(data: bytes, name: str) -> Any:
    """A greyscale array of the image; refused when damaged or larger than MAX_PIXELS (from its header)."""
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    try:
        width, height = image_size(data)
        if width * height > MAX_PIXELS:
            raise ImageTooLarge(name, width, height)
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as err:
        raise CorruptFile(name, "image", type(err).__name__) from None
    return np.asarray(rgb)


def image_size(data: bytes) -> tuple[int, int]:
    """An image's width and height from its header, nothing decoded.

    Pillow's own bomb check raises before it says the size (and a 60,000² PNG was then called damaged):
    it is lifted for the header alone, since the size is checked here before anything is decoded."""
    from PIL import Image

    with _HEADER:
        saved = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            with Image.open(io.BytesIO(data)) as image:
                return image.size
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def _reading_order(boxes: list[tuple[float, float, float, float, str]]) -> list[PositionedLine]:
    """Boxes on one baseline (overlapping most of their height) make a line; lines top to bottom."""
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for box in sorted(boxes, key=lambda b: (b[2] + b[3]) / 2):
        middle = (box[2] + box[3]) / 2
        if lines:
            last = lines[-1]
            top, bottom = min(b[2] for b in last), max(b[3] for b in last)
            if top <= middle <= bottom:
                last.append(box)
                continue
        lines.append([box])
    out: list[PositionedLine] = []
    for parts in lines:
        parts.sort(key=lambda b: b[0])
        top, bottom = min(b[2] for b in parts), max(b[3] for b in parts)
        text = "".join(str(b[4]) for b in parts)
        out.append(PositionedLine(text, parts[0][0], parts[-1][1], top, bottom - top))
    return out
