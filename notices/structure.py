"""Lines in, numbered hierarchy out: sections (一、) → aspects → groups → items.

Numbering styles are not tied to levels: the first style met under a section becomes the next
level down, a style met again closes everything below it (so 001's groups, all printed "1.",
are still siblings). Enumerations inside rectification text ((1)(2), ①②, 一是) are kept as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    ARABIC_PROBLEM_RE,
    ARABIC_RE,
    CLOSING_RE,
    CN_PAREN_RE,
    CONTEXT_SECTION_RE,
    DI_RE,
    INLINE_LABEL_RE,
    ITEM_SECTION_RE,
    LABEL_RE,
    MEASURE_START_RE,
    PAREN_RE,
    PROBLEM_RE,
    SECTION_PROGRESS_RE,
    SECTION_RE,
    TITLE_WRAPPER_RE,
    UNQUOTED_WRAPPER_RE,
    ZHENDUI_RE,
)

_MEASURE_CAPABLE = {"n.", "(n)"}  # styles that also enumerate measures inside a body


@dataclass(frozen=True)
class Marker:
    style: str
    label: str
    rest: str

    @property
    def number(self) -> int | None:
        digits = re.sub(r"\D", "", self.label)
        return int(digits) if digits else None


_MARKER_FIRST = frozenset("0123456789(问第针")  # every structural style starts with one of these


def marker_of(line: str) -> Marker | None:
    """The numbering a line starts with, if it is one of the structural styles."""
    if not line or line[0] not in _MARKER_FIRST:
        return None
    if m := ARABIC_PROBLEM_RE.match(line):
        return Marker("n.问题n", f"问题{m[2]}", m[3])
    if m := PROBLEM_RE.match(line):
        return Marker("问题n", f"问题{m[1]}", m[2])
    if m := CN_PAREN_RE.match(line):
        return Marker("(cn)", m[1], m[2])
    if m := PAREN_RE.match(line):
        return Marker("(n)", m[1], m[2])
    if m := ARABIC_RE.match(line):
        if (inner := PROBLEM_RE.match(m[2])) is not None:
            return Marker("n.问题n", f"问题{inner[1]}", inner[2])
        return Marker("n.", m[1], m[2])
    if m := DI_RE.match(line):
        return Marker("第n", m[1], m[2])
    if ZHENDUI_RE.match(line):
        return Marker("针对", "", line)
    return None


@dataclass(eq=False)
class Node:
    heading: str
    style: str
    marker: Marker | None
    parent: Node | None
    children: list[Node] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)
    enum_next: int | None = None  # next number of a measure enumeration running in the body

    @property
    def has_body(self) -> bool:
        return bool(self.body or self.labels)

    def ancestors(self) -> list[Node]:
        chain: list[Node] = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]


@dataclass
class Section:
    heading: str  # "" for a notice without 一、 sections
    lines: list[str]
    carries_items: bool = False
    intro: list[str] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)

    def walk(self) -> list[Node]:
        out: list[Node] = []
        stack = list(reversed(self.roots))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out


def split_inline_labels(lines: list[str]) -> list[str]:
    """'1.问题。整改情况:…' → '1.问题。' and '整改情况:…' on their own lines."""
    out: list[str] = []
    for line in lines:
        parts = INLINE_LABEL_RE.split(line) if "整改" in line[4:] and marker_of(line) else [line]
        out.extend(p for p in parts if p)
    return out


def body_end(lines: list[str]) -> int:
    """Index of the first line of closing matter (欢迎…监督, 联系电话, signature block)."""
    first_section = next((i for i, ln in enumerate(lines) if SECTION_RE.match(ln)), 0)
    for i in range(first_section, len(lines)):
        if CLOSING_RE.match(lines[i]):
            return i
    return len(lines)


def split_sections(lines: list[str]) -> tuple[list[str], list[Section]]:
    """Header lines before the first 一、 heading, then the sections (or one unnamed section)."""
    starts = [i for i, ln in enumerate(lines) if SECTION_RE.match(ln)]
    if not starts:
        first = next((i for i, ln in enumerate(lines) if marker_of(ln)), len(lines))
        return lines[:first], [Section("", lines[first:])]
    sections = [Section(lines[s], lines[s + 1 : e]) for s, e in zip(starts, [*starts[1:], len(lines)], strict=True)]
    return lines[: starts[0]], sections


def carries_items(section: Section) -> bool:
    """Whether a section lists problems (as opposed to framing text such as 下一步工作打算)."""
    heading = section.heading
    if CONTEXT_SECTION_RE.search(heading) and not SECTION_PROGRESS_RE.search(heading):
        return False
    if any(LABEL_RE.match(ln) for ln in section.lines):
        return True
    return not heading or bool(ITEM_SECTION_RE.search(heading))


def build(section: Section) -> None:
    """Fill section.roots/intro from its lines with the numbering-style stack."""
    stack: list[Node] = []
    lines = split_inline_labels(section.lines)
    for i, line in enumerate(lines):
        mk = marker_of(line)
        if mk is not None and not MEASURE_START_RE.match(line):
            _place_marker(section, stack, line, mk)
            continue
        target = stack[-1] if stack else None
        if target is None:
            section.intro.append(line)
            continue
        nxt = marker_of(lines[i + 1]) if i + 1 < len(lines) else None
        if _is_unnumbered_heading(line, nxt, stack):
            level = len(stack) - 2
            style = stack[level].style
            del stack[level:]
            _push(section, stack, Node(line, style, None, stack[-1]))
            continue
        label = LABEL_RE.match(line)
        if label:
            target.labels.append((label["label"], label["value"].strip()))
        else:
            target.body.append(line)


def _place_marker(section: Section, stack: list[Node], line: str, mk: Marker) -> None:
    styles = [n.style for n in stack]
    top = stack[-1] if stack else None
    if top is not None and _is_measure_enumeration(top, mk, styles):
        top.body.append(line)
        return
    if mk.style in styles:
        del stack[styles.index(mk.style) :]
    _push(section, stack, Node(line, mk.style, mk, stack[-1] if stack else None))


def _is_measure_enumeration(top: Node, mk: Marker, styles: list[str]) -> bool:
    """(1)(2) or 1. 2. inside a problem's rectification text rather than new problems."""
    if mk.style not in _MEASURE_CAPABLE:
        return False
    if mk.style not in styles and is_problem_heading(top):
        return True  # under "问题1.针对…的问题。" a new numbering can only enumerate measures
    if not top.has_body:
        return False
    if top.enum_next is not None and mk.number == top.enum_next:
        top.enum_next += 1
        return True
    if mk.style not in styles:
        return bool(top.labels) or len(styles) >= 2
    # Same style as the problem itself: a restart at 1 inside a labelled body is an enumeration.
    if mk.style == top.style and mk.number == 1 and (top.marker and (top.marker.number or 0) > 1) and top.labels:
        top.enum_next = 2
        return True
    return False


