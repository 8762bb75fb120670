"""Traditional to simplified script, with OpenCC's own t2s dictionaries, at C speed.

opencc-python-reimplemented converts about 0.5 M characters a second: it builds a tree of string
pieces per phrase. Its t2s data is small (a few hundred phrases, four thousand characters), so we
apply the same two dictionaries ourselves: phrases first (longest at each place), every other
character through str.translate. A phrase's result is never translated again, as in OpenCC.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

_DICTIONARIES = Path(opencc.__file__).parent / "dictionary"


def _read(name: str) -> dict[str, str]:
    table = {}
    for row in (_DICTIONARIES / name).read_text(encoding="utf-8").splitlines():
        key, _, values = row.strip().partition("\t")
        if key and values:
            table[key] = values.split(" ")[0]   # several readings: OpenCC takes the first
    return table


class Simplifier:
    def __init__(self) -> None:
        chars = _read("TSCharacters.txt")
        phrases = _read("TSPhrases.txt")
        self.changed = frozenset(k for k, v in chars.items() if len(k) == 1 and v != k)
        self._chars = str.maketrans({k: v for k, v in chars.items() if len(k) == 1 and v != k})
        self._phrases = phrases
        # longest first, so the alternation takes the longest phrase that starts at a place
        keys = sorted(phrases, key=len, reverse=True)
        self._phrase_re = re.compile("|".join(map(re.escape, keys)))

    def has_traditional(self, text: str) -> bool:
        if len(text) < 100:
            return not self.changed.isdisjoint(text)   # a C-speed scan before any conversion
        # longer text: a lookup table over its code points, from 2x faster (100 characters) to 15x (4,000)
        # than the set, which makes a string object of every ideograph it tests
        import numpy as np
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        return bool(self._changed_codes()[codes].any())

    @lru_cache(maxsize=1)
    def _changed_codes(self):
        import numpy as np
        table = np.zeros(0x110000, dtype=bool)
        table[[ord(c) for c in self.changed]] = True
        return table

    def convert(self, text: str) -> str:
        out = []
        pos = 0
        for m in self._phrase_re.finditer(text):
            out.append(text[pos:m.start()].translate(self._chars))
            out.append(self._phrases[m.group()])
            pos = m.end()
        if not out:
            return text.translate(self._chars)
        out.append(text[pos:].translate(self._chars))
        return "".join(out)


@lru_cache(maxsize=1)
def simplifier() -> Simplifier:
    return Simplifier()
