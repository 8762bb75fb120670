"""The `tui-browse` command: build a store, list figures, or open the browser."""
from __future__ import annotations

from collections import Counter

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.text import Text
from rich.table import Table

from .store import (KINDS, BuildReport, Store, StoreError, build_store, collect_sources,
                   default_store_path, remove_sources)
from .store.records import REGION_LEVELS

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
PROGRESS_THRESHOLD = 20


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tui-browse build",
        description="Add article files to a store (your library unless --db names another). Files already "
                    "there and unchanged are kept, changed ones parsed again, and what the store held before "
                    "stays, unless --replace.")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="text files or folders of .txt files")
    p.add_argument("--db", type=Path, help=f"store file (default: your library, {default_store_path()})")
    p.add_argument("--replace", action="store_true",
                   help="make the store hold exactly these sources (the others are removed)")
    p.add_argument("--refresh", action="store_true",
                   help="read every source the store holds again from where it came from")
    p.add_argument("--quiet", action="store_true", help="print only problems")
    return p


def _remove_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tui-browse remove", description="Take sources out of a store.")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a source's name in the store, a file's path, or a folder (every source under it)")
    p.add_argument("--db", type=Path, help=f"store file (default: your library, {default_store_path()})")
    return p


def _sources_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tui-browse sources", description="List the sources a store was built from.")
    p.add_argument("--db", type=Path, help=f"store file (default: your library, {default_store_path()})")
    return p


def _figures_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tui-browse figures", description="List the figures of a store (your "
                                "library; the bundled samples until you have one).")
    p.add_argument("--region", help="only figures about this region, named as the search box takes it: "
                   "胶州市, 胶州, 膠州, jiaozhou, jz")
    p.add_argument("--under", help="figures about this region and every region under it (named the same ways)")
    p.add_argument("--kind", choices=(*KINDS, "other"),
                   help="only figures of this kind; other: every kind but money, percent, count and area (as the "
                        "numbers panel's 5)")
    p.add_argument("--reprints", action="store_true",
                   help="count the figures of stories that reprint another story too (left out by default)")
    p.add_argument("--since", type=_iso_date, help="only figures of articles dated on or after YYYY-MM-DD")
    p.add_argument("--until", type=_iso_date, help="only figures of articles dated on or before YYYY-MM-DD")
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table",
                   help="table (for reading), or every column as csv, json or xlsx (xlsx: redirect to a file)")
    p.add_argument("--db", type=Path, help=f"store file (default: {default_store_path()})")
    return p


def _compare_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tui-browse compare",
                                description="One metric across regions: the latest figure of each region, "
                                            "largest first, one table per unit (tui-browse metrics lists them)")
    p.add_argument("metric", nargs="+", metavar="METRIC",
                   help="a metric as `tui-browse metrics` lists it (总投资, 固定资产投资增长); several make a "
                        "cross-table: regions as rows, one column per metric")
    p.add_argument("--level", choices=REGION_LEVELS, help="only regions of this level (all counties, all zones …)")
    p.add_argument("--under", help="only regions under this one (named as the search box takes it: 胶州, jiaozhou)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="table (default), csv (UTF-8 with BOM) or json")
    p.add_argument("--db", type=Path, help=f"store file (default: {default_store_path()})")
    return p


def _metrics_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tui-browse metrics",
                                description="The metrics of the store, the most widely held first")
    p.add_argument("--level", choices=REGION_LEVELS, help="count only regions of this level")
    p.add_argument("--under", help="count only regions under this one")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--db", type=Path, help=f"store file (default: {default_store_path()})")
    return p


