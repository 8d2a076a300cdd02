"""Every measure of the catalogue at its boundaries, each test citing the source figure.

Seeds: 002 (Carrière au féminin, job coaching 50+, USFP), 004 (OASI housing),
000/001/002 (PIC offers), 003 (Puy-de-Dôme); external facts: shared/domain.md
§3 (AIS early childhood), §5 (SEMO, T1, PAI), §6 (CEJ, CIR).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from integration_rules import (
    Money,
    Outcome,
    Person,
    UnknownMeasure,
    catalog,
    check,
    measure,
    sessions,
)
from integration_rules.measures import (
    MEASURES,
    carriere,
    cir_language_track,
    france,
    housing_move,
    job_coaching,
    newcomer_next_step,
)
from integration_rules.measures.france import cost_per_participant

ON = dt.date(2024, 3, 1)


def outcome(measure_id: str, on: dt.date | str = ON, **facts: Any) -> Outcome:
    return check(Person(**facts), measure_id, on=on).outcome


# -- Carrière au féminin (the CII Valais newsletter) ------------------------------------------------------

WOMAN = {"sex": "F", "domicile": "CH-VS", "wants_to_resume_work": True}


def test_carriere_for_women_domiciled_in_valais_who_wish_to_resume_work() -> None:
    """« ouvert à toutes les femmes domiciliées en Valais et qui souhaitent reprendre une activité professionnelle »."""
    assert Outcome.ELIGIBLE is outcome("carriere-au-feminin", **WOMAN)
    assert Outcome.INELIGIBLE is outcome("carriere-au-feminin", **{**WOMAN, "sex": "M"})
    assert Outcome.INELIGIBLE is outcome(
        "carriere-au-feminin", **{**WOMAN, "domicile": "CH-VD"}
    )
    assert Outcome.INELIGIBLE is outcome(
        "carriere-au-feminin", **{**WOMAN, "wants_to_resume_work": False}
    )


def test_carriere_needs_no_parental_break_and_no_age() -> None:
    """The eligibility sentence names no parental break and no age: three facts decide it."""
    assert (
        frozenset({"sex", "domicile", "wants_to_resume_work"})
        == catalog()["carriere-au-feminin"].rule.facts()
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2023-08-31", Outcome.INELIGIBLE),
        ("2023-09-01", Outcome.ELIGIBLE),
        ("2030-01-01", Outcome.ELIGIBLE),
    ],
)
def test_carriere_from_the_pilot_session_of_september_2023(
    on: str, expected: Outcome
) -> None:
    """« Une première session pilote … en septembre 2023 … Dès 2024, une session chaque année »."""
    assert expected is outcome("carriere-au-feminin", on, **WOMAN)


def test_carriere_price_and_format() -> None:
    """« au prix de CHF 400.- »; « 5 demi-journées de cours collectifs et … 6 entretiens de coaching »."""
    m = catalog()["carriere-au-feminin"]

    assert m.price is not None
    assert Money.of("400") == m.price.value
    assert "CHF 400.-" == m.price.value.format(whole_dash=True)
    assert (5, 6) == (carriere.HALF_DAYS.value, carriere.INTERVIEWS.value)
    assert 10 == carriere.PILOT_PARTICIPANTS.value
    assert 1 == carriere.SESSIONS_PER_YEAR.value


def test_carriere_schedule_has_five_half_days_then_six_interviews() -> None:
    """The default pattern: 5 weekly half-days, then 6 fortnightly interviews a week after the last."""
    days = sessions("carriere-au-feminin", start="2024-09-02")

    assert 11 == len(days)
    assert ["2024-09-02", "2024-09-09", "2024-09-16", "2024-09-23", "2024-09-30"] == [
        s.day.isoformat() for s in days[:5]
    ]
    assert "2024-10-07" == days[5].day.isoformat()
    assert "2024-12-16" == days[10].day.isoformat()
    assert {"group half-day"} == {s.kind.en for s in days[:5]}
    assert {"individual coaching interview"} == {s.kind.en for s in days[5:]}


# -- Job coaching 50+ (the CII Valais newsletter) -------------------------------------------------------

SEEKER = {
    "domicile": "CH-VS",
    "registered_job_seeker": True,
    "hard_to_place": True,
    "birth_date": "1974-03-15",
}


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2024-03-14", Outcome.INELIGIBLE),
        ("2024-03-15", Outcome.INELIGIBLE),
        ("2024-03-16", Outcome.ELIGIBLE),
    ],
)
def test_job_coaching_more_than_50_years(on: str, expected: Outcome) -> None:
    """« demandeurs d'emploi de plus de 50 ans »: from the day after the 50th birthday (default reading)."""
    assert expected is outcome("job-coaching-50-plus", on, **SEEKER)


