"""Names an agency is known by: canonical name, abbreviations, with and without its place, pinyin.

Pure functions over strings; the store keeps their results in the agencies table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import short_name

# Long and short forms of common agency names (the genre writes both: 科学技术局 / 科技局).
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("科学技术协会", "科协"),
    ("科学技术局", "科技局"),
    ("科学技术厅", "科技厅"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("文化广电旅游体育局", "文广旅体局"),
    ("文化广电旅游局", "文广旅局"),
    ("教育体育局", "教体局"),
    ("人力资源和社会保障局", "人社局"),
    ("自然资源和规划局", "自然资源局"),
    ("生态环境局", "环保局"),
    ("卫生健康局", "卫健局"),
    ("农业农村局", "农业局"),
    ("发展和改革局", "发改局"),
    ("交通运输局", "交通局"),
    ("公安局", "公安局"),
)
_PARTY_SUFFIX = re.compile(r"(?:机关)?(?:党组|党委|党工委|党组织|党总支|党支部)$")


def body_name(agency: str) -> str:
    """The organisation without its party-body suffix: 朔州市科学技术局党组 -> 朔州市科学技术局."""
    return _PARTY_SUFFIX.sub("", agency) or agency


def kind_of(agency: str, region: str | None) -> str:
    """What kind of organisation it is, without its place: 朔州市科学技术局党组 -> 科学技术局."""
    body = body_name(agency)
    if region and region in body:
        body = body[body.index(region) + len(region) :]
    return body or agency


def kind_forms(kind: str) -> set[str]:
    """A kind and its abbreviation or expansion: 科学技术局 <-> 科技局."""
    forms = {kind}
    for long, short in ABBREVIATIONS:
        if long in kind:
            forms.add(kind.replace(long, short))
        elif short in kind:
            forms.add(kind.replace(short, long))
    return forms


def aliases(agency: str, region: str | None) -> list[str]:
    """Every name that should resolve to this agency (place included, so that each is specific)."""
    kinds = kind_forms(kind_of(agency, region))
    places = {p for p in (region, short_name(region) if region else None) if p}
    names = {agency, body_name(agency)}
    names |= {place + kind for place in places for kind in kinds}
    names |= {name + "党组" for name in list(names) if not name.endswith("党组") and agency.endswith("党组")}
    return sorted(names - {agency}, key=len)


@lru_cache(maxsize=8192)
def pinyin(text: str) -> str:
    """Toneless pinyin without spaces: 溆浦 -> xupu (also matches typos that sound alike: 叙浦)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).lower()
