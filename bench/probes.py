"""Small programs the benchmark runs in fresh processes, so each measure starts from a cold process.

    python -m bench.probes paint STORE        -> JSON: seconds from process start to first paint, memory
    python -m bench.probes baseline_paint     -> the same for a bare Textual app (the baseline)
    python -m bench.probes regex_baseline DIR -> JSON: seconds to read, decode and scan DIR with one regex
    python -m bench.probes build DIR STORE    -> JSON: seconds and peak memory of a build
    python -m bench.probes freeze STORE       -> JSON: the longest screen freeze, first-search latency
"""
from __future__ import annotations

import asyncio
import json
import re
import resource
import sys
import time
from pathlib import Path

STARTED = float(sys.argv[-1]) if len(sys.argv) > 2 and sys.argv[-1].replace(".", "").isdigit() else None


def _since_start() -> float:
    return time.time() - STARTED if STARTED else time.process_time()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def paint(store: str) -> dict:
    """First paint (the region tree with its counts) and fully loaded (texts, figures, search)."""
    from tui_browse.app import BrowserApp

    class Timed(BrowserApp):
        marks: dict = {}

        def _store_light(self, st):
            super()._store_light(st)
            self.call_after_refresh(self._painted)

        def _store_loaded(self, st, index):
            super()._store_loaded(st, index)
            self.call_after_refresh(self._loaded)

        def _painted(self):
            self.marks.setdefault("paint", _since_start())

        def _loaded(self):
            self._painted()
            self.marks["loaded"] = _since_start()
            self.exit()

    app = Timed(db=store)
    app.run(headless=True, size=(120, 40))
    return {"first_paint_s": app.marks.get("paint"), "loaded_s": app.marks.get("loaded"), "peak_mb": _peak_mb()}


def baseline_paint() -> dict:
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        marks: dict = {}

        def compose(self):
            yield Static("hello")

        def on_mount(self):
            self.call_after_refresh(self._painted)

        def _painted(self):
            self.marks["paint"] = _since_start()
            self.exit()

    app = Bare()
    app.run(headless=True, size=(120, 40))
    return {"first_paint_s": app.marks.get("paint"), "peak_mb": _peak_mb()}


# One regular expression over a list of units: what a quick script would do (the build baseline).
_ONE_REGEX = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|%|个|家|项|人|平方米|亩)")


def regex_baseline(folder: str) -> dict:
    t = time.perf_counter()
    chars = hits = 0
    for f in sorted(Path(folder).rglob("*.txt")):
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        chars += len(text)
        hits += len(_ONE_REGEX.findall(text))
    return {"seconds": time.perf_counter() - t, "chars": chars, "figures": hits}


def build(folder: str, db: str) -> dict:
    """Build db from folder in this process: seconds and the peak memory of the build (this process
    and the largest of its parsing workers)."""
    from tui_browse.cli import main
    t = time.perf_counter()
    main(["build", folder, "--db", db, "--quiet", "--replace"])
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": time.perf_counter() - t, "peak_mb": _peak_mb(), "worker_peak_mb": children}


def add(folder: str, db: str) -> dict:
    """Add the files of folder to the store at db (a user's growing library): seconds and peak memory."""
    from tui_browse.cli import main
    t = time.perf_counter()
    main(["build", folder, "--db", db, "--quiet"])
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": time.perf_counter() - t, "peak_mb": _peak_mb(), "worker_peak_mb": children}


class Heartbeat:
    """A 5 ms beat in the event loop; take() is the longest gap (ms) since the last take()."""

    def __init__(self) -> None:
        self.gap = 0.0
        self.beating = False
        self.task = None

    async def _beat(self) -> None:
        last = time.perf_counter()
        while self.beating:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            self.gap = max(self.gap, now - last - 0.005)
            last = now

    def start(self) -> None:
        self.beating = True
        self.task = asyncio.create_task(self._beat())

    async def stop(self) -> None:
        self.beating = False
        await self.task

    def take(self) -> int:
        gap, self.gap = self.gap, 0.0
        return round(gap * 1000)


