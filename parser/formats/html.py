"""A page saved from a news site or an e-paper: its main text, title, date and site, by trafilatura
(menus, scripts, comments and footers are not text)."""
from __future__ import annotations

from ..decode import DecodeError, decode_bytes
from . import SourceText


def read(data: bytes) -> SourceText:
    import trafilatura
    try:
        page, _ = decode_bytes(data)
    except DecodeError:
        raise DecodeError("an HTML file whose text encoding could not be read") from None
    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    body = (found.text or "").strip() if found is not None else ""
    if not body:
        raise DecodeError("a web page with no article text (trafilatura found none)")
    title = (found.title or "").strip() or None
    lines = body.split("\n")
    if title and not any(line.strip() == title for line in lines[:5]):
        body = title + "\n\n" + body      # the headline is the story's first line, as on paper
    return SourceText(body, "html", title=title, date=_iso(found.date), paper=(found.sitename or "").strip() or None)


def _iso(date: str | None) -> str | None:
    if date and len(date) >= 10 and date[4] == "-" and date[7] == "-":
        return date[:10]
    return None
