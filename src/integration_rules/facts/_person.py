"""The built-in facts, declared once, and the person built from them.

Each fact of a person is a :class:`~integration_rules._core._facts.Fact`
declaration below: its name, kind, codes or bounds, labels in three languages
and description. :data:`FACTS` is the schema of them all; :class:`Person` is
the class of records over it, made from the declarations (its keywords, its
converters and its documentation), and the checks between facts are
:data:`ORDERS`. Nothing else lists the facts' names or kinds.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from integration_rules._core._facts import Fact, Order
from integration_rules._core._schema import Record, Schema
from integration_rules._core._text import Text
from integration_rules.errors import EvaluationError, InvalidArgument
from integration_rules.facts._convert import (
    DIFFICULTY_KINDS,
    HOUSING_STAGES,
    LANGUAGE_LEVELS,
    NEWCOMER_STEPS,
    PROTECTION_STATUSES,
    RESIDENCE_STATUSES,
    SWISS_CANTONS,
    to_subdivision,
)

_ = Text


def _yes_no(name: str, label: Text, description: str, *, fixed: bool = False) -> Fact:
    return Fact.boolean(name, label=label, description=description, fixed=fixed)


def _date(name: str, label: Text, description: str, *, fixed: bool = True) -> Fact:
    """A date of the person's history: a fact nobody can change, unless said otherwise."""
    return Fact.date(name, label=label, description=description, fixed=fixed)


def _level(name: str, label: Text, description: str) -> Fact:
    return Fact.category(name, LANGUAGE_LEVELS, label=label, description=description)


