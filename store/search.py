"""Search over a store: built once when the store is opened, answered per keystroke.

Bodies are searched by substring over one joined string (no fuzzy matching: it explodes on long
Chinese text). A query in traditional script is converted first; letters also match the pinyin of
region names and titles, by full spelling ("jiaozhou") or initials ("jz"). Every word of the query
must match somewhere in the section (title, region or text).
"""
from __future__ import annotations

import re
from array import array
from itertools import accumulate
from bisect import bisect_right
from dataclasses import dataclass, field

from ..parser.script import simplifier

from .pinyin import pinyin_of_many
from .reader import Store

_SEP = "\x00"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
ASTRAL_STAND_IN = "\ufffd"
_LETTERS = re.compile(r"^[a-z]+$")
_ANSI = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)")
MAX_CANDIDATES = 500   # enough to rank the best 50; a one-character query stops here
# past this many sections, counting in each costs more than one scan of the whole text
CANDIDATE_LIMIT = 20_000
SCAN_CHUNK = 1 << 22   # characters scanned between checks that the search is still wanted


class SearchCancelled(Exception):
    """A newer query took over; nothing of this one is kept."""


def _never() -> bool:
    return False


@dataclass
class SearchResult:
    kind: str                 # "region" or "section"
    key: str | int            # region name or section id
    title: str
    region: str
    snippet: str = ""
    snippet_spans: list[tuple[int, int]] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    score: int = 0


def normalize_query(query: str) -> list[str]:
    """Words of a query, in simplified script and lower case; control characters dropped."""
    query = _ANSI.sub("", query[:2000])          # pasted terminal colour codes are not words
    query = "".join(ch if ch.isprintable() else " " for ch in query)[:1000]
    query = _ASTRAL.sub(ASTRAL_STAND_IN, simplifier().convert(query))     # as the texts are searched
    return [w for w in query.casefold().split() if w]


