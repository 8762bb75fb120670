"""The TinyDB store: the contract between the parser and everything that reads articles.

The parser's output goes in through `build_store`; the app and the command line read through
`Store`. Nothing else touches the JSON file. Names load on first use, so opening a store does not
import the parser (and jieba) on the app's start path.
"""
from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "SCHEMA_VERSION": "schema", "KINDS": "records", "RECORDS": "records", "StoreError": "schema", "validate": "schema",
    "BuildReport": "build", "build_store": "build", "collect_sources": "build", "remove_sources": "build",
    "Store": "reader", "default_store_path": "locations", "samples_store_path": "locations",
}

__all__ = [*_EXPORTS]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'store' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
