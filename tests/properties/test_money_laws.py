"""Laws of money: apportionment, rounding, monotone totals, dated parameters."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from integration_rules import InvalidArgument, Money
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
#: Any amount of Money's range: magnitude below 10^15, 18 decimal places.
range_amounts = st.integers(-(10**33) + 1, 10**33 - 1).map(lambda n: Decimal(f"{n}E-18"))
#: Amounts three of which add up within the range.
summable = st.integers(-(10**32), 10**32).map(lambda n: Decimal(f"{n}E-18"))


@given(units=st.integers(-(10**7), 10**7), step=steps, weights=st.lists(st.integers(0, 10**6), min_size=1, max_size=12).filter(any))
def test_apportion_conserves_the_total_and_stays_within_a_step(units: int, step: Decimal, weights: list[int]) -> None:
    """Shares add up exactly to the total, a negative one too; each is less than one step from its exact proportion."""
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


@given(a=summable, b=summable, c=summable, currency=st.sampled_from(["CHF", "EUR"]))
def test_sums_in_the_range_are_exact_and_associative(a: Decimal, b: Decimal, c: Decimal, currency: str) -> None:
    """Sums and differences are exact (as fractions are) and associative, in the currency of their terms."""
    x, y, z = (Money(v, currency) for v in (a, b, c))  # type: ignore[arg-type]

    assert (x + y) + z == x + (y + z)
    assert Fraction(a) + Fraction(b) - Fraction(c) == Fraction((x + y - z).amount)
    assert currency == (x + y - z).currency


@given(amount=range_amounts)
def test_every_amount_of_the_range_is_shown_to_the_centime(amount: Decimal) -> None:
    """format() works for any amount of the range, and shows it rounded half up to the centime."""
    shown = Money(amount).format()
    wide = decimal.Context(prec=100)
    expected = amount.quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP, context=wide)

    assert expected == Decimal(shown.removeprefix("CHF ").replace("’", ""))


@given(a=range_amounts, b=range_amounts, factor=st.integers(-999, 999), divisor=st.integers(1, 10**6))
def test_results_never_depend_on_the_callers_context(a: Decimal, b: Decimal, factor: int, divisor: int) -> None:
    """With 4 digits, floor rounding and traps set by the caller, each operation gives its usual result or error."""

    def compute() -> list[object]:
        x, y = Money(a), Money(b)
        results: list[object] = [x < y, x.format(), x / divisor]
        for operation in (lambda: x + y, lambda: x - y, lambda: x * factor, lambda: CENT(x), lambda: FIVE_RAPPEN(y)):
            try:
                results.append(operation())
            except InvalidArgument as error:
                results.append(str(error))
        return results

    expected = compute()
    hostile = decimal.Context(prec=4, rounding=decimal.ROUND_FLOOR, Emin=-3, Emax=3, traps=[decimal.Inexact, decimal.Rounded, decimal.Overflow])
    with decimal.localcontext(hostile):
        assert expected == compute()
