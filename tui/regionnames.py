"""A region as a user names it on the command line, the way the search box takes it: its label
(朝阳区（长春市）), its name (胶州市), without its suffix (胶州), in traditional script (膠州), in pinyin
(jiaozhou) or pinyin initials (jz). Nearest names are suggested when nothing matches."""
from __future__ import annotations

import difflib

from .parser.script import simplifier
from .parser.words import ADMIN_SUFFIXES, TOWN_SUFFIXES
from .store import Store

# a region's name without its suffix is how people write it ("胶州" for 胶州市, "惜福镇" → "惜福")
_SUFFIXES = (*ADMIN_SUFFIXES, *TOWN_SUFFIXES)


def _bare(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[:-len(suffix)]
    return name


def resolve_region(store: Store, asked: str) -> tuple[str | None, str | None]:
    """(the region's label, None), or (None, what is wrong: several match, or none, with suggestions)."""
    text = simplifier().convert(asked.strip())
    labels = sorted(store.regions)
    if text in store.regions:
        return text, None
    tries = (
        [label for label in labels if store.regions[label]["name"] == text],
        [label for label in labels if _bare(store.regions[label]["name"]) == _bare(text)],
    )
    if text.isascii() and text.isalpha():
        spelled = store.region_pinyin()
        word = text.casefold()
        tries += ([label for label in labels if spelled[label][0] == word
                   or (spelled[label][0].startswith(word) and len(word) >= 3)],
                  [label for label in labels if spelled[label][1] == word],
                  [label for label in labels if spelled[label][1].startswith(word)])
    for found in tries:
        if len(found) == 1:
            return found[0], None
        if len(found) > 1:
            shown = ", ".join(found[:12]) + (f" and {len(found) - 12} more" if len(found) > 12 else "")
            return None, f"several regions match {asked!r}: {shown}; give one of them"
    near = difflib.get_close_matches(text, labels, n=5, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    return None, f"no region called {asked!r}{hint}"
