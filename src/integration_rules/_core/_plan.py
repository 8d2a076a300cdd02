"""Plans: a rule compiled once into plain functions that give the outcome and the missing facts.

Evaluating a rule to explain it builds a tree of nodes, one per rule of the tree,
with every fact read, parameter used and detail computed: most callers never
read it. A plan gives the same outcome and the same missing facts without
building anything: each rule becomes a function ``(subject, on) -> (outcome,
missing)`` that reads the facts it needs, resolves its parameters on the date and
combines its parts by Kleene's logic. The plan of a rule is compiled on first use
and kept on the rule (a rule is an immutable value, so its plan never changes).

The explanation stays exact: :class:`~integration_rules._core._explanation.Decision`
builds it from the rule, the subject and the date on first access, and it is the
tree the rule's :meth:`~integration_rules._core._rule.Rule.evaluate` returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

from integration_rules._core import _leaves
from integration_rules._core._dates import completed_years
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter
from integration_rules._core._rule import AllOf, AnyOf, AtLeast, Not, Rule, read_fact

#: A compiled rule: the outcome and the missing facts (empty unless undetermined).
Run = Callable[[object, dt.date], tuple[Outcome, frozenset[str]]]

_E: Final = Outcome.ELIGIBLE
_I: Final = Outcome.INELIGIBLE
_U: Final = Outcome.UNDETERMINED
_NONE: Final[frozenset[str]] = frozenset()
_MUTABLE: Final = frozenset({set, list})


def plan_of(rule: Rule) -> Run:
    """The plan of *rule*: compiled on first use, then kept on the rule."""
    found: Run | None = rule._plan  # noqa: SLF001 - the plan is the rule's own cache
    if found is None:
        found = _compile(rule)
        object.__setattr__(rule, "_plan", found)
    return found


def run(rule: Rule, subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
    """The outcome of *rule* for *subject* on *on*, and the facts missing to decide it."""
    return plan_of(rule)(subject, on)


def _compile(rule: Rule) -> Run:
    body = _body(rule)
    period = rule.in_force
    if period is None:
        return body

    def in_force(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        if not period.contains(on):
            return _I, _NONE
        return body(subject, on)

    return in_force


def _body(rule: Rule) -> Run:
    if isinstance(rule, _leaves.Leaf):
        return _leaf(rule)
    if isinstance(rule, Not):
        return _not(plan_of(rule.child))
    if type(rule) in _COMBINATIONS:
        parts = tuple(plan_of(child) for child in rule.children)  # type: ignore[attr-defined]
        return _COMBINATIONS[type(rule)](rule, parts)
    return _eager(rule)


def _eager(rule: Rule) -> Run:
    """A rule of a kind the plans do not know: its explanation tree, evaluated."""

    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        node = rule._decide(subject, on)  # noqa: SLF001 - the period in force is checked by the plan
        return node.outcome, node.missing

    return decide


def _not(part: Run) -> Run:
    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        outcome, missing = part(subject, on)
        if outcome is _U:
            return _U, missing
        return (_I if outcome is _E else _E), _NONE

    return decide


def _all_of(_rule: Rule, parts: tuple[Run, ...]) -> Run:
    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        # Every part is evaluated, as the explanation does (a part may refuse its facts).
        results = [part(subject, on) for part in parts]
        missing = _NONE
        undetermined = False
        for outcome, unknown in results:
            if outcome is _I:
                return _I, _NONE
            if outcome is _U:
                undetermined = True
                missing = missing | unknown
        return (_U, missing) if undetermined else (_E, _NONE)

    return decide


def _any_of(_rule: Rule, parts: tuple[Run, ...]) -> Run:
    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        results = [part(subject, on) for part in parts]
        missing = _NONE
        undetermined = False
        for outcome, unknown in results:
            if outcome is _E:
                return _E, _NONE
            if outcome is _U:
                undetermined = True
                missing = missing | unknown
        return (_U, missing) if undetermined else (_I, _NONE)

    return decide


def _at_least(rule: Rule, parts: tuple[Run, ...]) -> Run:
    n = rule.n  # type: ignore[attr-defined]

    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        needed = n.value_on(on) if isinstance(n, Parameter) else n
        holding = open_ = 0
        missing = _NONE
        for part in parts:
            outcome, unknown = part(subject, on)
            if outcome is _E:
                holding += 1
            elif outcome is _U:
                open_ += 1
                missing = missing | unknown
        if holding >= needed:
            return _E, _NONE
        if holding + open_ < needed:
            return _I, _NONE
        return _U, missing

    return decide


_COMBINATIONS: Final[dict[type, Callable[[Rule, tuple[Run, ...]], Run]]] = {
    AllOf: _all_of,
    AnyOf: _any_of,
    AtLeast: _at_least,
}


def _leaf(leaf: Any) -> Run:
    reads: tuple[str, ...] = leaf.reads
    if len(reads) != 1:
        return _many_facts(leaf, reads)
    name = reads[0]
    unknown = frozenset(reads)
    test = _fast_test(leaf)

    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        value = read_fact(subject, name)
        if value is None:
            return _U, unknown
        return (_E if test(value, on) else _I), _NONE

    return decide


def _many_facts(leaf: Any, reads: tuple[str, ...]) -> Run:
    def decide(subject: object, on: dt.date) -> tuple[Outcome, frozenset[str]]:
        values = tuple(_leaves.frozen_fact(read_fact(subject, name)) for name in reads)
        unknown = frozenset(
            name for name, v in zip(reads, values, strict=True) if v is None
        )
        if unknown:
            return _U, unknown
        return (_E if leaf._test(values, on)[0] else _I), _NONE  # noqa: SLF001

    return decide


def _generic(leaf: Any) -> Callable[[Any, dt.date], bool]:
    """The leaf's own test (which also builds its detail): for kinds without a fast test."""

    def test(value: Any, on: dt.date) -> bool:
        return bool(leaf._test((_leaves.frozen_fact(value),), on)[0])  # noqa: SLF001

    return test


