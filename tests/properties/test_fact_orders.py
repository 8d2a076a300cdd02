"""The orders between a person's facts are checked alike for one person and for a caseload.

``Person`` refuses a person whose dates contradict each other; the columnar
engine finds the same rows over whole columns. Both read the orders from one
place (``facts._person.ORDERS``); these laws check that they agree row by row.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import InvalidFact, Person

np = pytest.importorskip("numpy")

from integration_rules.columnar import read_columns  # noqa: E402

DAYS = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2000, 12, 31))
)
ROWS = st.fixed_dictionaries(
    {
        "birth_date": DAYS,
        "arrival_date": DAYS,
        "asylum_request_date": DAYS,
        "status_since": DAYS,
        "residence_permit_since": DAYS,
        "housing_since": DAYS,
        "residence_status": st.one_of(st.none(), st.sampled_from(["B", "F", "N"])),
        "children_birth_dates": st.one_of(
            st.none(), st.lists(DAYS.filter(bool), max_size=2)
        ),
    }
)


def refusal(row: dict[str, Any]) -> str | None:
    try:
        Person(**row)
    except InvalidFact as error:
        return str(error)
    return None


@settings(max_examples=200)
@given(rows=st.lists(ROWS, min_size=1, max_size=8))
def test_the_columns_refuse_the_rows_person_refuses(rows: list[dict[str, Any]]) -> None:
    """Each row is refused by the columns exactly when Person refuses it, with Person's message."""
    data = {name: [row[name] for row in rows] for name in rows[0]}
    _, problems = read_columns(data)

    for index, row in enumerate(rows):
        expected = refusal(row)
        found = problems.get(index)
        assert expected == (None if found is None else str(found).split(" (row")[0])
