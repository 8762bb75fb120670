"""Real administrative divisions, province > city > county > town/street, from jionlp's china_location.

jionlp ships the national division list down to towns, streets and villages (about 43,000 towns
and streets); we read its data file directly (importing jionlp itself would load its NLP stack),
once, lazily: only a build needs it, never the browser. Each unit is indexed by its full name and,
above the towns, by its short form as the list gives it (济南 for 济南市, 新疆 for 新疆维吾尔自治区,
大理 for 大理白族自治州), so text that drops the suffix still finds its unit.
"""
from __future__ import annotations

import importlib.util
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .words import ADMIN_SUFFIXES, TOWN_SUFFIXES, ZONE_SUFFIXES

LEVELS = {"nation": -1, "province": 0, "city": 1, "county": 2, "zone": 3, "town": 4, "unknown": 5}
# the list's stand-in for "counties the province governs directly": not a place of its own
_DIRECT = ("省直辖行政区划", "自治区直辖县级行政区划", "省直辖县级行政区划")


@dataclass(frozen=True)
class Division:
    name: str
    level: str             # province, city, county or town
    parent: str | None     # the parent's name
    city: str | None       # the city it belongs to (itself for a city)
    province: str
    code: str | None = None        # the national division code (towns have none in the list)
    county: str | None = None      # for a town, its county


_TOWN_ENDINGS = (*TOWN_SUFFIXES, "苏木")
# short forms the list gives that are words, not names ("新区" for 镇江新区, "经开区" for a dozen zones)
_GENERIC_SHORT = {*ZONE_SUFFIXES, *ADMIN_SUFFIXES, "市直辖", "省直辖", "管理区", "城区", "郊区", "市中", "市辖区",
                  "矿区", "新城"}


def _is_short_form(alias: str, name: str) -> bool:
    """Whether the list's alias is a short form of the name, its characters taken in order ("汽开区" of
    长春汽车经济技术开发区): the list also gives other names ("新城区" for 平顶山市城乡一体化示范区),
    which text uses for other things (a phrase, a district of 西安)."""
    rest = iter(name)
    return alias not in _GENERIC_SHORT and all(c in rest for c in alias)


def stem_length(name: str) -> int:
    """How long a town's own name is without its suffix ("城关" of 城关镇)."""
    for suffix in _TOWN_ENDINGS:
        if name.endswith(suffix):
            return len(name) - len(suffix)
    return len(name)


@lru_cache(maxsize=65536)   # (asked for the same few parents at every place in a text)
def stem(name: str) -> str:
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass(eq=False)   # hashed by identity: stems_in keeps answers per (gazetteer, text)
class Gazetteer:
    by_name: dict[str, list[Division]]
    by_stem: dict[str, list[Division]]   # short forms of provinces, cities and counties
    children: dict[str, list[Division]]
    stem_heads: dict[str, list[str]]     # first two characters -> stems starting with them
    head_start: re.Pattern               # a stem's first character followed by a possible second one

    def stems_in(self, text: str) -> list[str]:
        """The stems that occur in text, found through the two-character heads they start with
        (a document's text is asked about several times: the answers are kept for a few)."""
        return list(self._stems_in(text))

    @lru_cache(maxsize=8)
    def _stems_in(self, text: str) -> tuple[str, ...]:
        heads = self.stem_heads
        # only places where a stem could start (a C-speed scan) rather than every pair of characters
        bigrams = {text[p:p + 2] for p in map(re.Match.start, self.head_start.finditer(text))}
        return tuple(sorted(s for head in bigrams & heads.keys() for s in heads[head] if s in text))

    def lookup(self, name: str, city_hint: str | None = None, county_hint: str | None = None) -> Division | None:
        """The division called name; where several share it, the one in the hinted county or city
        (for a town without a hint that settles it: None, rather than a guess)."""
        found = self.by_name.get(name)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        for hint in (county_hint, city_hint):
            if hint:
                near = [d for d in found if hint in (d.county, d.city, d.parent, d.province)]
                if near:
                    return near[0]
        above_towns = [d for d in found if d.level != "town"]
        return above_towns[0] if above_towns else None

    def is_ambiguous(self, name: str) -> bool:
        return len(self.by_name.get(name, ())) > 1


def villages_of(town: Division) -> list[str]:
    """The villages of a town or street, as the list gives them (a story names its people's village:
    "丁山村村民", "沟沿村卫生室")."""
    joined = _village_index().get((town.province, town.parent, town.name))
    return joined.split("|") if joined else []


