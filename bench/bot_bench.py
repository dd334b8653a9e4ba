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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--rate", type=float, default=200.0, help="arrival rate of the paced run (updates/s)")
    parser.add_argument("--concurrency", type=int, default=TelegramConfig.concurrent_updates,
                        help="[telegram] concurrent_updates")  # fmt: skip
    parser.add_argument("--rtt", type=float, default=0.0, help="seconds each Bot API call takes to answer")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve_forever, args=(sender,), daemon=True)
    server.start()
    port = receiver.recv()
    control(port, "latency", {"seconds": args.rtt})
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
