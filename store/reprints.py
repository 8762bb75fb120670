"""Reprints: the same story printed by several papers, found at build time.

Two articles are the same story when most of their sentences are the same: each article is the set
of its sentences (ended by 。！？, at least 12 characters; spaces and punctuation dropped; hashed with
CRC-32 so the answer never depends on the hash seed; headlines and bylines are not sentences), and
an article of which 80% of the sentences are in an earlier one (of comparable length) is a reprint of
it. A reprint changes a headline, a byline, a sentence or two; it keeps the sentences. An inverted index of the originals' sentences finds the
candidates, so the work grows with the corpus, not with its square: a sentence many originals share
(a paper's stock phrase, a template) lists only its first COMMON holders, and a candidate is then
checked against its own sentences, so such a sentence neither costs a pass over thousands of
articles nor goes uncounted.
"""
from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter

SAME_STORY = 0.8          # the share of the shorter one's sentences the two have in common
COMPARABLE = 0.5          # the shorter has at least half as many sentences as the longer
MIN_SENTENCES = 3         # shorter articles (a brief, a caption) are not compared
COMMON = 8                # originals listed per sentence; a sentence in more is not what finds a reprint
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


def article_sentences(section_texts) -> array:
    """An article's sentences, from its sections' texts in order, as a sorted array: a build keeps
    every article's until all are in (a set of them takes ten times the memory)."""
    return array("I", sorted(sentence_set("\n".join(section_texts))))


def find_reprints(articles) -> dict[int, int]:
    """{article id: the id of the first article it reprints}, for articles given in id order as
    (id, its sentences: a sentence_set or article_sentences)."""
    index: dict[int, list[int]] = {}        # sentence -> original articles holding it (COMMON at most)
    kept: dict[int, array] = {}              # an original's sentences, to check a candidate exactly
    found: dict[int, int] = {}
    for aid, sentences in articles:
        if len(sentences) < MIN_SENTENCES:
            continue
        sentences = frozenset(sentences)
        first = _first_printing(sentences, index, kept)
        if first is not None:
            found[aid] = first
            continue
        kept[aid] = array("I", sorted(sentences))
        for s in sentences:
            holders = index.setdefault(s, [])
            if len(holders) < COMMON:
                holders.append(aid)
    return found


def _first_printing(sentences: frozenset[int], index: dict[int, list[int]], kept: dict[int, array]) -> int | None:
    """The earliest original of which these sentences are a reprint, or None."""
    shared: Counter = Counter()
    common = 0                           # these sentences whose list is full
    for s in sentences:
        holders = index.get(s)
        if holders:
            shared.update(holders)
            common += len(holders) >= COMMON
    for other, n in sorted(shared.items()):
        small, large = sorted((len(sentences), len(kept[other])))
        if small / large < COMPARABLE or (n + common) / small < SAME_STORY:
            continue
        if n < SAME_STORY * small:       # some shared sentences may be common ones: count them
            n = len(sentences.intersection(kept[other]))
        if n / small >= SAME_STORY:
            return other                 # the earliest such article: the first printing
    return None
