"""Turn raw article dumps into articles, sections, regions and figures.

The parser knows nothing of the store or the app: it takes bytes and returns plain dataclasses.
"""
from .model import Article, Figure, ParsedDocument, Region, Section
from .decode import DecodeError, decode_bytes


def __getattr__(name: str):
    # the rules (and jieba, ~0.3 s to import) load on first use: the browser only needs
    # PARSER_VERSION and the script converter, and must not pay for them before its first paint
    if name in ("parse_bytes", "parse_text"):
        from . import document
        return getattr(document, name)
    raise AttributeError(f"module 'parser' has no attribute {name!r}")


def _version() -> str:
    """The release plus a digest of the parser's own source: any change to the rules makes stores
    built with the old rules stale, so unchanged files are parsed again rather than reused."""
    import hashlib
    from pathlib import Path
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted(here.rglob("*.py")):      # the format readers too
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return f"1.1.0+{digest.hexdigest()[:12]}"


PARSER_VERSION = _version()


def warm_up() -> None:
    """Load the dictionaries (jieba, OpenCC, the gazetteer and its villages) now rather than on the
    first file: forked parsing workers then share them."""
    from .gazetteer import gazetteer, villages_of
    from .script import simplifier
    from .segment import _dictionary_entries, _ready, _verbs, persons_name_starts
    from .world import foreign_country_pattern
    foreign_country_pattern()
    _ready()
    _verbs()
    villages_of(next(d for divs in gazetteer().by_name.values() for d in divs if d.level == "town"))
    _dictionary_entries()
    persons_name_starts()
    simplifier()

__all__ = [
    "Article", "Figure", "ParsedDocument", "Region", "Section",
    "DecodeError", "decode_bytes", "parse_bytes", "parse_text", "PARSER_VERSION", "warm_up",
]
