"""Money: exact amounts in a currency, over :class:`decimal.Decimal`; floats are refused.

The range of the numbers it is made of, and the decimal context it computes
in, are described in :mod:`integration_rules._core._decimal`.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Literal, overload

from attrs import field, frozen

from integration_rules._core._decimal import (
    EXACT,
    MODES,
    ONE,
    PLACES,
    ROUNDING,
    in_range,
    to_places,
    within,
)
from integration_rules.errors import InvalidArgument, quote

Currency = Literal["CHF", "EUR"]
Mode = Literal["half_up", "half_even", "down", "up"]
CURRENCIES: Final[tuple[Currency, ...]] = ("CHF", "EUR")
_CENT: Final = Decimal("0.01")


def _amount(value: Any) -> Decimal:
    return in_range(value, "amount")


def _check_currency(_instance: object, _attribute: object, value: Any) -> None:
    if value not in CURRENCIES:
        raise InvalidArgument(
            "currency", f'expected "CHF" or "EUR", got {quote(value)}'
        )


@frozen
class Money:
    """An exact amount of money in CHF or EUR.

    Build one with :meth:`of`; arithmetic keeps full precision, and mixing
    currencies is an error. Rounding is always explicit (the funding module
    names its rules).

    The amount lies in Money's range: a magnitude below 10^15 and at most 18
    decimal places. Arithmetic runs in the library's own decimal context, so
    the caller's (``decimal.getcontext()``) never changes a result. Sums,
    differences and products are exact; a quotient that does not end within
    18 decimal places, and a product with more, are rounded half even to 18.
    A result that would leave the range is refused.

    Raises:
        InvalidArgument: Naming ``amount``, for a float or anything not a
            finite number, or a number outside Money's range; naming
            ``currency`` for a currency other than CHF and EUR.

    Example:
        >>> Money.of("400")
        Money(amount=Decimal('400'), currency='CHF')
        >>> Money.of("1234.5").format()
        'CHF 1’234.50'
        >>> Money.of("400").format(whole_dash=True)
        'CHF 400.-'
        >>> Money.of("1e15")
        Traceback (most recent call last):
          ...
        integration_rules.errors.InvalidArgument: amount: expected a number within Money's range (magnitude below 10^15, at most 18 decimal places), got "1e15"

    .. versionchanged:: unreleased
       Amounts are limited to Money's range, and arithmetic no longer depends
       on the caller's decimal context.
    """

    amount: Decimal = field(converter=_amount)
    currency: Currency = field(default="CHF", validator=_check_currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: Currency = "CHF") -> Money:
        """An amount from a Decimal, an int or a decimal string (never a float), in Money's range."""
        return cls(amount, currency)  # the field converts it

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise InvalidArgument(
                "other", f"expected Money, got {type(other).__name__}"
            )
        if other.currency != self.currency:
            raise InvalidArgument(
                "currency", f"cannot combine {self.currency} and {other.currency}"
            )

    def __add__(self, other: Money) -> Money:
        """The exact sum, in the same currency.

        Raises:
            InvalidArgument: Naming ``other``, if it is not Money or the sum
                leaves Money's range; naming ``currency`` if the currencies differ.
        """
        self._same(other)
        total = EXACT.add(self.amount, other.amount)
        return Money(within(total, "other", other, "sum"), self.currency)

    def __sub__(self, other: Money) -> Money:
        """The exact difference, in the same currency (raises as :meth:`__add__`)."""
        self._same(other)
        difference = EXACT.subtract(self.amount, other.amount)
        return Money(within(difference, "other", other, "difference"), self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        """The product, exact to 18 decimal places (rounded half even beyond).

        Raises:
            InvalidArgument: Naming ``factor``, if it is not a number of
                Money's range, or the product leaves the range.
        """
        number = in_range(factor, "factor")
        product = to_places(EXACT.multiply(self.amount, number))
        return Money(within(product, "factor", factor, "product"), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, divisor: int | Decimal) -> Money:
        """The quotient, exact if it ends within 18 decimal places, else rounded half even to 18.

        Round it explicitly with a :class:`RoundingRule`.

        Raises:
            InvalidArgument: Naming ``divisor``, if it is zero or not a
                number of Money's range, or the quotient leaves the range.

        Example:
            >>> Money.of("8") / 2, (Money.of("8") / 3).amount
            (Money(amount=Decimal('4'), currency='CHF'), Decimal('2.666666666666666667'))
        """
        number = in_range(divisor, "divisor")
        if number.is_zero():
            raise InvalidArgument(
                "divisor", f"expected a non-zero number, got {quote(divisor)}"
            )
        quotient = to_places(ROUNDING.divide(self.amount, number))
        return Money(within(quotient, "divisor", divisor, "quotient"), self.currency)

    def __neg__(self) -> Money:
        return Money(self.amount.copy_negate(), self.currency)

    def __radd__(self, other: int) -> Money:
        if other == 0:
            return self
        return NotImplemented

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    @classmethod
    def zero(cls, currency: Currency = "CHF") -> Money:
        """Nothing, in *currency* (a known zero, never a stand-in for a missing amount)."""
        return cls(Decimal(0), currency)

    def format(self, *, whole_dash: bool = False) -> str:
        """The amount as Swiss texts write it: ``CHF 1’234.50``; ``CHF 400.-`` for whole francs if asked.

        The amount is shown to the centime (half up) without changing the value.
        ``.-`` means a whole-franc amount (as in « CHF 400.- »), so
        *whole_dash* uses it only when the exact amount is a whole number: an
        amount that merely rounds to one, such as 400.004, is shown with its
        centimes (``CHF 400.00``). Every amount of Money's range can be shown.

        Example:
            >>> Money.of("400.00").format(whole_dash=True), Money.of("400.004").format(whole_dash=True)
            ('CHF 400.-', 'CHF 400.00')
            >>> Money.of("-999999999999999.99").format()
            'CHF -999’999’999’999’999.99'

        .. versionchanged:: unreleased
           *whole_dash* no longer shows ``.-`` for an amount that is not
           exactly whole; the largest amounts are shown too.
        """
        shown = self.amount.quantize(
            _CENT, rounding=decimal.ROUND_HALF_UP, context=ROUNDING
        )
        sign = "-" if shown < 0 else ""
        whole, _, cents = f"{shown.copy_abs():f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", "’")
        # to_integral_value reads only the context's rounding, and every rounding
        # leaves a whole amount unchanged: the caller's context cannot matter.
        if whole_dash and self.amount == self.amount.to_integral_value():
            return f"{self.currency} {sign}{grouped}.-"
        return f"{self.currency} {sign}{grouped}.{cents}"

    def round(self, rule: RoundingRule) -> Money:
        """This amount rounded by a named *rule* (:data:`CENT`, :data:`FIVE_RAPPEN`, :data:`FRANC`…).

        The same as ``rule.apply(money)``.

        Raises:
            InvalidArgument: If *rule* is not a :class:`RoundingRule`.

        Example:
            >>> Money.of("1.025").round(FIVE_RAPPEN).format()
            'CHF 1.05'

        .. versionadded:: unreleased
        """
        if not isinstance(rule, RoundingRule):
            raise InvalidArgument(
                "rule",
                f"expected a RoundingRule such as CENT, FIVE_RAPPEN or FRANC, got {type(rule).__name__}",
            )
        return rule.apply(self)

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, str]:
        """The amount as JSON-ready data: the exact decimal string and the currency.

        The string is written without an exponent, as it would be typed:
        ``"0.000000000000000001"``, never ``"1E-18"``.

        .. versionchanged:: unreleased
           Never written with an exponent.
        """
        return {"amount": f"{self.amount:f}", "currency": self.currency}


