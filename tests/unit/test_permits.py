"""Residence statuses, offices, transitions and the integration agenda.

Sources: shared/domain.md §1 (categories, work access, transitions), §2 (lump
sums, Programme S), §9 rules 1–13; seeds 002 (PIC3: SPM for durable
residence, OASI for the asylum domain) and 004 (OASI beneficiaries).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from integration_rules import (
    Domain,
    InvalidArgument,
    NoValueOnDate,
    Outcome,
    Person,
    WorkAccess,
    check_transition,
    competent_office,
    foreseen_transitions,
    integration_agenda,
    status,
    statuses,
    work_access,
)
from integration_rules.facts import RESIDENCE_STATUSES
from integration_rules.permits import TRANSITIONS

ON = dt.date(2024, 3, 1)

# -- the catalogue ----------------------------------------------------------------

DOMAINS = {
    "swiss": Domain.SWISS,
    "C": Domain.DURABLE_RESIDENCE,
    "B": Domain.DURABLE_RESIDENCE,
    "Ci": Domain.DURABLE_RESIDENCE,
    "L": Domain.SHORT_STAY,
    "G": Domain.CROSS_BORDER,
    "N": Domain.ASYLUM,
    "F": Domain.ASYLUM,
    "F-refugee": Domain.ASYLUM,
    "B-refugee": Domain.ASYLUM,
    "S": Domain.ASYLUM,
    "RAD": Domain.ASYLUM,
}


def test_catalogue_lists_the_public_status_codes() -> None:
    """statuses() has one entry per Person.residence_status code."""
    assert sorted(RESIDENCE_STATUSES) == sorted(statuses())


@pytest.mark.parametrize(("code", "domain"), DOMAINS.items())
def test_domain_of_each_status(code: str, domain: Domain) -> None:
    """Seed 004 lists N, F, B refugees, S and RAD as the asylum domain; domain.md §9 rule 1."""
    assert domain is statuses()[code].domain


@pytest.mark.parametrize("code", RESIDENCE_STATUSES)
def test_each_status_has_names_legal_basis_and_validity(code: str) -> None:
    """Every status has names in fr/de/en, at least one legal basis, and a validity text."""
    s = statuses()[code]

    assert all(s.name.get(lang) for lang in ("fr", "de", "en"))
    assert s.legal_basis
    assert s.validity.en
    assert s.to_dict()["code"] == code


@pytest.mark.parametrize(
    ("code", "article"),
    [
        ("C", "LEI (RS 142.20), art. 34"),
        ("L", "LEI (RS 142.20), art. 32"),
        ("B-refugee", "LAsi (RS 142.31), art. 60"),
        ("F", "LEI (RS 142.20), art. 85 al. 1"),
        ("RAD", "LAsi (RS 142.31), art. 82"),
    ],
)
def test_legal_bases_cite_the_acts(code: str, article: str) -> None:
    """Each status cites the article that defines it (LEI 34, LEI 32, LAsi 60, LEI 85, LAsi 82), linked to Fedlex."""
    cited = {str(source): source for source in statuses()[code].legal_basis}

    assert article in cited
    assert cited[article].link is not None
    assert cited[article].link.startswith("https://www.fedlex.admin.ch/eli/cc/")


@pytest.mark.parametrize(
    ("code", "months"), [("F", 12), ("L", 12), ("N", 6), ("G", 60), ("C", None)]
)
def test_usual_validity(code: str, months: int | None) -> None:
    """domain.md §1.1: F at most 12 months, L 1 year, N renewed about every 6 months, G 5 years, C indeterminate."""
    assert months == statuses()[code].validity_months


@pytest.mark.parametrize("code", ["F", "F-refugee", "B-refugee"])
def test_announcement_replaced_authorisation_on_2019_01_01(code: str) -> None:
    """LAsi 61 / OASA 65: since 1 January 2019 an announcement, before it an authorisation."""
    s = statuses()[code]

    assert WorkAccess.AUTHORISATION is s.work_access(dt.date(2018, 12, 31))
    assert WorkAccess.ANNOUNCEMENT is s.work_access(dt.date(2019, 1, 1))
    change = s.work_access_change(dt.date(2019, 1, 1))
    assert change.source is not None
    assert "LAsi (RS 142.31), art. 61 al. 1 (version du 2019-01-01)" == str(
        change.source
    )


@pytest.mark.parametrize(
    ("code", "day", "access"),
    [
        ("C", ON, WorkAccess.FREE),
        ("swiss", ON, WorkAccess.FREE),
        ("RAD", ON, WorkAccess.FORBIDDEN),
        ("S", ON, WorkAccess.AUTHORISATION),
        ("N", ON, WorkAccess.AUTHORISATION),
        ("B", ON, WorkAccess.AUTHORISATION),
        ("L", ON, WorkAccess.AUTHORISATION),
    ],
)
def test_work_access_by_status(code: str, day: dt.date, access: WorkAccess) -> None:
    """domain.md §9 rule 3: FREE for C, FORBIDDEN for RAD, AUTHORISATION for N in a canton, S, B and L."""
    assert access is statuses()[code].work_access(day)


@pytest.mark.parametrize(
    ("day", "waiting", "forbidden_while"),
    [(dt.date(2019, 2, 28), 3, None), (dt.date(2019, 3, 1), 0, "in_federal_centre")],
)
def test_n_work_rule_changed_on_2019_03_01(
    day: dt.date, waiting: int, forbidden_while: str | None
) -> None:
    """domain.md §1.2, §8 item 2: the 3-month ban gave way to the federal-centre ban with the 2019 procedure."""
    regime = statuses()["N"].work_regime(day)

    assert (WorkAccess.AUTHORISATION, waiting, forbidden_while) == (
        regime.access,
        regime.waiting_months,
        regime.forbidden_while,
    )


@pytest.mark.parametrize(
    ("day", "waiting"), [(dt.date(2022, 3, 11), 3), (dt.date(2022, 3, 12), 0)]
)
def test_s_immediate_work_from_activation(day: dt.date, waiting: int) -> None:
    """domain.md §1.2, §8 item 3: LAsi 75's 3-month wait until status S was activated on 12 March 2022."""
    assert waiting == statuses()["S"].work_regime(day).waiting_months