# a unit's line (up to three tabs deep) and the village lines (four tabs) right under it
_UNIT_AND_VILLAGES = re.compile(r"^(\t{0,3})(?!\t)([^\t\r\n]+)[^\n]*\n((?:\t{4}[^\n]*\n)*)", re.M)


@lru_cache(maxsize=1)
def _village_index() -> dict[tuple[str, str | None, str], str]:
    """(province, county, town) -> the town's villages joined by "|": 650,000 villages kept as 43,000
    strings (regular expressions over the list's text: a Python loop over its lines took 2 s)."""
    index: dict[tuple[str, str | None, str], str] = {}
    province = county = city_of_counties = None
    for m in _UNIT_AND_VILLAGES.finditer(_text()):
        depth, name, villages = len(m.group(1)), m.group(2).strip(), m.group(3)
        if depth == 0:
            province, county = name, None
        elif depth == 1:
            county = city_of_counties = None if name in _DIRECT or name == province else name
        elif depth == 2:
            county = name if "直辖" not in name else city_of_counties or province
        elif villages:
            # village lines hold a name alone: strip the tabs, join the lines with "|"
            index[(province, county, name)] = villages.replace("\t", "").rstrip("\n").replace("\n", "|")
    return index


def jionlp_dictionary(name: str) -> Path:
    """A data file of jionlp's dictionary folder ("china_location.zip", "world_location.txt"), found
    without importing jionlp (which would load its NLP stack)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the jionlp package (whose {name} the parser reads) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / name


@lru_cache(maxsize=1)
def _text() -> str:
    with zipfile.ZipFile(jionlp_dictionary("china_location.zip")) as archive:
        return archive.read("china_location.txt").decode("utf-8").replace("\r\n", "\n") + "\n"


def _rows() -> list[str]:
    return _text().split("\n")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_name: dict[str, list[Division]] = {}
    children: dict[str, list[Division]] = {}
    by_stem: dict[str, list[Division]] = {}
    given_names: list[tuple[str, Division]] = []

    def add(d: Division, alias: str | None = None) -> None:
        by_name.setdefault(d.name, []).append(d)
        if d.parent:
            children.setdefault(d.parent, []).append(d)
        # the data set's short form ("扎旗") and the name without its suffix ("扎赉特"): papers write both
        given = alias if alias and alias != d.name and _is_short_form(alias, d.name) else None
        shorts = dict.fromkeys(s for s in (given, stem(d.name)) if s)
        if given and given != stem(d.name):
            given_names.append((given, d))
        for short in shorts:
            if short != d.name and len(short) >= 2 and short not in _GENERIC_SHORT:
                by_stem.setdefault(short, []).append(d)

    province = city = county = None
    for line in _rows():
        depth = len(line) - len(line.lstrip("\t"))
        if depth >= 4 or not line.strip():
            continue                      # villages: not regions of this app
        parts = line.strip().split("\t")
        name = parts[0]
        code, alias = (parts[1], parts[2].split("/")[0]) if len(parts) == 3 else (None, None)
        if depth == 0:
            province = Division(name, "province", None, None, name, code)
            add(province, alias)
            city = county = None
        elif depth == 1:
            if name in _DIRECT or name == province.name:
                city = None               # a municipality's districts, or counties the province governs
            else:
                city = Division(name, "city", province.name, name, province.name, code)
                add(city, alias)
            county = None
        elif depth == 2 and "直辖" in name:
            # a city without counties (东莞市) lists its towns under a stand-in: they are the city's
            county = city or province
        elif depth == 2:
            parent = city.name if city else province.name
            county = Division(name, "county", parent, city.name if city else None, province.name, code)
            add(county, alias)
        elif county is not None and name.endswith(_TOWN_ENDINGS) and stem_length(name) >= 2:
            # the list also files zone offices ("产业集聚区", "开发区") as towns: not places by name
            add(Division(name, "town", county.name, county.city, province.name, None,
                         county.name if county.level == "county" else None))
    for given, d in given_names:
        # a short form that is another unit's full name is that unit ("运河区" is 沧州's, not 德州's zone)
        if given in by_name and d in by_stem.get(given, ()) and given not in (d.parent, d.province):
            by_stem[given].remove(d)
            if not by_stem[given]:
                del by_stem[given]
    for divs in by_stem.values():
        divs.sort(key=lambda d: LEVELS[d.level])
    heads: dict[str, list[str]] = {}
    for s in sorted(by_stem):
        heads.setdefault(s[:2], []).append(s)
    firsts, seconds = ("".join(sorted({h[i] for h in heads})) for i in (0, 1))
    head_start = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")
    return Gazetteer(by_name, by_stem, children, heads, head_start)
