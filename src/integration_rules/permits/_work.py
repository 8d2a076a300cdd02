"""A person's access to gainful employment on a date.

The status gives the regime (:meth:`Status.work_regime`); the person's facts
say whether a restriction still applies: the 3-month waiting period of an
asylum seeker (until 2019-02-28, counted from the request) or of a person in
need of protection (until 2022-03-11, counted from the grant), and the ban
during the stay in a federal asylum centre (LAsi 43 al. 1, since 2019-03-01).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import (
    Alternative,
    Choice,
    Rule,
    Text,
    as_date,
    choose,
    is_true,
    months_since,
    not_,
    one_of,
)
from integration_rules.documents import lasi
from integration_rules.facts import RESIDENCE_STATUSES, Person
from integration_rules.facts._person import checked_person
from integration_rules.permits._catalogue import STATUSES, WorkAccess

_TITLE: Final = Text(
    "Accès à l'activité lucrative",
    "Zugang zur Erwerbstätigkeit",
    "Access to gainful employment",
)


def _alternatives(code: str, on: dt.date) -> tuple[Alternative, ...]:
    status = STATUSES[code]
    change = status.work_access_change(on)
    regime = change.value
    holds = one_of("residence_status", {code}).named(
        f"work.{code}.status",
        label=Text(f"statut : {code}", f"Status: {code}", f"status: {code}"),
        source=change.source,
    )
    access = regime.access.value
    forbidden = WorkAccess.FORBIDDEN.value
    if regime.waiting_months and regime.counted_from:
        waited: Rule = months_since(
            regime.counted_from, at_least=regime.waiting_months
        ).named(
            f"work.{code}.waiting",
            label=Text(
                f"délai d'attente de {regime.waiting_months} mois écoulé",
                f"Wartefrist von {regime.waiting_months} Monaten abgelaufen",
                f"{regime.waiting_months}-month waiting period over",
            ),
            source=change.source,
        )
        return (
            Alternative(forbidden, holds & not_(waited)),
            Alternative(access, holds & waited),
        )
    if regime.forbidden_while:
        inside = is_true(regime.forbidden_while).named(
            f"work.{code}.{regime.forbidden_while}",
            label=Text(
                "séjour en centre fédéral pour requérants d'asile",
                "Aufenthalt in einem Bundesasylzentrum",
                "staying in a federal asylum centre",
            ),
            source=lasi("43", "1"),
        )
        return (
            Alternative(forbidden, holds & inside),
            Alternative(access, holds & not_(inside)),
        )
    return (Alternative(access, holds),)


def work_access(person: Person, *, on: dt.date | str) -> Choice:
    """The access to gainful employment of *person* on *on*.

    The ``value`` is ``"forbidden"``, ``"authorisation"``, ``"announcement"``
    or ``"free"``.

    An unknown status (or an unknown fact a restriction depends on) gives an
    undetermined answer naming it.

    Example:
        >>> work_access(Person(residence_status="F"), on="2018-12-31").value
        'authorisation'
        >>> work_access(Person(residence_status="F"), on="2019-01-01").value
        'announcement'
        >>> work_access(Person(residence_status="N", in_federal_centre=True), on="2024-03-01").value
        'forbidden'
    """
    checked_person(person)
    day = as_date(on, "on")
    codes = (
        (person.residence_status,)
        if person.residence_status is not None
        else RESIDENCE_STATUSES
    )
    alternatives = tuple(alt for code in codes for alt in _alternatives(code, day))
    return choose(
        alternatives,
        person,
        on=day,
        id="work_access",
        label=Text(
            "régime de l'activité lucrative selon le statut",
            "Regime der Erwerbstätigkeit nach Status",
            "gainful-employment regime by status",
        ),
        title=_TITLE,
    )
