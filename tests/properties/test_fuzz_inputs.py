"""Fuzzing the input boundary: whatever comes in, the answer or the library's own error.

Any exception other than an :class:`~integration_rules.errors.IntegrationRulesError`
(a ``TypeError`` from deep inside, a ``RecursionError``, a ``UnicodeDecodeError``,
a ``csv.Error``) fails these tests. Streams also keep their records: every record
written is a row of the result or a row error, never lost, split or merged.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_rules import Person
from integration_rules._cli import main
from integration_rules.batch import evaluate_stream, evaluate_table, summarise_stream
from integration_rules.errors import IntegrationRulesError
from integration_rules.facts import FACTS

pytest.importorskip("numpy")

ON = dt.date(2024, 3, 1)


class BadRepr:
    """An object whose repr fails: an error message must not."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def _odd(index: int) -> Any:
    """One of the odd values (built on demand: Hypothesis shows a strategy's values in reprs)."""
    return [
        lambda: 10**5000,
        lambda: _nested(2000),
        BadRepr,
        lambda: "x" * 200_000,
        lambda: "2024-01-01\u2028",
        lambda: "\x1ctrue",
        lambda: "ÉÉ-63",
        lambda: "\x1b[31mred",
        lambda: float("nan"),
        lambda: decimal.Decimal("NaN"),
        lambda: b"\xff\xfe",
    ][index]()


_ODD_COUNT = 11

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.binary(max_size=8)
    | st.dates()
    | st.datetimes()
    | st.decimals()
    | st.integers(0, _ODD_COUNT - 1).map(_odd)
    | st.sampled_from(["CH-VS", "FR-63", "F", "M", "B-refugee", "A2", "social", "yes"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        | st.frozensets(st.text(max_size=8) | st.integers(), max_size=4)
    ),
    max_leaves=8,
)
NAMES = st.sampled_from(FACTS.names) | st.text(max_size=12)


@given(name=st.sampled_from(FACTS.names), value=VALUES)
def test_person_answers_or_refuses_with_the_librarys_error(
    name: str, value: Any
) -> None:
    """Person(**{fact: anything}) is a person, or an InvalidFact naming the fact."""
    try:
        Person(**{name: value})
    except IntegrationRulesError as error:
        message = str(error)
    else:
        return
    assert name in message


@given(raw=st.dictionaries(NAMES | st.integers(), VALUES, max_size=4) | VALUES)
def test_from_mapping_answers_or_refuses_with_the_librarys_error(raw: Any) -> None:
    with contextlib.suppress(IntegrationRulesError):
        Person.from_mapping(raw)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.dictionaries(
        NAMES, st.lists(VALUES, min_size=0, max_size=4) | VALUES, max_size=4
    ),
    key=st.none() | NAMES,
)
def test_evaluate_table_answers_or_refuses_with_the_librarys_error(
    data: dict[str, Any], key: str | None
) -> None:
    """Columns of anything: a result with one row per input row, or the library's error."""
    try:
        result = evaluate_table(data, "formavenir", on=ON, key=key)
    except IntegrationRulesError:
        return
    assert result.size == len(next(iter(data.values()), []))


CELLS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20
) | st.sampled_from(
    ["", "2007-09-03", "CH-VS", "yes", "social;personal", "-", "\r", '"']
)
COLUMNS = ["id", "birth_date", "domicile", "apprenticeship_contract", "difficulties"]


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(CELLS, min_size=5, max_size=5), max_size=12))
def test_csv_records_are_neither_lost_nor_split(rows: list[list[str]]) -> None:
    """Records written by a CSV writer (any text in the cells) come back one each: a row or a row error."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    binary = io.BytesIO(text.getvalue().encode("utf-8"))
    summary = summarise_stream(evaluate_stream(binary, "formavenir", on=ON))

    assert len(rows) == summary.rows
    assert all(isinstance(error.message, str) for error in summary.failed)


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=200), header=st.booleans())
def test_any_bytes_as_a_caseload_give_rows_or_the_librarys_error(
    data: bytes, header: bool
) -> None:
    """Random bytes (after a valid header or not): no traceback but the library's errors."""
    prefix = (",".join(COLUMNS) + "\n").encode() if header else b""
    for fmt in ("csv", "jsonl"):
        with contextlib.suppress(IntegrationRulesError):
            summarise_stream(
                evaluate_stream(
                    io.BytesIO(prefix + data), "formavenir", on=ON, format=fmt
                )
            )


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(st.dictionaries(NAMES, VALUES, max_size=3) | VALUES, max_size=8)
)
def test_json_lines_are_neither_lost_nor_split(records: list[Any]) -> None:
    """Each JSON line is a row or a row error, whatever it holds (its key included)."""
    lines = []
    for record in records:
        try:
            lines.append(json.dumps(record, default=str))
        except Exception:  # noqa: BLE001 - the test's own serialisation of odd values
            lines.append("{not json")
    stream = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    summary = summarise_stream(
        evaluate_stream(stream, "formavenir", on=ON, format="jsonl")
    )

    assert len(lines) == summary.rows


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(content=st.binary(max_size=300), suffix=st.sampled_from([".json", ".toml"]))
def test_person_files_give_an_answer_or_a_one_line_error(
    content: bytes, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line reads any bytes as a person file: exit 0, or exit 2 with one line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"person{suffix}"
        path.write_bytes(content)
        code = main(["check", str(path), "formavenir", "--on", "2024-03-01"])
    err = capsys.readouterr().err

    assert code in {0, 2}
    if code == 2:
        assert 1 == len(err.strip().splitlines())
