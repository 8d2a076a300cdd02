"""between and count_of: bounds, wording, errors, paths, and the columnar engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from integration_rules import EvaluationError, Money, Outcome
from integration_rules.errors import InvalidRule
from integration_rules.facts import FACTS, Fact
from integration_rules.rules import (
    FactChange,
    Parameter,
    Text,
    between,
    count_of,
    evaluate,
    path_to_eligibility,
)

ON = dt.date(2024, 3, 1)


def test_between_ids_and_labels_in_three_languages() -> None:
    """The generated id names the fact and the bounds; the label says it in each language."""
    rule = between("weeks_in_shelter", 4, 26)
    assert rule.id == "between('weeks_in_shelter', 4, 26)"
    assert rule.label.get("fr") == "weeks_in_shelter entre 4 et 26"
    assert rule.label.get("de") == "weeks_in_shelter zwischen 4 und 26"
    assert rule.label.get("en") == "weeks_in_shelter from 4 to 26"


def test_count_ids_and_labels_in_three_languages() -> None:
    """count_of's id and wording."""
    rule = count_of("children_birth_dates", ">=", 2)
    assert rule.id == "count_of('children_birth_dates', '>=', 2)"
    assert rule.label.get("fr") == "nombre de valeurs de children_birth_dates >= 2"
    assert rule.label.get("de") == "Anzahl Werte von children_birth_dates >= 2"
    assert rule.label.get("en") == "number of values of children_birth_dates >= 2"


@pytest.mark.parametrize(
    ("low", "high", "message"),
    [
        (5, 4, "must not exceed"),
        ("4", 5, "must be a number"),
        (True, 5, "must be a number"),
        (None, 5, "must be a number"),
        (Money.of("1"), 5, "must be comparable"),
        (Money.of("1"), Money.of("2", "EUR"), "must be comparable"),
    ],
)
def test_between_refuses_bounds_that_cannot_be_right(low: object, high: object, message: str) -> None:
    """Inverted, non-numeric or incomparable bounds are refused when the rule is built."""
    with pytest.raises(InvalidRule, match=message):
        between("x", low, high)


@pytest.mark.parametrize("number", [-1, True, 1.5, "2", None])
def test_count_refuses_a_number_that_is_not_a_count(number: object) -> None:
    """A count is a non-negative int (or a parameter of one)."""
    with pytest.raises(InvalidRule, match="non-negative int"):
        count_of("difficulties", ">=", number)  # type: ignore[arg-type]


def test_between_bounds_are_included_and_read_on_the_date() -> None:
    """Both bounds hold; a dated parameter is read on the evaluation date."""
    from integration_rules.rules import Change

    ceiling = Parameter.dated(
        "demo.ceiling",
        [Change(dt.date(2020, 1, 1), 10), Change(dt.date(2024, 1, 1), 20)],
        label=Text.same("ceiling"),
    )
    rule = between("n", 5, ceiling)
    assert evaluate(rule, {"n": 15}, on=dt.date(2023, 6, 1)).outcome is Outcome.INELIGIBLE
    assert evaluate(rule, {"n": 15}, on=dt.date(2024, 6, 1)).outcome is Outcome.ELIGIBLE
    assert evaluate(rule, {"n": 20}, on=dt.date(2024, 6, 1)).outcome is Outcome.ELIGIBLE
    assert evaluate(rule, {"n": 21}, on=dt.date(2024, 6, 1)).outcome is Outcome.INELIGIBLE
    assert evaluate(rule, {"n": 5}, on=ON).outcome is Outcome.ELIGIBLE
    assert evaluate(rule, {"n": 4}, on=ON).outcome is Outcome.INELIGIBLE


def test_between_an_amount_and_a_number_is_an_error_naming_the_fact() -> None:
    """Amounts are compared with amounts; anything else is the library's error."""
    rule = between("income", Money.of("1000"), Money.of("3000"))
    assert evaluate(rule, {"income": Money.of("3000")}, on=ON).outcome is Outcome.ELIGIBLE
    with pytest.raises(EvaluationError) as caught:
        evaluate(rule, {"income": 2000}, on=ON)
    assert caught.value.field == "income"
    assert "cannot be compared with Money" in str(caught.value)


