"""The rule core, at its edges: exact days, exact texts, exact errors.

Each test pins one documented behaviour of ``integration_rules._core._rule``
(reading facts, ids and labels, periods in force and their breakpoints,
the combinators, :meth:`Rule.with_parameters`) on the values where an
off-by-one or a swapped branch would show.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from integration_rules import EvaluationError, InvalidArgument, InvalidRule, Outcome
from integration_rules._core._reading import read_fact
from integration_rules._core._rule import conditions
from integration_rules.rules import (
    Breakpoint,
    Change,
    FactChange,
    Node,
    Parameter,
    ParameterUse,
    Period,
    Phrase,
    Source,
    Text,
    age_between,
    all_of,
    any_of,
    at_least_n_of,
    compare,
    contains,
    evaluate,
    is_true,
    not_,
    one_of,
)

ON = dt.date(2024, 3, 1)
STARTS = Text("entrée en vigueur", "Inkrafttreten", "comes into force")
ENDS = Text(
    "fin de la période en vigueur",
    "Ende der Geltungsdauer",
    "end of the period in force",
)


def parameter(id: str, value: object, **options: Any) -> Parameter[Any]:
    return Parameter(id, value, label=Text.same(id), **options)


def texts(value: Text | Phrase | None) -> dict[str, str]:
    """A label, detail or reason as it reads in each language."""
    assert value is not None
    return value.to_dict()


def readings(
    breakpoints: tuple[Breakpoint, ...],
) -> list[tuple[dt.date, str, dict[str, str]]]:
    """Breakpoints as day, rule id and reason in each language."""
    return [(b.day, b.rule_id, texts(b.reason)) for b in breakpoints]


class Facts(Mapping[str, object]):
    """A mapping subject that is not a dict."""

    def __init__(self, **values: object) -> None:
        self._values = values

    def __getitem__(self, key: str) -> object:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class Applicant:
    """An object subject: its attributes are the facts."""

    def __init__(self, contract: bool | None) -> None:
        self.contract = contract


# -- reading facts -----------------------------------------------------------------------


def test_a_dict_subject_is_read_by_key_even_for_names_of_dict_methods() -> None:
    """A dict's facts are its keys: a fact named "items" or "keys" is the value under that key."""
    subject = {"items": True, "keys": False}

    assert (True, False, None) == (
        read_fact(subject, "items"),
        read_fact(subject, "keys"),
        read_fact(subject, "values"),
    )


def test_other_mappings_are_sparse_too() -> None:
    """A mapping that is not a dict gives its values, and an absent key is unknown."""
    subject = Facts(contract=True)

    assert (True, None) == (
        read_fact(subject, "contract"),
        read_fact(subject, "residence"),
    )
    assert (
        Outcome.UNDETERMINED is evaluate(is_true("residence"), subject, on=ON).outcome
    )


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param(Facts(values=True, get=True, keys=False), id="Mapping subclass"),
        pytest.param(
            types.MappingProxyType({"values": True, "get": True, "keys": False}),
            id="MappingProxyType",
        ),
    ],
)
def test_a_mapping_is_read_by_key_even_for_names_of_its_methods(
    subject: Mapping[str, object],
) -> None:
    """Any mapping's facts are its keys: a fact named "values", "get" or "keys" is not the method.

    Regression: a mapping that is not a dict was read by attribute first, so
    its methods shadowed the facts of the same name.
    """
    assert (True, True, False, None) == tuple(
        read_fact(subject, name) for name in ("values", "get", "keys", "items")
    )
    assert Outcome.ELIGIBLE is evaluate(is_true("values"), subject, on=ON).outcome
    assert Outcome.UNDETERMINED is evaluate(is_true("items"), subject, on=ON).outcome


def test_a_mapping_type_met_for_the_first_time_is_read_by_key() -> None:
    """Whether a type is a mapping is asked once per type: the first subject of a new type is read right too."""

    class Fresh(Facts):
        """A mapping type no rule has read yet."""

    first, second = Fresh(values=True), Fresh(values=False, keys=True)

    assert (True, None) == (read_fact(first, "values"), read_fact(first, "keys"))
    assert (False, True) == (read_fact(second, "values"), read_fact(second, "keys"))


def test_an_object_subject_is_read_by_attribute() -> None:
    """An object's facts are its attributes; None is unknown."""
    assert (
        Outcome.ELIGIBLE
        is evaluate(is_true("contract"), Applicant(True), on=ON).outcome
    )
    assert (
        frozenset({"contract"})
        == evaluate(is_true("contract"), Applicant(None), on=ON).missing
    )


