"""The previous store, as a build reads it for the records it keeps.

A store is written one record a line, each table opened on a line of its own:

    {"articles":{
    "1":{…},
    "2":{…}
    },"sections":{
    …
    }}

Sections follow their articles' order and figures their sections' (ids are given in the order of the
sources). A build that adds a file to a large store reads the articles, regions and meta whole (a
small part) and the sections and figures it keeps a line at a time, in the order it writes them: its
memory does not grow with the store. A store in another layout (one line: written by an older
version, or by another tool through TinyDB), or one whose kept sources come in another order, is
read whole, as before. Records read a line at a time are checked as they come (the checks a whole
read makes, store/schema.py); a damaged one raises DamagedStore before anything is written.
"""
from __future__ import annotations

import re
from pathlib import Path

import orjson

from .schema import (SCHEMA_VERSION, figure_problems, missing_fields, parent_problem, region_link_problem,
                     reprint_problem)

LINE = b",\n"
STORE_CLOSING = b"\n}}"
_OPENING = re.compile(rb'^\},"(\w+)":\{\n$')


def table_opening(name: str, first: bool) -> bytes:
    return (b"{" if first else b"\n},") + b'"%s":{\n' % name.encode()


class DamagedStore(Exception):
    """A record the build was to keep is not sound (the message says which): the build starts
    again from the sources' files, the store moved aside."""


def _member(line: bytes) -> tuple[str, dict]:
    (key, record), = orjson.loads(b"{" + line.rstrip(b",\r\n") + b"}").items()
    return key, record


class WholeStore:
    """The previous store parsed whole (or only its meta: `records` False for a store of an older
    schema, whose sources are read again from their paths)."""

    def __init__(self, data: dict | None, meta: dict | None = None) -> None:
        self.records = data is not None
        self.meta = meta if data is None else data["meta"]["1"]
        self._data = data or {"articles": {}, "sections": {}, "figures": {}, "regions": {}}
        self.regions: dict[str, dict] = self._data["regions"]
        self.region_keys = {int(i): r["key"] for i, r in self.regions.items()}
        self._articles_of: dict[str, list[int]] = {}
        self._sections_of: dict[int, list[int]] = {}
        self._figures_of: dict[int, list[int]] = {}
        for key, art in self._data["articles"].items():
            self._articles_of.setdefault(art["source"], []).append(int(key))
        for key, sec in self._data["sections"].items():
            self._sections_of.setdefault(sec["article_id"], []).append(int(key))
        for key, fig in self._data["figures"].items():
            self._figures_of.setdefault(fig["section_id"], []).append(int(key))
        for ids in (*self._articles_of.values(), *self._sections_of.values(), *self._figures_of.values()):
            ids.sort()

    def article_ids(self, source: str) -> list[int]:
        return self._articles_of.get(source, [])

    def article(self, aid: int) -> dict:
        return self._data["articles"][str(aid)]

    def sections(self, aid: int) -> list[tuple[int, dict]]:
        return [(sid, self._data["sections"][str(sid)]) for sid in self._sections_of.get(aid, [])]

    def figures(self, sid: int, section: dict) -> list[tuple[int, dict]]:
        return [(fid, self._data["figures"][str(fid)]) for fid in self._figures_of.get(sid, [])]

    def prepare(self, sources: list[str]) -> bool:
        return True

    def close(self) -> None:
        pass


class _Lines:
    """One table's record lines from an offset, with one line of look-ahead."""

    def __init__(self, path: Path, offset: int, table: str) -> None:
        self.path, self.offset, self.table = path, offset, table
        self.file = None        # opened on first use: a build that keeps nothing opens nothing
        self.ahead: tuple[int, dict] | None = None
        self.ended = False

    def peek(self) -> tuple[int, dict] | None:
        if self.ahead is None and not self.ended:
            if self.file is None:
                self.file = open(self.path, "rb")
                self.file.seek(self.offset)
            line = self.file.readline()
            if not line.startswith(b'"'):
                self.ended = True
                return None
            try:
                key, record = _member(line)
            except ValueError:
                raise DamagedStore(f"a line of the {self.table} table is not JSON") from None
            missing = missing_fields(self.table, record) if isinstance(record, dict) else ["all"]
            if not key.isdigit() or missing:
                raise DamagedStore(f"{self.table}[{key}] lacks {', '.join(missing) or 'a numeric id'}")
            self.ahead = (int(key), record)
        return self.ahead

    def take(self) -> tuple[int, dict]:
        item, self.ahead = self.ahead, None
        return item


def _run(lines: _Lines, link_field: str, parent: int, kept: set[int], what: str, of: str,
         exists) -> list[tuple[int, dict]]:
    """The records of lines that link to parent, read up to the first that links past it; those of
    parents not kept, before it, are passed over (one of a kept parent there is misplaced)."""
    out = []
    while (item := lines.peek()) is not None:
        key, record = item
        link = record[link_field]
        if not isinstance(link, int) or not exists(link):
            raise DamagedStore(f"{what} {key} links to {of} {link!r}, which does not exist")
        if link > parent:
            break
        lines.take()
        if link == parent:
            out.append(item)
        elif link in kept:
            raise DamagedStore(f"{what} {key} of {of} {link} stands among another {of}'s")
    return out


