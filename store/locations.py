"""Where the default store lives: the user's data directory (XDG on Linux)."""
from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "tui-browse"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    return data_dir() / "store.json"
