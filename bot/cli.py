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

SUFFIXES = {".txt", ".text", ".docx", ".pdf", ".html", ".htm"}
SAMPLES = Path(__file__).resolve().parent / "samples"  # shipped in the wheel as package data


def _cmd_parse(args: argparse.Namespace) -> int:
    from answers.summary import notice_summary

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
    from .ingest import ingest_paths

    store = _open_store(args, create=True)
    limits = _limits(_config(args, create=True))
    files = list(notice_files(args.paths))
    report = ingest_paths(store, files, progress=not args.quiet, limits=limits, confirm=args.confirm)
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


DEMO_CHAT = 0  # the console is one chat: follow-ups refer to its previous question


def _cmd_demo(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from answers.conversation import converse
    from answers.markup import plain
    from answers.render import format_answer

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

    p = command("ingest", _cmd_ingest, "store notice files (files or folders); creates the database")
    p.add_argument("paths", nargs="+")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--confirm", action="store_true", help="store notices even if they drop problems or look cut off")

    p = command("undo", _cmd_undo, "remove the last notice stored (or one notice) from the ledger")
    p.add_argument("--notice", type=int, help="the id of the notice to remove (default: the last stored)")

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
