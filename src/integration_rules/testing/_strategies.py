"""Hypothesis strategies for persons, statuses, dates and rule trees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from hypothesis import strategies as st

from integration_rules._core import (
    Money,
    Rule,
    age_at_least,
    age_at_most,
    all_of,
    any_of,
    at_least_n_of,
    at_least_on_scale,
    contains,
    is_true,
    not_,
    one_of,
    years_since,
)
from integration_rules.facts import (
    DIFFICULTY_KINDS,
    FACTS,
    HOUSING_STAGES,
    LANGUAGE_LEVELS,
    PROTECTION_STATUSES,
    RESIDENCE_STATUSES,
    SWISS_CANTONS,
    Fact,
    Person,
    Schema,
)

_DOMICILES = sorted(SWISS_CANTONS | {"FR-63", "FR-75", "DE-BW"})


def residence_statuses() -> st.SearchStrategy[str]:
    """The residence-status codes of :class:`Person`."""
    return st.sampled_from(RESIDENCE_STATUSES)


def evaluation_dates(
    min_value: dt.date = dt.date(2016, 1, 1), max_value: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Evaluation dates; Hypothesis favours month ends and 29 February."""
    return st.dates(min_value=min_value, max_value=max_value)


def _numbers(fact: Fact) -> st.SearchStrategy[Any]:
    places = fact.places or 0
    low = fact.minimum.amount if isinstance(fact.minimum, Money) else fact.minimum
    high = fact.maximum.amount if isinstance(fact.maximum, Money) else fact.maximum
    if fact.kind == "integer":
        return st.integers(
            min_value=-1_000_000 if low is None else int(low),
            max_value=1_000_000 if high is None else int(high),
        )
    decimals = st.decimals(
        min_value=Decimal(-1_000_000) if low is None else low,
        max_value=Decimal(1_000_000) if high is None else high,
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )
    if fact.kind == "money":
        currency = fact.currency or "CHF"
        return decimals.map(lambda amount: Money.of(amount, currency))  # type: ignore[arg-type]
    return decimals


def _dates(
    fact: Fact, earliest: dt.date, latest: dt.date
) -> st.SearchStrategy[dt.date]:
    low = max(earliest, fact.minimum) if fact.minimum is not None else earliest
    high = min(latest, fact.maximum) if fact.maximum is not None else latest
    return st.dates(min_value=low, max_value=max(low, high))


#: A strategy of known values for each kind of fact: every kind has one (no fall-through).
_BY_KIND: Final[
    dict[str, Callable[[Fact, dt.date, dt.date], st.SearchStrategy[Any]]]
] = {
    "bool": lambda _f, _e, _l: st.booleans(),
    "date": _dates,
    "integer": lambda f, _e, _l: _numbers(f),
    "decimal": lambda f, _e, _l: _numbers(f),
    "money": lambda f, _e, _l: _numbers(f),
    "category": lambda f, _e, _l: st.sampled_from(
        f.values or f.examples or ("code-a", "code-b", "code-c")
    ),
    "set": lambda f, _e, _l: st.frozensets(st.sampled_from(f.values)),
    "sequence": lambda f, _e, _l: (
        st.integers(0, len(f.values)).map(lambda n: list(f.values[:n]))
        if f.in_order
        else st.lists(st.sampled_from(f.values), max_size=4)
    ),
    "dates": lambda f, first, last: st.lists(_dates(f, first, last), max_size=3),
}


def fact_values(
    fact: Fact,
    *,
    earliest: dt.date = dt.date(1940, 1, 1),
    latest: dt.date = dt.date(2030, 12, 31),
) -> st.SearchStrategy[Any]:
    """Known values *fact*'s declaration accepts (dates between *earliest* and *latest*).

    Example:
        >>> from integration_rules.facts import Fact
        >>> from integration_rules.rules import Text
        >>> months = Fact.integer("months_unemployed", minimum=0, maximum=120, label=Text.same("months"))
        >>> from hypothesis import find
        >>> find(fact_values(months), lambda value: value > 100)
        101
    """
    return _BY_KIND[fact.kind](fact, earliest, latest)


