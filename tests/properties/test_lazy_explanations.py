"""A decision's explanation built on demand is the one an eager evaluation builds.

``evaluate`` and ``check`` take the outcome and the missing facts from the
rule's compiled plan, and build the explanation only when it is read. These
laws check, over random rules, persons and dates, that nothing a caller can
see tells the two apart, and that the three executors of the table of
operations (plan, explanation, columns) agree.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_rules import LANGUAGES, Person, catalog, check
from integration_rules._core._plan import plan_of
from integration_rules.errors import EvaluationError
from integration_rules.rules import (
    Change,
    Decision,
    Parameter,
    Rule,
    Text,
    age_between,
    all_of,
    any_age_between,
    any_of,
    at_least_n_of,
    compare,
    contains,
    evaluate,
    is_true,
    months_since,
    not_,
    one_of,
    predicate,
    years_since,
)
from integration_rules.testing import evaluation_dates, persons, rule_trees

np = pytest.importorskip("numpy")

from integration_rules.columnar import Columns, evaluate_columns  # noqa: E402

MEASURES = sorted(catalog())
DAY = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2031, 12, 31))


def dated(id_: str, first: int, second: int, change: dt.date) -> Parameter[int]:
    """A parameter with a value from 2000 and another from *change* on."""
    return Parameter.dated(
        id_,
        [Change(dt.date(2000, 1, 1), first), Change(change, second)],
        label=Text.same(id_),
    )


def _both_known(a: object, b: object, *, on: dt.date) -> bool:
    return a is not None and b is not None and on.day % 2 == 0


#: Leaves of every kind, with plain values, parameters and dated parameters.
OTHER_LEAVES = st.one_of(
    st.tuples(st.integers(0, 40), st.integers(0, 40)).map(
        lambda b: age_between(min(b), max(b))
    ),
    st.tuples(st.integers(0, 30), st.integers(31, 60), DAY).map(
        lambda b: age_between(dated("t.low", b[0], b[0] + 1, b[2]), b[1])
    ),
    st.tuples(st.integers(0, 5), st.integers(6, 17)).map(
        lambda b: any_age_between("children_birth_dates", b[0], b[1])
    ),
    st.tuples(st.integers(0, 60), st.booleans()).map(
        lambda m: months_since(
            "arrival_date", **{("more_than" if m[1] else "at_least"): m[0]}
        )
    ),
    st.tuples(st.integers(0, 8), st.booleans()).map(
        lambda y: years_since(
            "status_since",
            at_least=y[0],
            inclusive=Parameter("t.inclusive", y[1], label=Text.same("inclusive")),
        )
    ),
    st.tuples(st.sampled_from(["<", "<=", "==", "!=", ">", ">="]), DAY).map(
        lambda c: compare("arrival_date", c[0], c[1])
    ),
    st.sampled_from(["CH-VS", "CH-JU", "FR-63"]).map(
        lambda code: compare(
            "domicile", "==", Parameter("t.domicile", code, label=Text.same("d"))
        )
    ),
    st.frozensets(st.sampled_from(["B", "F", "N", "S"]), min_size=1).map(
        lambda codes: one_of(
            "residence_status", Parameter("t.statuses", codes, label=Text.same("s"))
        )
    ),
    st.just(
        predicate(
            "t.both",
            Text.same("both known"),
            ["arrival_date", "status_since"],
            _both_known,
        )
    ),
)


def _in_force(rules: st.SearchStrategy[Rule]) -> st.SearchStrategy[Rule]:
    """Rules, some applying only within a period."""
    return st.one_of(
        rules,
        st.tuples(rules, DAY, DAY).map(
            lambda r: r[0].in_force_during(min(r[1], r[2]), max(r[1], r[2]))
        ),
    )


def _extend(children: st.SearchStrategy[Rule]) -> st.SearchStrategy[Rule]:
    several = st.lists(children, min_size=1, max_size=4)
    return _in_force(
        st.one_of(
            several.map(lambda rules: all_of(*rules)),
            several.map(lambda rules: any_of(*rules)),
            children.map(not_),
            several.flatmap(
                lambda rules: st.integers(1, len(rules)).map(
                    lambda n: at_least_n_of(
                        Parameter("t.n", n, label=Text.same("n")), *rules
                    )
                )
            ),
        )
    )


#: Rule trees over every kind of node.
RULES = st.recursive(
    _in_force(st.one_of(rule_trees(max_leaves=1), OTHER_LEAVES)), _extend, max_leaves=8
)


def eager(rule: Rule, subject: object, on: dt.date, **extra: Any) -> Decision:
    """The decision as the library made it before plans: the tree built at once."""
    node = rule.evaluate(subject, on)
    return Decision(node.outcome, node, on, rule=rule, **extra)


def renderings(decision: Decision) -> tuple[Any, ...]:
    """Everything a caller can read of a decision."""
    return (
        decision.outcome,
        decision.missing,
        bool(decision),
        repr(decision),
        json.dumps(decision.to_dict(), sort_keys=True),
        *(decision.explain(lang) for lang in LANGUAGES),
        *(decision.html(lang) for lang in LANGUAGES),
    )


def born(person: Person, on: dt.date) -> bool:
    return person.birth_date is None or person.birth_date <= on


@settings(max_examples=150)
@given(rule=RULES, person=persons(), on=evaluation_dates())
def test_a_lazy_explanation_renders_as_an_eager_one(
    rule: Rule, person: Person, on: dt.date
) -> None:
    """Text in every language, HTML, JSON, outcome and missing facts are equal."""
    try:
        expected = eager(rule, person, on)
    except EvaluationError as error:
        refused = str(error)
    else:
        refused = None
    if refused is not None:
        # The plan refuses the same facts, with the same message.
        with pytest.raises(EvaluationError) as caught:
            evaluate(rule, person, on=on)
        assert refused == str(caught.value)
        return
    lazy = evaluate(rule, person, on=on)

    assert renderings(expected) == renderings(lazy)
    assert expected == lazy
    assert hash(expected) == hash(lazy)


@settings(max_examples=60)
@given(
    person=persons(),
    measure=st.sampled_from(MEASURES),
    on=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_check_renders_as_an_eager_evaluation_of_the_measure(
    person: Person, measure: str, on: dt.date
) -> None:
    """The same for every measure of the catalogue, through check()."""
    if not born(person, on):
        return
    found = catalog()[measure]
    expected = eager(found.rule, person, on, measure=found.id, title=found.label)

    assert renderings(expected) == renderings(check(person, measure, on=on))


@settings(max_examples=100)
@given(
    rule=RULES,
    people=st.lists(persons(), min_size=1, max_size=12),
    on=evaluation_dates(),
)
def test_plan_explanation_and_columns_agree(
    rule: Rule, people: list[Person], on: dt.date
) -> None:
    """The plan, the explaining executor and the columnar one give each row's outcome and missing facts."""
    people = [p for p in people if born(p, on)]
    if not people:
        return
    columns = evaluate_columns(rule, Columns.from_persons(people), on=on)
    plan = plan_of(rule)
    for row, person in enumerate(people):
        node = rule.evaluate(person, on)

        assert (node.outcome, node.missing) == plan.run(person, on)
        assert (node.outcome, node.missing) == (
            columns.outcome(row),
            columns.missing_set(row),
        )


