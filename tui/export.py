"""Figures as rows for spreadsheets and pipes: CSV (UTF-8 with BOM, so Excel keeps the Chinese), JSON,
XLSX, and the TSV lines the numbers panel copies.

Every view has the same columns, defined once below: the figure, its article's date, title and
source, and its region with the region's chain (province, city, county, town, zone) as columns of
their own, so that a sheet pivots by date and by place. Where the store names a field differently
(`raw`, `qual`), the column has the name a reader knows ("figure", "qualifier") in every view.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .formatting import plain
from .store import Store
from .store.reader import CHAIN_LEVELS
from .store.records import FIGURE

FORMATS = ("csv", "xlsx", "json")


def default_export_dir() -> Path:
    """Where exports go unless the user says otherwise: their downloads folder, else documents,
    else home (never the directory the app happened to start in)."""
    import platformdirs
    for folder in (platformdirs.user_downloads_dir(), platformdirs.user_documents_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


@dataclass(frozen=True)
class Column:
    name: str                                   # the heading, the same in every view
    get: Callable[[Store, int, dict], object]   # (store, figure id, figure) -> the cell
    width: int = 12                             # in a spreadsheet, characters


def _field(name: str) -> Callable[[Store, int, dict], object]:
    assert name in FIGURE.names, name          # a renamed record field fails here, at import
    return lambda store, fid, f: f[name]


def _chain(level: str) -> Callable[[Store, int, dict], object]:
    def get(store: Store, fid: int, f: dict) -> str:
        return store.region_levels(store.region_label(f["region_id"]) or f["region"]).get(level, "")
    return get


def _article(name: str) -> Callable[[Store, int, dict], object]:
    return lambda store, fid, f: store.articles[f["article_id"]].get(name) or ""


COLUMNS = (
    Column("id", lambda store, fid, f: fid, 8),
    Column("date", _article("date"), 11),
    Column("title", _article("title"), 30),
    Column("section", lambda store, fid, f: store.sections[f["section_id"]]["title"], 24),
    Column("source", lambda store, fid, f: store.source_path(store.articles[f["article_id"]]["source"]), 30),
    *(Column(level, _chain(level), 10) for level in CHAIN_LEVELS),
    Column("region", _field("region"), 12),
    Column("label", _field("label"), 24),
    Column("metric", _field("metric"), 20),
    Column("figure", _field("raw"), 14),
    Column("value", _field("value"), 18),
    Column("unit", _field("unit"), 6),
    Column("kind", _field("kind"), 8),
    Column("qualifier", _field("qual"), 8),
    Column("context", _field("context"), 60),
)
BY_NAME = {c.name: c for c in COLUMNS}
NAMES = tuple(c.name for c in COLUMNS)
# what fits a terminal's width: `tui-browse figures` as a table (its csv/json/xlsx have every column)
TABLE_COLUMNS = ("label", "figure", "value", "unit", "kind", "qualifier", "region", "date", "source")
for _view in (TABLE_COLUMNS,):
    assert set(_view) <= set(NAMES), _view


# a figure record's field -> the column that shows it, for views that work on the record itself
FIELD_COLUMNS = {"raw": "figure", "qual": "qualifier"}


def heading(field: str) -> str:
    """The column name a reader sees for a figure record's field."""
    return FIELD_COLUMNS.get(field, field)


def figure_row(store: Store, fid: int, columns: tuple[str, ...] = NAMES) -> dict:
    """One figure as {column: value}."""
    f = store.figures[fid]
    return {name: BY_NAME[name].get(store, fid, f) for name in columns}


def figure_rows(store: Store, figure_ids: list[int], columns: tuple[str, ...] = NAMES) -> list[dict]:
    return [figure_row(store, fid, columns) for fid in figure_ids]


def to_csv(rows: list[dict], names: tuple[str, ...] = NAMES) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=names, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def to_xlsx(rows: list[dict]) -> bytes:
    """A sheet a spreadsheet opens as it is: values as numbers shown in full (630000000000, not
    6.3E+11), the figure as written as text ("44%" stays "44%"), Chinese intact, the header row frozen
    and filtered."""
    import xlsxwriter
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False})
    sheet = book.add_worksheet("figures")
    head = book.add_format({"bold": True, "bottom": 1})
    whole = book.add_format({"num_format": "#,##0"})
    fraction = book.add_format({"num_format": "#,##0.########"})
    text = book.add_format({"num_format": "@"})
    for col, column in enumerate(COLUMNS):
        sheet.write_string(0, col, column.name, head)
        sheet.set_column(col, col, column.width)
    for r, row in enumerate(rows, 1):
        for col, name in enumerate(NAMES):
            value = row.get(name)
            if name in ("value", "id") and isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(r, col, value, whole if float(value).is_integer() else fraction)
            elif value is None:
                sheet.write_blank(r, col, None)
            else:
                sheet.write_string(r, col, str(value), text if name == "figure" else None)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
    book.close()
    return buf.getvalue()


def export_bytes(rows: list[dict], fmt: str) -> bytes:
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "xlsx":
        return to_xlsx(rows)
    if fmt == "json":
        return to_json(rows).encode("utf-8")
    raise ValueError(f"no such export format: {fmt}")


def tsv_line(values: list[object]) -> str:
    """One spreadsheet row: tabs and newlines inside a value would split it, so they become spaces."""
    return "\t".join(str(v).replace("\t", " ").replace("\n", " ") for v in values)


def copy_line(store: Store, fid: int) -> str:
    """A figure as the numbers panel copies it: one TSV line of every column, the value in full digits."""
    row = figure_row(store, fid)
    row["value"] = plain(row["value"])
    return tsv_line([row[c] for c in NAMES])


def copy_header() -> str:
    return tsv_line(list(NAMES))


# -- the compare view's tables ------------------------------------------------------------------
# one row per region of a chart: the same columns in the app's table, its copies, its CSV and the
# command line's `compare`
COMPARE_COLUMNS = ("region", "path", "metric", "label", "figure", "value", "unit", "qualifier", "date", "source",
                   "others", "id")


def compare_row(chart, row) -> dict:
    """A compare row as {column: value} (chart: store.compare.Chart, row: one of its rows)."""
    return {"region": row.region, "path": " › ".join(row.path), "metric": chart.metric, "label": row.label,
            "figure": row.raw, "value": row.value, "unit": row.unit, "qualifier": row.qual, "date": row.date,
            "source": row.source, "others": row.others, "id": row.figure_id}


def compare_line(chart, row) -> str:
    """A compare row as the compare screen copies it: TSV, the value in full digits."""
    values = compare_row(chart, row)
    values["value"] = plain(values["value"])
    return tsv_line([values[c] for c in COMPARE_COLUMNS])


def compare_csv(chart) -> bytes:
    return to_csv([compare_row(chart, r) for r in chart.rows], COMPARE_COLUMNS)


def cross_csv(columns: list[str], table) -> bytes:
    """A cross-table as CSV: region and path, then one column of values per metric (empty where the
    region has none): a spreadsheet charts it as it opens."""
    names = ("region", "path", *columns)
    rows = []
    for region, cells in table:
        path = next((" › ".join(c.path) for c in cells if c is not None), region)
        rows.append({"region": region, "path": path,
                     **{col: (plain(c.value) if c is not None else "") for col, c in zip(columns, cells)}})
    return to_csv(rows, names)
