"""The one error tree (errors/): every error has its words in both catalogues, naming exactly the arguments
it carries, and no code gives one an English sentence of its own."""

from __future__ import annotations

import ast
import inspect
import pickle
import re
import sqlite3
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl

import errors
from errors import RectibotError, database_error, rebuilt
from presentation.errors import error_line, error_text
from presentation.i18n import LANGUAGES, catalogue_text
from tests.conftest import ROOT
from tests.test_layers import LAYERS

SAMPLE: dict[str, Any] = {"str": "x", "int": 3, "float": 2.5}  # a value of each annotated type


def tree() -> list[type[RectibotError]]:
    """Every class of the tree, its subclasses walked (none hidden in another module)."""
    found, todo = [], [RectibotError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return [c for c in found if c.__module__ == "errors" and not c.__name__.startswith("_")]


def example(cls: type[RectibotError]) -> RectibotError:
    """An instance built as the code builds one: every parameter given a value of its type."""
    params = inspect.signature(cls).parameters.values()
    given = {p.name: SAMPLE[str(p.annotation)] for p in params if p.kind is not p.VAR_KEYWORD}
    return cls(**given)


@cache
def messages(lang: str) -> dict[str, ftl.Message]:
    resource = FluentParser(with_spans=False).parse(catalogue_text(lang))
    return {m.id.name: m for m in resource.body if isinstance(m, ftl.Message)}


def nodes(node: Any) -> Iterator[Any]:
    """Every node of a Fluent AST below `node`."""
    yield node
    if isinstance(node, ftl.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                yield from nodes(child)


def variables(message: ftl.Message | None) -> set[str]:
    return {n.id.name for n in nodes(message) if isinstance(n, ftl.VariableReference)}


def selectors(message: ftl.Message) -> dict[str, set[str]]:
    """The variables a message selects on, each with the values its variants name."""
    found: dict[str, set[str]] = {}
    for n in nodes(message):
        if isinstance(n, ftl.SelectExpression) and isinstance(n.selector, ftl.VariableReference):
            names = {v.key.name if isinstance(v.key, ftl.Identifier) else v.key.value for v in n.variants}
            found.setdefault(n.selector.id.name, set()).update(names)
    return found


def test_the_tree_is_whole() -> None:
    names = [c.__name__ for c in tree()]
    assert len(names) == len(set(names))  # no two errors share a name
    assert len({c.code for c in tree() if c is not RectibotError}) == len(tree()) - 1  # one class a code
    groups = {errors.NoticeError, errors.FetchError, errors.DownloadError, errors.DatabaseError, errors.ConfigError}
    assert groups | {errors.UsageError} <= set(tree()) and len(tree()) > 50


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_error_has_its_words_with_exactly_its_arguments(lang: str) -> None:
    catalogue = messages(lang)
    for cls in tree():
        args = set(example(cls).params)
        chat, console = catalogue.get(f"error-{cls.code}"), catalogue.get(f"cli-error-{cls.code}")
        assert chat is not None, f"{lang}: error-{cls.code} ({cls.__name__})"
        # the chat may leave out a library's words; what neither form names is an argument nobody reads
        assert variables(chat) | variables(console) == args, f"{lang}: {cls.__name__}"
        assert variables(chat) <= args and variables(console) <= args, f"{lang}: {cls.__name__}"
    codes = {c.code for c in tree()}
    consoles = {k.removeprefix("cli-error-") for k in catalogue if k.startswith("cli-error-")}
    assert consoles <= codes  # no console form of an error that does not exist


@pytest.mark.parametrize("cls", tree(), ids=lambda c: c.__name__)
def test_every_variant_of_every_error_reads_in_both_languages(cls: type[RectibotError]) -> None:
    """Each value a selector names (what a file turned out to be, why a link was refused …) gives a line in
    each language, the same values in both, and both forms word it without a missing argument."""
    base = example(cls)
    chosen = {lang: selectors(messages(lang)[f"error-{cls.code}"]) for lang in LANGUAGES}
    assert chosen["zh"] == chosen["en"], cls.__name__
    cases = [base] + [
        rebuilt(cls.code, {**base.params, name: value}) for name, values in chosen["en"].items() for value in values
    ]
    for err in cases:
        for lang in LANGUAGES:
            chat, console = error_text(err, lang), error_line(err, lang)
            assert chat.startswith("❌ ") and "❌" not in console
            assert "{" not in chat + console  # every argument the words name was given


def test_an_error_crosses_a_process_boundary_as_its_class() -> None:
    err = errors.Refused("http://10.0.0.1/n", "private", host="10.0.0.1", address="10.0.0.1")
    back = rebuilt(*err.parts())
    assert type(back) is errors.Refused and back.params == err.params
    assert type(pickle.loads(pickle.dumps(err))) is errors.Refused
    unknown = rebuilt("from-a-newer-reader", {"name": "a.pdf"})
    assert unknown.code == "from-a-newer-reader" and "cannot be read" in error_line(unknown, "en")


@pytest.mark.parametrize(
    ("said", "cls"),
    [
        ("database or disk is full", errors.DiskFull),
        ("attempt to write a readonly database", errors.ReadOnlyDatabase),
        ("file is not a database", errors.NotADatabase),
        ("database disk image is malformed", errors.DamagedDatabase),
        ("unable to open database file", errors.CannotOpenDatabase),
        ("database is locked", errors.DatabaseLocked),
        ("no such table: items", errors.DatabaseError),
    ],
)
def test_what_sqlite_says_becomes_an_error_of_the_tree(said: str, cls: type[errors.DatabaseError]) -> None:
    err = database_error("r.db", sqlite3.OperationalError(said))
    assert type(err) is cls
    assert "r.db" in error_line(err, "en") and "r.db" in error_line(err, "zh")
    assert "r.db" not in error_text(err, "en")  # the chat is not told where the server keeps its files


def tree_calls() -> Iterator[tuple[str, int, str, ast.expr]]:
    """Every argument given to an error of the tree anywhere in the application: (file, line, class, arg)."""
    names = {c.__name__ for c in tree()}
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in names:
                    for arg in [*node.args, *(k.value for k in node.keywords)]:
                        yield str(path.relative_to(ROOT)), node.lineno, name, arg


def is_words(arg: ast.expr) -> bool:
    """Whether an argument is words written in Python: an f-string, or a literal with a space in it (alone,
    joined with `+` or chosen by `if`); what a call returns (a library's words, a name) is not."""
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.Constant):
        return isinstance(arg.value, str) and re.search(r"\s", arg.value) is not None
    if isinstance(arg, ast.BinOp):
        return is_words(arg.left) or is_words(arg.right)
    if isinstance(arg, ast.IfExp):
        return is_words(arg.body) or is_words(arg.orelse)
    return False


def test_no_error_is_raised_with_a_sentence_of_its_own() -> None:
    """Arguments are names, paths, numbers, or codes the catalogues select on, never words."""
    calls = list(tree_calls())
    assert len(calls) > 60  # the scan sees the code's errors
    assert [f"{file}:{line} {name}({ast.unparse(arg)})" for file, line, name, arg in calls if is_words(arg)] == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ('f"no stored agency matches {name}"', True),
        ('"there is no notice to remove"', True),
        ('"nested " + kind', True),
        ('"zlib"', False),
        ("name", False),
        ("str(path)", False),
        ('"one" if many else "no notice is stored"', True),
        ('str(err).rsplit("PDFium: ", 1)[-1]', False),
    ],
)
def test_the_check_tells_words_from_codes(code: str, words: bool) -> None:
    assert is_words(ast.parse(code, mode="eval").body) is words
