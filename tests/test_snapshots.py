"""SVG snapshots of what the user sees (pytest --snapshot-update refreshes them after a reviewed change)."""
import pytest

from tui_browse.app import BrowserApp
from tui_browse.widgets.numbers import NumbersPanel


@pytest.fixture
def make_app(seed_store, tmp_path):
    return lambda: BrowserApp(db=seed_store, export_dir=tmp_path)


async def _loaded(settle, pilot):
    await settle(pilot.app, pilot)


def test_main_screen_120x40(snap_compare, make_app, settle):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=lambda pilot: _loaded(settle, pilot))


def test_main_screen_80x24(snap_compare, make_app, settle):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=lambda pilot: _loaded(settle, pilot))


def test_smallest_supported_terminal_60x20(snap_compare, make_app, settle):
    assert snap_compare(make_app(), terminal_size=(60, 20), run_before=lambda pilot: _loaded(settle, pilot))


def test_region_selected(snap_compare, make_app, settle):
    async def run(pilot):
        await _loaded(settle, pilot)
        pilot.app.open_node("region", "城阳区")
        await pilot.pause()
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run)


def test_section_with_highlighted_figures(snap_compare, make_app, settle):
    async def run(pilot):
        await _loaded(settle, pilot)
        store = pilot.app.store
        sid = next(s for s, sec in store.sections.items() if sec["region"] == "胶州市")
        pilot.app.open_node("section", sid)
        await pilot.pause()
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run)


def test_search_in_progress(snap_compare, make_app, settle):
    async def run(pilot):
        await _loaded(settle, pilot)
        await pilot.press("slash", "项", "目", "space", "投", "资")
        await settle(pilot.app, pilot)
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run)


def test_numbers_sorted_by_value(snap_compare, make_app, settle):
    async def run(pilot):
        await _loaded(settle, pilot)
        pilot.app.open_node("region", "青岛市")
        pilot.app.query_one(NumbersPanel).focus()
        await pilot.press("s", "s", "s")
        await pilot.pause()
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run)


def test_help_screen(snap_compare, make_app, settle):
    async def run(pilot):
        await _loaded(settle, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run)


async def _compare(settle, pilot, metric_filter: str = ""):
    await _loaded(settle, pilot)
    await pilot.press("m")
    await pilot.pause(0.4)               # the level's drop-down comes a moment after the screen
    await settle(pilot.app, pilot)
    if metric_filter:
        pilot.app.screen.query_one("#metric-filter").focus()
        for ch in metric_filter:
            await pilot.press(ch)
        await pilot.press("enter")       # to the chart
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_compare_a_money_metric(snap_compare, make_app, settle, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=lambda pilot: _compare(settle, pilot))


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_compare_a_percent_metric(snap_compare, make_app, settle, size):
    assert snap_compare(make_app(), terminal_size=size,
                        run_before=lambda pilot: _compare(settle, pilot, "固定资产投资增长"))
