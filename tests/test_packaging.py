"""The wheel carries every package and the sample corpus; `tui-browse` finds the corpus either way."""
import tomllib
from pathlib import Path

from tui.seeds import bundled_seeds

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    for top in ("parser", "store", "tui"):
        for init in (ROOT / top).rglob("__init__.py"):
            package = ".".join(init.parent.relative_to(ROOT).parts)
            assert package in listed, f"{package} is missing from [tool.setuptools] packages"
    assert config["tool"]["setuptools"]["package-dir"]["tui.bundled_seeds"] == "seeds"


def test_bundled_seeds_are_the_five_articles():
    files = sorted(p.name for p in bundled_seeds().glob("*.txt"))
    assert len(files) == 5 and files[0].startswith("000_")


def test_launch_with_paths_builds_them_and_with_db_opens_it(monkeypatch, tmp_path, seed_files):
    from store import StoreError
    from tui import launch as launch_module
    from tui.app import BrowserApp
    opened = []
    monkeypatch.setattr(BrowserApp, "run", lambda self: opened.append((self.db, self.sources, self.replace_sources)))
    launch_module.launch([str(seed_files[0]), "--db", str(tmp_path / "x.json")])
    assert opened[-1] == (tmp_path / "x.json", [seed_files[0]], False), "paths are added, not a replacement"
    launch_module.launch(["--db", str(tmp_path / "y.json")])
    assert opened[-1] == (tmp_path / "y.json", None, False)
    import pytest
    with pytest.raises(StoreError, match="no such file"):
        launch_module.launch([str(tmp_path / "missing")])
