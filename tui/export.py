"""Figures as rows for spreadsheets and pipes: CSV (UTF-8 with BOM, so Excel keeps the Chinese), JSON, TSV.

The columns are the figure record's own fields (store/records.py) plus a few taken from its article
and section; each view below picks from them, so a renamed field fails here at import, not in a sheet.
"""
from __future__ import annotations

import csv
import io
import json

from .formatting import plain
from .store import Store
from .store.records import FIGURE

# columns a figure row takes from its article and section, beside the figure's own fields
FROM_LINKS = {"source": lambda store, f: store.articles[f["article_id"]]["source"],
              "section": lambda store, f: store.sections[f["section_id"]]["title"]}
# what a column is called where people read it (the record's name elsewhere)
HEADINGS = {"raw": "figure"}

CSV_COLUMNS = ("label", "raw", "value", "unit", "kind", "qual", "region", "source", "section", "context")
TABLE_COLUMNS = ("label", "raw", "value", "unit", "kind", "qual", "region", "source")   # `tui-browse figures`
COPY_COLUMNS = ("label", "raw", "value", "unit", "region", "source")                    # the numbers panel's y/Y
for _view in (CSV_COLUMNS, TABLE_COLUMNS, COPY_COLUMNS):
    assert set(_view) <= set(FIGURE.names) | set(FROM_LINKS), _view


def heading(column: str) -> str:
    return HEADINGS.get(column, column)


def figure_row(store: Store, fid: int, columns: tuple[str, ...] = CSV_COLUMNS) -> dict:
    """One figure as {column: value}, with its id."""
    f = store.figures[fid]
    row: dict = {"id": fid}
    for name in columns:
        row[name] = FROM_LINKS[name](store, f) if name in FROM_LINKS else f[name]
    return row


def figure_rows(store: Store, figure_ids: list[int], columns: tuple[str, ...] = CSV_COLUMNS) -> list[dict]:
    return [figure_row(store, fid, columns) for fid in figure_ids]


def to_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def tsv_line(values: list[object]) -> str:
    """One spreadsheet row: tabs and newlines inside a value would split it, so they become spaces."""
    return "\t".join(str(v).replace("\t", " ").replace("\n", " ") for v in values)


def copy_line(store: Store, fid: int) -> str:
    """A figure as the numbers panel copies it: one TSV line, the value in full digits."""
    row = figure_row(store, fid, COPY_COLUMNS)
    row["value"] = plain(row["value"])
    return tsv_line([row[c] for c in COPY_COLUMNS])


def copy_header() -> str:
    return tsv_line([heading(c) for c in COPY_COLUMNS])
