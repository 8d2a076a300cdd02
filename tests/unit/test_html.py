"""Notebook renderings: decisions, timelines, paths, amounts and caseloads as HTML in the chosen language."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given

from integration_rules import (
    Person,
    catalog,
    check,
    eligibility_periods,
    path_to_eligibility,
)
from integration_rules.batch import evaluate_many
from integration_rules.funding import integration_lump_sum
from integration_rules.rules import Text, evaluate, is_true
from integration_rules.testing import persons

ON = "2024-03-01"
YOUNG = Person(
    birth_date="2007-09-03",
    domicile="CH-VS",
    difficulties=["social", "personal"],
)


class _Balance(HTMLParser):
    """Checks that every element opened is closed, in order."""

    VOID = frozenset({"br"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Balance:
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert not parser.errors, parser.errors
    assert not parser.stack, parser.stack
    return parser


def _rows(html: str) -> int:
    return len(re.findall(r"<tr>|<tr ", html)) - len(re.findall(r"<thead><tr>", html))


def _count_nodes(node: object) -> int:
    return 1 + sum(_count_nodes(c) for c in node.children)  # type: ignore[attr-defined]


def test_decision_is_a_table_with_one_row_per_condition() -> None:
    decision = check(YOUNG, "formavenir", on=ON)
    html = decision._repr_html_()
    parsed = _parse(html)
    text = "".join(parsed.text)

    assert "<table>" in html
    assert _rows(html) == _count_nodes(decision.explanation)
    assert "apprenticeship_contract" in text  # the missing fact is named
    assert "formavenir.min_difficulty_kinds" in text  # parameters read are shown
    assert "lettre d'information" in text  # every row shows its source
    assert 'href="https://www.vs.ch/web/sict/cii"' in html  # linked to the document
    assert "<q" in html  # with the wording it rests on
    assert "indéterminé" in text  # French by default


@pytest.mark.parametrize(
    ("lang", "word", "heading"),
    [
        ("fr", "indéterminé", "Condition"),
        ("de", "unbestimmt", "Bedingung"),
        ("en", "undetermined", "Condition"),
    ],
)
def test_decision_in_the_chosen_language(lang: str, word: str, heading: str) -> None:
    decision = check(YOUNG, "formavenir", on=ON)
    shown = decision.in_language(lang)
    text = "".join(_parse(shown._repr_html_()).text)

    assert word in text
    assert heading in text
    assert decision.title is not None
    assert decision.title.get(lang) in text
    assert str(shown) == decision.explain(lang)


def test_unknown_facts_are_shown_as_unknown_not_none() -> None:
    text = "".join(_parse(check(YOUNG, "formavenir", on=ON).html("en")).text)

    assert "unknown" in text
    assert "None" not in text


def test_markup_in_labels_is_escaped() -> None:
    """A label that looks like HTML (a rule author's text) is shown, not interpreted."""
    rule = is_true("wants_to_resume_work").named(
        "demo.markup", label=Text.same("<script>alert(1)</script> & co")
    )
    html = evaluate(rule, Person(wants_to_resume_work=True), on=ON).html("en")
    text = "".join(_parse(html).text)

    assert "<script" not in html
    assert "<script>alert(1)</script> & co" in text


def test_bad_language_is_refused() -> None:
    decision = check(YOUNG, "formavenir", on=ON)
    with pytest.raises(ValueError, match="lang"):
        decision.in_language("it")


@given(persons())
def test_every_decision_renders_balanced_html(person: Person) -> None:
    decision = check(person, "formavenir", on=ON)
    html = decision.html("de")
    _parse(html)
    assert _rows(html) == _count_nodes(decision.explanation)


def test_timeline_is_a_table_with_one_row_per_span() -> None:
    timeline = eligibility_periods(
        YOUNG, "formavenir", start="2023-01-01", end="2027-01-01"
    )
    html = timeline.in_language("en")._repr_html_()
    text = "".join(_parse(html).text)

    assert _rows(html) == len(timeline.spans)
    for span in timeline.spans:
        assert span.start.isoformat() in text
    assert "From" in text


def test_path_and_amount_render_in_the_chosen_language() -> None:
    path = path_to_eligibility(YOUNG, "formavenir", on=ON)
    assert str(path.in_language("de")) == path.explain("de")
    _parse(path.in_language("de")._repr_html_())

    amount = integration_lump_sum("F", decision_date="2024-03-01")
    assert "18’000" in amount.in_language("en")._repr_html_()
    _parse(amount.html("en"))


def test_batch_result_is_a_table_with_a_column_per_measure() -> None:
    result = evaluate_many([YOUNG, Person(), Person(domicile="CH-VS", sex="F")], on=ON)
    html = result.in_language("en")._repr_html_()
    text = "".join(_parse(html).text)

    assert _rows(html) == 3
    for measure_id in catalog():
        assert measure_id in text
    assert "undetermined" in text
    assert result._repr_html_() == result.html("fr")


def test_summary_is_a_table_with_a_row_per_measure() -> None:
    result = evaluate_many([YOUNG, Person(), Person(domicile="CH-VS", sex="F")], on=ON)
    summary = result.summary()
    html = summary.in_language("de")._repr_html_()
    text = "".join(_parse(html).text)

    assert _rows(html) == len(catalog())
    for item in summary.measures:
        assert item.measure in text
    assert "3 Personen" in text
    counts = {i.measure: i.counts for i in summary.measures}
    assert sum(counts["formavenir"].values()) == 3
    assert "unbestimmt" in text


def test_choice_html_shows_what_was_chosen() -> None:
    from integration_rules import competent_office

    choice = competent_office(Person(residence_status="F", domicile="CH-VS"), on=ON)
    text = "".join(_parse(choice.html("en")).text)
    assert "Competent office — 2024-03-01 — OASI" in text
    assert "eligible" not in text.split("Condition")[0]


def test_yes_no_facts_are_words_in_the_chosen_language() -> None:
    person = Person(domicile="CH-VS", sex="F", wants_to_resume_work=True)
    text = "".join(_parse(check(person, "carriere-au-feminin", on=ON).html("de")).text)
    assert "wants_to_resume_work = ja" in text
    assert "True" not in text


def test_notebook_objects_have_a_stable_plain_text_form() -> None:
    """The text/plain beside the HTML is the explanation, never an address that changes per run."""
    decision = check(YOUNG, "formavenir", on=ON)
    assert repr(decision.in_language("en")) == decision.explain("en")
    result = evaluate_many([YOUNG], on=ON)
    assert " at 0x" not in repr(result.in_language("en"))
    assert "persons=1" in repr(result)
