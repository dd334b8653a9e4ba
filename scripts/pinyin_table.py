"""Write answers/data/pinyin.txt: every reading of each CJK character (U+4E00–U+9FFF) in toned pinyin, from pypinyin.

    .venv/bin/python scripts/pinyin_table.py

A cold `rectibot ask` reads this table (~10 ms) to see whether a question holds a homophone of a stored
place before it imports pypinyin (0.2–0.4 s); run again after upgrading pypinyin.
"""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

OUT = Path(__file__).resolve().parent.parent / "answers" / "data" / "pinyin.txt"


def main() -> None:
    lines = []
    for code in sorted(c for c in pinyin_dict if 0x4E00 <= c <= 0x9FFF):
        char = chr(code)
        sounds = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]
        lines.append(char + ",".join(s.lower() for s in sounds))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} characters")


if __name__ == "__main__":
    main()
