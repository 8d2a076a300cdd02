"""The outside probe's reproducers: a changed reading is honoured over a caseload, as by check()."""

from __future__ import annotations

import pytest

from integration_rules import Outcome, Person, check, measure
from integration_rules.batch import evaluate_many, evaluate_stream, evaluate_table
from integration_rules.errors import InvalidArgument

pytest.importorskip("numpy")

ON = "2024-03-01"
APPRENTICE = Person(
    birth_date="2007-09-03",
    domicile="CH-VS",
    apprenticeship_contract=True,
    difficulties={"social", "personal"},
)
STRICT = measure("formavenir").with_parameters({"formavenir.min_difficulty_kinds": 3})


@pytest.mark.parametrize("engine", ["auto", "columnar", "objects"])
def test_evaluate_many_evaluates_the_reading_it_is_given(engine: str) -> None:
    """Three kinds required: the apprentice with two is ineligible, as check() says, and the explanation agrees."""
    result = evaluate_many([APPRENTICE], [STRICT], on=ON, engine=engine)  # type: ignore[arg-type]

    assert Outcome.INELIGIBLE is check(APPRENTICE, STRICT, on=ON).outcome
    assert Outcome.INELIGIBLE is result.outcome(0, "formavenir")
    assert "3 required" in result.explain(0, "formavenir", "en")


def test_a_single_measure_value_is_accepted() -> None:
    """A Measure (not in a list) is one measure, as an id is."""
    result = evaluate_many([APPRENTICE], STRICT, on=ON)

    assert ("formavenir",) == result.measures
    assert Outcome.INELIGIBLE is result.outcome(0, "formavenir")


def test_evaluate_table_evaluates_the_reading() -> None:
    table = {
        "birth_date": ["2007-09-03"],
        "domicile": ["CH-VS"],
        "apprenticeship_contract": [True],
        "difficulties": [["social", "personal"]],
    }

    assert Outcome.INELIGIBLE is evaluate_table(table, STRICT, on=ON).outcome(0, "formavenir")
    assert Outcome.ELIGIBLE is evaluate_table(table, "formavenir", on=ON).outcome(0, "formavenir")


def test_evaluate_stream_evaluates_the_reading() -> None:
    lines = [
        "id,birth_date,domicile,apprenticeship_contract,difficulties\n",
        "a,2007-09-03,CH-VS,yes,social;personal\n",
    ]
    (chunk,) = evaluate_stream(lines, STRICT, on=ON)

    assert Outcome.INELIGIBLE is chunk.result.outcome(0, "formavenir")


def test_two_measures_with_one_id_are_refused() -> None:
    """The catalogue's FormAvenir and a reading of it cannot share one result: ids key the rows."""
    with pytest.raises(InvalidArgument, match="measures"):
        evaluate_many([APPRENTICE], ["formavenir", STRICT], on=ON)


def test_a_wrong_kind_of_measures_is_the_librarys_error() -> None:
    with pytest.raises(InvalidArgument, match="measures"):
        evaluate_many([APPRENTICE], 3, on=ON)  # type: ignore[arg-type]
