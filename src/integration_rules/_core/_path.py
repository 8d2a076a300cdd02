"""The path to eligibility: what blocks, what would unblock, and from when.

What blocks a decision, which fact changes would unblock it, and the
earliest day it unblocks by itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from attrs import frozen

from integration_rules._core._dates import add_years, as_date
from integration_rules._core._explanation import Decision
from integration_rules._core._node import Node
from integration_rules._core._ops import operation
from integration_rules._core._outcome import Outcome
from integration_rules._core._plan import plan_of
from integration_rules._core._reading import Breakpoint, FactChange, read_fact
from integration_rules._core._rule import Rule
from integration_rules._core._text import Text
from integration_rules._core._time import timeline
from integration_rules.errors import IntegrationRulesError, InvalidArgument
from integration_rules.explain import html, json, text
from integration_rules.explain.notebook import Displayable

#: How far ahead the earliest eligible day is looked for.
HORIZON_YEARS = 120


def blockers(
    rule: Rule, node: Node, on: dt.date, want: Outcome = Outcome.ELIGIBLE
) -> tuple[Node, ...]:
    """The leaves (or periods not in force) that keep *node* from reaching *want*.

    Only those that matter: under a conjunction that should hold, the parts
    that do not hold; under a disjunction that should hold, every part (any
    one would do); a negation flips what is wanted.
    """
    if node.outcome is want:
        return ()
    if rule.in_force is not None and not rule.in_force.contains(on):
        return (node,)
    op = operation(rule)
    if op.test is not None:
        return (node,)
    pairs = list(zip(op.parts(rule), node.children, strict=True))
    chosen = op.blocking(rule, pairs, want)
    found: dict[str, Node] = {}
    for child_rule, child_node, child_want in chosen:
        for blocker in blockers(child_rule, child_node, on, child_want):
            found.setdefault(blocker.rule_id, blocker)
    return tuple(found.values())


def apply_changes(subject: object, changes: Mapping[str, Any]) -> object:
    """*subject* with *changes* applied: a new mapping, or a new attrs instance (validated)."""
    if isinstance(subject, Mapping):
        return {**subject, **changes}
    if attrs.has(type(subject)):
        return attrs.evolve(subject, **changes)  # type: ignore[misc]
    raise InvalidArgument(
        "subject",
        f"expected a mapping or an attrs instance, got {type(subject).__name__}",
    )


def _sort_key(value: Any) -> str:
    """A stable key for a change's value (a set's repr depends on string hashing, randomised per process)."""
    if isinstance(value, frozenset | set):
        return repr(sorted(value, key=repr))
    return repr(value)


#: The most units of one set-valued fact combined into one change (2**n - 1 options).
_MAX_SET_UNITS = 6


def _options(units: Sequence[FactChange]) -> dict[str, list[Any]]:
    """For each fact, the values a change may give it.

    A set-valued fact (difficulties) may take the union of any of its units:
    adding two kinds of difficulty is one change of one fact.
    """
    by_fact: dict[str, list[FactChange]] = {}
    for unit in units:
        by_fact.setdefault(unit.fact, []).append(unit)
    options: dict[str, list[Any]] = {}
    for fact, fact_units in by_fact.items():
        values: list[Any] = []
        sets = [u.value for u in fact_units if isinstance(u.value, frozenset)]
        if len(sets) == len(fact_units) and len(sets) <= _MAX_SET_UNITS:
            for size in range(1, len(sets) + 1):
                for combo in itertools.combinations(sets, size):
                    union = frozenset().union(*combo)
                    if union not in values:
                        values.append(union)
        else:
            for unit in fact_units:
                if unit.value not in values:
                    values.append(unit.value)
        options[fact] = values
    return options


def _smaller(a: Any, b: Any) -> bool:
    """Whether change value *a* asks no more than *b* (a subset of a set, or the same value)."""
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        return a <= b
    return bool(a == b)


def _minimal(solutions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The solutions that no other solution over the same facts asks less than."""
    kept = []
    for s in solutions:
        dominated = any(
            o is not s
            and o.keys() == s.keys()
            and o != s
            and all(_smaller(o[f], s[f]) for f in s)
            for o in solutions
        )
        if not dominated:
            kept.append(s)
    return kept


