"""Plain-text renderings: explanations as indented lines, in French, German or English.

One renderer for every explanation tree (:func:`lines`, a rule's nodes and
an amount's alike) and one for a decision around it (:func:`render`); the
path to eligibility, timelines and caseload counts are rendered from the
same words and marks.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from integration_rules._core._outcome import Outcome
from integration_rules._core._text import Phrase, Text, check_lang
from integration_rules.explain.words import (
    ALREADY,
    BASELINE,
    BLOCKED,
    BLOCKS_MOST,
    CHANGES,
    COMPARISON,
    COST,
    COUNTED,
    DECISION,
    EARLIEST,
    EXCEEDED,
    FACTS_READ,
    IN_FORCE,
    INPUTS,
    MARKS,
    MISSING,
    MISSING_FACTS,
    MISSING_MOST,
    NEVER,
    NO,
    NONE,
    NONE_CHOSEN,
    ON,
    OUTCOMES,
    PARAMETERS,
    PERIODS_FROM,
    PLACES,
    SCENARIO,
    SOURCE,
    SUCCESSOR,
    TO,
    UNKNOWN,
    UNKNOWN_WHILE,
    YES,
    capitalised,
    colon,
    count,
    loud,
)

if TYPE_CHECKING:
    from integration_rules._core._node import Heading, Node
    from integration_rules._core._reading import Breakpoint, FactChange
    from integration_rules._core._sources import Source
    from integration_rules._core._time import Span


def value(given: Any, lang: str) -> str:
    """A fact or parameter value as readable text in *lang*."""
    if given is None:
        return UNKNOWN.get(lang)
    if isinstance(given, bool):
        return (YES if given else NO).get(lang)
    if isinstance(given, dt.date):
        return given.isoformat()
    if isinstance(given, frozenset | set):
        return "{" + ", ".join(sorted(str(v) for v in given)) + "}"
    return str(given)


def _pairs(pairs: Sequence[tuple[str, Any]], lang: str) -> str:
    return ", ".join(f"{name} = {value(v, lang)}" for name, v in pairs)


def lines(
    node: Node, lang: str, depth: int = 0, parent_source: Source | None = None
) -> list[str]:
    """*node* and the nodes below it as indented lines of text in *lang*.

    A rule's node is a line ``✓ label — detail`` with the facts and
    parameters it read, its period in force and its source below; an
    amount's node (one with a figure) is a line ``label: amount = formula``
    with its missing inputs, inputs, parameters and source below. A source
    is shown where its citation differs from the enclosing node's.
    """
    figure = node.figure
    rows: list[tuple[Text | Phrase, str]] = []
    if figure is None:
        head = f"{MARKS[node.outcome]} {node.label.get(lang)}"
        if node.detail is not None:
            head += f" — {node.detail.get(lang)}"
        indent = "  " * (depth + 2)
    else:
        shown = (
            figure.value.format()
            if figure.value is not None
            else OUTCOMES[Outcome.UNDETERMINED].get(lang)
        )
        head = f"{node.label.get(lang)}{colon(lang)}{shown}"
        if figure.formula is not None:
            head += f" = {figure.formula.get(lang)}"
        indent = "  " * (depth + 1)
        if node.missing:
            rows.append((MISSING, ", ".join(sorted(node.missing))))
    if node.facts:
        rows.append(
            (FACTS_READ if figure is None else INPUTS, _pairs(node.facts, lang))
        )
    if node.parameters:
        rows.append(
            (PARAMETERS, _pairs([(p.id, p.value) for p in node.parameters], lang))
        )
    if node.in_force is not None:
        rows.append((IN_FORCE, str(node.in_force)))
    if node.source is not None and (
        parent_source is None or str(node.source) != str(parent_source)
    ):
        rows.append((SOURCE, str(node.source)))
    found = ["  " * depth + head]
    found.extend(f"{indent}{word.get(lang)}{colon(lang)}{said}" for word, said in rows)
    for child in node.children:
        found.extend(lines(child, lang, depth + 1, node.source or parent_source))
    return found


def title(heading: Heading, lang: str) -> str:
    """The title of *heading* in *lang*."""
    shown = heading.title
    return shown if isinstance(shown, str) else shown.get(lang)


def head(heading: Heading, lang: str) -> str:
    """A decision's first line: title, date and outcome (``… — Décision au 2024-03-01 : ÉLIGIBLE``).

    A choice's first line says what was chosen, not an outcome: ``Office
    compétent au 2024-03-01 : OASI`` (``Competent office on 2024-03-01: none
    — not covered: …``, ``Zuständige Stelle am 2024-03-01: unbestimmt``).
    """
    choice = chosen(heading, lang)
    if choice is not None:
        return f"{title(heading, lang)} {ON.get(lang)} {heading.on.isoformat()}{colon(lang)}{choice}"
    return (
        f"{title(heading, lang)} — {DECISION.get(lang)} {ON.get(lang)} "
        f"{heading.on.isoformat()}{colon(lang)}{loud(OUTCOMES[heading.outcome].get(lang))}"
    )


def chosen(heading: Heading, lang: str) -> str | None:
    """What a choice chose, in *lang*; ``None`` for a decision.

    The value chosen (``"OASI"``), none and why (``"aucun — non couvert : …"``),
    or, while facts are missing, the word undetermined (``"indéterminé"``).
    """
    if heading.chosen is None:
        return None
    if heading.chosen.value is not None:
        return heading.chosen.value
    if heading.outcome is Outcome.INELIGIBLE:
        return f"{NONE_CHOSEN.get(lang)} — {heading.chosen.none_label.get(lang)}"
    return OUTCOMES[Outcome.UNDETERMINED].get(lang)


def render(root: Node, lang: str = "fr", heading: Heading | None = None) -> str:
    """The explanation tree *root* as text in *lang*; with a *heading*, as a decision.

    A decision's text is its first line (:func:`head`: a choice's says what
    it chose), the tree (:func:`lines`), then the missing facts.

    Raises:
        InvalidArgument: If *lang* is not one of the three languages.
    """
    lang = check_lang(lang)
    tree = lines(root, lang)
    if heading is None:
        return "\n".join(tree)
    found = [head(heading, lang)]
    missing = ", ".join(sorted(heading.missing)) if heading.missing else NONE.get(lang)
    found.extend(tree)
    found.append(f"{capitalised(MISSING_FACTS.get(lang))}{colon(lang)}{missing}")
    return "\n".join(found)


def path(
    heading: Heading,
    lang: str,
    *,
    blockers: Sequence[Node],
    changes: Sequence[Sequence[FactChange]],
    earliest: dt.date | None,
    reasons: Sequence[Breakpoint],
    successor: str | None,
) -> str:
    """The path to eligibility as text: the decision's first line, what blocks, the changes, the earliest day."""
    lang = check_lang(lang)
    found = [head(heading, lang), f"{BLOCKED.get(lang)}{colon(lang).rstrip()}"]
    if not blockers:
        found.append(f"  {NONE.get(lang)}")
    for node in blockers:
        facts = _pairs(node.facts, lang)
        detail = f" — {node.detail.get(lang)}" if node.detail else ""
        found.append(
            f"  {MARKS[node.outcome]} {node.label.get(lang)}{detail}"
            + (f" [{facts}]" if facts else "")
        )
    found.append(f"{CHANGES.get(lang)}{colon(lang).rstrip()}")
    if not changes:
        found.append(f"  {NONE.get(lang)}")
    found.extend(
        f"  - {_pairs([(c.fact, c.value) for c in change_set], lang)}"
        for change_set in changes
    )
    if heading.outcome is Outcome.ELIGIBLE:
        when = ALREADY.get(lang)
    elif earliest is None and heading.missing:
        when = UNKNOWN_WHILE.get(lang) + ", ".join(sorted(heading.missing))
    elif earliest is None:
        when = NEVER.get(lang)
    else:
        why = "; ".join(b.reason.get(lang) for b in reasons)
        when = earliest.isoformat() + (f" ({why})" if why else "")
    found.append(f"{EARLIEST.get(lang)}{colon(lang)}{when}")
    if successor is not None:
        found.append(f"{SUCCESSOR.get(lang)}{colon(lang)}{successor}")
    return "\n".join(found)


