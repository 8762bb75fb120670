"""The store's records, defined once: each table's fields, their JSON types and what they mean.

Everything else derives from these: the schema check (`schema.validate`), the builder's rows (the
fields a record takes from the parser's record of the same name are the ones both have), the app
index's columns, the export and command-line columns, and README.md's schema table (a test keeps
the README in step). Other tools read the store: change a field only with a new SCHEMA_VERSION.
"""
from __future__ import annotations

from dataclasses import dataclass, fields as dataclass_fields
from functools import cached_property

from ..parser.model import KINDS, MAIN_KINDS, Article as ParsedArticle, Figure as ParsedFigure
from ..parser.model import Region as ParsedRegion, Section as ParsedSection


@dataclass(frozen=True)
class Field:
    name: str
    type: str       # as JSON has it: "string", "integer", "number", "string or null"
    meaning: str


@dataclass(frozen=True)
class Record:
    table: str
    fields: tuple[Field, ...]
    parsed_as: type | None = None   # the parser's record it is made from, where there is one

    # worked out once: the builder asks for them for every record it makes (185,000 at 30,000 articles)
    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def from_parser(self) -> tuple[str, ...]:
        """The fields copied from the parser's record, in this record's order (the rest are links)."""
        if self.parsed_as is None:
            return ()
        parsed = {f.name for f in dataclass_fields(self.parsed_as)}
        return tuple(n for n in self.names if n in parsed)


ARTICLE = Record("articles", (
    Field("source", "string", "the source's name: its file name, or its absolute path where another source "
                              "already has that name"),
    Field("title", "string", "the story's title"),
    Field("region", "string", "the name of the region the article is about"),
    Field("region_id", "integer", "that region's document id in `regions`"),
    Field("date", "string or null", "ISO `YYYY-MM-DD`, or null"),
    Field("byline", "string", "the story's byline, may be empty"),
    Field("paper", "string", "the paper or site, may be empty"),
    Field("reprint_of", "integer or null", "the document id of the article this one reprints (the same story, "
                                          "near-identical text, found at build time), or null"),
), ParsedArticle)

SECTION = Record("sections", (
    Field("article_id", "integer", "the article's document id"),
    Field("region", "string", "the name of the region the section is about (where most of its figures are)"),
    Field("region_id", "integer", "that region's document id in `regions`"),
    Field("title", "string", "the section's heading (the article's title for its first section)"),
    Field("order", "integer", "position in the article, from 0"),
    Field("text", "string", "normalised simplified text"),
    Field("original", "string", "the source lines of the section, as written"),
    Field("byline", "string", "the section's own byline or leader line, may be empty"),
), ParsedSection)

FIGURE = Record("figures", (
    Field("article_id", "integer", "the article's document id"),
    Field("section_id", "integer", "the section's document id"),
    Field("region_id", "integer", "the document id in `regions` of the region the figure is about"),
    Field("region", "string", "that region's name"),
    Field("raw", "string", "the figure as written"),
    Field("value", "number", "normalised: money in 元, percent as written (44 for 44%)"),
    Field("unit", "string", "`元`, `美元`, `%`, `百分点`, `平方米`, `亩`, a measure word such as `家`, …"),
    Field("kind", "string", "one of " + ", ".join(f"`{k}`" for k in KINDS)),
    Field("qual", "string", "`约`, `余`, `以上` …, comma-separated when several, else empty"),
    Field("label", "string", "what the figure measures, from the words around it"),
    Field("metric", "string", "the canonical indicator of `label` (计划总投资 and 投资总额 are `总投资`; a rate of "
                              "change is `<indicator>增长` or `…下降`, a share `<indicator>占比`), see Metrics"),
    Field("context", "string", "the sentence the figure is in"),
    Field("start", "integer", "offset of `raw` in the section's `text`"),
    Field("end", "integer", "`text[start:end] == raw` (or `title[start:end]`, see `field`)"),
    Field("field", "string", "where `start`/`end` point: `text`, or `title` for a figure printed in the "
                             "section's heading (a headline, a deck, a call-out line)"),
), ParsedFigure)

# a region's level, widest first
REGION_LEVELS = ("nation", "province", "city", "county", "zone", "town", "unknown")

REGION = Record("regions", (
    Field("name", "string", "the region's name (two regions may share one: 朝阳区 of 北京市 and of 长春市)"),
    Field("parent", "string or null", "the name of the region it lies in, or null"),
    Field("parent_id", "integer or null", "that region's document id, or null"),
    Field("level", "string", ", ".join(f"`{lv}`" for lv in REGION_LEVELS[:-1]) + f" or `{REGION_LEVELS[-1]}`"),
    Field("code", "string or null", "the national division code, where the gazetteer has one"),
    Field("key", "string", "what the region is, the same in every store: its code, or its parent's key and "
                           "its name (`370214/惜福镇街道`); `nation` for 全国"),
), ParsedRegion)

RECORDS = (ARTICLE, SECTION, FIGURE, REGION)

# A figure as the builder keeps it: a row whose links come first, then what the parser found.
FIGURE_LINKS = tuple(n for n in FIGURE.names if n not in FIGURE.from_parser)
assert FIGURE.names == FIGURE_LINKS + FIGURE.from_parser, "a figure's links come before its parsed fields"


def schema_table() -> str:
    """README.md's table of the records, made from the definitions above."""
    rows = ["| table | fields |", "|---|---|"]
    for record in RECORDS:
        described = ", ".join(f"`{f.name}` ({f.type}: {f.meaning})" for f in record.fields)
        rows.append(f"| `{record.table}` | {described} |")
    return "\n".join(rows)
