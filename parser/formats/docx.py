"""A Word file (.docx): its paragraphs as lines, headings included, and its title and date."""
from __future__ import annotations

import io
import zipfile

from ..decode import DecodeError
from . import SourceText


def read(data: bytes) -> SourceText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DecodeError(f"not a readable .docx file ({type(exc).__name__})") from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:        # figures are often printed in tables
        for row in table.rows:
            lines.append("　".join(cell.text.strip() for cell in row.cells))
    text = "\n".join(lines)
    if not text.strip():
        raise DecodeError("a .docx file with no text")
    props = document.core_properties
    title = (props.title or "").strip() or None
    date = props.created.date().isoformat() if props.created else None
    return SourceText(text, "docx", title=title, made=date)
