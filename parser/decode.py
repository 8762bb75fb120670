"""Bytes to text: detect the encoding instead of assuming it, and refuse binary data clearly."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not a text file we can read; the message says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Chinese encodings we accept when the file is not Unicode.
_LEGACY = ["gb18030", "big5"]


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NUL bytes in every other position for ASCII/CJK mixes."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > half * 0.2 and (even if enc == "utf-16-le" else odd) < half * 0.05:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    return "\x00" in sample or bad / len(sample) > 0.02


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise DecodeError for empty, binary or undecodable input."""
    if not data or not data.strip():
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason}") from None
            return _checked(text, enc)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text16 = _utf16_without_bom(data)
    if text16 is not None:
        return _checked(text16, "utf-16")
    if b"\x00" in data[:8192]:
        raise DecodeError("binary data (NUL bytes), not a text file")
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None or best.encoding is None:
        raise DecodeError("not text in UTF-8, UTF-16, GB18030/GBK or Big5")
    enc = best.encoding
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"could not decode as {enc}") from None
    return _checked(text, enc)


def _checked(text: str, enc: str) -> tuple[str, str]:
    if _looks_binary(text):
        raise DecodeError("binary data (control characters), not a text file")
    if not text.strip():
        raise DecodeError("empty file (only white space)")
    return text, enc
