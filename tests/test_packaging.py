"""`pip install .` (not editable) installs every layer and the sample notices the demo needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT, SAMPLES
from tests.test_layers import LAYERS


def test_the_wheel_holds_every_package_and_the_samples(tmp_path: Path) -> None:
    # built from a copy: setuptools reuses an in-tree build/ folder, which would leave it in the checkout
    source = tmp_path / "src"
    junk = shutil.ignore_patterns(".*", "build", "*.egg-info", "__pycache__", "*.db*", "bench")
    shutil.copytree(ROOT, source, ignore=junk)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("rectibot-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for layer in LAYERS:
        assert f"{layer}/__init__.py" in names
        assert f"{layer}/py.typed" in names
    assert {f"bot/samples/{p.name}" for p in SAMPLES.glob("*.txt")} <= names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "rectibot = bot.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
