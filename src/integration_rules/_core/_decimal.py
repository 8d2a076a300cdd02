"""The decimal numbers money is made of: their range, and the library's own context.

Money's range:
    Every number money is made of or worked with (an amount, a factor, a
    divisor, a weight of :func:`~integration_rules._core._money.apportion`, the step of a
    :class:`~integration_rules._core._money.RoundingRule`) has a magnitude below 10^15 (a million billion,
    far above any budget these rules compute) and at most 18 decimal places
    (far finer than any coin). A number outside the range is refused with
    :class:`~integration_rules.errors.InvalidArgument`, naming the argument;
    so is an operation whose result would leave the range (a sum, a
    difference, a product, a quotient, an amount rounded up to 10^15).

The library's own decimal context:
    Arithmetic runs in a :class:`decimal.Context` of the library, never in the
    caller's: whatever ``decimal.getcontext()`` says (a precision of 6, other
    rounding, other traps), the results are the same. Its 70 significant
    digits hold the exact product of two numbers of the range (33 digits
    each), so sums, differences, products and rounding to a step are exact;
    were one of them not, ``decimal.Inexact`` would be raised rather than a
    wrong amount returned.

    Two operations round on purpose, to 18 decimal places, half even: a
    product with more decimal places than that, and a quotient that does not
    end within 18 places (8 / 3 is 2.666666666666666667). Rounding a
    quotient computed to 70 digits once more is still correct: written as
    whole numbers of 10^-18, two numbers of the range are A and D, below
    10^33; A / D is exact at 70 digits, or at least 1 / (2 D 10^18) away
    from any half-way point of the 18th decimal place (and 1 / (2 D) from
    any half of a step), more than 10^17 times the error of its 70 digits,
    below A / D 10^-69. Rounding that shows is always explicit, with a named
    :class:`~integration_rules._core._money.RoundingRule`.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any, Final

from integration_rules.errors import InvalidArgument, quote

MODES: Final = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
    "down": decimal.ROUND_DOWN,
    "up": decimal.ROUND_UP,
}
ONE: Final = Decimal(1)

#: Money's range: magnitudes below 10^15 ...
LIMIT: Final = Decimal("1E+15")
#: ... with at most 18 decimal places.
PLACES: Final = 18
RANGE: Final = "within Money's range (magnitude below 10^15, at most 18 decimal places)"

_TRAPS: Final = [
    decimal.InvalidOperation,
    decimal.DivisionByZero,
    decimal.Overflow,
    decimal.Underflow,
]
#: Exact arithmetic: sums, differences, products, multiples of a step. Inexact raises.
EXACT: Final = decimal.Context(
    prec=70,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999,
    Emax=999,
    traps=[*_TRAPS, decimal.Inexact],
)
#: Rounding on purpose: quotients, 18 decimal places, whole steps, centimes shown.
ROUNDING: Final = decimal.Context(
    prec=70,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999,
    Emax=999,
    traps=_TRAPS,
)


def to_decimal(value: Any, name: str) -> Decimal:
    """*value* as an exact :class:`~decimal.Decimal`: from a Decimal, an int or a decimal string.

    A float is refused: ``0.1`` is not one tenth in binary, and money must be exact.
    The caller's decimal context plays no part. Money's range is checked
    where the number becomes money, not here.

    Raises:
        InvalidArgument: Naming *name*, for a float, a bool or anything not a finite number.
    """
    if isinstance(value, bool):
        raise InvalidArgument(
            name,
            f'expected a Decimal, an int or a decimal string like "1234.50", got the bool {value!r}',
        )
    if isinstance(value, float):
        raise InvalidArgument(
            name,
            f'expected a Decimal, an int or a decimal string like "1234.50", got the float {value!r}; '
            "floats are not exact, pass a string",
        )
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(
                value.strip().replace("’", "").replace("'", "").replace("_", ""),
                EXACT,
            )
        except decimal.InvalidOperation:
            raise InvalidArgument(
                name, f'expected a decimal string like "1234.50", got {quote(value)}'
            ) from None
    else:
        raise InvalidArgument(
            name,
            f'expected a Decimal, an int or a decimal string like "1234.50", got {quote(value)}',
        )
    if not number.is_finite():
        raise InvalidArgument(name, f"expected a finite amount, got {quote(value)}")
    return number


def to_places(number: Decimal) -> Decimal:
    """*number* with 0 to 18 decimal places: as written, or rounded half even after the 18th.

    A number written with an exponent (``1E+3``) gets no decimal places
    (``1000``). *number* is below 10^33 in magnitude: the result fits in
    the library's context.
    """
    exponent = min(max(int(number.as_tuple().exponent), -PLACES), 0)
    return number.quantize(ONE.scaleb(exponent, EXACT), context=ROUNDING)


def in_range(value: Any, name: str) -> Decimal:
    """*value* as a Decimal of Money's range (see the module's documentation).

    The value is kept exactly as written, except that zeros after the 18th
    decimal place are dropped, a number written with an exponent becomes a
    whole number (``1E+3`` is ``1000``) and a zero has no sign.

    Raises:
        InvalidArgument: Naming *name*, for anything :func:`to_decimal`
            refuses, a magnitude of 10^15 or more, or a non-zero digit
            after the 18th decimal place.
    """
    number = to_decimal(value, name)
    if number.copy_abs() >= LIMIT or to_places(number) != number:
        raise InvalidArgument(name, f"expected a number {RANGE}, got {quote(value)}")
    kept = to_places(number)
    return kept.copy_abs() if kept.is_zero() else kept


def within(result: Decimal, name: str, given: object, what: str) -> Decimal:
    """*result* if it is in Money's range; else an error naming the operand *name* that took it out."""
    if result.copy_abs() >= LIMIT:
        raise InvalidArgument(
            name, f"expected a value that keeps the {what} {RANGE}, got {quote(given)}"
        )
    return result
