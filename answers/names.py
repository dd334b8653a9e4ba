"""How names sound: pinyin with every reading of a polyphone (天长 tianchang), toned or toneless. Pure.

A place is indexed under every combination of its characters' readings, so the right one is
always among them (长 chang/zhang, 重 chong/zhong); typed Chinese is compared with tones, so
陕西 (shan3xi1) never sounds like 山西 (shan1xi1), while a homophone typo (叙浦 for 溆浦) does.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import TypeVar

T = TypeVar("T")
MAX_READINGS = 16  # combinations kept per name: a 4-character name of polyphones stays small


@lru_cache(maxsize=65536)
def readings(text: str, *, tones: bool) -> frozenset[str]:
    """Every pinyin of text, one per combination of its characters' readings (capped)."""
    from pypinyin import Style, pinyin  # 0.1–0.3 s to import: only when a name is read by its sound

    style = Style.TONE3 if tones else Style.NORMAL
    per_char = pinyin(text, style=style, heteronym=True, neutral_tone_with_five=True)
    combos = itertools.islice(itertools.product(*per_char), MAX_READINGS)
    return frozenset("".join(c).lower() for c in combos)


@cache
def _pinyin_text() -> str:
    """data/pinyin.txt (written from pypinyin by scripts/pinyin_table.py): a line a character, its toned readings."""
    return "\n" + resources.files("answers").joinpath("data/pinyin.txt").read_text("utf-8")


@cache
def char_sounds(char: str) -> tuple[str, ...] | None:
    """Every toned reading of a CJK character; None for one the table lacks."""
    # the line is found in the text: a question reads a few dozen characters, and a table of all 20,000
    # built in a cold `rectibot ask` cost 20–40 ms
    text = _pinyin_text()
    start = text.find("\n" + char) if char not in "\n," else -1
    if start < 0:
        return None
    end = text.find("\n", start + 1)
    return tuple(text[start + 1 + len(char) : end if end >= 0 else len(text)].split(","))


def heard_as(text: str, sounds: Mapping[str, T]) -> T | None:
    """What `sounds` (keyed by toned pinyin) holds for a reading of text, character by character; None if nothing.

    The table costs ~20 ms to load where pypinyin costs 0.2–0.4 s to import; with every reading of a
    polyphone pypinyin gives a word its characters' own readings too, so the readings are the same."""
    per_char = [char_sounds(c) for c in text]
    if not all(per_char):
        return None
    found = (sounds[s] for combo in itertools.product(*per_char) if (s := "".join(combo)) in sounds)  # type: ignore[arg-type]
    return next(found, None)


def toned(text: str) -> str:
    """The usual toned pinyin of text (xing2tai4): how a typed word sounds."""
    from pypinyin import Style, pinyin

    return "".join(s[0] for s in pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)).lower()


_COMBINING = re.compile(r"[\u0300-\u036f]")


def latin_key(word: str) -> str:
    """A typed romanisation without tone marks or tone numbers: Shuòzhōu, xu4pu3 -> shuozhou, xupu."""
    bare = _COMBINING.sub("", unicodedata.normalize("NFD", word.lower()))
    return re.sub(r"[^a-z]", "", bare.replace("ü", "v"))


_INITIAL = re.compile(r"^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?")


def sounds_near(typed: str, meant: str) -> bool:
    """Whether a typed character could be an input-method slip for another: its usual reading is one of the other's,
    tones aside (蒲 pu for 浦 pu), or shares more than the initial with it, a letter more or less (有 you for 用 yong,
    淑 shu for 朔 shuo); never only the initial (扎 zha, 知 zhi)."""
    said = char_sounds(typed)
    heard = char_sounds(meant)
    if not said or not heard:
        return False
    # each as it is mostly read (淑 shu, not its rare chu; 怀 huai, not fu): what a user types to get it
    t, r = said[0].rstrip("012345"), heard[0].rstrip("012345")
    if t == r:
        return True
    common = next((i for i, (a, b) in enumerate(zip(t, r, strict=False)) if a != b), min(len(t), len(r)))
    initial = _INITIAL.match(t)
    return abs(len(t) - len(r)) <= 1 and common > len(initial.group(0) if initial else "")
