"""The one place jieba is used: loaded lazily, and only on the few characters that need it. The cut
itself runs in rjieba (jieba-rs) where it is installed: the same dictionary and algorithm."""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba

try:        # jieba's own algorithm and dictionary in Rust: the same cut, fourteen times faster
    import rjieba
except ImportError:     # (a platform without its wheel cuts with jieba itself)
    rjieba = None

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _ready() -> bool:
    jieba.initialize()
    return True


def cut(text: str) -> list[str]:
    return list(_cut(text))


@lru_cache(maxsize=200_000)
def _cut(text: str) -> tuple[str, ...]:
    """Labels are cut from a few words near each figure; the same phrases recur, so keep them."""
    if rjieba is not None:
        return tuple(rjieba.cut(text, hmm=False))
    _ready()
    return tuple(jieba.lcut(text, HMM=False))


def _word_starts(text: str, lo: int, hi: int) -> tuple[set[int], int]:
    """Where jieba starts a word in text[lo:hi] (positions in text), and where its last word ends."""
    pos, starts = lo, set()
    for word in cut(text[lo:hi]):
        starts.add(pos)
        pos += len(word)
    return starts, pos


def starts_a_word(text: str, start: int) -> bool:
    """Whether jieba starts a word at text[start] (cut a few characters either side): "城镇" does
    in "其中城镇居民", "中城镇" does not."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return True
    lo = max(0, start - 4)
    return _starts_a_word_in(text[lo:start + 4], start - lo)


@lru_cache(maxsize=100_000)
def _starts_a_word_in(window: str, start: int) -> bool:
    """starts_a_word on the few characters that decide it (the rules ask of the same places again)."""
    if not _word_may_cross(window, start):
        return True       # no dictionary word runs across start: the cut needs not be made
    starts, _ = _word_starts(window, 0, len(window))
    return start in starts


def _word_may_cross(text: str, at: int) -> bool:
    """Whether some dictionary word of up to 4 characters starts before `at` and ends after it."""
    freq = _frequencies()
    end = len(text)
    for k in range(1, min(3, at) + 1):
        for j in range(1, min(5 - k, end - at + 1)):
            if freq.get(text[at - k:at + j]):
                return True
    return False


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    _ready()
    return jieba.dt.FREQ


def is_a_word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is cut as a word of its own where it stands (jieba, a few characters
    either side): "朝天" is not in "热火朝天"."""
    starts, last = _word_starts(text, max(0, start - 4), end + 4)
    return start in starts and (end in starts or end >= last)


def word_at(text: str, start: int) -> str:
    """The word jieba cuts at text[start] (reading a few characters on): "阿里巴巴" in "《阿里巴巴与…"."""
    words = cut(text[start:start + 8])
    return words[0] if words else ""


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


@lru_cache(maxsize=1)
def _dictionary_entries() -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """One pass over jieba's dictionary: the frequency and part of speech of its words that are also
    place-name stems, and the part of speech of its words from frequency 300 and of every name of a
    person (a few tens of thousands)."""
    from .gazetteer import gazetteer
    wanted = gazetteer().by_stem.keys()
    stems: dict[str, tuple[int, str]] = {}
    frequent: dict[str, str] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            word, freq, tag = (raw.decode("utf-8").split(" ") + ["", ""])[:3]
            tag = tag.strip()
            count = int(freq) if freq.isdigit() else 0
            if word in wanted:
                stems[word] = (count, tag)
            if count >= 300 or tag.startswith("nr"):
                frequent[word] = tag
    return stems, frequent


def _dictionary_tags() -> dict[str, tuple[int, str]]:
    """Frequency and part of speech of the dictionary's words that are also place-name stems."""
    return _dictionary_entries()[0]


def _frequent_word_tags() -> dict[str, str]:
    """The part of speech of the dictionary's words from frequency 300, and of every name of a person."""
    return _dictionary_entries()[1]


@lru_cache(maxsize=1)
def persons_name_starts() -> frozenset[str]:
    """The first two characters of the dictionary's persons' names of three characters or more: where
    none starts, no cut needs asking."""
    return frozenset(w[:2] for w, tag in _frequent_word_tags().items() if tag.startswith("nr") and len(w) >= 3)


def is_persons_name(word: str) -> bool:
    """A name the dictionary tags as a person's ("阿里巴巴", a tale's hero, not 阿里地区)."""
    return _frequent_word_tags().get(word, "").startswith("nr")


def is_plain_word(word: str) -> bool:
    """A frequent dictionary word that names no place or thing of its own: "石化", "火炬", "电子" (not
    "东湖", "白沙洲", "西海岸", tagged as places)."""
    tag = _frequent_word_tags().get(word)
    return tag is not None and tag not in ("ns", "nr", "nz", "nt", "s")


def is_common_word(word: str) -> bool:
    """A frequent dictionary word that is not tagged as a place: "公安", "和平", "安全". A city's short
    form is the city unless the dictionary makes it a verb ("开封"): 孝感, 桂林, 黄石, 大连 are tagged as
    nouns, names or adverbs there, and are the cities in the news."""
    freq, tag = _dictionary_tags().get(word, (0, ""))
    if freq < 1000 or tag == "ns":
        return False
    return tag.startswith("v") or word not in _city_stems()


@lru_cache(maxsize=1)
def _city_stems() -> frozenset[str]:
    from .gazetteer import gazetteer
    # prefecture-level only: county-level 东方市, 石首市 share their short forms with everyday words
    return frozenset(s for s, divisions in gazetteer().by_stem.items() if any(d.level == "city" for d in divisions))


def is_known_word(word: str) -> bool:
    """A word the dictionary knows well (300 uses or more) and does not tag as a place: "复兴",
    "会同", "金平"; not "右玉" or "南明"."""
    freq, tag = _dictionary_tags().get(word, (0, ""))
    return freq >= 300 and tag != "ns"


def frequency(word: str) -> int:
    """How often the dictionary counts a word (0 for one it does not list)."""
    return _frequencies().get(word) or 0


def is_dictionary_word(word: str) -> bool:
    """A word the dictionary lists (any frequency)."""
    return frequency(word) > 0


def is_frequent_word(word: str) -> bool:
    """A word the dictionary counts as frequent ("金融", "科技"), whatever it is tagged."""
    return frequency(word) >= 2000


_PREDICATE_TAGS = frozenset({"v", "vn", "a", "ad", "z"})


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    """The dictionary's verbs ("建立", "深入": v), verbal nouns ("宣传": vn) and adjectives ("良好": a,
    "优良": z), with their tags."""
    out: dict[str, str] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.split()
            if len(parts) == 3:
                tag = parts[2].decode("ascii", "replace")
                if tag in _PREDICATE_TAGS:
                    out[parts[0].decode("utf-8")] = tag
    return out


def is_verb(word: str) -> bool:
    """A verb, not a verbal noun."""
    return _verbs().get(word) == "v"


def is_action(word: str) -> bool:
    """A verb or a verbal noun."""
    return _verbs().get(word) in ("v", "vn")


def is_predicate(word: str) -> bool:
    """A word that says something of a thing rather than names it: a verb or an adjective."""
    return _verbs().get(word) in ("v", "a", "ad", "z")
