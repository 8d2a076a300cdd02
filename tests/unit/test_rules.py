"""The rule algebra's building blocks: leaves, combinators, periods in force, parameters."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest

from integration_rules import EvaluationError, InvalidArgument, InvalidRule, Outcome
from integration_rules.rules import (
    Parameter,
    Period,
    Source,
    Text,
    age_at_least,
    age_at_most,
    age_between,
    all_of,
    any_of,
    at_least_n_of,
    compare,
    completed_years,
    contains,
    equals,
    evaluate,
    is_true,
    not_,
    one_of,
    predicate,
)

ON = dt.date(2024, 3, 1)


def test_completed_years_on_leap_day_birthdays() -> None:
    """Born 2004-02-29: 18 on 2022-02-28 (common year), 20 on 2024-02-29 (leap), 19 on 2024-02-28."""
    born = dt.date(2004, 2, 29)

    assert completed_years(born, on=dt.date(2022, 2, 27)) == 17
    assert completed_years(born, on=dt.date(2022, 2, 28)) == 18
    assert completed_years(born, on=dt.date(2024, 2, 28)) == 19
    assert completed_years(born, on=dt.date(2024, 2, 29)) == 20


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        (dt.date(2009, 3, 2), Outcome.INELIGIBLE),
        (dt.date(2009, 3, 1), Outcome.ELIGIBLE),
        (dt.date(1998, 3, 2), Outcome.ELIGIBLE),
        (dt.date(1998, 3, 1), Outcome.INELIGIBLE),
    ],
)
def test_age_between_includes_both_bounds(born: dt.date, expected: Outcome) -> None:
    """age_between(15, 25) holds from the 15th birthday to the day before the 26th."""
    assert (
        expected is evaluate(age_between(15, 25), {"birth_date": born}, on=ON).outcome
    )


def test_age_rules_explain_the_computed_age() -> None:
    """The explanation shows the age in completed years on the evaluation date."""
    d = evaluate(age_at_least(18), {"birth_date": dt.date(2007, 9, 3)}, on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert "16 completed years on 2024-03-01" in d.explain("en")
    assert "16 ans révolus le 2024-03-01" in d.explain("fr")
    assert "16 vollendete Jahre am 2024-03-01" in d.explain("de")


def test_age_rule_reads_a_named_fact() -> None:
    """fact= lets an age rule read another date fact."""
    rule = age_at_most(5, fact="arrival_date")

    assert frozenset({"arrival_date"}) == rule.facts()
    assert (
        Outcome.ELIGIBLE
        is evaluate(rule, {"arrival_date": dt.date(2020, 1, 1)}, on=ON).outcome
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: age_between(-1, 25), "minimum=-1 must be", id="age_between(-1, 25)"
        ),
        pytest.param(
            lambda: age_between(26, 25), "must not exceed", id="age_between(26, 25)"
        ),
        pytest.param(
            lambda: age_at_least(1.5), "minimum=1.5 must be", id="age_at_least(1.5)"
        ),
        pytest.param(
            lambda: age_at_least(True), "minimum=True must be", id="age_at_least(True)"
        ),
        pytest.param(
            lambda: at_least_n_of(0, is_true("a")),
            "n=0 must be",
            id="at_least_n_of(0, a)",
        ),
        pytest.param(
            lambda: at_least_n_of(3, is_true("a")),
            "must not exceed",
            id="at_least_n_of(3, a)",
        ),
        pytest.param(all_of, "at least one rule", id="all_of()"),
        pytest.param(
            lambda: any_of(is_true("a"), "b"), "expected rules", id="any_of(a, 'b')"
        ),
        pytest.param(
            lambda: is_true("not a name"),
            "fact='not a name'",
            id="is_true('not a name')",
        ),
        pytest.param(
            lambda: compare("n", "=>", 1), "op='=>'", id="compare(n, '=>', 1)"
        ),
        pytest.param(
            lambda: one_of("code", "abc"),
            "not a single value",
            id="one_of(code, 'abc')",
        ),
        pytest.param(
            lambda: one_of("code", []), "must not be empty", id="one_of(code, [])"
        ),
        pytest.param(lambda: is_true("a").named(""), "id=''", id="named('')"),
        pytest.param(
            lambda: Parameter("a b", 1, label=Text.same("x")),
            "id='a b'",
            id="Parameter('a b')",
        ),
    ],
)
def test_badly_built_rules_are_refused(build: object, message: str) -> None:
    """Rules check their arguments when built, and say which one is wrong."""
    with pytest.raises(InvalidRule, match=re.escape(message)):
        build()  # type: ignore[operator]


def test_invalid_rule_is_a_type_error() -> None:
    """InvalidRule can be caught as a TypeError."""
    with pytest.raises(TypeError):
        all_of()


def test_unknown_fact_is_never_false() -> None:
    """is_true on an unknown fact is UNDETERMINED, and so is its negation."""
    assert Outcome.UNDETERMINED is evaluate(is_true("a"), {"a": None}, on=ON).outcome
    assert Outcome.UNDETERMINED is evaluate(not_(is_true("a")), {}, on=ON).outcome
    assert (
        Outcome.UNDETERMINED
        is evaluate(compare("n", "<", 1), {"n": None}, on=ON).outcome
    )


def test_zero_is_a_known_value() -> None:
    """A count of 0 is known, not missing."""
    d = evaluate(compare("n", ">=", 1), {"n": 0}, on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert frozenset() == d.missing


def test_kleene_short_circuits_name_only_the_deciding_facts() -> None:
    """A false conjunct decides; with none, only the undetermined parts' facts are missing."""
    rule = is_true("a") & is_true("b") & is_true("c")

    assert frozenset() == evaluate(rule, {"a": False}, on=ON).missing
    assert frozenset({"b", "c"}) == evaluate(rule, {"a": True}, on=ON).missing
    assert (
        Outcome.ELIGIBLE
        is evaluate(is_true("a") | is_true("b"), {"b": True}, on=ON).outcome
    )


