"""Decision records: a stored decision carries what ran, and verify checks it again later."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import InvalidArgument, Outcome, Person, check, measure, verify
from integration_rules.measures import CATALOGUE
from integration_rules.rules import is_true
from integration_rules.testing import persons

ON = "2024-03-01"
APPRENTICE = Person(
    birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True,
    difficulties=["social", "personal"],
)


def test_a_record_says_what_ran_on_which_facts() -> None:
    """The library's version, fingerprints, the parameters' values and the facts read."""
    data = check(APPRENTICE, "formavenir", on=ON).to_dict()
    record = data["record"]

    assert data["schema_version"] == 3
    assert record["fingerprint"].startswith("sha256:")
    assert record["parameters"]["formavenir.min_difficulty_kinds"] == 2
    assert record["facts"]["difficulties"] == ["personal", "social"]
    assert record["facts"]["birth_date"] == "2007-09-03"
    assert set(record["rules"]) >= {"formavenir", "formavenir.cumulated_difficulties"}
    assert record["library"]


@settings(max_examples=40)
@given(persons(born=(dt.date(1960, 1, 1), dt.date(2012, 12, 31))), st.sampled_from(CATALOGUE.ids))
def test_a_stored_decision_verifies_as_the_same(person: Person, measure_id: str) -> None:
    """Through JSON and back, every decision the library makes verifies as the same."""
    stored = json.loads(json.dumps(check(person, measure_id, on=ON).to_dict()))
    result = verify(stored)
    assert result.same, result.explain()
    assert result.changed_rules == ()
    assert result.changed_parameters == ()


def test_a_changed_reading_is_named() -> None:
    """A decision made with another reading names the parameter and its two values."""
    stricter = measure("formavenir").with_parameters({"formavenir.min_difficulty_kinds": 3})
    stored = check(APPRENTICE, stricter, on=ON).to_dict()
    result = verify(stored)

    assert not result.same
    assert result.outcome_then is Outcome.INELIGIBLE
    assert result.outcome_now is Outcome.ELIGIBLE
    assert result.changed_parameters == (("formavenir.min_difficulty_kinds", 3, 2),)
    assert "parameter changed: formavenir.min_difficulty_kinds: 3 then, 2 now" in result.explain()


def test_a_changed_rule_is_named() -> None:
    """A rule whose structure changed (same id) is named, even when the outcome is the same."""
    formavenir = measure("formavenir")
    changed = attrs.evolve(
        formavenir,
        rule=(formavenir.rule & is_true("apprenticeship_contract")).named(
            "formavenir", label=formavenir.label, source=formavenir.source
        ),
    )
    result = verify(check(APPRENTICE, changed, on=ON).to_dict())
    assert not result.same
    assert "formavenir" in result.changed_rules
    assert result.outcome_then is result.outcome_now


def test_a_tampered_outcome_is_not_the_same() -> None:
    """A record whose outcome was edited does not verify."""
    stored = check(APPRENTICE, "formavenir", on=ON).to_dict()
    stored["outcome"] = "ineligible"
    assert not verify(stored).same


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        (lambda d: d.pop("record"), "record"),
        (lambda d: d.pop("measure"), "measure"),
        (lambda d: d["record"].pop("facts"), "record.facts"),
        (lambda d: d["record"]["facts"].update(sex="X"), "record.facts.sex"),
    ],
)
def test_a_malformed_record_names_the_key(broken: object, field: str) -> None:
    """A record without a key, or with a fact that cannot be right, is the library's error."""
    stored = check(APPRENTICE, "formavenir", on=ON).to_dict()
    broken(stored)  # type: ignore[operator]
    with pytest.raises(InvalidArgument) as caught:
        verify(stored)
    assert caught.value.field == field
