"""The funding formulas, each returning an explained :class:`~integration_rules.rules.Amount`.

Amounts stay exact (Decimal) until a formula says to round, and a missing
input makes the amount undetermined, never zero.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from integration_rules._core import (
    CENT,
    Alternative,
    Amount,
    Choice,
    Money,
    Parameter,
    ParameterUse,
    RoundingRule,
    Text,
    apportion,
    as_date,
    choose,
    compare,
    quote,
    used,
)
from integration_rules.errors import InvalidArgument
from integration_rules.explain.words import count
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.funding._parameters import (
    EMERGENCY_AID_CATEGORIES,
    EMERGENCY_AID_DAILY,
    GRAND_CONSEIL_THRESHOLD,
    LATELE,
    LUMP_SUM,
    OA2_29,
    PIC_MATCHING_RATIO,
    PROGRAMME_S_DEDUCTION_FROM,
    PROGRAMME_S_MONTHLY,
    SEM_OIE_S,
)
from integration_rules.funding._programmes import PROGRAMMES, Programme
from integration_rules.measures import Measure, find_measure
from integration_rules.permits import LUMP_SUM_STATUSES, Status
from integration_rules.permits import status as permit_status
from integration_rules.permits._agenda import LEI_58, OIE_29A
from integration_rules.permits._agenda import SEM_PROGRAMME_S as SEM_S


def _described(value: object) -> str:
    """A rejected value as an error message shows it: small values in full, else their type."""
    if isinstance(value, bool | int | str):
        return f"the {type(value).__name__} {quote(value)}"
    if isinstance(value, float | Decimal):
        return f"the {type(value).__name__} {value}"
    return type(value).__name__


def _money(value: object, name: str) -> Money:
    """*value* if it is Money; else an error naming *name* and showing how to build Money."""
    if isinstance(value, Money):
        return value
    raise InvalidArgument(
        name, f"expected Money, got {_described(value)}{_hint(value)}"
    )


def _hint(value: object) -> str:
    """How to pass *value* as Money, if it is a number Money accepts; else nothing."""
    try:
        money = Money.of(value)  # type: ignore[arg-type]  # any value: refused if not a number
    except InvalidArgument:
        return ""
    return f'; pass Money.of("{money.to_dict()["amount"]}") for CHF'


def _payment(value: object, name: str, *, chf: bool = True) -> Money:
    """*value* as an amount the law knows: Money, zero or more, in CHF if *chf*.

    The federal and cantonal formulas are defined in Swiss francs, and the
    law knows no negative contribution, commitment, payment or budget: such
    an amount is refused, never computed with.

    Raises:
        InvalidArgument: Naming *name*, for anything that is not Money, a
            currency other than CHF where *chf*, or a negative amount.
    """
    money = _money(value, name)
    if chf and money.currency != "CHF":
        raise InvalidArgument(
            name,
            f"expected an amount in CHF (the formula is defined in Swiss francs), "
            f"got {quote(money.format())}",
        )
    if money.amount < 0:
        raise InvalidArgument(
            name, f"expected an amount of zero or more, got {quote(money.format())}"
        )
    return money


def _optional_payment(_instance: object, attribute: Any, value: object) -> None:
    if value is not None:
        _payment(value, attribute.name)


def _by_count(
    operation: Callable[[Money, int], Money], money: Money, count: int, name: str
) -> Money:
    """*money* multiplied or divided by *count*; an error naming *name* if that leaves Money's range."""
    try:
        return operation(money, count)
    except InvalidArgument:
        raise InvalidArgument(
            name,
            "expected a count that keeps the amount within Money's range "
            f"(magnitude below 10^15), got {quote(count)}",
        ) from None


def _reading_day(
    on: dt.date | str | None, *parameters: Parameter[Any]
) -> dt.date | None:
    """The date to read *parameters* on: *on*, or ``None`` for their only value.

    Raises:
        InvalidArgument: Naming ``on``, if *on* is ``None`` but a parameter
            has dated values, or if *on* is not a date.
    """
    if on is not None:
        return as_date(on, "on")
    for parameter in parameters:
        if parameter.history is not None:
            first = parameter.history.changes[0].start.isoformat()
            raise InvalidArgument(
                "on",
                f"a date is needed: {parameter.id} has dated values (from {first}); "
                'pass on= a date or an ISO 8601 string like "2024-01-01"',
            )
    return None


def _value(parameter: Parameter[Any], day: dt.date | None) -> Any:
    return parameter.value if day is None else parameter.value_on(day)


def _used(day: dt.date | None, *parameters: Parameter[Any]) -> tuple[ParameterUse, ...]:
    if day is not None:
        return used(day, *parameters)
    return tuple(
        ParameterUse(p.id, p.label, p.value, p.source, p.note) for p in parameters
    )


