"""The table of operations, entry by entry, on the values where a slip would show.

Each test pins what one entry of the table (``_core._ops`` for the
combinations, ``_core._leaf_ops`` for the leaves) means to a user: the
outcome and missing facts, the generated id and label, the detail and the
explanation, the breakpoints of a timeline, the candidates and blockers of a
path to eligibility, the compiled plan and the columnar engine.

Several entries are *built* by factories when the modules are imported
(``_elapsed`` makes ``years_since`` and ``months_since``; ``_listed``,
``_joined`` and ``_not_reaching`` parts of ``all_of`` and ``any_of``). Mutation
testing imports the modules once and changes the code afterwards, so a table
built at import never sees a change of its factories. The autouse fixture
:func:`rebuilt_table` therefore executes both modules afresh and installs
their table for the test: every test below runs the public API on a table
built by the code as it is at test time (the same code, outside mutation
testing).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib.abc
import importlib.util
import sys
import types
from collections.abc import Callable, Mapping
from functools import cache, partial
from importlib.machinery import ModuleSpec
from typing import Any, ClassVar

import pytest
from attrs import frozen
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_rules import EvaluationError, InvalidRule, Outcome
from integration_rules._core import _ops
from integration_rules._core._operation import Operation
from integration_rules.rules import (
    Change,
    FactChange,
    Leaf,
    Parameter,
    Phrase,
    Rule,
    Text,
    age_between,
    all_of,
    any_of,
    at_least_n_of,
    compare,
    evaluate,
    is_true,
    months_since,
    not_,
    one_of,
    path_to_eligibility,
    years_since,
)

ON = dt.date(2024, 3, 1)


@cache
def _compiled(name: str) -> tuple[ModuleSpec, types.CodeType]:
    """The spec and the code of module *name*'s file, compiled once per process."""
    spec = importlib.util.find_spec(name)
    assert spec is not None
    assert isinstance(spec.loader, importlib.abc.InspectLoader)
    code = spec.loader.get_code(name)
    assert code is not None
    return spec, code


def _executed_again(name: str) -> types.ModuleType:
    """A new module object of *name*, its top level run now (not put in ``sys.modules``)."""
    spec, code = _compiled(name)
    module = importlib.util.module_from_spec(spec)
    exec(code, module.__dict__)  # noqa: S102 - the library's own module
    return module


@pytest.fixture(autouse=True)
def rebuilt_table(monkeypatch: pytest.MonkeyPatch) -> Mapping[str, Operation]:
    """The table of operations, built now by the code of ``_leaf_ops`` and ``_ops``, in use for the test.

    Rules built during the test look their kind up in it (ids, labels, reads),
    and so do evaluation, plans, timelines, paths and the columnar engine.
    """
    leaf_ops = _executed_again("integration_rules._core._leaf_ops")
    with monkeypatch.context() as patch:
        # The new _ops imports its leaves' entries from the new _leaf_ops.
        patch.setitem(sys.modules, "integration_rules._core._leaf_ops", leaf_ops)
        ops = _executed_again("integration_rules._core._ops")
    table: Mapping[str, Operation] = ops.OPERATIONS
    assert set(table) == set(_ops.OPERATIONS)
    assert all(table[kind] is not _ops.OPERATIONS[kind] for kind in table)
    monkeypatch.setattr(_ops, "OPERATIONS", table)
    return table


def en(value: Text | Phrase | None) -> str:
    assert value is not None
    return value.get("en")


def blocker_ids(rule: Rule, facts: Mapping[str, Any]) -> list[str]:
    return [node.rule_id for node in path_to_eligibility(rule, facts, on=ON).blockers]


# -- the table itself ----------------------------------------------------------------


def test_a_kind_that_is_not_a_string_is_refused_with_the_librarys_error() -> None:
    """A class whose kind is not a name (here an unhashable list) is an InvalidRule, not a TypeError."""

    @frozen(kw_only=True, repr=False)
    class Listed(Leaf):
        kind: ClassVar[Any] = ["is_true"]
        fact: str

    with pytest.raises(InvalidRule) as caught:
        Listed(fact="x", id="demo.listed", label=Phrase("is_true", ("x",)))

    assert str(caught.value) == (
        "no operation for rules of kind ['is_true'] (Listed): "
        "add an entry to the table of operations"
    )


