"""A read-only table that draws only the rows on screen: the compare screen's chart and cross-table.

Textual's DataTable measures every cell it holds whenever it is filled; a metric held by 6,000
regions took 1.8 s to show. This table keeps the rows as tuples of strings and draws a line when
it is painted (Line API, as the numbers panel does), so a chart of any length shows at once.
Columns are measured once per fill (a C-speed cell_len per cell), each up to its cap.
"""
from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..bindings import bindings
from .virtual import RowCursor, fit_cell, set_virtual_size

GAP = 2     # blank cells between columns


class Column(NamedTuple):
    title: str
    right: bool = False        # right-aligned (numbers)
    style: str = ""            # the cells' rich style ("bold", "green", "dim")
    width: int | None = None   # a fixed width, else the widest cell up to cap
    cap: int = 40
    fill: bool = False         # gives way: at most what the other columns leave of the table's width


def widest(cells, at_least: int, cap: int) -> int:
    """The widest cell's width in terminal cells, up to cap. Only a text whose bound could beat
    the widest so far is measured: (UTF-8 bytes + characters) // 2 is a character's width for
    ASCII (1 byte, 1 cell) and CJK (3 bytes, 2 cells) and never below it, and costs a C-speed
    encode; of thousands of cells a few are measured."""
    best = at_least
    for text in cells:
        if (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2 > best:
            best = max(best, cell_len(text))
            if best >= cap:
                return cap
    return min(best, cap)


class ChartTable(RowCursor, ScrollView, can_focus=True):
    BINDINGS = bindings("chart")
    COMPONENT_CLASSES = {"chart-table--header", "chart-table--cursor", "chart-table--even-row"}
    DEFAULT_CSS = """
    ChartTable { background: $surface; }
    ChartTable > .chart-table--header { text-style: bold; background: $panel; }
    ChartTable > .chart-table--cursor { background: $secondary 40%; }
    ChartTable:focus > .chart-table--cursor { background: $accent; color: $text; }
    ChartTable > .chart-table--even-row { background: $primary 8%; }
    """

    class _RowMessage(Message):
        def __init__(self, table: "ChartTable", row: int) -> None:
            super().__init__()
            self.table = table
            self.row = row

        @property
        def control(self) -> "ChartTable":
            return self.table

    class RowHighlighted(_RowMessage):
        """The cursor moved to a row (a key or a click; not a refill)."""

    class RowSelected(_RowMessage):
        """Enter (or a second click) on a row."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.columns: list[Column] = []
        self.rows: list[tuple[str, ...]] = []
        self.measured: list[int] = []    # each column's width as set_rows measured it
        self.widths: list[int] = []      # as drawn: a fill column fitted to the table's width
        self.cursor_row = 0

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def line_width(self) -> int:
        return sum(w + GAP for w in self.widths)

    def set_rows(self, columns: list[Column], rows: list[tuple[str, ...]], cursor: int = 0) -> None:
        """Show these rows under these columns, the cursor on row `cursor`, scrolled to it."""
        self.columns, self.rows = list(columns), rows
        widths = []
        for i, c in enumerate(columns):
            if c.width is not None:
                widths.append(c.width)
            else:
                widths.append(widest((r[i] for r in rows), cell_len(c.title), c.cap))
        self.measured = widths
        self.widths = self._fitted()
        self.cursor_row = max(0, min(cursor, len(rows) - 1))
        set_virtual_size(self, Size(self.line_width, len(rows) + 1))   # + the header line
        self.scroll_to(0, max(0, self.cursor_row - self._page_height() + 1), animate=False, immediate=True)
        self.refresh()

    def _fitted(self) -> list[int]:
        room = self.scrollable_content_region.width
        fill = next((i for i, c in enumerate(self.columns) if c.fill), None)
        if fill is None or room <= 0:
            return list(self.measured)
        others = sum(w + GAP for i, w in enumerate(self.measured) if i != fill)
        widths = list(self.measured)
        widths[fill] = max(4, min(widths[fill], room - others - GAP))
        return widths

    def on_resize(self) -> None:
        widths = self._fitted()
        if widths != self.widths:
            self.widths = widths
            set_virtual_size(self, Size(self.line_width, len(self.rows) + 1))

    def clear(self) -> None:
        self.set_rows(self.columns, [])

    # -- drawing -------------------------------------------------------------------------------
    def _segments(self, cells: tuple[str, ...], base: Style, header: bool) -> list[Segment]:
        out = []
        for text, column, width in zip(cells, self.columns, self.widths):
            style = base if header or not column.style else base + Style.parse(column.style)
            out.append(Segment(fit_cell(text, width, column.right), style))
            out.append(Segment(" " * GAP, base))
        return out

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("chart-table--header")
            strip = Strip(self._segments(tuple(c.title for c in self.columns), style, True), self.line_width)
            return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width, style)
        row = scroll_y + y - 1
        if row >= len(self.rows):
            return Strip.blank(width, base)
        style = self.row_style(row, base, "chart-table", striped=1)
        strip = Strip(self._segments(self.rows[row], style, False), self.line_width)
        return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width, style)

    # -- moving: RowCursor ----------------------------------------------------------------------
    def cursor_moved(self, row: int) -> None:
        self.post_message(self.RowHighlighted(self, row))

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = self.scroll_offset.y + offset.y - 1
        if row >= len(self.rows):
            return
        self.focus()
        if row == self.cursor_row and event.chain >= 2:
            self.action_select()
        self.move_cursor(row)
