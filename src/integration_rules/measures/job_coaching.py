"""Job coaching for hard-to-place job seekers over 50 at the Valais ORPs (federal impulse programme).

Source: CII Valais newsletter (seed 002), « Programme d'Impulsion fédéral »:
« Pour mieux accompagner les demandeurs d'emploi de plus de 50 ans, difficiles
à placer … le Conseil Fédéral a lancé un programme d'impulsion en 2019.
L'assurance-chômage (AC) dispose, jusqu'en 2024, de moyens supplémentaires »;
« dans les 5 Offices Régionaux de Placement (ORP) du canton »; « un suivi …
beaucoup plus intensif (entretien chaque 2 semaines au minimum) ».
External (``shared/domain.md`` §4): federal funds for cantonal projects from
January 2020; the programme extended to the end of 2024.

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

from integration_rules._core import Parameter, Source, Text, is_true, years_since
from integration_rules.measures._common import domiciled_in, newsletter, territory
from integration_rules.measures._measure import (
    Measure,
    Organisation,
    Schedule,
    SessionPattern,
)

SEED: Final = newsletter("Programme d'Impulsion fédéral")
SECO: Final = Source(
    "SECO, mesures fédérales 2020-2022 (prolongées à fin 2024)",
    url="https://www.secoalv.admin.ch/secoalv/de/home/menue/institutionen-medien/projekte-massnahmen/bundesmassnahmen_2020_2022.html"
)

AGE: Final = Parameter(
    "job_coaching_50.age",
    50,
    label=Text("âge seuil", "Altersgrenze", "age threshold"),
    source=SEED,
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
    source=SEED,
    note=(
        "Seed: « plus de 50 ans » (over 50: from the day after the 50th birthday, the default). "
        "LACI art. 66 al. 2bis: « 50 ans ou plus » (from the birthday). shared/domain.md §8 item 9."
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
    source=Source(
        "CVCI, mesures de réinsertion",
        url="https://cvci.ch/fr/reglementation/details/news/le-moment-ideal-pour-se-doter-de-bonnes-mesures-de-reinsertion.html"
    ),
    note="Federal funds for cantonal projects from January 2020 (shared/domain.md §4).",
)
END: Final = Parameter(
    "job_coaching_50.end",
    dt.date(2024, 12, 31),
    label=Text("fin du financement", "Ende der Finanzierung", "end of funding"),
    source=SEED,
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
    source=SEED,
    note="« entretien chaque 2 semaines au minimum »",
)
ORPS: Final = Parameter(
    "job_coaching_50.orps",
    5,
    label=Text("ORP du canton", "RAV im Kanton", "ORPs of the canton"),
    source=SEED,
    note="« dans les 5 Offices Régionaux de Placement (ORP) du canton »",
)
CANTON: Final = territory(
    "job_coaching_50", "CH-VS", SEED, "The 5 ORPs of the canton of Valais."
)

_OVER_50: Final = years_since(
    "birth_date", at_least=AGE, inclusive=AGE_INCLUSIVE
).named(
    "job_coaching_50.age",
    label=Text(
        f"âgé·e de plus de {AGE.value} ans",
        f"über {AGE.value} Jahre alt",
        f"over {AGE.value} years old",
    ),
    source=SEED,
)

RULE: Final = (
    (
        domiciled_in("job_coaching_50", CANTON, SEED)
        & is_true("registered_job_seeker").named(
            "job_coaching_50.registered",
            label=Text(
                "inscrit·e à l'ORP", "beim RAV angemeldet", "registered with an ORP"
            ),
            source=SEED,
        )
        & _OVER_50
        & is_true("hard_to_place").named(
            "job_coaching_50.hard_to_place",
            label=Text("difficile à placer", "schwer vermittelbar", "hard to place"),
            source=SEED,
        )
    )
    .named(
        "job_coaching_50",
        label=Text(
            "Job coaching 50+ : conditions d'admission",
            "Jobcoaching 50+: Aufnahmebedingungen",
            "Job coaching 50+: admission conditions",
        ),
        source=SEED,
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
    source=SEED,
    responsible=(
        Organisation(
            "SICT",
            Text(
                "Service de l'industrie, du commerce et du travail",
                "Dienststelle für Industrie, Handel und Arbeit",
                "Service for Industry, Trade and Labour",
            ),
        ),
    ),
    providers=(
        Organisation(
            "ORP",
            Text(
                "Offices régionaux de placement (5)",
                "Regionale Arbeitsvermittlungszentren (5)",
                "Regional placement offices (5)",
            ),
        ),
    ),
    referrers=(
        Organisation(
            "ORP",
            Text(
                "conseillers et conseillères en personnel (CP)",
                "Personalberatende",
                "personnel advisers",
            ),
        ),
    ),
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
        source=SEED,
    ),
    notes=(
        Text(
            "Financé par l'assurance-chômage jusqu'à fin 2024 ; 14 conseillers et conseillères inscrits aux CAS.",
            "Von der Arbeitslosenversicherung bis Ende 2024 finanziert; 14 Personalberatende in CAS-Lehrgängen.",
            "Funded by unemployment insurance until the end of 2024; 14 personnel advisers enrolled in CAS courses.",
        ),
    ),
)