def test_an_unknown_kind_says_how_to_fix_it() -> None:
    """The message names the kind and the class, and says what to add."""

    @frozen(kw_only=True, repr=False)
    class Unheard(Leaf):
        kind: ClassVar[str] = "unheard"
        fact: str

    with pytest.raises(InvalidRule) as caught:
        Unheard(fact="x", id="demo.unheard", label=Phrase("is_true", ("x",)))

    assert str(caught.value) == (
        "no operation for rules of kind 'unheard' (Unheard): "
        "add an entry to the table of operations"
    )


# -- all_of, any_of: ids and reprs ---------------------------------------------------


def test_combinations_are_named_after_their_parts_ids_and_shown_with_their_reprs() -> (
    None
):
    a, b = is_true("a").named("x.a"), is_true("b")

    assert all_of(a, b).id == "all_of(x.a, is_true('b'))"
    assert repr(all_of(a, b)) == "all_of(is_true('a').named('x.a'), is_true('b'))"
    assert any_of(b, a).id == "any_of(is_true('b'), x.a)"
    assert repr(any_of(b, a)) == "any_of(is_true('b'), is_true('a').named('x.a'))"
    assert all_of(b).id == "all_of(is_true('b'))"
    assert (
        repr(at_least_n_of(2, a, b, is_true("c")))
        == "at_least_n_of(2, is_true('a').named('x.a'), is_true('b'), is_true('c'))"
    )
    assert repr(not_(a)) == "not_(is_true('a').named('x.a'))"


def test_combinations_have_their_generated_labels() -> None:
    a, b = is_true("a"), is_true("b")

    assert en(all_of(a, b).label) == "all of the following hold"
    assert en(any_of(a, b).label) == "at least one of the following holds"
    assert en(not_(a).label) == "the following does not hold"
    assert en(at_least_n_of(2, a, b).label) == "at least 2 of the following hold"


# -- all_of, any_of, not: outcomes, by plan and by explanation -------------------------

KLEENE = [
    (True, True),
    (True, False),
    (False, True),
    (False, False),
    (True, None),
    (None, True),
    (False, None),
    (None, False),
    (None, None),
]


def _of(value: bool | None) -> Outcome:
    return Outcome.of(value)


@pytest.mark.parametrize(("x", "y"), KLEENE)
def test_all_of_any_of_and_not_follow_kleenes_logic_in_plans_and_explanations(
    x: bool | None, y: bool | None
) -> None:
    """The plan (evaluate's outcome), the explanation tree and Kleene's logic agree, order included."""
    facts = {"x": x, "y": y}
    a, b = is_true("x"), is_true("y")
    cases = {
        all_of(a, b): _of(x) & _of(y),
        all_of(b, a): _of(x) & _of(y),
        any_of(a, b): _of(x) | _of(y),
        any_of(b, a): _of(x) | _of(y),
        not_(a): ~_of(x),
        not_(all_of(a, b)): ~(_of(x) & _of(y)),
        all_of(a): _of(x),
        any_of(b): _of(y),
    }
    for rule, expected in cases.items():
        decision = evaluate(rule, facts, on=ON)
        unknown = frozenset(name for name, value in facts.items() if value is None)
        assert decision.outcome is expected, rule
        assert rule.evaluate(facts, ON).outcome is expected, rule
        if expected is Outcome.UNDETERMINED:
            assert decision.missing == unknown & rule.facts(), rule
        else:
            assert decision.missing == frozenset(), rule


# -- blockers: what keeps a combination from the outcome wanted ----------------------


def test_all_of_is_blocked_by_its_parts_that_do_not_hold_only() -> None:
    rule = all_of(is_true("a"), is_true("b"), is_true("c"))

    assert blocker_ids(rule, {"a": True, "b": False, "c": None}) == [
        "is_true('b')",
        "is_true('c')",
    ]
    assert blocker_ids(rule, {"a": True, "b": True, "c": True}) == []