#: The facts of a person, in the order of :class:`Person`'s keywords.
DECLARATIONS: Final[tuple[Fact, ...]] = (
    _date(
        "birth_date",
        _("date de naissance", "Geburtsdatum", "date of birth"),
        "Date of birth.",
    ),
    Fact.category(
        "sex",
        ("F", "M"),
        label=_("sexe", "Geschlecht", "sex"),
        description='``"F"`` or ``"M"``.',
        fixed=True,
    ),
    Fact.category(
        "domicile",
        label=_("domicile", "Wohnsitz", "domicile"),
        parse=to_subdivision,
        examples=sorted(SWISS_CANTONS | {"FR-63", "FR-75", "DE-BW"}),
        description='ISO 3166-2 code of the place of residence: ``"CH-VS"`` (Valais), '
        '``"CH-JU"`` (Jura), ``"FR-63"`` (Puy-de-Dôme)…',
    ),
    Fact.category(
        "residence_status",
        RESIDENCE_STATUSES,
        label=_("statut de séjour", "Aufenthaltsstatus", "residence status"),
        description='One of ``"swiss"``, ``"C"``, ``"B"``, ``"B-refugee"``, ``"L"``, '
        '``"G"``, ``"Ci"``, ``"F"``, ``"F-refugee"``, ``"N"``, ``"S"``, ``"RAD"`` '
        "(rejected asylum seeker).",
    ),
    _date(
        "arrival_date",
        _(
            "date d'arrivée en Suisse",
            "Einreisedatum in die Schweiz",
            "date of arrival in Switzerland",
        ),
        "Date of arrival in Switzerland; not before the birth date.",
    ),
    _level(
        "language_level",
        _("niveau de langue", "Sprachniveau", "language level"),
        'CEFR level in a national language: ``"none"``, ``"A1"`` … ``"C2"``.',
    ),
    _yes_no(
        "apprenticeship_contract",
        _("contrat d'apprentissage", "Lehrvertrag", "apprenticeship contract"),
        "Holds an apprenticeship contract (initial VET).",
    ),
    Fact.set_of(
        "difficulties",
        DIFFICULTY_KINDS,
        label=_("difficultés", "Schwierigkeiten", "difficulties"),
        description='The kinds of difficulty met, drawn from ``"social"``, ``"personal"``, '
        '``"professional"``, ``"scholastic"``; an empty set means *known to have none*.',
    ),
    _yes_no(
        "registered_job_seeker",
        _(
            "inscrit·e comme demandeur·euse d'emploi",
            "stellensuchend gemeldet",
            "registered job seeker",
        ),
        "Registered as a job seeker at an ORP.",
    ),
    _yes_no(
        "hard_to_place",
        _("difficile à placer", "schwer vermittelbar", "hard to place"),
        "Judged hard to place by the ORP.",
    ),
    _yes_no(
        "wants_to_resume_work",
        _(
            "souhaite reprendre une activité",
            "möchte wieder arbeiten",
            "wants to resume work",
        ),
        "Wishes to resume a professional activity.",
    ),
    _date(
        "asylum_request_date",
        _(
            "date de la demande d'asile",
            "Datum des Asylgesuchs",
            "date of the asylum request",
        ),
        "Date the asylum request was filed (LAsi 14 al. 2).",
    ),
    _date(
        "status_since",
        _("statut actuel depuis le", "aktueller Status seit", "current status since"),
        "Date the current ``residence_status`` was granted; for a B holder, the start "
        "of the uninterrupted B (LEI 34, LAsi 74).",
    ),
    _date(
        "residence_permit_since",
        _(
            "séjour avec autorisation L ou B depuis le",
            "Aufenthalt mit L- oder B-Bewilligung seit",
            "stay with an L or B permit since",
        ),
        "Date since which the person has lived in Switzerland with an L or B permit "
        "(LEI 34 al. 2); give the later date if the stay was interrupted.",
    ),
    _level(
        "oral_language_level",
        _("niveau de langue oral", "mündliches Sprachniveau", "oral language level"),
        "CEFR level spoken in the local national language (OASA 60, 62).",
    ),
    _level(
        "written_language_level",
        _(
            "niveau de langue écrit",
            "schriftliches Sprachniveau",
            "written language level",
        ),
        "CEFR level written in it.",
    ),
    _yes_no(
        "refugee_status_recognised",
        _(
            "qualité de réfugié reconnue",
            "Flüchtlingseigenschaft anerkannt",
            "refugee status recognised",
        ),
        "Refugee status recognised (LAsi 3).",
    ),
    _yes_no(
        "asylum_exclusion_ground",
        _(
            "motif d'exclusion de l'asile",
            "Asylausschlussgrund",
            "ground excluding asylum",
        ),
        "A ground excluding asylum applies (unworthiness, subjective post-flight "
        "grounds; LAsi 53, 54).",
    ),
    _yes_no(
        "asylum_request_rejected",
        _("demande d'asile rejetée", "Asylgesuch abgelehnt", "asylum request rejected"),
        "The asylum request was rejected (or not entered into).",
    ),
    _yes_no(
        "removal_not_enforceable",
        _(
            "renvoi non exécutable",
            "Wegweisung nicht vollziehbar",
            "removal not enforceable",
        ),
        "Removal is impossible, unlawful or unreasonable (LEI 83).",
    ),
    _yes_no(
        "whereabouts_known",
        _(
            "lieu de séjour toujours connu",
            "Aufenthaltsort immer bekannt",
            "whereabouts always known",
        ),
        "Whereabouts always known to the authorities (LAsi 14 al. 2 b).",
    ),
    _yes_no(
        "advanced_integration",
        _(
            "intégration poussée",
            "fortgeschrittene Integration",
            "advanced integration",
        ),
        "Serious personal hardship because of advanced integration (LAsi 14 al. 2 c).",
    ),
    _yes_no(
        "integrated",
        _(
            "critères d'intégration remplis",
            "Integrationskriterien erfüllt",
            "integration criteria met",
        ),
        "Meets the integration criteria of LEI 58a.",
    ),
    _yes_no(
        "revocation_ground",
        _("motif de révocation", "Widerrufsgrund", "ground for revocation"),
        "A ground for revocation under LEI 62 (or 63) applies.",
    ),
    _yes_no(
        "protection_lifted",
        _(
            "protection provisoire levée",
            "vorübergehender Schutz aufgehoben",
            "temporary protection lifted",
        ),
        "The Federal Council lifted the temporary protection (LAsi 74 al. 2).",
    ),
    _yes_no(
        "in_federal_centre",
        _(
            "en centre fédéral d'asile",
            "im Bundesasylzentrum",
            "in a federal asylum centre",
        ),
        "Staying in a federal asylum centre (no work, LAsi 43 al. 1).",
    ),
    Fact.category(
        "housing",
        HOUSING_STAGES,
        label=_("hébergement", "Unterbringung", "housing"),
        description='Stage of the OASI accommodation path: ``"premier_accueil"``, '
        '``"collective"`` or ``"individual"`` (the Valais asylum office\'s accommodation path).',
    ),
    _date(
        "housing_since",
        _(
            "étape d'hébergement depuis le",
            "Unterbringungsstufe seit",
            "housing stage since",
        ),
        "Date the current housing stage began.",
    ),
    Fact.dates(
        "children_birth_dates",
        label=_(
            "dates de naissance des enfants",
            "Geburtsdaten der Kinder",
            "children's birth dates",
        ),
        description="Birth dates of the person's children (a list); an empty list means "
        "*known to have none*; each after the birth date.",
        fixed=True,
    ),
    _yes_no(
        "neet",
        _(
            "ni en emploi, ni en études, ni en formation",
            "weder in Arbeit noch in Ausbildung",
            "not in employment, education or training",
        ),
        "Not in employment, education or training.",
    ),
    _yes_no(
        "disability_recognised",
        _("handicap reconnu", "anerkannte Behinderung", "recognised disability"),
        "A recognised disability (France: RQTH).",
    ),
    _yes_no(
        "student",
        _("étudiant·e", "studierend", "student"),
        "Is a student (France: « étudiant », Code du travail art. L5131-6).",
    ),
    _yes_no(
        "in_training",
        _("suit une formation", "in Ausbildung", "in training"),
        "Follows a training course (France: « suit une formation »).",
    ),
    _yes_no(
        "durable_employment_difficulties",
        _(
            "difficultés d'accès à l'emploi durable",
            "Schwierigkeiten beim Zugang zu dauerhafter Beschäftigung",
            "difficulties of access to durable employment",
        ),
        "Meets difficulties of access to durable employment (France: « difficultés "
        "d'accès à l'emploi durable »).",
    ),
    _yes_no(
        "compulsory_school_completed",
        _(
            "scolarité obligatoire achevée",
            "obligatorische Schule abgeschlossen",
            "compulsory school completed",
        ),
        "Has finished compulsory school.",
    ),
    _yes_no(
        "post_compulsory_solution",
        _(
            "solution post-obligatoire",
            "nachobligatorische Lösung",
            "post-compulsory solution",
        ),
        "Has a training place or another solution after compulsory school.",
    ),
    _yes_no(
        "at_risk_of_dropping_out",
        _(
            "risque de rupture de formation",
            "Gefahr eines Ausbildungsabbruchs",
            "at risk of dropping out",
        ),
        "At risk of dropping out of training.",
    ),
    _yes_no(
        "late_arrival",
        _("arrivé·e tardivement", "spät eingereist", "late arrival"),
        "Arrived in Switzerland too late to go through compulsory school here (PAI+).",
        fixed=True,
    ),
    Fact.category(
        "international_protection",
        PROTECTION_STATUSES,
        label=_(
            "protection internationale",
            "internationaler Schutz",
            "international protection",
        ),
        description='Protection in France: ``"refugee"``, ``"subsidiary"`` or ``"none"``.',
    ),
    _yes_no(
        "literate",
        _("sait lire et écrire", "kann lesen und schreiben", "literate"),
        "Reads and writes in some language (CIR language track).",
    ),
    _yes_no(
        "schooled",
        _(
            "scolarisé·e dans le pays d'origine",
            "im Herkunftsland zur Schule gegangen",
            "schooled in the country of origin",
        ),
        "Went to school in the country of origin (CIR language track).",
    ),
    Fact.sequence(
        "newcomer_steps_completed",
        NEWCOMER_STEPS,
        in_order=True,
        label=_(
            "étapes d'accueil accomplies",
            "absolvierte Willkommensschritte",
            "newcomer steps completed",
        ),
        description="The steps of the Jura newcomer process done so far, in order: "
        '``"brochure"``, ``"website"``, ``"information_session"``, '
        '``"individual_accompaniment"``.',
    ),
)

