"""The store under faults: killed builds, concurrent builds, unwritable places, bad stores.
In every case the user is told what is wrong and the store they had survives."""
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tui_browse.store import SCHEMA_VERSION, Store, build_store, validate
from tui_browse.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path, seed_files):
    """Forty distinct files made from the seeds: enough for a build that takes a few seconds."""
    src = tmp_path / "corpus"
    src.mkdir()
    for i in range(40):
        f = seed_files[i % len(seed_files)]
        (src / f"{i:02d}_{f.name}").write_bytes(f.read_bytes() + f"\n\n第{i}期 新增企业{i + 1}家。\n".encode("utf-8"))
    return src


def _env(tmp_path):
    return {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0, 3.5])
def test_a_build_killed_at_any_moment_leaves_the_previous_store(tmp_path, seed_files, corpus, delay):
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    before = db.read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "tui_browse.cli", "build", str(corpus), "--db", str(db), "--quiet"],
                            cwd=ROOT, env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGKILL)   # the build and its workers, without warning
    proc.wait()
    after = db.read_bytes()
    data = json.loads(after)
    assert validate(data) == []
    sources = data["meta"]["1"]["sources"]
    assert {f.name for f in seed_files[:2]} <= set(sources), "the library's earlier sources are all there"
    if after != before:   # it finished before the kill: then the new store is whole, the library added to
        assert len(sources) == 42
    assert build_store(seed_files[:1], db).ok, "a stale lock from the killed build does not block the next"


@pytest.mark.slow
def test_a_build_killed_while_writing_the_file(tmp_path, seed_files):
    db = tmp_path / "s.json"
    build_store(seed_files[:2], db)
    before = db.read_bytes()
    script = textwrap.dedent(f"""
        import os, sys, time
        import tui_browse.store.files as files
        real_open = open
        class Slow:
            def __init__(self, fh): self.fh = fh
            def __enter__(self): return self
            def __exit__(self, *a): return self.fh.__exit__(*a)
            def write(self, data):
                for i in range(0, len(data), 4096):
                    self.fh.write(data[i:i + 4096]); self.fh.flush()
                    if i == 8192:
                        print("WRITING", flush=True); time.sleep(30)
            def flush(self): self.fh.flush()
            def fileno(self): return self.fh.fileno()
        # only the store's own temporary file is slowed: the app index is written beside it meanwhile
        files.open = lambda p, *a, **k: (Slow(real_open(p, *a, **k)) if os.path.basename(p).startswith('.s.json.')
                                         else real_open(p, *a, **k))
        from tui_browse.store import build_store
        from pathlib import Path
        build_store([Path(p) for p in {[str(f) for f in seed_files]!r}], Path({str(db)!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "WRITING"
    proc.kill()
    proc.wait()
    assert db.read_bytes() == before
    assert Store.open(db).counts()["articles"] > 0
    assert list(tmp_path.glob(".s.json.*.tmp")), "the killed build left its half-written file"
    assert list(tmp_path.glob(".s.json.*.spool")), "and its spool of records"
    build_store(seed_files[:1], db)
    assert not list(tmp_path.glob(".s.json.*.tmp")), "the next build cleared it away"
    assert not list(tmp_path.glob(".s.json.*.spool"))


@pytest.mark.slow
def test_two_builds_at_once_do_not_mix(tmp_path, seed_files, corpus):
    db = tmp_path / "s.json"
    cmd = [sys.executable, "-m", "tui_browse.cli", "build", "--db", str(db), "--quiet"]
    one = subprocess.Popen([*cmd[:4], str(corpus), *cmd[4:]], cwd=ROOT, env=_env(tmp_path),
                           stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    two = subprocess.Popen([*cmd[:4], str(seed_files[0]), *cmd[4:]], cwd=ROOT, env=_env(tmp_path),
                           stderr=subprocess.PIPE, text=True)
    results = [(p.wait(timeout=300), p.stderr.read()) for p in (one, two)]
    data = json.loads(db.read_text(encoding="utf-8"))
    assert validate(data) == []
    sources = set(data["meta"]["1"]["sources"])
    first, second = {p.name for p in corpus.iterdir()}, {seed_files[0].name}
    # each build adds all of its files or none: one build's files, or (one after the other) both builds'
    assert sources in (first, second, first | second), "one build's files whole, never part of one"
    for code, err in results:
        assert code == 0 or "another build" in err


def test_an_unwritable_folder_is_a_clear_error_and_the_store_survives(tmp_path, seed_files, monkeypatch, capsys):
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    before = db.read_bytes()
    real_open = os.open

    def refuse(path, flags, *a):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *a)
    monkeypatch.setattr(os, "open", refuse)
    assert main(["build", str(seed_files[2]), "--db", str(db)]) == 2
    assert "cannot write beside" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_full_disk_is_a_clear_error_and_the_store_survives(tmp_path, seed_files, monkeypatch, capsys):
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    before = db.read_bytes()

    def full(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("tui_browse.store.files.os.fsync", full)
    assert main(["build", str(seed_files[2]), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "previous store is unchanged" in err
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_store_path_that_is_a_folder(tmp_path, seed_files, capsys):
    assert main(["build", str(seed_files[0]), "--db", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


@pytest.mark.parametrize("content,says", [
    ('{"articles": {"1": {"title": ', "not valid JSON"),
    ("", "empty"),
    ('{"tables": []}', "not a tui-browse store"),
    (json.dumps({"articles": {}, "sections": {}, "figures": {}, "regions": {},
                 "meta": {"1": {"schema_version": 0}}}), "schema 0"),
])
def test_build_over_a_bad_store_keeps_it_aside_and_says_so(tmp_path, seed_files, capsys, content, says):
    db = tmp_path / "s.json"
    db.write_text(content, encoding="utf-8")
    assert main(["figures", "--db", str(db)]) == 2
    assert says in capsys.readouterr().err
    assert main(["build", str(seed_files[0]), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    kept = list(tmp_path.glob("s.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert kept[0].name in err
    assert Store.open(db).counts()["articles"] > 0


def test_a_newer_store_is_refused_by_build_and_figures_and_left_alone(tmp_path, seed_files, capsys):
    db = tmp_path / "s.json"
    build_store(seed_files[:1], db)
    data = json.loads(db.read_text(encoding="utf-8"))
    data["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    db.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = db.read_bytes()
    assert main(["build", str(seed_files[1]), "--db", str(db)]) == 2
    assert main(["figures", "--db", str(db)]) == 2
    assert "newer" in capsys.readouterr().err
    assert db.read_bytes() == before and not list(tmp_path.glob("*.bad-*"))
