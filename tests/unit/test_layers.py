"""DESIGN.md section 2: the core layers never import Qt or the GUI."""

import ast
import subprocess
import sys
from pathlib import Path

import peerdesk

PACKAGE = Path(peerdesk.__file__).parent
QT_FREE = ("vault", "db", "services", "reports", "sync", "hub")
FORBIDDEN = ("PySide6", "shiboken6", "peerdesk.ui", "peerdesk.tasks", "peerdesk.app")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_qt_free_module_imports_qt_or_the_gui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(FORBIDDEN):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_command_line_runs_without_loading_qt() -> None:
    modules = [
        f"peerdesk.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for layer in QT_FREE
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__init__.py" and "migrations" not in p.parts
    ]
    code = (
        f"import sys, peerdesk.cli\nfor m in {modules!r}: __import__(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
