"""The Person model: conversions, unknown facts, and a table of bad inputs for every field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
import pytest
from hypothesis import given

from integration_rules import (
    IntegrationRulesError,
    InvalidArgument,
    InvalidFact,
    Person,
)
from integration_rules.facts import FACTS
from strategies import persons


def test_every_fact_defaults_to_unknown() -> None:
    """A Person built with no keyword knows nothing: every fact is None."""
    p = Person()

    assert all(getattr(p, name) is None for name in FACTS)
    assert frozenset() == p.known_facts()


def test_public_contract_keywords() -> None:
    """The keyword names other applications rely on are all there."""
    assert FACTS.names[:11] == (
        "birth_date",
        "sex",
        "domicile",
        "residence_status",
        "arrival_date",
        "language_level",
        "apprenticeship_contract",
        "difficulties",
        "registered_job_seeker",
        "hard_to_place",
        "wants_to_resume_work",
    )


@pytest.mark.parametrize(
    ("kwargs", "field", "expected"),
    [
        ({"birth_date": "2007-09-03"}, "birth_date", dt.date(2007, 9, 3)),
        ({"birth_date": " 2007-09-03 "}, "birth_date", dt.date(2007, 9, 3)),
        ({"arrival_date": dt.date(2019, 6, 14)}, "arrival_date", dt.date(2019, 6, 14)),
        ({"sex": "f"}, "sex", "F"),
        ({"domicile": "ch-vs"}, "domicile", "CH-VS"),
        ({"domicile": " FR-63 "}, "domicile", "FR-63"),
        ({"residence_status": "b-refugee"}, "residence_status", "B-refugee"),
        ({"residence_status": "B_REFUGEE"}, "residence_status", "B-refugee"),
        ({"residence_status": "ci"}, "residence_status", "Ci"),
        ({"residence_status": "Swiss"}, "residence_status", "swiss"),
        ({"residence_status": "rad"}, "residence_status", "RAD"),
        ({"language_level": "b1"}, "language_level", "B1"),
        ({"language_level": "NONE"}, "language_level", "none"),
        ({"apprenticeship_contract": "true"}, "apprenticeship_contract", True),
        ({"hard_to_place": "No"}, "hard_to_place", False),
        (
            {"difficulties": ["Social", "scholastic"]},
            "difficulties",
            frozenset({"social", "scholastic"}),
        ),
        ({"difficulties": []}, "difficulties", frozenset()),
        ({"difficulties": ("personal",)}, "difficulties", frozenset({"personal"})),
    ],
)
def test_natural_values_are_converted(
    kwargs: dict[str, Any], field: str, expected: object
) -> None:
    """ISO strings, lists and lowercase codes become the canonical values."""
    assert expected == getattr(Person(**kwargs), field)


BAD_INPUTS = [
    (
        "birth_date",
        "2024-13-45",
        'expected a date or an ISO 8601 string like "2006-05-01", got "2024-13-45"',
    ),
    ("birth_date", "03.09.2007", "expected a date or an ISO 8601 string"),
    ("birth_date", 20070903, "got 20070903"),
    ("birth_date", dt.datetime(2007, 9, 3, 10, 0), "got a datetime"),
    ("birth_date", "1850-01-01", "on or after 1900-01-01"),
    ("birth_date", True, "expected a date"),
    ("sex", "X", 'expected "F" or "M", got "X"'),
    ("sex", "female", 'expected "F" or "M"'),
    ("sex", 1, 'expected "F" or "M", got 1'),
    ("domicile", "Valais", 'expected an ISO 3166-2 subdivision code like "CH-VS"'),
    ("domicile", "VS", 'did you mean "CH-VS"?'),
    ("domicile", "CH-XX", 'expected a Swiss canton code (CH-AG … CH-ZH), got "CH-XX"'),
    ("domicile", "CH_VS", "ISO 3166-2"),
    ("domicile", 63, "got 63"),
    ("residence_status", "B-permit", 'expected one of "swiss", "C", "B", "B-refugee"'),
    ("residence_status", "refugee", 'got "refugee"'),
    ("residence_status", 7, "got 7"),
    ("arrival_date", "yesterday", 'got "yesterday"'),
    ("arrival_date", dt.datetime(2019, 6, 14), "got a datetime"),
    (
        "language_level",
        "A3",
        'expected one of "none", "A1", "A2", "B1", "B2", "C1", "C2", got "A3"',
    ),
    ("language_level", "fluent", 'got "fluent"'),
    ("language_level", 2, "got 2"),
    ("apprenticeship_contract", "maybe", 'expected true or false, got "maybe"'),
    ("apprenticeship_contract", 1, "expected true or false, got 1"),
    ("difficulties", "social", "not a single value"),
    ("difficulties", ["social", "financial"], 'got "financial"'),
    ("difficulties", [1], "got 1"),
    ("difficulties", {"social": True}, "not a single value"),
    ("registered_job_seeker", "oui", 'expected true or false, got "oui"'),
    ("registered_job_seeker", 0, "expected true or false, got 0"),
    ("hard_to_place", [], "expected true or false, got []"),
    ("wants_to_resume_work", "sometimes", 'expected true or false, got "sometimes"'),
    ("asylum_request_date", "2019-02-30", 'got "2019-02-30"'),
    ("status_since", 2019, "expected a date or an ISO 8601 string"),
    ("residence_permit_since", "last year", 'got "last year"'),
    ("oral_language_level", "B3", 'expected one of "none", "A1"'),
    ("written_language_level", "good", 'got "good"'),
    ("refugee_status_recognised", "Y", 'expected true or false, got "Y"'),
    ("asylum_exclusion_ground", 2, "expected true or false, got 2"),
    ("asylum_request_rejected", "rejected", 'got "rejected"'),
    ("removal_not_enforceable", [True], "expected true or false"),
    ("whereabouts_known", "unknown", 'got "unknown"'),
    ("advanced_integration", 0.5, "got 0.5"),
    ("integrated", "partly", 'got "partly"'),
    ("revocation_ground", "none", 'got "none"'),
    ("protection_lifted", {}, "expected true or false"),
    ("in_federal_centre", "CFA", 'got "CFA"'),
    (
        "housing",
        "hotel",
        'expected one of "premier_accueil", "collective", "individual", got "hotel"',
    ),
    ("housing_since", "soon", 'got "soon"'),
    ("children_birth_dates", "2020-01-01", "expected a list of dates"),
    ("neet", "sometimes", 'got "sometimes"'),
    ("disability_recognised", "RQTH", 'got "RQTH"'),
    ("student", "sometimes", 'got "sometimes"'),
    ("in_training", 2, "got 2"),
    ("durable_employment_difficulties", "oui-ish", 'got "oui-ish"'),
    ("compulsory_school_completed", 9, "got 9"),
    ("post_compulsory_solution", "apprenticeship", 'got "apprenticeship"'),
    ("at_risk_of_dropping_out", "high", 'got "high"'),
    ("late_arrival", 17, "got 17"),
    (
        "international_protection",
        "asylum",
        'expected one of "none", "refugee", "subsidiary", got "asylum"',
    ),
    ("literate", "partly", 'got "partly"'),
    ("schooled", 6, "got 6"),
    ("newcomer_steps_completed", ["website"], "the steps happen in order"),
]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [pytest.param(f, v, m, id=f"Person({f}={v!r})") for f, v, m in BAD_INPUTS],
)
def test_bad_input_names_the_field_and_what_was_expected(
    field: str, value: object, message: str
) -> None:
    """Each invalid value raises InvalidFact (a ValueError), naming the field first."""
    with pytest.raises(InvalidFact) as caught:
        Person(**{field: value})

    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, IntegrationRulesError)
    assert field == caught.value.field
    assert str(caught.value).startswith(f"{field}: ")
    assert message in str(caught.value)


def test_every_field_has_bad_inputs_in_the_table() -> None:
    """The table above covers every fact of a person."""
    assert set(FACTS) == {field for field, _, _ in BAD_INPUTS}


@pytest.mark.parametrize(
    "field",
    [
        "arrival_date",
        "asylum_request_date",
        "status_since",
        "residence_permit_since",
        "housing_since",
    ],
)
def test_dates_before_birth_are_refused(field: str) -> None:
    """A date of the person's history before their birth names the field."""
    expected = f'{field}: expected a date on or after birth_date, got "1999-12-31"'
    with pytest.raises(InvalidFact, match=re.escape(expected)):
        Person(birth_date="2000-01-01", **{field: "1999-12-31"})


