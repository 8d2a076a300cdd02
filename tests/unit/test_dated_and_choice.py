"""Dated values (History), choices among alternatives, and the date leaves of the algebra."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_rules import InvalidRule, NoValueOnDate, Outcome
from integration_rules.rules import (
    Alternative,
    Change,
    History,
    Text,
    at_least_on_scale,
    choose,
    evaluate,
    is_true,
    years_since,
)

LABEL = Text.same("demo")
ON = dt.date(2024, 3, 1)


def history(ended: dt.date | None = None) -> History[str]:
    return History(
        "demo.value",
        LABEL,
        [Change(dt.date(2019, 1, 1), "second"), Change(dt.date(2010, 1, 1), "first")],
        ended=ended,
    )


def test_history_values_apply_from_their_start() -> None:
    """Each value applies from its start date (included) to the day before the next."""
    h = history()

    assert "first" == h.at(dt.date(2010, 1, 1))
    assert "first" == h.at(dt.date(2018, 12, 31))
    assert "second" == h.at(dt.date(2019, 1, 1))
    assert "second" == h.at(dt.date(2040, 1, 1))


def test_history_before_the_first_value_is_an_error() -> None:
    """Before the first change, NoValueOnDate names the value and the date."""
    with pytest.raises(NoValueOnDate) as caught:
        history().at(dt.date(2009, 12, 31))

    assert "demo.value: no value on 2009-12-31" in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_an_ended_history_has_no_value_after_its_end() -> None:
    """A history can be ended: its last value applies up to the end day, none after."""
    h = history(ended=dt.date(2024, 12, 31))

    assert "second" == h.at(dt.date(2024, 12, 31))
    with pytest.raises(NoValueOnDate, match="ended on 2024-12-31"):
        h.at(dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "changes",
    [
        [],
        [Change(dt.date(2019, 1, 1), "a"), Change(dt.date(2019, 1, 1), "b")],
        ["not a change"],
    ],
)
def test_bad_histories_are_refused(changes: list[object]) -> None:
    """A history needs changes, on distinct days."""
    with pytest.raises(InvalidRule):
        History("demo", LABEL, changes)  # type: ignore[arg-type]


@given(
    starts=st.lists(
        st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
        min_size=1,
        max_size=6,
        unique=True,
    ),
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 1, 1)),
)
def test_history_returns_the_latest_change_not_after_the_day(
    starts: list[dt.date], day: dt.date
) -> None:
    """On every date, the value is that of the latest change that started on or before it."""
    h = History("demo", LABEL, [Change(start, start) for start in starts])
    earlier = [s for s in starts if s <= day]
    if not earlier:
        with pytest.raises(NoValueOnDate):
            h.at(day)
    else:
        assert max(earlier) == h.at(day)


@pytest.mark.parametrize(
    ("since", "on", "at_least", "more_than"),
    [
        (
            dt.date(2019, 3, 1),
            dt.date(2024, 2, 29),
            Outcome.INELIGIBLE,
            Outcome.INELIGIBLE,
        ),
        (
            dt.date(2019, 3, 1),
            dt.date(2024, 3, 1),
            Outcome.ELIGIBLE,
            Outcome.INELIGIBLE,
        ),
        (dt.date(2019, 3, 1), dt.date(2024, 3, 2), Outcome.ELIGIBLE, Outcome.ELIGIBLE),
        (
            dt.date(2020, 2, 29),
            dt.date(2025, 2, 28),
            Outcome.ELIGIBLE,
            Outcome.INELIGIBLE,
        ),
        (dt.date(2020, 2, 29), dt.date(2025, 3, 1), Outcome.ELIGIBLE, Outcome.ELIGIBLE),
    ],
)
def test_years_since_at_least_and_more_than(
    since: dt.date, on: dt.date, at_least: Outcome, more_than: Outcome
) -> None:
    """At least 5 years holds from the anniversary; more than 5 from the day after (29 Feb → 28 Feb)."""
    facts = {"since": since}

    assert at_least is evaluate(years_since("since", at_least=5), facts, on=on).outcome
    assert (
        more_than is evaluate(years_since("since", more_than=5), facts, on=on).outcome
    )


def test_years_since_needs_exactly_one_bound() -> None:
    """years_since() takes at_least= or more_than=, not both or neither."""
    with pytest.raises(InvalidRule):
        years_since("since")
    with pytest.raises(InvalidRule):
        years_since("since", at_least=1, more_than=1)
    with pytest.raises(InvalidRule, match="at_least=-1"):
        years_since("since", at_least=-1)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("none", Outcome.INELIGIBLE),
        ("A1", Outcome.INELIGIBLE),
        ("A2", Outcome.ELIGIBLE),
        ("C2", Outcome.ELIGIBLE),
    ],
)
def test_at_least_on_scale(level: str, expected: Outcome) -> None:
    """A2 or above on the CEFR scale."""
    rule = at_least_on_scale(
        "level", "A2", ["none", "A1", "A2", "B1", "B2", "C1", "C2"]
    )

    assert expected is evaluate(rule, {"level": level}, on=ON).outcome


def test_at_least_on_scale_refuses_values_off_the_scale() -> None:
    """The minimum must be on the scale; a fact off the scale is an evaluation error."""
    from integration_rules import EvaluationError

    with pytest.raises(InvalidRule):
        at_least_on_scale("level", "Z9", ["A1", "A2"])
    with pytest.raises(EvaluationError, match=r"^level: "):
        evaluate(
            at_least_on_scale("level", "A1", ["A1", "A2"]), {"level": "fluent"}, on=ON
        )


ALTERNATIVES = (
    Alternative("left", is_true("a") & is_true("b")),
    Alternative("right", is_true("a") & ~is_true("b")),
)


@pytest.mark.parametrize(
    ("facts", "value", "outcome", "missing"),
    [
        ({"a": True, "b": True}, "left", Outcome.ELIGIBLE, set()),
        ({"a": True, "b": False}, "right", Outcome.ELIGIBLE, set()),
        ({"a": False}, None, Outcome.INELIGIBLE, set()),
        ({"a": True}, None, Outcome.UNDETERMINED, {"b"}),
    ],
)
def test_choose_picks_the_one_alternative_that_applies(
    facts: dict[str, bool], value: str | None, outcome: Outcome, missing: set[str]
) -> None:
    """A choice names the alternative that applies, none, or what is missing to decide."""
    choice = choose(ALTERNATIVES, facts, on=ON, id="demo", label=LABEL)

    assert (value, outcome, frozenset(missing)) == (
        choice.value,
        choice.outcome,
        choice.missing,
    )
    assert len(ALTERNATIVES) == len(choice.explanation.children)
    assert value == choice.to_dict()["value"]


def test_overlapping_alternatives_are_a_data_error() -> None:
    """Two alternatives applying at once is refused, never resolved by order."""
    overlapping = (Alternative("x", is_true("a")), Alternative("y", is_true("a")))
    with pytest.raises(InvalidRule, match="overlap"):
        choose(overlapping, {"a": True}, on=ON, id="demo", label=LABEL)
