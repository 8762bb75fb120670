"""The one place jieba is used: loaded lazily, and only on the few characters that need it."""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _ready() -> bool:
    jieba.initialize()
    return True


def cut(text: str) -> list[str]:
    _ready()
    return jieba.lcut(text, HMM=False)


def spans_word(a: str, b: str) -> bool:
    """True when a dictionary word runs across the join of a and b ("牢|固", "任|务")."""
    left, right = a[-3:], b[:3]
    pos = 0
    for word in cut(left + right):
        end = pos + len(word)
        if pos < len(left) < end and len(word) >= 2:
            return True
        pos = end
    return False


@lru_cache(maxsize=None)
def is_common_word(word: str) -> bool:
    """A frequent dictionary word that is not tagged as a place: "公安", "和平", "安全"."""
    _ready()
    freq = jieba.dt.FREQ.get(word, 0)
    if freq < 1000:
        return False
    import jieba.posseg as pseg
    return pseg.dt.word_tag_tab.get(word) != "ns"
