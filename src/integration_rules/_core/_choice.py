"""Choices: which one of several exclusive alternatives applies (an office, a regime)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen
from attrs.validators import instance_of, optional

from integration_rules._core._dates import as_date
from integration_rules._core._explanation import Decision
from integration_rules._core._node import Chosen, Heading, Node
from integration_rules._core._outcome import Outcome
from integration_rules._core._rule import Rule, check_rule
from integration_rules._core._run import union_missing
from integration_rules._core._sources import Source
from integration_rules._core._text import Text
from integration_rules.errors import InvalidArgument, InvalidRule


@frozen
class Alternative:
    """One possible answer of a choice, and the rule under which it applies.

    Attributes:
        value: The answer, e.g. an office's code ``"OASI"``.
        rule: When this answer applies; the alternatives of one choice must
            never apply together.
    """

    value: str = field(validator=instance_of(str))
    rule: Rule = field(validator=check_rule)


#: What a choice says when no alternative applies, unless told otherwise.
NOT_COVERED = Text("non couvert", "nicht abgedeckt", "not covered")


@frozen(kw_only=True, repr=False, eq=False)
class Choice(Decision):
    """A decision among exclusive alternatives: the one that applies, or why none does.

    * ``ELIGIBLE``: exactly one alternative applies; ``value`` names it.
    * ``INELIGIBLE``: none applies ("not covered"); ``value`` is ``None``.
    * ``UNDETERMINED``: none applies yet, but unknown facts (``missing``)
      could make one apply.

    The explanation has one child per alternative.
    """

    value: str | None = field(default=None, validator=optional(instance_of(str)))
    none_label: Text = field(default=NOT_COVERED, validator=instance_of(Text))

    def _compared(self) -> tuple[Any, ...]:
        return (*super()._compared(), self.value, self.none_label)

    @property
    def covered(self) -> bool:
        """``True`` when an alternative applies (``value`` is not ``None``)."""
        return self.value is not None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(value={self.value!r}, on={self.on.isoformat()}, "
            f"outcome={self.outcome.name}, missing={sorted(self.missing)!r})"
        )

    def _heading(self) -> Heading:
        return super()._heading()._replace(chosen=Chosen(self.value, self.none_label))


def choose(
    alternatives: Iterable[Alternative],
    subject: object,
    *,
    on: dt.date | str,
    id: str,
    label: Text,
    source: Source | None = None,
    title: Text | None = None,
    none_label: Text = NOT_COVERED,
    kind: type[Choice] = Choice,
) -> Choice:
    """Evaluate every alternative on *subject* on *on*, and pick the one that applies.

    Args:
        alternatives: The possible answers with their rules, in display order.
        subject: The facts (a :class:`~integration_rules.Person` or a mapping).
        on: The evaluation date.
        id: The id of the choice, shown at the root of the explanation.
        label: What is being chosen, in three languages.
        source: Where the choice's split is stated.
        title: The title of the rendered explanation.
        none_label: What to say when no alternative applies (default "not covered").
        kind: The class of the result, a subclass of :class:`Choice`.

    Returns:
        A :class:`Choice`; see there for its three outcomes.

    Raises:
        InvalidRule: If two alternatives apply at once: the alternatives
            overlap, which is a defect of the data, never resolved by order.
        InvalidArgument: If *on* is not a date.
    """
    day = as_date(on, "on")
    options = tuple(alternatives)
    if not options:
        raise InvalidArgument("alternatives", "expected at least one alternative")
    nodes = tuple(option.rule.evaluate(subject, day) for option in options)
    chosen = [
        option.value
        for option, node in zip(options, nodes, strict=True)
        if node.outcome is Outcome.ELIGIBLE
    ]
    if len(chosen) > 1:
        raise InvalidRule(f"{id}: alternatives overlap ({', '.join(chosen)} all apply)")
    missing: frozenset[str] = frozenset()
    if chosen:
        outcome = Outcome.ELIGIBLE
    elif any(node.outcome is Outcome.UNDETERMINED for node in nodes):
        outcome = Outcome.UNDETERMINED
        missing = union_missing(nodes)
    else:
        outcome = Outcome.INELIGIBLE
    detail = none_label if outcome is Outcome.INELIGIBLE else None
    root = Node(
        id,
        label,
        outcome,
        missing=missing,
        source=source,
        children=nodes,
        detail=detail,
    )
    return kind(
        outcome,
        root,
        day,
        title=title,
        value=chosen[0] if chosen else None,
        none_label=none_label,
    )
