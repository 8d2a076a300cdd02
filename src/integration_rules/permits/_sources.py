"""The passages the residence-status rules and the competent-office routing cite.

Each is a :class:`~integration_rules.rules.Source` on a document of
:mod:`integration_rules.documents`, with the wording it rests on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from integration_rules._core import Source
from integration_rules.documents import (
    AJAM_SITE,
    CII_NEWSLETTER,
    JURA_BI_PAGE,
    JURA_PIC_ARTICLE,
    OASI_PAGE,
    VS_PIC2BIS_RELEASE,
)

#: The newsletter's PIC3 article: who is competent for whom in Valais.
PIC3: Final = Source(
    CII_NEWSLETTER,
    section="Programme d'Intégration Cantonal PIC3 2024-2027",
    quote=(
        "Le Service de la population et des migrations (SPM) est compétent pour les "
        "mesures destinées aux étrangers en séjour durable, tandis que l'Office cantonal "
        "de l'asile (OASI) gère les mesures concernant les personnes issues de l'asile."
    ),
)
#: The asylum office's beneficiaries: N, F, B refugees, S, rejected asylum seekers.
OASI_BENEFICIARIES: Final = Source(
    OASI_PAGE,
    section="Nos bénéficiaires",
    quote=(
        "Personnes en procédure d'asile (permis N) ; Personnes admises provisoirement "
        "(permis F) ; Réfugiés reconnus (permis B) ; Personnes à protéger (permis S) ; "
        "Personnes déboutées du domaine de l'asile (RAD)"
    ),
)
#: The asylum office's page on the split between the SAS (asylum) and the SPM.
OASI_STRATEGY: Final = Source(
    OASI_PAGE,
    section="Stratégie et méthode de travail",
    quote=(
        "Le SAS s'occupe de personnes relevant de l'asile (requérants d'asile, personnes "
        "admises provisoirement, réfugiés et personnes à protéger) par l'intermédiaire de "
        "l'Office de l'asile. Le SPM est chargé de mettre en œuvre ce programme pour des "
        "personnes migrantes avec autorisation de séjour."
    ),
)
#: The Valais PIC 2bis press release: the programme and its public.
PIC2BIS: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "développer des mesures d'intégration pour tous les publics de migrants, qu'ils "
        "soient issus du domaine des étrangers ou de l'asile"
    ),
)
#: The Jura PIC 2024–2027, as RFJ reports the government's communiqué.
JURA_PIC: Final = Source(
    JURA_PIC_ARTICLE,
    quote=(
        "Le Gouvernement jurassien et le Secrétariat d'Etat aux migrations ont signé la "
        "nouvelle convention-programme. Ils ont ainsi validé le programme d'intégration "
        "cantonal pour la période 2024-2027."
    ),
)
AJAM: Final = Source(AJAM_SITE)
JURA_BI: Final = Source(JURA_BI_PAGE)


def to_sources(value: Iterable[Source]) -> tuple[Source, ...]:
    """The sources as a tuple (the converter of every ``sources``/``legal_basis`` field)."""
    return tuple(value)