@settings(max_examples=60)
@given(rule=RULES, person=persons(), on=evaluation_dates())
def test_evaluation_is_deterministic(rule: Rule, person: Person, on: dt.date) -> None:
    """Twice the same call, twice the same answer: outcome, missing facts, every rendering."""
    if not born(person, on):
        return
    first, second = evaluate(rule, person, on=on), evaluate(rule, person, on=on)

    assert renderings(first) == renderings(second)
    assert plan_of(rule).run(person, on) == plan_of(rule).run(person, on)


@settings(max_examples=60)
@given(rule=RULES, person=persons(), on=evaluation_dates())
def test_a_mapping_is_explained_from_the_facts_it_had(
    rule: Rule, person: Person, on: dt.date
) -> None:
    """A mapping changed after the call does not change the explanation read later."""
    if not born(person, on):
        return
    facts = {name: getattr(person, name) for name in rule.facts()}
    expected = eager(rule, dict(facts), on)
    lazy = evaluate(rule, facts, on=on)
    for name in facts:
        facts[name] = None

    assert renderings(expected) == renderings(lazy)


@settings(max_examples=80)
@given(
    rule=RULES,
    people=st.lists(persons(unknown=False), min_size=1, max_size=12),
    on=evaluation_dates(),
)
def test_the_two_valued_columnar_path_agrees(
    rule: Rule, people: list[Person], on: dt.date
) -> None:
    """Every fact known on every row: the columnar executor's truths give the explanation's outcomes."""
    people = [p for p in people if born(p, on)]
    if not people:
        return
    columns = Columns.from_persons(people)
    result = evaluate_columns(rule, columns, on=on)
    again = evaluate_columns(
        rule, columns, on=on
    )  # with the results kept on the columns
    for row, person in enumerate(people):
        node = rule.evaluate(person, on)

        assert node.outcome == result.outcome(row) == again.outcome(row)
        assert frozenset() == result.missing_set(row)
    assert result.condition_codes().keys() == again.condition_codes().keys()


