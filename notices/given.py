"""Statuses a notice gives its problems from outside them: a closing list by number (第1、2个问题已整改销账), an area's
lead or closing sentence by number (本方面4个问题中，第1、2个问题已完成整改…), and the notice's own counts where they
leave one reading (已完成整改4个，持续推进2个). parse_notice asks these once the problems are read, for those that
state none themselves (issue 19 point 4: status forms wherever the notice puts them).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .header import read_claims
from .lexicon import (
    BACK_WORDS,
    CLOSING_REST_WORDS,
    CN_DIGITS,
    EXCEPT_OPENERS,
    PROSE_DONE_RE,
    STATUS_ONLY_RE,
    WHOLE_DONE_RE,
    holds_any,
)
from .model import Claimed, Item, Status
from .numbering import number_of
from .status import (
    LONGTERM_TAIL_RE,
    OTHERS,
    classify_status,
    given_status,
    lead_status,
    numbered_statuses,
    pending_evidence,
)
from .status.sections import status_suffix
from .structure import Node, Section

DONE: tuple[Status, ...] = ("done", "done_longterm")  # the statuses a count of completed problems counts


def closing_line(node: Node) -> str | None:
    """The last line printed under a node: its last descendant's last line of text."""
    while node.children:
        node = node.children[-1]
    return node.body[-1] if node.body else None


def framed_whole_done(items: tuple[Item, ...], framing: list[str]) -> tuple[Item, ...]:
    """Problems stating no status that the notice's framing text declares all done (截至目前,已全部完成整改 in the
    part on how the work was organised: a district 民政局's notice, round 70): done, from that statement.

    Only a sentence that is wholly the statement counts (WHOLE_DONE_RE); a problem stating its own status keeps it."""
    if not any(i.status == "unstated" for i in items):
        return items  # the cheap precheck: every problem states its status
    if not any(WHOLE_DONE_RE.match(s.strip()) for ln in framing if "全部" in ln for s in re.split(r"[。；;！!]", ln)):
        return items
    return tuple(replace(i, status="done", status_source="section") if i.status == "unstated" else i for i in items)


def kept_up_closings(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Problems stating no status whose text closes on a clause of keeping-up alone (…每学期评议一次，一直坚持。 /
    …按月推送学习内容，常态化开展。), in a notice whose other problems each close on their own status clause: there the
    clause is the secretary's status for that problem, done and kept up (a primary school's and a private firm's
    党支部, round 130), as the status words beside it are theirs. In a list of tasks stating no status (L04) the same
    clause is a routine the measures keep up: most problems state none, so it is not read."""
    open_ = [i for i in items if i.status == "unstated"]
    stated = sum(1 for i in items if i.status_source == "item")
    if not open_ or stated < _KEPT_UP_SIBLINGS or 2 * stated < len(items):
        return items
    return tuple(
        replace(i, status="done_longterm", status_source="item") if i.status == "unstated" and _closes_kept_up(i) else i
        for i in items
    )


_KEPT_UP_SIBLINGS = 3


def _closes_kept_up(item: Item) -> bool:
    body = item.measures.rstrip("。.；; \n")
    clause = re.split(r"[，,。；;\n]", body)[-1].strip()
    return body != clause and LONGTERM_TAIL_RE.fullmatch(clause) is not None


def numbered_closing_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses a closing list gives problems by number (第1、2、4个问题已整改销账), set on problems stating none.

    The numbers are the notice's own only where its problems are numbered 1…N through the notice. A problem that
    states its own status keeps it (（6）…正在按程序推进 above 第（3）（6）项问题正在持续整改: a provincial group's
    closing list, round 29); a list contradicting one is no list of these problems' statuses.
    """
    if not items or all(i.status != "unstated" for i in items):
        return items
    numbers = [label_number(i.label) or _number_in_words(i.label) for i in items]
    if numbers != list(range(1, len(items) + 1)):
        return _printed_number_statuses(items, numbers, context)
    given = numbered_statuses(context)
    rest = given.pop(OTHERS, None)
    beyond = [n for n in given if n > len(items)]
    if not given or (beyond and not _slipped(beyond, given, len(items))):
        return items  # the rest of nothing named, or a list naming problems this notice does not list
    for n in beyond:  # a slip of the pen names no problem of the list: the reader can know nothing of it
        del given[n]
    if rest is not None:  # 第3个问题正在推进，其余问题已完成整改: the rest take the status said of them
        given = {i.seq: given.get(i.seq, rest) for i in items}
    # a problem the list names without a status (除问题四外，其余…: excepted from the rest) keeps what it states
    if any(i.status != "unstated" and given.get(i.seq, "unstated") not in ("unstated", i.status) for i in items):
        return items
    return tuple(
        replace(i, status=s, status_source="item")
        if i.status == "unstated" and (s := given_status(given, i.seq)) is not None
        else i
        for i in items
    )


