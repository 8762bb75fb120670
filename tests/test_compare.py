"""Regions side by side: metrics from labels, the store's grouping, the compare screen driven as a
user would, and the command line's `compare` and `metrics`."""
import csv
import io
import json

import pytest

from tui_browse.app import BrowserApp
from tui_browse.cli import main
from tui_browse.parser.metrics import metric_of
from tui_browse.store import Store, build_store
from tui_browse.store.compare import Comparer
from tui_browse.widgets.detail import DetailView


# -- metrics -------------------------------------------------------------------------------------
@pytest.mark.parametrize("label,kind,metric", [
    ("计划总投资", "money", "总投资"),
    ("投资总额", "money", "总投资"),
    ("总投资额", "money", "总投资"),
    ("全年完成总投资", "money", "总投资"),
    ("一是加快推进总投资", "money", "总投资"),
    ("固投", "money", "固定资产投资"),
    ("GDP", "money", "地区生产总值"),
    ("规模以上工业增加值同比增长", "percent", "规模以上工业增加值增长"),
    ("规模以上工业增加值比上年增长", "percent", "规模以上工业增加值增长"),
    ("规模以上工业增加值增长", "percent", "规模以上工业增加值增长"),
    ("固投同比下降", "percent", "固定资产投资下降"),
    ("同比增长", "percent", "增长"),
    ("“四新”经济增加值占GDP比重", "percent", "四新经济增加值占比"),
    ("清洁能源消费量占能源消费总量", "percent", "清洁能源消费量占比"),
    ("清洁能源消费量占能源消费总量提高", "percent", "清洁能源消费量占比增长"),
    ("完成投资占全年计划", "percent", "投资占全年计划"),
    ("项目开工率", "percent", "开工率"),
    ("项目投资总额", "money", "总投资"),
    ("项目", "count", "项目"),
    ("省（区、市）", "count", "省区市"),
    ("省区市", "count", "省区市"),
    ("", "money", ""),
])
def test_a_metric_groups_labels_written_differently(label, kind, metric):
    assert metric_of(label, kind) == metric


def test_the_parser_gives_each_figure_its_metric():
    from tui_browse.parser import parse_text
    doc = parse_text("青岛市南区项目建设\n\n　　市南区今年计划总投资120亿元，投资总额比上年增长15%。\n", "m.txt")
    metrics = {f.raw: f.metric for a in doc.articles for s in a.sections for f in s.figures}
    assert metrics["120亿元"] == "总投资"
    assert metrics["15%"] == "总投资增长"


# -- a store of our own: four districts of one city, money in two currencies, and rates -----------
DISTRICTS = {   # file name (its date) -> district, text
    "20240301-a.txt": ("市南区", "市南区今年计划总投资120亿元，固定资产投资同比增长8.5%。"),
    "20240302-b.txt": ("市北区", "市北区今年项目投资总额达到300亿元，固定资产投资比上年增长12.1%。"),
    "20240303-c.txt": ("李沧区", "李沧区全年总投资45亿元；签约外资项目2个，总投资2亿美元。"),
    "20240105-d.txt": ("市南区", "市南区一季度总投资80亿元。"),
    "20240304-e.txt": ("崂山区", "崂山区固定资产投资增长3.2%。"),
}


@pytest.fixture(scope="module")
def district_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("districts")
    for name, (district, body) in DISTRICTS.items():
        (folder / name).write_text(f"青岛{district}项目建设\n\n　　{body}\n", encoding="utf-8")
    db = folder / "store.json"
    assert build_store(sorted(folder.glob("*.txt")), db).ok
    return db


def test_a_region_shows_its_latest_figure_and_how_many_others(district_store):
    comparer = Comparer(Store.open(district_store))
    (money,) = [c for c in comparer.charts("总投资") if c.unit == "元"]
    rows = {r.region: r for r in money.rows}
    assert rows["市南区"].raw == "120亿元" and rows["市南区"].others == 1, "March beats January"
    assert [r.region for r in money.rows] == ["市北区", "市南区", "李沧区"], "largest first"
    assert rows["市南区"].path[-2:] == ("青岛市", "市南区")


