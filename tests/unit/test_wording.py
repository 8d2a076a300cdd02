"""The wording of counts, dates and choices: singular and plural, one vocabulary, dates that say what they are."""

from __future__ import annotations

import io

import pytest

from integration_rules.batch import evaluate_stream, evaluate_table, summarise_stream
from integration_rules.explain.words import count

ON = "2024-03-01"
MEASURE = ["carriere-au-feminin"]


def caseload(good: int, bad: int) -> str:
    """A CSV of *good* women domiciled in Valais and *bad* rows with an impossible birth date."""
    rows = ["F,CH-VS,"] * good + ["F,CH-VS,2005-13-01"] * bad
    return "\n".join(["sex,domicile,birth_date", *rows]) + "\n"


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (0, "person", ("0 personne", "0 Personen", "0 persons")),
        (1, "person", ("1 personne", "1 Person", "1 person")),
        (3, "person", ("3 personnes", "3 Personen", "3 persons")),
        (1, "error", ("1 en erreur", "1 fehlerhaft", "1 in error")),
        (3, "error", ("3 en erreur", "3 fehlerhaft", "3 in error")),
        (1, "row_read", ("1 ligne lue", "1 Zeile gelesen", "1 row read")),
        (10, "row_read", ("10 lignes lues", "10 Zeilen gelesen", "10 rows read")),
        (1, "eligible", ("1 éligible", "1 berechtigt", "1 eligible")),
        (2, "undetermined", ("2 indéterminés", "2 unbestimmt", "2 undetermined")),
        (1, "change.gained", ("1 gagne l'accès", "1 neu berechtigt", "1 gained")),
        (2, "change.lost", ("2 perdent l'accès", "2 nicht mehr berechtigt", "2 lost")),
    ],
)
def test_a_count_reads_in_the_singular_or_the_plural(
    n: int, noun: str, expected: tuple[str, str, str]
) -> None:
    """One function puts every count in words; French takes the singular for 0 and 1, German and English for 1."""
    phrase = count(n, noun)

    assert expected == (phrase.fr, phrase.de, phrase.en)


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        (1, ("3 personnes, 1 en erreur", "3 Personen, 1 fehlerhaft", "3 persons, 1 in error")),
        (2, ("4 personnes, 2 en erreur", "4 Personen, 2 fehlerhaft", "4 persons, 2 in error")),
    ],
)
def test_a_summary_counts_persons_and_rows_in_error(
    bad: int, expected: tuple[str, str, str]
) -> None:
    """The summary's first line and its HTML caption: "1 in error", never "1 errors"."""
    table = {"sex": ["F", "F", *["F"] * bad], "birth_date": ["1990-01-01", None, *["2005-13-01"] * bad]}
    summary = evaluate_table(table, MEASURE, on=ON).summary()

    assert expected == tuple(summary.explain(lang).splitlines()[0] for lang in ("fr", "de", "en"))
    assert f"<strong>{expected[2]}</strong>" in summary.html("en")


def test_a_summary_puts_the_number_before_the_outcome() -> None:
    """Per measure, "1 eligible, 1 undetermined, 0 ineligible, 1 in error": no "in error 1"."""
    table = {
        "sex": ["F", "F", "F"],
        "domicile": ["CH-VS", "CH-VS", "CH-VS"],
        "wants_to_resume_work": [True, None, True],
        "birth_date": ["1990-01-01", "1990-01-01", "2005-13-01"],
    }
    summary = evaluate_table(table, MEASURE, on=ON).summary()

    assert [
        "carriere-au-feminin : 1 éligible, 1 indéterminé, 0 non éligible, 1 en erreur",
        "carriere-au-feminin: 1 berechtigt, 1 unbestimmt, 0 nicht berechtigt, 1 fehlerhaft",
        "carriere-au-feminin: 1 eligible, 1 undetermined, 0 ineligible, 1 in error",
    ] == [summary.explain(lang).splitlines()[1] for lang in ("fr", "de", "en")]


@pytest.mark.parametrize(
    ("good", "bad", "expected"),
    [
        (0, 1, ("1 ligne lue, 1 en erreur", "1 Zeile gelesen, 1 fehlerhaft", "1 row read, 1 in error")),
        (2, 1, ("3 lignes lues, 1 en erreur", "3 Zeilen gelesen, 1 fehlerhaft", "3 rows read, 1 in error")),
    ],
)
def test_a_stream_says_rows_in_error_as_the_python_summary_does(
    good: int, bad: int, expected: tuple[str, str, str]
) -> None:
    """The CLI's first line and the Python summary use one word for a row that could not be evaluated."""
    data = caseload(good, bad).encode()
    found = []
    for lang in ("fr", "de", "en"):
        summary = summarise_stream(evaluate_stream(io.BytesIO(data), MEASURE, on=ON, format="csv"))
        found.append(summary.explain(lang).splitlines()[0])

    assert expected == tuple(found)
    assert all("failed" not in line and "errors" not in line for line in found)


def test_the_data_keep_their_keys() -> None:
    """Only the words change: the summary's data still say "errors" and "error"."""
    summary = evaluate_table({"birth_date": ["2005-13-01"]}, MEASURE, on=ON).summary()
    data = summary.to_dict()

    assert 1 == data["errors"]
    assert 1 == data["measures"][0]["counts"]["error"]


def test_a_lump_sum_cohort_counts_its_persons_in_the_singular_and_the_plural() -> None:
    """The cohort total's formula: "1 person", "2 persons" (and in French "1 personne")."""
    from integration_rules.funding import lump_sum_total

    one = lump_sum_total([("F", "2020-01-01")]).explanation.figure
    two = lump_sum_total([("F", "2020-01-01"), ("S", "2023-01-01")]).explanation.figure

    assert one is not None
    assert two is not None
    assert ("1 personne", "1 Person", "1 person") == (one.formula.fr, one.formula.de, one.formula.en)  # type: ignore[union-attr]
    assert "2 persons" == two.formula.en  # type: ignore[union-attr]