@pytest.mark.parametrize(
    ("facts", "on", "access"),
    [
        (
            {"residence_status": "N", "asylum_request_date": "2018-11-01"},
            "2019-01-31",
            "forbidden",
        ),
        (
            {"residence_status": "N", "asylum_request_date": "2018-11-01"},
            "2019-02-01",
            "authorisation",
        ),
        (
            {"residence_status": "N", "in_federal_centre": True},
            "2024-03-01",
            "forbidden",
        ),
        (
            {"residence_status": "N", "in_federal_centre": False},
            "2024-03-01",
            "authorisation",
        ),
        (
            {"residence_status": "S", "status_since": "2022-03-12"},
            "2022-03-12",
            "authorisation",
        ),
        ({"residence_status": "F"}, "2018-12-31", "authorisation"),
        ({"residence_status": "F"}, "2019-01-01", "announcement"),
        ({"residence_status": "RAD"}, "2024-03-01", "forbidden"),
        ({"residence_status": "C"}, "2024-03-01", "free"),
    ],
)
def test_work_access_of_a_person(facts: dict[str, Any], on: str, access: str) -> None:
    """work_access(person): the status's regime, with the waiting period and the federal-centre ban applied."""
    assert access == work_access(Person(**facts), on=on).value


@pytest.mark.parametrize(
    ("facts", "missing"),
    [({}, {"residence_status"}), ({"residence_status": "N"}, {"in_federal_centre"})],
)
def test_work_access_undetermined(facts: dict[str, Any], missing: set[str]) -> None:
    """Unknown status, or unknown restriction fact: undetermined, naming the fact."""
    d = work_access(Person(**facts), on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert frozenset(missing) <= d.missing


def test_work_access_accepts_iso_dates() -> None:
    """Status.work_access takes an ISO string too."""
    assert WorkAccess.ANNOUNCEMENT is statuses()["F"].work_access("2019-01-01")


def test_dates_before_the_encoded_law_are_an_error() -> None:
    """Before 2008-01-01 no regime is encoded: NoValueOnDate names the value and the date."""
    with pytest.raises(NoValueOnDate) as caught:
        statuses()["F"].work_access(dt.date(2007, 12, 31))

    assert "status.F.work_access" == caught.value.id
    assert "2007-12-31" in str(caught.value)


def test_status_lookup_is_forgiving_but_exact() -> None:
    """status() accepts any case and _ for -, and names the code it does not know."""
    assert "B-refugee" == status("b_refugee").code
    with pytest.raises(
        InvalidArgument, match=r'^status: expected one of "swiss", "C", "B"'
    ):
        status("X")


def test_every_status_is_in_exactly_one_domain() -> None:
    """The domains partition the statuses."""
    by_domain = {d: {c for c, s in statuses().items() if s.domain is d} for d in Domain}

    assert set(RESIDENCE_STATUSES) == set().union(*by_domain.values())
    assert len(RESIDENCE_STATUSES) == sum(len(codes) for codes in by_domain.values())


# -- competent office -----------------------------------------------------------------

VALAIS = {
    "N": "OASI",
    "F": "OASI",
    "F-refugee": "OASI",
    "B-refugee": "OASI",
    "S": "OASI",
    "RAD": "OASI",
    "C": "SPM",
    "B": "SPM",
    "L": "SPM",
    "G": "SPM",
    "Ci": "SPM",
    "swiss": None,
}
JURA = {
    code: ({"OASI": "AJAM", "SPM": "BI"}.get(office) if office else None)
    for code, office in VALAIS.items()
}


@pytest.mark.parametrize(("code", "office"), VALAIS.items())
def test_valais_routing(code: str, office: str | None) -> None:
    """Seeds 002/004: OASI for the asylum domain, SPM for foreigners with a residence authorisation."""
    d = competent_office(Person(domicile="CH-VS", residence_status=code), on=ON)

    assert office == d.value
    assert (Outcome.ELIGIBLE if office else Outcome.INELIGIBLE) is d.outcome
    assert frozenset() == d.missing


@pytest.mark.parametrize(("code", "office"), JURA.items())
def test_jura_routing(code: str, office: str | None) -> None:
    """domain.md §1 (ajam.ch, jura.ch/bi): AJAM for the asylum domain, the BI for other foreigners."""
    d = competent_office(Person(domicile="CH-JU", residence_status=code), on=ON)

    assert office == d.value


@pytest.mark.parametrize("domicile", ["CH-GE", "CH-VD", "FR-63"])
def test_other_cantons_are_not_covered(domicile: str) -> None:
    """Outside Valais and Jura: no office, INELIGIBLE, never a guess."""
    d = competent_office(Person(domicile=domicile, residence_status="F"), on=ON)

    assert d.value is None
    assert d.office is None
    assert Outcome.INELIGIBLE is d.outcome
    assert "not covered" in d.explain("en")
    assert "non couvert" in d.explain("fr")
    assert d.to_dict()["covered"] is False


@pytest.mark.parametrize(
    ("facts", "missing"),
    [
        ({"domicile": "CH-VS"}, {"residence_status"}),
        ({"residence_status": "F"}, {"domicile"}),
        ({}, {"domicile", "residence_status"}),
    ],
)
def test_unknown_status_or_domicile_is_undetermined(
    facts: dict[str, Any], missing: set[str]
) -> None:
    """An unknown status (or domicile) gives UNDETERMINED naming it."""
    d = competent_office(Person(**facts), on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert d.value is None
    assert frozenset(missing) == d.missing


def test_unknown_status_outside_covered_cantons_is_not_covered() -> None:
    """Domicile in Geneva decides "not covered" even when the status is unknown (Kleene)."""
    assert (
        Outcome.INELIGIBLE is competent_office(Person(domicile="CH-GE"), on=ON).outcome
    )


def test_office_explanation_names_the_source() -> None:
    """The explanation cites the asylum office's page for the OASI."""
    text = competent_office(
        Person(domicile="CH-VS", residence_status="N"), on=ON
    ).explain("fr")

    assert text.startswith("Office compétent au 2024-03-01 : OASI\n")
    assert (
        "OASI"
        == competent_office(
            Person(domicile="CH-VS", residence_status="N"), on=ON
        ).office
    )
    assert "« Nous sommes l'Office de l'asile »" in text


# -- transitions ---------------------------------------------------------------------


def examine(person: Person, source: str, target: str, on: dt.date) -> Outcome:
    return check_transition(person, source, target, on=on).outcome


HARDSHIP = {
    "asylum_request_date": "2019-05-03",
    "whereabouts_known": True,
    "advanced_integration": True,
    "revocation_ground": False,
}


@pytest.mark.parametrize("source", ["N", "RAD"])
@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2024, 5, 2), Outcome.INELIGIBLE),
        (dt.date(2024, 5, 3), Outcome.ELIGIBLE),
    ],
)
def test_hardship_after_five_years_since_the_request(
    source: str, on: dt.date, expected: Outcome
) -> None:
    """LAsi 14 al. 2 a: at least 5 years since the asylum request; one day short is not enough."""
    assert expected is examine(
        Person(residence_status=source, **HARDSHIP), source, "B", on
    )


