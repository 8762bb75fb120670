"""The compare screen: one metric across regions, a bar for each, or several metrics as a cross-table.

Left: the metrics (type to filter; the most widely held first, with how many regions have each;
space marks metrics for the cross-table), the level and the region to compare under. Right: the
chart of the highlighted metric in one unit (`u` turns to the next unit it is written in), or with
`x` the cross-table of the marked metrics. The store's Comparer does the grouping; this screen only
draws what it returns.
"""
from __future__ import annotations

import os.path
from operator import attrgetter
from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, Select, Static
from textual.worker import get_current_worker

from ..bindings import bindings
from ..export import COMPARE_COLUMNS, compare_csv, compare_line, cross_csv, tsv_line
from ..messages import CopyRequested
from ..store.compare import Chart, Comparer
from ..widgets.chart_table import ChartTable, Column, widest

LEVEL_NAMES = {"province": "provinces", "city": "cities", "county": "counties", "zone": "zones",
               "town": "towns and streets", "nation": "the nation", "unknown": "unplaced units"}
BAR_WIDTH = 24
PREFETCH = 2     # charts made ahead, below the cursor (and one above)...
PREFETCH_AFTER = 0.15   # ...once a chart has been on screen this long (seconds)
LEVEL_CHOICE_AFTER = 0.3   # the level's drop-down comes this long after the screen (seconds)
METRIC_COLUMNS = [Column("", width=1, style="bold green"), Column("metric", style="bold", cap=32, fill=True),
                  Column("regions", right=True, cap=7)]
_EIGHTHS = " ▏▎▍▌▋▊▉"


CHART_COLUMNS = [Column("region", cap=16), Column("figure", style="bold", cap=16), Column("", style="green"),
                 Column("value", right=True, cap=22), Column("unit", cap=6), Column("qualifier", style="dim", cap=9),
                 Column("date", cap=10), Column("others", right=True, cap=6), Column("path", style="dim", cap=48),
                 Column("source", style="dim", cap=32)]
# each column's cell of a CompareRow (the bar, column 2, is scaled to the chart's largest value)
_CELLS = (lambda r: r.region, lambda r: r.raw, None, lambda r: f"{r.value:,}", lambda r: r.unit,
          lambda r: r.qual, lambda r: r.date or "–", lambda r: f"+{r.others}" if r.others else "",
          lambda r: " › ".join(r.path[:-1]), lambda r: os.path.basename(r.source))


