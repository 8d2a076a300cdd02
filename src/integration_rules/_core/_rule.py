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

import abc
import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Self, TypeVar

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._dates import Period, as_date
from integration_rules._core._explanation import Node, ParameterUse, json_value
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, resolve
from integration_rules._core._sources import Source
from integration_rules._core._text import Phrase, Text
from integration_rules.errors import (
    EvaluationError,
    InvalidArgument,
    InvalidRule,
    quote,
)

T = TypeVar("T")

_EMPTY: Final[frozenset[str]] = frozenset()
_ELIGIBLE: Final = Outcome.ELIGIBLE
_INELIGIBLE: Final = Outcome.INELIGIBLE
_UNDETERMINED: Final = Outcome.UNDETERMINED
_COUNTED: Final = Text(
    "{0} sur {1} remplies, {2} requises",
    "{0} von {1} erfüllt, {2} verlangt",
    "{0} of {1} hold, {2} required",
)


@functools.cache
def is_mapping_type(kind: type) -> bool:
    """Whether subjects of type *kind* are read by key (a mapping) or by attribute.

    A pure function of the type, remembered: an ABC check costs more than reading a fact.
    """
    return issubclass(kind, Mapping)


def read_fact(subject: object, name: str) -> Any:
    """The value of fact *name* on *subject*; ``None`` means unknown.

    A mapping subject is sparse: an absent key is an unknown fact. An object
    subject must have the attribute: a rule that reads a fact the subject
    does not have is a programming error, not an unknown fact.

    Raises:
        EvaluationError: If *subject* is an object without attribute *name*.
    """
    kind = type(subject)
    if kind is dict:
        return subject.get(name)  # type: ignore[attr-defined]
    if is_mapping_type(kind):
        # By key, never by attribute: a fact named "values" is not the method.
        return subject.get(name)  # type: ignore[attr-defined]
    try:
        return getattr(subject, name)
    except AttributeError:
        raise EvaluationError(
            name,
            f"a rule reads this fact, but a {kind.__name__} has no such field",
        ) from None


def _check_id(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidRule(
            f"id={value!r} must be a non-empty string without surrounding spaces"
        )


def _show(value: object) -> str:
    """How a value or parameter appears in a rule's id and repr."""
    if isinstance(value, Parameter):
        return value.id
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(repr(v) for v in value)) + "}"
    return repr(value)


def _label_value(value: object) -> str:
    """How a value or parameter appears in a generated label (a dated parameter by its id)."""
    if isinstance(value, Parameter):
        if value.history is not None:
            return f"‹{value.id}›"
        value = value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return str(value)


def _uses(values: Sequence[object], on: dt.date) -> tuple[ParameterUse, ...]:
    return tuple(
        ParameterUse(v.id, v.label, v.value_on(on), v.source_on(on), v.note)
        for v in values
        if isinstance(v, Parameter)
    )


@frozen
class Breakpoint:
    """A day on which a rule's answer may change while the facts stay the same.

    Attributes:
        day: The first day of the new answer.
        rule_id: The rule whose answer may change.
        reason: Why, in three languages ("15th birthday", "end of the pilot").
    """

    day: dt.date
    rule_id: str
    reason: Text


