"""Facts declared as data: the public contract of issue 14, schemas, and persons over them."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
from decimal import Decimal
from pathlib import Path

import pytest

from integration_rules import (
    InvalidArgument,
    InvalidFact,
    Money,
    Outcome,
    Person,
    check,
)
from integration_rules._core._schema import typed_source
from integration_rules.errors import UnknownFact
from integration_rules.facts import FACT_KINDS, FACTS, KINDS, Fact, Schema
from integration_rules.facts._person import GENERATOR
from integration_rules.measures import Measure
from integration_rules.rules import (
    Source,
    Text,
    between,
    compare,
    count_of,
    evaluate,
    is_true,
)

ON = dt.date(2024, 3, 1)
MONTHS = Fact.integer(
    "months_unemployed",
    minimum=0,
    label=Text("mois de chômage", "Monate arbeitslos", "months unemployed"),
)


def coaching_measure() -> tuple[Schema, Measure]:
    """The issue's public contract, as written there."""
    schema = FACTS.extended(MONTHS)
    rule = (
        is_true("registered_job_seeker") & compare("months_unemployed", ">=", 6)
    ).named(
        "sion-coaching",
        label=Text("coaching communal", "Gemeinde-Coaching", "municipal coaching"),
        source=Source(
            "Commune de Sion, règlement", article="art. 1", url="https://example.org"
        ),
    )
    coaching = Measure(
        id="sion-coaching",
        label=Text("coaching communal", "Gemeinde-Coaching", "municipal coaching"),
        summary=Text("coaching", "Coaching", "coaching"),
        rule=rule,
        source=Source("Commune de Sion, règlement", url="https://example.org"),
    )
    return schema, coaching


def test_the_public_contract_runs() -> None:
    """The issue's example: a fact of one's own, a schema, a person, a measure, a check."""
    schema, coaching = coaching_measure()
    person = schema.person(
        birth_date="1970-05-01", registered_job_seeker=True, months_unemployed=7
    )

    assert check(person, coaching, on="2024-03-01").outcome is Outcome.ELIGIBLE
    assert "months_unemployed" in schema
    assert "months_unemployed" not in FACTS
    assert MONTHS in schema
    assert MONTHS not in FACTS


def test_the_contract_over_columns_gives_the_same_answers() -> None:
    """evaluate_table with the schema gives check's answers, unknown months included."""
    pytest.importorskip("numpy")
    from integration_rules.batch import evaluate_table

    schema, coaching = coaching_measure()
    frame = {
        "birth_date": ["1970-05-01", "1980-01-01", "1990-02-02", "1960-03-03"],
        "registered_job_seeker": [True, True, None, False],
        "months_unemployed": [7, 5, 12, None],
    }
    result = evaluate_table(frame, [coaching], on="2024-03-01", schema=schema)

    expected = [
        check(
            schema.person(**{k: v[row] for k, v in frame.items()}),
            coaching,
            on=ON,
        )
        for row in range(4)
    ]
    got = list(result.rows())
    assert [r.outcome for r in got] == [d.outcome for d in expected]
    assert [r.missing for r in got] == [d.missing for d in expected]
    assert [d.outcome.value for d in expected] == [
        "eligible",
        "ineligible",
        "undetermined",
        "ineligible",
    ]


def test_a_leaf_built_from_a_declaration_is_explained_with_its_labels() -> None:
    """compare(MONTHS, ...) reads the fact by name and shows its label in each language."""
    rule = compare(MONTHS, ">=", 6)
    decision = evaluate(rule, {"months_unemployed": 4}, on=ON)

    assert rule == compare("months_unemployed", ">=", 6)
    assert rule.facts() == {"months_unemployed"}
    assert decision.outcome is Outcome.INELIGIBLE
    assert rule.label.get("fr") == "mois de chômage >= 6"
    assert rule.label.get("de") == "Monate arbeitslos >= 6"
    assert rule.label.get("en") == "months unemployed >= 6"


def test_misspelled_names_get_the_closest_name_everywhere() -> None:
    """Person(...), with_facts, from_mapping and schema.person name the fact and suggest one."""
    schema = FACTS.extended(MONTHS)
    attempts = [
        lambda: Person(birthdate="2000-01-01"),  # type: ignore[call-arg]
        lambda: Person().with_facts(birthdate="2000-01-01"),
        lambda: Person.from_mapping({"birthdate": "2000-01-01"}),
        lambda: schema.person(months_unemploid=3),
    ]
    for attempt, (wrong, right) in zip(
        attempts,
        [("birthdate", "birth_date")] * 3 + [("months_unemploid", "months_unemployed")],
        strict=True,
    ):
        with pytest.raises(UnknownFact) as caught:
            attempt()
        assert caught.value.field == wrong
        assert f'did you mean "{right}"?' in str(caught.value)
        assert isinstance(caught.value, TypeError)
        assert isinstance(caught.value, InvalidFact)


def test_misspelled_columns_get_the_closest_name() -> None:
    """A caseload's column that is not a fact is refused with the closest fact's name."""
    pytest.importorskip("numpy")
    from integration_rules.columnar import read_columns

    with pytest.raises(InvalidArgument, match='did you mean "months_unemployed"'):
        read_columns({"months_unemployd": [1]}, schema=FACTS.extended(MONTHS))


