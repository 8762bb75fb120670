"""`tui-browse build` and `tui-browse figures` as a user runs them: messages, exit codes, output formats."""
import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tui_browse.cli import main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_build_prints_a_summary(tmp_path, seed_files, capsys):
    db = tmp_path / "s.json"
    assert main(["build", *map(str, seed_files), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "15 articles" in out.replace("\n", " ")
    assert "5 added, 0 updated, 0 kept" in out.replace("\n", " ")


def test_build_skips_bad_files_with_the_reason_and_goes_on(tmp_path, seed_files, capsys):
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_bytes(seed_files[0].read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    db = tmp_path / "s.json"
    assert main(["build", str(src), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "empty.txt: empty file" in captured.err
    assert "image.txt: binary data" in captured.err
    assert "1 added" in captured.out.replace("\n", " ") and "2 skipped" in captured.out.replace("\n", " ")


def test_build_fails_when_nothing_could_be_read(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    db = tmp_path / "s.json"
    assert main(["build", str(bad), "--db", str(db)]) == 1
    assert "nothing could be read" in capsys.readouterr().err
    assert not db.exists()


def test_a_missing_path_is_a_clear_error_without_traceback(tmp_path, capsys):
    code = main(["build", str(tmp_path / "nope"), "--db", str(tmp_path / "s.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no such file or folder" in err and "Traceback" not in err


def test_figures_csv_opens_in_excel_with_chinese_intact(seed_store, capsysbinary):
    assert main(["figures", "--db", str(seed_store), "--region", "胶州市", "--kind", "money", "--format", "csv"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows and all(r["kind"] == "money" and r["region"] == "胶州市" for r in rows)
    assert any(r["figure"] == "1197.5亿元" and r["value"] == "119750000000" for r in rows)
    assert all((r["province"], r["city"], r["county"]) == ("山东省", "青岛市", "胶州市") for r in rows)


def test_figures_json_for_pipes(seed_store, capsys):
    assert main(["figures", "--db", str(seed_store), "--region", "惜福镇街道", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_raw = {r["figure"]: r for r in rows}
    assert by_raw["56.7亿元"]["value"] == 5670000000 and by_raw["56.7亿元"]["label"] == "总投资"


def test_figures_under_a_region_include_the_regions_under_it_and_of_a_region_only_its_own(seed_store, capsys):
    main(["figures", "--db", str(seed_store), "--under", "青岛市", "--format", "json"])
    regions = {r["region"] for r in json.loads(capsys.readouterr().out)}
    assert {"胶州市", "惜福镇街道"} <= regions
    main(["figures", "--db", str(seed_store), "--region", "城阳区", "--format", "json"])
    assert {r["region"] for r in json.loads(capsys.readouterr().out)} == {"城阳区"}


@pytest.mark.parametrize("named", ["胶州市", "胶州", "膠州", "jiaozhou", "jz", "JZ"])
def test_a_region_is_named_as_the_search_box_takes_it(seed_store, capsys, named):
    assert main(["figures", "--db", str(seed_store), "--region", named, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["region"] for r in rows} == {"胶州市"}


def test_a_region_that_matches_nothing_gets_the_nearest_names(seed_store, capsys):
    assert main(["figures", "--db", str(seed_store), "--region", "胶洲市"]) == 1
    err = capsys.readouterr().err
    assert "no region called" in err and "胶州市" in err and "Traceback" not in err


def test_figures_between_two_dates(tmp_path, capsys):
    from tui_browse.store import build_store
    for name, n in (("20200105-01.txt", 11), ("20200220-01.txt", 22), ("undated.txt", 33)):
        (tmp_path / name).write_text(f"胶州市项目建设\n\n胶州市今年新开工项目{n}个。\n", encoding="utf-8")
    db = tmp_path / "s.json"
    build_store(sorted(tmp_path.glob("*.txt")), db)
    assert main(["figures", "--db", str(db), "--since", "2020-02-01", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert [r["figure"] for r in json.loads(out.out)] == ["22个"]
    assert "1 figures of articles without a date are left out" in out.err
    assert main(["figures", "--db", str(db), "--until", "2020-01-31", "--format", "json"]) == 0
    assert [r["figure"] for r in json.loads(capsys.readouterr().out)] == ["11个"]
    with pytest.raises(SystemExit):
        main(["figures", "--db", str(db), "--since", "2020-13-01"])


def test_figures_work_before_there_is_a_library(capsys):
    # the test's data directory is empty: no library; the samples are what the browser would show
    assert main(["figures", "--region", "jz", "--format", "json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out) and "bundled samples" in out.err


@pytest.mark.slow
def test_figures_piped_into_head_print_no_traceback(seed_store):
    import subprocess
    import sys
    done = subprocess.run(f"{sys.executable} -m tui_browse figures --db {seed_store} --format csv | head -2",
                          shell=True, capture_output=True, text=True)
    assert len(done.stdout.splitlines()) == 2
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


def test_figures_table_and_unknown_region(seed_store, capsys):
    assert main(["figures", "--db", str(seed_store), "--kind", "area"]) == 0
    assert "28.3万平方米" in capsys.readouterr().out
    assert main(["figures", "--db", str(seed_store), "--region", "火星市"]) == 1
    assert "no region called" in capsys.readouterr().err


def test_figures_on_a_corrupt_store_says_so(tmp_path, capsys):
    db = tmp_path / "s.json"
    db.write_text("{", encoding="utf-8")
    assert main(["figures", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "Traceback" not in err


def test_the_console_script_runs_in_a_fresh_process(tmp_path, seed_files):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    db = tmp_path / "s.json"
    done = subprocess.run([sys.executable, "-m", "tui_browse.cli", "build", str(seed_files[2]), "--db", str(db)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert db.exists() and not (tmp_path / "data").exists()


def test_figures_as_xlsx_keep_numbers_as_numbers_and_figures_as_written(seed_store, capsysbinary):
    import openpyxl
    assert main(["figures", "--db", str(seed_store), "--format", "xlsx"]) == 0
    book = openpyxl.load_workbook(io.BytesIO(capsysbinary.readouterr().out))
    sheet = book["figures"]
    head = [c.value for c in sheet[1]]
    assert head[:2] == ["id", "date"] and {"province", "city", "county", "town", "figure", "qualifier"} <= set(head)
    assert sheet.freeze_panes == "A2"
    rows = [dict(zip(head, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    big = next(r for r in rows if r["figure"] == "1197.5亿元")
    assert big["value"] == 119750000000 and isinstance(big["value"], int)
    value_cell = next(row for row in sheet.iter_rows(min_row=2) if row[head.index("figure")].value == "1197.5亿元")[head.index("value")]
    assert "E" not in value_cell.number_format and "#,##0" in value_cell.number_format, "shown in full, not 1.2E+11"
    pct = next(r for r in rows if r["figure"].endswith("%"))
    assert isinstance(pct["figure"], str) and pct["figure"].endswith("%"), '"44%" stays text'
    assert any(r["city"] == "青岛市" and r["county"] == "胶州市" for r in rows)


def test_figures_of_the_other_kinds_as_the_numbers_panel_groups_them(seed_store, capsys):
    assert main(["figures", "--db", str(seed_store), "--kind", "other", "--format", "json"]) == 0
    kinds = {r["kind"] for r in json.loads(capsys.readouterr().out)}
    assert kinds and not kinds & {"money", "percent", "count", "area"}


def test_the_progress_bar_leaves_the_build_free_to_fork_its_workers(tmp_path, seed_files, monkeypatch, capsys):
    # a second thread alive (Rich's refresh thread) makes the build spawn its parsing workers, each
    # loading the dictionaries again: the bar on screen made every large build a third slower
    import threading

    import tui_browse.cli as cli
    src = tmp_path / "src"
    src.mkdir()
    for i in range(cli.PROGRESS_THRESHOLD):
        seed = seed_files[i % len(seed_files)]
        (src / f"{i:02d}.txt").write_bytes(seed.read_bytes() + b"\n" * (i // len(seed_files)))
    threads_at_build = []
    real_build = cli.build_store

    def build_store(*args, **kwargs):
        assert kwargs.get("progress") is not None          # the bar is on
        threads_at_build.append(threading.active_count())
        return real_build(*args, **kwargs)
    monkeypatch.setattr(cli, "build_store", build_store)
    threads_before = threading.active_count()
    assert main(["build", str(src), "--db", str(tmp_path / "s.json")]) == 0
    assert threads_at_build == [threads_before]
    assert f"{cli.PROGRESS_THRESHOLD} added" in capsys.readouterr().out.replace("\n", " ")
