"""Layers point one way: the store never imports what composes it.

The API, the batch runner and the CLI import the store; an import back (even one
hidden inside a function) is a cycle. The imports are read from the source with `ast`,
so an import in a function, a string or a comment is judged for what it is.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE_MODULES = sorted((ROOT / "store").rglob("*.py"))
# What composes the store, and so must never be imported by it.
ABOVE_STORE = ("policydb.api", "policydb.batch", "policydb.cli", "policydb.commands_store",
               "policydb.commands_review")


def imported_modules(source: str) -> set[str]:
    """Every module an `import` or `from … import` names, wherever it stands in the file;
    `from policydb import api` counts as `policydb.api`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def forbidden(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == above or m.startswith(above + ".") for above in ABOVE_STORE))


def test_store_modules_were_found():
    assert len(STORE_MODULES) >= 5


@pytest.mark.parametrize("path", STORE_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_store_does_not_import_what_composes_it(path):
    modules = imported_modules(path.read_text(encoding="utf-8"))
    assert not forbidden(modules), f"{path.relative_to(ROOT)} imports {forbidden(modules)}"


@pytest.mark.parametrize("source", [
    "from policydb.api import export",
    "def f():\n    from policydb.api import PIPELINE_VERSION\n",
    "from policydb import batch",
    "import policydb.cli",
    "import policydb.commands_store as commands",
])
def test_the_check_sees_every_form_of_import(source):
    assert forbidden(imported_modules(source))


@pytest.mark.parametrize("source", [
    "from policydb.records import NoticeRecord",
    "from policydb.errors import PolicydbError",
    "# from policydb.api import export",
    "HELP = 'see policydb.api'",
])
def test_the_check_allows_what_lies_below(source):
    assert not forbidden(imported_modules(source))
