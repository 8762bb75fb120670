"""Files as users have them: saved web pages, PDF pages, Word files, Markdown; their dates, and
files a build does not read, each said why. Every file here is made by the test."""
import io

import pytest

from tui_browse.parser import parse_bytes
from tui_browse.parser.document import date_in_name
from tui_browse.store import Store, build_store, collect_sources


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds these lines (Chinese included): a CID font with a
    ToUnicode map, no glyphs embedded (a text extractor needs only the map)."""
    chars = sorted({ch for line in lines for ch in line})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    ops = ["BT /F1 12 Tf 72 760 Td 16 TL"]
    for line in lines:
        ops.append("<" + "".join(f"{cid[ch]:04X}" for ch in line) + "> Tj T*")
    ops.append("ET")
    content = "\n".join(ops).encode()
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            f"{len(chars)} beginbfchar"]
    cmap += [f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars]
    cmap += ["endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"]
    cmap_bytes = "\n".join(cmap).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap_bytes) + cmap_bytes + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>胶州市加快重点项目建设_青岛新闻网</title>
<meta property="og:title" content="胶州市加快重点项目建设">
<meta property="og:site_name" content="青岛新闻网">
<meta name="publishdate" content="2021-09-19">
<script>var tracker = "投资999亿元";</script><style>.x{color:red}</style></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/qd">区市</a></div>
<div class="menu"><ul><li>要闻</li><li>区市</li><li>财经</li></ul></div>
<article><h1>胶州市加快重点项目建设</h1>
<p>今年以来，胶州市新开工重点项目35个，完成投资120亿元，同比增长12.5%。</p>
<p>胶州市将继续优化营商环境，全年新增市场主体8000户，其中新增规模以上企业60家。</p>
<p>胶州市相关负责人表示，下一步将加快项目落地，确保重点项目按期开工。</p></article>
<div class="footer">版权所有 青岛新闻网 联系我们 电话 0532-12345678</div></body></html>"""


def figures(doc) -> dict[str, str]:
    return {f.raw: f.region for a in doc.articles for s in a.sections for f in s.figures}


def test_a_saved_web_page_gives_its_story_title_date_and_site_and_no_tags_or_menus():
    doc = parse_bytes(PAGE.encode("utf-8"), "page.html")
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == "胶州市加快重点项目建设"
    assert art.date == "2021-09-19" and art.paper == "青岛新闻网"
    text = "\n".join(s.text for s in art.sections)
    assert "<" not in text and "tracker" not in text and "版权所有" not in text and "要闻" not in text
    placed = figures(doc)
    assert placed["35个"] == placed["120亿元"] == "胶州市" and "999亿元" not in placed


def test_a_saved_page_named_txt_is_still_read_as_a_page():
    doc = parse_bytes(PAGE.encode("utf-8"), "saved.txt")
    assert doc.articles[0].title == "胶州市加快重点项目建设"
    assert "<p>" not in doc.articles[0].sections[-1].text


def test_a_pdf_page_is_read_in_order_and_a_scanned_one_is_said_to_need_ocr(tmp_path):
    pdf = make_pdf(["胶州市加快项目建设", "今年以来，胶州市新开工重点项目35个，完成投资120亿元。"])
    doc = parse_bytes(pdf, "epaper-20210919.pdf")
    assert doc.encoding == "pdf"
    assert doc.articles[0].date == "2021-09-19", "a date in the file's name dates the story"
    assert figures(doc)["120亿元"] == "胶州市"
    (tmp_path / "scan.pdf").write_bytes(make_pdf([]))
    (tmp_path / "page.pdf").write_bytes(pdf)
    files, skipped = collect_sources([tmp_path])
    report = build_store(files, tmp_path / "s.json", skipped=skipped)
    assert report.added == ["page.pdf"]
    assert [(p.endswith("scan.pdf"), "no text layer" in why and "OCR" in why) for p, why in report.skipped] == [(True, True)]


def test_a_word_file_gives_its_paragraphs_and_tables(tmp_path):
    import docx
    document = docx.Document()
    document.core_properties.title = "莱西市农业产业化"
    document.add_heading("莱西市农业产业化迈出新步伐", level=1)
    document.add_paragraph("莱西市今年新增农业龙头企业12家，带动农户3万户。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "数值"
    table.cell(1, 0).text, table.cell(1, 1).text = "莱西市农业总产值", "达到85亿元"
    buf = io.BytesIO()
    document.save(buf)
    doc = parse_bytes(buf.getvalue(), "莱西.docx")
    assert doc.encoding == "docx"
    assert doc.articles[0].title == "莱西市农业产业化迈出新步伐"
    placed = figures(doc)
    assert placed["12家"] == placed["3万户"] == "莱西市" and "85亿元" in placed
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    report = build_store([broken], tmp_path / "s.json")
    assert report.skipped and "not a readable .docx" in report.skipped[0][1]


def test_markdown_front_matter_is_metadata_not_text():
    text = ("---\ntitle: 城阳区重点项目建设提速\ndate: 2023-03-05\ntags: [项目]\n---\n\n"
            "# 城阳区重点项目建设提速\n\n城阳区今年新开工项目35个，总投资120亿元。\n")
    doc = parse_bytes(text.encode("utf-8"), "notes.md")
    art = doc.articles[0]
    assert art.title == "城阳区重点项目建设提速" and art.date == "2023-03-05"
    assert "tags" not in "\n".join(s.text for s in art.sections)


def test_every_file_of_a_folder_is_read_or_skipped_with_its_reason(tmp_path):
    (tmp_path / "story.txt").write_text("胶州市项目建设\n\n胶州市今年新开工项目35个。\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# 城阳区项目\n\n城阳区今年新开工项目20个。\n", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not text")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    files, skipped = collect_sources([tmp_path])
    assert sorted(f.name for f in files) == ["notes.md", "page.html", "story.txt"]
    reasons = {p.rsplit("/", 1)[-1]: why for p, why in skipped}
    assert "not an article file (.jpg)" in reasons["photo.jpg"]
    assert ".docx" in reasons["old.doc"]


@pytest.mark.parametrize("line, date", [
    ("《人民日报》（2025年02月06日第 03 版）", "2025-02-06"),
    ("青岛日报2021年9月19日3版", "2021-09-19"),
])
def test_a_paper_line_in_the_text_dates_the_story(line, date):
    text = f"胶州市项目建设提速\n\n胶州市今年新开工项目35个，总投资120亿元。\n\n{line}\n"
    doc = parse_bytes(text.encode("utf-8"), "story-19990101.txt")
    assert doc.articles[0].date == date, "the text's own paper line wins over the file's name"


def test_a_date_in_the_file_name_dates_a_story_that_says_none():
    doc = parse_bytes("胶州市项目建设\n\n胶州市今年新开工项目35个。\n".encode("utf-8"), "20200108-10-01.txt")
    assert doc.articles[0].date == "2020-01-08"
    assert date_in_name("report2023.txt") is None and date_in_name("id20231399.txt") is None


def test_dates_reach_the_store(tmp_path):
    src = tmp_path / "20200108-10-01.txt"
    src.write_text("胶州市项目建设\n\n胶州市今年新开工项目35个。\n", encoding="utf-8")
    build_store([src], tmp_path / "s.json")
    assert [a["date"] for a in Store.open(tmp_path / "s.json").articles.values()] == ["2020-01-08"]