def _printed_number_statuses(items: tuple[Item, ...], numbers: list[int | None], context: str) -> tuple[Item, ...]:
    """Statuses a closing list gives problems by the numbers PRINTED on them where those skip one (1.…4. then 6.…11.:
    a workshop 党支部's secretary skipped 5, then closed 第1、2、4、7、9、10项已完成，第3、6、11项正在整改中, round
    130): the writer counts by what he printed, so the list is theirs only where every number it names is one printed,
    it names every problem (no rest word to stand for those it leaves out), and no printed number repeats (a repeated
    one would leave the list's number two problems)."""
    if ("第" not in context and "问题" not in context) or None in numbers or len(set(numbers)) != len(numbers):
        return items  # the cheap precheck: such a list names numbers with 第 or 问题; each number printed once
    given = numbered_statuses(context)
    if OTHERS in given or set(given) != set(numbers) or "unstated" in given.values():
        return items
    if any(i.status != "unstated" and i.status != given[n] for i, n in zip(items, numbers, strict=True) if n):
        return items  # a problem stating its own status against the list: no list of these problems' statuses
    return tuple(
        replace(i, status=given[n], status_source="item") if i.status == "unstated" and n else i
        for i, n in zip(items, numbers, strict=True)
    )


def _slipped(beyond: list[int], given: dict[int, Status], count: int) -> bool:
    """Whether the one number a closing list names past the problems is a slip in a list that is theirs: every other
    number it names is a problem's, and they are most of the problems (尚未完成的问题：问题（三）、问题（九） under ⑴…⑻,
    ⑹ named nowhere: a group company's closing, round 100). A list naming two numbers past them, or few of them,
    numbers something else (measures, tasks)."""
    return len(beyond) == 1 and 2 * sum(1 for n in given if 0 < n <= count) >= count + 2


# A closing that names problems by their quoted words, not numbers, a status after each run of them (截至…，“<title>”
# “<title>”等5个问题已整改完成，“<title>”问题正在整改中: a town's notice, round 81): a run of quotations, then the
# noun 问题/事项 (after 等 and a count), then the status words up to the clause's end.
# the noun the quotations name, after 等 and a count (…”等5个问题 / …”的问题 / …”事项)
_REST = "|".join(CLOSING_REST_WORDS)
_NAMED_NOUN = r"\s*(?:的|等)?\s*(?:[\d一二三四五六七八九十两]{1,3}\s*[个项])?(?:具体)?(?:问题|事项)"
_QUOTED_RUN_RE = re.compile(
    rf"(?P<run>(?:“[^“”。]{{2,60}}”[、，,和及与]?){{1,20}}){_NAMED_NOUN}"
    # the status runs on through the sentence's clauses (需要长期推进，目前正在持续整改: work going on, not kept up)
    # until a clause turns to the rest (，其余问题均已完成整改) or to another quotation
    rf"(?P<status>[^“”，,。；;]{{2,24}}(?:[，,](?!{_REST})[^“”，,。；;]{{2,24}})*|[，,][^“”。；;]{{2,60}})"
)
# The rest of the problems, after the closing named the open ones by their words (“<title>”和“<title>”两个问题目前正在
# 持续整改，其余问题均已完成整改: a district bureau's closing, round 97): its status goes to every problem not named.
_REST_RE = re.compile(
    rf"(?:{_REST})的?(?:[\d一二三四五六七八九十两]{{1,3}}\s*[个项])?(?:具体)?(?:问题|事项)?(?P<status>[^“”，,。；;]{{2,24}})"
)
_QUOTE_RE = re.compile(r"“([^“”]+)”")
_QUOTATION_NAMING_RE = re.compile(rf"”[、，,和及与]?{_NAMED_NOUN}")
_QUOTED_MIN = 6  # a quotation naming a problem is its title or the title's leading words, never a short term of it


