"""One installed package, tui_browse, with the sample corpus inside; `tui-browse` finds it either way."""
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tui_browse.samples import bundled_seeds

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"tui": "tui_browse", "parser": "tui_browse.parser", "store": "tui_browse.store"}


def test_every_folder_with_code_is_a_listed_subpackage_of_tui_browse():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    for folder, name in FOLDERS.items():
        assert config["package-dir"][name] == folder
        for init in (ROOT / folder).rglob("__init__.py"):
            package = ".".join((name, *init.parent.relative_to(ROOT / folder).parts))
            assert package in listed, f"{package} is missing from [tool.setuptools] packages"
    assert config["package-dir"]["tui_browse.seeds"] == "seeds"
    assert {p.split(".")[0] for p in listed} == {"tui_browse"}, "nothing else at the top of site-packages"


def test_bundled_seeds_are_the_five_articles():
    files = sorted(p.name for p in bundled_seeds().glob("*.txt"))
    assert len(files) == 5 and files[0].startswith("000_")


def test_version_and_python_dash_m(tmp_path):
    from importlib.metadata import version
    done = subprocess.run([sys.executable, "-m", "tui_browse", "--version"], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"tui-browse {version('tui-browse')}"


def test_launch_with_paths_builds_them_and_with_db_opens_it(monkeypatch, tmp_path, seed_files):
    from tui_browse.store import StoreError
    from tui_browse import launch as launch_module
    from tui_browse.app import BrowserApp
    opened = []
    monkeypatch.setattr(BrowserApp, "run", lambda self: opened.append((self.db, self.sources, self.replace_sources)))
    launch_module.launch([str(seed_files[0]), "--db", str(tmp_path / "x.json")])
    assert opened[-1] == (tmp_path / "x.json", [seed_files[0]], False), "paths are added, not a replacement"
    launch_module.launch(["--db", str(tmp_path / "y.json")])
    assert opened[-1] == (tmp_path / "y.json", None, False)
    with pytest.raises(StoreError, match="no such file"):
        launch_module.launch([str(tmp_path / "missing")])


@pytest.mark.slow
def test_the_wheel_installs_one_package_and_runs_from_a_fresh_venv(tmp_path):
    """Build the wheel, install it (without its dependencies, which come from this environment
    through a path file) into a fresh venv, and run it there: no checkout on the path."""
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(wheels.glob("tui_browse-*.whl"))
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"tui_browse"}
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = next((venv / "lib").glob("python3*/site-packages"))
    deps = [p for p in sys.path if p.endswith("site-packages")]
    (site / "deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                    "--no-deps", str(wheel)], check=True, capture_output=True, timeout=600)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    py = str(venv / "bin" / "python")
    where = subprocess.run([py, "-c", "import tui_browse.samples as s; print(s.bundled_seeds())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True).stdout.strip()
    assert where.startswith(str(site)) and len(list(Path(where).glob("*.txt"))) == 5
    db = tmp_path / "samples.json"
    done = subprocess.run([str(venv / "bin" / "tui-browse"), "build", where, "--db", str(db)],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "15 articles" in done.stdout.replace("\n", " ")