def test_at_least_n_of_counts_and_waits_for_unknowns() -> None:
    """Two of three: decided once two hold or two fail, undetermined in between."""
    rule = at_least_n_of(2, is_true("a"), is_true("b"), is_true("c"))

    assert Outcome.ELIGIBLE is evaluate(rule, {"a": True, "b": True}, on=ON).outcome
    assert Outcome.INELIGIBLE is evaluate(rule, {"a": False, "b": False}, on=ON).outcome
    d = evaluate(rule, {"a": True, "b": False}, on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert frozenset({"c"}) == d.missing


def test_parameters_are_read_and_shown() -> None:
    """A Parameter bound is used by value and named in the explanation."""
    minimum = Parameter("demo.min", 2, label=Text.same("min"), source=Source("Demo"))
    rule = at_least_n_of(minimum, is_true("a"), is_true("b"), is_true("c"))
    d = evaluate(rule, {"a": True, "b": True, "c": False}, on=ON)

    assert Outcome.ELIGIBLE is d.outcome
    assert (minimum,) == rule.parameters()
    assert "demo.min = 2" in d.explain("en")
    assert d.to_dict()["explanation"]["parameters"] == [
        {"id": "demo.min", "value": 2, "note": None}
    ]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2023, 12, 31), Outcome.INELIGIBLE),
        (dt.date(2024, 1, 1), Outcome.ELIGIBLE),
        (dt.date(2024, 12, 31), Outcome.ELIGIBLE),
        (dt.date(2025, 1, 1), Outcome.INELIGIBLE),
    ],
)
def test_periods_in_force_include_both_ends(on: dt.date, expected: Outcome) -> None:
    """A rule in force from 2024-01-01 to 2024-12-31 holds on both days and not outside."""
    rule = is_true("a").in_force_during("2024-01-01", dt.date(2024, 12, 31))

    assert expected is evaluate(rule, {"a": True}, on=on).outcome


def test_open_ended_periods() -> None:
    """None leaves a side of the period open."""
    rule = is_true("a").in_force_during(None, "2024-12-31")

    assert (
        Outcome.ELIGIBLE is evaluate(rule, {"a": True}, on=dt.date(1990, 1, 1)).outcome
    )
    assert (
        Outcome.INELIGIBLE
        is evaluate(rule, {"a": True}, on=dt.date(2025, 1, 1)).outcome
    )


def test_period_end_before_start_is_refused() -> None:
    """A period must not end before it starts."""
    with pytest.raises(InvalidArgument, match=r"^end: "):
        Period(dt.date(2024, 1, 2), dt.date(2024, 1, 1))


