"""The leaves of the rule algebra, at their edges: exact days, exact texts, exact errors.

Each test pins one documented behaviour of ``integration_rules._core._leaves``
on the values where an off-by-one or a swapped branch would show: the day
before and the day of a birthday or an anniversary, leap days, leaves reading
several facts, the messages of badly built rules and of badly typed facts.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import pytest

from integration_rules import EvaluationError, InvalidRule, Outcome
from integration_rules.rules import (
    Breakpoint,
    Change,
    FactChange,
    Node,
    Parameter,
    ParameterUse,
    Phrase,
    Source,
    Text,
    age_at_least,
    age_at_most,
    age_between,
    any_age_between,
    at_least_on_scale,
    compare,
    contains,
    equals,
    evaluate,
    is_true,
    months_since,
    one_of,
    predicate,
    timeline,
    years_since,
)

ON = dt.date(2024, 3, 1)
WIDE = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))
SINCE_2010 = (dt.date(2010, 1, 1), dt.date(2100, 12, 31))


def parameter(id: str, value: object, **options: Any) -> Parameter[Any]:
    return Parameter(id, value, label=Text.same(id), **options)


def dated(id: str, *changes: tuple[dt.date, object], **options: Any) -> Parameter[Any]:
    return Parameter.dated(
        id,
        [Change(day, value) for day, value in changes],
        label=Text.same(id),
        **options,
    )


def outcome(rule: Any, subject: object, on: dt.date) -> Outcome:
    return evaluate(rule, subject, on=on).outcome


def days(breakpoints: tuple[Breakpoint, ...]) -> list[dt.date]:
    return [b.day for b in breakpoints]


def texts(value: Text | Phrase | None) -> dict[str, str]:
    """A label, detail or reason as it reads in each language."""
    assert value is not None
    return value.to_dict()


def readings(
    breakpoints: tuple[Breakpoint, ...],
) -> list[tuple[dt.date, str, dict[str, str]]]:
    """Breakpoints as day, rule id and reason in each language."""
    return [(b.day, b.rule_id, texts(b.reason)) for b in breakpoints]


# -- ages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(dt.date(2022, 2, 27), Outcome.INELIGIBLE, id="day before"),
        pytest.param(dt.date(2022, 2, 28), Outcome.ELIGIBLE, id="28 Feb, common year"),
        pytest.param(dt.date(2023, 2, 28), Outcome.ELIGIBLE, id="19th year"),
    ],
)
def test_age_at_least_for_a_leap_day_birth(on: dt.date, expected: Outcome) -> None:
    """Born 29 Feb 2004: 18 completed years on 28 Feb 2022, not the day before."""
    assert expected is outcome(
        age_at_least(18), {"birth_date": dt.date(2004, 2, 29)}, on
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(dt.date(2030, 5, 16), Outcome.ELIGIBLE, id="day before 26th"),
        pytest.param(dt.date(2030, 5, 17), Outcome.INELIGIBLE, id="26th birthday"),
        pytest.param(dt.date(2019, 5, 16), Outcome.INELIGIBLE, id="day before 15th"),
        pytest.param(dt.date(2019, 5, 17), Outcome.ELIGIBLE, id="15th birthday"),
    ],
)
def test_age_between_on_the_days_around_its_bounds(
    on: dt.date, expected: Outcome
) -> None:
    """age_between(15, 25) holds from the 15th birthday to the day before the 26th."""
    assert expected is outcome(
        age_between(15, 25), {"birth_date": dt.date(2004, 5, 17)}, on
    )


def test_age_at_most_holds_until_the_day_before_the_next_birthday() -> None:
    """age_at_most(5) holds on the day before the 6th birthday, not on it."""
    subject = {"birth_date": dt.date(2018, 3, 2)}

    assert Outcome.ELIGIBLE is outcome(age_at_most(5), subject, dt.date(2024, 3, 1))
    assert Outcome.INELIGIBLE is outcome(age_at_most(5), subject, dt.date(2024, 3, 2))


def test_age_on_the_day_of_birth_is_zero_and_the_day_before_is_an_error() -> None:
    """Born on the evaluation date: 0 years; born after it: an error naming the field and the date."""
    born = {"birth_date": ON}
    node = age_at_most(0).evaluate(born, ON)

    assert Outcome.ELIGIBLE is node.outcome
    assert "0 completed years on 2024-03-01" == node.detail.en  # type: ignore[union-attr]
    with pytest.raises(EvaluationError) as caught:
        age_at_most(0).evaluate(born, ON - dt.timedelta(days=1))

    assert (
        "birth_date: is after the evaluation date 2024-02-29; an age cannot be computed"
        == str(caught.value)
    )
    assert "birth_date" == caught.value.field


def test_age_explains_the_age_on_the_date_in_three_languages() -> None:
    """The detail is the age in completed years and the date."""
    node = age_between(15, 25).evaluate({"birth_date": dt.date(2004, 3, 2)}, ON)

    assert texts(
        Phrase(
            Text(
                "{0} ans révolus le {1}",
                "{0} vollendete Jahre am {1}",
                "{0} completed years on {1}",
            ),
            (19, "2024-03-01"),
        )
    ) == texts(node.detail)


def test_age_refuses_a_fact_that_is_not_a_date() -> None:
    """A datetime or a string is not a birth date: the message names the fact and the rule."""
    for value in (dt.datetime(2004, 1, 1), "2004-01-01"):
        with pytest.raises(EvaluationError) as caught:
            evaluate(age_at_least(18), {"birth_date": value}, on=ON)

        assert (
            "birth_date: rule \"age_at_least('birth_date', 18)\" expects a date"
            == str(caught.value)
        )


def test_age_ids_labels_and_reprs() -> None:
    """Age rules are named after their bounds, and labelled in three languages."""
    minimum = parameter("demo.min", 16)

    assert "age_at_least('birth_date', 18)" == age_at_least(18).id
    assert "age_at_most('arrival', 5)" == age_at_most(5, fact="arrival").id
    assert "age_between('birth_date', demo.min, 25)" == age_between(minimum, 25).id
    assert texts(
        Text(
            "âgé·e d'au moins 18 ans révolus",
            "mindestens 18 Jahre alt (vollendete Jahre)",
            "aged at least 18 in completed years",
        )
    ) == texts(age_at_least(18).label)
    assert texts(
        Text(
            "âgé·e d'au plus 5 ans révolus",
            "höchstens 5 Jahre alt (vollendete Jahre)",
            "aged at most 5 in completed years",
        )
    ) == texts(age_at_most(5).label)
    assert texts(
        Text(
            "âgé·e de 16 à 25 ans révolus",
            "zwischen 16 und 25 Jahre alt (vollendete Jahre)",
            "aged 16 to 25 in completed years",
        )
    ) == texts(age_between(minimum, 25).label)
    assert "age_at_least('birth_date', 18).named('demo.adult')" == repr(
        age_at_least(18).named("demo.adult")
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: age_between(None, None),  # type: ignore[arg-type]
            "an age rule needs a minimum, a maximum or both",
            id="no bound",
        ),
        pytest.param(
            lambda: age_at_least(-1),
            "minimum=-1 must be a non-negative int or a Parameter of one",
            id="minimum=-1",
        ),
        pytest.param(
            lambda: age_at_most(True),
            "maximum=True must be a non-negative int or a Parameter of one",
            id="maximum=True",
        ),
        pytest.param(
            lambda: age_at_most(parameter("demo.max", None)),
            "maximum=demo.max must be a non-negative int or a Parameter of one",
            id="maximum=Parameter(None)",
        ),
        pytest.param(
            lambda: age_at_least(parameter("demo.min", 2.5)),
            "minimum=demo.min must be a non-negative int or a Parameter of one",
            id="minimum=Parameter(2.5)",
        ),
        pytest.param(
            lambda: age_between(16, 15),
            "minimum=16 must not exceed maximum=15",
            id="age_between(16, 15)",
        ),
        pytest.param(
            lambda: age_between(parameter("demo.min", 16), parameter("demo.max", 15)),
            "minimum=demo.min must not exceed maximum=demo.max",
            id="parameters crossed",
        ),
        pytest.param(
            lambda: age_at_least(18, fact="birth date"),
            "fact='birth date' must be the name of a fact (a Python identifier)",
            id="fact with a space",
        ),
        pytest.param(
            lambda: age_at_least(18, fact=3),  # type: ignore[arg-type]
            "fact=3 must be the name of a fact (a Python identifier)",
            id="fact=3",
        ),
    ],
)
def test_age_rules_refuse_bad_bounds_with_exact_messages(
    build: Any, message: str
) -> None:
    """Age rules name the bad argument and what is expected."""
    with pytest.raises(InvalidRule, match=f"^{re.escape(message)}$"):
        build()


def test_age_bounds_may_be_zero_and_equal() -> None:
    """0 is a valid bound, and both bounds may be the same age."""
    rule = age_between(0, 0)

    assert Outcome.ELIGIBLE is outcome(rule, {"birth_date": dt.date(2023, 3, 2)}, ON)
    assert Outcome.INELIGIBLE is outcome(rule, {"birth_date": dt.date(2023, 3, 1)}, ON)


def test_age_breakpoints_are_the_birthdays_that_change_the_answer() -> None:
    """age_between(15, 25): the 15th birthday and the 26th, named in three languages."""
    rule = age_between(15, 25)
    subject = {"birth_date": dt.date(2004, 5, 17)}

    assert readings(
        (
            Breakpoint(
                dt.date(2019, 5, 17),
                rule.id,
                Text("15e anniversaire", "15. Geburtstag", "15th birthday"),
            ),
            Breakpoint(
                dt.date(2030, 5, 17),
                rule.id,
                Text("26e anniversaire", "26. Geburtstag", "26th birthday"),
            ),
        )
    ) == readings(rule.breakpoints(subject, *WIDE))
    assert [dt.date(2022, 2, 28)] == days(
        age_at_least(18).breakpoints({"birth_date": dt.date(2004, 2, 29)}, *WIDE)
    )
    assert [dt.date(2010, 3, 2)] == days(
        age_at_most(5).breakpoints({"birth_date": dt.date(2004, 3, 2)}, *WIDE)
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(
            dt.date(2022, 5, 16),
            dt.date(2022, 5, 17),
            [dt.date(2022, 5, 17)],
            id="end on it",
        ),
        pytest.param(dt.date(2022, 5, 17), dt.date(2022, 12, 31), [], id="start on it"),
        pytest.param(dt.date(2022, 1, 1), dt.date(2022, 5, 16), [], id="end before it"),
    ],
)
def test_breakpoints_are_in_the_half_open_window(
    start: dt.date, end: dt.date, expected: list[dt.date]
) -> None:
    """A leaf's breakpoints lie in (start, end]: the 18th birthday counts on end, not on start."""
    rule = age_at_least(18)

    assert expected == days(
        rule.breakpoints({"birth_date": dt.date(2004, 5, 17)}, start, end)
    )