@pytest.mark.parametrize(
    ("op", "values", "outcome"),
    [
        ("==", frozenset(), Outcome.ELIGIBLE),
        ("==", frozenset({"a"}), Outcome.INELIGIBLE),
        ("<", ("a", "b"), Outcome.INELIGIBLE),
        ("<=", ("a", "b"), Outcome.ELIGIBLE),
        (">", ["a", "b", "c"], Outcome.ELIGIBLE),
        ("!=", {"a", "b"}, Outcome.INELIGIBLE),
    ],
)
def test_count_counts_every_kind_of_collection(op: str, values: object, outcome: Outcome) -> None:
    """Sets, tuples and lists are counted; an empty one is a known count of 0."""
    assert evaluate(count_of("x", op, 2 if op != "==" else 0), {"x": values}, on=ON).outcome is outcome


@pytest.mark.parametrize("value", ["ab", 3, True])
def test_count_of_a_single_value_is_an_error(value: object) -> None:
    """A text or a number has no count: the library's error, naming the fact and the rule."""
    with pytest.raises(EvaluationError) as caught:
        evaluate(count_of("x", ">=", 1), {"x": value}, on=ON)
    assert caught.value.field == "x"
    assert "expects a set, a sequence or a list of dates" in str(caught.value)


def test_the_path_to_a_range_proposes_the_bounds() -> None:
    """Outside a range of whole numbers, the path proposes a bound (and its neighbours are tried)."""
    path = path_to_eligibility(between("n", 4, 26), {"n": 30}, on=ON)
    proposals = {c.value for option in path.changes for c in option}
    assert proposals <= {4, 26}
    assert proposals


def test_the_path_to_a_count_removes_values() -> None:
    """Too many values: the path proposes keeping fewer."""
    rule = count_of("difficulties", "<=", 1)
    path = path_to_eligibility(rule, {"difficulties": frozenset({"social", "personal"})}, on=ON)
    options = [tuple(option) for option in path.changes]
    assert options
    for option in options:
        (change,) = option
        assert isinstance(change, FactChange)
        assert change.fact == "difficulties"
        assert len(change.value) <= 1


np = pytest.importorskip("numpy")


def test_columns_count_sets_by_popcount_and_sequences_row_by_row() -> None:
    """count_of over columns gives evaluate's answers, for a set and for a list of dates."""
    from integration_rules.columnar import Columns, evaluate_rules
    from integration_rules.facts import Person

    people = [
        Person(difficulties=set(), children_birth_dates=[]),
        Person(difficulties={"social", "personal"}, children_birth_dates=["2020-01-01"]),
        Person(difficulties={"social", "personal", "scholastic"}),
        Person(children_birth_dates=["2019-01-01", "2021-01-01"]),
    ]
    rules = [
        count_of("difficulties", ">=", 2),
        count_of("difficulties", "==", 0),
        count_of("children_birth_dates", ">", 1),
    ]
    results = evaluate_rules(rules, Columns.from_persons(people), on=ON)
    for rule, result in zip(rules, results, strict=True):
        for row, person in enumerate(people):
            expected = evaluate(rule, person, on=ON)
            assert result.outcome(row) is expected.outcome
            assert result.missing_set(row) == expected.missing


def test_columns_compare_amounts_and_decimals_natively() -> None:
    """Money and decimal columns are scaled whole numbers; a bound finer than the places is exact."""
    from integration_rules.columnar import Columns, evaluate_rules

    income = Fact.money("income", label=Text.same("income"))
    rate = Fact.decimal("rate", label=Text.same("rate"), places=2)
    schema = FACTS.extended(income, rate)
    people = [
        schema.person(income="2999.99", rate="0.25"),
        schema.person(income="3000", rate="0.26"),
        schema.person(income=None, rate=None),
    ]
    columns = Columns.from_persons(people)
    assert columns.column("income").values.dtype == np.int64
    assert columns.column("income").values.tolist()[:2] == [299999, 300000]
    rules = [
        between("income", Money.of("1000"), Money.of("2999.99")),
        between("rate", Decimal("0.255"), Decimal("0.3")),  # 0.255: finer than 2 places
        count_of("difficulties", ">=", 0),
    ]
    for rule, result in zip(rules, evaluate_rules(rules, columns, on=ON), strict=True):
        for row, person in enumerate(people):
            expected = evaluate(rule, person, on=ON)
            assert result.outcome(row) is expected.outcome, (rule.id, row)
            assert result.missing_set(row) == expected.missing
