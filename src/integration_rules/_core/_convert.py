"""Converting what a user gives for a fact into its canonical value, one function per kind.

Each converter takes what a user would naturally pass (a ``date`` or an ISO
string, a list for a set, a code in any case, a whole number given as text in
a CSV file), returns the canonical value, keeps ``None`` as *unknown*, and
raises :class:`~integration_rules.errors.InvalidFact` naming the field, what
was expected and the value given. A fact's declaration
(:class:`~integration_rules._core._facts.Fact`) picks its converter.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Callable, Collection, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from integration_rules._core._decimal import LIMIT
from integration_rules._core._money import Money
from integration_rules.errors import InvalidArgument, InvalidFact, quote

Converter = Callable[[Any], Any]

#: The earliest date a date fact accepts unless its declaration says otherwise.
EARLIEST: Final = dt.date(1900, 1, 1)
_TRUE: Final = frozenset({"true", "yes"})
#: The most characters a whole number's text has (an int64 and its sign).
_DIGITS: Final = 20
#: The most characters a decimal number's text has (Money's range: 15 + 18 digits, sign, point, exponent).
_NUMBER_TEXT: Final = 40
_FALSE: Final = frozenset({"false", "no"})

shown = quote


def plain(value: str) -> str | None:
    """*value* without surrounding spaces, tabs and line ends, or ``None``.

    ``None`` when another character that cannot be seen is left (a control, a
    line separator such as U+2028, a format character): it is never read
    silently as part of a value.
    """
    text = value.strip(" \t\r\n")
    return text if text.isprintable() else None


def key(code: str) -> str:
    """How codes are matched: without regard to case, ``_`` and ``-`` alike."""
    return code.upper().replace("_", "-")


def listing(values: Collection[str]) -> str:
    """The codes of a closed list as an error message shows them."""
    return ", ".join(f'"{v}"' for v in values)


def choices(values: Collection[str]) -> str:
    """``"F" or "M"`` for two codes, ``one of "a", "b", "c"`` for more."""
    if len(values) == 2:  # noqa: PLR2004 - two codes read better with "or"
        first, second = values
        return f'"{first}" or "{second}"'
    return "one of " + listing(values)


def to_bool(name: str) -> Converter:
    """A converter for a yes/no fact: ``True``/``False``, or the strings ``"true"``/``"false"``."""

    def convert(value: Any) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str):
            word = (plain(value) or "").lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
        raise InvalidFact(name, f"expected true or false, got {shown(value)}")

    return convert


def to_date(
    name: str, earliest: dt.date = EARLIEST, latest: dt.date | None = None
) -> Converter:
    """A converter for a date fact: a ``date`` or an ISO 8601 string; not a datetime."""
    expected = 'expected a date or an ISO 8601 string like "2006-05-01"'

    def convert(value: Any) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            raise InvalidFact(
                name,
                f"{expected}, got a datetime {shown(value.isoformat())}; give the day only",
            )
        day: dt.date | None = None
        if isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            text = plain(value)
            try:
                day = None if text is None else dt.date.fromisoformat(text)
            except ValueError:
                day = None
        if day is None:
            raise InvalidFact(name, f"{expected}, got {shown(value)}")
        if day < earliest:
            raise InvalidFact(
                name,
                f"expected a date on or after {earliest.isoformat()}, got {shown(value)}",
            )
        if latest is not None and day > latest:
            raise InvalidFact(
                name,
                f"expected a date on or before {latest.isoformat()}, got {shown(value)}",
            )
        return day

    return convert


def to_choice(name: str, values: Collection[str]) -> Converter:
    """A converter for one code from a closed list, matched without regard to case (``_`` = ``-``)."""
    by_key = {key(v): v for v in values}
    expected = "expected " + choices(values)

    def convert(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            text = plain(value)
            found = None if text is None else by_key.get(key(text))
            if found is not None:
                return found
        raise InvalidFact(name, f"{expected}, got {shown(value)}")

    return convert


def to_code(name: str) -> Converter:
    """A converter for one code from an open list: any non-empty printable text, trimmed."""

    def convert(value: Any) -> str | None:
        if value is None:
            return None
        text = plain(value) if isinstance(value, str) else None
        if not text:
            raise InvalidFact(name, f"expected a non-empty code, got {shown(value)}")
        return text

    return convert


def _collection(name: str, value: Any, expected: str) -> Collection[Any]:
    if (
        isinstance(value, str | bytes | dt.date)
        or not isinstance(value, Collection)
        or isinstance(value, Mapping)
    ):
        raise InvalidFact(name, f"{expected}, got {shown(value)}")
    return value


def to_set(name: str, values: Collection[str]) -> Converter:
    """A converter for a set of codes drawn from *values*: a list or set, never a single value."""
    by_key = {key(v): v for v in values}
    expected = f"expected a set drawn from {listing(values)}"

    def convert(value: Any) -> frozenset[str] | None:
        if value is None:
            return None
        items = _collection(
            name, value, f"{expected} (a list or set, not a single value)"
        )
        codes = []
        for item in items:
            text = plain(item) if isinstance(item, str) else None
            code = None if text is None else by_key.get(key(text))
            if code is None:
                raise InvalidFact(
                    name, f"{expected}, got {shown(item)} in {shown(value)}"
                )
            codes.append(code)
        return frozenset(codes)

    return convert


def to_sequence(name: str, values: Collection[str], *, in_order: bool) -> Converter:
    """A converter for a list of codes from *values*; with *in_order*, a first part of *values*."""
    by_key = {key(v): v for v in values}
    order = tuple(values)
    what = "the steps done, in order," if in_order else "a list of codes"
    expected = f"expected {what} from {listing(values)}"

    def convert(value: Any) -> tuple[str, ...] | None:
        if value is None:
            return None
        items = _collection(name, value, f"{expected} (a list)")
        codes = []
        for item in items:
            text = plain(item) if isinstance(item, str) else None
            code = None if text is None else by_key.get(key(text))
            if code is None:
                raise InvalidFact(name, f"{expected}, got {shown(item)}")
            codes.append(code)
        found = tuple(codes)
        if in_order and found != order[: len(found)]:
            raise InvalidFact(
                name,
                f"{expected}: the steps happen in order and none is skipped, got {shown(list(items))}",
            )
        return found

    return convert


def to_dates(name: str) -> Converter:
    """A converter for a collection of dates (children's birth dates): a sorted tuple."""
    single = to_date(name)

    def convert(value: Any) -> tuple[dt.date, ...] | None:
        if value is None:
            return None
        items = _collection(
            name, value, "expected a list of dates (ISO 8601 strings or dates)"
        )
        days = []
        for item in items:
            day = single(item)
            if day is None:
                raise InvalidFact(
                    name, f"expected a list of dates without nulls, got {shown(value)}"
                )
            days.append(day)
        return tuple(sorted(days))

    return convert


def _bounds_text(minimum: object, maximum: object) -> str:
    if minimum is not None and maximum is not None:
        return f" from {minimum} to {maximum}"
    if minimum is not None:
        return f" of at least {minimum}"
    if maximum is not None:
        return f" of at most {maximum}"
    return ""


def _check_bounds(
    name: str, number: Any, raw: Any, *, what: str, minimum: Any, maximum: Any
) -> Any:
    if (minimum is not None and number < minimum) or (
        maximum is not None and number > maximum
    ):
        raise InvalidFact(
            name, f"expected {what}{_bounds_text(minimum, maximum)}, got {shown(raw)}"
        )
    return number


def to_integer(name: str, minimum: int | None, maximum: int | None) -> Converter:
    """A converter for a whole number: an int, a whole float (a dataframe's), or its decimal text."""
    what = "a whole number"

    def convert(value: Any) -> int | None:
        if value is None:
            return None
        number: int | None = None
        if isinstance(value, bool):
            number = None
        elif isinstance(value, numbers.Integral):
            number = int(value)
        elif isinstance(value, numbers.Real) and float(value).is_integer():
            number = int(
                float(value)
            )  # a whole float, as a dataframe's column holds it
        elif isinstance(value, str):
            text = plain(value)
            if (
                text
                and text.lstrip("+-").isdigit()
                and text.isascii()
                and len(text) <= _DIGITS
            ):
                number = int(text)
        if number is None:
            raise InvalidFact(
                name,
                f"expected {what}{_bounds_text(minimum, maximum)}, got {shown(value)}",
            )
        checked: int = _check_bounds(
            name, number, value, what=what, minimum=minimum, maximum=maximum
        )
        return checked

    return convert


def _decimal(value: Any) -> Decimal | None:
    """*value* as a finite Decimal within Money's range, or ``None``."""
    number: Decimal | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, numbers.Integral):
        number = Decimal(int(value))
    elif isinstance(value, numbers.Real):
        # A float (a dataframe's column) is read as the shortest decimal that
        # gives it back: 0.1 is 0.1, not 0.1000000000000000055511151231257827.
        number = Decimal(repr(float(value)))
    elif isinstance(value, str):
        text = plain(value)
        try:
            number = (
                Decimal(text)
                if text and text.isascii() and len(text) <= _NUMBER_TEXT
                else None
            )
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite() or abs(number) >= LIMIT:
        return None
    return number


