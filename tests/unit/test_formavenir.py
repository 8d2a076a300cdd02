"""FormAvenir, every boundary the source sets.

Source: CII Valais newsletter (2023), « Projet-pilote
FormAvenir »: « des jeunes âgés de 15 à 25 ans qui débutent une formation
professionnelle initiale (en possession d'un contrat d'apprentissage) et qui
cumulent des difficultés sociales, personnelles, professionnelles et
scolaires »; « Depuis le 1er août 2023 … Planifiée sur trois ans ».
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from integration_rules import (
    EvaluationError,
    Outcome,
    Person,
    UnknownMeasure,
    catalog,
    check,
)
from integration_rules.measures import formavenir

ON = dt.date(2024, 3, 1)


def apprentice(**changes: Any) -> Person:
    """A person who meets every condition on 2024-03-01, with *changes*."""
    facts: dict[str, Any] = {
        "birth_date": dt.date(2007, 9, 3),
        "sex": "M",
        "domicile": "CH-VS",
        "apprenticeship_contract": True,
        "difficulties": {"social", "scholastic"},
    }
    facts.update(changes)
    return Person(**facts)


def test_the_public_contract_example() -> None:
    """The example of the issue's public contract is ELIGIBLE, truthy, with nothing missing."""
    p = Person(
        birth_date="2007-09-03",
        sex="M",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties={"social", "scholastic"},
    )
    d = check(p, "formavenir", on=dt.date(2024, 3, 1))

    assert d.outcome is Outcome.ELIGIBLE
    assert bool(d) is True
    assert frozenset() == d.missing
    assert d.measure == "formavenir"


# -- age: « âgés de 15 à 25 ans », completed years, both bounds included ------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(
            dt.date(2024, 2, 29), Outcome.INELIGIBLE, id="day before 15th birthday"
        ),
        pytest.param(dt.date(2024, 3, 1), Outcome.ELIGIBLE, id="15th birthday"),
    ],
)
def test_fifteenth_birthday(on: dt.date, expected: Outcome) -> None:
    """Born 2009-03-01: 14 on 2024-02-29, 15 on 2024-03-01 (the newsletter: « de 15 à 25 ans »)."""
    assert (
        expected
        is check(apprentice(birth_date="2009-03-01"), "formavenir", on=on).outcome
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(dt.date(2024, 9, 2), Outcome.ELIGIBLE, id="last day aged 25"),
        pytest.param(dt.date(2024, 9, 3), Outcome.INELIGIBLE, id="26th birthday"),
    ],
)
def test_twenty_sixth_birthday(on: dt.date, expected: Outcome) -> None:
    """Born 1998-09-03: still 25 on 2024-09-02, 26 on 2024-09-03 (the bound 25 is included)."""
    assert (
        expected
        is check(apprentice(birth_date="1998-09-03"), "formavenir", on=on).outcome
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(
            dt.date(2026, 2, 27), Outcome.ELIGIBLE, id="aged 25 on 27 February"
        ),
        pytest.param(
            dt.date(2026, 2, 28),
            Outcome.INELIGIBLE,
            id="26 on 28 February of a common year",
        ),
    ],
)
def test_born_on_29_february(on: dt.date, expected: Outcome) -> None:
    """Born 2000-02-29: the 26th birthday falls on 2026-02-28, 2026 being a common year."""
    assert (
        expected
        is check(apprentice(birth_date="2000-02-29"), "formavenir", on=on).outcome
    )


def test_born_on_29_february_turns_15_on_28_february() -> None:
    """The age rule itself: born 2008-02-29, aged 15 on 2023-02-28 and 14 the day before."""
    age = formavenir.RULE.children[1]  # type: ignore[attr-defined]
    subject = {"birth_date": dt.date(2008, 2, 29)}

    assert Outcome.INELIGIBLE is age.evaluate(subject, dt.date(2023, 2, 27)).outcome
    assert Outcome.ELIGIBLE is age.evaluate(subject, dt.date(2023, 2, 28)).outcome


# -- the pilot: from 2023-08-01, three years ------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        pytest.param(
            dt.date(2023, 7, 31), Outcome.INELIGIBLE, id="day before the pilot"
        ),
        pytest.param(
            dt.date(2023, 8, 1), Outcome.ELIGIBLE, id="first day of the pilot"
        ),
        pytest.param(
            dt.date(2023, 8, 2), Outcome.ELIGIBLE, id="second day of the pilot"
        ),
        pytest.param(
            dt.date(2026, 7, 30), Outcome.ELIGIBLE, id="day before the last day"
        ),
        pytest.param(
            dt.date(2026, 7, 31), Outcome.ELIGIBLE, id="last day of the pilot"
        ),
        pytest.param(dt.date(2026, 8, 1), Outcome.INELIGIBLE, id="day after the pilot"),
    ],
)
def test_pilot_period(on: dt.date, expected: Outcome) -> None:
    """Seed 002: « Depuis le 1er août 2023 », « Planifiée sur trois ans »: 2023-08-01 to 2026-07-31."""
    assert (
        expected
        is check(apprentice(birth_date="2005-01-01"), "formavenir", on=on).outcome
    )