def persons(
    *,
    unknown: bool = True,
    born: tuple[dt.date, dt.date] = (dt.date(1940, 1, 1), dt.date(2015, 12, 31)),
    history: tuple[dt.date, dt.date] = (dt.date(2015, 12, 31), dt.date(2024, 12, 31)),
    schema: Schema = FACTS,
    **fixed: Any,
) -> st.SearchStrategy[Person]:
    """Valid persons, every fact known or (if *unknown*) possibly unknown.

    Args:
        unknown: Whether facts may be unknown (``None``).
        born: The range of birth dates.
        history: The range of the other dates (arrival, status granted…),
            all after the latest birth date so that persons stay valid.
        schema: The facts drawn: the built-in ones, or a schema extended
            with one's own (each drawn from its declaration).
        fixed: Facts to hold fixed, e.g. ``domicile="CH-VS"``.

    Example:
        >>> from hypothesis import given
        >>> @given(persons(domicile="CH-VS"))
        ... def test(person): assert person.domicile == "CH-VS"
        >>> test()
    """
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for fact in schema.facts:
        name = fact.name
        if name in fixed:
            strategies[name] = st.just(fixed[name])
            continue
        earliest, latest = born if name == "birth_date" else history
        values = fact_values(fact, earliest=earliest, latest=latest)
        if name == "residence_permit_since":
            values = st.none()
        strategies[name] = (st.none() | values) if unknown else values
    unknown_names = sorted(set(fixed) - set(schema))
    if unknown_names:
        schema.fact(unknown_names[0])  # the library's error, with the closest name
    make = schema.record_class
    return st.fixed_dictionaries(strategies).map(lambda facts: _person(make, facts))


def _person(make: Callable[..., Any], facts: dict[str, Any]) -> Any:
    """A person from drawn facts; children born on or before the person are left out."""
    born, children = facts.get("birth_date"), facts.get("children_birth_dates")
    if born is not None and children:
        facts = {**facts, "children_birth_dates": [d for d in children if d > born]}
    return make(**facts)


def boundary_dates(
    rule: Rule, person: Person, start: dt.date, end: dt.date
) -> st.SearchStrategy[dt.date]:
    """The days on which *rule*'s answer for *person* may change, and the day before each.

    Within [*start*, *end*]: where boundary bugs live.
    """
    days = sorted(
        {
            d
            for b in rule.breakpoints(person, start, end)
            for d in (b.day, b.day - dt.timedelta(days=1))
        }
    )
    if not days:
        return st.just(start)
    return st.sampled_from([d for d in days if start <= d <= end] or [start])


def _leaves() -> st.SearchStrategy[Rule]:
    return st.one_of(
        st.sampled_from([f.name for f in FACTS.facts if f.kind == "bool"]).map(is_true),
        st.sampled_from(DIFFICULTY_KINDS).map(
            lambda kind: contains("difficulties", kind)
        ),
        st.frozensets(st.sampled_from(RESIDENCE_STATUSES), min_size=1).map(
            lambda codes: one_of("residence_status", codes)
        ),
        st.frozensets(st.sampled_from(_DOMICILES), min_size=1).map(
            lambda codes: one_of("domicile", codes)
        ),
        st.sampled_from(HOUSING_STAGES).map(lambda stage: one_of("housing", {stage})),
        st.sampled_from(PROTECTION_STATUSES).map(
            lambda p: one_of("international_protection", {p})
        ),
        st.integers(0, 80).map(age_at_least),
        st.integers(0, 80).map(age_at_most),
        st.tuples(
            st.sampled_from(["arrival_date", "status_since", "asylum_request_date"]),
            st.integers(0, 12),
        ).map(lambda pair: years_since(pair[0], at_least=pair[1])),
        st.sampled_from(LANGUAGE_LEVELS).map(
            lambda level: at_least_on_scale("language_level", level, LANGUAGE_LEVELS)
        ),
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
    )


def rule_trees(max_leaves: int = 10) -> st.SearchStrategy[Rule]:
    """Random rule trees over the facts of :class:`Person`, joined by every combinator."""
    return st.recursive(_leaves(), _extend, max_leaves=max_leaves)
