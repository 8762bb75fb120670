"""Where the bundled sample corpus is: seeds/ in a source checkout, or inside the installed wheel."""
from __future__ import annotations

import importlib
from pathlib import Path


def bundled_seeds() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir() and any(checkout.glob("*.txt")):
        return checkout
    # the wheel maps seeds/ to tui/bundled_seeds, a namespace package (seeds/ holds only the articles)
    package = importlib.import_module("tui.bundled_seeds")
    for folder in package.__path__:
        if any(Path(folder).glob("*.txt")):
            return Path(folder)
    raise FileNotFoundError("the bundled sample corpus is missing from this installation")
