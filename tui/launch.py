"""`tui-browse [PATH...] [--db STORE]`: open the browser, building the store first where needed."""
from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from parser import PARSER_VERSION
from store import StoreError, default_store_path

from .seeds import bundled_seeds


def store_is_current(db: Path, sources: list[Path]) -> bool:
    """True when db was built by this parser from exactly these files, unchanged (read from the
    small app index beside it, not the store itself)."""
    from store.appindex import load_app_index
    index = load_app_index(db)
    if index is None:
        return False
    meta = index["meta"]["1"]
    if meta.get("parser_version") != PARSER_VERSION:
        return False
    want = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    return meta.get("sources") == want


def launch(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="tui-browse", description="Browse regions, sections and figures. "
                                "Subcommands: build, figures (tui-browse build --help).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to build a store from, then open")
    p.add_argument("--db", type=Path, help=f"store file (default: {default_store_path()})")
    args = p.parse_args(argv)
    db = args.db or default_store_path()
    sources = None
    if args.paths:
        missing = [x for x in args.paths if not Path(x).exists()]
        if missing:
            raise StoreError("no such file or folder: " + ", ".join(missing))
        sources = args.paths
    elif args.db is None:
        seeds = sorted(bundled_seeds().glob("*.txt"))
        if not store_is_current(db, seeds):
            sources = [str(s) for s in seeds]
    from .app import BrowserApp   # Textual loads only when the browser opens
    BrowserApp(db=db, sources=sources).run()
    return 0
