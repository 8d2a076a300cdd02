"""The reference pages, generated from the library's data, list every measure, status and parameter.

The pages are built from the data at documentation build time (``docs/_ext/catalogues.py``).
The ``site`` fixture (tests/conftest.py) builds the site and this module checks, independently of the
generator's own code, that each measure id, residence-status code and parameter id the
library defines has its anchor (and so its section or row) on its reference page: a new
measure, status or parameter cannot be left undocumented.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

from docutils.nodes import make_id

import integration_rules
from integration_rules import Parameter, catalog
from integration_rules.facts import RESIDENCE_STATUSES

ROOT = Path(__file__).resolve().parents[1]


def _page(site: Path, name: str) -> str:
    return (site / "reference" / f"{name}.html").read_text(encoding="utf-8")


def _all_parameters() -> set[Parameter[Any]]:
    """Every parameter the library holds: read by a measure or transition, or bound in a module."""
    found: set[Parameter[Any]] = set()
    for measure in catalog().values():
        found.update(measure.parameters())
    from integration_rules.permits import foreseen_transitions

    for code in RESIDENCE_STATUSES:
        for transition in foreseen_transitions(code):
            found.update(transition.rule.parameters())
    for info in pkgutil.walk_packages(integration_rules.__path__, "integration_rules."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found.update(v for v in vars(module).values() if isinstance(v, Parameter))
        for value in vars(module).values():
            if isinstance(value, tuple):
                found.update(v for v in value if isinstance(v, Parameter))
    return found


def test_measures_page_links_every_measure_to_its_own_page(site: Path) -> None:
    page = _page(site, "measures")
    missing = [
        m for m in catalog() if f'href="../rules/en/measure/{m}.html"' not in page
    ]
    assert not missing
    assert len(catalog()) == 18


def test_statuses_page_has_a_section_for_every_residence_status(site: Path) -> None:
    page = _page(site, "statuses")
    missing = [
        c for c in RESIDENCE_STATUSES if f'id="{make_id("status-" + c)}"' not in page
    ]
    assert not missing


def test_parameters_page_has_a_row_for_every_parameter(site: Path) -> None:
    page = _page(site, "parameters")
    parameters = _all_parameters()
    assert len(parameters) > 30
    missing = sorted(
        p.id for p in parameters if f'id="{make_id("parameter-" + p.id)}"' not in page
    )
    assert not missing


def test_the_built_site_names_no_file_of_the_project(site: Path) -> None:
    """No built page names a source copy, the word "seed" or domain.md: readers get public citations."""
    import re

    private = re.compile(r"seed|domain\.md|shared/|[0-9a-f]{16}\.txt", re.IGNORECASE)
    found = [
        str(page.relative_to(site))
        for page in sorted(site.rglob("*.html"))
        if private.search(page.read_text(encoding="utf-8"))
    ]

    assert [] == found


def test_the_sources_page_lists_each_document_once_with_its_link(site: Path) -> None:
    """Every document the library knows has one section on the sources page, with its link."""
    import html

    from integration_rules.documents import DOCUMENTS

    page = html.unescape(
        (site / "explanation" / "sources.html").read_text(encoding="utf-8")
    )
    sections = page.count('<section id="source-')
    assert len(DOCUMENTS) == sections
    for document in DOCUMENTS:
        assert document.url is not None
        assert f'href="{document.url}"' in page, document.name