def test_rules_are_values() -> None:
    """Rules built the same way are equal and hash equal; they cannot be changed in place."""
    a = age_between(15, 25) & is_true("x")
    b = age_between(15, 25) & is_true("x")

    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.id = "other"  # type: ignore[misc]


def test_repr_reads_like_the_rule() -> None:
    """The repr of a rule reads like the rule, with names where given."""
    rule = all_of(
        age_between(15, 25),
        is_true("contract").named("demo.contract"),
        ~equals("code", "p"),
    )

    assert repr(rule) == (
        "all_of(age_between('birth_date', 15, 25), is_true('contract').named('demo.contract'), "
        "not_(compare('code', '==', 'p')))"
    )


def test_named_sets_id_label_and_source() -> None:
    """named() returns a new rule with a stable id, a label and a source."""
    source = Source("LEI", article="art. 34", paragraph="2")
    rule = is_true("a").named(
        "demo.a", label=Text("a fr", "a de", "a en"), source=source
    )

    assert ("demo.a", "a de", source) == (rule.id, rule.label.de, rule.source)
    assert "LEI, art. 34 al. 2" in evaluate(rule, {"a": True}, on=ON).explain("en")


def test_contains_and_one_of() -> None:
    """Contains reads a set fact; one_of tests membership of a value."""
    assert (
        Outcome.ELIGIBLE
        is evaluate(contains("tags", "x"), {"tags": frozenset({"x"})}, on=ON).outcome
    )
    assert (
        Outcome.INELIGIBLE
        is evaluate(contains("tags", "x"), {"tags": frozenset()}, on=ON).outcome
    )
    assert (
        Outcome.ELIGIBLE
        is evaluate(one_of("code", ["p", "q"]), {"code": "q"}, on=ON).outcome
    )


def test_predicate_receives_values_and_date() -> None:
    """A custom predicate gets the facts it reads, in order, and the date."""

    def arrived_before(arrival: dt.date, *, on: dt.date) -> bool:
        return arrival < on

    rule = predicate(
        "demo.arrived", Text.same("arrived"), ["arrival_date"], arrived_before
    )

    assert (
        Outcome.ELIGIBLE
        is evaluate(rule, {"arrival_date": dt.date(2020, 1, 1)}, on=ON).outcome
    )
    assert frozenset({"arrival_date"}) == evaluate(rule, {}, on=ON).missing


def test_reading_a_fact_the_subject_lacks_is_an_error() -> None:
    """An object subject without the fact is a programming error naming the fact."""
    from integration_rules import Person

    with pytest.raises(EvaluationError, match=r"^salary: "):
        evaluate(is_true("salary"), Person(), on=ON)


def test_wrongly_typed_fact_is_an_evaluation_error_without_its_value() -> None:
    """A mapping with a fact of the wrong type names the field, not the value."""
    with pytest.raises(EvaluationError) as caught:
        evaluate(is_true("a"), {"a": "secret-value"}, on=ON)

    assert "secret-value" not in str(caught.value)
    with pytest.raises(EvaluationError, match=r"^n: "):
        evaluate(compare("n", "<", 3), {"n": "many"}, on=ON)


def test_evaluate_refuses_bad_arguments() -> None:
    """evaluate() names a bad rule or date."""
    with pytest.raises(InvalidArgument, match=r"^rule: "):
        evaluate("is_true(a)", {}, on=ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"^on: "):
        evaluate(is_true("a"), {}, on="tomorrow")


def test_explain_refuses_unknown_languages() -> None:
    """explain() speaks fr, de, en and says so for anything else."""
    d = evaluate(is_true("a"), {"a": True}, on=ON)
    with pytest.raises(
        InvalidArgument, match='expected one of "fr", "de", "en", got "it"'
    ):
        d.explain("it")


def test_outcome_of_reads_unknown_as_undetermined_never_as_no() -> None:
    assert Outcome.ELIGIBLE is Outcome.of(True)
    assert Outcome.INELIGIBLE is Outcome.of(False)
    assert Outcome.UNDETERMINED is Outcome.of(None)
    with pytest.raises(InvalidArgument, match="value"):
        Outcome.of(0)  # type: ignore[arg-type]