def periods(title: Text | str, start: dt.date, end: dt.date, lang: str) -> str:
    """A timeline's first line: ``title — périodes du 2025-01-01 au 2036-12-31``."""
    shown = title if isinstance(title, str) else title.get(lang)
    return f"{shown} — {PERIODS_FROM.get(lang)} {start} {TO.get(lang)} {end}"


def timeline(
    title: Text | str, start: dt.date, end: dt.date, spans: Sequence[Span], lang: str
) -> str:
    """A timeline as text: its first line, then one line per span with the reason it starts."""
    lang = check_lang(lang)
    found = [periods(title, start, end, lang)]
    for span in spans:
        line = (
            f"{span.start} – {span.end}{colon(lang)}{OUTCOMES[span.outcome].get(lang)}"
        )
        if span.missing:
            line += (
                f" ({MISSING.get(lang)}{colon(lang)}{', '.join(sorted(span.missing))})"
            )
        if span.reasons:
            line += " — " + "; ".join(b.reason.get(lang) for b in span.reasons)
        found.append(line)
    return "\n".join(found)


class Counts(Protocol):
    """The counts of one measure over a caseload, as a summary gives them."""

    @property
    def measure(self) -> str:
        """The measure id."""

    @property
    def counts(self) -> Mapping[str, int]:
        """The persons per outcome value, and ``"error"``."""

    @property
    def blocking(self) -> Sequence[tuple[str, Text | Phrase, int]]:
        """The conditions that block most often: rule id, label, persons."""

    @property
    def missing(self) -> Sequence[tuple[str, int]]:
        """The facts missing most often: fact, persons."""