#: Values a mapping may hold where a rule expects another kind: the plan's quick
#: form must not skip a part that would refuse one (its error is the explanation's).
ODD_VALUES = st.sampled_from(
    [
        "x",
        "CH-VS",
        "F",
        3,
        True,
        False,
        2.5,
        frozenset({"social", "personal"}),
        {"social", "scholastic"},
        ["a", "b"],
        (dt.date(2010, 5, 1),),
        dt.date(1990, 5, 5),
        dt.date(2040, 2, 29),
        dt.datetime(2001, 1, 1, 12, 0),
        dt.date(9998, 6, 1),
    ]
)


def outcome_or_error(call: Any) -> tuple[Any, ...]:
    """What a call gives: its outcome and missing facts, or its error's type and message."""
    try:
        decision = call()
    except Exception as error:  # noqa: BLE001 - any error: both forms must raise the same
        return ("error", type(error), str(error))
    return ("decision", decision.outcome, decision.missing)


def assert_planned_as_explained(
    rule: Rule, person: Person, on: dt.date, data: st.DataObject
) -> None:
    """Over a mapping of *rule*'s facts, each *person*'s value, unknown or odd: the plan answers as the explanation."""
    facts = {
        name: data.draw(
            st.one_of(st.just(getattr(person, name, None)), st.none(), ODD_VALUES),
            label=name,
        )
        for name in sorted(rule.facts())
    }

    def eager_outcome() -> Decision:
        return eager(rule, dict(facts), on)

    def planned() -> Decision:
        return evaluate(rule, dict(facts), on=on)

    assert outcome_or_error(eager_outcome) == outcome_or_error(planned)


@settings(max_examples=200)
@given(rule=RULES, person=persons(), on=evaluation_dates(), data=st.data())
def test_the_plan_refuses_what_the_explanation_refuses(
    rule: Rule, person: Person, on: dt.date, data: st.DataObject
) -> None:
    """Over mappings holding values of any kind, the plan gives the explanation's answer or its error.

    A plan skips parts that cannot change the outcome only when no part can
    refuse its value; this checks it never skips one that would.
    """
    assert_planned_as_explained(rule, person, on, data)


#: Leaves with a guard: the quick form may skip them once a combination is settled.
GUARDED = st.sampled_from(
    [
        is_true("apprenticeship_contract"),
        compare("domicile", "==", "CH-VS"),
        contains("difficulties", "social"),
        one_of("residence_status", frozenset({"B", "F"})),
        age_between(15, 25),
        years_since("status_since", at_least=2),
    ]
)
#: Leaves that may refuse whatever their value's type: never skipped.
UNGUARDED = st.sampled_from(
    [
        any_age_between("children_birth_dates", 0, 17),
        # A dated parameter without a value before 2020: NoValueOnDate.
        age_between(
            Parameter.dated(
                "t.from2020", [Change(dt.date(2020, 1, 1), 16)], label=Text.same("from 2020")
            ),
            40,
        ),
        predicate("t.both", Text.same("both known"), ["arrival_date", "status_since"], _both_known),
    ]
)


@settings(max_examples=300)
@given(
    parts=st.lists(st.one_of(GUARDED, UNGUARDED), min_size=2, max_size=4),
    combine=st.sampled_from([all_of, any_of]),
    person=persons(),
    on=evaluation_dates(),
    data=st.data(),
)
def test_the_quick_form_never_skips_a_part_that_refuses(
    parts: list[Rule], combine: Any, person: Person, on: dt.date, data: st.DataObject
) -> None:
    """A settled conjunction or disjunction still evaluates the parts that may refuse (their error is the explanation's)."""
    rule = combine(*parts)
    assert_planned_as_explained(rule, person, on, data)
