"""A measure: who may join it (a rule) and what it is (data), with its session pattern."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional
from dateutil.rrule import WEEKLY, rrule

from integration_rules._core import (
    Money,
    Parameter,
    Period,
    Rule,
    Source,
    Text,
    as_date,
    resolve,
)
from integration_rules.errors import InvalidArgument, InvalidRule
from integration_rules.organisations import Organisation

_organisations = deep_iterable(instance_of(Organisation), instance_of(tuple))


def _to_organisations(value: Iterable[Organisation]) -> tuple[Organisation, ...]:
    return tuple(value)


def _to_parameters(value: Iterable[Parameter[Any]]) -> tuple[Parameter[Any], ...]:
    return tuple(value)


def _to_texts(value: Iterable[Text]) -> tuple[Text, ...]:
    return tuple(value)


def _check_rule(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, Rule):
        raise InvalidRule(f"rule: expected a rule, got {type(value).__name__}")


@frozen(kw_only=True)
class SessionPattern:
    """A series of sessions of one kind, every so many weeks.

    Attributes:
        kind: What the sessions are ("group half-day", "coaching interview").
        every_weeks: The interval between two sessions, in weeks.
        count: How many; ``None`` for an open-ended series.
        gap_weeks: Weeks between the previous series' last session and this
            series' first (for the first series: between the start date and it).
    """

    kind: Text = field(validator=instance_of(Text))
    every_weeks: int | Parameter[int]
    count: int | Parameter[int] | None = None
    gap_weeks: int = 0


@frozen
class Session:
    """One dated session of a measure."""

    day: dt.date
    kind: Text
    number: int

    def to_dict(self) -> dict[str, Any]:
        """The session as JSON-ready data."""
        return {
            "day": self.day.isoformat(),
            "kind": self.kind.to_dict(),
            "number": self.number,
        }


def _to_patterns(value: Iterable[SessionPattern]) -> tuple[SessionPattern, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Schedule:
    """How a measure's sessions follow each other: one or more series, in order.

    Attributes:
        patterns: The series, in order.
        source: Where the pattern comes from.
        note: Which parts are a default reading (not in the source).
    """

    patterns: tuple[SessionPattern, ...] = field(converter=_to_patterns)
    source: Source | None = None
    note: str | None = None

    def sessions(
        self, start: dt.date, *, until: dt.date | None = None, count: int | None = None
    ) -> tuple[Session, ...]:
        """The sessions from *start*, computed with ``dateutil.rrule``.

        An open-ended series stops at *until* (included) or after *count*
        sessions in all; one of them is needed when a series is open-ended.

        Raises:
            InvalidArgument: If an open-ended series has neither *until* nor *count*.
        """
        found: list[Session] = []
        begin = start
        for pattern in self.patterns:
            interval = resolve(pattern.every_weeks, start)
            first = begin + dt.timedelta(weeks=pattern.gap_weeks)
            planned = None if pattern.count is None else resolve(pattern.count, start)
            if planned is None and until is None and count is None:
                raise InvalidArgument(
                    "until",
                    "expected an end date or a count for an open-ended series of sessions",
                )
            if count is not None:
                left = count - len(found)
                if left <= 0:
                    break
                planned = left if planned is None else min(planned, left)
            # rrule takes a count or an end, not both: with a count, cut at *until* after.
            days = rrule(
                WEEKLY,
                interval=interval,
                dtstart=dt.datetime.combine(first, dt.time()),
                count=planned,
                until=(
                    None
                    if until is None or planned is not None
                    else dt.datetime.combine(until, dt.time())
                ),
            )
            kept = [d for d in days if until is None or d.date() <= until]
            series = [
                Session(d.date(), pattern.kind, len(found) + i + 1)
                for i, d in enumerate(kept)
            ]
            found.extend(series)
            if not series:
                break
            begin = series[-1].day
        return tuple(found)


@frozen(kw_only=True)
class Measure:
    """An integration measure: its eligibility rule and its metadata, as data.

    Attributes:
        id: The stable id used by :func:`integration_rules.check`, e.g. ``"formavenir"``.
        label: The measure's name in French, German and English.
        summary: One sentence on what the measure is for.
        rule: Who may join it; the rule carries the period in force.
        source: The document the measure is described in.
        responsible: The services responsible for the measure.
        providers: The organisations that deliver it.
        referrers: The services that may refer a person to it.
        price: What a participant pays, as a parameter of :class:`Money`.
        capacity: The planned number of participants, as a parameter.
        other_parameters: Parameters the measure depends on that its rule
            does not read directly (a pilot's start and length, a duration).
        format: How the measure is delivered.
        schedule: How its sessions follow each other, if the source says.
        successor: The id of the measure that replaced it, if any.
        fixed_facts: Facts a person cannot change (a birth date, a date of
            arrival); the path to eligibility proposes no change of them.
        notes: What the source says that the rule does *not* require, and
            readings of vague text worth knowing.
    """

    id: str = field(validator=instance_of(str))
    label: Text = field(validator=instance_of(Text))
    summary: Text = field(validator=instance_of(Text))
    rule: Rule = field(validator=_check_rule)
    source: Source = field(validator=instance_of(Source))
    responsible: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    providers: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    referrers: tuple[Organisation, ...] = field(
        default=(), converter=_to_organisations, validator=_organisations
    )
    price: Parameter[Money] | None = field(
        default=None, validator=optional(instance_of(Parameter))
    )
    capacity: Parameter[int] | None = field(
        default=None, validator=optional(instance_of(Parameter))
    )
    other_parameters: tuple[Parameter[Any], ...] = field(
        default=(), converter=_to_parameters
    )
    format: Text | None = field(default=None, validator=optional(instance_of(Text)))
    schedule: Schedule | None = field(
        default=None, validator=optional(instance_of(Schedule))
    )
    successor: str | None = None
    notes: tuple[Text, ...] = field(default=(), converter=_to_texts)

    @property
    def in_force(self) -> Period | None:
        """The period in which the measure's rule applies (both ends included)."""
        return self.rule.in_force

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter of the measure: its rule's, the others, its price and capacity."""
        extra = tuple(p for p in (self.price, self.capacity) if p is not None)
        return tuple(
            dict.fromkeys((*self.rule.parameters(), *self.other_parameters, *extra))
        )

    def with_parameters(self, values: Mapping[str, Any]) -> Measure:
        """This measure with another reading: its rule's parameters with the ids in *values* replaced.

        The copy keeps the measure's id, so ``check(person, copy, on=...)``
        explains it as the same measure, showing the parameter's new value.

        Example:
            >>> from integration_rules import Person, check, measure
            >>> laci = measure("job-coaching-50-plus").with_parameters({"job_coaching_50.age_inclusive": True})
            >>> p = Person(birth_date="1974-03-01", domicile="CH-VS", registered_job_seeker=True, hard_to_place=True)
            >>> check(p, "job-coaching-50-plus", on="2024-03-01").outcome, check(p, laci, on="2024-03-01").outcome
            (<Outcome.INELIGIBLE: 'ineligible'>, <Outcome.ELIGIBLE: 'eligible'>)

        Raises:
            InvalidArgument: For an id the measure's rule does not read.
        """
        return attrs.evolve(self, rule=self.rule.with_parameters(values))

    def sessions(
        self,
        start: dt.date | str,
        *,
        until: dt.date | str | None = None,
        count: int | None = None,
    ) -> tuple[Session, ...]:
        """The measure's sessions from *start* (see :meth:`Schedule.sessions`).

        No session falls after the end of the measure's period in force: an
        open-ended series stops there when no *until* or *count* is given, and
        a later *until* or a larger *count* is cut at that day.

        Raises:
            InvalidArgument: If the measure has no schedule.
        """
        if self.schedule is None:
            raise InvalidArgument(
                "measure_id", f"{self.id!r} has no session schedule in its sources"
            )
        first = as_date(start, "start")
        last = None if until is None else as_date(until, "until")
        end = None if self.in_force is None else self.in_force.end
        if end is not None and (last is not None or count is None):
            last = end if last is None else min(last, end)
        found = self.schedule.sessions(first, until=last, count=count)
        return tuple(s for s in found if end is None or s.day <= end)

    def to_dict(self) -> dict[str, Any]:
        """The measure's metadata as JSON-ready data (the rule by id)."""
        return {
            "id": self.id,
            "label": self.label.to_dict(),
            "summary": self.summary.to_dict(),
            "rule": self.rule.id,
            "facts": sorted(self.rule.facts()),
            "source": self.source.to_dict(),
            "in_force": self.in_force.to_dict() if self.in_force else None,
            "responsible": [o.to_dict() for o in self.responsible],
            "providers": [o.to_dict() for o in self.providers],
            "referrers": [o.to_dict() for o in self.referrers],
            "price": self.price.to_dict() if self.price else None,
            "capacity": self.capacity.to_dict() if self.capacity else None,
            "format": self.format.to_dict() if self.format else None,
            "successor": self.successor,
            "parameters": [p.to_dict() for p in self.parameters()],
            "notes": [n.to_dict() for n in self.notes],
        }
