"""Sources to a store: parse what changed, reuse what did not, write the file in one step."""
from __future__ import annotations

import gc
import hashlib
import multiprocessing as mp
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from array import array
from functools import lru_cache
from operator import attrgetter, itemgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import orjson

from ..parser import PARSER_VERSION, DecodeError, ParsedDocument, parse_bytes, warm_up
from ..parser.formats import NOT_SUPPORTED, SUFFIXES

from .appindex import TEXT_FIELDS, ROWS_PER_LINE, CharPostings, context_place, distinct_chars, is_app_index_dir, load_app_index, remove_app_index, stage_app_index
from .pinyin import pinyin_forms
from .files import atomic_write_pieces, move_aside, remove_stale_temps, write_lock
from .reader import load_json
from .records import ARTICLE, FIGURE, REGION, SECTION
from .reprints import article_sentences, find_reprints
from .spool import Spool
from .schema import SCHEMA_VERSION, StoreError

MAX_FILE_BYTES = 200 * 1024 * 1024
PARALLEL_THRESHOLD = 16   # below this many files, starting worker processes costs more than it saves


@dataclass
class BuildReport:
    """What a build did to the store, source by source (sources are named by their key in the store)."""
    store: Path
    added: list[str] = field(default_factory=list)       # new sources, parsed
    updated: list[str] = field(default_factory=list)     # sources whose file changed (or parser did), parsed again
    kept: list[str] = field(default_factory=list)        # sources whose records were copied as they were
    removed: list[str] = field(default_factory=list)     # sources taken out (--replace, remove)
    stale: list[tuple[str, str]] = field(default_factory=list)       # (source, why its file could not be re-read)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the source it repeats)
    skipped: list[tuple[str, str]] = field(default_factory=list)     # (file, why it was not read)
    counts: dict[str, int] = field(default_factory=dict)
    moved_aside: Path | None = None
    bytes_written: int = 0
    notes: list[str] = field(default_factory=list)
    reprints: int = 0               # articles that reprint an earlier one (the same story)
    nothing_read: bool = False      # files were named and not one of them could be read: nothing written

    @property
    def parsed(self) -> list[str]:
        return self.added + self.updated

    @property
    def ok(self) -> bool:
        """The build read what it was given, and the store holds something (or was emptied on request)."""
        return not self.nothing_read and bool(self.added or self.updated or self.kept or self.removed)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated", f"{len(self.kept)} kept"]
        for n, what in ((len(self.removed), "removed"), (len(self.duplicates), "duplicates"),
                        (self.reprints, "articles reprinting another"),
                        (len(self.stale), "stale"), (len(self.skipped), "skipped")):
            if n:
                parts.append(f"{n} {what}")
        return ", ".join(parts)


