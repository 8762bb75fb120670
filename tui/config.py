"""The user's settings: config.toml in their config directory (XDG on Linux, via platformdirs).

    theme = "textual-light"        # kept when a theme is chosen in the command palette

    [keymap]                       # binding id = keys (the help screen lists the ids)
    "app.export" = "x"
    "numbers.copy_row" = "y,ctrl+y"

A file that cannot be read is reported (by name and problem) and left as it is; the app then runs
with its defaults.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from .store.locations import APP_NAME


@dataclass
class Config:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    problem: str | None = None     # why the file could not be used, naming it


def config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Config(problem=f"{path}: {exc}; the defaults are used")
    theme = data.get("theme")
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
        return Config(theme if isinstance(theme, str) else None,
                      problem=f"{path}: [keymap] must map binding ids to keys, as \"app.export\" = \"x\"")
    return Config(theme if isinstance(theme, str) else None, dict(keymap))


def save_theme(name: str, path: Path | None = None) -> None:
    """Keep the theme in the config file, and whatever else it holds."""
    path = path or config_path()
    config = load_config(path)
    if config.problem:
        return          # never overwrite a file the user is still fixing
    config.theme = name
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"theme = {_quoted(name)}"]
    if config.keymap:
        lines += ["", "[keymap]"] + [f"{_quoted(k)} = {_quoted(v)}" for k, v in sorted(config.keymap.items())]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
