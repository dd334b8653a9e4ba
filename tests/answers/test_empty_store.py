"""A store with nothing in it says so; once a notice is stored (here or by another process) it answers."""

from __future__ import annotations

from pathlib import Path

from answers.answer import answer
from store import Store, open_database
from tests.conftest import sample_notices


def test_an_empty_store_says_it_holds_nothing_until_a_notice_is_stored(tmp_path: Path) -> None:
    asking = Store(open_database(tmp_path / "shared.db"))  # the bot's process
    assert answer(asking, "哪些问题超期了").problem == "no_data"
    name, notice = sample_notices()[0]
    Store(open_database(tmp_path / "shared.db")).ingest(notice, name)  # `rectibot ingest` in another process
    result = answer(asking, f"{notice.agency}还有哪些问题没整改完")
    assert result.problem is None and result.agencies == [notice.agency]
