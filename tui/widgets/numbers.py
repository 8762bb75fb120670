"""The numbers panel: the figures of the selected region or section, sortable, filterable, copyable.

Rows are shown a page at a time (PAGE_SIZE); reaching the last row of a page opens the next, so a
region with 20,000 figures shows its first rows at once. Sorting and filtering work on the whole list.
"""
from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from store import Store

from ..bindings import bindings
from ..formatting import plain, readable, thousands
from ..messages import CopyRequested, FigureFocused

PAGE_SIZE = 200   # rows mounted at once: DataTable costs grow with rows (about 0.2 ms each)
COLUMNS = [("label", "label"), ("raw", "figure"), ("value", "value"), ("unit", "unit"), ("kind", "kind"),
           ("qual", "qual"), ("region", "region")]
# Fixed widths: the table lays out once, however rows arrive (auto widths shift as rows render).
# "figure" fits "28.3万平方米", "value" fits "330.79亿 · 33,079,000,000".
WIDTHS = {"label": 16, "raw": 14, "value": 26, "unit": 6, "kind": 8, "qual": 6, "region": 10}
SORTABLE = [key for key, _ in COLUMNS]
MAIN_KINDS = ("money", "percent", "count", "area")


class NumbersPanel(DataTable):
    BINDINGS = bindings("numbers")

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.store: Store | None = None
        self.figure_ids: list[int] = []     # the node's figures
        self.shown_ids: list[int] = []        # after filter and sort
        self.kind_filter = ""
        self.sort_key: str | None = None
        self.sort_reverse = False
        self.page_index = 0
        self.node_label = ""

    def on_mount(self) -> None:
        for key, title in COLUMNS:
            self.add_column(title, key=key, width=WIDTHS.get(key))

    # -- data ----------------------------------------------------------------------------------
    def show_figures(self, store: Store, figure_ids: list[int], label: str) -> None:
        self.store = store
        self.figure_ids = list(figure_ids)
        self.node_label = label
        self.page_index = 0
        self._refilter()

    def _refilter(self) -> None:
        store = self.store
        if store is None:
            return
        fids = self.figure_ids
        if self.kind_filter:
            kinds = store.figure_values(fids, "kind")
            if self.kind_filter == "other":
                fids = [f for f, k in zip(fids, kinds) if k not in MAIN_KINDS]
            else:
                fids = [f for f, k in zip(fids, kinds) if k == self.kind_filter]
        if self.sort_key:
            values = store.figure_values(fids, self.sort_key)
            if self.sort_key != "value":
                values = [str(v) for v in values]
            order = sorted(range(len(fids)), key=values.__getitem__, reverse=self.sort_reverse)
            fids = [fids[i] for i in order]
        self.shown_ids = fids
        self.page_index = min(self.page_index, max(0, (len(fids) - 1) // PAGE_SIZE))
        self._render_page()

    def _render_page(self) -> None:
        store = self.store
        self.clear()
        start = self.page_index * PAGE_SIZE
        rows = []
        keys = []
        for fid in self.shown_ids[start:start + PAGE_SIZE]:
            f = store.figures[fid]
            # the 亿/万 form first: it is what a reader checks against the text
            value = Text(f"{readable(f['value'])} · {thousands(f['value'])}" if abs(f["value"]) >= 10_000
                         else thousands(f["value"]), justify="right")
            rows.append((Text(f["label"]), Text(f["raw"]), value, Text(f["unit"]), Text(f["kind"]),
                         Text(f["qual"]), Text(f["region"])))
            keys.append(str(fid))
        for row, key in zip(rows, keys):
            self.add_row(*row, key=key)
        self.border_subtitle = self.status()
        self.refresh_bindings()

    def status(self) -> str:
        total = len(self.shown_ids)
        parts = [f"{total:,} figures" if total != 1 else "1 figure"]
        if total > PAGE_SIZE:
            start = self.page_index * PAGE_SIZE
            parts.append(f"rows {start + 1:,}–{min(start + PAGE_SIZE, total):,} ([ ] pages)")
        if self.kind_filter:
            parts.append(f"kind: {self.kind_filter}")
        if self.sort_key:
            parts.append(f"sorted by {self.sort_key} {'↓' if self.sort_reverse else '↑'}")
        return " · ".join(parts)

    @property
    def current_figure(self) -> int | None:
        if not self.row_count or self.cursor_row < 0:
            return None
        start = self.page_index * PAGE_SIZE
        index = start + self.cursor_row
        return self.shown_ids[index] if index < len(self.shown_ids) else None

    # -- events --------------------------------------------------------------------------------
    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # only the user's own moves: filling the table must not pull the detail pane away
        if self.has_focus and event.row_key is not None and event.row_key.value is not None:
            self.post_message(FigureFocused(int(event.row_key.value)))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        key = event.column_key.value
        if key == self.sort_key:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_key, self.sort_reverse = key, key == "value"
        self._refilter()

    # -- actions -------------------------------------------------------------------------------
    def action_next_sort(self) -> None:
        order = [None, *SORTABLE]
        self.sort_key = order[(order.index(self.sort_key) + 1) % len(order)]
        self.sort_reverse = self.sort_key == "value"  # biggest first is what one looks for
        self._refilter()   # the panel's border says how it is sorted

    def action_reverse_sort(self) -> None:
        if self.sort_key:
            self.sort_reverse = not self.sort_reverse
            self._refilter()

    def action_filter(self, kind: str) -> None:
        self.kind_filter = kind
        self.page_index = 0
        self._refilter()

    def action_cursor_down(self) -> None:
        # past the last row of a page: the next page, so scrolling never stops short
        if self.row_count and self.cursor_row == self.row_count - 1 and \
                (self.page_index + 1) * PAGE_SIZE < len(self.shown_ids):
            self.action_page(1)
            self.move_cursor(row=0)
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.cursor_row == 0 and self.page_index > 0:
            self.action_page(-1)
            self.move_cursor(row=self.row_count - 1)
            return
        super().action_cursor_up()

    def action_page(self, step: int) -> None:
        last = max(0, (len(self.shown_ids) - 1) // PAGE_SIZE)
        new = min(max(0, self.page_index + step), last)
        if new != self.page_index:
            self.page_index = new
            self._render_page()

    def _need_figure(self) -> dict | None:
        fid = self.current_figure
        if fid is None or self.store is None:
            self.notify("No figure selected", severity="warning")
            return None
        return self.store.figures[fid]

    def row_values(self, fid: int) -> list[str]:
        f = self.store.figures[fid]
        source = self.store.articles[f["article_id"]]["source"]
        return [f["label"], f["raw"], plain(f["value"]), f["unit"], f["region"], source]

    def action_copy_raw(self) -> None:
        f = self._need_figure()
        if f:
            self.post_message(CopyRequested(f["raw"], f"figure {f['raw']}"))

    def action_copy_value(self) -> None:
        f = self._need_figure()
        if f:
            self.post_message(CopyRequested(plain(f["value"]), f"value {plain(f['value'])}"))

    def action_copy_row(self) -> None:
        from ..export import tsv_line
        if self._need_figure():
            self.post_message(CopyRequested(tsv_line(self.row_values(self.current_figure)), "row"))

    def action_copy_table(self) -> None:
        from ..export import tsv_line
        if not self.shown_ids:
            self.notify("No figures to copy", severity="warning")
            return
        lines = [tsv_line(["label", "figure", "value", "unit", "region", "source"])]
        lines += [tsv_line(self.row_values(fid)) for fid in self.shown_ids]
        self.post_message(CopyRequested("\n".join(lines), f"table ({len(self.shown_ids):,} rows)"))
