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
from operator import itemgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import orjson

from parser import PARSER_VERSION, DecodeError, ParsedDocument, parse_bytes, warm_up

from .appindex import load_app_index, remove_app_index, stage_app_index
from .files import atomic_write_bytes, move_aside, remove_stale_temps, write_lock
from .reader import load_json
from .schema import SCHEMA_VERSION, StoreError

TEXT_SUFFIXES = {".txt", ".text"}
MAX_FILE_BYTES = 200 * 1024 * 1024
PARALLEL_THRESHOLD = 16   # below this many files, starting worker processes costs more than it saves


@dataclass
class BuildReport:
    store: Path
    parsed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    moved_aside: Path | None = None
    bytes_written: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.parsed or self.reused)


def collect_sources(paths: list[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Text files named or found (recursively) in folders. A missing path raises StoreError."""
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
                dirs.sort()
                for name in sorted(names):
                    f = Path(root) / name
                    if f.suffix.lower() in TEXT_SUFFIXES:
                        found.append(f)
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


def _source_names(files: list[Path]) -> dict[Path, str]:
    """A file's name in the store: its base name, or a longer path where two base names collide."""
    names: dict[Path, str] = {}
    by_base: dict[str, list[Path]] = {}
    for f in files:
        by_base.setdefault(f.name, []).append(f)
    for base, group in by_base.items():
        if len(group) == 1:
            names[group[0]] = base
        else:
            for f in group:
                names[f] = str(f)
    return names


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


FIGURE_FIELDS = ("article_id", "section_id", "region", "raw", "value", "unit", "kind", "qual", "label",
                 "context", "start", "end")
_figure_row = itemgetter(*FIGURE_FIELDS[2:])


class _Tables:
    """The store being assembled, with TinyDB's integer document ids.

    Figures are kept as rows (tuples in FIGURE_FIELDS order), not dicts: at 668,000 figures the
    app index's columns come from one zip over the rows instead of a dict lookup per cell.
    """

    def __init__(self) -> None:
        self.articles: dict[str, dict] = {}
        self.sections: dict[str, dict] = {}
        self.figure_rows: list[tuple] = []
        self.regions: dict[str, dict] = {}   # by name until written

    def add_region(self, name: str, parent: str | None, level: str) -> None:
        old = self.regions.get(name)
        if old is None:
            self.regions[name] = {"name": name, "parent": parent, "level": level}
        elif old["parent"] is None and parent:
            old["parent"] = parent

    def add_document(self, source: str, doc: "_DocumentRows") -> None:
        regions, articles = doc
        for name, parent, level in regions:
            self.add_region(name, parent, level)
        rows = self.figure_rows
        for title, region, date, byline, paper, sections in articles:
            aid = len(self.articles) + 1
            self.articles[str(aid)] = {"source": source, "title": title, "region": region,
                                       "date": date, "byline": byline, "paper": paper}
            for order, (sec_region, sec_title, text, original, sec_byline, figures) in enumerate(sections):
                sid = len(self.sections) + 1
                self.sections[str(sid)] = {"article_id": aid, "region": sec_region, "title": sec_title,
                                           "order": order, "text": text, "original": original,
                                           "byline": sec_byline}
                rows += [(aid, sid, sec_region, *f) for f in figures]

    def reuse(self, old: "_OldStore", source: str) -> None:
        """Copy one unchanged source's records from the previous store, renumbering their ids."""
        used_regions: set[str] = set()
        for old_aid in old.articles_of.get(source, []):
            art = old.data["articles"][str(old_aid)]
            aid = len(self.articles) + 1
            self.articles[str(aid)] = dict(art)
            used_regions.add(art["region"])
            for old_sid in old.sections_of.get(old_aid, []):
                sec = old.data["sections"][str(old_sid)]
                sid = len(self.sections) + 1
                self.sections[str(sid)] = {**sec, "article_id": aid}
                used_regions.add(sec["region"])
                figures = old.data["figures"]
                self.figure_rows += [(aid, sid, *_figure_row(figures[str(fid)]))
                                     for fid in old.figures_of.get(old_sid, [])]
        for name in used_regions:
            while name and name in old.regions:
                r = old.regions[name]
                self.add_region(r["name"], r["parent"], r["level"])
                name = r["parent"]

    def figure_columns(self) -> dict[str, list]:
        if not self.figure_rows:
            return {name: [] for name in FIGURE_FIELDS}
        return dict(zip(FIGURE_FIELDS, map(list, zip(*self.figure_rows))))

    def without_figures(self, meta: dict) -> dict:
        """Every table of the store but figures (which the app index takes as columns)."""
        regions = {str(i): r for i, r in enumerate(sorted(self.regions.values(), key=lambda r: r["name"]), 1)}
        return {"articles": self.articles, "sections": self.sections, "regions": regions, "meta": {"1": meta}}

    def figure_table(self) -> dict[str, dict]:
        return {str(i): dict(zip(FIGURE_FIELDS, row)) for i, row in enumerate(self.figure_rows, 1)}


class _OldStore:
    """The previous store, indexed once by source so reusing a file costs only its own records."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.meta = data["meta"]["1"]
        self.articles_of: dict[str, list[int]] = {}
        for key, art in data["articles"].items():
            self.articles_of.setdefault(art["source"], []).append(int(key))
        self.sections_of: dict[int, list[int]] = {}
        for key, sec in data["sections"].items():
            self.sections_of.setdefault(sec["article_id"], []).append(int(key))
        self.figures_of: dict[int, list[int]] = {}
        for key, fig in data["figures"].items():
            self.figures_of.setdefault(fig["section_id"], []).append(int(key))
        for ids in (*self.articles_of.values(), *self.sections_of.values(), *self.figures_of.values()):
            ids.sort()
        self.regions = {r["name"]: r for r in data["regions"].values()}


def _previous(path: Path, report: BuildReport) -> _OldStore | None:
    """The store being replaced, if it is sound; a corrupt one is moved aside, never overwritten."""
    if not path.exists() or path.is_dir():
        return None
    try:
        data = load_json(path)
    except StoreError as exc:
        if "newer than this tui-browse" in str(exc):
            raise
        report.moved_aside = move_aside(path)
        return None
    meta = data["meta"]["1"]
    return _OldStore(data) if meta.get("parser_version") == PARSER_VERSION else None


# A parsed file as plain tuples, in the order of the store's fields: (regions, articles), a region
# (name, parent, level), an article (title, region, date, byline, paper, sections), a section (region,
# title, text, original, byline, figures), a figure (raw, value, unit, kind, qual, label, context,
# start, end). Tuples of strings and numbers cross from a worker process several times faster than
# dataclass objects, and are what the tables are made of.
_DocumentRows = tuple[list[tuple], list[tuple]]


def _document_rows(doc: ParsedDocument) -> _DocumentRows:
    regions = [(r.name, r.parent, r.level) for r in doc.regions]
    articles = [(a.title, a.region, a.date, a.byline, a.paper,
                 [(s.region, s.title, s.text, s.original, s.byline,
                   [(f.raw, f.value, f.unit, f.kind, f.qual, f.label, f.context, f.start, f.end) for f in s.figures])
                  for s in a.sections])
                for a in doc.articles]
    return regions, articles


def _parse_job(job: tuple[int, bytes, str]) -> tuple[int, str, object]:
    """Parse one file's bytes: ("ok", (encoding, rows)) or ("skip", the reason). Runs in a worker process."""
    position, data, name = job
    try:
        doc = parse_bytes(data, name)
    except DecodeError as exc:
        return position, "skip", str(exc)
    except Exception as exc:  # a parser bug must not cost the user the other files
        return position, "skip", f"parser error ({type(exc).__name__}: {exc})"
    if not doc.articles:
        return position, "skip", "no article text found"
    return position, "ok", (doc.encoding, _document_rows(doc))


def _parse_all(jobs: list[tuple[int, bytes, str]], progress: Callable[[int, int, str], None] | None,
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


def _unchanged(db: Path, entries: list[tuple[Path, str, str, bytes]], report: BuildReport) -> bool:
    """True when db was built by this parser from exactly these files, byte for byte."""
    index = load_app_index(db)
    if index is None:
        return False
    meta = index["meta"]["1"]
    if meta.get("parser_version") != PARSER_VERSION or meta.get("schema_version") != SCHEMA_VERSION:
        return False
    sources, skipped = meta.get("sources", {}), meta.get("skipped", {})
    known = {**{n: d for n, (d, _) in skipped.items()}, **sources}
    if known != {name: digest for _, name, digest, _ in entries}:
        return False
    report.reused = [name for _, name, _, _ in entries if name in sources]
    report.skipped += [(str(f), skipped[name][1]) for f, name, _, _ in entries if name in skipped]
    report.counts = {"articles": len(index["articles"]), "sections": len(index["sections"]),
                     "figures": meta.get("figure_count", 0), "regions": len(index["regions"])}
    return True


def build_store(files: list[Path], db: Path, progress: Callable[[int, int, str], None] | None = None,
                skipped: list[tuple[str, str]] | None = None, lock_wait: float = 10.0,
                workers: int | None = None) -> BuildReport:
    """Parse files into the store at db. Files that cannot be read are skipped with the reason.

    workers: processes that parse (default: one per core, up to 4, when there are many files).
    """
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
        entries: list[tuple[Path, str, str, bytes]] = []
        names = _source_names(files)
        for f in files:
            name = names[f]
            try:
                if not f.is_file():
                    # a FIFO or device named *.txt would block the read forever
                    report.skipped.append((str(f), "not a regular file"))
                    continue
                size = f.stat().st_size
                if size > MAX_FILE_BYTES:
                    report.skipped.append((str(f), f"too large ({size // (1024 * 1024)} MB; the limit is "
                                                   f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"))
                    continue
                data = f.read_bytes()
            except OSError as exc:
                report.skipped.append((str(f), f"cannot read: {exc.strerror or exc}"))
                continue
            entries.append((f, name, _sha256(data), data))
        if _unchanged(db, entries, report):
            return report       # every file as it was when this store was built: nothing to write
        old = _previous(db, report)
        old_sources = old.meta.get("sources", {}) if old else {}
        tables = _Tables()
        sources: dict[str, str] = {}
        skipped_sources: dict[str, list[str]] = {}   # files that could not be parsed: [digest, why]
        encodings: dict[str, str] = {}
        jobs: list[tuple[int, bytes, str]] = []      # files to parse: (position, bytes, name)
        plan: list[tuple[Path, str, str, str]] = []  # (file, name, digest, "reuse" or "parse")
        for f, name, digest, data in entries:
            if old is not None and old_sources.get(name) == digest:
                plan.append((f, name, digest, "reuse"))
            else:
                jobs.append((len(plan), data, name))
                plan.append((f, name, digest, "parse"))
        del entries
        results = _parse_all(jobs, progress, len(plan), workers)
        with closing(results):   # an error below stops the workers at once
            for n, (f, name, digest, how) in enumerate(plan):
                if how == "reuse":
                    tables.reuse(old, name)
                    report.reused.append(name)
                    encodings[name] = old.meta.get("encodings", {}).get(name, "")
                else:
                    position, status, payload = next(results)
                    assert position == n
                    if status != "ok":
                        report.skipped.append((str(f), payload))
                        skipped_sources[name] = [digest, payload]
                        continue
                    encodings[name], rows = payload
                    tables.add_document(name, rows)
                    report.parsed.append(name)
                sources[name] = digest
        if not report.ok:
            return report  # nothing readable: the previous store stays as it was
        meta = {"schema_version": SCHEMA_VERSION, "parser_version": PARSER_VERSION,
                "sources": sources, "skipped": skipped_sources, "encodings": encodings,
                "figure_count": len(tables.figure_rows),
                "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        report.bytes_written = _write_store_and_index(db, tables, meta, report)
        report.counts = {"articles": len(tables.articles), "sections": len(tables.sections),
                         "figures": len(tables.figure_rows), "regions": len(tables.regions)}
    return report


def _write_store_and_index(db: Path, tables: _Tables, meta: dict, report: BuildReport) -> int:
    """Write the store, and the app's index beside it while the store's bytes go to disk.

    The index's data files are written while a thread writes and flushes the store (disk time,
    outside the GIL), under temporary names; they replace the old ones, and index.json (which names
    the store's size and time) is written, only once the store is in place. (A forked process
    staging the index instead was slower: every object either process touched was copied.)
    """
    payload = tables.without_figures(meta)
    payload["figures"] = tables.figure_table()
    data = orjson.dumps(payload)   # orjson: unescaped UTF-8, several times faster than json
    del payload["figures"]
    outcome: list = []

    def write() -> None:
        try:
            outcome.append(atomic_write_bytes(db, data))
        except BaseException as exc:   # handed to the building thread below
            outcome.append(exc)

    writer = threading.Thread(target=write, name="store-writer")
    writer.start()
    index_error: Exception | None = None
    try:
        staged = stage_app_index(db, payload, tables.figure_columns())
    except (StoreError, OSError, ValueError) as exc:
        staged, index_error = None, exc
    writer.join()
    del data
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