def test_any_of_is_blocked_by_every_part_when_it_should_hold() -> None:
    rule = any_of(is_true("a"), is_true("b"))

    assert blocker_ids(rule, {"a": False, "b": None}) == [
        "is_true('a')",
        "is_true('b')",
    ]


def test_a_negated_all_of_is_blocked_by_every_part_that_holds() -> None:
    """Negated, all_of(a, b) wants all_of ineligible: each part that holds is in the way."""
    rule = not_(all_of(is_true("a"), is_true("b")))

    assert blocker_ids(rule, {"a": True, "b": True}) == ["is_true('a')", "is_true('b')"]
    path = path_to_eligibility(rule, {"a": True, "b": True}, on=ON)
    assert path.changes == ((FactChange("a", False),), (FactChange("b", False),))
    assert blocker_ids(rule, {"a": True, "b": False}) == []


def test_a_negated_any_of_is_blocked_by_its_parts_that_are_not_ineligible_only() -> (
    None
):
    """Negated, any_of(a, b, c) wants any_of ineligible: a part already ineligible is not in the way."""
    rule = not_(any_of(is_true("a"), is_true("b"), is_true("c")))

    path = path_to_eligibility(rule, {"a": True, "b": False, "c": None}, on=ON)

    assert path.decision.outcome is Outcome.INELIGIBLE
    assert [node.rule_id for node in path.blockers] == ["is_true('a')", "is_true('c')"]
    assert path.changes == ((FactChange("a", False), FactChange("c", False)),)


def test_at_least_n_of_is_blocked_by_the_parts_not_already_as_wanted() -> None:
    rule = at_least_n_of(2, is_true("a"), is_true("b"), is_true("c"))

    assert blocker_ids(rule, {"a": True, "b": False, "c": None}) == [
        "is_true('b')",
        "is_true('c')",
    ]
    negated = not_(rule)
    assert blocker_ids(negated, {"a": True, "b": True, "c": False}) == [
        "is_true('a')",
        "is_true('b')",
    ]


# -- at_least_n_of ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "outcome", "counted"),
    [
        ((True, True, False), Outcome.ELIGIBLE, "2 of 3 hold, 2 required"),
        ((True, None, False), Outcome.UNDETERMINED, "1 of 3 hold, 2 required"),
        ((True, None, None), Outcome.UNDETERMINED, "1 of 3 hold, 2 required"),
        ((True, False, False), Outcome.INELIGIBLE, "1 of 3 hold, 2 required"),
        ((None, False, False), Outcome.INELIGIBLE, "0 of 3 hold, 2 required"),
        ((True, True, True), Outcome.ELIGIBLE, "3 of 3 hold, 2 required"),
    ],
)
def test_at_least_two_of_three_counts_what_holds_and_what_is_open(
    values: tuple[bool | None, ...], outcome: Outcome, counted: str
) -> None:
    facts = dict(zip("abc", values, strict=True))
    needed = Parameter("demo.needed", 2, label=Text.same("needed"))
    for n in (2, needed):
        rule = at_least_n_of(n, is_true("a"), is_true("b"), is_true("c"))
        decision = evaluate(rule, facts, on=ON)
        assert decision.outcome is outcome
        assert en(decision.explanation.detail) == counted
        expected_missing = (
            frozenset(k for k, v in facts.items() if v is None)
            if outcome is Outcome.UNDETERMINED
            else frozenset()
        )
        assert decision.missing == expected_missing


# -- years_since, months_since ---------------------------------------------------------

ARRIVED = dt.date(2020, 3, 15)


def decided(rule: Rule, facts: Mapping[str, Any], on: dt.date) -> Outcome:
    """The outcome of the plan (evaluate), checked against the explanation tree's."""
    outcome = evaluate(rule, facts, on=on).outcome
    assert rule.evaluate(facts, on).outcome is outcome, (rule, facts, on)
    return outcome


def column_outcomes(
    rule: Rule, column: str, values: list[Any], on: dt.date
) -> list[Outcome]:
    """The columnar engine's outcome on each row of one column, checked against evaluate's."""
    from integration_rules.columnar import Columns, evaluate_columns

    result = evaluate_columns(rule, Columns.from_mapping({column: values}), on=on)
    found = [result.outcome(row) for row in range(len(values))]
    assert found == [evaluate(rule, {column: v}, on=on).outcome for v in values]
    return found


