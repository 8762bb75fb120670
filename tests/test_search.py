"""The search engine: what a user typing a query sees, keystroke by keystroke, is what a fresh search
for that query finds, and it is right against a plain scan of the sections."""
import random

import pytest

import tui_browse.store.search as search
from tui_browse.store import Store
from tui_browse.store.search import SearchIndex


def _queries(store: Store, n: int = 60) -> list[str]:
    """Words cut from the sections' own text (1-4 characters), a few that occur nowhere, and pairs."""
    rng = random.Random(7)
    texts = [store.sections[s]["text"] for s in store.sections]
    words = []
    while len(words) < n:
        text = rng.choice(texts)
        if len(text) < 10:
            continue
        at = rng.randrange(len(text) - 5)
        word = text[at:at + rng.randint(1, 4)]
        if word.strip() and not any(c in word for c in "\n ，。"):
            words.append(word)
    words += ["火星基地", "新增企业数", "zzzq"]
    words += [f"{a} {b}" for a, b in zip(words[:10], words[10:20])]
    return words


def _section_keys(results):
    return [(r.key, r.score) for r in results if r.kind == "section"]


@pytest.fixture
def small_caps(monkeypatch):
    # caps small enough that the seeds' 40 sections run into them, as 10,000 articles do
    monkeypatch.setattr(search, "MAX_CANDIDATES", 3)
    monkeypatch.setattr(search, "CANDIDATE_LIMIT", 8)


@pytest.mark.parametrize("char_index", [False, True])
def test_typing_a_query_finds_what_a_fresh_search_finds(seed_store, small_caps, char_index):
    store = Store.open(seed_store)
    typed = SearchIndex(store)
    if char_index:
        typed.build_char_index()
    for query in _queries(store):
        for k in range(1, len(query) + 1):
            got = typed.search(query[:k])
        fresh = SearchIndex(store)
        if char_index:
            fresh.build_char_index()
        assert _section_keys(got) == _section_keys(fresh.search(query)), query


def test_results_are_the_sections_that_hold_every_word(seed_store):
    store = Store.open(seed_store)
    index = SearchIndex(store)
    index.build_char_index()
    for query in _queries(store):
        words = query.split()
        found = {r.key for r in index.search(query, limit=1000) if r.kind == "section"}

        def holds(sid, w):
            sec = store.sections[sid]
            path = " ".join(store.region_path(sec["region"]))
            return w in sec["text"] or w in sec["title"] or w in path
        expected = {sid for sid in store.sections if all(holds(sid, w) for w in words)}
        assert found == expected, query


def test_a_word_typed_after_a_miss_is_still_found(seed_store, small_caps):
    store = Store.open(seed_store)
    index = SearchIndex(store)
    assert not [r for r in index.search("火星基地") if r.kind == "section"]
    # the word "火星" found nothing, but a later query that does not extend it must not be narrowed by it
    hits = [r for r in index.search("投资") if r.kind == "section"]
    assert hits and all("投资" in store.sections[r.key]["text"] + r.title for r in hits)


def test_a_search_stops_when_a_newer_keystroke_takes_over_and_leaves_nothing_behind(seed_store, monkeypatch):
    monkeypatch.setattr(search, "SCAN_CHUNK", 64)     # the seeds' text in many chunks
    store = Store.open(seed_store)
    index = SearchIndex(store)
    asked = []

    def newer_keystroke():
        asked.append(1)
        return len(asked) > 2
    with pytest.raises(search.SearchCancelled):
        index.search("项目建设不存在的词", should_stop=newer_keystroke)
    assert len(asked) == 3, "it stopped at the first check after the keystroke"
    # the abandoned scan is not taken for a finished one
    for q in ("项", "项目", "项目建设"):
        assert _section_keys(index.search(q)) == _section_keys(SearchIndex(store).search(q)), q


def test_a_word_across_the_edge_of_a_scanned_chunk_is_found(seed_store, monkeypatch):
    store = Store.open(seed_store)
    expected = _section_keys(SearchIndex(store).search("总投资", limit=1000))
    for chunk in (5, 7, 64, 1000):
        monkeypatch.setattr(search, "SCAN_CHUNK", chunk)
        assert _section_keys(SearchIndex(store).search("总投资", limit=1000)) == expected, chunk


def test_titles_are_found_by_pinyin_read_character_by_character():
    from tui_browse.store.pinyin import pinyin_forms as _pinyin_forms, pinyin_of_many as _pinyin_of_many
    titles = ["胶州市加快项目建设", "绿色发展 2023年GDP增长", "", "Qingdao 新区"]
    fast = _pinyin_of_many(titles)
    # where no character has two readings, the fast tables read as pypinyin does in context
    assert fast[0] == _pinyin_forms(titles[0]) == ("jiaozhoushijiakuaixiangmujianshe", "jzsjkxmjs")
    assert fast[1] == _pinyin_forms(titles[1])
    assert fast[2] == ("", "") and fast[3] == ("xinqu", "xq"), "only Chinese characters are spelled"


