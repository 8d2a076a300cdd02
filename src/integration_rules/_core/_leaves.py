"""The leaves of the rule algebra: rules that read facts.

A leaf reads its facts from the subject; if any is unknown (``None``) the
leaf is ``UNDETERMINED`` and names them in ``missing``. Otherwise it decides
and may report what it computed (an age, the day a duration is reached).

Leaves also know the days on which their answer can change while the facts
stay the same (a birthday, an anniversary): see :meth:`Rule.breakpoints`.
"""

from __future__ import annotations

import abc
import datetime as dt
import operator
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any, Final

import attrs
from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._dates import (
    add_months,
    add_years,
    completed_years,
    ordinal,
)
from integration_rules._core._explanation import Node, ParameterUse
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter, latest, resolve
from integration_rules._core._rule import (
    Breakpoint,
    FactChange,
    Rule,
    _label_value,
    _show,
    _uses,
    read_fact,
)
from integration_rules._core._sources import Source
from integration_rules._core._text import Phrase, Text
from integration_rules.errors import EvaluationError, InvalidRule

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

    # Computed once when the leaf is built, for the hot path of evaluation.
    _reads: tuple[str, ...] = field(init=False, default=(), eq=False, repr=False)
    _params: tuple[Parameter[Any], ...] = field(
        init=False, default=(), eq=False, repr=False
    )
    # The parameter uses when no parameter is dated: the same on every date.
    _static_uses: tuple[ParameterUse, ...] | None = field(
        init=False, default=None, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_reads", tuple(self.reads))
        params = tuple(v for v in self._values() if isinstance(v, Parameter))
        object.__setattr__(self, "_params", params)
        if all(p.history is None for p in params):
            object.__setattr__(self, "_static_uses", _uses(params, dt.date.min))

    @property
    @abc.abstractmethod
    def reads(self) -> tuple[str, ...]:
        """The facts the leaf reads, in order."""

    @abc.abstractmethod
    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        """Decide on known values: the truth and an optional detail of what was computed."""

    def _values(self) -> tuple[object, ...]:
        """The values and parameters the leaf compares with (for the explanation)."""
        return ()

    def facts(self) -> frozenset[str]:
        """The names of every fact this rule may read."""
        return frozenset(self.reads)

    def _breakpoints(
        self, subject: object, start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        values = tuple(read_fact(subject, name) for name in self.reads)
        if any(value is None for value in values):
            return ()
        # The leaf's own changes follow its parameters' values; on a day without
        # one (before the first, after the last) it has none, and its period in
        # force is what keeps it from being evaluated there.
        found = (
            [b for b in self._changes(values, start, end) if start < b.day <= end]
            if self._has_values(start)
            else []
        )
        # A dated parameter may change the answer on the day it takes a new value.
        for parameter in self._params:
            if parameter.history is None:
                continue
            days = [c.start for c in parameter.history.changes]
            if parameter.history.ended is not None:
                days.append(parameter.history.ended + dt.timedelta(days=1))
            reason = Text(
                f"nouvelle valeur de {parameter.id}",
                f"neuer Wert von {parameter.id}",
                f"new value of {parameter.id}",
            )
            for day in days:
                if start < day <= end:
                    # From that day the leaf's own changes follow the new value.
                    found.append(Breakpoint(day, self.id, reason))
                    if self._has_values(day):
                        found.extend(
                            b
                            for b in self._changes(values, day, end)
                            if day < b.day <= end
                        )
        return found

    def _has_values(self, day: dt.date) -> bool:
        """Whether every dated parameter of the leaf has a value on *day*."""
        for parameter in self._params:
            history = parameter.history
            if history is not None and (
                day < history.changes[0].start
                or (history.ended is not None and day > history.ended)
            ):
                return False
        return True

    def _changes(
        self, values: tuple[Any, ...], start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        """The days the answer changes on known *values*; none for a leaf that ignores the date."""
        return ()

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Changes of single facts that could change this rule's answer (none by default)."""
        return ()

    def parameters(self) -> tuple[Parameter[Any], ...]:
        """Every parameter this rule reads, in order, without repeats."""
        return tuple(dict.fromkeys(self._params))

    def _decide(self, subject: object, on: dt.date) -> Node:
        # The hot path of every evaluation: kept to plain loops and tuples.
        reads = self._reads
        uses = self._static_uses
        if uses is None:
            uses = _uses(self._params, on)
        if len(reads) == 1:
            name = reads[0]
            value = read_fact(subject, name)
            if value is None:
                return Node(
                    self.id,
                    self.label,
                    Outcome.UNDETERMINED,
                    frozenset(reads),
                    self.source,
                    ((name, None),),
                    uses,
                )
            if type(value) in _MUTABLE:
                value = frozen_fact(value)
            holds, detail = self._test((value,), on)
            return Node(
                self.id,
                self.label,
                Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE,
                _NOTHING,
                self.source,
                ((name, value),),
                uses,
                detail,
            )
        facts = []
        values = []
        unknown: list[str] = []
        for name in reads:
            value = read_fact(subject, name)
            if type(value) in _MUTABLE:
                value = frozen_fact(value)
            elif value is None:
                unknown.append(name)
            values.append(value)
            facts.append((name, value))
        if unknown:
            return Node(
                self.id,
                self.label,
                Outcome.UNDETERMINED,
                frozenset(unknown),
                self.source,
                tuple(facts),
                uses,
            )
        holds, detail = self._test(tuple(values), on)
        return Node(
            self.id,
            self.label,
            Outcome.ELIGIBLE if holds else Outcome.INELIGIBLE,
            _NOTHING,
            self.source,
            tuple(facts),
            uses,
            detail,
        )


_MUTABLE: Final = frozenset({set, list})
_YEARS_PHRASES: Final = {
    False: Text("{0} ans le {1}", "{0} Jahre am {1}", "{0} years on {1}"),
    True: Text(
        "plus de {0} ans le {1}",
        "mehr als {0} Jahre am {1}",
        "more than {0} years on {1}",
    ),
}
_MONTHS_PHRASES: Final = {
    False: Text("{0} mois le {1}", "{0} Monate am {1}", "{0} months on {1}"),
    True: Text(
        "plus de {0} mois le {1}",
        "mehr als {0} Monate am {1}",
        "more than {0} months on {1}",
    ),
}
_AGE: Final = Text(
    "{0} ans révolus le {1}",
    "{0} vollendete Jahre am {1}",
    "{0} completed years on {1}",
)
_SETS: Final = frozenset({frozenset, set, tuple, list})
_NOTHING: Final[frozenset[str]] = frozenset()


def frozen_fact(value: Any) -> Any:
    """A read fact as an immutable value, so that explanations cannot change afterwards."""
    kind = type(value)
    if kind is set:
        return frozenset(value)
    if kind is list:
        return tuple(value)
    return value


def _date_fact(leaf: Leaf, fact: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise EvaluationError(fact, f"rule {leaf.id!r} expects a date")
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

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        born = _date_fact(self, self.fact, values[0])
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
        detail = Phrase(_AGE, (age, day))
        return holds, detail

    def _changes(
        self, values: tuple[Any, ...], start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        born = _date_fact(self, self.fact, values[0])
        if self.minimum is not None:
            low = resolve(self.minimum, start)
            yield Breakpoint(add_years(born, low), self.id, _birthday(low))
        if self.maximum is not None:
            high = resolve(self.maximum, start)
            yield Breakpoint(add_years(born, high + 1), self.id, _birthday(high + 1))

    def _auto_id(self) -> str:
        if self.maximum is None:
            return f"age_at_least({self.fact!r}, {_show(self.minimum)})"
        if self.minimum is None:
            return f"age_at_most({self.fact!r}, {_show(self.maximum)})"
        return (
            f"age_between({self.fact!r}, {_show(self.minimum)}, {_show(self.maximum)})"
        )


def _birthday(n: int) -> Text:
    nth = ordinal(n)
    return Text(f"{nth.fr} anniversaire", f"{nth.de} Geburtstag", f"{nth.en} birthday")


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
    low = latest(minimum) if minimum is not None else None
    high = latest(maximum) if maximum is not None else None
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
class _Elapsed(Leaf):
    """Time elapsed since a date fact, at least or more than an amount.

    A date after the evaluation date has not elapsed at all: the rule does
    not hold yet (it will, from the day shown in the explanation).
    """

    fact: str = field(validator=_check_fact_name)
    amount: int | Parameter[int] = field(validator=_check_years)
    strict: bool = False
    #: A reading that decides *strict*: "at least" when true, "more than" when false.
    inclusive: Parameter[bool] | None = field(
        default=None, validator=optional(instance_of(Parameter))
    )

    _unit: str = "years"

    def __attrs_post_init__(self) -> None:
        if self.inclusive is not None:
            if self.inclusive.history is not None:
                raise InvalidRule(
                    f"inclusive={self.inclusive.id!r} must be an undated Parameter"
                )
            object.__setattr__(self, "strict", not self.inclusive.value)
        super().__attrs_post_init__()

    @property
    def reads(self) -> tuple[str, ...]:
        """The date fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        if self.inclusive is not None:
            return (self.amount, self.inclusive)
        return (self.amount,)

    @abc.abstractmethod
    def _mark(self, since: dt.date, amount: int) -> dt.date:
        """The day *amount* units after *since*."""

    @abc.abstractmethod
    def _words(self, amount: int) -> Text:
        """*amount* units, in words."""

    @abc.abstractmethod
    def _phrases(self) -> dict[bool, Text]:
        """The detail templates, plain and strict ("more than"): {0} the amount, {1} the day."""

    def _first_day(self, since: dt.date, on: dt.date) -> tuple[dt.date, int]:
        amount = resolve(self.amount, on)
        mark = self._mark(since, amount)
        return (mark + dt.timedelta(days=1) if self.strict else mark), amount

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        since = _date_fact(self, self.fact, values[0])
        first, amount = self._first_day(since, on)
        detail = Phrase(self._phrases()[self.strict], (amount, first.isoformat()))
        return on >= first, detail

    def _changes(
        self, values: tuple[Any, ...], start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        since = _date_fact(self, self.fact, values[0])
        first, amount = self._first_day(since, start)
        words = self._words(amount)
        more = ("plus de ", "mehr als ", "more than ") if self.strict else ("", "", "")
        yield Breakpoint(
            first,
            self.id,
            Text(
                f"{more[0]}{words.fr} depuis {self.fact}",
                f"{more[1]}{words.de} seit {self.fact}",
                f"{more[2]}{words.en} since {self.fact}",
            ),
        )

    def _auto_id(self) -> str:
        kind = "more_than" if self.strict else "at_least"
        return f"{self._unit}_since({self.fact!r}, {kind}={_show(self.amount)})"


@frozen(kw_only=True, repr=False)
class YearsSince(_Elapsed):
    """Years elapsed since a date fact: at least, or more than, a number.

    ``strict=False``: holds from the anniversary on; ``strict=True`` ("more
    than"): from the day after it. An anniversary of a 29 February falls on
    28 February in a common year.
    """

    def _mark(self, since: dt.date, amount: int) -> dt.date:
        return add_years(since, amount)

    def _words(self, amount: int) -> Text:
        return Text(f"{amount} ans", f"{amount} Jahre", f"{amount} years")

    def _phrases(self) -> dict[bool, Text]:
        return _YEARS_PHRASES


@frozen(kw_only=True, repr=False)
class MonthsSince(_Elapsed):
    """Months elapsed since a date fact: at least, or more than, a number.

    A month after 31 January is the last day of February.
    """

    _unit: str = "months"

    def _mark(self, since: dt.date, amount: int) -> dt.date:
        return add_months(since, amount)

    def _words(self, amount: int) -> Text:
        return Text(f"{amount} mois", f"{amount} Monate", f"{amount} months")

    def _phrases(self) -> dict[bool, Text]:
        return _MONTHS_PHRASES


def _elapsed(
    kind: type[_Elapsed],
    fact: str,
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
            f"{name}={_show(amount)} must be a non-negative int or a Parameter of one"
        )
    probe = kind(
        id="_",
        label=Text.same("_"),
        fact=fact,
        amount=amount,  # type: ignore[arg-type]
        strict=strict,
        inclusive=inclusive,
    )
    words = probe._words(latest(amount))  # type: ignore[arg-type]  # noqa: SLF001
    if strict:
        label = Text(
            f"plus de {words.fr} depuis {fact}",
            f"mehr als {words.de} seit {fact}",
            f"more than {words.en} since {fact}",
        )
    else:
        label = Text(
            f"au moins {words.fr} depuis {fact}",
            f"mindestens {words.de} seit {fact}",
            f"at least {words.en} since {fact}",
        )
    return attrs.evolve(probe, id=probe._auto_id(), label=label)  # noqa: SLF001


def years_since(
    fact: str,
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
    fact: str,
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


@frozen(kw_only=True, repr=False)
class AnyAgeBetween(Leaf):
    """Holds when someone in a collection of birth dates is within an age range.

    Used for "has a child aged 0 to 4". Dates after the evaluation date do not
    count (the child is not born yet); an empty collection is known and false.
    """

    fact: str = field(validator=_check_fact_name)
    minimum: int | Parameter[int] = field(validator=_check_age_bound)
    maximum: int | Parameter[int] = field(validator=_check_age_bound)

    @property
    def reads(self) -> tuple[str, ...]:
        """The collection of birth dates."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.minimum, self.maximum)

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        dates = values[0]
        if isinstance(dates, str | bytes) or not isinstance(dates, Collection):
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a collection of dates"
            )
        dates = [_date_fact(self, self.fact, d) for d in dates]
        low, high = resolve(self.minimum, on), resolve(self.maximum, on)
        ages = sorted(completed_years(d, on=on) for d in dates if d <= on)
        holds = any(low <= age <= high for age in ages)
        shown = ", ".join(str(a) for a in ages) or "—"
        return holds, Text(f"âges : {shown}", f"Alter: {shown}", f"ages: {shown}")

    def _changes(
        self, values: tuple[Any, ...], start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        dates = [_date_fact(self, self.fact, d) for d in values[0]]
        low, high = resolve(self.minimum, start), resolve(self.maximum, start)
        for born in dates:
            yield Breakpoint(born, self.id, Text("naissance", "Geburt", "birth"))
            yield Breakpoint(add_years(born, low), self.id, _birthday(low))
            yield Breakpoint(add_years(born, high + 1), self.id, _birthday(high + 1))

    def _auto_id(self) -> str:
        return f"any_age_between({self.fact!r}, {_show(self.minimum)}, {_show(self.maximum)})"


def any_age_between(
    fact: str, minimum: int | Parameter[int], maximum: int | Parameter[int]
) -> AnyAgeBetween:
    """Holds when at least one birth date in the collection *fact* gives an age in [*minimum*, *maximum*].

    Example:
        >>> from integration_rules.rules import evaluate
        >>> rule = any_age_between("children_birth_dates", 0, 4)
        >>> evaluate(rule, {"children_birth_dates": (dt.date(2019, 5, 1),)}, on=dt.date(2024, 4, 30)).outcome
        <Outcome.ELIGIBLE: 'eligible'>
    """
    probe = AnyAgeBetween(
        id="_", label=Text.same("_"), fact=fact, minimum=minimum, maximum=maximum
    )
    low, high = _label_value(minimum), _label_value(maximum)
    label = Text(
        f"{fact} : au moins une personne de {low} à {high} ans",
        f"{fact}: mindestens eine Person von {low} bis {high} Jahren",
        f"{fact}: someone aged {low} to {high}",
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
        super().__attrs_post_init__()
        if len(set(self.scale)) != len(self.scale) or not self.scale:
            raise InvalidRule("scale must list distinct values, lowest first")
        if latest(self.minimum) not in self.scale:
            raise InvalidRule(
                f"minimum={_show(self.minimum)} is not on the scale {self.scale!r}"
            )

    @property
    def reads(self) -> tuple[str, ...]:
        """The fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.minimum,)

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        (actual,) = values
        if actual not in self.scale:
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a value on its scale"
            )
        return self.scale.index(actual) >= self.scale.index(
            resolve(self.minimum, on)
        ), None

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """The minimum of the scale, and the level just below it."""
        minimum = latest(self.minimum)
        index = self.scale.index(minimum)
        below = (FactChange(self.fact, self.scale[index - 1]),) if index > 0 else ()
        return (FactChange(self.fact, minimum), *below)

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


OPERATORS: Final[dict[str, Callable[[Any, Any], bool]]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _check_op(_instance: object, _attribute: object, value: Any) -> None:
    if value not in OPERATORS:
        raise InvalidRule(f"op={value!r} must be one of {', '.join(OPERATORS)}")


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

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        (actual,) = values
        expected = resolve(self.value, on)
        try:
            return bool(OPERATORS[self.op](actual, expected)), None
        except TypeError:
            raise EvaluationError(
                self.fact,
                f"cannot be compared with {type(expected).__name__} by rule {self.id!r}",
            ) from None

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """The compared value, and its neighbours for an integer."""
        value = latest(self.value)
        if isinstance(value, int) and not isinstance(value, bool):
            return tuple(
                FactChange(self.fact, v) for v in (value, value - 1, value + 1)
            )
        return (FactChange(self.fact, value),)

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

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        (actual,) = values
        if not isinstance(actual, bool):
            raise EvaluationError(self.fact, f"rule {self.id!r} expects a yes/no fact")
        return actual, None

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Yes and no."""
        return (FactChange(self.fact, True), FactChange(self.fact, False))

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

    fact: str = field(validator=_check_fact_name)
    values: frozenset[Any] | Parameter[frozenset[Any]] = field(converter=_as_values)

    @property
    def reads(self) -> tuple[str, ...]:
        """The fact."""
        return (self.fact,)

    def _values(self) -> tuple[object, ...]:
        return (self.values,) if isinstance(self.values, Parameter) else ()

    def values_on(self, on: dt.date) -> frozenset[Any]:
        """The set of values on *on* (a parameter's value that day)."""
        return resolve(self.values, on)

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        (actual,) = values
        try:
            return actual in self.values_on(on), None
        except TypeError:
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a single value"
            ) from None

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """Each value of the set, in a stable order."""
        values: frozenset[Any] = latest(self.values)
        return tuple(FactChange(self.fact, v) for v in sorted(values, key=repr))

    def _auto_id(self) -> str:
        return f"one_of({self.fact!r}, {_show(self.values)})"


def one_of(fact: str, values: Collection[object] | Parameter[Any]) -> OneOf:
    """Holds when the value of *fact* is in *values* (a collection, or a parameter of a frozenset)."""
    probe = OneOf(id="_", label=Text.same("_"), fact=fact, values=_as_values(values))
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

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        (actual,) = values
        if type(actual) not in _SETS and (
            isinstance(actual, str) or not isinstance(actual, Collection)
        ):
            raise EvaluationError(
                self.fact, f"rule {self.id!r} expects a set-valued fact"
            )
        return self.value in actual, None

    def candidates(self, subject: object) -> tuple[FactChange, ...]:
        """The fact's set with the value added."""
        current = read_fact(subject, self.fact)
        known = (
            frozenset(current)
            if isinstance(current, frozenset | set | tuple | list)
            else frozenset()
        )
        return (FactChange(self.fact, known | {self.value}),)

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
    changes: Callable[..., Iterable[dt.date]] | None = None

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

    def _test(
        self, values: tuple[Any, ...], on: dt.date
    ) -> tuple[bool, Text | Phrase | None]:
        return bool(self.function(*values, on=on)), None

    def _changes(
        self, values: tuple[Any, ...], start: dt.date, end: dt.date
    ) -> Iterable[Breakpoint]:
        if self.changes is None:
            return ()
        reason = Text(
            f"changement de {self.id}",
            f"Änderung von {self.id}",
            f"change of {self.id}",
        )
        return (
            Breakpoint(day, self.id, reason)
            for day in self.changes(*values, start=start, end=end)
        )

    def _auto_id(self) -> str:
        return f"predicate({getattr(self.function, '__name__', 'function')!r})"


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
