"""Who may refer a person to a measure, and whether a given office may, on a date."""

from __future__ import annotations

import datetime as dt
from typing import Final

from integration_rules._core import Decision, Text, as_date, evaluate, one_of, quote
from integration_rules.errors import InvalidArgument
from integration_rules.facts import FACTS, Person
from integration_rules.facts._person import check_born, checked_person
from integration_rules.measures import CATALOG, Measure, find_measure
from integration_rules.network._network import CII_VALAIS, Network
from integration_rules.organisations import Organisation

_SELF_REGISTRATION: Final = "—"


def referrers(measure_id: str | Measure) -> tuple[Organisation, ...]:
    """The services that may refer a person to a measure, from the measure's data.

    Example:
        >>> [o.code for o in referrers("formavenir")]
        ['SEMO', 'CMS', 'OASI', 'Plateforme T1', 'USFP']
    """
    return find_measure(measure_id).referrers


def _known_referrer_codes(network: Network) -> dict[str, str]:
    codes = {p.code.casefold(): p.code for p in network.partners.values()}
    for measure in CATALOG.values():
        codes.update({o.code.casefold(): o.code for o in measure.referrers})
    return codes


def may_refer(
    referrer: str,
    person: Person,
    measure_id: str | Measure,
    *,
    on: dt.date | str,
    network: Network = CII_VALAIS,
) -> Decision:
    """Whether *referrer* may refer *person* to a measure on *on*.

    It may when it is one of the measure's referrers and the person may join
    the measure that day (undetermined while facts the measure needs are
    unknown). The explanation shows both conditions.

    Raises:
        InvalidArgument: If *referrer* is neither a network partner nor a known referrer.

    Example:
        >>> p = Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True,
        ...            difficulties=["social", "personal"])
        >>> may_refer("CMS", p, "formavenir", on="2024-03-01").outcome
        <Outcome.ELIGIBLE: 'eligible'>
        >>> may_refer("ORP", p, "formavenir", on="2024-03-01").outcome
        <Outcome.INELIGIBLE: 'ineligible'>
    """
    checked_person(person)
    measure = find_measure(measure_id)
    known = _known_referrer_codes(network)
    code = known.get(" ".join(str(referrer).split()).casefold())
    if code is None:
        listed = ", ".join(f'"{c}"' for c in sorted(set(known.values())))
        raise InvalidArgument(
            "referrer",
            f"expected a partner or referrer code among {listed}, got {quote(referrer)}",
        )
    day = as_date(on, "on")
    check_born(person, day)
    allowed = {o.code for o in measure.referrers} or {_SELF_REGISTRATION}
    names = ", ".join(o.code for o in measure.referrers) or "—"
    is_referrer = one_of("referrer", allowed).named(
        f"{measure.id}.referrer",
        label=Text(
            f"adresse la personne : un des services prévus ({names})",
            f"weist die Person zu: eine der vorgesehenen Stellen ({names})",
            f"refers the person: one of the services foreseen ({names})",
        ),
        source=measure.source,
    )
    rule = (is_referrer & measure.rule).named(
        f"{measure.id}.referral",
        label=Text(
            f"{code} peut adresser la personne à {measure.label.fr}",
            f"{code} kann die Person an {measure.label.de} zuweisen",
            f"{code} may refer the person to {measure.label.en}",
        ),
        source=measure.source,
    )
    subject = {name: getattr(person, name) for name in FACTS} | {"referrer": code}
    title = Text(
        f"{code} → {measure.label.fr}",
        f"{code} → {measure.label.de}",
        f"{code} → {measure.label.en}",
    )
    return evaluate(rule, subject, on=day, measure=measure.id, title=title)