@frozen
class FactChange:
    """A change of one fact that could change a rule's answer: set *fact* to *value*.

    For a set-valued fact, *value* is the whole new set.
    """

    fact: str
    value: Any

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON-ready data."""
        return {"fact": self.fact, "value": json_value(self.value)}


_STARTS: Final = Text("entrée en vigueur", "Inkrafttreten", "comes into force")
_ENDS: Final = Text(
    "fin de la période en vigueur",
    "Ende der Geltungsdauer",
    "end of the period in force",
)


_NOT_IN_FORCE: Final = Text(
    "pas en vigueur le {on}",
    "am {on} nicht in Kraft",
    "not in force on {on}",
)


@frozen(kw_only=True, repr=False)
class Rule(abc.ABC):
    """A condition on facts, evaluated on a date. Immutable; compare and hash by value.

    Attributes:
        id: A stable id, e.g. ``"formavenir.age"``; generated from the
            structure when not given.
        label: What the rule says, in French, German and English.
        source: The document or legal article the rule comes from.
        in_force: The period in which the rule applies (both ends included);
            evaluated outside it, the rule is ``INELIGIBLE`` with the reason
            "not in force on <date>". ``None`` means always.
    """

    id: str = field(validator=_check_id)
    label: Text = field(validator=instance_of(Text))
    source: Source | None = field(default=None, validator=optional(instance_of(Source)))
    in_force: Period | None = field(
        default=None, validator=optional(instance_of(Period))
    )
    # The rule's plan (see _plan.py), compiled on first use: a cache, not a value.
    _plan: Any = field(init=False, default=None, eq=False, repr=False)

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
        self, id: str, *, label: Text | None = None, source: Source | None = None
    ) -> Self:
        """A copy of this rule with a stable *id*, and optionally a *label* and a *source*.

        Example:
            >>> from integration_rules.rules import is_true
            >>> is_true("apprenticeship_contract").named("demo.contract").id
            'demo.contract'
        """
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

    @abc.abstractmethod
    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""

    @abc.abstractmethod
    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""

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
        return _replace_parameters(self, replacements)  # type: ignore[no-any-return]

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
        found.extend(self._breakpoints(subject, start, end))
        return tuple(found)

    @abc.abstractmethod
    def _breakpoints(
        self, subject: object, start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        """The rule's own breakpoints, its period in force aside."""

    @abc.abstractmethod
    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Changes of single facts that could change this rule's answer.

        The path to eligibility combines them and keeps the combinations that
        work. Facts that only time can change (dates) propose nothing.
        """

    # -- evaluation ---------------------------------------------------------------

    def evaluate(self, subject: object, on: dt.date) -> Node:
        """Evaluate the rule on *subject* on date *on*; return the explanation tree.

        Prefer :func:`integration_rules.rules.evaluate`, which validates its
        arguments and wraps the tree in a decision.
        """
        if self.in_force is not None and not self.in_force.contains(on):
            day = on.isoformat()
            detail = Text(
                _NOT_IN_FORCE.fr.format(on=day),
                _NOT_IN_FORCE.de.format(on=day),
                _NOT_IN_FORCE.en.format(on=day),
            )
            return Node(
                self.id,
                self.label,
                Outcome.INELIGIBLE,
                source=self.source,
                detail=detail,
                in_force=self.in_force,
            )
        node = self._decide(subject, on)
        if self.in_force is not None:
            return node._replace(in_force=self.in_force)
        return node

    @abc.abstractmethod
    def _decide(self, subject: object, on: dt.date) -> Node:
        """Evaluate the rule itself, its period in force already checked."""

    def _suffix(self) -> str:
        return f".named({self.id!r})" if self.id != self._auto_id() else ""

    def _auto_id(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return self._auto_id() + self._suffix()


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


def _check_rule(_instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Rule):
        raise InvalidRule(
            f"{attribute.name}: expected a rule, got {type(value).__name__}"
        )


def _union_missing(nodes: Sequence[Node]) -> frozenset[str]:
    missing: frozenset[str] = _EMPTY
    for node in nodes:
        if node.outcome is Outcome.UNDETERMINED:
            missing = missing | node.missing
    return missing


@frozen(kw_only=True, repr=False)
class Combination(Rule):
    """A rule made of other rules."""

    children: tuple[Rule, ...] = field(converter=_to_rules, validator=_check_children)

    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""
        names: frozenset[str] = _EMPTY
        for child in self.children:
            names = names | child.facts()
        return names

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        found: dict[Parameter[Any], None] = {}
        for child in self.children:
            found.update(dict.fromkeys(child.parameters()))
        return tuple(found)

    def _breakpoints(
        self, subject: object, start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        for child in self.children:
            yield from child.breakpoints(subject, start, end)

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Changes of single facts that could change this rule's answer."""
        found: dict[FactChange, None] = {}
        for child in self.children:
            found.update(dict.fromkeys(child.candidates(subject)))
        return tuple(found)

    def _node(self, outcome: Outcome, children: tuple[Node, ...], **extra: Any) -> Node:
        missing = (
            _union_missing(children) if outcome is Outcome.UNDETERMINED else _EMPTY
        )
        return Node(
            self.id,
            self.label,
            outcome,
            missing=missing,
            source=self.source,
            children=children,
            **extra,
        )

    def _children_repr(self) -> str:
        return ", ".join(repr(child) for child in self.children)


