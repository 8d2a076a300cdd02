"""A random caseload gives the same outcomes from a DataFrame, a dict, and CSV and JSON Lines written from it.

Each cell is written in one of the ways its format allows (a yes/no as
``True``, ``1``, ``1.0``, ``"true"`` or ``"1"``; a set as a list, ``"a;b"`` or
``"-"``; a date as a date, a text or a Timestamp; unknown as ``None``, ``""``,
NaN or ``pd.NA``), and the DataFrame's columns get numpy, nullable or Arrow
dtypes: every way gives what the persons give.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import Person
from integration_rules.batch import (
    BatchResult,
    evaluate_many,
    evaluate_stream,
    evaluate_table,
)
from integration_rules.facts import DIFFICULTY_KINDS

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ON = "2024-03-01"
MEASURES = ["formavenir", "carriere-au-feminin", "job-coaching-50-plus", "usfp"]
BOOLS = ("apprenticeship_contract", "registered_job_seeker", "wants_to_resume_work")
CODES = {"sex": ("F", "M"), "domicile": ("CH-VS", "CH-JU", "FR-63")}


def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), values)


@st.composite
def caseloads(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Rows of facts as Person takes them (None: unknown)."""
    rows = []
    for _ in range(draw(st.integers(1, 8))):
        row: dict[str, Any] = {
            "birth_date": draw(maybe(st.dates(dt.date(1955, 1, 1), dt.date(2015, 12, 31)))),
            "difficulties": draw(maybe(st.frozensets(st.sampled_from(DIFFICULTY_KINDS)))),
        }
        row.update({name: draw(maybe(st.sampled_from(codes))) for name, codes in CODES.items()})
        row.update({name: draw(maybe(st.booleans())) for name in BOOLS})
        rows.append(row)
    return rows


def as_text(name: str, value: Any, draw: st.DrawFn) -> str:
    """A cell as a CSV file may write it."""
    if value is None:
        return draw(st.sampled_from(["", " "]))
    if name in BOOLS:
        return draw(st.sampled_from([("false", "true"), ("0", "1"), ("no", "yes"), ("0.0", "1.0")]))[value]
    if name == "difficulties":
        return ";".join(sorted(value)) if value else "-"
    if name == "birth_date":
        return value.isoformat()
    return str(value)


def as_value(name: str, value: Any, draw: st.DrawFn) -> Any:
    """A cell as a dict of Python (or numpy) values may hold it."""
    if value is None:
        return draw(st.sampled_from([None, "", float("nan"), pd.NA]))
    if name in BOOLS:
        return draw(st.sampled_from([value, int(value), float(value), np.bool_(value), str(value).lower()]))
    if name == "difficulties":
        return draw(st.sampled_from([sorted(value), as_text(name, value, draw)]))
    if name == "birth_date":
        return draw(st.sampled_from([value, value.isoformat(), pd.Timestamp(value)]))
    return value


def as_json(name: str, value: Any, draw: st.DrawFn) -> Any:
    """A value as a JSON line may hold it."""
    if value is None:
        return draw(st.sampled_from([None, ""]))
    if name in BOOLS:
        return draw(st.sampled_from([value, int(value), as_text(name, value, draw)]))
    if name == "difficulties":
        return draw(st.sampled_from([sorted(value), as_text(name, value, draw)]))
    return as_text(name, value, draw)


def as_series(name: str, values: list[Any], draw: st.DrawFn) -> Any:
    """A DataFrame column of *values* with a dtype pandas would give it."""
    flavour = draw(st.sampled_from(["numpy", "nullable", "arrow"]))
    if name in BOOLS:
        floats = [np.nan if v is None else float(v) for v in values]
        dtype = {"numpy": "float64", "nullable": "boolean", "arrow": "bool[pyarrow]"}[flavour]
        return pd.Series(floats if flavour == "numpy" else values, dtype=dtype)
    if name == "birth_date":
        days = pd.to_datetime(pd.Series(values, dtype=object))
        return days if flavour == "numpy" else days.astype({"nullable": "timestamp[ns][pyarrow]", "arrow": "date32[pyarrow]"}[flavour])
    texts = [None if v is None else as_text(name, v, draw) for v in values]
    dtype = {"numpy": "category", "nullable": "string", "arrow": "string[pyarrow]"}[flavour]
    return pd.Series(texts, dtype=dtype)


def outcomes(results: list[BatchResult]) -> list[tuple[Any, ...]]:
    return [
        (row.measure, None if row.outcome is None else row.outcome.value, sorted(row.missing), row.error)
        for result in results
        for row in result.rows()
    ]


@settings(max_examples=30, deadline=None)
@given(caseloads(), st.data())
def test_a_caseload_reads_alike_from_a_dataframe_a_dict_a_csv_and_a_jsonl_file(
    rows: list[dict[str, Any]], data: st.DataObject
) -> None:
    names = list(rows[0])
    expected = outcomes([evaluate_many([Person(**row) for row in rows], MEASURES, on=ON)])

    as_dict = {name: [as_value(name, row[name], data.draw) for row in rows] for name in names}
    frame = pd.DataFrame({name: as_series(name, [row[name] for row in rows], data.draw) for name in names})
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(names)
    writer.writerows([as_text(name, row[name], data.draw) for name in names] for row in rows)
    streamed = list(evaluate_stream(io.StringIO(text.getvalue()), MEASURES, on=ON, chunk_size=3))
    lines = "".join(
        json.dumps({name: as_json(name, row[name], data.draw) for name in names}) + "\n"
        for row in rows
    )
    from_json = list(evaluate_stream(io.StringIO(lines), MEASURES, on=ON, format="jsonl"))

    assert expected == outcomes([evaluate_table(frame, MEASURES, on=ON)])
    assert expected == outcomes([evaluate_table(as_dict, MEASURES, on=ON)])
    assert [] == [error for chunk in streamed for error in chunk.errors]
    assert expected == outcomes([chunk.result for chunk in streamed])
    assert [] == [error for chunk in from_json for error in chunk.errors]
    assert expected == outcomes([chunk.result for chunk in from_json])