def test_an_object_without_the_fact_is_an_error_naming_fact_and_type() -> None:
    """Reading a fact an object lacks names the fact and the subject's type."""
    with pytest.raises(EvaluationError) as caught:
        read_fact(Applicant(True), "residence")

    assert (
        "residence: a rule reads this fact, but a Applicant has no such field"
        == str(caught.value)
    )
    assert "residence" == caught.value.field
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


# -- ids, labels and reprs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        pytest.param("", "''", id="empty"),
        pytest.param(" demo.a", "' demo.a'", id="leading space"),
        pytest.param("demo.a\n", "'demo.a\\n'", id="trailing newline"),
        pytest.param(7, "7", id="int"),
        pytest.param(None, "None", id="None"),
    ],
)
def test_named_refuses_ids_that_are_not_clean_strings(bad: object, shown: str) -> None:
    """An id is a non-empty string without surrounding spaces; the message quotes it."""
    with pytest.raises(InvalidRule) as caught:
        is_true("a").named(bad)  # type: ignore[arg-type]

    assert f"id={shown} must be a non-empty string without surrounding spaces" == str(
        caught.value
    )


def test_an_id_may_contain_inner_spaces() -> None:
    """Only surrounding spaces are refused."""
    assert "demo a" == is_true("a").named("demo a").id


def test_named_keeps_label_and_source_it_is_not_given() -> None:
    """named(id) changes only the id; named(id, label=) keeps the source; named(id, source=) keeps the label."""
    source = Source("LEI", article="art. 58a")
    rule = is_true("a").named("demo.a", source=source)
    label = Text("a fr", "a de", "a en")

    assert (
        "demo.b",
        rule.label,
        source,
    ) == (
        rule.named("demo.b").id,
        rule.named("demo.b").label,
        rule.named("demo.b", label=label).source,
    )
    assert label == rule.named("demo.c", label=label).label
    assert Source("LIPers") == rule.named("demo.d", source=Source("LIPers")).source


def test_ids_show_dates_sets_and_parameters_as_written() -> None:
    """Generated ids show a date in ISO, a set sorted, a parameter by its id."""
    minimum = parameter("demo.min", 3)

    assert "compare('arrival', '<', 2024-01-31)" == (
        compare("arrival", "<", dt.date(2024, 1, 31)).id
    )
    assert "one_of('code', {'a', 'b', 'c'})" == one_of("code", ["c", "a", "b"]).id
    assert "compare('n', '>=', demo.min)" == compare("n", ">=", minimum).id
    assert "compare('code', '==', 'x')" == compare("code", "==", "x").id


def test_labels_show_values_plainly_and_dated_parameters_by_id() -> None:
    """A label shows a value as text, a set sorted, an undated parameter by value, a dated one by ‹id›."""
    dated = Parameter.dated(
        "demo.dated",
        [Change(dt.date(2020, 1, 1), 2), Change(dt.date(2023, 1, 1), 3)],
        label=Text.same("dated"),
    )

    assert texts(Text.same("n >= 3")) == texts(
        compare("n", ">=", parameter("demo.min", 3)).label
    )
    assert texts(Text.same("n >= ‹demo.dated›")) == texts(
        compare("n", ">=", dated).label
    )
    assert texts(Text.same("code ∈ {a, b}")) == texts(one_of("code", ["b", "a"]).label)
    assert texts(Text.same("arrival < 2024-01-31")) == texts(
        compare("arrival", "<", dt.date(2024, 1, 31)).label
    )
    assert texts(Text.same("code ∈ {1, 2}")) == texts(
        one_of("code", parameter("p", frozenset({2, 1}))).label
    )


def test_combinations_are_labelled_in_three_languages() -> None:
    """all_of, any_of, not_ and at_least_n_of have fixed labels; n appears in the last."""
    a, b = is_true("a"), is_true("b")

    assert texts(
        Text(
            "toutes les conditions suivantes sont remplies",
            "alle folgenden Bedingungen sind erfüllt",
            "all of the following hold",
        )
    ) == texts(all_of(a, b).label)
    assert texts(
        Text(
            "au moins une des conditions suivantes est remplie",
            "mindestens eine der folgenden Bedingungen ist erfüllt",
            "at least one of the following holds",
        )
    ) == texts(any_of(a, b).label)
    assert texts(
        Text(
            "la condition suivante n'est pas remplie",
            "die folgende Bedingung ist nicht erfüllt",
            "the following does not hold",
        )
    ) == texts(not_(a).label)
    assert texts(
        Text(
            "au moins 2 des conditions suivantes sont remplies",
            "mindestens 2 der folgenden Bedingungen sind erfüllt",
            "at least 2 of the following hold",
        )
    ) == texts(at_least_n_of(2, a, b).label)


