"""An e-paper page as PDF: its text in reading order, by pdfminer.six's layout analysis. A scanned
page has no text to read: it is reported as such, never parsed as garbage."""
from __future__ import annotations

import io
import logging
import re

from ..decode import DecodeError
from . import SourceText

_INFO_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")


def read(data: bytes) -> SourceText:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError
    logging.getLogger("pdfminer").setLevel(logging.ERROR)   # its font warnings are not the user's business
    if not data.lstrip()[:5] == b"%PDF-":
        raise DecodeError("not a PDF file (it does not start with %PDF-)")
    try:
        text = extract_text(io.BytesIO(data))
    except PDFSyntaxError as exc:
        raise DecodeError(f"a damaged PDF ({exc})") from None
    except Exception as exc:   # pdfminer raises many kinds on odd files
        raise DecodeError(f"a PDF that could not be read ({type(exc).__name__}: {exc})") from None
    text = text.replace("\f", "\n\n")          # page breaks
    if not text.strip():
        raise DecodeError("a PDF with no text layer (a scanned page): it needs OCR first")
    title, date = _info(data)
    return SourceText(text, "pdf", title=title, made=date)


def _info(data: bytes) -> tuple[str | None, str | None]:
    """The document's own title and creation date, where it has them."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        info = doc.info[0] if doc.info else {}
    except Exception:
        return None, None
    title = info.get("Title")
    title = decode_text(title).strip() if isinstance(title, bytes) else None
    created = info.get("CreationDate")
    m = _INFO_DATE.match(created.decode("latin-1")) if isinstance(created, bytes) else None
    date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m and 1 <= int(m.group(2)) <= 12 else None
    return title or None, date