@pytest.mark.parametrize(
    ("make", "last_no", "first_yes", "bound"),
    [
        (
            partial(years_since, "arrival_date", at_least=2),
            "2022-03-14",
            "2022-03-15",
            "at least 2 years",
        ),
        (
            partial(years_since, "arrival_date", more_than=2),
            "2022-03-15",
            "2022-03-16",
            "more than 2 years",
        ),
        (
            partial(months_since, "arrival_date", at_least=3),
            "2020-06-14",
            "2020-06-15",
            "at least 3 months",
        ),
        (
            partial(months_since, "arrival_date", more_than=3),
            "2020-06-15",
            "2020-06-16",
            "more than 3 months",
        ),
        (
            partial(years_since, "arrival_date", at_least=0),
            None,
            "2020-03-15",
            "at least 0 years",
        ),
    ],
)
def test_time_since_a_date_holds_from_its_first_day_and_says_which(
    make: Callable[[], Rule], last_no: str | None, first_yes: str, bound: str
) -> None:
    """An "at least" holds from the anniversary, a "more than" from the day after; the detail names that day.

    And says what the day is: the day the condition would first hold (before
    it), the day it holds since (from it on).
    """
    rule = make()
    facts = {"arrival_date": ARRIVED}
    yes = dt.date.fromisoformat(first_yes)
    days = [yes, yes + dt.timedelta(days=400)]
    if last_no is not None:
        no = dt.date.fromisoformat(last_no)
        assert decided(rule, facts, no) is Outcome.INELIGIBLE
        assert f"{bound}: would first hold on {first_yes}" == en(
            rule.evaluate(facts, no).detail
        )
        days.append(no)
    for day in days[:2]:
        assert decided(rule, facts, day) is Outcome.ELIGIBLE
        assert f"{bound}: holds since {first_yes}" == en(rule.evaluate(facts, day).detail)
    assert column_outcomes(rule, "arrival_date", [ARRIVED, None], yes) == [
        Outcome.ELIGIBLE,
        Outcome.UNDETERMINED,
    ]
    if last_no is not None:
        no = dt.date.fromisoformat(last_no)
        assert column_outcomes(rule, "arrival_date", [ARRIVED, None], no) == [
            Outcome.INELIGIBLE,
            Outcome.UNDETERMINED,
        ]


def test_months_since_the_end_of_a_month_counts_to_the_end_of_a_shorter_month() -> None:
    """One month after 31 January is 29 February in a leap year (28 in a common one)."""
    rule = months_since("status_since", at_least=1)
    strict = months_since("status_since", more_than=1)
    leap, common = dt.date(2024, 1, 31), dt.date(2023, 1, 31)

    assert (
        decided(rule, {"status_since": leap}, dt.date(2024, 2, 28))
        is Outcome.INELIGIBLE
    )
    assert (
        decided(rule, {"status_since": leap}, dt.date(2024, 2, 29)) is Outcome.ELIGIBLE
    )
    assert (
        decided(strict, {"status_since": leap}, dt.date(2024, 2, 29))
        is Outcome.INELIGIBLE
    )
    assert (
        decided(strict, {"status_since": leap}, dt.date(2024, 3, 1)) is Outcome.ELIGIBLE
    )
    assert (
        decided(rule, {"status_since": common}, dt.date(2023, 2, 28))
        is Outcome.ELIGIBLE
    )
    assert column_outcomes(
        rule, "status_since", [leap, common, None], dt.date(2024, 2, 28)
    ) == [
        Outcome.INELIGIBLE,
        Outcome.ELIGIBLE,
        Outcome.UNDETERMINED,
    ]
    assert column_outcomes(
        strict, "status_since", [leap, dt.date(2024, 1, 28)], dt.date(2024, 2, 29)
    ) == [
        Outcome.INELIGIBLE,
        Outcome.ELIGIBLE,
    ]


