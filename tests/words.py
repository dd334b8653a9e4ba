"""What a person reads for an error of the tree (errors/): its line from the catalogues, as the console
prints it. `str(err)` is only the code and arguments, so tests of the words check these."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from errors import RectibotError
from presentation.errors import error_line


def said(err: BaseException, lang: str = "en") -> str:
    """The console's line for an error of the tree; any other exception's own words."""
    return error_line(err, lang) if isinstance(err, RectibotError) else str(err)


@contextmanager
def raises_saying(kind: type[BaseException], pattern: str, lang: str = "en") -> Iterator[Any]:
    """pytest.raises(kind), then the error's words (not its `str`) must match `pattern`."""
    with pytest.raises(kind) as caught:
        yield caught
    assert re.search(pattern, said(caught.value, lang)), said(caught.value, lang)
