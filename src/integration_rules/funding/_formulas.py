"""The federal payments per person: the integration lump sum, Programme S and emergency aid.

Each formula returns an explained :class:`~integration_rules.rules.Amount`.

Amounts stay exact (Decimal) until a formula says to round, and a missing
input makes the amount undetermined, never zero.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Mapping
from typing import Final

from attrs import field, frozen
from dateutil.relativedelta import relativedelta

from integration_rules._core import (
    CENT,
    Amount,
    Money,
    Text,
    as_date,
    quote,
    used,
)
from integration_rules.errors import InvalidArgument
from integration_rules.explain.words import count
from integration_rules.funding._arguments import (
    _by_count,
    _described,
    _optional_payment,
    _payment,
    _reading_day,
    _status,
    _used,
    _value,
)
from integration_rules.funding._parameters import (
    EMERGENCY_AID_CATEGORIES,
    EMERGENCY_AID_DAILY,
    LUMP_SUM,
    OA2_29,
    PROGRAMME_S_DEDUCTION_FROM,
    PROGRAMME_S_MONTHLY,
    SEM_OIE_S,
)
from integration_rules.permits import LUMP_SUM_STATUSES, Status
from integration_rules.permits._agenda import LEI_58, OIE_29A
from integration_rules.permits._agenda import SEM_PROGRAMME_S as SEM_S

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