def collect_sources(paths: list[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Article files (text, Markdown, saved pages, PDF, Word) named or found (recursively) in
    folders, and the files of those folders that are not read, with why. A missing path raises
    StoreError."""
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    if missing:
        raise StoreError("no such file or folder: " + ", ".join(missing))
    seen: set[str] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found: list[Path] = []
            # followlinks=False: a symlink loop in a corpus folder cannot trap the walk
            for root, dirs, names in os.walk(p, onerror=lambda e: skipped.append((str(e.filename), e.strerror or str(e)))):
                # a store's app index (STORE.index/texts.txt) is our own output, not an article
                dirs[:] = sorted(d for d in dirs if not is_app_index_dir(Path(root) / d))
                for name in sorted(names):
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES:
                        found.append(f)
                    else:        # every file of a folder is accounted for: read, or skipped and why
                        skipped.append((str(f), _why_not_read(f)))
            candidates = found
        elif p.exists():
            candidates = [p]
        else:
            skipped.append((str(p), "broken link"))
            candidates = []
        for f in candidates:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, skipped


def _why_not_read(f: Path) -> str:
    suffix = f.suffix.lower()
    if suffix in NOT_SUPPORTED:
        return NOT_SUPPORTED[suffix]
    if f.name.startswith("."):
        return "a hidden file"
    readable = ", ".join(sorted(SUFFIXES))
    return f"not an article file ({suffix or 'no suffix'}); read are {readable}"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


class _Tables:
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

    def add_document(self, source: str, doc: "_DocumentRows") -> None:
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

    def reuse(self, old: "_OldStore", source: str) -> None:
        """Copy one unchanged source's records from the previous store, renumbering their ids."""
        key_of = old.region_keys
        used: set[int] = set()
        out = _Encoded()
        figures = old.data["figures"]
        for old_aid in old.articles_of.get(source, []):
            art = old.data["articles"][str(old_aid)]
            aid = self.articles + 1
            out.article(_article_fields(art))
            self.article_region.append(self._region(key_of[art["region_id"]]))
            used.add(art["region_id"])
            self.sentences.append(article_sentences(old.data["sections"][str(sid)]["text"]
                                                    for sid in old.sections_of.get(old_aid, [])))
            for old_sid in old.sections_of.get(old_aid, []):
                sec = old.data["sections"][str(old_sid)]
                sid = self.sections + 1
                self._section(out, (aid, *_section_fields(sec)[1:]), self._region(key_of[sec["region_id"]]))
                self.chars.add(sec["text"])
                used.add(sec["region_id"])
                for fid in old.figures_of.get(old_sid, []):
                    f = figures[str(fid)]
                    used.add(f["region_id"])
                    self._figure(out, aid, sid, self._region(key_of[f["region_id"]]),
                                 (*_figure_row(f), context_place(sec["text"], f["start"], f["context"])))
        out.spool(self.spool)
        regions = old.data["regions"]
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
    """One source's records, encoded for the spool (see _Tables)."""

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


class _Written:
    """The spooled tables as the store and its app index have them, ids filled in, a few thousand
    records at a time as JSON object members (`"id":{…}`). Each reader reads the spool again: the
    store's writer and the app index's read it side by side."""

    PER = 2000

    def __init__(self, tables: _Tables, ids: list[int], reprints: dict[int, int]) -> None:
        self.tables, self.spool, self.ids, self.reprints = tables, tables.spool, ids, reprints

    def _members(self, table: str, close, per: int = PER) -> Iterator[bytes]:
        """The table's records as members, each record's ids appended or filled in by close(n, line)."""
        chunk = []
        for n, line in enumerate(self.spool.lines(table), 1):
            chunk.append(b'"%d":%s' % (n, close(n, line)))
            if len(chunk) == per:
                yield b",".join(chunk)
                chunk = []
        if chunk:
            yield b",".join(chunk)

    def articles(self, per: int = PER) -> Iterator[bytes]:
        ids, regions, reprints = self.ids, self.tables.article_region, self.reprints

        def close(n, line):
            first = reprints.get(n)
            return line + b',"region_id":%d,"reprint_of":%s}' % (ids[regions[n - 1]],
                                                                   b"null" if first is None else b"%d" % first)
        return self._members("articles", close, per)

    def sections(self) -> Iterator[bytes]:
        ids, regions = self.ids, self.tables.section_region
        return self._members("sections", lambda n, line: line + b',"region_id":%d}' % ids[regions[n - 1]])

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

    def figures(self) -> Iterator[bytes]:
        ids, regions = self.ids, self.tables.figure_region

        def close(n, line):
            head, tail = line.split(_REGION_ID, 1)
            return head + _REGION_ID + b"%d" % ids[regions[n - 1]] + tail
        return self._members("figures", close)

    def figure_rows(self) -> Iterator[tuple[list[tuple], list[int]]]:
        """Batches of (rows in FIGURE_FIELDS order, where each one's sentence is in its section's text)."""
        ids = self.ids
        for batch in self.spool.batches("figure_rows"):
            yield [(a, s, ids[r], *rest[:-1]) for a, s, r, *rest in batch], [row[-1] for row in batch]


class _OldStore:
    """The previous store, indexed once by source so reusing a file costs only its own records.
    data is None for a store of an older schema: only its meta (where its sources are) is used."""

    def __init__(self, data: dict | None, meta: dict | None = None) -> None:
        self.data = data
        self.meta = meta if data is None else data["meta"]["1"]
        self.articles_of: dict[str, list[int]] = {}
        self.sections_of: dict[int, list[int]] = {}
        self.figures_of: dict[int, list[int]] = {}
        self.region_keys: dict[int, str] = {}
        if data is not None:
            self._index(data)

    def _index(self, data: dict) -> None:
        for key, art in data["articles"].items():
            self.articles_of.setdefault(art["source"], []).append(int(key))
        for key, sec in data["sections"].items():
            self.sections_of.setdefault(sec["article_id"], []).append(int(key))
        for key, fig in data["figures"].items():
            self.figures_of.setdefault(fig["section_id"], []).append(int(key))
        for ids in (*self.articles_of.values(), *self.sections_of.values(), *self.figures_of.values()):
            ids.sort()
        self.region_keys = {int(i): r["key"] for i, r in data["regions"].items()}


# A parsed file as plain tuples: (regions, articles); each record's values are its `from_parser`
# fields (store/records.py) in order, an article's followed by its sections, a section's by its
# figures. Tuples of strings and numbers cross from a worker process several times faster than
# dataclass objects, and are what the tables are made of.
_DocumentRows = tuple[list[tuple], list[tuple], dict[str, tuple[str, str]]]


_region_values = attrgetter(*REGION.from_parser)
_article_values = attrgetter(*ARTICLE.from_parser)
_section_values = attrgetter(*SECTION.from_parser)
_figure_values = attrgetter(*FIGURE.from_parser)


def _document_rows(doc: ParsedDocument) -> _DocumentRows:
    """A document as rows; each article also brings its sentences (for the reprint check) and each
    section its distinct characters (for the search's index), made here in the worker so that the
    process assembling the store only files them."""
    regions = [(*_region_values(r), r.parent_key) for r in doc.regions]
    articles = [(*_article_values(a), article_sentences(s.text for s in a.sections),
                 [(*_section_values(s), distinct_chars(s.text),
                   [(*_figure_values(f), context_place(s.text, f.start, f.context)) for f in s.figures])
                  for s in a.sections])
                for a in doc.articles]
    return regions, articles, {r.name: _region_pinyin(r.name) for r in doc.regions}


_region_pinyin = lru_cache(maxsize=None)(pinyin_forms)   # per worker: names repeat from file to file


def _parse_job(job: tuple[int, str, str]) -> tuple[int, str, object]:
    """Read and parse one file: ("ok", (its digest, encoding, rows)) or ("skip", the reason). Runs in
    a worker process."""
    position, where, name = job
    data, why = _read_source(Path(where))     # read here: the main process never holds every file
    if data is None:
        return position, "skip", why
    try:
        doc = parse_bytes(data, name)
    except DecodeError as exc:
        return position, "skip", str(exc)
    except Exception as exc:  # a parser bug must not cost the user the other files
        return position, "skip", f"parser error ({type(exc).__name__}: {exc})"
    if not doc.articles:
        return position, "skip", "no article text found"
    return position, "ok", (_sha256(data), doc.encoding, _document_rows(doc))


def _parse_all(jobs: list[tuple[int, str, str]], progress: Callable[[int, int, str], None] | None,
               total: int, workers: int | None) -> Iterator[tuple[int, str, object]]:
    """Parse in worker processes when there are many files (one per core), yielding results in the
    order of the plan as they come, so the store is assembled while later files are still parsed."""
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(jobs) >= PARALLEL_THRESHOLD else 1
    done = total - len(jobs)
    if workers <= 1:
        outcomes = map(_parse_job, jobs)
        pool = None
    else:
        warm_up()   # forked workers inherit the loaded dictionaries instead of loading their own
        pinyin_forms("北京")   # (pypinyin's phrases too)
        # and never walk them: a worker's collections would scan (and, touching them, copy) the
        # millions of objects of the gazetteer and dictionaries it shares with this process
        gc.freeze()
        method = "fork" if threading.active_count() == 1 and "fork" in mp.get_all_start_methods() else "spawn"
        with _stderr_with_a_descriptor():   # the pool's queues start the resource tracker
            # a worker's heap is small: it collects garbage as usual (the parent pauses its collector)
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method),
                                       initializer=gc.enable)
            outcomes = pool.map(_parse_job, jobs, chunksize=4)   # starts the workers
    try:
        for (position, status, payload), (_, _, name) in zip(outcomes, jobs):
            done += 1
            if progress:
                progress(done, total, name)
            yield position, status, payload
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