def _status(status: str | Status | None) -> str | None:
    if status is None:
        return None
    if isinstance(status, Status):
        return status.code
    listed = ", ".join(f'"{c}"' for c in RESIDENCE_STATUSES)
    if not isinstance(status, str):
        raise InvalidArgument(
            "status",
            f"expected a status code ({listed}) or a Status, got {_described(status)}",
        )
    return permit_status(status).code


_LUMP_SUM_LABEL: Final = Text(
    "forfait d'intégration", "Integrationspauschale", "integration lump sum"
)


def integration_lump_sum(
    status: str | Status | None,
    *,
    decision_date: dt.date | str,
    programme_s_paid: Money | None = None,
    formerly_s: bool = False,
) -> Amount:
    """The federal integration lump sum for one person, by status and decision date.

    * F, F-refugee and B-refugee: CHF 6,000 for decisions before 2019-05-01,
      CHF 18,000 from that day (OIE art. 15 al. 1, art. 29a).
    * S: none; Programme S is paid instead (SEM, Programme S and the
      amendment of the OIE for status S).
    * A person in need of protection who later receives asylum, provisional
      admission or, after 5 years, a B permit (*formerly_s*): the lump sum of
      the new status, minus the Programme S amounts already paid, for
      decisions from 2023-03-01 (SEM); *programme_s_paid* is then required.
    * Other statuses: none (LEI art. 58 al. 2 covers provisionally admitted
      persons, recognised refugees and persons in need of protection with a
      residence permit).

    *status* is a code such as ``"F"`` or a
    :class:`~integration_rules.permits.Status` (its ``code`` is read).
    An unknown status (``None``), or an unknown Programme S amount where it
    is deducted, makes the amount undetermined, never zero.

    Raises:
        InvalidArgument: For a status that is neither a known code nor a
            Status, a decision date that is not a date, or a
            *programme_s_paid* that is not Money, not in CHF or negative.

    Example:
        >>> integration_lump_sum("F", decision_date="2019-04-30").value.format()
        'CHF 6’000.00'
        >>> integration_lump_sum("F", decision_date="2019-05-01").value.format()
        'CHF 18’000.00'
        >>> from integration_rules.permits import status
        >>> integration_lump_sum(status("F"), decision_date="2019-05-01").value.format()
        'CHF 18’000.00'

    .. versionchanged:: unreleased
       *status* may be a :class:`~integration_rules.permits.Status`;
       *programme_s_paid* in another currency than CHF, or negative, is refused.
    """
    day = as_date(decision_date, "decision_date")
    code = _status(status)
    if programme_s_paid is not None:
        _payment(programme_s_paid, "programme_s_paid")
    inputs: tuple[tuple[str, object], ...] = (
        ("residence_status", code),
        ("decision_date", day),
    )
    if code is None:
        return Amount(
            id="funding.lump_sum",
            label=_LUMP_SUM_LABEL,
            value=None,
            inputs=inputs,
            source=LEI_58,
            missing=frozenset({"residence_status"}),
        )
    in_scope = code in LUMP_SUM_STATUSES or (formerly_s and code == "B")
    if not in_scope:
        reason = (
            Text(
                "aucun : Programme S à la place",
                "keine: stattdessen Programm S",
                "none: Programme S instead",
            )
            if code == "S"
            else Text(
                "aucun : hors du champ (AP et réfugiés)",
                "keine: ausserhalb (VA und Flüchtlinge)",
                "none: out of scope (AP and refugees)",
            )
        )
        return Amount(
            id="funding.lump_sum",
            label=_LUMP_SUM_LABEL,
            value=Money.zero(),
            formula=reason,
            inputs=inputs,
            source=SEM_OIE_S if code == "S" else LEI_58,
        )
    base = LUMP_SUM.value_on(day)
    gross = Amount(
        id="funding.lump_sum.gross",
        label=Text(
            "forfait selon la date de décision",
            "Pauschale nach Entscheiddatum",
            "lump sum for the decision date",
        ),
        value=base,
        inputs=inputs,
        parameters=used(day, LUMP_SUM),
        source=LUMP_SUM.source_on(day) or OIE_29A,
    )
    deducts = formerly_s and day >= PROGRAMME_S_DEDUCTION_FROM.value
    if not deducts:
        return Amount(
            id="funding.lump_sum",
            label=_LUMP_SUM_LABEL,
            value=base,
            formula=Text.same(base.format()),
            source=LEI_58,
            parts=(gross,),
        )
    if programme_s_paid is None:
        return Amount(
            id="funding.lump_sum",
            label=_LUMP_SUM_LABEL,
            value=None,
            source=SEM_OIE_S,
            parts=(gross,),
            missing=frozenset({"programme_s_paid"}),
        )
    deduction = min(programme_s_paid, base)
    paid = Amount(
        id="funding.lump_sum.programme_s_deduction",
        label=Text(
            "déduction du Programme S déjà versé",
            "Abzug des bereits bezahlten Programms S",
            "deduction of Programme S already paid",
        ),
        value=deduction,
        inputs=(("programme_s_paid", programme_s_paid),),
        parameters=used(day, PROGRAMME_S_DEDUCTION_FROM),
        source=SEM_OIE_S,
    )
    net = base - deduction
    return Amount(
        id="funding.lump_sum",
        label=_LUMP_SUM_LABEL,
        value=net,
        formula=Text.same(f"{base.format()} − {deduction.format()}"),
        source=SEM_OIE_S,
        parts=(gross, paid),
    )


