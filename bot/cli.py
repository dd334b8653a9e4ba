"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

# sqlite-utils imports numpy (0.1–0.15 s of a cold `rectibot ask`) only to store numpy values, which rectibot
# never stores: the command line imports it with numpy hidden; numpy stays importable afterwards (OCR, charts).
if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]

from notices import Notice, NoticeError
from notices.worker import Limits, WorkerPool
from store import Store

from .config import Config, ConfigError, find_config, load_config

if TYPE_CHECKING:
    from datetime import datetime

    from answers.answer import Answer
    from fetch.watching import Harvest
    from store.watches import Watch, Watches

SUFFIXES = {".txt", ".text", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def _cmd_parse(args: argparse.Namespace) -> int:
    from answers.summary import notice_summary

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
    from dataclasses import replace

    from fetch import fetch_notice

    from .ingest import fetch_settings, is_url

    if is_url(source):
        return fetch_notice(source, replace(fetch_settings(config), parse=pool.parse)).notice
    return pool.parse(Path(source), Path(source).name)


def _config(args: argparse.Namespace, *, create: bool) -> Config:
    """The configuration; unless this command creates the database, the database must exist (a
    mistyped --db would otherwise be a new, empty one)."""
    config = load_config(find_config(args.config), args.db)
    if not create and config.db != ":memory:" and not Path(config.db).is_file():
        raise ConfigError(f"database {config.db} does not exist; check --db, or create it with `rectibot ingest FILES`")
    return config


def _open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    from store import open_database

    return Store(open_database(_config(args, create=create).db))


def _limits(config: Config) -> Limits:
    return Limits(config.read_memory_mb, config.read_seconds, config.ocr_memory_mb, config.ocr_seconds)


def notice_files(paths: Sequence[str]) -> Iterator[Path]:
    """Files named, and notice files inside folders named (recursively, sorted)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import fetch_settings, ingest_paths, ingest_urls, is_url

    config = _config(args, create=True)
    store = _open_store(args, create=True)
    paths = [p for p in args.paths if not is_url(p)]
    files = list(notice_files(paths))
    report = ingest_paths(
        store, files, progress=not args.quiet, limits=_limits(config), confirm=args.confirm, lang=args.lang
    )
    urls = [p for p in args.paths if is_url(p)]
    if urls:
        ingest_urls(store, urls, fetch_settings(config), report, limits=_limits(config))
    print(report.text())
    return 1 if report.failed or report.outcomes["held"] else 0


def _cmd_undo(args: argparse.Namespace) -> int:
    """Take back the last notice stored (or --notice ID); a copy stays in the database's history."""
    store = _open_store(args)
    notice_id = args.notice if args.notice is not None else store.last_ingested()
    removed = store.remove_notice(notice_id, "remove" if args.notice is not None else "undo") if notice_id else None
    if removed is None:
        raise NoticeError(f"there is no notice {notice_id} to remove" if notice_id else "no notice is stored")
    if args.lang == "zh":
        from answers.markup import plain
        from answers.receipts import format_removed

        print(plain(format_removed(removed, args.lang)))
        return 0
    after = f"notice {removed.current_id} is current again" if removed.current_id else "no notice of it remains"
    print(
        f"removed notice {removed.notice_id}: {removed.agency} {removed.notice_date or ''} "
        f"({removed.item_count} item{'' if removed.item_count == 1 else 's'}); {after}"
    )
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """`rectibot watch add|list|remove|run`: the same watches the bot checks (reports go out through the bot)."""
    from store.watches import Watches

    if args.action in ("list", "remove"):  # reading or removing watches never creates a database
        watches = Watches(_open_store(args).db)
        return _watch_list(watches, args.lang) if args.action == "list" else _watch_remove(watches, args)
    if args.action == "add":
        return _watch_add(args)
    return _watch_run(args)


def _watch_list(watches: Watches, lang: str) -> int:
    every = watches.all()
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


def _watch_remove(watches: Watches, args: argparse.Namespace) -> int:
    from handlers.watches import remove_watch

    which = args.target or ""
    known = watches.get(int(which)) if which.isdigit() else watches.by_url(which)
    if known is None:
        print(t(args.lang, "watch-no-such", which=which), file=sys.stderr)
        return 1
    print(remove_watch(watches, which, args.lang))
    return 0


def _watch_add(args: argparse.Namespace) -> int:
    """Check the listing first: a page that cannot be read is reported and nothing is stored."""
    from datetime import UTC, datetime

    from fetch.watching import harvest
    from store.watches import Watches

    from .ingest import fetch_settings

    if not args.target:
        raise NoticeError(t(args.lang, "cli-watch-add-what"))
    found = harvest(args.target, set(), fetch_settings(_config(args, create=True)))
    if found.error:
        print(t(args.lang, "cli-watch-add-failed", url=args.target, error=found.error))
        return 1
    watches = Watches(_open_store(args, create=True).db)  # adding a watch may start a ledger
    watch, added = watches.add(args.target, 0, None, datetime.now(UTC))
    if not added:
        print(t(args.lang, "watch-already", url=args.target))
        return 0
    return _check(args, watches, [watch], {watch.id: found})


def _watch_run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from store.watches import Watches

    watches = Watches(_open_store(args, create=True).db)
    todo = watches.all() if args.all else watches.due(datetime.now(UTC))
    if not todo:
        later = min((w.next_check_at for w in watches.all()), default=None)
        print(t(args.lang, "cli-watch-nothing-due", next=_utc(later)) if later else t(args.lang, "cli-watch-none"))
        return 0
    return _check(args, watches, todo, {})


def _check(args: argparse.Namespace, watches: Watches, todo: list[Watch], found: dict[int, Harvest]) -> int:
    """Check each watch (reusing a harvest already made), store what is new, and say so site by site."""
    from datetime import UTC, datetime, timedelta

    from fetch.watching import Every, harvest, record
    from handlers.watches import queue_reports
    from store.subscriptions import Subscriptions

    from .ingest import fetch_settings

    config = _config(args, create=True)
    store = Store(watches.db)
    every = Every(timedelta(hours=config.fetch.watch_hours), timedelta(minutes=config.fetch.watch_jitter_minutes))
    failed = 0
    for watch in todo:
        now = datetime.now(UTC)
        harvested = found.get(watch.id) or harvest(watch.url, watches.seen(watch.id), fetch_settings(config))
        arrivals = record(store, watches, watch, harvested, now, every)
        after = watches.get(watch.id)
        next_check = _utc(after.next_check_at) if after else "?"
        if harvested.error:
            failed += 1
            print(t(args.lang, "cli-watch-failed", url=watch.url, error=harvested.error, next=next_check))
            continue
        queued = queue_reports(store, watches, Subscriptions(store.db), watch, arrivals, now)
        listed, stored = len(harvested.links), len(arrivals)
        print(t(args.lang, "cli-watch-checked", url=watch.url, listed=listed, stored=stored, queued=queued))
        for arrival in arrivals:
            print(f"  {arrival.result.outcome:<8} {arrival.url}: {arrival.result.agency}")
        print("  " + t(args.lang, "cli-watch-next", next=next_check))
    return 1 if failed else 0


def t(lang: str, key: str, /, **args: object) -> str:
    """A message of the catalogues (answers/locales/*.ftl) in the console's language."""
    from answers.i18n import t as message  # imported when a command speaks, not at start-up

    return message(lang, key, **args)


def _said(err: Exception, lang: str) -> str:
    """An error's line: a reading or fetching error from the catalogues in Chinese, as raised in English."""
    if lang == "zh" and isinstance(err, NoticeError):
        from answers.errors import error_text
        from answers.markup import plain

        return plain(error_text(err, lang)).removeprefix("❌ ")
    return str(err)


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


def _answerer(args: argparse.Namespace, store: Store) -> Callable[[str], Answer]:
    """answer() for one question, or with --chat NAME a conversation: the same per-chat context the bot keeps
    (stored, going stale alike)."""
    from answers.answer import answer

    if args.chat is None:
        return lambda question: answer(store, question)
    from datetime import UTC, datetime, timedelta

    from answers.conversation import converse

    ttl = timedelta(minutes=_config(args, create=False).chat.context_minutes)
    chat = cli_chat_id(args.chat)
    return lambda question: converse(store, chat, question, now=datetime.now(UTC), ttl=ttl)


def _cmd_ask(args: argparse.Namespace) -> int:
    from answers.markup import plain
    from answers.render import format_answer

    store = _open_store(args)
    reply = _answerer(args, store)
    if args.question is None:  # batch: a question a line from standard input, answered in this process
        if not args.json:
            raise NoticeError("ask a question, or give --json and questions one per line on standard input")
        for line in sys.stdin:
            if line.strip():
                result = reply(line.strip())
                print(json.dumps(result.to_json(plain(format_answer(result))), ensure_ascii=False), flush=True)
        return 0
    result = reply(args.question)
    text = plain(format_answer(result))
    if args.json:
        print(json.dumps(result.to_json(text), ensure_ascii=False, indent=1))
    else:
        print(text)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    """The ledger as the bot sends it (.xlsx and .csv, divided when over the Bot API's limit) into a folder."""
    from datetime import date

    from answers.export import ledger_file_stem, ledger_files
    from answers.i18n import t
    from answers.resolve import directory, resolve

    store = _open_store(args)
    name = args.name or ""
    ids: list[int] = []
    if name:
        found = resolve(name, directory(store))
        if not found.agencies:
            raise NoticeError(f"no stored agency matches {name}")
        ids = [a.id for a in found.agencies]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files, divided = ledger_files(
        store, ids, lang=args.lang, today=date.today(), stem=ledger_file_stem(name, args.lang)
    )
    if divided:
        print(t(args.lang, "ledger-divided", count=len(files)))
    for file in files:
        (out / file.name).write_bytes(file.data)
        print(f"{out / file.name} ({len(file.data) / 1e6:.1f} MB)")
    return 0


def _cmd_chart(args: argparse.Namespace) -> int:
    """The /chart picture as a PNG file, and its caption (the same in words) on standard output."""
    import time
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from answers.i18n import t
    from answers.markup import plain
    from answers.resolve import directory, resolve
    from presentation.charts import caption, chart_png
    from store.tallies import Thresholds, snapshot

    config, store = _config(args, create=False), _open_store(args)
    scope, ids = args.scope or None, []
    if scope:
        res = resolve(scope, directory(store))
        if not res.agencies:
            print(f"rectibot: {t(args.lang, 'no-match', name=scope)}", file=sys.stderr)
            return 2
        ids = [a.id for a in res.agencies]
        scope = res.place or (res.agencies[0].name if len(res.agencies) == 1 else scope)
    today = date.fromisoformat(args.date) if args.date else datetime.now(ZoneInfo(config.reminders.timezone)).date()
    snap = snapshot(store, ids, today, Thresholds(**asdict(config.chart)))
    if not snap.agencies:
        print(f"rectibot: {t(args.lang, 'chart-nothing')}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    Path(args.output).write_bytes(chart_png(snap, scope, args.lang))
    print(plain(caption(snap, scope, args.lang)))
    print(t(args.lang, "chart-saved", path=args.output, seconds=f"{time.perf_counter() - started:.2f}"))
    return 0


DEMO_CHAT = 0  # the console is one chat: follow-ups refer to its previous question
CLI_CHATS = 1 << 62  # `ask --chat NAME` chats live above every Telegram chat id (those fit in 52 bits)


def cli_chat_id(name: str) -> int:
    """The stored chat id of a command-line conversation NAME (stable across runs, apart from Telegram's)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=7).digest()
    return CLI_CHATS + int.from_bytes(digest, "big")


def _cmd_demo(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from answers.conversation import converse
    from answers.markup import plain
    from answers.render import format_answer

    from .ingest import ingest_paths

    args.db = args.db or "rectibot-demo.db"
    store = _open_store(args, create=True)
    ttl = timedelta(minutes=_config(args, create=True).chat.context_minutes)
    store.conversations.forget(DEMO_CHAT)  # a new console session starts a new conversation
    # package data (pyproject [tool.setuptools.package-data]), a real folder however it was installed
    with resources.as_file(resources.files(__package__).joinpath("samples")) as samples:
        if not samples.is_dir():
            raise NoticeError(f"the sample notices are missing from {samples}; reinstall rectibot")
        report = ingest_paths(store, sorted(samples.glob("*.txt")), progress=False, lang=args.lang)
    print(t(args.lang, "cli-demo-stored", db=args.db, totals=report.totals()))
    interactive = sys.stdin.isatty()
    if interactive:
        print(t(args.lang, "cli-demo-prompt"))
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
        result = converse(store, DEMO_CHAT, question, now=datetime.now(UTC), ttl=ttl)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rectibot", description="Rectification notices: parse, store, answer.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('rectibot')}")
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


# What SQLite says (lower case) → what is wrong with the file and what to do about it.
DATABASE_PROBLEMS = {
    "not a database": "is not a SQLite database or is damaged; restore it from a backup, or name another with --db",
    "malformed": "is damaged; restore it from a backup, or name another with --db",
    "readonly": "is read-only; give this user write access to it and to its folder",
    "disk is full": "cannot be written: the disk is full; free some space and run the command again",
    "unable to open": "cannot be opened; check the path and the folder's permissions",
    "locked": "is locked by another process for too long; try again when it has finished",
}


def database_problem(db: str, err: sqlite3.DatabaseError) -> str:
    """One line naming the database file, what is wrong with it and what to do."""
    said = str(err).lower()
    what = next((v for k, v in DATABASE_PROBLEMS.items() if k in said), f"could not be used ({err}); check the file")
    return f"database {db} {what}"


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
    except (NoticeError, ConfigError) as err:
        print(f"rectibot: {_said(err, args.lang)}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as err:  # corrupted, read-only, a full disk: one line, no traceback
        print(f"rectibot: {database_problem(_database_name(args), err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
