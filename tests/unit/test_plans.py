"""Compiled plans: the quick form, the plan of a whole catalogue, and what they must never change.

A plan answers as the explanation does, or refuses what it refuses (same
error, same message). These examples are the cases a review found the quick
form or the catalogue's plan got wrong; the property tests of
``tests/properties/test_lazy_explanations.py`` cover random rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from integration_rules import Catalogue, Outcome, Person, check, eligible_measures
from integration_rules._core._explanation import Decision
from integration_rules._core._plan import plan_of, plans_of
from integration_rules.measures import CATALOGUE
from integration_rules.rules import (
    Change,
    Parameter,
    Rule,
    Text,
    age_between,
    all_of,
    any_of,
    contains,
    is_true,
    months_since,
    not_,
    years_since,
)

ON = dt.date(2024, 1, 1)


def answer(call: Any) -> tuple[Any, ...]:
    """An outcome and missing facts, or an error's type and message."""
    try:
        outcome, missing = call()
    except Exception as error:  # noqa: BLE001 - both must raise the same, whatever it is
        return ("error", type(error), str(error))
    return (outcome, missing)


def agree(rule: Rule, subject: object, on: dt.date = ON) -> tuple[Any, ...]:
    """The explanation's answer, after checking the plan gives the same."""

    def eager() -> tuple[Outcome, frozenset[str]]:
        node = rule.evaluate(subject, on)
        return node.outcome, node.missing

    expected = answer(eager)
    assert answer(lambda: plan_of(rule).run(subject, on)) == expected
    assert answer(lambda: plans_of([rule, rule]).run(subject, on)[1]) == (
        expected
        if expected[0] == "error"
        else (("ineligible", "undetermined", "eligible").index(expected[0].value), expected[1])
    )
    return expected


def test_a_settled_conjunction_still_reads_a_value_no_set_can_hold() -> None:
    """contains() with an unhashable value refuses as the test does, even after an ineligible part."""
    rule = all_of(is_true("a"), contains("d", ["x"]))

    assert agree(rule, {"a": False, "d": frozenset()})[0] == "error"


def test_the_quick_form_skips_what_cannot_change_the_outcome() -> None:
    """After an ineligible part of all_of (an eligible one of any_of), the rest is not needed."""
    assert agree(all_of(is_true("a"), is_true("b")), {"a": False, "b": True}) == (
        Outcome.INELIGIBLE,
        frozenset(),
    )
    assert agree(any_of(is_true("a"), not_(is_true("b"))), {"a": True, "b": None}) == (
        Outcome.ELIGIBLE,
        frozenset(),
    )
    assert agree(all_of(is_true("a"), is_true("b")), {"a": None, "b": None}) == (
        Outcome.UNDETERMINED,
        frozenset({"a", "b"}),
    )
    quick = plan_of(all_of(is_true("a"), is_true("b"))).source.split("def careful_plan")[0]
    assert " != 0:" in quick  # the second part is read only while the first is not ineligible


@pytest.mark.parametrize(
    ("unit", "values", "since"),
    [
        (years_since, [None, 3], None),
        (months_since, [2.5, 2], dt.date(2015, 1, 1)),
        (years_since, [3, 9000], dt.date(2015, 1, 1)),
    ],
)
def test_a_dated_amount_of_any_value_compiles(unit: Any, values: list[Any], since: Any) -> None:
    """A time-since leaf whose dated amount once held a value of another kind still compiles and agrees."""
    amount = Parameter.dated(
        "t.amount",
        [Change(dt.date(2000, 1, 1), values[0]), Change(dt.date(2020, 1, 1), values[1])],
        label=Text.same("amount"),
    )
    rule = unit("s", at_least=amount)

    agree(rule, {"s": since})
    agree(rule, {"s": since}, dt.date(2010, 6, 1))


