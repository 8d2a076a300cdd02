"""Sources a reader can follow: the citation model, every citation of the library, the directory.

Every rule node, parameter, measure, status, office, transition, programme,
organisation and network item cites a public document: a legal text by act and
article, anything else with an address. No citation, page or output names a
file of the project.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from pyrsistent import PMap, PVector

import integration_rules
from integration_rules import Document, DocumentKind, Source
from integration_rules.documents import (
    CII_NEWSLETTER,
    CODE_DU_TRAVAIL,
    DOCUMENTS,
    LEI,
    PROGRAMME_DOCUMENTS,
    lasi,
    lei,
    oie,
)
from integration_rules.errors import InvalidArgument
from integration_rules.measures import MEASURES
from integration_rules.network import CII_VALAIS, Partner
from integration_rules.organisations import DIRECTORY, Organisation, organisation
from integration_rules.permits import OFFICES

ROOT = Path(__file__).resolve().parents[2]

#: What no user-facing file may contain: the source copies' names, "seed", the notes file.
PRIVATE = re.compile(r"seed|domain\.md|shared/|[0-9a-f]{16}\.txt", re.IGNORECASE)

# -- the citation model ---------------------------------------------------------------------


def test_a_federal_article_reads_as_a_lawyer_cites_it() -> None:
    """« LEI (RS 142.20), art. 84 al. 5 », linked to the article on Fedlex."""
    source = lei("84", "5")

    assert "LEI (RS 142.20), art. 84 al. 5" == str(source)
    assert "https://www.fedlex.admin.ch/eli/cc/2007/758/fr#art_84" == source.link
    assert source.legal


def test_letters_and_article_suffixes() -> None:
    """A letter is « let. »; art. 29a links to Fedlex's anchor art_29_a."""
    assert "LAsi (RS 142.31), art. 14 al. 2 let. a" == str(lasi("14", "2", "a"))
    assert oie("29a").link is not None
    assert oie("29a").link.endswith("/eli/cc/2018/511/fr#art_29_a")


def test_french_law_is_cited_by_code_article_and_version() -> None:
    """« Code du travail, art. L5131-6 » with the version in force cited."""
    source = Source(CODE_DU_TRAVAIL, article="L5131-6", version="2022-03-01")

    assert "Code du travail, art. L5131-6 (version du 2022-03-01)" == str(source)
    assert source.link is not None
    assert source.link.startswith("https://www.legifrance.gouv.fr/")


def test_a_document_that_is_not_law_is_cited_by_publisher_title_and_date() -> None:
    """A newsletter: publisher, « title », date, and the section cited."""
    source = Source(CII_NEWSLETTER, section="Projet-pilote FormAvenir")

    assert (
        "CII Valais (SICT), « CII Valais – lettre d'information », 2023, "
        "« Projet-pilote FormAvenir »"
    ) == str(source)
    assert not source.legal


def test_a_bare_title_still_makes_a_citation() -> None:
    """``Source("Commune de Sion, règlement", article="art. 1")``: "art." is not doubled."""
    source = Source(
        "Commune de Sion, règlement", article="art. 1", url="https://example.org"
    )

    assert "Commune de Sion, règlement, art. 1" == str(source)
    assert DocumentKind.DOCUMENT is source.document.kind
    assert "https://example.org" == source.link


def test_to_dict_gives_every_field_and_the_quote_travels() -> None:
    """to_dict() carries the citation, the document, the pinpoint, the version, the wording and the URL."""
    data = lei("4", "2", quote="dont le séjour est légal et durable").to_dict()

    assert {
        "citation",
        "document",
        "article",
        "paragraph",
        "letter",
        "section",
        "version",
        "quote",
        "url",
    } == set(data)
    assert {
        "kind",
        "title",
        "publisher",
        "date",
        "url",
        "short_name",
        "number",
        "consulted",
    } == set(data["document"])
    assert ("statute", "LEI", "RS 142.20") == (
        data["document"]["kind"],
        data["document"]["short_name"],
        data["document"]["number"],
    )
    assert "dont le séjour est légal et durable" == data["quote"]
    assert "origin" not in data