def is_problem_heading(node: Node) -> bool:
    """Headings that name one problem (问题N, 针对“…”的问题), hence the finest level of a notice."""
    if node.style in ("问题n", "n.问题n", "针对"):
        return True
    rest = node.marker.rest if node.marker else node.heading
    return bool(TITLE_WRAPPER_RE.match(rest) or UNQUOTED_WRAPPER_RE.match(rest))


def _push(section: Section, stack: list[Node], node: Node) -> None:
    if node.parent is None:
        section.roots.append(node)
    else:
        node.parent.children.append(node)
    stack.append(node)


def _is_unnumbered_heading(line: str, nxt: Marker | None, stack: list[Node]) -> bool:
    """A short unnumbered line between two problems, followed by a problem: a group heading (002)."""
    return (
        len(stack) >= 3
        and nxt is not None
        and nxt.style == stack[-1].style
        and stack[-1].has_body
        and len(line) <= 40
        and not LABEL_RE.match(line)
        and not MEASURE_START_RE.match(line)
    )


def item_nodes(section: Section) -> list[Node]:
    """Leaves with their own rectification text, plus bare leaves styled like those."""
    nodes = section.walk()
    leaves = [n for n in nodes if not n.children]
    with_body = {(n.style, len(n.ancestors())) for n in leaves if n.has_body}
    return [n for n in leaves if n.has_body or (n.style, len(n.ancestors())) in with_body]
