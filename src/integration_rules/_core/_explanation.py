"""Explanations: the tree an evaluation returns, and the decision around it.

An evaluation never prints and never logs: it returns a :class:`Node` tree
that mirrors the rule, and a :class:`Decision` that carries it. Rendering
(plain text in three languages, JSON-ready data) reads that tree and nothing
else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final, NamedTuple

from attrs import field, frozen

from integration_rules._core._dates import Period
from integration_rules._core._outcome import Outcome
from integration_rules._core._sources import Source
from integration_rules._core._text import Phrase, Text, check_lang

#: Version of the layout of :meth:`Decision.to_dict`; bumped on any breaking change.
SCHEMA_VERSION: Final = 2

_OUTCOME_WORDS: Final[dict[Outcome, Text]] = {
    Outcome.ELIGIBLE: Text("ÉLIGIBLE", "BERECHTIGT", "ELIGIBLE"),
    Outcome.INELIGIBLE: Text("NON ÉLIGIBLE", "NICHT BERECHTIGT", "INELIGIBLE"),
    Outcome.UNDETERMINED: Text("INDÉTERMINÉ", "UNBESTIMMT", "UNDETERMINED"),
}
_MARKS: Final[dict[Outcome, str]] = {
    Outcome.ELIGIBLE: "✓",
    Outcome.INELIGIBLE: "✗",
    Outcome.UNDETERMINED: "?",
}
_WORDS: Final[dict[str, Text]] = {
    "decision": Text("Décision", "Entscheid", "Decision"),
    "on": Text("au", "am", "on"),
    "facts": Text("faits lus", "gelesene Tatsachen", "facts read"),
    "parameters": Text("paramètres", "Parameter", "parameters"),
    "source": Text("source", "Quelle", "source"),
    "in_force": Text("en vigueur", "in Kraft", "in force"),
    "missing": Text("Faits manquants", "Fehlende Tatsachen", "Missing facts"),
    "none": Text("aucun", "keine", "none"),
    "yes": Text("oui", "ja", "yes"),
    "no": Text("non", "nein", "no"),
    "unknown": Text("inconnu", "unbekannt", "unknown"),
}


def colon(lang: str) -> str:
    """The colon of *lang*: French typography puts a space before it."""
    return " : " if lang == "fr" else ": "


def json_value(value: Any) -> Any:
    """A fact or parameter value as JSON-ready data (ISO dates, sorted lists for sets)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(json_value(v) for v in value)
    if isinstance(value, tuple | list):
        return [json_value(v) for v in value]
    return value


def text_value(value: Any, lang: str) -> str:
    """A fact or parameter value as readable text in *lang*."""
    if value is None:
        return _WORDS["unknown"].get(lang)
    if isinstance(value, bool):
        return _WORDS["yes" if value else "no"].get(lang)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(str(v) for v in value)) + "}"
    return str(value)


class ParameterUse(NamedTuple):
    """A parameter as a node read it: its id, label, value on the date, source, note."""

    id: str
    label: Text
    value: Any
    source: Source | None = None
    note: str | None = None