def test_an_unknown_fact_gives_no_breakpoint() -> None:
    """Unknown facts stay unknown: no day changes the answer."""
    assert () == age_at_least(18).breakpoints({"birth_date": None}, *WIDE)
    assert () == age_at_least(18).breakpoints({}, *WIDE)


def test_a_dated_bound_adds_its_changes_and_the_birthdays_of_each_value() -> None:
    """A bound that changes: the day of the new value, and the birthday under each value."""
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), (dt.date(2020, 1, 1), 16))
    rule = age_at_least(minimum)
    subject = {"birth_date": dt.date(2005, 6, 1)}
    found = rule.breakpoints(subject, dt.date(2010, 1, 1), dt.date(2030, 1, 1))

    assert [dt.date(2023, 6, 1), dt.date(2020, 1, 1), dt.date(2021, 6, 1)] == days(
        found
    )
    assert texts(
        Text(
            "nouvelle valeur de demo.min",
            "neuer Wert von demo.min",
            "new value of demo.min",
        )
    ) == texts(found[1].reason)
    assert rule.id == found[1].rule_id
    assert [Outcome.INELIGIBLE, Outcome.ELIGIBLE] == [
        outcome(rule, subject, day)
        for day in (dt.date(2021, 5, 31), dt.date(2021, 6, 1))
    ]


def test_every_dated_amount_gives_the_days_under_each_value() -> None:
    """A dated maximum age, minimum age of a child, or number of years: the day under the old value, the change, the day under the new one."""
    lowered = ((dt.date(2000, 1, 1), 25), (dt.date(2020, 1, 1), 20))
    maximum = age_at_most(dated("demo.max", *lowered))
    child = any_age_between(
        "children",
        dated("demo.min", (dt.date(2000, 1, 1), 3), (dt.date(2020, 1, 1), 2)),
        4,
    )
    years = years_since(
        "since",
        at_least=dated(
            "demo.years", (dt.date(2000, 1, 1), 5), (dt.date(2020, 1, 1), 3)
        ),
    )
    window = (dt.date(2015, 1, 1), dt.date(2030, 12, 31))

    assert [dt.date(2026, 6, 1), dt.date(2020, 1, 1), dt.date(2021, 6, 1)] == days(
        maximum.breakpoints({"birth_date": dt.date(2000, 6, 1)}, *window)
    )
    assert [
        dt.date(2019, 6, 1),
        dt.date(2022, 6, 1),
        dt.date(2024, 6, 1),
        dt.date(2020, 1, 1),
        dt.date(2021, 6, 1),
        dt.date(2024, 6, 1),
    ] == days(child.breakpoints({"children": [dt.date(2019, 6, 1)]}, *window))
    assert [dt.date(2023, 6, 1), dt.date(2020, 1, 1), dt.date(2021, 6, 1)] == days(
        years.breakpoints({"since": dt.date(2018, 6, 1)}, *window)
    )


def test_a_birthday_on_the_day_a_bound_changes_is_listed_once() -> None:
    """The 16th birthday falls on the day the minimum drops to 16: one breakpoint that day, the new value's."""
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), (dt.date(2021, 6, 1), 16))
    found = age_at_least(minimum).breakpoints(
        {"birth_date": dt.date(2005, 6, 1)}, dt.date(2010, 1, 1), dt.date(2030, 1, 1)
    )

    assert [
        (dt.date(2023, 6, 1), "18th birthday"),
        (dt.date(2021, 6, 1), "new value of demo.min"),
    ] == [(b.day, b.reason.en) for b in found]