@frozen(kw_only=True, repr=False)
class AllOf(Combination):
    """Holds when every part holds (Kleene conjunction)."""

    def _decide(self, subject: object, on: dt.date) -> Node:
        nodes = tuple([child.evaluate(subject, on) for child in self.children])
        outcome = Outcome.ELIGIBLE
        for node in nodes:
            if node.outcome is Outcome.INELIGIBLE:
                outcome = Outcome.INELIGIBLE
                break
            if node.outcome is Outcome.UNDETERMINED:
                outcome = Outcome.UNDETERMINED
        return self._node(outcome, nodes)

    def _auto_id(self) -> str:
        return f"all_of({', '.join(c.id for c in self.children)})"

    def __repr__(self) -> str:
        return f"all_of({self._children_repr()}){self._suffix()}"


@frozen(kw_only=True, repr=False)
class AnyOf(Combination):
    """Holds when at least one part holds (Kleene disjunction)."""

    def _decide(self, subject: object, on: dt.date) -> Node:
        nodes = tuple([child.evaluate(subject, on) for child in self.children])
        outcome = Outcome.INELIGIBLE
        for node in nodes:
            if node.outcome is Outcome.ELIGIBLE:
                outcome = Outcome.ELIGIBLE
                break
            if node.outcome is Outcome.UNDETERMINED:
                outcome = Outcome.UNDETERMINED
        return self._node(outcome, nodes)

    def _auto_id(self) -> str:
        return f"any_of({', '.join(c.id for c in self.children)})"

    def __repr__(self) -> str:
        return f"any_of({self._children_repr()}){self._suffix()}"


def _check_count(instance: AtLeast, _attribute: object, value: Any) -> None:
    plain = value.value if isinstance(value, Parameter) else value
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 1:
        raise InvalidRule(
            f"n={_show(value)} must be a positive int or a Parameter of one"
        )
    if plain > len(instance.children):
        raise InvalidRule(
            f"n={_show(value)} must not exceed the number of rules ({len(instance.children)})"
        )


@frozen(kw_only=True, repr=False)
class AtLeast(Combination):
    """Holds when at least *n* parts hold; undetermined while unknown parts could tip it."""

    n: int | Parameter[int] = field(validator=_check_count)

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        own: tuple[Parameter[Any], ...] = (
            (self.n,) if isinstance(self.n, Parameter) else ()
        )
        return tuple(dict.fromkeys((*own, *super().parameters())))

    def _decide(self, subject: object, on: dt.date) -> Node:
        nodes = tuple([child.evaluate(subject, on) for child in self.children])
        needed = resolve(self.n, on)
        holding = open_ = 0
        for node in nodes:
            if node.outcome is _ELIGIBLE:
                holding += 1
            elif node.outcome is _UNDETERMINED:
                open_ += 1
        if holding >= needed:
            outcome = Outcome.ELIGIBLE
        elif holding + open_ < needed:
            outcome = Outcome.INELIGIBLE
        else:
            outcome = Outcome.UNDETERMINED
        detail = Phrase(_COUNTED, (holding, len(nodes), needed))
        uses = _uses((self.n,), on) if isinstance(self.n, Parameter) else ()
        return self._node(outcome, nodes, parameters=uses, detail=detail)

    def _auto_id(self) -> str:
        return (
            f"at_least_n_of({_show(self.n)}, {', '.join(c.id for c in self.children)})"
        )

    def __repr__(self) -> str:
        return (
            f"at_least_n_of({_show(self.n)}, {self._children_repr()}){self._suffix()}"
        )


