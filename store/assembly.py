"""The store being assembled: a build's records spooled to disk as they come, then the store and
its app index written from the spool with the ids known only at the end.

Records are encoded once, as they come, as the store has them but for those ids (region ids are
given in name order once every region is in; reprints are found once every article is in), so
writing the store only joins bytes and fills ids in, and a build's memory does not grow with the
corpus. `build.py` decides what to parse and copy; this module files what it is given.
"""
from __future__ import annotations

import threading
from array import array
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import orjson

from .appindex import TEXT_FIELDS, ROWS_PER_LINE, CharPostings, context_place, remove_app_index, stage_app_index
from .files import atomic_write_pieces
from .previous import LINE, STORE_CLOSING, table_opening
from .records import ARTICLE, FIGURE, REGION, SECTION
from .reprints import article_sentences, find_reprints
from .schema import StoreError
from .spool import Spool

if TYPE_CHECKING:
    from .build import BuildReport, DocumentRows
    from .previous import StreamedStore, WholeStore
    Previous = StreamedStore | WholeStore


FIGURE_FIELDS = FIGURE.names
_figure_row = itemgetter(*FIGURE.names[3:])       # a stored figure's fields after its links
_ARTICLE_FIELDS = ("source", *ARTICLE.from_parser)
_SECTION_FIELDS = ("article_id", "order", *SECTION.from_parser)
_LIGHT_FIELDS = tuple(n for n in _SECTION_FIELDS if n not in TEXT_FIELDS)
_article_fields = itemgetter(*_ARTICLE_FIELDS)
_section_fields = itemgetter(*_SECTION_FIELDS)
_ARTICLE_REGION = ARTICLE.from_parser.index("region")
_SECTION_REGION = SECTION.from_parser.index("region")
_REGION_ID = b'"region_id":'
# the ids a record gets at the end are its last fields in the store (whatever their place in records.py)
assert {*_ARTICLE_FIELDS, "region_id", "reprint_of"} == set(ARTICLE.names)
assert {*_SECTION_FIELDS, "region_id"} == set(SECTION.names)


