"""The example notebook runs, and its HTML output shows every measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_rules import catalog

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "caseload.ipynb"


def test_caseload_notebook_executes_and_shows_every_measure() -> None:
    """The notebook runs top to bottom; its tables and summary name every measure of the catalogue."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    html = "".join(str(o.get("data", {}).get("text/html", "")) for o in outputs)
    text = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)

    assert not [o for o in outputs if o.get("output_type") == "error"]
    for measure_id in catalog():
        assert measure_id in html + text, measure_id
    assert "<table>" in html
    assert "Scenario against the baseline" in html  # the scenario section
    assert "<svg" in html
    assert "image/png" in "".join(str(o.get("data", {}).keys()) for o in outputs)
