"""Compile a rule tree to vectorised numpy operations with Kleene logic.

Each node evaluates to one ``int8`` array of codes per row: 0 false
(ineligible), 1 unknown (undetermined), 2 true (eligible). On these codes
Kleene's strong logic is arithmetic: a conjunction is the minimum, a
disjunction the maximum, a negation ``2 - v``; so a three-valued rule costs
about what a two-valued one does, and the root's codes are the outcomes.

Missing facts are computed on demand, for the undetermined rows only, from
the codes kept for every node, exactly as :meth:`Rule.evaluate` combines
``missing`` sets. Leaves that cannot be vectorised (a custom predicate, an
age among several birth dates) are evaluated row by row with the very same
leaf, so the engine is total and agrees with
:func:`~integration_rules.rules.evaluate` on every row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import attrs
import numpy as np

from integration_rules._core import Outcome, Rule, Text, resolve
from integration_rules._core._operation import OPERATORS
from integration_rules._core._ops import operation
from integration_rules.columnar._columns import Column, Columns, date_key

Array = np.ndarray[Any, Any]
ELIGIBLE: Final = 2
UNDETERMINED: Final = 1
INELIGIBLE: Final = 0
FEBRUARY: Final = 2
_CODES: Final = {
    Outcome.ELIGIBLE: ELIGIBLE,
    Outcome.UNDETERMINED: UNDETERMINED,
    Outcome.INELIGIBLE: INELIGIBLE,
}
#: The comparison operators of :class:`Compare` leaves (they apply to arrays as they are).
_OPS: Final[Mapping[str, Callable[[Any, Any], Any]]] = OPERATORS
_BLANK: Final = Text.same("_")
_DAYS: Final = np.array(
    [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32
)


#: The number of bits set in each byte, for :func:`popcount` without ``np.bitwise_count``.
_BYTE_BITS: Final = np.array([i.bit_count() for i in range(256)], dtype=np.uint8)


def popcount_bytes(values: Array) -> Array:
    """The number of bits set in each ``uint32`` of *values*, by a byte lookup table (any NumPy)."""
    as_bytes = np.ascontiguousarray(values, dtype=np.uint32).view(np.uint8)
    return np.asarray(
        _BYTE_BITS[as_bytes].reshape(-1, 4).sum(axis=1, dtype=np.uint8), dtype=np.uint8
    )


def popcount(values: Array) -> Array:
    """The number of bits set in each ``uint32`` of *values*: ``np.bitwise_count`` from NumPy 2.0, a lookup table before."""
    count = getattr(np, "bitwise_count", None)
    if count is None:
        return popcount_bytes(values)
    return np.asarray(count(values))


def _leap(years: Array) -> Array:
    return np.asarray(
        (years % 4 == 0) & ((years % 100 != 0) | (years % 400 == 0)), dtype=bool
    )


def _add(keys: Array, *, months: int) -> Array:
    """``date + relativedelta(months=)`` on yyyymmdd keys, the day clamped to the month's end."""
    y, md = keys // 10000, keys % 10000
    m, d = md // 100, md % 100
    total = y * 12 + (m - 1) + months
    ty, tm = total // 12, total % 12 + 1
    last = _DAYS[tm] + ((tm == FEBRUARY) & _leap(ty))
    return np.asarray(ty * 10000 + tm * 100 + np.minimum(d, last), dtype=np.int32)


#: The kinds whose columns hold whole numbers (decimals and money scaled).
_NUMBERS: Final = frozenset({"integer", "decimal", "money"})