class Tables:
    """The store being assembled, with TinyDB's integer document ids (1, 2, … in the order records
    come).

    Records go to a spool on disk as they come, so that memory does not grow with the corpus, each
    already encoded as the store has it but for the ids known only at the end: regions get theirs
    in name order once all are in (until then a record names its region by an ordinal, the order
    the build first met it, kept here in arrays), reprints are found once every article is in.
    Encoding a record once, as it comes, leaves the write only joining bytes. In memory stay what the
    last steps need of every record: the region ordinals, each article's sentences (the reprint
    check compares them once all are in: a comparison per parsed file here held the lock the pool's
    result thread needs, and the workers waited on a full pipe), the character index's batch list,
    where each section's text starts, the region names' pinyin and the titles' characters.

    Spooled tables: `articles` and `sections` (each record without its region_id and what follows),
    `light` (a section as the app index has it, without its text), `originals` (a section's source
    text, encoded), `texts` (the sections' texts back to back), `figures` (a record up to its
    region_id and from after it), `figure_rows` (the figures' fields in FIGURE_FIELDS order, region_id
    an ordinal, and where each one's sentence is in its section's text: the app index's columns).
    """

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.regions: dict[str, dict] = {}
        self.parent_keys: dict[str, str | None] = {}
        self._ordinal: dict[str, int] = {}     # region key -> ordinal
        self.article_region = array("I")
        self.section_region = array("I")
        self.figure_section = array("I")
        self.figure_region = array("I")
        self.text_offsets = array("q", [0])
        self.title_chars: set[str] = set()
        self.chars = CharPostings(spool.path("chars"))
        self.sentences: list = []
        self.pinyin: dict[str, tuple[str, str]] = {}   # region names' (pinyin_forms), from the workers

    @property
    def articles(self) -> int:
        return len(self.article_region)

    @property
    def sections(self) -> int:
        return len(self.section_region)

    @property
    def figures(self) -> int:
        return len(self.figure_region)

    def _region(self, key: str) -> int:
        ordinal = self._ordinal.get(key)
        if ordinal is None:
            ordinal = self._ordinal[key] = len(self._ordinal)
        return ordinal

    def add_region(self, record: dict, parent_key: str | None) -> None:
        key = record["key"]
        old = self.regions.get(key)
        if old is None:
            self.regions[key] = record
            self.parent_keys[key] = parent_key
        elif old["parent"] is None and record["parent"] and not self._above(key, parent_key):
            # a unit no document had placed, placed now (never under itself: no cycles)
            old["parent"] = record["parent"]
            self.parent_keys[key] = parent_key

    def _above(self, key: str, start: str | None) -> bool:
        """Whether key is start or one of start's ancestors."""
        seen: set[str] = set()
        while start is not None and start not in seen:
            if start == key:
                return True
            seen.add(start)
            start = self.parent_keys.get(start)
        return False

    def add_document(self, source: str, doc: "DocumentRows") -> None:
        regions, articles, pinyin = doc
        self.pinyin.update(pinyin)
        ordinal_of: dict[str, int] = {}      # within one document a name is one region
        for *values, parent_key in regions:
            record = dict(zip(REGION.from_parser, values))
            self.add_region(record, parent_key)
            ordinal_of[record["name"]] = self._region(record["key"])
        out = _Encoded()
        for *article, sentences, sections in articles:
            aid = self.articles + 1
            out.article((source, *article))
            self.article_region.append(ordinal_of[article[_ARTICLE_REGION]])
            self.sentences.append(sentences)
            for order, (*section, chars, figures) in enumerate(sections):
                sid = self.sections + 1
                self._section(out, (aid, order, *section), ordinal_of[section[_SECTION_REGION]])
                self.chars.add_distinct(chars)
                for f in figures:
                    self._figure(out, aid, sid, ordinal_of[f[0]], f)
        out.spool(self.spool)

    def _section(self, out: "_Encoded", values: tuple, region: int) -> None:
        record = dict(zip(_SECTION_FIELDS, values))
        out.section(record)
        text = record["text"]
        self.spool.append("texts", text.encode("utf-8"))
        self.text_offsets.append(self.text_offsets[-1] + len(text))
        self.title_chars.update(record["title"])
        self.section_region.append(region)

    def _figure(self, out: "_Encoded", aid: int, sid: int, region: int, values: tuple) -> None:
        """values: the figure's parsed fields, then where its sentence is in its section's text."""
        out.figure(aid, sid, region, values)
        self.figure_section.append(sid)
        self.figure_region.append(region)

    def reuse(self, old: "Previous", source: str) -> None:
        """Copy one unchanged source's records from the previous store, renumbering their ids."""
        key_of = old.region_keys
        used: set[int] = set()
        out = _Encoded()
        for old_aid in old.article_ids(source):
            art = old.article(old_aid)
            aid = self.articles + 1
            out.article(_article_fields(art))
            self.article_region.append(self._region(key_of[art["region_id"]]))
            used.add(art["region_id"])
            sections = old.sections(old_aid)
            self.sentences.append(article_sentences(sec["text"] for _, sec in sections))
            for old_sid, sec in sections:
                sid = self.sections + 1
                self._section(out, (aid, *_section_fields(sec)[1:]), self._region(key_of[sec["region_id"]]))
                self.chars.add(sec["text"])
                used.add(sec["region_id"])
                for _, f in old.figures(old_sid, sec):
                    used.add(f["region_id"])
                    self._figure(out, aid, sid, self._region(key_of[f["region_id"]]),
                                 (*_figure_row(f), context_place(sec["text"], f["start"], f["context"])))
        out.spool(self.spool)
        regions = old.regions
        for rid in sorted(used):
            while rid is not None and str(rid) in regions:
                r = regions[str(rid)]
                parent = r.get("parent_id")
                self.add_region({name: r[name] for name in REGION.from_parser},
                                key_of.get(parent) if parent is not None else None)
                rid = parent

    def mark_reprints(self) -> dict[int, int]:
        """{article id: the earlier article it reprints (the same story, near-identical text)}. Made
        again on every build: ids are renumbered."""
        found = find_reprints(enumerate(self.sentences, 1))
        self.sentences = []
        return found

    def resolve_regions(self) -> list[int]:
        """Give regions their document ids (in name order); the id of each region ordinal."""
        ordered = sorted(self.regions.values(), key=lambda r: (r["name"], r["key"]))
        ids = {r["key"]: i for i, r in enumerate(ordered, 1)}
        for r in ordered:
            parent = self.parent_keys.get(r["key"])
            r["parent_id"] = ids.get(parent) if parent is not None else None
        self.regions = {r["key"]: r for r in ordered}
        return [ids[key] for key in self._ordinal]     # dicts keep the order ordinals were given

    def regions_table(self) -> dict[str, dict]:
        return {str(i): r for i, r in enumerate(self.regions.values(), 1)}   # in resolve_regions' order