def _decision_date(value: dt.date | str) -> dt.date:
    return as_date(value, "decision_date")


@frozen
class LumpSumCase:
    """One person of a cohort: status, decision date, Programme S paid, and whether formerly S.

    Attributes:
        status: A status code such as ``"F"``, a
            :class:`~integration_rules.permits.Status`, or ``None`` if unknown.
        decision_date: The date of the asylum or admission decision.
        programme_s_paid: The Programme S amounts already paid, or ``None``
            (the default) when unknown. It is deducted for a formerly S
            person's decision from 2023-03-01 (SEM, amendment of the OIE for
            status S), so leaving it unknown there makes the person's lump
            sum, and the cohort's total, undetermined; it is never read as
            CHF 0. Given, it is an amount in CHF, zero or more.
        formerly_s: Whether the person held S status before.

    Raises:
        InvalidArgument: Naming ``programme_s_paid``, for anything but
            ``None`` or Money in CHF, zero or more.

    .. versionchanged:: unreleased
       *programme_s_paid* defaults to ``None`` (unknown), no longer to CHF 0;
       another currency than CHF, or a negative amount, is refused.
    """

    status: str | Status | None
    decision_date: dt.date = field(converter=_decision_date)
    programme_s_paid: Money | None = field(default=None, validator=_optional_payment)
    formerly_s: bool = False


def _case(case: object, index: int) -> LumpSumCase:
    if isinstance(case, LumpSumCase):
        return case
    if isinstance(case, tuple | list) and 2 <= len(case) <= 4:  # noqa: PLR2004 - the fields
        return LumpSumCase(*case)
    raise InvalidArgument(
        "cases",
        "expected LumpSumCase objects or (status, decision_date) pairs, "
        f"got {_described(case)} at position {index}",
    )


def lump_sum_total(
    cases: Iterable[LumpSumCase | tuple[str | Status | None, dt.date | str]],
) -> Amount:
    """The integration lump sums of a cohort, added up, with one part per person.

    The total is undetermined (``value`` is ``None``, ``missing`` names the
    unknown inputs) if one person's amount is, exactly as
    :func:`integration_lump_sum` reports it; the parts still show what is
    known. A formerly S person whose Programme S amount is not given is such
    a case: it is never counted as nothing paid.

    A case is a :class:`LumpSumCase` or a tuple of its fields in order:
    ``(status, decision_date)``, optionally followed by *programme_s_paid*
    and *formerly_s*.

    Raises:
        InvalidArgument: If *cases* is not an iterable of :class:`LumpSumCase`
            objects or such tuples.

    Example:
        >>> lump_sum_total([("F", "2020-01-01"), ("B-refugee", "2018-06-01"), ("S", "2023-01-01")]).value.format()
        'CHF 24’000.00'
        >>> unknown = lump_sum_total([LumpSumCase("F", "2024-01-01", formerly_s=True)])
        >>> unknown.value, sorted(unknown.missing)
        (None, ['programme_s_paid'])
    """
    if isinstance(cases, str | bytes | Mapping) or not isinstance(cases, Iterable):
        raise InvalidArgument(
            "cases",
            "expected an iterable of LumpSumCase objects or (status, decision_date) "
            f"pairs, got {_described(cases)}",
        )
    parts = []
    for index, case in enumerate(cases):
        item = _case(case, index)
        parts.append(
            integration_lump_sum(
                item.status,
                decision_date=item.decision_date,
                programme_s_paid=item.programme_s_paid,
                formerly_s=item.formerly_s,
            )
        )
    missing: frozenset[str] = frozenset().union(*(p.missing for p in parts))
    known = [p.value for p in parts if p.value is not None]
    value = None if len(known) < len(parts) else sum(known, Money.zero())
    return Amount(
        id="funding.lump_sum_total",
        label=Text(
            "forfaits d'intégration de la cohorte",
            "Integrationspauschalen der Kohorte",
            "integration lump sums of the cohort",
        ),
        value=value,
        formula=Text(**count(len(parts), "person").to_dict()),
        source=LEI_58,
        parts=tuple(parts),
        missing=missing,
    )


