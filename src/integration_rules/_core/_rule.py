"""The rule algebra: leaves that read facts, and combinators that join rules.

A rule is an immutable value. It has a stable ``id``, a ``label`` in French,
German and English, a ``source`` and, optionally, a period in force. Rules
combine with ``&`` (all of), ``|`` (any of), ``~`` (not), and with
:func:`all_of`, :func:`any_of`, :func:`at_least_n_of` and :func:`not_`.

Evaluating a rule on a subject and a date gives an explanation
:class:`~integration_rules._core._explanation.Node` whose outcome follows
Kleene's strong three-valued logic. A fact whose value is ``None`` is
*unknown*: a leaf that reads it is ``UNDETERMINED`` and names it in
``missing``; it is never read as ``False`` or zero.

This module knows nothing of persons, permits or cantons: a subject is any
object whose attributes are the facts (or a mapping from fact names to
values).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Final, Self, cast

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core import _run
from integration_rules._core._dates import Period, as_date
from integration_rules._core._money import Money
from integration_rules._core._node import Node
from integration_rules._core._ops import operation
from integration_rules._core._parameters import Parameter, latest
from integration_rules._core._reading import Breakpoint, FactChange, show
from integration_rules._core._sources import Source
from integration_rules._core._text import Phrase, Text
from integration_rules.errors import InvalidArgument, InvalidRule, quote

_EMPTY: Final[frozenset[str]] = frozenset()
_STARTS: Final = Phrase("in_force.starts")
_ENDS: Final = Phrase("in_force.ends")


def _check_id(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidRule(
            f"id={value!r} must be a non-empty string without surrounding spaces"
        )


def _check_own_id(instance: object, attribute: object, value: Any) -> None:
    if value != "":  # empty: generated from the structure
        _check_id(instance, attribute, value)


def _check_label(_instance: object, _attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, Text | Phrase):
        raise InvalidRule(
            f"label: expected a Text (or a Phrase), got {type(value).__name__}"
        )


def _own_id(rule: Rule) -> str:
    return rule.id


@frozen(kw_only=True, repr=False)
class Rule:
    """A condition on facts, evaluated on a date. Immutable; compare and hash by value.

    A rule is data: its ``kind`` names its entry in the table of operations
    (``integration_rules._core._ops``), which says what the kind means.

    Attributes:
        id: A stable id, e.g. ``"formavenir.age"``; generated from the
            structure when not given.
        label: What the rule says, in French, German and English: a
            :class:`Text`, or a :class:`Phrase` whose values (parameters) are
            filled in when it is read; generated from the kind's message
            when not given.
        source: The document or legal article the rule comes from.
        in_force: The period in which the rule applies (both ends included);
            evaluated outside it, the rule is ``INELIGIBLE`` with the reason
            "not in force on <date>". ``None`` means always.
    """

    #: The name of the rule's entry in the table of operations.
    kind: ClassVar[str] = ""

    id: str = field(default="", validator=_check_own_id)
    label: Text | Phrase = field(default=None, validator=_check_label)
    source: Source | None = field(default=None, validator=optional(instance_of(Source)))
    in_force: Period | None = field(
        default=None, validator=optional(instance_of(Period))
    )
    # The rule's plan (see _plan.py), compiled on first use: a cache, not a value.
    _plan: Any = field(init=False, default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        op = operation(self)
        if self.id == "":
            object.__setattr__(self, "id", op.ident(self, _own_id))
        if cast("object", self.label) is None:
            if op.message is None:
                raise InvalidRule(f"rule {self.id!r}: a rule of kind {self.kind!r} needs a label")
            object.__setattr__(self, "label", op.message(self))

    # -- combinators --------------------------------------------------------------

    def __and__(self, other: Rule) -> Rule:
        if not isinstance(other, Rule):
            return NotImplemented
        if isinstance(self, AllOf) and self._anonymous():
            return all_of(*self.children, other)
        return all_of(self, other)

    def __or__(self, other: Rule) -> Rule:
        if not isinstance(other, Rule):
            return NotImplemented
        if isinstance(self, AnyOf) and self._anonymous():
            return any_of(*self.children, other)
        return any_of(self, other)

    def _anonymous(self) -> bool:
        """Built by an operator, not named and without a period: ``a & b & c`` flattens."""
        return (
            self.id == self._auto_id() and self.source is None and self.in_force is None
        )

    def __invert__(self) -> Rule:
        return not_(self)

    def named(
        self, id: str, *, label: Text | Phrase | None = None, source: Source | None = None
    ) -> Self:
        """A copy of this rule with a stable *id*, and optionally a *label* and a *source*.

        Example:
            >>> from integration_rules.rules import is_true
            >>> is_true("apprenticeship_contract").named("demo.contract").id
            'demo.contract'
        """
        _check_id(self, None, id)
        changes: dict[str, Any] = {"id": id}
        if label is not None:
            changes["label"] = label
        if source is not None:
            changes["source"] = source
        return attrs.evolve(self, **changes)

    def in_force_during(
        self, start: dt.date | str | None, end: dt.date | str | None
    ) -> Self:
        """A copy of this rule that applies only from *start* to *end*, both included.

        ``None`` leaves that side open.
        """
        period = Period(
            None if start is None else as_date(start, "start"),
            None if end is None else as_date(end, "end"),
        )
        return attrs.evolve(self, in_force=period)

    # -- introspection ------------------------------------------------------------

    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""
        return _run.facts(self)

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        return _run.parameters(self)

    def with_parameters(self, values: Mapping[str, Any]) -> Self:
        """A copy of this rule where the parameters with the ids in *values* take those values.

        This is how another reading of a text is tried without editing the
        library: ``rule.with_parameters({"formavenir.min_difficulty_kinds": 3})``.
        A value may be a plain value (the parameter keeps its id and label,
        see :meth:`Parameter.with_value`) or a :class:`Parameter` with the same id.

        Raises:
            InvalidArgument: Naming an id this rule does not read (only
                parameters in the rule tree can be replaced; a figure read
                inside a predicate's function cannot), or a parameter given
                under another id.

        Example:
            >>> from integration_rules.rules import at_least_n_of, contains, evaluate
            >>> need = Parameter("demo.min_kinds", 2, label=Text.same("kinds"))
            >>> rule = at_least_n_of(need, contains("k", "a"), contains("k", "b"), contains("k", "c"))
            >>> evaluate(rule, {"k": {"a", "b"}}, on=dt.date(2024, 1, 1)).outcome
            <Outcome.ELIGIBLE: 'eligible'>
            >>> stricter = rule.with_parameters({"demo.min_kinds": 3})
            >>> evaluate(stricter, {"k": {"a", "b"}}, on=dt.date(2024, 1, 1)).outcome
            <Outcome.INELIGIBLE: 'ineligible'>
        """
        replacements: dict[str, Parameter[Any]] = {}
        for key, value in values.items():
            if isinstance(value, Parameter):
                if value.id != key:
                    raise InvalidArgument(
                        "values",
                        f"expected a Parameter with id {quote(key)}, got one with id {quote(value.id)}",
                    )
                replacements[key] = value
        read = {p.id: p for p in self.parameters()}
        unknown = sorted(set(values) - set(read))
        if unknown:
            listed = ", ".join(f'"{i}"' for i in sorted(read)) or "none"
            raise InvalidArgument(
                "values",
                f"expected ids of parameters this rule reads ({listed}), got {quote(unknown[0])}",
            )
        for key, value in values.items():
            if key not in replacements:
                replacements[key] = read[key].with_value(value)
        rebuilt = _replace_parameters(self, replacements)  # the leaves check their values first
        for key, replacement in replacements.items():
            _check_same_type(read[key], replacement)
        return rebuilt  # type: ignore[no-any-return]

    # -- time and change ------------------------------------------------------------

    def breakpoints(
        self, subject: object, start: dt.date, end: dt.date
    ) -> tuple[Breakpoint, ...]:
        """The days in (*start*, *end*] on which this rule's answer may change, facts unchanged.

        Between two consecutive breakpoints the answer is constant: this is
        what lets :func:`~integration_rules.rules.timeline` compute periods
        exactly instead of sampling days. Unknown facts give no breakpoints
        (they stay unknown).
        """
        found: list[Breakpoint] = []
        if self.in_force is not None:
            first, last = self.in_force.start, self.in_force.end
            if first is not None and start < first <= end:
                found.append(Breakpoint(first, self.id, _STARTS))
            if last is not None and last < dt.date.max:
                after = last + dt.timedelta(days=1)
                if start < after <= end:
                    found.append(Breakpoint(after, self.id, _ENDS))
        found.extend(_run.breakpoints(self, subject, start, end))
        return tuple(found)

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Changes of single facts that could change this rule's answer.

        The path to eligibility combines them and keeps the combinations that
        work. Facts that only time can change (dates) propose nothing.
        """
        return _run.candidates(self, subject)

    # -- evaluation ---------------------------------------------------------------

    def evaluate(self, subject: object, on: dt.date) -> Node:
        """Evaluate the rule on *subject* on date *on*; return the explanation tree.

        Prefer :func:`integration_rules.rules.evaluate`, which validates its
        arguments and wraps the tree in a decision.
        """
        return _run.explain_rule(self, subject, on)

    def _suffix(self) -> str:
        return f".named({self.id!r})" if self.id != self._auto_id() else ""

    def _auto_id(self) -> str:
        return operation(self).ident(self, _own_id)

    def __repr__(self) -> str:
        return operation(self).ident(self, repr) + self._suffix()


# ----------------------------------------------------------------------------------
# Combinators
# ----------------------------------------------------------------------------------


def _check_children(_instance: object, _attribute: object, value: Any) -> None:
    if not value:
        raise InvalidRule("a combination needs at least one rule")
    for child in value:
        if not isinstance(child, Rule):
            raise InvalidRule(
                f"expected rules to combine, got {type(child).__name__} {quote(child)}"
            )


def _to_rules(value: Sequence[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def conditions(rule: Rule) -> tuple[Rule, ...]:
    """A rule's conditions: its direct parts (an explanation's first level); a leaf is its own."""
    return rule.children if isinstance(rule, Combination) else (rule,)


def check_rule(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: *value* must be a rule."""
    if not isinstance(value, Rule):
        raise InvalidRule(
            f"{attribute.name}: expected a rule, got {type(value).__name__}"
        )


@frozen(kw_only=True, repr=False)
class Combination(Rule):
    """A rule made of other rules."""

    children: tuple[Rule, ...] = field(converter=_to_rules, validator=_check_children)


@frozen(kw_only=True, repr=False)
class AllOf(Combination):
    """Holds when every part holds (Kleene conjunction)."""

    kind: ClassVar[str] = "all_of"


@frozen(kw_only=True, repr=False)
class AnyOf(Combination):
    """Holds when at least one part holds (Kleene disjunction)."""

    kind: ClassVar[str] = "any_of"


def _check_count(instance: AtLeast, _attribute: object, value: Any) -> None:
    plain = value.value if isinstance(value, Parameter) else value
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 1:
        raise InvalidRule(
            f"n={show(value)} must be a positive int or a Parameter of one"
        )
    if plain > len(instance.children):
        raise InvalidRule(
            f"n={show(value)} must not exceed the number of rules ({len(instance.children)})"
        )


@frozen(kw_only=True, repr=False)
class AtLeast(Combination):
    """Holds when at least *n* parts hold; undetermined while unknown parts could tip it."""

    kind: ClassVar[str] = "at_least_n_of"

    n: int | Parameter[int] = field(validator=_check_count)


@frozen(kw_only=True, repr=False)
class Not(Rule):
    """Holds when its part does not hold; undetermined when the part is."""

    kind: ClassVar[str] = "not"

    child: Rule = field(validator=check_rule)


def all_of(*rules: Rule) -> AllOf:
    """Holds when every rule holds; a single failing rule decides it, even beside unknowns.

    Example:
        >>> from integration_rules.rules import evaluate, is_true
        >>> rule = all_of(is_true("a"), is_true("b"))
        >>> evaluate(rule, {"a": False, "b": None}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.INELIGIBLE: 'ineligible'>
    """
    return AllOf(children=rules)


def any_of(*rules: Rule) -> AnyOf:
    """Holds when at least one rule holds; a single holding rule decides it, even beside unknowns."""
    return AnyOf(children=rules)


def at_least_n_of(n: int | Parameter[int], *rules: Rule) -> AtLeast:
    """Holds when at least *n* of *rules* hold.

    It is ``ELIGIBLE`` as soon as *n* rules hold, ``INELIGIBLE`` as soon as
    too few can still hold, and ``UNDETERMINED`` in between.
    """
    return AtLeast(children=rules, n=n)


def not_(rule: Rule) -> Not:
    """Holds when *rule* does not hold; stays undetermined when *rule* is."""
    return Not(child=rule)


def _replace_parameters(rule: Any, replacements: Mapping[str, Parameter[Any]]) -> Any:
    """*rule* rebuilt with the parameters of *replacements* (by id) in place of its own.

    A label is a message whose values are filled in when it is read, so a
    label that shows a replaced parameter shows its new value.
    """
    changes: dict[str, Any] = {}
    for attribute in attrs.fields(type(rule)):
        if not attribute.init:
            continue
        value = getattr(rule, attribute.name)
        new = _replaced(value, replacements)
        if new is not value:
            changes[attribute.alias] = new
    return attrs.evolve(rule, **changes) if changes else rule


def _replaced(value: Any, replacements: Mapping[str, Parameter[Any]]) -> Any:
    if isinstance(value, Parameter):
        return replacements.get(value.id, value)
    if isinstance(value, Rule):
        return _replace_parameters(value, replacements)
    if isinstance(value, Phrase):
        args = _replaced(value.args, replacements)
        return value if args is value.args else value._replace(args=args)
    if isinstance(value, tuple):
        items = tuple(_replaced(v, replacements) for v in value)
        return (
            value if all(a is b for a, b in zip(items, value, strict=True)) else items
        )
    return value


def _check_same_type(old: Parameter[Any], new: Parameter[Any]) -> None:
    """A parameter's new value is of its old value's type (a whole number may stand for a decimal).

    Raises:
        InvalidArgument: Naming the parameter, the type expected and the value given: a
            territory read with ``==`` given a set would otherwise be silently never equal.
    """
    before, after = latest(old), latest(new)
    if before is None or after is None:
        return
    same = type(before) is type(after) or (
        isinstance(before, Decimal) and type(after) is int
    )
    if same and isinstance(before, Money):
        same = before.currency == cast("Money", after).currency
    if not same:
        raise InvalidArgument(
            old.id,
            f"expected a value of the type of {show(before)} ({type(before).__name__}), "
            f"got {quote(after)} ({type(after).__name__})",
        )
