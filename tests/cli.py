"""Running the `rectibot` command line in tests: in this process (what a user sees, without a fresh
interpreter's start-up), or in a process of its own where that is the point."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import main


def rectibot(
    *args: str, stdin: str | None = None, cwd: Path | None = None, locale: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`rectibot ARGS` run in this process, with its standard streams captured: what a user would see.
    (A fresh interpreter adds start-up time and nothing else to these; test_version and the concurrent
    ingests run the real command in processes of their own.) `locale`: LC_*/LANG for this run only (none
    of the test runner's own)."""
    out, err = io.StringIO(), io.StringIO()
    stdin_was, environ_was = sys.stdin, dict(os.environ)
    sys.stdin = io.StringIO(stdin or "")
    for name in [k for k in os.environ if k.startswith(("LC_", "LANG"))]:
        del os.environ[name]
    os.environ.update(locale or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.chdir(cwd or Path.cwd()):
            try:
                code = main(list(args))
            except SystemExit as exit:  # argparse: --version, --help, a usage error
                code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
    finally:
        sys.stdin = stdin_was
        os.environ.clear()
        os.environ.update(environ_was)
    return subprocess.CompletedProcess(["rectibot", *args], code, out.getvalue(), err.getvalue())


def rectibot_process(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot.cli ARGS` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True)
