"""Named parameters: the figures and interpretations a rule depends on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._dated import Change, History
from integration_rules._core._sources import Source
from integration_rules._core._text import Text, shown
from integration_rules.errors import InvalidRule
from integration_rules.explain.json import value as json_value

T = TypeVar("T")


def _check_id(_instance: object, _attribute: object, value: Any) -> None:
    if (
        not isinstance(value, str)
        or not value
        or value != value.strip()
        or " " in value
    ):
        raise InvalidRule(
            f"parameter id={value!r} must be a non-empty string without spaces"
        )


@frozen
class Parameter(Generic[T]):
    """A named value a rule depends on: an age bound, a minimum count, a date.

    A parameter is how an interpretation of a vague text becomes visible:
    the rule reads the parameter, and the explanation shows its id, value and
    source. Changing a reading means building a new parameter, never editing
    a buried literal.

    Args:
        id: Stable dotted id, e.g. ``"formavenir.min_difficulty_kinds"``.
        value: The value.
        label: What it is, in French, German and English.
        source: Where the value comes from.
        note: Why this value was chosen when the source is vague.

    Example:
        >>> p = Parameter("demo.min_age", 15, label=Text.same("minimum age"))
        >>> p.value_on(dt.date(2024, 1, 1))
        15
    """

    id: str = field(validator=_check_id)
    value: T
    label: Text = field(kw_only=True, validator=instance_of(Text))
    source: Source | None = field(
        default=None, kw_only=True, validator=optional(instance_of(Source))
    )
    note: str | None = field(default=None, kw_only=True)
    history: History[T] | None = field(
        default=None, kw_only=True, validator=optional(instance_of(History))
    )

    def value_on(self, on: dt.date) -> T:
        """The value in force on *on*.

        Raises:
            NoValueOnDate: For a dated parameter, on a date without a value
                (before its first value, or after it ended); the message names
                the parameter and the date.
        """
        if self.history is None:
            return self.value
        return self.history.at(on)

    def source_on(self, on: dt.date) -> Source | None:
        """The source of the value in force on *on*."""
        if self.history is None:
            return self.source
        return self.history.change_at(on).source or self.source

    @classmethod
    def dated(
        cls,
        id: str,
        changes: Iterable[Change[T]],
        *,
        label: Text,
        note: str | None = None,
        ended: dt.date | None = None,
    ) -> Parameter[T]:
        """A parameter whose value changes on dates, each value with its source.

        ``value`` (and ``source``) are the latest; :meth:`value_on` reads the
        value in force on a date, and a date before the first value (or after
        *ended*) raises :class:`~integration_rules.errors.NoValueOnDate`.

        Example:
            >>> p = Parameter.dated("demo.lump_sum", [Change(dt.date(2008, 1, 1), 6000),
            ...                      Change(dt.date(2019, 5, 1), 18000)], label=Text.same("lump sum"))
            >>> p.value_on(dt.date(2019, 4, 30)), p.value_on(dt.date(2019, 5, 1))
            (6000, 18000)
        """
        history: History[T] = History(id, label, changes, ended=ended)
        last = history.changes[-1]
        return cls(
            id, last.value, label=label, source=last.source, note=note, history=history
        )

    def with_value(self, value: T, *, note: str | None = None) -> Parameter[T]:
        """This parameter with another value: the same id and label, no source.

        For trying another reading of a text; the explanation shows the new
        value, without the source (which gave the old one), and the note says
        it was set by the caller.

        Example:
            >>> p = Parameter("demo.min_age", 15, label=Text.same("minimum age"))
            >>> p.with_value(16).value_on(dt.date(2024, 1, 1)), p.with_value(16).id
            (16, 'demo.min_age')
        """
        shown = self.value if self.history is None else "dated values"
        return Parameter(
            self.id,
            value,
            label=self.label,
            source=None,
            note=note or f"Set by the caller (the library's value: {shown}).",
        )

    def __format__(self, spec: str) -> str:
        """How the parameter appears in a label: its value, or ``‹id›`` when it is dated.

        Example:
            >>> f"at least {Parameter('demo.n', 2, label=Text.same('n'))} kinds"
            'at least 2 kinds'
        """
        if self.history is not None:
            return f"‹{self.id}›"
        return format(shown(self.value), spec)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready mapping of the parameter."""
        return {
            "id": self.id,
            "value": json_value(self.value),
            "label": self.label.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "note": self.note,
            "values": None
            if self.history is None
            else [
                {
                    "from": c.start.isoformat(),
                    "value": json_value(c.value),
                    "source": c.source.to_dict() if c.source else None,
                    "note": c.note,
                }
                for c in self.history.changes
            ],
            "ended": self.history.ended.isoformat()
            if self.history and self.history.ended
            else None,
        }


def is_dated(value: object) -> bool:
    """Whether *value* is a parameter with dated values (whose value depends on the day, and may be missing)."""
    return isinstance(value, Parameter) and value.history is not None


def latest(value: T | Parameter[T]) -> T:
    """*value*, or a parameter's latest value: for labels and checks made when a rule is built.

    A dated parameter has no value before its first change, so building a rule
    must not ask for one on ``date.min``; evaluation uses :func:`resolve` on its date.
    """
    return value.value if isinstance(value, Parameter) else value


def resolve(value: T | Parameter[T], on: dt.date) -> T:
    """The plain value of *value* on *on*, reading a :class:`Parameter` if given one."""
    if isinstance(value, Parameter):
        return value.value_on(on)
    return value
