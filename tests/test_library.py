"""The user's store is a library: builds add to it, only explicit commands take sources out, and
the bundled samples live in a store of their own."""
import json
import shutil
from pathlib import Path

import pytest

from tui_browse.store import Store, StoreError, build_store, default_store_path, remove_sources, samples_store_path
from tui_browse.cli import main

ARTICLE = "{place}推进项目建设\n\n今年以来，{place}新签约项目{n}个，总投资{money}亿元，同比增长{pct}%。\n"


def article(folder: Path, name: str, place: str, n: int) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(place=place, n=n, money=n * 3, pct=n + 1), encoding="utf-8")
    return path


@pytest.fixture
def two_folders(tmp_path):
    a, b = tmp_path / "week1", tmp_path / "week2"
    article(a, "one.txt", "城阳区", 11)
    article(a, "two.txt", "胶州市", 12)
    article(b, "three.txt", "黄岛区", 13)
    return a, b


def sources_of(db: Path) -> set[str]:
    return {a["source"] for a in Store.open(db).articles.values()}


def opened_by_launch(monkeypatch, argv):
    """What `tui-browse ARGV` would open: the app's store and what it builds first."""
    from tui_browse import launch as launch_module
    from tui_browse.app import BrowserApp
    opened = []
    monkeypatch.setattr(BrowserApp, "run", lambda self: opened.append(self))
    assert launch_module.launch(argv) == 0
    return opened[-1]


def test_a_second_build_adds_to_the_library(two_folders, capsys):
    a, b = two_folders
    assert main(["build", str(a)]) == 0
    assert main(["build", str(b)]) == 0
    out = capsys.readouterr().out.replace("\n", " ")
    assert "1 added, 0 updated, 2 kept" in out
    assert sources_of(default_store_path()) == {"one.txt", "two.txt", "three.txt"}


async def test_plain_tui_browse_opens_the_library_never_the_samples(two_folders, monkeypatch, settle):
    a, b = two_folders
    build_store(sorted(a.glob("*.txt")), default_store_path())
    build_store(sorted(b.glob("*.txt")), default_store_path())
    before = default_store_path().read_bytes()
    app = opened_by_launch(monkeypatch, [])
    assert app.db == default_store_path() and app.sources is None and not app.refresh_sources
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.store is not None and {a["source"] for a in app.store.articles.values()} == {
            "one.txt", "two.txt", "three.txt"}
    assert default_store_path().read_bytes() == before, "opening the library never rebuilds it"
    assert not samples_store_path().exists()


async def test_with_no_library_the_samples_open_in_their_own_store(monkeypatch, seed_files, settle):
    app = opened_by_launch(monkeypatch, [])
    assert app.db == samples_store_path() and app.replace_sources
    assert sorted(p.name for p in app.sources) == [f.name for f in seed_files]
    notes = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.store is not None and app.store.counts()["articles"] == 15
    assert any("tui-browse build FOLDER" in n for n in notes), "it says how to add one's own articles"
    assert not default_store_path().exists(), "the samples never become the library"
    again = opened_by_launch(monkeypatch, [])
    assert again.db == samples_store_path() and again.sources is None, "current samples are not rebuilt"


def test_replace_keeps_exactly_the_sources_given_and_says_how_many_went(two_folders, capsys):
    a, b = two_folders
    db = default_store_path()
    build_store(sorted(a.glob("*.txt")), db)
    assert main(["build", str(b), "--replace"]) == 0
    out = capsys.readouterr().out.replace("\n", " ")
    assert "removed 2 sources" in out and "1 added" in out
    assert sources_of(db) == {"three.txt"}


def test_remove_takes_out_by_name_path_or_folder_and_nothing_else(two_folders, tmp_path, capsys):
    a, b = two_folders
    db = tmp_path / "lib.json"
    build_store([*sorted(a.glob("*.txt")), *sorted(b.glob("*.txt"))], db)
    assert main(["remove", "one.txt", "--db", str(db)]) == 0
    assert sources_of(db) == {"two.txt", "three.txt"}
    assert main(["remove", str(b / "three.txt"), "--db", str(db)]) == 0
    assert sources_of(db) == {"two.txt"}
    before = db.read_bytes()
    assert main(["remove", "nowhere.txt", "--db", str(db)]) == 2
    assert "not in" in capsys.readouterr().err and db.read_bytes() == before
    report = remove_sources(db, [str(a)])
    assert report.removed == ["two.txt"] and not Store.open(db).articles