def test_a_dated_bound_outside_the_window_adds_nothing() -> None:
    """The day a bound changes counts only in (start, end], as the birthdays do."""
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), (dt.date(2020, 1, 1), 16))
    rule = age_at_least(minimum)
    subject = {"birth_date": dt.date(2005, 6, 1)}

    assert [dt.date(2021, 6, 1)] == days(
        rule.breakpoints(subject, dt.date(2020, 1, 1), dt.date(2022, 1, 1))
    )
    assert [dt.date(2020, 1, 1), dt.date(2021, 6, 1)] == days(
        rule.breakpoints(subject, dt.date(2019, 12, 31), dt.date(2021, 6, 1))
    )
    assert [dt.date(2020, 1, 1)] == days(
        rule.breakpoints(subject, dt.date(2019, 12, 31), dt.date(2021, 5, 31))
    )


def test_the_day_after_a_dated_bound_ends_is_a_breakpoint() -> None:
    """A bound whose values end on 29 Feb 2024: the answer may change on 1 March."""
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), ended=dt.date(2024, 2, 29))
    rule = age_at_least(minimum)

    assert readings(
        (
            Breakpoint(
                dt.date(2024, 3, 1),
                rule.id,
                Text(
                    "nouvelle valeur de demo.min",
                    "neuer Wert von demo.min",
                    "new value of demo.min",
                ),
            ),
        )
    ) == readings(
        rule.breakpoints(
            {"birth_date": dt.date(1990, 1, 1)},
            dt.date(2024, 1, 1),
            dt.date(2024, 12, 31),
        )
    )


def test_a_timeline_reaches_past_the_end_of_a_bound_the_rule_outlives_not() -> None:
    """A rule in force while its bound has values has a timeline across the bound's end.

    Regression: the leaf computed its birthdays under the bound's value on the
    day after the last one, and raised NoValueOnDate, although the rule is out
    of force that day and evaluates to INELIGIBLE.
    """
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), ended=dt.date(2024, 2, 29))
    rule = age_at_least(minimum).in_force_during(None, "2024-02-29")
    subject = {"birth_date": dt.date(2006, 2, 1)}
    spans = timeline(rule, subject, start="2024-01-01", end="2024-12-31").spans

    assert [
        (dt.date(2024, 1, 1), Outcome.INELIGIBLE),
        (dt.date(2024, 2, 1), Outcome.ELIGIBLE),
        (dt.date(2024, 3, 1), Outcome.INELIGIBLE),
    ] == [(span.start, span.outcome) for span in spans]


def test_a_timeline_may_start_before_the_first_value_of_a_bound() -> None:
    """A rule in force from its bound's first value has a timeline from before that day.

    Regression: the leaf computed its birthdays under the bound's value on the
    first day of the window, before the bound had one, and raised NoValueOnDate.
    """
    minimum = dated("demo.min", (dt.date(2020, 1, 1), 18))
    rule = age_at_least(minimum).in_force_during("2020-01-01", None)
    subject = {"birth_date": dt.date(2005, 6, 1)}
    spans = timeline(rule, subject, start="2019-01-01", end="2024-12-31").spans

    assert [
        (dt.date(2019, 1, 1), Outcome.INELIGIBLE),
        (dt.date(2023, 6, 1), Outcome.ELIGIBLE),
    ] == [(span.start, span.outcome) for span in spans]
    assert [dt.date(2020, 1, 1), dt.date(2023, 6, 1)] == days(
        age_at_least(minimum).breakpoints(
            subject, dt.date(2019, 1, 1), dt.date(2024, 12, 31)
        )
    )


def test_a_dated_bound_is_shown_with_its_value_on_the_date() -> None:
    """The explanation shows a dated bound's value and source on the evaluation date."""
    old, new = Source("Old directive"), Source("New directive")
    minimum = Parameter.dated(
        "demo.min",
        [
            Change(dt.date(2000, 1, 1), 18, source=old),
            Change(dt.date(2020, 1, 1), 16, source=new),
        ],
        label=Text.same("minimum age"),
    )
    rule = age_at_least(minimum)
    subject = {"birth_date": dt.date(2000, 1, 1)}

    assert (ParameterUse("demo.min", Text.same("minimum age"), 18, old),) == (
        rule.evaluate(subject, dt.date(2019, 12, 31)).parameters
    )
    assert (ParameterUse("demo.min", Text.same("minimum age"), 16, new),) == (
        rule.evaluate(subject, dt.date(2020, 1, 1)).parameters
    )


def test_a_leaf_reads_a_repeated_parameter_once() -> None:
    """The same parameter for both bounds is one parameter of the rule, shown twice."""
    bound = parameter("demo.age", 18, note="a reading")
    rule = age_between(bound, bound)
    node = rule.evaluate({"birth_date": dt.date(2006, 3, 1)}, ON)

    assert (bound,) == rule.parameters()
    assert (
        ParameterUse("demo.age", Text.same("demo.age"), 18, None, "a reading"),
    ) * 2 == (node.parameters)
    assert Outcome.ELIGIBLE is node.outcome


def test_with_parameters_checks_the_new_values() -> None:
    """A replaced bound is checked as a new one: a negative age, a count of 0, a negative amount."""
    minimum = parameter("demo.min", 18)
    years = parameter("demo.years", 5)

    with pytest.raises(
        InvalidRule,
        match=re.escape(
            "minimum=demo.min must be a non-negative int or a Parameter of one"
        ),
    ):
        age_at_least(minimum).with_parameters({"demo.min": -1})
    with pytest.raises(
        InvalidRule,
        match=re.escape(
            "amount=demo.years must be a non-negative int or a Parameter of one"
        ),
    ):
        years_since("since", at_least=years).with_parameters({"demo.years": -1})
    with pytest.raises(
        InvalidRule,
        match=re.escape(
            "amount=demo.years must be a non-negative int or a Parameter of one"
        ),
    ):
        years_since("since", at_least=years).with_parameters({"demo.years": True})


# -- years and months since a date -----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "last_no", "first_yes"),
    [
        pytest.param(
            years_since("since", at_least=5),
            dt.date(2024, 2, 27),
            dt.date(2024, 2, 28),
            id="at least 5 years",
        ),
        pytest.param(
            years_since("since", more_than=5),
            dt.date(2024, 2, 28),
            dt.date(2024, 2, 29),
            id="more than 5 years",
        ),
        pytest.param(
            months_since("since", at_least=12),
            dt.date(2020, 2, 27),
            dt.date(2020, 2, 28),
            id="at least 12 months",
        ),
        pytest.param(
            months_since("since", more_than=12),
            dt.date(2020, 2, 28),
            dt.date(2020, 2, 29),
            id="more than 12 months",
        ),
    ],
)
def test_elapsed_time_from_a_date_in_february(
    rule: Any, last_no: dt.date, first_yes: dt.date
) -> None:
    """Since 28 Feb 2019: at least holds on the anniversary, more than on the day after (a leap day)."""
    subject = {"since": dt.date(2019, 2, 28)}

    assert Outcome.INELIGIBLE is outcome(rule, subject, last_no)
    assert Outcome.ELIGIBLE is outcome(rule, subject, first_yes)
    assert [first_yes] == days(rule.breakpoints(subject, *WIDE))


