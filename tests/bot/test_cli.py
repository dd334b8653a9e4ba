"""The command line as a user runs it: ingest, ask --json, demo from a pipe."""

from __future__ import annotations

import json
import subprocess
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.cli import rectibot, rectibot_process
from tests.conftest import SAMPLES


def test_parse_json_has_every_gold_key_and_the_extras() -> None:
    run = rectibot("parse", str(SAMPLES / "002_406aab18e3364a22.txt"), "--json")
    data = json.loads(run.stdout)
    gold = json.loads((Path(__file__).parents[1] / "data" / "gold" / "002_406aab18e3364a22.json").read_text())
    assert set(gold) - {"file"} <= set(data) and "warnings" in data
    assert set(gold["items"][0]) | {"measures", "pending_evidence", "deadline"} <= set(data["items"][0])


def test_parse_prints_a_readable_summary() -> None:
    run = rectibot("parse", str(SAMPLES / "003_4ec4d330bc6282d2.txt"))
    assert run.returncode == 0
    assert "朔州市科学技术局党组" in run.stdout and "存在人员混岗问题" in run.stdout
    assert "warning: the notice claims 32 problems completed but lists 31" in run.stdout


def test_ingest_folder_reports_each_notice_and_totals(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in SAMPLES.glob("00[0-2]*.txt"):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    db = str(tmp_path / "r.db")
    run = rectibot("ingest", str(folder), "--db", db, "-q")
    assert run.returncode == 1  # one file failed
    assert "溆浦县科学技术局党组 — 33 items" in run.stdout
    assert "FAILED scan.pdf: scan.pdf is a damaged PDF file" in run.stdout
    assert run.stdout.strip().endswith("Total: 3 new, 0 updated, 0 duplicate, 1 failed")
    again = rectibot("ingest", str(folder / "000_a6a853e402721468.txt"), "--db", db)
    assert again.stdout.strip().endswith("Total: 0 new, 0 updated, 1 duplicate, 0 failed")


def test_ask_json(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    rectibot("ingest", str(SAMPLES), "--db", db)
    run = rectibot("ask", "朔州还有哪些问题没整改完", "--db", db, "--json")
    data = json.loads(run.stdout)
    assert data["intent"] == "open_items" and data["agencies"] == ["朔州市科学技术局党组"]
    assert data["choices"] == []
    assert {(i["label"], i["status"]) for i in data["items"]} >= {("10", "unstated"), ("1", "in_progress")}
    assert set(data["items"][0]) == {"agency", "seq", "label", "title", "status", "pending"}
    assert data["text"].startswith("朔州市科学技术局党组 还没整改完的问题（2个）")
    ambiguous = json.loads(rectibot("ask", "科技局还有哪些问题", "--db", db, "--json").stdout)
    assert len(ambiguous["choices"]) == 4 and ambiguous["items"] == []


def test_demo_reads_questions_from_a_pipe(tmp_path: Path) -> None:
    run = rectibot(
        "demo",
        "--db",
        str(tmp_path / "demo.db"),
        stdin="朔州还有哪些问题没整改完\nwhich agencies have travel expense problems\n",
    )
    assert run.returncode == 0, run.stderr
    assert "5 new" in run.stdout
    assert "> 朔州还有哪些问题没整改完" in run.stdout and "存在人员混岗问题" in run.stdout
    assert "2 agencies have “差旅费” problems" in run.stdout


def test_demo_follows_the_conversation(tmp_path: Path) -> None:
    run = rectibot("demo", "--db", str(tmp_path / "demo.db"), stdin="朔州还有哪些问题没整改完\n那青神呢\n第16项呢\n")
    second = run.stdout.split("> 那青神呢")[1].split("> 第16项呢")[0]
    assert "青神县科学技术协会党组" in second and "固定资产管理不善" in second  # 青神's open items
    assert "项目成效不明显" in run.stdout.split("> 第16项呢")[1]


def test_bad_config_says_how_to_fix_it(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[reminders]\ntime = "9 am"\n')
    run = rectibot("--config", str(config), "ask", "你好")
    assert run.returncode == 2 and "time = '9 am': HH:MM, e.g. \"09:00\"" in run.stderr


def test_a_misspelled_key_is_an_error_naming_the_right_one(tmp_path: Path) -> None:
    config = tmp_path / "typo.toml"
    config.write_text("[telegram]\nadmin = [1]\n")  # would leave ingest open to anyone if accepted
    run = rectibot("--config", str(config), "ask", "你好")
    assert run.returncode == 2 and "unknown key admin; did you mean admins?" in run.stderr


@pytest.mark.parametrize("before", [True, False], ids=["options before the command", "options after it"])
def test_global_options_go_before_or_after_the_command(tmp_path: Path, before: bool) -> None:
    db = tmp_path / "r.db"
    rectibot("ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt"), "--db", str(db), "-q")
    config = tmp_path / "bot.toml"
    config.write_text(f'[store]\ndb = "{db}"\n')
    options = ["--config", str(config)]
    ask = (
        rectibot(*options, "ask", "朔州还有哪些问题没整改完")
        if before
        else rectibot("ask", "朔州还有哪些问题没整改完", *options)
    )
    assert ask.returncode == 0 and "存在人员混岗问题" in ask.stdout  # the config's database was read
    run = rectibot(*options, "run") if before else rectibot("run", *options)
    assert run.returncode == 2 and "TELEGRAM_BOT_TOKEN" in run.stderr  # got as far as the token


def test_version() -> None:
    run = rectibot_process("--version")  # the module runs as a program
    assert run.returncode == 0 and run.stdout.strip() == f"rectibot {version('rectibot')}"


def test_a_database_that_does_not_exist_is_not_created_by_ask(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    run = rectibot("ask", "朔州还有哪些问题没整改完", "--db", str(missing))
    assert run.returncode == 2 and run.stderr.strip() == (
        f"rectibot: database {missing} does not exist; check --db, or create it with `rectibot ingest FILES`"
    )
    assert not missing.exists()


def test_ingest_takes_links_beside_paths(tmp_path: Path) -> None:
    from tests.notice_files import to_html
    from tests.web import Page, serve

    site = serve({"/n/xupu.html": Page(to_html((SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")))})
    config = tmp_path / "allow-local.toml"
    config.write_text('[fetch]\nallowed_private_hosts = ["127.0.0.1"]\n')
    try:
        db = str(tmp_path / "r.db")
        run = rectibot(
            "--config", str(config), "ingest", site.url("/n/xupu.html"), str(SAMPLES / "003_4ec4d330bc6282d2.txt"),
            site.url("/gone.html"), "--db", db, "-q",
        )  # fmt: skip
        assert f"new       {site.url('/n/xupu.html')}: 溆浦县科学技术局党组 — 33 items" in run.stdout
        assert f"FAILED {site.url('/gone.html')}: " in run.stdout and "404" in run.stdout
        assert run.stdout.strip().endswith("Total: 2 new, 0 updated, 0 duplicate, 1 failed")
        ask = rectibot("ask", "溆浦问题21整改了吗", "--db", db)
        assert f"通报 ({site.url('/n/xupu.html')})" in ask.stdout  # the answer cites the page
        refused = rectibot("ingest", site.url("/n/xupu.html"), "--db", str(tmp_path / "other.db"), "-q", cwd=tmp_path)
        assert "private or local address (127.0.0.1)" in refused.stdout and refused.returncode == 1
    finally:
        site.stop()


def test_watch_add_list_run_remove(tmp_path: Path) -> None:
    from tests.notice_files import to_html
    from tests.web import Page, serve

    text = (SAMPLES / "004_2f080293ae457813.txt").read_text("utf-8")
    column = '<html><body><ul><li><a href="{0}">源城区科技局党组关于巡察整改情况的通报</a></li></ul></body></html>'
    site = serve({"/xcz/": Page(column.format("/xcz/n1.html").encode()), "/xcz/n1.html": Page(to_html(text))})
    config = tmp_path / "allow-local.toml"
    config.write_text('[fetch]\nallowed_private_hosts = ["127.0.0.1"]\n')
    db = tmp_path / "w.db"

    def watch(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
        return rectibot("--config", str(config), "--lang", lang, "watch", *args, "--db", str(db))

    try:
        listed = watch("list")
        assert listed.returncode == 2 and "does not exist" in listed.stderr and not db.exists()
        for wrong in ("notaurl", "http://127.0.0.1:9/none/"):
            failed = watch("add", wrong)
            assert (
                failed.returncode == 1 and f"FAILED {wrong}: " in failed.stdout and "Nothing was added" in failed.stdout
            )
        assert not db.exists()  # a failed add stores nothing, not even a database
        added = watch("add", site.url("/xcz/"))
        assert f"checked {site.url('/xcz/')}: 1 notice listed, 1 new stored" in added.stdout and added.returncode == 0
        assert "new      " + site.url("/xcz/n1.html") + ": 源城区科技局党组" in added.stdout
        assert "  next check 20" in added.stdout
        listing = watch("list").stdout.splitlines()
        assert len(listing) == 1 and listing[0].startswith(f"1. {site.url('/xcz/')} — next check 20")
        idle = watch("run")
        assert idle.returncode == 0 and idle.stdout.startswith("Nothing due; the next check is at 20")
        assert "rectibot watch run --all" in idle.stdout
        assert watch("run", lang="zh").stdout.startswith("现在没有到期的检查；下次检查在 20")
        again = watch("run", "--all")
        assert f"checked {site.url('/xcz/')}: 1 notice listed, 0 new stored" in again.stdout
        assert site.hits["/xcz/n1.html"] == 1 and "next check 20" in again.stdout
        unknown = watch("remove", "5")
        assert unknown.returncode == 1 and "No such watch: 5" in unknown.stderr
        assert "Stopped watching" in watch("remove", "1").stdout
        assert watch("list").stdout.startswith("No watched sites.")
        assert watch("run").stdout.startswith("No watched sites.")
    finally:
        site.stop()


@pytest.mark.parametrize(
    ("locale", "options", "lang"),
    [
        ({"LANG": "zh_CN.UTF-8"}, [], "zh"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, [], "zh"),
        ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "en"),
        ({}, [], "en"),
    ],
    ids=["LANG zh", "LC_ALL over LANG", "--lang over the locale", "no locale"],
)
def test_the_console_speaks_the_users_language(
    tmp_path: Path, locale: dict[str, str], options: list[str], lang: str
) -> None:
    db = str(tmp_path / "r.db")
    files = [str(SAMPLES / "003_4ec4d330bc6282d2.txt"), str(tmp_path / "missing.pdf")]
    run = rectibot(*options, "ingest", *files, "--db", db, "-q", locale=locale)
    demo = rectibot(*options, "demo", "--db", db, stdin="", locale=locale)
    undo = rectibot(*options, "undo", "--db", db, locale=locale)
    missing = rectibot(*options, "parse", str(tmp_path / "missing.txt"), locale=locale)
    parsed = rectibot(*options, "parse", files[0], locale=locale).stdout
    if lang == "zh":
        assert "问题：33个，4个方面；已完成 31，正在推进 1，未标明进度 1" in parsed
        assert "提醒：通报自述已完成32个，正文列出31个" in parsed and "warning" not in parsed
        assert "已收录 朔州市科学技术局党组 的通报：33个问题" in run.stdout
        assert f"失败 missing.pdf：{tmp_path / 'missing.pdf'} 不存在。" in run.stdout
        assert run.stdout.strip().endswith("合计：新收录 1 份，更新 0 份，重复 0 份，失败 1 份")
        assert demo.stdout.startswith(f"示例通报已存入 {db}：新收录 4 份，更新 0 份，重复 1 份")
        assert undo.stdout.startswith("已撤销 源城区科技局党组 的通报（20个问题）")
        assert missing.stderr.strip() == f"rectibot: {tmp_path / 'missing.txt'} 不存在。"
    else:
        assert "items: 33, 4 aspects; done 31, in progress 1, status not stated 1" in parsed
        assert "warning: the notice claims 32 problems completed but lists 31" in parsed
        assert "new       003_4ec4d330bc6282d2.txt: 朔州市科学技术局党组 — 33 items" in run.stdout
        assert run.stdout.strip().endswith("Total: 1 new, 0 updated, 0 duplicate, 1 failed")
        assert demo.stdout.startswith(f"Sample notices in {db}: 4 new, 0 updated, 1 duplicate")
        assert undo.stdout.startswith("removed notice 5: 源城区科技局党组")
        assert missing.stderr.startswith("rectibot: ") and "不存在" not in missing.stderr


def test_parse_takes_a_link_and_ingest_refuses_a_listing(tmp_path: Path) -> None:
    from tests.notice_files import to_html
    from tests.web import Page, serve

    text = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
    entry = '<li><a href="/xcz/n{0}.html">某单位党组关于巡察整改进展情况的通报（{0}）</a></li>'
    column = "<html><body><h1>巡察工作</h1><ul>" + "".join(entry.format(n) for n in range(4)) + "</ul></body></html>"
    site = serve({"/xcz/": Page(column.encode()), "/xcz/n0.html": Page(to_html(text))})
    config = tmp_path / "allow-local.toml"
    config.write_text('[fetch]\nallowed_private_hosts = ["127.0.0.1"]\n')
    try:
        parsed = rectibot("--config", str(config), "parse", site.url("/xcz/n0.html"))
        assert (
            parsed.returncode == 0 and "朔州市科学技术局党组" in parsed.stdout and "存在人员混岗问题" in parsed.stdout
        )
        listing = site.url("/xcz/")
        run = rectibot("--config", str(config), "ingest", listing, "--db", str(tmp_path / "r.db"), "-q")
        assert run.returncode == 1
        assert f"FAILED {listing}: {listing} is a list of 4 notices; add them with `rectibot watch add {listing}`" in (
            run.stdout
        )
        assert run.stdout.strip().endswith("0 new, 0 updated, 0 duplicate, 1 failed")
    finally:
        site.stop()


def test_ask_json_answers_a_question_a_line_from_standard_input(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    rectibot("ingest", str(SAMPLES), "--db", db)
    questions = "朔州还有哪些问题没整改完\n\nwhich agencies have travel expense problems\n溆浦问题21整改了吗\n"
    run = rectibot("ask", "--json", "--db", db, stdin=questions)
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert [a["intent"] for a in answers] == ["open_items", "topic_search", "item_status"]
    one = json.loads(rectibot("ask", "朔州还有哪些问题没整改完", "--db", db, "--json").stdout)
    assert answers[0] == one  # the same answer as asked alone


def test_export_writes_the_files_the_bot_sends(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    rectibot("ingest", str(SAMPLES), "--db", db)
    run = rectibot("export", "朔州", "--out", str(tmp_path / "out"), "--db", db, "--lang", "zh")
    assert run.returncode == 0, run.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["整改台账-朔州.csv", "整改台账-朔州.xlsx"]
    assert "朔州市科学技术局党组" in (tmp_path / "out" / "整改台账-朔州.csv").read_text("utf-8-sig")


def test_the_english_ingest_report_names_statuses_in_english(tmp_path: Path) -> None:
    run = rectibot("ingest", str(SAMPLES / "003_4ec4d330bc6282d2.txt"), "-q", "--db", str(tmp_path / "r.db"))
    assert run.returncode == 0, run.stderr
    assert "33 items (done 31, in progress 1, status not stated 1)" in run.stdout
    assert not any(word in run.stdout for word in ("已完成", "正在推进", "未标明进度"))
