"""Money's range and decimal context (issue 12): large amounts, exact sums, the caller's context ignored."""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import pytest

from integration_rules import InvalidArgument, Money
from integration_rules.funding import (
    CENT,
    FIVE_RAPPEN,
    FRANC,
    RoundingRule,
    apportion,
    communal_shares,
    cost_per_participant,
    federal_contribution,
)

RANGE = "within Money's range (magnitude below 10^15, at most 18 decimal places)"
LARGEST = "999999999999999.999999999999999999"
TWENTY_NINE_DIGITS = "12345678901234567890123456789"


def _hostile() -> decimal.Context:
    """A caller's context that would spoil any result computed in it."""
    return decimal.Context(
        prec=6,
        rounding=decimal.ROUND_FLOOR,
        Emin=-5,
        Emax=5,
        traps=[
            decimal.Inexact,
            decimal.Rounded,
            decimal.Clamped,
            decimal.Subnormal,
            decimal.Underflow,
            decimal.Overflow,
        ],
    )


# -- the range ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        pytest.param(LARGEST, id="largest"),
        pytest.param("-" + LARGEST, id="most negative"),
        pytest.param("0.000000000000000001", id="smallest step"),
        pytest.param("123456789012345.123456789012345678", id="33 digits"),
    ],
)
def test_amounts_of_the_range_are_kept_exactly(amount: str) -> None:
    """Up to 15 whole digits and 18 decimal places, an amount is kept digit for digit."""
    assert amount == Money.of(amount).to_dict()["amount"]
    assert Decimal(amount) == Money.of(Decimal(amount)).amount


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        pytest.param("1e15", '"1e15"', id="1e15"),
        pytest.param("-1e15", '"-1e15"', id="-1e15"),
        pytest.param("1000000000000000", '"1000000000000000"', id="10^15 written out"),
        pytest.param("1e30", '"1e30"', id="1e30"),
        pytest.param("1e999999", '"1e999999"', id="1e999999"),
        pytest.param(TWENTY_NINE_DIGITS, f'"{TWENTY_NINE_DIGITS}"', id="29 digits"),
        pytest.param(10**15, "1000000000000000", id="int 10^15"),
        pytest.param(Decimal("1E+15"), "Decimal('1E+15')", id="Decimal 1E+15"),
        pytest.param(
            "0.0000000000000000001", '"0.0000000000000000001"', id="19 decimal places"
        ),
        pytest.param(
            "1.0000000000000000005", '"1.0000000000000000005"', id="1 + 5e-19"
        ),
    ],
)
def test_amounts_beyond_the_range_are_refused(amount: object, shown: str) -> None:
    """Issue 12: Money.of("1e30") raised InvalidOperation on format(); now the amount itself is refused, quoted."""
    with pytest.raises(
        InvalidArgument, match=f"^amount: expected a number {re.escape(RANGE)}, got "
    ) as caught:
        Money.of(amount).format()  # type: ignore[arg-type]

    assert str(caught.value).endswith(f"got {shown}")
    assert "amount" == caught.value.field


def test_zeros_beyond_18_places_and_exponents_are_written_plainly() -> None:
    """Trailing zeros after the 18th place are dropped; 1E+3 is 1000; a zero has no sign."""
    assert (
        "1.000000000000000000"
        == Money.of("1.00000000000000000000000").to_dict()["amount"]
    )
    assert "1000" == Money.of("1E+3").to_dict()["amount"]
    assert "0" == Money.of("0E+30").to_dict()["amount"]
    assert "0" == Money.of("-0").to_dict()["amount"]
    assert "0.00" == (-Money.of("0.00")).to_dict()["amount"]
    assert "12.50" == Money.of("12.50").to_dict()["amount"]


def test_format_works_for_every_amount_of_the_range() -> None:
    """Issue 12: format() never raises in the range, and rounds to the centime half up."""
    assert "CHF 1’000’000’000’000’000.00" == Money.of(LARGEST).format()
    assert "CHF -1’000’000’000’000’000.00" == Money.of("-" + LARGEST).format()
    assert "CHF 999’999’999’999’999.99" == Money.of("999999999999999.99").format()
    assert "EUR 999’999’999’999’999.-" == Money.of("999999999999999", "EUR").format(
        whole_dash=True
    )
    assert "CHF 0.00" == Money.of("-0.004").format()
    assert "CHF -0.01" == Money.of("-0.005").format()
    assert "CHF 0.01" == Money.of("0.005").format()


# -- operations that leave the range -----------------------------------------------------------


