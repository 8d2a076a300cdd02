"""next_questions: the unknown facts that would decide most, ranked, from the declarations."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings

from integration_rules import Outcome, Person, check, next_questions
from integration_rules.facts import FACTS, Fact
from integration_rules.measures import CATALOGUE, Measure
from integration_rules.rules import Source, Text, compare, is_true
from integration_rules.testing import persons

ON = dt.date(2024, 3, 1)
CLOSED_KINDS = {"bool", "category"}


def test_an_apprentice_is_asked_about_difficulties_first() -> None:
    """Difficulties decide FormAvenir and the USFP at once: asked before anything else."""
    person = Person(birth_date="2007-09-03", domicile="CH-VS", apprenticeship_contract=True)
    questions = next_questions(person, on=ON)

    first = questions[0]
    assert first.fact in {"residence_status", "difficulties"}
    by_fact = {q.fact: q for q in questions}
    assert by_fact["difficulties"].decides == ("formavenir", "usfp")
    assert by_fact["difficulties"].eligible == ("formavenir", "usfp")
    assert by_fact["difficulties"].kind == "set"
    assert by_fact["difficulties"].values == FACTS["difficulties"].values
    assert by_fact["difficulties"].label == FACTS["difficulties"].label
    assert by_fact["sex"].decides == ("carriere-au-feminin",)
    assert by_fact["sex"].eligible == ()  # wanting to resume work is unknown too
    assert by_fact["difficulties"].to_dict()["label"]["de"] == "Schwierigkeiten"


def test_the_ranking_is_by_decided_then_eligible_then_name() -> None:
    """The order is total and the same on every run."""
    person = Person(domicile="CH-VS")
    questions = next_questions(person, on=ON)
    keys = [(-len(q.decides), -len(q.eligible), q.fact) for q in questions]
    assert keys == sorted(keys)
    assert questions == next_questions(person, on=ON)


def test_a_person_who_is_decided_everywhere_has_no_question() -> None:
    """Nothing undetermined, nothing to ask."""
    person = Person(**dict.fromkeys(FACTS)).with_facts(
        birth_date="1950-01-01", domicile="FR-75", residence_status="C", sex="M",
    )
    undetermined = [
        m.id for m in CATALOGUE if check(person, m, on=ON).outcome is Outcome.UNDETERMINED
    ]
    questions = next_questions(person, on=ON)
    assert bool(questions) == bool(undetermined)


def test_a_catalogues_own_fact_is_asked_with_its_labels() -> None:
    """A measure of one's own over a fact of one's own: the fact is a question, labelled."""
    months = Fact.integer(
        "months_unemployed",
        minimum=0,
        label=Text("mois de chômage", "Monate arbeitslos", "months unemployed"),
    )
    coaching = Measure(
        id="sion-coaching",
        label=Text.same("coaching"),
        summary=Text.same("coaching"),
        rule=is_true("registered_job_seeker") & compare(months, ">=", 6),
        source=Source("Commune de Sion, règlement", url="https://example.org"),
    )
    ours = CATALOGUE.with_measures(coaching, schema=FACTS.extended(months))
    questions = next_questions(
        Person(registered_job_seeker=True), ["sion-coaching"], on=ON, catalogue=ours
    )
    (question,) = questions
    assert question.fact == "months_unemployed"
    assert question.kind == "integer"
    assert question.decides == ("sion-coaching",)
    assert question.eligible == ("sion-coaching",)  # 6 months, from the rule's own bound
    assert question.label.get("fr") == "mois de chômage"


@settings(max_examples=30)
@given(persons(born=(dt.date(1960, 1, 1), dt.date(2012, 12, 31))))
def test_every_closed_answer_that_decides_is_counted(person: Person) -> None:
    """Each yes/no or category answer that alone decides a measure puts it in that fact's ``decides``."""
    questions = {q.fact: q for q in next_questions(person, on=ON)}
    for question in questions.values():
        assert getattr(person, question.fact) is None
    for measure in CATALOGUE:
        decision = check(person, measure, on=ON)
        if decision.outcome is not Outcome.UNDETERMINED:
            assert all(measure.id not in q.decides for q in questions.values())
            continue
        for name in decision.missing:
            fact = FACTS[name]
            assert name in questions
            if fact.kind not in CLOSED_KINDS:
                continue
            values = (True, False) if fact.kind == "bool" else fact.values
            for value in values:
                answered = check(person.with_facts(**{name: value}), measure, on=ON).outcome
                if answered is not Outcome.UNDETERMINED:
                    assert measure.id in questions[name].decides, (name, value, measure.id)
                if answered is Outcome.ELIGIBLE:
                    assert measure.id in questions[name].eligible, (name, value, measure.id)