def test_job_coaching_age_reading_is_a_documented_parameter() -> None:
    """The newsletter's « plus de 50 ans » vs LACI's « 50 ans ou plus » is a parameter, default the newsletter's."""
    assert job_coaching.AGE_INCLUSIVE.value is False
    assert job_coaching.AGE_INCLUSIVE.note is not None
    assert "LACI" in job_coaching.AGE_INCLUSIVE.note
    assert job_coaching.AGE_INCLUSIVE in catalog()["job-coaching-50-plus"].parameters()


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2019-12-31", Outcome.INELIGIBLE),
        ("2020-01-01", Outcome.ELIGIBLE),
        ("2024-12-31", Outcome.ELIGIBLE),
        ("2025-01-01", Outcome.INELIGIBLE),
    ],
)
def test_job_coaching_funded_until_the_end_of_2024(on: str, expected: Outcome) -> None:
    """« L'assurance-chômage dispose, jusqu'en 2024, de moyens supplémentaires »; funds from January 2020."""
    assert expected is outcome(
        "job-coaching-50-plus", on, **{**SEEKER, "birth_date": "1960-01-01"}
    )


@pytest.mark.parametrize("fact", ["registered_job_seeker", "hard_to_place"])
def test_job_coaching_needs_registration_and_hard_to_place(fact: str) -> None:
    """Registered job seekers who are hard to place."""
    assert Outcome.INELIGIBLE is outcome(
        "job-coaching-50-plus", **{**SEEKER, fact: False}
    )


def test_job_coaching_interviews_every_two_weeks_until_the_programme_ends() -> None:
    """« entretien chaque 2 semaines au minimum »; open-ended sessions stop at the end of 2024."""
    days = sessions("job-coaching-50-plus", start="2024-11-04")

    assert ["2024-11-04", "2024-11-18", "2024-12-02", "2024-12-16", "2024-12-30"] == [
        s.day.isoformat() for s in days
    ]


# -- USFP, SEMO, T1, PAI (the newsletter, the SFOP's and SICT's pages) -----------------------------------------------


def test_usfp_for_apprentices_in_difficulty() -> None:
    """« Pour accompagner les apprentis en difficulté … une USFP »: one difficulty is enough."""
    facts = {"domicile": "CH-VS", "apprenticeship_contract": True}

    assert Outcome.ELIGIBLE is outcome("usfp", **facts, difficulties=["scholastic"])
    assert Outcome.INELIGIBLE is outcome("usfp", **facts, difficulties=[])
    assert Outcome.INELIGIBLE is outcome(
        "usfp", domicile="CH-VS", apprenticeship_contract=False, difficulties=["social"]
    )


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("2009-03-02", Outcome.INELIGIBLE),
        ("2009-03-01", Outcome.ELIGIBLE),
        ("1999-03-02", Outcome.ELIGIBLE),
        ("1999-03-01", Outcome.INELIGIBLE),
    ],
)
def test_semo_15_to_24(birth: str, expected: Outcome) -> None:
    """SEMO: « jeunes de 15 à 24 ans » registered with an ORP (vs.ch SICT communiqué)."""
    assert expected is outcome(
        "semo", domicile="CH-VS", registered_job_seeker=True, birth_date=birth
    )


