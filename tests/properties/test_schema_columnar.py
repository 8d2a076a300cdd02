"""Facts of one's own, of every kind: the columnar engine agrees with evaluation, row by row."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules.facts import FACTS, Fact, Schema
from integration_rules.rules import (
    Rule,
    Text,
    all_of,
    any_of,
    between,
    compare,
    contains,
    count_of,
    evaluate,
    is_true,
    months_since,
    not_,
    one_of,
    years_since,
)
from integration_rules.testing import fact_values, persons

np = pytest.importorskip("numpy")
from integration_rules.columnar import Columns, evaluate_rules  # noqa: E402

CODES = ("alpha", "beta", "gamma", "delta")
OPS = st.sampled_from(["==", "!=", "<", "<=", ">", ">="])


def _label(name: str) -> Text:
    return Text(f"{name} (fr)", f"{name} (de)", f"{name} (en)")


@st.composite
def extra_facts(draw: st.DrawFn) -> tuple[Fact, ...]:
    """One fact of each kind, with drawn bounds, places and codes (names prefixed x_)."""
    low = draw(st.integers(-50, 50))
    high = draw(st.integers(low, low + 200))
    places = draw(st.integers(0, 3))
    codes = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=4, unique=True))
    return (
        Fact.boolean("x_flag", label=_label("x_flag")),
        Fact.date("x_since", label=_label("x_since"), minimum=dt.date(2000, 1, 1)),
        Fact.integer("x_count", label=_label("x_count"), minimum=low, maximum=high),
        Fact.decimal("x_rate", label=_label("x_rate"), places=places, minimum=-100, maximum=100),
        Fact.money("x_income", label=_label("x_income"), minimum=0, maximum=10_000),
        Fact.category("x_kind", codes, label=_label("x_kind")),
        Fact.category("x_open", label=_label("x_open")),
        Fact.set_of("x_tags", codes, label=_label("x_tags")),
        Fact.sequence("x_steps", codes, label=_label("x_steps"), in_order=draw(st.booleans())),
        Fact.dates("x_days", label=_label("x_days")),
    )


def _leaf(draw: st.DrawFn, facts: dict[str, Fact]) -> Rule:  # noqa: PLR0911 - one leaf per kind
    name = draw(st.sampled_from(sorted(facts)))
    fact = facts[name]
    by = draw(st.sampled_from([fact, name]))  # by declaration or by name: the same rule
    if fact.kind in {"integer", "decimal", "money"}:
        values = fact_values(fact)
        if draw(st.booleans()):
            first, second = draw(values), draw(values)
            return between(by, min(first, second), max(first, second))
        return compare(by, draw(OPS), draw(values))
    if fact.kind == "bool":
        return is_true(by)
    if fact.kind == "date":
        amount = draw(st.integers(0, 30))
        return (months_since if draw(st.booleans()) else years_since)(by, at_least=amount)
    if fact.kind == "category":
        pool = fact.values or fact.examples or ("code-a", "code-b", "code-c")
        return one_of(by, draw(st.frozensets(st.sampled_from(pool), min_size=1)))
    if fact.kind == "set" and draw(st.booleans()):
        return contains(by, draw(st.sampled_from(fact.values)))
    return count_of(by, draw(OPS), draw(st.integers(0, 4)))


@st.composite
def rules_over(draw: st.DrawFn, facts: dict[str, Fact], depth: int = 2) -> Rule:
    if depth == 0 or draw(st.booleans()):
        return _leaf(draw, facts)
    parts = draw(st.lists(rules_over(facts, depth - 1), min_size=1, max_size=3))
    combinator = draw(st.sampled_from(["all", "any", "not"]))
    if combinator == "not":
        return not_(parts[0])
    return all_of(*parts) if combinator == "all" else any_of(*parts)


@st.composite
def cases(draw: st.DrawFn) -> tuple[Schema, list[Rule], list[Any], dt.date]:
    extra = draw(extra_facts())
    schema = FACTS.extended(*extra)
    facts = {f.name: f for f in extra}
    rules = draw(st.lists(rules_over(facts), min_size=1, max_size=3))
    people = draw(
        st.lists(
            persons(
                schema=schema,
                born=(dt.date(1950, 1, 1), dt.date(1999, 12, 31)),
                history=(dt.date(2000, 1, 1), dt.date(2024, 12, 31)),
            ),
            min_size=1,
            max_size=12,
        )
    )
    on = draw(st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31)))
    return schema, rules, people, on


@settings(max_examples=120, deadline=None)
@given(cases())
def test_columns_agree_with_evaluation_on_every_kind(
    case: tuple[Schema, list[Rule], list[Any], dt.date],
) -> None:
    """For random facts of every kind and rules over them, outcome and missing agree row by row."""
    schema, rules, people, on = case
    people = [p for p in people if p.birth_date is None or p.birth_date <= on]
    columns = Columns.from_persons(people, schema=schema)

    results = evaluate_rules(rules, columns, on=on)

    for rule, result in zip(rules, results, strict=True):
        for row, person in enumerate(people):
            expected = evaluate(rule, person, on=on)
            assert result.outcome(row) is expected.outcome, (rule.id, row)
            assert result.missing_set(row) == expected.missing, (rule.id, row)


@settings(max_examples=60, deadline=None)
@given(extra_facts(), st.data())
def test_columns_read_from_mappings_decode_to_the_same_persons(
    extra: tuple[Fact, ...], data: st.DataObject
) -> None:
    """A caseload given as columns holds, row by row, the persons the schema builds."""
    schema = FACTS.extended(*extra)
    people = data.draw(st.lists(persons(schema=schema), min_size=1, max_size=8))
    mapping = {
        f.name: [getattr(p, f.name) for p in people]
        for f in extra
    }
    columns = Columns.from_mapping(mapping, schema=schema)

    for row, person in enumerate(people):
        assert columns.row(row) == schema.person(
            **{f.name: getattr(person, f.name) for f in extra}
        )
