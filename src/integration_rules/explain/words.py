"""The words, marks and colours every rendering uses, each written once.

An explanation's words ("facts read", "Missing facts"), the outcome words
(éligible, berechtigt, eligible), the marks ``✓ ✗ ?`` and the colours of the
outcomes are named here and nowhere else; the words themselves are messages
of the per-language catalogues (``_core/_messages.py``, codes ``word.…``),
with the library's other wording. The renderers of
:mod:`integration_rules.explain.text` and :mod:`integration_rules.explain.html`
and the result types read them from here.

Forms of a word are derived, not written twice: the heading of a decision
shouts its outcome (:func:`loud`), a sentence capitalises its first word
(:func:`capitalised`), and a count reads in the singular or the plural as its
number and language want (:func:`count`, the one place counts are put in
words).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from integration_rules._core._messages import CATALOGUES
from integration_rules._core._outcome import Outcome
from integration_rules._core._text import LANGUAGES, Phrase, Text


def colon(lang: str) -> str:
    """The colon of *lang*: French typography puts a space before it."""
    return " : " if lang == "fr" else ": "


def capitalised(text: str) -> str:
    """*text* with its first letter in upper case, the rest as it is ("Fehlende Tatsachen")."""
    return text[:1].upper() + text[1:]


def loud(text: str) -> str:
    """*text* in capitals, as a decision's heading shows its outcome ("NON ÉLIGIBLE")."""
    return text.upper()


def _singular(n: int, lang: str) -> bool:
    """Whether *n* takes the singular in *lang*: 0 and 1 in French, 1 in German and English."""
    return n in (0, 1) if lang == "fr" else n == 1


def count(n: int, noun: str) -> Phrase:
    """*n* things in words, singular or plural in each language (messages ``count.<noun>.one|other``).

    The nouns are those of the catalogues: ``person``, ``row_read``,
    ``error`` (a row that could not be evaluated), the outcome values
    (``eligible``, ``undetermined``, ``ineligible``) and the kinds of change
    of a comparison (``change.gained``…).

    Example:
        >>> count(1, "error").en, count(3, "person").en, count(0, "person").fr
        ('1 in error', '3 persons', '0 personne')
        >>> count(1, "row_read").de, count(2, "eligible").fr
        ('1 Zeile gelesen', '2 éligibles')
    """
    templates = (
        CATALOGUES[lang][f"count.{noun}.{'one' if _singular(n, lang) else 'other'}"]
        for lang in LANGUAGES
    )
    return Phrase(Text.computed(*templates), (n,))


def _capitalised(text: Text | Phrase) -> Text:
    return Text(*(capitalised(text.get(lang)) for lang in LANGUAGES))


# -- outcomes ------------------------------------------------------------------------------------

#: The outcome of one decision, in words.
OUTCOMES: Final[Mapping[Outcome, Phrase]] = {
    Outcome.ELIGIBLE: Phrase("word.outcomes.eligible"),
    Outcome.INELIGIBLE: Phrase("word.outcomes.ineligible"),
    Outcome.UNDETERMINED: Phrase("word.outcomes.undetermined"),
}

#: The persons counted with each outcome of a caseload (plural, a column's heading), by outcome
#: value, and those in error (a row that could not be evaluated); :func:`count` puts a number before.
COUNTED: Final[Mapping[str, Phrase]] = {
    Outcome.ELIGIBLE.value: Phrase("word.counted.eligible"),
    Outcome.UNDETERMINED.value: Phrase("word.counted.undetermined"),
    Outcome.INELIGIBLE.value: Phrase("word.counted.ineligible"),
    "error": Phrase("word.counted.error"),
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

DECISION: Final = Phrase("word.decision")
#: "Decision on <date>".
ON: Final = Phrase("word.on")
FACTS_READ: Final = Phrase("word.facts_read")
PARAMETERS: Final = Phrase("word.parameters")
SOURCE: Final = Phrase("word.source")
IN_FORCE: Final = Phrase("word.in_force")
MISSING_FACTS: Final = Phrase("word.missing_facts")
#: Of plural things (facts, changes, conditions).
NONE: Final = Phrase("word.none")
#: Of the one alternative of a choice (an office, a regime).
NONE_CHOSEN: Final = Phrase("word.none_chosen")
YES: Final = Phrase("word.yes")
NO: Final = Phrase("word.no")
UNKNOWN: Final = Phrase("word.unknown")
#: Of the facts or inputs not known ("missing: birth_date").
MISSING: Final = Phrase("word.missing")

#: The inputs an amount was computed from.
INPUTS: Final = Phrase("word.inputs")

#: The columns of a decision's table.
CONDITION_HEADINGS: Final = (
    Phrase("word.condition_headings.0"),
    Phrase("word.condition_headings.1"),
    Phrase("word.condition_headings.2"),
    Phrase("word.condition_headings.3"),
)

# -- over time -------------------------------------------------------------------------------------

#: "periods from <date> to <date>".
PERIODS_FROM: Final = Phrase("word.periods_from")
TO: Final = Phrase("word.to")

#: The columns of a timeline's table.
SPAN_HEADINGS: Final = (
    Phrase("word.span_headings.0"),
    Phrase("word.span_headings.1"),
    Phrase("word.span_headings.2"),
    _capitalised(MISSING_FACTS),
    Phrase("word.span_headings.4"),
)

# -- the path to eligibility -------------------------------------------------------------------------

BLOCKED: Final = Phrase("word.blocked")
CHANGES: Final = Phrase("word.changes")
EARLIEST: Final = Phrase("word.earliest")
NEVER: Final = Phrase("word.never")
UNKNOWN_WHILE: Final = Phrase("word.unknown_while")
SUCCESSOR: Final = Phrase("word.successor")
ALREADY: Final = Phrase("word.already")

# -- caseloads ---------------------------------------------------------------------------------------

BLOCKS_MOST: Final = Phrase("word.blocks_most")
MISSING_MOST: Final = Phrase("word.missing_most")


# -- a scenario against the baseline ---------------------------------------------------------------

#: The persons counted with each kind of change between two outcomes, and those in error.
CHANGE_KINDS: Final[Mapping[str, Phrase]] = {
    kind: Phrase(f"word.change.{kind}")
    for kind in ("unchanged", "gained", "lost", "to_undetermined", "from_undetermined", "error")
}
BASELINE: Final = Phrase("word.baseline")
SCENARIO: Final = Phrase("word.scenario")
PLACES: Final = Phrase("word.places")
COST: Final = Phrase("word.cost")
EXCEEDED: Final = Phrase("word.exceeded")
#: "Scenario against the baseline, <n persons>" (``{0}`` a :func:`count` of persons).
COMPARISON: Final = "word.comparison"
