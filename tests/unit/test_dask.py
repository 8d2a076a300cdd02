"""A Dask DataFrame on a LocalCluster gives the pandas path's answers, evaluated and compared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

from integration_rules import measure  # noqa: E402
from integration_rules.batch import evaluate_dask, evaluate_table  # noqa: E402
from integration_rules.scenarios import compare  # noqa: E402

ON = dt.date(2024, 3, 1)


def caseload() -> pd.DataFrame:
    """Twelve persons, some with unknown facts, one born after the date, one with a bad value."""
    kinds = [["social", "personal"], ["social"], None, ["social", "personal", "scholastic"]]
    rows = [
        {
            "id": f"P-{i:02}",
            "birth_date": "2025-01-01" if i == 5 else f"{2000 + i % 10}-0{1 + i % 9}-15",
            "sex": "X" if i == 7 else ("F" if i % 2 else "M"),
            "domicile": "CH-VS" if i % 3 else "CH-JU",
            "apprenticeship_contract": bool(i % 4),
            "difficulties": kinds[i % 4],
            "wants_to_resume_work": None if i % 5 == 0 else True,
        }
        for i in range(12)
    ]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A LocalCluster with two worker processes: what is sent to them is pickled.

    Dask turns object columns into strings by default; the lists of a set
    column are kept as they are here.
    """
    import dask

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with dask.config.set({"dataframe.convert-string": False}), distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


def test_evaluate_dask_equals_the_pandas_path(client: object) -> None:
    """Outcomes, missing facts, keys and row errors are those of evaluate_table on the whole frame."""
    frame = caseload()
    measures = ["formavenir", "carriere-au-feminin", "usfp"]
    expected = evaluate_table(frame, measures, on=ON, key="id")
    got = evaluate_dask(dd.from_pandas(frame, npartitions=3), measures, on=ON, key="id")

    assert got.keys == expected.keys
    assert [(r.key, r.measure, r.outcome, r.missing, r.error) for r in got.rows()] == [
        (r.key, r.measure, r.outcome, r.missing, r.error) for r in expected.rows()
    ]
    assert sorted(got.errors) == sorted(expected.errors) == [5, 7]
    assert got.row_errors[7].field == "sex"
    row = next(i for i in range(got.size) if i not in got.errors)
    assert got.explain(row, "formavenir", "en") == expected.explain(row, "formavenir", "en")


def test_compare_on_dask_equals_compare_on_pandas(client: object) -> None:
    """A reform compared partition by partition: the same changes and counts as with pandas."""
    frame = caseload()
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 1})
    expected = compare(frame, [base], [reform], on=ON, key="id")
    got = compare(dd.from_pandas(frame, npartitions=4), [base], [reform], on=ON, key="id")

    assert got.changes == expected.changes
    assert got.counts("formavenir") == expected.counts("formavenir")
    assert got.places("formavenir") == expected.places("formavenir")
    assert got.changes, "the reform changes someone's outcome"
    assert got.why(got.changes[0]) == expected.why(expected.changes[0])
