"""Reading a store: opened once, checked, indexed in memory for the app and the command line."""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tinydb import TinyDB
from tinydb.storages import Storage

from .schema import SCHEMA_VERSION, TABLES, StoreError, validate
from .storage import StoreStorage

if TYPE_CHECKING:
    from .appindex import TextPieces


class _ParsedStorage(Storage):
    """A read-only TinyDB storage over JSON we have already parsed and checked."""

    def __init__(self, data: dict) -> None:
        self._data = data

    def read(self) -> dict:
        return self._data

    def write(self, data: dict) -> None:  # pragma: no cover - the reader never writes
        raise StoreError("the store is opened read-only")


def load_json(path: Path) -> dict:
    """Parse and check a store file; StoreError says what is wrong and how to fix it."""
    if not path.exists():
        raise StoreError(f"no store at {path}; build one with: tui-browse build SOURCE... --db {path}")
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from None
    if not raw.strip():
        raise StoreError(f"{path} is empty; rebuild it with: tui-browse build SOURCE... --db {path}")
    try:
        data = StoreStorage.decode(raw)
    except ValueError as exc:
        raise StoreError(f"{path} is not valid JSON ({exc}); it may be truncated — rebuild it") from None
    meta = _meta(data)
    version = meta.get("schema_version") if meta else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} uses store schema {version}, newer than this tui-browse understands ({SCHEMA_VERSION}); "
            "upgrade tui-browse — the file is left untouched"
        )
    if version is not None and version != SCHEMA_VERSION:
        raise StoreError(f"{path} uses store schema {version}; rebuild it with this version of tui-browse")
    problems = validate(data, limit=3)
    if problems:
        raise StoreError(f"{path} is not a tui-browse store: " + "; ".join(problems))
    return data


def _meta(data: object) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        return {}
    first = data["meta"].get("1")
    return first if isinstance(first, dict) else {}


class _Record(dict):
    """A record whose expensive fields are fetched the first time someone reads them."""

    __slots__ = ("_fill",)

    def __missing__(self, key):
        fill = getattr(self, "_fill", None)
        if fill is None:
            raise KeyError(key)
        value = fill(key)
        self[key] = value
        return value


class _Sections(Mapping):
    """Sections from the app index: titles in memory, text sliced from texts.txt's pieces, originals on demand."""

    def __init__(self, light: dict[int, dict], texts: "TextPieces", offsets: dict[int, tuple[int, int]], db: Path):
        self._light, self._texts, self._offsets, self._db = light, texts, offsets, db
        self._originals: dict[str, str] | None = None

    def __getitem__(self, sid: int) -> dict:
        light = self._light[sid]
        a, b = self._offsets[sid]
        rec = _Record(light)
        rec.pop("figure_count", None)
        rec.pop("figure_regions", None)
        rec["text"] = self._texts.slice(a, b)
        rec._fill = lambda key, sid=sid: self._original(sid) if key == "original" else _raise(key)
        return rec

    def text(self, sid: int) -> str:
        a, b = self._offsets[sid]
        return self._texts.slice(a, b)

    def pieces(self) -> list[str]:
        return list(self._texts.pieces)

    def _original(self, sid: int) -> str:
        if self._originals is None:
            from .appindex import read_originals
            self._originals = read_originals(self._db)
        return self._originals[str(sid)]

    def __iter__(self):
        return iter(self._light)

    def __len__(self) -> int:
        return len(self._light)

    def __contains__(self, sid) -> bool:
        return sid in self._light


