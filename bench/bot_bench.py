"""Bot benchmark: 1,000 simulated chats sending 10 questions each through the stand-in Bot API.

    .venv/bin/python bench/bot_bench.py [--chats 1000] [--questions 10] [--rate 200]

The real python-telegram-bot Application (as `rectibot run` builds it) polls the stand-in server
from tests/botapi.py, run in a separate process on 127.0.0.1 so that the two do not share an
interpreter, over a database holding the sample notices. Two runs:
  burst  all updates queued at once → answered updates per second (throughput);
  paced  updates arriving at --rate per second → p50/p95 time from update to reply.
Telegram's own flood limit (30 messages/s overall) is switched off in the rate limiter here: the
stand-in has none, and the point is the bot's own cost. Every update must be answered exactly once.
Targets: ≥ 200 updates/s, p95 ≤ 100 ms.
--rtt makes every Bot API call take that long to answer, as a Telegram far away does: then what
bounds throughput is how many updates are handled at once (--concurrency) over the round trip.

    .venv/bin/python bench/bot_bench.py --while-busy [--notices 2000] [--others 50]

Two runs of the database under load instead (targets: p95 ≤ 100 ms, none lost):
  export  one chat exports the ledger of a store of --notices notices (xlsx and csv) while --others
          other chats ask a question each, twice (ten questions a second, during the export);
  lock    another process holds SQLite's write lock for 2 s (as `rectibot ingest` does while it
          stores a notice) while --others chats ask a question each.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram.ext import AIORateLimiter  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.config import Config, TelegramConfig  # noqa: E402
from notices import parse_file  # noqa: E402
from store import Store, open_database  # noqa: E402
from tests.botapi import TOKEN, serve_forever  # noqa: E402

QUESTIONS = [
    "朔州还有哪些问题没整改完",
    "溆浦问题21整改了吗",
    "哪些单位有差旅费问题",
    "山西的整改完成了多少",
    "which problems are still open for shuozhou",
    "青神科协的通报说的对得上吗",
    "有哪些单位",
    "源城区第5项整改了吗",
    "which agencies have travel expense problems",
    "最新的通报",
]


def control(port: int, path: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/_control/{path}", data=json.dumps(body).encode(), method="POST"
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


async def run(port: int, config: Config, chats: int, per_chat: int, rate: float | None) -> dict[str, float]:
    app = build_application(config, TOKEN, rate_limiter=AIORateLimiter(overall_max_rate=0, max_retries=3))
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)  # as run_polling does: commands, reminders, warm-up
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    since = (await asyncio.to_thread(control, port, "replies", {"since": 0}))["calls"]
    messages = [(10_000 + k % chats, QUESTIONS[(k // chats) % len(QUESTIONS)]) for k in range(chats * per_chat)]
    if rate:  # the stand-in's process paces the arrivals: this process only runs the bot
        await asyncio.to_thread(control, port, "messages", {"messages": messages, "rate": rate})
    else:
        for i in range(0, len(messages), 1000):
            await asyncio.to_thread(control, port, "messages", {"messages": messages[i : i + 1000]})
    deadline = time.monotonic() + 300
    replies: list[list[Any]] = []
    while len(replies) < len(messages) and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        page = await asyncio.to_thread(control, port, "replies", {"since": since})  # only what is new
        since = page["calls"]
        replies += [r for r in page["replies"] if r[1] == 200 and r[2] is not None]
    everything = (await asyncio.to_thread(control, port, "pushed", {}))["pushed"]
    pushed = dict(sorted(map(tuple, everything), key=lambda pair: pair[1])[-len(messages) :])  # this run's
    ok = [r for r in replies if r[2] in pushed]
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    answered = Counter(r[2] for r in ok)
    latencies = sorted((at - pushed[m]) * 1000 for at, _, m in ok)
    first = min(pushed.values())
    return {
        "updates": len(messages),
        "answered": len(answered),
        "twice": sum(1 for n in answered.values() if n > 1),
        "per_s": len(ok) / (max(at for at, _, _ in ok) - first),
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95)],
    }


async def started(port: int, config: Config) -> Any:
    app = build_application(config, TOKEN, rate_limiter=AIORateLimiter(overall_max_rate=0, max_retries=3))
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return app


async def stopped(app: Any) -> None:
    await app.updater.stop()
    await app.stop()
    assert app.post_shutdown is not None
    await app.post_shutdown(app)
    await app.shutdown()


async def collect(
    port: int, since: int, ids: set[int], until: float, documents: int = 0
) -> tuple[dict[int, float], list[float]]:
    """Replies to the messages `ids` (first reply time each) and the documents sent, polled until all came."""
    first: dict[int, float] = {}
    sent: list[float] = []
    while (len(first) < len(ids) or len(sent) < documents) and time.monotonic() < until:
        await asyncio.sleep(0.2)
        page = await asyncio.to_thread(control, port, "replies", {"since": since})
        sent = page["documents"]
        for at, status, message in page["replies"]:
            if status == 200 and message in ids:
                first.setdefault(message, at)
    return first, sent


def figures(name: str, pushed: dict[int, float], first: dict[int, float], extra: str = "") -> None:
    latencies = sorted((first[m] - pushed[m]) * 1000 for m in first)
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else float("nan")
    print(
        f"{name:<7} {len(pushed)} questions: p50 {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
        f"max {latencies[-1]:.0f} ms; lost {len(pushed) - len(first)}{extra}"
    )


async def while_exporting(port: int, config: Config, others: int) -> None:
    """One chat exports the whole ledger; the others' questions arrive while it is built and sent."""
    app = await started(port, config)
    since = (await asyncio.to_thread(control, port, "replies", {"since": 0}))["calls"]
    await asyncio.to_thread(control, port, "messages", {"messages": [[2, "/export 朔州"]]})
    await collect(port, since, set(), time.monotonic() + 120, documents=2)  # a bot that has exported before
    since = (await asyncio.to_thread(control, port, "replies", {"since": 0}))["calls"]
    start = (await asyncio.to_thread(control, port, "messages", {"messages": [[1, "/export"]]}))["pushed_at"][0]
    await asyncio.sleep(0.3)  # the export is under way
    asked = [[20_000 + k % others, QUESTIONS[k % len(QUESTIONS)]] for k in range(2 * others)]
    pushed: dict[int, float] = {}
    for question in asked:  # ten a second: spread over the export
        page = await asyncio.to_thread(control, port, "messages", {"messages": [question]})
        pushed.update(zip(page["message_ids"], page["pushed_at"], strict=True))
        await asyncio.sleep(0.1)
    first, documents = await collect(port, since, set(pushed), time.monotonic() + 300, documents=2)
    await stopped(app)
    if os.environ.get("BENCH_TRACE"):
        for m in sorted(pushed, key=pushed.get):  # type: ignore[arg-type]
            print(
                f"  asked at {pushed[m] - start:5.2f} s, answered after {(first.get(m, 0) - pushed[m]) * 1000:5.0f} ms"
            )
        print("  documents at", [round(d - start, 2) for d in documents])
    during = sum(1 for m in first if documents and first[m] < documents[-1])
    took = f"; export {documents[-1] - start:.1f} s, {during} answered before it was sent" if documents else ""
    figures("export", pushed, first, took)


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


