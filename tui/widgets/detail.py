"""The detail pane: a section's title, place and source, then its text with every figure coloured.

Lines are wrapped here (tui.wrap) so that a figure never breaks across lines, and drawn with the
Line API so that a section of 100,000 characters scrolls as easily as a short one.
"""
from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from ..store import Store

from ..bindings import bindings
from ..messages import CopyRequested
from ..wrap import wrap
from .virtual import set_virtual_size

KIND_STYLES = {
    "money": Style(color="green", bold=True),
    "percent": Style(color="magenta", bold=True),
    "count": Style(color="cyan", bold=True),
    "area": Style(color="yellow", bold=True),
}
OTHER_STYLE = Style(color="blue", underline=True)
CURRENT_STYLE = Style(reverse=True, bold=True)
HEADING = Style(bold=True)
SUMMARY_SECTIONS = 100   # a region's summary lists this many sections; the tree has them all
DIM = Style(dim=True)
REWRAP_AFTER = 0.05            # seconds after the last resize that the text is wrapped again


class DetailView(ScrollView, can_focus=True):
    BINDINGS = bindings("detail")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.store: Store | None = None
        self.section_id: int | None = None
        self.region_name: str | None = None
        self.notice = "Loading…"
        self.show_original = False
        self.current_figure: int | None = None
        self._lines: list[Text] = []
        self._figure_line: dict[int, int] = {}
        self._spans: dict[int, tuple[int, int, list[tuple[int, int, int]]]] = {}   # line -> its text and figures
        self._width = 0
        self._rewrap: Timer | None = None

    # -- what to show --------------------------------------------------------------------------
    def show_message(self, message: str) -> None:
        self.section_id, self.region_name, self.notice = None, None, message
        self._relayout()

    def show_section(self, store: Store, section_id: int, figure_id: int | None = None) -> None:
        changed = section_id != self.section_id or store is not self.store or self.region_name is not None
        if not changed and not self.show_original and self._figure_line:
            # the same section: restyle the two lines whose highlight moves, not 100,000 characters
            old, self.current_figure = self.current_figure, figure_id
            self._restyle(old)
            self._restyle(figure_id)
            if figure_id is not None:
                self.scroll_to_figure(figure_id)
            return
        self.store, self.section_id, self.region_name = store, section_id, None
        self.current_figure = figure_id
        self._relayout()
        if changed and figure_id is None:
            self.scroll_to(y=0, animate=False)
        if figure_id is not None:
            self.scroll_to_figure(figure_id)

    def show_region(self, store: Store, name: str) -> None:
        self.store, self.region_name, self.section_id, self.current_figure = store, name, None, None
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def set_original(self, original: bool) -> None:
        self.show_original = original
        self._relayout()

    @property
    def section_text(self) -> str | None:
        if self.store is None or self.section_id is None:
            return None
        sec = self.store.sections[self.section_id]
        return sec["original"] if self.show_original else sec["text"]

    def scroll_to_figure(self, figure_id: int) -> None:
        line = self._figure_line.get(figure_id)
        if line is not None:
            self.scroll_to(y=max(0, line - 2), animate=False)

    # -- layout --------------------------------------------------------------------------------
    def on_resize(self) -> None:
        # wrapped again once the size settles, in a later turn of the event loop: a resize already
        # lays out and paints the whole screen (30-50 ms), and wrapping a long section or a region's
        # summary straight after it kept keys waiting for both; a terminal dragged wider and
        # narrower wraps once, at the size it stops at
        if self._rewrap is not None:
            self._rewrap.stop()
        self._rewrap = self.set_timer(REWRAP_AFTER, self._rewrap_if_resized)

    def _rewrap_if_resized(self) -> None:
        self._rewrap = None
        if self.size.width != self._width:
            self._relayout()

    def _relayout(self) -> None:
        self._width = self.size.width
        width = max(10, self.size.width - 1)
        self._figure_line = {}
        if self.store is not None and self.section_id is not None:
            self._lines = self._section_lines(width)
        elif self.store is not None and self.region_name is not None:
            self._lines = self._region_lines(width)
        else:
            self._lines = [Text(self.notice, style=DIM)]
        set_virtual_size(self, Size(width, len(self._lines)))

    def _wrapped(self, text: str, width: int, style: Style | None = None) -> list[Text]:
        return [Text(text[s:e], style=style or "") for s, e in wrap(text, width)]

    def line_of_figure(self, figure_id: int) -> int | None:
        """The shown line that holds a figure of the open section, if it is there."""
        return self._figure_line.get(figure_id)

    @property
    def shown_lines(self) -> list[Text]:
        """The lines the pane draws (wrapped to its width), for copying and for tests."""
        return list(self._lines)

    def _section_lines(self, width: int) -> list[Text]:
        store, sid = self.store, self.section_id
        sec = store.sections[sid]
        art = store.articles[sec["article_id"]]
        lines = self._wrapped(sec["title"], width, HEADING)
        lines += self._wrapped(" › ".join(store.region_path(store.section_region(sid))) or sec["region"], width, DIM)
        facts = [f"source {art['source']}"]
        byline = sec.get("byline") or art["byline"]
        if byline:
            facts.append(f"byline {byline}")
        if art["date"]:
            facts.append(f"date {art['date']}")
        if art["paper"]:
            facts.append(f"paper {art['paper']}")
        if art["title"] != sec["title"]:
            facts.insert(0, f"article {art['title']}")
        for fact in facts:
            lines += self._wrapped(fact, width, DIM)
        mode = "original text (o: simplified)" if self.show_original else "simplified text (o: original)"
        lines.append(Text("─" * min(width, 40) + f" {mode}", style=DIM))
        base = len(lines)
        if self.show_original:
            lines += self._wrapped(sec["original"], width)
            return lines
        text = sec["text"]
        fids = store.section_figures.get(sid, [])
        # headline figures index the title, not the text: they are listed in the numbers panel
        figs = sorted((store.figures[f]["start"], store.figures[f]["end"], f) for f in fids
                      if store.figures[f]["field"] != "title")
        spans = wrap(text, width, [(s, e) for s, e, _ in figs])
        self._spans = {}
        k = 0   # figures and lines both run in text order: walk them together
        for n, (ls, le) in enumerate(spans):
            while k < len(figs) and figs[k][1] <= ls:
                k += 1
            j = k
            on_line = []
            while j < len(figs) and figs[j][0] < le:
                on_line.append(figs[j])
                self._figure_line.setdefault(figs[j][2], base + n)
                j += 1
            self._spans[base + n] = (ls, le, on_line)
            lines.append(self._styled_line(text, ls, le, on_line))
        return lines

    def _styled_line(self, text: str, ls: int, le: int, on_line: list[tuple[int, int, int]]) -> Text:
        line = Text(text[ls:le])
        for s, e, fid in on_line:
            kind = self.store.figures[fid]["kind"]
            style = CURRENT_STYLE if fid == self.current_figure else KIND_STYLES.get(kind, OTHER_STYLE)
            line.stylize(style, max(s, ls) - ls, min(e, le) - ls)
        return line

    def _restyle(self, figure_id: int | None) -> None:
        n = self._figure_line.get(figure_id) if figure_id is not None else None
        if n is None or n not in self._spans:
            return
        ls, le, on_line = self._spans[n]
        self._lines[n] = self._styled_line(self.store.sections[self.section_id]["text"], ls, le, on_line)
        self.refresh()

    def _region_lines(self, width: int) -> list[Text]:
        store, name = self.store, self.region_name
        lines = self._wrapped(name, width, HEADING)
        lines += self._wrapped(" › ".join(store.region_path(name)), width, DIM)
        level = store.regions[name]["level"]
        own = store.region_sections.get(name, [])
        below = store.sections_of(name, recursive=True)
        lines += self._wrapped(f"{level} · {len(own)} sections here, {len(below)} with the regions under it · "
                               f"{store.figure_count(name)} figures", width, DIM)
        kids = store.children.get(name, [])
        if kids:
            lines.append(Text(""))
            lines.append(Text("Regions under it", style=HEADING))
            for kid in kids:
                lines += self._wrapped(f"  {kid}  ({store.figure_count(kid)} figures)", width)
        if own:
            lines.append(Text(""))
            lines.append(Text("Sections", style=HEADING))
            for sid in own[:SUMMARY_SECTIONS]:
                sec = store.section_info(sid)
                n = store.section_figure_count(sid)
                lines += self._wrapped(f"  {sec['title']}  ({n} figures, {store.articles[sec['article_id']]['source']})",
                                       width)
            if len(own) > SUMMARY_SECTIONS:
                lines.append(Text(f"  … and {len(own) - SUMMARY_SECTIONS:,} more in the tree", style=DIM))
        return lines

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        if index >= len(self._lines):
            return Strip.blank(self.size.width, self.rich_style)
        text = self._lines[index]
        segments = list(text.render(self.app.console, end=""))
        strip = Strip(segments).apply_style(self.rich_style)
        return strip.extend_cell_length(self.size.width, self.rich_style).crop(0, self.size.width)

    # -- actions -------------------------------------------------------------------------------
    def action_copy_text(self) -> None:
        text = self.section_text
        if text is None:
            self.notify("Open a section to copy its text", severity="warning")
            return
        what = "original text" if self.show_original else "section text"
        self.post_message(CopyRequested(text, f"{what}, {len(text):,} characters"))
