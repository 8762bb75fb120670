"""The bundled sample corpus: seeds/ in a checkout, tui_browse/seeds inside an installed wheel."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_seeds() -> Path:
    """The folder holding the sample articles."""
    try:
        resource = files("tui_browse.seeds")
    except ModuleNotFoundError:
        # an editable install maps only folders with an __init__.py, and seeds/ holds the articles
        # alone (byte for byte as published): in a checkout the folder is beside this package's
        resource = Path(__file__).resolve().parent.parent / "seeds"
    # a folder on disk either way (a wheel is unpacked, never imported as a zip): the articles'
    # folder is their parent (as_file takes no folders before Python 3.12)
    articles = sorted(str(entry) for entry in resource.iterdir() if entry.name.endswith(".txt"))
    if not articles:
        raise FileNotFoundError("the bundled sample corpus is missing from this installation")
    return Path(articles[0]).parent


def seeds_to_build() -> list[Path]:
    """The seeds, when the samples' store must be (re)built from them (missing, or made by another
    parser); [] when it is current."""
    from .store import samples_store_path
    from .store.build import store_is_current   # loads the parser: only for the samples
    seeds = sorted(bundled_seeds().glob("*.txt"))
    return [] if store_is_current(samples_store_path(), seeds) else seeds


def samples_store() -> Path:
    """The samples' store, built from the bundled seeds first if it is missing or stale."""
    from .store import build_store, samples_store_path
    seeds = seeds_to_build()
    if seeds:
        build_store(seeds, samples_store_path(), replace=True)
    return samples_store_path()
