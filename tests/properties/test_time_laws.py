"""Laws of eligibility over time and of the path to eligibility, on random persons and days."""

from __future__ import annotations

import datetime as dt

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import (
    Outcome,
    Person,
    catalog,
    check,
    eligibility_periods,
    eligible_measures,
    path_to_eligibility,
)
from strategies import persons

MEASURE_IDS = sorted(catalog())
START = dt.date(2016, 1, 1)


def ranges() -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    return st.tuples(
        st.dates(min_value=START, max_value=dt.date(2030, 12, 31)),
        st.integers(0, 15 * 366),
    ).map(lambda pair: (pair[0], pair[0] + dt.timedelta(days=pair[1])))


@given(
    person=persons(),
    measure=st.sampled_from(MEASURE_IDS),
    span=ranges(),
    data=st.data(),
)
def test_periods_cover_the_range_and_match_check(
    person: Person, measure: str, span: tuple[dt.date, dt.date], data: st.DataObject
) -> None:
    """Periods tile the range without gap or overlap; check() on any day inside gives the period's outcome."""
    start, end = span
    if person.birth_date is not None and person.birth_date > start:
        person = evolve(person, birth_date=None)
    t = eligibility_periods(person, measure, start=start, end=end)

    assert start == t.spans[0].start
    assert end == t.spans[-1].end
    for before, after in zip(t.spans, t.spans[1:], strict=False):
        assert before.end + dt.timedelta(days=1) == after.start
        assert (before.outcome, before.missing) != (after.outcome, after.missing)
    for span_ in t.spans:
        offset = data.draw(
            st.integers(0, (span_.end - span_.start).days), label="offset"
        )
        day = span_.start + dt.timedelta(days=offset)
        decision = check(person, measure, on=day)

        assert (span_.outcome, span_.missing) == (decision.outcome, decision.missing)


@settings(max_examples=60)
@given(
    person=persons(),
    measure=st.sampled_from(MEASURE_IDS),
    on=st.dates(min_value=START, max_value=dt.date(2030, 12, 31)),
)
def test_path_changes_work_and_earliest_date_is_exact(
    person: Person, measure: str, on: dt.date
) -> None:
    """Each proposed change makes check() ELIGIBLE; the earliest day is eligible and the day before is not."""
    if person.birth_date is not None and person.birth_date > on:
        person = evolve(person, birth_date=None)
    path = path_to_eligibility(person, measure, on=on)
    for change_set in path.changes:
        changed = evolve(person, **{c.fact: c.value for c in change_set})

        assert Outcome.ELIGIBLE is check(changed, measure, on=on).outcome
    if path.earliest is not None:
        assert Outcome.ELIGIBLE is check(person, measure, on=path.earliest).outcome
        if path.earliest > on:
            assert (
                Outcome.ELIGIBLE
                is not check(
                    person, measure, on=path.earliest - dt.timedelta(days=1)
                ).outcome
            )
    if path.decision.outcome is not Outcome.ELIGIBLE:
        assert path.blockers


@given(person=persons(), on=st.dates(min_value=START, max_value=dt.date(2030, 12, 31)))
def test_eligible_measures_agrees_with_check(person: Person, on: dt.date) -> None:
    """eligible_measures() gives check()'s decision for every measure, each once."""
    if person.birth_date is not None and person.birth_date > on:
        person = evolve(person, birth_date=None)
    decisions = eligible_measures(person, on=on)

    assert sorted(MEASURE_IDS) == sorted(d.measure for d in decisions)
    for decision in decisions:
        assert check(person, decision.measure or "", on=on) == decision
