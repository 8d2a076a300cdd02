"""The person: the facts a rule may read, each one known or unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final, Self

import attrs
from attrs import field, fields, frozen

from integration_rules.errors import EvaluationError, InvalidArgument, InvalidFact
from integration_rules.facts._convert import (
    shown,
    to_bool,
    to_date,
    to_dates,
    to_difficulties,
    to_housing,
    to_level,
    to_protection,
    to_residence_status,
    to_sex,
    to_steps,
    to_subdivision,
)


# Named converters (mypy's attrs plugin accepts only named functions).
def _birth_date(value: Any) -> dt.date | None:
    return to_date("birth_date")(value)


def _arrival_date(value: Any) -> dt.date | None:
    return to_date("arrival_date")(value)


def _sex(value: Any) -> str | None:
    return to_sex(value)


def _domicile(value: Any) -> str | None:
    return to_subdivision(value)


def _residence_status(value: Any) -> str | None:
    return to_residence_status(value)


def _language_level(value: Any) -> str | None:
    return to_level("language_level")(value)


def _difficulties(value: Any) -> frozenset[str] | None:
    return to_difficulties(value)


def _asylum_request_date(value: Any) -> dt.date | None:
    return to_date("asylum_request_date")(value)


def _status_since(value: Any) -> dt.date | None:
    return to_date("status_since")(value)


def _residence_permit_since(value: Any) -> dt.date | None:
    return to_date("residence_permit_since")(value)


def _oral_language_level(value: Any) -> str | None:
    return to_level("oral_language_level")(value)


def _written_language_level(value: Any) -> str | None:
    return to_level("written_language_level")(value)


def _refugee_status_recognised(value: Any) -> bool | None:
    return to_bool("refugee_status_recognised")(value)


def _asylum_exclusion_ground(value: Any) -> bool | None:
    return to_bool("asylum_exclusion_ground")(value)


def _asylum_request_rejected(value: Any) -> bool | None:
    return to_bool("asylum_request_rejected")(value)


def _removal_not_enforceable(value: Any) -> bool | None:
    return to_bool("removal_not_enforceable")(value)


def _whereabouts_known(value: Any) -> bool | None:
    return to_bool("whereabouts_known")(value)


def _advanced_integration(value: Any) -> bool | None:
    return to_bool("advanced_integration")(value)


def _integrated(value: Any) -> bool | None:
    return to_bool("integrated")(value)


def _revocation_ground(value: Any) -> bool | None:
    return to_bool("revocation_ground")(value)


def _protection_lifted(value: Any) -> bool | None:
    return to_bool("protection_lifted")(value)


def _in_federal_centre(value: Any) -> bool | None:
    return to_bool("in_federal_centre")(value)


def _housing(value: Any) -> str | None:
    return to_housing(value)


def _housing_since(value: Any) -> dt.date | None:
    return to_date("housing_since")(value)


def _children_birth_dates(value: Any) -> tuple[dt.date, ...] | None:
    return to_dates("children_birth_dates")(value)


def _international_protection(value: Any) -> str | None:
    return to_protection(value)


def _newcomer_steps_completed(value: Any) -> tuple[str, ...] | None:
    return to_steps(value)


def _neet(value: Any) -> bool | None:
    return to_bool("neet")(value)


def _disability_recognised(value: Any) -> bool | None:
    return to_bool("disability_recognised")(value)


def _student(value: Any) -> bool | None:
    return to_bool("student")(value)


def _in_training(value: Any) -> bool | None:
    return to_bool("in_training")(value)


def _durable_employment_difficulties(value: Any) -> bool | None:
    return to_bool("durable_employment_difficulties")(value)


def _compulsory_school_completed(value: Any) -> bool | None:
    return to_bool("compulsory_school_completed")(value)


def _post_compulsory_solution(value: Any) -> bool | None:
    return to_bool("post_compulsory_solution")(value)


def _at_risk_of_dropping_out(value: Any) -> bool | None:
    return to_bool("at_risk_of_dropping_out")(value)


def _late_arrival(value: Any) -> bool | None:
    return to_bool("late_arrival")(value)


def _literate(value: Any) -> bool | None:
    return to_bool("literate")(value)


def _schooled(value: Any) -> bool | None:
    return to_bool("schooled")(value)


def _apprenticeship_contract(value: Any) -> bool | None:
    return to_bool("apprenticeship_contract")(value)


def _registered_job_seeker(value: Any) -> bool | None:
    return to_bool("registered_job_seeker")(value)


def _hard_to_place(value: Any) -> bool | None:
    return to_bool("hard_to_place")(value)


def _wants_to_resume_work(value: Any) -> bool | None:
    return to_bool("wants_to_resume_work")(value)


#: The dates of a person's history, which cannot precede their birth.
_HISTORY_DATES: Final = (
    "arrival_date",
    "asylum_request_date",
    "status_since",
    "residence_permit_since",
    "housing_since",
)


@frozen
class Order:
    """A check between two facts of a person: *earlier* comes before *later*.

    Written once, as data: :class:`Person` applies it to one person, the
    columnar engine to every row of a caseload.

    Attributes:
        field: The fact an error names (the one to correct).
        earlier: The fact that comes first.
        later: The fact that comes after (each of its dates, if *each*).
        strict: Whether *later* must be strictly after (not on the same day).
        each: Whether *later* is a collection of dates.
        status: Checked only for a person of this residence status.
        expected: What the error says was expected.
    """

    field: str
    earlier: str
    later: str
    expected: str
    strict: bool = False
    each: bool = False
    status: str | None = None

    def violation(self, person: Person) -> dt.date | None:
        """The date of *person* that breaks the order (the one *field* holds), or ``None``."""
        if self.status is not None and person.residence_status != self.status:
            return None
        first, then = getattr(person, self.earlier), getattr(person, self.later)
        if first is None or then is None:
            return None
        for day in then if self.each else (then,):
            if day < first or (self.strict and day == first):
                return day if self.field == self.later else first  # type: ignore[no-any-return]
        return None


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
        status="B",
    ),
)


@frozen(kw_only=True, repr=False)
class Person:
    """What is known about one person. Every fact defaults to ``None``: *unknown*.

    Built with keywords only and validated when built: a value that cannot be
    right raises :class:`~integration_rules.errors.InvalidFact`, whose message
    names the field, what was expected and the value given. Values a user
    would naturally pass are converted: ISO strings to dates, lists to sets,
    codes to their canonical case.

    A ``Person`` is immutable; "change" one with :func:`attrs.evolve`. Its
    ``repr`` lists which facts are known, never their values, so that a
    person printed into a log line leaks nothing.

    Args:
        birth_date: Date of birth.
        sex: ``"F"`` or ``"M"``.
        domicile: ISO 3166-2 code of the place of residence: ``"CH-VS"``
            (Valais), ``"CH-JU"`` (Jura), ``"FR-63"`` (Puy-de-Dôme)…
        residence_status: One of ``"swiss"``, ``"C"``, ``"B"``,
            ``"B-refugee"``, ``"L"``, ``"G"``, ``"Ci"``, ``"F"``,
            ``"F-refugee"``, ``"N"``, ``"S"``, ``"RAD"`` (rejected asylum seeker).
        arrival_date: Date of arrival in Switzerland; not before the birth date.
        language_level: CEFR level in a national language: ``"none"``, ``"A1"`` … ``"C2"``.
        apprenticeship_contract: Holds an apprenticeship contract (initial VET).
        difficulties: The kinds of difficulty met, drawn from ``"social"``,
            ``"personal"``, ``"professional"``, ``"scholastic"``; an empty
            set means *known to have none*.
        registered_job_seeker: Registered as a job seeker at an ORP.
        hard_to_place: Judged hard to place by the ORP.
        wants_to_resume_work: Wishes to resume a professional activity.
        asylum_request_date: Date the asylum request was filed (LAsi 14 al. 2).
        status_since: Date the current ``residence_status`` was granted; for a
            B holder, the start of the uninterrupted B (LEI 34, LAsi 74).
        residence_permit_since: Date since which the person has lived in
            Switzerland with an L or B permit (LEI 34 al. 2); give the later
            date if the stay was interrupted.
        oral_language_level: CEFR level spoken in the local national language (OASA 60, 62).
        written_language_level: CEFR level written in it.
        refugee_status_recognised: Refugee status recognised (LAsi 3).
        asylum_exclusion_ground: A ground excluding asylum applies
            (unworthiness, subjective post-flight grounds; LAsi 53, 54).
        asylum_request_rejected: The asylum request was rejected (or not entered into).
        removal_not_enforceable: Removal is impossible, unlawful or
            unreasonable (LEI 83).
        whereabouts_known: Whereabouts always known to the authorities (LAsi 14 al. 2 b).
        advanced_integration: Serious personal hardship because of advanced
            integration (LAsi 14 al. 2 c).
        integrated: Meets the integration criteria of LEI 58a.
        revocation_ground: A ground for revocation under LEI 62 (or 63) applies.
        protection_lifted: The Federal Council lifted the temporary protection (LAsi 74 al. 2).
        in_federal_centre: Staying in a federal asylum centre (no work, LAsi 43 al. 1).
        housing: Stage of the OASI accommodation path: ``"premier_accueil"``,
            ``"collective"`` or ``"individual"`` (the Valais asylum office's accommodation path).
        housing_since: Date the current housing stage began.
        children_birth_dates: Birth dates of the person's children (a list);
            an empty list means *known to have none*; each after the birth date.
        neet: Not in employment, education or training.
        disability_recognised: A recognised disability (France: RQTH).
        student: Is a student (France: « étudiant », Code du travail art. L5131-6).
        in_training: Follows a training course (France: « suit une formation »).
        durable_employment_difficulties: Meets difficulties of access to durable
            employment (France: « difficultés d'accès à l'emploi durable »).
        compulsory_school_completed: Has finished compulsory school.
        post_compulsory_solution: Has a training place or another solution
            after compulsory school.
        at_risk_of_dropping_out: At risk of dropping out of training.
        late_arrival: Arrived in Switzerland too late to go through compulsory
            school here (PAI+).
        international_protection: Protection in France: ``"refugee"``,
            ``"subsidiary"`` or ``"none"``.
        literate: Reads and writes in some language (CIR language track).
        schooled: Went to school in the country of origin (CIR language track).
        newcomer_steps_completed: The steps of the Jura newcomer process done
            so far, in order: ``"brochure"``, ``"website"``,
            ``"information_session"``, ``"individual_accompaniment"``.

    Example:
        >>> p = Person(birth_date="2007-09-03", difficulties=["social", "scholastic"])
        >>> p.birth_date, sorted(p.difficulties), p.sex
        (datetime.date(2007, 9, 3), ['scholastic', 'social'], None)
        >>> p
        Person(known=['birth_date', 'difficulties'], unknown=...)
    """

    birth_date: dt.date | None = field(default=None, converter=_birth_date)
    sex: str | None = field(default=None, converter=_sex)
    domicile: str | None = field(default=None, converter=_domicile)
    residence_status: str | None = field(default=None, converter=_residence_status)
    arrival_date: dt.date | None = field(default=None, converter=_arrival_date)
    language_level: str | None = field(default=None, converter=_language_level)
    apprenticeship_contract: bool | None = field(
        default=None, converter=_apprenticeship_contract
    )
    difficulties: frozenset[str] | None = field(default=None, converter=_difficulties)
    registered_job_seeker: bool | None = field(
        default=None, converter=_registered_job_seeker
    )
    hard_to_place: bool | None = field(default=None, converter=_hard_to_place)
    wants_to_resume_work: bool | None = field(
        default=None, converter=_wants_to_resume_work
    )
    asylum_request_date: dt.date | None = field(
        default=None, converter=_asylum_request_date
    )
    status_since: dt.date | None = field(default=None, converter=_status_since)
    residence_permit_since: dt.date | None = field(
        default=None, converter=_residence_permit_since
    )
    oral_language_level: str | None = field(
        default=None, converter=_oral_language_level
    )
    written_language_level: str | None = field(
        default=None, converter=_written_language_level
    )
    refugee_status_recognised: bool | None = field(
        default=None, converter=_refugee_status_recognised
    )
    asylum_exclusion_ground: bool | None = field(
        default=None, converter=_asylum_exclusion_ground
    )
    asylum_request_rejected: bool | None = field(
        default=None, converter=_asylum_request_rejected
    )
    removal_not_enforceable: bool | None = field(
        default=None, converter=_removal_not_enforceable
    )
    whereabouts_known: bool | None = field(default=None, converter=_whereabouts_known)
    advanced_integration: bool | None = field(
        default=None, converter=_advanced_integration
    )
    integrated: bool | None = field(default=None, converter=_integrated)
    revocation_ground: bool | None = field(default=None, converter=_revocation_ground)
    protection_lifted: bool | None = field(default=None, converter=_protection_lifted)
    in_federal_centre: bool | None = field(default=None, converter=_in_federal_centre)
    housing: str | None = field(default=None, converter=_housing)
    housing_since: dt.date | None = field(default=None, converter=_housing_since)
    children_birth_dates: tuple[dt.date, ...] | None = field(
        default=None, converter=_children_birth_dates
    )
    neet: bool | None = field(default=None, converter=_neet)
    disability_recognised: bool | None = field(
        default=None, converter=_disability_recognised
    )
    student: bool | None = field(default=None, converter=_student)
    in_training: bool | None = field(default=None, converter=_in_training)
    durable_employment_difficulties: bool | None = field(
        default=None, converter=_durable_employment_difficulties
    )
    compulsory_school_completed: bool | None = field(
        default=None, converter=_compulsory_school_completed
    )
    post_compulsory_solution: bool | None = field(
        default=None, converter=_post_compulsory_solution
    )
    at_risk_of_dropping_out: bool | None = field(
        default=None, converter=_at_risk_of_dropping_out
    )
    late_arrival: bool | None = field(default=None, converter=_late_arrival)
    international_protection: str | None = field(
        default=None, converter=_international_protection
    )
    literate: bool | None = field(default=None, converter=_literate)
    schooled: bool | None = field(default=None, converter=_schooled)
    newcomer_steps_completed: tuple[str, ...] | None = field(
        default=None, converter=_newcomer_steps_completed
    )

    def __attrs_post_init__(self) -> None:
        for order in ORDERS:
            day = order.violation(self)
            if day is not None:
                raise InvalidFact(
                    order.field, f"expected {order.expected}, got {shown(day.isoformat())}"
                )

    def __repr__(self) -> str:
        known = self.known_facts()
        return f"Person(known={sorted(known)!r}, unknown={len(FACTS) - len(known)})"

    def known_facts(self) -> frozenset[str]:
        """The names of the facts whose value is known."""
        return frozenset(name for name in FACTS if getattr(self, name) is not None)

    def with_facts(self, **facts: Any) -> Self:
        """A copy of this person with *facts* set (``None`` makes a fact unknown again).

        The copy is validated as a new person is, the checks between facts
        included; this person is unchanged.

        Raises:
            InvalidFact: For a value the fact does not accept, or a keyword
                that is not a fact (naming it).

        Example:
            >>> p = Person(domicile="CH-VS")
            >>> p.with_facts(registered_job_seeker=True).registered_job_seeker, p.registered_job_seeker
            (True, None)
        """
        unknown = sorted(set(facts) - set(FACTS))
        if unknown:
            raise InvalidFact(
                unknown[0],
                f"not a fact of a person; expected one of {', '.join(FACTS)}",
            )
        return attrs.evolve(self, **facts)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> Self:
        """Build a person from JSON- or TOML-like data: the one door for raw records.

        Keys are the keyword names of :class:`Person`; a missing key or a
        ``null`` is an unknown fact; an unexpected key is an error, so that a
        typo (``"birthdate"``) is caught instead of silently read as unknown.

        Raises:
            InvalidFact: Naming the first offending field.
            InvalidArgument: If *raw* is not a mapping.
        """
        if not isinstance(raw, Mapping):
            raise InvalidArgument(
                "raw",
                f"expected a mapping of fact names to values, got {type(raw).__name__}",
            )
        for key in raw:
            if key not in FACTS:
                name: object = key  # a caller's key may be of any type
                raise InvalidFact(
                    name if isinstance(name, str) else shown(name),
                    f"not a fact of a person; expected one of {', '.join(FACTS)}",
                )
        return cls(**raw)

    def to_mapping(self) -> dict[str, Any]:
        """The facts as JSON-ready data (ISO dates, sorted lists, ``None`` for unknown).

        ``Person.from_mapping(p.to_mapping()) == p`` for every person.
        """
        out: dict[str, Any] = {}
        for name in FACTS:
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, tuple):
                value = [v.isoformat() if isinstance(v, dt.date) else v for v in value]
            out[name] = value
        return out


#: The names of a person's facts, in declaration order.
FACTS: Final[tuple[str, ...]] = tuple(a.name for a in fields(Person))


def unborn(day: dt.date) -> EvaluationError:
    """The error for a person born after *day*: no rule can evaluate them on that day."""
    return EvaluationError(
        "birth_date",
        f"is after the evaluation date {day.isoformat()}; "
        "a person cannot be evaluated before their birth",
    )


def check_born(person: Person, day: dt.date) -> None:
    """Raise :func:`unborn`'s error if *person* is born after *day*, whatever a rule reads."""
    born = person.birth_date
    if born is not None and born > day:
        raise unborn(day)


def checked_person(value: object, hint: str = "") -> Person:
    """*value* if it is a :class:`Person`; otherwise an error naming ``person`` (then *hint*).

    Raises:
        InvalidArgument: "person: expected an integration_rules.Person, got <type><hint>".
    """
    if not isinstance(value, Person):
        raise InvalidArgument(
            "person",
            f"expected an integration_rules.Person, got {type(value).__name__}{hint}",
        )
    return value
