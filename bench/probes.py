"""Small programs the benchmark runs in fresh processes, so each measure starts from a cold process.

    python -m bench.probes paint STORE        -> JSON: seconds from process start to first paint, memory
    python -m bench.probes baseline_paint     -> the same for a bare Textual app (the baseline)
    python -m bench.probes regex_baseline DIR -> JSON: seconds to read, decode and scan DIR with one regex
"""
from __future__ import annotations

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
    for f in sorted(Path(folder).glob("*.txt")):
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", errors="replace")
        chars += len(text)
        hits += len(_ONE_REGEX.findall(text))
    return {"seconds": time.perf_counter() - t, "chars": chars, "figures": hits}


if __name__ == "__main__":
    what = sys.argv[1]
    args = [a for a in sys.argv[2:] if a != (sys.argv[-1] if STARTED else None)]
    print(json.dumps(globals()[what](*args)))