def test_combination_ids_and_reprs() -> None:
    """Ids list the children's ids; reprs their reprs, with .named() where named."""
    a, b = is_true("a"), is_true("b").named("demo.b")
    n = parameter("demo.n", 1)

    assert "all_of(is_true('a'), demo.b)" == all_of(a, b).id
    assert "any_of(is_true('a'), demo.b)" == any_of(a, b).id
    assert "not_(demo.b)" == not_(b).id
    assert "at_least_n_of(demo.n, is_true('a'), demo.b)" == at_least_n_of(n, a, b).id
    assert "at_least_n_of(1, is_true('a'), demo.b)" == at_least_n_of(1, a, b).id
    assert "at_least_n_of(demo.n, is_true('a'), is_true('b').named('demo.b'))" == repr(
        at_least_n_of(n, a, b)
    )
    assert "any_of(is_true('a'), is_true('b').named('demo.b')).named('demo.any')" == (
        repr(any_of(a, b).named("demo.any"))
    )
    assert "not_(is_true('a')).named('demo.not')" == repr(not_(a).named("demo.not"))
    assert "at_least_n_of(1, is_true('a')).named('demo.n')" == repr(
        at_least_n_of(1, a).named("demo.n")
    )


def test_conditions_are_the_first_level() -> None:
    """A combination's conditions are its children; a leaf and a negation are their own."""
    a, b = is_true("a"), is_true("b")

    assert (a, b) == conditions(all_of(a, b))
    assert (a,) == conditions(a)
    assert (not_(a),) == conditions(not_(a))


# -- operators ---------------------------------------------------------------------------


def test_operators_flatten_anonymous_chains_only() -> None:
    """Chains like a & b & c make one all_of; a named, sourced or dated all_of stays a part."""
    a, b, c = is_true("a"), is_true("b"), is_true("c")
    named = all_of(a, b).named("demo.ab")
    sourced = all_of(a, b).named(all_of(a, b).id, source=Source("LEI"))
    dated = all_of(a, b).in_force_during("2024-01-01", None)

    assert all_of(a, b, c) == a & b & c
    assert any_of(a, b, c) == a | b | c
    assert all_of(named, c) == named & c
    assert all_of(sourced, c) == sourced & c
    assert all_of(dated, c) == dated & c
    assert any_of(any_of(a, b).named("demo.ab"), c) == any_of(a, b).named("demo.ab") | c
    assert (
        any_of(any_of(a, b).in_force_during(None, "2024-12-31"), c)
        == any_of(a, b).in_force_during(None, "2024-12-31") | c
    )


def test_operators_do_not_flatten_the_other_combination() -> None:
    """(a | b) & c keeps the disjunction whole, and (a & b) | c the conjunction."""
    a, b, c = is_true("a"), is_true("b"), is_true("c")

    assert all_of(any_of(a, b), c) == (a | b) & c
    assert any_of(all_of(a, b), c) == (a & b) | c
    assert not_(a) == ~a


def test_operators_refuse_what_is_not_a_rule() -> None:
    """Combining a rule with anything else is a TypeError."""
    with pytest.raises(TypeError):
        _ = is_true("a") & True  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = is_true("a") | "b"  # type: ignore[operator]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        pytest.param(all_of, "a combination needs at least one rule", id="all_of()"),
        pytest.param(any_of, "a combination needs at least one rule", id="any_of()"),
        pytest.param(
            lambda: all_of(is_true("a"), "b"),
            'expected rules to combine, got str "b"',
            id="all_of(a, 'b')",
        ),
        pytest.param(
            lambda: any_of(is_true("a"), 3),
            "expected rules to combine, got int 3",
            id="any_of(a, 3)",
        ),
        pytest.param(
            lambda: not_("a"), "child: expected a rule, got str", id="not_('a')"
        ),
        pytest.param(
            lambda: at_least_n_of(True, is_true("a")),
            "n=True must be a positive int or a Parameter of one",
            id="at_least_n_of(True, a)",
        ),
        pytest.param(
            lambda: at_least_n_of(1.0, is_true("a")),
            "n=1.0 must be a positive int or a Parameter of one",
            id="at_least_n_of(1.0, a)",
        ),
        pytest.param(
            lambda: at_least_n_of(0, is_true("a")),
            "n=0 must be a positive int or a Parameter of one",
            id="at_least_n_of(0, a)",
        ),
        pytest.param(
            lambda: at_least_n_of(parameter("demo.n", True), is_true("a")),
            "n=demo.n must be a positive int or a Parameter of one",
            id="at_least_n_of(Parameter(True), a)",
        ),
        pytest.param(
            lambda: at_least_n_of(3, is_true("a"), is_true("b")),
            "n=3 must not exceed the number of rules (2)",
            id="at_least_n_of(3, a, b)",
        ),
        pytest.param(
            lambda: at_least_n_of(parameter("demo.n", 2), is_true("a")),
            "n=demo.n must not exceed the number of rules (1)",
            id="at_least_n_of(Parameter(2), a)",
        ),
    ],
)
def test_combinators_refuse_bad_parts_with_exact_messages(
    build: Any, message: str
) -> None:
    """Combinators say what is wrong: no part, a part that is not a rule, a bad count."""
    with pytest.raises(InvalidRule, match=f"^{re.escape(message)}$"):
        build()


