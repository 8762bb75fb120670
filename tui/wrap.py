"""Line breaking for Chinese text that never splits a figure ("12.34亿元") or a Latin word.

Rich breaks CJK anywhere; here each figure span and each run of Latin letters or digits is one
unbreakable token, and a closing mark (，。”) never starts a line.
"""
from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/+\-]*")
_NO_LINE_START = set("，。、；：！？）」』”’》,.;:!?)]%…")


def wrap(text: str, width: int, atomic: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line of text at this cell width."""
    width = max(width, 4)
    starts = {s: e for s, e in atomic if e > s}
    lines: list[tuple[int, int]] = []
    tokens: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\n":
            tokens.append((i, i + 1))
            i += 1
            continue
        end = starts.get(i)
        if end is None:
            m = _WORD.match(text, i)
            end = m.end() if m else i + 1
        tokens.append((i, end))
        i = end
    line_start: int | None = None
    line_tokens: list[tuple[int, int]] = []
    used = 0
    for s, e in tokens:
        if text[s] == "\n":
            lines.append((line_start if line_start is not None else s, s))
            line_start, line_tokens, used = None, [], 0
            continue
        w = cell_len(text[s:e])
        if line_tokens and used + w > width:
            carry: list[tuple[int, int]] = []
            if text[s] in _NO_LINE_START and len(line_tokens) > 1:
                carry = [line_tokens.pop()]  # keep "。" with the word before it
            lines.append((line_start, line_tokens[-1][1]))
            line_tokens = carry
            line_start = carry[0][0] if carry else s
            used = sum(cell_len(text[a:b]) for a, b in carry)
        if line_start is None:
            line_start = s
        line_tokens.append((s, e))
        used += w
    if line_tokens:
        lines.append((line_start, line_tokens[-1][1]))
    elif text.endswith("\n") or not text:
        pass
    return lines
