"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from notices import Notice, NoticeError
from notices.worker import Limits, WorkerPool

from .config import Config, ConfigError, find_config, load_config

if TYPE_CHECKING:
    from usecases.services import Services

    from .ingest import IngestReport

T = TypeVar("T")

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


def _serve(
    config: Config, work: Callable[[Services], Awaitable[T]], *, read: Callable[[bytes, str], Notice] | None = None
) -> T:
    """Run a use case (or several) on the configured database, through the same gateway the bot uses."""
    from store.gateway import Gateway
    from usecases.services import Services

    from .ingest import settings_from

    async def main() -> T:
        svc = Services(settings_from(config, read), Gateway(config.db, readers=1))
        try:
            return await work(svc)
        finally:
            await svc.db.settle()
            svc.db.close()

    return asyncio.run(main())


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
    from .ingest import ingest_paths, ingest_urls, is_url

    config = _config(args, create=True)
    files = list(notice_files([p for p in args.paths if not is_url(p)]))
    urls = [p for p in args.paths if is_url(p)]

    async def ingest(svc: Services) -> IngestReport:
        report = await ingest_paths(svc, files, progress=not args.quiet, limits=_limits(config), confirm=args.confirm)
        return await ingest_urls(svc, urls, report, limits=_limits(config)) if urls else report

    report = _serve(config, ingest)
    print(report.text())
    return 1 if report.failed or report.outcomes["held"] else 0


def _cmd_undo(args: argparse.Namespace) -> int:
    """Take back the last notice stored (or --notice ID); a copy stays in the database's history."""
    from usecases import notices

    removed = _serve(_config(args, create=False), lambda svc: notices.undo(svc, args.notice))
    if removed is None:
        raise NoticeError(f"there is no notice {args.notice} to remove" if args.notice else "no notice is stored")
    after = f"notice {removed.current_id} is current again" if removed.current_id else "no notice of it remains"
    print(
        f"removed notice {removed.notice_id}: {removed.agency} {removed.notice_date or ''} "
        f"({removed.item_count} items); {after}"
    )
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    """`rectibot watch add|list|remove|run`: the same watches the bot checks (reports go out through the bot)."""
    from usecases import watches

    config = _config(args, create=True)  # adding a watch may start a ledger

    async def act(svc: Services) -> int:
        if args.action == "list":
            for w in await watches.watches(svc):
                state = (
                    f"failing {w.failures}x: {w.last_error}"
                    if w.failures
                    else f"next check {w.next_check_at:%Y-%m-%d %H:%M} UTC"
                )
                print(f"{w.id}. {w.url} — {state}")
            return 0
        if args.action == "remove":
            from presentation.markup import plain
            from presentation.watches import removed_text

            removed = await watches.remove(svc, args.target or "")
            print(plain(removed_text(removed, args.target or "", "en")))  # the console speaks English
            return 0
        if args.action == "add":
            if not args.target:
                raise NoticeError("name the listing page to watch: rectibot watch add URL")
            added = await watches.add(svc, args.target, 0, None, vet_first=False)
            if added.already:
                print(f"already watched: {args.target}")
                return 0
            assert added.checked is not None
            done = [added.checked]
        else:  # run
            done = await watches.check_due(svc, every_one=args.all)
        for checked in done:
            if checked.error:
                print(f"FAILED {checked.watch.url}: {checked.error}")
                continue
            print(
                f"{checked.watch.url}: {checked.listed} notices listed, {len(checked.arrivals)} stored, "
                f"{checked.queued} chat reports queued"
            )
            for arrival in checked.arrivals:
                print(f"  {arrival.result.outcome:<8} {arrival.url}: {arrival.result.agency}")
        return 1 if any(c.error for c in done) else 0

    return _serve(config, act)


def _cmd_ask(args: argparse.Namespace) -> int:
    from presentation.markup import plain
    from presentation.render import format_answer
    from usecases import questions

    result = _serve(_config(args, create=False), lambda svc: questions.ask_once(svc, args.question))
    text = plain(format_answer(result))
    if args.json:
        print(json.dumps(result.to_json(text), ensure_ascii=False, indent=1))
    else:
        print(text)
    return 0


DEMO_CHAT = 0  # the console is one chat: follow-ups refer to its previous question


def _cmd_demo(args: argparse.Namespace) -> int:
    if not SAMPLES.is_dir():
        raise NoticeError(f"the sample notices are missing from {SAMPLES}; reinstall rectibot")
    args.db = args.db or "rectibot-demo.db"
    return _serve(_config(args, create=True), lambda svc: _demo(svc, args.db))


async def _demo(svc: Services, db: str) -> int:
    """Store the samples, then answer questions from standard input as one chat (follow-ups included)."""
    from presentation.markup import plain
    from presentation.render import format_answer
    from usecases import questions

    from .ingest import ingest_paths

    await questions.forget(svc, DEMO_CHAT)  # a new console session starts a new conversation
    report = await ingest_paths(svc, sorted(SAMPLES.glob("*.txt")), progress=False)
    print(f"Sample notices in {db}: {report.totals()}")
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
        result = await questions.ask(svc, DEMO_CHAT, question)
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