def test_the_signature_shows_real_annotations() -> None:
    """inspect.signature(Person) shows what each keyword accepts, not Any."""
    parameters = inspect.signature(Person).parameters

    assert list(parameters) == list(FACTS.names)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    assert parameters["birth_date"].annotation == (dt.date | str | None)
    assert parameters["registered_job_seeker"].annotation == (bool | str | None)
    extended = inspect.signature(FACTS.extended(MONTHS).record_class).parameters
    assert extended["months_unemployed"].annotation == (int | str | None)


def test_the_statically_typed_person_is_up_to_date() -> None:
    """The module type checkers read is what the declarations generate (run the generator if not)."""
    module = importlib.import_module("integration_rules.facts._person_typed")
    written = Path(module.__file__ or "").read_text(encoding="utf-8")

    assert written == typed_source(FACTS, GENERATOR), f"run: {GENERATOR}"


def test_the_kinds_come_from_the_declarations() -> None:
    """FACT_KINDS, Person's fields and FACTS are one list, in one order."""
    import attrs

    assert tuple(a.name for a in attrs.fields(Person)) == FACTS.names
    assert tuple(FACT_KINDS) == FACTS.names
    assert all(FACT_KINDS[f.name].kind == f.kind for f in FACTS.facts)
    assert {f.kind for f in FACTS.facts} <= set(KINDS)


def test_a_schema_is_a_value() -> None:
    """extended() returns a new schema; equal declarations make equal schemas and one class."""
    one, two = FACTS.extended(MONTHS), FACTS.extended(MONTHS)

    assert one == two
    assert hash(one) == hash(two)
    assert one.record_class is two.record_class
    assert issubclass(one.record_class, Person)
    assert len(FACTS) + 1 == len(one)
    assert "months_unemployed" not in FACTS  # FACTS itself is unchanged
    with pytest.raises(InvalidArgument, match="already declares"):
        one.extended(MONTHS)
    with pytest.raises(InvalidArgument, match="already declares"):
        FACTS.extended(Fact.boolean("neet", label=Text.same("neet")))


def test_an_extended_person_is_validated_from_its_declarations() -> None:
    """The facts of one's own are converted and checked as the built-in ones are."""
    income = Fact.money(
        "household_income",
        minimum=0,
        label=Text("revenu du ménage", "Haushaltseinkommen", "household income"),
    )
    schema = FACTS.extended(MONTHS, income)
    person = schema.person(months_unemployed="7", household_income="3200.50")

    assert person.months_unemployed == 7  # type: ignore[attr-defined]
    assert person.household_income == Money.of("3200.50")  # type: ignore[attr-defined]
    assert person.to_mapping()["household_income"] == "3200.50"
    assert type(person).from_mapping(person.to_mapping()) == person
    assert repr(person) == (
        "Person(known=['household_income', 'months_unemployed'], unknown=42)"
    )
    with pytest.raises(InvalidFact) as caught:
        schema.person(months_unemployed=-1)
    assert str(caught.value) == (
        "months_unemployed: expected a whole number of at least 0, got -1"
    )
    with pytest.raises(InvalidFact, match="at most 2 decimal places"):
        schema.person(household_income="10.005")
    with pytest.raises(InvalidFact, match=r"got an amount in EUR"):
        schema.person(household_income=Money.of("10", "EUR"))


BAD_VALUES = [
    (Fact.integer("n", label=Text.same("n"), minimum=0, maximum=10), 11, "from 0 to 10, got 11"),
    (Fact.integer("n", label=Text.same("n")), 2.5, "expected a whole number, got 2.5"),
    (Fact.integer("n", label=Text.same("n")), True, "expected a whole number, got True"),
    (Fact.integer("n", label=Text.same("n")), "seven", 'got "seven"'),
    (Fact.decimal("x", label=Text.same("x"), places=1), "0.25", "at most 1 decimal places"),
    (Fact.decimal("x", label=Text.same("x")), "NaN", 'got "NaN"'),
    (Fact.decimal("x", label=Text.same("x")), "1e20", 'got "1e20"'),
    (Fact.money("m", label=Text.same("m"), maximum=100), "100.01", "of at most 100"),
    (Fact.category("c", ("a", "b", "c"), label=Text.same("c")), "d", 'one of "a", "b", "c", got "d"'),
    (Fact.set_of("s", ("a", "b"), label=Text.same("s")), "a", "not a single value"),
    (Fact.sequence("q", ("a", "b"), label=Text.same("q"), in_order=True), ["b"], "in order"),
    (Fact.dates("d", label=Text.same("d")), ["2020-01-01", None], "without nulls"),
    (Fact.date("t", label=Text.same("t"), maximum=dt.date(2030, 1, 1)), "2031-01-01", "on or before 2030-01-01"),
]


@pytest.mark.parametrize(("fact", "value", "message"), BAD_VALUES)
def test_each_kind_refuses_what_its_declaration_refuses(
    fact: Fact, value: object, message: str
) -> None:
    """A value outside a declaration raises InvalidFact naming the fact and the value."""
    with pytest.raises(InvalidFact) as caught:
        fact.convert(value)
    assert caught.value.field == fact.name
    assert message in str(caught.value)


GOOD_VALUES = [
    (Fact.integer("n", label=Text.same("n")), " 12 ", 12),
    (Fact.integer("n", label=Text.same("n")), 12.0, 12),  # a dataframe's whole float
    (Fact.decimal("x", label=Text.same("x")), 0.1, Decimal("0.1")),
    (Fact.decimal("x", label=Text.same("x")), "2.50", Decimal("2.50")),
    (Fact.money("m", label=Text.same("m")), 12, Money.of("12")),
    (Fact.category("c", ("one_a", "b"), label=Text.same("c")), "ONE-A", "one_a"),
    (Fact.category("c", label=Text.same("c")), " open ", "open"),
    (Fact.set_of("s", ("a", "b"), label=Text.same("s")), ["A", "b", "a"], frozenset({"a", "b"})),
    (Fact.sequence("q", ("a", "b"), label=Text.same("q")), ["b", "a"], ("b", "a")),
    (Fact.dates("d", label=Text.same("d")), ["2021-01-01", dt.date(2020, 1, 1)], (dt.date(2020, 1, 1), dt.date(2021, 1, 1))),
    (Fact.boolean("y", label=Text.same("y")), "yes", True),
]


@pytest.mark.parametrize(("fact", "value", "expected"), GOOD_VALUES)
def test_each_kind_converts_what_a_user_would_pass(
    fact: Fact, value: object, expected: object
) -> None:
    """Natural inputs become the canonical value; None stays unknown."""
    assert fact.convert(value) == expected
    assert fact.convert(None) is None


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Fact.integer("1bad", label=Text.same("x")), "name"),
        (lambda: Fact.integer("class", label=Text.same("x")), "name"),
        (lambda: Fact.integer("_private", label=Text.same("x")), "name"),
        (lambda: Fact("x", "float", label=Text.same("x")), "kind"),  # type: ignore[arg-type]
        (lambda: Fact.integer("x", label="months"), "label"),  # type: ignore[arg-type]
        (lambda: Fact.set_of("x", (), label=Text.same("x")), "values"),
        (lambda: Fact.category("x", ("a", "A"), label=Text.same("x")), "values"),
        (lambda: Schema((MONTHS, MONTHS)), "facts"),
        (lambda: Schema(("months",)), "facts"),  # type: ignore[arg-type]
    ],
)
def test_bad_declarations_are_refused(build: object, field: str) -> None:
    """A declaration that cannot be right raises InvalidArgument naming the argument."""
    with pytest.raises(InvalidArgument) as caught:
        build()  # type: ignore[operator]
    assert caught.value.field == field


def test_between_and_count_decide_on_their_bounds() -> None:
    """Between includes both bounds; count_of counts a set's values; unknown is undetermined."""
    weeks = between("weeks_in_shelter", 4, 26)
    children = count_of("children_birth_dates", ">=", 2)
    on = ON

    outcomes = [evaluate(weeks, {"weeks_in_shelter": w}, on=on).outcome for w in (3, 4, 26, 27, None)]
    assert [o.value for o in outcomes] == [
        "ineligible", "eligible", "eligible", "ineligible", "undetermined"
    ]
    two = (dt.date(2010, 1, 1), dt.date(2012, 1, 1))
    assert evaluate(children, {"children_birth_dates": two}, on=on).outcome is Outcome.ELIGIBLE
    assert evaluate(children, {"children_birth_dates": ()}, on=on).outcome is Outcome.INELIGIBLE
    assert evaluate(children, {}, on=on).missing == frozenset({"children_birth_dates"})
    assert weeks.label.get("en") == "weeks_in_shelter from 4 to 26"


def test_an_amount_is_compared_with_an_amount_only() -> None:
    """A money fact compared with a bare number is the library's error, naming the fact."""
    from integration_rules import EvaluationError

    rule = compare("household_income", "<", 3000)
    with pytest.raises(EvaluationError) as caught:
        evaluate(rule, {"household_income": Money.of("2000")}, on=ON)
    assert caught.value.field == "household_income"
    below = compare("household_income", "<", Money.of("3000"))
    assert evaluate(below, {"household_income": Money.of("2999.95")}, on=ON).outcome is Outcome.ELIGIBLE


def test_the_fixed_facts_come_from_the_declarations() -> None:
    """FIXED_FACTS is the facts declared fixed: the nine a person cannot change."""
    from integration_rules.measures import CATALOGUE, FIXED_FACTS

    assert frozenset(
        {
            "birth_date",
            "sex",
            "arrival_date",
            "asylum_request_date",
            "status_since",
            "residence_permit_since",
            "housing_since",
            "children_birth_dates",
            "late_arrival",
        }
    ) == FIXED_FACTS == FACTS.fixed == CATALOGUE.fixed
    since = Fact.date("commune_resident_since", label=Text.same("since"), fixed=True)
    assert FACTS.extended(since).fixed == FIXED_FACTS | {"commune_resident_since"}
