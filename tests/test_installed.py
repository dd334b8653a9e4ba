"""The wheel as a user installs it (`pip install .`, not editable), used from another directory.

The fresh venv gets the built wheel only; its dependencies come from the development venv's
site-packages, appended to the path by a .pth line (never its editable finder, which a plain path line
does not run), so nothing of the checkout is importable and the test needs no index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.notice_files import convert

# One question of every intent the demo answers (answers/intents.py), with a fragment of its answer.
QUESTIONS = {
    "朔州还有哪些问题没整改完": "存在人员混岗问题",  # open_items
    "溆浦问题21整改了吗": "差旅费报销不规范",  # item_status
    "which agencies have travel expense problems": "2 agencies have",  # topic_search (answers/data/topics.toml)
    "溆浦完成了多少": "33个问题，完成率100%",  # summary
    "朔州的通报对得上吗": "通报自述已完成32个，正文列出31个",  # claims_check
    "青神有什么变化": "只有一份通报",  # changes
    "最新的通报是哪个": "天长市科学技术局党组 2023-09-26 — 28个问题",  # latest
    "有哪些单位": "收录的单位（5个）",  # list_agencies
    "help": "What is the status of problem 21 in Xupu?",  # help (answers/data/intents.toml)
}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """bin/ of a fresh venv holding the wheel built from a copy of the checkout (tests/conftest.py)."""
    env_dir = tmp_path_factory.mktemp("installed") / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)]
    subprocess.run(pip, check=True)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    (Path(site) / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return env_dir / "bin"


def run(bindir: Path, cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"}
    return subprocess.run(
        [str(bindir / "rectibot"), *args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_the_installed_wheel_answers_every_intent_from_another_directory(installed: Path, tmp_path: Path) -> None:
    where = run(installed, tmp_path, "--version")
    assert where.returncode == 0 and where.stdout.strip() == f"rectibot {version('rectibot')}"
    probe = subprocess.run(
        [str(installed / "python"), "-c", "import answers; print(answers.__file__)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert not probe.stdout.startswith(str(ROOT) + os.sep + "answers")  # the wheel's copy, not the checkout
    demo = run(installed, tmp_path, "demo", stdin="\n".join(QUESTIONS) + "\n")
    assert demo.returncode == 0, demo.stderr
    assert "Traceback" not in demo.stderr and "5 new" in demo.stdout
    answers = demo.stdout.split("\n> ")[1:]
    assert len(answers) == len(QUESTIONS)
    for (question, fragment), reply in zip(QUESTIONS.items(), answers, strict=True):
        assert reply.startswith(question) and fragment in reply.removeprefix(question)
    assert (tmp_path / "rectibot-demo.db").is_file()


FORMATS = ["txt", "docx", "doc", "wps", "pdf", "html", "xlsx", "xls"]


def test_the_installed_wheel_reads_every_format(installed: Path, tmp_path: Path) -> None:
    """One notice in every format a user forwards, stored by one `ingest` of their folder (one start-up of the
    installed command, not eight): each file reads as the same notice, whole."""
    text = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
    folder = tmp_path / "notices"
    folder.mkdir()
    for fmt in FORMATS:
        data, _ = convert(text, "doc" if fmt == "wps" else fmt)
        (folder / f"notice.{fmt}").write_bytes(data)
    stored = run(installed, tmp_path, "ingest", "notices", "--db", "ledger.db", "-q")
    assert stored.returncode == 0, stored.stderr
    read = {line.split()[1].rstrip(":"): line for line in stored.stdout.splitlines() if line.startswith(("new", "dup"))}
    assert sorted(read) == sorted(f"notice.{fmt}" for fmt in FORMATS)
    for line in read.values():
        assert "朔州市科学技术局党组 — 33 items (done 31, in progress 1, status not stated 1)" in line
    assert stored.stdout.rstrip().endswith("Total: 1 new, 0 updated, 7 duplicate, 0 failed")
    parsed = run(installed, tmp_path, "parse", "notices/notice.pdf")
    assert parsed.returncode == 0 and "存在人员混岗问题" in parsed.stdout
