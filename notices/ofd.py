"""An OFD file (开放版式文档, GB/T 33190-2016) as the lines the PDF reader gives.

OFD is the fixed-layout format of China's 电子公文 systems, of the 数科 and 书生 readers and of the government offices'
exports: a notice signed and published as a 公文 arrives as .ofd as a PDF's would. The file is a zip: OFD.xml names
the document (DocBody/DocRoot, e.g. Doc_0/Document.xml), whose Pages list each page's Content.xml (and CommonData
the template pages a page draws under or over it). A page's text is in TextObject elements placed in millimetres: the
object's Boundary (x y w h) is its origin, an optional CTM (a b c d e f) maps its space, and each TextCode child is a
run of glyphs whose first stands at (X, Y) — the baseline — and whose next ones follow by DeltaX (the `g n w`
shorthand: n advances of w). An exporter writes one TextObject per line, one per run of glyphs (a line in several
objects where the font changes or a punctuation mark closes a run), or one per glyph; a TextCode without X or Y goes
on where the one before it ended.

The runs are set on their baselines and joined left to right into lines, each page's lines top to bottom, and the
pages are read as a PDF's positioned lines are (pdftext.join_pages): a paragraph the column's width wrapped is
rejoined, a page break inside a problem's text closes nothing, a page number (— 1 —) and a running header or footer
are dropped. Text turned off the upright (a seal's letters along its arc) and units set invisible are not read.

Bounded before anything is decoded as an Office zip is (officezip.check_inflated: members' count, declared and
inflated sizes, so pages and runs are bounded by the parts' bytes); XML nesting is bounded by the parser (lxml
without huge_tree: 256 levels), a package's references by its members (each page or template part read once). A damaged
zip or XML is refused as a damaged OFD file, an encrypted package (GM/T 0099's Encryptions.xml) as protected.
"""

from __future__ import annotations

import io
import posixpath
import re
import unicodedata
import zipfile
import zlib
from typing import Any

from errors import CorruptFile, EncryptedFile

from .officezip import check_inflated
from .pdftext import PositionedLine, join_pages

_NS = "{http://www.ofdspec.org/2016}"
_PT = 72 / 25.4  # OFD places in millimetres; the PDF reader's thresholds are in points
_TURN = 1e-3  # a CTM's b or c beyond this turns the text (a seal's letters)


def is_ofd(names: set[str] | list[str]) -> bool:
    """Whether a zip's members are an OFD package: its entry file OFD.xml at the root."""
    return any(n.lower() == "ofd.xml" for n in names)


def damaged_ofd(data: bytes) -> bool:
    """Whether a zip that does not open (cut short, damaged) is an OFD package: exporters store OFD.xml first, so
    its name stands in the first local header (offset 30)."""
    return data[30:37].lower() == b"ofd.xml"


def ofd_text(data: bytes, name: str) -> str:
    """The text of an OFD file, one paragraph a line, as a PDF's text is read."""
    return join_pages(ofd_pages(data, name))