@pytest.mark.parametrize("fact", ["whereabouts_known", "advanced_integration"])
def test_hardship_needs_each_condition(fact: str) -> None:
    """LAsi 14 al. 2 b, c: whereabouts known and advanced integration are each required."""
    facts = {**HARDSHIP, fact: False}

    assert Outcome.INELIGIBLE is examine(
        Person(residence_status="N", **facts), "N", "B", dt.date(2025, 1, 1)
    )


def test_hardship_revocation_ground_excludes() -> None:
    """LAsi 14 al. 2 d: a revocation ground (LEI 62 al. 1) excludes the hardship route."""
    facts = {**HARDSHIP, "revocation_ground": True}

    assert Outcome.INELIGIBLE is examine(
        Person(residence_status="N", **facts), "N", "B", dt.date(2025, 1, 1)
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2024, 2, 29), Outcome.INELIGIBLE),
        (dt.date(2024, 3, 1), Outcome.INELIGIBLE),
        (dt.date(2024, 3, 2), Outcome.ELIGIBLE),
    ],
)
def test_f_to_b_after_more_than_five_years(on: dt.date, expected: Outcome) -> None:
    """LEI 84 al. 5: « depuis plus de cinq ans »: exactly 5 years is not more than 5."""
    assert expected is examine(
        Person(residence_status="F", arrival_date="2019-03-01"), "F", "B", on
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2027, 3, 11), Outcome.INELIGIBLE),
        (dt.date(2027, 3, 12), Outcome.ELIGIBLE),
    ],
)
def test_s_to_b_after_five_years(on: dt.date, expected: Outcome) -> None:
    """LAsi 74 al. 2: a B permit when protection is not lifted 5 years after it was granted."""
    person = Person(
        residence_status="S", status_since="2022-03-12", protection_lifted=False
    )

    assert expected is examine(person, "S", "B", on)


