"""The browser's index beside a store: what the app needs, in files it can load in about a second.

STORE is the full TinyDB file, the contract other tools read. Beside it each build writes
STORE.index/ so that opening 30,000 articles does not mean parsing half a gigabyte of JSON:

  index.json      a TinyDB file: meta (the stamp of STORE it was made from) and regions
  rows.jsonl      articles, and sections without their text, a few thousand records a line
  texts.txt       every section's text, in section id order, back to back (offsets in index.json)
  figures.jsonl   the figures as columns, a column a line; figure ids are 1..n in that order
  chars.bin       for each character, the sections (by position in section order) that hold it,
  chars.json      as unsigned 32-bit arrays back to back; chars.json says where each one is
  pinyin.json     regions: name -> [full pinyin, initials], read in context (重庆 chongqing);
                  chars: the first reading of every character of the titles
  originals.json  section id -> source text, read the first time a user asks for it

Everything the app reads while the screen is up comes in pieces that take a few milliseconds each
to parse: one JSON parse or decode of 15 MB holds the interpreter lock for a quarter of a second,
and the screen cannot draw meanwhile.

index.json is written last and names the size and mtime of STORE: a missing, partial or stale
index is ignored and the app reads STORE itself.
"""
from __future__ import annotations

import os
import sys
from array import array
from collections import Counter
from operator import lt
from typing import TYPE_CHECKING
from pathlib import Path

import orjson

from .files import atomic_write_bytes, atomic_write_pieces, json_object_pieces
from .pinyin import pinyin_forms, syllables_of
from .records import FIGURE

if TYPE_CHECKING:
    import numpy as np

# The figures' columns: every field of the record but its context, which is kept as where it is in
# the section's text (the sentence is a slice of it): context_at, context_len; -1 when it is not.
FIGURE_COLUMNS = [name for name in FIGURE.names if name != "context"]
INDEX_VERSION = 5
ROWS_PER_LINE = 4000      # records per line of rows.jsonl: ~10 ms to parse each
TEXT_PIECE = 1 << 23      # bytes of texts.txt decoded at a time


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


_DATA_FILES = ("rows.jsonl", "texts.txt", "figures.jsonl", "chars.bin", "chars.json", "pinyin.json",
               "originals.json")


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


def stage_app_index(db: Path, payload: dict, figure_columns: dict[str, list],
                    chars: CharPostings | None = None,
                    pinyin: dict[str, tuple[str, str]] | None = None,
                    context_at: list[int] | None = None) -> StagedIndex:
    """Derive the app's files from the store being written to db (its tables but figures, and
    the figures as columns in id order). The files already in place stay valid until commit()."""
    folder = index_dir(db)
    folder.mkdir(exist_ok=True)
    sections = payload["sections"]
    order = sorted(sections, key=int)
    section_ids = figure_columns["section_id"]
    pairs = list(zip(section_ids, [f != "title" for f in figure_columns["field"]], figure_columns["start"]))
    if any(map(lt, pairs[1:], pairs)):
        raise ValueError("figures are not in section and text order (headline figures first)")
    per_section = Counter(section_ids)
    placed = figure_places(section_ids, figure_columns["region_id"])
    offsets, texts, pos = [], [], 0
    light = {}
    for key in order:
        sec = sections[key]
        offsets.append(pos)
        texts.append(sec["text"])
        pos += len(sec["text"])
        light[key] = {k: v for k, v in sec.items() if k not in ("text", "original")}
        light[key]["figure_count"] = per_section.get(int(key), 0)
        light[key]["figure_regions"] = {str(r): n for r, n in placed.get(int(key), {}).items()}   # JSON keys
    offsets.append(pos)
    columns = {c: figure_columns[c] for c in FIGURE_COLUMNS}
    columns["context_at"], columns["context_len"], columns["context_text"] = _context_places(
        sections, section_ids, figure_columns["start"], figure_columns["context"], context_at)
    # written a piece at a time: at 100,000 articles each file is hundreds of megabytes
    atomic_write_pieces(folder / "rows.jsonl.new", _lines(
        {"table": name, "rows": part} for name, rows in (("articles", payload["articles"]), ("sections", light))
        for part in _parts(rows)))
    atomic_write_pieces(folder / "texts.txt.new", (text.encode("utf-8") for text in texts))
    atomic_write_pieces(folder / "figures.jsonl.new", _lines({"column": c, "values": v} for c, v in columns.items()))
    names = sorted({r["name"] for r in payload["regions"].values()})
    title_chars = set("".join(sec["title"] for sec in sections.values()))
    atomic_write_bytes(folder / "pinyin.json.new", orjson.dumps(
        {"regions": {n: (pinyin or {}).get(n) or pinyin_forms(n) for n in names}, "chars": syllables_of(title_chars)}))
    where, postings = char_postings(texts, chars)
    atomic_write_pieces(folder / "chars.bin.new", postings)
    atomic_write_bytes(folder / "chars.json.new", orjson.dumps(where))
    atomic_write_pieces(folder / "originals.json.new", json_object_pieces((k, sections[k]["original"]) for k in order))
    index = {
        "meta": {"1": {**payload["meta"]["1"], "index_version": INDEX_VERSION,
                       "section_order": [int(k) for k in order], "text_offsets": offsets}},
        "regions": payload["regions"],
    }
    return StagedIndex(db, index)


