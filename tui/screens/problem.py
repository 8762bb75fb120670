"""Shown when the store cannot be opened: what is wrong, and an offer to rebuild it."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ProblemScreen(ModalScreen[bool]):
    """Dismissed with True to rebuild, False to go on without a store."""

    BINDINGS = [Binding("escape", "close", "Close", id="problem.close"),
                Binding("r", "rebuild", "Rebuild", id="problem.rebuild")]

    def __init__(self, message: str, can_rebuild: bool, rebuild_from: str) -> None:
        super().__init__()
        self.message = message
        self.can_rebuild = can_rebuild
        self.rebuild_from = rebuild_from

    def compose(self) -> ComposeResult:
        with Vertical(id="problem-box"):
            yield Static(Text("The store cannot be opened", style="bold"), id="problem-title")
            yield Static(Text(self.message), id="problem-message")
            if self.can_rebuild:
                yield Static(Text(f"Rebuild it from {self.rebuild_from}? A damaged file is kept aside, "
                                  "not overwritten."), id="problem-offer")
            with Horizontal(id="problem-buttons"):
                if self.can_rebuild:
                    yield Button("Rebuild (r)", id="rebuild", variant="primary")
                yield Button("Close (Esc)", id="close")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "rebuild")

    def action_rebuild(self) -> None:
        if self.can_rebuild:
            self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)