class _Figures(Mapping):
    """Figures from the app index, kept as columns; a record is assembled when asked for."""

    def __init__(self, columns: dict[str, list], sections: _Sections) -> None:
        self._context_at = columns.pop("context_at")
        self._context_len = columns.pop("context_len")
        self._context_text = columns.pop("context_text")
        self._cols = columns
        self._names = list(columns)
        self._n = len(columns["section_id"])
        self._sections = sections

    def __getitem__(self, fid: int) -> dict:
        if not isinstance(fid, int) or not 1 <= fid <= self._n:
            raise KeyError(fid)
        i = fid - 1
        rec = _Record({name: self._cols[name][i] for name in self._names})
        rec._fill = lambda key, rec=rec, i=i: self._context(rec, i) if key == "context" else _raise(key)
        return rec

    def _context(self, rec: dict, i: int) -> str:
        at = self._context_at[i]
        if at < 0:
            return self._context_text[str(i + 1)]
        return self._sections[rec["section_id"]]["text"][at:at + self._context_len[i]]

    def column(self, name: str) -> list:
        return self._cols[name]

    def __iter__(self):
        return iter(range(1, self._n + 1))

    def __len__(self) -> int:
        return self._n

    def __contains__(self, fid) -> bool:
        return isinstance(fid, int) and 1 <= fid <= self._n


# the levels of a region's chain a reader pivots on (an export's columns), in order
CHAIN_LEVELS = ("province", "city", "county", "town", "zone")
# regions whose figures are kept once found (the last asked), and how many sections make a region
# large enough to find its figures ahead of time (warm_large_regions)
_MEMO_REGIONS = 16
LARGE_REGION_SECTIONS = 5000


