"""Cantonal integration programme offers: Valais (PIC 2bis, PIC3) and Jura (PIC 2024–2027).

Sources: seed 000 (Valais, PIC 2bis 2022–2023: « La primo-information, la
protection contre la discrimination, les cours de langue ou encore la petite
enfance, figurent au coeur des projets d'intégration »; measures « pour tous
les publics de migrants, qu'ils soient issus du domaine des étrangers ou de
l'asile »), seed 002 (PIC3 2024–2027), seed 001 (Jura: a four-step process
for newcomers, early childhood, anti-discrimination), and ``shared/domain.md``
§3 (the AIS early-childhood scope: unschooled children aged 0 to 4).

Readings, each a parameter:

* *Newcomer* (« primo-information », « personnes … qui viennent d'arriver »):
  arrived in Switzerland less than :data:`NEWCOMER_MONTHS` (12) months ago.
* *Early childhood*: a child aged 0 to 4 in completed years
  (:data:`CHILD_MIN_AGE`, :data:`CHILD_MAX_AGE`).
* The programmes are in force from 2014 (first PIC) to the end of the current
  PIC, 2027-12-31 for both cantons; after that, a new PIC must be encoded.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import Parameter, Rule, Source, Text, any_age_between
from integration_rules.errors import InvalidArgument
from integration_rules.facts import NEWCOMER_STEPS, Person
from integration_rules.measures._common import (
    domiciled_in,
    foreign_national,
    newcomer,
    territory,
)
from integration_rules.measures._measure import Measure, Organisation
from integration_rules.permits._sources import SEED_JURA as SEED_JU
from integration_rules.permits._sources import SEED_PIC2BIS as SEED_VS
from integration_rules.permits._sources import SEED_PIC3

KIP: Final = Source(
    "kip-pic.ch, Agenda Intégration",
    url="https://www.kip-pic.ch/fr/pic/agenda-integration/"
)

NEWCOMER_MONTHS: Final = Parameter(
    "pic.newcomer_months",
    12,
    label=Text(
        "mois depuis l'arrivée (primo-information)",
        "Monate seit der Ankunft (Erstinformation)",
        "months since arrival (first information)",
    ),
    source=SEED_VS,
    note="« primo-information » for newcomers: read as arrived in Switzerland less than 12 months ago (a policy reading).",
)
CHILD_MIN_AGE: Final = Parameter(
    "pic.early_childhood.min_age",
    0,
    label=Text(
        "âge minimal de l'enfant", "Mindestalter des Kindes", "minimum age of the child"
    ),
    source=KIP,
)
CHILD_MAX_AGE: Final = Parameter(
    "pic.early_childhood.max_age",
    4,
    label=Text(
        "âge maximal de l'enfant", "Höchstalter des Kindes", "maximum age of the child"
    ),
    source=KIP,
    note="AIS early-childhood scope: unschooled children aged 0-4 (shared/domain.md §3).",
)
VS_START: Final = Parameter(
    "pic.vs.start",
    dt.date(2014, 1, 1),
    label=Text(
        "début du premier PIC", "Beginn des ersten KIP", "start of the first PIC"
    ),
    source=SEED_VS,
    note="« Initié en 2014 »",
)
PIC_END: Final = Parameter(
    "pic.current_end",
    dt.date(2027, 12, 31),
    label=Text(
        "fin du PIC en cours", "Ende des laufenden KIP", "end of the current PIC"
    ),
    source=SEED_PIC3,
    note="PIC3 2024-2027 (Valais) and PIC 2024-2027 (Jura); extend when the next programme is signed.",
)
JU_START: Final = Parameter(
    "pic.ju.start",
    dt.date(2024, 1, 1),
    label=Text(
        "début du PIC jurassien 2024-2027",
        "Beginn des jurassischen KIP 2024-2027",
        "start of the Jura PIC 2024-2027",
    ),
    source=SEED_JU,
)
VS: Final = territory(
    "pic.vs", "CH-VS", SEED_VS, "Valais and its participating communes."
)
JU: Final = territory("pic.ju", "CH-JU", SEED_JU, "The canton of Jura.")

_VS_ORGS: Final = (
    Organisation(
        "SPM",
        Text(
            "Service de la population et des migrations (BCI)",
            "Dienststelle für Bevölkerung und Migration (KIS)",
            "Population and Migration Service (BCI)",
        ),
    ),
    Organisation(
        "OASI",
        Text(
            "Office de l'asile (domaine de l'asile)",
            "Amt für Asylwesen (Asylbereich)",
            "Asylum Office (asylum domain)",
        ),
    ),
)
_JU_ORGS: Final = (
    Organisation(
        "BI",
        Text(
            "Bureau de l'intégration des étrangers et de lutte contre le racisme",
            "Büro für die Integration von Ausländern und die Bekämpfung von Rassismus",
            "Office for the integration of foreigners and against racism",
        ),
    ),
)


def _child(measure_id: str, source: Source) -> Rule:
    return any_age_between("children_birth_dates", CHILD_MIN_AGE, CHILD_MAX_AGE).named(
        f"{measure_id}.young_child",
        label=Text(
            "a un enfant de 0 à 4 ans",
            "hat ein Kind von 0 bis 4 Jahren",
            "has a child aged 0 to 4",
        ),
        source=source,
    )


def _offer(
    measure_id: str,
    label: Text,
    summary: Text,
    conditions: tuple[Rule, ...],
    *,
    source: Source,
    start: Parameter[dt.date],
    organisations: tuple[Organisation, ...],
) -> Measure:
    rule = conditions[0]
    for condition in conditions[1:]:
        rule = rule & condition
    rule = rule.named(
        measure_id,
        label=Text(
            f"{label.fr} : conditions d'accès",
            f"{label.de}: Zugangsbedingungen",
            f"{label.en}: access conditions",
        ),
        source=source,
    ).in_force_during(start.value, PIC_END.value)
    return Measure(
        id=measure_id,
        label=label,
        summary=summary,
        rule=rule,
        source=source,
        responsible=organisations,
        other_parameters=(start, PIC_END),
    )


VS_FIRST_INFORMATION: Final = _offer(
    "pic-vs-first-information",
    Text(
        "PIC Valais : primo-information",
        "KIP Wallis: Erstinformation",
        "PIC Valais: first information",
    ),
    Text(
        "Information et conseil aux personnes étrangères nouvellement arrivées.",
        "Information und Beratung für neu zugezogene Ausländerinnen und Ausländer.",
        "Information and advice for newly arrived foreign nationals.",
    ),
    (
        domiciled_in("pic-vs-first-information", VS, SEED_VS),
        foreign_national("pic-vs-first-information", SEED_VS),
        newcomer("pic-vs-first-information", NEWCOMER_MONTHS, SEED_VS),
    ),
    source=SEED_VS,
    start=VS_START,
    organisations=_VS_ORGS,
)
VS_LANGUAGE_COURSES: Final = _offer(
    "pic-vs-language-courses",
    Text(
        "PIC Valais : cours de langue",
        "KIP Wallis: Sprachkurse",
        "PIC Valais: language courses",
    ),
    Text(
        "Cours de langue pour tous les publics de migrants.",
        "Sprachkurse für alle Migrantengruppen.",
        "Language courses for all migrant publics.",
    ),
    (
        domiciled_in("pic-vs-language-courses", VS, SEED_VS),
        foreign_national("pic-vs-language-courses", SEED_VS),
    ),
    source=SEED_VS,
    start=VS_START,
    organisations=_VS_ORGS,
)
VS_EARLY_CHILDHOOD: Final = _offer(
    "pic-vs-early-childhood",
    Text(
        "PIC Valais : petite enfance",
        "KIP Wallis: Frühe Kindheit",
        "PIC Valais: early childhood",
    ),
    Text(
        "Offres de la petite enfance pour les familles migrantes avec de jeunes enfants.",
        "Angebote der frühen Kindheit für Migrantenfamilien mit kleinen Kindern.",
        "Early-childhood offers for migrant families with young children.",
    ),
    (
        domiciled_in("pic-vs-early-childhood", VS, SEED_VS),
        foreign_national("pic-vs-early-childhood", SEED_VS),
        _child("pic-vs-early-childhood", KIP),
    ),
    source=SEED_VS,
    start=VS_START,
    organisations=_VS_ORGS,
)
VS_ANTI_DISCRIMINATION: Final = _offer(
    "pic-vs-anti-discrimination",
    Text(
        "PIC Valais : protection contre la discrimination",
        "KIP Wallis: Diskriminierungsschutz",
        "PIC Valais: protection against discrimination",
    ),
    Text(
        "Conseil et soutien aux victimes et témoins de discrimination.",
        "Beratung und Unterstützung für Opfer und Zeugen von Diskriminierung.",
        "Advice and support for victims and witnesses of discrimination.",
    ),
    (domiciled_in("pic-vs-anti-discrimination", VS, SEED_VS),),
    source=SEED_VS,
    start=VS_START,
    organisations=_VS_ORGS,
)
JU_NEWCOMER_PROCESS: Final = _offer(
    "jura-newcomer-process",
    Text(
        "Jura : processus d'accueil en quatre étapes",
        "Jura: Begrüssungsprozess in vier Schritten",
        "Jura: four-step newcomer process",
    ),
    Text(
        "Brochure, site internet, séance d'information, puis accompagnement individuel avec des médiateurs interculturels.",
        "Broschüre, Website, Informationsveranstaltung, dann individuelle Begleitung mit interkulturellen Vermittelnden.",
        "Brochure, website, information session, then individual accompaniment with intercultural mediators.",
    ),
    (
        domiciled_in("jura-newcomer-process", JU, SEED_JU),
        foreign_national("jura-newcomer-process", SEED_JU),
        newcomer("jura-newcomer-process", NEWCOMER_MONTHS, SEED_JU),
    ),
    source=SEED_JU,
    start=JU_START,
    organisations=_JU_ORGS,
)
JU_EARLY_CHILDHOOD: Final = _offer(
    "jura-early-childhood",
    Text("Jura : petite enfance", "Jura: Frühe Kindheit", "Jura: early childhood"),
    Text(
        "Lien entre les familles étrangères et les institutions de la petite enfance.",
        "Verbindung zwischen ausländischen Familien und Institutionen der frühen Kindheit.",
        "Links between foreign families and early-childhood institutions.",
    ),
    (
        domiciled_in("jura-early-childhood", JU, SEED_JU),
        foreign_national("jura-early-childhood", SEED_JU),
        _child("jura-early-childhood", KIP),
    ),
    source=SEED_JU,
    start=JU_START,
    organisations=_JU_ORGS,
)
JU_ANTI_DISCRIMINATION: Final = _offer(
    "jura-anti-discrimination",
    Text(
        "Jura : antenne de consultation contre les discriminations",
        "Jura: Beratungsstelle gegen Diskriminierung",
        "Jura: anti-discrimination consultation",
    ),
    Text(
        "Accès facilité à l'antenne de consultation pour les victimes et témoins.",
        "Erleichterter Zugang zur Beratungsstelle für Opfer und Zeugen.",
        "Easier access to the consultation antenna for victims and witnesses.",
    ),
    (domiciled_in("jura-anti-discrimination", JU, SEED_JU),),
    source=SEED_JU,
    start=JU_START,
    organisations=_JU_ORGS,
)

_STEP_LABELS: Final = {
    "brochure": Text(
        "remise de la brochure d'information",
        "Abgabe der Informationsbroschüre",
        "information brochure handed over",
    ),
    "website": Text(
        "accès au site internet pour les migrants",
        "Zugang zur Website für Migrantinnen und Migranten",
        "access to the website for migrants",
    ),
    "information_session": Text(
        "séance d'information", "Informationsveranstaltung", "information session"
    ),
    "individual_accompaniment": Text(
        "accompagnement individuel (médiateurs interculturels)",
        "individuelle Begleitung (interkulturelle Vermittelnde)",
        "individual accompaniment (intercultural mediators)",
    ),
}


def newcomer_next_step(person: Person) -> str | None:
    """The next step of the Jura newcomer process for *person*, or ``None`` once all four are done.

    The steps happen in order (seed 001): brochure, website, information
    session, individual accompaniment. ``Person`` refuses a list of steps out
    of order.

    Raises:
        InvalidArgument: If ``newcomer_steps_completed`` is unknown.

    Example:
        >>> newcomer_next_step(Person(newcomer_steps_completed=["brochure"]))
        'website'
    """
    done = person.newcomer_steps_completed
    if done is None:
        raise InvalidArgument(
            "newcomer_steps_completed",
            "is unknown: give the steps done so far (an empty list if none)",
        )
    return NEWCOMER_STEPS[len(done)] if len(done) < len(NEWCOMER_STEPS) else None


def newcomer_step_label(step: str) -> Text:
    """The name of a step of the Jura newcomer process, in three languages."""
    if step not in _STEP_LABELS:
        listed = ", ".join(f'"{s}"' for s in NEWCOMER_STEPS)
        raise InvalidArgument("step", f"expected one of {listed}, got {step!r}")
    return _STEP_LABELS[step]


MEASURES: Final = (
    VS_FIRST_INFORMATION,
    VS_LANGUAGE_COURSES,
    VS_EARLY_CHILDHOOD,
    VS_ANTI_DISCRIMINATION,
    JU_NEWCOMER_PROCESS,
    JU_EARLY_CHILDHOOD,
    JU_ANTI_DISCRIMINATION,
)
