"""A Rich Text file (.rtf) as the lines a Word file gives: what WordPad saves, what old OA systems export, and what
some of them name .doc.

RTF is 7-bit text holding control words: a Chinese character is either two \\'xx byte escapes in the document's code
page (\\ansicpg936, or a font's \\fcharset134: WordPad and Word under a Chinese Windows) or \\uN, its UTF-16 code as a
signed number, followed by \\ucN fallback characters the reader skips (an OA system's export, Word's own). The reader
keeps the text a reader sees: paragraphs (\\par) a line each, a line break (\\line) a line, a table's rows as the
tab-separated lines a Word table gives (extract._table_lines: a cell's paragraphs joined by spaces, a cell merged down
its rows, \\clvmrg, repeated in each), list numbers Word caches (\\listtext, \\pntext) before their paragraph, a
field's shown result. Groups that are no shown text are skipped: font and colour tables, style sheet, document info,
pictures, headers and footers, notes, and every \\* destination a reader does not know; hidden (\\v) and deleted
(\\deleted) text is not read.

Bounded before and while decoding: the file's size, the nesting of its groups, and the text it yields.
"""

from __future__ import annotations

import codecs
import re

from errors import CorruptFile, EmptyFile, Oversized

MAX_RTF_MB = 64  # a notice's .rtf is tens of KB; embedded pictures (hex) make a few MB
MAX_DEPTH = 512  # group nesting: Word's own files nest a dozen deep
MAX_CHARS = 2_000_000  # the text read, as a web page's (extract.MAX_HTML_CHARS)

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, its number, and the space that ends it
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\([^a-zA-Z'])"  # a control symbol (\\ \{ \} \~ \- \_ \* a line end)
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in the file are no text
    rb"|([^\\{}\r\n]+)"  # text
)

# Destinations whose text is not shown (the font table is read for its code pages, apart)
_SKIPPED = frozenset(
    {
        "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "footnote", "annotation", "atnid", "atnauthor", "listtable", "listoverridetable",
        "revtbl", "rsidtbl", "xmlnstbl", "filetbl", "themedata", "colorschememapping", "datastore", "latentstyles",
        "generator", "objdata", "fldinst", "bkmkstart", "bkmkend", "template", "private", "upr", "txe", "xe", "tc",
    }
)  # fmt: skip
_LABELS = frozenset({"listtext", "pntext"})  # a list number Word caches: shown, its tab dropped (as a .docx's label)
_SYMBOLS = {
    "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "emspace": " ", "enspace": " ", "qmspace": " ", "zwj": "", "zwnj": "", "ltrmark": "", "rtlmark": "",
}  # fmt: skip
_CHAR_SYMBOLS = {b"~": " ", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}", b"|": "", b":": ""}
# \fcharset → the code page of the font's bytes (0: the document's \ansicpg)
_CHARSETS = {
    128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950", 161: "cp1253", 162: "cp1254",
    163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
}  # fmt: skip


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"


class _Group:
    __slots__ = ("font", "hidden", "label", "skip", "uc")

    def __init__(self, skip: bool = False, uc: int = 1, font: int | None = None) -> None:
        self.skip = skip
        self.uc = uc
        self.font = font
        self.hidden = False
        self.label = False

    def copy(self) -> _Group:
        group = _Group(self.skip, self.uc, self.font)
        group.hidden, group.label = self.hidden, self.label
        return group


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}
        self.default_font: int | None = None
        self.lines: list[str] = []
        self.line: list[str] = []
        self.size = 0
        self.bytes = bytearray()  # \'xx bytes not yet decoded (a character's two bytes come as two escapes)
        self.units: list[int] = []  # \uN code units not yet decoded (a surrogate pair comes as two)
        self.skip_fallback = 0
        self.intbl = False
        self.cells: list[str] = []
        self.cell_merged: list[bool] = []  # the row definition's cells: continuing a merge down (\clvmrg)
        self.next_merged = False
        self.above: list[str] = []  # the previous row's cells, for cells merged down
        self.font_table = False
        self.font_number: int | None = None

    # --- text out ---
    def put(self, text: str, group: _Group) -> None:
        if group.skip or group.hidden or not text:
            return
        self.size += len(text)
        if self.size > MAX_CHARS:
            raise Oversized(self.name, "part", MAX_CHARS * 3 / 1e6)
        self.line.append(text)

    def flush(self, group: _Group) -> None:
        if self.bytes:
            font = self.fonts.get(group.font if group.font is not None else -1)
            self.put(bytes(self.bytes).decode(font or self.codepage, errors="replace"), group)
            self.bytes.clear()
        if self.units:
            raw = b"".join(u.to_bytes(2, "little") for u in self.units)
            self.put(raw.decode("utf-16-le", errors="replace"), group)
            self.units.clear()

    def end_paragraph(self) -> None:
        text = "".join(self.line)
        self.line = []
        if self.intbl:
            self.line = [text, " "]  # a cell's paragraphs are one cell's text
        else:
            self.lines.append(text)

    def end_cell(self) -> None:
        text = " ".join("".join(self.line).split())
        self.line = []
        column = len(self.cells)
        merged = column < len(self.cell_merged) and self.cell_merged[column]
        if merged and not text and column < len(self.above):
            text = self.above[column]  # a cell merged down its rows holds the value of each (as a Word table's)
        self.cells.append(text.replace("\t", " "))

    def end_row(self) -> None:
        if self.line and "".join(self.line).strip():
            self.end_cell()
        self.line = []
        if any(self.cells):
            self.lines.append("\t".join(self.cells))
        self.above, self.cells = self.cells, []
        self.intbl = False

    # --- control words ---
    def control(self, word: str, arg: int | None, group: _Group) -> None:
        if self.font_table:
            if word == "f" and arg is not None:
                self.font_number = arg
            elif word == "fcharset" and arg is not None and self.font_number is not None:
                if arg in _CHARSETS:
                    self.fonts[self.font_number] = _codec(_CHARSETS[arg])
            elif word == "cpg" and arg is not None and self.font_number is not None and arg not in (0, 1252):
                self.fonts[self.font_number] = _codec(f"cp{arg}")
            return
        if word == "ansicpg" and arg:
            self.codepage = _codec(f"cp{arg}")
        elif word == "deff" and arg is not None:
            self.default_font = arg
        elif word in ("f", "af") and arg is not None:
            group.font = arg
        elif word == "uc" and arg is not None:
            group.uc = max(0, min(arg, 8))
        elif word == "u" and arg is not None:
            if self.bytes:
                self.flush(group)
            self.units.append(arg + 65536 if arg < 0 else arg)
            self.skip_fallback = group.uc
            return
        elif word == "par" or word == "sect" or word == "page":
            self.flush(group)
            if not group.skip:
                self.end_paragraph()
        elif word == "line":
            self.flush(group)
            self.put("\n", group)
        elif word == "tab":
            self.flush(group)
            self.put("" if group.label else "\t", group)
        elif word == "pard":
            self.intbl = False
        elif word == "intbl":
            self.intbl = True
        elif word == "trowd":
            self.cell_merged, self.next_merged = [], False
        elif word == "clvmrg":
            self.next_merged = True
        elif word == "cellx":
            self.cell_merged.append(self.next_merged)
            self.next_merged = False
        elif word == "cell":
            self.flush(group)
            if not group.skip:
                self.end_cell()
        elif word == "row":
            self.flush(group)
            if not group.skip:
                self.end_row()
        elif word in ("nestcell", "nestrow"):
            self.flush(group)
            self.put(" ", group)
        elif word in ("v", "deleted"):  # hidden text, a tracked deletion
            group.hidden = arg != 0
        elif word in _SYMBOLS:
            self.flush(group)
            self.put(_SYMBOLS[word], group)
        elif word in _LABELS:
            group.label = True

    def read(self, data: bytes) -> str:
        stack: list[_Group] = []
        group = _Group()
        first_in_group = False
        starred = False
        pos = 0
        while pos < len(data):
            match = _TOKEN.match(data, pos)
            if match is None:  # a byte no token matches (a lone backslash at the end): skipped
                pos += 1
                continue
            pos = match.end()
            word, arg, hexa, symbol, brace, text = match.groups()
            if self.skip_fallback and brace is None:
                if text is not None:
                    chunk = text.decode("latin-1")
                    take = min(self.skip_fallback, len(chunk))
                    self.skip_fallback -= take
                    if take == len(chunk):
                        continue
                    text = chunk[take:].encode("latin-1")
                elif word != "u":
                    self.skip_fallback -= 1
                    continue
            if brace is not None:
                self.skip_fallback = 0
                self.flush(group)
                if brace == b"{":
                    if len(stack) >= MAX_DEPTH:
                        raise CorruptFile(self.name, "rtf", "RecursionError")
                    stack.append(group)
                    group = group.copy()
                    first_in_group, starred = True, False
                else:
                    if self.font_table and group.skip and stack and not stack[-1].skip:
                        self.font_table = False
                    group = stack.pop() if stack else group
                    first_in_group = False
                continue
            if word is not None:
                name = word.decode("ascii")
                number = int(arg) if arg is not None else None
                if first_in_group or starred:
                    if name == "fonttbl":
                        group.skip, self.font_table = True, True
                    elif name == "ud":  # \upr's Unicode text: shown, unless the group around \upr is skipped
                        group.skip = len(stack) >= 2 and stack[-2].skip
                    elif name in _SKIPPED or starred:
                        group.skip = True
                    first_in_group = starred = False
                if name == "bin" and number and number > 0:
                    pos += number  # the raw bytes that follow are a picture's: skipped whole, braces in them too
                    continue
                if name != "u" and (self.bytes or self.units):
                    self.flush(group)
                self.control(name, number, group)
                continue
            if symbol is not None:
                if symbol == b"*":
                    starred = first_in_group
                    continue
                first_in_group = False
                self.flush(group)
                if symbol in (b"\n", b"\r"):
                    if not group.skip:
                        self.end_paragraph()
                else:
                    self.put(_CHAR_SYMBOLS.get(symbol, ""), group)
                continue
            first_in_group = False
            if hexa is not None:
                if self.units:
                    self.flush(group)
                if not group.skip:
                    self.bytes.append(int(hexa, 16))
                continue
            if text is not None:
                if self.font_table:
                    continue
                if self.units:
                    self.flush(group)
                if not group.skip:
                    if any(b > 0x7F for b in text):  # 8-bit bytes typed raw: the code page's characters
                        self.bytes.extend(text)
                    else:
                        self.flush(group)
                        self.put(text.decode("latin-1").replace("\x00", ""), group)
        self.flush(group)
        if self.cells:
            self.end_row()
        if self.line:
            self.lines.append("".join(self.line))
        return "\n".join(self.lines)


def rtf_text(data: bytes, name: str) -> str:
    """The text of a Rich Text file (see the module's docstring); a file with no text is empty, one nested beyond
    reason damaged."""
    if len(data) > MAX_RTF_MB * 1024 * 1024:
        raise Oversized(name, "whole", MAX_RTF_MB)
    start = data.find(b"{\\rtf")
    reader = _Reader(name)
    text = reader.read(data[start:] if start >= 0 else data)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise EmptyFile(name)
    return text
