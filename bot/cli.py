"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from notices import NoticeError, parse_file
from store import Store

from .config import ConfigError, find_config, load_config

SUFFIXES = {".txt", ".text", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
SAMPLES = Path(__file__).resolve().parent / "samples"  # shipped in the wheel as package data


def _cmd_parse(args: argparse.Namespace) -> int:
    from answers.summary import notice_summary

    notice = parse_file(args.file)
    if args.json:
        print(json.dumps(notice.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(notice_summary(notice))
    return 0


def _open_store(args: argparse.Namespace) -> Store:
    from store import open_database

    config = load_config(find_config(args.config), args.db)
    return Store(open_database(config.db))


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

    store = _open_store(args)
    paths = [p for p in args.paths if not is_url(p)]
    report = ingest_paths(store, list(notice_files(paths)), progress=not args.quiet)
    urls = [p for p in args.paths if is_url(p)]
    if urls:
        ingest_urls(store, urls, fetch_settings(load_config(find_config(args.config), args.db)), report)
    print(report.text())
    return 1 if report.failed else 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """`rectibot watch add|list|remove|run`: the same watches the bot checks (reports go out through the bot)."""
    from datetime import UTC, datetime, timedelta

    from fetch.watching import Every, harvest, record
    from handlers.watches import queue_reports, remove_watch
    from store.watches import Watches

    from .ingest import fetch_settings

    config = load_config(find_config(args.config), args.db)
    store = _open_store(args)
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
        print(remove_watch(watches, args.target or ""))
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
        queued = queue_reports(store, watches, watch, arrivals, now)
        print(f"{watch.url}: {len(found.links)} notices listed, {len(arrivals)} stored, {queued} chat reports queued")
        for arrival in arrivals:
            print(f"  {arrival.result.outcome:<8} {arrival.url}: {arrival.result.agency}")
    return 1 if failed else 0


def _cmd_ask(args: argparse.Namespace) -> int:
    from answers.answer import answer
    from answers.markup import plain
    from answers.render import format_answer

    store = _open_store(args)
    result = answer(store, args.question)
    text = plain(format_answer(result))
    if args.json:
        print(json.dumps(result.to_json(text), ensure_ascii=False, indent=1))
    else:
        print(text)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from answers.answer import answer
    from answers.markup import plain
    from answers.render import format_answer

    from .ingest import ingest_paths

    if not SAMPLES.is_dir():
        raise NoticeError(f"the sample notices are missing from {SAMPLES}; reinstall rectibot")
    args.db = args.db or "rectibot-demo.db"
    store = _open_store(args)
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
        print(plain(format_answer(answer(store, question))))
        print()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rectibot", description="Rectification notices: parse, store, answer.")
    parser.add_argument("--config", help="config file (default: RECTIBOT_CONFIG or ./config.toml)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse one notice file and print its structure")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_parse)

    p = sub.add_parser("ingest", help="store notices from files, folders and links (http/https URLs)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--db", help="SQLite database (default: config.toml [store] db or RECTIBOT_DB)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("watch", help="watch sites' listings of notices: add URL | list | remove N|URL | run [--all]")
    p.add_argument("action", choices=["add", "list", "remove", "run"])
    p.add_argument("target", nargs="?", help="the listing page's URL (add), or a watch's number or URL (remove)")
    p.add_argument("--all", action="store_true", help="run: check every watch now, not only those due")
    p.add_argument("--db")
    p.set_defaults(func=_cmd_watch)

    p = sub.add_parser("ask", help="answer a question about the stored notices")
    p.add_argument("question")
    p.add_argument("--db")
    p.add_argument("--json", action="store_true", help="print intent, agencies, choices, items and text as JSON")
    p.set_defaults(func=_cmd_ask)

    p = sub.add_parser("demo", help="store the sample notices and chat with them in the console")
    p.add_argument("--db", help="database for the demo (default: rectibot-demo.db)")
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("run", help="run the Telegram bot (token from TELEGRAM_BOT_TOKEN)")
    p.add_argument("--db")
    p.set_defaults(func=_cmd_run)
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    from .app import run

    config = load_config(find_config(args.config), args.db)
    return run(config)


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
