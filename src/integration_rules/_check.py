"""The main job: check a person against a catalogued measure on a date."""

from __future__ import annotations

import datetime as dt

from pyrsistent import PMap

from integration_rules._core import Decision, as_date, evaluate
from integration_rules.errors import EvaluationError, InvalidArgument, UnknownMeasure
from integration_rules.facts import Person
from integration_rules.measures import CATALOG, Measure


def catalog() -> PMap[str, Measure]:
    """Every measure the library knows, by id (an immutable mapping).

    Example:
        >>> sorted(catalog())
        ['formavenir']
        >>> catalog()["formavenir"].capacity.value
        60
    """
    return CATALOG


def measure(measure_id: str) -> Measure:
    """The measure with id *measure_id* (ids are matched without regard to case).

    Raises:
        UnknownMeasure: Naming the id and listing the known ones.
    """
    if isinstance(measure_id, str):
        found = CATALOG.get(measure_id.strip().lower())
        if found is not None:
            return found
    raise UnknownMeasure(measure_id, tuple(sorted(CATALOG)))


def check(person: Person, measure_id: str | Measure, *, on: dt.date | str) -> Decision:
    """Decide whether *person* may join measure *measure_id* on the date *on*.

    Args:
        person: What is known about the person; unknown facts are ``None``.
        measure_id: A measure id from :func:`catalog` (e.g. ``"formavenir"``),
            or a :class:`~integration_rules.measures.Measure`.
        on: The evaluation date (a ``date`` or an ISO string). It is never
            read from the clock.

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
    if not isinstance(person, Person):
        raise InvalidArgument(
            "person",
            f"expected an integration_rules.Person, got {type(person).__name__}; "
            "build one with Person(...) or Person.from_mapping(...)",
        )
    found = measure_id if isinstance(measure_id, Measure) else measure(measure_id)
    day = as_date(on, "on")
    _check_born(person, day)
    return evaluate(found.rule, person, on=day, measure=found.id, title=found.label)


def _check_born(person: Person, day: dt.date) -> None:
    """A person cannot be evaluated before their birth, whatever the measure reads."""
    if person.birth_date is not None and person.birth_date > day:
        raise EvaluationError(
            "birth_date",
            f"is after the evaluation date {day.isoformat()}; a person cannot be evaluated before their birth",
        )
