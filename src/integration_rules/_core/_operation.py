"""An operation: everything one kind of rule means, in one entry.

A rule is data: its kind, its arguments or parts, its id, label, source and
period in force. What a kind *means* is one :class:`Operation` in the table
of :mod:`~integration_rules._core._ops`, and every engine reads it there:

- the explanation (:mod:`~integration_rules._core._run`) calls ``test`` or
  ``combine`` and builds the nodes;
- compiled plans (:mod:`~integration_rules._core._plan`) inline the ``inline``
  expression where there is one, and call ``test`` or ``combine`` otherwise;
- the columnar executor (:mod:`integration_rules.columnar`) calls ``vector``
  and ``combine`` over arrays, and ``test`` row by row for a leaf without
  ``vector``;
- timelines read ``changes``, paths to eligibility ``candidates`` and
  ``blocking``, and the catalogues ``message`` and ``ident``.

Outcomes are codes for the engines: 0 ineligible, 1 undetermined, 2 eligible.
On them Kleene's logic is arithmetic: a conjunction is the minimum, a
disjunction the maximum, a negation ``2 - code``. ``combine`` is written once
against an :class:`Algebra`, so the same function combines plain codes and
arrays of codes.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, Protocol

from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._reading import Breakpoint, FactChange
from integration_rules._core._text import Phrase
from integration_rules.errors import InvalidRule

#: The comparison operators of ``compare`` leaves (they apply to arrays as they are).
OPERATORS: Final[dict[str, Callable[[Any, Any], Any]]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class Algebra(Protocol):
    """The operations ``combine`` uses on codes: plain ints, or arrays of them."""

    def minimum(self, codes: Sequence[Any]) -> Any:
        """The smallest code, element-wise."""

    def maximum(self, codes: Sequence[Any]) -> Any:
        """The largest code, element-wise."""

    def count(self, codes: Sequence[Any], code: int) -> Any:
        """How many of *codes* equal *code*, element-wise."""

    def select(self, condition: Any, if_true: Any, if_false: Any) -> Any:
        """*if_true* where *condition* holds, else *if_false*, element-wise."""

    def negate(self, code: Any) -> Any:
        """The code of the negation: 2 for 0, 0 for 2, 1 for 1."""


class _Scalar:
    """The :class:`Algebra` of plain int codes."""

    def minimum(self, codes: Sequence[Any]) -> Any:
        return min(codes)

    def maximum(self, codes: Sequence[Any]) -> Any:
        return max(codes)

    def count(self, codes: Sequence[Any], code: int) -> Any:
        return sum(1 for c in codes if c == code)

    def select(self, condition: Any, if_true: Any, if_false: Any) -> Any:
        return if_true if condition else if_false

    def negate(self, code: Any) -> Any:
        return 2 - code


#: The algebra of plain int codes.
SCALAR: Final[Algebra] = _Scalar()


class Writer(Protocol):
    """What an ``inline`` function may ask of the plan being written."""

    def name(self, value: Any, prefix: str = "k") -> str:
        """A name in the plan's namespace bound to *value*."""

    def var(self) -> str:
        """A fresh local variable."""

    def line(self, text: str) -> None:
        """A statement, written before the expression being built."""

    def once(self, text: str) -> None:
        """A statement at the top of the plan, written once whoever asks (values of ``on``)."""

    def generic(self, value: str) -> str:
        """An expression calling the leaf's ``test`` on the variable *value*."""

    def guarded(self, value: str, guard: str, fast: str) -> str:
        """*fast* where *guard* holds of the known *value*, the leaf's ``test`` elsewhere.

        *guard* is an expression over *value* and ``on`` under which *fast*
        gives the test's truth and cannot fail (e.g. ``type(v) is str``), the
        values compared behaving as Python's built-in types do.
        """

    def value(self, value: Any) -> str:
        """An expression of *value* on ``on``: a parameter's value, or *value* itself."""


class Vectors(Protocol):
    """What a ``vector`` function may ask of the columnar executor.

    Each method gives the truth on the rows where the facts are known (any
    value elsewhere), or ``None`` when the column cannot answer it (the
    executor then runs ``test`` row by row).
    """

    on: dt.date

    def boolean(self, fact: str) -> Any: ...
    def member(self, fact: str, values: frozenset[Any]) -> Any: ...
    def has(self, fact: str, value: object) -> Any: ...
    def on_scale(self, fact: str, minimum: object, scale: tuple[Any, ...]) -> Any: ...
    def age_between(self, fact: str, low: int | None, high: int | None) -> Any: ...
    def elapsed(self, fact: str, unit: str, amount: int, *, strict: bool) -> Any: ...
    def compare(self, fact: str, op: str, value: object) -> Any: ...
    def count(self, fact: str, op: str, number: int) -> Any: ...


Pair = tuple[Any, Any]
Blocking = Callable[[Any, Sequence[Pair], Any], list[tuple[Any, Any, Any]]]


def _no_parts(_rule: Any) -> tuple[Any, ...]:
    return ()


def _one_fact(rule: Any) -> tuple[str, ...]:
    return (rule.fact,)


def _nothing(_rule: Any) -> tuple[object, ...]:
    return ()


