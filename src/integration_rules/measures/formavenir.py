"""FormAvenir: coaching for young people in initial vocational training who cumulate difficulties.

Source: CII Valais newsletter (seed ``002_89222e1065a402bf.txt``), article
« Projet-pilote FormAvenir », confirmed by the vs.ch press release of the
DSSC (``shared/domain.md`` §5). The seed's words, and how each is read:

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
    Source,
    Text,
    add_years,
    age_between,
    all_of,
    at_least_n_of,
    contains,
    is_true,
)
from integration_rules.measures._common import domiciled_in
from integration_rules.measures._measure import Measure, Organisation

SEED: Final = Source(
    "CII Valais, lettre d'information (seed 002_89222e1065a402bf.txt)",
    article="« Projet-pilote FormAvenir »"
)
PRESS_RELEASE: Final = Source(
    "Canton du Valais, communiqué FormAvenir (DSSC)",
    url="https://vs.ch/web/communication/detail?articleId=27658626&groupId=529400"
)

MIN_AGE: Final = Parameter(
    "formavenir.min_age",
    15,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=SEED,
    note="« jeunes âgés de 15 à 25 ans »: completed years on the evaluation date, bound included.",
)
MAX_AGE: Final = Parameter(
    "formavenir.max_age",
    25,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=SEED,
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
    source=SEED,
    note=(
        "Interpretation of « cumulent des difficultés sociales, personnelles, professionnelles "
        "et scolaires » (elsewhere « … ou scolaires »): to cumulate is to have more than one, and "
        "the 'or' wording shows that all four are not required; so at least 2 of the 4 kinds "
        "(shared/domain.md §8 item 10). A policy choice: set 4 for the literal 'and' reading."
    ),
)
CANTON: Final = Parameter(
    "formavenir.canton",
    "CH-VS",
    label=Text("canton de domicile", "Wohnkanton", "canton of domicile"),
    source=SEED,
    note="« sur l'ensemble du territoire cantonal »: a Valais measure, for persons domiciled in Valais.",
)
PILOT_START: Final = Parameter(
    "formavenir.pilot_start",
    dt.date(2023, 8, 1),
    label=Text(
        "début de la phase pilote", "Beginn der Pilotphase", "start of the pilot"
    ),
    source=SEED,
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
    source=SEED,
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
    source=SEED,
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
        domiciled_in("formavenir", CANTON, SEED),
        age_between(MIN_AGE, MAX_AGE).named("formavenir.age", source=SEED),
        is_true("apprenticeship_contract").named(
            "formavenir.apprenticeship_contract",
            label=Text(
                "débute une formation professionnelle initiale (contrat d'apprentissage)",
                "beginnt eine berufliche Grundbildung (Lehrvertrag)",
                "starts initial vocational training (holds an apprenticeship contract)",
            ),
            source=SEED,
        ),
        at_least_n_of(
            MIN_DIFFICULTY_KINDS,
            *(
                contains("difficulties", kind).named(
                    f"formavenir.difficulty.{kind}", label=label, source=SEED
                )
                for kind, label in _KINDS
            ),
        ).named(
            "formavenir.cumulated_difficulties",
            label=Text(
                f"cumule des difficultés : au moins {MIN_DIFFICULTY_KINDS.value} types sur 4",
                f"kumuliert Schwierigkeiten: mindestens {MIN_DIFFICULTY_KINDS.value} von 4 Arten",
                f"cumulates difficulties: at least {MIN_DIFFICULTY_KINDS.value} of the 4 kinds",
            ),
            source=SEED,
        ),
    )
    .named(
        "formavenir",
        label=Text(
            "FormAvenir : conditions d'admission",
            "FormAvenir: Aufnahmebedingungen",
            "FormAvenir: admission conditions",
        ),
        source=SEED,
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
    source=SEED,
    responsible=(
        Organisation(
            "SAS",
            Text(
                "Service de l'action sociale",
                "Dienststelle für Sozialwesen",
                "Social Action Service",
            ),
        ),
        Organisation(
            "DSSC",
            Text(
                "Département de la santé, des affaires sociales et de la culture",
                "Departement für Gesundheit, Soziales und Kultur",
                "Department of Health, Social Affairs and Culture",
            ),
        ),
    ),
    providers=(
        Organisation("Nasca Formation", Text.same("Nasca Formation")),
        Organisation(
            "ARPI",
            Text.same("Association régionale professionnelle pour l'insertion"),
        ),
        Organisation("OSEO Valais", Text.same("OSEO Valais")),
        Organisation("Topjoberwallis", Text.same("Topjoberwallis")),
    ),
    referrers=(
        Organisation(
            "SEMO",
            Text(
                "organisateurs des semestres de motivation",
                "Veranstalter der Motivationssemester",
                "organisers of the motivation semesters",
            ),
        ),
        Organisation(
            "CMS",
            Text(
                "centres médico-sociaux",
                "sozialmedizinische Zentren",
                "medico-social centres",
            ),
        ),
        Organisation(
            "OASI", Text("Office de l'asile", "Amt für Asylwesen", "Asylum Office")
        ),
        Organisation(
            "Plateforme T1", Text("Plateforme T1", "Plattform T1", "T1 Platform")
        ),
        Organisation(
            "USFP",
            Text(
                "unité de soutien en formation professionnelle",
                "Unterstützungseinheit in der Berufsbildung",
                "vocational training support unit",
            ),
        ),
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
