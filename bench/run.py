"""The benchmark: build, open, search, the numbers panel and the compare screen at N = 100, 1,000 and
10,000 articles.

    python -m bench.run                 # all sizes, 3 runs each (about 10 minutes)
    python -m bench.run --sizes 100 1000 --runs 3
    python -m bench.run --real 30000 --runs 2   # real articles (see below), with the freeze probe

--real N makes a corpus of N real articles from ../shared/corpus/archives (two months of real news,
4,449 articles, extracted with py7zr), copied until there are N files; each copy differs by trailing
newlines so the build does not take it for a duplicate of the file it repeats. It measures the build
(speed, peak memory), the longest screen freeze while a user opens the store and types at once, the
first query's latency, the app's peak memory and search latency, each beside its baseline.

Prints one table and writes it as JSON under bench/results/. Every figure is the median of the runs;
every speed also has a ratio to a baseline measured in the same run on the same data (the machine
is shared and noisy, so ratios travel better than seconds).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
RESULTS = ROOT / "bench" / "results"
QUERIES = ["项", "项目", "总投资", "新增企业", "膠州", "jiaozhou", "jz", "项目 投资", "火星基地"]


def corpus(n: int) -> Path:
    folder = CORPUS / str(n)
    if not (folder / ".complete").exists():
        from bench.generate import generate
        shutil.rmtree(folder, ignore_errors=True)
        generate(n, folder)
        (folder / ".complete").write_text("ok")
    return folder


ARCHIVES = ROOT.parent / "shared" / "corpus" / "archives"


def real_corpus(n: int) -> Path:
    """N real articles from the archives (extracted once), copied until there are N."""
    folder = CORPUS / f"real-{n}"
    if (folder / ".complete").exists():
        return folder
    months = CORPUS / "real-archive"
    if not (months / ".complete").exists():
        archives = sorted(ARCHIVES.glob("*.7z"))
        if not archives:
            raise SystemExit(f"--real needs the archives in {ARCHIVES}")
        try:
            import py7zr
        except ImportError:
            raise SystemExit("--real needs py7zr to extract the archives: pip install py7zr") from None
        shutil.rmtree(months, ignore_errors=True)
        for archive in archives:
            with py7zr.SevenZipFile(archive) as z:
                z.extractall(months)
        (months / ".complete").write_text("ok")
    originals = sorted(p for p in months.rglob("*.txt"))
    shutil.rmtree(folder, ignore_errors=True)
    made, copy = 0, 0
    while made < n:
        for src in originals:
            if made >= n:
                break
            dest = folder / f"copy{copy}" / src.relative_to(months)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(src.read_bytes() + b"\n" * copy)
            made += 1
        copy += 1
    (folder / ".complete").write_text("ok")
    return folder


def corpus_chars(folder: Path) -> int:
    from tui_browse.parser import decode_bytes
    return sum(len(decode_bytes(f.read_bytes())[0]) for f in folder.rglob("*.txt"))


def _run(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def _probe(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.probes", *args, f"{time.time():.6f}"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _remove_store(db: Path) -> None:
    """A store and its app index gone, so that the next build starts from nothing."""
    db.unlink(missing_ok=True)
    for beside in db.parent.glob(db.name + ".*"):
        shutil.rmtree(beside, ignore_errors=True) if beside.is_dir() else beside.unlink(missing_ok=True)


def bench_build(folder: Path, db: Path, runs: int) -> dict:
    cli = [sys.executable, "-m", "tui_browse.cli", "build", str(folder), "--db", str(db), "--quiet"]
    fresh, again, base = [], [], []
    for _ in range(runs):
        _remove_store(db)
        fresh.append(_run(cli))
        again.append(_run(cli))
        base.append(_probe("regex_baseline", str(folder))["seconds"])
    return {"build_s": statistics.median(fresh), "rebuild_unchanged_s": statistics.median(again),
            "regex_baseline_s": statistics.median(base)}


def bench_open(db: Path, runs: int) -> dict:
    ours = [_probe("paint", str(db)) for _ in range(runs)]
    bare = [_probe("baseline_paint") for _ in range(runs)]
    return {"first_paint_s": statistics.median(r["first_paint_s"] for r in ours),
            "loaded_s": statistics.median(r["loaded_s"] for r in ours),
            "peak_mb": max(r["peak_mb"] for r in ours),
            "bare_textual_paint_s": statistics.median(r["first_paint_s"] for r in bare)}


async def _until_painted(app, act, ready) -> float:
    """Seconds from act() to the first repaint after ready() holds (polled every half millisecond;
    `call_after_refresh` runs once the screen is drawn)."""
    painted: list[float] = []
    t = time.perf_counter()
    act()
    while not ready():
        await asyncio.sleep(0.0005)
    app.call_after_refresh(lambda: painted.append(time.perf_counter()))
    while not painted:
        await asyncio.sleep(0.0005)
    return painted[0] - t


async def _interactive(db: Path, runs: int) -> dict:
    """Search latency per keystroke and the numbers panel's first rows, in one headless session:
    every query typed `runs` times (each round from a cold search cache), the largest region opened
    `runs` times (from another region)."""
    from tui_browse.app import BrowserApp
    from tui_browse.widgets.numbers import NumbersPanel

    shown: dict[str, float] = {}

    class Timed(BrowserApp):
        def _show_results(self, query, results, complete=True):
            super()._show_results(query, results, complete)
            if complete:                 # (titles and places only, while the texts load: not timed)
                shown[query] = time.perf_counter()

    app = Timed(db=db)
    latencies: list[float] = []
    numbers: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            await pilot.pause(0.05)
            if app.store is not None and not app.workers._workers:
                break
        app.index.pinyin()
        store = app.store
        region = max(store.regions, key=store.figure_count)
        small = min(store.regions, key=store.figure_count)
        for _ in range(runs):
            app.index._scans.clear()      # each round types the queries as if for the first time
            for query in QUERIES:
                await pilot.press("slash")
                box = app.query_one("#search")
                box.value = ""
                await pilot.pause()
                typed = ""
                for ch in query:
                    typed += ch
                    shown.pop(typed, None)
                    t = time.perf_counter()
                    box.insert_text_at_cursor(ch)
                    while shown.get(typed, 0) < t:
                        await asyncio.sleep(0.0005)
                    await pilot.pause()
                    latencies.append(shown[typed] - t)
                await pilot.press("escape")
            app.open_node("region", small)
            await pilot.pause()
            t = time.perf_counter()
            app.open_node("region", region)
            await pilot.pause()
            numbers.append(time.perf_counter() - t)
        rows = app.query_one(NumbersPanel).row_count
        from textual.screen import Screen
        from textual.widgets import Footer, Static
        from tui_browse.screens.compare import CompareScreen

        class Bare(Screen):
            def compose(self):
                yield Static("a bare screen")
                yield Footer()

        def chart_shown() -> bool:
            screen = app.screen
            return isinstance(screen, CompareScreen) and screen.shown is not None

        compare_open, compare_at_once, compare_next, compare_bare = [], [], [], []
        for _ in range(runs):
            # the compare screen: from the key to the metric list and the first chart painted (the
            # first time the figures are grouped by metric unless the idle worker did it), then
            # from the key to the next metric's chart painted, pressed at once and after a pause
            compare_open.append(await _until_painted(app, lambda: app.simulate_key("m"), chart_shown))
            before = app.screen.metric
            compare_at_once.append(await _until_painted(app, lambda: app.simulate_key("down"),
                                                        lambda: app.screen.metric != before and chart_shown()))
            await pilot.pause(0.5)    # a user reading the chart (its neighbours are made meanwhile)
            await pilot.pause()
            before = app.screen.metric
            compare_next.append(await _until_painted(app, lambda: app.simulate_key("down"),
                                                     lambda: app.screen.metric != before and chart_shown()))
            await pilot.press("escape")
            await pilot.pause()
            # the baseline: a screen of one line and the footer, pushed and painted the same way
            bare = Bare()
            compare_bare.append(await _until_painted(app, lambda: app.push_screen(bare),
                                                     lambda: app.screen is bare and bare.is_mounted))
            app.pop_screen()
            await pilot.pause()
        latencies.sort()
        return {"search_p50_ms": 1000 * statistics.median(latencies),
                "search_p95_ms": 1000 * latencies[max(0, int(len(latencies) * 0.95) - 1)],
                "search_max_ms": 1000 * latencies[-1],
                "keystrokes": len(latencies), "numbers_first_rows_ms": 1000 * statistics.median(numbers),
                "compare_first_open_ms": 1000 * compare_open[0],
                "compare_open_ms": 1000 * statistics.median(compare_open),
                "compare_next_metric_ms": 1000 * statistics.median(compare_next),
                "compare_next_at_once_ms": 1000 * statistics.median(compare_at_once),
                "compare_bare_screen_ms": 1000 * statistics.median(compare_bare),
                "largest_region": region, "largest_region_figures": store.figure_count(region),
                "rows_shown": rows}


def bench_rg(folder: Path, runs: int) -> dict:
    """ripgrep counting each query word over the corpus files: the median of `runs` per word."""
    # (pip's `ripgrep` puts rg beside the interpreter: found there without an activated venv)
    rg = shutil.which("rg") or shutil.which("rg", path=str(Path(sys.executable).parent))
    if not rg:
        return {"rg_median_ms": None, "rg_max_ms": None}
    times = []
    for query in QUERIES:
        for word in query.split():
            per_word = []
            for _ in range(runs):
                t = time.perf_counter()
                subprocess.run([rg, "-c", "-F", word, str(folder)], stdout=subprocess.DEVNULL)
                per_word.append(time.perf_counter() - t)
            times.append(statistics.median(per_word))
    return {"rg_median_ms": 1000 * statistics.median(times), "rg_max_ms": 1000 * max(times)}


def run(sizes: list[int], runs: int) -> list[dict]:
    rows = []
    work = Path(tempfile.mkdtemp(prefix="tui-browse-bench-"))
    try:
        for n in sizes:
            folder = corpus(n)
            chars = corpus_chars(folder)
            db = work / f"store-{n}.json"
            row = {"n": n, "chars": chars, "files": len(list(folder.glob("*.txt")))}
            row.update(bench_build(folder, db, runs))
            row["build_chars_per_s"] = chars / row["build_s"]
            row["build_vs_regex"] = row["build_s"] / row["regex_baseline_s"]
            row.update(bench_open(db, runs))
            row["paint_vs_bare"] = row["first_paint_s"] / row["bare_textual_paint_s"]
            row.update(asyncio.run(_interactive(db, runs)))
            row.update(bench_rg(folder, runs))
            row["store_mb"] = db.stat().st_size / 2 ** 20
            rows.append(row)
            print_table(rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def run_real(n: int, runs: int) -> dict:
    folder = real_corpus(n)
    work = Path(tempfile.mkdtemp(prefix="tui-browse-bench-real-"))
    try:
        db = work / "store.json"
        row = {"n": n, "files": sum(1 for _ in folder.rglob("*.txt")), "chars": corpus_chars(folder)}
        builds = []
        for _ in range(runs):
            # each run from nothing: over the store the run before wrote, a build copies the records
            # of the files it already holds (the run measured "rebuilds" at twice the real speed)
            _remove_store(db)
            builds.append(_probe("build", str(folder), str(db)))
        row["build_s"] = statistics.median(b["seconds"] for b in builds)
        row["build_peak_mb"] = max(max(b["peak_mb"], b["worker_peak_mb"]) for b in builds)
        row["build_chars_per_s"] = row["chars"] / row["build_s"]
        row["regex_baseline_s"] = statistics.median(_probe("regex_baseline", str(folder))["seconds"] for _ in range(runs))
        row.update(bench_open(db, runs))
        freezes = [_probe("freeze", str(db)) for _ in range(runs)]
        row["worst_freeze_ms"] = statistics.median(f["worst_freeze_ms"] for f in freezes)
        row["worst_phase"] = max(freezes, key=lambda f: f["worst_freeze_ms"])["worst_phase"]
        row["first_search_s"] = statistics.median(f["first_search_s"] or 99 for f in freezes)
        row["app_peak_mb"] = max(f["peak_mb"] for f in freezes)
        row["bare_freeze_ms"] = statistics.median(_probe("freeze_baseline")["worst_freeze_ms"] for _ in range(runs))
        row.update(asyncio.run(_interactive(db, runs)))
        row.update(bench_rg(folder, runs))
        row["store_mb"] = db.stat().st_size / 2 ** 20
        # last (it changes the store): one new file added to the library, as a user adds a day's paper
        new = work / "new"
        new.mkdir()
        first = next(iter(sorted(folder.rglob("*.txt"))))
        (new / "added.txt").write_bytes(first.read_bytes() + "\n　　（新增一段，使之成为新的文件。）\n".encode())
        added = _probe("add", str(new), str(db))
        row["add_one_s"] = added["seconds"]
        row["add_one_peak_mb"] = max(added["peak_mb"], added["worker_peak_mb"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return row


def print_real(row: dict) -> None:
    print(f"real corpus: {row['n']:,} articles ({row['files']:,} files), {row['chars']:,} characters")
    print(f"  build {row['build_s']:.1f} s = {row['build_chars_per_s'] / 1e6:.2f} M chars/s "
          f"(one regex over the files: {row['regex_baseline_s']:.1f} s), peak {row['build_peak_mb']:.0f} MB")
    if "add_one_s" in row:
        print(f"  adding one file to the built store: {row['add_one_s']:.1f} s, peak {row['add_one_peak_mb']:.0f} MB")
    print(f"  first paint {row['first_paint_s']:.2f} s (bare Textual {row['bare_textual_paint_s']:.2f} s), "
          f"loaded {row['loaded_s']:.2f} s, first query's results {row['first_search_s']:.2f} s")
    print(f"  longest screen freeze {row['worst_freeze_ms']:.0f} ms ({row['worst_phase']}; "
          f"bare Textual {row['bare_freeze_ms']:.0f} ms), app peak {row['app_peak_mb']:.0f} MB")
    rg = f"{row['rg_median_ms']:.0f} ms median, {row['rg_max_ms']:.0f} ms max" if row.get("rg_median_ms") else "not installed"
    print(f"  search p50 {row['search_p50_ms']:.1f} ms, p95 {row['search_p95_ms']:.1f} ms, max "
          f"{row['search_max_ms']:.0f} ms (ripgrep: {rg}); store {row['store_mb']:.0f} MB")
    print(f"  compare screen: metric list and first chart {row['compare_first_open_ms']:.0f} ms the first time "
          f"({row['compare_open_ms']:.0f} ms median), next metric's chart {row['compare_next_metric_ms']:.0f} ms "
          f"({row['compare_next_at_once_ms']:.0f} ms pressed the moment the screen shows) "
          f"(to painted; a bare screen pushed and painted: {row['compare_bare_screen_ms']:.0f} ms)")


def print_table(rows: list[dict]) -> None:
    spec = [("N", "n", "{:,}"), ("chars", "chars", "{:,}"), ("build s", "build_s", "{:.1f}"),
            ("M chars/s", "build_chars_per_s", "{:.2f}", 1e-6), ("×regex", "build_vs_regex", "{:.0f}"),
            ("rebuild s", "rebuild_unchanged_s", "{:.2f}"), ("paint s", "first_paint_s", "{:.2f}"),
            ("×bare", "paint_vs_bare", "{:.1f}"), ("loaded s", "loaded_s", "{:.2f}"), ("peak MB", "peak_mb", "{:.0f}"),
            ("search p50 ms", "search_p50_ms", "{:.1f}"), ("p95 ms", "search_p95_ms", "{:.1f}"),
            ("max ms", "search_max_ms", "{:.0f}"), ("rg ms", "rg_median_ms", "{:.1f}"),
            ("rg max", "rg_max_ms", "{:.0f}"), ("numbers ms", "numbers_first_rows_ms", "{:.0f}"),
            ("compare ms", "compare_first_open_ms", "{:.0f}"), ("next metric ms", "compare_next_metric_ms", "{:.0f}"),
            ("bare screen ms", "compare_bare_screen_ms", "{:.0f}"), ("store MB", "store_mb", "{:.0f}")]
    head = " | ".join(h for h, *_ in spec)
    print(head)
    print("-" * len(head))
    for r in rows:
        cells = []
        for h, key, fmt, *scale in spec:
            v = r.get(key)
            cells.append("—" if v is None else fmt.format(v * (scale[0] if scale else 1)))
        print(" | ".join(c.rjust(len(h)) for c, (h, *_) in zip(cells, spec)))


def main() -> None:
    p = argparse.ArgumentParser(description="tui-browse benchmark")
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--real", type=int, nargs="+", metavar="N", help="real-corpus sizes instead of synthetic")
    args = p.parse_args()
    if args.real:
        rows = []
        for n in args.real:
            rows.append(run_real(n, args.runs))
            print_real(rows[-1])
    else:
        rows = run(args.sizes, args.runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    payload = {"when": stamp, "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
               "runs": args.runs, "rows": rows}
    for name in (f"results-{stamp}.json", "latest.json"):
        (RESULTS / name).write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written to {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
