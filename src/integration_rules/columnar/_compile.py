"""Compile a rule tree to vectorised numpy operations with Kleene logic.

Each node evaluates to two boolean arrays, *t* (certainly true) and *f*
(certainly false); neither means undetermined. Conjunction, disjunction,
negation and at-least-n follow Kleene's strong logic on (t, f), and the
missing facts of each row travel as a bit mask over the facts, combined
exactly as :meth:`Rule.evaluate` combines ``missing`` sets. Leaves that
cannot be vectorised (a custom predicate, an age among several birth dates)
are evaluated row by row with the very same leaf, so the engine is total and
agrees with :func:`~integration_rules.rules.evaluate` on every row.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import numpy as np
from attrs import frozen

from integration_rules._core import (
    AgeBetween,
    AllOf,
    AnyOf,
    AtLeast,
    Compare,
    Contains,
    IsTrue,
    Leaf,
    MonthsSince,
    Not,
    OneOf,
    OnScale,
    Outcome,
    Rule,
    YearsSince,
    resolve,
)
from integration_rules.columnar._columns import Column, Columns, date_key

Array = np.ndarray[Any, Any]
ELIGIBLE: Final = 2
UNDETERMINED: Final = 1
INELIGIBLE: Final = 0
_CODES: Final = {
    Outcome.ELIGIBLE: ELIGIBLE,
    Outcome.UNDETERMINED: UNDETERMINED,
    Outcome.INELIGIBLE: INELIGIBLE,
}
_OPS: Final[Mapping[str, Callable[[Any, Any], Any]]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


@frozen(eq=False)
class Evaluated:
    """A node's result over all rows: certainly true, certainly false, and missing-fact bits."""

    t: Array
    f: Array
    missing: Array


FEBRUARY: Final = 2
LEAP_DAY: Final = 29


def _leap(years: Array) -> Array:
    return np.asarray(
        (years % 4 == 0) & ((years % 100 != 0) | (years % 400 == 0)), dtype=bool
    )


