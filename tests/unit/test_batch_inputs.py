"""Caseloads from tables and streams: what each kind of input reads as, and rows that fail alone."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import numpy as np
import pytest

from integration_rules import InvalidArgument, InvalidFact, Outcome, Person, check
from integration_rules._cells import plain
from integration_rules.batch import (
    evaluate_stream,
    evaluate_table,
    summarise_stream,
)
from integration_rules.columnar import Columns, evaluate_columns, read_columns
from integration_rules.columnar._compile import popcount, popcount_bytes
from integration_rules.facts import FACTS
from integration_rules.rules import at_least_n_of, contains, evaluate

ON = "2024-03-01"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def outcomes(result, measure_id: str) -> list[Outcome | None]:
    return [result.outcome(i, measure_id) for i in range(result.size)]


# -- 1. rows Person would refuse for facts that contradict each other ---------------------------


def test_a_date_before_the_birth_date_is_a_row_error_not_an_eligible_row() -> None:
    """housing_since before birth_date: the row is an error naming the field; the others are evaluated."""
    data = {
        "birth_date": ["2000-01-01", "2000-01-01"],
        "housing_since": ["1999-12-31", "2020-01-01"],
        "sex": ["F", "F"],
        "domicile": ["CH-VS", "CH-VS"],
        "wants_to_resume_work": [True, True],
    }
    result = evaluate_table(data, "carriere-au-feminin", on=ON)

    assert [None, Outcome.ELIGIBLE] == outcomes(result, "carriere-au-feminin")
    assert [0] == list(result.errors)
    failure = result.row_errors[0]
    assert (None, 0, "housing_since", "read") == (
        failure.line,
        failure.row,
        failure.field,
        failure.stage,
    )
    assert str(failure).startswith("row 0: housing_since: ")
    with pytest.raises(
        InvalidFact, match=r"^housing_since: expected a date on or after birth_date"
    ):
        result.explain(0, "carriere-au-feminin")
    assert "Carrière au féminin" in result.explain(1, "carriere-au-feminin", "en")
    assert 1 == result.summary().measures[0].counts["error"]


@pytest.mark.parametrize(
    "row",
    [
        {"birth_date": "2000-05-05", "arrival_date": "2000-05-04"},
        {"birth_date": "2000-05-05", "asylum_request_date": "1990-01-01"},
        {"birth_date": "2000-05-05", "status_since": "2000-05-04"},
        {"birth_date": "2000-05-05", "residence_permit_since": "2000-01-01"},
        {"birth_date": "2000-05-05", "housing_since": "2000-05-04"},
        {
            "birth_date": "2000-05-05",
            "children_birth_dates": ["2030-01-01", "2000-05-05"],
        },
        {
            "residence_status": "B",
            "status_since": "2020-01-01",
            "residence_permit_since": "2020-01-02",
        },
        {
            "birth_date": "2000-05-05",
            "arrival_date": "1999-01-01",
            "housing_since": "1999-01-01",
        },
        {
            "birth_date": "2000-05-05",
            "residence_status": "B",
            "status_since": "2001-01-01",
            "residence_permit_since": "1999-01-01",
        },
    ],
)
def test_every_check_between_facts_is_the_one_person_makes(row: dict[str, str]) -> None:
    """Each of Person's checks between facts refuses the row with Person's own field and message."""
    with pytest.raises(InvalidFact) as refused:
        Person(**row)
    good = dict.fromkeys(row)  # the same columns, all unknown
    data = {name: [value, good[name]] for name, value in row.items()}
    result = evaluate_table(data, on=ON)

    assert [0] == list(result.row_errors)
    assert refused.value.field == result.row_errors[0].field
    assert str(refused.value) == result.row_errors[0].message
    assert result.outcome(1, "formavenir") is not None


def test_the_same_dates_in_order_are_accepted() -> None:
    """Dates on the birth date, and a B holder's permit on the status date, are fine (as for Person)."""
    row = {
        "birth_date": "2000-05-05",
        "arrival_date": "2000-05-05",
        "housing_since": "2000-05-05",
        "residence_status": "B",
        "status_since": "2020-01-01",
        "residence_permit_since": "2020-01-01",
    }
    Person(**row)

    assert {} == evaluate_table({k: [v] for k, v in row.items()}, on=ON).errors


