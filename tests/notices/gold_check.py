"""Compare a parsed notice with its gold annotation, field by field, and say what differs."""

from __future__ import annotations

from notices import Notice
from tests.conftest import norm

HEADER = [
    "agency",
    "issuer",
    "region",
    "province",
    "prefecture",
    "inspection_team",
    "inspection_start",
    "inspection_end",
    "feedback_date",
    "published",
    "signed",
    "item_count",
    "group_count",
]
CLAIMED = ["aspects", "problem_groups", "problems", "completed", "in_progress"]
ITEM = ["label", "title", "aspect", "group", "status", "status_source"]


def differences(notice: Notice, gold: dict) -> list[str]:
    got = notice.to_dict()
    diffs = [f"{k}: want {gold[k]!r} got {got[k]!r}" for k in HEADER if norm(got[k]) != norm(gold[k])]
    diffs += [
        f"claimed.{k}: want {gold['claimed'][k]!r} got {got['claimed'][k]!r}"
        for k in CLAIMED
        if got["claimed"][k] != gold["claimed"][k]
    ]
    if len(got["items"]) != len(gold["items"]):
        return [*diffs, f"items: want {len(gold['items'])} got {len(got['items'])}"]
    for want, have in zip(gold["items"], got["items"], strict=True):
        for k in ITEM:
            if norm(have[k]) != norm(want[k]):
                diffs.append(f"item {want['seq']} {k}: want {want[k]!r} got {have[k]!r}")
        if want["pending"] is not None and have["pending"] != want["pending"]:
            diffs.append(f"item {want['seq']} pending: want {want['pending']} got {have['pending']}")
    return diffs