def _no_changes(
    _rule: Any, _values: tuple[Any, ...], _start: dt.date, _end: dt.date
) -> Iterable[Breakpoint]:
    return ()


def _no_candidates(_rule: Any, _subject: object) -> tuple[FactChange, ...]:
    return ()


def _every_part(
    _rule: Any, pairs: Sequence[Pair], want: Any
) -> list[tuple[Any, Any, Any]]:
    return [(rule, node, want) for rule, node in pairs]


def _callable(_instance: object, attribute: Any, value: Any) -> None:
    if value is not None and not callable(value):
        raise InvalidRule(
            f"{attribute.name}: expected a function, got {type(value).__name__}"
        )


def _settling(_instance: object, attribute: Any, value: Any) -> None:
    if value not in (0, 2) or type(value) is not int:
        raise InvalidRule(
            f"{attribute.name}: expected 0 (a minimum) or 2 (a maximum), got {value!r}"
        )


@frozen(kw_only=True)
class Operation:
    """The meaning of one kind of rule. A leaf gives ``test``; a combination ``combine``.

    Attributes:
        kind: The kind's name (a rule class's ``kind``), e.g. ``"age_between"``.
        message: The generated label, a :class:`~integration_rules._core._text.Phrase`
            of the catalogues (``None``: the rule's author must give a label).
        ident: The generated id; given how to name a part (its id, or its repr).
        parts: The rules a combination is made of, in order.
        reads: The facts a leaf reads, in order (default: its ``fact``).
        values: The values and parameters the rule compares with (the
            explanation shows the parameters).
        test: ``test(leaf, values, on)`` on known values: the truth, and a
            detail of what was computed or ``None``.
        combine: ``combine(rule, codes, on, algebra)``: the code of a
            combination from its parts' codes.
        detail: ``detail(rule, codes, on)``: a combination's detail.
        blocking: ``blocking(rule, pairs, want)``: which parts (rule, node,
            outcome wanted of the part) keep a combination from the outcome
            wanted (default: every part, wanting the same).
        changes: ``changes(leaf, values, start, end)``: the days the answer
            may change while the facts stay the same.
        candidates: ``candidates(leaf, subject)``: changes of one fact that
            could change the answer.
        inline: ``inline(rule, inputs, writer)``: the code as a Python
            expression over the variables *inputs* (the fact's value, or the
            parts' codes), for compiled plans; ``None`` or a ``None`` result
            calls ``test`` or ``combine`` instead. A leaf's expression is
            ``writer.guarded(value, guard, fast)``: *fast* where *guard*
            holds of the value (and then cannot refuse it), the leaf's own
            ``test`` elsewhere.
        settles: Only for a combination whose code is exactly the minimum
            (``0``) or the maximum (``2``) of its parts' codes: that code, the
            one a part decides it with whatever the others (an ineligible part
            of a conjunction, an eligible part of a disjunction). Compiled
            plans then compute the minimum or maximum part by part and skip
            the parts left once it is reached, when none of them can refuse
            its facts.
        vector: ``vector(leaf, vectors)``: the truth over columns (see
            :class:`Vectors`); ``None``: row by row with ``test``.
    """

    kind: str = field(validator=instance_of(str))
    message: Callable[[Any], Phrase] | None = field(validator=_callable)
    ident: Callable[[Any, Callable[[Any], str]], str] = field(validator=_callable)
    parts: Callable[[Any], tuple[Any, ...]] = field(
        default=_no_parts, validator=_callable
    )
    reads: Callable[[Any], tuple[str, ...]] = field(
        default=_one_fact, validator=_callable
    )
    values: Callable[[Any], tuple[object, ...]] = field(
        default=_nothing, validator=_callable
    )
    test: (
        Callable[[Any, tuple[Any, ...], dt.date], tuple[bool, Phrase | None]] | None
    ) = field(default=None, validator=_callable)
    combine: Callable[[Any, Sequence[Any], dt.date, Algebra], Any] | None = field(
        default=None, validator=_callable
    )
    detail: Callable[[Any, Sequence[int], dt.date], Phrase | None] | None = field(
        default=None, validator=_callable
    )
    blocking: Blocking = field(default=_every_part, validator=_callable)
    changes: Callable[
        [Any, tuple[Any, ...], dt.date, dt.date], Iterable[Breakpoint]
    ] = field(default=_no_changes, validator=_callable)
    candidates: Callable[[Any, object], tuple[FactChange, ...]] = field(
        default=_no_candidates, validator=_callable
    )
    inline: Callable[[Any, Sequence[str], Writer], str | None] | None = field(
        default=None, validator=optional(_callable)
    )
    vector: Callable[[Any, Vectors], Any] | None = field(
        default=None, validator=optional(_callable)
    )
    settles: int | None = field(default=None, validator=optional(_settling))

    def __attrs_post_init__(self) -> None:
        if (self.test is None) == (self.combine is None):
            raise InvalidRule(
                f"operation {self.kind!r}: give test (a leaf) or combine (a combination), not both"
            )

    @property
    def is_leaf(self) -> bool:
        """Whether rules of this kind read facts (rather than combine rules)."""
        return self.test is not None
