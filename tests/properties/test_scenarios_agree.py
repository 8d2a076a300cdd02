"""Every change a comparison reports is what check gives person by person, and none is missed."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import Outcome, check, measure
from integration_rules.scenarios import compare, kind_of, reading
from integration_rules.testing import persons

#: Readings to draw from: a measure and the values its parameters may take.
READINGS = {
    "formavenir": {
        "formavenir.min_difficulty_kinds": st.integers(1, 4),
        "formavenir.min_age": st.integers(12, 18),
        "formavenir.max_age": st.integers(18, 30),
    },
    "job-coaching-50-plus": {
        "job_coaching_50.age": st.integers(40, 60),
        "job_coaching_50.age_inclusive": st.booleans(),
    },
    "semo": {"semo.min_age": st.integers(12, 16), "semo.max_age": st.integers(18, 30)},
    "usfp": {"usfp.min_difficulty_kinds": st.integers(1, 4)},
}


@st.composite
def readings(draw: st.DrawFn) -> tuple[list[str], dict[str, object]]:
    chosen = draw(st.lists(st.sampled_from(sorted(READINGS)), min_size=1, max_size=3, unique=True))
    values: dict[str, object] = {}
    for measure_id in chosen:
        parameters = READINGS[measure_id]
        names = draw(st.lists(st.sampled_from(sorted(parameters)), min_size=1, unique=True))
        for name in names:
            values[name] = draw(parameters[name])
    if "formavenir.min_age" in values and "formavenir.max_age" in values:
        low, high = sorted((values["formavenir.min_age"], values["formavenir.max_age"]))
        values["formavenir.min_age"], values["formavenir.max_age"] = low, high
    return chosen, values


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        persons(born=(dt.date(1955, 1, 1), dt.date(2012, 12, 31))), min_size=1, max_size=15
    ),
    readings(),
    st.sampled_from([dt.date(2022, 6, 1), dt.date(2024, 3, 1), dt.date(2025, 9, 30)]),
)
def test_changes_are_checks_person_by_person(
    people: list, drawn: tuple[list[str], dict[str, object]], on: dt.date
) -> None:
    """For random caseloads and readings: the changes and counts are those of check."""
    measure_ids, values = drawn
    baseline = [measure(m) for m in measure_ids]
    scenario = list(reading(baseline, values))
    result = compare(people, baseline, scenario, on=on)

    reported = {(c.row, c.measure): (c.before, c.after) for c in result.changes}
    expected = {}
    for base, reform in zip(baseline, scenario, strict=True):
        counts = dict.fromkeys(("unchanged", "gained", "lost", "to_undetermined", "from_undetermined"), 0)
        for row, person in enumerate(people):
            before = check(person, base, on=on).outcome
            after = check(person, reform, on=on).outcome
            counts[kind_of(before, after)] += 1
            if before is not after:
                expected[(row, base.id)] = (before, after)
        got = result.counts(base.id)
        assert got.pop("error") == 0
        assert got == counts
        eligible = sum(check(p, reform, on=on).outcome is Outcome.ELIGIBLE for p in people)
        assert result.places(base.id)[1].eligible == eligible
    assert reported == expected
