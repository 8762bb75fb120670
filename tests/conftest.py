"""Shared fixtures. Every test runs with its own data, config and cache directories."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Never touch the user's real data or config: point XDG at a temporary directory."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5
    return files


@pytest.fixture(scope="session")
def parsed_seeds(seed_files):
    from tui_browse.parser import parse_bytes
    return {f.name[:3]: parse_bytes(f.read_bytes(), f.name) for f in seed_files}


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_files) -> Path:
    """A store built once from the bundled seeds (tests must not modify it)."""
    from tui_browse.store import build_store
    db = tmp_path_factory.mktemp("store") / "seeds.json"
    report = build_store(seed_files, db)
    assert report.ok and not report.skipped
    return db


@pytest.fixture
def seed_data(seed_store) -> dict:
    return json.loads(seed_store.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def quiet_app(monkeypatch):
    """Stable snapshots and no reach into the machine's clipboard: the cursor does not blink, and the
    local clipboard copy is recorded instead of performed (the app's OSC 52 copy still runs)."""
    copied: list[str] = []
    try:
        import tui_browse.app
    except ImportError:  # pragma: no cover - textual missing
        yield copied
        return
    monkeypatch.setattr(tui_browse.app.BrowserApp, "CURSOR_BLINK", False)
    monkeypatch.setattr(tui_browse.app, "local_copy", lambda text: copied.append(text) or None)
    yield copied


@pytest.fixture
def settle():
    """await settle(app, pilot): wait until the app's workers are done and the screen caught up."""
    return _settle


@pytest.fixture
def notifications(monkeypatch) -> list[str]:
    """The messages of every notification the app shows (recorded as they are posted)."""
    import tui_browse.app
    shown: list[str] = []
    original = tui_browse.app.BrowserApp.notify

    def notify(self, message, *args, **kwargs):
        shown.append(str(message))
        return original(self, message, *args, **kwargs)
    monkeypatch.setattr(tui_browse.app.BrowserApp, "notify", notify)
    return shown


async def _settle(app, pilot):
    """Wait until the app's workers (load, build, search, warm-up) are done and the screen has caught
    up: a loaded store starts more work (the warm-up), so wait until nothing is running twice over."""
    quiet = 0
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        busy = any(not w.is_finished for w in app.workers)
        quiet = 0 if busy else quiet + 1
        if quiet >= 3:
            break
    await pilot.pause()