def test_anniversary_of_a_leap_day_falls_on_28_february() -> None:
    """Since 29 Feb 2020: one year on 28 Feb 2021; one month after 31 Jan on 29 Feb 2024."""
    assert Outcome.ELIGIBLE is outcome(
        years_since("since", at_least=1),
        {"since": dt.date(2020, 2, 29)},
        dt.date(2021, 2, 28),
    )
    assert Outcome.INELIGIBLE is outcome(
        years_since("since", at_least=1),
        {"since": dt.date(2020, 2, 29)},
        dt.date(2021, 2, 27),
    )
    assert Outcome.ELIGIBLE is outcome(
        months_since("since", at_least=1),
        {"since": dt.date(2024, 1, 31)},
        dt.date(2024, 2, 29),
    )
    assert Outcome.INELIGIBLE is outcome(
        months_since("since", at_least=1),
        {"since": dt.date(2024, 1, 31)},
        dt.date(2024, 2, 28),
    )


def test_a_date_in_the_future_has_not_elapsed() -> None:
    """A date after the evaluation date: the rule does not hold yet, and says from when it will."""
    node = years_since("since", at_least=0).evaluate(
        {"since": ON + dt.timedelta(days=1)}, ON
    )

    assert Outcome.INELIGIBLE is node.outcome
    assert "at least 0 years: would first hold on 2024-03-02" == node.detail.en  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("rule", "detail"),
    [
        pytest.param(
            years_since("since", more_than=50),
            Text(
                "plus de 50 ans : serait remplie pour la première fois le 2057-09-04",
                "mehr als 50 Jahre: wäre erstmals am 2057-09-04 erfüllt",
                "more than 50 years: would first hold on 2057-09-04",
            ),
            id="years more than",
        ),
        pytest.param(
            months_since("since", at_least=6),
            Text(
                "au moins 6 mois : serait remplie pour la première fois le 2008-03-03",
                "mindestens 6 Monate: wäre erstmals am 2008-03-03 erfüllt",
                "at least 6 months: would first hold on 2008-03-03",
            ),
            id="months at least",
        ),
    ],
)
def test_a_day_still_to_come_is_said_to_be_the_first_it_would_hold(
    rule: Any, detail: Text
) -> None:
    """Before the day, the detail says the date is the first day the condition would hold, not a fact about it."""
    node = rule.evaluate({"since": dt.date(2007, 9, 3)}, dt.date(2007, 12, 1))

    assert Outcome.INELIGIBLE is node.outcome
    assert texts(detail) == texts(node.detail)


@pytest.mark.parametrize(
    ("rule", "detail", "reason", "id_", "label"),
    [
        pytest.param(
            years_since("since", at_least=5),
            Text(
                "au moins 5 ans : remplie depuis le 2024-02-28",
                "mindestens 5 Jahre: erfüllt seit 2024-02-28",
                "at least 5 years: holds since 2024-02-28",
            ),
            Text("5 ans depuis since", "5 Jahre seit since", "5 years since since"),
            "years_since('since', at_least=5)",
            Text(
                "au moins 5 ans depuis since",
                "mindestens 5 Jahre seit since",
                "at least 5 years since since",
            ),
            id="years at least",
        ),
        pytest.param(
            years_since("since", more_than=5),
            Text(
                "plus de 5 ans : remplie depuis le 2024-02-29",
                "mehr als 5 Jahre: erfüllt seit 2024-02-29",
                "more than 5 years: holds since 2024-02-29",
            ),
            Text(
                "plus de 5 ans depuis since",
                "mehr als 5 Jahre seit since",
                "more than 5 years since since",
            ),
            "years_since('since', more_than=5)",
            Text(
                "plus de 5 ans depuis since",
                "mehr als 5 Jahre seit since",
                "more than 5 years since since",
            ),
            id="years more than",
        ),
        pytest.param(
            months_since("since", at_least=60),
            Text(
                "au moins 60 mois : remplie depuis le 2024-02-28",
                "mindestens 60 Monate: erfüllt seit 2024-02-28",
                "at least 60 months: holds since 2024-02-28",
            ),
            Text(
                "60 mois depuis since", "60 Monate seit since", "60 months since since"
            ),
            "months_since('since', at_least=60)",
            Text(
                "au moins 60 mois depuis since",
                "mindestens 60 Monate seit since",
                "at least 60 months since since",
            ),
            id="months at least",
        ),
        pytest.param(
            months_since("since", more_than=60),
            Text(
                "plus de 60 mois : remplie depuis le 2024-02-29",
                "mehr als 60 Monate: erfüllt seit 2024-02-29",
                "more than 60 months: holds since 2024-02-29",
            ),
            Text(
                "plus de 60 mois depuis since",
                "mehr als 60 Monate seit since",
                "more than 60 months since since",
            ),
            "months_since('since', more_than=60)",
            Text(
                "plus de 60 mois depuis since",
                "mehr als 60 Monate seit since",
                "more than 60 months since since",
            ),
            id="months more than",
        ),
    ],
)
def test_elapsed_time_explains_itself_in_three_languages(
    rule: Any, detail: Text, reason: Text, id_: str, label: Text
) -> None:
    """The detail gives the amount and the first day it holds; the breakpoint says why; id and label name the reading."""
    subject = {"since": dt.date(2019, 2, 28)}
    node = rule.evaluate(subject, ON)
    (found,) = rule.breakpoints(subject, *WIDE)

    assert texts(detail) == texts(node.detail)
    assert texts(reason) == texts(found.reason)
    assert (id_, id_) == (rule.id, found.rule_id)
    assert texts(label) == texts(rule.label)


def test_an_inclusive_reading_decides_the_anniversary_itself() -> None:
    """With inclusive=true the anniversary counts ("at least"), with false only the day after."""
    at_least = parameter("demo.inclusive", True)
    more_than = parameter("demo.inclusive", False)
    subject = {"since": dt.date(2019, 3, 1)}
    inclusive = years_since("since", at_least=5, inclusive=at_least)
    exclusive = years_since("since", at_least=5, inclusive=more_than)

    assert Outcome.ELIGIBLE is outcome(inclusive, subject, ON)
    assert Outcome.INELIGIBLE is outcome(exclusive, subject, ON)
    assert Outcome.ELIGIBLE is outcome(exclusive, subject, ON + dt.timedelta(days=1))
    assert "years_since('since', at_least=5)" == inclusive.id
    assert "years_since('since', more_than=5)" == exclusive.id
    assert (False, True) == (inclusive.strict, exclusive.strict)
    assert (parameter("demo.years", 5), more_than) == years_since(
        "since", at_least=parameter("demo.years", 5), inclusive=more_than
    ).parameters()
    assert "more than 5 years since since" == exclusive.label.en
    assert [
        ParameterUse("demo.inclusive", Text.same("demo.inclusive"), False),
    ] == list(exclusive.evaluate(subject, ON).parameters)