def test_units_never_mix_in_one_chart(district_store):
    comparer = Comparer(Store.open(district_store))
    charts = comparer.charts("总投资")
    assert {c.unit for c in charts} == {"元", "美元"}
    dollars = next(c for c in charts if c.unit == "美元")
    assert [(r.region, r.raw) for r in dollars.rows] == [("李沧区", "2亿美元")]


def test_metrics_are_listed_most_widely_held_first(district_store):
    comparer = Comparer(Store.open(district_store))
    metrics = comparer.metrics()
    assert [m.metric for m in metrics[:2]] == ["总投资", "固定资产投资增长"]
    assert metrics[0].regions == 3 and metrics[1].regions == 3


def test_a_cross_table_puts_metrics_side_by_side(district_store):
    comparer = Comparer(Store.open(district_store))
    columns, table = comparer.cross_table(["总投资", "固定资产投资增长"])
    assert columns == ["总投资 (元)", "固定资产投资增长 (%)"]
    cells = {region: [c.raw if c else None for c in row] for region, row in table}
    assert cells["市北区"] == ["300亿元", "12.1%"]
    assert cells["崂山区"] == [None, "3.2%"]


def test_regions_are_chosen_by_level_and_place(district_store):
    comparer = Comparer(Store.open(district_store))
    assert comparer.charts("总投资", level="city") == []
    assert {r.region for c in comparer.charts("总投资", level="county") for r in c.rows} == {"市南区", "市北区", "李沧区"}
    store = comparer.store
    assert comparer.charts("总投资", under="青岛市")
    assert comparer.charts("总投资", under=next(n for n in store.regions if n == "李沧区"))[0].rows[0].region == "李沧区"


