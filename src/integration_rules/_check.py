"""The main questions about a person and the measures: may they join, when, what is missing."""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs
from pyrsistent import PMap

from integration_rules._core import (
    Decision,
    Path,
    Timeline,
    as_date,
    timeline,
)
from integration_rules._core import (
    path_to_eligibility as _path,
)
from integration_rules._core._explanation import lazy_decision
from integration_rules._core._ops import OUTCOMES
from integration_rules._core._plan import plan_of
from integration_rules.errors import InvalidArgument, quote
from integration_rules.facts import Person
from integration_rules.facts._person import check_born, checked_person
from integration_rules.measures import (
    BY_ID,
    CATALOG,
    CATALOGUE,
    FIXED_FACTS,
    Catalogue,
    Measure,
    Session,
    find_measure,
)


def catalog() -> PMap[str, Measure]:
    """Every measure the library knows, by id (an immutable mapping).

    Example:
        >>> "formavenir" in catalog(), catalog()["formavenir"].capacity.value
        (True, 60)
    """
    return CATALOG


def measure(measure_id: str | Measure) -> Measure:
    """The measure with id *measure_id*.

    Ids are matched without regard to case, accents, spaces or underscores:
    ``"Carrière au féminin"`` and ``"job_coaching_50_plus"`` find their measures.

    Raises:
        UnknownMeasure: Naming the id and listing the known ones.
    """
    return find_measure(measure_id)


def _checked_person(person: object) -> Person:
    return checked_person(
        person, "; build one with Person(...) or Person.from_mapping(...)"
    )


def over(person: object, catalogue: Catalogue) -> Person:
    """*person* as a person over *catalogue*'s schema: the facts it does not know are unknown.

    A plain :class:`Person` checked against a catalogue of one's own knows
    none of the catalogue's own facts: they are unknown, and a decision that
    needs them is undetermined and names them.

    Raises:
        InvalidArgument: If *person* is not a person, or knows facts the
            catalogue's schema does not declare.
    """
    found = _checked_person(person)
    wanted = catalogue.schema.record_class
    if isinstance(found, wanted):
        return found
    own = type(found).schema
    extra = [name for name in own if name not in catalogue.schema]
    if extra:
        raise InvalidArgument(
            "person",
            f"expected a person over the catalogue's facts, got one with {quote(extra[0])}, "
            "which the catalogue's schema does not declare",
        )
    return wanted(**{name: getattr(found, name) for name in own})  # type: ignore[return-value]


def _measure_in(measure_id: str | Measure, catalogue: Catalogue | None) -> Measure:
    if type(measure_id) is Measure:
        return measure_id
    return measure(measure_id) if catalogue is None else catalogue.find(measure_id)


def check(
    person: Person,
    measure_id: str | Measure,
    *,
    on: dt.date | str,
    catalogue: Catalogue | None = None,
) -> Decision:
    """Decide whether *person* may join measure *measure_id* on the date *on*.

    Args:
        person: What is known about the person; unknown facts are ``None``.
        measure_id: A measure id from :func:`catalog` (e.g. ``"formavenir"``),
            or a :class:`~integration_rules.measures.Measure`.
        on: The evaluation date (a ``date`` or an ISO string). It is never
            read from the clock.
        catalogue: Where *measure_id* is looked up (the library's own
            measures by default); a catalogue of one's own checks *person*
            over its schema (facts a plain person does not know are unknown).

    Returns:
        A decision whose outcome is ``ELIGIBLE``, ``INELIGIBLE`` or
        ``UNDETERMINED`` (with the facts whose knowledge could decide it),
        and its explanation.

    Raises:
        UnknownMeasure: If the id is not in the catalogue.
        InvalidArgument: If *person* is not a :class:`Person` or *on* not a date.
        EvaluationError: If the facts cannot be evaluated on *on* (e.g. born
            after it); the message names the field, never its value.

    Example:
        >>> p = Person(birth_date="2007-09-03", sex="M", domicile="CH-VS",
        ...            apprenticeship_contract=True, difficulties={"social", "scholastic"})
        >>> d = check(p, "formavenir", on=dt.date(2024, 3, 1))
        >>> d.outcome, bool(d), d.missing
        (<Outcome.ELIGIBLE: 'eligible'>, True, frozenset())
    """
    if catalogue is None:
        if type(person) is not Person:
            person = _checked_person(person)
        # Most calls name a measure by its exact id: one dict lookup.
        found = BY_ID.get(measure_id) if type(measure_id) is str else None
        if found is None:
            found = _measure_in(measure_id, None)
    else:
        person = over(person, catalogue)
        found = _measure_in(measure_id, catalogue)
    day = on if type(on) is dt.date else as_date(on, "on")
    check_born(person, day)
    rule = found.rule
    plan = rule._plan or plan_of(rule)  # noqa: SLF001 - the plan is the rule's own cache
    code = plan.code(person, day)
    if code == 1:
        outcome, missing = plan.missing(person, day)
        return lazy_decision(outcome, day, found.id, found.label, rule, person, missing)
    return lazy_decision(OUTCOMES[code], day, found.id, found.label, rule, person, _NONE)