def _to_step(value: Decimal | int | str) -> Decimal:
    return in_range(value, "step")


def _quantum(step: Decimal) -> Decimal:
    """The unit a multiple of *step* is written in: the step's own decimals, at least the cent's two."""
    exponent = int(step.normalize(EXACT).as_tuple().exponent)
    return ONE.scaleb(min(exponent, -2), EXACT)


_ROUNDABLE: Final = 'expected Money, a Decimal, an int or a decimal string like "1.025"'


def _roundable(value: object) -> Decimal:
    """The amount of a plain number to round, refusing floats and other types by name."""
    if isinstance(value, float):
        raise InvalidArgument(
            "money",
            f"{_ROUNDABLE}, got the float {value!r}; floats are not exact, pass a string",
        )
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise InvalidArgument("money", f"{_ROUNDABLE}, got {type(value).__name__}")
    return in_range(value, "money")


@frozen
class RoundingRule:
    """A named way of rounding money: a step and a mode.

    A rule is callable: ``FIVE_RAPPEN(x)`` is ``FIVE_RAPPEN.apply(x)``. The
    step is a positive number of Money's range; a result is written with the
    step's own decimals, and at least two (``0.001`` gives three).

    Example:
        >>> FIVE_RAPPEN.apply(Money.of("1.025")), FIVE_RAPPEN.apply(Money.of("1.024"))
        (Money(amount=Decimal('1.05'), currency='CHF'), Money(amount=Decimal('1.00'), currency='CHF'))
        >>> FIVE_RAPPEN(Decimal("1.025")), FIVE_RAPPEN("1.074"), FRANC(2)
        (Decimal('1.05'), Decimal('1.05'), Decimal('2.00'))
        >>> RoundingRule("mill", "0.001")("2.0005")
        Decimal('2.001')

    .. versionchanged:: unreleased
       :meth:`apply` also rounds a Decimal, an int or a decimal string, and a
       rule can be called like a function. The step must lie in Money's range.
    """

    name: str
    step: Decimal = field(converter=_to_step)
    mode: Mode = "half_up"

    def __attrs_post_init__(self) -> None:
        if self.step <= 0:
            raise InvalidArgument("step", f"expected a positive step, got {self.step}")
        if self.mode not in MODES:
            raise InvalidArgument(
                "mode", f"expected one of {', '.join(MODES)}, got {quote(self.mode)}"
            )

    def _round(self, amount: Decimal, given: object) -> Decimal:
        # The quotient is exact, or rounded at 70 digits far from any half step
        # (see the module's documentation): rounding it to whole steps is exact.
        steps = ROUNDING.divide(amount, self.step).quantize(
            ONE, rounding=MODES[self.mode], context=ROUNDING
        )
        rounded = EXACT.multiply(steps, self.step).quantize(
            _quantum(self.step), context=EXACT
        )
        return within(rounded, "money", given, "rounded amount")

    @overload
    def apply(self, money: Money) -> Money: ...

    @overload
    def apply(self, money: Decimal | int | str) -> Decimal: ...

    def apply(self, money: Money | Decimal | int | str) -> Money | Decimal:
        """*money* rounded to a multiple of the step, shown with the step's decimals (at least 2).

        Money gives Money in the same currency; a plain number (a Decimal, an
        int, or a decimal string such as ``"1.025"``) gives a Decimal.

        Raises:
            InvalidArgument: Naming ``money``, for a float (not exact: pass a
                string), anything else that is not an amount, a number
                outside Money's range, or an amount rounded out of it.
        """
        if isinstance(money, Money):
            return Money(self._round(money.amount, money), money.currency)
        return self._round(_roundable(money), money)

    @overload
    def __call__(self, money: Money) -> Money: ...

    @overload
    def __call__(self, money: Decimal | int | str) -> Decimal: ...

    def __call__(self, money: Money | Decimal | int | str) -> Money | Decimal:
        """The same as :meth:`apply`."""
        return self.apply(money)


