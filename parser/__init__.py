"""Turn raw article dumps into articles, sections, regions and figures.

The parser knows nothing of the store or the app: it takes bytes and returns plain dataclasses.
"""
from .model import Article, Figure, ParsedDocument, Region, Section
from .decode import DecodeError, decode_bytes
from .document import parse_bytes, parse_text

PARSER_VERSION = "1.0.0"


def warm_up() -> None:
    """Load the dictionaries (jieba, OpenCC, gazetteer) now rather than on the first file."""
    from .gazetteer import gazetteer
    from .normalize import _converter, traditional_chars
    from .segment import _dictionary_tags, _ready
    _ready()
    gazetteer()
    _dictionary_tags()
    traditional_chars()
    _converter()

__all__ = [
    "Article", "Figure", "ParsedDocument", "Region", "Section",
    "DecodeError", "decode_bytes", "parse_bytes", "parse_text", "PARSER_VERSION", "warm_up",
]