@pytest.mark.parametrize(
    ("build", "field"),
    [
        pytest.param(
            lambda: Source(LEI, paragraph="5"),
            "article",
            id="paragraph without article",
        ),
        pytest.param(
            lambda: Source(LEI, article="84", url="ftp://x"),
            "url",
            id="not an http URL",
        ),
        pytest.param(
            lambda: Source(LEI, article="84", version="1.3.2022"),
            "version",
            id="not ISO",
        ),
        pytest.param(lambda: Source(LEI, article=""), "article", id="empty article"),
        pytest.param(lambda: Document(""), "title", id="empty title"),
        pytest.param(lambda: Document("T", date="2023-13"), "date", id="month 13"),
        pytest.param(
            lambda: Document("T", kind="statute"), "kind", id="kind as a string"
        ),
        pytest.param(lambda: Source(3), "document", id="a number as document"),
    ],
)
def test_bad_citations_are_refused_naming_the_field(build: Any, field: str) -> None:
    """A malformed citation is the library's own error, naming the field."""
    with pytest.raises(InvalidArgument) as caught:
        build()

    assert field in str(caught.value)


# -- every citation of the library --------------------------------------------------------------


def _values() -> Iterator[object]:
    for info in pkgutil.walk_packages(integration_rules.__path__, "integration_rules."):
        if info.name.endswith("__main__") or ".columnar" in info.name:
            continue
        yield from vars(importlib.import_module(info.name)).values()


def _reachable(roots: Iterator[object]) -> Iterator[object]:
    """Every value reachable from *roots* through attrs fields and collections."""
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        value = stack.pop()
        if id(value) in seen or isinstance(
            value, str | int | float | bool | type(None)
        ):
            continue
        seen.add(id(value))
        yield value
        if attrs.has(type(value)):
            stack.extend(getattr(value, f.name) for f in attrs.fields(type(value)))
        elif isinstance(value, PMap | dict):
            stack.extend(value.values())
        elif isinstance(value, tuple | list | frozenset | set | PVector):
            stack.extend(value)


def _all_sources() -> list[Source]:
    roots = [*_values(), *MEASURES, *OFFICES.values(), CII_VALAIS, DIRECTORY]
    return [v for v in _reachable(iter(roots)) if isinstance(v, Source)]


SOURCES = _all_sources()


def test_the_walk_finds_the_whole_library() -> None:
    """The walk reaches rules, parameters, measures, statuses, offices, the network and the directory."""
    assert len(SOURCES) > 150
    kinds = {s.document.kind for s in SOURCES}
    assert {
        DocumentKind.STATUTE,
        DocumentKind.NEWSLETTER,
        DocumentKind.OFFICIAL_PAGE,
    } <= kinds


@pytest.mark.parametrize("source", SOURCES, ids=[str(s)[:60] for s in SOURCES])
def test_every_source_has_a_url_or_a_legal_citation(source: Source) -> None:
    """A reader can follow each citation: a link, or an act and its article."""
    assert source.link is not None or (source.legal and source.document.short_name)
    assert DocumentKind.DOCUMENT is not source.document.kind
    assert not PRIVATE.search(str(source))
    assert not PRIVATE.search(source.quote or "")


@pytest.mark.parametrize("document", DOCUMENTS, ids=[d.name[:50] for d in DOCUMENTS])
def test_every_document_is_public_and_typed(document: Document) -> None:
    """Each document has a kind, a publisher and an address; acts have their short name."""
    assert DocumentKind.DOCUMENT is not document.kind
    assert document.url is not None
    assert document.url.startswith("http")
    assert document.publisher
    if document.legal:
        assert document.short_name


