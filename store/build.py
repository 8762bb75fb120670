"""Sources to a store: parse what changed, reuse what did not, write the file in one step."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from parser import PARSER_VERSION, DecodeError, ParsedDocument, parse_bytes

from .files import atomic_write_json, move_aside, write_lock
from .reader import load_json
from .schema import SCHEMA_VERSION, StoreError

TEXT_SUFFIXES = {".txt", ".text"}
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class BuildReport:
    store: Path
    parsed: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    moved_aside: Path | None = None
    bytes_written: int = 0

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


class _Tables:
    """The store being assembled, with TinyDB's integer document ids."""

    def __init__(self) -> None:
        self.articles: dict[str, dict] = {}
        self.sections: dict[str, dict] = {}
        self.figures: dict[str, dict] = {}
        self.regions: dict[str, dict] = {}   # by name until written

    def add_region(self, name: str, parent: str | None, level: str) -> None:
        old = self.regions.get(name)
        if old is None:
            self.regions[name] = {"name": name, "parent": parent, "level": level}
        elif old["parent"] is None and parent:
            old["parent"] = parent

    def add_document(self, doc: ParsedDocument) -> None:
        for r in doc.regions:
            self.add_region(r.name, r.parent, r.level)
        for art in doc.articles:
            aid = len(self.articles) + 1
            self.articles[str(aid)] = {"source": doc.source, "title": art.title, "region": art.region,
                                       "date": art.date, "byline": art.byline, "paper": art.paper}
            for order, sec in enumerate(art.sections):
                sid = len(self.sections) + 1
                self.sections[str(sid)] = {"article_id": aid, "region": sec.region, "title": sec.title,
                                           "order": order, "text": sec.text, "original": sec.original,
                                           "byline": sec.byline}
                for f in sec.figures:
                    self.figures[str(len(self.figures) + 1)] = {
                        "article_id": aid, "section_id": sid, "region": sec.region, "raw": f.raw,
                        "value": f.value, "unit": f.unit, "kind": f.kind, "qual": f.qual, "label": f.label,
                        "context": f.context, "start": f.start, "end": f.end}

    def reuse(self, old: dict, source: str) -> None:
        """Copy one unchanged source's records from the previous store, renumbering their ids."""
        art_map: dict[int, int] = {}
        sec_map: dict[int, int] = {}
        used_regions: set[str] = set()
        for key, art in old["articles"].items():
            if art["source"] == source:
                aid = len(self.articles) + 1
                art_map[int(key)] = aid
                self.articles[str(aid)] = dict(art)
                used_regions.add(art["region"])
        for key, sec in sorted(old["sections"].items(), key=lambda kv: int(kv[0])):
            if sec["article_id"] in art_map:
                sid = len(self.sections) + 1
                sec_map[int(key)] = sid
                self.sections[str(sid)] = {**sec, "article_id": art_map[sec["article_id"]]}
                used_regions.add(sec["region"])
        for key, fig in sorted(old["figures"].items(), key=lambda kv: int(kv[0])):
            if fig["section_id"] in sec_map:
                self.figures[str(len(self.figures) + 1)] = {
                    **fig, "section_id": sec_map[fig["section_id"]], "article_id": art_map[fig["article_id"]]}
        by_name = {r["name"]: r for r in old["regions"].values()}
        for name in used_regions:
            while name and name in by_name:
                r = by_name[name]
                self.add_region(r["name"], r["parent"], r["level"])
                name = r["parent"]

    def as_json(self, meta: dict) -> dict:
        regions = {str(i): r for i, r in enumerate(sorted(self.regions.values(), key=lambda r: r["name"]), 1)}
        return {"articles": self.articles, "sections": self.sections, "figures": self.figures,
                "regions": regions, "meta": {"1": meta}}


def _previous(path: Path, report: BuildReport) -> dict | None:
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
    return data if meta.get("parser_version") == PARSER_VERSION else None


def build_store(files: list[Path], db: Path, progress: Callable[[int, int, str], None] | None = None,
                skipped: list[tuple[str, str]] | None = None, lock_wait: float = 10.0) -> BuildReport:
    """Parse files into the store at db. Files that cannot be read are skipped with the reason."""
    db = Path(db)
    report = BuildReport(store=db, skipped=list(skipped or []))
    if db.is_dir():
        raise StoreError(f"{db} is a directory, not a store file; give a file path with --db")
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {db}: {exc.strerror}") from None
    with write_lock(db, wait=lock_wait):
        old = _previous(db, report)
        old_sources = old["meta"]["1"].get("sources", {}) if old else {}
        tables = _Tables()
        sources: dict[str, str] = {}
        encodings: dict[str, str] = {}
        names = _source_names(files)
        for n, f in enumerate(files, 1):
            name = names[f]
            if progress:
                progress(n, len(files), name)
            try:
                size = f.stat().st_size
                if size > MAX_FILE_BYTES:
                    report.skipped.append((str(f), f"too large ({size // (1024 * 1024)} MB; the limit is "
                                                   f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"))
                    continue
                data = f.read_bytes()
            except OSError as exc:
                report.skipped.append((str(f), f"cannot read: {exc.strerror or exc}"))
                continue
            digest = _sha256(data)
            if old is not None and old_sources.get(name) == digest:
                tables.reuse(old, name)
                report.reused.append(name)
            else:
                try:
                    doc = parse_bytes(data, name)
                except DecodeError as exc:
                    report.skipped.append((str(f), str(exc)))
                    continue
                except Exception as exc:  # a parser bug must not cost the user the other files
                    report.skipped.append((str(f), f"parser error ({type(exc).__name__}: {exc})"))
                    continue
                if not doc.articles:
                    report.skipped.append((str(f), "no article text found"))
                    continue
                tables.add_document(doc)
                encodings[name] = doc.encoding
                report.parsed.append(name)
            sources[name] = digest
            if name in old_sources and old is not None and name not in encodings:
                encodings[name] = old["meta"]["1"].get("encodings", {}).get(name, "")
        if not report.ok:
            return report  # nothing readable: the previous store stays as it was
        meta = {"schema_version": SCHEMA_VERSION, "parser_version": PARSER_VERSION,
                "sources": sources, "encodings": encodings,
                "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        payload = tables.as_json(meta)
        report.bytes_written = atomic_write_json(db, payload)
        report.counts = {"articles": len(tables.articles), "sections": len(tables.sections),
                         "figures": len(tables.figures), "regions": len(tables.regions)}
    return report