def test_an_age_bound_of_another_kind_is_refused_with_the_tests_message() -> None:
    """The plan compares the age with its minimum first, as the test does: the same TypeError."""
    low = Parameter.dated(
        "t.min",
        [Change(dt.date(2000, 1, 1), "16"), Change(dt.date(2020, 1, 1), 16)],
        label=Text.same("minimum"),
    )
    refused = agree(age_between(low, 40), {"birth_date": dt.date(2000, 1, 1)}, dt.date(2010, 1, 1))

    assert refused[:2] == ("error", TypeError)


def test_an_age_bound_without_a_value_that_day_is_no_bound() -> None:
    """A dated bound whose value is None on the day is no bound, in the plan as in the test."""
    high = Parameter.dated(
        "t.max",
        [Change(dt.date(2000, 1, 1), None), Change(dt.date(2020, 1, 1), 30)],
        label=Text.same("maximum"),
    )
    rule = age_between(18, high)
    young, old = {"birth_date": dt.date(1990, 1, 1)}, {"birth_date": dt.date(1950, 1, 1)}

    assert agree(rule, old, dt.date(2010, 1, 1))[0] is Outcome.ELIGIBLE
    assert agree(rule, old, dt.date(2024, 1, 1))[0] is Outcome.INELIGIBLE
    assert agree(rule, young, dt.date(2024, 1, 1))[0] is Outcome.INELIGIBLE
    first = Parameter.dated(
        "t.min",
        [Change(dt.date(2000, 1, 1), None), Change(dt.date(2020, 1, 1), 18)],
        label=Text.same("minimum"),
    )
    assert agree(age_between(first, high), young, dt.date(2010, 1, 1))[0] is Outcome.ELIGIBLE


def test_a_rule_nested_beyond_pythons_blocks_is_compiled_all_the_same() -> None:
    """Sixty levels of all_of/any_of, each part in force for a period: the plan agrees."""
    rule: Rule = is_true("a")
    for level in range(60):
        combine = all_of if level % 2 else any_of
        rule = combine(is_true(f"b{level}"), rule).in_force_during(
            dt.date(2000, 1, 1), dt.date(2030, 12, 31)
        )
    facts = {f"b{level}": level % 3 == 0 for level in range(60)}

    agree(rule, {**facts, "a": True})
    agree(rule, {**facts, "a": None})


@pytest.mark.parametrize("count", [0, 1, 2])
def test_a_catalogue_of_any_size_lists_its_decisions(count: int) -> None:
    """A catalogue of none, one or two measures: eligible_measures gives one decision per measure."""
    person = Person(birth_date="2007-09-03", domicile="CH-VS")
    catalogue = Catalogue(CATALOGUE.measures[:count], schema=CATALOGUE.schema)
    decisions = eligible_measures(person, on="2024-03-01", catalogue=catalogue)

    assert sorted(d.measure for d in decisions) == sorted(catalogue.ids)
    for decision in decisions:
        again = check(person, decision.measure, on="2024-03-01", catalogue=catalogue)
        assert (decision.outcome, decision.missing) == (again.outcome, again.missing)


def test_the_catalogues_plan_answers_as_each_measures_plan() -> None:
    """CATALOGUE.plans.run gives, measure by measure, the code and missing facts of its own plan."""
    person = Person(birth_date="1975-05-05", sex="F", domicile="CH-VS", residence_status="B")
    for on in (dt.date(2019, 1, 1), dt.date(2024, 3, 1), dt.date(2027, 6, 30)):
        together = CATALOGUE.plans.run(person, on)
        for found, (code, missing) in zip(CATALOGUE.measures, together, strict=True):
            outcome, alone = plan_of(found.rule).run(person, on)
            assert (("ineligible", "undetermined", "eligible")[code], missing) == (
                outcome.value,
                alone,
            )


def test_a_subclass_of_decision_stays_itself() -> None:
    """Decision.lazy builds an instance of the class it is called on."""

    class Mine(Decision):
        __slots__ = ()

    made = Mine.lazy(
        Outcome.ELIGIBLE,
        ON,
        measure=None,
        title=None,
        rule=is_true("a"),
        subject={"a": True},
        missing=frozenset(),
    )

    assert type(made) is Mine
    assert made.explanation.outcome is Outcome.ELIGIBLE
