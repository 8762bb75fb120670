"""Figures as rows for spreadsheets and pipes: CSV (UTF-8 with BOM, so Excel keeps the Chinese), JSON, TSV."""
from __future__ import annotations

import csv
import io
import json

from .store import Store

COLUMNS = ["label", "raw", "value", "unit", "kind", "qual", "region", "source", "section", "context"]


def figure_rows(store: Store, figure_ids: list[int]) -> list[dict]:
    rows = []
    for fid in figure_ids:
        f = store.figures[fid]
        sec = store.sections[f["section_id"]]
        art = store.articles[f["article_id"]]
        rows.append({"id": fid, "label": f["label"], "raw": f["raw"], "value": f["value"], "unit": f["unit"],
                     "kind": f["kind"], "qual": f["qual"], "region": f["region"], "source": art["source"],
                     "section": sec["title"], "context": f["context"]})
    return rows


def to_csv(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def tsv_line(values: list[object]) -> str:
    """One spreadsheet row: tabs and newlines inside a value would split it, so they become spaces."""
    return "\t".join(str(v).replace("\t", " ").replace("\n", " ") for v in values)