def test_from_mapping_refuses_facts_that_contradict_each_other_naming_the_row() -> None:
    """Columns.from_mapping validates as Person does, and says which row is wrong."""
    data = {
        "birth_date": ["2000-01-01", "2000-01-01"],
        "arrival_date": ["2001-01-01", "1999-01-01"],
    }

    with pytest.raises(InvalidFact, match=r"^arrival_date: .*\(row 1\)$"):
        Columns.from_mapping(data)


def test_rows_agree_with_check_or_with_person_refusing_them() -> None:
    """Over many mixed rows: a row is either refused as Person refuses it, or evaluated as check does."""
    rng = np.random.default_rng(7)
    days = ["1990-06-15", "2000-01-01", "2010-03-03", None]
    size = 200
    data = {
        "birth_date": [days[i] for i in rng.integers(0, 4, size)],
        "arrival_date": [days[i] for i in rng.integers(0, 4, size)],
        "status_since": [days[i] for i in rng.integers(0, 4, size)],
        "residence_permit_since": [days[i] for i in rng.integers(0, 4, size)],
        "residence_status": [("B", "F", None)[i] for i in rng.integers(0, 3, size)],
        "children_birth_dates": [
            (["1995-01-01"], ["2012-02-02"], [], None)[i]
            for i in rng.integers(0, 4, size)
        ],
        "domicile": ["CH-VS"] * size,
    }
    measures = ["usfp", "pic-vs-first-information"]
    result = evaluate_table(data, measures, on=ON)

    refused = 0
    for i in range(size):
        row = {name: column[i] for name, column in data.items()}
        if i in result.row_errors:
            refused += 1
            with pytest.raises(InvalidFact) as error:
                Person(**row)
            assert error.value.field == result.row_errors[i].field
            continue
        person = Person(**row)
        assert i not in result.errors
        for measure_id in measures:
            decision = check(person, measure_id, on=ON)
            assert decision.outcome is result.outcome(i, measure_id)
            assert decision.missing == result.missing[measure_id][i]
    assert 0 < refused < size


# -- 2. pandas' missing values -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["NA", "NaT", "nan", "float32 nan", "datetime64 NaT", "None"]
)
def test_every_missing_value_reads_as_unknown(name: str) -> None:
    """pd.NA (which refuses ==), NaT, NaN of any float and numpy's NaT are unknown."""
    pandas = pytest.importorskip("pandas")
    value = {
        "NA": pandas.NA,
        "NaT": pandas.NaT,
        "nan": float("nan"),
        "float32 nan": np.float32("nan"),
        "datetime64 NaT": np.datetime64("NaT"),
        "None": None,
    }[name]

    assert plain(value) is None


def test_nullable_pandas_dtypes_read_missing_as_unknown() -> None:
    """boolean, string, Int64 and datetime64 columns with missing values: unknown, as None is."""
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "sex": pandas.array(["F", pandas.NA, "F"], dtype="string"),
            "domicile": pandas.array(["CH-VS", "CH-VS", pandas.NA], dtype="string"),
            "wants_to_resume_work": pandas.array(
                [True, True, pandas.NA], dtype="boolean"
            ),
            "hard_to_place": pandas.array([pandas.NA] * 3, dtype="Int64"),
            "birth_date": pandas.to_datetime(["1980-01-01", None, "1980-01-01"]),
        }
    )
    plain = {
        "sex": ["F", None, "F"],
        "domicile": ["CH-VS", "CH-VS", None],
        "wants_to_resume_work": [True, True, None],
        "birth_date": [dt.date(1980, 1, 1), None, dt.date(1980, 1, 1)],
    }
    measures = ["carriere-au-feminin", "job-coaching-50-plus"]
    from_frame = evaluate_table(frame, measures, on=ON)
    from_lists = evaluate_table(plain, measures, on=ON)

    assert {} == from_frame.errors
    for measure_id in measures:
        assert outcomes(from_lists, measure_id) == outcomes(from_frame, measure_id)
        assert list(from_lists.missing[measure_id]) == list(
            from_frame.missing[measure_id]
        )
    assert [Outcome.ELIGIBLE, Outcome.UNDETERMINED, Outcome.UNDETERMINED] == outcomes(
        from_frame, "carriere-au-feminin"
    )


