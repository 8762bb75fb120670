"""`tui-browse` with no subcommand: make sure the store exists and is current, then show it."""
from __future__ import annotations

import argparse
from pathlib import Path

from parser import PARSER_VERSION
from store import StoreError, default_store_path

from .seeds import bundled_seeds


def store_is_current(db: Path, sources: list[Path]) -> bool:
    """True when db was built by this parser from exactly these files, unchanged."""
    import hashlib
    import json
    try:
        meta = json.loads(db.read_text(encoding="utf-8"))["meta"]["1"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if meta.get("parser_version") != PARSER_VERSION:
        return False
    want = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    return meta.get("sources") == want


def launch(argv: list[str]) -> int:
    from .cli import run_build, run_figures
    p = argparse.ArgumentParser(prog="tui-browse", description="Browse regions, sections and figures.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to build a store from")
    p.add_argument("--db", type=Path, help=f"store file (default: {default_store_path()})")
    args = p.parse_args(argv)
    db = args.db or default_store_path()
    if args.paths:
        code = run_build(args.paths, db)
    elif args.db is None:
        seeds = sorted(bundled_seeds().glob("*.txt"))
        code = 0 if store_is_current(db, seeds) else run_build([str(s) for s in seeds], db)
    else:
        code = 0
    if code:
        return code
    return run_figures(argparse.Namespace(db=db, region=None, kind=None, format="table"))


__all__ = ["launch", "store_is_current", "StoreError"]