_DAYS: Final = np.array(
    [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32
)


def _split(keys: Array) -> tuple[Array, Array, Array]:
    keys = keys.astype(np.int32)
    return keys // 10000, keys // 100 % 100, keys % 100


def _add(keys: Array, *, years: int = 0, months: int = 0) -> Array:
    """``date + relativedelta(years=, months=)`` on yyyymmdd keys, the day clamped to the month's end."""
    y, m, d = _split(keys)
    total = y * 12 + (m - 1) + years * 12 + months
    ty, tm = total // 12, total % 12 + 1
    last = _DAYS[tm] + ((tm == FEBRUARY) & _leap(ty))
    return np.asarray(ty * 10000 + tm * 100 + np.minimum(d, last), dtype=np.int32)


def _completed_years(keys: Array, on: dt.date) -> Array:
    y, m, d = _split(keys)
    leap_on = on.year % 4 == 0 and (on.year % 100 != 0 or on.year % 400 == 0)
    anniversary = np.where(
        (m == FEBRUARY) & (d == LEAP_DAY) & (not leap_on), LEAP_DAY - 1, d
    )
    before = (on.month < m) | ((on.month == m) & (on.day < anniversary))
    return np.asarray(on.year - y - before.astype(np.int32), dtype=np.int32)


class Compiler:
    """Evaluate rules over :class:`Columns`, node by node, with numpy."""

    def __init__(
        self, columns: Columns, on: dt.date, fact_bits: Mapping[str, int]
    ) -> None:
        self.columns = columns
        self.on = on
        self.bits = fact_bits
        self.n = columns.size
        self.leaves: dict[str, Evaluated] = {}

    def _bit(self, names: Sequence[str]) -> int:
        mask = 0
        for name in names:
            mask |= 1 << self.bits[name]
        return mask

    def evaluate(self, rule: Rule) -> Evaluated:
        """The rule's (t, f, missing) over every row."""
        if rule.in_force is not None and not rule.in_force.contains(self.on):
            zeros = np.zeros(self.n, dtype=bool)
            return Evaluated(zeros, ~zeros, np.zeros(self.n, dtype=np.int64))
        if isinstance(rule, Leaf):
            result = self._leaf(rule)
            self.leaves[rule.id] = result
            return result
        if isinstance(rule, Not):
            inner = self.evaluate(rule.child)
            return Evaluated(inner.f, inner.t, inner.missing)
        parts = [self.evaluate(child) for child in rule.children]  # type: ignore[attr-defined]
        if isinstance(rule, AllOf):
            t = np.logical_and.reduce([p.t for p in parts])
            f = np.logical_or.reduce([p.f for p in parts])
        elif isinstance(rule, AnyOf):
            t = np.logical_or.reduce([p.t for p in parts])
            f = np.logical_and.reduce([p.f for p in parts])
        elif isinstance(rule, AtLeast):
            needed = resolve(rule.n, self.on)
            true_count = np.sum([p.t for p in parts], axis=0)
            open_count = np.sum([~(p.t | p.f) for p in parts], axis=0)
            t = true_count >= needed
            f = true_count + open_count < needed
        else:  # pragma: no cover - every combination is one of the above
            raise TypeError(f"cannot compile {type(rule).__name__}")
        undetermined = ~(t | f)
        missing = np.bitwise_or.reduce([p.missing for p in parts]) * undetermined
        return Evaluated(t, f, missing)

    # -- leaves -----------------------------------------------------------------------------

    def _known(self, leaf: Leaf) -> tuple[Array, Array]:
        known = np.ones(self.n, dtype=bool)
        missing = np.zeros(self.n, dtype=np.int64)
        for name in leaf.reads:
            column = self.columns.column(name)
            known &= column.known
            missing |= np.where(column.known, 0, 1 << self.bits[name]).astype(np.int64)
        return known, missing

    def _leaf(self, leaf: Leaf) -> Evaluated:
        holds = self._vector(leaf)
        if holds is None:
            return self._row_by_row(leaf)
        known, missing = self._known(leaf)
        return Evaluated(known & holds, known & ~holds, missing)

    def _vector(self, leaf: Leaf) -> Array | None:
        """The leaf's truth on known rows, or ``None`` when it cannot be vectorised."""
        for kind, method in _VECTORS:
            if isinstance(leaf, kind):
                return method(self, leaf)
        return None

    def _is_true(self, leaf: IsTrue) -> Array | None:
        column = self.columns.column(leaf.fact)
        return column.values.astype(bool) if column.kind == "bool" else None

    def _one_of(self, leaf: OneOf) -> Array | None:
        column = self.columns.column(leaf.fact)
        if column.kind != "category":
            return None
        return np.isin(column.values, [column.code(v) for v in leaf.values])

    def _contains(self, leaf: Contains) -> Array | None:
        column = self.columns.column(leaf.fact)
        if column.kind != "set":
            return None
        if leaf.value not in column.vocabulary:
            return np.zeros(self.n, dtype=bool)
        return np.asarray(
            (column.values & (1 << column.vocabulary.index(leaf.value))) != 0,
            dtype=bool,
        )

    def _on_scale(self, leaf: OnScale) -> Array | None:
        column = self.columns.column(leaf.fact)
        if column.kind != "category" or column.vocabulary != leaf.scale:
            return None
        return np.asarray(
            column.values >= column.code(resolve(leaf.minimum, self.on)), dtype=bool
        )

    def _age(self, leaf: AgeBetween) -> Array | None:
        column = self.columns.column(leaf.fact)
        if column.kind != "date":
            return None
        age = _completed_years(column.values, self.on)
        holds = np.ones(self.n, dtype=bool)
        if leaf.minimum is not None:
            holds &= age >= resolve(leaf.minimum, self.on)
        if leaf.maximum is not None:
            holds &= age <= resolve(leaf.maximum, self.on)
        return holds

    def _elapsed(self, leaf: YearsSince | MonthsSince) -> Array | None:
        column = self.columns.column(leaf.fact)
        if column.kind != "date":
            return None
        amount = resolve(leaf.amount, self.on)
        if isinstance(leaf, YearsSince):
            mark = _add(column.values, years=amount)
        else:
            mark = _add(column.values, months=amount)
        today = date_key(self.on)
        return np.asarray(today > mark if leaf.strict else today >= mark, dtype=bool)

    def _compare_leaf(self, leaf: Compare) -> Array | None:
        return self._compare(leaf, self.columns.column(leaf.fact))

    def _compare(self, leaf: Compare, column: Column) -> Array | None:
        value = resolve(leaf.value, self.on)
        op = _OPS[leaf.op]
        if (
            column.kind == "date"
            and isinstance(value, dt.date)
            and not isinstance(value, dt.datetime)
        ):
            return op(column.values, date_key(value))  # type: ignore[no-any-return]
        if column.kind == "category" and leaf.op in {"==", "!="}:
            return op(column.values, column.code(value))  # type: ignore[no-any-return]
        if (
            column.kind == "bool"
            and isinstance(value, bool)
            and leaf.op in {"==", "!="}
        ):
            return op(column.values, value)  # type: ignore[no-any-return]
        return None

    def _row_by_row(self, leaf: Leaf) -> Evaluated:
        t = np.zeros(self.n, dtype=bool)
        f = np.zeros(self.n, dtype=bool)
        missing = np.zeros(self.n, dtype=np.int64)
        columns = [self.columns.column(name) for name in leaf.reads]
        for row in range(self.n):
            subject = {
                name: column.decode(row)
                for name, column in zip(leaf.reads, columns, strict=True)
            }
            node = leaf.evaluate(subject, self.on)
            t[row] = node.outcome is Outcome.ELIGIBLE
            f[row] = node.outcome is Outcome.INELIGIBLE
            if node.missing:
                missing[row] = self._bit(sorted(node.missing))
        return Evaluated(t, f, missing)


_VECTORS: Final[
    tuple[tuple[type[Leaf], Callable[[Compiler, Any], Array | None]], ...]
] = (
    (IsTrue, Compiler._is_true),  # noqa: SLF001 - the dispatch table of the class
    (OneOf, Compiler._one_of),  # noqa: SLF001
    (Contains, Compiler._contains),  # noqa: SLF001
    (Compare, Compiler._compare_leaf),  # noqa: SLF001
    (OnScale, Compiler._on_scale),  # noqa: SLF001
    (AgeBetween, Compiler._age),  # noqa: SLF001
    (YearsSince, Compiler._elapsed),  # noqa: SLF001
    (MonthsSince, Compiler._elapsed),  # noqa: SLF001
)


def outcome_codes(result: Evaluated) -> Array:
    """``2`` eligible, ``1`` undetermined, ``0`` ineligible, per row."""
    return np.where(
        result.t, ELIGIBLE, np.where(result.f, INELIGIBLE, UNDETERMINED)
    ).astype(np.int8)


def missing_names(mask: int, facts: Sequence[str]) -> frozenset[str]:
    """The fact names of a missing-facts bit mask."""
    return frozenset(name for i, name in enumerate(facts) if mask >> i & 1)
