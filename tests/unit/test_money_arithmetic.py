"""Money's arithmetic, comparisons, rounding steps and refusals, asserted exactly (issue 12's surviving mutants)."""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import pytest

from integration_rules import InvalidArgument, Money
from integration_rules.funding import CENT, FIVE_RAPPEN, FRANC, RoundingRule, apportion

EXPECTED_NUMBER = 'expected a Decimal, an int or a decimal string like "1234.50"'
IN_RANGE = "within Money's range (magnitude below 10^15, at most 18 decimal places)"

# -- currencies are kept ---------------------------------------------------------------------------


def test_every_operation_keeps_the_currency() -> None:
    """Issue 12: EUR + EUR gave CHF under a mutant; sums, differences, products, quotients, negation and rounding stay in EUR."""
    a, b = Money.of("10.50", "EUR"), Money.of("2.25", "EUR")

    results = [a + b, a - b, a * 2, 2 * a, a / 3, -a, CENT(a / 3), a.round(FRANC)]

    assert ["EUR"] * len(results) == [m.currency for m in results]
    assert Money.of("12.75", "EUR") == a + b
    assert Money.of("8.25", "EUR") == a - b


def test_zero_is_in_the_currency_asked() -> None:
    """Issue 12: Money.zero("EUR") is EUR 0, not CHF 0; CHF by default."""
    assert Money(Decimal(0), "EUR") == Money.zero("EUR")
    assert "EUR" == Money.zero("EUR").currency
    assert "CHF" == Money.zero().currency


def test_sum_starts_from_zero() -> None:
    """sum() of Money, starting from the int 0, is the total in the terms' currency."""
    euros = [Money.of("1.10", "EUR"), Money.of("2.20", "EUR")]

    assert Money.of("3.30", "EUR") == sum(euros)
    assert Money.of("5", "EUR") == sum([Money.of("5", "EUR")])
    with pytest.raises(TypeError):
        sum(euros, 1)  # type: ignore[arg-type]


def test_apportioned_shares_are_in_the_totals_currency() -> None:
    """Shares of EUR are EUR."""
    assert {"EUR"} == {m.currency for m in apportion(Money.of("8.00", "EUR"), 3)}
    assert {"EUR"} == {
        m.currency for _, m in apportion(Money.of("8.00", "EUR"), {"a": 1, "b": 2})
    }


def test_to_dict_gives_amount_and_currency() -> None:
    """to_dict() is the exact amount and the currency, under those two keys."""
    assert {"amount": "1234.50", "currency": "EUR"} == Money.of(
        "1234.50", "EUR"
    ).to_dict()


def test_repr_shows_the_amount_as_kept() -> None:
    """The amount keeps the decimals written, and an exponent becomes a whole number."""
    assert "Money(amount=Decimal('400.00'), currency='CHF')" == repr(Money.of("400.00"))
    assert "Money(amount=Decimal('1000'), currency='CHF')" == repr(Money.of("1E+3"))
    assert "Money(amount=Decimal('0'), currency='EUR')" == repr(
        Money.of("-0E+2", "EUR")
    )


# -- comparisons at equality -----------------------------------------------------------------------


def test_comparisons_are_strict_or_not_as_written() -> None:
    """Issue 12: < was mutated to <= unnoticed; equal amounts are neither < nor >, but <= and >=."""
    one, same, more = Money.of("1"), Money.of("1.00"), Money.of("1.01")

    assert (False, True, False, True) == (
        one < same,
        one <= same,
        one > same,
        one >= same,
    )
    assert (True, True, False, False) == (
        one < more,
        one <= more,
        one > more,
        one >= more,
    )
    assert (False, False, True, True) == (
        more < one,
        more <= one,
        more > one,
        more >= one,
    )


@pytest.mark.parametrize(
    "compare",
    [
        pytest.param(lambda a, b: a < b, id="<"),
        pytest.param(lambda a, b: a <= b, id="<="),
        pytest.param(lambda a, b: a > b, id=">"),
        pytest.param(lambda a, b: a >= b, id=">="),
        pytest.param(lambda a, b: a + b, id="+"),
        pytest.param(lambda a, b: a - b, id="-"),
    ],
)
def test_two_currencies_are_never_compared_or_combined(compare: object) -> None:
    """CHF and EUR: the error names the currency field and both currencies."""
    with pytest.raises(
        InvalidArgument, match=r"^currency: cannot combine CHF and EUR$"
    ):
        compare(Money.of("1"), Money.of("1", "EUR"))  # type: ignore[operator]