def test_semo_needs_orp_registration() -> None:
    """SEMO is a labour-market measure: registration with the ORP is required."""
    assert Outcome.INELIGIBLE is outcome(
        "semo", domicile="CH-VS", registered_job_seeker=False, birth_date="2007-01-01"
    )


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"post_compulsory_solution": False}, Outcome.ELIGIBLE),
        (
            {"post_compulsory_solution": True, "at_risk_of_dropping_out": True},
            Outcome.ELIGIBLE,
        ),
        (
            {"post_compulsory_solution": True, "at_risk_of_dropping_out": False},
            Outcome.INELIGIBLE,
        ),
    ],
)
def test_t1_without_solution_or_at_risk(
    facts: dict[str, Any], expected: Outcome
) -> None:
    """Plateforme T1 (vs.ch SFOP): 15-25-year-olds with major difficulties after compulsory school."""
    base = {
        "domicile": "CH-VS",
        "birth_date": "2006-01-01",
        "compulsory_school_completed": True,
    }

    assert expected is outcome("plateforme-t1", **base, **facts)


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        ("1999-03-01", Outcome.ELIGIBLE),
        ("1998-03-01", Outcome.ELIGIBLE),
        ("1988-03-01", Outcome.INELIGIBLE),
        ("2008-03-02", Outcome.INELIGIBLE),
    ],
)
def test_pai_16_to_35(birth: str, expected: Outcome) -> None:
    """PAI Valais conditions: age 16-35 (vs.ch PAI page)."""
    facts = {
        "domicile": "CH-VS",
        "residence_status": "F",
        "oral_language_level": "A2",
        "written_language_level": "A1",
    }

    assert expected is outcome("pai", birth_date=birth, **facts)


@pytest.mark.parametrize(
    ("oral", "written", "expected"),
    [
        ("A2", "A1", Outcome.ELIGIBLE),
        ("A1", "A1", Outcome.INELIGIBLE),
        ("B1", "none", Outcome.INELIGIBLE),
    ],
)
def test_pai_language_a2_oral_a1_written(
    oral: str, written: str, expected: Outcome
) -> None:
    """PAI Valais: « A2 oral, A1 written » at the start."""
    facts = {"domicile": "CH-VS", "residence_status": "S", "birth_date": "2000-01-01"}

    assert expected is outcome(
        "pai", oral_language_level=oral, written_language_level=written, **facts
    )


@pytest.mark.parametrize(
    ("status", "late", "on", "expected"),
    [
        ("B-refugee", None, "2024-03-01", Outcome.ELIGIBLE),
        ("C", False, "2024-03-01", Outcome.INELIGIBLE),
        ("B", True, "2021-07-31", Outcome.INELIGIBLE),
        ("B", True, "2021-08-01", Outcome.ELIGIBLE),
        ("N", True, "2024-03-01", Outcome.INELIGIBLE),
    ],
)
def test_pai_public_and_pai_plus(
    status: str, late: bool | None, on: str, expected: Outcome
) -> None:
    """SEM: refugees, AP and S; widened to late arrivals (PAI+) in summer 2021."""
    facts = {
        "domicile": "CH-VS",
        "birth_date": "2000-01-01",
        "oral_language_level": "A2",
        "written_language_level": "A1",
    }

    assert expected is outcome(
        "pai", on, residence_status=status, late_arrival=late, **facts
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2018-07-31", Outcome.INELIGIBLE), ("2018-08-01", Outcome.ELIGIBLE)],
)
def test_pai_since_august_2018(on: str, expected: Outcome) -> None:
    """SEM: a federal pilot « depuis août 2018 »."""
    facts = {
        "domicile": "CH-VS",
        "residence_status": "F",
        "birth_date": "1995-01-01",
        "oral_language_level": "A2",
        "written_language_level": "A1",
    }

    assert expected is outcome("pai", on, **facts)


# -- OASI housing (the asylum office's page) --------------------------------------------------------------------

RESIDENT = {
    "domicile": "CH-VS",
    "residence_status": "N",
    "housing": "collective",
    "housing_since": "2024-01-31",
}


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2024-07-30", Outcome.INELIGIBLE), ("2024-07-31", Outcome.ELIGIBLE)],
)
def test_individual_housing_after_six_months(on: str, expected: Outcome) -> None:
    """« Après une période de 6 à 9 mois minimum, la plupart des résidents déménagent dans un hébergement individuel »."""
    assert expected is outcome("oasi-individual-housing", on, **RESIDENT)
    assert expected is housing_move(Person(**RESIDENT), "individual", on=on).outcome


