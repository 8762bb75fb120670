"""`tui-browse [PATH...] [--db STORE]`: open the browser, building the store first where needed.

With no arguments it opens the user's library (the default store) once one exists, and the bundled
samples, in a store of their own, until then. The library is never rebuilt from the samples.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .parser import PARSER_VERSION
from .store import StoreError, default_store_path, samples_store_path

from .samples import seeds_to_build

SAMPLES_NOTICE = ("These are the bundled sample articles. Add your own with: tui-browse build FOLDER "
                  "(they go into your library, which tui-browse opens from then on).")


def parsed_by_another_version(db: Path) -> bool:
    """True when db's records were made by another parser (so its sources should be read again)."""
    from .store.appindex import load_index_head
    index = load_index_head(db)
    if index is None:
        return False     # no index to tell cheaply: the app reads the store as it is
    return index["meta"]["1"].get("parser_version") != PARSER_VERSION


def launch(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="tui-browse", description="Browse regions, sections and figures. "
                                "Subcommands: build, remove, sources, figures (tui-browse build --help).")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders to add to the store (your library by default), then open it")
    p.add_argument("--db", type=Path, help=f"store file (default: your library, {default_store_path()})")
    args = p.parse_args(argv)
    db = args.db or default_store_path()
    options: dict = {}
    if args.paths:
        missing = [x for x in args.paths if not Path(x).exists()]
        if missing:
            raise StoreError("no such file or folder: " + ", ".join(missing))
        options["sources"] = args.paths
    elif args.db is None and not db.exists():
        db = samples_store_path()
        options["notice"] = SAMPLES_NOTICE
        seeds = seeds_to_build()
        if seeds:            # built in the app, with its progress bar
            options.update(sources=[str(s) for s in seeds], replace=True)
    elif parsed_by_another_version(db):
        options["refresh"] = True     # read the library's own sources again with this parser
    from .app import BrowserApp   # Textual loads only when the browser opens
    BrowserApp(db=db, **options).run()
    return 0
