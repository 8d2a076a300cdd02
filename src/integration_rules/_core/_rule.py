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
import operator
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, Final, Self, TypeVar

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._dates import Period, add_years, as_date, completed_years
from integration_rules._core._explanation import Node, ParameterUse
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, resolve
from integration_rules._core._sources import Source
from integration_rules._core._text import Text
from integration_rules.errors import EvaluationError, InvalidRule

T = TypeVar("T")

_EMPTY: Final[frozenset[str]] = frozenset()


def read_fact(subject: object, name: str) -> Any:
    """The value of fact *name* on *subject*; ``None`` means unknown.

    A mapping subject is sparse: an absent key is an unknown fact. An object
    subject must have the attribute: a rule that reads a fact the subject
    does not have is a programming error, not an unknown fact.

    Raises:
        EvaluationError: If *subject* is an object without attribute *name*.
    """
    if type(subject) is dict:
        return subject.get(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        if isinstance(subject, Mapping):
            return subject.get(name)
        raise EvaluationError(
            name,
            f"a rule reads this fact, but a {type(subject).__name__} has no such field",
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
    """How a value or parameter appears in a generated label."""
    if isinstance(value, Parameter):
        value = value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return str(value)


def _uses(values: Sequence[object], on: dt.date) -> tuple[ParameterUse, ...]:
    if not values:
        return ()
    return tuple(
        ParameterUse(v.id, v.label, v.value_on(on), v.source, v.note)
        for v in values
        if isinstance(v, Parameter)
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

    # -- combinators --------------------------------------------------------------

    def __and__(self, other: Rule) -> Rule:
        if not isinstance(other, Rule):
            return NotImplemented
        return all_of(self, other)

    def __or__(self, other: Rule) -> Rule:
        if not isinstance(other, Rule):
            return NotImplemented
        return any_of(self, other)

    def __invert__(self) -> Rule:
        return not_(self)

    def named(
        self, id: str, *, label: Text | None = None, source: Source | None = None
    ) -> Self:
        """A copy of this rule with a stable *id*, and optionally a *label* and a *source*.

        Example:
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
            return attrs.evolve(node, in_force=self.in_force)
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
# Leaves
# ----------------------------------------------------------------------------------


@frozen(kw_only=True, repr=False)
class Leaf(Rule):
    """A rule that reads facts directly.

    A leaf reads its facts; if any is unknown (``None``) it is
    ``UNDETERMINED`` and names them in ``missing``; otherwise it decides.
    The primitives (:func:`age_between`, :func:`compare`, :func:`is_true`,
    :func:`one_of`, :func:`contains`, :func:`years_since`,
    :func:`at_least_on_scale`, :func:`predicate`) build leaves.
    """

    @property
    @abc.abstractmethod
    def reads(self) -> tuple[str, ...]:
        """The facts the leaf reads, in order."""

    @abc.abstractmethod
    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        """Decide on known values: the truth and an optional detail of what was computed."""

    def _values(self) -> tuple[object, ...]:
        """The values and parameters the leaf compares with (for the explanation)."""
        return ()

    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""
        return frozenset(self.reads)

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        return tuple(
            dict.fromkeys(v for v in self._values() if isinstance(v, Parameter))
        )

    def _decide(self, subject: object, on: dt.date) -> Node:
        reads = self.reads
        values = tuple(read_fact(subject, name) for name in reads)
        facts = tuple(zip(reads, values, strict=True))
        uses = _uses(self._values(), on)
        unknown = frozenset(name for name, value in facts if value is None)
        if unknown:
            return Node(
                self.id,
                self.label,
                Outcome.UNDETERMINED,
                missing=unknown,
                source=self.source,
                facts=facts,
                parameters=uses,
            )
        holds, detail = self._test(values, on)
        return Node(
            self.id,
            self.label,
            Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE,
            source=self.source,
            facts=facts,
            parameters=uses,
            detail=detail,
        )


def _check_fact_name(_instance: object, _attribute: object, value: Any) -> None:
    if not isinstance(value, str) or not value.isidentifier():
        raise InvalidRule(
            f"fact={value!r} must be the name of a fact (a Python identifier)"
        )


def _check_age_bound(
    _instance: object, attribute: attrs.Attribute[Any], value: Any
) -> None:
    plain = value.value if isinstance(value, Parameter) else value
    if plain is None and not isinstance(value, Parameter):
        return
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 0:
        raise InvalidRule(
            f"{attribute.name}={_show(value)} must be a non-negative int or a Parameter of one"
        )


@frozen(kw_only=True, repr=False)
class AgeBetween(Leaf):
    """Age in completed years on the evaluation date, within inclusive bounds."""

    fact: str = field(validator=_check_fact_name)
    minimum: int | Parameter[int] | None = field(validator=_check_age_bound)
    maximum: int | Parameter[int] | None = field(validator=_check_age_bound)

    @property
    def reads(self) -> tuple[str, ...]:
        """The birth-date fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.minimum, self.maximum)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        (born,) = values
        if born > on:
            raise EvaluationError(
                self.fact,
                f"is after the evaluation date {on.isoformat()}; an age cannot be computed",
            )
        age = completed_years(born, on=on)
        low = None if self.minimum is None else resolve(self.minimum, on)
        high = None if self.maximum is None else resolve(self.maximum, on)
        holds = (low is None or age >= low) and (high is None or age <= high)
        day = on.isoformat()
        detail = Text(
            f"{age} ans révolus le {day}",
            f"{age} vollendete Jahre am {day}",
            f"{age} completed years on {day}",
        )
        return holds, detail

    def _auto_id(self) -> str:
        if self.maximum is None:
            return f"age_at_least({self.fact!r}, {_show(self.minimum)})"
        if self.minimum is None:
            return f"age_at_most({self.fact!r}, {_show(self.maximum)})"
        return (
            f"age_between({self.fact!r}, {_show(self.minimum)}, {_show(self.maximum)})"
        )


def _age_label(minimum: object, maximum: object) -> Text:
    low, high = _label_value(minimum), _label_value(maximum)
    if maximum is None:
        return Text(
            f"âgé·e d'au moins {low} ans révolus",
            f"mindestens {low} Jahre alt (vollendete Jahre)",
            f"aged at least {low} in completed years",
        )
    if minimum is None:
        return Text(
            f"âgé·e d'au plus {high} ans révolus",
            f"höchstens {high} Jahre alt (vollendete Jahre)",
            f"aged at most {high} in completed years",
        )
    return Text(
        f"âgé·e de {low} à {high} ans révolus",
        f"zwischen {low} und {high} Jahre alt (vollendete Jahre)",
        f"aged {low} to {high} in completed years",
    )


def _age_rule(
    fact: str,
    minimum: int | Parameter[int] | None,
    maximum: int | Parameter[int] | None,
) -> AgeBetween:
    if minimum is None and maximum is None:
        raise InvalidRule("an age rule needs a minimum, a maximum or both")
    probe = AgeBetween(
        id="_", label=Text.same("_"), fact=fact, minimum=minimum, maximum=maximum
    )
    low = resolve(minimum, dt.date.min) if minimum is not None else None
    high = resolve(maximum, dt.date.min) if maximum is not None else None
    if low is not None and high is not None and low > high:
        raise InvalidRule(
            f"minimum={_show(minimum)} must not exceed maximum={_show(maximum)}"
        )
    return attrs.evolve(probe, id=probe._auto_id(), label=_age_label(minimum, maximum))  # noqa: SLF001


def age_between(
    minimum: int | Parameter[int],
    maximum: int | Parameter[int],
    *,
    fact: str = "birth_date",
) -> AgeBetween:
    """Holds when the age in completed years on the evaluation date is in [*minimum*, *maximum*].

    Both bounds are included: ``age_between(15, 25)`` holds from the 15th
    birthday to the day before the 26th. The age is computed with
    ``dateutil.relativedelta``; someone born on 29 February completes a year
    on 28 February in a common year. A birth date after the evaluation date
    raises :class:`~integration_rules.errors.EvaluationError`.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = age_between(15, 25)
        >>> evaluate(rule, {"birth_date": dt.date(2009, 3, 1)}, on=dt.date(2024, 3, 1)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    return _age_rule(fact, minimum, maximum)


def age_at_least(
    minimum: int | Parameter[int], *, fact: str = "birth_date"
) -> AgeBetween:
    """Holds when the age in completed years on the evaluation date is at least *minimum*."""
    return _age_rule(fact, minimum, None)


def age_at_most(
    maximum: int | Parameter[int], *, fact: str = "birth_date"
) -> AgeBetween:
    """Holds when the age in completed years on the evaluation date is at most *maximum*."""
    return _age_rule(fact, None, maximum)


def _check_years(
    _instance: object, attribute: attrs.Attribute[Any], value: Any
) -> None:
    plain = value.value if isinstance(value, Parameter) else value
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 0:
        raise InvalidRule(
            f"{attribute.name}={_show(value)} must be a non-negative int or a Parameter of one"
        )


@frozen(kw_only=True, repr=False)
class YearsSince(Leaf):
    """Time elapsed since a date fact: at least, or more than, a number of years.

    ``strict=False``: holds from the *years*-th anniversary of the date on;
    ``strict=True`` ("more than"): from the day after it. An anniversary of a
    29 February falls on 28 February in a common year.
    """

    fact: str = field(validator=_check_fact_name)
    years: int | Parameter[int] = field(validator=_check_years)
    strict: bool = False

    @property
    def reads(self) -> tuple[str, ...]:
        """The date fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.years,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        (since,) = values
        if since > on:
            raise EvaluationError(
                self.fact, f"is after the evaluation date {on.isoformat()}"
            )
        years = resolve(self.years, on)
        mark = add_years(since, years)
        holds = on > mark if self.strict else on >= mark
        elapsed = completed_years(since, on=on)
        day = mark.isoformat()
        detail = Text(
            f"{elapsed} années révolues; {years} ans atteints le {day}",
            f"{elapsed} vollendete Jahre; {years} Jahre erreicht am {day}",
            f"{elapsed} completed years; {years} years reached on {day}",
        )
        return holds, detail

    def _auto_id(self) -> str:
        kind = "more_than" if self.strict else "at_least"
        return f"years_since({self.fact!r}, {kind}={_show(self.years)})"


def years_since(
    fact: str,
    *,
    at_least: int | Parameter[int] | None = None,
    more_than: int | Parameter[int] | None = None,
) -> YearsSince:
    """Holds when at least (or more than) a number of years have passed since the date *fact*.

    Give exactly one of *at_least* (from the anniversary on) or *more_than*
    (from the day after the anniversary). A date after the evaluation date
    raises :class:`~integration_rules.errors.EvaluationError`.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = years_since("asylum_request_date", at_least=5)
        >>> facts = {"asylum_request_date": dt.date(2019, 5, 3)}
        >>> evaluate(rule, facts, on=dt.date(2024, 5, 2)).outcome, evaluate(rule, facts, on=dt.date(2024, 5, 3)).outcome
        (<Outcome.INELIGIBLE: 'ineligible'>, <Outcome.ELIGIBLE: 'eligible'>)
    """
    if (at_least is None) == (more_than is None):
        raise InvalidRule("years_since() needs exactly one of at_least= or more_than=")
    strict = more_than is not None
    years: int | Parameter[int] = more_than if more_than is not None else at_least  # type: ignore[assignment]
    probe = YearsSince(
        id="_", label=Text.same("_"), fact=fact, years=years, strict=strict
    )
    n = _label_value(years)
    if strict:
        label = Text(
            f"plus de {n} ans depuis {fact}",
            f"mehr als {n} Jahre seit {fact}",
            f"more than {n} years since {fact}",
        )
    else:
        label = Text(
            f"au moins {n} ans depuis {fact}",
            f"mindestens {n} Jahre seit {fact}",
            f"at least {n} years since {fact}",
        )
    return attrs.evolve(probe, id=probe._auto_id(), label=label)  # noqa: SLF001


def _to_scale(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen(kw_only=True, repr=False)
class OnScale(Leaf):
    """Holds when a fact's value is at least *minimum* on an ordered *scale*."""

    fact: str = field(validator=_check_fact_name)
    minimum: Any
    scale: tuple[Any, ...] = field(converter=_to_scale)

    def __attrs_post_init__(self) -> None:
        if len(set(self.scale)) != len(self.scale) or not self.scale:
            raise InvalidRule("scale must list distinct values, lowest first")
        if resolve(self.minimum, dt.date.min) not in self.scale:
            raise InvalidRule(
                f"minimum={_show(self.minimum)} is not on the scale {self.scale!r}"
            )

    @property
    def reads(self) -> tuple[str, ...]:
        """The fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.minimum,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        (actual,) = values
        if actual not in self.scale:
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a value on its scale"
            )
        return self.scale.index(actual) >= self.scale.index(
            resolve(self.minimum, on)
        ), None

    def _auto_id(self) -> str:
        return f"at_least_on_scale({self.fact!r}, {_show(self.minimum)})"


def at_least_on_scale(fact: str, minimum: object, scale: Sequence[object]) -> OnScale:
    """Holds when the value of *fact* is *minimum* or above on the ordered *scale*.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = at_least_on_scale("level", "A2", ["none", "A1", "A2", "B1"])
        >>> evaluate(rule, {"level": "B1"}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    probe = OnScale(
        id="_", label=Text.same("_"), fact=fact, minimum=minimum, scale=tuple(scale)
    )
    shown = f"{fact} ≥ {_label_value(minimum)}"
    return attrs.evolve(probe, id=probe._auto_id(), label=Text.same(shown))  # noqa: SLF001


_OPERATORS: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _check_op(_instance: object, _attribute: object, value: Any) -> None:
    if value not in _OPERATORS:
        raise InvalidRule(f"op={value!r} must be one of {', '.join(_OPERATORS)}")


@frozen(kw_only=True, repr=False)
class Compare(Leaf):
    """A fact compared with a value or a parameter: ``fact <op> value``."""

    fact: str = field(validator=_check_fact_name)
    op: str = field(validator=_check_op)
    value: Any

    @property
    def reads(self) -> tuple[str, ...]:
        """The compared fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.value,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        (actual,) = values
        expected = resolve(self.value, on)
        try:
            return bool(_OPERATORS[self.op](actual, expected)), None
        except TypeError:
            raise EvaluationError(
                self.fact,
                f"cannot be compared with {type(expected).__name__} by rule {self.id!r}",
            ) from None

    def _auto_id(self) -> str:
        return f"compare({self.fact!r}, {self.op!r}, {_show(self.value)})"


def compare(fact: str, op: str, value: object) -> Compare:
    """Holds when ``fact <op> value``; *op* is one of ``== != < <= > >=``.

    *value* may be a :class:`~integration_rules._core._parameters.Parameter`.
    """
    probe = Compare(id="_", label=Text.same("_"), fact=fact, op=op, value=value)
    shown = f"{fact} {op} {_label_value(value)}"
    return attrs.evolve(probe, id=probe._auto_id(), label=Text.same(shown))  # noqa: SLF001


def equals(fact: str, value: object) -> Compare:
    """Holds when the fact equals *value*."""
    return compare(fact, "==", value)


@frozen(kw_only=True, repr=False)
class IsTrue(Leaf):
    """Holds when a yes/no fact is yes."""

    fact: str = field(validator=_check_fact_name)

    @property
    def reads(self) -> tuple[str, ...]:
        """The yes/no fact."""
        return (self.fact,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:  # noqa: ARG002
        (actual,) = values
        if not isinstance(actual, bool):
            raise EvaluationError(self.fact, f"rule {self.id!r} expects a yes/no fact")
        return actual, None

    def _auto_id(self) -> str:
        return f"is_true({self.fact!r})"


def is_true(fact: str) -> IsTrue:
    """Holds when the yes/no *fact* is ``True``; ``None`` (unknown) leaves it undetermined."""
    probe = IsTrue(id="_", label=Text.same("_"), fact=fact)
    return attrs.evolve(
        probe,
        id=probe._auto_id(),  # noqa: SLF001
        label=Text(f"{fact} : oui", f"{fact}: ja", f"{fact}: yes"),
    )


def _as_frozenset(values: Collection[object]) -> frozenset[object]:
    if isinstance(values, str) or not isinstance(values, Collection):
        raise InvalidRule(
            f"values={values!r} must be a collection of values, not a single value"
        )
    if not values:
        raise InvalidRule("values must not be empty")
    return frozenset(values)


@frozen(kw_only=True, repr=False)
class OneOf(Leaf):
    """Holds when a fact's value is one of a set of values."""

    fact: str = field(validator=_check_fact_name)
    values: frozenset[Any] = field(converter=_as_frozenset)

    @property
    def reads(self) -> tuple[str, ...]:
        """The fact."""
        return (self.fact,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:  # noqa: ARG002
        (actual,) = values
        return actual in self.values, None

    def _auto_id(self) -> str:
        return f"one_of({self.fact!r}, {_show(self.values)})"


def one_of(fact: str, values: Collection[object]) -> OneOf:
    """Holds when the value of *fact* is in *values*."""
    probe = OneOf(id="_", label=Text.same("_"), fact=fact, values=_as_frozenset(values))
    shown = f"{fact} ∈ {_label_value(probe.values)}"
    return attrs.evolve(probe, id=probe._auto_id(), label=Text.same(shown))  # noqa: SLF001


@frozen(kw_only=True, repr=False)
class Contains(Leaf):
    """Holds when a set-valued fact contains a value."""

    fact: str = field(validator=_check_fact_name)
    value: Any

    @property
    def reads(self) -> tuple[str, ...]:
        """The set-valued fact."""
        return (self.fact,)

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:  # noqa: ARG002
        (actual,) = values
        if isinstance(actual, str) or not isinstance(actual, Collection):
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a set-valued fact"
            )
        return self.value in actual, None

    def _auto_id(self) -> str:
        return f"contains({self.fact!r}, {_show(self.value)})"


def contains(fact: str, value: object) -> Contains:
    """Holds when the set-valued *fact* contains *value*."""
    probe = Contains(id="_", label=Text.same("_"), fact=fact, value=value)
    shown = f"{_label_value(value)} ∈ {fact}"
    return attrs.evolve(probe, id=probe._auto_id(), label=Text.same(shown))  # noqa: SLF001


def _to_names(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen(kw_only=True, repr=False)
class Predicate(Leaf):
    """A leaf decided by a function of the facts it reads and the date."""

    fact_names: tuple[str, ...] = field(converter=_to_names)
    function: Callable[..., bool]

    @fact_names.validator
    def _check_names(self, _attribute: object, value: tuple[object, ...]) -> None:
        if not value:
            raise InvalidRule("a predicate must read at least one fact")
        for name in value:
            _check_fact_name(self, _attribute, name)

    @property
    def reads(self) -> tuple[str, ...]:
        """The facts given to the function, in order."""
        return self.fact_names

    def _test(self, values: tuple[Any, ...], on: dt.date) -> tuple[bool, Text | None]:
        return bool(self.function(*values, on=on)), None

    def _auto_id(self) -> str:
        return f"predicate({getattr(self.function, '__name__', 'function')!r})"


def predicate(
    id: str,
    label: Text,
    reads: Sequence[str],
    function: Callable[..., bool],
    *,
    source: Source | None = None,
) -> Predicate:
    """A leaf decided by ``function(*values, on=date)`` once every fact in *reads* is known.

    Use it for a condition the primitives do not express. The function must
    be pure: same values and date, same answer.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> def even(n, *, on): return n % 2 == 0
        >>> rule = predicate("demo.even", Text.same("even"), ["n"], even)
        >>> evaluate(rule, {"n": 4}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    return Predicate(
        id=id, label=label, source=source, fact_names=tuple(reads), function=function
    )


# ----------------------------------------------------------------------------------
# Combinators
# ----------------------------------------------------------------------------------


def _check_children(_instance: object, _attribute: object, value: Any) -> None:
    if not value:
        raise InvalidRule("a combination needs at least one rule")
    for child in value:
        if not isinstance(child, Rule):
            raise InvalidRule(
                f"expected rules to combine, got {type(child).__name__} {child!r}"
            )


def _to_rules(value: Sequence[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


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
        nodes = tuple(child.evaluate(subject, on) for child in self.children)
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
        nodes = tuple(child.evaluate(subject, on) for child in self.children)
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
        nodes = tuple(child.evaluate(subject, on) for child in self.children)
        needed = resolve(self.n, on)
        holding = sum(1 for node in nodes if node.outcome is Outcome.ELIGIBLE)
        open_ = sum(1 for node in nodes if node.outcome is Outcome.UNDETERMINED)
        if holding >= needed:
            outcome = Outcome.ELIGIBLE
        elif holding + open_ < needed:
            outcome = Outcome.INELIGIBLE
        else:
            outcome = Outcome.UNDETERMINED
        detail = Text(
            f"{holding} sur {len(nodes)} remplies, {needed} requises",
            f"{holding} von {len(nodes)} erfüllt, {needed} verlangt",
            f"{holding} of {len(nodes)} hold, {needed} required",
        )
        return self._node(
            outcome, nodes, parameters=_uses((self.n,), on), detail=detail
        )

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
        >>> from integration_rules.rules import evaluate
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
