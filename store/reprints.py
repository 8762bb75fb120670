"""Reprints: the same story printed by several papers, found at build time.

Two articles are the same story when most of their sentences are the same: each article is the set
of its sentences (ended by 。！？, at least 12 characters; spaces and punctuation dropped; hashed with
CRC-32 so the answer never depends on the hash seed; headlines and bylines are not sentences), and
an article of which 80% of the sentences are in an earlier one (of comparable length) is a reprint of
it. A reprint changes a headline, a byline, a sentence or two; it keeps the sentences. An inverted index of the originals' sentences finds the
candidates, so the work grows with the corpus, not with its square.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter

SAME_STORY = 0.8          # the share of the shorter one's sentences the two have in common
COMPARABLE = 0.5          # the shorter has at least half as many sentences as the longer
MIN_SENTENCES = 3         # shorter articles (a brief, a caption) are not compared
_SENTENCE_END = re.compile(r"[。！？!?]")
_NOT_WORD = re.compile(r"[\W_]+")


def sentence_set(text: str) -> frozenset[int]:
    out = set()
    pieces = _SENTENCE_END.split(text)
    # every piece but the last was ended by 。！？ (a split, not a search: a megabyte line without
    # one must not send a regular expression back over it); a headline above it is not part of it
    for piece in pieces[:-1]:
        core = _NOT_WORD.sub("", piece.rsplit("\n", 1)[-1])
        if len(core) >= 12:
            out.add(zlib.crc32(core.encode("utf-8")))
    return frozenset(out)


def find_reprints(articles: list[tuple[int, str]]) -> dict[int, int]:
    """{article id: the id of the first article it reprints}, for articles given in id order as
    (id, text)."""
    index: dict[int, list[int]] = {}        # sentence -> original articles holding it
    sizes: dict[int, int] = {}
    found: dict[int, int] = {}
    for aid, text in articles:
        sentences = sentence_set(text)
        if len(sentences) < MIN_SENTENCES:
            continue
        shared = Counter(other for s in sentences for other in index.get(s, ()))
        best = None
        for other, n in sorted(shared.items()):
            small, large = sorted((len(sentences), sizes[other]))
            if n / small >= SAME_STORY and small / large >= COMPARABLE:
                best = other
                break                      # the earliest such article: the first printing
        if best is not None:
            found[aid] = best
            continue
        sizes[aid] = len(sentences)
        for s in sentences:
            index.setdefault(s, []).append(aid)
    return found