class _Encoded:
    """One source's records, encoded for the spool (see Tables)."""

    def __init__(self) -> None:
        self.articles: list[bytes] = []
        self.sections: list[bytes] = []
        self.light: list[bytes] = []
        self.originals: list[bytes] = []
        self.figures: list[bytes] = []
        self.figure_rows: list[tuple] = []

    def article(self, values: tuple) -> None:
        self.articles.append(orjson.dumps(dict(zip(_ARTICLE_FIELDS, values)))[:-1])

    def section(self, record: dict) -> None:
        self.sections.append(orjson.dumps(record)[:-1])
        self.light.append(orjson.dumps({name: record[name] for name in _LIGHT_FIELDS})[:-1])
        self.originals.append(orjson.dumps(record["original"]))

    def figure(self, aid: int, sid: int, region: int, values: tuple) -> None:
        self.figures.append(b'{"article_id":%d,"section_id":%d,' % (aid, sid) + _REGION_ID
                            + b"," + orjson.dumps(dict(zip(FIGURE_FIELDS[3:], values)))[1:])
        self.figure_rows.append((aid, sid, region, *values))

    def spool(self, spool: Spool) -> None:
        for table in ("articles", "sections", "light", "originals", "figures"):
            spool.add_lines(table, getattr(self, table))
        spool.add("figure_rows", self.figure_rows)


class Written:
    """The spooled tables as the store and its app index have them, ids filled in, a few thousand
    records at a time as JSON object members (`"id":{…}`). Each reader reads the spool again: the
    store's writer and the app index's read it side by side."""

    PER = 2000

    def __init__(self, tables: Tables, ids: list[int], reprints: dict[int, int]) -> None:
        self.tables, self.spool, self.ids, self.reprints = tables, tables.spool, ids, reprints

    def _members(self, table: str, close, per: int = PER, sep: bytes = b",") -> Iterator[bytes]:
        """The table's records as members joined by sep, each record's ids appended or filled in by
        close(n, line)."""
        chunk = []
        for n, line in enumerate(self.spool.lines(table), 1):
            chunk.append(b'"%d":%s' % (n, close(n, line)))
            if len(chunk) == per:
                yield sep.join(chunk)
                chunk = []
        if chunk:
            yield sep.join(chunk)

    def articles(self, per: int = PER, sep: bytes = b",") -> Iterator[bytes]:
        ids, regions, reprints = self.ids, self.tables.article_region, self.reprints

        def close(n, line):
            first = reprints.get(n)
            return line + b',"region_id":%d,"reprint_of":%s}' % (ids[regions[n - 1]],
                                                                   b"null" if first is None else b"%d" % first)
        return self._members("articles", close, per, sep)

    def sections(self, sep: bytes = b",") -> Iterator[bytes]:
        ids, regions = self.ids, self.tables.section_region
        return self._members("sections", lambda n, line: line + b',"region_id":%d}' % ids[regions[n - 1]],
                             sep=sep)

    def light_sections(self, per: int = PER) -> Iterator[bytes]:
        """The sections as the app index has them, without their text, and with how many of their
        figures each region holds (a section's figures may be about several places: a roundup names
        a province per paragraph), counted from the figures' arrays (figures come in section order)."""
        ids, regions = self.ids, self.tables.section_region
        sections, figure_regions = self.tables.figure_section, self.tables.figure_region
        at = 0

        def close(n, line):
            nonlocal at
            here: dict[str, int] = {}
            while at < len(sections) and sections[at] == n:
                key = str(ids[figure_regions[at]])        # JSON keys
                here[key] = here.get(key, 0) + 1
                at += 1
            return line + b',"region_id":%d,"figure_count":%d,"figure_regions":%s}' % (
                ids[regions[n - 1]], sum(here.values()), orjson.dumps(here))
        return self._members("light", close, per)

    def originals(self) -> Iterator[bytes]:
        return self._members("originals", lambda n, line: line)

    def figures(self, sep: bytes = b",") -> Iterator[bytes]:
        ids, regions = self.ids, self.tables.figure_region

        def close(n, line):
            head, tail = line.split(_REGION_ID, 1)
            return head + _REGION_ID + b"%d" % ids[regions[n - 1]] + tail
        return self._members("figures", close, sep=sep)

    def figure_rows(self) -> Iterator[tuple[list[tuple], list[int]]]:
        """Batches of (rows in FIGURE_FIELDS order, where each one's sentence is in its section's text)."""
        ids = self.ids
        for batch in self.spool.batches("figure_rows"):
            yield [(a, s, ids[r], *rest[:-1]) for a, s, r, *rest in batch], [row[-1] for row in batch]


