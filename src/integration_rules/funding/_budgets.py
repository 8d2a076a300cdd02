"""What a measure costs: its budget for a number of participants, the cost per participant, its capacity.

Each returns an explained :class:`~integration_rules.rules.Amount` (or a count),
read from the measure's own parameters.
"""

from __future__ import annotations

import datetime as dt
import operator

from integration_rules._core import (
    CENT,
    Amount,
    Money,
    RoundingRule,
    Text,
    quote,
)
from integration_rules.errors import InvalidArgument
from integration_rules.funding._arguments import (
    _by_count,
    _described,
    _payment,
    _reading_day,
    _used,
    _value,
)
from integration_rules.measures import Measure, find_measure


def measure_budget(
    measure_id: str | Measure,
    participants: int,
    *,
    on: dt.date | str | None = None,
) -> Amount:
    """What a measure's participants pay in all: price × participants.

    *on* may be left out when the measure's price has a single, undated
    value (as Carrière au féminin's CHF 400.-); a dated price needs it.

    Raises:
        InvalidArgument: For a bad participant count (not a non-negative
            int, or so large the budget leaves Money's range), a measure
            without a price, or a missing *on* when the price is dated.
        UnknownMeasure: For an id not in the catalogue.

    Example:
        >>> measure_budget("carriere-au-feminin", 10, on="2024-01-01").value.format()
        'CHF 4’000.00'
        >>> measure_budget("carriere-au-feminin", 10).value.format()
        'CHF 4’000.00'

    .. versionchanged:: unreleased
       *on* is optional for an undated price; a participant count that takes
       the budget out of Money's range is refused, naming ``participants``.
    """
    found = find_measure(measure_id)
    if type(participants) is not int or participants < 0:
        raise InvalidArgument(
            "participants", f"expected a non-negative int, got {quote(participants)}"
        )
    if found.price is None:
        raise InvalidArgument("measure_id", f"{found.id!r} has no price in its sources")
    day = _reading_day(on, found.price)
    price: Money = _value(found.price, day)
    return Amount(
        id=f"funding.budget.{found.id}",
        label=found.label,
        value=_by_count(operator.mul, price, participants, "participants"),
        formula=Text.same(f"{price.format()} × {participants}"),
        inputs=(("participants", participants),),
        parameters=_used(day, found.price),
        source=found.source,
    )


def cost_per_participant(
    budget: Money, participants: int, *, rounding: RoundingRule = CENT
) -> Amount:
    """A budget divided by its participants, rounded by a named rule (to the cent by default).

    The budget may be in CHF or EUR (the French measures are priced in
    euros); the result is in the same currency.

    Raises:
        InvalidArgument: If *budget* is not Money or is negative,
            *participants* is not a positive int of Money's range, or
            *rounding* is not a :class:`RoundingRule`.

    Example:
        >>> cost_per_participant(Money.of("800000", "EUR"), 75).value.format()
        'EUR 10’666.67'

    .. versionchanged:: unreleased
       A negative budget is refused.
    """
    _payment(budget, "budget", chf=False)
    if type(participants) is not int or participants <= 0:
        raise InvalidArgument(
            "participants", f"expected a positive int, got {quote(participants)}"
        )
    if not isinstance(rounding, RoundingRule):
        raise InvalidArgument(
            "rounding",
            f"expected a RoundingRule such as CENT or FIVE_RAPPEN, got {_described(rounding)}",
        )
    exact = _by_count(operator.truediv, budget, participants, "participants")
    return Amount(
        id="funding.cost_per_participant",
        label=Text(
            "coût par participant",
            "Kosten pro teilnehmende Person",
            "cost per participant",
        ),
        value=rounding.apply(exact),
        formula=Text.same(f"{budget.format()} / {participants} ({rounding.name})"),
        inputs=(("budget", budget), ("participants", participants)),
    )


def capacity_over_pilot(measure_id: str | Measure) -> int:
    """A pilot's planned capacity over its whole length: participants per year × years.

    Example:
        >>> capacity_over_pilot("formavenir")
        180
    """
    found = find_measure(measure_id)
    years = next((p for p in found.parameters() if p.id.endswith("pilot_years")), None)
    if found.capacity is None or years is None:
        raise InvalidArgument(
            "measure_id",
            f"{found.id!r} has no yearly capacity and pilot length in its sources",
        )
    return int(found.capacity.value) * int(years.value)
