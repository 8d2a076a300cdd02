"""The layers stay visible: imports point one way, and I/O lives in one module.

Order (a module may import from its own layer and the layers before it):
errors → _core, explain → rules → facts, documents, organisations → _cells, permits → measures → network → _check → batch → scenarios → package root → _cli, _cli_compare, _server → __main__.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "integration_rules"

LAYERS = {
    "errors": 0,
    "_core": 1,
    "explain": 1,
    "rules": 2,
    "facts": 3,
    "documents": 3,
    "organisations": 3,
    "_cells": 4,  # what a caseload's cell means: read by the columnar engine and the streams
    "permits": 4,
    "measures": 5,
    "network": 6,
    "funding": 6,
    "columnar": 6,
    "testing": 6,
    "_check": 7,
    "_questions": 7,
    "_verify": 7,
    "batch": 8,
    "scenarios": 9,
    "__init__": 10,
    "_cli": 11,
    "_cli_compare": 11,
    "_server": 11,  # the HTTP server: an edge, beside the command line
    "__main__": 12,
}


def layer_of(module: str) -> int:
    """The layer of a dotted module name inside the package."""
    parts = module.split(".")
    assert parts[0] == "integration_rules"
    top = parts[1] if len(parts) > 1 else "__init__"
    return LAYERS[top]


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(relative.parts)
        found.append((name, path))
    return found


def imported(path: Path) -> list[str]:
    """Every module of the package that *path* imports, at any depth of the file."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("integration_rules")
        ):
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(
                a.name for a in node.names if a.name.startswith("integration_rules")
            )
        elif isinstance(node, ast.ImportFrom) and node.level:
            pytest.fail(
                f"{path}: relative import; use absolute imports so layers are visible"
            )
    return names


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_imports_point_down(module: str, path: Path) -> None:
    """No module imports from a layer above its own."""
    own = layer_of(module)
    for target in imported(path):
        assert layer_of(target) <= own, (
            f"{module} imports {target}, from a higher layer"
        )


def test_core_knows_nothing_of_the_domain() -> None:
    """_core and explain import only from each other and errors."""
    for folder in ("_core", "explain"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for target in imported(path):
                assert target.startswith(
                    (
                        "integration_rules._core",
                        "integration_rules.explain",
                        "integration_rules.errors",
                    )
                ), (path, target)


IO_CALLS = {"open", "print", "input"}
IO_ATTRIBUTES = {
    "today",
    "now",
    "utcnow",
    "read_text",
    "write_text",
    "read_bytes",
    "stdout",
    "stderr",
}


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_only_the_cli_does_io_or_reads_the_clock(module: str, path: Path) -> None:
    """No module but the edges (_cli, the HTTP server) opens files, prints, or reads the clock."""
    if path.name in {"_cli.py", "_cli_compare.py", "__main__.py"}:
        return
    if module.startswith("integration_rules._server."):
        return  # the HTTP server: it logs each request and times it
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in IO_CALLS, f"{module} calls {node.func.id}()"
        if isinstance(node, ast.Attribute):
            assert node.attr not in IO_ATTRIBUTES, f"{module} uses .{node.attr}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + (
                [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            io_modules = {
                "logging",
                "tomllib",
                "pathlib",
                "os",
                "sys",
                "io",
                "shutil",
                "subprocess",
            }
            assert not io_modules & set(names), (
                f"{module} imports an I/O module: {names}"
            )


#: The most lines a module of the core may have: a new maintainer reads one at a sitting.
CORE_MODULE_LINES = 600


@pytest.mark.parametrize(
    "path",
    sorted((PACKAGE / "_core").glob("*.py")),
    ids=lambda path: path.name,
)
def test_core_modules_stay_small(path: Path) -> None:
    """No module of _core is over 600 lines: a module that grows is split by concept."""
    lines = len(path.read_text(encoding="utf-8").splitlines())

    assert lines <= CORE_MODULE_LINES, f"{path.name}: {lines} lines"
