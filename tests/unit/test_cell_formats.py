"""Same cells everywhere: a CSV file, JSON Lines, a dict, DataFrames (numpy, nullable, Arrow) and Arrow Tables.

One caseload, written in each format as that format writes it, gives the
results of the same persons given as ``Person`` values; a bad cell is the
library's error naming the field, in every format; a ``key`` that is not a
column is named as such.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import numpy as np
import pytest

from integration_rules import InvalidArgument, Person, Text
from integration_rules._cells import cell_reader, cells_of, plain
from integration_rules._cli import main
from integration_rules.batch import (
    BatchResult,
    evaluate_many,
    evaluate_stream,
    evaluate_table,
)
from integration_rules.facts import FACTS, Fact

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

ON = "2024-03-01"
MEASURES = ["formavenir", "carriere-au-feminin", "job-coaching-50-plus", "usfp", "semo"]

#: The caseload as Person values: what every format below must read.
PERSONS = {
    "A-1": Person(
        birth_date="2007-09-03",
        sex="M",
        domicile="CH-VS",
        apprenticeship_contract=True,
        difficulties={"social", "scholastic"},
    ),
    "A-2": Person(
        birth_date="1972-05-20",
        sex="F",
        domicile="CH-VS",
        apprenticeship_contract=False,
        difficulties=set(),
        registered_job_seeker=True,
        wants_to_resume_work=True,
        children_birth_dates=["2010-01-01", "2012-02-02"],
    ),
    "A-3": Person(domicile="CH-JU"),
    "A-4": Person(
        birth_date="1965-01-01",
        sex="F",
        domicile="CH-VS",
        registered_job_seeker=False,
        wants_to_resume_work=False,
        difficulties={"personal"},
    ),
}

#: The same caseload as a CSV file writes it: "1"/"0" and "true"/"false", "a;b", "-", empty cells.
CSV = (
    "id,birth_date,sex,domicile,apprenticeship_contract,difficulties,"
    "registered_job_seeker,wants_to_resume_work,children_birth_dates\n"
    "A-1,2007-09-03,M,CH-VS,1,social;scholastic,,,\n"
    "A-2,1972-05-20,F,CH-VS,0,-,true,yes,2010-01-01;2012-02-02\n"
    "A-3,,,CH-JU,,,,,\n"
    "A-4,1965-01-01,F,CH-VS,,personal,false,no,\n"
)

#: The same caseload as JSON Lines: 1/0 for yes/no, a set as a list or as "a;b".
JSONL = [
    {"id": "A-1", "birth_date": "2007-09-03", "sex": "M", "domicile": "CH-VS",
     "apprenticeship_contract": 1, "difficulties": "social;scholastic"},
    {"id": "A-2", "birth_date": "1972-05-20", "sex": "F", "domicile": "CH-VS",
     "apprenticeship_contract": 0.0, "difficulties": [], "registered_job_seeker": True,
     "wants_to_resume_work": "yes", "children_birth_dates": ["2010-01-01", "2012-02-02"]},
    {"id": "A-3", "domicile": "CH-JU", "sex": ""},
    {"id": "A-4", "birth_date": "1965-01-01", "sex": "F", "domicile": "CH-VS",
     "difficulties": ["personal"], "registered_job_seeker": 0, "wants_to_resume_work": False},
]  # fmt: skip


def expected() -> list[tuple[Any, ...]]:
    return table_of(
        evaluate_many(PERSONS.values(), MEASURES, on=ON, keys=list(PERSONS))
    )


def table_of(result: BatchResult) -> list[tuple[Any, ...]]:
    """Each row's key (as text), measure, outcome and missing facts; or its error."""
    return [
        (
            str(row.key),
            row.measure,
            None if row.outcome is None else row.outcome.value,
            tuple(sorted(row.missing)),
            row.error,
        )
        for row in result.rows()
    ]


def streamed(lines: Any, format: str = "csv", **options: Any) -> list[tuple[Any, ...]]:
    chunks = list(evaluate_stream(lines, MEASURES, on=ON, format=format, **options))
    errors = [error for chunk in chunks for error in chunk.errors]
    assert [] == errors
    return [row for chunk in chunks for row in table_of(chunk.result)]


