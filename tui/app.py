"""BrowserApp: regions, sections and figures of a store, with search, copy and export.

`BrowserApp(db=PATH)` opens that store; `BrowserApp(db=PATH, sources=[...])` builds it first, in a
worker, showing progress. Slow work (building, loading, searching) runs in thread workers; the
handlers here own every change of state.
"""
from __future__ import annotations

import gc
import re
import threading
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.reactive import reactive
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from .export import default_export_dir
from .store import Store, StoreError, default_store_path, samples_store_path
from .store.search import SearchCancelled, SearchIndex, SearchResult

from .bindings import bindings
from .clipboard import local_copy
from .commands import BrowserCommands
from .messages import (BuildFinished, BuildProgress, ComparerReady, CopyRequested, FigureFocused, Notice,
                       OpenNode, SearchFound, SectionsListed, StoreFailed, StoreLoaded, StoreOutlined)
from .screens.export import ExportScreen
from .screens.help import HelpScreen
from .screens.problem import ProblemScreen
from .widgets.detail import DetailView
from .widgets.numbers import NumbersPanel
from .widgets.region_tree import RegionTree
from .widgets.search import RESULTS_SHOWN, SearchBox, SearchResults

# the cyclic collector's thresholds once a store is open: young collections every 20,000 new objects
# (not 700), a full one every 20 × 50 of those (a long session's cycles are still collected)
COLLECTOR_THRESHOLDS = (20_000, 20, 50)


class BrowserApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")   # absolute: subclasses elsewhere still find it
    TITLE = "tui-browse"
    AUTO_FOCUS = "#tree"    # "/" opens the search from the first moment: it must not be typed into it
    BINDINGS = bindings("app")
    COMMANDS = App.COMMANDS | {BrowserCommands}
    CURSOR_BLINK = True   # tests turn it off so snapshots are stable
    # the node every pane shows: ("region", name) or ("section", id); setting it redraws them
    # (watch_selected), and setting it to the same node again (a reload) redraws them too
    selected: reactive[tuple[str, object] | None] = reactive(None, init=False, always_update=True)
    WATCH_SECONDS = 2.0   # how often to look whether the store file changed on disk

    def __init__(self, db: str | Path | None = None, sources: list[str | Path] | None = None,
                 export_dir: str | Path | None = None, rebuild_from: list[str | Path] | None = None,
                 replace: bool = False, refresh: bool = False, notice: str | None = None) -> None:
        """sources are added to the store at db before it opens (replace: the store holds exactly
        them); refresh reads the store's own sources again first; notice is shown once it opens."""
        super().__init__()
        self.db = Path(db) if db is not None else default_store_path()
        self.sources = [Path(s) for s in sources] if sources else None
        self.replace_sources = replace
        self.refresh_sources = refresh
        self.notice = notice
        self.rebuild_from = [Path(s) for s in (rebuild_from or sources or [])] or None
        self.export_dir = Path(export_dir) if export_dir is not None else default_export_dir()
        self.export_format = "csv"     # the format chosen last
        self.last_export: Path | None = None
        self._comparer = None          # the store's metrics grouped (store/compare.py), made once loaded
        self._compare_screen = None    # kept between visits: the metric, level and marks stay as left
        self._said_no_local_clipboard = False
        self.show_reprints = False     # figures of stories that reprint another: out of the totals
        self.store: Store | None = None
        self.index: SearchIndex | None = None
        self._return_focus: Widget | None = None
        self._loaded_stamp: tuple[int, int] | None = None
        self._change_offered = False
        # a region or section the user opened in the tree while the store was still loading: opened
        # as soon as it is in
        self._opened_early: tuple[str, object] | None = None

    # -- layout --------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="search-row"):
            yield SearchBox(placeholder="/ search titles, regions, text · 繁體 · pinyin (jz)", id="search")
            yield SearchResults(id="results")
            with Vertical(id="build-status"):
                yield Static(id="build-label")
                yield ProgressBar(id="build-bar", show_eta=True)
        with Horizontal(id="main"):
            yield RegionTree(id="tree")
            with Vertical(id="right"):
                yield DetailView(id="detail")
                yield NumbersPanel(id="numbers")
        yield Footer()

    def on_mount(self) -> None:
        self._apply_config()
        self.query_one(SearchBox).cursor_blink = self.CURSOR_BLINK
        self.query_one(RegionTree).border_title = "Regions"
        self.query_one(DetailView).border_title = "Detail"
        self.query_one(NumbersPanel).border_title = "Numbers"
        self.sub_title = self.db.name
        if self.sources or self.refresh_sources:
            self.build_and_load(self.sources or [], replace=self.replace_sources, refresh=self.refresh_sources)
        else:
            self.load_store()
        self.set_interval(self.WATCH_SECONDS, self.check_store_changed)

    def _apply_config(self) -> None:
        """The user's theme and keymap (config.toml); a theme chosen later is kept there."""
        from .bindings import KEYS
        from .config import config_path, load_config
        config = load_config()
        if config.problem:
            self.notify(config.problem, severity="warning", timeout=10)
        if config.theme:
            if config.theme in self.available_themes:
                self.theme = config.theme
            else:
                self.notify(f"{config_path()}: no theme called {config.theme!r}", severity="warning", timeout=10)
        known = {k.id for k in KEYS}
        unknown = sorted(set(config.keymap) - known)
        if unknown:
            self.notify(f"{config_path()}: no key binding called {', '.join(unknown)} (the help lists them)",
                        severity="warning", timeout=10)
        keymap = {k: v for k, v in config.keymap.items() if k in known}
        if keymap:
            self.set_keymap(keymap)
        self.theme_changed_signal.subscribe(self, self._keep_theme)

    def _keep_theme(self, theme) -> None:
        from .config import save_theme
        try:
            save_theme(theme.name)
        except OSError as exc:
            self.notify(f"Could not keep the theme: {exc}", severity="warning")

    # -- loading and building (workers) ---------------------------------------------------------
    @work(thread=True, exclusive=True, group="store")
    def load_store(self) -> None:
        self._open_in_worker()

    def _open_in_worker(self) -> None:
        """Open the store: the region tree paints from the light index first, text and figures follow.

        The cyclic collector is off while millions of objects are made: a full collection it would
        start here runs holding the interpreter lock, and the screen froze for seconds (real 30k)."""
        gc.disable()
        try:
            self._read_store()
        finally:
            gc.freeze()        # what was loaded lives as long as the store: never walk it again
            gc.enable()

    def _read_store(self) -> None:
        outlined = None
        try:
            store = Store.open_summary(self.db)
            if not store.texts_loaded:
                painted = threading.Event()
                self.post_message(StoreOutlined(store, painted))
                painted.wait(timeout=10)
                try:
                    if not store.outline_loaded:
                        store.load_outline()
                        # titles and places are searchable from here; the texts join below
                        outlined = SearchIndex(store)
                        self.post_message(SectionsListed(store, outlined))
                    store.load_texts()
                except StoreError:
                    store = Store.open(self.db)   # the index is damaged: read the store itself
            index = outlined if outlined is not None and outlined.store is store else SearchIndex(store)
            index.add_bodies()
            if store.read_from == "index":
                index.build_char_index()     # read from the app index: a moment, so before "loaded"
        except StoreError as exc:
            self.post_message(StoreFailed(str(exc)))
            return
        self.post_message(StoreLoaded(store, index))

    def _store_light(self, store: Store) -> None:
        """The tree and counts are known; texts and figures are still loading."""
        self._show_counts(store)
        tree = self.query_one(RegionTree)
        tree.load_store(store)
        self.query_one(DetailView).show_message("Loading texts and figures…")
        self._focus_tree_unless_elsewhere()

    @work(thread=True, exclusive=True, group="store")
    def build_and_load(self, sources: list[Path], replace: bool = False, refresh: bool = False) -> None:
        """Add sources to the store (or make it exactly them), then open it."""
        from .store import build_store, collect_sources
        try:
            files, skipped = collect_sources(sources)
            self.post_message(BuildProgress(0, len(files)))

            def progress(n: int, total: int, name: str) -> None:
                self.post_message(BuildProgress(n, total, name))
            report = build_store(files, self.db, progress=progress, skipped=skipped, replace=replace,
                                 refresh=refresh)
        except StoreError as exc:
            self.post_message(BuildFinished(f"Build failed: {exc}", "error"))
            self.post_message(StoreFailed(str(exc)))
            return
        if not report.ok:
            reasons = "; ".join(f"{Path(p).name}: {why}" for p, why in report.skipped[:5])
            self.post_message(BuildFinished(f"Nothing could be read ({reasons})", "error"))
        else:
            note = f"Built {self.db.name}: {report.summary()}"
            if report.stale:
                stale = ", ".join(name for name, _ in report.stale[:3])
                note += f" (stale: {stale}: their files could not be read again)"
            if report.moved_aside:
                note += f"; the old store could not be used as it was and was kept as {report.moved_aside.name}"
            warn = report.skipped or report.stale or report.duplicates
            self.post_message(BuildFinished(note, "warning" if warn else "information"))
        self._open_in_worker()

    # -- what the workers report -----------------------------------------------------------------
    @on(StoreOutlined)
    def _on_outlined(self, message: StoreOutlined) -> None:
        self._store_light(message.store)
        self.call_after_refresh(message.painted.set)

    @on(SectionsListed)
    def _on_sections_listed(self, message: SectionsListed) -> None:
        self.query_one(RegionTree).outline_ready(message.store)
        if self.index is None:
            self.index = message.index
            query = self.query_one(SearchBox).value
            if query.strip():
                self.run_search(query)   # typed while the store loads: titles and places now, texts later

    @on(StoreLoaded)
    def _on_loaded(self, message: StoreLoaded) -> None:
        self._store_loaded(message.store, message.index)

    @on(StoreFailed)
    def _on_failed(self, message: StoreFailed) -> None:
        self._store_failed(message.problem)

    @on(BuildProgress)
    def _on_build_progress(self, message: BuildProgress) -> None:
        if message.done == 0:
            self._build_started(message.total)
        else:
            self._build_progress(message.done, message.total, message.name)

    @on(BuildFinished)
    def _on_build_finished(self, message: BuildFinished) -> None:
        self._build_finished(message.note, message.severity)

    @on(SearchFound)
    def _on_search_found(self, message: SearchFound) -> None:
        self._show_results(message.query, message.results, message.complete)

    @on(Notice)
    def _on_notice(self, message: Notice) -> None:
        self.notify(message.text, timeout=message.timeout)

    def _build_started(self, total: int) -> None:
        self.query_one("#build-status").add_class("-visible")
        self.query_one("#build-label", Static).update(f"Building {self.db.name} from {total} files…")
        self.query_one("#build-bar", ProgressBar).update(total=max(total, 1), progress=0)
        self.query_one(DetailView).show_message("Building the store…")

    def _build_progress(self, n: int, total: int, name: str) -> None:
        self.query_one("#build-label", Static).update(Text(f"Parsing {n}/{total}: {name}"))
        self.query_one("#build-bar", ProgressBar).update(total=total, progress=n)

    def _build_finished(self, note: str, severity: str) -> None:
        self.query_one("#build-status").remove_class("-visible")
        self.notify(note, severity=severity, timeout=6)

    def _show_counts(self, store: Store) -> None:
        c = store.counts()
        self.sub_title = (f"{self.db.name} · {c['articles']:,} articles · {c['sections']:,} sections · "
                          f"{c['figures']:,} figures · {c['regions']:,} regions")

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = self.db.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def check_store_changed(self) -> None:
        """Another build rewrote the store while it was open: offer to reload it."""
        if self.store is None or self._change_offered:
            return
        if self._stamp() != self._loaded_stamp:
            self._change_offered = True
            self.notify("The store changed on disk. Press ctrl+r to reload it.", severity="warning", timeout=30)

    def action_reload(self) -> None:
        self._change_offered = False
        self.notify("Reloading the store…", timeout=2)
        self.load_store()

    def _store_loaded(self, store: Store, index: SearchIndex) -> None:
        # millions of long-lived objects: keep the cyclic collector from walking them on every pause
        # (a full collection over a 10,000-article store stalled the UI for ~0.4 s)
        gc.freeze()
        # and collect less often: a resize makes ~100,000 short-lived objects, and with the default
        # thresholds that was ~60 young collections, a few of 2-3 ms, and a full one of ~20 ms
        # (with the heap frozen, the full collection's "a quarter of the old objects are new" test
        # passes almost every time) inside the 50-90 ms the screen stood still
        gc.set_threshold(*COLLECTOR_THRESHOLDS)
        self._loaded_stamp = self._stamp()
        self._change_offered = False
        self.store, self.index = store, index
        self._show_counts(store)
        tree = self.query_one(RegionTree)
        if tree.store is not store:
            tree.load_store(store)
        if not store.counts()["sections"]:
            self.query_one(DetailView).show_message(
                "This store holds no articles. Build one with: tui-browse build SOURCE... --db " + str(self.db))
            return
        roots = store.roots()
        previous = self._opened_early or self.selected
        self._opened_early = None
        if previous and (previous[1] in (store.regions if previous[0] == "region" else store.sections)):
            self.open_node(*previous)      # a reload keeps the user where they were
        elif roots:
            self.open_node("region", roots[0])
        self._focus_tree_unless_elsewhere()
        if self.notice:
            self.notify(self.notice, title="Samples", timeout=20)
            self.notice = None
        self.warm_search()
        query = self.query_one(SearchBox).value
        if query.strip():
            self.run_search(query)      # typed while the store loaded: its results, now they can be had

    def _focus_tree_unless_elsewhere(self) -> None:
        """The tree takes the keys once the store is in, unless the user went somewhere (the search
        box, typing) meanwhile: their keys must land where they meant them."""
        if self.focused is None or isinstance(self.focused, RegionTree):
            self.query_one(RegionTree).focus()

    @work(thread=True, group="warm")
    def warm_search(self) -> None:
        if self.index is not None:
            if self.index.char_index is None:
                self.index.build_char_index()   # off the typing path: searches scan the text until it is ready
            self.index.pinyin()
            gc.freeze()
        store = self.store
        if store is not None and store.texts_loaded:
            store.warm_large_regions()     # opening the largest regions must not gather their figures
        have = self._comparer
        if store is not None and store.figures and (have is None or have.store is not store):
            # the compare screen's grouping, made while the user reads: `m` then opens at once
            self.post_message(ComparerReady(_grouped(store), show=False))

    def _store_failed(self, message: str) -> None:
        self.store = None
        self.query_one(DetailView).show_message(f"No store: {message}")
        sources = self.rebuild_from or self._default_sources()
        label = ", ".join(str(s) for s in sources[:3]) if sources else "nothing"

        def answer(rebuild: bool | None) -> None:
            if rebuild and sources:
                self.build_and_load(sources)
        self.push_screen(ProblemScreen(message, bool(sources), label), answer)

    def _default_sources(self) -> list[Path] | None:
        """What a store that cannot be opened is rebuilt from: the samples' store from the bundled
        seeds; any other store (the library above all) only from the files it was built from."""
        if self.db == samples_store_path():
            from .samples import bundled_seeds
            return [bundled_seeds()]
        from .store.appindex import recorded_source_paths
        return [p for p in recorded_source_paths(self.db) if p.exists()] or None

    # -- showing nodes -------------------------------------------------------------------------
    def open_node(self, kind: str, key: object, focus_tree: bool = False) -> None:
        store = self.store
        if store is None:
            self._opened_early = (kind, key)
            self.query_one(DetailView).show_message("Loading texts and figures… (it opens when they are in)")
            return
        if kind == "region" and key not in store.regions or kind == "section" and key not in store.sections:
            return
        self.selected = (kind, key)
        if focus_tree:
            self.query_one(RegionTree).focus()

    def watch_selected(self, selected: tuple[str, object] | None) -> None:
        store = self.store
        if selected is None or store is None:
            return
        kind, key = selected
        self.query_one(RegionTree).reveal(kind, key)
        detail = self.query_one(DetailView)
        numbers = self.query_one(NumbersPanel)
        if kind == "region":
            detail.show_region(store, key)
            numbers.show_figures(store, store.figures_of_region(key, reprints=self.show_reprints), key)
            left_out = 0 if self.show_reprints else store.reprinted_figures(key)
            if left_out:
                numbers.border_subtitle += f" · {left_out:,} in reprints left out (p)"
        else:
            detail.show_section(store, key)
            numbers.show_figures(store, store.section_figures.get(key, []), store.sections[key]["title"])

    @on(OpenNode)
    def _on_open_node(self, message: OpenNode) -> None:
        self.open_node(message.kind, message.key, message.focus_tree)

    @on(FigureFocused)
    def _on_figure_focused(self, message: FigureFocused) -> None:
        if self.store is None or message.figure_id not in self.store.figures:
            return
        sid = self.store.figures[message.figure_id]["section_id"]
        self.query_one(DetailView).show_section(self.store, sid, message.figure_id)

    # -- search --------------------------------------------------------------------------------
    @on(Input.Changed, "#search")
    def _on_query(self, event: Input.Changed) -> None:
        results = self.query_one(SearchResults)
        if not event.value.strip():
            if self.query_one(SearchBox).has_focus:
                results.show_hint()
            else:
                results.close()
            return
        results.open()
        self.run_search(event.value)

    @on(SearchBox.Opened)
    def _on_search_opened(self) -> None:
        self.query_one(SearchResults).open()

    @on(SearchBox.Left)
    def _on_search_left(self) -> None:
        self.query_one(SearchResults).close()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        if self.index is None:
            return
        worker = get_current_worker()
        try:
            # a newer keystroke cancels this worker; the search stops at its next check
            index = self.index
            complete = index.texts_searched
            found = index.search(query, limit=RESULTS_SHOWN, should_stop=lambda: worker.is_cancelled)
        except SearchCancelled:
            return
        if not worker.is_cancelled:
            self.post_message(SearchFound(query, found, complete))

    def _show_results(self, query: str, results: list[SearchResult], complete: bool = True) -> None:
        if self.query_one(SearchBox).value != query:
            return
        self.query_one(SearchResults).show_results(results, query.strip(), complete)

    @on(SearchBox.Move)
    def _on_move(self, message: SearchBox.Move) -> None:
        results = self.query_one(SearchResults)
        if results.option_count and results.chosen is not None:
            results.highlighted = max(0, min(results.option_count - 1, results.highlighted + message.step))

    @on(Input.Submitted, "#search")
    def _on_submit(self) -> None:
        self._open_result(self.query_one(SearchResults).chosen)

    @on(OptionList.OptionSelected, "#results")
    def _on_click_result(self, event: OptionList.OptionSelected) -> None:
        self.query_one(SearchResults).highlighted = event.option_index
        self._open_result(self.query_one(SearchResults).chosen)

    def _open_result(self, result: SearchResult | None) -> None:
        if result is None:
            self.bell()
            return
        self.open_node(result.kind, result.key)

    @on(SearchBox.Cleared)
    def _on_cleared(self) -> None:
        self.query_one(SearchResults).close()
        target = self._return_focus if self._return_focus is not None and self._return_focus.is_mounted else None
        (target or self.query_one(RegionTree)).focus()

    def action_focus_search(self) -> None:
        if self.focused is not None and not isinstance(self.focused, SearchBox):
            self._return_focus = self.focused
        self.query_one(SearchBox).focus()

    # -- copy and export -----------------------------------------------------------------------
    @on(CopyRequested)
    def _on_copy(self, message: CopyRequested) -> None:
        self.copy(message.text, message.what)

    def copy(self, text: str, what: str) -> None:
        try:
            self.copy_to_clipboard(text)   # OSC 52: the terminal's clipboard, also over SSH
        except Exception as exc:  # a closed or odd terminal must not take the app down
            self.notify(f"Could not copy {what}: {exc}", severity="error")
            return
        self.copy_locally(text, what)

    @work(thread=True, group="clipboard")
    def copy_locally(self, text: str, what: str) -> None:
        """The local clipboard through pyperclip, off the UI thread: it starts a program (xclip,
        pbcopy …) that may take its time or hang."""
        problem = local_copy(text)
        if problem is not None and not self._said_no_local_clipboard:
            # said once: the terminal's clipboard got it, which is what most users need
            self._said_no_local_clipboard = True
            self.post_message(Notice(f"Copied {what} (to the terminal's clipboard; no local clipboard: {problem})", 5))
        else:
            self.post_message(Notice(f"Copied {what}", 3))

    def action_export(self) -> None:
        """Ask where and as what, then write the figures the numbers panel shows."""
        if self.store is None or self.selected is None:
            self.notify("Nothing selected to export", severity="warning")
            return
        fids = list(self.query_one(NumbersPanel).shown_ids)
        if not fids:
            self.notify("No figures to export", severity="warning")
            return
        kind, key = self.selected
        label = key if kind == "region" else self.store.sections[key]["title"]

        def chosen(answer: tuple[Path, str] | None) -> None:
            if answer is not None:
                self.export_figures(fids, *answer)
        self.push_screen(ExportScreen(str(label), len(fids), self._export_default(str(label), "figures"),
                                      self.export_format), chosen)

    def _export_default(self, what: str, fallback: str) -> Path:
        """Where an export of `what` goes unless the user says otherwise: the export folder, a name
        made of what it is and when."""
        slug = re.sub(r"[^\w\u4e00-\u9fff]+", "-", what).strip("-")[:40] or fallback
        return self.export_dir / f"tui-browse-{slug}-{datetime.now():%Y%m%d-%H%M%S}"

    def _write_export(self, path: Path, data: bytes, done: str) -> bool:
        """Write an export; say so (done: "12 figures"), or say why not. True when written."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as exc:
            self.notify(f"Could not export to {path}: {exc.strerror or exc}", severity="error")
            return False
        self.last_export = path
        self.notify(f"Exported {done} to {path}", timeout=8)
        return True

    def export_figures(self, fids: list[int], path: Path, fmt: str) -> None:
        from .export import export_bytes, figure_rows
        if self._write_export(path, export_bytes(figure_rows(self.store, fids), fmt), f"{len(fids):,} figures"):
            self.export_format = fmt

    def ask_export_path(self, what: str, count: int, data: bytes, formats: tuple[str, ...] = ("csv",)) -> None:
        """Ask where to save bytes already made (the compare screen's CSV), then write them."""
        def chosen(answer: tuple[Path, str] | None) -> None:
            if answer is not None:
                self._write_export(answer[0], data, f"{count:,} rows")
        self.push_screen(ExportScreen(what, count, self._export_default(what, "compare"), formats[0], formats,
                                      noun="rows"), chosen)

    # -- comparing regions ---------------------------------------------------------------------
    def action_compare(self) -> None:
        """One metric across regions (the compare screen). The figures are grouped by metric once per
        store, in a worker (a second or more at 100,000 articles); the screen is kept between visits."""
        from .screens.compare import CompareScreen
        if self.store is None or not self.store.figures:
            self.notify("The store is still loading; compare when it is ready", severity="warning")
            return
        if isinstance(self.screen, CompareScreen):
            return
        if self._comparer is not None and self._comparer.store is self.store:
            self._show_compare()
            return
        worker = self._group_by_metric(self.store)

        def still_grouping() -> None:         # said only when the user would wonder
            if worker.is_running:
                self.notify("Grouping the figures by metric…", timeout=2)
        self.set_timer(0.3, still_grouping)

    @work(thread=True, exclusive=True, group="compare")
    def _group_by_metric(self, store: Store) -> None:
        self.post_message(ComparerReady(_grouped(store)))

    @on(ComparerReady)
    def _on_comparer_ready(self, message: ComparerReady) -> None:
        if message.comparer.store is not self.store:
            return          # the store was reloaded meanwhile
        if self._comparer is None or self._comparer.store is not self.store:
            self._comparer = message.comparer
        if message.show:
            self._show_compare()

    def _show_compare(self) -> None:
        from .screens.compare import CompareScreen
        if self._compare_screen is None or self._compare_screen.comparer is not self._comparer:
            if self._compare_screen is not None:
                self.uninstall_screen(self._compare_screen)
            self._compare_screen = CompareScreen(self._comparer)
            self.install_screen(self._compare_screen, "compare")
        self.push_screen("compare")

    def show_figure(self, figure_id: int) -> None:
        """Open a figure's section with the figure marked (the compare screen's enter)."""
        store = self.store
        if store is None or figure_id not in store.figures:
            return
        sid = store.figures[figure_id]["section_id"]
        self.selected = ("section", sid)
        self.query_one(DetailView).show_section(store, sid, figure_id)

    # -- other actions -------------------------------------------------------------------------
    def action_toggle_reprints(self) -> None:
        """Count the figures of reprinted stories too, or leave them out again (the default)."""
        self.show_reprints = not self.show_reprints
        self.notify("Reprints counted" if self.show_reprints else "Reprints left out", timeout=2)
        if self.selected is not None:
            self.selected = self.selected      # the same node again: its figures with the new choice

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_original(self) -> None:
        detail = self.query_one(DetailView)
        if detail.section_id is None:
            self.notify("Open a section to see its original text", severity="warning")
            return
        detail.set_original(not detail.show_original)
        self.notify("Showing the original text" if detail.show_original else "Showing the simplified text",
                    timeout=2)


def _grouped(store: Store):
    """The store's figures grouped by metric (store/compare.Comparer), with the chart the compare
    screen opens on and the next two made and measured too. Runs in a worker thread."""
    from .screens.compare import measure_chart
    from .store.compare import Comparer
    comparer = Comparer(store)
    for held in comparer.metrics()[:3]:      # the chart it opens on, and the next two: ↓ at once
        measure_chart(comparer.charts(held.metric)[0].rows)
    gc.freeze()     # its groups live as long as the store: collections need not walk them
    return comparer