async def while_locked(port: int, config: Config, others: int, seconds: float = 2.0) -> None:
    """Another process holds the write lock; questions arrive meanwhile."""
    import subprocess

    app = await started(port, config)
    since = (await asyncio.to_thread(control, port, "replies", {"since": 0}))["calls"]
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, config.db, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    locked_at = time.monotonic()
    asked = [[30_000 + k, QUESTIONS[k % len(QUESTIONS)]] for k in range(others)]
    pushed: dict[int, float] = {}
    for question in asked:  # one by one over the first half of the lock
        page = await asyncio.to_thread(control, port, "messages", {"messages": [question]})
        pushed.update(zip(page["message_ids"], page["pushed_at"], strict=True))
        await asyncio.sleep(seconds / 2 / len(asked))
    first, _ = await collect(port, since, set(pushed), time.monotonic() + 60)
    held = time.monotonic() - locked_at
    locker.wait()
    await stopped(app)
    figures("lock", pushed, first, f"; all asked while the lock was held ({held:.1f} s after it was taken)")


def busy(args: argparse.Namespace, port: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from store_bench import corpus

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bot.db")
        store = Store(open_database(db))
        for p in sorted((ROOT / "bot" / "samples").glob("*.txt")):
            store.ingest(parse_file(str(p)), p.name)
        for i, notice in enumerate(corpus(args.notices)):
            store.ingest(notice, f"synthetic-{i}.txt")
        store.db.close()
        base = f"http://127.0.0.1:{port}"
        telegram = TelegramConfig(base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")
        config = Config(db=db, telegram=telegram)
        asyncio.run(while_exporting(port, config, args.others))
        asyncio.run(while_locked(port, config, args.others))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--rate", type=float, default=200.0, help="arrival rate of the paced run (updates/s)")
    parser.add_argument("--concurrency", type=int, default=TelegramConfig.concurrent_updates,
                        help="[telegram] concurrent_updates")  # fmt: skip
    parser.add_argument("--rtt", type=float, default=0.0, help="seconds each Bot API call takes to answer")
    parser.add_argument("--while-busy", action="store_true", help="questions during an export and a held lock")
    parser.add_argument("--notices", type=int, default=2000, help="--while-busy: notices in the store")
    parser.add_argument("--others", type=int, default=50, help="--while-busy: chats asking meanwhile")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve_forever, args=(sender,), daemon=True)
    server.start()
    port = receiver.recv()
    control(port, "latency", {"seconds": args.rtt})
    if args.while_busy:
        try:
            busy(args, port)
        finally:
            server.terminate()
        return
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "bot.db")
            store = Store(open_database(db))
            for p in sorted((ROOT / "bot" / "samples").glob("*.txt")):
                store.ingest(parse_file(str(p)), p.name)
            store.db.close()
            base = f"http://127.0.0.1:{port}"
            telegram = TelegramConfig(
                base_url=f"{base}/bot", base_file_url=f"{base}/file/bot", concurrent_updates=args.concurrency
            )
            config = Config(db=db, telegram=telegram)
            for name, rate in (("burst", None), ("paced", args.rate)):
                r = asyncio.run(run(port, config, args.chats, args.questions, rate))
                lost = r["updates"] - r["answered"]
                print(
                    f"{name:<6} {r['updates']:.0f} updates: {r['per_s']:.0f} answered/s, p50 {r['p50']:.0f} ms,"
                    f" p95 {r['p95']:.0f} ms; lost {lost:.0f}, answered twice {r['twice']:.0f}"
                )
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