# -- 3. datetime64 columns ---------------------------------------------------------------------


def test_a_datetime64_column_at_midnight_is_read_as_dates() -> None:
    """pandas.to_datetime gives Timestamps at midnight: they are the days."""
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "birth_date": pandas.to_datetime(["2007-09-03", "1970-01-01"]),
            "domicile": ["CH-VS", "CH-VS"],
        }
    )
    result = evaluate_table(frame, on=ON)

    assert {} == result.errors
    assert dt.date(2007, 9, 3) == result.person(0).birth_date
    assert result.decision(1, "formavenir") == check(
        Person(birth_date="1970-01-01", domicile="CH-VS"), "formavenir", on=ON
    )


def test_a_time_of_day_is_a_row_error_naming_the_column() -> None:
    """A Timestamp (or numpy datetime64) with a time of day is refused for that row only."""
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {"birth_date": pandas.to_datetime(["2007-09-03 10:30", "2007-09-03 00:00"])}
    )
    result = evaluate_table(frame, "formavenir", on=ON)

    assert [0] == list(result.row_errors)
    assert "birth_date" == result.row_errors[0].field
    assert "time of day" in result.errors[0]
    assert result.outcome(1, "formavenir") is not None
    numpy_days = {
        "birth_date": np.array(
            ["2007-09-03T00:00", "2007-09-03T06:00"], dtype="datetime64[m]"
        )
    }
    assert [1] == list(evaluate_table(numpy_days, "formavenir", on=ON).row_errors)


# -- 4. one bad cell fails one row -------------------------------------------------------------


def test_a_bad_cell_fails_its_row_only_naming_the_row_and_field() -> None:
    """Bad values in rows 1 and 3 make two row errors; rows 0 and 2 are evaluated."""
    data = {
        "id": ["a", "b", "c", "d"],
        "sex": ["F", "X", "F", "F"],
        "domicile": ["CH-VS", "CH-VS", "CH-VS", "nowhere"],
        "wants_to_resume_work": [True, True, None, "maybe"],
    }
    result = evaluate_table(data, "carriere-au-feminin", on=ON, key="id")

    assert [Outcome.ELIGIBLE, None, Outcome.UNDETERMINED, None] == outcomes(
        result, "carriere-au-feminin"
    )
    # Row 3 has two bad cells: the error is Person's, on the first in Person's order.
    assert [(1, "sex"), (3, "domicile")] == [
        (e.row, e.field) for e in result.row_errors.values()
    ]
    assert result.errors[1].startswith("sex: ")
    rows = [r for r in result.rows() if r.outcome is None]
    assert [("b", "sex"), ("d", "domicile")] == [
        (r.key, (r.error or "").split(":")[0]) for r in rows
    ]
    with pytest.raises(InvalidFact, match=r"^sex: "):
        result.decision(1, "carriere-au-feminin")


def test_rows_in_error_block_nothing_in_the_summary() -> None:
    """A refused row is counted as an error, never as blocked by a condition."""
    data = {"sex": ["X", "M"], "domicile": ["CH-JU", "CH-VS"]}
    item = evaluate_table(data, "carriere-au-feminin", on=ON).summary().measures[0]

    assert {"eligible": 0, "undetermined": 0, "ineligible": 1, "error": 1} == dict(
        item.counts
    )
    assert all(n == 1 for _, _, n in item.blocking)


