"""Values that change on dates: each value with the day it takes effect and its source."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from attrs import field, frozen
from attrs.validators import instance_of, optional
from pyrsistent import PVector, pvector

from integration_rules._core._dates import as_date
from integration_rules._core._sources import Source
from integration_rules._core._text import Text
from integration_rules.errors import InvalidRule, NoValueOnDate

T = TypeVar("T")


def _check_day(_instance: object, attribute: Any, value: Any) -> None:
    if value is None and attribute.name == "ended":
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidRule(f"{attribute.name}={value!r} must be a date")


@frozen
class Change(Generic[T]):
    """A value that takes effect on *start*, with the source that says so.

    Example:
        >>> Change(dt.date(2019, 1, 1), "announcement").start
        datetime.date(2019, 1, 1)
    """

    start: dt.date = field(validator=_check_day)
    value: T
    source: Source | None = field(
        default=None, kw_only=True, validator=optional(instance_of(Source))
    )
    note: str | None = field(default=None, kw_only=True)


def _to_changes(value: Iterable[Change[Any]]) -> PVector[Change[Any]]:
    changes = list(value)
    for change in changes:
        if not isinstance(change, Change):
            raise InvalidRule(f"expected Change values, got {type(change).__name__}")
    if not changes:
        raise InvalidRule("a history needs at least one change")
    ordered = sorted(changes, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    if len(set(starts)) != len(starts):
        raise InvalidRule("two changes take effect on the same day")
    for before, after in itertools.pairwise(ordered):
        if before.value == after.value:
            raise InvalidRule(
                f"the change of {after.start.isoformat()} keeps the same value: drop it or change the value"
            )
    return pvector(ordered)


@frozen
class History(Generic[T]):
    """The values of one thing over time, like OpenFisca's parameter files but immutable.

    Each :class:`Change` applies from its start date until the day before the
    next one. Before the first change there is no value; after *ended* (the
    last day a value applies) there is none either. Asking for a date without
    a value raises :class:`~integration_rules.errors.NoValueOnDate`, never a
    silent default.

    Example:
        >>> h = History("demo.access", Text.same("access"), [
        ...     Change(dt.date(2010, 1, 1), "authorisation"),
        ...     Change(dt.date(2019, 1, 1), "announcement"),
        ... ])
        >>> h.at(dt.date(2018, 12, 31)), h.at(dt.date(2019, 1, 1))
        ('authorisation', 'announcement')
    """

    id: str = field(validator=instance_of(str))
    label: Text = field(validator=instance_of(Text))
    changes: PVector[Change[T]] = field(converter=_to_changes)
    ended: dt.date | None = field(default=None, kw_only=True, validator=_check_day)

    def __attrs_post_init__(self) -> None:
        if self.ended is not None and self.ended < self.changes[-1].start:
            raise InvalidRule(
                f"{self.id}: ended={self.ended.isoformat()} is before the last change"
            )

    def change_at(self, on: dt.date | str) -> Change[T]:
        """The change in effect on *on*.

        Raises:
            NoValueOnDate: Before the first change, or after *ended*.
            InvalidArgument: If *on* is not a date.
        """
        on = as_date(on, "on")
        first = self.changes[0]
        if on < first.start:
            raise NoValueOnDate(
                self.id,
                on,
                f"no value on {on.isoformat()}; the first takes effect on {first.start.isoformat()}",
            )
        if self.ended is not None and on > self.ended:
            raise NoValueOnDate(
                self.id,
                on,
                f"no value on {on.isoformat()}; the last ended on {self.ended.isoformat()}",
            )
        current = first
        for change in self.changes:
            if change.start > on:
                break
            current = change
        return current

    def at(self, on: dt.date | str) -> T:
        """The value in effect on *on* (see :meth:`change_at`)."""
        return self.change_at(on).value