def test_years_and_months_are_not_confused_by_any_engine() -> None:
    """2 years is not 2 months, in the plan, the tree and the columns."""
    years, months = (
        years_since("arrival_date", at_least=2),
        months_since("arrival_date", at_least=2),
    )
    on = dt.date(2020, 6, 1)

    assert decided(years, {"arrival_date": ARRIVED}, on) is Outcome.INELIGIBLE
    assert decided(months, {"arrival_date": ARRIVED}, on) is Outcome.ELIGIBLE
    assert column_outcomes(years, "arrival_date", [ARRIVED], on) == [Outcome.INELIGIBLE]
    assert column_outcomes(months, "arrival_date", [ARRIVED], on) == [Outcome.ELIGIBLE]
    strict_years = years_since("arrival_date", more_than=2)
    assert column_outcomes(
        strict_years,
        "arrival_date",
        [ARRIVED, dt.date(2018, 5, 31), dt.date(2018, 6, 1)],
        on,
    ) == [Outcome.INELIGIBLE, Outcome.ELIGIBLE, Outcome.INELIGIBLE]


@pytest.mark.parametrize(
    ("make", "ident", "label", "reason", "day"),
    [
        (
            partial(years_since, "arrival_date", at_least=2),
            "years_since('arrival_date', at_least=2)",
            "at least 2 years since arrival_date",
            "2 years since arrival_date",
            dt.date(2022, 3, 15),
        ),
        (
            partial(years_since, "arrival_date", more_than=2),
            "years_since('arrival_date', more_than=2)",
            "more than 2 years since arrival_date",
            "more than 2 years since arrival_date",
            dt.date(2022, 3, 16),
        ),
        (
            partial(months_since, "arrival_date", at_least=3),
            "months_since('arrival_date', at_least=3)",
            "at least 3 months since arrival_date",
            "3 months since arrival_date",
            dt.date(2020, 6, 15),
        ),
        (
            partial(months_since, "arrival_date", more_than=3),
            "months_since('arrival_date', more_than=3)",
            "more than 3 months since arrival_date",
            "more than 3 months since arrival_date",
            dt.date(2020, 6, 16),
        ),
    ],
)
def test_time_since_a_date_has_its_id_label_and_breakpoint(
    make: Callable[[], Rule], ident: str, label: str, reason: str, day: dt.date
) -> None:
    rule = make()
    facts = {"arrival_date": ARRIVED}

    assert rule.id == ident
    assert repr(rule) == ident
    assert en(rule.label) == label
    found = rule.breakpoints(facts, ARRIVED, dt.date(2030, 1, 1))
    assert [(b.day, b.rule_id, en(b.reason)) for b in found] == [(day, ident, reason)]
    assert rule.breakpoints({"arrival_date": None}, ARRIVED, dt.date(2030, 1, 1)) == ()
    path = path_to_eligibility(rule, facts, on=day - dt.timedelta(days=1))
    assert path.earliest == day
    assert [en(b.reason) for b in path.earliest_reasons] == [reason]


def test_time_since_a_date_reads_a_dated_amount_on_each_day() -> None:
    """A dated amount is read on the evaluation day: in the test, the plan, the columns and the breakpoints."""
    years = Parameter.dated(
        "demo.years",
        [Change(dt.date(2015, 1, 1), 2), Change(dt.date(2023, 1, 1), 4)],
        label=Text.same("years"),
    )
    rule = years_since("arrival_date", at_least=years)
    strict = years_since("arrival_date", more_than=years)
    facts = {"arrival_date": ARRIVED}

    assert rule.id == "years_since('arrival_date', at_least=demo.years)"
    assert decided(rule, facts, dt.date(2022, 12, 31)) is Outcome.ELIGIBLE
    assert (
        en(rule.evaluate(facts, dt.date(2022, 12, 31)).detail)
        == "at least 2 years: holds since 2022-03-15"
    )
    assert decided(rule, facts, dt.date(2023, 1, 1)) is Outcome.INELIGIBLE
    assert (
        en(rule.evaluate(facts, dt.date(2023, 1, 1)).detail)
        == "at least 4 years: would first hold on 2024-03-15"
    )
    assert decided(strict, facts, dt.date(2022, 12, 31)) is Outcome.ELIGIBLE
    assert column_outcomes(rule, "arrival_date", [ARRIVED], dt.date(2022, 6, 1)) == [
        Outcome.ELIGIBLE
    ]
    assert column_outcomes(rule, "arrival_date", [ARRIVED], dt.date(2023, 6, 1)) == [
        Outcome.INELIGIBLE
    ]
    found = rule.breakpoints(facts, dt.date(2021, 1, 1), dt.date(2025, 1, 1))
    assert sorted((b.day, en(b.reason)) for b in found) == [
        (dt.date(2022, 3, 15), "2 years since arrival_date"),
        (dt.date(2023, 1, 1), "new value of demo.years"),
        (dt.date(2024, 3, 15), "4 years since arrival_date"),
    ]
    uses = rule.evaluate(facts, dt.date(2023, 1, 1)).parameters
    assert [(u.id, u.value) for u in uses] == [("demo.years", 4)]


