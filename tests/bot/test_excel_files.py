"""Excel ledgers (.xlsx and Excel 97–2003 .xls 整改台账) as people forward them: read and stored like any notice;
bombs and a damaged .xls refused with their own words while what was stored stays."""

from __future__ import annotations

from pathlib import Path

from bot.cli import notice_files
from tests.bombs import xls_merges_bomb, xlsx_bomb, xlsx_cells_bomb
from tests.conftest import DATA
from tests.notice_files import _compound_file, to_xls, to_xlsx

from .conftest import Bot

LEDGER = (DATA / "genre" / "r34_weibin_npc_branch_tab_ledger.txt").read_text("utf-8")  # a ledger, tab by tab
AGENCY = "新乡市卫滨区人大机关支部委员会"


async def test_a_forwarded_workbook_is_stored_and_answered(bot: Bot) -> None:
    bot.api.document(100, "整改台账.xlsx", to_xlsx(LEDGER))
    summary = await bot.api.wait_text(100, "已收录")
    assert f"<b>{AGENCY}</b>" in summary and "8个问题" in summary
    bot.api.message(100, f"{AGENCY}还有哪些问题没整改完")
    assert "还没整改完的问题（2个）" in await bot.api.wait_text(100, "还没整改完的问题")


async def test_an_old_workbook_is_stored_and_answered(bot: Bot) -> None:
    bot.api.document(100, "整改台账.xls", to_xls(LEDGER))
    summary = await bot.api.wait_text(100, "已收录")
    assert f"<b>{AGENCY}</b>" in summary and "8个问题" in summary
    bot.api.message(100, f"{AGENCY}还有哪些问题没整改完")
    assert "还没整改完的问题（2个）" in await bot.api.wait_text(100, "还没整改完的问题")


async def test_workbook_bombs_and_a_damaged_old_workbook_are_refused_and_nothing_stored_is_lost(bot: Bot) -> None:
    bot.api.document(100, "整改台账.xlsx", to_xlsx(LEDGER))
    await bot.api.wait_text(100, "已收录")
    bot.api.document(100, "bomb.xlsx", xlsx_bomb(LEDGER, 300))
    assert "解压后超过 256 MB" in await bot.api.wait_text(100, "bomb.xlsx 解压后", timeout=30)
    bot.api.document(100, "rows.xlsx", xlsx_cells_bomb(LEDGER))
    assert "远多于一份整改台账" in await bot.api.wait_text(100, "rows.xlsx 含有超过 200000 个单元格", timeout=30)
    bot.api.document(100, "merges.xls", xls_merges_bomb())
    assert "远多于一份整改台账" in await bot.api.wait_text(100, "merges.xls 含有超过 200000 个单元格", timeout=30)
    bot.api.document(100, "台账.xls", _compound_file({"Workbook": b"\x09\x08" + b"\x00" * 600}))
    assert "重新保存后再发送" in await bot.api.wait_text(100, "台账.xls 是损坏的 xls 文件")
    assert bot.store.stats()["notices"] == 1
    bot.api.message(100, f"{AGENCY}还有哪些问题没整改完")
    assert "还没整改完的问题（2个）" in await bot.api.wait_text(100, "还没整改完的问题")


def test_the_console_takes_workbooks_from_a_folder(tmp_path: Path) -> None:
    for name in ("台账.xlsx", "旧台账.xls", "a.zip"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in notice_files([str(tmp_path)])] == ["台账.xlsx", "旧台账.xls"]
