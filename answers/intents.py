"""Choose what a question asks for by score: cue words, the slots it names, and the nearest example questions.

Cue words and example questions live in answers/data/intents.toml. Nothing here depends on the
order of rules: every intent gets a score and the highest wins; too little evidence is `help`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from .names import latin_key
from .slots import ItemRef, _has, data

INTENTS = (
    "open_items", "item_status", "topic_search", "summary", "claims_check", "changes", "latest",
    "list_agencies", "help",
)  # fmt: skip
MIN_SCORE = 1.0  # below this nothing points anywhere: the help text
CLASSIFIER_WEIGHT = 3.0  # a near-identical example question counts as much as one strong cue (3)


@dataclass(frozen=True)
class Evidence:
    """What the slots found, as far as choosing an intent needs."""

    named: bool = False  # an agency or place is named
    single: bool = False  # it names exactly one stored agency
    claimed: bool = False  # it quotes a figure the notice states (通报说34个): a check of the claims
    ref: ItemRef | None = None
    topic: bool = False
    status: str | None = None
    counting: bool = False  # 多少 / how many: a count, even of a status
    share: bool = False  # 百分之几 / 占比 / percent: a share, counted however its verbs lean (没完成的占百分之几)
    dated: bool = False  # 2025年以来 / this year: a time bound, which only the notices' list takes
    kind: bool = (
        False  # a kind of place and no name (都有哪些县的): a list of that kind's agencies, unless more is asked
    )
    listed: bool = False  # it asks which ones beside a count (还有几个没完成，分别是什么): the list, its length said


def cue_scores(text: str) -> dict[str, float]:
    """Each intent's total of the cue words in the question (also typed in pinyin: mei zheng gai wan)."""
    scores = dict.fromkeys(INTENTS, 0.0)
    lowered, sound = _WHICH.sub("哪些", text.lower()), _pinyin_text(text)
    asked = _YES_NO.sub("有无", lowered)  # what a negating cue (没有整改) is looked for in
    for intent in INTENTS:
        for cue, weight in data("intents")[intent]["cues"].items():
            where = asked if cue.startswith("没") else lowered
            if _has(where, cue) or (sound and len(cue) >= 3 and _cue_sound(cue) in sound):
                scores[intent] += float(weight)
    return scores


# 哪几项 / 哪几个 ask which items (哪些), not how many: the count cues 几项 / 几个 stay out of them.
_WHICH = re.compile(r"哪几(?=[个项条])")
# 有没有 asks whether there is (有没有整改通报): its 没有 never negates what follows (没有整改 = not rectified).
_YES_NO = re.compile(r"有没有(?!没)")


def score(text: str, ev: Evidence, masked: str, cues: dict[str, float] | None = None) -> dict[str, float]:
    """Each intent's score for a question (masked = names and numbers replaced, for the classifier;
    `cues` = its cue_scores, when already known)."""
    scores = dict(cues) if cues is not None else cue_scores(text)
    for intent, p in classify(masked).items():
        scores[intent] += CLASSIFIER_WEIGHT * p
    _add_slot_evidence(scores, ev)
    return scores


def _add_slot_evidence(scores: dict[str, float], ev: Evidence) -> None:
    """Slots say more than words: an item reference asks about one item, a status filter for a list."""
    if ev.ref is not None:
        scores["item_status"] += 5
    if ev.status:
        scores["summary" if ev.counting else "open_items"] += 4
    if ev.topic:
        scores["topic_search"] += 1.5
        scores["list_agencies"] -= 3  # 哪些单位公车管理有问题 names a topic: not the list of agencies
        if ev.single:
            scores["item_status"] += 1.4  # a topic inside one agency: its items
        if not ev.named and not ev.status and ev.ref is None:
            # No agency named: a lone negative word beside the topic (三会一课没落实的, 往来款长期挂账) is the
            # problem's own wording, not a request for every agency's open items.
            scores["open_items"] -= 2
    elif ev.named and ev.ref is None and not ev.status:
        scores["topic_search"] -= 2  # 朔州有哪些问题: an agency named and no topic to search in it, its problems
    if ev.share:
        scores["summary"] += 4  # 还没完成的占百分之多少: the share, never the list it is a share of
    if ev.claimed:
        scores["claims_check"] += 6
    if ev.dated:
        scores["latest"] += 2.5 if ev.topic else 3.5  # a time bound and no topic (2023年以后反馈的有哪几家): notices
        if not ev.topic:
            scores["topic_search"] -= 2  # 2024年被巡察的单位都有谁: which agencies by a date, no topic to search
        scores["list_agencies"] -= 2  # notices from 2023: a time bounds notices, never the list of agencies
    if ev.kind:
        scores["list_agencies"] += 2  # 都有哪些县的: which agencies; a status or topic beside it outweighs this
    if ev.listed and scores["open_items"] > 0 and ev.ref is None and not ev.topic:
        scores["open_items"] += 2.5  # 各还剩几个，都是哪些: the open list answers the count and the which
    if ev.named:
        scores["summary"] += 0.8  # a bare name asks how it is doing
    else:
        scores["item_status"] -= 2  # no agency: an item number means nothing


def choose(scores: dict[str, float]) -> str:
    """The intent with the highest score, or help when nothing points anywhere."""
    best = max(INTENTS, key=lambda i: scores[i])
    return best if scores[best] >= MIN_SCORE else "help"


_PINYIN_WORDS = re.compile(r"[a-z0-9]+")


def _pinyin_text(text: str) -> str:
    """A question typed in pinyin, joined (hai you na xie -> haiyounaxie); '' for other questions."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return ""
    return "".join(latin_key(w) for w in _PINYIN_WORDS.findall(text.lower()))


@cache
def _cue_sound(cue: str) -> str:
    """How a cue is said: each character's everyday reading in its phrase (没做完 → meizuowan, not a rare
    reading of 完), the way a question typed in pinyin spells it."""
    if not re.search(r"[\u4e00-\u9fff]", cue):
        return "\0"  # English cues are matched as words, never by sound
    from pypinyin import lazy_pinyin  # imported only for a question typed in pinyin

    return "".join(lazy_pinyin(cue)).lower()


# ---- the nearest example questions ------------------------------------------------------------

NEAREST_CUTOFF = 62.0  # similarity (0-100) below which an example says nothing about a question
NEAREST_K = 3  # examples consulted


@cache
def _examples() -> tuple[list[str], list[str]]:
    """Every example question of answers/data/intents.toml (lower case) and its intent."""
    texts: list[str] = []
    labels: list[str] = []
    for intent in INTENTS:
        for example in data("intents")[intent]["examples"]:
            texts.append(example.lower())
            labels.append(intent)
    return texts, labels


def classify(masked: str) -> dict[str, float]:
    """Each intent's vote, 0-1, from the example questions nearest the masked question.

    rapidfuzz's ratio over characters (names and numbers masked as in the examples): an example
    worded almost like the question votes near 1, one below NEAREST_CUTOFF not at all. Token
    scorers split on spaces, which unspaced Chinese lacks.
    """
    texts, labels = _examples()
    query = re.sub(r"\s+", " ", masked.lower()).strip()[:200]
    if not query:
        return {}
    votes: dict[str, float] = {}
    found = process.extract(query, texts, scorer=fuzz.ratio, limit=NEAREST_K, score_cutoff=NEAREST_CUTOFF)
    for _text, similarity, index in found:
        vote = (similarity - NEAREST_CUTOFF) / (100 - NEAREST_CUTOFF)
        votes[labels[index]] = max(votes.get(labels[index], 0.0), vote)
    return votes
