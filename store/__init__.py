"""The TinyDB store: the contract between the parser and everything that reads articles.

The parser's output goes in through `build_store`; the app and the command line read through
`Store`. Nothing else touches the JSON file.
"""
from .schema import KINDS, SCHEMA_VERSION, StoreError, validate

KINDS_FOR_FILTER = list(KINDS)
from .build import BuildReport, build_store, collect_sources
from .reader import Store
from .locations import default_store_path

__all__ = ["KINDS", "KINDS_FOR_FILTER", "SCHEMA_VERSION", "StoreError", "validate", "BuildReport", "build_store", "collect_sources",
           "Store", "default_store_path"]
