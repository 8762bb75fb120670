"""Search over a store: built once when the store is opened, answered per keystroke.

Bodies are searched by substring over one joined string (no fuzzy matching: it explodes on long
Chinese text). A query in traditional script is converted first; letters also match the pinyin of
region names and titles, by full spelling ("jiaozhou") or initials ("jz"). Every word of the query
must match somewhere in the section (title, region or text).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .reader import Store

_SEP = "\x00"
_LETTERS = re.compile(r"^[a-z]+$")
_ANSI = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)")
MAX_CANDIDATES = 5000


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


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


def normalize_query(query: str) -> list[str]:
    """Words of a query, in simplified script and lower case; control characters dropped."""
    query = _ANSI.sub("", query[:2000])          # pasted terminal colour codes are not words
    query = "".join(ch if ch.isprintable() else " " for ch in query)[:1000]
    query = _t2s().convert(query) if query.strip() else query
    return [w for w in query.casefold().split() if w]


def _pinyin_forms(text: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin
    syllables = [s for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalpha()]
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
                       if s.isascii() and s.isalpha()).lower()
    return full, initials


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
        texts = [store.sections[sid]["text"] for sid in self.section_ids]
        self.starts: list[int] = []
        pos = 0
        for t in texts:
            self.starts.append(pos)
            pos += len(t) + 1
        self.corpus = _SEP.join(texts).casefold()
        self.titles = {sid: info(sid)["title"].casefold() for sid in self.section_ids}
        self.region_paths = {name: " ".join(store.region_path(name)).casefold() for name in store.regions}
        self._pinyin: dict[str, tuple[str, str]] | None = None

    # pinyin of region names and titles: computed on the first query that needs it
    def pinyin(self) -> dict[str, tuple[str, str]]:
        if self._pinyin is None:
            names = set(self.store.regions) | {self.store.section_info(s)["title"] for s in self.section_ids}
            self._pinyin = {n: _pinyin_forms(n) for n in names}
        return self._pinyin

    def _pinyin_match(self, text: str, word: str) -> bool:
        forms = self.pinyin().get(text)
        return bool(forms) and (word in forms[0] or forms[1].startswith(word))

    def _body_hits(self, word: str) -> dict[int, int]:
        """Section index -> number of occurrences of word in its text (stops after many sections)."""
        hits: dict[int, int] = {}
        corpus = self.corpus
        find = corpus.find
        pos = find(word)
        while pos >= 0:
            i = bisect_right(self.starts, pos) - 1
            hits[i] = hits.get(i, 0) + 1
            if len(hits) >= MAX_CANDIDATES:
                break
            pos = find(word, pos + len(word))
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
        for name in self.store.regions:
            low = name.casefold()
            if all(w in low or (_LETTERS.match(w) and self._pinyin_match(name, w)) for w in words):
                score = 1000 - len(name) + (200 if low.startswith(words[0]) else 0)
                out.append(SearchResult("region", name, name, self.store.regions[name]["parent"] or "",
                                        title_spans=_spans(name, words), score=score))
        out.sort(key=lambda r: -r.score)
        return out[:10]

    def _sections(self, words: list[str], limit: int) -> list[SearchResult]:
        per_word = []
        for w in words:
            body = self._body_hits(w)
            letters = bool(_LETTERS.match(w))
            extra = {}
            for i, sid in enumerate(self.section_ids):
                sec = self.store.section_info(sid)
                t = 0
                if w in self.titles[sid] or (letters and self._pinyin_match(sec["title"], w)):
                    t += 100
                if w in self.region_paths.get(sec["region"], "") or (letters and self._pinyin_match(sec["region"], w)):
                    t += 40
                if t:
                    extra[i] = t
            per_word.append((body, extra))
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