def caseload(size: int, errors: int, lang: str) -> str:
    """A caseload's first line: ``3 persons, 1 in error`` (``3 personnes, 0 en erreur``)."""
    return f"{count(size, 'person').get(lang)}, {count(errors, 'error').get(lang)}"


def _counted(counts: Mapping[str, int], lang: str) -> str:
    """The persons per outcome (and in error): ``1 eligible, 2 undetermined, 0 ineligible``."""
    return ", ".join(count(n, outcome).get(lang) for outcome, n in counts.items())


def summary(size: int, errors: int, measures: Sequence[Counts], lang: str) -> str:
    """A caseload's counts as text: a block per measure, with what blocks and what is missing most often."""
    lang = check_lang(lang)
    found = [caseload(size, errors, lang)]
    for item in measures:
        found.append(f"{item.measure}{colon(lang)}{_counted(item.counts, lang)}")
        if item.blocking:
            shown = "; ".join(
                f"{label.get(lang)} ({n})" for _, label, n in item.blocking
            )
            found.append(f"  {BLOCKS_MOST.get(lang)}{colon(lang)}{shown}")
        if item.missing:
            shown = "; ".join(f"{fact} ({n})" for fact, n in item.missing)
            found.append(f"  {MISSING_MOST.get(lang)}{colon(lang)}{shown}")
    return "\n".join(found)


class Failure(Protocol):
    """A row that could not be evaluated: its ``str()`` is its line; ``field`` the fact at fault."""

    @property
    def field(self) -> str | None:
        """The fact at fault, or ``None`` when the line could not be read at all."""


def stream(
    rows: int,
    failed: Sequence[Failure],
    counts: Mapping[str, Mapping[str, int]],
    lang: str,
    *,
    per_row: bool = True,
) -> str:
    """What a stream gave, as text: the counts, then one line per failed row (or per field)."""
    lang = check_lang(lang)
    found = [
        f"{count(rows, 'row_read').get(lang)}, {count(len(failed), 'error').get(lang)}"
    ]
    found.extend(
        f"{measure_id}{colon(lang)}{_counted(measure_counts, lang)}"
        for measure_id, measure_counts in counts.items()
    )
    if per_row:
        found.extend(f"  {error}" for error in failed)
    elif failed:
        counted = Counter(error.field or "-" for error in failed)
        shown = ", ".join(f"{name} {n}" for name, n in sorted(counted.items()))
        found.append(f"  {COUNTED['error'].get(lang)}{colon(lang)}{shown}")
    return "\n".join(found)


class Compared(Protocol):
    """A scenario against the baseline, as its renderings read it."""

    @property
    def dates(self) -> tuple[dt.date, ...]:
        """The evaluation dates."""

    @property
    def measures(self) -> tuple[str, ...]:
        """The measure ids."""

    @property
    def size(self) -> int:
        """The persons of the caseload."""

    def counts(self, measure_id: str, *, on: dt.date) -> Mapping[str, int]:
        """The persons per kind of change."""

    def places(self, measure_id: str, *, on: dt.date) -> tuple[Any, Any]:
        """The persons eligible, the places and the cost, baseline then scenario."""


def amount(value: Any) -> str:
    """An amount as the renderings show it, or a dash for none."""
    return "—" if value is None else value.format()


def comparison(compared: Compared, lang: str) -> str:
    """A scenario against the baseline as text: per date and measure, the changes, places and cost."""
    lang = check_lang(lang)
    found = [Phrase(COMPARISON, (count(compared.size, "person"),)).get(lang)]
    eligible = COUNTED[Outcome.ELIGIBLE.value].get(lang)
    for day in compared.dates:
        found.append(f"{capitalised(ON.get(lang))} {day.isoformat()}")
        for measure_id in compared.measures:
            counts = compared.counts(measure_id, on=day)
            shown = ", ".join(
                count(n, f"change.{k}").get(lang)
                for k, n in counts.items()
                if n or k == "unchanged"
            )
            found.append(f"  {measure_id}{colon(lang)}{shown}")
            before, after = compared.places(measure_id, on=day)
            line = (
                f"    {eligible}{colon(lang)}{BASELINE.get(lang)} {before.eligible} → "
                f"{SCENARIO.get(lang)} {after.eligible}"
            )
            if after.capacity is not None:
                line += f"; {PLACES.get(lang)} {after.capacity}"
                if after.exceeded:
                    line += f" ({EXCEEDED.get(lang)})"
            if after.price is not None:
                line += f"; {COST.get(lang)} {amount(before.cost)} → {amount(after.cost)}"
            found.append(line)
    return "\n".join(found)
