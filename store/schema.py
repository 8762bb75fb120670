"""The store's shape: tables, fields, and a check that a file follows it.

Other tools read the store; change a field only with a new SCHEMA_VERSION.
"""
from __future__ import annotations

import math

from .records import KINDS, RECORDS

SCHEMA_VERSION = 5   # 2: figures' `field`; 3: regions are identified by id (`region_id`, `parent_id`, `key`);
# 4: articles' `reprint_of`; 5: figures' `metric`

TABLES: dict[str, tuple[str, ...]] = {record.table: record.names for record in RECORDS}


class StoreError(Exception):
    """The store cannot be used; the message says what is wrong and what to do."""


def validate(data: object, limit: int = 20) -> list[str]:
    """Problems with a store's parsed JSON (at most `limit`); an empty list means it is sound."""
    problems: list[str] = []

    def bad(msg: str) -> bool:
        problems.append(msg)
        return len(problems) >= limit

    if not isinstance(data, dict):
        return ["the file is JSON but not an object of tables"]
    meta = data.get("meta")
    if not isinstance(meta, dict) or not meta:
        bad("the meta table is missing")
    for table, fields in TABLES.items():
        rows = data.get(table)
        if not isinstance(rows, dict):
            if bad(f"the {table} table is missing"):
                return problems
            continue
        for key, row in rows.items():
            if not key.isdigit() or not isinstance(row, dict):
                if bad(f"{table}[{key!r}] is not a TinyDB document"):
                    return problems
                continue
            missing = missing_fields(table, row)
            if missing and bad(f"{table}[{key}] lacks {', '.join(missing)}"):
                return problems
    if problems:
        return problems
    arts, secs = data["articles"], data["sections"]
    regions = {r.get("name") for r in data["regions"].values()}
    for key, r in data["regions"].items():
        problem = parent_problem(key, r, data["regions"])
        if problem and bad(problem):
            return problems
    for table in ("articles", "sections", "figures"):
        for key, rec in data[table].items():
            problem = region_link_problem(table, key, rec, data["regions"])
            if problem and bad(problem):
                return problems
    for key, a in arts.items():
        problem = reprint_problem(key, a, arts)
        if problem and bad(problem):
            return problems
    for key, s in secs.items():
        if not isinstance(s["article_id"], int) or str(s["article_id"]) not in arts:
            if bad(f"section {key} links to article {s['article_id']!r}, which does not exist"):
                return problems
        if s["region"] not in regions and bad(f"section {key} region {s['region']!r} is not in regions"):
            return problems
    for key, f in data["figures"].items():
        s = secs.get(str(f["section_id"]))
        if s is None or not isinstance(f["section_id"], int):
            if bad(f"figure {key} links to section {f['section_id']!r}, which does not exist"):
                return problems
            continue
        for problem in figure_problems(key, f, s):
            if bad(problem):
                return problems
    return problems


# The checks of one record, shared by validate (a store read whole) and store/previous.py (a store
# read a line at a time). Tables are keyed by TinyDB's string ids.

def missing_fields(table: str, row: dict) -> list[str]:
    return [f for f in TABLES[table] if f not in row]


def parent_problem(key: str, region: dict, regions: dict) -> str | None:
    parent = region.get("parent_id")
    if parent is not None and str(parent) not in regions:
        return f"region {key} parent_id {parent!r} is not a region"
    return None


def region_link_problem(table: str, key, record: dict, regions: dict) -> str | None:
    if str(record.get("region_id")) not in regions:
        return f"{table}[{key}] region_id {record.get('region_id')!r} is not a region"
    return None


def reprint_problem(key: str, article: dict, articles: dict) -> str | None:
    first = article["reprint_of"]
    if first is not None and (not isinstance(first, int) or str(first) not in articles or first == int(key)):
        return f"article {key} reprint_of {first!r} is not another article"
    return None


def figure_problems(key: str, f: dict, section: dict) -> list[str]:
    """What is wrong with figure `key` of this section: its article, its offsets, value and kind."""
    out = []
    if section["article_id"] != f["article_id"]:
        out.append(f"figure {key} article_id differs from its section's")
    start, end, where = f["start"], f["end"], f["field"]
    if where not in ("text", "title"):
        return out + [f"figure {key} field {where!r} is neither 'text' nor 'title'"]
    if not (isinstance(start, int) and isinstance(end, int)) or section[where][start:end] != f["raw"]:
        out.append(f"figure {key}: {where}[start:end] != raw ({f['raw']!r})")
    v = f["value"]
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
        out.append(f"figure {key} value {v!r} is not a finite number")
    if f["kind"] not in KINDS:
        out.append(f"figure {key} kind {f['kind']!r} is not one of {', '.join(KINDS)}")
    return out
