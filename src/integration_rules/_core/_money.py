"""Money: exact amounts in a currency, over :class:`decimal.Decimal`; floats are refused."""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Literal, overload

from attrs import field, frozen

from integration_rules.errors import InvalidArgument, quote

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
        ``.-`` means a whole-franc amount (as in « CHF 400.- »), so
        *whole_dash* uses it only when the exact amount is a whole number: an
        amount that merely rounds to one, such as 400.004, is shown with its
        centimes (``CHF 400.00``).

        Example:
            >>> Money.of("400.00").format(whole_dash=True), Money.of("400.004").format(whole_dash=True)
            ('CHF 400.-', 'CHF 400.00')

        .. versionchanged:: unreleased
           *whole_dash* no longer shows ``.-`` for an amount that is not exactly whole.
        """
        shown = self.amount.quantize(_CENT, rounding=decimal.ROUND_HALF_UP)
        sign = "-" if shown < 0 else ""
        whole, _, cents = f"{abs(shown):f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", "’")
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
        """The amount as JSON-ready data: the exact decimal string and the currency."""
        return {"amount": str(self.amount), "currency": self.currency}


def _to_step(value: Decimal | int | str) -> Decimal:
    return to_decimal(value, "step")


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
    return to_decimal(value, "money")


@frozen
class RoundingRule:
    """A named way of rounding money: a step and a mode.

    A rule is callable: ``FIVE_RAPPEN(x)`` is ``FIVE_RAPPEN.apply(x)``.

    Example:
        >>> FIVE_RAPPEN.apply(Money.of("1.025")), FIVE_RAPPEN.apply(Money.of("1.024"))
        (Money(amount=Decimal('1.05'), currency='CHF'), Money(amount=Decimal('1.00'), currency='CHF'))
        >>> FIVE_RAPPEN(Decimal("1.025")), FIVE_RAPPEN("1.074"), FRANC(2)
        (Decimal('1.05'), Decimal('1.05'), Decimal('2.00'))

    .. versionchanged:: unreleased
       :meth:`apply` also rounds a Decimal, an int or a decimal string, and a
       rule can be called like a function.
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

    def _round(self, amount: Decimal) -> Decimal:
        units = (amount / self.step).quantize(Decimal(1), rounding=_MODES[self.mode])
        exponent = self.step.normalize().as_tuple().exponent
        quantum = Decimal(1).scaleb(
            min(int(exponent), -2) if isinstance(exponent, int) else -2
        )
        return (units * self.step).quantize(quantum)

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
                string) or anything else that is not an amount.
        """
        if isinstance(money, Money):
            return Money(self._round(money.amount), money.currency)
        return self._round(_roundable(money))

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
        return list(weights), [to_decimal(w, "weight") for w in weights.values()]
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
            to_decimal(weight, "weight") for _, weight in items
        ]
    if any(pairs):
        raise InvalidArgument(
            "weights",
            "expected either (name, weight) pairs or bare weights, not both",
        )
    return None, [to_decimal(weight, "weight") for weight in items]


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

    Raises:
        InvalidArgument: If *total* is not Money or not a multiple of *step*,
            a weight is negative, all weights are zero, or *weights* is none
            of the forms above.

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
    unit = to_decimal(step, "step")
    if unit <= 0:
        raise InvalidArgument("step", f"expected a positive step, got {unit}")
    names, parts = _weights(weights)
    steps_total = total.amount / unit
    if steps_total != steps_total.to_integral_value():
        raise InvalidArgument(
            "total",
            f"expected a multiple of {unit}, got {total.amount}; round it first",
        )
    if any(weight < 0 for weight in parts):
        raise InvalidArgument("weights", "expected non-negative weights")
    weight_sum = sum(parts, Decimal(0))
    if not parts or weight_sum == 0:
        raise InvalidArgument("weights", "expected at least one positive weight")
    exact = [steps_total * weight / weight_sum for weight in parts]
    floors = [int(e.to_integral_value(rounding=decimal.ROUND_FLOOR)) for e in exact]
    left = int(steps_total) - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), -i))
    for i in order[:left]:
        floors[i] += 1
    exponent = unit.normalize().as_tuple().exponent
    quantum = Decimal(1).scaleb(
        min(int(exponent), -2) if isinstance(exponent, int) else -2
    )
    shares = tuple(
        Money((units * unit).quantize(quantum), total.currency) for units in floors
    )
    if names is None:
        return shares
    return tuple(zip(names, shares, strict=True))
