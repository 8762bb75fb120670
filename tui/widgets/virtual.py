"""What the app's virtual tables (the numbers panel, the compare chart) share: a cell fitted to its
column, a cursor over rows below one header line, and a resize of the scrollable area without a
layout of the whole screen.

Setting `virtual_size` is a layout change in Textual: every widget on screen is arranged and
repainted (about 150 ms on a full screen). A widget that draws its own lines only needs its
scroll bars told the new size and itself repainted, unless a scroll bar appears or goes: then it
asks for the layout. Public API only (set_reactive, the scroll bars' window sizes, validate_scroll_*).
"""
from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from textual.geometry import Size
from textual.widget import Widget


def fit_cell(text: str, width: int, right: bool = False) -> str:
    """text in exactly width cells: cut with an ellipsis (a wide character cut in half leaves
    padding: it goes), or padded, on the left where right-aligned."""
    if cell_len(text) > width:
        text = set_cell_size(text, max(0, width - 1)).rstrip(" ") + "…"
    elif right:
        text = " " * (width - cell_len(text)) + text
    return set_cell_size(text, width)


class RowCursor:
    """A cursor over a Line API table's rows (line 0 is the header): moving it scrolls it into
    view and repaints only the two lines it leaves and enters. A widget mixing it in gives
    row_count and may react to a move in cursor_moved."""

    cursor_row: int

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def cursor_moved(self, row: int) -> None:
        """Called after the cursor moved to row."""

    def row_style(self, row: int, base, component: str, striped: int):
        """base, with the widget's `<component>--cursor` style on the cursor's row and its
        `<component>--even-row` style on rows whose index % 2 is striped."""
        if row == self.cursor_row:
            return base + self.get_component_rich_style(f"{component}--cursor")
        if row % 2 == striped:
            return base + self.get_component_rich_style(f"{component}--even-row")
        return base

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)   # rows below the header

    def move_cursor(self, row: int) -> None:
        if not self.row_count:
            return
        row = max(0, min(row, self.row_count - 1))
        old, self.cursor_row = self.cursor_row, row
        self.scroll_to_cursor()
        if not self.allow_vertical_scroll and self.virtual_size.height > self.size.height:
            # rows just set: the scroll bar comes with the next layout, and scrolling waits for it
            self.call_after_refresh(self.scroll_to_cursor)
        for r in (old, row):
            self.refresh_line(r - self.scroll_offset.y + 1)
        self.cursor_moved(row)

    def scroll_to_cursor(self) -> None:
        """Scroll just enough that the cursor's row is on screen."""
        row, page, top = self.cursor_row, self._page_height(), self.scroll_offset.y
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + page:
            self.scroll_to(y=row - page + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step * self._page_height())

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.row_count - 1)

    def on_focus(self) -> None:
        self.refresh()      # the cursor's colour says whether the table has the keys

    def on_blur(self) -> None:
        self.refresh()


def _wants_bar(overflow: str, virtual: int, window: int) -> bool:
    return overflow == "scroll" or (overflow == "auto" and virtual > window)


def set_virtual_size(widget: Widget, size: Size) -> None:
    if size == widget.virtual_size:
        widget.refresh()
        return
    widget.set_reactive(Widget.virtual_size, size)
    window = widget.container_size
    styles = widget.styles
    if (_wants_bar(styles.overflow_y, size.height, window.height) != widget.show_vertical_scrollbar
            or _wants_bar(styles.overflow_x, size.width, window.width) != widget.show_horizontal_scrollbar):
        widget.refresh(layout=True)      # a scroll bar comes or goes: the widget's size changes
        return
    if widget.show_vertical_scrollbar:
        bar = widget.vertical_scrollbar
        bar.window_virtual_size = size.height
        bar.window_size = window.height - widget.scrollbar_size_horizontal
        bar.refresh()
    if widget.show_horizontal_scrollbar:
        bar = widget.horizontal_scrollbar
        bar.window_virtual_size = size.width
        bar.window_size = window.width - widget.scrollbar_size_vertical
        bar.refresh()
    widget.scroll_x = widget.validate_scroll_x(widget.scroll_x)
    widget.scroll_y = widget.validate_scroll_y(widget.scroll_y)
    widget.refresh()
