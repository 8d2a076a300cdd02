"""The funding formulas' arguments, checked: amounts, counts, statuses, and the day parameters are read on.

Each check raises the library's error naming the argument and what it expects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from integration_rules._core import (
    Money,
    Parameter,
    ParameterUse,
    as_date,
    quote,
    used,
)
from integration_rules.errors import InvalidArgument
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.permits import Status
from integration_rules.permits import status as permit_status


def _described(value: object) -> str:
    """A rejected value as an error message shows it: small values in full, else their type."""
    if isinstance(value, bool | int | str):
        return f"the {type(value).__name__} {quote(value)}"
    if isinstance(value, float | Decimal):
        return f"the {type(value).__name__} {value}"
    return type(value).__name__


def _money(value: object, name: str) -> Money:
    """*value* if it is Money; else an error naming *name* and showing how to build Money."""
    if isinstance(value, Money):
        return value
    raise InvalidArgument(
        name, f"expected Money, got {_described(value)}{_hint(value)}"
    )


def _hint(value: object) -> str:
    """How to pass *value* as Money, if it is a number Money accepts; else nothing."""
    try:
        money = Money.of(value)  # type: ignore[arg-type]  # any value: refused if not a number
    except InvalidArgument:
        return ""
    return f'; pass Money.of("{money.to_dict()["amount"]}") for CHF'


def _payment(value: object, name: str, *, chf: bool = True) -> Money:
    """*value* as an amount the law knows: Money, zero or more, in CHF if *chf*.

    The federal and cantonal formulas are defined in Swiss francs, and the
    law knows no negative contribution, commitment, payment or budget: such
    an amount is refused, never computed with.

    Raises:
        InvalidArgument: Naming *name*, for anything that is not Money, a
            currency other than CHF where *chf*, or a negative amount.
    """
    money = _money(value, name)
    if chf and money.currency != "CHF":
        raise InvalidArgument(
            name,
            f"expected an amount in CHF (the formula is defined in Swiss francs), "
            f"got {quote(money.format())}",
        )
    if money.amount < 0:
        raise InvalidArgument(
            name, f"expected an amount of zero or more, got {quote(money.format())}"
        )
    return money


def _optional_payment(_instance: object, attribute: Any, value: object) -> None:
    if value is not None:
        _payment(value, attribute.name)


def _by_count(
    operation: Callable[[Money, int], Money], money: Money, count: int, name: str
) -> Money:
    """*money* multiplied or divided by *count*; an error naming *name* if that leaves Money's range."""
    try:
        return operation(money, count)
    except InvalidArgument:
        raise InvalidArgument(
            name,
            "expected a count that keeps the amount within Money's range "
            f"(magnitude below 10^15), got {quote(count)}",
        ) from None


def _reading_day(
    on: dt.date | str | None, *parameters: Parameter[Any]
) -> dt.date | None:
    """The date to read *parameters* on: *on*, or ``None`` for their only value.

    Raises:
        InvalidArgument: Naming ``on``, if *on* is ``None`` but a parameter
            has dated values, or if *on* is not a date.
    """
    if on is not None:
        return as_date(on, "on")
    for parameter in parameters:
        if parameter.history is not None:
            first = parameter.history.changes[0].start.isoformat()
            raise InvalidArgument(
                "on",
                f"a date is needed: {parameter.id} has dated values (from {first}); "
                'pass on= a date or an ISO 8601 string like "2024-01-01"',
            )
    return None


def _value(parameter: Parameter[Any], day: dt.date | None) -> Any:
    return parameter.value if day is None else parameter.value_on(day)


def _used(day: dt.date | None, *parameters: Parameter[Any]) -> tuple[ParameterUse, ...]:
    if day is not None:
        return used(day, *parameters)
    return tuple(
        ParameterUse(p.id, p.label, p.value, p.source, p.note) for p in parameters
    )


def _status(status: str | Status | None) -> str | None:
    if status is None:
        return None
    if isinstance(status, Status):
        return status.code
    listed = ", ".join(f'"{c}"' for c in RESIDENCE_STATUSES)
    if not isinstance(status, str):
        raise InvalidArgument(
            "status",
            f"expected a status code ({listed}) or a Status, got {_described(status)}",
        )
    return permit_status(status).code
