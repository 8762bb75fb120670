"""Where to save an export, and as what: a path (its folder the user's downloads or documents, never
the current directory by default) and a format; the suffix follows the format."""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from ..export import FORMATS


class ExportScreen(ModalScreen[tuple[Path, str] | None]):
    """Dismissed with (path, format) to save, or None."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    #export-box { width: 80%; max-width: 100; height: auto; border: thick $accent;
                  background: $surface; padding: 1 2; }
    #export-formats { height: auto; layout: horizontal; margin: 1 0; }
    #export-buttons { height: auto; }
    #export-buttons Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, what: str, count: int, default: Path, fmt: str = "csv",
                 formats: tuple[str, ...] = FORMATS, noun: str = "figures") -> None:
        super().__init__()
        self.what, self.count, self.default, self.fmt = what, count, default, fmt
        self.formats, self.noun = formats, noun

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Text(f"Export {self.count:,} {self.noun} of {self.what}", style="bold"))
            with RadioSet(id="export-formats"):
                for fmt in self.formats:
                    label = {"csv": "CSV (UTF-8, opens in Excel)", "xlsx": "XLSX (a sheet)", "json": "JSON"}[fmt]
                    yield RadioButton(label, value=fmt == self.fmt, name=fmt)
            yield Input(str(self.default.with_suffix("." + self.fmt)), id="export-path")
            with Horizontal(id="export-buttons"):
                yield Button("Save (Enter)", id="save", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = event.pressed.name or "csv"
        box = self.query_one(Input)
        box.value = str(Path(box.value).with_suffix("." + self.fmt))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._save()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self._save()
        else:
            self.dismiss(None)

    def _save(self) -> None:
        path = Path(self.query_one(Input).value.strip()).expanduser()
        if not path.name:
            self.app.bell()
            return
        self.dismiss((path, self.fmt))

    def action_cancel(self) -> None:
        self.dismiss(None)
