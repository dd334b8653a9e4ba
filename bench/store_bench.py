"""Store benchmark: ingest a synthetic corpus, then time answers per intent.

    .venv/bin/python bench/store_bench.py [--notices 20000] [--questions 300]

The corpus recombines the sample notices' items under agencies spread over the gazetteer's
counties (about four notices per agency: two inspections, each reported twice, so updates and
changes are exercised). Prints the ingest rate, p50/p95 answer latency per intent (question to
formatted reply, warm cache), and the process's peak memory.
Targets: ingest ≥ 100 notices/s, p95 ≤ 50 ms for every intent, peak memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answers.answer import answer  # noqa: E402
from answers.resolve import directory  # noqa: E402
from notices import Notice, parse_file  # noqa: E402
from notices.gazetteer import gazetteer, short_name  # noqa: E402
from presentation.render import format_answer  # noqa: E402
from store import Store, open_database  # noqa: E402

KINDS = ["科学技术局", "民政局", "教育局", "财政局", "农业农村局", "市场监督管理局", "卫生健康局", "科学技术协会"]
STATUS_WEIGHTS = (["done"] * 6) + (["done_longterm"] * 2) + ["in_progress", "unstated"]
CN = "一二三四五六七八九"


def agencies(count: int, rng: random.Random) -> list[tuple[str, str, str | None, str | None]]:
    """(agency, region, prefecture, province) for `count` agencies in real counties."""
    g = gazetteer()
    counties = [d for d in g.by_code.values() if d.level == "county" and d.name not in ("市辖区", "县")]
    rng.shuffle(counties)
    out = []
    for i in range(count):
        county = counties[i % len(counties)]
        kind = KINDS[(i // len(counties)) % len(KINDS)]
        out.append((f"{county.name}{kind}党组", county.name, g.prefecture_of(county), g.province_of(county)))
    return out


def corpus(n: int, seed: int = 7) -> Iterator[Notice]:
    rng = random.Random(seed)
    seeds = [parse_file(str(p)) for p in sorted((ROOT / "bot" / "samples").glob("*.txt"))]
    pool = [item for s in seeds for item in s.items]
    template = seeds[0]
    people = agencies(max(1, n // 4), rng)
    for i in range(n):
        name, region, prefecture, province = people[i % len(people)]
        round_ = i // len(people)  # 0,1: first inspection reported twice; 2,3: second inspection
        inspection = round_ // 2
        pick = random.Random(f"{name}{inspection}")
        chosen = pick.sample(pool, 30)
        statuses = [pick.choice(STATUS_WEIGHTS) for _ in chosen]
        if round_ % 2:  # the later report: some open items are now done
            statuses = [s if s in ("done", "done_longterm") or rng.random() < 0.5 else "done" for s in statuses]
        items = tuple(
            replace(item, seq=k, label=str(k), status=status, status_source="item")  # type: ignore[arg-type]
            for k, (item, status) in enumerate(zip(chosen, statuses, strict=True), 1)
        )
        year = 2021 + inspection * 2
        yield replace(
            template,
            agency=name, issuer="中共" + name, region=region, prefecture=prefecture, province=province,
            inspection_team=f"县委第{CN[inspection % 9]}巡察组", inspection_start=f"{year}-03-01",
            inspection_end=f"{year}-04-30", feedback_date=f"{year}-06-01",
            signed=f"{year}-{10 + round_ % 2}-15", published=None, items=items,
            title=f"中共{name}关于巡察整改进展情况的通报", warnings=(),
        )  # fmt: skip


# Phrasings like the development questions' (terse, colloquial, numbers in every form, English,
# pinyin, traditional characters, everyday topic words); {p} a place+kind, {v} a province, {n} a number.
PHRASINGS: dict[str, list[str]] = {
    "open_items": ["{p}还有哪些问题没整改完", "{p} 还有没整改的吗", "{v}那个{k}还剩哪几个问题没弄完",
                   "{p}未完成的整改事项", "What's still open for {py}?", "{py} outstanding items",
                   "{p}正在推进的是哪个", "{p}哪些标了已完成但其实还有待办", "{v}哪些问题超期了",
                   "{p}還有哪些問題沒整改完"],
    "item_status": ["{p}问题{n}整改了吗", "{p}第{cn}个问题改了没", "{p}第{n}项咋样了", "{p}#{n}", "{p} No. {n} status",
                    "{p}({n})整改进度", "{py} problem {n} done?", "the {n}th item of {py}",
                    "{p}最后一个问题整改了吗",
                    "{p}差旅费那个问题整改了没"],
    "topic_search": ["哪些单位有差旅费问题", "谁有出差报销不规范的问题", "哪些单位公车管理有问题",
                     "意识形态工作哪家有问题",
                     "official car problems — who has them?", "{v}哪些单位有档案问题", "采购不规范的有哪些",
                     "哪家乱发补贴", "any issues with incubators?", "一岗双责"],
    "summary": ["{p}完成了多少", "{v}的整改完成了多少", "{py} percent done?", "Overview of {v}", "{p}完成了几个",
                "整改总体完成率是多少"],
    "claims_check": ["{p}的通报说的对得上吗", "{p}声称完成的数字核对一下", "Do {py}'s claimed numbers add up?"],
    "changes": ["{p}有什么变化", "{p}的通报更新了什么", "What changed for {py} since the last notice?"],
    "latest": ["最新的通报是哪个", "latest notices?", "最新發布的整改通報"],
    "list_agencies": ["{v}有哪些单位", "{v}收录了哪些单位", "都收录了哪些单位"],
}  # fmt: skip
CN_NUMBERS = ["一", "二", "三", "五", "八", "十", "十二", "十五", "二十", "二十一"]


def questions(store: Store, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(intent, question) pairs spread over the intents and their phrasings, naming stored agencies and places."""
    from answers.names import readings

    agencies_ = store.agencies()
    provinces = sorted({short_name(a.province) for a in agencies_ if a.province})
    intents = list(PHRASINGS)
    out: list[tuple[str, str]] = []
    for k in range(n):
        a = rng.choice(agencies_)
        region = short_name(a.region or "")
        intent = intents[k % len(intents)]
        template = rng.choice(PHRASINGS[intent])
        question = template.format(
            p=region + a.kind, k=a.kind, v=rng.choice(provinces), n=rng.randint(1, 30), cn=rng.choice(CN_NUMBERS),
            py=min(readings(region, tones=False)).capitalize(),
        )  # fmt: skip
        out.append((intent, question))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=20_000)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--db", help="database file (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="time answers over --db as it is, without ingesting")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or str(Path(tmp) / "bench.db")
        store = Store(open_database(db_path))
        if args.reuse and not store.agencies():
            sys.exit(f"--reuse: {db_path} holds no notices; run once with --db {db_path} (without --reuse) first")
        items = 0
        outcomes: dict[str, int] = defaultdict(int)
        ingest_s = 0.0
        for k, notice in enumerate([] if args.reuse else corpus(args.notices)):  # a stream, never held in memory
            items += len(notice.items)
            start = time.perf_counter()
            outcomes[store.ingest(notice, f"n{k}.txt").outcome] += 1
            ingest_s += time.perf_counter() - start
        print(
            f"ingest: {args.notices} notices, {items} items in {ingest_s:.1f} s"
            f" = {args.notices / max(ingest_s, 1e-9):.0f} notices/s"
        )
        print(f"        {dict(outcomes)}; database {Path(db_path).stat().st_size / 1e6:.0f} MB")

        rng = random.Random(3)
        start = time.perf_counter()
        directory(store)
        print(f"name index built in {time.perf_counter() - start:.2f} s (once per ingest)")
        timings: dict[str, list[float]] = defaultdict(list)
        wrong = 0
        for intent, question in questions(store, args.questions, rng):
            t0 = time.perf_counter()
            result = answer(store, question)
            format_answer(result)
            timings[intent].append((time.perf_counter() - t0) * 1000)
            wrong += result.intent != intent
        print(f"answers: {sum(len(v) for v in timings.values())} questions, {wrong} answered as another intent")
        print(f"{'intent':<15}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}")
        for intent, values in timings.items():
            values.sort()
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            print(f"{intent:<15}{len(values):>5}{statistics.median(values):>9.1f}{p95:>9.1f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