def test_s_to_b_not_when_protection_lifted() -> None:
    """LAsi 74 al. 2: no B if the Federal Council lifted protection."""
    person = Person(
        residence_status="S", status_since="2022-03-12", protection_lifted=True
    )

    assert Outcome.INELIGIBLE is examine(person, "S", "B", dt.date(2028, 1, 1))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2032, 3, 11), Outcome.INELIGIBLE),
        (dt.date(2032, 3, 12), Outcome.ELIGIBLE),
    ],
)
def test_s_to_c_after_ten_years(on: dt.date, expected: Outcome) -> None:
    """LAsi 74 al. 3: the canton may grant a C ten years after protection was granted."""
    assert expected is examine(
        Person(residence_status="S", status_since="2022-03-12"), "S", "C", on
    )


def b_holder(**changes: Any) -> Person:
    facts: dict[str, Any] = {
        "residence_status": "B",
        "residence_permit_since": "2014-06-01",
        "status_since": "2019-06-01",
        "integrated": True,
        "revocation_ground": False,
        "oral_language_level": "A2",
        "written_language_level": "A1",
    }
    facts.update(changes)
    return Person(**facts)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2024, 5, 31), Outcome.INELIGIBLE),
        (dt.date(2024, 6, 1), Outcome.ELIGIBLE),
    ],
)
def test_b_to_c_ordinary_after_ten_years(on: dt.date, expected: Outcome) -> None:
    """LEI 34 al. 2: 10 years with L or B, the last 5 uninterrupted with B."""
    assert expected is examine(b_holder(), "B", "C", on)


