"""A Catalogue value: the library's measures with one's own, everywhere a catalogue is used."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import textwrap
from pathlib import Path

import pytest

from integration_rules import (
    Catalogue,
    InvalidArgument,
    Measure,
    Outcome,
    Person,
    UnknownMeasure,
    check,
    eligibility_periods,
    eligible_measures,
    path_to_eligibility,
)
from integration_rules._cli import main
from integration_rules.batch import evaluate_many, evaluate_stream
from integration_rules.facts import FACTS, Fact
from integration_rules.measures import CATALOGUE, MEASURES
from integration_rules.rules import Source, Text, compare, is_true

ON = dt.date(2024, 3, 1)
MONTHS = Fact.integer(
    "months_unemployed",
    minimum=0,
    label=Text("mois de chômage", "Monate arbeitslos", "months unemployed"),
)
SCHEMA = FACTS.extended(MONTHS)
SOURCE = Source("Commune de Sion, règlement", article="art. 1", url="https://example.org")
COACHING = Measure(
    id="sion-coaching",
    label=Text("coaching communal", "Gemeinde-Coaching", "municipal coaching"),
    summary=Text("coaching", "Coaching", "coaching"),
    rule=is_true("registered_job_seeker") & compare(MONTHS, ">=", 6),
    source=SOURCE,
)
OURS = CATALOGUE.with_measures(COACHING, schema=SCHEMA, fixed={"months_unemployed"})


def test_the_built_in_catalogue_is_the_librarys_measures() -> None:
    """CATALOGUE holds MEASURES in order, over FACTS, and finds ids as measure() does."""
    assert CATALOGUE.measures == MEASURES
    assert CATALOGUE.schema is FACTS
    assert CATALOGUE.find("Carrière au féminin").id == "carriere-au-feminin"
    with pytest.raises(UnknownMeasure):
        CATALOGUE.find("sion-coaching")


def test_with_measures_returns_a_new_catalogue() -> None:
    """The library's catalogue is unchanged; the new one has the measure last, over its schema."""
    assert OURS.ids[-1] == "sion-coaching"
    assert OURS.ids[:-1] == CATALOGUE.ids
    assert "sion-coaching" not in CATALOGUE
    assert OURS.schema == SCHEMA
    assert "months_unemployed" in OURS.fixed
    assert OURS["sion coaching"] is COACHING


def test_a_measure_of_the_same_id_replaces_the_librarys_in_place() -> None:
    """A canton's own reading of a measure takes the place of the library's."""
    formavenir = CATALOGUE.find("formavenir")
    own = Measure(
        id="formavenir",
        label=formavenir.label,
        summary=formavenir.summary,
        rule=is_true("apprenticeship_contract"),
        source=formavenir.source,
    )
    replaced = CATALOGUE.with_measures(own)

    assert replaced.ids == CATALOGUE.ids
    assert replaced.find("formavenir") is own


def test_a_measure_that_reads_an_undeclared_fact_is_refused() -> None:
    """The catalogue checks every measure against its schema, with the closest name."""
    with pytest.raises(InvalidArgument) as caught:
        CATALOGUE.with_measures(COACHING)  # the schema lacks months_unemployed
    assert caught.value.field == "measures"
    assert '"sion-coaching" reads "months_unemployed"' in str(caught.value)
    with pytest.raises(InvalidArgument, match="twice"):
        Catalogue((COACHING, COACHING), schema=SCHEMA)


def test_the_main_questions_take_the_catalogue() -> None:
    """check, eligible_measures, eligibility_periods and path_to_eligibility on one's own measure."""
    person = SCHEMA.person(registered_job_seeker=True, months_unemployed=5)

    assert check(person, "sion-coaching", on=ON, catalogue=OURS).outcome is Outcome.INELIGIBLE
    decisions = eligible_measures(person, on=ON, catalogue=OURS)
    assert {d.measure for d in decisions} == set(OURS.ids)
    periods = eligibility_periods(
        person, "sion-coaching", start="2024-01-01", end="2024-12-31", catalogue=OURS
    )
    assert [s.outcome for s in periods.spans] == [Outcome.INELIGIBLE]
    path = path_to_eligibility(
        SCHEMA.person(months_unemployed=7), "sion-coaching", on=ON, catalogue=OURS
    )
    changes = [{c.fact: c.value for c in option} for option in path.changes]
    assert {"registered_job_seeker": True} in changes