def test_an_inclusive_parameter_decides_at_least_or_more_than_and_is_shown() -> None:
    """years_since(at_least=, inclusive=): false reads "more than"; the explanation shows both parameters."""
    inclusive = Parameter("demo.inclusive", False, label=Text.same("inclusive"))
    amount = Parameter("demo.amount", 2, label=Text.same("amount"))
    rule = years_since("arrival_date", at_least=amount, inclusive=inclusive)
    facts = {"arrival_date": ARRIVED}

    assert decided(rule, facts, dt.date(2022, 3, 15)) is Outcome.INELIGIBLE
    assert decided(rule, facts, dt.date(2022, 3, 16)) is Outcome.ELIGIBLE
    node = rule.evaluate(facts, dt.date(2022, 3, 16))
    assert [(u.id, u.value) for u in node.parameters] == [
        ("demo.amount", 2),
        ("demo.inclusive", False),
    ]
    assert rule.parameters() == (amount, inclusive)
    plain = years_since("arrival_date", at_least=amount)
    assert [
        (u.id, u.value) for u in plain.evaluate(facts, dt.date(2022, 3, 16)).parameters
    ] == [("demo.amount", 2)]
    assert plain.parameters() == (amount,)


@pytest.mark.parametrize(
    "make",
    [
        partial(years_since, "arrival_date", at_least=2),
        partial(months_since, "arrival_date", more_than=1),
    ],
)
def test_time_since_a_value_that_is_not_a_date_names_the_fact_and_the_rule(
    make: Callable[[], Rule],
) -> None:
    rule = make()
    for value in ("2020-03-15", dt.datetime(2020, 3, 15, 12, 0), 2020):
        with pytest.raises(EvaluationError) as caught:
            evaluate(rule, {"arrival_date": value}, on=ON)
        assert caught.value.field == "arrival_date"
        assert str(caught.value) == f"arrival_date: rule {rule.id!r} expects a date"
        with pytest.raises(EvaluationError) as again:
            rule.evaluate({"arrival_date": value}, ON)
        assert str(again.value) == str(caught.value)
        with pytest.raises(EvaluationError) as timed:
            rule.breakpoints({"arrival_date": value}, ON, dt.date(2030, 1, 1))
        assert timed.value.field == "arrival_date"
        assert str(timed.value) == str(caught.value)


class Day(dt.date):
    """A date of the caller's own type (a subclass of date, not a datetime)."""


def test_a_date_of_a_subclass_is_read_as_the_date_it_is() -> None:
    facts = {"arrival_date": Day(2020, 3, 15), "birth_date": Day(2009, 3, 1)}
    since = years_since("arrival_date", at_least=2)
    age = age_between(15, 25)

    assert decided(since, facts, dt.date(2022, 3, 15)) is Outcome.ELIGIBLE
    assert decided(since, facts, dt.date(2022, 3, 14)) is Outcome.INELIGIBLE
    assert decided(age, facts, dt.date(2024, 3, 1)) is Outcome.ELIGIBLE
    assert decided(age, facts, dt.date(2024, 2, 29)) is Outcome.INELIGIBLE


# -- ages, compare: what the compiled plan hands back to the leaf's own test -----------