class _Joined:
    """Strings lower-cased and joined, each after a separator: which of them hold a word is a C-speed
    scan of a few long strings, not a Python loop over thousands of names.

    Positions are of the strings joined as one (`_SEP + s0 + _SEP + s1 …`), but the text is held in
    pieces of about PIECE characters cut at string boundaries: making one string of 100 million
    characters (100,000 articles) is one call that holds the interpreter lock for over a second
    (the new memory is written page by page), and the screen cannot draw meanwhile; a piece takes a
    few milliseconds. A word never runs across a separator, so never across a piece's edge."""

    PIECE = 1 << 22
    gap = 1      # characters between one string and the next (the separator)

    def __init__(self, strings: list[str]) -> None:
        self.pieces: list[str] = []
        self.bases: list[int] = []           # where each piece starts
        lengths: list[int] = []
        group: list[str] = []
        size = 0
        for t in strings:
            group.append(t)
            size += len(t) + 1
            if size >= self.PIECE:
                lengths += self._add(group)
                group, size = [], 0
        if group or not self.pieces:
            lengths += self._add(group)
        self.starts: list[int] = list(accumulate((n + 1 for n in lengths[:-1]), initial=1)) if strings else []

    def _add(self, group: list[str]) -> list[int]:
        """Add a piece of these strings; their lengths once folded."""
        text = _SEP + _SEP.join(group) if group else ""
        if _ASTRAL.search(text):
            # one character beyond the BMP (an emoji, a rare ideograph) makes a piece four bytes a
            # character and its scans slow: here it stands as U+FFFD, one character for one, so
            # offsets hold (one search a piece, not one a string)
            text = _ASTRAL.sub(ASTRAL_STAND_IN, text)
            group = [_ASTRAL.sub(ASTRAL_STAND_IN, t) for t in group]
        folded = text.casefold()
        lengths = [len(t) for t in group]
        if len(folded) != len(text):
            # a character that folds to two ("ß" -> "ss") shifts the offsets: fold string by string
            group = [t.casefold() for t in group]
            folded = _SEP + _SEP.join(group)
            lengths = [len(t) for t in group]
        self.bases.append(self.bases[-1] + len(self.pieces[-1]) if self.pieces else 0)
        self.pieces.append(folded)
        return lengths

    @classmethod
    def from_pieces(cls, pieces: list[str], starts: list[int]) -> "_Joined | None":
        """Strings already back to back in pieces that each end where a string starts, without
        separators (the app index's texts), each starting at starts[i]: folded piece by piece, no
        text joined again. None where folding would move the offsets (a character that folds to
        two)."""
        self = cls.__new__(cls)
        self.gap = 0
        self.pieces, self.bases = [], []
        base = 0
        for piece in pieces:
            folded = piece.casefold()
            if len(folded) != len(piece):
                return None
            if _ASTRAL.search(folded):
                folded = _ASTRAL.sub(ASTRAL_STAND_IN, folded)   # (as in __init__: one for one)
            self.pieces.append(folded)
            self.bases.append(base)
            base += len(folded)
        if not self.pieces:
            self.pieces, self.bases = [""], [0]
        self.starts = list(starts)
        return self

    def __len__(self) -> int:
        return self.bases[-1] + len(self.pieces[-1])

    def _piece_at(self, pos: int) -> int:
        return max(0, bisect_right(self.bases, pos) - 1)

    def find(self, word: str, start: int = 0, end: int | None = None) -> int:
        """The first place of word in [start, end), or -1."""
        end = len(self) if end is None else end
        k = self._piece_at(start)
        while k < len(self.pieces) and self.bases[k] < end:
            base = self.bases[k]
            found = self.pieces[k].find(word, max(0, start - base), end - base)
            if found >= 0:
                return base + found
            k += 1
        return -1

    def count(self, word: str, start: int, end: int) -> int:
        """Occurrences of word in [start, end), which lie in one string."""
        k = self._piece_at(start)
        base = self.bases[k]
        return self.pieces[k].count(word, start - base, end - base)

    def piece(self, start: int, end: int) -> str:
        """The folded text of [start, end), which lie in one string."""
        k = self._piece_at(start)
        base = self.bases[k]
        return self.pieces[k][start - base:end - base]

    def end(self, i: int) -> int:
        return self.starts[i + 1] - self.gap if i + 1 < len(self.starts) else len(self)

    def which(self, word: str, prefix: bool = False, limit: int | None = None) -> list[int]:
        """Indices of the strings that hold word (that start with it, if prefix), in order."""
        needle = _SEP + word if prefix else word
        lead = len(needle) - len(word)
        found: list[int] = []
        find, starts = self.find, self.starts
        pos = find(needle)
        while pos >= 0:
            i = bisect_right(starts, pos + lead) - 1
            if pos + len(needle) > self.end(i):     # (back to back, no separator: across two strings)
                pos = find(needle, pos + 1)
                continue
            found.append(i)
            if limit is not None and len(found) >= limit:
                break
            pos = find(needle, self.end(i))   # on to the next string: one hit per string
        return found


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    low = text.casefold()
    spans = []
    for w in words:
        start = low.find(w)
        while start >= 0:
            spans.append((start, start + len(w)))
            start = low.find(w, start + len(w))
    return sorted(spans)


@dataclass
class _Scan:
    """Where one word was found in the bodies: every section up to `upto` was looked at."""
    word: str
    hits: dict[int, int]      # section index -> occurrences, in section order
    upto: int                 # the last section index looked at