#: The dates of a person's history, which cannot precede their birth.
_HISTORY_DATES: Final = (
    "arrival_date",
    "asylum_request_date",
    "status_since",
    "residence_permit_since",
    "housing_since",
)

#: The orders between the facts of a person; a person that breaks one is refused.
ORDERS: Final = (
    *(
        Order(name, "birth_date", name, "a date on or after birth_date")
        for name in _HISTORY_DATES
    ),
    Order(
        "children_birth_dates",
        "birth_date",
        "children_birth_dates",
        "dates after birth_date",
        strict=True,
        each=True,
    ),
    Order(
        "residence_permit_since",
        "residence_permit_since",
        "status_since",
        "a date on or before status_since for a B holder",
        when=("residence_status", "B"),
    ),
)

#: The built-in schema: every fact of a :class:`Person`, with the checks between them.
#: ``FACTS.extended(fact, …)`` returns a schema with facts of one's own.
FACTS: Final = Schema(DECLARATIONS, ORDERS, record_name="Person")

_INTRO: Final = """What is known about one person. Every fact defaults to ``None``: *unknown*.

Built with keywords only and validated when built: a value that cannot be
right raises :class:`~integration_rules.errors.InvalidFact`, whose message
names the field, what was expected and the value given. Values a user
would naturally pass are converted: ISO strings to dates, lists to sets,
codes to their canonical case.

A ``Person`` is immutable; "change" one with :meth:`with_facts` (or
:func:`attrs.evolve`). Its ``repr`` lists which facts are known, never their
values, so that a person printed into a log line leaks nothing.

Its keywords, their converters and this list are made from the declarations
of :data:`~integration_rules.facts.FACTS`; a schema extended with facts of
one's own builds its persons with :meth:`~integration_rules.facts.Schema.person`.
"""

