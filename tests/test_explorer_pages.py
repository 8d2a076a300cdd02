"""The legislation explorer: every measure, status, parameter and document has its page, in three languages.

The pages are written from the library's data when the documentation is built
(``docs/_ext/explorer.py``). These tests read the built site (the ``site``
fixture builds it with ``-n -W``) and enumerate the data independently of the
generator: a measure, status or parameter added to the library without its page
fails here. They also check every internal link and anchor of the whole site.
"""

from __future__ import annotations

import html
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from integration_rules import Outcome, catalog, check
from integration_rules.documents import DOCUMENTS
from integration_rules.facts import FACTS, RESIDENCE_STATUSES
from integration_rules.permits import statuses
from test_reference_pages import _all_parameters

LANGUAGES = ("en", "fr", "de")
ROOT = Path(__file__).resolve().parents[1]


def _text(path: Path) -> str:
    return html.unescape(path.read_text(encoding="utf-8"))


def _title(page: str) -> str:
    found = re.search(r"<h1>(.*?)<a class=\"headerlink\"", page, re.DOTALL)
    assert found, "the page has no title"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_measure_has_its_page_titled_with_its_name_in_each_language(
    site: Path, lang: str
) -> None:
    for measure in catalog().values():
        page = _text(site / "rules" / lang / "measure" / f"{measure.id}.html")
        assert _title(page) == measure.label.get(lang)
        assert measure.summary.get(lang) in page
        assert f'lang="{lang}"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_residence_status_has_its_page(site: Path, lang: str) -> None:
    for code in RESIDENCE_STATUSES:
        page = _text(site / "rules" / lang / "status" / f"{code}.html")
        assert _title(page) == f"{code} — {statuses()[code].name.get(lang)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_parameter_has_its_page_with_its_chart(site: Path, lang: str) -> None:
    parameters = _all_parameters()
    assert len(parameters) > 80
    for parameter in parameters:
        page = _text(site / "rules" / lang / "parameter" / f"{parameter.id}.html")
        assert _title(page) == parameter.id
        assert parameter.label.get(lang) in page
        assert page.count('<svg class="step-chart"') == 1


def test_a_dated_parameter_shows_each_value_from_its_first_day(site: Path) -> None:
    """The lump sum's dated values: each start date and value in the table and on the chart."""
    from integration_rules.funding import LUMP_SUM

    history = LUMP_SUM.history
    assert history is not None
    page = _text(site / "rules" / "en" / "parameter" / f"{LUMP_SUM.id}.html")
    chart = page[page.index('<svg class="step-chart"') :]
    for change in history.changes:
        assert f"<td><p>{change.start.isoformat()}</p></td>" in page
        assert change.value.format(whole_dash=True) in chart


def test_every_document_cited_has_its_page(site: Path) -> None:
    pages = list((site / "rules" / "en" / "document").glob("*.html"))
    titles = {_title(_text(p)) for p in pages}
    assert len(pages) == len(DOCUMENTS)
    assert {str(d) for d in DOCUMENTS} == titles


def test_each_measure_page_shows_its_example_decision_computed_at_build(
    site: Path,
) -> None:
    """The example person of each measure is eligible, and its explanation is on the page."""
    examples = tomllib.loads(
        (ROOT / "examples" / "measures.toml").read_text(encoding="utf-8")
    )
    assert set(examples) == set(catalog())
    for measure_id, entry in examples.items():
        decision = check(
            FACTS.person_from_mapping(entry["person"]), measure_id, on=entry["on"]
        )
        assert decision.outcome is Outcome.ELIGIBLE, measure_id
        for lang in LANGUAGES:
            page = _text(site / "rules" / lang / "measure" / f"{measure_id}.html")
            for line in decision.explain(lang).splitlines():
                assert line.strip() in page, (measure_id, lang, line)


def test_the_language_switch_links_each_page_to_its_two_translations(
    site: Path,
) -> None:
    for lang in LANGUAGES:
        for page in (site / "rules" / lang).rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            relative = page.relative_to(site / "rules" / lang).as_posix()
            depth = relative.count("/") + 1
            for other in set(LANGUAGES) - {lang}:
                target = "../" * depth + f"{other}/{relative}"
                assert f'href="{target}"' in text, (page, other)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag in ("a", "link") and values.get("href"):
            self.hrefs.append(str(values["href"]))


def test_every_internal_link_of_the_site_reaches_a_page_and_its_anchor(
    site: Path,
) -> None:
    """No link between pages of the site is broken, nor any #anchor it points to."""
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            links = _Links()
            links.feed(path.read_text(encoding="utf-8"))
            parsed[path] = links
        return parsed[path]

    broken = []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 500
    for page in pages:
        for href in parse(page).hrefs:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue  # an outside address, or mailto:
            parts = urlsplit(href)
            url, anchor = parts.path, parts.fragment
            target = (page.parent / unquote(url)).resolve() if url else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {href}")
            elif (
                anchor
                and target.suffix == ".html"
                and unquote(anchor) not in parse(target).ids
            ):
                broken.append(f"{page.relative_to(site)} → {href} (no such anchor)")
    assert [] == broken
