"""Money: exact amounts in a currency, over :class:`decimal.Decimal`; floats are refused."""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Any, Final, Literal

from attrs import field, frozen

from integration_rules._core._text import quote
from integration_rules.errors import InvalidArgument

Currency = Literal["CHF", "EUR"]
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