# -- the command line ----------------------------------------------------------------------------
def test_cli_metrics_and_compare(district_store, capsys):
    assert main(["metrics", "--db", str(district_store), "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0] == {"metric": "总投资", "regions": 3, "figures": 5, "units": "元 美元"}
    assert main(["compare", "总投资", "--db", str(district_store), "--format", "json", "--under", "qingdao"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["region"], r["figure"], r["unit"]) for r in rows][:3] == [
        ("市北区", "300亿元", "元"), ("市南区", "120亿元", "元"), ("李沧区", "45亿元", "元")]


def test_cli_compare_csv_opens_in_a_spreadsheet(district_store, capsysbinary):
    assert main(["compare", "总投资", "固定资产投资增长", "--db", str(district_store), "--format", "csv"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["region"]: r["总投资 (元)"] for r in rows}["市北区"] == "30000000000"


def test_cli_an_unknown_metric_is_an_error_with_suggestions(district_store, capsys):
    assert main(["compare", "总投", "--db", str(district_store)]) == 1
    assert "总投资" in capsys.readouterr().err


# -- the compare screen --------------------------------------------------------------------------
@pytest.fixture
def app(district_store, tmp_path):
    return BrowserApp(db=district_store, export_dir=tmp_path / "exports")


def chart_rows(screen):
    return [(r.region, r.raw) for r in screen.shown.rows] if screen.shown else []


async def open_compare(app, pilot, settle):
    from tui_browse.screens.compare import CompareScreen
    await settle(app, pilot)
    await pilot.press("m")
    await settle(app, pilot)          # the figures are grouped by metric in a worker
    assert isinstance(app.screen, CompareScreen)
    screen = app.screen
    # the first chart is filled in after a refresh: on a loaded machine wait for it (up to ~5 s)
    for _ in range(100):
        if screen.shown is not None and screen.query_one("#compare-table").rows:
            break
        await pilot.pause(0.05)
    # and for the level's drop-down, mounted a moment after the screen: a test ending while it mounts
    # tears the app down under it
    for _ in range(40):
        if screen.query("#compare-level"):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    return screen


async def test_the_compare_screen_charts_the_most_held_metric_with_bars(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        assert screen.metric == "总投资"
        assert chart_rows(screen) == [("市北区", "300亿元"), ("市南区", "120亿元"), ("李沧区", "45亿元")]
        table = screen.query_one("#compare-table")
        shown = dict(zip((c.title for c in table.columns), table.rows[0]))
        assert shown["region"] == "市北区" and shown["value"] == "30,000,000,000" and shown["unit"] == "元"
        assert shown["path"] == "山东省 › 青岛市" and shown["source"].endswith(".txt") and "date" in shown
        assert "qualifier" in shown
        from tui_browse.screens.compare import bar
        assert len(bar(300, 300)) > len(bar(120, 300)) > len(bar(45, 300)) > 0


async def test_typing_filters_the_metrics_and_u_turns_to_the_next_unit(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        screen.query_one("#metric-filter").focus()
        for ch in "增长":
            await pilot.press(ch)
        await pilot.pause()
        assert screen.metric == "固定资产投资增长"
        assert chart_rows(screen)[0] == ("市北区", "12.1%")
        screen.query_one("#metric-filter").value = ""
        await pilot.pause()
        assert screen.metric == "固定资产投资增长", "clearing the filter keeps the metric chosen"
        screen.query_one("#metric-list").focus()
        await pilot.press("home")
        await pilot.pause()
        assert screen.metric == "总投资"
        screen.query_one("#compare-table").focus()
        assert screen.shown.unit == "元"
        await pilot.press("u")
        assert screen.shown.unit == "美元"


async def test_copy_keys_copy_the_figure_the_row_and_the_table(app, settle, quiet_app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        screen.query_one("#compare-table").focus()
        await pilot.press("c")
        await pilot.pause()
        assert quiet_app[-1] == "300亿元"
        await pilot.press("down", "y")
        await pilot.pause()
        assert quiet_app[-1].split("\t")[:2] == ["市南区", "山东省 › 青岛市 › 市南区"]
        assert "12000000000" in quiet_app[-1].split("\t")
        await pilot.press("Y")
        await pilot.pause()
        assert len(quiet_app[-1].splitlines()) == 4 and quiet_app[-1].startswith("region\tpath")


async def test_enter_opens_the_figure_in_its_text(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        screen.query_one("#compare-table").focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        from tui_browse.screens.compare import CompareScreen
        assert not isinstance(app.screen, CompareScreen)
        detail = app.query_one(DetailView)
        assert app.selected[0] == "section"
        assert "120亿元" in "\n".join(line.plain for line in detail.shown_lines)


async def test_e_exports_the_chart_as_csv_with_bom(app, settle, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        screen.query_one("#compare-table").focus()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        data = app.last_export.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and app.last_export.suffix == ".csv"
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert [r["region"] for r in rows] == ["市北区", "市南区", "李沧区"]
        assert rows[1]["others"] == "1" and rows[1]["value"] == "12000000000"


async def test_marked_metrics_make_a_cross_table(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        await pilot.press("space", "down", "space", "x")
        await pilot.pause()
        columns, rows = screen._cross
        assert columns == ["总投资 (元)", "固定资产投资增长 (%)"]
        assert dict((r, [c.raw if c else None for c in cells]) for r, cells in rows)["崂山区"] == [None, "3.2%"]
        await pilot.press("x")
        assert not screen.cross


async def test_choosing_a_level_keeps_like_with_like(app, settle):
    from textual.widgets import Select
    from tui_browse.screens.compare import LEVEL_NAMES

    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        await pilot.pause(0.4)            # the drop-down comes a moment after the screen
        select = screen.query_one("#compare-level", Select)
        everywhere = chart_rows(screen)
        labels = ["every level"] + [f"all {LEVEL_NAMES[lv]}" for lv in screen.comparer.levels() if lv != "nation"]

        async def choose(label: str) -> None:
            """With the keyboard: open the drop-down, go to the option, take it."""
            select.focus()
            await pilot.press("enter", "home", *["down"] * labels.index(label), "enter")
            await pilot.pause()

        await choose("all counties")
        assert screen.level == "county"
        assert screen.metric == "总投资" and {r.region for r in screen.shown.rows} == {"市南区", "市北区", "李沧区"}
        await choose("all cities")
        assert screen.level == "city" and screen.shown is None and screen.metric is None
        await choose("every level")
        assert screen.level is None and chart_rows(screen) == everywhere


async def test_the_command_palette_and_help_name_the_compare_screen(app, settle):
    from tui_browse.screens.help import help_table
    from rich.console import Console
    console = Console(width=120, record=True)
    console.print(help_table())
    assert "Compare regions" in console.export_text()
    from tui_browse.commands import BrowserCommands
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        provider = BrowserCommands(app.screen)
        assert any(text == "Compare regions" for text, _, _ in provider._entries())
        await pilot.press("escape")


async def test_the_compare_screen_keeps_its_choices_between_visits(app, settle):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        await pilot.press("down")
        chosen = screen.metric
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen
        again = await open_compare(app, pilot, settle)
        assert again is screen and again.metric == chosen


async def test_a_chart_of_thousands_of_regions_scrolls_to_its_last_row_and_opens_it():
    from textual.app import App, ComposeResult
    from tui_browse.widgets.chart_table import ChartTable, Column

    chosen: list[int] = []

    class One(App):
        def compose(self) -> ComposeResult:
            yield ChartTable(id="t")

        def on_chart_table_row_selected(self, message: ChartTable.RowSelected) -> None:
            chosen.append(message.row)

    app = One()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(ChartTable)
        rows = [(f"区{n}", f"{n}亿元", f"{n:,}") for n in range(5000, 0, -1)]
        table.set_rows([Column("region"), Column("figure"), Column("value", right=True)], rows)
        table.focus()
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 4999
        shown = "".join(seg.text for y in range(table.size.height) for seg in table.render_line(y))
        assert "区1 " in shown and "区5000" not in shown, "the last rows are on screen, not the first"
        await pilot.press("enter")
        await pilot.pause()
        assert chosen == [4999]
        await pilot.press("home", "down", "pagedown")
        await pilot.pause()
        page = table.scrollable_content_region.height - 1      # the rows below the header
        assert page > 1 and table.cursor_row == 1 + page


async def test_a_fill_column_gives_way_so_the_counts_beside_it_stay_in_view():
    """The metric list in a narrow side panel: a long metric name is cut with an ellipsis and
    its count of regions stays on screen; widened, the whole name shows."""
    from textual.app import App, ComposeResult
    from tui_browse.widgets.chart_table import ChartTable, Column

    class One(App):
        CSS = "ChartTable { width: 22; }"

        def compose(self) -> ComposeResult:
            yield ChartTable(id="t")

    app = One()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(ChartTable)
        await pilot.pause()
        table.set_rows([Column("metric", cap=32, fill=True), Column("regions", right=True)],
                       [("规模以上工业增加值增长", "1234"), ("总投资", "7")])
        await pilot.pause()
        line = "".join(seg.text for seg in table.render_line(1))
        assert "1234" in line and "…" in line and line.startswith("规模以上")
        assert table.virtual_size.width <= table.size.width, "nothing to scroll sideways to"
        table.styles.width = 50
        await pilot.pause()
        assert "规模以上工业增加值增长" in "".join(seg.text for seg in table.render_line(1))


async def test_the_charts_next_to_the_cursor_are_made_while_the_user_reads(app, settle, monkeypatch):
    """Going down the metric list shows charts made ahead in a worker: with rows made only off the
    screen's thread from then on, the next metrics still chart."""
    import threading
    from tui_browse.store.compare import Comparer

    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot, settle)
        await pilot.pause(0.4)            # the user reads the chart: its neighbours are made meanwhile
        await settle(app, pilot)
        first = list(screen.listed[:3])

        made_ahead = Comparer._rows

        def only_ahead(self, chosen):
            if threading.current_thread() is threading.main_thread():
                raise AssertionError("made on the key press, not ahead")
            return made_ahead(self, chosen)
        monkeypatch.setattr(Comparer, "_rows", only_ahead)
        for metric in first[1:]:
            await pilot.press("down")
            await pilot.pause()
            assert screen.metric == metric and screen.shown is not None and screen.shown.rows
