"""The leaves of the rule algebra: rules that read facts.

A leaf reads its facts from the subject; if any is unknown (``None``) the
leaf is ``UNDETERMINED`` and names them in ``missing``. Otherwise it decides
and may report what it computed (an age, the day a duration is reached).

The classes here are data: the facts a leaf reads and the values it compares
with, validated once when the leaf is built. What each kind means (its test,
the days its answer changes, its wording) is its entry in the table of
operations (:mod:`~integration_rules._core._leaf_ops`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, ClassVar

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._facts import Fact
from integration_rules._core._node import ParameterUse
from integration_rules._core._operation import OPERATORS
from integration_rules._core._ops import operation
from integration_rules._core._parameters import Parameter, latest
from integration_rules._core._reading import parameter_uses, show
from integration_rules._core._rule import Rule
from integration_rules._core._sources import Source
from integration_rules._core._text import FactName, Text
from integration_rules.errors import InvalidRule


@frozen(kw_only=True, repr=False)
class Leaf(Rule):
    """A rule that reads facts directly.

    A leaf reads its facts; if any is unknown (``None``) it is
    ``UNDETERMINED`` and names them in ``missing``; otherwise it decides.
    The primitives (:func:`age_between`, :func:`compare`, :func:`is_true`,
    :func:`one_of`, :func:`contains`, :func:`years_since`,
    :func:`at_least_on_scale`, :func:`predicate`) build leaves.

    Attributes:
        reads: The facts the leaf reads, in order.
        compared: The values and parameters the leaf compares with.
        static_uses: The parameters as the explanation shows them, when none
            is dated (the same on every date); ``None`` otherwise.
    """

    # Computed once when the leaf is built, for the hot path of evaluation.
    reads: tuple[str, ...] = field(init=False, default=(), eq=False, repr=False)
    compared: tuple[object, ...] = field(init=False, default=(), eq=False, repr=False)
    static_uses: tuple[ParameterUse, ...] | None = field(
        init=False, default=None, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        op = operation(self)
        object.__setattr__(self, "reads", tuple(op.reads(self)))
        compared = tuple(op.values(self))
        object.__setattr__(self, "compared", compared)
        if all(p.history is None for p in compared if isinstance(p, Parameter)):
            object.__setattr__(
                self, "static_uses", parameter_uses(compared, dt.date.min)
            )
        super().__attrs_post_init__()


def _fact_name(value: Any) -> Any:
    """A fact given by its declaration is read by its name and shown by its label."""
    if isinstance(value, Fact):
        return FactName.of(value.name, value.label)
    return value


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
            f"{attribute.name}={show(value)} must be a non-negative int or a Parameter of one"
        )


# -- ages -----------------------------------------------------------------------------


@frozen(kw_only=True, repr=False)
class AgeBetween(Leaf):
    """Age in completed years on the evaluation date, within inclusive bounds."""

    kind: ClassVar[str] = "age_between"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    minimum: int | Parameter[int] | None = field(validator=_check_age_bound)
    maximum: int | Parameter[int] | None = field(validator=_check_age_bound)


def _age_rule(
    fact: str | Fact,
    minimum: int | Parameter[int] | None,
    maximum: int | Parameter[int] | None,
) -> AgeBetween:
    if minimum is None and maximum is None:
        raise InvalidRule("an age rule needs a minimum, a maximum or both")
    rule = AgeBetween(fact=fact, minimum=minimum, maximum=maximum)
    low = latest(minimum) if minimum is not None else None
    high = latest(maximum) if maximum is not None else None
    if low is not None and high is not None and low > high:
        raise InvalidRule(
            f"minimum={show(minimum)} must not exceed maximum={show(maximum)}"
        )
    return rule


def age_between(
    minimum: int | Parameter[int],
    maximum: int | Parameter[int],
    *,
    fact: str | Fact = "birth_date",
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
    minimum: int | Parameter[int], *, fact: str | Fact = "birth_date"
) -> AgeBetween:
    """Holds when the age in completed years on the evaluation date is at least *minimum*."""
    return _age_rule(fact, minimum, None)


def age_at_most(
    maximum: int | Parameter[int], *, fact: str | Fact = "birth_date"
) -> AgeBetween:
    """Holds when the age in completed years on the evaluation date is at most *maximum*."""
    return _age_rule(fact, None, maximum)


@frozen(kw_only=True, repr=False)
class AnyAgeBetween(Leaf):
    """Holds when someone in a collection of birth dates is within an age range.

    Used for "has a child aged 0 to 4". Dates after the evaluation date do not
    count (the child is not born yet); an empty collection is known and false.
    """

    kind: ClassVar[str] = "any_age_between"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    minimum: int | Parameter[int] = field(validator=_check_age_bound)
    maximum: int | Parameter[int] = field(validator=_check_age_bound)


def any_age_between(
    fact: str | Fact, minimum: int | Parameter[int], maximum: int | Parameter[int]
) -> AnyAgeBetween:
    """Holds when at least one birth date in the collection *fact* gives an age in [*minimum*, *maximum*].

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = any_age_between("children_birth_dates", 0, 4)
        >>> evaluate(rule, {"children_birth_dates": (dt.date(2019, 5, 1),)}, on=dt.date(2024, 4, 30)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    return AnyAgeBetween(fact=fact, minimum=minimum, maximum=maximum)


# -- time elapsed since a date --------------------------------------------------------


def _check_years(
    _instance: object, attribute: attrs.Attribute[Any], value: Any
) -> None:
    plain = value.value if isinstance(value, Parameter) else value
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 0:
        raise InvalidRule(
            f"{attribute.name}={show(value)} must be a non-negative int or a Parameter of one"
        )


@frozen(kw_only=True, repr=False)
class _Elapsed(Leaf):
    """Time elapsed since a date fact, at least or more than an amount.

    A date after the evaluation date has not elapsed at all: the rule does
    not hold yet (it will, from the day shown in the explanation).
    """

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    amount: int | Parameter[int] = field(validator=_check_years)
    strict: bool = False
    #: A reading that decides *strict*: "at least" when true, "more than" when false.
    inclusive: Parameter[bool] | None = field(
        default=None, validator=optional(instance_of(Parameter))
    )

    def __attrs_post_init__(self) -> None:
        if self.inclusive is not None:
            if self.inclusive.history is not None:
                raise InvalidRule(
                    f"inclusive={self.inclusive.id!r} must be an undated Parameter"
                )
            object.__setattr__(self, "strict", not self.inclusive.value)
        super().__attrs_post_init__()


@frozen(kw_only=True, repr=False)
class YearsSince(_Elapsed):
    """Years elapsed since a date fact: at least, or more than, a number.

    ``strict=False``: holds from the anniversary on; ``strict=True`` ("more
    than"): from the day after it. An anniversary of a 29 February falls on
    28 February in a common year.
    """

    kind: ClassVar[str] = "years_since"


@frozen(kw_only=True, repr=False)
class MonthsSince(_Elapsed):
    """Months elapsed since a date fact: at least, or more than, a number.

    A month after 31 January is the last day of February.
    """

    kind: ClassVar[str] = "months_since"


def _elapsed(
    kind: type[_Elapsed],
    fact: str | Fact,
    at_least: int | Parameter[int] | None,
    more_than: int | Parameter[int] | None,
    inclusive: Parameter[bool] | None = None,
) -> Any:
    if (at_least is None) == (more_than is None):
        raise InvalidRule(
            f"{kind.__name__.lower()}() needs exactly one of at_least= or more_than="
        )
    if inclusive is not None and (
        more_than is not None or not isinstance(inclusive, Parameter)
    ):
        raise InvalidRule(
            "inclusive= must be a Parameter, given with at_least= (it decides between at least and more than)"
        )
    strict = more_than is not None or (inclusive is not None and not inclusive.value)
    amount = more_than if more_than is not None else at_least
    plain = amount.value if isinstance(amount, Parameter) else amount
    if isinstance(plain, bool) or not isinstance(plain, int) or plain < 0:
        name = "more_than" if strict else "at_least"
        raise InvalidRule(
            f"{name}={show(amount)} must be a non-negative int or a Parameter of one"
        )
    return kind(fact=fact, amount=amount, strict=strict, inclusive=inclusive)  # type: ignore[arg-type]


def years_since(
    fact: str | Fact,
    *,
    at_least: int | Parameter[int] | None = None,
    more_than: int | Parameter[int] | None = None,
    inclusive: Parameter[bool] | None = None,
) -> YearsSince:
    """Holds when at least (or more than) a number of years have passed since the date *fact*.

    Give exactly one of *at_least* (from the anniversary on) or *more_than*
    (from the day after the anniversary). A date after the evaluation date
    has not elapsed at all: the rule does not hold yet. When a text is
    unclear on the anniversary itself ("over 50"), give *at_least* and a
    yes/no *inclusive* parameter: true reads "at least", false "more than",
    and the explanation shows the reading.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = years_since("asylum_request_date", at_least=5)
        >>> facts = {"asylum_request_date": dt.date(2019, 5, 3)}
        >>> evaluate(rule, facts, on=dt.date(2024, 5, 2)).outcome, evaluate(rule, facts, on=dt.date(2024, 5, 3)).outcome
        (<Outcome.INELIGIBLE: 'ineligible'>, <Outcome.ELIGIBLE: 'eligible'>)
    """
    return _elapsed(YearsSince, fact, at_least, more_than, inclusive)  # type: ignore[no-any-return]


def months_since(
    fact: str | Fact,
    *,
    at_least: int | Parameter[int] | None = None,
    more_than: int | Parameter[int] | None = None,
) -> MonthsSince:
    """Holds when at least (or more than) a number of months have passed since the date *fact*.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = months_since("housing_since", at_least=6)
        >>> facts = {"housing_since": dt.date(2024, 1, 31)}
        >>> evaluate(rule, facts, on=dt.date(2024, 7, 30)).outcome, evaluate(rule, facts, on=dt.date(2024, 7, 31)).outcome
        (<Outcome.INELIGIBLE: 'ineligible'>, <Outcome.ELIGIBLE: 'eligible'>)
    """
    return _elapsed(MonthsSince, fact, at_least, more_than)  # type: ignore[no-any-return]


# -- values ---------------------------------------------------------------------------


def _to_scale(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen(kw_only=True, repr=False)
class OnScale(Leaf):
    """Holds when a fact's value is at least *minimum* on an ordered *scale*."""

    kind: ClassVar[str] = "at_least_on_scale"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    minimum: Any
    scale: tuple[Any, ...] = field(converter=_to_scale)

    def __attrs_post_init__(self) -> None:
        if len(set(self.scale)) != len(self.scale) or not self.scale:
            raise InvalidRule("scale must list distinct values, lowest first")
        if latest(self.minimum) not in self.scale:
            raise InvalidRule(
                f"minimum={show(self.minimum)} is not on the scale {self.scale!r}"
            )
        super().__attrs_post_init__()


def at_least_on_scale(fact: str | Fact, minimum: object, scale: Sequence[object]) -> OnScale:
    """Holds when the value of *fact* is *minimum* or above on the ordered *scale*.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = at_least_on_scale("level", "A2", ["none", "A1", "A2", "B1"])
        >>> evaluate(rule, {"level": "B1"}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    return OnScale(fact=fact, minimum=minimum, scale=tuple(scale))


def _check_op(_instance: object, _attribute: object, value: Any) -> None:
    if value not in OPERATORS:
        raise InvalidRule(f"op={value!r} must be one of {', '.join(OPERATORS)}")


@frozen(kw_only=True, repr=False)
class Compare(Leaf):
    """A fact compared with a value or a parameter: ``fact <op> value``."""

    kind: ClassVar[str] = "compare"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    op: str = field(validator=_check_op)
    value: Any


def compare(fact: str | Fact, op: str, value: object) -> Compare:
    """Holds when ``fact <op> value``; *op* is one of ``== != < <= > >=``.

    *value* may be a :class:`~integration_rules._core._parameters.Parameter`.
    """
    return Compare(fact=fact, op=op, value=value)


def equals(fact: str | Fact, value: object) -> Compare:
    """Holds when the fact equals *value*."""
    return compare(fact, "==", value)


@frozen(kw_only=True, repr=False)
class IsTrue(Leaf):
    """Holds when a yes/no fact is yes."""

    kind: ClassVar[str] = "is_true"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)


def is_true(fact: str | Fact) -> IsTrue:
    """Holds when the yes/no *fact* is ``True``; ``None`` (unknown) leaves it undetermined."""
    return IsTrue(fact=fact)


def _as_frozenset(values: Collection[object]) -> frozenset[object]:
    if isinstance(values, str) or not isinstance(values, Collection):
        raise InvalidRule(
            f"values={values!r} must be a collection of values, not a single value"
        )
    if not values:
        raise InvalidRule("values must not be empty")
    return frozenset(values)


def _as_values(values: Any) -> Any:
    """A set of values, or a parameter whose value is one (checked on its latest value)."""
    if isinstance(values, Parameter):
        current = latest(values)
        if not isinstance(current, frozenset):
            raise InvalidRule(
                f"values={values.id!r} must be a parameter whose value is a frozenset"
            )
        return values
    return _as_frozenset(values)


@frozen(kw_only=True, repr=False)
class OneOf(Leaf):
    """Holds when a fact's value is one of a set of values (or of a parameter's set).

    A parameter's set may be empty: then the leaf never holds.
    """

    kind: ClassVar[str] = "one_of"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    values: frozenset[Any] | Parameter[frozenset[Any]] = field(converter=_as_values)

    def values_on(self, on: dt.date) -> frozenset[Any]:
        """The set of values on *on* (a parameter's value that day)."""
        return (
            self.values.value_on(on)
            if isinstance(self.values, Parameter)
            else self.values
        )


def one_of(fact: str | Fact, values: Collection[object] | Parameter[Any]) -> OneOf:
    """Holds when the value of *fact* is in *values* (a collection, or a parameter of a frozenset)."""
    return OneOf(fact=fact, values=values)


@frozen(kw_only=True, repr=False)
class Contains(Leaf):
    """Holds when a set-valued fact contains a value."""

    kind: ClassVar[str] = "contains"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    value: Any


def contains(fact: str | Fact, value: object) -> Contains:
    """Holds when the set-valued *fact* contains *value*."""
    return Contains(fact=fact, value=value)


def _to_names(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen(kw_only=True, repr=False)
class Predicate(Leaf):
    """A leaf decided by a function of the facts it reads and the date."""

    kind: ClassVar[str] = "predicate"

    fact_names: tuple[str, ...] = field(converter=_to_names)
    function: Callable[..., bool]
    changes: Callable[..., Iterable[dt.date]] | None = None

    @fact_names.validator
    def _check_names(self, _attribute: object, value: tuple[object, ...]) -> None:
        if not value:
            raise InvalidRule("a predicate must read at least one fact")
        for name in value:
            _check_fact_name(self, _attribute, name)


def predicate(
    id: str,
    label: Text,
    reads: Sequence[str],
    function: Callable[..., bool],
    *,
    source: Source | None = None,
    changes: Callable[..., Iterable[dt.date]] | None = None,
) -> Predicate:
    """A leaf decided by ``function(*values, on=date)`` once every fact in *reads* is known.

    Use it for a condition the primitives do not express. The function must
    be pure: same values and date, same answer. If its answer depends on the
    date, give *changes*: ``changes(*values, start=, end=)`` returns the days on
    which it may change; without it, periods over time treat the predicate
    as constant.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> def even(n, *, on): return n % 2 == 0
        >>> rule = predicate("demo.even", Text.same("even"), ["n"], even)
        >>> evaluate(rule, {"n": 4}, on=dt.date(2024, 1, 1)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    return Predicate(
        id=id,
        label=label,
        source=source,
        fact_names=tuple(reads),
        function=function,
        changes=changes,
    )
