"""Explained amounts: a computed sum of money with every step that led to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from integration_rules._core._explanation import (
    ParameterUse,
    colon,
    json_value,
    text_value,
)
from integration_rules._core._money import Money
from integration_rules._core._parameters import Parameter
from integration_rules._core._reading import parameter_uses
from integration_rules._core._sources import Source
from integration_rules._core._text import Text, check_lang

_UNDETERMINED = Text("indéterminé", "unbestimmt", "undetermined")
_MISSING = Text("manquent", "fehlen", "missing")
_INPUTS = Text("données", "Angaben", "inputs")
_PARAMETERS = Text("paramètres", "Parameter", "parameters")
_SOURCE = Text("source", "Quelle", "source")


def _to_parts(value: Iterable[Amount]) -> tuple[Amount, ...]:
    return tuple(value)


@frozen(kw_only=True)
class Amount:
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

    def _lines(
        self, lang: str, depth: int, parent_source: Source | None = None
    ) -> list[str]:
        """The amount as lines; a source is shown where its citation differs from the enclosing one's."""
        pad = "  " * depth
        shown = (
            self.value.format() if self.value is not None else _UNDETERMINED.get(lang)
        )
        line = f"{pad}{self.label.get(lang)}{colon(lang)}{shown}"
        if self.formula is not None:
            line += f" = {self.formula.get(lang)}"
        lines = [line]
        more = "  " * (depth + 1)
        if self.missing:
            lines.append(
                f"{more}{_MISSING.get(lang)}{colon(lang)}{', '.join(sorted(self.missing))}"
            )
        if self.inputs:
            text = ", ".join(
                f"{name} = {text_value(value, lang)}" for name, value in self.inputs
            )
            lines.append(f"{more}{_INPUTS.get(lang)}{colon(lang)}{text}")
        if self.parameters:
            text = ", ".join(
                f"{p.id} = {text_value(p.value, lang)}" for p in self.parameters
            )
            lines.append(f"{more}{_PARAMETERS.get(lang)}{colon(lang)}{text}")
        if self.source is not None and (
            parent_source is None or str(self.source) != str(parent_source)
        ):
            lines.append(f"{more}{_SOURCE.get(lang)}{colon(lang)}{self.source}")
        for part in self.parts:
            lines.extend(part._lines(lang, depth + 1, self.source or parent_source))  # noqa: SLF001 - same class
        return lines

    def explain(self, lang: str = "fr") -> str:
        """The amount and every step behind it, as indented text in *lang*."""
        return "\n".join(self._lines(check_lang(lang), 0))

    def html(self, lang: str = "fr") -> str:
        """The explanation as HTML (preformatted text) in *lang*."""
        from integration_rules._core._html import text_html  # noqa: PLC0415 - only when rendering

        return text_html(self.explain(lang))

    def _repr_html_(self) -> str:
        return self.html("fr")

    def in_language(self, lang: str) -> Any:
        """Shown in *lang* in a notebook (``str()`` gives the text)."""
        from integration_rules._core._html import Localized  # noqa: PLC0415 - only when rendering

        return Localized(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """The amount as JSON-ready data (exact decimal strings)."""
        return {
            "id": self.id,
            "label": self.label.to_dict(),
            "value": self.value.to_dict() if self.value is not None else None,
            "formula": self.formula.to_dict() if self.formula else None,
            "inputs": {name: json_value(value) for name, value in self.inputs},
            "parameters": [
                {"id": p.id, "value": json_value(p.value)} for p in self.parameters
            ],
            "source": self.source.to_dict() if self.source else None,
            "missing": sorted(self.missing),
            "parts": [part.to_dict() for part in self.parts],
        }


def used(on: dt.date, *parameters: Parameter[Any]) -> tuple[ParameterUse, ...]:
    """The parameters as an amount's explanation shows them, with their values on *on*."""
    return parameter_uses(parameters, on)