class SearchIndex:
    """Made from a store's outline (titles, regions): titles, places and pinyin are searchable at
    once; the texts join with add_bodies() once the store has loaded them (a store opened whole
    brings them at once). Until then a search answers from titles and places only."""

    def __init__(self, store: Store) -> None:
        self.store = store
        info = store.section_info
        self.section_ids: list[int] = store.section_ids()
        self.bodies: _Joined | None = None
        titles = [info(sid)["title"] for sid in self.section_ids]
        self.titles = _Joined(titles)
        self.by_title: dict[str, list[int]] = {}
        by_region: dict[str, list[int]] = {}
        for i, sid in enumerate(self.section_ids):
            self.by_title.setdefault(titles[i], []).append(i)
            by_region.setdefault(self.store.section_region(sid), []).append(i)
        self.region_names = list(store.regions)
        self.names = _Joined(self.region_names)
        # a section is found by the name of its region or of any region above it
        self.section_regions = list(by_region)
        self.sections_of_region = [by_region[r] for r in self.section_regions]
        self.region_paths = _Joined([" ".join(store.region_path(r)) for r in self.section_regions])
        self._pinyin: dict[str, tuple[str, str]] | None = None
        self.char_index: dict[str, array] | None = None
        self._py_cache: dict[str, set[str]] = {}
        self._scans: dict[str, _Scan] = {}     # the last few words' scans, to narrow the next keystroke
        if store.texts_loaded:
            self.add_bodies()

    @property
    def texts_searched(self) -> bool:
        """Whether a search looks in the texts (False until add_bodies())."""
        return self.bodies is not None

    def add_bodies(self) -> None:
        """The texts, once the store has them: from now on every search looks in them too."""
        if self.bodies is None:
            kept = self.store.texts_in_pieces()
            joined = _Joined.from_pieces(*kept) if kept is not None else None
            self.bodies = joined or _Joined(self.store.section_texts(self.section_ids))

    # pinyin of region names and titles: computed on the first query that needs it
    def pinyin(self) -> dict[str, tuple[str, str]]:
        if self._pinyin is None:
            regions = set(self.store.regions)
            titles = sorted(set(self.by_title) - regions)
            forms = dict(zip(titles, pinyin_of_many(titles, self.store.title_syllables())))
            forms.update(self.store.region_pinyin())
            names = sorted(forms)
            # one string of all full spellings and one of all initials, searched like the text
            self._py_names = names
            self._py_full = _Joined([forms[n][0] for n in names])
            self._py_init = _Joined([forms[n][1] for n in names])
            self._pinyin = forms
        return self._pinyin

    def _pinyin_names(self, word: str) -> set[str]:
        """Region names and titles whose full pinyin holds word, or whose initials start with it."""
        if not _LETTERS.match(word):
            return set()
        cached = self._py_cache.get(word)
        if cached is not None:
            return cached
        if len(self._py_cache) > 256:
            self._py_cache.clear()
        self.pinyin()
        # one or two letters are initials ("jz"); inside full spellings they would match nearly
        # every name ("ji" is in 经济, 基地, 集团 …), so full spelling needs three letters or more
        found = self._py_init.which(word, prefix=True)
        if len(word) >= 3:
            found += self._py_full.which(word)
        self._py_cache[word] = names = {self._py_names[i] for i in found}
        return names

    def build_char_index(self) -> None:
        """Which sections hold each character: lets a query skip sections that cannot match.
        The build writes it beside the store (read in ~0.1 s); made here it takes seconds (a store
        without its app index), so the app does that in a worker."""
        prebuilt = self.store.prebuilt_char_index(self.section_ids)
        if prebuilt is not None:
            self.char_index = prebuilt
            return
        if self.bodies is None:
            return      # made once the texts are in
        postings: dict[str, array] = {}
        bodies = self.bodies
        for i, a in enumerate(bodies.starts):
            for ch in set(bodies.piece(a, bodies.end(i))):
                p = postings.get(ch)
                if p is None:
                    p = postings[ch] = array("I")
                p.append(i)
        self.char_index = postings

    def _candidates(self, word: str) -> list[int] | None:
        """Sections that hold every character of word; None when the index cannot narrow the search
        enough to beat scanning the text (no index yet, or every character is common)."""
        index = self.char_index
        if index is None:
            return None
        lists = []
        for ch in sorted(set(word) - {ASTRAL_STAND_IN}):     # the index knows the character it stands for
            p = index.get(ch)
            if p is None:
                return []
            lists.append(p)
        lists.sort(key=len)
        if not lists or len(lists[0]) > CANDIDATE_LIMIT:
            return None
        found = set(lists[0])
        for p in lists[1:]:
            if len(found) < 64:
                break              # few enough: checking them beats intersecting more
            found.intersection_update(p)
        return sorted(found)

    def _body_hits(self, word: str, should_stop=_never) -> dict[int, int]:
        """Section index -> occurrences of word in its text, for the first MAX_CANDIDATES sections.

        Typing extends a word one character at a time; a section holds "新增企" only if it holds
        "新增", so a word found before inside this one narrows the sections to look at."""
        last = len(self.bodies.starts) - 1
        hits: dict[int, int] = {}
        upto = -1
        # list(): an older search still finishing in its thread may change the dict meanwhile
        prior = max((s for w, s in list(self._scans.items()) if w in word), key=lambda s: len(s.word), default=None)
        if prior is not None:
            capped = self._count_in(word, prior.hits, hits)
            if capped is not None:
                return self._remember(_Scan(word, hits, capped))
            upto = prior.upto
        if upto < last:
            upto = self._scan_rest(word, hits, upto + 1, should_stop)
        return self._remember(_Scan(word, hits, upto))

    def _scan_rest(self, word: str, hits: dict[int, int], first: int, should_stop=_never) -> int:
        """Add the sections from `first` on that hold word, until there are MAX_CANDIDATES;
        return the last section looked at."""
        bodies = self.bodies
        count, last = bodies.count, len(bodies.starts) - 1
        candidates = self._candidates(word)
        if candidates is not None:
            capped = self._count_in(word, candidates[bisect_right(candidates, first - 1):], hits, should_stop)
            return last if capped is None else capped
        find = self._finder(word, should_stop)
        pos = find(bodies.starts[first])
        while pos >= 0:
            i = bisect_right(bodies.starts, pos) - 1
            end = bodies.end(i)
            n = count(word, pos, end)          # the rest of this section in one C call
            if n:       # (0: texts back to back without a separator, a word across two of them)
                hits[i] = n
                if len(hits) >= MAX_CANDIDATES:
                    return i
            pos = find(end)
        return last

    def _count_in(self, word: str, sections, hits: dict[int, int], should_stop=_never) -> int | None:
        """Count word in each of these sections (in order), adding those that hold it to hits;
        the section at which hits reached MAX_CANDIDATES, or None if it never did."""
        bodies = self.bodies
        count = bodies.count
        for k, i in enumerate(sections):
            if k % 2048 == 2047 and should_stop():
                raise SearchCancelled
            n = count(word, bodies.starts[i], bodies.end(i))
            if n:
                hits[i] = n
                if len(hits) >= MAX_CANDIDATES:
                    return i
        return None

    def _remember(self, scan: _Scan) -> dict[int, int]:
        scans = self._scans
        if len(scans) >= 16:
            scans.clear()          # the words typed a while ago: a fresh start costs one scan
        scans[scan.word] = scan
        return scan.hits

    def _finder(self, word: str, should_stop):
        """find(pos): the next place of word in the bodies from pos, or -1; the text is scanned in
        chunks, and SearchCancelled is raised between them once should_stop() says so."""
        bodies = self.bodies
        size = len(bodies)

        def find(pos: int) -> int:
            while pos < size:
                hi = min(size, pos + SCAN_CHUNK)
                found = bodies.find(word, pos, hi)
                if found >= 0 or hi == size:
                    return found
                pos = hi - len(word) + 1          # a word across the chunk's edge is found next time
                if should_stop():
                    raise SearchCancelled
            return -1
        return find

    def search(self, query: str, limit: int = 50, should_stop=_never) -> list[SearchResult]:
        """The best results for query. should_stop() is asked during long scans: when it answers
        True (a newer keystroke), SearchCancelled is raised and nothing is cached."""
        words = normalize_query(query)
        if not words:
            return []
        results = self._regions(words)
        results += self._sections(words, limit, should_stop)
        return results[:limit]

    def _regions(self, words: list[str]) -> list[SearchResult]:
        matching: set[int] | None = None
        for w in words:
            found = set(self.names.which(w))
            by_pinyin = self._pinyin_names(w)
            if by_pinyin:
                found |= {i for i, name in enumerate(self.region_names) if name in by_pinyin}
            matching = found if matching is None else matching & found
        out = []
        for i in matching or ():
            name = self.region_names[i]
            score = 1000 - len(name) + (200 if name.casefold().startswith(words[0]) else 0)
            out.append(SearchResult("region", name, name,
                                    self.store.region_label(self.store.regions[name]["parent_id"]) or "",
                                    title_spans=_spans(name, words), score=score))
        out.sort(key=lambda r: (-r.score, r.key))
        return out[:10]

    def _title_hits(self, word: str) -> dict[int, int]:
        """Section index -> 100 where the title holds the word (or its pinyin, for letters)."""
        hits: dict[int, int] = {}
        for title in self._pinyin_names(word):
            for i in self.by_title.get(title, ()):
                hits[i] = 100
                if len(hits) >= MAX_CANDIDATES:
                    return hits
        for i in self.titles.which(word, limit=MAX_CANDIDATES - len(hits)):
            hits[i] = 100
        return hits

    def _region_hits(self, word: str) -> dict[int, int]:
        """Section index -> 40 where the section's region (or a region above it) holds the word."""
        by_pinyin = self._pinyin_names(word)
        regions = self.region_paths.which(word)
        if by_pinyin:
            regions += [k for k, name in enumerate(self.section_regions) if name in by_pinyin]
        hits: dict[int, int] = {}
        for k in regions:
            for i in self.sections_of_region[k][:MAX_CANDIDATES - len(hits)]:
                hits[i] = 40
            if len(hits) >= MAX_CANDIDATES:
                break
        return hits

    def _sections(self, words: list[str], limit: int, should_stop=_never) -> list[SearchResult]:
        per_word = []
        for w in words:
            extra = self._title_hits(w)
            for i, score in self._region_hits(w).items():
                extra[i] = extra.get(i, 0) + score
            if should_stop():
                raise SearchCancelled
            # (texts still loading: titles and places only, no scan remembered)
            per_word.append((self._body_hits(w, should_stop) if self.bodies is not None else {}, extra))
        candidates = None
        for body, extra in per_word:
            found = body.keys() | extra.keys()
            candidates = found if candidates is None else candidates & found
        scored = []
        for i in candidates or ():
            score = sum(extra.get(i, 0) + min(body.get(i, 0), 20) for body, extra in per_word)
            scored.append((-score, i))
        scored.sort()
        out = []
        with_text = self.bodies is not None and self.store.texts_loaded
        for neg, i in scored[:limit]:
            sid = self.section_ids[i]
            sec = self.store.section_info(sid)
            snippet, spans = self._snippet(self.store.sections[sid]["text"], words) if with_text else ("", [])
            out.append(SearchResult("section", sid, sec["title"], sec["region"], snippet, spans,
                                    _spans(sec["title"], words), -neg))
        return out

    @staticmethod
    def _snippet(text: str, words: list[str], width: int = 36) -> tuple[str, list[tuple[int, int]]]:
        low = text.casefold()
        first = min((p for p in (low.find(w) for w in words) if p >= 0), default=-1)
        if first < 0:
            snippet = text[:width]
        else:
            start = max(0, first - width // 3)
            snippet = text[start:start + width]
        snippet = snippet.replace("\n", " ")
        return snippet, _spans(snippet, words)
