"""Rules that read dated parameters: built without a value on date.min, evaluated and timed on each value."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from integration_rules import Outcome, Parameter
from integration_rules.rules import (
    Change,
    Text,
    age_at_least,
    compare,
    evaluate,
    timeline,
    years_since,
)

MIN_AGE = Parameter.dated(
    "demo.min_age",
    [Change(dt.date(2010, 1, 1), 16), Change(dt.date(2020, 1, 1), 18)],
    label=Text.same("minimum age"),
)
BORN = {"birth_date": dt.date(2003, 6, 1)}


def test_a_rule_on_a_dated_parameter_is_built_and_reads_the_value_of_each_day() -> None:
    rule = age_at_least(MIN_AGE)

    assert Outcome.ELIGIBLE is evaluate(rule, BORN, on="2019-12-31").outcome  # 16, minimum 16
    assert Outcome.INELIGIBLE is evaluate(rule, BORN, on="2020-01-01").outcome  # 16, minimum 18
    assert Outcome.ELIGIBLE is evaluate(rule, BORN, on="2021-06-01").outcome  # 18
    assert "demo.min_age = 18" in evaluate(rule, BORN, on="2020-01-01").explain("en")
    assert "demo.min_age" in rule.label.en  # the label names the parameter, not one of its values


def test_periods_change_on_the_day_a_parameter_takes_a_new_value() -> None:
    spans = timeline(age_at_least(MIN_AGE), BORN, start="2019-06-01", end="2022-01-01").spans

    assert [(s.start, s.outcome) for s in spans] == [
        (dt.date(2019, 6, 1), Outcome.ELIGIBLE),
        (dt.date(2020, 1, 1), Outcome.INELIGIBLE),
        (dt.date(2021, 6, 1), Outcome.ELIGIBLE),
    ]
    assert "new value of demo.min_age" in spans[1].reasons[0].reason.en


def test_years_since_and_compare_accept_dated_parameters() -> None:
    years = Parameter.dated(
        "demo.years", [Change(dt.date(2015, 1, 1), 5), Change(dt.date(2022, 1, 1), 10)], label=Text.same("years")
    )
    rule = years_since("arrival_date", at_least=years)
    facts = {"arrival_date": dt.date(2015, 3, 1)}
    assert Outcome.ELIGIBLE is evaluate(rule, facts, on="2021-12-31").outcome
    assert Outcome.INELIGIBLE is evaluate(rule, facts, on="2022-01-01").outcome
    assert Outcome.INELIGIBLE is evaluate(compare("n", ">=", years), {"n": 7}, on="2023-01-01").outcome
    assert Outcome.ELIGIBLE is evaluate(compare("n", ">=", years), {"n": 7}, on="2021-01-01").outcome


@given(st.dates(dt.date(2010, 1, 1), dt.date(2030, 12, 31)), st.dates(dt.date(1990, 1, 1), dt.date(2009, 12, 31)))
def test_timeline_agrees_with_evaluation_on_every_day(day: dt.date, born: dt.date) -> None:
    """The periods computed from breakpoints give the same answer as evaluating that day."""
    rule = age_at_least(MIN_AGE)
    facts = {"birth_date": born}
    span = timeline(rule, facts, start="2010-01-01", end="2030-12-31").at(day)
    assert span.outcome is evaluate(rule, facts, on=day).outcome
