"""What each kind of leaf means: its entry in the table of operations.

A leaf is data (:mod:`~integration_rules._core._leaves`): the facts it reads
and the values it compares with. Its meaning is here, once per kind, as an
:class:`~integration_rules._core._ops.Operation`:

- ``test``: the decision on known values, with the detail of what was computed;
- ``changes``: the days the answer changes while the facts stay the same;
- ``candidates``: the changes of one fact that could change the answer;
- ``message`` and ``ident``: the generated label and id;
- ``inline``: the test as a Python expression, for compiled plans (optional);
- ``vector``: the test over columns, for the columnar executor (optional:
  without it, the columnar executor runs ``test`` row by row).

The functions read the leaf's fields only; none imports the leaf classes.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, Final

from integration_rules._core._dates import (
    add_months,
    add_years,
    completed_years,
    ordinal,
)
from integration_rules._core._operation import OPERATORS, Operation, Vectors, Writer
from integration_rules._core._parameters import Parameter, is_dated, latest, resolve
from integration_rules._core._reading import (
    Breakpoint,
    FactChange,
    date_fact,
    read_fact,
    show,
)
from integration_rules._core._text import Phrase
from integration_rules.errors import EvaluationError, InvalidArgument

_SETS: Final = frozenset({frozenset, set, tuple, list})
Test = tuple[bool, Phrase | None]


def birthday(n: int) -> Phrase:
    """The reason "15th birthday", in every language."""
    return Phrase("age.birthday", (ordinal(n),))


def _optional(value: Any, on: dt.date) -> Any:
    return None if value is None else resolve(value, on)


# -- ages -----------------------------------------------------------------------------


def _age_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    born = date_fact(leaf.id, leaf.fact, values[0])
    if born > on:
        raise EvaluationError(
            leaf.fact,
            f"is after the evaluation date {on.isoformat()}; an age cannot be computed",
        )
    age = completed_years(born, on=on)
    low, high = _optional(leaf.minimum, on), _optional(leaf.maximum, on)
    holds = (low is None or age >= low) and (high is None or age <= high)
    return holds, Phrase("age.completed", (age, on.isoformat()))


def _age_changes(
    leaf: Any, values: tuple[Any, ...], start: dt.date, _end: dt.date
) -> Iterable[Breakpoint]:
    born = date_fact(leaf.id, leaf.fact, values[0])
    if leaf.minimum is not None:
        low = resolve(leaf.minimum, start)
        yield Breakpoint(add_years(born, low), leaf.id, birthday(low))
    if leaf.maximum is not None:
        high = resolve(leaf.maximum, start)
        yield Breakpoint(add_years(born, high + 1), leaf.id, birthday(high + 1))


def _age_message(leaf: Any) -> Phrase:
    if leaf.maximum is None:
        return Phrase("age.at_least", (leaf.minimum,))
    if leaf.minimum is None:
        return Phrase("age.at_most", (leaf.maximum,))
    return Phrase("age.between", (leaf.minimum, leaf.maximum))


def _age_ident(leaf: Any, _name: Callable[[Any], str]) -> str:
    if leaf.maximum is None:
        return f"age_at_least({leaf.fact!r}, {show(leaf.minimum)})"
    if leaf.minimum is None:
        return f"age_at_most({leaf.fact!r}, {show(leaf.maximum)})"
    return f"age_between({leaf.fact!r}, {show(leaf.minimum)}, {show(leaf.maximum)})"


def _age_inline(leaf: Any, inputs: Sequence[str], w: Writer) -> str | None:
    (value,) = inputs
    # completed_years, inlined: a 29 February birthday falls on 28 February in a common year.
    w.once("_od = (on.month, on.day)")
    w.once(f"_f28 = _od == (2, 28) and not {w.name(calendar.isleap)}(on.year)")
    age = w.var()
    bound = (
        f"({age} := (on.year - {value}.year - (_od < ({value}.month, {value}.day)) "
        f"+ (_f28 and {value}.month == 2 and {value}.day == 29)))"
    )
    # As the test: the age first, then "age >= minimum", then "age <= maximum";
    # a bound whose value is None (a dated parameter's, that day) is no bound.
    limits = [
        (limit, op)
        for limit, op in ((leaf.minimum, ">="), (leaf.maximum, "<="))
        if limit is not None and (is_dated(limit) or latest(limit) is not None)
    ]
    checks = []
    if not limits or is_dated(limits[0][0]):
        checks.append(f"{bound} is not None")  # the age, computed whatever the bounds
        bound = age
    for limit, op in limits:
        known = w.value(limit)
        if is_dated(limit):
            checks.append(f"({known} is None or {bound} {op} {known})")
        else:
            checks.append(f"{bound} {op} {known}")
        bound = age
    return w.guarded(
        value,
        f"type({value}) is {w.name(dt.date)} and {value} <= on",
        f"({' and '.join(checks)})",
    )


AGE_BETWEEN: Final = Operation(
    kind="age_between",
    values=lambda leaf: (leaf.minimum, leaf.maximum),
    test=_age_test,
    changes=_age_changes,
    message=_age_message,
    ident=_age_ident,
    inline=_age_inline,
    vector=lambda leaf, v: v.age_between(
        leaf.fact, _optional(leaf.minimum, v.on), _optional(leaf.maximum, v.on)
    ),
)


def _any_age_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    dates = values[0]
    if isinstance(dates, str | bytes) or not isinstance(dates, Collection):
        raise EvaluationError(
            leaf.fact, f"rule {leaf.id!r} expects a collection of dates"
        )
    born = [date_fact(leaf.id, leaf.fact, d) for d in dates]
    low, high = resolve(leaf.minimum, on), resolve(leaf.maximum, on)
    ages = sorted(completed_years(d, on=on) for d in born if d <= on)
    holds = any(low <= age <= high for age in ages)
    return holds, Phrase(
        "any_age_between.ages", (", ".join(str(a) for a in ages) or "—",)
    )


def _any_age_changes(
    leaf: Any, values: tuple[Any, ...], start: dt.date, _end: dt.date
) -> Iterable[Breakpoint]:
    low, high = resolve(leaf.minimum, start), resolve(leaf.maximum, start)
    for value in values[0]:
        born = date_fact(leaf.id, leaf.fact, value)
        yield Breakpoint(born, leaf.id, Phrase("age.birth"))
        yield Breakpoint(add_years(born, low), leaf.id, birthday(low))
        yield Breakpoint(add_years(born, high + 1), leaf.id, birthday(high + 1))


ANY_AGE_BETWEEN: Final = Operation(
    kind="any_age_between",
    values=lambda leaf: (leaf.minimum, leaf.maximum),
    test=_any_age_test,
    changes=_any_age_changes,
    message=lambda leaf: Phrase(
        "any_age_between", (leaf.fact, leaf.minimum, leaf.maximum)
    ),
    ident=lambda leaf, _name: (
        f"any_age_between({leaf.fact!r}, {show(leaf.minimum)}, {show(leaf.maximum)})"
    ),
)


# -- time elapsed since a date --------------------------------------------------------


def _elapsed(
    kind: str, unit: str, mark: Callable[[dt.date, int], dt.date]
) -> Operation:
    """The operation of "at least / more than *amount* units since the date *fact*"."""

    def first_day(leaf: Any, since: dt.date, on: dt.date) -> tuple[dt.date, int]:
        amount = resolve(leaf.amount, on)
        day = mark(since, amount)
        return (day + dt.timedelta(days=1) if leaf.strict else day), amount

    def test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
        first, amount = first_day(leaf, date_fact(leaf.id, leaf.fact, values[0]), on)
        holds = on >= first
        # The date shown is the first day the condition holds: said as such,
        # "holds since" it or "would first hold on" it, never as a bare "on".
        code = f"{kind}.{'more_than_' if leaf.strict else ''}{'held' if holds else 'pending'}"
        return holds, Phrase(code, (amount, first.isoformat()))

    def changes(
        leaf: Any, values: tuple[Any, ...], start: dt.date, _end: dt.date
    ) -> Iterable[Breakpoint]:
        first, amount = first_day(leaf, date_fact(leaf.id, leaf.fact, values[0]), start)
        code = f"{kind}.more_than" if leaf.strict else f"{kind}.reached"
        yield Breakpoint(first, leaf.id, Phrase(code, (amount, leaf.fact)))

    def message(leaf: Any) -> Phrase:
        code = f"{kind}.more_than" if leaf.strict else f"{kind}.at_least"
        return Phrase(code, (leaf.amount, leaf.fact))

    def ident(leaf: Any, _name: Callable[[Any], str]) -> str:
        bound = "more_than" if leaf.strict else "at_least"
        return f"{unit}_since({leaf.fact!r}, {bound}={show(leaf.amount)})"

    def values(leaf: Any) -> tuple[object, ...]:
        if leaf.inclusive is not None:
            return (leaf.amount, leaf.inclusive)
        return (leaf.amount,)

    def inline(leaf: Any, inputs: Sequence[str], w: Writer) -> str | None:
        (value,) = inputs
        reached = ">" if leaf.strict else ">="
        amount = leaf.amount
        amounts = (
            [c.value for c in amount.history.changes] if is_dated(amount) else [latest(amount)]
        )
        if any(type(a) is not int for a in amounts):
            return None  # the test says what it makes of another value
        day = f"{w.name(mark)}({value}, {w.value(amount)})"
        # A date whose anniversary falls past the calendar's end is left to the test.
        most = max(amounts)
        years = most if unit == "years" else most // 12 + 1
        last = dt.date(max(1, 9998 - years), 1, 1)
        return w.guarded(
            value,
            f"type({value}) is {w.name(dt.date)} and {value} < {w.name(last)}",
            f"on {reached} {day}",
        )

    return Operation(
        kind=kind,
        values=values,
        test=test,
        changes=changes,
        message=message,
        ident=ident,
        inline=inline,
        vector=lambda leaf, v: v.elapsed(
            leaf.fact, unit, resolve(leaf.amount, v.on), strict=leaf.strict
        ),
    )


YEARS_SINCE: Final = _elapsed("years_since", "years", add_years)
MONTHS_SINCE: Final = _elapsed("months_since", "months", add_months)


# -- values ---------------------------------------------------------------------------


def _scale_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    (actual,) = values
    if actual not in leaf.scale:
        raise EvaluationError(
            leaf.fact, f"rule {leaf.id!r} expects a value on its scale"
        )
    return leaf.scale.index(actual) >= leaf.scale.index(resolve(leaf.minimum, on)), None


def _scale_candidates(leaf: Any, _subject: object) -> tuple[FactChange, ...]:
    minimum = latest(leaf.minimum)
    index = leaf.scale.index(minimum)
    below = (FactChange(leaf.fact, leaf.scale[index - 1]),) if index > 0 else ()
    return (FactChange(leaf.fact, minimum), *below)


ON_SCALE: Final = Operation(
    kind="at_least_on_scale",
    values=lambda leaf: (leaf.minimum,),
    test=_scale_test,
    candidates=_scale_candidates,
    message=lambda leaf: Phrase("on_scale", (leaf.fact, leaf.minimum)),
    ident=lambda leaf, _name: f"at_least_on_scale({leaf.fact!r}, {show(leaf.minimum)})",
    vector=lambda leaf, v: v.on_scale(
        leaf.fact, resolve(leaf.minimum, v.on), leaf.scale
    ),
)


def _compare_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    (actual,) = values
    expected = resolve(leaf.value, on)
    try:
        return bool(OPERATORS[leaf.op](actual, expected)), None
    except (
        TypeError,
        InvalidArgument,
    ):  # Money refuses a bare number or another currency
        raise EvaluationError(
            leaf.fact,
            f"cannot be compared with {type(expected).__name__} by rule {leaf.id!r}",
        ) from None


def _compare_candidates(leaf: Any, _subject: object) -> tuple[FactChange, ...]:
    value = latest(leaf.value)
    if isinstance(value, int) and not isinstance(value, bool):
        return tuple(FactChange(leaf.fact, v) for v in (value, value - 1, value + 1))
    return (FactChange(leaf.fact, value),)


def _compare_inline(leaf: Any, inputs: Sequence[str], w: Writer) -> str | None:
    expected = leaf.value
    if isinstance(expected, Parameter):
        if expected.history is not None:
            return None
        expected = expected.value
    if type(expected) is not str:
        return None
    (value,) = inputs
    return w.guarded(value, f"type({value}) is str", f"{value} {leaf.op} {w.name(expected)}")


COMPARE: Final = Operation(
    kind="compare",
    values=lambda leaf: (leaf.value,),
    test=_compare_test,
    candidates=_compare_candidates,
    message=lambda leaf: Phrase("compare", (leaf.fact, leaf.op, leaf.value)),
    ident=lambda leaf, _name: (
        f"compare({leaf.fact!r}, {leaf.op!r}, {show(leaf.value)})"
    ),
    inline=_compare_inline,
    vector=lambda leaf, v: v.compare(leaf.fact, leaf.op, resolve(leaf.value, v.on)),
)


def _between_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    (actual,) = values
    low, high = resolve(leaf.minimum, on), resolve(leaf.maximum, on)
    try:
        return bool(low <= actual <= high), None
    except (TypeError, InvalidArgument):  # Money refuses a bare number or another currency
        raise EvaluationError(
            leaf.fact,
            f"cannot be compared with {type(low).__name__} by rule {leaf.id!r}",
        ) from None


def _between_candidates(leaf: Any, _subject: object) -> tuple[FactChange, ...]:
    low, high = latest(leaf.minimum), latest(leaf.maximum)
    steps = (low - 1, high + 1) if type(low) is int and type(high) is int else ()
    return tuple(FactChange(leaf.fact, v) for v in (low, high, *steps))


def _between_vector(leaf: Any, v: Vectors) -> Any:
    low = v.compare(leaf.fact, ">=", resolve(leaf.minimum, v.on))
    high = v.compare(leaf.fact, "<=", resolve(leaf.maximum, v.on))
    return None if low is None or high is None else low & high


BETWEEN: Final = Operation(
    kind="between",
    values=lambda leaf: (leaf.minimum, leaf.maximum),
    test=_between_test,
    candidates=_between_candidates,
    message=lambda leaf: Phrase("between", (leaf.fact, leaf.minimum, leaf.maximum)),
    ident=lambda leaf, _name: (
        f"between({leaf.fact!r}, {show(leaf.minimum)}, {show(leaf.maximum)})"
    ),
    vector=_between_vector,
)


def _count_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    (actual,) = values
    if type(actual) not in _SETS and (
        isinstance(actual, str) or not isinstance(actual, Collection)
    ):
        raise EvaluationError(
            leaf.fact, f"rule {leaf.id!r} expects a set, a sequence or a list of dates"
        )
    return bool(OPERATORS[leaf.op](len(actual), resolve(leaf.number, on))), None


def _count_candidates(leaf: Any, subject: object) -> tuple[FactChange, ...]:
    current = read_fact(subject, leaf.fact)
    if not isinstance(current, frozenset | tuple) or not current:
        return ()
    # Fewer values: the first ones kept (a set's in sorted order).
    ordered = sorted(current, key=repr) if isinstance(current, frozenset) else list(current)
    kind = frozenset if isinstance(current, frozenset) else tuple
    return tuple(
        FactChange(leaf.fact, kind(ordered[:n])) for n in range(len(ordered) - 1, -1, -1)
    )


COUNT: Final = Operation(
    kind="count",
    values=lambda leaf: (leaf.number,),
    test=_count_test,
    candidates=_count_candidates,
    message=lambda leaf: Phrase("count", (leaf.fact, leaf.op, leaf.number)),
    ident=lambda leaf, _name: (
        f"count_of({leaf.fact!r}, {leaf.op!r}, {show(leaf.number)})"
    ),
    vector=lambda leaf, v: v.count(leaf.fact, leaf.op, resolve(leaf.number, v.on)),
)


def _is_true_test(leaf: Any, values: tuple[Any, ...], _on: dt.date) -> Test:
    (actual,) = values
    if not isinstance(actual, bool):
        raise EvaluationError(leaf.fact, f"rule {leaf.id!r} expects a yes/no fact")
    return actual, None


def _is_true_inline(_leaf: Any, inputs: Sequence[str], w: Writer) -> str:
    (value,) = inputs
    return w.guarded(value, f"type({value}) is bool", value)


IS_TRUE: Final = Operation(
    kind="is_true",
    test=_is_true_test,
    candidates=lambda leaf, _subject: (
        FactChange(leaf.fact, True),
        FactChange(leaf.fact, False),
    ),
    message=lambda leaf: Phrase("is_true", (leaf.fact,)),
    ident=lambda leaf, _name: f"is_true({leaf.fact!r})",
    inline=_is_true_inline,
    vector=lambda leaf, v: v.boolean(leaf.fact),
)


def _one_of_test(leaf: Any, values: tuple[Any, ...], on: dt.date) -> Test:
    (actual,) = values
    try:
        return actual in resolve(leaf.values, on), None
    except TypeError:
        raise EvaluationError(
            leaf.fact, f"rule {leaf.id!r} expects a single value"
        ) from None


def _one_of_inline(leaf: Any, inputs: Sequence[str], w: Writer) -> str | None:
    allowed = leaf.values
    if isinstance(allowed, Parameter):
        if allowed.history is not None:
            return None
        allowed = allowed.value
    (value,) = inputs
    return w.guarded(value, f"type({value}) is str", f"{value} in {w.name(allowed)}")


ONE_OF: Final = Operation(
    kind="one_of",
    values=lambda leaf: (leaf.values,) if isinstance(leaf.values, Parameter) else (),
    test=_one_of_test,
    candidates=lambda leaf, _subject: tuple(
        FactChange(leaf.fact, v) for v in sorted(latest(leaf.values), key=repr)
    ),
    message=lambda leaf: Phrase("one_of", (leaf.fact, leaf.values)),
    ident=lambda leaf, _name: f"one_of({leaf.fact!r}, {show(leaf.values)})",
    inline=_one_of_inline,
    vector=lambda leaf, v: v.member(leaf.fact, resolve(leaf.values, v.on)),
)


def _contains_test(leaf: Any, values: tuple[Any, ...], _on: dt.date) -> Test:
    (actual,) = values
    if type(actual) not in _SETS and (
        isinstance(actual, str) or not isinstance(actual, Collection)
    ):
        raise EvaluationError(leaf.fact, f"rule {leaf.id!r} expects a set-valued fact")
    return leaf.value in actual, None


def _contains_candidates(leaf: Any, subject: object) -> tuple[FactChange, ...]:
    current = read_fact(subject, leaf.fact)
    known = (
        frozenset(current)
        if isinstance(current, frozenset | set | tuple | list)
        else frozenset()
    )
    return (FactChange(leaf.fact, known | {leaf.value}),)


def _contains_inline(leaf: Any, inputs: Sequence[str], w: Writer) -> str | None:
    (value,) = inputs
    try:
        hash(leaf.value)
    except TypeError:
        return None  # never in a set: the test says so, or refuses
    return w.guarded(value, f"type({value}) is frozenset", f"{w.name(leaf.value)} in {value}")


CONTAINS: Final = Operation(
    kind="contains",
    test=_contains_test,
    candidates=_contains_candidates,
    message=lambda leaf: Phrase("contains", (leaf.fact, leaf.value)),
    ident=lambda leaf, _name: f"contains({leaf.fact!r}, {show(leaf.value)})",
    inline=_contains_inline,
    vector=lambda leaf, v: v.has(leaf.fact, leaf.value),
)


def _predicate_changes(
    leaf: Any, values: tuple[Any, ...], start: dt.date, end: dt.date
) -> Iterable[Breakpoint]:
    if leaf.changes is None:
        return ()
    reason = Phrase("predicate.changes", (leaf.id,))
    return (
        Breakpoint(day, leaf.id, reason)
        for day in leaf.changes(*values, start=start, end=end)
    )


PREDICATE: Final = Operation(
    kind="predicate",
    reads=lambda leaf: leaf.fact_names,
    test=lambda leaf, values, on: (bool(leaf.function(*values, on=on)), None),
    changes=_predicate_changes,
    message=None,
    ident=lambda leaf, _name: (
        f"predicate({getattr(leaf.function, '__name__', 'function')!r})"
    ),
)

#: The entries of the leaves, in the order the documentation lists them.
LEAF_OPERATIONS: Final = (
    AGE_BETWEEN,
    ANY_AGE_BETWEEN,
    YEARS_SINCE,
    MONTHS_SINCE,
    ON_SCALE,
    COMPARE,
    BETWEEN,
    COUNT,
    IS_TRUE,
    ONE_OF,
    CONTAINS,
    PREDICATE,
)