def test_b_permit_period_cannot_start_after_the_current_b() -> None:
    """For a B holder, residence_permit_since after status_since is refused, naming residence_permit_since."""
    with pytest.raises(
        InvalidFact,
        match=r"^residence_permit_since: expected a date on or before status_since",
    ):
        Person(
            residence_status="B",
            status_since="2019-01-01",
            residence_permit_since="2020-01-01",
        )


def test_unknown_keyword_is_a_type_error() -> None:
    """Person is keyword-only and rejects unknown keywords."""
    with pytest.raises(TypeError):
        Person(birthdate="2000-01-01")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Person("2000-01-01")  # type: ignore[misc]


def test_person_is_frozen() -> None:
    """A Person cannot be changed in place; evolve() makes a new one."""
    p = Person(sex="F")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.sex = "M"  # type: ignore[misc]
    q = attrs.evolve(p, sex="m")

    assert (p.sex, q.sex) == ("F", "M")


def test_repr_shows_no_fact_value() -> None:
    """repr(person) lists which facts are known, never their values (it may reach a log)."""
    p = Person(birth_date="2007-09-03", domicile="CH-VS", residence_status="F")
    text = repr(p)

    assert "2007" not in text
    assert "CH-VS" not in text
    assert "birth_date" in text


def test_from_mapping_rejects_unknown_keys_naming_them() -> None:
    """A typo in a record's key is an error naming the key, not a silently unknown fact."""
    with pytest.raises(InvalidFact) as caught:
        Person.from_mapping({"birthdate": "2007-09-03"})

    assert caught.value.field == "birthdate"
    assert "birth_date" in str(caught.value)


