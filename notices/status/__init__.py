"""Status of an item, from its own marker or its section heading, and evidence of pending work.

Where a status is read, by where the notice states it:
- words.py: what status words say (the families: classify_status; their parts: parts_status), aims, reports of work;
- fields.py: an item's labelled fields (整改进度：已完成, 是否完成：是, 完成时限：…（已完成）);
- titles.py: the headline's brackets and closing clause (…（已完成）, 【已完成】…, …，已整改);
- sentences.py: the rectification text's own sentences (目前，该问题已整改完成), its measures' closing brackets,
  and pending work;
- sections.py: several problems at once (status headings, lead and closing sentences, lists by number).
"""

from .fields import (
    clear_label_cache,
    is_status_label,
    label_status,
    own_status,
    reported_stage_only,
    status_lead_remainder,
    strip_status_lead,
)
from .sections import (
    OTHERS,
    closing_summary_status,
    given_status,
    heading_lead,
    heading_status,
    lead_status,
    numbered_statuses,
    opens_status_list,
    states_status_alone,
    tallied_in_part,
    undecorated,
)
from .sentences import (
    OWN_LINE_LIMIT,
    closing_status_clause,
    measures_status,
    opening_status_sentence,
    pending_evidence,
    prose_found,
    prose_status,
    states_done_kept_up,
    status_sentence_alone,
    tasks_status,
)
from .titles import (
    LONGTERM_TAIL_RE,
    bracketed_status,
    clause_status,
    opening_bracket,
    rejoin_cut_status,
    trailing_status,
)
from .words import classify_status, field_value_status, partial_words_defined_done, parts_status

__all__ = [
    "LONGTERM_TAIL_RE",
    "OTHERS",
    "OWN_LINE_LIMIT",
    "bracketed_status",
    "classify_status",
    "clause_status",
    "clear_label_cache",
    "closing_status_clause",
    "closing_summary_status",
    "field_value_status",
    "given_status",
    "heading_lead",
    "heading_status",
    "is_status_label",
    "label_status",
    "lead_status",
    "measures_status",
    "numbered_statuses",
    "opening_bracket",
    "opening_status_sentence",
    "opens_status_list",
    "own_status",
    "partial_words_defined_done",
    "parts_status",
    "pending_evidence",
    "prose_found",
    "prose_status",
    "rejoin_cut_status",
    "reported_stage_only",
    "states_done_kept_up",
    "states_status_alone",
    "status_lead_remainder",
    "status_sentence_alone",
    "strip_status_lead",
    "tallied_in_part",
    "tasks_status",
    "trailing_status",
    "undecorated",
]
