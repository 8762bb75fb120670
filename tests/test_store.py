"""The store contract, atomic writes, reuse of unchanged files, and bad stores kept aside."""
import json
import math
import os

import pytest

from tui_browse.parser import PARSER_VERSION
from tui_browse.store import SCHEMA_VERSION, Store, StoreError, build_store, validate
from tui_browse.store.schema import KINDS, TABLES


def test_seed_store_follows_the_contract(seed_data):
    """The same checks other tools run: tables, fields, integer links, offsets, finite values."""
    assert validate(seed_data) == []
    for table, fields in TABLES.items():
        rows = seed_data[table]
        assert rows, table
        for key, row in rows.items():
            assert key.isdigit()
            assert set(fields) <= set(row)
    secs = seed_data["sections"]
    region_names = {r["name"] for r in seed_data["regions"].values()}
    for s in secs.values():
        assert isinstance(s["article_id"], int) and str(s["article_id"]) in seed_data["articles"]
        assert s["region"] in region_names
    for f in seed_data["figures"].values():
        s = secs[str(f["section_id"])]
        assert s[f["field"]][f["start"]:f["end"]] == f["raw"]   # the text, or the heading (field)
        assert s["article_id"] == f["article_id"]
        assert isinstance(f["value"], (int, float)) and math.isfinite(f["value"])
        assert f["kind"] in KINDS
    meta = seed_data["meta"]["1"]
    assert meta["schema_version"] == SCHEMA_VERSION and meta["parser_version"] == PARSER_VERSION
    assert len(meta["sources"]) == 5 and all(len(h) == 64 for h in meta["sources"].values())


def test_store_is_readable_utf8_not_escaped(seed_store):
    raw = seed_store.read_text(encoding="utf-8")
    assert "惜福镇街道" in raw and "\\u60dc" not in raw


def test_validate_catches_a_broken_offset(seed_data):
    data = json.loads(json.dumps(seed_data))
    first = next(iter(data["figures"].values()))
    first["start"] += 1
    assert any("text[start:end] != raw" in p for p in validate(data))


def test_reader_resolves_regions_sections_and_figures(seed_store):
    store = Store.open(seed_store)
    assert store.region_path("惜福镇街道") == ["山东省", "青岛市", "城阳区", "惜福镇街道"]
    qingdao = store.figures_of_region("青岛市")
    assert len(qingdao) == store.figure_count("青岛市") > 0
    chengyang = store.figures_of_region("城阳区")
    assert set(chengyang) < set(qingdao)
    assert {store.figures[f]["region"] for f in store.figures_of_region("惜福镇街道")} == {"惜福镇街道"}


def test_an_unchanged_file_is_not_parsed_again(tmp_path, seed_files):
    db = tmp_path / "s.json"
    first = build_store(seed_files, db)
    assert len(first.parsed) == 5
    again = build_store(seed_files, db)
    assert again.parsed == [] and len(again.kept) == 5
    assert again.counts == first.counts
    assert validate(json.loads(db.read_text(encoding="utf-8"))) == []


