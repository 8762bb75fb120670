"""Sources to a store: parse what changed, reuse what did not, write the file in one step."""
from __future__ import annotations

import copy
import gc
import hashlib
import multiprocessing as mp
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, Iterator

import orjson

from ..parser import PARSER_VERSION, DecodeError, ParsedDocument, parse_bytes, warm_up
from ..parser.formats import NOT_SUPPORTED, SUFFIXES

from .appindex import context_place, distinct_chars, is_app_index_dir, load_app_index
from .assembly import Tables, write_store_and_index
from .files import move_aside, remove_stale_temps, write_lock
from .pinyin import pinyin_forms
from .previous import DamagedStore, StreamedStore, WholeStore, open_streamed
from .reader import load_json
from .records import ARTICLE, FIGURE, REGION, SECTION
from .reprints import article_sentences
from .schema import SCHEMA_VERSION, StoreError
from .spool import Spool

Previous = StreamedStore | WholeStore

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
            found: list[tuple[Path, str]] = []   # (the file, its real path)
            # followlinks=False: a symlink loop in a corpus folder cannot trap the walk
            for root, dirs, names in os.walk(p, onerror=lambda e: skipped.append((str(e.filename), e.strerror or str(e)))):
                # a store's app index (STORE.index/texts.txt) is our own output, not an article
                dirs[:] = sorted(d for d in dirs if not is_app_index_dir(Path(root) / d))
                real_root = os.path.realpath(root)   # once a folder: resolving each file's path
                for name in sorted(names):           # walked its folders again (2 s at 30,000 files)
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES:
                        found.append((f, os.path.realpath(f) if os.path.islink(f) else os.path.join(real_root, name)))
                    else:        # every file of a folder is accounted for: read, or skipped and why
                        skipped.append((str(f), _why_not_read(f)))
            candidates = found
        elif p.exists():
            candidates = [(p, os.path.realpath(p))]
        else:
            skipped.append((str(p), "broken link"))
            candidates = []
        for f, key in candidates:
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


# A parsed file as plain tuples: (regions, articles); each record's values are its `from_parser`
# fields (store/records.py) in order, an article's followed by its sections, a section's by its
# figures. Tuples of strings and numbers cross from a worker process several times faster than
# dataclass objects, and are what the tables are made of.
DocumentRows = tuple[list[tuple], list[tuple], dict[str, tuple[str, str]]]


_region_values = attrgetter(*REGION.from_parser)
_article_values = attrgetter(*ARTICLE.from_parser)
_section_values = attrgetter(*SECTION.from_parser)
_figure_values = attrgetter(*FIGURE.from_parser)


def _document_rows(doc: ParsedDocument) -> DocumentRows:
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


def _load_dictionaries() -> None:
    warm_up()
    pinyin_forms("北京")   # (pypinyin's phrases too)


_warming: threading.Thread | None = None


def _warm_up_while_reading(files: int, workers: int | None) -> None:
    """Load the parser's dictionaries in a thread while the files are read and hashed (the reading
    waits on the disk and the hashing runs outside the interpreter lock, the loading inside it):
    about 3 s that the workers no longer wait for. Only for a build that will likely fork workers."""
    global _warming
    if files >= PARALLEL_THRESHOLD and (workers is None or workers > 1) and _warming is None:
        _warming = threading.Thread(target=_load_dictionaries, name="warm-up", daemon=True)
        _warming.start()


def _warming_done() -> None:
    """Wait for the warm-up thread: the workers fork from a process with one thread, and a parse in
    this process must not load the dictionaries a second time beside it."""
    global _warming
    if _warming is not None:
        _warming.join()
        _warming = None


def _parse_all(jobs: list[tuple[int, str, str]], progress: Callable[[int, int, str], None] | None,
               total: int, workers: int | None) -> Iterator[tuple[int, str, object]]:
    """Parse in worker processes when there are many files (one per core), yielding results in the
    order of the plan as they come, so the store is assembled while later files are still parsed."""
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(jobs) >= PARALLEL_THRESHOLD else 1
    done = total - len(jobs)
    _warming_done()
    if workers <= 1:
        outcomes = map(_parse_job, jobs)
        pool = None
    else:
        _load_dictionaries()   # forked workers inherit them instead of loading their own
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


