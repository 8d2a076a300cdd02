"""The funding parameters, dated and sourced (``shared/domain.md`` §2, §7, rule candidates 26–32).

Every figure is a :class:`~integration_rules.rules.Parameter` whose values
carry the date they take effect and their source; asking for a date without a
value raises :class:`~integration_rules.errors.NoValueOnDate`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from integration_rules._core import Change, Money, Parameter, Source, Text
from integration_rules.permits._agenda import (
    AIS_START,
    OIE_29A,
    PROGRAMME_S_END,
    PROGRAMME_S_START,
)
from integration_rules.permits._agenda import SEM_PROGRAMME_S as SEM_S

ADMIN_2021: Final = Source(
    "Conseil fédéral, communiqué du 23.06.2021",
    url="https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-84107.html"
)
SEM_OIE_S: Final = Source(
    "SEM, OIE statut S",
    url="https://www.sem.admin.ch/sem/fr/home/sem/rechtsetzung/archiv/vinta-status-s.html"
)
OA2_29: Final = Source(
    "OA 2 (RS 142.312)",
    article="art. 29",
    url="https://lawbrary.ch/law/art/OA%202-v2021.01-fr-art-29/"
)
RTS_MATCHING: Final = Source(
    "RTS, « Berne soutient la poursuite des programmes d'intégration cantonaux »",
    url="https://rts.ch/info/suisse/8337819-berne-soutient-la-poursuite-des-programmes-dintegration-cantonaux.html"
)
VS_PIC3: Final = Source(
    "Canton du Valais, « Migration – Le Valais renouvelle son engagement pour l'intégration »",
    url="https://www.vs.ch/web/communication/detail?groupId=529400&articleId=28838202"
)
NOUVELLISTE: Final = Source(
    "Le Nouvelliste, 14.01.2022",
    url="http://www.lenouvelliste.ch/valais/le-valais-investit-3millions-dans-un-programme-dintegration-des-migrants-1146065"
)
LATELE: Final = Source(
    "La Télé 2025, coûts répartis entre la Confédération et le Valais",
    url="https://latele.ch/articles/environnement-couts-repartis-entre-la-confederation-et-le-valais"
)

LUMP_SUM: Final = Parameter.dated(
    "funding.integration_lump_sum",
    [
        Change(
            dt.date(2008, 1, 1),
            Money.of("6000"),
            source=ADMIN_2021,
            note="CHF 6,000 per provisionally admitted person or recognised refugee before the AIS.",
        ),
        Change(
            AIS_START.value,
            Money.of("18000"),
            source=OIE_29A,
            note="CHF 18,000 for decisions from 1 May 2019, with the AIS additional agreement.",
        ),
    ],
    label=Text(
        "forfait d'intégration par personne",
        "Integrationspauschale pro Person",
        "integration lump sum per person",
    ),
    note="Values from 2008-01-01 (LEtr) are encoded; the date is that of the asylum or admission decision.",
)

PROGRAMME_S_MONTHLY: Final = Parameter.dated(
    "funding.programme_s.monthly",
    [
        Change(
            PROGRAMME_S_START.value,
            Money.of("250"),
            source=SEM_S,
            note="CHF 250 per person in need of protection per month (CHF 3,000 a year), paid quarterly.",
        )
    ],
    label=Text(
        "Programme S, par personne et par mois",
        "Programm S, pro Person und Monat",
        "Programme S, per person per month",
    ),
    ended=PROGRAMME_S_END.value,
    note="Decided 13 April 2022; extended on 4 Sep 2024 to 4 March 2026 (last extension known to the sources).",
)

PROGRAMME_S_DEDUCTION_FROM: Final = Parameter(
    "funding.programme_s.deduction_from",
    dt.date(2023, 3, 1),
    label=Text(
        "déduction du Programme S dès",
        "Abzug des Programms S ab",
        "Programme S deduction from",
    ),
    source=SEM_OIE_S,
    note="Since 1 March 2023, Programme S amounts already paid are deducted from a later integration lump sum.",
)

PIC_MATCHING_RATIO: Final = Parameter(
    "funding.pic.matching_ratio",
    Decimal(1),
    label=Text(
        "part fédérale par franc cantonal et communal",
        "Bundesanteil pro Kantons- und Gemeindefranken",
        "federal share per cantonal and communal franc",
    ),
    source=RTS_MATCHING,
    note="1:1 matching « on condition that cantons participate in the same proportions » (press, M confidence); seed 000's figures agree: CHF 3 M from canton and communes, about CHF 6 M in all.",
)

EMERGENCY_AID_DAILY: Final = Parameter.dated(
    "funding.emergency_aid.daily",
    [
        Change(
            dt.date(2019, 1, 1),
            Money.of("50"),
            source=OA2_29,
            note="CHF 50 per day at the index of 31 October 2018.",
        )
    ],
    label=Text("aide d'urgence par jour", "Nothilfe pro Tag", "emergency aid per day"),
    note="Adjusted by the SEM to the CPI at each year-end; later indexed values are not in the sources.",
)

#: The three emergency-aid lump-sum categories of OA 2 art. 29: (share of beneficiaries, days).
EMERGENCY_AID_CATEGORIES: Final = {
    "dublin": (
        Decimal("0.10"),
        80,
        Text(
            "procédure Dublin close",
            "Dublin-Verfahren abgeschlossen",
            "Dublin procedure closed",
        ),
    ),
    "accelerated": (
        Decimal("0.33"),
        122,
        Text(
            "procédure accélérée close",
            "beschleunigtes Verfahren abgeschlossen",
            "accelerated procedure closed",
        ),
    ),
    "extended": (
        Decimal("0.66"),
        182,
        Text(
            "procédure étendue close ou admission provisoire levée",
            "erweitertes Verfahren abgeschlossen oder vorläufige Aufnahme aufgehoben",
            "extended procedure closed, or provisional admission lifted",
        ),
    ),
}

GRAND_CONSEIL_THRESHOLD: Final = Parameter(
    "funding.approval.grand_conseil_threshold",
    Money.of("10000000"),
    label=Text(
        "seuil d'approbation par le Grand Conseil (dépense brute cantonale)",
        "Schwelle für die Genehmigung durch den Grossen Rat (kantonale Bruttoausgaben)",
        "threshold for Grand Council approval (gross cantonal spending)",
    ),
    source=LATELE,
    note="« over CHF 10 million »: strictly more than; at exactly CHF 10 million the Conseil d'Etat is competent.",
)