class ChartLines(Sequence):
    """A chart's rows as the table's lines (CHART_COLUMNS), each made when it is first drawn: a chart
    of 8,000 regions draws forty. Column widths are measured a column at a time from the rows,
    without making the lines."""

    def __init__(self, rows: list, largest: float, bar_width: int) -> None:
        self.rows, self.largest, self.bar_width = rows, largest, bar_width
        self._made: dict[int, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        line = self._made.get(i)
        if line is None:
            r = self.rows[i]
            line = self._made[i] = tuple(bar(r.value, self.largest, self.bar_width) if cell is None else cell(r)
                                         for cell in _CELLS)
        return line

    def column_widths(self) -> list[Column]:
        """CHART_COLUMNS with their widths: the widest cell up to each one's cap, the bar's own."""
        measured = measure_chart(self.rows)
        return [column._replace(width=self.bar_width if width is None else width)
                for column, width in zip(CHART_COLUMNS, measured)]


_MEASURED: dict[int, tuple[list, list[int | None]]] = {}   # id(rows) -> (rows, widths), the last 64


def measure_chart(rows: list) -> list[int | None]:
    """The widths of a chart's columns but the bar's (None), measured from the rows' fields a column
    at a time, the repeated ones (units, paths, sources) once each; kept for the last 64 charts, so
    the worker that makes the charts near the cursor measures them too."""
    found = _MEASURED.get(id(rows))
    if found is not None and found[0] is rows:
        return found[1]
    field = {name: list(map(attrgetter(name), rows)) for name in ("region", "raw", "unit", "qual", "value")}
    cells = (field["region"], field["raw"], None, map("{:,}".format, field["value"]), set(field["unit"]),
             set(field["qual"]), {r.date or "–" for r in rows}, [f"+{max((r.others for r in rows), default=0)}"],
             {" › ".join(path[:-1]) for path in set(map(attrgetter("path"), rows))},
             set(map(os.path.basename, set(map(attrgetter("source"), rows)))))
    widths = [None if found is None else widest(found, cell_len(column.title), column.cap)
              for column, found in zip(CHART_COLUMNS, cells)]
    if len(_MEASURED) >= 64:
        _MEASURED.pop(next(iter(_MEASURED)), None)
    _MEASURED[id(rows)] = (rows, widths)
    return widths


def bar(value: float, largest: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of value scaled to largest, in eighths of a cell: read at a glance."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = round(value / largest * width * 8)
    full, part = divmod(max(eighths, 1), 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


class CompareScreen(Screen[None]):
    BINDINGS = bindings("compare")

    DEFAULT_CSS = """
    CompareScreen { layout: horizontal; }
    #compare-side { width: 32%; max-width: 44; min-width: 24; border-right: solid $accent; }
    #metric-filter, #compare-under { margin: 0 0; }
    #compare-level-box { height: 3; }
    #metric-list { height: 1fr; }
    #compare-main { width: 1fr; }
    #compare-title { height: auto; padding: 0 1; }
    #compare-table { height: 1fr; }
    #compare-note { height: auto; padding: 0 1; color: $text-muted; }
    """

    metric: reactive[str | None] = reactive(None, init=False)
    level: reactive[str | None] = reactive(None, init=False)
    under: reactive[str | None] = reactive(None, init=False)
    unit_index: reactive[int] = reactive(0, init=False)
    cross: reactive[bool] = reactive(False, init=False)

    def __init__(self, comparer: Comparer) -> None:
        super().__init__()
        self.comparer = comparer
        self.marked: list[str] = []           # metrics of the cross-table, in the order marked
        self.listed: list[str] = []           # the metric list's rows, filtered
        self.charts: list[Chart] = []
        self.shown: Chart | None = None
        self._cross: tuple[list[str], list] = ([], [])
        self._prefetch_timer = None

    def compose(self) -> ComposeResult:
        with Vertical(id="compare-side"):
            yield Input(placeholder="filter metrics (总投资, 增长 …)", id="metric-filter")
            yield ChartTable(id="metric-list")
            yield Vertical(id="compare-level-box")       # the level's Select, mounted after the first paint
            yield Input(placeholder="under region (胶州, jiaozhou) ⏎", id="compare-under")
        with Vertical(id="compare-main"):
            yield Static(id="compare-title")
            yield ChartTable(id="compare-table")
            yield Static(id="compare-note")
        yield Footer()

    def on_mount(self) -> None:
        self._choices_changed()
        self.query_one("#metric-list", ChartTable).focus()
        # a Select is a tree of widgets whose styling costs a fifth of the screen's first paint (and
        # as much of a key pressed at once); its box keeps its place, so nothing moves when it comes
        self.set_timer(LEVEL_CHOICE_AFTER, self._mount_level_choice)

    def _mount_level_choice(self) -> None:
        if not self.is_attached:
            return      # (the app is closing or the screen went: a Select mounted then fails to find its parts)
        levels = [(f"all {LEVEL_NAMES[lv]}", lv) for lv in self.comparer.levels() if lv != "nation"]
        self.query_one("#compare-level-box").mount(
            Select(levels + [("the nation", "nation")], prompt="every level", id="compare-level"))

    def _needle(self) -> str:
        return self.query_one("#metric-filter", Input).value.strip()

    # -- choosing ------------------------------------------------------------------------------
    def _fill_metrics(self, needle: str) -> None:
        """The metric list, filtered by needle, the chosen metric kept under the cursor. A table
        that draws only the rows on screen: every metric is listed, however many."""
        counts = self.comparer.metrics(self.level, self.under)
        shown = [c for c in counts if needle in c.metric] if needle else counts
        self.listed = [c.metric for c in shown]
        keep = self.listed.index(self.metric) if self.metric in set(self.listed) else 0
        marked = set(self.marked)
        self.query_one("#metric-list", ChartTable).set_rows(
            METRIC_COLUMNS, [("✓" if c.metric in marked else "", c.metric, str(c.regions))
                             for c in shown], cursor=keep)
        self.metric = self.listed[keep] if shown else None

    @on(Input.Changed, "#metric-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill_metrics(event.value.strip())

    @on(Input.Submitted, "#metric-filter")
    def _filter_done(self) -> None:
        self.query_one("#compare-table", ChartTable).focus()

    @on(ChartTable.RowHighlighted, "#metric-list")
    def _highlighted(self, event: ChartTable.RowHighlighted) -> None:
        if event.row < len(self.listed):     # the list may have been filtered since the move
            self.metric = self.listed[event.row]

    @on(ChartTable.RowSelected, "#metric-list")
    def _selected(self, event: ChartTable.RowSelected) -> None:
        if event.row < len(self.listed):
            self.metric = self.listed[event.row]
        self.query_one("#compare-table", ChartTable).focus()

    @on(Select.Changed, "#compare-level")
    def _level(self, event: Select.Changed) -> None:
        self.level = None if event.value is Select.NULL else str(event.value)

    @on(Input.Submitted, "#compare-under")
    def _under(self, event: Input.Submitted) -> None:
        asked = event.value.strip()
        if not asked:
            self.under = None
            return
        from ..regionnames import resolve_region
        found, problem = resolve_region(self.comparer.store, asked)
        if problem:
            self.notify(problem, severity="warning")
            return
        self.under = found

    def watch_level(self) -> None:
        self._choices_changed()

    def watch_under(self) -> None:
        self._choices_changed()

    def _choices_changed(self) -> None:
        """The regions taking part changed: the metric list follows, and the chart (once: a metric
        that changed with the list redraws through its watcher)."""
        before = self.metric
        self._fill_metrics(self._needle())
        if self.metric == before:
            self._redraw()

    def watch_metric(self) -> None:
        if self.unit_index:
            self.unit_index = 0        # its watcher redraws
        else:
            self._redraw()

    def watch_unit_index(self) -> None:
        self._redraw()

    def watch_cross(self) -> None:
        self._redraw()

    # -- drawing -------------------------------------------------------------------------------
    def _scope(self) -> str:
        parts = [f"all {LEVEL_NAMES[self.level]}" if self.level else "every region"]
        if self.under:
            parts.append(f"under {self.under}")
        return " ".join(parts)

    def _redraw(self) -> None:
        table = self.query_one("#compare-table", ChartTable)
        title = self.query_one("#compare-title", Static)
        note = self.query_one("#compare-note", Static)
        self.shown = None
        if self.cross:
            self._draw_cross(table, title, note)
            return
        self.charts = self.comparer.charts(self.metric, self.level, self.under) if self.metric else []
        if not self.charts:
            table.clear()
            title.update(Text("No metric chosen" if not self.metric else f"{self.metric}: no region of {self._scope()}",
                              style="bold"))
            note.update("Type to filter the metrics; ↑↓ choose one.")
            return
        chart = self.charts[self.unit_index % len(self.charts)]
        self.shown = chart
        units = (f" · unit {self.unit_index % len(self.charts) + 1} of {len(self.charts)} (u: next)"
                 if len(self.charts) > 1 else "")
        title.update(Text.assemble((chart.title, "bold"), f" · {len(chart.rows)} regions, {chart.figures} figures"
                                   f" · {self._scope()}{units}"))
        largest = max((r.value for r in chart.rows), default=0)
        # the bar takes a third of the table's width, at most BAR_WIDTH: on a small terminal the
        # region, the figure and its bar stay in view and the rest scrolls
        width = max(8, min(BAR_WIDTH, (table.size.width or self.size.width) // 3))
        lines = ChartLines(chart.rows, largest, width)
        table.set_rows(lines.column_widths(), lines)
        note.update("enter: open in its text · c: copy figure · y: row · Y: table · e: export CSV · "
                    "space in the list: mark for the cross-table · x: cross-table")
        at = self.listed.index(chart.metric) if chart.metric in self.listed else 0
        nearby = [*self.listed[at + 1:at + 1 + PREFETCH], *self.listed[max(0, at - 1):at]]
        # once the user has looked at this chart a moment: a worker beside the paint, or beside the
        # next key pressed at once, would take half the screen's time
        level, under = self.level, self.under

        def soon() -> None:
            if self._prefetch_timer is not None:
                self._prefetch_timer.stop()
            self._prefetch_timer = self.set_timer(PREFETCH_AFTER, lambda: self._prefetch(nearby, level, under))
        self.call_after_refresh(soon)

    @work(thread=True, exclusive=True, group="compare-prefetch")
    def _prefetch(self, metrics: list[str], level: str | None, under: str | None) -> None:
        """Group and read the charts of the metrics next to the cursor while the user reads this one
        (a metric held by thousands of regions takes tens of milliseconds): the next key finds them
        made. A newer request cancels this one between metrics."""
        worker = get_current_worker()
        for metric in metrics:
            if worker.is_cancelled:
                return
            for chart in self.comparer.charts(metric, level, under):
                measure_chart(chart.rows)

    def _draw_cross(self, table: ChartTable, title: Static, note: Static) -> None:
        metrics = self.marked or ([self.metric] if self.metric else [])
        columns, rows = self.comparer.cross_table(metrics, self.level, self.under)
        self._cross = (columns, rows)
        title.update(Text.assemble(("Cross-table", "bold"), f" · {len(rows)} regions × {len(columns)} metrics"
                                   f" · {self._scope()}"))
        table.set_rows([Column("region", cap=16)] + [Column(c, right=True, cap=24) for c in columns],
                       [(region, *(c.raw if c else "–" for c in cells)) for region, cells in rows])
        note.update("the latest figure of each region · space in the list marks metrics · "
                    "e: export CSV · Y: copy table · x: back to the chart")

    # -- actions -------------------------------------------------------------------------------
    def _row(self):
        table = self.query_one("#compare-table", ChartTable)
        if self.shown is None or not self.shown.rows or table.row_count == 0:
            return None
        return self.shown.rows[min(table.cursor_row, len(self.shown.rows) - 1)]

    def action_open_figure(self) -> None:
        row = self._row()
        if row is None:
            return
        self.dismiss(None)
        self.app.show_figure(row.figure_id)

    @on(ChartTable.RowSelected, "#compare-table")
    def _row_selected(self) -> None:
        if not self.cross:
            self.action_open_figure()

    def action_copy_raw(self) -> None:
        row = self._row()
        if row is not None:
            self.post_message(CopyRequested(row.raw, row.raw))

    def action_copy_row(self) -> None:
        row = self._row()
        if row is not None and self.shown is not None:
            self.post_message(CopyRequested(compare_line(self.shown, row), f"the row of {row.region}"))

    def action_copy_table(self) -> None:
        if self.cross:
            columns, rows = self._cross
            lines = [tsv_line(["region", *columns])]
            lines += [tsv_line([region, *(c.raw if c else "" for c in cells)]) for region, cells in rows]
            self.post_message(CopyRequested("\n".join(lines), f"the cross-table ({len(rows)} regions)"))
        elif self.shown is not None:
            lines = [tsv_line(list(COMPARE_COLUMNS))] + [compare_line(self.shown, r) for r in self.shown.rows]
            self.post_message(CopyRequested("\n".join(lines), f"{len(self.shown.rows)} rows"))

    def action_next_unit(self) -> None:
        if len(self.charts) > 1:
            self.unit_index = (self.unit_index + 1) % len(self.charts)

    def action_toggle_cross(self) -> None:
        self.cross = not self.cross

    def action_mark(self) -> None:
        """Mark the highlighted metric for the cross-table, or unmark it."""
        if self.metric is None:
            return
        if self.metric in self.marked:
            self.marked.remove(self.metric)
        else:
            self.marked.append(self.metric)
        self._fill_metrics(self._needle())       # keeps the highlighted metric
        if self.cross:
            self._redraw()

    def action_export(self) -> None:
        if self.cross:
            columns, rows = self._cross
            if not rows:
                self.notify("Nothing to export", severity="warning")
                return
            data, what, count = cross_csv(columns, rows), "cross-table", len(rows)
        elif self.shown is not None:
            data, what, count = compare_csv(self.shown), self.shown.title, len(self.shown.rows)
        else:
            self.notify("Nothing to export", severity="warning")
            return
        self.app.ask_export_path(what, count, data, formats=("csv",))

    def action_close(self) -> None:
        self.dismiss(None)
