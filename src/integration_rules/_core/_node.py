"""The explanation tree: the one node type every explanation is made of.

An evaluation returns a tree of :class:`Node` values that mirrors the rule;
an amount's explanation (:attr:`Amount.explanation
<integration_rules.rules.Amount.explanation>`) is a tree of the same nodes,
each carrying a :class:`Figure` (the amount and its formula) where a rule's
node carries an outcome. The renderers of :mod:`integration_rules.explain`
read these trees, and the :class:`Heading` a decision puts around its tree,
and nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, NamedTuple

from integration_rules._core._dates import Period
from integration_rules._core._money import Money
from integration_rules._core._outcome import Outcome
from integration_rules._core._sources import Source
from integration_rules._core._text import Phrase, Text
from integration_rules.explain import json, text


class ParameterUse(NamedTuple):
    """A parameter as a node read it: its id, label, value on the date, source, note."""

    id: str
    label: Text
    value: Any
    source: Source | None = None
    note: str | None = None


class Figure(NamedTuple):
    """What a node of an amount's explanation computed: the amount, and how.

    Attributes:
        value: The amount, or ``None`` when an input is unknown.
        formula: How it was computed, in words and figures ("250 × 9").
    """

    value: Money | None
    formula: Text | None = None


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
        figure: In an amount's explanation, the amount the node computed and
            its formula (its outcome is then ``UNDETERMINED`` when the amount
            is, else ``ELIGIBLE``); ``None`` in a rule's explanation.
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
    figure: Figure | None = None

    def walk(self) -> Iterator[Node]:
        """This node, then every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        """Return the node and its children as JSON-ready data."""
        return json.node(self)

    def render(
        self, lang: str, depth: int = 0, parent_source: Source | None = None
    ) -> list[str]:
        """The node and its children as indented lines of text in *lang*.

        A source is shown where its citation differs from the enclosing
        node's (the wording a condition rests on, a source's ``quote``, is in
        :meth:`to_dict` and the HTML, not repeated in the text).
        """
        return text.lines(self, lang, depth, parent_source)


class Chosen(NamedTuple):
    """What a choice chose, for its rendering.

    Attributes:
        value: The alternative that applies, or ``None``.
        none_label: What to say when none applies and none could.
    """

    value: str | None
    none_label: Text


class Heading(NamedTuple):
    """What a decision shows around its explanation tree.

    Attributes:
        title: The title (the measure's name), or the measure id or the
            root rule's id when there is none.
        measure: The measure id, when the decision is about a catalogued measure.
        on: The evaluation date.
        outcome: The decision's outcome.
        missing: The unknown facts that could decide it, listed below the tree.
        chosen: For a choice, what was chosen.
    """

    title: Text | str
    measure: str | None
    on: dt.date
    outcome: Outcome
    missing: frozenset[str]
    chosen: Chosen | None = None
