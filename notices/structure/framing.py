"""The genre's framing parts (提高政治站位, 压实整改责任) among the top headings, which list no problems."""

from __future__ import annotations

from ..lexicon import CONTEXT_SECTION_RE, SECTION_PROGRESS_RE
from ..status import trailing_status
from .headlines import _aspect_like, lead_clause, reads_as_problem
from .nodes import Node, Section


def framing_roots(roots: list[Node]) -> set[int]:
    """The top headings framing the work, except one standing inside a run of others of its family that do not
    (4.压紧压实管党治党责任 between 3.<task> and 5.<task>): the genre's framing parts open or close the notice, so one
    amid the problems is a problem worded as a task (L04)."""
    found = [_framing_part(n) for n in roots]
    if not any(found):
        return set()  # most notices: no framing words at the top
    out: set[int] = set()
    for k, node in enumerate(roots):
        if not found[k]:
            continue
        before = any(not found[j] and roots[j].style == node.style for j in range(k))
        after = any(not found[j] and roots[j].style == node.style for j in range(k + 1, len(roots)))
        if not (before and after):
            out.add(id(node))
    return out


def framing_in_run(section: Section) -> bool:
    """Whether every top point worded like a framing part numbers one run with the problems beside it
    (1.压紧压实管党治党责任 > 2.<task> … 6.<task>, one family counting on from 1): a framing part stands in a
    family or a part of its own (1.提高政治站位 2.压实整改责任 before 一、<problem> 二、…), so only such a run may
    make it a problem."""
    framing = framing_roots(section.roots)
    styles = {n.style for n in section.roots if id(n) in framing}
    for style in styles:
        run = [n.marker.number if n.marker else None for n in section.roots if n.style == style]
        if len(run) - len([n for n in section.roots if n.style == style and id(n) in framing]) < 2:
            return False  # the family is the framing parts' alone
        if run != list(range(1, len(run) + 1)):
            return False
    return bool(styles)


def _framing_part(node: Node) -> bool:
    """A top heading that frames the work (提高政治站位,压实整改责任), as the genre's framing sections do."""
    rest = node.marker.rest if node.marker else node.heading
    if _aspect_like(node) or reads_as_problem(rest) or SECTION_PROGRESS_RE.search(rest):
        return False
    if CONTEXT_SECTION_RE.search(rest) is None:
        return False
    # 6.压紧压实管党治党责任【已销号】: a headline stating its own status is a problem; framing parts state none
    return trailing_status(lead_clause(rest)[0])[1] is None
