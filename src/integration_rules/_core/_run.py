"""The explaining executor: a rule evaluated node by node, every ground kept.

:func:`explain_rule` builds the explanation tree; :func:`breakpoints`,
:func:`candidates`, :func:`facts` and :func:`parameters` walk the rule. Each
reads the meaning of a rule's kind from the table of operations, and none
knows any kind by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Final

from integration_rules._core._node import Node
from integration_rules._core._operation import SCALAR
from integration_rules._core._ops import CODES, OUTCOMES, operation
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, is_dated
from integration_rules._core._reading import (
    MUTABLE,
    Breakpoint,
    FactChange,
    frozen_fact,
    parameter_uses,
    read_fact,
)
from integration_rules._core._text import Phrase

_NOTHING: Final[frozenset[str]] = frozenset()


def explain_rule(rule: Any, subject: object, on: dt.date) -> Node:
    """The explanation tree of *rule* for *subject* on *on* (the rule's period in force checked)."""
    period = rule.in_force
    if period is not None and not period.contains(on):
        return Node(
            rule.id,
            rule.label,
            Outcome.INELIGIBLE,
            source=rule.source,
            detail=Phrase("in_force.not", (on.isoformat(),)),
            in_force=period,
        )
    op = operation(rule)
    node = _leaf(rule, op.test, subject, on) if op.test is not None else _combination(rule, op, subject, on)
    return node if period is None else node._replace(in_force=period)


def _combination(rule: Any, op: Any, subject: object, on: dt.date) -> Node:
    children = tuple([explain_rule(part, subject, on) for part in op.parts(rule)])
    codes = [CODES[child.outcome] for child in children]
    outcome = OUTCOMES[op.combine(rule, codes, on, SCALAR)]
    missing = _NOTHING
    if outcome is Outcome.UNDETERMINED:
        missing = union_missing(children)
    return Node(
        rule.id,
        rule.label,
        outcome,
        missing=missing,
        source=rule.source,
        parameters=parameter_uses(op.values(rule), on),
        detail=op.detail(rule, codes, on) if op.detail is not None else None,
        children=children,
    )


def _leaf(rule: Any, test: Any, subject: object, on: dt.date) -> Node:
    # The hot path of every explanation: plain loops and tuples.
    reads: tuple[str, ...] = rule.reads
    uses = rule.static_uses
    if uses is None:
        uses = parameter_uses(rule.compared, on)
    facts = []
    values = []
    unknown: list[str] = []
    for name in reads:
        value = read_fact(subject, name)
        if type(value) in MUTABLE:
            value = frozen_fact(value)
        elif value is None:
            unknown.append(name)
        values.append(value)
        facts.append((name, value))
    if unknown:
        return Node(
            rule.id,
            rule.label,
            Outcome.UNDETERMINED,
            frozenset(unknown),
            rule.source,
            tuple(facts),
            uses,
        )
    holds, detail = test(rule, tuple(values), on)
    return Node(
        rule.id,
        rule.label,
        Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE,
        _NOTHING,
        rule.source,
        tuple(facts),
        uses,
        detail,
    )


def union_missing(nodes: Iterable[Node]) -> frozenset[str]:
    """The missing facts of the undetermined nodes among *nodes*."""
    missing = _NOTHING
    for node in nodes:
        if node.outcome is Outcome.UNDETERMINED:
            missing = missing | node.missing
    return missing


# -- walking the rule -----------------------------------------------------------------


def facts(rule: Any) -> frozenset[str]:
    """The names of every fact *rule* may read."""
    op = operation(rule)
    names = frozenset(op.reads(rule)) if op.test is not None else _NOTHING
    for part in op.parts(rule):
        names = names | facts(part)
    return names


def parameters(rule: Any) -> tuple[Parameter[Any], ...]:
    """Every parameter *rule* reads, its own first, in order, without repeats."""
    op = operation(rule)
    found = dict.fromkeys(v for v in op.values(rule) if isinstance(v, Parameter))
    for part in op.parts(rule):
        found.update(dict.fromkeys(parameters(part)))
    return tuple(found)


def candidates(rule: Any, subject: object) -> tuple[FactChange, ...]:
    """Changes of single facts that could change *rule*'s answer, without repeats."""
    op = operation(rule)
    found = dict.fromkeys(op.candidates(rule, subject))
    for part in op.parts(rule):
        found.update(dict.fromkeys(candidates(part, subject)))
    return tuple(found)


def breakpoints(rule: Any, subject: object, start: dt.date, end: dt.date) -> Iterable[Breakpoint]:
    """*rule*'s own breakpoints in (*start*, *end*] (its period in force aside), then its parts'."""
    op = operation(rule)
    if op.test is not None:
        yield from _leaf_breakpoints(rule, op, subject, start, end)
    for part in op.parts(rule):
        yield from part.breakpoints(subject, start, end)


def _leaf_breakpoints(
    rule: Any, op: Any, subject: object, start: dt.date, end: dt.date
) -> list[Breakpoint]:
    values = tuple(read_fact(subject, name) for name in rule.reads)
    if any(value is None for value in values):
        return []
    dated = [p for p in rule.compared if is_dated(p)]
    # The leaf's own changes follow its parameters' values; on a day without
    # one (before the first, after the last) it has none, and its period in
    # force is what keeps it from being evaluated there.
    found = (
        [b for b in op.changes(rule, values, start, end) if start < b.day <= end]
        if _has_values(dated, start)
        else []
    )
    # A dated parameter may change the answer on the day it takes a new value.
    for parameter in dated:
        history = parameter.history
        assert history is not None  # noqa: S101 - only dated parameters are kept
        days = [c.start for c in history.changes]
        if history.ended is not None:
            days.append(history.ended + dt.timedelta(days=1))
        reason = Phrase("parameter.new_value", (parameter.id,))
        for day in days:
            if start < day <= end:
                # From that day the leaf's own changes follow the new value.
                found.append(Breakpoint(day, rule.id, reason))
                if _has_values(dated, day):
                    found.extend(
                        b for b in op.changes(rule, values, day, end) if day < b.day <= end
                    )
    return found


def _has_values(dated: list[Parameter[Any]], day: dt.date) -> bool:
    """Whether every dated parameter has a value on *day*."""
    for parameter in dated:
        history = parameter.history
        assert history is not None  # noqa: S101 - only dated parameters are given
        if day < history.changes[0].start or (history.ended is not None and day > history.ended):
            return False
    return True