def test_at_least_n_of_accepts_n_equal_to_the_number_of_rules() -> None:
    """The count may be 1, and may be the number of rules."""
    a, b = is_true("a"), is_true("b")

    assert 2 == at_least_n_of(2, a, b).n
    assert 1 == at_least_n_of(parameter("demo.n", 1), a).parameters()[0].value


# -- evaluation of combinations ------------------------------------------------------------


def test_all_of_is_decided_by_one_failing_part_whatever_follows() -> None:
    """A failing part decides all_of, before or after unknown parts; the unknown are not missing."""
    rule = all_of(is_true("a"), is_true("b"), is_true("c"))

    for subject in ({"a": False}, {"b": False}, {"c": False}, {"a": True, "b": False}):
        decision = evaluate(rule, subject, on=ON)

        assert (Outcome.INELIGIBLE, frozenset()) == (decision.outcome, decision.missing)


def test_any_of_is_decided_by_one_holding_part_whatever_follows() -> None:
    """A holding part decides any_of, before or after unknown parts."""
    rule = any_of(is_true("a"), is_true("b"), is_true("c"))

    for subject in ({"a": True}, {"b": True}, {"c": True}, {"a": False, "b": True}):
        decision = evaluate(rule, subject, on=ON)

        assert (Outcome.ELIGIBLE, frozenset()) == (decision.outcome, decision.missing)
    decision = evaluate(rule, {"a": False}, on=ON)

    assert (Outcome.UNDETERMINED, frozenset({"b", "c"})) == (
        decision.outcome,
        decision.missing,
    )
    assert (
        Outcome.INELIGIBLE
        is evaluate(rule, {"a": False, "b": False, "c": False}, on=ON).outcome
    )


def test_missing_of_a_combination_names_only_its_undetermined_parts() -> None:
    """An undetermined all_of names the facts of its undetermined parts only."""
    rule = all_of(is_true("a"), not_(is_true("b")), any_of(is_true("c"), is_true("d")))
    decision = evaluate(rule, {"a": True, "c": False}, on=ON)

    assert (Outcome.UNDETERMINED, frozenset({"b", "d"})) == (
        decision.outcome,
        decision.missing,
    )
    assert frozenset({"b"}) == decision.explanation.children[1].missing
    assert frozenset() == evaluate(not_(is_true("b")), {"b": True}, on=ON).missing


def test_not_explains_with_its_part() -> None:
    """not_ turns the outcome over and keeps its part's node as its only child."""
    source = Source("LEI")
    rule = not_(is_true("a")).named("demo.not_a", source=source)
    node = rule.evaluate({"a": True}, ON)
    child = is_true("a").evaluate({"a": True}, ON)

    assert (
        Node(
            "demo.not_a",
            rule.label,
            Outcome.INELIGIBLE,
            missing=frozenset(),
            source=source,
            children=(child,),
        )
        == node
    )


