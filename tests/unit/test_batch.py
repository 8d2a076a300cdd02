"""Caseloads: the batch API on objects, on columns, and on streams with bad rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from integration_rules import InvalidArgument, Outcome, Person, catalog, check
from integration_rules.batch import (
    evaluate_many,
    evaluate_stream,
    evaluate_table,
    summarise_stream,
)
from integration_rules.facts import FACTS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ON = "2024-03-01"

PEOPLE = [
    Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True, difficulties=["social", "personal"]),
    Person(sex="F", domicile="CH-VS", wants_to_resume_work=True),
    Person(birth_date="1970-01-01", domicile="CH-VS", registered_job_seeker=True, hard_to_place=True),
    Person(),
]


@pytest.mark.parametrize("engine", ["columnar", "objects"])
def test_rows_equal_check(engine: str) -> None:
    """Every row's outcome and missing facts are check()'s, with either engine."""
    result = evaluate_many(PEOPLE, on=ON, keys=["a", "b", "c", "d"], engine=engine)  # type: ignore[arg-type]
    rows = list(result.rows())

    assert len(PEOPLE) * len(catalog()) == len(rows)
    for row in rows:
        person = PEOPLE["abcd".index(row.key)]
        decision = check(person, row.measure, on=ON)

        assert (decision.outcome, decision.missing) == (row.outcome, row.missing)


def test_explanations_on_demand_are_checks() -> None:
    """explain(row, measure) is check(...).explain() for that row."""
    result = evaluate_many(PEOPLE, "formavenir", on=ON)

    assert check(PEOPLE[0], "formavenir", on=ON).explain("de") == result.explain(0, "formavenir", "de")


def test_columns_output() -> None:
    """to_columns() gives one column per field, one value per (person, measure)."""
    result = evaluate_many(PEOPLE, ["formavenir", "carriere-au-feminin"], on=ON)
    columns = result.to_columns()

    assert ["key", "measure", "outcome", "missing", "error"] == list(columns)
    assert 8 == len(columns["outcome"])
    assert "eligible" == columns["outcome"][0]


def test_summary_counts_and_blockers() -> None:
    """The summary counts outcomes per measure, and names what blocks and what is missing most."""
    summary = evaluate_many(PEOPLE, "formavenir", on=ON).summary()
    item = summary.measures[0]

    assert {"eligible": 1, "undetermined": 2, "ineligible": 1, "error": 0} == dict(item.counts)
    assert item.blocking
    assert "birth_date" in dict(item.missing)
    assert "formavenir" in summary.explain("en")


def test_born_after_the_date_is_an_error_row() -> None:
    """A person born after the date is reported, not evaluated; the others are."""
    result = evaluate_many([Person(birth_date="2030-01-01"), PEOPLE[1]], "carriere-au-feminin", on=ON)
    rows = list(result.rows())

    assert rows[0].outcome is None
    assert rows[0].error is not None
    assert rows[0].error.startswith("birth_date: ")
    assert Outcome.ELIGIBLE is rows[1].outcome
    failure = result.row_errors[0]
    assert (0, "birth_date", "evaluation") == (failure.row, failure.field, failure.stage)
    assert "2030" not in failure.message


def test_evaluate_table_from_a_mapping_and_a_dataframe() -> None:
    """Columns from a dict or a pandas DataFrame; NaN is unknown; values validated like Person."""
    data = {
        "id": ["x", "y", "z"],
        "sex": ["F", "M", None],
        "domicile": ["CH-VS", "CH-VS", "ch-vs"],
        "wants_to_resume_work": [True, True, None],
    }
    result = evaluate_table(data, "carriere-au-feminin", on=ON, key="id")

    assert ["eligible", "ineligible", "undetermined"] == [r.outcome.value for r in result.rows() if r.outcome is not None]
    assert ("x", "y", "z") == result.keys
    assert "Carrière au féminin" in result.explain(2, "carriere-au-feminin", "en")
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(data)
    from_frame = evaluate_table(frame, "carriere-au-feminin", on=ON, key="id")

    assert [r.outcome for r in result.rows()] == [r.outcome for r in from_frame.rows()]


def test_evaluate_table_refuses_unknown_columns() -> None:
    """A column that is not a fact is named in the error."""
    with pytest.raises(InvalidArgument, match='"sexe" is not a fact'):
        evaluate_table({"sexe": ["F"]}, on=ON)


def test_stream_reports_bad_rows_with_line_and_field_and_goes_on() -> None:
    """The shipped caseload has two bad rows; they are reported, the eight others evaluated."""
    with (EXAMPLES / "caseload.csv").open(encoding="utf-8") as stream:
        chunks = list(evaluate_stream(stream, "formavenir", on=ON, chunk_size=3))
    summary = summarise_stream(chunks)

    assert 10 == summary.rows
    assert [(7, "birth_date"), (11, "sex")] == [(e.line, e.field) for e in summary.failed]
    assert 8 == sum(summary.counts["formavenir"].values())
    assert 3 == len(chunks)
    assert all(c.result.size <= 3 for c in chunks)


def test_stream_jsonl() -> None:
    """JSON Lines: one object per line; a broken line is an error with its number."""
    lines = [json.dumps({"id": "1", "sex": "F", "domicile": "CH-VS", "wants_to_resume_work": True}), "{broken", json.dumps({"id": "3", "sex": "M"})]
    chunks = list(evaluate_stream(io.StringIO("\n".join(lines)), "carriere-au-feminin", on=ON, format="jsonl"))
    summary = summarise_stream(chunks)

    assert [2] == [e.line for e in summary.failed]
    assert {"eligible": 1, "undetermined": 0, "ineligible": 1} == dict(summary.counts["carriere-au-feminin"])


def test_stream_refuses_an_unknown_header() -> None:
    """A CSV column that is not a fact stops the stream at once, naming it."""
    with pytest.raises(InvalidArgument, match='"birthdate"'):
        list(evaluate_stream(io.StringIO("birthdate\n2000-01-01\n"), on=ON))


def test_stream_list_cells_and_empty_cells() -> None:
    """Lists are ';'-separated, '-' is an empty list, an empty cell is unknown."""
    text = "id,difficulties,children_birth_dates\n1,social;personal,-\n2,,2020-01-01;2022-05-05\n"
    chunk = next(evaluate_stream(io.StringIO(text), "usfp", on=ON))

    assert frozenset({"social", "personal"}) == chunk.result.person(0).difficulties
    assert () == chunk.result.person(0).children_birth_dates
    assert chunk.result.person(1).difficulties is None
    assert 2 == len(chunk.result.person(1).children_birth_dates or ())


def test_every_fact_can_be_a_csv_column() -> None:
    """The header may hold any fact."""
    header = ",".join(FACTS)
    chunk = next(evaluate_stream(io.StringIO(header + "\n" + "," * (len(FACTS) - 1) + "\n"), "formavenir", on=ON))

    assert Outcome.UNDETERMINED is chunk.result.outcome(0, "formavenir")


def test_a_cut_csv_line_is_an_error_not_a_row_of_unknowns() -> None:
    """A line with fewer cells than the header is refused; an empty cell is an unknown fact."""
    text = "id,birth_date,domicile\nA,2005-01-01\nB,2005-01-01,\n"
    chunks = list(evaluate_stream(io.StringIO(text), ["formavenir"], on=ON))
    errors = [e for c in chunks for e in c.errors]

    assert [(2, "fewer cells than columns")] == [(e.line, e.message) for e in errors]
    assert ["B"] == [k for c in chunks for k in c.result.keys]


@pytest.mark.parametrize("engine", ["columnar", "objects"])
def test_summary_counts_the_conditions_that_block_with_either_engine(engine: str) -> None:
    """'Blocks most often' counts the measure's conditions (an explanation's first level), the same way for both engines."""
    people = [
        Person(birth_date="2005-01-01", domicile="CH-VS", apprenticeship_contract=True, difficulties=["social"]),
        Person(birth_date="2005-01-01", domicile="CH-GE", apprenticeship_contract=True, difficulties=["social"]),
        Person(birth_date="2005-01-01", domicile="CH-GE", apprenticeship_contract=True, difficulties=["social", "personal"]),
    ]
    summary = evaluate_many(people, "formavenir", on=ON, engine=engine).summary()  # type: ignore[arg-type]
    blocking = {rule_id: n for rule_id, _, n in summary.measures[0].blocking}

    assert {"formavenir.cumulated_difficulties": 2, "formavenir.domicile": 2} == blocking
