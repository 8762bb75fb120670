"""Pinyin of region names and titles, so that letters find them: full spelling and initials.

Region names are read in context by pypinyin (重庆 chongqing, 长春 changchun); that needs its phrase
dictionary, a 0.3 s parse that holds the interpreter lock, so the build does it and writes the
result beside the store. Titles, tens of thousands of them, are read a character at a time through
translation tables: a few C-speed passes.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEP = "\x00"
_CHUNK = 2000


def pinyin_forms(text: str) -> tuple[str, str]:
    """(full spelling, initials) of text's Chinese characters, polyphones read in context."""
    from pypinyin import Style, lazy_pinyin
    syllables = [s for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalpha()]
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
                       if s.isascii() and s.isalpha()).lower()
    return full, initials


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """Each character's first reading, toneless ("zhong"), and its initial: str.translate tables."""
    from pypinyin.pinyin_dict import pinyin_dict
    full: dict[int, str] = {}
    for cp, readings in pinyin_dict.items():
        first = re.sub("[üǖǘǚǜ]", "v", readings.split(",")[0])
        syllable = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
        if syllable.isascii() and syllable.isalpha():
            full[cp] = syllable.lower()
    return full, {cp: syl[0] for cp, syl in full.items()}


_NOT_HANZI = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\x00]+")


def syllables_of(chars: set[str]) -> dict[str, str]:
    """The toneless first reading of each of these characters that has one."""
    full = _tables()[0]
    return {ch: full[ord(ch)] for ch in sorted(chars) if ord(ch) in full}


def pinyin_of_many(strings: list[str], syllables: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(full spelling, initials) of each string, by each character's first reading (from
    syllables when given: char -> toneless reading; then pypinyin is never loaded)."""
    if syllables is None:
        full, initials = _tables()
    else:
        full = {ord(ch): syl for ch, syl in syllables.items()}
        initials = {cp: syl[0] for cp, syl in full.items()}
    out: list[tuple[str, str]] = []
    # a few thousand strings a pass: one translate of 100,000 articles' titles held the interpreter
    # lock for a third of a second, and the screen froze (a worker makes these while the user types)
    for k in range(0, len(strings), _CHUNK):
        joined = _NOT_HANZI.sub("", _SEP.join(strings[k:k + _CHUNK]))
        out += zip(joined.translate(full).split(_SEP), joined.translate(initials).split(_SEP))
    return out

