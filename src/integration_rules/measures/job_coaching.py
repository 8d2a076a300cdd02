"""Job coaching for hard-to-place job seekers over 50 at the Valais ORPs (federal impulse programme).

Source: the CII Valais newsletter (2023), article « Programme d'Impulsion fédéral »:
« Pour mieux accompagner les demandeurs d'emploi de plus de 50 ans, difficiles
à placer … le Conseil Fédéral a lancé un programme d'impulsion en 2019.
L'assurance-chômage (AC) dispose, jusqu'en 2024, de moyens supplémentaires »;
« dans les 5 Offices Régionaux de Placement (ORP) du canton »; « un suivi …
beaucoup plus intensif (entretien chaque 2 semaines au minimum) ».
The CVCI's note on reinsertion measures: federal funds for cantonal projects
from January 2020.

Readings:

* « plus de 50 ans » is read as *more than 50 years since birth*: from the
  day after the 50th birthday (:data:`AGE_INCLUSIVE` is ``False``).
  Unemployment law (LACI art. 66 al. 2bis) says « 50 ans ou plus », from the
  birthday itself: set :data:`AGE_INCLUSIVE` to ``True`` for that reading. The
  two readings differ on one day only; neither waits for the 51st birthday.
* The ORPs are Valais's: the person is domiciled in Valais.
* In force from 2020-01-01 to 2024-12-31 (« jusqu'en 2024 »).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Parameter,
    Phrase,
    Source,
    Text,
    is_true,
    years_since,
)
from integration_rules.documents import CVCI_REINSERTION
from integration_rules.measures._common import domiciled_in, newsletter, territory
from integration_rules.measures._measure import Measure, Schedule, SessionPattern
from integration_rules.organisations import organisation

_SECTION: Final = "Programme d'Impulsion fédéral"
#: The newsletter's article on the federal impulse programme: the measure's main source.
ARTICLE: Final = newsletter(_SECTION)
_TARGET: Final = newsletter(
    _SECTION,
    "Pour mieux accompagner les demandeurs d'emploi de plus de 50 ans, difficiles à "
    "placer dans leur réinsertion sur le marché du travail, le Conseil Fédéral a lancé "
    "un programme d'impulsion en 2019.",
)
_UNTIL_2024: Final = newsletter(
    _SECTION,
    "L'assurance-chômage (AC) dispose, jusqu'en 2024, de moyens supplémentaires pour "
    "financer des projets dans les cantons.",
)
_FOLLOW_UP: Final = newsletter(
    _SECTION,
    "Le processus de conseil sera identique au processus actuel, mais avec un suivi plus "
    "spécifique (bilan de compétences, activation, placement, etc.) et beaucoup plus "
    "intensif (entretien chaque 2 semaines au minimum).",
)
_ORPS: Final = newsletter(
    _SECTION,
    "L'objectif à long terme de ce projet est de garantir que le groupe-cible ait accès, "
    "dans les 5 Offices Régionaux de Placement (ORP) du canton, à des prestations d'aide "
    "et de soutien adaptées",
)

AGE: Final = Parameter(
    "job_coaching_50.age",
    50,
    label=Text("âge seuil", "Altersgrenze", "age threshold"),
    source=_TARGET,
    note="« demandeurs d'emploi de plus de 50 ans »",
)
AGE_INCLUSIVE: Final = Parameter(
    "job_coaching_50.age_inclusive",
    False,
    label=Text(
        "50 ans révolus suffisent",
        "50 vollendete Jahre genügen",
        "turning 50 is enough",
    ),
    source=_TARGET,
    note=(
        "The newsletter: « plus de 50 ans » (over 50: from the day after the 50th birthday, the "
        "default). Unemployment law, LACI art. 66 al. 2bis, speaks of insured persons of « 50 ans "
        "ou plus » (from the birthday): set True for that reading."
    ),
)
START: Final = Parameter(
    "job_coaching_50.start",
    dt.date(2020, 1, 1),
    label=Text(
        "début du financement fédéral",
        "Beginn der Bundesfinanzierung",
        "start of federal funding",
    ),
    source=Source(CVCI_REINSERTION),
    note="Federal funds for cantonal projects became available from January 2020.",
)
END: Final = Parameter(
    "job_coaching_50.end",
    dt.date(2024, 12, 31),
    label=Text("fin du financement", "Ende der Finanzierung", "end of funding"),
    source=_UNTIL_2024,
    note="« L'assurance-chômage (AC) dispose, jusqu'en 2024, de moyens supplémentaires »",
)
INTERVIEW_EVERY_WEEKS: Final = Parameter(
    "job_coaching_50.interview_every_weeks",
    2,
    label=Text(
        "semaines entre deux entretiens (au plus)",
        "Wochen zwischen zwei Gesprächen (höchstens)",
        "weeks between two interviews (at most)",
    ),
    source=_FOLLOW_UP,
    note="« entretien chaque 2 semaines au minimum »",
)
ORPS: Final = Parameter(
    "job_coaching_50.orps",
    5,
    label=Text("ORP du canton", "RAV im Kanton", "ORPs of the canton"),
    source=_ORPS,
    note="« dans les 5 Offices Régionaux de Placement (ORP) du canton »",
)
CANTON: Final = territory(
    "job_coaching_50", "CH-VS", _ORPS, "The 5 ORPs of the canton of Valais."
)

_OVER_50: Final = years_since(
    "birth_date", at_least=AGE, inclusive=AGE_INCLUSIVE
).named(
    "job_coaching_50.age",
    label=Phrase(
        Text("âgé·e de plus de {0} ans", "über {0} Jahre alt", "over {0} years old"),
        (AGE,),
    ),
    source=_TARGET,
)

RULE: Final = (
    (
        domiciled_in("job_coaching_50", CANTON, _ORPS)
        & is_true("registered_job_seeker").named(
            "job_coaching_50.registered",
            label=Text(
                "inscrit·e à l'ORP", "beim RAV angemeldet", "registered with an ORP"
            ),
            source=_ORPS,
        )
        & _OVER_50
        & is_true("hard_to_place").named(
            "job_coaching_50.hard_to_place",
            label=Text("difficile à placer", "schwer vermittelbar", "hard to place"),
            source=_TARGET,
        )
    )
    .named(
        "job_coaching_50",
        label=Text(
            "Job coaching 50+ : conditions d'admission",
            "Jobcoaching 50+: Aufnahmebedingungen",
            "Job coaching 50+: admission conditions",
        ),
        source=ARTICLE,
    )
    .in_force_during(START.value, END.value)
)

MEASURE: Final = Measure(
    id="job-coaching-50-plus",
    label=Text(
        "Job coaching 50+ (ORP)", "Jobcoaching 50+ (RAV)", "Job coaching 50+ (ORP)"
    ),
    summary=Text(
        "Conseil et placement spécialisés, plus intensifs, pour les demandeurs d'emploi de plus de 50 ans difficiles à placer.",
        "Spezialisierte, intensivere Beratung und Vermittlung für schwer vermittelbare Stellensuchende über 50.",
        "Specialised, more intensive counselling and placement for hard-to-place job seekers over 50.",
    ),
    rule=RULE,
    source=ARTICLE,
    responsible=(organisation("SICT"),),
    providers=(organisation("ORP"),),
    referrers=(organisation("ORP"),),
    other_parameters=(AGE_INCLUSIVE, START, END, INTERVIEW_EVERY_WEEKS, ORPS),
    format=Text(
        "suivi spécifique (bilan de compétences, activation, placement) avec un entretien au moins toutes les 2 semaines",
        "spezifische Begleitung (Kompetenzbilanz, Aktivierung, Vermittlung) mit mindestens alle 2 Wochen einem Gespräch",
        "specific follow-up (skills assessment, activation, placement) with an interview at least every 2 weeks",
    ),
    schedule=Schedule(
        patterns=(
            SessionPattern(
                kind=Text(
                    "entretien de suivi", "Beratungsgespräch", "follow-up interview"
                ),
                every_weeks=INTERVIEW_EVERY_WEEKS,
            ),
        ),
        source=_FOLLOW_UP,
    ),
    notes=(
        Text(
            "Financé par l'assurance-chômage jusqu'à fin 2024 ; 14 conseillers et conseillères inscrits aux CAS.",
            "Von der Arbeitslosenversicherung bis Ende 2024 finanziert; 14 Personalberatende in CAS-Lehrgängen.",
            "Funded by unemployment insurance until the end of 2024; 14 personnel advisers enrolled in CAS courses.",
        ),
    ),
)
