"""The structure a notice is parsed into. Field names and value conventions follow the gold README."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Status = Literal["done", "done_longterm", "in_progress", "unstated"]
StatusSource = Literal["item", "section", "none"]
STATUSES: tuple[Status, ...] = ("done", "done_longterm", "in_progress", "unstated")
OPEN_STATUSES: frozenset[str] = frozenset({"in_progress", "unstated"})


@dataclass(frozen=True)
class NoticeWarning:
    """Something the notice says that its body does not bear out, as a code with its numbers, so that
    each reader sees it in their own language (answers/i18n renders `warning-<code>`)."""

    # no_agency | no_problems | cut_off | claim_mismatch | unrecognised | numbering | ocr | text (old, free text)
    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, **self.args}

    @classmethod
    def from_stored(cls, value: object) -> NoticeWarning:
        """A warning as stored: {"code": …, args…}, or a sentence from before warnings had codes."""
        if isinstance(value, dict) and isinstance(value.get("code"), str):
            return cls(value["code"], {k: v for k, v in value.items() if k != "code"})
        return cls("text", {"text": str(value)})

    def __str__(self) -> str:
        """The English sentence, for logs and the command line."""
        a = self.args
        if self.code == "claim_mismatch":
            return f"the notice claims {a['claimed']} {_CLAIM_EN[a['what']]} but lists {a['listed']}"
        if self.code == "unrecognised":
            return f"the notice says {a['claimed']} problems; {a['listed']} were recognised: check it against the text"
        if self.code == "numbering":
            return f"item {a['seq']} is numbered {a['label']} right after {a['previous']}"
        if self.code == "no_agency":
            return "no inspected organisation found (no 关于… title, inspection sentence or signature)"
        if self.code == "no_problems":
            return "no problems are listed (no numbered problems with their rectification text): header and claims only"
        if self.code == "cut_off":
            return "the text seems cut off: it stops mid-sentence"
        if self.code == "pages":
            return f"the text reaches page {a['last']} of {a['total']}: later pages are missing"
        if self.code == "ocr":
            return f"the text was read by OCR from {a['pages']} page image(s): check names and figures"
        return str(a.get("text", self.code))


# What a claim counts (Claimed's fields), as the command line's English names it.
_CLAIM_EN = {
    "aspects": "aspects (方面)",
    "problem_groups": "problems (问题)",
    "problems": "specific problems",
    "completed": "problems completed",
    "in_progress": "problems in progress",
    "longterm": "problems to keep up long-term",
}


@dataclass(frozen=True)
class Claimed:
    """Counts the notice states about itself; None where it does not say."""

    aspects: int | None = None
    problem_groups: int | None = None
    problems: int | None = None
    completed: int | None = None
    in_progress: int | None = None
    longterm: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Item:
    """The finest numbered problem that has its own rectification text."""

    seq: int
    label: str
    title: str
    aspect: str | None
    group: str | None
    status: Status
    status_source: StatusSource
    pending: bool
    pending_evidence: tuple[str, ...] = ()
    measures: str = ""
    deadline: str | None = None
    deadline_text: str | None = None
    section: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def to_dict(self) -> dict[str, Any]:
        # the instance's own attributes are its fields in their order (a frozen dataclass sets nothing else):
        # a copy of them costs a tenth of calling fields(), and the content hash builds one per item
        data = dict(vars(self))
        data["pending_evidence"] = list(self.pending_evidence)
        return data


@dataclass(frozen=True)
class Notice:
    agency: str | None
    issuer: str | None
    region: str | None
    province: str | None
    prefecture: str | None
    inspection_team: str | None
    inspection_start: str | None
    inspection_end: str | None
    feedback_date: str | None
    published: str | None
    signed: str | None
    title: str | None
    claimed: Claimed
    items: tuple[Item, ...]
    group_count: int | None
    aspect_count: int
    warnings: tuple[NoticeWarning, ...] = field(default=())

    @property
    def item_count(self) -> int:
        return len(self.items)

    def status_counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for item in self.items:
            counts[item.status] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of `rectibot parse --json` (gold keys plus measures, evidence, warnings)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}  # shallow: asdict deep-copies
        data["claimed"] = self.claimed.to_dict()
        data["item_count"] = self.item_count
        data["items"] = [item.to_dict() for item in self.items]
        data["warnings"] = [w.to_dict() for w in self.warnings]
        return data