def quoted_closing_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses a closing gives problems named by their quoted words, set on problems stating none: a quotation
    names the one problem whose title opens with it (the title whole or its first clause)."""
    if "”" not in context or _QUOTATION_NAMING_RE.search(context) is None:
        return items  # the cheap precheck: a quotation closing before the noun 问题 (…”等5个问题, …”问题)
    titles: list[str] = []  # bared once a closing names problems: most quotations are no such closing's
    out = list(items)
    done: set[int] = set()  # the problems the quotations named
    for m in _QUOTED_RUN_RE.finditer(context):
        status = classify_status(m["status"])
        if status is None:
            continue
        titles = titles or [_bare(i.title) for i in items]
        for quote in _QUOTE_RE.findall(m["run"]):
            bare = _bare(quote)
            named = [k for k, t in enumerate(titles) if len(bare) >= _QUOTED_MIN and t.startswith(bare)]
            if len(named) == 1 and out[named[0]].status == "unstated":
                out[named[0]] = replace(out[named[0]], status=status, status_source="item")
                done.add(named[0])
        rest = _REST_RE.match(context, m.end("status") + 1) if done else None
        if rest is not None and (status := classify_status(rest["status"])) is not None:
            out = [replace(i, status=status, status_source="item") if i.status == "unstated" else i for i in out]
    return tuple(out)


# A sentence naming one problem back by its words, unquoted, after 针对/关于/对于, its status in the clauses after it
# (关于科技成果转化率偏低问题，目前正在推进 / 针对招生录取工作监督机制不健全的问题，已于8月完成整改: a university's part
# after its problems, round 83): the words are the opening of the one title they name.
# The pattern opens on its words, so that the regex engine scans for their first characters; that they open a
# sentence is asked of each match after (_opens_sentence): a match cannot hold a sentence's end, so one found where
# no sentence opens hides no other.
_WORDED_RE = re.compile(
    r"(?:针对|关于|对于)(?P<name>[^“”，,。；;:：\n]{6,40}?)的?(?:问题|事项)[，,](?P<status>[^。；;\n]{2,60})"
)


def worded_closing_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses sentences give problems they name by their opening words after 针对/关于 (_WORDED_RE), set on problems
    stating none: each name the one problem whose title opens with it."""
    if "问题，" not in context and "问题," not in context:
        return items  # the cheap precheck: the name closes on 问题 and a comma
    titles: list[str] = []
    out = list(items)
    for m in _WORDED_RE.finditer(context):
        if not _opens_sentence(context, m.start()):
            continue
        status = classify_status(m["status"])
        if status is None:
            continue
        titles = titles or [_bare(i.title) for i in items]
        bare = _bare(m["name"])
        named = [k for k, t in enumerate(titles) if len(bare) >= _QUOTED_MIN and t.startswith(bare)]
        if len(named) == 1 and out[named[0]].status == "unstated":
            item = out[named[0]]
            # the sentence is the problem's latest word on its work: unfinished work it names is pending
            # (关于…问题，专项审计已完成，问题经费追回工作正在推进)
            evidence = item.pending_evidence + pending_evidence(m["status"])
            out[named[0]] = replace(
                item, status=status, status_source="item", pending=bool(evidence), pending_evidence=evidence
            )
    return tuple(out)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens a line or a sentence of the text, spaces aside (after 。；; or a line break)."""
    k = at
    while k and text[k - 1].isspace():
        k -= 1
    return not k or text[k - 1] in "。；;" or "\n" in text[k:at]


def titled_closing_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses a closing list gives problems named by their titles' words, unquoted, after a status and its colon
    (已完成整改的有：学习贯彻…不深入问题、财务管理…不严格问题；正在整改的有：…问题): each name the one problem whose
    title opens with it, and only where every name of the list names one, so that a list of other things is no
    problems' list; set on problems stating none."""
    if "问题" not in context or _TITLED_OPENS_RE.search(context) is None:
        return items  # the cheap precheck: a colon, then a title closed by 问题 and the list's mark or the clause's end
    titles: list[str] = []
    out = list(items)
    for clause in _CLAUSE_CUT_RE.split(context):
        m = _TITLED_LIST_RE.match(clause) if "问题" in clause and (":" in clause or "：" in clause) else None
        if m is None:
            continue
        head = _TITLED_HEAD_END_RE.sub("", m["head"])
        status = classify_status(head) if STATUS_ONLY_RE.fullmatch(head) else None
        names = [_bare(n.removesuffix("问题").removesuffix("的")) for n in m["run"].split("、")]
        if status is None or len(names) < 1 or any(len(n) < _QUOTED_MIN for n in names):
            continue
        titles = titles or [_bare(i.title) for i in items]
        named = [[k for k, t in enumerate(titles) if t.startswith(n)] for n in names]
        if all(len(ks) == 1 for ks in named):
            for (k,) in named:
                if out[k].status == "unstated":
                    out[k] = replace(out[k], status=status, status_source="item")
    return tuple(out)