def freeze(store: str, query: str = "bj", expected: str = "北京") -> dict:
    """The longest the screen freezes: a 5 ms heartbeat in the app's event loop while a user opens
    the store and at once types a query, then moves between panes, resizes, opens the largest
    region, presses end, escape. Also: how long until the first query's results show."""
    from textual import events
    from tui_browse.app import BrowserApp
    from tui_browse.widgets.region_tree import RegionTree

    async def run() -> dict:
        app = BrowserApp(db=store)
        heart = Heartbeat()
        phases: dict[str, float] = {}

        def take(name: str) -> None:
            phases[name] = heart.take()

        async with app.run_test(size=(120, 40)) as pilot:
            heart.start()
            t0 = time.perf_counter()
            # typed as a terminal sends keys, a Key event each, not through Pilot: its press waits
            # until the process is idle (up to a second a call, twice a key), and the loading
            # threads keep it busy, so a query "typed" through it lands when the load is done
            for key, char in [("slash", "/"), *((c, c) for c in query)]:
                app.post_message(events.Key(key, char))
                await asyncio.sleep(0.03)
            first = None
            while time.perf_counter() - t0 < 30:
                await asyncio.sleep(0.02)
                shown = getattr(app.query_one("#results"), "results", [])
                if any(expected in r.title + r.region for r in shown):
                    first = time.perf_counter() - t0
                    break
            take("typing at once")
            while app.index is None or any(w.is_running for w in app.workers):
                await asyncio.sleep(0.05)
            loaded = time.perf_counter() - t0
            take("until loaded")
            await pilot.press("escape")
            for key in ("tab", "tab", "tab", "shift+tab"):
                await pilot.press(key)
                await asyncio.sleep(0.1)
            take("tab, escape")
            await pilot.resize_terminal(100, 30)
            await asyncio.sleep(0.2)
            await pilot.resize_terminal(120, 40)
            await asyncio.sleep(0.2)
            take("resize")
            largest = max(app.store.regions, key=lambda r: len(app.store.region_sections.get(r, ())))
            node = app.query_one(RegionTree).reveal("region", largest)
            await asyncio.sleep(0.2)
            app.query_one(RegionTree).focus()
            if node is not None:
                app.query_one(RegionTree).move_cursor(node)
            await pilot.press("enter", "space")
            await asyncio.sleep(0.3)
            take("enter on the largest region")
            await pilot.press("tab", "end")
            await asyncio.sleep(0.2)
            take("end in the numbers panel")
            await heart.stop()
        worst = max(phases.items(), key=lambda kv: kv[1])
        return {"worst_freeze_ms": worst[1], "worst_phase": worst[0], "phases": phases,
                "first_search_s": first, "loaded_s": loaded, "peak_mb": _peak_mb()}

    return asyncio.run(run())


def freeze_baseline() -> dict:
    """The same heartbeat in a bare Textual app (an input and a text) through tab and resize: what
    the terminal and Textual cost on this machine, measured in the same run."""
    from textual.app import App
    from textual.widgets import Input, Static

    class Bare(App):
        def compose(self):
            yield Input()
            yield Static("hello " * 200)

    async def run() -> dict:
        app = Bare()
        heart = Heartbeat()
        async with app.run_test(size=(120, 40)) as pilot:
            heart.start()
            await pilot.press("b", "j", "tab", "tab", "shift+tab")
            await asyncio.sleep(0.2)
            await pilot.resize_terminal(100, 30)
            await asyncio.sleep(0.2)
            await pilot.resize_terminal(120, 40)
            await asyncio.sleep(0.2)
            await heart.stop()
        return {"worst_freeze_ms": heart.take()}

    return asyncio.run(run())


if __name__ == "__main__":
    what = sys.argv[1]
    args = [a for a in sys.argv[2:] if a != (sys.argv[-1] if STARTED else None)]
    print(json.dumps(globals()[what](*args)))
