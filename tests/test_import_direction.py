"""Imports go one way: dashboard → jiedao (application core) → ingest (loaders).

Read from the source with ast, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "ingest": {"jiedao", "dashboard", "streamlit"},
    "jiedao": {"dashboard"},
    "dashboard": {"ingest"},
}


def imported_packages(source: str) -> set[str]:
    """Top-level package names a module imports (absolute imports only)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def violations(package: str) -> list[str]:
    return [f"{path.relative_to(PROJECT)} imports {name}"
            for path in sorted((PROJECT / package).rglob("*.py"))
            for name in sorted(imported_packages(path.read_text(encoding="utf-8")) & FORBIDDEN[package])]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_downward(package):
    assert violations(package) == []


def test_the_check_sees_imports_inside_functions():
    source = "def f():\n    from ingest.loader import ingest_paths\n    import dashboard.data\n"
    assert imported_packages(source) == {"ingest", "dashboard"}


def test_ingest_holds_loaders_only():
    app_modules = {"accounts", "audit", "publish", "export", "demo", "cli", "uploads", "settings",
                   "status", "template"}
    assert not {path.stem for path in (PROJECT / "ingest").glob("*.py")} & app_modules


def test_every_package_says_what_it_owns_and_must_not_import():
    for package in FORBIDDEN:
        doc = ast.get_docstring(ast.parse((PROJECT / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, package