def _fast_test(leaf: Any) -> Callable[[Any, dt.date], bool]:
    """A test of the known value that computes nothing for the explanation.

    Any value the fast path does not expect goes to the leaf's own test, which
    raises the same error the explanation would.
    """
    generic = _generic(leaf)
    fast = _FAST.get(type(leaf))
    return generic if fast is None else fast(leaf, generic)


Test = Callable[[Any, dt.date], bool]


def _is_true(_leaf: Any, generic: Test) -> Test:
    def is_true(value: Any, on: dt.date) -> bool:
        if value is True or value is False:
            return value
        return generic(value, on)

    return is_true


def _contains(leaf: Any, generic: Test) -> Test:
    wanted = leaf.value

    def contains(value: Any, on: dt.date) -> bool:
        if type(value) is frozenset:
            return wanted in value
        return generic(value, on)

    return contains


def _one_of(leaf: Any, generic: Test) -> Test:
    values = leaf.values
    if isinstance(values, Parameter):
        return generic

    def one_of(value: Any, on: dt.date) -> bool:
        try:
            return value in values
        except TypeError:
            return generic(value, on)

    return one_of


def _compare(leaf: Any, generic: Test) -> Test:
    if isinstance(leaf.value, Parameter):
        return generic
    compared = _leaves.OPERATORS[leaf.op]
    expected = leaf.value

    def compare(value: Any, on: dt.date) -> bool:
        try:
            return bool(compared(value, expected))
        except TypeError:
            return generic(value, on)

    return compare


def _constant(bound: Any) -> tuple[bool, Any]:
    """Whether a bound is the same on every date, and its value if so."""
    if isinstance(bound, Parameter):
        return bound.history is None, bound.value
    return True, bound


def _age_between(leaf: Any, generic: Test) -> Test:
    fixed_low, low = _constant(leaf.minimum)
    fixed_high, high = _constant(leaf.maximum)
    if not (fixed_low and fixed_high):
        return generic

    def age(value: Any, on: dt.date) -> bool:
        if type(value) is not dt.date or value > on:
            return generic(value, on)
        years = completed_years(value, on=on)
        return (low is None or years >= low) and (high is None or years <= high)

    return age


_FAST: Final[dict[type, Callable[[Any, Test], Test]]] = {
    _leaves.IsTrue: _is_true,
    _leaves.Contains: _contains,
    _leaves.OneOf: _one_of,
    _leaves.Compare: _compare,
    _leaves.AgeBetween: _age_between,
}