def test_premier_accueil_moves_to_collective_housing() -> None:
    """« quelques jours jusqu'à ce qu'une place soit disponible dans un hébergement collectif »."""
    p = Person(
        domicile="CH-VS",
        residence_status="F",
        housing="premier_accueil",
        housing_since="2024-02-27",
    )

    assert Outcome.ELIGIBLE is housing_move(p, "collective", on=ON).outcome
    assert Outcome.INELIGIBLE is housing_move(p, "individual", on=ON).outcome


def test_the_path_never_goes_back() -> None:
    """No move back to the Premier Accueil is foreseen; the answer lists the foreseen moves."""
    d = housing_move(Person(**RESIDENT), "premier_accueil", on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert "premier_accueil → collective" in d.explain("en")


def test_housing_path_is_for_the_asylum_domain() -> None:
    """The OASI houses persons from the asylum domain; a B holder is not on this path."""
    assert Outcome.INELIGIBLE is outcome(
        "oasi-individual-housing", "2025-01-01", **{**RESIDENT, "residence_status": "B"}
    )


# -- PIC offers (the Valais press release, RFJ, the newsletter) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2024-02-29", Outcome.ELIGIBLE), ("2024-03-01", Outcome.INELIGIBLE)],
)
def test_first_information_for_newcomers(on: str, expected: Outcome) -> None:
    """Primo-information (PIC 2bis press release) for newcomers: arrived less than 12 months ago (parameter pic.newcomer_months)."""
    assert expected is outcome(
        "pic-vs-first-information",
        on,
        domicile="CH-VS",
        residence_status="B",
        arrival_date="2023-03-01",
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [("B", Outcome.ELIGIBLE), ("F", Outcome.ELIGIBLE), ("swiss", Outcome.INELIGIBLE)],
)
def test_language_courses_for_all_migrant_publics(code: str, expected: Outcome) -> None:
    """Seed 000: « pour tous les publics de migrants, qu'ils soient issus du domaine des étrangers ou de l'asile »."""
    assert expected is outcome(
        "pic-vs-language-courses", domicile="CH-VS", residence_status=code
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2024-05-31", Outcome.ELIGIBLE), ("2024-06-01", Outcome.INELIGIBLE)],
)
def test_early_childhood_children_0_to_4(on: str, expected: Outcome) -> None:
    """AIS scope (domain.md §3): unschooled children aged 0-4; the child born 2019-06-01 turns 5 on 2024-06-01."""
    facts = {
        "domicile": "CH-VS",
        "residence_status": "F",
        "children_birth_dates": ["2019-06-01"],
    }

    assert expected is outcome("pic-vs-early-childhood", on, **facts)


def test_early_childhood_known_without_children() -> None:
    """An empty list of children is known: INELIGIBLE, not undetermined."""
    assert Outcome.INELIGIBLE is outcome(
        "pic-vs-early-childhood",
        domicile="CH-VS",
        residence_status="F",
        children_birth_dates=[],
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2027-12-31", Outcome.ELIGIBLE), ("2028-01-01", Outcome.INELIGIBLE)],
)
def test_pic_offers_run_to_the_end_of_pic3(on: str, expected: Outcome) -> None:
    """PIC3 2024-2027 (the newsletter): encoded until 2027-12-31."""
    assert expected is outcome("pic-vs-anti-discrimination", on, domicile="CH-VS")


@pytest.mark.parametrize(
    ("on", "expected"),
    [("2023-12-31", Outcome.INELIGIBLE), ("2024-01-01", Outcome.ELIGIBLE)],
)
def test_jura_pic_2024_2027(on: str, expected: Outcome) -> None:
    """Seed 001: the Jura PIC covers 2024-2027."""
    assert expected is outcome("jura-anti-discrimination", on, domicile="CH-JU")


@pytest.mark.parametrize(
    ("done", "next_step"),
    [
        ([], "brochure"),
        (["brochure"], "website"),
        (["brochure", "website"], "information_session"),
        (["brochure", "website", "information_session"], "individual_accompaniment"),
        (
            ["brochure", "website", "information_session", "individual_accompaniment"],
            None,
        ),
    ],
)
def test_jura_newcomer_process_in_four_ordered_steps(
    done: list[str], next_step: str | None
) -> None:
    """Seed 001: brochure, website, information session, individual accompaniment, in that order."""
    assert next_step == newcomer_next_step(Person(newcomer_steps_completed=done))