def test_the_same_text_under_two_names_is_one_source(two_folders, tmp_path, capsys):
    a, _ = two_folders
    db = tmp_path / "lib.json"
    shutil.copy(a / "one.txt", a / "one_copy.txt")
    # the copy listed first: which one is the source is decided by path, not by listing order
    report = build_store([a / "one_copy.txt", a / "one.txt", a / "two.txt"], db)
    assert report.added == ["one.txt", "two.txt"]
    assert report.duplicates == [(str(a / "one_copy.txt"), "one.txt")]
    elsewhere = tmp_path / "elsewhere" / "copy.txt"
    elsewhere.parent.mkdir()
    shutil.copy(a / "two.txt", elsewhere)
    assert main(["build", str(elsewhere), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "copy.txt: the same text as two.txt" in captured.err.replace("\n", "")
    assert "1 duplicates" in captured.out.replace("\n", " ")
    assert len(Store.open(db).articles) == 2


def test_a_file_of_the_same_name_from_another_folder_is_another_source(two_folders, tmp_path):
    a, _ = two_folders
    db = tmp_path / "lib.json"
    build_store([a / "one.txt"], db)
    other = article(tmp_path / "other", "one.txt", "即墨区", 20)
    report = build_store([other], db)
    assert report.added == [str(other)] and report.kept == ["one.txt"]
    assert sources_of(db) == {"one.txt", str(other)}


def test_a_parser_change_reparses_from_the_recorded_paths(two_folders, tmp_path, monkeypatch, capsys):
    import tui_browse.store.build
    a, b = two_folders
    db = tmp_path / "lib.json"
    build_store([*sorted(a.glob("*.txt")), *sorted(b.glob("*.txt"))], db)
    (a / "one.txt").unlink()
    article(a, "two.txt", "胶州市", 40)          # changed since: the new text is read
    monkeypatch.setattr(tui_browse.store.build, "PARSER_VERSION", "9.9.9+changed")
    report = build_store([], db)              # nothing named: only the store's own sources
    assert sorted(report.updated) == ["three.txt", "two.txt"]
    assert report.stale == [("one.txt", f"{a / 'one.txt'} is gone")]
    data = json.loads(db.read_text(encoding="utf-8"))
    assert data["meta"]["1"]["stale"] == {"one.txt": f"{a / 'one.txt'} is gone"}
    assert data["meta"]["1"]["parser_version"] == "9.9.9+changed"
    raws = {f["raw"] for f in data["figures"].values()}
    assert {"40个", "11个"} <= raws and "12个" not in raws, "the changed file's new figures, the gone file's old ones kept"
    assert main(["build", "--refresh", "--db", str(db)]) == 0
    assert "stale" in capsys.readouterr().err
    assert main(["remove", "one.txt", "--db", str(db)]) == 0
    assert json.loads(db.read_text(encoding="utf-8"))["meta"]["1"]["stale"] == {}


def test_launch_refreshes_a_library_built_by_another_parser(two_folders, monkeypatch):
    from tui_browse import launch as launch_module
    a, _ = two_folders
    build_store(sorted(a.glob("*.txt")), default_store_path())
    assert not opened_by_launch(monkeypatch, []).refresh_sources
    monkeypatch.setattr(launch_module, "PARSER_VERSION", "9.9.9+changed")
    app = opened_by_launch(monkeypatch, [])
    assert app.db == default_store_path() and app.refresh_sources and app.sources is None


def test_a_store_built_before_paths_were_recorded_adopts_its_files(two_folders, tmp_path):
    a, _ = two_folders
    db = tmp_path / "lib.json"
    build_store(sorted(a.glob("*.txt")), db)
    data = json.loads(db.read_text(encoding="utf-8"))
    for key in ("paths", "stale"):
        del data["meta"]["1"][key]
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = build_store(sorted(a.glob("*.txt")), db)
    assert report.added == [] and sorted(report.kept) == ["one.txt", "two.txt"]
    assert set(json.loads(db.read_text(encoding="utf-8"))["meta"]["1"]["paths"]) == {"one.txt", "two.txt"}


def test_a_store_given_as_a_source_is_refused(two_folders, tmp_path, capsys):
    a, _ = two_folders
    db = tmp_path / "lib.json"
    build_store(sorted(a.glob("*.txt")), db)
    other = tmp_path / "other.json"
    assert main(["build", str(db), "--db", str(other)]) == 1
    err = capsys.readouterr().err.replace("\n", "")
    assert f"{db}: this is a tui-browse store, not an article" in err
    assert not other.exists()
    before = db.read_bytes()
    assert main(["build", str(db), "--db", str(db)]) == 1, "into a store that has articles: still refused"
    assert "nothing could be read" in capsys.readouterr().err and db.read_bytes() == before


def test_a_folder_holding_a_store_and_its_index_yields_only_articles(two_folders):
    a, _ = two_folders
    db = a / "lib.json"
    build_store(sorted(a.glob("*.txt")), db)
    assert (a / "lib.json.index" / "texts.txt").exists()
    from tui_browse.store import collect_sources
    files, _ = collect_sources([a])
    assert sorted(f.name for f in files) == ["one.txt", "two.txt"]


def test_removing_from_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        remove_sources(tmp_path / "none.json", ["x.txt"])


async def test_a_damaged_library_is_rebuilt_from_its_own_files_never_the_samples(two_folders, settle):
    from tui_browse.app import BrowserApp
    from tui_browse.screens.problem import ProblemScreen
    a, b = two_folders
    db = default_store_path()
    build_store([*sorted(a.glob("*.txt")), *sorted(b.glob("*.txt"))], db)
    db.write_text('{"articles": ', encoding="utf-8")      # truncated by a crash elsewhere
    app = BrowserApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemScreen) and "one.txt" in app.screen.rebuild_from
        await pilot.press("r")
        await settle(app, pilot)
        assert app.store is not None
    assert sources_of(db) == {"one.txt", "two.txt", "three.txt"}
    assert len(list(db.parent.glob("store.json.bad-*"))) == 1, "the damaged file is kept aside"


def test_two_places_of_one_name_are_two_regions(tmp_path):
    """朝阳区 of 北京市 and 朝阳区 of 长春市: each figure stays with its own city."""
    beijing = article(tmp_path / "a", "beijing.txt", "北京市朝阳区", 21)
    changchun = article(tmp_path / "b", "changchun.txt", "吉林省长春市朝阳区", 52)
    db = tmp_path / "lib.json"
    build_store([beijing, changchun], db)
    store = Store.open(db)
    chaoyang = [label for label, r in store.regions.items() if r["name"] == "朝阳区"]
    assert len(chaoyang) == 2 and sorted(store.regions[c]["parent"] for c in chaoyang) == ["北京市", "长春市"]
    assert sorted(chaoyang) == ["朝阳区（北京市）", "朝阳区（长春市）"]
    raws = {store.figures[f]["raw"] for f in store.figures_of_region("北京市")}
    assert "21个" in raws and "52个" not in raws
    assert {store.figures[f]["raw"] for f in store.figures_of_region("长春市")} >= {"52个"}
    data = json.loads(db.read_text(encoding="utf-8"))
    keys = {r["key"] for r in data["regions"].values() if r["name"] == "朝阳区"}
    assert keys == {"110105", "220104"}, "the national division codes identify them"
    # adding another Beijing story keeps one 朝阳区 of 北京市
    build_store([article(tmp_path / "c", "again.txt", "北京市朝阳区", 30)], db)
    assert sum(r["name"] == "朝阳区" for r in json.loads(db.read_text(encoding="utf-8"))["regions"].values()) == 2


def test_figures_by_a_shared_name_asks_which_region(tmp_path, capsys):
    db = tmp_path / "lib.json"
    build_store([article(tmp_path / "a", "beijing.txt", "北京市朝阳区", 21),
                 article(tmp_path / "b", "changchun.txt", "吉林省长春市朝阳区", 52)], db)
    assert main(["figures", "--region", "朝阳区", "--db", str(db)]) == 1
    assert "朝阳区（北京市）, 朝阳区（长春市）" in capsys.readouterr().err.replace("\n", "")
    assert main(["figures", "--region", "朝阳区（长春市）", "--format", "json", "--db", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["region"] == "朝阳区" and r["city"] == "长春市" for r in rows) and "52个" in {r["figure"] for r in rows}


def test_quiet_builds_count_duplicates_in_one_line(two_folders, tmp_path, capsys):
    a, _ = two_folders
    shutil.copy(a / "one.txt", a / "one-copy.txt")
    assert main(["build", str(a), "--db", str(tmp_path / "q.json"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "1 files repeat the text of a source already in the store" in err and "one-copy.txt" not in err


def _tables(db: Path) -> dict:
    data = json.loads(db.read_text(encoding="utf-8"))
    data["meta"]["1"].pop("built_at")
    return data


def test_adding_to_a_store_reads_it_a_line_at_a_time_and_keeps_every_record(two_folders, tmp_path, monkeypatch):
    """A store is written one record a line; the next build copies the records it keeps from
    those lines without reading the store whole, and gives the store a whole read gives."""
    import orjson
    import tui_browse.store.build as build_module
    a, b = two_folders
    lines, whole = tmp_path / "lines.json", tmp_path / "whole.json"
    build_store(sorted(a.iterdir()), lines)
    text = lines.read_bytes()
    assert text.startswith(b'{"articles":{\n"1":{') and text.count(b"\n") > 10
    whole.write_bytes(orjson.dumps(orjson.loads(text)))        # the same store on one line
    assert b"\n" not in whole.read_bytes()
    build_store(sorted(b.iterdir()), whole)                     # read whole, as any JSON store can be

    def no_whole_read(path):
        raise AssertionError(f"{path} was read whole")
    monkeypatch.setattr(build_module, "load_json", no_whole_read)
    report = build_store(sorted(b.iterdir()), lines)
    assert report.kept == ["one.txt", "two.txt"] and report.added == ["three.txt"]
    assert _tables(lines) == _tables(whole)


def test_a_damaged_record_found_while_copying_moves_the_store_aside_and_reads_the_files_again(two_folders, tmp_path):
    a, b = two_folders
    db = tmp_path / "lib.json"
    build_store(sorted(a.iterdir()), db)
    text = db.read_text(encoding="utf-8")
    figure_line = next(line for line in text.splitlines() if '"raw":"11个"' in line)
    db.write_text(text.replace(figure_line, figure_line.replace('"raw":"11个"', '"raw":"99个"')), encoding="utf-8")
    report = build_store(sorted(b.iterdir()), db)
    assert report.moved_aside is not None and report.moved_aside.exists()
    assert any("damaged" in note and "raw" in note for note in report.notes)
    assert sources_of(db) == {"one.txt", "two.txt", "three.txt"}, "its sources read again from their files"
    raws = {f["raw"] for f in Store.open(db).figures.values()}
    assert "11个" in raws and "99个" not in raws


def test_a_store_kept_in_another_order_than_written_is_read_whole(two_folders, tmp_path):
    """The line reader copies sections and figures in one pass, so it takes sources only in the
    order they were written; asked otherwise it says so, and the build reads the store whole."""
    from tui_browse.store.previous import open_streamed
    a, _ = two_folders
    db = tmp_path / "lib.json"
    build_store(sorted(a.iterdir()), db)
    assert open_streamed(db).prepare(["one.txt", "two.txt"])
    assert not open_streamed(db).prepare(["two.txt", "one.txt"])
    one_line = tmp_path / "one-line.json"
    one_line.write_bytes(db.read_bytes().replace(b"\n", b""))
    assert open_streamed(one_line) is None, "another layout is read whole"
    cut = tmp_path / "cut.json"
    cut.write_bytes(db.read_bytes()[:-40])
    assert open_streamed(cut) is None, "a store cut short is read whole, which says what is wrong"


def test_a_store_read_whole_after_all_that_does_not_parse_is_moved_aside(two_folders, tmp_path, monkeypatch):
    from tui_browse.store.previous import StreamedStore
    a, b = two_folders
    db = tmp_path / "lib.json"
    build_store(sorted(a.iterdir()), db)
    text = db.read_text(encoding="utf-8")
    section = next(line for line in text.splitlines() if '"article_id":' in line)
    db.write_text(text.replace(section, section[:len(section) // 2] + ","), encoding="utf-8")
    monkeypatch.setattr(StreamedStore, "prepare", lambda self, sources: False)   # another order
    report = build_store(sorted(b.iterdir()), db)
    assert report.moved_aside is not None and report.moved_aside.exists()
    assert sources_of(db) == {"one.txt", "two.txt", "three.txt"}
