"""Ingest is idempotent, keeps history, records changes, and is all-or-nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from notices import parse_bytes, parse_notice
from store import Store, open_database
from store.schema import MIGRATIONS
from tests.conftest import SAMPLES, sample_notices
from tests.notice_files import to_docx

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")


def later_shuozhou() -> str:
    """The same inspection reported again: item 10 now done, the mixed-posts item done, item 32 dropped."""
    text = SHUOZHOU.replace(
        "确保了研究“三重一大”事项的党组(扩大)会都有纪检组列席。\n",
        "确保了研究“三重一大”事项的党组(扩大)会都有纪检组列席。\n整改结果:已完成整改。\n",
    )
    text = text.replace("三、需要继续整改的事项和措施", "三、已完成的整改事项")
    start = text.index("32.针对“整改不够彻底”的问题。")
    end = text.index("三、已完成的整改事项")
    text = text[:start] + text[end:]
    return text + "\n2025年12月1日\n"


def test_the_samples_are_stored(store: Store) -> None:
    assert store.stats() == {"agencies": 5, "notices": 5, "current_notices": 5, "items": 145}
    names = [a.name for a in store.agencies()]
    assert "朔州市科学技术局党组" in names and "源城区科技局党组" in names


def test_same_notice_again_is_a_duplicate(store: Store) -> None:
    name, notice = sample_notices()[0]
    result = store.ingest(notice, name)
    assert result.outcome == "duplicate" and result.agency == "溆浦县科学技术局党组"
    assert store.stats()["notices"] == 5


def test_same_notice_in_another_format_is_a_duplicate(store: Store) -> None:
    text = (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8")
    assert store.ingest(parse_bytes(to_docx(text), "tianchang.docx"), "tianchang.docx").outcome == "duplicate"


def test_a_later_notice_becomes_current_and_changes_are_recorded(store: Store) -> None:
    result = store.ingest(parse_notice(later_shuozhou()), "shuozhou-later.txt")
    assert result.outcome == "updated"
    changes = {(c.kind, c.label, c.old_status, c.new_status) for c in result.changes}
    assert changes == {
        ("status", "10", "unstated", "done"),
        ("status", "1", "in_progress", "done"),
        ("dropped", "32", "done", None),
    }
    agency = next(a for a in store.agencies() if a.name == "朔州市科学技术局党组")
    assert store.count_items([agency.id]) == 32  # only the current notice counts
    assert len(store.notices([agency.id], current_only=False)) == 2  # the earlier stays as history
    assert {c["kind"] for c in store.changes([agency.id])} == {"status", "dropped"}


def test_an_older_notice_arriving_late_stays_history(fresh_store: Store) -> None:
    fresh_store.ingest(parse_notice(later_shuozhou()), "later.txt")
    result = fresh_store.ingest(parse_notice(SHUOZHOU), "earlier.txt")
    assert result.outcome == "history" and result.changes == ()
    agency = fresh_store.agencies()[0].id
    assert [n["source_name"] for n in fresh_store.notices([agency])] == ["later.txt"]
    # "what changed" now reads the later notice against the earlier one, as if they had come in order
    assert {(c["kind"], c["label"]) for c in fresh_store.changes([agency])} == {
        ("status", "10"),
        ("status", "1"),
        ("dropped", "32"),
    }


def test_a_failure_inside_ingest_leaves_the_store_as_it_was(store: Store) -> None:
    before = store.stats()
    # A real constraint failure halfway through the notice's items.
    store.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.seq = 20 BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        store.ingest(parse_notice(later_shuozhou()), "later.txt")
    assert store.stats() == before
    assert store.db.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 0


def test_schema_is_versioned_and_migrations_are_idempotent(tmp_path: Path) -> None:
    db = open_database(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    Store(db)  # running the migrations again changes nothing
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


@pytest.mark.parametrize(
    ("terms", "titles"),
    [
        (("差旅费",), {"差旅费报销不规范", "违规报销差旅费"}),  # trigram index
        (("公务用车",), {"财务管理不够规范,公务用车不规范", "公务用车管理制度执行不严"}),
        (("档案",), {"内务管理较混乱,文书管理不规范", "项目资料有缺失,管理不到位"}),  # two characters, in measures
        (("香烟",), {"违规公款购买香烟"}),
        (("党建",), {"党建工作不够扎实,党委(党组)会议记录不规范", "党建工作不够扎实,支部成员长期空缺", "党建资料不齐全",
                     "党建主体责任履行不到位", "党建责任制不到位", "党建工作与业务工作融合不深问题有反弹"}),
    ],
)  # fmt: skip
def test_search_finds_chinese_words_of_any_length(store: Store, terms: tuple[str, ...], titles: set[str]) -> None:
    found = store.search(terms)
    assert titles <= {i.title for i in found}
    assert all(any(t in i.title or t in i.measures for t in terms) for i in found)


@pytest.mark.parametrize("term", ['"', "*", "NEAR", "AND", "OR", "' OR 1=1; --", '差旅费" OR "', "a)b(", "^"])
def test_search_is_safe_from_fts_syntax(store: Store, term: str) -> None:
    store.search((term,))  # must not raise


def test_items_are_read_a_page_at_a_time(store: Store) -> None:
    assert len(store.items([], limit=7)) == 7
    assert store.count_items([]) == 145


def test_database_path_from_file(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db")
    store = Store(db)
    name, notice = sample_notices()[3]
    store.ingest(notice, name)
    assert Store(Database(tmp_path / "x.db")).stats()["items"] == 33
