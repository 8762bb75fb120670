"""Other countries by the names the news gives them, from jionlp's world_location list.

jionlp (already the gazetteer's source) ships every country with its short and full name
("纳米比亚", "大韩民国"); read directly, as the gazetteer reads its division list, so that no
country a story names is taken for one of ours. Unions and short names the list lacks stay in
words.FOREIGN_COUNTRIES.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import jionlp_dictionary
from .words import FOREIGN_COUNTRIES, trie_alternation

# names of the list that are one of our places or a word first: 黑山 is a county of 辽宁 (the country
# is written 黑山共和国 where meant); 蒙古 opens 蒙古族, 蒙古包 (the country is 蒙古国); 中非 is
# China and Africa ("中非合作论坛") far more often than the Central African Republic
_NOT_FOREIGN = frozenset({"中国", "中华人民共和国", "黑山", "蒙古", "中非"})


@lru_cache(maxsize=1)
def foreign_countries() -> tuple[str, ...]:
    """Every other country's short and full name, sorted (the same list whatever the set order)."""
    names = set(FOREIGN_COUNTRIES)
    for line in jionlp_dictionary("world_location.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2:          # short name, full name, capital, main cities; not a continent line
            names.update(f.strip() for f in fields[:2] if f.strip())
    return tuple(sorted(names - _NOT_FOREIGN))


@lru_cache(maxsize=1)
def foreign_country_pattern() -> re.Pattern:
    """Another country's name ("美国政府在疫情暴发6个月后…"); not 朝鲜族, 荷兰豆, 巴西龟, 印度洋.
    Compiled once, on the first document that asks."""
    return re.compile(f"(?:{trie_alternation(foreign_countries())})(?![族豆龟洋])")
