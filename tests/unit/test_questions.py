"""The three questions: what can I join, from when, and what is missing."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from integration_rules import (
    EvaluationError,
    InvalidArgument,
    Outcome,
    Person,
    catalog,
    check,
    eligibility_periods,
    eligible_measures,
    path_to_eligibility,
    sessions,
)

ON = dt.date(2024, 3, 1)


def young_refugee() -> Person:
    """A 19-year-old with F status and an apprenticeship contract, in Valais."""
    return Person(
        birth_date="2005-01-15",
        domicile="CH-VS",
        residence_status="F",
        arrival_date="2021-09-01",
        apprenticeship_contract=True,
        difficulties=["social"],
        oral_language_level="A2",
        written_language_level="A1",
    )


def test_eligible_measures_lists_every_measure_eligible_first() -> None:
    """Every measure once; eligible, then undetermined, then ineligible."""
    decisions = eligible_measures(young_refugee(), on=ON)
    order = {Outcome.ELIGIBLE: 0, Outcome.UNDETERMINED: 1, Outcome.INELIGIBLE: 2}

    assert sorted(catalog()) == sorted(d.measure for d in decisions)
    assert [order[d.outcome] for d in decisions] == sorted(
        order[d.outcome] for d in decisions
    )
    assert {"usfp", "pai"} <= {d.measure for d in decisions if d}


def test_eligible_measures_agree_with_check() -> None:
    """Each decision is check()'s for that measure."""
    person = young_refugee()
    for decision in eligible_measures(person, on=ON):
        assert check(person, decision.measure or "", on=ON) == decision


def test_periods_of_formavenir_for_a_future_apprentice() -> None:
    """Turns 15 on 2025-04-02: ineligible, then eligible from the birthday to the pilot's end."""
    person = Person(
        birth_date="2010-04-02",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties=["social", "personal"],
    )
    t = eligibility_periods(person, "formavenir", start="2025-01-01", end="2027-12-31")

    assert [
        ("2025-01-01", "2025-04-01", Outcome.INELIGIBLE),
        ("2025-04-02", "2026-07-31", Outcome.ELIGIBLE),
        ("2026-08-01", "2027-12-31", Outcome.INELIGIBLE),
    ] == [(s.start.isoformat(), s.end.isoformat(), s.outcome) for s in t.spans]
    assert "15th birthday" == t.spans[1].reasons[0].reason.en
    assert "end of the period in force" == t.spans[2].reasons[0].reason.en
    assert "15e anniversaire" in t.explain("fr")


def test_periods_with_unknown_facts_stay_undetermined_with_their_missing_facts() -> (
    None
):
    """An unknown contract leaves the eligible-by-age stretch undetermined, naming the contract."""
    person = Person(
        birth_date="2010-04-02", domicile="CH-VS", difficulties=["social", "personal"]
    )
    t = eligibility_periods(person, "formavenir", start="2025-01-01", end="2025-12-31")

    assert [Outcome.INELIGIBLE, Outcome.UNDETERMINED] == [s.outcome for s in t.spans]
    assert frozenset({"apprenticeship_contract"}) == t.spans[1].missing


def test_periods_refuse_an_inverted_range() -> None:
    """End before start is an error naming end."""
    with pytest.raises(InvalidArgument, match=r"^end: "):
        eligibility_periods(
            young_refugee(), "formavenir", start="2025-01-01", end="2024-01-01"
        )


def test_path_turns_15_on_a_date() -> None:
    """The issue's example: eligible from the 15th birthday, 2025-04-02."""
    person = Person(
        birth_date="2010-04-02",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties=["social", "personal"],
    )
    p = path_to_eligibility(person, "formavenir", on="2025-01-01")

    assert dt.date(2025, 4, 2) == p.earliest
    assert "15th birthday" == p.earliest_reasons[0].reason.en
    assert ["formavenir.age"] == [b.rule_id for b in p.blockers]
    assert () == p.changes


def test_path_never_because_the_pilot_ended() -> None:
    """After the pilot, no date and no change makes FormAvenir eligible: never."""
    p = path_to_eligibility(young_refugee(), "formavenir", on="2026-08-01")

    assert p.earliest is None
    assert () == p.changes
    assert ["formavenir"] == [b.rule_id for b in p.blockers]
    assert "never" in p.explain("en")


def test_path_proposes_the_smallest_fact_changes() -> None:
    """One difficulty short of FormAvenir: each second kind is a one-change solution."""
    p = path_to_eligibility(young_refugee(), "formavenir", on=ON)
    proposals = {
        tuple((c.fact, tuple(sorted(c.value))) for c in change) for change in p.changes
    }

    assert {
        (("difficulties", ("personal", "social")),),
        (("difficulties", ("professional", "social")),),
        (("difficulties", ("scholastic", "social")),),
    } == proposals
    assert {
        "formavenir.difficulty.personal",
        "formavenir.difficulty.professional",
        "formavenir.difficulty.scholastic",
    } == {b.rule_id for b in p.blockers}


