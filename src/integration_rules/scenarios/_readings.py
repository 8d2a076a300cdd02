"""Readings: parameter values a scenario sets, from the command line or a TOML file.

A reading maps parameter ids to values. A value applies on every date, or is
a list of ``{from = DATE, value = …}``: each value applies from its date on,
and before the first one the parameter keeps its values. In a file:

.. code-block:: toml

    "formavenir.min_difficulty_kinds" = 1
    "job_coaching_50.age" = [{ from = 2025-01-01, value = 45 }]

On the command line, ``--set formavenir.min_difficulty_kinds=1`` or
``--reading FILE.toml``; in Python, :func:`reading` takes the same values as
a mapping (``tomllib.load`` gives one from a file). A value
given as text is read as the parameter's own values are written: a whole
number, a decimal, an amount, a date, ``true``/``false``, or codes separated
by commas for a set.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from integration_rules._core import Change, Money, Parameter
from integration_rules._core._parameters import latest
from integration_rules.errors import IntegrationRulesError, InvalidArgument, quote
from integration_rules.measures import Measure

#: The earliest day a parameter's kept value is taken to apply from.
_ALWAYS = dt.date(1900, 1, 1)


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered not in {"true", "false"}:
        raise ValueError(text)
    return lowered == "true"


def _codes(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())


#: How a text is read for each type of value a parameter may hold (bool before int: a bool is an int).
_PARSERS: Final[tuple[tuple[type, Callable[[str, Any], Any]], ...]] = (
    (bool, lambda text, _current: _boolean(text)),
    (int, lambda text, _current: int(text)),
    (Money, lambda text, current: Money.of(Decimal(text), current.currency)),
    (Decimal, lambda text, _current: Decimal(text)),
    (dt.date, lambda text, _current: dt.date.fromisoformat(text)),
    (frozenset, lambda text, _current: _codes(text)),
    (str, lambda text, _current: text),
)


def parse_value(parameter: Parameter[Any], text: str) -> Any:
    """*text* as a value of *parameter*'s type (that of its latest value).

    Raises:
        InvalidArgument: Naming the parameter, the type expected and the text.
    """
    current = latest(parameter)
    for kind, parse in _PARSERS:
        if isinstance(current, kind):
            try:
                return parse(text.strip(), current)
            except (ValueError, InvalidOperation, IntegrationRulesError):
                break
    raise InvalidArgument(
        parameter.id,
        f"expected a value like {quote(_written(current))} ({type(current).__name__}), got {quote(text)}",
    )


def _written(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return ",".join(sorted(map(str, value)))
    return str(value)


def _parameters(measures: Iterable[Measure]) -> dict[str, Parameter[Any]]:
    found: dict[str, Parameter[Any]] = {}
    for measure in measures:
        for parameter in measure.rule.parameters():
            found.setdefault(parameter.id, parameter)
    return found


def _unknown(parameter_id: str, known: Iterable[str]) -> InvalidArgument:
    close = difflib.get_close_matches(parameter_id, list(known), n=1)
    hint = f'; did you mean "{close[0]}"?' if close else ""
    return InvalidArgument(
        "reading",
        f"{quote(parameter_id)} is a parameter none of the measures reads{hint}",
    )


def _dated(parameter: Parameter[Any], changes: list[tuple[dt.date, Any]]) -> Parameter[Any]:
    """*parameter* with *changes* from their dates on; its own values before the first."""
    first = min(day for day, _ in changes)
    kept: list[Change[Any]] = []
    if parameter.history is None:
        if first > _ALWAYS:
            kept.append(Change(_ALWAYS, parameter.value, source=parameter.source))
    else:
        kept.extend(c for c in parameter.history.changes if c.start < first)
    new = [Change(day, value, note="set by the scenario") for day, value in sorted(changes)]
    merged: list[Change[Any]] = []
    for change in [*kept, *new]:
        if merged and merged[-1].value == change.value:
            continue  # a change that keeps the value is no change
        merged.append(change)
    return Parameter.dated(
        parameter.id,
        merged,
        label=parameter.label,
        note=f"{parameter.note or ''} (a scenario's reading)".strip(),
    )


def reading(measures: Iterable[Measure], values: Mapping[str, Any]) -> tuple[Measure, ...]:
    """*measures* with the parameter values of *values* (a reading), each where its rule reads it.

    A value may be a plain value, a text (read with :func:`parse_value`), a
    :class:`~integration_rules.Parameter` of the same id, or a list of
    ``{"from": date, "value": value}`` (dated values; the parameter keeps its
    own before the first).

    Raises:
        InvalidArgument: For an id none of the measures reads (with the
            closest id), or a value the parameter cannot take.

    Example:
        >>> from integration_rules import measure
        >>> (reform,) = reading([measure("formavenir")], {"formavenir.min_difficulty_kinds": "1"})
        >>> [p.value for p in reform.rule.parameters() if p.id == "formavenir.min_difficulty_kinds"]
        [1]
    """
    chosen = tuple(measures)
    known = _parameters(chosen)
    replacements: dict[str, Any] = {}
    for parameter_id, value in values.items():
        parameter = known.get(parameter_id)
        if parameter is None:
            raise _unknown(parameter_id, known)
        replacements[parameter_id] = _value(parameter, value)
    return tuple(
        m.with_parameters(
            {k: v for k, v in replacements.items() if k in {p.id for p in m.rule.parameters()}}
        )
        for m in chosen
    )


def _value(parameter: Parameter[Any], value: Any) -> Any:
    if isinstance(value, str):
        return parameter.with_value(parse_value(parameter, value), note="set by the scenario")
    if isinstance(value, list):
        changes = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"from", "value"}:
                raise InvalidArgument(
                    parameter.id,
                    f"expected dated values like {{from = 2025-01-01, value = …}}, got {quote(item)}",
                )
            day = item["from"]
            if isinstance(day, str):
                day = dt.date.fromisoformat(day)
            if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                raise InvalidArgument(parameter.id, f"expected a date for from, got {quote(day)}")
            raw = item["value"]
            changes.append((day, parse_value(parameter, str(raw)) if not isinstance(raw, bool) else raw))
        if not changes:
            raise InvalidArgument(parameter.id, "expected at least one dated value, got none")
        return _dated(parameter, changes)
    if isinstance(value, Parameter):
        return value
    return parameter.with_value(
        parse_value(parameter, _written(value)) if not isinstance(value, Money) else value,
        note="set by the scenario",
    )