def test_a_product_beyond_the_range_is_refused_naming_the_factor() -> None:
    """Issue 12: Money.of("1e999999") * 10 raised Overflow; the amount is refused, and so is a product beyond the range."""
    with pytest.raises(InvalidArgument, match=r"^amount: expected a number within"):
        Money.of("1e999999") * 10
    with pytest.raises(
        InvalidArgument,
        match=f"^factor: expected a value that keeps the product {re.escape(RANGE)}, got 10$",
    ):
        Money.of("100000000000000") * 10
    with pytest.raises(
        InvalidArgument,
        match=r"^factor: expected a number within .*, got Decimal\('1E\+999999'\)$",
    ):
        Money.of("1") * Decimal("1e999999")
    assert Money.of("999999999999999.9") == Money.of("99999999999999.99") * 10
    assert Money.of("-999999999999999.9") == -10 * Money.of("99999999999999.99")


def test_a_sum_or_difference_beyond_the_range_is_refused_naming_the_other() -> None:
    """A sum or difference that reaches 10^15 is refused, naming the operand; just below is exact."""
    largest = Money.of("999999999999999.99")
    cent = Money.of("0.01")

    with pytest.raises(
        InvalidArgument,
        match=f"^other: expected a value that keeps the sum {re.escape(RANGE)}, got Money",
    ):
        largest + cent
    with pytest.raises(
        InvalidArgument,
        match=f"^other: expected a value that keeps the difference {re.escape(RANGE)}, got Money",
    ):
        -largest - cent
    assert Money.of("999999999999999.98") == largest - cent
    assert Money.of("-999999999999999.98") == cent - largest


def test_a_quotient_beyond_the_range_is_refused_naming_the_divisor() -> None:
    """Dividing by a tiny number is refused when the quotient reaches 10^15."""
    with pytest.raises(
        InvalidArgument,
        match=r"^divisor: expected a value that keeps the quotient within .*, got Decimal\('0.001'\)$",
    ):
        Money.of("1000000000000") / Decimal("0.001")
    with pytest.raises(
        InvalidArgument,
        match=r"^divisor: expected a number within .*, got 1000000000000000$",
    ):
        Money.of("1") / 10**15
    assert Money.of("999999999999000") == Money.of("999999999999") / Decimal("0.001")


def test_division_by_zero_names_the_divisor() -> None:
    """A zero divisor, in any form, is refused with the value given."""
    for zero, shown in ((0, "0"), (Decimal("0.00"), "Decimal('0.00')"), ("-0", '"-0"')):
        with pytest.raises(
            InvalidArgument,
            match=f"^divisor: expected a non-zero number, got {re.escape(shown)}$",
        ):
            Money.of("8") / zero  # type: ignore[operator]


def test_rounding_beyond_the_range_is_refused() -> None:
    """Rounding an amount up to 10^15 takes it out of the range: refused, naming money."""
    with pytest.raises(
        InvalidArgument,
        match=f"^money: expected a value that keeps the rounded amount {re.escape(RANGE)}",
    ):
        FRANC(Money.of("999999999999999.5"))
    with pytest.raises(InvalidArgument, match=r"^money: expected a number within"):
        CENT("1e15")
    assert Decimal("999999999999999.00") == FRANC("999999999999999.49")


# -- exact sums, whatever the caller's context -------------------------------------------------


def test_sums_beyond_28_digits_are_exact() -> None:
    """Issue 12: sums beyond 28 digits were silently rounded; they are exact in the range."""
    big = Money.of("99999999999999.999999999999999999")
    tiny = Money.of("0.000000000000000001")

    assert Money.of("100000000000000") == big + tiny
    assert Decimal("99999999999999.999999999999999998") == (big - tiny).amount
    assert (
        Decimal("123456789012345.123456789012345678")
        == (Money.of("123456789012345") + Money.of("0.123456789012345678")).amount
    )


def test_the_callers_precision_does_not_matter() -> None:
    """Issue 12: with prec=6, 1234567.89 + 0.01 gave 1.23457E+6; it is 1234567.90."""
    with decimal.localcontext() as context:
        context.prec = 6
        total = Money.of("1234567.89") + Money.of("0.01")

    assert Money.of("1234567.90") == total
    assert "CHF 1’234’567.90" == total.format()


def test_no_operation_reads_the_callers_context() -> None:
    """In a context with 6 digits, tiny exponents and every trap set, each operation gives what it gives by default."""

    def compute() -> list[object]:
        a, b = (
            Money.of("1234567.891234567891234567"),
            Money.of("-7654321.000000000000000001"),
        )
        return [
            a + b,
            a - b,
            -a,
            a * Decimal("0.333333333333333333"),
            3 * a,
            a / 7,
            Money.of("8") / 2,
            a < b,
            a.format(),
            b.format(whole_dash=True),
            Money.of("400").format(whole_dash=True),
            FIVE_RAPPEN(a),
            RoundingRule("mill", "0.001", "half_even")("1.0005"),
            CENT("1234567.895"),
            apportion(Money.of("1234567.85"), [3, 5, 7]),
            apportion(
                Money.of("1234567.89"), {"a": Decimal("0.1"), "b": "0.2"}, step="0.01"
            ),
            Money.of(" 1’234.5 "),
            Money.of(Decimal("1.000000000000000000000")),
        ]

    expected = compute()
    with decimal.localcontext(_hostile()):
        assert expected == compute()


