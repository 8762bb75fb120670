"""Resizing a Line API widget's scrollable area without a layout of the whole screen.

Setting `virtual_size` is a layout change in Textual: every widget on screen is arranged and
repainted (about 150 ms on a full screen). A widget that draws its own lines only needs its
scroll bars updated and itself repainted, unless a scroll bar appears or goes.
"""
from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


def set_virtual_size(widget: Widget, size: Size) -> None:
    if size == widget.virtual_size:
        widget.refresh()
        return
    bars = (widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar)
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)   # Textual's own scroll-bar update (pinned version: see pyproject)
    widget.refresh(layout=(widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar) != bars)