def _parts(rows: dict) -> list[dict]:
    keys = list(rows)
    return [{k: rows[k] for k in keys[i:i + ROWS_PER_LINE]} for i in range(0, len(keys), ROWS_PER_LINE)]


def _lines(values):
    return (orjson.dumps(v) + b"\n" for v in values)


class CharPostings:
    """For each character, the positions of the texts that hold it, case folded as the search folds
    them; texts are added in section order (the builder adds each section as its file is parsed,
    while the other files are still being parsed).

    A text arrives as the set of its characters (a parse worker makes it: `distinct_chars`), and the
    sets wait until there are PENDING characters, then are inverted at once with numpy: a stable
    sort of the characters' code points keeps each character's texts in ascending order. (A Python
    loop appending a position per character and text was a third of a large build's main process.)"""

    PENDING = 1 << 21

    def __init__(self) -> None:
        self._pieces: dict[int, list[np.ndarray]] = {}   # code point -> position arrays, in order
        self._waiting: list[str] = []
        self._waiting_chars = 0
        self.count = 0

    def add(self, text: str) -> None:
        self.add_distinct(distinct_chars(text))

    def add_distinct(self, chars: str) -> None:
        """Add the next text by its distinct_chars."""
        self._waiting.append(chars)
        self._waiting_chars += len(chars)
        self.count += 1
        if self._waiting_chars >= self.PENDING:
            self._invert()

    def _invert(self) -> None:
        import numpy as np    # the build's; the app, which only reads the index, never loads it
        waiting, first = self._waiting, self.count - len(self._waiting)
        self._waiting, self._waiting_chars = [], 0
        codes = np.frombuffer("".join(waiting).encode("utf-32-le"), dtype=np.uint32)
        if not len(codes):
            return
        texts = np.repeat(np.arange(first, first + len(waiting), dtype=np.uint32),
                          np.fromiter(map(len, waiting), dtype=np.int64, count=len(waiting)))
        order = np.argsort(codes, kind="stable")
        codes, texts = codes[order], texts[order]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        ends = np.r_[starts[1:], len(codes)]
        pieces = self._pieces
        for code, a, b in zip(codes[starts].tolist(), starts.tolist(), ends.tolist()):
            pieces.setdefault(code, []).append(texts[a:b])

    def layout(self):
        """({char: [start, count]}, the positions as little-endian 32-bit bytes, a piece at a time,
        characters in code order). The arrays are let go as their bytes are written."""
        self._invert()
        pieces = self._pieces
        codes = sorted(pieces)
        where, at = {}, 0
        for code in codes:
            n = sum(len(p) for p in pieces[code])
            where[chr(code)] = [at, n]
            at += n

        def chunks():
            for code in codes:
                for p in pieces.pop(code):
                    yield p.astype("<u4", copy=False).tobytes()
        return where, chunks()

def distinct_chars(text: str) -> str:
    """The characters of text as the search folds them, each once (in no particular order: the
    inversion sorts them)."""
    return "".join(set(text.casefold()))


