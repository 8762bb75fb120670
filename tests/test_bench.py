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