def test_with_parameters_can_change_the_inclusive_reading() -> None:
    """Replacing the inclusive parameter changes the reading of the anniversary."""
    rule = years_since("since", at_least=5, inclusive=parameter("demo.inclusive", True))
    changed = rule.with_parameters({"demo.inclusive": False})
    subject = {"since": dt.date(2019, 3, 1)}

    assert (Outcome.ELIGIBLE, Outcome.INELIGIBLE) == (
        outcome(rule, subject, ON),
        outcome(changed, subject, ON),
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(
            lambda: years_since("since"),
            "yearssince() needs exactly one of at_least= or more_than=",
            id="neither",
        ),
        pytest.param(
            lambda: months_since("since", at_least=1, more_than=1),
            "monthssince() needs exactly one of at_least= or more_than=",
            id="both",
        ),
        pytest.param(
            lambda: years_since(
                "since", more_than=1, inclusive=parameter("demo.i", True)
            ),
            "inclusive= must be a Parameter, given with at_least= (it decides between at least and more than)",
            id="inclusive with more_than",
        ),
        pytest.param(
            lambda: years_since("since", at_least=1, inclusive=True),  # type: ignore[arg-type]
            "inclusive= must be a Parameter, given with at_least= (it decides between at least and more than)",
            id="inclusive=True",
        ),
        pytest.param(
            lambda: years_since(
                "since",
                at_least=1,
                inclusive=dated("demo.i", (dt.date(2020, 1, 1), True)),
            ),
            "inclusive='demo.i' must be an undated Parameter",
            id="dated inclusive",
        ),
        pytest.param(
            lambda: years_since("since", at_least=-1),
            "at_least=-1 must be a non-negative int or a Parameter of one",
            id="at_least=-1",
        ),
        pytest.param(
            lambda: months_since("since", more_than=True),
            "more_than=True must be a non-negative int or a Parameter of one",
            id="more_than=True",
        ),
        pytest.param(
            lambda: years_since("since", more_than=parameter("demo.n", 1.5)),
            "more_than=demo.n must be a non-negative int or a Parameter of one",
            id="more_than=Parameter(1.5)",
        ),
        pytest.param(
            lambda: years_since(
                "since",
                at_least=parameter("demo.n", -2),
                inclusive=parameter("demo.i", False),
            ),
            "more_than=demo.n must be a non-negative int or a Parameter of one",
            id="exclusive reading of -2",
        ),
        pytest.param(
            lambda: years_since("since date", at_least=1),
            "fact='since date' must be the name of a fact (a Python identifier)",
            id="fact with a space",
        ),
    ],
)
def test_elapsed_rules_refuse_bad_arguments_with_exact_messages(
    build: Any, message: str
) -> None:
    """years_since and months_since name the bad argument."""
    with pytest.raises(InvalidRule, match=f"^{re.escape(message)}$"):
        build()


def test_elapsed_rules_accept_zero() -> None:
    """Zero years since a date holds from that day on."""
    rule = years_since("since", at_least=0)

    assert Outcome.ELIGIBLE is outcome(rule, {"since": ON}, ON)


def test_elapsed_rules_refuse_a_fact_that_is_not_a_date() -> None:
    """A datetime is not a date for a years_since rule either."""
    with pytest.raises(
        EvaluationError,
        match=re.escape(
            "since: rule \"years_since('since', at_least=1)\" expects a date"
        ),
    ):
        evaluate(
            years_since("since", at_least=1), {"since": dt.datetime(2020, 1, 1)}, on=ON
        )


# -- someone in a collection within an age range ------------------------------------------------


def test_any_age_between_counts_only_the_born() -> None:
    """A birth date after the evaluation date does not count; one on it counts as age 0."""
    rule = any_age_between("children", 0, 4)

    assert Outcome.INELIGIBLE is outcome(
        rule, {"children": (ON + dt.timedelta(days=1),)}, ON
    )
    assert Outcome.ELIGIBLE is outcome(rule, {"children": (ON,)}, ON)
    assert Outcome.INELIGIBLE is outcome(rule, {"children": ()}, ON)


@pytest.mark.parametrize(
    ("born", "expected"),
    [
        pytest.param(
            dt.date(2019, 3, 2), Outcome.ELIGIBLE, id="day before 5th birthday"
        ),
        pytest.param(dt.date(2019, 3, 1), Outcome.INELIGIBLE, id="5th birthday"),
        pytest.param(
            dt.date(2022, 3, 2), Outcome.INELIGIBLE, id="day before 2nd birthday"
        ),
        pytest.param(dt.date(2022, 3, 1), Outcome.ELIGIBLE, id="2nd birthday"),
    ],
)
def test_any_age_between_includes_both_bounds(born: dt.date, expected: Outcome) -> None:
    """A child aged 2 to 4: from the 2nd birthday to the day before the 5th."""
    assert expected is outcome(
        any_age_between("children", 2, 4), {"children": [born]}, ON
    )


def test_any_age_between_explains_the_ages_sorted() -> None:
    """The detail lists the ages of the born, youngest first, or a dash for none."""
    rule = any_age_between("children", 2, 4)
    node = rule.evaluate(
        {"children": [dt.date(2010, 1, 1), dt.date(2023, 1, 1), dt.date(2030, 1, 1)]},
        ON,
    )

    assert texts(Text("âges : 1, 14", "Alter: 1, 14", "ages: 1, 14")) == texts(
        node.detail
    )
    assert texts(Text("âges : —", "Alter: —", "ages: —")) == texts(
        rule.evaluate({"children": set()}, ON).detail
    )
    assert (
        ("children", (dt.date(2010, 1, 1), dt.date(2023, 1, 1), dt.date(2030, 1, 1))),
    ) == (node.facts)


def test_any_age_between_breakpoints_are_births_and_birthdays() -> None:
    """Each child: the birth, the birthday of the minimum, and the one after the maximum."""
    rule = any_age_between("children", 2, 4)
    born = dt.date(2020, 2, 29)

    assert readings(
        (
            Breakpoint(born, rule.id, Text("naissance", "Geburt", "birth")),
            Breakpoint(
                dt.date(2022, 2, 28),
                rule.id,
                Text("2e anniversaire", "2. Geburtstag", "2nd birthday"),
            ),
            Breakpoint(
                dt.date(2025, 2, 28),
                rule.id,
                Text("5e anniversaire", "5. Geburtstag", "5th birthday"),
            ),
        )
    ) == readings(rule.breakpoints({"children": [born]}, *WIDE))


def test_any_age_between_id_label_and_errors() -> None:
    """It is named after its range, and refuses what is not a collection of dates."""
    rule = any_age_between("children", 0, parameter("demo.max", 4))

    assert "any_age_between('children', 0, demo.max)" == rule.id
    assert texts(
        Text(
            "children : au moins une personne de 0 à 4 ans",
            "children: mindestens eine Person von 0 bis 4 Jahren",
            "children: someone aged 0 to 4",
        )
    ) == texts(rule.label)
    for value in ("2020-01-01", b"2020", dt.date(2020, 1, 1)):
        with pytest.raises(EvaluationError) as caught:
            evaluate(rule, {"children": value}, on=ON)

        assert (
            "children: rule \"any_age_between('children', 0, demo.max)\" expects a collection of dates"
            == str(caught.value)
        )
    with pytest.raises(EvaluationError) as caught:
        evaluate(rule, {"children": ["2020-01-01"]}, on=ON)

    assert (
        "children: rule \"any_age_between('children', 0, demo.max)\" expects a date"
        == str(caught.value)
    )
    with pytest.raises(
        InvalidRule,
        match=re.escape("minimum=-1 must be a non-negative int or a Parameter of one"),
    ):
        any_age_between("children", -1, 4)


# -- scales ------------------------------------------------------------------------------------