@frozen(kw_only=True, repr=False)
class Not(Rule):
    """Holds when its part does not hold; undetermined when the part is."""

    child: Rule = field(validator=_check_rule)

    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""
        return self.child.facts()

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        return self.child.parameters()

    def _breakpoints(
        self, subject: object, start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        return self.child.breakpoints(subject, start, end)

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Changes of single facts that could change this rule's answer."""
        return self.child.candidates(subject)

    def _decide(self, subject: object, on: dt.date) -> Node:
        node = self.child.evaluate(subject, on)
        outcome = ~node.outcome
        return Node(
            self.id,
            self.label,
            outcome,
            missing=node.missing if outcome is Outcome.UNDETERMINED else _EMPTY,
            source=self.source,
            children=(node,),
        )

    def _auto_id(self) -> str:
        return f"not_({self.child.id})"

    def __repr__(self) -> str:
        return f"not_({self.child!r}){self._suffix()}"


_ALL_LABEL: Final = Text(
    "toutes les conditions suivantes sont remplies",
    "alle folgenden Bedingungen sind erfüllt",
    "all of the following hold",
)
_ANY_LABEL: Final = Text(
    "au moins une des conditions suivantes est remplie",
    "mindestens eine der folgenden Bedingungen ist erfüllt",
    "at least one of the following holds",
)
_NOT_LABEL: Final = Text(
    "la condition suivante n'est pas remplie",
    "die folgende Bedingung ist nicht erfüllt",
    "the following does not hold",
)


def all_of(*rules: Rule) -> AllOf:
    """Holds when every rule holds; a single failing rule decides it, even beside unknowns.

    Example:
        >>> from integration_rules.rules import evaluate, is_true
        >>> rule = all_of(is_true("a"), is_true("b"))
        >>> evaluate(rule, {"a": False, "b": None}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.INELIGIBLE: 'ineligible'>
    """
    probe = AllOf(id="_", label=_ALL_LABEL, children=rules)
    return attrs.evolve(probe, id=probe._auto_id())  # noqa: SLF001


def any_of(*rules: Rule) -> AnyOf:
    """Holds when at least one rule holds; a single holding rule decides it, even beside unknowns."""
    probe = AnyOf(id="_", label=_ANY_LABEL, children=rules)
    return attrs.evolve(probe, id=probe._auto_id())  # noqa: SLF001


def at_least_n_of(n: int | Parameter[int], *rules: Rule) -> AtLeast:
    """Holds when at least *n* of *rules* hold.

    It is ``ELIGIBLE`` as soon as *n* rules hold, ``INELIGIBLE`` as soon as
    too few can still hold, and ``UNDETERMINED`` in between.
    """
    label = Text(
        f"au moins {_label_value(n)} des conditions suivantes sont remplies",
        f"mindestens {_label_value(n)} der folgenden Bedingungen sind erfüllt",
        f"at least {_label_value(n)} of the following hold",
    )
    probe = AtLeast(id="_", label=label, children=rules, n=n)
    return attrs.evolve(probe, id=probe._auto_id())  # noqa: SLF001


def not_(rule: Rule) -> Not:
    """Holds when *rule* does not hold; stays undetermined when *rule* is."""
    probe = Not(id="_", label=_NOT_LABEL, child=rule)
    return attrs.evolve(probe, id=probe._auto_id())  # noqa: SLF001


def _replace_parameters(rule: Any, replacements: Mapping[str, Parameter[Any]]) -> Any:
    """*rule* rebuilt with the parameters of *replacements* (by id) in place of its own.

    A rule that reads a replaced parameter itself gets the new value added to
    its label ("… [formavenir.min_difficulty_kinds = 3]"): its label was
    written for the library's reading and may quote the old value.
    """
    changes: dict[str, Any] = {}
    own: list[Parameter[Any]] = []
    for attribute in attrs.fields(type(rule)):
        if not attribute.init:
            continue
        value = getattr(rule, attribute.name)
        new = _replaced(value, replacements)
        if new is not value:
            changes[attribute.alias] = new
            if isinstance(value, Parameter):
                own.append(new)
    if own and isinstance(rule.label, Text):
        note = "; ".join(f"{p.id} = {_label_value(p)}" for p in own)
        label = rule.label
        changes["label"] = Text(
            f"{label.fr} [{note}]", f"{label.de} [{note}]", f"{label.en} [{note}]"
        )
    return attrs.evolve(rule, **changes) if changes else rule


def _replaced(value: Any, replacements: Mapping[str, Parameter[Any]]) -> Any:
    if isinstance(value, Parameter):
        return replacements.get(value.id, value)
    if isinstance(value, Rule):
        return _replace_parameters(value, replacements)
    if isinstance(value, tuple):
        items = tuple(_replaced(v, replacements) for v in value)
        return (
            value if all(a is b for a, b in zip(items, value, strict=True)) else items
        )
    return value
