"""Lines in, numbered hierarchy out: sections (一、) → aspects → groups → items.

Numbering styles are not tied to levels: the first style met under a section becomes the next
level down, a style met again closes everything below it (so 001's groups, all printed "1.",
are still siblings). Enumerations inside rectification text ((1)(2), ①②, 一是) are kept as text.

The modules, each importing only those listed before it:
    nodes       Marker, marker_of, Node, Section: the hierarchy's parts
    labels      labelled fields (整改情况:…) split off lines, a node's own text
    headlines   a line's headline and text; whether it reads as a problem, a task, a status
    counts      a heading's own count of its problems (该方面3个问题…)
    framing     the genre's framing parts among the top headings
    words       lines numbered in words (一是, 其一): problems or measure clauses
    unnumbered  problems with no number: paragraphs, task paragraphs, 一是 splits
    sections    the notice cut into 一、 sections; which of them list problems
    fold        points that are a problem's measures folded back into its body
    tree        a section's lines into its tree with the numbering-style stack
    levels      which nodes are the problems (item_nodes)
"""

from __future__ import annotations

from .framing import framing_in_run
from .headlines import (
    colon_headline,
    heading_states_status,
    headline,
    longterm_section,
    partial_section,
    reads_as_problem,
)
from .labels import fields, split_inline_labels
from .levels import item_nodes, lone_points_like_the_others, word_task_lines
from .nodes import Node, Section, marker_of
from .sections import body_end, carries_items, may_list_problems, section_is_aspect, split_sections
from .tree import build, rebuild
from .unnumbered import groups_tasks, may_open_by_shape, unnumbered_areas, unnumbered_problems


def forget_lines() -> None:
    """Clear what the structure remembers of the lines it has read: called per notice (parse_notice), so that a
    notice parsed again costs what a new one does."""
    marker_of.cache_clear()
    may_open_by_shape.cache_clear()
    reads_as_problem.cache_clear()


__all__ = [
    "Node",
    "Section",
    "body_end",
    "build",
    "carries_items",
    "colon_headline",
    "fields",
    "forget_lines",
    "framing_in_run",
    "groups_tasks",
    "heading_states_status",
    "headline",
    "item_nodes",
    "lone_points_like_the_others",
    "longterm_section",
    "marker_of",
    "may_list_problems",
    "partial_section",
    "reads_as_problem",
    "rebuild",
    "section_is_aspect",
    "split_inline_labels",
    "split_sections",
    "unnumbered_areas",
    "unnumbered_problems",
    "word_task_lines",
]