def test_b_to_c_ordinary_needs_the_last_five_years_with_b() -> None:
    """LEI 34 al. 2: 10 years with L/B are not enough if the current B is under 5 years old."""
    person = b_holder(residence_permit_since="2010-01-01", status_since="2021-01-01")

    assert Outcome.INELIGIBLE is examine(person, "B", "C", dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    ("oral", "written", "expected"),
    [
        ("A2", "A1", Outcome.ELIGIBLE),
        ("A1", "A1", Outcome.INELIGIBLE),
        ("A2", "none", Outcome.INELIGIBLE),
        ("C2", "B2", Outcome.ELIGIBLE),
    ],
)
def test_b_to_c_ordinary_language_a2_oral_a1_written(
    oral: str, written: str, expected: Outcome
) -> None:
    """OASA art. 60 al. 2 (domain.md §1.3): A2 oral and A1 written for the ordinary route."""
    person = b_holder(oral_language_level=oral, written_language_level=written)

    assert (
        expected is check_transition(person, "B", "C", on=dt.date(2024, 6, 1)).outcome
    )


@pytest.mark.parametrize(
    ("oral", "expected"),
    [("A2", Outcome.INELIGIBLE), ("B1", Outcome.ELIGIBLE), ("C1", Outcome.ELIGIBLE)],
)
def test_b_to_c_early_needs_b1_oral(oral: str, expected: Outcome) -> None:
    """LEI 34 al. 4, OASA art. 62: after 5 years with B, the early route needs B1 oral and A1 written."""
    person = b_holder(residence_permit_since="2019-06-01", oral_language_level=oral)

    assert expected is examine(person, "B", "C", dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2024, 5, 31), Outcome.INELIGIBLE),
        (dt.date(2024, 6, 1), Outcome.ELIGIBLE),
    ],
)
def test_b_to_c_early_after_five_years(on: dt.date, expected: Outcome) -> None:
    """LEI 34 al. 4: 5 uninterrupted years with B, at the day."""
    person = b_holder(residence_permit_since="2019-06-01", oral_language_level="B1")

    assert expected is examine(person, "B", "C", on)


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (dt.date(2024, 3, 1), Outcome.INELIGIBLE),
        (dt.date(2024, 3, 2), Outcome.ELIGIBLE),
    ],
)
def test_f_refugee_to_b_after_more_than_five_years(
    on: dt.date, expected: Outcome
) -> None:
    """LEI 84 al. 5 covers every provisionally admitted person, refugees included."""
    assert expected is examine(
        Person(residence_status="F-refugee", arrival_date="2019-03-01"),
        "F-refugee",
        "B",
        on,
    )


def test_b_refugee_to_c_early_route() -> None:
    """LAsi 60 al. 2 refers to LEI 34 as a whole: the early route with B1 oral."""
    person = b_holder(
        residence_status="B-refugee",
        residence_permit_since="2019-06-01",
        oral_language_level="B1",
    )

    assert Outcome.ELIGIBLE is examine(person, "B-refugee", "C", dt.date(2024, 6, 1))


def test_b_refugee_to_c_follows_the_ordinary_route() -> None:
    """LAsi 60 al. 2 refers to LEI 34: a recognised refugee takes the ordinary route."""
    person = b_holder(residence_status="B-refugee")

    assert Outcome.ELIGIBLE is examine(person, "B-refugee", "C", dt.date(2024, 6, 1))


@pytest.mark.parametrize(
    ("facts", "target", "expected"),
    [
        (
            {"refugee_status_recognised": True, "asylum_exclusion_ground": False},
            "B-refugee",
            Outcome.ELIGIBLE,
        ),
        (
            {"refugee_status_recognised": True, "asylum_exclusion_ground": True},
            "B-refugee",
            Outcome.INELIGIBLE,
        ),
        (
            {"refugee_status_recognised": True, "asylum_exclusion_ground": True},
            "F-refugee",
            Outcome.ELIGIBLE,
        ),
        ({"refugee_status_recognised": False}, "F-refugee", Outcome.INELIGIBLE),
        (
            {"asylum_request_rejected": True, "removal_not_enforceable": True},
            "F",
            Outcome.ELIGIBLE,
        ),
        (
            {"asylum_request_rejected": True, "removal_not_enforceable": False},
            "F",
            Outcome.INELIGIBLE,
        ),
        (
            {"asylum_request_rejected": True, "removal_not_enforceable": False},
            "RAD",
            Outcome.ELIGIBLE,
        ),
        (
            {"asylum_request_rejected": True, "removal_not_enforceable": True},
            "RAD",
            Outcome.INELIGIBLE,
        ),
        ({"asylum_request_rejected": False}, "RAD", Outcome.INELIGIBLE),
    ],
)
def test_outcomes_of_the_asylum_procedure(
    facts: dict[str, Any], target: str, expected: Outcome
) -> None:
    """domain.md §1.3: asylum granted (LAsi 49, 60), refugee excluded (LEI 83 al. 8), AP (LEI 83), RAD (LAsi 82)."""
    assert expected is examine(Person(residence_status="N", **facts), "N", target, ON)


