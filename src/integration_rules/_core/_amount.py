"""Explained amounts: a computed sum of money with every step that led to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from integration_rules._core._money import Money
from integration_rules._core._node import Figure, Node, ParameterUse
from integration_rules._core._outcome import Outcome
from integration_rules._core._parameters import Parameter
from integration_rules._core._reading import parameter_uses
from integration_rules._core._sources import Source
from integration_rules._core._text import Text
from integration_rules.explain import html, json, text
from integration_rules.explain.notebook import Displayable


def _to_parts(value: Iterable[Amount]) -> tuple[Amount, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Amount(Displayable):
    """A computed amount of money and its grounds.

    ``value`` is ``None`` when an input is unknown: the amount is then
    undetermined and ``missing`` names the inputs that would decide it. A
    missing amount is never read as zero.

    Attributes:
        id: A stable id of the formula, e.g. ``"funding.lump_sum"``.
        label: What the amount is, in three languages.
        value: The amount, or ``None`` when undetermined.
        formula: How it was computed, in words and figures ("250 × 9").
        inputs: The inputs read, as ``(name, value)`` pairs.
        parameters: The parameters used, with their values on the date.
        source: The legal or documentary source of the formula.
        parts: The amounts it was computed from.
        missing: The unknown inputs, when undetermined.
    """

    id: str
    label: Text
    value: Money | None
    formula: Text | None = None
    inputs: tuple[tuple[str, Any], ...] = ()
    parameters: tuple[ParameterUse, ...] = ()
    source: Source | None = None
    parts: tuple[Amount, ...] = field(default=(), converter=_to_parts)
    missing: frozenset[str] = frozenset()

    @property
    def determined(self) -> bool:
        """Whether the amount is known."""
        return self.value is not None

    @property
    def explanation(self) -> Node:
        """The amount and its parts as an explanation tree, of the nodes a decision's is made of.

        Each node carries a :class:`~integration_rules._core._node.Figure`
        (the amount and its formula); its outcome is ``UNDETERMINED`` when
        the amount is, else ``ELIGIBLE``; its facts are the inputs, its
        children the parts.
        """
        return Node(
            self.id,
            self.label,
            Outcome.ELIGIBLE if self.determined else Outcome.UNDETERMINED,
            missing=self.missing,
            source=self.source,
            facts=self.inputs,
            parameters=self.parameters,
            children=tuple(part.explanation for part in self.parts),
            figure=Figure(self.value, self.formula),
        )

    def explain(self, lang: str = "fr") -> str:
        """The amount and every step behind it, as indented text in *lang*."""
        return text.render(self.explanation, lang)

    def html(self, lang: str = "fr") -> str:
        """The explanation as HTML (preformatted text) in *lang*."""
        return html.render(self.explanation, lang)

    def to_dict(self) -> dict[str, Any]:
        """The amount as JSON-ready data (exact decimal strings)."""
        return json.render(self.explanation)


def used(on: dt.date, *parameters: Parameter[Any]) -> tuple[ParameterUse, ...]:
    """The parameters as an amount's explanation shows them, with their values on *on*."""
    return parameter_uses(parameters, on)