@pytest.mark.parametrize(
    "compare",
    [
        pytest.param(lambda a: a < 1, id="<"),
        pytest.param(lambda a: a >= Decimal(1), id=">="),
        pytest.param(lambda a: a + "1", id="+"),
    ],
)
def test_money_is_only_compared_with_money(compare: object) -> None:
    """A plain number carries no currency: comparing or adding one names the other operand."""
    with pytest.raises(
        InvalidArgument, match=r"^other: expected Money, got (int|Decimal|str)$"
    ):
        compare(Money.of("1"))  # type: ignore[operator]


# -- what an amount may be -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(True, f"amount: {EXPECTED_NUMBER}, got the bool True", id="True"),
        pytest.param(
            0.5,
            f"amount: {EXPECTED_NUMBER}, got the float 0.5; floats are not exact, pass a string",
            id="0.5",
        ),
        pytest.param([1], f"amount: {EXPECTED_NUMBER}, got [1]", id="[1]"),
        pytest.param(None, f"amount: {EXPECTED_NUMBER}, got None", id="None"),
        pytest.param(
            "1,5",
            'amount: expected a decimal string like "1234.50", got "1,5"',
            id="'1,5'",
        ),
        pytest.param(
            "Infinity", 'amount: expected a finite amount, got "Infinity"', id="inf"
        ),
        pytest.param(
            Decimal("NaN"),
            "amount: expected a finite amount, got Decimal('NaN')",
            id="NaN",
        ),
    ],
)
def test_an_amount_is_a_finite_exact_number(value: object, message: str) -> None:
    """Anything but a Decimal, an int or a decimal string is refused, naming the amount and quoting the value."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        Money.of(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        pytest.param("1'234'567.50", "1234567.50", id="apostrophes"),
        pytest.param("1’234’567.50", "1234567.50", id="typographic apostrophes"),
        pytest.param("1_234_567.50", "1234567.50", id="underscores"),
        pytest.param("  12.5\n", "12.5", id="spaces"),
    ],
)
def test_amounts_may_be_written_with_separators(text: str, amount: str) -> None:
    """Swiss thousands separators (' and ’), underscores and surrounding spaces are read."""
    assert amount == Money.of(text).to_dict()["amount"]


def test_only_chf_and_eur() -> None:
    """Another currency is refused, naming the currency field and quoting it."""
    with pytest.raises(
        InvalidArgument, match=r'^currency: expected "CHF" or "EUR", got "USD"$'
    ):
        Money.of("1", "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda: Money.of("1") * True,
            f"factor: {EXPECTED_NUMBER}, got the bool True",
            id="factor True",
        ),
        pytest.param(
            lambda: Money.of("1") * Decimal("0.0000000000000000001"),
            f"factor: expected a number {IN_RANGE}, got Decimal('1E-19')",
            id="factor 1E-19",
        ),
        pytest.param(
            lambda: Money.of("1") / "1e15",
            f'divisor: expected a number {IN_RANGE}, got "1e15"',
            id="divisor 1e15",
        ),
    ],
)
def test_factors_and_divisors_are_numbers_of_the_range(
    call: object, message: str
) -> None:
    """A factor or a divisor is an exact number of Money's range, named as such."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        call()  # type: ignore[operator]


# -- rounding rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "mode", "value", "rounded"),
    [
        pytest.param("0.001", "half_up", "1.2345", "1.235", id="mill keeps 3 decimals"),
        pytest.param("0.005", "half_up", "1.2374", "1.235", id="half-cent step"),
        pytest.param("0.0001", "down", "2.71828", "2.7182", id="4 decimals"),
        pytest.param("0.10", "half_up", "1.25", "1.30", id="0.10: 2 decimals"),
        pytest.param("0.1", "half_up", "1.25", "1.30", id="0.1: still 2 decimals"),
        pytest.param("1", "half_up", "2", "2.00", id="franc: 2 decimals"),
        pytest.param("10", "half_up", "15", "20.00", id="ten francs"),
        pytest.param("0.05", "half_even", "1.025", "1.00", id="half even: tie to even"),
        pytest.param("0.05", "half_even", "1.075", "1.10", id="half even: other tie"),
        pytest.param("0.05", "up", "1.001", "1.05", id="up"),
        pytest.param("0.05", "down", "1.049", "1.00", id="down"),
        pytest.param("0.05", "down", "-1.049", "-1.00", id="down, negative"),
        pytest.param("0.05", "half_up", "-1.025", "-1.05", id="half up, negative"),
    ],
)
def test_a_rule_rounds_to_its_step_with_its_decimals(
    step: str, mode: str, value: str, rounded: str
) -> None:
    """Issue 12: a rule ignoring its step's own decimals survived; results are written with the step's decimals, at least two."""
    rule = RoundingRule("rule", step, mode)  # type: ignore[arg-type]

    assert rounded == str(rule(value))
    assert rounded == rule(Money.of(value)).to_dict()["amount"]


def test_a_long_step_is_read_exactly_whatever_the_callers_context() -> None:
    """A step of many digits keeps them, with 6 digits and tiny exponents in the caller's context."""
    rule = RoundingRule("fine", "0.0000000123456789")
    with decimal.localcontext(
        decimal.Context(
            prec=6, Emin=-5, Emax=5, traps=[decimal.Subnormal, decimal.Inexact]
        )
    ):
        result = rule("1.00000001")

    # 1.00000001 / 0.0000000123456789 = 81000001.547…, half up: 81000002 steps.
    assert "1.0000000155913578" == str(result)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ("zero", "0"), "step: expected a positive step, got 0", id="step 0"
        ),
        pytest.param(
            ("negative", "-0.05"),
            "step: expected a positive step, got -0.05",
            id="step -0.05",
        ),
        pytest.param(
            ("huge", "1e15"),
            f'step: expected a number {IN_RANGE}, got "1e15"',
            id="step 1e15",
        ),
        pytest.param(
            ("float", 0.05),
            f"step: {EXPECTED_NUMBER}, got the float 0.05; floats are not exact, pass a string",
            id="step 0.05 float",
        ),
        pytest.param(
            ("mode", "0.05", "ceiling"),
            'mode: expected one of half_up, half_even, down, up, got "ceiling"',
            id="mode ceiling",
        ),
    ],
)
def test_a_rule_needs_a_positive_step_and_a_known_mode(
    args: tuple[object, ...], message: str
) -> None:
    """A rule's step is positive and in Money's range, and its mode one of four; the error names which."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        RoundingRule(*args)  # type: ignore[arg-type]


def test_rounding_out_of_the_range_quotes_what_was_rounded() -> None:
    """An amount rounded up to 10^15 is refused, quoting the amount given."""
    message = f"money: expected a value that keeps the rounded amount {IN_RANGE}, got "
    with pytest.raises(
        InvalidArgument, match=f'^{re.escape(message)}"999999999999999.5"$'
    ):
        FRANC("999999999999999.5")
    with pytest.raises(
        InvalidArgument,
        match=f"^{re.escape(message)}Money\\(amount=Decimal\\('999999999999999.98'\\), currency='EUR'\\)$",
    ):
        FIVE_RAPPEN(Money.of("999999999999999.98", "EUR"))


# -- apportion's refusals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        pytest.param(
            {"step": "0"}, "step: expected a positive step, got 0", id="step 0"
        ),
        pytest.param(
            {"step": "-0.05"},
            "step: expected a positive step, got -0.05",
            id="step < 0",
        ),
        pytest.param(
            {"step": "1e15"},
            f'step: expected a number {IN_RANGE}, got "1e15"',
            id="step 1e15",
        ),
        pytest.param(
            {"weights": {"a": "1e15"}},
            f'weight: expected a number {IN_RANGE}, got "1e15"',
            id="mapping weight 1e15",
        ),
        pytest.param(
            {"weights": [("a", 1), ("b", "0.0000000000000000001")]},
            f'weight: expected a number {IN_RANGE}, got "0.0000000000000000001"',
            id="pair weight 1e-19",
        ),
        pytest.param(
            {"weights": [1, 10**15]},
            f"weight: expected a number {IN_RANGE}, got 1000000000000000",
            id="bare weight 10^15",
        ),
        pytest.param(
            {"weights": b"ab"},
            "weights: expected (name, weight) pairs, a mapping of name to weight, a sequence of "
            "weights or a number of equal shares, got the string b'ab'",
            id="bytes",
        ),
    ],
)
def test_apportion_names_what_it_refuses(
    kwargs: dict[str, object], message: str
) -> None:
    """A step or weight outside Money's range, a step not positive, or bytes for weights: named, quoted."""
    arguments: dict[str, object] = {"weights": 2, **kwargs}
    weights = arguments.pop("weights")
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$"):
        apportion(Money.of("8.00"), weights, **arguments)  # type: ignore[call-overload]


def test_apportion_weights_may_be_decimal_fractions() -> None:
    """Weights of 0.1 and 0.2 split as 1 and 2 would, exactly."""
    assert apportion(Money.of("9.00"), [Decimal("0.1"), "0.2"]) == apportion(
        Money.of("9.00"), [1, 2]
    )
    assert (Money.of("3.00"), Money.of("6.00")) == apportion(Money.of("9.00"), [1, 2])


def test_apportion_a_negative_total() -> None:
    """A negative total is split too: shares add up exactly, each within a step of its exact share."""
    shares = apportion(Money.of("-8.00"), 3)

    assert Money.of("-8.00") == sum(shares, Money.zero())
    assert (Money.of("-2.70"), Money.of("-2.65"), Money.of("-2.65")) == shares