def char_postings(texts: list[str], made: CharPostings | None = None):
    """The search's character index as files: ({char: [start, count]} in 32-bit items, and the
    arrays' bytes back to back, as pieces to write). made: the same, gathered while the store was
    assembled (for exactly these texts)."""
    if made is None or made.count != len(texts):
        made = CharPostings()
        for text in texts:
            made.add(text)
    return made.layout()


def figure_places(section_ids: list[int], regions: list[int]) -> dict[int, dict[int, int]]:
    """For each section, how many of its figures each region holds (a section's figures may be
    about several places: a roundup names a province per paragraph)."""
    placed: dict[int, dict[str, int]] = {}
    for sid, region in zip(section_ids, regions):
        counts = placed.setdefault(sid, {})
        counts[region] = counts.get(region, 0) + 1
    return placed


def context_place(text: str, start: int, context: str) -> int:
    """Where a figure's sentence is in its section's text (it begins within its own length before
    the figure), or -1 where it is not a slice of it."""
    return text.find(context, max(0, start - len(context))) if context else -1


def _context_places(sections: dict, section_ids: list[int], starts: list[int],
                    contexts: list[str], at: list[int] | None = None) -> tuple[list[int], list[int], dict[str, str]]:
    """Where each figure's sentence is in its section's text, so the index holds two numbers instead
    of the sentence again (at: the places, where the builder's workers found them). A context that
    is not a slice of the text (a store written by another tool) is kept as text, by figure id."""
    if at is None or len(at) != len(contexts):
        at = [context_place(sections[str(sid)]["text"], start, context)
              for sid, start, context in zip(section_ids, starts, contexts)]
    length = [len(c) for c in contexts]
    kept = {str(fid): context for fid, (i, context) in enumerate(zip(at, contexts), 1) if i < 0}
    return list(at), length, kept


def load_app_index(db: Path) -> dict | None:
    """The index (meta, regions, articles, sections) if it was made from db as it is now, else None."""
    folder = index_dir(db)
    try:
        index = orjson.loads((folder / "index.json").read_bytes())
        meta = index["meta"]["1"]
        if meta.get("index_version") != INDEX_VERSION or meta.get("store_stamp") != _stamp(db):
            return None
        index["articles"], index["sections"] = {}, {}
        with open(folder / "rows.jsonl", "rb") as rows:
            for line in rows:             # a line at a time: the screen draws between them
                part = orjson.loads(line)
                index[part["table"]].update(part["rows"])
        return index
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_texts(db: Path) -> str:
    """texts.txt, decoded a piece at a time (cut where a character starts)."""
    data = (index_dir(db) / "texts.txt").read_bytes()
    pieces, start = [], 0
    while start < len(data):
        end = min(len(data), start + TEXT_PIECE)
        while end < len(data) and 0x80 <= data[end] < 0xC0:
            end += 1                      # a UTF-8 continuation byte: not a character's start
        pieces.append(data[start:end].decode("utf-8"))
        start = end
    return "".join(pieces)


def read_figures(db: Path) -> dict[str, list]:
    columns = {}
    with open(index_dir(db) / "figures.jsonl", "rb") as lines:
        for line in lines:
            column = orjson.loads(line)
            columns[column["column"]] = column["values"]
    return columns


def read_char_index(db: Path) -> dict[str, array]:
    """The character index the build wrote: char -> positions of the sections that hold it."""
    folder = index_dir(db)
    where = orjson.loads((folder / "chars.json").read_bytes())
    blob = memoryview((folder / "chars.bin").read_bytes())
    index = {}
    for ch, (at, n) in where.items():
        p = array("I")
        p.frombytes(blob[at * 4:(at + n) * 4])
        if sys.byteorder != "little":
            p.byteswap()
        index[ch] = p
    return index


def read_originals(db: Path) -> dict[str, str]:
    return orjson.loads((index_dir(db) / "originals.json").read_bytes())


def remove_app_index(db: Path) -> None:
    folder = index_dir(db)
    for name in ("index.json", *_DATA_FILES, *(f"{n}.new" for n in _DATA_FILES)):
        try:
            os.unlink(folder / name)
        except OSError:
            pass


def read_pinyin(db: Path) -> dict[str, dict]:
    return orjson.loads((index_dir(db) / "pinyin.json").read_bytes())