def run_build(sources: list[str], db: Path, quiet: bool = False, replace: bool = False,
              refresh: bool = False) -> int:
    if not sources and not refresh:
        err.print("[red]error:[/] name files or folders to add, or --refresh to read the store's own sources again")
        return 2
    files, skipped = collect_sources(sources)
    if sources and not files and not skipped:
        err.print(f"[red]error:[/] no .txt files in {', '.join(map(str, sources))}")
        return 1
    if len(files) >= PROGRESS_THRESHOLD and not quiet:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        # drawn from the build's own calls, never by Rich's refresh thread: with a second thread alive
        # the build cannot fork its parsing workers and spawns them, each loading the dictionaries
        # again (the two months built 35% slower with the bar on screen than without)
        with Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      TextColumn("{task.description}"), console=err, transient=True,
                      auto_refresh=False) as bar:
            task = bar.add_task("", total=len(files))
            report = build_store(files, db, skipped=skipped, replace=replace, refresh=refresh,
                                 progress=_drawn_at_most_every(0.1, lambda n, total, name: bar.update(
                                     task, completed=n, description=name, refresh=True)))
    else:
        report = build_store(files, db, skipped=skipped, replace=replace, refresh=refresh)
    return _print_report(report, db, quiet)


def _drawn_at_most_every(seconds: float, draw):
    """A progress callback that draws at most every `seconds`, and always the last step."""
    last = [float("-inf")]

    def progress(n: int, total: int, name: str) -> None:
        now = time.monotonic()
        if n >= total or now - last[0] >= seconds:
            last[0] = now
            draw(n, total, name)
    return progress


SKIPS_LISTED = 20     # skipped files listed one by one; the rest are counted by reason


def _print_report(report: BuildReport, db: Path, quiet: bool = False) -> int:
    if report.moved_aside:
        err.print(f"[yellow]note:[/] the old store could not be used as it was; kept it as "
                  f"{escape(str(report.moved_aside))}")
    shown = report.skipped if len(report.skipped) <= SKIPS_LISTED + 5 else report.skipped[:SKIPS_LISTED]
    for path, why in shown:
        err.print(f"[yellow]skipped[/] {escape(path)}: {escape(why)}")
    if len(shown) < len(report.skipped):
        reasons = Counter(why.split(";")[0] for _, why in report.skipped[len(shown):])
        summary = "; ".join(f"{n} {escape(why)}" for why, n in reasons.most_common(5))
        err.print(f"[yellow]skipped[/] {len(report.skipped) - len(shown)} more files: {summary}")
    if quiet and report.duplicates:   # not a problem: one line for them all
        err.print(f"{len(report.duplicates)} files repeat the text of a source already in the store (not added)")
    for path, original in ([] if quiet else report.duplicates):
        err.print(f"[yellow]duplicate[/] {escape(path)}: the same text as {escape(original)}, already in the store")
    for name, why in report.stale:
        err.print(f"[yellow]stale[/] {escape(name)}: {escape(why)}; its records are kept "
                  f"(tui-browse remove {escape(name)} takes them out)")
    for note in report.notes:
        err.print(f"[yellow]note:[/] {escape(note)}")
    if not report.ok:
        err.print(f"[red]error:[/] nothing could be read; {escape(str(db))} was not changed")
        return 1
    if not quiet:
        c = report.counts
        if report.removed:
            out.print(f"removed {len(report.removed)} sources: {escape(', '.join(report.removed[:10]))}"
                      + (" …" if len(report.removed) > 10 else ""))
        out.print(f"{escape(str(db))}: {c['articles']} articles, {c['sections']} sections, {c['figures']} figures, "
                  f"{c['regions']} regions ({escape(report.summary())})")
    return 0


def _open_for_reading(db_arg: Path | None) -> Store:
    db = db_arg or default_store_path()
    if db_arg is None and not db.exists():
        from .samples import samples_store
        db = samples_store()          # no library yet: the samples, as the browser shows them
        err.print("[dim]no library yet: the bundled samples (add articles with tui-browse build FOLDER)[/]")
    return Store.open(db)


def _print_table(table: Table) -> None:
    console = out if out.is_terminal else Console(highlight=False, width=200)
    console.print(table)


def run_remove(args: argparse.Namespace) -> int:
    db = args.db or default_store_path()
    return _print_report(remove_sources(db, args.sources), db)