def _region_labels(regions: dict[int, dict]) -> dict[int, str]:
    """Each region's label: its name, unless another region has it too; then name（parent name）,
    and the id as well if that is still shared."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for rid, r in regions.items():
        by_name[r["name"]].append(rid)
    labels: dict[int, str] = {}
    for name, ids in by_name.items():
        if len(ids) == 1:
            labels[ids[0]] = name
            continue
        long = {rid: f"{name}（{regions[rid]['parent'] or '?'}）" for rid in ids}
        uses = Counter(long.values())
        for rid in ids:
            labels[rid] = f"{long[rid][:-1]}·{rid}）" if uses[long[rid]] > 1 else long[rid]
    return labels


def _raise(key):
    raise KeyError(key)


class Store:
    """A store opened for reading: its records and the links between them, resolved once.

    Tables are read-only mappings by document id: `articles`, `sections` and `figures` (records as
    dicts with the fields of store/records.py), `regions` by label: a region's name, or, where
    several regions share a name, its name and its parent's ("朝阳区（长春市）"); `region_label(id)`
    turns a record's `region_id` into it. There are two ways to open one,
    both ending in this class's one constructor:

    - `Store.open(path)`: everything, from the app index beside the file when it is current (fast,
      compact), else from the file itself.
    - `Store.read_file(path)`: everything, from the file itself.
    - `Store.open_summary(path)`: regions and their counts only, from the app index's head, for the
      region tree's very first paint; `outline_loaded` is False until `load_outline()` (in a
      worker) reads the articles and sections, then as `open_outline`.
    - `Store.open_outline(path)`: the outline only (articles, regions, sections without their text),
      from the app index, for the region tree's first paint; `texts_loaded` is False until
      `load_texts()` (run it in a worker) reads the texts and figures. From the file (no current
      index) an outline is already complete.
    """

    def __init__(self, path: Path, meta: dict, articles: dict[int, dict], regions: dict[int, dict],
                 outline: Mapping[int, dict], sections: Mapping[int, dict] | None = None,
                 figures: Mapping[int, dict] | None = None, layout: tuple[list[int], list[int]] | None = None,
                 summary: dict | None = None):
        """outline: every section without text, by id. sections and figures: None until loaded.
        layout: where the app index keeps the texts (section order, text offsets). summary: the app
        index's counts, for a store opened before its outline (articles and outline then empty)."""
        self.path = path
        self.meta = meta
        self.articles = articles
        self.labels = _region_labels(regions)
        self.regions: dict[str, dict] = {self.labels[i]: r for i, r in sorted(regions.items())}
        self._region_by_id = regions
        self._outline = outline
        self._layout = layout
        self.sections: Mapping[int, dict] = sections if sections is not None else {}
        self.figures: Mapping[int, dict] = figures if figures is not None else {}
        self.texts_loaded = sections is not None
        self.read_from = "index" if layout is not None else "file"
        self.outline_loaded = summary is None
        self._summary = summary or {}
        self._index()
        if self.texts_loaded:
            self._group_figures()

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        """Everything: texts and figures included."""
        path = Path(path)
        store = cls.open_outline(path)
        if not store.texts_loaded:
            try:
                store.load_texts()
            except StoreError:
                return cls.read_file(path)   # a damaged index: read the store itself
        return store

    @classmethod
    def open_summary(cls, path: str | Path) -> "Store":
        """Regions and their counts from the app index's head (index.json, a few milliseconds at
        30,000 articles); the outline follows with load_outline(). Without a current index that
        has the summary, the outline (or, without an index, the whole store)."""
        path = Path(path)
        from .appindex import load_index_head
        head = load_index_head(path) if path.is_file() else None
        if head is None or "summary" not in head:
            return cls.open_outline(path)
        meta = head["meta"]["1"]
        layout = (meta["section_order"], meta["text_offsets"])
        return cls(path, {k: v for k, v in meta.items() if k not in ("section_order", "text_offsets")}, {},
                   {int(i): r for i, r in head["regions"].items()}, {}, layout=layout, summary=head["summary"]["1"])

    def load_outline(self) -> None:
        """Articles and sections (without text) of a store opened by open_summary()."""
        if self.outline_loaded:
            return
        from .appindex import read_rows
        try:
            articles, outline = read_rows(self.path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"the index beside {self.path} is damaged ({exc}); rebuild the store") from None
        self.articles = {int(k): v for k, v in articles.items()}
        self._outline = {int(k): v for k, v in outline.items()}
        self._index()
        self.outline_loaded = True     # last: the UI thread reads the summary's counts until now

    @classmethod
    def open_outline(cls, path: str | Path) -> "Store":
        """The outline from a current app index (texts and figures follow with load_texts());
        the whole store from the file when there is none."""
        path = Path(path)
        from .appindex import load_app_index
        index = load_app_index(path) if path.is_file() else None
        if index is None:
            return cls.read_file(path)
        meta = index["meta"]["1"]
        layout = (meta["section_order"], meta["text_offsets"])
        return cls(path, {k: v for k, v in meta.items() if k not in ("section_order", "text_offsets")},
                   {int(k): v for k, v in index["articles"].items()},
                   {int(i): r for i, r in index["regions"].items()},
                   {int(k): v for k, v in index["sections"].items()}, layout=layout)

    @classmethod
    def read_file(cls, path: str | Path) -> "Store":
        """Everything, from the store file itself (never the app index)."""
        path = Path(path)
        data = load_json(path)
        db = TinyDB(storage=_ParsedStorage, data=data)
        tables = {name: {doc.doc_id: dict(doc) for doc in db.table(name).all()} for name in TABLES}
        return cls(path, _meta(data), tables["articles"], tables["regions"],
                   tables["sections"], sections=tables["sections"], figures=tables["figures"])

    def load_texts(self) -> None:
        """Texts and figures of a store opened as an outline (about 3 s at 10,000 articles)."""
        if self.texts_loaded:
            return
        from .appindex import read_figures, read_texts
        try:
            order, offsets = self._layout
            texts, columns = read_texts(self.path, offsets[:-1]), read_figures(self.path)
        except (OSError, ValueError) as exc:
            raise StoreError(f"the index beside {self.path} is damaged ({exc}); rebuild the store") from None
        spans = {sid: (offsets[i], offsets[i + 1]) for i, sid in enumerate(order)}
        for name in ("region", "unit", "kind", "qual"):
            columns[name] = [sys.intern(v) for v in columns[name]]   # a few values, repeated 100,000 times
        self.sections = _Sections(self._outline, texts, spans, self.path)
        self.figures = _Figures(columns, self.sections)
        self._group_figures()
        self.texts_loaded = True     # last: the UI thread reads counts from the outline until now

    @cached_property
    def _prebuilt_pinyin(self) -> dict:
        """pinyin.json as the build wrote it (read once: titles and region names both ask)."""
        if self._layout is None:
            return {}
        from .appindex import read_pinyin
        try:
            found = read_pinyin(self.path)
            return found if isinstance(found.get("regions"), dict) and isinstance(found.get("chars"), dict) else {}
        except (OSError, ValueError, AttributeError):
            return {}

    def title_syllables(self) -> dict[str, str] | None:
        """The first reading of each character of the titles, as the build wrote it; None without."""
        return self._prebuilt_pinyin.get("chars")

    def texts_in_pieces(self) -> tuple[list[str], list[int]] | None:
        """Every section's text in reading order as the app index keeps them: pieces of texts back to
        back, each ending where a section starts, and where each section starts in them; None
        where the texts are not kept so (a store read from its file, another order)."""
        if not isinstance(self.sections, _Sections) or self._layout is None:
            return None
        order, offsets = self._layout
        if list(order) != self._reading_order:
            return None
        return self.sections.pieces(), offsets[:-1]

    def section_texts(self, ids: list[int]) -> list[str]:
        """The texts of these sections, in this order (without making a record of each)."""
        if isinstance(self.sections, _Sections):
            return [self.sections.text(sid) for sid in ids]
        return [self.sections[sid]["text"] for sid in ids]

    def region_pinyin(self) -> dict[str, tuple[str, str]]:
        """Each region label's (full pinyin, initials), polyphones read in context: written by the
        build beside the store, else read here (a store without its app index)."""
        from .pinyin import pinyin_forms
        names = {n: (f[0], f[1]) for n, f in self._prebuilt_pinyin.get("regions", {}).items()
                 if isinstance(f, list) and len(f) == 2}
        out = {}
        for label, r in sorted(self.regions.items()):
            parts = [r["name"]] + ([r["parent"]] if label != r["name"] and r.get("parent") else [])
            forms = [names.get(p) or pinyin_forms(p) for p in parts]
            out[label] = ("".join(f[0] for f in forms), "".join(f[1] for f in forms))
        return out

    def prebuilt_char_index(self, section_order: list[int]):
        """The character index the build wrote beside the store (char -> positions in
        section_order of the sections holding it), if it was made for that order; else None."""
        if self._layout is None or list(section_order) != list(self._layout[0]):
            return None
        from .appindex import read_char_index
        try:
            return read_char_index(self.path)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _group_figures(self) -> None:
        """Each section's figures, in text order."""
        section_figures: dict[int, list[int]] = defaultdict(list)
        if isinstance(self.figures, _Figures):
            # written section by section in text order: one pass groups them
            for fid, sid in enumerate(self.figures.column("section_id"), 1):
                section_figures[sid].append(fid)
        else:
            for fid, f in sorted(self.figures.items(),
                                 key=lambda kv: (kv[1]["section_id"], kv[1]["field"] != "title", kv[1]["start"])):
                section_figures[f["section_id"]].append(fid)
        self.section_figures = section_figures

    # -- indices -----------------------------------------------------------------------------
    def _index(self) -> None:
        """Children, and what the tree lists under each region. Made aside and put in place at the
        end: the UI thread reads them while a worker makes them again from the loaded outline."""
        children: dict[str | None, list[str]] = defaultdict(list)
        for name, r in self.regions.items():
            # a store written by another tool may loop (A in B, B in A): such a region is a root
            children[None if self._in_a_loop(r) else self.labels.get(r["parent_id"])].append(name)
        for kids in children.values():
            kids.sort()
        # a section is listed under its own region and under every region that holds figures of it;
        # a region counts the figures about it, wherever their section is listed
        from .appindex import section_listing
        placed = self._figure_places()
        # articles that reprint an earlier one: listed, but out of the totals (figures_of_region
        # leaves their figures out unless asked)
        reprints: set[int] = {aid for aid, a in sorted(self.articles.items()) if a.get("reprint_of")}
        region_sections: dict[str, list[int]] = defaultdict(list)
        region_figure_counts: Counter = Counter()
        outline = self._outline
        order = list(outline)
        keys = [(outline[sid]["article_id"], outline[sid]["order"]) for sid in order]
        # a build numbers sections article by article: in reading order already, unless another
        # tool wrote the store
        if any(keys[k] > keys[k + 1] for k in range(len(keys) - 1)):
            order = [sid for _, sid in sorted(zip(keys, order))]
        for sid in order:
            s = outline[sid]
            for region_id, n in section_listing(s["region_id"], placed.get(sid, {})):
                region = self.labels[region_id]
                region_sections[region].append(sid)
                if n and s["article_id"] not in reprints:
                    region_figure_counts[region] += n
        if not self.outline_loaded:      # the counts the build wrote, until the outline is in
            region_figure_counts = Counter({self.labels[int(r)]: n
                                            for r, n in self._summary.get("region_figures", {}).items()})
        self._section_counts = {self.labels[int(r)]: n for r, n in self._summary.get("region_sections", {}).items()}
        self.children, self.reprints, self._reading_order = children, reprints, order
        self.region_sections, self.region_figure_counts = region_sections, region_figure_counts
        self.section_figures: dict[int, list[int]] = {}
        self._region_counts: dict[str, int] = {}
        self._levels: dict[str, dict[str, str]] = {}
        self._figures_memo: dict[tuple[str, bool], tuple[list[int], list[int]]] = {}

    def region_section_count(self, region: str) -> int:
        """How many sections the tree lists under a region (its own, not those under it)."""
        if self.outline_loaded:
            return len(self.region_sections.get(region, ()))
        return self._section_counts.get(region, 0)

    def _in_a_loop(self, region: dict) -> bool:
        by_id = self._region_by_id
        seen: set[int] = set()
        rid = region["parent_id"]
        while rid is not None and rid in by_id and rid not in seen:
            if by_id[rid] is region:
                return True     # the walk came back to it: it is one of the loop
            seen.add(rid)
            rid = by_id[rid]["parent_id"]
        return False

    def _figure_places(self) -> dict[int, dict[str, int]]:
        if any("figure_regions" in s for s in self._outline.values()):
            return {sid: s.get("figure_regions", {}) for sid, s in self._outline.items()}
        from .appindex import figure_places
        ids = sorted(self.figures)
        return figure_places([self.figures[f]["section_id"] for f in ids], [self.figures[f]["region_id"] for f in ids])

    def section_figure_count(self, sid: int) -> int:
        if self.texts_loaded:
            return len(self.section_figures.get(sid, []))
        return self._outline[sid].get("figure_count", 0)

    def region_label(self, region_id: int | None) -> str | None:
        """The label (the key of `regions`) of the region with this document id."""
        return self.labels.get(region_id)

    def section_region(self, sid: int) -> str:
        """The label of the region a section is listed under first (its own)."""
        return self.labels[self._outline[sid]["region_id"]]

    def section_ids(self) -> list[int]:
        """Every section's id in reading order (article by article, each article's in its order),
        whether or not the texts are loaded."""
        return list(self._reading_order)

    def section_info(self, sid: int) -> dict:
        """A section's title, region, article and order, without its text."""
        return self._outline[sid]

    def figure_values(self, fids: list[int], key: str) -> list:
        """One field of many figures, for sorting: from a column where the store keeps columns."""
        if isinstance(self.figures, _Figures):
            col = self.figures.column(key)
            return [col[f - 1] for f in fids]
        return [self.figures[f][key] for f in fids]

    # -- queries -----------------------------------------------------------------------------
    def roots(self) -> list[str]:
        return list(self.children.get(None, []))

    def descendants(self, name: str) -> list[str]:
        out, stack = [], [name]
        seen = set()
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append(n)
            stack.extend(reversed(self.children.get(n, [])))
        return out

    def region_path(self, name: str) -> list[str]:
        path, seen = [], set()
        while name and name in self.regions and name not in seen:
            seen.add(name)
            path.append(name)
            name = self.labels.get(self.regions[name]["parent_id"])
        return list(reversed(path))

    def region_levels(self, label: str) -> dict[str, str]:
        """The names along a region's chain by level: {"province": 山东省, "city": 青岛市, "county":
        胶州市, …} (a municipality's districts have no city; 全国 has no level of these)."""
        cached = self._levels.get(label)
        if cached is None:
            cached = {}
            for name in self.region_path(label):
                level = self.regions[name]["level"]
                if level in CHAIN_LEVELS:
                    cached[level] = self.regions[name]["name"]
            self._levels[label] = cached
        return cached

    @cached_property
    def sources_meta(self) -> dict:
        """The meta with its per-source maps (sources, paths, stale, skipped, encodings): opened from
        the app index, the store's meta leaves them in sources.json until they are asked for."""
        if self._layout is None:
            return self.meta
        from .appindex import read_sources
        return {**self.meta, **read_sources(self.path)}

    def source_path(self, source: str) -> str:
        """Where a source's file was when it was last read (its name where the store did not record it)."""
        return self.sources_meta.get("paths", {}).get(source) or source

    def sections_of(self, region: str, recursive: bool = False) -> list[int]:
        names = self.descendants(region) if recursive else [region]
        return [sid for n in names for sid in self.region_sections.get(n, [])]

    def figures_of_sections(self, section_ids: list[int]) -> list[int]:
        return [fid for sid in section_ids for fid in self.section_figures.get(sid, [])]

    def figures_of_region(self, region: str, recursive: bool = True, reprints: bool = False) -> list[int]:
        """The figures about a region (and the regions under it), in text order; those of articles
        that reprint another only if reprints."""
        every, kept = self._region_figures(region, recursive)
        return list(every if reprints else kept)

    def reprinted_figures(self, region: str) -> int:
        """How many figures of a region (and under it) are in reprints, left out of its totals."""
        every, kept = self._region_figures(region, True)
        return len(every) - len(kept)

    def _region_figures(self, region: str, recursive: bool) -> tuple[list[int], list[int]]:
        """(every figure about the region, those not in reprints), in one pass, and kept for the
        last few regions asked: a region opened in the app asks for both, and the catch-all region
        of a large store has tens of thousands of sections."""
        found = self._figures_memo.get((region, recursive))
        if found is not None:
            return found
        names = set(self.descendants(region) if recursive else [region])
        sections = sorted(dict.fromkeys(sid for n in names for sid in self.region_sections.get(n, [])))
        fids = self.figures_of_sections(sections)
        labels = self.labels
        every = [f for f, r in zip(fids, self.figure_values(fids, "region_id")) if labels[r] in names]
        kept = every
        if self.reprints:
            reprints = self.reprints
            kept = [f for f, a in zip(every, self.figure_values(every, "article_id")) if a not in reprints]
        if self.texts_loaded:          # (before, there are no figures to keep)
            if len(self._figures_memo) >= _MEMO_REGIONS:
                self._figures_memo.pop(next(iter(self._figures_memo)))
            self._figures_memo[(region, recursive)] = (every, kept)
        return every, kept

    def warm_large_regions(self, sections: int = LARGE_REGION_SECTIONS) -> list[str]:
        """Find the figures of every region holding `sections` sections or more (with those under
        it) ahead of time, off the screen's thread: opening the catch-all region of 100,000 articles
        gathered ~90,000 sections' figures in the key press (~130 ms). The regions warmed."""
        own = self.region_sections
        sizes = {name: sum(len(own.get(n, ())) for n in self.descendants(name)) for name in self.regions}
        large = sorted((n for n, k in sizes.items() if k >= sections), key=lambda n: (-sizes[n], n))
        warmed = large[:_MEMO_REGIONS // 2]     # (half the memo: the user's own picks keep room)
        for name in warmed:
            self._region_figures(name, True)
        return warmed

    def figure_count(self, region: str) -> int:
        """Figures in a region and everything under it (reprints left out)."""
        if region not in self._region_counts:
            own = self.region_figure_counts.get(region, 0)
            self._region_counts[region] = own + sum(self.figure_count(c) for c in self.children.get(region, []))
        return self._region_counts[region]

    def counts(self) -> dict[str, int]:
        if not self.outline_loaded:
            return {"articles": self._summary["articles"], "sections": self._summary["sections"],
                    "figures": self._summary["figures"], "regions": len(self.regions)}
        figures = len(self.figures) if self.texts_loaded else sum(self.section_figure_count(s) for s in self._outline)
        return {"articles": len(self.articles), "sections": len(self._outline),
                "figures": figures, "regions": len(self.regions)}