def test_unknown_facts_leave_a_transition_undetermined() -> None:
    """An asylum seeker with nothing else known: undetermined, naming the facts that decide."""
    d = check_transition(Person(residence_status="N"), "N", "F", on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert (
        frozenset({"asylum_request_rejected", "removal_not_enforceable"}) == d.missing
    )


def test_the_current_status_must_match() -> None:
    """A B holder is not examined for N → F."""
    assert Outcome.INELIGIBLE is examine(Person(residence_status="B"), "N", "F", ON)


def test_a_transition_not_foreseen_lists_the_foreseen_ones() -> None:
    """C → N is not foreseen; S → N lists what is foreseen from S."""
    d = check_transition(Person(residence_status="C"), "C", "N", on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert "change not foreseen; foreseen from C: none" in d.explain("en")
    text = check_transition(Person(residence_status="S"), "S", "N", on=ON).explain("en")
    assert "foreseen from S: S → B (S->B), S → C (S->C)" in text


def test_foreseen_transitions_cover_the_issue_list() -> None:
    """The transitions of domain.md §1.3 are all foreseen."""
    pairs = {(t.from_status, t.to_status) for t in TRANSITIONS}

    assert {
        ("N", "F"),
        ("N", "B-refugee"),
        ("N", "RAD"),
        ("N", "B"),
        ("F", "B"),
        ("S", "B"),
        ("B", "C"),
    } <= pairs
    assert () == foreseen_transitions("C")
    assert all(t.legal_basis for t in TRANSITIONS)


def test_unknown_status_codes_are_refused() -> None:
    """check_transition names the argument whose status code it does not know."""
    with pytest.raises(InvalidArgument, match=r"^from_status: "):
        check_transition(Person(), "Z", "B", on=ON)
    with pytest.raises(InvalidArgument, match=r"^to_status: "):
        check_transition(Person(), "B", "Z", on=ON)


def test_a_status_granted_after_the_evaluation_date_has_not_elapsed() -> None:
    """Evaluated before the grant, five years since it are not reached: INELIGIBLE, not an error."""
    person = Person(
        residence_status="S", status_since="2025-01-01", protection_lifted=False
    )

    assert Outcome.INELIGIBLE is check_transition(person, "S", "B", on=ON).outcome


# -- integration agenda ------------------------------------------------------------------


@pytest.mark.parametrize("code", ["F", "F-refugee", "B-refugee"])
def test_ais_from_1_may_2019(code: str) -> None:
    """OIE art. 29a, domain.md §2-3: the AIS applies from 2019-05-01 to AP and refugees."""
    person = Person(residence_status=code)

    assert "AIS" == integration_agenda(person, on="2019-05-01").value
    assert integration_agenda(person, on="2019-04-30").value is None


@pytest.mark.parametrize(
    ("on", "value"),
    [
        ("2022-04-12", None),
        ("2022-04-13", "Programme S"),
        ("2026-03-04", "Programme S"),
        ("2026-03-05", None),
    ],
)
def test_programme_s_dates(on: str, value: str | None) -> None:
    """SEM Programme S: decided 13 April 2022, extended to 4 March 2026 (domain.md §2)."""
    assert value == integration_agenda(Person(residence_status="S"), on=on).value


@pytest.mark.parametrize("code", ["N", "RAD", "B", "C", "swiss"])
def test_others_fall_under_neither(code: str) -> None:
    """N holders get no lump-sum measures (domain.md §1.1); others are outside both regimes."""
    d = integration_agenda(Person(residence_status=code), on=ON)

    assert d.value is None
    assert Outcome.INELIGIBLE is d.outcome


def test_agenda_undetermined_without_status() -> None:
    """Without a status, the regime is undetermined and names residence_status."""
    d = integration_agenda(Person(), on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert frozenset({"residence_status"}) == d.missing