def programme_s(months: int, *, on: dt.date | str) -> Amount:
    """Programme S for one person: CHF 250 per month of S status in the canton.

    Raises:
        InvalidArgument: Naming ``months``, for anything but a non-negative
            int, or so many months that the amount leaves Money's range;
            naming ``on`` for a date that is not one.
        NoValueOnDate: Outside the programme's dates.

    Example:
        >>> programme_s(12, on="2024-01-01").value.format()
        'CHF 3’000.00'
    """
    if type(months) is not int or months < 0:
        raise InvalidArgument(
            "months", f"expected a non-negative int, got {quote(months)}"
        )
    day = as_date(on, "on")
    rate = PROGRAMME_S_MONTHLY.value_on(day)
    return Amount(
        id="funding.programme_s",
        label=Text("Programme S", "Programm S", "Programme S"),
        value=_by_count(operator.mul, rate, months, "months"),
        formula=Text(
            f"{rate.format()} × {months} mois",
            f"{rate.format()} × {months} Monate",
            f"{rate.format()} × {months} months",
        ),
        inputs=(("months", months),),
        parameters=used(day, PROGRAMME_S_MONTHLY),
        source=SEM_S,
    )


def programme_s_months(start: dt.date | str, end: dt.date | str) -> int:
    """Whole months of S status from *start* to *end* (both included), within Programme S.

    The period is cut to the programme's dates (2022-04-13 to 2026-03-04);
    a started month does not count, and a period outside the programme has
    no month.

    Raises:
        InvalidArgument: Naming ``start`` or ``end`` for a value that is not
            a date, and ``end`` for an end before the start: such a period
            is a mistake, not zero months.

    Example:
        >>> programme_s_months("2022-04-13", "2023-01-12")
        9

    .. versionchanged:: unreleased
       An end before the start is refused instead of giving 0.
    """
    first, last = as_date(start, "start"), as_date(end, "end")
    if last < first:
        raise InvalidArgument(
            "end",
            f"expected a date on or after start, got {quote(last.isoformat())}",
        )
    history = PROGRAMME_S_MONTHLY.history
    assert history is not None  # noqa: S101 - a dated parameter by construction
    first = max(first, history.changes[0].start)
    if history.ended is not None:
        last = min(last, history.ended)
    if last < first:
        return 0
    delta = relativedelta(last + dt.timedelta(days=1), first)
    return delta.years * 12 + delta.months


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


def emergency_aid_lump_sum(category: str, *, on: dt.date | str | None = None) -> Amount:
    """An emergency-aid lump sum (OA 2 art. 29): share of beneficiaries × days × CHF 50.

    *category* is ``"dublin"`` (CHF 400), ``"accelerated"`` (CHF 2,013) or
    ``"extended"`` (CHF 6,006; also when a provisional admission is lifted).
    Computed in Decimal: 0.33 × 122 × 50 is exactly 2,013.

    *on* may be left out only for parameters with a single, undated value.
    The daily rate (:data:`EMERGENCY_AID_DAILY`) is dated: CHF 50 from
    2019-01-01 at the index of 31 October 2018, re-indexed by the SEM each
    year-end (OA 2 art. 29), so a date is needed here.

    Raises:
        InvalidArgument: For an unknown category, or if *on* is missing or
            not a date.
        NoValueOnDate: Before the daily rate's first value (2019-01-01).

    Example:
        >>> emergency_aid_lump_sum("accelerated", on="2020-01-01").value.format()
        'CHF 2’013.00'

    .. versionchanged:: unreleased
       *on* is optional for undated parameters; missing for a dated one, it
       raises :class:`~integration_rules.errors.InvalidArgument`.
    """
    given: object = category  # checked: callers may pass anything
    if not isinstance(given, str) or given not in EMERGENCY_AID_CATEGORIES:
        listed = ", ".join(f'"{c}"' for c in EMERGENCY_AID_CATEGORIES)
        shown = quote(given) if isinstance(given, str) else _described(given)
        raise InvalidArgument("category", f"expected one of {listed}, got {shown}")
    day = _reading_day(on, EMERGENCY_AID_DAILY)
    share, days, label = EMERGENCY_AID_CATEGORIES[category]
    daily = _value(EMERGENCY_AID_DAILY, day)
    value = CENT.apply(daily * share * days)
    return Amount(
        id=f"funding.emergency_aid.{category}",
        label=label,
        value=value,
        formula=Text.same(f"{share} × {days} × {daily.format()}"),
        inputs=(("share", share), ("days", days)),
        parameters=_used(day, EMERGENCY_AID_DAILY),
        source=OA2_29,
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