def test_a_birth_date_after_the_evaluation_date_is_refused_with_the_same_words_by_every_engine() -> (
    None
):
    rule = age_between(15, 25)
    facts = {"birth_date": dt.date(2024, 3, 2)}

    with pytest.raises(EvaluationError) as planned:
        evaluate(rule, facts, on=ON)
    with pytest.raises(EvaluationError) as explained:
        rule.evaluate(facts, ON)

    expected = (
        "birth_date: is after the evaluation date 2024-03-01; an age cannot be computed"
    )
    assert str(planned.value) == expected
    assert str(explained.value) == expected
    assert decided(rule, {"birth_date": dt.date(2024, 3, 1)}, ON) is Outcome.INELIGIBLE


def test_an_age_with_a_dated_maximum_reads_the_maximum_of_the_day() -> None:
    maximum = Parameter.dated(
        "demo.max_age",
        [Change(dt.date(2010, 1, 1), 25), Change(dt.date(2024, 1, 1), 30)],
        label=Text.same("maximum age"),
    )
    rule = age_between(15, maximum)
    facts = {"birth_date": dt.date(1996, 6, 1)}  # 27 in 2023 and 2024

    assert decided(rule, facts, dt.date(2023, 12, 31)) is Outcome.INELIGIBLE
    assert decided(rule, facts, dt.date(2024, 1, 1)) is Outcome.ELIGIBLE
    assert (
        en(rule.evaluate(facts, dt.date(2024, 1, 1)).detail)
        == "27 completed years on 2024-01-01"
    )
    assert column_outcomes(
        rule, "birth_date", [dt.date(1996, 6, 1)], dt.date(2024, 1, 1)
    ) == [Outcome.ELIGIBLE]


def test_compare_with_a_dated_text_reads_the_text_of_the_day() -> None:
    canton = Parameter.dated(
        "demo.canton",
        [Change(dt.date(2010, 1, 1), "CH-VS"), Change(dt.date(2024, 1, 1), "CH-JU")],
        label=Text.same("canton"),
    )
    rule = compare("domicile", "==", canton)

    assert (
        decided(rule, {"domicile": "CH-VS"}, dt.date(2023, 12, 31)) is Outcome.ELIGIBLE
    )
    assert (
        decided(rule, {"domicile": "CH-VS"}, dt.date(2024, 1, 1)) is Outcome.INELIGIBLE
    )
    assert decided(rule, {"domicile": "CH-JU"}, dt.date(2024, 1, 1)) is Outcome.ELIGIBLE
    assert (
        decided(rule, {"domicile": "CH-JU"}, dt.date(2023, 12, 31))
        is Outcome.INELIGIBLE
    )


class Canton(enum.StrEnum):
    """The caller's own text values: a str subclass, compared as the text it is."""

    VS = "CH-VS"
    JU = "CH-JU"


@pytest.mark.parametrize(
    ("make", "value", "outcome"),
    [
        (partial(compare, "domicile", "==", "CH-VS"), Canton.VS, Outcome.ELIGIBLE),
        (partial(compare, "domicile", "==", "CH-VS"), Canton.JU, Outcome.INELIGIBLE),
        (partial(compare, "domicile", "!=", "CH-VS"), Canton.JU, Outcome.ELIGIBLE),
        (partial(compare, "domicile", ">=", "CH-VS"), Canton.VS, Outcome.ELIGIBLE),
        (partial(one_of, "domicile", {"CH-VS", "CH-JU"}), Canton.JU, Outcome.ELIGIBLE),
        (partial(one_of, "domicile", {"CH-VS"}), Canton.JU, Outcome.INELIGIBLE),
    ],
)
def test_a_text_of_a_str_subclass_is_compared_as_its_text(
    make: Callable[[], Rule], value: Canton, outcome: Outcome
) -> None:
    rule = make()
    assert decided(rule, {"domicile": value}, ON) is outcome


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    since=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    on=st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
    amount=st.integers(0, 30),
    strict=st.booleans(),
    unit=st.sampled_from(["years", "months"]),
)
def test_time_since_a_date_agrees_with_the_calendar_in_every_engine(
    since: dt.date, on: dt.date, amount: int, strict: bool, unit: str
) -> None:
    """The plan, the tree and the columns say what relativedelta says, on any pair of days."""
    build = years_since if unit == "years" else months_since
    bound = "more_than" if strict else "at_least"
    rule = build("arrival_date", **{bound: amount})
    mark = since + relativedelta(**{unit: amount})
    expected = Outcome.of(on > mark if strict else on >= mark)

    assert decided(rule, {"arrival_date": since}, on) is expected
    assert column_outcomes(rule, "arrival_date", [since], on) == [expected]


