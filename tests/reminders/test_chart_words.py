"""/remind words that ask for a picture with each reminder (图表 / with chart), or no more pictures."""

from __future__ import annotations

import pytest

from reminders.schedule import apply_remind


@pytest.mark.parametrize(
    ("words", "chart", "frequency", "time"),
    [
        ("每天早上9点 图表", True, "daily", "09:00"),
        ("每周一上午九点 带图表", True, "weekly", "09:00"),
        ("daily 9am with chart", True, "daily", "09:00"),
        ("with a chart", True, "weekly", "08:00"),  # only the picture: the schedule stays
        ("图表", True, "weekly", "08:00"),
        ("不要图表", False, "weekly", "08:00"),
        ("no chart", False, "weekly", "08:00"),
        ("工作日 8:30", None, "workdays", "08:30"),  # says nothing of a chart: unchanged
    ],
)
def test_chart_words(words: str, chart: bool | None, frequency: str, time: str) -> None:
    fields: dict[str, object] = {"frequency": "weekly", "weekday": 2, "time": "08:00"}
    assert apply_remind(words, fields) is None
    assert (fields.get("chart"), fields["frequency"], fields["time"]) == (chart, frequency, time)