def test_born_after_the_date_in_a_table_is_an_evaluation_error_naming_only_the_field() -> (
    None
):
    """The message names birth_date and the evaluation date, never the birth date itself."""
    result = evaluate_table(
        {"birth_date": ["2031-07-14", "2000-01-01"]}, "formavenir", on=ON
    )

    failure = result.row_errors[0]
    assert ("birth_date", "evaluation") == (failure.field, failure.stage)
    assert "2031" not in failure.message
    assert result.outcome(1, "formavenir") is not None


def test_a_column_of_the_wrong_kind_fails_every_row_naming_the_column() -> None:
    """A float column for a date: each row says birth_date."""
    result = evaluate_table({"birth_date": [1.5, 2.5]}, "formavenir", on=ON)

    assert {"birth_date"} == {e.field for e in result.row_errors.values()}
    assert [0, 1] == list(result.row_errors)


def test_read_columns_reports_without_raising() -> None:
    """read_columns gives the columns and every refused row; from_mapping raises the first."""
    columns, problems = read_columns({"sex": ["F", "Z", "Q"]})

    assert 3 == columns.size
    assert [1, 2] == list(problems)
    assert not columns.column("sex").known[1]
    with pytest.raises(InvalidFact, match=r"^sex: .*\(row 1\)$"):
        Columns.from_mapping({"sex": ["F", "Z", "Q"]})


# -- 5. streams: open files and lines, not paths nor str ----------------------------------------


@pytest.mark.parametrize("given", ["path", "str naming a file", "text", "bytes"])
def test_stream_refuses_a_path_or_a_str_with_a_clear_error(given: str) -> None:
    """The library opens no files, and a str's characters are not lines: both are refused, saying what to pass."""
    path = EXAMPLES / "caseload.csv"
    stream = {
        "path": path,
        "str naming a file": str(path),
        "text": "id,sex\n1,F\n",
        "bytes": b"id,sex\n1,F\n",
    }[given]

    with pytest.raises(
        InvalidArgument, match=r"^stream: expected an open file or an iterable of lines"
    ) as refused:
        list(evaluate_stream(stream, on=ON))  # type: ignore[arg-type]
    if given != "bytes":
        assert "io.StringIO(text)" in str(refused.value)
        assert 'path.open("rb")' in str(refused.value)


def test_stream_from_a_file_opened_as_advised_with_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    """A UTF-8 file with a byte order mark, opened as the error advises, reads as the shipped caseload."""
    path = tmp_path / "caseload.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "caseload.csv").read_bytes())
    with (EXAMPLES / "caseload.csv").open(encoding="utf-8", newline="") as file:
        expected = summarise_stream(evaluate_stream(file, "formavenir", on=ON))
    with path.open("rb") as file:
        from_bom = summarise_stream(evaluate_stream(file, "formavenir", on=ON))

    assert expected == from_bom
    assert 10 == from_bom.rows


def test_stream_skips_a_byte_order_mark_in_an_open_file(tmp_path: Path) -> None:
    """A file opened as plain "utf-8" starts with U+FEFF: the header is still read."""
    path = tmp_path / "bom.csv"
    path.write_text("\ufeffid,sex\n1,F\n", encoding="utf-8")
    with path.open(encoding="utf-8", newline="") as file:
        chunk = next(evaluate_stream(file, "carriere-au-feminin", on=ON))

    assert ("1",) == chunk.result.keys


# -- 6. popcount without NumPy 2 -----------------------------------------------------------------


def test_popcount_by_lookup_table_counts_bits() -> None:
    """The fallback for NumPy < 2 counts the bits of every uint32, as int.bit_count does."""
    values = (
        np.random.default_rng(3)
        .integers(0, 2**32, 1000, dtype=np.uint64)
        .astype(np.uint32)
    )
    values[:3] = [0, 2**32 - 1, 1 << 31]
    expected = [int(v).bit_count() for v in values]

    assert expected == popcount_bytes(values).tolist()
    assert expected == popcount(values).tolist()