def test_path_for_an_undetermined_decision_names_the_unknowns() -> None:
    """Unknown facts block; setting them is the proposed change."""
    person = Person(
        birth_date="2007-09-03", domicile="CH-VS", difficulties=["social", "personal"]
    )
    p = path_to_eligibility(person, "formavenir", on=ON)

    assert Outcome.UNDETERMINED is p.decision.outcome
    assert [(("apprenticeship_contract", True),)] == [
        tuple((c.fact, c.value) for c in s) for s in p.changes
    ]
    assert p.earliest is None


def test_path_never_proposes_to_change_fixed_facts() -> None:
    """A man is never told to change sex for Carrière au féminin."""
    p = path_to_eligibility(
        Person(sex="M", domicile="CH-VS", wants_to_resume_work=True),
        "carriere-au-feminin",
        on=ON,
    )

    assert () == p.changes
    assert p.earliest is None


def test_path_of_an_eligible_person_is_empty() -> None:
    """Nothing blocks an eligible person; the earliest day is today."""
    person = Person(sex="F", domicile="CH-VS", wants_to_resume_work=True)
    p = path_to_eligibility(person, "carriere-au-feminin", on=ON)

    assert () == p.blockers
    assert ON == p.earliest
    assert "already eligible" in p.explain("en")


def test_sessions_need_a_bound_for_open_series_without_period_end() -> None:
    """A measure without a schedule says so."""
    with pytest.raises(InvalidArgument, match="no session schedule"):
        sessions("formavenir", start="2024-01-01")


def test_evaluating_before_birth_is_an_error_for_every_question() -> None:
    """Born after the evaluation date: an error naming birth_date, even outside a rule's period."""
    unborn = Person(birth_date="2030-01-01")
    for call in (
        lambda: check(unborn, "formavenir", on=ON),
        lambda: check(
            unborn, "job-coaching-50-plus", on="2030-01-01".replace("2030", "2029")
        ),
        lambda: eligible_measures(unborn, on=ON),
        lambda: path_to_eligibility(unborn, "formavenir", on=ON),
    ):
        with pytest.raises(EvaluationError, match=r"^birth_date: "):
            call()


def test_path_counts_changed_facts_not_added_values() -> None:
    """Three facts to change (domicile, contract, two kinds of difficulty) is a three-fact change set.

    Adding two kinds of difficulty changes one fact; the search must not run
    out of room because it counted the two kinds as two changes.
    """
    person = Person(
        birth_date="2005-01-01",
        domicile="CH-GE",
        apprenticeship_contract=False,
        difficulties=[],
    )
    p = path_to_eligibility(person, "formavenir", on=ON)

    assert len(p.changes) == 6  # the 6 pairs of the 4 kinds of difficulty (seed 002)
    for change_set in p.changes:
        assert ["apprenticeship_contract", "difficulties", "domicile"] == [c.fact for c in change_set]
        changed = Person.from_mapping({**person.to_mapping(), **{c.fact: c.value for c in change_set}})
        assert Outcome.ELIGIBLE is check(changed, "formavenir", on=ON).outcome


def test_path_drops_change_sets_that_ask_more_than_needed() -> None:
    """Three kinds of difficulty where two suffice is not proposed."""
    p = path_to_eligibility(
        Person(birth_date="2005-01-01", domicile="CH-VS", apprenticeship_contract=True, difficulties=[]),
        "formavenir",
        on=ON,
    )
    assert all(len(c.value) == 2 for change_set in p.changes for c in change_set)
    assert len(p.changes) == 6


def test_path_with_an_unknown_birth_date_says_unknown_not_never() -> None:
    p = path_to_eligibility(Person(), "formavenir", on=ON)
    text = p.explain("en")

    assert p.earliest is None
    assert "never" not in text.splitlines()[-1]
    assert "birth_date" in text.splitlines()[-1]


def test_path_order_does_not_depend_on_the_hash_seed() -> None:
    """The proposed change sets come in the same order in every interpreter run."""
    code = (
        "from integration_rules import Person, path_to_eligibility;"
        "p = Person(birth_date='2005-01-01', domicile='CH-GE', apprenticeship_contract=False, difficulties=[]);"
        "print(path_to_eligibility(p, 'formavenir', on='2024-03-01').explain('en'))"
    )
    outputs = {
        subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert len(outputs) == 1


def test_path_after_a_measure_ended_points_to_its_successor() -> None:
    """The Garantie jeunes ended on 2022-02-28 and was replaced by the CEJ on 2022-03-01."""
    person = Person(
        birth_date="2004-01-01", domicile="FR-63", residence_status="B-refugee", international_protection="refugee"
    )
    p = path_to_eligibility(person, "fr63-garantie-jeunes-refugees", on="2023-01-01")

    assert p.earliest is None
    assert "fr63-cej-refugees" == p.successor
    assert "fr63-cej-refugees" == p.to_dict()["successor"]
    assert "Replaced by the measure: fr63-cej-refugees" in p.explain("en")
    assert path_to_eligibility(person, "formavenir", on="2023-01-01").successor is None
