"""Leaves over quantities: a number, a decimal or an amount within a range, and counts.

Data only, like :mod:`~integration_rules._core._leaves`; what each kind means
is its entry in the table of operations
(:mod:`~integration_rules._core._leaf_ops`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import field, frozen

from integration_rules._core._facts import Fact
from integration_rules._core._leaves import (
    Leaf,
    _check_fact_name,
    _check_op,
    _fact_name,
)
from integration_rules._core._parameters import Parameter, latest
from integration_rules._core._reading import show
from integration_rules.errors import InvalidArgument, InvalidRule


def _check_bound(_instance: object, attribute: Any, value: Any) -> None:
    plain = latest(value) if isinstance(value, Parameter) else value
    if plain is None or isinstance(plain, bool | str):
        raise InvalidRule(
            f"{attribute.name}={show(value)} must be a number, an amount or a parameter of one"
        )


@frozen(kw_only=True, repr=False)
class Between(Leaf):
    """Holds when ``minimum <= fact <= maximum`` (both bounds included)."""

    kind: ClassVar[str] = "between"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    minimum: Any = field(validator=_check_bound)
    maximum: Any = field(validator=_check_bound)


def between(fact: str | Fact, minimum: object, maximum: object) -> Between:
    """Holds when the value of *fact* lies from *minimum* to *maximum*, both included.

    The bounds are numbers, amounts (:class:`~integration_rules._core._money.Money`)
    or parameters of them; an unknown fact leaves the rule undetermined.

    Raises:
        InvalidRule: If a bound is not a number, or *minimum* exceeds *maximum*.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> import datetime as dt
        >>> rule = between("weeks_in_shelter", 4, 26)
        >>> [evaluate(rule, {"weeks_in_shelter": w}, on=dt.date(2024, 3, 1)).outcome.value for w in (3, 4, 26, 27)]
        ['ineligible', 'eligible', 'eligible', 'ineligible']
    """
    rule = Between(fact=fact, minimum=minimum, maximum=maximum)
    low: Any = latest(minimum)
    high: Any = latest(maximum)
    try:
        inverted = bool(low > high)
    except (TypeError, InvalidArgument):  # two currencies, or a number and an amount
        raise InvalidRule(
            f"minimum={show(minimum)} and maximum={show(maximum)} must be comparable"
        ) from None
    if inverted:
        raise InvalidRule(
            f"minimum={show(minimum)} must not exceed maximum={show(maximum)}"
        )
    return rule


def _check_count(_instance: object, attribute: Any, value: Any) -> None:
    plain = latest(value) if isinstance(value, Parameter) else value
    if not isinstance(plain, int) or isinstance(plain, bool) or plain < 0:
        raise InvalidRule(
            f"{attribute.name}={show(value)} must be a non-negative int or a parameter of one"
        )


@frozen(kw_only=True, repr=False)
class Count(Leaf):
    """Holds when the number of values of a set, sequence or list of dates ``<op> number``."""

    kind: ClassVar[str] = "count"

    fact: str = field(converter=_fact_name, validator=_check_fact_name)
    op: str = field(validator=_check_op)
    number: Any = field(validator=_check_count)


def count_of(fact: str | Fact, op: str, number: int | Parameter[int]) -> Count:
    """Holds when the number of values of *fact* (a set, a sequence, a list of dates) ``<op> number``.

    *op* is one of ``== != < <= > >=``. An empty collection is a known count
    of 0; an unknown fact leaves the rule undetermined.

    Example:
        >>> from integration_rules.rules import evaluate
        >>> import datetime as dt
        >>> rule = count_of("children_birth_dates", ">=", 2)
        >>> evaluate(rule, {"children_birth_dates": (dt.date(2015, 1, 1),)}, on=dt.date(2024, 3, 1)).outcome
        <Outcome.INELIGIBLE: 'ineligible'>
    """
    return Count(fact=fact, op=op, number=number)
