"""Line-level clean-up: pinyin annotations, full-width digits, traditional to simplified script.

Each function keeps the text's meaning; the raw line is kept elsewhere so nothing is lost.
"""
from __future__ import annotations

import re

from .script import simplifier
from .words import CJK

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_CJK = CJK
# A tone-marked syllable in ASCII or full-width parentheses right after a Chinese character:
# "項(xiàng)目". Toneless "(de)" is only taken in files that are clearly annotated (see below).
_PINYIN_TONED = re.compile(rf"(?<=[{_CJK}])[(（]([a-zü]*[{_TONED}][a-zü{_TONED}]*)[)）]")
_PINYIN_PLAIN = re.compile(rf"(?<=[{_CJK}])[(（]([a-zü]{{1,6}})[)）]")
_VOWEL = re.compile(r"[aeiouüv]|^(?:m|n|ng|hm|hng)$")

# Page furniture that interrupts a story: "(下转第二版)", "（上接1版）".
JUMP_MARKER = re.compile(r"[(（]\s*(?:下转|上接|转|接)\s*第?\s*[0-9一二三四五六七八九十]+\s*版\s*[)）]")

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "．": ".", "＋": "+", "－": "-"})
# (a character class scans text several times faster than a set tested character by character)
_FULLWIDTH_CHARS = re.compile("[" + re.escape("".join(sorted(chr(c) for c in _FULLWIDTH))) + "]")


def strip_pinyin(line: str, annotated: bool) -> str:
    line = _PINYIN_TONED.sub("", line)
    if annotated:
        line = _PINYIN_PLAIN.sub(lambda m: "" if _VOWEL.search(m.group(1)) else m.group(0), line)
    return line


def is_pinyin_annotated(text: str) -> bool:
    """A file with several tone-marked annotations is annotated throughout, toneless syllables included."""
    return len(_PINYIN_TONED.findall(text, 0, 200_000)) >= 3


def fullwidth_to_ascii(line: str) -> str:
    return line.translate(_FULLWIDTH)


def has_traditional(text: str) -> bool:
    return simplifier().has_traditional(text)


def to_simplified(line: str) -> str:
    conv = simplifier()
    return conv.convert(line) if conv.has_traditional(line) else line


def has_jump_marker(line: str) -> bool:
    return JUMP_MARKER.search(line) is not None


def has_fullwidth(text: str) -> bool:
    return _FULLWIDTH_CHARS.search(text) is not None


def normalize_line(line: str, annotated: bool, traditional: bool = True, fullwidth: bool = True) -> str:
    """The display/search form of one source line.

    traditional, fullwidth: whether the file holds any such characters at all (a file-wide check
    spares every line of a simplified file its own)."""
    if "(" in line or "（" in line:     # pinyin and page-jump markers are bracketed
        line = strip_pinyin(line, annotated)
        line = JUMP_MARKER.sub("", line)
    if fullwidth:
        line = fullwidth_to_ascii(line)
    if traditional:
        line = to_simplified(line)
    return line.replace("\u3000", " ").replace("\xa0", " ").strip()   # wide and no-break spaces are spaces