def counted_run_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses a closing gives problems it names by their titles' opening words, unquoted and joined by 、, then
    counted and given a status (已完成整改的问题：<words>、<words>…等8个问题已完成整改，其中<words>、<words>2个问题
    需长期坚持。未完成整改的问题：<words>、<words>2个问题正在推进整改: a district 医保局's closing after its problems
    told in full, issue 19's round 163). Each name is the opening of the one title it names (a title's first clause, as
    writers shorten them), and a run is read only where every name in it names one and it names no more than it
    counts, so that a list of other things (work, units) is no problems' list. A run opened by 其中 names some of the
    run before it again: its status refines theirs (done, then kept up). Set on problems stating none."""
    if "、" not in context or _COUNTED_RUN_OPENS_RE.search(context) is None:
        return items  # the cheap precheck: names joined by 、, then a count of problems
    titles: list[str] = []
    out = list(items)
    named_by: dict[int, int] = {}  # problem index → the run (its match's start) that gave it its status
    previous: set[int] = set()
    for m in _COUNTED_RUN_RE.finditer(context):
        status = classify_status(m["status"])
        names = m["run"].split("、")
        refines = names[0].startswith("其中")
        names[0] = names[0].removeprefix("其中")
        etc = bool(m["etc"]) or names[-1].endswith("等")  # …、<words>等8个问题: the last name took the 等
        names[-1] = names[-1].removesuffix("等")
        count = number_of(m["count"].replace("两", "二"))
        if status is None or count is None or len(names) > count or (not etc and len(names) != count):
            continue
        titles = titles or [_bare(i.title) for i in items]
        bare = [_bare(n) for n in names]
        named = [[k for k, t in enumerate(titles) if len(b) >= _QUOTED_MIN and t.startswith(b)] for b in bare]
        if not all(len(ks) == 1 for ks in named):
            continue
        ks = {k for (k,) in named}
        if len(ks) != len(names):
            continue  # a problem named twice in one run: no list of the problems
        for k in ks:
            if out[k].status == "unstated" or (refines and k in previous and named_by.get(k) is not None):
                out[k] = replace(out[k], status=status, status_source="item")
                named_by[k] = m.start()
        previous = ks
    return tuple(out)


# A run of names (each up to the next 、, no punctuation or quotation inside), then 等 or not, a count of problems and
# the status, which runs on through its clauses until one turns to the rest or to a subset (，其中…) of those named.
_RUN_NAME = r"[^、:：,，;；。\n“”]{4,40}"
_COUNTED_RUN_RE = re.compile(
    rf"(?P<run>{_RUN_NAME}(?:、{_RUN_NAME})*?)(?P<etc>等)?\s*(?P<count>[\d一二三四五六七八九十两]{{1,3}})\s*[个项]"
    rf"(?:具体)?(?:问题|事项)(?:均|都)?(?P<status>[^,，。；;\n]{{2,24}}(?:[,，](?!其中|{_REST})[^,，。；;\n]{{2,24}})*)"
)
_COUNTED_RUN_OPENS_RE = re.compile(
    r"、[^、,，。；;\n]{4,40}?[\d一二三四五六七八九十两]{1,3}\s*[个项](?:具体)?(?:问题|事项)"
)


# 已完成整改的有：<title>问题、<title>问题 / 正在整改的问题：<title>问题: a status (its head's noun and 有 set
# aside: _TITLED_HEAD_END_RE), a colon, then the titles each closed by 问题 and joined by 、: a whole clause.
_CLAUSE_CUT_RE = re.compile(r"[；;。\n]")
_TITLED_OPENS_RE = re.compile(
    r"[:：][^:：；;。\n、]{4,60}?问题(?:[、；;。]|$)", re.M
)  # opens on the colon: a fast scan
_TITLED_LIST_RE = re.compile(
    r"\s*(?:截至目前[,，])?(?P<head>[^:：；;。，,\n]{2,20})[:：]\s*"
    r"(?P<run>[^:：；;。\n、]{4,60}?问题(?:、[^:：；;。\n、]{4,60}?问题)*)\s*$"
)
_TITLED_HEAD_END_RE = re.compile(r"的(?:问题|事项)?(?:有|为|是|包括)?$|的有$")


def _bare(text: str) -> str:
    """A text as titles are compared: NFKC, without punctuation and spaces."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not (unicodedata.category(ch)[0] in "PZS" or ch.isspace()))


# A closing that sums up by area, each area named by its ordinal (整改完成情况：第一方面5个问题已完成4个，第5个问题正在
# 推进；第二方面问题6至问题8已销号…；第三方面第10、11个问题已完成整改: a county hospital's notice, round 143). The
# ordinal names the area the notice prints in that place among its aspects; its clause runs to the next ；/。. A tally
# of the area (5个问题已完成4个) naming its open ones by number (第5个问题正在推进) leaves one reading for the others:
# done; a clause stating the status of all of the area's problems (第二方面3个问题均已整改完成) gives it to each.
_AREA_ORDINAL_RE = re.compile(rf"第([{CN_DIGITS}]{{1,3}})个?方面")
_AREA_CLAUSE_END_RE = re.compile(r"[；;。\n]|第[一二三四五六七八九十]{1,3}个?方面")
_AREA_TALLY_RE = re.compile(
    r"(?P<total>[\d一二三四五六七八九十两]{1,3})\s*个(?:具体)?问题中?[，,]?\s*(?P<status>[^，,；;。\d]{2,10}?)"
    r"\s*(?P<count>[\d一二三四五六七八九十两]{1,3})\s*个"
)


_AREA_WHOLE_RE = re.compile(r"的?\s*共?\s*(?P<total>[\d一二三四五六七八九十两]{1,3})\s*[个项](?:具体)?问题")


def sums_up_by_area(line: str) -> bool:
    """Whether a line sums up the problems area by area, naming two areas or more by their ordinals (第一方面…；
    第二方面…): the notice's closing summary, never a problem's own text."""
    return "方面" in line and len(_AREA_ORDINAL_RE.findall(line)) >= _AREAS_SUMMED


_AREAS_SUMMED = 2


def area_summary_statuses(items: tuple[Item, ...], context: str) -> tuple[Item, ...]:
    """Statuses a closing summary by area (_AREA_ORDINAL_RE) gives the problems of each area it names, set on those
    stating none; a clause naming a problem of another area is no such summary's."""
    if "方面" not in context or _AREA_ORDINAL_RE.search(context) is None:
        return items  # the cheap precheck: an area named by its ordinal
    order = list(dict.fromkeys(i.aspect for i in items if i.aspect is not None))
    out = list(items)
    for m in _AREA_ORDINAL_RE.finditer(context):
        k = number_of(m[1])
        if k is None or not 0 < k <= len(order) or len(order) < 2:
            continue
        end = _AREA_CLAUSE_END_RE.search(context, m.end())
        clause = context[m.end() : end.start() if end else len(context)]
        members = [j for j, i in enumerate(items) if i.aspect == order[k - 1]]
        numbers = [label_number(items[j].label) for j in members]
        given = numbered_statuses(clause)
        rest = given.pop(OTHERS, None)
        if not set(given) <= set(numbers):
            continue  # it names a problem of another area: no summary of this one
        tally = _AREA_TALLY_RE.search(clause)
        total = number_of(tally["total"].replace("两", "二")) if tally else None
        if total is not None and total != len(members):
            continue  # it counts another set of problems than the area's
        if rest is None and tally is not None and classify_status(tally["status"]) == "done":
            open_ = [n for n, s in given.items() if s not in DONE]
            done = number_of(tally["count"].replace("两", "二"))
            if done is not None and open_ and done + len(open_) == len(members):
                rest = "done"  # 5个问题已完成4个，第5个问题正在推进: the four not named are the done ones
        if rest is None and not given and tally is None:
            # 3个问题均已整改完成 / 2个问题正在持续推进: the count of all the area's problems, then their status in
            # status words alone
            whole = _AREA_WHOLE_RE.match(clause)
            if whole is not None and number_of(whole["total"].replace("两", "二")) == len(members):
                rest = status_suffix(clause[whole.end() :])
            else:
                rest = lead_status([clause])  # 该方面问题均已整改完成: the status of all of them
        for j, n in zip(members, numbers, strict=True):
            status = given_status({**given, OTHERS: rest} if rest else given, n or 0)
            if out[j].status == "unstated" and status is not None:
                out[j] = replace(out[j], status=status, status_source="section")
    return tuple(out)


def kept_up_by_counts(items: tuple[Item, ...], claimed: Claimed) -> tuple[Item, ...]:
    """Problems read as done and kept up (a bare 长期坚持 in a status column) that the notice's own counts put among
    the open ones: 已完成整改4个，持续推进2个 over 4 done, 1 in progress and 1 长期坚持 (a media group's ledger, round
    22). Only where the counts leave no other reading: the done ones are exactly the completed count and the kept-up
    ones exactly what the open count lacks."""
    if claimed.completed is None or not claimed.in_progress or claimed.problems != len(items):
        return items  # the cheap precheck: the notice states both counts over all its problems
    if claimed.longterm is not None:
        # 已完成整改3个，长期坚持1个，正在推进3个: counts that name the kept-up ones apart never put them among the open
        # ones (a county bureau's 完成情况 blocks, issue 19's round 91), whatever one open problem left unstated makes
        # the in-progress count's sum come to
        return items
    counts = Counter(i.status for i in items)
    if counts["done"] != claimed.completed or counts["in_progress"] + counts["done_longterm"] != claimed.in_progress:
        return items
    if not counts["done_longterm"]:
        return items
    # a problem whose own text says it was done and is kept up (…,该问题已整改完成,并长期坚持。) is done whatever the
    # counts: only a bare 长期坚持 is left for them to decide (a county housing bureau's notice, round 49)
    return tuple(
        replace(i, status="in_progress") if i.status == "done_longterm" and not PROSE_DONE_RE.search(i.measures) else i
        for i in items
    )


def _number_in_words(label: str) -> int | None:
    """一 … 六: problems numbered through as headings (一)…(六) are named so by a closing list (round 20), as are
    problems labelled with a noun before the number in words (问题一…问题十: a 社区's short paragraphs, round 75)."""
    return number_of(label) if label and (label[0] in CN_DIGITS or label[-1] in CN_DIGITS) else None


def areas_count(head: Node, line: str, items_here: list[Node]) -> bool:
    """Whether a line of a heading's own text counts exactly the problems under it, fewer than its section lists
    (本方面4个问题中，第1、2个问题已完成整改… / 该方面4个问题，已完成整改3个…: an area's lead, round 21): the area's
    count, not the notice's totals, so the claims are read without it."""
    if "个" not in line and "项" not in line:
        return False  # the cheap precheck: a count says 个 or 项
    mine = sum(1 for n in items_here if head in n.ancestors())
    return 0 < mine < len(items_here) and read_claims(line).problems == mine


def numbered_lead_statuses(items: tuple[Item, ...], nodes: list[Node]) -> tuple[Item, ...]:
    """Statuses an area's lead gives its problems by number (本方面4个问题中，第1、2个问题已完成整改，第3、4个问题正在
    持续推进: a university's 党委 under 中央巡视, round 21), set on the area's problems that state none.

    The numbers are the area's own only where its problems are numbered 1…N under it (they restart per area)."""
    given_of: dict[int, dict[int, Status]] = {}
    out = list(items)
    for k, (item, node) in enumerate(zip(items, nodes, strict=True)):
        parent = node.parent
        if item.status != "unstated" or parent is None or not parent.body:
            continue
        if id(parent) not in given_of:
            lead = "\n".join(parent.body)
            given_of[id(parent)] = {}
            if "第" in lead or "问题" in lead:  # the cheap precheck: a list by number says 第 or 问题N
                mine = [label_number(i.label) for i, n in zip(items, nodes, strict=True) if n.parent is parent]
                given = numbered_statuses(lead)
                # the area's own numbers 1…N, or the labels its problems are printed with where they are numbered on
                # through the notice (该方面3个问题中，问题6已整改完成，问题7、问题8正在推进: a county bureau, round 83)
                by_label = bool(given) and set(given) - {OTHERS} <= set(mine)
                given_of[id(parent)] = given if mine == list(range(1, len(mine) + 1)) or by_label else {}
        given = given_of[id(parent)]
        status = given_status(given, label_number(item.label) or 0)
        if status is not None:
            out[k] = replace(item, status=status, status_source="section")
    return tuple(out)


def back_by_number(line: str) -> bool:
    """Whether a line speaks back of the problems above it and gives them statuses by number (以上3个问题中，第2个问题
    正在整改，其余已整改完成): an area's closing, never its last problem's text."""
    return line.startswith(BACK_WORDS) and "问题" in line and "第" in line and bool(numbered_statuses(line))


def excepts_the_rest(line: str, numbers: Iterable[int | None]) -> bool:
    """Whether a line closes an area by excepting some of its problems by number and stating the rest's status
    (除第10个问题正在推进外，其余问题均已整改到位 / 除问题4需长期坚持外，其余均已完成整改: a city 税务局's notice closes
    each area with a sentence of its own, this one after its last, round 143): 其余 speaks back of the problems above
    as 以上 does, and the numbers it names are all of them among `numbers` (the area's own problems' labels), so the
    sentence is the area's, not the notice's list by number or its last problem's text."""
    if not line.startswith(EXCEPT_OPENERS) or not holds_any(line, CLOSING_REST_WORDS):
        return False  # the cheap precheck: the exception opens the line, the rest is named after it
    given = numbered_statuses(line) if len(line) <= _EXCEPT_LIMIT else {}
    named = set(given) - {OTHERS}
    return OTHERS in given and bool(named) and named <= set(numbers)