LEVELS = ("none", "A1", "A2", "B1")


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("none", Outcome.INELIGIBLE),
        ("A1", Outcome.INELIGIBLE),
        ("A2", Outcome.ELIGIBLE),
        ("B1", Outcome.ELIGIBLE),
    ],
)
def test_on_scale_holds_from_the_minimum_up(level: str, expected: Outcome) -> None:
    """A2 or above on none < A1 < A2 < B1."""
    assert expected is outcome(
        at_least_on_scale("level", "A2", LEVELS), {"level": level}, ON
    )


def test_on_scale_reads_a_dated_minimum_on_the_date() -> None:
    """A minimum that rises from A1 to A2 on 2024-01-01."""
    minimum = dated(
        "demo.level", (dt.date(2020, 1, 1), "A1"), (dt.date(2024, 1, 1), "A2")
    )
    rule = at_least_on_scale("level", minimum, LEVELS)

    assert Outcome.ELIGIBLE is outcome(rule, {"level": "A1"}, dt.date(2023, 12, 31))
    assert Outcome.INELIGIBLE is outcome(rule, {"level": "A1"}, dt.date(2024, 1, 1))


def test_on_scale_candidates_are_the_minimum_and_the_level_below() -> None:
    """The path to eligibility tries the minimum, and the level just below it (none below the lowest)."""
    assert (FactChange("level", "A2"), FactChange("level", "A1")) == at_least_on_scale(
        "level", "A2", LEVELS
    ).candidates({})
    assert (FactChange("level", "none"),) == at_least_on_scale(
        "level", "none", LEVELS
    ).candidates({})


def test_on_scale_id_label_and_errors() -> None:
    """It is named after its minimum, and checks its scale and the fact's value."""
    rule = at_least_on_scale("level", "A2", LEVELS)

    assert "at_least_on_scale('level', 'A2')" == rule.id
    assert texts(Text.same("level ≥ A2")) == texts(rule.label)
    with pytest.raises(EvaluationError) as caught:
        evaluate(rule, {"level": "C2"}, on=ON)

    assert (
        "level: rule \"at_least_on_scale('level', 'A2')\" expects a value on its scale"
        == str(caught.value)
    )
    for scale in ((), ("A1", "A1", "A2")):
        with pytest.raises(
            InvalidRule, match=r"^scale must list distinct values, lowest first$"
        ):
            at_least_on_scale("level", "A1", scale)
    with pytest.raises(
        InvalidRule,
        match=re.escape("minimum='C1' is not on the scale ('A1', 'A2')"),
    ):
        at_least_on_scale("level", "C1", ["A1", "A2"])


# -- comparisons, yes/no facts, sets --------------------------------------------------------------


@pytest.mark.parametrize(
    ("op", "below", "equal", "above"),
    [
        ("==", False, True, False),
        ("!=", True, False, True),
        ("<", True, False, False),
        ("<=", True, True, False),
        (">", False, False, True),
        (">=", False, True, True),
    ],
)
def test_compare_at_its_boundary(
    op: str, below: bool, equal: bool, above: bool
) -> None:
    """Each operator on 2, 3 and 4 compared with 3."""
    rule = compare("n", op, 3)

    assert [Outcome.of(below), Outcome.of(equal), Outcome.of(above)] == [
        outcome(rule, {"n": n}, ON) for n in (2, 3, 4)
    ]


def test_compare_reads_a_dated_value_on_the_date() -> None:
    """A dated threshold is read on the evaluation date."""
    rule = compare(
        "n", ">=", dated("demo.n", (dt.date(2020, 1, 1), 2), (dt.date(2024, 1, 1), 3))
    )

    assert Outcome.ELIGIBLE is outcome(rule, {"n": 2}, dt.date(2023, 12, 31))
    assert Outcome.INELIGIBLE is outcome(rule, {"n": 2}, dt.date(2024, 1, 1))


def test_compare_candidates() -> None:
    """An int value and its neighbours; a bool or another value alone."""
    assert (
        FactChange("n", 3),
        FactChange("n", 2),
        FactChange("n", 4),
    ) == compare("n", "<", parameter("demo.n", 3)).candidates({})
    assert (FactChange("b", True),) == equals("b", True).candidates({})
    assert (FactChange("code", "x"),) == equals("code", "x").candidates({})


def test_compare_refuses_incomparable_values_naming_the_field_and_rule() -> None:
    """A value that cannot be ordered against the threshold is an evaluation error, not False."""
    with pytest.raises(EvaluationError) as caught:
        evaluate(compare("n", "<", 3), {"n": "many"}, on=ON)

    assert "n: cannot be compared with int by rule \"compare('n', '<', 3)\"" == str(
        caught.value
    )
    with pytest.raises(
        InvalidRule, match=re.escape("op='=<' must be one of ==, !=, <, <=, >, >=")
    ):
        compare("n", "=<", 3)


def test_is_true_candidates_label_and_errors() -> None:
    """A yes/no fact proposes yes and no; anything but a bool is an error naming the rule."""
    rule = is_true("contract")

    assert (FactChange("contract", True), FactChange("contract", False)) == (
        rule.candidates({})
    )
    assert texts(Text("contract : oui", "contract: ja", "contract: yes")) == texts(
        rule.label
    )
    for value in (1, "yes"):
        with pytest.raises(EvaluationError) as caught:
            evaluate(rule, {"contract": value}, on=ON)

        assert "contract: rule \"is_true('contract')\" expects a yes/no fact" == str(
            caught.value
        )


def test_one_of_holds_on_members_only() -> None:
    """one_of holds for a member of the set, not for another value."""
    rule = one_of("code", ["p", "q"])

    assert Outcome.ELIGIBLE is outcome(rule, {"code": "q"}, ON)
    assert Outcome.INELIGIBLE is outcome(rule, {"code": "r"}, ON)


def test_one_of_with_a_parameter() -> None:
    """A parameter's set is read on the date, shown in the explanation, and may be empty."""
    codes = dated(
        "demo.codes",
        (dt.date(2020, 1, 1), frozenset({"p"})),
        (dt.date(2024, 1, 1), frozenset({"p", "q"})),
    )
    rule = one_of("code", codes)

    assert Outcome.INELIGIBLE is outcome(rule, {"code": "q"}, dt.date(2023, 12, 31))
    assert Outcome.ELIGIBLE is outcome(rule, {"code": "q"}, dt.date(2024, 1, 1))
    assert frozenset({"p"}) == rule.values_on(dt.date(2023, 12, 31))
    assert (codes,) == rule.parameters()
    assert "one_of('code', demo.codes)" == rule.id
    assert texts(Text.same("code ∈ ‹demo.codes›")) == texts(rule.label)
    assert () == one_of("code", ["p"]).parameters()
    empty = one_of("code", parameter("demo.none", frozenset()))

    assert Outcome.INELIGIBLE is outcome(empty, {"code": "p"}, ON)
    assert () == empty.candidates({})


def test_one_of_candidates_are_its_values_in_a_stable_order() -> None:
    """Each value of the set, ordered by repr."""
    assert (
        FactChange("code", "a"),
        FactChange("code", "b"),
        FactChange("code", "c"),
    ) == one_of("code", {"c", "a", "b"}).candidates({})


