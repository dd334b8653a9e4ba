"""A heading's own count of its problems (该方面3个问题…) and the points two levels down that it counts."""

from __future__ import annotations

import re

from .nodes import Node, Section

# A heading's lead sentence counting its problems (该方面3个问题已全部整改完成, 共计5个问题…, 本方面共2个问题…).
_LEAD_COUNT_RE = re.compile(r"^(?:[本该此这]方面)?(?:共计|共有|共)?(\d{1,2})个(?:具体)?问题")


def claimed_points(section: Section) -> frozenset[int]:
    """The headings whose points are the problems by the count the heading above them states (issue 19 point 2).

    1.<area> > 共计5个问题已整改完成 > A.<shortcoming> > 一、<task> …: where a lead sentence counts the points two
    levels down (5) rather than the headings right below (2), the points are the problems and are not folded into
    their headings as measures; the level is decided for all headings alike (该方面2个问题 over two headings of one
    point each agrees with both readings), so the notice's own count decides where its wording leaves it open.
    """
    nodes = section.walk()
    top = _section_top(section)
    if (claimed := _lead_count(top)) is not None and claimed == _points_below(top) != len(top.children):
        # 一、<area> > 本方面共3个问题… > 第1个问题:<heading> > 1.<task> 2. 3.: the section's own lead counts the
        # points under its headings, so those points are its problems
        return frozenset(id(root) for root in section.roots)  # the headings whose points are not folded into them
    counts = {id(n): c for n in nodes if (c := _lead_count(n)) is not None}
    if not counts:
        return frozenset()  # most notices: no heading counts its problems
    levels: set[tuple[str, int]] = set()
    candidates: list[Node] = []
    for node in nodes:
        claimed, points = counts.get(id(node)), _points_below(node)
        if points is None or (claimed is not None and claimed != points):
            continue  # the count names the headings right below, or something else
        candidates.append(node)
        if claimed is not None and claimed != len(node.children):
            levels.add((node.children[0].style, node.depth() + 1))
    if not levels:
        return frozenset()
    kids = (k for node in candidates for k in node.children)
    return frozenset(id(k) for k in kids if (k.style, k.depth()) in levels)


def _section_top(section: Section) -> Node:
    """The section as the heading over its roots, its lead sentence (本方面共3个问题…) as its body: counted as any
    heading's lead is (_lead_count)."""
    return Node(section.heading, "", None, None, children=section.roots, body=section.intro[:1])


def _lead_count(node: Node) -> int | None:
    return _counted(node.body[0] if node.body else "")


def _counted(first: str) -> int | None:
    """How many problems a lead sentence counts (该方面3个问题…, 共计5个问题…), else None."""
    m = _LEAD_COUNT_RE.match(first) if "个" in first[:12] else None
    return int(m[1]) if m else None


def _points_below(node: Node) -> int | None:
    """How many points sit two levels down when every heading right below holds only leaf points, else None."""
    kids = node.children
    if not kids or any(not k.children or any(g.children for g in k.children) for k in kids):
        return None
    return sum(len(k.children) for k in kids)