def test_the_five_programme_documents_are_cited_as_published() -> None:
    """The five documents the programmes are described in, with their public references."""
    assert [
        (
            "press_release",
            "2022-01",
            "https://vs.ch/web/communication/detail?articleId=14726468&groupId=529400",
        ),
        (
            "news_article",
            "2023-11-30",
            "https://www.rfj.ch/rfj/Actualite/Region/20231130-Le-Jura-fixe-les-priorites-de-sa-politique-d-integration-des-etrangers-jusqu-en-2027.html",
        ),
        ("newsletter", "2023", "https://www.vs.ch/web/sict/cii"),
        (
            "official_page",
            "2021-11-03",
            "https://www.puy-de-dome.gouv.fr/Actions-de-l-Etat/Solidarite-cohesion-sociale/Migrants-et-refugies/Quinzaine-regionale-de-l-integration-le-point-sur-l-integration-des-refugies-dans-le-Puy-de-Dome",
        ),
        ("official_page", None, "https://www.vs.ch/web/sas-new/asile/office"),
    ] == [(d.kind.value, d.date, d.url) for d in PROGRAMME_DOCUMENTS]


def test_documents_are_defined_once() -> None:
    """No two documents share a title: each is one value, cited by reference."""
    titles = [d.title for d in DOCUMENTS]

    assert len(titles) == len(set(titles))
    assert {s.document for s in SOURCES} <= set(DOCUMENTS)


# -- nothing a user reads names a file of ours -----------------------------------------------------


def _user_files() -> Iterator[Path]:
    for top in ("src", "docs", "examples"):
        for path in (ROOT / top).rglob("*"):
            if not path.is_file() or path.suffix == ".pyc":
                continue
            if {"_build", "__pycache__"} & set(path.parts) or any(
                part.endswith(".egg-info") for part in path.parts
            ):
                continue
            yield path
    yield ROOT / "README.md"


def test_no_user_facing_file_names_a_file_of_the_project() -> None:
    """src/, docs/, examples/ and README.md name no source copy, no "seed", no domain.md."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}"
        for path in _user_files()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if PRIVATE.search(line)
    ]

    assert [] == found


# -- one directory of organisations -----------------------------------------------------------


def test_one_model_of_an_organisation() -> None:
    """measures.Organisation, network.Partner and the directory's entries are one class."""
    assert integration_rules.Organisation is Organisation
    assert Partner is Organisation


def test_measures_network_and_offices_refer_to_directory_entries() -> None:
    """Every organisation a measure, the network or an office names is the directory's own entry."""
    named = [
        *(o for m in MEASURES for o in (*m.responsible, *m.providers, *m.referrers)),
        *CII_VALAIS.partners.values(),
        *(office.organisation for office in OFFICES.values()),
    ]
    for entry in named:
        assert entry is DIRECTORY[entry.code]


def test_each_organisation_is_named_once() -> None:
    """The OASI (and every other office) is one entry, with one name in three languages."""
    codes = [o.code for o in DIRECTORY]

    assert len(codes) == len(set(codes))
    oasi = organisation("OASI")
    assert ("Office de l'asile", "SAS", "CH-VS") == (
        oasi.name.fr,
        oasi.parent,
        oasi.jurisdiction,
    )
    assert oasi.source is not None
    assert "https://www.vs.ch/web/sas-new/asile/office" == oasi.url


def test_the_directory_is_a_value() -> None:
    """with_organisation() returns a new directory; the library's is unchanged."""
    extra = Organisation(
        "SEC-SION", integration_rules.Text.same("Service social de Sion"), parent="SAS"
    )
    bigger = DIRECTORY.with_organisation(extra)

    assert "SEC-SION" in bigger
    assert "SEC-SION" not in DIRECTORY
    assert [o.code for o in bigger.ancestors("SEC-SION")] == ["SAS", "DSSC"]
    with pytest.raises(InvalidArgument, match="organisation"):
        DIRECTORY["nobody"]