def test_from_mapping_refuses_non_mappings() -> None:
    """from_mapping needs a mapping."""
    with pytest.raises(InvalidArgument):
        Person.from_mapping(["birth_date"])  # type: ignore[arg-type]


def test_null_in_a_record_is_unknown() -> None:
    """A JSON null is an unknown fact."""
    assert Person.from_mapping({"sex": None, "domicile": "CH-VS"}) == Person(
        domicile="CH-VS"
    )


@given(persons())
def test_mapping_round_trip(person: Person) -> None:
    """from_mapping(to_mapping(p)) == p for every person."""
    assert person == Person.from_mapping(person.to_mapping())


@given(persons())
def test_persons_are_hashable_values(person: Person) -> None:
    """Equal persons hash equal; a person can key a dict."""
    twin = Person.from_mapping(person.to_mapping())

    assert hash(person) == hash(twin)


def test_a_child_born_before_the_person_is_refused() -> None:
    with pytest.raises(InvalidFact, match="children_birth_dates") as caught:
        Person(
            birth_date="1990-05-01", children_birth_dates=["2015-01-01", "1989-12-31"]
        )
    assert caught.value.field == "children_birth_dates"
    assert Person(
        birth_date="1990-05-01", children_birth_dates=["2015-01-01"]
    ).children_birth_dates


def test_with_facts_returns_a_validated_copy() -> None:
    person = Person(birth_date="1990-05-01", domicile="CH-VS")
    changed = person.with_facts(registered_job_seeker=True, domicile=None)

    assert (True, None) == (changed.registered_job_seeker, changed.domicile)
    assert (None, "CH-VS") == (person.registered_job_seeker, person.domicile)
    with pytest.raises(InvalidFact, match="arrival_date"):
        person.with_facts(arrival_date="1980-01-01")  # before the birth date
    with pytest.raises(InvalidFact, match="birthdate") as caught:
        person.with_facts(birthdate="1990-05-01")
    assert "birthdate" == caught.value.field
