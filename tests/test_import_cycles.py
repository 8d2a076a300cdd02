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
import subprocess
import sys
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


def _packages_loaded(importer: str, target: str, known: dict[str, Path]) -> set[str]:
    """The packages Python runs first when *importer* imports *target*.

    Importing ``a.b.c`` runs ``a/__init__`` and ``a/b/__init__`` unless they
    are already loading: the importer's own packages are.
    """
    parts = target.split(".")
    own = {".".join(importer.split(".")[:i]) for i in range(1, importer.count(".") + 2)}
    return {
        package
        for package in (".".join(parts[:i]) for i in range(1, len(parts)))
        if package in known and package not in own
    }


def import_graph() -> dict[str, set[str]]:
    """For each module of the package, the modules of the package it imports when loaded.

    An import also runs the ``__init__`` of the target's packages, so an edge
    goes to them too: a package whose ``__init__`` imports its modules at once
    would otherwise hide a cycle entered from another package.
    """
    known = _modules()
    graph = {}
    for name, path in known.items():
        targets = {
            target
            for statement in _load_time_imports(
                ast.parse(path.read_text(encoding="utf-8")).body
            )
            for target in _targets(statement, known)
        }
        for target in list(targets):
            targets |= _packages_loaded(name, target, known)
        graph[name] = targets - {name}
    return graph


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


def test_an_import_runs_the_packages_not_yet_loading() -> None:
    """Importing a module of another package runs that package's __init__; one's own is already loading."""
    known = _modules()

    assert {"integration_rules._core"} == _packages_loaded(
        "integration_rules.explain.words", "integration_rules._core._outcome", known
    )
    assert set() == _packages_loaded(
        "integration_rules._core._node", "integration_rules._core._text", known
    )


def test_every_module_can_be_imported_first() -> None:
    """Each module, imported first in a fresh interpreter, loads: no cycle hides behind an import order."""
    optional = ("columnar", "testing", "batch._engines")
    names = [
        name
        for name in sorted(_modules())
        if not any(f".{part}" in name for part in optional)
        and not name.endswith("__main__")  # runs the command line
    ]
    script = (
        "import subprocess, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    run = subprocess.run([sys.executable, '-c', f'import {name}'], capture_output=True, text=True)\n"
        "    if run.returncode:\n"
        "        failed.append(name + ': ' + run.stderr.strip().splitlines()[-1])\n"
        "print('\\n'.join(failed))\n"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter, our module names
        [sys.executable, "-c", script, *names],
        capture_output=True,
        text=True,
        check=True,
    )

    assert "" == result.stdout.strip()