# -- France: the prefecture's page, Code du travail art. L5131-6 ---------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2018-08-31", Outcome.INELIGIBLE),
        ("2018-09-01", Outcome.ELIGIBLE),
        ("2018-12-31", Outcome.ELIGIBLE),
        ("2019-01-01", Outcome.INELIGIBLE),
    ],
)
def test_french_modules_in_2018(on: str, expected: Outcome) -> None:
    """« Pôle Emploi a financé en septembre … des modules de formation en français d'une durée de 680 heures »."""
    assert expected is outcome(
        "fr63-french-training-680h",
        on,
        domicile="FR-63",
        international_protection="refugee",
    )


def test_french_modules_figures() -> None:
    """680 hours, €800,000, 75 then over 100 refugees: €10,666.67 and €8,000.00 per refugee."""
    assert 680 == france.MODULE_HOURS.value
    assert Money.of("800000", "EUR") == france.MODULE_BUDGET.value
    assert Money.of("10666.67", "EUR") == cost_per_participant(75)
    assert Money.of("8000.00", "EUR") == cost_per_participant(100)


@pytest.mark.parametrize(
    ("birth", "expected"),
    [("1994-01-01", Outcome.ELIGIBLE), ("1993-01-01", Outcome.INELIGIBLE)],
)
def test_garantie_jeunes_under_25(birth: str, expected: Outcome) -> None:
    """« Les jeunes réfugiés de moins de 25 ans »: on 2018-12-01, born 1994-01-01 is 24, born 1993-01-01 is 25."""
    assert expected is outcome(
        "fr63-garantie-jeunes-refugees",
        "2018-12-01",
        domicile="FR-63",
        international_protection="refugee",
        birth_date=birth,
        neet=True,
    )


@pytest.mark.parametrize(
    ("on", "garantie", "cej"),
    [
        ("2022-02-28", Outcome.ELIGIBLE, Outcome.INELIGIBLE),
        ("2022-03-01", Outcome.INELIGIBLE, Outcome.ELIGIBLE),
    ],
)
def test_garantie_jeunes_mapped_to_cej_on_1_march_2022(
    on: str, garantie: Outcome, cej: Outcome
) -> None:
    """Décret n° 2022-199: the CEJ replaced the Garantie jeunes on 2022-03-01."""
    facts = {
        "domicile": "FR-63",
        "international_protection": "refugee",
        "birth_date": "2001-06-01",
        "neet": True,
        "student": False,
        "in_training": False,
        "durable_employment_difficulties": True,
    }

    assert garantie is outcome("fr63-garantie-jeunes-refugees", on, **facts)
    assert cej is outcome("fr63-cej-refugees", on, **facts)
    assert "fr63-cej-refugees" == catalog()["fr63-garantie-jeunes-refugees"].successor


@pytest.mark.parametrize(
    ("birth", "rqth", "expected"),
    [
        ("1998-06-02", False, Outcome.ELIGIBLE),
        ("1998-06-01", False, Outcome.INELIGIBLE),
        ("1998-06-01", True, Outcome.ELIGIBLE),
        ("1994-06-01", True, Outcome.INELIGIBLE),
    ],
)
def test_cej_16_to_25_or_under_30_with_rqth(
    birth: str, rqth: bool, expected: Outcome
) -> None:
    """CEJ: 16 to 25 « révolus », or 29 « révolus » with a recognised disability; on 2024-06-01, born 1998-06-01 turns 26."""
    facts = {
        "domicile": "FR-63",
        "international_protection": "subsidiary",
        "student": False,
        "in_training": False,
        "durable_employment_difficulties": True,
        "disability_recognised": rqth,
    }

    assert expected is outcome(
        "fr63-cej-refugees", "2024-06-01", birth_date=birth, **facts
    )


@pytest.mark.parametrize(
    ("facts", "track"),
    [
        ({"language_level": "A1"}, "0 h"),
        ({"language_level": "none", "literate": False}, "600 h"),
        ({"language_level": "none", "literate": True, "schooled": False}, "400 h"),
        ({"language_level": "none", "literate": True, "schooled": True}, "200 h"),
    ],
)
def test_cir_language_track_by_level(facts: dict[str, Any], track: str) -> None:
    """CIR since 2019: 600 h for non-readers, 400 h for little schooling, 200 h schooled, none once A1 is reached."""
    assert track == cir_language_track(Person(**facts), on=ON).value