def jsonl(records: list[dict[str, Any]]) -> io.StringIO:
    return io.StringIO("".join(json.dumps(record) + "\n" for record in records))


# -- 1. one caseload, every format ---------------------------------------------------------------


def test_a_csv_file_reads_as_the_persons() -> None:
    assert expected() == streamed(io.StringIO(CSV))


def test_json_lines_read_as_the_persons() -> None:
    """1/0 for yes/no, "a;b" or a list for a set, "" for unknown: as in a CSV file."""
    assert expected() == streamed(jsonl(JSONL), "jsonl")


@pytest.mark.parametrize("backend", ["numpy", "numpy_nullable", "pyarrow"])
def test_pandas_read_csv_of_the_file_reads_as_the_file(backend: str) -> None:
    """pd.read_csv then evaluate_table: the CLI's results (floats 1.0/0.0 with NaN, "a;b", "-")."""
    options = {} if backend == "numpy" else {"dtype_backend": backend}
    frame = pd.read_csv(io.StringIO(CSV), **options)
    if backend == "numpy":
        assert "float64" == str(frame["apprenticeship_contract"].dtype)

    assert expected() == table_of(evaluate_table(frame, MEASURES, on=ON, key="id"))


def test_an_arrow_table_reads_as_the_file() -> None:
    from pyarrow import csv as arrow_csv

    table = arrow_csv.read_csv(io.BytesIO(CSV.encode()))

    assert expected() == table_of(evaluate_table(table, MEASURES, on=ON, key="id"))


def test_a_dict_of_python_and_numpy_values_reads_as_the_file() -> None:
    data = {
        "id": np.array(["A-1", "A-2", "A-3", "A-4"]),
        "birth_date": [dt.date(2007, 9, 3), "1972-05-20", None, np.datetime64("1965-01-01")],
        "sex": np.array(["M", "F", "", "F"]),
        "domicile": pd.Categorical(["CH-VS", "CH-VS", "CH-JU", "CH-VS"]),
        "apprenticeship_contract": [np.True_, 0, float("nan"), None],
        "difficulties": ["social;scholastic", "-", None, np.array(["personal"])],
        "registered_job_seeker": [None, np.float64(1.0), pd.NA, np.int64(0)],
        "wants_to_resume_work": [None, "true", None, np.False_],
        "children_birth_dates": [None, "2010-01-01;2012-02-02", None, None],
    }

    assert expected() == table_of(evaluate_table(data, MEASURES, on=ON, key="id"))


def test_typed_dataframe_columns_read_as_the_file() -> None:
    """Categoricals, datetime64 and Arrow dates and timestamps at midnight, nullable and Arrow booleans."""
    frame = pd.DataFrame(
        {
            "id": pd.Series(["A-1", "A-2", "A-3", "A-4"], dtype="string[pyarrow]"),
            "birth_date": pd.to_datetime(["2007-09-03", "1972-05-20", None, "1965-01-01"]),
            "sex": pd.Series(["M", "F", None, "F"], dtype="category"),
            "domicile": pd.Series(["CH-VS", "CH-VS", "CH-JU", "CH-VS"], dtype="string"),
            "apprenticeship_contract": pd.Series([True, False, None, None], dtype="boolean"),
            "difficulties": pd.Series(
                ["social;scholastic", "-", None, "personal"], dtype="category"
            ),
            "registered_job_seeker": pd.Series([None, 1, None, 0], dtype="Int64"),
            "wants_to_resume_work": pd.Series([None, True, None, False], dtype="bool[pyarrow]"),
            "children_birth_dates": [None, ["2010-01-01", "2012-02-02"], None, []],
        }
    )
    arrow_dates = frame.assign(
        birth_date=frame["birth_date"].astype("date32[pyarrow]"),
        sex=frame["sex"].astype("string[pyarrow]"),
    )
    timestamps = frame.assign(
        birth_date=frame["birth_date"].astype("timestamp[ns][pyarrow]")
    )

    for each in (frame, arrow_dates, timestamps, pa.Table.from_pandas(arrow_dates)):
        assert expected() == table_of(evaluate_table(each, MEASURES, on=ON, key="id"))