@pytest.mark.parametrize(
    ("subject", "outcome", "counted"),
    [
        pytest.param({"a": True, "b": True}, Outcome.ELIGIBLE, (2, 3, 2), id="2 hold"),
        pytest.param(
            {"a": True, "b": False},
            Outcome.UNDETERMINED,
            (1, 3, 2),
            id="1 holds, 1 open",
        ),
        pytest.param(
            {"a": True, "b": False, "c": False},
            Outcome.INELIGIBLE,
            (1, 3, 2),
            id="1 holds, 0 open",
        ),
        pytest.param(
            {"a": False, "b": False}, Outcome.INELIGIBLE, (0, 3, 2), id="0 hold, 1 open"
        ),
        pytest.param({}, Outcome.UNDETERMINED, (0, 3, 2), id="0 hold, 3 open"),
    ],
)
def test_at_least_n_of_counts_holding_and_open_parts(
    subject: dict[str, bool], outcome: Outcome, counted: tuple[int, int, int]
) -> None:
    """Two of three: the detail says how many hold, of how many, and how many are required."""
    rule = at_least_n_of(2, is_true("a"), is_true("b"), is_true("c"))
    node = evaluate(rule, subject, on=ON).explanation

    assert outcome is node.outcome
    assert texts(
        Phrase(
            Text(
                "{0} sur {1} remplies, {2} requises",
                "{0} von {1} erfüllt, {2} verlangt",
                "{0} of {1} hold, {2} required",
            ),
            counted,
        )
    ) == texts(node.detail)
    assert f"{counted[0]} of 3 hold, 2 required" == node.detail.en  # type: ignore[union-attr]


def test_at_least_n_of_reads_its_dated_count_on_the_evaluation_date() -> None:
    """A dated n is read on the date, and the node shows the value and source of that date."""
    old, new = Source("Old directive"), Source("New directive")
    n = Parameter.dated(
        "demo.n",
        [
            Change(dt.date(2020, 1, 1), 1, source=old),
            Change(dt.date(2024, 1, 1), 2, source=new),
        ],
        label=Text.same("n"),
        note="a reading",
    )
    rule = at_least_n_of(n, is_true("a"), is_true("b"))
    before = evaluate(rule, {"a": True, "b": False}, on=dt.date(2023, 12, 31))
    after = evaluate(rule, {"a": True, "b": False}, on=dt.date(2024, 1, 1))

    assert (Outcome.ELIGIBLE, Outcome.INELIGIBLE) == (before.outcome, after.outcome)
    assert (ParameterUse("demo.n", Text.same("n"), 1, old, "a reading"),) == (
        before.explanation.parameters
    )
    assert (ParameterUse("demo.n", Text.same("n"), 2, new, "a reading"),) == (
        after.explanation.parameters
    )
    assert (
        () == evaluate(at_least_n_of(1, is_true("a")), {}, on=ON).explanation.parameters
    )


def test_facts_parameters_and_candidates_of_combinations() -> None:
    """A combination reads the union of its parts' facts, their parameters once each, in order."""
    p, q = parameter("demo.p", 1), parameter("demo.q", 5)
    rule = at_least_n_of(
        p,
        compare("x", ">", q),
        not_(compare("y", "<", p)),
        all_of(is_true("z"), compare("x", ">", q)),
    )

    assert frozenset({"x", "y", "z"}) == rule.facts()
    assert frozenset({"y"}) == not_(compare("y", "<", p)).facts()
    assert (p, q) == rule.parameters()
    assert (q, p) == all_of(compare("x", ">", q), compare("y", "<", p)).parameters()
    assert (p,) == not_(compare("y", "<", p)).parameters()
    assert (
        FactChange("x", 5),
        FactChange("x", 4),
        FactChange("x", 6),
        FactChange("y", 1),
        FactChange("y", 0),
        FactChange("y", 2),
        FactChange("z", True),
        FactChange("z", False),
    ) == rule.candidates({})
    assert (FactChange("a", True), FactChange("a", False)) == not_(
        is_true("a")
    ).candidates({})


def test_a_plain_count_is_no_parameter() -> None:
    """at_least_n_of with an int count reads no parameter and shows none."""
    rule = at_least_n_of(2, is_true("a"), compare("n", ">", parameter("demo.q", 1)))

    assert (parameter("demo.q", 1),) == rule.parameters()
    assert () == at_least_n_of(1, is_true("a")).parameters()


def test_not_proposes_the_changes_of_its_part_for_this_subject() -> None:
    """The candidates of not_ are its part's, computed on the same facts."""
    rule = not_(contains("tags", "x"))

    assert (FactChange("tags", frozenset({"a", "x"})),) == rule.candidates(
        {"tags": ["a"]}
    )
    assert (FactChange("tags", frozenset({"a", "x"})),) == all_of(
        rule, is_true("b")
    ).candidates({"tags": ("a",)})[:1]


def test_fact_changes_as_json() -> None:
    """A fact change is JSON-ready: a set as a sorted list, a date in ISO."""
    assert {"fact": "tags", "value": ["a", "b"]} == FactChange(
        "tags", frozenset({"b", "a"})
    ).to_dict()
    assert {"fact": "since", "value": "2024-02-29"} == FactChange(
        "since", dt.date(2024, 2, 29)
    ).to_dict()


