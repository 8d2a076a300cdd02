"""Cantonal integration programme offers: Valais (PIC 2bis, PIC3) and Jura (PIC 2024–2027).

Sources: the Valais press release « Migration – Le Valais mise sur
l'intégration » (January 2022, PIC 2bis 2022–2023: « La primo-information, la
protection contre la discrimination, les cours de langue ou encore la petite
enfance, figurent au coeur des projets d'intégration »; measures « pour tous
les publics de migrants, qu'ils soient issus du domaine des étrangers ou de
l'asile »), the CII Valais newsletter (PIC3 2024–2027), RFJ's article of
30 November 2023 on the Jura PIC 2024–2027 (a four-step process for
newcomers, early childhood, anti-discrimination), and the kip-pic.ch page on
the Agenda Intégration Suisse (the early-childhood scope: unschooled children
aged 0 to 4).

Who the offers that target migrants reach:

* Persons in need of protection (S) reach them through Programme S from
  2022-04-13 to 2023-12-31, and every PIC measure from 2024-01-01 (the SEM's
  page « Programme S »).
* Rejected asylum seekers (RAD) are not in their public, a reading of LEI
  art. 4 al. 2 and LAsi art. 82 kept as the parameter
  :data:`EXCLUDED_STATUSES`, whose note gives the other reading.

Readings, each a parameter:

* *Newcomer* (« primo-information », « personnes … qui viennent d'arriver »):
  arrived in Switzerland less than :data:`NEWCOMER_MONTHS` (12) months ago.
* *Early childhood*: a child aged 0 to 4 in completed years
  (:data:`CHILD_MIN_AGE`, :data:`CHILD_MAX_AGE`).
* The Valais offers are in force from 2014 (first PIC), the Jura offers from
  2024 (the PIC 2024–2027 is the one encoded), both to the end of the current
  PIC, 2027-12-31; after that, a new PIC must be encoded.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Parameter,
    Rule,
    Source,
    Text,
    all_of,
    any_age_between,
    any_of,
    not_,
    one_of,
)
from integration_rules.documents import (
    CII_NEWSLETTER,
    JURA_PIC_ARTICLE,
    KIP_AGENDA_PAGE,
    SEM_PROGRAMME_S_PAGE,
    VS_PIC2BIS_RELEASE,
    lasi,
    lei,
)
from integration_rules.errors import InvalidArgument, quote
from integration_rules.facts import NEWCOMER_STEPS, Person
from integration_rules.measures._common import (
    domiciled_in,
    foreign_national,
    newcomer,
    territory,
)
from integration_rules.measures._measure import Measure
from integration_rules.organisations import Organisation, organisation
from integration_rules.permits._agenda import PROGRAMME_S_START, SEM_PROGRAMME_S
from integration_rules.permits._sources import JURA_PIC, PIC2BIS

KIP: Final = Source(KIP_AGENDA_PAGE)
_PRIMO: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote=(
        "La primo-information, la protection contre la discrimination, les cours de langue "
        "ou encore la petite enfance, figurent au coeur des projets d'intégration."
    ),
)
_SINCE_2014: Final = Source(
    VS_PIC2BIS_RELEASE,
    quote="Initié en 2014 entre la Confédération et les cantons, le PIC en est à sa 3ème version (PIC 2bis).",
)
_FOUR_YEARS: Final = Source(
    CII_NEWSLETTER,
    section="Programme d'Intégration Cantonal PIC3 2024-2027",
    quote="Le programme est conçu pour une durée de quatre ans",
)
_JURA_STEPS: Final = Source(
    JURA_PIC_ARTICLE,
    quote=(
        "Un processus en quatre étapes […] est prévu avec la transmission d'une brochure "
        "d'information et l'accès à un nouveau site internet dédié particulièrement aux "
        "migrants. Une séance d'information sera organisée et un accompagnement individuel "
        "ainsi qu'une permanence de médiateurs interculturels seront mis en place."
    ),
)

NEWCOMER_MONTHS: Final = Parameter(
    "pic.newcomer_months",
    12,
    label=Text(
        "mois depuis l'arrivée (primo-information)",
        "Monate seit der Ankunft (Erstinformation)",
        "months since arrival (first information)",
    ),
    source=_PRIMO,
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
    note="The AIS early-childhood scope: unschooled children aged 0 to 4 (kip-pic.ch); school-age children go to the ordinary school.",
)
VS_START: Final = Parameter(
    "pic.vs.start",
    dt.date(2014, 1, 1),
    label=Text(
        "début du premier PIC", "Beginn des ersten KIP", "start of the first PIC"
    ),
    source=_SINCE_2014,
    note="« Initié en 2014 »",
)
PIC_END: Final = Parameter(
    "pic.current_end",
    dt.date(2027, 12, 31),
    label=Text(
        "fin du PIC en cours", "Ende des laufenden KIP", "end of the current PIC"
    ),
    source=_FOUR_YEARS,
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
    source=JURA_PIC,
)
VS: Final = territory(
    "pic.vs", "CH-VS", PIC2BIS, "Valais and its participating communes."
)
JU: Final = territory("pic.ju", "CH-JU", JURA_PIC, "The canton of Jura.")

_VS_ORGS: Final = (organisation("SPM"), organisation("OASI"))
_JU_ORGS: Final = (organisation("BI"),)

#: Programme S before every PIC measure was open to S holders.
_PROGRAMME_S_2022: Final = Source(
    SEM_PROGRAMME_S_PAGE,
    quote=(
        "Après l'attribution de ces personnes à un canton, la mise en œuvre du Programme S "
        "et des mesures de soutien est en principe du ressort des cantons. Ceux-ci "
        "disposent aujourd'hui de structures et de mesures correspondantes dans le cadre "
        "des programmes d'intégration cantonaux PIC"
    ),
)

S_FULL_ACCESS: Final = Parameter(
    "pic.s_full_access",
    dt.date(2024, 1, 1),
    label=Text(
        "accès des personnes S à toutes les mesures du PIC",
        "Zugang von Personen mit Status S zu allen KIP-Massnahmen",
        "access of S holders to every PIC measure",
    ),
    source=SEM_PROGRAMME_S,
    note="Before that day, persons in need of protection reached the PIC offers through Programme S (from 2022-04-13).",
)

EXCLUDED_STATUSES: Final = Parameter(
    "pic.excluded_statuses",
    frozenset({"RAD"}),
    label=Text(
        "statuts hors du public des offres du PIC",
        "Status ausserhalb der Zielgruppe der KIP-Angebote",
        "statuses outside the public of the PIC offers",
    ),
    source=lei(
        "4",
        "2",
        quote=(
            "Elle doit permettre aux étrangers dont le séjour est légal et durable de "
            "participer à la vie économique, sociale et culturelle."
        ),
    ),
    note=(
        "Reading: rejected asylum seekers (RAD) are not in the public of the PIC offers "
        "for migrants. Integration is to let foreigners « dont le séjour est légal et "
        "durable » take part (LEI art. 4 al. 2); persons with an enforceable removal "
        "decision and a departure deadline « sont exclues du régime d'aide sociale » and "
        "receive emergency aid (LAsi art. 82 al. 1-2); the integration lump sum and the "
        "first-integration measures are for provisionally admitted persons, recognised "
        "refugees and S holders with a permit (LEI art. 58 al. 2, OIE art. 14a and 15). "
        "No text excludes them by name: LEI art. 58 al. 3 funds the PIC « indépendamment "
        "du statut », and the Valais asylum office counts « Personnes déboutées du domaine "
        "de l'asile (RAD) » among the beneficiaries of a mission that includes « L'accès "
        "aux mesures d'insertion socio-professionnelle ». The other reading (a canton that "
        "opens its PIC offers to them): the empty set."
    ),
)

_EMERGENCY_AID: Final = lasi(
    "82",
    "1",
    quote=(
        "Les personnes frappées d'une décision de renvoi exécutoire auxquelles un délai de "
        "départ a été imparti sont exclues du régime d'aide sociale."
    ),
)


def _public(measure_id: str, source: Source) -> Rule:
    """The public of a PIC offer for migrants: foreign, not excluded, S holders by the dated routes."""
    holds_s = one_of("residence_status", {"S"})
    s_access = any_of(
        not_(holds_s.named(f"{measure_id}.s", source=SEM_PROGRAMME_S)).named(
            f"{measure_id}.not_s",
            label=Text("pas de statut S", "kein Status S", "not status S"),
            source=source,
        ),
        holds_s.named(
            f"{measure_id}.s_programme_s",
            label=Text(
                "statut S : par le Programme S (du 13.4.2022 au 31.12.2023)",
                "Status S: über das Programm S (13.4.2022 bis 31.12.2023)",
                "status S: through Programme S (2022-04-13 to 2023-12-31)",
            ),
            source=_PROGRAMME_S_2022,
        ).in_force_during(
            PROGRAMME_S_START.value, S_FULL_ACCESS.value - dt.timedelta(days=1)
        ),
        holds_s.named(
            f"{measure_id}.s_all_pic",
            label=Text(
                "statut S : toutes les mesures du PIC (dès le 1.1.2024)",
                "Status S: alle KIP-Massnahmen (ab 1.1.2024)",
                "status S: every PIC measure (from 2024-01-01)",
            ),
            source=SEM_PROGRAMME_S,
        ).in_force_during(S_FULL_ACCESS.value, None),
    ).named(
        f"{measure_id}.s_access",
        label=Text(
            "accès des personnes à protéger (S)",
            "Zugang von Schutzbedürftigen (S)",
            "access of persons in need of protection (S)",
        ),
        source=SEM_PROGRAMME_S,
    )
    not_excluded = not_(
        one_of("residence_status", EXCLUDED_STATUSES).named(
            f"{measure_id}.excluded_status", source=_EMERGENCY_AID
        )
    ).named(
        f"{measure_id}.not_excluded",
        label=Text(
            "pas débouté·e de l'asile (aide d'urgence seulement)",
            "nicht abgewiesene·r Asylsuchende·r (nur Nothilfe)",
            "not a rejected asylum seeker (emergency aid only)",
        ),
        source=_EMERGENCY_AID,
    )
    return all_of(foreign_national(measure_id, source), not_excluded, s_access).named(
        f"{measure_id}.public",
        label=Text(
            "public des offres du PIC pour les migrants",
            "Zielgruppe der KIP-Angebote für Migrantinnen und Migranten",
            "public of the PIC offers for migrants",
        ),
        source=source,
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
        domiciled_in("pic-vs-first-information", VS, PIC2BIS),
        _public("pic-vs-first-information", PIC2BIS),
        newcomer("pic-vs-first-information", NEWCOMER_MONTHS, PIC2BIS),
    ),
    source=PIC2BIS,
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
        domiciled_in("pic-vs-language-courses", VS, PIC2BIS),
        _public("pic-vs-language-courses", PIC2BIS),
    ),
    source=PIC2BIS,
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
        domiciled_in("pic-vs-early-childhood", VS, PIC2BIS),
        _public("pic-vs-early-childhood", PIC2BIS),
        _child("pic-vs-early-childhood", KIP),
    ),
    source=PIC2BIS,
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
    (domiciled_in("pic-vs-anti-discrimination", VS, PIC2BIS),),
    source=PIC2BIS,
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
        domiciled_in("jura-newcomer-process", JU, JURA_PIC),
        _public("jura-newcomer-process", JURA_PIC),
        newcomer("jura-newcomer-process", NEWCOMER_MONTHS, _JURA_STEPS),
    ),
    source=JURA_PIC,
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
        domiciled_in("jura-early-childhood", JU, JURA_PIC),
        _public("jura-early-childhood", JURA_PIC),
        _child("jura-early-childhood", KIP),
    ),
    source=JURA_PIC,
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
    (domiciled_in("jura-anti-discrimination", JU, JURA_PIC),),
    source=JURA_PIC,
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

    The steps happen in order (the Jura PIC 2024–2027): brochure, website, information
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
        raise InvalidArgument("step", f"expected one of {listed}, got {quote(step)}")
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
