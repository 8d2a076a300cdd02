"""Measures around initial vocational training in Valais: USFP, SEMO, Plateforme T1, PAI.

Sources: the CII Valais newsletter (2023) for the USFP; the Valais SICT's
press release on the Monthey SEMO, the SFOP's pages on the Plateforme T1 and
the integration pre-apprenticeship contract, and the SEM's page on the PAI
for the others. Every vague phrase is a parameter whose note says how it is read.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Parameter,
    Source,
    Text,
    age_between,
    any_of,
    at_least_n_of,
    at_least_on_scale,
    contains,
    is_true,
    not_,
    one_of,
)
from integration_rules.documents import (
    SEM_PAI_PAGE,
    VS_PAI_PAGE,
    VS_SEMO_RELEASE,
    VS_T1_PAGE,
)
from integration_rules.facts import DIFFICULTY_KINDS, LANGUAGE_LEVELS
from integration_rules.measures._common import domiciled_in, newsletter, territory
from integration_rules.measures._measure import Measure
from integration_rules.organisations import organisation

# -- USFP -----------------------------------------------------------------------------

USFP_SOURCE: Final = newsletter(
    "Projet-pilote FormAvenir",
    "Pour accompagner les apprentis en difficulté, le DEF, par son Service de la formation "
    "professionnelle, dispose d'une unité de soutien en formation professionnelle ( USFP ). "
    "Par le biais d'entretiens individuels, de conseils et de soutien, cette structure aide à "
    "réunir les conditions favorables à la poursuite de la formation",
)
USFP_MIN_DIFFICULTIES: Final = Parameter(
    "usfp.min_difficulty_kinds",
    1,
    label=Text(
        "types de difficultés (au moins)",
        "Arten von Schwierigkeiten (mindestens)",
        "kinds of difficulty (at least)",
    ),
    source=USFP_SOURCE,
    note="« Pour accompagner les apprentis en difficulté »: one difficulty is enough (FormAvenir asks for a cumulation).",
)
USFP_CANTON: Final = territory(
    "usfp", "CH-VS", USFP_SOURCE, "A unit of the Valais SFOP (DEF)."
)

_DIFFICULTY_LABELS: Final = {
    "social": Text(
        "difficultés sociales", "soziale Schwierigkeiten", "social difficulties"
    ),
    "personal": Text(
        "difficultés personnelles",
        "persönliche Schwierigkeiten",
        "personal difficulties",
    ),
    "professional": Text(
        "difficultés professionnelles",
        "berufliche Schwierigkeiten",
        "professional difficulties",
    ),
    "scholastic": Text(
        "difficultés scolaires", "schulische Schwierigkeiten", "scholastic difficulties"
    ),
}

USFP_RULE: Final = (
    domiciled_in("usfp", USFP_CANTON, USFP_SOURCE)
    & is_true("apprenticeship_contract").named(
        "usfp.apprenticeship_contract",
        label=Text(
            "apprenti·e (contrat d'apprentissage)",
            "Lernende·r (Lehrvertrag)",
            "apprentice (apprenticeship contract)",
        ),
        source=USFP_SOURCE,
    )
    & at_least_n_of(
        USFP_MIN_DIFFICULTIES,
        *(
            contains("difficulties", kind).named(
                f"usfp.difficulty.{kind}",
                label=_DIFFICULTY_LABELS[kind],
                source=USFP_SOURCE,
            )
            for kind in DIFFICULTY_KINDS
        ),
    ).named(
        "usfp.in_difficulty",
        label=Text(
            "en difficulté dans sa formation",
            "in Schwierigkeiten in der Ausbildung",
            "in difficulty in training",
        ),
        source=USFP_SOURCE,
    )
).named(
    "usfp",
    label=Text(
        "USFP : conditions d'accès",
        "USFP: Zugangsbedingungen",
        "USFP: access conditions",
    ),
    source=USFP_SOURCE,
)

USFP: Final = Measure(
    id="usfp",
    label=Text(
        "USFP (unité de soutien en formation professionnelle)",
        "USFP (Unterstützungseinheit in der Berufsbildung)",
        "USFP (vocational training support unit)",
    ),
    summary=Text(
        "Entretiens individuels, conseils et soutien aux apprentis en difficulté, avec tout le réseau de formation.",
        "Einzelgespräche, Beratung und Unterstützung für Lernende in Schwierigkeiten, mit dem ganzen Ausbildungsnetz.",
        "Individual interviews, advice and support for apprentices in difficulty, with the whole training network.",
    ),
    rule=USFP_RULE,
    source=USFP_SOURCE,
    responsible=(organisation("DEF"), organisation("SFOP")),
    providers=(organisation("USFP"),),
    format=Text(
        "entretiens individuels avec formateurs, représentants légaux, école professionnelle, cours interentreprises et réseau socio-sanitaire",
        "Einzelgespräche mit Berufsbildenden, gesetzlichen Vertretern, Berufsfachschule, überbetrieblichen Kursen und Sozial- und Gesundheitsnetz",
        "individual interviews with company trainers, legal representatives, vocational school, inter-company courses and the socio-health network",
    ),
)

# -- SEMO -----------------------------------------------------------------------------

SEMO_SOURCE: Final = Source(VS_SEMO_RELEASE)
SEMO_MIN_AGE: Final = Parameter(
    "semo.min_age",
    15,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=SEMO_SOURCE,
    note="« jeunes de 15 à 24 ans », bound included.",
)
SEMO_MAX_AGE: Final = Parameter(
    "semo.max_age",
    24,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=SEMO_SOURCE,
    note="« de 15 à 24 ans », bound included: eligible until the day before the 25th birthday.",
)
SEMO_MAX_MONTHS: Final = Parameter(
    "semo.max_months",
    9,
    label=Text(
        "durée maximale (mois)", "Höchstdauer (Monate)", "maximum length (months)"
    ),
    source=SEMO_SOURCE,
)
SEMO_CANTON: Final = territory(
    "semo",
    "CH-VS",
    SEMO_SOURCE,
    "The four SeMo of Valais, for young people registered at a Valais ORP.",
)

SEMO_RULE: Final = (
    domiciled_in("semo", SEMO_CANTON, SEMO_SOURCE)
    & age_between(SEMO_MIN_AGE, SEMO_MAX_AGE).named("semo.age", source=SEMO_SOURCE)
    & is_true("registered_job_seeker").named(
        "semo.registered",
        label=Text(
            "inscrit·e à l'ORP", "beim RAV angemeldet", "registered with an ORP"
        ),
        source=SEMO_SOURCE,
    )
).named(
    "semo",
    label=Text(
        "SEMO : conditions d'admission",
        "SEMO: Aufnahmebedingungen",
        "SEMO: admission conditions",
    ),
    source=SEMO_SOURCE,
)

SEMO: Final = Measure(
    id="semo",
    label=Text(
        "Semestre de motivation (SEMO)",
        "Motivationssemester (SEMO)",
        "Motivation semester (SEMO)",
    ),
    summary=Text(
        "Mesure du marché du travail pour les jeunes sans place d'apprentissage : ateliers et stages en entreprise, 9 mois au plus.",
        "Arbeitsmarktliche Massnahme für Jugendliche ohne Lehrstelle: Ateliers und Betriebspraktika, höchstens 9 Monate.",
        "Labour-market measure for young people without an apprenticeship place: workshops and company internships, at most 9 months.",
    ),
    rule=SEMO_RULE,
    source=SEMO_SOURCE,
    responsible=(organisation("SICT"),),
    providers=(organisation("OSEO Valais"),),
    referrers=(organisation("ORP"),),
    other_parameters=(SEMO_MAX_MONTHS,),
    format=Text(
        "ateliers et stages en entreprise ; objectif : une place d'apprentissage",
        "Ateliers und Betriebspraktika; Ziel: eine Lehrstelle",
        "workshops and company internships; the goal is an apprenticeship place",
    ),
    notes=(
        Text(
            "Quatre SeMo en Valais ; projet pilote à Monthey du 1er juillet 2024 au 30 juin 2025.",
            "Vier SeMo im Wallis; Pilotprojekt in Monthey vom 1. Juli 2024 bis 30. Juni 2025.",
            "Four SeMo in Valais; a Monthey pilot from 1 July 2024 to 30 June 2025.",
        ),
    ),
)

# -- Plateforme T1 --------------------------------------------------------------------

T1_SOURCE: Final = Source(VS_T1_PAGE)
T1_MIN_AGE: Final = Parameter(
    "t1.min_age",
    15,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=T1_SOURCE,
    note="« jeunes de 15 à 25 ans », bound included.",
)
T1_MAX_AGE: Final = Parameter(
    "t1.max_age",
    25,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=T1_SOURCE,
    note="« jeunes de 15 à 25 ans », bound included.",
)
T1_CANTON: Final = territory("t1", "CH-VS", T1_SOURCE, "A platform of the Valais SFOP.")

T1_RULE: Final = (
    domiciled_in("t1", T1_CANTON, T1_SOURCE)
    & age_between(T1_MIN_AGE, T1_MAX_AGE).named("t1.age", source=T1_SOURCE)
    & is_true("compulsory_school_completed").named(
        "t1.compulsory_school_completed",
        label=Text(
            "scolarité obligatoire terminée",
            "obligatorische Schulzeit abgeschlossen",
            "compulsory school completed",
        ),
        source=T1_SOURCE,
    )
    & any_of(
        not_(
            is_true("post_compulsory_solution").named(
                "t1.has_solution", source=T1_SOURCE
            )
        ).named(
            "t1.no_solution",
            label=Text(
                "sans solution de formation post-obligatoire",
                "ohne nachobligatorische Lösung",
                "no post-compulsory solution",
            ),
            source=T1_SOURCE,
        ),
        is_true("at_risk_of_dropping_out").named(
            "t1.at_risk",
            label=Text(
                "en risque de rupture de formation",
                "von Ausbildungsabbruch bedroht",
                "at risk of dropping out of training",
            ),
            source=T1_SOURCE,
        ),
    ).named(
        "t1.major_difficulties",
        label=Text(
            "difficultés majeures de transition",
            "grosse Übergangsschwierigkeiten",
            "major transition difficulties",
        ),
        source=T1_SOURCE,
    )
).named(
    "t1",
    label=Text(
        "Plateforme T1 : conditions d'accès",
        "Plattform T1: Zugangsbedingungen",
        "T1 Platform: access conditions",
    ),
    source=T1_SOURCE,
)

PLATEFORME_T1: Final = Measure(
    id="plateforme-t1",
    label=Text("Plateforme T1", "Plattform T1", "T1 Platform"),
    summary=Text(
        "Coordination et accompagnement des 15-25 ans en grande difficulté après la scolarité obligatoire.",
        "Koordination und Begleitung von 15- bis 25-Jährigen mit grossen Schwierigkeiten nach der obligatorischen Schulzeit.",
        "Coordination and support of 15-to-25-year-olds in major difficulty after compulsory school.",
    ),
    rule=T1_RULE,
    source=T1_SOURCE,
    responsible=(organisation("SFOP"),),
    format=Text(
        "coordination et accompagnement individuel",
        "Koordination und individuelle Begleitung",
        "coordination and individual support",
    ),
    notes=(
        Text(
            "Objectif national : 95 % des jeunes titulaires d'un diplôme du secondaire II ; environ 1000 jeunes par an sans solution en Valais.",
            "Nationales Ziel: 95 % der Jugendlichen mit Sek-II-Abschluss; rund 1000 Jugendliche pro Jahr ohne Lösung im Wallis.",
            "National target: 95 % of young people with a secondary II diploma; about 1,000 young people a year without a solution in Valais.",
        ),
    ),
)

# -- PAI ------------------------------------------------------------------------------

PAI_SEM: Final = Source(SEM_PAI_PAGE)
PAI_VS: Final = Source(VS_PAI_PAGE)
PAI_MIN_AGE: Final = Parameter(
    "pai.min_age",
    16,
    label=Text("âge minimal", "Mindestalter", "minimum age"),
    source=PAI_VS,
)
PAI_MAX_AGE: Final = Parameter(
    "pai.max_age",
    35,
    label=Text("âge maximal", "Höchstalter", "maximum age"),
    source=PAI_VS,
)
PAI_ORAL: Final = Parameter(
    "pai.oral_level",
    "A2",
    label=Text(
        "niveau oral au début", "mündliches Niveau zu Beginn", "oral level at the start"
    ),
    source=PAI_VS,
)
PAI_WRITTEN: Final = Parameter(
    "pai.written_level",
    "A1",
    label=Text(
        "niveau écrit au début",
        "schriftliches Niveau zu Beginn",
        "written level at the start",
    ),
    source=PAI_VS,
)
PAI_START: Final = Parameter(
    "pai.start",
    dt.date(2018, 8, 1),
    label=Text(
        "début du programme pilote", "Beginn des Pilotprogramms", "start of the pilot"
    ),
    source=PAI_SEM,
    note="« depuis août 2018 »",
)
PAI_PLUS_START: Final = Parameter(
    "pai.plus_start",
    dt.date(2021, 8, 1),
    label=Text(
        "ouverture aux arrivées tardives (PAI+)",
        "Öffnung für Spätzugewanderte (INVOL+)",
        "opening to late arrivals (PAI+)",
    ),
    source=PAI_SEM,
    note="« été 2021 »: read as the school year starting 1 August 2021.",
)
PAI_YEARS: Final = Parameter(
    "pai.years",
    1,
    label=Text("durée (ans)", "Dauer (Jahre)", "length (years)"),
    source=PAI_SEM,
)
PAI_CANTON: Final = territory(
    "pai", "CH-VS", PAI_VS, "The Valais conditions (contract approved by the canton)."
)
#: Refugees, provisionally admitted persons and persons in need of protection (SEM: PAI open to S).
PAI_STATUSES: Final = frozenset({"B-refugee", "F", "F-refugee", "S"})
#: Late arrivals of PAI+ (EU/EFTA and third countries) hold a B or a C permit.
PAI_PLUS_STATUSES: Final = frozenset({"B", "C"})

PAI_RULE: Final = (
    (
        domiciled_in("pai", PAI_CANTON, PAI_VS)
        & age_between(PAI_MIN_AGE, PAI_MAX_AGE).named("pai.age", source=PAI_VS)
        & any_of(
            one_of("residence_status", PAI_STATUSES).named(
                "pai.refugee_or_admitted",
                label=Text(
                    "réfugié·e, admis·e à titre provisoire ou personne à protéger",
                    "Flüchtling, vorläufig aufgenommen oder schutzbedürftig",
                    "refugee, provisionally admitted or in need of protection",
                ),
                source=PAI_SEM,
            ),
            (
                is_true("late_arrival").named(
                    "pai.late_arrival",
                    label=Text(
                        "arrivé·e tardivement en Suisse",
                        "spät in die Schweiz gekommen",
                        "arrived late in Switzerland",
                    ),
                    source=PAI_SEM,
                )
                & one_of("residence_status", PAI_PLUS_STATUSES).named(
                    "pai.plus_status",
                    label=Text(
                        "permis B ou C (UE/AELE ou État tiers)",
                        "Ausweis B oder C (EU/EFTA oder Drittstaat)",
                        "B or C permit (EU/EFTA or third country)",
                    ),
                    source=PAI_SEM,
                )
            )
            .named(
                "pai.plus",
                label=Text(
                    "PAI+ : arrivée tardive",
                    "INVOL+: Spätzugewanderte",
                    "PAI+: late arrival",
                ),
                source=PAI_SEM,
            )
            .in_force_during(PAI_PLUS_START.value, None),
        ).named(
            "pai.public",
            label=Text("public du PAI", "Zielgruppe der INVOL", "PAI target group"),
            source=PAI_SEM,
        )
        & at_least_on_scale("oral_language_level", PAI_ORAL, LANGUAGE_LEVELS).named(
            "pai.oral_level",
            label=Text(
                "langue à l'oral : A2 au moins",
                "Sprache mündlich: mindestens A2",
                "language spoken: at least A2",
            ),
            source=PAI_VS,
        )
        & at_least_on_scale(
            "written_language_level", PAI_WRITTEN, LANGUAGE_LEVELS
        ).named(
            "pai.written_level",
            label=Text(
                "langue à l'écrit : A1 au moins",
                "Sprache schriftlich: mindestens A1",
                "language written: at least A1",
            ),
            source=PAI_VS,
        )
    )
    .named(
        "pai",
        label=Text(
            "PAI : conditions d'admission",
            "INVOL: Aufnahmebedingungen",
            "PAI: admission conditions",
        ),
        source=PAI_SEM,
    )
    .in_force_during(PAI_START.value, None)
)

PAI: Final = Measure(
    id="pai",
    label=Text(
        "Préapprentissage d'intégration (PAI)",
        "Integrationsvorlehre (INVOL)",
        "Pre-apprenticeship of integration (PAI)",
    ),
    summary=Text(
        "Offre duale d'un an qui prépare à une formation professionnelle initiale.",
        "Einjähriges duales Angebot zur Vorbereitung auf eine berufliche Grundbildung.",
        "One-year dual offer preparing for initial vocational training.",
    ),
    rule=PAI_RULE,
    source=PAI_SEM,
    responsible=(organisation("SFOP"),),
    other_parameters=(PAI_START, PAI_PLUS_START, PAI_YEARS),
    format=Text(
        "formation duale d'un an ; contrat en 3 exemplaires approuvé par le canton",
        "einjährige duale Ausbildung; Vertrag in 3 Exemplaren, vom Kanton genehmigt",
        "one-year dual training; contract signed in 3 copies and approved by the canton",
    ),
    notes=(
        Text(
            "Activité lucrative : annonce pour les AP et réfugiés, autorisation pour les personnes à protéger (permis S).",
            "Erwerbstätigkeit: Meldung für VA und Flüchtlinge, Bewilligung für Schutzbedürftige (Ausweis S).",
            "Gainful work: announcement for provisionally admitted persons and refugees, authorisation for S holders.",
        ),
    ),
)
