"""Who may join, read from the law: the CEJ and the Garantie jeunes, S and RAD in the PIC, dated offices.

- CEJ: Code du travail art. L5131-6 (version from 2022-03-01): 16 to 25 « révolus »
  (29 with a recognised disability), « difficultés d'accès à l'emploi durable », « pas
  étudiants », « ne suivent pas une formation ». Holding a job is no exclusion by itself.
- Garantie jeunes: art. L5131-6 (2017–2022): « ni étudiants, ni en formation, ni en emploi ».
- S holders: the PIC offers through Programme S until 2023-12-31, every PIC measure from
  2024-01-01 (the SEM's page « Programme S »).
- Rejected asylum seekers: outside the PIC offers' public, a named reading (LEI art. 4 al. 2,
  LAsi art. 82).
- The competent office: from the day its sources attest it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from integration_rules import Outcome, Person, check, competent_office, measure

YOUTH: dict[str, Any] = {
    "domicile": "FR-63",
    "international_protection": "refugee",
    "student": False,
    "in_training": False,
    "durable_employment_difficulties": True,
}


def cej(on: str = "2024-06-01", **facts: Any) -> Any:
    return check(
        Person(**{**YOUTH, "birth_date": "2003-01-01", **facts}),
        "fr63-cej-refugees",
        on=on,
    )


def garantie(on: str = "2020-03-01", **facts: Any) -> Any:
    person = Person(
        domicile="FR-63",
        international_protection="refugee",
        birth_date="2000-01-01",
        **facts,
    )
    return check(person, "fr63-garantie-jeunes-refugees", on=on)


# -- the CEJ ------------------------------------------------------------------------------------


def test_an_employed_youth_who_is_not_a_student_may_join_the_cej() -> None:
    """A job is no exclusion by itself: not NEET, yet eligible when the law's conditions hold."""
    decision = cej(neet=False)

    assert Outcome.ELIGIBLE is decision.outcome
    assert "neet" not in measure("fr63-cej-refugees").rule.facts()


@pytest.mark.parametrize(
    ("facts", "fact"),
    [
        ({"student": True}, "student"),
        ({"in_training": True}, "in_training"),
        ({"durable_employment_difficulties": False}, "durable_employment_difficulties"),
    ],
)
def test_each_condition_of_the_cej_is_a_fact_of_its_own(
    facts: dict[str, Any], fact: str
) -> None:
    """A student, a youth in training, or one without difficulties of access to durable employment is refused."""
    decision = cej(**facts)

    assert Outcome.INELIGIBLE is decision.outcome
    assert fact in decision.explain("en")


@pytest.mark.parametrize(
    "fact", ["student", "in_training", "durable_employment_difficulties"]
)
def test_an_unknown_cej_condition_is_undetermined_and_named(fact: str) -> None:
    """Unknown is not no: the decision names the fact to ask for."""
    decision = cej(**{fact: None})

    assert Outcome.UNDETERMINED is decision.outcome
    assert frozenset({fact}) == decision.missing


@pytest.mark.parametrize(
    ("birth", "rqth", "expected"),
    [
        ("1998-06-02", False, Outcome.ELIGIBLE),  # 25, the day before the 26th birthday
        ("1998-06-01", False, Outcome.INELIGIBLE),  # the 26th birthday
        ("1994-06-02", True, Outcome.ELIGIBLE),  # 29, the day before the 30th birthday
        ("1994-06-01", True, Outcome.INELIGIBLE),  # the 30th birthday
        ("1994-06-02", False, Outcome.INELIGIBLE),  # 29 without a recognised disability
        ("2008-06-01", False, Outcome.ELIGIBLE),  # the 16th birthday
        ("2008-06-02", False, Outcome.INELIGIBLE),  # the day before it
    ],
)
def test_cej_ages_are_completed_years_revolus(
    birth: str, rqth: bool, expected: Outcome
) -> None:
    """16 to 25 « révolus », 29 « révolus » with a RQTH: up to the day before the 26th (30th) birthday."""
    assert expected is cej(birth_date=birth, disability_recognised=rqth).outcome


def test_the_cej_cites_the_code_du_travail_not_a_secondary_page() -> None:
    """Each condition of the CEJ cites Code du travail art. L5131-6 in its version from 2022-03-01."""
    rule = measure("fr63-cej-refugees").rule
    text = cej().explain("fr")

    assert "Code du travail, art. L5131-6 (version du 2022-03-01)" in text
    assert rule.source is not None
    assert "qui ne sont pas étudiants" in (rule.source.quote or "")
    notes = " ".join(n.en for n in measure("fr63-cej-refugees").notes)
    assert "in any case" not in notes
    assert "the day before the 26th (30th) birthday" in notes


# -- the Garantie jeunes --------------------------------------------------------------------------


def test_a_student_is_refused_by_the_garantie_jeunes() -> None:
    """« ni étudiants, ni en formation, ni en emploi »: a student is not NEET."""
    decision = garantie(neet=False)

    assert Outcome.INELIGIBLE is decision.outcome
    assert "Code du travail, art. L5131-6 (version du 2017-01-01)" in decision.explain(
        "fr"
    )


