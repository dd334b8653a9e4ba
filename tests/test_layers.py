"""The packages import one way only (each layer only the layers below it, as LAYERS lists them), without cycles."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from tests.conftest import ROOT

LAYERS = (
    "errors",
    "notices",
    "store",
    "fetch",
    "answers",
    "presentation",
    "reminders",
    "usecases",
    "handlers",
    "bot",
)  # each may import only those before it


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every rectibot module a file imports, at the top or inside a function, absolute or relative."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found |= {f"{target}.{alias.name}" for alias in node.names}  # `from . import x` imports module x
    return {m for m in found if m.split(".")[0] in LAYERS}


@functools.cache
def graph() -> dict[str, set[str]]:
    """Each module's imports of rectibot modules (read once: the tests below only look at it)."""
    files = [p for layer in LAYERS for p in (ROOT / layer).rglob("*.py")]
    modules = {module_name(p): p for p in files}
    return {name: {m for m in imports_of(p) if m in modules and m != name} for name, p in modules.items()}


def test_every_layer_has_modules() -> None:
    layers_seen = {name.split(".")[0] for name in graph()}
    assert layers_seen == set(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    allowed = set(LAYERS[: LAYERS.index(layer) + 1])
    upward = {
        (module, target)
        for module, targets in graph().items()
        if module.split(".")[0] == layer
        for target in targets
        if target.split(".")[0] not in allowed
    }
    assert not upward, f"{layer} imports a layer above it: {sorted(upward)}"


def test_no_import_cycles() -> None:
    edges = graph()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, f"import cycles: {cycles}"


def test_reminders_do_not_read_questions() -> None:
    """A reminder lists items with presentation's lines; the status groups come from the notice model."""
    found = {(m, t) for m, targets in graph().items() if m.startswith("reminders") for t in targets}
    assert not {(m, t) for m, t in found if t.startswith("answers")}


def test_handlers_and_the_process_reach_the_store_only_through_the_use_cases() -> None:
    """Handlers and bot/ call use cases; the composition root may build the gateway, nothing else of store/."""
    found = {(m, t) for m, targets in graph().items() if m.split(".")[0] in ("handlers", "bot") for t in targets}
    assert {(m, t) for m, t in found if t.split(".")[0] == "store" and t != "store.gateway"} == set()
    assert {m for m, t in found if t == "store.gateway"} <= {"bot.app", "bot.cli"}
