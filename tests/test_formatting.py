"""Numbers as the panel shows them, and the figure-safe line breaking of the detail pane."""
import pytest

from tui_browse.formatting import plain, readable, thousands
from tui_browse.wrap import wrap


@pytest.mark.parametrize("value,expected", [
    (5670000000, "56.7亿"), (12000, "1.2万"), (836.4, "836.4"), (207, "207"), (33079000000, "330.79亿"),
    (2 * 10 ** 12, "2万亿"), (9999, "9,999"),
])
def test_readable_form(value, expected):
    assert readable(value) == expected


def test_thousands_and_plain_forms():
    assert thousands(5670000000) == "5,670,000,000"
    assert thousands(1197.5) == "1,197.5"
    assert plain(5670000000) == "5670000000" and plain(77.3) == "77.3" and plain(5.0) == "5"


def test_wrapping_never_splits_a_figure():
    text = "全年总投资约12.34亿元，同比增长44.5%，新注册市场主体1.2万家。" * 3
    figures = []
    for raw in ("12.34亿元", "44.5%", "1.2万家"):
        start = 0
        while (start := text.find(raw, start)) >= 0:
            figures.append((start, start + len(raw)))
            start += len(raw)
    for width in range(6, 40):
        lines = wrap(text, width, figures)
        assert "".join(text[s:e] for s, e in lines) == text
        for s, e in figures:
            assert any(ls <= s and e <= le for ls, le in lines), (width, text[s:e])


def test_closing_punctuation_does_not_start_a_line():
    text = "一二三四五六七八。九十"
    lines = [text[s:e] for s, e in wrap(text, 8)]
    assert not any(line.startswith("。") for line in lines)
    assert "".join(lines) == text


def test_paragraph_breaks_are_kept():
    text = "第一段。\n\n第二段。"
    assert [text[s:e] for s, e in wrap(text, 20)] == ["第一段。", "", "第二段。"]
