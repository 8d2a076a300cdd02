"""The documents and legal articles the residence-status rules cite (see ``shared/domain.md`` §1, §9)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from integration_rules._core import Source

SEED_PIC3: Final = Source(
    "CII Valais, lettre d'information (seed 002_89222e1065a402bf.txt)",
    article="« Programme d'Intégration Cantonal PIC3 2024-2027 »"
)
SEED_OASI: Final = Source(
    "Office de l'asile du Valais, « Nous sommes l'Office de l'Asile » (seed 004_4606b71505989a0c.txt)",
    article="« Nos bénéficiaires » ; « Stratégie et méthode de travail »"
)
SEED_PIC2BIS: Final = Source(
    "Canton du Valais, « Migration - Le Valais mise sur l'intégration » (seed 000_3ec7ff537805c3c7.txt)"
)
SEED_JURA: Final = Source(
    "Jura, PIC 2024-2027 (seed 001_c1773e21fbe4e0da.txt)"
)
AJAM: Final = Source(
    "AJAM, Association jurassienne d'accueil des migrants",
    url="http://www.ajam.ch/"
)
JURA_BI: Final = Source(
    "République et Canton du Jura, Bureau de l'intégration",
    url="https://www.jura.ch/bi"
)


def lei(article: str, url: str | None = None) -> Source:
    """An article of the federal law on foreigners and integration (LEI, RS 142.20)."""
    return Source("LEI (RS 142.20)", article=article, url=url)


def lasi(article: str, url: str | None = None) -> Source:
    """An article of the asylum law (LAsi, RS 142.31)."""
    return Source("LAsi (RS 142.31)", article=article, url=url)


def oasa(article: str, url: str | None = None) -> Source:
    """An article of the ordinance on admission, stay and gainful activity (OASA, RS 142.201)."""
    return Source("OASA (RS 142.201)", article=article, url=url)


def to_sources(value: Iterable[Source]) -> tuple[Source, ...]:
    """The sources as a tuple (the converter of every ``sources``/``legal_basis`` field)."""
    return tuple(value)