# -- 2. what one cell reads as -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        (True, True), (np.True_, True), (1, True), (1.0, True), (np.float64(1.0), True),
        (np.int8(1), True), ("1", True), ("1.0", True), ("true", True), ("Yes", True),
        (False, False), (np.False_, False), (0, False), (0.0, False), ("0", False),
        ("0.0", False), ("FALSE", False), ("no", False),
        (None, None), ("", None), ("  ", None), (float("nan"), None), (np.float32("nan"), None),
        (pd.NA, None), (pd.NaT, None),
    ],
)  # fmt: skip
def test_a_yes_no_cell(cell: Any, value: bool | None) -> None:
    fact = FACTS["apprenticeship_contract"]

    assert value is fact.convert(cell_reader(fact)(cell))


@pytest.mark.parametrize("cell", [2, -1, 0.5, 1.5, "2", "0.5", "01", "si", [1]])
def test_a_yes_no_of_another_number_is_the_fact_s_error(cell: Any) -> None:
    """2 or 0.5 is never read as true: the fact's own error, naming it."""
    fact = FACTS["apprenticeship_contract"]

    with pytest.raises(Exception, match=r"^apprenticeship_contract: expected true or false"):
        fact.convert(cell_reader(fact)(cell))


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("social;scholastic", {"social", "scholastic"}),
        (" social ; personal ;", {"social", "personal"}),
        ("social", {"social"}),
        ("-", set()),
        ("[]", set()),
        (["social"], {"social"}),
        (("personal",), {"personal"}),
        (np.array(["personal", "social"]), {"personal", "social"}),
        ([np.str_("social")], {"social"}),
        ("", None),
        (None, None),
        (pd.NA, None),
    ],
)
def test_a_set_cell(cell: Any, value: set[str] | None) -> None:
    fact = FACTS["difficulties"]
    read = fact.convert(cell_reader(fact)(cell))

    assert value == (None if read is None else set(read))


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("2007-09-03", dt.date(2007, 9, 3)),
        (dt.date(2007, 9, 3), dt.date(2007, 9, 3)),
        (dt.datetime(2007, 9, 3), dt.date(2007, 9, 3)),
        (pd.Timestamp("2007-09-03"), dt.date(2007, 9, 3)),
        (np.datetime64("2007-09-03"), dt.date(2007, 9, 3)),
        (np.datetime64("2007-09-03T00:00:00.000000000"), dt.date(2007, 9, 3)),
        (np.datetime64("NaT"), None),
    ],
)
def test_a_date_cell(cell: Any, value: dt.date | None) -> None:
    fact = FACTS["birth_date"]

    assert value == fact.convert(cell_reader(fact)(cell))


def test_a_whole_number_written_with_a_point_is_a_whole_number() -> None:
    """Pandas writes an integer column with gaps as floats: 3.0, "3.0" in its CSV file."""
    fact = Fact.integer(
        "months_unemployed", minimum=0, label=Text("mois", "Monate", "months")
    )
    read = cell_reader(fact)

    assert [3, 3, 3, None] == [fact.convert(read(c)) for c in ("3", "3.0", 3.0, "")]
    with pytest.raises(Exception, match=rf"^{fact.name}: expected a whole number"):
        fact.convert(read("3.5"))


def test_numpy_and_arrow_scalars_are_their_python_values() -> None:
    assert ["x", 3, True, 2.5] == [
        plain(np.str_(" x ")),
        plain(np.int64(3)),
        plain(np.bool_(True)),
        plain(pa.scalar(2.5)),
    ]
    assert plain(pa.scalar(None, type=pa.string())) is None


def test_a_datetime64_column_of_nanoseconds_gives_datetimes_not_integers() -> None:
    column = np.array(["2007-09-03", "NaT"], dtype="datetime64[ns]")

    assert [dt.datetime(2007, 9, 3), None] == cells_of(column)


