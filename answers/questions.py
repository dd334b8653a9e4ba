"""What a chat question asks: its slots (names, item reference, topic, status, time) and, from them, its intent.

`read_question(raw, directory)` is pure: the directory of stored names is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .intents import Evidence, choose, cue_scores, score
from .resolve import Directory, Resolution, resolve
from .slots import MAX_QUESTION, ItemRef, clean, read_ref, read_since, read_status, read_topic

__all__ = ["MAX_QUESTION", "Question", "read_question"]

# A question that only continues the previous one: 还有吗 / more = the next page of the same list.
_MORE = re.compile(r"^(?:还有吗|还有呢|还有没有|还有么|更多|下一页|继续|接着|然后呢"
                   r"|more|next|next page|show more|any more)[\s?？。.!！]*$", re.I)  # fmt: skip
# Words that open or close a follow-up: 那青神呢? / and Xupu? / what about item 12?
_FOLLOW = re.compile(r"^(?:那么|那个|那|还有|另外|再看看|再问|刚才那个|and|what about|how about)|呢[\s?？]*$", re.I)
# Words that ask about every agency: a follow-up with these does not borrow the previous agency.
_STORE_WIDE = re.compile(r"哪些单位|哪家|哪几家|谁|所有|全部|各单位|which agencies|\bwho\b|\ball\b|\banywhere\b", re.I)
_PROBLEM_WORDS = re.compile(r"问题|不规范|不到位|不严|不力|不够|不高|不好|违规|毛病|issue|problem", re.I)
_COUNTING = re.compile(r"多少|几个|几项|how many|count|number of", re.I)


@dataclass(frozen=True)
class Question:
    text: str  # what was read: simplified, NFKC, markup dropped, at most MAX_QUESTION characters
    lang: str  # zh | en
    intent: str
    res: Resolution = field(default_factory=Resolution)
    ref: ItemRef | None = None
    topic: tuple[str, ...] = ()
    status: str | None = None
    since: str | None = None
    truncated: bool = False
    more: bool = False  # 还有吗: the next page of the previous list
    follow: bool = False  # worded as a follow-up (那…呢, and …?)
    cued: bool = False  # its own words point to an intent (not only its slots)
    store_wide: bool = False  # asks about every agency (哪些单位, who)

    @property
    def number(self) -> str | None:
        return self.ref.text if self.ref else None


def read_question(raw: str, directory: Directory, *, this_year: int = 2026) -> Question:
    """Read a chat question (Chinese, English, pinyin or mixed) into its slots and intent."""
    c = clean(raw)
    text = c.text
    res = resolve(text, directory)
    ref = read_ref(text)
    removed = (*res.spans, ref.span if ref else "")
    found = read_topic(text, removed)
    topic = found.terms
    status = read_status(text)
    # A leftover word is a topic only when the question speaks of a problem (今天天气怎么样 is not one).
    is_topic = found.known or (bool(topic) and bool(_PROBLEM_WORDS.search(text)))
    since = read_since(text, this_year)
    counting = bool(_COUNTING.search(text))
    ev = Evidence(named=res.named, ref=ref, topic=is_topic, status=status, counting=counting, dated=since is not None)
    masked = _mask(text, res.spans, ref)
    scores = score(text, ev, masked)
    intent = choose(scores)
    return Question(
        text=text, lang=c.lang, intent=intent, res=res, ref=ref, topic=topic, status=status,
        since=since, truncated=c.truncated, more=bool(_MORE.match(text)),
        follow=bool(_FOLLOW.search(text)), cued=max(cue_scores(text).values()) >= 1.5,
        store_wide=bool(_STORE_WIDE.search(text)),
    )  # fmt: skip


def _mask(text: str, spans: tuple[str, ...], ref: ItemRef | None) -> str:
    """The question as the classifier's examples write it: 〈A〉 for names, 〈N〉 for the number."""
    masked = text.lower()
    for span in sorted((s for s in spans if s), key=len, reverse=True):
        masked = masked.replace(span.lower(), "〈A〉")
    if ref and ref.number is not None:
        masked = masked.replace(ref.span.lower(), ref.span.lower().replace(str(ref.number), "〈N〉"))
    return masked
