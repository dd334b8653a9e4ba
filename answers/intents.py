"""Choose what a question asks for by score: cue words, the slots it names, and a character n-gram classifier.

Cue words and example questions live in answers/data/intents.toml. Nothing here depends on the
order of rules: every intent gets a score and the highest wins; too little evidence is `help`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .names import latin_key
from .slots import ItemRef, _has, data

INTENTS = (
    "open_items", "item_status", "topic_search", "summary", "claims_check", "changes", "latest",
    "list_agencies", "help",
)  # fmt: skip
MIN_SCORE = 1.0  # below this nothing points anywhere: the help text
CLASSIFIER_WEIGHT = 1.0  # how much the n-gram classifier's vote counts next to one strong cue (3)


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
    dated: bool = False  # 2025年以来 / this year: a time bound, which only the notices' list takes


def cue_scores(text: str) -> dict[str, float]:
    """Each intent's total of the cue words in the question (also typed in pinyin: mei zheng gai wan)."""
    scores = dict.fromkeys(INTENTS, 0.0)
    lowered, sound = text.lower(), _pinyin_text(text)
    for intent in INTENTS:
        for cue, weight in data("intents")[intent]["cues"].items():
            if _has(lowered, cue) or (sound and len(cue) >= 3 and _cue_sound(cue) in sound):
                scores[intent] += float(weight)
    return scores


def score(text: str, ev: Evidence, masked: str) -> dict[str, float]:
    """Each intent's score for a question (masked = names and numbers replaced, for the classifier)."""
    scores = cue_scores(text)
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
            scores["item_status"] += 2.0  # a topic inside one agency: its items
    if ev.claimed:
        scores["claims_check"] += 6
    if ev.dated:
        scores["latest"] += 2.5
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
    from .names import readings

    if not re.search(r"[\u4e00-\u9fff]", cue):
        return "\0"  # English cues are matched as words, never by sound
    return min(readings(cue, tones=False))


# ---- a small multinomial naive Bayes over character n-grams -----------------------------------


def _grams(text: str) -> list[str]:
    t = re.sub(r"\s+", " ", text.lower())
    return [t[i : i + n] for n in (1, 2, 3) for i in range(len(t) - n + 1) if t[i : i + n].strip()]


@cache
def _model() -> tuple[dict[str, Counter[str]], dict[str, int], int]:
    counts: dict[str, Counter[str]] = {}
    for intent in INTENTS:
        counts[intent] = Counter(g for ex in data("intents")[intent]["examples"] for g in _grams(ex))
    vocab = len({g for c in counts.values() for g in c})
    return counts, {i: sum(c.values()) for i, c in counts.items()}, vocab


def classify(masked: str) -> dict[str, float]:
    """P(intent | question) from the example questions' character n-grams (uniform prior)."""
    counts, totals, vocab = _model()
    grams = _grams(masked)[:400]
    if not grams:
        return {}
    logp = {i: sum(math.log((counts[i][g] + 0.1) / (totals[i] + 0.1 * vocab)) for g in grams) for i in INTENTS}
    top = max(logp.values())
    exp = {i: math.exp((v - top) / max(1, len(grams)) * 4) for i, v in logp.items()}  # tempered: a nudge
    z = sum(exp.values())
    return {i: v / z for i, v in exp.items()}
