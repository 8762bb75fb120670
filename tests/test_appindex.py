"""The app index beside a store gives the same answers as the store itself, and is never trusted stale."""
import os

from tui_browse.store import Store, build_store
from tui_browse.store.appindex import index_dir


def full_store(path):
    return Store.read_file(path)


def test_the_index_and_the_file_give_the_same_records(seed_store):
    fast = Store.open(seed_store)
    slow = full_store(seed_store)
    assert fast.read_from == "index" and slow.read_from == "file", "the seeds' store opens through its index"
    assert fast.counts() == slow.counts()
    assert fast.articles == slow.articles and fast.regions == slow.regions
    for sid in slow.sections:
        a, b = fast.sections[sid], slow.sections[sid]
        for key in ("article_id", "region", "title", "order", "text", "original", "byline"):
            assert a[key] == b[key], (sid, key)
    for fid in slow.figures:
        a, b = fast.figures[fid], slow.figures[fid]
        for key in ("article_id", "section_id", "region", "raw", "value", "unit", "kind", "qual", "label",
                    "context", "start", "end"):
            assert a[key] == b[key], (fid, key)
    assert fast.section_figures == slow.section_figures
    assert fast.region_sections == slow.region_sections
    assert fast.figure_values([1, 2, 3], "value") == slow.figure_values([1, 2, 3], "value")


def test_a_stale_or_damaged_index_is_ignored(tmp_path, seed_files):
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    os.utime(db, ns=(1, 1))                       # the store changed after its index was written
    assert Store.open(db).read_from == "file"
    for damaged in ("figures.jsonl", "rows.jsonl"):
        build_store(seed_files[:3], db)
        (index_dir(db) / damaged).write_bytes(b"{broken")
        store = Store.open(db)
        assert store.read_from == "file" and store.counts()["articles"] > 0, damaged


def test_a_damaged_character_index_or_pinyin_file_only_costs_time(tmp_path, seed_files):
    from tui_browse.store.search import SearchIndex
    db = tmp_path / "s.json"
    build_store(seed_files, db)
    intact = SearchIndex(Store.open(db))
    intact.build_char_index()
    expected = [(r.kind, r.key) for r in intact.search("胶州 项目", limit=20)]
    assert expected and [(r.kind, r.key) for r in intact.search("jz", limit=5)]
    (index_dir(db) / "chars.json").write_bytes(b"{broken")
    (index_dir(db) / "pinyin.json").write_bytes(b"[]")
    index = SearchIndex(Store.open(db))
    index.build_char_index()
    assert index.char_index == intact.char_index, "made again from the texts, the same"
    assert [(r.kind, r.key) for r in index.search("胶州 项目", limit=20)] == expected
    assert [(r.kind, r.key) for r in index.search("jz", limit=5)] == [(r.kind, r.key) for r in intact.search("jz", limit=5)]


def test_an_unchanged_rebuild_writes_nothing(tmp_path, seed_files):
    src = tmp_path / "src"
    src.mkdir()
    for f in seed_files:
        (src / f.name).write_bytes(f.read_bytes())
    (src / "empty.txt").write_bytes(b"")
    files = sorted(src.glob("*.txt"))
    db = tmp_path / "s.json"
    first = build_store(files, db)
    stamp = db.stat().st_mtime_ns
    again = build_store(files, db)
    assert db.stat().st_mtime_ns == stamp
    assert again.parsed == [] and sorted(again.kept) == sorted(first.added)
    assert again.skipped == first.skipped == [(str(src / "empty.txt"), "empty file")]
    assert again.counts == first.counts


def test_a_failed_store_write_keeps_the_previous_index_in_step(tmp_path, seed_files, monkeypatch):
    import pytest
    import tui_browse.store.assembly as assembly
    from tui_browse.store.schema import StoreError

    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    before = Store.open(db)
    titles = {a["title"] for a in before.articles.values()}
    real = assembly.atomic_write_pieces

    def failing(path, pieces):
        if path == db:
            next(iter(pieces))     # the disk fills once writing has begun
            raise StoreError(f"could not write {path}: No space left on device; the previous store is unchanged")
        return real(path, pieces)

    monkeypatch.setattr(assembly, "atomic_write_pieces", failing)
    with pytest.raises(StoreError):
        build_store(seed_files, db)
    after = Store.open(db)
    assert after.read_from == "index", "the previous index still serves the previous store"
    assert {a["title"] for a in after.articles.values()} == titles
    # whichever way it opens, the texts are the ones of the store on disk
    for sid in before.sections:
        assert after.sections[sid]["text"] == before.sections[sid]["text"]
    assert after.counts() == before.counts()