def test_outside_the_pilot_the_reason_is_not_in_force() -> None:
    """Outside the pilot the decision says "not in force on <date>" and needs no fact."""
    d = check(Person(), "formavenir", on=dt.date(2026, 8, 1))

    assert Outcome.INELIGIBLE is d.outcome
    assert frozenset() == d.missing
    assert "not in force on 2026-08-01" in d.explain("en")
    assert "pas en vigueur le 2026-08-01" in d.explain("fr")
    assert "am 2026-08-01 nicht in Kraft" in d.explain("de")


def test_pilot_dates_are_the_sources() -> None:
    """The pilot runs 2023-08-01 to 2026-07-31 inclusive (the newsletter), derived from start + 3 years."""
    assert dt.date(2023, 8, 1) == formavenir.PILOT_START.value
    assert formavenir.PILOT_YEARS.value == 3
    assert dt.date(2026, 7, 31) == formavenir.PILOT_END
    assert formavenir.MEASURE.in_force is not None
    assert dt.date(2023, 8, 1) == formavenir.MEASURE.in_force.start
    assert dt.date(2026, 7, 31) == formavenir.MEASURE.in_force.end


# -- difficulties: « cumulent des difficultés », read as at least 2 of 4 -----------


@pytest.mark.parametrize(
    ("difficulties", "expected"),
    [
        pytest.param(set(), Outcome.INELIGIBLE, id="none"),
        pytest.param({"social"}, Outcome.INELIGIBLE, id="one kind"),
        pytest.param({"personal", "professional"}, Outcome.ELIGIBLE, id="two kinds"),
        pytest.param(
            {"social", "personal", "scholastic"}, Outcome.ELIGIBLE, id="three kinds"
        ),
        pytest.param(
            {"social", "personal", "professional", "scholastic"},
            Outcome.ELIGIBLE,
            id="four kinds",
        ),
        pytest.param(None, Outcome.UNDETERMINED, id="unknown"),
    ],
)
def test_cumulated_difficulties(
    difficulties: set[str] | None, expected: Outcome
) -> None:
    """One kind of difficulty is not a cumulation; two are (parameter formavenir.min_difficulty_kinds)."""
    assert (
        expected
        is check(apprentice(difficulties=difficulties), "formavenir", on=ON).outcome
    )


def test_difficulty_reading_is_a_documented_parameter() -> None:
    """The « cumul » reading is a named parameter of 2, with its source and a note explaining it."""
    p = formavenir.MIN_DIFFICULTY_KINDS

    assert p.id == "formavenir.min_difficulty_kinds"
    assert p.value == 2
    assert p.source is not None
    assert p.source.document.title == "CII Valais – lettre d'information"
    assert p.source.quote is not None
    assert "cumul de difficultés" in p.source.quote
    assert p.note is not None
    assert "at least 2" in p.note
    assert p in formavenir.MEASURE.parameters()


# -- the other conditions ------------------------------------------------------


