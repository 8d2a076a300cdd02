"""Laws of routing: total over statuses × covered cantons, and blind to unrelated facts."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from integration_rules import Outcome, Person, competent_office, integration_agenda
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.permits import COVERED_CANTONS, OFFICES
from strategies import evaluation_dates, persons


@given(
    code=st.sampled_from(RESIDENCE_STATUSES),
    canton=st.sampled_from(sorted(COVERED_CANTONS)),
    on=evaluation_dates(),
)
def test_routing_is_total_and_single(code: str, canton: str, on: dt.date) -> None:
    """Every status in a covered canton is routed to one office of that canton, or (Swiss) to none.

    An office is competent from the day its sources attest it (``Office.since``);
    before that day nobody is, and the answer is "not covered".
    """
    d = competent_office(Person(domicile=canton, residence_status=code), on=on)
    attested = [
        o for o in OFFICES.values() if o.canton == canton and o.since.value <= on
    ]

    assert d.outcome is not Outcome.UNDETERMINED
    if code == "swiss":
        assert d.value is None
    elif d.value is None:
        assert Outcome.INELIGIBLE is d.outcome
        assert not any(code in o.statuses for o in attested), (
            f"{code} in {canton} on {on} has an attested office"
        )
    else:
        office = OFFICES[d.value]
        assert canton == office.canton
        assert office.since.value <= on


@given(person=persons(), other=persons(), on=evaluation_dates())
def test_routing_depends_only_on_status_and_domicile(
    person: Person, other: Person, on: dt.date
) -> None:
    """Two persons with the same status and domicile get the same answer, whatever else differs."""
    twin = Person.from_mapping(
        {
            **other.to_mapping(),
            "domicile": person.domicile,
            "residence_status": person.residence_status,
        }
    )
    first, second = competent_office(person, on=on), competent_office(twin, on=on)

    assert (first.value, first.outcome, first.missing) == (
        second.value,
        second.outcome,
        second.missing,
    )


@given(person=persons(), on=evaluation_dates())
def test_agenda_depends_only_on_status(person: Person, on: dt.date) -> None:
    """The federal regime reads the status only."""
    a = integration_agenda(person, on=on)
    b = integration_agenda(Person(residence_status=person.residence_status), on=on)

    assert (a.value, a.outcome, a.missing) == (b.value, b.outcome, b.missing)
