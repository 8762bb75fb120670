"""Plain records the parser produces; the store decides how they are written."""
from __future__ import annotations

from dataclasses import dataclass, field

# What a figure can be, in the order the app lists them (the numbers panel's keys 1-5 follow it).
KINDS = ("money", "percent", "count", "area", "duration", "quantity", "ratio", "date")
MAIN_KINDS = KINDS[:4]    # each has a filter of its own in the numbers panel; the rest are "other"


@dataclass
class Figure:
    raw: str
    value: float | int
    unit: str
    kind: str
    qual: str
    label: str
    context: str
    start: int
    end: int
    region: str = ""       # the place the figure is about (places.py), set once the document is read
    field: str = "text"    # what start/end index: the section's "text", or its "title" (a headline figure)
    metric: str = ""       # the canonical indicator of the label (metrics.py), set with the label


@dataclass
class Section:
    title: str
    region: str
    text: str
    original: str
    byline: str = ""
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Article:
    title: str
    region: str
    date: str | None
    byline: str
    paper: str
    sections: list[Section] = field(default_factory=list)


@dataclass
class Region:
    name: str
    parent: str | None
    level: str
    code: str | None = None        # the national division code, where the gazetteer has one
    key: str = ""                  # what the region is, wherever it is named: its code, or its
    parent_key: str | None = None  # parent's key and its name ("370214/惜福镇街道"); see regions.py


@dataclass
class ParsedDocument:
    source: str
    encoding: str
    articles: list[Article]
    regions: list[Region]
