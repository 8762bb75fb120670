"""The browser's index beside a store: what the app needs, in files it can load in about a second.

STORE is the full TinyDB file, the contract other tools read. Beside it each build writes
STORE.index/ so that opening 10,000 articles does not mean parsing half a gigabyte of JSON:

  index.json      a TinyDB file: meta (the stamp of STORE it was made from), articles, regions,
                  and sections without their text
  texts.txt       every section's text, in section id order, back to back (offsets in index.json)
  figures.json    the figures as columns; figure ids are 1..n in that order
  originals.json  section id -> source text, read the first time a user asks for it

index.json is written last and names the size and mtime of STORE: a missing, partial or stale
index is ignored and the app reads STORE itself.
"""
from __future__ import annotations

import os
from collections import Counter
from operator import lt
from pathlib import Path

import orjson

from .files import atomic_write_bytes

FIGURE_COLUMNS = ["section_id", "article_id", "region", "raw", "value", "unit", "kind", "qual", "label",
                  "start", "end"]
INDEX_VERSION = 2


def index_dir(db: Path) -> Path:
    return db.with_name(db.name + ".index")


def is_app_index_dir(folder: Path) -> bool:
    """Whether folder is a store's app index (so a build never reads it as articles)."""
    return folder.name.endswith(".index") and (folder / "index.json").is_file()


def recorded_source_paths(db: Path) -> list[Path]:
    """The source files the last build of db recorded, read from its app index even when db itself
    is damaged (so a damaged library can be rebuilt from its own files); [] when unknown."""
    try:
        meta = orjson.loads((index_dir(db) / "index.json").read_bytes())["meta"]["1"]
        return [Path(p) for p in meta.get("paths", {}).values()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def _stamp(db: Path) -> list[int]:
    st = db.stat()
    return [st.st_size, st.st_mtime_ns]


_DATA_FILES = ("texts.txt", "figures.json", "originals.json")


class StagedIndex:
    """The index's data files written under temporary names, put in place by commit()."""

    def __init__(self, db: Path, index: dict) -> None:
        self.db = db
        self.index = index

    def commit(self) -> None:
        folder = index_dir(self.db)
        for name in _DATA_FILES:
            os.replace(folder / f"{name}.new", folder / name)
        # last, naming the store as it is now: until this lands an older index.json does not match
        self.index["meta"]["1"]["store_stamp"] = _stamp(self.db)
        atomic_write_bytes(folder / "index.json", orjson.dumps(self.index))

    def discard(self) -> None:
        for name in _DATA_FILES:
            try:
                os.unlink(index_dir(self.db) / f"{name}.new")
            except OSError:
                pass


def stage_app_index(db: Path, payload: dict, figure_columns: dict[str, list]) -> StagedIndex:
    """Derive the app's files from the store being written to db (its tables but figures, and
    the figures as columns in id order). The files already in place stay valid until commit()."""
    folder = index_dir(db)
    folder.mkdir(exist_ok=True)
    sections = payload["sections"]
    order = sorted(sections, key=int)
    section_ids = figure_columns["section_id"]
    pairs = list(zip(section_ids, figure_columns["start"]))
    if any(map(lt, pairs[1:], pairs)):
        raise ValueError("figures are not in section and text order")
    per_section = Counter(section_ids)
    offsets, texts, pos = [], [], 0
    light = {}
    for key in order:
        sec = sections[key]
        offsets.append(pos)
        texts.append(sec["text"])
        pos += len(sec["text"])
        light[key] = {k: v for k, v in sec.items() if k not in ("text", "original")}
        light[key]["figure_count"] = per_section.get(int(key), 0)
    offsets.append(pos)
    columns = {c: figure_columns[c] for c in FIGURE_COLUMNS}
    atomic_write_bytes(folder / "texts.txt.new", "".join(texts).encode("utf-8"))
    atomic_write_bytes(folder / "figures.json.new", orjson.dumps(columns))
    atomic_write_bytes(folder / "originals.json.new", orjson.dumps({k: sections[k]["original"] for k in order}))
    index = {
        "meta": {"1": {**payload["meta"]["1"], "index_version": INDEX_VERSION,
                       "section_order": [int(k) for k in order], "text_offsets": offsets}},
        "articles": payload["articles"], "regions": payload["regions"], "sections": light,
    }
    return StagedIndex(db, index)


def load_app_index(db: Path) -> dict | None:
    """The index if it was made from db as it is now, else None."""
    path = index_dir(db) / "index.json"
    try:
        index = orjson.loads(path.read_bytes())
        meta = index["meta"]["1"]
        if meta.get("index_version") != INDEX_VERSION or meta.get("store_stamp") != _stamp(db):
            return None
        return index
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_texts(db: Path) -> str:
    return (index_dir(db) / "texts.txt").read_bytes().decode("utf-8")


def read_figures(db: Path) -> dict[str, list]:
    return orjson.loads((index_dir(db) / "figures.json").read_bytes())


def read_originals(db: Path) -> dict[str, str]:
    return orjson.loads((index_dir(db) / "originals.json").read_bytes())


def remove_app_index(db: Path) -> None:
    folder = index_dir(db)
    for name in ("index.json", *_DATA_FILES, *(f"{n}.new" for n in _DATA_FILES)):
        try:
            os.unlink(folder / name)
        except OSError:
            pass