def ofd_pages(data: bytes, name: str) -> list[list[PositionedLine]]:
    """Each page's positioned lines, in points from the page's top left, as the PDF reader gives them."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_inflated(zf, name)
            members = {info.filename.lower().lstrip("/"): info.filename for info in zf.infolist()}
            if any(posixpath.basename(m) == "encryptions.xml" for m in members):
                raise EncryptedFile(name)

            def part(path: str) -> Any:
                real = members.get(posixpath.normpath(path).lower().lstrip("/"))
                if real is None:
                    raise CorruptFile(name, "ofd", "missing-part")
                return etree.fromstring(zf.read(real), parser)

            entry = part("OFD.xml")
            root = entry.find(f"{_NS}DocBody/{_NS}DocRoot")
            if root is None or not (root.text or "").strip():
                raise CorruptFile(name, "ofd", "no-docroot")
            doc_path = _resolve("", root.text)
            document = part(doc_path)
            base = posixpath.dirname(doc_path)
            templates = {
                t.get("ID"): _resolve(base, t.get("BaseLoc") or "")
                for t in document.iterfind(f"{_NS}CommonData/{_NS}TemplatePage")
            }
            pages_list = document.findall(f"{_NS}Pages/{_NS}Page")
            if not pages_list:
                raise CorruptFile(name, "ofd", "no-pages")
            pages: list[list[PositionedLine]] = []
            read: set[str] = set()
            drawn: dict[str, list[_Run]] = {}  # a template page's runs, read once however many pages draw it
            for page in pages_list:
                path = _resolve(base, page.get("BaseLoc") or "")
                if path in read:
                    continue  # a page part is one page: named again, it is not read again (a bomb's way to repeat)
                read.add(path)
                content = part(path)
                runs: list[_Run] = []
                for template in content.iterfind(f"{_NS}Template"):  # the page's template: under or over it
                    location = templates.get(template.get("TemplateID"))
                    if location:
                        if location not in drawn:
                            drawn[location] = _runs(part(location))
                        runs += drawn[location]
                runs += _runs(content)
                pages.append(_lines(runs))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError, EOFError, zlib.error, RecursionError) as err:
        detail = "zlib" if isinstance(err, zlib.error) else type(err).__name__
        raise CorruptFile(name, "ofd", detail) from None
    return pages


def _resolve(base: str, location: str) -> str:
    """A package path: an absolute one (/Doc_0/…) from the package root, a relative one from the referring part's
    folder."""
    location = location.strip().replace("\\", "/")
    if location.startswith("/"):
        return location.lstrip("/")
    return posixpath.normpath(posixpath.join(base, location)) if base else posixpath.normpath(location)


class _Run:
    __slots__ = ("size", "text", "x0", "x1", "y")

    def __init__(self, text: str, x0: float, x1: float, y: float, size: float) -> None:
        self.text, self.x0, self.x1, self.y, self.size = text, x0, x1, y, size


_NUMBER = re.compile(r"-?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|-?\.\d+")


def _numbers(value: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(value or "")]


def _deltas(value: str | None) -> list[float]:
    """DeltaX as advances: plain numbers, and `g n w` for n advances of w."""
    tokens = (value or "").split()
    out: list[float] = []
    k = 0
    while k < len(tokens):
        if tokens[k] == "g" and k + 2 < len(tokens):
            try:
                count, width = int(float(tokens[k + 1])), float(tokens[k + 2])
            except ValueError:
                return out
            out += [width] * max(0, min(count, 100_000))
            k += 3
        else:
            try:
                out.append(float(tokens[k]))
            except ValueError:
                return out
            k += 1
    return out


def _advance(ch: str, size: float) -> float:
    """A glyph's width where DeltaX does not give it: an em for CJK and full-width marks, half for the others."""
    return size if unicodedata.east_asian_width(ch) in "WFA" else size / 2


def _runs(content: Any) -> list[_Run]:
    """The page's text runs: each TextCode of each visible, upright TextObject, placed in page millimetres."""
    runs: list[_Run] = []
    for obj in content.iter(f"{_NS}TextObject"):
        if (obj.get("Visible") or "true").strip().lower() == "false":
            continue
        box = _numbers(obj.get("Boundary"))
        if len(box) < 2:
            continue
        ctm = _numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        if abs(b) > _TURN or abs(c) > _TURN or a <= 0 or d <= 0:
            continue  # turned or mirrored text: a seal's letters, a watermark
        sizes = _numbers(obj.get("Size"))
        size = (sizes[0] if sizes else 3.5) * d
        x = y = 0.0
        for code in obj.iterfind(f"{_NS}TextCode"):
            text = code.text or ""
            xs, ys = _numbers(code.get("X")), _numbers(code.get("Y"))
            x = xs[0] if xs else x
            y = ys[0] if ys else y
            if not text:
                continue
            steps = _deltas(code.get("DeltaX"))
            end = x
            for k, ch in enumerate(text[:-1]):
                end += steps[k] if k < len(steps) else _advance(ch, size / d)
            width = _advance(text[-1], size / d)
            left = box[0] + a * x + e
            right = box[0] + a * (end + width) + e
            baseline = box[1] + d * y + f
            if text.strip():
                runs.append(_Run(text, left, right, baseline, size))
            x = end + width  # a TextCode without X goes on where this one ended
    return runs


def _lines(runs: list[_Run]) -> list[PositionedLine]:
    """Runs on one baseline joined left to right into a line; lines top to bottom, in points."""
    runs.sort(key=lambda r: (r.y, r.x0))
    rows: list[list[_Run]] = []
    for run in runs:
        if rows and abs(run.y - rows[-1][0].y) < 0.5 * min(run.size, rows[-1][0].size):
            rows[-1].append(run)
        else:
            rows.append([run])
    lines = []
    for row in rows:
        row.sort(key=lambda r: r.x0)
        size = max(r.size for r in row)
        top = min(r.y for r in row) - size
        lines.append(
            PositionedLine("".join(r.text for r in row), row[0].x0 * _PT, row[-1].x1 * _PT, top * _PT, size * _PT)
        )
    return lines
