"""The app survives what users and other programs do to it."""
import json

import pytest

from tui_browse.store import build_store
from tui_browse.app import BrowserApp
from tui_browse.widgets.detail import DetailView
from tui_browse.widgets.numbers import NumbersPanel
from tui_browse.widgets.region_tree import RegionTree
from tui_browse.widgets.search import SearchBox, SearchResults


async def test_a_store_rewritten_on_disk_is_offered_for_reload(tmp_path, seed_files, settle, notifications):
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    app = BrowserApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        before = app.store.counts()["articles"]
        build_store(seed_files[:3], db)            # another build replaces the file
        app.check_store_changed()
        await pilot.pause()
        assert any("changed on disk" in m for m in notifications)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert app.store.counts()["articles"] > before


async def test_long_queries_and_pasted_control_characters(seed_store, settle):
    app = BrowserApp(db=seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        box = app.query_one(SearchBox)
        box.focus()
        box.value = "项目投资" * 250                  # 1,000 characters
        await settle(app, pilot)
        assert app.query_one(SearchResults).results == []
        box.value = "胶州\x00\x1b[31m\x07\t项目"          # pasted with terminal junk
        await settle(app, pilot)
        results = app.query_one(SearchResults).results
        assert results and results[0].region == "胶州市"


async def test_resizing_to_a_tiny_terminal_and_back(seed_store, settle):
    app = BrowserApp(db=seed_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "胶州市")
        await pilot.resize_terminal(20, 10)
        await pilot.pause()
        await pilot.press("j", "k", "tab", "c")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert app.query_one(DetailView).size.width > 40
        assert app.selected is not None


@pytest.fixture
def big_store(tmp_path):
    """One section of about 100,000 characters and one region with 20,000 figures."""
    src = tmp_path / "big"
    src.mkdir()
    para = "今年以来，巨量街道新增企业{n}家，总投资{n}亿元，同比增长{n}%。"
    body = "\n\n".join(para.format(n=i % 997 + 1) for i in range(2400))       # ~100k chars, 7200 figures
    (src / "long.txt").write_text("巨量街道发展纪实\n\n□本报记者 王明\n\n" + body + "\n", encoding="utf-8")
    many = "\n\n".join(f"第{i}段：海量镇新增项目{i % 50 + 1}个，投资{i % 90 + 1}万元。" for i in range(10_000))
    (src / "many.txt").write_text("海量镇经济运行\n\n□本报记者 李华\n\n" + many + "\n", encoding="utf-8")
    db = tmp_path / "big.json"
    report = build_store(sorted(src.glob("*.txt")), db)
    assert report.ok
    return db


async def test_a_100k_character_section_and_a_20k_figure_region(big_store, settle):
    app = BrowserApp(db=big_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        store = app.store
        long_sid = max(store.sections, key=lambda s: len(store.sections[s]["text"]))
        assert len(store.sections[long_sid]["text"]) > 90_000
        app.open_node("section", long_sid)
        await pilot.pause()
        detail = app.query_one(DetailView)
        detail.focus()
        await pilot.press("end")
        await pilot.pause()
        assert detail.scroll_offset.y > 1000
        region = max(store.regions, key=store.figure_count)
        assert store.figure_count(region) >= 20_000
        app.open_node("region", region)
        await pilot.pause()
        numbers = app.query_one(NumbersPanel)
        assert numbers.row_count == len(numbers.shown_ids) >= 20_000
        numbers.focus()
        await pilot.press("s", "s", "s", "right_square_bracket")
        assert numbers.cursor_row > 0 and numbers.sort_key == "value"
        await pilot.press("Y")
        assert app.clipboard.count("\n") == len(numbers.shown_ids)


async def test_clipboard_failures_are_reported_not_raised(seed_store, monkeypatch, settle, notifications):
    import tui_browse.app
    app = BrowserApp(db=seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(tui_browse.app, "local_copy", lambda text: "no xclip or xsel found")
        app.copy("56.7亿元", "figure 56.7亿元")
        await pilot.pause()
        assert any("no local clipboard: no xclip or xsel found" in m for m in notifications)

        def broken(text):
            raise OSError("terminal went away")
        monkeypatch.setattr(app, "copy_to_clipboard", broken)
        app.copy("56.7亿元", "figure 56.7亿元")
        await pilot.pause()
        assert any("Could not copy figure 56.7亿元: terminal went away" in m for m in notifications)


async def test_a_store_that_turns_corrupt_before_reload_is_explained(tmp_path, seed_files, settle):
    from tui_browse.screens.problem import ProblemScreen
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    app = BrowserApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        db.write_text(json.dumps({"nonsense": True}), encoding="utf-8")
        app.check_store_changed()
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert "not a tui-browse store" in app.screen.message


async def test_every_row_of_a_large_region_is_reachable(big_store, settle):
    app = BrowserApp(db=big_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        region = max(app.store.regions, key=app.store.figure_count)
        app.open_node("region", region)
        numbers = app.query_one(NumbersPanel)
        numbers.focus()
        await pilot.press("end")
        await pilot.pause()
        last = len(numbers.shown_ids) - 1
        assert numbers.cursor_row == last and numbers.current_figure == numbers.shown_ids[last]
        top = numbers.scroll_offset.y
        assert top <= last < top + numbers.scrollable_content_region.height, "the last row is on screen"
        assert app.query_one(DetailView).current_figure == numbers.shown_ids[last]
        await pilot.press("up", "pageup")
        assert numbers.cursor_row < last - 1
        await pilot.press("home")
        assert numbers.cursor_row == 0 and numbers.scroll_offset.y == 0


async def test_the_browser_builds_a_folder_big_enough_for_worker_processes(tmp_path, seed_files, settle):
    """`tui-browse FOLDER` builds inside the app, where sys.stderr is Textual's capture (no file
    descriptor): starting the parsing processes used to fail there."""
    from tui_browse.store.build import PARALLEL_THRESHOLD
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(PARALLEL_THRESHOLD + 4):
        seed = seed_files[n % len(seed_files)]
        (folder / f"{n:02d}_{seed.name}").write_bytes(seed.read_bytes() + f"\n第{n}期。\n".encode())
    app = BrowserApp(db=tmp_path / "s.json", sources=[str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.store is not None
        assert app.store.counts()["articles"] >= PARALLEL_THRESHOLD + 4


async def test_the_region_tree_is_drawn_afresh_at_each_size(seed_store, settle):
    """The tree skips Textual's own resize handling (a second layout of the screen): its lines must
    still fit the new width, and come back whole when the terminal grows again."""
    def lines(tree):
        strips = tree.render_lines(tree.region.reset_offset)
        return [s.text.rstrip() for s in strips if s.text.strip()]

    app = BrowserApp(db=seed_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tree = app.query_one(RegionTree)
        wide = lines(tree)
        assert any("青岛市  " in line for line in wide)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        narrow = lines(tree)
        assert narrow and {s.cell_length for s in tree.render_lines(tree.region.reset_offset)} == \
            {tree.outer_size.width}
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert lines(tree) == wide
        await pilot.press("down")
        assert tree.cursor_line == 1


async def test_the_detail_pane_wraps_again_at_the_size_a_resize_stops_at(seed_store, settle):
    """The text is wrapped again once the terminal stops changing size (not inside the resize's own
    layout): afterwards every line fits the new width and no sideways scroll bar shows."""
    from rich.cells import cell_len

    app = BrowserApp(db=seed_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        store = app.store
        longest = max(store.sections, key=lambda s: len(store.sections[s]["text"]))
        app.open_node("section", longest)
        await pilot.pause()
        detail = app.query_one(DetailView)
        wide = len(detail.shown_lines)
        for width in (90, 70, 60):          # dragged narrower: one wrap, at the last size
            await pilot.resize_terminal(width, 40)
        await pilot.pause(0.3)
        narrow = detail.shown_lines
        assert len(narrow) > wide
        text = [line.plain for line in narrow if not line.plain.startswith("─")]   # (the rule is cut to fit)
        assert max(map(cell_len, text)) <= detail.size.width
        assert not detail.show_horizontal_scrollbar
