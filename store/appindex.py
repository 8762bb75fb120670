"""The browser's index beside a store: what the app needs, in files it can load in about a second.

STORE is the full TinyDB file, the contract other tools read. Beside it each build writes
STORE.index/ so that opening 30,000 articles does not mean parsing half a gigabyte of JSON:

  index.json      a TinyDB file: meta (the stamp of STORE it was made from), regions, and the
                  summary the region tree paints from (counts per region) before rows.jsonl is in
  rows.jsonl      articles, and sections without their text, a few thousand records a line
  texts.txt       every section's text, in section id order, back to back (offsets in index.json)
  figures.jsonl   the figures as columns, a column a line; figure ids are 1..n in that order
  chars.bin       for each character, the sections (by position in section order) that hold it,
  chars.json      as unsigned 32-bit arrays back to back; chars.json says where each one is
  pinyin.json     regions: name -> [full pinyin, initials], read in context (重庆 chongqing);
                  chars: the first reading of every character of the titles
  originals.json  section id -> source text, read the first time a user asks for it
  sources.json    the meta's per-source maps (sources, paths, stale, skipped, encodings), a few
                  thousand entries a line: read only to export, to list sources or to plan a build

Everything the app reads while the screen is up comes in pieces that take a few milliseconds each
to parse: one JSON parse or decode of 15 MB holds the interpreter lock for a quarter of a second,
and the screen cannot draw meanwhile.

index.json is written last and names the size and mtime of STORE: a missing, partial or stale
index is ignored and the app reads STORE itself.
"""
from __future__ import annotations

import mmap
import os
import shutil
import sys
import tempfile
from array import array
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from operator import lt
from typing import TYPE_CHECKING, Iterable
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
INDEX_VERSION = 8
# 5 kept the per-source maps in index.json's meta; 7 added the summary; 8 cut figures.jsonl's columns
# into lines of about FIGURE_LINE bytes (a reader of 7 would keep only a column's last line)
READABLE_VERSIONS = (5, 6, 7, 8)
FIGURE_LINE = 1 << 20
ROWS_PER_LINE = 4000      # records per line of rows.jsonl: ~10 ms to parse each
TEXT_FIELDS = ("text", "original")    # a section's fields kept apart: in texts.txt and originals.json
TEXT_PIECE = 1 << 21      # bytes of texts.txt decoded at a time


def index_dir(db: Path) -> Path:
    return db.with_name(db.name + ".index")


def is_app_index_dir(folder: Path) -> bool:
    """Whether folder is a store's app index (so a build never reads it as articles)."""
    return folder.name.endswith(".index") and (folder / "index.json").is_file()


