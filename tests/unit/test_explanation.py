"""Explanations: the full rendered text and the JSON layout of a FormAvenir decision."""

from __future__ import annotations

import datetime as dt
import json

from integration_rules import Person, check

ON = dt.date(2024, 3, 1)

EXPECTED_EN = """\
FormAvenir — Decision on 2024-03-01: UNDETERMINED
? FormAvenir: admission conditions
    in force: 2023-08-01 – 2026-07-31
    source: CII Valais (SICT), « CII Valais – lettre d'information », 2023, « Projet-pilote FormAvenir »
  ✓ domiciled in Valais
      facts read: domicile = CH-VS
      parameters: formavenir.canton = CH-VS
  ✓ aged 15 to 25 in completed years — 16 completed years on 2024-03-01
      facts read: birth_date = 2007-09-03
      parameters: formavenir.min_age = 15, formavenir.max_age = 25
  ? starts initial vocational training (holds an apprenticeship contract)
      facts read: apprenticeship_contract = unknown
  ✓ cumulates difficulties: at least 2 of the 4 kinds — 2 of 4 hold, 2 required
      parameters: formavenir.min_difficulty_kinds = 2
    ✓ social difficulties
        facts read: difficulties = {personal, social}
    ✓ personal difficulties
        facts read: difficulties = {personal, social}
    ✗ professional difficulties
        facts read: difficulties = {personal, social}
    ✗ scholastic difficulties
        facts read: difficulties = {personal, social}
Missing facts: apprenticeship_contract"""


def person() -> Person:
    return Person(
        birth_date="2007-09-03", domicile="CH-VS", difficulties=["social", "personal"]
    )


def test_explain_in_english_is_readable_and_complete() -> None:
    """The English explanation shows every condition, the facts read, parameters, source and what is missing."""
    assert check(person(), "formavenir", on=ON).explain("en") == EXPECTED_EN


def test_explain_in_french_and_german() -> None:
    """The same decision reads in French and German, with each language's typography."""
    d = check(person(), "formavenir", on=ON)
    fr, de = d.explain("fr"), d.explain("de")

    assert fr.startswith("FormAvenir — Décision au 2024-03-01 : INDÉTERMINÉ\n")
    assert (
        "? débute une formation professionnelle initiale (contrat d'apprentissage)"
        in fr
    )
    assert "apprenticeship_contract = inconnu" in fr
    assert fr.endswith("Faits manquants : apprenticeship_contract")
    assert de.startswith("FormAvenir — Entscheid am 2024-03-01: UNBESTIMMT\n")
    assert "✓ Wohnsitz im Kanton Wallis" in de
    assert de.endswith("Fehlende Tatsachen: apprenticeship_contract")


def test_to_dict_layout() -> None:
    """to_dict() is JSON-ready: ISO dates, sorted lists, labels in three languages, a schema version."""
    data = check(person(), "formavenir", on=ON).to_dict()
    root = data["explanation"]
    age = root["children"][1]

    assert {
        "schema_version",
        "measure",
        "on",
        "outcome",
        "eligible",
        "missing",
        "explanation",
        "record",
    } == set(data)
    assert (
        data["schema_version"],
        data["measure"],
        data["on"],
        data["outcome"],
        data["eligible"],
    ) == (3, "formavenir", "2024-03-01", "undetermined", False)
    assert data["missing"] == ["apprenticeship_contract"]
    assert root["in_force"] == {"start": "2023-08-01", "end": "2026-07-31"}
    assert root["source"]["document"]["kind"] == "newsletter"
    assert root["source"]["url"] == "https://www.vs.ch/web/sict/cii"
    assert "Projet-pilote FormAvenir" == root["source"]["section"]
    assert "15 à 25 ans" in age["source"]["quote"]
    assert age["facts"] == {"birth_date": "2007-09-03"}
    assert age["label"]["en"] == "aged 15 to 25 in completed years"
    assert root["children"][3]["children"][0]["facts"]["difficulties"] == [
        "personal",
        "social",
    ]
    json.dumps(data)


def test_decision_repr_shows_no_fact() -> None:
    """repr(decision) carries the outcome and missing fact names, not the person's values."""
    text = repr(check(person(), "formavenir", on=ON))

    assert "2007-09-03" not in text
    assert "CH-VS" not in text
    assert "UNDETERMINED" in text


def test_a_fact_value_with_braces_is_shown_as_it_is() -> None:
    """A string fact is never passed through str.format (a brace in a value would break rendering)."""
    from integration_rules._core._explanation import text_value

    assert "a{b}" == text_value("a{b}", "en")