class Node(NamedTuple):
    """One node of an explanation: what a rule concluded and on what grounds.

    A named tuple: immutable, cheap to build (an evaluation builds one per
    rule of the tree), compared by value.

    Attributes:
        rule_id: The id of the rule this node explains.
        label: The rule's label in three languages.
        outcome: The node's outcome.
        missing: The unknown facts that could decide this node (empty when decided).
        source: The rule's source, if any.
        facts: The facts the node read, as ``(name, value)`` pairs; ``None`` is unknown.
        parameters: The parameters the node read.
        detail: What the node computed (an age, a count) or why it stopped
            (not in force), in three languages.
        children: The nodes of the sub-rules, in the rule's order.
        in_force: The rule's period in force, when it has one.
    """

    rule_id: str
    label: Text | Phrase
    outcome: Outcome
    missing: frozenset[str] = frozenset()
    source: Source | None = None
    facts: tuple[tuple[str, Any], ...] = ()
    parameters: tuple[ParameterUse, ...] = ()
    detail: Text | Phrase | None = None
    children: tuple[Node, ...] = ()
    in_force: Period | None = None

    def walk(self) -> Iterator[Node]:
        """This node, then every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        """Return the node and its children as JSON-ready data."""
        return {
            "rule": self.rule_id,
            "label": self.label.to_dict(),
            "outcome": self.outcome.value,
            "missing": sorted(self.missing),
            "source": self.source.to_dict() if self.source else None,
            "facts": {name: json_value(value) for name, value in self.facts},
            "parameters": [
                {"id": p.id, "value": json_value(p.value), "note": p.note}
                for p in self.parameters
            ],
            "detail": self.detail.to_dict() if self.detail else None,
            "in_force": self.in_force.to_dict() if self.in_force else None,
            "children": [child.to_dict() for child in self.children],
        }

    def render(
        self, lang: str, depth: int = 0, parent_source: Source | None = None
    ) -> list[str]:
        """The node and its children as indented lines of text in *lang*.

        A source is shown where its citation differs from the enclosing
        node's (the wording a condition rests on, a source's ``quote``, is in
        :meth:`to_dict` and the HTML, not repeated in the text).
        """
        pad = "  " * depth
        line = f"{pad}{_MARKS[self.outcome]} {self.label.get(lang)}"
        if self.detail is not None:
            line += f" — {self.detail.get(lang)}"
        lines = [line]
        more = "  " * (depth + 1) + "  "
        if self.facts:
            shown = ", ".join(
                f"{name} = {text_value(value, lang)}" for name, value in self.facts
            )
            lines.append(f"{more}{_WORDS['facts'].get(lang)}{colon(lang)}{shown}")
        if self.parameters:
            shown = ", ".join(
                f"{p.id} = {text_value(p.value, lang)}" for p in self.parameters
            )
            lines.append(f"{more}{_WORDS['parameters'].get(lang)}{colon(lang)}{shown}")
        if self.in_force is not None:
            lines.append(
                f"{more}{_WORDS['in_force'].get(lang)}{colon(lang)}{self.in_force}"
            )
        if self.source is not None and (
            parent_source is None or str(self.source) != str(parent_source)
        ):
            lines.append(
                f"{more}{_WORDS['source'].get(lang)}{colon(lang)}{self.source}"
            )
        for child in self.children:
            lines.extend(child.render(lang, depth + 1, self.source or parent_source))
        return lines


@frozen(eq=False)
class Decision:
    """The answer to "does this rule hold for these facts on this date?", with its grounds.

    ``bool(decision)`` is ``True`` only when the outcome is ``ELIGIBLE``.
    ``decision.missing`` names the unknown facts that could decide an
    ``UNDETERMINED`` outcome, and is empty when the outcome is decided.

    A decision made by :func:`~integration_rules.rules.evaluate` (and so by
    :func:`~integration_rules.check`) knows its outcome and missing facts at
    once, from the rule's plan; its explanation tree is built on first access
    (from the rule, the facts and the date, which it keeps), and is the tree an
    eager evaluation gives. Decisions compare by outcome, missing facts, date,
    measure, title and explanation.

    Attributes:
        outcome: ``ELIGIBLE``, ``INELIGIBLE`` or ``UNDETERMINED``.
        explanation: The root :class:`Node` of the explanation tree.
        on: The evaluation date.
        measure: The measure id, when the decision is about a catalogued measure.
        title: A title for the rendered explanation (the measure's name).
    """

    outcome: Outcome
    _explanation: Node | None = field(alias="explanation")
    on: dt.date
    measure: str | None = field(default=None, kw_only=True)
    title: Text | None = field(default=None, kw_only=True)
    # How to build the explanation when it was not given: the rule and the facts.
    _rule: Any = field(default=None, kw_only=True, repr=False)
    _subject: Any = field(default=None, kw_only=True, repr=False)
    _missing: frozenset[str] | None = field(default=None, kw_only=True, repr=False)

    @classmethod
    def lazy(
        cls,
        outcome: Outcome,
        on: dt.date,
        *,
        measure: str | None,
        title: Text | None,
        rule: Any,
        subject: Any,
        missing: frozenset[str],
    ) -> Decision:
        """A decision whose explanation *rule* builds for *subject* on first access.

        For the library's own evaluations, whose arguments are already checked:
        it skips the validation of the constructor (the hot path of ``check``).
        """
        decision = object.__new__(cls)
        setattr_ = object.__setattr__
        setattr_(decision, "outcome", outcome)
        setattr_(decision, "_explanation", None)
        setattr_(decision, "on", on)
        setattr_(decision, "measure", measure)
        setattr_(decision, "title", title)
        setattr_(decision, "_rule", rule)
        setattr_(decision, "_subject", subject)
        setattr_(decision, "_missing", missing)
        return decision

    @property
    def explanation(self) -> Node:
        """The root :class:`Node` of the explanation tree (built on first access)."""
        node = self._explanation
        if node is None:
            node = self._rule.evaluate(self._subject, self.on)
            object.__setattr__(self, "_explanation", node)
        return node

    def _compared(self) -> tuple[Any, ...]:
        return (
            self.outcome,
            self.missing,
            self.on,
            self.measure,
            self.title,
            self.explanation,
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    @property
    def missing(self) -> frozenset[str]:
        """The unknown facts that could decide the outcome; empty when it is decided."""
        if self._missing is not None:
            return self._missing
        return self.explanation.missing

    def __bool__(self) -> bool:
        return self.outcome is Outcome.ELIGIBLE

    def __repr__(self) -> str:
        # Never shows a fact: a decision may end up in a log line.
        return (
            f"Decision(measure={self.measure!r}, on={self.on.isoformat()}, "
            f"outcome={self.outcome.name}, missing={sorted(self.missing)!r})"
        )

    def explain(self, lang: str = "fr") -> str:
        """The decision and its grounds as indented text in *lang* (``"fr"``, ``"de"``, ``"en"``).

        Each line is one rule: ``✓`` holds, ``✗`` does not hold, ``?`` cannot be
        decided from the facts known. Under each rule come the facts it read,
        the parameters it used and its source.

        Raises:
            InvalidArgument: If *lang* is not one of the three languages.
        """
        lang = check_lang(lang)
        title = (
            self.title.get(lang)
            if self.title
            else (self.measure or self.explanation.rule_id)
        )
        head = (
            f"{title} — {_WORDS['decision'].get(lang)} {_WORDS['on'].get(lang)} "
            f"{self.on.isoformat()}{colon(lang)}{_OUTCOME_WORDS[self.outcome].get(lang)}"
        )
        missing = (
            ", ".join(sorted(self.missing))
            if self.missing
            else _WORDS["none"].get(lang)
        )
        lines = [
            head,
            *self.explanation.render(lang),
            f"{_WORDS['missing'].get(lang)}{colon(lang)}{missing}",
        ]
        return "\n".join(lines)

    def html(self, lang: str = "fr") -> str:
        """The decision and its explanation as an HTML fragment in *lang*."""
        from integration_rules._core._html import decision_html  # noqa: PLC0415 - only when rendering

        return decision_html(self, lang)

    def _repr_html_(self) -> str:
        return self.html("fr")

    def in_language(self, lang: str) -> Any:
        """The decision shown in *lang* in a notebook (``str()`` gives the text)."""
        from integration_rules._core._html import Localized  # noqa: PLC0415 - only when rendering

        return Localized(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """The decision as JSON-ready data: dates as ISO strings, sets as sorted lists.

        The layout is versioned by ``schema_version``.
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "measure": self.measure,
            "on": self.on.isoformat(),
            "outcome": self.outcome.value,
            "eligible": self.outcome is Outcome.ELIGIBLE,
            "missing": sorted(self.missing),
            "explanation": self.explanation.to_dict(),
        }
