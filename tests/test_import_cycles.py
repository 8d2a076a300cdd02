"""The modules of the package import each other without a cycle.

The graph is built from the source (``ast``), so no module is run: an edge
goes from a module to every module of the package it imports when it is
loaded. Imports under ``if TYPE_CHECKING:`` (read by the type checker only)
and imports inside functions (run when the function is called, after every
module is loaded) are not edges. ``from package import name`` points to the
submodule ``package.name`` when there is one, else to the package.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "integration_rules"


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _load_time_imports(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements run when a module is loaded: not in functions, not for the type checker."""
    for statement in body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            yield statement
        elif isinstance(statement, ast.If):
            if not _is_type_checking(statement.test):
                yield from _load_time_imports(statement.body)
            yield from _load_time_imports(statement.orelse)
        elif isinstance(statement, ast.Try):
            for block in (statement.body, statement.orelse, statement.finalbody):
                yield from _load_time_imports(block)
            for handler in statement.handlers:
                yield from _load_time_imports(handler.body)
        elif isinstance(statement, ast.With | ast.For | ast.While | ast.ClassDef):
            yield from _load_time_imports(statement.body)


def _targets(
    statement: ast.Import | ast.ImportFrom, known: dict[str, Path]
) -> set[str]:
    if isinstance(statement, ast.Import):
        return {alias.name for alias in statement.names if alias.name in known}
    base = statement.module or ""
    found = set()
    for alias in statement.names:
        submodule = f"{base}.{alias.name}"
        if submodule in known:
            found.add(submodule)
        elif base in known:
            found.add(base)
    return found


def import_graph() -> dict[str, set[str]]:
    """For each module of the package, the modules of the package it imports when loaded."""
    known = _modules()
    return {
        name: {
            target
            for statement in _load_time_imports(
                ast.parse(path.read_text(encoding="utf-8")).body
            )
            for target in _targets(statement, known)
        }
        - {name}
        for name, path in known.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of *graph* as the list of its modules (the first repeated at the end), or ``None``."""
    done: set[str] = set()
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        path.append(name)
        for target in sorted(graph[name]):
            cycle = visit(target)
            if cycle is not None:
                return cycle
        path.pop()
        done.add(name)
        return None

    for start in sorted(graph):
        cycle = visit(start)
        if cycle is not None:
            return cycle
    return None


def test_the_graph_sees_the_package() -> None:
    """The graph has the package's modules and their imports (a sanity check of the parser)."""
    graph = import_graph()

    assert "integration_rules._core._explanation" in graph
    assert (
        "integration_rules._core._text" in graph["integration_rules._core._explanation"]
    )


def test_find_cycle_finds_one() -> None:
    """A known cycle is found and printed in order."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

    assert ["a", "b", "c", "a"] == find_cycle(graph)
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle() -> None:
    """No module imports, directly or through others, a module that imports it."""
    cycle = find_cycle(import_graph())

    assert cycle is None, "import cycle: " + " → ".join(cycle or [])