def test_texts_read_in_pieces_give_each_section_its_text_across_piece_edges(tmp_path, seed_files, monkeypatch):
    """texts.txt is decoded a few megabytes at a time and never joined: a section whose text lies
    across two pieces still reads whole, as the store has it."""
    import tui_browse.store.appindex as appindex
    from tui_browse.store import Store, build_store
    db = tmp_path / "s.json"
    build_store(seed_files, db)
    expected = {sid: s["text"] for sid, s in Store.read_file(db).sections.items()}
    monkeypatch.setattr(appindex, "TEXT_PIECE", 97)      # bytes: edges fall inside sections
    store = Store.open(db)
    assert store.read_from == "index" and len(appindex.read_texts(db).pieces) > 50
    assert {sid: store.sections[sid]["text"] for sid in store.sections} == expected


def test_the_per_source_maps_wait_in_sources_json_until_asked_for(tmp_path, seed_files):
    """index.json, read as the screen opens, stays small at 100,000 files: the maps with an entry per
    source are in sources.json, and what a user asks of them (a figure's source path, the sources
    list, rebuilding a damaged library) still finds them."""
    import orjson
    from tui_browse.store import Store, build_store
    from tui_browse.store.appindex import SOURCE_FIELDS, index_dir, recorded_source_paths
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    meta = orjson.loads((index_dir(db) / "index.json").read_bytes())["meta"]["1"]
    assert not set(SOURCE_FIELDS) & set(meta)
    store = Store.open(db)
    assert store.read_from == "index"
    name = seed_files[0].name
    assert store.source_path(name) == str(seed_files[0].resolve())
    assert sorted(recorded_source_paths(db)) == sorted(f.resolve() for f in seed_files[:2])
    assert build_store(seed_files[:2], db).kept == sorted(f.name for f in seed_files[:2])


def test_an_index_of_the_previous_version_is_still_read(tmp_path, seed_files):
    """A library whose index was written by the previous version (its per-source maps inside
    index.json) opens from the index, not by reading the whole store, until the next build."""
    import orjson
    from tui_browse.store import Store, build_store
    from tui_browse.store.appindex import SOURCE_FIELDS, index_dir
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    folder = index_dir(db)
    index = orjson.loads((folder / "index.json").read_bytes())
    from tui_browse.store.appindex import read_sources
    index["meta"]["1"].update(read_sources(db), index_version=5)
    (folder / "index.json").write_bytes(orjson.dumps(index))
    (folder / "sources.json").unlink()
    store = Store.open(db)
    assert store.read_from == "index"
    assert store.source_path(seed_files[0].name) == str(seed_files[0].resolve())
    assert set(SOURCE_FIELDS) <= set(store.sources_meta)


def test_the_tree_paints_from_the_index_head_with_the_counts_the_sections_will_give(seed_store):
    """The first paint reads index.json alone: every region's figure count and number of listed
    sections, and the totals, are those the full outline gives once it is read."""
    early = Store.open_summary(seed_store)
    assert not early.outline_loaded and not early.articles, "nothing but the head is read for the first paint"
    full = Store.open(seed_store)
    assert early.counts() == full.counts()
    assert early.roots() == full.roots() and early.children == full.children
    for name in full.regions:
        assert early.figure_count(name) == full.figure_count(name), name
        assert early.region_section_count(name) == len(full.region_sections.get(name, [])), name
    early.load_outline()
    assert early.outline_loaded and early.region_sections == full.region_sections
    assert early.articles == full.articles and early.counts() == full.counts()


def test_sections_that_cannot_be_read_after_the_first_paint_are_a_clear_error(tmp_path, seed_files):
    from tui_browse.store import StoreError
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    (index_dir(db) / "rows.jsonl").write_bytes(b"{broken")
    early = Store.open_summary(db)
    assert early.counts()["articles"] == 2
    try:
        early.load_outline()
    except StoreError as exc:
        assert "damaged" in str(exc) and "s.json" in str(exc)
    else:
        raise AssertionError("a damaged rows.jsonl was read as if whole")
    assert Store.open(db).read_from == "file"      # the app's fallback: the store itself


def test_figure_columns_in_many_lines_give_every_figure_as_the_store_has_it(tmp_path, seed_files, monkeypatch):
    """figures.jsonl holds each column in lines of about a megabyte (one line of 100,000 articles'
    figures held the screen 60 ms to parse); read back, every figure is the store's."""
    import tui_browse.store.appindex as appindex
    from tui_browse.store import Store, build_store
    import tui_browse.store.spool as spool
    monkeypatch.setattr(spool, "BATCH", 20)                # figures come in batches of 20 …
    monkeypatch.setattr(appindex, "FIGURE_LINE", 1)        # … and a line holds one batch
    db = tmp_path / "s.json"
    build_store(seed_files, db)
    lines = (appindex.index_dir(db) / "figures.jsonl").read_bytes().count(b'"column":"value"')
    assert lines >= 3
    expected = Store.read_file(db).figures
    store = Store.open(db)
    assert store.read_from == "index" and len(store.figures) == len(expected) > 300
    for fid, f in expected.items():
        got = store.figures[fid]
        assert {k: got[k] for k in f} == dict(f), fid
