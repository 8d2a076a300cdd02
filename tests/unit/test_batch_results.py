"""Results out of a caseload: to_frame, to_arrow, to_columns, the CSV lines and the summary agree with rows()."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

import pytest

from integration_rules import Person
from integration_rules._cli import main
from integration_rules.batch import BatchResult, evaluate_many, evaluate_table

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

ON = "2024-03-01"
MEASURES = ["formavenir", "carriere-au-feminin", "job-coaching-50-plus", "pic-vs-first-information"]
PEOPLE = [
    Person(birth_date="2007-09-03", sex="M", domicile="CH-VS", apprenticeship_contract=True, difficulties={"social", "scholastic"}),
    Person(sex="F", domicile="CH-VS"),
    Person(birth_date="2030-01-01"),  # born after the date: a row in error
    Person(),
    Person(birth_date="1965-01-01", sex="F", domicile="CH-VS", wants_to_resume_work=False),
]  # fmt: skip
KEYS = ["A,1", 'B "2"', "C\n3", 4, "E"]  # keys a CSV writer must quote, and a number


def results() -> list[BatchResult]:
    """The same caseload from each engine, and from a table with a row refused."""
    table = {
        "case": ["T-1", "T-2", "T-3"],
        "sex": ["F", "X", None],
        "domicile": ["CH-VS", "CH-VS", "CH-JU"],
    }
    return [
        evaluate_many(PEOPLE, MEASURES, on=ON, keys=KEYS),
        evaluate_many(PEOPLE, MEASURES, on=ON, keys=KEYS, engine="objects"),
        evaluate_table(table, MEASURES, on=ON, key="case"),
    ]


def from_rows(result: BatchResult) -> dict[str, list[Any]]:
    """What to_columns gives, made from rows() one by one."""
    out: dict[str, list[Any]] = {c: [] for c in ("key", "measure", "outcome", "missing", "error")}
    for row in result.rows():
        out["key"].append(row.key)
        out["measure"].append(row.measure)
        out["outcome"].append(None if row.outcome is None else row.outcome.value)
        out["missing"].append(";".join(sorted(row.missing)))
        out["error"].append(row.error)
    return out


@pytest.fixture(params=["columnar", "objects", "table"])
def result(request: pytest.FixtureRequest) -> BatchResult:
    return results()[["columnar", "objects", "table"].index(request.param)]


def test_to_columns_is_the_rows_as_columns(result: BatchResult) -> None:
    assert from_rows(result) == result.to_columns()


def test_the_csv_lines_are_what_a_csv_writer_writes_of_the_rows(result: BatchResult) -> None:
    columns = from_rows(result)
    written = io.StringIO()
    csv.writer(written).writerows(zip(*columns.values(), strict=True))

    assert written.getvalue() == result.csv_text()


def test_to_frame_has_a_row_per_person_and_two_columns_per_measure(result: BatchResult) -> None:
    frame = result.to_frame()

    assert ["key", *(f"{m}.{c}" for m in result.measures for c in ("outcome", "missing")), "error"] == list(frame.columns)
    assert list(result.keys) == frame["key"].tolist()
    for row in result.rows():
        index = result.keys.index(row.key)
        outcome = frame.loc[index, f"{row.measure}.outcome"]
        missing = frame.loc[index, f"{row.measure}.missing"]
        error = frame.loc[index, "error"]
        if row.error is None:
            assert (row.outcome.value, ";".join(sorted(row.missing))) == (outcome, missing)
            assert error is pd.NA
        else:
            assert pd.isna(outcome)
            assert pd.isna(missing)
            assert row.error == error


def test_to_frame_outcomes_are_categoricals_in_the_order_of_summaries(result: BatchResult) -> None:
    column = result.to_frame()[f"{result.measures[0]}.outcome"]

    assert "category" == str(column.dtype)
    assert ["eligible", "undetermined", "ineligible"] == list(column.cat.categories)


def test_to_arrow_holds_what_to_frame_holds(result: BatchResult) -> None:
    table = result.to_arrow()
    frame = result.to_frame()

    assert list(frame.columns) == table.column_names
    for name in table.column_names:
        expected = [None if pd.isna(v) else v for v in frame[name].tolist()]
        got = table.column(name).to_pylist()
        if name == "key":
            expected = [str(k) for k in expected] if any(isinstance(k, str) for k in expected) else expected
        assert expected == got, name
    assert pa.types.is_dictionary(table.schema.field(f"{result.measures[0]}.outcome").type)


def test_the_summary_counts_what_the_rows_hold(result: BatchResult) -> None:
    for item in result.summary(top=100).measures:
        counts: Counter[str] = Counter()
        missing: Counter[str] = Counter()
        for row in result.rows():
            if row.measure != item.measure:
                continue
            counts["error" if row.outcome is None else row.outcome.value] += 1
            missing.update(row.missing)
        assert {k: counts.get(k, 0) for k in item.counts} == dict(item.counts)
        assert dict(missing) == dict(item.missing)


def test_an_empty_caseload_gives_empty_results() -> None:
    empty = evaluate_many([], MEASURES, on=ON)

    assert (0, 2 + 2 * len(MEASURES)) == empty.to_frame().shape
    assert 0 == empty.to_arrow().num_rows
    assert {c: [] for c in ("key", "measure", "outcome", "missing", "error")} == empty.to_columns()
    assert "" == empty.csv_text()


def test_the_command_line_out_file_is_the_rows(tmp_path: Any) -> None:
    caseload = tmp_path / "caseload.csv"
    caseload.write_text(
        'id,sex,domicile,birth_date\n"a,1",F,CH-VS,\nb,M,,2030-01-01\nc,X,,\n,F,CH-JU,\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"

    assert 0 == main(["batch", str(caseload), "--on", ON, "--measure", "formavenir", "--out", str(out)])
    with out.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert [
        ["key", "measure", "outcome", "missing", "error"],
        ["a,1", "formavenir", "undetermined", "apprenticeship_contract;birth_date;difficulties", ""],
        ["b", "formavenir", "", "", "birth_date: is after the evaluation date 2024-03-01; a person cannot be evaluated before their birth"],
        ["5", "formavenir", "ineligible", "", ""],
        ["", "", "", "", 'line 4: sex: expected "F" or "M", got "X"'],
    ] == rows  # fmt: skip
