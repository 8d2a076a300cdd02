"""Integration-agenda scope: the AIS and the integration lump sum, or Programme S.

Who falls under the Agenda Intégration Suisse and the integration lump sum,
and who under Programme S instead.

Sources: LEI art. 58 al. 2 (federal contributions for provisionally admitted
persons and recognised refugees are paid as integration lump sums), OIE
art. 29a and the AIS in force on 2019-05-01; Programme S for persons in need
of protection, decided on 2022-04-13 and extended to 2026-03-04, and their
access to every PIC measure from 2024-01-01 (the SEM's page « Programme S »).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Alternative,
    Choice,
    Parameter,
    Source,
    Text,
    choose,
    one_of,
)
from integration_rules.documents import SEM_PROGRAMME_S_PAGE, lei, oie
from integration_rules.facts import Person
from integration_rules.facts._person import checked_person

LEI_58: Final = lei(
    "58",
    "2",
    quote=(
        "Les contributions versées pour les personnes admises à titre provisoire, les "
        "réfugiés reconnus et les personnes à protéger titulaires d'une autorisation de "
        "séjour […] sont octroyées aux cantons sous la forme de forfaits d'intégration ou "
        "de financement de programmes d'intégration cantonaux."
    ),
)
OIE_29A: Final = oie("29a")
SEM_PROGRAMME_S: Final = Source(
    SEM_PROGRAMME_S_PAGE,
    quote=(
        "Depuis le 1er janvier 2024, les personnes avec statut de protection S ont accès "
        "à l'ensemble des mesures de soutien proposées dans le cadre des programmes "
        "d'intégration cantonaux PIC"
    ),
)

#: The statuses for which the integration lump sum is paid: AP and recognised refugees.
LUMP_SUM_STATUSES: Final = frozenset({"F", "F-refugee", "B-refugee"})

AIS_START: Final = Parameter(
    "agenda.ais_start",
    dt.date(2019, 5, 1),
    label=Text(
        "entrée en vigueur de l'AIS", "Inkrafttreten der IAS", "start of the AIS"
    ),
    source=OIE_29A,
    note="The AIS applies to decisions from 1 May 2019 (lump sum raised from CHF 6,000 to 18,000).",
)
PROGRAMME_S_START: Final = Parameter(
    "agenda.programme_s_start",
    dt.date(2022, 4, 13),
    label=Text(
        "début du Programme S", "Beginn des Programms S", "start of Programme S"
    ),
    source=SEM_PROGRAMME_S,
)
PROGRAMME_S_END: Final = Parameter(
    "agenda.programme_s_end",
    dt.date(2026, 3, 4),
    label=Text(
        "fin du Programme S (dernière prolongation connue)",
        "Ende des Programms S (letzte bekannte Verlängerung)",
        "end of Programme S (last known extension)",
    ),
    source=SEM_PROGRAMME_S,
    note="Extended on 4 Sep 2024 to 4 Mar 2026; update this parameter when the Federal Council extends it again.",
)

#: Falls under the integration lump sum (LEI 58 al. 2): F, F-refugee, B-refugee; no date bound.
LUMP_SUM_SCOPE: Final = one_of("residence_status", LUMP_SUM_STATUSES).named(
    "agenda.lump_sum_scope",
    label=Text(
        "personne admise à titre provisoire ou réfugié·e reconnu·e",
        "vorläufig aufgenommene Person oder anerkannte·r Flüchtling",
        "provisionally admitted person or recognised refugee",
    ),
    source=LEI_58,
)

#: Falls under the Agenda Intégration Suisse: the lump-sum public, from 2019-05-01.
AIS_SCOPE: Final = LUMP_SUM_SCOPE.named(
    "agenda.ais_scope",
    label=Text(
        "Agenda Intégration Suisse : AP et réfugié·es reconnu·es",
        "Integrationsagenda Schweiz: VA und anerkannte Flüchtlinge",
        "Integration Agenda Switzerland: provisionally admitted persons and refugees",
    ),
    source=OIE_29A,
).in_force_during(AIS_START.value, None)

#: Falls under Programme S: persons in need of protection, while the programme runs.
PROGRAMME_S_SCOPE: Final = (
    one_of("residence_status", {"S"})
    .named(
        "agenda.programme_s_scope",
        label=Text(
            "Programme S : personne à protéger (permis S)",
            "Programm S: schutzbedürftige Person (Ausweis S)",
            "Programme S: person in need of protection (S)",
        ),
        source=SEM_PROGRAMME_S,
    )
    .in_force_during(PROGRAMME_S_START.value, PROGRAMME_S_END.value)
)

_TITLE: Final = Text(
    "Encouragement de l'intégration", "Integrationsförderung", "Integration support"
)


def integration_agenda(person: Person, *, on: dt.date | str) -> Choice:
    """The federal integration support a person falls under on *on*: ``"AIS"``, ``"Programme S"`` or none.

    Example:
        >>> integration_agenda(Person(residence_status="F"), on="2024-03-01").value
        'AIS'
        >>> integration_agenda(Person(residence_status="S"), on="2024-03-01").value
        'Programme S'
        >>> integration_agenda(Person(residence_status="N"), on="2024-03-01").value is None
        True
    """
    checked_person(person)
    return choose(
        (Alternative("AIS", AIS_SCOPE), Alternative("Programme S", PROGRAMME_S_SCOPE)),
        person,
        on=on,
        id="integration_agenda",
        label=Text(
            "régime fédéral d'encouragement de l'intégration",
            "Bundesregime der Integrationsförderung",
            "federal integration-support regime",
        ),
        source=LEI_58,
        title=_TITLE,
    )