def test_the_engine_runs_without_bitwise_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """With np.bitwise_count missing (NumPy 1.26), FormAvenir's 'two kinds of difficulty' still agrees with check."""
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    kinds = [
        [],
        ["social"],
        ["social", "personal"],
        ["social", "personal", "scholastic"],
        None,
    ]
    people = [
        Person(
            birth_date="2007-09-03",
            domicile="CH-VS",
            apprenticeship_contract=True,
            difficulties=d,
        )
        for d in kinds
    ]
    result = evaluate_columns(
        __import__("integration_rules").catalog()["formavenir"].rule,
        Columns.from_persons(people),
        on=dt.date(2024, 3, 1),
    )

    assert [check(p, "formavenir", on=ON).outcome for p in people] == [
        result.outcome(i) for i in range(len(people))
    ]


# -- 7. at_least_n_of(contains …) with a child in force part of the time -------------------------


@pytest.mark.parametrize("on", ["2024-03-01", "2025-06-01"])
def test_a_contains_child_in_force_part_of_the_time_counts_as_rule_evaluate_counts_it(
    on: str,
) -> None:
    """Before its period the child counts as false, as Rule.evaluate says; after, as any other."""
    rule = at_least_n_of(
        2,
        contains("difficulties", "social"),
        contains("difficulties", "personal").in_force_during("2025-01-01", None),
        contains("difficulties", "scholastic"),
    )
    values = [
        None,
        [],
        ["social"],
        ["social", "personal"],
        ["personal", "scholastic"],
        ["social", "scholastic"],
    ]
    people = [Person(difficulties=v) for v in values]
    day = dt.date.fromisoformat(on)
    result = evaluate_columns(rule, Columns.from_persons(people), on=day)

    for i, person in enumerate(people):
        decision = evaluate(rule, {"difficulties": person.difficulties}, on=day)
        assert (decision.outcome, decision.missing) == (
            result.outcome(i),
            result.missing_set(i),
        )


# -- 8. what summaries show --------------------------------------------------------------------


def test_stream_evaluation_errors_name_the_field_never_the_value() -> None:
    """A person born after the date: a RowError at the evaluation stage, without the birth date."""
    text = "id,birth_date,sex\n1,2031-07-14,F\n2,1980-02-02,Q\n3,1980-02-02,F\n"
    summary = summarise_stream(
        evaluate_stream(io.StringIO(text), "carriere-au-feminin", on=ON)
    )

    late, bad = summary.failed
    assert (2, "birth_date", "evaluation", 0) == (
        late.line,
        late.field,
        late.stage,
        late.row,
    )
    assert "2031" not in late.message
    assert (3, "sex", "read") == (bad.line, bad.field, bad.stage)


def test_stream_summary_without_rows_shows_counts_per_field_and_no_value() -> None:
    """per_row=False: the failed rows counted per field; the rejected values appear nowhere."""
    with (EXAMPLES / "caseload.csv").open(encoding="utf-8", newline="") as file:
        summary = summarise_stream(evaluate_stream(file, "formavenir", on=ON))
    text = summary.explain("en", per_row=False)

    assert {"birth_date": 1, "sex": 1} == summary.failed_by_field()
    assert text.endswith("  in error: birth_date 1, sex 1")
    assert "2005-13-01" not in text
    assert '"X"' not in text
    assert "2005-13-01" in summary.explain(
        "en"
    )  # per row, the validation message stays


def test_batch_summary_counts_errors_without_values() -> None:
    """The summary of a table with refused rows counts them and shows none of their values."""
    data = {
        "sex": ["Zorro", "F"],
        "birth_date": ["1960-13-45", "1980-01-01"],
        "domicile": ["CH-VS", "CH-VS"],
    }
    summary = evaluate_table(data, on=ON).summary()

    for lang in ("fr", "de", "en"):
        shown = summary.explain(lang) + summary.html(lang)
        assert "Zorro" not in shown
        assert "1960-13-45" not in shown
    assert 1 == summary.errors


def test_every_fact_can_be_a_table_column() -> None:
    """Any fact can be a column, all unknown."""
    result = evaluate_table({name: [None] for name in FACTS}, "formavenir", on=ON)

    assert Outcome.UNDETERMINED is result.outcome(0, "formavenir")