def _store_pieces(written: Written, tables: Tables, meta: dict):
    """The store's JSON (articles, sections, regions, meta, figures), a few thousand records at a
    time, so that the whole encoding is never held. One record a line, each table opened on a line
    of its own (store/previous.py's layout): the next build reads the records it keeps a line at
    a time instead of the whole store."""
    line = LINE
    regions = (b'"%s":%s' % (key.encode(), orjson.dumps(r)) for key, r in tables.regions_table().items())
    tables_in_order = (("articles", written.articles(sep=line)), ("sections", written.sections(line)),
                       ("regions", [line.join(regions)]), ("meta", [b'"1":' + orjson.dumps(meta)]),
                       ("figures", written.figures(line)))
    for n, (name, members) in enumerate(tables_in_order):
        yield table_opening(name, first=not n)
        for k, chunk in enumerate(c for c in members if c):
            yield (line if k else b"") + chunk
    yield STORE_CLOSING


def write_store_and_index(db: Path, tables: Tables, reprints: dict[int, int], meta: dict,
                           report: "BuildReport") -> int:
    """Write the store, and the app's index beside it while the store goes to disk.

    Both read the spool, each at its own pace: a thread joins the store's records a few thousand
    at a time and writes and flushes them (disk time, outside the GIL) while this one writes the
    index's data files under temporary names; they replace the old ones, and index.json (which names
    the store's size and time) is written, only once the store is in place.
    """
    tables.spool.finish()
    written = Written(tables, tables.resolve_regions(), reprints)
    outcome: list = []

    def write() -> None:
        try:
            outcome.append(atomic_write_pieces(db, _store_pieces(written, tables, meta)))
        except BaseException as exc:   # handed to the building thread below
            outcome.append(exc)

    writer = threading.Thread(target=write, name="store-writer")
    writer.start()
    index_error: Exception | None = None
    try:
        staged = stage_app_index(db, meta, tables.regions_table(), written.articles(ROWS_PER_LINE),
                                 written.light_sections(ROWS_PER_LINE), tables.spool.path("texts"),
                                 list(tables.text_offsets), written.originals(), written.figure_rows(),
                                 tables.chars, tables.pinyin, tables.title_chars)
    except (StoreError, OSError, ValueError) as exc:
        staged, index_error = None, exc
    writer.join()
    if isinstance(outcome[0], BaseException):
        if staged is not None:
            staged.discard()   # the previous index still matches the previous store
        raise outcome[0]
    if staged is not None:
        try:
            staged.commit()
        except (StoreError, OSError, ValueError) as exc:
            index_error = exc
    if index_error is not None:
        remove_app_index(db)    # the app then reads the store itself, only slower
        report.notes.append(f"the app index was not written ({index_error}); the store itself is complete")
    return outcome[0]
