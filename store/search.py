"""Search over a store: built once when the store is opened, answered per keystroke.

Bodies are searched by substring over one joined string (no fuzzy matching: it explodes on long
Chinese text). A query in traditional script is converted first; letters also match the pinyin of
region names and titles, by full spelling ("jiaozhou") or initials ("jz"). Every word of the query
must match somewhere in the section (title, region or text).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from parser.script import simplifier

from .reader import Store

_SEP = "\x00"
_LETTERS = re.compile(r"^[a-z]+$")
_ANSI = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)")
MAX_CANDIDATES = 2000   # enough to rank the best 50; a one-character query stops here


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
    query = simplifier().convert(query)
    return [w for w in query.casefold().split() if w]


def _pinyin_forms(text: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin
    syllables = [s for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalpha()]
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
                       if s.isascii() and s.isalpha()).lower()
    return full, initials


def _joined(strings: list[str]) -> tuple[str, list[int]]:
    """The strings joined by separators, lower-cased, and where each starts: one string to search."""
    folded = [t.casefold() for t in strings]   # folding first: "ß" becomes "ss" and would shift offsets
    starts, pos = [], 0
    for t in folded:
        starts.append(pos)
        pos += len(t) + 1
    return _SEP.join(folded), starts


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    low = text.casefold()
    spans = []
    for w in words:
        start = low.find(w)
        while start >= 0:
            spans.append((start, start + len(w)))
            start = low.find(w, start + len(w))
    return sorted(spans)


class SearchIndex:
    def __init__(self, store: Store) -> None:
        self.store = store
        info = store.section_info
        self.section_ids: list[int] = sorted(store.sections, key=lambda s: (info(s)["article_id"], info(s)["order"]))
        self.corpus, self.starts = _joined([store.sections[sid]["text"] for sid in self.section_ids])
        titles = [info(sid)["title"] for sid in self.section_ids]
        self.title_corpus, self.title_starts = _joined(titles)
        self.by_title: dict[str, list[int]] = {}
        self.by_region: dict[str, list[int]] = {}
        for i, sid in enumerate(self.section_ids):
            self.by_title.setdefault(titles[i], []).append(i)
            self.by_region.setdefault(info(sid)["region"], []).append(i)
        self.region_paths = {name: " ".join(store.region_path(name)).casefold() for name in store.regions}
        self._pinyin: dict[str, tuple[str, str]] | None = None
        self.char_index: dict[str, array] | None = None
        self._py_cache: dict[str, set[str]] = {}

    # pinyin of region names and titles: computed on the first query that needs it
    def pinyin(self) -> dict[str, tuple[str, str]]:
        if self._pinyin is None:
            names = sorted(set(self.store.regions) | set(self.by_title))
            forms = {n: _pinyin_forms(n) for n in names}
            # one string of all full spellings and one of all initials, searched like the text
            self._py_names = names
            self._py_full, self._py_starts = _joined([forms[n][0] for n in names])
            init, starts = _joined([forms[n][1] for n in names])
            # a leading separator, so "find(SEP + word)" finds initials that start with word
            self._py_init, self._py_init_starts = _SEP + init, [p + 1 for p in starts]
            self._pinyin = forms
        return self._pinyin

    def _pinyin_names(self, word: str) -> set[str]:
        """Region names and titles whose full pinyin holds word, or whose initials start with it."""
        cached = self._py_cache.get(word)
        if cached is not None:
            return cached
        if len(self._py_cache) > 256:
            self._py_cache.clear()
        self._py_cache[word] = found = self._pinyin_scan(word)
        return found

    def _pinyin_scan(self, word: str) -> set[str]:
        self.pinyin()
        found = set()
        # one or two letters are initials ("jz"); inside full spellings they would match nearly
        # every name ("ji" is in 经济, 基地, 集团 …), so full spelling needs three letters or more
        scans = [(self._py_init, self._py_init_starts, _SEP + word)]
        if len(word) >= 3:
            scans.append((self._py_full, self._py_starts, word))
        for corpus, starts, needle in scans:
            pos = corpus.find(needle)
            while pos >= 0:
                i = bisect_right(starts, pos + (len(needle) - len(word))) - 1
                found.add(self._py_names[i])
                pos = corpus.find(needle, pos + 1)
        return found

    def build_char_index(self) -> None:
        """Which sections hold each character: lets a query skip sections that cannot match.
        About 3 s at 10,000 articles, so the app builds it in a worker after the store opens."""
        postings: dict[str, array] = {}
        corpus, starts = self.corpus, self.starts
        ends = starts[1:] + [len(corpus) + 1]
        for i, (a, b) in enumerate(zip(starts, ends)):
            for ch in set(corpus[a:b - 1]):
                p = postings.get(ch)
                if p is None:
                    p = postings[ch] = array("I")
                p.append(i)
        self.char_index = postings

    def _candidates(self, word: str) -> list[int] | None:
        """Sections that hold every character of word (None when there is no character index yet)."""
        index = self.char_index
        if index is None:
            return None
        lists = []
        for ch in set(word):
            p = index.get(ch)
            if p is None:
                return []
            lists.append(p)
        lists.sort(key=len)
        found = set(lists[0])
        for p in lists[1:]:
            if len(found) < 64:
                break              # few enough: checking them beats intersecting more
            found.intersection_update(p)
        return sorted(found)

    def _body_hits(self, word: str) -> dict[int, int]:
        """Section index -> occurrences of word in its text, for the first MAX_CANDIDATES sections."""
        candidates = self._candidates(word)
        if candidates is not None and len(candidates) <= 10 * MAX_CANDIDATES:   # else a capped scan is faster
            hits: dict[int, int] = {}
            corpus, starts = self.corpus, self.starts
            last = len(starts) - 1
            for i in candidates:
                end = starts[i + 1] - 1 if i < last else len(corpus)
                n = corpus.count(word, starts[i], end)
                if n:
                    hits[i] = n
                    if len(hits) >= MAX_CANDIDATES:
                        break
            return hits
        hits = {}
        corpus = self.corpus
        find, count = corpus.find, corpus.count
        starts = self.starts
        last = len(starts) - 1
        pos = find(word)
        while pos >= 0 and len(hits) < MAX_CANDIDATES:
            i = bisect_right(starts, pos) - 1
            end = starts[i + 1] - 1 if i < last else len(corpus)
            hits[i] = count(word, pos, end)          # the rest of this section in one C call
            pos = find(word, end)
        return hits

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        words = normalize_query(query)
        if not words:
            return []
        results = self._regions(words)
        results += self._sections(words, limit)
        return results[:limit]

    def _regions(self, words: list[str]) -> list[SearchResult]:
        out = []
        by_pinyin = [self._pinyin_names(w) if _LETTERS.match(w) else set() for w in words]
        for name in self.store.regions:
            low = name.casefold()
            if all(w in low or name in py for w, py in zip(words, by_pinyin)):
                score = 1000 - len(name) + (200 if low.startswith(words[0]) else 0)
                out.append(SearchResult("region", name, name, self.store.regions[name]["parent"] or "",
                                        title_spans=_spans(name, words), score=score))
        out.sort(key=lambda r: -r.score)
        return out[:10]

    def _title_hits(self, word: str) -> dict[int, int]:
        """Section index -> 100 where the title holds the word (or its pinyin, for letters)."""
        hits: dict[int, int] = {}
        if _LETTERS.match(word):
            for title in self._pinyin_names(word):
                for i in self.by_title.get(title, ()):
                    hits[i] = 100
                    if len(hits) >= MAX_CANDIDATES:
                        return hits
        find = self.title_corpus.find
        pos = find(word)
        while pos >= 0 and len(hits) < MAX_CANDIDATES:
            hits[bisect_right(self.title_starts, pos) - 1] = 100
            pos = find(word, pos + len(word))
        return hits

    def _region_hits(self, word: str) -> dict[int, int]:
        """Section index -> 40 where the section's region (or a region above it) holds the word."""
        by_pinyin = self._pinyin_names(word) if _LETTERS.match(word) else set()
        hits: dict[int, int] = {}
        for region, indices in self.by_region.items():
            if word in self.region_paths.get(region, "") or region in by_pinyin:
                for i in indices[:MAX_CANDIDATES - len(hits)]:
                    hits[i] = 40
                if len(hits) >= MAX_CANDIDATES:
                    break
        return hits

    def _sections(self, words: list[str], limit: int) -> list[SearchResult]:
        per_word = []
        for w in words:
            extra = self._title_hits(w)
            for i, score in self._region_hits(w).items():
                extra[i] = extra.get(i, 0) + score
            per_word.append((self._body_hits(w), extra))
        candidates = None
        for body, extra in per_word:
            found = set(body) | set(extra)
            candidates = found if candidates is None else candidates & found
        scored = []
        for i in candidates or ():
            score = sum(extra.get(i, 0) + min(body.get(i, 0), 20) for body, extra in per_word)
            scored.append((-score, i))
        scored.sort()
        out = []
        for neg, i in scored[:limit]:
            sid = self.section_ids[i]
            sec = self.store.sections[sid]
            snippet, spans = self._snippet(sec["text"], words)
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
