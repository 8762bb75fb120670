"""Encodings are detected, not assumed; what is not text is refused with a reason."""
import codecs

import pytest

from tui_browse.parser import DecodeError, decode_bytes

SAMPLE = "胶州市梳理了750个5000万元以上固投支撑项目，总投资1197.5亿元。\n"
TRAD = "膠州市梳理了750個5000萬元以上固投支撐項目，總投資1197.5億元。\n" * 3


@pytest.mark.parametrize("encoding,text", [
    ("utf-8", SAMPLE), ("gb18030", SAMPLE), ("gbk", SAMPLE), ("big5", TRAD),
])
def test_legacy_and_utf8_encodings_decode_to_the_same_text(encoding, text):
    decoded, _ = decode_bytes(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("bom,codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_byte_order_marks_are_honoured(bom, codec):
    decoded, _ = decode_bytes(bom + SAMPLE.encode(codec))
    assert decoded.lstrip("\ufeff") == SAMPLE


def test_utf16_without_bom_is_detected():
    decoded, enc = decode_bytes(("惜福镇街道 2021 report\n" * 5).encode("utf-16-le"))
    assert decoded.startswith("惜福镇街道 2021")
    assert enc.startswith("utf-16")


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4, "binary"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(200)) * 3, "binary"),
])
def test_non_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