# -- the catalogue ----------------------------------------------------------------------------------


@pytest.mark.parametrize("m", MEASURES, ids=[m.id for m in MEASURES])
def test_every_measure_has_its_data(m: Any) -> None:
    """Source, responsible service, labels in three languages and JSON-ready metadata for each measure."""
    import json

    assert m.source is not None
    assert m.responsible
    assert all(m.label.get(lang) and m.summary.get(lang) for lang in ("fr", "de", "en"))
    json.dumps(m.to_dict())


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("Carrière au féminin", "carriere-au-feminin"),
        ("job_coaching_50_plus", "job-coaching-50-plus"),
        ("Job coaching 50+", "job-coaching-50-plus"),
        (" FormAvenir ", "formavenir"),
        ("PIC_VS_first_information", "pic-vs-first-information"),
    ],
)
def test_measure_ids_are_found_without_regard_to_case_accents_or_separators(
    asked: str, found: str
) -> None:
    assert found == measure(asked).id


def test_an_unknown_measure_is_still_refused_after_normalising() -> None:
    with pytest.raises(UnknownMeasure):
        measure("Carrière au masculin")


def test_housing_move_decisions_name_the_catalogue_measure() -> None:
    """The decision's measure id is one the catalogue knows."""
    p = Person(
        domicile="CH-VS",
        residence_status="F",
        housing="collective",
        housing_since="2024-01-31",
    )
    for stage in ("individual", "collective"):
        decision = housing_move(p, stage, on="2024-07-31")
        assert decision.measure is not None
        assert measure(decision.measure).id == "oasi-individual-housing"


def test_garantie_jeunes_refugees_has_the_schemes_minimum_age() -> None:
    """Garantie jeunes: from 16 « révolus » (Code du travail art. L5131-3, 2017); the page: under 25."""

    def at(birth: str) -> Outcome:
        p = Person(
            birth_date=birth,
            domicile="FR-63",
            residence_status="B-refugee",
            international_protection="refugee",
            neet=True,
        )
        return check(p, "fr63-garantie-jeunes-refugees", on="2020-03-01").outcome

    assert Outcome.INELIGIBLE is at("2004-03-02")  # 15 the day before the 16th birthday
    assert Outcome.ELIGIBLE is at("2004-03-01")  # 16 that day
    assert Outcome.ELIGIBLE is at("1995-03-02")  # 24, the day before turning 25
    assert Outcome.INELIGIBLE is at("1995-03-01")  # 25: no longer « moins de 25 ans »


def test_no_job_coaching_session_after_the_end_of_funding() -> None:
    """The newsletter: extra means « jusqu'en 2024 »; sessions every 2 weeks stop at 2024-12-31."""
    by_date = sessions("job-coaching-50-plus", start="2024-12-02", until="2025-02-01")
    by_count = sessions("job-coaching-50-plus", start="2024-12-02", count=5)

    expected = [dt.date(2024, 12, 2), dt.date(2024, 12, 16), dt.date(2024, 12, 30)]
    assert expected == [s.day for s in by_date]
    assert expected == [s.day for s in by_count]


def test_counted_sessions_cut_at_until_without_warning() -> None:
    """Carrière au féminin: 5 group half-days then 6 interviews (the newsletter); an end date cuts the series."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cut = sessions("carriere-au-feminin", start="2024-09-02", until="2024-10-15")
    assert 6 == len(cut)
    assert all(s.day <= dt.date(2024, 10, 15) for s in cut)
    assert 11 == len(sessions("carriere-au-feminin", start="2024-09-02"))


def test_every_function_taking_a_measure_id_finds_it_the_same_way() -> None:
    """One lookup: referrers and budgets accept the ids check accepts."""
    from integration_rules.funding import measure_budget
    from integration_rules.network import referrers

    assert referrers("Carrière au féminin") == referrers("carriere-au-feminin")
    assert measure_budget("Carrière au féminin", 10) == measure_budget(
        "carriere-au-feminin", 10
    )