def run_sources(args: argparse.Namespace) -> int:
    db = args.db or default_store_path()
    store = Store.open(db)
    meta = store.sources_meta
    counts: dict[str, int] = {}
    for article in store.articles.values():
        counts[article["source"]] = counts.get(article["source"], 0) + 1
    table = Table()
    for name in ("source", "articles", "path", "state"):
        table.add_column(name, overflow="fold", justify="right" if name == "articles" else "left")
    stale, paths = meta.get("stale", {}), meta.get("paths", {})
    for key in meta.get("sources", {}):
        table.add_row(Text(key), str(counts.get(key, 0)), Text(paths.get(key, "(not recorded)")),
                      Text(f"stale: {stale[key]}" if key in stale else "ok"))
    for key, (_, why) in meta.get("skipped", {}).items():
        table.add_row(Text(key), "0", Text(paths.get(key, "(not recorded)")), Text(f"skipped: {why}"))
    _print_table(table)
    out.print(f"{len(meta.get('sources', {}))} sources in {db}")
    return 0


def _iso_date(text: str) -> str:
    import datetime
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def run_figures(args: argparse.Namespace) -> int:
    from .export import TABLE_COLUMNS, export_bytes, figure_rows, to_json
    store = _open_for_reading(args.db)
    fids = sorted(store.figures)
    for asked, recursive in ((args.region, False), (args.under, True)):
        if asked:
            from .regionnames import resolve_region
            found, problem = resolve_region(store, asked)
            if problem:
                err.print(f"[red]error:[/] {escape(problem)} in {escape(str(store.path))}")
                return 1
            wanted = set(store.figures_of_region(found, recursive=recursive, reprints=args.reprints))
            fids = [f for f in fids if f in wanted]
    if not args.reprints and store.reprints:
        fids = [f for f in fids if store.figures[f]["article_id"] not in store.reprints]
    if args.kind == "other":
        from .store.records import MAIN_KINDS
        fids = [f for f in fids if store.figures[f]["kind"] not in MAIN_KINDS]
    elif args.kind:
        fids = [f for f in fids if store.figures[f]["kind"] == args.kind]
    if args.since or args.until:
        dates = {aid: a.get("date") for aid, a in store.articles.items()}
        undated = sum(1 for f in fids if not dates[store.figures[f]["article_id"]])
        fids = [f for f in fids if (d := dates[store.figures[f]["article_id"]])
                and (not args.since or d >= args.since) and (not args.until or d <= args.until)]
        if undated:
            err.print(f"[dim]{undated} figures of articles without a date are left out[/]")
    rows = figure_rows(store, fids)
    if args.format in ("csv", "xlsx"):
        sys.stdout.buffer.write(export_bytes(rows, args.format))
        sys.stdout.flush()
    elif args.format == "json":
        print(to_json(rows))
    else:
        table = Table()
        for name in TABLE_COLUMNS:
            # a figure is copied by eye: never cut it, shrink the words around it instead
            keep = name in ("figure", "value", "unit")
            table.add_column(name, no_wrap=keep, overflow="fold", justify="right" if name == "value" else "left")
        for r in rows:
            # Text, not markup: an article's "[b]" must print as written
            table.add_row(*(Text(f"{r[name]:,}" if name == "value" else str(r[name])) for name in TABLE_COLUMNS))
        _print_table(table)
        out.print(f"{len(rows)} figures")
    return 0


def _comparer_and_under(args: argparse.Namespace):
    """(the store's Comparer, the region label --under names), or an error message."""
    from .store.compare import Comparer
    store = _open_for_reading(args.db)
    under = None
    if args.under:
        from .regionnames import resolve_region
        under, problem = resolve_region(store, args.under)
        if problem:
            return None, None, f"{problem} in {store.path}"
    return Comparer(store), under, None


def run_metrics(args: argparse.Namespace) -> int:
    import json
    comparer, under, problem = _comparer_and_under(args)
    if problem:
        err.print(f"[red]error:[/] {escape(problem)}")
        return 1
    metrics = comparer.metrics(args.level, under)
    rows = [{"metric": m.metric, "regions": m.regions, "figures": m.figures, "units": " ".join(m.units)}
            for m in metrics]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        from .export import to_csv
        sys.stdout.buffer.write(to_csv(rows, ("metric", "regions", "figures", "units")))
        sys.stdout.flush()
    else:
        table = Table()
        for name in ("metric", "regions", "figures", "units"):
            table.add_column(name, justify="right" if name in ("regions", "figures") else "left")
        for r in rows:
            table.add_row(Text(r["metric"]), str(r["regions"]), str(r["figures"]), Text(r["units"]))
        _print_table(table)
        out.print(f"{len(rows)} metrics")
    return 0


