"""tui-browse: read Chinese regional-development news by region and pull out its figures.

One installed package: `tui_browse.parser` (files to records), `tui_browse.store` (the store: its
records, writing and reading) and, here, the command line and the Textual browser. Importing this
package loads nothing else, so the parser and the store can be used without the app.
"""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("tui-browse")
except PackageNotFoundError:   # a checkout that was never installed
    __version__ = "0+unknown"
