"""Files to text: one small reader per format behind one interface, so the parser proper stays one.

`read_source(data, name)` returns a `SourceText` (the text the parser reads, and what the file says
about itself: title, date, paper or site) or raises `DecodeError` with the reason a user can act on.
The reader is chosen by the file name's suffix; `SUFFIXES` are the ones a folder walk takes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from ..decode import DecodeError, decode_bytes


@dataclass
class SourceText:
    text: str
    encoding: str            # the text encoding, or the format ("html", "pdf", "docx")
    title: str | None = None
    date: str | None = None  # when it was published, as the page's metadata says (ISO YYYY-MM-DD)
    paper: str | None = None
    made: str | None = None  # when the file was made (a PDF's or Word file's own date): a last resort


def _plain(data: bytes, name: str) -> SourceText:
    text, encoding = decode_bytes(data)
    return SourceText(text, encoding)


def _html(data: bytes, name: str) -> SourceText:
    from .html import read
    return read(data)


def _pdf(data: bytes, name: str) -> SourceText:
    from .pdf import read
    return read(data)


def _docx(data: bytes, name: str) -> SourceText:
    from .docx import read
    return read(data)


# suffix -> reader; Markdown is text (front matter and "#" headings are the parser's)
READERS = {".txt": _plain, ".text": _plain, ".md": _plain, ".markdown": _plain,
           ".html": _html, ".htm": _html, ".xhtml": _html, ".pdf": _pdf, ".docx": _docx}
SUFFIXES = frozenset(READERS)
# what a folder may also hold that is not an article, said plainly in the build's summary
NOT_SUPPORTED = {".doc": "an old Word file: save it as .docx", ".wps": "a WPS file: save it as .docx",
                 ".rtf": "RTF is not read: save it as .docx or .txt", ".caj": "CAJ is not read: export it as PDF"}


def read_source(data: bytes, name: str) -> SourceText:
    """The text of a file and what it says about itself; DecodeError says why it cannot be read."""
    suffix = PurePath(name).suffix.lower()
    reader = READERS.get(suffix, _plain)
    if reader is _plain and _looks_like_html(data):
        reader = _html      # a saved page named .txt (or nothing): its tags are not text
    return reader(data, name)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<body" in data[:65536].lower())


__all__ = ["DecodeError", "NOT_SUPPORTED", "READERS", "SUFFIXES", "SourceText", "read_source"]