def test_a_changed_file_is_parsed_and_the_rest_reused(tmp_path, seed_files):
    src = tmp_path / "src"
    src.mkdir()
    for f in seed_files:
        (src / f.name).write_bytes(f.read_bytes())
    db = tmp_path / "s.json"
    build_store(sorted(src.glob("*.txt")), db)
    target = sorted(src.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n新增企业88家。\n", encoding="utf-8")
    report = build_store(sorted(src.glob("*.txt")), db)
    assert report.updated == [target.name] and report.added == [] and len(report.kept) == 4
    data = json.loads(db.read_text(encoding="utf-8"))
    assert any(f["raw"] == "88家" for f in data["figures"].values())
    assert validate(data) == []


def test_a_failed_write_leaves_the_previous_store(tmp_path, seed_files, monkeypatch):
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    before = db.read_bytes()

    def full_disk(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        build_store(seed_files, db)
    assert db.read_bytes() == before
    assert not list(tmp_path.glob(".s.json.*.tmp"))
    assert not list(tmp_path.glob(".s.json.*.spool")), "the build's spool of records is gone too"


def test_nothing_readable_leaves_the_store_unchanged(tmp_path, seed_files):
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    before = db.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = build_store([empty], db)
    assert not report.ok and report.skipped == [(str(empty), "empty file")]
    assert db.read_bytes() == before


def test_a_corrupt_store_is_moved_aside_not_overwritten(tmp_path, seed_files):
    db = tmp_path / "s.json"
    db.write_text('{"articles": {"1": ', encoding="utf-8")
    report = build_store(seed_files[:1], db)
    assert report.moved_aside is not None and report.moved_aside.read_text(encoding="utf-8") == '{"articles": {"1": '
    assert Store.open(db).counts()["articles"] >= 1


@pytest.mark.parametrize("content,message", [
    ("", "empty"),
    ('{"articles": {"1": ', "not valid JSON"),
    ("[1, 2, 3]", "not a tui-browse store"),
    ('{"articles": {}}', "not a tui-browse store"),
])
def test_opening_a_bad_store_says_what_is_wrong(tmp_path, content, message):
    db = tmp_path / "bad.json"
    db.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=message):
        Store.open(db)


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path, seed_store, seed_files):
    data = json.loads(seed_store.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    db = tmp_path / "newer.json"
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    with pytest.raises(StoreError, match="newer"):
        Store.open(db)
    with pytest.raises(StoreError, match="newer"):
        build_store(seed_files, db)
    assert db.read_bytes() == before


def test_a_missing_store_says_how_to_build_one(tmp_path):
    with pytest.raises(StoreError, match="tui-browse build"):
        Store.open(tmp_path / "none.json")


def test_a_store_path_that_is_a_directory_is_refused(tmp_path, seed_files):
    with pytest.raises(StoreError, match="directory"):
        build_store(seed_files, tmp_path)


def test_a_second_writer_waits_then_fails_clearly(tmp_path, seed_files):
    db = tmp_path / "s.json"
    lock = tmp_path / "s.json.lock"
    lock.write_text(str(os.getpid()))  # a live writer: this process
    with pytest.raises(StoreError, match="another build"):
        build_store(seed_files[:1], db, lock_wait=0.3)
    assert not db.exists()


def test_a_stale_lock_from_a_dead_build_is_taken_over(tmp_path, seed_files):
    db = tmp_path / "s.json"
    (tmp_path / "s.json.lock").write_text("999999999")
    assert build_store(seed_files[:1], db).ok
    assert not (tmp_path / "s.json.lock").exists()


def test_a_parser_change_makes_the_store_stale(tmp_path, seed_files, monkeypatch):
    import tui_browse.store.build
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    monkeypatch.setattr(tui_browse.store.build, "PARSER_VERSION", "9.9.9+changed")
    report = build_store(seed_files[:2], db)
    assert len(report.updated) == 2 and report.kept == []


def test_regions_that_loop_open_as_roots_and_builds_make_no_loops(seed_store, tmp_path):
    """A store written by another tool may place A in B and B in A: it opens, both as roots."""
    data = json.loads(seed_store.read_text(encoding="utf-8"))
    ids = {r["name"]: int(i) for i, r in data["regions"].items()}
    data["regions"][str(ids["山东省"])]["parent_id"] = ids["青岛市"]
    db = tmp_path / "loop.json"
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = Store.read_file(db)
    assert {"山东省", "青岛市"} <= set(store.roots())
    assert store.figure_count("山东省") > 0
    from tui_browse.store.assembly import Tables
    from tui_browse.store.spool import Spool
    spool = Spool(tmp_path / "built.json")
    tables = Tables(spool)
    tables.add_region({"name": "甲", "parent": None, "key": "/甲"}, None)
    tables.add_region({"name": "乙", "parent": "甲", "key": "/甲/乙"}, "/甲")
    tables.add_region({"name": "甲", "parent": "乙", "key": "/甲"}, "/甲/乙")   # would close a loop
    assert tables.regions["/甲"]["parent"] is None
    spool.close()


@pytest.mark.slow
def test_the_same_files_give_the_same_store_and_index_whatever_the_hash_seed_workers_and_order(tmp_path, seed_files):
    import subprocess
    import sys
    src = tmp_path / "src"
    src.mkdir()
    for f in seed_files:
        (src / f.name).write_bytes(f.read_bytes())
    # more files than the build parses in one process, with places that tie and sets to iterate
    for i in range(40):
        (src / f"page{i:02d}.txt").write_text(
            f"银和街道新增企业{i}家\n\n　　银和街道新增企业{i}家，完成投资{i + 1}亿元。沧州市今年新开工项目12个，"
            f"新桥镇引进项目{i + 2}个，全区签约项目{i + 3}个，高新区配套资金{i + 4}亿元。\n", encoding="utf-8")
    script = ("import sys\nfrom pathlib import Path\nfrom tui_browse.store import build_store\n"
              "files = sorted(Path(sys.argv[1]).glob('*.txt'))\n"
              "files = files[::-1] if sys.argv[3] == 'reversed' else files\n"
              "build_store(files, Path(sys.argv[2]), workers=int(sys.argv[4]))\n")
    outputs = []
    for seed, order, workers in (("1", "sorted", "1"), ("2", "reversed", "2"), ("3", "sorted", "2")):
        db = tmp_path / f"run{seed}" / "store.json"
        db.parent.mkdir()
        subprocess.run([sys.executable, "-c", script, str(src), str(db), order, workers], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        store = json.loads(db.read_bytes())
        store["meta"]["1"].pop("built_at")
        files = {}
        for f in sorted((db.parent / "store.json.index").iterdir()):
            data = f.read_bytes()
            if f.name == "index.json":
                index = json.loads(data)
                for key in ("built_at", "store_stamp"):
                    index["meta"]["1"].pop(key)
                data = json.dumps(index, sort_keys=True).encode()
            files[f.name] = data
        outputs.append((store, files))
    first_store, first_files = outputs[0]
    for store, files in outputs[1:]:
        assert store == first_store
        assert sorted(files) == sorted(first_files)
        for name in files:
            assert files[name] == first_files[name], name


def test_a_full_disk_while_spooling_is_a_clear_error_and_the_store_stays(tmp_path, seed_files, monkeypatch):
    from tui_browse.store import spool
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    before = db.read_bytes()

    def full_disk(self, table, lines):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(spool.Spool, "add_lines", full_disk)
    with pytest.raises(StoreError, match="No space left.*previous store is unchanged"):
        build_store(seed_files, db)
    assert db.read_bytes() == before
    assert not list(tmp_path.glob(".s.json.*.spool"))


def test_the_largest_regions_figures_found_ahead_are_the_same_as_found_on_demand(seed_store):
    # the app finds the largest regions' figures after loading, off the screen's thread; what it
    # keeps must be what opening the region would find, reprints and all
    cold = Store.open(seed_store)
    cold.load_texts()
    warm = Store.open(seed_store)
    warm.load_texts()
    warmed = warm.warm_large_regions(sections=3)
    assert warmed and all(len(warm.sections_of(n, recursive=True)) >= 3 for n in warmed)
    sizes = [len(warm.sections_of(n, recursive=True)) for n in warmed]
    assert sizes == sorted(sizes, reverse=True)
    for name in warmed:
        assert warm.figures_of_region(name) == cold.figures_of_region(name)
        assert warm.figures_of_region(name, reprints=True) == cold.figures_of_region(name, reprints=True)
        assert warm.reprinted_figures(name) == cold.reprinted_figures(name)