@contextmanager
def _stderr_with_a_descriptor():
    """multiprocessing's resource tracker, started with the first spawned worker, hands on
    sys.stderr's file descriptor; inside the browser sys.stderr is Textual's capture, whose
    fileno() is -1, and starting the workers failed ("bad value(s) in fds_to_keep"). For that
    moment, the process's own stderr."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    captured, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = captured


@contextmanager
def _collector_paused():
    """Keep the cyclic garbage collector out of the build: the tables hold millions of containers
    and each full collection walks them all (it took seconds at 10,000 files). Nothing here
    makes reference cycles that need collecting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _previous(path: Path, report: BuildReport) -> _OldStore | None:
    """The store being added to, if it is sound. A corrupt one is moved aside, never overwritten;
    one of an older schema is moved aside too, and its sources are read again from their paths."""
    if not path.exists() or path.is_dir():
        return None
    try:
        data = load_json(path)
    except StoreError as exc:
        if "newer than this tui-browse" in str(exc):
            raise
        meta = _readable_meta(path)
        report.moved_aside = move_aside(path)
        if meta is not None:
            return _OldStore(None, meta)    # its records cannot be copied; its sources are re-read
        return None
    return _OldStore(data)


def _readable_meta(path: Path) -> dict | None:
    """The meta of a store this version cannot use (an older schema), when its JSON still parses."""
    try:
        meta = orjson.loads(path.read_bytes())["meta"]["1"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return meta if isinstance(meta, dict) and isinstance(meta.get("sources"), dict) else None


@dataclass
class _Incoming:
    """A file named in this build: its path, the absolute path the store records, its bytes' digest
    (the bytes are read again by the worker that parses them)."""
    path: Path
    where: str
    digest: str


@dataclass
class _Step:
    """One source of the store being built: copy its old records, or parse its file."""
    key: str
    how: str                 # "keep" or "parse"
    where: str | None        # the file's absolute path, when known (always, to parse it)
    digest: str
    shown: str = ""          # the file's path as the user gave it, for messages
    named: bool = False      # one of the files this build was given


@dataclass
class _Plan:
    steps: list[_Step]
    skipped: dict[str, list[str]]      # sources that could not be parsed before and are unchanged
    skipped_paths: dict[str, str]      # where those are
    stale: dict[str, str]              # source -> why its file could not be read again

    @property
    def paths(self) -> dict[str, str]:
        return {**{s.key: s.where for s in self.steps if s.where}, **self.skipped_paths}

    def changes(self, meta: dict, report: BuildReport) -> bool:
        """Whether the store this plan makes differs from the one meta describes."""
        if report.removed or any(s.how == "parse" for s in self.steps):
            return True
        return ([s.key for s in self.steps] != list(meta.get("sources", {}))
                or self.paths != meta.get("paths", {})
                or self.stale != meta.get("stale", {}) or self.skipped != meta.get("skipped", {}))


def _store_json(data: bytes) -> bool:
    """Whether these bytes are a tui-browse store (or its app index), which is not an article."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or b'"meta"' not in data:
        return False
    try:
        parsed = orjson.loads(data)
    except ValueError:
        return False
    return isinstance(parsed, dict) and isinstance(parsed.get("meta"), dict) and "articles" in parsed


def _read_source(path: Path) -> tuple[bytes | None, str]:
    """A source file's bytes, or (None, why it cannot be a source): one check for the files a
    build is given and the files a store records."""
    try:
        if not path.is_file():
            # a FIFO or device named *.txt would block the read forever
            return None, "not a regular file"
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, (f"too large ({size // (1024 * 1024)} MB; the limit is "
                          f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}"
    if _store_json(data):
        return None, f"this is a tui-browse store, not an article; open it with: tui-browse --db {path}"
    return data, ""


def _read_incoming(files: list[Path], report: BuildReport) -> list[_Incoming]:
    entries: list[_Incoming] = []
    for f in files:
        data, why = _read_source(f)
        if data is None:
            report.skipped.append((str(f), why))
        else:
            entries.append(_Incoming(f, os.path.abspath(f), _sha256(data)))
    return entries


def _read_recorded(where: str | None) -> tuple[bytes | None, str]:
    """A source's file read again from the path the store recorded: (bytes, "") or (None, why not)."""
    if not where:
        return None, "the store does not record where this file came from"
    if not os.path.lexists(where):
        return None, f"{where} is gone"
    data, why = _read_source(Path(where))
    return (data, "") if data is not None else (None, f"{where}: {why}")


def _plan(meta: dict, current: bool, incoming: list[_Incoming], replace: bool, refresh: bool,
          report: BuildReport) -> _Plan:
    """Decide, for every source the new store will hold, whether its records are copied or parsed.

    meta: the previous store's (empty for a new store); current: its records were made by this
    parser and schema. A file is the source it was before when its absolute path is the one the
    store recorded (a store without paths: when its key is the file's name). Fills report's lists.
    """
    old_sources: dict[str, str] = dict(meta.get("sources", {}))
    old_skipped: dict[str, list[str]] = dict(meta.get("skipped", {}))
    old_paths: dict[str, str] = dict(meta.get("paths", {}))
    old_stale: dict[str, str] = dict(meta.get("stale", {}))
    by_path = {where: key for key, where in old_paths.items()}
    recheck = refresh or not current
    # new files in path order, whatever order they were listed in: the same files give the same store
    incoming = sorted(incoming, key=lambda entry: entry.where)

    # which old source each file is, if any
    matched: dict[str, _Incoming] = {}
    fresh: list[_Incoming] = []
    for entry in incoming:
        key = by_path.get(entry.where)
        if key is None and entry.path.name in (*old_sources, *old_skipped) and entry.path.name not in old_paths:
            key = entry.path.name           # a store written before paths were recorded
        if key is not None and key not in matched:
            matched[key] = entry
        elif key is None:
            fresh.append(entry)

    retained = [k for k in old_sources if k in matched or not replace]
    retained_skipped = [k for k in old_skipped if k in matched or not replace]
    report.removed = [k for k in old_sources if k not in retained]
    taken = set(retained) | set(retained_skipped)

    steps: list[_Step] = []
    skipped: dict[str, list[str]] = {}
    skipped_paths: dict[str, str] = {}
    stale: dict[str, str] = {}
    for key in retained:
        entry = matched.get(key)
        if entry is not None:
            how = "keep" if current and entry.digest == old_sources[key] else "parse"
            steps.append(_Step(key, how, entry.where, entry.digest, str(entry.path), named=True))
            continue
        where = old_paths.get(key)
        if not recheck:
            steps.append(_Step(key, "keep", where, old_sources[key], shown=where or key))
            if key in old_stale:
                stale[key] = old_stale[key]
            continue
        data, why = _read_recorded(where)
        if data is None:
            steps.append(_Step(key, "keep", where, old_sources[key], shown=where or key))
            stale[key] = why
            continue
        digest = _sha256(data)
        if current and digest == old_sources[key]:
            steps.append(_Step(key, "keep", where, digest, shown=where))
        else:
            steps.append(_Step(key, "parse", where, digest, where))
    for key in retained_skipped:
        entry = matched.get(key)
        digest, why = old_skipped[key]
        if entry is None and recheck:
            data, _ = _read_recorded(old_paths.get(key))
            if data is not None:
                steps.append(_Step(key, "parse", old_paths[key], _sha256(data), old_paths[key]))
            continue   # a file that was never readable and is gone leaves nothing behind
        if entry is not None and not (current and entry.digest == digest):
            steps.append(_Step(key, "parse", entry.where, entry.digest, str(entry.path), named=True))
            continue
        skipped[key] = [digest, why]
        where = entry.where if entry else old_paths.get(key)
        if where:
            skipped_paths[key] = where
        report.skipped.append((str(entry.path) if entry else old_paths.get(key, key), why))

    digests = {s.digest: s.key for s in steps}
    for entry in fresh:
        if entry.digest in digests:
            report.duplicates.append((str(entry.path), digests[entry.digest]))
            continue
        key = entry.path.name if entry.path.name not in taken else entry.where
        taken.add(key)
        digests[entry.digest] = key
        steps.append(_Step(key, "parse", entry.where, entry.digest, str(entry.path), named=True))
    report.stale = sorted(stale.items())
    return _Plan(steps, skipped, skipped_paths, stale)


def _unchanged(db: Path, incoming: list[_Incoming], replace: bool, refresh: bool, report: BuildReport) -> _Plan | None:
    """The plan, decided from the small app index, when it shows the store needs no writing (None
    otherwise: the full store is read and the plan decided again from it)."""
    index = load_app_index(db, sources=True)
    if index is None:
        return None
    meta = index["meta"]["1"]
    current = meta.get("parser_version") == PARSER_VERSION and meta.get("schema_version") == SCHEMA_VERSION
    trial = BuildReport(store=db, skipped=list(report.skipped))
    plan = _plan(meta, current, incoming, replace, refresh, trial)
    if not current or plan.changes(meta, trial):
        return None
    trial.kept = [s.key for s in plan.steps]
    trial.counts = {"articles": len(index["articles"]), "sections": len(index["sections"]),
                    "figures": meta.get("figure_count", 0), "regions": len(index["regions"])}
    for name in ("kept", "stale", "duplicates", "skipped", "counts"):
        setattr(report, name, getattr(trial, name))
    return plan


def store_is_current(db: Path, files: list[Path]) -> bool:
    """Whether building exactly these files into db would change nothing (decided from the small
    app index, as a build decides it)."""
    report = BuildReport(store=Path(db))
    return _unchanged(Path(db), _read_incoming(files, report), True, False, report) is not None


def build_store(files: list[Path], db: Path, progress: Callable[[int, int, str], None] | None = None,
                skipped: list[tuple[str, str]] | None = None, lock_wait: float = 10.0,
                workers: int | None = None, replace: bool = False, refresh: bool = False) -> BuildReport:
    """Add files to the store at db (creating it): new files are parsed, changed ones parsed again,
    unchanged ones kept as they are, and every other source of the store stays.

    replace: the store holds exactly these files afterwards (the others are removed).
    refresh: every source the store already holds is read again from its recorded path (changed
    ones parsed again; gone ones keep their records and are reported stale). A new parser version
    does the same by itself. Files that cannot be read are skipped with the reason.
    workers: processes that parse (default: one per core, up to 4, when there are many files).
    """
    return _rebuild(db, lambda report: _read_incoming(files, report), replace=replace, refresh=refresh,
                    progress=progress, skipped=skipped, lock_wait=lock_wait, workers=workers)


def remove_sources(db: Path, selectors: list[str | Path], lock_wait: float = 10.0) -> BuildReport:
    """Take sources out of the store: each selector is a source's key, a file's path, or a folder
    (every source recorded under it). StoreError, and the store unchanged, when one matches nothing."""
    db = Path(db)
    if not db.is_file():
        raise StoreError(f"no store at {db}")
    return _rebuild(db, lambda report: [], replace=False, refresh=False, remove=[str(s) for s in selectors],
                    lock_wait=lock_wait)


def _matching_sources(meta: dict, selectors: list[str], db: Path) -> list[str]:
    keys = [*meta.get("sources", {}), *meta.get("skipped", {})]
    paths = meta.get("paths", {})
    chosen: list[str] = []
    unmatched: list[str] = []
    for sel in selectors:
        where = os.path.abspath(sel)
        under = where.rstrip(os.sep) + os.sep
        found = [k for k in keys if k == sel or paths.get(k) == where or paths.get(k, "").startswith(under)]
        if not found:
            unmatched.append(sel)
        chosen += [k for k in found if k not in chosen]
    if unmatched:
        raise StoreError(f"not in {db}: {', '.join(unmatched)} (`tui-browse sources --db {db}` lists its sources)")
    return chosen


def _rebuild(db: Path, read: Callable[[BuildReport], list[_Incoming]], *, replace: bool, refresh: bool,
             remove: list[str] = (), progress: Callable[[int, int, str], None] | None = None,
             skipped: list[tuple[str, str]] | None = None, lock_wait: float = 10.0,
             workers: int | None = None) -> BuildReport:
    db = Path(db)
    report = BuildReport(store=db, skipped=list(skipped or []))
    if db.is_dir():
        raise StoreError(f"{db} is a directory, not a store file; give a file path with --db")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {db}: {exc.strerror}") from None
    with write_lock(db, wait=lock_wait), _collector_paused():
        remove_stale_temps(db)
        incoming = read(report)
        asked = bool(incoming or report.skipped)
        if not remove:
            plan = _unchanged(db, incoming, replace, refresh, report)
            if plan is not None:    # the store already is what this build would write
                report.nothing_read = asked and not (report.duplicates or any(s.named for s in plan.steps))
                return report
        old = _previous(db, report)
        meta = old.meta if old is not None else {}
        if remove:
            chosen = set(_matching_sources(meta, remove, db))
            meta = {**meta, "sources": {k: v for k, v in meta.get("sources", {}).items() if k not in chosen},
                    "skipped": {k: v for k, v in meta.get("skipped", {}).items() if k not in chosen}}
        current = old is not None and old.data is not None and meta.get("parser_version") == PARSER_VERSION
        plan = _plan(meta, current, incoming, replace, refresh, report)
        if remove:
            report.removed += [k for k in old.meta.get("sources", {}) if k in chosen]
        del incoming
        try:
            spool = Spool(db)
            try:
                _assemble(db, plan, old, _Tables(spool), report, asked, workers, progress)
            finally:
                spool.close()
        except OSError as exc:     # the spool beside the store (a full disk): nothing was replaced
            raise StoreError(f"could not write the build's records beside {db}: {exc.strerror or exc}; "
                             "the previous store is unchanged") from None
    return report


def _assemble(db: Path, plan: _Plan, old: _OldStore | None, tables: _Tables, report: BuildReport, asked: bool,
              workers: int | None, progress: Callable[[int, int, str], None] | None) -> None:
    """Copy or parse every source of the plan into the tables, and write the store and its index."""
    sources: dict[str, str] = {}
    paths: dict[str, str] = dict(plan.skipped_paths)
    skipped_sources: dict[str, list[str]] = dict(plan.skipped)   # files that could not be parsed
    encodings: dict[str, str] = {}
    old_sources = old.meta.get("sources", {}) if old is not None else {}
    jobs = [(n, step.where, step.key) for n, step in enumerate(plan.steps) if step.how == "parse"]
    results = _parse_all(jobs, progress, len(plan.steps), workers)
    with closing(results):   # an error below stops the workers at once
        for n, step in enumerate(plan.steps):
            if step.how == "keep":
                if old is None or old.data is None:   # an older schema: its records cannot be copied
                    report.stale = [(k, w) for k, w in report.stale if k != step.key]
                    report.notes.append(f"{step.key}: its records stay only in the old store kept aside")
                    continue
                tables.reuse(old, step.key)
                report.kept.append(step.key)
                encodings[step.key] = old.meta.get("encodings", {}).get(step.key, "")
            else:
                position, status, payload = next(results)
                assert position == n
                if status != "ok":
                    report.skipped.append((step.shown, payload))
                    skipped_sources[step.key] = [step.digest, payload]
                    if step.where:
                        paths[step.key] = step.where
                    continue
                step.digest, encodings[step.key], rows = payload   # the digest of the bytes parsed
                tables.add_document(step.key, rows)
                (report.updated if step.key in old_sources else report.added).append(step.key)
            sources[step.key] = step.digest
            if step.where:
                paths[step.key] = step.where
    read_some = report.duplicates or any(s.named and s.key in sources for s in plan.steps)
    if asked and not read_some:
        report.nothing_read = True
    if not report.ok:
        return  # nothing readable: the previous store stays as it was
    meta = {"schema_version": SCHEMA_VERSION, "parser_version": PARSER_VERSION,
            "sources": sources, "paths": paths, "stale": plan.stale, "skipped": skipped_sources,
            "encodings": encodings, "figure_count": tables.figures,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    reprints = tables.mark_reprints()
    report.reprints = len(reprints)
    report.bytes_written = _write_store_and_index(db, tables, reprints, meta, report)
    report.counts = {"articles": tables.articles, "sections": tables.sections,
                     "figures": tables.figures, "regions": len(tables.regions)}


def _store_pieces(written: _Written, tables: _Tables, meta: dict):
    """The store's JSON (articles, sections, regions, meta, figures), a few thousand records at a
    time, so that the whole encoding is never held."""
    tables_in_order = (("articles", written.articles()), ("sections", written.sections()),
                       ("regions", [orjson.dumps(tables.regions_table())[1:-1]]), ("meta", [orjson.dumps({"1": meta})[1:-1]]),
                       ("figures", written.figures()))
    for n, (name, members) in enumerate(tables_in_order):
        yield (b"," if n else b"{") + orjson.dumps(name) + b":{"
        yield from _joined(members)
        yield b"}"
    yield b"}"


def _joined(members: Iterator[bytes]) -> Iterator[bytes]:
    for n, chunk in enumerate(member for member in members if member):
        yield (b"," if n else b"") + chunk


def _write_store_and_index(db: Path, tables: _Tables, reprints: dict[int, int], meta: dict,
                           report: BuildReport) -> int:
    """Write the store, and the app's index beside it while the store goes to disk.

    Both read the spool, each at its own pace: a thread joins the store's records a few thousand
    at a time and writes and flushes them (disk time, outside the GIL) while this one writes the
    index's data files under temporary names; they replace the old ones, and index.json (which names
    the store's size and time) is written, only once the store is in place.
    """
    tables.spool.finish()
    written = _Written(tables, tables.resolve_regions(), reprints)
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
