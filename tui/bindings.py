"""Every key of the app in one table: widgets take their bindings from it and the help screen lists it.

Each binding carries an id so a user's keymap (App.set_keymap) can remap it.
"""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class KeySpec:
    id: str
    scope: str          # one of SCOPE_NAMES
    key: str
    action: str
    description: str
    show: bool = True   # in the footer


KEYS: list[KeySpec] = [
    KeySpec("app.search", "app", "slash", "focus_search", "Search", True),
    KeySpec("app.help", "app", "question_mark,f1", "help", "Help", True),
    KeySpec("app.export", "app", "e", "export", "Export", True),
    KeySpec("app.original", "app", "o", "toggle_original", "Original/simplified", True),
    KeySpec("app.reload", "app", "ctrl+r", "reload", "Reload the store", False),
    KeySpec("app.reprints", "app", "p", "toggle_reprints", "Reprints in/out of the figures", False),
    KeySpec("app.quit", "app", "q", "quit", "Quit", True),
    KeySpec("app.palette", "app", "ctrl+p", "command_palette", "Commands", False),
    KeySpec("app.compare", "app", "m", "compare", "Compare regions", True),
    KeySpec("tree.down", "tree", "j", "cursor_down", "Down", False),
    KeySpec("tree.up", "tree", "k", "cursor_up", "Up", False),
    KeySpec("tree.collapse", "tree", "h", "collapse", "Collapse", False),
    KeySpec("tree.expand", "tree", "l", "expand", "Expand", False),
    KeySpec("tree.open", "tree", "space", "select_cursor", "Open", False),
    KeySpec("detail.copy", "detail", "c", "copy_text", "Copy text", True),
    KeySpec("detail.down", "detail", "j", "scroll_down", "Scroll down", False),
    KeySpec("detail.up", "detail", "k", "scroll_up", "Scroll up", False),
    KeySpec("numbers.copy_raw", "numbers", "c", "copy_raw", "Copy figure", True),
    KeySpec("numbers.copy_value", "numbers", "v", "copy_value", "Copy value", True),
    KeySpec("numbers.copy_row", "numbers", "y", "copy_row", "Copy row", True),
    KeySpec("numbers.copy_table", "numbers", "Y", "copy_table", "Copy table", True),
    KeySpec("numbers.sort", "numbers", "s", "next_sort", "Sort", True),
    KeySpec("numbers.reverse", "numbers", "r", "reverse_sort", "Reverse", False),
    KeySpec("numbers.all", "numbers", "0", "filter('')", "All kinds", False),
    KeySpec("numbers.money", "numbers", "1", "filter('money')", "Money", False),
    KeySpec("numbers.percent", "numbers", "2", "filter('percent')", "Percent", False),
    KeySpec("numbers.count", "numbers", "3", "filter('count')", "Count", False),
    KeySpec("numbers.area", "numbers", "4", "filter('area')", "Area", False),
    KeySpec("numbers.other", "numbers", "5", "filter('other')", "Other kinds", False),
    KeySpec("numbers.down", "numbers", "down,j", "cursor_down", "Next figure", False),
    KeySpec("numbers.up", "numbers", "up,k", "cursor_up", "Previous figure", False),
    KeySpec("numbers.page_down", "numbers", "pagedown,right_square_bracket", "page(1)", "Page down", False),
    KeySpec("numbers.page_up", "numbers", "pageup,left_square_bracket", "page(-1)", "Page up", False),
    KeySpec("numbers.first", "numbers", "home", "first", "First figure", False),
    KeySpec("numbers.last", "numbers", "end", "last", "Last figure", False),
    KeySpec("chart.down", "chart", "down,j", "cursor_down", "Next row", False),
    KeySpec("chart.up", "chart", "up,k", "cursor_up", "Previous row", False),
    KeySpec("chart.page_down", "chart", "pagedown,right_square_bracket", "page(1)", "Page down", False),
    KeySpec("chart.page_up", "chart", "pageup,left_square_bracket", "page(-1)", "Page up", False),
    KeySpec("chart.first", "chart", "home", "first", "First row", False),
    KeySpec("chart.last", "chart", "end", "last", "Last row", False),
    KeySpec("chart.select", "chart", "enter", "select", "Open the figure in its text", False),
    KeySpec("compare.copy_raw", "compare", "c", "copy_raw", "Copy figure", True),
    KeySpec("compare.copy_row", "compare", "y", "copy_row", "Copy row", True),
    KeySpec("compare.copy_table", "compare", "Y", "copy_table", "Copy table", True),
    KeySpec("compare.export", "compare", "e", "export", "Export CSV", True),
    KeySpec("compare.unit", "compare", "u", "next_unit", "Next unit", True),
    KeySpec("compare.mark", "compare", "space", "mark", "Mark metric for the cross-table", True),
    KeySpec("compare.cross", "compare", "x", "toggle_cross", "Cross-table", True),
    KeySpec("compare.close", "compare", "escape", "close", "Back", True),
    KeySpec("search.down", "search", "down", "result(1)", "Next result", False),
    KeySpec("search.up", "search", "up", "result(-1)", "Previous result", False),
    KeySpec("search.clear", "search", "escape", "clear", "Clear search", False),
]

SCOPE_NAMES = {"app": "Anywhere", "tree": "Region tree", "detail": "Detail pane", "numbers": "Numbers panel",
               "search": "Search box", "compare": "Compare screen", "chart": "Compare chart"}
# Keys that Textual widgets provide themselves, listed on the help screen for completeness.
BUILTIN: list[tuple[str, str, str]] = [
    ("app", "ctrl+q", "Quit, from anywhere (in the search box too)"),
    ("app", "escape", "Close what is open (a dialog, the help, the search)"),
    ("app", "tab / shift+tab", "Move focus: tree, search, detail, numbers"),
    ("tree", "↑ ↓", "Move"),
    ("tree", "enter", "Open the region or section"),
    ("numbers", "click a row", "Select it; the detail pane follows the selected figure"),
    ("numbers", "click a column header", "Sort by that column"),
    ("search", "enter", "Open the highlighted result"),
]


def bindings(scope: str) -> list[Binding]:
    return [Binding(k.key, k.action, k.description, show=k.show, id=k.id) for k in KEYS if k.scope == scope]


def display_key(key: str) -> str:
    names = {"slash": "/", "question_mark": "?", "right_square_bracket": "]", "left_square_bracket": "[",
             "down": "↓", "up": "↑", "pagedown": "pgdn", "pageup": "pgup", "f1": "F1"}
    return " ".join(names.get(k, k) for k in key.split(","))
