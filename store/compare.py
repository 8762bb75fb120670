"""Regions side by side: the metrics a store holds, one metric across regions, and a cross-table of
several metrics.

A metric is compared within one unit at a time (money in 元 apart from 美元, percentages apart from
percentage points, 个 apart from 家): a `Chart` is one metric in one unit. A region that has the
metric several times shows its latest figure (by article date, then the later figure) and says how
many others there are. Reprinted articles are left out, as in every total; the catch-all region of
figures with no place never takes part, and the national node only when asked for by level.
"""
from __future__ import annotations

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from .reader import Store
from .records import REGION_LEVELS

NO_REGION = "未标明地区"


@dataclass(frozen=True)
class MetricCount:
    metric: str
    figures: int
    regions: int
    units: tuple[str, ...]      # the units it is written in, most frequent first


@dataclass(frozen=True)
class CompareRow:
    figure_id: int
    region: str                 # the region's label (its name, or name（parent） where names repeat)
    path: tuple[str, ...]       # province … region
    raw: str
    value: float
    unit: str
    qual: str
    label: str
    date: str
    source: str
    others: int                 # how many more figures of this metric and unit the region has


@dataclass
class Chart:
    """One metric in one unit: a row per region, largest first. The rows are made when first read
    (a metric in three units shows one chart at a time)."""
    metric: str
    kind: str
    unit: str
    regions: int = 0            # how many rows it has
    figures: int = 0            # how many figures they stand for (the latest and the others)
    make: Callable[[], list[CompareRow]] | None = field(default=None, repr=False, compare=False)
    _rows: list[CompareRow] | None = field(default=None, repr=False, compare=False)
    # the app makes the rows of charts near the cursor in a worker: whoever comes second waits for
    # this chart's rows rather than make them again
    _making: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def rows(self) -> list[CompareRow]:
        if self._rows is None:
            with self._making:
                if self._rows is None:
                    self._rows = self.make() if self.make is not None else []
        return self._rows

    @property
    def title(self) -> str:
        return f"{self.metric} ({self.unit})" if self.unit else self.metric


def _by_id(ids: list[int], values: list):
    """values looked up by figure id: a list where the ids are 1…n, as a store's are (a dict of
    half a million items is one call that holds the interpreter lock for a tenth of a second; the
    grouping runs in a worker while the user types)."""
    if ids and ids[0] == 1 and ids[-1] == len(ids):      # sorted and unique: then exactly 1…n
        return [None, *values]
    return dict(zip(ids, values))