#: To the centime (or euro cent), half up: accounting amounts.
CENT: Final = RoundingRule("cent", "0.01")
#: To 5 Rappen, half up (ties at .x25 and .x75 go up): Swiss cash and payable amounts.
FIVE_RAPPEN: Final = RoundingRule("five_rappen", "0.05")
#: To the whole franc, half up.
FRANC: Final = RoundingRule("franc", "1")


Weight = Decimal | int | str


def _weights(weights: object) -> tuple[list[Any] | None, list[Decimal]]:
    """The parties' names (``None`` when unnamed) and weights, from any accepted form."""
    if isinstance(weights, bool) or not isinstance(weights, int | Mapping | Iterable):
        raise InvalidArgument(
            "weights",
            "expected (name, weight) pairs, a mapping of name to weight, a sequence of "
            f"weights or a number of equal shares, got {type(weights).__name__}",
        )
    if isinstance(weights, int):
        if weights < 1:
            raise InvalidArgument(
                "weights", f"expected a positive number of shares, got {weights}"
            )
        return None, [Decimal(1)] * weights
    if isinstance(weights, Mapping):
        return list(weights), [in_range(w, "weight") for w in weights.values()]
    if isinstance(weights, str | bytes):
        raise InvalidArgument(
            "weights",
            f"expected (name, weight) pairs, a mapping of name to weight, a sequence of "
            f"weights or a number of equal shares, got the string {quote(weights)}",
        )
    items = list(weights)
    pairs = [isinstance(item, tuple | list) for item in items]
    if all(pairs):
        if any(len(item) != 2 for item in items):  # noqa: PLR2004 - a pair
            raise InvalidArgument("weights", "expected (name, weight) pairs")
        return [name for name, _ in items], [
            in_range(weight, "weight") for _, weight in items
        ]
    if any(pairs):
        raise InvalidArgument(
            "weights",
            "expected either (name, weight) pairs or bare weights, not both",
        )
    return None, [in_range(weight, "weight") for weight in items]