# -- 3. a bad cell is the row's error, in every format --------------------------------------------


def test_a_yes_no_of_2_is_a_row_error_in_every_format() -> None:
    message = "apprenticeship_contract: expected true or false, got 2"
    csv_text = "id,apprenticeship_contract\nA,2\nB,1\n"
    csv_errors = [
        (e.line, e.field, e.message)
        for chunk in evaluate_stream(io.StringIO(csv_text), "formavenir", on=ON)
        for e in chunk.errors
    ]
    json_errors = [
        (e.line, e.field, e.message)
        for chunk in evaluate_stream(
            jsonl([{"apprenticeship_contract": 2}, {"apprenticeship_contract": 1}]),
            "formavenir",
            on=ON,
            format="jsonl",
        )
        for e in chunk.errors
    ]
    table = evaluate_table({"apprenticeship_contract": [2, 1]}, "formavenir", on=ON)
    frame = evaluate_table(
        pd.DataFrame({"apprenticeship_contract": [0.5, 1.0, None]}), "formavenir", on=ON
    )

    assert [(2, "apprenticeship_contract", message.replace("2", '"2"'))] == csv_errors
    assert [(1, "apprenticeship_contract", message)] == json_errors
    assert {0: message} == dict(table.errors)
    assert {0: message.replace("got 2", "got 0.5")} == dict(frame.errors)
    assert frame.outcome(1, "formavenir") is not None


# -- 4. a key that is not a column ----------------------------------------------------------------


def test_a_key_that_is_not_a_column_is_named_by_evaluate_table() -> None:
    frame = pd.read_csv(io.StringIO(CSV))
    for data in (frame, pa.Table.from_pandas(frame), frame.to_dict("list")):
        with pytest.raises(InvalidArgument, match=r'^key: "case_id" is not a column; the columns are "id", '):
            evaluate_table(data, on=ON, key="case_id")


def test_a_key_that_is_not_a_column_is_named_by_evaluate_stream() -> None:
    with pytest.raises(InvalidArgument, match=r'^key: "case_id" is not a column; the columns are "id", '):
        list(evaluate_stream(io.StringIO(CSV), on=ON, key="case_id"))
    with pytest.raises(InvalidArgument, match=r'^key: "case_id" is not a field of line 1; its fields are "id", '):
        list(evaluate_stream(jsonl(JSONL), on=ON, format="jsonl", key="case_id"))


def test_a_json_line_without_the_key_after_the_first_is_a_row_error() -> None:
    records = [{"case": "A", "sex": "F"}, {"sex": "M"}, {"case": "C"}]
    chunks = list(evaluate_stream(jsonl(records), "formavenir", on=ON, format="jsonl", key="case"))

    assert [(2, "case", "case: the key is not a field of this line")] == [
        (e.line, e.field, e.message) for c in chunks for e in c.errors
    ]
    assert ("A", "C") == tuple(k for c in chunks for k in c.result.keys)


def test_without_a_key_named_the_id_column_is_the_key_if_there_is_one() -> None:
    with_id = list(evaluate_stream(io.StringIO(CSV), "formavenir", on=ON))
    without = list(evaluate_stream(io.StringIO("sex\nF\nM\n"), "formavenir", on=ON))

    assert ("A-1", "A-2", "A-3", "A-4") == with_id[0].result.keys
    assert (2, 3) == without[0].result.keys  # line numbers


def test_the_command_line_names_a_key_that_is_not_a_column(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    caseload = tmp_path / "caseload.csv"
    caseload.write_text(CSV, encoding="utf-8")

    status = main(["batch", str(caseload), "--on", ON, "--key", "case_id"])

    assert 2 == status
    error = capsys.readouterr().err
    assert 'key: "case_id" is not a column; the columns are "id", ' in error
    assert "not a fact" not in error


def test_a_dataframe_naming_a_column_twice_is_refused() -> None:
    frame = pd.DataFrame([["F", "M"]], columns=["sex", "sex"])

    with pytest.raises(InvalidArgument, match=r'^columns: "sex" given twice'):
        evaluate_table(frame, on=ON)
