"""One renderer per format: decisions, choices and amounts render through integration_rules.explain."""

from __future__ import annotations

import pytest

from integration_rules import (
    LANGUAGES,
    Outcome,
    Person,
    check,
    competent_office,
    eligibility_periods,
    path_to_eligibility,
)
from integration_rules.batch import evaluate_many
from integration_rules.explain import html, json, text, words
from integration_rules.funding import integration_lump_sum, lump_sum_total
from integration_rules.rules import Figure, Node

ON = "2024-03-01"
YOUNG = Person(
    birth_date="2007-09-03", domicile="CH-VS", difficulties=["social", "personal"]
)


@pytest.mark.parametrize(
    ("outcome", "shown"),
    [
        (Outcome.ELIGIBLE, ("ÉLIGIBLE", "BERECHTIGT", "ELIGIBLE")),
        (Outcome.INELIGIBLE, ("NON ÉLIGIBLE", "NICHT BERECHTIGT", "INELIGIBLE")),
        (Outcome.UNDETERMINED, ("INDÉTERMINÉ", "UNBESTIMMT", "UNDETERMINED")),
    ],
)
def test_a_decisions_heading_shouts_the_one_outcome_word(
    outcome: Outcome, shown: tuple[str, str, str]
) -> None:
    """The heading's outcome is the outcome word of the one table, in capitals."""
    assert shown == tuple(
        words.loud(words.OUTCOMES[outcome].get(lang)) for lang in LANGUAGES
    )


def test_missing_facts_is_one_text_in_two_cases() -> None:
    """The text's "Missing facts" line and the HTML's "missing facts" are the same words."""
    assert ("Faits manquants", "Fehlende Tatsachen", "Missing facts") == tuple(
        words.capitalised(words.MISSING_FACTS.get(lang)) for lang in LANGUAGES
    )


def test_an_amount_is_explained_by_the_nodes_a_decision_is() -> None:
    """An amount's explanation is a Node tree with figures; its renderings are those of that tree."""
    amount = lump_sum_total([("F", "2020-01-01"), ("S", "2023-01-01")])
    tree = amount.explanation

    assert all(isinstance(node, Node) for node in tree.walk())
    assert all(isinstance(node.figure, Figure) for node in tree.walk())
    assert [p.id for p in amount.parts] == [c.rule_id for c in tree.children]
    assert amount.value == tree.figure.value  # type: ignore[union-attr]
    for lang in LANGUAGES:
        assert text.render(tree, lang) == amount.explain(lang)
        assert html.render(tree, lang) == amount.html(lang)
    assert json.render(tree) == amount.to_dict()
    assert "\n".join(tree.render("en")) == amount.explain("en")
    assert tree.to_dict() == amount.to_dict()


def test_an_undetermined_amount_is_an_undetermined_node() -> None:
    """An amount whose input is unknown is an UNDETERMINED node naming the missing input."""
    tree = integration_lump_sum(None, decision_date="2023-01-01").explanation

    assert Outcome.UNDETERMINED == tree.outcome
    assert tree.figure is not None
    assert tree.figure.value is None
    assert tree.missing
    assert "undetermined" in text.render(tree, "en").splitlines()[0]


def test_a_choice_says_what_it_chose_in_its_heading() -> None:
    """A choice's heading says what was chosen, not an outcome word; the data add value and covered."""
    choice = competent_office(Person(residence_status="F", domicile="CH-VS"), on=ON)
    page = choice.html("de")

    assert [
        "Office compétent au 2024-03-01 : OASI",
        "Zuständige Stelle am 2024-03-01: OASI",
        "Competent office on 2024-03-01: OASI",
    ] == [choice.explain(lang).splitlines()[0] for lang in ("fr", "de", "en")]
    assert "✓ competent office by domicile and status" == choice.explain("en").splitlines()[1]
    assert "<strong>Zuständige Stelle</strong> — 2024-03-01 — " in page
    assert 'padding:0 4px">OASI</span></p><table>' in page
    assert "berechtigt</span></p>" not in page
    assert ["value", "covered"] == list(choice.to_dict())[-2:]
    assert (True, "OASI") == (choice.to_dict()["covered"], choice.to_dict()["value"])


def test_a_choice_that_covers_nobody_says_why() -> None:
    """A person outside the encoded cantons: nobody is chosen, and the text says why."""
    choice = competent_office(Person(residence_status="F", domicile="CH-GE"), on=ON)

    firsts = [choice.explain(lang).splitlines()[0] for lang in ("fr", "de", "en")]

    assert firsts[0].startswith("Office compétent au 2024-03-01 : aucun — non couvert : seuls")
    assert firsts[1].startswith("Zuständige Stelle am 2024-03-01: keiner — nicht abgedeckt: nur")
    assert firsts[2].startswith("Competent office on 2024-03-01: none — not covered: only")
    assert not any("ÉLIGIBLE" in f or "BERECHTIGT" in f or "INELIGIBLE" in f for f in firsts)
    assert {"value": None, "covered": False}.items() <= choice.to_dict().items()


def test_a_choice_waiting_for_a_fact_is_undetermined_in_its_heading() -> None:
    """Without the residence status no office is chosen yet: the heading says undetermined, the missing fact below."""
    choice = competent_office(Person(domicile="CH-VS"), on=ON)
    texts = [choice.explain(lang).splitlines() for lang in ("fr", "de", "en")]

    assert [
        "Office compétent au 2024-03-01 : indéterminé",
        "Zuständige Stelle am 2024-03-01: unbestimmt",
        "Competent office on 2024-03-01: undetermined",
    ] == [lines[0] for lines in texts]
    assert "Missing facts: residence_status" == texts[2][-1]


def test_every_result_shows_itself_in_a_notebook_the_same_way() -> None:
    """French HTML by default; in_language(lang) shows the HTML in lang, and str() the text."""
    results = [
        check(YOUNG, "formavenir", on=ON),
        competent_office(Person(residence_status="F", domicile="CH-VS"), on=ON),
        integration_lump_sum("F", decision_date=ON),
        eligibility_periods(YOUNG, "formavenir", start="2023-01-01", end="2027-01-01"),
        path_to_eligibility(YOUNG, "formavenir", on=ON),
        evaluate_many([YOUNG, Person()], on=ON).summary(),
    ]
    for result in results:
        assert result.html("fr") == result._repr_html_()
        for lang in LANGUAGES:
            shown = result.in_language(lang)
            assert result.html(lang) == shown._repr_html_()
            assert result.explain(lang) == str(shown) == repr(shown)