def recorded_source_paths(db: Path) -> list[Path]:
    """The source files the last build of db recorded, read from its app index even when db itself
    is damaged (so a damaged library can be rebuilt from its own files); [] when unknown."""
    try:
        meta = read_sources(db) or orjson.loads((index_dir(db) / "index.json").read_bytes())["meta"]["1"]
        return [Path(p) for p in meta.get("paths", {}).values()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def read_sources(db: Path) -> dict:
    """sources.json: the meta's per-source maps (SOURCE_FIELDS), {} where there is none. It is read
    a line at a time (ROWS_PER_LINE sources each): one parse of 38 MB held the interpreter lock for
    200 ms, and a worker asks for it while the user types."""
    found: dict[str, dict] = {}
    try:
        with open(index_dir(db) / "sources.json", "rb") as lines:
            for line in lines:
                part = orjson.loads(line)
                found.setdefault(part["field"], {}).update(part["entries"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return found


def _source_lines(meta: dict):
    """sources.json's lines: each map of SOURCE_FIELDS in parts of ROWS_PER_LINE entries."""
    for name in SOURCE_FIELDS:
        entries = list(meta.get(name, {}).items())
        for i in range(0, max(1, len(entries)), ROWS_PER_LINE):
            yield orjson.dumps({"field": name, "entries": dict(entries[i:i + ROWS_PER_LINE])}) + b"\n"


def _stamp(db: Path) -> list[int]:
    st = db.stat()
    return [st.st_size, st.st_mtime_ns]


_DATA_FILES = ("rows.jsonl", "texts.txt", "figures.jsonl", "chars.bin", "chars.json", "pinyin.json",
               "originals.json", "sources.json")
# the meta's maps with an entry per source: tens of megabytes at 100,000 files, which the app needs
# only to export or list sources, so they are kept out of index.json (read as the screen opens)
SOURCE_FIELDS = ("sources", "paths", "stale", "skipped", "encodings")


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


def stage_app_index(db: Path, meta: dict, regions: dict[str, dict], articles: Iterable[bytes],
                    sections: Iterable[bytes], texts: Path, text_offsets: list[int], originals: Iterable[bytes],
                    figures: Iterable[tuple[list[tuple], list[int]]], chars: "CharPostings",
                    pinyin: dict[str, tuple[str, str]], title_chars: set[str]) -> StagedIndex:
    """Derive the app's files from the store being written to db, as the builder's spool gives it
    back (the files already in place stay valid until commit()).

    articles, sections (without their TEXT_FIELDS, with figure_count and figure_regions) and
    originals (section id -> source text): JSON object members, ROWS_PER_LINE records at a time
    (`"1":{…},"2":{…}`); texts: a file of the sections' texts back to back, where text_offsets
    says; figures: batches of (rows in FIGURE's field order, where each one's sentence is in its
    section's text, -1 where it is not); chars: the character index of exactly these sections."""
    folder = index_dir(db)
    folder.mkdir(exist_ok=True)
    staged = StagedIndex(db, {})
    count = len(text_offsets) - 1
    try:
        with _StagedFile(folder / "rows.jsonl.new") as rows:
            for table, members in (("articles", articles), ("sections", sections)):
                head = b'{"table":' + orjson.dumps(table) + b',"rows":{'
                for chunk in members:
                    rows.write(head + chunk + b"}}\n")
        summary = tree_summary(folder / "rows.jsonl.new")
        with _StagedFile(folder / "originals.json.new") as out:
            for piece in json_object_pieces(originals):
                out.write(piece)
        _stage_copy(texts, folder / "texts.txt.new")
        names = sorted({r["name"] for r in regions.values()})
        atomic_write_bytes(folder / "pinyin.json.new", orjson.dumps(
            {"regions": {n: pinyin.get(n) or pinyin_forms(n) for n in names}, "chars": syllables_of(title_chars)}))
        if chars.count != count:
            raise ValueError(f"the character index holds {chars.count} texts for {count} sections")
        where, postings = chars.layout()
        atomic_write_pieces(folder / "chars.bin.new", postings)
        atomic_write_bytes(folder / "chars.json.new", orjson.dumps(where))
        _stage_figures(folder, figures)
        atomic_write_pieces(folder / "sources.json.new", _source_lines(meta))
    except BaseException:
        staged.discard()
        raise
    light = {k: v for k, v in meta.items() if k not in SOURCE_FIELDS}
    staged.index = {
        "meta": {"1": {**light, "index_version": INDEX_VERSION, "section_order": list(range(1, count + 1)),
                       "text_offsets": text_offsets}},
        "regions": regions,
        "summary": {"1": summary},
    }
    return staged


def _stage_copy(source: Path, target: Path) -> None:
    """target becomes a copy of source (a second name for it where the file system allows)."""
    target.unlink(missing_ok=True)
    if not source.exists():
        source.touch()
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def _stage_figures(folder: Path, figures) -> None:
    """figures.jsonl: the figures as columns, a column a line. Each column gathers in a file of its
    own while the batches pass, and the lines are put together at the end."""
    names = [*FIGURE_COLUMNS, "context_at", "context_len"]
    parts = {name: tempfile.TemporaryFile(dir=folder) for name in names}
    kept: dict[str, str] = {}      # a context that is not a slice of its text, by figure id
    fid, last = 0, None
    try:
        for rows, at in figures:
            if not rows:
                continue
            columns = dict(zip(FIGURE.names, zip(*rows)))
            position = list(zip(columns["section_id"], [f != "title" for f in columns["field"]], columns["start"]))
            if last is not None:
                position.insert(0, last)
            if any(map(lt, position[1:], position)):
                raise ValueError("figures are not in section and text order (headline figures first)")
            last = position[-1]
            contexts = columns["context"]
            columns["context_at"] = at
            columns["context_len"] = [len(c) for c in contexts]
            for n, (i, context) in enumerate(zip(at, contexts), fid + 1):
                if i < 0:
                    kept[str(n)] = context
            for name in names:
                parts[name].write(orjson.dumps(columns[name])[1:-1] + b"\n")   # a batch's values a line
            fid += len(rows)
        with _StagedFile(folder / "figures.jsonl.new") as lines:
            for name in names:
                head = b'{"column":' + orjson.dumps(name) + b',"values":['
                out = parts[name]
                out.seek(0)
                piece: list[bytes] = []
                size = 0
                for batch in out:
                    piece.append(batch[:-1])
                    size += len(batch)
                    if size >= FIGURE_LINE:
                        lines.write(head + b",".join(piece) + b"]}\n")
                        piece, size = [], 0
                if piece or not fid:      # (no figures at all: each column still has its line)
                    lines.write(head + b",".join(piece) + b"]}\n")
            lines.write(orjson.dumps({"column": "context_text", "values": kept}) + b"\n")
    finally:
        for out in parts.values():
            out.close()


class _StagedFile:
    """One of the index's files, written under its `.new` name and flushed to disk on leaving."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._out = None

    def __enter__(self):
        self._out = open(self.path, "wb")
        return self

    def write(self, data: bytes) -> None:
        self._out.write(data)

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self._out.flush()
                os.fsync(self._out.fileno())
        finally:
            self._out.close()


def _stable_order(codes):
    """The stable argsort of code points. numpy sorts 8- and 16-bit keys stably by radix, eight times
    faster than 32-bit ones; one character outside the BMP (an emoji, a rare ideograph) must not
    cost a whole batch that: sort by the low 16 bits, then stably by the high ones."""
    import numpy as np
    low = codes.astype(np.uint16)
    order = np.argsort(low, kind="stable")
    if len(codes) and codes.max() >= 1 << 16:
        high = (codes[order] >> 16).astype(np.uint8)     # (code points end at 0x10FFFF)
        order = order[np.argsort(high, kind="stable")]
    return order


class CharPostings:
    """For each character, the positions of the texts that hold it, case folded as the search folds
    them; texts are added in section order (the builder adds each section as its file is parsed,
    while the other files are still being parsed).

    A text arrives as the set of its characters (a parse worker makes it: `distinct_chars`), and the
    sets wait until there are PENDING characters, then are inverted at once with numpy: a stable
    sort of the characters' code points keeps each character's texts in ascending order. (A Python
    loop appending a position per character and text was a third of a large build's main process.)
    Each inverted batch goes to a file (at 100,000 articles the positions are 160 MB); layout()
    gathers every character's runs from the batches in order."""

    PENDING = 1 << 21

    def __init__(self, spill: Path | None = None) -> None:
        # the batches' positions, back to back; (codes, their runs' starts and lengths) per batch
        self._spill = open(spill, "w+b") if spill is not None else tempfile.TemporaryFile()
        self._spilled = 0
        self._batches: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
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
        order = _stable_order(codes)
        codes, texts = codes[order], texts[order]
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        lengths = np.diff(np.r_[starts, len(codes)])
        self._spill.write(texts.astype("<u4", copy=False).tobytes())
        self._batches.append((codes[starts], starts + self._spilled, lengths))
        self._spilled += len(codes)

    def layout(self):
        """({char: [start, count]}, the positions as little-endian 32-bit bytes, a piece at a time,
        characters in code order; each character's runs in batch order, so its texts ascend)."""
        import numpy as np
        self._invert()
        self._spill.flush()
        if not self._batches:
            self._spill.close()
            return {}, iter(())
        codes, starts, lengths = (np.concatenate(column) for column in zip(*self._batches))
        order = _stable_order(codes)        # batches are in order already: stable keeps it
        codes, starts, lengths = codes[order], starts[order], lengths[order]
        first = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
        totals = np.add.reduceat(lengths, first)
        at = np.cumsum(totals) - totals
        where = {chr(c): [a, n] for c, a, n in zip(codes[first].tolist(), at.tolist(), totals.tolist())}
        self._batches = []

        def chunks():
            with self._spill, mmap.mmap(self._spill.fileno(), 0, access=mmap.ACCESS_READ) as spilled:
                piece, size = [], 0
                for s, n in zip(starts.tolist(), lengths.tolist()):
                    piece.append(spilled[s * 4:(s + n) * 4])
                    size += n
                    if size >= 1 << 18:
                        yield b"".join(piece)
                        piece, size = [], 0
                if piece:
                    yield b"".join(piece)
        return where, chunks()


def distinct_chars(text: str) -> str:
    """The characters of text as the search folds them, each once (in no particular order: the
    inversion sorts them)."""
    return "".join(set(text.casefold()))


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


def load_index_head(db: Path, sources: bool = False) -> dict | None:
    """index.json (meta, regions and, from version 7, the tree's summary) if it was made from db as
    it is now, else None. sources: the meta with its SOURCE_FIELDS too (read from sources.json)."""
    try:
        index = orjson.loads((index_dir(db) / "index.json").read_bytes())
        meta = index["meta"]["1"]
        if meta.get("index_version") not in READABLE_VERSIONS or meta.get("store_stamp") != _stamp(db):
            return None
        if sources and meta["index_version"] >= 6:
            found = read_sources(db)
            if set(found) != set(SOURCE_FIELDS):
                return None
            meta.update(found)
        return index
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_rows(db: Path) -> tuple[dict, dict]:
    """rows.jsonl: the articles and the sections without their text, by id as JSON keys (strings)."""
    tables: dict[str, dict] = {"articles": {}, "sections": {}}
    with open(index_dir(db) / "rows.jsonl", "rb") as rows:
        for line in rows:             # a line at a time: the screen draws between them
            part = orjson.loads(line)
            tables[part["table"]].update(part["rows"])
    return tables["articles"], tables["sections"]


def load_app_index(db: Path, sources: bool = False) -> dict | None:
    """The index (meta, regions, articles, sections) if it was made from db as it is now, else None.
    sources: the meta with its SOURCE_FIELDS too (read from sources.json)."""
    index = load_index_head(db, sources)
    if index is None:
        return None
    try:
        index["articles"], index["sections"] = read_rows(db)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return index


def section_listing(own_id: int, placed: dict[str, int]) -> list[tuple[int, int]]:
    """Where the region tree lists a section: under its own region first, then under every other
    region that holds figures of it (by id, in the order of their JSON keys), each with how many of
    the section's figures are about that region."""
    listed = {own_id: 0}
    for region_id, n in sorted(placed.items()):
        rid = int(region_id)
        listed[rid] = listed.get(rid, 0) + n
    return list(listed.items())


def tree_summary(rows: Path) -> dict:
    """What the region tree's first paint needs, so that the screen paints from index.json alone
    while rows.jsonl (tens of megabytes) loads: the totals, and per region id the sections listed
    under it and the figures about it (reprints left out), read back from rows a line at a time."""
    reprints: set[int] = set()
    listed: Counter = Counter()
    about: Counter = Counter()
    totals = {"articles": 0, "sections": 0, "figures": 0}
    with open(rows, "rb") as lines:
        for line in lines:
            part = orjson.loads(line)
            if part["table"] == "articles":
                totals["articles"] += len(part["rows"])
                reprints.update(int(aid) for aid, a in part["rows"].items() if a.get("reprint_of"))
                continue
            for s in part["rows"].values():
                totals["sections"] += 1
                totals["figures"] += s.get("figure_count", 0)
                for rid, n in section_listing(s["region_id"], s.get("figure_regions", {})):
                    listed[rid] += 1
                    if s["article_id"] not in reprints:
                        about[rid] += n
    return {**totals, "region_sections": {str(r): listed[r] for r in sorted(listed)},
            "region_figures": {str(r): about[r] for r in sorted(about) if about[r]}}


class TextPieces:
    """texts.txt as decoded pieces, sliced by character offsets. Joined into one string, 100,000
    articles' texts are one call that holds the interpreter lock for a second and, where a single
    character lies beyond the BMP, take four bytes a character; a piece is a few megabytes."""

    def __init__(self, pieces: list[str]) -> None:
        self.pieces = pieces or [""]
        self.bases = list(accumulate((len(p) for p in self.pieces[:-1]), initial=0))

    def slice(self, start: int, end: int) -> str:
        k = bisect_right(self.bases, start) - 1
        base = self.bases[k]
        text = self.pieces[k][start - base:end - base]
        while end > base + len(self.pieces[k]) and k + 1 < len(self.pieces):   # a text across an edge
            k += 1
            base = self.bases[k]
            text += self.pieces[k][:end - base]
        return text


def read_texts(db: Path, starts: list[int] | None = None) -> TextPieces:
    """texts.txt, decoded a piece at a time (cut where a character starts; given where each
    section's text starts, where a section starts, so that no text lies across two pieces: the
    search then folds the pieces as they are instead of joining the texts again)."""
    data = (index_dir(db) / "texts.txt").read_bytes()
    pieces, start = [], 0
    while start < len(data):
        end = min(len(data), start + TEXT_PIECE)
        while end < len(data) and 0x80 <= data[end] < 0xC0:
            end += 1                      # a UTF-8 continuation byte: not a character's start
        pieces.append(data[start:end].decode("utf-8"))
        start = end
    return TextPieces(_cut_at_sections(pieces, starts) if starts else pieces)


def _cut_at_sections(pieces: list[str], starts: list[int]) -> list[str]:
    """The same text in pieces that each end where a section starts (a section longer than a piece
    makes its piece longer)."""
    out: list[str] = []
    carry, base = "", 0            # the text not yet in a piece, and where it starts
    for piece in pieces:
        text = carry + piece if carry else piece
        end = base + len(text)
        cut = starts[bisect_right(starts, end - 1) - 1] if starts and starts[0] < end else base
        if cut > base:
            out.append(text[:cut - base])
            carry, base = text[cut - base:], cut
        else:
            carry = text
    if carry or not out:
        out.append(carry)
    return out


def read_figures(db: Path) -> dict[str, list]:
    """figures.jsonl's columns: a column's values come in lines of about FIGURE_LINE bytes (a line
    of 100,000 articles' figures took 60 ms to parse, holding the interpreter lock), in order."""
    columns: dict[str, list | dict] = {}
    with open(index_dir(db) / "figures.jsonl", "rb") as lines:
        for line in lines:
            column = orjson.loads(line)
            values = column["values"]
            have = columns.get(column["column"])
            if have is None:
                columns[column["column"]] = values
            elif isinstance(have, dict):
                have.update(values)
            else:
                have.extend(values)
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