# -- periods in force ---------------------------------------------------------------------------


def test_in_force_during_names_the_bad_side() -> None:
    """A bad start or end is refused, naming start or end."""
    with pytest.raises(InvalidArgument, match=r"^start: expected a date"):
        is_true("a").in_force_during("2024-02-30", None)
    with pytest.raises(InvalidArgument, match=r"^end: expected a date"):
        is_true("a").in_force_during(None, "soon")


def test_in_force_during_leaves_open_sides_open() -> None:
    """None on one side leaves it open; strings are read as ISO dates."""
    assert Period(None, dt.date(2024, 12, 31)) == (
        is_true("a").in_force_during(None, "2024-12-31").in_force
    )
    assert Period(dt.date(2024, 1, 1), None) == (
        is_true("a").in_force_during("2024-01-01", None).in_force
    )


def test_a_rule_out_of_force_explains_why_and_reads_nothing() -> None:
    """Outside its period a rule is INELIGIBLE, says "not in force on <day>", reads no fact."""
    source = Source("Pilot")
    rule = (
        is_true("a")
        .named("demo.a", source=source)
        .in_force_during("2024-01-01", "2024-02-29")
    )
    node = rule.evaluate({"a": True}, dt.date(2024, 3, 1))

    assert Node(
        "demo.a",
        rule.label,
        Outcome.INELIGIBLE,
        source=source,
        in_force=Period(dt.date(2024, 1, 1), dt.date(2024, 2, 29)),
    ) == node._replace(detail=None)
    assert texts(
        Text(
            "pas en vigueur le 2024-03-01",
            "am 2024-03-01 nicht in Kraft",
            "not in force on 2024-03-01",
        )
    ) == texts(node.detail)


def test_a_rule_in_force_shows_its_period() -> None:
    """Within its period a rule decides as usual, and the node carries the period."""
    period = Period(dt.date(2024, 1, 1), dt.date(2024, 2, 29))
    rule = is_true("a").in_force_during("2024-01-01", "2024-02-29")

    assert is_true("a").evaluate({"a": True}, dt.date(2024, 2, 29))._replace(
        rule_id=rule.id, in_force=period
    ) == rule.evaluate({"a": True}, dt.date(2024, 2, 29))
    assert None is is_true("a").evaluate({"a": True}, ON).in_force


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(
            dt.date(2023, 12, 31),
            dt.date(2024, 12, 31),
            (dt.date(2024, 1, 1), dt.date(2024, 3, 1)),
            id="both within",
        ),
        pytest.param(
            dt.date(2024, 1, 1),
            dt.date(2024, 3, 1),
            (dt.date(2024, 3, 1),),
            id="start on first day",
        ),
        pytest.param(
            dt.date(2023, 12, 31),
            dt.date(2024, 1, 1),
            (dt.date(2024, 1, 1),),
            id="end on first day",
        ),
        pytest.param(dt.date(2023, 12, 31), dt.date(2023, 12, 31), (), id="before"),
        pytest.param(
            dt.date(2024, 2, 29),
            dt.date(2024, 2, 29),
            (),
            id="empty window on last day",
        ),
        pytest.param(
            dt.date(2024, 2, 28), dt.date(2024, 2, 29), (), id="end on last day"
        ),
        pytest.param(
            dt.date(2024, 2, 29),
            dt.date(2024, 3, 1),
            (dt.date(2024, 3, 1),),
            id="start on last day",
        ),
        pytest.param(
            dt.date(2024, 3, 1), dt.date(2025, 1, 1), (), id="start on day after"
        ),
    ],
)
def test_breakpoints_of_a_period_in_force_are_its_first_day_and_the_day_after_its_last(
    start: dt.date, end: dt.date, expected: tuple[dt.date, ...]
) -> None:
    """In force 2024-01-01 to 2024-02-29 (a leap day): the answer may change on 1 January and 1 March, in (start, end]."""
    rule = is_true("a").in_force_during("2024-01-01", "2024-02-29")

    assert expected == tuple(b.day for b in rule.breakpoints({"a": True}, start, end))


def test_breakpoints_of_a_period_in_force_give_rule_and_reason() -> None:
    """Each breakpoint names the rule and why: comes into force, end of the period in force."""
    rule = is_true("a").named("demo.a").in_force_during("2024-01-01", "2024-12-31")

    assert readings(
        (
            Breakpoint(dt.date(2024, 1, 1), "demo.a", STARTS),
            Breakpoint(dt.date(2025, 1, 1), "demo.a", ENDS),
        )
    ) == readings(
        rule.breakpoints({"a": True}, dt.date(2023, 1, 1), dt.date(2026, 1, 1))
    )