def test_no_apprenticeship_contract_is_ineligible() -> None:
    """No apprenticeship contract: INELIGIBLE; unknown: UNDETERMINED naming the fact."""
    assert (
        Outcome.INELIGIBLE
        is check(apprentice(apprenticeship_contract=False), "formavenir", on=ON).outcome
    )
    d = check(apprentice(apprenticeship_contract=None), "formavenir", on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert frozenset({"apprenticeship_contract"}) == d.missing


@pytest.mark.parametrize("domicile", ["CH-JU", "CH-VD", "FR-63"])
def test_domicile_outside_valais_is_ineligible(domicile: str) -> None:
    """FormAvenir is a Valais measure: a domicile elsewhere is INELIGIBLE."""
    assert (
        Outcome.INELIGIBLE
        is check(apprentice(domicile=domicile), "formavenir", on=ON).outcome
    )


def test_unknown_domicile_is_undetermined() -> None:
    """An unknown domicile leaves the decision undetermined, naming domicile only."""
    d = check(apprentice(domicile=None), "formavenir", on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert frozenset({"domicile"}) == d.missing


def test_a_false_condition_decides_despite_unknowns() -> None:
    """Kleene: no contract makes it INELIGIBLE even with domicile and birth date unknown."""
    d = check(Person(apprenticeship_contract=False), "formavenir", on=ON)

    assert Outcome.INELIGIBLE is d.outcome
    assert frozenset() == d.missing


def test_an_empty_person_misses_exactly_the_four_facts() -> None:
    """With nothing known, the decision names the four facts FormAvenir reads."""
    d = check(Person(), "formavenir", on=ON)

    assert Outcome.UNDETERMINED is d.outcome
    assert (
        frozenset({"domicile", "birth_date", "apprenticeship_contract", "difficulties"})
        == d.missing
    )
    assert bool(d) is False


def test_social_assistance_is_not_a_condition() -> None:
    """Seed 002: « ne s'adresse pas uniquement … à des bénéficiaires de l'aide sociale »."""
    assert frozenset(
        {"domicile", "birth_date", "apprenticeship_contract", "difficulties"}
    ) == (formavenir.RULE.facts())
    assert any(
        "Social assistance is not a condition" in note.en
        for note in formavenir.MEASURE.notes
    )


def test_born_after_the_evaluation_date_is_an_error_naming_the_field_only() -> None:
    """A birth date after the evaluation date is an error at evaluation; the message hides the value."""
    with pytest.raises(EvaluationError) as caught:
        check(apprentice(birth_date="2025-01-01"), "formavenir", on=ON)

    assert "birth_date" in str(caught.value)
    assert "2025-01-01" not in str(caught.value)
    assert caught.value.field == "birth_date"
    assert isinstance(caught.value, ValueError)


# -- the measure's data -----------------------------------------------------------


def test_metadata_is_the_newsletters() -> None:
    """Responsible service, providers, referrers and capacity as the newsletter gives them."""
    m = catalog()["formavenir"]

    assert tuple(o.code for o in m.responsible) == ("SAS", "DSSC")
    assert tuple(o.code for o in m.providers) == (
        "Nasca Formation",
        "ARPI",
        "OSEO Valais",
        "Topjoberwallis",
    )
    assert tuple(o.code for o in m.referrers) == (
        "SEMO",
        "CMS",
        "OASI",
        "Plateforme T1",
        "USFP",
    )
    assert m.capacity is not None
    assert m.capacity.value == 60
    assert "Projet-pilote FormAvenir" == m.source.section
    assert "https://www.vs.ch/web/sict/cii" == m.source.link


def test_every_rule_node_of_formavenir_has_a_source_shown_in_the_explanation() -> None:
    """Every condition names its source, and the explanation shows it."""
    d = check(apprentice(), "formavenir", on=ON)
    for node in d.explanation.children:
        assert node.source is not None
    assert "« CII Valais – lettre d'information », 2023" in d.explain("en")


def test_catalog_is_immutable_and_keyed_by_id() -> None:
    """catalog() maps ids to measures and cannot be changed in place."""
    cat = catalog()

    assert "formavenir" in cat
    with pytest.raises(TypeError):
        cat["x"] = cat["formavenir"]  # type: ignore[index]


def test_unknown_measure_names_the_id_and_lists_the_known() -> None:
    """An unknown id raises UnknownMeasure (a KeyError and a ValueError) listing known ids."""
    with pytest.raises(UnknownMeasure) as caught:
        check(apprentice(), "formavenire", on=ON)

    message = str(caught.value)
    assert '"formavenire"' in message
    assert "'formavenir'" in message
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, ValueError)


def test_measure_ids_ignore_case() -> None:
    """The id "FormAvenir" finds the measure "formavenir"."""
    assert Outcome.ELIGIBLE is check(apprentice(), "FormAvenir", on=ON).outcome


def test_evaluation_date_accepts_iso_strings_and_refuses_datetimes() -> None:
    """on= takes a date or an ISO string; a datetime is refused naming "on"."""
    from integration_rules import InvalidArgument

    assert (
        Outcome.ELIGIBLE is check(apprentice(), "formavenir", on="2024-03-01").outcome
    )
    with pytest.raises(InvalidArgument, match=r"^on: "):
        check(apprentice(), "formavenir", on=dt.datetime(2024, 3, 1, 12, 0))
    with pytest.raises(TypeError):
        check(apprentice(), "formavenir")  # type: ignore[call-arg]


def test_check_refuses_a_mapping_for_a_person() -> None:
    """check() needs a Person; a dict gets a clear error pointing to Person.from_mapping."""
    from integration_rules import InvalidArgument

    with pytest.raises(InvalidArgument, match="from_mapping"):
        check({"birth_date": "2007-09-03"}, "formavenir", on=ON)  # type: ignore[arg-type]
