"""The `rectibot` command line: parse, ingest, ask, demo, run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from rectibot.notices import NoticeError, parse_file


def _cmd_parse(args: argparse.Namespace) -> int:
    from .render import notice_summary

    notice = parse_file(args.file)
    if args.json:
        print(json.dumps(notice.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(notice_summary(notice))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rectibot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one notice file and print its structure")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=_cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except NoticeError as err:
        print(f"rectibot: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
