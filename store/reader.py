"""Reading a store: opened once, checked, indexed in memory for the app and the command line."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from .schema import SCHEMA_VERSION, TABLES, StoreError, validate


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
        data = orjson.loads(raw)
    except (orjson.JSONDecodeError, ValueError) as exc:
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


class Store:
    """Every record of a store, with the links between them resolved once."""

    def __init__(self, path: Path, data: dict) -> None:
        self.path = path
        db = TinyDB(storage=_ParsedStorage, data=data)
        tables = {name: {doc.doc_id: dict(doc) for doc in db.table(name).all()} for name in TABLES}
        self.meta = _meta(data)
        self.articles: dict[int, dict] = tables["articles"]
        self.sections: dict[int, dict] = tables["sections"]
        self.figures: dict[int, dict] = tables["figures"]
        self.regions: dict[str, dict] = {r["name"]: r for r in tables["regions"].values()}
        self._index()

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = Path(path)
        return cls(path, load_json(path))

    # -- indices -----------------------------------------------------------------------------
    def _index(self) -> None:
        self.children: dict[str | None, list[str]] = defaultdict(list)
        for name, r in self.regions.items():
            parent = r["parent"] if r["parent"] in self.regions else None
            self.children[parent].append(name)
        for kids in self.children.values():
            kids.sort()
        self.region_sections: dict[str, list[int]] = defaultdict(list)
        for sid, s in sorted(self.sections.items(), key=lambda kv: (kv[1]["article_id"], kv[1]["order"])):
            self.region_sections[s["region"]].append(sid)
        self.section_figures: dict[int, list[int]] = defaultdict(list)
        for fid, f in self.figures.items():
            self.section_figures[f["section_id"]].append(fid)
        for fids in self.section_figures.values():
            fids.sort(key=lambda fid: self.figures[fid]["start"])
        self._region_counts: dict[str, int] = {}

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
            name = self.regions[name]["parent"]
        return list(reversed(path))

    def sections_of(self, region: str, recursive: bool = False) -> list[int]:
        names = self.descendants(region) if recursive else [region]
        return [sid for n in names for sid in self.region_sections.get(n, [])]

    def figures_of_sections(self, section_ids: list[int]) -> list[int]:
        return [fid for sid in section_ids for fid in self.section_figures.get(sid, [])]

    def figures_of_region(self, region: str, recursive: bool = True) -> list[int]:
        return self.figures_of_sections(self.sections_of(region, recursive))

    def figure_count(self, region: str) -> int:
        """Figures in a region and everything under it."""
        if region not in self._region_counts:
            own = sum(len(self.section_figures.get(sid, [])) for sid in self.region_sections.get(region, []))
            self._region_counts[region] = own + sum(self.figure_count(c) for c in self.children.get(region, []))
        return self._region_counts[region]

    def article_of(self, section_id: int) -> dict:
        return self.articles[self.sections[section_id]["article_id"]]

    def counts(self) -> dict[str, int]:
        return {"articles": len(self.articles), "sections": len(self.sections),
                "figures": len(self.figures), "regions": len(self.regions)}
