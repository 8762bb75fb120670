"""Data flows one way: parser and store never import the app."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: str) -> set[str]:
    names = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_parser_and_store_source_never_import_tui_or_textual():
    for package in ("parser", "store"):
        assert not imported_modules(package) & {"tui", "textual"}, package
    assert "store" not in imported_modules("parser")


def test_importing_store_loads_no_ui_code():
    code = "import sys, store, parser; print(sorted(m for m in sys.modules if m.split('.')[0] in ('tui', 'textual')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