# -- between and count_of: built in each test, on the table rebuilt for it --------------------


def test_between_candidates_are_the_bounds_then_their_neighbours() -> None:
    """Whole-number bounds propose the bounds, then one below the minimum and one above the maximum."""
    from integration_rules.rules import between

    assert between("n", 4, 26).candidates({}) == (
        FactChange("n", 4),
        FactChange("n", 26),
        FactChange("n", 3),
        FactChange("n", 27),
    )
    from decimal import Decimal

    assert between("x", Decimal("0.2"), Decimal("0.8")).candidates({}) == (
        FactChange("x", Decimal("0.2")),
        FactChange("x", Decimal("0.8")),
    )
    bound = Parameter("demo.high", 30, label=Text.same("high"))
    assert between("n", 10, bound).candidates({})[1] == FactChange("n", 30)


def test_count_candidates_keep_fewer_values_first_ones_first() -> None:
    """A set keeps its first values in sorted order; a list its first ones; none when unknown or empty."""
    from integration_rules.rules import count_of

    rule = count_of("d", "<=", 1)
    assert rule.candidates({"d": frozenset({"b", "a", "c"})}) == (
        FactChange("d", frozenset({"a", "b"})),
        FactChange("d", frozenset({"a"})),
        FactChange("d", frozenset()),
    )
    assert rule.candidates({"d": ("x", "y")}) == (
        FactChange("d", ("x",)),
        FactChange("d", ()),
    )
    assert rule.candidates({"d": None}) == ()
    assert rule.candidates({"d": frozenset()}) == ()
    assert rule.candidates({"d": ["x"]}) == ()


@pytest.mark.parametrize(
    ("value", "outcome"),
    [(3, Outcome.INELIGIBLE), (4, Outcome.ELIGIBLE), (26, Outcome.ELIGIBLE), (27, Outcome.INELIGIBLE)],
)
def test_between_over_columns_is_the_conjunction_of_its_bounds(value: int, outcome: Outcome) -> None:
    """The column shortcut holds only inside the range, both bounds included; unknown stays unknown."""
    np = pytest.importorskip("numpy")
    from integration_rules.columnar import Columns, evaluate_rules
    from integration_rules.facts import FACTS, Fact
    from integration_rules.rules import between

    schema = FACTS.extended(Fact.integer("n", label=Text.same("n")))
    people = [schema.person(n=value), schema.person()]
    columns = Columns.from_persons(people)
    assert columns.column("n").values.dtype == np.int64
    (result,) = evaluate_rules([between("n", 4, 26)], columns, on=dt.date(2024, 3, 1))
    assert result.outcome(0) is outcome
    assert result.outcome(1) is Outcome.UNDETERMINED
    assert result.missing_set(1) == frozenset({"n"})


def test_between_and_count_messages_and_errors() -> None:
    """Wording in the three languages, and the error for a value that cannot be counted or compared."""
    from integration_rules import Money
    from integration_rules.rules import between, count_of

    on = dt.date(2024, 3, 1)
    assert between("n", 1, 2).label.get("de") == "n zwischen 1 und 2"
    assert count_of("d", "<", 3).label.get("en") == "number of values of d < 3"
    assert evaluate(count_of("d", "<", 3), {"d": ("a", "b")}, on=on).outcome is Outcome.ELIGIBLE
    assert evaluate(count_of("d", "<", 2), {"d": ("a", "b")}, on=on).outcome is Outcome.INELIGIBLE
    with pytest.raises(EvaluationError, match="expects a set, a sequence or a list of dates"):
        evaluate(count_of("d", ">", 0), {"d": "ab"}, on=on)
    with pytest.raises(EvaluationError, match="cannot be compared with Money by rule"):
        evaluate(between("m", Money.of("1"), Money.of("2")), {"m": 1}, on=on)