def test_one_of_errors() -> None:
    """A single value, an empty set or a parameter of another kind is refused; an unhashable fact is an evaluation error."""
    with pytest.raises(
        InvalidRule,
        match=re.escape(
            "values='abc' must be a collection of values, not a single value"
        ),
    ):
        one_of("code", "abc")
    with pytest.raises(
        InvalidRule,
        match=re.escape("values=5 must be a collection of values, not a single value"),
    ):
        one_of("code", 5)  # type: ignore[arg-type]
    with pytest.raises(InvalidRule, match=r"^values must not be empty$"):
        one_of("code", ())
    with pytest.raises(
        InvalidRule,
        match=re.escape(
            "values='demo.codes' must be a parameter whose value is a frozenset"
        ),
    ):
        one_of("code", parameter("demo.codes", {"p"}))
    with pytest.raises(EvaluationError) as caught:
        evaluate(one_of("code", ["p"]), {"code": {"p": 1}}, on=ON)

    assert "code: rule \"one_of('code', {'p'})\" expects a single value" == str(
        caught.value
    )


def test_contains_reads_any_collection_but_a_string() -> None:
    """A set, list, tuple or frozenset fact is searched; a string or a number is an error."""
    rule = contains("tags", "x")

    for value in ({"x"}, ["x"], ("x",), frozenset({"x"}), {"x": 1}):
        assert Outcome.ELIGIBLE is outcome(rule, {"tags": value}, ON)
    assert Outcome.INELIGIBLE is outcome(rule, {"tags": ["y"]}, ON)
    for value in ("x", 3):
        with pytest.raises(EvaluationError) as caught:
            evaluate(rule, {"tags": value}, on=ON)

        assert "tags: rule \"contains('tags', 'x')\" expects a set-valued fact" == str(
            caught.value
        )


def test_contains_candidates_add_the_value_to_the_current_set() -> None:
    """The fact's set with the value added; an unknown or odd fact counts as empty."""
    rule = contains("tags", "x")

    assert (FactChange("tags", frozenset({"a", "x"})),) == rule.candidates(
        {"tags": ["a"]}
    )
    assert (FactChange("tags", frozenset({"a", "x"})),) == rule.candidates(
        {"tags": ("a",)}
    )
    assert (FactChange("tags", frozenset({"a", "x"})),) == rule.candidates(
        {"tags": {"a"}}
    )
    assert (FactChange("tags", frozenset({"x"})),) == rule.candidates({})
    assert (FactChange("tags", frozenset({"x"})),) == rule.candidates({"tags": "abc"})


def test_contains_id_and_label() -> None:
    """A contains rule is named after its fact and value."""
    rule = contains("tags", "x")

    assert "contains('tags', 'x')" == rule.id
    assert texts(Text.same("x ∈ tags")) == texts(rule.label)


def test_mutable_facts_are_frozen_in_the_explanation() -> None:
    """A list is shown as a tuple and a set as a frozenset: the explanation cannot change afterwards."""
    tags = ["x", "y"]
    node = contains("tags", "x").evaluate({"tags": tags}, ON)
    tags.append("z")

    assert (("tags", ("x", "y")),) == node.facts
    assert (("tags", frozenset({"x"})),) == (
        contains("tags", "x").evaluate({"tags": {"x"}}, ON).facts
    )


# -- predicates: leaves reading several facts -------------------------------------------------------


def _longer(stay: int, required: int, *, on: dt.date) -> bool:
    return stay >= required


def test_a_predicate_reading_several_facts_gets_them_in_order() -> None:
    """The function receives every fact it reads, in order, and the date."""
    seen: list[tuple[Any, ...]] = []

    def record(*values: Any, on: dt.date) -> bool:
        seen.append((*values, on))
        return True

    rule = predicate("demo.record", Text.same("record"), ["a", "b", "c"], record)
    node = rule.evaluate({"a": 1, "b": [2], "c": {3}}, ON)

    assert [(1, (2,), frozenset({3}), ON)] == seen
    assert (
        Node(
            "demo.record",
            Text.same("record"),
            Outcome.ELIGIBLE,
            frozenset(),
            None,
            (("a", 1), ("b", (2,)), ("c", frozenset({3}))),
        )
        == node
    )


def test_a_predicate_reading_several_facts_decides_false() -> None:
    """A false answer is INELIGIBLE, with every fact shown."""
    rule = predicate("demo.longer", Text.same("longer"), ["stay", "required"], _longer)
    node = rule.evaluate({"stay": 2, "required": 3}, ON)

    assert (Outcome.INELIGIBLE, frozenset(), (("stay", 2), ("required", 3))) == (
        node.outcome,
        node.missing,
        node.facts,
    )
    assert Outcome.ELIGIBLE is outcome(rule, {"stay": 3, "required": 3}, ON)


def test_a_predicate_names_only_its_unknown_facts() -> None:
    """With several facts, missing names the unknown ones only; the known are still shown."""
    calls: list[object] = []

    def never(*values: object, on: dt.date) -> bool:
        calls.append(values)
        return True

    source = Source("LEI")
    rule = predicate(
        "demo.three", Text.same("three"), ["a", "b", "c"], never, source=source
    )
    node = rule.evaluate({"a": 1, "b": None, "c": [4]}, ON)

    assert (
        Node(
            "demo.three",
            Text.same("three"),
            Outcome.UNDETERMINED,
            frozenset({"b"}),
            source,
            (("a", 1), ("b", None), ("c", (4,))),
        )
        == node
    )
    assert frozenset({"a", "c"}) == rule.evaluate({"b": 2}, ON).missing
    assert [] == calls
    assert frozenset({"a", "b", "c"}) == rule.facts()


def test_a_single_fact_leaf_explains_an_unknown_fact() -> None:
    """One unknown fact: UNDETERMINED, the fact missing and shown as None, the source kept."""
    source = Source("LEI")
    rule = is_true("a").named("demo.a", source=source)

    assert Node(
        "demo.a",
        rule.label,
        Outcome.UNDETERMINED,
        frozenset({"a"}),
        source,
        (("a", None),),
    ) == rule.evaluate({}, ON)
    assert Node(
        "demo.a",
        rule.label,
        Outcome.INELIGIBLE,
        frozenset(),
        source,
        (("a", False),),
    ) == rule.evaluate({"a": False}, ON)


def test_a_predicate_with_changes_gives_breakpoints_in_the_window() -> None:
    """changes() proposes days; those in (start, end] are breakpoints, with the predicate's id as reason."""
    proposed: list[tuple[Any, ...]] = []

    def changes(
        a: dt.date, b: dt.date, *, start: dt.date, end: dt.date
    ) -> list[dt.date]:
        proposed.append((a, b, start, end))
        return [start, a, b, end, end + dt.timedelta(days=1)]

    def both_passed(a: dt.date, b: dt.date, *, on: dt.date) -> bool:
        return on >= max(a, b)

    rule = predicate(
        "demo.both", Text.same("both"), ["a", "b"], both_passed, changes=changes
    )
    subject = {"a": dt.date(2024, 2, 29), "b": dt.date(2024, 5, 1)}
    start, end = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    reason = Text(
        "changement de demo.both", "Änderung von demo.both", "change of demo.both"
    )

    assert readings(
        (
            Breakpoint(dt.date(2024, 2, 29), "demo.both", reason),
            Breakpoint(dt.date(2024, 5, 1), "demo.both", reason),
            Breakpoint(end, "demo.both", reason),
        )
    ) == readings(rule.breakpoints(subject, start, end))
    assert [(subject["a"], subject["b"], start, end)] == proposed
    assert () == rule.breakpoints({"a": dt.date(2024, 2, 29)}, start, end)
    assert () == predicate(
        "demo.plain", Text.same("plain"), ["a", "b"], both_passed
    ).breakpoints(subject, start, end)


