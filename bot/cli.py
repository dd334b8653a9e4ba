"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

# sqlite-utils imports numpy (0.1–0.15 s of a cold `rectibot ask`) only to store numpy values, which rectibot
# never stores: the command line imports it with numpy hidden; numpy stays importable afterwards (OCR, charts).
if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]

from errors import (
    ConfigError,
    DatabaseMissing,
    NoQuestion,
    NoSuchAgency,
    NoSuchNotice,
    NothingStored,
    NoWatchUrl,
    RectibotError,
    SamplesMissing,
    database_error,
)
from notices import SUFFIXES, Notice

from .config import Config, find_config, load_config

if TYPE_CHECKING:
    from datetime import datetime

    from answers.answer import Answer
    from fetch.watching import Harvest
    from notices.worker import Limits, WorkerPool
    from usecases.services import Services

    from .ingest import IngestReport

T = TypeVar("T")


def _cmd_parse(args: argparse.Namespace) -> int:
    from notices.worker import WorkerPool
    from presentation.summary import notice_summary

    config = load_config(find_config(args.config))
    pool = WorkerPool(_limits(config))
    try:
        notice = _read_one(args.file, config, pool)
    finally:
        pool.close()
    if args.json:
        print(json.dumps(notice.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(notice_summary(notice, args.lang))
    return 0


def _read_one(source: str, config: Config, pool: WorkerPool) -> Notice:
    """One notice from a file, or from a link (fetched within the same bounds as `ingest` fetches)."""
    from fetch import fetch_notice

    from .ingest import fetch_settings, is_url

    if is_url(source):
        return fetch_notice(source, fetch_settings(config, pool.parse, pool.run)).notice
    return pool.parse(Path(source), Path(source).name)


def _config(args: argparse.Namespace, *, create: bool) -> Config:
    """The configuration; unless this command creates the database, the database must exist (a
    mistyped --db would otherwise be a new, empty one)."""
    config = load_config(find_config(args.config), args.db)
    if not create and config.db != ":memory:" and not Path(config.db).is_file():
        raise DatabaseMissing(config.db)
    return config


def _serve(config: Config, work: Callable[[Services], Awaitable[T]], *, pool: WorkerPool | None = None) -> T:
    """Run a use case (or several) on the configured database, through the same gateway the bot uses;
    fetched pages are decoded and read by `pool`'s reader processes when given."""
    from store.gateway import Gateway
    from usecases.services import Services

    from .ingest import settings_from

    async def main() -> T:
        read, run = (pool.parse, pool.run) if pool is not None else (None, None)
        svc = Services(settings_from(config, read, run), Gateway(config.db, readers=1, max_mb=config.max_db_mb))
        try:
            return await work(svc)
        finally:
            await svc.db.settle()
            svc.db.close()

    return asyncio.run(main())


def _limits(config: Config) -> Limits:
    from notices.worker import Limits  # not at start-up: it imports the reading machinery

    return Limits(
        config.read_memory_mb, config.read_seconds, config.ocr_memory_mb, config.ocr_seconds, config.ocr_cores
    )


def notice_files(paths: Sequence[str]) -> Iterator[Path]:
    """Files named, and notice files inside folders named (recursively, sorted)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest_paths, ingest_urls, is_url

    config = _config(args, create=True)
    files = list(notice_files([p for p in args.paths if not is_url(p)]))
    urls = [p for p in args.paths if is_url(p)]

    async def ingest(svc: Services) -> IngestReport:
        report = await ingest_paths(
            svc, files, progress=not args.quiet, limits=_limits(config), confirm=args.confirm, lang=args.lang
        )
        return await ingest_urls(svc, urls, report, limits=_limits(config)) if urls else report

    report = _serve(config, ingest)
    print(report.text())
    return 1 if report.failed or report.outcomes["held"] else 0


def _cmd_undo(args: argparse.Namespace) -> int:
    """Take back the last notice stored (or --notice ID); a copy stays in the database's history."""
    from usecases import notices

    removed = _serve(_config(args, create=False), lambda svc: notices.undo(svc, args.notice))
    if removed is None:
        raise NoSuchNotice(args.notice) if args.notice else NothingStored()
    from presentation.i18n import t

    date = f" {removed.notice_date}" if removed.notice_date else ""
    print(
        t(
            args.lang,
            "cli-removed",
            id=removed.notice_id,
            agency=removed.agency,
            date=date,
            count=removed.item_count,
            current=removed.current_id or 0,
        )
    )
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """`rectibot watch add|list|remove|run`: the same watches the bot checks (reports go out through the bot)."""
    if args.action in ("list", "remove"):  # reading or removing watches never creates a database
        config = _config(args, create=False)
        return _serve(
            config, lambda svc: _watch_list(svc, args.lang) if args.action == "list" else _watch_remove(svc, args)
        )
    from notices.worker import WorkerPool

    harvested = None
    config = _config(args, create=True)  # adding a watch may start a ledger
    pool = WorkerPool(_limits(config))  # the sites' pages are decoded and read in reader processes
    try:
        if args.action == "add":  # the listing read first: a page that cannot be read is said, nothing is stored
            from fetch.watching import harvest

            from .ingest import fetch_settings

            if not args.target:
                raise NoWatchUrl()
            harvested = harvest(args.target, set(), fetch_settings(config, pool.parse, pool.run))
            if harvested.error:
                why = _said(harvested.failure, args.lang) if harvested.failure else harvested.error
                print(t(args.lang, "cli-watch-add-failed", url=args.target, error=why))
                return 1
        return _serve(config, lambda svc: _watch_check(svc, args, harvested), pool=pool)
    finally:
        pool.close()


async def _watch_list(svc: Services, lang: str) -> int:
    from usecases import watches

    every = await watches.watches(svc)
    if not every:
        print(t(lang, "cli-watch-none"))
    for w in every:
        state = (
            t(lang, "cli-watch-failing", failures=w.failures, error=w.last_error or "")
            if w.failures
            else t(lang, "cli-watch-next", next=_utc(w.next_check_at))
        )
        print(f"{w.id}. {w.url} — {state}")
    return 0


async def _watch_remove(svc: Services, args: argparse.Namespace) -> int:
    from presentation.markup import plain
    from presentation.watches import removed_text
    from usecases import watches

    which = args.target or ""
    removed = await watches.remove(svc, which)
    if removed is None:
        print(plain(t(args.lang, "watch-no-such", which=which)), file=sys.stderr)
        return 1
    print(plain(removed_text(removed, which, args.lang)))
    return 0


async def _watch_check(svc: Services, args: argparse.Namespace, harvested: Harvest | None) -> int:
    """add: check the listing first (a page that cannot be read is reported and nothing is stored), then
    store it; run: check each due watch (every one with --all). Each site's outcome is said."""
    from usecases import watches

    if args.action == "add":
        added = await watches.add(svc, args.target, 0, None, vet_first=False, harvested=harvested)
        if added.already:
            print(t(args.lang, "watch-already", url=args.target))
            return 0
        assert added.checked is not None
        done = [added.checked]
    else:  # run
        done = await watches.check_due(svc, every_one=args.all)
        if not done:
            later = min((w.next_check_at for w in await watches.watches(svc)), default=None)
            print(t(args.lang, "cli-watch-nothing-due", next=_utc(later)) if later else t(args.lang, "cli-watch-none"))
            return 0
    for checked in done:
        next_check = _utc(checked.next_check) if checked.next_check else "?"
        if checked.error:
            print(t(args.lang, "cli-watch-failed", url=checked.watch.url, error=checked.error, next=next_check))
            continue
        held = sum(a.result.outcome == "held" for a in checked.arrivals)  # found, but not stored until confirmed
        stored, url = len(checked.arrivals) - held, checked.watch.url
        print(
            t(
                args.lang,
                "cli-watch-checked",
                url=url,
                listed=checked.listed,
                stored=stored,
                held=held,
                queued=checked.queued,
            )
        )
        for arrival in checked.arrivals:
            print(f"  {arrival.result.outcome:<8} {arrival.url}: {arrival.result.agency}")
        print("  " + t(args.lang, "cli-watch-next", next=next_check))
    return 1 if any(c.error for c in done) else 0


def t(lang: str, key: str, /, **args: object) -> str:
    """A message of the catalogues (presentation/locales/*.ftl) in the console's language."""
    from presentation.i18n import t as message  # imported when a command speaks, not at start-up

    return message(lang, key, **args)


def _said(err: RectibotError, lang: str) -> str:
    """An error's line in the console's language, from the catalogues."""
    from presentation.errors import error_line  # imported when a command fails, not at start-up

    return error_line(err, lang)


def console_language(choice: str | None, environ: Mapping[str, str]) -> str:
    """--lang, else the locale's language (LC_ALL, then LC_MESSAGES, then LANG, as POSIX reads them):
    zh* is Chinese; English otherwise, and for the C/POSIX locale of servers and scripts."""
    if choice:
        return choice
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return "zh" if environ[name].lower().startswith("zh") else "en"
    return "en"


def _utc(when: datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M} UTC"


@contextmanager
def _no_collector() -> Iterator[None]:
    """The cyclic garbage collector off for a while (on again after, as it was: tests call main in-process).
    store.agencies has its own: the command line reaches the store only through the gateway (tests/test_layers.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cmd_ask(args: argparse.Namespace) -> int:
    # One question, then the process ends: collecting cycles only costs (~30 ms of a cold ask at 20k notices, most
    # of it one full pass over the agencies and their name directory); a batch from stdin keeps the collector.
    with _no_collector() if args.question is not None else nullcontext():
        return _ask(args)


def _ask(args: argparse.Namespace) -> int:
    from presentation.markup import plain
    from presentation.render import format_answer
    from usecases import questions

    async def reply(svc: Services, question: str) -> Answer:
        if args.chat is None:
            return await questions.ask_once(svc, question)
        # a conversation: the same per-chat context the bot keeps (stored, going stale alike)
        return await questions.ask(svc, cli_chat_id(args.chat), question)

    if args.question is None:  # batch: a question a line from standard input, answered in this process
        if not args.json:
            raise NoQuestion()

        async def lines(svc: Services) -> int:
            for line in sys.stdin:
                if line.strip():
                    result = await reply(svc, line.strip())
                    print(json.dumps(result.to_json(plain(format_answer(result))), ensure_ascii=False), flush=True)
            return 0

        return _serve(_config(args, create=False), lines)
    result = _serve(_config(args, create=False), lambda svc: reply(svc, args.question))
    text = plain(format_answer(result))
    if args.json:
        print(json.dumps(result.to_json(text), ensure_ascii=False, indent=1))
    else:
        print(text)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    """The ledger as the bot sends it (.xlsx and .csv, divided when over the Bot API's limit) into a folder."""
    from datetime import date

    from presentation.i18n import t
    from usecases import ledger

    name = args.name or ""
    exported = _serve(_config(args, create=False), lambda svc: ledger.export(svc, name, args.lang, date.today()))
    if exported.no_match:
        raise NoSuchAgency(name)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if exported.divided:
        print(t(args.lang, "ledger-divided", count=len(exported.files)))
    for file in exported.files:
        (out / file.name).write_bytes(file.data)
        print(f"{out / file.name} ({len(file.data) / 1e6:.1f} MB)")
    return 0


def _cmd_chart(args: argparse.Namespace) -> int:
    """The /chart picture as a PNG file, and its caption (the same in words) on standard output."""
    import time
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from presentation.charts import caption, chart_png
    from presentation.i18n import t
    from presentation.markup import plain
    from usecases import charts

    config = _config(args, create=False)
    today = date.fromisoformat(args.date) if args.date else datetime.now(ZoneInfo(config.reminders.timezone)).date()
    drawn = _serve(config, lambda svc: charts.chart(svc, args.scope or "", today))
    if drawn.no_match:
        print(f"rectibot: {plain(t(args.lang, 'no-match', name=args.scope))}", file=sys.stderr)
        return 2
    if drawn.snapshot is None or not drawn.snapshot.agencies:
        print(f"rectibot: {t(args.lang, 'chart-nothing')}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    Path(args.output).write_bytes(chart_png(drawn.snapshot, drawn.scope, args.lang))
    print(plain(caption(drawn.snapshot, drawn.scope, args.lang)))
    print(t(args.lang, "chart-saved", path=args.output, seconds=f"{time.perf_counter() - started:.2f}"))
    return 0


DEMO_CHAT = 0  # the console is one chat: follow-ups refer to its previous question
CLI_CHATS = 1 << 62  # `ask --chat NAME` chats live above every Telegram chat id (those fit in 52 bits)


def cli_chat_id(name: str) -> int:
    """The stored chat id of a command-line conversation NAME (stable across runs, apart from Telegram's)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=7).digest()
    return CLI_CHATS + int.from_bytes(digest, "big")


def _cmd_demo(args: argparse.Namespace) -> int:
    args.db = args.db or "rectibot-demo.db"
    return _serve(_config(args, create=True), lambda svc: _demo(svc, args.db, args.lang))


async def _demo(svc: Services, db: str, lang: str) -> int:
    """Store the samples, then answer questions from standard input as one chat (follow-ups included)."""
    from presentation.markup import plain
    from presentation.render import format_answer
    from usecases import questions

    from .ingest import ingest_paths

    await questions.forget(svc, DEMO_CHAT)  # a new console session starts a new conversation
    # package data (pyproject [tool.setuptools.package-data]), a real folder however it was installed
    with resources.as_file(resources.files(__package__).joinpath("samples")) as samples:
        if not samples.is_dir():
            raise SamplesMissing(str(samples))
        report = await ingest_paths(svc, sorted(samples.glob("*.txt")), progress=False, lang=lang)
    print(t(lang, "cli-demo-stored", db=db, totals=report.totals()))
    interactive = sys.stdin.isatty()
    if interactive:
        print(t(lang, "cli-demo-prompt"))
    while True:
        try:
            question = input("> " if interactive else "")
        except EOFError:
            break
        if not question.strip():
            if interactive:
                break
            continue
        if not interactive:
            print(f"> {question}")
        result = await questions.ask(svc, DEMO_CHAT, question)
        print(plain(format_answer(result)))
        print()
    return 0


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--config and --db, accepted before the subcommand (default: None) and after it (default:
    SUPPRESS, so that an option given before is not overwritten by the subcommand's own default)."""
    parser.add_argument("--config", default=default, help="config file (default: RECTIBOT_CONFIG or ./config.toml)")
    parser.add_argument("--db", default=default, help="SQLite database (default: config [store] db or RECTIBOT_DB)")
    parser.add_argument(
        "--lang", default=default, choices=["zh", "en"], help="language of the output (default: from LC_ALL/LANG)"
    )


class _Version(argparse.Action):
    """--version: the installed version, looked up only when asked (importlib.metadata costs every start ~7 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        print(f"{parser.prog} {version('rectibot')}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rectibot", description="Rectification notices: parse, store, answer.")
    parser.add_argument("--version", action=_Version)
    _global_options(parser, None)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, parents=[common])
        p.set_defaults(func=func)
        return p

    p = command("parse", _cmd_parse, "parse one notice file or link (http/https URL) and print its structure")
    p.add_argument("file", help="a notice file, or a link to one")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = command(
        "ingest", _cmd_ingest, "store notices from files, folders and links (http/https URLs); creates the database"
    )
    p.add_argument("paths", nargs="+")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--confirm", action="store_true", help="store notices even if they drop problems or look cut off")

    p = command("undo", _cmd_undo, "remove the last notice stored (or one notice) from the ledger")
    p.add_argument("--notice", type=int, help="the id of the notice to remove (default: the last stored)")

    p = command("watch", _cmd_watch, "watch sites' listings of notices: add URL | list | remove N|URL | run [--all]")
    p.add_argument("action", choices=["add", "list", "remove", "run"])
    p.add_argument("target", nargs="?", help="the listing page's URL (add), or a watch's number or URL (remove)")
    p.add_argument("--all", action="store_true", help="run: check every watch now, not only those due")

    p = command("ask", _cmd_ask, "answer a question about the stored notices")
    p.add_argument("question", nargs="?", help="the question; none with --json: one a line from standard input")
    p.add_argument(
        "--json", action="store_true", help="print intent, agencies, choices, items and text as JSON (a line each)"
    )
    p.add_argument(
        "--chat", metavar="NAME", help="keep a conversation: follow-ups take this chat's previous question's context"
    )

    p = command("export", _cmd_export, "write the ledger (.xlsx and .csv) as the bot sends it")
    p.add_argument("name", nargs="?", help="an agency or place (default: every agency)")
    p.add_argument("--out", default=".", help="folder to write the files into (default: here)")

    p = command("chart", _cmd_chart, "draw the ledger of an agency, a region or every agency as a PNG (as /chart)")
    p.add_argument("scope", nargs="?", help="an agency or a region (default: every agency)")
    p.add_argument("-o", "--output", default="chart.png", help="the PNG file to write (default: chart.png)")
    p.add_argument("--date", help="the day deadlines are counted from, YYYY-MM-DD (default: today)")

    command(
        "demo", _cmd_demo, "store the sample notices and chat with them in the console (default db: rectibot-demo.db)"
    )
    command("run", _cmd_run, "run the Telegram bot (token from TELEGRAM_BOT_TOKEN)")
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    from .app import run
    from .instance import single_instance

    config = _config(args, create=True)  # a new deployment's notices arrive through the chat
    with single_instance(config.db):  # two bots on one store would send every reminder twice
        return run(config)


def _database_name(args: argparse.Namespace) -> str:
    try:
        return load_config(find_config(args.config), args.db).db
    except (ConfigError, OSError):
        return str(args.db or "rectibot.db")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = console_language(getattr(args, "lang", None), os.environ)
    try:
        return int(args.func(args))
    except RectibotError as err:
        print(f"rectibot: {_said(err, args.lang)}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as err:  # corrupted, read-only, a full disk: one line, no traceback
        print(f"rectibot: {_said(database_error(_database_name(args), err), args.lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
