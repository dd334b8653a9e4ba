"""The charts as a reader checks them: a picture of sane size, every word drawn with the shipped font's
own glyphs, bars as long as the store's counts, English words in the English picture, a caption that
says the same with its sources, and the export's summary sheet with a native chart."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from fontTools.ttLib import TTFont
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from openpyxl import Workbook, load_workbook
from PIL import Image

from notices import Notice
from presentation.charts import (
    ROW,
    add_summary_sheet,
    caption,
    chart_figure,
    chart_png,
    drawn_texts,
    font_path,
)
from presentation.i18n import t
from store import Store
from store.tallies import SEGMENTS, Thresholds, light, snapshot
from tests.conftest import sample_notices

TODAY = date(2026, 3, 2)
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
SHUOZHOU = "朔州市科学技术局党组"


def _notice(agency: str) -> Notice:
    return next(n for _, n in sample_notices() if n.agency == agency)


@pytest.fixture
def ledger(fresh_store: Store) -> Store:
    """The five samples, 朔州's with its two open items given deadlines already past, and an earlier 朔州
    notice (its first eight items then still in progress, ten open in all) kept as history."""
    for name, notice in sample_notices():
        if notice.agency == SHUOZHOU:
            late = tuple(replace(i, deadline="2025-06-30") if i.is_open else i for i in notice.items)
            fresh_store.ingest(replace(notice, items=late), name)
        else:
            fresh_store.ingest(notice, name)
    current = _notice(SHUOZHOU)
    then = tuple(replace(i, status="in_progress") if i.seq <= 8 else i for i in current.items)
    earlier = replace(current, signed="2025-01-15", items=then)
    assert fresh_store.ingest(earlier, "shuozhou-earlier.txt").outcome == "history"
    return fresh_store


def expected(store: Store, agency: str) -> dict[str, int]:
    """An agency's items per segment, counted through the store's item queries (not the chart's)."""
    ids = [a.id for a in store.agencies() if a.name == agency]
    return {
        "done": store.count_items(ids, ["done"], pending=False),
        "done_longterm": store.count_items(ids, ["done_longterm"], pending=False),
        "flagged": store.count_items(ids, ["done", "done_longterm"], pending=True),
        "in_progress": store.count_items(ids, ["in_progress"]),
        "unstated": store.count_items(ids, ["unstated"]),
    }


def bars(figure: Figure, lang: str) -> dict[str, dict[str, float]]:
    """Bar lengths read back from the figure's rectangles: {segment: {row name: width}}, each status
    found by its words in the legend's language."""
    axes = next(a for a in figure.axes if row_names(a))
    named = {t(lang, f"chart-segment-{s}"): s for s in SEGMENTS}
    widths = {
        c.get_label(): [float(p.vertices[:, 0].max() - p.vertices[:, 0].min()) for p in c.get_paths()]
        for c in axes.collections
        if isinstance(c, PolyCollection)
    }
    assert set(widths) == set(named)
    return {named[k]: dict(zip(row_names(axes), v, strict=True)) for k, v in widths.items()}


def row_names(axes: Axes) -> list[str]:
    """The names drawn beside the bars, top to bottom."""
    return [text.get_text() for text in axes.texts if text.get_gid() == ROW]


def shuozhou_ids(store: Store) -> list[int]:
    return [a.id for a in store.agencies() if a.name == SHUOZHOU]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_agency_picture_renders_at_a_sane_size(store: Store, lang: str) -> None:
    png = chart_png(snapshot(store, [], TODAY), None, lang)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width == 1000 and 300 <= image.height <= 2000
    assert 10_000 < len(png) < 1_000_000


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_agency_picture_renders_with_its_overdue_items_and_history(ledger: Store, lang: str) -> None:
    snap = snapshot(ledger, shuozhou_ids(ledger), TODAY)
    image = Image.open(io.BytesIO(chart_png(snap, "朔州", lang)))
    assert image.width == 1000 and 500 <= image.height <= 2000
    texts = [x.get_text() for x in drawn_texts(chart_figure(snap, "朔州", lang))]
    assert t(lang, "chart-overdue-title", count=2) in texts and t(lang, "chart-history-title") in texts
    assert any("存在人员混岗问题" in x and "2025-06-30" in x for x in texts)  # the overdue item named
    assert [x for x in texts if re.fullmatch(r"\d{4}-\d\d-\d\d", x)] == ["2025-01-15", "2025-04-27"]


def test_every_word_is_drawn_with_the_shipped_fonts_own_glyphs(ledger: Store) -> None:
    covered = set(TTFont(str(font_path()), fontNumber=0).getBestCmap())  # read apart from matplotlib
    assert "site-packages" in str(font_path()) and font_path().name == "NotoSansSC-Regular.otf"
    for snap in (snapshot(ledger, [], TODAY), snapshot(ledger, shuozhou_ids(ledger), TODAY)):
        figure = chart_figure(snap, None, "zh")
        texts = list(drawn_texts(figure))
        words = " ".join(x.get_text() for x in texts)
        assert "整改进展" in words and SHUOZHOU in words  # the Chinese title and the agency names
        for text in texts:
            assert text.get_fontproperties().get_file() == str(font_path()), text.get_text()
            assert {ord(ch) for ch in text.get_text()} <= covered, text.get_text()


def test_a_character_the_font_lacks_is_drawn_as_a_mark_not_a_box(store: Store) -> None:
    snap = snapshot(store, [], TODAY)
    rare = "\U000f0000"  # a private-use character no font here has
    snap.agencies[0] = replace(snap.agencies[0], name=snap.agencies[0].name + rare)
    snap.lights[snap.agencies[0].name] = "red"
    names = [x.get_text() for x in drawn_texts(chart_figure(snap, None, "zh"))]
    assert any(n.endswith("〓") for n in names) and not any(rare in n for n in names)


def test_bar_lengths_are_the_stores_counts(ledger: Store) -> None:
    drawn = bars(chart_figure(snapshot(ledger, [], TODAY), None, "zh"), "zh")
    for agency in (a.name for a in ledger.agencies()):
        assert {s: drawn[s][agency] for s in SEGMENTS} == expected(ledger, agency), agency
    assert sum(drawn["unstated"].values()) == ledger.count_items([], ["unstated"])


def test_one_agencys_aspect_bars_add_up_to_its_items(ledger: Store) -> None:
    drawn = bars(chart_figure(snapshot(ledger, shuozhou_ids(ledger), TODAY), None, "en"), "en")
    for segment, count in expected(ledger, SHUOZHOU).items():
        assert sum(drawn[segment].values()) == count, segment


def test_the_most_open_agency_comes_first_with_its_light(store: Store) -> None:
    snap = snapshot(store, [], TODAY)
    rows = row_names(next(a for a in chart_figure(snap, None, "zh").axes if row_names(a)))
    assert rows[0] == "源城区科技局党组"  # 20 of 20 items without a stated progress
    assert snap.lights == {"源城区科技局党组": "red", SHUOZHOU: "green", "青神县科学技术协会党组": "green",
                           "天长市科学技术局党组": "green", "溆浦县科学技术局党组": "green"}  # fmt: skip
    strict = Thresholds(red_open_share=0.9, yellow_open_share=0.05)
    assert light(snap.agencies[1], strict) == "yellow"  # 朔州: 2 of 33 open is above 5%


def test_the_english_picture_has_no_chinese_but_agency_names(ledger: Store) -> None:
    for snap in (snapshot(ledger, [], TODAY), snapshot(ledger, shuozhou_ids(ledger), TODAY)):
        figure = chart_figure(snap, None, "en")
        # the notice's own words, quoted as printed: agency names, and under one agency its aspects and items
        quoted = [a.name for a in ledger.agencies()] + [a.name for a in snap.aspects] + [i.title for i in snap.overdue]
        for text in drawn_texts(figure):
            for run in re.findall(r"[^\x00-\x7f]+", text.get_text().replace("…", " ")):
                assert not HAN.search(run) or any(run in q for q in quoted), text.get_text()
        assert any(x.get_text() == "done, kept up long-term" for x in drawn_texts(figure))


def test_the_caption_says_the_same_with_the_notices_counted(ledger: Store) -> None:
    snap = snapshot(ledger, [], TODAY)
    text = caption(snap, None, "zh")
    assert "5个单位、145个问题" in text and "未标明进度21" in text and "逾期2个" in text
    assert (
        "🔴 源城区科技局党组：未完成 20/20，逾期 0" in text and f"🟡 {SHUOZHOU}：未完成 2/33，逾期 2" in text
    )  # overdue: yellow
    assert "〔天长市科学技术局党组 2023-09-26 通报〕" in text and "〔青神县科学技术协会党组 2025-12-04 通报〕" in text
    english = caption(snapshot(ledger, shuozhou_ids(ledger), TODAY), None, "en")
    assert (
        "1 agency, 33 problems" in english and "Open problems notice by notice: 2025-01-15 10 → 2025-04-27 2" in english
    )
    assert f"Counted from: [{SHUOZHOU}, notice]" in english


def test_a_caption_of_many_agencies_stays_under_telegrams_limit(store: Store) -> None:
    snap = snapshot(store, [], TODAY)
    snap.agencies = [replace(snap.agencies[0], name=f"第{n}个单位党组") for n in range(100)]
    snap.lights = dict.fromkeys((a.name for a in snap.agencies), "red")
    snap.notices, snap.notice_count = snap.notices * 20, 100
    text = caption(snap, "广东", "zh")
    assert len(re.sub(r"<[^>]+>", "", text)) <= 1024 and "依据：〔" in text and "等" in text


def test_the_summary_sheet_has_the_table_and_a_native_bar_chart(ledger: Store) -> None:
    snap = snapshot(ledger, [], TODAY, limit=None)
    workbook = Workbook(write_only=True)  # as /export writes it
    add_summary_sheet(workbook, snap.agencies, "zh", snap.lights)
    workbook.create_sheet("台账").append(["x"])
    out = io.BytesIO()
    workbook.save(out)
    sheet = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("单位", "已完成", "已完成并长期坚持") and rows[0][-1] == "红黄绿灯"
    table = {row[0]: row for row in rows[1:]}
    for agency in (a.name for a in ledger.agencies()):
        assert list(table[agency][1:6]) == list(expected(ledger, agency).values())
    assert table[SHUOZHOU][7] == 2 and table["源城区科技局党组"][9] == "红灯"
    (chart,) = sheet._charts
    assert chart.type == "bar" and chart.grouping == "stacked" and len(chart.series) == len(SEGMENTS)
