"""Laws of the rule algebra.

Kleene's strong three-valued logic, knowledge monotonicity, and what
``missing`` promises.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_rules import Outcome
from integration_rules.rules import Rule, all_of, any_of, at_least_n_of, evaluate, not_
from strategies import evaluation_dates, known_values, rule_trees, subjects


def outcome(rule: Rule, subject: dict[str, Any], on: dt.date) -> Outcome:
    return evaluate(rule, subject, on=on).outcome


@given(a=rule_trees(), b=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_de_morgan(a: Rule, b: Rule, subject: dict[str, Any], on: dt.date) -> None:
    """~(a & b) is ~a | ~b, and ~(a | b) is ~a & ~b, in three-valued logic."""
    assert outcome(~(a & b), subject, on) == outcome(~a | ~b, subject, on)
    assert outcome(~(a | b), subject, on) == outcome(~a & ~b, subject, on)


@given(a=rule_trees(), b=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_commutativity(a: Rule, b: Rule, subject: dict[str, Any], on: dt.date) -> None:
    """A & b is b & a; a | b is b | a."""
    assert outcome(a & b, subject, on) == outcome(b & a, subject, on)
    assert outcome(a | b, subject, on) == outcome(b | a, subject, on)


@given(
    a=rule_trees(),
    b=rule_trees(),
    c=rule_trees(),
    subject=subjects(),
    on=evaluation_dates(),
)
def test_associativity(
    a: Rule, b: Rule, c: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """(a & b) & c is a & (b & c), and all_of(a, b, c); the same for |."""
    assert outcome((a & b) & c, subject, on) == outcome(a & (b & c), subject, on)
    assert outcome((a & b) & c, subject, on) == outcome(all_of(a, b, c), subject, on)
    assert outcome((a | b) | c, subject, on) == outcome(a | (b | c), subject, on)
    assert outcome((a | b) | c, subject, on) == outcome(any_of(a, b, c), subject, on)


@given(a=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_idempotence_and_double_negation(
    a: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """A & a, a | a and ~~a all reach a's outcome, with the same missing facts."""
    expected = evaluate(a, subject, on=on)
    for same in (a & a, a | a, ~~a):
        actual = evaluate(same, subject, on=on)

        assert expected.outcome == actual.outcome
        assert expected.missing == actual.missing


