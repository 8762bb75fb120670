"""Messages widgets post to the screen; the app owns every state change."""
from __future__ import annotations

from textual.message import Message


class OpenNode(Message):
    """Show a region or a section in every pane."""

    def __init__(self, kind: str, key: str | int, focus_tree: bool = False) -> None:
        super().__init__()
        self.kind = kind
        self.key = key
        self.focus_tree = focus_tree


class FigureFocused(Message):
    """The numbers panel moved to a figure: show it in the detail pane."""

    def __init__(self, figure_id: int) -> None:
        super().__init__()
        self.figure_id = figure_id


class CopyRequested(Message):
    def __init__(self, text: str, what: str) -> None:
        super().__init__()
        self.text = text
        self.what = what
