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