def _previous(path: Path, report: BuildReport) -> Previous | None:
    """The store being added to, if it is sound: read a line at a time where its layout allows
    (store/previous.py), else whole. A corrupt one is moved aside, never overwritten; one of an
    older schema is moved aside too, and its sources are read again from their paths."""
    if not path.exists() or path.is_dir():
        return None
    streamed = open_streamed(path)
    if streamed is not None:
        return streamed
    try:
        data = load_json(path)
    except StoreError as exc:
        if "newer than this tui-browse" in str(exc):
            raise
        meta = _readable_meta(path)
        report.moved_aside = move_aside(path)
        if meta is not None:
            return WholeStore(None, meta)    # its records cannot be copied; its sources are re-read
        return None
    return WholeStore(data)


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
    old_keys = {*old_sources, *old_skipped}
    for entry in incoming:
        key = by_path.get(entry.where)
        if key is None and entry.path.name in old_keys and entry.path.name not in old_paths:
            key = entry.path.name           # a store written before paths were recorded
        if key is not None and key not in matched:
            matched[key] = entry
        elif key is None:
            fresh.append(entry)

    retained = [k for k in old_sources if k in matched or not replace]
    retained_skipped = [k for k in old_skipped if k in matched or not replace]
    kept_keys = set(retained)      # (a list here made this quadratic: 9 s at 30,000 sources)
    report.removed = [k for k in old_sources if k not in kept_keys]
    taken = kept_keys | set(retained_skipped)

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
    # (a build that finds nothing to parse does not wait for it: the thread is a daemon)
    _warm_up_while_reading(len(files), workers)
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
        before = copy.deepcopy(report)
        for attempt in (1, 2):
            current = old is not None and old.records and meta.get("parser_version") == PARSER_VERSION
            plan = _plan(meta, current, incoming, replace, refresh, report)
            if remove:
                report.removed += [k for k in old.meta.get("sources", {}) if k in chosen]
            if old is not None and not old.prepare([s.key for s in plan.steps if s.how == "keep"]):
                old.close()
                try:
                    old = WholeStore(load_json(db))    # kept in another order than stored: read it whole
                except StoreError:
                    old = _damaged(db, report, before, "its records do not parse", meta)
                    continue
            try:
                spool = Spool(db)
                try:
                    _assemble(db, plan, old, Tables(spool), report, asked, workers, progress)
                finally:
                    spool.close()
                    if old is not None:
                        old.close()
                break
            except OSError as exc:     # the spool beside the store (a full disk): nothing was replaced
                raise StoreError(f"could not write the build's records beside {db}: {exc.strerror or exc}; "
                                 "the previous store is unchanged") from None
            except DamagedStore as exc:
                if attempt == 2:
                    raise StoreError(f"{db} is damaged ({exc}) and was moved aside") from None
                # found while copying, before anything was written: the build starts again from
                # the files, as for a store that does not parse
                old = _damaged(db, report, before, str(exc), meta)
    return report


def _damaged(db: Path, report: BuildReport, before: BuildReport, why: str, meta: dict) -> WholeStore:
    """Move a store found damaged aside; the build reads its sources again from their files, and
    the report, as it was before, tells only of that second build."""
    report.__dict__.update(copy.deepcopy(before).__dict__)
    report.moved_aside = move_aside(db)
    report.notes.append(f"the store was damaged ({why}): moved aside, its sources read again")
    return WholeStore(None, meta)


def _assemble(db: Path, plan: _Plan, old: OldStore | None, tables: Tables, report: BuildReport, asked: bool,
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
                if old is None or not old.records:   # an older schema: its records cannot be copied
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
    report.bytes_written = write_store_and_index(db, tables, reprints, meta, report)
    report.counts = {"articles": tables.articles, "sections": tables.sections,
                     "figures": tables.figures, "regions": len(tables.regions)}
