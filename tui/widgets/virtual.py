"""Resizing a Line API widget's scrollable area without a layout of the whole screen.

Setting `virtual_size` is a layout change in Textual: every widget on screen is arranged and
repainted (about 150 ms on a full screen). A widget that draws its own lines only needs its
scroll bars told the new size and itself repainted, unless a scroll bar appears or goes: then it
asks for the layout. Public API only (set_reactive, the scroll bars' window sizes, validate_scroll_*).
"""
from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


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