def _unknown_metric(comparer, metric: str) -> str:
    import difflib
    names = [m.metric for m in comparer.metrics()]
    near = [n for n in names if metric in n][:5] or difflib.get_close_matches(metric, names, n=5, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else "; tui-browse metrics lists them"
    return f"no figures have the metric {metric!r}{hint}"


def run_compare(args: argparse.Namespace) -> int:
    import json
    from .export import COMPARE_COLUMNS, compare_row, cross_csv, to_csv
    comparer, under, problem = _comparer_and_under(args)
    if problem:
        err.print(f"[red]error:[/] {escape(problem)}")
        return 1
    for metric in args.metric:
        if metric not in comparer.by_metric:
            err.print(f"[red]error:[/] {escape(_unknown_metric(comparer, metric))}")
            return 1
    if len(args.metric) > 1:
        columns, table = comparer.cross_table(args.metric, args.level, under)
        if args.format == "csv":
            sys.stdout.buffer.write(cross_csv(columns, table))
            sys.stdout.flush()
        elif args.format == "json":
            print(json.dumps([{"region": region, **{c: (cell.value if cell else None) for c, cell in zip(columns, cells)}}
                              for region, cells in table], ensure_ascii=False, indent=2))
        else:
            grid = Table()
            grid.add_column("region")
            for c in columns:
                grid.add_column(c, justify="right", no_wrap=True)
            for region, cells in table:
                grid.add_row(Text(region), *(Text(cell.raw if cell else "–") for cell in cells))
            _print_table(grid)
            out.print(f"{len(table)} regions")
        return 0
    charts = comparer.charts(args.metric[0], args.level, under)
    if not charts:
        err.print(f"[yellow]no region of that level or place has {escape(args.metric[0])}[/]")
        return 1
    if args.format == "csv":
        # every unit's rows in one sheet: the unit column keeps them apart
        sys.stdout.buffer.write(to_csv([compare_row(c, r) for c in charts for r in c.rows], COMPARE_COLUMNS))
        sys.stdout.flush()
    elif args.format == "json":
        print(json.dumps([compare_row(c, r) for c in charts for r in c.rows], ensure_ascii=False, indent=2))
    else:
        for chart in charts:
            table = Table(title=chart.title, title_justify="left")
            for name in ("region", "path", "figure", "value", "qualifier", "date", "others", "source"):
                keep = name in ("figure", "value")
                table.add_column(name, no_wrap=keep, overflow="fold",
                                 justify="right" if name in ("value", "others") else "left")
            for r in chart.rows:
                table.add_row(Text(r.region), Text(" › ".join(r.path[:-1])), Text(r.raw), f"{r.value:,}", r.qual,
                              r.date, str(r.others) if r.others else "", Text(r.source))
            _print_table(table)
        out.print(f"{sum(len(c.rows) for c in charts)} regions")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("--version", "-V"):
        from . import __version__
        print(f"tui-browse {__version__}")
        return 0
    try:
        if argv and argv[0] == "build":
            args = _build_parser().parse_args(argv[1:])
            return run_build(args.sources, args.db or default_store_path(), args.quiet, args.replace, args.refresh)
        if argv and argv[0] == "remove":
            return run_remove(_remove_parser().parse_args(argv[1:]))
        if argv and argv[0] == "sources":
            return run_sources(_sources_parser().parse_args(argv[1:]))
        if argv and argv[0] == "figures":
            return run_figures(_figures_parser().parse_args(argv[1:]))
        if argv and argv[0] == "compare":
            return run_compare(_compare_parser().parse_args(argv[1:]))
        if argv and argv[0] == "metrics":
            return run_metrics(_metrics_parser().parse_args(argv[1:]))
        from .launch import launch
        return launch(argv)
    except StoreError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        return 2
    except KeyboardInterrupt:
        err.print("interrupted; the store was not changed")
        return 130
    except BrokenPipeError:
        # `tui-browse figures | head`: the reader has what it wanted; no traceback, and no second
        # error when Python flushes stdout on exit
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
