"""The public checks of integration_rules.testing, applied to every rule of the catalogue."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import Outcome, Person, catalog
from integration_rules.permits import ROUTES, TRANSITIONS
from integration_rules.rules import Rule, evaluate
from integration_rules.testing import (
    boundary_dates,
    check_boundary,
    check_explanation,
    check_independence,
    check_knowledge_monotonicity,
    evaluation_dates,
    learned_from,
    persons,
    rule_trees,
)

RULES: list[Rule] = [m.rule for m in catalog().values()] + [a.rule for a in ROUTES] + [t.rule for t in TRANSITIONS]
BORN = (dt.date(1940, 1, 1), dt.date(2012, 12, 31))


@settings(max_examples=60)
@given(rule=st.sampled_from(RULES), person=persons(born=BORN), full=persons(unknown=False, born=BORN), on=evaluation_dates(dt.date(2016, 1, 1)))
def test_catalogue_rules_are_monotone_in_knowledge(rule: Rule, person: Person, full: Person, on: dt.date) -> None:
    """Learning any unknown fact never flips a decided outcome, for every catalogued rule."""
    check_knowledge_monotonicity(rule, person, learned_from(person, full.to_mapping()), on=on)


@settings(max_examples=60)
@given(rule=st.sampled_from(RULES), person=persons(born=BORN), other=persons(born=BORN), on=evaluation_dates(dt.date(2016, 1, 1)))
def test_catalogue_rules_ignore_facts_they_do_not_read(rule: Rule, person: Person, other: Person, on: dt.date) -> None:
    """The answer depends only on the facts a rule reads."""
    check_independence(rule, person, other, on=on)


@settings(max_examples=60)
@given(rule=st.sampled_from(RULES), person=persons(born=BORN), on=evaluation_dates(dt.date(2016, 1, 1)))
def test_catalogue_explanations_are_consistent(rule: Rule, person: Person, on: dt.date) -> None:
    """Root outcome, missing facts, every language and JSON agree, for every catalogued rule."""
    check_explanation(evaluate(rule, person, on=on))


@settings(max_examples=60)
@given(rule=st.sampled_from(RULES), person=persons(born=BORN), data=st.data())
def test_boundary_days_are_where_outcomes_change(rule: Rule, person: Person, data: st.DataObject) -> None:
    """On a day the rule reports as a boundary, the outcome may change; elsewhere it does not change."""
    start, end = dt.date(2016, 1, 1), dt.date(2030, 12, 31)
    day = data.draw(boundary_dates(rule, person, start, end))
    if day <= start:
        return
    before = evaluate(rule, person, on=day - dt.timedelta(days=1)).outcome
    current = evaluate(rule, person, on=day).outcome
    check_boundary(rule, person, day, before=before, on_the_day=current)


@given(tree=rule_trees(), person=persons(born=BORN), on=evaluation_dates(dt.date(2016, 1, 1)))
def test_random_trees_over_person_facts_explain_consistently(tree: Rule, person: Person, on: dt.date) -> None:
    """The public rule_trees strategy builds rules that evaluate and explain on any person."""
    check_explanation(evaluate(tree, person, on=on))


def test_checks_fail_loudly() -> None:
    """Each check names the rule and the law it broke."""
    from integration_rules.rules import age_at_least

    rule = age_at_least(15)
    with pytest.raises(AssertionError, match=r"age_at_least\('birth_date', 15\): expected ineligible on 2025-04-01"):
        check_boundary(rule, Person(birth_date="2010-04-02"), dt.date(2025, 4, 2), before=Outcome.INELIGIBLE, on_the_day=Outcome.INELIGIBLE)
