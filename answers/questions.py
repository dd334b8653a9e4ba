"""What a chat question asks: its slots (names, item reference, topic, status, time) and, from them, its intent.

`read_question(raw, directory)` is pure: the directory of stored names is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .intents import Evidence, choose, cue_scores, score
from .resolve import Directory, Resolution, resolve
from .slots import (
    MAX_QUESTION,
    ItemRef,
    PlaceKind,
    Topic,
    _has,
    clean,
    data,
    read_event,
    read_oldest,
    read_place_kind,
    read_ref,
    read_since,
    read_status,
    read_topic,
    read_until,
    read_year,
    ref_after_name,
    refuses_done,
    time_words,
)

# The store's words: which two-character words of some text its notices use, and in how many items.
Vocabulary = Callable[[Sequence[str]], dict[str, int]]
MIN_COVERED = 0.3  # share of a leftover's characters the notices' words must cover for it to be a topic

__all__ = ["MAX_QUESTION", "Question", "read_question"]

# A question that only continues the previous one: 还有吗 / more = the next page of the same list.
_MORE = re.compile(r"^(?:还有吗|还有呢|还有没有|还有么|更多|下一页|继续|接着|然后呢|还有别的吗|还有其他的?吗"
                   r"|其他的?呢|别的呢|剩下的呢|后面的呢|再来点|more|next|next page|show more|any more"
                   r"|anything else|the rest|and the rest)[\s?？。.!！]*$", re.I)  # fmt: skip
# Words that open or close a follow-up: 那青神呢? / and Xupu? / what about item 12?
_FOLLOW = re.compile(r"^(?:那么|那个|那|还有|另外|再看看|再问|刚才那个|and|what about|how about)|呢[\s?？]*$", re.I)
# A number alone in a follow-up (what about 17? / 那17呢 / and 5?) is the next item asked about.
_BARE_NUMBER = re.compile(r"^(?:那么|那|还有|and|what about|how about)?\s*(\d{1,3})\s*(呢)?[\s?？。.]*$", re.I)
# Words that ask about every agency: a follow-up with these does not borrow the previous agency (谁巡察的, who
# is responsible, asks about the notice of the one just asked about).
_STORE_WIDE = re.compile(
    r"哪些单位|哪个单位|哪家|哪几家|谁(?!巡|负责|牵头|签发|发的)|所有|全部|各单位"
    r"|which agencies|which units?|which departments?|\bwho\b(?! (?:is responsible|inspected|is in charge))|\ball\b"
    r"|\banywhere\b",
    re.I,
)
# A figure the notice is said to state (溆浦通报说34个, 朔州说完成32个): the question checks its claims.
_CLAIMED = re.compile(
    r"(?:说|称|报了?|写了?|claims?|says?|figures? of|counts? of|stated|reports?|reported)"
    r"\s*(?:完成了?|整改了?|completed|done)?\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|项|条|problems|items)",
    re.I,
)
# Topic words joined by a conjunction (公车和差旅费, cars or travel) ask for either, not for the items holding both.
_JOINED = re.compile(r"和|与|及|或|、|以及|\band\b|\bor\b|/", re.I)


def _asks_which_too(text: str) -> bool:
    """Whether a question also asks which ones (分别是什么, 都是哪些, which ones), after its count."""
    lowered = text.lower()
    return any(w in lowered for w in data("intents")["fragments"]["which"] if len(w) >= 3)


# 哪几个 / 哪几项 ask which, not how many; a share (比例, 占比, percent) is a count too.
_COUNTING = re.compile(
    r"多少|(?<!哪)几[个项条]|how many|count|number of|比例|占比|百分之|百分比|percent|proportion", re.I
)


# A share (百分之几, 占比, percent): a count of a part against the whole.
_SHARE = re.compile(r"百分之|百分比|占比|比例|几成|percent|percentage|proportion", re.I)


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
    until: str | None = None  # notices dated before this day (2024年之前)
    truncated: bool = False
    more: bool = False  # 还有吗: the next page of the previous list
    follow: bool = False  # worded as a follow-up (那…呢, and …?)
    cued: bool = False  # its own words point to an intent (not only its slots)
    cue_intent: str | None = None  # the intent its own words point to most, if they do
    store_wide: bool = False  # asks about every agency (哪些单位, who)
    words: dict[str, int] = field(default_factory=dict)  # the topic's words the notices use (retrieval)
    known_topic: bool = False  # the topic came from the synonym table (searched as written)
    is_topic: bool = False  # the question names a topic of its own
    concepts: tuple[tuple[str, ...], ...] = ()  # the notice words of each everyday topic word it names
    fragment: frozenset[str] = frozenset()  # details | count | correction | compare | anaphora | pronoun
    shown: tuple[tuple[str, int], ...] = ()  # (agency, seq) of items a follow-up asks about again
    place_kind: PlaceKind | None = None  # 都有哪些县的 / 哪些区还有没整改完的: the agencies of a kind of place
    excepted: ItemRef | None = None  # 除了第33项: an item the answer leaves out
    absent: bool = False  # 哪些单位没有公车问题: the agencies whose notices hold nothing on the topic
    dated_by: str | None = None  # the notice date the time bound is about: feedback | inspection (None: its own)
    oldest: bool = False  # 最早的那份通报: the earliest notices first

    @property
    def number(self) -> str | None:
        return self.ref.text if self.ref else None


def _bare_number_follow(text: str) -> ItemRef | None:
    """The item of a follow-up that is only a number with a follow-up word (what about 17?, 17呢)."""
    m = _BARE_NUMBER.match(text.strip())
    if m is None or not (_FOLLOW.search(text) or m.group(2)) or not 0 < int(m.group(1)) < 1000:
        return None
    return ItemRef(int(m.group(1)), "label", m.group(1))


def read_question(
    raw: str, directory: Directory, *, this_year: int = 2026, vocabulary: Vocabulary | None = None
) -> Question:
    """Read a chat question (Chinese, English, pinyin or mixed) into its slots and intent.

    `vocabulary` (the store's) says which leftover words the notices use: only those make a topic.
    """
    c = clean(raw)
    res = resolve(c.text, directory)  # a name said in the preamble (我是朔州本地人，…他们还剩多少) still names
    text = without_preamble(c.text)
    ref = read_ref(text) or ref_after_name(text, res.spans) or _bare_number_follow(text)
    excepted = ref if ref is not None and _excepts(text, ref) else None  # 除了第33项还有没完成的吗: not asked about
    ref = None if excepted else ref
    year = read_year(text, this_year)  # 2023年的通报: since its first day, until the next year's
    since = read_since(text, this_year) or (year[0] if year else None)
    # a year with since / after (2023年以后反馈的) bounds only the start; alone (2024年被巡察的), the whole year
    until = read_until(text) or (year[1] if year and not read_since(text, this_year) else None)
    dated_by, event_words = read_event(text) if since or until else (None, ())  # 2023年以后反馈的: the feedback's date
    removed = (*res.spans, ref.span if ref else "", excepted.span if excepted else "", *time_words(text))
    removed += event_words  # 2023年发布的: a time, not a topic
    removed += tuple(k for k in directory.kinds if k in text)  # 浙江的科技局: a kind of agency, never a topic
    # 都有哪些县的: agencies of a kind of place; 县级的科技局: that kind among the agencies a bare kind of agency names
    kind_said = read_place_kind(text)  # 安徽的那个县级市科技局: a level, never a topic, even beside a name
    place_kind = kind_said if not res.agencies else None
    removed += (kind_said.span,) if kind_said else ()
    found = read_topic(text, removed)
    topic = found.terms
    status = read_status(text)
    # A leftover is a topic only when the notices' own words make up most of it (今天天气 is none).
    words, known = _topic_words(found, vocabulary)
    is_topic = known or found.synonym or _covered(topic, words) >= MIN_COVERED
    # 还有几个没完成，分别是什么: a count asked with the list (the fragments' which-words) is the list, its length said
    listed = _asks_which_too(text)
    counting = bool(_COUNTING.search(text)) and not listed
    share = bool(_SHARE.search(text))
    # 朔州混岗问题的截止日期: the deadline of the one agency's item that topic names, not the list of what is due
    of_item = status == "deadline" and is_topic and ref is None and len(res.agencies) == 1
    ev = Evidence(
        named=res.named,
        single=len(res.agencies) == 1,
        claimed=bool(_CLAIMED.search(text)),
        ref=ref,
        topic=is_topic,
        status=None if of_item else status,
        counting=counting,
        share=share,
        dated=since is not None or until is not None,
        kind=place_kind is not None,
        listed=listed,
    )
    masked = _mask(text, res.spans, ref or excepted)
    cues = cue_scores(without_closer(without_opener(text)))
    scores = score(text, ev, masked, cues)
    intent = choose(scores)
    return Question(
        text=c.text, lang=c.lang, intent=intent, res=res, ref=ref, topic=topic, status=status,
        since=since, until=until, truncated=c.truncated, more=bool(_MORE.match(text)),
        follow=bool(_FOLLOW.search(text)), cued=max(cues.values()) >= 1.5,
        cue_intent=max(cues, key=lambda i: cues[i]) if max(cues.values()) >= 1.5 else None,
        store_wide=bool(_STORE_WIDE.search(text)), words=words if is_topic else {}, known_topic=known,
        is_topic=is_topic, concepts=found.concepts if known and not _JOINED.search(text) else (),
        fragment=_fragments(text, res.spans, excepted), place_kind=place_kind, excepted=excepted,
        absent=is_topic and not res.named and _ABSENT.search(text) is not None, dated_by=dated_by,
        oldest=read_oldest(text),
    )  # fmt: skip


# Which agencies have no such problem (哪些单位没有公车问题, which agencies don't have travel issues): a negation
# right before the topic, never one of the verbs of rectifying (哪些单位没有整改完, 谁没改公车问题 ask for open items).
_ABSENT = re.compile(
    r"(?:哪些单位|哪个单位|哪些部门|哪家|哪几家|谁家?)[^，,。？?！!；;]{0,4}?(?:没有|没|不存在|不涉及|无)"
    r"(?!整改|改|完成|落实|到位|办|解决|销号|标|写|说|彻底|有|弄|做|处理)"
    r"|\b(?:which|what)\b[^?,.;]{0,20}?\b(?:don't|do not|didn't|did not|doesn't|does not)\s+(?:have|has)\b"
    r"|\b(?:free of|have no|has no|had no)\b",
    re.I,
)


# The words that leave out what follows them (除了第33项, 不算问题2, except item 5): an item left out of the answer.
_EXCEPT_BEFORE = re.compile(
    r"(?:除了|除去|除开|不算|不包括|不含|排除|刨去|刨除|except(?: for)?|besides|apart from|other than|excluding"
    r"|not counting)\s*(?:那个|这个|the)?\s*$",
    re.I,
)


def _excepts(text: str, ref: ItemRef) -> bool:
    """Whether the item reference is what an except-word leaves out (朔州除了第33项还有没完成的吗)."""
    at = text.find(ref.span) if ref.span else -1
    return at > 0 and _EXCEPT_BEFORE.search(text[:at]) is not None


def _fragments(text: str, spans: tuple[str, ...], excepted: ItemRef | None) -> frozenset[str]:
    """The fragment kinds of a question; an except-word that leaves out an item is no other agencies' (others)."""
    kinds = fragment_kinds(text) | fragment_kinds(_without(text, spans))
    # 除了第33项 / 除了已完成的: an item or a status left out, never the other agencies
    return kinds - {"others"} if excepted or refuses_done(text) else kinds


_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+[，,。；;！!？?\n]*")


def without_preamble(text: str) -> str:
    """A question without the clauses before it that say who asks and why (我是一名记者，最近在做…的报道，想请问…;
    I'm a journalist writing about…, what is…): context, not the question. Only leading clauses that open with a
    word of answers/data/intents.toml [preambles], or greet, and never the last."""
    table = data("intents")
    openers = tuple(w.lower() for w in table["preambles"]["openers"])
    unless = tuple(w.lower() for w in table["preambles"]["not"])
    greetings = {w.lower() for w in table["help"]["greetings"]}
    clauses = _CLAUSE.findall(text)
    kept = 0
    while kept < len(clauses) - 1:
        clause = clauses[kept].strip().lower()
        bare = clause.rstrip("，,。；;！!？? \n")
        if not ((clause.startswith(openers) and not clause.startswith(unless)) or bare in greetings):
            break
        kept += 1
    return "".join(clauses[kept:]).strip() if kept else text


_OPENER_END = re.compile(r"^[\s,，.。!！~、:：;；]*")
MIN_AFTER_OPENER = 4  # characters a greeting must be followed by to be only an opener (你好呀 is a greeting)


def without_opener(text: str) -> str:
    """A question without the greeting that opens it (您好，想咨询一下…; hi, what is …): politeness, not the
    question. A greeting with little after it (你好呀, hello bot) stays whole."""
    lowered = text.lower()
    for word in sorted(data("intents")["help"]["greetings"], key=len, reverse=True):
        if lowered.startswith(word) and not (word.isascii() and lowered[len(word) : len(word) + 1].isalpha()):
            rest = _OPENER_END.sub("", text[len(word) :])
            return rest if len(rest) >= MIN_AFTER_OPENER else text
    return text


def without_closer(text: str) -> str:
    """A question without the thanks that closes it (…还有哪些没干完，谢谢; …, thanks!): politeness, not small
    talk. A thank-you with little before it (好的谢谢) stays whole."""
    lowered = text.lower().rstrip(" \t\n!！.。~～?？")
    for word in sorted(data("intents")["help"]["closers"], key=len, reverse=True):
        if lowered.endswith(word) and not (word.isascii() and lowered[-len(word) - 1 : -len(word)].isalpha()):
            rest = _CLOSER_START.sub("", text[: len(lowered) - len(word)])
            return rest if len(rest) >= MIN_AFTER_OPENER else text
    return text


_CLOSER_START = re.compile(r"[\s,，.。!！~、:：;；]*$")


def problem_topic(title: str, vocabulary: Vocabulary | None) -> Question:
    """A question about an item's problem, read from its title (溆浦也有这个问题吗: that title's topic, searched)."""
    found = read_topic(title)
    # a title holding a word of the synonym table is searched by that word: the rest of a title (管理制度执行不严)
    # is how it went wrong there, not what another agency's problem must share
    words, known = ({}, True) if found.synonym else _topic_words(found, vocabulary)
    return Question(
        text=title, lang="zh", intent="topic_search", topic=found.terms, words=words, known_topic=known,
        is_topic=bool(found.terms), concepts=found.concepts if known else (),
    )  # fmt: skip


def _topic_words(found: Topic, vocabulary: Vocabulary | None) -> tuple[dict[str, int], bool]:
    """The words to rank items by, and whether the topic is searched as the synonym table writes it.

    A synonym with more words beside it that the notices use (党支部 + 选举) is ranked by all of them.
    """
    if vocabulary is None or not found.pieces:
        return {}, found.known
    if not found.synonym:
        return vocabulary(found.pieces), False
    if _covered(found.rest, vocabulary(found.pieces)) >= MIN_COVERED:
        return vocabulary((*found.terms, *found.pieces)), False
    return {}, True


_WHICH_OF = re.compile(r"哪几(?=[个项条家])")


def fragment_kinds(text: str) -> frozenset[str]:
    """Which kinds of fragment words a question holds (answers/data/intents.toml [fragments])."""
    lowered = _WHICH_OF.sub("哪些", text.lower())  # 哪几个 asks which: never the count fragment 几个
    table: dict[str, list[str]] = data("intents")["fragments"]
    return frozenset(kind for kind, words in table.items() if any(_has(lowered, w) for w in words))


def _without(text: str, spans: tuple[str, ...]) -> str:
    """The question without the names it typed: a fragment's words may enclose a name (这个朔州有没有)."""
    for span in sorted((s for s in spans if s), key=len, reverse=True):
        text = re.sub(re.escape(span), "", text, flags=re.I)
    return text


def _covered(pieces: tuple[str, ...], words: dict[str, int]) -> float:
    """The share of the pieces' characters that lie inside one of the notices' words."""
    total = sum(len(p) for p in pieces)
    covered = 0
    for piece in pieces:
        hit = [False] * len(piece)
        for k in range(len(piece) - 1):
            if piece[k : k + 2] in words:
                hit[k] = hit[k + 1] = True
        covered += sum(hit)
    return covered / total if total else 0.0


def _mask(text: str, spans: tuple[str, ...], ref: ItemRef | None) -> str:
    """The question as the classifier's examples write it: 〈A〉 for names, 〈N〉 for the number."""
    masked = text.lower()
    for span in sorted((s for s in spans if s), key=len, reverse=True):
        masked = masked.replace(span.lower(), "〈A〉")
    if ref and ref.number is not None:
        masked = masked.replace(ref.span.lower(), ref.span.lower().replace(str(ref.number), "〈N〉"))
    return masked
