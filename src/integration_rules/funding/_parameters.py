"""The funding parameters, dated and sourced.

The federal integration lump sum (OIE art. 15 al. 1, art. 29a), Programme S
(SEM), the Confederation's matching of cantonal integration programmes, the
emergency-aid lump sums (OA 2 art. 29) and the Valais threshold for the Grand
Conseil's approval. Every figure is a :class:`~integration_rules.rules.Parameter`
whose values carry the date they take effect and their source; asking for a
date without a value raises :class:`~integration_rules.errors.NoValueOnDate`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final

from integration_rules._core import Change, Money, Parameter, Source, Text
from integration_rules.documents import (
    FEDERAL_COUNCIL_2021_RELEASE,
    LATELE_2025,
    RTS_PIC_MATCHING,
    SEM_OIE_S_PAGE,
    oa2,
    oie,
)
from integration_rules.permits._agenda import (
    AIS_START,
    PROGRAMME_S_END,
    PROGRAMME_S_START,
)
from integration_rules.permits._agenda import SEM_PROGRAMME_S as SEM_S

#: The Federal Council's release of 23 June 2021: the lump sum before the AIS.
FEDERAL_COUNCIL_2021: Final = Source(FEDERAL_COUNCIL_2021_RELEASE)
#: OIE art. 15 al. 1: the integration lump sum of CHF 18,000.
OIE_15: Final = oie(
    "15",
    "1",
    quote=(
        "La Confédération verse aux cantons un forfait d'intégration unique de "
        "18 000 francs par personne admise à titre provisoire, réfugié reconnu et "
        "personne à protéger titulaire d'une autorisation de séjour."
    ),
)
#: The SEM's page on the OIE amendment for status S: no lump sum, Programme S deducted.
SEM_OIE_S: Final = Source(SEM_OIE_S_PAGE)
#: OA 2 art. 29: the emergency-aid lump sums.
OA2_29: Final = oa2("29")
#: RTS on the PIC 2018-2021: federal money on condition that the cantons match it.
RTS_MATCHING: Final = Source(RTS_PIC_MATCHING)
#: La Télé (2025): the Grand Conseil approves programme agreements over CHF 10 million.
LATELE: Final = Source(LATELE_2025)

LUMP_SUM: Final = Parameter.dated(
    "funding.integration_lump_sum",
    [
        Change(
            dt.date(2008, 1, 1),
            Money.of("6000"),
            source=FEDERAL_COUNCIL_2021,
            note="CHF 6,000 per provisionally admitted person or recognised refugee before the AIS.",
        ),
        Change(
            AIS_START.value,
            Money.of("18000"),
            source=OIE_15,
            note=(
                "CHF 18,000 for decisions from 1 May 2019, with the AIS additional "
                "agreement (OIE art. 29a)."
            ),
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
    note=(
        "1:1 matching: the Confederation pays « on condition that cantons participate in "
        "the same proportions » (RTS news report, in translation; no legal text giving the "
        "ratio is cited). The Valais press release "
        "« Migration – Le Valais mise sur l'intégration » (January 2022) agrees: the canton "
        "and the communes commit « trois millions de francs », the total is « près de six "
        "millions de francs », « le solde étant financé par la Confédération »."
    ),
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