@overload
def apportion(
    total: Money,
    weights: Iterable[tuple[str, Weight]] | Mapping[str, Weight],
    *,
    step: Decimal | str = "0.05",
) -> tuple[tuple[str, Money], ...]: ...


@overload
def apportion(
    total: Money,
    weights: Sequence[Weight] | int,
    *,
    step: Decimal | str = "0.05",
) -> tuple[Money, ...]: ...


def apportion(
    total: Money,
    weights: Iterable[tuple[str, Weight]]
    | Mapping[str, Weight]
    | Iterable[Weight]
    | int,
    *,
    step: Decimal | str = "0.05",
) -> tuple[tuple[str, Money], ...] | tuple[Money, ...]:
    """Split *total* between parties by weight, in multiples of *step*, by largest remainder.

    Each party first gets its exact share rounded down to the step; the steps
    left over go, one each, to the parties with the largest remainders. On a
    tie, the party listed later comes first, so that earlier parties keep the
    floor: 8.00 in three equal parts gives 2.65, 2.65, 2.70. The shares add up exactly to *total*, and each is less
    than one step from its exact share.

    *weights* names the parties or not:

    * ``(name, weight)`` pairs, or a mapping of name to weight (in its
      order): the result is ``(name, share)`` pairs in the same order;
    * a sequence of bare weights (a list or tuple): the result is a tuple
      of shares, in order;
    * an int *n*: *n* equal shares, as a tuple (rule 50: "split an amount
      into n shares").

    The step and each weight are numbers of Money's range (a magnitude
    below 10^15, at most 18 decimal places); the arithmetic is on whole
    numbers, so it is exact whatever the decimal context. A negative total
    is split the same way (shares rounded down, then steps handed back).

    Raises:
        InvalidArgument: If *total* is not Money or not a multiple of *step*,
            a weight is negative or outside Money's range, all weights are
            zero, or *weights* is none of the forms above.

    Example:
        >>> [str(m.amount) for _, m in apportion(Money.of("8.00"), [("a", 1), ("b", 1), ("c", 1)])]
        ['2.65', '2.65', '2.70']
        >>> [str(m.amount) for m in apportion(Money.of("8.00"), 3)]
        ['2.65', '2.65', '2.70']
        >>> [(name, str(m.amount)) for name, m in apportion(Money.of("10"), {"a": 3, "b": 1})]
        [('a', '7.50'), ('b', '2.50')]

    .. versionchanged:: unreleased
       *weights* may also be a mapping, bare weights or a number of shares.
    """
    if not isinstance(total, Money):
        raise InvalidArgument(
            "total",
            f'expected Money, e.g. Money.of("8.00"), got {type(total).__name__}',
        )
    unit = in_range(step, "step")
    if unit <= 0:
        raise InvalidArgument("step", f"expected a positive step, got {unit}")
    names, parts = _weights(weights)
    count, rest = EXACT.divmod(total.amount, unit)
    if not rest.is_zero():
        raise InvalidArgument(
            "total",
            f"expected a multiple of {unit}, got {total.amount}; round it first",
        )
    if any(weight < 0 for weight in parts):
        raise InvalidArgument("weights", "expected non-negative weights")
    # Whole numbers throughout: weights in units of 10^-18, the total in steps.
    scaled = [int(EXACT.scaleb(weight, PLACES)) for weight in parts]
    weight_sum = sum(scaled)
    if weight_sum == 0:
        raise InvalidArgument("weights", "expected at least one positive weight")
    exact = [divmod(int(count) * weight, weight_sum) for weight in scaled]
    floors = [whole for whole, _ in exact]
    left = int(count) - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-exact[i][1], -i))
    for i in order[:left]:
        floors[i] += 1
    quantum = _quantum(unit)
    shares = tuple(
        Money(
            EXACT.multiply(units, unit).quantize(quantum, context=EXACT),
            total.currency,
        )
        for units in floors
    )
    if names is None:
        return shares
    return tuple(zip(names, shares, strict=True))