def test_predicate_errors_and_repr() -> None:
    """A predicate reads at least one well-named fact; its repr names its function."""
    with pytest.raises(InvalidRule, match=r"^a predicate must read at least one fact$"):
        predicate("demo.none", Text.same("none"), [], _longer)
    with pytest.raises(
        InvalidRule,
        match=re.escape("fact='b c' must be the name of a fact (a Python identifier)"),
    ):
        predicate("demo.bad", Text.same("bad"), ["a", "b c"], _longer)
    assert "predicate('_longer').named('demo.longer')" == repr(
        predicate("demo.longer", Text.same("longer"), ["a", "b"], _longer)
    )
    assert "predicate('function').named('demo.partial')" == repr(
        predicate(
            "demo.partial",
            Text.same("partial"),
            ["a"],
            functools.partial(_longer, required=3),
        )
    )
    assert () == predicate("demo.p", Text.same("p"), ["a"], _longer).candidates({})
    assert () == predicate("demo.p", Text.same("p"), ["a"], _longer).parameters()


# -- what the explanation keeps, and breakpoints on badly typed facts ------------------------------


def test_an_undetermined_leaf_still_shows_its_parameters() -> None:
    """A leaf whose fact is unknown shows the parameters it would compare with."""
    minimum = parameter("demo.min", 18, source=Source("Directive"))
    node = age_at_least(minimum).evaluate({}, ON)

    assert (Outcome.UNDETERMINED, frozenset({"birth_date"})) == (
        node.outcome,
        node.missing,
    )
    assert (
        ParameterUse("demo.min", Text.same("demo.min"), 18, Source("Directive")),
    ) == node.parameters


def test_a_decided_predicate_keeps_its_source() -> None:
    """A predicate reading several facts keeps its source once decided."""
    source = Source("LEI", article="58a")
    rule = predicate(
        "demo.longer", Text.same("longer"), ["stay", "required"], _longer, source=source
    )

    assert source == rule.evaluate({"stay": 3, "required": 2}, ON).source
    assert source == rule.evaluate({"stay": 1, "required": 2}, ON).source


@pytest.mark.parametrize(
    ("rule", "subject", "message"),
    [
        pytest.param(
            age_at_least(18),
            {"birth_date": "2004-01-01"},
            "birth_date: rule \"age_at_least('birth_date', 18)\" expects a date",
            id="age",
        ),
        pytest.param(
            months_since("since", at_least=6),
            {"since": dt.datetime(2024, 1, 1)},
            "since: rule \"months_since('since', at_least=6)\" expects a date",
            id="months since",
        ),
        pytest.param(
            any_age_between("children", 0, 4),
            {"children": [dt.date(2020, 1, 1), "2021-01-01"]},
            "children: rule \"any_age_between('children', 0, 4)\" expects a date",
            id="children",
        ),
    ],
)
def test_breakpoints_refuse_a_fact_that_is_not_a_date(
    rule: Any, subject: dict[str, object], message: str
) -> None:
    """Over time as on a date, a date fact of the wrong type names the fact and the rule."""
    with pytest.raises(EvaluationError) as caught:
        rule.breakpoints(subject, *WIDE)

    assert message == str(caught.value)


def test_dated_bounds_are_read_on_the_evaluation_date() -> None:
    """A maximum age, and a child's age range, that change on 1 January 2024."""
    maximum = dated("demo.max", (dt.date(2000, 1, 1), 25), (dt.date(2024, 1, 1), 20))
    low = dated("demo.low", (dt.date(2000, 1, 1), 3), (dt.date(2024, 1, 1), 2))
    high = dated("demo.high", (dt.date(2000, 1, 1), 4), (dt.date(2024, 1, 1), 2))
    before, after = dt.date(2023, 12, 31), dt.date(2024, 1, 1)

    assert [Outcome.ELIGIBLE, Outcome.INELIGIBLE] == [
        outcome(age_at_most(maximum), {"birth_date": dt.date(2000, 6, 1)}, day)
        for day in (before, after)
    ]
    assert [Outcome.INELIGIBLE, Outcome.ELIGIBLE] == [
        outcome(any_age_between("c", low, 4), {"c": [dt.date(2021, 6, 1)]}, day)
        for day in (before, after)
    ]
    assert [Outcome.ELIGIBLE, Outcome.INELIGIBLE] == [
        outcome(any_age_between("c", 0, high), {"c": [dt.date(2020, 6, 1)]}, day)
        for day in (before, after)
    ]


def test_a_dated_maximum_of_a_child_gives_the_birthday_after_each_value() -> None:
    """A child's maximum age lowered from 4 to 2: the 5th birthday, then the 3rd."""
    high = dated("demo.high", (dt.date(2000, 1, 1), 4), (dt.date(2022, 1, 1), 2))
    rule = any_age_between("c", 0, high)

    assert [
        dt.date(2021, 6, 1),
        dt.date(2021, 6, 1),
        dt.date(2026, 6, 1),
        dt.date(2022, 1, 1),
        dt.date(2024, 6, 1),
    ] == days(rule.breakpoints({"c": [dt.date(2021, 6, 1)]}, *SINCE_2010))


def test_a_dated_bound_beside_an_undated_one_still_gives_its_days() -> None:
    """An undated minimum does not hide the changes of a dated maximum read after it."""
    maximum = dated("demo.max", (dt.date(2000, 1, 1), 25), (dt.date(2020, 1, 1), 20))
    rule = age_between(parameter("demo.min", 15), maximum)

    assert [
        dt.date(2015, 6, 1),
        dt.date(2026, 6, 1),
        dt.date(2020, 1, 1),
        dt.date(2021, 6, 1),
    ] == days(rule.breakpoints({"birth_date": dt.date(2000, 6, 1)}, *SINCE_2010))


def test_a_bound_changing_on_the_last_day_of_the_window_counts() -> None:
    """The window is (start, end]: a bound taking a new value on *end* is a breakpoint."""
    minimum = dated("demo.min", (dt.date(2000, 1, 1), 18), (dt.date(2024, 1, 1), 16))
    rule = age_at_least(minimum)

    assert [dt.date(2024, 1, 1)] == days(
        rule.breakpoints(
            {"birth_date": dt.date(2010, 1, 1)},
            dt.date(2023, 12, 1),
            dt.date(2024, 1, 1),
        )
    )


def test_on_scale_candidates_from_the_second_level() -> None:
    """A minimum one step above the lowest level proposes the lowest as the level below."""
    assert (FactChange("level", "A1"), FactChange("level", "none")) == (
        at_least_on_scale("level", "A1", LEVELS).candidates({})
    )


def test_one_of_candidates_are_ordered_by_repr_whatever_the_types() -> None:
    """Values of several types are proposed in the order of their repr, without comparing them."""
    assert (
        FactChange("code", "x"),
        FactChange("code", 10),
        FactChange("code", 9),
    ) == one_of("code", {9, 10, "x"}).candidates({})
