"""The benchmark drives the app through the same hooks the app has: a change of those hooks must
not leave `python -m bench.run` hanging (a keystroke loop that waits for results never shown)."""
import asyncio
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # the checkout's bench/ package


@pytest.mark.slow
def test_the_benchmark_session_times_every_keystroke_on_a_small_store(seed_store):
    from bench.run import QUERIES, _interactive

    async def bounded():
        return await asyncio.wait_for(_interactive(seed_store, 1), timeout=120)

    row = asyncio.run(bounded())
    assert row["keystrokes"] == sum(len(q) for q in QUERIES)
    assert 0 < row["search_p50_ms"] <= row["search_max_ms"]
    assert row["compare_open_ms"] > 0


def test_each_timed_build_starts_from_no_store(tmp_path, seed_files):
    # over a store of the same files a build copies their records instead of parsing them: a
    # benchmark run that leaves the last run's store (or its index) behind times a rebuild
    from bench.run import _remove_store
    from tui_browse.store import build_store
    db = tmp_path / "store.json"
    build_store(seed_files, db)
    (tmp_path / "other.json").write_text("{}")
    assert any(p.name.startswith("store.json.") for p in tmp_path.iterdir())   # the app index beside it
    _remove_store(db)
    assert not any(p.name.startswith("store.json") for p in tmp_path.iterdir())
    assert (tmp_path / "other.json").exists()
    report = build_store(seed_files, db)
    assert report.parsed and not report.kept
