"""The browser, driven headless as a user would: keys in, what the screen and clipboard hold out."""
import csv
import io
import json

import pytest

from tui_browse.store import SCHEMA_VERSION, Store
from tui_browse.app import BrowserApp
from tui_browse.screens.help import HelpScreen
from tui_browse.screens.problem import ProblemScreen
from tui_browse.widgets.detail import DetailView
from tui_browse.widgets.numbers import NumbersPanel
from tui_browse.widgets.region_tree import RegionTree
from tui_browse.widgets.search import SearchBox, SearchResults


def detail_text(app) -> str:
    return "\n".join(line.plain for line in app.query_one(DetailView).shown_lines)


async def type_query(settle, pilot, app, text, focus=True):
    if focus:
        await pilot.press("slash")
    for ch in text:
        await pilot.press(ch) if ch != " " else await pilot.press("space")
    await settle(app, pilot)


@pytest.fixture
def app(seed_store, tmp_path):
    return BrowserApp(db=seed_store, export_dir=tmp_path / "exports")


async def test_opens_the_store_with_the_region_tree_and_counts(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tree = app.query_one(RegionTree)
        assert [n.data for n in tree.root.children] == [("region", "山东省")]
        counts = Store.open(app.db).counts()
        assert f"{counts['articles']:,} articles" in app.sub_title
        assert f"{counts['figures']:,} figures" in app.sub_title
        assert app.selected == ("region", "山东省")
        assert app.focused is tree


async def test_tree_keys_move_expand_collapse_and_open(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tree = app.query_one(RegionTree)
        await pilot.press("j")                    # 山东省 -> first city
        city = tree.cursor_node
        assert city.data[0] == "region" and city.parent.data == ("region", "山东省")
        await pilot.press("l")                    # expand it
        assert city.is_expanded and city.children
        await pilot.press("j")
        await pilot.press("enter")           # open the first thing under it
        assert app.selected == city.children[0].data
        await pilot.press("k", "h")               # back up, collapse
        assert not city.is_expanded
        await pilot.press("h")                    # on a collapsed node: go to the parent
        assert tree.cursor_node.data == ("region", "山东省")


async def test_opening_a_section_shows_its_text_source_and_figures(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        store = app.store
        sid = next(s for s, sec in store.sections.items() if sec["region"] == "惜福镇街道"
                   and any(store.figures[f]["raw"] == "56.7亿元" for f in store.section_figures[s]))
        app.open_node("section", sid)
        await pilot.pause()
        text = detail_text(app)
        assert store.sections[sid]["title"] in text
        assert "山东省 › 青岛市 › 城阳区 › 惜福镇街道" in text
        assert "000_5ac5c8110496cf8f.txt" in text
        assert "总投资约56.7亿元" in text
        numbers = app.query_one(NumbersPanel)
        assert len(numbers.shown_ids) == len(store.section_figures[sid]) == numbers.row_count
        assert app.query_one(RegionTree).cursor_node.data == ("section", sid)


async def test_space_opens_a_node_too(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "space")
        assert app.selected == app.query_one(RegionTree).cursor_node.data
        assert app.selected != ("region", "山东省")


@pytest.mark.parametrize("query,expected", [
    ("胶州", ("region", "胶州市")),          # simplified
    ("膠州", ("region", "胶州市")),          # traditional script finds simplified text
    ("jiaozhou", ("region", "胶州市")),      # full pinyin
    ("jz", ("region", "胶州市")),            # initials
])
async def test_search_as_you_type_and_open_the_best_result(app, query, expected, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(settle, pilot, app, query)
        results = app.query_one(SearchResults)
        assert results.has_class("-visible") and results.chosen is not None
        assert (results.chosen.kind, results.chosen.key) == expected
        await pilot.press("enter")
        await pilot.pause()
        assert app.selected == expected
        assert app.query_one(RegionTree).cursor_node.data == expected
        assert all(app.store.figures[f]["region"] == "胶州市" for f in app.query_one(NumbersPanel).shown_ids)


async def test_results_update_on_every_keystroke_and_all_words_must_match(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(settle, pilot, app, "惜福")
        first = [(r.kind, r.key) for r in app.query_one(SearchResults).results]
        await type_query(settle, pilot, app, " 207", focus=False)   # appends to the query, no Enter
        narrowed = app.query_one(SearchResults).results
        assert len(narrowed) < len(first)
        assert narrowed and all("207" in app.store.sections[r.key]["text"] for r in narrowed if r.kind == "section")
        assert narrowed[0].snippet_spans, "matches are highlighted in the snippet"


async def test_down_arrow_picks_another_result(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await type_query(settle, pilot, app, "项目")
        results = app.query_one(SearchResults)
        second = results.results[1]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.selected == (second.kind, second.key)


async def test_a_query_with_no_result_says_so_and_esc_clears_and_returns(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tree = app.query_one(RegionTree)
        await type_query(settle, pilot, app, "火星基地")
        results = app.query_one(SearchResults)
        assert results.results == []
        assert "No results" in str(results.get_option_at_index(0).prompt)
        await pilot.press("enter")            # nothing to open: nothing changes
        assert app.selected == ("region", "山东省")
        await pilot.press("escape")
        assert app.query_one(SearchBox).value == ""
        assert not results.has_class("-visible")
        assert app.focused is tree


async def test_numbers_sort_by_value_and_filter_by_kind(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "青岛市")
        numbers = app.query_one(NumbersPanel)
        numbers.focus()
        await pilot.press("s", "s", "s")        # label -> figure -> value
        assert numbers.sort_key == "value" and numbers.sort_reverse
        values = [app.store.figures[f]["value"] for f in numbers.shown_ids]
        assert values == sorted(values, reverse=True)
        await pilot.press("r")
        values = [app.store.figures[f]["value"] for f in numbers.shown_ids]
        assert values == sorted(values)
        await pilot.press("1")
        assert numbers.shown_ids and {app.store.figures[f]["kind"] for f in numbers.shown_ids} == {"money"}
        await pilot.press("2")
        assert {app.store.figures[f]["kind"] for f in numbers.shown_ids} == {"percent"}
        await pilot.press("5")
        assert not {app.store.figures[f]["kind"] for f in numbers.shown_ids} & {"money", "percent", "count", "area"}
        await pilot.press("0")
        assert len(numbers.shown_ids) == len(app.store.figures_of_region("青岛市"))
        assert "sorted by value" in numbers.border_subtitle


async def test_clicking_a_column_header_sorts_by_it(app, settle):
    from tui_browse.widgets.numbers import GAP
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        numbers = app.query_one(NumbersPanel)
        # the "kind" header: after label, figure, value and unit
        widths = numbers.table_layout.widths
        x = sum(widths[k] + GAP for k in ("label", "raw", "value", "unit")) + 2
        await pilot.click(NumbersPanel, offset=(x + 1, 1))   # + the border
        kinds = [app.store.figures[f]["kind"] for f in numbers.shown_ids]
        assert numbers.sort_key == "kind" and kinds == sorted(kinds)
        await pilot.click(NumbersPanel, offset=(x + 1, 1))
        assert numbers.sort_reverse, "the same header again turns the order round"


async def test_clicking_a_row_selects_its_figure(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "青岛市")
        await pilot.pause()
        numbers = app.query_one(NumbersPanel)
        await pilot.click(NumbersPanel, offset=(4, 1 + 1 + 2))   # border, header, third row
        assert numbers.has_focus and numbers.cursor_row == 2
        assert app.query_one(DetailView).current_figure == numbers.shown_ids[2]


async def test_selecting_a_row_shows_and_highlights_that_figure(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "青岛市")
        numbers = app.query_one(NumbersPanel)
        numbers.focus()
        await pilot.press("down", "down", "down")
        await pilot.pause()
        fid = numbers.current_figure
        detail = app.query_one(DetailView)
        assert detail.section_id == app.store.figures[fid]["section_id"]
        assert detail.current_figure == fid
        line = detail.line_of_figure(fid)
        assert detail.scroll_offset.y <= line < detail.scroll_offset.y + detail.size.height
        assert app.store.figures[fid]["raw"] in detail.shown_lines[line].plain


async def test_copy_keys_put_figure_value_row_and_table_on_the_clipboard(app, quiet_app, settle, notifications):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "惜福镇街道")
        numbers = app.query_one(NumbersPanel)
        numbers.focus()
        row = next(i for i, f in enumerate(numbers.shown_ids) if app.store.figures[f]["raw"] == "56.7亿元")
        numbers.move_cursor(row=row)
        await pilot.pause()
        await pilot.press("c")
        assert app.clipboard == "56.7亿元"
        await pilot.pause()
        assert "Copied 56.7亿元" in notifications, "one short line"
        await pilot.press("v")
        assert app.clipboard == "5670000000"
        await pilot.press("y")
        from tui_browse.export import NAMES
        row = dict(zip(NAMES, app.clipboard.split("\t")))
        assert len(app.clipboard.split("\t")) == len(NAMES)
        assert (row["label"], row["figure"], row["value"], row["unit"], row["region"]) == (
            "总投资", "56.7亿元", "5670000000", "元", "惜福镇街道")
        assert (row["province"], row["city"], row["county"], row["town"]) == ("山东省", "青岛市", "城阳区", "惜福镇街道")
        assert row["source"].endswith("000_5ac5c8110496cf8f.txt")
        await pilot.press("Y")
        lines = app.clipboard.split("\n")
        assert lines[0].split("\t") == list(NAMES)
        assert len(lines) == len(numbers.shown_ids) + 1
        assert quiet_app[-1] == app.clipboard          # the local clipboard got the same text
        assert any(n == f"Copied {len(numbers.shown_ids)} rows" for n in notifications)


async def test_a_missing_local_clipboard_is_mentioned_once(app, settle, notifications, monkeypatch):
    import tui_browse.app
    monkeypatch.setattr(tui_browse.app, "local_copy", lambda text: "no xclip")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "胶州市")
        app.query_one(NumbersPanel).focus()
        for _ in range(3):
            await pilot.press("c")
            await settle(app, pilot)
    copies = [n for n in notifications if n.startswith("Copied")]
    assert len(copies) == 3 and sum("no local clipboard" in n for n in copies) == 1


async def test_detail_pane_copies_the_section_text_and_toggles_the_original(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        sid = next(s for s, sec in app.store.sections.items() if sec["region"] == "胶州市")
        app.open_node("section", sid)
        detail = app.query_one(DetailView)
        detail.focus()
        await pilot.press("c")
        assert app.clipboard == app.store.sections[sid]["text"]
        await pilot.press("o")
        assert "膠州市" in detail_text(app) and "original text" in detail_text(app)
        await pilot.press("c")
        assert app.clipboard == app.store.sections[sid]["original"]
        await pilot.press("o")
        assert "胶州市" in detail_text(app)


async def test_export_writes_csv_with_bom_and_says_where(app, tmp_path, settle, notifications):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "城阳区")
        await pilot.press("e")
        await pilot.pause()
        from tui_browse.screens.export import ExportScreen
        assert isinstance(app.screen, ExportScreen), "e asks where to save and as what"
        box = app.screen.query_one("#export-path")
        assert box.value.startswith(str(tmp_path / "exports")) and box.value.endswith(".csv")
        await pilot.press("enter")
        await pilot.pause()
        path = app.last_export
        assert path.parent == tmp_path / "exports"
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) == len(app.store.figures_of_region("城阳区"))
        assert {r["region"] for r in rows} <= {"城阳区", "惜福镇街道"}
        assert any(str(path) in n for n in notifications)


async def test_export_as_xlsx_to_a_path_the_user_types(app, tmp_path, settle):
    import openpyxl
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "胶州市")
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-formats").query("RadioButton")[1].value = True   # XLSX
        await pilot.pause()
        box = app.screen.query_one("#export-path")
        assert box.value.endswith(".xlsx"), "the suffix follows the format"
        box.value = str(tmp_path / "mine" / "jiaozhou.xlsx")
        await pilot.press("enter")
        await pilot.pause()
        sheet = openpyxl.load_workbook(tmp_path / "mine" / "jiaozhou.xlsx")["figures"]
        assert sheet.max_row == len(app.store.figures_of_region("胶州市")) + 1
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#export-path").value.endswith(".xlsx"), "the format chosen last is offered"
        await pilot.press("escape")
        await pilot.pause()
        from tui_browse.screens.export import ExportScreen
        assert not isinstance(app.screen, ExportScreen), "escape closes it without saving"


async def test_help_screen_lists_every_binding(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from tui_browse.bindings import KEYS
        table = app.screen.query_one("#help-table").content
        from rich.console import Console
        console = Console(width=300, record=True, file=io.StringIO())
        console.print(table)
        rendered = console.export_text()
        for k in KEYS:
            assert k.description in rendered
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_tab_cycles_focus_through_tree_search_detail_numbers(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert set(seen) == {"SearchBox", "DetailView", "NumbersPanel", "RegionTree"}
        await pilot.press("shift+tab")
        assert type(app.focused).__name__ == seen[-2]


async def test_command_palette_goes_to_a_region(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        for ch in "go to region 莱西":
            await pilot.press(ch if ch != " " else "space")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.selected == ("region", "莱西市")


async def test_a_missing_store_is_explained_and_a_rebuild_offered(tmp_path, seed_files, settle):
    db = tmp_path / "none.json"
    app = BrowserApp(db=db, rebuild_from=[seed_files[0]])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert "no store at" in app.screen.message
        await pilot.press("r")
        await settle(app, pilot)
        assert app.store is not None and app.store.counts()["articles"] >= 1
        assert db.exists()


async def test_a_corrupt_store_is_kept_aside_on_rebuild(tmp_path, seed_files, settle):
    db = tmp_path / "s.json"
    db.write_text('{"articles": ', encoding="utf-8")
    app = BrowserApp(db=db, rebuild_from=[seed_files[1]])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ProblemScreen) and "not valid JSON" in app.screen.message
        await pilot.click("#rebuild")
        await settle(app, pilot)
        kept = list(tmp_path.glob("s.json.bad-*"))
        assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == '{"articles": '
        assert app.store is not None


async def test_an_empty_store_says_it_holds_no_articles(tmp_path, settle):
    db = tmp_path / "empty.json"
    db.write_text(json.dumps({"articles": {}, "sections": {}, "figures": {}, "regions": {},
                              "meta": {"1": {"schema_version": SCHEMA_VERSION}}}), encoding="utf-8")
    app = BrowserApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "holds no articles" in detail_text(app)


async def test_building_from_sources_inside_the_app(tmp_path, seed_files, settle, notifications):
    db = tmp_path / "built.json"
    app = BrowserApp(db=db, sources=seed_files[:2])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.store is not None and set(app.store.articles[a]["source"] for a in app.store.articles) == {
            f.name for f in seed_files[:2]}
        assert any("Built built.json" in n for n in notifications)


async def test_markup_in_article_text_shows_literally(tmp_path, settle):
    from tui_browse.store import build_store
    src = tmp_path / "markup.txt"
    src.write_text("[b]惜福镇街道[/b]新闻\n\n□本报记者 王明\n\n惜福镇街道[red]新增企业20家[/red]，总投资[b]3亿元。\n",
                   encoding="utf-8")
    db = tmp_path / "m.json"
    build_store([src], db)
    app = BrowserApp(db=db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        sid = next(iter(app.store.sections))
        app.open_node("section", sid)
        await pilot.pause()
        assert "[red]新增企业20家[/red]" in detail_text(app)
        assert "[b]惜福镇街道[/b]新闻" in detail_text(app)


async def test_a_small_terminal_still_shows_every_pane(app, settle):
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        for widget in (RegionTree, DetailView, NumbersPanel, SearchBox):
            region = app.query_one(widget).region
            assert region.width > 0 and region.height > 0, widget.__name__
        await pilot.press("j", "enter")
        assert app.selected != ("region", "山东省")


def test_search_offsets_survive_letters_that_fold_longer(tmp_path):
    from tui_browse.store import build_store
    from tui_browse.store.search import SearchIndex
    src = tmp_path / "a.txt"
    src.write_text("Straße项目\n\n今年以来，Straße街道新增企业20家。\n\n第二节\n\n惜福镇街道总投资约56.7亿元。\n", encoding="utf-8")
    db = tmp_path / "s.json"
    build_store([src], db)
    from tui_browse.store import Store
    index = SearchIndex(Store.open(db))
    (hit,) = [r for r in index.search("56.7亿元") if r.kind == "section"]
    assert "56.7亿元" in index.store.sections[hit.key]["text"]


def test_short_letter_queries_are_initials_longer_ones_spellings(seed_store):
    from tui_browse.store import Store
    from tui_browse.store.search import SearchIndex
    index = SearchIndex(Store.open(seed_store))
    regions = lambda q: [r.key for r in index.search(q) if r.kind == "region"]
    assert regions("jz")[0] == "胶州市"              # initials
    assert "胶州市" in regions("jiaozhou")           # full spelling
    assert "胶州市" in regions("zhou")               # part of a spelling, three letters or more
    assert "胶州市" not in regions("zh")             # two letters are initials only: 胶州市 is jzs


def _many_sections_store(tmp_path, n: int) -> "Path":
    """A store whose one region holds n sections (a catch-all region of a real corpus has thousands)."""
    from tui_browse.store import build_store
    src = tmp_path / "many"
    src.mkdir()
    for i in range(n):
        (src / f"story{i:04d}.txt").write_text(
            f"胶州市第{i}号项目开工\n\n　　胶州市今年第{i}号项目完成投资{i + 1}亿元。\n", encoding="utf-8")
    db = tmp_path / "many.json"
    build_store(sorted(src.glob("*.txt")), db)
    return db


async def test_a_region_with_hundreds_of_sections_shows_them_a_page_at_a_time(tmp_path, settle):
    from tui_browse.widgets.region_tree import SECTION_PAGE
    db = _many_sections_store(tmp_path, 2 * SECTION_PAGE + 30)
    app = BrowserApp(db=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        tree = app.query_one(RegionTree)
        store = app.store
        region = max(store.region_sections, key=lambda r: len(store.region_sections[r]))
        node = tree.reveal("region", region)
        await settle(app, pilot)
        node.expand()
        await settle(app, pilot)
        kinds = [c.data[0] for c in node.children]
        assert kinds.count("section") == SECTION_PAGE and kinds[-1] == "more", "one page, then a line for the rest"
        assert "230 more" not in str(node.children[-1].label) and "130 more" in str(node.children[-1].label)
        # enter on the "… more" line opens the next page
        tree.move_cursor(node.children[-1])
        await pilot.press("enter")
        await settle(app, pilot)
        kinds = [c.data[0] for c in node.children]
        assert kinds.count("section") == 2 * SECTION_PAGE and kinds[-1] == "more"
        # a section on the last page, opened from elsewhere (a search result), is shown and selected
        last = store.region_sections[region][-1]
        app.open_node("section", last)
        await settle(app, pilot)
        assert tree.cursor_node.data == ("section", last)
        assert len(node.children) <= 3 * SECTION_PAGE + 2


async def test_a_query_typed_while_the_store_opens_is_kept_and_answered(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        # no waiting: the user types the moment the window appears
        await pilot.press("slash", "j", "i", "a", "o", "z", "h", "o", "u")
        await settle(app, pilot)
        box = app.query_one(SearchBox)
        assert box.value == "jiaozhou", "the slash opens the search, it is not typed into it"
        assert box.has_focus, "loading the store does not take the keys away from the search box"
        results = app.query_one(SearchResults)
        assert results.chosen is not None and "胶州" in results.chosen.title + results.chosen.region


@pytest.mark.parametrize("size, columns", [
    ((120, 40), ("label", "figure", "value", "unit", "kind", "qualifier", "region")),
    ((80, 24), ("label", "figure", "value")),
    ((60, 20), ("label", "figure", "value")),
])
async def test_the_numbers_panel_fits_its_columns_and_never_cuts_a_number(app, settle, size, columns):
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.open_node("region", "青岛市")
        await settle(app, pilot)
        numbers = app.query_one(NumbersPanel)
        assert numbers.table_layout.width <= numbers.scrollable_content_region.width, "no sideways scrolling"
        header = numbers.render_line(0).text
        assert all(c in header for c in columns), header
        for y in range(1, min(numbers.row_count, numbers.size.height - 1)):
            f = app.store.figures[numbers.shown_ids[numbers.scroll_offset.y + y - 1]]
            line = numbers.render_line(y).text
            assert f["raw"] in line, "the figure as written is whole"
            digits = line.replace(",", "")
            from tui_browse.formatting import readable
            assert str(int(f["value"])) in digits or readable(f["value"]) in line, (f["value"], line)


async def test_q_quits_after_the_command_palette_and_types_only_in_the_search_box(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "q")
        assert app.query_one(SearchBox).value == "q", "in the search box q is a letter"
        await pilot.press("escape", "escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.focused, SearchBox), "the palette gives the keys back, not to the search box"
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_q_quits_after_a_build_in_the_app(tmp_path, settle, seed_files):
    app = BrowserApp(db=tmp_path / "s.json", sources=[str(f) for f in seed_files[:2]])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.store is not None and app.store.counts()["articles"] > 0
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running, "after the build the keys are the app's, not the search box's"


async def test_f1_opens_the_help_and_ctrl_q_quits_from_the_search_box(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("slash", "x", "ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_the_theme_chosen_is_kept_and_a_keymap_remaps_keys(app, settle, isolated_dirs):
    from tui_browse.config import config_path
    path = config_path()
    assert path.is_relative_to(isolated_dirs / "config"), "the user's config directory (XDG)"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[keymap]\n"app.export" = "x"\n', encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "胶州市")
        await pilot.press("x")
        await pilot.pause()
        from tui_browse.screens.export import ExportScreen
        assert isinstance(app.screen, ExportScreen), "x exports, as the keymap says"
        await pilot.press("escape")
        app.theme = "textual-light"
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert 'theme = "textual-light"' in text and '"app.export" = "x"' in text, "the keymap is kept beside the theme"
    again = BrowserApp(db=app.db)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == "textual-light"


async def test_a_broken_config_file_is_named_and_the_defaults_used(app, settle, notifications):
    from tui_browse.config import config_path
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("theme = [oops\n", encoding="utf-8")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert any(str(path) in n for n in notifications)
        app.theme = "textual-light"
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == "theme = [oops\n", "a file the user is fixing is never overwritten"


async def test_p_counts_reprinted_stories_in_the_numbers_or_leaves_them_out(tmp_path, settle):
    from tui_browse.store import build_store
    story = ("　　今年以来，胶州市新开工重点项目35个，完成投资120亿元，同比增长12.5%。\n"
             "　　胶州市将继续优化营商环境，全年新增市场主体8000户，新增规模以上企业60家。\n"
             "　　胶州市相关负责人表示，下一步将加快项目落地，确保重点项目按期开工建设。\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"胶州市项目建设{name}\n\n{story}", encoding="utf-8")
    db = tmp_path / "s.json"
    build_store(sorted(tmp_path.glob("*.txt")), db)
    app = BrowserApp(db=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_node("region", "胶州市")
        await settle(app, pilot)
        numbers = app.query_one(NumbersPanel)
        alone = numbers.row_count
        assert alone > 0 and "in reprints left out (p)" in numbers.border_subtitle
        await pilot.press("p")
        await settle(app, pilot)
        assert numbers.row_count == 2 * alone and "left out" not in numbers.border_subtitle


async def test_a_region_opened_before_its_sections_are_read_lists_them_when_they_are(seed_store, settle):
    """On a large store the tree paints before the sections are read: a region the user opens then
    says its sections are loading, and lists them in place once read, with the cursor left where
    the user put it; the tree ends as one opened on the whole store."""
    from textual.app import App
    early = Store.open_summary(seed_store)

    class One(App):
        def compose(self):
            yield RegionTree()

    async with One().run_test(size=(80, 60)) as pilot:
        tree = pilot.app.query_one(RegionTree)
        tree.load_store(early)
        tree.focus()
        await pilot.pause()
        # down to the first city that has sections of its own (山东省's cities are listed already)
        while not early.region_section_count(tree.cursor_node.data[1]) or tree.cursor_node.parent is tree.root:
            await pilot.press("j")
        city = tree.cursor_node
        assert not city.is_expanded
        await pilot.press("l")
        await pilot.pause()
        waiting = [c for c in city.children if c.data[0] == "loading"]
        assert len(waiting) == 1 and "loading sections" in str(waiting[0].label)
        early.load_outline()
        tree.outline_ready(early)
        await pilot.pause()
        assert tree.cursor_node is city and city.is_expanded
        assert not [n for n in _walk(tree.root) if n.data and n.data[0] == "loading"]
        listed = [c.data for c in city.children]
        full = Store.open(seed_store)
        region = city.data[1]
        expected = [("region", c) for c in full.children.get(region, [])] + \
            [("section", s) for s in full.region_sections.get(region, [])[:100]]
        assert listed[:len(expected)] == expected and any(k == "section" for k, _ in listed)


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


async def test_a_node_opened_while_the_store_loads_opens_once_it_is_in(app, settle):
    """Enter on a region before texts and figures are read is not lost: the detail pane says it
    will open, and it opens (not the first region) as soon as the store is in."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        store, index = app.store, app.index
        target = next(name for name in store.regions if name != store.roots()[0] and store.figure_count(name))
        app.store = None                       # as while the worker still reads the texts
        app.open_node("region", target)
        await pilot.pause()
        assert "opens when they are in" in detail_text(app)
        app._store_loaded(store, index)
        await settle(app, pilot)
        assert app.selected == ("region", target)
        assert target in detail_text(app)


async def test_results_while_the_texts_load_say_the_texts_follow(app, settle):
    """A query answered before the texts are in lists titles and places and says the texts'
    results follow; once they are in, the same query lists them without that line."""
    from tui_browse.store.search import SearchIndex
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        full = app.index
        outline = Store.open_summary(app.db)
        outline.load_outline()
        app.index = SearchIndex(outline)          # as between the sections' and the texts' reading
        title = next(s["title"] for s in app.store.sections.values() if len(s["title"]) >= 4)
        await pilot.press("slash", *title[:4])
        await settle(app, pilot)
        results = app.query_one(SearchResults)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any(title[:4] in line for line in shown)
        assert "follow once they are loaded" in shown[-1]
        app.index = full
        await pilot.press("backspace")
        await pilot.press(title[3])
        await settle(app, pilot)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any(title[:4] in line for line in shown)
        assert not any("follow once they are loaded" in line for line in shown)
