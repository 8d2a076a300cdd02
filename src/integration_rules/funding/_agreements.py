"""The cantonal integration programmes' funding, and who approves a programme agreement.

The federal contribution, a programme's financing, the communes' shares.

Each returns an explained :class:`~integration_rules.rules.Amount` or :class:`~integration_rules.rules.Choice`.

Amounts stay exact (Decimal) until a formula says to round, and a missing
input makes the amount undetermined, never zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final

from integration_rules._core import (
    Alternative,
    Amount,
    Choice,
    Money,
    Text,
    apportion,
    as_date,
    choose,
    compare,
    quote,
    used,
)
from integration_rules.errors import InvalidArgument
from integration_rules.funding._arguments import (
    _described,
    _payment,
    _reading_day,
)
from integration_rules.funding._parameters import (
    GRAND_CONSEIL_THRESHOLD,
    LATELE,
    PIC_MATCHING_RATIO,
)
from integration_rules.funding._programmes import PROGRAMMES, Programme


def federal_contribution(cantonal_and_communal: Money, *, on: dt.date | str) -> Amount:
    """The Confederation's share of a cantonal integration programme under 1:1 matching.

    Like every amount in :mod:`integration_rules.funding`, *cantonal_and_communal*
    is :class:`~integration_rules.Money`: a plain number carries no currency.
    The matching is defined in Swiss francs, and a commitment is never
    negative.

    Raises:
        InvalidArgument: If *cantonal_and_communal* is not Money (a plain
            number included), is not in CHF or is negative, or *on* is not
            a date.

    Example:
        >>> federal_contribution(Money.of("3000000"), on="2022-01-01").value.format()
        'CHF 3’000’000.00'
        >>> federal_contribution(Money.of("3000000", "EUR"), on="2022-01-01")
        Traceback (most recent call last):
          ...
        integration_rules.errors.InvalidArgument: cantonal_and_communal: expected an amount in CHF (the formula is defined in Swiss francs), got "EUR 3’000’000.00"

    .. versionchanged:: unreleased
       An amount in another currency than CHF, or negative, is refused.
    """
    _payment(cantonal_and_communal, "cantonal_and_communal")
    day = as_date(on, "on")
    ratio = PIC_MATCHING_RATIO.value_on(day)
    return Amount(
        id="funding.pic.federal",
        label=Text("contribution fédérale", "Bundesbeitrag", "federal contribution"),
        value=cantonal_and_communal * ratio,
        formula=Text.same(f"{cantonal_and_communal.format()} × {ratio}"),
        inputs=(("cantonal_and_communal", cantonal_and_communal),),
        parameters=used(day, PIC_MATCHING_RATIO),
        source=PIC_MATCHING_RATIO.source,
    )


def _programme(programme_id: str) -> Programme:
    given: object = programme_id  # checked: callers may pass anything
    listed = ", ".join(f'"{p}"' for p in sorted(PROGRAMMES))
    if not isinstance(given, str):
        raise InvalidArgument(
            "programme_id", f"expected one of {listed}, got {_described(given)}"
        )
    found = PROGRAMMES.get(given)
    if found is None:
        raise InvalidArgument(
            "programme_id", f"expected one of {listed}, got {quote(programme_id)}"
        )
    return found


def pic_financing(programme_id: str) -> Amount:
    """A programme's total: the cantonal and communal commitment plus the federal contribution.

    Example:
        >>> print(pic_financing("vs-pic2bis").explain("en"))  # doctest: +ELLIPSIS
        PIC 2bis (Valais): CHF 6’000’000.00 = CHF 3’000’000.00 + CHF 3’000’000.00
        ...
    """
    programme = _programme(programme_id)
    if programme.cantonal_and_communal is None or programme.period.start is None:
        return Amount(
            id=f"funding.pic.{programme.id}",
            label=programme.label,
            value=None,
            source=programme.sources[0],
            missing=frozenset({"cantonal_and_communal"}),
        )
    commitment = Amount(
        id=f"funding.pic.{programme.id}.cantonal_and_communal",
        label=Text(
            "engagement du canton et des communes",
            "Verpflichtung von Kanton und Gemeinden",
            "canton and communes' commitment",
        ),
        value=programme.cantonal_and_communal,
        source=programme.sources[0],
    )
    federal = federal_contribution(
        programme.cantonal_and_communal, on=programme.period.start
    )
    total = programme.cantonal_and_communal + (federal.value or Money.zero())
    return Amount(
        id=f"funding.pic.{programme.id}",
        label=programme.label,
        value=total,
        formula=Text.same(
            f"{programme.cantonal_and_communal.format()} + {(federal.value or Money.zero()).format()}"
        ),
        source=programme.sources[0],
        parts=(commitment, federal),
    )


def communal_shares(
    total: Money,
    communes: Sequence[tuple[str, int | Decimal | str]]
    | Mapping[str, int | Decimal | str],
    *,
    step: Decimal | str = "0.05",
) -> Amount:
    """A communal amount apportioned between communes by weight (population, say), at *step*.

    The shares add up exactly to *total*, each within one step of its exact
    proportion (largest remainder; see :func:`~integration_rules.rules.apportion`).
    *communes* is ``(commune, weight)`` pairs or a mapping of commune to weight.

    Raises:
        InvalidArgument: If *total* is not Money in CHF, zero or more,
            *communes* is neither form, or
            :func:`~integration_rules.rules.apportion` refuses the split.

    Example:
        >>> shares = communal_shares(Money.of("8.00"), [("Sion", 1), ("Sierre", 1), ("Monthey", 1)])
        >>> [p.value.format() for p in shares.parts]
        ['CHF 2.65', 'CHF 2.65', 'CHF 2.70']

    .. versionchanged:: unreleased
       *communes* may be a mapping; a *total* in another currency than CHF,
       or negative, is refused.
    """
    _payment(total, "total")
    communes = _communes(communes)
    parts = tuple(
        Amount(
            id=f"funding.communal_share.{name}",
            label=Text.same(name),
            value=share,
            inputs=(("weight", weight),),
        )
        for (name, share), (_, weight) in zip(
            apportion(total, communes, step=step), communes, strict=True
        )
    )
    return Amount(
        id="funding.communal_shares",
        label=Text("parts communales", "Gemeindeanteile", "communal shares"),
        value=total,
        formula=Text(
            f"répartition par poids, pas de {step}",
            f"Verteilung nach Gewicht, Schritt {step}",
            f"split by weight, step {step}",
        ),
        parts=parts,
    )


def _communes(communes: object) -> list[tuple[str, int | Decimal | str]]:
    if isinstance(communes, Mapping):
        return list(communes.items())
    if not isinstance(communes, str | bytes) and isinstance(communes, Iterable):
        pairs = list(communes)
        if all(isinstance(c, tuple | list) and len(c) == 2 for c in pairs):  # noqa: PLR2004 - a pair
            return [(name, weight) for name, weight in pairs]
    raise InvalidArgument(
        "communes",
        "expected (commune, weight) pairs or a mapping of commune to weight, "
        f"got {_described(communes)}",
    )


#: The date a choice records when made without one, on undated parameters only.
_ANY_DAY: Final = dt.date.min


def approving_authority(
    cantonal_spending: Money, *, on: dt.date | str | None = None
) -> Choice:
    """Who approves a programme agreement in Valais, by gross cantonal spending.

    The Grand Conseil above CHF 10 million, the Conseil d'Etat otherwise
    (La Télé, « Environnement : coûts répartis entre la Confédération et le
    Valais », 2025; :data:`GRAND_CONSEIL_THRESHOLD`).

    The threshold has a single, undated value, so *on* may be left out: the
    choice is then made with that value. The library never reads the clock,
    so such a choice records ``datetime.date.min`` (0001-01-01, "any date")
    as its evaluation date; the answer does not depend on it. Pass *on* for
    a dated record.

    Raises:
        InvalidArgument: If *cantonal_spending* is not Money in CHF, zero or
            more, or *on* is given and is not a date.

    Example:
        >>> approving_authority(Money.of("10000000"), on="2025-01-01").value
        "Conseil d'Etat"
        >>> approving_authority(Money.of("10000000.05"), on="2025-01-01").value
        'Grand Conseil'
        >>> approving_authority(Money.of("12000000")).value
        'Grand Conseil'

    .. versionchanged:: unreleased
       *on* is optional; spending in another currency than CHF, or negative,
       is refused.
    """
    _payment(cantonal_spending, "cantonal_spending")
    day = _reading_day(on, GRAND_CONSEIL_THRESHOLD)
    if day is None:
        day = _ANY_DAY
    over = compare("cantonal_gross_spending", ">", GRAND_CONSEIL_THRESHOLD).named(
        "funding.approval.over_threshold",
        label=Text(
            "dépense brute cantonale de plus de CHF 10 millions",
            "kantonale Bruttoausgaben über CHF 10 Millionen",
            "gross cantonal spending over CHF 10 million",
        ),
        source=LATELE,
    )
    at_most = compare("cantonal_gross_spending", "<=", GRAND_CONSEIL_THRESHOLD).named(
        "funding.approval.at_most_threshold",
        label=Text(
            "dépense brute cantonale de CHF 10 millions au plus",
            "kantonale Bruttoausgaben bis CHF 10 Millionen",
            "gross cantonal spending of at most CHF 10 million",
        ),
        source=LATELE,
    )
    return choose(
        (Alternative("Grand Conseil", over), Alternative("Conseil d'Etat", at_most)),
        {"cantonal_gross_spending": cantonal_spending},
        on=day,
        id="funding.approval",
        label=Text(
            "autorité d'approbation", "Genehmigungsbehörde", "approving authority"
        ),
        source=LATELE,
        title=Text(
            "Approbation de la convention-programme",
            "Genehmigung der Programmvereinbarung",
            "Approval of the programme agreement",
        ),
    )
