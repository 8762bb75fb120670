"""The search box and its results list: results update on every keystroke."""
from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ..store.search import SearchResult

from ..bindings import bindings

# The best 20, six or so on screen at once: a longer list costs every keystroke ~0.3 ms a result to
# lay out, and a reader who wants more types another character.
RESULTS_SHOWN = 20


def _highlighted(text: str, spans: list[tuple[int, int]], style: str = "bold reverse") -> Text:
    out = Text(text)
    for s, e in spans:
        out.stylize(style, s, e)
    return out


def result_prompt(r: SearchResult) -> Text:
    if r.kind == "region":
        line = Text("◆ ", style="bold")
        line.append_text(_highlighted(r.title, r.title_spans))
        line.append(f"  region · in {r.region or '—'}", style="dim")
        return line
    line = _highlighted(r.title, r.title_spans)
    line.append(f"  · {r.region}", style="dim")
    line.append("\n  ")
    if r.snippet:
        line.append_text(_highlighted(r.snippet, r.snippet_spans, "bold reverse"))
    else:
        line.append("…", style="dim")     # (its text is still loading)
    return line


HINT = "Type to search titles, regions and text · 繁體 and pinyin (jz, jiaozhou) work too · ↑↓ Enter Esc"


class SearchResults(OptionList, can_focus=False):
    """Results, best first; the search box drives the highlight.

    It opens with the search box, at a fixed height: a list that grew and shrank with its results
    would lay out the whole screen again on many keystrokes (40-70 ms each at 10,000 articles)."""

    def open(self) -> None:
        if not self.has_class("-visible"):
            self.show_hint()
            self.add_class("-visible")

    def close(self) -> None:
        self.remove_class("-visible")

    def show_hint(self) -> None:
        self.results = []
        self.clear_options()
        self.add_option(Option(Text(HINT, style="dim"), id="hint", disabled=True))

    def show_results(self, results: list[SearchResult], query: str, complete: bool = True) -> None:
        """complete: the texts were searched too; else (the store still loading) the list says
        these are titles and places only, and the texts' results follow by themselves."""
        self.results = results
        self.clear_options()
        if not results:
            none = f"No results for “{query}”" if complete else \
                f"No title or place holds “{query}”; searching the texts as soon as they are loaded…"
            self.add_option(Option(Text(none, style="italic"), id="none", disabled=True))
        else:
            self.add_options([Option(result_prompt(r), id=str(i)) for i, r in enumerate(results)])
            if not complete:
                self.add_option(Option(Text("Titles and places only: the texts' results follow once they are loaded…",
                                            style="dim italic"), id="loading", disabled=True))
            self.highlighted = 0

    @property
    def chosen(self) -> SearchResult | None:
        results = getattr(self, "results", [])
        if self.highlighted is None or not results or self.highlighted >= len(results):
            return None
        return results[self.highlighted]


class SearchBox(Input):
    BINDINGS = bindings("search")

    class Move(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Cleared(Message):
        pass

    class Opened(Message):
        pass

    class Left(Message):
        pass

    def on_focus(self) -> None:
        self.post_message(self.Opened())

    def on_blur(self) -> None:
        if not self.value.strip():
            self.post_message(self.Left())   # nothing typed: the hint goes with the focus

    def action_result(self, step: int) -> None:
        self.post_message(self.Move(step))

    def action_clear(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())
