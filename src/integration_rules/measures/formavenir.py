"""FormAvenir: coaching for young people in initial vocational training who cumulate difficulties.

Source: the CII Valais newsletter (« CII Valais – lettre d'information », CII
Valais/SICT, 2023), article « Projet-pilote FormAvenir », confirmed by the
DSSC's press release on vs.ch. The newsletter's words, and how each is read:

* « des jeunes âgés de 15 à 25 ans » — age in completed years on the
  evaluation date, **both bounds included** (:data:`MIN_AGE`, :data:`MAX_AGE`).
* « qui débutent une formation professionnelle initiale (en possession d'un
  contrat d'apprentissage) » — the person holds an apprenticeship contract.
* « qui cumulent des difficultés sociales, personnelles, professionnelles et
  scolaires » (and elsewhere « … ou scolaires ») — **at least two** of the
  four kinds (:data:`MIN_DIFFICULTY_KINDS`).
* « sur l'ensemble du territoire cantonal » — domiciled in Valais
  (:data:`CANTON`).
* « Depuis le 1er août 2023 … Planifiée sur trois ans, la phase-pilote » —
  in force from 2023-08-01 to 2026-07-31, both included.
* « ne s'adresse pas uniquement … à des bénéficiaires de l'aide sociale » —
  social assistance is **not** a condition.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Parameter,
    Phrase,
    Source,
    Text,
    add_years,
    age_between,
    all_of,
    at_least_n_of,
    contains,
    is_true,
)
from integration_rules.documents import VS_FORMAVENIR_RELEASE
from integration_rules.measures._common import domiciled_in, newsletter
from integration_rules.measures._measure import Measure
from integration_rules.organisations import organisation

_SECTION: Final = "Projet-pilote FormAvenir"


def _says(quote: str) -> Source:
    """The newsletter's FormAvenir article, with the wording cited."""
    return newsletter(_SECTION, quote)


#: The newsletter's FormAvenir article: the measure's main source.
ARTICLE: Final = newsletter(_SECTION)
PRESS_RELEASE: Final = Source(VS_FORMAVENIR_RELEASE)
_TARGET: Final = _says(
    "Le projet-pilote « FormAvenir » s'adresse à des jeunes âgés de 15 à 25 ans qui "
    "débutent une formation professionnelle initiale ( en possession d'un contrat "
    "d'apprentissage ) et qui cumulent des difficultés sociales, personnelles, "
    "professionnelles et scolaires."
)
_CUMUL: Final = _says(
    "Une partie des jeunes en formation se retrouve parfois démunie face à un cumul de "
    "difficultés ( sociales, personnelles, professionnelles ou scolaires )"
)

MIN_AGE: Final = Parameter(
    "formavenir.min_age",
    15,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=_TARGET,
    note="« jeunes âgés de 15 à 25 ans »: completed years on the evaluation date, bound included.",
)
MAX_AGE: Final = Parameter(
    "formavenir.max_age",
    25,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=_TARGET,
    note="« jeunes âgés de 15 à 25 ans »: bound included, so eligible until the day before the 26th birthday.",
)
MIN_DIFFICULTY_KINDS: Final = Parameter(
    "formavenir.min_difficulty_kinds",
    2,
    label=Text(
        "nombre minimal de types de difficultés cumulées",
        "Mindestzahl kumulierter Arten von Schwierigkeiten",
        "minimum number of kinds of difficulty cumulated",
    ),
    source=_CUMUL,
    note=(
        "Interpretation of « cumulent des difficultés sociales, personnelles, professionnelles "
        "et scolaires » (elsewhere « … ou scolaires »): to cumulate is to have more than one, and "
        "the 'or' wording shows that all four are not required; so at least 2 of the 4 kinds. "
        "A policy choice: set 4 for the literal 'and' reading."
    ),
)
CANTON: Final = Parameter(
    "formavenir.canton",
    "CH-VS",
    label=Text("canton de domicile", "Wohnkanton", "canton of domicile"),
    source=_says(
        "la phase-pilote de ce programme pourra accueillir une soixantaine de participants "
        "par année sur l'ensemble du territoire cantonal"
    ),
    note="« sur l'ensemble du territoire cantonal »: a Valais measure, for persons domiciled in Valais.",
)
PILOT_START: Final = Parameter(
    "formavenir.pilot_start",
    dt.date(2023, 8, 1),
    label=Text(
        "début de la phase pilote", "Beginn der Pilotphase", "start of the pilot"
    ),
    source=_says(
        "Depuis le 1er août 2023, quatre organisateurs de mesures d'insertion sont actifs "
        "dans le suivi de jeunes en difficulté"
    ),
    note="« Depuis le 1er août 2023 »",
)
PILOT_YEARS: Final = Parameter(
    "formavenir.pilot_years",
    3,
    label=Text(
        "durée de la phase pilote (ans)",
        "Dauer der Pilotphase (Jahre)",
        "length of the pilot (years)",
    ),
    source=_says("Planifiée sur trois ans, la phase-pilote de ce programme"),
    note="« Planifiée sur trois ans, la phase-pilote »: the last day is the day before the third anniversary.",
)
#: The last day of the pilot, derived: 2023-08-01 + 3 years − 1 day = 2026-07-31.
PILOT_END: Final = add_years(PILOT_START.value, PILOT_YEARS.value) - dt.timedelta(
    days=1
)

