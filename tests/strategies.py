"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from integration_rules import Person, testing
from integration_rules.rules import (
    Rule,
    age_at_least,
    age_at_most,
    all_of,
    any_of,
    at_least_n_of,
    at_least_on_scale,
    compare,
    contains,
    is_true,
    months_since,
    not_,
    one_of,
    years_since,
)

#: The facts of the abstract subjects used to test the algebra.
FLAGS = ("a", "b", "c", "d")
TAGS = ("x", "y", "z")
CODES = ("p", "q", "r")
LEVELS = ("none", "A1", "A2", "B1", "B2", "C1", "C2")
EARLIEST = dt.date(1950, 1, 1)
LATEST = dt.date(2040, 12, 31)


def evaluation_dates() -> st.SearchStrategy[dt.date]:
    """Evaluation dates, biased towards 29 February and month ends by Hypothesis's date strategy."""
    return st.dates(min_value=dt.date(2000, 1, 1), max_value=LATEST)


def subjects() -> st.SearchStrategy[dict[str, Any]]:
    """Facts for the abstract rules: each one known or unknown (``None``)."""
    return st.fixed_dictionaries(
        {
            **{flag: st.none() | st.booleans() for flag in FLAGS},
            "tags": st.none() | st.frozensets(st.sampled_from(TAGS)),
            "code": st.none() | st.sampled_from(CODES),
            "count": st.none() | st.integers(0, 5),
            "since": st.none()
            | st.dates(min_value=EARLIEST, max_value=dt.date(2000, 1, 1)),
            "level": st.none() | st.sampled_from(LEVELS),
            "birth_date": st.none()
            | st.dates(min_value=EARLIEST, max_value=dt.date(2000, 1, 1)),
        }
    )


def known_values(name: str) -> st.SearchStrategy[Any]:
    """Known values for fact *name* of :func:`subjects`."""
    if name in FLAGS:
        return st.booleans()
    return {
        "tags": st.frozensets(st.sampled_from(TAGS)),
        "code": st.sampled_from(CODES),
        "count": st.integers(0, 5),
        "since": st.dates(min_value=EARLIEST, max_value=dt.date(2000, 1, 1)),
        "level": st.sampled_from(LEVELS),
        "birth_date": st.dates(min_value=EARLIEST, max_value=dt.date(2000, 1, 1)),
    }[name]


def leaves() -> st.SearchStrategy[Rule]:
    """Every kind of leaf, over the facts of :func:`subjects`."""
    return st.one_of(
        st.sampled_from(FLAGS).map(is_true),
        st.sampled_from(TAGS).map(lambda tag: contains("tags", tag)),
        st.frozensets(st.sampled_from(CODES), min_size=1).map(
            lambda codes: one_of("code", codes)
        ),
        st.tuples(
            st.sampled_from(["<", "<=", "==", "!=", ">=", ">"]), st.integers(0, 5)
        ).map(lambda pair: compare("count", pair[0], pair[1])),
        st.integers(0, 80).map(age_at_least),
        st.integers(0, 80).map(age_at_most),
        st.integers(0, 60).map(lambda n: years_since("since", at_least=n)),
        st.integers(0, 60).map(lambda n: years_since("since", more_than=n)),
        st.integers(0, 600).map(lambda n: months_since("since", at_least=n)),
        st.sampled_from(LEVELS).map(
            lambda level: at_least_on_scale("level", level, LEVELS)
        ),
        st.dates(min_value=EARLIEST, max_value=dt.date(2000, 1, 1)).map(
            lambda d: compare("since", "<=", d)
        ),
    )


def _periods(rule: Rule) -> st.SearchStrategy[Rule]:
    return st.tuples(
        st.dates(min_value=dt.date(2000, 1, 1), max_value=LATEST),
        st.integers(0, 20 * 366),
    ).map(
        lambda pair: rule.in_force_during(pair[0], pair[0] + dt.timedelta(days=pair[1]))
    )


def _extend(children: st.SearchStrategy[Rule]) -> st.SearchStrategy[Rule]:
    several = st.lists(children, min_size=1, max_size=4)
    return st.one_of(
        several.map(lambda rules: all_of(*rules)),
        several.map(lambda rules: any_of(*rules)),
        children.map(not_),
        several.flatmap(
            lambda rules: st.integers(1, len(rules)).map(
                lambda n: at_least_n_of(n, *rules)
            )
        ),
        children.flatmap(_periods),
    )


def rule_trees() -> st.SearchStrategy[Rule]:
    """Random rule trees: leaves joined by every combinator, some with a period in force."""
    return st.recursive(leaves(), _extend, max_leaves=12)


def persons() -> st.SearchStrategy[Person]:
    """Valid persons, each fact known or unknown: the library's own public strategy."""
    return testing.persons()
