"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib.metadata import version
from pathlib import Path

from notices import NoticeError
from notices.worker import Limits, WorkerPool
from store import Store

from .config import Config, ConfigError, find_config, load_config

SUFFIXES = {".txt", ".text", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SAMPLES = Path(__file__).resolve().parent / "samples"  # shipped in the wheel as package data


def _cmd_parse(args: argparse.Namespace) -> int:
    from presentation.summary import notice_summary

    config = load_config(find_config(args.config))
    pool = WorkerPool(_limits(config))
    try:
        notice = pool.parse(Path(args.file), Path(args.file).name)
    finally:
        pool.close()
    if args.json:
        print(json.dumps(notice.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(notice_summary(notice))
    return 0


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
    return Limits(memory_mb=config.read_memory_mb, seconds=config.read_seconds)


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
    report = ingest_paths(store, files, progress=not args.quiet, limits=_limits(config), confirm=args.confirm)
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
    after = f"notice {removed.current_id} is current again" if removed.current_id else "no notice of it remains"
    print(
        f"removed notice {removed.notice_id}: {removed.agency} {removed.notice_date or ''} "
        f"({removed.item_count} items); {after}"
    )
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """`rectibot watch add|list|remove|run`: the same watches the bot checks (reports go out through the bot)."""
    from datetime import UTC, datetime, timedelta

    from fetch.watching import Every, harvest, record
    from handlers.watches import queue_reports, remove_watch
    from store.subscriptions import Subscriptions
    from store.watches import Watches

    from .ingest import fetch_settings

    config = _config(args, create=True)
    store = _open_store(args, create=True)  # adding a watch may start a ledger
    watches = Watches(store.db)
    if args.action == "list":
        for w in watches.all():
            state = (
                f"failing {w.failures}x: {w.last_error}"
                if w.failures
                else f"next check {w.next_check_at:%Y-%m-%d %H:%M} UTC"
            )
            print(f"{w.id}. {w.url} — {state}")
        return 0
    if args.action == "remove":
        print(remove_watch(watches, args.target or "", "en"))  # the console speaks English
        return 0
    settings = fetch_settings(config)
    every = Every(timedelta(hours=config.fetch.watch_hours), timedelta(minutes=config.fetch.watch_jitter_minutes))
    now = datetime.now(UTC)
    if args.action == "add":
        if not args.target:
            raise NoticeError("name the listing page to watch: rectibot watch add URL")
        watch, added = watches.add(args.target, 0, None, now)
        if not added:
            print(f"already watched: {args.target}")
            return 0
        todo = [watch]
    else:  # run
        todo = watches.all() if args.all else watches.due(now)
    failed = 0
    for watch in todo:
        found = harvest(watch.url, watches.seen(watch.id), settings)
        arrivals = record(store, watches, watch, found, now, every)
        if found.error:
            failed += 1
            print(f"FAILED {watch.url}: {found.error}")
            continue
        queued = queue_reports(store, watches, Subscriptions(store.db), watch, arrivals, now)
        print(f"{watch.url}: {len(found.links)} notices listed, {len(arrivals)} stored, {queued} chat reports queued")
        for arrival in arrivals:
            print(f"  {arrival.result.outcome:<8} {arrival.url}: {arrival.result.agency}")
    return 1 if failed else 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from answers.answer import answer
    from presentation.markup import plain
    from presentation.render import format_answer

    store = _open_store(args)
    result = answer(store, args.question)
    text = plain(format_answer(result))
    if args.json:
        print(json.dumps(result.to_json(text), ensure_ascii=False, indent=1))
    else:
        print(text)
    return 0


DEMO_CHAT = 0  # the console is one chat: follow-ups refer to its previous question


def _cmd_demo(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from answers.conversation import converse
    from presentation.markup import plain
    from presentation.render import format_answer

    from .ingest import ingest_paths

    if not SAMPLES.is_dir():
        raise NoticeError(f"the sample notices are missing from {SAMPLES}; reinstall rectibot")
    args.db = args.db or "rectibot-demo.db"
    store = _open_store(args, create=True)
    ttl = timedelta(minutes=_config(args, create=True).chat.context_minutes)
    store.conversations.forget(DEMO_CHAT)  # a new console session starts a new conversation
    report = ingest_paths(store, sorted(SAMPLES.glob("*.txt")), progress=False)
    print(f"Sample notices in {args.db}: {report.totals()}")
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask about the notices (Chinese or English); an empty line or Ctrl-D ends. Try: 朔州还有哪些问题没整改完")
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

    p = command("parse", _cmd_parse, "parse one notice file and print its structure")
    p.add_argument("file")
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
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print intent, agencies, choices, items and text as JSON")

    command(
        "demo", _cmd_demo, "store the sample notices and chat with them in the console (default db: rectibot-demo.db)"
    )
    command("run", _cmd_run, "run the Telegram bot (token from TELEGRAM_BOT_TOKEN)")
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    from .app import run

    return run(_config(args, create=False))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (NoticeError, ConfigError) as err:
        print(f"rectibot: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