CAPACITY_PER_YEAR: Final = Parameter(
    "formavenir.capacity_per_year",
    60,
    label=Text(
        "participants par année (env.)",
        "Teilnehmende pro Jahr (ca.)",
        "participants per year (about)",
    ),
    source=_says(
        "la phase-pilote de ce programme pourra accueillir une soixantaine de participants "
        "par année"
    ),
    note="« une soixantaine de participants par année »: a planning figure, not an eligibility condition.",
)

_KINDS: Final = (
    (
        "social",
        Text("difficultés sociales", "soziale Schwierigkeiten", "social difficulties"),
    ),
    (
        "personal",
        Text(
            "difficultés personnelles",
            "persönliche Schwierigkeiten",
            "personal difficulties",
        ),
    ),
    (
        "professional",
        Text(
            "difficultés professionnelles",
            "berufliche Schwierigkeiten",
            "professional difficulties",
        ),
    ),
    (
        "scholastic",
        Text(
            "difficultés scolaires",
            "schulische Schwierigkeiten",
            "scholastic difficulties",
        ),
    ),
)

RULE: Final = (
    all_of(
        domiciled_in("formavenir", CANTON, ARTICLE),
        age_between(MIN_AGE, MAX_AGE).named("formavenir.age", source=_TARGET),
        is_true("apprenticeship_contract").named(
            "formavenir.apprenticeship_contract",
            label=Text(
                "débute une formation professionnelle initiale (contrat d'apprentissage)",
                "beginnt eine berufliche Grundbildung (Lehrvertrag)",
                "starts initial vocational training (holds an apprenticeship contract)",
            ),
            source=_TARGET,
        ),
        at_least_n_of(
            MIN_DIFFICULTY_KINDS,
            *(
                contains("difficulties", kind).named(
                    f"formavenir.difficulty.{kind}", label=label, source=_CUMUL
                )
                for kind, label in _KINDS
            ),
        ).named(
            "formavenir.cumulated_difficulties",
            label=Phrase(
                Text(
                    "cumule des difficultés : au moins {0} types sur 4",
                    "kumuliert Schwierigkeiten: mindestens {0} von 4 Arten",
                    "cumulates difficulties: at least {0} of the 4 kinds",
                ),
                (MIN_DIFFICULTY_KINDS,),
            ),
            source=_CUMUL,
        ),
    )
    .named(
        "formavenir",
        label=Text(
            "FormAvenir : conditions d'admission",
            "FormAvenir: Aufnahmebedingungen",
            "FormAvenir: admission conditions",
        ),
        source=ARTICLE,
    )
    .in_force_during(PILOT_START.value, PILOT_END)
)

MEASURE: Final = Measure(
    id="formavenir",
    label=Text.same("FormAvenir"),
    summary=Text(
        "Accompagnement individuel des jeunes en formation professionnelle initiale qui cumulent des difficultés (projet pilote).",
        "Individuelle Begleitung von Jugendlichen in der beruflichen Grundbildung mit mehrfachen Schwierigkeiten (Pilotprojekt).",
        "Individual coaching for young people in initial vocational training who cumulate difficulties (pilot).",
    ),
    rule=RULE,
    source=ARTICLE,
    responsible=(organisation("SAS"), organisation("DSSC")),
    providers=tuple(
        organisation(code)
        for code in ("Nasca Formation", "ARPI", "OSEO Valais", "Topjoberwallis")
    ),
    referrers=tuple(
        organisation(code) for code in ("SEMO", "CMS", "OASI", "Plateforme T1", "USFP")
    ),
    capacity=CAPACITY_PER_YEAR,
    other_parameters=(PILOT_START, PILOT_YEARS),
    format=Text(
        "coaching individuel, intensité ajustée à l'autonomie du jeune",
        "individuelles Coaching, Intensität nach der Selbständigkeit der jugendlichen Person",
        "individual coaching, its intensity adjusted as the young person gains autonomy",
    ),
    notes=(
        Text(
            "L'aide sociale n'est pas une condition : la mesure ne s'adresse pas uniquement aux bénéficiaires de l'aide sociale.",
            "Sozialhilfebezug ist keine Bedingung: die Massnahme richtet sich nicht nur an Sozialhilfebeziehende.",
            "Social assistance is not a condition: the measure is not limited to social-aid recipients.",
        ),
        Text(
            "Complète l'USFP du Département de l'économie et de la formation (DEF).",
            "Ergänzt die USFP des Departements für Volkswirtschaft und Bildung (DVB).",
            "Complements the USFP of the Department of Economy and Education (DEF).",
        ),
    ),
)
