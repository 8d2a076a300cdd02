"""Laws of money: apportionment, rounding, monotone totals, dated parameters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from integration_rules import Money
from integration_rules.funding import (
    CENT,
    FIVE_RAPPEN,
    FRANC,
    LUMP_SUM,
    RoundingRule,
    apportion,
    lump_sum_total,
)

amounts = st.decimals(min_value=Decimal(-1000000), max_value=Decimal(1000000), places=4, allow_nan=False, allow_infinity=False)
steps = st.sampled_from([Decimal("0.01"), Decimal("0.05"), Decimal(1)])


@given(units=st.integers(0, 10**7), step=steps, weights=st.lists(st.integers(0, 10**6), min_size=1, max_size=12).filter(any))
def test_apportion_conserves_the_total_and_stays_within_a_step(units: int, step: Decimal, weights: list[int]) -> None:
    """Shares add up exactly to the total; each is less than one step from its exact proportion."""
    total = Money(step * units)
    shares = apportion(total, [(str(i), w) for i, w in enumerate(weights)], step=step)

    assert total.amount == sum(m.amount for _, m in shares)
    for (_, share), weight in zip(shares, weights, strict=True):
        exact = total.amount * weight / sum(weights)
        assert abs(share.amount - exact) < step
        assert share.amount % step == 0


@given(units=st.integers(0, 10**6), step=steps, weights=st.lists(st.integers(0, 1000), min_size=1, max_size=6).filter(any))
def test_apportion_is_deterministic(units: int, step: Decimal, weights: list[int]) -> None:
    """The same inputs give the same shares."""
    total = Money(step * units)
    parties = [(str(i), w) for i, w in enumerate(weights)]

    assert apportion(total, parties, step=step) == apportion(total, parties, step=step)


@given(amount=amounts, rule=st.sampled_from([CENT, FIVE_RAPPEN, FRANC]))
def test_rounding_is_idempotent_and_moves_less_than_half_a_step(amount: Decimal, rule: RoundingRule) -> None:
    """Rounding twice changes nothing; a rounded amount is within half a step of the original."""
    once = rule.apply(Money(amount))

    assert once == rule.apply(once)
    assert abs(once.amount - amount) <= rule.step / 2


@given(
    cohort=st.lists(
        st.tuples(st.sampled_from(["F", "F-refugee", "B-refugee", "S", "C", "N"]), st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2030, 12, 31))),
        max_size=8,
    ),
    extra=st.tuples(st.sampled_from(["F", "F-refugee", "B-refugee", "S", "C", "N"]), st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2030, 12, 31))),
)
def test_more_persons_never_lower_the_lump_sum_total(
    cohort: list[tuple[str, dt.date]], extra: tuple[str, dt.date]
) -> None:
    """Monotone: adding a person to a cohort never lowers its total."""
    before, after = lump_sum_total(cohort).value, lump_sum_total([*cohort, extra]).value

    assert before is not None
    assert after is not None
    assert before <= after


@given(currency_a=st.sampled_from(["CHF", "EUR"]), currency_b=st.sampled_from(["CHF", "EUR"]), a=amounts, b=amounts)
def test_money_arithmetic_refuses_mixed_currencies(currency_a: str, currency_b: str, a: Decimal, b: Decimal) -> None:
    """Adding or comparing two currencies is an error; one currency adds exactly."""
    from integration_rules import InvalidArgument

    x, y = Money(a, currency_a), Money(b, currency_b)  # type: ignore[arg-type]
    if currency_a == currency_b:
        assert a + b == (x + y).amount
    else:
        try:
            x + y
        except InvalidArgument:
            pass
        else:
            raise AssertionError("mixed currencies were added")


@given(day=st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_dated_parameters_hold_between_changes(day: dt.date) -> None:
    """The value on any date is that of the latest change on or before it."""
    changes = LUMP_SUM.history.changes if LUMP_SUM.history else ()
    latest = max((c for c in changes if c.start <= day), key=lambda c: c.start)

    assert latest.value == LUMP_SUM.value_on(day)