def test_the_garantie_jeunes_with_neet_unknown_is_undetermined_and_names_it() -> None:
    """NEET unknown: undetermined, and ``neet`` is the fact to ask for."""
    decision = garantie()

    assert Outcome.UNDETERMINED is decision.outcome
    assert frozenset({"neet"}) == decision.missing


def test_a_neet_refugee_under_25_may_join_the_garantie_jeunes() -> None:
    assert Outcome.ELIGIBLE is garantie(neet=True).outcome


def test_the_pages_reading_of_under_25_is_a_named_parameter_with_the_laws_bound() -> (
    None
):
    """« moins de 25 ans » stays the reading (24); the note gives the law's 25 « révolus »."""
    from integration_rules.measures.france import GJ_MAX_AGE

    assert 24 == GJ_MAX_AGE.value
    assert GJ_MAX_AGE.note is not None
    assert "révolus" in GJ_MAX_AGE.note
    assert "set 25" in GJ_MAX_AGE.note


# -- S holders and rejected asylum seekers in the PIC -------------------------------------------


def pic(status: str, on: str, measure_id: str = "pic-vs-language-courses") -> Any:
    return check(Person(domicile="CH-VS", residence_status=status), measure_id, on=on)


@pytest.mark.parametrize(
    ("on", "route"),
    [
        ("2023-12-31", "through Programme S"),
        ("2024-01-01", "every PIC measure"),
    ],
)
def test_s_holders_reach_the_pic_offers_by_a_dated_route(on: str, route: str) -> None:
    """Until 2023-12-31 through Programme S; from 2024-01-01 every PIC measure; the explanation says which."""
    decision = pic("S", on)
    text = decision.explain("en")

    assert Outcome.ELIGIBLE is decision.outcome
    holding = [
        line for line in text.splitlines() if line.lstrip().startswith("✓ status S")
    ]
    assert len(holding) == 1
    assert route in holding[0]


def test_s_holders_before_programme_s_are_not_reached() -> None:
    """Status S was activated on 2022-03-12; Programme S started on 2022-04-13."""
    assert Outcome.INELIGIBLE is pic("S", "2022-04-12").outcome
    assert Outcome.ELIGIBLE is pic("S", "2022-04-13").outcome


def test_s_access_date_is_a_sourced_parameter() -> None:
    from integration_rules.measures.pic import S_FULL_ACCESS

    assert dt.date(2024, 1, 1) == S_FULL_ACCESS.value
    assert S_FULL_ACCESS.source is not None
    assert "Depuis le 1er janvier 2024" in (S_FULL_ACCESS.source.quote or "")


def test_rejected_asylum_seekers_are_outside_the_pic_offers_by_a_named_reading() -> (
    None
):
    """RAD: emergency aid only; the reading is the parameter pic.excluded_statuses, switchable."""
    refused = pic("RAD", "2024-03-01")
    admitted = measure("pic-vs-language-courses").with_parameters(
        {"pic.excluded_statuses": frozenset()}
    )

    assert Outcome.INELIGIBLE is refused.outcome
    assert "not a rejected asylum seeker" in refused.explain("en")
    assert "pic.excluded_statuses" in refused.explain("en")
    assert (
        Outcome.ELIGIBLE
        is check(
            Person(domicile="CH-VS", residence_status="RAD"), admitted, on="2024-03-01"
        ).outcome
    )


def test_the_rad_reading_quotes_the_law_and_the_other_reading() -> None:
    from integration_rules.measures.pic import EXCLUDED_STATUSES

    assert frozenset({"RAD"}) == EXCLUDED_STATUSES.value
    assert EXCLUDED_STATUSES.source is not None
    assert "LEI (RS 142.20), art. 4 al. 2" == str(EXCLUDED_STATUSES.source)
    assert EXCLUDED_STATUSES.note is not None
    assert "indépendamment du statut" in EXCLUDED_STATUSES.note
    assert "the empty set" in EXCLUDED_STATUSES.note


@pytest.mark.parametrize("status", ["N", "F", "F-refugee", "B-refugee", "B", "C", "L"])
def test_other_foreigners_keep_their_access(status: str) -> None:
    assert Outcome.ELIGIBLE is pic(status, "2024-03-01").outcome


# -- the competent office, dated ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("canton", "status", "office", "first_day"),
    [
        ("CH-VS", "N", "OASI", "2014-01-01"),
        ("CH-VS", "B", "SPM", "2014-01-01"),
        ("CH-JU", "F", "AJAM", "1984-01-01"),
        ("CH-JU", "C", "BI", "2002-01-01"),
    ],
)
def test_an_office_is_competent_from_the_day_its_sources_attest(
    canton: str, status: str, office: str, first_day: str
) -> None:
    """On its first day the office is competent; the day before nobody is (not covered), and it shows."""
    person = Person(domicile=canton, residence_status=status)
    day = dt.date.fromisoformat(first_day)
    before = competent_office(person, on=day - dt.timedelta(days=1))
    from_then = competent_office(person, on=day)

    assert (Outcome.ELIGIBLE, office) == (from_then.outcome, from_then.value)
    assert (Outcome.INELIGIBLE, None) == (before.outcome, before.value)
    assert "in force" in before.explain("en")
