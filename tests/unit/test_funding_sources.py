"""Every funding figure and formula cites a public document: a law by article, or a page with its URL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from integration_rules import Money, funding
from integration_rules.funding import (
    PARAMETERS,
    PROGRAMMES,
    LumpSumCase,
    _formulas,
    _parameters,
    _programmes,
    approving_authority,
    emergency_aid_lump_sum,
    federal_contribution,
    integration_lump_sum,
    lump_sum_total,
    pic_financing,
    programme_s,
)
from integration_rules.rules import Amount, Choice, DocumentKind, Parameter, Source


def _parameter_sources(
    parameter: Parameter[Any],
) -> Iterator[tuple[str, Source | None]]:
    yield parameter.id, parameter.source
    if parameter.history is not None:
        for change in parameter.history.changes:
            yield f"{parameter.id}@{change.start}", change.source


def _amount_sources(amount: Amount) -> Iterator[tuple[str, Source | None]]:
    yield amount.id, amount.source
    for use in amount.parameters:
        yield f"{amount.id}:{use.id}", use.source
    for part in amount.parts:
        yield from _amount_sources(part)


def _choice_sources(choice: Choice) -> Iterator[tuple[str, Source | None]]:
    for node in choice.explanation.walk():
        yield node.rule_id, node.source
        for use in node.parameters:
            yield f"{node.rule_id}:{use.id}", use.source


def _formula_amounts() -> Iterator[Amount]:
    for status in ("F", "F-refugee", "B-refugee", "S", "C", None):
        yield integration_lump_sum(status, decision_date="2019-04-30")
        yield integration_lump_sum(status, decision_date="2023-03-01")
    yield integration_lump_sum("F", decision_date="2024-01-01", formerly_s=True)
    yield integration_lump_sum(
        "B",
        decision_date="2027-03-12",
        formerly_s=True,
        programme_s_paid=Money.of("3000"),
    )
    yield lump_sum_total(
        [("F", "2020-01-01"), ("S", "2023-01-01"), LumpSumCase(None, "2020-01-01")]
    )
    yield programme_s(12, on="2024-01-01")
    yield federal_contribution(Money.of("3000000"), on="2022-01-01")
    for programme in PROGRAMMES:
        yield pic_financing(programme)
    for category in ("dublin", "accelerated", "extended"):
        yield emergency_aid_lump_sum(category, on="2024-01-01")


def _all_sources() -> list[tuple[str, Source | None]]:
    found: list[tuple[str, Source | None]] = []
    for parameter in PARAMETERS:
        found.extend(_parameter_sources(parameter))
    for programme in PROGRAMMES.values():
        found.extend((programme.id, source) for source in programme.sources)
    for amount in _formula_amounts():
        found.extend(_amount_sources(amount))
    for spending in ("10000000", "10000000.05"):
        found.extend(
            _choice_sources(approving_authority(Money.of(spending), on="2025-01-01"))
        )
    for module in (_parameters, _programmes, _formulas):
        found.extend(
            (f"{module.__name__}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, Source)
        )
    return found


def _cited() -> list[tuple[str, Source]]:
    """Each (where, source) once, in a stable order, without the absent sources."""
    pairs = {(where, s) for where, s in _all_sources() if s is not None}
    return sorted(pairs, key=_by_place)


def _by_place(pair: tuple[str, Source]) -> tuple[str, str]:
    return pair[0], str(pair[1])


SOURCES = _cited()


def test_the_sources_were_collected() -> None:
    """The walk finds the parameters', programmes' and formulas' sources."""
    assert len(SOURCES) > 40
    assert {"funding.integration_lump_sum", "funding.approval"} <= {
        w for w, _ in SOURCES
    }


@pytest.mark.parametrize(("where", "source"), SOURCES)
def test_every_funding_source_is_a_public_document(where: str, source: Source) -> None:
    """A law's article, or a document with a URL; never a bare title of unknown kind."""
    assert source.document.kind is not DocumentKind.DOCUMENT, where
    assert source.legal or source.link, where
    if source.legal:
        assert source.link, where


def test_every_parameter_and_programme_has_a_source() -> None:
    """No funding figure is left without a source."""
    for parameter in PARAMETERS:
        assert all(source is not None for _, source in _parameter_sources(parameter)), (
            parameter.id
        )
    for programme in PROGRAMMES.values():
        assert programme.sources, programme.id


def test_legal_citations_use_the_citing_helpers() -> None:
    """Swiss federal acts are cited by article, with Fedlex's article anchor."""
    legal = [source for _, source in SOURCES if source.document.legal]
    assert legal
    for source in legal:
        assert source.article, str(source)
        assert source.link is not None
        assert source.link.startswith("https://www.fedlex.admin.ch/eli/cc/"), str(
            source
        )
        assert "#art_" in source.link, str(source)


_UNPUBLISHABLE = re.compile(
    r"\bseeds?\b|domain\.md|shared/|rule candidates?", re.IGNORECASE
)


def test_no_project_file_is_named() -> None:
    """Notes, citations and the package's text cite public documents, never a project file."""
    texts = [str(source) for _, source in SOURCES]
    texts += [source.quote or "" for _, source in SOURCES]
    texts += [parameter.note or "" for parameter in PARAMETERS]
    texts += [
        change.note or ""
        for parameter in PARAMETERS
        if parameter.history is not None
        for change in parameter.history.changes
    ]
    for text in texts:
        assert not _UNPUBLISHABLE.search(text), text
    folder = Path(funding.__file__).parent
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not _UNPUBLISHABLE.search(text), path.name


def test_programme_figures_quote_their_documents() -> None:
    """PIC 2bis's figures rest on the Valais release's own words."""
    pic2bis = PROGRAMMES["vs-pic2bis"].sources[0]

    assert DocumentKind.PRESS_RELEASE == pic2bis.document.kind
    assert pic2bis.quote is not None
    for words in (
        "trois millions de francs",
        "près de six millions de francs",
        "le solde étant financé par la Confédération",
    ):
        assert words in pic2bis.quote