def test_a_period_open_to_the_last_representable_day_ends_nowhere() -> None:
    """A period ending on date.max has no day after its end, and no breakpoint for it."""
    rule = is_true("a").in_force_during("2024-01-01", dt.date.max)

    assert readings((Breakpoint(dt.date(2024, 1, 1), rule.id, STARTS),)) == readings(
        rule.breakpoints({"a": True}, dt.date(2023, 1, 1), dt.date.max)
    )


def test_breakpoints_of_combinations_come_from_every_part() -> None:
    """A combination's breakpoints are its own, then its parts', in order, facts unchanged."""
    a = is_true("a").named("demo.a").in_force_during(None, "2024-06-30")
    b = is_true("b").named("demo.b").in_force_during("2024-03-01", None)
    rule = all_of(a, not_(b)).named("demo.both").in_force_during("2024-02-01", None)
    window = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))

    assert readings(
        (
            Breakpoint(dt.date(2024, 2, 1), "demo.both", STARTS),
            Breakpoint(dt.date(2024, 7, 1), "demo.a", ENDS),
            Breakpoint(dt.date(2024, 3, 1), "demo.b", STARTS),
        )
    ) == readings(rule.breakpoints({}, *window))
    assert () == all_of(is_true("a"), age_between(15, 25)).breakpoints(
        {"a": True}, *window
    )


# -- with_parameters ----------------------------------------------------------------------


def test_with_parameters_replaces_at_every_depth() -> None:
    """A parameter is replaced wherever the tree reads it: in a count, a leaf, under not_ and nested parts."""
    p = parameter("demo.p", 2, source=Source("Directive"))
    rule = all_of(
        at_least_n_of(p, is_true("a"), is_true("b"), is_true("c")),
        not_(compare("n", ">", p)),
        any_of(is_true("z"), all_of(is_true("y"), compare("m", "<=", p))),
    )
    changed = rule.with_parameters({"demo.p": 3})
    subject = {"a": True, "b": True, "c": False, "n": 3, "z": False, "y": True, "m": 3}

    assert [Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.INELIGIBLE] == [
        node.outcome for node in rule.evaluate(subject, ON).children
    ]
    assert [Outcome.INELIGIBLE, Outcome.ELIGIBLE, Outcome.ELIGIBLE] == [
        node.outcome for node in changed.evaluate(subject, ON).children
    ]
    assert [3, 3, 3] == [
        q.value
        for node in changed.evaluate(subject, ON).walk()
        for q in node.parameters
    ]
    assert (p.with_value(3),) == changed.parameters()


def test_with_parameters_shows_the_new_value_in_generated_labels() -> None:
    """A generated label shows the parameter's current value in place, in every language, with no note appended.

    The rules that do not read the parameter keep their label, and an
    author's own label is kept as it is. Regression (issue 13): the label
    froze the old value and appended "[id = value]".
    """
    p = parameter("demo.p", 2)
    other = is_true("a")
    rule = all_of(compare("n", ">", p), other)
    changed = rule.with_parameters({"demo.p": 3})
    own = Text("n plus que p", "n mehr als p", "n more than p")

    assert texts(Text.same("n > 3")) == texts(changed.children[0].label)
    assert texts(Text.same("n > 2")) == texts(rule.children[0].label)
    assert rule.label == changed.label
    assert other is changed.children[1]
    assert texts(
        Text(
            "au moins 3 des conditions suivantes sont remplies",
            "mindestens 3 der folgenden Bedingungen sind erfüllt",
            "at least 3 of the following hold",
        )
    ) == texts(
        at_least_n_of(parameter("demo.p", 1), is_true("a"), is_true("b"), is_true("c"))
        .with_parameters({"demo.p": 3})
        .label
    )
    assert own == (
        compare("n", ">", p)
        .named("demo.n", label=own)
        .with_parameters({"demo.p": 3})
        .label
    )