class StreamedStore:
    """The previous store in the line layout: articles, regions and meta held, sections and figures
    read a line at a time as the build asks for them, in order."""

    def __init__(self, path: Path, meta: dict, articles: dict[int, dict], regions: dict[str, dict],
                 offsets: dict[str, int]) -> None:
        self.records = True
        self.path, self.meta, self._articles, self.regions = path, meta, articles, regions
        self.region_keys = {int(i): r["key"] for i, r in regions.items()}
        self._articles_of: dict[str, list[int]] = {}
        for aid in sorted(articles):
            self._articles_of.setdefault(articles[aid]["source"], []).append(aid)
        self._sections = _Lines(path, offsets["sections"], "sections")
        self._figures = _Lines(path, offsets["figures"], "figures")
        self._done_article = self._done_section = 0
        self._kept: set[int] = set()              # articles the build copies
        self._kept_sections: set[int] = set()     # their sections, as read

    def article_ids(self, source: str) -> list[int]:
        return self._articles_of.get(source, [])

    def article(self, aid: int) -> dict:
        return self._articles[aid]

    def prepare(self, sources: list[str]) -> bool:
        """The sources whose records the build copies, in its order: whether their articles come in
        the store's order (then their sections and figures are read in one pass)."""
        ids = [aid for source in sources for aid in self.article_ids(source)]
        self._kept = set(ids)
        return all(a < b for a, b in zip(ids, ids[1:]))

    def _region(self, table: str, key: int, record: dict) -> None:
        problem = region_link_problem(table, key, record, self.regions)
        if problem:
            raise DamagedStore(problem)

    def sections(self, aid: int) -> list[tuple[int, dict]]:
        """The sections of article aid; those of articles not kept, before them, are passed over."""
        if aid <= self._done_article:
            raise DamagedStore(f"article {aid} asked for twice or out of order")
        out = _run(self._sections, "article_id", aid, self._kept, "section", "article",
                   lambda link: link in self._articles)
        for sid, sec in out:
            self._region("sections", sid, sec)
            self._kept_sections.add(sid)
        self._done_article = aid
        return out

    def figures(self, sid: int, section: dict) -> list[tuple[int, dict]]:
        """The figures of section sid, checked against it; those of sections not kept are passed over."""
        if sid <= self._done_section:
            raise DamagedStore(f"section {sid} asked for twice or out of order")
        out = _run(self._figures, "section_id", sid, self._kept_sections, "figure", "section", lambda link: True)
        for fid, fig in out:
            problems = figure_problems(str(fid), fig, section)
            if problems:
                raise DamagedStore(problems[0])
            self._region("figures", fid, fig)
        self._done_section = sid
        return out

    def close(self) -> None:
        for lines in (self._sections, self._figures):
            if lines.file is not None:
                lines.file.close()


def open_streamed(path: Path) -> StreamedStore | None:
    """The store at path read in the line layout, or None when it is not in that layout or its
    articles, regions or meta are not sound (the caller then reads it whole, which says why)."""
    held: dict[str, dict[str, dict]] = {"articles": {}, "regions": {}, "meta": {}}
    offsets: dict[str, int] = {}
    try:
        with open(path, "rb") as f:
            if f.readline() != table_opening("articles", first=True):
                return None
            table = "articles"
            while True:
                line = f.readline()
                if line.startswith(b'"'):
                    if table in held:       # sections and figures are read later, a line at a time
                        key, record = _member(line)
                        if not key.isdigit() or not isinstance(record, dict):
                            return None
                        held[table][key] = record
                elif line == STORE_CLOSING[1:]:
                    break
                elif line != b"\n":           # the blank line of an empty table
                    m = _OPENING.match(line)
                    if m is None:
                        return None         # cut short, or not this layout
                    table = m.group(1).decode()
                    offsets[table] = f.tell()
    except (OSError, ValueError):
        return None
    articles, regions, meta = held["articles"], held["regions"], held["meta"].get("1")
    if set(offsets) != {"sections", "regions", "meta", "figures"} or not isinstance(meta, dict) \
            or meta.get("schema_version") != SCHEMA_VERSION:
        return None     # newer or older: the whole read says so, and what to do
    for key, art in articles.items():
        if missing_fields("articles", art) or region_link_problem("articles", key, art, regions) \
                or reprint_problem(key, art, articles):
            return None
    for key, r in regions.items():
        if missing_fields("regions", r) or parent_problem(key, r, regions):
            return None
    return StreamedStore(path, meta, {int(k): a for k, a in articles.items()}, regions, offsets)
