"""Data flows one way: the parser and the store never import the app."""
import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports_outside(folder: str) -> set[str]:
    """What the modules of one subpackage import beyond themselves: absolute top-level names, and
    relative imports that climb to tui_browse (written "..name")."""
    names = set()
    for path in (ROOT / folder).rglob("*.py"):
        depth = len(path.relative_to(ROOT / folder).parts)   # 1 for a module at the folder's top
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
            elif isinstance(node, ast.ImportFrom) and node.level > depth:
                names.add(".." + (node.module or "").split(".")[0])
    return names


def test_parser_and_store_source_never_import_the_app_or_textual():
    assert not imports_outside("parser") & {"tui_browse", "textual", "rich"}
    assert not {n for n in imports_outside("parser") if n.startswith("..")}, "the parser imports nothing of ours"
    store = imports_outside("store")
    assert not store & {"tui_browse", "textual", "rich"}
    assert {n for n in store if n.startswith("..")} == {"..parser"}, "the store uses only the parser"


def test_importing_store_loads_no_ui_code():
    code = ("import sys, tui_browse.store, tui_browse.parser; "
            "print(sorted(m for m in sys.modules if m.startswith('textual') or m.startswith('rich') "
            "or m.split('.')[:2][-1] in ('app', 'widgets', 'screens', 'cli')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