_EXCEPT_LIMIT = 80  # an area's closing is a sentence


def speaks_back(line: str, numbers: Iterable[int | None]) -> bool:
    """Whether a line speaks back of an area's problems above it: 以上/上述… (BACK_WORDS), or an exception naming some
    of them by number and the rest (excepts_the_rest)."""
    return line.startswith(BACK_WORDS) or excepts_the_rest(line, numbers)


# issue 19's round 87: an area closed by a tally of its problems by status (该方面4个问题，已完成2个，2个正在推进 /
# 以上3个问题中已整改完成2个，持续推进1个): a provincial university's notice under 省委巡视 closes each area so. A
# count tied to a status word, before or after it; the mix states no status of the area, and none of its last problem.
_TALLY_RE = re.compile(
    r"(?:完成|整改|推进|到位|销号|坚持)(?:整改)?\s*[\d一二三四五六七八九十两]{1,3}\s*[个项]"
    r"|[\d一二三四五六七八九十两]{1,3}\s*[个项](?:问题)?\s*(?:已|正在|仍在|持续|基本|尚未|未|需)"
)
_TALLY_LIMIT = 60


def back_by_tally(line: str) -> bool:
    """Whether a line speaks back of the problems above it and tallies them by status (该方面4个问题，已完成2个，
    2个正在推进): an area's closing, never its last problem's text."""
    if not line.startswith(BACK_WORDS) or "问题" not in line or len(line) > _TALLY_LIMIT:
        return False  # the cheap precheck: the area's closing speaks back of its problems, in a short line
    return _TALLY_RE.search(line) is not None


def numbered_area_closings(
    items: tuple[Item, ...], nodes: list[Node], defined: frozenset[str], cut: dict[int, list[str]]
) -> tuple[Item, ...]:
    """Statuses an area's closing sentence gives its problems by number, after the last of them (以上问题中，第3、4个
    问题已完成整改，第5个问题正在持续推进 / 以上2个问题已完成整改，其中第7个问题需长期坚持: a district 工商联, round
    23), set on the area's problems that state none. The numbers must be those the area's problems are printed with;
    a status said of all of them before the first number (以上2个问题已完成整改，其中…) is the others'. A section's
    last area's sentence was cut from under its last problem with the notice's closing lines (`cut`): read as the
    area's only where an earlier area closes speaking back too, else it may be the notice's list by its own numbers."""
    given_of: dict[int, dict[int, Status]] = {}
    out = list(items)
    closes_back = False  # an earlier area closes with a sentence speaking back of its problems
    for k, (item, node) in enumerate(zip(items, nodes, strict=True)):
        parent = node.parent
        if parent is None:
            continue
        if id(parent) not in given_of:
            closing = closing_line(parent)
            mine = [label_number(i.label) for i, n in zip(items, nodes, strict=True) if n.parent is parent]
            if closes_back and not (closing and speaks_back(closing, mine)):
                closing = next((ln for ln in _cut_below(parent, cut) if speaks_back(ln, mine)), closing)
            closes_back = closes_back or bool(closing and speaks_back(closing, mine))
            given_of[id(parent)] = _closing_bylabel_number(closing, parent, items, nodes, defined)
        status = given_of[id(parent)].get(label_number(item.label) or 0) if item.status == "unstated" else None
        if status is not None:
            out[k] = replace(item, status=status, status_source="section")
    return tuple(out)


def _cut_below(node: Node, cut: dict[int, list[str]]) -> list[str]:
    """The lines cut from under the last problem printed below a node."""
    lines: list[str] = []
    while node.children:
        node = node.children[-1]
        lines += cut.get(id(node), [])
    return lines


