"""Where the bundled sample corpus is: seeds/ in a source checkout, or inside the installed wheel."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_seeds() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    if checkout.is_dir() and any(checkout.glob("*.txt")):
        return checkout
    return Path(str(resources.files("tui.bundled_seeds")))
