"""The columnar engine agrees with check() on every row: outcomes and missing facts."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import Person, catalog, check
from integration_rules.permits import ROUTES, TRANSITIONS
from strategies import persons

np = pytest.importorskip("numpy")

from integration_rules.columnar import Columns, evaluate_columns  # noqa: E402

MEASURES = sorted(catalog())
OTHER_RULES = [a.rule for a in ROUTES] + [t.rule for t in TRANSITIONS]


def born_before(people: list[Person], on: dt.date) -> list[Person]:
    return [p if p.birth_date is None or p.birth_date <= on else evolve(p, birth_date=None) for p in people]


@settings(max_examples=80)
@given(
    people=st.lists(persons(), min_size=1, max_size=30),
    measure=st.sampled_from(MEASURES),
    on=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_columnar_engine_agrees_with_check(people: list[Person], measure: str, on: dt.date) -> None:
    """For random persons (unknowns included) and dates, every row's outcome and missing set equal check()'s."""
    people = born_before(people, on)
    result = evaluate_columns(catalog()[measure].rule, Columns.from_persons(people), on=on)
    for row, person in enumerate(people):
        decision = check(person, measure, on=on)

        assert (decision.outcome, decision.missing) == (result.outcome(row), result.missing_set(row))


@settings(max_examples=40)
@given(
    people=st.lists(persons(), min_size=1, max_size=20),
    index=st.integers(0, len(OTHER_RULES) - 1),
    on=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_columnar_engine_agrees_on_routes_and_transitions(people: list[Person], index: int, on: dt.date) -> None:
    """The same holds for the office routes and the status transitions."""
    from integration_rules.rules import evaluate

    rule = OTHER_RULES[index]
    result = evaluate_columns(rule, Columns.from_persons(people), on=on)
    for row, person in enumerate(people):
        decision = evaluate(rule, person, on=on)

        assert (decision.outcome, decision.missing) == (result.outcome(row), result.missing_set(row))