_EXAMPLE: Final = """
Example:
    >>> p = Person(birth_date="2007-09-03", difficulties=["social", "scholastic"])
    >>> p.birth_date, sorted(p.difficulties), p.sex
    (datetime.date(2007, 9, 3), ['scholastic', 'social'], None)
    >>> p
    Person(known=['birth_date', 'difficulties'], unknown=...)
"""


#: The command that writes :mod:`integration_rules.facts._person_typed`.
GENERATOR: Final = "python -m integration_rules.facts"


def _documented(schema: Schema) -> str:
    lines = [_INTRO, "Args:"]
    lines.extend(f"    {fact.name}: {fact.description}" for fact in schema.facts)
    return "\n".join(lines) + "\n" + _EXAMPLE


if TYPE_CHECKING:
    # The same class, declared statically for type checkers and IDEs (generated).
    from integration_rules.facts._person_typed import Person as Person  # noqa: PLC0414 - re-exported
else:
    Person = FACTS.record_class
    Person.__module__ = __name__
    Person.__doc__ = _documented(FACTS)


def unborn(day: dt.date) -> EvaluationError:
    """The error for a person born after *day*: no rule can evaluate them on that day."""
    return EvaluationError(
        "birth_date",
        f"is after the evaluation date {day.isoformat()}; "
        "a person cannot be evaluated before their birth",
    )


def check_born(person: Record, day: dt.date) -> None:
    """Raise :func:`unborn`'s error if *person* is born after *day*, whatever a rule reads."""
    born = getattr(person, "birth_date", None)
    if born is not None and born > day:
        raise unborn(day)


def checked_person(value: object, hint: str = "") -> Person:
    """*value* if it is a :class:`Person`; otherwise an error naming ``person`` (then *hint*).

    A person over a schema extended from :data:`FACTS` is a :class:`Person` too.

    Raises:
        InvalidArgument: "person: expected an integration_rules.Person, got <type><hint>".
    """
    if not isinstance(value, Person):
        raise InvalidArgument(
            "person",
            f"expected an integration_rules.Person, got {type(value).__name__}{hint}",
        )
    return value
