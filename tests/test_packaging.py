"""`pip install .` (not editable) installs every layer and the sample notices the demo needs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.conftest import SAMPLES
from tests.test_layers import LAYERS


def test_the_wheel_holds_every_package_and_the_samples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for layer in LAYERS:
        assert f"{layer}/__init__.py" in names
        assert f"{layer}/py.typed" in names
    assert {f"bot/samples/{p.name}" for p in SAMPLES.glob("*.txt")} <= names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "rectibot = bot.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