def test_with_parameters_shows_every_replaced_parameter_in_its_place() -> None:
    """A leaf reading two replaced parameters shows both new values where the old ones stood."""
    low, high = parameter("demo.low", 15), parameter("demo.high", 25)
    rule = age_between(low, high)
    changed = rule.with_parameters({"demo.high": 30, "demo.low": 16})

    assert texts(
        Text(
            "âgé·e de 16 à 30 ans révolus",
            "zwischen 16 und 30 Jahre alt (vollendete Jahre)",
            "aged 16 to 30 in completed years",
        )
    ) == texts(changed.label)
    assert texts(
        Text(
            "âgé·e de 15 à 25 ans révolus",
            "zwischen 15 und 25 Jahre alt (vollendete Jahre)",
            "aged 15 to 25 in completed years",
        )
    ) == texts(rule.label)
    assert (16, 30) == (changed.minimum.value, changed.maximum.value)  # type: ignore[union-attr]


def test_with_parameters_takes_a_parameter_of_the_same_id_as_it_is() -> None:
    """A Parameter value replaces the old one whole: its source and history are kept, and a dated one is shown as ‹id›."""
    p = parameter("demo.p", 2)
    dated = Parameter.dated(
        "demo.p",
        [Change(dt.date(2020, 1, 1), 1), Change(dt.date(2024, 1, 1), 3)],
        label=Text.same("p"),
    )
    changed = compare("n", ">=", p).with_parameters({"demo.p": dated})

    assert (dated,) == changed.parameters()
    assert texts(Text.same("n >= ‹demo.p›")) == texts(changed.label)
    assert (
        Outcome.ELIGIBLE
        is evaluate(changed, {"n": 1}, on=dt.date(2023, 12, 31)).outcome
    )
    assert (
        Outcome.INELIGIBLE
        is evaluate(changed, {"n": 1}, on=dt.date(2024, 1, 1)).outcome
    )


def test_with_parameters_keeps_the_library_value_in_the_note() -> None:
    """A plain value keeps the parameter's id and label, drops its source, and says what it replaced."""
    p = parameter("demo.p", 2, source=Source("Directive"))
    changed = compare("n", ">=", p).with_parameters({"demo.p": 3})

    assert (
        Parameter(
            "demo.p",
            3,
            label=Text.same("demo.p"),
            note="Set by the caller (the library's value: 2).",
        ),
    ) == changed.parameters()


def test_with_no_values_the_rule_is_unchanged() -> None:
    """with_parameters({}) gives the same rule, and so does replacing a parameter by itself."""
    p = parameter("demo.p", 2)
    rule = all_of(compare("n", ">=", p), is_true("a"))

    assert rule is rule.with_parameters({})
    assert rule is rule.with_parameters({"demo.p": p})


@pytest.mark.parametrize(
    ("rule", "values", "message"),
    [
        pytest.param(
            all_of(
                compare("n", ">=", parameter("demo.b", 1)),
                compare("m", ">=", parameter("demo.a", 1)),
            ),
            {"demo.zz": 3, "demo.c": 4},
            'values: expected ids of parameters this rule reads ("demo.a", "demo.b"), got "demo.c"',
            id="unknown id",
        ),
        pytest.param(
            is_true("a"),
            {"demo.a": 3},
            'values: expected ids of parameters this rule reads (none), got "demo.a"',
            id="no parameter",
        ),
        pytest.param(
            compare("n", ">=", parameter("demo.a", 1)),
            {"demo.a": parameter("demo.b", 2)},
            'values: expected a Parameter with id "demo.a", got one with id "demo.b"',
            id="parameter under another id",
        ),
        pytest.param(
            compare("n", ">=", 1).named("demo.n"),
            {"demo.n": 2},
            'values: expected ids of parameters this rule reads (none), got "demo.n"',
            id="a rule id is not a parameter id",
        ),
    ],
)
def test_with_parameters_refuses_ids_the_rule_does_not_read(
    rule: Any, values: dict[str, Any], message: str
) -> None:
    """Only parameters in the tree can be replaced, each by its own id; the message lists the ids."""
    with pytest.raises(InvalidArgument, match=f"^{re.escape(message)}$") as caught:
        rule.with_parameters(values)

    assert "values" == caught.value.field


def test_with_parameters_refuses_an_unknown_id_beside_a_known_one() -> None:
    """One unknown id is enough to refuse, even with a known one and a Parameter given."""
    p = parameter("demo.p", 1)
    with pytest.raises(InvalidArgument, match=re.escape('got "demo.q"')):
        compare("n", ">=", p).with_parameters({"demo.p": p, "demo.q": 2})


def test_with_parameters_reaches_a_mapping_proxy_of_values() -> None:
    """Any mapping of values is accepted, not only a dict."""
    p = parameter("demo.p", 1)
    changed = compare("n", ">=", p).with_parameters(
        types.MappingProxyType({"demo.p": 2})
    )

    assert 2 == changed.parameters()[0].value