_NONE: Final[frozenset[str]] = frozenset()


def eligible_measures(
    person: Person, *, on: dt.date | str, catalogue: Catalogue | None = None
) -> tuple[Decision, ...]:
    """Every measure of the catalogue with its decision for *person* on *on*.

    Eligible first, then undetermined (each with what is missing), then
    ineligible; within each group, in the catalogue's order. *catalogue* is
    the library's own measures by default, or a catalogue of one's own
    (:meth:`~integration_rules.Catalogue.with_measures`).

    Example:
        >>> p = Person(birth_date="2007-09-03", domicile="CH-VS", residence_status="F",
        ...            apprenticeship_contract=True, difficulties=["social", "personal"])
        >>> [d.measure for d in eligible_measures(p, on="2024-03-01") if d]
        ['formavenir', 'usfp', 'pic-vs-language-courses', 'pic-vs-anti-discrimination']
    """
    if catalogue is None:
        if type(person) is not Person:
            person = _checked_person(person)
        catalogue = CATALOGUE
    else:
        person = over(person, catalogue)
    day = on if type(on) is dt.date else as_date(on, "on")
    check_born(person, day)
    # By code: 0 ineligible, 1 undetermined, 2 eligible; listed eligible first.
    groups: tuple[list[Decision], ...] = ([], [], [])
    results = catalogue.plans.run(person, day)
    for (found, label, rule), (code, missing) in zip(catalogue.heads, results, strict=True):
        groups[code].append(
            lazy_decision(OUTCOMES[code], day, found, label, rule, person, missing)
        )
    return (*groups[2], *groups[1], *groups[0])


def eligibility_periods(
    person: Person,
    measure_id: str | Measure,
    *,
    start: dt.date | str,
    end: dt.date | str,
    catalogue: Catalogue | None = None,
) -> Timeline:
    """The periods of constant outcome for *person* and a measure from *start* to *end*.

    Computed exactly from the rule (birthdays, anniversaries, periods in
    force), not by sampling days; each period says why it begins.

    Example:
        >>> p = Person(birth_date="2009-03-01", domicile="CH-VS", apprenticeship_contract=True,
        ...            difficulties=["social", "personal"])
        >>> print(eligibility_periods(p, "formavenir", start="2024-01-01", end="2026-12-31").explain("en"))
        FormAvenir — periods from 2024-01-01 to 2026-12-31
        2024-01-01 – 2024-02-29: ineligible
        2024-03-01 – 2026-07-31: eligible — 15th birthday
        2026-08-01 – 2026-12-31: ineligible — end of the period in force
    """
    person = _checked_person(person) if catalogue is None else over(person, catalogue)
    found = _measure_in(measure_id, catalogue)
    first = as_date(start, "start")
    check_born(person, first)
    return timeline(
        found.rule, person, start=first, end=end, measure=found.id, title=found.label
    )


def path_to_eligibility(
    person: Person,
    measure_id: str | Measure,
    *,
    on: dt.date | str,
    catalogue: Catalogue | None = None,
) -> Path:
    """What keeps *person* from a measure on *on*, what would change it, and from when.

    Returns:
        A :class:`~integration_rules.rules.Path`: the blocking conditions
        (only the failed or unknown ones that matter), the smallest sets of
        fact changes that would make the person eligible that day (never a
        change of a fact only time changes, such as a birth date), and the
        earliest day the person becomes eligible if nothing else changes.

    Example:
        >>> p = Person(birth_date="2010-04-02", domicile="CH-VS", apprenticeship_contract=True,
        ...            difficulties=["social", "personal"])
        >>> path_to_eligibility(p, "formavenir", on="2025-01-01").earliest
        datetime.date(2025, 4, 2)
    """
    person = _checked_person(person) if catalogue is None else over(person, catalogue)
    found = _measure_in(measure_id, catalogue)
    day = as_date(on, "on")
    check_born(person, day)
    path = _path(
        found.rule,
        person,
        on=day,
        fixed=FIXED_FACTS if catalogue is None else catalogue.fixed,
        measure=found.id,
        title=found.label,
    )
    if found.successor is not None and path.earliest is None:
        path = attrs.evolve(path, successor=found.successor)
    return path


def sessions(
    measure_id: str | Measure,
    *,
    start: dt.date | str,
    until: dt.date | str | None = None,
    count: int | None = None,
) -> tuple[Session, ...]:
    """The dates of a measure's sessions from *start*, with ``dateutil.rrule``.

    Example:
        >>> [s.day.isoformat() for s in sessions("job-coaching-50-plus", start="2024-01-08", count=3)]
        ['2024-01-08', '2024-01-22', '2024-02-05']
    """
    return measure(measure_id).sessions(start, until=until, count=count)
