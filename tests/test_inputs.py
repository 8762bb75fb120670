"""The bad-input matrix: each kind of file a user may point `build` at, and what they are told."""
import codecs
import gzip
import os
import time

import pytest

from tui_browse.store import Store
from tui_browse.cli import main

STORY = ("惜福镇街道打响项目落地年攻坚战\n\n□本报记者 王明\n\n今年以来，惜福镇街道新注册市场主体207家，同比增长44%。"
         "在谈项目共25个，总投资约56.7亿元。\r\n\r\n城阳区委、区政府高度重视，青岛市给予支持。\n")
TRAD = ("膠州市重點項目建設\n\n今年以來，膠州市梳理製造業項目450個，總投資1197.5億元，同比增長12%。\n"
        "青島市各區市積極推進。\n")


def write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.fixture
def matrix(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    good = {
        "utf8.txt": STORY.encode("utf-8"),
        "utf8-bom.txt": codecs.BOM_UTF8 + STORY.encode("utf-8"),
        "gb18030.txt": STORY.encode("gb18030"),
        "gbk.txt": STORY.encode("gbk"),
        "big5.txt": TRAD.encode("big5"),
        "utf16le-bom.txt": codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
        "utf16be-bom.txt": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
        "utf16-nobom.txt": STORY.encode("utf-16-le"),
        "utf32.txt": STORY.encode("utf-32"),
        "mixed-crlf.txt": STORY.replace("\n", "\r\n", 2).encode("utf-8"),
        "只有 标点.txt": "。，！？……——“”《》\n" * 20 + STORY,
        "惜福 镇 新闻.txt": STORY.encode("utf-8"),
    }
    bad = {
        "empty.txt": (b"", "empty file"),
        "spaces.txt": (b"  \n\r\n\t ", "empty file"),
        "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048), "binary data"),
        "archive.txt": (gzip.compress(STORY.encode("utf-8") * 20), "binary data"),
        "shiftjis.txt": ("東京都の新しい事業計画について。投資額は約五十億円です。".encode("shift_jis") * 5, "not text"),
        "koi8.txt": ("Москва инвестиции 50 млн рублей.".encode("koi8_r") * 5, "not text"),
        "only-punct.txt": (("。，！？……——“”《》\n" * 50).encode("utf-8"), "no article text"),
    }
    for name, data in good.items():
        write(src, name, data if isinstance(data, bytes) else data.encode("utf-8"))
    for name, (data, _) in bad.items():
        write(src, name, data)
    return src, good, {name: why for name, (_, why) in bad.items()}


def test_every_file_is_read_or_skipped_with_its_reason(matrix, tmp_path, capsys):
    src, good, bad = matrix
    db = tmp_path / "s.json"
    assert main(["build", str(src), "--db", str(db)]) == 0
    out = capsys.readouterr()
    for name, why in bad.items():
        assert f"{name}: {why}" in out.err, name
    assert f"{len(bad)} skipped" in out.out.replace("\n", " ")
    store = Store.open(db)
    sources = {a["source"] for a in store.articles.values()}
    # byte-identical files (the same story in UTF-8 twice; GBK and GB18030 of the same text) are one
    # source: the first in the folder's order is read, the others are reported as its duplicates
    first_of: dict[bytes, str] = {}
    for name in sorted(good):
        first_of.setdefault((src / name).read_bytes(), name)
    duplicates = {name: first_of[(src / name).read_bytes()] for name in good if first_of[(src / name).read_bytes()] != name}
    assert len(duplicates) == 2
    assert sources == set(good) - set(duplicates)
    for name, original in duplicates.items():
        assert f"{name}: the same text as {original}" in out.err.replace("\n", ""), name
    assert "2 duplicates" in out.out.replace("\n", " ")
    # every readable encoding yields the same figures
    for name in sources:
        if name != "big5.txt":
            raws = {store.figures[f]["raw"] for f in store.figures if store.articles[store.figures[f]["article_id"]]["source"] == name}
            assert {"207家", "44%", "56.7亿元"} <= raws, name


def test_only_digits_a_long_line_and_a_chinese_file_name(tmp_path, capsys):
    src = tmp_path / "src"
    src.mkdir()
    write(src, "digits.txt", ("1234567890" * 100 + "\n") * 50)
    write(src, "一行 很长.txt", ("今年以来，新增企业20家，总投资3亿元，" * 40_000).encode("utf-8"))  # ~1 MB, no newline
    db = tmp_path / "s.json"
    started = time.perf_counter()
    assert main(["build", str(src), "--db", str(db)]) == 0
    assert time.perf_counter() - started < 120   # generous: guards against a quadratic blow-up only
    store = Store.open(db)
    assert "一行 很长.txt" in {a["source"] for a in store.articles.values()}
    assert sum(1 for f in store.figures.values() if f["raw"] == "20家") >= 40_000


def test_a_symlink_loop_a_fifo_and_an_unreadable_file_are_skipped(tmp_path, capsys, monkeypatch, seed_files):
    src = tmp_path / "src"
    (src / "inner").mkdir(parents=True)
    write(src, "good.txt", seed_files[0].read_bytes())
    os.symlink(src, src / "inner" / "loop")        # a folder that contains itself
    os.mkfifo(src / "pipe.txt")
    locked = write(src, "locked.txt", STORY.encode("utf-8"))
    real_read = type(locked).read_bytes

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(path)
    monkeypatch.setattr(type(locked), "read_bytes", read_bytes)
    db = tmp_path / "s.json"
    assert main(["build", str(src), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "pipe.txt: not a regular file" in err
    assert "locked.txt: cannot read: Permission denied" in err
    assert {a["source"] for a in Store.open(db).articles.values()} == {"good.txt"}


@pytest.mark.slow
def test_a_50_mb_file_builds(tmp_path, seed_files):
    big = tmp_path / "big.txt"
    chunk = b"\n\n".join(f.read_bytes() for f in seed_files if not f.name.startswith("002")) + b"\n\n"
    with open(big, "wb") as fh:
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    db = tmp_path / "s.json"
    assert main(["build", str(big), "--db", str(db), "--quiet"]) == 0
    store = Store.open(db)
    assert store.counts()["figures"] > 10_000


def test_a_file_reached_by_several_paths_is_read_once(tmp_path):
    from tui_browse.store.build import collect_sources
    src = tmp_path / "src"
    (src / "day").mkdir(parents=True)
    story = write(src / "day", "story.txt", STORY.encode("utf-8"))
    other = write(src / "day", "other.txt", STORY.replace("2", "3").encode("utf-8"))
    os.symlink(story, src / "alias.txt")            # a link to a file of the folder
    os.symlink(src / "day", tmp_path / "daylink")   # a link to the folder, named on its own
    files, _ = collect_sources([src, story, tmp_path / "daylink", tmp_path / "daylink" / "other.txt"])
    assert sorted(os.path.realpath(f) for f in files) == sorted([os.path.realpath(story), os.path.realpath(other)])