@pytest.mark.parametrize("char_index", [False, True])
def test_text_beyond_the_bmp_is_found_and_shown_as_written(tmp_path, char_index):
    """An emoji or a rare ideograph (beyond the BMP) in one section: searching finds it and the words
    around it, in that section and the others, and the text shows it as written."""
    from tui_browse.store import build_store
    (tmp_path / "a.txt").write_text("高铁开通了\n\n　　𠮷祥村高铁🚄开通，新增企业5家。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("城阳区新增企业\n\n　　城阳区新增企业12家，总投资3亿元。\n", encoding="utf-8")
    db = tmp_path / "s.json"
    build_store(sorted(tmp_path.glob("*.txt")), db)
    store = Store.open(db)
    index = SearchIndex(store)
    if char_index:
        index.build_char_index()
    titles = lambda q: sorted(r.title for r in index.search(q) if r.kind == "section")
    assert titles("𠮷祥村") == ["高铁开通了"]
    assert titles("🚄开通") == ["高铁开通了"]
    assert titles("新增企业") == ["城阳区新增企业", "高铁开通了"]
    assert "🚄" in next(s["text"] for s in store.sections.values() if "高铁" in s["text"])


@pytest.mark.parametrize("kept", [False, True])
def test_text_held_in_small_pieces_finds_what_one_piece_finds(seed_store, monkeypatch, kept):
    """The bodies are held in pieces (a 100-million-character string is never made at once): joined
    from the sections' texts, or the app index's texts as read, back to back; where the pieces are
    cut changes no result, and no word is found across the end of one text and the start of the next."""
    import tui_browse.store.appindex as appindex
    from tui_browse.store.reader import Store as Reader
    with monkeypatch.context() as m:
        m.setattr(Reader, "texts_in_pieces", lambda self: None)
        store = Store.open(seed_store)
        whole = SearchIndex(store)
        assert len(whole.bodies.pieces) == 1 and whole.bodies.gap == 1
        if not kept:
            m.setattr(search._Joined, "PIECE", 40)
            cut = SearchIndex(store)
    if kept:
        # bytes: cut again where a section starts, with several sections in most pieces
        monkeypatch.setattr(appindex, "TEXT_PIECE", 6000)
        cut = SearchIndex(Store.open(seed_store))
        assert cut.bodies.gap == 0
    assert len(cut.bodies.pieces) > 20 if not kept else 5 < len(cut.bodies.pieces) < len(store.sections) / 2
    queries = _queries(store)
    ids = whole.section_ids
    texts = [store.sections[s]["text"] for s in ids]
    # the end of one text and the start of the next, which no section holds as one word
    across = [a[-2:] + b[:2] for a, b in zip(texts, texts[1:]) if len(a) >= 2 and len(b) >= 2]
    across = [w for w in across if not any(w in t for t in texts) and w.strip()][:10]
    assert across
    # (the words across first: a word typed before narrows the scan of a longer one to its sections)
    for query in across + queries:
        assert _section_keys(cut.search(query)) == _section_keys(whole.search(query)), query
    assert sum(bool(_section_keys(whole.search(q))) for q in queries) > len(queries) / 2
    cut.build_char_index()
    whole.build_char_index()
    cut._scans.clear()
    for query in across + queries[:20]:
        assert _section_keys(cut.search(query)) == _section_keys(whole.search(query)), query


def test_titles_and_places_answer_before_the_texts_are_loaded(seed_store):
    """While the texts load, a query finds the sections whose title or place holds it; once the
    texts join, the same index answers as one made from the whole store."""
    store = Store.open_summary(seed_store)
    store.load_outline()
    early = SearchIndex(store)
    assert not store.texts_loaded and not early.texts_searched
    whole = SearchIndex(Store.open(seed_store))
    sid = next(s for s in whole.section_ids if len(whole.store.sections[s]["title"]) >= 4)
    title_word = whole.store.sections[sid]["title"][:4]
    assert sid in [r.key for r in early.search(title_word, limit=100) if r.kind == "section"]
    # a word only a text holds: nothing yet, and nothing remembered that would hide it later
    body_word = next(w for w in _queries(whole.store) if len(w) >= 3
                     and not any(w in whole.store.sections[s]["title"] for s in whole.section_ids)
                     and not any(w.casefold() in r.casefold() for r in whole.store.regions))
    assert _section_keys(whole.search(body_word))
    assert not _section_keys(early.search(body_word))
    store.load_texts()
    early.add_bodies()
    assert early.texts_searched
    for query in (body_word, title_word, "zzzq"):
        assert _section_keys(early.search(query)) == _section_keys(whole.search(query)), query


def test_strings_back_to_back_are_never_matched_across_their_edge():
    joined = search._Joined.from_pieces(["北京天津", "上海"], [0, 2, 4])    # 北京 | 天津 | 上海
    assert joined.which("京天") == [] and joined.which("天津") == [1] and joined.which("津上") == []
    assert joined.which("上海") == [2] and joined.end(0) == 2 and joined.end(2) == 6


def test_pinyin_of_many_strings_is_the_same_read_a_few_at_a_time(monkeypatch):
    import tui_browse.store.pinyin as pinyin
    strings = ["胶州市新增企业", "", "青岛 高新区", "ABC重庆", "长春"] * 7
    whole = pinyin.pinyin_of_many(strings)
    monkeypatch.setattr(pinyin, "_CHUNK", 3)
    assert pinyin.pinyin_of_many(strings) == whole and len(whole) == len(strings)
    assert whole[0] == ("jiaozhoushixinzengqiye", "jzsxzqy")
