"""Refugee integration in Puy-de-Dôme (France), and the CIR language track.

Source: seed 003 (préfecture du Puy-de-Dôme, 2018): Pôle Emploi financed in
September 2018 « des modules de formation en français d'une durée de 680
heures » (cost €800,000) « qui ont déjà bénéficié à 75 réfugiés et auront
profité à plus de 100 réfugiés fin 2018 »; « Les jeunes réfugiés de moins de
25 ans peuvent désormais accéder à un parcours de garantie jeune grâce à la
mise en place de sessions dédiées, intégrant une formation linguistique ».
External (``shared/domain.md`` §6): the Contrat d'engagement jeune replaced
the Garantie jeunes on 2022-03-01 (16–25, or under 30 with a recognised
disability; NEET); the CIR language tracks since 2019 (600, 400, 200, 100 h).

Readings, each a parameter:

* « réfugiés »: beneficiaries of international protection (refugee status or
  subsidiary protection), as French integration policy uses the word
  (:data:`PROTECTED`).
* « moins de 25 ans »: aged at most 24 in completed years.
* The Garantie jeunes sessions start with the article, October 2018, and end
  on 2022-02-28; from 2022-03-01 the same public is mapped to the CEJ.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    CENT,
    Alternative,
    Choice,
    Money,
    Parameter,
    Rule,
    Source,
    Text,
    age_between,
    all_of,
    any_of,
    at_least_on_scale,
    choose,
    is_true,
    not_,
    one_of,
)
from integration_rules.errors import InvalidArgument
from integration_rules.facts import LANGUAGE_LEVELS, Person
from integration_rules.facts._person import checked_person
from integration_rules.measures._common import domiciled_in, territory
from integration_rules.measures._measure import Measure, Organisation

SEED: Final = Source(
    "Préfecture du Puy-de-Dôme, « Quinzaine régionale de l'intégration » (seed 003_56117b16cbadd33b.txt)"
)
CEJ_SOURCE: Final = Source(
    "avocat.fr, Contrat d'engagement jeune",
    url="https://avocat.fr/contrat-dengagement-jeune"
)
GJ_SOURCE: Final = Source(
    "ASH, la Garantie jeunes",
    url="https://ash.tm.fr/hebdo/3001/dossier/la-garantie-jeunes-419126.php"
)
CIR_SOURCE: Final = Source(
    "Ministère de l'Intérieur, « La formation linguistique » (CIR)",
    url="https://immigration.interieur.gouv.fr/Integration-et-Acces-a-la-nationalite/Le-parcours-personnalise-d-integration-republicaine/Le-contrat-d-integration-republicaine-CIR/La-formation-linguistique"
)
OFII_2019: Final = Source(
    "defi-metiers, « Apprentissage du français : zoom sur le marché OFII 2019 »",
    url="https://www.defi-metiers.fr/breves/apprentissage-du-francais-zoom-sur-le-marche-ofii-2019"
)

PROTECTED: Final = Parameter(
    "fr63.protected_statuses",
    frozenset({"refugee", "subsidiary"}),
    label=Text(
        "protections comptées comme « réfugiés »",
        "als « Flüchtlinge » gezählte Schutzformen",
        "protections counted as « refugees »",
    ),
    source=SEED,
    note="« réfugiés » in French integration policy: beneficiaries of international protection (refugees and subsidiary protection).",
)
DEPARTMENT: Final = territory(
    "fr63",
    "FR-63",
    SEED,
    "Puy-de-Dôme, where the prefect coordinates the State's refugee-integration services.",
)
MODULE_HOURS: Final = Parameter(
    "fr63.french_training.hours",
    680,
    label=Text("heures de formation", "Ausbildungsstunden", "training hours"),
    source=SEED,
    note="« d'une durée de 680 heures »",
)
MODULE_BUDGET: Final = Parameter(
    "fr63.french_training.budget",
    Money.of("800000", "EUR"),
    label=Text("coût des modules", "Kosten der Module", "cost of the modules"),
    source=SEED,
    note="« coût de 800 000 € »",
)
MODULE_PARTICIPANTS: Final = Parameter(
    "fr63.french_training.participants",
    (75, 100),
    label=Text(
        "réfugiés bénéficiaires (déjà ; fin 2018)",
        "begünstigte Flüchtlinge (bereits; Ende 2018)",
        "refugees reached (already; by end 2018)",
    ),
    source=SEED,
    note="« déjà bénéficié à 75 réfugiés et auront profité à plus de 100 réfugiés fin 2018 »",
)
MODULE_START: Final = Parameter(
    "fr63.french_training.start",
    dt.date(2018, 9, 1),
    label=Text(
        "financement des modules", "Finanzierung der Module", "funding of the modules"
    ),
    source=SEED,
    note="« Pôle Emploi a financé en septembre »",
)
MODULE_END: Final = Parameter(
    "fr63.french_training.end",
    dt.date(2018, 12, 31),
    label=Text("fin prévue", "geplantes Ende", "planned end"),
    source=SEED,
    note="« fin 2018 »",
)
GJ_MAX_AGE: Final = Parameter(
    "fr63.garantie_jeunes.max_age",
    24,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=SEED,
    note="« de moins de 25 ans »: at most 24 in completed years.",
)
GJ_MIN_AGE: Final = Parameter(
    "fr63.garantie_jeunes.min_age",
    16,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=GJ_SOURCE,
    note=(
        "The seed gives only « de moins de 25 ans »; the Garantie jeunes itself took "
        "young people of 18 to 25, and of 16 or 17 as an exception (shared/domain.md "
        "§6, rule 44): the lowest age the scheme admitted."
    ),
)
GJ_START: Final = Parameter(
    "fr63.garantie_jeunes.start",
    dt.date(2018, 10, 1),
    label=Text(
        "sessions dédiées (« désormais »)",
        "eigene Sessionen (« nunmehr »)",
        "dedicated sessions (« désormais »)",
    ),
    source=SEED,
    note="The article of October 2018 (quinzaine 8-19 October 2018).",
)
GJ_END: Final = Parameter(
    "fr63.garantie_jeunes.end",
    dt.date(2022, 2, 28),
    label=Text(
        "fin de la Garantie jeunes",
        "Ende der Garantie jeunes",
        "end of the Garantie jeunes",
    ),
    source=GJ_SOURCE,
    note="Replaced by the Contrat d'engagement jeune on 1 March 2022.",
)
CEJ_START: Final = Parameter(
    "fr63.cej.start",
    dt.date(2022, 3, 1),
    label=Text("début du CEJ", "Beginn des CEJ", "start of the CEJ"),
    source=CEJ_SOURCE,
)
CEJ_MIN_AGE: Final = Parameter(
    "fr63.cej.min_age",
    16,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=CEJ_SOURCE,
)
CEJ_MAX_AGE: Final = Parameter(
    "fr63.cej.max_age",
    25,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=CEJ_SOURCE,
    note="The CEJ ends at the 26th birthday in any case.",
)
CEJ_MAX_AGE_DISABILITY: Final = Parameter(
    "fr63.cej.max_age_disability",
    29,
    label=Text(
        "âge maximal (RQTH)",
        "Höchstalter (RQTH)",
        "maximum age (recognised disability)",
    ),
    source=CEJ_SOURCE,
    note="« moins de 30 ans » with a RQTH.",
)


def _protected(measure_id: str) -> Rule:
    return one_of("international_protection", PROTECTED.value).named(
        f"{measure_id}.protected",
        label=Text(
            "bénéficiaire d'une protection internationale (réfugié·e)",
            "mit internationalem Schutz (Flüchtling)",
            "beneficiary of international protection (refugee)",
        ),
        source=SEED,
    )


_PREFECTURE: Final = Organisation(
    "Préfecture 63", Text.same("Préfecture du Puy-de-Dôme")
)

FRENCH_TRAINING: Final = Measure(
    id="fr63-french-training-680h",
    label=Text(
        "Puy-de-Dôme : modules de français de 680 heures",
        "Puy-de-Dôme: Französischmodule von 680 Stunden",
        "Puy-de-Dôme: 680-hour French modules",
    ),
    summary=Text(
        "Modules de formation en français financés par Pôle Emploi pour les réfugiés (2018).",
        "Von Pôle Emploi finanzierte Französischmodule für Flüchtlinge (2018).",
        "French-language training modules for refugees financed by Pôle Emploi (2018).",
    ),
    rule=(
        domiciled_in("fr63-french-training", DEPARTMENT, SEED)
        & _protected("fr63-french-training")
    )
    .named(
        "fr63-french-training",
        label=Text(
            "modules de français : public",
            "Französischmodule: Zielgruppe",
            "French modules: target group",
        ),
        source=SEED,
    )
    .in_force_during(MODULE_START.value, MODULE_END.value),
    source=SEED,
    responsible=(_PREFECTURE,),
    providers=(Organisation("Pôle Emploi", Text.same("Pôle Emploi")),),
    other_parameters=(
        MODULE_HOURS,
        MODULE_BUDGET,
        MODULE_PARTICIPANTS,
        MODULE_START,
        MODULE_END,
    ),
    format=Text(
        "680 heures de formation en français",
        "680 Stunden Französischunterricht",
        "680 hours of French training",
    ),
)

GARANTIE_JEUNES: Final = Measure(
    id="fr63-garantie-jeunes-refugees",
    label=Text(
        "Puy-de-Dôme : Garantie jeunes, sessions pour réfugiés",
        "Puy-de-Dôme: Garantie jeunes, Sessionen für Flüchtlinge",
        "Puy-de-Dôme: Garantie jeunes sessions for refugees",
    ),
    summary=Text(
        "Parcours Garantie jeunes en sessions dédiées, avec formation linguistique, pour les réfugiés de moins de 25 ans.",
        "Garantie-jeunes-Parcours in eigenen Sessionen mit Sprachkurs für Flüchtlinge unter 25 Jahren.",
        "Garantie jeunes pathway in dedicated sessions with language training, for refugees under 25.",
    ),
    rule=(
        domiciled_in("fr63-garantie-jeunes", DEPARTMENT, SEED)
        & _protected("fr63-garantie-jeunes")
        & age_between(GJ_MIN_AGE, GJ_MAX_AGE).named(
            "fr63-garantie-jeunes.age", source=SEED
        )
    )
    .named(
        "fr63-garantie-jeunes",
        label=Text(
            "Garantie jeunes réfugiés : conditions",
            "Garantie jeunes Flüchtlinge: Bedingungen",
            "Garantie jeunes for refugees: conditions",
        ),
        source=SEED,
    )
    .in_force_during(GJ_START.value, GJ_END.value),
    source=SEED,
    responsible=(_PREFECTURE,),
    providers=(Organisation("missions locales", Text.same("missions locales")),),
    other_parameters=(GJ_START, GJ_END),
    format=Text(
        "sessions dédiées intégrant une formation linguistique ; 12 mois",
        "eigene Sessionen mit Sprachkurs; 12 Monate",
        "dedicated sessions with language training; 12 months",
    ),
    successor="fr63-cej-refugees",
)

CEJ: Final = Measure(
    id="fr63-cej-refugees",
    label=Text(
        "Puy-de-Dôme : Contrat d'engagement jeune (réfugiés)",
        "Puy-de-Dôme: Contrat d'engagement jeune (Flüchtlinge)",
        "Puy-de-Dôme: youth engagement contract (refugees)",
    ),
    summary=Text(
        "Depuis le 1er mars 2022, le CEJ remplace la Garantie jeunes : 15 à 20 heures d'activité par semaine, 12 mois au plus.",
        "Seit dem 1. März 2022 ersetzt der CEJ die Garantie jeunes: 15 bis 20 Stunden Aktivität pro Woche, höchstens 12 Monate.",
        "Since 1 March 2022 the CEJ replaces the Garantie jeunes: 15 to 20 hours of activity a week, at most 12 months.",
    ),
    rule=(
        domiciled_in("fr63-cej", DEPARTMENT, SEED)
        & _protected("fr63-cej")
        & any_of(
            age_between(CEJ_MIN_AGE, CEJ_MAX_AGE).named(
                "fr63-cej.age", source=CEJ_SOURCE
            ),
            all_of(
                is_true("disability_recognised").named(
                    "fr63-cej.rqth",
                    label=Text(
                        "handicap reconnu (RQTH)",
                        "anerkannte Behinderung (RQTH)",
                        "recognised disability (RQTH)",
                    ),
                    source=CEJ_SOURCE,
                ),
                age_between(CEJ_MIN_AGE, CEJ_MAX_AGE_DISABILITY).named(
                    "fr63-cej.age_rqth", source=CEJ_SOURCE
                ),
            ).named(
                "fr63-cej.disability_route",
                label=Text(
                    "moins de 30 ans avec une RQTH",
                    "unter 30 mit RQTH",
                    "under 30 with a recognised disability",
                ),
                source=CEJ_SOURCE,
            ),
        ).named(
            "fr63-cej.age_routes", label=Text("âge", "Alter", "age"), source=CEJ_SOURCE
        )
        & is_true("neet").named(
            "fr63-cej.neet",
            label=Text(
                "ni en emploi, ni en études, ni en formation",
                "weder in Arbeit noch in Ausbildung",
                "not in employment, education or training",
            ),
            source=CEJ_SOURCE,
        )
    )
    .named(
        "fr63-cej",
        label=Text(
            "CEJ réfugiés : conditions",
            "CEJ Flüchtlinge: Bedingungen",
            "CEJ for refugees: conditions",
        ),
        source=CEJ_SOURCE,
    )
    .in_force_during(CEJ_START.value, None),
    source=CEJ_SOURCE,
    responsible=(_PREFECTURE,),
    providers=(
        Organisation(
            "missions locales / France Travail",
            Text.same("missions locales / France Travail"),
        ),
    ),
    other_parameters=(CEJ_START,),
    format=Text(
        "15 à 20 heures d'activité par semaine, 12 mois (prolongeables de 6) ; fin au 26e anniversaire",
        "15 bis 20 Stunden Aktivität pro Woche, 12 Monate (um 6 verlängerbar); Ende am 26. Geburtstag",
        "15 to 20 hours of activity a week, 12 months (extendable by 6); ends at the 26th birthday",
    ),
)

# -- the CIR language track -------------------------------------------------------------------

CIR_TRACKS_START: Final = Parameter(
    "cir.tracks_start",
    dt.date(2019, 3, 1),
    label=Text(
        "parcours doublés (2019)", "verdoppelte Kurse (2019)", "doubled tracks (2019)"
    ),
    source=OFII_2019,
    note="The OFII market of March 2019 introduced the 100/200/400/600-hour tracks; earlier tracks are not encoded.",
)
_A1 = at_least_on_scale("language_level", "A1", LANGUAGE_LEVELS).named(
    "cir.a1_reached",
    label=Text("niveau A1 atteint", "Niveau A1 erreicht", "A1 reached"),
    source=CIR_SOURCE,
)
_LITERATE = is_true("literate").named(
    "cir.literate",
    label=Text("sait lire et écrire", "kann lesen und schreiben", "reads and writes"),
    source=OFII_2019,
)
_SCHOOLED = is_true("schooled").named(
    "cir.schooled",
    label=Text("scolarisé·e", "eingeschult", "schooled"),
    source=OFII_2019,
)

CIR_TRACKS: Final = (
    Alternative("0 h", _A1.in_force_during(CIR_TRACKS_START.value, None)),
    Alternative(
        "600 h",
        all_of(not_(_A1), not_(_LITERATE))
        .named(
            "cir.600h",
            label=Text(
                "non-lecteur, non-scripteur, sous A1.1",
                "weder lese- noch schreibkundig, unter A1.1",
                "non-reader, non-writer, below A1.1",
            ),
            source=OFII_2019,
        )
        .in_force_during(CIR_TRACKS_START.value, None),
    ),
    Alternative(
        "400 h",
        all_of(not_(_A1), _LITERATE, not_(_SCHOOLED))
        .named(
            "cir.400h",
            label=Text("peu scolarisé·e", "wenig eingeschult", "little schooling"),
            source=OFII_2019,
        )
        .in_force_during(CIR_TRACKS_START.value, None),
    ),
    Alternative(
        "200 h",
        all_of(not_(_A1), _LITERATE, _SCHOOLED)
        .named(
            "cir.200h",
            label=Text(
                "scolarisé·e, sous A1", "eingeschult, unter A1", "schooled, below A1"
            ),
            source=OFII_2019,
        )
        .in_force_during(CIR_TRACKS_START.value, None),
    ),
)


def cir_language_track(person: Person, *, on: dt.date | str) -> Choice:
    """The CIR language track for *person* on *on*: ``"0 h"``, ``"200 h"``, ``"400 h"`` or ``"600 h"``.

    All tracks aim at A1. "0 h" is for a person who already has A1 (exempt).
    The 100-hour track exists for schooled profiles close to A1; only the
    positioning test tells it from the 200-hour one, which is given here (the
    source page describing the two was cut off).

    Example:
        >>> cir_language_track(Person(language_level="none", literate=False), on="2024-01-01").value
        '600 h'
        >>> cir_language_track(Person(language_level="A2"), on="2024-01-01").value
        '0 h'
    """
    checked_person(person)
    return choose(
        CIR_TRACKS,
        person,
        on=on,
        id="cir_language_track",
        label=Text(
            "parcours linguistique du CIR", "Sprachkurs des CIR", "CIR language track"
        ),
        source=CIR_SOURCE,
        title=Text(
            "Contrat d'intégration républicaine : formation linguistique",
            "CIR: Sprachkurs",
            "CIR: language training",
        ),
        none_label=Text(
            "aucun parcours encodé à cette date",
            "an diesem Datum kein Kurs erfasst",
            "no track encoded on that date",
        ),
    )


def cost_per_participant(participants: int) -> Money:
    """The 680-hour modules' cost per refugee: €800,000 / *participants*, to the cent.

    Example:
        >>> cost_per_participant(100).format(), cost_per_participant(75).format()
        ('EUR 8’000.00', 'EUR 10’666.67')
    """
    if type(participants) is not int or participants <= 0:
        raise InvalidArgument(
            "participants", f"expected a positive int, got {participants!r}"
        )
    return CENT.apply(MODULE_BUDGET.value / participants)


MEASURES: Final = (FRENCH_TRAINING, GARANTIE_JEUNES, CEJ)