class Comparer:
    """The store's figures grouped by metric, made once per store (a pass over the figure columns)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        ids = sorted(store.figures)
        self._ids = ids
        metrics = store.figure_values(ids, "metric")
        regions = store.figure_values(ids, "region_id")
        articles = store.figure_values(ids, "article_id")
        units = store.figure_values(ids, "unit")
        self._rid = _by_id(ids, regions)
        self._unit = _by_id(ids, units)
        self._kind = _by_id(ids, store.figure_values(ids, "kind"))
        self._aid = _by_id(ids, articles)
        labels = store.labels
        # figures that take part: of a place (not the catch-all), not in a reprinted story
        placed = {rid for rid, label in labels.items() if label != NO_REGION}
        reprints = store.reprints
        self.by_metric: dict[str, list[int]] = defaultdict(list)
        pairs: list[tuple[str, int]] = []
        unit_pairs: list[tuple[str, str]] = []
        for fid, metric, rid, aid, unit in zip(ids, metrics, regions, articles, units):
            if metric and rid in placed and aid not in reprints:
                self.by_metric[metric].append(fid)
                pairs.append((metric, rid))
                unit_pairs.append((metric, unit))
        figures = Counter(m for m, _ in pairs)
        held = Counter(m for m, _ in set(pairs))           # regions per metric
        self._units: dict[str, Counter] = defaultdict(Counter)
        for (metric, unit), n in Counter(unit_pairs).items():
            self._units[metric][unit] = n
        self._metrics_within: dict[tuple[str | None, str | None], list[MetricCount]] = {}
        self._regions_within: dict[tuple[str | None, str | None], set[int]] = {}
        self._charts: dict[tuple[str, str | None, str | None], list[Chart]] = {}
        self._paths: dict[str, tuple[str, ...]] = {}
        self._making: dict[tuple[str, str | None, str | None], threading.Lock] = {}
        self._locks_lock = threading.Lock()
        self._dates = {aid: article.get("date") or "" for aid, article in store.articles.items()}
        self._metrics = sorted(
            (MetricCount(m, n, held[m], self._unit_order(self._units[m])) for m, n in figures.items()),
            key=lambda c: (-c.regions, -c.figures, c.metric))

    @staticmethod
    def _unit_order(units: Counter) -> tuple[str, ...]:
        return tuple(u for u, _ in sorted(units.items(), key=lambda x: (-x[1], x[0])))

    def metrics(self, level: str | None = None, under: str | None = None) -> list[MetricCount]:
        """Every metric with how many figures and regions have it, the most widely held first; with
        level or under, counted over those regions only."""
        if level is None and under is None:
            return list(self._metrics)
        cached = self._metrics_within.get((level, under))
        if cached is not None:     # the app asks again at every keystroke of its filter
            return list(cached)
        keep = self._regions(level, under)
        out = []
        for c in self._metrics:
            fids = [f for f in self.by_metric[c.metric] if self._rid[f] in keep]
            if fids:
                out.append(MetricCount(c.metric, len(fids), len({self._rid[f] for f in fids}),
                                       self._unit_order(Counter(self._unit[f] for f in fids))))
        out.sort(key=lambda c: (-c.regions, -c.figures, c.metric))
        self._metrics_within[(level, under)] = out
        return list(out)

    def levels(self) -> list[str]:
        """The levels regions of this store have, widest first."""
        have = {r["level"] for r in self.store.regions.values()}
        return [lv for lv in REGION_LEVELS if lv in have]

    def _regions(self, level: str | None, under: str | None) -> set[int]:
        """The region ids taking part: of that level, under that region (itself included)."""
        cached = self._regions_within.get((level, under))
        if cached is not None:
            return cached
        store = self.store
        names = set(store.descendants(under) if under else store.regions)
        names.discard(NO_REGION)
        out = set()
        for rid, label in store.labels.items():
            if label in names:
                lv = store.regions[label]["level"]
                if lv == level if level is not None else lv != "nation":
                    out.add(rid)
        self._regions_within[(level, under)] = out
        return out

    def charts(self, metric: str, level: str | None = None, under: str | None = None) -> list[Chart]:
        """One chart per unit the metric is written in (the most figures first), each with one row per
        region sorted by value, largest first. Remembered: a user goes up and down the metric list."""
        asked = (metric, level, under)
        cached = self._charts.get(asked)
        if cached is not None:
            return cached
        with self._locks_lock:
            making = self._making.setdefault(asked, threading.Lock())
        with making:      # one maker per chart: a second asker (the app's worker, or the user) waits
            cached = self._charts.get(asked)
            return cached if cached is not None else self._make_charts(metric, level, under)

    def _make_charts(self, metric: str, level: str | None, under: str | None) -> list[Chart]:
        asked = (metric, level, under)
        keep = self._regions(level, under)
        dates = self._dates
        # per (kind, unit): region -> [its latest figure's (date, id), how many it has]
        groups: dict[tuple[str, str], dict[int, list]] = defaultdict(dict)
        for fid in self.by_metric.get(metric, []):
            rid = self._rid[fid]
            if rid in keep:
                held = groups[(self._kind[fid], self._unit[fid])]
                when = (dates[self._aid[fid]], fid)
                found = held.get(rid)
                if found is None:
                    held[rid] = [when, 1]
                else:
                    found[1] += 1
                    if when > found[0]:
                        found[0] = when
        charts = []
        for (kind, unit), by_region in groups.items():
            chosen = [(rid, when[1], n - 1) for rid, (when, n) in by_region.items()]
            charts.append(Chart(metric, kind, unit, len(chosen), sum(n for _, n in by_region.values()),
                                make=lambda chosen=chosen: self._rows(chosen)))
        charts.sort(key=lambda c: (-c.figures, c.unit))
        if len(self._charts) >= 64:
            self._charts.pop(next(iter(self._charts)))
        self._charts[asked] = charts
        return charts

    def _rows(self, chosen: list[tuple[int, int, int]]) -> list[CompareRow]:
        """Rows for (region id, figure id, others), the figure's fields read a column at a time."""
        store = self.store
        fids = [fid for _, fid, _ in chosen]
        raw, value, unit, qual, label, aids = (store.figure_values(fids, k) for k in
                                               ("raw", "value", "unit", "qual", "label", "article_id"))
        out = []
        for i, (rid, fid, others) in enumerate(chosen):
            name = store.labels[rid]
            path = self._paths.get(name)
            if path is None:
                path = self._paths[name] = tuple(store.region_path(name))
            article = store.articles[aids[i]]
            out.append(CompareRow(fid, name, path, raw[i], value[i], unit[i], qual[i], label[i],
                                  article.get("date") or "", store.source_path(article["source"]), others))
        out.sort(key=lambda r: (-r.value, r.region))
        return out

    def cross_table(self, metrics: list[str], level: str | None = None,
                    under: str | None = None) -> tuple[list[str], list[tuple[str, list[CompareRow | None]]]]:
        """Regions as rows, metrics as columns (each metric in its most frequent unit, named with it):
        (column titles, [(region, [the latest figure or None for each column])]), regions in tree
        order of their paths."""
        charts = [found[0] for found in (self.charts(m, level, under) for m in metrics) if found]
        columns = [chart.title for chart in charts]
        regions: dict[str, list[CompareRow | None]] = {}
        paths: dict[str, tuple[str, ...]] = {}
        for i, chart in enumerate(charts):
            for row in chart.rows:
                regions.setdefault(row.region, [None] * len(columns))[i] = row
                paths[row.region] = row.path
        table = sorted(regions.items(), key=lambda x: (paths[x[0]], x[0]))
        return columns, table