def test_a_fixed_fact_of_ones_own_is_never_proposed() -> None:
    """The catalogue's fixed facts are those the path to eligibility leaves alone."""
    path = path_to_eligibility(
        SCHEMA.person(registered_job_seeker=True, months_unemployed=2),
        "sion-coaching",
        on=ON,
        catalogue=OURS,
    )
    assert path.changes == ()


def test_a_plain_person_knows_none_of_the_catalogues_own_facts() -> None:
    """Against a catalogue of one's own, a Person's missing own facts are unknown, not an error."""
    decision = check(Person(registered_job_seeker=True), "sion-coaching", on=ON, catalogue=OURS)

    assert decision.outcome is Outcome.UNDETERMINED
    assert decision.missing == frozenset({"months_unemployed"})


def test_batch_over_a_catalogue_agrees_with_check() -> None:
    """evaluate_many (both engines) and evaluate_stream read one's own facts and measures."""
    people = [
        SCHEMA.person(registered_job_seeker=True, months_unemployed=m)
        for m in (0, 6, None)
    ]
    expected = [check(p, "sion-coaching", on=ON, catalogue=OURS).outcome for p in people]
    for engine in ("columnar", "objects"):
        result = evaluate_many(
            people, "sion-coaching", on=ON, catalogue=OURS, engine=engine  # type: ignore[arg-type]
        )
        assert [r.outcome for r in result.rows()] == expected
    csv_text = "id,registered_job_seeker,months_unemployed\na,true,0\nb,true,6\nc,true,\n"
    (chunk,) = evaluate_stream(
        io.StringIO(csv_text), "sion-coaching", on=ON, catalogue=OURS
    )
    assert [r.outcome for r in chunk.result.rows()] == expected
    with pytest.raises(InvalidArgument, match='did you mean "months_unemployed"'):
        list(
            evaluate_stream(
                io.StringIO("id,months_unemploid\na,1\n"), on=ON, catalogue=OURS
            )
        )


def test_the_command_line_takes_a_catalogue_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--catalogue MODULE:ATTRIBUTE imports one's own catalogue from the current directory."""
    (tmp_path / "sion_measures.py").write_text(
        textwrap.dedent(
            """
            from integration_rules.facts import FACTS, Fact
            from integration_rules.measures import CATALOGUE, Measure
            from integration_rules.rules import Source, Text, compare, is_true

            MONTHS = Fact.integer("months_unemployed", minimum=0, label=Text("m", "m", "m"))
            SOURCE = Source("Commune de Sion, règlement", url="https://example.org")
            COACHING = Measure(
                id="sion-coaching", label=Text("coaching", "Coaching", "coaching"),
                summary=Text("c", "c", "c"), source=SOURCE,
                rule=is_true("registered_job_seeker") & compare(MONTHS, ">=", 6))
            OURS = CATALOGUE.with_measures(COACHING, schema=FACTS.extended(MONTHS))
            NOT_A_CATALOGUE = 3
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "person.json").write_text(
        json.dumps({"registered_job_seeker": True, "months_unemployed": 8}), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))

    status = main(
        ["check", "person.json", "sion-coaching", "--on", "2024-03-01",
         "--catalogue", "sion_measures:OURS", "--json"]
    )
    assert status == 0
    assert json.loads(capsys.readouterr().out)["outcome"] == "eligible"

    assert main(["measures", "--catalogue", "sion_measures:OURS"]) == 0
    assert "sion-coaching" in capsys.readouterr().out

    for spec, message in [
        ("sion_measures:NOT_A_CATALOGUE", "to be a Catalogue"),
        ("no_such_module:OURS", "cannot import"),
        ("sion_measures", "expected MODULE:ATTRIBUTE"),
    ]:
        assert main(["measures", "--catalogue", spec]) == 2
        assert message in capsys.readouterr().err


def test_a_catalogue_is_sent_to_another_process_as_a_value() -> None:
    """Pickled and back (multiprocessing, Dask): an equal catalogue, deciding as the first did."""
    person = OURS.schema.person(
        birth_date="1980-01-01", registered_job_seeker=True, months_unemployed=7
    )
    before = eligible_measures(person, on=ON, catalogue=OURS)  # compiles its plans
    again = pickle.loads(pickle.dumps(OURS))  # noqa: S301 - our own value

    assert again == OURS
    assert again.fixed == OURS.fixed
    assert [(d.measure, d.outcome, d.missing) for d in before] == [
        (d.measure, d.outcome, d.missing)
        for d in eligible_measures(person, on=ON, catalogue=again)
    ]
