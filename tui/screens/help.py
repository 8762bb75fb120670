"""The help screen: every binding, generated from the same table the widgets use."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..bindings import BUILTIN, KEYS, SCOPE_NAMES, display_key


def help_table() -> Table:
    table = Table(expand=True, show_edge=False, box=None, padding=(0, 1))
    table.add_column("where", style="dim", no_wrap=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("does")
    rows = [(k.scope, display_key(k.key), k.description) for k in KEYS]
    rows += BUILTIN
    order = list(SCOPE_NAMES)
    for scope, key, text in sorted(rows, key=lambda r: order.index(r[0])):
        table.add_row(SCOPE_NAMES[scope], Text(key), Text(text))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys — Esc closes", style="bold"), id="help-title")
            yield Static(help_table(), id="help-table")

    def action_dismiss(self) -> None:
        self.dismiss(None)