def _closing_bylabel_number(
    closing: str | None, parent: Node, items: tuple[Item, ...], nodes: list[Node], defined: frozenset[str]
) -> dict[int, Status]:
    """Problem number → the status the area's closing sentence gives it ({} where it gives none by number)."""
    if not closing:
        return {}
    mine = [label_number(i.label) for i, n in zip(items, nodes, strict=True) if n.parent is parent]
    excepting = excepts_the_rest(closing, mine)  # 除第10个问题正在推进外，其余…: the area's rest (round 143)
    if not excepting and (not closing.startswith(BACK_WORDS) or "第" not in closing):
        return {}  # the cheap precheck: a closing list speaks back (以上…) and names numbers with 第
    given = numbered_statuses(closing)
    named = set(given) - {OTHERS}
    if None in mine:
        return {}
    own = [n for n in mine if n is not None]
    if given and not named <= set(own) and named <= set(range(1, len(own) + 1)) and _counts(closing, len(own)):
        # 以上3个问题中，第2个…: the numbers count the area's own problems from its first (its problems numbered on
        # through the notice), where the sentence counts them as the area holds them
        given = {(own[n - 1] if n != OTHERS else n): s for n, s in given.items()}
    if not given or not set(given) - {OTHERS} <= set(own):
        return {}
    before = closing[: closing.index("第")].removesuffix("其中").rstrip("，,；; ") if not excepting else ""
    rest = given.pop(OTHERS, None) or lead_status([before], defined)
    if rest is not None:
        given[OTHERS] = rest
    return {n: s for n in mine if n is not None and (s := given_status(given, n)) is not None}


def _counts(closing: str, mine: int) -> bool:
    """Whether a closing sentence counts exactly the area's problems (以上3个问题中 over three)."""
    return read_claims(closing).problems == mine


def counted_in_leads(items: tuple[Item, ...], found: list[tuple[Node, Section]]) -> tuple[int, int]:
    """(done, in progress) an area's lead counts among its problems that state no status (该方面4个问题，已完成整改
    3个，持续整改1个 over four problems: a central SOE's 党委, round 21): the notice lists them with those statuses,
    which one is which unsaid; only where the lead counts exactly the area's problems and its counts cover them.
    Problems standing right under a part's heading have the part's lead (对巡察反馈的7个问题，已完成整改5个，正在持续
    整改2个。具体整改情况如下: a city 科协, round 23)."""
    done = going = 0
    seen: set[int] = set()
    owners = [n.parent or s for n, s in found]  # the area holding each problem, else its part
    for item, owner in zip(items, owners, strict=True):
        lead_lines = owner.body if isinstance(owner, Node) else owner.intro
        if item.status != "unstated" or id(owner) in seen or not lead_lines:
            continue
        seen.add(id(owner))
        lead = "\n".join(lead_lines)
        if "个" not in lead and "项" not in lead:
            continue  # the cheap precheck: a count says 个 or 项
        claims = read_claims(lead)
        mine = [i.status for i, o in zip(items, owners, strict=True) if o is owner]
        if claims.problems != len(mine) or claims.completed is None:
            continue
        extra_done = claims.completed - sum(1 for s in mine if s in DONE)
        extra_going = (claims.in_progress or 0) - mine.count("in_progress")
        if extra_done >= 0 and extra_going >= 0 and extra_done + extra_going == mine.count("unstated"):
            done, going = done + extra_done, going + extra_going
    return done, going


def counted_by_notice(items: tuple[Item, ...], claimed: Claimed, named: frozenset[int]) -> tuple[int, int]:
    """(done, in progress) the notice's own counts give its problems that state no status (省委巡视反馈的9个问题已完成
    整改6个，其余3个正在持续推进 over nine problems told in prose: a city committee's notice on its province's 巡视,
    issue 19's round 52): listed with those statuses, which one is which unsaid, as an area's lead counts its own
    (counted_in_leads); only where the counts cover exactly the problems listed. Problems a closing list names by
    number (`named`: their numbers) beside the count are its part (10个问题中已整改到位8个，问题四、问题八正在整改: the
    count states the other eight; an in-progress count left unsaid counts none of the rest); where a problem states
    its status itself, the ones stating none are what the notice leaves open, counted or not."""
    if claimed.completed is None or claimed.problems != len(items):
        return 0, 0
    statuses = Counter(i.status for i in items)
    if not statuses["unstated"] or any(i.status != "unstated" and i.seq not in named for i in items):
        return 0, 0  # every problem states its status, or one states it itself
    done = claimed.completed - statuses["done"] - statuses["done_longterm"]
    going = claimed.in_progress - statuses["in_progress"] if claimed.in_progress is not None else 0
    return (done, going) if done >= 0 and going >= 0 and done + going == statuses["unstated"] else (0, 0)


@lru_cache(maxsize=1024)  # a notice's few labels, asked again for every list and tally read (as cn_int is cached)
def label_number(label: str) -> int | None:
    label = label.rsplit(".", 1)[-1]  # 2.1.3: an outline number counts on in its last part
    digits = _NOT_DIGIT.sub("", label)
    return int(digits) if digits else None


_NOT_DIGIT = re.compile(r"\D")
