"""The next question to ask: the unknown facts that would decide most, across the measures."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Any, Final

from attrs import frozen

from integration_rules._check import _measure_in, over
from integration_rules._core import Outcome, Text, as_date
from integration_rules._core._plan import plan_of
from integration_rules.errors import InvalidFact
from integration_rules.facts import Fact, Person
from integration_rules.facts._person import check_born
from integration_rules.measures import CATALOGUE, Catalogue, Measure

#: The most codes of a set fact whose every subset is tried (2**8 subsets).
_SUBSETS_UP_TO: Final = 8


@frozen
class Question:
    """An unknown fact worth asking, and what its answer could decide.

    Attributes:
        fact: The fact's name (the keyword of a person, the key of a form).
        label: What it is, in French, German and English (its declaration's).
        kind: Its kind: ``"bool"``, ``"date"``, ``"category"``…
        values: The values it may take, when they form a closed list.
        decides: The measures whose undetermined decision some answer to this
            fact alone would decide, in the catalogue's order.
        eligible: Those of them some answer would make eligible.
    """

    fact: str
    label: Text
    kind: str
    values: tuple[str, ...]
    decides: tuple[str, ...]
    eligible: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The question as JSON-ready data."""
        return {
            "fact": self.fact,
            "label": self.label.to_dict(),
            "kind": self.kind,
            "values": list(self.values),
            "decides": list(self.decides),
            "eligible": list(self.eligible),
        }


def _enumerated(fact: Fact) -> Iterator[Any]:
    """Every value a fact may take, when the declaration gives a short closed list."""
    if fact.kind == "bool":
        yield from (True, False)
    elif fact.kind == "category":
        yield from fact.values
    elif fact.kind == "set" and len(fact.values) <= _SUBSETS_UP_TO:
        for size in range(len(fact.values) + 1):
            for chosen in itertools.combinations(fact.values, size):
                yield frozenset(chosen)
    elif fact.kind == "sequence" and fact.in_order:
        for size in range(len(fact.values) + 1):
            yield fact.values[:size]


def _answers(fact: Fact, measure: Measure, person: Person) -> Iterator[Any]:
    """The answers worth trying for *fact*: those the rule names, and the declaration's list."""
    seen: list[Any] = []
    named = (c.value for c in measure.rule.candidates(person) if c.fact == fact.name)
    for value in itertools.chain(named, _enumerated(fact)):
        if value not in seen:
            seen.append(value)
            yield value


def _outcomes(person: Person, fact: Fact, measure: Measure, day: dt.date) -> set[Outcome]:
    """The outcomes *measure* takes when *fact* alone is answered, each answer tried."""
    found: set[Outcome] = set()
    plan = plan_of(measure.rule)
    for value in _answers(fact, measure, person):
        try:
            answered = person.with_facts(**{fact.name: value})
        except InvalidFact:
            continue  # an answer that contradicts what is known (a date before birth)
        found.add(plan.run(answered, day)[0])
    return found


def next_questions(
    person: Person,
    measures: Iterable[str | Measure] | None = None,
    *,
    on: dt.date | str,
    catalogue: Catalogue | None = None,
) -> tuple[Question, ...]:
    """The unknown facts to ask next, those that would decide most first.

    For each measure whose decision is undetermined, each fact it misses is
    answered alone with every value worth trying (those the rule turns on,
    and the declaration's closed list). A fact **decides** a measure if some
    answer makes its decision eligible or ineligible.

    Questions are ranked by the number of measures they decide, then by the
    number some answer makes eligible, then by name: the order is the same on
    every run. Each carries the fact's labels in three languages, its kind and
    its allowed values, from the fact's declaration.

    Args:
        person: What is known.
        measures: Measure ids or values; the whole catalogue by default.
        on: The evaluation date.
        catalogue: Where ids are looked up, and the facts' declarations (the
            library's by default).

    Example:
        >>> p = Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True)
        >>> [(q.fact, q.decides) for q in next_questions(p, ["formavenir", "usfp", "semo"], on="2024-03-01")]
        [('difficulties', ('formavenir', 'usfp')), ('registered_job_seeker', ('semo',))]
    """
    found_catalogue = CATALOGUE if catalogue is None else catalogue
    subject = over(person, found_catalogue)
    day = as_date(on, "on")
    check_born(subject, day)
    schema = found_catalogue.schema
    if measures is None:
        chosen = {m.id: m for m in found_catalogue.measures}
    else:
        chosen = {m.id: m for m in (_measure_in(m, found_catalogue) for m in measures)}
    order = {measure_id: index for index, measure_id in enumerate(found_catalogue.ids)}
    decides: dict[str, list[str]] = {}
    eligible: dict[str, list[str]] = {}
    for measure in chosen.values():
        outcome, missing = plan_of(measure.rule).run(subject, day)
        if outcome is not Outcome.UNDETERMINED:
            continue
        for name in sorted(missing):
            reached = _outcomes(subject, schema[name], measure, day)
            decides.setdefault(name, [])  # asked even if no answer alone decides
            if reached - {Outcome.UNDETERMINED}:
                decides[name].append(measure.id)
            if Outcome.ELIGIBLE in reached:
                eligible.setdefault(name, []).append(measure.id)

    def ranked(ids: list[str]) -> tuple[str, ...]:
        return tuple(sorted(ids, key=lambda i: order.get(i, len(order))))

    questions = [
        Question(
            fact=name,
            label=schema[name].label,
            kind=schema[name].kind,
            values=schema[name].values,
            decides=ranked(ids),
            eligible=ranked(eligible.get(name, [])),
        )
        for name, ids in decides.items()
    ]
    return tuple(sorted(questions, key=lambda q: (-len(q.decides), -len(q.eligible), q.fact)))


__all__ = ["Question", "next_questions"]