def _places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def to_decimal(
    name: str, places: int, minimum: Decimal | None, maximum: Decimal | None
) -> Converter:
    """A converter for a decimal number with at most *places* decimal places."""
    what = f"a number with at most {places} decimal places"

    def convert(value: Any) -> Decimal | None:
        if value is None:
            return None
        number = _decimal(value)
        if number is None or _places(number) > places:
            raise InvalidFact(
                name,
                f"expected {what}{_bounds_text(minimum, maximum)}, got {shown(value)}",
            )
        checked: Decimal = _check_bounds(
            name, number, value, what=what, minimum=minimum, maximum=maximum
        )
        return checked

    return convert


def to_money(
    name: str, currency: str, places: int, minimum: Money | None, maximum: Money | None
) -> Converter:
    """A converter for an amount in *currency*: a :class:`Money`, or a number in that currency."""
    what = f"an amount in {currency} with at most {places} decimal places"
    low = None if minimum is None else minimum.amount
    high = None if maximum is None else maximum.amount

    def convert(value: Any) -> Money | None:
        if value is None:
            return None
        if isinstance(value, Money):
            if value.currency != currency:
                raise InvalidFact(
                    name, f"expected {what}, got an amount in {value.currency}"
                )
            number: Decimal | None = value.amount
        else:
            number = _decimal(value)
        if number is None or _places(number) > places:
            raise InvalidFact(
                name, f"expected {what}{_bounds_text(low, high)}, got {shown(value)}"
            )
        _check_bounds(name, number, value, what=what, minimum=low, maximum=high)
        try:
            return Money.of(number, currency)  # type: ignore[arg-type]
        except InvalidArgument:  # pragma: no cover - the range was checked above
            raise InvalidFact(name, f"expected {what}, got {shown(value)}") from None

    return convert