def minimal_changes(
    rule: Rule,
    subject: object,
    on: dt.date,
    *,
    fixed: frozenset[str] = frozenset(),
    max_size: int = 3,
) -> tuple[tuple[FactChange, ...], ...]:
    """The smallest sets of fact changes that make *rule* ``ELIGIBLE`` on *on*.

    Candidates come from the rule's leaves (:meth:`Rule.candidates`), limited
    to the facts of the blocking leaves and excluding *fixed* facts (those
    only time changes, such as a birth date). A change sets one fact; for a
    set-valued fact it may add several values at once. Sets grow one fact at
    a time up to *max_size* facts; the first size with solutions is returned,
    each solution checked by evaluating the rule and none asking more than
    another (a set that adds a superfluous value is dropped). Empty when
    nothing works.
    """
    node = rule.evaluate(subject, on)
    if node.outcome is Outcome.ELIGIBLE or (
        rule.in_force is not None and not rule.in_force.contains(on)
    ):
        return ()
    blocking_facts = {name for b in blockers(rule, node, on) for name, _ in b.facts}
    units = [
        c
        for c in rule.candidates(subject)
        if c.fact in blocking_facts
        and c.fact not in fixed
        and read_fact(subject, c.fact) != c.value
    ]
    options = _options(units)
    facts = sorted(options)
    plan = plan_of(rule)  # many candidates are tried: their outcomes only
    for size in range(1, min(max_size, len(facts)) + 1):
        found: list[dict[str, Any]] = []
        for chosen in itertools.combinations(facts, size):
            for values in itertools.product(*(options[f] for f in chosen)):
                merged = dict(zip(chosen, values, strict=True))
                try:
                    changed = apply_changes(subject, merged)
                    outcome = plan.run(changed, on)[0]
                except IntegrationRulesError:
                    continue
                if outcome is Outcome.ELIGIBLE:
                    found.append(merged)
        if found:
            return tuple(
                sorted(
                    (
                        tuple(FactChange(f, v) for f, v in sorted(m.items()))
                        for m in _minimal(found)
                    ),
                    key=lambda cs: [(c.fact, _sort_key(c.value)) for c in cs],
                )
            )
    return ()


def earliest_eligible(
    rule: Rule, subject: object, on: dt.date
) -> tuple[dt.date | None, tuple[Breakpoint, ...]]:
    """The first day from *on* on which *rule* is ``ELIGIBLE`` if no fact changes, and why.

    ``(None, ())`` when that never happens (within :data:`HORIZON_YEARS`,
    beyond which no rule here changes).
    """
    try:
        horizon = add_years(on, HORIZON_YEARS)
    except (OverflowError, ValueError):
        horizon = dt.date.max
    span = timeline(rule, subject, start=on, end=horizon).first(Outcome.ELIGIBLE)
    if span is None:
        return None, ()
    return span.start, span.reasons


@frozen(kw_only=True)
class Path(Displayable):
    """The way from a decision to eligibility.

    Attributes:
        decision: The decision on the day asked.
        blockers: The failed or unknown conditions that matter.
        changes: The smallest sets of fact changes that would make it
            eligible that day (each set checked).
        earliest: The first day it becomes eligible with no fact change, or
            ``None`` (never, or not while facts are unknown).
        earliest_reasons: Why it becomes eligible that day.
        successor: The id of the measure that replaced this one, when it
            never becomes eligible again (the Garantie jeunes → the CEJ).
    """

    decision: Decision
    blockers: tuple[Node, ...]
    changes: tuple[tuple[FactChange, ...], ...]
    earliest: dt.date | None
    earliest_reasons: tuple[Breakpoint, ...] = ()
    successor: str | None = None

    def explain(self, lang: str = "fr") -> str:
        """The path as text: the decision's first line, the blockers, the changes, the earliest day."""
        return text.path(
            self.decision._heading(),  # noqa: SLF001 - the decision's own heading
            lang,
            blockers=self.blockers,
            changes=self.changes,
            earliest=self.earliest,
            reasons=self.earliest_reasons,
            successor=self.successor,
        )

    def html(self, lang: str = "fr") -> str:
        """The explanation as HTML (preformatted text) in *lang*."""
        return html.pre(self.explain(lang))

    def to_dict(self) -> dict[str, Any]:
        """The path as JSON-ready data."""
        return json.path(
            self.decision.explanation,
            self.decision._heading(),  # noqa: SLF001 - the decision's own heading
            blockers=self.blockers,
            changes=self.changes,
            earliest=self.earliest,
            reasons=self.earliest_reasons,
            successor=self.successor,
        )


def path_to_eligibility(
    rule: Rule,
    subject: object,
    *,
    on: dt.date | str,
    fixed: frozenset[str] = frozenset(),
    measure: str | None = None,
    title: Text | None = None,
) -> Path:
    """What blocks *rule* for *subject* on *on*, what would unblock it, and from when.

    Example:
        >>> from integration_rules.rules import age_at_least, is_true
        >>> rule = age_at_least(15) & is_true("contract")
        >>> p = path_to_eligibility(rule, {"birth_date": dt.date(2010, 4, 2), "contract": False}, on="2025-01-01")
        >>> [[(c.fact, c.value) for c in s] for s in p.changes], p.earliest
        ([], None)
        >>> p = path_to_eligibility(rule, {"birth_date": dt.date(2010, 4, 2), "contract": True}, on="2025-01-01")
        >>> p.earliest
        datetime.date(2025, 4, 2)
    """
    day = as_date(on, "on")
    node = rule.evaluate(subject, day)
    decision = Decision(node.outcome, node, day, measure=measure, title=title)
    earliest, reasons = earliest_eligible(rule, subject, day)
    return Path(
        decision=decision,
        blockers=blockers(rule, node, day),
        changes=minimal_changes(rule, subject, day, fixed=fixed),
        earliest=earliest,
        earliest_reasons=reasons,
    )
