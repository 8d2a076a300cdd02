"""The words, marks and colours every rendering uses, each written once.

An explanation's words ("facts read", "Missing facts"), the outcome words
(éligible, berechtigt, eligible), the marks ``✓ ✗ ?`` and the colours of the
outcomes are defined here and nowhere else; the renderers of
:mod:`integration_rules.explain.text` and :mod:`integration_rules.explain.html`
and the result types read them from here.

Forms of a word are derived, not written twice: the heading of a decision
shouts its outcome (:func:`loud`), a sentence capitalises its first word
(:func:`capitalised`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from integration_rules._core._outcome import Outcome
from integration_rules._core._text import LANGUAGES, Text


def colon(lang: str) -> str:
    """The colon of *lang*: French typography puts a space before it."""
    return " : " if lang == "fr" else ": "


def capitalised(text: str) -> str:
    """*text* with its first letter in upper case, the rest as it is ("Fehlende Tatsachen")."""
    return text[:1].upper() + text[1:]


def loud(text: str) -> str:
    """*text* in capitals, as a decision's heading shows its outcome ("NON ÉLIGIBLE")."""
    return text.upper()


def _capitalised(text: Text) -> Text:
    return Text(*(capitalised(text.get(lang)) for lang in LANGUAGES))


# -- outcomes ------------------------------------------------------------------------------------

#: The outcome of one decision, in words.
OUTCOMES: Final[Mapping[Outcome, Text]] = {
    Outcome.ELIGIBLE: Text("éligible", "berechtigt", "eligible"),
    Outcome.INELIGIBLE: Text("non éligible", "nicht berechtigt", "ineligible"),
    Outcome.UNDETERMINED: Text("indéterminé", "unbestimmt", "undetermined"),
}

#: The persons counted with each outcome of a caseload (plural), by outcome value, and those in error.
COUNTED: Final[Mapping[str, Text]] = {
    Outcome.ELIGIBLE.value: Text("éligibles", "berechtigt", "eligible"),
    Outcome.UNDETERMINED.value: Text("indéterminés", "unbestimmt", "undetermined"),
    Outcome.INELIGIBLE.value: Text("non éligibles", "nicht berechtigt", "ineligible"),
    "error": Text("en erreur", "fehlerhaft", "in error"),
}

#: The mark of an outcome at the start of an explanation's line.
MARKS: Final[Mapping[Outcome, str]] = {
    Outcome.ELIGIBLE: "✓",
    Outcome.INELIGIBLE: "✗",
    Outcome.UNDETERMINED: "?",
}

#: The colour of an outcome in HTML (green, red, amber).
COLOURS: Final[Mapping[Outcome, str]] = {
    Outcome.ELIGIBLE: "#1a7f37",
    Outcome.INELIGIBLE: "#cf222e",
    Outcome.UNDETERMINED: "#9a6700",
}

# -- an explanation --------------------------------------------------------------------------------

DECISION: Final = Text("Décision", "Entscheid", "Decision")
#: "Decision on <date>".
ON: Final = Text("au", "am", "on")
FACTS_READ: Final = Text("faits lus", "gelesene Tatsachen", "facts read")
PARAMETERS: Final = Text("paramètres", "Parameter", "parameters")
SOURCE: Final = Text("source", "Quelle", "source")
IN_FORCE: Final = Text("en vigueur", "in Kraft", "in force")
MISSING_FACTS: Final = Text("faits manquants", "fehlende Tatsachen", "missing facts")
#: Of plural things (facts, changes, conditions).
NONE: Final = Text("aucun", "keine", "none")
#: Of the one alternative of a choice (an office, a regime).
NONE_CHOSEN: Final = Text("aucun", "keiner", "none")
CHOSEN: Final = Text("retenu", "ermittelt", "chosen")
YES: Final = Text("oui", "ja", "yes")
NO: Final = Text("non", "nein", "no")
UNKNOWN: Final = Text("inconnu", "unbekannt", "unknown")
#: Of the facts or inputs not known ("missing: birth_date").
MISSING: Final = Text("manquent", "fehlen", "missing")

#: The inputs an amount was computed from.
INPUTS: Final = Text("données", "Angaben", "inputs")

#: The columns of a decision's table.
CONDITION_HEADINGS: Final = (
    Text("Condition", "Bedingung", "Condition"),
    Text("Résultat", "Ergebnis", "Result"),
    Text(
        "Faits et paramètres lus",
        "Gelesene Tatsachen und Parameter",
        "Facts and parameters read",
    ),
    Text("Source", "Quelle", "Source"),
)

# -- over time -------------------------------------------------------------------------------------

#: "periods from <date> to <date>".
PERIODS_FROM: Final = Text("périodes du", "Zeiträume vom", "periods from")
TO: Final = Text("au", "bis", "to")

#: The columns of a timeline's table.
SPAN_HEADINGS: Final = (
    Text("Du", "Von", "From"),
    Text("Au", "Bis", "To"),
    Text("Résultat", "Ergebnis", "Outcome"),
    _capitalised(MISSING_FACTS),
    Text("Commence parce que", "Beginnt, weil", "Starts because"),
)

# -- the path to eligibility -------------------------------------------------------------------------

BLOCKED: Final = Text("Ce qui bloque", "Was blockiert", "What blocks it")
CHANGES: Final = Text(
    "Changements qui suffiraient",
    "Änderungen, die genügen würden",
    "Changes that would suffice",
)
EARLIEST: Final = Text(
    "Première date éligible sans autre changement",
    "Frühestes Datum ohne weitere Änderung",
    "Earliest eligible date if nothing else changes",
)
NEVER: Final = Text("jamais", "nie", "never")
UNKNOWN_WHILE: Final = Text(
    "inconnue tant que ces faits manquent : ",
    "unbekannt, solange diese Tatsachen fehlen: ",
    "unknown while these facts are missing: ",
)
SUCCESSOR: Final = Text(
    "Mesure qui lui a succédé", "Nachfolgemassnahme", "Replaced by the measure"
)
ALREADY: Final = Text("déjà éligible", "bereits berechtigt", "already eligible")

# -- caseloads ---------------------------------------------------------------------------------------

PERSONS: Final = Text("personnes", "Personen", "persons")
ERRORS: Final = Text("erreurs", "Fehler", "errors")
BLOCKS_MOST: Final = Text(
    "bloque le plus souvent", "blockiert am häufigsten", "blocks most often"
)
MISSING_MOST: Final = Text(
    "manque le plus souvent", "fehlt am häufigsten", "missing most often"
)
#: A stream's first line: rows read (``{0}``) and failed (``{1}``).
ROWS_READ: Final = Text(
    "{0} lignes lues, {1} en erreur",
    "{0} Zeilen gelesen, {1} fehlerhaft",
    "{0} rows read, {1} failed",
)
