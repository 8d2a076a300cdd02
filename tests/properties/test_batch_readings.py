"""Measures are values end to end: every engine evaluates the measure it is given, readings included.

A reading made with ``Measure.with_parameters`` keeps the measure's id; the
caseload functions must evaluate its own rule, as ``check`` does, and never the
catalogue's measure of the same id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from integration_rules import Measure, Person, check
from integration_rules.batch import evaluate_many, evaluate_table
from integration_rules.errors import IntegrationRulesError
from integration_rules.measures import MEASURES
from strategies import persons

pytest.importorskip("numpy")

#: Measures with at least one integer or yes/no parameter in their rule: those readings are drawn.
READABLE = [
    m
    for m in MEASURES
    if any(
        type(p.value) in {int, bool} and p.history is None for p in m.rule.parameters()
    )
]


@st.composite
def readings(draw: st.DrawFn) -> Measure:
    """A measure of the catalogue with some of its integer or yes/no parameters set to other values."""
    chosen = draw(st.sampled_from(READABLE))
    values: dict[str, Any] = {}
    for parameter in chosen.rule.parameters():
        if parameter.history is not None or not draw(st.booleans()):
            continue
        if type(parameter.value) is bool:
            values[parameter.id] = not parameter.value
        elif type(parameter.value) is int:
            values[parameter.id] = max(0, parameter.value + draw(st.integers(-3, 3)))
    if not values:
        return chosen
    try:
        return chosen.with_parameters(values)
    except IntegrationRulesError:  # a reading the rule refuses (a count of 0, say)
        reject()


def born_by(people: list[Person], on: dt.date) -> list[Person]:
    return [
        p if p.birth_date is None or p.birth_date <= on else evolve(p, birth_date=None)
        for p in people
    ]


def as_columns(people: list[Person]) -> dict[str, list[Any]]:
    mappings = [p.to_mapping() for p in people]
    names = sorted({name for m in mappings for name in m})
    return {name: [m.get(name) for m in mappings] for name in names}


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(persons(), min_size=1, max_size=12),
    reading=readings(),
    on=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_every_engine_agrees_with_check_on_random_readings(
    people: list[Person], reading: Measure, on: dt.date
) -> None:
    """evaluate_many (both engines) and evaluate_table give check()'s outcome and missing facts for the reading."""
    people = born_by(people, on)
    expected = [check(p, reading, on=on) for p in people]
    results = [
        evaluate_many(people, [reading], on=on, engine="columnar"),
        evaluate_many(people, reading, on=on, engine="objects"),
        evaluate_table(as_columns(people), reading, on=on),
    ]
    for result in results:
        for row, decision in enumerate(expected):
            assert (decision.outcome, decision.missing) == (
                result.outcome(row, reading.id),
                result.missing[reading.id][row],
            )
        assert expected[0].explain("en") == result.explain(0, reading.id, "en")