@given(a=rule_trees(), b=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_absorption(a: Rule, b: Rule, subject: dict[str, Any], on: dt.date) -> None:
    """A | (a & b) and a & (a | b) reach a's outcome."""
    expected = outcome(a, subject, on)

    assert expected == outcome(a | (a & b), subject, on)
    assert expected == outcome(a & (a | b), subject, on)


@given(
    rules=st.lists(rule_trees(), min_size=1, max_size=4),
    subject=subjects(),
    on=evaluation_dates(),
)
def test_at_least_n_of_bounds(
    rules: list[Rule], subject: dict[str, Any], on: dt.date
) -> None:
    """at_least_n_of(1, …) is any_of(…) and at_least_n_of(len, …) is all_of(…)."""
    assert outcome(at_least_n_of(1, *rules), subject, on) == outcome(
        any_of(*rules), subject, on
    )
    assert outcome(at_least_n_of(len(rules), *rules), subject, on) == outcome(
        all_of(*rules), subject, on
    )


@given(a=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_negation_swaps_decided_outcomes(
    a: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """not_(a) is ELIGIBLE exactly when a is INELIGIBLE, and undetermined with it."""
    expected = {
        Outcome.ELIGIBLE: Outcome.INELIGIBLE,
        Outcome.INELIGIBLE: Outcome.ELIGIBLE,
        Outcome.UNDETERMINED: Outcome.UNDETERMINED,
    }[outcome(a, subject, on)]

    assert expected == outcome(not_(a), subject, on)


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates(), data=st.data())
def test_knowledge_monotonicity(
    rule: Rule, subject: dict[str, Any], on: dt.date, data: st.DataObject
) -> None:
    """Learning an unknown fact never turns a decided outcome into another outcome."""
    before = outcome(rule, subject, on)
    unknown = sorted(name for name, value in subject.items() if value is None)
    learned = data.draw(
        st.lists(st.sampled_from(unknown), unique=True) if unknown else st.just([])
    )
    completed = dict(subject)
    for name in learned:
        completed[name] = data.draw(known_values(name), label=name)
    after = outcome(rule, completed, on)

    if before.decided:
        assert before == after


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_missing_is_empty_exactly_when_decided(
    rule: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """Missing is empty for decided outcomes and non-empty for undetermined ones."""
    decision = evaluate(rule, subject, on=on)

    assert (decision.missing == frozenset()) == decision.outcome.decided


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_every_missing_fact_is_read_by_an_undetermined_leaf(
    rule: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """Each missing fact is unknown and is read by a leaf of the tree that is undetermined."""
    decision = evaluate(rule, subject, on=on)
    undetermined_leaf_facts = {
        name
        for node in decision.explanation.walk()
        if not node.children and node.outcome is Outcome.UNDETERMINED
        for name, value in node.facts
        if value is None
    }

    assert decision.missing <= undetermined_leaf_facts
    assert all(subject[name] is None for name in decision.missing)


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates(), data=st.data())
def test_missing_facts_could_decide(
    rule: Rule, subject: dict[str, Any], on: dt.date, data: st.DataObject
) -> None:
    """Knowing every missing fact decides an undetermined outcome; knowing others never does."""
    decision = evaluate(rule, subject, on=on)
    if decision.outcome.decided:
        return
    others = dict(subject)
    for name, value in subject.items():
        if value is None and name not in decision.missing:
            others[name] = data.draw(known_values(name), label=f"other {name}")
    completed = dict(subject)
    for name in decision.missing:
        completed[name] = data.draw(known_values(name), label=name)

    assert outcome(rule, others, on) is Outcome.UNDETERMINED
    assert outcome(rule, completed, on).decided


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_explanation_root_matches_decision(
    rule: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """The explanation's root has the decision's outcome and mirrors the rule."""
    decision = evaluate(rule, subject, on=on)

    assert decision.outcome == decision.explanation.outcome
    assert rule.id == decision.explanation.rule_id
    assert decision.explanation.to_dict()["outcome"] == decision.to_dict()["outcome"]


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_every_node_outcome_follows_its_children(
    rule: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """Every combination node's outcome is the Kleene combination of its children's."""
    decision = evaluate(rule, subject, on=on)
    for node in decision.explanation.walk():
        if not node.children:
            continue
        kids = [child.outcome for child in node.children]
        if node.rule_id.startswith("all_of"):
            expected = Outcome.ELIGIBLE
            for kid in kids:
                expected = expected & kid

            assert expected == node.outcome
        elif node.rule_id.startswith("any_of"):
            expected = Outcome.INELIGIBLE
            for kid in kids:
                expected = expected | kid

            assert expected == node.outcome


@given(rule=rule_trees(), subject=subjects(), on=evaluation_dates())
def test_to_dict_is_json_and_deterministic(
    rule: Rule, subject: dict[str, Any], on: dt.date
) -> None:
    """to_dict() passes json.dumps, and evaluating twice gives equal decisions."""
    first = evaluate(rule, subject, on=on)
    second = evaluate(rule, dict(subject), on=on)

    assert first == second
    assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(
        second.to_dict(), sort_keys=True
    )
    assert first.to_dict()["schema_version"] == 3


@given(
    rule=rule_trees(),
    subject=subjects(),
    on=evaluation_dates(),
    lang=st.sampled_from(["fr", "de", "en"]),
)
def test_explain_renders_every_node(
    rule: Rule, subject: dict[str, Any], on: dt.date, lang: str
) -> None:
    """explain() prints one marked line per node of the tree, and the missing facts."""
    decision = evaluate(rule, subject, on=on)
    text = decision.explain(lang)
    marked = [
        line for line in text.splitlines() if line.lstrip()[:1] in {"✓", "✗", "?"}
    ]

    assert len(list(decision.explanation.walk())) == len(marked)
    for name in decision.missing:
        assert name in text.splitlines()[-1]


def test_outcome_operators_are_kleene_tables() -> None:
    """&, | and ~ on outcomes are Kleene's strong tables (min, max, swap)."""
    order = [Outcome.INELIGIBLE, Outcome.UNDETERMINED, Outcome.ELIGIBLE]
    for x in order:
        for y in order:
            assert order[min(order.index(x), order.index(y))] is (x & y)
            assert order[max(order.index(x), order.index(y))] is (x | y)
    assert [~o for o in order] == [
        Outcome.ELIGIBLE,
        Outcome.UNDETERMINED,
        Outcome.INELIGIBLE,
    ]


@given(
    since=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    on=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_completed_years_is_relativedelta(since: dt.date, on: dt.date) -> None:
    """completed_years agrees with dateutil's relativedelta on every pair of dates."""
    from dateutil.relativedelta import relativedelta

    from integration_rules.rules import completed_years

    assert relativedelta(on, since).years == completed_years(since, on=on)


@given(start=st.dates(), years=st.integers(-200, 200), months=st.integers(-2400, 2400))
def test_adding_years_and_months_is_relativedelta(
    start: dt.date, years: int, months: int
) -> None:
    """add_years and add_months agree with dateutil's relativedelta (29 February, month ends, limits)."""
    from dateutil.relativedelta import relativedelta

    from integration_rules._core._dates import add_months, add_years

    for ours, theirs in (
        (lambda: add_years(start, years), lambda: start + relativedelta(years=years)),
        (
            lambda: add_months(start, months),
            lambda: start + relativedelta(months=months),
        ),
    ):
        try:
            expected = theirs()
        except (OverflowError, ValueError) as error:
            with pytest.raises(type(error)):
                ours()
        else:
            assert expected == ours()
