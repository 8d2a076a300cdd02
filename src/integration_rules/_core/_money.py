"""Money: exact amounts in a currency, over :class:`decimal.Decimal`; floats are refused."""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final, Literal

from attrs import field, frozen

from integration_rules._core._text import quote
from integration_rules.errors import InvalidArgument

Currency = Literal["CHF", "EUR"]
Mode = Literal["half_up", "half_even", "down", "up"]
_MODES: Final = {
    "half_up": decimal.ROUND_HALF_UP,
    "half_even": decimal.ROUND_HALF_EVEN,
    "down": decimal.ROUND_DOWN,
    "up": decimal.ROUND_UP,
}
CURRENCIES: Final[tuple[Currency, ...]] = ("CHF", "EUR")
_CENT: Final = Decimal("0.01")


def to_decimal(value: Any, name: str = "amount") -> Decimal:
    """*value* as an exact :class:`~decimal.Decimal`: from a Decimal, an int or a decimal string.

    A float is refused: ``0.1`` is not one tenth in binary, and money must be exact.

    Raises:
        InvalidArgument: Naming *name*, for a float, a bool or anything not a finite number.
    """
    if isinstance(value, bool | float):
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
                value.strip().replace("’", "").replace("'", "").replace("_", "")
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

    Example:
        >>> Money.of("400")
        Money(amount=Decimal('400'), currency='CHF')
        >>> Money.of("1234.5").format()
        'CHF 1’234.50'
        >>> Money.of("400").format(whole_dash=True)
        'CHF 400.-'
    """

    amount: Decimal = field(converter=to_decimal)
    currency: Currency = field(default="CHF", validator=_check_currency)

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: Currency = "CHF") -> Money:
        """An amount from a Decimal, an int or a decimal string (never a float)."""
        return cls(to_decimal(amount), currency)

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
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        return Money(self.amount * to_decimal(factor, "factor"), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, divisor: int | Decimal) -> Money:
        """Exact division (28 significant digits); round explicitly with a :class:`RoundingRule`."""
        number = to_decimal(divisor, "divisor")
        if number == 0:
            raise InvalidArgument("divisor", "expected a non-zero number, got 0")
        return Money(self.amount / number, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

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
        """
        shown = self.amount.quantize(_CENT, rounding=decimal.ROUND_HALF_UP)
        sign = "-" if shown < 0 else ""
        whole, _, cents = f"{abs(shown):f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", "’")
        if whole_dash and cents == "00":
            return f"{self.currency} {sign}{grouped}.-"
        return f"{self.currency} {sign}{grouped}.{cents}"

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, str]:
        """The amount as JSON-ready data: the exact decimal string and the currency."""
        return {"amount": str(self.amount), "currency": self.currency}


def _to_step(value: Decimal | int | str) -> Decimal:
    return to_decimal(value, "step")


@frozen
class RoundingRule:
    """A named way of rounding money: a step and a mode.

    Example:
        >>> FIVE_RAPPEN.apply(Money.of("1.025")), FIVE_RAPPEN.apply(Money.of("1.024"))
        (Money(amount=Decimal('1.05'), currency='CHF'), Money(amount=Decimal('1.00'), currency='CHF'))
    """

    name: str
    step: Decimal = field(converter=_to_step)
    mode: Mode = "half_up"

    def __attrs_post_init__(self) -> None:
        if self.step <= 0:
            raise InvalidArgument("step", f"expected a positive step, got {self.step}")
        if self.mode not in _MODES:
            raise InvalidArgument(
                "mode", f"expected one of {', '.join(_MODES)}, got {quote(self.mode)}"
            )

    def apply(self, money: Money) -> Money:
        """*money* rounded to a multiple of the step, shown with the step's decimals."""
        units = (money.amount / self.step).quantize(
            Decimal(1), rounding=_MODES[self.mode]
        )
        exponent = self.step.normalize().as_tuple().exponent
        quantum = Decimal(1).scaleb(
            min(int(exponent), -2) if isinstance(exponent, int) else -2
        )
        return Money((units * self.step).quantize(quantum), money.currency)


#: To the centime (or euro cent), half up: accounting amounts.
CENT: Final = RoundingRule("cent", "0.01")
#: To 5 Rappen, half up (ties at .x25 and .x75 go up): Swiss cash and payable amounts.
FIVE_RAPPEN: Final = RoundingRule("five_rappen", "0.05")
#: To the whole franc, half up.
FRANC: Final = RoundingRule("franc", "1")


def apportion(
    total: Money,
    weights: Sequence[tuple[str, Decimal | int | str]],
    *,
    step: Decimal | str = "0.05",
) -> tuple[tuple[str, Money], ...]:
    """Split *total* between parties by weight, in multiples of *step*, by largest remainder.

    Each party first gets its exact share rounded down to the step; the steps
    left over go, one each, to the parties with the largest remainders. On a
    tie, the party listed later comes first, so that earlier parties keep the
    floor: 8.00 in three equal parts gives 2.65, 2.65, 2.70. The shares add up
    exactly to *total*, and each is less than one step from its exact share.

    Raises:
        InvalidArgument: If *total* is not a multiple of *step*, a weight is
            negative, or all weights are zero.

    Example:
        >>> [str(m.amount) for _, m in apportion(Money.of("8.00"), [("a", 1), ("b", 1), ("c", 1)])]
        ['2.65', '2.65', '2.70']
    """
    unit = to_decimal(step, "step")
    if unit <= 0:
        raise InvalidArgument("step", f"expected a positive step, got {unit}")
    steps_total = total.amount / unit
    if steps_total != steps_total.to_integral_value():
        raise InvalidArgument(
            "total",
            f"expected a multiple of {unit}, got {total.amount}; round it first",
        )
    parties = [(name, to_decimal(weight, "weight")) for name, weight in weights]
    if any(weight < 0 for _, weight in parties):
        raise InvalidArgument("weights", "expected non-negative weights")
    weight_sum = sum((weight for _, weight in parties), Decimal(0))
    if not parties or weight_sum == 0:
        raise InvalidArgument("weights", "expected at least one positive weight")
    exact = [steps_total * weight / weight_sum for _, weight in parties]
    floors = [int(e.to_integral_value(rounding=decimal.ROUND_FLOOR)) for e in exact]
    left = int(steps_total) - sum(floors)
    order = sorted(range(len(parties)), key=lambda i: (-(exact[i] - floors[i]), -i))
    for i in order[:left]:
        floors[i] += 1
    exponent = unit.normalize().as_tuple().exponent
    quantum = Decimal(1).scaleb(
        min(int(exponent), -2) if isinstance(exponent, int) else -2
    )
    return tuple(
        (name, Money((units * unit).quantize(quantum), total.currency))
        for (name, _), units in zip(parties, floors, strict=True)
    )