class Compiler:
    """Evaluate rules over :class:`Columns` with numpy, keeping every node's codes."""

    def __init__(
        self, columns: Columns, on: dt.date, fact_bits: Mapping[str, int]
    ) -> None:
        self.columns = columns
        self.on = on
        self.bits = fact_bits
        self.n = columns.size
        self.codes: dict[int, Array] = {}
        self._shared: dict[object, Array] = {}
        self._optional: dict[object, Array | None] = {}

    def evaluate(self, rule: Rule) -> Array:
        """The rule's codes over every row (also kept, by rule identity, for :meth:`missing`)."""
        found = self.codes.get(id(rule))
        if found is not None:
            return found
        codes = self._evaluate(rule)
        self.codes[id(rule)] = codes
        return codes

    def outcomes(self, rule: Rule) -> Array:
        """The rule's codes over every row: two-valued when every fact it reads is known on every row.

        Then the parts are truths, combined by the same operations over the
        algebra of truths, and turned into codes once, at the root. Otherwise
        (and for :meth:`missing` and the parts' codes) three-valued codes.
        """
        if all(self.columns.column(name).all_known for name in rule.facts()):
            return np.left_shift(self.truth(rule).view(np.int8), 1)
        return self.evaluate(rule)

    def truth(self, rule: Rule) -> Array:
        """Whether *rule* holds on each row, every fact it reads being known on every row."""
        if rule.in_force is not None and not rule.in_force.contains(self.on):
            return np.zeros(self.n, dtype=bool)
        op = operation(rule)
        if op.test is not None:
            holds = self._vector(rule)
            return np.asarray(self._leaf(rule) == ELIGIBLE) if holds is None else holds
        if op.kind == "at_least_n_of":
            counted = self._counted(rule, resolve(rule.n, self.on))  # type: ignore[attr-defined]
            if counted is not None:
                return counted[0]
        parts = [self.truth(part) for part in op.parts(rule)]
        assert op.combine is not None  # noqa: S101 - a combination's operation has one
        return np.asarray(op.combine(rule, parts, self.on, TRUTH), dtype=bool)

    def _evaluate(self, rule: Rule) -> Array:
        if rule.in_force is not None and not rule.in_force.contains(self.on):
            return np.zeros(self.n, dtype=np.int8)
        op = operation(rule)
        if op.test is not None:
            return self._leaf(rule)
        if op.kind == "at_least_n_of":
            fast = self._contains_count(rule, resolve(rule.n, self.on))  # type: ignore[attr-defined]
            if fast is not None:
                return fast
        codes = [self.evaluate(part) for part in op.parts(rule)]
        assert op.combine is not None  # noqa: S101 - a combination's operation has one
        return np.asarray(op.combine(rule, codes, self.on, VECTOR), dtype=np.int8)

    def _contains_count(self, rule: Any, needed: int) -> Array | None:
        """The codes of at_least_n_of(n, contains(f, a), …) on one set column (see :meth:`_counted`)."""
        found = self._counted(rule, needed)
        if found is None:
            return None
        holds, column = found
        return self._codes(holds, column.known, column)

    def _counted(self, rule: Any, needed: int) -> tuple[Array, Column] | None:
        """at_least_n_of(n, contains(f, a), contains(f, b), …) on one set column: a popcount.

        Only when every child is a plain ``contains`` on the same fact: a child
        with its own ``in_force`` goes the generic way, where it counts as
        false outside its period.
        """
        children = rule.children
        if not all(
            operation(child).kind == "contains" and child.in_force is None
            for child in children
        ):
            return None
        facts = {child.fact for child in children}
        if len(facts) != 1:
            return None
        fact = facts.pop()
        column = self.columns.column(fact)
        if column.kind != "set":
            return None
        mask = 0
        for child in rule.children:
            value = child.value
            if value in column.vocabulary:
                mask |= 1 << column.vocabulary.index(value)
        count = self._shared_array(
            ("popcount", fact, mask),
            lambda: popcount(column.values & np.uint32(mask)),
        )
        return np.asarray(count >= needed), column

    # -- leaves -----------------------------------------------------------------------------

    def _codes(self, holds: Array, known: Array, column: Column | None = None) -> Array:
        """0 where known and false, 2 where known and true, 1 where unknown: holds × (2 × known) + ~known."""
        if column is not None:
            if column.all_known:
                return np.left_shift(holds.view(np.int8), 1)
            codes: Array = np.multiply(holds.view(np.int8), column.known2)
            codes += column.unknown8
            return codes
        if known.all():
            return np.left_shift(holds.view(np.int8), 1)
        codes = np.left_shift(np.logical_and(holds, known).view(np.int8), 1)
        codes += np.logical_not(known).view(np.int8)
        return codes

    def _known(self, leaf: Any) -> Array:
        reads = leaf.reads
        if len(reads) == 1:
            return self.columns.column(reads[0]).known
        known = np.ones(self.n, dtype=bool)
        for name in reads:
            known &= self.columns.column(name).known
        return known

    def _leaf(self, leaf: Any) -> Array:
        # Two leaves that say the same thing (each measure's "domiciled in Valais") share their codes.
        meaning = attrs.evolve(leaf, id="_", label=_BLANK, source=None)
        found = self._shared.get(meaning)
        if found is not None:
            return found
        holds = self._vector(leaf)
        codes = (
            self._row_by_row(leaf)
            if holds is None
            else self._codes(holds, self._known(leaf))
        )
        self._shared[meaning] = codes
        return codes

    def _shared_array(self, key: object, make: Callable[[], Array]) -> Array:
        """A truth that depends on the columns alone, not on the date: kept on the columns."""
        return self.columns.derived(key, make)  # type: ignore[no-any-return]

    def _vector(self, leaf: Any) -> Array | None:
        """The leaf's truth on known rows (garbage elsewhere), or ``None`` when it cannot be vectorised."""
        vector = operation(leaf).vector
        return None if vector is None else vector(leaf, self)

    # -- the vector tests the table of operations asks for (see Vectors) ----------------------

    def boolean(self, fact: str) -> Array | None:
        """A yes/no column as it is."""
        column = self.columns.column(fact)
        return column.values if column.kind == "bool" else None

    def member(self, fact: str, values: frozenset[Any]) -> Array | None:
        """Whether a category column's value is one of *values*."""
        column = self.columns.column(fact)
        if column.kind != "category":
            return None
        codes = sorted({column.code(v) for v in values})
        if not codes:
            return np.zeros(self.n, dtype=bool)
        if len(codes) == 1:
            return self._shared_array(
                ("eq", fact, codes[0]),
                lambda: np.asarray(column.values == codes[0]),
            )
        return self._shared_array(
            ("member", fact, tuple(codes)), lambda: np.isin(column.values, codes)
        )

    def has(self, fact: str, value: object) -> Array | None:
        """Whether a set column contains *value*."""
        column = self.columns.column(fact)
        if column.kind != "set":
            return None
        if value not in column.vocabulary:
            return np.zeros(self.n, dtype=bool)
        bit = np.uint32(1 << column.vocabulary.index(value))
        return self._shared_array(
            ("has", fact, value), lambda: np.asarray((column.values & bit) != 0)
        )

    def on_scale(
        self, fact: str, minimum: object, scale: tuple[Any, ...]
    ) -> Array | None:
        """Whether a category column ordered as *scale* is *minimum* or above."""
        column = self.columns.column(fact)
        if column.kind != "category" or column.vocabulary != scale:
            return None
        code = column.code(minimum)
        return self._shared_array(
            ("on_scale", fact, code), lambda: np.asarray(column.values >= code)
        )

    def _reached(self, column: Column, years: int, *, strict: bool = False) -> Array:
        """Whether *years* whole years since the date have passed on the evaluation date (``>`` if *strict*).

        One comparison on yyyymmdd keys, then a correction for the few
        29 February dates whose anniversary falls on 28 February.
        """
        today = date_key(self.on)
        keys = column.values
        threshold = today - years * 10000
        reached = np.asarray(keys < threshold if strict else keys <= threshold)
        rows = column.leap_day_rows
        if len(rows):
            marks = keys[rows] + np.int32(years * 10000)
            marks = np.where(_leap(marks // 10000), marks, marks - 1)
            reached[rows] = today > marks if strict else today >= marks
        return reached

    def age_between(self, fact: str, low: int | None, high: int | None) -> Array | None:
        """Whether the age in completed years from a date column is within [*low*, *high*]."""
        column = self.columns.column(fact)
        if column.kind != "date":
            return None
        if low is not None and high is not None:
            return np.asarray(
                self._reached(column, low) & ~self._reached(column, high + 1)
            )
        if low is not None:
            return self._reached(column, low)
        return np.asarray(~self._reached(column, high + 1))  # type: ignore[operator]

    def elapsed(
        self, fact: str, unit: str, amount: int, *, strict: bool
    ) -> Array | None:
        """Whether *amount* years or months have passed since a date column (more than, if *strict*)."""
        column = self.columns.column(fact)
        if column.kind != "date":
            return None
        if unit == "years":
            return self._reached(column, amount, strict=strict)
        mark = _add(column.values, months=amount)
        today = date_key(self.on)
        return np.asarray(today > mark if strict else today >= mark)

    def compare(self, fact: str, op: str, value: object) -> Array | None:
        """``column <op> value`` for a date, number, money, category (``==``/``!=``) or yes/no column."""
        column = self.columns.column(fact)
        function = _OPS[op]
        if (
            column.kind == "date"
            and isinstance(value, dt.date)
            and not isinstance(value, dt.datetime)
        ):
            return np.asarray(function(column.values, date_key(value)), dtype=bool)
        if column.kind == "category" and op in {"==", "!="}:
            code = column.code(value)
            return self._shared_array(
                (op, fact, code),
                lambda: np.asarray(function(column.values, code), dtype=bool),
            )
        if column.kind == "bool" and isinstance(value, bool) and op in {"==", "!="}:
            return np.asarray(function(column.values, value), dtype=bool)
        if column.kind in _NUMBERS and column.values.dtype != object:
            scaled = column.scaled(value)
            if scaled is not None:
                return self._shared_array(
                    (op, fact, scaled),
                    lambda: np.asarray(function(column.values, scaled), dtype=bool),
                )
        return None

    def count(self, fact: str, op: str, number: int) -> Array | None:
        """``len(column) <op> number`` for a set column held as bit masks (a popcount)."""
        column = self.columns.column(fact)
        if column.kind != "set" or column.values.dtype == object:
            return None
        counts = self._shared_array(("count", fact), lambda: popcount(column.values))
        return np.asarray(_OPS[op](counts, number), dtype=bool)

    def _row_by_row(self, leaf: Any) -> Array:
        codes = np.empty(self.n, dtype=np.int8)
        columns = [self.columns.column(name) for name in leaf.reads]
        for row in range(self.n):
            subject = {
                name: column.decode(row)
                for name, column in zip(leaf.reads, columns, strict=True)
            }
            codes[row] = _CODES[leaf.evaluate(subject, self.on).outcome]
        return codes

    # -- missing facts, on demand --------------------------------------------------------------

    def missing(self, rule: Rule, rows: Array) -> Array:
        """The missing-fact bit masks of *rule* on *rows* (indices), as ``Rule.evaluate`` gives them."""
        codes = self.evaluate(rule)[rows]
        undetermined = codes == UNDETERMINED
        if not undetermined.any():
            return np.zeros(len(rows), dtype=np.int64)
        op = operation(rule)
        if op.test is not None:
            mask = np.zeros(len(rows), dtype=np.int64)
            for name in rule.reads:  # type: ignore[attr-defined]
                unknown = ~self.columns.column(name).known[rows]
                mask |= unknown.astype(np.int64) << self.bits[name]
            return np.asarray(np.where(undetermined, mask, 0), dtype=np.int64)
        children = op.parts(rule)
        mask = np.zeros(len(rows), dtype=np.int64)
        for child in children:
            mask |= self.missing(child, rows)
        return np.asarray(np.where(undetermined, mask, 0), dtype=np.int64)


class _Vector:
    """The :class:`~integration_rules._core._operation.Algebra` of arrays of codes."""

    def minimum(self, codes: Sequence[Array]) -> Array:
        result = codes[0].copy()
        for more in codes[1:]:
            np.minimum(result, more, out=result)
        return result

    def maximum(self, codes: Sequence[Array]) -> Array:
        result = codes[0].copy()
        for more in codes[1:]:
            np.maximum(result, more, out=result)
        return result

    def count(self, codes: Sequence[Array], code: int) -> Array:
        total = np.zeros(len(codes[0]), dtype=np.int16)
        for more in codes:
            total += more == code
        return total

    def select(self, condition: Array, if_true: Any, if_false: Any) -> Array:
        return np.asarray(np.where(condition, if_true, if_false), dtype=np.int8)

    def negate(self, code: Array) -> Array:
        return np.asarray(2 - code, dtype=np.int8)


class _Truth:
    """The algebra of arrays of truths, for rows where every fact is known (no code 1).

    ``True`` stands for the code 2 (eligible), ``False`` for 0; the code 1
    (undetermined) cannot occur, and counts none.
    """

    def minimum(self, codes: Sequence[Array]) -> Array:
        result = codes[0].copy()
        for more in codes[1:]:
            np.logical_and(result, more, out=result)
        return result

    def maximum(self, codes: Sequence[Array]) -> Array:
        result = codes[0].copy()
        for more in codes[1:]:
            np.logical_or(result, more, out=result)
        return result

    def count(self, codes: Sequence[Array], code: int) -> Any:
        if code == UNDETERMINED:
            return 0
        total = np.zeros(len(codes[0]), dtype=np.int16)
        for more in codes:
            total += more if code == ELIGIBLE else ~more
        return total

    def select(self, condition: Array, if_true: Any, if_false: Any) -> Array:
        yes, no = _truth(if_true), _truth(if_false)
        if not isinstance(yes, np.ndarray) and not isinstance(no, np.ndarray):
            if yes == no:
                return np.full(len(condition), yes, dtype=bool)
            return (
                np.asarray(condition, dtype=bool) if yes else np.logical_not(condition)
            )
        if not isinstance(yes, np.ndarray):
            return np.asarray(condition | no if yes else np.logical_not(condition) & no)
        if not isinstance(no, np.ndarray):
            return np.asarray(
                np.logical_not(condition) | yes if no else condition & yes
            )
        return np.asarray(np.where(condition, yes, no), dtype=bool)

    def negate(self, code: Array) -> Array:
        return np.logical_not(code)


def _truth(code: Any) -> Any:
    return code if isinstance(code, np.ndarray) else code == ELIGIBLE


#: The algebra of arrays of truths.
TRUTH: Final = _Truth()


#: The algebra of arrays of codes.
VECTOR: Final = _Vector()


def missing_names(mask: int, facts: Sequence[str]) -> frozenset[str]:
    """The fact names of a missing-facts bit mask."""
    return frozenset(name for i, name in enumerate(facts) if mask >> i & 1)
