"""Messages widgets post to the screen; the app owns every state change."""
from __future__ import annotations

import threading

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


# Posted by the app's workers (building, loading, searching) to the app, which owns the state.
class StoreOutlined(Message):
    """The store's regions and counts are read: the region tree can paint; its sections, then
    texts and figures follow.

    painted is set once the tree is on screen: the worker waits for it before it reads the texts
    (reading them holds the interpreter lock for a second or more, which would hold the paint back)."""

    def __init__(self, store, painted: threading.Event) -> None:
        super().__init__()
        self.store = store
        self.painted = painted


class SectionsListed(Message):
    """The store's sections (without their text) are read: regions opened meanwhile list theirs,
    and titles and places can be searched (index: a SearchIndex without the texts yet)."""

    def __init__(self, store, index) -> None:
        super().__init__()
        self.store = store
        self.index = index


class StoreLoaded(Message):
    """Texts, figures and the search index are ready."""

    def __init__(self, store, index) -> None:
        super().__init__()
        self.store = store
        self.index = index


class StoreFailed(Message):
    def __init__(self, problem: str) -> None:
        super().__init__()
        self.problem = problem


class BuildProgress(Message):
    """A build started (done == 0) or parsed one more file."""

    def __init__(self, done: int, total: int, name: str = "") -> None:
        super().__init__()
        self.done, self.total, self.name = done, total, name


class BuildFinished(Message):
    def __init__(self, note: str, severity: str) -> None:
        super().__init__()
        self.note = note
        self.severity = severity


class SearchFound(Message):
    """complete: the texts were searched too (False while they load: titles and places only)."""

    def __init__(self, query: str, results: list, complete: bool = True) -> None:
        super().__init__()
        self.query = query
        self.results = results
        self.complete = complete


class Notice(Message):
    """A notification from a worker."""

    def __init__(self, text: str, timeout: float) -> None:
        super().__init__()
        self.text = text
        self.timeout = timeout


class ComparerReady(Message):
    """The store's figures are grouped by metric (store/compare.Comparer): the compare screen can open."""

    def __init__(self, comparer, show: bool = True) -> None:
        super().__init__()
        self.comparer = comparer
        self.show = show        # False: made ahead (warm_search), for when the user asks