def test_a_bad_string_is_named_whatever_the_callers_traps() -> None:
    """With InvalidOperation untrapped by the caller, "abc" is still a bad decimal string, not a NaN."""
    with decimal.localcontext() as context:
        context.traps[decimal.InvalidOperation] = False
        with pytest.raises(
            InvalidArgument,
            match=r'^amount: expected a decimal string like "1234.50", got "abc"$',
        ):
            Money.of("abc")


# -- division and products keep 18 places -------------------------------------------------------


@pytest.mark.parametrize(
    ("dividend", "divisor", "quotient"),
    [
        pytest.param("8", 3, "2.666666666666666667", id="8 / 3"),
        pytest.param("8", 2, "4", id="8 / 2 exact"),
        pytest.param("1", 8, "0.125", id="1 / 8 exact"),
        pytest.param("-8", 3, "-2.666666666666666667", id="-8 / 3"),
        pytest.param("1", Decimal(-3), "-0.333333333333333333", id="1 / -3"),
        pytest.param(
            "0.000000000000000001",
            2,
            "0.000000000000000000",
            id="half of the smallest: ties to even",
        ),
        pytest.param(
            "0.000000000000000003",
            2,
            "0.000000000000000002",
            id="1.5e-18: ties to even",
        ),
        pytest.param(
            "999999999999999.999999999999999999",
            7,
            "142857142857142.857142857142857143",
            id="largest / 7",
        ),
    ],
)
def test_quotients_are_exact_or_rounded_half_even_to_18_places(
    dividend: str, divisor: int | Decimal, quotient: str
) -> None:
    """A quotient that ends within 18 places is exact; one that does not is rounded half even at the 18th."""
    assert quotient == (Money.of(dividend) / divisor).to_dict()["amount"]


@pytest.mark.parametrize(
    ("amount", "factor", "product"),
    [
        pytest.param("0.33", 122, "40.26", id="0.33 × 122"),
        pytest.param(
            "0.000000000000000001",
            Decimal("0.5"),
            "0.000000000000000000",
            id="5e-19 ties to even",
        ),
        pytest.param(
            "0.000000000000000003",
            Decimal("0.5"),
            "0.000000000000000002",
            id="1.5e-18 ties to even",
        ),
        pytest.param(
            "0.000000000000000001",
            Decimal("0.51"),
            "0.000000000000000001",
            id="5.1e-19",
        ),
        pytest.param(
            "123456789012345.123456789012345678",
            1,
            "123456789012345.123456789012345678",
            id="33 digits × 1",
        ),
        pytest.param("1E+3", "2", "2000", id="exponent"),
    ],
)
def test_products_are_exact_to_18_places(
    amount: str, factor: object, product: str
) -> None:
    """A product is exact; past the 18th decimal place it is rounded half even."""
    assert product == (Money.of(amount) * factor).to_dict()["amount"]  # type: ignore[operator]


# -- the formulas with the largest amounts ---------------------------------------------------------


def test_formulas_work_up_to_the_end_of_the_range() -> None:
    """Issue 12: 29-digit amounts made the formulas raise; the largest amounts of the range work, exactly."""
    largest = Money.of("999999999999999.95")
    precise = Money.of("123456789012345.123456789012345678")

    federal = federal_contribution(precise, on="2022-01-01").value

    assert precise == federal
    assert "CHF 123’456’789’012’345.12" == str(federal)
    assert Money.of("142857142857142.85") == cost_per_participant(largest, 7).value
    shares = communal_shares(largest, [("Sion", 1), ("Sierre", 2)])
    assert [Money.of("333333333333333.30"), Money.of("666666666666666.65")] == [
        p.value for p in shares.parts
    ]
    assert largest == sum(apportion(largest, 3), Money.zero())


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda m: federal_contribution(m, on="2022-01-01"),
            id="federal_contribution",
        ),
        pytest.param(lambda m: cost_per_participant(m, 7), id="cost_per_participant"),
        pytest.param(lambda m: communal_shares(m, [("Sion", 1)]), id="communal_shares"),
        pytest.param(lambda m: apportion(m, 3), id="apportion"),
    ],
)
def test_29_digit_amounts_are_refused_before_any_formula(call: object) -> None:
    """Issue 12: a 29-digit amount raised InvalidOperation inside the formulas; Money refuses it, naming the amount."""
    with pytest.raises(
        InvalidArgument, match=r"^amount: expected a number within Money's range"
    ):
        call(Money.of(TWENTY_NINE_DIGITS))  # type: ignore[operator]
