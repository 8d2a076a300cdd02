"""Dates: the evaluation date, ages in completed years, and periods in force.

Conventions (see ``docs/explanation/dates.md``):

* **Age** is counted in completed years on the evaluation date, with
  :class:`dateutil.relativedelta.relativedelta`. Someone born on 29 February
  completes a year on 28 February in a common year, and on 29 February in a
  leap year. This matches the Swiss reckoning of periods in months or years,
  where a missing day falls on the last day of the month (Code des
  obligations, art. 77 al. 1 ch. 3).
* **Periods** are closed intervals: both the first and the last day belong to
  them, as the source texts say ("du 1er août 2023", "jusqu'au 31 juillet 2026").
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Final

from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument, quote

ISO_EXAMPLE = '"2006-05-01"'


def as_date(value: Any, name: str) -> dt.date:
    """Return *value* as a :class:`datetime.date`, converting ISO 8601 strings.

    A :class:`datetime.datetime` is refused: it is a ``date`` subclass, but a
    time of day has no meaning in these rules and would hide time-zone bugs.

    Raises:
        InvalidArgument: Naming *name*, what was expected and the value given.
    """
    if isinstance(value, dt.datetime):
        raise InvalidArgument(
            name,
            f"expected a date or an ISO 8601 string like {ISO_EXAMPLE}, got a datetime "
            f"{quote(value.isoformat())}; pass value.date()",
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidArgument(
        name,
        f"expected a date or an ISO 8601 string like {ISO_EXAMPLE}, got {quote(value)}",
    )


def completed_years(since: dt.date, *, on: dt.date) -> int:
    """Whole years from *since* to *on* (an age, a length of residence).

    The result is ``relativedelta(on, since).years`` (a property test checks
    it), computed without building a ``relativedelta``: the anniversary of a
    29 February falls on 28 February in a common year.

    Example:
        >>> completed_years(dt.date(2008, 2, 29), on=dt.date(2023, 2, 28))
        15
        >>> completed_years(dt.date(2008, 2, 29), on=dt.date(2023, 2, 27))
        14
    """
    if on < since:
        return relativedelta(on, since).years
    month, day = since.month, since.day
    if month == 2 and day == 29 and not calendar.isleap(on.year):  # noqa: PLR2004 - 29 February
        day = 28
    years = on.year - since.year
    if (on.month, on.day) < (month, day):
        years -= 1
    return years


#: 29 February, as (month, day).
_LEAP_DAY: Final = (2, 29)


def add_years(start: dt.date, years: int) -> dt.date:
    """*start* plus *years*, a 29 February landing on 28 February in a common year.

    The same as ``start + relativedelta(years=years)`` (a property test checks
    it), without building a ``relativedelta``: this is on the hot path of
    every age and anniversary rule.
    """
    year = start.year + years
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return start + relativedelta(years=years)  # raises as relativedelta does
    if (start.month, start.day) == _LEAP_DAY and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return start.replace(year=year)


def add_months(start: dt.date, months: int) -> dt.date:
    """*start* plus *months*, a missing day landing on the last day of the month.

    The same as ``start + relativedelta(months=months)`` (a property test checks it).
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return start + relativedelta(months=months)  # raises as relativedelta does
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(start.day, last))


def ordinal(n: int) -> Text:
    """An ordinal number in French, German and English: "15e", "15.", "15th".

    Example:
        >>> ordinal(21).en, ordinal(1).fr, ordinal(12).en
        ('21st', '1er', '12th')
    """
    if n % 100 in {11, 12, 13}:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return Text("1er" if n == 1 else f"{n}e", f"{n}.", f"{n}{suffix}")


def _check_date(_instance: object, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidArgument(
            attribute.name, f"expected a date or None, got {quote(value)}"
        )


@frozen
class Period:
    """A closed interval of days: *start* and *end* both belong to it.

    ``None`` means open on that side.

    Example:
        >>> pilot = Period(dt.date(2023, 8, 1), dt.date(2026, 7, 31))
        >>> pilot.contains(dt.date(2026, 7, 31)), pilot.contains(dt.date(2026, 8, 1))
        (True, False)
    """

    start: dt.date | None = field(validator=_check_date)
    end: dt.date | None = field(validator=_check_date)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidArgument(
                "end",
                f"expected a date on or after start {self.start.isoformat()}, got {self.end.isoformat()}",
            )

    def contains(self, day: dt.date) -> bool:
        """Whether *day* is in the period, both ends included."""
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day <= self.end

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"{start} – {end}"

    def to_dict(self) -> dict[str, str | None]:
        """Return ``{"start": ISO or None, "end": ISO or None}``."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }
