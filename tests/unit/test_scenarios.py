"""Scenarios: a reform against the baseline over a caseload (issue 15's public contract)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from integration_rules import InvalidArgument, Money, Outcome, Person, check, measure
from integration_rules.rules import Change, Parameter, Period
from integration_rules.scenarios import (
    compare,
    kind_of,
    parse_value,
    reading,
)

ON = "2024-03-01"
APPRENTICE = {
    "birth_date": "2007-09-03",
    "domicile": "CH-VS",
    "apprenticeship_contract": True,
}


def persons() -> list[Person]:
    """Four apprentices with 0 to 3 kinds of difficulty, and one with unknown difficulties."""
    kinds = ["social", "personal", "scholastic"]
    return [Person(**APPRENTICE, difficulties=kinds[:n]) for n in range(4)] + [
        Person(**APPRENTICE)
    ]


def test_the_public_contract() -> None:
    """The issue's example: a stricter FormAvenir loses the persons with two kinds only."""
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 3})
    result = compare(persons(), [base], [reform], on=ON)

    changes = [(c.row, c.measure, c.before, c.after) for c in result.changes]
    assert changes == [(2, "formavenir", Outcome.ELIGIBLE, Outcome.INELIGIBLE)]
    assert result.counts("formavenir")["lost"] == 1
    assert result.counts("formavenir") == {
        "unchanged": 4,
        "gained": 1 - 1,
        "lost": 1,
        "to_undetermined": 0,
        "from_undetermined": 0,
        "error": 0,
    }
    frame = result.to_frame()
    assert list(frame.columns) == ["on", "row", "key", "measure", "before", "after", "change"]
    assert frame["change"].tolist() == ["unchanged", "unchanged", "lost", "unchanged", "unchanged"]


def test_the_kinds_of_change() -> None:
    """Gained and lost between decided outcomes; the moves to and from undetermined apart."""
    eligible, ineligible, unknown = Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.UNDETERMINED
    assert kind_of(ineligible, eligible) == "gained"
    assert kind_of(eligible, ineligible) == "lost"
    assert kind_of(eligible, unknown) == kind_of(ineligible, unknown) == "to_undetermined"
    assert kind_of(unknown, eligible) == kind_of(unknown, ineligible) == "from_undetermined"
    assert kind_of(unknown, unknown) == "unchanged"


def test_why_names_the_conditions_and_the_parameter_that_changed() -> None:
    """The difference comes from the two explanations: the condition and the parameter's values."""
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 1})
    result = compare(persons(), [base], [reform], on=ON)
    (change,) = result.changes

    assert change.row == 1
    assert change.kind == "gained"
    why = {c.rule_id: c for c in result.why(change)}
    cumulated = why["formavenir.cumulated_difficulties"]
    assert (cumulated.before, cumulated.after) == (Outcome.INELIGIBLE, Outcome.ELIGIBLE)
    assert cumulated.parameters == (("formavenir.min_difficulty_kinds", 2, 1),)
    assert "formavenir.canton" not in why  # unchanged conditions are left out


def test_places_and_cost_on_each_side() -> None:
    """Carrière au féminin costs CHF 400 a participant; FormAvenir has 60 places a year."""
    women = [
        Person(sex="F", domicile=canton, wants_to_resume_work=True)
        for canton in ("CH-VS", "CH-VD", "CH-VD")
    ]
    base = measure("carriere-au-feminin")
    vaud = base.with_parameters({"carriere_au_feminin.territory": "CH-VD"})
    result = compare(women, [base], [vaud], on=ON)
    before, after = result.places("carriere-au-feminin")

    assert (before.eligible, after.eligible) == (1, 2)
    assert result.counts("carriere-au-feminin")["lost"] == 1
    assert before.cost == Money.of("400")
    assert after.cost == Money.of("800")
    assert not after.exceeded

    small = measure("formavenir")
    crowd = [Person(**APPRENTICE, difficulties=["social", "personal"])] * 61
    reform = small.with_parameters({"formavenir.min_difficulty_kinds": 1})
    over = compare(crowd, [small], [reform], on=ON).places("formavenir")[1]
    assert over.capacity == 60
    assert over.exceeded
    assert over.price is None
    assert over.cost is None


def test_several_dates_and_a_period() -> None:
    """Each date is compared; a period gives the first day of each month, its start first."""
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 3})
    result = compare(persons(), [base], [reform], on=["2024-03-01", "2024-01-15"])
    assert result.dates == (dt.date(2024, 1, 15), dt.date(2024, 3, 1))
    assert result.counts("formavenir", on="2024-01-15")["lost"] == 1
    with pytest.raises(InvalidArgument, match="several"):
        result.counts("formavenir")
    monthly = compare(
        persons(), [base], [reform],
        on=Period(dt.date(2024, 1, 15), dt.date(2024, 4, 30)),
    )
    assert monthly.dates == (
        dt.date(2024, 1, 15), dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 4, 1)
    )


def test_a_measure_on_one_side_only_is_not_offered_on_the_other() -> None:
    """A new measure in the scenario: its eligible persons are gained."""
    result = compare(persons(), [measure("usfp")], [measure("usfp"), measure("formavenir")], on=ON)
    assert result.measures == ("usfp", "formavenir")
    eligible = sum(
        check(p, "formavenir", on=ON).outcome is Outcome.ELIGIBLE for p in persons()
    )
    assert result.counts("formavenir")["gained"] == eligible
    assert result.places("formavenir")[0].eligible == 0


def test_a_table_gives_the_answers_persons_give() -> None:
    """A caseload given as columns compares as the same persons do."""
    pytest.importorskip("numpy")
    table = {
        "birth_date": ["2007-09-03"] * 3,
        "domicile": ["CH-VS"] * 3,
        "apprenticeship_contract": [True, True, True],
        "difficulties": [["social"], ["social", "personal"], None],
        "id": ["A", "B", "C"],
    }
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 1})
    result = compare(table, [base], [reform], on=ON, key="id")
    assert [(c.key, c.kind) for c in result.changes] == [("A", "gained")]


def test_renderings_in_three_languages() -> None:
    """The counts as text and HTML (a table and a chart) in the language asked; no personal fact."""
    base = measure("formavenir")
    reform = base.with_parameters({"formavenir.min_difficulty_kinds": 3})
    result = compare(persons(), [base], [reform], on=ON)

    assert "formavenir: 4 unchanged, 1 lost" in result.explain("en")
    assert "formavenir : 4 inchangés, 1 perd l'accès" in result.explain("fr")
    assert "formavenir: 4 unverändert, 1 nicht mehr berechtigt" in result.explain("de")
    assert result.explain("en").startswith("Scenario against the baseline, 5 persons\n")
    html = result.html("en")
    assert "<svg" in html
    assert "<table>" in html
    assert "2007-09-03" not in html + result.explain("en") + repr(result)
    assert result.to_dict()["by_date"][ON]["formavenir"]["counts"]["lost"] == 1


def test_parse_value_reads_a_text_as_the_parameters_type() -> None:
    """Whole numbers, decimals, amounts, dates, yes/no and sets, or the library's error."""
    cases = [
        (Parameter("d.n", 2, label=_label()), "3", 3),
        (Parameter("d.b", False, label=_label()), "true", True),
        (Parameter("d.m", Money.of("400"), label=_label()), "450.5", Money.of("450.5")),
        (Parameter("d.x", Decimal("0.5"), label=_label()), "0.25", Decimal("0.25")),
        (Parameter("d.t", dt.date(2024, 1, 1), label=_label()), "2025-01-01", dt.date(2025, 1, 1)),
        (Parameter("d.s", frozenset({"CH-VS"}), label=_label()), "CH-VS, CH-VD", frozenset({"CH-VS", "CH-VD"})),
    ]
    for parameter, text, expected in cases:
        assert parse_value(parameter, text) == expected
    with pytest.raises(InvalidArgument) as caught:
        parse_value(Parameter("d.n", 2, label=_label()), "two")
    assert caught.value.field == "d.n"
    assert 'expected a value like "2" (int), got "two"' in str(caught.value)
    with pytest.raises(InvalidArgument, match="expected a value like"):
        parse_value(Parameter("d.b", False, label=_label()), "1")


def _label():
    from integration_rules.rules import Text

    return Text.same("demo")


def test_a_reading_file_with_dated_values(tmp_path: Path) -> None:
    """A value from a date on keeps the parameter's own values before it."""
    path = tmp_path / "reading.toml"
    path.write_text(
        '"formavenir.min_difficulty_kinds" = [{ from = 2024-06-01, value = 3 }]\n',
        encoding="utf-8",
    )
    from integration_rules._cli_compare import read_reading

    (reform,) = reading([measure("formavenir")], read_reading(path))
    (kinds,) = [p for p in reform.rule.parameters() if p.id == "formavenir.min_difficulty_kinds"]

    assert kinds.value_on(dt.date(2024, 5, 31)) == 2
    assert kinds.value_on(dt.date(2024, 6, 1)) == 3
    result = compare(persons(), [measure("formavenir")], [reform], on=["2024-05-31", "2024-06-01"])
    assert result.counts("formavenir", on="2024-05-31")["lost"] == 0
    assert result.counts("formavenir", on="2024-06-01")["lost"] == 1


def test_a_reading_names_an_unknown_parameter_with_the_closest_id() -> None:
    """A typo in a parameter id is the library's error, with a suggestion."""
    with pytest.raises(InvalidArgument, match=r'did you mean "formavenir\.min_difficulty_kinds"'):
        reading([measure("formavenir")], {"formavenir.min_dificulty_kinds": 1})
    with pytest.raises(InvalidArgument, match="dated values"):
        reading([measure("formavenir")], {"formavenir.min_difficulty_kinds": [{"value": 1}]})


def test_dated_parameters_keep_their_history() -> None:
    """A reading from a date on a parameter that already has dated values keeps the earlier ones."""
    from integration_rules.rules import Text

    dated = Parameter.dated(
        "demo.age", [Change(dt.date(2020, 1, 1), 50), Change(dt.date(2023, 1, 1), 52)],
        label=Text.same("age"),
    )
    from integration_rules.scenarios._readings import _dated

    changed = _dated(dated, [(dt.date(2025, 1, 1), 45)])
    assert [changed.value_on(dt.date(y, 6, 1)) for y in (2021, 2024, 2026)] == [50, 52, 45]


def test_a_value_of_another_type_is_refused() -> None:
    """A territory compared with == and given a set would never be equal: refused, named."""
    with pytest.raises(InvalidArgument) as caught:
        measure("carriere-au-feminin").with_parameters(
            {"carriere_au_feminin.territory": frozenset({"CH-VS", "CH-VD"})}
        )
    assert caught.value.field == "carriere_au_feminin.territory"
    assert "(str), got" in str(caught.value)
