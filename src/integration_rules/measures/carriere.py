"""Carrière au féminin: an OSP programme for women who wish to resume work.

Source: the CII Valais newsletter (2023), article « Carrière au féminin »: « Le
programme Carrière au féminin est proposé au prix de CHF 400.-, il est ouvert
à toutes les femmes domiciliées en Valais et qui souhaitent reprendre une
activité professionnelle »; « La mesure comprend 5 demi-journées de cours
collectifs et un accompagnement individualisé de 6 entretiens de coaching »;
« Une première session pilote a été menée avec succès en septembre 2023 …
Dès 2024, il est prévu de proposer une session chaque année ».

Readings:

* The heading speaks of women resuming work « après avoir fait une pause
  parentale », but the eligibility sentence opens the programme to « toutes
  les femmes domiciliées en Valais » who wish to resume: a parental break is
  **not** required.
* In force from the pilot session, September 2023 (the first day of that
  month, :data:`START`), with no end date.
* The spacing of sessions is not in the source: by default the 5 half-days
  are weekly and the 6 interviews follow every two weeks, starting one week
  after the last half-day (:data:`SCHEDULE`, a documented default).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import Money, Parameter, Text, equals, is_true
from integration_rules.measures._common import domiciled_in, newsletter, territory
from integration_rules.measures._measure import Measure, Schedule, SessionPattern
from integration_rules.organisations import organisation

_SECTION: Final = "Carrière au féminin"
#: The newsletter's Carrière au féminin article: the measure's main source.
ARTICLE: Final = newsletter(_SECTION)
_OPEN_TO: Final = newsletter(
    _SECTION,
    "Le programme Carrière au féminin est proposé au prix de CHF 400.-, il est ouvert à "
    "toutes les femmes domiciliées en Valais et qui souhaitent reprendre une activité "
    "professionnelle.",
)
_CONTENT: Final = newsletter(
    _SECTION,
    "La mesure comprend 5 demi-journées de cours collectifs et un accompagnement "
    "individualisé de 6 entretiens de coaching.",
)
_SESSIONS: Final = newsletter(
    _SECTION,
    "Une première session pilote a été menée avec succès en septembre 2023. Dix "
    "participantes ont pris part à ce programme et les retours sont extrêmement positifs. "
    "Dès 2024, il est prévu de proposer une session chaque année.",
)

PRICE: Final = Parameter(
    "carriere_au_feminin.price",
    Money.of("400"),
    label=Text(
        "prix par participante", "Preis pro Teilnehmerin", "price per participant"
    ),
    source=_OPEN_TO,
    note="« proposé au prix de CHF 400.- »",
)
START: Final = Parameter(
    "carriere_au_feminin.start",
    dt.date(2023, 9, 1),
    label=Text("première session pilote", "erste Pilotsession", "first pilot session"),
    source=_SESSIONS,
    note="« Une première session pilote a été menée … en septembre 2023 »: from 1 September 2023.",
)
SESSIONS_PER_YEAR: Final = Parameter(
    "carriere_au_feminin.sessions_per_year",
    1,
    label=Text("sessions par année", "Sessionen pro Jahr", "sessions per year"),
    source=_SESSIONS,
    note="« Dès 2024, il est prévu de proposer une session chaque année »",
)
PILOT_PARTICIPANTS: Final = Parameter(
    "carriere_au_feminin.pilot_participants",
    10,
    label=Text(
        "participantes de la session pilote",
        "Teilnehmerinnen der Pilotsession",
        "participants of the pilot session",
    ),
    source=_SESSIONS,
    note="« Dix participantes ont pris part à ce programme »",
)
HALF_DAYS: Final = Parameter(
    "carriere_au_feminin.group_half_days",
    5,
    label=Text(
        "demi-journées de cours collectifs",
        "Halbtage Gruppenkurs",
        "half-days of group courses",
    ),
    source=_CONTENT,
)
INTERVIEWS: Final = Parameter(
    "carriere_au_feminin.coaching_interviews",
    6,
    label=Text(
        "entretiens de coaching individuels",
        "individuelle Coachinggespräche",
        "individual coaching interviews",
    ),
    source=_CONTENT,
)
CANTON: Final = territory(
    "carriere_au_feminin",
    "CH-VS",
    _OPEN_TO,
    "« ouvert à toutes les femmes domiciliées en Valais »",
)

RULE: Final = (
    (
        equals("sex", "F").named(
            "carriere_au_feminin.woman",
            label=Text("femme", "Frau", "woman"),
            source=_OPEN_TO,
        )
        & domiciled_in("carriere_au_feminin", CANTON, _OPEN_TO)
        & is_true("wants_to_resume_work").named(
            "carriere_au_feminin.wants_to_resume_work",
            label=Text(
                "souhaite reprendre une activité professionnelle",
                "möchte wieder erwerbstätig werden",
                "wishes to resume a professional activity",
            ),
            source=_OPEN_TO,
        )
    )
    .named(
        "carriere_au_feminin",
        label=Text(
            "Carrière au féminin : conditions d'admission",
            "Carrière au féminin: Aufnahmebedingungen",
            "Carrière au féminin: admission conditions",
        ),
        source=ARTICLE,
    )
    .in_force_during(START.value, None)
)

SCHEDULE: Final = Schedule(
    patterns=(
        SessionPattern(
            kind=Text(
                "demi-journée de cours collectif",
                "Halbtag Gruppenkurs",
                "group half-day",
            ),
            every_weeks=1,
            count=HALF_DAYS,
        ),
        SessionPattern(
            kind=Text(
                "entretien de coaching individuel",
                "individuelles Coachinggespräch",
                "individual coaching interview",
            ),
            every_weeks=2,
            count=INTERVIEWS,
            gap_weeks=1,
        ),
    ),
    source=_CONTENT,
    note="Counts from the source; weekly half-days, then fortnightly interviews one week later, is a default pattern.",
)

MEASURE: Final = Measure(
    id="carriere-au-feminin",
    label=Text.same("Carrière au féminin"),
    summary=Text(
        "Programme d'empowerment pour les femmes qui souhaitent reprendre une activité professionnelle.",
        "Empowerment-Programm für Frauen, die wieder erwerbstätig werden möchten.",
        "Empowerment programme for women who wish to resume a professional activity.",
    ),
    rule=RULE,
    source=ARTICLE,
    responsible=(organisation("OSP"), organisation("OCEF")),
    providers=(organisation("CIO"),),
    price=PRICE,
    other_parameters=(
        START,
        SESSIONS_PER_YEAR,
        PILOT_PARTICIPANTS,
        HALF_DAYS,
        INTERVIEWS,
    ),
    format=Text(
        "5 demi-journées de cours collectifs et 6 entretiens de coaching individuels",
        "5 Halbtage Gruppenkurs und 6 individuelle Coachinggespräche",
        "5 half-days of group courses and 6 individual coaching interviews",
    ),
    schedule=SCHEDULE,
    notes=(
        Text(
            "Une pause parentale n'est pas exigée : le programme est ouvert à toutes les femmes domiciliées en Valais qui souhaitent reprendre une activité.",
            "Eine Familienpause ist nicht verlangt: das Programm steht allen Frauen mit Wohnsitz im Wallis offen, die wieder erwerbstätig werden möchten.",
            "A parental break is not required: the programme is open to all women domiciled in Valais who wish to resume work.",
        ),
        Text(
            "Inscriptions : www.egalite-vs.ch/carriere (sans adressage par un service).",
            "Anmeldung: www.egalite-vs.ch/carriere (ohne Zuweisung durch eine Stelle).",
            "Registration: www.egalite-vs.ch/carriere (no referral by a service).",
        ),
    ),
)
