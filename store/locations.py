"""Where the stores live: the user's data directory (XDG on Linux).

Two stores, never one for both: the user's library (`store.json`, what `tui-browse build` adds to
and `tui-browse` opens) and the bundled samples (`samples.json`, opened while there is no library).
The samples are rebuilt from the bundled seeds whenever those or the parser change; the library is
only ever rebuilt from the sources it was built from.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "tui-browse"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    """The user's library."""
    return data_dir() / "store.json"


def samples_store_path() -> Path:
    """The store of the bundled sample articles."""
    return data_dir() / "samples.json"
