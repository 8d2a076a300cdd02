"""Other readings of a text: a rule or measure with some parameters replaced, as a new value."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from integration_rules import (
    InvalidArgument,
    Outcome,
    Parameter,
    Person,
    catalog,
    check,
    measure,
)
from integration_rules.rules import Text, evaluate, predicate, years_since
from integration_rules.testing import persons

ON = dt.date(2024, 3, 1)
APPRENTICE = Person(
    birth_date="2005-01-01",
    domicile="CH-VS",
    apprenticeship_contract=True,
    difficulties=["social", "personal"],
)


def test_formavenir_with_three_kinds_of_difficulty_instead_of_two() -> None:
    """« cumul de difficultés » read as 2 kinds (the library's reading) or 3 (another one)."""
    stricter = measure("formavenir").with_parameters({"formavenir.min_difficulty_kinds": 3})
    decision = check(APPRENTICE, stricter, on=ON)

    assert Outcome.ELIGIBLE is check(APPRENTICE, "formavenir", on=ON).outcome
    assert Outcome.INELIGIBLE is decision.outcome
    assert "formavenir.min_difficulty_kinds = 3" in decision.explain("en")
    assert "formavenir" == stricter.id
    assert measure("formavenir").rule.parameters() != stricter.rule.parameters()  # the catalogue is unchanged


def test_job_coaching_over_50_or_50_and_over() -> None:
    """Seed 002: « plus de 50 ans » (default: from the day after the 50th birthday); LACI 66 al. 2bis: « 50 ans ou plus »."""
    laci = measure("job-coaching-50-plus").with_parameters({"job_coaching_50.age_inclusive": True})
    person = Person(birth_date="1974-03-01", domicile="CH-VS", registered_job_seeker=True, hard_to_place=True)

    assert Outcome.INELIGIBLE is check(person, "job-coaching-50-plus", on="2024-03-01").outcome
    assert Outcome.ELIGIBLE is check(person, "job-coaching-50-plus", on="2024-03-02").outcome
    assert Outcome.ELIGIBLE is check(person, laci, on="2024-03-01").outcome
    assert Outcome.INELIGIBLE is check(person, laci, on="2024-02-29").outcome
    assert "job_coaching_50.age_inclusive = yes" in check(person, laci, on="2024-03-01").explain("en")


def test_an_id_the_rule_does_not_read_is_refused_with_the_ids_it_reads() -> None:
    with pytest.raises(InvalidArgument, match=r'formavenir\.min_age.*got "formavenir\.typo"'):
        measure("formavenir").with_parameters({"formavenir.typo": 3})


def test_a_parameter_read_inside_a_predicate_cannot_be_replaced() -> None:
    """A figure hidden in a function is not in the tree: replacing it is refused, not silently ignored."""
    hidden = Parameter("demo.hidden", 2, label=Text.same("hidden"))
    rule = predicate("demo.p", Text.same("p"), ["n"], lambda n, *, on: n >= hidden.value_on(on))
    with pytest.raises(InvalidArgument, match=r"demo\.hidden"):
        rule.with_parameters({"demo.hidden": 3})


def test_a_parameter_under_another_id_is_refused() -> None:
    other = Parameter("formavenir.max_age", 30, label=Text.same("x"))
    with pytest.raises(InvalidArgument, match=r"formavenir\.min_age"):
        measure("formavenir").rule.with_parameters({"formavenir.min_age": other})


def test_inclusive_reading_needs_at_least() -> None:
    flag = Parameter("demo.inclusive", True, label=Text.same("inclusive"))
    from integration_rules.errors import InvalidRule

    with pytest.raises(InvalidRule, match="inclusive"):
        years_since("birth_date", more_than=50, inclusive=flag)
    rule = years_since("birth_date", at_least=50, inclusive=flag)
    born = {"birth_date": dt.date(1974, 3, 1)}
    assert Outcome.ELIGIBLE is evaluate(rule, born, on="2024-03-01").outcome
    exclusive = rule.with_parameters({"demo.inclusive": False})
    assert Outcome.INELIGIBLE is evaluate(exclusive, born, on="2024-03-01").outcome
    assert Outcome.ELIGIBLE is evaluate(exclusive, born, on="2024-03-02").outcome


@settings(deadline=None)  # every measure of the catalogue, twice: slow on a busy machine
@given(persons())
def test_replacing_parameters_by_their_own_values_changes_no_outcome(person: Person) -> None:
    """Identity law: every measure with each parameter set to its own value decides the same."""
    for m in catalog().values():
        values = {p.id: p.value for p in m.rule.parameters() if p.history is None}
        same = m.with_parameters(values)
        if person.birth_date is not None and person.birth_date > ON:
            continue
        assert check(person, m, on=ON).outcome is check(person, same, on=ON).outcome
        assert check(person, m, on=ON).missing == check(person, same, on=ON).missing
