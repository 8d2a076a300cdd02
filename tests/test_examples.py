"""Every script in examples/ runs, so the examples never rot."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The script runs without error and prints something."""
    runpy.run_path(str(script), run_name="__main__")

    assert capsys.readouterr().out.strip()


def test_check_formavenir_example_output(capsys: pytest.CaptureFixture[str]) -> None:
    """The FormAvenir example reports one outcome of each kind."""
    runpy.run_path(str(EXAMPLES[0].parent / "check_formavenir.py"), run_name="__main__")
    out = capsys.readouterr().out

    assert "apprentice with two kinds of difficulty: eligible (missing: -)" in out
    assert "apprentice with one kind of difficulty: ineligible (missing: -)" in out
    assert (
        "apprentice whose difficulties are not yet assessed: undetermined (missing: difficulties)"
        in out
    )
